"""Citation shapes met in samples 10–28 of real articles that the rules then got wrong.

Continues :mod:`tests.detect.test_citations_field` (samples 1–9). Each sample was scored held
out before its misses were fixed; every sentence here is CONSTRUCTED in the shape a real
article showed, with invented events.
"""

from __future__ import annotations

import pytest

from tests.seed_parts import citation_summary as summary


@pytest.mark.parametrize("text, agency, role", [
    # sample 10
    ("MOSCOW, May 3 (Itar-Tass) -- The ministry said the talks would go on.", "TASS", "dateline"),
    ("القاهرة، 12 مايو/أيار. /تاس/. قال الوزير إن المحادثات مستمرة.", "TASS", "dateline"),
    ("The picture was fake, and news agency ANI later clarified that the post was deleted.",
     "ANI", "attribution"),
    # staff who said something make the agency the source; staff who saw, a witness
    ("وأكد مراسل رويترز في المكان أن النيران اشتعلت في المخزن.", "Reuters", "attribution"),
    ("مراسل وكالة فرانس برس شاهد عشرات السيارات المحترقة.", "AFP", "attribution"),
    ("Officials will meet again on Monday.\n— Reuters (@Reuters) May 1, 2020", "Reuters",
     "credit"),
])
def test_shapes_of_the_tenth_sample(text: str, agency: str, role: str) -> None:
    assert summary(text)[-1] == (agency, role, True)


@pytest.mark.parametrize("text", [
    "أشاد الوزير بشجاعة صحافي وكالة فرانس برس الذي قتل أمس في قصف على المدينة.",
    "وتعرض أفراد فريق فرانس برس لنيران المدفعية أثناء وجودهم في القرية.",
    "ولم يصب باقي أعضاء فريق وكالة فرانس برس بأذى.",
    "An AFP journalist was killed in the strike on Tuesday.",
])
def test_staff_who_neither_saw_nor_said_are_the_subject(text: str) -> None:
    """The agency's staff are witnesses only when a verb of seeing or saying touches them."""
    assert summary(text) == [("AFP", "subject", False)]


@pytest.mark.parametrize("text, agency, role", [
    # sample 4, fixed later
    ('زعمت وكالة الأنباء الرسمية للسلطة الفلسطينية "وفا" أن الطريق أغلق.', "WAFA",
     "attribution"),
    ('وقال سامي الأحمد منسق اللجان الشعبية الدائمة لـ "وفا" إن الطريق أغلق.', "WAFA",
     "interview"),
    ("وقال المتحدث باسم البلدية لـ رويترز إن الطريق أغلق.", "Reuters", "interview"),
    # ... while a correspondent's ل is no dative (what the correspondent revealed, the agency
    # reported)
    ("وكشف مراسل وكالة فرانس برس أن الغارة أصابت مبنى سكنيا.", "AFP", "attribution"),
])
def test_a_dative_written_apart_and_a_long_agency_description(
        text: str, agency: str, role: str) -> None:
    assert summary(text)[-1] == (agency, role, True)


@pytest.mark.parametrize("text, agency, role", [
    # sample 12
    ("وقال سامر وهو طالب يبلغ من العمر 19 عاما لوكالة فرانس برس \"كنت سأعبر البحر\".", "AFP",
     "interview"),
    ("وأضاف أن المستشفى سيقدم خدمات جديدة خلال الشهر المقبل، بحسب وفا.", "WAFA",
     "attribution"),
    ("موقع الخبر | و.م.ع نشر في: 11 مارس 2023 - 15:00\nقال الوزير إن العمل مستمر.", "MAP",
     "dateline"),
    ("سبوتنيك. أعلنت وزارة الداخلية، اليوم الأربعاء، أن المشاركة بلغت الثلث.", "Sputnik",
     "dateline"),
    ("Xinhua, August 4, 2015 Adjust font size:\nThe ministry said the road was open.", "Xinhua",
     "credit"),
    ("City News Desk IANS, 29 Mar, 2022 10:47 AM\nThe minister said the plan was ready.", "IANS",
     "credit"),
    ("New Delhi, March 29 (IANS) The minister on Tuesday said the plan was ready.", "IANS",
     "dateline"),
    ("وذكرت المحافظة في بيان تلقته وكالة الأنباء العراقية (واع) أن العمل مستمر.", "INA",
     "attribution"),
])
def test_shapes_of_the_twelfth_sample(text: str, agency: str, role: str) -> None:
    assert summary(text)[-1] == (agency, role, True)


