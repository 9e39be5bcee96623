"""Citation shapes met in real articles of many outlets that the first rules got wrong.

A measurement on 46 real articles (stored public pages, not kept in the project) found these
shapes; every sentence here is CONSTRUCTED in the same shape, with invented events.
"""

from __future__ import annotations

import pytest

from provenance.detect.citations import find_citations
from provenance.model import CitationRole
from tests.seed_parts import plain_article

R = CitationRole


def summary(text: str) -> list[tuple[str, str, bool]]:
    return [(c.agency, c.role.value, c.is_source)
            for c in find_citations(plain_article(text, "constructed.txt"))]


@pytest.mark.parametrize("text, agency", [
    ("اتهم النائب العام جهات خارجية باختراق موقع وكالة الأنباء القطرية (قنا) الشهر الماضي.",
     "QNA"),
    ("وكشفت التحقيقات أن الاختراق لوكالة الأنباء القطرية تم من خارج البلاد.", "QNA"),
    ("وتعرض موقع وكالة الأنباء الأردنية (بترا) لقرصنة استمرت ساعات.", "Petra"),
    ("نعت وكالة رويترز مقتل مصور صحفي من طاقمها في الجنوب.", "Reuters"),
])
def test_the_agency_as_the_story_is_its_subject(text: str, agency: str) -> None:
    assert summary(text) == [(agency, "subject", False)]


def test_a_photo_cue_on_the_line_before() -> None:
    text = "وقال الوزير إن الطريق مغلق.\nتصوير :\nأ.ف.ب\nوأضاف أن العمل مستمر."
    assert summary(text) == [("AFP", "photo_credit", False)]


def test_a_photographer_then_the_agency_is_a_photo_credit() -> None:
    text = "وقال الوزير إن الطريق مغلق أمام الشاحنات.\nتصوير: أحمد علي / أ ف ب"
    assert summary(text) == [("AFP", "photo_credit", False)]


@pytest.mark.parametrize("month", ["Jan.", "Feb.", "Aug.", "Sept.", "Dec."])
def test_an_abbreviated_month_does_not_end_the_dateline_lead(month: str) -> None:
    text = f"CAIRO, {month} 5 (Xinhua) -- Officials said the road was closed."
    assert summary(text) == [("Xinhua", "dateline", True)]


def test_to_tell_an_agency_is_an_interview() -> None:
    text = "Residents came forward to tell AFP of the flooding in the valley."
    assert summary(text) == [("AFP", "interview", True)]


def test_xinhuanet_is_xinhua() -> None:
    assert summary("The minister spoke on Monday.\n(Xinhuanet 19/04/2011)")[0][0] == "Xinhua"


def test_an_abbreviation_another_named_agency_signs_with_is_not_ina() -> None:
    text = ("واع / البصرة/ م . ع\nوذكر المصدر لـ(وكالة أنباء الإعلام العراقي /واع) ان الطريق "
            "مغلق.")
    assert [a for a, _, _ in summary(text)] == []
    assert summary("بغداد - واع - أعلنت الوزارة إغلاق الطريق.") == [("INA", "dateline", True)]


def test_ap_spelled_in_arabic_letters_after_the_agency_word() -> None:
    assert summary('وقالت وكالة "أي بي" الأميركية إن الطريق مغلق.')[0][0] == "AP"


def test_the_cue_before_an_agency_word_reaches_its_bracketed_name() -> None:
    text = ("وقال النائب العام إن “اختراق موقع وكالة الأنباء (قنا) نفذته جهات خارجية“.")
    assert summary(text) == [("QNA", "subject", False)]
    text = "وأفادت وكالة الأنباء (قنا) بأن الطريق مغلق."
    assert summary(text) == [("QNA", "attribution", True)]
