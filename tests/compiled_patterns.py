"""Every regular expression the provenance package compiles, printed as JSON.

Run as ``python -m tests.compiled_patterns`` in a fresh interpreter: ``re``'s compile step is
watched from before the package is imported, so patterns built at import time, by cached
builders and by module-level ``re.search(string, ...)`` calls are all seen, as long as the
code compiling them lives in the package. Builders run only on the inputs that need them, so
every detector is run on the bundled articles, the evaluation documents and the adversarial
units of ``scripts/bench.py``.
"""

from __future__ import annotations

import importlib
import json
import pkgutil
import re
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = str(ROOT / "provenance")
#: Where ``re`` and the caching wrappers live: frames to look past for the real caller.
_PLUMBING = (str(Path(re.__file__).parent), "functools")

#: (pattern, flags) of every string pattern compiled from the package's code.
SEEN: set[tuple[str, int]] = set()


def _watch_compiling() -> None:
    """Record each pattern ``re`` compiles for code inside the package."""
    compile_ = re._compile  # type: ignore[attr-defined]

    def watching(pattern: Any, flags: Any) -> Any:
        compiled = compile_(pattern, flags)
        frame = sys._getframe(1)
        while frame is not None and frame.f_code.co_filename.startswith(_PLUMBING):
            frame = frame.f_back  # type: ignore[assignment]
        if frame is not None and frame.f_code.co_filename.startswith(PACKAGE):
            if isinstance(compiled.pattern, str):
                SEEN.add((compiled.pattern, compiled.flags))
        return compiled

    re._compile = watching  # type: ignore[attr-defined]


def _import_everything() -> list[Any]:
    import provenance

    modules = []
    for info in pkgutil.walk_packages(provenance.__path__, "provenance."):
        if not info.name.endswith("__main__"):  # it runs the CLI
            modules.append(importlib.import_module(info.name))
    return modules


def _documents() -> list[bytes]:
    fixtures = ROOT / "fixtures"
    documents = [path.read_bytes()
                 for folder in (fixtures / "articles", fixtures / "eval" / "docs")
                 for path in sorted(folder.glob("*")) if path.suffix in (".txt", ".html")]
    seed = ROOT.parent / "shared" / "seed" / "000_ec877a3d0b7e51c8.txt"
    if seed.exists():
        documents.append(seed.read_bytes())
    sys.path.insert(0, str(ROOT / "scripts"))
    from bench import UNITS  # type: ignore[import-not-found]

    return documents + [(unit * 50).encode("utf-8") for unit in UNITS.values()]


def collect() -> list[tuple[str, int]]:
    """The patterns compiled while importing the package and running every detector."""
    _watch_compiling()
    modules = _import_everything()
    from provenance.detect import detect
    from provenance.load import load_bytes
    from provenance.report.common import isolate

    for data in _documents():
        fmt = "html" if data.lstrip().startswith(b"<") else "text"
        article = load_bytes(data, "inventory", fmt=fmt)
        detect(article)
        isolate(article.text[:2000])
    for module in modules:  # compiled before the watch (``re``'s own cache) still count
        for value in vars(module).values():
            if isinstance(value, re.Pattern) and isinstance(value.pattern, str):
                SEEN.add((value.pattern, value.flags))
    return sorted(SEEN)


if __name__ == "__main__":
    json.dump(collect(), sys.stdout, ensure_ascii=False)
