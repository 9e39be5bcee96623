"""Bytes → text, choosing the encoding in a fixed order and saying how it was chosen.

Order: byte-order mark, the HTTP ``Content-Type`` charset, an HTML ``<meta>`` declaration, strict
UTF-8, charset-normalizer, and windows-1256 when the bytes read as Arabic in it. Declarations that
fail to decode strictly are skipped, not trusted. charset-normalizer misreads mostly-ASCII pages
with a little Arabic (a 200 KB page came out as cp1250, ``reference/libraries.md`` §5), so such
pages are judged on their non-ASCII runs only.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from charset_normalizer import from_bytes

#: Byte-order marks, longest first (UTF-32 LE starts with the UTF-16 LE mark).
BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
#: ``charset=`` in a Content-Type value or an http-equiv meta.
_CHARSET_RE = re.compile(rb"""charset\s*=\s*["']?([A-Za-z0-9_.:-]{1,40})""", re.IGNORECASE)
#: A ``<meta …charset…>`` tag within the head (attributes bounded, so the scan stays linear).
_META_RE = re.compile(rb"<meta\b[^<>]{0,500}>", re.IGNORECASE)
#: Runs of non-ASCII bytes, with short ASCII gaps (spaces, punctuation) kept inside a run.
_NON_ASCII_RUNS = re.compile(rb"[\x80-\xff]+(?:[\x00-\x7f]{1,3}[\x80-\xff]+)*")
#: How many head bytes are searched for a ``<meta>`` declaration (the HTML spec says 1024;
#: real pages put it later, after long ``<script>`` blocks).
META_SCAN_BYTES = 8192
#: Share of non-ASCII bytes under which a document counts as "mostly ASCII".
MOSTLY_ASCII = 0.2
#: Share of non-ASCII letters that must be Arabic for windows-1256 to be believed.
ARABIC_SHARE = 0.95


@dataclass(frozen=True, slots=True)
class Decoded:
    """Decoded text and how its encoding was chosen."""

    text: str
    """The text, without a byte-order mark."""
    encoding: str
    """Codec name and the reason, for ``Article.encoding`` (``windows-1256 (meta)``)."""


def decode(data: bytes, content_type: str | None = None, *, html: bool = False) -> Decoded:
    """Decode ``data``; ``content_type`` is an HTTP header value, ``html`` enables ``<meta>``."""
    for bom, codec in BOMS:
        if data.startswith(bom):
            return Decoded(data[len(bom):].decode(codec, errors="replace"), f"{codec} (bom)")
    declared = _header_charset(content_type)
    if declared and (text := _strict(data, declared)) is not None:
        return Decoded(text, f"{_name(declared)} (http header)")
    if html and (declared := _meta_charset(data)) and (text := _strict(data, declared)) is not None:
        return Decoded(text, f"{_name(declared)} (meta)")
    if (text := _strict(data, "utf-8")) is not None:
        return Decoded(text, "utf-8")
    return _guess(data)


def looks_arabic(text: str) -> bool:
    """True when nearly all non-ASCII letters of ``text`` are Arabic-block letters."""
    letters = [ch for ch in text if ord(ch) > 127 and ch.isalpha()]
    if not letters:
        return False
    arabic = sum(1 for ch in letters if "\u0600" <= ch <= "\u06ff" or "\ufb50" <= ch <= "\ufeff")
    return arabic / len(letters) >= ARABIC_SHARE


def _guess(data: bytes) -> Decoded:
    """charset-normalizer, then windows-1256, then lossy UTF-8."""
    runs = b" ".join(_NON_ASCII_RUNS.findall(data))
    sample = runs if len(runs) < MOSTLY_ASCII * len(data) else data
    best = from_bytes(sample).best()
    guessed = best.encoding if best is not None else None
    guessed_text = _strict(data, guessed) if guessed else None
    arabic_1256 = _strict(data, "cp1256")
    if arabic_1256 is not None and looks_arabic(arabic_1256) and (
        guessed_text is None or not looks_arabic(guessed_text)
    ):
        return Decoded(arabic_1256, "windows-1256 (looks arabic)")
    if guessed and guessed_text is not None:
        return Decoded(guessed_text, f"{_name(guessed)} (charset-normalizer)")
    return Decoded(data.decode("utf-8", errors="replace"), "utf-8 (lossy)")


def _header_charset(content_type: str | None) -> str | None:
    if not content_type:
        return None
    match = _CHARSET_RE.search(content_type.encode("latin-1", errors="ignore"))
    return match.group(1).decode("ascii") if match else None


def _meta_charset(data: bytes) -> str | None:
    for meta in _META_RE.finditer(data, 0, META_SCAN_BYTES):
        match = _CHARSET_RE.search(meta.group(0))
        if match:
            return match.group(1).decode("ascii")
    return None


def _strict(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except (LookupError, UnicodeDecodeError):
        return None


def _name(encoding: str) -> str:
    """The WHATWG-style label for a codec (``cp1256`` → ``windows-1256``)."""
    try:
        name = codecs.lookup(encoding).name
    except LookupError:
        return encoding.lower()
    if name.startswith("cp125"):
        return "windows-" + name[2:]
    return name
