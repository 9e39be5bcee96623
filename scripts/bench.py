"""Speed and memory of detection on large and adversarial inputs (``make bench``).

Goals come from the issues: a 1 MB article is detected in well under a second, and adversarial
inputs (long runs of quotes, dashes, ``(@``) take linear time. Timings are printed, never
asserted in tests: the test suite checks linearity with generous bounds only.
"""

from __future__ import annotations

import sys
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from provenance.detect import detect  # noqa: E402
from provenance.load import load_bytes  # noqa: E402

SEED = ROOT.parent / "shared" / "seed" / "000_ec877a3d0b7e51c8.txt"
EXAMPLE = ROOT / "fixtures" / "articles" / "example_ar.txt"


def corpus(size: int) -> dict[str, bytes]:
    """Inputs of about ``size`` bytes: realistic news text and adversarial runs."""
    base = (SEED if SEED.exists() else EXAMPLE).read_bytes()
    real = (base * (size // len(base) + 1))[:size]
    # keep whole UTF-8 characters
    real = real.decode("utf-8", "ignore").encode("utf-8")
    return {
        "news (1 MB)": real,
        "quotes": ('"' * size).encode(),
        "dashes": ("— " * (size // 4)).encode(),
        "(@ runs": ("(@" * (size // 2)).encode(),
        "footer-like": ("— a (@b " * (size // 9)).encode(),
        "arabic quotes": ("«قال» " * (size // 12)).encode(),
    }


def measure(name: str, data: bytes) -> None:
    """Time one detection and report its peak memory."""
    tracemalloc.start()
    started = time.perf_counter()
    det = detect(load_bytes(data, name, fmt="text"))
    elapsed = time.perf_counter() - started
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    found = len(det.embeds) + len(det.citations) + len(det.claims)
    print(f"{name:<14} {len(data) / 1e6:5.2f} MB  {elapsed:7.3f} s  peak {peak / 1e6:7.1f} MB  "
          f"{found} items")


def main() -> None:
    """Run every input once after a warm-up."""
    detect(load_bytes(EXAMPLE.read_bytes(), "warm-up", fmt="text"))
    for name, data in corpus(1_000_000).items():
        measure(name, data)


if __name__ == "__main__":
    main()
