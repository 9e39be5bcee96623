"""TikTok: ``blockquote.tiktok-embed``, player iframes, ``@handle CAPTION ♬ SOUND`` leftovers.

A video ID's top 32 bits are Unix seconds (formats.md §4.4); only whole seconds are reliable.
The public oEmbed (no token) describes live videos; its error bodies for deleted and private
videos are not pinned down, so every refusal there is "not found", never "deleted".
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from datetime import UTC, datetime
from typing import Any, ClassVar

from provenance.model import EmbedForm, PostRecord, Status
from provenance.platforms import common
from provenance.platforms.base import (
    Endpoint,
    IdTime,
    MarkupHit,
    Platform,
    PostRef,
    Reading,
    TextHit,
)
from provenance.platforms.idtime import from_ms, parse_int, within_window

HOSTS = frozenset({"tiktok.com", "www.tiktok.com", "m.tiktok.com", "vm.tiktok.com",
                   "vt.tiktok.com"})
#: A TikTok handle (``@`` stripped).
HANDLE = r"[A-Za-z0-9._]{2,24}"
_HANDLE_RE = re.compile(rf"^@({HANDLE})$")
_VIDEO_ID = re.compile(r"^\d{15,20}$")
#: Paths whose next segment is a video ID (embed and player iframes).
PLAYER_PATHS = (("embed", "v2"), ("embed", "v3"), ("player", "v1"), ("embed",), ("v",))
#: The flattened embed: handle, caption and the ``♬`` sound credit, on one line or on up to
#: three (a CMS that keeps the blockquote's line breaks); every run is bounded.
FLATTENED_RE = re.compile(  # "@" first, then the look behind it: searched for as a string
    rf"@(?<![\w@]@)(?P<handle>{HANDLE})\s+"
    r"(?P<caption>[^\n♬]{0,2200}(?:\n[^\n♬]{0,2200}){0,2})"
    r"♬[ \t]*(?P<sound>[^\n]{1,200})")
#: The sound credit's note, which every :data:`FLATTENED_RE` match holds.
SOUND_NOTE = "♬"
#: TikTok (as Douyin's sibling) launched in 2016; earlier decoded times are other ID kinds.
LAUNCHED = datetime(2016, 9, 1, tzinfo=UTC)
#: Site-wide ``og:`` texts that archived walls and error pages carry instead of a caption.
GENERIC_TEXTS = ("TikTok - Make Your Day", "Make Your Day", "Couldn't find this")
OEMBED = "https://www.tiktok.com/oembed?url={url}"


def canonical(video_id: str, handle: str | None) -> str:
    """The video's URL: with its handle when known, else the embed player (no handle needed)."""
    if handle:
        return f"https://www.tiktok.com/@{handle}/video/{video_id}"
    return f"https://www.tiktok.com/embed/v2/{video_id}"


