"""Resolution scenarios end to end, replayed offline from fixtures/http/scenarios.har.

The article embeds one post per outcome; the recordings were made by running the pipeline
against the constructed world in scripts/fixture_world.py.
"""

from __future__ import annotations

import asyncio

import pytest

from provenance.http import HttpOptions
from provenance.model import Report, Status
from provenance.pipeline import check_async, default_hosts
from tests.conftest import FIXTURES

ARTICLE = FIXTURES / "articles" / "scenarios.html"


def _run(har: str, *sources: str) -> Report:
    options = HttpOptions(mode="replay", har_path=FIXTURES / "http" / har,
                          allowed_hosts=default_hosts())
    return asyncio.run(check_async(list(sources), options, env={}))


@pytest.fixture(scope="module")
def by_scenario() -> dict:
    report = _run("scenarios.har", str(ARTICLE))
    (article,) = report.articles
    resolutions = {r.item_id: r for r in article.resolutions}
    names = ["live", "deleted", "tombstone", "protected", "not_found", "only_archived",
             "archived_after", "cdx_429", "blocked"]
    embeds = article.detections.embeds
    assert len(embeds) == len(names)
    return {name: resolutions[e.id] for name, e in zip(names, embeds, strict=True)}


def test_statuses(by_scenario: dict) -> None:
    expected = {
        "live": Status.LIVE, "deleted": Status.DELETED, "tombstone": Status.NOT_FOUND_UNKNOWN,
        "protected": Status.PROTECTED, "not_found": Status.NOT_FOUND_UNKNOWN,
        "only_archived": Status.NOT_FOUND_UNKNOWN, "archived_after": Status.NOT_FOUND_UNKNOWN,
        "cdx_429": Status.LIVE, "blocked": Status.LIVE,
    }
    assert {name: r.status for name, r in by_scenario.items()} == expected
    assert all(r.origin and r.origin.value == "fixture" for r in by_scenario.values())


def test_tombstone_without_reason_is_not_called_deleted(by_scenario: dict) -> None:
    reason = by_scenario["tombstone"].reason
    assert "not proof of deletion" in reason and "oEmbed" in reason


def test_only_archived_post_is_read_from_the_capture(by_scenario: dict) -> None:
    found = by_scenario["only_archived"]
    assert found.post is not None and found.post.text == "Only the archive remembers this."
    (capture,) = found.captures
    assert capture.archive == "wayback" and capture.predates_article is True
    assert capture.memento_datetime.isoformat().startswith("2022-02-25T12:00")


def test_archived_only_after_publication(by_scenario: dict) -> None:
    (capture,) = by_scenario["archived_after"].captures
    assert capture.predates_article is False


def test_cdx_429_is_retried_then_succeeds(by_scenario: dict) -> None:
    assert [c.memento_datetime.date().isoformat() for c in by_scenario["cdx_429"].captures] == [
        "2022-02-27"
    ]


def test_blocked_site_is_reported_not_hidden(by_scenario: dict) -> None:
    blocked = by_scenario["blocked"]
    assert blocked.captures == () and "blocked" in blocked.reason.lower()


def test_findings_follow_the_statuses() -> None:
    report = _run("scenarios.har", str(ARTICLE))
    rules = {f.rule_id for f in report.articles[0].findings}
    assert {"PV201", "PV202", "PV203", "PV205"} <= rules


def test_replay_names_unrecorded_requests_instead_of_crashing() -> None:
    report = _run("example.har", str(ARTICLE))
    statuses = {r.status for r in report.articles[0].resolutions}
    assert statuses == {Status.SKIPPED_OFFLINE}
    first = report.articles[0].resolutions[0]
    assert first.requests and first.requests[0].startswith("GET https://")


