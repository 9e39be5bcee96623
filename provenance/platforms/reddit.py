"""Reddit: ``blockquote.reddit-embed-bq`` and old ``reddit-card``, embed iframes, post links.

A post is its base36 ID (``aczfgr``; ``t3_aczfgr`` in the API); every spelling (``redd.it``,
``old.``/``np.``/``new.`` hosts, ``/r/<sub>/comments/<id>/<slug>``, ``/comments/<id>``,
``embed.reddit.com``) is one post with the canonical URL ``https://www.reddit.com/comments/<id>/``.
IDs are sequential: no time. The post's JSON (``/comments/<id>.json``) says whether it was
removed and by whom (``removed_by_category``); a private or banned subreddit answers 403 with
a ``reason``. ``data-card-created`` on old cards is when the *embed* was made, not the post.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from datetime import UTC, datetime
from typing import Any, ClassVar

from provenance.model import EmbedForm, PostRecord, Status
from provenance.platforms import common, footers
from provenance.platforms.base import Endpoint, MarkupHit, Platform, PostRef, Reading, TextHit

HOSTS = frozenset({
    "reddit.com", "www.reddit.com", "old.reddit.com", "np.reddit.com", "new.reddit.com",
    "m.reddit.com", "i.reddit.com", "sh.reddit.com", "redd.it", "embed.reddit.com",
    "redditmedia.com", "www.redditmedia.com", "embed.redditmedia.com",
})
_ID = re.compile(r"^[a-z0-9]{4,10}$")
_USER = r"[A-Za-z0-9_-]{3,20}"
_SUB = r"[A-Za-z0-9_]{2,21}"
# Both footers open with their literal and check the word boundary behind it afterwards
# (``(?<!\wby u/)`` is ``\b`` before ``by``): a pattern that starts with a literal is searched
# for as a string, one that starts with ``\b`` is tried at every position (18x slower).
#: New embed, flattened: ``TITLE by u/NAME in SUB``.
BY_RE = re.compile(rf"by u/(?<!\wby u/)(?P<user>{_USER}) in (?:r/)?(?P<sub>{_SUB})\b")
#: Old card, flattened: ``TITLE from r/SUB`` ending its line.
FROM_RE = re.compile(rf"from r/(?<!\wfrom r/)(?P<sub>{_SUB})[ \t]*(?:\n|$)")
#: ``removed_by_category`` values: who took the post down, and what that makes it.
REMOVALS: dict[str, Status] = {
    "deleted": Status.DELETED,
    "author": Status.DELETED,
    "moderator": Status.WITHHELD,
    "automod_filtered": Status.WITHHELD,
    "reddit": Status.WITHHELD,
    "anti_evil_ops": Status.WITHHELD,
    "content_takedown": Status.WITHHELD,
    "copyright_takedown": Status.WITHHELD,
    "community_ops": Status.WITHHELD,
}
#: 403 ``reason`` values for a subreddit that cannot be read.
FORBIDDEN_REASONS: dict[str, Status] = {
    "private": Status.PROTECTED,
    "banned": Status.SUSPENDED,
    "quarantined": Status.LOGIN_GATED,
    "gold_only": Status.LOGIN_GATED,
}
#: Prefixes and suffixes Reddit puts around a post title in ``og:title``.
TITLE_WRAPPERS = (re.compile(rf"^(?:r/{_SUB} on Reddit|From the {_SUB} community on Reddit): "),
                  re.compile(rf"\s*:\s*r?/?{_SUB}\s*$"))
#: ``og:title`` of pages that are not a post (walls, the front page, errors).
WALL_TITLES = frozenset({"reddit", "reddit - dive into anything", "page not found",
                         "reddit - the heart of the internet", "blocked"})
JSON = "https://www.reddit.com/comments/{id}.json"


def post_id_of(url: str) -> str | None:
    """The base36 post ID a Reddit URL names, or None (subreddits, users, share links)."""
    parts = common.split_url(url)
    if parts is None or parts.host not in HOSTS:
        return None
    segments = parts.segments()
    candidate = None
    if parts.host == "redd.it" and len(segments) == 1:
        candidate = segments[0]
    elif "comments" in segments[:4]:
        index = segments.index("comments")
        candidate = segments[index + 1] if index + 1 < len(segments) else None
    elif len(segments) >= 2 and segments[0] == "gallery":
        candidate = segments[1]
    candidate = (candidate or "").lower().removeprefix("t3_")
    return candidate if _ID.match(candidate) else None


class Reddit(Platform):
    """Reddit posts (submissions)."""

    name: ClassVar[str] = "reddit"
    title: ClassVar[str] = "Reddit"
    hosts: ClassVar[frozenset[str]] = HOSTS
    api_hosts: ClassVar[frozenset[str]] = frozenset()

    def parse_url(self, url: str) -> PostRef | None:
        """Return the post a URL names, canonicalised to ``/comments/<id>/``."""
        post_id = post_id_of(url)
        if post_id is None:
            return None
        return PostRef(self.name, post_id, f"https://www.reddit.com/comments/{post_id}/")

    def find_markup(self, tree: Any) -> Iterable[MarkupHit]:
        """Yield ``reddit-embed-bq``/``reddit-card`` blockquotes and embed iframes."""
        for element in common.elements(tree, "blockquote", ["reddit-embed-bq", "reddit-card"]):
            ref, title, handle = None, None, None
            for link in element.find_all("a"):
                href = str(link.get("href") or "")
                if ref is None and (ref := self.parse_url(href)):
                    title = common.element_text(link) or None
                elif (user := re.search(rf"/u(?:ser)?/({_USER})", href)) is not None:
                    handle = user.group(1)
            yield MarkupHit(element, EmbedForm.MARKUP, ref, handle=handle, text=title)
        for element, src in common.iframe_sources(tree):
            ref = self.parse_url(src)
            if ref is not None:
                yield MarkupHit(element, EmbedForm.RENDERED, ref)

    def find_flattened(self, text: str) -> Iterable[TextHit]:
        """Yield ``TITLE by u/NAME in SUB`` and line-ending ``TITLE from r/SUB`` leftovers."""
        hits = []
        for pattern in (BY_RE, FROM_RE):
            for match in pattern.finditer(text):
                # The title shares the footer's line, or (``<br>`` kept) is the line before it.
                start, title = footers.text_before(text, match.start())
                if title is None:
                    continue
                handle = match.groupdict().get("user")
                end = match.end() - (1 if match.group(0).endswith("\n") else 0)
                hits.append(TextHit(start, end, handle, None, None, title))
        return sorted(hits, key=lambda hit: hit.start)

    def requires_credentials(self, env: Mapping[str, str]) -> str | None:
        """The public JSON needs no credentials."""
        return None

    def endpoints(self, ref: PostRef, env: Mapping[str, str]) -> tuple[Endpoint, ...]:
        """The post's public JSON."""
        return (Endpoint("json", JSON.format(id=ref.post_id)),)

    def read(self, endpoint: Endpoint, ref: PostRef, status_code: int,
             headers: Mapping[str, str], body: bytes) -> Reading:
        """Read the post JSON: removal category, author ``[deleted]``, 403 reasons, 404."""
        failure = common.http_failure(self.title, status_code, headers)
        if failure is not None:
            return failure
        data = common.load_json(body)
        if status_code == 403:
            reason = str(data.get("reason", "")) if isinstance(data, dict) else ""
            if reason in FORBIDDEN_REASONS:
                return Reading(FORBIDDEN_REASONS[reason],
                               f"Reddit answered 403: the subreddit is {reason}")
            return Reading(Status.ERROR, "Reddit answered 403 without a reason (blocked client?)",
                           decisive=False)
        if status_code == 404:
            return Reading(Status.NOT_FOUND_UNKNOWN, "Reddit answered 404: no such post")
        post = _first_post(data) if status_code == 200 else None
        if post is None:
            return common.unexpected("Reddit JSON", status_code, body)
        record = _record(self.name, ref, post)
        removed = str(post.get("removed_by_category") or "")
        if removed:
            status = REMOVALS.get(removed, Status.WITHHELD)
            return Reading(status, f"Reddit: removed_by_category={removed!r}", record)
        if post.get("author") == "[deleted]" and post.get("selftext") in ("[deleted]", ""):
            return Reading(Status.DELETED, "Reddit: author and text are [deleted]", record)
        return Reading(Status.LIVE, "Reddit JSON returned the post", record)

    def read_archived(self, ref: PostRef, body: bytes) -> PostRecord | None:
        """Read an archived post JSON, or an archived post page's ``og:title``."""
        data = common.load_json(body)
        if data is not None:
            post = _first_post(data)
            return _record(self.name, ref, post) if post is not None else None
        meta = common.page_meta(body)
        title = (meta.title or "").strip()
        if title.lower() in WALL_TITLES:
            return None
        for wrapper in TITLE_WRAPPERS:
            title = wrapper.sub("", title)
        return PostRecord(self.name, ref.post_id, ref.url, title) if title else None

    def archive_urls(self, ref: PostRef) -> tuple[str, ...]:
        """The canonical URL, the old-Reddit spelling and the short link."""
        return (ref.url, f"https://old.reddit.com/comments/{ref.post_id}/",
                f"https://redd.it/{ref.post_id}")


def _first_post(data: Any) -> dict[str, Any] | None:
    """``[listing, comments][0].data.children[0].data``, or None."""
    try:
        post = data[0]["data"]["children"][0]["data"]
    except (KeyError, IndexError, TypeError):
        return None
    return post if isinstance(post, dict) else None


def _record(name: str, ref: PostRef, post: dict[str, Any]) -> PostRecord:
    title = str(post.get("title") or "")
    body = str(post.get("selftext") or "")
    created = post.get("created_utc")
    author = post.get("author")
    return PostRecord(
        name, ref.post_id, ref.url, text=f"{title}\n\n{body}".strip(),
        handle=author if author and author != "[deleted]" else None,
        created_at=datetime.fromtimestamp(created, UTC) if isinstance(created, int | float)
        else None)
