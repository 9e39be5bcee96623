"""archive.today (archive.ph, .is, .md …), read-only and best-effort.

archive.today has no official API. Its TimeMap, ``https://archive.ph/timemap/<URL>``, is
link-format like other Memento archives; a URL it never captured gives 404 or a page saying
"TimeMap does not exists". It defends itself hard against automation with 429s and reCAPTCHA
pages, which are throttling, not absence. Its captures state no captured HTTP status, so a
captured error page looks like any capture. This module never submits anything.
"""

from __future__ import annotations

import httpx

from provenance.archives.linkformat import parse_link_format
from provenance.archives.memento import TimemapResult, parse_timemap
from provenance.archives.types import LookupOutcome
from provenance.http import fetch

#: Where the read-only TimeMap lives (the URL is appended unencoded, as the archive expects).
TIMEMAP_PREFIX = "https://archive.ph/timemap/"
#: Hosts archive.today answers under.
HOSTS = frozenset(
    {"archive.ph", "archive.today", "archive.is", "archive.md", "archive.li", "archive.vn",
     "archive.fo"}
)
#: Body texts that mean "no capture".
ABSENT_MARKERS = ("TimeMap does not exists", "TimeMap does not exist")
#: Body texts of the anti-automation pages (throttled, not absent).
CAPTCHA_MARKERS = ("g-recaptcha", "recaptcha/api.js", "hcaptcha", "cf-challenge",
                   "Please complete the security check")

#: Relations a real TimeMap's entries carry (an HTML page parsed as link-format has none).
TIMEMAP_RELS = frozenset({"original", "self", "timegate", "timemap", "memento"})


def timemap_url(original: str) -> str:
    """The archive.today TimeMap URL for ``original``."""
    return TIMEMAP_PREFIX + original


def read_timemap_answer(original: str, status_code: int, body: str) -> TimemapResult:
    """Interpret an archive.today TimeMap answer (pure, for tests and replay)."""
    head = body[:20_000]
    if status_code == 429 or any(marker in head for marker in CAPTCHA_MARKERS):
        return TimemapResult(original, LookupOutcome.RATE_LIMITED,
                             reason=f"archive.today throttled the request (HTTP {status_code}"
                                    + (", CAPTCHA page)" if status_code != 429 else ")"))
    if status_code == 404 or any(marker in head for marker in ABSENT_MARKERS):
        return TimemapResult(original, LookupOutcome.NONE)
    if status_code != 200:
        return TimemapResult(original, LookupOutcome.ERROR,
                             reason=f"archive.today answered HTTP {status_code}")
    captures = parse_timemap(body, original=original, archive="archive.today")
    if captures:
        return TimemapResult(original, LookupOutcome.FOUND, captures)
    if not body.strip() or any(link.rels & TIMEMAP_RELS for link in parse_link_format(head)):
        return TimemapResult(original, LookupOutcome.NONE)
    return TimemapResult(original, LookupOutcome.ERROR,
                         reason="archive.today answered something that is not a TimeMap")


async def timemap(client: httpx.AsyncClient, original: str) -> TimemapResult:
    """List archive.today's captures of ``original``; throttling and absence are outcomes."""
    response = await fetch(client, timemap_url(original))
    return read_timemap_answer(original, response.status_code, response.text)
