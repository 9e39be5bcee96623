"""Save Page Now 2: ask the Wayback Machine to capture a post before it disappears.

A fact-checker who finds a live post with no capture (or only captures made after the article)
can have it archived now, so the evidence outlives the post. The SPN2 API (formats.md §3.3, the
"Save Page Now 2 Public API Docs Draft") takes ``POST /save`` with a form ``url=…``,
``Accept: application/json`` and ``Authorization: LOW <accesskey>:<secret>`` (S3-style keys from
archive.org/account/s3.php), answers ``{"url", "job_id"}``, and reports the job at
``GET /save/status/<job_id>``: ``pending``, ``success`` (with ``timestamp`` and ``original_url``;
the capture is ``/web/<timestamp>/<original_url>``) or ``error`` (with ``status_ext`` such as
``error:too-many-daily-captures`` and a ``message``).

Saving writes to a third party, so it only happens when asked and only with keys. Each outcome,
including a transport failure, is a :class:`SaveOutcome` value. Polls wait through the client's
one sleep, so tests spend no time; the politeness layer spaces submissions (SPN2 allows a few
captures a minute).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

import httpx

from provenance.archives.types import format_timestamp, parse_timestamp
from provenance.errors import FetchError
from provenance.http import ProvenanceClient, fetch

SAVE_ENDPOINT = "https://web.archive.org/save"
STATUS_ENDPOINT = "https://web.archive.org/save/status/{job_id}"
#: Environment variables holding the archive.org S3-style key pair.
KEY_VARS = ("PROVENANCE_IA_ACCESS_KEY", "PROVENANCE_IA_SECRET_KEY")
#: Do not capture again when the Wayback Machine has a capture this recent (SPN2 option).
RECENT_ENOUGH = "1d"
#: Seconds between status polls, and how many polls before the job is reported as pending.
POLL_INTERVAL = 6.0
MAX_POLLS = 20


class SaveStatus(StrEnum):
    """How one save request ended."""

    SAVED = "saved"
    """The archive made (or already had, within a day) a capture; ``capture_url`` names it."""
    PENDING = "pending"
    """Accepted, but the job had not finished after the last poll; ``job_id`` can be asked later."""
    FAILED = "failed"
    """The archive refused or failed (its ``status_ext`` and message are in the reason)."""
    SKIPPED = "skipped"
    """Not asked: no archive.org keys in the environment."""


@dataclass(frozen=True, slots=True)
class SaveOutcome:
    """The result of asking Save Page Now to capture one URL."""

    url: str
    """The URL that was submitted."""
    status: SaveStatus
    """How the request ended."""
    reason: str = ""
    """A sentence for people (quotes the archive's error)."""
    job_id: str | None = None
    """SPN2's job ID, when the submission was accepted."""
    capture_url: str | None = None
    """``https://web.archive.org/web/<timestamp>/<url>`` of the capture, when saved."""


def credentials(env: Mapping[str, str]) -> str | None:
    """The ``Authorization`` value for SPN2 (``LOW access:secret``), or None without keys."""
    access, secret = (env.get(name, "").strip() for name in KEY_VARS)
    return f"LOW {access}:{secret}" if access and secret else None


def _json(response: httpx.Response) -> dict[str, Any] | None:
    try:
        data = json.loads(response.content)
    except ValueError:
        return None
    return data if isinstance(data, dict) else None


def read_status(url: str, job_id: str, data: Mapping[str, Any]) -> SaveOutcome | None:
    """Read one ``/save/status`` answer; None while the job is still pending."""
    state = data.get("status")
    if state == "success":
        stamp = parse_timestamp(str(data.get("timestamp", "")))
        original = str(data.get("original_url") or url)
        if stamp is None:
            return SaveOutcome(url, SaveStatus.FAILED, f"success without a timestamp: {data}",
                               job_id)
        capture = f"https://web.archive.org/web/{format_timestamp(stamp)}/{original}"
        return SaveOutcome(url, SaveStatus.SAVED, "captured by Save Page Now", job_id, capture)
    if state == "error":
        why = str(data.get("status_ext") or "error")
        message = str(data.get("message") or "").strip()
        return SaveOutcome(url, SaveStatus.FAILED, f"{why}: {message}" if message else why,
                           job_id)
    return None


async def save_page(client: httpx.AsyncClient, url: str, env: Mapping[str, str], *,
                    poll_interval: float = POLL_INTERVAL, max_polls: int = MAX_POLLS
                    ) -> SaveOutcome:
    """Submit ``url`` to Save Page Now and follow the job until it ends or polls run out."""
    authorization = credentials(env)
    if authorization is None:
        return SaveOutcome(url, SaveStatus.SKIPPED, "Save Page Now needs archive.org keys: set "
                           f"{' and '.join(KEY_VARS)} (archive.org/account/s3.php)")
    headers = {"Accept": "application/json", "Authorization": authorization}
    try:
        answer = await fetch(client, SAVE_ENDPOINT, method="POST", headers=headers,
                             data={"url": url, "if_not_archived_within": RECENT_ENOUGH})
        submitted = _json(answer)
        if answer.status_code != 200 or submitted is None or not submitted.get("job_id"):
            detail = (submitted or {}).get("message") or answer.text[:120].strip()
            return SaveOutcome(url, SaveStatus.FAILED,
                               f"Save Page Now answered HTTP {answer.status_code}: {detail}")
        job_id = str(submitted["job_id"])
        sleep = client.sleep if isinstance(client, ProvenanceClient) else None
        for _ in range(max_polls):
            if sleep is not None:
                await sleep(poll_interval)
            polled = await fetch(client, STATUS_ENDPOINT.format(job_id=job_id), headers=headers)
            data = _json(polled)
            if polled.status_code == 200 and data is not None:
                outcome = read_status(url, job_id, data)
                if outcome is not None:
                    return outcome
        return SaveOutcome(url, SaveStatus.PENDING,
                           f"still pending after {max_polls} polls", job_id)
    except FetchError as error:
        return SaveOutcome(url, SaveStatus.FAILED, str(error))
