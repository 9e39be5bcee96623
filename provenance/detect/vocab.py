"""Named word lists for the claim and date detectors.

The detectors match on *folded* text (:func:`provenance.text.fold_with_offsets`: no hamza seats,
ى→ي, ة→ه, ؤ→و, ئ→ي, no diacritics) and map offsets back, so every Arabic entry here is folded
once at import (:func:`_fold_tables`): ``أكد`` matches ``أكّد`` and ``مشيراً`` matches ``مشيرا``.
Entries may therefore be written in any spelling. English entries are matched
case-insensitively. Every list is a plain table so a reviewer can extend it without touching
the patterns that use it.
"""

from __future__ import annotations

from typing import Any

from provenance.text import normalize

# --------------------------------------------------------------------------- attribution verbs

#: Arabic past-tense attribution verbs. Each takes an optional و/ف conjunction in front and an
#: optional agreement suffix (ت feminine, وا plural, ا dual).
AR_PAST_VERBS = (
    "قال", "اعلن", "اكد", "اضاف", "شدد", "اشار", "اوضح", "لفت", "اعتبر", "كشف", "نفي",
    "صرح", "افاد", "اعرب", "حذر", "نوه", "تابع", "بين", "ذكر", "ختم", "اردف", "استطرد",
    "كتب", "غرد", "نشر", "نقل",
)
#: Present-tense forms (``يعلن``, ``يقول``), masculine and feminine prefixes.
AR_PRESENT_VERBS = (
    "يقول", "تقول", "يعلن", "تعلن", "يوكد", "توكد", "يضيف", "تضيف", "يشير", "تشير", "يوضح",
    "توضح", "يكشف", "تكشف", "ينفي", "تنفي", "يعتبر", "تعتبر", "يشدد", "تشدد", "يحذر", "تحذر",
)
#: Participles that continue the current speaker's sentence (``مشيراً الى``).
AR_PARTICIPLES = (
    "مشيرا", "مبينا", "موكدا", "لافتا", "موضحا", "معتبرا", "مضيفا", "منوها", "محذرا",
    "كاشفا", "نافيا", "مشددا", "مشيره", "مبينه", "موكده", "لافته", "موضحه", "مضيفه",
    "قايلا", "قايله",
)
#: Verbs that are also common other words: they count only when one of the listed words
#: follows within the given number of tokens. ``بين`` is "between", ``ذكر`` "male"/"mention"
#: (``ذكرت رويترز أن`` puts the subject in between), ``لفت`` "to turn", ``نشر`` "to deploy".
AR_GUARDED_VERBS = {
    "بين": (("ان", "انه", "انها", "انهم", "بان"), 1),
    "ذكر": (("ان", "انه", "انها", "انهم", "بان"), 4),
    "لفت": (("الي", "الانتباه", "النظر"), 1),
    "نشر": (("علي", "عبر", "في"), 3),
    "نقل": (("عن",), 5),
}
#: Verbs whose subject only relays the words of someone named after ``عن``.
AR_RELAY_VERBS = frozenset({"نقل"})
#: Verbs that count only with a و/ف conjunction (``وتابع``), because bare ``تابع`` is rarely speech.
AR_CONJUNCTION_ONLY = frozenset({"تابع", "ختم"})
#: Verbs that take their content as a direct object (``أعلن انتهاء المهام``), not only after أن.
AR_DIRECT_OBJECT_VERBS = frozenset({"اعلن", "يعلن", "تعلن", "كشف", "يكشف", "تكشف", "نفي",
                                    "ينفي", "تنفي", "اكد", "يوكد", "توكد"})

#: English attribution verbs (lower case).
EN_VERBS = (
    "said", "says", "told", "added", "announced", "stated", "noted", "warned", "denied",
    "explained", "insisted", "claimed", "declared", "confirmed", "tweeted", "wrote", "argued",
    "stressed", "asserted", "acknowledged", "posted", "according to",
)
#: English verbs whose content follows directly as an object (``announced the end of …``).
EN_DIRECT_OBJECT_VERBS = frozenset({"announced", "denied", "confirmed", "declared"})
#: English continuation verbs: with a pronoun subject they continue the previous speaker.
EN_CONTINUATION_VERBS = frozenset({"added"})

# --------------------------------------------------------------------------- complements

#: Words a paragraph's clause may open with before its subject (``وكان``, ``But``).
CLAUSE_OPENERS = frozenset({"و", "وكان", "كان", "كانت", "وكانت", "فيما", "بينما", "حيث", "ثم",
                            "كما", "but", "and", "however", "meanwhile", "separately", "earlier"})

