"""Embedded posts and post mentions, for every platform in the registry.

This module knows no platform: it asks each registered platform for markup embeds (HTML only)
and flattened footers, and asks the registry which URLs in links, iframes and the text are post
URLs. It then keeps one embed per place (markup beats a flattened footer, which beats a bare
URL inside it), drops page furniture (share and follow buttons, header, navigation, footer,
related-stories and author boxes), and hands the rest of the text to
:mod:`provenance.detect.mentions` for posts that are only mentioned.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from provenance.detect.mentions import find_mentions, inside_intervals
from provenance.model import Article, Embed, EmbedForm, PostMention, Span
from provenance.platforms.base import PostRef

#: Elements whose links are page furniture, never the article's embeds.
FURNITURE_TAGS = frozenset({"header", "nav", "footer", "aside", "menu"})
#: Class/id words that mark furniture (matched as whole ``-``/``_``-separated words).
FURNITURE_WORDS = frozenset({
    "share", "sharing", "sharer", "social", "follow", "footer", "header", "related", "author",
    "byline", "nav", "navbar", "menu", "sidebar", "comments", "comment", "newsletter", "breadcrumb",
    "masthead", "widget", "like", "likes",
})
#: The stricter set used for markup embeds, which CMSs often wrap in ``social-embed`` boxes.
MARKUP_FURNITURE_WORDS = frozenset({"footer", "header", "nav", "related", "sidebar", "share",
                                    "follow", "menu"})
#: Elements that never hold a markup embed of the article (asides often do).
MARKUP_FURNITURE_TAGS = frozenset({"header", "nav", "footer"})
#: Link-bearing attributes read on each element kind.
LINK_ATTRIBUTES = {"a": ("href",), "iframe": ("src", "data-src"), "embed": ("src",)}
#: A URL in running text, with or without a scheme (bounded: no unbounded repetition). The
#: lookahead passes over Arabic text before the look-behind is tried.
_URL_RE = re.compile(
    r"(?=[A-Za-z0-9/-])(?<![A-Za-z0-9@./_-])(?:https?://|//)?"
    r"(?:[A-Za-z0-9-]{1,63}\.){1,8}[A-Za-z]{2,24}"
    r"(?::[0-9]{1,5})?/[^\s<>\"'«»()\[\]{}]{0,2000}"
)
#: What every :data:`_URL_RE` match holds (its last host label, port and first slash), found
#: at memory speed from the dot: a text without it is not searched for URLs at all.
_URL_GATE_RE = re.compile(r"\.[A-Za-z]{2,24}(?::[0-9]{1,5})?/")
_TRAILING_PUNCTUATION = ".,;:!?،؛…'\"”’»)]}"
_WORD_SPLIT = re.compile(r"[\s_-]+")


@dataclass(frozen=True, slots=True)
class _Candidate:
    """One embed before deduplication."""

    start: int
    """Start offset in the text."""
    end: int
    """End offset in the text."""
    rank: int
    """0 markup/rendered, 1 flattened, 2 link element, 3 bare URL: lower wins a place."""
    platform: str
    """Registry name."""
    form: EmbedForm
    """How it survived."""
    ref: PostRef | None = None
    """The post, when known."""
    handle: str | None = None
    """Handle."""
    author: str | None = None
    """Display name."""
    claimed_date: date | None = None
    """Footer date."""
    text: str | None = None
    """Post text."""
    lang: str | None = None
    """Declared language."""
    claimed_time: str | None = None
    """Footer time of day."""
    element: Any = None
    """The element, for HTML candidates."""


def find_embeds(article: Article) -> tuple[tuple[Embed, ...], tuple[PostMention, ...]]:
    """Find the article's embedded posts and its mere post mentions, each in text order."""
    # Imported here: platform modules use provenance.detect.datetext, so a module-level import
    # of the registry would make the two packages import each other.
    from provenance import platforms

    furniture = _furniture_intervals(article)
    candidates: list[_Candidate] = []
    for platform in platforms.REGISTRY:
        if article.tree is not None:
            for hit in platform.find_markup(article.tree):
                span = article.element_spans.get(id(hit.element))
                furniture_words, furniture_tags = MARKUP_FURNITURE_WORDS, MARKUP_FURNITURE_TAGS
                if span is None or _is_furniture(hit.element, furniture_words, furniture_tags):
                    continue
                candidates.append(_Candidate(
                    span[0], span[1], 0, platform.name, hit.form, hit.ref, hit.handle or
                    (hit.ref.handle if hit.ref else None), hit.author, hit.claimed_date,
                    hit.text, hit.lang, hit.claimed_time, hit.element))
        for found in platform.find_flattened(article.text):
            if not inside_intervals(furniture, max(found.start, found.end - 1)):
                candidates.append(_Candidate(
                    found.start, found.end, 1, platform.name, EmbedForm.FLATTENED, found.ref,
                    found.handle, found.author, found.claimed_date, found.text,
                    claimed_time=found.claimed_time))
    candidates.extend(_link_candidates(article, platforms.parse_post_url))
    candidates.extend(c for c in _text_url_candidates(article.text, platforms.parse_post_url)
                      if not inside_intervals(furniture, c.start))
    kept = sorted(_dedupe(candidates), key=_order)
    embeds = tuple(_to_embed(article, f"e{i}", c) for i, c in enumerate(kept, start=1))
    mentions = find_mentions(article, embeds, furniture)
    return embeds, mentions


