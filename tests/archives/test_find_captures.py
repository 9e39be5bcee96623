"""Merging captures across URL spellings and archives; per-archive trouble kept as values.

CDX and TimeMap bodies are constructed in the shapes of shared/reference/formats.md §3.
"""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from urllib.parse import parse_qs

import httpx

from provenance.archives import ARCHIVE_HOSTS, find_captures, predates
from provenance.archives.types import LookupOutcome
from provenance.errors import PolicyRefused
from provenance.model import Capture

TW = "https://twitter.com/qassimalaraji/status/1468900000000000000"
XC = "https://x.com/qassimalaraji/status/1468900000000000000"
FIELDS = ["urlkey", "timestamp", "original", "mimetype", "statuscode", "digest", "length"]


def _cdx(*rows: tuple[str, str, str]) -> str:
    body = [FIELDS] + [["k", ts, url, "text/html", status, "D", "1"] for ts, url, status in rows]
    return json.dumps(body)


def _capture(when: datetime) -> Capture:
    return Capture("wayback", "u", "o", when, 200)


def test_predates() -> None:
    morning = _capture(datetime(2021, 12, 9, 8, 0, tzinfo=UTC))
    assert predates(morning, None) is None
    assert predates(morning, date(2021, 12, 10)) is True
    assert predates(morning, date(2021, 12, 9)) is True  # same day counts as before
    assert predates(morning, date(2021, 12, 8)) is False
    assert predates(morning, datetime(2021, 12, 9, 7, 0, tzinfo=UTC)) is False
    assert predates(morning, datetime(2021, 12, 9, 9, 0, tzinfo=UTC)) is True


def test_archive_hosts() -> None:
    assert {"web.archive.org", "archive.org", "archive.ph", "archive.md"} <= ARCHIVE_HOSTS


async def test_both_spellings_merged_sorted_and_marked() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.host == "archive.ph":
            return httpx.Response(429, text="Too Many Requests")
        url = parse_qs(request.url.query.decode())["url"][0]
        if url == TW:
            return httpx.Response(200, text=_cdx(("20220301000000", TW, "200"),
                                                 ("20211209153012", TW, "200")))
        return httpx.Response(200, text=_cdx(("20230801000002", XC, "404")))

    async with httpx.AsyncClient(transport=httpx.MockTransport(handler)) as client:
        result = await find_captures(client, [TW, XC, TW], article_date=date(2021, 12, 10),
                                     include_archive_today=True)
    assert [c.memento_datetime.year for c in result.captures] == [2021, 2022, 2023]
    assert [c.predates_article for c in result.captures] == [True, False, False]
    assert result.captures[2].original == XC and result.captures[2].archived_status == 404
    assert [c.archived_status for c in result.evidence] == [200, 200]
    # Duplicated spelling asked once; archive.today's 429 is a value, not an exception.
    assert [(lk.archive, lk.url, lk.outcome) for lk in result.lookups] == [
        ("wayback", TW, LookupOutcome.FOUND),
        ("archive.today", TW, LookupOutcome.RATE_LIMITED),
        ("wayback", XC, LookupOutcome.FOUND),
        ("archive.today", XC, LookupOutcome.RATE_LIMITED),
    ]
    assert len(result.problems) == 2 and result.requests == ()


async def test_refused_requests_are_listed_and_nothing_raises() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        raise PolicyRefused(f"host not allowed: {request.url.host}")

    async with httpx.AsyncClient(transport=httpx.MockTransport(handler)) as client:
        result = await find_captures(client, [TW], article_date=None,
                                     include_archive_today=True)
    assert result.captures == ()
    assert [lk.outcome for lk in result.lookups] == [LookupOutcome.SKIPPED_POLICY] * 2
    assert len(result.requests) == 2
    assert result.requests[1] == f"GET https://archive.ph/timemap/{TW}"


async def test_no_captures_and_unknown_article_date() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, text="[]")

    async with httpx.AsyncClient(transport=httpx.MockTransport(handler)) as client:
        empty = await find_captures(client, [TW], article_date=None)
    assert empty.captures == () and empty.lookups[0].outcome is LookupOutcome.NONE
    assert empty.problems == ()
