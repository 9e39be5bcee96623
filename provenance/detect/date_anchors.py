"""Fold the text for the date patterns and find the words each date expression must hold.

The folding is :func:`provenance.text.fold_with_offsets`' (marks, tatweel and joiners dropped,
presentation forms through NFKC, letters and digits folded), done in bulk
(:class:`~provenance.detect.folding.Folding`); a test checks that the two agree.

Each word pattern of :mod:`provenance.detect.dates` holds a keyword: a month name (day and month,
part of a month), a weekday, or a relative word. The last keyword of a match is followed by a
non-word character, so any word run of it ends a run of the text (which may begin with glued
letters: ``25يوليو``, ``والأسبوع``). :class:`KeywordRuns` picks one run per keyword and finds
the runs of the text that end with one of them; their end offsets are the anchors of
:func:`provenance.detect.anchored.finditer_near`.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from provenance.detect.anchored import WordRuns
from provenance.detect.folding import Folding
from provenance.detect.regex_trie import atoms_of, trie_alternation
from provenance.text import FOLD

#: The characters :func:`provenance.text.fold_with_offsets` handles one at a time: marks and
#: tatweel (dropped), presentation forms (NFKC), joiners and direction marks (dropped).
_SPECIAL = re.compile("[\u064b-\u0652\u0670\u0640\u06d6-\u06ed\ufb50-\ufdff\ufe70-\ufeff"
                      "\u200c-\u200f]")
_PRESENTATION = re.compile("[\ufb50-\ufdff\ufe70-\ufeff]")
_RUN = re.compile(r"\w+")


def _fold_special(text: str, index: int) -> str:
    char = text[index]
    if not _PRESENTATION.match(char):
        return ""  # a diacritic, tatweel or joiner: dropped
    return unicodedata.normalize("NFKC", char).translate(FOLD)


#: The folding the date patterns are written for.
DATE_FOLDING = Folding(FOLD, _SPECIAL, _fold_special)


class KeywordRuns:
    """One word run per keyword, to find the places where a keyword may end a match."""

    def __init__(self, keywords: Iterable[str]) -> None:
        """``keywords`` are matched case-blind; each needs a word character."""
        runs = set()
        for keyword in keywords:
            found = _RUN.findall(keyword)
            if not found:
                raise ValueError(f"keyword {keyword!r} has no word character to look for")
            runs.add(max(found, key=len))
        self.longest = max(len(run) for run in runs)
        ordered = sorted(runs, key=len, reverse=True)
        self._at_end = re.compile(
            trie_alternation([atoms_of(run) for run in ordered], ignorecase=True) + r"\Z",
            re.IGNORECASE,
        )

    def runs_in(self, words: WordRuns) -> set[str]:
        """The text's runs that end with one of the keywords' runs (the anchors' runs)."""
        return words.ending_with(self._at_end)
