"""What one agency mention does in its sentence: the role rules of the citation detector.

Split from :mod:`provenance.detect.citations`, which finds and merges the mentions; this module
holds the per-mention state (:class:`Mention`), the folded article with its line index
(:class:`FoldedDoc`) and the rules that read a role (:func:`role_of`) or a dateline
(:func:`is_dateline`). Every rule looks at one line or a bounded window before the name.
"""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass

from provenance.agencies import Agency
from provenance.detect import citation_cues as C
from provenance.detect import citation_patterns as P
from provenance.model import CitationRole


@dataclass(slots=True)
class Mention:
    """One accepted match while the article is being read (folded offsets)."""

    entry: Agency
    """The registry entry the name belongs to."""
    start: int
    """Start of the surface: the context word (``وكالة``), an opening quote, or the name."""
    end: int
    """End of the surface (after a merged ``(واع)`` or closing quote)."""
    name_start: int
    """Start of the registry form itself."""
    name_end: int
    """End of the registry form itself."""
    dative: bool
    """The name carries the preposition ل (``لوكالة``, ``للأناضول``): it is spoken to."""
    has_context: bool
    """A context word of the right kind stands before it (``وكالة``, ``قناة``, ``مراسل``)."""


class FoldedDoc:
    """The folded article with its line index and per-line answers, computed once per line."""

    def __init__(self, folded: str) -> None:
        """Index the lines of ``folded`` (the article after Arabic folding, offsets kept)."""
        self.folded = folded
        self.content_end = len(folded.rstrip())
        self.credit_lines: set[int] = set()
        self.strong_credit_lines: set[int] = set()
        self._cues: dict[int, bool] = {}
        self._line_starts: list[int] | None = None

    def bounds(self, pos: int) -> tuple[int, int]:
        """Start and end offsets of the line holding ``pos`` (a newline ends its own line)."""
        starts = self._line_starts
        if starts is None:
            # Built on first use and with C loops only: a page of a million newlines and no
            # names never needs it, and a regex match object per newline cost a quarter second.
            lengths = map(len, self.folded.split("\n"))
            starts = [0, *itertools.accumulate(map((1).__add__, lengths))]
            starts.pop()  # one past the end of the last line, not a line start
            self._line_starts = starts
        index = bisect.bisect_right(starts, pos) - 1
        end = starts[index + 1] - 1 if index + 1 < len(starts) else len(self.folded)
        return starts[index], end

    def is_credit_line(self, line_start: int, line_end: int) -> bool:
        """A line of names only, or one that carries a copyright or contribution note."""
        if line_start in self.credit_lines:
            return True
        if line_start not in self._cues:
            cue = C.CREDIT_LINE_CUES.search(self.folded, line_start, line_end)
            byline = C.BYLINE.match(self.folded, line_start, line_end)
            self._cues[line_start] = cue is not None or byline is not None
        return self._cues[line_start]


_SENTENCE_END = frozenset(P.SENTENCE_END)


def _lead_tokens(text: str) -> int:
    return len(text.split())


