"""Dates: embed footers, explicit and relative dates in the text, and the article's own date.

The article's writing date is inferred first, because relative expressions need it: machine
metadata wins; else a footer date that falls on the weekday the text calls "today"
(``اليوم الخميس``); else the latest footer date. Then every expression is resolved against it:
a day and month without a year takes the year from the article date (``الماضي``/``last``: the
most recent past occurrence, ``المقبل``/``next``: the next one), a weekday is the nearest such
day, ``أمس`` is the day before. Each mention's ``note`` says how its value was reached.

The patterns and how they are searched are in :mod:`provenance.detect.date_patterns`; word
patterns match folded text and positions map back to the original. Full dates with a year are
read by :func:`provenance.detect.datetext.parse_date_text`; numeric ones go to dateparser (DMY).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from provenance.detect import vocab as v
from provenance.detect.date_patterns import (
    DATE_FOLDING,
    FOLDED_MONTHS,
    FOLDED_WEEKDAYS,
    full_dates,
    numeric_matches,
    word_matches,
)
from provenance.detect.datetext import parse_date_text
from provenance.model import Article, DateKind, DateMention, Embed, InferredDate, Span
from provenance.text import normalize

WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August",
               "September", "October", "November", "December")

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
    day_months, month_parts, weekdays, relatives = word_matches(folded)
    taken = _Taken(skip)
    found: list[_Found] = []

    def place(a: int, b: int, item: _Found) -> None:
        if not taken.claim(a, b):
            return
        item.start, item.end = a, b
        found.append(item)

    for m in full_dates(text):
        place(m.start(), m.end(), _Found(0, 0, DateKind.EXPLICIT, parse_date_text(m.group(0))))
    for m in numeric_matches(text):
        place(m.start(), m.end(), _Found(0, 0, DateKind.EXPLICIT, _numeric(m.group(0)),
                                         note="numeric date read day first"))

    def back(m: re.Match[str]) -> tuple[int, int]:
        return where[m.start()], where[m.end() - 1] + 1

    # The commonest kind on a page of dates: one group() call and no helper calls per match.
    claim = taken.claim
    for m in day_months:
        month, month2, day, day2, marker = m.group("month", "month2", "day", "day2", "marker")
        a, b = where[m.start()], where[m.end() - 1] + 1
        if claim(a, b):
            found.append(_Found(a, b, DateKind.EXPLICIT, day=int(day or day2),
                                month=FOLDED_MONTHS[(month or month2).casefold()],
                                marker=marker))
    for m in month_parts:
        part = v.MONTH_PART_PHRASES[m.group("part").lower()]
        place(*back(m), _Found(0, 0, DateKind.RELATIVE, part=part,
                               month=FOLDED_MONTHS[m.group("month").casefold()],
                               marker=m.group("marker")))
    for m in weekdays:
        lead, marker = (m.group("lead") or "").lower(), m.group("marker")
        is_english = m.group("weekday").isascii()
        if not (lead or marker or (is_english and m.group("weekday")[0].isupper())):
            continue
        place(*back(m), _Found(0, 0, DateKind.RELATIVE_WEEKDAY,
                               weekday=FOLDED_WEEKDAYS[m.group("weekday").lower()
                                                        if is_english else m.group("weekday")],
                               marker=marker or (lead if lead in ("last", "next") else None),
                               today=lead == "اليوم" or lead == "this"))
    for m in relatives:
        place(*back(m), _Found(0, 0, DateKind.RELATIVE, relative=m.group("rel").lower()))
    return sorted(found, key=lambda f: f.start)


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
        inner = list(full_dates(text[embed.span.start:embed.span.end]))
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
