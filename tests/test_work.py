"""The work meter of ``tests/work.py`` tells linear growth from quadratic growth.

The linearity tests rely on it instead of timings, so it must be able to fail: these toy
functions (defined here, so the meter is pointed at this file) are linear and quadratic.
"""

from __future__ import annotations

import pytest

from tests.work import assert_linear, growth, lines_run


def _linear(size: int) -> int:
    total = 0
    for index in range(size):
        total += index
    return total


def _quadratic(size: int) -> int:
    total = 0
    for index in range(size):
        total += sum(1 for _ in range(index))  # rescans everything before: the usual slip
    return total


def test_lines_run_counts_the_loop_turns_of_the_traced_code_only() -> None:
    assert lines_run(lambda: _linear(100), within=__file__) in range(200, 210)
    assert lines_run(lambda: _linear(100)) == 0  # nothing of the package ran


def test_linear_work_passes() -> None:
    small, large = growth(_linear, 500, within=__file__)
    assert 3.9 < large / small <= 4.0
    assert_linear(_linear, 500, within=__file__)


def test_quadratic_work_fails() -> None:
    with pytest.raises(AssertionError, match="for 4x the input"):
        assert_linear(_quadratic, 200, within=__file__)
