"""From findings to numbers: each claim's score from its best source, and the article's grade.

A claim starts from the base points of its best supporting source (which kind of source, and
what became of it), then loses the penalties of the findings on it and on that source. The
article's score is the weighted mean of its claims (headline and lede weigh more), capped by its
worst high-severity finding. Every number is a :class:`~provenance.model.Component` with a
sentence saying why, and every tunable is in :mod:`provenance.score.weights`.
"""

from __future__ import annotations

from collections.abc import Sequence

from provenance.model import (
    INCOMPLETE_STATUSES,
    ArticleScore,
    Claim,
    ClaimScore,
    Component,
    Finding,
    Medium,
    Origin,
    Resolution,
    Severity,
    Status,
)
from provenance.score.base import Context
from provenance.score.checks_availability import GATED_STATUSES
from provenance.score.consistency import usable_captures
from provenance.score.weights import Weights

#: Sentences explaining each base key.
BASE_WHY = {
    "post:live": "the post is live on the platform",
    "post:archived_before": "an archive captured the post before the article",
    "post:archived": "the post is in an archive (the article's date is unknown)",
    "post:archived_after": "the post was archived only after the article",
    "post:deleted_archived": "the post was deleted and archived only after the article",
    "post:unverified": "the post could not be checked in this run",
    "post:gated": "the post exists behind a gate (protected, login, age or country)",
    "post:not_found": "the post was not found",
    "post:deleted": "the post was deleted and no archive holds it",
    "post:mentioned": "a post is mentioned, with neither its text nor a link",
    "agency:found": "the agency's own story was found",
    "press_conference:found": "an agency witnessed the press conference and its story was found",
    "interview:found": "the agency's interview was found",
    "agency:not_found": "an agency is named, but its own story was not found",
    "press_conference:not_found": (
        "an agency witnessed the press conference; its story was not found"
    ),
    "interview:not_found": "an agency interview is named; its copy was not found",
    "press_conference:none": "a press conference is named, with no agency or post behind it",
    "interview:none": "an interview is named, with no outlet to look it up in",
    "statement:none": "a statement is named, with no outlet to look it up in",
    "agency:none": "an agency is implied but not named",
    "none": "nothing says how the words reached the article",
}

#: Medium → family of the citation base keys.
CITATION_FAMILY = {
    Medium.PRESS_CONFERENCE: "press_conference",
    Medium.INTERVIEW: "interview",
}
#: Medium → base key when the claim rests on nothing the article names.
UNSOURCED_KEY = {
    Medium.POST: "post:mentioned",
    Medium.AGENCY: "agency:none",
    Medium.PRESS_CONFERENCE: "press_conference:none",
    Medium.INTERVIEW: "interview:none",
    Medium.STATEMENT: "statement:none",
    Medium.NONE: "none",
}


def post_state(resolution: Resolution | None) -> str:
    """The base key of a post by what became of it (``post:live``, ``post:deleted`` …)."""
    if resolution is None or resolution.status in INCOMPLETE_STATUSES:
        return "post:unverified"
    captures = usable_captures(resolution)
    if any(c.predates_article for c in captures):
        return "post:archived_before"
    after = bool(captures) and all(c.predates_article is False for c in captures)
    if resolution.status is Status.LIVE and resolution.origin is not Origin.ARCHIVE:
        return "post:live"
    if resolution.status is Status.DELETED:
        return "post:deleted_archived" if captures else "post:deleted"
    if captures or resolution.status is Status.LIVE:
        return "post:archived_after" if after else "post:archived"
    if resolution.status in GATED_STATUSES:
        return "post:gated"
    return "post:not_found"


def source_key(claim: Claim, source_id: str, ctx: Context) -> str | None:
    """The base key of one source of a claim (None when the id names nothing scorable)."""
    embed = ctx.embed(source_id)
    if embed is not None:
        return post_state(ctx.resolutions.get(source_id))
    if any(m.id == source_id for m in ctx.detections.post_mentions):
        return "post:mentioned"
    citation = ctx.citation(source_id)
    if citation is None or not citation.is_source:
        return None
    resolution = ctx.resolutions.get(source_id)
    found = resolution is not None and resolution.status is Status.LIVE
    family = CITATION_FAMILY.get(claim.medium, "agency")
    return f"{family}:{'found' if found else 'not_found'}"


