"""Size caps on what a server may send, and the bounded decoding that makes them enforceable.

The cap on wire bytes is checked against ``Content-Length`` before reading and against the bytes
actually streamed. The cap on decoded bytes needs the decoding to happen here: httpx decodes
gzip/deflate in one unbounded step when the body is read, so a few kilobytes of compressed zeros
could become gigabytes. ``zlib``'s ``max_length`` lets us inflate a bounded amount at a time and
stop at the cap. The client only advertises gzip and deflate, so other encodings are refused.
"""

from __future__ import annotations

import zlib
from collections.abc import AsyncIterator

import httpx

from provenance.errors import FetchError, ResponseTooLarge
from provenance.http.options import HttpOptions
from provenance.model import Origin

ACCEPT_ENCODING = "gzip, deflate"

#: zlib ``wbits`` per Content-Encoding: gzip framing, or zlib framing for deflate (raw deflate,
#: which some servers send instead, is tried when zlib framing fails on the first chunk).
ZLIB_WBITS = {"gzip": 16 + zlib.MAX_WBITS, "x-gzip": 16 + zlib.MAX_WBITS, "deflate": zlib.MAX_WBITS}
IDENTITY_ENCODINGS = frozenset({"", "identity"})

#: Bytes inflated per step, so one small compressed chunk cannot allocate a huge buffer.
INFLATE_STEP = 64 * 1024

#: Headers that describe the wire form of the body and are wrong once it is decoded here.
WIRE_HEADERS = ("content-encoding", "content-length", "transfer-encoding")


class _Inflater:
    """Incremental gzip/deflate decoding, ``INFLATE_STEP`` bytes of output at a time."""

    def __init__(self, encoding: str) -> None:
        self._encoding = encoding
        self._zlib = zlib.decompressobj(ZLIB_WBITS[encoding])
        self._started = False

    def feed(self, chunk: bytes) -> list[bytes]:
        """Decode one wire chunk into bounded pieces of output."""
        if not self._started and self._encoding == "deflate":
            self._started = True
            try:
                return self._drain(chunk)
            except zlib.error:
                self._zlib = zlib.decompressobj(-zlib.MAX_WBITS)
        self._started = True
        return self._drain(chunk)

    def _drain(self, data: bytes) -> list[bytes]:
        pieces: list[bytes] = []
        while data:
            piece = self._zlib.decompress(data, INFLATE_STEP)
            if piece:
                pieces.append(piece)
            data = self._zlib.unconsumed_tail
            if not piece and not data:
                break
        return pieces

    def flush(self) -> bytes:
        """The output still buffered at the end of the input."""
        return self._zlib.flush()


async def _single(body: bytes) -> AsyncIterator[bytes]:
    """A body already in memory, as a one-chunk stream."""
    yield body


async def _capped(
    raw: AsyncIterator[bytes], url: httpx.URL, encoding: str, options: HttpOptions
) -> AsyncIterator[bytes]:
    """Yield the decoded body, raising ``ResponseTooLarge`` as soon as a cap is passed."""
    inflater = _Inflater(encoding) if encoding not in IDENTITY_ENCODINGS else None
    wire = decoded = 0
    async for chunk in raw:
        wire += len(chunk)
        if wire > options.max_body_bytes:
            raise ResponseTooLarge(f"{url}: body over {options.max_body_bytes} bytes")
        pieces = inflater.feed(chunk) if inflater else [chunk]
        for piece in pieces:
            decoded += len(piece)
            if decoded > options.max_decompressed_bytes:
                raise ResponseTooLarge(
                    f"{url}: decoded body over {options.max_decompressed_bytes} bytes"
                )
            yield piece
    if inflater:
        try:
            tail = inflater.flush()
        except zlib.error as exc:
            raise FetchError(f"{url}: corrupt {encoding} body ({exc})") from exc
        if decoded + len(tail) > options.max_decompressed_bytes:
            raise ResponseTooLarge(
                f"{url}: decoded body over {options.max_decompressed_bytes} bytes"
            )
        if tail:
            yield tail


class _CappedStream(httpx.AsyncByteStream):
    """The decoded, capped body; closing it closes the wire response."""

    def __init__(
        self, response: httpx.Response, chunks: AsyncIterator[bytes], url: httpx.URL
    ) -> None:
        self._response = response
        self._chunks = chunks
        self._url = url

    async def __aiter__(self) -> AsyncIterator[bytes]:
        try:
            async for chunk in self._chunks:
                yield chunk
        except zlib.error as exc:
            raise FetchError(f"{self._url}: corrupt compressed body ({exc})") from exc

    async def aclose(self) -> None:
        await self._response.aclose()


class LimitTransport(httpx.AsyncBaseTransport):
    """Caps body sizes, decodes gzip/deflate boundedly, and marks answers with their origin."""

    def __init__(self, inner: httpx.AsyncBaseTransport, options: HttpOptions) -> None:
        """Wrap the transport that talks to the network (or serves fixtures)."""
        self._inner = inner
        self._options = options

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        """Forward the request; answer with a response whose body obeys the caps."""
        response = await self._inner.handle_async_request(request)
        options = self._options
        declared = response.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > options.max_body_bytes:
            await response.aclose()
            raise ResponseTooLarge(
                f"{request.url}: Content-Length {declared} over {options.max_body_bytes} bytes"
            )
        encoding = response.headers.get("content-encoding", "").strip().lower()
        if response.is_stream_consumed:
            # Built in memory (MockTransport handlers, hishel): httpx already decoded it.
            raw: AsyncIterator[bytes] = _single(response.content)
            wire_encoding = ""
        else:
            raw = response.aiter_raw()
            wire_encoding = encoding
        if wire_encoding not in IDENTITY_ENCODINGS and wire_encoding not in ZLIB_WBITS:
            await response.aclose()
            raise FetchError(f"{request.url}: unsupported Content-Encoding {encoding!r}")
        headers = response.headers.copy()
        if encoding not in IDENTITY_ENCODINGS:
            for name in WIRE_HEADERS:
                headers.pop(name, None)
        extensions = dict(response.extensions)
        extensions.setdefault("provenance_origin", Origin.LIVE)
        chunks = _capped(raw, request.url, wire_encoding, options)
        return httpx.Response(
            status_code=response.status_code,
            headers=headers,
            stream=_CappedStream(response, chunks, request.url),
            extensions=extensions,
        )

    async def aclose(self) -> None:
        """Close the wrapped transport."""
        await self._inner.aclose()
