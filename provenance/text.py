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
from functools import lru_cache
from itertools import groupby

#: Harakat (U+064B–U+0652), superscript alef (U+0670), tatweel (U+0640), Quranic marks.
_STRIP = re.compile("[\u064b-\u0652\u0670\u0640\u06d6-\u06ed]")
#: Presentation forms only need NFKC when they occur; NFKC elsewhere would fold too much.
_PRESENTATION = re.compile("[\ufb50-\ufdff\ufe70-\ufeff]")
_SPACES = re.compile(r"\s+")
#: Characters :func:`fold_with_offsets` cannot fold one-for-one: marks it drops, presentation
#: forms NFKC may expand, and the joiners/direction marks :data:`FOLD` deletes.
_SPECIAL = re.compile("[\u064b-\u0652\u0670\u0640\u06d6-\u06ed\ufb50-\ufdff\ufe70-\ufeff"
                      "\u200c-\u200f]")
#: Strings longer than this are normalised without memoising (article bodies, not names).
CACHE_MAX_LEN = 300
#: How many distinct short strings each memoised function remembers.
CACHE_SIZE = 1 << 16

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

#: The one-for-one part of :data:`FOLD` as (variant, folded) pairs. No folded character is
#: itself a variant, so replacing them one after another equals the simultaneous translation;
#: ``str.replace`` scans in C, where ``str.translate`` with a dict looks up every character.
_FOLD_PAIRS = tuple((chr(k), v) for k, v in FOLD.items() if isinstance(v, str) and len(v) == 1)
#: The characters :data:`FOLD` deletes (joiners and direction marks).
_FOLD_DELETED = tuple(chr(k) for k, v in FOLD.items() if v is None)


def fold_letters(text: str) -> str:
    """Fold the letter and digit variants of ``text`` one for one (``أكد`` → ``اكد``).

    ``text.translate(FOLD)`` for text without the joiners :data:`FOLD` deletes; offsets do
    not move, so an article folded whole splits into its paragraphs' folded letters.
    """
    for variant, folded in _FOLD_PAIRS:
        text = text.replace(variant, folded)
    return text


#: Digits only (for parsing numbers out of Arabic text without folding letters).
DIGITS = str.maketrans({chr(k): v for k, v in FOLD.items() if chr(k) in
                        "٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹"})


def normalize(text: str) -> str:
    """Fold Arabic spelling variants, diacritics and digits; collapse whitespace.

    >>> normalize("قاسمُ الأَعْرَجِيّ") == normalize("قاسم الاعرجي")
    True
    """
    # Names and phrases recur across an article: fold each short string once.
    return _normalize_short(text) if len(text) <= CACHE_MAX_LEN else _normalize(text)


def _normalize(text: str) -> str:
    if _PRESENTATION.search(text):
        text = unicodedata.normalize("NFKC", text)
    text = fold_letters(_STRIP.sub("", text))
    for deleted in _FOLD_DELETED:
        text = text.replace(deleted, "")
    return _SPACES.sub(" ", text).strip()


_normalize_short = lru_cache(maxsize=CACHE_SIZE)(_normalize)


class _PunctuationToSpace(dict[int, str]):
    """A ``str.translate`` table that turns punctuation and symbols into spaces.

    Filled lazily, one entry per distinct character met, so the Unicode category of each
    character is looked up once per process instead of once per occurrence.
    """

    def __missing__(self, code: int) -> str:
        char = chr(code)
        value = " " if unicodedata.category(char)[0] in "PS" else char
        self[code] = value
        return value


_PUNCTUATION_TO_SPACE = _PunctuationToSpace()


def normalize_loose(text: str) -> str:
    """:func:`normalize`, lower-cased, with punctuation turned into spaces (for fuzzy matching)."""
    if len(text) <= CACHE_MAX_LEN:
        return _normalize_loose_short(text)
    return _normalize_loose(text)


def _normalize_loose(text: str) -> str:
    text = normalize(text).casefold().translate(_PUNCTUATION_TO_SPACE)
    return _SPACES.sub(" ", text).strip()


