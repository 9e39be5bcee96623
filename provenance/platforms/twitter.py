"""X / Twitter: status URLs, embed markup, flattened footers and snowflake IDs.

The flattened footer (``— Name (@handle) December 9, 2021``) is the shape that survives when a
CMS strips the embed's tags or a writer copy-pastes it. It is found by anchoring on ``(@handle)``
and looking backwards through bounded windows, never by a pattern that spans unbounded text, so
adversarial input stays linear. Endpoint building and answer reading live in ``twitter_api``.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterable, Iterator, Mapping
from datetime import UTC, date, datetime
from itertools import accumulate, repeat
from operator import add
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

#: Milliseconds since the Unix epoch at snowflake zero (2010-11-04T01:42:54.657Z).
SNOWFLAKE_EPOCH_MS = 1288834974657
#: The largest pre-snowflake (sequential) status ID; such IDs carry no time.
LAST_SEQUENTIAL_ID = 29700859247

#: Host spellings of status pages (``www.``/``mobile.``/``m.`` prefixes are folded first).
STATUS_HOSTS = frozenset({"twitter.com", "x.com"})
_HOST_PREFIXES = ("www.", "mobile.", "m.")

_HANDLE = r"[A-Za-z0-9_]{1,15}"
_ID = r"[0-9]{1,20}"
#: Path shapes of a status; ``/photo/1``, ``/video/1`` and a trailing slash are tolerated.
_STATUS_PATH_RE = re.compile(
    rf"^/+(?:(?P<handle>{_HANDLE})/status(?:es)?|i/web/status|i/status|statuses)/(?P<id>{_ID})"
    r"(?:/(?:photo|video)/[0-9]{1,2})?/*$"
)
#: First path segments that are never handles (so ``/i/…`` and ``/intent/…`` are not profiles).
_RESERVED = frozenset({"i", "intent", "share", "hashtag", "search", "home", "settings"})

#: The ``(@handle)`` anchor of a footer (copies from RTL pages carry direction marks inside).
_ANCHOR_RE = re.compile(rf"\([\u200e\u200f]{{0,2}}@({_HANDLE})[\u200e\u200f]{{0,2}}\)")
#: The rest of the line after a footer's date.
_LINE_END_RE = re.compile(r"[ \t\u00a0\u200e\u200f\r]{0,8}(?:\n|$)")
#: A status URL that survived right after a footer.
_URL_AFTER_RE = re.compile(r"[ \t\u00a0]{0,4}((?:https?://)?(?:[a-z]{1,7}\.)?(?:twitter|x)\.com/"
                           r"[^\s<>\"'«»()]{1,200})", re.IGNORECASE)
#: Dash spellings before the author's name, strongest first (a bare hyphen needs a space after).
FOOTER_DASHES = ("—", "&mdash;", "–", "&ndash;", "--", "- ", "-\u00a0")
#: How far back from ``(@`` the dash and name may be, and how long a post text may be.
NAME_WINDOW = 120
TEXT_WINDOW = 2000
#: Lead-ins that introduce a post's text; the text starts after them (``وكتب في تغريدة:``).
LEAD_IN_WORDS = (
    "تغريدة", "تغريده", "التغريدة", "التغريده", "تغريدته", "تغريدتها", "غرد", "غرّد", "تدوينة",
    "منشور", "وكتب", "قائلا", "قائلاً", "tweet", "tweeted", "wrote", "posted",
)
_LEAD_IN_RE = re.compile(
    "(?:" + "|".join(re.escape(w) for w in sorted(LEAD_IN_WORDS, key=len, reverse=True))
    + r")[^\n:.!?؟]{0,80}:(?!/)", re.IGNORECASE)
#: How far before its colon a lead-in can start (the longest word and the 80 between).
LEAD_IN_REACH = max(len(word) for word in LEAD_IN_WORDS) + 80
#: A line holding only media/link leftovers (``pic.twitter.com/…``, ``t.co/…``).
_LEFTOVERS_RE = re.compile(
    r"(?:\s{0,8}(?:https?://)?(?:pic\.twitter\.com|pic\.x\.com|t\.co)/[A-Za-z0-9]{1,40})+\s*$")
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
        handle_match = _ANCHOR_RE.search(tail)
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
        """Yield ``text … — Name (@handle) Date`` footers with the post text they close."""
        return list(_iter_footers(text))

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


@functools.cache
def _after_re() -> re.Pattern[str]:
    """What may follow the anchor: a date in words (any datetext table), on the same line.

    Built on first use: importing ``provenance.detect`` while the registry loads would make
    the platform and detector packages import each other.
    """
    from provenance.detect.datetext import DATE_PATTERN

    return re.compile(rf"[ \t\u00a0\u200e\u200f]{{0,4}}({DATE_PATTERN})", re.IGNORECASE)


def parse_date_text(text: str) -> date | None:
    """:func:`provenance.detect.datetext.parse_date_text`, imported on first use."""
    from provenance.detect.datetext import parse_date_text as parse

    return parse(text)


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


def _line_starts(text: str) -> list[int]:
    # As provenance.load.text counts them: splitting is cheaper than a match per newline.
    lines = text.split("\n")
    lines.pop()  # the last line ends the text, not a newline
    return list(accumulate(map(add, map(len, lines), repeat(1)), initial=0))


def _find_dash(window: str) -> tuple[int, int] | None:
    """(start, end) of the strongest footer dash in ``window``, nearest the name."""
    for dash in FOOTER_DASHES:
        at = window.rfind(dash)
        if at >= 0:
            return at, at + len(dash)
    return None


def _iter_footers(text: str) -> Iterator[TextHit]:
    starts: list[int] = []  # made at the first footer: most texts have none
    floor = 0  # nothing before the previous footer's end belongs to the next one
    for anchor in _ANCHOR_RE.finditer(text):
        after = _after_re().match(text, anchor.end())
        url_after = None if after else _URL_AFTER_RE.match(text, anchor.end())
        if after is None and url_after is None:
            continue
        starts = starts or _line_starts(text)
        line_index = bisect.bisect_right(starts, anchor.start()) - 1
        line_start = max(starts[line_index], floor)
        low = max(line_start, anchor.start() - NAME_WINDOW)
        dash = _find_dash(text[low:anchor.start()])
        if dash is not None:
            dash_start, name_start = low + dash[0], low + dash[1]
        end = after.end(1) if after else url_after.end(1)  # type: ignore[union-attr]
        if dash is None:
            # The dash was lost: believe it only when the footer fills a short line of its own.
            if anchor.start() - line_start > NAME_WINDOW or not _LINE_END_RE.match(text, end):
                continue
            dash_start = name_start = line_start
        author = text[name_start:anchor.start()].strip() or None
        date_text = after.group(1) if after else None
        body_start, body = _post_text(text, starts, line_index, line_start, dash_start, floor)
        ref = None
        if url_after is not None:
            from provenance.platforms import parse_post_url

            ref = parse_post_url(url_after.group(1))
        floor = end
        yield TextHit(
            start=body_start, end=end, handle=anchor.group(1), author=author,
            claimed_date=parse_date_text(date_text) if date_text else None, text=body, ref=ref,
        )


def _previous_lines(text: str, starts: list[int], line_index: int,
                    floor: int) -> tuple[int, int] | None:
    """(start, end) of the previous non-empty line; a line of media leftovers takes one more."""
    low = high = None
    index = line_index - 1
    while index >= max(0, line_index - 4) and starts[index] >= floor:
        line_end = starts[index + 1] - 1
        line = text[starts[index]:line_end]
        if line.strip():
            low = max(starts[index], line_end - TEXT_WINDOW)
            high = line_end if high is None else high
            if not _LEFTOVERS_RE.match(line):
                break
        index -= 1
    return None if low is None or high is None else (low, high)


def _last_lead_in_end(chunk: str) -> int | None:
    """Where the last ``_LEAD_IN_RE`` match of ``chunk`` ends (None when there is none).

    A lead-in ends at a colon and holds no other, so the matches are told apart by their colons:
    from the last colon back, each is tried over the stretch since the colon before it, instead
    of a case-blind search of the whole chunk (up to 2000 characters a footer).
    """
    colon = len(chunk)
    while (colon := chunk.rfind(":", 0, colon)) >= 0:
        start = max(chunk.rfind(":", 0, colon) + 1, colon - LEAD_IN_REACH)
        # One character past the colon, for the (?!/) after it.
        if _LEAD_IN_RE.search(chunk, start, colon + 2) is not None:
            return colon + 1
    return None


def _post_text(text: str, starts: list[int], line_index: int, line_start: int,
               dash_start: int, floor: int) -> tuple[int, str | None]:
    """The post text a footer closes: before the dash on its line, else the previous line."""
    low, high = max(line_start, dash_start - TEXT_WINDOW), dash_start
    if not text[low:high].strip():
        # The footer has its own line: the post is the previous non-empty line (paragraph).
        previous = _previous_lines(text, starts, line_index, floor)
        if previous is None:
            return dash_start, None
        low, high = previous
    chunk = text[low:high]
    lead_in = _last_lead_in_end(chunk)
    if lead_in is not None:
        low += lead_in
        chunk = chunk[lead_in:]
    stripped = chunk.strip()
    if not stripped:
        return dash_start, None
    return low + (len(chunk) - len(chunk.lstrip())), stripped
