"""Stage 4: detections + resolutions → scored report, by a versioned, explained rubric.

:func:`score_article` runs every rule of :mod:`provenance.score.rules` over one article, scores
each claim from its best supporting source (:mod:`provenance.score.aggregate`) and the article as
a whole. The numbers are in :mod:`provenance.score.weights`; :data:`RUBRIC_VERSION` changes
whenever they or the rules change meaning, and is printed in every report.
"""

from __future__ import annotations

from collections.abc import Sequence

from provenance.model import ArticleReport, Detections, Resolution
from provenance.score.aggregate import score_claim, score_total
from provenance.score.base import Context, Rule
from provenance.score.rules import RULES, make_context, rule, run_rules
from provenance.score.weights import DEFAULT_WEIGHTS, Weights

#: Version of the scoring rubric (rules, base points, penalties, caps, grades).
RUBRIC_VERSION = "1.0"


def score_article(
    detections: Detections,
    resolutions: Sequence[Resolution],
    *,
    weights: Weights = DEFAULT_WEIGHTS,
) -> ArticleReport:
    """Run the rules over one article and score its claims and the article as a whole.

    Findings about claims sit on their :class:`~provenance.model.ClaimScore`; findings about
    embeds, citations and post mentions are the report's ``findings``.
    """
    context = make_context(detections, resolutions)
    findings = run_rules(context)
    claim_scores = tuple(
        score_claim(claim, context, findings, weights) for claim in detections.claims
    )
    claim_ids = {claim.id for claim in detections.claims}
    return ArticleReport(
        detections=detections,
        resolutions=tuple(resolutions),
        claim_scores=claim_scores,
        findings=tuple(f for f in findings if f.item_id not in claim_ids),
        score=score_total(detections.claims, claim_scores, findings, weights),
    )


__all__ = [
    "DEFAULT_WEIGHTS",
    "RUBRIC_VERSION",
    "RULES",
    "Context",
    "Rule",
    "Weights",
    "rule",
    "score_article",
]
