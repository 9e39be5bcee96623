"""Hand-built pieces of the seed article's detections, shared by the score and report suites.

Constructed test data: spans are computed on the real seed text (``shared/seed``), values are
what ``shared/seed/EXPECTED.md`` says a careful reader finds there, so these suites test scoring
and rendering without depending on the detectors. Each suite adds its own claims and evidence.
"""

from __future__ import annotations

from datetime import date

from provenance.detect.citations import find_citations
from provenance.model import (
    Anchor,
    Article,
    Citation,
    CitationRole,
    DateKind,
    DateMention,
    Embed,
    EmbedForm,
    InferredDate,
    Span,
)
from tests.conftest import SEED

SEED_NAME = SEED.name

#: The inferred writing date and the evidence a reader would give for it.
SEED_DATE = InferredDate(
    date(2021, 12, 9), "the post footer date is a Thursday, as 'اليوم الخميس' on line 3 says"
)


def plain_article(text: str, source: str = "article.txt") -> Article:
    """An article of plain text with one anchor per line, named ``source``."""
    anchors, offset = [], 0
    for number, line in enumerate(text.splitlines(keepends=True), start=1):
        anchors.append(Anchor(offset, number, 1))
        offset += len(line)
    return Article(source, text, "text", "utf-8", tuple(anchors))


def citation_summary(text: str) -> list[tuple[str, str, bool]]:
    """(agency, role, is_source) of each citation found in ``text`` as a constructed article."""
    return [(c.agency, c.role.value, c.is_source)
            for c in find_citations(plain_article(text, "constructed.txt"))]


def first_citation(text: str, agency: str) -> tuple[str, str, bool] | None:
    """(agency, role, is_source) of the first citation of ``agency`` in ``text`` (a constructed
    article), or None when the agency is not found."""
    return next((c for c in citation_summary(text) if c[0] == agency), None)


def first_role(text: str, agency: str) -> tuple[str, str] | None:
    """(agency, role) of :func:`first_citation`, or None."""
    found = first_citation(text, agency)
    return found[:2] if found else None


def seed_article(source: str = f"articles/{SEED_NAME}") -> Article:
    """The seed article, named ``source``."""
    return plain_article(SEED.read_text(encoding="utf-8"), source)


def find(article: Article, needle: str, line: int) -> Span:
    """Span of the first ``needle`` at or after the start of 1-based ``line``."""
    start = article.text.index(needle, article.anchors[line - 1].offset)
    return article.span(start, start + len(needle))


def seed_embed(article: Article) -> Embed:
    """The flattened tweet of lines 6–7: handle, author and footer date, no link or ID."""
    lines = article.text.splitlines()
    start = article.anchors[5].offset
    end = article.anchors[6].offset + len(lines[6])
    return Embed(
        "e1",
        "twitter",
        EmbedForm.FLATTENED,
        None,
        None,
        "qassimalaraji",
        "قاسم الاعرجي",
        date(2021, 12, 9),
        lines[5],
        article.span(start, end),
    )


def seed_citations(article: Article) -> tuple[Citation, Citation]:
    """INA on line 8 (a witness to the press conference) and AP on line 12 (the interview)."""
    ina_surface = "وكالة الانباء العراقية (واع)"
    ap_surface = 'وكالة "أسوشيتد برس" الأميركية'
    ina = Citation("c1", "INA", "Iraqi News Agency", ina_surface, CitationRole.WITNESS, True,
                   find(article, ina_surface, 8))
    ap = Citation("c2", "AP", "Associated Press", ap_surface, CitationRole.INTERVIEW, True,
                  find(article, ap_surface, 12))
    return ina, ap


def seed_dates(article: Article) -> tuple[DateMention, ...]:
    """``اليوم الخميس`` (line 3), the footer date (line 7) and ``الـ25 من تموز/ يوليو الماضي``."""
    july = "الـ25 من تموز/ يوليو الماضي"
    return (
        DateMention("d1", DateKind.RELATIVE_WEEKDAY, "اليوم الخميس", date(2021, 12, 9),
                    find(article, "اليوم الخميس", 3), weekday=3),
        DateMention("d2", DateKind.FOOTER, "December 9, 2021", date(2021, 12, 9),
                    find(article, "December 9, 2021", 7)),
        DateMention("d3", DateKind.EXPLICIT, july, date(2021, 7, 25), find(article, july, 11),
                    note="year taken from the post date"),
    )
