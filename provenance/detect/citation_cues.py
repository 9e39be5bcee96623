"""Role cues of the citation detector: the words around an agency's name that tell its role.

Split from :mod:`provenance.detect.citation_patterns` (context words, dateline and credit
shapes, name forms), which holds the folding these tables are written through. Each table is
written in ordinary spelling and folded once, at import; every pattern runs on one line or one
clause and every repetition is bounded, so they stay linear on adversarial input. The cues of
speech, interviews and letters (the agency spoken or written to) are in
:mod:`provenance.detect.citation_speech`, those of the agency as the story's subject in
:mod:`provenance.detect.citation_subjects`. The rules that read them are in
:mod:`provenance.detect.citation_roles` and :mod:`provenance.detect.citation_lines`.
"""

from __future__ import annotations

import re

from provenance.detect.citation_patterns import MONTH_WORDS, cue_alternation, fold
from provenance.detect.citation_speech import SPEECH_VERBS

#: The agency attended the event the claims were made at (``مؤتمر صحافي حضرته وكالة``).
WITNESS_CUES = re.compile(
    "(?:" + cue_alternation(("حضرته", "حضرها", "حضره", "حضرتها", "تابعته", "تابعتها", "بحضور",
                          "شارك فيه", "شاركت فيه"))
    + r"|\battended\s{1,3}by|\bin\s{1,3}the\s{1,3}presence\s{1,3}of)"
    r"(?:\s{1,3}\S{1,20}){0,2}\s{1,3}$",
    re.IGNORECASE,
)
#: Verbs an agency (feminine in Arabic) reports with, when it is their subject (``ذكرت وكالة``).
AGENCY_REPORTING_VERBS_AR = (
    "ذكرت", "نقلت", "أفادت", "أوردت", "قالت", "أعلنت", "نشرت", "بثت", "كشفت", "أكدت", "أشارت",
    "أوضحت", "تقول", "زعمت", "ادعت", "تدعي", "تزعم", "تحدثت", "كتبت", "لفتت",
    # ولم توضح "إيرنا" في تفاصيل الخبر: did not explain, still its report
    "توضح",
    # its own reading of events: ووصفت (شينخوا) العلاقات بأنها …
    "وصفت",
    # ولم تشر (الأناضول) إلى: did not report, still its report
    "تشر",
    # what the agency itself saw or counted: اطلعت وكالة … على نص الرسالة, أحصت وكالة
    "اطلعت", "أحصت", "استطلعت",
    # what it estimated or verified: وقدّرت وكالة … عدد الآليات, تحققت وكالة فرانس برس من
    "قدرت", "تحققت",
    # what the agency itself asserted against others: كذبت وكالة سانا, فندت, اتهمت
    "كذبت", "فندت", "اتهمت", "استهجنت", "استنكرت",
    # ... and in a headline's present tense: وكالة المغرب العربي للأنباء تستهجن …
    # (not تكذب, which also means "lies", nor تنفي: "تنفي نشرها" is a hacked agency's topic)
    "تفند", "تتهم", "تستهجن", "تستنكر",
    # a headline's present tense: «بلومبرج» تكشف …
    "تكشف", "تؤكد", "تنقل", "تفيد", "تذكر", "تنشر",
)
#: "According to" and its kin (``بحسب``, ``وفقا لـ``, ``نقلا عن``).
ACCORDING_TO_AR = ("بحسب", "حسب", "وفق", "وفقا", "وفقاً", "طبقا", "نقلا عن", "نقلاً عن")
#: "According to" right before the name: the source, even after a speech verb further back.
ACCORDING_TO = re.compile(
    r"(?:^|[\s\-–—―(])[وف]?(?:" + cue_alternation(ACCORDING_TO_AR)
    + r")\s{1,3}(?:ل\s?)?"
    # ووفقا لصحافيين من وكالة: according to the agency's own journalists, or its correspondent
    # itself (وبحسب مراسل "سبوتنيك")
    + r"(?:(?:" + cue_alternation(("صحافيين", "صحفيين", "مراسلين", "مصورين", "مراسل", "مراسلة",
                                  "صحافي", "صحفي", "مصور", "مصورة", "صحافيي", "صحفيي", "مراسلي",
                                  "مصوري"))
    + r")\s{1,3}(?:(?:" + cue_alternation(("من", "في", "لدى")) + r")\s{1,3})?"
    # ووفقا لبيانات «بلومبرج»: according to its data
    + r"|(?:" + cue_alternation(("بيانات", "أرقام", "تقديرات", "إحصاءات", "معطيات", "حسابات",
                                 "تقرير", "تقارير", "مسح", "مسوح", "استطلاع", "مصادر"))
    + r")\s{1,3}(?:" + cue_alternation(("موقع", "منصة")) + r"\s{1,3})?)?"
    # (a quote before the name: وفق ''رويترز'', written with two apostrophes)
    + r"(?:[\"'«“]\s{0,2})?$"
)
#: Right before the name, these make it the reporting source (``ذكرت وكالة``, ``according to``).
ATTRIBUTION_CUES = re.compile(
    "(?:" + cue_alternation((
        *AGENCY_REPORTING_VERBS_AR, *ACCORDING_TO_AR,
        "بحسب ما ذكرت", "بحسب ما نقلت", "حسبما ذكرت", "وفق ما ذكرت", "على ما ذكرت", "أوردته",
        # البيان الصادر عن وكالة: issued by it
        "الصادر عن", "الصادرة عن",
        # what it condemned or demanded itself, only right before its name, where it is the
        # verb's subject (طالبت وكالة فرانس برس بإجراء تحقيق): further back the verb is
        # someone else's (أدانت النقابة الاعتداء على مصور وكالة)
        "أدانت", "نددت", "طالبت", "دعت", "ناشدت",
        "ذكرته", "نقلته", "نشرته", "أفادت به", "نقلت عنه", "رصدته", "رصدتها", "علمته", "علمتها",
        # بحسب ما ورد في وكالة, وفق ما جاء في: what appeared in it
        "ورد في", "وردت في", "جاء في", "نشر في",
        # نسبت وكالة بلومبيرغ إلى متعاملين: right before the name only ("الوكالة والتي نسبت
        # أخبارها" is said of it)
        "نسبت",
        "اطلعت عليه", "اطلعت عليها", "حصلت عليه", "حصلت عليها", "تحققت منه", "تحققت منها",
        # بيان حصلت وكالة الأنباء الألمانية على نسخة منه: the agency obtained it
        "حصلت",
        # بيان تلقته وكالة: the statement came to the reader through the agency
        "تلقته", "تلقتها", "تلقت نسخة منه", "تلقت نسخة منها", "توصلت به", "توصلت بها",
        # إحصاء أجرته وكالة, مسح أعدته: a count or survey the agency made is its finding
        "أجرته", "أجرتها", "أعدته", "أعدتها", "جمعتها", "جمعها",
    )) + r")\s{1,3}(?:ل\s?)?(?:\(\s?)?$"
    # ونقلت صحيفة عكاظ عن وكالة: a paper quoting the agency, which is the source beneath it
    r"|(?:^|\s)[وف]?(?:" + cue_alternation(("نقلت", "نقل", "نقلوا", "نقلا", "نقلاً"))
    + r")(?:\s{1,3}[^\s،,.:؛]{1,20}){0,3}\s{1,3}" + fold("عن") + r"\s{1,3}$"
    r"|\b(?:according\s{1,3}to(?:\s{1,3}(?:(?:the|a|an)\s{1,3})?(?:tweets?|posts?|reports?|statements?"
    r"|data|figures)\s{1,3}(?:by|of|from))?|reported|reports|reporting|citing|cited|quoted\s{1,3}by"
    r"|said|says|via|per|wrote|report(?:ed|ing)\s{1,3}by|told\s{1,3}by"
    r"|quoted\s{1,3}as\s{1,3}saying\s{1,3}by|(?:carried|published|seen|issued|verified|confirmed"
    r"|obtained|released|distributed|polled|surveyed|shared|posted|tweeted|provided)\s{1,3}by"
    r"|(?:carried|published|posted)\s{1,3}(?:on|in)"
    r"|quot(?:es|ing)"
    # a count the agency made: according to a tally by, a survey conducted by
    r"|(?:tally|count|survey|poll|analysis|calculations?|estimates?|review)"
    r"\s{1,3}(?:(?:conducted|compiled|carried\s{1,3}out)\s{1,3})?by"
    r"|referring\s{1,3}to)\s{1,3}"
    # ... and the second of two sources the cue names ("per the BBC and the AP")
    r"(?:(?:the\s{1,3})?(?-i:[A-Z])[\w'’-]{1,20}(?:\s{1,3}(?-i:[A-Z])[\w'’-]{1,20})?"
    r"\s{1,3}(?:and|or)\s{1,3})?"
    # ... past a possessive and a kind: "a statement carried by Iran’s state-run IRNA"
    r"(?:the\s{1,3})?(?:(?-i:[A-Z])[\w-]{1,20}['’]s\s{1,3})?"
    r"(?:(?:official|state|state-run|state-owned|national|semi-official"
    r"|[a-z]{2,20}-(?:run|controlled|backed|owned|affiliated))\s{1,3})?$",
    re.IGNORECASE,
)
#: Verbs of reporting that make an agency the source when they stand near its name: right
#: before it (loosely: ``وقالت ''سانا''``), or right after it (``وكالة الأنباء القطرية أفادت``).
REPORTING_VERBS_AR = (
    *AGENCY_REPORTING_VERBS_AR, "نفت", "أضافت", "تابعت", "أفاد", "ذكر", "نقل", "قال",
)
#: A post footer's handle after the display name (``— Reuters (@Reuters) May 1, 2020``).
POST_FOOTER_AFTER = re.compile(r"[\s\u200f\u200e]{0,3}\(\s?@\w{1,15}\s?\)")
#: The agency's own staff on the scene (``شاهد مراسل وكالة``, ``an AFP journalist saw``): what
#: they saw or said is the agency's own report.
STAFF_NOUNS_AR = ("مراسل", "مراسلة", "مراسلو", "مراسلي", "مراسلون", "مصور", "مصورو", "مصوري",
                  "مصورون", "صحفي", "صحافي", "صحفيو", "صحافيو", "فريق", "شاهد من", "شهود من")
