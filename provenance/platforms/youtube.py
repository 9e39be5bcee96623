"""YouTube: player iframes (``youtube.com``, ``youtube-nocookie.com``, protocol-relative) and URLs.

Every spelling (``watch?v=``, ``youtu.be``, ``/embed/``, ``/shorts/``, ``/live/``, ``/v/``,
the old ``/user/name#p/u/11/ID``) names one 11-character video ID; the canonical URL is
``https://www.youtube.com/watch?v=<id>``. IDs are random: no time. The public oEmbed answers
401 when the owner disabled embedding (the video exists), 404 when it finds nothing, and once
answered private videos with HTTP 200 and the body ``Forbidden`` (formats.md §2.5).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any, ClassVar

from provenance.model import EmbedForm, PostRecord, Status
from provenance.platforms import common
from provenance.platforms.base import Endpoint, MarkupHit, Platform, PostRef, Reading

HOSTS = frozenset({
    "youtube.com", "www.youtube.com", "m.youtube.com", "music.youtube.com", "youtu.be",
    "www.youtu.be", "youtube-nocookie.com", "www.youtube-nocookie.com",
})
#: An ID at the start of a path segment (``embed/ID&amp;t=15`` is malformed but real).
VIDEO_ID = re.compile(r"^([A-Za-z0-9_-]{11})(?![A-Za-z0-9_-])")
#: Path words whose next segment is the video ID.
ID_PATHS = frozenset({"embed", "shorts", "live", "v", "e", "watch"})
#: Words after ``/embed/`` that are playlists, not videos.
NOT_VIDEOS = frozenset({"videoseries", "live_stream"})
#: Player titles that say nothing about the video.
GENERIC_TITLES = frozenset({"youtube video player", "youtube", "video", ""})
#: ``og:title`` of pages that are not a video (unavailable videos, consent walls).
WALL_TITLES = frozenset({"youtube", "before you continue to youtube", ""})
OEMBED = "https://www.youtube.com/oembed?url={url}&format=json"


def video_id_of(url: str) -> str | None:
    """The 11-character video ID a YouTube URL names, or None (channels, playlists …)."""
    parts = common.split_url(url)
    if parts is None or parts.host not in HOSTS:
        return None
    segments = parts.segments()
    candidate: str | None = None
    if parts.host.endswith("youtu.be"):
        candidate = segments[0] if segments else None
    elif "v" in parts.query and (not segments or segments[0] in ("watch", "watch_popup")):
        candidate = parts.query["v"]
    elif len(segments) >= 2 and segments[0] in ID_PATHS and segments[1] not in NOT_VIDEOS:
        candidate = segments[1]
    elif segments and segments[0] == "attribution_link" and "u" in parts.query:
        return video_id_of("https://www.youtube.com" + parts.query["u"])
    elif parts.fragment.startswith("p/"):
        candidate = parts.fragment.rsplit("/", 1)[-1]
    if candidate is None:
        return None
    match = VIDEO_ID.match(candidate)
    return match.group(1) if match else None


class YouTube(Platform):
    """YouTube videos, shorts and live streams."""

    name: ClassVar[str] = "youtube"
    title: ClassVar[str] = "YouTube"
    hosts: ClassVar[frozenset[str]] = HOSTS
    api_hosts: ClassVar[frozenset[str]] = frozenset()

    def parse_url(self, url: str) -> PostRef | None:
        """Return the video a URL names, canonicalised to ``watch?v=``."""
        video_id = video_id_of(url)
        if video_id is None:
            return None
        return PostRef(self.name, video_id, f"https://www.youtube.com/watch?v={video_id}")

    def find_markup(self, tree: Any) -> Iterable[MarkupHit]:
        """Yield player iframes (and old ``<embed>`` players); the title is their only text."""
        for element, src in common.iframe_sources(tree):
            ref = self.parse_url(src)
            if ref is None:
                continue
            title = str(element.get("title") or "").strip()
            text = None if title.lower() in GENERIC_TITLES else title
            yield MarkupHit(element, EmbedForm.RENDERED, ref, text=text)

    def requires_credentials(self, env: Mapping[str, str]) -> str | None:
        """YouTube's oEmbed needs no credentials."""
        return None

    def endpoints(self, ref: PostRef, env: Mapping[str, str]) -> tuple[Endpoint, ...]:
        """YouTube's public oEmbed."""
        return (Endpoint("oembed", OEMBED.format(url=common.encode(ref.url))),)

    def read(self, endpoint: Endpoint, ref: PostRef, status_code: int,
             headers: Mapping[str, str], body: bytes) -> Reading:
        """Read an oEmbed answer; check the body is JSON before trusting a 200."""
        failure = common.http_failure(self.title, status_code, headers)
        if failure is not None:
            return failure
        data = common.load_json(body)
        if status_code == 200 and isinstance(data, dict):
            handle = None
            author_url = str(data.get("author_url") or "")
            if "/@" in author_url:
                handle = author_url.rsplit("/@", 1)[1].strip("/") or None
            post = PostRecord(self.name, ref.post_id, ref.url, text=str(data.get("title") or ""),
                              handle=handle, author=data.get("author_name"))
            return Reading(Status.LIVE, "YouTube oEmbed describes the video", post)
        text = body[:40].decode("utf-8", errors="replace").strip()
        if (status_code == 200 and text.lower() == "forbidden") or status_code == 403:
            return Reading(Status.PROTECTED, f"YouTube oEmbed answered {status_code} "
                           f"{text!r}: the video is private")
        if status_code == 401:
            # The owner turned embedding off: the video exists, but oEmbed will not describe it.
            return Reading(Status.LIVE, "YouTube oEmbed answered 401: embedding is disabled, "
                           "the video exists but its details cannot be read", decisive=False)
        if status_code in (400, 404):
            return Reading(Status.NOT_FOUND_UNKNOWN, f"YouTube oEmbed answered {status_code}: "
                           "no such video (removed, private or never existed)")
        return common.unexpected("YouTube oEmbed", status_code, body)

    def read_archived(self, ref: PostRef, body: bytes) -> PostRecord | None:
        """Read title, channel and publication time from an archived watch page."""
        meta = common.page_meta(body)
        if (meta.title or "").strip().lower() in WALL_TITLES:
            return None
        channel = meta.tree.select_one('[itemprop="author"] [itemprop="name"]')
        author = channel.get("content") if channel is not None else None
        return PostRecord(self.name, ref.post_id, ref.url, str(meta.title),
                          author=author if isinstance(author, str) else None,
                          created_at=common.parse_time(meta.published))

    def archive_urls(self, ref: PostRef) -> tuple[str, ...]:
        """The watch page and the short link."""
        return (ref.url, f"https://youtu.be/{ref.post_id}")
