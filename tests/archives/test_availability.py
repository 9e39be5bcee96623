"""The Availability API read as a hint; bodies constructed as shared/reference/formats.md §3.1."""

from __future__ import annotations

from datetime import UTC, datetime
from urllib.parse import parse_qs, urlsplit

import httpx
import respx

from provenance.archives.availability import availability, availability_url, parse_availability


def test_closest_snapshot_with_string_status_and_http_url() -> None:
    hint = parse_availability(
        '{"url": "example.com", "archived_snapshots": {"closest": {"status": "200", '
        '"available": true, "url": "http://web.archive.org/web/20260620000127/https://example.com/",'
        ' "timestamp": "20260620000127"}}}'
    )
    assert hint.known and hint.status == 200 and hint.available is True
    assert hint.closest_url == "https://web.archive.org/web/20260620000127/https://example.com/"
    assert hint.timestamp == datetime(2026, 6, 20, 0, 1, 27, tzinfo=UTC)


def test_non_200_status_and_unavailable_flag() -> None:
    hint = parse_availability(
        '{"archived_snapshots": {"closest": {"status": "404", "available": false, '
        '"url": "http://web.archive.org/web/20200101000000/https://x.com/a/status/1", '
        '"timestamp": "20200101000000"}}}'
    )
    assert hint.status == 404 and hint.available is False and "unavailable" in hint.note


def test_empty_answers_mean_unknown() -> None:
    for body in ('{"archived_snapshots":{}}', '{"url": "u", "archived_snapshots": {}, '
                 '"timestamp": "20240424"}', "{}", "not json"):
        hint = parse_availability(body)
        assert not hint.known and hint.closest_url is None and hint.status is None
        assert "unknown" in hint.note


def test_availability_url() -> None:
    query = parse_qs(urlsplit(availability_url("https://x.com/a/status/1", "20211209")).query)
    assert query == {"url": ["https://x.com/a/status/1"], "timestamp": ["20211209"]}


@respx.mock
async def test_availability_request_and_refusal() -> None:
    respx.get("https://archive.org/wayback/available").mock(
        # the retry policy asks again after a 429, so the refusal repeats
        side_effect=[httpx.Response(200, json={"archived_snapshots": {}})]
        + [httpx.Response(429)] * 10)
    async with httpx.AsyncClient() as client:
        first = await availability(client, "https://x.com/a/status/1")
        second = await availability(client, "https://x.com/a/status/1")
    assert not first.known and not second.known and "429" in second.note
