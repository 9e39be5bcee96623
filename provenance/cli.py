"""The ``provenance`` command: options → settings → pipeline → renderer → exit code.

This is the only module that touches argv, stdout, stderr and exit codes. Library errors become
one-line messages here; anything unexpected becomes "internal error" with exit code 4, never a
traceback (set ``PROVENANCE_DEBUG=1`` to see one).

Exit codes: 0 passed · 1 editorial failure (``--fail-under``/``--fail-on``) · 2 usage or
configuration error · 3 verification incomplete under ``--strict`` · 4 internal error.
"""

from __future__ import annotations

import functools
import json
import os
import sys
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Annotated, Any, TypeVar

import typer

from provenance.errors import ConfigError, ExitCode, InputError, ProvenanceError

F = TypeVar("F", bound=Callable[..., Any])

EXIT_CODES_HELP = (
    "Exit codes: 0 passed; 1 editorial failure (score under --fail-under or a finding at or "
    "above --fail-on); 2 usage or configuration error; 3 verification incomplete (with "
    "--strict); 4 internal error."
)

app = typer.Typer(
    name="provenance",
    help="Check where the claims in a news article come from.\n\n" + EXIT_CODES_HELP,
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

#: ``--format`` spellings accepted on the command line → renderer format names.
FORMAT_ALIASES = {
    "text": "terminal", "terminal": "terminal", "json": "json", "md": "markdown",
    "markdown": "markdown", "sarif": "sarif", "junit": "junit", "html": "html",
}


def _version(show: bool) -> None:
    """``--version``: the tool's and the rubric's versions (an audit needs both)."""
    if show:
        from provenance.score import RUBRIC_VERSION
        from provenance.version import VERSION

        typer.echo(f"provenance {VERSION} (rubric {RUBRIC_VERSION})")
        raise typer.Exit()


@app.callback()
def _options(
    version: Annotated[bool, typer.Option(
        "--version", callback=_version, is_eager=True,
        help="Show the version and the scoring rubric's version, then exit.")] = False,
) -> None:
    """Check where the claims in a news article come from."""


def _fail(message: str, code: ExitCode) -> typer.Exit:
    typer.echo(f"provenance: error: {message}", err=True)
    return typer.Exit(int(code))


def _reader_left() -> typer.Exit:
    """The reader closed the pipe (``provenance … | head``): stop quietly, as Unix tools do.

    Python would otherwise complain again when it flushes stdout at exit, so stdout is pointed
    at /dev/null first (the recipe in the ``signal`` module's documentation).
    """
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    return typer.Exit(int(ExitCode.OK))


def guarded(command: F) -> F:
    """Turn library errors into one-line messages and exit codes; never show a traceback."""

    @functools.wraps(command)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return command(*args, **kwargs)
        except typer.Exit:
            raise
        except ProvenanceError as error:
            raise _fail(str(error), error.exit_code) from None
        except BrokenPipeError:
            raise _reader_left() from None
        except KeyboardInterrupt:
            raise _fail("interrupted", ExitCode.INTERNAL) from None
        except Exception as error:
            if os.environ.get("PROVENANCE_DEBUG"):
                raise
            raise _fail(
                f"internal error: {type(error).__name__}: {error} "
                "(set PROVENANCE_DEBUG=1 for a traceback)",
                ExitCode.INTERNAL,
            ) from None

    return wrapper  # type: ignore[return-value]


def _format(value: str, allowed: set[str] | None = None) -> str:
    fmt = FORMAT_ALIASES.get(value.lower())
    if fmt is None or (allowed is not None and fmt not in allowed):
        choices = ", ".join(sorted(allowed or set(FORMAT_ALIASES)))
        raise ConfigError(f"--format: unknown format {value!r} (choose from {choices})")
    return fmt


def _write(text: str, output: Path | None, inputs: list[str]) -> None:
    """Write to ``output`` (never over an input) or stdout."""
    if output is None:
        sys.stdout.write(text if text.endswith("\n") else text + "\n")
        return
    target = output.resolve()
    for source in inputs:
        if source != "-" and not source.startswith(("http://", "https://")):
            if Path(source).resolve() == target:
                raise InputError(f"-o {output}: refusing to overwrite the input file")
    try:
        output.write_text(text if text.endswith("\n") else text + "\n", encoding="utf-8")
    except OSError as error:
        raise InputError(f"-o {output}: {error.strerror or error}") from None


Paths = Annotated[list[str], typer.Argument(help="Files, directories, URLs, or - for stdin.")]
FormatOpt = Annotated[
    str, typer.Option("--format", "-f", help="text, json, md, sarif, junit, html.")
]
OutputOpt = Annotated[Path | None, typer.Option("--output", "-o", help="Write the report here.")]
OfflineOpt = Annotated[
    bool, typer.Option(help="Replay recorded fixtures; never touch the network.")
]
FixturesOpt = Annotated[Path | None, typer.Option(help="HAR file to replay (implies --offline).")]
RecordOpt = Annotated[
    Path | None, typer.Option(help="Record every HTTP exchange to this HAR file.")
]
WarcOpt = Annotated[
    Path | None,
    typer.Option(help="Archive the run's HTTP exchanges in this new WARC file (live runs)."),
]
FailUnderOpt = Annotated[
    int | None, typer.Option(help="Fail (exit 1) when an article scores under N.")
]
FailOnOpt = Annotated[
    str | None,
    typer.Option(help="Fail (exit 1) on a finding of this severity or worse: "
                      "info, low, medium, high, none."),
]
StrictOpt = Annotated[
    bool | None, typer.Option("--strict", help="Exit 3 when any item could not be verified.")
]
QuietOpt = Annotated[bool, typer.Option("--quiet", "-q", help="No progress output on stderr.")]


@app.command()
@guarded
def detect(
    paths: Paths,
    format: FormatOpt = "text",
    output: OutputOpt = None,
) -> None:
    """Find embeds, post mentions, agency citations, claims and dates (no network)."""
    from provenance.inputs import detect_sources
    from provenance.report import Format, render_detections

    fmt = _format(format, {"terminal", "json"})
    detections = detect_sources(paths)
    _write(render_detections(detections, Format(fmt)), output, paths)


@app.command()
@guarded
def check(
    paths: Paths,
    offline: OfflineOpt = False,
    fixtures: FixturesOpt = None,
    record: RecordOpt = None,
    warc: WarcOpt = None,
    format: FormatOpt = "text",
    output: OutputOpt = None,
    fail_under: FailUnderOpt = None,
    fail_on: FailOnOpt = None,
    strict: StrictOpt = None,
    quiet: QuietOpt = False,
) -> None:
    """Resolve every post and citation, check quotes and dates, score the sourcing."""
    from provenance.cli_run import run_check

    fmt = _format(format)
    report, code, settings = run_check(
        paths, fmt=fmt, offline=offline or None, fixtures=fixtures, record=record, warc=warc,
        fail_under=fail_under, fail_on=fail_on, strict=strict, quiet=quiet or None,
    )
    from dataclasses import replace

    from provenance.report import Format, render

    if output is not None or not sys.stdout.isatty():
        settings = replace(settings, color=False)  # escape codes only for a live terminal
    _write(render(report, Format(fmt), settings=settings), output, paths)
    raise typer.Exit(int(code))


@app.command()
@guarded
def post(
    url: Annotated[str, typer.Argument(help="A post URL of any supported platform.")],
    offline: OfflineOpt = False,
    fixtures: FixturesOpt = None,
    format: FormatOpt = "text",
) -> None:
    """Resolve one post: status, archive captures and the time its ID carries."""
    from provenance.cli_run import run_post

    fmt = _format(format, {"terminal", "json"})
    typer.echo(run_post(url, offline=offline, fixtures=fixtures, fmt=fmt))


@app.command()
@guarded
def save(
    targets: Annotated[list[str], typer.Argument(
        help="Post URLs, or articles (files, directories, -) whose embedded posts to save.")],
    format: FormatOpt = "text",
) -> None:
    """Ask the Wayback Machine (Save Page Now) to capture posts now, before they disappear.

    Needs archive.org keys in PROVENANCE_IA_ACCESS_KEY and PROVENANCE_IA_SECRET_KEY. Exit 0
    when every post was saved, 3 when any was not.
    """
    from provenance.cli_run import run_save

    fmt = _format(format, {"terminal", "json"})
    text, code = run_save(targets, fmt=fmt)
    typer.echo(text)
    raise typer.Exit(int(code))


@app.command()
@guarded
def warc(
    recordings: Annotated[list[Path], typer.Argument(help="HAR files: ours or a browser's.")],
    output: Annotated[Path, typer.Option("--output", "-o", help="The new WARC file to write.")],
) -> None:
    """Convert HAR recordings into a WARC 1.1 file for a web archive (never overwrites)."""
    from provenance.http.warc import har_to_warc

    for recording in recordings:
        if recording.resolve() == output.resolve():
            raise InputError(f"-o {output}: refusing to overwrite the input file")
    count = har_to_warc(recordings, output)
    typer.echo(f"{output}: {count} exchanges archived")


@app.command()
@guarded
def when(
    post_id: Annotated[str, typer.Argument(metavar="ID|URL", help="A post ID or post URL.")],
    platform: Annotated[str, typer.Option(help="Platform of a bare ID.")] = "twitter",
    format: FormatOpt = "text",
) -> None:
    """Decode the time hidden in a post ID."""
    from provenance import platforms

    fmt = _format(format, {"terminal", "json"})
    ref = platforms.parse_post_url(post_id) if "/" in post_id else None
    if ref is not None:
        name, ident = ref.platform, ref.post_id
    else:
        if "/" in post_id:
            raise InputError(f"{post_id}: not a post URL of any supported platform")
        try:
            platforms.get(platform)
        except KeyError:
            names = ", ".join(p.name for p in platforms.REGISTRY)
            raise ConfigError(f"--platform: unknown platform {platform!r} ({names})") from None
        name, ident = platform, post_id.strip()
    decoded = platforms.get(name).id_time(ident)
    stamp = iso_utc(decoded.time) if decoded.time else None
    if fmt == "json":
        typer.echo(json.dumps({"platform": name, "id": ident, "time": stamp, "note": decoded.note},
                              ensure_ascii=False))
    else:
        typer.echo(f"{name} {ident}: {stamp or 'no time'} ({decoded.note})")


@app.command()
@guarded
def rules(
    format: FormatOpt = "text",
) -> None:
    """List the scoring rules with their IDs, severities and documentation."""
    from provenance.score.rules import RULES

    fmt = _format(format, {"terminal", "json"})
    if fmt == "json":
        rows = [{"id": r.id, "name": r.name, "title": r.title, "severity": str(r.severity),
                 "doc": r.doc} for r in RULES]
        typer.echo(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    for r in RULES:
        typer.echo(f"{r.id}  {r.severity!s:<6}  {r.title}")


def iso_utc(when: datetime) -> str:
    """ISO 8601 in UTC with a ``Z``, to the millisecond unless the ID carries microseconds."""
    spec = "milliseconds" if when.microsecond % 1000 == 0 else "microseconds"
    return when.astimezone(UTC).isoformat(timespec=spec).replace("+00:00", "Z")


def main() -> None:
    """Console-script entry point."""
    try:
        app(prog_name="provenance")
    except BrokenPipeError:  # raised while typer printed help or a usage error
        raise SystemExit(int(_reader_left().exit_code)) from None
