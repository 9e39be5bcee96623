"""Claims: quoted and reported statements with speaker, medium and sources.

:mod:`provenance.detect.statements` finds what each paragraph says and who says it; this module
resolves across the article. A surname (``وأضاف الأعرجي``) becomes the full name written
elsewhere (``قاسم الأعرجي``, even when the full name comes later, as after a headline); a missing
or pronoun subject (``وتابع:``, ``من جانبه``, ``he added``) is the current voice; a second-hand
statement keeps its relay in ``reported_by``. The medium comes from the sentence (a press
conference, an interview, a statement, a named post), from the agencies cited in it, from an
embedded post by the same person (:mod:`provenance.detect.media`), from the previous
statement of the same voice when a continuation verb carries on, and last from a dateline or
credit that covers the whole story.
Statements inside an embed's own text are the post, not the article, and are left out.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from functools import lru_cache

from provenance.detect.media import ArticleItems, own_medium, phrase_medium
from provenance.detect.speakers import Paragraph
from provenance.detect.statements import Statement, paragraph_statements
from provenance.detect.vocab import AR_SURNAME_PARTICLES
from provenance.model import (
    Article,
    Citation,
    CitationRole,
    Claim,
    Embed,
    Medium,
    PostMention,
)
from provenance.name_index import NameIndex
from provenance.text import fold_letters, normalize, special_offsets

#: Citation roles that vouch for the whole story (a dateline or an end credit).
STORY_ROLES = frozenset({CitationRole.DATELINE, CitationRole.CREDIT})


@dataclass(frozen=True, slots=True)
class _Line:
    """One paragraph of the article."""

    number: int
    start: int
    text: str


@dataclass(slots=True)
class _Context:
    """What the article has said so far: who is speaking and the last claim."""

    names: list[tuple[int, str, str | None]]
    """Full names (two words or more) as written, with the line they occur on and a title."""
    voice: str | None = None
    voice_title: str | None = None
    last: Claim | None = None
    last_voice: str | None = None
    phrases: dict[tuple[int, int], Medium | None] = field(default_factory=dict)
    """The medium each sentence of the current line names (cleared per line)."""
    titles: dict[str, str] = field(default_factory=dict)
    """Folded full name → its title, for the names written with one."""
    same: dict[str, list[tuple[int, str]]] = field(default_factory=dict)
    """Surname → the full names in :attr:`names` it can be (memo of :func:`same_person`)."""
    index: NameIndex = field(init=False)
    """:attr:`names` indexed, so a surname is compared only with the names it may be."""
    titled: dict[str, list[tuple[int, str]]] = field(default_factory=dict)
    """Title → the (line, full name) pairs whose title contains it."""

    def __post_init__(self) -> None:
        """Index the names and titles once: names never change after the first pass."""
        self.index = NameIndex([name for _, name, _ in self.names])
        for _, known, title in reversed(self.names):
            if title:
                self.titles[normalize(known)] = title


def _lines(text: str) -> list[_Line]:
    """The paragraphs that hold more than whitespace (blank lines say nothing)."""
    out, offset = [], 0
    for number, line in enumerate(text.split("\n"), 1):
        if line and not line.isspace():
            out.append(_Line(number, offset, line))
        offset += len(line) + 1
    return out


def _paragraphs(text: str, lines: list[_Line]) -> list[Paragraph]:
    """Each line folded and tokenised, read three times by :func:`find_claims`.

    The letters of the whole article are folded at once (one C scan per variant letter) and
    its marks found in one scan; each paragraph then only drops its own marks. The folded
    article is let go once the paragraphs are cut from it.
    """
    letters = fold_letters(text)
    folded, specials = letters.split("\n"), special_offsets(letters)
    return [Paragraph(line.text, folded[line.number - 1], _specials(line, specials))
            for line in lines]


def _specials(line: _Line, specials: list[int]) -> list[int]:
    """The article's :func:`special_offsets` that fall in ``line``, as offsets in it."""
    a = bisect.bisect_left(specials, line.start)
    b = bisect.bisect_left(specials, line.start + len(line.text), a)
    return [at - line.start for at in specials[a:b]] if b > a else []


