"""The exit-code gate CI relies on: a Report and Settings in, an :class:`ExitCode` out.

Precedence, highest first:

1. ``EDITORIAL_FAILURE`` (1): an article scores under ``fail_under``, or any finding (on a claim,
   an embed, a citation or the article) has a severity at or above ``fail_on``. A failure found
   on the evidence that *was* gathered stands whatever else is missing, so it wins over 3.
2. ``INCOMPLETE`` (3): only with ``strict``, when some item's resolution status is in
   :data:`provenance.model.INCOMPLETE_STATUSES` (rate limited, error, offline miss, policy):
   the gate cannot say "passed" when the run, not the post, left something unverified.
3. ``OK`` (0).

Usage and internal errors (2 and 4) are raised as exceptions elsewhere; the CLI maps them.
"""

from __future__ import annotations

from dataclasses import dataclass

from provenance.errors import ExitCode
from provenance.model import INCOMPLETE_STATUSES, Report
from provenance.settings import Settings


@dataclass(frozen=True, slots=True)
class GateResult:
    """The gate's verdict and the reasons behind it, for the CLI to print."""

    code: ExitCode
    """The exit code."""
    reasons: tuple[str, ...]
    """One line per thing that failed (empty when passed)."""


def editorial_failures(report: Report, settings: Settings) -> list[str]:
    """Reasons the report fails the editorial gate (score floor, finding severity)."""
    reasons: list[str] = []
    for article in report.articles:
        source = article.detections.article.source
        if article.score is not None and article.score.score < settings.fail_under:
            reasons.append(
                f"{source}: score {article.score.score} is under --fail-under {settings.fail_under}"
            )
        if settings.fail_on is None:
            continue
        floor = settings.fail_on.rank
        findings = (*article.findings, *(f for s in article.claim_scores for f in s.findings))
        for finding in findings:
            if finding.severity.rank >= floor:
                reasons.append(
                    f"{source}:{finding.span.line}:{finding.span.column}: {finding.rule_id} "
                    f"[{finding.severity.value}] {finding.message}"
                )
    return reasons


def incomplete_items(report: Report) -> list[str]:
    """Items the run left unverified, one line each."""
    return [
        f"{article.detections.article.source}: {res.item_id} {res.status.value}: {res.reason}"
        for article in report.articles
        for res in article.resolutions
        if res.status in INCOMPLETE_STATUSES
    ]


def evaluate(report: Report, settings: Settings) -> GateResult:
    """Apply the gates in the documented order."""
    failures = editorial_failures(report, settings)
    if failures:
        return GateResult(ExitCode.EDITORIAL_FAILURE, tuple(failures))
    if settings.strict:
        missing = incomplete_items(report)
        if missing:
            return GateResult(ExitCode.INCOMPLETE, tuple(missing))
    return GateResult(ExitCode.OK, ())


def exit_code(report: Report, settings: Settings) -> ExitCode:
    """The process exit code for ``report`` under ``settings``."""
    return evaluate(report, settings).code
