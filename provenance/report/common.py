"""Helpers every renderer shares: item lookup, score bands, rule metadata, bidi isolation.

Renderers are pure functions of a :class:`~provenance.model.Report`; what they have in common
(which item a finding points at, how a score is labelled, how Arabic is kept readable next to
Latin text) lives here so that the formats never disagree.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from provenance.model import (
    ArticleReport,
    Citation,
    Claim,
    ClaimScore,
    Embed,
    Finding,
    Origin,
    PostMention,
    Report,
    Resolution,
)
from provenance.version import VERSION

#: Unicode directional isolates (UAX #9): FSI picks the direction from the first strong letter.
FSI = "\u2068"
PDI = "\u2069"

#: Letters of right-to-left scripts (Hebrew, Arabic, Syriac, Thaana, NKo, presentation forms).
_RTL = "\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc"

#: A run that starts with an RTL letter and goes on over RTL letters, digits, spaces and the
#: punctuation found inside Arabic phrases; a single character class keeps it linear-time.
RTL_RUN = re.compile(f"[{_RTL}][{_RTL}0-9\u0660-\u0669 \t\u00a0.,،؛:!؟?()«»\"'/\\-]*")

#: Characters left outside an isolate when they end a run (spacing and sentence punctuation).
_TRAILING = " \t\u00a0.,،؛:!؟?(«\"'/-"
#: Bracket pairs whose closer stays outside a run that did not open it.
_PAIRS = (("(", ")"), ("«", "»"))

_RTL_LETTER = re.compile(f"[{_RTL}]")
_LATIN_LETTER = re.compile("[A-Za-z]")

#: Evidence-origin banners; the first line of every check report (an offline audit must say so).
ORIGIN_BANNERS: dict[Origin | None, str] = {
    Origin.FIXTURE: "Evidence: recorded fixtures (offline audit)",
    Origin.LIVE: "Evidence: live checks",
    Origin.CACHE: "Evidence: cached responses",
    Origin.ARCHIVE: "Evidence: web archives",
    None: "Evidence: none (detection only)",
}


@dataclass(frozen=True, slots=True)
class Band:
    """How a score is shown: a class name, a word and an icon, so colour is never alone."""

    name: str
    """CSS class and machine name (``strong``, ``fair``, ``weak``, ``unscored``)."""
    label: str
    """The word shown next to the score."""
    icon: str
    """A symbol that carries the band without colour."""
    style: str
    """rich style for the terminal."""


#: Score bands, highest first: (lowest score in the band, band).
BANDS: tuple[tuple[int, Band], ...] = (
    (80, Band("strong", "well sourced", "✔", "green")),
    (50, Band("fair", "partly sourced", "◐", "yellow")),
    (0, Band("weak", "weakly sourced", "✖", "red")),
)
UNSCORED = Band("unscored", "not scored", "·", "dim")

#: Severity → SARIF level and JUnit wording share this table.
SARIF_LEVELS = {"info": "note", "low": "note", "medium": "warning", "high": "error"}


def band(score: int | None) -> Band:
    """Return the display band of a 0–100 score (``None`` is unscored)."""
    if score is None:
        return UNSCORED
    for floor, value in BANDS:
        if score >= floor:
            return value
    return BANDS[-1][1]


def isolate(text: str) -> str:
    """Wrap every right-to-left run of ``text`` in FSI…PDI, keeping logical order.

    Surrounding spaces and trailing punctuation stay outside the isolate so that a cell such as
    ``قاسم الاعرجي (@qassimalaraji)`` keeps its Latin handle in place in any bidi renderer.
    """
    if not _RTL_LETTER.search(text):
        return text
    parts: list[str] = []
    last = 0
    for match in RTL_RUN.finditer(text):
        run = match.group()
        core = run.rstrip(_TRAILING)
        # A closing bracket belongs to the run only when the run opened it.
        for opener, closer in _PAIRS:
            if core.endswith(closer) and core.count(opener) < core.count(closer):
                core = core[:-1].rstrip(_TRAILING)
        parts.append(text[last : match.start()])
        parts.append(f"{FSI}{core}{PDI}{run[len(core) :]}")
        last = match.end()
    parts.append(text[last:])
    return "".join(parts)


def is_rtl(text: str) -> bool:
    """True when right-to-left letters outnumber Latin letters in ``text``."""
    return len(_RTL_LETTER.findall(text)) > len(_LATIN_LETTER.findall(text))


def shorten(text: str, limit: int = 80) -> str:
    """Collapse whitespace and cut ``text`` to ``limit`` characters with an ellipsis."""
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"


def version() -> str:
    """The installed provenance version (``0+unknown`` when running from a bare checkout)."""
    return VERSION


def rules_table() -> tuple[Any, ...]:
    """The rule registry, imported late because scoring imports nothing from reports."""
    from provenance.score.rules import RULES

    return tuple(RULES)


def rule_title(rule_id: str) -> str:
    """The rule's title, or its id when the registry does not know it."""
    for entry in rules_table():
        if entry.id == rule_id:
            return str(entry.title)
    return rule_id


Item = Embed | Citation | Claim | PostMention


class Index:
    """Lookups over one :class:`ArticleReport`: items by id, resolutions, scores, findings."""

    def __init__(self, article: ArticleReport) -> None:
        det = article.detections
        self.article = article
        found: list[Item] = [*det.embeds, *det.post_mentions, *det.citations, *det.claims]
        self.items: dict[str, Item] = {item.id: item for item in found}
        self.resolutions: dict[str, Resolution] = {r.item_id: r for r in article.resolutions}
        self.scores: dict[str, ClaimScore] = {s.claim_id: s for s in article.claim_scores}

    def item_text(self, item_id: str) -> str:
        """The words an item stands for: claim text, post text or citation surface."""
        item = self.items.get(item_id)
        if isinstance(item, Claim):
            return item.text
        if isinstance(item, Embed):
            return item.text or item.url or item.handle or item.id
        if isinstance(item, Citation | PostMention):
            return item.surface
        return item_id

    def findings(self) -> tuple[Finding, ...]:
        """Every finding of the article: item and article findings first, then claims'."""
        claim_findings = [f for s in self.article.claim_scores for f in s.findings]
        return (*self.article.findings, *claim_findings)

    def findings_for(self, item_id: str) -> tuple[Finding, ...]:
        """Findings about one item (for claims, those on its score)."""
        return tuple(f for f in self.findings() if f.item_id == item_id)


def all_findings(report: Report) -> list[tuple[ArticleReport, Finding]]:
    """Every finding of the run with the article it belongs to."""
    return [(a, f) for a in report.articles for f in Index(a).findings()]
