"""Find the news agencies and outlets an article names, and what each mention does.

Every written form in the registry (``رويترز``, ``أ ف ب``, ``The Associated Press``) goes into one
pattern that runs over a folded copy of the article (hamza, alef maqsura, ta marbuta and
diacritics folded, offsets kept), so ``الانباء`` and ``الأنباء`` match alike and spans point into
the original text. A mention is then judged in three steps:

1. **Is it a citation at all?** Forms the registry marks ``dateline_only`` (``واس``, ``بترا``,
   ``العربية``) count only in a dateline, in brackets or quotation marks, after a word such as
   ``وكالة``/``قناة``, right after the full name of the same agency, or on a credit line.
   Per-agency exclusions drop other senses (``AP Stylebook``, ``لقاح سبوتنيك``).
2. **Merge**: ``وكالة الأنباء العراقية (واع)`` and ``…، واع،`` are one citation, not two.
3. **Role** (:class:`~provenance.model.CitationRole`), first rule that fires: label line, photo
   credit, dateline, credit line or closing bracket, then the clause before the name
   (attribution verb, interview, witness, subject, recipient), attribution by default.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from provenance.agencies import Agency, Registry, load_registry
from provenance.detect import citation_patterns as P
from provenance.model import SOURCE_ROLES, Article, Citation, CitationRole


@dataclass(frozen=True, slots=True)
class _Matcher:
    """The compiled pattern and the table from a matched form back to its registry entry."""

    pattern: re.Pattern[str]
    """Context word, quotes and any registry form, over folded text."""
    forms: dict[str, tuple[Agency, bool]]
    """Form key → (entry, ambiguous): ambiguous forms need a dateline or bracket shape."""
    context_kinds: dict[str, str]
    """Folded context word → ``agency`` or ``outlet``."""


@dataclass(slots=True)
class _Mention:
    """One accepted match while the article is being read (folded offsets)."""

    entry: Agency
    start: int
    end: int
    name_start: int
    name_end: int
    dative: bool
    has_context: bool


def _key(text: str) -> str:
    return re.sub(r"[\s.\-]+", " ", text).strip().casefold()


def _form_pattern(form: str, latin_name: bool) -> str:
    tokens = [re.escape(t) for t in re.split(r"[\s.\-]+", P.fold(form)) if t]
    body = P.NAME_GLUE.join(tokens)
    return f"(?i:{body})" if latin_name else body


@functools.cache
def _matcher(registry: Registry) -> _Matcher:
    forms: dict[str, tuple[Agency, bool]] = {}
    patterns: dict[str, str] = {}
    for entry in registry.entries():
        groups = (
            (entry.names_ar, False, False),
            (entry.aliases, False, True),
            (entry.abbrev, False, False),
            (entry.dateline_only, True, False),
        )
        for group, ambiguous, latin in groups:
            for form in group:
                key = _key(P.fold(form))
                if key not in forms:
                    forms[key] = (entry, ambiguous)
                    patterns[key] = _form_pattern(form, latin and len(form) > 4)
    names = "|".join(patterns[k] for k in sorted(patterns, key=len, reverse=True))
    kinds = {P.fold(w): "agency" for w in P.AGENCY_WORDS_AR + P.AGENCY_WORDS_LATIN}
    kinds |= {P.fold(w): "outlet" for w in P.OUTLET_WORDS_AR + P.OUTLET_WORDS_LATIN}
    context = "|".join(
        re.escape(w).replace(r"\ ", r"\s{1,3}") for w in sorted(kinds, key=len, reverse=True)
    )
    quotes = re.escape(P.QUOTES)
    pattern = re.compile(
        rf"(?<![\w{re.escape(P.NOT_BEFORE)}])(?<!\w/)(?P<pc>{P.PROCLITIC})"
        rf"(?:(?P<cw>(?i:{context}))\s{{1,3}}(?:(?i:the)\s{{1,3}})?)?"
        rf"(?P<q1>[{quotes}]\s{{0,2}})?"
        rf"(?P<name>{names})(?![\w@])(?!\.[A-Za-z])"
        rf"(?P<q2>\s{{0,2}}[{quotes}])?"
    )
    return _Matcher(pattern, forms, kinds)


def find_citations(article: Article, registry: Registry | None = None) -> tuple[Citation, ...]:
    """Return every agency and outlet citation in ``article.text``, ids ``c1…`` in text order."""
    registry = registry or load_registry()
    matcher = _matcher(registry)
    folded, where = P.fold_with_offsets(article.text)
    candidates = _merge(folded, _candidates(folded, matcher))
    credit_lines = _credit_lines(folded, candidates)
    accepted = [m for m, ambiguous in candidates
                if not ambiguous or _context_ok(folded, m, credit_lines)]
    citations: list[Citation] = []
    for number, mention in enumerate(accepted, 1):
        role = _role(folded, mention, credit_lines)
        start, end = where[mention.start], where[mention.end - 1] + 1
        citations.append(Citation(
            id=f"c{number}", agency=mention.entry.id, name=mention.entry.name,
            surface=article.text[start:end], role=role, is_source=role in SOURCE_ROLES,
            span=article.span(start, end), kind=mention.entry.kind,
        ))
    return tuple(citations)


# --------------------------------------------------------------------------- candidates


def _candidates(folded: str, matcher: _Matcher) -> list[tuple[_Mention, bool]]:
    """Every registry form in the text that survives the per-agency exclusions."""
    found: list[tuple[_Mention, bool]] = []
    for match in matcher.pattern.finditer(folded):
        entry, ambiguous = matcher.forms[_key(match["name"])]
        pc, cw, q1, q2 = match["pc"], match["cw"], match["q1"], match["q2"]
        letters = sum(ch.isalpha() for ch in match["name"])
        if pc and not cw and letters < P.MIN_LETTERS_FOR_PROCLITIC:
            continue  # ك + افي is كافي, و + افي is وافي: short names take no proclitic
        name_start, name_end = match.span("name")
        before = folded[max(0, match.start() - 40):match.start() + len(pc)]
        if (exclude := P.EXCLUDE_BEFORE.get(entry.id)) and exclude.search(before):
            continue
        if (exclude := P.EXCLUDE_AFTER.get(entry.id)) and exclude.match(folded, name_end):
            continue
        context_kind = matcher.context_kinds.get(_key(cw)) if cw else None
        if context_kind is None and cw:
            context_kind = matcher.context_kinds.get(P.fold(cw).casefold())
        has_context = context_kind == entry.kind
        if cw and has_context:
            start = match.start("cw")
        else:
            start = match.start("q1") if q1 else name_start
        end = match.end("q2") if (q1 and q2) else name_end
        dative = "ل" in pc or (cw or "").startswith("ل")
        found.append((_Mention(entry, start, end, name_start, name_end, dative, has_context),
                      ambiguous))
    return found


def _line_bounds(folded: str, pos: int) -> tuple[int, int]:
    start = folded.rfind("\n", 0, pos) + 1
    end = folded.find("\n", pos)
    return start, (len(folded) if end < 0 else end)


def _credit_lines(folded: str, candidates: list[tuple[_Mention, bool]]) -> set[int]:
    """Start offsets of lines made only of names and credit words (``فرانس24/ أ ف ب/ رويترز``)."""
    by_line: dict[int, list[_Mention]] = {}
    for mention, _ in candidates:
        by_line.setdefault(_line_bounds(folded, mention.start)[0], []).append(mention)
    lines = set()
    for line_start, mentions in by_line.items():
        line_end = _line_bounds(folded, line_start)[1]
        residue, cursor = [], line_start
        for mention in mentions:
            residue.append(folded[cursor:mention.start])
            cursor = mention.end
        residue.append(folded[cursor:line_end])
        if P.CREDIT_WORDS.match("".join(residue)):
            lines.add(line_start)
    return lines


def _bracketed(folded: str, m: _Mention) -> bool:
    """True for ``(واس)`` and ``«الاتحاد»``: the name alone inside brackets or quotation marks."""
    before = folded[max(0, m.start - 3):m.start].rstrip()
    after = folded[m.end:m.end + 3].lstrip()
    if before.endswith("(") and after.startswith(")"):
        return True
    return folded[m.start] in P.QUOTES and folded[m.end - 1] in P.QUOTES


def _context_ok(folded: str, m: _Mention, credit_lines: set[int]) -> bool:
    """Whether an ambiguous form (``واس``, ``العربية``) stands where only a citation can."""
    if m.has_context or _bracketed(folded, m):
        return True
    line_start, _ = _line_bounds(folded, m.start)
    return line_start in credit_lines or _dateline(folded, m)


def _merge(
    folded: str, candidates: list[tuple[_Mention, bool]]
) -> list[tuple[_Mention, bool]]:
    """Fold ``NAME (ABBR)`` and ``NAME، ABBR،`` of one agency into a single mention.

    Runs before ambiguous forms are judged: ``واع`` right after the full name of INA is INA.
    """
    merged: list[tuple[_Mention, bool]] = []
    for mention, ambiguous in candidates:
        if merged and merged[-1][0].entry is mention.entry:
            gap = folded[merged[-1][0].end:mention.start]
            if re.fullmatch(r"\s{0,2}[(،,]\s{0,2}", gap):
                last = merged[-1][0]
                last.end = mention.end
                closing = re.match(r"\s{0,2}\)", folded[mention.end:mention.end + 3])
                if closing and "(" in gap:
                    last.end += closing.end()
                continue
        merged.append((mention, ambiguous))
    return merged


# --------------------------------------------------------------------------- roles


def _lead_tokens(text: str) -> int:
    return len(text.split())


def _dateline(folded: str, m: _Mention) -> bool:
    """Whether the mention sits in a dateline (``بغداد - واع -``, ``MOSCOW (AP) —``)."""
    line_start, line_end = _line_bounds(folded, m.start)
    before, after = folded[line_start:m.start], folded[m.end:line_end]
    bracket = before.rstrip().endswith("(") and after.lstrip().startswith(")")
    if bracket:
        before = before.rstrip()[:-1]
        after = after.lstrip()[1:]
    lead = before.strip()
    if any(ch in P.SENTENCE_END for ch in lead) or _lead_tokens(lead) > P.MAX_LEAD_TOKENS:
        return False
    only_punct = not any(ch.isalpha() for ch in lead)
    delim_after = re.match(rf"\s{{0,3}}[{re.escape(P.DELIMS)}]", after) is not None
    delim_before = lead[-1:] in P.DELIMS if lead else False
    if bracket:
        # (ANSA) - ISTANBUL, MOSCOW (AP) —, 24 ايار(بترا)–اكد, --(بترا) أعلن, and a line of
        # its own: القاهرة (أ ش أ) (a caption names more than a city or a date)
        own_line = not after.strip() and 0 < _lead_tokens(lead) <= P.MAX_OWN_LINE_LEAD
        return delim_after or (only_punct and bool(after.strip())) or own_line
    if only_punct:
        # رويترز (واشنطن) - …, (Reuters) handled above; a bare name opening a line then a dash
        return delim_after or re.match(r"\s{0,2}\([^()\n]{1,40}\)", after) is not None
    # بغداد - واع -, بكين-سانا, رام الله 10-2-2023 وفا- , القاهرة في 5 مارس /أ ش أ/
    glued = before[-1:] in P.DELIMS
    return (delim_before and (delim_after or glued or not after.strip())) or (
        delim_after and _lead_tokens(lead) <= 5
    )


def _clause_before(folded: str, m: _Mention) -> str:
    """The text of the mention's clause before it (at most ``CUE_WINDOW`` characters)."""
    window_start = max(0, m.start - P.CUE_WINDOW)
    window = folded[window_start:m.start]
    breaks = list(P.CLAUSE_BREAK.finditer(window))
    clause = window[breaks[-1].end():] if breaks else window
    if m.dative and not clause.endswith("ل"):
        clause += "ل"
    return clause


