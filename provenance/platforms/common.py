"""Helpers every platform module shares: URL splitting, embed markup lookup, answer reading.

Nothing here knows a platform. URL helpers accept the spellings articles really contain
(protocol-relative ``//host/…``, scheme-less ``host/…``, HTML-escaped ``&amp;``); markup helpers
walk a BeautifulSoup tree; reading helpers turn the failure shapes every HTTP API shares
(429, 5xx, a body that is not JSON) into :class:`Reading` values, never exceptions.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any
from urllib.parse import parse_qs, quote, urlsplit

from provenance.model import Status
from provenance.platforms.base import Reading

#: Attributes that hold an iframe's address (lazy loaders move ``src`` aside).
IFRAME_SOURCE_ATTRS = ("src", "data-src", "data-lazy-src", "data-url")
#: Environment variables that may hold a Meta app token for oEmbed (first found wins).
META_TOKEN_VARS = ("PROVENANCE_META_TOKEN", "META_OEMBED_TOKEN")
#: Graph API version used for Meta oEmbed.
META_GRAPH_VERSION = "v23.0"

_SCHEME = re.compile(r"^[a-z][a-z0-9+.-]{0,15}://", re.IGNORECASE)
_SPACES = re.compile(r"\s+")


@dataclass(frozen=True, slots=True)
class SplitUrl:
    """A URL cut into the parts platform parsers look at."""

    host: str
    """Lower-case host without port or trailing dot."""
    path: str
    """The path, as written (case kept: shortcodes are case-sensitive)."""
    query: dict[str, str]
    """First value of each query parameter."""
    fragment: str
    """The fragment, without ``#``."""

    def segments(self) -> list[str]:
        """Non-empty path segments."""
        return [part for part in self.path.split("/") if part]


# Every platform's parse_url splits the same URL in turn when the registry asks which one owns
# it; the split is pure, so one per distinct URL is enough.
@functools.lru_cache(maxsize=1024)
def split_url(url: str) -> SplitUrl | None:
    """Split a URL as articles write it; None when it has no host or is not web-like."""
    url = url.strip().replace("&amp;", "&")
    if url.startswith("//"):
        url = "https:" + url
    elif not _SCHEME.match(url):
        url = "https://" + url
    try:
        parts = urlsplit(url)
        host = (parts.hostname or "").rstrip(".").lower()
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not host:
        return None
    query = {key: values[0] for key, values in parse_qs(parts.query).items() if values}
    return SplitUrl(host, parts.path, query, parts.fragment)


def encode(url: str) -> str:
    """Percent-encode a URL for use as a query parameter value."""
    return quote(url, safe="")


def has_class(tag: Any, name: str) -> bool:
    """True when the element's ``class`` attribute contains ``name``."""
    classes = tag.get("class") or ()
    if isinstance(classes, str):
        classes = classes.split()
    return name in classes


def elements(tree: Any, tag: str | list[str],
             css_class: str | list[str] | None = None) -> Iterator[Any]:
    """Elements named ``tag`` (optionally with ``css_class``) in document order."""
    if tree is None or not hasattr(tree, "find_all"):
        return iter(())
    if css_class is None:
        return iter(tree.find_all(tag))
    return iter(tree.find_all(tag, class_=css_class))


def iframe_sources(tree: Any) -> Iterator[tuple[Any, str]]:
    """Each ``iframe`` (and old ``embed``) with its address, protocol-relative ones included."""
    for element in elements(tree, ["iframe", "embed"]):
        for attr in IFRAME_SOURCE_ATTRS:
            value = element.get(attr)
            if isinstance(value, str) and value.strip():
                yield element, value.strip()
                break


def element_text(tag: Any) -> str:
    """The element's text with whitespace collapsed."""
    return _SPACES.sub(" ", tag.get_text(" ")).strip()


def flat_text(tag: Any) -> str:
    """The element's text as a reader sees it (no spaces added at tag edges), for footers.

    ``Emily Liu (<a>@emilyliu.me</a>)`` must read ``Emily Liu (@emilyliu.me)``, which
    :func:`element_text` would break into ``( @emilyliu.me )``.
    """
    return _SPACES.sub(" ", tag.get_text("")).strip()


def load_json(body: bytes) -> Any:
    """Parse a JSON body; None when it is not JSON (an HTML error page, ``Forbidden``)."""
    try:
        return json.loads(body.decode("utf-8", errors="replace"))
    except ValueError:
        return None


def header(headers: Mapping[str, str], name: str) -> str:
    """A header value, looked up case-insensitively ('' when absent)."""
    wanted = name.lower()
    for key, value in headers.items():
        if key.lower() == wanted:
            return value
    return ""


def http_failure(title: str, status_code: int, headers: Mapping[str, str]) -> Reading | None:
    """The reading for failures every API shares (429, 5xx); None for other statuses."""
    if status_code == 429:
        retry = header(headers, "retry-after")
        wait = f" (Retry-After: {retry})" if retry else ""
        return Reading(Status.RATE_LIMITED, f"{title} answered 429 Too Many Requests{wait}")
    if status_code >= 500:
        return Reading(Status.ERROR, f"{title} answered HTTP {status_code}: server error",
                       decisive=False)
    return None