STAFF_BEFORE = re.compile(
    # ... and a preposition between (صحافي في فرانس برس, مراسل من رويترز), past what the team
    # does (فريق تقصي صحة الأخبار في), or its office (صحافيو مكتب وكالة)
    r"(?:^|\s)[وفل]?(?:" + cue_alternation(STAFF_NOUNS_AR) + r")(?:(?:\s{1,3}[^\s.،,]{2,12}){0,3}"
    r"\s{1,3}(?:" + cue_alternation(("في", "من", "لدى")) + r")|\s{1,3}" + fold("مكتب")
    + r")?\s{0,3}[(\"'“”«»]?\s{0,2}$"
    r"|\b(?:correspondents?|reporters?|journalists?|photographers?|spokes(?:person|man|woman))"
    r"\s{1,3}(?:for|with|of)"
    r"\s{1,3}(?:the\s{1,3})?$",
    re.IGNORECASE,
)
STAFF_AFTER = re.compile(
    # (its spokesperson speaks for it: "A Reuters spokesperson said"; an ambiguous name needs
    # other context first, so "PTI spokesman" of the party is never read so)
    r"['’]?s?\s{1,3}(?:correspondents?|reporters?|journalists?|photographers?|team|witness(?:es)?"
    r"|spokes(?:person|man|woman))\b",
    re.IGNORECASE,
)
#: Staff make the agency a source only when they saw or reported something (``شاهد مراسل``,
#: ``an AFP journalist saw``); otherwise they are what the sentence is about (``قتل صحافي وكالة``).
PERCEPTION_VERBS_AR = ("شاهد", "شاهدت", "شاهدوا", "رأى", "رأت", "عاين", "عاينت", "رصد", "رصدت",
                       "أحصى", "أحصت", "سمع", "سمعت", "التقط", "التقطت", "وثق", "وثقت", "لاحظ",
                       "لاحظت")
