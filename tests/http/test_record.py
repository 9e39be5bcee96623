"""Recording: secrets stripped, valid HAR 1.2 written, replayed back byte-exact."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import httpx
import pytest
from http_helpers import make_options

from provenance.errors import DataError
from provenance.http import fetch, make_client
from provenance.http.har import har_problems

#: Constructed bodies: UTF-8 Arabic JSON, legacy Arabic code page, and binary.
ARABIC_JSON = json.dumps({"text": "قال رئيس الوزراء اليوم الخميس"}, ensure_ascii=False).encode()
CP1256_HTML = "<p>وكالة الانباء العراقية (واع)</p>".encode("windows-1256")
BINARY = bytes(range(256))


def _server(request: httpx.Request) -> httpx.Response:
    """A constructed origin: one route per body kind, with cookies and a gzip answer."""
    path = request.url.path
    if path == "/oembed":
        return httpx.Response(
            200,
            content=gzip.compress(ARABIC_JSON),
            headers={
                "content-type": "application/json; charset=utf-8",
                "content-encoding": "gzip",
                "set-cookie": "guest_id=v1%3A123; Path=/",
            },
        )
    if path == "/old":
        return httpx.Response(
            200, content=CP1256_HTML, headers={"content-type": "text/html; charset=windows-1256"}
        )
    if path == "/img":
        return httpx.Response(200, content=BINARY, headers={"content-type": "image/png"})
    return httpx.Response(404, text="missing")


async def _record(har: Path) -> list[httpx.Response]:
    options = make_options(mode="record", har_path=har)
    async with make_client(options, transport=httpx.MockTransport(_server)) as client:
        return [
            await fetch(
                client,
                "https://publish.twitter.com/oembed?url=https://x.com/a/status/1"
                "&token=s3cr3t&api_key=K123",
                headers={"Authorization": "Bearer AAAA", "Cookie": "auth_token=zzz"},
            ),
            await fetch(client, "https://example.org/old"),
            await fetch(client, "https://example.org/img"),
            await fetch(client, "https://example.org/gone"),
        ]


async def test_recording_strips_secrets_from_headers_and_query(tmp_path: Path):
    """Authorization, Cookie, Set-Cookie and token parameters never reach the file."""
    har = tmp_path / "run.har"
    await _record(har)
    raw = har.read_text(encoding="utf-8")
    for secret in ("s3cr3t", "K123", "Bearer AAAA", "auth_token=zzz", "guest_id"):
        assert secret not in raw
    doc = json.loads(raw)
    first = doc["log"]["entries"][0]
    headers = {h["name"].lower(): h["value"] for h in first["request"]["headers"]}
    assert headers["authorization"] == "REDACTED"
    assert headers["cookie"] == "REDACTED"
    response_headers = {h["name"].lower(): h["value"] for h in first["response"]["headers"]}
    assert response_headers["set-cookie"] == "REDACTED"
    assert "token=REDACTED" in first["request"]["url"]
    assert {"name": "api_key", "value": "REDACTED"} in first["request"]["queryString"]


async def test_recording_writes_valid_har_with_text_and_base64_bodies(tmp_path: Path):
    """Every required HAR 1.2 member is there; text bodies as text, binary as base64."""
    har = tmp_path / "run.har"
    await _record(har)
    doc = json.loads(har.read_text(encoding="utf-8"))
    assert har_problems(doc) == []
    assert doc["log"]["version"] == "1.2"
    assert doc["log"]["creator"]["name"] == "provenance"
    entries = doc["log"]["entries"]
    assert len(entries) == 4
    contents = [e["response"]["content"] for e in entries]
    assert contents[0]["text"] == ARABIC_JSON.decode()
    assert "encoding" not in contents[0]
    assert contents[1]["text"] == "<p>وكالة الانباء العراقية (واع)</p>"
    assert contents[2]["encoding"] == "base64"
    assert entries[3]["response"]["status"] == 404
    assert entries[0]["startedDateTime"].endswith("+00:00")


async def test_recording_replays_back_byte_exact(tmp_path: Path):
    """What was recorded is served again, byte for byte, Arabic included."""
    har = tmp_path / "run.har"
    live = await _record(har)
    async with make_client(make_options(mode="replay", har_path=har)) as client:
        replayed = [
            await fetch(
                client,
                "https://publish.twitter.com/oembed?api_key=other&token=new"
                "&url=https://x.com/a/status/1",
            ),
            await fetch(client, "https://example.org/old"),
            await fetch(client, "https://example.org/img"),
            await fetch(client, "https://example.org/gone"),
        ]
    assert [r.content for r in replayed] == [ARABIC_JSON, CP1256_HTML, BINARY, b"missing"]
    assert [r.content for r in live] == [r.content for r in replayed]
    assert [r.status_code for r in replayed] == [200, 200, 200, 404]
    assert replayed[0].json()["text"] == "قال رئيس الوزراء اليوم الخميس"
    assert live[0].extensions["provenance_origin"] == "live"
    assert replayed[0].extensions["provenance_origin"] == "fixture"


async def test_recording_appends_to_an_existing_file(tmp_path: Path):
    """A second recording run keeps the first run's entries."""
    har = tmp_path / "run.har"
    await _record(har)
    await _record(har)
    doc = json.loads(har.read_text(encoding="utf-8"))
    assert len(doc["log"]["entries"]) == 8
    assert har_problems(doc) == []


