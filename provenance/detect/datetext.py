"""Calendar dates written in words: month-name tables and a small, strict parser.

Embed footers and datelines write dates in the embed's language (``December 9, 2021``,
``9 ديسمبر 2021``, ``٩ كانون الأول ٢٠٢١``, ``20 novembre 2024``, ``2016年5月28日``). dateparser
handles running text, but it misses Levantine month names and the double forms
(``تموز/ يوليو``) and is slow on a first call, so footers use these tables: every month name
maps to its number, and :func:`parse_date_text` reads day, month and year in either order.
"""

from __future__ import annotations

import re
from datetime import date

from provenance.detect.regex_trie import atoms_of, trie_alternation
from provenance.text import DIGITS

#: Month names by language; each maps a lower-case spelling to the month number.
MONTHS_EN = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "oct": 10, "nov": 11, "dec": 12,
}
#: Egyptian/Gulf names (transliterated from the Latin months), with common spellings.
MONTHS_AR = {
    "يناير": 1, "فبراير": 2, "مارس": 3, "ابريل": 4, "أبريل": 4, "إبريل": 4, "مايو": 5,
    "يونيو": 6, "يونيه": 6, "يوليو": 7, "يوليه": 7, "اغسطس": 8, "أغسطس": 8, "سبتمبر": 9,
    "اكتوبر": 10, "أكتوبر": 10, "نوفمبر": 11, "ديسمبر": 12,
}
#: Levantine/Iraqi (Syriac) names.
MONTHS_LEVANT = {
    "كانون الثاني": 1, "شباط": 2, "آذار": 3, "اذار": 3, "نيسان": 4, "أيار": 5, "ايار": 5,
    "حزيران": 6, "تموز": 7, "آب": 8, "اب": 8, "أيلول": 9, "ايلول": 9, "تشرين الأول": 10,
    "تشرين الاول": 10, "تشرين الثاني": 11, "كانون الأول": 12, "كانون الاول": 12,
}
#: Maghrebi names (from French).
MONTHS_MAGHREB = {
    "جانفي": 1, "فيفري": 2, "أفريل": 4, "افريل": 4, "ماي": 5, "جوان": 6, "جويلية": 7,
    "أوت": 8, "اوت": 8, "سبتمبر": 9, "أكتوبر": 10, "نوفمبر": 11, "ديسمبر": 12,
}
MONTHS_FR = {
    "janvier": 1, "février": 2, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6,
    "juillet": 7, "août": 8, "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11,
    "décembre": 12, "decembre": 12,
}
MONTHS_ES = {
    "enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7,
    "agosto": 8, "septiembre": 9, "setiembre": 9, "octubre": 10, "noviembre": 11, "diciembre": 12,
}
MONTHS_DE = {
    "januar": 1, "jänner": 1, "februar": 2, "märz": 3, "april": 4, "mai": 5, "juni": 6,
    "juli": 7, "august": 8, "september": 9, "oktober": 10, "november": 11, "dezember": 12,
}
MONTHS_TR = {
    "ocak": 1, "şubat": 2, "mart": 3, "nisan": 4, "mayıs": 5, "haziran": 6, "temmuz": 7,
    "ağustos": 8, "eylül": 9, "ekim": 10, "kasım": 11, "aralık": 12,
}
MONTHS_IT = {
    "gennaio": 1, "febbraio": 2, "marzo": 3, "aprile": 4, "maggio": 5, "giugno": 6,
    "luglio": 7, "agosto": 8, "settembre": 9, "ottobre": 10, "novembre": 11, "dicembre": 12,
}
MONTHS_PT = {
    "janeiro": 1, "fevereiro": 2, "março": 3, "marco": 3, "abril": 4, "maio": 5, "junho": 6,
    "julho": 7, "agosto": 8, "setembro": 9, "outubro": 10, "novembro": 11, "dezembro": 12,
}
MONTHS_NL = {
    "januari": 1, "februari": 2, "maart": 3, "april": 4, "mei": 5, "juni": 6, "juli": 7,
    "augustus": 8, "september": 9, "oktober": 10, "november": 11, "december": 12,
}
#: Indonesian and Malay (X's ``id``/``msa`` embeds).
MONTHS_ID = {
    "januari": 1, "februari": 2, "maret": 3, "mac": 3, "april": 4, "mei": 5, "juni": 6,
    "jun": 6, "juli": 7, "julai": 7, "agustus": 8, "ogos": 8, "september": 9, "oktober": 10,
    "november": 11, "desember": 12, "disember": 12,
}
#: Russian, genitive (``9 декабря 2021 г.``) and nominative, with X's short forms.
MONTHS_RU = {
    "января": 1, "февраля": 2, "марта": 3, "апреля": 4, "мая": 5, "июня": 6, "июля": 7,
    "августа": 8, "сентября": 9, "октября": 10, "ноября": 11, "декабря": 12,
    "январь": 1, "февраль": 2, "март": 3, "апрель": 4, "май": 5, "июнь": 6, "июль": 7,
    "август": 8, "сентябрь": 9, "октябрь": 10, "ноябрь": 11, "декабрь": 12,
    "янв": 1, "февр": 2, "мар": 3, "апр": 4, "авг": 8, "сент": 9, "окт": 10, "нояб": 11,
    "дек": 12,
}
#: Polish, genitive, as X writes a day and month (``1 czerwca 2025``).
MONTHS_PL = {
    "stycznia": 1, "lutego": 2, "marca": 3, "kwietnia": 4, "maja": 5, "czerwca": 6, "lipca": 7,
    "sierpnia": 8, "września": 9, "października": 10, "listopada": 11, "grudnia": 12,
}
#: Persian (Gregorian months as Iranian embeds write them).
MONTHS_FA = {
    "ژانویه": 1, "ژانویهٔ": 1, "فوریه": 2, "فوریهٔ": 2, "آوریل": 4, "مه": 5, "مهٔ": 5,
    "ژوئن": 6, "ژوئیه": 7, "ژوئیهٔ": 7, "سپتامبر": 9, "اکتبر": 10, "نوامبر": 11, "دسامبر": 12,
}
#: Urdu (``جون`` is left out: it is also the name John in Arabic text).
MONTHS_UR = {
    "جنوری": 1, "فروری": 2, "مارچ": 3, "اپریل": 4, "مئی": 5, "جولائی": 7, "اگست": 8,
    "ستمبر": 9, "اکتوبر": 10, "نومبر": 11, "دسمبر": 12,
}
#: Hebrew, bare and with the ``ב`` ("in") prefix X puts before the month (``9 בדצמבר 2021``).
MONTHS_HE = {
    prefix + name: number
    for number, name in enumerate(("ינואר", "פברואר", "מרץ", "אפריל", "מאי", "יוני", "יולי",
                                   "אוגוסט", "ספטמבר", "אוקטובר", "נובמבר", "דצמבר"), start=1)
    for prefix in ("", "ב")
}