@pytest.mark.parametrize("text", [
    "The minister speaks to the media in Delhi. (Photo/ANI)",
    "The minister speaks to the media in Delhi. Image Credit: ANI",
])
def test_a_photo_cue_is_context_enough_for_a_short_wire_name(text: str) -> None:
    assert summary(text) == [("ANI", "photo_credit", False)]


@pytest.mark.parametrize("text", [
    # a speech verb before an إن, then a dative name: what was said is about the agency
    'وقال الوزير إن الدعم الذي قدمته الحكومة لوكالة الأنباء القطرية "سيستمر".',
    # a dative after a noun of a break-in is no one spoken to
    "كشفت التحقيقات أن الاختراق لوكالة الأنباء القطرية: تم من الخارج.",
])
def test_a_dative_past_an_anna_is_not_spoken_to(text: str) -> None:
    assert summary(text) == [("QNA", "subject", False)]


@pytest.mark.parametrize("text, agency, role", [
    # sample 11
    ('وقال المتحدث باسم الجيش العقيد سامي، لوكالة أسوشيتد برس في عمان، يوم السبت: "نحقق في '
     'الحادثة".', "AP", "interview"),
    ("قال الوزير إن العمل مستمر.\nوكالة رويترز، 16-05-2024", "Reuters", "credit"),
    # ... while "according to" between dashes stays the nearest cue
    ("وقال الملك - وفقا لوكالة الأنباء البحرينية - إن الزيارة أخوية.", "BNA", "attribution"),
])
def test_shapes_of_the_eleventh_sample(text: str, agency: str, role: str) -> None:
    assert summary(text)[-1] == (agency, role, True)


@pytest.mark.parametrize("text, role, is_source", [
    # a wire caption ends on the day the photo was taken
    ("SEOUL, Jan. 26 (Yonhap) -- The minister will stay home.\nThe minister speaks during his "
     "visit to a hospital in Pyeongtaek, south of Seoul, on Jan 26, 2021. (Yonhap)\nHe said.",
     "photo_credit", False),
    # ... a paragraph with a reporting verb does not
    ("SEOUL, Jan. 26 (Yonhap) -- The minister will stay home.\nThe ministry said the meeting "
     "would be held on Feb 2, 2021. (Yonhap)\nHe said.", "credit", True),
])
def test_a_closing_wire_name_after_a_captions_date(text: str, role: str, is_source: bool) -> None:
    assert summary(text)[-1] == ("Yonhap", role, is_source)


@pytest.mark.parametrize("text, agency, role", [
    # samples 13 and 14
    ('وقال في حوار خاص أجرته وكالة أنباء البحرين "بنا" إن الأسعار مستقرة.', "BNA", "interview"),
    ("Kuwait’s official news agency Kuna quoted the oil minister as saying output would rise.",
     "KUNA", "attribution"),
    ("The police will investigate the accident, according to ANI.", "ANI", "attribution"),
    ("الأحد 17-07-2016 23:22 | كتب: أ.ش.أ |\nقال الوزير إن العمل مستمر.", "MENA", "credit"),
    ("Two cases were filed at the Parliament Street police station. PTI MDB ARI", "PTI",
     "credit"),
])
def test_shapes_of_the_thirteenth_and_fourteenth_samples(
        text: str, agency: str, role: str) -> None:
    assert summary(text)[-1] == (agency, role, True)


@pytest.mark.parametrize("text, agency, role", [
    ("Director of SONNA, Ahmed Ali said the new building would open soon.", "SONNA", "subject"),
    ("He added that Somali National News Agency is now quoted by other agencies.", "SONNA",
     "subject"),
    ("رئيس الهيئة يقدم أطلس المناخ في مؤتمر صحفيصورة من: picture-alliance/dpa", "dpa",
     "photo_credit"),
    ("اتفاق روسي عربي لإنشاء مرصد فلكي في الصحراء\n\nأفادت الجامعة بأنها ستبني المرصد.\n\n"
     "اتفاق روسي عربي لإنشاء مرصد فلكي في الصحراء\nSputnik\n\nوقال رئيس الجامعة إن العمل بدأ.",
     "Sputnik", "photo_credit"),
])
def test_the_agencys_people_passives_and_photo_layouts_are_no_source(
        text: str, agency: str, role: str) -> None:
    assert summary(text)[-1] == (agency, role, False)


