"""Values every archive lookup returns, and the timestamp helpers they share.

An archive lookup has more outcomes than "found" and "not found": the archive may exclude the
site, throttle us, or fail. Each outcome is a :class:`LookupOutcome` value on a :class:`Lookup`,
so one archive's trouble never hides another archive's captures.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from enum import StrEnum

from provenance.model import Capture


class LookupOutcome(StrEnum):
    """What one archive said about one URL."""

    FOUND = "found"
    """The archive listed at least one capture."""
    NONE = "none"
    """The archive answered and holds no capture (a Wayback "none" is still only a hint)."""
    BLOCKED = "blocked"
    """The archive excludes the site (administrative block or robots.txt)."""
    RATE_LIMITED = "rate_limited"
    """The archive throttled us (HTTP 429 or a CAPTCHA page)."""
    ERROR = "error"
    """The archive failed or answered in a shape we cannot read."""
    SKIPPED_OFFLINE = "skipped_offline"
    """Replay mode had no recording of the request."""
    SKIPPED_POLICY = "skipped_policy"
    """The HTTP guard refused the request."""


#: Outcomes that leave the question open because of the run, not the archive's holdings.
INCOMPLETE_OUTCOMES = frozenset(
    {
        LookupOutcome.BLOCKED,
        LookupOutcome.RATE_LIMITED,
        LookupOutcome.ERROR,
        LookupOutcome.SKIPPED_OFFLINE,
        LookupOutcome.SKIPPED_POLICY,
    }
)


@dataclass(frozen=True, slots=True)
class Lookup:
    """One question put to one archive and how it went."""

    archive: str
    """``wayback``, ``archive.today`` or another archive's name."""
    url: str
    """The URL (URI-R) that was looked up."""
    outcome: LookupOutcome
    """What the archive said."""
    reason: str = ""
    """A sentence for people when the outcome is not ``found``/``none`` (quotes the archive)."""
    count: int = 0
    """How many captures the lookup listed."""
    request: str | None = None
    """``GET <url>`` of a request that could not be made (offline miss, policy refusal)."""


@dataclass(frozen=True, slots=True)
class ArchiveResult:
    """Every capture found for one post, under all its URL spellings, and how each lookup went."""

    captures: tuple[Capture, ...]
    """Captures from every archive, oldest first, without duplicates."""
    lookups: tuple[Lookup, ...]
    """One per archive and URL spelling, in the order asked."""

    @property
    def problems(self) -> tuple[Lookup, ...]:
        """Lookups that left the question open (blocked, throttled, failed, skipped)."""
        return tuple(lookup for lookup in self.lookups if lookup.outcome in INCOMPLETE_OUTCOMES)

    @property
    def requests(self) -> tuple[str, ...]:
        """``GET <url>`` of every request that could not be made (for ``Resolution.requests``)."""
        return tuple(lookup.request for lookup in self.lookups if lookup.request)

    @property
    def evidence(self) -> tuple[Capture, ...]:
        """Captures whose archived status is not an error (a captured 404 proves nothing)."""
        return tuple(c for c in self.captures if c.archived_status is None
                     or c.archived_status < 400)


def parse_timestamp(value: str) -> datetime | None:
    """Read a Wayback 14-digit timestamp (``20171124151315``) as a UTC datetime.

    Shorter timestamps are padded as the CDX server pads them (month and day to 01). Returns
    None for anything that is not 4–14 digits or not a calendar time.
    """
    if not (4 <= len(value) <= 14) or not value.isdigit():
        return None
    padded = value + "0101000000"[len(value) - 4:] if len(value) < 14 else value
    try:
        return datetime.strptime(padded, "%Y%m%d%H%M%S").replace(tzinfo=UTC)
    except ValueError:
        return None


def format_timestamp(moment: datetime) -> str:
    """Write a datetime as a 14-digit Wayback timestamp (naive values are taken as UTC)."""
    if moment.tzinfo is not None:
        moment = moment.astimezone(UTC)
    return moment.strftime("%Y%m%d%H%M%S")


def parse_http_date(value: str | None) -> datetime | None:
    """Read an RFC 1123 date (``Wed, 23 Mar 2005 15:53:00 GMT``) as UTC; None if unreadable."""
    if not value:
        return None
    try:
        parsed = parsedate_to_datetime(value.strip())
    except (TypeError, ValueError, IndexError):
        return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    return parsed.astimezone(UTC)
