"""Speech cues of the citation detector: the words that make an agency the one spoken or
written to (``قال لوكالة``, ``في حديث لـ``, ``told Reuters``, ``أرسل رسالة إلى وكالة``).

Split from :mod:`provenance.detect.citation_cues`, written the same way: tables in ordinary
spelling folded once at import, patterns bounded so they stay linear. The interview rules in
:mod:`provenance.detect.citation_roles` read them; the reporting-verb cues use
:data:`SPEECH_VERBS` too.
"""

from __future__ import annotations

import re

from provenance.detect.citation_patterns import AGENCY_WORDS_AR, CUE_WINDOW, cue_alternation, fold

#: Speech verbs: with a dative (``قال لوكالة``, ``told``) the agency is the one spoken to.
SPEECH_VERBS = (
    "قال", "قالت", "قالوا", "يقول", "تقول", "صرح", "صرحت", "أكد", "أكدت", "أوضح", "أوضحت",
    "أضاف", "أضافت", "كشف", "كشفت", "أفاد", "أفادت", "أشار", "أشارت", "تحدث", "تحدثت", "ذكر",
    "أعلن", "أعلنت", "نفى", "نفت", "اعتبر", "اعتبرت", "لفت", "أبلغ", "أبلغت", "مضيفا", "مؤكدا",
    # أعرب مسؤولون لـ"رويترز" عن رفضهم: expressed to it
    "أعرب", "أعربت", "أعربوا",
    "يكشف", "تكشف", "أدلى", "أدلت", "يؤكد", "تؤكد", "ذكرت", "أكدوا", "قالوا", "صرحوا",
    # بحسب ما ذكره الزاملي لوكالة: the verb with its object pronoun
    "ذكره", "قاله", "أكده", "أوضحه", "أبرز", "أبرزت",
    # الذين تحدثوا لوكالة: those who spoke to it
    "تحدثوا",
)

#: Nouns of an interview (``خلال مقابلة مع وكالة``, ``في حديث لوكالة``, ``في تصريح لـ``).
INTERVIEW_NOUNS = (
    "مقابلة", "مقابلات", "حوار", "حديث", "تصريح", "تصريحات", "لقاء", "مقابلة خاصة", "حديث خاص",
    "اتصال", "اتصال هاتفي", "مكالمة", "تعليق",
)
#: A statement with its giver's pronoun (``في بيانه لوكالة``: his statement to the agency); a
#: bare ``بيان لوكالة`` may be the agency's own, so it is no interview noun.
OWN_STATEMENT_NOUNS = ("بيانه", "بيانها", "بيانهم")

#: Latin interview cues, at the end of the text before the name.
INTERVIEW_LATIN = re.compile(
    r"(?:\btold(?:\s{1,3}(?:[A-Z]\S{0,20}\s{1,3})?\S{1,20}['’]s)?(?:\s{1,3}(?:state|state-run|official|news|agency|wire"
    r"|service))*|\btelling|\btells?|\binterviews?(?:ed)?\s{1,3}(?:with|by|to)|\bspoke\s{1,3}(?:to|with)"
    r"|\bspeaking\s{1,3}(?:to|with)|\btalking\s{1,3}(?:to|with)|\bsaid\s{1,3}to"
    r"|\b(?:provided|given|gave|made)\s{1,3}to|\bremarks\s{1,3}to"
    r"|\b(?:quizzed|questioned|asked|interviewed|contacted|reached|consulted)\s{1,3}by"
    r"|\b(?:prepared|written)\s{1,3}for"
    r"|\bcomments?\s{1,3}to|\bstatement\s{1,3}to|\b(?:confirmed|denied|stated|declared)\s{1,3}to"
    r"|\b(?:responded|replied|responding|replying)\s{1,3}to"
    # "the ministry said in a statement sent to Reuters": it reached the reader through it
    r"|\b(?:statement|comments?|response|reply)\s{1,3}(?:sent|e-?mailed|given|provided)\s{1,3}to"
    r"|\bannouncement\s{1,3}to"
    r"|\bquestions?\s{1,3}(?:raised|asked|put)\s{1,3}by"
    r"|\bin\s{1,3}an\s{1,3}interview\s{1,3}with)\s{1,3}(?:the\s{1,3})?"
    # (told the Jordanian News Agency (Petra): a name the registry does not hold, then its own)
    r"(?:[A-Z][\w-]{1,20}\s{1,3})?(?:(?:news|press|agency)\s{1,3}){0,2}(?:\(\s?)?$"
    # ... past what the wire is (in an interview with Iran state media IRNA)
    r"|\bin\s{1,3}an\s{1,3}interview\s{1,3}with\s{1,3}(?:the\s{1,3})?(?:[A-Z][\w-]{1,20}['’]?s?\s{1,3})?"
    r"(?:(?:state|state-run|state-owned|official|semi-official|news|media|agency|wire),?\s{1,3}){1,3}$"
    # French "a déclaré à l'AFP", Spanish "dijo a EFE", German "sagte der dpa"
    r"|\b(?:déclaré|indiqué|confié|expliqué|affirmé|dit|précisé)\s{1,3}"
    r"(?:à\s{1,3}l['’]\s?|au\s{1,3}|à\s{1,3})$"
    r"|\b(?:dijo|declaró|explicó|aseguró|afirmó|indicó)\s{1,3}(?:a\s{1,3}(?:la\s{1,3})?|al\s{1,3})$"
    r"|\b(?:sagte|erklärte|bestätigte)\s{1,3}(?:der|dem)\s{1,3}$",
    re.IGNORECASE,
)

