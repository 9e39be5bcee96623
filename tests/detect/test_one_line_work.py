"""Citation roles read a bounded stretch around each name, even on a page of one line.

Pages flattened to a single line (a CMS that drops every break) put every name on line one, so
a rule that reads "the line before the name" reads the whole page so far: 6 s of a 1 MB page
until this test. Lines of Python run do not show that (a slice or a search is one line); the
characters sliced and the characters searches may scan do (``tests/work.py``). The input is
the seed article joined into one line and repeated (constructed from the seed).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from provenance.agencies import load_registry
from provenance.detect import citation_patterns as P
from provenance.detect import citations
from provenance.detect.citation_roles import FoldedDoc, role_of
from tests.citation_rules import CITATION_RULE_MODULES
from tests.work import ALLOWANCE, MeteredPattern, SlicedText

SEED = Path(__file__).resolve().parents[2] / ".." / "shared" / "seed" / "000_ec877a3d0b7e51c8.txt"


#: The modules whose patterns the role and context rules search with.
CUE_MODULES = CITATION_RULE_MODULES


@pytest.fixture
def metered(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every module-level pattern of the citation rules counts what its searches scan."""
    for module in CUE_MODULES:
        for name, value in vars(module).items():
            if isinstance(value, re.Pattern):
                monkeypatch.setattr(module, name, MeteredPattern(value))


def _characters_read(copies: int) -> tuple[int, int, int]:
    """Characters the role and context rules slice and may scan for ``copies`` copies of the
    seed on one line, and the number of names they judged."""
    line = SEED.read_text(encoding="utf-8").replace("\n", " ")
    folded, _ = P.fold_indexed(" ".join([line] * copies))
    doc = FoldedDoc(SlicedText(folded))
    candidates = citations._candidates(doc, citations._matcher(load_registry()))
    doc.credit_lines, doc.strong_credit_lines = citations._credit_lines(doc, candidates)
    SlicedText.sliced = MeteredPattern.scanned = 0
    for mention, ambiguous in candidates:
        if not ambiguous or citations._context_ok(doc, mention):
            role_of(doc, mention)
    return SlicedText.sliced, MeteredPattern.scanned, len(candidates)


@pytest.mark.skipif(not SEED.exists(), reason="seed article not available")
@pytest.mark.usefixtures("metered")
def test_roles_on_one_line_read_linearly() -> None:
    sliced_small, scanned_small, names_small = _characters_read(20)
    sliced_large, scanned_large, names_large = _characters_read(80)
    assert names_large == 4 * names_small > 0
    assert scanned_small > 0
    assert sliced_large <= 4 * ALLOWANCE * sliced_small, (sliced_small, sliced_large)
    assert scanned_large <= 4 * ALLOWANCE * scanned_small, (scanned_small, scanned_large)
