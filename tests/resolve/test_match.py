"""Quote matching: the seed's calibration points, English, spelling variants, long quotes."""

from __future__ import annotations

from pathlib import Path

import pytest

from provenance.resolve.match import (
    NEAR_VERBATIM,
    NOT_FOUND,
    PARAPHRASE,
    VERBATIM,
    compare,
    verdict_rank,
    word_containment,
)
from provenance.text import normalize_loose

SEED = Path(__file__).resolve().parents[2] / ".." / "shared" / "seed" / "000_ec877a3d0b7e51c8.txt"


@pytest.fixture(scope="module")
def seed_lines() -> list[str]:
    return SEED.read_text(encoding="utf-8").splitlines()


@pytest.fixture(scope="module")
def post_text(seed_lines: list[str]) -> str:
    # Line 6 is the flattened tweet's text.
    return seed_lines[5]


def test_seed_paraphrase_presented_as_quote(post_text: str) -> None:
    quote = "تم انتهاء جولة الحوار الأخيرة مع التحالف والتي بدأت في العام الماضي"
    match = compare(quote, post_text, "e1")
    assert match.verdict == PARAPHRASE
    assert match.source_id == "e1"
    # The evidence is the original's own words, unfolded (hamza on الأخيرة kept).
    assert "جولة الحوار الأخيرة مع التحالف الدولي" in match.matched
    assert match.matched in post_text


@pytest.mark.parametrize(
    "quote",
    [
        "انتهاء المهام القتالية لقوات التحالف وانسحابها من العراق رسمياً",
        "العلاقة مع التحالف الدولي ستستمر في مجال التدريب والاستشارة والتمكين",
    ],
)
def test_seed_near_verbatim_quotes(post_text: str, quote: str) -> None:
    match = compare(quote, post_text, "e1")
    assert match.verdict in (NEAR_VERBATIM, VERBATIM)
    assert match.partial >= 90
    assert match.matched in post_text


def test_quote_from_elsewhere_is_not_found(post_text: str, seed_lines: list[str]) -> None:
    # Line 12's quote (Kadhimi to AP) attributed to the tweet: fabricated as far as it goes.
    quote = "القوات الأمنية العراقية والجيش قادرون على حماية أمن البلاد ومتابعة التصدّي لجيوب داعش"
    assert quote in seed_lines[11]
    match = compare(quote, post_text, "e1")
    assert match.verdict == NOT_FOUND
    assert match.matched == ""
    assert match.partial < 60


def test_topical_fabrication_is_not_found(post_text: str) -> None:
    # Constructed: same topic and half the words, opposite meaning.
    match = compare("التحالف الدولي سيبقى في العراق حتى نهاية العام المقبل", post_text, "e1")
    assert match.verdict == NOT_FOUND


def test_diacritics_and_hamza_variants_are_verbatim(post_text: str) -> None:
    quote = "أنهينا جولةَ الحوارِ الاخيرة مع التحالف الدولي"
    match = compare(quote, post_text, "e1")
    assert match.verdict == VERBATIM
    assert match.partial == 100.0
    assert match.matched == "أنهينا جولة الحوار الأخيرة مع التحالف الدولي"


def test_alef_maqsura_and_teh_marbuta_fold() -> None:
    # Constructed: the source writes ى and ة where the quote writes ي and ه.
    source = "قال مصطفى الكاظمى إن الحكومة مستمرة"
    match = compare("مصطفي الكاظمي قال ان الحكومه مستمره", source, "c1")
    assert match.verdict == NEAR_VERBATIM
    assert compare("الحكومه مستمره", "إن الحكومة مستمرة", "c1").verdict == VERBATIM


ENGLISH_SOURCE = (
    "Today we concluded the last round of the strategic dialogue with the international "
    "coalition, which began last year. The coalition's combat mission in Iraq is over."
)  # constructed


def test_english_verbatim_ignores_case_and_punctuation() -> None:
    match = compare("the Coalition's combat mission in Iraq is over", ENGLISH_SOURCE, "e2")
    assert match.verdict == VERBATIM
    assert match.matched == "The coalition's combat mission in Iraq is over"


def test_english_reordered_is_near_verbatim() -> None:
    match = compare("in Iraq the coalition combat mission is over", ENGLISH_SOURCE, "e2")
    assert match.verdict == NEAR_VERBATIM


def test_english_paraphrase_and_fabrication() -> None:
    paraphrase = compare(
        "the last round of the dialogue with the coalition was finished", ENGLISH_SOURCE, "e2"
    )
    assert paraphrase.verdict == PARAPHRASE
    fabricated = compare("US troops will stay in Baghdad until 2030", ENGLISH_SOURCE, "e2")
    assert fabricated.verdict == NOT_FOUND


def test_quote_much_longer_than_source_is_not_found(post_text: str, seed_lines: list[str]) -> None:
    # The whole post plus two sentences it never had: partial_ratio alone would say 100.
    quote = post_text + " " + seed_lines[11] + " " + seed_lines[12]
    match = compare(quote, post_text, "e1")
    assert match.verdict == NOT_FOUND
    assert match.partial < 50


def test_quote_slightly_longer_than_source_is_a_paraphrase() -> None:
    source = "the coalition's combat mission in Iraq is over"  # constructed
    match = compare(source + " and all troops leave", source, "e2")
    assert match.verdict == PARAPHRASE


def test_empty_inputs_are_not_found() -> None:
    assert compare("", "text", "e1").verdict == NOT_FOUND
    assert compare("...", "text", "e1").verdict == NOT_FOUND
    assert compare("text", "", "e1").verdict == NOT_FOUND


def test_presentation_forms_map_back_to_the_original() -> None:
    # Constructed: a source typed with Arabic presentation forms (one glyph for لا).
    source = "ﻗﺎﺳﻢ ﺍﻷﻋﺮﺟﻲ ﻻ ﻳﻌﻠﻦ"
    match = compare("قاسم الاعرجي لا يعلن", source, "e1")
    assert match.verdict == VERBATIM
    assert match.matched == source


def test_word_containment_tolerates_dropped_conjunction() -> None:
    source = normalize_loose("وستستمر العلاقة مع التحالف")
    assert word_containment(normalize_loose("ستستمر العلاقة"), source) == 1.0
    assert word_containment(normalize_loose("ستنتهي العلاقة"), source) == 0.5


def test_verdict_rank_orders_best_first() -> None:
    assert [verdict_rank(v) for v in (VERBATIM, NEAR_VERBATIM, PARAPHRASE, NOT_FOUND)] == [
        0,
        1,
        2,
        3,
    ]


@pytest.mark.parametrize(
    ("quote", "verdict"),
    [
        # Constructed short quotes: shared letters push partial_ratio past 75 by chance.
        ("قوات الاحتلال", NOT_FOUND),
        ("الحوار فشل", NOT_FOUND),
        ("انتهت المهام القتالية", PARAPHRASE),
    ],
)
def test_short_quotes_need_the_sources_words(post_text: str, quote: str, verdict: str) -> None:
    assert compare(quote, post_text, "e1").verdict == verdict