def unexpected(title: str, status_code: int, body: bytes) -> Reading:
    """The reading for an answer no rule covers: an error quoting the start of the body."""
    snippet = body[:120].decode("utf-8", errors="replace").strip()
    return Reading(Status.ERROR, f"{title} answered HTTP {status_code} unexpectedly: {snippet!r}",
                   decisive=False)


def meta_token(env: Mapping[str, str]) -> str | None:
    """The Meta app token from the environment, if one is set."""
    for name in META_TOKEN_VARS:
        value = env.get(name, "").strip()
        if value:
            return value
    return None


def meta_token_hint() -> str:
    """How to give the run a Meta app token (the environment variables it reads)."""
    return "set " + " or ".join(META_TOKEN_VARS)


#: Graph API error codes that mean "slow down" (application, user and page rate limits).
GRAPH_RATE_CODES = frozenset({4, 17, 32, 613})
#: Graph API error codes about the token: bad, expired, or missing (104, "An access token is
#: required to request this resource") — the run's fault, not the post's.
GRAPH_TOKEN_CODES = frozenset({102, 104, 190})


def read_meta_oembed(title: str, status_code: int, headers: Mapping[str, str], body: bytes,
                     *, tokenless: bool = False) -> tuple[Reading | None, str | None]:
    """Read a Meta (Graph) oEmbed answer to a request made with a token or ``tokenless``.

    Returns ``(reading, html)``: a failure reading and None, or None and the embed ``html`` for
    the caller to read author and text from (Meta stopped sending ``author_name`` in 2025).
    A token error on a tokenless request is a policy skip that says which variable to set.
    """
    failure = http_failure(title, status_code, headers)
    if failure is not None:
        return failure, None
    data = load_json(body)
    if status_code == 200 and isinstance(data, dict) and isinstance(data.get("html"), str):
        return None, data["html"]
    error = data.get("error") if isinstance(data, dict) else None
    if isinstance(error, dict):
        code = error.get("code")
        message = str(error.get("message", ""))[:200]
        if code in GRAPH_RATE_CODES:
            limit = f" (tokenless: 1,000 an hour; a token raises it: {meta_token_hint()})" \
                if tokenless else ""
            return Reading(Status.RATE_LIMITED, f"{title} oEmbed rate limit: {message}{limit}"), \
                None
        if code in GRAPH_TOKEN_CODES and tokenless:
            return Reading(Status.SKIPPED_POLICY, f"{title} oEmbed wants a Meta app token "
                           f"({meta_token_hint()}): {message}"), None
        if code in GRAPH_TOKEN_CODES:
            return Reading(Status.ERROR, f"{title} oEmbed refused the token: {message}",
                           decisive=False), None
        # Meta gives one answer for deleted, private and never-existing posts.
        return Reading(Status.NOT_FOUND_UNKNOWN,
                       f"{title} oEmbed cannot show the post (deleted, private or never "
                       f"existed): {message}"), None
    if status_code == 404:
        return Reading(Status.NOT_FOUND_UNKNOWN, f"{title} oEmbed answered 404"), None
    return unexpected(f"{title} oEmbed", status_code, body), None


def oembed_json(title: str, status_code: int, headers: Mapping[str, str],
                body: bytes) -> tuple[Reading | None, dict[str, Any] | None]:
    """Common start of reading a plain oEmbed answer: a failure reading, or the JSON object."""
    failure = http_failure(title, status_code, headers)
    if failure is not None:
        return failure, None
    data = load_json(body)
    if status_code == 200 and isinstance(data, dict):
        return None, data
    if status_code == 200:
        snippet = body[:80].decode("utf-8", errors="replace").strip()
        return Reading(Status.ERROR, f"{title} oEmbed answered 200 without JSON: {snippet!r}",
                       decisive=False), None
    return None, None


# --------------------------------------------------------------------------- archived pages


@dataclass(frozen=True, slots=True)
class PageMeta:
    """What an archived post page says about itself in its ``<meta>`` tags."""

    tree: Any
    """The parsed page."""
    title: str | None
    """``og:title`` (or ``twitter:title``)."""
    description: str | None
    """``og:description`` (or ``twitter:description``, ``description``)."""
    published: str | None
    """A machine publication time (``article:published_time``, ``datePublished`` …)."""


#: Meta names that carry a page's publication time, best first.
PUBLISHED_KEYS = ("article:published_time", "og:published_time", "datePublished", "uploadDate")


def page_meta(body: bytes) -> PageMeta:
    """Parse an archived page and collect its ``og:``/``twitter:`` tags."""
    from bs4 import BeautifulSoup  # here: a text article never needs it
    tree = BeautifulSoup(body, "html.parser")
    found: dict[str, str] = {}
    for tag in tree.find_all("meta"):
        key = tag.get("property") or tag.get("name") or tag.get("itemprop")
        value = tag.get("content")
        if isinstance(key, str) and isinstance(value, str) and key not in found:
            found[key] = value.strip()
    title = found.get("og:title") or found.get("twitter:title")
    description = found.get("og:description") or found.get("twitter:description") \
        or found.get("description")
    published = next((found[k] for k in PUBLISHED_KEYS if found.get(k)), None)
    return PageMeta(tree, title or None, description or None, published)


def parse_time(value: str | None) -> datetime | None:
    """An ISO 8601 time as UTC (a date alone counts as midnight UTC); None when unreadable."""
    if not value:
        return None
    try:
        parsed = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    return parsed.astimezone(UTC) if parsed.tzinfo else parsed.replace(tzinfo=UTC)
