"""Dates: embed footers, explicit and relative dates in the text, and the article's own date.

The article's writing date is inferred first, because relative expressions need it: machine
metadata wins; else a footer date that falls on the weekday the text calls "today"
(``اليوم الخميس``); else the latest footer date. Then every expression is resolved against it:
a day and month without a year takes the year from the article date (``الماضي``/``last``: the
most recent past occurrence, ``المقبل``/``next``: the next one), a weekday is the nearest such
day, ``أمس`` is the day before. Each mention's ``note`` says how its value was reached.

The patterns and how they are searched are in :mod:`provenance.detect.date_patterns`; word
patterns match folded text and positions map back to the original. Full dates with a year are
read by :func:`provenance.detect.datetext.parse_date_text`; numeric ones by :data:`NUMERIC_FORMATS`.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from operator import itemgetter
from typing import Any

from provenance.detect import vocab as v
from provenance.detect.date_patterns import (
    DATE_FOLDING,
    FOLDED_WEEKDAYS,
    full_dates,
    month_of,
    numeric_matches,
    word_matches,
)
from provenance.detect.datetext import parse_date_text
from provenance.model import (
    Article,
    DateKind,
    DateMention,
    Embed,
    InferredDate,
    LineAnchors,
    Span,
)
from provenance.text import DIGITS, normalize

WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August",
               "September", "October", "November", "December")

@dataclass(slots=True, eq=False)
class _Expression:
    """What a date expression says, before resolution (where it stands is kept beside it).

    One object per distinct wording in an article (a page of ``9 ديسمبر`` holds one), compared
    by identity, so each wording is parsed and resolved once however often it is written.
    """

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


#: A found expression: start and end offsets in the text, and what it says.
_Found = tuple[int, int, _Expression]


def _direction(marker: str | None) -> int:
    if marker is None:
        return 0
    return -1 if marker.lower() in v.PAST_MARKERS else 1


class _Taken:
    """Disjoint, sorted text ranges already taken, with a logarithmic overlap test.

    Comparing each new expression with every range taken so far made long articles quadratic.
    Each range keeps what took it (None for the ranges to skip), so the expressions come out
    in text order without a sort, and without a tuple kept per expression.
    """

    def __init__(self, ranges: Iterable[tuple[int, int]]) -> None:
        # Overlapping skip ranges are merged: overlap with their union is overlap with one.
        self.starts: list[int] = []
        self.ends: list[int] = []
        self.takers: list[_Expression | None] = []
        for a, b in sorted(ranges):
            if self.ends and a < self.ends[-1]:
                self.ends[-1] = max(self.ends[-1], b)
            else:
                self.starts.append(a)
                self.ends.append(b)
                self.takers.append(None)

    def claim(self, a: int, b: int) -> bool:
        """Take the non-empty range ``[a, b)`` unless it overlaps a taken one."""
        return self.take(a, b) >= 0

    def take(self, a: int, b: int) -> int:
        """:meth:`claim`, answering with the index in :attr:`takers` to record the taker at
        (-1 when the range overlaps a taken one)."""
        # Ranges are disjoint and sorted, so ends ascend with starts: among the ranges that
        # start before b, the last one reaches farthest.
        index = bisect.bisect_left(self.starts, b)
        if index and self.ends[index - 1] > a:
            return -1
        self.starts.insert(index, a)
        self.ends.insert(index, b)
        self.takers.insert(index, None)
        return index

    def found(self) -> Iterator[_Found]:
        """The ranges taken by an expression, in text order, with it."""
        for a, b, taker in zip(self.starts, self.ends, self.takers, strict=True):
            if taker is not None:
                yield a, b, taker


def _scan(text: str, skip: list[tuple[int, int]]) -> _Taken:
    """Find every date expression outside ``skip`` ranges, longest kinds first."""
    folded, where = DATE_FOLDING(text)
    day_months, month_parts, weekdays, relatives = word_matches(folded)
    taken = _Taken(skip)
    take, takers = taken.take, taken.takers
    # (reader, its arguments) → the expression: repeated wordings share one, read once
    seen: dict[tuple[Any, ...], _Expression] = {}

    def place(a: int, b: int, read: Callable[..., _Expression], *wording: str | None) -> None:
        index = take(a, b)
        if index >= 0:
            key = (read, *wording)
            expression = seen.get(key)
            if expression is None:
                expression = seen[key] = read(*wording)
            takers[index] = expression

    for m in full_dates(text):
        place(m.start(), m.end(), _full_date, m.group(0))
    for m in numeric_matches(text):
        place(m.start(), m.end(), _numeric_date, m.group(0))
    # The commonest kind on a page of dates: one group() call and no helper calls per match.
    starts, ends = taken.starts, taken.ends
    for m in day_months:
        # _Taken.take, written out
        a, b = m.span()
        a, b = where[a], where[b - 1] + 1
        index = bisect.bisect_left(starts, b)
        if not (index and ends[index - 1] > a):
            groups = m.group("month", "month2", "day", "day2", "marker")
            expression = seen.get(groups)
            if expression is None:
                expression = seen[groups] = _day_month(*groups)
            starts.insert(index, a)
            ends.insert(index, b)
            takers.insert(index, expression)
    for m in month_parts:
        place(where[m.start()], where[m.end() - 1] + 1, _month_part,
              *m.group("part", "month", "marker"))
    for m in weekdays:
        lead, weekday, marker = m.group("lead", "weekday", "marker")
        if lead or marker or (weekday.isascii() and weekday[0].isupper()):
            place(where[m.start()], where[m.end() - 1] + 1, _weekday, lead, weekday, marker)
    for m in relatives:
        place(where[m.start()], where[m.end() - 1] + 1, _relative, m.group("rel"))
    return taken


def _full_date(surface: str) -> _Expression:
    return _Expression(DateKind.EXPLICIT, parse_date_text(surface))


def _numeric_date(surface: str) -> _Expression:
    return _Expression(DateKind.EXPLICIT, _numeric(surface), note="numeric date read day first")


def _day_month(month: str | None, month2: str | None, day: str | None, day2: str | None,
               marker: str | None) -> _Expression:
    return _Expression(DateKind.EXPLICIT, day=int(day or day2 or ""),
                       month=month_of(month or month2 or ""), marker=marker)


def _month_part(part: str, month: str, marker: str | None) -> _Expression:
    return _Expression(DateKind.RELATIVE, part=v.MONTH_PART_PHRASES[part.lower()],
                       month=month_of(month), marker=marker)


def _weekday(lead: str | None, weekday: str, marker: str | None) -> _Expression:
    lead = (lead or "").lower()
    return _Expression(
        DateKind.RELATIVE_WEEKDAY,
        weekday=FOLDED_WEEKDAYS[weekday.lower() if weekday.isascii() else weekday],
        marker=marker or (lead if lead in ("last", "next") else None),
        today=lead == "اليوم" or lead == "this",
    )


def _relative(relative: str) -> _Expression:
    return _Expression(DateKind.RELATIVE, relative=relative.lower())


#: The layouts a numeric date can have, tried in order: the pattern admits only ``2021-12-09``
#: and ``9/12/2021``, read day first as Arabic and most other news write, or month first when
#: that is the only valid reading (``12/31/2021``). The standard library reads these exactly;
#: dateparser read them the same but its first call took half a second.
NUMERIC_FORMATS = ("%Y-%m-%d", "%d/%m/%Y", "%m/%d/%Y")


def _numeric(surface: str) -> date | None:
    """Read ``2021-12-09`` or ``09/12/2021`` by :data:`NUMERIC_FORMATS` (any digits)."""
    ascii_digits = surface.translate(DIGITS)
    for layout in NUMERIC_FORMATS:
        try:
            return datetime.strptime(ascii_digits, layout).date()
        except ValueError:
            continue
    return None


def _infer(article: Article, footers: list[tuple[Embed, date]],
           taken: _Taken, text: str) -> InferredDate | None:
    """The article's writing date, with the evidence for it."""
    published = article.metadata.get("published_time")
    if published:
        try:
            when = datetime.fromisoformat(published.replace("Z", "+00:00")).date()
            return InferredDate(when, f"the page's published_time metadata says {when}")
        except ValueError:
            pass
    if not footers:
        return None
    todays = [(a, b, e) for a, b, e in taken.found()
              if e.kind is DateKind.RELATIVE_WEEKDAY and e.today]
    for embed, day in sorted(footers, key=lambda p: p[1], reverse=True):
        for a, b, expression in todays:
            if day.weekday() == expression.weekday:
                return InferredDate(day, f"the footer date {day} of {embed.id} is a "
                                         f"{WEEKDAY_NAMES[day.weekday()]}, as '{text[a:b]}' says")
    embed, day = max(footers, key=lambda p: p[1])
    reason = f"the latest embed footer date, {day} of {embed.id}"
    if todays:
        reason += f"; the text's '{text[todays[0][0]:todays[0][1]]}' does not fall on it"
    return InferredDate(day, reason)


