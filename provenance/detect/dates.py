"""Dates: embed footers, explicit and relative dates in the text, and the article's own date.

The article's writing date is inferred first, because relative expressions need it: machine
metadata wins; else a footer date that falls on the weekday the text calls "today"
(``اليوم الخميس``); else the latest footer date. Then every expression is resolved against it:
a day and month without a year takes the year from the article date (``الماضي``/``last``: the
most recent past occurrence, ``المقبل``/``next``: the next one), a weekday is the nearest such
day, ``أمس`` is the day before. Each mention's ``note`` says how its value was reached.

Text is matched folded (:func:`provenance.text.fold_with_offsets`), so ``الـ25`` and ``الأيام
الأخيرة`` match plain patterns, and positions map back to the original. Full dates with a year
use :data:`provenance.detect.datetext.DATE_PATTERN`; numeric ones go to dateparser (DMY).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from provenance.detect import vocab as v
from provenance.detect.anchored import WordRuns, finditer_in, finditer_near, windows
from provenance.detect.date_anchors import DATE_FOLDING, KeywordRuns
from provenance.detect.datetext import (
    DATE_PATTERN,
    MONTHS,
    WEEKDAYS_AR,
    WEEKDAYS_EN,
    parse_date_text,
)
from provenance.detect.regex_trie import atoms_of, trie_alternation
from provenance.model import Article, DateKind, DateMention, Embed, InferredDate, Span
from provenance.text import normalize

WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August",
               "September", "October", "November", "December")

_FOLDED_MONTHS = {normalize(k).casefold(): m for k, m in MONTHS.items()}
_FOLDED_WEEKDAYS = {normalize(k): d for k, d in WEEKDAYS_AR.items()} | WEEKDAYS_EN


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
_MONTH_ALT = _first(_FOLDED_MONTHS) + f"(?:{_alt(_FOLDED_MONTHS)})"
_MONTH = rf"(?P<month>{_MONTH_ALT})(?:\s*[/\\-]?\s*(?:{_MONTH_ALT}))?"
_MARKER = rf"(?:\s+(?P<marker>{_alt(v.PAST_MARKERS + v.FUTURE_MARKERS)}))?"
#: Day and month without a year: ``الـ25 من تموز/ يوليو الماضي``, ``25 July``, ``July 25``.
_DAY_MONTH = re.compile(
    _first((m for m in _FOLDED_MONTHS if m.isascii()), "ا" + r"\d")
    + rf"(?:(?=(?:ال)?\d){_START}(?:ال)?(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s*"
    rf"(?:من\s+|of\s+)?(?:شهر\s+)?{_MONTH}{_MARKER}(?!\w)"
    rf"|{_first(m for m in _FOLDED_MONTHS if m.isascii())}"
    rf"(?<!\w)(?P<month2>{_alt(v_ for v_ in _FOLDED_MONTHS if v_.isascii())})\s+"
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
    _first([*v.AR_WEEKDAY_LEADS, *v.EN_WEEKDAY_LEADS, *_FOLDED_WEEKDAYS])
    + rf"{_START}(?:(?P<lead>{_alt(v.AR_WEEKDAY_LEADS + v.EN_WEEKDAY_LEADS)})\s+)?"
    rf"(?P<weekday>{_alt(_FOLDED_WEEKDAYS)}){_MARKER}(?!\w)",
    re.IGNORECASE,
)
_RELATIVE = re.compile(
    _first([*v.RELATIVE_DAYS, *v.RELATIVE_PERIODS])
    + rf"{_START}(?P<rel>{_alt(list(v.RELATIVE_DAYS) + list(v.RELATIVE_PERIODS))})(?!\w)",
    re.IGNORECASE,
)
#: Where the word patterns may match: near a month, a weekday or a relative word (see
#: :mod:`provenance.detect.date_anchors`), with bounds on the characters other than spaces (and
#: dashes, which ``[\s-]+`` takes without limit) a match holds before the end of its keyword's
#: run and an attempt reads (:func:`provenance.detect.anchored.finditer_near`).
#: A month's run may follow, in one run of the text, a day (``25يوليو``, ``والـ25th``) or the
#: other month of a pair (``تموزيوليو``); a weekday or a relative word, a proclitic.
_MONTH_RUNS = KeywordRuns(_FOLDED_MONTHS, rf"\w*(?:\d(?:st|nd|rd|th)?|{_MONTH_ALT})", first=True)
_WEEKDAY_RUNS = KeywordRuns(_FOLDED_WEEKDAYS, "[وفبل]")
_RELATIVE_RUNS = KeywordRuns([*v.RELATIVE_DAYS, *v.RELATIVE_PERIODS], "[وفبل]")
_LONGEST_MONTH = max(len(m) for m in _FOLDED_MONTHS)
_LONGEST_MARKER = max(len(m) for m in v.PAST_MARKERS + v.FUTURE_MARKERS)
#: ``الـ25th من شهر`` (two letters, two digits, a suffix, a word, شهر), two months and a
#: separator, a marker, the look-ahead after it, and a margin.
_DAY_MONTH_REACH = 2 + 2 + 2 + 2 + 3 + 2 * _LONGEST_MONTH + 1 + _LONGEST_MARKER + 1 + 8
_MONTH_PART_REACH = (max(len(p) for p in v.MONTH_PART_PHRASES) + 3 + 2 * _LONGEST_MONTH + 1
                     + _LONGEST_MARKER + 1 + 8)
_MONTH_REACH = max(_DAY_MONTH_REACH, _MONTH_PART_REACH)
_WEEKDAY_REACH = (max(len(w) for w in v.AR_WEEKDAY_LEADS + v.EN_WEEKDAY_LEADS)
                  + max(len(w) for w in _FOLDED_WEEKDAYS) + _LONGEST_MARKER + 1 + 8)
_RELATIVE_REACH = max(len(w) for w in [*v.RELATIVE_DAYS, *v.RELATIVE_PERIODS]) + 1 + 8
#: ``2021-12-09`` or ``9/12/2021``, not inside a longer run of digits, slashes and dashes. The
#: first digit is matched before the look-behind (which then spans it) so that ``re`` skips to
#: the next digit in C instead of trying the pattern at every position.
_NUMERIC = re.compile(r"\d(?<![\d/-]\d)(?:\d{3}-\d{2}-\d{2}|\d?/\d{1,2}/\d{4})(?![\d/-])")
#: Every numeric date holds a dash or slash at most four characters after its start, and an
#: attempt reads at most twelve characters: it is searched only around them.
_NUMERIC_SEPARATOR = re.compile(r"[/-]")
_FULL = re.compile(DATE_PATTERN, re.IGNORECASE)
#: Most non-space characters a full date holds before its year (two month names, the day,
#: ``de``s and punctuation), with room to spare.
_DATE_REACH = 2 * max(len(m) for m in MONTHS) + 24
#: Most characters after a year's start that a full date may still take (``2016年5月28日``).
_DATE_TAIL = 16
_YEAR_DIGITS = r"[0-9\u0660-\u0669\u06f0-\u06f9]{4,}"
#: Runs of digits long enough to hold a year (every full date contains one), each within
#: ``_DATE_TAIL`` characters of the last: one stretch of text to search.
_YEAR_RUN = re.compile(rf"{_YEAR_DIGITS}(?:[\s\S]{{0,{_DATE_TAIL}}}?{_YEAR_DIGITS})*")
#: On the reversed text: back from a year over at most ``_DATE_REACH`` non-space characters.
_BACK = re.compile(rf"(?:\s*+\S){{0,{_DATE_REACH}}}+\s*+")
#: A letter (a word character that is not a digit or the underscore).
_LETTER = re.compile(r"[^\W\d_]")


@dataclass(slots=True)
class _Found:
    """A date expression before resolution."""

    start: int
    end: int
    kind: DateKind
    value: date | None = None
    weekday: int | None = None
    note: str | None = None
    day: int | None = None
    month: int | None = None
    marker: str | None = None
    today: bool = False
    relative: str | None = None
    part: str | None = None


def _direction(marker: str | None) -> int:
    if marker is None:
        return 0
    return -1 if marker.lower() in v.PAST_MARKERS else 1


class _Taken:
    """Disjoint, sorted text ranges already taken, with a logarithmic overlap test.

    Comparing each new expression with every range taken so far made long articles quadratic.
    """

    def __init__(self, ranges: Iterable[tuple[int, int]]) -> None:
        # Overlapping skip ranges are merged: overlap with their union is overlap with one.
        self.starts: list[int] = []
        self.ends: list[int] = []
        for a, b in sorted(ranges):
            if self.ends and a < self.ends[-1]:
                self.ends[-1] = max(self.ends[-1], b)
            else:
                self.starts.append(a)
                self.ends.append(b)

    def claim(self, a: int, b: int) -> bool:
        """Take the non-empty range ``[a, b)`` unless it overlaps a taken one."""
        # Ranges are disjoint and sorted, so ends ascend with starts: among the ranges that
        # start before b, the last one reaches farthest.
        index = bisect.bisect_left(self.starts, b)
        if index and self.ends[index - 1] > a:
            return False
        self.starts.insert(index, a)
        self.ends.insert(index, b)
        return True


def _scan(text: str, skip: list[tuple[int, int]]) -> list[_Found]:
    """Find every date expression outside ``skip`` ranges, longest kinds first."""
    folded, where = DATE_FOLDING(text)
    words = WordRuns.of(folded)
    months, weekdays, relatives = words.ends_by_group(
        [keywords.runs_in(words) for keywords in (_MONTH_RUNS, _WEEKDAY_RUNS, _RELATIVE_RUNS)]
    )
    taken = _Taken(skip)
    found: list[_Found] = []

    def place(a: int, b: int, item: _Found) -> None:
        if not taken.claim(a, b):
            return
        item.start, item.end = a, b
        found.append(item)

    for m in _full_dates(text):
        place(m.start(), m.end(), _Found(0, 0, DateKind.EXPLICIT, parse_date_text(m.group(0))))
    separators = [m.start() for m in _NUMERIC_SEPARATOR.finditer(text)]
    for m in finditer_near(_NUMERIC, text, separators, 4, 12):
        place(m.start(), m.end(), _Found(0, 0, DateKind.EXPLICIT, _numeric(m.group(0)),
                                         note="numeric date read day first"))

    def back(m: re.Match[str]) -> tuple[int, int]:
        return where[m.start()], where[m.end() - 1] + 1

    # The commonest kind on a page of dates: one group() call and no helper calls per match.
    claim = taken.claim
    # both month patterns search the same windows, made with the larger bounds
    month_windows = windows(folded, months, _MONTH_REACH, _MONTH_REACH, filler=r"[\s-]")
    for m in finditer_in(_DAY_MONTH, folded, month_windows):
        month, month2, day, day2, marker = m.group("month", "month2", "day", "day2", "marker")
        a, b = where[m.start()], where[m.end() - 1] + 1
        if claim(a, b):
            found.append(_Found(a, b, DateKind.EXPLICIT, day=int(day or day2),
                                month=_FOLDED_MONTHS[(month or month2).casefold()],
                                marker=marker))
    for m in finditer_in(_MONTH_PART, folded, month_windows):
        part = v.MONTH_PART_PHRASES[m.group("part").lower()]
        place(*back(m), _Found(0, 0, DateKind.RELATIVE, part=part,
                               month=_FOLDED_MONTHS[m.group("month").casefold()],
                               marker=m.group("marker")))
    for m in finditer_near(_WEEKDAY, folded, weekdays, _WEEKDAY_REACH, _WEEKDAY_REACH):
        lead, marker = (m.group("lead") or "").lower(), m.group("marker")
        is_english = m.group("weekday").isascii()
        if not (lead or marker or (is_english and m.group("weekday")[0].isupper())):
            continue
        place(*back(m), _Found(0, 0, DateKind.RELATIVE_WEEKDAY,
                               weekday=_FOLDED_WEEKDAYS[m.group("weekday").lower()
                                                        if is_english else m.group("weekday")],
                               marker=marker or (lead if lead in ("last", "next") else None),
                               today=lead == "اليوم" or lead == "this"))
    for m in finditer_near(_RELATIVE, folded, relatives, _RELATIVE_REACH, _RELATIVE_REACH):
        place(*back(m), _Found(0, 0, DateKind.RELATIVE, relative=m.group("rel").lower()))
    return sorted(found, key=lambda f: f.start)


def _full_dates(text: str) -> Iterable[re.Match[str]]:
    """``_FULL.finditer(text)``, run only on the stretches around a year.

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
            yield from _FULL.finditer(text, start, end)


