"""The retry policy: Retry-After honoured and capped, CDX back-off, exhaustion, translation."""

from __future__ import annotations

import asyncio
import time
from datetime import UTC, datetime
from email.utils import formatdate

import httpx
import pytest
from http_helpers import FakeTime, make_options

from provenance.errors import FetchError, PolicyRefused
from provenance.http import fetch, make_client
from provenance.http.timing import parse_retry_after

CDX = "https://web.archive.org/cdx/search/cdx?url=x.com/a/status/1&output=json"


class Script:
    """A constructed server that plays a list of answers, then repeats the last one."""

    def __init__(self, *answers: httpx.Response | Exception) -> None:
        self.answers = list(answers)
        self.calls: list[str] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.calls.append(str(request.url))
        answer = self.answers[min(len(self.calls), len(self.answers)) - 1]
        if isinstance(answer, Exception):
            raise answer
        return answer


def _client(script: Script, fake_time: FakeTime, **changes: object) -> httpx.AsyncClient:
    return make_client(
        make_options(**changes),
        transport=httpx.MockTransport(script),
        sleep=fake_time.sleep,
        clock=fake_time.clock,
    )


async def test_retry_after_seconds_is_honoured(fake_time: FakeTime):
    """A 429 asking for 7 s is waited 7 s, then the 200 is returned."""
    script = Script(httpx.Response(429, headers={"Retry-After": "7"}), httpx.Response(200))
    async with _client(script, fake_time) as client:
        response = await fetch(client, "https://x.com/a")
    assert response.status_code == 200
    assert fake_time.sleeps == [7.0]
    assert len(script.calls) == 2


async def test_retry_after_is_capped(fake_time: FakeTime):
    """A server asking for ten minutes gets retry_after_cap."""
    script = Script(httpx.Response(503, headers={"Retry-After": "600"}), httpx.Response(200))
    async with _client(script, fake_time, retry_after_cap=30.0) as client:
        await fetch(client, "https://x.com/a")
    assert fake_time.sleeps == [30.0]


async def test_retry_after_http_date_is_honoured(fake_time: FakeTime):
    """An HTTP-date twenty seconds ahead means about twenty seconds."""
    when = formatdate(time.time() + 20, usegmt=True)
    script = Script(httpx.Response(429, headers={"Retry-After": when}), httpx.Response(200))
    async with _client(script, fake_time) as client:
        await fetch(client, "https://x.com/a")
    assert len(fake_time.sleeps) == 1
    assert 18.0 <= fake_time.sleeps[0] <= 20.0


async def test_cdx_429_without_retry_after_waits_the_fixed_backoff(fake_time: FakeTime):
    """Wayback CDX sends no Retry-After: the fixed back-off is waited before asking again."""
    script = Script(httpx.Response(429, text="Too Many Requests"), httpx.Response(200, text="[]"))
    async with _client(script, fake_time, wayback_cdx_backoff=60.0) as client:
        response = await fetch(client, CDX)
    assert response.text == "[]"
    assert fake_time.sleeps == [60.0]


async def test_cdx_backoff_holds_back_the_next_cdx_request_only(fake_time: FakeTime):
    """After a CDX 429 the next CDX request waits; a Wayback playback request does not."""
    script = Script(httpx.Response(429), httpx.Response(200), httpx.Response(200))
    options = {"retry_attempts": 1, "wayback_cdx_backoff": 60.0}
    async with _client(script, fake_time, **options) as client:
        assert (await fetch(client, CDX)).status_code == 429
        await fetch(client, "https://web.archive.org/web/2021id_/https://x.com/a/status/1")
        assert fake_time.sleeps == []
        await fetch(client, "https://web.archive.org/web/timemap/json?url=x.com/a")
    assert fake_time.sleeps == [60.0]