# ---------------------------------------------------------------------- candidates


def _link_candidates(article: Article, parse: Any) -> list[_Candidate]:
    if article.tree is None:
        return []
    found = []
    for element in article.tree.find_all(list(LINK_ATTRIBUTES)):
        for attribute in LINK_ATTRIBUTES[element.name]:
            value = element.get(attribute)
            ref = parse(str(value)) if value else None
            if ref is None:
                continue
            span = article.element_spans.get(id(element))
            if span is not None and not _is_furniture(element, FURNITURE_WORDS, FURNITURE_TAGS):
                form = EmbedForm.RENDERED if element.name != "a" else EmbedForm.URL
                found.append(_Candidate(span[0], span[1], 2, ref.platform, form, ref, ref.handle,
                                        element=element))
            break
    return found


def _text_url_candidates(text: str, parse: Any) -> list[_Candidate]:
    if _URL_GATE_RE.search(text) is None:
        return []
    # One scan of the text, not two (each some 18 ms a megabyte); a page repeats
    # its links, and each costs every platform: each distinct one is parsed once.
    places = [(match.start(), match.group(0).rstrip(_TRAILING_PUNCTUATION))
              for match in _URL_RE.finditer(text)]
    refs: dict[str, PostRef | None] = {url: parse(url) for url in {url for _, url in places}}
    found = []
    for start, url in places:
        ref = refs[url]
        if ref is not None:
            found.append(_Candidate(start, start + len(url), 3, ref.platform, EmbedForm.URL, ref,
                                    ref.handle))
    return found


def _dedupe(candidates: list[_Candidate]) -> list[_Candidate]:
    """One embed per place: a lower-ranked hit inside a kept one is part of it."""
    kept: list[_Candidate] = []
    starts: list[tuple[int, int]] = []  # (start, index into kept) of text hits, sorted
    by_element: dict[int, int] = {}  # id(element) → index into kept
    for candidate in sorted(candidates, key=lambda c: (c.rank, c.start)):
        holder = _holder(candidate, kept, starts, by_element)
        if holder is None:
            if candidate.element is not None:
                by_element.setdefault(id(candidate.element), len(kept))
            bisect.insort(starts, (candidate.start, len(kept)))
            kept.append(candidate)
        elif _enriches(kept[holder], candidate):
            kept[holder] = replace(kept[holder], ref=candidate.ref)
    return kept


