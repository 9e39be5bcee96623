"""Where an agency mention sits on its line: datelines, bylines and source labels.

Split from :mod:`provenance.detect.citation_roles`, which reads a mention's role from the words
around it; this module holds the per-mention state (:class:`Mention`), the folded article with
its line index (:class:`FoldedDoc`) and the shapes a whole line gives the name: a dateline
(``بغداد - واع -``, ``MOSCOW (AP) —``), a byline (``Xinhua, August 4, 2015``) or a source label
after the last sentence (``المصدر: واس``). Every rule looks at one line or a bounded window.
"""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass

from provenance.agencies import Agency
from provenance.detect import citation_credits as CR
from provenance.detect import citation_cues as C
from provenance.detect import citation_patterns as P
from provenance.detect import citation_subjects as S


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
            cue = CR.CREDIT_LINE_CUES.search(self.folded, line_start, line_end)
            byline = CR.BYLINE.match(self.folded, line_start, line_end)
            self._cues[line_start] = cue is not None or byline is not None
        return self._cues[line_start]


_SENTENCE_END = frozenset(P.SENTENCE_END)


def lead_tokens(text: str) -> int:
    """How many words ``text`` holds (a dateline lead, a caption)."""
    return len(text.split())


#: A time and a date filling the rest of the line after a bracketed wire (``(Xinhua) 08:05,
#: August 17, 2022``): the page's time stamp.
_TIME_STAMP_LINE = re.compile(r"\s{0,3}\d{1,2}:\d{2}[^\n]{0,30}\d{4}\s*")
#: ... right after the wire's name, its bracket closing first.
_STAMP_AFTER_BRACKET = re.compile(r"[^\S\n]{0,2}\)" + _TIME_STAMP_LINE.pattern)


#: Words that flag a headline where a dateline has its place (``عاجل-رويترز:``).
_FLAG_LEADS = frozenset(P.fold(w) for w in (
    "عاجل", "خاص", "حصري", "هام", "بالفيديو", "بالصور", "Breaking", "BREAKING", "Exclusive",
    "EXCLUSIVE", "Urgent", "URGENT", "UPDATE", "Update"))


def is_flag(lead: str) -> bool:
    """Whether the words before a wire are only a headline's flag and its dash (``عاجل-``)."""
    return lead.strip(" -–—―:|") in _FLAG_LEADS