_normalize_loose_short = lru_cache(maxsize=CACHE_SIZE)(_normalize_loose)


# --------------------------------------------------------------------------- offsets

def _as_is(text: str) -> str:
    return text


def special_offsets(text: str) -> list[int]:
    """Offsets of the characters folding does not keep one for one (marks, joiners and
    presentation forms); none means the folded letters (:func:`fold_letters`) sit at the
    offsets they came from and no offset map is needed.

    One scan of a whole article serves all its paragraphs.
    """
    return [match.start() for match in _SPECIAL.finditer(text)]


def drop_marks(letters_folded: str, specials: list[int]) -> str | None:
    """:func:`fold_with_offsets` of :func:`fold_letters` output that only drops characters.

    ``specials`` are the :func:`special_offsets` of ``letters_folded``. Marks, tatweel and
    joiners are dropped, and their offsets map any folded offset back without a map entry per
    character. None when a presentation form occurs (NFKC may expand it).
    """
    if _PRESENTATION.search("".join([letters_folded[at] for at in specials])):
        return None
    kept = [letters_folded[a + 1:b] for a, b in zip([-1, *specials],
                                                    [*specials, len(letters_folded)], strict=True)]
    return "".join(kept)


def fold_with_offsets(text: str, letters_folded: bool = False) -> tuple[str, tuple[int, ...]]:
    """Fold ``text`` like :func:`normalize` but keep every character's place.

    Returns the folded string and, for each of its characters, the offset in ``text`` it came
    from, so patterns written in folded spelling (``اكد`` for ``أكّد``) can be matched and their
    positions mapped back. Whitespace is kept as it is (not collapsed) and nothing is stripped
    at the ends. ``letters_folded`` says ``text`` is :func:`fold_letters` output already (cut
    from an article folded whole): only marks, joiners and presentation forms are left to do,
    and the offsets are those of the original text.
    """
    fold_run = _as_is if letters_folded else fold_letters
    out: list[str] = []
    where: list[int] = []
    at = 0
    # Runs between special characters fold one character for one, so they are translated
    # whole; only the rare marks, joiners and presentation forms take the slow path.
    for match in _SPECIAL.finditer(text):
        index = match.start()
        if index > at:
            out.append(fold_run(text[at:index]))
            where.extend(range(at, index))
        at = index + 1
        char = match.group()
        if not _PRESENTATION.match(char):
            continue  # a diacritic, tatweel or joiner: dropped
        for part in unicodedata.normalize("NFKC", char):
            folded = part.translate(FOLD)
            out.append(folded)
            where.extend([index] * len(folded))
    if at < len(text):
        out.append(fold_run(text[at:]))
        where.extend(range(at, len(text)))
    return "".join(out), tuple(where)


# --------------------------------------------------------------------------- names