def _numeric(surface: str) -> date | None:
    """Read ``2021-12-09`` or ``09/12/2021`` (day first, as Arabic and most other news write)."""
    import dateparser

    parsed = dateparser.parse(surface, settings={"DATE_ORDER": "DMY"})
    return parsed.date() if parsed else None


def _infer(article: Article, footers: list[tuple[Embed, date]],
           found: list[_Found], text: str) -> InferredDate | None:
    """The article's writing date, with the evidence for it."""
    published = article.metadata.get("published_time")
    if published:
        try:
            when = datetime.fromisoformat(published.replace("Z", "+00:00")).date()
            return InferredDate(when, f"the page's published_time metadata says {when}")
        except ValueError:
            pass
    todays = [f for f in found if f.kind is DateKind.RELATIVE_WEEKDAY and f.today]
    for embed, day in sorted(footers, key=lambda p: p[1], reverse=True):
        for mention in todays:
            if day.weekday() == mention.weekday:
                surface = text[mention.start:mention.end]
                return InferredDate(day, f"the footer date {day} of {embed.id} is a "
                                         f"{WEEKDAY_NAMES[day.weekday()]}, as '{surface}' says")
    if footers:
        embed, day = max(footers, key=lambda p: p[1])
        reason = f"the latest embed footer date, {day} of {embed.id}"
        if todays:
            reason += (f"; the text's '{text[todays[0].start:todays[0].end]}' does not fall on "
                       "it")
        return InferredDate(day, reason)
    return None


