"""Fetching one Wayback capture's original bytes (the ``id_`` replay mode).

``https://web.archive.org/web/<timestamp>id_/<url>`` returns the bytes as captured, without the
toolbar or rewritten links. The timestamp asked for is only a wish: when there is no capture at
exactly that second, Wayback answers 302 to the nearest one (``X-Archive-Redirect-Reason: found
capture at 20171124151315``), and a captured redirect is replayed as a 3xx to another memento.
So redirects are followed by hand, a few at most, and the capture time is read from the archive
(``Memento-Datetime``, else the final URL, else the redirect reason), never from the request.
A URL that was never archived gives 404 without ``Memento-Datetime``.

What was captured is not always evidence: a captured 404, or a platform's login wall or
JavaScript shell, says nothing about the post, so :class:`CaptureFetch` marks those.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from urllib.parse import urljoin

import httpx

from provenance.archives.types import LookupOutcome, parse_http_date, parse_timestamp
from provenance.archives.wayback import cdx_blocked
from provenance.model import Capture

#: Replay prefix of the Wayback Machine.
WEB_PREFIX = "https://web.archive.org/web/"
#: Redirects followed before giving up (nearest capture, then a captured redirect or two).
MAX_HOPS = 4
#: A memento URL: timestamp, optional replay flag, the original URL.
_MEMENTO_URL = re.compile(r"/web/(\d{1,14})(?:[a-z]{2}_)?/(\S{1,8192})$")
_REDIRECT_REASON = re.compile(r"found capture at (\d{14})")

#: Texts of pages that are a login wall or a script shell rather than the post itself.
WALL_MARKERS = (
    "JavaScript is not available.",
    "We’ve detected that JavaScript is disabled in this browser",
    "We've detected that JavaScript is disabled in this browser",
    "Something went wrong, but don’t fret",
    "Log in to Twitter",
    "Log in to X",
    "Login • Instagram",
    "You must log in to continue",
)
#: Texts that show a page does carry a post, even if it also shows a "Log in" banner.
CONTENT_MARKERS = (
    'property="og:description"',
    "tweet-text",
    '"__typename"',
    '"author_name"',
)


@dataclass(frozen=True, slots=True)
class CaptureFetch:
    """The outcome of fetching one capture's original bytes."""

    outcome: LookupOutcome
    """``found`` when a capture was replayed; otherwise why not."""
    capture: Capture | None
    """The capture that was replayed (time and status as the archive states them)."""
    body: bytes = b""
    """The captured bytes (empty when there is no capture)."""
    content_type: str = ""
    """The captured ``Content-Type``."""
    evidence: bool = False
    """False for captured errors and login walls: they say nothing about the post."""
    note: str = ""
    """Why the capture is not evidence, or what went wrong."""
    hops: tuple[str, ...] = ()
    """Every URL requested, in order."""


def id_url(original: str, timestamp: str) -> str:
    """The ``id_`` replay URL of ``original`` at ``timestamp`` (1–14 digits)."""
    return f"{WEB_PREFIX}{timestamp}id_/{original}"


def memento_parts(url: str) -> tuple[str, str] | None:
    """Split a Wayback replay URL into (timestamp, original), or None if it is not one."""
    match = _MEMENTO_URL.search(url.split("web.archive.org", 1)[-1])
    return (match.group(1), match.group(2)) if match else None


def login_wall(text: str) -> str | None:
    """Return the wall text when a page is a login wall or script shell, else None."""
    head = text[:200_000]
    if any(marker in head for marker in CONTENT_MARKERS):
        return None
    for marker in WALL_MARKERS:
        if marker in head:
            return marker
    return None


def judge(status: int | None, text: str) -> tuple[bool, str]:
    """Say whether a captured page is evidence about its URL, and why not when it is not."""
    if status is not None and status >= 400:
        return False, f"the archive captured an HTTP {status} page"
    wall = login_wall(text)
    if wall is not None:
        return False, f'the archive captured a login wall ("{wall}")'
    return True, ""


async def fetch_capture(
    client: httpx.AsyncClient,
    original: str,
    timestamp: str,
    *,
    statuscode: int | None = None,
    max_hops: int = MAX_HOPS,
) -> CaptureFetch:
    """Fetch the capture of ``original`` nearest ``timestamp`` in ``id_`` mode.

    ``statuscode`` is the CDX row's status, used when the replay does not state one. Transport
    errors propagate; refusals and absences are outcomes.
    """
    url = id_url(original, timestamp)
    hops: list[str] = []
    reason_time: datetime | None = None
    while True:
        hops.append(url)
        response = await client.get(url, follow_redirects=False)
        match = _REDIRECT_REASON.search(response.headers.get("x-archive-redirect-reason", ""))
        if match:
            reason_time = parse_timestamp(match.group(1))
        location = response.headers.get("location")
        if not (response.is_redirect and location):
            break
        if len(hops) > max_hops:
            return CaptureFetch(LookupOutcome.ERROR, None, note=f"more than {max_hops} "
                                "redirects while replaying the capture", hops=tuple(hops))
        url = urljoin(url, location)
    return _read_final(response, url, statuscode, reason_time, tuple(hops))


def _read_final(response: httpx.Response, url: str, statuscode: int | None,
                reason_time: datetime | None, hops: tuple[str, ...]) -> CaptureFetch:
    memento_header = response.headers.get("memento-datetime")
    parts = memento_parts(url)
    if memento_header is None and not (200 <= response.status_code < 300 and parts):
        return _refusal(response, hops)
    moment = parse_http_date(memento_header)
    if moment is None and parts:
        moment = parse_timestamp(parts[0]) if len(parts[0]) == 14 else None
    moment = moment or reason_time
    if moment is None or parts is None:
        return CaptureFetch(LookupOutcome.ERROR, None, note="the replay states no capture time",
                            hops=hops)
    status = response.status_code if memento_header is not None else statuscode
    capture = Capture("wayback", f"{WEB_PREFIX}{parts[0]}/{parts[1]}", parts[1], moment, status)
    evidence, note = judge(status, response.text)
    return CaptureFetch(LookupOutcome.FOUND, capture, response.content,
                        response.headers.get("content-type", ""), evidence, note, hops)


def _refusal(response: httpx.Response, hops: tuple[str, ...]) -> CaptureFetch:
    """The outcome of a Wayback answer that is not a memento."""
    blocked = cdx_blocked(response.status_code, response.headers, response.text)
    if blocked:
        return CaptureFetch(LookupOutcome.BLOCKED, None, note=blocked, hops=hops)
    if response.status_code == 404:
        return CaptureFetch(LookupOutcome.NONE, None, note="the Wayback Machine has no capture",
                            hops=hops)
    if response.status_code == 429:
        return CaptureFetch(LookupOutcome.RATE_LIMITED, None,
                            note="the Wayback Machine answered 429 Too Many Requests", hops=hops)
    return CaptureFetch(LookupOutcome.ERROR, None,
                        note=f"the Wayback Machine answered HTTP {response.status_code}", hops=hops)
