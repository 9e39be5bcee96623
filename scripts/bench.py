"""Speed and memory of detection on large and adversarial inputs (``make bench``).

Goals come from the issues: a 1 MB article is detected in well under a second, and adversarial
inputs (long runs of quotes, dashes, ``(@``, one giant line) take linear time. Each input is run
at two sizes so growth can be read off (linear work grows with the size, quadratic with its
square), with the time of every detector and the peak memory of the whole run. Timings are
printed, never asserted: the test suite never times anything; it counts lines run for n and
4n and checks the patterns for catastrophic backtracking statically (README, "Speed").

The machine this runs on may be shared and noisy, so each input is timed ``--repeat`` times
(3 by default, each from the raw bytes) and the fastest run is shown with its stages, as
:mod:`timeit` does; the first run's total is shown beside it, since a user runs a file once.

"news" repeats the seed, so its people recur and every name comparison after the first copy
is remembered; "many names" gives every copy new people and adds a few hundred post footers by
yet other people, as a long live blog or a digest of many stories does.

``python scripts/bench.py`` runs 100 KB and 1 MB; ``--sizes 50000,200000`` picks others and
``--only news,quotes`` some inputs.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from provenance.detect import detect  # noqa: E402
from provenance.detect.citations import find_citations  # noqa: E402
from provenance.detect.claims import find_claims  # noqa: E402
from provenance.detect.dates import find_dates  # noqa: E402
from provenance.detect.embeds import find_embeds  # noqa: E402
from provenance.load import load_bytes  # noqa: E402
from provenance.model import Article  # noqa: E402
from provenance.text import normalize, transliterate  # noqa: E402

SEED = ROOT.parent / "shared" / "seed" / "000_ec877a3d0b7e51c8.txt"
EXAMPLE = ROOT / "fixtures" / "articles" / "example_ar.txt"
#: Repeated units of the adversarial inputs (constructed, not taken from articles).
UNITS = {
    "quotes": '"',
    "dashes": "— ",
    "(@ runs": "(@",
    "footer-like": "— a (@b ",
    "bare footers": "— Jane Roe @jane March 2, 2021\n",
    "arabic quotes": "«قال» ",
    "years": "2021 ",
    "day months": "9 ديسمبر ",
    "urls": "pic.twitter.com/x ",
    "agency": "رويترز ",
    "newlines": "\n",
}


#: Syllables of the made-up names of "many names" (constructed, not anyone's name).
SYLLABLES = ("با", "تو", "جي", "دا", "رو", "سي", "شا", "طو", "في", "قا",
             "كو", "لي", "مو", "نا", "هي", "زا", "خو", "غي", "ثا", "صو")
#: What the added posts say, and their authors are quoted saying (constructed).
POST_TEXT = "الاجتماع انتهى اليوم في بغداد بعد جولة طويلة من الحوار"
#: Made-up words of three syllables: ``len(SYLLABLES) ** 3`` distinct ones.
WORDS = len(SYLLABLES) ** 3
#: A prime not dividing :data:`WORDS`: consecutive numbers give words unlike each other.
SCATTER = 7919


def made_up_word(number: int, like: str = "") -> str:
    """The ``number``-th made-up name word, with ``ال`` in front when ``like`` has it.

    Words recur after :data:`WORDS` numbers (some 3 MB of "many names").
    """
    n = number * SCATTER % WORDS
    word = "".join(SYLLABLES[n // len(SYLLABLES) ** k % len(SYLLABLES)] for k in range(3))
    return ("ال" if like.startswith("ال") else "") + word


def _people(text: str) -> tuple[list[str], dict[str, str]]:
    """The folded words of the names the detector finds in ``text``, and its posts' authors.

    The authors are keyed by handle, so a handle can be spelt again from its author's new name.
    """
    detected = detect(load_bytes(text.encode("utf-8"), "people", fmt="text"))
    names = [c.speaker for c in detected.claims if c.speaker and len(c.speaker.split()) > 1]
    names += [e.author for e in detected.embeds if e.author]
    words = sorted({normalize(w) for name in names for w in name.split() if len(w) > 2})
    return words, {e.handle: e.author for e in detected.embeds if e.handle and e.author}


def many_names(base: str, size: int) -> str:
    """``base`` repeated to ``size`` characters with new people in every copy (constructed).

    Each word of a person's name becomes a made-up word numbered by the copy (spelling
    variants of one word stay one word), handles become the new name in Latin letters, and
    every copy ends with two post footers by two more made-up people, each quoted by surname.
    """
    words, authors = _people(base)
    # Name words are matched folded (``الأعرجي`` and ``الاعرجي`` are one person).
    spellings = {w for w in re.findall(r"\w+", base) if normalize(w) in words}
    alternatives = "|".join(re.escape(w) for w in sorted(spellings | authors.keys(), key=len,
                                                         reverse=True))
    pattern = re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)")
    per_copy = len(words) + 4
    copies, length = [], 0
    while length < size:
        first = len(copies) * per_copy
        renamed = {w: made_up_word(first + k, w) for k, w in enumerate(words)}
        renamed |= {handle: _handle(" ".join(renamed[normalize(w)] for w in author.split()))
                    for handle, author in authors.items()}
        copy = pattern.sub(lambda m, renamed=renamed: renamed.get(m.group())
                           or renamed[normalize(m.group())], base)
        for given in (first + len(words), first + len(words) + 2):
            family = made_up_word(given + 1, "ال")
            name = f"{made_up_word(given)} {family}"
            copy += (f'\nوقال {family} في تغريدة إن "{POST_TEXT}".\n'
                     f"{POST_TEXT}.\n— {name} (@{_handle(name)}) December 9, 2021\n")
        copies.append(copy)
        length += len(copy)
    return "".join(copies)[:size]


def _handle(name: str) -> str:
    """A handle spelling ``name`` in Latin letters (``qasmalarji``), at most 15 as on X."""
    return re.sub(r"\W", "", transliterate(name))[:15]


def corpus(size: int) -> dict[str, bytes]:
    """Inputs of about ``size`` bytes: realistic news text and adversarial runs."""
    base = (SEED if SEED.exists() else EXAMPLE).read_bytes()
    real = (base * (size // len(base) + 1))[:size]
    # keep whole UTF-8 characters
    news = real.decode("utf-8", "ignore")
    inputs = {"news": news.encode("utf-8"), "one line": news.replace("\n", " ").encode("utf-8")}
    # As many characters as "news", so about as many bytes.
    inputs["many names"] = many_names(base.decode("utf-8"), len(news)).encode("utf-8")
    for name, unit in UNITS.items():
        inputs[name] = (unit * (size // len(unit.encode("utf-8")))).encode("utf-8")
    return inputs


def _stages(article: Article) -> list[tuple[str, Callable[[], Any]]]:
    """The detectors in :func:`provenance.detect.detect`'s order, sharing their results."""
    found: dict[str, Any] = {}

    def embeds() -> None:
        found["embeds"], found["mentions"] = find_embeds(article)

    def citations() -> None:
        found["citations"] = find_citations(article)

    def claims() -> None:
        find_claims(article, found["embeds"], found["citations"], found["mentions"])

    def dates() -> None:
        find_dates(article, found["embeds"])

    return [("embeds", embeds), ("citations", citations), ("claims", claims), ("dates", dates)]