#: After the name: ``an AP interview``, ``Reuters was banned``.
INTERVIEW_AFTER = re.compile(r"\s{1,3}interviews?\b", re.IGNORECASE)

#: Written to, not quoted (``أرسل رسالة إلى وكالة``): the agency received, it does not vouch.
RECIPIENT_CUES = re.compile(
    "(?:" + cue_alternation(("رسالة", "رسائل", "خطاب", "خطابا", "أرسل", "أرسلت", "بعث", "بعثت",
                          "شكوى", "احتجاجا", "مذكرة", "طلبا", "طالب", "طالبت", "ناشد", "ناشدت",
                          "دعا", "دعت", "حث", "حثت"))
    + r")(?:\s{1,3}\S{1,20}){0,3}\s{1,3}(?:" + fold("إلى") + r"\s{1,3}|ل)?$"
    r"|\b(?:letter|wrote|sent|complaint|emailed|appeal)\b(?:\s{1,3}\S{1,20}){0,3}\s{1,3}to\s{1,3}(?:the\s{1,3})?$",
    re.IGNORECASE,
)

#: A speech verb a few words before a dative name (``قال الوزير لوكالة``): an interview.
SPEECH_BEFORE_DATIVE = re.compile(
    r"(?:^|\s)[وف]?(?:" + "|".join(fold(v) for v in SPEECH_VERBS) + r")"
    # ... but not across أن/إن, which opens what was said ("كشفت التحقيقات أن الاختراق لوكالة")
    r"(?:\s{1,3}(?!(?:" + fold("أن|إن|بأن|أنه|أنها|بأنه|بأنها") + r")(?:\s|$))\S{1,25}){0,6}\s{1,3}"
    r"(?:" + fold("لمراسل|مراسل") + r"\S{0,2}\s{1,3})?$"
)

#: A speech verb far before a dative name, past an aside (``وقال زياد، وهو مصري يبلغ من العمر
#: 16 عاما، لوكالة``), when what was said opens right after the name.
SPEECH_VERB_IN_SENTENCE = re.compile(
    r"(?:^|\s)[وف]?(?:" + "|".join(fold(v) for v in SPEECH_VERBS) + r")\s"
    # (a whole word: "السرطان في" does not end with أن)
    r"(?:(?!(?<!\S)(?:" + fold("أن|إن|بأن|أنه|أنها|بأنه|بأنها") + r")\s)[^.!?؟\n])*$"
)

#: What was said opening within six words after a dative name: a colon, a quotation mark, or
#: ``أن``/``إن`` as a word of its own (``وأن``, ``فإن`` with their conjunction).
SPEECH_OPENS_AFTER = re.compile(  # … لوكالة أسوشيتد برس في القدس، يوم السبت: "…"
    # (… لوكالة “ريا نوفوستي” الروسية للأنباء عبر الهاتف من بغداد أنه …)
    # Each word is taken whole (possessive): a word that may also be cut into pieces gave the
    # engine thousands of ways to split six words (a millisecond a name), and let a word's
    # last letters pass for أن (كان, لبنان).
    r"[^\S\n]{0,3}[)\"”»]?(?:[^\S\n]{0,3}+[،,]?+[^\S\n]{0,3}+[^\s:\"“«.،,]{1,20}+){0,6}?"
    r"[^\S\n]{0,3}[،,]?[^\S\n]{0,3}(?:[:\"“«]|،[^\S\n]{0,3}[\"“«]|[وف]?(?:"
    + fold("إن|أن|أنه|أنها|بأن|بأنه|بأنها") + r")\s)"
)

