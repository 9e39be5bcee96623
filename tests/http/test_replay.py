"""Replay from HAR: offline misses, query order, sequences, browser exports, bad files."""

from __future__ import annotations

import asyncio
import base64
import json
from pathlib import Path
from typing import Any

import httpx
import pytest
from http_helpers import make_options

from provenance.errors import DataError, OfflineMiss
from provenance.http import fetch, make_client
from provenance.model import Origin

CDX = "https://web.archive.org/cdx/search/cdx"


def _entry(method: str, url: str, status: int, text: str, **content: Any) -> dict[str, Any]:
    """A minimal HAR entry (constructed, modelled on formats.md §3.2)."""
    return {
        "startedDateTime": "2026-01-01T00:00:00.000Z",
        "time": 1,
        "request": {
            "method": method,
            "url": url,
            "httpVersion": "HTTP/1.1",
            "cookies": [],
            "headers": [],
            "queryString": [],
            "headersSize": -1,
            "bodySize": 0,
        },
        "response": {
            "status": status,
            "statusText": "",
            "httpVersion": "HTTP/1.1",
            "cookies": [],
            "headers": [{"name": "Content-Type", "value": "text/plain"}],
            "content": {"size": len(text), "mimeType": "text/plain", "text": text, **content},
            "redirectURL": "",
            "headersSize": -1,
            "bodySize": -1,
        },
        "cache": {},
        "timings": {"send": 0, "wait": 1, "receive": 0},
    }


def _har(tmp_path: Path, entries: list[dict[str, Any]]) -> Path:
    path = tmp_path / "fixture.har"
    doc = {
        "comment": "constructed for tests",
        "log": {"version": "1.2", "creator": {"name": "test", "version": "0"}, "entries": entries},
    }
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    return path


async def test_unrecorded_request_raises_offline_miss_naming_method_and_url(tmp_path: Path):
    """A request that was never recorded is refused with its method and URL."""
    har = _har(tmp_path, [_entry("GET", "https://example.org/a", 200, "a")])
    async with make_client(make_options(mode="replay", har_path=har)) as client:
        with pytest.raises(OfflineMiss) as caught:
            await fetch(client, "https://example.org/b?x=1")
    assert caught.value.method == "GET"
    assert caught.value.url == "https://example.org/b?x=1"
    assert "GET https://example.org/b?x=1" in str(caught.value)


async def test_replay_matches_a_reordered_query_and_marks_fixture_origin(tmp_path: Path):
    """The query is compared sorted, so parameter order does not matter."""
    har = _har(tmp_path, [_entry("GET", f"{CDX}?url=x.com/a&output=json&limit=5", 200, "[]")])
    async with make_client(make_options(mode="replay", har_path=har)) as client:
        response = await fetch(client, f"{CDX}?limit=5&output=json&url=x.com%2Fa")
    assert response.status_code == 200
    assert response.text == "[]"
    assert response.extensions["provenance_origin"] == Origin.FIXTURE == "fixture"


async def test_repeated_key_is_served_in_recorded_order_then_last_repeats(tmp_path: Path):
    """A CDX 429 then its 200: served in order, the last one again after that."""
    url = f"{CDX}?url=x.com/a"
    har = _har(tmp_path, [_entry("GET", url, 429, "slow down"), _entry("GET", url, 200, "ok")])
    async with make_client(make_options(mode="replay", har_path=har)) as client:
        statuses = [(await client.get(url)).status_code for _ in range(3)]
    assert statuses == [429, 200, 200]


async def test_fetch_retries_through_a_replayed_429(tmp_path: Path):
    """The retry policy sees the recorded 429 and the following 200 is returned."""
    url = f"{CDX}?url=x.com/a"
    har = _har(tmp_path, [_entry("GET", url, 429, "slow down"), _entry("GET", url, 200, "ok")])
    async with make_client(make_options(mode="replay", har_path=har)) as client:
        response = await fetch(client, url)
    assert (response.status_code, response.text) == (200, "ok")


async def test_redacted_parameter_matches_any_value(tmp_path: Path):
    """token=REDACTED in the recording matches today's real token."""
    recorded = "https://cdn.syndication.twimg.com/tweet-result?id=20&token=REDACTED"
    har = _har(tmp_path, [_entry("GET", recorded, 200, "{}")])
    options = make_options(mode="replay", har_path=har, allow_other_hosts=True)
    async with make_client(options) as client:
        response = await fetch(
            client, "https://cdn.syndication.twimg.com/tweet-result?token=4a&id=20"
        )
    assert response.text == "{}"


