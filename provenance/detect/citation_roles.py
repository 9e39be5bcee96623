"""What one agency mention does in its sentence: the role rules of the citation detector.

Split from :mod:`provenance.detect.citations`, which finds and merges the mentions; the line
shapes (datelines, bylines, source labels) and the per-mention state are in
:mod:`provenance.detect.citation_lines`. This module reads a role (:func:`role_of`) from the words
before and after the name. Every rule looks at one line or a bounded window before the name.

:func:`role_of` tries, in order: tag lines (label); wires' trailers (credit); photo cues and
captions (photo credit); a capitalised place before a bracketed wire (dateline); credit lines,
source labels and bylines (credit); a headline credited to its wire; datelines; a name closing
its line (credit, or a caption's photo credit); and last the words of the name's own clause
(:func:`clause_role`, then the uncued rules: attribution, interview, witness or subject). A
witness is the agency present where others made the claims; what its own staff saw is its own
attribution.
"""

from __future__ import annotations

import re

from provenance.detect import citation_captions as CAP
from provenance.detect import citation_credits as CR
from provenance.detect import citation_cues as C
from provenance.detect import citation_patterns as P
from provenance.detect import citation_speech as SP
from provenance.detect import citation_subjects as S
from provenance.detect.citation_lines import (
    FoldedDoc,
    Mention,
    bracketed_with_date,
    caps_place_dateline,
    is_byline,
    is_dateline,
    is_flag,
    lead_tokens,
    opens_line,
    photographer_slash_line,
    signs_with_a_date,
    source_label_before,
    stamped_line,
)
from provenance.model import CitationRole

