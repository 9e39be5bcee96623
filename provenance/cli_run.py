"""What the ``check``, ``post`` and ``save`` commands do once their options are parsed.

Kept apart from ``cli.py`` so the command definitions stay a thin skin: this module turns options
into :class:`~provenance.settings.Settings` and :class:`~provenance.http.HttpOptions`, runs the
pipeline with a progress bar on stderr, and picks the exit code through ``gates``.
"""

from __future__ import annotations

import asyncio
import json
import os
import sys
import tempfile
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from types import MappingProxyType
from typing import Any

from provenance import platforms
from provenance.archives.save import SaveOutcome, SaveStatus, save_page
from provenance.errors import ConfigError, ExitCode, InputError
from provenance.gates import exit_code
from provenance.http import HttpOptions, make_client
from provenance.http.har import load_har
from provenance.http.warc import har_to_warc
from provenance.inputs import detect_sources
from provenance.model import Report
from provenance.pipeline import check_async, default_hosts
from provenance.resolve.posts import resolve_post
from provenance.score.weights import DEFAULT_WEIGHTS, Weights
from provenance.settings import Settings, load_settings


def http_options(settings: Settings) -> HttpOptions:
    """The HTTP layer's options for a run: replay with fixtures, record, or live."""
    if settings.offline or settings.fixtures is not None:
        # --offline alone replays nothing: no request leaves the machine, every item is
        # skipped_offline, and detection, quote-shape and attribution rules still run.
        if settings.fixtures is not None and not settings.fixtures.is_file():
            raise InputError(f"--fixtures {settings.fixtures}: no such file")
        return HttpOptions(
            mode="replay", har_path=settings.fixtures, allowed_hosts=_allowed(settings)
        )
    return HttpOptions(
        mode="record" if settings.record is not None else "live",
        har_path=settings.record,
        cache_path=settings.cache_path,
        cache_ttl=float(settings.cache_ttl),
        allowed_hosts=_allowed(settings),
        allow_other_hosts=settings.fetch_links,
        timeout=settings.timeout,
    )


def _allowed(settings: Settings) -> frozenset[str]:
    return default_hosts() | frozenset(settings.allow_hosts)


def scoring_weights(settings: Settings) -> Weights:
    """Apply ``weights`` overrides (``post:live = 95``, ``PV301 = 20``) to the shipped rubric."""
    base = dict(DEFAULT_WEIGHTS.base_points)
    penalties = dict(DEFAULT_WEIGHTS.penalties)
    for key, value in settings.weights.items():
        if key in base:
            base[key] = value
        elif key in penalties:
            penalties[key] = value
        else:
            raise ConfigError(
                f"weights: unknown key {key!r} (base points such as 'post:live', or a rule ID)"
            )
    return replace(
        DEFAULT_WEIGHTS,
        base_points=MappingProxyType(base),
        penalties=MappingProxyType(penalties),
    )