def test_a_person_of_a_party_named_like_a_wire_is_not_the_wire() -> None:
    assert summary("The PTI leader said the rally would go ahead on Friday.") == []


@pytest.mark.parametrize("text, agency, role", [
    # samples 15 and 16
    ("The council met on Monday, state news agency Wam reported.", "WAM", "attribution"),
    ("According to a Wam statement, the council met on Monday.", "WAM", "attribution"),
    ("He was quoted by the ISNA news agency as saying the test succeeded.", "ISNA",
     "attribution"),
    ("Erbil attack condemned\nReuters, Cairo,\nThe prime minister condemned the attack.",
     "Reuters", "credit"),
    ("طهران – سبوتنيك. وأشارت مصادر إلى أن الهجوم فشل.", "Sputnik", "dateline"),
    ("The minister wished the country peace and stability. –ONA", "ONA", "credit"),
    ("ونقلت تسنيم عن الحرس الثوري قوله إن الهجوم فشل.", "Tasnim", "attribution"),
    ("وما زال المركز يعمل، بحسب ما ذكره سامي الأحمد، رئيس لجنة الأمن في البرلمان، لوكالة "
     "رويترز للأنباء.", "Reuters", "interview"),
    ("وقال نائب وزير الرياضة، سامي الأحمد، للأناضول، إن البطولة ستقام في موعدها.", "Anadolu",
     "interview"),
    ("وذكر بيان لمكتب الوزير ورد لوكالة شفق نيوز أن الاجتماع عقد.", "Shafaq", "attribution"),
])
def test_shapes_of_the_fifteenth_and_sixteenth_samples(
        text: str, agency: str, role: str) -> None:
    assert summary(text)[-1] == (agency, role, True)


@pytest.mark.parametrize("text, expected", [
    # a title-case abbreviation with nothing around it is the region or the person
    ("The Mena region grew fast, and the Mena report said so.", []),
    ("Sana Khan said she would sing on Friday.", []),
    # the agency's executive director speaks, not the agency
    ("وأكد المدير التنفيذي لوكالة أنباء الإمارات أن الاتفاقية مهمة.", [("WAM", "subject", False)]),
])
def test_title_case_names_and_the_agencys_director_are_no_source(
        text: str, expected: list[tuple[str, str, bool]]) -> None:
    assert summary(text) == expected


@pytest.mark.parametrize("text, agency", [
    ("وذكرت وكالة الشرق الأوسط للأنباء أن الوزير وصل.", "MENA"),
    ("وذكرت وكالة الإعلام الروسية أن الوزير وصل.", "RIA"),
    ("وذكرت وكالة أنباء دولة الإمارات العربية المتحدة (وام) أن الوزير وصل.", "WAM"),
    ("وذكرت وكالة أنباء الجمهورية الإسلامية الإيرانية (إرنا) أن الوزير وصل.", "IRNA"),
    ("وذكرت وكالة الأنباء الماليزية أن الوزير وصل.", "Bernama"),
    ("وذكرت الوكالة اللبنانية للإعلام أن الوزير وصل.", "NNA"),
    ("وذكرت وكالة أنباء المغرب العربي أن الوزير وصل.", "MAP"),
])
def test_longer_and_reordered_arabic_names_of_agencies(text: str, agency: str) -> None:
    """Spellings the samples met (or that one implied) which the registry lacked."""
    assert summary(text) == [(agency, "attribution", True)]


