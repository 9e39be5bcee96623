"""Facebook: ``div.fb-post``/``fb-video`` (XFBML), plugin iframes, ``Posted by NAME on DATE``.

Facebook spells one post many ways (``/<page>/posts/<id>``, ``permalink.php?story_fbid=``,
``story.php``, ``m.``/``web.``/``mbasic.`` hosts, ``pfbid…`` IDs); videos and reels all play
at ``/watch/?v=<id>``; photos at ``/photo/?fbid=<id>``. IDs carry no documented time. Reading
goes through Meta's oEmbed (``oembed_post``/``oembed_video``), a token optional since 2026.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any, ClassVar

from provenance.model import EmbedForm, PostRecord
from provenance.platforms import common, footers
from provenance.platforms.base import MarkupHit, PostRef, TextHit
from provenance.platforms.meta import MetaOEmbed

HOSTS = frozenset({
    "facebook.com", "www.facebook.com", "m.facebook.com", "web.facebook.com",
    "mbasic.facebook.com", "touch.facebook.com", "mobile.facebook.com", "business.facebook.com",
    "fb.com", "www.fb.com", "fb.watch",
})
#: A post ID: numeric, or the opaque ``pfbid`` form.
POST_ID = re.compile(r"^(?:\d{5,25}|pfbid0?[A-Za-z0-9]{20,80})$")
#: First path segments that are never a page name.
RESERVED = frozenset({"sharer", "sharer.php", "dialog", "plugins", "tr", "login", "share",
                      "hashtag", "events", "pages", "profile.php", "help", "policies"})
#: Plugin iframes that carry a post or video (``like.php``/``page.php`` do not).
PLUGINS = ("/plugins/post.php", "/plugins/video.php", "/plugins/comment_embed.php")
#: Weekday names the footer may put before its date.
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
#: The flattened footer: ``Posted by NAME on Thursday, 13 March 2014``.
FOOTER_RE = footers.DatedPattern(
    r"Posted by\s*(?P<name>[^\n]{1,80}?)\s*on\s*"
    rf"(?:(?:{'|'.join(WEEKDAYS)}),?\s*)?(?P<date><DATE>)",
    re.IGNORECASE)
#: What every :data:`FOOTER_RE` match holds, letter case aside (:func:`footers.may_hold`).
FOOTER_PHRASES = ("posted by",)
#: ``og:title`` values of Facebook's login walls and error pages (archived instead of posts).
WALL_TITLES = frozenset({"facebook", "log into facebook", "log in or sign up to view",
                         "facebook – log in or sign up", "facebook - log in or sign up",
                         "content not found", "error"})
GRAPH = "https://graph.facebook.com/{version}/{kind}?url={url}"


def _post(owner: str | None, post_id: str) -> tuple[str, str]:
    url = (f"https://www.facebook.com/{owner}/posts/{post_id}" if owner
           else f"https://www.facebook.com/{post_id}")
    return post_id, url


def _video(video_id: str) -> tuple[str, str]:
    return video_id, f"https://www.facebook.com/watch/?v={video_id}"


def _photo(photo_id: str) -> tuple[str, str]:
    return photo_id, f"https://www.facebook.com/photo/?fbid={photo_id}"


def identify(url: str) -> tuple[str, str, str | None] | None:
    """``(post_id, canonical_url, owner)`` of a Facebook post, video or photo URL, or None."""
    parts = common.split_url(url)
    if parts is None or parts.host not in HOSTS:
        return None
    segments, query = parts.segments(), parts.query
    if parts.host == "fb.watch":
        return (f"fb.watch/{segments[0]}", f"https://fb.watch/{segments[0]}/", None) \
            if segments else None
    if not segments:
        return None
    first = segments[0].lower()
    found: tuple[str, str] | None = None
    owner: str | None = None
    if first in ("permalink.php", "story.php") and POST_ID.match(query.get("story_fbid", "")):
        owner = query.get("id")
        found = _post(owner, query["story_fbid"])
    elif first in ("photo.php", "photo") and POST_ID.match(query.get("fbid", "")):
        found = _photo(query["fbid"])
    elif first in ("video.php", "watch") and POST_ID.match(query.get("v", "")):
        found = _video(query["v"])
    elif first in ("reel", "watch") and len(segments) >= 2 and POST_ID.match(segments[1]):
        found = _video(segments[1])
    elif first == "share" and len(segments) >= 3 and segments[1] in ("p", "v", "r"):
        # A share link hides the post behind a redirect; it is still one post.
        found = (f"share/{segments[1]}/{segments[2]}",
                 f"https://www.facebook.com/share/{segments[1]}/{segments[2]}/")
    elif first == "groups" and len(segments) >= 4 and segments[2] in ("posts", "permalink") \
            and POST_ID.match(segments[3]):
        owner = f"groups/{segments[1]}"
        found = _post(owner, segments[3])
    elif first not in RESERVED and len(segments) >= 3:
        owner = segments[0]
        if segments[1] == "posts" and POST_ID.match(segments[2]):
            found = _post(owner, segments[2])
        else:
            found = _owned(segments[1:])
    if found is None:
        return None
    return found[0], found[1], owner


def _owned(rest: list[str]) -> tuple[str, str] | None:
    """Posts, videos and photos under a page or profile name."""
    kind = rest[0].lower()
    candidates = [part for part in rest[1:] if POST_ID.match(part)]
    if not candidates:
        return None
    if kind == "videos":
        return _video(candidates[-1])
    if kind == "photos":
        return _photo(candidates[-1])
    return None


class Facebook(MetaOEmbed):
    """Facebook posts, videos and photos."""

    name: ClassVar[str] = "facebook"
    title: ClassVar[str] = "Facebook"
    hosts: ClassVar[frozenset[str]] = HOSTS
    api_hosts: ClassVar[frozenset[str]] = frozenset({"graph.facebook.com"})

    def parse_url(self, url: str) -> PostRef | None:
        """Return the post a Facebook URL names; pages, sharers and like buttons are not posts."""
        found = identify(url)
        if found is None:
            return None
        post_id, canonical_url, owner = found
        handle = owner if owner and not owner.isdigit() and "/" not in owner else None
        return PostRef(self.name, post_id, canonical_url, handle)

    def find_markup(self, tree: Any) -> Iterable[MarkupHit]:
        """Yield XFBML ``div.fb-post``/``div.fb-video`` and ``plugins/post.php`` iframes."""
        for element in common.elements(tree, ["div", "blockquote"]):
            is_div = element.name == "div" and (common.has_class(element, "fb-post")
                                                or common.has_class(element, "fb-video"))
            bare = element.name == "blockquote" \
                and common.has_class(element, "fb-xfbml-parse-ignore") \
                and element.find_parent("div", class_=["fb-post", "fb-video"]) is None
            if not (is_div or bare):
                continue
            link = element.get("data-href") or element.get("cite") or ""
            ref = self.parse_url(link) if isinstance(link, str) else None
            yield self._hit(element, EmbedForm.MARKUP, ref)
        for element, src in common.iframe_sources(tree):
            parts = common.split_url(src)
            if parts is None or parts.host not in HOSTS or not parts.path.startswith(PLUGINS):
                continue
            target = parts.query.get("href", "")
            yield MarkupHit(element, EmbedForm.RENDERED, self.parse_url(target))

    def _hit(self, element: Any, form: EmbedForm, ref: PostRef | None) -> MarkupHit:
        text = common.flat_text(element)
        match = FOOTER_RE.search(text)
        paragraph = element.find("p")
        body = common.element_text(paragraph) if paragraph is not None else None
        if match is None:
            return MarkupHit(element, form, ref, text=body or None)
        return MarkupHit(element, form, ref, author=match["name"].strip(),
                         claimed_date=footers.parse_date(match["date"]), text=body or None)

    def find_flattened(self, text: str) -> Iterable[TextHit]:
        """Yield ``POST TEXT Posted by NAME on Weekday, D Month YYYY`` leftovers."""
        if not footers.may_hold(text, FOOTER_PHRASES):
            return
        for match in FOOTER_RE.finditer(text):
            start, body = footers.text_before(text, match.start())
            yield TextHit(start, match.end(), None, match["name"].strip(),
                          footers.parse_date(match["date"]), body)

    def read_archived(self, ref: PostRef, body: bytes) -> PostRecord | None:
        """Read an archived post page: ``og:description`` is the text, ``og:title`` the author."""
        meta = common.page_meta(body)
        if not meta.description or (meta.title or "").strip().lower() in WALL_TITLES:
            return None
        return PostRecord(self.name, ref.post_id, ref.url, meta.description,
                          handle=ref.handle, author=meta.title,
                          created_at=common.parse_time(meta.published))

    def oembed_url(self, ref: PostRef) -> str:
        """``oembed_video`` for videos, ``oembed_post`` otherwise."""
        kind = "oembed_video" if "/watch/" in ref.url or "/share/v/" in ref.url \
            else "oembed_post"
        return GRAPH.format(version=common.META_GRAPH_VERSION, kind=kind,
                            url=common.encode(ref.url))
