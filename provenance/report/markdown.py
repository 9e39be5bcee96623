"""Markdown output: a compact summary for pull-request comments and newsroom notes.

Per article: the grade, the worst-sourced claims and the sources that are dead or could not be
verified. Table cells escape ``|`` and keep Arabic readable by isolating right-to-left runs
(GitHub renders Unicode isolates, so a row mixing Arabic and Latin keeps its order).
"""

from __future__ import annotations

from collections import Counter

from provenance.model import INCOMPLETE_STATUSES, ArticleReport, Report, Status
from provenance.report.common import ORIGIN_BANNERS, Index, band, isolate, rule_title, shorten

#: How many of the lowest-scored claims the summary lists.
WORST_CLAIMS = 5

#: Characters that would break a table cell or start Markdown/HTML markup inside one.
_CELL_ESCAPES = str.maketrans({"|": "\\|", "\n": " ", "<": "&lt;", ">": "&gt;", "`": "\\`"})


def cell(text: str | None, limit: int = 90) -> str:
    """One table cell: shortened, escaped, right-to-left runs isolated."""
    return isolate(shorten(text or "—", limit)).translate(_CELL_ESCAPES)


def _worst_claims(index: Index, threshold: int) -> list[str]:
    order = {cid: n for n, cid in enumerate(index.items)}
    scored = sorted(index.article.claim_scores, key=lambda s: (s.score, order.get(s.claim_id, 0)))
    rows = []
    for score in scored[:WORST_CLAIMS]:
        claim = index.items.get(score.claim_id)
        shown = band(score.score)
        mark = " **below threshold**" if score.score < threshold else ""
        rules = ", ".join(sorted({f.rule_id for f in score.findings})) or "—"
        speaker = getattr(claim, "speaker", None)
        line = claim.span.line if claim else 0
        rows.append(
            f"| {shown.icon} {score.score}{mark} | {line} | {cell(speaker, 40)} | "
            f"{cell(index.item_text(score.claim_id))} | {rules} |"
        )
    return rows


def _rules_fired(index: Index) -> str:
    counts = Counter(f.rule_id for f in index.findings())
    return ", ".join(f"`{rule}` {rule_title(rule)} ×{n}" for rule, n in sorted(counts.items()))


def _weak_sources(index: Index) -> list[str]:
    rows = []
    for res in index.article.resolutions:
        if res.status is Status.LIVE:
            continue
        kind = "not verified in this run" if res.status in INCOMPLETE_STATUSES else "unavailable"
        item = index.items.get(res.item_id)
        line = item.span.line if item else 0
        rows.append(
            f"| {res.item_id} | {line} | {cell(index.item_text(res.item_id), 60)} | "
            f"`{res.status.value}` ({kind}) | {cell(res.reason, 80)} |"
        )
    return rows


def _article(article: ArticleReport, rubric: str, threshold: int) -> list[str]:
    index = Index(article)
    source = article.detections.article.source
    out = [f"### `{source}`", ""]
    if article.score:
        shown = band(article.score.score)
        out.append(
            f"**Grade {article.score.grade}** {shown.icon} {article.score.score}/100 "
            f"({shown.label}) · rubric {rubric} · "
            f"{len(article.detections.claims)} claims, {len(index.findings())} findings"
        )
        out.append("")
    fired = _rules_fired(index)
    if fired:
        out += [f"Rules fired: {fired}", ""]
    worst = _worst_claims(index, threshold)
    if worst:
        out += ["| score | line | speaker | claim | rules |", "|---|---|---|---|---|", *worst, ""]
    weak = _weak_sources(index)
    if weak:
        out += [
            "**Dead or unverifiable sources**",
            "",
            "| item | line | source | status | why |",
            "|---|---|---|---|---|",
            *weak,
            "",
        ]
    elif article.resolutions:
        out += ["All sources resolved live.", ""]
    return out


def render_markdown(report: Report, *, threshold: int = 50) -> str:
    """The PR-comment summary; ``threshold`` marks claims that fail the JUnit/claim gate."""
    # The origin goes in the heading: an offline audit must never read as a live check.
    lines = [f"## provenance · {ORIGIN_BANNERS[report.origin]}", ""]
    for article in report.articles:
        lines += _article(article, report.rubric_version, threshold)
    return "\n".join(lines).rstrip() + "\n"
