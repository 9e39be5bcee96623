"""Vimeo: ``player.vimeo.com/video/<id>`` iframes and ``vimeo.com/<id>`` URLs.

Video IDs are sequential numbers with no time. Unlisted videos need the hash that follows the ID
(``vimeo.com/<id>/<hash>`` or ``?h=<hash>``), so it stays in the canonical URL. The public oEmbed
gives title, author and ``upload_date``; it answers 403 for videos whose privacy forbids embedding
and 404 for videos it cannot find.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any, ClassVar

from provenance.model import PostRecord
from provenance.platforms import common
from provenance.platforms.base import PostRef
from provenance.platforms.video import OEmbedVideo

HOSTS = frozenset({"vimeo.com", "www.vimeo.com", "player.vimeo.com"})
_ID = re.compile(r"^\d{3,12}$")
_HASH = re.compile(r"^[0-9a-f]{6,20}$")
#: Path words under which ``video/<id>`` or ``<id>`` follows a container name.
CONTAINERS = frozenset({"channels", "groups", "album", "showcase"})
OEMBED = "https://vimeo.com/api/oembed.json?url={url}"


class Vimeo(OEmbedVideo):
    """Vimeo videos."""

    oembed: ClassVar[str] = OEMBED
    forbidden_reason: ClassVar[str] = (
        "the video's privacy settings forbid embedding (private or domain-restricted)"
    )
    placeholder_titles: ClassVar[frozenset[str]] = frozenset({"vimeo", "page not found"})

    name: ClassVar[str] = "vimeo"
    title: ClassVar[str] = "Vimeo"
    hosts: ClassVar[frozenset[str]] = HOSTS
    api_hosts: ClassVar[frozenset[str]] = frozenset()

    def parse_url(self, url: str) -> PostRef | None:
        """Return the video of ``vimeo.com/<id>[/<hash>]``, channel/showcase paths or the player."""
        parts = common.split_url(url)
        if parts is None or parts.host not in HOSTS:
            return None
        segments = parts.segments()
        index: int | None = None
        if segments and _ID.match(segments[0]):
            index = 0
        elif parts.host == "player.vimeo.com" and len(segments) >= 2 and segments[0] == "video":
            index = 1
        elif segments and segments[0] in CONTAINERS:
            index = next((i for i, part in enumerate(segments[2:], 2) if _ID.match(part)), None)
        if index is None or index >= len(segments) or not _ID.match(segments[index]):
            return None
        video_id = segments[index]
        after = segments[index + 1] if index + 1 < len(segments) else ""
        secret = after if _HASH.match(after) else parts.query.get("h", "")
        url = f"https://vimeo.com/{video_id}"
        if _HASH.match(secret):
            url += f"/{secret}"
        return PostRef(self.name, video_id, url)

    def post_from(self, data: Mapping[str, Any], ref: PostRef) -> PostRecord:
        """Title, author and ``upload_date``."""
        return PostRecord(self.name, ref.post_id, ref.url, text=str(data.get("title") or ""),
                          author=data.get("author_name"),
                          created_at=_upload_date(data.get("upload_date")))


def _upload_date(value: Any) -> datetime | None:
    """``upload_date`` (``2013-04-11 13:53:49``, no zone given; read as UTC)."""
    if not isinstance(value, str):
        return None
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)
