"""Dailymotion: player iframes (classic and ``geo.dailymotion.com``) and video URLs.

Video IDs (``x8abc12``) are opaque: no time. ``dai.ly/<id>``, ``/video/<id>_<slug>``,
``/embed/video/<id>`` and the new player's ``?video=<id>`` are one video. The public oEmbed
answers 404 for unknown videos and 403 for private ones.
"""

from __future__ import annotations

import re
from typing import ClassVar

from provenance.platforms import common
from provenance.platforms.base import PostRef
from provenance.platforms.video import OEmbedVideo

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


class Dailymotion(OEmbedVideo):
    """Dailymotion videos."""

    oembed: ClassVar[str] = OEMBED
    not_found_statuses: ClassVar[frozenset[int]] = frozenset({400, 404, 410})
    forbidden_reason: ClassVar[str] = "private video"
    placeholder_titles: ClassVar[frozenset[str]] = frozenset({"dailymotion", "page not found"})

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