def base_component(claim: Claim, ctx: Context, weights: Weights) -> tuple[Component, str | None]:
    """The best source's base points as a component, and that source's id (None if none)."""
    options: list[tuple[float, str, str | None]] = []
    for item in claim.sources:
        found = source_key(claim, item, ctx)
        if found is not None:
            options.append((weights.base_points[found], found, item))
    if not options:
        fallback = UNSOURCED_KEY[claim.medium]
        options.append((weights.base_points[fallback], fallback, None))
    points, key, source_id = max(options, key=lambda o: o[0])
    where = f" ({source_id})" if source_id else ""
    return Component(f"base:{key}", points, f"Best source{where}: {BASE_WHY[key]}."), source_id


def score_claim(
    claim: Claim, ctx: Context, findings: Sequence[Finding], weights: Weights
) -> ClaimScore:
    """One claim's score: base points of its best source minus the penalties that apply."""
    base, source_id = base_component(claim, ctx, weights)
    own = tuple(f for f in findings if f.item_id == claim.id)
    on_source = tuple(f for f in findings if source_id is not None and f.item_id == source_id)
    components = [base]
    for finding in (*own, *on_source):
        penalty = weights.penalties.get(finding.rule_id, 0.0)
        if penalty:
            components.append(Component(finding.rule_id, -penalty, finding.message))
    total = sum(c.points for c in components)
    return ClaimScore(
        claim_id=claim.id,
        score=_clamp(total),
        components=tuple(components),
        findings=own,
        quote_match=ctx.quote_matches.get(claim.id),
    )


def claim_weight(claim: Claim, weights: Weights) -> float:
    """How much a claim counts in the article mean (headline and lede weigh more)."""
    line = claim.line_number or claim.span.line
    return weights.lede_weight if 1 <= line <= weights.lede_lines else 1.0


def score_total(
    claims: Sequence[Claim],
    scores: Sequence[ClaimScore],
    findings: Sequence[Finding],
    weights: Weights,
) -> ArticleScore:
    """The article's score: weighted mean of claim scores, capped by its worst finding."""
    components: list[Component] = []
    if scores:
        pairs = [(claim_weight(c, weights), s.score) for c, s in zip(claims, scores, strict=True)]
        total_weight = sum(w for w, _ in pairs)
        mean = sum(w * s for w, s in pairs) / total_weight
        lede = sum(1 for w, _ in pairs if w != 1.0)
        components.append(
            Component(
                "mean",
                round(mean, 1),
                f"Weighted mean of {len(pairs)} claim scores ({lede} in the headline or lede, "
                f"weighing {weights.lede_weight:g}).",
            )
        )
    else:
        mean = weights.empty_score
        components.append(Component("mean", mean, "No claim to score."))
    cap, capping = _worst_cap(findings, weights)
    score = mean
    if capping is not None and cap < mean:
        components.append(
            Component(
                f"cap:{capping.rule_id}",
                round(cap - mean, 1),
                f"Capped at {cap:g} by {capping.rule_id} on {capping.item_id}: {capping.message}",
            )
        )
        score = cap
    final = _clamp(score)
    return ArticleScore(final, grade(final, weights), tuple(components))


def grade(score: float, weights: Weights) -> str:
    """The letter for a score, by the cut-offs in ``weights.grades``."""
    for floor, letter in weights.grades:
        if score >= floor:
            return letter
    return weights.grades[-1][1]


def _worst_cap(findings: Sequence[Finding], weights: Weights) -> tuple[float, Finding | None]:
    """The lowest cap any finding imposes, and the finding that imposes it."""
    best: tuple[float, Finding | None] = (100.0, None)
    for finding in findings:
        cap = weights.caps.get(finding.rule_id)
        if cap is None and finding.severity is Severity.HIGH:
            cap = weights.high_severity_cap
        if cap is not None and cap < best[0]:
            best = (cap, finding)
    return best


def _clamp(points: float) -> int:
    """Round to an integer in 0–100."""
    return max(0, min(100, round(points)))


__all__ = [
    "BASE_WHY",
    "base_component",
    "claim_weight",
    "grade",
    "post_state",
    "score_claim",
    "score_total",
    "source_key",
]
