"""Claims: quoted and reported statements with speaker, medium and sources.

:mod:`provenance.detect.statements` finds what each paragraph says and who says it; this module
resolves across the article. A surname (``وأضاف الأعرجي``) becomes the full name written
elsewhere (``قاسم الأعرجي``, even when the full name comes later, as after a headline); a missing
or pronoun subject (``وتابع:``, ``من جانبه``, ``he added``) is the current voice; a second-hand
statement keeps its relay in ``reported_by``. The medium comes from the sentence (a press
conference, an interview, a statement, a named post), from the agencies cited in it, from an
embedded post by the same person, from the previous statement of the same voice when a
continuation verb carries on, and last from a dateline or credit that covers the whole story.
Statements inside an embed's own text are the post, not the article, and are left out.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from provenance.detect.speakers import Paragraph
from provenance.detect.statements import Statement, paragraph_statements
from provenance.detect.vocab import MEDIUM_PHRASES
from provenance.model import (
    Article,
    Citation,
    CitationRole,
    Claim,
    Embed,
    Medium,
    PostMention,
)
from provenance.text import name_matches_handle, normalize, normalize_loose, same_person

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


def _lines(text: str) -> list[_Line]:
    out, offset = [], 0
    for number, line in enumerate(text.split("\n"), 1):
        out.append(_Line(number, offset, line))
        offset += len(line) + 1
    return out


def _known_words(names: list[str]) -> frozenset[str]:
    """Folded words of known names, so a bare surname parses as a name."""
    return frozenset(w for name in names for w in normalize(name).split() if len(w) > 2)


def _resolve(name: str | None, line: int, ctx: _Context, embeds: tuple[Embed, ...]) -> str | None:
    """Expand a surname to the full name written nearest before it (else after it)."""
    if name is None or len(name.split()) > 1:
        return name
    earlier = [n for at, n, _ in ctx.names if at <= line and same_person(name, n)]
    if earlier:
        return earlier[-1]
    later = [n for at, n, _ in ctx.names if at > line and same_person(name, n)]
    if later:
        return later[0]
    authors = [e.author for e in embeds if e.author and same_person(name, e.author)]
    return authors[0] if authors else name


def _title_words(title: str) -> set[str]:
    words = normalize(title).split()
    return {w[2:] if w.startswith("ال") and len(w) > 3 else w for w in words}


def _person_with_title(title: str, line: int, ctx: _Context) -> str | None:
    """The full name last written before ``line`` with a title that contains ``title``."""
    wanted = _title_words(title)
    matches = [(at, name) for at, name, known in ctx.names
               if known and wanted <= _title_words(known)]
    earlier = [name for at, name in matches if at <= line]
    later = [name for at, name in matches if at > line]
    # A headline names by title a person the body introduces later.
    return earlier[-1] if earlier else (later[0] if later and line == 1 else None)


def _title_of(name: str | None, ctx: _Context) -> str | None:
    for _, known, title in ctx.names:
        if title and name and normalize(known) == normalize(name):
            return title
    return None


def _matching_embeds(speaker: str | None, embeds: tuple[Embed, ...]) -> list[str]:
    """Embeds whose author or handle is the speaker."""
    if not speaker:
        return []
    return [e.id for e in embeds
            if (e.author and same_person(speaker, e.author))
            or (e.handle and name_matches_handle(speaker, e.handle))]


#: One-letter Arabic clitics that may be glued to a phrase (``بتغريدة``, ``وفي بيان``).
CLITICS = ("و", "ب", "ف", "ل", "وب", "ول", "وف")


def _has_phrase(folded: str, phrase: str) -> bool:
    """True when ``phrase`` occurs as whole words, allowing a glued Arabic clitic."""
    target = normalize_loose(phrase)
    padded = f" {folded} "
    return any(f" {clitic}{target} " in padded for clitic in ("", *CLITICS))


def _phrase_medium(attribution: str) -> Medium | None:
    """The medium a sentence's own words name (``خلال مؤتمر صحافي``), if any."""
    folded = normalize_loose(attribution)
    for family, medium in MEDIUM_ORDER:
        if any(_has_phrase(folded, p) for p in MEDIUM_PHRASES[family]):
            return medium
    return None


def _own_medium(phrase: Medium | None, sentence: tuple[int, int], speaker: str | None,
                citations: tuple[Citation, ...], mentions: tuple[PostMention, ...],
                embeds: tuple[Embed, ...]) -> tuple[Medium, tuple[str, ...]]:
    """The medium the sentence itself names, with the items it rests on."""
    lo, hi = sentence
    cited = [c for c in citations if lo <= c.span.start < hi and c.is_source]
    mentioned = [m for m in mentions if lo <= m.span.start < hi]
    by_embed = _matching_embeds(speaker, embeds)
    sources = tuple(c.id for c in cited)
    if phrase is Medium.POST or mentioned:
        # The post the sentence names is the one embedded or linked in the same sentence.
        here = [e.id for e in embeds if lo <= e.span.start < hi and e.id not in by_embed]
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