def _resolve(item: _Found, ref: date | None, text: str) -> None:
    """Give a found expression its value and note, relative to ``ref``."""
    if item.kind is DateKind.EXPLICIT and item.month is not None and item.day is not None:
        if ref is None:
            item.note = "no year written and no article date to take it from"
            return
        direction = _direction(item.marker)
        year = ref.year
        try:
            value = date(year, item.month, item.day)
            if direction < 0 and value > ref:
                value = date(year - 1, item.month, item.day)
            elif direction > 0 and value < ref:
                value = date(year + 1, item.month, item.day)
        except ValueError:
            item.note = "not a calendar date"
            return
        item.value = value
        how = {-1: "the most recent past", 1: "the next", 0: "the same year as"}[direction]
        item.note = (f"year taken from the article date {ref}: {how} "
                     f"{MONTH_NAMES[item.month - 1]} {item.day}" if direction else
                     f"year taken from the article date {ref}")
    elif item.kind is DateKind.RELATIVE_WEEKDAY and item.weekday is not None and ref:
        back_days = (ref.weekday() - item.weekday) % 7
        direction = _direction(item.marker)
        if direction > 0:
            item.value = ref + timedelta(days=(item.weekday - ref.weekday()) % 7 or 7)
            item.note = f"the next {WEEKDAY_NAMES[item.weekday]} after {ref}"
        elif direction < 0:
            item.value = ref - timedelta(days=back_days or 7)
            item.note = f"the last {WEEKDAY_NAMES[item.weekday]} before {ref}"
        else:
            item.value = ref - timedelta(days=back_days)
            item.note = (f"the article date {ref} is a {WEEKDAY_NAMES[item.weekday]}"
                         if back_days == 0 else
                         f"the nearest {WEEKDAY_NAMES[item.weekday]} on or before {ref}")
            if item.today and back_days:
                item.note += f"; 'today' does not match the article date {ref}"
    elif item.kind is DateKind.RELATIVE and ref is not None:
        _resolve_relative(item, ref)
    elif ref is None:
        item.note = "no article date to resolve it against"


