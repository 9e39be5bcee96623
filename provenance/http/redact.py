"""Secrets out of recordings, and the key that matches a request to a recorded exchange.

A HAR file is evidence meant to be shared with auditors, so credentials must never reach it:
the headers in :data:`SECRET_HEADERS` and the query or form parameters in :data:`SECRET_PARAMS`
are written as :data:`REDACTED`. Because the recording no longer holds the real value, replay
leaves secret parameters out of the match altogether, so ``token=abc`` today matches
``token=REDACTED`` recorded last year, and a browser export that dropped the token as well.
"""

from __future__ import annotations

from collections.abc import Iterable
from urllib.parse import parse_qsl, quote, urlencode

import httpx

REDACTED = "REDACTED"
FORM_TYPE = "application/x-www-form-urlencoded"

#: Request and response headers that carry credentials or session state.
SECRET_HEADERS = frozenset(
    {
        "authorization",
        "proxy-authorization",
        "cookie",
        "set-cookie",
        "set-cookie2",
        "x-api-key",
        "x-auth-token",
        "x-access-token",
        "x-csrf-token",
        "x-guest-token",
    }
)

#: Query and form parameters that carry credentials or signatures (compared case-insensitively).
SECRET_PARAMS = frozenset(
    {
        "token",
        "access_token",
        "refresh_token",
        "id_token",
        "oauth_token",
        "api_key",
        "apikey",
        "key",
        "auth",
        "sig",
        "signature",
        "secret",
        "client_secret",
        "password",
        "passwd",
        "sessionid",
        "x-amz-signature",
        "x-amz-credential",
        "x-amz-security-token",
        "x-goog-signature",
        "x-goog-credential",
    }
)


def is_secret_param(name: str, extra: frozenset[str] = frozenset()) -> bool:
    """True when a query or form parameter called ``name`` must not be recorded."""
    lowered = name.lower()
    return lowered in SECRET_PARAMS or lowered in extra


def redact_headers(pairs: Iterable[tuple[str, str]]) -> list[tuple[str, str]]:
    """Header pairs with the values of secret headers replaced by :data:`REDACTED`."""
    return [(k, REDACTED if k.lower() in SECRET_HEADERS else v) for k, v in pairs]


def redact_pairs(
    pairs: Iterable[tuple[str, str]], extra: frozenset[str] = frozenset()
) -> list[tuple[str, str]]:
    """Query or form pairs with the values of secret parameters replaced by :data:`REDACTED`."""
    return [(k, REDACTED if is_secret_param(k, extra) else v) for k, v in pairs]


def query_pairs(url: httpx.URL) -> list[tuple[str, str]]:
    """The decoded query parameters of ``url``, in order, blanks kept."""
    return parse_qsl(url.query.decode("ascii", "replace"), keep_blank_values=True)


def encode_pairs(pairs: Iterable[tuple[str, str]]) -> str:
    """A query string in one canonical percent-encoding (spaces as ``%20``)."""
    return urlencode(list(pairs), quote_via=quote, safe="")


def redact_form(text: str, extra: frozenset[str] = frozenset()) -> str:
    """An ``application/x-www-form-urlencoded`` body with secret fields redacted."""
    pairs = parse_qsl(text, keep_blank_values=True)
    if not any(is_secret_param(k, extra) for k, _ in pairs):
        return text
    return encode_pairs(redact_pairs(pairs, extra))


def redact_url(url: str | httpx.URL, extra: frozenset[str] = frozenset()) -> str:
    """``url`` with secret query values and any user:password part redacted.

    A URL without secrets comes back exactly as given, so recordings keep the spelling seen.
    """
    parsed = httpx.URL(url)
    pairs = query_pairs(parsed)
    if parsed.userinfo:
        parsed = parsed.copy_with(username=REDACTED, password=None)
    if any(is_secret_param(k, extra) for k, _ in pairs):
        parsed = parsed.copy_with(query=encode_pairs(redact_pairs(pairs, extra)).encode("ascii"))
    return str(parsed) if parsed != httpx.URL(url) else str(url)


def exchange_key(
    method: str,
    url: str | httpx.URL,
    extra: frozenset[str] = frozenset(),
    form: str | None = None,
) -> str:
    """What replay matches on: the method and the URL without secrets, the query sorted.

    The fragment is dropped (it never reaches the server) and the scheme, host and default port
    are normalised by httpx, so spellings of one request meet in one key. A form body (``form``,
    as sent) is part of the key the same way, so two Save Page Now submissions of different URLs
    to the one endpoint stay apart.
    """
    parsed = httpx.URL(url)
    pairs = sorted((k, v) for k, v in query_pairs(parsed) if not is_secret_param(k, extra))
    canonical = parsed.copy_with(
        query=encode_pairs(pairs).encode("ascii") if pairs else None, fragment=None
    )
    key = f"{method.upper()} {canonical}"
    if form:
        fields = sorted(redact_pairs(parse_qsl(form, keep_blank_values=True), extra))
        key += " " + encode_pairs(fields)
    return key


def request_body(request: httpx.Request) -> bytes:
    """The request body when it is in memory; empty for an unread stream (a redirect hop)."""
    try:
        return request.content
    except httpx.RequestNotRead:
        return b""


def form_text(content_type: str | None, body: bytes) -> str | None:
    """The body as form text when it is ``application/x-www-form-urlencoded``, else None."""
    if not body or not content_type:
        return None
    if content_type.split(";", 1)[0].strip().lower() != FORM_TYPE:
        return None
    return body.decode("utf-8", "replace")