async def test_browser_export_loads_and_serves_decoded_bodies(tmp_path: Path):
    """A Chrome-style export: pseudo-headers, gzip header over decoded text, base64, failed rows."""
    png = b"\x89PNG\r\n\x1a\n\x00\x01binary"
    page = _entry("GET", "https://example.org/news", 200, "<p>قال الوزير</p>")
    page["response"]["headers"] = [
        {"name": ":status", "value": "200"},
        {"name": "content-type", "value": "text/html; charset=utf-8"},
        {"name": "content-encoding", "value": "gzip"},
        {"name": "content-length", "value": "17"},
    ]
    page["_resourceType"] = "document"
    page["request"]["headers"] = [{"name": ":authority", "value": "example.org"}]
    image = _entry(
        "GET", "https://example.org/i.png", 200, base64.b64encode(png).decode(), encoding="base64"
    )
    failed = _entry("GET", "https://example.org/blocked", 0, "")
    del failed["response"]["content"]["text"]
    har = _har(tmp_path, [page, image, failed])
    async with make_client(make_options(mode="replay", har_path=har)) as client:
        html = await fetch(client, "https://example.org/news")
        picture = await fetch(client, "https://example.org/i.png")
        with pytest.raises(OfflineMiss):
            await fetch(client, "https://example.org/blocked")
    assert html.text == "<p>قال الوزير</p>"
    assert "content-encoding" not in html.headers
    assert html.headers["content-length"] == str(len("<p>قال الوزير</p>".encode()))
    assert picture.content == png


async def test_windows_1256_text_is_served_in_its_own_charset(tmp_path: Path):
    """HAR text is decoded content; it is re-encoded with the charset the page declares."""
    entry = _entry("GET", "https://example.org/old", 200, "بغداد")
    entry["response"]["content"]["mimeType"] = "text/html; charset=windows-1256"
    har = _har(tmp_path, [entry])
    async with make_client(make_options(mode="replay", har_path=har)) as client:
        response = await fetch(client, "https://example.org/old")
    assert response.content == "بغداد".encode("windows-1256")


async def test_replayed_redirect_is_followed(tmp_path: Path):
    """Recorded 3xx hops are followed by the client, each hop replayed."""
    hop = _entry("GET", "https://x.com/a/status/1", 301, "")
    hop["response"]["headers"].append({"name": "Location", "value": "https://x.com/b/status/1"})
    har = _har(tmp_path, [hop, _entry("GET", "https://x.com/b/status/1", 200, "final")])
    async with make_client(make_options(mode="replay", har_path=har)) as client:
        response = await fetch(client, "https://x.com/a/status/1")
    assert (str(response.url), response.text) == ("https://x.com/b/status/1", "final")


@pytest.mark.parametrize(
    "content",
    [
        "not json at all",
        json.dumps({"log": {}}),
        json.dumps({"log": {"entries": [{"x": 1}]}}),
        json.dumps(
            {
                "log": {
                    "entries": [
                        _entry("GET", "https://example.org/", 200, "!!!", encoding="base64")
                    ]
                }
            }
        ),
    ],
)
def test_malformed_har_raises_data_error_naming_the_file(tmp_path: Path, content: str):
    """Unreadable JSON, no entries, an entry without request, bad base64: DataError with path."""
    path = tmp_path / "broken.har"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(DataError, match=r"broken\.har"):
        make_client(make_options(mode="replay", har_path=path))


def test_missing_har_raises_data_error(tmp_path: Path):
    """A HAR path that does not exist is a DataError naming it."""
    with pytest.raises(DataError, match=r"nothing\.har"):
        make_client(make_options(mode="replay", har_path=tmp_path / "nothing.har"))


async def test_replay_never_uses_the_network_transport(tmp_path: Path):
    """Even with a network transport passed, replay only serves the file."""
    har = _har(tmp_path, [_entry("GET", "https://example.org/a", 200, "a")])

    def explode(request: httpx.Request) -> httpx.Response:
        raise AssertionError("network used in replay")

    options = make_options(mode="replay", har_path=har)
    async with make_client(options, transport=httpx.MockTransport(explode)) as client:
        assert (await fetch(client, "https://example.org/a")).text == "a"
        with pytest.raises(OfflineMiss):
            await fetch(client, "https://example.org/other")


async def test_replay_keeps_retrying_but_never_waits(tmp_path: Path):
    """Outside testing, replay still follows a recorded 429 with its retry, without sleeping."""
    url = "https://x.com/a"
    first = _entry("GET", url, 429, "later")
    first["response"]["headers"].append({"name": "Retry-After", "value": "600"})
    har = _har(tmp_path, [first, _entry("GET", url, 200, "now")])
    options = make_options(mode="replay", har_path=har, testing=False)
    async with make_client(options) as client:
        response = await asyncio.wait_for(fetch(client, url), timeout=5)
    assert response.text == "now"
