"""Shared by the platform tests: read a platform's constructed HAR and check every answer.

Each entry names the post it is about (``_post``), the endpoint (``_endpoint``), the status the
platform must read from it (``_expect``) and, for live answers, fields the post must carry
(``_expect_text``, ``_expect_handle``). The request URL must be exactly what
:meth:`Platform.endpoints` builds (with the Meta token removed, as recording removes it).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from provenance.model import Status
from provenance.platforms import get
from provenance.platforms.base import Endpoint, Reading

ROOT = Path(__file__).resolve().parents[2]
HAR_DIR = ROOT / "fixtures" / "http" / "platforms"
#: Credentials the tests pretend to have, so that token-gated endpoints are built.
ENV = {"PROVENANCE_META_TOKEN": "TOKEN"}


def har_path(name: str) -> Path:
    """Where a platform's constructed HAR lives."""
    return HAR_DIR / f"{name}.har"


def entries(name: str) -> list[dict[str, Any]]:
    """The HAR's entries."""
    return json.loads(har_path(name).read_text(encoding="utf-8"))["log"]["entries"]


def read_entry(name: str, entry: dict[str, Any]) -> Reading:
    """Feed one entry's answer to the platform, checking the request URL on the way."""
    platform = get(name)
    ref = platform.parse_url(entry["_post"])
    assert ref is not None, entry["_post"]
    url = entry["request"]["url"]
    offered = {e.name: e for e in platform.endpoints(ref, ENV)}
    if offered:
        endpoint = offered[entry["_endpoint"]]
        assert endpoint.url.replace("&access_token=TOKEN", "") == url
    else:
        endpoint = Endpoint(entry["_endpoint"], url)
    response = entry["response"]
    headers = {h["name"]: h["value"] for h in response["headers"]}
    body = response["content"]["text"].encode("utf-8")
    return platform.read(endpoint, ref, response["status"], headers, body)


def check_har(name: str) -> None:
    """Every entry of the platform's HAR reads as the status (and fields) it expects."""
    found = entries(name)
    assert found, f"{name}.har has no entries"
    for entry in found:
        assert entry["comment"].startswith("constructed")
        reading = read_entry(name, entry)
        assert reading.status == Status(entry["_expect"]), (entry["comment"], reading)
        if "_expect_text" in entry:
            assert reading.post is not None and reading.post.text == entry["_expect_text"]
        if "_expect_handle" in entry:
            assert reading.post is not None and reading.post.handle == entry["_expect_handle"]
