"""CDX parsing and searching.

Every body here is constructed, shaped exactly as shared/reference/formats.md §3.2 shows (the
text line is the edgi-govdata-archiving/wayback cassette's, the JSON header its documented
field list); status IDs and digests are made up.
"""

from __future__ import annotations

from datetime import UTC, datetime
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest

from provenance.archives.types import LookupOutcome
from provenance.archives.wayback import (
    CdxRow,
    cdx_blocked,
    cdx_query_url,
    cdx_search,
    parse_cdx,
)
from provenance.errors import OfflineMiss

HEADER = '["urlkey","timestamp","original","mimetype","statuscode","digest","length"]'
ROW_1 = ('["com,twitter)/qassimalaraji/status/1468900000000000000","20211209153012",'
         '"https://twitter.com/qassimalaraji/status/1468900000000000000","text/html","200",'
         '"AAAABBBBCCCCDDDDEEEEFFFFGGGGHHHH","10234"]')
ROW_2 = ('["com,twitter)/qassimalaraji/status/1468900000000000000","20220101000000",'
         '"https://twitter.com/qassimalaraji/status/1468900000000000000","warc/revisit","-",'
         '"AAAABBBBCCCCDDDDEEEEFFFFGGGGHHHH","-"]')
BLOCKED_ERROR = ("org.archive.util.io.RuntimeIOException: org.archive.wayback.exception."
                 "AdministrativeAccessControlException: Blocked Site Error")


def test_text_output_with_resume_key_after_blank_line() -> None:
    body = (
        "gov,nasa)/ 19961231235847 http://www.nasa.gov:80/ text/html 200 "
        "MGIGF4GRGGF5GKV6VNCBAXOE3OR5BTZC 1811\n"
        "gov,nasa)/ 19970101000000 http://www.nasa.gov:80/ warc/revisit - "
        "MGIGF4GRGGF5GKV6VNCBAXOE3OR5BTZC -\n"
        "\n"
        "org%2Carchive%29%2F+19980109140106%21\n"
    )
    page = parse_cdx(body, output="text")
    assert page.resume_key == "org%2Carchive%29%2F+19980109140106%21"
    assert page.rows[0] == CdxRow("gov,nasa)/", "19961231235847", "http://www.nasa.gov:80/",
                                  "text/html", 200, "MGIGF4GRGGF5GKV6VNCBAXOE3OR5BTZC", 1811)
    assert page.rows[1].statuscode is None and page.rows[1].length is None
    assert page.rows[0].captured_at == datetime(1996, 12, 31, 23, 58, 47, tzinfo=UTC)
    assert page.malformed == 0


def test_text_output_skips_malformed_lines() -> None:
    page = parse_cdx("only three fields\ngov,nasa)/ 19961231235847 http://www.nasa.gov:80/ "
                     "text/html 200 X 1\n", output="text")
    assert len(page.rows) == 1 and page.malformed == 1 and page.resume_key is None


def test_text_output_with_custom_fields() -> None:
    page = parse_cdx("20211209153012 https://x.com/a/status/1 404\n", output="text",
                     fields=("timestamp", "original", "statuscode"))
    assert page.rows[0].statuscode == 404 and page.rows[0].original == "https://x.com/a/status/1"


def test_json_output_header_first() -> None:
    page = parse_cdx(f"[{HEADER},\n{ROW_1},\n{ROW_2}]", output="json")
    assert [row.timestamp for row in page.rows] == ["20211209153012", "20220101000000"]
    assert page.rows[0].statuscode == 200 and page.rows[0].length == 10234
    assert page.rows[1].statuscode is None and page.rows[1].mimetype == "warc/revisit"
    assert page.resume_key is None


def test_json_resume_key_is_empty_row_then_key_row() -> None:
    page = parse_cdx(f'[{HEADER},\n{ROW_1},\n[],\n["com%2Ctwitter%29%2Fa+2021%21"]]',
                     output="json")
    assert len(page.rows) == 1
    assert page.resume_key == "com%2Ctwitter%29%2Fa+2021%21"


@pytest.mark.parametrize("body", ["[]", f"[{HEADER}]", "", "\n"])
def test_json_empty_shapes_mean_no_rows(body: str) -> None:
    page = parse_cdx(body, output="json")
    assert page.rows == () and page.resume_key is None and page.malformed == 0


def test_json_garbage_is_counted_not_raised() -> None:
    assert parse_cdx("<html>oops</html>", output="json").malformed == 1
    assert parse_cdx(f'[{HEADER}, ["too", "short"]]', output="json").malformed == 1


def test_row_to_capture() -> None:
    row = parse_cdx(f"[{HEADER},{ROW_1}]", output="json").rows[0]
    capture = row.to_capture()
    assert capture is not None
    assert capture.archive == "wayback"
    assert capture.uri_m == ("https://web.archive.org/web/20211209153012/"
                             "https://twitter.com/qassimalaraji/status/1468900000000000000")
    assert capture.memento_datetime == datetime(2021, 12, 9, 15, 30, 12, tzinfo=UTC)
    assert capture.archived_status == 200