def _resolve_relative(item: _Found, ref: date) -> None:
    """Relative days get a value; periods and month parts only a note."""
    if item.relative and normalize(item.relative) in v.RELATIVE_DAYS:
        offset = v.RELATIVE_DAYS[normalize(item.relative)]
        item.value = ref + timedelta(days=offset)
        item.note = f"{offset:+d} day(s) from the article date {ref}"
    elif item.relative:
        unit, offset = v.RELATIVE_PERIODS[normalize(item.relative)]
        if unit == "year":
            item.note = f"the year {ref.year + offset} (from the article date {ref})"
        else:
            where = {-1: "before", 0: "of", 1: "after"}[offset]
            item.note = f"the {unit} {where} the article date {ref}; no single day"
    elif item.part and item.month:
        year = ref.year
        if _direction(item.marker) < 0 and item.month >= ref.month:
            year -= 1
        elif item.month > ref.month and item.marker is None:
            year -= 1  # reported speech is about the past unless the text says otherwise
        item.note = (f"{item.part} {MONTH_NAMES[item.month - 1]} {year} (year from the article "
                     f"date {ref}); no single day")


def find_dates(
    article: Article, embeds: tuple[Embed, ...]
) -> tuple[tuple[DateMention, ...], InferredDate | None]:
    """Find footer, explicit, relative and metadata dates, and infer the article's date."""
    text = article.text
    footers = [(e, e.claimed_date) for e in embeds if e.claimed_date]
    skip = [(e.span.start, e.span.end) for e in embeds]
    found = _scan(text, skip)
    inferred = _infer(article, footers, found, text)
    ref = inferred.value if inferred else None
    mentions: list[tuple[int, DateKind, str, date | None, Span, int | None, str | None]] = []
    published = article.metadata.get("published_time")
    if published:
        value = inferred.value if inferred and "metadata" in inferred.reason else None
        mentions.append((-1, DateKind.METADATA, published, value, article.span(0, 0), None,
                         "article metadata published_time"))
    for embed, day in footers:
        # the footer's date is the last one in its text (a flattened post's may be long)
        inner = list(_full_dates(text[embed.span.start:embed.span.end]))
        a, b = ((embed.span.start + inner[-1].start(), embed.span.start + inner[-1].end())
                if inner else (embed.span.start, embed.span.end))
        mentions.append((a, DateKind.FOOTER, text[a:b] if inner else day.isoformat(), day,
                         article.span(a, b), None, f"footer of {embed.id}"))
    for item in found:
        _resolve(item, ref, text)
        mentions.append((item.start, item.kind, text[item.start:item.end], item.value,
                         article.span(item.start, item.end), item.weekday, item.note))
    mentions.sort(key=lambda m: m[0])
    dates = tuple(
        DateMention(f"d{i}", kind, surface, value, span, weekday, note)
        for i, (_, kind, surface, value, span, weekday, note) in enumerate(mentions, 1)
    )
    return dates, inferred


__all__ = ["find_dates"]
