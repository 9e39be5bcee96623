"""The date patterns of :mod:`provenance.detect.dates`, and where each is searched.

The word patterns run on folded text (:data:`DATE_FOLDING`: the folding of
:func:`provenance.text.fold_with_offsets`, done in bulk by
:class:`~provenance.detect.folding.Folding`; a test checks that the two agree), so ``الـ25``
and ``الأيام الأخيرة`` match plain spellings. Each holds a keyword (a month, a weekday, a
relative word) and the last keyword of a match is followed by a non-word character, so any word
run of it ends a run of the text (which may begin with glued letters: ``25يوليو``,
``والأسبوع``): :class:`KeywordRuns` finds those runs, and each pattern is searched only near
them (:func:`provenance.detect.anchored.finditer_near`). Numeric dates are searched
only around their dashes and slashes, full dates (:data:`provenance.detect.datetext.DATE_PATTERN`)
only around years. Every search yields the matches a ``finditer`` over the whole text would.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable, Iterator

from provenance.detect import vocab as v
from provenance.detect.anchored import (
    WordRuns,
    finditer_in,
    finditer_near,
    windows,
    windows_holding,
)
from provenance.detect.datetext import DATE_PATTERN, MONTHS, WEEKDAYS_AR, WEEKDAYS_EN
from provenance.detect.folding import Folding
from provenance.detect.regex_trie import atoms_of, trie_alternation
from provenance.text import FOLD, normalize

#: The characters :func:`provenance.text.fold_with_offsets` handles one at a time: marks and
#: tatweel (dropped), presentation forms (NFKC), joiners and direction marks (dropped).
_SPECIAL = re.compile("[\u064b-\u0652\u0670\u0640\u06d6-\u06ed\ufb50-\ufdff\ufe70-\ufeff"
                      "\u200c-\u200f]")
_PRESENTATION = re.compile("[\ufb50-\ufdff\ufe70-\ufeff]")
_RUN = re.compile(r"\w+")


def _fold_special(text: str, index: int) -> str:
    char = text[index]
    if not _PRESENTATION.match(char):
        return ""  # a diacritic, tatweel or joiner: dropped
    return unicodedata.normalize("NFKC", char).translate(FOLD)


#: The special characters that :func:`_fold_special` always drops (all but presentation forms).
_DROPPED = "".join(map(chr, [*range(0x064B, 0x0653), 0x0670, 0x0640, *range(0x06D6, 0x06EE),
                             *range(0x200C, 0x2010)]))
#: The folding the date patterns are written for.
DATE_FOLDING = Folding(FOLD, _SPECIAL, _fold_special, _DROPPED)


class KeywordRuns:
    """One word run per keyword, to find the places where a keyword may end a match."""

    def __init__(self, keywords: Iterable[str], glue: str, first: bool = False) -> None:
        """``keywords`` are matched case-blind; each needs a word character.

        ``glue`` is a pattern for what a match may join, in the same run of the text, to the
        front of a keyword (a proclitic, a day's digits); ``first`` picks each keyword's first
        run rather than its longest (the rarer one for ``كانون الثاني``).
        """
        opening: set[str] = set()
        inner: set[str] = set()
        for keyword in keywords:
            runs = list(_RUN.finditer(keyword))
            if not runs:
                raise ValueError(f"keyword {keyword!r} has no word character to look for")
            run = runs[0] if first else max(runs, key=lambda m: len(m.group()))
            (opening if run.start() == 0 else inner).add(run.group())

        def alternation(runs: set[str]) -> str:
            ordered = sorted(runs, key=len, reverse=True)
            return trie_alternation([atoms_of(r) for r in ordered], ignorecase=True)

        # a run not opening its keyword follows a space inside it, so it stands alone
        branches = [f"(?:{glue})?{alternation(opening)}"] if opening else []
        branches += [alternation(inner)] if inner else []
        self._whole = re.compile("|".join(branches), re.IGNORECASE)
        # Every run ``_whole`` matches ends with a keyword's run: the runs so ending are found
        # in one search (over the runs reversed), and only they are tried whole.
        reversed_runs = sorted((run[::-1] for run in opening | inner), key=len, reverse=True)
        self._ending = re.compile(
            trie_alternation([atoms_of(run) for run in reversed_runs], ignorecase=True),
            re.IGNORECASE,
        )

    def runs_in(self, words: WordRuns) -> set[str]:
        """The text's runs that may end a match at the end of a keyword (the anchors' runs)."""
        return {run for run in words.ending_with(self._ending) if self._whole.fullmatch(run)}

FOLDED_MONTHS = {normalize(k).casefold(): m for k, m in MONTHS.items()}


@functools.lru_cache(maxsize=1024)
def month_of(word: str) -> int:
    """The month a case-blind match of the month alternation names.

    ``casefold()`` is not the regex's case folding: the pattern matches ``KASIM`` to ``kasım``
    (dotless ı), which no dictionary key spells.
    """
    number = FOLDED_MONTHS.get(word.casefold())
    if number is None:
        # The alternation is these keys spelt letter by letter, so a matched word always
        # fullmatches one of them: the search cannot come up empty.
        number = next(n for name, n in FOLDED_MONTHS.items()
                      if re.fullmatch(re.escape(name), word, re.IGNORECASE))
    return number

FOLDED_WEEKDAYS = {normalize(k): d for k, d in WEEKDAYS_AR.items()} | WEEKDAYS_EN


def _alt(words: Iterable[str]) -> str:
    """The words, longest first, as one case-blind alternation factored on shared prefixes."""
    ordered = sorted(words, key=len, reverse=True)
    return trie_alternation([atoms_of(w) for w in ordered], ignorecase=True)


def _first(words: Iterable[str], extra: str = "") -> str:
    """A lookahead for the first characters of ``words``: positions that cannot start a match
    are passed over at once instead of after every look-behind and alternative is tried."""
    return "(?=[" + "".join(sorted({re.escape(w[0]) for w in words if w})) + extra + "])"


#: A word start, also after a glued clitic (``والأسبوع الماضي``, ``ومساء الجمعة``).
_START = r"(?:(?<!\w)|(?<=(?<!\w)[وفبل]))"
_MONTH_ALT = _first(FOLDED_MONTHS) + f"(?:{_alt(FOLDED_MONTHS)})"
#: The spaces and separator before a second month, and the spaces before a marker, are atomic
#: (``(?>…)``): a month or marker opens with neither, so giving some back never helps a match,
#: and after every day and month of a page re no longer retries each shorter split.
_MONTH = rf"(?P<month>{_MONTH_ALT})(?:(?>\s*[/\\-]?\s*)(?:{_MONTH_ALT}))?"
_MARKER = rf"(?:(?>\s+)(?P<marker>{_alt(v.PAST_MARKERS + v.FUTURE_MARKERS)}))?"
#: Day and month without a year: ``الـ25 من تموز/ يوليو الماضي``, ``25 July``, ``July 25``.
_DAY_MONTH = re.compile(
    _first((m for m in FOLDED_MONTHS if m.isascii()), "ا" + r"\d")
    + rf"(?:(?=(?:ال)?\d){_START}(?:ال)?(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s*"
    rf"(?:من\s+|of\s+)?(?:شهر\s+)?{_MONTH}{_MARKER}(?!\w)"
    rf"|{_first(m for m in FOLDED_MONTHS if m.isascii())}"
    rf"(?<!\w)(?P<month2>{_alt(v_ for v_ in FOLDED_MONTHS if v_.isascii())})\s+"
    rf"(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?(?!\w))",
    re.IGNORECASE,
)
#: Part of a month: ``في الأيام الأخيرة من تموز``, ``late July``.
_MONTH_PART = re.compile(
    _first(v.MONTH_PART_PHRASES)
    + rf"{_START}(?P<part>{_alt(v.MONTH_PART_PHRASES)})[\s-]+(?:شهر\s+)?{_MONTH}{_MARKER}(?!\w)",
    re.IGNORECASE,
)
_WEEKDAY = re.compile(
    _first([*v.AR_WEEKDAY_LEADS, *v.EN_WEEKDAY_LEADS, *FOLDED_WEEKDAYS])
    + rf"{_START}(?:(?P<lead>{_alt(v.AR_WEEKDAY_LEADS + v.EN_WEEKDAY_LEADS)})\s+)?"
    rf"(?P<weekday>{_alt(FOLDED_WEEKDAYS)}){_MARKER}(?!\w)",
    re.IGNORECASE,
)
_RELATIVE = re.compile(
    _first([*v.RELATIVE_DAYS, *v.RELATIVE_PERIODS])
    + rf"{_START}(?P<rel>{_alt(list(v.RELATIVE_DAYS) + list(v.RELATIVE_PERIODS))})(?!\w)",
    re.IGNORECASE,
)
#: Where the word patterns may match: near a month, a weekday or a relative word (see
#: :mod:`provenance.detect.date_anchors`), with bounds on the characters
#: other than spaces (and dashes, which ``[\s-]+`` takes without limit) a match holds before the
#: end of its keyword's run and an attempt reads
#: (:func:`provenance.detect.anchored.finditer_near`).
#: A month's run may follow, in one run of the text, a day (``25يوليو``, ``والـ25th``) or the
#: other month of a pair (``تموزيوليو``); a weekday or a relative word, a proclitic.
_MONTH_RUNS = KeywordRuns(FOLDED_MONTHS, rf"\w*(?:\d(?:st|nd|rd|th)?|{_MONTH_ALT})", first=True)
_WEEKDAY_RUNS = KeywordRuns(FOLDED_WEEKDAYS, "[وفبل]")
_RELATIVE_RUNS = KeywordRuns([*v.RELATIVE_DAYS, *v.RELATIVE_PERIODS], "[وفبل]")
#: A month part (``أواخر تموز``) also holds a run of its phrase.
_PART_RUNS = KeywordRuns(v.MONTH_PART_PHRASES, "[وفبل]")
_LONGEST_MONTH = max(len(m) for m in FOLDED_MONTHS)
_LONGEST_MARKER = max(len(m) for m in v.PAST_MARKERS + v.FUTURE_MARKERS)
#: ``الـ25th من شهر`` (two letters, two digits, a suffix, a word, شهر), two months and a
#: separator, a marker, the look-ahead after it, and a margin.
_DAY_MONTH_REACH = 2 + 2 + 2 + 2 + 3 + 2 * _LONGEST_MONTH + 1 + _LONGEST_MARKER + 1 + 8
_MONTH_PART_REACH = (max(len(p) for p in v.MONTH_PART_PHRASES) + 3 + 2 * _LONGEST_MONTH + 1
                     + _LONGEST_MARKER + 1 + 8)
_MONTH_REACH = max(_DAY_MONTH_REACH, _MONTH_PART_REACH)
_WEEKDAY_REACH = (max(len(w) for w in v.AR_WEEKDAY_LEADS + v.EN_WEEKDAY_LEADS)
                  + max(len(w) for w in FOLDED_WEEKDAYS) + _LONGEST_MARKER + 1 + 8)
_RELATIVE_REACH = max(len(w) for w in [*v.RELATIVE_DAYS, *v.RELATIVE_PERIODS]) + 1 + 8
#: ``2021-12-09`` or ``9/12/2021``, not inside a longer run of digits, slashes and dashes. The
#: first digit is matched before the look-behind (which then spans it) so that ``re`` skips to
#: the next digit in C instead of trying the pattern at every position.
_NUMERIC = re.compile(r"\d(?<![\d/-]\d)(?:\d{3}-\d{2}-\d{2}|\d?/\d{1,2}/\d{4})(?![\d/-])")
#: Every numeric date holds a dash or slash followed by a digit at most four characters after
#: its start, and an attempt reads at most twelve characters: it is searched only around them.
#: (A separator before a non-digit, as in every URL path, anchors no window.) One pattern per
#: separator: re looks for a single literal character in C far faster than for a class.
_NUMERIC_SEPARATORS = (re.compile(r"/(?=\d)"), re.compile(r"-(?=\d)"))
FULL = re.compile(DATE_PATTERN, re.IGNORECASE)
#: Most non-space characters a full date holds before its year (two month names, the day,
#: ``de``s and punctuation), with room to spare.
_DATE_REACH = 2 * max(len(m) for m in MONTHS) + 24
#: Most characters after a year's start that a full date may still take (``2016年5月28日``).
_DATE_TAIL = 16
_YEAR_DIGIT = r"[0-9\u0660-\u0669\u06f0-\u06f9]"
_YEAR_DIGITS = rf"{_YEAR_DIGIT}{{4,}}"
#: Runs of digits long enough to hold a year (every full date contains one), each within
#: ``_DATE_TAIL`` characters of the last: one stretch of text to search.
#: (It opens with one digit, then three or more, so that re skips to digits in C: a pattern
#: opening with a repeat is tried at every position.)
_YEAR_RUN = re.compile(
    rf"{_YEAR_DIGIT}{_YEAR_DIGIT}{{3,}}(?:[\s\S]{{0,{_DATE_TAIL}}}?{_YEAR_DIGITS})*"
)
#: On the reversed text: back from a year over at most ``_DATE_REACH`` non-space characters.
_BACK = re.compile(rf"(?:\s*+\S){{0,{_DATE_REACH}}}+\s*+")
#: A letter (a word character that is not a digit or the underscore).
_LETTER = re.compile(r"[^\W\d_]")


def word_matches(folded: str) -> tuple[Iterator[re.Match[str]], ...]:
    """The matches of the day-month, month-part, weekday and relative patterns, in that order.

    Each is its pattern's ``finditer`` over the whole folded text, searched only near its
    keywords (:func:`provenance.detect.anchored.finditer_near`).
    """
    words = WordRuns.of(folded)
    months, parts, weekdays, relatives = words.ends_by_group([
        keywords.runs_in(words)
        for keywords in (_MONTH_RUNS, _PART_RUNS, _WEEKDAY_RUNS, _RELATIVE_RUNS)
    ])
    # both month patterns search the windows around months, made with the larger bounds; a
    # month part also holds its phrase, so only windows holding one of those are searched for
    # it (a page of dates holds a month every few words, a month part rarely)
    month_windows = windows(folded, months, _MONTH_REACH, _MONTH_REACH, filler=r"[\s-]")
    return (
        finditer_in(_DAY_MONTH, folded, month_windows),
        finditer_in(_MONTH_PART, folded, windows_holding(month_windows, parts)),
        finditer_near(_WEEKDAY, folded, weekdays, _WEEKDAY_REACH, _WEEKDAY_REACH),
        # a relative word (spaces inside it are single) is as long as it is
        finditer_near(_RELATIVE, folded, relatives, _RELATIVE_REACH, _RELATIVE_REACH, None),
    )


def numeric_matches(text: str) -> Iterator[re.Match[str]]:
    """``_NUMERIC.finditer(text)``, searched only around dashes and slashes before digits."""
    separators = sorted(m.start() for separator in _NUMERIC_SEPARATORS
                        for m in separator.finditer(text))
    return finditer_near(_NUMERIC, text, separators, 4, 12, None)


def full_dates(text: str) -> Iterable[re.Match[str]]:
    """``FULL.finditer(text)``, run only on the stretches around a year.

    The month alternation is tried case-blind at every position, which cost seconds on a 1 MB
    article. Every match holds a run of year digits and reaches at most ``_DATE_REACH``
    non-space characters before it and ``_DATE_TAIL`` after it, so the stretches around the
    runs, merged where they touch, hold every match whole; patterns without look-arounds find
    the same matches in a stretch as in the whole text.
    """
    reversed_text = text[::-1]
    regions: list[list[int]] = []
    for run in _YEAR_RUN.finditer(text):
        end = min(len(text), run.end() + _DATE_TAIL)
        if regions and run.start() <= regions[-1][1]:
            regions[-1][1] = max(regions[-1][1], end)
            continue  # no need to look back: the stretch already reaches this run
        back = _BACK.match(reversed_text, len(text) - run.start())
        start = run.start() - (back.end() - back.start()) if back else run.start()
        if regions and start <= regions[-1][1]:
            regions[-1][1] = max(regions[-1][1], end)
        else:
            regions.append([start, end])
    for start, end in regions:
        # every full date names a month (or writes 年/년): a stretch of digits, spaces and
        # punctuation alone (a page of years) holds none, and is passed over in C
        if _LETTER.search(text, start, end):
            yield from FULL.finditer(text, start, end)
