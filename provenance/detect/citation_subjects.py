"""Subject cues of the citation detector: the words that make an agency what a story is about.

An agency whose office was closed, whose report was denied, whose director speaks or which is
accused of spreading falsehoods is the story's subject (or the body its speaker is named by),
not the source of what is reported. Split from :mod:`provenance.detect.citation_cues` and
written the same way: tables in ordinary spelling folded once at import, every repetition
bounded so the patterns stay linear. The rules that read them are in
:mod:`provenance.detect.citation_roles` and :mod:`provenance.detect.citation_lines`.
"""

from __future__ import annotations

import re

from provenance.detect.citation_patterns import cue_alternation, fold

#: After the name, what was done to the agency (``was banned``) or what it is blamed for
#: spreading: the story is about it, not reported through it.
SUBJECT_AFTER = re.compile(
    r"\s{1,3}(?:was|were|has\s{1,3}been|had\s{1,3}been|is\s{1,3}being|have\s{1,3}been)\s{1,3}"
    r"(?:banned|blocked|expelled|closed|shut|sued|raided|fined|suspended|hacked|attacked|targeted)\b"
    # accused of spreading falsehoods (وكالة الأنباء الجزائرية تنشر أخبارا مزيفة): what it is
    # blamed for is not reported through it
    r"|\s{1,3}(?:" + fold("ال") + r"\S{2,12}" + fold("ية") + r"\s{1,3})?(?:" + cue_alternation((
        "تنشر", "نشرت", "تروج", "روجت", "تبث", "بثت", "تختلق", "اختلقت")) + r")\s{1,3}(?:(?:"
    + cue_alternation(("أخبار", "أخبارا", "معلومات", "ادعاءات", "روايات", "تصريحات"))
    + r")\s{1,3}(?:"
    + cue_alternation(("مزيفة", "زائفة", "كاذبة", "مغلوطة", "مفبركة", "مضللة")) + r")|(?:"
    + cue_alternation(("أكاذيب", "افتراءات", "مغالطات", "الأكاذيب", "لأكاذيب")) + r"))(?=\s|$)"
)
#: Who the agency belongs to is speaking (``وقال نائب رئيس شينخوا``, ``مدير وكالة``): the
#: person is the source, the agency what they are named by.
OWNER_BEFORE_AR = re.compile(
    r"(?:^|\s)[وفل]?(?:" + cue_alternation(("رئيس", "رئيسة", "مدير", "مديرة", "المدير العام",
                                          "نائب رئيس", "نائب مدير", "رئيس تحرير",
                                          "رئيس مجلس إدارة")) + r")\s{1,3}$")
#: The agency as a place or a body (``مقر``, ``مكتب``, ``مدير``, ``صحفيي``): what the sentence is
#: about, before its name or its bracketed name.
PLACE_AND_BODY_NOUNS_AR = ("مكتب", "مكاتب", "مقر", "مبنى", "واجهة", "دور", "مدير", "مديرة",
                           "موظفي", "صحفيي", "صحافيي")
#: The agency is what the story is about (``أغلقت السلطات مكتب وكالة``), in the words before
#: its name.
SUBJECT_CUES = re.compile(
    "(?:" + cue_alternation((
        "أغلقت", "أغلق", "إغلاق", "حظر", "حظرت", "حجب", "حجبت", "طرد", "طردت", "اعتقال",
        "اعتقلت", "احتجاز", "مقتل", "استهداف", "اقتحام", "مداهمة", "داهمت", "ترخيص", "تراخيص",
        "مقاضاة", "دعوى ضد", "رئيس تحرير", "انتقد", "انتقدت", "هاجم", "هاجمت", "اتهم", "اتهمت",
        "اختراق", "قرصنة", "تعرض", "تعرضت", "نعت", "تنعى", "رئيسة تحرير", "مؤسسة",
        *PLACE_AND_BODY_NOUNS_AR,
    )) + r")\s{1,3}(?:\S{1,20}\s{1,3}){0,2}$"
    r"|\b(?:shut|closed?|closure\s{1,3}of|banned?|raided|blocked|expelled|arrested|detained"
    r"|killed|sued|suspended|office\s{1,3}of|offices\s{1,3}of|bureau\s{1,3}of"
    r"|journalists?\s{1,3}(?:of|for|from)|accused|criticized|criticised|owns|owner\s{1,3}of"
    r"|parent\s{1,3}of)\s{1,3}(?:\S{1,20}\s{1,3}){0,1}$",
    re.IGNORECASE,
)
#: Verbs of denying (``نفى``, ``كذبت``, ``تفند``).
DENIAL_VERBS_AR = ("نفى", "نفت", "ينفي", "تنفي", "نفي", "كذب", "كذبت", "يكذب", "تكذب", "فند",
                   "فندت", "يفند", "تفند")