__all__ = ["FoldedDoc", "Mention", "bracketed_with_date", "clause_before", "clause_role",
           "is_byline", "is_dateline", "role_of", "signs_with_a_date",
           "source_label_before"]


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
    elif folded[m.start:m.start + 1] in P.QUOTES or folded[m.start - 1:m.start] in P.QUOTES:
        # وكالة الأنباء الرسمية "سانا", وكالة الأنباء الروسية”سبوتنيك” (the quote left outside)
        clause = P.AGENCY_WORDS_BEFORE_QUOTED.sub("", clause)
        if clause[-1:].isalpha() and len(clause.rsplit(None, 1)[-1]) > 2:
            clause += " "  # مراسل"وفا": a whole word glued to the quote, not the dative لـ"وفا"
    elif SP.AGENCY_WORDS_BEFORE_NAME.search(clause):
        clause = SP.AGENCY_WORDS_BEFORE_NAME.sub("", clause)  # ذكرت وكالة الأنباء الروسية نوفوستي
    if outlet := SP.DATIVE_OUTLET_NOUN.search(clause):
        # نفى لموقع “سبوتنيك”: said to its site; keep " ل" (the match opens with it), drop the noun
        clause = clause[:outlet.start() + 2]
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
    if CR.LABEL_LINE.match(folded, line_start, line_end) or (CR.LIST_ITEM.match(
            folded, line_start) and CAP.under_a_related_heading(doc, line_start)):
        return CitationRole.LABEL  # tags, "اقرأ أيضا:" and the teasers listed under it
    on_line_before = folded[max(line_start, m.start - 60):m.start]
    trailer = CR.EDITORS_TRAILER.fullmatch(folded, m.end, line_end)
    opens = not any(map(str.isalpha, folded[line_start:m.start])) \
        if m.start - line_start <= P.CUE_BEFORE_REACH else False
    if opens and CR.WIRE_SERIES_AFTER.match(folded, m.end):
        return CitationRole.CREDIT  # Xinhua Commentary: …, the wire's own piece
    if (trailer and not CR.PHOTO_TRAILER_WORDS.search(trailer.group())) or (opens and (
            CR.INITIALS_TRAILER.fullmatch(folded, m.end, line_end)
            or CR.EDITORS_TRAILER_AR.fullmatch(folded, m.end, line_end))):
        return CitationRole.CREDIT  # WAM/Khalid Saeed/Mona Adel, --(بترا) م ح/ب ط
    if CR.PHOTO_CUES.search(on_line_before) or CR.PHOTO_AFTER.match(folded, m.name_end) \
            or CR.PICTURE_RELEASED_BEFORE.search(on_line_before):
        return CitationRole.PHOTO_CREDIT
    if CR.PICTURE_LINE_START.match(folded, line_start) \
            and P.CLOSING.fullmatch(folded, m.end, line_end) is not None:
        return CitationRole.PHOTO_CREDIT  # "صورة تعبيرية (بلومبرغ)": a picture's line
    if CAP.photo_cue_line_above(doc, m, line_start, on_line_before):
        return CitationRole.PHOTO_CREDIT
    byline = CR.BYLINE.match(folded, line_start, m.start) is not None  # never a photo's credit
    if not byline and ((CAP.caps_photo_credit(folded, m) and not _shared_dateline_bracket(doc, m))
                       or photographer_slash_line(doc, m)
                       or CAP.latin_wire_under_arabic_caption(doc, m)):
        # REUTERS/KCNA, "Steve Helber / AP"; not "Khartoum (ANI/Sputnik):", "By Jane Roe / AP"
        return CitationRole.PHOTO_CREDIT
    if caps_place_dateline(doc, m):
        return CitationRole.DATELINE  # By Nandita Bose BOSTON (Reuters) -President …
    if CAP.copyright_over_caption(folded, m, line_start, line_end):
        return CitationRole.PHOTO_CREDIT  # © Reuters وكالتان حكوميتان للانباء في ليبيا
    if doc.is_credit_line(line_start, line_end):
        if CAP.under_repeated_title(doc, line_start) and not byline:
            return CitationRole.PHOTO_CREDIT  # the title again as a caption, then "Sputnik"
        if line_end - line_start > P.LONG_LINE and is_dateline(doc, m):
            # a page flattened to one line whose copyright note made it a "credit line":
            # "DHAKA (AFP) Nov 11, 2005 More than … © 2005 Agence France-Presse"
            return CitationRole.DATELINE
        return CitationRole.CREDIT
    if CR.SOURCE_LABEL.match(folded, line_start, m.start) or source_label_before(doc, m) \
            or CR.SYNDICATION_CREDIT.match(folded, line_start, m.start) \
            or CR.ORIGINAL_TEXT_BEFORE.search(on_line_before) \
            or CR.RESPONSIBLE_AFTER.match(folded, m.end):
        return CitationRole.CREDIT  # Source: Xinhua | 2018-09-30 | Editor: …, (MENAFN- AFP)
    if signs_with_a_date(doc, m):
        return CitationRole.CREDIT  # … Seized Northern Morocco - 07/03/2016 MAP
    if C.POST_FOOTER_AFTER.match(folded, m.end):
        return CitationRole.CREDIT  # — Reuters (@Reuters) May 1, 2020: the post's author
    if not opens_line(doc, line_start, m.start - 1) and bracketed_with_date(doc, m):
        # … كافة دول آسيان .(وأج،10/07/2025): the wire and its date close a headline (alone on
        # a line, "(Xinhuanet 19/04/2011)" opens the story: a dateline)
        return CitationRole.CREDIT
    # cues that end at the name are searched for in the few characters they can span: from
    # the line's start, a page flattened to one line was read once per name
    near = max(line_start, m.start - P.CUE_BEFORE_REACH)
    if is_byline(doc, m) or CR.WROTE_BEFORE.search(folded, near, m.start) or (
            CR.PIPE_BEFORE.search(folded, near, m.start) and (pipe := CR.PIPE_AFTER.match(
                folded, m.end)) and CR.LISTING_STAMP_LINE.match(folded, pipe.end())):
        # Xinhua, August 4, 2015 | News Desk IANS | كتب: أ.ش.أ | Gold hits record | Reuters |
        return CitationRole.CREDIT
    if opens_line(doc, line_start, m.start) and P.PLACE_IN_BRACKET_ENDS_LINE.fullmatch(
            folded, m.end, line_end):
        return CitationRole.CREDIT  # Sudan News Agency (Khartoum): the wire over the story
    wrapped = _wrapped_clause_role(doc, m, line_start)
    if wrapped is not None:
        return wrapped  # "… two sources told\nReuters.": a line broken inside the sentence
    headline = _credits_the_headline(doc, m, line_end) if line_start == 0 else None
    if headline is not None:
        return headline  # North Korea fires missile -Yonhap; … midlands region – dpa international
    if is_dateline(doc, m):
        return CitationRole.DATELINE
    if stamped_line(doc, m):
        return CitationRole.CREDIT  # (Xinhua) 08:05, August 17, 2022; the last line's (Xinhua …)
    closes_line = (P.CLOSING.fullmatch(folded, m.end, line_end) is not None
                   or C.SLUG_INITIALS_AFTER.fullmatch(folded, m.end, line_end) is not None)
    if P.bracketed(folded, m.start, m.end) and closes_line:
        bracketed_clause = clause_before(folded, m)
        cued = clause_role(bracketed_clause) or _staff_role(folded, m, bracketed_clause)
        if cued in (CitationRole.ATTRIBUTION, CitationRole.INTERVIEW):
            # حسبما ذكرت وكالة الأنباء الكويتية (كونا), بحسب ما أفاد مراسل (أ ش أ): the cue, or
            # its reporter, names the source
            return cued
        if S.SUBJECT_NOUN_BEFORE_BRACKET.search(folded, near, m.start):
            return CitationRole.SUBJECT  # … بحضور السفير في مقر (كونا).
        return CAP.closing_role(doc, m, line_start, line_end)
    if closes_line and P.AFTER_BREAK.search(folded, max(line_start, m.start - 4), m.start):
        # "… الأسبوع المقبل - رويترز", "… next week. Reuters": a credit, unless a caption's
        return CAP.closing_role(doc, m, line_start, line_end)
    if S.SUBJECT_AFTER.match(folded, m.name_end):
        return CitationRole.SUBJECT
    if C.TOPIC_BEFORE.search(folded, near, m.start) and C.TOPIC_REPORTED_AFTER.match(folded, m.end):
        return CitationRole.ATTRIBUTION  # أما وكالة الصحافة الفرنسية فنقلت عن ضابط
    if SP.INTERVIEW_AFTER.match(folded, m.name_end):
        return CitationRole.INTERVIEW
    clause = clause_before(folded, m)
    cued = clause_role(clause)
    if _spoken_to_past_an_aside(folded, m, clause, cued):
        return CitationRole.INTERVIEW
    if line_start == 0 and closes_line and clause.rstrip().endswith(":"):
        return CitationRole.ATTRIBUTION  # a headline "Kim, Xi agree to strengthen ties: KCNA"
    return cued or _uncued_role(folded, m, clause, line_start == 0)