#: Words that open a relative clause after a subject ("an official who spoke on condition …").
RELATIVE_PRONOUNS = frozenset({"who", "which", "whom", "الذي", "التي", "الذين"})

#: Words that open reported content (``أن``/``إن``/``أنه`` …), folded.
AR_COMPLEMENTIZERS = ("ان", "انه", "انها", "انهم", "انهما", "انما", "بان", "بانه", "بانها")
#: Prepositions a verb takes before its complement (``شدد على أن``, ``أشار إلى``).
AR_VERB_PREPOSITIONS = ("علي", "الي", "الى", "عن")
EN_COMPLEMENTIZERS = ("that",)

#: Words between a verb and its content that say when or how, not who (``اليوم الخميس``).
AR_FILLERS = (
    "اليوم", "امس", "يوم", "مساء", "صباح", "ليله", "رسميا", "ايضا", "كذلك", "الاثنين",
    "الثلاثاء", "الاربعاء", "الخميس", "الجمعه", "السبت", "الاحد", "في", "وقت", "سابق",
    "الماضي", "الجاري", "مجددا", "مرة", "اخري",
)
EN_FILLERS = (
    "on", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "today", "yesterday", "earlier", "later", "also", "last", "week", "morning", "evening",
    "night", "then", "again",
)

# --------------------------------------------------------------------------- speakers

#: Words that open an Arabic title (``رئيس``, ``المتحدث باسم``); multi-word heads first.
AR_TITLE_HEADS = (
    "المتحدث الرسمي باسم", "المتحدث باسم", "الناطق الرسمي باسم", "الناطق باسم",
    "المتحدثه باسم", "الناطقه باسم", "الامين العام", "امين عام", "ولي العهد",
    "رئيس", "الرئيس", "رئيسه", "مستشار", "مستشاره", "وزير", "الوزير", "وزيره", "نائب",
    "النائب", "سفير", "السفير", "قائد", "مدير", "محافظ", "عضو", "زعيم", "الشيخ", "الدكتور",
    "السيد", "السيده", "الملك", "الامير", "المرشد", "المبعوث", "مبعوث", "ممثل", "الممثل",
    "مساعد", "معاون", "امين", "المتحدث", "الناطق",
)
#: Military and honorific ranks: part of the title even in the middle of it.
AR_RANKS = (
    "اللواء", "العميد", "الفريق", "العقيد", "المقدم", "الرائد", "النقيب", "الجنرال",
    "الاميرال", "المشير", "الدكتور", "الشيخ", "السيد", "السيده", "الركن", "اول", "الاول",
)
#: Non-definite nouns that still belong to a title (``رئيس خلية الإعلام``, ``رئيس أركان``).
AR_TITLE_CONNECTORS = (
    "خليه", "هيئه", "مجلس", "اركان", "لجنه", "شوون", "وزاره", "مكتب", "جهاز", "قوات",
    "قياده", "حزب", "حركه", "دائره", "عمليات", "حكومه", "اقليم", "منظمه", "بعثه", "صندوق",
    "عام", "اول", "مجلسي", "ادارة", "اداره", "جامعه", "بلديه", "محكمه", "كتله", "تحالف",
    "لوزارة", "لمجلس", "لهيئة", "لحزب", "لحركة", "لشؤون", "لجهاز", "لقيادة", "لرئاسة",
    "لرئيس", "لمنظمة", "للامم", "للشؤون",
)
#: Prepositions that may sit inside a title (``النائب عن المحافظة``, ``سفير لدى واشنطن``).
AR_TITLE_PREPOSITIONS = frozenset({"عن", "لدى"})
#: Particles between a subject and its verb (``وكان المحافظ … قد أكد``).
AR_VERB_PARTICLES = frozenset({"قد", "لقد"})
#: Words that open an institution as the subject (``أعلنت وزارة الصحة``).
AR_INSTITUTIONS = (
    "وزارة", "الوزارة", "سفارة", "السفارة", "حكومة", "الحكومة", "هيئة", "الهيئة", "وكالة",
    "الوكالة", "مجلس", "المجلس", "الجيش", "جيش", "الشرطة", "قيادة", "القيادة", "خلية",
    "دائرة", "مديرية", "رئاسة", "الرئاسة", "المفوضية", "البرلمان", "منظمة", "المنظمة", "الأمم",
    "الاتحاد", "لجنة", "اللجنة", "محكمة", "المحكمة", "شركة", "الشركة", "بعثة", "البعثة",
    "السلطات", "سلطات", "قوات", "القوات", "التحالف", "الديوان", "ديوان", "مكتب", "المكتب",
    "دولة", "الدولة",
)
#: Verbal nouns that open an object, not a name, after a title (``أكد رئيس الوزراء أهمية …``).
AR_OBJECT_NOUNS = frozenset({
    "أهمية", "ضرورة", "استمرار", "دعم", "رفض", "التزام", "حرص", "عزم", "وقوع", "انتهاء",
    "إطلاق", "استئناف", "وفاة", "مقتل", "نتائج", "خطة", "موقف", "تمسك", "استعداد", "وجود",
    "عدم", "قرار", "مشاركة", "اهتمام", "تأييد", "إدانة", "ترحيب", "قلق", "تضامن", "وقوف",
    "بدء", "إنهاء", "تشكيل", "اعتقال", "إصابة", "سقوط", "تأجيل", "إلغاء", "فتح", "إغلاق",
})
#: Words that open an anonymous or collective source (``مصدر أمني``, ``officials``).
AR_ANONYMOUS = ("مصدر", "مصادر", "مسوول", "مسوولون", "مسوولين", "شهود", "شاهد", "متحدث",
                "ناطق", "خبراء", "مراقبون")
