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
from datetime import UTC, date, datetime
from typing import Any
from urllib.parse import parse_qs, quote, urlsplit

from bs4 import BeautifulSoup

from provenance.model import Status
from provenance.platforms.base import Reading

#: Attributes that hold an iframe's address (lazy loaders move ``src`` aside).
IFRAME_SOURCE_ATTRS = ("src", "data-src", "data-lazy-src", "data-url")
#: Environment variables that may hold a Meta app token for oEmbed (first found wins).
META_TOKEN_VARS = ("PROVENANCE_META_TOKEN", "META_OEMBED_TOKEN")
#: Graph API version used for Meta oEmbed.
META_GRAPH_VERSION = "v23.0"
#: Dashes that open an embed footer: em dash, en dash, its entity, ``--`` and a hyphen.
FOOTER_DASH = r"(?:—|–|&mdash;|--|-)"
#: How far back from a footer the post text may start.
MAX_POST_TEXT = 3000

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


class DatedPattern:
    """A regex whose source holds ``<DATE>``, compiled on first use with datetext's pattern.

    Platform modules load with the registry, which ``provenance.detect`` imports; importing
    ``provenance.detect.datetext`` at module level would make the two packages import each other.
    """

    def __init__(self, source: str, flags: int = 0) -> None:
        self.source = source
        self.flags = flags
        self._compiled: re.Pattern[str] | None = None

    @property
    def compiled(self) -> re.Pattern[str]:
        """The compiled pattern."""
        if self._compiled is None:
            from provenance.detect.datetext import DATE_PATTERN

            # Month tables are lower-case; the date alone ignores case, the rest keeps the flags.
            dated = self.source.replace("<DATE>", f"(?i:{DATE_PATTERN})")
            self._compiled = re.compile(dated, self.flags)
        return self._compiled

    def search(self, text: str) -> re.Match[str] | None:
        """:meth:`re.Pattern.search`."""
        return self.compiled.search(text)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        """:meth:`re.Pattern.finditer`."""
        return self.compiled.finditer(text)


#: Longest ``Name`` between the dash and ``(@handle)`` in :func:`handle_footers` patterns.
FOOTER_NAME_MAX = 80
#: On the reversed text: from ``(@`` back over ``\s*NAME\s*`` as far as a footer can reach.
_FOOTER_LEAD_BACK = re.compile(rf"@\(\s*[^\n()]{{0,{FOOTER_NAME_MAX}}}\s*")
#: Where a footer's opening dash (``—``, ``–``, ``&mdash;``, ``--``) may start.
_FOOTER_DASH_AT = re.compile(r"(?=—|–|&mdash;|--)")
#: The longest opening dash (``&mdash;``).
_FOOTER_DASH_MAX = 7


def handle_footers(pattern: DatedPattern, anchor: re.Pattern[str],
                   text: str) -> Iterator[re.Match[str]]:
    r"""``pattern.finditer(text)`` for footers shaped ``DASH\s*NAME\s*(@handle)…``.

    The pattern must open with the four dashes of :data:`_FOOTER_DASH_AT`, then ``\s*``, at
    most :data:`FOOTER_NAME_MAX` characters of ``[^\n()]``, ``\s*`` and ``\(@``. ``anchor``
    must match at the ``(`` of every footer the pattern matches (``\(@handle\)``, spelt as the
    pattern spells it): it is the cheap check that picks the places worth a look. Tried from
    every dash, such a pattern costs a name's length of work per dash (seconds on a page of
    dashes); here it is tried only from the dashes close enough before an anchor to reach it.
    The name holds no ``(``, so a footer's ``(@`` is the first ``(`` after its dash.
    """
    compiled = pattern.compiled
    reversed_text = ""
    pos = 0  # nothing before the previous footer's end starts the next one
    for hit in anchor.finditer(text):
        paren = hit.start()
        if paren < pos:
            continue
        if not reversed_text:
            reversed_text = text[::-1]
        back = _FOOTER_LEAD_BACK.match(reversed_text, len(text) - paren - 2)
        reach = paren + 2 - (back.end() - back.start() if back else 2) - _FOOTER_DASH_MAX
        low = max(pos, reach)
        # A dash before an earlier "(" reaches that "(", never this one.
        low = max(low, text.rfind("(", low, paren) + 1)
        for candidate in _FOOTER_DASH_AT.finditer(text, low, paren):
            match = compiled.match(text, candidate.start())
            if match is not None:
                pos = match.end()
                yield match
                break


