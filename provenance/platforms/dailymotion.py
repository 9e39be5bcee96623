"""Dailymotion: player iframes (classic and ``geo.dailymotion.com``) and video URLs.

Video IDs (``x8abc12``) are opaque: no time. ``dai.ly/<id>``, ``/video/<id>_<slug>``,
``/embed/video/<id>`` and the new player's ``?video=<id>`` are one video. The public oEmbed
answers 404 for unknown videos and 403 for private ones.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any, ClassVar

from provenance.model import EmbedForm, PostRecord, Status
from provenance.platforms import common
from provenance.platforms.base import Endpoint, MarkupHit, Platform, PostRef, Reading

HOSTS = frozenset({"dailymotion.com", "www.dailymotion.com", "touch.dailymotion.com",
                   "geo.dailymotion.com", "dai.ly"})
_ID = re.compile(r"^([a-zA-Z0-9]{5,12})(?:_|$)")
OEMBED = "https://www.dailymotion.com/services/oembed?url={url}&format=json"


def video_id_of(url: str) -> str | None:
    """The video ID a Dailymotion URL names, or None."""
    parts = common.split_url(url)
    if parts is None or parts.host not in HOSTS:
        return None
    segments = parts.segments()
    candidate = None
    if parts.host == "dai.ly" and segments:
        candidate = segments[0]
    elif parts.host == "geo.dailymotion.com":
        candidate = parts.query.get("video")
    elif len(segments) >= 2 and segments[0] == "video":
        candidate = segments[1]
    elif len(segments) >= 3 and segments[:2] == ["embed", "video"]:
        candidate = segments[2]
    match = _ID.match(candidate or "")
    return match.group(1) if match else None


class Dailymotion(Platform):
    """Dailymotion videos."""

    name: ClassVar[str] = "dailymotion"
    title: ClassVar[str] = "Dailymotion"
    hosts: ClassVar[frozenset[str]] = HOSTS
    api_hosts: ClassVar[frozenset[str]] = frozenset()

    def parse_url(self, url: str) -> PostRef | None:
        """Return the video a URL names, canonicalised to ``dailymotion.com/video/<id>``."""
        video_id = video_id_of(url)
        if video_id is None:
            return None
        return PostRef(self.name, video_id, f"https://www.dailymotion.com/video/{video_id}")

    def find_markup(self, tree: Any) -> Iterable[MarkupHit]:
        """Yield player iframes."""
        for element, src in common.iframe_sources(tree):
            ref = self.parse_url(src)
            if ref is not None:
                title = str(element.get("title") or "").strip() or None
                yield MarkupHit(element, EmbedForm.RENDERED, ref, text=title)

    def read_archived(self, ref: PostRef, body: bytes) -> PostRecord | None:
        """Read title and publication time from an archived video page's ``og:`` tags."""
        meta = common.page_meta(body)
        if not meta.title or meta.title.strip().lower() in ("dailymotion", "page not found"):
            return None
        return PostRecord(self.name, ref.post_id, ref.url, meta.title,
                          created_at=common.parse_time(meta.published))

    def requires_credentials(self, env: Mapping[str, str]) -> str | None:
        """Dailymotion's oEmbed needs no credentials."""
        return None

    def endpoints(self, ref: PostRef, env: Mapping[str, str]) -> tuple[Endpoint, ...]:
        """Dailymotion's public oEmbed."""
        return (Endpoint("oembed", OEMBED.format(url=common.encode(ref.url))),)

    def read(self, endpoint: Endpoint, ref: PostRef, status_code: int,
             headers: Mapping[str, str], body: bytes) -> Reading:
        """Read an oEmbed answer."""
        failure, data = common.oembed_json(self.title, status_code, headers, body)
        if failure is not None:
            return failure
        if data is not None:
            post = PostRecord(self.name, ref.post_id, ref.url, text=str(data.get("title") or ""),
                              author=data.get("author_name"))
            return Reading(Status.LIVE, "Dailymotion oEmbed describes the video", post)
        if status_code == 403:
            return Reading(Status.PROTECTED, "Dailymotion oEmbed answered 403: private video")
        if status_code in (400, 404, 410):
            return Reading(Status.NOT_FOUND_UNKNOWN, f"Dailymotion oEmbed answered {status_code}:"
                           " no such video (removed, private or never existed)")
        return common.unexpected("Dailymotion oEmbed", status_code, body)
