"""Where the citation pattern must run: near the rarest word of each name the article can hold.

Every match of the citation pattern holds a registry name whole, and every word run (``\\w+``)
of the name stands whole in the text: the runs are separated by spaces, dots or dashes, the name
ends before a non-word character, and it begins after a non-word character or one or two
proclitics glued to its first run (``والجزيرة``). So a name whose runs do not all occur in the
article cannot match, and for one that can, the places of any one of its runs are enough to find
it; the run that occurs least often (counted in the article) makes the fewest windows to search
(:func:`provenance.detect.anchored.finditer_near`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from provenance.detect.anchored import WordRuns

_RUN = re.compile(r"\w+")


@dataclass(frozen=True, slots=True)
class NameRuns:
    """The word runs of one spelling of a name, in order."""

    runs: tuple[str, ...]
    """Each run of word characters of the name."""
    before: tuple[int, ...]
    """For each run, the most characters of the name before it (glue at its widest)."""
    opens: bool
    """The first run opens the name, so proclitics may be glued to it."""


def name_runs(tokens: list[str], glue_max: int) -> NameRuns | None:
    """The runs of a spelling (tokens joined by glue of 1 to ``glue_max`` characters).

    None for a spelling without a word character, which no run can stand for.
    """
    runs: list[str] = []
    before: list[int] = []
    opens = False
    offset = 0  # characters before the current token, glue counted at its widest
    for index, token in enumerate(tokens):
        for match in _RUN.finditer(token):
            opens = opens or (index == 0 and match.start() == 0 and not runs)
            runs.append(match.group())
            before.append(offset + match.start())
        offset += len(token) + glue_max
    if not runs:
        return None
    return NameRuns(tuple(runs), tuple(before), opens)


class AnchorPlan:
    """The names of a registry as word runs, ready to pick anchors for one article."""

    def __init__(self, spellings: list[NameRuns], proclitics: str) -> None:
        """``proclitics``: the letters that may be glued, one or two, before a name."""
        self.spellings = spellings
        glued = [""] + list(proclitics) + [a + b for a in proclitics for b in proclitics]
        self._glued = glued
        #: every form a first run may take in the text → the first runs it stands for
        self._first_forms: dict[str, set[str]] = {}
        for spelling in spellings:
            first = spelling.runs[0]
            for prefix in glued if spelling.opens else [""]:
                self._first_forms.setdefault(prefix + first, set()).add(first)

    def choose(self, words: WordRuns) -> tuple[set[str], int]:
        """The runs to search the text for, and the most name characters before any of them.

        Each name present is looked for by the run of it with the fewest whole places in the
        text (its glued forms counted with a first run), all runs' places found in one go
        (:meth:`~provenance.detect.anchored.WordRuns.spans_of`), which the search for the
        chosen runs then reuses.
        """
        present_firsts: set[str] = set()
        for form in self._first_forms.keys() & words.runs:
            present_firsts |= self._first_forms[form]
        present = [
            spelling for spelling in self.spellings
            if spelling.runs[0] in present_firsts
            and all(run in words.runs for run in spelling.runs[1:])
        ]  # the others miss a run, so they are not in the text
        places = words.spans_of(
            form for spelling in present for index in range(len(spelling.runs))
            for form in self._forms(spelling, index)
        )
        anchors: set[str] = set()
        most_before = 0
        for spelling in present:
            counts = [sum(len(places.get(form, ())) for form in self._forms(spelling, index))
                      for index in range(len(spelling.runs))]
            index = counts.index(min(counts))
            anchors.update(self._forms(spelling, index))
            most_before = max(most_before, spelling.before[index])
        return anchors, most_before

    def _forms(self, spelling: NameRuns, index: int) -> list[str]:
        """How the text may write run ``index`` of ``spelling``: a first run that opens the
        name also with proclitics glued to it."""
        run = spelling.runs[index]
        if index == 0 and spelling.opens:
            return [prefix + run for prefix in self._glued]
        return [run]
