"""Every repetition in the citation rules' patterns that can run over words is bounded.

The role rules match at a name and read to the end of its line (``fullmatch(folded, m.end,
line_end)``). A pattern with an unbounded run of letters there (``(?!.*Photo)``) reads the rest
of the line for every name: on a page flattened to one line that is the whole page per name,
quadratic, and invisible to the work meters of ``test_one_line_work`` (an anchored match is one
call). This check reads the patterns instead: a repeat without an upper bound may only run over
spaces, never over a class that holds letters.
"""

from __future__ import annotations

import re
from re import _constants as C  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]

from tests.citation_rules import CITATION_RULE_MODULES as MODULES

#: Reviewed: searched only inside a window the caller bounds (``SENTENCE_REACH`` characters).
BOUNDED_BY_CALLER = {"SPEECH_VERB_IN_SENTENCE"}
#: Categories whose negation leaves only spaces (``[^\S\n]``): no letters.
_LETTER_CATEGORIES = {C.CATEGORY_NOT_SPACE, C.CATEGORY_WORD, C.CATEGORY_NOT_DIGIT}


def _holds_letters(item: tuple) -> bool:
    op, av = item
    if op is C.ANY:
        return True
    if op is C.IN:
        if any(o is C.NEGATE for o, _ in av):
            return not any(o is C.CATEGORY and a in _LETTER_CATEGORIES for o, a in av)
        return any((o is C.CATEGORY and a in _LETTER_CATEGORIES)
                   or (o is C.RANGE and a[1] - a[0] > 20) for o, a in av)
    return op is C.CATEGORY and av in _LETTER_CATEGORIES


def _unbounded_over_letters(parsed: list) -> bool:
    for op, av in parsed:
        if op in (C.MAX_REPEAT, C.MIN_REPEAT):
            _, high, sub = av
            if high == C.MAXREPEAT and any(_holds_letters(item) for item in sub):
                return True
            if _unbounded_over_letters(sub):
                return True
        elif op is C.SUBPATTERN and _unbounded_over_letters(av[-1]):
            return True
        elif op in (C.ASSERT, C.ASSERT_NOT) and _unbounded_over_letters(av[1]):
            return True
        elif op is C.BRANCH and any(_unbounded_over_letters(b) for b in av[1]):
            return True
    return False


def test_no_citation_pattern_repeats_over_letters_without_bound() -> None:
    flagged = sorted(
        f"{module.__name__}.{name}"
        for module in MODULES for name, value in vars(module).items()
        if isinstance(value, re.Pattern) and name not in BOUNDED_BY_CALLER
        and _unbounded_over_letters(sre_parse.parse(value.pattern, value.flags))
    )
    assert flagged == []


def test_the_check_sees_an_unbounded_run_of_letters() -> None:
    assert _unbounded_over_letters(sre_parse.parse(r"(?!.*\bPhoto\b)/"))
    assert _unbounded_over_letters(sre_parse.parse(r"[A-Z]{2,}/"))
    assert not _unbounded_over_letters(sre_parse.parse(r"[^\S\n]*[A-Z]{2,20}\s*"))
