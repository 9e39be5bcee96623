"""Quotations and sentence boundaries inside one paragraph.

Real Arabic text uses ``"…"``, ``“…”``, ``«…»`` and the reversed pairs ``”…“`` and ``»…«``;
inner quotes are nested or left unbalanced (an odd number of ``"`` in a paragraph). Each mark is
classified by its neighbours (a space before and a letter after opens, a letter before and a
space or punctuation after closes); marks glued on both sides are decided by whether a quote is
open. An opening mark that is never closed takes over the next quotation that starts inside it,
so a stray inner ``"`` does not cut the outer quote short. Everything runs in one pass over the
characters: no backtracking patterns.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from itertools import accumulate, count, islice
from operator import add

from provenance.detect.vocab import (
    EN_ABBREVIATIONS,
    MEDIA_NAMES,
    MIN_QUOTE_WORDS,
    NAME_LEAD_WORDS,
    QUOTE_PAIRS,
    SYMMETRIC_QUOTES,
)
from provenance.text import normalize_loose

#: Characters after which a mark opens a quotation.
_OPEN_CONTEXT = frozenset("([{،,:;—–-/«“”»\"'")
#: Characters before which a mark closes a quotation.
_CLOSE_CONTEXT = frozenset(".,،؛;:!?؟)]}»”“«-–—…'\"")
_WORD = re.compile(r"\w+")
#: Every quotation mark of every family.
_MARKS = (*SYMMETRIC_QUOTES, *(mark for pair in QUOTE_PAIRS for mark in pair))
#: A quotation of at most this many words after a name-lead word is a name (``وكالة "…"``).
NAME_QUOTE_WORDS = 4
#: Characters that each leave a letter or digit when folded (see :func:`_could_be_media_name`).
_SURVIVING = "\u0621-\u063a\u0641-\u064aA-Za-z0-9"
_SURVIVES_FOLDING = re.compile(f"[{_SURVIVING}]")
_LONGEST_MEDIA_NAME = max(map(len, MEDIA_NAMES))
#: More surviving characters than the longest media name has (stops as soon as it has them).
_LONGER_THAN_MEDIA_NAMES = re.compile(
    f"(?:[^{_SURVIVING}]*+[{_SURVIVING}]){{{_LONGEST_MEDIA_NAME + 1}}}")
#: Sentence ends: a full stop, question or exclamation mark followed by space. Written as one
#: mark and then more (not ``[…]+``) so the engine skips to the next mark by its first
#: character instead of trying a match at every character.
_SENTENCE_END = re.compile(r"[.!?؟][.!?؟]*(?=\s)")


@dataclass(frozen=True, slots=True)
class Quote:
    """One quotation in a paragraph."""

    start: int
    """Offset of the first character inside the marks."""
    end: int
    """Offset one past the last character inside the marks."""
    open_mark: int
    """Offset of the opening mark."""
    close_mark: int
    """Offset of the closing mark; equal to ``end`` when the quote runs to the paragraph end."""


def _pair_marks(text: str, marks: list[int], symmetric: bool, opener: str) -> list[list[int]]:
    """Match one family's marks with a stack; return [open, close] pairs (close -1: unclosed)."""
    stack: list[int] = []
    pairs: list[list[int]] = []
    last = len(text) - 1
    for index in marks:
        if symmetric:
            # A space or opening context before and a letter after opens; a letter before and a
            # space or closing context after closes; both or neither cannot tell. Written
            # inline: on a run of a million marks a function call per mark was the main cost.
            left = text[index - 1] if index > 0 else " "
            right = text[index + 1] if index < last else " "
            right_closes = right.isspace() or right in _CLOSE_CONTEXT
            opens = (left.isspace() or left in _OPEN_CONTEXT) and not right_closes
            closes = right_closes and not left.isspace()
            role = "either" if opens == closes else ("open" if opens else "close")
        else:
            role = "open" if text[index] == opener else "close"
        if role == "either":
            role = "close" if stack else "open"
        if role == "open":
            stack.append(index)
        elif stack:
            pairs.append([stack.pop(), index])
    pairs.extend([index, -1] for index in stack)
    return sorted(pairs)