#: Nouns of staff who saw by themselves (``شاهد من رويترز``, ``Reuters witnesses``).
WITNESS_NOUNS = re.compile(
    r"(?:^|\s)[وفل]?(?:" + cue_alternation(("شاهد من", "شهود من")) + r")|\bwitness(?:es)?\b",
    re.IGNORECASE,
)
_SEEING = cue_alternation(PERCEPTION_VERBS_AR)
# (its fact-check team "verified", تحقق فريق تقصي صحة الأخبار في وكالة … منها)
_SAYING = cue_alternation((*REPORTING_VERBS_AR, *SPEECH_VERBS, "تحقق"))
#: Before the staff noun, or a few words after the name: what the staff did, seeing (``شاهد
#: مراسل``, ``an AFP journalist saw``) or saying (``وكشف مراسل وكالة``, ``an AP photographer
#: says``); either makes the agency the source.
# (with its object's pronoun: بحسب ما شاهده مراسل)
SEEN_BEFORE = re.compile(r"(?:^|\s)[وف]?(?:" + _SEEING + r")(?:ه|ها)?\s", re.IGNORECASE)
SAID_BEFORE = re.compile(r"(?:^|\s)[وف]?(?:" + _SAYING + r")\s", re.IGNORECASE)
#: Most words between a verb of saying and the staff noun it has as subject (``وذكر شهود عيان
#: لمراسل``).
STAFF_VERB_REACH = 3
_STAFF_VERB_AFTER = r"(?:[^\S\n]|[)\"'“”«»،,]){0,4}(?:[^\s،,.:;]{1,20}[^\S\n]{1,3}){0,4}?"
SEEN_AFTER = re.compile(
    _STAFF_VERB_AFTER + r"(?:[وف]?(?:" + _SEEING + r")(?=[\s،,:.]|$)"
    r"|(?:saw|seen|witnessed|counted|observed|heard|spotted|photographed|filmed|found)\b)",
    re.IGNORECASE,
)
SAID_AFTER = re.compile(
    _STAFF_VERB_AFTER + r"(?:[وف]?(?:" + _SAYING + r")(?=[\s،,:.]|$)"
    r"|(?:reported|reports|said|says|wrote|confirmed|told)\b)",
    re.IGNORECASE,
)
#: Its reporter's place and a colon after the name (``مراسل رويترز في عرفات: …``): what they
#: report follows.
STAFF_COLON_AFTER = re.compile(
    r"(?:[^\S\n]{1,3}(?:" + fold("في|من") + r")[^\S\n]{1,3}[^\s:،,.]{1,20}"
    r"(?:[^\S\n][^\s:،,.]{1,20})?)?[^\S\n]{0,2}:[^\S\n]{0,3}\S")
