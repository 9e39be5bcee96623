"""JSON output: the canonical machine-readable form (``schema_version`` "1").

``detect`` writes :func:`detections_to_dict` objects; ``check`` writes :func:`report_to_dict`
objects, which add resolutions to embeds and citations and scores to claims. One object per
input, a JSON array when there are several. The shapes are pinned by the JSON Schema in
``provenance/report/schema/report.schema.json``.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import UTC, date, datetime
from enum import Enum
from importlib import resources
from typing import Any

import orjson

from provenance.model import (
    ArticleReport,
    Capture,
    Citation,
    Claim,
    ClaimScore,
    Component,
    DateMention,
    Detections,
    Embed,
    Finding,
    PostMention,
    PostRecord,
    QuoteMatch,
    Report,
    Resolution,
    Span,
)

SCHEMA_VERSION = "1"


def iso(value: datetime | date | None) -> str | None:
    """ISO 8601 text; datetimes in UTC with a ``Z`` (naive ones are taken as UTC)."""
    if value is None:
        return None
    if isinstance(value, datetime):
        aware = value if value.tzinfo else value.replace(tzinfo=UTC)
        return aware.astimezone(UTC).isoformat().replace("+00:00", "Z")
    return value.isoformat()


def plain(value: Any) -> Any:
    """Turn evidence values (enums, dates, tuples, sets) into JSON-safe values."""
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime | date):
        return iso(value)
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        return [plain(v) for v in value]
    if value is None or isinstance(value, str | int | float | bool):
        return value
    return str(value)


def span_dict(span: Span) -> dict[str, int]:
    """A span with text offsets and 1-based source positions."""
    return {
        "start": span.start,
        "end": span.end,
        "line": span.line,
        "column": span.column,
        "end_line": span.end_line,
        "end_column": span.end_column,
    }


def embed_dict(embed: Embed) -> dict[str, Any]:
    """One embedded post."""
    return {
        "id": embed.id,
        "platform": embed.platform,
        "form": embed.form.value,
        "post_id": embed.post_id,
        "url": embed.url,
        "handle": embed.handle,
        "author": embed.author,
        "claimed_date": iso(embed.claimed_date),
        "claimed_time": embed.claimed_time,
        "lang": embed.lang,
        "text": embed.text,
        "span": span_dict(embed.span),
    }


def mention_dict(mention: PostMention) -> dict[str, Any]:
    """One post that is only mentioned."""
    return {
        "id": mention.id,
        "platform": mention.platform,
        "surface": mention.surface,
        "speaker": mention.speaker,
        "span": span_dict(mention.span),
    }


def citation_dict(citation: Citation) -> dict[str, Any]:
    """One agency or outlet mention."""
    return {
        "id": citation.id,
        "agency": citation.agency,
        "name": citation.name,
        "kind": citation.kind,
        "surface": citation.surface,
        "role": citation.role.value,
        "is_source": citation.is_source,
        "span": span_dict(citation.span),
    }


def claim_dict(claim: Claim) -> dict[str, Any]:
    """One claim as detected."""
    return {
        "id": claim.id,
        "text": claim.text,
        "quoted": claim.quoted,
        "speaker": claim.speaker,
        "speaker_title": claim.speaker_title,
        "verb": claim.verb,
        "medium": claim.medium.value,
        "sources": list(claim.sources),
        "reported_by": claim.reported_by,
        "span": span_dict(claim.span),
    }


def date_dict(mention: DateMention) -> dict[str, Any]:
    """One date expression."""
    return {
        "id": mention.id,
        "kind": mention.kind.value,
        "surface": mention.surface,
        "value": iso(mention.value),
        "weekday": mention.weekday,
        "note": mention.note,
        "span": span_dict(mention.span),
    }


def detections_to_dict(det: Detections) -> dict[str, Any]:
    """Everything the detect stage found in one article."""
    article = det.article
    inferred = det.article_date
    return {
        "schema_version": SCHEMA_VERSION,
        "article": {
            "source": article.source,
            "format": article.format,
            "encoding": article.encoding,
            "lines": len(article.text.splitlines()),
            "inferred_date": iso(inferred.value) if inferred else None,
            "inferred_date_reason": inferred.reason if inferred else None,
        },
        "embeds": [embed_dict(e) for e in det.embeds],
        "post_mentions": [mention_dict(m) for m in det.post_mentions],
        "citations": [citation_dict(c) for c in det.citations],
        "claims": [claim_dict(c) for c in det.claims],
        "dates": [date_dict(d) for d in det.dates],
    }


def capture_dict(capture: Capture) -> dict[str, Any]:
    """One archive capture."""
    return {
        "archive": capture.archive,
        "uri_m": capture.uri_m,
        "original": capture.original,
        "memento_datetime": iso(capture.memento_datetime),
        "archived_status": capture.archived_status,
        "predates_article": capture.predates_article,
    }


def post_dict(post: PostRecord) -> dict[str, Any]:
    """The original post as read."""
    return {
        "platform": post.platform,
        "post_id": post.post_id,
        "url": post.url,
        "text": post.text,
        "handle": post.handle,
        "author": post.author,
        "created_at": iso(post.created_at),
        "lang": post.lang,
    }


def resolution_dict(resolution: Resolution) -> dict[str, Any]:
    """How one embed or citation was resolved."""
    return {
        "status": resolution.status.value,
        "reason": resolution.reason,
        "origin": resolution.origin.value if resolution.origin else None,
        "captures": [capture_dict(c) for c in resolution.captures],
        "id_time": iso(resolution.id_time),
        "match_score": resolution.match_score,
        "post": post_dict(resolution.post) if resolution.post else None,
        "requests": list(resolution.requests),
    }


def finding_dict(finding: Finding) -> dict[str, Any]:
    """One rule firing."""
    return {
        "rule_id": finding.rule_id,
        "severity": finding.severity.value,
        "message": finding.message,
        "item_id": finding.item_id,
        "span": span_dict(finding.span),
        "evidence": plain(finding.evidence),
    }


def component_dict(component: Component) -> dict[str, Any]:
    """One score term."""
    return {"name": component.name, "points": component.points, "why": component.why}


def quote_match_dict(match: QuoteMatch) -> dict[str, Any]:
    """A quote-versus-source comparison."""
    return {
        "verdict": match.verdict,
        "partial": match.partial,
        "token_set": match.token_set,
        "matched": match.matched,
        "source_id": match.source_id,
    }


def _scored_claim(base: dict[str, Any], score: ClaimScore | None) -> dict[str, Any]:
    base["score"] = score.score if score else None
    base["findings"] = [finding_dict(f) for f in score.findings] if score else []
    base["quote_match"] = (
        quote_match_dict(score.quote_match) if score and score.quote_match else None
    )
    base["components"] = [component_dict(c) for c in score.components] if score else []
    return base


def article_report_to_dict(article: ArticleReport, report: Report) -> dict[str, Any]:
    """One article of a check run: detections plus resolutions, scores and findings."""
    out = detections_to_dict(article.detections)
    resolutions = {r.item_id: r for r in article.resolutions}
    scores = {s.claim_id: s for s in article.claim_scores}
    for key in ("embeds", "citations", "post_mentions"):
        for entry in out[key]:
            found = resolutions.get(entry["id"])
            entry["resolution"] = resolution_dict(found) if found else None
    out["claims"] = [
        _scored_claim(claim_dict(c), scores.get(c.id)) for c in article.detections.claims
    ]
    summary = out["article"]
    summary["score"] = article.score.score if article.score else None
    summary["grade"] = article.score.grade if article.score else None
    summary["components"] = (
        [component_dict(c) for c in article.score.components] if article.score else []
    )
    summary["rubric_version"] = report.rubric_version
    summary["origin"] = report.origin.value if report.origin else None
    summary["generated_at"] = iso(report.generated_at)
    out["findings"] = [finding_dict(f) for f in article.findings]
    return out


def report_to_dict(report: Report) -> dict[str, Any] | list[dict[str, Any]]:
    """The whole run: one object for one article, a list for several."""
    objects = [article_report_to_dict(a, report) for a in report.articles]
    return objects[0] if len(objects) == 1 else objects


def dumps(value: Any) -> str:
    """Serialise with Arabic kept as written (not ``\\u`` escapes), two-space indent.

    The bytes are those of ``json.dumps(value, ensure_ascii=False, indent=2) + "\\n"`` (save
    that an exponent has no leading zero, ``2.5e-7``); orjson writes them ten times faster: the
    standard library indents in pure Python, and the JSON of a 1 MB article is some 6 MB.
    """
    return orjson.dumps(value, option=orjson.OPT_INDENT_2 | orjson.OPT_APPEND_NEWLINE).decode()


def render_json(report: Report) -> str:
    """The ``check`` JSON document."""
    return dumps(report_to_dict(report))


def render_detections_json(detections: Sequence[Detections]) -> str:
    """The ``detect`` JSON document."""
    objects = [detections_to_dict(d) for d in detections]
    return dumps(objects[0] if len(objects) == 1 else objects)


def load_schema() -> dict[str, Any]:
    """The JSON Schema that both ``detect`` and ``check`` documents follow."""
    text = (
        resources.files("provenance.report")
        .joinpath("schema/report.schema.json")
        .read_text(encoding="utf-8")
    )
    schema: dict[str, Any] = json.loads(text)
    return schema
