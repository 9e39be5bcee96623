"""The held-out scorer (``scripts/score_samples.py``) counts by the rules the README states.

The two articles and their labels are constructed here, in the layout of a real sample.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT

sys.path.insert(0, str(ROOT / "scripts"))
import score_samples

ARTICLES = {
    "01_constructed.txt": (
        "بغداد - واع - قال الوزير إن العمل مستمر.\n"
        "وقال المتحدث لوكالة فرانس برس إن الاجتماع انتهى.\n"
        "وأغلقت السلطات مكتب وكالة رويترز في المدينة.\n"
        "نص التغريدة\n"
        "— قاسم الاعرجي (@qassimalaraji) December 9, 2021\n"),
    "02_constructed.txt": "ذكرت وكالة الأنباء القطرية أن الوفد وصل.\n",
}
LABELS = {
    "_doc": "constructed for the test",
    "01_constructed.txt": {
        "posts": [{"handle": "QassimAlAraji", "date": "2021-12-09"},
                  {"handle": "someone", "date": "2021-01-01"}],
        "citations": [
            {"agency": "INA", "is_source": True, "roles": ["credit"], "snippet": "واع"},
            {"agency": "AFP", "is_source": True, "roles": ["interview"], "snippet": "لوكالة"},
            {"agency": "Reuters", "is_source": False, "roles": ["subject"], "snippet": "مكتب"},
        ],
    },
    "02_constructed.txt": {
        "posts": [],
        "citations": [
            {"agency": "QNA", "is_source": True, "roles": ["attribution"], "uncertain": True},
            {"agency": "SPA", "is_source": False, "roles": ["subject"]},
        ],
    },
}


@pytest.fixture
def sample(tmp_path: Path) -> Path:
    (tmp_path / "articles").mkdir()
    for name, text in ARTICLES.items():
        (tmp_path / "articles" / name).write_text(text, encoding="utf-8")
    (tmp_path / "labels.json").write_text(json.dumps(LABELS, ensure_ascii=False),
                                          encoding="utf-8")
    return tmp_path


def test_counts_follow_the_stated_rules(sample: Path) -> None:
    scores = score_samples.score_sample(sample)
    # posts: the handle matches letter case aside; the second labelled post is missed
    assert (scores.posts.tp, scores.posts.fp, scores.posts.fn) == (1, 0, 1)
    # INA is a source with the wrong role: strict counts it twice, role-free once right; AFP
    # is right both ways; QNA lines up with an uncertain label only and counts neither way
    assert (scores.strict.tp, scores.strict.fp, scores.strict.fn) == (1, 1, 1)
    assert (scores.role_free.tp, scores.role_free.fp, scores.role_free.fn) == (2, 0, 0)
    assert scores.non_sources == {"kept": 1, "called_source": 0, "missed": 1}
    assert any("cit-FN INA want ['credit']" in line for line in scores.problems)


def test_pooled_report_adds_the_samples(sample: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert score_samples.main([str(sample), str(sample)]) == 0
    out = capsys.readouterr().out
    assert "Agency sources (strict):    TP=2 FP=2 FN=2  P=0.500 R=0.500 F1=0.500" in out
    assert out.count("== ") == 3  # each sample, then the pool


def test_a_directory_without_labels_is_a_usage_error(tmp_path: Path) -> None:
    with pytest.raises(SystemExit) as stop:
        score_samples.main([str(tmp_path)])
    assert stop.value.code == 2


@pytest.mark.parametrize("labels", ['{"01_constructed.txt": {"posts": []}}', "{not json"])
def test_bad_labels_are_a_one_line_usage_error(sample: Path, labels: str,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    (sample / "labels.json").write_text(labels, encoding="utf-8")
    with pytest.raises(SystemExit) as stop:
        score_samples.main([str(sample)])
    assert stop.value.code == 2
    last = capsys.readouterr().err.strip().splitlines()[-1]
    assert " error: " in last and str(sample) in last and "Traceback" not in last
