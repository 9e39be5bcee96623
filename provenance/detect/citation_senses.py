"""Other senses of agency names: where a registry form names something else.

``AP Stylebook`` is a book, ``لقاح سبوتنيك`` a vaccine, ``شبه الجزيرة`` a peninsula; and an
abbreviation two agencies share (``واع``) belongs to the other one in an article that names it in
full. The citation detector consults these tables per mention (:mod:`.citations`).
"""

from __future__ import annotations

import re

from provenance.detect.citation_patterns import cue_alternation, fold

#: Per registry id: text right after the name that shows another sense (``AP Stylebook``).
EXCLUDE_AFTER: dict[str, re.Pattern[str]] = {
    "AP": re.compile(
        r"[\s-](?:Stylebook|[Ss]tyle|[Ee]xams?|[Tt]ests?|[Cc]lass(?:es)?|[Cc]ourses?|[Cc]redits?"
        r"|[Ss]cores?|[Cc]alculus|[Bb]iology|[Cc]hemistry|[Pp]hysics|[Hh]istory|[Ss]tudents?)\b"
        # Pakistan's own wire, APP, not in the registry
        r"|\s{1,3}of\s{1,3}Pakistan\b"
    ),
    "Reuters": re.compile(r"\s{1,3}(?:Institute|Foundation|Digital\s{1,3}News\s{1,3}Report)"),
    "AlIttihad": re.compile(r"\s{1,3}(?:" + cue_alternation((
        "الأوروبي", "الأفريقي", "الإفريقي", "الدولي", "العام", "الوطني", "السوفيتي", "السوفياتي",
        "المغاربي", "الخليجي", "البرلماني", "الاشتراكي", "الآسيوي", "العربي", "الإسلامي",
        "الديمقراطي", "العالمي", "الفيدرالي", "الاتحادي", "الجمركي", "النقدي", "من أجل",
    )) + ")"),
    "Sputnik": re.compile(r"\s{0,2}(?:V\b|Light\b|\d|" + fold("في\\b|لايت") + ")"),
    "Anadolu": re.compile(r"\s{1,3}(?:Efes|University|Üniversitesi|" + fold("إيفس") + ")"),
    "TAP": re.compile(r"\s{1,3}(?:Air|Portugal|Airlines|flights?)\b"),
    "Bloomberg": re.compile(
        r"\s{1,3}(?:Philanthropies|School|L\.P\.|LP\b|Terminal|Businessweek|Billionaires"
        r"|Family|Foundation|" + fold("الخيرية") + ")"
    ),
    # قنا - محمود عبد الباسط: the Egyptian city, a dash, a reporter's name and a colon or the
    # line's end (Qatar's agency writes الدوحة - قنا)
    "QNA": re.compile(r"[^\S\n]{0,3}[-–—―][^\S\n]{0,3}(?:[^\W\d_]{2,20}[^\S\n]{1,3}){1,3}"
                      r"[^\W\d_]{2,20}[^\S\n]{0,2}(?::|$)", re.MULTILINE),
    # Pakistan Tehreek-e-Insaf, the party: "the opposition PTI party", "PTI chairman"
    "PTI": re.compile(r"[^\S\n]{1,3}(?:party|chairman|chief|leaders?|supporters|workers"
                      r"|government|lawmakers?|senators?|MNAs?|founder)\b|-led\b"),
    "AlJazeera": re.compile(r"\s{1,3}(?:" + cue_alternation(
        ("العربية", "الفراتية", "السورية", "الكورية", "الإيبيرية", "الماليزية", "الخضراء")
    ) + ")"),
}
#: Per registry id: text right before the name that shows another sense (``لقاح سبوتنيك``).
EXCLUDE_BEFORE: dict[str, re.Pattern[str]] = {
    "Sputnik": re.compile("(?:" + cue_alternation(("لقاح", "vaccine", "لقاحات")) + r")\s{1,3}$"),
    "AlJazeera": re.compile("(?:" + cue_alternation(("شبه", "ولاية", "منطقة")) + r")\s{1,3}$"),
    "Reuters": re.compile(
        "(?:" + cue_alternation(("معهد", "مؤسسة تومسون", "مؤسسة")) + r")\s{1,3}$"
    ),
    "QNA": re.compile("(?:" + cue_alternation(("محافظة", "محافظ", "مدينة", "مركز", "جامعة", "أهالي",
                                             "صعيد")) + r")\s{1,3}$"),
    "Okaz": re.compile("(?:" + cue_alternation(("سوق", "Souq", "Souk")) + r")\s{1,3}$"),
    "Anadolu": re.compile("(?:" + cue_alternation((
        "هضبة", "شبه جزيرة", "شرق", "غرب", "شمال", "جنوب", "وسط", "منطقة", "ولايات", "مدن", "في",
        "قلب", "شباب",  # جمعية شباب الأناضول: an association
        "سهول", "جبال", "eastern", "southeastern", "central", "western", "in",
    )) + r")\s{1,3}$", re.IGNORECASE),
    "Bloomberg": re.compile(
        "(?:" + cue_alternation(("Michael", "Mike", "مايكل", "مايك")) + r")\s{1,3}$"
    ),
}
#: A short name that is also an Arabic adjective of origin (العمانية, الألمانية, العربية): after
#: a definite noun on its line it is that adjective (الشبيبة العمانية is a paper, الخارجية
#: الألمانية a ministry), not the wire; the wire's short name stands alone or after a delimiter.
NISBA_ADJECTIVE = re.compile(fold("ال") + r"\w{2,20}" + fold("ية"))
DEFINITE_NOUN_BEFORE = re.compile(r"(?:^|\s)[وفبل]?" + fold("ال") + r"\w{2,20}[^\S\n]{1,3}$")
#: A name of capitalised words (a city, a country).
_CAPITALISED = r"[A-Z][\w'’-]{1,20}(?:[^\S\n][A-Z][\w'’-]{1,20}){0,2}"


