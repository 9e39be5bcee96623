"""Deterministic measures of work, for tests that check growth without timing anything.

Seconds depend on the machine and its load; the number of lines of the package's code that
run does not. A Python loop that went quadratic shows up as lines run growing with the square
of the input, on any machine, every time. Work done inside one call to C (a regex search, a
``str`` method) is one line here: catastrophic regex backtracking is ruled out separately, by
the static check of ``tests/test_regex_backtracking.py``, and ``make bench`` times the rest.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from types import FrameType
from typing import Any

PACKAGE = str(Path(__file__).resolve().parent.parent / "provenance")

#: Linear work grows by the factor the input grows by, quadratic work by its square. The
#: allowance covers fixed costs and logarithmic factors (bisection, heaps), nothing more.
ALLOWANCE = 1.5


def lines_run(action: Callable[[], Any], within: str = PACKAGE) -> int:
    """How many lines of code under ``within`` run while ``action()`` runs.

    Lines elsewhere (the standard library, dependencies) are not traced at all, which keeps
    the cost of counting near the cost of the package's own code.
    """
    count = 0

    def in_frame(frame: FrameType, event: str, arg: Any) -> Any:
        nonlocal count
        if event == "line":
            count += 1
        return in_frame

    def on_call(frame: FrameType, event: str, arg: Any) -> Any:
        return in_frame if frame.f_code.co_filename.startswith(within) else None

    previous = sys.gettrace()
    sys.settrace(on_call)
    try:
        action()
    finally:
        sys.settrace(previous)
    return count


def growth(run: Callable[[int], Any], size: int, factor: int = 4,
           within: str = PACKAGE) -> tuple[int, int]:
    """Lines run by ``run(size)`` and ``run(factor * size)``, after a warm-up run.

    The warm-up (a tenth of ``size``) fills compiled patterns and caches, which would
    otherwise be charged to the smaller input only.
    """
    run(max(1, size // 10))
    return (lines_run(lambda: run(size), within),
            lines_run(lambda: run(factor * size), within))


def assert_linear(run: Callable[[int], Any], size: int, factor: int = 4,
                  within: str = PACKAGE) -> None:
    """Fail unless the work of ``run`` grows at most linearly from ``size`` to ``factor``x."""
    small, large = growth(run, size, factor, within)
    assert small > 0, "nothing of the package ran"
    assert large <= factor * ALLOWANCE * small, (
        f"{small} lines for {size}, {large} for {factor * size}: "
        f"{large / small:.1f}x for {factor}x the input")


class SlicedText(str):
    """A ``str`` that counts the characters its slices copy (``sliced``, for all instances).

    Copying a slice is C work that :func:`lines_run` sees as one line: a rule that slices from
    the start of its line for every mention reads the whole of a one-line page each time.
    Regex searches with bounds and ``str`` methods are not counted.
    """

    sliced = 0

    def __getitem__(self, index: Any) -> Any:
        piece = super().__getitem__(index)
        type(self).sliced += len(piece)
        return piece


class MeteredPattern:
    """A compiled pattern that adds the characters each ``search`` scanned to ``scanned``.

    A search tries every position from ``pos`` until it matches (to ``endpos`` when it does
    not): one per name over the line before it reads a one-line page over and over, though it
    is one line of Python. ``match`` and ``fullmatch`` are anchored at ``pos`` and pass
    through uncounted.
    """

    scanned = 0

    def __init__(self, pattern: Any) -> None:
        self._pattern = pattern

    def search(self, string: str, pos: int = 0, endpos: int | None = None) -> Any:
        end = len(string) if endpos is None else min(endpos, len(string))
        found = self._pattern.search(string, pos, end)
        type(self).scanned += max(0, (found.end() if found else end) - pos)
        return found

    def __getattr__(self, name: str) -> Any:
        return getattr(self._pattern, name)
