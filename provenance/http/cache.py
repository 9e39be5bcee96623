"""The response cache: hishel's SQLite store, keeping successful GET/HEAD answers only.

hishel 2.0 in its default (non-RFC) mode keys entries by method and URL, ignores the server's
``Cache-Control`` (a verifier wants reproducible re-runs, not the publisher's freshness policy),
and stores a response only when it is a 2xx other than 206. Errors, 429s and redirects are never
stored, so a rate-limited or failing run cannot poison the next one. Save Page Now requests
bypass the store (a job's status changes from one poll to the next). Answers served from the
store are marked with origin ``cache``.
"""

from __future__ import annotations

from pathlib import Path

import httpx
from hishel import AsyncSqliteStorage
from hishel.httpx import AsyncCacheTransport

from provenance.http.timing import is_wayback_save
from provenance.model import Origin


class CacheTransport(httpx.AsyncBaseTransport):
    """hishel's cache transport, with the origin of each answer marked."""

    def __init__(self, inner: httpx.AsyncBaseTransport, path: Path, ttl: float) -> None:
        """Cache ``inner``'s successful answers in the SQLite file ``path`` for ``ttl`` seconds."""
        # hishel creates the parent directory (with a .gitignore in it) on first use.
        self._inner = inner
        storage = AsyncSqliteStorage(database_path=path, default_ttl=ttl)
        self._hishel = AsyncCacheTransport(next_transport=inner, storage=storage, rfc=False)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        """Serve from the store when possible; otherwise fetch and maybe store."""
        if is_wayback_save(request.url):
            response = await self._inner.handle_async_request(request)
            response.extensions.setdefault("provenance_origin", Origin.LIVE)
            return response
        response = await self._hishel.handle_async_request(request)
        status = response.extensions.get("caching")
        if status is not None and status.get("from_cache"):
            response.extensions["provenance_origin"] = Origin.CACHE
        else:
            response.extensions.setdefault("provenance_origin", Origin.LIVE)
        return response

    async def aclose(self) -> None:
        """Close the store and the wrapped transport."""
        await self._hishel.aclose()