#: Arabic letter → consonant class shared with Latin spellings. Letters mapped to "" are vowels
#: or letters that Latin spellings drop or write as vowels (ا و ي ع ء ة), so that
#: ``قاسم الاعرجي`` and ``qassimalaraji`` both reduce to ``ksmlrj``.
ARABIC_SKELETON = {
    "ا": "", "أ": "", "إ": "", "آ": "", "ٱ": "", "ء": "", "ئ": "", "ؤ": "", "ى": "", "ي": "",
    "و": "", "ع": "", "ة": "", "ب": "b", "ت": "t", "ط": "t", "ث": "t", "ج": "j", "ح": "h",
    "ه": "h", "خ": "x", "د": "d", "ذ": "d", "ض": "d", "ظ": "d", "ز": "d", "ر": "r", "س": "s",
    "ص": "s", "ش": "c", "غ": "g", "ف": "f", "ق": "k", "ك": "k", "ل": "l", "م": "m", "ن": "n",
    "پ": "b", "چ": "c", "گ": "j", "ڤ": "f", "ی": "", "ک": "k",
}
#: Latin digraphs first (longest first), then single letters, mapped to the same classes.
#: ``g`` joins ``j`` because Egyptian and Gulf spellings write ج as g; ``q``/``c`` join ``k``.
LATIN_SKELETON = (
    ("sch", "c"), ("kh", "x"), ("sh", "c"), ("ch", "c"), ("th", "t"), ("dh", "d"), ("gh", "g"),
    ("ph", "f"), ("ou", ""), ("ee", ""), ("oo", ""),
    ("a", ""), ("e", ""), ("i", ""), ("o", ""), ("u", ""), ("y", ""), ("w", ""),
    ("q", "k"), ("c", "k"), ("g", "j"), ("z", "d"), ("v", "f"), ("p", "b"), ("x", "ks"),
)
_LATIN_SKELETON_RE = re.compile("|".join(re.escape(k) for k, _ in LATIN_SKELETON))
_LATIN_SKELETON_MAP = dict(LATIN_SKELETON)
#: The most common single Latin spelling of each Arabic letter (for :func:`transliterate`).
ARABIC_TO_LATIN = {
    "ا": "a", "أ": "a", "إ": "i", "آ": "a", "ٱ": "a", "ء": "'", "ئ": "'", "ؤ": "'", "ى": "a",
    "ي": "i", "و": "w", "ع": "'", "ة": "a", "ب": "b", "ت": "t", "ط": "t", "ث": "th", "ج": "j",
    "ح": "h", "ه": "h", "خ": "kh", "د": "d", "ذ": "dh", "ض": "d", "ظ": "dh", "ز": "z", "ر": "r",
    "س": "s", "ص": "s", "ش": "sh", "غ": "gh", "ف": "f", "ق": "q", "ك": "k", "ل": "l", "م": "m",
    "ن": "n",
}
_ARABIC_LETTER = re.compile("[\u0600-\u06ff]")
#: ``fuzz.ratio`` of two loose spellings at which :func:`same_person` takes them for one name.
SPELLING_RATIO = 90.0
#: ``fuzz.ratio`` of consonant skeletons at which a name matches across scripts or a handle.
SKELETON_RATIO = 85.0
#: ``fuzz.partial_ratio`` at which a handle holds a name's whole skeleton among other letters.
HANDLE_PARTIAL_RATIO = 95.0
#: Handles often wrap the name in words that are not part of it.
HANDLE_NOISE = ("official", "real", "the", "iq", "gov", "news", "media")


def transliterate(name: str) -> str:
    """Spell an Arabic name in Latin letters the most common way, without short vowels.

    Latin input is only lower-cased. The article ``ال`` becomes ``al-``.

    >>> transliterate("قاسم الأعرجي")
    "qasm al-a'rji"
    """
    words = []
    for word in normalize(name).split():
        if not _ARABIC_LETTER.search(word):
            words.append(word.casefold())
            continue
        prefix = ""
        if word.startswith("ال") and len(word) > 3:
            prefix, word = "al-", word[2:]
        words.append(prefix + "".join(ARABIC_TO_LATIN.get(ch, ch) for ch in word))
    return " ".join(words)


#: Everything :func:`name_skeleton` ignores: all but Latin letters and classed Arabic ones.
_SKELETON_IGNORED = re.compile("[^a-z" + "".join(ARABIC_SKELETON) + "]+")
_ARABIC_SKELETON_TABLE = str.maketrans(ARABIC_SKELETON)


def _latin_class(match: re.Match[str]) -> str:
    return _LATIN_SKELETON_MAP[match.group(0)]


@lru_cache(maxsize=CACHE_SIZE)
def name_skeleton(text: str) -> str:
    """Reduce a name or handle in Arabic or Latin script to its consonant classes.

    Short vowels are not written in Arabic and are spelt freely in Latin, so only consonants
    are kept, doubled letters collapse, and letters Latin writers confuse share a class.
    """
    kept = _SKELETON_IGNORED.sub("", normalize(text).casefold())
    # Latin digraphs are read before the Arabic letters become classes: a digraph never spans
    # an Arabic letter, and the Latin letters the classes are written in are not read again.
    latin_read = _LATIN_SKELETON_RE.sub(_latin_class, kept)
    return "".join(letter for letter, _ in groupby(latin_read.translate(_ARABIC_SKELETON_TABLE)))


