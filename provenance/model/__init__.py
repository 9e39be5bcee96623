"""Shared data types of every pipeline stage (stdlib only).

Stages hand these frozen values to each other: ``load`` makes an :class:`Article`, ``detect``
makes :class:`Detections`, ``resolve`` makes :class:`Resolution` values, ``score`` makes
:class:`ClaimScore`/:class:`ArticleScore`, and everything is gathered in a :class:`Report`.
Per-item failures are values (a :class:`Resolution` with a :class:`Status`), never exceptions.

The types live in one module per stage; import them from here.
"""

from provenance.model.article import (
    Anchor,
    Article,
    LineAnchors,
    Span,
)
from provenance.model.detections import (
    SOURCE_ROLES,
    Citation,
    CitationRole,
    Claim,
    DateKind,
    DateMention,
    Detections,
    Embed,
    EmbedForm,
    InferredDate,
    Medium,
    PostMention,
)
from provenance.model.resolution import (
    INCOMPLETE_STATUSES,
    Capture,
    Origin,
    PostRecord,
    QuoteMatch,
    Resolution,
    Status,
)
from provenance.model.scoring import (
    ArticleReport,
    ArticleScore,
    ClaimScore,
    Component,
    Finding,
    Report,
    Severity,
)

__all__ = [
    "INCOMPLETE_STATUSES",
    "SOURCE_ROLES",
    "Anchor",
    "Article",
    "ArticleReport",
    "ArticleScore",
    "Capture",
    "Citation",
    "CitationRole",
    "Claim",
    "ClaimScore",
    "Component",
    "DateKind",
    "DateMention",
    "Detections",
    "Embed",
    "EmbedForm",
    "Finding",
    "InferredDate",
    "LineAnchors",
    "Medium",
    "Origin",
    "PostMention",
    "PostRecord",
    "QuoteMatch",
    "Report",
    "Resolution",
    "Severity",
    "Span",
    "Status",
]
