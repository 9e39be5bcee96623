"""Mastodon: ``blockquote.mastodon-embed``, ``/embed`` iframes, ``Post by @user@host View on …``.

Mastodon has no one host: any server may hold a post, and a status ID is local to the server
that issued it (the same post federated elsewhere has another ID there). So the canonical URL
keeps the server, and the API is asked on that server (``/api/v1/statuses/<id>``). Known big
servers are listed in :data:`KNOWN_SERVERS` (the HTTP guard's allow-list); on other hosts a URL
is accepted only in the snowflake shape (15+ digit IDs), to keep ordinary sites' ``/@name/123``
paths out. IDs since Mastodon 2.0 (2017) are ``ms << 16`` (formats.md §4.3); for federated or
imported posts only the second is meaningful.
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
from provenance.platforms.idtime import parse_int, snowflake_time, within_window

#: Large or newsroom-relevant servers (the allow-list; others are refused by the guard).
KNOWN_SERVERS = frozenset({
    "mastodon.social", "mastodon.online", "mstdn.social", "mas.to", "mastodon.world",
    "infosec.exchange", "fosstodon.org", "hachyderm.io", "journa.host", "newsie.social",
    "mastodon.art", "techhub.social", "universeodon.com", "mstdn.jp", "mastodon.xyz",
    "social.vivaldi.net", "kolektiva.social", "sigmoid.social", "mastodon.nl", "troet.cafe",
    "chaos.social", "mastodon.uno", "piaille.fr", "mamot.fr", "social.coop", "toot.community",
    "mastodon.green", "mastodon.scot", "aus.social", "mastodon.ie", "respublicae.eu",
    "social.network.europa.eu", "wandering.shop", "mastodonapp.uk", "masto.ai",
})
#: Sites whose ``/@name/<digits>`` paths are not Mastodon statuses.
NOT_MASTODON = ("twitter.com", "x.com", "threads.net", "threads.com", "instagram.com",
                "tiktok.com", "youtube.com", "medium.com", "facebook.com", "bsky.app")
_USER = r"[A-Za-z0-9_]{1,30}"
_HOST = r"[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){1,8}"
_ACCOUNT = re.compile(rf"^@({_USER})(?:@({_HOST}))?$")
_ID = re.compile(r"^\d{1,20}$")
#: On servers not in the table, only snowflake-era IDs are taken as Mastodon posts.
MIN_FOREIGN_ID_DIGITS = 15
#: The flattened footer of the current embed.
FLATTENED_RE = re.compile(
    rf"Post by @(?P<user>{_USER})@(?P<host>{_HOST})\s*View on Mastodon", re.IGNORECASE)
#: What every :data:`FLATTENED_RE` match holds, letter case aside (:func:`footers.may_hold`).
FLATTENED_PHRASES = ("post by @",)
#: A copy-pasted post's footer: ``— Name (@user@host) May 16, 2022``.
FOOTER_RE = footers.DatedPattern(
    # possessive spaces: a run of them is read one way (quadratic in the run otherwise)
    rf"(?:—|–|&mdash;|--)\s*+(?P<name>[^\n()]{{0,80}}?)\s*+\(@(?P<user>{_USER})@(?P<host>{_HOST})\)"
    r"\s*(?P<date><DATE>)")
#: The ``(@user@host)`` of every footer: only where it stands is :data:`FOOTER_RE` tried.
FOOTER_ANCHOR_RE = re.compile(rf"\(@{_USER}@{_HOST}\)")
#: Mastodon 2.0 (October 2017) introduced time-based IDs; earlier ones are counters.
LAUNCHED = datetime(2016, 10, 1, tzinfo=UTC)
#: ``og:title`` of an archived status page: ``NAME (@user@host)``.
ARCHIVED_TITLE_RE = re.compile(
    rf"^(?P<name>[^\n]{{0,120}}?)\s*\(@(?P<user>{_USER})(?:@(?P<host>{_HOST}))?\)\s*$")
API = "https://{host}/api/v1/statuses/{id}"


def canonical(host: str, user: str | None, status_id: str) -> str:
    """``https://<host>/@<user>/<id>``, or ``/web/statuses/<id>`` when no user is named."""
    if user:
        return f"https://{host}/@{user}/{status_id}"
    return f"https://{host}/web/statuses/{status_id}"