def is_dateline(doc: FoldedDoc, m: Mention, strict: bool = False) -> bool:
    """Whether the mention sits in a dateline (``بغداد - واع -``, ``MOSCOW (AP) —``).

    ``strict`` (for ambiguous outlet names such as ``العالم``) refuses the weakest shape, a
    short lead with only a dash after the name (``أخبار العالم - …`` is a heading).
    """
    line_start, line_end = doc.bounds(m.start)
    if C.DAY_MONTH_SLASH_BEFORE.search(doc.folded, max(line_start, m.start - 40), m.start) \
            and doc.folded.startswith("/", m.end):
        return True  # فينيسيا في 10 سبتمبر/العمانية/
    if m.start - line_start > P.DATELINE_REACH:
        return False
    before = doc.folded[line_start:m.start]
    after = doc.folded[m.end:min(line_end, m.end + P.DATELINE_REACH)]
    envoy = _ENVOY_IN_BRACKET.search(before)
    if envoy and after.lstrip().startswith(")"):
        before = before[:envoy.start() + 1]  # الجنيد 10-7-2021(موفد سونا): the wire's envoy
    if before.rstrip().endswith("(") and (shared := P.SHARED_BRACKET_TAIL.match(after)):
        after = after[shared.end():]  # Moscow, Aug. 7, (dpa/GNA) –: two wires, one bracket
    elif (head := P.SHARED_BRACKET_HEAD.search(before)) and after.lstrip().startswith(")"):
        before = before[:head.start() + 1]  # Khartoum, October 29 (ANI/Sputnik): the second
    bracket = (before.rstrip().endswith("(") and after.lstrip().startswith(")")) or (
        before.rstrip().endswith("[") and after.lstrip().startswith("]"))
    if bracket:
        before = before.rstrip()[:-1]
        after = after.lstrip()[1:]
    lead = before.strip()
    # an outlet's tag before a bar is no place (أخبار الآن | انقرة- اسطنبول (أ ف ب), … | WAM)
    barred = "|" in lead
    lead = lead.rsplit("|", 1)[1].strip() if barred else lead
    if barred and not lead and P.STAMP_AFTER.match(after):
        return True  # كشـ24 | و.م.ع نشر في: …: outlet, agency, then the publication stamp
    if is_flag(lead):
        return False  # عاجل-رويترز: …, Breaking - Reuters: a flag, no place
    if bracket and P.AGENCY_WORD_OPENS.fullmatch(lead + " "):
        return False  # وكالة (رويترز) : …: the agency heads what follows, it is no place
    if lead.startswith("(") and not bracket and len(lead) == 1:
        # (Xinhuanet 19/04/2011): the wire and the date, bracketed on a line of their own (the
        # story's last line: its credit)
        return bracketed_with_date(doc, m) and line_end < doc.content_end
    if P.DATIVE_BEFORE_QUOTE.search(lead):
        return False  # صلاح لـ"فرانس برس": … : a name spoken to, not a place's wire
    if S.SUBJECT_CUES.search(lead + " ") or C.REPORTING_VERB.search(lead) \
            or C.ACCORDING_TO.search(lead + " ") or C.ATTRIBUTION_CUES_LOOSE.search(lead + " "):
        # "مدير عام وكالة أنباء الإمارات :" is about the agency; "وقالت الوزارة لوكالة فرانس
        # برس:" speaks to it: a lead with such words is no place
        return False
    if before.endswith("/") and after.startswith("/") and any(map(str.isdigit, lead)) \
            and lead_tokens(lead) <= P.MAX_LEAD_TOKENS:
        return True  # واشنطن، 28 مارس/آذار. /تاس/.: the place, the date, the name in slashes
    if P.HIJRI_AND_GREGORIAN_LEAD.search(lead) and lead_tokens(lead) <= P.MAX_HIJRI_LEAD_TOKENS:
        return True  # الرياض 26 ربيع الأول 1442 هـ الموافق 12 نوفمبر 2020 م واس: SPA's dateline
    unabbreviated = P.ABBREVIATION_DOT.sub("", lead) if "." in lead else lead
    # (set and map tests run in C: these read up to a line's first 120 characters per name)
    if not _SENTENCE_END.isdisjoint(unabbreviated) or lead_tokens(lead) > P.MAX_LEAD_TOKENS:
        return False
    only_punct = not any(map(str.isalpha, lead))
    delim_after = re.match(rf"\s{{0,3}}\.?[{re.escape(P.DELIMS)}]", after) is not None
    # Reuters/Ipsos is a compound name, not "Reuters /": a weak dateline needs a spaced delimiter
    spaced_delim = P.SPACED_DELIM.match(after) is not None
    delim_before = lead[-1:] in P.DELIMS if lead else False
    if lead.endswith(",") and lead_tokens(lead) <= 3 and m.entry.kind == "agency" \
            and C.GLUED_DATELINE_DASH.match(after):
        return True  # Warsaw, SANA-The Syrian Embassy …: the dash glued to the story
    if bracket and (re.search(r"\d{4}", lead) or P.MONTH_AND_DAY.search(lead)) \
            and lead_tokens(lead) <= P.MAX_LEAD_TOKENS:
        # بكين 20 أغسطس 2019 (شينخوا) قال …, New Delhi, March 29 (IANS) Minister …: place and
        # date, then the agency
        return True
    if bracket and 0 < lead_tokens(lead) <= 3 and P.MONTH_AND_DAY.match(" " + after.lstrip()):
        return True  # DHAKA (AFP) Nov 11, 2005 More than …: place, agency, then the date
    if bracket and lead_tokens(lead) == 1 and lead.isalpha() \
            and re.match(r"[^\S\n]{2,}\S|[^\W\d_]", after):
        return True  # الخرطوم (سونا)         أكد …: a one-word place, the wire, a gap, the story
    if bracket and P.LATIN_PLACE_LEAD.fullmatch(lead) and P.CAPITAL_AFTER.match(after):
        return True  # Rabat (AFP) Moroccan police …, CHICAGO (AP) Retiring …
    if bracket:
        # (ANSA) - ISTANBUL, MOSCOW (AP) —, 24 ايار(بترا)–اكد, --(بترا) أعلن, and a line of
        # its own: القاهرة (أ ش أ) (a caption names more than a city or a date)
        # ... with a full stop after a dashed place (القدس – (أ ب).)
        own_line = (not after.strip() or (delim_before and after.strip() == ".")) \
            and 0 < lead_tokens(lead) <= P.MAX_OWN_LINE_LEAD
        # "(بترا) التي تذكرنا …" opens a sentence about the agency, not a story under its credit
        about = C.RELATIVE_AFTER.match(after) is not None or after.lstrip().startswith(".") \
            or C.ABOUT_AFTER.match(after) is not None
        # "(Xinhua) 08:05, August 17, 2022" under a title: a time stamp, not the story
        stamp = _TIME_STAMP_LINE.fullmatch(after) is not None
        return delim_after or (only_punct and bool(after.strip()) and not about
                               and not stamp) or own_line
    if only_punct:
        # رويترز (واشنطن) - …, (Reuters) handled above; a bare name opening a line then a dash
        if (P.AGENCY_WORD_OPENS.match(doc.folded, m.start) or (
                line_start == 0 and line_end - line_start <= P.HEADLINE_REACH)) \
                and re.match(r"[\s\"'“”«»]{0,3}:", after):
            # a headline "«رويترز»: اندلاع اشتباكات" quotes the agency, as does a line of a
            # listing "وكالة فارس: ندعو …"; a long first line is a story: "أ ش أ: واصلت …"
            return False
        if not lead and m.entry.kind == "agency" and _OPENING_FULL_STOP.match(after):
            return True  # سبوتنيك. أعلنت وزارة …: the wire's name opens the story
        # رويترز (واشنطن) - …: the place in brackets, then the story's dash (not "Fars News
        # Agency (FNA) is a …", its abbreviation opening a sentence about it)
        return delim_after or P.PLACE_BRACKET_THEN_DASH.match(after) is not None
    # بغداد - واع -, بكين-سانا, رام الله 10-2-2023 وفا- , القاهرة في 5 مارس /أ ش أ/
    glued = before[-1:] in P.DELIMS
    if delim_before and lead_tokens(lead) <= 2 and _OPENING_FULL_STOP.match(after):
        return True  # طهران – سبوتنيك. وأشارت …: the place, a dash, the wire, a full stop
    if lead[-1:] in P.DASHES and lead_tokens(lead.rstrip(P.DASHES)) == 1 and after.strip() \
            and (P.SPACED_INITIALS.fullmatch(doc.folded, m.name_start, m.name_end)
                 or (m.entry.kind == "agency" and not m.has_context)):
        # باريس - أ ف ب قد تسجل …, بغداد- واع أكد …: a one-word place, a dash, the wire, the story
        return True
    if before.endswith("/") and after.startswith("/") and lead_tokens(lead.rstrip(" :/")) == 1:
        return True  # مسقط :/العمانية/ أعلنت …: ONA's place and its name between slashes
    if delim_before and P.STAMP_AFTER.match(after):
        return True  # كشـ24 | و.م.ع نشر في: …: outlet, agency, then the publication stamp
    if delim_before and lead.count("/") >= 2:
        return True  # أنقرة/ محمد علي/ الأناضول: city, reporter, agency
    if lead.endswith("/") and 0 < lead_tokens(lead.rstrip("/")) <= P.MAX_LEAD_TOKENS \
            and after.strip():
        # بيروت / الأناضول قتل …: the city (or the reporters: قيس أبو سمرة - زين خليل /), a
        # slash, the agency, the story
        return True
    weak_ok = not (strict and m.entry.kind == "outlet")
    # "أصيب العشرات من ضباط الشرطة - أ ف ب" ends a caption: a lead that long names no place
    ends_line = not after.strip() and lead_tokens(lead) <= P.MAX_OWN_LINE_LEAD
    if ends_line and line_end >= doc.content_end and line_start > 0:
        return False  # "الآن - كونا" closing the page: the outlet and the wire sign it, a credit
    return (delim_before and (delim_after or glued or ends_line)) or (
        weak_ok and spaced_delim and lead_tokens(lead) <= 5
    )