#: Nouns of a report the agency made (``في تقرير لوكالة``, ``استطلاع أجرته``).
REPORT_NOUNS_AR = ("تقرير", "تقريرا", "برقية", "برقيات", "استطلاع", "إحصاء", "إحصائية", "تحقيق",
                   "تحليل", "حصيلة", "إعلان", "مسح", "مسوح", "حسابات", "بث مباشر", "رصد")
#: ``قالت``, ``ونقلت "…``, ``أفادت مصادر … لـ``: a reporting verb a few words before the name.
ATTRIBUTION_CUES_LOOSE = re.compile(
    r"(?:^|\s)(?:[وف]?(?:" + cue_alternation(REPORTING_VERBS_AR) + r")|[وفب]?(?:"
    + cue_alternation(REPORT_NOUNS_AR) + r"))"
    r"(?:ه|ها|هم)?(?:\s{1,3}(?!(?:ان|بان|انه|انها)(?:\s|$))[^\s:\"'“”«»]{1,20}){0,2}"
    r"[\s\"'“”«»(/]{0,4}$"  # (… وكالة أنباء /تاس/: slashes for quotation marks)
    r"|\b(?:according\s{1,3}to|reported|reports|said|says|citing|cited|quoted|selon|d['’]apr[eè]s"
    r"|seg[uú]n|laut)\b(?:\s{1,3}(?!that\b)[^\s:\"“”«»]{1,20}){0,2}[\s'’\"“”«»]{0,4}$"
    # (according to the official Iranian agency IRNA: a third word of what the wire is)
    r"|\b(?:according\s{1,3}to|citing|quoting)(?:\s{1,3}[^\s:\"“”«»]{1,20}){3}[\s'’\"“”«»]{0,4}$",
    re.IGNORECASE,
)
#: Right after the name, a verb of reporting that it is the subject of (``(WAM) reported``,
#: ``Reuters reporters said``, ``وكالة الأنباء الرسمية "واس" قالت``).
REPORTED_AFTER = re.compile(
    # ... past its kind (North Korea's KCNA state news agency said)
    r"(?:[^\S\n]{1,3}(?:state|official|state-run)?[^\S\n]{0,3}news[^\S\n]{1,3}agenc(?:y|ies)(?=\s))?"
    # ... past "and" a co-subject of up to three words (SANA and social networks published)
    r"(?:\s{1,3}and(?:\s{1,3}[A-Za-z][\w'’-]{0,19}){1,3}(?=[^\S\n]))?"
    # ... a participle right after it (the National News Agency saying …: not "had made, saying")
    r"(?:[^\S\n]{1,3}(?:saying|quoting)\b|"
    # ... but not a passive ("SONNA is now quoted by") nor a person of it ("PTI leader said")
    r"(?:[^\S\n]|[)\"'“”«»،,]){0,4}(?:(?!(?:is|was|are|were|been|being|be|leader|chief|head"
    r"|chairman|president|director|minister|official|spokes\w{1,6}|members?)\s)[^\s،,.:;]{1,20}"
    # a comma may close an adjective ("وكالة فارس الإيرانية، نقلت"), but "، وقال" after it is
    # someone else going on ("هنأ فلان وكالة الأنباء بعيدها، وقال")
    r"(?:[^\S\n]{1,3}|[،,][^\S\n]{1,3}(?![وف]))){0,2}?(?:"
    # no و before the verb: "… بذكرى تأسيسها وقال" is the speaker going on, not the agency;
    # كانت وكالة "تاس" الروسية للأنباء قد أفادت: the auxiliary's قد before it
    r"(?:" + fold("قد") + r"[^\S\n]{1,3})?(?:" + cue_alternation(
        # (not ذكر: after the name it is the noun, "تتجاهل ذكر", "تجنبت وكالة … أي ذكر")
        tuple(v for v in REPORTING_VERBS_AR if v not in ("نقل", "ذكر"))) + r"|" + fold("نقل")
    + r"(?=\s(?:"
    + fold("عن|أن|إن") + r")\s))(?=[\s،,:.]|$)"
    r"|(?:reporters?\s{1,3}|correspondents?\s{1,3})?(?:reported|reports|said|says|quoted|quotes|cited"
    r"|describes|notes|states|writes|adds|explains|concludes"
    r"|added|wrote|announced|confirmed|stated|carried|citing|clarified|denied|revealed"
    r"|disclosed|tweeted|posted|published|issued"
    # what the agency found out itself: Reuters obtained a copy, the AP has learned
    r"|obtained|learned|learnt|counted|tallied|identified"
    r"|(?:was|were|has\s{1,3}been)\s{1,3}able\s{1,3}to\s{1,3}(?:independently\s{1,3})?"
    r"(?:confirm|verify|establish)"
    r"|alleged|claimed|argued|accused|asserted|insisted|noted|stressed|criticized|criticised"
    r"|alleges|claims|argues|asserts|insists|verifies|confirms|informed|informs|cites"
    # (the verb, not the adjective of "its verified Twitter account")
    r"|verified(?=\s{1,3}(?:the|that|its?|an?|this|these|those)\s)"
    r"|released(?=\s{1,3}(?:the|a|its)\s{1,3}(?:report|statement|text|details|figures|results)\b)"
    r"|condemned|denounced|slammed|warned|blasted|praised|hailed)\b"
    r"|" + cue_alternation(("نقلا عن", "نقلاً عن", "به نقل از"))
    # A Reuters/Ipsos poll, an AFP tally: what the agency counted or found
    + r"|(?:/\S{1,20}\s{1,3})?(?:poll|survey|tally|count|analysis|investigation|review"
    r"|calculation|estimate)s?\b|data\s{1,3}(?:showed|shows|show|compiled)\b"
    # ... or its own word: the TAP news agency announcement, the SPA described
    r"|(?:announcement|dispatch|described)\b))",
    re.IGNORECASE,
)
#: The agency managed to verify (``وتمكنت رويترز من تأكيد الموقع``): its own finding, as
#: ``Reuters was able to confirm``.
MANAGED_BEFORE = re.compile(r"(?:^|\s)[وف]?" + fold("تمكنت") + r"\s{1,3}$")
VERIFY_AFTER = re.compile(r"\s{1,3}" + fold("من") + r"\s{1,3}(?:" + cue_alternation((
    "تأكيد", "التأكد", "التحقق", "تحديد", "رصد", "الحصول")) + r")\b")
