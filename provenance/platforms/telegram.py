"""Telegram: the ``script[data-telegram-post]`` widget, its ``?embed=1`` iframe, ``t.me`` links.

A post is ``<channel>/<message id>``; message IDs count per channel, so they carry no time.
``t.me/<ch>/<id>``, ``t.me/s/<ch>/<id>``, ``telegram.me`` and topic links
(``t.me/<ch>/<topic>/<id>``) are one post. The widget page ``t.me/<ch>/<id>?embed=1`` shows a
public post's text, author and time; a page without a message says nothing about why.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from datetime import UTC, datetime
from typing import Any, ClassVar

from provenance.model import EmbedForm, PostRecord, Status
from provenance.platforms import common
from provenance.platforms.base import Endpoint, MarkupHit, Platform, PostRef, Reading

HOSTS = frozenset({"t.me", "www.t.me", "telegram.me", "www.telegram.me", "telegram.dog"})
#: A public channel username.
CHANNEL = re.compile(r"^[A-Za-z][A-Za-z0-9_]{3,31}$")
_MESSAGE = re.compile(r"^\d{1,10}$")
#: First path segments that are Telegram pages, not channels.
RESERVED = frozenset({"s", "c", "joinchat", "share", "addstickers", "addemoji", "proxy",
                      "socks", "iv", "login", "bg", "setlanguage", "confirmphone", "invoice",
                      "addlist", "boost", "addtheme", "contact", "m"})
#: Widget texts that mean the post exists but is shown only inside the app.
APP_ONLY = ("Please open Telegram to view this post",)
#: Error texts that mean the channel is blocked where the request came from.
BLOCKED = ("can't be displayed", "cannot be displayed")
WIDGET = "https://t.me/{post}?embed=1&mode=tme"


def post_of(url: str) -> tuple[str, str] | None:
    """``(channel, message_id)`` of a public post link, or None."""
    parts = common.split_url(url)
    if parts is None or parts.host not in HOSTS:
        return None
    segments = parts.segments()
    if segments[:1] == ["s"]:
        segments = segments[1:]
    if len(segments) < 2 or segments[0].lower() in RESERVED or not CHANNEL.match(segments[0]):
        return None
    message = segments[2] if len(segments) >= 3 and _MESSAGE.match(segments[1]) else segments[1]
    if not _MESSAGE.match(message):
        return None
    return segments[0].lower(), message


class Telegram(Platform):
    """Posts in public Telegram channels."""

    name: ClassVar[str] = "telegram"
    title: ClassVar[str] = "Telegram"
    hosts: ClassVar[frozenset[str]] = HOSTS
    api_hosts: ClassVar[frozenset[str]] = frozenset()

    def parse_url(self, url: str) -> PostRef | None:
        """Return the post of a ``t.me`` link; channel and invite links are not posts."""
        found = post_of(url)
        if found is None:
            return None
        channel, message = found
        return PostRef(self.name, f"{channel}/{message}", f"https://t.me/{channel}/{message}",
                       channel)

    def find_markup(self, tree: Any) -> Iterable[MarkupHit]:
        """Yield widget scripts (``data-telegram-post``) and ``?embed=1`` iframes."""
        for element in common.elements(tree, "script"):
            post = element.get("data-telegram-post")
            if isinstance(post, str) and (ref := self.parse_url(f"https://t.me/{post}")):
                yield MarkupHit(element, EmbedForm.MARKUP, ref, handle=ref.handle)
        for element, src in common.iframe_sources(tree):
            ref = self.parse_url(src)
            if ref is not None:
                yield MarkupHit(element, EmbedForm.RENDERED, ref, handle=ref.handle)

    def requires_credentials(self, env: Mapping[str, str]) -> str | None:
        """The widget page needs no credentials."""
        return None

    def endpoints(self, ref: PostRef, env: Mapping[str, str]) -> tuple[Endpoint, ...]:
        """The public widget page of the post."""
        return (Endpoint("widget", WIDGET.format(post=ref.post_id)),)

    def read(self, endpoint: Endpoint, ref: PostRef, status_code: int,
             headers: Mapping[str, str], body: bytes) -> Reading:
        """Read the widget page: ``div.tgme_widget_message`` with text, author and time."""
        failure = common.http_failure(self.title, status_code, headers)
        if failure is not None:
            return failure
        if status_code != 200:
            return common.unexpected("Telegram widget", status_code, body)
        from bs4 import BeautifulSoup  # here: a text article never needs it
        page = BeautifulSoup(body, "html.parser")
        message = _message(page, ref)
        error = page.find(class_="tgme_widget_message_error")
        if message is None or error is not None:
            said = common.element_text(error) if error is not None else "no message on the page"
            if any(marker in said for marker in BLOCKED):
                return Reading(Status.WITHHELD, f"Telegram widget: {said!r}")
            return Reading(Status.NOT_FOUND_UNKNOWN, f"Telegram widget shows no post ({said!r}):"
                           " deleted, never existed or not public")
        post = _record(self.name, ref, message)
        text = post.text
        if not text and any(marker in common.element_text(message) for marker in APP_ONLY):
            return Reading(Status.LOGIN_GATED, "Telegram widget: the post is shown only in the "
                           "app", post)
        return Reading(Status.LIVE, "Telegram widget shows the post", post)

    def read_archived(self, ref: PostRef, body: bytes) -> PostRecord | None:
        """Read an archived widget, ``/s/`` preview or post page.

        Widget and preview pages hold the message markup; a post page holds the widget script
        for this post and the text in ``og:description``. A channel page (where a missing post
        redirects) has neither and gives None.
        """
        meta = common.page_meta(body)
        message = _message(meta.tree, ref)
        if message is not None:
            post = _record(self.name, ref, message)
            return post if post.text else None
        script = meta.tree.find("script", attrs={"data-telegram-post": True})
        named = str(script.get("data-telegram-post")).lower() if script is not None else ""
        if named != ref.post_id or not meta.description:
            return None
        return PostRecord(self.name, ref.post_id, ref.url, meta.description, handle=ref.handle,
                          author=meta.title)

    def archive_urls(self, ref: PostRef) -> tuple[str, ...]:
        """The post page and its ``/s/`` preview spelling."""
        return (ref.url, f"https://t.me/s/{ref.post_id}")


def _message(page: Any, ref: PostRef) -> Any:
    """The message div for this post (a preview page lists many; a widget page has one)."""
    for message in page.find_all("div", class_="tgme_widget_message"):
        named = str(message.get("data-post") or "").lower()
        if named in ("", ref.post_id):
            return message
    return None


def _record(name: str, ref: PostRef, message: Any) -> PostRecord:
    """The post a message div shows: text, channel name and time."""
    text_box = message.find(class_="tgme_widget_message_text")
    owner = message.find(class_="tgme_widget_message_owner_name") \
        or message.find(class_="tgme_widget_message_author")
    stamp = message.find("time")
    return PostRecord(name, ref.post_id, ref.url,
                      text=common.element_text(text_box) if text_box is not None else "",
                      handle=ref.handle,
                      author=common.element_text(owner) if owner is not None else None,
                      created_at=_time(stamp.get("datetime") if stamp is not None else None))


def _time(value: Any) -> datetime | None:
    if not isinstance(value, str):
        return None
    try:
        return datetime.fromisoformat(value).astimezone(UTC)
    except ValueError:
        return None
