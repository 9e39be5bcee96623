"""An article's text and the way back from an offset to a source line and column (stdlib only)."""

from __future__ import annotations

import bisect
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any, overload


@dataclass(frozen=True, slots=True)
class Span:
    """Where a detection sits, in the article text and in the source file."""

    start: int
    """Offset of the first character in ``Article.text``."""
    end: int
    """Offset one past the last character in ``Article.text``."""
    line: int
    """1-based line in the source file (for HTML: of the element that holds the text)."""
    column: int
    """1-based column in the source file."""
    end_line: int = 0
    """1-based line of the last character (0 when unknown)."""
    end_column: int = 0
    """1-based column one past the last character (0 when unknown)."""


@dataclass(frozen=True, slots=True)
class Anchor:
    """A point where a run of article text starts in the source file."""

    offset: int
    """Offset in ``Article.text`` where the run starts."""
    line: int
    """1-based source line of the run's first character."""
    column: int
    """1-based source column of the run's first character."""
    verbatim: bool = True
    """True when the run copies source characters one for one, so columns can be counted on."""


def _anchor_offset(anchor: Anchor) -> int:
    """Sort key of an anchor for :meth:`Article.locate`'s bisection."""
    return anchor.offset


class LineAnchors(Sequence[Anchor]):
    """One verbatim anchor per line, kept as a list of line starts and built on demand.

    A text of a million short lines would otherwise cost a million :class:`Anchor` objects at
    load time; :meth:`Article.locate` bisects the plain offsets instead. Compares equal to the
    tuple of anchors it stands for.
    """

    __slots__ = ("starts",)

    def __init__(self, starts: Sequence[int]) -> None:
        """``starts[i]`` is the text offset where source line ``i + 1`` begins (sorted)."""
        self.starts = starts

    def __len__(self) -> int:
        return len(self.starts)

    @overload
    def __getitem__(self, index: int) -> Anchor: ...

    @overload
    def __getitem__(self, index: slice) -> tuple[Anchor, ...]: ...

    def __getitem__(self, index: int | slice) -> Anchor | tuple[Anchor, ...]:
        if isinstance(index, slice):
            return tuple(self[i] for i in range(*index.indices(len(self.starts))))
        if index < 0:
            index += len(self.starts)
        if not 0 <= index < len(self.starts):
            raise IndexError(index)
        return Anchor(self.starts[index], index + 1, 1)

    def __iter__(self) -> Iterator[Anchor]:
        for number, start in enumerate(self.starts, start=1):
            yield Anchor(start, number, 1)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, LineAnchors):
            return list(self.starts) == list(other.starts)
        if isinstance(other, (tuple, list)):
            return len(other) == len(self) and all(a == b for a, b in zip(self, other, strict=True))
        return NotImplemented

    def __hash__(self) -> int:
        return hash(tuple(self.starts))

    def __repr__(self) -> str:
        return f"LineAnchors({len(self.starts)} lines)"


@dataclass(frozen=True, slots=True)
class Article:
    """One loaded input: its text, where it came from, and how to point back into it."""

    source: str
    """Path as given, ``-`` for stdin, or the URL."""
    text: str
    """The readable text; for HTML, block elements become lines."""
    format: str
    """``text``, ``html`` or ``markdown``."""
    encoding: str
    """The encoding the bytes were decoded with, and how it was chosen (``utf-8 (bom)``)."""
    anchors: Sequence[Anchor]
    """Sorted runs of text with their source positions (one per line for plain text).

    A tuple, or for plain text a :class:`LineAnchors` that builds each anchor when read."""
    tree: Any = field(default=None, compare=False, repr=False)
    """The parsed HTML document (BeautifulSoup) for markup detectors, or None."""
    element_spans: dict[int, tuple[int, int]] = field(
        default_factory=dict, compare=False, repr=False
    )
    """``id(element)`` → (start, end) in ``text`` for every element of ``tree``."""
    metadata: dict[str, str] = field(default_factory=dict, compare=False)
    """Machine metadata found while loading (``published_time``, ``title``, ``url``, ``lang``)."""

    def span(self, start: int, end: int) -> Span:
        """Build a :class:`Span` for ``text[start:end]`` with its source line and column."""
        anchors = self.anchors
        if isinstance(anchors, LineAnchors):
            # Detectors build a span per finding: plain text takes one short path, no calls.
            starts = anchors.starts
            last = max(start, end - 1)
            first = max(0, bisect.bisect_right(starts, start) - 1)
            final = max(0, bisect.bisect_right(starts, last, first) - 1)
            return Span(start, end, first + 1, start - starts[first] + 1, final + 1,
                        last - starts[final] + 1 + (1 if end > start else 0))
        line, column = self.locate(start)
        end_line, end_column = self.locate(max(start, end - 1))
        return Span(start, end, line, column, end_line, end_column + (1 if end > start else 0))

    def locate(self, offset: int) -> tuple[int, int]:
        """Return the 1-based (line, column) in the source of the text character at ``offset``."""
        if not self.anchors:
            return (1, offset + 1)
        # Bisect on the anchors themselves: building an offsets list here made every span
        # O(lines), and detectors build a span per finding (quadratic on long articles).
        if isinstance(self.anchors, LineAnchors):
            starts = self.anchors.starts
            index = max(0, bisect.bisect_right(starts, offset) - 1)
            return (index + 1, offset - starts[index] + 1)
        index = max(0, bisect.bisect_right(self.anchors, offset, key=_anchor_offset) - 1)
        anchor = self.anchors[index]
        if anchor.verbatim:
            return (anchor.line, anchor.column + (offset - anchor.offset))
        return (anchor.line, anchor.column)
