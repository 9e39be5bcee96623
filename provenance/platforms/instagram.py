"""Instagram: ``blockquote.instagram-media`` embeds, their flattened footers, shortcode times.

Every post URL spelling (``/p/``, ``/reel/``, ``/reels/``, ``/tv/``, ``/<user>/p/``, the
``/embed/`` iframe) names one shortcode, and Instagram serves any shortcode under ``/p/``, so
that is the canonical URL. Shortcodes are the media ID in base64url; the ID's top bits are
milliseconds since 2011-08-24 (formats.md §4.5). Meta's oEmbed (tokenless since 2026-06-15) stopped
returning author fields in 2025, so the author is read from the embed HTML it returns.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from datetime import UTC, date, datetime
from typing import Any, ClassVar

from provenance.model import EmbedForm, PostRecord
from provenance.platforms import common, footers
from provenance.platforms.base import (
    IdTime,
    MarkupHit,
    PostRef,
    TextHit,
)
from provenance.platforms.idtime import (
    INSTAGRAM_EPOCH_MS,
    from_ms,
    instagram_media_time,
    parse_int,
    shortcode_to_media_id,
    within_window,
)
from provenance.platforms.meta import MetaOEmbed

HOSTS = frozenset({"instagram.com", "www.instagram.com", "m.instagram.com", "instagr.am",
                   "www.instagr.am"})
#: Path words that introduce a shortcode.
POST_KINDS = frozenset({"p", "reel", "reels", "tv"})
#: A shortcode (11 digits for public posts, longer for private ones).
SHORTCODE = re.compile(r"^[A-Za-z0-9_-]{5,60}$")
#: An Instagram handle.
HANDLE = r"[A-Za-z0-9._]{1,30}"
#: The header the fallback markup (and its flattened text) opens with, by embed language
#: (the Arabic one is copied from a real embed in public code; the Arabic footer is not known).
HEADERS = {"en": "View this post on Instagram", "ar": "عرض هذا المنشور على Instagram"}
HEADER_RE = re.compile("|".join(re.escape(text) for text in HEADERS.values()), re.IGNORECASE)
#: What every :data:`HEADER_RE` match is, letter case aside (:func:`footers.may_hold`).
HEADER_PHRASES = tuple(text.lower() for text in HEADERS.values())
#: Footers of the fallback markup, as they survive flattening: (language, pattern).
FOOTER_PATTERNS: tuple[tuple[str, footers.DatedPattern], ...] = (
    ("en", footers.DatedPattern(
        r"A (?:post|photo|video) (?:shared|posted) by\s*(?P<name>[^\n()]{0,80}?)\s*"
        rf"\(@(?P<handle>{HANDLE})\)"
        r"(?:\s*on\s*(?P<date><DATE>)"
        r"(?:\s*at\s*(?P<time>\d{1,2}:\d{2}\s?[APap][Mm](?:\s?[A-Z]{2,4})?))?)?",
        re.IGNORECASE)),
    ("ja", footers.DatedPattern(rf"\(@(?P<handle>{HANDLE})\)\s*がシェアした投稿")),
    ("zh", footers.DatedPattern(rf"\(@(?P<handle>{HANDLE})\)\s*分享的(?:貼文|帖子)")),
)
#: What every match of a footer pattern holds, letter case aside, by language.
FOOTER_PHRASES = {"en": ("shared by", "posted by"), "ja": ("がシェアした投稿",), "zh": ("分享的",)}
#: ``og:title`` of an archived post page: ``NAME on Instagram: "CAPTION"``.
ARCHIVED_TITLE_RE = re.compile(r'^(?P<name>[^\n]{1,120}?) on Instagram: ["“](?P<text>.*)["”]\s*$',
                               re.DOTALL)
#: ``og:description``: ``12 likes, 3 comments - handle on March 7, 2020: "CAPTION".``
ARCHIVED_DESCRIPTION_RE = re.compile(
    rf"- (?P<handle>{HANDLE}) on [A-Z][a-z]{{2,9}} \d{{1,2}}, \d{{4}}: "
    r'["“](?P<text>.*)["”]\.?\s*$', re.DOTALL)
#: How far before a footer its "View this post on Instagram" header may sit.
HEADER_REACH = 300
#: When the media-ID layout starts (the Instagram epoch): earlier times are not decodable.
LAUNCHED = from_ms(INSTAGRAM_EPOCH_MS)
#: Meta oEmbed for Instagram (a token, when set, is appended to the query as Meta documents).
GRAPH_ENDPOINT = "https://graph.facebook.com/{version}/instagram_oembed?url={url}"


def shortcode_of(url: str, hosts: frozenset[str] = HOSTS,
                 kinds: frozenset[str] = POST_KINDS) -> tuple[str, str | None] | None:
    """``(shortcode, handle)`` of an Instagram-style post URL, or None."""
    parts = common.split_url(url)
    if parts is None or parts.host not in hosts:
        return None
    segments = parts.segments()
    for index, segment in enumerate(segments[:-1]):
        if segment.lower() in kinds and index <= 1:
            code = segments[index + 1]
            if not SHORTCODE.match(code) or code.lower() == "audio":
                return None
            handle = segments[0] if index == 1 else None
            return code, handle
    return None


def footer_fields(text: str) -> dict[str, Any]:
    """Handle, author, date and time from the first footer in ``text`` (empty when none)."""
    for _lang, pattern in FOOTER_PATTERNS:
        match = pattern.search(text)
        if match:
            return _fields(match)
    return {}


def _fields(match: re.Match[str]) -> dict[str, Any]:
    groups = match.groupdict()
    date_text = groups.get("date")
    return {
        "handle": groups["handle"],
        "author": (groups.get("name") or "").strip() or None,
        "claimed_date": footers.parse_date(date_text),
        "claimed_time": groups.get("time"),
    }


class Instagram(MetaOEmbed):
    """Instagram posts, reels and IGTV videos."""

    name: ClassVar[str] = "instagram"
    title: ClassVar[str] = "Instagram"
    hosts: ClassVar[frozenset[str]] = HOSTS
    api_hosts: ClassVar[frozenset[str]] = frozenset({"graph.facebook.com"})

    def parse_url(self, url: str) -> PostRef | None:
        """Return the post a URL names, canonicalised to ``https://www.instagram.com/p/<code>/``."""
        found = shortcode_of(url)
        if found is None:
            return None
        code, handle = found
        return PostRef(self.name, code, f"https://www.instagram.com/p/{code}/", handle)

    def find_markup(self, tree: Any) -> Iterable[MarkupHit]:
        """Yield ``blockquote.instagram-media`` fallbacks and ``/embed/`` iframes."""
        yield from self._blockquotes(tree)
        for element, src in common.iframe_sources(tree):
            ref = self.parse_url(src)
            if ref is not None and "/embed" in src:
                yield MarkupHit(element, EmbedForm.RENDERED, ref)

    def _blockquotes(self, tree: Any) -> Iterator[MarkupHit]:
        for element in common.elements(tree, "blockquote", "instagram-media"):
            ref = None
            links = [element.get("data-instgrm-permalink")]
            links += [a.get("href") for a in element.find_all("a")]
            for link in links:
                if isinstance(link, str) and (ref := self.parse_url(link)):
                    break
            fields = footer_fields(common.flat_text(element))
            stamp = element.find("time")
            if stamp is not None and stamp.get("datetime"):
                fields["claimed_date"] = _iso_date(stamp["datetime"]) or fields.get("claimed_date")
            yield MarkupHit(element, EmbedForm.MARKUP, ref, text=_caption(element), **fields)

    def find_flattened(self, text: str) -> Iterable[TextHit]:
        """Yield ``View this post on Instagram`` / ``A post shared by NAME (@handle)`` leftovers."""
        found: list[tuple[int, int, dict[str, Any]]] = []
        for lang, pattern in FOOTER_PATTERNS:
            if not footers.may_hold(text, FOOTER_PHRASES[lang]):
                continue
            found += [(m.start(), m.end(), _fields(m)) for m in pattern.finditer(text)]
        found.sort(key=lambda item: item[0])
        used_headers: set[int] = set()
        for start, end, fields in found:
            header = None
            for match in HEADER_RE.finditer(text, max(0, start - HEADER_REACH), start):
                header = match
            if header is not None:
                used_headers.add(header.start())
                start = header.start()
            yield TextHit(start, end, fields["handle"], fields["author"],
                          fields["claimed_date"], None, claimed_time=fields["claimed_time"])
        for match in HEADER_RE.finditer(text) if footers.may_hold(text, HEADER_PHRASES) else ():
            if match.start() not in used_headers:
                yield TextHit(match.start(), match.end(), None, None, None, None)

    def id_time(self, post_id: str) -> IdTime:
        """Decode a shortcode (or a numeric media ID, ``<media>_<user>`` too)."""
        media_id = parse_int(post_id.split("_")[0]) if post_id[:1].isdigit() else None
        if media_id is None:
            media_id = shortcode_to_media_id(post_id)
        if media_id is None:
            return IdTime(None, f"{post_id!r} is not an Instagram shortcode or media ID")
        return within_window(instagram_media_time(media_id), LAUNCHED,
                             "media ID ms since 2011-08-24 (shortcode base64url)", self.title)

    def oembed_url(self, ref: PostRef) -> str:
        """Meta's ``instagram_oembed``."""
        return GRAPH_ENDPOINT.format(version=common.META_GRAPH_VERSION, url=common.encode(ref.url))

    def read_archived(self, ref: PostRef, body: bytes) -> PostRecord | None:
        """Read caption and author from an archived post page's ``og:`` tags (walls give None)."""
        meta = common.page_meta(body)
        titled = ARCHIVED_TITLE_RE.match(meta.title or "")
        described = ARCHIVED_DESCRIPTION_RE.search(meta.description or "")
        found = described or titled
        if found is None:
            return None
        return PostRecord(self.name, ref.post_id, ref.url, found["text"].strip(),
                          handle=described["handle"] if described else ref.handle,
                          author=titled["name"].strip() if titled else None)

    def archive_urls(self, ref: PostRef) -> tuple[str, ...]:
        """Every path spelling archives may have captured the shortcode under."""
        code = ref.post_id
        return tuple(f"https://www.instagram.com/{kind}/{code}/" for kind in
                     ("p", "reel", "reels", "tv"))


def _caption(element: Any) -> str | None:
    """The caption an old (v6) embed reproduces: the first paragraph that is not a footer."""
    for paragraph in element.find_all("p"):
        text = common.element_text(paragraph)
        if text and not HEADER_RE.search(text) and not footer_fields(text):
            return text
    return None


def _iso_date(value: str) -> date | None:
    try:
        return datetime.fromisoformat(value).astimezone(UTC).date()
    except ValueError:
        return None
