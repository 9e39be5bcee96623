"""Record: pass every exchange through and append it, secrets redacted, to a HAR 1.2 file.

The recorder sits above the cache, so answers served from the cache are recorded too: a
recording must hold everything the run saw, or replaying it would miss. The file is rewritten
atomically after each exchange, so an interrupted run still leaves a valid HAR with every
exchange completed so far. Recording into an existing file keeps its entries.
"""

from __future__ import annotations

import asyncio
import json
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx

from provenance.errors import DataError
from provenance.http.har import entry_from_exchange, har_problems, new_log, write_har


def _existing_log(path: Path) -> dict[str, Any]:
    if not path.exists():
        return new_log()
    try:
        doc = json.loads(path.read_text(encoding="utf-8-sig"))
    except (OSError, UnicodeError, ValueError) as exc:
        raise DataError(f"{path}: cannot append to it, not a readable HAR file ({exc})") from exc
    problems = har_problems(doc)
    if problems:
        raise DataError(f"{path}: cannot append to it, not valid HAR 1.2 ({problems[0]})")
    return doc


class RecordingTransport(httpx.AsyncBaseTransport):
    """Reads each answer in full, appends the exchange to the HAR file, and returns the answer."""

    def __init__(
        self,
        inner: httpx.AsyncBaseTransport,
        har_path: Path,
        extra_secrets: frozenset[str] = frozenset(),
    ) -> None:
        """Record ``inner``'s exchanges into ``har_path`` (created if missing)."""
        self._inner = inner
        self._path = Path(har_path)
        self._extra = extra_secrets
        self._doc = _existing_log(self._path)
        self._lock = asyncio.Lock()

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        """Forward, read the whole body (caps apply below), record, and answer."""
        started = datetime.now(UTC)
        clock = time.perf_counter()
        response = await self._inner.handle_async_request(request)
        try:
            if response.is_stream_consumed:
                body = response.content
            else:
                body = b"".join([chunk async for chunk in response.aiter_raw()])
        finally:
            await response.aclose()
        elapsed_ms = (time.perf_counter() - clock) * 1000
        entry = entry_from_exchange(
            request,
            response,
            body,
            started=started,
            elapsed_ms=elapsed_ms,
            extra_secrets=self._extra,
        )
        async with self._lock:
            self._doc["log"]["entries"].append(entry)
            write_har(self._path, self._doc)
        return httpx.Response(
            status_code=response.status_code,
            headers=response.headers,
            content=body,
            extensions=dict(response.extensions),
        )

    async def aclose(self) -> None:
        """Close the wrapped transport."""
        await self._inner.aclose()
