"""Threads: ``blockquote.text-post-media`` embeds, ``Post by @handle View on Threads`` leftovers.

Threads post codes are Instagram shortcodes in the same media-ID space (formats.md §4.5), so the
time decodes the same way. The site moved from ``threads.net`` to ``threads.com`` in 2025; both
spellings (and the ``/t/<code>`` short form) are one post. Reading goes through Meta's oEmbed,
a token optional since 2026, as for Instagram.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import UTC, datetime
from typing import Any, ClassVar

from provenance.model import EmbedForm, PostRecord
from provenance.platforms import common, footers
from provenance.platforms.base import (
    IdTime,
    MarkupHit,
    PostRef,
    TextHit,
)
from provenance.platforms.idtime import instagram_media_time, shortcode_to_media_id, within_window
from provenance.platforms.instagram import HANDLE, SHORTCODE
from provenance.platforms.meta import MetaOEmbed

HOSTS = frozenset({"threads.net", "www.threads.net", "threads.com", "www.threads.com"})
#: Threads opened to the public on 2023-07-05; earlier decoded times are not Threads posts.
LAUNCHED = datetime(2023, 7, 5, tzinfo=UTC)
#: The flattened footer of the fallback markup.
FLATTENED_RE = re.compile(rf"Post by @(?P<handle>{HANDLE})\s*View on Threads", re.IGNORECASE)
#: What every :data:`FLATTENED_RE` match holds, letter case aside (:func:`footers.may_hold`).
FLATTENED_PHRASES = ("post by @",)
#: The handle line inside the markup.
MARKUP_HANDLE_RE = re.compile(rf"Post by @(?P<handle>{HANDLE})", re.IGNORECASE)
#: ``og:title`` of an archived post page: ``NAME (@handle) on Threads``.
ARCHIVED_TITLE_RE = re.compile(
    rf"^(?P<name>[^\n]{{0,120}}?)\s*\(@(?P<handle>{HANDLE})\) on Threads")
#: Meta's Threads oEmbed.
OEMBED = "https://graph.threads.net/v1.0/oembed?url={url}"


class Threads(MetaOEmbed):
    """Threads posts."""

    name: ClassVar[str] = "threads"
    title: ClassVar[str] = "Threads"
    hosts: ClassVar[frozenset[str]] = HOSTS
    api_hosts: ClassVar[frozenset[str]] = frozenset({"graph.threads.net"})

    def parse_url(self, url: str) -> PostRef | None:
        """Return the post of ``/@handle/post/<code>`` or ``/t/<code>`` on either domain."""
        parts = common.split_url(url)
        if parts is None or parts.host not in HOSTS:
            return None
        segments = parts.segments()
        handle: str | None = None
        if len(segments) >= 3 and segments[0].startswith("@") and segments[1] == "post":
            handle, code = segments[0][1:].lower(), segments[2]
        elif len(segments) >= 2 and segments[0] == "t":
            code = segments[1]
        else:
            return None
        if not SHORTCODE.match(code):
            return None
        return PostRef(self.name, code, canonical(code, handle), handle)

    def find_markup(self, tree: Any) -> Iterable[MarkupHit]:
        """Yield ``blockquote.text-post-media`` fallbacks."""
        for element in common.elements(tree, "blockquote", "text-post-media"):
            ref = None
            links = [element.get("data-text-post-permalink")]
            links += [a.get("href") for a in element.find_all("a")]
            for link in links:
                if isinstance(link, str) and (ref := self.parse_url(link)):
                    break
            match = MARKUP_HANDLE_RE.search(common.flat_text(element))
            handle = match["handle"] if match else (ref.handle if ref else None)
            yield MarkupHit(element, EmbedForm.MARKUP, ref, handle=handle)

    def find_flattened(self, text: str) -> Iterable[TextHit]:
        """Yield ``Post by @handle View on Threads`` leftovers (no text, no date)."""
        if not footers.may_hold(text, FLATTENED_PHRASES):
            return
        for match in FLATTENED_RE.finditer(text):
            yield TextHit(match.start(), match.end(), match["handle"], None, None, None)

    def id_time(self, post_id: str) -> IdTime:
        """Decode the post code as an Instagram shortcode."""
        media_id = shortcode_to_media_id(post_id)
        if media_id is None:
            return IdTime(None, f"{post_id!r} is not a Threads post code")
        return within_window(instagram_media_time(media_id), LAUNCHED,
                             "media ID ms since 2011-08-24 (shortcode base64url)", self.title)

    def oembed_url(self, ref: PostRef) -> str:
        """Threads' oEmbed endpoint."""
        return OEMBED.format(url=common.encode(ref.url))

    def read_archived(self, ref: PostRef, body: bytes) -> PostRecord | None:
        """Read text and author from an archived post page's ``og:`` tags (walls give None)."""
        meta = common.page_meta(body)
        titled = ARCHIVED_TITLE_RE.match(meta.title or "")
        if titled is None or not meta.description:
            return None
        return PostRecord(self.name, ref.post_id, ref.url, meta.description,
                          handle=titled["handle"], author=titled["name"].strip() or None)

    def archive_urls(self, ref: PostRef) -> tuple[str, ...]:
        """The post on both domains (archives hold mostly ``threads.net`` captures)."""
        if ref.handle is None:
            return (f"https://www.threads.com/t/{ref.post_id}",
                    f"https://www.threads.net/t/{ref.post_id}")
        return (f"https://www.threads.com/@{ref.handle}/post/{ref.post_id}",
                f"https://www.threads.net/@{ref.handle}/post/{ref.post_id}")


def canonical(code: str, handle: str | None) -> str:
    """The canonical URL: the handle form on ``threads.com`` when the handle is known."""
    if handle is None:
        return f"https://www.threads.com/t/{code}"
    return f"https://www.threads.com/@{handle}/post/{code}"
