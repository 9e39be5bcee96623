"""Web archives: which captures of a post exist, when they were made, and what they hold.

Wayback's CDX server is the authority on Wayback captures (:mod:`.wayback`); the Availability
API is only a hint (:mod:`.availability`); ``id_`` replays give the captured bytes
(:mod:`.playback`); Memento TimeMaps (:mod:`.memento`) and archive.today (:mod:`.archive_today`,
read-only) add other archives. :func:`find_captures` asks for every URL spelling of a post (X
posts live under both ``twitter.com`` and ``x.com``), merges the captures, and marks which
predate the article. Every network function takes the ``httpx.AsyncClient`` it should use.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, date, datetime

import httpx

from provenance.archives import archive_today, wayback
from provenance.archives.availability import AvailabilityHint, availability, parse_availability
from provenance.archives.memento import TimemapResult, parse_timemap, timemap
from provenance.archives.playback import CaptureFetch, fetch_capture, judge, login_wall
from provenance.archives.types import (
    ArchiveResult,
    Lookup,
    LookupOutcome,
    parse_http_date,
    parse_timestamp,
)
from provenance.archives.wayback import CdxPage, CdxResult, CdxRow, cdx_search, parse_cdx
from provenance.errors import FetchError, OfflineMiss, PolicyRefused
from provenance.model import Capture

#: Hosts the archive code fetches from (for the HTTP guard's allow-list).
ARCHIVE_HOSTS = frozenset({"web.archive.org", "archive.org"}) | archive_today.HOSTS


def predates(capture: Capture, article_date: date | None) -> bool | None:
    """Whether ``capture`` was made no later than the article's date; None if that is unknown.

    A bare date covers its whole (UTC) day, so a capture on the article's own day counts as
    predating it: the post existed when the article was being written. A datetime with a
    time zone is compared exactly.
    """
    if article_date is None:
        return None
    if isinstance(article_date, datetime):
        moment = article_date if article_date.tzinfo else article_date.replace(tzinfo=UTC)
        return capture.memento_datetime <= moment
    return capture.memento_datetime.astimezone(UTC).date() <= article_date


def _with_predates(capture: Capture, article_date: date | None) -> Capture:
    return Capture(capture.archive, capture.uri_m, capture.original, capture.memento_datetime,
                   capture.archived_status, predates(capture, article_date))


def _lookup_for_error(archive: str, url: str, request: str, error: Exception) -> Lookup:
    """A failed request as a value: offline misses and refusals are kept apart from errors."""
    if isinstance(error, OfflineMiss):
        return Lookup(archive, url, LookupOutcome.SKIPPED_OFFLINE, str(error), request=request)
    if isinstance(error, PolicyRefused):
        return Lookup(archive, url, LookupOutcome.SKIPPED_POLICY, str(error), request=request)
    return Lookup(archive, url, LookupOutcome.ERROR, f"{type(error).__name__}: {error}")


async def _wayback(client: httpx.AsyncClient, url: str) -> tuple[Lookup, tuple[Capture, ...]]:
    result = await wayback.cdx_search(client, url, match_type="exact")
    captures = tuple(c for c in (row.to_capture() for row in result.rows) if c is not None)
    reason = result.reason or ("" if result.complete else "more pages than were fetched")
    return Lookup("wayback", url, result.outcome, reason, len(captures), result.request), captures


async def _archive_today(client: httpx.AsyncClient,
                         url: str) -> tuple[Lookup, tuple[Capture, ...]]:
    request = "GET " + archive_today.timemap_url(url)
    try:
        result = await archive_today.timemap(client, url)
    except (httpx.HTTPError, FetchError) as error:
        return _lookup_for_error("archive.today", url, request, error), ()
    lookup = Lookup("archive.today", url, result.outcome, result.reason, len(result.captures))
    return lookup, result.captures


async def find_captures(
    client: httpx.AsyncClient,
    urls: Sequence[str],
    *,
    article_date: date | None,
    include_archive_today: bool = False,
) -> ArchiveResult:
    """Find every capture of a post under each of its URL spellings.

    Wayback is searched with CDX ``matchType=exact`` for each URL; archive.today's TimeMap is
    read too when ``include_archive_today`` (it throttles hard, so it is opt-in). Requests run
    one after another because the CDX server allows only about 30 a minute. What went wrong
    with each archive is kept in ``lookups``; nothing is raised for one archive's trouble.
    """
    lookups: list[Lookup] = []
    found: dict[str, Capture] = {}
    for url in dict.fromkeys(urls):
        asks = [_wayback(client, url)]
        if include_archive_today:
            asks.append(_archive_today(client, url))
        for ask in asks:
            lookup, captures = await ask
            lookups.append(lookup)
            for capture in captures:
                found.setdefault(capture.uri_m, _with_predates(capture, article_date))
    ordered = sorted(found.values(), key=lambda c: (c.memento_datetime, c.archive, c.uri_m))
    return ArchiveResult(tuple(ordered), tuple(lookups))


__all__ = [
    "ARCHIVE_HOSTS",
    "ArchiveResult",
    "AvailabilityHint",
    "CaptureFetch",
    "CdxPage",
    "CdxResult",
    "CdxRow",
    "Lookup",
    "LookupOutcome",
    "TimemapResult",
    "availability",
    "cdx_search",
    "fetch_capture",
    "find_captures",
    "judge",
    "login_wall",
    "parse_availability",
    "parse_cdx",
    "parse_http_date",
    "parse_timemap",
    "parse_timestamp",
    "predates",
    "timemap",
]
