"""Politeness: per-host interval and concurrency, Retry-After remembered per host."""

from __future__ import annotations

import asyncio

import httpx
import pytest
from http_helpers import TEST_HOSTS, FakeTime, make_options

from provenance.errors import FetchError
from provenance.http import fetch, make_client


async def test_min_interval_spaces_requests_to_one_host(fake_time: FakeTime):
    """Three requests to one host wait the interval twice; another host is not held back."""
    transport = httpx.MockTransport(lambda request: httpx.Response(200))
    options = make_options(min_interval=1.5)
    async with make_client(
        options, transport=transport, sleep=fake_time.sleep, clock=fake_time.clock
    ) as client:
        await fetch(client, "https://x.com/1")
        await fetch(client, "https://example.org/1")
        assert fake_time.sleeps == []
        await fetch(client, "https://x.com/2")
        await fetch(client, "https://x.com/3")
    assert fake_time.sleeps == [1.5, 1.5]


async def test_cdx_requests_are_spaced_wider(fake_time: FakeTime):
    """CDX requests keep wayback_cdx_interval apart even when min_interval is smaller."""
    transport = httpx.MockTransport(lambda request: httpx.Response(200, text="[]"))
    options = make_options(min_interval=0.5, wayback_cdx_interval=2.5)
    async with make_client(
        options, transport=transport, sleep=fake_time.sleep, clock=fake_time.clock
    ) as client:
        for n in range(3):
            await fetch(client, f"https://web.archive.org/cdx/search/cdx?url=x.com/{n}")
    assert fake_time.sleeps == [2.5, 2.5]


async def test_tokenless_meta_oembed_is_paced_per_endpoint(fake_time: FakeTime):
    """Without a token Meta allows 1,000 oEmbed requests an hour per endpoint; with one, not."""
    transport = httpx.MockTransport(lambda request: httpx.Response(200, json={"html": ""}))
    options = make_options(min_interval=0.5, meta_tokenless_interval=3.6,
                           allowed_hosts=TEST_HOSTS | {"graph.facebook.com"})
    graph = "https://graph.facebook.com/v23.0"
    async with make_client(
        options, transport=transport, sleep=fake_time.sleep, clock=fake_time.clock
    ) as client:
        for n in range(3):
            await fetch(client, f"{graph}/instagram_oembed?url=p{n}")
        await fetch(client, f"{graph}/oembed_post?url=p")  # another endpoint, another budget
    assert fake_time.sleeps == pytest.approx([3.6, 3.6])
    fake_time.sleeps.clear()
    async with make_client(
        options, transport=transport, sleep=fake_time.sleep, clock=fake_time.clock
    ) as client:
        for n in range(3):
            await fetch(client, f"{graph}/instagram_oembed?url=p{n}&access_token=1|t")
    assert fake_time.sleeps == pytest.approx([0.5, 0.5])


async def test_per_host_concurrency_is_bounded():
    """No more than per_host_concurrency requests to one host are in flight at once."""
    in_flight = 0
    peak = 0

    async def slow(request: httpx.Request) -> httpx.Response:
        nonlocal in_flight, peak
        in_flight += 1
        peak = max(peak, in_flight)
        await asyncio.sleep(0.01)
        in_flight -= 1
        return httpx.Response(200)

    options = make_options(per_host_concurrency=2)
    async with make_client(options, transport=httpx.MockTransport(slow)) as client:
        await asyncio.gather(*(fetch(client, f"https://x.com/{n}") for n in range(8)))
    assert peak == 2


async def test_retry_after_holds_back_later_requests_to_the_host(fake_time: FakeTime):
    """A 429 with Retry-After delays the host's next request even from another fetch."""
    answers = iter([httpx.Response(429, headers={"Retry-After": "5"}), httpx.Response(200)])
    transport = httpx.MockTransport(lambda request: next(answers))
    options = make_options(retry_attempts=1)
    async with make_client(
        options, transport=transport, sleep=fake_time.sleep, clock=fake_time.clock
    ) as client:
        assert (await fetch(client, "https://x.com/a")).status_code == 429
        assert (await fetch(client, "https://x.com/b")).status_code == 200
    assert fake_time.sleeps == [5.0]


async def test_host_slot_is_given_back_after_failures_and_redirects():
    """With one slot per host, redirects, errors and oversized bodies never leak the slot."""

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/jump":
            return httpx.Response(302, headers={"location": "https://x.com/end"})
        if request.url.path == "/big":
            return httpx.Response(200, content=b"x" * 5000)
        if request.url.path == "/down":
            raise httpx.ConnectError("down")
        return httpx.Response(200, text="end")

    options = make_options(per_host_concurrency=1, max_body_bytes=1000, retry_attempts=2)
    async with make_client(options, transport=httpx.MockTransport(handler)) as client:

        async def run() -> list[str]:
            seen = []
            for path in ("/jump", "/big", "/down", "/end", "/end"):
                try:
                    seen.append((await fetch(client, f"https://x.com{path}")).text)
                except FetchError as exc:
                    seen.append(type(exc).__name__)
            return seen

        seen = await asyncio.wait_for(run(), timeout=5)
    assert seen == ["end", "ResponseTooLarge", "FetchError", "end", "end"]
