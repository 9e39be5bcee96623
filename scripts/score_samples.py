"""Score detection against hand labels of real-article samples (README, "Quality gate").

    python scripts/score_samples.py SAMPLE_DIR... [--verbose]

The samples themselves (stored public pages) stay out of the repository; this is the scorer
the README's held-out numbers come from, so they can be reproduced by whoever holds them. A
sample directory holds ``articles/`` (one article per file) and ``labels.json``, written by
hand before the detector ever ran on the texts::

    {"_doc": "...",
     "01_outlet.txt": {
        "posts": [{"handle": "qassimalaraji", "date": "2021-12-09"}],
        "citations": [{"agency": "INA", "is_source": true, "roles": ["dateline", "credit"],
                       "snippet": "بغداد - واع -", "uncertain": false}],
        "note": "..."}}

Every registry agency mention is one citation label, in article order, with every role a
careful reader accepts; outlets and agencies missing from the registry are not labelled.

Rules:

* **X posts**: an item is (handle, footer date); a match is the same handle, letter case aside,
  and the same date. Posts with no handle on either side are not scored.
* **Agency sources** (citations of kind ``agency``): F1 over the ``is_source`` ones. *Strict*:
  same agency, the detector says source, and its role is one of the label's roles; *role-free*:
  the role is not compared. A detected source that lines up only with an ``uncertain`` label
  counts neither way, nor does an ``uncertain`` label left unmatched.
* **Labelled non-sources**: how many the detector kept as non-sources, called sources, or
  missed (reported, not scored).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from provenance.detect import detect  # noqa: E402
from provenance.errors import ProvenanceError  # noqa: E402
from provenance.evaluation import Score  # noqa: E402
from provenance.load import load_path  # noqa: E402
from provenance.report.json import detections_to_dict  # noqa: E402


@dataclass
class Counts:
    """True positives, false positives and false negatives of one measure."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def score(self) -> Score:
        """Precision, recall and F1, computed as the evaluation gate computes them."""
        return Score(self.tp, self.fp, self.fn)


@dataclass
class Scores:
    """Everything one sample (or several pooled) scored."""

    posts: Counts = field(default_factory=Counts)
    strict: Counts = field(default_factory=Counts)
    role_free: Counts = field(default_factory=Counts)
    non_sources: dict[str, int] = field(
        default_factory=lambda: {"kept": 0, "called_source": 0, "missed": 0})
    problems: list[str] = field(default_factory=list)
    """One line per miss: the file, its kind (``cit-FN`` …) and what was expected or found."""

    def add(self, other: Scores) -> None:
        """Pool ``other`` into these scores."""
        for mine, theirs in ((self.posts, other.posts), (self.strict, other.strict),
                             (self.role_free, other.role_free)):
            for kind in ("tp", "fp", "fn"):
                setattr(mine, kind, getattr(mine, kind) + getattr(theirs, kind))
        for key, value in other.non_sources.items():
            self.non_sources[key] += value
        self.problems += other.problems


def score_posts(name: str, doc: dict[str, Any], labels: dict[str, Any], scores: Scores) -> None:
    """Match the document's X posts with the labelled (handle, date) pairs."""
    wanted = [(p["handle"].lower(), p["date"]) for p in labels["posts"] if p.get("handle")]
    for embed in doc["embeds"]:
        if embed["platform"] != "twitter" or not embed.get("handle"):
            continue
        key = (embed["handle"].lower(), embed.get("claimed_date"))
        if key in wanted:
            wanted.remove(key)
            scores.posts.tp += 1
        else:
            scores.posts.fp += 1
            scores.problems.append(f"{name} post-FP @{key[0]} {key[1]} form={embed['form']}")
    for handle, day in wanted:
        scores.posts.fn += 1
        scores.problems.append(f"{name} post-FN @{handle} {day}")


