"""What the score stage makes and the report that gathers every stage (stdlib only)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any

from provenance.model.article import Span
from provenance.model.detections import Detections
from provenance.model.resolution import Origin, QuoteMatch, Resolution


class Severity(StrEnum):
    """Severity of a finding, lowest first."""

    INFO = "info"
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"

    @property
    def rank(self) -> int:
        """Order for comparisons (info = 0 … high = 3)."""
        return list(Severity).index(self)


@dataclass(frozen=True, slots=True)
class Finding:
    """One rule firing on one item."""

    rule_id: str
    """Stable rule ID (``PV301``)."""
    severity: Severity
    """The rule's severity."""
    message: str
    """What is wrong with this item, in a sentence."""
    item_id: str
    """Id of the claim, embed or citation the finding is about."""
    span: Span
    """Where to point in the draft."""
    evidence: dict[str, Any] = field(default_factory=dict, compare=False)
    """Machine-readable details (scores, dates, URLs)."""


@dataclass(frozen=True, slots=True)
class Component:
    """One term of a score."""

    name: str
    """Short name (``base:post``, ``PV301``)."""
    points: float
    """Points added (or removed, when negative)."""
    why: str
    """One sentence explaining the term."""


@dataclass(frozen=True, slots=True)
class ClaimScore:
    """A claim's sourcing score with its components and findings."""

    claim_id: str
    """Id of the claim."""
    score: int
    """0–100."""
    components: tuple[Component, ...]
    """The terms that add up to the score."""
    findings: tuple[Finding, ...]
    """Rules that fired on the claim."""
    quote_match: QuoteMatch | None = None
    """Comparison with the best source text, when there was one."""


@dataclass(frozen=True, slots=True)
class ArticleScore:
    """The article's aggregate score."""

    score: int
    """0–100."""
    grade: str
    """A–F."""
    components: tuple[Component, ...]
    """How the aggregate was reached (weights, caps)."""


@dataclass(frozen=True, slots=True)
class ArticleReport:
    """Everything known about one article after a run."""

    detections: Detections
    """What was detected."""
    resolutions: tuple[Resolution, ...] = ()
    """One per embed and citation that was resolved."""
    claim_scores: tuple[ClaimScore, ...] = ()
    """One per claim."""
    findings: tuple[Finding, ...] = ()
    """Findings about embeds, citations and the article itself (claim findings sit on claims)."""
    score: ArticleScore | None = None
    """The article's aggregate, when scored."""


@dataclass(frozen=True, slots=True)
class Report:
    """The result of one run over one or more articles."""

    articles: tuple[ArticleReport, ...]
    """One per input, in the order given."""
    rubric_version: str
    """Version of the scoring rubric."""
    origin: Origin | None
    """The run's evidence origin (``fixture`` for offline replay); None for detection only."""
    generated_at: datetime | None = None
    """When the report was made (UTC); None keeps golden files stable."""
