"""Find the post behind a flattened embed, whose ID did not survive.

A flattened footer keeps a handle, a date and the text. Web archives index captured status URLs
by prefix, and a post ID carries its own time, so: list the archived status URLs of the handle
(``twitter.com/<handle>/status/`` and the ``x.com`` spelling), keep the IDs whose decoded time
falls on the footer's date ±1 day (footers show the UTC day, but the embedder's clock can differ),
resolve each candidate, and keep the one whose text matches the article's copy best.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta

import httpx

from provenance import platforms
from provenance.archives import ArchiveResult, predates
from provenance.archives.wayback import cdx_search
from provenance.model import Capture, Embed, Resolution, Status
from provenance.platforms.base import PostRef
from provenance.resolve.match import compare
from provenance.resolve.posts import resolve_post

#: Archived URL prefixes under which a handle's posts are listed, per platform.
SEARCH_PREFIXES: dict[str, tuple[str, ...]] = {
    "twitter": ("twitter.com/{handle}/status/", "x.com/{handle}/status/"),
}
#: Days either side of the footer date a candidate's ID time may fall on.
DATE_TOLERANCE = timedelta(days=1)
#: Candidates resolved at most (closest to the footer date first).
MAX_CANDIDATES = 8
#: Minimum text similarity (0–100) for a candidate to count as the embedded post.
MIN_MATCH = 60.0


@dataclass(frozen=True, slots=True)
class _Candidate:
    ref: PostRef
    when: datetime
    captures: list[Capture]


def searchable(embed: Embed) -> bool:
    """True when the embed lacks an ID but has what a search needs (handle, date, platform)."""
    return (
        embed.post_id is None
        and embed.handle is not None
        and embed.claimed_date is not None
        and embed.platform in SEARCH_PREFIXES
    )


async def search_flattened(
    embed: Embed,
    client: httpx.AsyncClient,
    *,
    env: Mapping[str, str],
    article_date: date | None,
) -> Resolution:
    """Search the archives for the post a flattened embed reproduces."""
    assert embed.handle is not None and embed.claimed_date is not None
    candidates, missed, notes = await _candidates(embed, client, article_date)
    if not candidates:
        status = Status.SKIPPED_OFFLINE if missed else Status.NOT_FOUND_UNKNOWN
        reason = "; ".join(notes) or (
            f"no archived post of @{embed.handle} dated {embed.claimed_date} ±1 day"
        )
        return Resolution(embed.id, status, reason, requests=tuple(missed))
    best: tuple[float, Resolution] | None = None
    for candidate in candidates:
        # The prefix search already listed every capture of the candidate under both spellings.
        known = ArchiveResult(tuple(sorted(candidate.captures,
                                           key=lambda c: c.memento_datetime)), ())
        outcome = await resolve_post(candidate.ref, client, env=env, article_date=article_date,
                                     known=known)
        if outcome.post is None or not embed.text:
            continue
        match = compare(embed.text, outcome.post.text, embed.id)
        score = max(match.partial, match.token_set)
        if best is None or score > best[0]:
            found = outcome.attach(embed.id, candidate.ref, match_score=round(score, 1))
            reason = (
                f"found by archive search among {len(candidates)} candidate(s) of "
                f"@{embed.handle}: {candidate.ref.url} ({match.verdict}, {score:.0f}/100); "
                f"{outcome.reason}"
            )
            best = (score, _with_reason(found, reason))
    if best is None or best[0] < MIN_MATCH:
        return Resolution(
            embed.id,
            Status.NOT_FOUND_UNKNOWN,
            f"{len(candidates)} archived candidate(s) of @{embed.handle} near "
            f"{embed.claimed_date}, none matching the text",
            requests=tuple(missed),
        )
    return best[1]


def _with_reason(resolution: Resolution, reason: str) -> Resolution:
    return replace(resolution, reason=reason)


async def _candidates(
    embed: Embed, client: httpx.AsyncClient, article_date: date | None
) -> tuple[list[_Candidate], list[str], list[str]]:
    """List archived status URLs of the handle whose ID time is near the footer date."""
    assert embed.handle is not None and embed.claimed_date is not None
    day = datetime(
        embed.claimed_date.year, embed.claimed_date.month, embed.claimed_date.day, tzinfo=UTC
    )
    start, end = day - DATE_TOLERANCE, day + timedelta(days=1) + DATE_TOLERANCE
    platform = platforms.get(embed.platform)
    seen: dict[str, _Candidate] = {}
    missed: list[str] = []
    notes: list[str] = []
    for prefix in SEARCH_PREFIXES[embed.platform]:
        result = await cdx_search(
            client,
            prefix.format(handle=embed.handle),
            match_type="prefix",
            from_=start.strftime("%Y%m%d"),
        )
        missed.extend(result.requests)
        if result.note:
            notes.append(result.note)
        for row in result.rows:
            ref = platform.parse_url(row.original)
            if ref is None or (ref.handle and ref.handle.lower() != embed.handle.lower()):
                continue
            if ref.post_id not in seen:
                when = platform.id_time(ref.post_id).time
                if when is None or not start <= when < end:
                    continue
                seen[ref.post_id] = _Candidate(ref, when, [])
            capture = row.to_capture()
            if capture is not None:
                stamped = replace(capture, predates_article=predates(capture, article_date))
                seen[ref.post_id].captures.append(stamped)
    ranked = sorted(seen.values(), key=lambda c: abs((c.when - day).total_seconds()))
    return ranked[:MAX_CANDIDATES], missed, notes
