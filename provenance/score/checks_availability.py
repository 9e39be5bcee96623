"""PV2xx: what became of each embedded post (deleted, gated, lost, never archived)."""

from __future__ import annotations

from collections.abc import Iterator

from provenance.model import (
    INCOMPLETE_STATUSES,
    Citation,
    Embed,
    Finding,
    Resolution,
    Severity,
    Status,
)
from provenance.score.base import Context, Rule, rule_unit
from provenance.score.consistency import usable_captures

#: Statuses in which the post probably exists but cannot be read from outside.
GATED_STATUSES = frozenset(
    {
        Status.PROTECTED,
        Status.SUSPENDED,
        Status.LOGIN_GATED,
        Status.AGE_RESTRICTED,
        Status.WITHHELD,
    }
)


def _resolved_embeds(ctx: Context) -> Iterator[tuple[Embed, Resolution]]:
    """Each embed with its resolution (embeds never resolved are skipped: nothing to say)."""
    for embed in ctx.detections.embeds:
        resolution = ctx.resolutions.get(embed.id)
        if resolution is not None:
            yield embed, resolution


def _embed_evidence(embed: Embed, resolution: Resolution) -> dict[str, object]:
    """Evidence common to availability findings."""
    return {
        "status": resolution.status.value,
        "reason": resolution.reason,
        "url": embed.url or (resolution.post.url if resolution.post else None),
    }


@rule_unit("PV201", "post-deleted", "Embedded post was deleted", Severity.HIGH)
def post_deleted(rule: Rule, ctx: Context) -> Iterator[Finding]:
    """The platform says the embedded post was deleted.

    The article now rests on a post nobody can read at its source. An archive capture made
    before the article keeps the claim checkable (PV204/PV205 say whether there is one).
    """
    for embed, resolution in _resolved_embeds(ctx):
        if resolution.status is Status.DELETED:
            yield rule.finding(
                embed.id,
                embed.span,
                f"The post was deleted: {resolution.reason}",
                **_embed_evidence(embed, resolution),
            )


@rule_unit("PV202", "post-gated", "Embedded post is gated", Severity.MEDIUM)
def post_gated(rule: Rule, ctx: Context) -> Iterator[Finding]:
    """The post cannot be read from outside: protected, suspended, login-gated, age-restricted
    or withheld in some country.

    It probably still exists, but readers may not be able to see it, and its text could not be
    compared with the article.
    """
    for embed, resolution in _resolved_embeds(ctx):
        if resolution.status in GATED_STATUSES:
            yield rule.finding(
                embed.id,
                embed.span,
                f"The post is {resolution.status.value.replace('_', ' ')}: {resolution.reason}",
                **_embed_evidence(embed, resolution),
            )


@rule_unit("PV203", "post-not-found", "Embedded post not found, reason unknown", Severity.MEDIUM)
def post_not_found(rule: Rule, ctx: Context) -> Iterator[Finding]:
    """The post could not be found and nothing says why.

    "Not found" is not "deleted": a flattened embed may simply not have matched any archived
    post. Check the handle and date by hand.
    """
    for embed, resolution in _resolved_embeds(ctx):
        if resolution.status is Status.NOT_FOUND_UNKNOWN:
            yield rule.finding(
                embed.id,
                embed.span,
                f"The post was not found: {resolution.reason}",
                **_embed_evidence(embed, resolution),
            )


@rule_unit("PV204", "post-not-archived", "Embedded post not archived anywhere", Severity.LOW)
def post_not_archived(rule: Rule, ctx: Context) -> Iterator[Finding]:
    """No web archive holds a usable capture of the post (a captured 404 does not count).

    If the post disappears, nothing will show what it said. Fix: save it (``provenance`` can
    ask the Wayback Machine's Save Page Now). Not reported when the run could not look (the
    item is unverified, or some of its requests could not be made).
    """
    for embed, resolution in _resolved_embeds(ctx):
        if resolution.status in INCOMPLETE_STATUSES or resolution.requests:
            continue
        if not usable_captures(resolution):
            yield rule.finding(
                embed.id,
                embed.span,
                "No web archive holds a capture of the post.",
                **_embed_evidence(embed, resolution),
            )


@rule_unit(
    "PV205", "archived-after-article", "Post archived only after the article's date", Severity.LOW
)
def archived_after_article(rule: Rule, ctx: Context) -> Iterator[Finding]:
    """Every capture of the post was made after the article's date.

    The captures prove the post existed later, not what it said when the article quoted it:
    posts can be edited or replaced. Reported only when the article's date is known.
    """
    for embed, resolution in _resolved_embeds(ctx):
        captures = usable_captures(resolution)
        if captures and all(c.predates_article is False for c in captures):
            first = min(c.memento_datetime for c in captures)
            yield rule.finding(
                embed.id,
                embed.span,
                f"The earliest capture ({first:%Y-%m-%d}) is later than the article.",
                first_capture=first.isoformat(),
                article_date=ctx.article_date.isoformat() if ctx.article_date else None,
            )


@rule_unit("PV206", "verification-incomplete", "Verification incomplete", Severity.INFO)
def verification_incomplete(rule: Rule, ctx: Context) -> Iterator[Finding]:
    """An embed or citation could not be checked because of the run, not the post: offline with
    no recording, a host the policy does not allow, a rate limit, or an error.

    Run again online (or with a recording) to complete it; ``--strict`` makes this exit 3.
    """
    items: list[Embed | Citation] = [*ctx.detections.embeds, *ctx.detections.citations]
    for item in items:
        resolution = ctx.resolutions.get(item.id)
        if resolution is not None and resolution.status in INCOMPLETE_STATUSES:
            yield rule.finding(
                item.id,
                item.span,
                f"Not verified ({resolution.status.value.replace('_', ' ')}): {resolution.reason}",
                status=resolution.status.value,
                requests=list(resolution.requests),
            )


__all__ = [
    "GATED_STATUSES",
    "archived_after_article",
    "post_deleted",
    "post_gated",
    "post_not_archived",
    "post_not_found",
    "verification_incomplete",
]
