"""Citation shapes met in samples 107–112 of real articles that the rules then got wrong.

Continues :mod:`tests.detect.test_citations_field_101`. Samples 107–112 were scored held out
(README, "Quality gate") before their misses were fixed; every sentence here is CONSTRUCTED in
the shape a real article showed, with invented people and events.
"""

from __future__ import annotations

import pytest

from tests.seed_parts import first_citation, first_role


@pytest.mark.parametrize("text, agency, role", [
    # spoken to after an aside, the dative closing the sentence; expressed to it
    ("وأصيب عشرة أشخاص، حسبما قال سامر داود المتحدث باسم الدفاع المدني، وهي منظمة إسعاف، لوكالة"
     " فرانس برس.", "AFP", "interview"),
    ('وأعرب مسؤولون لـ"رويترز" عن رفضهم للدراسة.', "Reuters", "interview"),
    # what it monitored; its byline with an Arabic weekday; a spelling with "ال"
    ("وبحسب رصد الأناضول كانت المشاهدات كالتالي:", "Anadolu", "attribution"),
    ("عنوان الخبر\nأ ش أ الأربعاء، 23 ديسمبر 2020 01:00 ص\nقال الوزير إن الاجتماع انتهى.",
     "MENA", "credit"),
    ("ويرى الخبراء أن الخطر قائم. القدس برس", "QudsPress", "credit"),
    # a source label in brackets after a sentence; a listing's date and bar
    ("The drug is no treatment, according to the regulator. (Source: Agence France-Presse -"
     " AFP)\n\nNext item.", "AFP", "credit"),
    ("Title\nAugust 05, 2012|Reuters\nThe company said.", "Reuters", "credit"),
    # an old spelling of AFP's initials in a dateline
    ("عنوان\n* انجمينا - أف ب: أعلن الجيش أنه صد هجوما.", "AFP", "dateline"),
])
def test_shapes_of_samples_107_to_112(text: str, agency: str, role: str) -> None:
    assert first_citation(text, agency) == (agency, role, True)


@pytest.mark.parametrize("text, agency, role", [
    # a fake pinned on the agency: it did not publish it
    ("وكالة الأنباء الجزائرية لم تنشر خبر استخدام السمك للتجسس", "APS", "subject"),
    ("الحقيقة أن رويترز لم تنشر هذه المعلومات، حيث بحث الفريق في موقعها.", "Reuters", "subject"),
    # the picture under check was taken by its photographer; a handout it passed on
    ("فقد التقطها مصور لوكالة فرانس برس في 15 تموز/يوليو 2018 من أعلى القوس.", "AFP",
     "photo_credit"),
    ("The ship near the port. Courtesy of the Navy Unit/Handout via REUTERS", "Reuters",
     "photo_credit"),
])
def test_not_sources_of_samples_107_to_112(text: str, agency: str, role: str) -> None:
    assert first_citation(text, agency) == (agency, role, False)


def test_dakar_apa_by_its_dateline_shape() -> None:
    # Dakar's African Press Agency, never named in full: "APA - City (Country) —"
    text = "Title\nAPA - Tunis (Tunisia) — The group on Tuesday called for a delay."
    assert first_citation(text, "APA") is None


@pytest.mark.parametrize("text, agency, role", [
    # its staff saw it: still its own report
    ("وشاهد مصور وكالة فرانس برس الدخان يتصاعد.", "AFP", "attribution"),
    # Vienna's APA keeps its dateline
    ("Title\nWien (APA) - Die Regierung hat am Montag beschlossen.", "APA", "dateline"),
    # "did not explain" is still its report
    ('ولم توضح "إيرنا" في تفاصيل الخبر أسباب الحادث.', "IRNA", "attribution"),
    # a dative with no speech verb before it, closing a sentence
    ("وزار الوفد المدينة، والتقى بالمسؤولين، لوكالة فرانس برس.", "AFP", "subject"),
])
def test_near_misses_of_those_shapes(text: str, agency: str, role: str) -> None:
    assert first_role(text, agency) == (agency, role)
