"""WARC export: HAR recordings (ours and a browser's) become WARC 1.1 that warcio reads back."""

from __future__ import annotations

import asyncio
import base64
import gzip
import json
from dataclasses import replace
from pathlib import Path
from typing import Any

import httpx
import pytest
from http_helpers import make_options
from typer.testing import CliRunner
from warcio.archiveiterator import ArchiveIterator

from provenance.cli import app
from provenance.cli_run import _warc_recording
from provenance.errors import ConfigError, InputError
from provenance.http import fetch, make_client
from provenance.http.har import load_har
from provenance.http.warc import har_to_warc, warc_date
from provenance.settings import Settings
from tests.conftest import FIXTURES

SEED_HAR = FIXTURES / "http" / "seed.har"
ARABIC = "انتهاء المهام القتالية لقوات التحالف".encode()


def read_warc(path: Path) -> list[dict[str, Any]]:
    """Every record of a WARC: type, WARC headers, HTTP status line/headers and payload."""
    records = []
    with path.open("rb") as stream:
        for record in ArchiveIterator(stream):
            http = record.http_headers
            records.append({
                "type": record.rec_type,
                "warc": dict(record.rec_headers.headers),
                "status": http.get_statuscode() if http and record.rec_type == "response" else None,
                "line": http.protocol + " " + http.statusline if http else None,
                "http": dict(http.headers) if http else {},
                "payload": record.content_stream().read(),
            })
    return records


def browser_har(tmp_path: Path) -> Path:
    """A HAR shaped like a browser export (constructed): cookies, a token, gzip wire headers."""
    body = json.dumps({"text": ARABIC.decode()}, ensure_ascii=False)
    entry = {
        "startedDateTime": "2021-12-09T13:15:00.250+03:00",
        "time": 120,
        "request": {
            "method": "GET",
            "url": "https://graph.facebook.com/v23.0/instagram_oembed?url=x&access_token=1|SECRET",
            "httpVersion": "h2",
            "cookies": [],
            "headers": [{"name": ":authority", "value": "graph.facebook.com"},
                        {"name": "Cookie", "value": "sessionid=SECRET"},
                        {"name": "Authorization", "value": "Bearer SECRET"}],
            "queryString": [], "headersSize": -1, "bodySize": 0,
        },
        "response": {
            "status": 200, "statusText": "", "httpVersion": "h2", "cookies": [],
            "headers": [{"name": "content-type", "value": "application/json; charset=utf-8"},
                        {"name": "content-encoding", "value": "gzip"},
                        {"name": "content-length", "value": "17"},
                        {"name": "set-cookie", "value": "fr=SECRET"}],
            "content": {"size": len(body.encode()), "mimeType": "application/json",
                        "text": base64.b64encode(body.encode()).decode(), "encoding": "base64"},
            "redirectURL": "", "headersSize": -1, "bodySize": 17,
        },
        "cache": {}, "timings": {"send": 0, "wait": 120, "receive": 0},
    }
    blocked = json.loads(json.dumps(entry))
    blocked["response"]["status"] = 0  # a request the browser never got an answer to
    path = tmp_path / "browser.har"
    path.write_text(json.dumps({"log": {"version": "1.2", "creator": {"name": "Firefox",
                                                                       "version": "120"},
                                        "entries": [entry, blocked]}}), encoding="utf-8")
    return path


def test_our_recording_round_trips(tmp_path: Path) -> None:
    target = tmp_path / "seed.warc.gz"
    exchanges = load_har(SEED_HAR)
    assert har_to_warc([SEED_HAR], target) == len(exchanges) > 0
    records = read_warc(target)
    assert [r["type"] for r in records] == ["warcinfo"] + ["response", "request"] * len(exchanges)
    assert records[0]["warc"]["WARC-Type"] == "warcinfo" and b"seed.har" in records[0]["payload"]
    pairs = zip(records[1::2], records[2::2], strict=True)
    for exchange, (response, request) in zip(exchanges, pairs, strict=True):
        assert response["warc"]["WARC-Target-URI"] == exchange.url
        assert response["status"] == str(exchange.status)
        assert response["payload"] == exchange.body
        assert response["http"]["Content-Length"] == str(len(exchange.body))
        assert response["warc"]["WARC-Payload-Digest"].startswith("sha1:")
        assert response["warc"]["WARC-Date"] == warc_date(exchange.started)
        assert request["warc"]["WARC-Concurrent-To"] == response["warc"]["WARC-Record-ID"]
        target = httpx.URL(exchange.url).raw_path.decode()
        assert request["line"] == f"{exchange.method} {target} HTTP/1.1"
    assert any("القتالية".encode() in r["payload"] for r in records)  # Arabic, byte-exact


