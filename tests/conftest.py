"""Suite-wide fixtures: no waits anywhere, and the paths tests share."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from provenance.http.timing import set_testing

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SEED = SHARED / "seed" / "000_ec877a3d0b7e51c8.txt"
FIXTURES = ROOT / "fixtures"


@pytest.fixture(autouse=True)
def no_waits() -> Iterator[None]:
    """The one retry policy and the politeness layer never sleep in tests."""
    set_testing(True)
    yield
    set_testing(False)
