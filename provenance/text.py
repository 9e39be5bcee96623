"""Arabic-aware text normalisation and similarity.

One small function instead of pyarabic or camel-tools (see ``shared/reference/libraries.md`` §7):
pyarabic's alef normaliser maps ى to ا, and camel-tools costs gigabytes. The mapping below is the
set of spelling variants real articles disagree on (hamza seats, alef maqsura, ta marbuta,
diacritics, tatweel, Persian letters and digits), so that ``قاسم الأعرجي`` and ``قاسم الاعرجي``
compare equal.
"""

from __future__ import annotations

import re
import unicodedata

#: Harakat (U+064B–U+0652), superscript alef (U+0670), tatweel (U+0640), Quranic marks.
_STRIP = re.compile("[\u064b-\u0652\u0670\u0640\u06d6-\u06ed]")
#: Presentation forms only need NFKC when they occur; NFKC elsewhere would fold too much.
_PRESENTATION = re.compile("[\ufb50-\ufdff\ufe70-\ufeff]")
_SPACES = re.compile(r"\s+")

#: Letter and digit variants folded to one spelling for matching.
FOLD = str.maketrans(
    {
        "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا",
        "ى": "ي", "ی": "ي", "ئ": "ي",
        "ة": "ه",
        "ؤ": "و",
        "ک": "ك",
        "٠": "0", "١": "1", "٢": "2", "٣": "3", "٤": "4",
        "٥": "5", "٦": "6", "٧": "7", "٨": "8", "٩": "9",
        "۰": "0", "۱": "1", "۲": "2", "۳": "3", "۴": "4",
        "۵": "5", "۶": "6", "۷": "7", "۸": "8", "۹": "9",
        "\u200c": None, "\u200d": None, "\u200e": None, "\u200f": None,
    }
)

#: Digits only (for parsing numbers out of Arabic text without folding letters).
DIGITS = str.maketrans({k: v for k, v in FOLD.items() if isinstance(k, str) and k in
                        "٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹"})


def normalize(text: str) -> str:
    """Fold Arabic spelling variants, diacritics and digits; collapse whitespace.

    >>> normalize("قاسمُ الأَعْرَجِيّ") == normalize("قاسم الاعرجي")
    True
    """
    if _PRESENTATION.search(text):
        text = unicodedata.normalize("NFKC", text)
    text = _STRIP.sub("", text).translate(FOLD)
    return _SPACES.sub(" ", text).strip()


def normalize_loose(text: str) -> str:
    """:func:`normalize`, lower-cased, with punctuation turned into spaces (for fuzzy matching)."""
    text = normalize(text).casefold()
    text = "".join(" " if unicodedata.category(ch)[0] in "PS" else ch for ch in text)
    return _SPACES.sub(" ", text).strip()