def is_dateline(doc: FoldedDoc, m: Mention, strict: bool = False) -> bool:
    """Whether the mention sits in a dateline (``بغداد - واع -``, ``MOSCOW (AP) —``).

    ``strict`` (for ambiguous outlet names such as ``العالم``) refuses the weakest shape, a
    short lead with only a dash after the name (``أخبار العالم - …`` is a heading).
    """
    line_start, line_end = doc.bounds(m.start)
    if m.start - line_start > P.DATELINE_REACH:
        return False
    before = doc.folded[line_start:m.start]
    after = doc.folded[m.end:min(line_end, m.end + P.DATELINE_REACH)]
    bracket = before.rstrip().endswith("(") and after.lstrip().startswith(")")
    if bracket:
        before = before.rstrip()[:-1]
        after = after.lstrip()[1:]
    lead = before.strip()
    if lead.startswith("(") and not bracket and len(lead) == 1:
        # (Xinhuanet 19/04/2011): the wire and the date, bracketed on a line of their own
        return C.NAME_DATE_CLOSE.match(doc.folded, m.end, line_end) is not None
    if C.SUBJECT_CUES.search(lead + " ") or C.REPORTING_VERB.search(lead):
        # "مدير عام وكالة أنباء الإمارات :" is about the agency; "وقالت الوزارة لوكالة فرانس
        # برس:" speaks to it: a lead with such words is no place
        return False
    if before.endswith("/") and after.startswith("/") and any(map(str.isdigit, lead)) \
            and _lead_tokens(lead) <= P.MAX_LEAD_TOKENS:
        return True  # واشنطن، 28 مارس/آذار. /تاس/.: the place, the date, the name in slashes
    unabbreviated = P.ABBREVIATION_DOT.sub("", lead) if "." in lead else lead
    # (set and map tests run in C: these read up to a line's first 120 characters per name)
    if not _SENTENCE_END.isdisjoint(unabbreviated) or _lead_tokens(lead) > P.MAX_LEAD_TOKENS:
        return False
    only_punct = not any(map(str.isalpha, lead))
    delim_after = re.match(rf"\s{{0,3}}[{re.escape(P.DELIMS)}]", after) is not None
    # Reuters/Ipsos is a compound name, not "Reuters /": a weak dateline needs a spaced delimiter
    spaced_delim = P.SPACED_DELIM.match(after) is not None
    delim_before = lead[-1:] in P.DELIMS if lead else False
    if lead.endswith(",") and _lead_tokens(lead) <= 3 and m.entry.kind == "agency" \
            and C.GLUED_DATELINE_DASH.match(after):
        return True  # Warsaw, SANA-The Syrian Embassy …: the dash glued to the story
    if bracket and (re.search(r"\d{4}", lead) or P.MONTH_AND_DAY.search(lead)) \
            and _lead_tokens(lead) <= P.MAX_LEAD_TOKENS:
        # بكين 20 أغسطس 2019 (شينخوا) قال …, New Delhi, March 29 (IANS) Minister …: place and
        # date, then the agency
        return True
    if bracket:
        # (ANSA) - ISTANBUL, MOSCOW (AP) —, 24 ايار(بترا)–اكد, --(بترا) أعلن, and a line of
        # its own: القاهرة (أ ش أ) (a caption names more than a city or a date)
        own_line = not after.strip() and 0 < _lead_tokens(lead) <= P.MAX_OWN_LINE_LEAD
        # "(بترا) التي تذكرنا …" opens a sentence about the agency, not a story under its credit
        about = C.RELATIVE_AFTER.match(after) is not None or after.lstrip().startswith(".")
        return delim_after or (only_punct and bool(after.strip()) and not about) or own_line
    if only_punct:
        # رويترز (واشنطن) - …, (Reuters) handled above; a bare name opening a line then a dash
        if line_start == 0 and re.match(r"[\s\"'“”«»]{0,3}:", after):
            return False  # a headline "«رويترز»: اندلاع اشتباكات" quotes the agency
        if not lead and m.entry.kind == "agency" and _OPENING_FULL_STOP.match(after):
            return True  # سبوتنيك. أعلنت وزارة …: the wire's name opens the story
        return delim_after or re.match(r"\s{0,2}\([^()\n]{1,40}\)", after) is not None
    # بغداد - واع -, بكين-سانا, رام الله 10-2-2023 وفا- , القاهرة في 5 مارس /أ ش أ/
    glued = before[-1:] in P.DELIMS
    if delim_before and P.STAMP_AFTER.match(after):
        return True  # كشـ24 | و.م.ع نشر في: …: outlet, agency, then the publication stamp
    if delim_before and lead.count("/") >= 2:
        return True  # أنقرة/ محمد علي/ الأناضول: city, reporter, agency
    if lead.endswith("/") and 0 < _lead_tokens(lead.rstrip("/")) <= 2:
        return True  # بيروت / الأناضول قتل …: the city, a slash, the agency, the story
    weak_ok = not (strict and m.entry.kind == "outlet")
    # "أصيب العشرات من ضباط الشرطة - أ ف ب" ends a caption: a lead that long names no place
    ends_line = not after.strip() and _lead_tokens(lead) <= P.MAX_OWN_LINE_LEAD
    return (delim_before and (delim_after or glued or ends_line)) or (
        weak_ok and spaced_delim and _lead_tokens(lead) <= 5
    )


#: A full stop after a name that opens a line, then the story (``سبوتنيك. أعلنت``).
_OPENING_FULL_STOP = re.compile(r"\.[^\S\n]{1,3}(?=[^\W\d_])")


def is_byline(doc: FoldedDoc, m: Mention) -> bool:
    """A byline: the agency near a line's start, then a comma and a full date (``Xinhua,
    August 4, 2015``, ``Darpan News Desk IANS, 29 Mar, 2022``)."""
    line_start, _ = doc.bounds(m.start)
    lead = doc.folded[line_start:m.start]
    return (_lead_tokens(lead) <= P.MAX_BYLINE_LEAD and not C.REPORTING_VERB.search(lead)
            and P.DATE_AFTER_NAME.match(doc.folded, m.end) is not None)


