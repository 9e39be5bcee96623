"""Run a pattern only around the words its matches must contain, with the same matches.

A pattern that begins with a look-behind is tried by Python's ``re`` at every position of the
text, which costs about a tenth of a second per megabyte however rare its matches are. When every
match must contain one of a few words (an agency's name, a month), the text is searched for those
words instead, and the pattern runs only in windows around them:

1. :class:`WordRuns` lists the distinct runs of word characters of the text once (``str.split``
   and a search over the distinct words, both in C) and finds where chosen runs stand: a few
   runs one by one, many in one search for all of them, so that the work stays linear in the
   length of the text however many names a long page holds.
2. :func:`finditer_near` runs the pattern in windows around those places and yields exactly the
   matches ``pattern.finditer(text)`` would, provided two bounds hold: every match starts at most
   ``back`` non-space characters before an anchor it contains, and no attempt of the pattern
   reads more than ``reach`` non-space characters (any amount of whitespace between them, and one
   character beyond) from where it starts.

Why the matches are the same: a window runs from ``back`` non-space characters before its first
anchor to ``reach`` after its last, so every real match lies in a window. Windows are searched
with ``endpos`` at their end, and ``re`` still sees the text before ``pos`` (look-behinds work),
but at ``endpos`` it sees an end of text that is not there, so an attempt that reads that far may
succeed falsely. No attempt starting at or before the window's last anchor reads that far, and
every real match starts at or before an anchor, so matches after the last anchor are dropped.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterable, Iterator

from provenance.detect.regex_trie import atoms_of, trie_alternation

_RUN = re.compile(r"\w+")


class WordRuns:
    """The distinct runs of word characters (``\\w+``) of one text, and where chosen ones stand.

    Made with :meth:`of`, which remembers the last texts: the citation and date detectors fold
    an article alike (they differ only at tatweel and a few presentation forms) and share it.
    """

    def __init__(self, text: str) -> None:
        """Index ``text`` (cheap: its distinct whitespace-separated words are scanned once)."""
        self.text = text
        # A run never holds whitespace, so the runs of the distinct words are the text's runs.
        self.runs = frozenset(_RUN.findall(" ".join(set(text.split()))))
        #: the places of every run looked for so far: each is searched for once per text
        self._found: dict[str, list[tuple[int, int]]] = {}
        self._reversed_runs: str | None = None

    @staticmethod
    @functools.lru_cache(maxsize=2)
    def of(text: str) -> WordRuns:
        """The (shared) index of ``text``."""
        return WordRuns(text)

    def starts(self, runs: Iterable[str]) -> list[int]:
        """Start offsets, ascending, of every whole run of the text that is one of ``runs``."""
        return [start for start, _ in self._spans(runs)]

    def ends(self, runs: Iterable[str]) -> list[int]:
        """End offsets, ascending, of every whole run of the text that is one of ``runs``."""
        return [end for _, end in self._spans(runs)]

    def ends_by_group(self, groups: list[set[str]]) -> list[list[int]]:
        """:meth:`ends` of each group of runs, each run of the text searched for once."""
        found: list[list[int]] = [[] for _ in groups]
        for run, spans in self.spans_of(set().union(*groups)).items():
            ends = [end for _, end in spans]
            for group, into in zip(groups, found, strict=True):
                if run in group:
                    into.extend(ends)
        for ends in found:
            ends.sort()  # each run's ends ascend: the sort merges them
        return found

    def ending_with(self, endings: re.Pattern[str]) -> set[str]:
        """The runs of the text that end with a match of ``endings``, a pattern written for the
        reversed runs (so it matches a run's last letters first) that matches no NUL.

        One search over every distinct run, reversed and joined by NULs, each match opening
        after a NUL (a literal ``re`` skips to in C): a pattern for the whole run tried on every
        distinct word of a long page (22 000 of them at 1 MB, four patterns) cost a tenth of a
        second.
        """
        if self._reversed_runs is None:
            self._reversed_runs = "\x00" + "\x00".join(run[::-1] for run in self.runs)
        after_nul = re.compile(rf"\x00(?P<run>(?:{endings.pattern})[^\x00]*)", endings.flags)
        return {match["run"][::-1] for match in after_nul.finditer(self._reversed_runs)}

    def spans_of(self, runs: Iterable[str]) -> dict[str, list[tuple[int, int]]]:
        """Where each of ``runs`` that the text holds stands whole (as :meth:`places`).

        Up to :data:`FEW_RUNS` runs not looked for yet are found one by one; more, by one search
        for all of them (:meth:`_search_all`): a ``str.find`` loop reads the text once per run,
        and a long page names hundreds of agencies and outlets.
        """
        wanted = set(runs) & self.runs
        missing = wanted - self._found.keys()
        if len(missing) > FEW_RUNS:
            self._found.update(self._search_all(missing))
        else:
            for run in missing:
                self._found[run] = self.places(run)
        return {run: self._found[run] for run in wanted}

    def places(self, run: str) -> list[tuple[int, int]]:
        """Where ``run`` stands whole in the text (no word character on either side), in order.

        Rare runs (most names on a page) are found with a ``str.find`` loop, a C search that
        skips ahead. The loop costs about a microsecond a place, so after :data:`MANY_PLACES`
        places (a page of one name) the rest are found by a regex that opens with the run
        (``re`` skips to it in C) and tests what stands around it after: the same places, in
        less time.
        """
        text = self.text
        size = len(text)
        length = len(run)
        spans: list[tuple[int, int]] = []
        start = text.find(run)
        for _ in range(MANY_PLACES):
            if start < 0:
                return spans
            end = start + length
            before = text[start - 1] if start else " "
            after = text[end] if end < size else " "
            # whole: no word character (letter, digit, numeral, underscore) on either side
            if not (before.isalnum() or before == "_" or after.isalnum() or after == "_"):
                spans.append((start, end))
            # Two places of one run cannot overlap both whole: go on after this one.
            start = text.find(run, end)
        if start >= 0:
            # the look-behind sees the text before ``start``, as the loop did
            spans.extend(match.span() for match in _whole(run).finditer(text, start))
        return spans

    def _search_all(self, runs: set[str]) -> dict[str, list[tuple[int, int]]]:
        """The places of each of ``runs`` (runs of the text), all found in one regex search.

        ``\\b`` on both sides of a run of word characters says what :meth:`places` tests: no
        word character before or after it. Whole places never overlap (each is a whole run of
        the text), and the alternation (longest first, then backtracking at the closing
        ``\\b``) finds the one run of ``runs`` each whole run of the text may be.
        """
        ordered = sorted(runs, key=len, reverse=True)
        pattern = re.compile(rf"\b{trie_alternation([atoms_of(run) for run in ordered])}\b")
        found: dict[str, list[tuple[int, int]]] = {run: [] for run in runs}
        for match in pattern.finditer(self.text):
            found[match.group()].append(match.span())
        return found

    def _spans(self, runs: Iterable[str]) -> list[tuple[int, int]]:
        """Where the runs stand whole, in text order."""
        spans = [span for places in self.spans_of(runs).values() for span in places]
        spans.sort()
        return spans


#: Runs :meth:`WordRuns.spans_of` finds one by one (each a C scan of the text, about a
#: millisecond a megabyte) before one regex search for all (some forty such scans) is cheaper.
FEW_RUNS = 32

#: Places of a run :meth:`WordRuns.places` finds one by one before it searches with a regex.
MANY_PLACES = 200


@functools.lru_cache(maxsize=256)
def _whole(run: str) -> re.Pattern[str]:
    """``run`` standing whole: the run first (a literal prefix ``re`` searches for in C), then
    a look-ahead and a look-behind over it and the character before it.

    A run is made of word characters only, so ``.`` (no newline) matches each of them.
    """
    return re.compile(re.escape(run) + rf"(?!\w)(?<!\w.{{{len(run)}}})")


def finditer_near(
    pattern: re.Pattern[str], text: str, anchors: list[int], back: int, reach: int,
    filler: str | None = r"\s",
) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)``, searched only near ``anchors`` (ascending offsets).

    See the module docstring for the two bounds ``back`` and ``reach`` must honour; they count
    the characters that are not ``filler`` (a character class: whitespace unless the pattern
    also takes unbounded runs of something else, such as dashes; None counts them all).
    """
    return finditer_in(pattern, text, windows(text, anchors, back, reach, filler))


def finditer_in(
    pattern: re.Pattern[str], text: str, spans: list[tuple[int, int, int]]
) -> Iterator[re.Match[str]]:
    """The matches of :func:`finditer_near` in windows made once by :func:`windows`.

    Windows made with larger bounds or more filler hold every smaller window, so patterns that
    share anchors can share windows made with the largest of their bounds.
    """
    for start, end, last_anchor in spans:
        for match in pattern.finditer(text, start, end):
            if match.start() > last_anchor:
                break
            yield match


def windows(
    text: str, anchors: list[int], back: int, reach: int, filler: str | None = r"\s"
) -> list[tuple[int, int, int]]:
    """Disjoint windows ``(start, end, last anchor)`` around ascending ``anchors``.

    ``filler=None`` counts every character: for patterns with no unbounded repetition, whose
    bounds are simply lengths, the windows need no measuring.
    """
    if not anchors:
        return []
    if filler is None:  # bounds in characters: no need to measure

        def window_start(anchor: int) -> int:
            return max(0, anchor - back)

        def window_end(anchor: int) -> int:
            return min(len(text), anchor + reach + 1)

    else:
        reversed_text = text[::-1]
        other = "[^" + filler[1:-1] + "]" if filler.startswith("[") else filler.swapcase()
        # possessive: these only measure, and re keeps no backtracking points for them
        behind = re.compile(rf"(?:{filler}*+{other}){{0,{back}}}+{filler}*+")
        ahead = re.compile(rf"(?:{filler}*+{other}){{0,{reach}}}+{filler}*+")

        def window_start(anchor: int) -> int:
            found = behind.match(reversed_text, len(text) - anchor)
            return anchor - (found.end() - found.start()) if found else anchor

        def window_end(anchor: int) -> int:
            found = ahead.match(text, anchor)
            return min(len(text), (found.end() if found else anchor) + 1)

    spans: list[tuple[int, int, int]] = []
    start, last = window_start(anchors[0]), anchors[0]
    for anchor in anchors[1:]:
        # An anchor within ``reach`` characters of the last one is inside that one's window
        # (each counted character is at least one character): no need to measure.
        if anchor - last > reach:
            end = window_end(last)
            next_start = window_start(anchor)
            if next_start > end:
                spans.append((start, end, last))
                start = next_start
        last = anchor
    spans.append((start, window_end(last), last))
    return spans


def windows_holding(
    spans: list[tuple[int, int, int]], points: list[int]
) -> list[tuple[int, int, int]]:
    """The windows of :func:`windows` that hold (start to end, both included) one of ``points``
    (ascending): those of a pattern whose matches also hold, besides the anchors, such a point.
    """
    kept = []
    index = 0
    for window in spans:
        index = bisect.bisect_left(points, window[0], index)
        if index < len(points) and points[index] <= window[1]:
            kept.append(window)
    return kept
