"""Inputs: the files, directories and stdin an offline run reads, and their detections.

The offline half of :mod:`provenance.pipeline`: ``provenance detect`` imports only this, so it
loads neither the HTTP client nor the resolvers and archives it never uses.
"""

from __future__ import annotations

from collections.abc import Sequence

from provenance.detect import detect
from provenance.errors import InputError
from provenance.load import expand_inputs, load_path, load_stdin
from provenance.model import Article, Detections


def is_url(source: str) -> bool:
    """True when an input names a web page rather than a file."""
    return source.startswith(("http://", "https://"))


def expand(sources: Sequence[str]) -> list[str]:
    """Inputs with directories replaced by their articles; an input that yields none is an error."""
    expanded = expand_inputs(list(sources))
    if not expanded:
        raise InputError(f"{' '.join(sources)}: no .txt, .html, .htm or .md article found")
    return expanded


def load_local(sources: Sequence[str]) -> list[Article]:
    """Load file, directory and stdin inputs (no network)."""
    articles: list[Article] = []
    for source in expand(sources):
        if is_url(source):
            raise InputError(f"{source}: URLs are fetched by `check`, not `detect`")
        articles.append(load_stdin() if source == "-" else load_path(source))
    return articles


def detect_sources(sources: Sequence[str]) -> list[Detections]:
    """Load and detect every input, without touching the network."""
    return [detect(article) for article in load_local(sources)]
