"""Format dispatch: every format has a renderer, and detect refuses formats it cannot write."""

from __future__ import annotations

import json

import pytest

from provenance.errors import ConfigError
from provenance.model import Report
from provenance.report import (
    DETECT_FORMATS,
    RENDERERS,
    SUFFIXES,
    Format,
    render,
    render_detections,
)
from provenance.settings import Settings


def test_every_format_has_a_renderer_and_suffix() -> None:
    """Adding a Format without a renderer fails here."""
    assert set(RENDERERS) == set(Format) == set(SUFFIXES)


@pytest.mark.parametrize("fmt", list(Format))
def test_render_each_format(seed_report: Report, fmt: Format) -> None:
    """Each format renders the seed, names it, and (JUnit aside) mentions the paraphrase rule."""
    out = render(seed_report, fmt, settings=Settings())
    assert "000_ec877a3d0b7e51c8" in out
    # JUnit lists only failing claims' findings, and the paraphrase (60) passes at 50.
    assert ("PV301" in out) is (fmt is not Format.JUNIT)


def test_settings_threshold_reaches_junit(seed_report: Report) -> None:
    """claim_threshold from Settings decides JUnit failures."""
    strict = render(seed_report, Format.JUNIT, settings=Settings(claim_threshold=81))
    assert 'failures="10"' in strict
    assert 'failures="4"' in render(seed_report, Format.JUNIT)


def test_detect_formats(seed_report: Report) -> None:
    """detect writes terminal and JSON; asking it for SARIF is a config error."""
    det = [seed_report.articles[0].detections]
    assert {Format.TERMINAL, Format.JSON} == DETECT_FORMATS
    assert json.loads(render_detections(det, Format.JSON))["embeds"][0]["id"] == "e1"
    assert "qassimalaraji" in render_detections(det, Format.TERMINAL)
    with pytest.raises(ConfigError, match="detect cannot write sarif"):
        render_detections(det, Format.SARIF)