#: The wire's envoy or correspondent inside a dateline's bracket, before its name.
_ENVOY_IN_BRACKET = re.compile(
    r"\((?:" + P.cue_alternation(("موفد", "موفدة", "مراسل", "مراسلة", "مبعوث")) + r")\s{1,3}$"
)
#: Any character but a space (:func:`opens_line`).
_NON_SPACE = re.compile(r"\S")
#: A full stop after a name that opens a line, then the story (``سبوتنيك. أعلنت``).
_OPENING_FULL_STOP = re.compile(r"\.[^\S\n]{1,3}(?=[^\W\d_])")


def bracketed_with_date(doc: FoldedDoc, m: Mention) -> bool:
    """The wire and a date in one bracket closing the line: ``(Xinhuanet 19/04/2011)``,
    ``… كافة دول آسيان .(وأج،10/07/2025)``."""
    line_end = doc.bounds(m.start)[1]
    return doc.folded[m.start - 1:m.start] == "(" and C.NAME_DATE_CLOSE.match(
        doc.folded, m.end, line_end) is not None


def stamped_line(doc: FoldedDoc, m: Mention) -> bool:
    """The bracketed wire and its date fill a line that is no dateline: the page's stamp under a
    title (``(Xinhua) 08:05, August 17, 2022``) or the story's closing credit (``(Xinhua News
    Agency March 10, 2008)``, ``… development. (ST/KUNA) 12 Mar 2006.``)."""
    line_start, line_end = doc.bounds(m.start)
    if CR.BRACKET_THEN_DATE_END.match(doc.folded, m.end) \
            and "(" in doc.folded[max(line_start, m.start - P.CUE_BEFORE_REACH):m.start]:
        return True  # … development. (ST/KUNA) 12 Mar 2006.
    # (bounded reads: on a page flattened to one line, the line is the page)
    if m.start - line_start > P.GLUE_MAX or doc.folded[line_start:m.start].strip() != "(":
        return False
    return bracketed_with_date(doc, m) or _STAMP_AFTER_BRACKET.fullmatch(
        doc.folded, m.end, line_end) is not None


