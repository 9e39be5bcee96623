"""Consistency checks between an embed, its original and the article: dates, handles, speakers.

Pure functions over model values; the PV3xx rules (``checks_consistency``) turn their answers
into findings. Each function returns None when the evidence to decide is missing, so a rule never
fires on a guess.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, datetime, timedelta

from provenance import text as text_helpers
from provenance.model import (
    Capture,
    Claim,
    DateKind,
    DateMention,
    Detections,
    Embed,
    QuoteMatch,
    Resolution,
)
from provenance.text import normalize

#: Footer date and ID time may differ by this many days before PV303 fires (time zones).
FOOTER_TOLERANCE_DAYS = 1
#: Time zones a writer may live in, in hours from UTC, when turning a post time into a weekday.
WRITER_UTC_OFFSETS = (-12, 14)


def usable_captures(resolution: Resolution | None) -> tuple[Capture, ...]:
    """Captures that count as evidence: archived status 2xx or unknown (a captured 404 is not)."""
    if resolution is None:
        return ()
    return tuple(
        c
        for c in resolution.captures
        if c.archived_status is None or 200 <= c.archived_status < 300
    )


def post_time(embed: Embed, resolution: Resolution | None) -> datetime | None:
    """The post's machine time: the platform's own, else the time its ID encodes."""
    if resolution is not None:
        if resolution.post is not None and resolution.post.created_at is not None:
            return resolution.post.created_at
        if resolution.id_time is not None:
            return resolution.id_time
    return None


def footer_gap_days(embed: Embed, resolution: Resolution | None) -> int | None:
    """Days between the footer's date and the post's machine time (None when either is missing)."""
    when = post_time(embed, resolution)
    if embed.claimed_date is None or when is None:
        return None
    return abs((when.date() - embed.claimed_date).days)


def post_days(embed: Embed, resolution: Resolution | None) -> frozenset[date]:
    """Every calendar day the post may fall on for a writer in some time zone.

    From the machine time when there is one (a post at 23:30 UTC is already the next day in
    Baghdad), else the footer's date alone.
    """
    when = post_time(embed, resolution)
    if when is not None:
        low, high = WRITER_UTC_OFFSETS
        return frozenset((when + timedelta(hours=hours)).date() for hours in (low, 0, high))
    return frozenset({embed.claimed_date}) if embed.claimed_date else frozenset()


def weekday_conflicts(
    detections: Detections, embed: Embed, resolution: Resolution | None
) -> tuple[DateMention, ...]:
    """Relative weekdays (``اليوم الخميس``) about this post that no possible post day matches.

    A weekday is about the post when it sits in a paragraph of a claim that rests on the post,
    or when the article has this one embed only.
    """
    days = post_days(embed, resolution)
    if not days:
        return ()
    weekdays = {d.weekday() for d in days}
    lines = {c.span.line for c in detections.claims if embed.id in c.sources}
    only_embed = len(detections.embeds) == 1
    return tuple(
        mention
        for mention in detections.dates
        if mention.kind is DateKind.RELATIVE_WEEKDAY
        and mention.weekday is not None
        and (only_embed or mention.span.line in lines)
        and mention.weekday not in weekdays
    )


def url_handle(url: str | None) -> str | None:
    """The handle a post URL carries, read by the platform registry (None when none)."""
    if not url:
        return None
    # Imported here: the registry loads every platform module, which scoring otherwise never needs.
    from provenance.platforms import parse_post_url

    ref = parse_post_url(url)
    return ref.handle if ref is not None else None


def handle_conflict(embed: Embed, resolution: Resolution | None) -> tuple[str, str, str] | None:
    """(footer handle, other handle, where the other comes from) when they differ, else None."""
    if not embed.handle:
        return None
    others = []
    if resolution is not None and resolution.post is not None:
        others.append((resolution.post.handle, "the original post"))
    others.append((url_handle(embed.url), "the post URL"))
    for other, where in others:
        if other and other.casefold() != embed.handle.casefold():
            return embed.handle, other, where
    return None


def same_person(a: str, b: str) -> bool:
    """True when two written names are one person (Arabic spelling variants tolerated).

    Uses ``provenance.text.same_person`` when text.py has it; until then two names match when
    one's normalised words are all among the other's (``الأعرجي`` ⊂ ``قاسم الاعرجي``).
    """
    helper = getattr(text_helpers, "same_person", None)
    if helper is not None:
        return bool(helper(a, b))
    left, right = set(normalize(a).split()), set(normalize(b).split())
    return bool(left and right) and (left <= right or right <= left)


def name_matches_handle(name: str, handle: str) -> bool | None:
    """True/False when ``provenance.text.name_matches_handle`` can tell; None without it."""
    helper = getattr(text_helpers, "name_matches_handle", None)
    return None if helper is None else bool(helper(name, handle))


def speaker_is_author(speaker: str, embed: Embed, resolution: Resolution | None) -> bool | None:
    """Whether the claim's speaker posted the embed (None when nothing names the author)."""
    post = resolution.post if resolution is not None else None
    authors = [name for name in (post.author if post else None, embed.author) if name]
    if any(same_person(speaker, author) for author in authors):
        return True
    handles = [h for h in (post.handle if post else None, embed.handle) if h]
    verdicts = [name_matches_handle(speaker, handle) for handle in handles]
    if any(v is True for v in verdicts):
        return True
    if authors or any(v is False for v in verdicts):
        return False
    return None


def source_text(embed: Embed, resolution: Resolution | None) -> str | None:
    """The text to hold a quote against: the original's when it was read, else the embed's."""
    if resolution is not None and resolution.post is not None and resolution.post.text:
        return resolution.post.text
    return embed.text or None


def quote_matches(
    detections: Detections, resolutions: Mapping[str, Resolution]
) -> dict[str, QuoteMatch]:
    """For every quoted claim that rests on an embed: its best match among those embeds' texts."""
    # Imported here: provenance.resolve.match reads its thresholds from this package, so a
    # module-level import would make the two packages import each other while half-built.
    from provenance.resolve.match import compare, verdict_rank

    embeds = {e.id: e for e in detections.embeds}
    found: dict[str, QuoteMatch] = {}
    for claim in detections.claims:
        candidates = _quote_candidates(claim, embeds, resolutions)
        matches = [compare(claim.text, text, item_id) for item_id, text in candidates]
        if matches:
            found[claim.id] = min(matches, key=lambda m: (verdict_rank(m.verdict), -m.partial))
    return found


def _quote_candidates(
    claim: Claim, embeds: Mapping[str, Embed], resolutions: Mapping[str, Resolution]
) -> Sequence[tuple[str, str]]:
    """(embed id, text) pairs a quoted claim can be held against."""
    if not claim.quoted:
        return ()
    pairs = []
    for source in claim.sources:
        embed = embeds.get(source)
        if embed is None:
            continue
        text = source_text(embed, resolutions.get(source))
        if text:
            pairs.append((source, text))
    return pairs


__all__ = [
    "FOOTER_TOLERANCE_DAYS",
    "WRITER_UTC_OFFSETS",
    "footer_gap_days",
    "handle_conflict",
    "name_matches_handle",
    "post_days",
    "post_time",
    "quote_matches",
    "same_person",
    "source_text",
    "speaker_is_author",
    "url_handle",
    "usable_captures",
    "weekday_conflicts",
]
