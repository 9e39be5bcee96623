"""The shape shared by video platforms read through a public oEmbed endpoint.

Vimeo and Dailymotion differ only in their URLs and in a few answer details: both embed a player
iframe whose ``title`` is the only text, both describe a video through an oEmbed endpoint that
needs no credentials (403 = the owner forbids embedding, 404 = no such video), and both archive a
watch page whose ``og:`` tags hold the title. A platform of this shape subclasses
:class:`OEmbedVideo`, sets the class variables and overrides :meth:`OEmbedVideo.post_from` where its
oEmbed says more (Vimeo's ``upload_date``).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, ClassVar

from provenance.model import EmbedForm, PostRecord, Status
from provenance.platforms import common
from provenance.platforms.base import Endpoint, MarkupHit, Platform, PostRef, Reading


class OEmbedVideo(Platform):
    """Base for video platforms with a public oEmbed endpoint; subclasses set the tables."""

    oembed: ClassVar[str] = ""
    """oEmbed URL template with ``{url}`` for the encoded canonical video URL."""
    not_found_statuses: ClassVar[frozenset[int]] = frozenset({404})
    """oEmbed statuses that mean "no such video" (removed, private or never existed)."""
    forbidden_reason: ClassVar[str] = "the owner's settings forbid embedding"
    """What a 403 from oEmbed means on this platform."""
    placeholder_titles: ClassVar[frozenset[str]] = frozenset({"page not found"})
    """Lower-case ``og:title`` values of error or landing pages (no video in the capture)."""

    def find_markup(self, tree: Any) -> Iterable[MarkupHit]:
        """Yield player iframes; the iframe's title is the only text they carry."""
        for element, src in common.iframe_sources(tree):
            ref = self.parse_url(src)
            if ref is not None:
                title = str(element.get("title") or "").strip() or None
                yield MarkupHit(element, EmbedForm.RENDERED, ref, text=title)

    def read_archived(self, ref: PostRef, body: bytes) -> PostRecord | None:
        """Read title and publication time from an archived video page's ``og:`` tags."""
        meta = common.page_meta(body)
        title = (meta.title or "").strip()
        if not title or title.lower() in self.placeholder_titles | {self.title.lower()}:
            return None
        return PostRecord(self.name, ref.post_id, ref.url, title,
                          created_at=common.parse_time(meta.published))

    def requires_credentials(self, env: Mapping[str, str]) -> str | None:
        """The public oEmbed needs no credentials."""
        return None

    def endpoints(self, ref: PostRef, env: Mapping[str, str]) -> tuple[Endpoint, ...]:
        """The public oEmbed endpoint."""
        return (Endpoint("oembed", self.oembed.format(url=common.encode(ref.url))),)

    def post_from(self, data: Mapping[str, Any], ref: PostRef) -> PostRecord:
        """The video as a live oEmbed answer describes it (title and author)."""
        return PostRecord(self.name, ref.post_id, ref.url, text=str(data.get("title") or ""),
                          author=data.get("author_name"))

    def read(self, endpoint: Endpoint, ref: PostRef, status_code: int,
             headers: Mapping[str, str], body: bytes) -> Reading:
        """Read an oEmbed answer: live with the video's details, protected, or not found."""
        source = f"{self.title} oEmbed"
        failure, data = common.oembed_json(self.title, status_code, headers, body)
        if failure is not None:
            return failure
        if data is not None:
            return Reading(Status.LIVE, f"{source} describes the video", self.post_from(data, ref))
        if status_code == 403:
            return Reading(Status.PROTECTED, f"{source} answered 403: {self.forbidden_reason}")
        if status_code in self.not_found_statuses:
            return Reading(Status.NOT_FOUND_UNKNOWN, f"{source} answered {status_code}: no such "
                           "video (removed, private or never existed)")
        return common.unexpected(source, status_code, body)
