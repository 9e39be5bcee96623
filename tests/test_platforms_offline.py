"""`check --offline` gives every platform's live, gone and gated posts the right status.

Replays the constructed per-platform HAR files (fixtures/http/platforms/) through the whole
pipeline: an article made of the posts' URLs is detected, deduplicated, resolved and scored.
"""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

from provenance import platforms
from provenance.http import HttpOptions
from provenance.model import Report, Status
from provenance.pipeline import check_async, default_hosts
from tests.conftest import FIXTURES

HARS = sorted((FIXTURES / "http" / "platforms").glob("*.har"))
META_ENV = {"PROVENANCE_META_TOKEN": "TOKEN"}


def _entries() -> list[dict]:
    loaded = [json.loads(har.read_text(encoding="utf-8")) for har in HARS]
    return [entry for har in loaded for entry in har["log"]["entries"]]


def _expected() -> dict[tuple[str, str], tuple[str, Status]]:
    """(platform, canonical ID) → (post URL, status), the first entry for each post."""
    wanted: dict[tuple[str, str], tuple[str, Status]] = {}
    for entry in _entries():
        ref = platforms.parse_post_url(entry["_post"])
        assert ref is not None, entry["_post"]
        wanted.setdefault((ref.platform, ref.post_id), (entry["_post"], Status(entry["_expect"])))
    return wanted


def _check(tmp_path: Path, env: dict[str, str]) -> Report:
    har = {"log": {"version": "1.2", "creator": {"name": "tests", "version": "1"},
                   "entries": _entries()}}
    (tmp_path / "all.har").write_text(json.dumps(har, ensure_ascii=False), encoding="utf-8")
    article = tmp_path / "posts.txt"
    article.write_text("\n".join(url for url, _ in _expected().values()) + "\n", encoding="utf-8")
    options = HttpOptions(mode="replay", har_path=tmp_path / "all.har",
                          allowed_hosts=default_hosts())
    return asyncio.run(check_async([str(article)], options, env=env))


def _statuses(report: Report) -> dict[tuple[str, str], tuple[Status, str]]:
    (article,) = report.articles
    by_id = {r.item_id: r for r in article.resolutions}
    return {(e.platform, e.post_id or ""): (by_id[e.id].status, by_id[e.id].reason)
            for e in article.detections.embeds}


def test_every_platform_post_gets_its_status(tmp_path: Path) -> None:
    found = _statuses(_check(tmp_path, META_ENV))
    expected = _expected()
    assert set(found) == set(expected)
    assert {key[0] for key in found} >= {p.name for p in platforms.REGISTRY}
    for key, (url, status) in expected.items():
        platform = platforms.get(key[0])
        ref = platform.parse_url(url)
        assert ref is not None
        if platform.endpoints(ref, META_ENV):
            assert found[key][0] == status, (url, found[key])
        else:  # no public endpoint at all: a policy skip that says why, never a failure
            assert found[key][0] == Status.SKIPPED_POLICY and found[key][1], url


def test_meta_posts_are_asked_without_a_token_too(tmp_path: Path) -> None:
    """Tokenless Meta oEmbed (2026-06-15): the same answers are read without a token.

    (Replay drops the secret ``access_token`` from the match, so one recording serves both.)
    """
    with_token = _statuses(_check(tmp_path, META_ENV))
    tokenless = _statuses(_check(tmp_path, {}))
    meta = {key for key in with_token if key[0] in {"instagram", "facebook", "threads"}}
    assert {key[0] for key in meta} == {"instagram", "facebook", "threads"}
    assert {key: tokenless[key][0] for key in meta} == {key: with_token[key][0] for key in meta}
    assert {tokenless[key][0] for key in meta} >= {Status.LIVE, Status.NOT_FOUND_UNKNOWN}