async def test_exhausted_retries_return_the_last_answer(fake_time: FakeTime):
    """Three 503s without Retry-After: exponential back-off with jitter, then the 503 itself."""
    script = Script(httpx.Response(503, text="busy"))
    async with _client(script, fake_time, retry_attempts=3) as client:
        response = await fetch(client, "https://x.com/a")
    assert (response.status_code, response.text) == (503, "busy")
    assert len(script.calls) == 3
    assert len(fake_time.sleeps) == 2
    assert 1.0 <= fake_time.sleeps[0] <= 2.0
    assert 2.0 <= fake_time.sleeps[1] <= 3.0


async def test_404_is_not_retried(fake_time: FakeTime):
    """A plain 404 is an answer, not a failure."""
    script = Script(httpx.Response(404))
    async with _client(script, fake_time) as client:
        assert (await fetch(client, "https://x.com/a")).status_code == 404
    assert len(script.calls) == 1
    assert fake_time.sleeps == []


async def test_transport_errors_are_retried_then_become_fetch_error(fake_time: FakeTime):
    """Connection failures are retried, then reported once as a one-line FetchError."""
    script = Script(httpx.ConnectError("connection refused\nsecond line"))
    async with _client(script, fake_time, retry_attempts=4) as client:
        with pytest.raises(FetchError) as caught:
            await fetch(client, "https://x.com/a")
    assert len(script.calls) == 4
    assert str(caught.value) == "GET https://x.com/a: ConnectError: connection refused second line"
    assert type(caught.value) is FetchError


async def test_timeouts_become_fetch_error(fake_time: FakeTime):
    """A read timeout is retried and then reported as timed out."""
    script = Script(httpx.ReadTimeout("slow"), httpx.ReadTimeout("slow"))
    async with _client(script, fake_time, retry_attempts=2) as client:
        with pytest.raises(FetchError, match="timed out"):
            await fetch(client, "https://x.com/a")
    assert len(script.calls) == 2


async def test_a_transient_error_then_success_returns_the_success(fake_time: FakeTime):
    """One dropped connection does not fail the fetch."""
    script = Script(httpx.ReadError("reset"), httpx.Response(200, text="ok"))
    async with _client(script, fake_time) as client:
        assert (await fetch(client, "https://x.com/a")).text == "ok"


async def test_refusals_pass_through_unretried(fake_time: FakeTime):
    """PolicyRefused is neither retried nor translated."""
    script = Script(httpx.Response(200))
    async with _client(script, fake_time) as client:
        with pytest.raises(PolicyRefused):
            await fetch(client, "http://127.0.0.1/")
    assert script.calls == []
    assert fake_time.sleeps == []


async def test_testing_mode_removes_every_wait():
    """With testing=True and no injected sleep, a ten-minute Retry-After costs nothing."""
    script = Script(httpx.Response(429, headers={"Retry-After": "600"}), httpx.Response(200))
    options = make_options(min_interval=5.0, retry_after_cap=600.0)
    async with make_client(options, transport=httpx.MockTransport(script)) as client:
        response = await asyncio.wait_for(fetch(client, "https://x.com/a"), timeout=5)
        await asyncio.wait_for(fetch(client, "https://x.com/b"), timeout=5)
    assert response.status_code == 200


async def test_fetch_accepts_a_plain_httpx_client():
    """fetch works on any AsyncClient, with default options."""
    transport = httpx.MockTransport(lambda request: httpx.Response(200, text="plain"))
    async with httpx.AsyncClient(transport=transport) as client:
        assert (await fetch(client, "https://example.org/")).text == "plain"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("120", 120.0),
        (" 5 ", 5.0),
        ("Wed, 21 Oct 2026 07:28:30 GMT", 30.0),
        ("Wed, 21 Oct 2026 07:27:00 GMT", 0.0),
        ("soon", None),
        ("-3", None),
        ("99999999999999", None),
        (None, None),
    ],
)
def test_parse_retry_after(value: str | None, expected: float | None):
    """Seconds or HTTP-date, measured from a fixed now; nonsense is None."""
    now = datetime(2026, 10, 21, 7, 28, 0, tzinfo=UTC)
    assert parse_retry_after(value, now=now) == expected
