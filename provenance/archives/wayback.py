"""The Wayback Machine's CDX server: which captures of a URL exist, and when.

The CDX server (``internetarchive/wayback: wayback-cdx-server/README.md``) answers in two
shapes. Text output is one space-separated line per capture (``urlkey timestamp original
mimetype statuscode digest length``); with ``showResumeKey=true`` the key for the next page
follows an empty line. JSON output is an array of arrays with the field names as the first row;
the resume key arrives as an empty row followed by a one-element row. An empty answer may be
``[]``, a header-only array or an empty body. Revisit records carry ``-`` for status and
length. An excluded site is refused with HTTP 403 and an ``X-Archive-Wayback-Runtime-Error``
header naming ``AdministrativeAccessControlException`` (or ``RobotAccessControlException``):
that is an answer about the site, so it comes back as a value, not an exception.

Parsing is pure (:func:`parse_cdx`, :func:`cdx_blocked`); :func:`cdx_search` does the requests
through the client it is given and returns every failure, even a transport error, as an outcome,
because the resolver lists candidates from it without a wrapper of its own. The CDX
server allows about 30 requests a minute, so pages are bounded and the politeness layer in
``provenance.http`` spaces them.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime

import httpx

from provenance.archives.types import LookupOutcome, format_timestamp, parse_timestamp
from provenance.errors import FetchError, OfflineMiss, PolicyRefused
from provenance.http import fetch
from provenance.model import Capture

#: The CDX search endpoint.
CDX_ENDPOINT = "https://web.archive.org/cdx/search/cdx"
#: Field order of text output when ``fl`` is not given.
DEFAULT_FIELDS = ("urlkey", "timestamp", "original", "mimetype", "statuscode", "digest", "length")
#: Match types the server accepts.
MATCH_TYPES = frozenset({"exact", "prefix", "host", "domain"})
#: Pages followed per search before stopping with the resume key unused.
MAX_PAGES = 5
#: Rows asked for per page (a tweet rarely has more captures than this).
PAGE_LIMIT = 1000
#: Texts in a refusal that mean "the archive excludes this site", with the reason to report.
BLOCK_MARKERS = (
    ("AdministrativeAccessControlException", "the Wayback Machine blocks this site"),
    ("RobotAccessControlException", "the Wayback Machine excludes this site by robots.txt"),
    ("URL has been excluded", "the Wayback Machine has excluded this URL"),
)


@dataclass(frozen=True, slots=True)
class CdxRow:
    """One capture line of a CDX answer."""

    urlkey: str
    """SURT form of the URL (``com,twitter)/h/status/1``)."""
    timestamp: str
    """14-digit capture time, UTC (``20211209120102``)."""
    original: str
    """The URL as captured (URI-R)."""
    mimetype: str
    """Captured content type (``warc/revisit`` for revisit records)."""
    statuscode: int | None
    """Captured HTTP status; None for ``-`` (revisits)."""
    digest: str
    """Base-32 SHA-1 of the captured body."""
    length: int | None
    """Compressed record length; None for ``-``."""

    @property
    def captured_at(self) -> datetime | None:
        """The capture time as a UTC datetime (None if the timestamp is malformed)."""
        return parse_timestamp(self.timestamp)

    @property
    def uri_m(self) -> str:
        """The memento's replay URL."""
        return f"https://web.archive.org/web/{self.timestamp}/{self.original}"

    def to_capture(self) -> Capture | None:
        """This row as a :class:`Capture` (None when the timestamp is unreadable)."""
        moment = self.captured_at
        if moment is None:
            return None
        return Capture("wayback", self.uri_m, self.original, moment, self.statuscode)


@dataclass(frozen=True, slots=True)
class CdxPage:
    """One parsed CDX answer."""

    rows: tuple[CdxRow, ...]
    """Capture rows in the server's order."""
    resume_key: str | None = None
    """Key for the next page, when the server gave one."""
    malformed: int = 0
    """Lines or rows that could not be read and were skipped."""