#: ``أما`` opening the clause of the name and a verb of reporting right after it with the ``ف``
#: that answers it (``أما وكالة الصحافة الفرنسية فنقلت عن ضابط``): the agency reports. Without
#: ``أما``, ``ف`` may open the next speaker's verb (``هنأ الوزير وكالة الأنباء فقال``).
TOPIC_BEFORE = re.compile(r"(?<!\S)" + fold("أما") + r"\s{1,3}$")
TOPIC_REPORTED_AFTER = re.compile(
    r"[^\S\n]{1,3}" + fold("ف") + "(?:" + cue_alternation(REPORTING_VERBS_AR) + r")(?=[\s،,:.]|$)")
#: Right after the name, an aside between commas and then a verb of reporting (``The Tasnim
#: News Agency, connected to the IRGC, alleged that``).
REPORTED_PAST_ASIDE = re.compile(
    r"(?:[^\S\n]{1,3}(?:news[^\S\n]{1,3})?agency)?[^\S\n]{0,2},[^,.;:\n]{3,80},[^\S\n]{1,3}"
    r"(?:reported|said|says|alleged|claimed|argued|carried|added|wrote|announced|confirmed"
    r"|stated|quoted|cited)\b"
    # ... or an Arabic relative clause (وكالة "سبأ"، التي يسيطر عليها الحوثيون، أوردت)
    r"|[\"”»)]?[^\S\n]{0,2}،[^\S\n]{0,3}(?:" + fold("التي|الذي") + r")\s[^،.:\n]{3,80}،[^\S\n]{1,3}"
    r"(?:" + fold("قد") + r"\s{1,3})?(?:" + cue_alternation(AGENCY_REPORTING_VERBS_AR)
    + r")(?=[\s،,:.]|$)"
)
#: A statement the agency received a copy of (``البيان، الذي تلقت وكالة فرانس برس نسخة منه``):
#: the verb before the name, the copy after it. "تلقت" alone may be congratulations.
RECEIVED_BEFORE = re.compile(r"(?:^|\s)[وف]?" + fold("(?:تلقت|توصلت)") + r"\s{1,3}$")
COPY_AFTER = re.compile(  # ... توصلت الوكالة الموريتانية للأنباء بنسخة منه (Maghreb usage)
    r"[\s\"”»)]{1,4}" + fold("ب?نسخة") + r"\s{1,3}(?:" + fold("منه|منها") + r")")
