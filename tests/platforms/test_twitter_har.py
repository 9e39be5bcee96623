"""X's constructed endpoint answers read as the statuses they mean (fixtures/http/platforms)."""

from harcases import check_har


def test_every_recorded_x_answer_reads_as_expected() -> None:
    check_har("twitter")