def _shared_dateline_bracket(doc: FoldedDoc, m: Mention) -> bool:
    """Two wires in a dateline's bracket (``Khartoum, October 29 (ANI/Sputnik):``), not a
    picture's ``REUTERS/KCNA``."""
    folded = doc.folded
    shared = P.SHARED_BRACKET_HEAD.search(folded, max(0, m.start - P.CUE_BEFORE_REACH), m.start) \
        or (folded[m.start - 1:m.start] == "(" and P.SHARED_BRACKET_TAIL.match(folded, m.end))
    return bool(shared) and is_dateline(doc, m)


def _wrapped_clause_role(doc: FoldedDoc, m: Mention, line_start: int) -> CitationRole | None:
    """The role the end of the line above gives a name opening its line, when that line breaks
    off inside a sentence (a hard-wrapped page: ``… told\nReuters on Monday``)."""
    if line_start == 0 or not opens_line(doc, line_start, m.start):
        return None
    above = doc.folded[max(0, line_start - P.CUE_WINDOW):line_start - 1]
    if not above[-1:].isalpha():
        return None  # the line above ends a sentence, a heading or a caption
    role = clause_role(above + " ")
    return role if role in (CitationRole.INTERVIEW, CitationRole.ATTRIBUTION) else None


def _credits_the_headline(doc: FoldedDoc, m: Mention, line_end: int) -> CitationRole | None:
    """A headline ending in a dash and the wire: more words than a dateline's place (and date).

    Glued to the wire, as Reuters writes it (``North Korea fires missile -Yonhap``), the
    headline quotes it; spaced, in Latin letters (``… on midlands region – dpa international``,
    ``… Says ACA D-G - Bernama``), the wire is the page's source, its credit. A page that opens
    with a photo's caption ends the caption's last sentence before the dash (``… yesterday. –
    KUNA``), and an Arabic caption may not (``… (أرشيفية) - أ ف ب``): neither is a headline.
    """
    if m.start > P.HEADLINE_REACH:
        return None  # longer than a headline (and a one-line page is read no further)
    before = doc.folded[:m.start]
    spaced = before.rstrip(" ")
    suffix = spaced != before and CR.ARABIC_LETTER.search(spaced) is None \
        and not spaced.rstrip("-–—― ").endswith(tuple(P.SENTENCE_END))
    if suffix:
        before = spaced
    kind = C.AGENCY_KIND_AFTER.match(doc.folded, m.end)  # … raid - WAFA news agency
    if not before.endswith((" -", " –", " —", " ―")) or P.CLOSING.fullmatch(
            doc.folded, kind.end() if kind else m.end, line_end) is None:
        return None
    lead = before.rstrip("-–—― ")
    if line_end >= doc.content_end or lead.startswith("و") or C.REPORTING_VERB.search(lead) \
            or lead_tokens(lead) > P.MAX_HEADLINE_TOKENS:
        return None  # a story of one paragraph signed "… الأسبوع المقبل - رويترز"
    # a dateline's lead is a place, or a place and a date (رام الله 10-2-2023 - وفا)
    dated = any(map(str.isdigit, lead))
    if lead_tokens(lead) <= (P.MAX_LEAD_TOKENS if dated else P.MAX_HEADLINE_PLACE_TOKENS):
        return None
    return CitationRole.CREDIT if suffix else CitationRole.ATTRIBUTION