#: Characters ``re.IGNORECASE`` takes for an ASCII letter though ``str.lower`` does not make
#: them one (İ ı ſ K): with any of them in a text, :func:`may_hold` cannot rule a phrase out.
CASELESS_ODD_CHARS = ("\u0130", "\u0131", "\u017f", "\u212a")


# Several platforms ask about the same text in turn; one lower-case copy serves them all.
@functools.lru_cache(maxsize=1)
def _lowered(text: str) -> str | None:
    if any(char in text for char in CASELESS_ODD_CHARS):
        return None
    return text.lower()


def may_hold(text: str, phrases: tuple[str, ...]) -> bool:
    """False only when no phrase is in ``text``, letter case aside.

    The gate before a whole-text ``re.IGNORECASE`` search that needs one of ``phrases``:
    such a search tries every offset (a case-blind first letter gives sre nothing to skip to),
    while a lower-case copy is searched for a phrase at memory speed. Phrases are lower case,
    and their letters are ASCII or have no case (Arabic).
    """
    lowered = _lowered(text)
    return lowered is None or any(phrase in lowered for phrase in phrases)


def parse_date(text: str | None) -> date | None:
    """A footer date written in words (:func:`provenance.detect.datetext.parse_date_text`)."""
    if not text:
        return None
    from provenance.detect.datetext import parse_date_text

    return parse_date_text(text)


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


def text_before(text: str, footer_start: int) -> tuple[int, str | None]:
    """The post text a footer belongs to: its own line before it, else the previous line.

    Returns the text's start offset (``footer_start`` when there is none) and the text.
    """
    line_start = text.rfind("\n", max(0, footer_start - MAX_POST_TEXT), footer_start) + 1
    if line_start == 0 and footer_start > MAX_POST_TEXT:
        line_start = footer_start - MAX_POST_TEXT
    same_line = text[line_start:footer_start]
    if same_line.strip():
        offset = line_start + len(same_line) - len(same_line.lstrip())
        return offset, same_line.strip()
    cursor = line_start - 1
    while cursor > 0:
        previous_start = text.rfind("\n", max(0, cursor - MAX_POST_TEXT), cursor) + 1
        previous = text[previous_start:cursor]
        if previous.strip():
            offset = previous_start + len(previous) - len(previous.lstrip())
            return offset, previous.strip()
        if previous_start == 0:
            break
        cursor = previous_start - 1
    return footer_start, None


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


def meta_credentials_reason(title: str, env: Mapping[str, str]) -> str | None:
    """Why a Meta platform cannot be read without a token; None when a token is set."""
    if meta_token(env):
        return None
    names = " or ".join(META_TOKEN_VARS)
    return f"{title} oEmbed needs a Meta app token: set {names}"


#: Graph API error codes that mean "slow down" (application, user and page rate limits).
GRAPH_RATE_CODES = frozenset({4, 17, 32, 613})
#: Graph API error codes that mean the token itself is bad (the run's fault, not the post's).
GRAPH_TOKEN_CODES = frozenset({102, 190})


def read_meta_oembed(title: str, status_code: int, headers: Mapping[str, str],
                     body: bytes) -> tuple[Reading | None, str | None]:
    """Read a Meta (Graph) oEmbed answer.

    Returns ``(reading, html)``: a failure reading and None, or None and the embed ``html`` for
    the caller to read author and text from (Meta stopped sending ``author_name`` in 2025).
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
            return Reading(Status.RATE_LIMITED, f"{title} oEmbed rate limit: {message}"), None
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
