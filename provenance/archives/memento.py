"""Memento TimeMaps (RFC 7089): every capture an archive lists for one URL.

A TimeMap is a link-format document (see :mod:`provenance.archives.linkformat`) whose entries
with ``rel`` containing ``memento`` are captures, each with an RFC 1123 ``datetime``. Wayback
serves one at ``https://web.archive.org/web/timemap/link/<URL>``, archive.today at
``https://archive.ph/timemap/<URL>``. TimeMaps state no captured HTTP status, so captures read
from them have ``archived_status`` None.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlsplit

import httpx

from provenance.archives.linkformat import mementos, original_of, parse_link_format
from provenance.archives.types import LookupOutcome, parse_http_date
from provenance.http import fetch
from provenance.model import Capture

#: Archive names by host, for hosts whose name is not the host itself.
ARCHIVE_NAMES = {
    "web.archive.org": "wayback",
    "archive.org": "wayback",
    "archive.ph": "archive.today",
    "archive.today": "archive.today",
    "archive.is": "archive.today",
    "archive.md": "archive.today",
    "archive.li": "archive.today",
    "archive.vn": "archive.today",
    "archive.fo": "archive.today",
}


@dataclass(frozen=True, slots=True)
class TimemapResult:
    """The captures one TimeMap lists, or why there are none."""

    url: str
    """The URL (URI-R) asked about."""
    outcome: LookupOutcome
    """``found``, ``none``, ``rate_limited``, ``blocked`` or ``error``."""
    captures: tuple[Capture, ...] = ()
    """Captures, oldest first."""
    reason: str = ""
    """What went wrong, when the outcome is not found/none."""


def archive_name(url: str) -> str:
    """The archive a URL belongs to (``wayback``, ``archive.today`` or the bare host)."""
    host = (urlsplit(url).hostname or "").lower()
    if host.startswith("www."):
        host = host[4:]
    return ARCHIVE_NAMES.get(host, host)


def parse_timemap(text: str, *, original: str | None = None,
                  archive: str | None = None) -> tuple[Capture, ...]:
    """Read the captures of a link-format TimeMap, oldest first.

    ``original`` is the URI-R to record when the map names none; ``archive`` overrides the
    archive name otherwise taken from each memento's host. Entries without a readable
    ``datetime`` are skipped, duplicates are dropped.
    """
    links = parse_link_format(text)
    uri_r = original_of(links) or original or ""
    seen: set[str] = set()
    captures: list[Capture] = []
    for link in mementos(links):
        moment = parse_http_date(link.params.get("datetime"))
        if moment is None or link.uri in seen:
            continue
        seen.add(link.uri)
        captures.append(Capture(archive or archive_name(link.uri), link.uri, uri_r, moment, None))
    captures.sort(key=lambda capture: (capture.memento_datetime, capture.uri_m))
    return tuple(captures)


async def timemap(client: httpx.AsyncClient, timemap_url: str, original: str) -> TimemapResult:
    """Fetch and read one link-format TimeMap; 404 means the archive has no capture."""
    response = await fetch(client, timemap_url)
    if response.status_code == 404:
        return TimemapResult(original, LookupOutcome.NONE)
    if response.status_code == 429:
        return TimemapResult(original, LookupOutcome.RATE_LIMITED,
                             reason=f"{archive_name(timemap_url)} answered 429 Too Many Requests")
    if response.status_code != 200:
        return TimemapResult(original, LookupOutcome.ERROR,
                             reason=f"{archive_name(timemap_url)} answered HTTP "
                                    f"{response.status_code}")
    captures = parse_timemap(response.text, original=original)
    outcome = LookupOutcome.FOUND if captures else LookupOutcome.NONE
    return TimemapResult(original, outcome, captures)