#: An expression's value and the note on how it was reached.
_Resolved = tuple[date | None, str | None]


def _resolve(item: _Expression, ref: date | None) -> _Resolved:
    """A found expression's value and note, relative to ``ref``."""
    if item.kind is DateKind.EXPLICIT and item.month is not None and item.day is not None:
        if ref is None:
            return item.value, "no year written and no article date to take it from"
        direction = _direction(item.marker)
        year = ref.year
        try:
            value = date(year, item.month, item.day)
            if direction < 0 and value > ref:
                value = date(year - 1, item.month, item.day)
            elif direction > 0 and value < ref:
                value = date(year + 1, item.month, item.day)
        except ValueError:
            return item.value, "not a calendar date"
        how = {-1: "the most recent past", 1: "the next", 0: "the same year as"}[direction]
        return value, (f"year taken from the article date {ref}: {how} "
                       f"{MONTH_NAMES[item.month - 1]} {item.day}" if direction else
                       f"year taken from the article date {ref}")
    if item.kind is DateKind.RELATIVE_WEEKDAY and item.weekday is not None and ref:
        back_days = (ref.weekday() - item.weekday) % 7
        direction = _direction(item.marker)
        if direction > 0:
            return (ref + timedelta(days=(item.weekday - ref.weekday()) % 7 or 7),
                    f"the next {WEEKDAY_NAMES[item.weekday]} after {ref}")
        if direction < 0:
            return (ref - timedelta(days=back_days or 7),
                    f"the last {WEEKDAY_NAMES[item.weekday]} before {ref}")
        note = (f"the article date {ref} is a {WEEKDAY_NAMES[item.weekday]}"
                if back_days == 0 else
                f"the nearest {WEEKDAY_NAMES[item.weekday]} on or before {ref}")
        if item.today and back_days:
            note += f"; 'today' does not match the article date {ref}"
        return ref - timedelta(days=back_days), note
    if item.kind is DateKind.RELATIVE and ref is not None:
        return _resolve_relative(item, ref)
    if ref is None:
        return item.value, "no article date to resolve it against"
    return item.value, item.note


