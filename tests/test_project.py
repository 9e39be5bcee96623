"""Project-level guarantees: the public API, the docs, and the detectors' quality gate."""

from __future__ import annotations

import json
import re
import socket
import subprocess
import sys

import pytest
from pytest_socket import SocketBlockedError

import provenance
from provenance import evaluation, platforms
from provenance.score.rules import RULES
from tests.conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_public_api_is_explicit_and_sorted() -> None:
    public = provenance.__all__
    assert public == sorted(public, key=lambda n: (not n.isupper(), n))
    for name in public:
        assert getattr(provenance, name) is not None


def test_package_loads_the_network_stack_only_when_asked() -> None:
    """``provenance detect`` imports the package; it must not pay for httpx and the pipeline."""
    probe = ("import sys, provenance; "
             "print(sorted(m for m in ('httpx', 'hishel', 'provenance.pipeline', "
             "'provenance.http') if m in sys.modules)); "
             "provenance.check; print('httpx' in sys.modules)")
    run = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                         cwd=ROOT, check=True)
    assert run.stdout.split("\n")[:2] == ["[]", "True"]


def test_detect_command_runs_without_the_network_stack() -> None:
    """``provenance detect`` (what newsroom CI runs per draft) never imports the HTTP client,
    the resolvers or the archives, nor BeautifulSoup for a text article: their imports were
    half of its run on a short article."""
    example = str(ROOT / "fixtures/articles/example_ar.txt")
    heavy = ("httpx", "hishel", "provenance.resolve", "provenance.archives", "provenance.pipeline",
             "bs4")
    probe = ("import sys; from provenance.cli import main; "
             f"sys.argv = ['provenance', 'detect', {example!r}]\n"
             "try:\n    main()\nexcept SystemExit:\n    pass\n"
             f"print(sorted(m for m in {heavy!r} if m in sys.modules), file=sys.stderr)")
    run = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, cwd=ROOT)
    assert "@samer_alhadithi" in run.stdout  # the report was written
    assert run.stderr.strip().splitlines()[-1] == "[]"


def test_lazy_names_are_their_modules_objects() -> None:
    from provenance.pipeline import check
    from provenance.score import RUBRIC_VERSION

    assert provenance.check is check and provenance.RUBRIC_VERSION == RUBRIC_VERSION
    assert callable(provenance.detect)  # the function, not the subpackage of the same name
    assert set(provenance.__all__) <= set(dir(provenance))
    with pytest.raises(AttributeError, match="no attribute 'nothing'"):
        provenance.nothing  # noqa: B018


def test_readme_shows_the_two_setup_commands() -> None:
    assert "make demo" in README and "make test" in README


def test_readme_documents_every_rule() -> None:
    for rule in RULES:
        assert re.search(rf"\| {rule.id} \| {rule.severity} \|", README), rule.id
        assert rule.doc.strip(), f"{rule.id} has no documentation"


def test_every_platform_module_documents_itself() -> None:
    for platform in platforms.REGISTRY:
        module = __import__(type(platform).__module__, fromlist=["_"])
        assert (module.__doc__ or "").strip(), module.__name__
        assert platform.title in README


def test_evaluation_floors_hold() -> None:
    scores = evaluation.evaluate()
    failures = evaluation.below_floor(scores, evaluation.load_floors())
    assert failures == []


def test_floors_cannot_sit_under_the_absolute_minimum(tmp_path) -> None:
    (tmp_path / "floors.json").write_text(json.dumps({"embeds": {"precision": 0.1}}))
    assert evaluation.load_floors(tmp_path)["embeds"]["precision"] == evaluation.ABSOLUTE_MINIMUM


def test_raising_floors_never_lowers_them(tmp_path) -> None:
    (tmp_path / "floors.json").write_text(json.dumps({"embeds": {"precision": 0.97}}))
    worse = {"embeds": evaluation.Score(8, 2, 0)}
    assert evaluation.raise_floors(worse, tmp_path)["embeds"]["precision"] == 0.97
    better = {"embeds": evaluation.Score(100, 0, 0)}
    raised = evaluation.raise_floors(better, tmp_path)["embeds"]["precision"]
    assert raised == round(1.0 - evaluation.RAISE_MARGIN, 2)


def test_evaluation_corpus_is_large_and_mostly_arabic() -> None:
    labels = json.loads((evaluation.EVAL_DIR / "labels.json").read_text(encoding="utf-8"))
    files = [d["file"] for d in labels["documents"]]
    assert len(files) >= 40
    assert sum(f.startswith("ar") for f in files) >= 25
    assert any(f.endswith(".html") for f in files) and any(f.endswith(".txt") for f in files)


@pytest.mark.filterwarnings("ignore:A test tried to use socket")
def test_the_suite_cannot_open_a_network_socket() -> None:
    """pytest-socket (--disable-socket in pyproject) makes 'tests never go live' a fact."""
    with pytest.raises(SocketBlockedError):
        socket.socket(socket.AF_INET, socket.SOCK_STREAM)


def test_one_version_everywhere() -> None:
    """pyproject.toml is the only place the version is written; everything else reads it."""
    import tomllib

    from provenance.http.har import new_log

    declared = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["version"]
    assert provenance.__version__ == declared
    assert new_log()["log"]["creator"]["version"] == declared


def test_fragments_count_sources_by_source_and_role(tmp_path) -> None:
    """Constructed fragments: a source with its role, a source given another role, a
    non-source called a source, and a non-source left alone."""
    cases = [
        {"id": "a", "text": "وذكرت وكالة الأنباء السعودية أن الموسم يبدأ غدا.", "agency": "SPA",
         "is_source": True, "roles": ["attribution"]},
        {"id": "b", "text": "وذكرت وكالة الأنباء السعودية أن الموسم يبدأ غدا.", "agency": "SPA",
         "is_source": True, "roles": ["dateline"]},
        {"id": "c", "text": "وذكرت وكالة الأنباء السعودية أن الموسم يبدأ غدا.", "agency": "SPA",
         "is_source": False, "roles": ["subject"]},
        {"id": "d", "text": "احتفلت وكالة الأنباء السعودية بذكرى تأسيسها.", "agency": "SPA",
         "is_source": False, "roles": ["subject"]},
    ]
    path = tmp_path / "fragments.jsonl"
    path.write_text("\n".join(json.dumps(c, ensure_ascii=False) for c in cases), encoding="utf-8")
    assert evaluation.score_fragments(path) == evaluation.Score(1, 2, 1)


def test_a_floor_without_its_data_fails_the_gate() -> None:
    failures = evaluation.below_floor({}, {"fragments": {"precision": 0.9}})
    assert failures == ["fragments: no score (its labelled data is missing)"]


def test_raising_floors_keeps_a_floor_with_no_score(tmp_path) -> None:
    (tmp_path / "floors.json").write_text(json.dumps({"fragments": {"precision": 0.91}}))
    assert evaluation.raise_floors({}, tmp_path)["fragments"]["precision"] == 0.91


def test_fragments_are_many_and_mostly_arabic() -> None:
    lines = (evaluation.EVAL_DIR / "fragments.jsonl").read_text(encoding="utf-8").splitlines()
    ids = [json.loads(line)["id"] for line in lines if line.strip()]
    assert len(ids) == len(set(ids)) >= 400
    assert sum(i.startswith("ar-") for i in ids) > len(ids) / 2
