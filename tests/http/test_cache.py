"""The cache stores successful answers only and marks what it serves."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest
from http_helpers import make_options

from provenance.http import fetch, make_client


class CountingServer:
    """A constructed origin answering one fixed status and counting the requests."""

    def __init__(self, status: int) -> None:
        self.status = status
        self.calls = 0

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.calls += 1
        return httpx.Response(self.status, text=f"answer {self.calls}: بغداد")


async def _twice(tmp_path: Path, status: int) -> tuple[CountingServer, list[httpx.Response]]:
    server = CountingServer(status)
    # retry_attempts=1: the cache is the subject here, not the retry policy.
    options = make_options(cache_path=tmp_path / "cache" / "http.sqlite", retry_attempts=1)
    async with make_client(options, transport=httpx.MockTransport(server)) as client:
        answers = [await fetch(client, "https://example.org/post") for _ in range(2)]
    return server, answers


async def test_cache_stores_a_200_and_serves_it_with_origin_cache(tmp_path: Path):
    """The second request never reaches the server and says it came from the cache."""
    server, (first, second) = await _twice(tmp_path, 200)
    assert server.calls == 1
    assert first.extensions["provenance_origin"] == "live"
    assert second.extensions["provenance_origin"] == "cache"
    assert second.text == first.text == "answer 1: بغداد"


@pytest.mark.parametrize("status", [429, 500, 503, 404, 403])
async def test_cache_never_stores_errors_or_rate_limits(tmp_path: Path, status: int):
    """Errors and 429s are fetched again every time."""
    server, answers = await _twice(tmp_path, status)
    assert server.calls == 2
    assert [a.status_code for a in answers] == [status, status]
    assert [a.extensions["provenance_origin"] for a in answers] == ["live", "live"]
    assert answers[1].text == "answer 2: بغداد"


async def test_cache_persists_across_clients(tmp_path: Path):
    """A new client on the same file is served from the store."""
    server = CountingServer(200)
    options = make_options(cache_path=tmp_path / "http.sqlite")
    for _ in range(2):
        async with make_client(options, transport=httpx.MockTransport(server)) as client:
            answer = await fetch(client, "https://example.org/post")
    assert server.calls == 1
    assert answer.extensions["provenance_origin"] == "cache"


async def test_no_cache_path_means_no_cache(tmp_path: Path):
    """Without cache_path every request is fetched."""
    server = CountingServer(200)
    async with make_client(make_options(), transport=httpx.MockTransport(server)) as client:
        for _ in range(2):
            await fetch(client, "https://example.org/post")
    assert server.calls == 2
