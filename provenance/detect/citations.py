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
3. **Role** (:class:`~provenance.model.CitationRole`), first rule that fires: an HTML caption
   or tag list, a tag line, a photo cue, a credit line, a source label, a byline, a line
   broken inside a sentence (read with the line above), a headline signed ``-Wire``, a
   dateline, a bracket or dash closing the line (credit, or photo credit under a short
   caption), then the words before the name in its clause (interview, attribution verb,
   witness, subject, recipient), and with no cue a source only if a reporting verb is near.
   Wires listed together then share a credit, dateline or report only one of them was given.

Every pattern is bounded and runs on one line or a short window, so the work stays linear in the
length of the article.
"""

from __future__ import annotations

import functools
import heapq
import re
from dataclasses import dataclass

from provenance.agencies import Agency, Registry, load_registry
from provenance.detect import citation_credits as CR
from provenance.detect import citation_cues as C
from provenance.detect import citation_patterns as P
from provenance.detect import citation_senses as S
from provenance.detect.anchored import WordRuns, finditer_near
from provenance.detect.citation_anchors import AnchorPlan, name_runs
from provenance.detect.citation_lists import share_listed_roles
from provenance.detect.citation_roles import (
    FoldedDoc,
    Mention,
    bracketed_with_date,
    clause_before,
    clause_role,
    is_byline,
    is_dateline,
    role_of,
    signs_with_a_date,
    source_label_before,
)
from provenance.detect.citation_speech import dative_before, spoken_to
from provenance.detect.regex_trie import atoms_of, trie_alternation
from provenance.model import SOURCE_ROLES, Article, Citation, CitationRole


@dataclass(frozen=True, slots=True)
class _Matcher:
    """The compiled pattern and the table from a matched form back to its registry entry."""

    pattern: re.Pattern[str]
    """Context word, quotes and any registry form, over folded text."""
    forms: dict[str, tuple[Agency, bool, bool]]
    """Form key → (entry, ambiguous, dative): ambiguous forms need a dateline or bracket shape;
    dative forms (``للأناضول``) carry the preposition ل."""
    context_kinds: dict[str, str]
    """Folded context word → ``agency`` or ``outlet``."""
    plan: AnchorPlan
    """The names as word runs: the pattern only runs near the rarest run of each name present."""
    prefix: int
    """Most characters a match holds before its name (proclitics, context word, quote)."""
    reach: int
    """Most characters a match attempt reads, from its start (with room to spare)."""
    ambiguous_spellings: frozenset[str]
    """Spellings matched as ambiguous though their key is not: title-case capital abbreviations
    (``Wam``, ``Irna``: British-style papers write them so, and ``Sana`` or ``Mena`` are also
    words and names), and a dateline-only form one case away from a plain one (``DPA`` beside
    ``dpa``: also the Defense Production Act)."""


@functools.cache
def _matcher(registry: Registry) -> _Matcher:
    forms: dict[str, tuple[Agency, bool, bool]] = {}
    spellings: dict[str, list[list[str]]] = {}
    title_case: set[str] = set()
    ambiguous_spellings: set[str] = set()
    for entry in registry.entries():
        groups = (
            (entry.names_ar, False, False),
            (entry.aliases, False, True),
            (entry.abbrev, False, False),
            (entry.dateline_only, True, False),
        )
        for group, ambiguous, latin in groups:
            for form in group:
                folded = P.fold(form)
                # ل + الأناضول is written للأناضول: the dative swallows the article's alef
                variants = [(folded, False)]
                if folded.startswith("ال") and len(folded) > 4:
                    variants.append(("ل" + folded[1:], True))
                for variant, dative in variants:
                    key = P.form_key(variant)
                    if key not in forms:
                        forms[key] = (entry, ambiguous, dative)
                        spellings[key] = []
                    if forms[key] == (entry, ambiguous, dative):
                        # ITAR-TASS and Itar-Tass: one name, matched in every case written
                        spellings[key] += [s for s in P.form_spellings(
                            variant, latin and len(form) > 4) if s not in spellings[key]]
                    elif forms[key] == (entry, False, dative) and ambiguous \
                            and [variant] not in spellings[key]:
                        ambiguous_spellings.add(variant)
                        spellings[key].append([variant])
                    titled = [form.title()]
                    if forms[key][0] is entry and P.CAPITAL_ABBREVIATION.fullmatch(form) \
                            and titled not in spellings[key]:
                        title_case.add(form.title())
                        spellings[key].append(titled)
    ordered = [tokens for key in sorted(spellings, key=len, reverse=True)
               for tokens in spellings[key]]
    names = trie_alternation([P.spelling_atoms(tokens) for tokens in ordered])
    # one class test before the name's many branches
    heads = "".join(sorted({re.escape(tokens[0][0]) for tokens in ordered}))
    kinds = {P.form_key(P.fold(w)): "agency" for w in P.AGENCY_WORDS_AR + P.AGENCY_WORDS_LATIN}
    kinds |= {P.form_key(P.fold(w)): "outlet" for w in P.OUTLET_WORDS_AR + P.OUTLET_WORDS_LATIN}
    kinds |= {P.form_key(P.fold(w)): "either" for w in P.EITHER_WORDS}
    context_words = sorted(kinds, key=len, reverse=True)
    context = trie_alternation([atoms_of(w, space=r"\s{1,3}") for w in context_words],
                               ignorecase=True)
    # the case-blind context words are tried at every word start: rule most out by one letter
    first = "".join(sorted({re.escape(w[0]) for w in kinds}))
    quotes = re.escape(P.QUOTES)
    pattern = re.compile(
        rf"(?<![\w{re.escape(P.NOT_BEFORE)}])(?P<pc>{P.PROCLITIC})"
        # lazy: a registry name that opens with a context word (الوكالة العربية السورية للأنباء)
        # is tried whole before "context word + a shorter name" (الوكالة + العربية); a quote
        # may follow it unspaced (لوكالة” وفا”)
        rf"(?:(?P<cw>(?i:(?=[{first}]){context}))"
        # (on the name's line: a headline's "… - WAFA news agency" is not the next line's)
        rf"(?:[^\S\n]{{1,3}}(?:(?i:the)[^\S\n]{{1,3}})?|(?=[{quotes}])))??"
        # (quotes hold the name on its line: a closing quote ending the line above is not its)
        rf"(?P<q1>[{quotes}][^\S\n]{{0,2}})?"
        rf"(?=[{heads}])(?P<name>{names})(?![\w@])(?!\.[A-Za-z])"
        rf"(?(q1)(?P<q2>[^\S\n]{{0,2}}[{quotes}])?)"
    )
    longest_name = max(len("".join(t)) + P.GLUE_MAX * (len(t) - 1) for t in ordered)
    longest_context = max(len(w) + 2 * w.count(" ") for w in context_words)
    # proclitics, context word and its spaces, "the" and its spaces, quote and its spaces
    prefix = 2 + longest_context + 3 + 6 + 3
    # then the name, the closing quote and the look-aheads after it, plus a margin
    reach = prefix + longest_name + 3 + 2 + 8
    runs = [name_runs(tokens, P.GLUE_MAX) for tokens in ordered]
    plan = AnchorPlan([r for r in runs if r is not None], P.PROCLITIC_LETTERS)
    if len(plan.spellings) < len(runs):
        raise ValueError("a registry form without a letter or digit cannot be searched for")
    return _Matcher(pattern, forms, kinds, plan, prefix, reach,
                    frozenset(title_case | ambiguous_spellings))


def find_citations(article: Article, registry: Registry | None = None) -> tuple[Citation, ...]:
    """Return every agency and outlet citation in ``article.text``, ids ``c1…`` in text order."""
    registry = registry or load_registry()
    matcher = _matcher(registry)
    folded, where = P.fold_indexed(article.text)
    doc = FoldedDoc(folded)
    candidates = _candidates(doc, matcher)
    doc.credit_lines, doc.strong_credit_lines = _credit_lines(doc, candidates)
    accepted = [m for m, ambiguous in candidates if not ambiguous or _context_ok(doc, m)]
    markup = _markup_roles(article) if accepted else []
    offsets = [(where[m.start], where[m.end - 1] + 1) for m in accepted]
    marked = _first_containing(markup, [start for start, _ in offsets])
    roles = [marked[k] or role_of(doc, mention) for k, mention in enumerate(accepted)]
    share_listed_roles(folded, accepted, roles)
    citations: list[Citation] = []
    for number, (mention, (start, end), role) in enumerate(
            zip(accepted, offsets, roles, strict=True), 1):
        citations.append(Citation(
            id=f"c{number}", agency=mention.entry.id, name=mention.entry.name,
            surface=article.text[start:end], role=role, is_source=role in SOURCE_ROLES,
            span=article.span(start, end), kind=mention.entry.kind,
        ))
    return tuple(citations)


def _markup_roles(article: Article) -> list[tuple[int, int, CitationRole]]:
    """Text ranges that the HTML marks as captions (photo credits) or tags and menus (labels)."""
    if article.tree is None or not hasattr(article.tree, "find_all"):
        return []
    ranges: list[tuple[int, int, CitationRole]] = []
    for element in article.tree.find_all(True):
        span = article.element_spans.get(id(element))
        if not span or span[1] <= span[0]:
            continue
        attrs = f"{element.get('class') or ''} {element.get('id') or ''}"
        small = span[1] - span[0] <= P.MARKUP_MAX_CHARS
        if element.name in P.CAPTION_TAGS or (small and P.CAPTION_CLASS.search(attrs)):
            ranges.append((span[0], span[1], CitationRole.PHOTO_CREDIT))
        elif element.name in P.LABEL_TAGS or "tag" in str(element.get("rel") or "") or (
            small and P.LABEL_CLASS.search(attrs)
        ):
            ranges.append((span[0], span[1], CitationRole.LABEL))
    return ranges


def _first_containing(
    ranges: list[tuple[int, int, CitationRole]], points: list[int]
) -> list[CitationRole | None]:
    """For each point, the role of the first range in ``ranges`` (list order) holding it.

    A sweep over the points in order with a heap of the ranges begun so far, instead of
    scanning every range for every citation (quadratic on long HTML pages).
    """
    by_start = sorted(range(len(ranges)), key=lambda i: ranges[i][0])
    answers: list[CitationRole | None] = [None] * len(points)
    begun: list[int] = []  # heap of indexes into ranges
    cursor = 0
    for point_index in sorted(range(len(points)), key=points.__getitem__):
        point = points[point_index]
        while cursor < len(by_start) and ranges[by_start[cursor]][0] <= point:
            heapq.heappush(begun, by_start[cursor])
            cursor += 1
        # Points ascend, so a range that ended before this point is over for every later one.
        while begun and ranges[begun[0]][1] <= point:
            heapq.heappop(begun)
        if begun:
            answers[point_index] = ranges[begun[0]][2]
    return answers


# --------------------------------------------------------------------------- candidates


def _candidates(doc: FoldedDoc, matcher: _Matcher) -> list[tuple[Mention, bool]]:
    """Every registry form in the text that survives the per-agency exclusions, merged.

    ``NAME (ABBR)`` and ``NAME، ABBR،`` of one agency become a single mention as they are found
    (a page of one name repeated makes one mention, not a mention per name). Merging comes
    before ambiguous forms are judged: ``واع`` right after the full name of INA is INA.
    """
    folded = doc.folded
    found: list[tuple[Mention, bool]] = []
    words = WordRuns.of(folded)
    runs, name_before = matcher.plan.choose(words)
    anchors = words.starts(runs)
    back = matcher.prefix + name_before
    yielding = S.yielding_abbreviations(folded)
    forms, context_kinds, form_key = matcher.forms, matcher.context_kinds, P.form_key
    ambiguous_spellings = matcher.ambiguous_spellings
    exclude_before, exclude_after = S.EXCLUDE_BEFORE, S.EXCLUDE_AFTER
    merge_gap, close_bracket = P.MERGE_GAP.fullmatch, P.CLOSE_BRACKET.match
    last: Mention | None = None
    # every repetition in the pattern is bounded: the bounds are plain lengths
    for match in finditer_near(matcher.pattern, folded, anchors, back, matcher.reach, None):
        name, pc, cw, q1, q2 = match.group("name", "pc", "cw", "q1", "q2")
        entry, ambiguous, dative_form = forms[form_key(name)]
        ambiguous = ambiguous or name in ambiguous_spellings
        if ambiguous and entry.id in yielding:
            continue  # the article names another agency that signs with the same letters
        if pc and not cw and not ambiguous and _letters(name) < P.MIN_LETTERS_FOR_PROCLITIC \
                and not (pc.endswith("ل") and (P.SPACED_INITIALS.fullmatch(name) or spoken_to(
                    folded, match.start() + len(pc) - 1))):
            continue  # ك + افي is كافي, و + افي is وافي: short bare names take no proclitic
        name_start, name_end = match.span("name")
        if folded[name_start - 1:name_start] == "/" and P.in_url(folded, name_start):
            continue
        if P.SPACED_INITIALS.fullmatch(name) and (
                P.INITIAL_BEFORE.search(folded, max(0, name_start - 4), name_start)
                or P.INITIAL_AFTER.match(folded, name_end)):
            continue  # "ع ا ب / س م ح", an editor's initials: "ا ب" in them is not AP
        match_start = match.start()
        before = folded[max(0, match_start - 40):match_start + len(pc)]
        if (exclude := exclude_before.get(entry.id)) and exclude.search(before):
            continue
        if ambiguous and not cw and not pc and S.NISBA_ADJECTIVE.fullmatch(name) \
                and S.DEFINITE_NOUN_BEFORE.search(before):
            continue  # الخارجية الألمانية-: the adjective "German", not dpa
        if (exclude := exclude_after.get(entry.id)) and exclude.match(folded, name_end):
            continue
        context_kind = context_kinds.get(form_key(cw)) if cw else None
        if cw and context_kind == entry.kind:
            start = match.start("cw")
        else:
            start = match.start("q1") if q1 else name_start
        end = match.end("q2") if (q1 and q2) else name_end
        if last is not None and last.entry is entry:
            gap_start = min(last.end, start)
            # matched in place: slicing every gap would copy the page between far mentions
            if merge_gap(folded, gap_start, start):
                last.end = end
                closing = close_bracket(folded, end, end + 3)
                if closing and "(" in folded[max(gap_start, start - 3):start]:
                    last.end = closing.end()
                continue
        last = Mention(entry, start, end, name_start, name_end, "ل" in pc or dative_form,
                       context_kind in (entry.kind, "either"))
        found.append((last, ambiguous))
    return found


@functools.lru_cache(maxsize=4096)  # once per distinct name written on the page
def _letters(name: str) -> int:
    return sum(ch.isalpha() for ch in name)


def _credit_lines(
    doc: FoldedDoc, candidates: list[tuple[Mention, bool]]
) -> tuple[set[int], set[int]]:
    """Start offsets of lines made only of names and credit words (``فرانس24/ أ ف ب/ رويترز``).

    The second set keeps the lines that are credits beyond doubt (two names, a word such as
    ``المصدر``, an agency's name alone such as ``و.م.ع`` under a title, or the article's last
    line): a lone ``العالم`` may be a menu entry, not a credit.
    """
    folded = doc.folded
    by_line: dict[tuple[int, int], list[Mention]] = {}
    for mention, _ in candidates:
        by_line.setdefault(doc.bounds(mention.start), []).append(mention)
    lines, strong = set(), set()
    for (line_start, line_end), mentions in by_line.items():
        residue, cursor = [], line_start
        for mention in mentions:
            residue.append(folded[cursor:mention.start])
            cursor = mention.end
        residue.append(folded[cursor:line_end])
        rest = "".join(residue)
        if P.CREDIT_WORDS.match(rest):
            lines.add(line_start)
            worded = any(map(str.isalpha, rest))
            alone = len(mentions) == 1 and mentions[0].entry.kind == "agency"
            if len(mentions) > 1 or worded or alone or line_end >= doc.content_end:
                strong.add(line_start)
    return lines, strong


def _context_ok(doc: FoldedDoc, m: Mention) -> bool:
    """Whether an ambiguous form (``واس``, ``العربية``) stands where only a citation can."""
    footer = C.POST_FOOTER_AFTER.match(doc.folded, m.end)
    if footer is not None:
        # — ADI (@AfricaDigitali) …: a post's display name is the wire only if its handle is
        handle = footer.group().split("@")[-1].strip(" )\u200f\u200e").casefold()
        return handle.startswith(tuple(f.casefold() for f in (m.entry.id, *m.entry.abbrev,
                                                              *m.entry.dateline_only)
                                       if f.isascii()))
    if m.has_context:
        return True
    if P.bracketed(doc.folded, m.start, m.end):
        # The Defense Production Act (DPA): an acronym spelt out before it, not the wire
        return not S.spelled_out_before(doc.folded, m.start, m.name_start, m.name_end)
    if bracketed_with_date(doc, m):
        return True  # (وأج،10/07/2025): the wire and the date, bracketed together
    if source_label_before(doc, m) or is_byline(doc, m) or signs_with_a_date(doc, m):
        return True  # … المشترك. المصدر: واس | Xinhua, August 4, 2015 | - 07/03/2016 MAP
    line_start, line_end = doc.bounds(m.start)
    if CR.SOURCE_LABEL.match(doc.folded, line_start, m.start) \
            or CR.SYNDICATION_CREDIT.match(doc.folded, line_start, m.start) \
            or CR.BYLINE.match(doc.folded, line_start, m.start):
        return True  # Source: DPA, (MENAFN- Wam), (With inputs from PTI)
    before = doc.folded[max(line_start, m.start - 40):m.start]
    if C.ACCORDING_TO.search(before) or C.ACCORDING_TO_LATIN.search(before) \
            or CR.PHOTO_CUES.search(before):
        return True  # بحسب وفا, according to ANI, Image Credit: ANI, (Photo/ANI)
    name = doc.folded[m.name_start:m.name_end]
    after = C.AGENCY_KIND_AFTER if name.istitle() else C.AGENCY_THING_AFTER
    if after.match(doc.folded, m.end) or C.AGENCY_APPOSITION_AFTER.match(doc.folded, m.end) \
            or C.PAIRED_AGENCIES_AFTER.match(doc.folded, m.end):
        # the ISNA news agency, a Wam statement, "Saba, the … news agency,", Fars and Tasnim
        # news agencies
        return True
    if P.AFTER_BREAK.search(before) and (
            C.SLUG_INITIALS_AFTER.fullmatch(doc.folded, m.end, line_end)
            or (line_end >= doc.content_end and P.CLOSING.fullmatch(doc.folded, m.end, line_end))):
        # … police stations. PTI MDB ARI, … and stability. –ONA: the wire signs the story
        return True
    if C.QUOTED_FROM_AROUND.search(before) and C.FROM_AFTER.match(doc.folded, m.end):
        return True  # ونقلت تسنيم عن الحرس الثوري: the name between نقلت and عن
    if name.isupper() and C.QUOTED_BY_BEFORE.search(before):
        return True  # "was quoted by TAP as saying"
    if name.isupper() and C.REPORTED_AFTER.match(doc.folded, m.end):
        return True  # "NNA said …": a wire's capitals as the subject of a reporting verb
    if name.istitle() and (C.WIRE_REPORTS_AFTER.match(doc.folded, m.end)
                           or C.STAFF_AFTER.match(doc.folded, m.end)):
        return True  # ", Wam reports", "Petra's reporter": only a wire has reporters
    if name.isupper() and clause_role(clause_before(doc.folded, m)) is CitationRole.INTERVIEW:
        return True  # "he told PTI", "Quizzed by ANSA": a wire's capitals spoken to
    if (m.dative or P.DATIVE_BEFORE_QUOTE.search(doc.folded, max(0, m.start - 3), m.start)) \
            and C.HEADLINE_COLON.match(doc.folded, m.end):
        return True  # بنزيما لـ"إفي": أريد …: what was said to it follows the colon
    if (m.dative or dative_before(doc.folded, m.start)) and m.entry.id in P.DATIVE_CONTEXT_IDS:
        # قال للجزيرة, في حديث لواس: nobody speaks to an island or gives an interview to "wide"
        if clause_role(clause_before(doc.folded, m)) is CitationRole.INTERVIEW:
            return True
    return doc.bounds(m.start)[0] in doc.strong_credit_lines or is_dateline(doc, m, strict=True)