#: The name then "عن" opening its clause (``رويترز عن مسؤول مصري: …``): the agency quoting
#: someone, as a headline writes it.
QUOTING_AFTER = re.compile(r"[^\S\n]{1,3}" + fold("عن") + r"[^\S\n]{1,3}\S")
#: ``عن`` alone in the name's clause, and a verb of quoting earlier in the sentence (``نقلت
#: صحيفة "الشرق الأوسط"، في عددها الصادر اليوم، عن وكالة``): the paper quotes the agency.
FROM_ALONE = re.compile(r"\s{0,3}" + fold("عن") + r"\s{0,3}")
QUOTING_IN_SENTENCE = re.compile(
    r"(?:^|\s)[وف]?(?:" + cue_alternation(("نقلت", "نقل", "نقلوا")) + r")\s(?:[^.!?؟\n]){0,160}$")
#: "Among them" opening the name's clause (``وذكرت وسائل إعلام، بينها وكالة …، أن``): the name
#: shares the report of the clause before.
AMONG_THEM = re.compile(
    r"\s{0,3}(?:" + cue_alternation(("بينها", "ومنها", "منها", "من بينها", "ومن بينها", "بينهم"))
    + r")\s{0,3}")
#: Nouns that open a caption although they begin with و (``وزير الدفاع … (أ ف ب)``).
NOUNS_OPENING_WITH_WAW = frozenset(fold(w) for w in (
    "وزير", "وزيرة", "وزراء", "وزارة", "وفد", "وفود", "ولي", "والي", "وادي", "وسط", "وكالة", "وكيل",
    "وحدات", "وحدة", "وثيقة"))