@dataclass(frozen=True, slots=True)
class CdxResult:
    """Every page of one CDX search, or why there is none."""

    url: str
    """The URL searched for."""
    outcome: LookupOutcome
    """``found``, ``none``, ``blocked``, ``rate_limited`` or ``error``."""
    rows: tuple[CdxRow, ...] = ()
    """Rows of every page fetched, in order."""
    reason: str = ""
    """What went wrong, quoting the server, when the outcome is not found/none."""
    pages: int = 0
    """Pages fetched."""
    complete: bool = True
    """False when the page bound stopped the search with a resume key left over."""
    request: str | None = None
    """``GET <url>`` of a page request that could not be made (offline miss, policy refusal)."""

    @property
    def note(self) -> str:
        """The reason, under the name the resolver reads."""
        return self.reason

    @property
    def requests(self) -> tuple[str, ...]:
        """Requests that could not be made (zero or one)."""
        return (self.request,) if self.request else ()


def cdx_query_url(
    url: str,
    *,
    match_type: str = "exact",
    from_: str | datetime | None = None,
    to: str | datetime | None = None,
    output: str = "json",
    fields: Sequence[str] | None = None,
    filters: Sequence[str] = (),
    collapse: str | None = None,
    limit: int | None = None,
    show_resume_key: bool = False,
    resume_key: str | None = None,
) -> str:
    """Build a CDX search URL; ``from_``/``to`` are 1–14 digit timestamps or datetimes."""
    if match_type not in MATCH_TYPES:
        raise ValueError(f"matchType must be one of {sorted(MATCH_TYPES)}, not {match_type!r}")
    params: list[tuple[str, str]] = [("url", url), ("matchType", match_type)]
    if output == "json":
        params.append(("output", "json"))
    for name, value in (("from", from_), ("to", to)):
        if value is not None:
            params.append((name, format_timestamp(value) if isinstance(value, datetime) else value))
    if fields:
        params.append(("fl", ",".join(fields)))
    params.extend(("filter", item) for item in filters)
    if collapse:
        params.append(("collapse", collapse))
    if limit is not None:
        params.append(("limit", str(limit)))
    if show_resume_key or resume_key:
        params.append(("showResumeKey", "true"))
    if resume_key:
        # Passed as an ordinary parameter (encoded again); the server decodes it back.
        params.append(("resumeKey", resume_key))
    return str(httpx.URL(CDX_ENDPOINT, params=params))


def _row(values: Sequence[str], fields: Sequence[str]) -> CdxRow | None:
    if len(values) != len(fields):
        return None
    data = dict(zip(fields, values, strict=True))
    status = data.get("statuscode", "-")
    length = data.get("length", "-")
    if (status != "-" and not status.isdigit()) or (length != "-" and not length.isdigit()):
        return None
    return CdxRow(
        urlkey=data.get("urlkey", ""),
        timestamp=data.get("timestamp", ""),
        original=data.get("original", ""),
        mimetype=data.get("mimetype", ""),
        statuscode=None if status == "-" else int(status),
        digest=data.get("digest", ""),
        length=None if length == "-" else int(length),
    )


def _parse_text(body: str, fields: Sequence[str]) -> CdxPage:
    rows: list[CdxRow] = []
    malformed = 0
    resume_key = None
    lines = body.splitlines()
    for index, line in enumerate(lines):
        if not line.strip():
            # The resume key is whatever non-empty line follows the blank separator.
            rest = [item.strip() for item in lines[index + 1:] if item.strip()]
            resume_key = rest[0] if rest else None
            break
        row = _row(line.split(), fields)
        if row is None:
            malformed += 1
        else:
            rows.append(row)
    return CdxPage(tuple(rows), resume_key, malformed)


def _parse_json(body: str, fields: Sequence[str]) -> CdxPage:
    if not body.strip():
        return CdxPage(())
    try:
        data = json.loads(body)
    except ValueError:
        return CdxPage((), None, 1)
    if not isinstance(data, list) or not data:
        return CdxPage((), None, 0 if data == [] else 1)
    header = data[0]
    if isinstance(header, list) and header and all(isinstance(h, str) for h in header) \
            and "timestamp" in header:
        fields, data = header, data[1:]
    rows: list[CdxRow] = []
    malformed = 0
    resume_key = None
    for index, item in enumerate(data):
        if item == []:
            tail = data[index + 1:]
            if tail and isinstance(tail[0], list) and tail[0] and isinstance(tail[0][0], str):
                resume_key = tail[0][0]
            break
        row = _row(item, fields) if isinstance(item, list) else None
        if row is None or not all(isinstance(v, str) for v in item):
            malformed += 1
        else:
            rows.append(row)
    return CdxPage(tuple(rows), resume_key, malformed)


