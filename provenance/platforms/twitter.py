"""X / Twitter: status URLs, embed markup, flattened footers and snowflake IDs.

The flattened footer (``— Name (@handle) December 9, 2021``) is read in ``twitter_footers``;
endpoint building and answer reading live in ``twitter_api``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from datetime import UTC, datetime
from typing import Any, ClassVar
from urllib.parse import parse_qs, urlsplit

from provenance.model import EmbedForm, PostRecord
from provenance.platforms.base import (
    Endpoint,
    IdTime,
    MarkupHit,
    Platform,
    PostRef,
    Reading,
    TextHit,
)
from provenance.platforms.twitter_cards import iter_web_cards
from provenance.platforms.twitter_footers import (
    ANCHOR_RE,
    HANDLE,
    iter_footers,
    parse_date_text,
)

#: Milliseconds since the Unix epoch at snowflake zero (2010-11-04T01:42:54.657Z).
SNOWFLAKE_EPOCH_MS = 1288834974657
#: The largest pre-snowflake (sequential) status ID; such IDs carry no time.
LAST_SEQUENTIAL_ID = 29700859247

#: Host spellings of status pages (``www.``/``mobile.``/``m.`` prefixes are folded first).
STATUS_HOSTS = frozenset({"twitter.com", "x.com"})
_HOST_PREFIXES = ("www.", "mobile.", "m.")

_ID = r"[0-9]{1,20}"
#: Path shapes of a status; ``/photo/1``, ``/video/1`` and a trailing slash are tolerated.
_STATUS_PATH_RE = re.compile(
    rf"^/+(?:(?P<handle>{HANDLE})/status(?:es)?|i/web/status|i/status|statuses)/(?P<id>{_ID})"
    r"(?:/(?:photo|video)/[0-9]{1,2})?/*$"
)
#: First path segments that are never handles (so ``/i/…`` and ``/intent/…`` are not profiles).
_RESERVED = frozenset({"i", "intent", "share", "hashtag", "search", "home", "settings"})

#: A wrapper class naming Twitter (``codefragment--twitter``, ``embed-twitter``).
_WRAPPER_CLASS_RE = re.compile(r"twitter|tweet", re.IGNORECASE)
_DASH_PREFIX_RE = re.compile(r"^[\s—–-]{0,8}(?:&mdash;)?\s{0,8}")


class Twitter(Platform):
    """X / Twitter: fallback blockquotes, rendered iframes, flattened footers, snowflakes."""

    name: ClassVar[str] = "twitter"
    title: ClassVar[str] = "X / Twitter"
    hosts: ClassVar[frozenset[str]] = frozenset({
        "twitter.com", "www.twitter.com", "mobile.twitter.com", "x.com", "www.x.com",
        "mobile.x.com", "platform.twitter.com",
    })
    api_hosts: ClassVar[frozenset[str]] = frozenset({
        "cdn.syndication.twimg.com", "publish.twitter.com",
    })

    # ------------------------------------------------------------------ URLs

    def parse_url(self, url: str) -> PostRef | None:
        """Return the status a URL points at, canonicalised to ``https://twitter.com/…``."""
        url = url.strip()
        if url.startswith("//"):
            url = "https:" + url
        elif "://" not in url[:12]:
            url = "https://" + url
        try:
            parts = urlsplit(url)
        except ValueError:
            return None
        host = (parts.hostname or "").lower()
        for prefix in _HOST_PREFIXES:
            if host.startswith(prefix):
                host = host[len(prefix):]
                break
        if host not in STATUS_HOSTS:
            return None
        path = parts.path
        # Pre-2012 links keep the path in a hashbang fragment: twitter.com/#!/user/status/1.
        if path in ("", "/") and parts.fragment.startswith("!/"):
            path = parts.fragment[1:]
        match = _STATUS_PATH_RE.match(path)
        if not match:
            return None
        handle = match.group("handle")
        if handle is not None and handle.lower() in _RESERVED:
            handle = None
        post_id = match.group("id").lstrip("0") or "0"
        return PostRef(self.name, post_id, canonical_url(post_id, handle), handle)

    def archive_urls(self, ref: PostRef) -> tuple[str, ...]:
        """Both spellings archives may hold: ``twitter.com`` and ``x.com``."""
        path = f"{ref.handle}/status/{ref.post_id}" if ref.handle else f"i/web/status/{ref.post_id}"
        return (f"https://twitter.com/{path}", f"https://x.com/{path}")

    # ------------------------------------------------------------------ markup

    def find_markup(self, tree: Any) -> Iterable[MarkupHit]:
        """Yield fallback blockquotes (also inside CMS wrappers) and rendered iframes."""
        if tree is None:
            return []
        hits: list[MarkupHit] = []
        taken: set[int] = set()
        for quote in tree.find_all("blockquote"):
            if _is_tweet_quote(quote) and not _inside(quote, taken):
                hit = self._read_blockquote(quote)
                if hit is not None:
                    hits.append(hit)
                    taken.add(id(quote))
        for element in tree.find_all(["iframe", "div", "amp-twitter", "twitter-widget"]):
            post_id = _rendered_id(element)
            if post_id is None or _inside(element, taken):
                continue
            ref = PostRef(self.name, post_id, canonical_url(post_id, None))
            hits.append(MarkupHit(element, EmbedForm.RENDERED, ref))
            taken.add(id(element))
        return hits

    def _read_blockquote(self, quote: Any) -> MarkupHit | None:
        links = [(a, ref) for a in quote.find_all("a", href=True)
                 if (ref := self.parse_url(str(a["href"]))) is not None]
        # The footer is the blockquote's own text outside <p>: "— Name (@handle) ".
        tail = " ".join("".join(str(s) for s in quote.find_all(string=True, recursive=False))
                        .split())
        if not links and "(@" not in tail:
            return None
        ref = links[-1][1] if links else None
        paragraph = quote.find("p")
        text = paragraph.get_text().strip() if paragraph is not None else None
        lang = paragraph.get("lang") if paragraph is not None else None
        handle_match = ANCHOR_RE.search(tail)
        author = None
        if handle_match:
            author = _DASH_PREFIX_RE.sub("", tail[:handle_match.start()]).strip() or None
        handle = handle_match.group(1) if handle_match else (ref.handle if ref else None)
        date_text = links[-1][0].get_text() if links else tail
        return MarkupHit(
            quote, EmbedForm.MARKUP, ref, handle=handle, author=author,
            claimed_date=parse_date_text(date_text), text=text or None,
            lang=str(lang) if lang else None,
        )

    # ------------------------------------------------------------------ flattened

    def find_flattened(self, text: str) -> Iterable[TextHit]:
        """Yield ``text … — Name (@handle) Date`` footers with the post text they close, and the
        cards pasted off the site (``Name@handle … 3:56 PM · Nov 25, 2020``)."""
        return [*iter_footers(text), *iter_web_cards(text)]

    # ------------------------------------------------------------------ time and I/O

    def id_time(self, post_id: str) -> IdTime:
        """Decode a snowflake ID; sequential (pre-Nov-2010) and future IDs give no time."""
        if not post_id.isdigit():
            return IdTime(None, "not a numeric status ID")
        number = int(post_id)
        if number <= LAST_SEQUENTIAL_ID:
            return IdTime(None, "pre-snowflake sequential ID (before 2010-11-04): carries no time")
        ms = (number >> 22) + SNOWFLAKE_EPOCH_MS
        try:
            when = datetime.fromtimestamp(ms / 1000, tz=UTC)
        except (OverflowError, OSError, ValueError):
            return IdTime(None, "implausible ID: decodes outside the calendar")
        if when > datetime.now(UTC):
            return IdTime(None, f"implausible ID: decodes to the future ({when.isoformat()})")
        return IdTime(when, "snowflake: (id >> 22) + 1288834974657 ms")

    def endpoints(self, ref: PostRef, env: Mapping[str, str]) -> tuple[Endpoint, ...]:
        """Delegate to ``twitter_api`` (syndication, oEmbed)."""
        from provenance.platforms import twitter_api

        return tuple(twitter_api.endpoints(ref, env))

    def read(self, endpoint: Endpoint, ref: PostRef, status_code: int,
             headers: Mapping[str, str], body: bytes) -> Reading:
        """Delegate to ``twitter_api``."""
        from provenance.platforms import twitter_api

        return twitter_api.read(endpoint, ref, status_code, headers, body)

    def read_archived(self, ref: PostRef, body: bytes) -> PostRecord | None:
        """Delegate to ``twitter_api`` (archived status pages, syndication and oEmbed bodies)."""
        from provenance.platforms import twitter_api

        return twitter_api.read_archived_status_page(body, ref)


