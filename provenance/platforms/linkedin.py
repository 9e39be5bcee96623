"""LinkedIn: ``/embed/feed/update/urn:li:…`` iframes and post links.

A post is a URN (``urn:li:activity:<id>``, ``urn:li:share:<id>``, ``urn:li:ugcPost:<id>``);
``/feed/update/<urn>``, the embed iframe and ``/posts/<user>_<slug>-activity-<id>-<x>`` name
it. The ID's top 41 bits are Unix milliseconds (formats.md §4.7). LinkedIn offers no public
endpoint for a post: its pages answer logged-out visitors with a login wall (HTTP 999 or a
redirect to ``/authwall``), so nothing is fetched and :meth:`LinkedIn.requires_credentials`
says why. :meth:`LinkedIn.read` still recognises the login wall in recorded answers.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from datetime import UTC, datetime
from typing import Any, ClassVar
from urllib.parse import unquote

from provenance.model import EmbedForm, PostRecord, Status
from provenance.platforms import common
from provenance.platforms.base import Endpoint, IdTime, MarkupHit, Platform, PostRef, Reading
from provenance.platforms.idtime import parse_int, snowflake_time, within_window

HOSTS = frozenset({"linkedin.com", "www.linkedin.com", "m.linkedin.com"})
#: URN kinds that name a post.
KINDS = ("activity", "share", "ugcPost")
_URN = re.compile(rf"urn:li:({'|'.join(KINDS)}):(\d{{15,20}})", re.IGNORECASE)
#: ``/posts/<user>_<slug>-activity-<id>-<suffix>``.
_POSTS = re.compile(rf"^(?P<user>[^_/]{{1,100}})_.{{0,300}}?-(?P<kind>{'|'.join(KINDS)})"
                    r"-(?P<id>\d{15,20})(?:-|$)", re.IGNORECASE)
#: LinkedIn launched in May 2003.
LAUNCHED = datetime(2003, 5, 5, tzinfo=UTC)
#: Status codes and URL fragments of LinkedIn's login wall.
LOGIN_WALL_STATUS = 999
LOGIN_WALL_MARKERS = ("authwall", "/login", "uas/login")


#: ``og:title`` of a public post page: ``NAME on LinkedIn: TEXT…``.
ARCHIVED_TITLE_RE = re.compile(r"^(?P<name>[^\n]{1,120}?) on LinkedIn: ")
#: Words in the titles of LinkedIn's sign-in pages.
WALL_WORDS = ("Sign Up", "Sign In", "Log In", "LinkedIn Login")


def canonical(kind: str, post_id: str) -> str:
    """The post's ``feed/update`` URL."""
    return f"https://www.linkedin.com/feed/update/urn:li:{kind}:{post_id}/"


class LinkedIn(Platform):
    """LinkedIn posts."""

    name: ClassVar[str] = "linkedin"
    title: ClassVar[str] = "LinkedIn"
    hosts: ClassVar[frozenset[str]] = HOSTS
    api_hosts: ClassVar[frozenset[str]] = frozenset()

    def parse_url(self, url: str) -> PostRef | None:
        """Return the post of a ``feed/update``, ``embed/feed/update`` or ``/posts/`` link."""
        parts = common.split_url(url)
        if parts is None or parts.host not in HOSTS:
            return None
        segments = parts.segments()
        path = unquote(parts.path)  # URNs are often percent-encoded (``urn%3Ali%3A…``)
        if "update" in segments[:3] and (urn := _URN.search(path)):
            kind = next(k for k in KINDS if k.lower() == urn.group(1).lower())
            return PostRef(self.name, urn.group(2), canonical(kind, urn.group(2)))
        if len(segments) >= 2 and segments[0] == "posts" and (post := _POSTS.match(segments[1])):
            kind = next(k for k in KINDS if k.lower() == post["kind"].lower())
            return PostRef(self.name, post["id"], canonical(kind, post["id"]),
                           post["user"].lower())
        return None

    def find_markup(self, tree: Any) -> Iterable[MarkupHit]:
        """Yield ``embed/feed/update`` iframes (they carry only the URN)."""
        for element, src in common.iframe_sources(tree):
            parts = common.split_url(src)
            if parts is not None and "/embed/" in parts.path and (ref := self.parse_url(src)):
                yield MarkupHit(element, EmbedForm.RENDERED, ref)

    def id_time(self, post_id: str) -> IdTime:
        """Decode a post ID (a bare number or a URN): ``id >> 22`` is Unix milliseconds."""
        urn = _URN.search(post_id)
        value = parse_int(urn.group(2) if urn else post_id)
        if value is None:
            return IdTime(None, f"{post_id!r} is not a LinkedIn post ID")
        return within_window(snowflake_time(value, shift=22), LAUNCHED,
                             "post ID >> 22 = Unix ms", self.title)

    def requires_credentials(self, env: Mapping[str, str]) -> str | None:
        """Always a reason: LinkedIn shows posts only to signed-in members."""
        return "LinkedIn has no public endpoint for posts; its pages need a signed-in session"

    def endpoints(self, ref: PostRef, env: Mapping[str, str]) -> tuple[Endpoint, ...]:
        """None: see :meth:`requires_credentials`."""
        return ()

    def read_archived(self, ref: PostRef, body: bytes) -> PostRecord | None:
        """Read an archived public post page: ``og:description`` text, author from the title."""
        meta = common.page_meta(body)
        title = meta.title or ""
        titled = ARCHIVED_TITLE_RE.match(title)
        if titled is None or not meta.description or any(w in title for w in WALL_WORDS):
            return None
        return PostRecord(self.name, ref.post_id, ref.url, meta.description,
                          handle=ref.handle, author=titled["name"].strip(),
                          created_at=common.parse_time(meta.published))

    def read(self, endpoint: Endpoint, ref: PostRef, status_code: int,
             headers: Mapping[str, str], body: bytes) -> Reading:
        """Recognise the login wall in a recorded answer for a post page."""
        failure = common.http_failure(self.title, status_code, headers)
        if failure is not None and status_code != LOGIN_WALL_STATUS:
            return failure
        location = common.header(headers, "location")
        if status_code == LOGIN_WALL_STATUS or (
                status_code in (301, 302, 303, 307) and any(m in location
                                                            for m in LOGIN_WALL_MARKERS)):
            return Reading(Status.LOGIN_GATED, f"LinkedIn answered {status_code} "
                           f"{location or ''}: login wall".replace("  ", " "))
        if status_code == 404:
            return Reading(Status.NOT_FOUND_UNKNOWN, "LinkedIn answered 404")
        return common.unexpected("LinkedIn", status_code, body)
