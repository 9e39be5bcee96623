"""Fixtures for the HTTP layer's tests."""

from __future__ import annotations

import pytest
from http_helpers import FakeTime


@pytest.fixture
def fake_time() -> FakeTime:
    """A fake clock and a sleep that records instead of waiting."""
    return FakeTime()