@contextmanager
def _progress(quiet: bool) -> Iterator[Any]:
    """A transient progress bar on stderr (nothing when quiet or stderr is not a terminal)."""
    if quiet or not sys.stderr.isatty():
        yield None
        return
    from rich.console import Console
    from rich.progress import Progress

    with Progress(console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task("resolving", total=None)

        def advance(done: int, total: int) -> None:
            bar.update(task, completed=done, total=total)

        yield advance


def run_check(
    paths: list[str],
    *,
    fmt: str,
    env: Mapping[str, str] | None = None,
    **options: Any,
) -> tuple[Report, ExitCode, Settings]:
    """Run ``check`` and return the report, the exit code, and the settings used."""
    settings = load_settings(options, env=os.environ if env is None else env)
    if settings.record is not None:
        _refuse_overwrite(settings.record, paths, "--record")
        _ensure_writable(settings.record, "--record")
    weights = scoring_weights(settings)
    with _warc_recording(settings) as run_settings:
        with _progress(settings.quiet) as progress:
            report = asyncio.run(
                check_async(
                    paths,
                    http_options(run_settings),
                    env=env,
                    concurrency=settings.concurrency,
                    weights=weights,
                    progress=progress,
                )
            )
    return report, exit_code(report, settings), settings


@contextmanager
def _warc_recording(settings: Settings) -> Iterator[Settings]:
    """Record the run (into ``--record`` or a scratch HAR) and archive it as ``--warc`` after.

    Only a live run has evidence of its own: a replayed run's exchanges are the recording it
    was given, which ``provenance warc`` converts directly.
    """
    if settings.warc is None:
        yield settings
        return
    if settings.offline or settings.fixtures is not None:
        raise ConfigError("--warc archives a live run; to archive a recording, run "
                          "'provenance warc RECORDING.har -o OUT.warc.gz'")
    if settings.warc.exists():
        raise InputError(f"--warc {settings.warc}: already exists; a WARC is evidence, "
                         "write a new file")
    _ensure_writable(settings.warc, "--warc")
    with tempfile.TemporaryDirectory(prefix="provenance-warc-") as scratch:
        har = settings.record or Path(scratch) / "run.har"
        before = len(load_har(har)) if har.exists() else 0
        yield replace(settings, record=har)
        har_to_warc([har], settings.warc, skip=before,
                    description="HTTP exchanges of a provenance check (live run)")


def _ensure_writable(target: Path, option: str) -> None:
    """Fail before a live run, not after it, when its evidence could not be written."""
    folder = target.parent
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise InputError(f"{option} {target}: cannot create {folder} "
                         f"({error.strerror or error})") from None
    if not os.access(folder, os.W_OK):
        raise InputError(f"{option} {target}: {folder} is not writable")


def _refuse_overwrite(target: Path, inputs: list[str], option: str) -> None:
    for source in inputs:
        if source != "-" and not source.startswith(("http://", "https://")):
            if Path(source).resolve() == target.resolve():
                raise InputError(f"{option} {target}: refusing to overwrite the input file")


def run_post(url: str, *, offline: bool, fixtures: Path | None, fmt: str) -> str:
    """Resolve one post and describe it (text or JSON)."""
    ref = platforms.parse_post_url(url)
    if ref is None:
        raise InputError(f"{url}: not a post URL of any supported platform")
    settings = load_settings({"offline": offline or None, "fixtures": fixtures})
    options = http_options(settings)

    async def go() -> Any:
        async with make_client(options) as client:
            return await resolve_post(ref, client, env=dict(os.environ), article_date=None)

    outcome = asyncio.run(go())
    decoded = platforms.get(ref.platform).id_time(ref.post_id)
    stamp = decoded.time.isoformat().replace("+00:00", "Z") if decoded.time else None
    captures = [
        {
            "archive": c.archive,
            "uri_m": c.uri_m,
            "memento_datetime": c.memento_datetime.isoformat().replace("+00:00", "Z"),
            "archived_status": c.archived_status,
        }
        for c in outcome.captures
    ]
    data = {
        "platform": ref.platform,
        "id": ref.post_id,
        "url": ref.url,
        "status": outcome.status.value,
        "reason": outcome.reason,
        "origin": outcome.origin.value if outcome.origin else None,
        "id_time": stamp,
        "id_time_note": decoded.note,
        "text": outcome.post.text if outcome.post else None,
        "captures": captures,
        "unmade_requests": list(outcome.requests),
    }
    if fmt == "json":
        return json.dumps(data, ensure_ascii=False, indent=2)
    lines = [
        f"{ref.url}",
        f"  status   {data['status']} — {data['reason']}",
        f"  ID time  {stamp or 'none'} ({decoded.note})",
    ]
    if data["text"]:
        lines.append(f"  text     \u2068{data['text']}\u2069")
    lines.append(f"  captures {len(captures)}")
    lines.extend(f"    {c['memento_datetime']}  {c['archived_status']}  {c['uri_m']}"
                 for c in captures[:20])
    return "\n".join(lines)


def post_urls(targets: list[str]) -> list[str]:
    """Canonical post URLs named by ``targets``: post URLs themselves, or the posts that the
    articles among them (files, directories, stdin) embed with a URL; in order, without repeats.
    """
    found: list[str] = []
    articles: list[str] = []
    for target in targets:
        ref = platforms.parse_post_url(target)
        if ref is not None:
            found.append(ref.url)
        else:
            articles.append(target)
    if articles:
        found.extend(e.url for d in detect_sources(articles) for e in d.embeds if e.url)
    if not found:
        raise InputError("nothing to save: no post URL given, and no embedded post has a URL")
    return list(dict.fromkeys(found))


def run_save(targets: list[str], *, fmt: str,
             env: Mapping[str, str] | None = None) -> tuple[str, ExitCode]:
    """Ask Save Page Now to capture every post of ``targets``; describe what happened.

    Exit code 0 when every post was saved, 3 (verification incomplete) otherwise.
    """
    urls = post_urls(targets)
    settings = load_settings({}, env=os.environ if env is None else env)
    options = http_options(settings)
    environment = dict(os.environ if env is None else env)

    async def go() -> list[SaveOutcome]:
        async with make_client(options) as client:
            return [await save_page(client, url, environment) for url in urls]

    outcomes = asyncio.run(go())
    code = ExitCode.OK if all(o.status is SaveStatus.SAVED for o in outcomes) \
        else ExitCode.INCOMPLETE
    if fmt == "json":
        rows = [{"url": o.url, "status": o.status.value, "reason": o.reason,
                 "job_id": o.job_id, "capture_url": o.capture_url} for o in outcomes]
        return json.dumps(rows, ensure_ascii=False, indent=2), code
    lines = [f"{o.status.value:<8} {o.url}\n         {o.capture_url or o.reason}"
             for o in outcomes]
    return "\n".join(lines), code