def _role(folded: str, m: _Mention, credit_lines: set[int]) -> CitationRole:
    line_start, line_end = _line_bounds(folded, m.start)
    line = folded[line_start:line_end]
    if P.LABEL_LINE.match(line):
        return CitationRole.LABEL
    on_line_before = folded[max(line_start, m.start - 60):m.start]
    if P.PHOTO_CUES.search(on_line_before) or P.PHOTO_AFTER.match(folded, m.name_end):
        return CitationRole.PHOTO_CREDIT
    if line_start in credit_lines:
        return CitationRole.CREDIT
    if _dateline(folded, m):
        return CitationRole.DATELINE
    if _bracketed(folded, m) and re.fullmatch(r"[\s).]{0,6}", folded[m.end:line_end]):
        return _closing_bracket_role(folded, m, line_start, line_end)
    return _clause_role(_clause_before(folded, m))


def _closing_bracket_role(
    folded: str, m: _Mention, line_start: int, line_end: int
) -> CitationRole:
    """``(رويترز)`` closing a line: a paragraph's credit, or a photo's when it ends a caption."""
    before = folded[line_start:m.start].rstrip().rstrip("(").rstrip()
    is_last = not folded[line_end:].strip()
    caption = (
        _lead_tokens(before) <= P.MAX_CAPTION_TOKENS
        and before[-1:] not in P.SENTENCE_END + '"”»'
        and not is_last
    )
    return CitationRole.PHOTO_CREDIT if caption else CitationRole.CREDIT