def parse_cdx(body: str, *, output: str, fields: Sequence[str] = DEFAULT_FIELDS) -> CdxPage:
    """Parse one CDX answer given in ``output`` ``json`` or ``text``.

    ``fields`` names the columns of text output (``fl``); JSON output names its own in the
    header row. Rows that do not fit are counted in ``malformed`` and skipped.
    """
    if output == "json":
        return _parse_json(body, fields)
    return _parse_text(body, fields)


def cdx_blocked(status_code: int, headers: Mapping[str, str], body: str) -> str | None:
    """Return why the archive refuses the site, or None when the answer is not a refusal."""
    error = headers.get("x-archive-wayback-runtime-error", "")
    if status_code < 400 and not error and "AccessControlException" not in body[:2000]:
        return None
    for marker, reason in BLOCK_MARKERS:
        if marker in error or marker in body[:4000]:
            return f"{reason} ({marker})"
    return None


async def cdx_search(
    client: httpx.AsyncClient,
    url: str,
    *,
    match_type: str = "exact",
    from_: str | datetime | None = None,
    to: str | datetime | None = None,
    filters: Sequence[str] = (),
    collapse: str | None = None,
    limit: int = PAGE_LIMIT,
    max_pages: int = MAX_PAGES,
) -> CdxResult:
    """List the Wayback captures of ``url``, following resume keys for at most ``max_pages``.

    Blocked sites, 429s and other refusals come back as a :class:`CdxResult` outcome. The
    HTTP layer's refusals (offline miss, policy) and transport errors become ``skipped_*`` or
    ``error`` outcomes too, so a caller listing candidates never has to catch anything.
    """
    rows: list[CdxRow] = []
    resume_key: str | None = None
    pages = 0
    while pages < max_pages:
        query = cdx_query_url(url, match_type=match_type, from_=from_, to=to, filters=filters,
                              collapse=collapse, limit=limit, show_resume_key=True,
                              resume_key=resume_key)
        try:
            response = await fetch(client, query)
        except (httpx.HTTPError, FetchError) as error:
            return _unreachable(url, query, error, pages, rows)
        pages += 1
        failure = _failure(url, response, pages, rows)
        if failure is not None:
            return failure
        page = parse_cdx(response.text, output="json")
        rows.extend(page.rows)
        if page.malformed and not page.rows and not rows:
            return CdxResult(url, LookupOutcome.ERROR, (), "unreadable CDX answer: "
                             + response.text[:120], pages)
        resume_key = page.resume_key
        if not resume_key:
            break
    outcome = LookupOutcome.FOUND if rows else LookupOutcome.NONE
    return CdxResult(url, outcome, tuple(rows), "", pages, complete=not resume_key)


def _unreachable(url: str, query: str, error: Exception, pages: int,
                 rows: list[CdxRow]) -> CdxResult:
    """A page request that failed before any answer, as a value."""
    if isinstance(error, OfflineMiss):
        outcome = LookupOutcome.SKIPPED_OFFLINE
    elif isinstance(error, PolicyRefused):
        outcome = LookupOutcome.SKIPPED_POLICY
    else:
        outcome = LookupOutcome.ERROR
    # Only skipped requests are listed: an ERROR was attempted, and a rerun may succeed.
    request = f"GET {query}" if outcome is not LookupOutcome.ERROR else None
    return CdxResult(url, outcome, tuple(rows), f"{type(error).__name__}: {error}", pages,
                     complete=False, request=request)


def _failure(url: str, response: httpx.Response, pages: int,
             rows: list[CdxRow]) -> CdxResult | None:
    """A result for a refused page, or None when the page can be parsed."""
    if response.status_code == 200:
        blocked = cdx_blocked(200, response.headers, response.text)
        if blocked:
            return CdxResult(url, LookupOutcome.BLOCKED, tuple(rows), blocked, pages)
        return None
    blocked = cdx_blocked(response.status_code, response.headers, response.text)
    if blocked:
        return CdxResult(url, LookupOutcome.BLOCKED, tuple(rows), blocked, pages)
    if response.status_code == 429:
        return CdxResult(url, LookupOutcome.RATE_LIMITED, tuple(rows),
                         "the CDX server answered 429 Too Many Requests", pages, complete=False)
    return CdxResult(url, LookupOutcome.ERROR, tuple(rows),
                     f"the CDX server answered HTTP {response.status_code}", pages, complete=False)
