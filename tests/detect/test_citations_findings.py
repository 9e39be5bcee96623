"""What an agency found out itself (a document it obtained, a count it made) is its report.

These shapes were probed with CONSTRUCTED sentences (invented events), not taken from a sample:
a source is reported through what the agency saw, counted or obtained as much as through what
it said, and a sentence that stops short of that (it could not verify) still names no source.
"""

from __future__ import annotations

import pytest

from tests.seed_parts import citation_summary as summary


@pytest.mark.parametrize("text, agency", [
    ("According to a tally by Reuters, at least 40 people died in the floods.", "Reuters"),
    ("A survey conducted by Bloomberg showed output fell in March.", "Bloomberg"),
    ("The Associated Press has learned that the plan was dropped.", "AP"),
    ("Anadolu Agency obtained a copy of the letter, which says the talks failed.", "Anadolu"),
    ("AFP counted six bodies at the hospital.", "AFP"),
    ("واطلعت وكالة الأنباء الألمانية على نص الرسالة التي تفيد بأن المفاوضات فشلت.", "dpa"),
    ("وأحصت وكالة فرانس برس سقوط 40 قتيلا على الأقل في المدينة.", "AFP"),
    ("ووفقا لإحصاء أجرته وكالة فرانس برس استنادا إلى مصادر رسمية، تجاوز عدد الوفيات الألف.",
     "AFP"),
    ("وبحسب مسح أعدته رويترز، ارتفع إنتاج النفط في الشهر الماضي.", "Reuters"),
])
def test_what_the_agency_found_makes_it_the_source(text: str, agency: str) -> None:
    assert summary(text)[0] == (agency, "attribution", True)


@pytest.mark.parametrize("text", [
    "Reuters was unable to reach the company for comment.",
    "The Associated Press could not independently verify the video.",
    "ولم تتمكن وكالة رويترز من التحقق بشكل مستقل من صحة الفيديو.",
    "وأغلقت السلطات مكتب وكالة الأناضول في القاهرة.",
])
def test_what_the_agency_could_not_find_names_no_source(text: str) -> None:
    assert [is_source for _, _, is_source in summary(text)] == [False]
