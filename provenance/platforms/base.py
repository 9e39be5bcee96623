"""The one interface every platform module implements, and the values it returns.

A platform module knows a platform's shapes and nothing about the network: which markup and
flattened text an embed leaves, how its URLs are spelt and canonicalised, what its post IDs say
about time, which public endpoints describe a post, and how to read their answers. The resolver
(``provenance.resolve``) does the fetching and hands the answers back to :meth:`Platform.read`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, ClassVar

from provenance.model import EmbedForm, PostRecord, Status


@dataclass(frozen=True, slots=True)
class PostRef:
    """A post's identity on its platform."""

    platform: str
    """Registry name of the platform."""
    post_id: str
    """The platform's post ID (for Telegram ``channel/123``; for Bluesky the rkey)."""
    url: str
    """The one canonical URL of the post, whatever spelling it was found in."""
    handle: str | None = None
    """Author handle (without ``@``) when the URL carries one."""


@dataclass(frozen=True, slots=True)
class MarkupHit:
    """One embed a platform recognised in the HTML tree."""

    element: Any
    """The element (BeautifulSoup Tag) that holds the embed; its text span becomes the embed's."""
    form: EmbedForm
    """``markup`` for fallback blockquotes, ``rendered`` for iframes that carry only an ID."""
    ref: PostRef | None
    """The post, when the markup names one."""
    handle: str | None = None
    """Author handle, without ``@``."""
    author: str | None = None
    """Display name as written."""
    claimed_date: date | None = None
    """The footer date."""
    text: str | None = None
    """The post text the markup reproduces."""
    lang: str | None = None
    """Declared language."""
    claimed_time: str | None = None
    """Footer time of day as written, if any."""


@dataclass(frozen=True, slots=True)
class TextHit:
    """One flattened embed a platform recognised in plain text."""

    start: int
    """Offset where the embed starts (the post text's start when it was found)."""
    end: int
    """Offset one past the footer's end."""
    handle: str | None
    """Author handle, without ``@``."""
    author: str | None
    """Display name as written."""
    claimed_date: date | None
    """Footer date."""
    text: str | None
    """The post text that belongs to the footer."""
    ref: PostRef | None = None
    """The post, when a URL survived next to the footer."""
    claimed_time: str | None = None
    """Footer time of day as written, if any."""


@dataclass(frozen=True, slots=True)
class IdTime:
    """What a post ID says about when the post was made."""

    time: datetime | None
    """Decoded UTC time, or None when the ID carries none."""
    note: str
    """How it was decoded, or why it cannot be (``pre-snowflake ID``, ``IDs carry no time``)."""


@dataclass(frozen=True, slots=True)
class Endpoint:
    """One public request that tells something about a post."""

    name: str
    """Short name (``syndication``, ``oembed``)."""
    url: str
    """Full URL to GET."""
    headers: tuple[tuple[str, str], ...] = ()
    """Extra request headers."""


@dataclass(frozen=True, slots=True)
class Reading:
    """What one endpoint's answer says about a post."""

    status: Status
    """The outcome this answer supports."""
    reason: str
    """A sentence for people, quoting the answer where it helps."""
    post: PostRecord | None = None
    """The post, when the answer carries it."""
    decisive: bool = True
    """False when another endpoint should be asked for a second opinion (a bare tombstone)."""


class Platform:
    """Base class: override what the platform has; the defaults say "nothing here"."""

    name: ClassVar[str] = ""
    """Registry name (``twitter``)."""
    title: ClassVar[str] = ""
    """Name for people (``X / Twitter``)."""
    hosts: ClassVar[frozenset[str]] = frozenset()
    """Hosts whose URLs this platform owns (also the HTTP guard's allow-list)."""
    api_hosts: ClassVar[frozenset[str]] = frozenset()
    """Further hosts its endpoints live on."""

    def parse_url(self, url: str) -> PostRef | None:
        """Return the post a URL points at (canonicalised), or None if it is not a post URL."""
        return None

    def find_markup(self, tree: Any) -> Iterable[MarkupHit]:
        """Yield embeds found as markup or rendered iframes in a parsed HTML document."""
        return ()

    def find_flattened(self, text: str) -> Iterable[TextHit]:
        """Yield embeds flattened into plain text."""
        return ()

    def id_time(self, post_id: str) -> IdTime:
        """Decode the time a post ID carries."""
        return IdTime(None, f"{self.title} post IDs carry no time")

    def endpoints(self, ref: PostRef, env: Mapping[str, str]) -> tuple[Endpoint, ...]:
        """Public endpoints to ask about a post, best first; ``env`` supplies credentials."""
        return ()

    def read(self, endpoint: Endpoint, ref: PostRef, status_code: int,
             headers: Mapping[str, str], body: bytes) -> Reading:
        """Interpret one endpoint's answer."""
        return Reading(Status.ERROR, f"{self.title}: no reader for {endpoint.name}")

    def read_archived(self, ref: PostRef, body: bytes) -> PostRecord | None:
        """Read the post out of an archived copy of one of :meth:`archive_urls` (None if absent)."""
        return None

    def archive_urls(self, ref: PostRef) -> tuple[str, ...]:
        """URL spellings under which archives may hold the post (all are searched)."""
        return (ref.url,)
