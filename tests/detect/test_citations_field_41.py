"""Citation shapes met in samples 41–48 of real articles that the rules then got wrong.

Continues :mod:`tests.detect.test_citations_field_29`. The eight samples were scored held out
(README, "Quality gate") before their misses were fixed; every sentence here is CONSTRUCTED in
the shape a real article showed, with invented events.
"""

from __future__ import annotations

import pytest

from tests.seed_parts import citation_summary as summary
from tests.seed_parts import first_citation


@pytest.mark.parametrize("text, agency, role", [
    # datelines
    ("Storm hits coast\nBy Jane Roe and John Doe BOSTON (Reuters) -The governor declared an "
     "emergency.", "Reuters", "dateline"),
    ("Storm hits coast\nBy Jane Roe ZOLOCHIV, Ukraine (Reuters) -The mayor said the road is "
     "open.", "Reuters", "dateline"),
    ("Session ends\nBISMARCK, N.D. (AP) The Legislature ended its session early.", "AP",
     "dateline"),
    ("Moscow, Aug. 7, (dpa/GNA) – The platform said it would appeal.", "dpa", "dateline"),
    ("عنوان الخبر\nالقدس – (أ ب).\nقال الجيش إن الطريق أغلق.", "AP", "dateline"),
    # interviews and statements that reached the agency
    ("وقال الوزير، في بيانه لوكالة الأنباء السعودية، إن المجلس وافق على الخطة.", "SPA",
     "interview"),
    ("He stated in his interview to the Associated Press that the talks went on.", "AP",
     "interview"),
    ("وقالت الجمعية، في بيان وصل الأناضول، إن طواقمها نقلت الجرحى.", "Anadolu", "attribution"),
    # attribution
    ("كذّبت وكالة “سانا” خبرا نشرته صحيفة أجنبية عن الحدود.", "SANA", "attribution"),
    ("اتهمت الوكالة العربية السورية للأنباء المسلحين بقصف الحي.", "SANA", "attribution"),
    ("فنّدت وكالة أنباء \"فارس\" الإيرانية الأنباء عن الانفجار.", "Fars", "attribution"),
    ("وبحسب مراسل “سبوتنيك”: “من المقرر أن يصل الوفد غدا”.", "Sputnik", "attribution"),
    ("كانت وكالة “تاس” الروسية للأنباء قد أفادت نقلاً عن مصادرها بأن الاتفاق جاهز.", "TASS",
     "attribution"),
    ("The Tasnim News Agency, close to the guards, alleged that the strike failed.", "Tasnim",
     "attribution"),
    ("The site informs referring to \"Anadolu\" news agency that the bridge opened.", "Anadolu",
     "attribution"),
    ("وقال شاهد قابلته رويترز في حي مجاور إن القصف استمر.", "Reuters", "interview"),
    # a line of a listing that quotes the agency, past the first line
    ("عناوين اليوم\nوكالة الأنباء الجزائرية: الصحافة الأجنبية تتجاهل الحقائق\nنص الخبر.", "APS",
     "attribution"),
    # credit lines with the wire's nationality or service
    ("عنوان الخبر\nآكي الإيطالية\nروما- رأت الوزارة أن الحوار مهم.", "AKI", "credit"),
    ("Forces kill 11\nReuters News\nBy Jane Roe\nThe army said the town was calm.", "Reuters",
     "credit"),
    # names the registry lacked
    ("وقالت إيرنا إن الوفد وصل إلى العاصمة.", "IRNA", "attribution"),
    ("ونقلت وكالة الأنباء الكورية المركزية الرسمية عن متحدث قوله إن التجربة نجحت.", "KCNA",
     "attribution"),
])
def test_shapes_of_samples_41_to_48(text: str, agency: str, role: str) -> None:
    assert first_citation(text, agency) == (agency, role, True)


def test_a_photographer_and_the_wire_alone_on_a_line_credit_the_photo() -> None:
    text = "Governor vetoes bill\nFeb 10, 2017\nJane Roe / AP\nLawmakers were angry on Friday."
    assert summary(text) == [("AP", "photo_credit", False)]


def test_a_byline_with_no_place_stays_a_credit() -> None:
    text = "Dollar firms\nBy Jane Roe, Reuters\nThe dollar rose on Monday."
    assert summary(text) == [("Reuters", "credit", True)]


def test_an_abbreviation_and_a_colon_opening_a_later_line_stays_a_dateline() -> None:
    assert summary("عناوين اليوم\nواس: الرياض تستضيف القمة المقبلة\nنص.") == [
        ("SPA", "dateline", True)]