def test_blocked_header_and_robots_are_values() -> None:
    headers = {"x-archive-wayback-runtime-error": BLOCKED_ERROR}
    assert "blocks this site" in (cdx_blocked(403, headers, BLOCKED_ERROR) or "")
    robots = cdx_blocked(403, {}, "RobotAccessControlException: Blocked By Robots")
    assert robots is not None and "robots.txt" in robots
    assert cdx_blocked(403, {}, "Forbidden") is None
    assert cdx_blocked(200, {}, f"[{HEADER}]") is None


def test_query_url_parameters() -> None:
    url = cdx_query_url("https://twitter.com/a/status/1?s=20", match_type="prefix",
                        from_="20211208", to=datetime(2021, 12, 10, tzinfo=UTC),
                        filters=("statuscode:200", "!mimetype:warc/revisit"),
                        collapse="digest", limit=50, resume_key="a%2Cb+1%21")
    query = parse_qs(urlsplit(url).query)
    assert urlsplit(url).netloc == "web.archive.org"
    assert query["url"] == ["https://twitter.com/a/status/1?s=20"]
    assert query["matchType"] == ["prefix"] and query["output"] == ["json"]
    assert query["from"] == ["20211208"] and query["to"] == ["20211210000000"]
    assert query["filter"] == ["statuscode:200", "!mimetype:warc/revisit"]
    assert query["collapse"] == ["digest"] and query["limit"] == ["50"]
    assert query["showResumeKey"] == ["true"] and query["resumeKey"] == ["a%2Cb+1%21"]
    with pytest.raises(ValueError):
        cdx_query_url("x", match_type="everything")


def _client(handler) -> httpx.AsyncClient:  # type: ignore[no-untyped-def]
    return httpx.AsyncClient(transport=httpx.MockTransport(handler))


async def test_search_follows_resume_keys() -> None:
    seen: list[dict[str, list[str]]] = []

    def handler(request: httpx.Request) -> httpx.Response:
        query = parse_qs(request.url.query.decode())
        seen.append(query)
        if "resumeKey" not in query:
            return httpx.Response(200, text=f'[{HEADER},{ROW_1},[],["next%2Bkey"]]')
        return httpx.Response(200, text=f"[{HEADER},{ROW_2}]")

    async with _client(handler) as client:
        result = await cdx_search(client, "https://twitter.com/qassimalaraji/status/1")
    assert result.outcome is LookupOutcome.FOUND
    assert [row.timestamp for row in result.rows] == ["20211209153012", "20220101000000"]
    assert result.pages == 2 and result.complete
    assert seen[1]["resumeKey"] == ["next%2Bkey"]


async def test_search_stops_at_page_bound() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, text=f'[{HEADER},{ROW_1},[],["again"]]')

    async with _client(handler) as client:
        result = await cdx_search(client, "u", max_pages=3)
    assert result.pages == 3 and not result.complete and len(result.rows) == 3


async def test_search_empty_blocked_and_throttled() -> None:
    answers = {
        "empty": httpx.Response(200, text="[]"),
        "blocked": httpx.Response(403, text=BLOCKED_ERROR, headers={
            "content-type": "text/plain", "X-Archive-Wayback-Runtime-Error": BLOCKED_ERROR}),
        "busy": httpx.Response(429, text="Too Many Requests"),
        "broken": httpx.Response(502, text="Bad Gateway"),
    }

    def handler(request: httpx.Request) -> httpx.Response:
        return answers[parse_qs(request.url.query.decode())["url"][0]]

    async with _client(handler) as client:
        outcomes = {name: await cdx_search(client, name) for name in answers}
    assert outcomes["empty"].outcome is LookupOutcome.NONE
    assert outcomes["blocked"].outcome is LookupOutcome.BLOCKED
    assert "AdministrativeAccessControlException" in outcomes["blocked"].reason
    assert outcomes["busy"].outcome is LookupOutcome.RATE_LIMITED
    assert outcomes["broken"].outcome is LookupOutcome.ERROR
    assert "502" in outcomes["broken"].note


async def test_search_offline_miss_is_a_skipped_value() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        raise OfflineMiss("GET", str(request.url))

    async with _client(handler) as client:
        result = await cdx_search(client, "https://x.com/a/status/1")
    assert result.outcome is LookupOutcome.SKIPPED_OFFLINE
    assert len(result.requests) == 1 and result.requests[0].startswith("GET https://web.archive")


async def test_search_transport_error_is_an_error_value() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectTimeout("timed out", request=request)

    async with _client(handler) as client:
        result = await cdx_search(client, "https://x.com/a/status/1")
    assert result.outcome is LookupOutcome.ERROR and result.requests == ()
    assert "ConnectTimeout" in result.reason


def test_timestamps_are_padded_and_validated() -> None:
    from provenance.archives.types import parse_timestamp

    assert parse_timestamp("2021") == datetime(2021, 1, 1, tzinfo=UTC)
    assert parse_timestamp("20211209") == datetime(2021, 12, 9, tzinfo=UTC)
    assert parse_timestamp("20211332000000") is None
    assert parse_timestamp("abc") is None
    bad = CdxRow("k", "notatime", "u", "text/html", 200, "d", 1)
    assert bad.to_capture() is None
