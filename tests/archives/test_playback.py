"""``id_`` replays: real capture time, captured errors and login walls, absences.

Responses are constructed after the edgi-govdata-archiving/wayback cassettes quoted in
shared/reference/formats.md §3.6 (302 with ``X-Archive-Redirect-Reason: found capture at …``,
``Memento-Datetime`` on mementos, a 404 for never-archived URLs); bodies are made up.
"""

from __future__ import annotations

from datetime import UTC, datetime

import httpx
import respx

from provenance.archives.playback import (
    fetch_capture,
    id_url,
    judge,
    login_wall,
    memento_parts,
)
from provenance.archives.types import LookupOutcome

ORIGINAL = "https://twitter.com/qassimalaraji/status/1468900000000000000"
TWEET_PAGE = (
    '<html><head><meta property="og:description" content="“نص التغريدة”"></head>'
    '<body><div class="permalink-tweet"><p class="tweet-text">نص التغريدة</p></div>'
    '<a href="/login">Log in</a></body></html>'
)
# Constructed after X's script shell served to clients without JavaScript.
X_SHELL = ("<html><body><noscript>JavaScript is not available. We’ve detected that JavaScript "
           "is disabled in this browser.</noscript></body></html>")


@respx.mock
async def test_redirect_to_nearest_capture_records_the_real_time() -> None:
    asked = id_url(ORIGINAL, "20211209")
    nearest = f"https://web.archive.org/web/20211210083015id_/{ORIGINAL}"
    respx.get(asked).mock(return_value=httpx.Response(302, headers={
        "Location": nearest,
        "X-Archive-Redirect-Reason": "found capture at 20211210083015",
    }))
    respx.get(nearest).mock(return_value=httpx.Response(200, text=TWEET_PAGE, headers={
        "Memento-Datetime": "Fri, 10 Dec 2021 08:30:15 GMT",
        "Content-Type": "text/html; charset=utf-8",
    }))
    async with httpx.AsyncClient() as client:
        fetched = await fetch_capture(client, ORIGINAL, "20211209")
    assert fetched.outcome is LookupOutcome.FOUND
    assert fetched.capture is not None
    assert fetched.capture.memento_datetime == datetime(2021, 12, 10, 8, 30, 15, tzinfo=UTC)
    assert fetched.capture.uri_m == f"https://web.archive.org/web/20211210083015/{ORIGINAL}"
    assert fetched.capture.archived_status == 200
    assert fetched.evidence and fetched.note == ""
    assert fetched.hops == (asked, nearest)
    assert "نص التغريدة".encode() in fetched.body


@respx.mock
async def test_time_from_location_when_memento_datetime_is_missing() -> None:
    asked = id_url(ORIGINAL, "2021")
    nearest = f"https://web.archive.org/web/20211210083015id_/{ORIGINAL}"
    respx.get(asked).mock(return_value=httpx.Response(302, headers={"Location": nearest}))
    respx.get(nearest).mock(return_value=httpx.Response(200, text=TWEET_PAGE))
    async with httpx.AsyncClient() as client:
        fetched = await fetch_capture(client, ORIGINAL, "2021", statuscode=200)
    assert fetched.capture is not None
    assert fetched.capture.memento_datetime == datetime(2021, 12, 10, 8, 30, 15, tzinfo=UTC)
    assert fetched.capture.archived_status == 200


@respx.mock
async def test_captured_redirect_is_followed_to_the_target_memento() -> None:
    first = id_url(ORIGINAL, "20230801000000")
    x_url = "https://x.com/qassimalaraji/status/1468900000000000000"
    target = f"https://web.archive.org/web/20230801000002id_/{x_url}"
    respx.get(first).mock(return_value=httpx.Response(301, headers={
        "Location": target, "Memento-Datetime": "Tue, 01 Aug 2023 00:00:00 GMT"}))
    respx.get(target).mock(return_value=httpx.Response(200, text=X_SHELL, headers={
        "Memento-Datetime": "Tue, 01 Aug 2023 00:00:02 GMT"}))
    async with httpx.AsyncClient() as client:
        fetched = await fetch_capture(client, ORIGINAL, "20230801000000")
    assert fetched.capture is not None and fetched.capture.original == x_url
    # The final memento is X's script shell: captured, but not evidence of anything.
    assert fetched.outcome is LookupOutcome.FOUND and not fetched.evidence
    assert "login wall" in fetched.note


@respx.mock
async def test_captured_404_is_not_evidence() -> None:
    url = id_url(ORIGINAL, "20220101000000")
    respx.get(url).mock(return_value=httpx.Response(404, text="Page not found", headers={
        "Memento-Datetime": "Sat, 01 Jan 2022 00:00:00 GMT"}))
    async with httpx.AsyncClient() as client:
        fetched = await fetch_capture(client, ORIGINAL, "20220101000000")
    assert fetched.outcome is LookupOutcome.FOUND
    assert fetched.capture is not None and fetched.capture.archived_status == 404
    assert not fetched.evidence and "HTTP 404" in fetched.note


@respx.mock
async def test_never_archived_404_means_no_capture() -> None:
    url = id_url(ORIGINAL, "20220101000000")
    respx.get(url).mock(return_value=httpx.Response(
        404, text="<html>Hrm. The Wayback Machine has not archived that URL.</html>"))
    async with httpx.AsyncClient() as client:
        fetched = await fetch_capture(client, ORIGINAL, "20220101000000")
    assert fetched.outcome is LookupOutcome.NONE and fetched.capture is None


@respx.mock
async def test_blocked_throttled_and_redirect_loops() -> None:
    blocked = id_url("https://blocked.example/", "2022")
    respx.get(blocked).mock(return_value=httpx.Response(403, headers={
        "X-Archive-Wayback-Runtime-Error":
            "RobotAccessControlException: Blocked By Robots"}))
    busy = id_url("https://busy.example/", "2022")
    respx.get(busy).mock(return_value=httpx.Response(429))
    loop = id_url("https://loop.example/", "2022")
    respx.get(loop).mock(return_value=httpx.Response(302, headers={"Location": loop}))
    async with httpx.AsyncClient() as client:
        assert (await fetch_capture(client, "https://blocked.example/", "2022")).outcome \
            is LookupOutcome.BLOCKED
        assert (await fetch_capture(client, "https://busy.example/", "2022")).outcome \
            is LookupOutcome.RATE_LIMITED
        looped = await fetch_capture(client, "https://loop.example/", "2022", max_hops=2)
    assert looped.outcome is LookupOutcome.ERROR and len(looped.hops) == 3


def test_login_wall_and_judge() -> None:
    assert login_wall(X_SHELL) == "JavaScript is not available."
    # An old status page shows "Log in" but carries the tweet: not a wall.
    assert login_wall(TWEET_PAGE) is None
    assert judge(200, TWEET_PAGE) == (True, "")
    assert judge(None, TWEET_PAGE) == (True, "")
    assert judge(410, TWEET_PAGE)[0] is False


def test_memento_parts() -> None:
    assert memento_parts(f"https://web.archive.org/web/20211210083015id_/{ORIGINAL}") == (
        "20211210083015", ORIGINAL)
    assert memento_parts(f"https://web.archive.org/web/2021/{ORIGINAL}") == ("2021", ORIGINAL)
    assert memento_parts("https://example.org/") is None
