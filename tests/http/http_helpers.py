"""Helpers for the HTTP layer's tests: fake time, options, a fake DNS (all constructed)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from provenance.http import HttpOptions

#: Hosts the tests treat as allowed (constructed; real archive and platform hosts).
TEST_HOSTS = frozenset({"web.archive.org", "example.org", "x.com", "publish.twitter.com"})

#: Constructed DNS answers for the fake resolver.
FAKE_DNS = {
    "example.org": ["93.184.215.14"],
    "x.com": ["104.244.42.1"],
    "mobile.x.com": ["104.244.42.3"],
    "web.archive.org": ["207.241.237.3"],
    "publish.twitter.com": ["104.244.42.2"],
    "intranet.example.org": ["10.1.2.3"],
    "sneaky.example.org": ["93.184.215.15", "192.168.0.7"],
}


class FakeTime:
    """A clock that only moves when something sleeps; records every sleep."""

    def __init__(self) -> None:
        self.now = 1000.0
        self.sleeps: list[float] = []

    def clock(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds


async def fake_resolver(host: str) -> Sequence[str]:
    """Answer from FAKE_DNS; unknown names fail like a real lookup."""
    if host not in FAKE_DNS:
        raise OSError(f"unknown host {host}")
    return FAKE_DNS[host]


def make_options(**changes: Any) -> HttpOptions:
    """Options for tests: allowed test hosts, no waits unless a fake sleep is injected."""
    base = HttpOptions(allowed_hosts=TEST_HOSTS, testing=True, min_interval=0.0)
    return replace(base, **changes)
