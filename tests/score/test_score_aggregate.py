"""Claim base points, article caps and grades, tunable weights, and the consistency helpers."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime

import pytest
from test_score_rules import SPAN, URL, claim, dets, embed, live

from provenance.model import (
    Capture,
    DateKind,
    DateMention,
    Medium,
    Origin,
    Resolution,
    Status,
)
from provenance.score import DEFAULT_WEIGHTS, score_article
from provenance.score.aggregate import grade, post_state
from provenance.score.consistency import (
    post_days,
    same_person,
    speaker_is_author,
    weekday_conflicts,
)

BEFORE = Capture(
    "wayback",
    "https://web.archive.org/web/1/" + URL,
    URL,
    datetime(2022, 3, 3, 12, tzinfo=UTC),
    200,
    True,
)
AFTER = replace(BEFORE, predates_article=False)
UNKNOWN = replace(BEFORE, predates_article=None)


@pytest.mark.parametrize(
    ("resolution", "key"),
    [
        (None, "post:unverified"),
        (Resolution("e1", Status.SKIPPED_OFFLINE, "no recording"), "post:unverified"),
        (Resolution("e1", Status.LIVE, "ok", Origin.LIVE), "post:live"),
        (Resolution("e1", Status.LIVE, "ok", Origin.FIXTURE), "post:live"),
        (
            Resolution("e1", Status.LIVE, "ok", Origin.ARCHIVE, captures=(BEFORE,)),
            "post:archived_before",
        ),
        (Resolution("e1", Status.LIVE, "ok", Origin.ARCHIVE, captures=(UNKNOWN,)), "post:archived"),
        (
            Resolution("e1", Status.LIVE, "ok", Origin.ARCHIVE, captures=(AFTER,)),
            "post:archived_after",
        ),
        (Resolution("e1", Status.DELETED, "gone", captures=(BEFORE,)), "post:archived_before"),
        (Resolution("e1", Status.DELETED, "gone", captures=(AFTER,)), "post:deleted_archived"),
        (Resolution("e1", Status.DELETED, "gone"), "post:deleted"),
        (Resolution("e1", Status.PROTECTED, "locked"), "post:gated"),
        (Resolution("e1", Status.NOT_FOUND_UNKNOWN, "?"), "post:not_found"),
    ],
)
def test_post_state(resolution: Resolution | None, key: str) -> None:
    assert post_state(resolution) == key


def test_base_points_order_the_evidence() -> None:
    points = DEFAULT_WEIGHTS.base_points
    order = [
        "post:live",
        "post:archived",
        "post:archived_after",
        "post:deleted_archived",
        "post:not_found",
        "post:deleted",
        "none",
    ]
    assert [points[k] for k in order] == sorted((points[k] for k in order), reverse=True)
    assert points["press_conference:not_found"] > points["interview:not_found"] > points["none"]


def test_deleted_post_caps_the_article_even_when_archived() -> None:
    deleted = Resolution("e1", Status.DELETED, "tombstone", Origin.LIVE, captures=(BEFORE,))
    report = score_article(dets(), (deleted,))
    assert [s.score for s in report.claim_scores] == [90]
    assert report.score is not None
    assert report.score.score == 54 and report.score.grade == "D"
    cap = report.score.components[-1]
    assert cap.name == "cap:PV201" and cap.points == -36.0 and "e1" in cap.why


def test_fabricated_quote_caps_at_f() -> None:
    fabricated = claim(text="الحكومة لن تقدم موازنة هذا العام بسبب الخلافات السياسية")
    report = score_article(dets(claims=(fabricated,)), (live(),))
    [scored] = report.claim_scores
    assert scored.quote_match is not None and scored.quote_match.verdict == "not_found"
    assert scored.score == 45  # 90 for the live post, −45 for PV302
    assert report.score is not None and report.score.grade == "F"
    assert report.score.components[-1].name == "cap:PV302"


def test_other_high_findings_use_the_generic_cap() -> None:
    weights = replace(DEFAULT_WEIGHTS, caps={})
    deleted = Resolution("e1", Status.DELETED, "tombstone", Origin.LIVE, captures=(BEFORE,))
    report = score_article(dets(), (deleted,), weights=weights)
    assert report.score is not None and report.score.score == 69


def test_lede_weight_is_tunable() -> None:
    lede = claim()  # line 1, on a live post: 90
    later = claim(id="k2", medium=Medium.NONE, sources=(), line_number=5)  # 15
    detections = dets(claims=(lede, later))
    plain = score_article(detections, (live(),), weights=replace(DEFAULT_WEIGHTS, lede_weight=1.0))
    heavy = score_article(detections, (live(),), weights=replace(DEFAULT_WEIGHTS, lede_weight=3.0))
    assert plain.score is not None and heavy.score is not None
    assert plain.score.score == round((90 + 15) / 2)
    assert heavy.score.score == round((3 * 90 + 15) / 4)


def test_no_claims_scores_full_marks_minus_caps() -> None:
    report = score_article(dets(claims=()), (live(),))
    assert report.score is not None and (report.score.score, report.score.grade) == (100, "A")
    assert report.claim_scores == ()


@pytest.mark.parametrize(
    ("score", "letter"),
    [(100, "A"), (85, "A"), (84, "B"), (70, "B"), (55, "C"), (40, "D"), (39, "F"), (0, "F")],
)
def test_grade_cutoffs(score: int, letter: str) -> None:
    assert grade(score, DEFAULT_WEIGHTS) == letter


def test_unresolved_run_scores_the_post_as_unverified() -> None:
    report = score_article(dets(), ())
    assert report.claim_scores[0].components[0].name == "base:post:unverified"
    assert report.claim_scores[0].score == 55


# --------------------------------------------------------------------------- consistency


def test_post_days_cover_the_writers_time_zones() -> None:
    late = Resolution("e1", Status.LIVE, "ok", id_time=datetime(2021, 12, 8, 22, 30, tzinfo=UTC))
    # 22:30 UTC on Wednesday is already Thursday in Baghdad.
    assert post_days(embed(), late) == {date(2021, 12, 8), date(2021, 12, 9)}
    assert post_days(embed(), None) == {date(2022, 3, 3)}
    assert post_days(embed(claimed_date=None), None) == frozenset()


def test_weekday_conflicts_only_concern_the_posts_paragraphs() -> None:
    friday = DateMention("d1", DateKind.RELATIVE_WEEKDAY, "اليوم الجمعة", None, SPAN, weekday=4)
    other = embed(id="e2", span=SPAN)
    unrelated = replace(friday, id="d2", span=replace(SPAN, line=9))
    detections = dets(embeds=(embed(), other), dates=(friday, unrelated))
    # The post of e1 (claim on line 1) is from Thursday 2022-03-03.
    assert [m.id for m in weekday_conflicts(detections, embed(), None)] == ["d1"]
    thursday = replace(friday, weekday=3)
    assert weekday_conflicts(dets(dates=(thursday,)), embed(), None) == ()


def test_same_person_tolerates_spelling_and_surnames() -> None:
    assert same_person("قاسم الأعرجي", "قاسم الاعرجي")
    assert same_person("الأعرجي", "قاسم الاعرجي")
    assert not same_person("مصطفى الكاظمي", "قاسم الاعرجي")


def test_speaker_is_author_needs_evidence() -> None:
    nameless = embed(author=None, handle=None)
    assert speaker_is_author("أحمد الحسني", nameless, None) is None
    assert speaker_is_author("أحمد الحسني", embed(), None) is True
    assert speaker_is_author("برهم صالح", embed(), None) is False