def source_label_before(doc: FoldedDoc, m: Mention) -> bool:
    """``… المشترك. المصدر: واس`` ending a line: a source label after the last sentence."""
    line_start, line_end = doc.bounds(m.start)
    if P.CLOSING.fullmatch(doc.folded, m.end, line_end) is None:
        return False
    return C.SOURCE_LABEL_AFTER_SENTENCE.search(doc.folded, max(line_start, m.start - 30),
                                                m.start) is not None


def clause_before(folded: str, m: Mention) -> str:
    """The text of the mention's clause before it (at most ``CUE_WINDOW`` characters)."""
    window_start = max(0, m.start - P.CUE_WINDOW)
    window = folded[window_start:m.start]
    breaks = list(P.CLAUSE_BREAK.finditer(window))
    clause_start = window_start + (breaks[-1].end() if breaks else 0)
    clause = folded[clause_start:m.start]
    if clause.endswith("("):
        # اختراق موقع وكالة الأنباء (قنا): the cue stands before the agency word, not the bracket
        clause = P.AGENCY_WORDS_BEFORE_BRACKET.sub("", clause)
    elif folded[m.start:m.start + 1] in P.QUOTES:
        clause = P.AGENCY_WORDS_BEFORE_QUOTED.sub("", clause)  # وكالة الأنباء الرسمية "سانا"
    bare = clause.rstrip(" (\"'«“")
    if (bare == "ل" or bare.endswith((" ل", "\u00a0ل"))) and bare != clause:
        clause = bare  # وأوضح لـ(واع), لـ "وفا", لـ واع: spoken to, the ل written apart
    if clause.strip() in ("", "ل"):
        # قال المصدر، الذي طلب عدم ذكر اسمه، لوكالة: the speaker's clause is before the aside
        reach = max(0, clause_start - P.CUE_WINDOW - C.MAX_ASIDE)
        aside = C.RELATIVE_ASIDE.search(folded, reach, clause_start)
        if aside:
            earlier = folded[reach:aside.start()]
            breaks = list(P.CLAUSE_BREAK.finditer(earlier))
            clause = (earlier[breaks[-1].end():] if breaks else earlier) + " " + clause.strip()
    if C.POSSESSIVE_BEFORE_DATIVE.search(clause.removesuffix("ل")) and (
            m.dative or clause.endswith("ل")):
        # الصفحة الرسمية لوكالة, المدير العام لوكالة, مراسلون لرويترز: the agency's own
        return clause.removesuffix("ل") + " "
    if m.dative and not clause.endswith("ل"):
        clause += "ل"
    return clause


def role_of(doc: FoldedDoc, m: Mention) -> CitationRole:
    """The mention's role: the first rule that fires, in the order the module docstring gives."""
    folded = doc.folded
    line_start, line_end = doc.bounds(m.start)
    if C.LABEL_LINE.match(folded, line_start, line_end):
        return CitationRole.LABEL
    on_line_before = folded[max(line_start, m.start - 60):m.start]
    if C.PHOTO_CUES.search(on_line_before) or C.PHOTO_AFTER.match(folded, m.name_end):
        return CitationRole.PHOTO_CREDIT
    if _photo_cue_line_above(doc, m, line_start, on_line_before):
        return CitationRole.PHOTO_CREDIT
    if _caps_photo_credit(folded, m):
        return CitationRole.PHOTO_CREDIT
    if doc.is_credit_line(line_start, line_end):
        return CitationRole.CREDIT
    if C.SOURCE_LABEL.match(folded, line_start, m.start) or source_label_before(doc, m):
        return CitationRole.CREDIT  # Source: Xinhua | 2018-09-30 | Editor: …
    if C.POST_FOOTER_AFTER.match(folded, m.end):
        return CitationRole.CREDIT  # — Reuters (@Reuters) May 1, 2020: the post's author
    if is_byline(doc, m):
        return CitationRole.CREDIT  # Xinhua, August 4, 2015 | News Desk IANS, 29 Mar, 2022
    if is_dateline(doc, m):
        return CitationRole.DATELINE
    closes_line = P.CLOSING.fullmatch(folded, m.end, line_end) is not None
    if P.bracketed(folded, m.start, m.end) and closes_line:
        cued = clause_role(clause_before(folded, m))
        if cued in (CitationRole.ATTRIBUTION, CitationRole.INTERVIEW):
            return cued  # حسبما ذكرت وكالة الأنباء الكويتية (كونا): the cue names the source
        return _closing_role(doc, m, line_start, line_end)
    if closes_line and P.AFTER_BREAK.search(folded, max(line_start, m.start - 4), m.start):
        # "… الأسبوع المقبل - رويترز", "… next week. Reuters": a credit, unless a caption's
        return _closing_role(doc, m, line_start, line_end)
    if C.SUBJECT_AFTER.match(folded, m.name_end):
        return CitationRole.SUBJECT
    if C.INTERVIEW_AFTER.match(folded, m.name_end):
        return CitationRole.INTERVIEW
    clause = clause_before(folded, m)
    if _spoken_to_past_an_aside(folded, m, clause):
        return CitationRole.INTERVIEW
    if line_start == 0 and closes_line and clause.rstrip().endswith(":"):
        return CitationRole.ATTRIBUTION  # a headline "Kim, Xi agree to strengthen ties: KCNA"
    return clause_role(clause) or _uncued_role(folded, m, clause, line_start == 0)