def _uncued_role(folded: str, m: Mention, clause: str, first_line: bool) -> CitationRole:
    """No cue right before the name: a source only if a reporting verb stands near it.

    A name that no verb of reporting touches is what the sentence is about (``تحيي وكالة
    الأناضول``, ``لتأسيس وكالة الأنباء``, a headline): counting it a source was the main error
    on real articles about agencies.
    """
    if S.OWNER_BEFORE_AR.search(clause) or S.NOT_PUBLISHED_AFTER.match(folded, m.end):
        # وقال نائب رئيس شينخوا: its deputy head speaks; رويترز لم تنشر: a fake pinned on it
        return CitationRole.SUBJECT
    if clause.endswith("ل") and C.HEADLINE_COLON.match(folded, m.end):
        return CitationRole.INTERVIEW  # صلاح لـ"فرانس برس": لم أفكر في الاعتزال (a headline)
    if not clause.strip() and C.QUOTING_AFTER.match(folded, m.end):
        return CitationRole.ATTRIBUTION  # رويترز عن مسؤول مصري: …
    that = SP.THAT_AFTER.match(folded, m.end) is not None \
        or SP.SENTENCE_ENDS_AFTER.match(folded, m.end) is not None or (
        SP.TOLD_BEFORE.search(clause) is not None
        and SP.THAT_WITH_PRONOUN_AFTER.match(folded, m.end) is not None)
    if that and SP.INFORMED_OBJECT_BEFORE.search(clause) \
            and C.STAFF_BEFORE.search(clause) is None:  # أفاد مراسل الجزيرة بأن: its reporter
        # أفادت رئاسة الجمهورية وكالة فرانس برس أنّ: the presidency told the agency (a subject
        # stands between the verb and the name; right after the verb the agency reports)
        return CitationRole.INTERVIEW
    if C.ATTRIBUTION_CUES_LOOSE.search(clause.rstrip("ل")):
        return CitationRole.ATTRIBUTION  # also ذكر مراسل الجزيرة: its correspondent reported
    # (Arabic only: an English verb before a comma opens a quotation, 'said, "Anadolu Agency is')
    if not clause.strip(" ل") and CR.ARABIC_LETTER.match(folded, m.name_start) \
            and _previous_clause_ends(folded, m, C.ATTRIBUTION_CUES_LOOSE):
        return CitationRole.ATTRIBUTION  # قالت اليوم الأحد، وكالة « رويترز »
    if (clause.strip() == "ل" and _previous_clause_ends(folded, m, SP.INTERVIEW_NOUN_DATIVE)) or (
            not clause.strip() and _previous_clause_ends(folded, m, SP.INTERVIEW_LATIN)):
        # خلال حديث “بوروي”، للأناضول: the talk was to the agency; "In an interview with the
        # Russian news agency, RIA Novosti,": its name in apposition
        return CitationRole.INTERVIEW
    if (not clause.strip() or CR.TIME_LEAD.fullmatch(clause) or is_flag(clause)) \
            and (first_line or P.AGENCY_WORD_OPENS.match(folded, m.start)) \
            and C.HEADLINE_COLON.match(folded, m.end):
        return CitationRole.ATTRIBUTION  # a headline quoting the agency: "سانا": الدفاعات …
    if (C.RECEIVED_BEFORE.search(clause) and C.COPY_AFTER.match(folded, m.end)) or (
            C.MANAGED_BEFORE.search(clause) and C.VERIFY_AFTER.match(folded, m.end)):
        return CitationRole.ATTRIBUTION  # تلقت وكالة فرانس برس نسخة منه, تمكنت رويترز من تأكيد
    if C.FROM_ALONE.fullmatch(clause) and C.QUOTING_IN_SENTENCE.search(
            folded, max(0, m.start - P.SENTENCE_REACH), m.start):
        return CitationRole.ATTRIBUTION  # نقلت صحيفة "…"، في عددها الصادر اليوم، عن وكالة
    if C.AMONG_THEM.fullmatch(clause) and _previous_clause_ends(folded, m, C.SAID_BEFORE):
        return CitationRole.ATTRIBUTION  # وذكرت وسائل إعلام محلية، بينها وكالة الأنباء البحرينية
    staff = _staff_role(folded, m, clause)
    if staff is not None:
        return staff  # شاهد مراسل وكالة, an AFP journalist saw; an AP photographer says
    if S.OWNER_BEFORE.search(clause):
        return CitationRole.SUBJECT  # Director of SONNA, X said: the director speaks
    if C.REPORTED_AFTER.match(folded, m.end) or C.REPORTED_PAST_ASIDE.match(folded, m.end):
        return CitationRole.ATTRIBUTION
    return CitationRole.SUBJECT