#: A report denied (``أوبك تنفي تقرير رويترز``, ``denied a Reuters report``): the agency's
#: report is what the story is about, not its source.
DENIED_REPORT_BEFORE = re.compile(
    r"(?:^|\s)[وف]?(?:" + cue_alternation(DENIAL_VERBS_AR)
    + r")(?:\s{1,3}\S{1,20})?\s{1,3}(?:" + cue_alternation(("تقرير", "تقريرا", "تقارير", "خبر",
                                                            "خبرا", "أنباء"))
    + r")\s{1,3}$"
    # الكرملين ينفي ما نشرته بلومبيرغ, نفى … صحة تقرير نشرته وكالة: the report is denied
    r"|(?:^|\s)[وف]?(?:" + cue_alternation(DENIAL_VERBS_AR)
    + r")(?:\s{1,3}[^\s.،,]{1,20}){0,4}?\s{1,3}(?:" + cue_alternation(("صحة", "صحه"))
    + r"\s{1,3})?(?:"
    + cue_alternation(("ما", "تقرير", "تقريرا", "خبر", "خبرا", "تقارير", "أنباء")) + r")\s{1,3}(?:"
    + cue_alternation(("نشرته", "نشرتها", "أوردته", "أوردتها", "ذكرته", "بثته", "نقلته"))
    + r")\s{1,3}$"
    # خبر منسوب لوكالة الأنباء: a report put in the agency's mouth, the story's topic
    r"|(?:^|\s)(?:" + cue_alternation(("منسوب", "منسوبا", "منسوبة", "المنسوب", "المنسوبة"))
    + r")\s{1,3}$"
    # نفى المتحدث صحة ما نشرته وكالة: what the agency published is denied
    r"|(?:^|\s)(?:" + cue_alternation(("صحة", "صحه")) + r")\s{1,3}(?:" + cue_alternation((
        "ما نشرته", "ما أوردته", "ما ذكرته", "ما بثته", "ما نقلته")) + r")\s{1,3}$"
    r"|\b(?:denied|denies|dismissed|dismisses|refuted|refutes|rejected|rejects)\s{1,3}"
    r"(?:a|an|the)\s{1,3}$",
    re.IGNORECASE,
)
#: The agency did not publish it (``وكالة الأنباء الجزائرية لم تنشر خبر …``, ``الحقيقة أن رويترز
#: لم تنشر هذه المعلومات``): a fact-check's subject, not its source.
NOT_PUBLISHED_AFTER = re.compile(
    r"[^\S\n]{0,3}[\"”»)]?[^\S\n]{0,3}" + fold("لم") + r"[^\S\n]{1,3}(?:"
    + cue_alternation(("تنشر", "تبث", "تصدر", "تورد", "ينشر", "يبث")) + r")(?=[\s،,.]|$)")
#: Nouns of the agency as a place or a body right before its bracketed name (``في مقر (كونا)``,
#: ``دور (واع)``): what the sentence is about, not a credit closing it.
SUBJECT_NOUN_BEFORE_BRACKET = re.compile(
    r"(?:^|\s)[وفبل]?(?:" + cue_alternation(PLACE_AND_BODY_NOUNS_AR) + r")\s{0,3}\(\s{0,2}$"
)
#: Who the agency belongs to is speaking, not the agency (``Director of SONNA, X said``).
OWNER_BEFORE = re.compile(
    r"\b(?:director|head|chief|editor|president|chairman|chairwoman|manager|employees?|staff"
    r"|workers?)(?:\s{1,3}(?:general|in\s{1,3}chief))?\s{1,3}of\s{1,3}(?:the\s{1,3})?$",
    re.IGNORECASE,
)
