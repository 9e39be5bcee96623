"""HAR 1.2 files: the fixture format, read from our recordings or from browser devtools.

HAR (http://www.softwareishard.com/blog/har-12-spec/) is what Chrome and Firefox export from
their network panels, so an auditor can bring a recording made in a browser. A HAR body is the
*decoded* content: as ``text`` when it is text, or base64 with ``"encoding": "base64"``. The
headers beside it still describe the wire form (a browser keeps ``content-encoding: gzip``), so
the wire headers are dropped when an exchange is served again.

What is written here has passed through :mod:`provenance.http.redact` first.
"""

from __future__ import annotations

import base64
import binascii
import json
import os
import tempfile
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from email.message import Message
from pathlib import Path
from typing import Any

import httpx

from provenance.errors import DataError
from provenance.http.redact import (
    form_text,
    query_pairs,
    redact_form,
    redact_headers,
    redact_url,
    request_body,
)
from provenance.version import VERSION

HAR_VERSION = "1.2"

#: Headers about the wire form of a body, wrong for the decoded body a HAR holds.
WIRE_HEADERS = frozenset({"content-encoding", "content-length", "transfer-encoding"})

#: Fields every HAR 1.2 object must have, by object (the spec's required members).
REQUIRED = {
    "log": ("version", "creator", "entries"),
    "creator": ("name", "version"),
    "entry": ("startedDateTime", "time", "request", "response", "cache", "timings"),
    "request": (
        "method",
        "url",
        "httpVersion",
        "cookies",
        "headers",
        "queryString",
        "headersSize",
        "bodySize",
    ),
    "response": (
        "status",
        "statusText",
        "httpVersion",
        "cookies",
        "headers",
        "content",
        "redirectURL",
        "headersSize",
        "bodySize",
    ),
    "content": ("size", "mimeType"),
    "timings": ("send", "wait", "receive"),
}


@dataclass(frozen=True, slots=True)
class HarExchange:
    """One recorded request and its answer, ready to be served again."""

    method: str
    """Request method, upper-case."""
    url: str
    """Request URL as recorded (secrets already redacted in our own recordings)."""
    status: int
    """Response status code."""
    reason: str
    """Response status text."""
    headers: tuple[tuple[str, str], ...]
    """Response headers without pseudo-headers and wire-form headers."""
    body: bytes
    """Response body, decoded content."""
    form: str | None = None
    """The request's form body (``application/x-www-form-urlencoded``), part of the replay key."""
    started: str = ""
    """When the request was sent (the entry's ``startedDateTime``, ISO 8601), for archiving."""
    request_headers: tuple[tuple[str, str], ...] = ()
    """Request headers as recorded (secrets already redacted in our own recordings)."""
    request_body: bytes = b""
    """The request body as recorded (``postData.text``), empty for a GET."""


def charset_of(content_type: str | None) -> str | None:
    """The ``charset`` parameter of a Content-Type value, if any."""
    if not content_type:
        return None
    message = Message()
    message["content-type"] = content_type
    return message.get_content_charset()


def har_problems(doc: Any) -> list[str]:
    """What keeps ``doc`` from being valid HAR 1.2 (required members only); empty when valid."""
    if not isinstance(doc, Mapping) or not isinstance(doc.get("log"), Mapping):
        return ["no log object"]
    problems: list[str] = []

    def need(obj: Any, kind: str, where: str) -> None:
        if not isinstance(obj, Mapping):
            problems.append(f"{where}: {kind} is not an object")
            return
        problems.extend(f"{where}: {kind}.{f} missing" for f in REQUIRED[kind] if f not in obj)

    log = doc["log"]
    need(log, "log", "log")
    need(log.get("creator"), "creator", "log")
    entries = log.get("entries")
    if not isinstance(entries, list):
        return [*problems, "log.entries is not a list"]
    for i, entry in enumerate(entries):
        where = f"entry {i}"
        need(entry, "entry", where)
        if not isinstance(entry, Mapping):
            continue
        need(entry.get("request"), "request", where)
        need(entry.get("response"), "response", where)
        need(entry.get("timings"), "timings", where)
        response = entry.get("response")
        if isinstance(response, Mapping):
            need(response.get("content"), "content", where)
    return problems


def _decode_body(content: Mapping[str, Any], content_type: str | None) -> bytes:
    text = content.get("text")
    if text is None:
        return b""
    if not isinstance(text, str):
        raise ValueError("content.text is not a string")
    if content.get("encoding") == "base64":
        return base64.b64decode("".join(text.split()), validate=True)
    charset = charset_of(content.get("mimeType")) or charset_of(content_type) or "utf-8"
    try:
        return text.encode(charset)
    except (LookupError, UnicodeError):
        return text.encode("utf-8")


def _pairs(headers: Any) -> list[tuple[str, str]]:
    if not isinstance(headers, list):
        raise ValueError("headers is not a list")
    return [(str(h["name"]), str(h["value"])) for h in headers]


