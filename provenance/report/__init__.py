"""Stage 5: Report → text. Every renderer is a pure function; the CLI writes and picks exit codes.

:func:`render` dispatches a :class:`Format` to its renderer through one table, so adding a
format means adding one row (a test checks that every format has one).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from provenance.errors import ConfigError
from provenance.model import Detections, Report

if TYPE_CHECKING:
    from provenance.settings import Settings


class Format(StrEnum):
    """Output formats of ``check`` (``detect`` supports ``terminal`` and ``json``)."""

    TERMINAL = "terminal"
    JSON = "json"
    MARKDOWN = "markdown"
    SARIF = "sarif"
    JUNIT = "junit"
    HTML = "html"


#: File name suffix per format, for ``-o DIR`` with several formats.
SUFFIXES: dict[Format, str] = {
    Format.TERMINAL: ".txt",
    Format.JSON: ".json",
    Format.MARKDOWN: ".md",
    Format.SARIF: ".sarif",
    Format.JUNIT: ".xml",
    Format.HTML: ".html",
}


def _color(settings: Settings | None) -> bool:
    if "NO_COLOR" in os.environ:
        return False
    return bool(getattr(settings, "color", False))


def _terminal(report: Report, settings: Settings | None) -> str:
    from provenance.report.terminal import render_terminal

    return render_terminal(report, color=_color(settings))


def _json(report: Report, settings: Settings | None) -> str:
    from provenance.report.json import render_json

    return render_json(report)


def _markdown(report: Report, settings: Settings | None) -> str:
    from provenance.report.markdown import render_markdown

    return render_markdown(report, threshold=_threshold(settings))


def _sarif(report: Report, settings: Settings | None) -> str:
    from provenance.report.sarif import render_sarif

    return render_sarif(report)


def _junit(report: Report, settings: Settings | None) -> str:
    from provenance.report.junit import render_junit

    return render_junit(report, threshold=_threshold(settings))


def _html(report: Report, settings: Settings | None) -> str:
    from provenance.report.html import render_html

    return render_html(report)


def _threshold(settings: Settings | None) -> int:
    from provenance.settings import DEFAULT_CLAIM_THRESHOLD

    return int(getattr(settings, "claim_threshold", DEFAULT_CLAIM_THRESHOLD))


#: One renderer per format (imports are late so ``--format json`` does not load rich).
RENDERERS: dict[Format, Callable[[Report, Any], str]] = {
    Format.TERMINAL: _terminal,
    Format.JSON: _json,
    Format.MARKDOWN: _markdown,
    Format.SARIF: _sarif,
    Format.JUNIT: _junit,
    Format.HTML: _html,
}

#: Formats ``detect`` can write.
DETECT_FORMATS = frozenset({Format.TERMINAL, Format.JSON})


def render(report: Report, fmt: Format, *, settings: Settings | None = None) -> str:
    """Render ``report`` in ``fmt``; ``settings`` supplies colour and the claim threshold."""
    return RENDERERS[Format(fmt)](report, settings)


def render_detections(
    detections: Sequence[Detections], fmt: Format, *, settings: Settings | None = None
) -> str:
    """Render ``detect`` results (terminal or JSON); other formats need a check report."""
    fmt = Format(fmt)
    if fmt is Format.JSON:
        from provenance.report.json import render_detections_json

        return render_detections_json(detections)
    if fmt is Format.TERMINAL:
        from provenance.report.terminal import render_detections_terminal

        return render_detections_terminal(detections, color=_color(settings))
    raise ConfigError(f"format: detect cannot write {fmt.value}; use check for it")


__all__ = ["DETECT_FORMATS", "RENDERERS", "SUFFIXES", "Format", "render", "render_detections"]
