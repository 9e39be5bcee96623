"""One paragraph folded and tokenised, with every position mapped back to the text as written.

Patterns and word lists are written in folded spelling (:func:`provenance.text.fold_with_offsets`:
``اكد`` for ``أكّد``); a paragraph keeps its folded text, its tokens (words and single
punctuation marks) and the offset each folded character came from, so whatever is found in the
folded text is reported as written.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Container, Sequence
from itertools import accumulate, compress, count
from operator import itemgetter

from provenance.text import drop_marks, fold_with_offsets, special_offsets

#: Words or single punctuation marks, as the one group of a split: the pieces between them
#: are whitespace, so their lengths give every token's offsets without a match object each.
_TOKEN_SPLIT = re.compile(r"(\w+(?:[-'’]\w+)*|[^\w\s])")
#: The marks folding drops that :meth:`FoldedParagraph.orig` gives back after a range.
MARKS = frozenset("\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0670\u0640")
#: Every character a case-blind pattern of ASCII letters can match: both cases, and the four
#: letters Unicode folds to them (İ ı ſ K). A text without one holds no English word.
CASED_LATIN = re.compile("[A-Za-z\u0130\u0131\u017f\u212a]")
#: The characters that join word runs into one token (``al-Kadhimi``).
JOINER = re.compile("[-'’]")
#: A character of :data:`CASED_LATIN` or :data:`JOINER`: one scan spares most Arabic
#: paragraphs both.
_LATIN_OR_JOINER = re.compile("[-'’A-Za-z\u0130\u0131\u017f\u212a]")
#: What a statement's span does not begin or end with.
STRIP_CHARS = " \t.,،؛;:!?؟-–—"


def strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink [start, end) of ``text`` past surrounding spaces and punctuation."""
    while start < end and text[start] in STRIP_CHARS:
        start += 1
    while end > start and text[end - 1] in STRIP_CHARS:
        end -= 1
    return start, end


class _WordStart(dict[str, bool]):
    """First character of a token → whether the token is a word (``\\w``) or a punctuation mark.

    Filled lazily, one entry per distinct character, so the test runs once per character
    met instead of once per token.
    """

    def __missing__(self, char: str) -> bool:
        value = _WORD_CHAR.match(char) is not None
        self[char] = value
        return value


_WORD_CHAR = re.compile(r"\w")
_IS_WORD_START = _WordStart()