def _resolve_relative(item: _Expression, ref: date) -> _Resolved:
    """Relative days get a value; periods and month parts only a note."""
    if item.relative and normalize(item.relative) in v.RELATIVE_DAYS:
        offset = v.RELATIVE_DAYS[normalize(item.relative)]
        return ref + timedelta(days=offset), f"{offset:+d} day(s) from the article date {ref}"
    if item.relative:
        unit, offset = v.RELATIVE_PERIODS[normalize(item.relative)]
        if unit == "year":
            return item.value, f"the year {ref.year + offset} (from the article date {ref})"
        where = {-1: "before", 0: "of", 1: "after"}[offset]
        return item.value, f"the {unit} {where} the article date {ref}; no single day"
    if item.part and item.month:
        year = ref.year
        if _direction(item.marker) < 0 and item.month >= ref.month:
            year -= 1
        elif item.month > ref.month and item.marker is None:
            year -= 1  # reported speech is about the past unless the text says otherwise
        return item.value, (f"{item.part} {MONTH_NAMES[item.month - 1]} {year} (year from the "
                            f"article date {ref}); no single day")
    return item.value, item.note


#: A mention before its id: start (for the order), kind, surface, value, span, weekday, note.
_Listed = tuple[int, DateKind, str, date | None, Span, int | None, str | None]


