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

    def __init__(self, keywords: Iterable[str], glue: str, first: bool = False) -> None:
        """``keywords`` are matched case-blind; each needs a word character.

        ``glue`` is a pattern for what a match may join, in the same run of the text, to the
        front of a keyword (a proclitic, a day's digits); ``first`` picks each keyword's first
        run rather than its longest (the rarer one for ``كانون الثاني``).
        """
        opening: set[str] = set()
        inner: set[str] = set()
        for keyword in keywords:
            runs = list(_RUN.finditer(keyword))
            if not runs:
                raise ValueError(f"keyword {keyword!r} has no word character to look for")
            run = runs[0] if first else max(runs, key=lambda m: len(m.group()))
            (opening if run.start() == 0 else inner).add(run.group())

        def alternation(runs: set[str]) -> str:
            ordered = sorted(runs, key=len, reverse=True)
            return trie_alternation([atoms_of(r) for r in ordered], ignorecase=True)

        # a run not opening its keyword follows a space inside it, so it stands alone
        branches = [f"(?:{glue})?{alternation(opening)}"] if opening else []
        branches += [alternation(inner)] if inner else []
        self._whole = re.compile("|".join(branches), re.IGNORECASE)

    def runs_in(self, words: WordRuns) -> set[str]:
        """The text's runs that may end a match at the end of a keyword (the anchors' runs)."""
        return words.fullmatching(self._whole)
