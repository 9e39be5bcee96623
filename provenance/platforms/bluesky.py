"""Bluesky: ``blockquote.bluesky-embed``, embed iframes, ``[image or embed] — Name (@handle) …``.

A post is ``at://<did or handle>/app.bsky.feed.post/<rkey>``; ``bsky.app/profile/<actor>/post/
<rkey>`` is the same post. The rkey is usually a TID whose top bits are microseconds
(formats.md §4.6), chosen by the client. The web permalink answers 200 even for posts that do
not exist, so only the public AppView's ``getPostThread`` is asked; whether the AppView accepts a
handle (not a DID) in the AT-URI is assumed, not verified. Footer dates are in the embedder's
time zone and locale (``November 25, 2024 at 12:58 AM``, ``20 novembre 2024 à 14:43``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from datetime import UTC, datetime
from typing import Any, ClassVar

from provenance.model import EmbedForm, PostRecord, Status
from provenance.platforms import common, footers
from provenance.platforms.base import (
    Endpoint,
    IdTime,
    MarkupHit,
    Platform,
    PostRef,
    Reading,
    TextHit,
)
from provenance.platforms.idtime import from_us, tid_to_int, within_window

HOSTS = frozenset({"bsky.app", "www.bsky.app", "staging.bsky.app", "embed.bsky.app"})
POST_COLLECTION = "app.bsky.feed.post"
#: A DID (``did:plc:…``, ``did:web:…``).
DID = re.compile(r"^did:(?:plc|web):[A-Za-z0-9._:%-]{1,200}$")
#: A handle is a domain name (so it always holds a dot, unlike X handles).
HANDLE = r"[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9-]{1,63}){1,8}"
_HANDLE_RE = re.compile(rf"^{HANDLE}$")
_RKEY = re.compile(r"^[A-Za-z0-9._~:-]{1,512}$")
#: Words between the date and the time, by footer language.
AT_WORDS = ("at", "à", "um", "a las", "alle", "às", "saat", "في")
#: The footer: dash, name, ``(@handle)``, date in words, optional time of day.
FOOTER_RE = footers.DatedPattern(
    # possessive spaces: a run of them is read one way (quadratic in the run otherwise)
    r"(?:—|–|&mdash;|--)\s*+(?P<name>[^\n()]{0,80}?)\s*+"
    rf"\(@(?P<handle>{HANDLE})\)\s*(?P<date><DATE>)"
    rf"(?:,?\s*(?:{'|'.join(AT_WORDS)})\s*"
    r"(?P<time>\d{1,2}[:h.]\d{2}(?:\s?[APap]\.?[Mm]\.?)?))?")
#: The ``(@handle)`` of every footer: only where it stands is :data:`FOOTER_RE` tried.
FOOTER_ANCHOR_RE = re.compile(rf"\(@{HANDLE}\)")
#: The link text that stands for media in the fallback markup.
MEDIA_PLACEHOLDER = "[image or embed]"
#: Bluesky opened its beta in late 2022; earlier TIDs are hand-made or not TIDs.
LAUNCHED = datetime(2022, 11, 1, tzinfo=UTC)
#: ``og:title`` of an archived post page: ``NAME (@handle)``.
ARCHIVED_TITLE_RE = re.compile(rf"^(?P<name>[^\n]{{0,120}}?)\s*\(@(?P<handle>{HANDLE})\)\s*$")
THREAD = ("https://public.api.bsky.app/xrpc/app.bsky.feed.getPostThread"
          "?uri={uri}&depth=0&parentHeight=0")


def at_uri(actor: str, rkey: str) -> str:
    """The AT-URI of a post."""
    return f"at://{actor}/{POST_COLLECTION}/{rkey}"


def _ref(name: str, actor: str, rkey: str) -> PostRef | None:
    actor = actor.strip()
    if DID.match(actor):
        handle = None
    elif _HANDLE_RE.match(actor):
        actor = handle = actor.lower()
    else:
        return None
    if not _RKEY.match(rkey):
        return None
    return PostRef(name, rkey, f"https://bsky.app/profile/{actor}/post/{rkey}", handle)


class Bluesky(Platform):
    """Bluesky posts."""

    name: ClassVar[str] = "bluesky"
    title: ClassVar[str] = "Bluesky"
    hosts: ClassVar[frozenset[str]] = HOSTS
    api_hosts: ClassVar[frozenset[str]] = frozenset({"public.api.bsky.app"})

    def parse_url(self, url: str) -> PostRef | None:
        """Return the post of a ``bsky.app`` link, an ``at://`` URI or an embed iframe address."""
        url = url.strip()
        if url.startswith("at://"):
            parts = url[5:].split("/")
            if len(parts) >= 3 and parts[1] == POST_COLLECTION:
                return _ref(self.name, parts[0], parts[2].split("?")[0])
            return None
        split = common.split_url(url)
        if split is None or split.host not in HOSTS:
            return None
        segments = split.segments()
        if split.host == "embed.bsky.app" and len(segments) >= 4 and segments[0] == "embed" \
                and segments[2] == POST_COLLECTION:
            return _ref(self.name, segments[1], segments[3])
        if len(segments) >= 4 and segments[0] == "profile" and segments[2] == "post":
            return _ref(self.name, segments[1], segments[3])
        return None

    def find_markup(self, tree: Any) -> Iterable[MarkupHit]:
        """Yield ``blockquote.bluesky-embed`` fallbacks and embed iframes."""
        for element in common.elements(tree, "blockquote", "bluesky-embed"):
            ref = self.parse_url(str(element.get("data-bluesky-uri") or ""))
            for link in element.find_all("a"):
                ref = ref or self.parse_url(str(link.get("href") or ""))
            paragraph = element.find("p")
            text = common.element_text(paragraph) if paragraph is not None else None
            if text:
                text = text.replace(MEDIA_PLACEHOLDER, "").strip() or None
            match = FOOTER_RE.search(common.flat_text(element))
            lang = paragraph.get("lang") if paragraph is not None else None
            if match is None:
                yield MarkupHit(element, EmbedForm.MARKUP, ref, text=text, lang=lang)
                continue
            yield MarkupHit(element, EmbedForm.MARKUP, ref, handle=match["handle"].lower(),
                            author=match["name"].strip() or None,
                            claimed_date=footers.parse_date(match["date"]), text=text,
                            lang=lang, claimed_time=match["time"])
        for element, src in common.iframe_sources(tree):
            ref = self.parse_url(src)
            if ref is not None:
                yield MarkupHit(element, EmbedForm.RENDERED, ref)

    def find_flattened(self, text: str) -> Iterable[TextHit]:
        """Yield ``POST TEXT [image or embed] — Name (@handle) DATE at TIME`` leftovers."""
        for match in footers.handle_footers(FOOTER_RE, FOOTER_ANCHOR_RE, text):
            start, body = footers.text_before(text, match.start())
            if body == MEDIA_PLACEHOLDER:
                # The placeholder kept its own line: the text is on the line before it.
                start, body = footers.text_before(text, start)
            if body:
                body = body.replace(MEDIA_PLACEHOLDER, "").strip() or None
            yield TextHit(start, match.end(), match["handle"].lower(),
                          match["name"].strip() or None, footers.parse_date(match["date"]), body,
                          claimed_time=match["time"])

    def id_time(self, post_id: str) -> IdTime:
        """Decode a TID record key: ``int >> 10`` microseconds since the Unix epoch."""
        value = tid_to_int(post_id)
        if value is None:
            return IdTime(None, f"{post_id!r} is not a TID record key: no time")
        return within_window(from_us(value >> 10), LAUNCHED,
                             "TID: µs since the Unix epoch (client-chosen)", self.title)

    def requires_credentials(self, env: Mapping[str, str]) -> str | None:
        """The public AppView needs no credentials."""
        return None

    def endpoints(self, ref: PostRef, env: Mapping[str, str]) -> tuple[Endpoint, ...]:
        """The public AppView's ``getPostThread`` (never the web permalink)."""
        actor = ref.url.split("/profile/", 1)[1].split("/", 1)[0]
        uri = common.encode(at_uri(actor, ref.post_id))
        return (Endpoint("getPostThread", THREAD.format(uri=uri)),)

    def read(self, endpoint: Endpoint, ref: PostRef, status_code: int,
             headers: Mapping[str, str], body: bytes) -> Reading:
        """Read ``getPostThread``: thread view, ``#notFoundPost``, ``#blockedPost``, 400 errors."""
        failure = common.http_failure(self.title, status_code, headers)
        if failure is not None:
            return failure
        data = common.load_json(body)
        if not isinstance(data, dict):
            return common.unexpected("Bluesky AppView", status_code, body)
        if status_code == 400:
            error, message = data.get("error", ""), str(data.get("message", ""))[:200]
            return Reading(Status.NOT_FOUND_UNKNOWN, f"Bluesky AppView: {error}: {message} "
                           "(deleted, taken down or never existed)")
        thread = data.get("thread") if status_code == 200 else None
        if not isinstance(thread, dict):
            return common.unexpected("Bluesky AppView", status_code, body)
        kind = str(thread.get("$type", ""))
        if kind.endswith("#notFoundPost"):
            return Reading(Status.NOT_FOUND_UNKNOWN, "Bluesky AppView: notFoundPost")
        if kind.endswith("#blockedPost"):
            return Reading(Status.PROTECTED, "Bluesky AppView: blockedPost (hidden by a block)")
        post = thread.get("post")
        if not isinstance(post, dict):
            return common.unexpected("Bluesky AppView", status_code, body)
        return Reading(Status.LIVE, "Bluesky AppView returned the post", _record(self.name, ref,
                                                                               post))

    def read_archived(self, ref: PostRef, body: bytes) -> PostRecord | None:
        """Read an archived post page (``og:`` tags) or an archived ``getPostThread`` answer.

        The app shell served for missing posts has no ``NAME (@handle)`` title and gives None.
        """
        data = common.load_json(body)
        if isinstance(data, dict):
            thread = data.get("thread")
            if isinstance(thread, dict) and isinstance(thread.get("post"), dict):
                return _record(self.name, ref, thread["post"])
            return None
        meta = common.page_meta(body)
        titled = ARCHIVED_TITLE_RE.match(meta.title or "")
        if titled is None or not meta.description:
            return None
        return PostRecord(self.name, ref.post_id, ref.url, meta.description,
                          handle=titled["handle"].lower(), author=titled["name"].strip() or None,
                          created_at=common.parse_time(meta.published))

    def archive_urls(self, ref: PostRef) -> tuple[str, ...]:
        """The permalink under the DID and under the handle, whichever are known."""
        urls = [ref.url]
        if ref.handle and f"/profile/{ref.handle}/" not in ref.url:
            urls.append(f"https://bsky.app/profile/{ref.handle}/post/{ref.post_id}")
        return tuple(urls)


def _record(name: str, ref: PostRef, post: dict[str, Any]) -> PostRecord:
    author: dict[str, Any] = post["author"] if isinstance(post.get("author"), dict) else {}
    record: dict[str, Any] = post["record"] if isinstance(post.get("record"), dict) else {}
    langs = record.get("langs") or []
    created = None
    try:
        created = datetime.fromisoformat(str(record.get("createdAt"))).astimezone(UTC)
    except ValueError:
        created = None
    return PostRecord(name, ref.post_id, ref.url, text=str(record.get("text") or ""),
                      handle=author.get("handle"), author=author.get("displayName"),
                      created_at=created, lang=langs[0] if langs else None)
