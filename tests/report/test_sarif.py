"""SARIF 2.1.0: valid against the OASIS schema, rules from the registry, stable fingerprints."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import jsonschema
import pytest

from provenance.model import Report, Span
from provenance.report.common import rules_table
from provenance.report.sarif import artifact_uri, fingerprint, render_sarif

SCHEMA = Path(__file__).resolve().parents[1] / "schemas" / "sarif-schema-2.1.0.json"


@pytest.fixture(scope="module")
def validator() -> jsonschema.Draft4Validator:
    return jsonschema.Draft4Validator(json.loads(SCHEMA.read_text(encoding="utf-8")))


def test_valid_against_official_schema(seed_report: Report, validator) -> None:
    """The document passes the OASIS schema, and the schema can fail."""
    doc = json.loads(render_sarif(seed_report))
    validator.validate(doc)
    doc["runs"][0]["results"][0]["level"] = "fatal"
    with pytest.raises(jsonschema.ValidationError):
        validator.validate(doc)


def test_driver_rules_come_from_the_registry(seed_report: Report) -> None:
    """Every registry rule is described, and every result's ruleIndex points at its rule."""
    run = json.loads(render_sarif(seed_report))["runs"][0]
    driver = run["tool"]["driver"]
    assert driver["name"] == "provenance" and driver["informationUri"].startswith("https://")
    ids = [r["id"] for r in driver["rules"]]
    assert ids[: len(rules_table())] == [r.id for r in rules_table()]
    for rule in driver["rules"][: len(rules_table())]:
        assert rule["shortDescription"]["text"] and rule["fullDescription"]["text"]
        assert rule["defaultConfiguration"]["level"] in {"note", "warning", "error"}
    for result in run["results"]:
        assert driver["rules"][result["ruleIndex"]]["id"] == result["ruleId"]


def test_results_point_at_the_draft(seed_report: Report) -> None:
    """PV301 points at line 4 columns 20–87; PV101 spans the flattened tweet on lines 6–7."""
    run = json.loads(render_sarif(seed_report))["runs"][0]
    by_rule = {r["ruleId"]: r for r in run["results"]}
    pv301 = by_rule["PV301"]
    location = pv301["locations"][0]["physicalLocation"]
    assert location["artifactLocation"]["uri"] == "articles/000_ec877a3d0b7e51c8.txt"
    assert location["region"] == {"startLine": 4, "startColumn": 20, "endLine": 4, "endColumn": 87}
    assert pv301["level"] == "warning" and pv301["properties"]["score"] == 60
    assert by_rule["PV403"]["level"] == "note"  # low severity
    region = by_rule["PV101"]["locations"][0]["physicalLocation"]["region"]
    assert (region["startLine"], region["endLine"]) == (6, 7)
    assert by_rule["PV101"]["properties"]["resolution"]["status"] == "live"
    assert len(run["results"]) == 7


def test_fingerprints_survive_moved_text(seed_report: Report) -> None:
    """Shifting every span (an edit earlier in the draft) keeps the fingerprints."""
    article = seed_report.articles[0]

    def moved(span: Span) -> Span:
        return replace(span, start=span.start + 40, end=span.end + 40, line=span.line + 2)

    shifted_scores = tuple(
        replace(s, findings=tuple(replace(f, span=moved(f.span)) for f in s.findings))
        for s in article.claim_scores
    )
    shifted = replace(seed_report, articles=(replace(article, claim_scores=shifted_scores),))

    def prints(report: Report) -> list[str]:
        run = json.loads(render_sarif(report))["runs"][0]
        return [next(iter(r["partialFingerprints"].values())) for r in run["results"]]

    assert prints(seed_report) == prints(shifted)
    assert len(set(prints(seed_report))) == len(prints(seed_report))
    # Hamza spelling does not change the fingerprint; a different rule does.
    assert fingerprint("PV301", "قاسم الأعرجي") == fingerprint("PV301", "قاسم الاعرجي")
    assert fingerprint("PV301", "x") != fingerprint("PV302", "x")


def test_artifact_uri_is_relative_to_the_working_dir(tmp_path: Path) -> None:
    """Absolute paths under the base become relative; URLs and stdin are kept readable."""
    draft = tmp_path / "drafts" / "a.txt"
    assert artifact_uri(str(draft), tmp_path) == "drafts/a.txt"
    assert artifact_uri("https://example.org/a", tmp_path) == "https://example.org/a"
    assert artifact_uri("-", tmp_path) == "stdin"
