"""Size caps: declared length, streamed bytes, decompressed bytes, redirects."""

from __future__ import annotations

import gzip
import zlib
from collections.abc import AsyncIterator

import httpx
import pytest
from http_helpers import make_options

from provenance.errors import FetchError, ResponseTooLarge
from provenance.http import fetch, make_client


class Chunks(httpx.AsyncByteStream):
    """A body that arrives in pieces, with no Content-Length (constructed)."""

    def __init__(self, *chunks: bytes) -> None:
        self.chunks = chunks

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for chunk in self.chunks:
            yield chunk


def _client(handler, **changes: object) -> httpx.AsyncClient:  # type: ignore[no-untyped-def]
    return make_client(make_options(**changes), transport=httpx.MockTransport(handler))


async def test_declared_length_over_cap_is_refused():
    """Content-Length above max_body_bytes fails before the body is read."""
    handler = lambda request: httpx.Response(200, content=b"x" * 2000)  # noqa: E731
    async with _client(handler, max_body_bytes=1000) as client:
        with pytest.raises(ResponseTooLarge, match="Content-Length 2000"):
            await fetch(client, "https://example.org/big")


async def test_streamed_body_over_cap_is_refused():
    """Without Content-Length, the bytes are counted as they arrive."""
    handler = lambda request: httpx.Response(200, stream=Chunks(b"a" * 600, b"b" * 600))  # noqa: E731
    async with _client(handler, max_body_bytes=1000) as client:
        with pytest.raises(ResponseTooLarge, match="body over 1000 bytes"):
            await fetch(client, "https://example.org/big")


async def test_compression_bomb_is_stopped_at_the_decoded_cap():
    """A few KB of gzip that would inflate to 5 MB stops at max_decompressed_bytes."""
    bomb = gzip.compress(b"\0" * 5_000_000)
    assert len(bomb) < 10_000

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, stream=Chunks(bomb), headers={"content-encoding": "gzip"})

    async with _client(handler, max_decompressed_bytes=1_000_000) as client:
        with pytest.raises(ResponseTooLarge, match="decoded body over 1000000"):
            await fetch(client, "https://example.org/bomb")


@pytest.mark.parametrize(
    ("encoding", "compress"),
    [
        ("gzip", gzip.compress),
        ("deflate", zlib.compress),
        ("deflate", lambda data: zlib.compress(data)[2:-4]),  # raw deflate, sent by some servers
    ],
)
async def test_compressed_bodies_under_the_cap_are_decoded(encoding, compress):  # type: ignore[no-untyped-def]
    """gzip, zlib-deflate and raw deflate all arrive decoded, wire headers dropped."""
    text = "عاجل: بيان وزارة الخارجية " * 200
    wire = compress(text.encode())

    def handler(request: httpx.Request) -> httpx.Response:
        half = len(wire) // 2
        return httpx.Response(
            200,
            stream=Chunks(wire[:half], wire[half:]),
            headers={"content-encoding": encoding, "content-length": str(len(wire))},
        )

    async with _client(handler) as client:
        response = await fetch(client, "https://example.org/page")
    assert response.text == text
    assert "content-encoding" not in response.headers


async def test_unadvertised_encoding_is_refused():
    """Brotli was never asked for and cannot be decoded with a bound: FetchError."""
    handler = lambda request: httpx.Response(  # noqa: E731
        200, stream=Chunks(b"??"), headers={"content-encoding": "br"}
    )
    async with _client(handler) as client:
        with pytest.raises(FetchError, match="unsupported Content-Encoding 'br'"):
            await fetch(client, "https://example.org/br")


async def test_requests_advertise_only_bounded_encodings():
    """The client asks for gzip and deflate only, with the configured User-Agent."""
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200)

    async with _client(handler, user_agent="provenance-test/1") as client:
        await fetch(client, "https://example.org/")
    assert seen[0].headers["accept-encoding"] == "gzip, deflate"
    assert seen[0].headers["user-agent"] == "provenance-test/1"


async def test_too_many_redirects_is_response_too_large():
    """A redirect loop stops at max_redirects."""
    calls = 0

    def handler(request: httpx.Request) -> httpx.Response:
        nonlocal calls
        calls += 1
        return httpx.Response(302, headers={"location": f"https://example.org/{calls}"})

    async with _client(handler, max_redirects=3) as client:
        with pytest.raises(ResponseTooLarge, match="more than 3 redirects"):
            await fetch(client, "https://example.org/0")
    assert calls == 4


async def test_corrupt_gzip_is_a_fetch_error_naming_the_url():
    """A body that claims gzip but is not becomes a FetchError, not a zlib error."""
    handler = lambda request: httpx.Response(  # noqa: E731
        200, stream=Chunks(b"this is not gzip"), headers={"content-encoding": "gzip"}
    )
    async with _client(handler) as client:
        with pytest.raises(FetchError, match=r"https://example\.org/z: corrupt"):
            await fetch(client, "https://example.org/z")