def find_dates(
    article: Article, embeds: tuple[Embed, ...]
) -> tuple[tuple[DateMention, ...], InferredDate | None]:
    """Find footer, explicit, relative and metadata dates, and infer the article's date."""
    text = article.text
    footers = [(e, e.claimed_date) for e in embeds if e.claimed_date]
    skip = [(e.span.start, e.span.end) for e in embeds]
    taken = _scan(text, skip)
    inferred = _infer(article, footers, taken, text)
    ref = inferred.value if inferred else None
    others: list[_Listed] = []
    published = article.metadata.get("published_time")
    if published:
        value = inferred.value if inferred and "metadata" in inferred.reason else None
        others.append((-1, DateKind.METADATA, published, value, article.span(0, 0), None,
                       "article metadata published_time"))
    for embed, day in footers:
        # the footer's date is the last one in its text (a flattened post's may be long)
        inner = list(full_dates(text[embed.span.start:embed.span.end]))
        a, b = ((embed.span.start + inner[-1].start(), embed.span.start + inner[-1].end())
                if inner else (embed.span.start, embed.span.end))
        others.append((a, DateKind.FOOTER, text[a:b] if inner else day.isoformat(), day,
                       article.span(a, b), None, f"footer of {embed.id}"))
    # In text order; metadata and footers before a found expression at the same offset.
    others.sort(key=itemgetter(0))
    return _mentions(article, taken, others, ref), inferred


def _mentions(article: Article, taken: _Taken, others: list[_Listed],
              ref: date | None) -> tuple[DateMention, ...]:
    """The found expressions resolved against ``ref``, and ``others`` (metadata and footer
    dates, sorted) merged in, in text order, numbered ``d1…``."""
    text = article.text
    dates: list[DateMention] = []
    resolved: dict[_Expression, _Resolved] = {}  # one resolution per distinct wording
    waiting = 0
    # Plain text has one anchor per line: Article.span's arithmetic is done here, the line
    # searches starting from the last expression's line (they come in text order), so a page
    # of dates does not pay a call and two whole-list searches per mention.
    lines = article.anchors.starts if isinstance(article.anchors, LineAnchors) else None
    line = 0
    bisect_right = bisect.bisect_right
    next_other = others[0][0] if others else len(text) + 1
    for a, b, expression in zip(taken.starts, taken.ends, taken.takers, strict=True):
        if expression is None:
            continue  # a range to skip
        while next_other <= a:
            _, kind, surface, value, where, weekday, note = others[waiting]
            dates.append(DateMention(f"d{len(dates) + 1}", kind, surface, value, where,
                                     weekday, note))
            waiting += 1
            next_other = others[waiting][0] if waiting < len(others) else len(text) + 1
        answer = resolved.get(expression)
        if answer is None:
            answer = resolved[expression] = _resolve(expression, ref)
        if lines is None:
            where = article.span(a, b)
        else:
            line = bisect_right(lines, a, line) - 1
            if line < 0:  # before the first line start (never, as texts are loaded)
                line = 0
            final = bisect_right(lines, b - 1, line) - 1
            if final < 0:
                final = 0
            where = Span(a, b, line + 1, a - lines[line] + 1, final + 1, b - lines[final] + 1)
        dates.append(DateMention(f"d{len(dates) + 1}", expression.kind, text[a:b], answer[0],
                                 where, expression.weekday, answer[1]))
    for _, kind, surface, value, where, weekday, note in others[waiting:]:
        dates.append(DateMention(f"d{len(dates) + 1}", kind, surface, value, where, weekday,
                                 note))
    return tuple(dates)


__all__ = ["find_dates"]