# ... with a pronoun of its speaker (تصريحه لوكالة تاس: his remarks to TASS)
_INTERVIEW_NOUN = (r"(?:^|\s)[وفبل]?(?:(?:ال)?(?:" + "|".join(fold(n) for n in INTERVIEW_NOUNS)
                   + r")(?:ه|ها|هم)?|" + "|".join(fold(n) for n in OWN_STATEMENT_NOUNS) + ")")

#: An agency word and one or two adjectives before a bare name (``ذكرت وكالة الأنباء الروسية
#: نوفوستي``): the clause's cue stands before them.
AGENCY_WORDS_BEFORE_NAME = re.compile(
    "(?:" + cue_alternation(AGENCY_WORDS_AR) + r")(?:\s{1,3}\S{1,14}" + fold("ية")
    + r"){1,2}\s{1,3}$"
)
#: A site or paper spoken to before its name (``نفى لموقع “سبوتنيك”``): the name is the dative.
DATIVE_OUTLET_NOUN = re.compile(
    r"\s" + fold("ل") + "(?:" + cue_alternation(("موقع", "صحيفة", "قناة", "شبكة", "منصة", "إذاعة"))
    + r")\s{0,3}$"
)

#: ``قال إلى``, ``spoke to``, ``قال لـ رويترز``: the name is spoken to.
DATIVE_WORD = re.compile(r"(?:^|\s)(?:" + fold("إلى") + r"|to|ل)\s$")

#: ``مقابلة مع وكالة``, ``حوار أجرته مع``: an interview noun, then "with" or "to".
INTERVIEW_NOUN_WITH = re.compile(
    _INTERVIEW_NOUN + r"(?:\s{1,3}\S{1,20}){0,2}\s{1,3}(?:"
    # … أجرته وكالة: the agency held the interview
    # … خص به وكالة: given to the agency alone
    # … لمكتب "وات": to the agency's bureau
    + fold("مع|إلى|أجراها مع|أجرته مع|أجرته|أجرتها|أجرتها معه|أجرتها معها|أجرته معه|أجراها معه"
           "|خص به|خصت به|خص بها|خصت بها|لمكتب|to|with")
    + r")\s{0,3}$|"
    # ... or with its reporter, right after the noun (في حديثه مع مراسل كونا; not حوار أجرته مع
    # مراسل الأناضول, where someone else held it with the agency's man)
    + _INTERVIEW_NOUN + r"(?:\s{1,3}" + fold("خاص|خاصة|الخاص|الخاصة") + r")?\s{1,3}" + fold("مع")
    + r"\s{1,3}(?:" + fold("مراسل|مراسلة|مراسلي|مراسلو|مندوب|موفد") + r")\s{0,3}$"
)

#: ``في حديث لوكالة``, ``تصريحات صحفية لـ``: an interview noun right before a dative name.
#: (``في تصريح خاص للشيخ مبارك لوكالة``: the giver named between them)
INTERVIEW_NOUN_DATIVE = re.compile(_INTERVIEW_NOUN + r"(?:\s{1,3}\S{1,20}){0,3}\s{0,3}$")
#: Answering the agency's questions (``رداً على أسئلة فرانس برس``): an interview.
ANSWERING_BEFORE = re.compile(
    r"(?:^|\s)(?:" + cue_alternation(("ردا على", "رداً على", "في رده على", "في ردها على",
                                      "جوابا على", "إجابة على", "إجابة عن"))
    + r")\s{1,3}(?:" + cue_alternation(("سؤال", "أسئلة", "استفسار", "استفسارات"))
    + r")\s{1,3}(?:ل\s?)?$"
)

