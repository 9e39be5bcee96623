"""Politeness: one budget per host, shared by every platform, archive and agency request.

For each host: at most ``per_host_concurrency`` requests in flight, at least ``min_interval``
seconds between the starts of two requests, and no request before the time a server asked for
with ``Retry-After``. The Wayback CDX server (and its TimeMaps) is its own lane: it allows about
30 requests a minute, answers 429 without ``Retry-After`` and blocks IPs that keep asking, so it
gets a wider interval and a fixed back-off after each 429. Meta oEmbed asked without a token
allows 1,000 requests an hour per endpoint, so each such endpoint is a lane paced to that budget,
and Save Page Now submissions (a few a minute) are a lane of their own.
Every wait goes through the one injected sleep, so tests can record waits instead of spending
them.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from dataclasses import dataclass, field

import httpx

from provenance.http.options import HttpOptions
from provenance.http.timing import (
    WAIT_EXTENSION,
    Clock,
    Sleep,
    is_wayback_cdx,
    is_wayback_submission,
    server_wait,
    tokenless_meta_endpoint,
)


@dataclass(slots=True)
class _Lane:
    """Pacing state of one host (or of the Wayback CDX server)."""

    interval: float
    """Seconds between the starts of two requests in this lane."""
    lock: asyncio.Lock = field(default_factory=asyncio.Lock)
    """Held while a request waits for its turn, so turns are handed out in order."""
    next_start: float = 0.0
    """Clock time before which no request in this lane may start."""


class _SlotStream(httpx.AsyncByteStream):
    """A body that gives its host slot back when it is closed (or fails), exactly once."""

    def __init__(
        self, inner: httpx.SyncByteStream | httpx.AsyncByteStream, slot: asyncio.Semaphore
    ):
        self._inner = inner
        self._slot: asyncio.Semaphore | None = slot

    def _release(self) -> None:
        if self._slot is not None:
            self._slot.release()
            self._slot = None

    async def __aiter__(self) -> AsyncIterator[bytes]:
        assert isinstance(self._inner, httpx.AsyncByteStream)
        try:
            async for chunk in self._inner:
                yield chunk
        except BaseException:
            self._release()
            raise

    async def aclose(self) -> None:
        try:
            if isinstance(self._inner, httpx.AsyncByteStream):
                await self._inner.aclose()
        finally:
            self._release()


class PoliteTransport(httpx.AsyncBaseTransport):
    """Spaces and bounds requests per host, and remembers what servers asked for."""

    def __init__(
        self,
        inner: httpx.AsyncBaseTransport,
        options: HttpOptions,
        *,
        sleep: Sleep,
        clock: Clock,
    ) -> None:
        """Wrap ``inner``; every wait is ``await sleep(seconds)`` measured with ``clock``."""
        self._inner = inner
        self._options = options
        self._sleep = sleep
        self._clock = clock
        self._lanes: dict[str, _Lane] = {}
        self._slots: dict[str, asyncio.Semaphore] = {}

    def _lane(self, url: httpx.URL) -> _Lane:
        key, interval = url.host, self._options.min_interval
        meta = tokenless_meta_endpoint(url)
        if is_wayback_cdx(url):
            key, interval = f"{url.host}#cdx", max(interval, self._options.wayback_cdx_interval)
        elif is_wayback_submission(url):
            key, interval = f"{url.host}#save", max(interval, self._options.wayback_save_interval)
        elif meta:
            key, interval = f"{url.host}#{meta}", max(interval,
                                                      self._options.meta_tokenless_interval)
        lane = self._lanes.get(key)
        if lane is None:
            lane = self._lanes[key] = _Lane(interval=interval)
        return lane

    def _slot(self, host: str) -> asyncio.Semaphore:
        slot = self._slots.get(host)
        if slot is None:
            slot = self._slots[host] = asyncio.Semaphore(self._options.per_host_concurrency)
        return slot

    async def _take_turn(self, lane: _Lane) -> None:
        async with lane.lock:
            delay = lane.next_start - self._clock()
            if delay > 0:
                await self._sleep(delay)
            lane.next_start = max(lane.next_start, self._clock()) + lane.interval

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        """Wait for the host's turn, send, and note any back-off the answer asks for.

        The host's slot is held until the body has been read or the response closed.
        """
        lane = self._lane(request.url)
        slot = self._slot(request.url.host)
        await slot.acquire()
        try:
            await self._take_turn(lane)
            response = await self._inner.handle_async_request(request)
        except BaseException:
            slot.release()
            raise
        response.stream = _SlotStream(response.stream, slot)
        wait = server_wait(response, request.url, self._options)
        if wait is not None:
            lane.next_start = max(lane.next_start, self._clock() + wait)
            # Handed to the retry policy, so an HTTP-date is turned into seconds only once.
            response.extensions[WAIT_EXTENSION] = wait
        return response

    async def aclose(self) -> None:
        """Close the wrapped transport."""
        await self._inner.aclose()