def canonical_url(post_id: str, handle: str | None) -> str:
    """The one canonical status URL (``/i/web/status/ID`` when the handle is unknown)."""
    if handle:
        return f"https://twitter.com/{handle}/status/{post_id}"
    return f"https://twitter.com/i/web/status/{post_id}"


def _classes(element: Any) -> str:
    value = element.get("class") or []
    return " ".join(value) if isinstance(value, list) else str(value)


def _is_tweet_quote(quote: Any) -> bool:
    """A vendor blockquote, or a blockquote whose close wrapper names Twitter."""
    if "twitter-tweet" in _classes(quote) or "twitter-video" in _classes(quote):
        return True
    wrapper = quote.parent
    for _ in range(3):
        if wrapper is None or getattr(wrapper, "name", None) in (None, "body", "[document]"):
            return False
        if _WRAPPER_CLASS_RE.search(_classes(wrapper)) or wrapper.get("data-twitter-id"):
            return True
        wrapper = wrapper.parent
    return False


def _inside(element: Any, taken: set[int]) -> bool:
    if id(element) in taken:
        return True
    return any(id(parent) in taken for parent in element.parents)


def _rendered_id(element: Any) -> str | None:
    """The ID a rendered iframe (or its wrapper) carries, or None if it is not one."""
    tweet_id = element.get("data-tweet-id")
    if tweet_id and str(tweet_id).isdigit():
        return str(tweet_id)
    if element.name == "amp-twitter" and str(element.get("data-tweetid", "")).isdigit():
        return str(element["data-tweetid"])
    src = str(element.get("src") or element.get("data-src") or "")
    if "platform.twitter.com/embed/" in src:
        ids = parse_qs(urlsplit(src if "://" in src[:8] else "https:" + src).query).get("id")
        if ids and ids[0].isdigit():
            return ids[0]
    return None