def score_sources(name: str, cits: list[dict[str, Any]], labels: list[dict[str, Any]],
                  counts: Counts, strict: bool, problems: list[str]) -> None:
    """Match detected sources with labelled ones, in order (see the module docstring)."""
    used = [False] * len(labels)
    for cit in cits:
        if not cit["is_source"]:
            continue
        hit = next((k for k, lab in enumerate(labels)
                    if not used[k] and not lab.get("uncertain") and lab["is_source"]
                    and lab["agency"] == cit["agency"]
                    and (not strict or cit["role"] in lab["roles"])), None)
        if hit is not None:
            used[hit] = True
            counts.tp += 1
            continue
        uncertain = [k for k, lab in enumerate(labels)
                     if not used[k] and lab.get("uncertain") and lab["agency"] == cit["agency"]]
        uncertain.sort(key=lambda k: cit["role"] not in labels[k]["roles"])
        if uncertain:
            used[uncertain[0]] = True  # an uncertain label absorbs it: counted neither way
            continue
        counts.fp += 1
        if strict:
            problems.append(f"{name} cit-FP {cit['agency']} role={cit['role']} "
                            f"surface={cit['surface']!r}")
    for k, lab in enumerate(labels):
        if lab["is_source"] and not lab.get("uncertain") and not used[k]:
            counts.fn += 1
            if strict:
                problems.append(f"{name} cit-FN {lab['agency']} want {lab['roles']} :: "
                                f"{lab.get('snippet', '')}")


def score_non_sources(name: str, cits: list[dict[str, Any]], labels: list[dict[str, Any]],
                      scores: Scores) -> None:
    """How the labelled non-sources were treated: kept, called a source, or missed."""
    pool = list(cits)
    for lab in labels:
        if lab["is_source"] or lab.get("uncertain"):
            continue
        same = [c for c in pool if c["agency"] == lab["agency"]]
        kept = next((c for c in same if not c["is_source"]), None)
        found = kept or (same[0] if same else None)
        if found is None:
            scores.non_sources["missed"] += 1
            scores.problems.append(f"{name} nonsource-missed {lab['agency']} {lab['roles']}")
            continue
        pool.remove(found)
        scores.non_sources["kept" if kept else "called_source"] += 1


def score_sample(sample: Path) -> Scores:
    """Score every labelled article of ``sample``."""
    scores = Scores()
    labels = json.loads((sample / "labels.json").read_text(encoding="utf-8"))
    for name in sorted(k for k in labels if not k.startswith("_")):
        doc = detections_to_dict(detect(load_path(sample / "articles" / name)))
        score_posts(name, doc, labels[name], scores)
        cits = [c for c in doc["citations"] if c["kind"] == "agency"]
        wanted = labels[name]["citations"]
        score_sources(name, cits, wanted, scores.strict, True, scores.problems)
        score_sources(name, cits, wanted, scores.role_free, False, [])
        score_non_sources(name, cits, wanted, scores)
    return scores


def report(title: str, scores: Scores, verbose: bool) -> str:
    """The lines ``score_samples.py`` prints for one sample or a pool."""
    lines = [f"== {title}"]
    for label, counts in (("X posts (handle+date)", scores.posts),
                          ("Agency sources (strict)", scores.strict),
                          ("Agency sources (role-free)", scores.role_free)):
        score = counts.score()
        lines.append(f"{label + ':':28}TP={counts.tp} FP={counts.fp} FN={counts.fn}  "
                     f"P={score.precision:.3f} R={score.recall:.3f} F1={score.f1:.3f}")
    ns = scores.non_sources
    lines.append(f"Labelled non-sources: kept non-source={ns['kept']}, wrongly is_source="
                 f"{ns['called_source']}, not detected={ns['missed']}")
    if verbose:
        lines += [f"   {problem}" for problem in scores.problems]
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    """Score each sample, then all of them pooled when there are several."""
    parser = argparse.ArgumentParser(prog="score_samples.py", description=__doc__.split("\n")[0])
    parser.add_argument("samples", nargs="+", type=Path, help="sample directories")
    parser.add_argument("--verbose", action="store_true", help="list every miss")
    args = parser.parse_args(argv)
    pooled = Scores()
    for sample in args.samples:
        if not (sample / "labels.json").is_file():
            parser.error(f"{sample}: no labels.json")
        try:
            scores = score_sample(sample)
        except (ValueError, KeyError, TypeError, ProvenanceError) as error:
            # a hand-written labels.json or a missing article: say which, not a traceback
            parser.error(f"{sample}: {type(error).__name__}: {error}")
        print(report(str(sample), scores, args.verbose))
        pooled.add(scores)
    if len(args.samples) > 1:
        print(report("pooled", pooled, False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
