"""Turning one HTTP attempt into a value: the resolver's boundary with the HTTP layer.

The HTTP layer raises a few run-level exceptions (an unrecorded request in replay mode, a target
the guard refuses, a network failure after the retry policy gave up). For one post those are
outcomes, not crashes, so they are caught here, once, and become :class:`Attempt` values that the
resolver folds into a :class:`~provenance.model.Resolution`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

import httpx

from provenance.errors import FetchError, OfflineMiss, PolicyRefused
from provenance.http import fetch
from provenance.model import Origin, Status


@dataclass(frozen=True, slots=True)
class Attempt:
    """The outcome of one GET: an answer, or the status that stands in for one."""

    url: str
    """The URL asked for."""
    response: httpx.Response | None
    """The answer, when there was one (any HTTP status)."""
    failure: Status | None = None
    """``skipped_offline``, ``skipped_policy`` or ``error`` when there was no answer."""
    reason: str = ""
    """Why there was no answer, in one line."""

    @property
    def origin(self) -> Origin | None:
        """Where the answer came from (``fixture`` in replay, ``cache``, ``live``)."""
        if self.response is None:
            return None
        value = self.response.extensions.get("provenance_origin", "live")
        return Origin(value)

    @property
    def request_line(self) -> str:
        """``GET <url>``, for naming a request that could not be made."""
        return f"GET {self.url}"


async def attempt(
    client: httpx.AsyncClient, url: str, headers: Mapping[str, str] | None = None
) -> Attempt:
    """GET ``url`` through the program's fetch policy and never raise for a per-item failure."""
    try:
        response = await fetch(client, url, headers=dict(headers or {}))
    except OfflineMiss as miss:
        return Attempt(url, None, Status.SKIPPED_OFFLINE, f"not recorded: {miss.method} {miss.url}")
    except PolicyRefused as refused:
        return Attempt(url, None, Status.SKIPPED_POLICY, str(refused))
    except FetchError as error:
        return Attempt(url, None, Status.ERROR, str(error))
    return Attempt(url, response)
