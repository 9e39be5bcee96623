"""Stage 3: detections → resolutions, concurrently, each post fetched once.

Every embed and source citation of every input gets one :class:`~provenance.model.Resolution`.
Work is deduplicated across all inputs of a run before anything is fetched: posts by
(platform, canonical ID) — so ``x.com``, ``twitter.com`` and ``mobile.twitter.com`` spellings of
one tweet cost one lookup — and flattened embeds by (platform, handle, date, text). Tasks run
concurrently under one bound; per-host politeness is the HTTP layer's job.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import replace
from datetime import date
from typing import TypeVar

import httpx

from provenance.model import Citation, Detections, Embed, Resolution, Status
from provenance.platforms.base import PostRef
from provenance.resolve.agency import resolve_citation
from provenance.resolve.posts import PostOutcome, resolve_post
from provenance.resolve.search import search_flattened, searchable
from provenance.text import normalize_loose

T = TypeVar("T")

#: ``progress(done, total)``: told each time an item is resolved.
Progress = Callable[[int, int], None]

#: How many items are resolved at once across the run (hosts are further limited by http/).
DEFAULT_CONCURRENCY = 8


def post_ref(embed: Embed) -> PostRef | None:
    """The post an embed names, when its ID survived."""
    if embed.post_id is None:
        return None
    return PostRef(embed.platform, embed.post_id, embed.url or "", embed.handle)


async def resolve_all(
    detections: Sequence[Detections],
    client: httpx.AsyncClient,
    *,
    env: Mapping[str, str],
    concurrency: int = DEFAULT_CONCURRENCY,
    progress: Progress | None = None,
) -> list[tuple[Resolution, ...]]:
    """Resolve every embed and source citation of every article; one tuple per article."""
    gate = asyncio.Semaphore(concurrency)
    counts = [0, 0]  # done, total
    posts: dict[tuple[str, str], asyncio.Task[PostOutcome]] = {}
    searches: dict[tuple[str, ...], asyncio.Task[Resolution]] = {}

    def spawn(factory: Callable[[], Awaitable[T]]) -> asyncio.Task[T]:
        async def gated() -> T:
            async with gate:
                result = await factory()
            counts[0] += 1
            if progress is not None:
                progress(counts[0], counts[1])
            return result

        counts[1] += 1
        return asyncio.ensure_future(gated())

    # One list of "finishers" per article: each awaits its (shared) task and labels the answer
    # with the item's own id, so a post cited twice is fetched once and reported twice.
    plans: list[list[Awaitable[Resolution]]] = []
    for det in detections:
        when = det.article_date.value if det.article_date else None
        plan: list[Awaitable[Resolution]] = []
        for embed in det.embeds:
            ref = post_ref(embed)
            if ref is not None:
                key = (ref.platform, ref.post_id)
                if key not in posts:
                    posts[key] = spawn(_post_job(ref, client, env, when))
                plan.append(_attach(posts[key], embed.id, ref))
            elif searchable(embed):
                skey = _search_key(embed)
                if skey not in searches:
                    searches[skey] = spawn(_search_job(embed, client, env, when))
                plan.append(_relabel(searches[skey], embed.id))
            else:
                plan.append(_ready(_unsearchable(embed)))
        for citation in det.citations:
            if citation.is_source and citation.kind == "agency":
                plan.append(spawn(_citation_job(citation, det, client)))
        plans.append(plan)
    return [tuple([await item for item in plan]) for plan in plans]


async def _attach(task: asyncio.Task[PostOutcome], item_id: str, ref: PostRef) -> Resolution:
    return (await task).attach(item_id, ref)


async def _relabel(task: asyncio.Task[Resolution], item_id: str) -> Resolution:
    return replace(await task, item_id=item_id)


async def _ready(resolution: Resolution) -> Resolution:
    return resolution


def _post_job(
    ref: PostRef, client: httpx.AsyncClient, env: Mapping[str, str], when: date | None
) -> Callable[[], Awaitable[PostOutcome]]:
    return lambda: resolve_post(ref, client, env=env, article_date=when)


def _search_job(
    embed: Embed, client: httpx.AsyncClient, env: Mapping[str, str], when: date | None
) -> Callable[[], Awaitable[Resolution]]:
    return lambda: search_flattened(embed, client, env=env, article_date=when)


def _citation_job(
    citation: Citation, det: Detections, client: httpx.AsyncClient
) -> Callable[[], Awaitable[Resolution]]:
    return lambda: resolve_citation(citation, det.article, client)


def _search_key(embed: Embed) -> tuple[str, ...]:
    return (
        embed.platform,
        (embed.handle or "").lower(),
        str(embed.claimed_date),
        normalize_loose(embed.text or ""),
    )


def _unsearchable(embed: Embed) -> Resolution:
    return Resolution(
        embed.id,
        Status.NOT_FOUND_UNKNOWN,
        f"no post ID survived, and {embed.platform} posts cannot be looked up by handle and date",
    )


__all__ = ["DEFAULT_CONCURRENCY", "Progress", "post_ref", "resolve_all"]