def _spoken_to_past_an_aside(folded: str, m: Mention, clause: str,
                             cued: CitationRole | None) -> bool:
    """``وقال زياد وهو مصري يبلغ من العمر 16 عاما لوكالة فرانس برس "كنت …"``: a dative name,
    what was said opening right after it (or said before it, the dative closing the sentence
    after an aside: ``حسبما قال فلان، وهو …، لوكالة فرانس برس.``), and a speech verb earlier in
    the sentence (``cued``: the role :func:`clause_role` reads from ``clause``, read once by
    the caller)."""
    if not clause.endswith("ل") or not (SP.SPEECH_OPENS_AFTER.match(folded, m.end) or (
            clause.strip() == "ل" and SP.SENTENCE_ENDS_AFTER.match(folded, m.end))):
        return False
    tail = clause.rstrip("ل").rstrip() + " "
    if C.ACCORDING_TO.search(tail) or S.DENIED_REPORT_BEFORE.search(tail) \
            or cued is CitationRole.ATTRIBUTION:
        # وقال الملك - وفقا لوكالة …, خبر منسوب لوكالة, ذكر بيان … ورد لوكالة: the nearest
        # cue wins
        return False
    sentence = folded[max(0, m.start - P.SENTENCE_REACH):m.start]
    return SP.SPEECH_VERB_IN_SENTENCE.search(sentence) is not None


