"""The detectors' quality gate: precision and recall on the labelled corpus in ``fixtures/eval``.

``fixtures/eval/labels.json`` lists, per document, what a careful reader finds: embeds (platform,
handle, post ID, footer date), post mentions, citations (agency, role, whether it is a source) and
claims (line, speaker, medium). ``fixtures/eval/fragments.jsonl`` holds short constructed
fragments, each naming one agency with its label (whether it is a source, and every acceptable
role), written blind to the rules. ``fixtures/eval/floors.json`` pins the lowest acceptable scores;
``make test`` fails when a detector falls below its floor, and :func:`raise_floors` only ever
moves a floor up (trafilatura's rule: a gate must not be able to quietly lower itself).

Run ``python -m provenance.evaluation`` (``make eval``) to print the table;
``--raise-floors`` writes higher floors when the detectors improved.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from provenance.detect import detect
from provenance.detect.citations import find_citations
from provenance.load import load_bytes, load_path
from provenance.model import Detections
from provenance.text import normalize

#: The corpus, its labels and its floors, relative to the repository root.
EVAL_DIR = Path(__file__).resolve().parent.parent / "fixtures" / "eval"
#: No floor may ever be set below this, whatever floors.json says.
ABSOLUTE_MINIMUM = 0.80
#: Detectors measured on the documents, in report order.
DOCUMENT_DETECTORS = ("embeds", "post_mentions", "citations", "claims")
#: ... and the citation fragments, measured after them.
DETECTORS = (*DOCUMENT_DETECTORS, "fragments")


@dataclass(frozen=True, slots=True)
class Score:
    """Counts for one detector over the corpus."""

    true_positives: int
    """Items found that the labels list."""
    false_positives: int
    """Items found that the labels do not list."""
    false_negatives: int
    """Labelled items not found."""

    @property
    def precision(self) -> float:
        """Share of found items that are right (1.0 when nothing was found or expected)."""
        found = self.true_positives + self.false_positives
        return self.true_positives / found if found else 1.0

    @property
    def recall(self) -> float:
        """Share of labelled items that were found (1.0 when none were labelled)."""
        wanted = self.true_positives + self.false_negatives
        return self.true_positives / wanted if wanted else 1.0

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def _key_embed(platform: str, handle: str | None, post_id: str | None, day: str | None) -> tuple:
    return (platform, (handle or "").lower(), post_id or "", day or "")


def _keys(det: Detections) -> dict[str, Counter]:
    """What the detectors found, as comparable keys."""
    return {
        "embeds": Counter(
            _key_embed(e.platform, e.handle, e.post_id,
                       e.claimed_date.isoformat() if e.claimed_date else None)
            for e in det.embeds
        ),
        "post_mentions": Counter(m.platform for m in det.post_mentions),
        "citations": Counter(
            (c.agency, c.role.value, c.is_source) for c in det.citations if c.kind == "agency"
        ),
        "claims": Counter(
            (c.span.line, normalize(c.speaker or ""), c.medium.value)
            for c in det.claims
        ),
    }


def _gold(label: dict) -> dict[str, Counter]:
    """What the labels say, as the same keys."""
    return {
        "embeds": Counter(
            _key_embed(e["platform"], e.get("handle"), e.get("post_id"), e.get("date"))
            for e in label.get("embeds", [])
        ),
        "post_mentions": Counter(m["platform"] for m in label.get("post_mentions", [])),
        "citations": Counter(
            (c["agency"], c["role"], c.get("is_source", True)) for c in label.get("citations", [])
        ),
        "claims": Counter(
            (c["line"], normalize(c.get("speaker") or ""), c["medium"])
            for c in label.get("claims", [])
        ),
    }


def _claims_scored(label: dict) -> bool:
    return "claims" in label


def evaluate(eval_dir: Path = EVAL_DIR) -> dict[str, Score]:
    """Run every detector on the corpus and count hits against the labels."""
    labels = json.loads((eval_dir / "labels.json").read_text(encoding="utf-8"))
    totals = {name: [0, 0, 0] for name in DOCUMENT_DETECTORS}
    for label in labels["documents"]:
        det = detect(load_path(eval_dir / "docs" / label["file"]))
        found, gold = _keys(det), _gold(label)
        for name in DOCUMENT_DETECTORS:
            if name == "claims" and not _claims_scored(label):
                continue
            tp = sum((found[name] & gold[name]).values())
            totals[name][0] += tp
            totals[name][1] += sum(found[name].values()) - tp
            totals[name][2] += sum(gold[name].values()) - tp
    scores = {name: Score(*counts) for name, counts in totals.items()}
    fragments = eval_dir / "fragments.jsonl"
    if fragments.exists():
        scores["fragments"] = score_fragments(fragments)
    return scores


def score_fragments(path: Path) -> Score:
    """Count the fragments' sources found (true positives: said to be a source, with a role the
    label accepts), sources claimed wrongly (false positives: a non-source called one, or a source
    given a wrong role) and sources missed (false negatives), one line of ``path`` a fragment."""
    tp = fp = fn = 0
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        case = json.loads(line)
        article = load_bytes(case["text"].encode("utf-8"), f"fragment {case['id']}", fmt="text")
        named = [c for c in find_citations(article) if c.agency == case["agency"]]
        found = named[0] if named else None
        said = found is not None and found.is_source
        right = said and found is not None and found.role.value in case["roles"]
        if case["is_source"]:
            tp += right
            fn += not right
        fp += said and not (case["is_source"] and right)
    return Score(tp, fp, fn)


def load_floors(eval_dir: Path = EVAL_DIR) -> dict[str, dict[str, float]]:
    """Read the pinned floors; a floor under :data:`ABSOLUTE_MINIMUM` is raised to it."""
    floors = json.loads((eval_dir / "floors.json").read_text(encoding="utf-8"))
    return {
        name: {metric: max(float(value), ABSOLUTE_MINIMUM) for metric, value in pair.items()}
        for name, pair in floors.items()
    }


def below_floor(scores: dict[str, Score], floors: dict[str, dict[str, float]]) -> list[str]:
    """Every detector metric under its floor, as readable lines (empty when the gate passes)."""
    failures = []
    for name, pair in floors.items():
        if name not in scores:
            failures.append(f"{name}: no score (its labelled data is missing)")
            continue
        for metric, floor in pair.items():
            value = getattr(scores[name], metric)
            if value + 1e-9 < floor:
                failures.append(f"{name} {metric} {value:.3f} < floor {floor:.3f}")
    return failures


#: How far under the current score a raised floor sits: room to add a hard document to the
#: corpus without the gate failing at once, while a real regression still trips it.
RAISE_MARGIN = 0.03


def raise_floors(scores: dict[str, Score], eval_dir: Path = EVAL_DIR) -> dict:
    """Move each floor up to the current score less :data:`RAISE_MARGIN`; never down."""
    floors = load_floors(eval_dir)
    for name, pair in floors.items():
        if name not in scores:
            continue  # nothing measured: the floor stays where it is
        for metric, floor in pair.items():
            current = int((getattr(scores[name], metric) - RAISE_MARGIN) * 100) / 100
            pair[metric] = max(floor, current)
    (eval_dir / "floors.json").write_text(json.dumps(floors, indent=2) + "\n", encoding="utf-8")
    return floors


def format_table(scores: dict[str, Score], floors: dict[str, dict[str, float]]) -> Iterable[str]:
    """The table ``make eval`` prints."""
    yield f"{'detector':<14} {'P':>6} {'R':>6} {'F1':>6}   tp  fp  fn   floors (P/R)"
    for name in DETECTORS:
        s, f = scores[name], floors.get(name, {})
        yield (
            f"{name:<14} {s.precision:6.3f} {s.recall:6.3f} {s.f1:6.3f} "
            f"{s.true_positives:4d} {s.false_positives:3d} {s.false_negatives:3d}   "
            f"{f.get('precision', 0):.2f}/{f.get('recall', 0):.2f}"
        )


def main(argv: list[str] | None = None) -> int:
    """Print the evaluation table; exit 1 when a floor is not met."""
    argv = sys.argv[1:] if argv is None else argv
    scores = evaluate()
    floors = raise_floors(scores) if "--raise-floors" in argv else load_floors()
    for line in format_table(scores, floors):
        print(line)
    failures = below_floor(scores, floors)
    for failure in failures:
        print(f"FLOOR NOT MET: {failure}")
    return 1 if failures else 0


if __name__ == "__main__":
    raise SystemExit(main())
