"""Terminal output with rich: what a fact-checker reads at the prompt.

A check report opens with the evidence origin (an offline audit must never look like a live
check), then per article the grade and tables of embeds, citations and claims with their
scores and findings. Arabic stays in logical order; each right-to-left run is wrapped in
Unicode isolates so a cell mixing Arabic and a Latin handle does not scramble in bidi-aware
terminals. Colour is off when ``NO_COLOR`` is set, whatever the caller asks.
"""

from __future__ import annotations

import io
import os
from collections.abc import Sequence

from rich.console import Console
from rich.table import Table
from rich.text import Text

from provenance.model import ArticleReport, Claim, Detections, Report
from provenance.report.common import ORIGIN_BANNERS, Index, band, isolate, shorten


def _console(color: bool, width: int) -> tuple[Console, io.StringIO]:
    buffer = io.StringIO()
    # The environment check keeps NO_COLOR authoritative even when a caller forces colour.
    colored = color and "NO_COLOR" not in os.environ
    console = Console(
        file=buffer,
        width=width,
        force_terminal=colored,
        no_color=not colored,
        color_system="standard" if colored else None,
        highlight=False,
        emoji=False,
        soft_wrap=False,
    )
    return console, buffer


def _cell(text: str | None, limit: int = 70) -> Text:
    return Text(isolate(shorten(text or "—", limit)))


def _table(title: str, *columns: str) -> Table:
    table = Table(title=title, title_justify="left", show_lines=False, expand=False)
    for column in columns:
        table.add_column(column, overflow="fold")
    return table


def _embeds_table(index: Index) -> Table:
    table = _table("Embedded posts", "id", "line", "post", "status", "evidence")
    for embed in index.article.detections.embeds:
        res = index.resolutions.get(embed.id)
        who = f"{embed.author or ''} (@{embed.handle})" if embed.handle else embed.author
        where = f"{embed.platform}/{embed.form.value} {who or ''}".strip()
        evidence = []
        if res is not None:
            evidence.append(res.reason)
            if res.id_time:
                evidence.append(f"ID time {res.id_time:%Y-%m-%d %H:%M} UTC")
            evidence += [
                f"{c.archive} {c.memento_datetime:%Y-%m-%d} ({c.archived_status or '?'})"
                for c in res.captures
            ]
        status = res.status.value if res else "unresolved"
        table.add_row(
            embed.id, str(embed.span.line), _cell(where), status, _cell("; ".join(evidence), 200)
        )
    return table


def _citations_table(index: Index) -> Table:
    table = _table("Agency citations", "id", "line", "agency", "role", "as written", "status")
    for cit in index.article.detections.citations:
        res = index.resolutions.get(cit.id)
        table.add_row(
            cit.id,
            str(cit.span.line),
            cit.name,
            cit.role.value,
            _cell(cit.surface),
            res.status.value if res else "unresolved",
        )
    return table


def _claim_row(index: Index, claim: Claim, scored: bool) -> list[str | Text]:
    score = index.scores.get(claim.id)
    shown = band(score.score if score else None)
    row: list[str | Text] = [
        claim.id,
        str(claim.span.line),
        _cell(claim.speaker, 30),
        _cell(claim.text, 60),
        claim.medium.value,
    ]
    if scored:
        value = "—" if score is None else str(score.score)
        row.append(Text(f"{shown.icon} {value}", style=shown.style))
        rules = [f"{f.rule_id} {f.message}" for f in index.findings_for(claim.id)]
        row.append(_cell("; ".join(rules) or "", 160))
    return row


def _claims_table(index: Index, scored: bool) -> Table:
    columns = ["id", "line", "speaker", "claim", "medium"]
    if scored:
        columns += ["score", "findings"]
    table = _table("Claims", *columns)
    for claim in index.article.detections.claims:
        table.add_row(*_claim_row(index, claim, scored))
    return table


def _article(console: Console, article: ArticleReport, scored: bool, rubric: str) -> None:
    index = Index(article)
    det = article.detections
    console.print(Text(f"Article: {det.article.source}", style="bold"))
    if det.article_date:
        console.print(
            Text(f"Written: {det.article_date.value} ({isolate(det.article_date.reason)})")
        )
    if scored and article.score:
        shown = band(article.score.score)
        console.print(
            Text(
                f"Grade {article.score.grade} {shown.icon} {article.score.score}/100 "
                f"({shown.label}), rubric {rubric}",
                style=f"bold {shown.style}",
            )
        )
    if det.embeds:
        console.print(_embeds_table(index))
    if det.citations:
        console.print(_citations_table(index))
    if det.claims:
        console.print(_claims_table(index, scored))
    other = article.findings
    if scored and other:
        console.print(Text("Findings on embeds, citations and the article", style="bold"))
        for finding in other:
            console.print(
                f"  {finding.rule_id} [{finding.severity.value}] line "
                f"{finding.span.line}: {isolate(finding.message)}",
                markup=False,
            )
    console.print()


def render_terminal(report: Report, *, color: bool = False, width: int = 120) -> str:
    """A check report for people; the first line states where the evidence came from."""
    console, buffer = _console(color, width)
    console.print(Text(ORIGIN_BANNERS[report.origin], style="bold"))
    for article in report.articles:
        _article(console, article, scored=True, rubric=report.rubric_version)
    return buffer.getvalue()


def render_detections_terminal(
    detections: Sequence[Detections], *, color: bool = False, width: int = 120
) -> str:
    """A ``detect`` result: what was found, without resolution or scores."""
    console, buffer = _console(color, width)
    for det in detections:
        _article(console, ArticleReport(det), scored=False, rubric="")
    return buffer.getvalue()