def writes_arabic(text: str) -> bool:
    """True when ``text`` holds an Arabic letter (the script :func:`same_person` tells apart)."""
    return bool(_ARABIC_LETTER.search(text))


@lru_cache(maxsize=CACHE_SIZE)
def name_forms(name: str) -> frozenset[str]:
    """Skeletons of the ways a handle may spell ``name``: whole, without ``ال``, parts."""
    words = normalize(name).split()
    bare = [w[2:] if w.startswith("ال") and len(w) > 3 else w for w in words]
    forms = {" ".join(words), " ".join(bare)}
    if len(words) > 1:
        forms |= {words[-1], bare[-1], words[0] + " " + words[-1], bare[0] + " " + bare[-1],
                  words[-1] + " " + words[0], bare[-1] + " " + bare[0]}
    return frozenset(s for s in (name_skeleton(f) for f in forms) if len(s) >= 3)


@lru_cache(maxsize=CACHE_SIZE)
def name_matches_handle(name: str, handle: str) -> bool:
    """Tell whether a handle (``qassimalaraji``) spells a person's name (``قاسم الأعرجي``).

    Compares consonant skeletons with rapidfuzz, so Arabic names match their usual Latin
    spellings (ق→q/k, ج→j/g, الـ→al/el/omitted, vowels free) and Latin names match too.
    """
    from rapidfuzz import fuzz

    target = handle_skeleton(handle)
    if len(target) < 3:
        return False
    for form in name_forms(name):
        # Three-consonant skeletons (a bare surname) only count when exact or after initials.
        if len(form) == 3:
            if target == form or (target.endswith(form) and len(target) - len(form) <= 2):
                return True
            continue
        if fuzz.ratio(form, target) >= SKELETON_RATIO:
            return True
        # A handle may add a prefix or suffix (``PM`` + name): the whole name must be inside.
        if (len(form) >= 5 and len(target) > len(form)
                and fuzz.partial_ratio(form, target) >= HANDLE_PARTIAL_RATIO):
            return True
    return False


@lru_cache(maxsize=CACHE_SIZE)
def handle_skeleton(handle: str) -> str:
    """The consonant skeleton of a handle without ``@``, digits, ``_`` and trailing noise words
    (``@QassimAlAraji_IQ`` → ``ksmlrj``): what :func:`name_matches_handle` compares."""
    cleaned = handle.lstrip("@").casefold()
    for noise in HANDLE_NOISE:
        if cleaned.endswith(noise) and len(cleaned) > len(noise) + 3:
            cleaned = cleaned[: -len(noise)]
    return name_skeleton(re.sub(r"[\d_]+", "", cleaned))


@lru_cache(maxsize=CACHE_SIZE)
def same_person(a: str, b: str) -> bool:
    """Tell whether two written names can refer to the same person.

    True for spelling variants (``قاسم الأعرجي`` / ``قاسم الاعرجي``), for a surname against
    the full name (``الأعرجي`` / ``قاسم الأعرجي``), and across scripts by consonant skeleton
    (``Mustafa al-Kadhimi`` / ``مصطفى الكاظمي``).
    """
    from rapidfuzz import fuzz

    left, right = normalize_loose(a), normalize_loose(b)
    if not left or not right:
        return False
    if left == right:
        return True
    short, long_ = sorted((left.split(), right.split()), key=len)
    if len(short) < len(long_) and short == long_[-len(short):]:
        return True
    if fuzz.ratio(left, right) >= SPELLING_RATIO:
        return True
    if writes_arabic(left) != writes_arabic(right):
        sk_left, sk_right = name_skeleton(left), name_skeleton(right)
        if min(len(sk_left), len(sk_right)) >= 4:
            return fuzz.ratio(sk_left, sk_right) >= SKELETON_RATIO
    return False
