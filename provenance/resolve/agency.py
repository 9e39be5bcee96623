"""Look for an agency's own copy of what the article attributes to it.

In this version an agency's copy counts as found only when the article links to a story on one of
the agency's registered domains and that link answers. Agencies publish no common search API, and
scraping their site search would be neither stable nor polite, so an article that names
``(واع)`` without a link is reported as "copy not found", which is what a fact-checker would have
to go and look for by hand.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

import httpx

from provenance.agencies import load_registry
from provenance.model import Article, Citation, Resolution, Status
from provenance.resolve.outcome import attempt

_URL = re.compile(r"https?://[^\s\"'<>()\[\]]{1,2000}")


def article_links(article: Article) -> list[str]:
    """Every absolute link of the article: ``<a href>`` targets and URLs in the text."""
    links: list[str] = []
    if article.tree is not None:
        for anchor in article.tree.find_all("a", href=True):
            href = str(anchor["href"]).strip()
            if href.startswith(("http://", "https://")):
                links.append(href)
    links.extend(match.group(0).rstrip(".,;:!?،") for match in _URL.finditer(article.text))
    return list(dict.fromkeys(links))


def _on_domain(url: str, domains: tuple[str, ...] | frozenset[str] | list[str]) -> bool:
    host = (urlsplit(url).hostname or "").lower()
    return any(host == d or host.endswith("." + d) for d in domains)


async def resolve_citation(
    citation: Citation, article: Article, client: httpx.AsyncClient
) -> Resolution:
    """Resolve one source citation to the agency's own copy, when the article links to one."""
    agency = load_registry().by_id(citation.agency)
    domains = tuple(agency.domains) if agency is not None else ()
    links = [link for link in article_links(article) if domains and _on_domain(link, domains)]
    if not links:
        where = ", ".join(domains) or "its site"
        return Resolution(
            citation.id,
            Status.NOT_FOUND_UNKNOWN,
            f"{citation.name}'s own copy not found: the article links to no story on {where}",
        )
    missed: list[str] = []
    for link in links:
        result = await attempt(client, link)
        if result.response is None:
            if result.failure is not Status.ERROR:
                missed.append(result.request_line)
            continue
        if result.response.status_code == 200:
            return Resolution(
                citation.id, Status.LIVE, f"agency copy answers at {link}", origin=result.origin
            )
    status = Status.SKIPPED_OFFLINE if missed else Status.NOT_FOUND_UNKNOWN
    return Resolution(
        citation.id,
        status,
        f"{citation.name}'s linked copy did not answer: {', '.join(links)}",
        requests=tuple(missed),
    )
