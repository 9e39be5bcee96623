"""Exit-code gates: 1 for editorial failures, 3 for incomplete verification under --strict."""

from __future__ import annotations

from dataclasses import replace

import pytest

from provenance.errors import ExitCode
from provenance.gates import evaluate, exit_code
from provenance.model import (
    Anchor,
    Article,
    ArticleReport,
    ArticleScore,
    ClaimScore,
    Detections,
    Finding,
    Report,
    Resolution,
    Severity,
    Span,
    Status,
)
from provenance.settings import Settings

# Constructed test data: one small article with one scored claim.
SPAN = Span(0, 5, 1, 1, 1, 6)
ARTICLE = Article("draft.txt", "hello", "text", "utf-8", (Anchor(0, 1, 1),))


def report(
    score: int = 80,
    severity: Severity | None = None,
    status: Status = Status.LIVE,
    article_finding: bool = False,
) -> Report:
    findings = (
        () if severity is None else (Finding("PV301", severity, "quote differs", "k1", SPAN),)
    )
    claim = ClaimScore("k1", score, (), () if article_finding else findings)
    art = ArticleReport(
        Detections(ARTICLE),
        (Resolution("e1", status, "constructed"),),
        (claim,),
        findings if article_finding else (),
        ArticleScore(score, "B", ()),
    )
    return Report((art,), "1.0", None)


def test_clean_report_passes() -> None:
    """Nothing under the floor, no finding: exit 0."""
    assert exit_code(report(), Settings(fail_under=50)) is ExitCode.OK


@pytest.mark.parametrize(
    ("score", "fail_under", "code"),
    [(49, 50, ExitCode.EDITORIAL_FAILURE), (50, 50, ExitCode.OK), (0, 0, ExitCode.OK)],
)
def test_score_floor(score: int, fail_under: int, code: ExitCode) -> None:
    """Strictly under --fail-under fails; equal passes; 0 disables the floor."""
    assert exit_code(report(score=score), Settings(fail_under=fail_under)) is code


@pytest.mark.parametrize(
    ("severity", "fail_on", "code"),
    [
        (Severity.MEDIUM, Severity.MEDIUM, ExitCode.EDITORIAL_FAILURE),
        (Severity.HIGH, Severity.MEDIUM, ExitCode.EDITORIAL_FAILURE),
        (Severity.LOW, Severity.MEDIUM, ExitCode.OK),
        (Severity.HIGH, None, ExitCode.OK),
    ],
)
def test_finding_severity_gate(
    severity: Severity, fail_on: Severity | None, code: ExitCode
) -> None:
    """A finding at or above --fail-on fails; None disables the finding gate."""
    assert exit_code(report(severity=severity), Settings(fail_on=fail_on)) is code


def test_article_level_findings_count_too() -> None:
    """Findings on embeds or the article (not on a claim) also trip the gate."""
    result = evaluate(report(severity=Severity.HIGH, article_finding=True), Settings())
    assert result.code is ExitCode.EDITORIAL_FAILURE
    assert result.reasons == ("draft.txt:1:1: PV301 [high] quote differs",)


@pytest.mark.parametrize(
    "status", [Status.RATE_LIMITED, Status.ERROR, Status.SKIPPED_OFFLINE, Status.SKIPPED_POLICY]
)
def test_strict_incomplete_is_3(status: Status) -> None:
    """Under --strict a run-caused gap exits 3; without --strict it passes."""
    assert exit_code(report(status=status), Settings(strict=True)) is ExitCode.INCOMPLETE
    assert exit_code(report(status=status), Settings()) is ExitCode.OK


@pytest.mark.parametrize("status", [Status.DELETED, Status.NOT_FOUND_UNKNOWN, Status.LOGIN_GATED])
def test_dead_posts_are_not_incomplete(status: Status) -> None:
    """A deleted or gated post is an answer, not a gap in the run."""
    assert exit_code(report(status=status), Settings(strict=True)) is ExitCode.OK


def test_editorial_failure_wins_over_incomplete() -> None:
    """When both apply, 1 wins: a failure on gathered evidence stands."""
    both = report(score=10, status=Status.SKIPPED_OFFLINE)
    result = evaluate(both, Settings(strict=True, fail_under=50))
    assert result.code is ExitCode.EDITORIAL_FAILURE
    assert result.reasons == ("draft.txt: score 10 is under --fail-under 50",)


def test_unscored_article_is_not_gated_on_score() -> None:
    """A detect-only article (no score) cannot fail the score floor."""
    base = report()
    unscored = replace(base, articles=(replace(base.articles[0], score=None),))
    assert exit_code(unscored, Settings(fail_under=100)) is ExitCode.OK
