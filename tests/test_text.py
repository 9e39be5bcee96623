"""Name handling in provenance.text: offsets-preserving folding, transliteration, name↔handle.

Names and handles are constructed for these tests, except the seed's ``قاسم الاعرجي`` /
``qassimalaraji`` pair.
"""

from __future__ import annotations

import pytest

from provenance.text import (
    fold_with_offsets,
    name_matches_handle,
    name_skeleton,
    normalize,
    normalize_loose,
    same_person,
    transliterate,
)


def test_fold_with_offsets_maps_back():
    text = "وأكّدَ الأعرجيُ"
    folded, where = fold_with_offsets(text)
    assert folded == "واكد الاعرجي"
    assert len(where) == len(folded)
    start = folded.index("الاعرجي")
    assert text[where[start]:where[-1] + 1] == "الأعرجيُ"[:-1]


def test_fold_with_offsets_agrees_with_normalize():
    text = "مستشـــار  الأمن ﻗﺎﺳﻢ ٢٠٢١"
    folded, _ = fold_with_offsets(text)
    assert " ".join(folded.split()) == normalize(text)


def test_transliterate():
    assert transliterate("قاسم الأعرجي") == "qasm al-a'rji"
    assert transliterate("John Smith") == "john smith"


def test_skeleton_of_name_and_handle_agree():
    assert name_skeleton("قاسم الاعرجي") == name_skeleton("qassimalaraji") == "ksmlrj"


@pytest.mark.parametrize("name,handle", [
    ("قاسم الأعرجي", "qassimalaraji"),       # the seed
    ("قاسم الاعرجي", "@qassimalaraji"),
    ("قاسم الأعرجي", "AlArajiQasim"),        # surname first
    ("مصطفى الكاظمي", "MAKadhimi"),          # initials + surname
    ("مصطفى الكاظمي", "Mustafa_Kadhimi"),     # no article, underscore
    ("مصطفى الكاظمي", "alkadhimi"),
    ("برهم صالح", "BarhamSalih"),
    ("جمال عبد الناصر", "gamal_abdelnasser"),  # ج as g, عبد as abdel
    ("خالد الشمري", "khaled_alshammari"),
    ("سعد معن", "saadmaan"),
    ("John Bremer", "JohnBremer"),
    ("جون بريمر", "JohnBremer"),
])
def test_name_matches_handle(name, handle):
    assert name_matches_handle(name, handle)


@pytest.mark.parametrize("name,handle", [
    ("برهم صالح", "qassimalaraji"),
    ("سعد معن", "qassimalaraji"),
    ("قاسم الأعرجي", "KSAMOFA"),
    ("مصطفى الكاظمي", "BarhamSalih"),
    ("علي", "ali_news_2020"),  # a three-consonant skeleton needs an exact match
    ("قاسم الأعرجي", "_"),
])
def test_name_does_not_match_other_handles(name, handle):
    assert not name_matches_handle(name, handle)


@pytest.mark.parametrize("a,b,expected", [
    ("قاسم الأعرجي", "قاسم الاعرجي", True),
    ("الأعرجي", "قاسم الاعرجي", True),
    ("مصطفى الكاظمى", "مصطفى الكاظمي", True),
    ("Mustafa al-Kadhimi", "مصطفى الكاظمي", True),
    ("برهم صالح", "مصطفى الكاظمي", False),
    ("صالح", "برهم صالح", True),
    ("محمد صالح", "برهم صالح", False),
    ("", "برهم صالح", False),
])
def test_same_person(a, b, expected):
    assert same_person(a, b) is expected


# --------------------------------------------------------------------------- speed (constructed)

def _fold_one_by_one(text):
    """The definition of fold_with_offsets, one character at a time (the reference)."""
    import unicodedata

    from provenance.text import FOLD

    strip = set(chr(c) for c in range(0x064B, 0x0653)) | {"\u0670", "\u0640"} | {
        chr(c) for c in range(0x06D6, 0x06EE)}
    out, where = [], []
    for index, char in enumerate(text):
        if char in strip:
            continue
        presentation = "\ufb50" <= char <= "\ufdff" or "\ufe70" <= char <= "\ufeff"
        piece = unicodedata.normalize("NFKC", char) if presentation else char
        for part in piece:
            folded = part.translate(FOLD)
            out.append(folded)
            where.extend([index] * len(folded))
    return "".join(out), tuple(where)


@pytest.mark.parametrize("text", [
    "",
    "plain ascii, nothing to fold",
    "وأكّدَ الأعرجيُ",                                  # marks dropped mid-word
    "ـــمستشـــار",                                      # tatweel at the start
    "ﻗﺎﺳﻢ ﷲ ﱞ",                                          # presentation forms, a ligature
    "a\u200cb\u200d\u200e\u200fc",                       # joiners and direction marks only
    "٢٠٢١ ۱۴۰۰ إلى آخر ى ة ؤ ئ ک ی",                      # digits and letter variants
    "قال:\u064b«نعم»ً",                                   # a mark right after punctuation
])
def test_fold_with_offsets_matches_the_character_by_character_definition(text):
    assert fold_with_offsets(text) == _fold_one_by_one(text)


def test_fold_with_offsets_on_a_long_line_is_exact():
    text = "وأكّدَ ﻗﺎﺳﻢ\u200c الأعرجيُ، ٢٠٢١ " * 2000
    folded, where = fold_with_offsets(text)
    assert (folded, where) == _fold_one_by_one(text)
    assert len(where) == len(folded)


def test_normalize_loose_turns_punctuation_and_symbols_into_spaces():
    assert normalize_loose("«قال» الوزيرُ: نعم!!") == "قال الوزير نعم"
    assert normalize_loose("Press-Conference $5 (AFP)") == "press conference 5 afp"


def test_long_text_normalises_like_short_text():
    # Long strings skip the memo; both paths must agree.
    piece = "قاسمُ الأَعْرَجِيّ، «قال»  "
    long_text = piece * 100
    assert len(long_text) > 300
    assert normalize(long_text) == " ".join([normalize(piece)] * 100)
    assert normalize_loose(long_text) == " ".join([normalize_loose(piece)] * 100)


def test_name_comparisons_are_memoised():
    # The claim detector compares the same few names thousands of times on a long article.
    same_person.cache_clear()
    for _ in range(50):
        assert same_person("الأعرجي", "قاسم الأعرجي")
    info = same_person.cache_info()
    assert info.misses == 1
    assert info.hits == 49


def test_letter_folding_by_replacement_equals_the_translation_table():
    from provenance.text import _FOLD_DELETED, _FOLD_PAIRS, FOLD, fold_letters

    # Replacing one variant after another is only the simultaneous translation when no folded
    # letter is itself a variant.
    assert not {folded for _, folded in _FOLD_PAIRS} & {variant for variant, _ in _FOLD_PAIRS}
    variants = "".join(chr(code) for code in FOLD if chr(code) not in _FOLD_DELETED)
    text = f"قال {variants} said ٢٠٢١ {variants[::-1]}"
    assert fold_letters(text) == text.translate(FOLD)
    assert normalize(f"ق\u200cال {variants}") == normalize(f"قال {variants}")


@pytest.mark.parametrize("text", [
    "وأكّدَ ﻗﺎﺳﻢ\u200c الأعرجيُ، ٢٠٢١ ﷲ",
    "plain ascii",
    "",
    "ـــمستشـــار إلى آخر ى ة ؤ ئ ک ی",
])
def test_folding_letters_first_then_the_rest_equals_folding_at_once(text):
    from provenance.text import fold_letters

    assert fold_with_offsets(fold_letters(text), letters_folded=True) == fold_with_offsets(text)