#: A credit inside the clause (``بالتعاون مع رويترز``, ``in cooperation with AFP``).
COOPERATION_BEFORE = re.compile(
    "(?:" + cue_alternation(("بالتعاون مع", "بالشراكة مع")) + r"|\bin\s{1,3}(?:cooperation"
    r"|partnership|collaboration)\s{1,3}with)\s{1,3}(?:the\s{1,3})?$",
    re.IGNORECASE,
)
#: Nouns whose ل is a possessive, not a dative (``الصفحة الرسمية لوكالة``: the agency's page).
POSSESSIVE_BEFORE_DATIVE = re.compile(
    r"(?:^|\s)[وب]?(?:" + cue_alternation(("الصفحة", "صفحة", "الحساب", "حساب", "الموقع", "موقع",
                                         "المنصة", "منصة", "القناة", "التطبيق", "المدير",
                                         "مدير", "المدير العام", "مديرة", "رئيس", "رئيسة",
                                         *STAFF_NOUNS_AR, *REPORT_NOUNS_AR, "تقارير"))
    + r")(?:\s{1,3}(?:" + cue_alternation(("الرسمية", "الرسمي", "الإلكتروني", "الإلكترونية",
                                          "التنفيذي", "التنفيذية", "الإقليمي", "الإقليمية"))
    + r"))?\s{0,3}$"
)
#: A relative aside between a speaker and a dative name (``قال المصدر، الذي طلب عدم ذكر اسمه،
#: لوكالة``): dropped so the speech verb before it is seen.
RELATIVE_ASIDE = re.compile(
    r"[،,]\s{0,3}(?:" + cue_alternation(("الذي", "التي", "الذين", "اللذان", "who", "which",
                                        # ... or a title in apposition (حاكم الزاملي، رئيس لجنة
                                        # الأمن، لوكالة)
                                        "رئيس", "رئيسة", "وزير", "وزيرة", "نائب", "مدير",
                                        "مديرة", "عضو", "المتحدث", "الناطق", "أمين", "الأمين"))
    + r")[^،,\n]{1,80}[،,]\s{0,3}$",
    re.IGNORECASE,
)
#: A time standing alone between commas (``ونقلت، أمس، وكالة``): the verb before it still opens
#: the name's clause.
TIME_ASIDE = re.compile(
    r"\s{0,3}(?:(?:" + cue_alternation(("أمس", "اليوم", "الليلة", "مساء", "صباح", "ظهر", "فجر",
                                        "ليلة", "يوم", "الأحد", "الاثنين", "الإثنين", "الثلاثاء",
                                        "الأربعاء", "الخميس", "الجمعة", "السبت"))
    + r")\s{0,3}){1,3}"
)
#: A verb of being right after a name (``(واع) كانت وكالة حكومية``): the sentence is about it.
ABOUT_AFTER = re.compile(
    r"[\s)\]]{0,3}(?:" + cue_alternation(("كانت", "كان", "هي", "تعد", "تعتبر", "تأسست",
                                         "أسست", "تملك", "تتبع"))
    + r"|is|was|has\s{1,3}been|remains)\s", re.IGNORECASE)
#: A relative pronoun or comma right after a name: the sentence goes on about it.
RELATIVE_AFTER = re.compile(r"[\s)]{0,3}(?:[،,]|(?:التي|الذي|which|who)(?:\s|$))", re.IGNORECASE)
#: Most characters of a relative aside (:data:`RELATIVE_ASIDE`).
MAX_ASIDE = 90
#: What right after a capitalised dateline name glues it to the story (``Warsaw, SANA-The``).
GLUED_DATELINE_DASH = re.compile(r"[-–—―](?=[A-Z])")
#: A colon right after a name that opens the headline (``"سانا": الدفاعات …``), maybe past its
#: nationality when the headline goes on after the colon (``وكالة “أنسا” الإيطالية : ارتفاع …``;
#: ``وكالة "أي بي" الأميركية:`` alone on its line heads a story about the agency).
HEADLINE_COLON = re.compile(  # (and a stray comma before it: الوكالة الوطنية للإعلام،: …)
    r"[\s\"'“”«»]{0,3}(?:[،,]?:|" + fold("ال") + r"\S{2,12}" + fold("ية")
    + r"[\s\"'“”«»]{0,3}[،,]?:(?=[^\S\n]{0,3}\S))")
#: A day and month and the slash that opens ``/العمانية/`` (``في 10 سبتمبر/العمانية/``): ONA's
#: dateline, recognised even where a scraped title is glued before it on the line.
DAY_MONTH_SLASH_BEFORE = re.compile(
    r"(?:^|\s)\d{1,2}\s{1,3}(?:" + MONTH_WORDS + r")(?:\s{0,2}/\s{0,2}(?:" + MONTH_WORDS
    + r"))?\s{0,2}\.?\s{0,2}/\s{0,2}$")
