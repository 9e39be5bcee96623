"""The name indexes leave out only pairs the judges reject, and keep name work linear.

Every name, handle and article here is constructed: spelling variants, surnames, Latin
spellings and made-up people, not taken from articles.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

import pytest
from rapidfuzz import fuzz

from provenance import text as text_module
from provenance.detect.citations import find_citations
from provenance.detect.claims import find_claims
from provenance.detect.embeds import find_embeds
from provenance.load import load_bytes
from provenance.name_index import READ_WHOLE_MAX, HandleIndex, NameIndex, length_band
from provenance.text import (
    name_forms,
    name_matches_handle,
    normalize_loose,
    same_person,
    transliterate,
)

#: Constructed names: full names, surnames, compound surnames, spelling variants and Latin.
NAMES = [
    "قاسم الأعرجي", "قاسم الاعرجي", "الأعرجي", "قاسمُ الأَعْرَجِيّ", "مصطفى الكاظمي",
    "مصطفى الكاظمى", "الكاظمي", "Mustafa al-Kadhimi", "Moustafa Kazimi", "برهم صالح", "صالح",
    "محمد صالح", "Barham Salih", "عبد الغني", "محمد عبد الغني", "أحمد عبد الغنى", "جون بريمر",
    "John Brimmer", "Brimmer", "سعد معن", "سعد معين", "معن", "Saad Maan", "علي", "Ali",
    "فؤاد حسين", "فواد حسين", "حسين", "Fuad Hussein", "نيجيرفان بارزاني", "نيجرفان البارزاني",
    "Nechirvan Barzani", "بارزاني", "", "—",
]
#: Constructed handles: whole names, initials, prefixes, suffixes and noise words.
HANDLES = [
    "qassimalaraji", "QassimAlAraji_IQ", "PM_QassimAlaraji", "alaraji", "KadhimiMustafa",
    "MAKadhimi", "BarhamSalih", "salih_news", "FuadHussein1", "j_brimmer", "brimmerjohn",
    "SaadMaan", "ali_news_2020", "ali", "NechirvanBarzani", "barzanioffici", "KSAMOFA", "_",
    "PrimeMinisterMustafaAlKadhimi", "IraqPMMustafaKadhimi",
]


def _perturbed(name: str) -> list[str]:
    """A dropped, a doubled and a swapped letter: what fuzzy spellings look like."""
    if len(name) < 4:
        return []
    k = len(name) // 2
    return [name[:k] + name[k + 1:], name[:k] + name[k] + name[k:],
            name[:k - 1] + name[k] + name[k - 1] + name[k + 1:]]


ALL_NAMES = NAMES + [variant for name in NAMES for variant in _perturbed(name)]


#: Both ways a table finds near strings: by its grams (0), and read whole (the default).
READ_WHOLE = pytest.mark.parametrize("read_whole", [0, READ_WHOLE_MAX])


@READ_WHOLE
def test_name_candidates_hold_every_pair_same_person_accepts(read_whole: int) -> None:
    index = NameIndex(ALL_NAMES, read_whole_max=read_whole)
    pairs = kept = 0
    ways: Counter[str] = Counter()
    for query in ALL_NAMES:
        candidates = index.candidates(query)
        assert candidates == sorted(set(candidates))
        for at, name in enumerate(ALL_NAMES):
            if same_person(query, name):
                pairs += 1
                assert at in candidates, (query, name)
                ways[_way(query, name)] += 1
        kept += len(candidates)
    # Every way same_person accepts a pair was met, and most pairs were never judged.
    assert set(ways) == {"equal", "last words", "spelling", "across scripts"}
    assert pairs < kept < len(ALL_NAMES) ** 2 / 3


def _way(a: str, b: str) -> str:
    """Which test of same_person accepts the pair (the first that does)."""
    left, right = normalize_loose(a), normalize_loose(b)
    if left == right:
        return "equal"
    if left.split()[-1] == right.split()[-1]:
        return "last words"
    return "spelling" if fuzz.ratio(left, right) >= 90 else "across scripts"


@READ_WHOLE
def test_name_matches_equal_the_judged_names_in_order(read_whole: int) -> None:
    index = NameIndex(ALL_NAMES, read_whole_max=read_whole)
    for query in ALL_NAMES:
        expected = [at for at, name in enumerate(ALL_NAMES) if same_person(query, name)]
        assert list(index.matches(query)) == expected
    assert index.judged < len(ALL_NAMES) ** 2 / 3


@READ_WHOLE
def test_handle_candidates_hold_every_pair_the_handle_judge_accepts(read_whole: int) -> None:
    handles = HANDLES + [re.sub(r"\W", "", transliterate(name))[:15] for name in NAMES]
    index = HandleIndex(handles, read_whole_max=read_whole)
    pairs = kept = 0
    ways: Counter[str] = Counter()
    for query in ALL_NAMES:
        candidates = index.candidates(query)
        for at, handle in enumerate(handles):
            if name_matches_handle(query, handle):
                pairs += 1
                assert at in candidates, (query, handle)
                ways[_handle_way(query, handle)] += 1
        kept += len(candidates)
        assert index.matches(query) == {at for at, handle in enumerate(handles)
                                        if name_matches_handle(query, handle)}
    assert set(ways) == {"ending", "ratio", "inside"}
    assert pairs < kept < len(ALL_NAMES) * len(handles) / 3
    assert index.judged == kept


def _handle_way(name: str, handle: str) -> str:
    """Which test of name_matches_handle accepts the pair."""
    target = text_module.handle_skeleton(handle)
    forms = name_forms(name)
    if any(len(form) > 3 and fuzz.ratio(form, target) >= 85 for form in forms):
        return "ratio"
    if any(len(form) == 3 and target.endswith(form) for form in forms):
        return "ending"
    return "inside"


@pytest.mark.parametrize("length", range(1, 60))
@pytest.mark.parametrize("ratio", [85.0, 90.0])
def test_length_band_holds_every_length_the_ratio_allows(length: int, ratio: float) -> None:
    band = length_band(length, ratio)
    for other in range(1, 3 * length + 3):
        # The best ratio two strings of these lengths can have: one inside the other.
        best = fuzz.ratio("a" * length, "a" * other)
        assert (other in band) or best < ratio


# --------------------------------------------------------------------------- linear work

#: Syllables of made-up names (constructed): a consonant and a long vowel, 84 of them, so
#: that made-up people are about as unlike each other as real ones.
SYLLABLES = tuple(c + v for c in "بتثجحخدذرزسشصضطظعغفقكلمنهوي" for v in "اوي")
#: Made-up words of three syllables, and a prime that scatters consecutive numbers over them.
WORDS, SCATTER = len(SYLLABLES) ** 3, 7919


def _made_up(number: int) -> str:
    """A made-up name word; neighbouring numbers give unlike words."""
    n = number * SCATTER % WORDS
    return "".join(SYLLABLES[n // len(SYLLABLES) ** k % len(SYLLABLES)] for k in range(3))


def _article_of_people(people: int) -> str:
    """A constructed live blog: each person is named, quoted by surname and posts once."""
    parts = []
    for person in range(people):
        given, family = _made_up(2 * person), "ال" + _made_up(2 * person + 1)
        handle = re.sub(r"\W", "", transliterate(f"{given} {family}"))[:15]
        parts.append(
            f'قال الوزير {given} {family} إن "الاجتماع انتهى اليوم في بغداد بعد جولة طويلة".\n'
            f'وأضاف {family} أن "الحوار سيستمر في الأسابيع المقبلة بين جميع الأطراف".\n'
            f"الحوار سيستمر في الأسابيع المقبلة.\n"
            f"— {given} {family} (@{handle}) December 9, 2021\n")
    return "".join(parts)


def _judged(monkeypatch: pytest.MonkeyPatch, people: int) -> tuple[Counter[str], int]:
    """Calls each name judge gets for an article of ``people`` people, and its claims."""
    counts: Counter[str] = Counter()
    for name in ("same_person", "name_matches_handle"):
        original = getattr(text_module, name)

        def counting(*args: Any, _name: str = name, _original: Any = original) -> Any:
            counts[_name] += 1
            return _original(*args)

        monkeypatch.setattr(text_module, name, counting)
    article = load_bytes(_article_of_people(people).encode("utf-8"), "constructed", fmt="text")
    embeds, mentions = find_embeds(article)
    claims = find_claims(article, embeds, find_citations(article), mentions)
    monkeypatch.undo()
    assert len(embeds) == people
    return counts, len(claims)


def test_name_judging_grows_linearly_with_distinct_people(
        monkeypatch: pytest.MonkeyPatch) -> None:
    # Every surname against every name, and every speaker against every post, made all pairs
    # of people: 16x the calls for 4x the people.
    few, claims_few = _judged(monkeypatch, 40)
    many, claims_many = _judged(monkeypatch, 160)
    assert claims_few == 80 and claims_many == 320
    assert few["same_person"] >= 40
    assert many["same_person"] <= 6 * few["same_person"]
    # Handle skeletons are a few consonants, so unlike people share more of them as they grow
    # in number; still only a small share of the speaker-post pairs is judged.
    assert many["name_matches_handle"] <= 160 * 160 / 20