def _merge_unclosed(text: str, pairs: list[list[int]]) -> list[list[int]]:
    """Let each unclosed mark swallow the next quotation inside it, or run to the end."""
    closed = sorted(p for p in pairs if p[1] >= 0)
    starts = [p[0] for p in closed]
    extra: list[list[int]] = []
    for start, _ in (p for p in pairs if p[1] < 0):
        index = bisect.bisect_right(starts, start)
        if index < len(closed):
            closed[index][0] = min(closed[index][0], start)
        else:
            extra.append([start, len(text)])
    return sorted(closed + extra)


def _offsets(text: str, mark: str) -> list[int]:
    """Offsets of every ``mark`` in ``text``, in order.

    The k-th mark sits after the first k pieces of a split and the k marks between them: a
    running sum in C, where a match object per mark was the main cost of a run of marks.
    """
    return list(map(add, accumulate(map(len, text.split(mark)[:-1])), count()))


def find_quotes(text: str) -> list[Quote]:
    """Find the outermost quotations in one paragraph, in text order."""
    pairs: list[list[int]] = []
    at = {mark: _offsets(text, mark) for mark in _MARKS if mark in text}
    if not at:
        return []
    for mark in SYMMETRIC_QUOTES:
        marks = at.get(mark, [])
        if marks:
            pairs += _merge_unclosed(text, _pair_marks(text, marks, True, mark))
    for left, right in QUOTE_PAIRS:
        marks = sorted(at.get(left, []) + at.get(right, []))
        if marks:
            # Arabic text often reverses the pair; whichever mark comes first opens.
            pairs += _merge_unclosed(text, _pair_marks(text, marks, False, text[marks[0]]))
    quotes: list[Quote] = []
    for start, end in sorted(pairs, key=lambda p: (p[0], -p[1])):
        if quotes and start < quotes[-1].close_mark:
            continue  # nested inside the previous outer quotation
        quotes.append(Quote(start + 1, end, start, end))
    return quotes


def is_statement(text: str, quote: Quote) -> bool:
    """Tell whether a quotation holds a statement rather than a name, title or term."""
    content = text[quote.start:quote.end]
    # Only "fewer than three" and "at most four" are asked: five words answer both.
    words = sum(1 for _ in islice(_WORD.finditer(content), NAME_QUOTE_WORDS + 1))
    if words < MIN_QUOTE_WORDS:
        return False
    if _could_be_media_name(content) and normalize_loose(content) in MEDIA_NAMES:
        return False
    before = normalize_loose(text[max(0, quote.open_mark - 20):quote.open_mark]).split()
    return not (before and before[-1] in NAME_LEAD_WORDS and words <= NAME_QUOTE_WORDS)


def _could_be_media_name(content: str) -> bool:
    """False when ``content`` is too long to fold to any of :data:`MEDIA_NAMES`.

    Each Arabic letter (but tatweel), ASCII letter and digit leaves at least one letter or
    digit in :func:`normalize_loose`'s output, so counting them bounds its length from below
    without folding a long quotation.
    """
    return len(content) <= _LONGEST_MEDIA_NAME or not _LONGER_THAN_MEDIA_NAMES.match(content)


def sentence_bounds(text: str, quotes: list[Quote]) -> list[tuple[int, int]]:
    """Split a paragraph into sentences, never inside a quotation or after an abbreviation."""
    opens = [q.open_mark for q in quotes]
    bounds: list[tuple[int, int]] = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        end = match.end()
        index = bisect.bisect_right(opens, match.start()) - 1
        if index >= 0 and match.start() < quotes[index].close_mark:
            continue
        previous = text[max(start, match.start() - 6):match.start()].split()
        if previous and (
            previous[-1].lower().rstrip(".") in EN_ABBREVIATIONS
            or (len(previous[-1]) == 1 and previous[-1].isupper())  # an initial: "John F."
        ):
            continue
        if text[start:end].strip():
            bounds.append((start, end))
        start = end
    if text[start:].strip():
        bounds.append((start, len(text)))
    return bounds
