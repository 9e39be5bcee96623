"""JSON reports: values on the right lines, and both document kinds valid against the schema."""

from __future__ import annotations

import json
from dataclasses import replace

import jsonschema
import pytest

from provenance.model import Report
from provenance.report.json import (
    detections_to_dict,
    dumps,
    load_schema,
    render_detections_json,
    render_json,
    report_to_dict,
)


@pytest.fixture(scope="module")
def validator() -> jsonschema.Draft202012Validator:
    schema = load_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


def test_check_document_is_valid_and_points_at_seed_lines(seed_report: Report, validator) -> None:
    """The check document validates and carries the seed's embed, citations and PV301."""
    doc = json.loads(render_json(seed_report))
    validator.validate(doc)
    assert doc["schema_version"] == "1"
    embed = doc["embeds"][0]
    assert (embed["form"], embed["handle"], embed["claimed_date"]) == (
        "flattened",
        "qassimalaraji",
        "2021-12-09",
    )
    assert (embed["span"]["line"], embed["span"]["end_line"]) == (6, 7)
    assert embed["resolution"]["status"] == "live"
    assert embed["resolution"]["id_time"] == "2021-12-09T09:18:00Z"
    capture = embed["resolution"]["captures"][0]
    assert capture["memento_datetime"] == "2021-12-09T10:15:00Z"
    assert capture["predates_article"] is False
    assert [(c["agency"], c["span"]["line"]) for c in doc["citations"]] == [("INA", 8), ("AP", 12)]
    k3 = next(c for c in doc["claims"] if c["id"] == "k3")
    assert k3["span"]["line"] == 4
    assert [f["rule_id"] for f in k3["findings"]] == ["PV301"]
    assert k3["quote_match"]["verdict"] == "paraphrase"
    assert k3["score"] == 60 and k3["components"][1]["points"] == -25
    article = doc["article"]
    assert (article["score"], article["grade"], article["rubric_version"], article["origin"]) == (
        62,
        "C",
        "1.0",
        "fixture",
    )
    assert article["lines"] == 14 and article["inferred_date"] == "2021-12-09"
    # Arabic is written as text, not as \u escapes.
    assert "قاسم الاعرجي" in render_json(seed_report)
    # Evidence values (dates) become JSON-safe strings.
    assert doc["findings"][0]["evidence"]["claimed_date"] == "2021-12-09"


def test_detect_document_is_valid_without_outcomes(seed_report: Report, validator) -> None:
    """A detect document has no resolution or score keys and still validates."""
    det = seed_report.articles[0].detections
    doc = detections_to_dict(det)
    validator.validate(doc)
    assert "resolution" not in doc["embeds"][0]
    assert "score" not in doc["claims"][0]
    assert [d["kind"] for d in doc["dates"]] == ["relative_weekday", "footer", "explicit"]
    assert json.loads(render_detections_json([det])) == doc


def test_several_articles_give_an_array(seed_report: Report, validator) -> None:
    """Two inputs make a JSON array of two objects."""
    two = replace(seed_report, articles=seed_report.articles * 2)
    out = report_to_dict(two)
    assert isinstance(out, list) and len(out) == 2
    validator.validate(out)


def test_schema_rejects_a_check_document_missing_a_claim_score(
    seed_report: Report, validator
) -> None:
    """The schema can fail: a check document whose claim lost its score is invalid."""
    doc = report_to_dict(seed_report)
    assert isinstance(doc, dict)
    del doc["claims"][0]["score"]
    with pytest.raises(jsonschema.ValidationError):
        validator.validate(doc)
    doc = report_to_dict(seed_report)
    assert isinstance(doc, dict)
    doc["embeds"][0]["resolution"]["status"] = "dead"  # not a status: never collapse them
    with pytest.raises(jsonschema.ValidationError):
        validator.validate(doc)


def test_documents_are_written_as_the_standard_library_would(seed_report: Report) -> None:
    """orjson only writes faster: the bytes are those of ``json.dumps(indent=2)``."""
    doc = report_to_dict(seed_report)
    assert render_json(seed_report) == json.dumps(doc, ensure_ascii=False, indent=2) + "\n"
    odd = {"empty": [], "none": {}, "score": 0.1 + 0.2, "big": -(2**53), "نص": "قال «إن» \"x\"\n",
           "nested": [[1, [0.875, None, True]], {"a": {"b": []}}]}
    assert dumps(odd) == json.dumps(odd, ensure_ascii=False, indent=2) + "\n"
    # The one difference: an exponent is written without a leading zero (2.5e-7).
    assert json.loads(dumps({"tiny": 2.5e-07})) == {"tiny": 2.5e-07}
