"""Citation shapes met in samples 29–40 of real articles that the rules then got wrong.

Continues :mod:`tests.detect.test_citations_field_later`. The six samples were scored held out
(README, "Quality gate") before their misses were fixed; every sentence here is CONSTRUCTED in
the shape a real article showed, with invented events.
"""

from __future__ import annotations

import pytest

from tests.seed_parts import citation_summary as summary
from tests.seed_parts import first_citation


@pytest.mark.parametrize("text, agency, role", [
    # interviews
    ("وقال الوزير في تصريحه لوكالة تاس للأنباء إن المحادثات مستمرة.", "TASS", "interview"),
    ("وذكر شهود عيان لمراسل (بترا) في المدينة أن الطريق أغلق.", "Petra", "interview"),
    ("ورفض متحدث باسم الجماعة التعليق لرويترز على الفور.", "Reuters", "interview"),
    ("وافادت مصادر طبية لوكالة” وفا”باستشهاد شاب في المدينة.", "WAFA", "interview"),
    ("وأكد في تصريح خص به وكالة الأنباء الروسية”سبوتنيك”، أن الحوار مستمر.", "Sputnik",
     "interview"),
    ("جاء ذلك خلال حديث “المدير”، للأناضول، على هامش لقائه مع الصحفيين.", "Anadolu",
     "interview"),
    ("The mayor said in a statement to (SUNA) that he hopes the road will open.", "SUNA",
     "interview"),
    ("The minister denied to Reuters that the talks had failed.", "Reuters", "interview"),
    # attribution
    ("وأفاد مصور فرانس برس عن دوي انفجارين في الحي.", "AFP", "attribution"),
    ("وكتبت وكالة ” رويترز” أن الشركة خسرت ثقة شركائها.", "Reuters", "attribution"),
    ("ولم تشر (الأناضول) إلى أضرار أو إصابات بعد.", "Anadolu", "attribution"),
    ("ارتفع السعر إلى 90 دولارا للبرميل، وفقا لبيانات موقع “بلومبرغ”.", "Bloomberg",
     "attribution"),
    ("وأغلقت المتاجر بعد إعلان وكالة الأنباء العمانية، وفاة الشاعر.", "ONA", "attribution"),
    ("North Korea's KCNA state news agency said the launch had succeeded.", "KCNA",
     "attribution"),
    ("According to the Tweets by the Oman News Agency, the road will close.", "ONA",
     "attribution"),
    ("The official Omani News Agency said the storm had weakened.", "ONA", "attribution"),
    ("A shell fell on the district, the Libyan News agency reported.", "LANA", "attribution"),
    ("The mosques will open at dawn, Wam reports.", "WAM", "attribution"),
    ("Talks to resume next week -Yonhap\nSEOUL, May 2 (Reuters) - The talks will resume.",
     "Yonhap", "attribution"),
    # credits
    ("حريق كبير في المصنع. المصدر: RT + وكالة الأنباء القطرية(قنا)", "QNA", "credit"),
    ("المصدر / الكويت  (كونا) من مراسلنا\nقال الوزير إن العمل مستمر.", "KUNA", "credit"),
    ("The plant will close next year.\nSource: DPA", "dpa", "credit"),
    ("Sudan: Council Names Envoy\nSudan News Agency (Khartoum)\nKhartoum — The council said.",
     "SUNA", "credit"),
    ("TASS, Vienna :\nThe talks went on for a second day.", "TASS", "credit"),
])
def test_shapes_of_samples_29_to_34(text: str, agency: str, role: str) -> None:
    assert first_citation(text, agency) == (agency, role, True)


def test_wires_listed_in_one_credit_share_its_role() -> None:
    text = "أ ف ب، رويترز – الخرطوم\nسمع دوي إطلاق نار كثيف جنوبي العاصمة."
    assert summary(text) == [("AFP", "dateline", True), ("Reuters", "dateline", True)]


@pytest.mark.parametrize("text, agency, role", [
    ("عاجل: الشركة تنفي تقرير رويترز بشأن زيادة الإنتاج\nقالت الشركة إن التقرير خاطئ.",
     "Reuters", "subject"),
    ("The company denied a Reuters report on its output.", "Reuters", "subject"),
    ("ووقع الاتفاقية السفير في مقر (كونا).\nوأكد المدير أهمية التعاون.", "KUNA", "subject"),
    ("Migrants arrive at the port | Photo: Maria Rossi / Archive / ANSA\nThe boat left.", "ANSA",
     "photo_credit"),
    ("Workers at the plant | Photo: Juan Perez/REUTERS\nThe plant will close.", "Reuters",
     "photo_credit"),
    ("The minister spoke.\nPhoto: Ivan Petrov/TASS how much the cut will cost is unclear.",
     "TASS", "photo_credit"),
])
def test_denied_reports_the_agency_as_a_place_and_photographers_credits(
        text: str, agency: str, role: str) -> None:
    assert first_citation(text, agency) == (agency, role, False)


@pytest.mark.parametrize("text", [
    "The Defense Production Act (DPA) was invoked again.",
    "Leaders of the Democratic Party of Albania (DPA) met on Monday.",
])
def test_a_spelt_out_acronym_is_not_the_wire(text: str) -> None:
    """``DPA`` in capitals is dpa only where a wire can stand; an acronym defined by the words
    before its bracket is not one."""
    assert summary(text) == []


