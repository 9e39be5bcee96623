"""No regular expression of the package can backtrack catastrophically: a static check.

Adversarial inputs (long runs of quotes, dashes, ``(@``, spaces) used to be timed here; a
timing says little on a loaded machine and nothing about inputs nobody thought of. Instead
every pattern the package compiles (``tests/compiled_patterns.py`` lists them from a fresh
interpreter) is parsed and checked for the shapes that backtrack without bound
(``tests/backtracking.py``), and the check is shown to catch those shapes.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.backtracking import backtracking_problems

ROOT = Path(__file__).resolve().parent.parent

#: Patterns the check flags that were reviewed and are safe, by the start of their source,
#: with the reason. Each must still be flagged (a fixed pattern leaves its entry stale).
REVIEWED = {
    # _DAY_MONTH and _MONTH_PART: flagged for the spaces between their parts; they run only
    # in short windows around month words (anchored.finditer_near, tested in
    # test_detect_speed.py).
    "(?=[acdefghjklmnostا\\d])": "day-month date: run only in windows near month words",
    "(?=[elmtابمن])": "part-of-month date: run only in windows near month words",
    # Distinct literal words begin alike ("state", "service"); a turn still reads one way.
    "(?:\\btold(?:\\s{1,3}": "alternatives are distinct words after a required space",
    "@\\(\\s*[^\\n()]{0,80}\\s*": "ends with its repeats: nothing after them can fail",
    # Runs of digits split into years many ways, but nothing follows that can fail, so the
    # first (greedy) reading always stands.
    "[0-9\\u0660-\\u0669\\u06f0-\\u06f9][0-9": "ends with its repeat: nothing after can fail",
}


@pytest.fixture(scope="module")
def compiled() -> list[tuple[str, int]]:
    out = subprocess.run([sys.executable, "-m", "tests.compiled_patterns"], cwd=ROOT,
                         capture_output=True, text=True, check=True).stdout
    return [(pattern, flags) for pattern, flags in json.loads(out)]


def _reviewed(pattern: str) -> str | None:
    return next((start for start in REVIEWED if pattern.startswith(start)), None)


def test_the_inventory_holds_the_patterns_of_every_detector(
        compiled: list[tuple[str, int]]) -> None:
    from provenance.detect import date_patterns, quotes
    from provenance.load import html
    from provenance.platforms import twitter_footers

    sources = {pattern for pattern, _ in compiled}
    for module_pattern in (date_patterns.FULL, quotes._SENTENCE_END, html._START_TAG_RE,
                           twitter_footers._LEFTOVERS_RE):
        assert module_pattern.pattern in sources
    assert len(compiled) > 300  # built by cached builders too, not only module globals


def test_no_pattern_can_backtrack_catastrophically(compiled: list[tuple[str, int]]) -> None:
    flagged = {}
    for pattern, flags in compiled:
        problems = backtracking_problems(pattern, flags)
        if problems and _reviewed(pattern) is None:
            flagged[pattern[:120]] = problems
    assert not flagged


def test_every_reviewed_pattern_is_still_flagged(compiled: list[tuple[str, int]]) -> None:
    used = {_reviewed(pattern) for pattern, flags in compiled
            if backtracking_problems(pattern, flags)}
    assert set(REVIEWED) <= used, set(REVIEWED) - used


@pytest.mark.parametrize("pattern", [
    r"(a+)+$",  # nested repeats over the same letter
    r"(\s*,\s*)*x",  # the spaces between two commas belong to either turn
    r"(?:\w+\s?)+$",  # the optional space lets a word split into two turns
    r"(a+a)+",  # a turn can start with what the last one ended with
    r"(a|a)*b",  # parsed as a(?:|): two empty alternatives on every turn
    r"(?:ab|\w+c)*$",  # alternatives that begin alike
    r"(a*)*b",  # a repeat of something that can match nothing
    r"\w+\s*\w+x",  # two repeats side by side over the same letters
    r"x\s*[,.]?\s*y",  # the same, with something optional between them
])
def test_the_check_flags_shapes_that_backtrack(pattern: str) -> None:
    assert backtracking_problems(pattern), pattern


@pytest.mark.parametrize("pattern", [
    r"(?:\s+\w+)*$",  # a space ends each word: one way to read the text
    r"(?:\s*+,\s*+)*x",  # possessive repeats never give back what they took
    r"(?>\s*)\s*x",  # nor do atomic groups
    r"[^\n]*\n", r"(?:,\s*)*x", r"(?:\s*\S){0,33}+\s*+", r"(a|\w)*b",  # a set, not a branch
    r"(?:ab|cd)*e", r"\d{1,2}\s+\w+", r"<[^>]*>",
])
def test_the_check_passes_shapes_that_read_one_way(pattern: str) -> None:
    assert backtracking_problems(pattern) == []


def test_what_the_check_is_known_to_miss() -> None:
    """Documented in tests/backtracking.py: ambiguity between longer pieces. If the check
    learns to see it, move the pattern to the flagged list above."""
    assert backtracking_problems(r"(?:ab|abab)*c") == []
