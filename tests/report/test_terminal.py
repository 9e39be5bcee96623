"""Terminal output: origin first, tables with scores, Arabic isolated, NO_COLOR respected."""

from __future__ import annotations

from dataclasses import replace

import pytest

from provenance.model import Origin, Report
from provenance.report.common import FSI, PDI, isolate
from provenance.report.terminal import render_detections_terminal, render_terminal
from tests.work import assert_linear


def test_first_line_states_offline_origin(seed_report: Report) -> None:
    """An offline audit says so on its first line; a live run says live."""
    assert render_terminal(seed_report).splitlines()[0] == (
        "Evidence: recorded fixtures (offline audit)"
    )
    live = replace(seed_report, origin=Origin.LIVE)
    assert render_terminal(live).splitlines()[0] == "Evidence: live checks"


def test_tables_show_grade_items_scores_and_findings(seed_report: Report) -> None:
    """Grade, the embed, both agencies and the PV301 finding are all on screen."""
    out = render_terminal(seed_report, width=200)
    assert "Grade C ◐ 62/100 (partly sourced), rubric 1.0" in out
    assert "(@qassimalaraji)" in out and "live" in out
    assert "Iraqi News Agency" in out and "not_found_unknown" in out
    assert "Associated Press" in out and "skipped_offline" in out
    k3_row = next(line for line in out.splitlines() if "│ k3 " in line)
    assert "◐ 60" in k3_row and "PV301" in k3_row
    assert "PV101 [low] line 6" in out


def test_arabic_stays_in_logical_order_inside_isolates(seed_report: Report) -> None:
    """The speaker's name is printed as stored, wrapped in FSI…PDI."""
    out = render_terminal(seed_report, width=200)
    assert f"{FSI}قاسم الأعرجي{PDI}" in out
    assert f"{FSI}قاسم الاعرجي{PDI} (@qassimalaraji)" in out


def test_no_color_env_wins_over_color_request(
    seed_report: Report, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Colour codes appear only when asked for and NO_COLOR is unset."""
    monkeypatch.delenv("NO_COLOR", raising=False)
    assert "\x1b[" in render_terminal(seed_report, color=True)
    assert "\x1b[" not in render_terminal(seed_report, color=False)
    monkeypatch.setenv("NO_COLOR", "1")
    assert "\x1b[" not in render_terminal(seed_report, color=True)


def test_detect_renderer_has_no_scores(seed_report: Report) -> None:
    """The plain detect view lists items but no score column or grade."""
    out = render_detections_terminal([seed_report.articles[0].detections], width=200)
    assert "Evidence:" not in out and "Grade" not in out and "score" not in out
    assert "qassimalaraji" in out and "Iraqi News Agency" in out and "│ k12 " in out


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("plain English", "plain English"),
        ("قاسم الاعرجي (@qassimalaraji)", f"{FSI}قاسم الاعرجي{PDI} (@qassimalaraji)"),
        ("said «نعم»، then left", f"said «{FSI}نعم{PDI}»، then left"),
        ("(واع) x", f"({FSI}واع{PDI}) x"),
        ("PV301 في 2021 ok", f"PV301 {FSI}في 2021{PDI} ok"),
    ],
)
def test_isolate(text: str, expected: str) -> None:
    """RTL runs get isolates; trailing spaces and punctuation stay outside."""
    assert isolate(text) == expected


def test_isolate_reads_a_long_run_of_separators_right_in_linear_work() -> None:
    """A long run of separators after an Arabic letter stays outside its isolate (the run
    pattern cannot backtrack over it: tests/test_regex_backtracking.py)."""
    def hostile(size: int) -> str:
        return "ب" + " ." * size + "x"

    assert isolate(hostile(200_000)) == f"{FSI}ب{PDI}" + " ." * 200_000 + "x"
    assert_linear(lambda size: isolate(hostile(size)), 10_000)
