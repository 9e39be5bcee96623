"""The seed article scored end to end from hand-made detections (see conftest.build_seed)."""

from __future__ import annotations

from conftest import build_seed, on_friday

from provenance.model import Detections, Resolution
from provenance.score import RUBRIC_VERSION, score_article

Seed = tuple[Detections, tuple[Resolution, ...]]


def by_line(seed: Seed) -> dict[str, int]:
    report = score_article(*seed)
    return {s.claim_id: s.score for s in report.claim_scores}


def rule_hits(report, rule_id: str) -> list[str]:  # type: ignore[no-untyped-def]
    on_claims = [f.item_id for s in report.claim_scores for f in s.findings if f.rule_id == rule_id]
    return on_claims + [f.item_id for f in report.findings if f.rule_id == rule_id]


def test_rubric_version() -> None:
    assert RUBRIC_VERSION == "1.0"


def test_claims_rank_as_a_fact_checker_would(seed: Seed) -> None:
    scores = by_line(seed)
    on_post = [scores[k] for k in ("k1", "k2", "k3", "k4", "k5", "k6", "k7")]
    conference = [scores[k] for k in ("k8", "k10")]
    hearsay = scores["k9"]
    interview = scores["k12"]
    july = [scores[k] for k in ("k11", "k13", "k14")]
    assert min(on_post) > max(conference)
    assert min(conference) > interview
    assert hearsay < min(conference)
    others = [v for k, v in scores.items() if k not in ("k11", "k13", "k14")]
    assert max(july) < min(others)
    # Exact values pin the rubric: a change here must come with a new RUBRIC_VERSION.
    assert scores["k1"] == 90 and scores["k5"] == 75 and scores["k7"] == 90
    assert conference == [50, 50] and interview == 40 and hearsay == 30 and july == [15, 15, 15]


def test_pv301_fires_on_the_paraphrased_quote_only(seed: Seed) -> None:
    report = score_article(*seed)
    assert rule_hits(report, "PV301") == ["k5"]
    assert rule_hits(report, "PV302") == []
    matches = {s.claim_id: s.quote_match for s in report.claim_scores}
    assert matches["k5"] is not None and matches["k5"].verdict == "paraphrase"
    assert matches["k5"].source_id == "e1"
    for claim_id in ("k2", "k6", "k7"):
        match = matches[claim_id]
        assert match is not None and match.verdict in ("near_verbatim", "verbatim")
    # Reported speech and claims on agencies are not compared.
    assert matches["k1"] is None and matches["k8"] is None


def test_paraphrase_penalty_is_a_component(seed: Seed) -> None:
    report = score_article(*seed)
    k5 = next(s for s in report.claim_scores if s.claim_id == "k5")
    names = [c.name for c in k5.components]
    assert names == ["base:post:archived_before", "PV301"]
    assert sum(c.points for c in k5.components) == k5.score
    assert all(c.why for c in k5.components)


def test_agency_copies_not_found(seed: Seed) -> None:
    report = score_article(*seed)
    assert rule_hits(report, "PV404") == ["c1", "c2"]


def test_article_level_findings(seed: Seed) -> None:
    report = score_article(*seed)
    assert rule_hits(report, "PV101") == ["e1"]
    assert rule_hits(report, "PV103") == ["k8"]  # line 8 has an odd number of "
    assert rule_hits(report, "PV403") == ["k9"]
    assert rule_hits(report, "PV405") == ["k11", "k13", "k14"]
    for quiet in ("PV201", "PV204", "PV205", "PV303", "PV304", "PV305", "PV306", "PV401"):
        assert rule_hits(report, quiet) == [], quiet
    assert {f.item_id for f in report.findings} <= {"e1", "c1", "c2"}


def test_relative_weekday_agrees_with_a_thursday_post(seed: Seed) -> None:
    assert rule_hits(score_article(*seed), "PV305") == []


def test_relative_weekday_disagrees_with_a_friday_post() -> None:
    report = score_article(*on_friday(*build_seed()))
    hits = [f for f in report.findings if f.rule_id == "PV305"]
    assert [f.item_id for f in hits] == ["e1"]
    assert hits[0].evidence["weekday"] == "Thursday"
    assert "اليوم الخميس" in hits[0].message
    # The penalty reaches the claims that rest on the post.
    k1 = next(s for s in report.claim_scores if s.claim_id == "k1")
    assert [c.name for c in k1.components] == ["base:post:archived_before", "PV305"]
    assert k1.score == 80


def test_article_score_and_grade(seed: Seed) -> None:
    report = score_article(*seed)
    assert report.score is not None
    # Weighted mean: lines 1–2 weigh 2 (k1, k2, k3), so 90·3 extra over 17 units of weight.
    scores = [s.score for s in report.claim_scores]
    expected = (sum(scores) + 90 * 3) / (len(scores) + 3)
    assert report.score.score == round(expected)
    assert report.score.grade == "C"
    assert [c.name for c in report.score.components] == ["mean"]
    assert report.resolutions == seed[1]
