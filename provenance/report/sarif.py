"""SARIF 2.1.0 output, for code-scanning UIs (GitHub, GitLab, VS Code SARIF viewers).

Rules come from :data:`provenance.score.rules.RULES`; every finding becomes one result pointing
at the draft by line and column. ``partialFingerprints`` hash the rule id and the item's
normalised text, not offsets, so an alert survives edits elsewhere in the draft and the same
claim is the same alert on the next run.
"""

from __future__ import annotations

import hashlib
from pathlib import Path, PurePosixPath
from typing import Any

from provenance.model import Finding, Report, Span
from provenance.report.common import SARIF_LEVELS, Index, rules_table, version
from provenance.report.json import dumps, plain, resolution_dict
from provenance.text import normalize

SARIF_SCHEMA = (
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
)
INFORMATION_URI = "https://github.com/provenance-tools/provenance"
#: Version of the fingerprint recipe; bump it if the hashed text changes.
FINGERPRINT_KEY = "provenanceItem/v1"


def _severity(value: Any) -> str:
    return str(getattr(value, "value", value))


def rule_descriptor(entry: Any) -> dict[str, Any]:
    """A ``reportingDescriptor`` for one rule of the registry."""
    doc = str(entry.doc).strip()
    return {
        "id": entry.id,
        "name": entry.name,
        "shortDescription": {"text": str(entry.title)},
        "fullDescription": {"text": doc or str(entry.title)},
        "help": {"text": doc or str(entry.title)},
        "defaultConfiguration": {"level": SARIF_LEVELS.get(_severity(entry.severity), "warning")},
        "properties": {"severity": _severity(entry.severity)},
    }


def _unknown_rule(finding: Finding) -> dict[str, Any]:
    # Every ruleId must resolve to a descriptor; a rule missing from the registry is a bug
    # elsewhere, but the report still has to be valid.
    return {
        "id": finding.rule_id,
        "shortDescription": {"text": finding.rule_id},
        "defaultConfiguration": {"level": SARIF_LEVELS.get(finding.severity.value, "warning")},
    }


def artifact_uri(source: str, base: Path | None = None) -> str:
    """The draft's URI relative to ``base`` (the working directory) when it lies under it."""
    if "://" in source:
        return source
    if source == "-":
        return "stdin"
    path = Path(source)
    if path.is_absolute():
        root = (base or Path.cwd()).resolve()
        try:
            return path.resolve().relative_to(root).as_posix()
        except ValueError:
            return path.resolve().as_uri()
    return PurePosixPath(*path.parts).as_posix() if path.parts else source


def region(span: Span) -> dict[str, int]:
    """A SARIF region; end column is exclusive in both SARIF and :class:`Span`."""
    out = {"startLine": span.line, "startColumn": span.column}
    if span.end_line:
        out["endLine"] = span.end_line
    if span.end_column:
        out["endColumn"] = span.end_column
    return out


def fingerprint(rule_id: str, text: str) -> str:
    """Stable hash of rule id + the item's normalised text (independent of offsets)."""
    digest = hashlib.sha256(f"{rule_id}\x00{normalize(text)}".encode())
    return digest.hexdigest()[:32]


def render_sarif(report: Report, *, base: Path | None = None) -> str:
    """One SARIF run over every article of the report."""
    descriptors = [rule_descriptor(r) for r in rules_table()]
    index_of = {d["id"]: n for n, d in enumerate(descriptors)}
    results: list[dict[str, Any]] = []
    artifacts: list[dict[str, Any]] = []
    for article in report.articles:
        index = Index(article)
        uri = artifact_uri(article.detections.article.source, base)
        artifacts.append({"location": {"uri": uri}, "encoding": "utf-8"})
        for finding in index.findings():
            if finding.rule_id not in index_of:
                index_of[finding.rule_id] = len(descriptors)
                descriptors.append(_unknown_rule(finding))
            resolution = index.resolutions.get(finding.item_id)
            score = index.scores.get(finding.item_id)
            properties: dict[str, Any] = {
                "severity": finding.severity.value,
                "itemId": finding.item_id,
                "evidence": plain(finding.evidence),
            }
            if score is not None:
                properties["score"] = score.score
            if resolution is not None:
                properties["resolution"] = resolution_dict(resolution)
            results.append(
                {
                    "ruleId": finding.rule_id,
                    "ruleIndex": index_of[finding.rule_id],
                    "level": SARIF_LEVELS.get(finding.severity.value, "warning"),
                    "message": {"text": finding.message},
                    "locations": [
                        {
                            "physicalLocation": {
                                "artifactLocation": {"uri": uri, "index": len(artifacts) - 1},
                                "region": region(finding.span),
                            }
                        }
                    ],
                    "partialFingerprints": {
                        FINGERPRINT_KEY: fingerprint(
                            finding.rule_id, index.item_text(finding.item_id)
                        )
                    },
                    "properties": properties,
                }
            )
    run = {
        "tool": {
            "driver": {
                "name": "provenance",
                "version": version(),
                "informationUri": INFORMATION_URI,
                "rules": descriptors,
            }
        },
        "artifacts": artifacts,
        "results": results,
        "columnKind": "unicodeCodePoints",
        "properties": {
            "rubricVersion": report.rubric_version,
            "evidenceOrigin": report.origin.value if report.origin else None,
        },
    }
    doc = {"$schema": SARIF_SCHEMA, "version": "2.1.0", "runs": [run]}
    return dumps(doc)
