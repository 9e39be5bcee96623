"""The pipeline: load → detect → resolve → score, wired top to bottom.

No parsing and no HTTP detail lives here: each stage is one call into its package. The offline
half (inputs → detections) is :mod:`provenance.inputs`, which ``provenance detect`` imports
alone: it needs neither the HTTP client nor the resolvers. Only
:func:`check` does I/O, through the one client :func:`provenance.http.make_client` builds, so a
test (or an auditor) decides how bytes arrive by choosing the HTTP options or passing a transport.
"""

from __future__ import annotations

import asyncio
import os
from collections.abc import Mapping, Sequence
from dataclasses import replace
from datetime import UTC, datetime
from urllib.parse import urlsplit

import httpx

from provenance.agencies import load_registry
from provenance.archives import ARCHIVE_HOSTS
from provenance.detect import detect
from provenance.errors import InputError, ProvenanceError
from provenance.http import HttpOptions, ProvenanceClient, fetch, make_client
from provenance.inputs import expand, is_url
from provenance.load import load_bytes, load_path, load_stdin
from provenance.model import Article, Detections, Origin, Report
from provenance.platforms import allowed_hosts
from provenance.resolve import DEFAULT_CONCURRENCY, Progress, resolve_all
from provenance.score import RUBRIC_VERSION, score_article
from provenance.score.weights import DEFAULT_WEIGHTS, Weights


def default_hosts() -> frozenset[str]:
    """Hosts fetched by default: platforms and their endpoints, archives, agency domains."""
    return allowed_hosts() | ARCHIVE_HOSTS | frozenset(load_registry().domains())


def cited_post_hosts(detections: Sequence[Detections]) -> set[str]:
    """Hosts of the posts the articles cite (a Mastodon post lives on its own instance)."""
    return {
        urlsplit(embed.url).hostname or ""
        for det in detections
        for embed in det.embeds
        if embed.url
    } - {""}


async def check_async(
    sources: Sequence[str],
    options: HttpOptions,
    *,
    env: Mapping[str, str] | None = None,
    transport: httpx.AsyncBaseTransport | None = None,
    concurrency: int = DEFAULT_CONCURRENCY,
    weights: Weights = DEFAULT_WEIGHTS,
    progress: Progress | None = None,
) -> Report:
    """Load, detect, resolve and score every input; return the run's report.

    ``progress(done, total)`` is called as items are resolved (for a progress bar).
    """
    env = dict(os.environ if env is None else env)
    wanted = {urlsplit(s).hostname or "" for s in sources if is_url(s)}
    options = replace(options, allowed_hosts=options.allowed_hosts | default_hosts() | wanted)
    async with make_client(options, transport=transport) as client:
        articles = [await _load(source, client) for source in expand(sources)]
        detections = [detect(article) for article in articles]
        if isinstance(client, ProvenanceClient):
            client.allow_hosts(cited_post_hosts(detections))
        resolutions = await resolve_all(
            detections, client, env=env, concurrency=concurrency, progress=progress
        )
    reports = tuple(
        score_article(det, res, weights=weights)
        for det, res in zip(detections, resolutions, strict=True)
    )
    origin = Origin.FIXTURE if options.mode == "replay" else Origin.LIVE
    return Report(
        articles=reports,
        rubric_version=RUBRIC_VERSION,
        origin=origin,
        generated_at=datetime.now(UTC).replace(microsecond=0),
    )


def check(
    sources: Sequence[str],
    options: HttpOptions,
    *,
    env: Mapping[str, str] | None = None,
    transport: httpx.AsyncBaseTransport | None = None,
    concurrency: int = DEFAULT_CONCURRENCY,
) -> Report:
    """Synchronous :func:`check_async` for the CLI and simple library use."""
    return asyncio.run(
        check_async(sources, options, env=env, transport=transport, concurrency=concurrency)
    )


async def _load(source: str, client: httpx.AsyncClient) -> Article:
    if not is_url(source):
        return load_stdin() if source == "-" else load_path(source)
    try:
        response = await fetch(client, source)
    except ProvenanceError as error:
        raise InputError(f"{source}: {error}") from None
    if response.status_code != 200:
        raise InputError(f"{source}: HTTP {response.status_code}")
    return load_bytes(
        response.content, source, content_type=response.headers.get("content-type")
    )