def test_a_paragraph_signed_with_a_dash_is_still_a_credit() -> None:
    """Only a headline glued to the wire (``-Yonhap``) is credited to it as a headline."""
    assert summary("وأضاف أن الاجتماع سيعقد في القاهرة الأسبوع المقبل - رويترز") == [
        ("Reuters", "credit", True)]


@pytest.mark.parametrize("text, agency, role", [
    # surveys, tallies and feeds the agency made
    ("وتتوافق نتائج مسح بلومبرغ مع التوقعات.", "Bloomberg", "attribution"),
    ("وجاء ذلك في مسح أعدته وكالة رويترز للشركات.", "Reuters", "attribution"),
    ('بيّن مسح لـ"رويترز" أن الإنتاج ارتفع.', "Reuters", "attribution"),
    ('ووفقا لمسوح "رويترز"، فإن الإنتاج ارتفع.', "Reuters", "attribution"),
    ("وأظهرت حسابات لـ(رويترز) أن الرحلات تضاعفت.", "Reuters", "attribution"),
    ("وأظهر بث مباشر من “رويترز” سحابة كثيفة من الدخان.", "Reuters", "attribution"),
    ("وطبقا لوكالة الأنباء الرسمية سبأ، التقى الوزير السفير.", "Saba", "attribution"),
    ('وقالت قناة "العالم" ووكالتا أنباء "مهر" و"فارس" إن الوفد وصل.', "Fars", "attribution"),
    ("The blast killed two, with the state-run National News Agency saying one was a boy.",
     "NNA", "attribution"),
    ("The state-run WAM news agency quoting ministry sources said the plan was ready.", "WAM",
     "attribution"),
    ("The boy was hit, two sources with knowledge of the incident told\nReuters. His friends ran.",
     "Reuters", "interview"),
    ('وقال المزارع في تصريح لمكتب "وات" بأن الموسم جيد.', "TAP", "interview"),
    ("The minister stated to TAP on Tuesday that the harbour will open.", "TAP", "interview"),
    ("In response to a question raised by the Associated Press (AP) reporter, he said no.",
     "AP", "interview"),
    # datelines and credits
    ("Rabat (AFP) Moroccan police on Friday arrested a publisher.", "AFP", "dateline"),
    ("CHICAGO (AP) Retiring coach Jane Doe said the team was ready.", "AP", "dateline"),
    ("Casablanca (Morocco) (AFP) The forward scored twice.", "AFP", "dateline"),
    ("[Tunis Afrique Presse] Tunis/Tunisia -- A monitoring system was deployed.", "TAP",
     "dateline"),
    ("Riyadh, Ramadan 27, 1442 AH, corresponding to May 09, 2021 AD, SPA -- The king said.",
     "SPA", "dateline"),
    ("Port Reopens After Storm - 07/03/2016 MAP\nThe port reopened on Monday.", "MAP", "credit"),
    ('...upcoming rounds."Source: National Iraqi News Agency', "NINA", "credit"),
    ("قال الوزير إن العمل مستمر.\n  • رويترز", "Reuters", "credit"),
    # older samples' misses, fixed after the rounds
    ("ونقلت رويترز عن الوزير تصريحه لوكالة تاس للأنباء، أن الشركة تدرس العرض.", "TASS",
     "interview"),
    ("وقالت قناة “المسيرة” الفضائية ووكالة الأنباء “سبأ” التابعتان للجماعة إن المدينة قصفت.",
     "Saba", "attribution"),
    ('ووفقا لوكالة الأنباء الكويتية الرسمية "كونا": "يترأس ولي العهد الوفد".', "KUNA",
     "attribution"),
    ("Tesla sued.\nReuters | Apr 11, 2019, 05:25 PM IST\nThe regulator said.", "Reuters",
     "credit"),
    # a co-subject after "and"
    ("Syrian official news agency SANA and social networks published images of the strike.",
     "SANA", "attribution"),
    # the one informed: a subject between the verb and the name, then أن
    ("وأفادت رئاسة الجمهورية وكالة فرانس برس أنّ رئيس الديوان فتح الطرد.", "AFP", "interview"),
    ("وأبلغ مسؤول أمني رويترز أن الهجوم وقع فجرا.", "Reuters", "interview"),
    ("أفادت وكالة فرانس برس أن الرئيس فتح الطرد.", "AFP", "attribution"),
    ("أفاد مراسل رويترز بأن المتحدث أصيب في الانفجار.", "Reuters", "attribution"),
])
def test_shapes_of_samples_35_to_40(text: str, agency: str, role: str) -> None:
    assert first_citation(text, agency) == (agency, role, True)


@pytest.mark.parametrize("text, agency", [
    ("(واع) كانت وكالة حكومية تصدر نشرة يومية.", "INA"),
    ('وقال الناشط: "رئيسة تحرير وكالة وفا تنشر الشائعات".', "WAFA"),
    ("وصدر المرسوم الذي قضى بنقل وكالة الأنباء العمانية إلى وزارة الإعلام.", "ONA"),
    ("He hailed the progress the Emirates News Agency had made, saying it inspired others.",
     "WAM"),
    ("Reuters and three other outlets were banned from the briefing.", "Reuters"),
    # "showed" is a report only of data: here of a bias
    ("ومنذ تأسيس القسم العربي، أظهرت وكالة “الأناضول” انحيازا تاما للحكومة.", "Anadolu"),
])
def test_what_the_agency_is_or_undergoes_is_no_source(text: str, agency: str) -> None:
    assert summary(text)[0] == (agency, "subject", False)