#: Every month spelling this module reads, longest first so ``كانون الأول`` wins over ``كانون``.
MONTHS: dict[str, int] = {}
for _table in (MONTHS_EN, MONTHS_FR, MONTHS_ES, MONTHS_DE, MONTHS_TR, MONTHS_IT, MONTHS_PT,
               MONTHS_NL, MONTHS_ID, MONTHS_RU, MONTHS_PL, MONTHS_HE, MONTHS_FA, MONTHS_UR,
               MONTHS_MAGHREB,
               MONTHS_AR, MONTHS_LEVANT):
    MONTHS.update(_table)

#: Arabic weekday names → Python weekday (Monday = 0).
WEEKDAYS_AR = {
    "الاثنين": 0, "الإثنين": 0, "الثلاثاء": 1, "الأربعاء": 2, "الاربعاء": 2, "الخميس": 3,
    "الجمعة": 4, "السبت": 5, "الأحد": 6, "الاحد": 6,
}
WEEKDAYS_EN = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
    "sunday": 6,
}

#: The month alternation, behind a lookahead on the months' first letters and factored on shared
#: prefixes: tried case-blind at every digit and letter of a page, the bare alternation cost
#: seconds per megabyte.
_MONTH_ALT = (
    "(?=[" + "".join(sorted({re.escape(m[0]) for m in MONTHS})) + "])"
    + trie_alternation([atoms_of(m) for m in sorted(MONTHS, key=len, reverse=True)],
                       ignorecase=True)
)
#: A month name, optionally doubled (``تموز/ يوليو``, ``يناير كانون الثاني``).
MONTH_PATTERN = rf"(?:{_MONTH_ALT})(?:\s*+[/\\-]?\s*+(?:{_MONTH_ALT}))?"
_DIGIT = r"[0-9٠-٩۰-۹]"
#: A date in words: ``December 9, 2021``, ``9 ديسمبر 2021``, ``20 novembre 2024``,
#: ``2016年5月28日``, ``2021년 12월 9일``, ``9 дек. 2021 г.``.
DATE_PATTERN = (
    rf"(?:(?:{_MONTH_ALT})\.?\s+{_DIGIT}{{1,2}}[,،]?\s+{_DIGIT}{{4}}"
    # possessive spaces: a run of them between the parts is read one way, not n² ways
    rf"|{_DIGIT}{{1,2}}\.?\s*+(?:de\s+)?{MONTH_PATTERN}\.?\s*+[,،]?\s*+(?:de\s+)?{_DIGIT}{{4}}"
    rf"|{_DIGIT}{{4}}年{_DIGIT}{{1,2}}月{_DIGIT}{{1,2}}日"
    rf"|{_DIGIT}{{4}}년\s?{_DIGIT}{{1,2}}월\s?{_DIGIT}{{1,2}}일)"
)
_DATE_RE = re.compile(DATE_PATTERN, re.IGNORECASE)
_MONTH_RE = re.compile(_MONTH_ALT, re.IGNORECASE)
_NUMBER_RE = re.compile(r"\d+")


def _month_number(word: str) -> int | None:
    """The month that a case-blind match of the month alternation names.

    ``lower()`` is not the regex's case folding: ``KASIM`` and ``kasim`` match ``kasım``.
    """
    number = MONTHS.get(word.lower())
    if number is None:
        number = next((n for name, n in MONTHS.items()
                       if re.fullmatch(re.escape(name), word, re.IGNORECASE)), None)
    return number


def parse_date_text(text: str) -> date | None:
    """Parse one date written with a month name (any table above) or in CJK form.

    Returns None when ``text`` holds no complete, valid date.

    >>> parse_date_text("December 9, 2021"), parse_date_text("٩ كانون الأول ٢٠٢١")
    (datetime.date(2021, 12, 9), datetime.date(2021, 12, 9))
    """
    match = _DATE_RE.search(text)
    if not match:
        return None
    found = match.group(0).translate(DIGITS)
    numbers = [int(n) for n in _NUMBER_RE.findall(found)]
    if "年" in found or "년" in found:
        year, month, day = numbers[:3]
    else:
        month_match = _MONTH_RE.search(found)
        if not month_match or len(numbers) < 2:
            return None
        named = _month_number(month_match.group(0))
        if named is None:
            return None
        month, day, year = named, numbers[0], numbers[-1]
    try:
        return date(year, month, day)
    except ValueError:
        return None