def test_a_browser_export_is_redacted_and_its_wire_headers_dropped(tmp_path: Path) -> None:
    target = tmp_path / "browser.warc.gz"
    assert har_to_warc([browser_har(tmp_path)], target) == 1  # the unanswered one is left out
    raw = gzip.decompress(target.read_bytes())
    assert b"SECRET" not in raw
    _, response, request = read_warc(target)
    assert json.loads(response["payload"])["text"].encode() == ARABIC
    assert response["http"]["Content-Length"] == str(len(response["payload"]))
    assert "content-encoding" not in {k.lower() for k in response["http"]}
    assert response["warc"]["WARC-Date"] == "2021-12-09T10:15:00.250000Z"
    assert request["http"]["Host"] == "graph.facebook.com"
    assert not any(name.startswith(":") for name in request["http"])


def test_warc_dates_are_utc() -> None:
    assert warc_date("2021-12-09T13:15:00+03:00") == "2021-12-09T10:15:00Z"
    assert warc_date("2021-12-09T10:15:00.5Z") == "2021-12-09T10:15:00.500000Z"


def test_an_existing_warc_is_never_replaced(tmp_path: Path) -> None:
    target = tmp_path / "evidence.warc.gz"
    target.write_bytes(b"earlier evidence")
    with pytest.raises(InputError, match="already exists"):
        har_to_warc([SEED_HAR], target)
    assert target.read_bytes() == b"earlier evidence"
    assert [p.name for p in tmp_path.iterdir()] == ["evidence.warc.gz"]  # no temp files left


def test_the_warc_command(tmp_path: Path) -> None:
    runner = CliRunner()
    target = tmp_path / "out.warc.gz"
    result = runner.invoke(app, ["warc", str(SEED_HAR), "-o", str(target)])
    assert result.exit_code == 0 and "exchanges archived" in result.output
    again = runner.invoke(app, ["warc", str(SEED_HAR), "-o", str(target)])
    assert again.exit_code == 2 and "already exists" in again.output
    assert len(again.output.strip().splitlines()) == 1
    missing = runner.invoke(app, ["warc", str(tmp_path / "none.har"), "-o", str(tmp_path / "n")])
    assert missing.exit_code == 2 and "no such HAR file" in missing.output


def _live_run(settings: Settings) -> None:
    """What check does with the settings _warc_recording yields: record through a transport."""
    options = make_options(mode="record", har_path=settings.record)
    transport = httpx.MockTransport(lambda request: httpx.Response(200, text=request.url.path))

    async def go() -> None:
        async with make_client(options, transport=transport) as client:
            await fetch(client, "https://example.org/new")

    asyncio.run(go())


def test_check_archives_only_the_runs_exchanges(tmp_path: Path) -> None:
    recording = tmp_path / "kept.har"
    recording.write_bytes(SEED_HAR.read_bytes())  # --record into a HAR that has entries
    settings = Settings(record=recording, warc=tmp_path / "run.warc.gz")
    with _warc_recording(settings) as run:
        assert run.record == recording
        _live_run(run)
    records = read_warc(tmp_path / "run.warc.gz")
    assert [r["warc"].get("WARC-Target-URI") for r in records[1:]] == [
        "https://example.org/new", "https://example.org/new"]
    assert records[1]["payload"] == b"/new"


def test_check_without_record_uses_a_scratch_recording(tmp_path: Path) -> None:
    settings = Settings(warc=tmp_path / "run.warc.gz")
    with _warc_recording(settings) as run:
        assert run.record is not None and run.record.parent != tmp_path
        _live_run(run)
    assert len(read_warc(tmp_path / "run.warc.gz")) == 3
    assert [p.name for p in tmp_path.iterdir()] == ["run.warc.gz"]


def test_check_refuses_warc_for_a_replayed_run(tmp_path: Path) -> None:
    settings = Settings(offline=True, warc=tmp_path / "x.warc.gz")
    with pytest.raises(ConfigError, match="provenance warc"):
        with _warc_recording(settings):
            pass
    existing = tmp_path / "old.warc.gz"
    existing.write_bytes(b"old")
    with pytest.raises(InputError, match="already exists"):
        with _warc_recording(replace(settings, offline=False, warc=existing)):
            pass


def test_a_target_that_cannot_be_written_is_a_one_line_usage_error(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    result = CliRunner().invoke(app, ["warc", str(SEED_HAR), "-o", str(blocker / "x.warc.gz")])
    assert result.exit_code == 2 and "cannot write there" in result.output
    assert "internal error" not in result.output


def test_an_undatable_exchange_names_its_url(tmp_path: Path) -> None:
    har = json.loads(browser_har(tmp_path).read_text())
    har["log"]["entries"][0]["startedDateTime"] = "yesterday"
    bad = tmp_path / "bad.har"
    bad.write_text(json.dumps(har))
    result = CliRunner().invoke(app, ["warc", str(bad), "-o", str(tmp_path / "x.warc.gz")])
    assert result.exit_code == 2 and "graph.facebook.com" in result.output
    assert not (tmp_path / "x.warc.gz").exists()
