"""What the resolve stage finds: one status per item and the evidence behind it (stdlib only)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum


class Status(StrEnum):
    """Every outcome of resolving one item. "Not found" is not "deleted"."""

    LIVE = "live"
    DELETED = "deleted"
    SUSPENDED = "suspended"
    PROTECTED = "protected"
    LOGIN_GATED = "login_gated"
    AGE_RESTRICTED = "age_restricted"
    WITHHELD = "withheld"
    RATE_LIMITED = "rate_limited"
    NOT_FOUND_UNKNOWN = "not_found_unknown"
    ERROR = "error"
    SKIPPED_OFFLINE = "skipped_offline"
    SKIPPED_POLICY = "skipped_policy"


#: Statuses that leave an item unverified because of the run, not the post (``--strict``).
INCOMPLETE_STATUSES = frozenset(
    {Status.RATE_LIMITED, Status.ERROR, Status.SKIPPED_OFFLINE, Status.SKIPPED_POLICY}
)


class Origin(StrEnum):
    """Where a piece of evidence came from."""

    LIVE = "live"
    ARCHIVE = "archive"
    CACHE = "cache"
    FIXTURE = "fixture"


@dataclass(frozen=True, slots=True)
class Capture:
    """One web-archive capture (memento) of a URL."""

    archive: str
    """``wayback``, ``archive.today`` or the host of another Memento archive."""
    uri_m: str
    """The memento's URL."""
    original: str
    """The URL that was captured (URI-R)."""
    memento_datetime: datetime
    """When it was captured (UTC), taken from the archive, not from the request."""
    archived_status: int | None
    """HTTP status the archive recorded (a captured 404 is not evidence); None when unknown."""
    predates_article: bool | None = None
    """True when captured before the article's date; None when the article date is unknown."""


@dataclass(frozen=True, slots=True)
class PostRecord:
    """What the original post says, as read from the platform or an archived copy."""

    platform: str
    """Registry name of the platform."""
    post_id: str
    """The platform's post ID."""
    url: str
    """Canonical URL."""
    text: str
    """The post's text."""
    handle: str | None = None
    """Author handle without ``@``."""
    author: str | None = None
    """Author display name."""
    created_at: datetime | None = None
    """Time the platform states (UTC)."""
    lang: str | None = None
    """Language the platform states."""


@dataclass(frozen=True, slots=True)
class QuoteMatch:
    """How a claim's text compares with a source's text."""

    verdict: str
    """``verbatim``, ``near_verbatim``, ``paraphrase`` or ``not_found``."""
    partial: float
    """rapidfuzz ``partial_ratio`` on normalised text (0–100)."""
    token_set: float
    """rapidfuzz ``token_set_ratio`` on normalised text (0–100)."""
    matched: str
    """The span of the original that matched best."""
    source_id: str
    """Id of the embed or citation whose text was compared."""


@dataclass(frozen=True, slots=True)
class Resolution:
    """The outcome of resolving one embed or citation."""

    item_id: str
    """Id of the embed or citation."""
    status: Status
    """What became of the item."""
    reason: str
    """A sentence a person can read (``tombstone: "This Post was deleted by the Post author"``)."""
    origin: Origin | None = None
    """Where the deciding evidence came from; None when nothing was fetched."""
    post: PostRecord | None = None
    """The original, when it was read (live or from an archive)."""
    captures: tuple[Capture, ...] = ()
    """Archive captures found for it."""
    id_time: datetime | None = None
    """Time decoded from the post ID (UTC), when the ID carries one."""
    match_score: float | None = None
    """For posts found by search (flattened embeds): how well the text matched (0–100)."""
    requests: tuple[str, ...] = ()
    """``METHOD URL`` of requests that could not be made (offline misses, policy refusals)."""