def _signs(names: tuple[str, ...], shape: str | None = None) -> re.Pattern[str]:
    """What shows another agency in an article: its full names as written, or its own shape."""
    return re.compile("|".join([*(re.escape(fold(name)) for name in names), *([shape] if shape
                                                                              else [])]))


#: Per registry id: what shows that *another* agency, which signs with the same ambiguous
#: abbreviation, is the one in this article: its full names (the private ``وكالة أنباء
#: الإعلام العراقي`` also signs ``واع``, which is INA's), or its own dateline shape where its
#: name is never written in full (Dakar's African Press Agency: ``APA - Tunis (Tunisia) —``, a
#: city and its country in brackets; Vienna's APA writes ``Wien (APA) -``).
SHARED_ABBREVIATION: dict[str, re.Pattern[str]] = {
    "INA": _signs(("وكالة أنباء الإعلام العراقي", "وكالة انباء الاعلام العراقي")),
    "APA": _signs(
        ("African Press Agency", "Agence de Presse Africaine", "apanews"),
        # (the literal first, its boundary after: re skips to "APA" in C)
        r"APA(?<!\wAPA)[^\S\n]?[-–—][^\S\n]?" + _CAPITALISED + r"[^\S\n]\(" + _CAPITALISED + r"\)"),
}


def yielding_abbreviations(folded: str) -> frozenset[str]:
    """Ids whose ambiguous forms belong, in this article, to another agency it shows."""
    return frozenset(agency for agency, signs in SHARED_ABBREVIATION.items()
                     if signs.search(folded))


def spelled_out_before(folded: str, start: int, name_start: int, name_end: int) -> bool:
    """Whether the words right before a bracketed capital name (its mention opening at
    ``start``) start with its letters in turn: an acronym spelt out, not the wire
    (``Defense Production Act (DPA)``, ``Democratic Party of Albania (DPA)``)."""
    name = folded[name_start:name_end]
    if not (name.isascii() and name.isupper()):
        return False
    # (hyphens part words too: Pakistan Tehreek-i-Insaf (PTI))
    window = folded[max(0, start - 12 * len(name)):start]
    # on its own line, and not a dateline's place in capitals (Anadolu Agency)\n\nANKARA (AA))
    words = re.findall(r"[A-Za-z][\w'’]*", window[window.rfind("\n") + 1:])
    initials = "".join(w[0] for w in words if w[0].isupper() and not (len(w) > 1 and w.isupper()))
    return initials.endswith(name)
