"""provenance: check where the claims in a news article come from.

Library use mirrors the command line::

    from provenance import HttpOptions, check, detect_sources
    detections = detect_sources(["article.txt"])             # no network
    report = check(["article.txt"], HttpOptions(mode="replay", har_path=Path("rec.har")))

Stages (each a function from typed values to typed values): ``load`` → ``detect`` →
``resolve`` → ``score`` → ``report``. Only ``resolve`` does I/O, through the client that
:func:`provenance.http.make_client` builds.

The detector, the model and the errors load with the package; the rest (HTTP client, cache,
pipeline, scoring, settings) load on first use (PEP 562), so ``provenance detect`` does not
pay for what it never runs.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

# ``provenance.detect`` is also a subpackage: importing the function here, at once, keeps the
# package attribute the function even after ``import provenance.detect.claims``.
from provenance.detect import detect
from provenance.errors import (
    ConfigError,
    DataError,
    ExitCode,
    FetchError,
    InputError,
    ProvenanceError,
)
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
from provenance.version import VERSION

if TYPE_CHECKING:  # the lazy names as the type checker and editors see them
    from provenance.http import HttpOptions, make_client
    from provenance.inputs import detect_sources
    from provenance.pipeline import check, check_async
    from provenance.score import RUBRIC_VERSION, score_article
    from provenance.settings import Settings, load_settings

__version__ = VERSION

#: Each name loaded on first use → the module that defines it.
_LAZY = {
    "HttpOptions": "provenance.http",
    "make_client": "provenance.http",
    "check": "provenance.pipeline",
    "check_async": "provenance.pipeline",
    "detect_sources": "provenance.inputs",
    "RUBRIC_VERSION": "provenance.score",
    "score_article": "provenance.score",
    "Settings": "provenance.settings",
    "load_settings": "provenance.settings",
}


def __getattr__(name: str) -> Any:
    """Import a lazy public name from its module the first time it is asked for."""
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'provenance' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value  # later lookups find it without this function
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_LAZY})


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
