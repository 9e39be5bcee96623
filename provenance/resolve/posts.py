"""Resolve one post: ask the platform, then the archives.

The chain, for a post whose ID is known:

1. decode the time its ID carries (no I/O);
2. ask the platform's public endpoints in order; the first *decisive* reading wins (a bare
   tombstone or a 404 is not decisive: it does not tell deletion from a withheld or gated post,
   so the next endpoint is asked for a second opinion);
3. whatever the platform said, look the post up in the web archives: a fact-checker needs to know
   whether a copy exists that predates the article, and for a post that is gone the archived copy
   is the only evidence of what it said.

A platform that needs credentials the environment does not hold yields ``skipped_policy`` with
the platform's own explanation, never a failure.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

import httpx

from provenance import platforms
from provenance.archives import ArchiveResult, find_captures
from provenance.model import Capture, Origin, PostRecord, Resolution, Status
from provenance.platforms.base import PostRef, Reading
from provenance.resolve.archived import read_best_capture
from provenance.resolve.outcome import attempt

#: Outcomes that say something about the post itself, best first, when no reading was decisive.
_INFORMATIVE = (
    Status.LIVE,
    Status.DELETED,
    Status.SUSPENDED,
    Status.PROTECTED,
    Status.WITHHELD,
    Status.AGE_RESTRICTED,
    Status.LOGIN_GATED,
    Status.NOT_FOUND_UNKNOWN,
    Status.RATE_LIMITED,
    Status.ERROR,
    Status.SKIPPED_POLICY,
    Status.SKIPPED_OFFLINE,
)


@dataclass(frozen=True, slots=True)
class PostOutcome:
    """What is known about one post, before it is attached to the embeds that cite it."""

    status: Status
    """The platform's verdict (or why none could be had)."""
    reason: str
    """One line for people."""
    origin: Origin | None
    """Where the deciding evidence came from."""
    post: PostRecord | None
    """The original's content, live or archived."""
    captures: tuple[Capture, ...]
    """Archive captures."""
    id_time_note: str
    """How the ID's time was decoded, or why it could not be."""
    requests: tuple[str, ...]
    """Requests that could not be made (offline misses, policy refusals)."""

    def attach(self, item_id: str, ref: PostRef, match_score: float | None = None) -> Resolution:
        """Make the :class:`Resolution` of one embed that cites this post."""
        platform = platforms.get(ref.platform)
        return Resolution(
            item_id=item_id,
            status=self.status,
            reason=self.reason,
            origin=self.origin,
            post=self.post,
            captures=self.captures,
            id_time=platform.id_time(ref.post_id).time,
            match_score=match_score,
            requests=self.requests,
        )


async def resolve_post(
    ref: PostRef,
    client: httpx.AsyncClient,
    *,
    env: Mapping[str, str],
    article_date: date | None,
    known: ArchiveResult | None = None,
) -> PostOutcome:
    """Resolve one post through its platform's endpoints and the archives.

    ``known`` is what an earlier archive search already listed for this post (the flattened-
    embed search reads every capture of a handle); the archives are not asked again.
    """
    platform = platforms.get(ref.platform)
    id_time = platform.id_time(ref.post_id)
    reading, origin, missed = await _ask_platform(ref, client, env)

    archive = known or await find_captures(
        client, platform.archive_urls(ref), article_date=article_date
    )
    captures = archive.captures
    missed += archive.requests
    post = reading.post
    reason = reading.reason
    for problem in archive.problems:
        reason += f"; {problem.archive}: {problem.outcome.value}" + (
            f" ({problem.reason})" if problem.reason else ""
        )
    if post is None and captures:
        archived = await read_best_capture(client, platform, ref, captures)
        if archived is not None:
            post, capture, capture_origin = archived
            origin = Origin.ARCHIVE if capture_origin is Origin.LIVE else capture_origin
            reason += f"; text read from the {capture.archive} capture of " \
                      f"{capture.memento_datetime:%Y-%m-%d}"
    return PostOutcome(
        status=reading.status,
        reason=reason,
        origin=origin,
        post=post,
        captures=captures,
        id_time_note=id_time.note,
        requests=missed,
    )


async def _ask_platform(
    ref: PostRef, client: httpx.AsyncClient, env: Mapping[str, str]
) -> tuple[Reading, Origin | None, tuple[str, ...]]:
    """Ask each endpoint until one answers decisively; return the best reading."""
    platform = platforms.get(ref.platform)
    endpoints = platform.endpoints(ref, env)
    if not endpoints:
        needs = getattr(platform, "requires_credentials", None)
        why = needs(env) if callable(needs) else None
        return (
            Reading(Status.SKIPPED_POLICY, why or f"{platform.title}: no public endpoint to ask"),
            None,
            (),
        )
    readings: list[tuple[Reading, Origin | None]] = []
    missed: list[str] = []
    for endpoint in endpoints:
        result = await attempt(client, endpoint.url, dict(endpoint.headers))
        if result.response is None:
            assert result.failure is not None
            if result.failure is not Status.ERROR:
                missed.append(result.request_line)
            readings.append((Reading(result.failure, result.reason), None))
            continue
        response = result.response
        reading = platform.read(
            endpoint, ref, response.status_code, response.headers, response.content
        )
        readings.append((reading, result.origin))
        if reading.decisive:
            earlier = "; ".join(r.reason for r, _ in readings[:-1] if r.reason)
            if earlier:
                reading = Reading(reading.status, f"{earlier}; {reading.reason}", reading.post)
            return reading, result.origin, tuple(missed)
    best, origin = min(readings, key=lambda pair: _INFORMATIVE.index(pair[0].status))
    reasons = "; ".join(f"{r.reason}" for r, _ in readings if r.reason)
    return Reading(best.status, reasons, best.post), origin, tuple(missed)