class TikTok(Platform):
    """TikTok videos and photo posts."""

    name: ClassVar[str] = "tiktok"
    title: ClassVar[str] = "TikTok"
    hosts: ClassVar[frozenset[str]] = HOSTS
    api_hosts: ClassVar[frozenset[str]] = frozenset()

    def parse_url(self, url: str) -> PostRef | None:
        """Return the video of ``/@handle/video/<id>``, ``/embed/v2/<id>``, ``/player/v1/<id>``.

        Short links (``vm.tiktok.com/<code>``) hide the ID behind a redirect and are not parsed.
        """
        parts = common.split_url(url)
        if parts is None or parts.host not in HOSTS:
            return None
        segments = parts.segments()
        if len(segments) >= 3 and (handle := _HANDLE_RE.match(segments[0])) \
                and segments[1] in ("video", "photo") and _VIDEO_ID.match(segments[2]):
            name = handle.group(1).lower()
            return PostRef(self.name, segments[2], canonical(segments[2], name), name)
        for prefix in PLAYER_PATHS:
            size = len(prefix)
            if tuple(segments[:size]) == prefix and len(segments) > size:
                video_id = segments[size].removesuffix(".html")
                if _VIDEO_ID.match(video_id):
                    return PostRef(self.name, video_id, canonical(video_id, None))
        return None

    def find_markup(self, tree: Any) -> Iterable[MarkupHit]:
        """Yield ``blockquote.tiktok-embed`` fallbacks and embed/player iframes."""
        for element in common.elements(tree, "blockquote", "tiktok-embed"):
            ref = self.parse_url(str(element.get("cite") or ""))
            video_id = str(element.get("data-video-id") or "")
            if ref is None and _VIDEO_ID.match(video_id):
                ref = PostRef(self.name, video_id, canonical(video_id, None))
            handle = ref.handle if ref else None
            author_link = element.find("a", title=re.compile(r"^@"))
            if author_link is not None:
                handle = str(author_link["title"]).lstrip("@") or handle
            caption = element.find("p")
            yield MarkupHit(element, EmbedForm.MARKUP, ref, handle=handle,
                            text=common.element_text(caption) if caption is not None else None)
        for element, src in common.iframe_sources(tree):
            ref = self.parse_url(src)
            if ref is not None:
                yield MarkupHit(element, EmbedForm.RENDERED, ref)

    def find_flattened(self, text: str) -> Iterable[TextHit]:
        """Yield ``@handle CAPTION #tags ♬ SOUND - ARTIST`` leftovers."""
        if SOUND_NOTE not in text:
            return  # no embed, and each "@" of the page would be tried
        for match in FLATTENED_RE.finditer(text):
            caption = " ".join(match["caption"].split()) or None
            yield TextHit(match.start(), match.end(), match["handle"], None, None, caption)

    def id_time(self, post_id: str) -> IdTime:
        """Decode a video ID: its top 32 bits are Unix seconds."""
        value = parse_int(post_id)
        if value is None:
            return IdTime(None, f"{post_id!r} is not a TikTok video ID")
        return within_window(from_ms((value >> 32) * 1000), LAUNCHED,
                             "video ID >> 32 = Unix seconds", self.title)

    def read_archived(self, ref: PostRef, body: bytes) -> PostRecord | None:
        """Read an archived video page's ``og:description`` (the caption); walls give None."""
        meta = common.page_meta(body)
        seen = f"{meta.title or ''} {meta.description or ''}"
        if not meta.description or any(text in seen for text in GENERIC_TEXTS):
            return None
        return PostRecord(self.name, ref.post_id, ref.url, meta.description, handle=ref.handle)

    def requires_credentials(self, env: Mapping[str, str]) -> str | None:
        """TikTok's oEmbed needs no credentials."""
        return None

    def endpoints(self, ref: PostRef, env: Mapping[str, str]) -> tuple[Endpoint, ...]:
        """TikTok's public oEmbed."""
        return (Endpoint("oembed", OEMBED.format(url=common.encode(ref.url))),)

    def read(self, endpoint: Endpoint, ref: PostRef, status_code: int,
             headers: Mapping[str, str], body: bytes) -> Reading:
        """Read an oEmbed answer: caption, author and handle when live."""
        failure, data = common.oembed_json(self.title, status_code, headers, body)
        if failure is not None:
            return failure
        if data is not None and (data.get("html") or data.get("title") is not None):
            handle = data.get("author_unique_id") or _handle_from(data.get("author_url"))
            post = PostRecord(self.name, ref.post_id, ref.url, text=str(data.get("title") or ""),
                              handle=handle or ref.handle, author=data.get("author_name"))
            return Reading(Status.LIVE, "TikTok oEmbed describes the video", post)
        if status_code in (400, 403, 404, 410) or data is not None:
            message = (data or {}).get("message") if isinstance(data, dict) else None
            return Reading(Status.NOT_FOUND_UNKNOWN,
                           f"TikTok oEmbed answered {status_code}"
                           f"{f': {message}' if message else ''} (deleted, private or never "
                           "existed: TikTok does not say which)")
        return common.unexpected("TikTok oEmbed", status_code, body)


def _handle_from(author_url: Any) -> str | None:
    if not isinstance(author_url, str):
        return None
    match = re.search(rf"/@({HANDLE})", author_url)
    return match.group(1) if match else None