def _known_words(names: list[str]) -> frozenset[str]:
    """Folded words of known names, so a bare surname parses as a name."""
    return frozenset(w for name in names for w in normalize(name).split() if len(w) > 2)


def _resolve(name: str | None, line: int, ctx: _Context, items: ArticleItems) -> str | None:
    """Expand a surname to the full name written nearest before it (else after it)."""
    if name is None or (len(name.split()) > 1 and not _compound_surname(name)):
        return name
    if name not in ctx.same:
        # Once per surname, not once per statement: the comparison is fuzzy and costly.
        # Only longer names: a compound surname (عبد الغني) is itself among the names.
        size = len(name.split())
        ctx.same[name] = [ctx.names[k][:2] for k in ctx.index.matches(
            name, admit=lambda k: len(ctx.names[k][1].split()) > size)]
    matches = ctx.same[name]
    earlier = [n for at, n in matches if at <= line]
    if earlier:
        return earlier[-1]
    later = [n for at, n in matches if at > line]
    if later:
        return later[0]
    return items.author_named(name) or name


def _compound_surname(name: str) -> bool:
    """True for a two-word surname (``عبد الغني``, ``أبو زيد``, ``آل ثاني``, ``بن سلمان``)."""
    words = normalize(name).split()
    return len(words) == 2 and words[0] in AR_SURNAME_PARTICLES


@lru_cache(maxsize=4096)
def _title_words(title: str) -> frozenset[str]:
    words = normalize(title).split()
    return frozenset(w[2:] if w.startswith("ال") and len(w) > 3 else w for w in words)


def _person_with_title(title: str, line: int, ctx: _Context) -> str | None:
    """The full name last written before ``line`` with a title that contains ``title``."""
    if title not in ctx.titled:
        wanted = _title_words(title)
        ctx.titled[title] = [(at, name) for at, name, known in ctx.names
                             if known and wanted <= _title_words(known)]
    matches = ctx.titled[title]
    earlier = [name for at, name in matches if at <= line]
    later = [name for at, name in matches if at > line]
    # A headline names by title a person the body introduces later.
    return earlier[-1] if earlier else (later[0] if later and line == 1 else None)


def _title_of(name: str | None, ctx: _Context) -> str | None:
    return ctx.titles.get(normalize(name)) if name else None


#: How far after a dateline's agency mention its closing dash may come (``ISTANBUL, 16 MAR -``).
DATELINE_TAIL = 40


def _after_dateline(line: _Line, st: Statement, items: ArticleItems) -> int:
    """Start of a reported claim moved past a dateline it begins with (``(ANSA) - CITY -``)."""
    lo, hi = line.start + st.start, line.start + st.end
    if st.quoted:
        return st.start
    for c in items.datelines_at.between(lo, hi):
        tail = line.text[c.span.end - line.start:c.span.end - line.start + DATELINE_TAIL]
        dashes = [i for i, ch in enumerate(tail) if ch in "-–—:"]
        if dashes:
            start = c.span.end - line.start + dashes[-1] + 1
            while start < st.end and line.text[start].isspace():
                start += 1
            return start if start < st.end else st.start
    return st.start


def _attribution_text(line: _Line, sentence: tuple[int, int], statements: list[Statement]) -> str:
    """The sentence with every statement's own words blanked out (``statements``: its own)."""
    parts, at = [], sentence[0]
    for st in sorted(statements, key=lambda s: s.start):
        parts.append(line.text[at:max(at, st.start)])
        at = max(at, st.end)
    parts.append(line.text[at:sentence[1]])
    return " ".join(parts)


