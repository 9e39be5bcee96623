"""Finding the places of many word runs at once, and the runs that end with a keyword.

Equivalence: the one search for many runs finds what the ``str.find`` loop finds run by run, and
the runs found by their last letters are the runs the keyword pattern matches whole, on
constructed strings. Counting: the characters the citation search scans for names, and the
runs the date keywords are tried on, grow with the text, not with the text times the names it
holds (no timing).
"""

from __future__ import annotations

import random
import re
from typing import Any

import pytest

from provenance.agencies import load_registry
from provenance.detect import anchored, date_patterns
from provenance.detect.citations import find_citations
from provenance.detect.dates import find_dates
from provenance.load import load_bytes
from provenance.model import Article


def _article(text: str) -> Article:
    return load_bytes(text.encode("utf-8"), "constructed", fmt="text")


def _random_texts(pieces: list[str], seed: int, count: int, most: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(pieces) for _ in range(rng.randint(0, most)))
            for _ in range(count)]


@pytest.mark.parametrize("few", [0, 10**9])
def test_many_runs_found_at_once_equal_runs_found_one_by_one(
    monkeypatch: pytest.MonkeyPatch, few: int
) -> None:
    # few=0 finds every run in one search for all of them, 10**9 each with its own loop
    monkeypatch.setattr(anchored, "FEW_RUNS", few)
    pieces = ["ab", "a", "b", "abab", "ديسمبر", "و", "ود", "9", "_", " ", "\n", "-", "٣", "é"]
    found = 0
    for text in _random_texts(pieces, 21, 3000, 12):
        words = anchored.WordRuns(text)
        expected = {
            run: [m.span() for m in re.finditer(rf"(?<!\w){re.escape(run)}(?!\w)", text)]
            for run in words.runs
        }
        # asked in two rounds: the second is answered from the first, then the rest searched
        half = sorted(words.runs)[::2]
        assert words.spans_of([*half, "absent"]) == {run: expected[run] for run in half}, text
        assert words.spans_of(words.runs) == expected, text
        assert words.starts(words.runs) == sorted(s for v in expected.values() for s, _ in v)
        found += sum(map(len, expected.values()))
    assert found > 1000  # the strings do hold runs


def test_runs_ending_with_a_keyword_equal_runs_tried_whole() -> None:
    keyword_runs = [date_patterns._MONTH_RUNS, date_patterns._PART_RUNS,
                    date_patterns._WEEKDAY_RUNS, date_patterns._RELATIVE_RUNS]
    pieces = ["9", "25", "th", "st", " ", "تموز", "يوليو", "July", "JULY", "jUly", "KASIM",
              "kasım", "Kasim", "mayo", "May", "MAY", "أمس", "اليوم", "الخميس", "Thursday", "و",
              "ب", "ال", "x", "كانون", "الثاني", "أواخر", "late", "Late", "مطلع", "-", "\n", "_"]
    found = [0] * len(keyword_runs)
    for text in _random_texts(pieces, 22, 3000, 8):
        words = anchored.WordRuns(date_patterns.DATE_FOLDING(text)[0])
        for index, keywords in enumerate(keyword_runs):
            expected = {run for run in words.runs if keywords._whole.fullmatch(run)}
            assert keywords.runs_in(words) == expected, (index, text)
            found[index] += len(expected)
    assert min(found) > 10, found  # every keyword list is found in some of the strings


def test_the_names_search_scans_the_text_a_bounded_number_of_times(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A page naming four times as many agencies, four times as long, is scanned for their
    names about four times as much, not sixteen (one ``str.find`` loop per name)."""
    scanned: list[int] = []
    by_one, at_once = anchored.WordRuns.places, anchored.WordRuns._search_all

    def places(self: anchored.WordRuns, run: str) -> Any:
        scanned.append(len(self.text))
        return by_one(self, run)

    def search_all(self: anchored.WordRuns, runs: set[str]) -> Any:
        scanned.append(len(self.text))
        return at_once(self, runs)

    monkeypatch.setattr(anchored.WordRuns, "places", places)
    monkeypatch.setattr(anchored.WordRuns, "_search_all", search_all)
    names = [name for entry in load_registry().entries()
             for name in (*entry.names_ar, *entry.aliases)]
    assert len(names) >= 160

    def scanned_for(count: int) -> tuple[int, int]:
        scanned.clear()
        filler = "كلام عن الاقتصاد والسياسة " * 20
        text = "".join(f"وقال مصدر في {name} إن {filler}\n" for name in names[:count])
        cited = {c.agency for c in find_citations(_article(text))}
        return sum(scanned), len(cited)

    small, small_cited = scanned_for(40)
    large, large_cited = scanned_for(160)
    assert large_cited > 2 * small_cited  # the larger page does name more agencies
    assert large <= 5 * small, (small, large)


def test_date_keywords_are_tried_on_the_runs_ending_like_them(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Four times as many distinct words, none ending like a keyword, cost no more tries."""
    tried = [0]

    class Counting:
        def __init__(self, pattern: re.Pattern[str]) -> None:
            self.pattern = pattern

        def fullmatch(self, run: str) -> Any:
            tried[0] += 1
            return self.pattern.fullmatch(run)

    for keywords in (date_patterns._MONTH_RUNS, date_patterns._PART_RUNS,
                     date_patterns._WEEKDAY_RUNS, date_patterns._RELATIVE_RUNS):
        monkeypatch.setattr(keywords, "_whole", Counting(keywords._whole))

    def tries(distinct: int) -> int:
        tried[0] = 0
        words = " ".join(f"w{number}q" for number in range(distinct))
        dates, _ = find_dates(_article(f"في 9 تموز الماضي قال {words} يوم الخميس"), ())
        assert [d.surface for d in dates] == ["9 تموز الماضي", "يوم الخميس"]
        return tried[0]

    assert 0 < tries(4 * 2_000) == tries(2_000)
