"""Save Page Now 2: submission, polling, outcomes as values, no caching, pacing, the command.

Bodies are constructed in the shapes of formats.md §3.3 (the SPN2 draft's ``{"url", "job_id"}``
and status objects; ``status_ext`` values from its error catalogue); job IDs are made up.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from pathlib import Path
from urllib.parse import parse_qs

import httpx
import pytest
from typer.testing import CliRunner

from provenance.archives.save import SaveStatus, read_status, save_page
from provenance.cli import app
from provenance.http import HttpOptions, make_client
from tests.http.http_helpers import FakeTime

POST = "https://twitter.com/qassimalaraji/status/1468900000000000000"
KEYS = {"PROVENANCE_IA_ACCESS_KEY": "access", "PROVENANCE_IA_SECRET_KEY": "secret"}
JOB = "spn2-9c17e047f58f9220a7008d4f18152fee4d111d14"
Handler = Callable[[httpx.Request], httpx.Response]


def options(**changes: object) -> HttpOptions:
    return HttpOptions(allowed_hosts=frozenset({"web.archive.org"}), testing=True,
                       min_interval=0.0, **changes)  # type: ignore[arg-type]


def run(handler: Handler, env: dict[str, str] = KEYS, fake: FakeTime | None = None,
        opts: HttpOptions | None = None, **kwargs: object):
    async def go():
        async with make_client(opts or options(), transport=httpx.MockTransport(handler),
                               sleep=fake.sleep if fake else None,
                               clock=fake.clock if fake else None) as client:
            return await save_page(client, POST, env, **kwargs)  # type: ignore[arg-type]
    return asyncio.run(go())


def spn(statuses: list[dict[str, object]], seen: list[httpx.Request]) -> Handler:
    """A constructed SPN2: accepts the submission, then answers the given statuses in turn."""
    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        if request.method == "POST" and request.url.path == "/save":
            return httpx.Response(200, json={"url": POST, "job_id": JOB})
        if request.url.path == f"/save/status/{JOB}":
            return httpx.Response(200, json=statuses.pop(0))
        return httpx.Response(404)
    return handler


def test_a_saved_post_names_its_capture() -> None:
    seen: list[httpx.Request] = []
    fake = FakeTime()
    outcome = run(spn([{"status": "pending", "job_id": JOB},
                       {"status": "success", "job_id": JOB, "timestamp": "20261129031500",
                        "original_url": POST, "duration_sec": 6.1}], seen), fake=fake,
                  poll_interval=6.0)
    assert outcome.status is SaveStatus.SAVED and outcome.job_id == JOB
    assert outcome.capture_url == f"https://web.archive.org/web/20261129031500/{POST}"
    submit = seen[0]
    assert submit.headers["authorization"] == "LOW access:secret"
    assert submit.headers["accept"] == "application/json"
    form = parse_qs(submit.content.decode())
    assert form == {"url": [POST], "if_not_archived_within": ["1d"]}
    assert [r.url.path for r in seen[1:]] == [f"/save/status/{JOB}"] * 2
    assert fake.sleeps == [6.0, 6.0]  # one wait before each poll, through the one sleep


def test_an_archive_error_is_a_failed_value_with_its_reason() -> None:
    outcome = run(spn([{"status": "error", "job_id": JOB,
                        "status_ext": "error:too-many-daily-captures",
                        "message": "This URL has been already captured 10 times today."}], []))
    assert outcome.status is SaveStatus.FAILED
    assert outcome.reason.startswith("error:too-many-daily-captures: This URL")


def test_a_job_that_never_ends_is_pending_with_its_id() -> None:
    outcome = run(spn([{"status": "pending"}] * 3, []), max_polls=3)
    assert outcome.status is SaveStatus.PENDING and outcome.job_id == JOB


def test_a_refused_submission_is_failed() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(401, json={"message": "You need to be logged in to use SPN2."})
    outcome = run(handler)
    assert outcome.status is SaveStatus.FAILED and "401" in outcome.reason
    assert "logged in" in outcome.reason


def test_a_transport_failure_is_a_value() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("connection refused", request=request)
    outcome = run(handler)
    assert outcome.status is SaveStatus.FAILED and "ConnectError" in outcome.reason


def test_without_keys_nothing_is_sent() -> None:
    seen: list[httpx.Request] = []
    outcome = run(spn([], seen), env={})
    assert outcome.status is SaveStatus.SKIPPED and "PROVENANCE_IA_ACCESS_KEY" in outcome.reason
    assert seen == []


def test_status_polls_are_never_served_from_the_cache(tmp_path: Path) -> None:
    seen: list[httpx.Request] = []
    opts = options(cache_path=tmp_path / "cache.sqlite")
    outcome = run(spn([{"status": "pending"}, {"status": "pending"},
                       {"status": "success", "timestamp": "20261129031500"}], seen), opts=opts)
    assert outcome.status is SaveStatus.SAVED
    assert len(seen) == 4  # the submission and three polls all reached the archive


def test_submissions_are_spaced() -> None:
    fake = FakeTime()
    seen: list[httpx.Request] = []
    handler = spn([{"status": "success", "timestamp": "20261129031500"}] * 2, seen)

    async def go() -> None:
        async with make_client(options(wayback_save_interval=10.0),
                               transport=httpx.MockTransport(handler), sleep=fake.sleep,
                               clock=fake.clock) as client:
            for _ in range(2):
                await save_page(client, POST, KEYS, poll_interval=0.0)
    asyncio.run(go())
    assert 10.0 in fake.sleeps


def test_read_status_needs_a_timestamp_for_success() -> None:
    assert read_status(POST, JOB, {"status": "pending"}) is None
    broken = read_status(POST, JOB, {"status": "success"})
    assert broken is not None and broken.status is SaveStatus.FAILED


def test_the_save_command_without_keys(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("PROVENANCE_IA_ACCESS_KEY", "PROVENANCE_IA_SECRET_KEY"):
        monkeypatch.delenv(name, raising=False)
    article = tmp_path / "draft.txt"
    article.write_text(f"قال في تغريدة: {POST}\n{POST}?s=20\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["save", str(article), "--format", "json"])
    assert result.exit_code == 3
    assert '"status": "skipped"' in result.output and result.output.count(POST) == 1
    empty = tmp_path / "empty.txt"
    empty.write_text("لا شيء هنا\n", encoding="utf-8")
    nothing = CliRunner().invoke(app, ["save", str(empty)])
    assert nothing.exit_code == 2 and "nothing to save" in nothing.output