#: How far after a dateline's agency mention its closing dash may come (``ISTANBUL, 16 MAR -``).
DATELINE_TAIL = 40


def _after_dateline(line: _Line, st: Statement, citations: tuple[Citation, ...]) -> int:
    """Start of a reported claim moved past a dateline it begins with (``(ANSA) - CITY -``)."""
    lo, hi = line.start + st.start, line.start + st.end
    for c in citations:
        if c.role is CitationRole.DATELINE and lo <= c.span.start < hi and not st.quoted:
            tail = line.text[c.span.end - line.start:c.span.end - line.start + DATELINE_TAIL]
            dashes = [i for i, ch in enumerate(tail) if ch in "-–—:"]
            if dashes:
                start = c.span.end - line.start + dashes[-1] + 1
                while start < st.end and line.text[start].isspace():
                    start += 1
                return start if start < st.end else st.start
    return st.start


def _attribution_text(line: _Line, sentence: tuple[int, int], statements: list[Statement]) -> str:
    """The sentence with every statement's own words blanked out."""
    parts, at = [], sentence[0]
    for st in sorted((s for s in statements if s.sentence == sentence), key=lambda s: s.start):
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
    authors = [e.author for e in embeds if e.author]
    first = [paragraph_statements(line.text, _known_words(authors)) for line in lines]
    names = [(line.number, s.speaker, s.title) for line, found in zip(lines, first, strict=True)
             for s in found if s.speaker and len(s.speaker.split()) > 1]
    names += [(line.number, name, title) for line in lines
              for name, title in Paragraph(line.text).titled_names()]
    unique: dict[str, tuple[int, str, str | None]] = {}
    for n, s, t in names:
        if s and normalize(s) not in unique:
            unique[normalize(s)] = (n, s, t)
    ctx = _Context(names=list(unique.values()))
    known = _known_words(authors + [s for _, s, _ in ctx.names])
    story = tuple(c.id for c in citations if c.role in STORY_ROLES and c.is_source)
    inside = [(e.span.start, e.span.end) for e in embeds]
    claims: list[Claim] = []
    for line in lines:
        statements = paragraph_statements(line.text, known) if line.text.strip() else []
        ctx.phrases.clear()
        for st in statements:
            start = line.start + st.start
            if any(a <= start < b for a, b in inside):
                continue
            claim = _claim(article, line, st, statements, ctx, embeds, citations, mentions,
                           story, len(claims) + 1)
            claims.append(claim)
    return tuple(claims)


def _claim(article: Article, line: _Line, st: Statement, statements: list[Statement],
           ctx: _Context, embeds: tuple[Embed, ...], citations: tuple[Citation, ...],
           mentions: tuple[PostMention, ...], story: tuple[str, ...], number: int) -> Claim:
    """Resolve one statement against the article so far and build its :class:`Claim`."""
    speaker = _resolve(st.speaker, line.number, ctx, embeds)
    title = st.title or _title_of(speaker, ctx)
    reported_by = None
    if st.second_hand:
        reported_by = _resolve(st.relay_speaker, line.number, ctx, embeds) or ctx.voice
    if speaker is None and st.title:
        # A title alone ("وأضاف الوزير", "قال رئيس الوزراء") is the person last named with
        # that title, else the title itself: never silently the previous speaker.
        speaker = _person_with_title(st.title, line.number, ctx) or st.title
    if speaker is None:
        speaker, title = ctx.voice, title or ctx.voice_title
    voice = reported_by or speaker
    lo, hi = line.start + st.sentence[0], line.start + st.sentence[1]
    if st.sentence not in ctx.phrases:
        ctx.phrases[st.sentence] = _phrase_medium(_attribution_text(line, st.sentence,
                                                                    statements))
    medium, sources = _own_medium(ctx.phrases[st.sentence], (lo, hi), speaker, citations,
                                  mentions, embeds)
    continues = st.continuation or (st.speaker is not None and voice == ctx.voice)
    if (medium is Medium.NONE and continues and ctx.last is not None
            and voice is not None and voice == ctx.last_voice):
        medium, sources = ctx.last.medium, ctx.last.sources
    if medium is Medium.NONE and story:
        medium, sources = Medium.AGENCY, story
    if not st.second_hand or reported_by:
        ctx.voice = voice
        ctx.voice_title = title if voice == speaker else ctx.voice_title
    start = _after_dateline(line, st, citations)
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