def _uncued_role(folded: str, m: Mention, clause: str, first_line: bool) -> CitationRole:
    """No cue right before the name: a source only if a reporting verb stands near it.

    A name that no verb of reporting touches is what the sentence is about (``تحيي وكالة
    الأناضول``, ``لتأسيس وكالة الأنباء``, a headline): counting it a source was the main error
    on real articles about agencies.
    """
    if C.ATTRIBUTION_CUES_LOOSE.search(clause.rstrip("ل")):
        return CitationRole.ATTRIBUTION  # also ذكر مراسل الجزيرة: its correspondent reported
    if not clause.strip(" ل") and _previous_clause_reports(folded, m):
        return CitationRole.ATTRIBUTION  # قالت اليوم الأحد، وكالة « رويترز »
    if not clause.strip() and first_line and C.HEADLINE_COLON.match(folded, m.end):
        return CitationRole.ATTRIBUTION  # a headline quoting the agency: "سانا": الدفاعات …
    if _staff_saw(folded, m, clause):
        return CitationRole.WITNESS  # شاهد مراسل وكالة, an AFP journalist saw
    if C.REPORTED_AFTER.match(folded, m.end):
        return CitationRole.ATTRIBUTION
    return CitationRole.SUBJECT


def _spoken_to_past_an_aside(folded: str, m: Mention, clause: str) -> bool:
    """``وقال زياد وهو مصري يبلغ من العمر 16 عاما لوكالة فرانس برس "كنت …"``: a dative name,
    what was said opening right after it, and a speech verb earlier in the sentence."""
    if not clause.endswith("ل") or not C.SPEECH_OPENS_AFTER.match(folded, m.end):
        return False
    if C.ACCORDING_TO.search(clause.rstrip("ل").rstrip() + " "):
        return False  # وقال الملك - وفقا لوكالة …: the nearest cue wins
    sentence = folded[max(0, m.start - P.SENTENCE_REACH):m.start]
    return C.SPEECH_VERB_IN_SENTENCE.search(sentence) is not None


def _staff_saw(folded: str, m: Mention, clause: str) -> bool:
    """The agency's staff saw or reported what follows: ``شاهد مراسل وكالة``, ``an AFP
    journalist saw``, ``شاهد من رويترز``.

    Staff that neither saw nor said anything are what the sentence is about (``قتل صحافي
    وكالة فرانس برس``, ``ولم يصب أعضاء فريق الوكالة``): counting them witnesses was wrong on
    every real article that had them.
    """
    before = C.STAFF_BEFORE.search(clause)
    after = None if before else C.STAFF_AFTER.match(folded, m.end)
    if before is None and after is None:
        return False
    if C.WITNESS_NOUNS.search(before.group() if before else after.group()):  # type: ignore[union-attr]
        return True
    if before is not None and C.PERCEIVED_BEFORE.search(clause[:before.start()] + " "):
        return True
    return C.PERCEIVED_AFTER.match(folded, after.end() if after else m.end) is not None


def _caps_photo_credit(folded: str, m: Mention) -> bool:
    """``REUTERS/KCNA``: a capitalised wire credit with its source after a slash (both names).

    The name is either the capitals the credit opens with, or the first letter after its slash.
    """
    start = max(0, m.name_start - C.CAPS_CREDIT_REACH)
    window = folded[start:min(len(folded), m.name_end + C.CAPS_CREDIT_REACH)]
    return any(start + hit.start() <= m.name_start < start + hit.end()
               for hit in C.CAPS_PHOTO_CREDIT.finditer(window))