@pytest.mark.parametrize("text, agency, role", [
    # samples 17 and 18
    ("وكانت وكالة “فارس” الإيرانية، نقلت عن مصادر مطلعة أن الاجتماع تأجل.", "Fars",
     "attribution"),
    ("ووفقًا لصحافيين من وكالة فرانس برس، فإنه سُمع دوي انفجار في المدينة.", "AFP",
     "attribution"),
    ("وجاء في بيان للرئاسة، حصلت وكالة الأنباء الألمانية (د.ب.ا) على نسخة منه، أن الزيارة "
     "تأجلت.", "dpa", "attribution"),
    ("وأوردت تسنيم أنه تم تفعيل الدفاعات الجوية في المدينة.", "Tasnim", "attribution"),
    ("مكة المكرمة 26 ربيع الأول 1442 هـ الموافق 12 نوفمبر 2020 م واس أشاد الوزير بالجهود.",
     "SPA", "dateline"),
    ("Bernama issued a statement saying that it had taken note of the report.", "Bernama",
     "attribution"),
    ("It was the account the minister gave to Indian news agency IANS on April 28.", "IANS",
     "interview"),
    ("The company said in a statement prepared for Reuters that sales rose.", "Reuters",
     "interview"),
])
def test_shapes_of_the_seventeenth_and_eighteenth_samples(
        text: str, agency: str, role: str) -> None:
    assert summary(text)[-1] == (agency, role, True)


@pytest.mark.parametrize("text, expected", [
    # © then the agency then words: the image's credit over its caption
    ("العنوان\n© Reuters وكالتان حكوميتان للأنباء في ليبيا مع تزايد الاضطراب\nقال الوزير.",
     [("Reuters", "photo_credit", False)]),
    # … a page's own copyright line names nothing after the owner
    ("The story ends here.\n© Reuters 2020", [("Reuters", "credit", True)]),
    # a feminine verb before a woman named Wafa, with nothing a wire does, is no wire
    ("قالت وفا أن الطقس جميل اليوم.", []),
])
def test_copyright_captions_and_a_person_named_like_a_wire(
        text: str, expected: list[tuple[str, str, bool]]) -> None:
    assert summary(text) == expected


@pytest.mark.parametrize("text, agency, role", [
    # sample 19
    ("الجنيد 10-7-2021(موفد سونا) -أكد الوزير أن المشروع مهم.", "SUNA", "dateline"),
    ("وأبرز رئيس الدائرة سامي الأحمد لوكالة تونس إفريقيا للأنباء أن الموسم جيد.", "TAP",
     "interview"),
    ("قال الوزير إن العمل مستمر.\nالآن - كونا", "KUNA", "credit"),
    ("نص التغريدة\n— واس (@spagov) January 9, 2022", "SPA", "credit"),
])
def test_shapes_of_the_nineteenth_sample(text: str, agency: str, role: str) -> None:
    assert summary(text)[-1] == (agency, role, True)


def test_a_post_display_name_is_a_short_wire_only_when_its_handle_is() -> None:
    """``— ADI (@AfricaDigitali)``: a blog that shares three letters with Djibouti's agency."""
    assert summary("نص التغريدة\n— ADI (@AfricaDigitali) January 9, 2022") == []


@pytest.mark.parametrize("text, agency, role", [
    # sample 20
    ("Official calls the attack “deserved punishment” [Xinhua]\nPYONGYANG, March 5 (Xinhua) — "
     "The statement said.", "Xinhua", "credit"),
    ("ووفقاً لبيانات «بلومبرج»، فإن هذه الصفقة هي الأكبر.", "Bloomberg", "attribution"),
])
def test_shapes_of_the_twentieth_sample(text: str, agency: str, role: str) -> None:
    assert summary(text)[0] == (agency, role, True)


@pytest.mark.parametrize("text", [
    # whoever congratulates the agency goes on speaking, with و, after a comma or not
    "من جانبه، هنأ رئيس الشبكة سامي الأحمد وكالة الأنباء العراقية (واع) بعيد تأسيسها، وقال "
    "في كلمته إن الوكالة عريقة.",
    "كما هنأ المستشار سامي الأحمد وكالة الأنباء العراقية بذكرى تأسيسها وقال إن الوكالة عريقة.",
])
def test_a_speaker_going_on_after_the_agency_is_not_the_agency(text: str) -> None:
    assert summary(text)[0] == ("INA", "subject", False)


@pytest.mark.parametrize("text, agency, role", [
    # samples 21 and 22
    ("An Associated Press photographer says one man was shot in the head.", "AP",
     "attribution"),
    ("وتحدثت وكالة الأنباء السورية الرسمية “سانا” عن إطلاق صواريخ على المطار.", "SANA",
     "attribution"),
    ("بحسب وكالة فرنس برس فإن الهجوم فشل.", "AFP", "attribution"),
    ("The road was closed, a spokesman said, per the BBC and the AP.", "AP", "attribution"),
])
def test_shapes_of_the_twenty_first_and_second_samples(
        text: str, agency: str, role: str) -> None:
    assert summary(text)[-1] == (agency, role, True)