def _holder(candidate: _Candidate, kept: list[_Candidate], starts: list[tuple[int, int]],
            by_element: dict[int, int]) -> int | None:
    """Index of the kept candidate that already holds this place, if any."""
    if candidate.element is not None:
        for node in (candidate.element, *candidate.element.parents):
            if id(node) in by_element:
                return by_element[id(node)]
    last = max(candidate.start, candidate.end - 1)
    at = bisect.bisect_right(starts, (last, len(kept)))
    for _, index in reversed(starts[max(0, at - 2):at]):
        if _contains(kept[index], candidate):
            return index
    return None


def _order(candidate: _Candidate) -> tuple[int, int, int, int]:
    """Text order; elements at the same offset (empty iframes) in source order."""
    element = candidate.element
    line = getattr(element, "sourceline", None) or 0
    pos = getattr(element, "sourcepos", None) or 0
    return (candidate.start, line, pos, candidate.rank)


def _contains(outer: _Candidate, inner: _Candidate) -> bool:
    """Same place: the inner hit ends inside the outer one's (non-empty) text.

    The end decides because a footer found in a blockquote's text may reach back for its
    post text to the paragraph before the blockquote.
    """
    if outer.element is not None and inner.element is not None:
        return False  # elements are compared by identity in _holder
    last = max(inner.start, inner.end - 1)
    return outer.start <= last < outer.end and outer.start <= inner.end


def _enriches(holder: _Candidate, inner: _Candidate) -> bool:
    """A post URL inside a flattened embed names that embed's post when the handles agree."""
    if holder.ref is not None or inner.ref is None or holder.platform != inner.platform:
        return False
    return bool(holder.handle and inner.ref.handle
                and holder.handle.lower() == inner.ref.handle.lower())


def _to_embed(article: Article, embed_id: str, c: _Candidate) -> Embed:
    ref = c.ref
    return Embed(
        id=embed_id, platform=c.platform, form=c.form, post_id=ref.post_id if ref else None,
        url=ref.url if ref else None, handle=c.handle or (ref.handle if ref else None),
        author=c.author, claimed_date=c.claimed_date, text=c.text,
        span=element_span(article, c.start, c.end, c.element), lang=c.lang,
        claimed_time=c.claimed_time,
    )


def element_span(article: Article, start: int, end: int, element: Any = None) -> Span:
    """``article.span(start, end)``, but starting at the element's own tag when there is one."""
    span = article.span(start, end)
    line, pos = getattr(element, "sourceline", None), getattr(element, "sourcepos", None)
    if line is None or pos is None:
        return span
    return replace(span, line=line, column=pos + 1)


# ---------------------------------------------------------------------- furniture


def _is_furniture(element: Any, words: frozenset[str], tags: frozenset[str]) -> bool:
    """True when the element or an ancestor is page furniture (header, share box …)."""
    node = element
    while node is not None and getattr(node, "name", None) not in (None, "[document]", "body"):
        if node.name in tags or _names_furniture(node, words):
            return True
        node = node.parent
    return False


def _names_furniture(node: Any, words: frozenset[str]) -> bool:
    labels: list[str] = []
    for attribute in ("class", "rel"):
        value = node.get(attribute) or []
        labels.extend(value if isinstance(value, list) else [str(value)])
    labels.append(str(node.get("id") or ""))
    return any(word in words for label in labels for word in _WORD_SPLIT.split(label.lower()))


def _furniture_intervals(article: Article) -> list[tuple[int, int]]:
    """Merged text intervals of furniture elements (for hits found in the flat text)."""
    if article.tree is None:
        return []
    intervals = sorted(
        span for element in article.tree.find_all(True)
        if (element.name in FURNITURE_TAGS or _names_furniture(element, FURNITURE_WORDS))
        and (span := article.element_spans.get(id(element))) and span[1] > span[0]
    )
    merged: list[tuple[int, int]] = []
    for start, end in intervals:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


__all__ = ["element_span", "find_embeds"]
