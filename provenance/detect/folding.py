"""Fold a whole article fast, keeping a map from folded offsets back to the original.

The citation and date detectors match on folded text (hamza seats, alef maqsura, ta marbuta and
Persian letters and digits folded, marks dropped) and map their matches back. Folding a megabyte
with ``str.translate`` and keeping a list of a million offsets cost a tenth of a second per
detector; here:

* the letters that fold one for one are replaced with one ``str.replace`` per letter (a C loop
  that copies untouched text in bulk), not looked up character by character;
* only the rare characters that are dropped or expanded (marks, tatweel, presentation forms,
  joiners) are handled one at a time, by a callback that says what each becomes; marks known
  to be dropped need no call, and a run of them goes with the character before it;
* the offset map (:class:`OffsetMap`) stores one entry per stretch that folds one for one, not
  one per character, and answers a lookup with a binary search.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from typing import overload

#: What one special character becomes: given the text and the character's offset.
SpecialFold = Callable[[str, int], str]


class OffsetMap(Sequence[int]):
    """For each folded offset, the original offset it came from, plus one past the end."""

    __slots__ = ("_folded_starts", "_length", "_original_starts")

    def __init__(self, folded_starts: list[int], original_starts: list[int], length: int) -> None:
        """Stretches start at ``folded_starts`` and map one for one from ``original_starts``."""
        self._folded_starts = folded_starts
        self._original_starts = original_starts
        self._length = length

    def __len__(self) -> int:
        """Folded length plus one (the entry for the end)."""
        return self._length

    @overload
    def __getitem__(self, index: int) -> int: ...

    @overload
    def __getitem__(self, index: slice) -> list[int]: ...

    def __getitem__(self, index: int | slice) -> int | list[int]:
        """The original offset of folded offset ``index``."""
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(self._length))]
        if index < 0:
            index += self._length
        if not 0 <= index < self._length:
            raise IndexError(index)
        stretch = bisect.bisect_right(self._folded_starts, index) - 1
        return self._original_starts[stretch] + index - self._folded_starts[stretch]

    def __iter__(self) -> Iterator[int]:
        """Every entry, in order."""
        return (self[i] for i in range(self._length))


class Folding:
    """One folding: a ``str.translate`` table, and the special characters it cannot apply alone."""

    def __init__(self, table: Mapping[int, object], special: re.Pattern[str],
                 fold_special: SpecialFold, dropped: str = "") -> None:
        """``special`` matches the characters to hand to ``fold_special``; the rest of the
        characters ``table`` changes must each become exactly one character.

        ``dropped`` lists special characters that always fold to nothing (marks): the ones that
        follow a special character go with it, without a call or a stretch each.
        """
        self.pairs = [(chr(key), value) for key, value in table.items()
                      if isinstance(value, str) and len(value) == 1
                      and not special.match(chr(key))]
        self.special = special
        self.fold_special = fold_special
        if any(not special.match(char) for char in dropped):
            raise ValueError("every dropped character must be special")
        self.dropped = frozenset(dropped)
        # one special character and the dropped ones after it (the pattern still opens with
        # one character class, which re looks for in C)
        self._specials = (
            re.compile(f"(?:{special.pattern})[{re.escape(dropped)}]*", special.flags)
            if dropped else special
        )
        sources = {source for source, _ in self.pairs}
        # a replacement that is itself replaced cannot be applied pair after pair
        self.chained = any(target in sources for _, target in self.pairs)
        self.table = {ord(source): target for source, target in self.pairs}

    def __call__(self, text: str) -> tuple[str, OffsetMap | range]:
        """The folded text and its :class:`OffsetMap` to ``text``."""
        if self.chained:
            base = text.translate(self.table)
        else:
            base = text
            for source, target in self.pairs:
                if source in base:
                    base = base.replace(source, target)
        folded_starts, original_starts = [0], [0]
        pieces: list[str] = []
        length = cursor = 0
        dropped = self.dropped
        for match in self._specials.finditer(text):
            index, after = match.span()
            if cursor < index:
                pieces.append(base[cursor:index])
                length += index - cursor
            if text[index] not in dropped:
                for char in self.fold_special(text, index):
                    if original_starts[-1] + length - folded_starts[-1] != index:
                        folded_starts.append(length)
                        original_starts.append(index)
                    pieces.append(char)
                    length += 1
            # Dropped characters each began an empty stretch when taken one by one; of the
            # stretches that start at one folded offset only the last is ever read.
            cursor = after
            if original_starts[-1] + length - folded_starts[-1] != cursor:
                folded_starts.append(length)
                original_starts.append(cursor)
        if cursor == 0:
            return base, range(len(base) + 1)  # nothing dropped: offsets are their own map
        pieces.append(base[cursor:])
        length += len(text) - cursor
        return "".join(pieces), OffsetMap(folded_starts, original_starts, length + 1)