class Mastodon(Platform):
    """Mastodon (and compatible) statuses, on the server that issued their ID."""

    name: ClassVar[str] = "mastodon"
    title: ClassVar[str] = "Mastodon"
    hosts: ClassVar[frozenset[str]] = KNOWN_SERVERS
    api_hosts: ClassVar[frozenset[str]] = frozenset()

    def parse_url(self, url: str) -> PostRef | None:
        """Return the status of ``/@user/<id>``, ``/users/<u>/statuses/<id>``, ``/web/…``."""
        parts = common.split_url(url)
        if parts is None or parts.host.endswith(NOT_MASTODON):
            return None
        segments = parts.segments()
        if segments[:1] == ["web"]:
            segments = segments[1:]
        user: str | None = None
        status_id: str | None = None
        if len(segments) >= 2 and (account := _ACCOUNT.match(segments[0])):
            user = segments[0][1:]
            status_id = segments[1]
            if account.group(2) and account.group(2).lower() == parts.host:
                user = account.group(1)
        elif len(segments) >= 4 and segments[0] == "users" and segments[2] == "statuses":
            user, status_id = segments[1], segments[3]
        elif len(segments) >= 2 and segments[0] == "statuses":
            status_id = segments[1]
        if status_id is None or not _ID.match(status_id):
            return None
        if parts.host not in KNOWN_SERVERS and len(status_id) < MIN_FOREIGN_ID_DIGITS:
            return None
        handle = None
        if user:
            user = user.lower()  # usernames are case-insensitive; one spelling per post
            handle = user if "@" in user else f"{user}@{parts.host}"
        return PostRef(self.name, status_id, canonical(parts.host, user, status_id), handle)

    def find_markup(self, tree: Any) -> Iterable[MarkupHit]:
        """Yield ``blockquote.mastodon-embed`` and ``/embed`` iframes (class or address)."""
        for element in common.elements(tree, "blockquote", "mastodon-embed"):
            ref = self.parse_url(str(element.get("data-embed-url") or ""))
            for link in element.find_all("a"):
                ref = ref or self.parse_url(str(link.get("href") or ""))
            match = FLATTENED_RE.search(common.flat_text(element))
            handle = f"{match['user']}@{match['host'].lower()}" if match else None
            yield MarkupHit(element, EmbedForm.MARKUP, ref, handle=handle or
                            (ref.handle if ref else None))
        for element, src in common.iframe_sources(tree):
            parts = common.split_url(src)
            if parts is None or not (common.has_class(element, "mastodon-embed")
                                     or parts.path.rstrip("/").endswith("/embed")):
                continue
            ref = self.parse_url(src)
            if ref is not None:
                yield MarkupHit(element, EmbedForm.RENDERED, ref, handle=ref.handle)

    def find_flattened(self, text: str) -> Iterable[TextHit]:
        """Yield ``Post by @user@host View on Mastodon`` and ``— Name (@user@host) DATE``."""
        hits: list[TextHit] = []
        flattened = FLATTENED_RE.finditer(text) if footers.may_hold(text, FLATTENED_PHRASES) else ()
        for match in flattened:
            handle = f"{match['user']}@{match['host'].lower()}"
            hits.append(TextHit(match.start(), match.end(), handle, None, None, None))
        for match in footers.handle_footers(FOOTER_RE, FOOTER_ANCHOR_RE, text):
            start, body = footers.text_before(text, match.start())
            handle = f"{match['user']}@{match['host'].lower()}"
            hits.append(TextHit(start, match.end(), handle, match["name"].strip() or None,
                                footers.parse_date(match["date"]), body))
        return sorted(hits, key=lambda hit: hit.start)

    def id_time(self, post_id: str) -> IdTime:
        """Decode a status ID: ``id >> 16`` is Unix milliseconds (IDs since Mastodon 2.0)."""
        value = parse_int(post_id)
        if value is None:
            return IdTime(None, f"{post_id!r} is not a Mastodon status ID")
        return within_window(snowflake_time(value, shift=16), LAUNCHED,
                             "status ID >> 16 = Unix ms (only the second is sure for "
                             "federated or imported posts)", self.title)

    def requires_credentials(self, env: Mapping[str, str]) -> str | None:
        """Public statuses need no credentials."""
        return None

    def endpoints(self, ref: PostRef, env: Mapping[str, str]) -> tuple[Endpoint, ...]:
        """The status API on the server that issued the ID."""
        host = common.split_url(ref.url)
        if host is None:
            return ()
        return (Endpoint("status", API.format(host=host.host, id=ref.post_id)),)

    def read_archived(self, ref: PostRef, body: bytes) -> PostRecord | None:
        """Read an archived status page (``og:`` tags) or an archived API answer."""
        data = common.load_json(body)
        if isinstance(data, dict):
            return _record(self.name, ref, data) if str(data.get("id")) == ref.post_id else None
        meta = common.page_meta(body)
        titled = ARCHIVED_TITLE_RE.match(meta.title or "")
        if titled is None or not meta.description:
            return None
        host = titled["host"] or (common.split_url(ref.url) or common.SplitUrl("", "", {}, "")).host
        return PostRecord(self.name, ref.post_id, ref.url, meta.description,
                          handle=f"{titled['user']}@{host}" if host else titled["user"],
                          author=titled["name"].strip() or None,
                          created_at=common.parse_time(meta.published))

    def read(self, endpoint: Endpoint, ref: PostRef, status_code: int,
             headers: Mapping[str, str], body: bytes) -> Reading:
        """Read a Status entity, or the server's ``{"error": …}``."""
        failure = common.http_failure(self.title, status_code, headers)
        if failure is not None:
            return failure
        data = common.load_json(body)
        error = str(data.get("error", ""))[:200] if isinstance(data, dict) else ""
        if status_code == 200 and isinstance(data, dict) and "id" in data:
            return Reading(Status.LIVE, "Mastodon API returned the status",
                           _record(self.name, ref, data))
        if status_code in (401, 403):
            return Reading(Status.LOGIN_GATED, f"Mastodon API answered {status_code}: {error!r} "
                           "(the server shows statuses only to signed-in users)")
        if status_code == 410:
            return Reading(Status.DELETED, f"Mastodon API answered 410 Gone: {error!r}")
        if status_code == 404:
            return Reading(Status.NOT_FOUND_UNKNOWN, f"Mastodon API answered 404: {error!r} "
                           "(deleted, private or never existed)")
        return common.unexpected("Mastodon API", status_code, body)


def _record(name: str, ref: PostRef, data: dict[str, Any]) -> PostRecord:
    account: dict[str, Any] = data["account"] if isinstance(data.get("account"), dict) else {}
    acct = str(account.get("acct") or "") or None
    host = common.split_url(ref.url)
    if acct and "@" not in acct and host is not None:
        acct = f"{acct}@{host.host}"
    from bs4 import BeautifulSoup  # here: a text article never needs it
    text = BeautifulSoup(str(data.get("content") or ""), "html.parser").get_text(" ")
    try:
        created = datetime.fromisoformat(str(data.get("created_at"))).astimezone(UTC)
    except ValueError:
        created = None
    return PostRecord(name, ref.post_id, ref.url, text=" ".join(text.split()), handle=acct,
                      author=account.get("display_name") or None, created_at=created,
                      lang=data.get("language"))
