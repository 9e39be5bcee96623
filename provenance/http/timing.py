"""What a response says about waiting, and the one sleep every wait goes through.

Both the politeness transport (which holds back the *next* request to a host) and the retry
policy (which spaces the attempts of *one* fetch) ask :func:`server_wait` how long the server
wants them to stay away, so the two can never disagree.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime

import httpx

from provenance.http.options import HttpOptions

Sleep = Callable[[float], Awaitable[None]]
"""An awaitable pause of the given number of seconds."""
Clock = Callable[[], float]
"""A monotonic clock in seconds."""

#: Statuses whose ``Retry-After`` asks the client to come back later (RFC 9110 §10.2.3).
WAIT_STATUSES = frozenset({429, 503})

WAYBACK_HOST = "web.archive.org"
#: Path prefixes served by the Wayback CDX server, which shares one strict rate limit.
WAYBACK_CDX_PREFIXES = ("/cdx/", "/web/timemap")

#: Save Page Now: submissions are ``POST /save``; job status lives under ``/save/status/``.
WAYBACK_SAVE_PATH = "/save"

#: Hosts of Meta's oEmbed APIs. Without a token each endpoint allows 1,000 requests an hour
#: (Meta, "Introducing Tokenless Access to Meta oEmbed APIs", 2026-06-15).
META_OEMBED_HOSTS = frozenset({"graph.facebook.com", "graph.threads.net", "graph.threads.com"})

#: Response extension holding the wait already read from an answer (seconds, capped).
WAIT_EXTENSION = "provenance_wait"

#: Longest Retry-After value read as digits; longer strings are nonsense, not waits.
MAX_RETRY_AFTER_DIGITS = 9


_testing = False


def set_testing(on: bool) -> None:
    """Remove every wait in the program (stamina's switch): test suites turn this on once.

    Per-client ``HttpOptions(testing=True)`` does the same for one client; this switch also
    covers code handed a plain ``httpx.AsyncClient``.
    """
    global _testing
    _testing = on


async def no_sleep(seconds: float) -> None:
    """Return at once: the sleep used with ``testing=True``."""
    del seconds


def choose_sleep(options: HttpOptions, sleep: Sleep | None) -> Sleep:
    """The sleep to use: the injected one, else a no-op in testing or replay, else asyncio's.

    Replay keeps the retry policy (a recorded 429 is still followed by its recorded retry) but
    waiting for a file to change its answer would only slow an offline audit down.
    """
    if sleep is not None:
        return sleep
    quiet = _testing or options.testing or options.mode == "replay"
    return no_sleep if quiet else asyncio.sleep


def choose_clock(clock: Clock | None) -> Clock:
    """The clock to use: the injected one, else ``time.monotonic``."""
    return clock if clock is not None else time.monotonic


def parse_retry_after(value: str | None, *, now: datetime | None = None) -> float | None:
    """Seconds asked for by a ``Retry-After`` value (delay-seconds or HTTP-date); None if unusable.

    A date in the past means "now" (0.0). ``now`` is the wall-clock time to measure a date from.
    """
    if value is None:
        return None
    text = value.strip()
    if text.isdigit() and len(text) <= MAX_RETRY_AFTER_DIGITS:
        return float(text)
    try:
        when = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        # RFC 9110 dates are always GMT; email.utils leaves "-0000" naive.
        when = when.replace(tzinfo=UTC)
    reference = now if now is not None else datetime.now(UTC)
    return max(0.0, (when - reference).total_seconds())


def is_wayback_cdx(url: httpx.URL) -> bool:
    """True for requests to the Wayback CDX server or its TimeMaps (one shared rate limit)."""
    return url.host == WAYBACK_HOST and url.path.startswith(WAYBACK_CDX_PREFIXES)


def is_wayback_save(url: httpx.URL) -> bool:
    """True for Save Page Now requests (submissions and job status): never cached."""
    return url.host == WAYBACK_HOST and (
        url.path == WAYBACK_SAVE_PATH or url.path.startswith(WAYBACK_SAVE_PATH + "/")
    )


def is_wayback_submission(url: httpx.URL) -> bool:
    """True for a Save Page Now submission (SPN2 allows a few a minute)."""
    return url.host == WAYBACK_HOST and url.path == WAYBACK_SAVE_PATH


def tokenless_meta_endpoint(url: httpx.URL) -> str | None:
    """The endpoint of a Meta oEmbed request made without a token (its own hourly budget)."""
    if url.host in META_OEMBED_HOSTS and "access_token" not in url.params:
        return url.path.rstrip("/").rsplit("/", 1)[-1]
    return None


def server_wait(response: httpx.Response, url: httpx.URL, options: HttpOptions) -> float | None:
    """Seconds the server asks us to stay away after this answer to ``url``; None if it asks none.

    ``Retry-After`` on a 429 or 503 is honoured up to ``retry_after_cap``. The Wayback CDX server
    answers 429 without ``Retry-After`` and blocks clients that come back too soon, so its 429s
    get the fixed ``wayback_cdx_backoff``.
    """
    if response.status_code not in WAIT_STATUSES:
        return None
    known = response.extensions.get(WAIT_EXTENSION)
    if isinstance(known, int | float):
        return known
    asked = parse_retry_after(response.headers.get("retry-after"))
    if asked is not None:
        return min(asked, options.retry_after_cap)
    if response.status_code == 429 and is_wayback_cdx(url):
        return options.wayback_cdx_backoff
    return None