def find_claims(
    article: Article,
    embeds: tuple[Embed, ...],
    citations: tuple[Citation, ...],
    mentions: tuple[PostMention, ...],
) -> tuple[Claim, ...]:
    """Find every quoted or reported claim in ``article``, ids ``k1…`` in text order."""
    lines = _lines(article.text)
    paragraphs = _paragraphs(article.text, lines)
    authors = [e.author for e in embeds if e.author]
    author_words = _known_words(authors)
    first = [paragraph_statements(line.text, author_words, para)
             for line, para in zip(lines, paragraphs, strict=True)]
    names = [(line.number, s.speaker, s.title) for line, found in zip(lines, first, strict=True)
             for s in found if s.speaker and len(s.speaker.split()) > 1]
    names += [(line.number, name, title) for line, para in zip(lines, paragraphs, strict=True)
              for name, title in para.titled_names()]
    unique: dict[str, tuple[int, str, str | None]] = {}
    for n, s, t in names:
        if s and normalize(s) not in unique:
            unique[normalize(s)] = (n, s, t)
    ctx = _Context(names=list(unique.values()))
    known = _known_words(authors + [s for _, s, _ in ctx.names])
    story = tuple(c.id for c in citations if c.role in STORY_ROLES and c.is_source)
    items = ArticleItems(embeds, citations, mentions)
    claims: list[Claim] = []
    added = known - author_words
    for line, para, early in zip(lines, paragraphs, first, strict=True):
        if added.isdisjoint(para.asked):
            # Known words only change a parse through the words it tested against them: none
            # of the names learnt since the first reading was tested here, so it stands.
            statements = early
        else:
            statements = paragraph_statements(line.text, known, para)
        ctx.phrases.clear()
        # Grouped once per line: a long line has many sentences, each with a few statements.
        by_sentence: dict[tuple[int, int], list[Statement]] = {}
        for st in statements:
            by_sentence.setdefault(st.sentence, []).append(st)
        for st in statements:
            if items.inside_embed(line.start + st.start):
                continue
            claim = _claim(article, line, st, by_sentence[st.sentence], ctx, items, story,
                           len(claims) + 1)
            claims.append(claim)
    return tuple(claims)


def _claim(article: Article, line: _Line, st: Statement, sentence: list[Statement],
           ctx: _Context, items: ArticleItems, story: tuple[str, ...], number: int) -> Claim:
    """Resolve one statement against the article so far and build its :class:`Claim`."""
    speaker = _resolve(st.speaker, line.number, ctx, items)
    title = st.title or _title_of(speaker, ctx)
    reported_by = None
    if st.second_hand:
        reported_by = _resolve(st.relay_speaker, line.number, ctx, items) or ctx.voice
    if speaker is None and st.title:
        # A title alone ("وأضاف الوزير", "قال رئيس الوزراء") is the person last named with
        # that title, else the title itself: never silently the previous speaker.
        speaker = _person_with_title(st.title, line.number, ctx) or st.title
    if speaker is None:
        speaker, title = ctx.voice, title or ctx.voice_title
    voice = reported_by or speaker
    lo, hi = line.start + st.sentence[0], line.start + st.sentence[1]
    if st.sentence not in ctx.phrases:
        ctx.phrases[st.sentence] = phrase_medium(_attribution_text(line, st.sentence,
                                                                    sentence))
    medium, sources = own_medium(ctx.phrases[st.sentence], (lo, hi), speaker, items)
    continues = st.continuation or (st.speaker is not None and voice == ctx.voice)
    if (medium is Medium.NONE and continues and ctx.last is not None
            and voice is not None and voice == ctx.last_voice):
        medium, sources = ctx.last.medium, ctx.last.sources
    if medium is Medium.NONE and story:
        medium, sources = Medium.AGENCY, story
    if not st.second_hand or reported_by:
        ctx.voice = voice
        ctx.voice_title = title if voice == speaker else ctx.voice_title
    start = _after_dateline(line, st, items)
    claim = Claim(
        id=f"k{number}",
        text=line.text[start:st.end],
        quoted=st.quoted,
        speaker=speaker,
        speaker_title=title,
        verb=st.verb,
        medium=medium,
        sources=sources,
        reported_by=reported_by,
        span=article.span(line.start + start, line.start + st.end),
        line_number=line.number,
    )
    ctx.last, ctx.last_voice = claim, voice
    return claim


__all__ = ["find_claims"]