#: Verbs of arriving right before a dative: a statement that came out through the agency
#: (``بيان ورد لوكالة``), as one it received (``تلقته``).
ARRIVED_BEFORE_DATIVE = re.compile(
    r"(?:^|\s)[وف]?(?:" + cue_alternation(("ورد", "وردت", "وصل", "وصلت", "أرسل", "أرسلت"))
    + r")(?:ه|ها)?\s{1,3}$"
)
#: The agency met the speaker (``وقال شاهد قابلته رويترز``): he spoke to it.
MET_BY_BEFORE = re.compile(
    r"(?:^|\s)(?:" + cue_alternation(("قابلته", "قابلتها", "قابلتهم", "التقته", "التقتها",
                                      "التقتهم", "حاورته", "حاورتها", "حاورتهم")) + r")\s{1,3}$"
    # ... or its reporter met them (الذين التقى بهم مراسل “أسوشيتد برس”)
    r"|(?:^|\s)(?:" + cue_alternation(("التقى بهم", "التقى به", "التقى بها", "التقاهم", "التقاه",
                                      "قابلهم", "قابله", "قابلها", "حاورهم", "حاوره"))
    + r")\s{1,3}(?:" + cue_alternation(("مراسل", "مراسلة", "مراسلو", "صحفي", "صحافي", "مندوب"))
    + r")\s{1,3}$"
)
#: A statement that reached the agency, the agency its object (``في بيان وصل الأناضول``).
STATEMENT_REACHED = re.compile(
    r"(?:^|\s)[وفب]?(?:" + cue_alternation(("بيان", "رسالة", "تعميم", "تصريح"))
    # ... past whose it is (في بيان للحركة وصل الأناضول)
    + r")(?:\s{1,3}[^\s،,.:]{1,20}){0,2}?\s{1,3}(?:"
    + cue_alternation(("وصل", "وصلت", "ورد", "وردت")) + r")\s{1,3}$"
)

#: A verb of informing, then its subject (one to four words), right before the name: the
#: agency is the one informed (``أفادت رئاسة الجمهورية وكالة فرانس برس أن``).
INFORMED_OBJECT_BEFORE = re.compile(
    r"(?:^|\s)[وف]?(?:" + cue_alternation(("أفاد", "أفادت", "أبلغ", "أبلغت", "أخبر", "أخبرت"))
    + r")(?:\s{1,3}(?!(?:" + fold("أن|إن|بأن") + r")\s)[^\s،,.:؛]{1,20}){1,6}\s{1,3}$"
)
#: ``أن`` right after the name: what the agency was told follows.
THAT_AFTER = re.compile(r"[^\S\n]{0,3}[\"”»]?[^\S\n]{0,3}(?:" + fold("أن|أنّ|بأن|ان|بان") + r")\s")
#: ... or the sentence ending at the name (``وفق ما أفادت مصادر طبية وكالة فرانس برس.``).
SENTENCE_ENDS_AFTER = re.compile(r"[^\S\n]{0,3}[\"”»)]?[^\S\n]{0,3}(?:[.!؟]|$)", re.MULTILINE)
#: ... with its pronoun (``بأنهم``), after a verb that only means "told" (``وأبلغ متعاملون وكالة
#: رويترز بأنهم``); after أفاد, which also means "reported", a pronoun may be the agency's own.
THAT_WITH_PRONOUN_AFTER = re.compile(
    r"[^\S\n]{0,3}[\"”»]?[^\S\n]{0,3}(?:" + fold("أن|بأن|ان|بان") + r")(?:ه|ها|هم|نا)\s")
TOLD_BEFORE = re.compile(
    r"(?:^|\s)[وف]?(?:" + cue_alternation(("أبلغ", "أبلغت", "أخبر", "أخبرت")) + r")\s")
#: Verbs of writing or handing over: with a dative name, a recipient.
RECIPIENT_VERBS = re.compile(r"(?:^|\s)[وف]?(?:" + fold("كتب|توجه|تقدم|وجه|سلم") + r")\S{0,2}")


def spoken_to(folded: str, dative: int) -> bool:
    """Whether a speech verb opens the clause of the dative ل at ``dative`` (``وقال مصدر في
    الكرملين لتاس``): a short name glued to it is spoken to, not a word that begins with ل."""
    return SPEECH_BEFORE_DATIVE.search(folded[max(0, dative - CUE_WINDOW):dative]) is not None


def dative_before(folded: str, at: int) -> bool:
    """Whether a dative stands alone right before ``at`` (``لـ بترا``, ``to``, ``إلى``)."""
    return DATIVE_WORD.search(folded, max(0, at - 4), at) is not None
