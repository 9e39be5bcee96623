"""Replay: serve recorded exchanges from a HAR file and never touch the network.

Requests are matched on :func:`provenance.http.redact.exchange_key` (method, URL with the query
sorted, form fields sorted, secret parameters matched by name). When one key was recorded several
times (a CDX 429 and then its 200, a post before and after deletion) the answers are served in
recorded order, and the last one again once they run out. An unrecorded request raises
``OfflineMiss``, which the resolver turns into a ``skipped_offline`` status.
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

import httpx

from provenance.errors import OfflineMiss
from provenance.http.har import HarExchange, load_har
from provenance.http.redact import exchange_key, form_text, redact_url, request_body
from provenance.model import Origin


class ReplayTransport(httpx.AsyncBaseTransport):
    """Answers from a HAR file; the file is read once, when the transport is built."""

    def __init__(self, har_path: Path | None, extra_secrets: frozenset[str] = frozenset()) -> None:
        """Load ``har_path`` (``DataError`` when it is not a readable HAR file).

        ``None`` replays an empty recording: fully offline, every request an ``OfflineMiss``
        (what ``check --offline`` without ``--fixtures`` does, e.g. in a pre-commit hook).
        """
        self._extra = extra_secrets
        self._recorded: dict[str, list[HarExchange]] = defaultdict(list)
        for exchange in load_har(har_path) if har_path is not None else ():
            key = exchange_key(exchange.method, exchange.url, extra_secrets, exchange.form)
            self._recorded[key].append(exchange)
        self._served: dict[str, int] = defaultdict(int)

    @property
    def keys(self) -> frozenset[str]:
        """Every recorded key, for diagnostics."""
        return frozenset(self._recorded)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        """Serve the next recorded answer for this request, or raise ``OfflineMiss``."""
        form = form_text(request.headers.get("content-type"), request_body(request))
        key = exchange_key(request.method, request.url, self._extra, form)
        answers = self._recorded.get(key)
        if not answers:
            raise OfflineMiss(request.method, redact_url(request.url, self._extra))
        index = min(self._served[key], len(answers) - 1)
        self._served[key] += 1
        exchange = answers[index]
        return httpx.Response(
            status_code=exchange.status,
            headers=list(exchange.headers),
            content=exchange.body,
            extensions={
                "provenance_origin": Origin.FIXTURE,
                "reason_phrase": exchange.reason.encode("latin-1", "replace"),
            },
        )
