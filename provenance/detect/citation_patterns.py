"""Named tables for the citation detector: context words, role cues, dateline and credit shapes.

Every table is written in ordinary spelling and folded once, at import, with the same folding the
detector applies to the article (hamza seats, alef maqsura, ta marbuta, diacritics), so a cue
such as ``مقابلة`` also matches ``مقابله``. Patterns run on one line or one clause of text at a
time and every repetition is bounded, so they stay linear on adversarial input.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable

from provenance.detect.datetext import MONTHS
from provenance.detect.folding import Folding, OffsetMap
from provenance.detect.regex_trie import atoms_of, trie_alternation
from provenance.text import FOLD

#: Harakat, superscript alef, tatweel and Quranic marks: dropped by the folding, as in text.py.
_STRIP = frozenset(
    [chr(c) for c in range(0x064B, 0x0653)] + ["\u0670", "\u0640"]
    + [chr(c) for c in range(0x06D6, 0x06EE)]
)

#: Characters that ``FOLD`` replaces by exactly one other: they keep their offsets.
_ONE_FOR_ONE = {k: v for k, v in FOLD.items()
                if isinstance(v, str) and len(v) == 1 and chr(k) not in _STRIP}
#: The changing characters that are not :data:`_ONE_FOR_ONE`: dropped, expanded or special.
_SLOW = re.compile(
    "[" + re.escape("".join(sorted(_STRIP | {chr(k) for k in FOLD if k not in _ONE_FOR_ONE})))
    + "\ufb50-\ufeff]"
)


def fold(text: str) -> str:
    """Fold Arabic spelling variants one character at a time (no whitespace collapsing)."""
    return FOLDING(text)[0]


def fold_indexed(text: str) -> tuple[str, OffsetMap | range]:
    """Fold ``text``; the map gives, for each folded offset, the offset in ``text``.

    Folding only drops or replaces single characters, so the map is exact; its extra last entry
    is ``len(text)``, the offset one past the end.
    """
    return FOLDING(text)


def fold_with_offsets(text: str) -> tuple[str, list[int]]:
    """:func:`fold_indexed` with the offsets as a plain list (one entry per character)."""
    folded, where = FOLDING(text)
    return folded, list(where)


def _fold_special(text: str, index: int) -> str:
    """What a mark, tatweel, joiner or presentation form at ``index`` folds to."""
    char = text[index]
    if char == "\u0640" and _standalone(text, index, len(text) - 1):
        return "-"  # بغداد ـ واع ـ : a tatweel between spaces is a dash
    if char in _STRIP:
        return ""
    if "\ufb50" <= char <= "\ufeff":
        char = unicodedata.normalize("NFKC", char)
    return char.translate(FOLD)


def _standalone(text: str, index: int, last: int) -> bool:
    before = text[index - 1] if index > 0 else " "
    after = text[index + 1] if index < last else " "
    return before.isspace() and (after.isspace() or after in "\u0640-")


#: The folding of the whole article: letters in bulk, marks and presentation forms one by one.
FOLDING = Folding(FOLD, _SLOW, _fold_special, "".join(sorted(_STRIP - {"\u0640"})))


def cue_alternation(words: Iterable[str]) -> str:
    """A regex alternation of folded words, longest first, spaces matching 1–3 spaces.

    Factored on shared prefixes (the cues are searched over whole lines and clauses).
    """
    folded = sorted({fold(w) for w in words}, key=len, reverse=True)
    return trie_alternation([atoms_of(w, space=r"\s{1,3}") for w in folded], ignorecase=True)


# --------------------------------------------------------------------------- context words

#: Words that introduce a news agency by kind (``وكالة رويترز``, ``the news agency SPA``).
AGENCY_WORDS_AR = ("وكالة", "الوكالة", "وكالة أنباء", "وكالة الأنباء", "الوكالة الرسمية",
                   "وكالة الأنباء الرسمية")
#: A name written out with its agency word (``وكالة الأنباء الجزائرية``, ``وكالة "فارس"``): a
#: line it opens with a colon after it is a headline quoting the agency, not a dateline.
AGENCY_WORD_OPENS = re.compile(r"(?:ال)?" + fold("وكالة") + r"\s")
#: Words that introduce a newspaper or broadcaster (``قناة العربية``, ``صحيفة الاتحاد``).
#: Not موقع: ``موقع الحدث`` is "the scene of the event" far more often than a website.
OUTLET_WORDS_AR = (
    "قناة", "صحيفة", "جريدة", "شبكة", "مجلة", "إذاعة", "تلفزيون", "القناة", "الصحيفة",
    "الجريدة", "الشبكة", "المجلة", "الإذاعة", "فضائية", "الفضائية", "موقع قناة", "موقع صحيفة",
)
AGENCY_WORDS_LATIN = ("news agency", "agency", "agence", "wire service", "news service")
#: An agency word left before a bracketed name (``وكالة الأنباء (قنا)``): the clause that gives
#: the name its role ends before it.
AGENCY_WORDS_BEFORE_BRACKET = re.compile(  # … and up to two adjectives (الأنباء الرسمية)
    "(?:" + cue_alternation(AGENCY_WORDS_AR) + r")(?:\s{1,3}[^\s()]{1,14}){0,2}\s{0,3}\(\s{0,2}$"
)
#: The same words ending the clause before a quoted name (``وكالة الأنباء الرسمية "سانا"``).
AGENCY_WORDS_BEFORE_QUOTED = re.compile(  # (وكالة الأنباء الرسمية للسلطة الفلسطينية "وفا")
    "(?:" + cue_alternation(AGENCY_WORDS_AR) + r")(?:\s{1,3}[^\s()]{1,14}){0,3}\s{0,3}$"
)
OUTLET_WORDS_LATIN = ("newspaper", "channel", "broadcaster", "network", "daily", "website")
#: Words that make any following name a news organisation but stay out of the surface
#: (``مراسل الجزيرة`` is Al Jazeera's correspondent).
EITHER_WORDS = (
    "مراسل", "مراسلة", "مراسلو", "مراسلي", "موفد", "موفدة", "مندوب", "كاميرا", "correspondent",
    "reporter", "reporters",
)

#: Arabic proclitics that attach to a name (و ف ل ب ك), at most two of them.
PROCLITIC_LETTERS = "وفلبك"
PROCLITIC = rf"[{PROCLITIC_LETTERS}]{{0,2}}"
#: Quotation marks that may wrap a name (``وكالة "أسوشيتد برس"``, ``لـ«الاتحاد»``).
QUOTES = "\"'“”„«»‘’"

#: Ambiguous names that count when spoken to (``قال للجزيرة``, ``في حديث لواس``); not those
#: that are also people or common nouns one speaks to (فارس, تسنيم, العالم, الاتحاد).
DATIVE_CONTEXT_IDS = frozenset({
    "AlJazeera", "AlArabiya", "AsharqAlAwsat", "RT", "Alsumaria", "AlMayadeen", "AlHadath",
    "SPA", "WAM", "QNA", "Petra", "INA", "WAFA", "SUNA", "Saba", "ONA", "Safa", "Maan", "NINA",
    "APS",
})
#: Names shorter than this many letters take no proclitic: ك + افي would read كافي.
MIN_LETTERS_FOR_PROCLITIC = 4

#: Characters right before a name that make it a handle or hashtag (``word/`` marks a URL path).
NOT_BEFORE = "@#_"
#: Words allowed, besides names and separators, on a credit line (``المصدر: رويترز``), with
#: the wire's nationality (``آكي الإيطالية``) and its service (``Reuters News``).
CREDIT_WORDS = re.compile(
    "^(?:[\\s/،,;؛|:()\\[\\].&+\\-–—―_*٫]|" + cue_alternation(
        ("المصدر", "مصدر", "المصادر", "وكالات", "والوكالات", "و", "نقلا عن", "بتصرف", "عن", "مع")
    ) + r"|(?<!\S)ال[^\W\d_]{2,14}ي[ةه](?!\S)"
    r"|\b(?:Source|Sources|Agencies|Staff|and|with|from|via|by|News|Feed)\b"
    # a section in capitals (Anadolu Agency TÜRKIYE), editors' initials (DW: mf/ab (Reuters, AFP))
    r"|\b(?-i:[A-ZÇĞİÖŞÜÉ]{3,14})\b|\b(?-i:[a-z]{1,4}(?:/[a-z]{1,4}){1,3})\b){0,40}$",
    re.IGNORECASE,
)
#: What may stand between the letters or words of a name (``أ.ف.ب``, ``France-Presse``).
NAME_GLUE = r"[\s.\-–—―]{1,3}"
#: A lone letter right before or after spaced initials: they are part of a longer run of
#: initials (an editor's, ``ع ا ب``), not a wire's name.
INITIAL_BEFORE = re.compile(r"(?:^|\s)(?![لو]\s)[^\W\d_]\s{1,2}$")  # (not ل or و: ل د ب أ)
INITIAL_AFTER = re.compile(r"\s{1,2}[^\W\d_](?:\s|$)")
#: A dative ل standing alone at the end of the text before a name (``لـ"إفي"``, folded ``ل"``;
#: ``صلاح لـ"فرانس برس":``): the name is spoken to.
DATIVE_BEFORE_QUOTE = re.compile(r"(?:^|[^\w])ل\s?$")
#: Delimiters of a dateline: dashes, slash, colon, bar.
DELIMS = "-–—―:/|"
#: A place in brackets after a name that opens the line, then a delimiter or the line's end
#: (``رويترز (واشنطن) - …``).
PLACE_BRACKET_THEN_DASH = re.compile(
    r"\s{0,2}\([^()\n]{1,40}\)\s{0,3}(?:[" + re.escape(DELIMS) + r"]|$)")
#: The dashes among them.
DASHES = "-–—―"
#: A wire's initials written apart (``أ ف ب``, ``أ.ش.أ``, ``و م ع``): no word reads so.
SPACED_INITIALS = re.compile(r"(?:[^\W\d_]{1,2}[\s.]{1,2}){1,3}[^\W\d_]{1,2}")
#: Sentence punctuation: a dateline lead never contains it.
SENTENCE_END = ".!?؟؛"
#: Most words on a line that only announces the photo credit below it (``تصوير :``).
MAX_PHOTO_CUE_WORDS = 3
#: Dots that end an abbreviation, not a sentence (``LAGOS, Feb. 20 (Xinhua) --``, ``U.S.``).
ABBREVIATIONS = (
    "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
    # AP style for US states in datelines (BOULDER, Colo. (AP) —)
    "Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ill", "Ind", "Kan", "Ky",
    "La", "Md", "Mass", "Mich", "Minn", "Miss", "Mo", "Mont", "Neb", "Nev", "Okla", "Ore", "Pa",
    "Tenn", "Vt", "Va", "Wash", "Wis", "Wyo",
)
ABBREVIATION_DOT = re.compile(r"\b(?:" + "|".join(ABBREVIATIONS) + r"|[A-Z])\.")
#: Farthest (characters) into its line a name can stand and still be read as a dateline.
DATELINE_REACH = 120
#: Most tokens a dateline lead may have (``15 يناير كانون الثاني``, ``WASHINGTON, Jan 5``).
MAX_LEAD_TOKENS = 8
#: Most tokens before ``(AGENCY)`` alone on its line for a dateline (``القاهرة (أ ش أ)``).
MAX_OWN_LINE_LEAD = 3
#: Most words of a place before "- wire" on a first line without a date (``أبو ظبي - وام``); a
#: line with more is a headline credited to the wire (``North Korea fires missile -Yonhap``).
MAX_HEADLINE_PLACE_TOKENS = 2
#: Most words of a headline (longer first lines are the story itself).
MAX_HEADLINE_TOKENS = 20
#: Most characters a cue that ends at the name spans (``كتب: ``, ``في مقر (``), with room.
CUE_BEFORE_REACH = 40
#: Most characters before a wire that closes a headline (20 words and their spaces).
HEADLINE_REACH = 250
#: How far back a speech verb may stand from the dative name it speaks to, past an aside.
SENTENCE_REACH = 160
#: A title repeated as an image caption: at least this long, found this far from the top.
MIN_REPEATED_TITLE = 20
TITLE_REACH = 3000
#: A line longer than this is a paragraph or a flattened page, never a credit line alone.
LONG_LINE = 400
#: Words after ``© Reuters`` on its line that make the line an image caption.
MIN_CAPTION_WORDS_AFTER_COPYRIGHT = 3
#: Most tokens of SPA's two-calendar dateline lead (a place of up to three words, two dates).
MAX_HIJRI_LEAD_TOKENS = 16
#: Most words before the agency in a byline (``Darpan News Desk IANS, 29 Mar, 2022``).
MAX_BYLINE_LEAD = 4
#: Most tokens a caption line may have for a bare ``(Reuters)`` at its end to be a photo credit.
MAX_CAPTION_TOKENS = 16
#: Lines (items and blank ones) read up to a related-stories heading, and its most words.
MAX_RELATED_ITEMS, MAX_RELATED_HEADING_WORDS = 12, 5
#: How far back (characters) role cues are looked for, within the clause.
CUE_WINDOW = 70
#: HTML elements whose class or id says they hold a caption or credit: names there credit a photo.
CAPTION_CLASS = re.compile(r"caption|credit|photo|image|figure|media-info", re.IGNORECASE)
#: HTML elements whose class or id says they hold tags, categories or navigation: labels.
LABEL_CLASS = re.compile(
    r"\btags?\b|tag-|keywords?|categor|breadcrumb|\bnav\b|menu|related|topics?", re.IGNORECASE
)
#: Larger elements with such a class are wrappers (``article-figure-enabled``), not captions.
MARKUP_MAX_CHARS = 500
#: HTML elements that are captions or labels by name.
CAPTION_TAGS = frozenset({"figcaption"})
LABEL_TAGS = frozenset({"nav"})
#: Characters that end the clause a role cue must share with the name.
CLAUSE_BREAK = re.compile(r"[.!?؟؛\n]|،|,(?=\s)")


# --------------------------------------------------------------------------- clause shapes

#: Between a name and its abbreviation: ``(``, ``،``, a quote, or two words (``الرسمية (واس)``),
#: not a place in capitals (``By Jane Doe Associated Press UNITED NATIONS (AP) —``).
MERGE_GAP = re.compile(  # never across a line or a sentence: "(كونا). وأضافت “كونا”" is two
    r"[^\S\n]{0,2}(?:(?![A-Z]{2})[^\s()،,.!?؟؛:]{1,12}[^\S\n]{1,2}){0,2}[(،,\"«“]?[^\S\n]{0,2}"
)
#: After a name, a delimiter with space after it: a dateline (``Reuters/Ipsos`` is a compound).
SPACED_DELIM = re.compile(r"\s{0,3}(?:[-–—―:]{1,2}(?:\s|$)|/\s)")
#: What may follow a name that closes its line: a bracket, a full stop, spaces.
CLOSING = re.compile(r"[\s).\]\-–—―]{0,6}")
#: A closing bracket right after a merged abbreviation (``وكالة الأنباء العراقية (واع)``).
CLOSE_BRACKET = re.compile(r"\s{0,2}\)")
#: A name that closes its line after a dash, slash or full stop is the paragraph's credit.
AFTER_BREAK = re.compile(r"[-–—―/|.!?؟•]\s{0,3}$")

# --------------------------------------------------------------------------- dates near names

#: A Latin abbreviation in capitals that papers also write in title case (``WAM`` → ``Wam``).
CAPITAL_ABBREVIATION = re.compile(r"[A-Z]{3,5}")
#: Month names (English, Arabic, Levantine, Maghrebi), folded, for datelines and bylines.
MONTH_WORDS = cue_alternation(MONTHS)
#: A comma and a full date after the name: ``Xinhua, August 4, 2015``, ``IANS, 29 Mar, 2022``,
#: ``وكالة رويترز، 16-05-2024``.
DATE_AFTER_NAME = re.compile(
    # a comma, a bar or a slash (Reuters | Apr 11, 2019, 05:25 PM IST; Reuters / Aug 25, 2023)
    # ... a weekday perhaps first (AFP, Wednesday 2 Oct 2013), an ordinal day (REUTERS, 25th
    # MAY, 2017-)
    r"(?:\s{0,3}[,،|/]\s{0,3}(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s{1,3})?"
    # ... or an Arabic weekday and its comma (أ ش أ الأربعاء، 23 ديسمبر 2020)
    r"|\s{1,3}(?:" + fold("الأحد|الاثنين|الإثنين|الثلاثاء|الأربعاء|الخميس|الجمعة|السبت")
    + r")\s{0,2}[،,]?\s{1,3})"
    r"(?:(?:" + MONTH_WORDS + r")\.?\s{1,3}\d{1,2}(?:st|nd|rd|th)?,?\s{1,3}\d{4}"
    r"|\d{1,2}(?:st|nd|rd|th)?\s{1,3}(?:" + MONTH_WORDS + r")\.?,?\s{1,3}\d{4}"
    r"|\d{1,2}[-/.]\d{1,2}[-/.]\d{4}|\d{4}[-/.]\d{1,2}[-/.]\d{1,2})(?!\d)",
    re.IGNORECASE,
)
#: A comma and a capitalised place that end the line (``Reuters, Cairo,``).
PLACE_AFTER_NAME = re.compile(  # … or a colon after the place (TASS, Vienna :)
    r"[^\S\n]{0,2},[^\S\n]{1,2}[A-Z][a-z]{2,20}(?:[^\S\n][A-Z][a-z]{2,20})?[^\S\n]{0,2}[,:]?"
    r"[^\S\n]*$",
    re.MULTILINE,
)
#: A place in brackets closing the line after a name that opens it (``Sudan News Agency
#: (Khartoum)``): the publisher's credit over a syndicated story.
PLACE_IN_BRACKET_ENDS_LINE = re.compile(r"[^\S\n]{0,2}\([^\S\n]?[^\W\d_][^()\n\d]{1,30}\)[^\S\n]*")
#: A dateline's place in Latin letters: one to three capitalised words, the country in brackets
#: perhaps, or its state after a comma (``Rabat``, ``CHICAGO``, ``Casablanca (Morocco)``,
#: ``BISMARCK, N.D.``).
LATIN_PLACE_LEAD = re.compile(
    r"[A-Z][\w.'’-]{1,20}(?:,?[^\S\n](?:\(?[A-Z][\w.'’-]{1,20}\)?)){0,2}")
#: A dateline's place in capitals right before the bracketed wire, with its country perhaps
#: (``BOSTON (``, ``SINGAPORE/BEIJING (``, ``ZOLOCHIV, Ukraine (``): the words before it (a
#: byline on the same line) do not make it less of a dateline.
CAPS_PLACE_BEFORE_BRACKET = re.compile(
    r"(?:^|[^\S\n])[A-Z][A-Z.'’-]{2,20}(?:[/ ][A-Z][A-Z.'’-]{1,20}){0,2}"
    r"(?:,[^\S\n]{1,3}[A-Z][\w.'’-]{1,20}(?:[^\S\n][A-Z][\w.'’-]{1,20})?)?[^\S\n]{0,2}\($")
#: ``(Reuters) -President``, or the ``?``/U+FFFD a lost encoding left (``BEIRUT (AP) ? Syria's``)
BRACKET_THEN_DASH = re.compile(r"[^\S\n]{0,2}\)[^\S\n]{0,2}(?:[-–—―]|[?\ufffd](?=[^\S\n]))")
#: A second wire sharing the bracket after a slash (``(dpa/GNA)``): the bracket closes past it.
SHARED_BRACKET_TAIL = re.compile(r"[^\S\n]{0,2}/[^\S\n]{0,2}[^\s()/]{1,20}[^\S\n]{0,2}(?=\))")
#: The first name of a shared bracket before the second (``(ANI/Sputnik)``, ``(الاتحاد، وام)``).
SHARED_BRACKET_HEAD = re.compile(r"\([^\S\n]{0,2}[^\s()/،,]{1,20}[^\S\n]{0,2}[/،,][^\S\n]{0,2}$")
#: The story's first word after a bracketed wire, capitalised (``(AFP) Moroccan police …``).
CAPITAL_AFTER = re.compile(r"[^\S\n]{1,3}[\"“]?[A-Z0-9]")
#: A date and a dash before a name that closes the line: a headline's credit in a listing
#: (``… Seized Northern Morocco - 07/03/2016 MAP``), or a date and a bar filling the line before
#: it (``August 05, 2012|Reuters``).
DATED_SIGNATURE_BEFORE = re.compile(
    r"[-–—―|][^\S\n]{0,3}\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}[^\S\n]{1,3}$"
    r"|^[^\S\n]{0,3}(?:" + MONTH_WORDS
    + r")\.?[^\S\n]{1,3}\d{1,2},?[^\S\n]{1,3}\d{4}[^\S\n]{0,2}\|[^\S\n]{0,2}$",
    re.IGNORECASE | re.MULTILINE)
#: A month name then a day, or a day then a month name, in a dateline's lead (``New Delhi,
#: March 29 (IANS)``, ``القاهرة، 12 مايو``).
MONTH_AND_DAY = re.compile(
    r"(?:^|[\s,،])(?:(?:" + MONTH_WORDS + r")\.?\s{1,3}\d{1,2}|\d{1,2}\s{1,3}(?:" + MONTH_WORDS
    + r"))(?:$|[\s,،./])",
    re.IGNORECASE,
)
#: SPA's wire dateline: place, Hijri date, "الموافق", Gregorian date, then the name with no
#: delimiter (``مكة المكرمة 26 ربيع الأول 1442 هـ الموافق 12 نوفمبر 2020 م واس أشاد``).
HIJRI_AND_GREGORIAN_LEAD = re.compile(
    r"\d{4}\s{0,2}" + fold("هـ") + r"?\.?\s{1,3}" + fold("الموافق")
    + r"\s{1,3}\d{1,2}\s{1,3}\S{2,12}\s{1,3}\d{4}\s{0,2}(?:" + fold("م")
    + r"\.?)?\s{0,3}[-–—―/]?\s{0,3}$"
    # … in English: Riyadh, Ramadan 27, 1442 AH, corresponding to May 09, 2021 AD, SPA
    r"|\d{4}\s{1,2}AH,?\s{1,3}corresponding\s{1,3}to\s{1,3}[A-Z][a-z]{2,9}\s{1,3}\d{1,2},?"
    r"\s{1,3}\d{4}\s{1,2}AD,?\s{0,3}$"
)
#: A publication stamp right after a byline's agency (``كشـ24 | و.م.ع نشر في: 11 مارس``).
STAMP_AFTER = re.compile(
    r"\s{0,3}(?:" + cue_alternation(("نشر في", "تاريخ النشر", "آخر تحديث")) + r"|published\b"
    r"|updated\b|posted\b)",
    re.IGNORECASE,
)

# --------------------------------------------------------------------------- form patterns


#: What :data:`NAME_GLUE` matches, as one run.
_SEPARATORS = re.compile(r"[\s.\-–—―]+")


@functools.lru_cache(maxsize=4096)  # called once per candidate; names repeat on a page
def form_key(text: str) -> str:
    """The lookup key of a folded form: separators to one space, case folded."""
    return _SEPARATORS.sub(" ", text).strip().casefold()


def form_spellings(form: str, latin_name: bool) -> list[list[str]]:
    """The token lists one written form is matched as; Latin names also in capitals (``REUTERS``).

    Latin names are not matched case-blind: ``the economist said`` and ``the independent
    candidate`` are not newspapers. A leading ``The`` may be written ``the``.
    """
    tokens = [t for t in re.split(r"[\s.\-]+", fold(form)) if t]
    spellings = [tokens]
    if latin_name:
        spellings.append([t.upper() for t in tokens])
        if tokens[0] == "The" and len(tokens) > 1:
            spellings.append(["the", *tokens[1:]])
        # "National Iraqi news agency": the kind after the proper name also in small letters
        kind = len(tokens)
        while kind > 1 and tokens[kind - 1] in ("News", "Press", "Agency"):
            kind -= 1
        if tokens[-1] == "Agency" and kind < len(tokens):
            spellings.append([*tokens[:kind], *(t.lower() for t in tokens[kind:])])
    unique: list[list[str]] = []
    for spelling in spellings:
        if spelling not in unique:
            unique.append(spelling)
    return unique


def spelling_atoms(tokens: list[str]) -> list[str]:
    """A spelling as regex atoms: its letters, with :data:`NAME_GLUE` between tokens."""
    atoms: list[str] = []
    for index, token in enumerate(tokens):
        if index:
            atoms.append(NAME_GLUE)
        atoms.extend(re.escape(ch) for ch in token)
    return atoms


#: Most characters :data:`NAME_GLUE` takes between two tokens.
GLUE_MAX = 3


def in_url(folded: str, name_start: int) -> bool:
    """``twitter.com/Reuters`` and ``…/afp/…`` are paths, but ``Getty Images/AFP`` is a credit."""
    if folded[name_start - 1:name_start] != "/":
        return False
    token = re.split(r"\s", folded[max(0, name_start - 200):name_start])[-1]
    return "." in token or ":" in token


def bracketed(folded: str, start: int, end: int) -> bool:
    """True for ``(واس)``, ``[Xinhua]`` and ``«الاتحاد»``: the name alone inside brackets or
    quotation marks."""
    before = folded[max(0, start - 3):start].rstrip()
    after = folded[end:end + 3].lstrip()
    if (before.endswith("(") and after.startswith(")")) or (
            before.endswith("[") and after.startswith("]")):
        return True
    return folded[start] in QUOTES and folded[end - 1] in QUOTES