def _staff_role(folded: str, m: Mention, clause: str) -> CitationRole | None:
    """What the agency's staff did: saw (``شاهد مراسل وكالة``, ``an AFP journalist saw``,
    ``شاهد من رويترز``) or said (``وكشف مراسل وكالة``, ``an AP photographer says``): either way
    the agency is the source of what they report, an attribution; None when they did neither.

    What its staff saw is the agency's own claim, not a witness in the seed's sense (present
    where others made the claims, ``حضرته وكالة``); every real-sample labeller read it so. Staff
    that neither saw nor said anything are what the sentence is about (``قتل صحافي وكالة``).
    """
    before = C.STAFF_BEFORE.search(clause)
    after = None if before else C.STAFF_AFTER.match(folded, m.end)
    if before is None and after is None:
        return None
    if C.WITNESS_NOUNS.search(before.group() if before else after.group()):  # type: ignore[union-attr]
        return CitationRole.ATTRIBUTION
    earlier = clause[:before.start()] + " " if before is not None else ""
    # "أعلنت النقابة إضرابا تضامنيا مع مراسل وكالة …": a verb that far away is someone else's
    near = " ".join(earlier.split()[-C.STAFF_VERB_REACH:]) + " "
    resume = after.end() if after else m.end
    if C.SEEN_BEFORE.search(earlier) or C.SEEN_AFTER.match(folded, resume):
        return CitationRole.ATTRIBUTION
    if before is not None and before.group().lstrip().startswith("ل") \
            and C.SAID_BEFORE.search(near):
        return CitationRole.INTERVIEW  # وذكر شهود عيان لمراسل (بترا): they told its reporter
    if C.SAID_BEFORE.search(near) or C.SAID_AFTER.match(folded, resume) \
            or (before is not None and C.STAFF_COLON_AFTER.match(folded, resume)):
        return CitationRole.ATTRIBUTION  # … مراسل رويترز في عرفات: آلاف الحجاج (a live blog)
    return None


def _previous_clause_ends(folded: str, m: Mention, cue: re.Pattern[str]) -> bool:
    """Whether the clause before the mention's own, joined to it by a comma, ends in ``cue``
    (a reporting verb and a time or two; an interview noun and who gave it)."""
    window = folded[max(0, m.start - P.CUE_WINDOW - C.MAX_ASIDE):m.start]
    breaks = list(P.CLAUSE_BREAK.finditer(window))
    if not breaks or window[breaks[-1].start()] not in "،,":
        return False  # only a comma joins the verb to its subject
    if len(breaks) > 1 and window[breaks[-2].start()] in "،," and C.TIME_ASIDE.fullmatch(
            window, breaks[-2].end(), breaks[-1].start()):
        breaks.pop()  # ونقلت، أمس، وكالة: the time between commas is an aside
    before = window[breaks[-2].end() if len(breaks) > 1 else 0:breaks[-1].start()]
    return cue.search(before + " ") is not None


def clause_role(clause: str) -> CitationRole | None:
    """Read the role from the words just before the name, in the same clause (None: no cue)."""
    # (the bracket of the name itself may be glued to the cue: بحسب(واس))
    tail = clause.rstrip("ل").rstrip().rstrip("(").rstrip() + " "
    if S.DENIED_REPORT_BEFORE.search(tail):
        return CitationRole.SUBJECT  # أوبك تنفي تقرير رويترز: the report is denied, not cited
    if C.COOPERATION_BEFORE.search(tail):
        return CitationRole.CREDIT  # بالتعاون مع رويترز
    if C.ACCORDING_TO.search(tail):
        return CitationRole.ATTRIBUTION  # "قال الملك - وفقا لوكالة …": the nearest cue wins
    dative = clause.endswith("ل") or SP.DATIVE_WORD.search(tail) is not None
    if (dative and SP.ARRIVED_BEFORE_DATIVE.search(tail)) or SP.STATEMENT_REACHED.search(tail):
        # بيان ورد لوكالة, في بيان وصل الأناضول: the statement reached the reader through the
        # agency (as تلقته)
        return CitationRole.ATTRIBUTION
    if dative and SP.SPEECH_BEFORE_DATIVE.search(tail):
        return CitationRole.INTERVIEW
    if SP.INTERVIEW_NOUN_WITH.search(tail) or (dative and SP.INTERVIEW_NOUN_DATIVE.search(tail)):
        return CitationRole.INTERVIEW
    if SP.INTERVIEW_LATIN.search(tail) or SP.MET_BY_BEFORE.search(tail) \
            or SP.ANSWERING_BEFORE.search(tail):
        return CitationRole.INTERVIEW
    if C.ATTRIBUTION_CUES.search(tail):
        return CitationRole.ATTRIBUTION
    if C.WITNESS_CUES.search(tail):
        return CitationRole.WITNESS
    if S.SUBJECT_CUES.search(tail) and not C.STAFF_AT_OFFICE.search(tail):
        return CitationRole.SUBJECT
    if SP.RECIPIENT_CUES.search(tail) or (dative and SP.RECIPIENT_VERBS.search(tail)):
        return CitationRole.RECIPIENT
    return None