def _photo_cue_line_above(doc: FoldedDoc, m: Mention, line_start: int, before: str) -> bool:
    """``تصوير :`` alone on the line above a line that opens with the agency (a CMS line break)."""
    if before.strip() or line_start == 0:
        return False
    above_start, above_end = doc.bounds(line_start - 1)
    above = doc.folded[above_start:above_end].strip()
    return len(above.split()) <= P.MAX_PHOTO_CUE_WORDS and bool(C.PHOTO_CUES.search(above + " "))


def _closing_role(doc: FoldedDoc, m: Mention, line_start: int, line_end: int) -> CitationRole:
    """``(رويترز)``, ``- أ ف ب`` closing a line: a paragraph's credit, or a photo's when it ends
    a caption."""
    if C.CAPTION_MARKERS.search(doc.folded, line_start, m.start):
        return CitationRole.PHOTO_CREDIT  # "… (ليس في الصورة)، في دمشق. رويترز"
    window_start = max(line_start, m.start - 40 * P.MAX_CAPTION_TOKENS)
    before = doc.folded[window_start:m.start].rstrip().rstrip("(-–—/|").rstrip()
    if window_start > line_start:
        before = "x " * (P.MAX_CAPTION_TOKENS + 1)  # longer than any caption
    is_last = line_end >= doc.content_end
    # A caption is a short noun phrase ("متظاهرون في ساحة التحرير"); a paragraph, even a short
    # one without a full stop, opens with و or carries a reporting verb ("وقال الوزير …").
    if P.CAPTION_DATE_END.search(before) and not C.REPORTING_VERB.search(before):
        return CitationRole.PHOTO_CREDIT  # "… at a hospital, on Jan 26, 2021. (Yonhap)"
    caption = (
        _lead_tokens(before) <= P.MAX_CAPTION_TOKENS
        and before[-1:] not in P.SENTENCE_END + '"”»'
        and not is_last
        and (not before.startswith("و") or before.split()[0] in C.NOUNS_OPENING_WITH_WAW)
        and not C.REPORTING_VERB.search(before)
    )
    return CitationRole.PHOTO_CREDIT if caption else CitationRole.CREDIT


def _previous_clause_reports(folded: str, m: Mention) -> bool:
    """Whether the clause before the mention's own ends in a reporting verb and a time or two."""
    window = folded[max(0, m.start - P.CUE_WINDOW - C.MAX_ASIDE):m.start]
    breaks = list(P.CLAUSE_BREAK.finditer(window))
    if not breaks or window[breaks[-1].start()] not in "،,":
        return False  # only a comma joins the verb to its subject
    before = window[breaks[-2].end() if len(breaks) > 1 else 0:breaks[-1].start()]
    return C.ATTRIBUTION_CUES_LOOSE.search(before + " ") is not None


def clause_role(clause: str) -> CitationRole | None:
    """Read the role from the words just before the name, in the same clause (None: no cue)."""
    tail = clause.rstrip("ل").rstrip() + " "
    if C.COOPERATION_BEFORE.search(tail):
        return CitationRole.CREDIT  # بالتعاون مع رويترز
    if C.ACCORDING_TO.search(tail):
        return CitationRole.ATTRIBUTION  # "قال الملك - وفقا لوكالة …": the nearest cue wins
    dative = clause.endswith("ل") or C.DATIVE_WORD.search(tail) is not None
    if dative and C.SPEECH_BEFORE_DATIVE.search(tail):
        return CitationRole.INTERVIEW
    if C.INTERVIEW_NOUN_WITH.search(tail) or (dative and C.INTERVIEW_NOUN_DATIVE.search(tail)):
        return CitationRole.INTERVIEW
    if C.INTERVIEW_LATIN.search(tail):
        return CitationRole.INTERVIEW
    if C.ATTRIBUTION_CUES.search(tail):
        return CitationRole.ATTRIBUTION
    if C.WITNESS_CUES.search(tail):
        return CitationRole.WITNESS
    if C.SUBJECT_CUES.search(tail):
        return CitationRole.SUBJECT
    if C.RECIPIENT_CUES.search(tail) or (dative and C.RECIPIENT_VERBS.search(tail)):
        return CitationRole.RECIPIENT
    return None