def _timed_run(name: str, data: bytes) -> list[tuple[str, float]]:
    """One run from the raw bytes: the seconds of loading and of each detector."""
    started = time.perf_counter()
    article = load_bytes(data, name, fmt="text")
    times = [("load", time.perf_counter() - started)]
    for stage, run in _stages(article):
        started = time.perf_counter()
        run()
        times.append((stage, time.perf_counter() - started))
    return times


def measure(name: str, data: bytes, repeat: int = 3) -> None:
    """Time loading and each detector (best of ``repeat``), then the whole run's peak memory."""
    runs = [_timed_run(name, data) for _ in range(max(1, repeat))]
    first = sum(t for _, t in runs[0])
    times = min(runs, key=lambda run: sum(t for _, t in run))
    tracemalloc.start()
    det = detect(load_bytes(data, name, fmt="text"))
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    found = len(det.embeds) + len(det.citations) + len(det.claims) + len(det.dates)
    total = sum(t for _, t in times)
    parts = "  ".join(f"{stage} {t:6.3f}" for stage, t in times)
    print(f"{name:<14} {len(data) / 1e6:5.2f} MB  {total:7.3f} s  first {first:6.3f}  ({parts})  "
          f"peak {peak / 1e6:6.1f} MB  {found} items", flush=True)


def main(argv: list[str] | None = None) -> None:
    """Run every input at every size once, after a warm-up."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="100000,1000000", help="comma-separated byte sizes")
    parser.add_argument("--only", default="", help="comma-separated input names")
    parser.add_argument("--repeat", type=int, default=3, help="runs per input; the best is shown")
    args = parser.parse_args(argv)
    only = {name.strip() for name in args.only.split(",") if name.strip()}
    detect(load_bytes(EXAMPLE.read_bytes(), "warm-up", fmt="text"))
    for size in (int(s) for s in args.sizes.split(",")):
        for name, data in corpus(size).items():
            if not only or name in only:
                measure(name, data, args.repeat)


if __name__ == "__main__":
    main()
