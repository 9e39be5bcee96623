"""Stage 2: Article → Detections.

Detectors run in a fixed order because later ones lean on earlier ones: claims link to the
embeds and citations found before them, and dates use the embeds' footer dates.
"""

from __future__ import annotations

from provenance.detect.citations import find_citations
from provenance.detect.claims import find_claims
from provenance.detect.dates import find_dates
from provenance.detect.embeds import find_embeds
from provenance.model import Article, Detections


def detect(article: Article) -> Detections:
    """Find every embed, post mention, citation, claim and date in ``article``."""
    embeds, mentions = find_embeds(article)
    citations = find_citations(article)
    claims = find_claims(article, embeds, citations, mentions)
    dates, article_date = find_dates(article, embeds)
    return Detections(
        article=article,
        embeds=embeds,
        post_mentions=mentions,
        citations=citations,
        claims=claims,
        dates=dates,
        article_date=article_date,
    )


__all__ = ["detect"]
