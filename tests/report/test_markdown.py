"""Markdown PR summary: grade, worst claims, weak sources; cells escaped and isolated."""

from __future__ import annotations

from dataclasses import replace

from provenance.model import Report
from provenance.report.common import FSI, PDI
from provenance.report.markdown import cell, render_markdown


def test_summary_has_grade_worst_claims_and_weak_sources(seed_report: Report) -> None:
    """The summary leads with the origin, then the grade, worst claims and weak sources."""
    out = render_markdown(seed_report, threshold=50)
    lines = out.splitlines()
    assert lines[0] == "## provenance · Evidence: recorded fixtures (offline audit)"
    assert "**Grade C** ◐ 62/100 (partly sourced) · rubric 1.0 · 12 claims, 7 findings" in out
    assert "Rules fired: `PV101` Flattened embed without URL or ID ×1, `PV301`" in out
    assert "`PV301` Quote is a paraphrase of its source ×1" in out
    assert "`PV405` Claim with no medium named ×3" in out
    rows = [line for line in lines if line.startswith("| ✖") or line.startswith("| ◐")]
    # The five lowest scores, lowest first, ties in text order (lines 11, 13, 14, then 9, 12).
    assert [r.split(" | ")[1] for r in rows] == ["11", "13", "14", "9", "12"]
    assert rows[0].startswith("| ✖ 25 **below threshold** | 11 |")
    assert "below threshold" not in rows[4]
    assert "| c1 | 8 |" in out and "`not_found_unknown` (unavailable)" in out
    assert "| c2 | 12 |" in out and "`skipped_offline` (not verified in this run)" in out
    assert "| e1 |" not in out  # the live embed is not a weak source


def test_cells_escape_pipes_and_markup_and_isolate_arabic() -> None:
    """A pipe cannot break the table, and Arabic keeps its order in an isolate."""
    assert cell("a | b <img src=x>") == "a \\| b &lt;img src=x&gt;"
    assert cell("قال | نعم") == f"{FSI}قال{PDI} \\| {FSI}نعم{PDI}"


def test_threshold_moves_the_below_marker(seed_report: Report) -> None:
    """With threshold 20 no claim is marked as below it."""
    assert "below threshold" not in render_markdown(seed_report, threshold=20)


def test_all_live_sources_say_so(seed_report: Report) -> None:
    """When every source resolved live the summary says so instead of a table."""
    article = seed_report.articles[0]
    live_only = replace(article, resolutions=article.resolutions[:1])
    out = render_markdown(replace(seed_report, articles=(live_only,)))
    assert "All sources resolved live." in out and "Dead or unverifiable" not in out
