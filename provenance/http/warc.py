"""WARC export: the HTTP exchanges behind a run, as WARC 1.1 records for an archive to keep.

Web archives store and replay WARC (ISO 28500; pywb and ReplayWeb.page read it), so this is the
form in which an archive team or an auditor keeps what a check saw. Exchanges come from a HAR
recording: one of ours (secrets already redacted) or one a browser's network panel exported
(redacted here on the way, with the same rules as our recordings). Each exchange becomes a
``response`` record and a ``request`` record linked by ``WARC-Concurrent-To``, both dated by the
HAR entry's ``startedDateTime``; a ``warcinfo`` record opens the file and says where it came from.

A HAR holds *decoded* bodies, so the wire headers (``Content-Encoding``, ``Transfer-Encoding``,
``Content-Length``) are already gone and the real length is set (warcio's documented gotcha,
reference/libraries.md §9). Records are written by hand with warcio's builder: its
``capture_http`` does not see httpx.

The file is written beside its target and renamed into place, and an existing file is never
replaced: a WARC is evidence.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime
from io import BytesIO
from pathlib import Path

import httpx
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from provenance.errors import DataError, InputError
from provenance.http.har import HarExchange, load_har
from provenance.http.redact import redact_headers, redact_url
from provenance.version import VERSION

#: The WARC version written (1.1 allows sub-second ``WARC-Date``).
WARC_VERSION = "1.1"


def warc_date(started: str) -> str:
    """A HAR ``startedDateTime`` as a WARC 1.1 date (UTC, ``Z``, microseconds when present)."""
    try:
        when = datetime.fromisoformat(started.replace("Z", "+00:00"))
    except ValueError:
        raise DataError(f"startedDateTime {started!r} is not an ISO 8601 date") from None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)  # HAR requires an offset; a bare time is read as UTC
    spec = "microseconds" if when.microsecond else "seconds"
    return when.astimezone(UTC).isoformat(timespec=spec).replace("+00:00", "Z")


def _request_target(url: httpx.URL) -> str:
    target = url.raw_path.decode("ascii")
    return target or "/"


def _records(writer: WARCWriter, exchange: HarExchange) -> tuple[object, object]:
    """The response record and its request record for one exchange."""
    uri = redact_url(exchange.url)
    try:
        date = warc_date(exchange.started) if exchange.started else None
    except DataError as error:
        raise DataError(f"the exchange with {uri}: {error}") from None
    dated = {"WARC-Date": date} if date else {}
    headers = [*redact_headers(exchange.headers), ("Content-Length", str(len(exchange.body)))]
    status_line = f"{exchange.status} {exchange.reason}".strip()
    response = writer.create_warc_record(
        uri, "response", payload=BytesIO(exchange.body), length=len(exchange.body),
        http_headers=StatusAndHeaders(status_line, headers, protocol="HTTP/1.1"),
        warc_headers_dict=dict(dated),
    )
    parsed = httpx.URL(uri)
    sent = list(redact_headers(exchange.request_headers))
    if not any(name.lower() == "host" for name, _ in sent):
        sent.insert(0, ("Host", parsed.netloc.decode("ascii")))
    request = writer.create_warc_record(
        uri, "request", payload=BytesIO(exchange.request_body),
        length=len(exchange.request_body),
        http_headers=StatusAndHeaders(f"{exchange.method} {_request_target(parsed)} HTTP/1.1",
                                      sent, protocol="HTTP/1.1", is_http_request=True),
        warc_headers_dict=dict(dated),
    )
    request.rec_headers.add_header(
        "WARC-Concurrent-To", response.rec_headers.get_header("WARC-Record-ID"))
    return response, request


def write_warc(exchanges: Iterable[HarExchange], target: Path, *, description: str) -> int:
    """Write ``exchanges`` to a new gzipped WARC at ``target``; return how many were written.

    ``InputError`` when ``target`` exists (it is never replaced); ``DataError`` when an exchange
    cannot be dated.
    """
    target = Path(target)
    if target.exists():
        raise InputError(f"{target}: already exists; a WARC is evidence, write a new file")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        handle, temp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.",
                                        suffix=".tmp")
    except OSError as error:
        raise InputError(f"{target}: cannot write there ({error.strerror or error})") from None
    count = 0
    try:
        with os.fdopen(handle, "wb") as out:
            writer = WARCWriter(out, gzip=True, warc_version=WARC_VERSION)
            writer.write_record(writer.create_warcinfo_record(target.name, {
                "software": f"provenance {VERSION}",
                "format": f"WARC File Format {WARC_VERSION}",
                "description": description,
            }))
            for exchange in exchanges:
                response, request = _records(writer, exchange)
                writer.write_record(response)
                writer.write_record(request)
                count += 1
        if target.exists():  # appeared while writing: still never replaced
            raise InputError(f"{target}: already exists; a WARC is evidence, write a new file")
        os.replace(temp, target)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
    return count


def har_to_warc(recordings: Sequence[Path], target: Path, *, skip: int = 0,
                description: str | None = None) -> int:
    """Convert HAR recordings (ours or a browser's) into one new WARC; return the exchanges.

    ``skip`` leaves out that many exchanges at the start (those a recording held before a run);
    ``description`` goes into the ``warcinfo`` record (by default it names the recordings).
    """
    exchanges: list[HarExchange] = []
    for path in recordings:
        if not Path(path).is_file():
            raise InputError(f"{path}: no such HAR file")
        exchanges.extend(load_har(Path(path)))
    names = ", ".join(Path(p).name for p in recordings)
    return write_warc(exchanges[skip:], target,
                      description=description or f"HTTP exchanges converted from {names}")

