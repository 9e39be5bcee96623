"""The Wayback Availability API, read as a hint and nothing more.

``https://archive.org/wayback/available?url=<url>[&timestamp=YYYYMMDDhhmmss]`` returns the
closest capture: ``{"archived_snapshots": {"closest": {"status": "200", "available": true,
"url": "http://web.archive.org/web/…", "timestamp": "…"}}}``. Its ``status`` is a string and may
be ``"404"``; ``available`` may be false; the snapshot URL is ``http://``; and it sometimes
answers ``{}`` for URLs that do have captures, or a stale "closest". So an empty answer means
"unknown" (confirm with CDX), never "not archived".
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

import httpx

from provenance.archives.types import parse_timestamp
from provenance.http import fetch

#: The Availability API endpoint.
AVAILABILITY_ENDPOINT = "https://archive.org/wayback/available"


@dataclass(frozen=True, slots=True)
class AvailabilityHint:
    """What the Availability API suggests about one URL."""

    closest_url: str | None
    """Replay URL of the closest capture (upgraded to https), or None when none was named."""
    timestamp: datetime | None
    """Capture time of the closest capture (UTC)."""
    status: int | None
    """Captured HTTP status, read from the string the API sends."""
    available: bool | None
    """The API's own ``available`` flag (None when absent)."""
    note: str = ""
    """``no snapshot named (unknown, confirm with CDX)`` and similar caveats."""

    @property
    def known(self) -> bool:
        """True when the API named a capture; False means "unknown", not "absent"."""
        return self.closest_url is not None


def availability_url(url: str, timestamp: str | None = None) -> str:
    """The Availability API URL for ``url`` near ``timestamp`` (1–14 digits)."""
    params = [("url", url)]
    if timestamp:
        params.append(("timestamp", timestamp))
    return str(httpx.URL(AVAILABILITY_ENDPOINT, params=params))


def parse_availability(body: str | bytes) -> AvailabilityHint:
    """Read an Availability API answer; anything empty or odd becomes an "unknown" hint."""
    try:
        data = json.loads(body)
    except ValueError:
        return AvailabilityHint(None, None, None, None, "unreadable answer (unknown)")
    snapshots = data.get("archived_snapshots") if isinstance(data, dict) else None
    closest = snapshots.get("closest") if isinstance(snapshots, dict) else None
    if not isinstance(closest, dict) or not isinstance(closest.get("url"), str):
        return AvailabilityHint(None, None, None, None,
                                "no snapshot named (unknown, confirm with CDX)")
    raw_status = closest.get("status")
    status = int(raw_status) if isinstance(raw_status, str | int) and str(raw_status).isdigit() \
        else None
    stamp = closest.get("timestamp")
    available = closest.get("available")
    url = closest["url"]
    if url.startswith("http://"):
        url = "https://" + url[len("http://"):]
    note = "" if available is not False else "the API marks the snapshot unavailable"
    return AvailabilityHint(
        closest_url=url,
        timestamp=parse_timestamp(stamp) if isinstance(stamp, str) else None,
        status=status,
        available=available if isinstance(available, bool) else None,
        note=note,
    )


async def availability(client: httpx.AsyncClient, url: str,
                       timestamp: str | None = None) -> AvailabilityHint:
    """Ask the Availability API about ``url``; a non-200 answer is an "unknown" hint."""
    response = await fetch(client, availability_url(url, timestamp))
    if response.status_code != 200:
        return AvailabilityHint(None, None, None, None,
                                f"the Availability API answered HTTP {response.status_code}")
    return parse_availability(response.content)
