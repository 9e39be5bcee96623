"""provenance: check where the claims in a news article come from.

Library use mirrors the command line::

    from provenance import HttpOptions, check, detect_sources
    detections = detect_sources(["article.txt"])             # no network
    report = check(["article.txt"], HttpOptions(mode="replay", har_path=Path("rec.har")))

Stages (each a function from typed values to typed values): ``load`` → ``detect`` →
``resolve`` → ``score`` → ``report``. Only ``resolve`` does I/O, through the client that
:func:`provenance.http.make_client` builds.
"""

from provenance.detect import detect
from provenance.errors import (
    ConfigError,
    DataError,
    ExitCode,
    FetchError,
    InputError,
    ProvenanceError,
)
from provenance.http import HttpOptions, make_client
from provenance.load import load_bytes, load_path
from provenance.model import (
    Article,
    ArticleReport,
    ArticleScore,
    Capture,
    Citation,
    CitationRole,
    Claim,
    ClaimScore,
    Detections,
    Embed,
    EmbedForm,
    Finding,
    Medium,
    Origin,
    PostMention,
    PostRecord,
    Report,
    Resolution,
    Severity,
    Span,
    Status,
)
from provenance.pipeline import check, check_async, detect_sources
from provenance.score import RUBRIC_VERSION, score_article
from provenance.settings import Settings, load_settings
from provenance.version import VERSION

__version__ = VERSION

__all__ = [
    "RUBRIC_VERSION",
    "Article",
    "ArticleReport",
    "ArticleScore",
    "Capture",
    "Citation",
    "CitationRole",
    "Claim",
    "ClaimScore",
    "ConfigError",
    "DataError",
    "Detections",
    "Embed",
    "EmbedForm",
    "ExitCode",
    "FetchError",
    "Finding",
    "HttpOptions",
    "InputError",
    "Medium",
    "Origin",
    "PostMention",
    "PostRecord",
    "ProvenanceError",
    "Report",
    "Resolution",
    "Settings",
    "Severity",
    "Span",
    "Status",
    "check",
    "check_async",
    "detect",
    "detect_sources",
    "load_bytes",
    "load_path",
    "load_settings",
    "make_client",
    "score_article",
]