EN_ANONYMOUS = ("source", "sources", "official", "officials", "witnesses", "a spokesman",
                "a spokeswoman", "diplomats", "analysts")
#: Words that end a name (prepositions, particles, time words), folded.
AR_NAME_STOPS = frozenset({
    "في", "خلال", "من", "الي", "علي", "عن", "مع", "ان", "انه", "انها", "اليوم", "امس", "يوم",
    "قد", "لقد", "بان", "ايضا", "كذلك", "عبر", "حول", "بعد", "قبل", "امام", "عند", "ضمن",
    "الذي", "التي", "والذي", "والتي", "او", "ثم", "لكن", "حيث", "كما", "عشيه", "اثناء", "لدي",
    "منذ", "حتي", "بحضور", "بشان", "ازاء", "تجاه", "وقال", "قائلا", "رسميا", "بدوره",
    "بدورها", "جانبه", "جانبها", "جهته", "جهتها", "الخميس", "الجمعه", "السبت", "الاحد",
    "الاثنين", "الثلاثاء", "الاربعاء", "مساء", "صباح", "الماضي", "السابق", "الحالي",
    "فيما", "بينما", "بحسب", "حسب", "ما", "وفق", "وفقا", "نقلا", "لا", "لم", "لن", "فيه", "فيها",
    "قوله", "قولها", "قولهم",
    # Demonstratives and pronouns: "هذا هو الأمر" is what was said, never who said it.
    "هذا", "هذه", "ذلك", "تلك", "هولاء", "اولئك", "هو", "هي", "هم", "هما", "نحن", "انا",
    "هنا", "هناك",
})
#: Parts of compound names that allow a fourth word (``عبد الله``, ``أبو بكر``).
AR_NAME_PARTICLES = frozenset({"عبد", "ابو", "بن", "ابن", "ال", "بنت", "ام"})
#: First words of a compound surname (``عبد الغني``, ``أبو زيد``, ``آل ثاني``, ``بن سلمان``):
#: two words that are still one surname, to be expanded to the full name like a single one.
AR_SURNAME_PARTICLES = frozenset({"عبد", "ابو", "آل", "بن", "ابن"})
#: Title nouns in construct state whose complement is a name, not a definite word
#: (``رئيس إقليم كردستان``, ``رئيس هيئة النزاهة`` is definite anyway): they take the next word.
AR_CONSTRUCT_CONNECTORS = frozenset({
    "خليه", "هيئه", "مجلس", "لجنه", "وزاره", "مكتب", "جهاز", "قياده", "حزب", "حركه",
    "دائره", "حكومه", "اقليم", "منظمه", "بعثه", "جامعه", "بلديه", "محافظه", "امانه",
})
#: Phrases between a verb and its content that name who passed the words on
#: (``أكد، بحسب ما نقل عنه مستشاره، أن``); the relay is the words after them, up to a comma.
AR_RELAY_PHRASES = ("بحسب ما نقل عنه", "بحسب ما نقل عنها", "حسب ما نقل عنه",
                    "حسب ما نقل عنها", "وفق ما نقل عنه", "وفق ما نقل عنها", "نقلا عن")
EN_RELAY_PHRASES = ("according to his", "according to her", "according to their")
#: Possessives after ``according to`` that make it a relay of the speaker's own people.
EN_POSSESSIVES = frozenset({"his", "her", "their"})