def _clause_role(clause: str) -> CitationRole:
    """Read the role from the words just before the name, in the same clause."""
    tail = clause.rstrip("ل").rstrip() + " "
    dative = clause.endswith("ل") or re.search(r"(?:^|\s)(?:الى|to)\s$", tail) is not None
    if dative and _speech_verb_near(tail):
        return CitationRole.INTERVIEW
    if _interview_noun_near(tail) or P.INTERVIEW_LATIN.search(tail):
        return CitationRole.INTERVIEW
    if P.ATTRIBUTION_CUES.search(tail):
        return CitationRole.ATTRIBUTION
    if P.WITNESS_CUES.search(tail):
        return CitationRole.WITNESS
    if P.SUBJECT_CUES.search(tail):
        return CitationRole.SUBJECT
    if P.RECIPIENT_CUES.search(tail) or (dative and _recipient_verb(tail)):
        return CitationRole.RECIPIENT
    return CitationRole.ATTRIBUTION


_SPEECH = re.compile(
    r"(?:^|\s)[وف]?(?:" + "|".join(P.fold(v) for v in P.SPEECH_VERBS) + r")"
    r"(?:\s{1,3}\S{1,25}){0,4}\s{1,3}(?:" + P.fold("لمراسل|مراسل") + r"\S{0,2}\s{1,3})?$"
)
_NOUNS = re.compile(
    r"(?:^|\s)[وفبل]?(?:ال)?(?:" + "|".join(P.fold(n) for n in P.INTERVIEW_NOUNS) + r")"
    r"(?:\s{1,3}\S{1,20}){0,2}\s{1,3}(?:" + P.fold("مع|ل|الى|اجراها مع|اجرته مع") + r")?\s{0,3}$"
)
_RECIPIENT_VERBS = re.compile(r"(?:^|\s)[وف]?(?:" + P.fold("كتب|توجه|تقدم|وجه|سلم") + r")\S{0,2}")


def _speech_verb_near(tail: str) -> bool:
    return _SPEECH.search(tail) is not None


def _interview_noun_near(tail: str) -> bool:
    return _NOUNS.search(tail) is not None


def _recipient_verb(tail: str) -> bool:
    return _RECIPIENT_VERBS.search(tail) is not None