def signs_with_a_date(doc: FoldedDoc, m: Mention) -> bool:
    """A listing's headline signed with a dash, a date and the wire closing its line (``…
    Seized Northern Morocco - 07/03/2016 MAP``), or SPA's signature with its time stamp
    (``--SPA 20:19 LOCAL TIME 17:19 GMT``)."""
    if CR.WIRE_TIME_AFTER.match(doc.folded, m.end):
        return True
    line_start, line_end = doc.bounds(m.start)
    return P.CLOSING.fullmatch(doc.folded, m.end, line_end) is not None and \
        P.DATED_SIGNATURE_BEFORE.search(doc.folded, max(line_start, m.start - 30),
                                        m.start) is not None


def opens_line(doc: FoldedDoc, line_start: int, at: int) -> bool:
    """Whether only spaces stand between ``line_start`` and ``at``.

    Searched, not sliced: on a page flattened to one line, slicing from the line's start for
    every name read the whole page each time. The search stops at the first letter.
    """
    return _NON_SPACE.search(doc.folded, line_start, at) is None


def caps_place_dateline(doc: FoldedDoc, m: Mention) -> bool:
    """``BOSTON (Reuters) -President …``: a capitalised place, the bracketed wire and a dash, even
    after a byline on the same line (``By Nandita Bose BOSTON (Reuters) -``)."""
    line_start, _ = doc.bounds(m.start)
    near = max(line_start, m.start - P.CUE_BEFORE_REACH)
    return (P.CAPS_PLACE_BEFORE_BRACKET.search(doc.folded, near, m.start) is not None
            and P.BRACKET_THEN_DASH.match(doc.folded, m.end) is not None)