def _exchange(entry: Mapping[str, Any]) -> HarExchange | None:
    request, response = entry["request"], entry["response"]
    status = response["status"]
    if not isinstance(status, int) or isinstance(status, bool):
        raise ValueError(f"response.status is {status!r}")
    if status == 0:
        return None  # A browser's failed or blocked request: there is no answer to serve.
    headers = [
        (name, value)
        for name, value in _pairs(response.get("headers", []))
        if not name.startswith(":") and name.lower() not in WIRE_HEADERS
    ]
    content_type = next((v for k, v in headers if k.lower() == "content-type"), None)
    posted = request.get("postData") or {}
    form = form_text(posted.get("mimeType"), str(posted.get("text") or "").encode("utf-8"))
    return HarExchange(
        method=str(request["method"]).upper(),
        url=str(request["url"]),
        status=status,
        reason=str(response.get("statusText") or ""),
        headers=tuple(headers),
        body=_decode_body(response.get("content") or {}, content_type),
        form=form,
        started=str(entry.get("startedDateTime") or ""),
        request_headers=tuple(
            pair for pair in _pairs(request.get("headers", [])) if not pair[0].startswith(":")
        ),
        request_body=str(posted.get("text") or "").encode("utf-8"),
    )


def load_har(path: Path) -> tuple[HarExchange, ...]:
    """Read the exchanges of a HAR file, in recorded order; ``DataError`` names what is wrong."""
    try:
        doc = json.loads(Path(path).read_bytes().decode("utf-8-sig"))
    except (OSError, UnicodeError, ValueError) as exc:
        raise DataError(f"{path}: cannot read HAR file ({exc})") from exc
    log = doc.get("log") if isinstance(doc, dict) else None
    entries = log.get("entries") if isinstance(log, dict) else None
    if not isinstance(entries, list):
        raise DataError(f"{path}: not a HAR file (no log.entries list)")
    exchanges: list[HarExchange] = []
    for i, entry in enumerate(entries):
        try:
            exchange = _exchange(entry)
        except (KeyError, TypeError, ValueError, binascii.Error) as exc:
            raise DataError(f"{path}: HAR entry {i} is malformed ({exc!r})") from exc
        if exchange is not None:
            exchanges.append(exchange)
    return tuple(exchanges)


def encode_content(body: bytes, content_type: str | None) -> dict[str, Any]:
    """A HAR ``content`` object: text when the body round-trips through its charset, else base64."""
    content: dict[str, Any] = {"size": len(body), "mimeType": content_type or ""}
    charset = charset_of(content_type) or "utf-8"
    try:
        text = body.decode(charset)
        if text.encode(charset) == body:
            content["text"] = text
            return content
    except (LookupError, UnicodeError):
        pass
    content["text"] = base64.b64encode(body).decode("ascii")
    content["encoding"] = "base64"
    return content


def _header_list(pairs: Iterable[tuple[str, str]]) -> list[dict[str, str]]:
    return [{"name": k, "value": v} for k, v in redact_headers(pairs)]


def entry_from_exchange(
    request: httpx.Request,
    response: httpx.Response,
    body: bytes,
    *,
    started: datetime,
    elapsed_ms: float,
    extra_secrets: frozenset[str] = frozenset(),
) -> dict[str, Any]:
    """One HAR 1.2 entry for an exchange, with secrets redacted; ``body`` is the decoded body."""
    url = redact_url(request.url, extra_secrets)
    request_type = request.headers.get("content-type")
    sent = request_body(request)
    har_request: dict[str, Any] = {
        "method": request.method,
        "url": url,
        "httpVersion": "HTTP/1.1",
        "cookies": [],
        "headers": _header_list(request.headers.multi_items()),
        "queryString": [{"name": k, "value": v} for k, v in query_pairs(httpx.URL(url))],
        "headersSize": -1,
        "bodySize": len(sent),
    }
    if sent:
        form = form_text(request_type, sent)
        posted = (
            redact_form(form, extra_secrets)
            if form is not None
            else sent.decode("utf-8", "replace")
        )
        har_request["postData"] = {"mimeType": request_type or "", "text": posted}
    http_version = response.extensions.get("http_version", b"HTTP/1.1")
    return {
        "startedDateTime": started.isoformat(timespec="milliseconds"),
        "time": round(elapsed_ms, 3),
        "request": har_request,
        "response": {
            "status": response.status_code,
            "statusText": response.reason_phrase,
            "httpVersion": http_version.decode("ascii", "replace"),
            "cookies": [],
            "headers": _header_list(response.headers.multi_items()),
            "content": encode_content(body, response.headers.get("content-type")),
            "redirectURL": redact_url(response.headers["location"], extra_secrets)
            if "location" in response.headers
            else "",
            "headersSize": -1,
            "bodySize": len(body),
        },
        "cache": {},
        "timings": {"send": 0, "wait": round(elapsed_ms, 3), "receive": 0},
    }


def new_log() -> dict[str, Any]:
    """An empty HAR 1.2 document created by provenance."""
    return {
        "log": {
            "version": HAR_VERSION,
            "creator": {"name": "provenance", "version": VERSION},
            "entries": [],
        }
    }


def write_har(path: Path, doc: Mapping[str, Any]) -> None:
    """Write ``doc`` to ``path`` atomically (a reader never sees half a file)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            json.dump(doc, out, ensure_ascii=False, indent=1)
            out.write("\n")
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