def test_recording_refuses_to_append_to_a_broken_file(tmp_path: Path):
    """An existing file that is not HAR is never overwritten."""
    har = tmp_path / "notes.har"
    har.write_text("my notes", encoding="utf-8")
    with pytest.raises(DataError, match=r"notes\.har"):
        make_client(
            make_options(mode="record", har_path=har), transport=httpx.MockTransport(_server)
        )
    assert har.read_text(encoding="utf-8") == "my notes"


async def test_form_secrets_are_redacted_in_post_data(tmp_path: Path):
    """A form field named like a credential is redacted in postData."""
    har = tmp_path / "post.har"
    options = make_options(mode="record", har_path=har)
    async with make_client(options, transport=httpx.MockTransport(_server)) as client:
        await fetch(
            client,
            "https://web.archive.org/save",
            method="POST",
            data={"url": "https://x.com/a/status/1", "secret": "hunter2"},
        )
    doc = json.loads(har.read_text(encoding="utf-8"))
    posted = doc["log"]["entries"][0]["request"]["postData"]["text"]
    assert "hunter2" not in posted
    assert "secret=REDACTED" in posted
    assert "url=https" in posted


def test_har_problems_reports_missing_members():
    """The validity check names what a broken document lacks."""
    assert har_problems([]) == ["no log object"]
    doc = {"log": {"version": "1.2", "creator": {"name": "x"}, "entries": [{"time": 1}]}}
    problems = har_problems(doc)
    assert "log: creator.version missing" in problems
    assert "entry 0: entry.request missing" in problems
    assert "entry 0: request is not an object" in problems


async def test_redirect_hops_are_recorded_and_replayed(tmp_path: Path):
    """Both hops of a redirect are recorded; replay follows them to the same final body."""

    def server(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/i/status/1":
            return httpx.Response(301, headers={"location": "https://x.com/someone/status/1"})
        return httpx.Response(200, text="تغريدة")

    har = tmp_path / "redirect.har"
    options = make_options(mode="record", har_path=har)
    async with make_client(options, transport=httpx.MockTransport(server)) as client:
        live = await fetch(client, "https://x.com/i/status/1")
    doc = json.loads(har.read_text(encoding="utf-8"))
    assert [e["response"]["status"] for e in doc["log"]["entries"]] == [301, 200]
    assert doc["log"]["entries"][0]["response"]["redirectURL"] == "https://x.com/someone/status/1"
    async with make_client(make_options(mode="replay", har_path=har)) as client:
        replayed = await fetch(client, "https://x.com/i/status/1")
    assert replayed.text == live.text == "تغريدة"
    assert str(replayed.url) == "https://x.com/someone/status/1"


async def test_form_posts_to_one_endpoint_replay_by_their_fields(tmp_path: Path):
    """Two Save Page Now submissions of different URLs replay their own answers."""

    def server(request: httpx.Request) -> httpx.Response:
        submitted = dict(httpx.QueryParams(request.content.decode()))["url"]
        return httpx.Response(200, json={"url": submitted, "job_id": f"spn2-{submitted[-1]}"})

    har = tmp_path / "spn.har"
    options = make_options(mode="record", har_path=har)
    async with make_client(options, transport=httpx.MockTransport(server)) as client:
        for n in (1, 2):
            await fetch(
                client,
                "https://web.archive.org/save",
                method="POST",
                data={"url": f"https://x.com/a/status/{n}", "secret": f"k{n}"},
            )
    async with make_client(make_options(mode="replay", har_path=har)) as client:
        second = await fetch(
            client,
            "https://web.archive.org/save",
            method="POST",
            data={"secret": "other", "url": "https://x.com/a/status/2"},
        )
        first = await fetch(
            client,
            "https://web.archive.org/save",
            method="POST",
            data={"url": "https://x.com/a/status/1", "secret": "k1"},
        )
    assert second.json()["job_id"] == "spn2-2"
    assert first.json()["job_id"] == "spn2-1"