def photographer_slash_line(doc: FoldedDoc, m: Mention) -> bool:
    """``Steve Helber / AP`` alone on its line, or closing a caption after its last sentence
    (``… in Beirut. Hussein Malla/AP``): a photographer and the wire, a photo credit."""
    line_start, line_end = doc.bounds(m.start)
    folded = doc.folded
    near = max(line_start, m.start - P.CUE_BEFORE_REACH)
    if CR.PHOTOGRAPHER_BRACKET_AR.search(folded, near, m.start) \
            and P.CLOSE_BRACKET.match(folded, m.end) \
            and CR.PHOTOGRAPHER_SLASH_END.fullmatch(folded, m.end, line_end):
        return True  # … مدير عام للتلفزيون (رياض كرامدي/فرانس برس)
    if m.start - line_start <= P.CUE_BEFORE_REACH:
        return (CR.PHOTOGRAPHER_SLASH_LINE.fullmatch(folded, line_start, m.start) is not None
                and CR.OUTLET_NAME_WORDS.search(folded, line_start, m.start) is None
                and not folded[m.end:line_end].strip())
    closing = CR.PHOTOGRAPHER_SLASH_CLOSING.search(folded, near, m.start)
    return (closing is not None
            and CR.OUTLET_NAME_WORDS.search(folded, closing.start(), m.start) is None
            and CR.PHOTOGRAPHER_SLASH_END.fullmatch(folded, m.end, line_end) is not None)


def is_byline(doc: FoldedDoc, m: Mention) -> bool:
    """A byline: the agency near a line's start, then a comma and a full date (``Xinhua,
    August 4, 2015``, ``Darpan News Desk IANS, 29 Mar, 2022``), or opening the line with a
    listing's stamp (``Reuters Published May 8, 2023``)."""
    line_start, _ = doc.bounds(m.start)
    if m.start - line_start > P.DATELINE_REACH:
        return False  # more than a byline's few words before the name
    lead = doc.folded[line_start:m.start]
    if not lead.strip() and (P.PLACE_AFTER_NAME.match(doc.folded, m.end)
                             or CR.BYLINE_STAMP_AFTER.match(doc.folded, m.end)):
        # the wire and its place alone on the line (Reuters, Cairo,), or a listing's stamp
        # (Reuters Published May 8, 2023; Reuters | Updated: 04-01-2024)
        return True
    return (lead_tokens(lead) <= P.MAX_BYLINE_LEAD and not C.REPORTING_VERB.search(lead)
            and P.DATE_AFTER_NAME.match(doc.folded, m.end) is not None)


def source_label_before(doc: FoldedDoc, m: Mention) -> bool:
    """``… المشترك. المصدر: واس`` ending a line: a source label after the last sentence."""
    line_start, line_end = doc.bounds(m.start)
    if P.CLOSING.fullmatch(doc.folded, m.end, line_end) is None:
        return False
    return CR.SOURCE_LABEL_AFTER_SENTENCE.search(doc.folded, max(line_start, m.start - 60),
                                                m.start) is not None