@pytest.mark.parametrize("text, expected", [
    # "العمانية" after a definite noun is the adjective "Omani": a paper's name here
    ("الشبيبة العمانية-\nإنجازات عديدة تسطرها الدبلوماسية العمانية.", []),
    # ... and so is every such short name: الألمانية after a ministry is "German", not dpa
    ("الخارجية الألمانية-\nقال الوزير إن العمل مستمر.", []),
    ("برلين - الألمانية\nقال الوزير إن العمل مستمر.", [("dpa", "dateline", True)]),
    ("مسقط - العمانية\nقال الوزير إن العمل مستمر.", [("ONA", "dateline", True)]),
    # ... a definite word ending the line above is no noun the adjective follows
    ("تقلبات جوية في الأسبوع المقبل\n«العمانية - مراسلو عمان»: تشير التوقعات إلى أمطار.",
     [("ONA", "dateline", True)]),
    # "and the" after a cue joins a second source only by its capital
    ("Prices rose, according to the data and the AP.", [("AP", "subject", False)]),
])
def test_omani_as_an_adjective_and_a_lower_case_conjunct(
        text: str, expected: list[tuple[str, str, bool]]) -> None:
    assert summary(text) == expected


@pytest.mark.parametrize("text, agency, role", [
    # samples 23 and 24
    ("الخرطوم (سونا)         أكد الوزير أن العمل مستمر.", "SUNA", "dateline"),
    ("Sep 05, 2017 03:03 PM IST | Source: PTI\nThe minister said the work goes on.", "PTI",
     "credit"),
    ('"Both are working properly," he told PTI.', "PTI", "interview"),
    ("Quizzed by ANSA, the State Department said it would not comment.", "ANSA", "interview"),
    ("DHAKA (AFP) Nov 11, 2005 More than 30,000 troops were deployed.", "AFP", "dateline"),
])
def test_shapes_of_the_twenty_third_and_fourth_samples(
        text: str, agency: str, role: str) -> None:
    assert summary(text)[0] == (agency, role, True)


def test_a_flattened_page_with_a_copyright_note_keeps_its_dateline() -> None:
    """One long line holding the dateline, the story and '© 2005 Agence France-Presse'."""
    text = ("DHAKA (AFP) Nov 11, 2005 More than 30,000 troops were deployed. " + "The summit "
            "opens on Saturday. " * 30 + "All rights reserved. © 2005 Agence France-Presse.")
    assert summary(text) == [("AFP", "dateline", True), ("AFP", "credit", True)]


@pytest.mark.parametrize("text, agency, role", [
    # samples 25 and 26
    ("«بلومبرج» تكشف آخر تطورات صفقة الاستحواذ\nقالت الشركة إن الصفقة تمت.", "Bloomberg",
     "attribution"),
    ("اتفاق على تعزيز التعاون مع كافة دول آسيان .(وأج،10/07/2025)\nقال الوزير إن العمل مستمر.",
     "APS", "credit"),
])
def test_shapes_of_the_twenty_fifth_and_sixth_samples(
        text: str, agency: str, role: str) -> None:
    assert summary(text)[0] == (agency, role, True)


@pytest.mark.parametrize("text, agency, role", [
    # samples 27 and 28 (left untuned a round as the held-out reference, then fixed)
    ("The ringgit closed higher against the greenback. ― Bernama", "Bernama", "credit"),
    ("(MENAFN- AFP) Asian markets broadly fell on Monday as traders waited.", "AFP", "credit"),
    ("(MENAFN- Kuwait News Agency (KUNA)) The ministry said the plan was ready.", "KUNA",
     "credit"),
    ("Gold rose for a third day.\nReference: Reuters,CNBC", "Reuters", "credit"),
    ("ارتفع سعر الذهب لليوم الثالث.\nالمرجع: رويترز", "Reuters", "credit"),
])
def test_shapes_of_the_twenty_seventh_and_eighth_samples(
        text: str, agency: str, role: str) -> None:
    assert summary(text)[0] == (agency, role, True)
