"""The medium of a claim, and the article's items indexed for finding it.

A sentence names its medium in its own words (a press conference, an interview, a statement, a
post: :func:`phrase_medium`), or the citations, embeds and post mentions inside it give it
(:func:`own_medium`); the caller falls back on the previous statement of the same voice and on
the story's dateline or credit. Embeds, citations and mentions are indexed by offset once per
article (:class:`ArticleItems`), so each sentence finds its own by bisection.
"""

from __future__ import annotations

import bisect
import re
from functools import cache
from typing import Generic, TypeVar

from provenance.detect.vocab import MEDIUM_PHRASES
from provenance.model import Citation, CitationRole, Embed, Medium, PostMention
from provenance.name_index import HandleIndex, NameIndex
from provenance.text import normalize_loose

#: Phrase families of :data:`MEDIUM_PHRASES` in the order they win when several appear.
MEDIUM_ORDER = (
    ("post", Medium.POST),
    ("press_conference", Medium.PRESS_CONFERENCE),
    ("interview", Medium.INTERVIEW),
    ("statement", Medium.STATEMENT),
)
#: Citation roles that make the agency the medium of the claims in their sentence.
AGENCY_ROLES = frozenset({CitationRole.ATTRIBUTION, CitationRole.DATELINE, CitationRole.CREDIT,
                          CitationRole.WITNESS})

_T = TypeVar("_T", Citation, Embed, PostMention)


class ByStart(Generic[_T]):
    """Article items indexed by start offset, so a sentence finds its own by bisection.

    Scanning every citation, embed or mention for every statement is quadratic on long
    articles; a bisection and a small sort of the few hits keep the items' given order.
    """

    def __init__(self, items: tuple[_T, ...]) -> None:
        """Sort ``items`` by start, remembering their given order."""
        self._order = sorted(range(len(items)), key=lambda k: (items[k].span.start, k))
        self._starts = [items[k].span.start for k in self._order]
        self._items: tuple[_T, ...] = items

    def between(self, lo: int, hi: int) -> list[_T]:
        """Items starting in [lo, hi), in their given order."""
        a = bisect.bisect_left(self._starts, lo)
        b = bisect.bisect_left(self._starts, hi, a)
        if b - a < 2:
            # Most sentences hold no item or one: nothing to put back in order.
            return [self._items[self._order[a]]] if b > a else []
        return [self._items[k] for k in sorted(self._order[a:b])]


class ArticleItems:
    """The embeds, citations and mentions of an article, indexed for per-statement lookups."""

    def __init__(self, embeds: tuple[Embed, ...], citations: tuple[Citation, ...],
                 mentions: tuple[PostMention, ...]) -> None:
        """Index every item once per article."""
        self.embeds = embeds
        self.embeds_at = ByStart(embeds)
        self.citations_at = ByStart(citations)
        self.datelines_at = ByStart(tuple(c for c in citations
                                           if c.role is CitationRole.DATELINE))
        self.mentions_at = ByStart(mentions)
        spans = sorted((e.span.start, e.span.end) for e in embeds)
        self._inside_starts = [a for a, _ in spans]
        self._inside_reach: list[int] = []
        for _, end in spans:
            # The furthest end of any embed starting at or before this one.
            self._inside_reach.append(max(end, self._inside_reach[-1] if self._inside_reach
                                          else end))
        # Speakers are compared only with the authors and handles they may be.
        self._authors = NameIndex([e.author or "" for e in embeds])
        self._handles = HandleIndex([e.handle for e in embeds])
        self._by_speaker: dict[str, list[str]] = {}
        self._author: dict[str, str | None] = {}
        self.media: dict[tuple[int, int, Medium | None, str | None],
                         tuple[Medium, tuple[str, ...]]] = {}
        """(sentence start, end, phrase medium, speaker) → :func:`own_medium`'s answer.

        Every claim of a sentence rests on the same citations: one tuple shared by all of
        them, instead of a new scan and a new tuple per claim.
        """

    def inside_embed(self, offset: int) -> bool:
        """True when ``offset`` falls in an embed's own text."""
        k = bisect.bisect_right(self._inside_starts, offset) - 1
        return k >= 0 and self._inside_reach[k] > offset

    def matching_embeds(self, speaker: str | None) -> list[str]:
        """Embeds whose author or handle is the speaker (computed once per speaker)."""
        if not speaker:
            return []
        if speaker not in self._by_speaker:
            by_author = set(self._authors.matches(speaker))
            by_handle = self._handles.matches(speaker, admit=lambda k: k not in by_author)
            self._by_speaker[speaker] = [self.embeds[k].id
                                         for k in sorted(by_author | by_handle)]
        return self._by_speaker[speaker]

    def author_named(self, name: str) -> str | None:
        """The first embed author who can be ``name`` (computed once per name)."""
        if name not in self._author:
            first = next(self._authors.matches(name), None)
            self._author[name] = self.embeds[first].author if first is not None else None
        return self._author[name]