def test_one_post_in_three_spellings_is_fetched_once(tmp_path) -> None:
    """x.com, twitter.com and mobile.twitter.com spellings of one post cost one lookup."""
    import httpx

    from provenance.http import make_client  # noqa: F401  (the transport seam is what we count)

    post = "1495322330527563777"
    article = tmp_path / "three.txt"
    article.write_text(
        f"https://x.com/NewsDeskDemo/status/{post}?s=20\n"
        f"https://twitter.com/NewsDeskDemo/status/{post}\n"
        f"https://mobile.twitter.com/NewsDeskDemo/statuses/{post}/photo/1\n",
        encoding="utf-8",
    )
    import sys

    sys.path.insert(0, str(FIXTURES.parent / "scripts"))
    import fixture_world

    seen: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(str(request.url))
        return fixture_world.handle(request)

    options = HttpOptions(mode="live", allowed_hosts=default_hosts(), testing=True)
    report = asyncio.run(check_async([str(article)], options, env={},
                                     transport=httpx.MockTransport(handler)))
    assert len(report.articles[0].detections.embeds) == 3
    assert {r.status for r in report.articles[0].resolutions} == {Status.LIVE}
    assert sum("tweet-result" in url for url in seen) == 1


def test_progress_is_reported_for_every_resolved_item() -> None:
    calls: list[tuple[int, int]] = []
    options = HttpOptions(mode="replay", har_path=FIXTURES / "http" / "scenarios.har",
                          allowed_hosts=default_hosts())
    asyncio.run(check_async([str(ARTICLE)], options, env={},
                            progress=lambda done, total: calls.append((done, total))))
    assert [done for done, _ in calls] == list(range(1, len(calls) + 1))
    assert calls[-1][0] == calls[-1][1] == 9  # nine posts, each resolved once


def test_a_url_input_is_fetched_decoded_and_checked() -> None:
    """An article given as a URL: fetched through the same client, cp1256 bytes decoded."""
    import sys

    import httpx

    sys.path.insert(0, str(FIXTURES.parent / "scripts"))
    import fixture_world

    post = "1495322330527563777"
    page = (
        "<html><head><meta http-equiv='Content-Type' content='text/html; charset=windows-1256'>"
        "</head><body><article><p>بغداد - واع</p><p>نشر الحساب التغريدة التالية:</p>"
        f'<blockquote class="twitter-tweet"><p lang="en">The bridge reopens on Monday.</p>'
        f'&mdash; News Desk (@NewsDeskDemo) <a href="https://twitter.com/NewsDeskDemo/status/'
        f'{post}">February 20, 2022</a></blockquote></article></body></html>'
    ).encode("cp1256")

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.host == "news.example.org":
            return httpx.Response(200, content=page, headers={"content-type": "text/html"})
        return fixture_world.handle(request)

    options = HttpOptions(mode="live", allowed_hosts=default_hosts(), testing=True)
    report = asyncio.run(check_async(["https://news.example.org/2022/02/story"], options, env={},
                                     transport=httpx.MockTransport(handler)))
    (article,) = report.articles
    assert article.detections.article.source == "https://news.example.org/2022/02/story"
    assert "بغداد" in article.detections.article.text
    assert [c.agency for c in article.detections.citations] == ["INA"]
    (embed,) = article.detections.embeds
    assert embed.post_id == post
    assert {r.item_id: r.status for r in article.resolutions}[embed.id] is Status.LIVE


def test_flattened_search_asks_the_archive_once_per_spelling() -> None:
    """The prefix search lists every capture of the candidates: no exact lookups follow."""
    import sys

    import httpx

    from tests.conftest import SEED

    if not SEED.exists():
        pytest.skip("../shared/seed is not beside the repo")
    sys.path.insert(0, str(FIXTURES.parent / "scripts"))
    import fixture_world

    asked: list[httpx.URL] = []

    def handler(request: httpx.Request) -> httpx.Response:
        asked.append(request.url)
        return fixture_world.handle(request)

    options = HttpOptions(mode="live", allowed_hosts=default_hosts(), testing=True)
    report = asyncio.run(check_async([str(SEED)], options, env={},
                                     transport=httpx.MockTransport(handler)))
    cdx = [url.params["matchType"] for url in asked if url.path == "/cdx/search/cdx"]
    assert cdx == ["prefix", "prefix"]
    (resolution,) = [r for r in report.articles[0].resolutions if r.item_id == "e1"]
    assert [c.predates_article for c in resolution.captures] == [True, False]