#: English title words; the last of them in a capitalised run ends the title.
EN_TITLE_WORDS = frozenset({
    "president", "prime", "minister", "foreign", "defense", "defence", "interior", "secretary",
    "general", "gen.", "gen", "colonel", "col.", "lt.", "lieutenant", "major", "maj.", "sgt.",
    "sergeant", "admiral", "adm.", "senator", "sen.", "rep.", "representative", "ambassador",
    "spokesman", "spokeswoman", "spokesperson", "dr.", "mr.", "mrs.", "ms.", "king", "prince",
    "crown", "chancellor", "governor", "gov.", "mayor", "chief", "commander", "director",
    "deputy", "vice", "national", "security", "adviser", "advisor", "state", "of", "the",
    "iraqi", "u.s.", "us", "american", "british", "french", "russian", "israeli", "iranian",
    "syrian", "saudi", "egyptian", "turkish", "chairman", "head", "leader", "envoy", "sheikh",
    "pope", "judge", "justice", "attorney", "officer", "premier", "emir",
})
#: Lower-case words an English name may contain (``bin``, ``al-``).
EN_NAME_PARTICLES = frozenset({"al", "al-", "el", "bin", "ibn", "abu", "de", "van", "von", "da",
                               "di", "du", "la", "le", "der", "den", "bint"})
#: Abbreviations after which a full stop does not end an English sentence.
EN_ABBREVIATIONS = frozenset({"mr", "mrs", "ms", "dr", "gen", "col", "lt", "sgt", "sen", "rep",
                              "st", "jr", "sr", "maj", "adm", "gov", "u.s", "u.n", "u.k", "no",
                              "vs", "prof", "capt", "cmdr", "fig", "inc", "corp", "co"})

#: Phrases that hand the floor back to someone already named (``من جانبه``, ``بدوره``).
AR_PRONOUN_OPENERS = (
    "من جانبه", "من جانبها", "من جهته", "من جهتها", "بدوره", "بدورها", "وبدوره", "وبدورها",
    "ومن جانبه", "ومن جانبها", "ومن جهته", "ومن جهتها",
)
EN_PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i"})

# --------------------------------------------------------------------------- media

#: Phrases naming the channel a statement came through, folded Arabic and lower-case English.
MEDIUM_PHRASES = {
    "post": (
        "تغريده", "تغريدات", "غرد", "منشور", "تدوينه", "عبر حسابه", "علي حسابه", "عبر حسابها",
        "علي حسابها", "في تويتر", "علي تويتر", "علي منصه", "عبر منصه", "علي فيسبوك",
        "tweet", "tweeted", "in a post", "posted on", "wrote on", "on x", "on twitter",
        "on facebook", "on instagram", "on telegram",
    ),
    "press_conference": (
        "موتمر صحافي", "موتمر صحفي", "موتمرا صحافيا", "موتمرا صحفيا", "ايجاز صحفي",
        "المؤتمر الصحفي", "المؤتمر الصحافي", "press conference", "news conference",
        "press briefing",
    ),
    "interview": (
        "مقابله", "حوار مع", "لقاء مع", "حديث لـ", "تصريحات لـ", "interview",
    ),
    "statement": (
        "في بيان", "بيان صادر", "بيانا", "بيان رسمي", "in a statement", "a statement",
        "said in a release",
    ),
}

# --------------------------------------------------------------------------- quotes

#: Pairs of (opening, closing) quotation marks. Each pair may also appear reversed in Arabic
#: text (``”…“``, ``»…«``); the first mark of a family in a paragraph decides its orientation.
QUOTE_PAIRS = (("«", "»"), ("“", "”"), ("‹", "›"))
#: Marks that open and close alike.
SYMMETRIC_QUOTES = ('"', "″", "＂")
#: A quotation shorter than this (in words) wraps a name or a term, not a statement.
MIN_QUOTE_WORDS = 3
#: Words that, just before a quotation, say it is a name (``وكالة "أسوشيتد برس"``).
NAME_LEAD_WORDS = frozenset({
    "وكاله", "صحيفه", "قناه", "موقع", "شبكه", "مجله", "اذاعه", "تنظيم", "حركه", "حزب",
    "عمليه", "منظمه", "مجموعه", "كتاب", "فيلم", "برنامج", "هاشتاغ", "وسم", "شعار",
    "agency", "newspaper", "channel", "network", "magazine", "group", "operation", "book",
    "film", "program", "programme", "hashtag", "slogan", "dubbed", "called", "so-called",
})
#: Agency and outlet names that are never a claim on their own inside quotation marks.
MEDIA_NAMES = frozenset({
    "اسوشيتد برس", "اسوشييتد برس", "رويترز", "فرانس برس", "ا ف ب", "الاناضول", "واع", "واس",
    "سانا", "بترا", "قنا", "وام", "كونا", "تاس", "شينخوا", "سبوتنيك", "بي بي سي", "سي ان ان",
    "الجزيره", "العربيه", "سكاي نيوز عربيه", "نيويورك تايمز", "واشنطن بوست", "وول ستريت جورنال",
    "associated press", "the associated press", "reuters", "agence france-presse", "afp",
    "ap", "bbc", "cnn", "al jazeera", "the new york times", "the washington post",
})