#: One-letter Arabic clitics that may be glued to a phrase (``بتغريدة``, ``وفي بيان``).
CLITICS = ("و", "ب", "ف", "ل", "وب", "ول", "وف")


@cache
def _family_pattern(family: str | None) -> re.Pattern[str]:
    """One pattern for a phrase family: any phrase as whole words, maybe with a glued clitic.

    The text it runs on is :func:`normalize_loose` output, so words are separated by single
    spaces and a word boundary is a space or an end of the text. One scan per family replaces
    a substring search per phrase and clitic. ``None`` gives the pattern of every family at
    once: it matches exactly where one of them does. It is searched in the text with a space in
    front (:func:`_searched`): a leading space, not a look-behind, lets the engine skip from
    space to space instead of trying a match at every character.
    """
    clitics = "|".join(re.escape(c) for c in sorted(CLITICS, key=len, reverse=True))
    families = [family] if family else [name for name, _ in MEDIUM_ORDER]
    targets = sorted({normalize_loose(p) for name in families for p in MEDIUM_PHRASES[name]}
                     - {""}, key=len, reverse=True)
    phrases = "|".join(re.escape(t) for t in targets)
    return re.compile(f" (?:{clitics})?(?:{phrases})(?![^ ])")


def _searched(folded: str) -> str:
    """:func:`normalize_loose` output as :func:`_family_pattern` reads it (a space in front)."""
    return " " + folded


def phrase_medium(attribution: str) -> Medium | None:
    """The medium a sentence's own words name (``خلال مؤتمر صحافي``), if any."""
    folded = _searched(normalize_loose(attribution))
    # Most sentences name no medium: one scan for any phrase spares the four family scans.
    if not _family_pattern(None).search(folded):
        return None
    for family, medium in MEDIUM_ORDER:
        if _family_pattern(family).search(folded):
            return medium
    return None


def own_medium(phrase: Medium | None, sentence: tuple[int, int], speaker: str | None,
                items: ArticleItems) -> tuple[Medium, tuple[str, ...]]:
    """The medium the sentence itself names, with the items it rests on."""
    key = (*sentence, phrase, speaker)
    if key not in items.media:
        items.media[key] = _sentence_medium(phrase, sentence, speaker, items)
    return items.media[key]


def _sentence_medium(phrase: Medium | None, sentence: tuple[int, int], speaker: str | None,
                     items: ArticleItems) -> tuple[Medium, tuple[str, ...]]:
    lo, hi = sentence
    cited = [c for c in items.citations_at.between(lo, hi) if c.is_source]
    mentioned = items.mentions_at.between(lo, hi)
    by_embed = items.matching_embeds(speaker)
    sources = tuple(c.id for c in cited)
    if phrase is Medium.POST or mentioned:
        # The post the sentence names is the one embedded or linked in the same sentence.
        here = [e.id for e in items.embeds_at.between(lo, hi) if e.id not in by_embed]
        return Medium.POST, (*by_embed, *here, *(m.id for m in mentioned), *sources)
    if phrase is not None:
        return phrase, sources
    if any(c.role is CitationRole.INTERVIEW for c in cited):
        return Medium.INTERVIEW, sources
    if any(c.role in AGENCY_ROLES for c in cited):
        return Medium.AGENCY, sources
    if by_embed:
        return Medium.POST, tuple(by_embed)
    return Medium.NONE, sources