#: A bracketed name and date alone on the first line (``(Xinhuanet 19/04/2011)``).
NAME_DATE_CLOSE = re.compile(
    r"(?:\s{1,3}|[،,]\s{0,3})(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}"
    # ... or a day in words closing a digest's item: "(Reuters, Feb. 5)"
    r"|(?i:" + MONTH_WORDS + r")\.?\s{1,3}\d{1,2}(?:,?\s{1,3}\d{4})?)\s{0,3}\)\s*$"
)
#: Its staff at its office (``صحافيو مكتب وكالة``): what they did decides, not the office.
STAFF_AT_OFFICE = re.compile(
    r"(?:^|\s)[وفل]?(?:" + cue_alternation(STAFF_NOUNS_AR) + r")\s{1,3}" + fold("مكتب")
    + r"\s{1,3}$")
#: English "according to" before a name: context enough for a short one (``according to ANI``).
ACCORDING_TO_LATIN = re.compile(r"\b(?:according\s{1,3}to|quoting|citing)\s{1,3}(?:the\s{1,3})?$",
                                re.IGNORECASE)
#: (plural after the second of two names: "the Fars and Tasnim news agencies")
_AGENCY_KIND = r"(?:state\s{1,3}|official\s{1,3})?(?:news\s{1,3})?agenc(?:y|ies)|statement"
#: After the first of two names, the second and their kind (``Fars and Tasnim news agencies``).
PAIRED_AGENCIES_AFTER = re.compile(
    r"\s{1,3}and\s{1,3}[A-Z][\w'’-]{1,20}\s{1,3}(?:news\s{1,3})?agencies\b")
#: After a title-case name, a verb only a wire (or a paper) is the subject of (``Wam reports``).
WIRE_REPORTS_AFTER = re.compile(r"[^\S\n]{1,3}(?:reports|reported)\b")
#: After a short name, what only an agency has: its kind (``the SANA news agency``) or a thing
#: it issues (``a Wam statement``).
AGENCY_THING_AFTER = re.compile(
    r"[^\S\n]{1,3}(?:" + _AGENCY_KIND + r"|report|dispatch|tally|correspondent|reporter"
    r"|journalist|photographer)s?\b",
    re.IGNORECASE,
)
#: An apposition naming what it is (``Saba, the Houthi-run news agency, carried …``).
AGENCY_APPOSITION_AFTER = re.compile(
    r"[^\S\n]{0,2},[^\S\n]{1,3}(?:the[^\S\n]{1,3})?(?:[\w-]{1,20}[^\S\n]{1,3}){0,3}?"
    r"(?:news[^\S\n]{1,3})?agency\b", re.IGNORECASE)
#: The same for a title-case name (``Wam``), which may be a region's or a person's: only what
#: no region issues (``the Mena report`` is the region's).
AGENCY_KIND_AFTER = re.compile(r"[^\S\n]{1,3}(?:" + _AGENCY_KIND + r")\b", re.IGNORECASE)
#: ``quoted by TAP``, ``carried by SPA``: only a wire or a paper quotes and carries.
QUOTED_BY_BEFORE = re.compile(
    r"\b(?:quoted|reported|cited|carried|published)\s{1,3}by\s{1,3}(?:the\s{1,3})?$|\bciting\s{1,3}$",
    re.IGNORECASE,
)
#: ``نقلت X عن Y``, ``أوردت X أن``: X quoted or reported, so X is a wire, even a short name
#: that is also a word (these feminine verbs of wires are not used of a person named Wafa).
QUOTED_FROM_AROUND = re.compile(
    r"(?:^|\s)[وف]?(?:" + cue_alternation(("نقلت", "أوردت", "بثت")) + r")\s{1,3}$"
)
#: ... and what follows such a verb and a wire's name: its source, or what it reported
#: (``وأوردت تسنيم أنه``).
FROM_AFTER = re.compile(r"[^\S\n]{1,3}(?:" + fold("عن|أن|أنه|أنها|بأن") + r")\s")
#: Editors' initials after a wire's closing slug (``… police stations. PTI MDB ARI``).
SLUG_INITIALS_AFTER = re.compile(r"(?:[^\S\n]{1,2}[A-Z]{2,4}){1,4}[^\S\n]*$", re.MULTILINE)
#: A reporting verb anywhere in a line: the line is a paragraph, not a photo caption.
REPORTING_VERB = re.compile(
    r"(?:^|\s)[وف]?(?:" + "|".join(fold(v) for v in SPEECH_VERBS) + r")(?=\s|$)"
    r"|\b(?:said|says|told|announced|reported|added)\b"
)