# --------------------------------------------------------------------------- dates

#: Relative day words and their offset in days from the writing day (folded Arabic).
RELATIVE_DAYS = {
    "امس": -1, "البارحه": -1, "اول امس": -2, "اول من امس": -2, "غدا": 1, "بعد غد": 2,
    "yesterday": -1, "tomorrow": 1, "the day before yesterday": -2,
}
#: Relative periods (no single day): the unit and its offset.
RELATIVE_PERIODS = {
    "الاسبوع الماضي": ("week", -1), "الشهر الماضي": ("month", -1),
    "العام الماضي": ("year", -1), "السنه الماضيه": ("year", -1), "العام الحالي": ("year", 0),
    "العام الجاري": ("year", 0), "العام المقبل": ("year", 1), "الشهر المقبل": ("month", 1),
    "الاسبوع المقبل": ("week", 1), "last week": ("week", -1), "last month": ("month", -1),
    "last year": ("year", -1), "next week": ("week", 1), "next month": ("month", 1),
    "next year": ("year", 1), "this year": ("year", 0),
}
#: Words before a weekday that make it a relative weekday (``اليوم الخميس``, ``on Thursday``).
AR_WEEKDAY_LEADS = ("اليوم", "يوم", "مساء", "صباح", "ليله", "مساء يوم", "صباح يوم", "فجر")
EN_WEEKDAY_LEADS = ("on", "last", "next", "this", "since", "by", "until")
#: Words after a date that place it in the past or the future (``تموز الماضي``).
PAST_MARKERS = ("الماضي", "المنصرم", "السابق", "last")
FUTURE_MARKERS = ("المقبل", "القادم", "next")
#: Phrases for a part of a month (``في الأيام الأخيرة من تموز``).
MONTH_PART_PHRASES = {
    "الايام الاخيره من": "the last days of", "اواخر": "late", "اوائل": "early",
    "منتصف": "mid", "مطلع": "early", "نهايه": "the end of", "بدايه": "the start of",
    "late": "late", "early": "early", "mid": "mid", "the end of": "the end of",
}


def _fold_tables() -> None:
    """Fold every string in this module's tables (tuple items, set items, dict keys)."""
    names = [n for n, value in globals().items()
             if n.isupper() and isinstance(value, tuple | frozenset | dict)]
    for name in names:
        value: Any = globals()[name]
        if isinstance(value, dict):
            globals()[name] = {
                (normalize(k) if isinstance(k, str) else k):
                (tuple(normalize(x) for x in val) if isinstance(val, tuple)
                 and all(isinstance(x, str) for x in val) and name != "RELATIVE_PERIODS" else val)
                for k, val in value.items()
            }
        else:
            folded = [normalize(x) if isinstance(x, str) else x for x in value]
            globals()[name] = type(value)(folded)


_fold_tables()

#: The word tables asked "is this word one of them?" for every token, as sets; the tuples
#: above keep their order for the patterns built from them.
AR_RANKS_SET = frozenset(AR_RANKS)
AR_TITLE_CONNECTORS_SET = frozenset(AR_TITLE_CONNECTORS)
AR_INSTITUTIONS_SET = frozenset(AR_INSTITUTIONS)
AR_ANONYMOUS_SET = frozenset(AR_ANONYMOUS)
AR_COMPLEMENTIZERS_SET = frozenset(AR_COMPLEMENTIZERS)
EN_FILLERS_SET = frozenset(EN_FILLERS)
EN_ANONYMOUS_SET = frozenset(EN_ANONYMOUS)
AR_PARTICIPLES_SET = frozenset(AR_PARTICIPLES)
AR_FILLERS_SET = frozenset(AR_FILLERS)
EN_COMPLEMENTIZERS_SET = frozenset(EN_COMPLEMENTIZERS)