class FoldedParagraph:
    """One paragraph with its folded text and tokens, and the way back to the original."""

    def __init__(self, text: str, letters_folded: str | None = None,
                 specials: list[int] | None = None) -> None:
        """Fold and tokenise ``text``.

        ``letters_folded`` is its :func:`provenance.text.fold_letters` when the caller folded
        the letters of the whole article at once, and ``specials`` its
        :func:`provenance.text.special_offsets` when the caller found them for the article too.
        """
        self.text = text
        self._where: Sequence[int] = ()
        """Original offset of each folded character, when folding expanded some."""
        self._dropped: list[int] | None = None
        """Otherwise the original offsets of the characters folding dropped (maybe none)."""
        if letters_folded is None:
            self.folded, self._where = fold_with_offsets(text)
        else:
            if specials is None:
                specials = special_offsets(letters_folded)
            if not specials:
                # Nothing dropped or expanded: every offset maps to itself, no map is built.
                self.folded, self._dropped = letters_folded, []
            elif (dropped := drop_marks(letters_folded, specials)) is not None:
                # Only marks dropped: their offsets map back, no entry per character is built.
                self.folded, self._dropped = dropped, specials
            else:
                self.folded, self._where = fold_with_offsets(letters_folded, letters_folded=True)
        self._shifts = [at - k for k, at in enumerate(self._dropped)] if self._dropped else []
        """Each dropped character's folded offset: a folded offset moves right by the number
        of these at or before it."""
        # Tokens are kept as parallel lists built by C loops (one split, one running sum):
        # an object per token was the largest single cost of reading a paragraph.
        pieces = _TOKEN_SPLIT.split(self.folded)
        bounds = list(accumulate(map(len, pieces)))
        self.token_text: list[str] = pieces[1::2]
        """The folded spelling of each token."""
        self.token_start: list[int] = bounds[0:-1:2]
        """Offset of each token in the folded paragraph."""
        self.token_end: list[int] = bounds[1::2]
        """Offset one past each token's end in the folded paragraph."""
        self._orig_starts: list[int] | None = None
        self._scripts: tuple[bool, bool] | None = None
        """Whether the folded text holds a Latin letter, and a joiner (found once)."""
        self.is_word: list[bool]
        """True for words, False for punctuation marks."""
        if self.has_joiner() or "_" in self.folded:
            # A joined word (al-Kadhimi) or one with "_" is not all letters and digits.
            self.is_word = list(map(_IS_WORD_START.__getitem__,
                                    map(itemgetter(0), self.token_text)))
        else:
            # Otherwise a word is letters and digits only and a mark is one character that
            # is neither: one C test per token, no one-letter string cut from each.
            self.is_word = list(map(str.isalnum, self.token_text))

    def _latin_and_joiner(self) -> tuple[bool, bool]:
        if self._scripts is None:
            folded = self.folded
            if _LATIN_OR_JOINER.search(folded) is None:
                self._scripts = (False, False)
            else:
                self._scripts = (CASED_LATIN.search(folded) is not None,
                                 JOINER.search(folded) is not None)
        return self._scripts

    def has_latin(self) -> bool:
        """Whether the folded text holds a :data:`CASED_LATIN` letter (else no English word)."""
        return self._latin_and_joiner()[0]

    def has_joiner(self) -> bool:
        """Whether the folded text holds a :data:`JOINER` (else every token is one word run)."""
        return self._latin_and_joiner()[1]

    def orig(self, start: int, end: int) -> tuple[int, int]:
        """Map a folded range to the original paragraph."""
        text = self.text
        if start >= len(self.folded):
            return (len(text), len(text))
        last = max(start, end - 1)
        if self._dropped is None:
            first, stop = self._where[start], self._where[last] + 1
        elif self._shifts:
            shifts = self._shifts
            first = start + bisect.bisect_right(shifts, start)
            stop = last + bisect.bisect_right(shifts, last) + 1
        else:  # nothing dropped: offsets are their own
            first, stop = start, last + 1
        # Folding dropped trailing marks (tanween, shadda, tatweel): give them back.
        while stop < len(text) and text[stop] in MARKS:
            stop += 1
        return (first, stop)

    def token_orig(self, a: int, b: int) -> tuple[int, int]:
        """Original offsets of tokens [a, b)."""
        return self.orig(self.token_start[a], self.token_end[b - 1])

    def words(self, a: int, b: int) -> str:
        """The original text of tokens [a, b)."""
        start, end = self.orig(self.token_start[a], self.token_end[b - 1])
        return self.text[start:end]

    def token_at(self, original: int) -> int:
        """Index of the first token starting at or after an original offset."""
        if self._dropped is not None:
            # The folded offset of the first kept character at or after ``original``.
            folded = original - bisect.bisect_left(self._dropped, original)
            return bisect.bisect_left(self.token_start, folded)
        if self._orig_starts is None:
            self._orig_starts = list(map(self._where.__getitem__, self.token_start))
        return bisect.bisect_left(self._orig_starts, original)

    def token_starting(self, folded: int) -> int | None:
        """Index of the token that starts exactly at a folded offset, if any."""
        starts = self.token_start
        k = bisect.bisect_left(starts, folded)
        return k if k < len(starts) and starts[k] == folded else None

    def positions(self, words: Container[str]) -> list[int]:
        """Indexes of the tokens whose folded text is in ``words``, in order.

        One membership test per token in C (a map and a compress): a comprehension over the
        tokens is a Python step per token, and most paragraphs hold few of the words asked for.
        """
        return list(compress(count(), map(words.__contains__, self.token_text)))

    def word_at(self, i: int) -> str:
        """The folded token ``i``, or ``""`` outside the paragraph."""
        return self.token_text[i] if 0 <= i < len(self.token_text) else ""
