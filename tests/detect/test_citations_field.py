"""Citation shapes met in real articles of many outlets that the first rules got wrong.

A measurement on 46 real articles (stored public pages, not kept in the project) found these
shapes; every sentence here is CONSTRUCTED in the same shape, with invented events.
"""

from __future__ import annotations

import pytest

from provenance.detect.citations import find_citations
from provenance.model import CitationRole
from tests.seed_parts import citation_summary as summary
from tests.seed_parts import plain_article

R = CitationRole


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


# A second, held-out sample (45 more real articles) found these; constructed in the same shapes.


@pytest.mark.parametrize("text, agency", [
    ("وأشاد الوزير اليوم بدور وكالة الأنباء الكويتية «كونا» في دعم الإعلام المحلي.", "KUNA"),
    ("وتضررت واجهة مبنى وكالة الأنباء الرسمية (سانا) جراء الانفجار صباح الأحد.", "SANA"),
])
def test_the_agency_after_a_noun_it_owns_is_the_subject(text: str, agency: str) -> None:
    assert summary(text) == [(agency, "subject", False)]


@pytest.mark.parametrize("text", [
    "A farmer walks through a flooded field on Monday.\nImage source: Reuters",
    "Soldiers march during a parade in this undated photo. REUTERS/KCNA",
])
def test_english_photo_credits(text: str) -> None:
    roles = {(a, r, s) for a, r, s in summary(text)}
    assert ("Reuters", "photo_credit", False) in roles
    assert all(not s for _, _, s in roles)


@pytest.mark.parametrize("state", ["Ill.", "Colo.", "Minn.", "Calif."])
def test_an_ap_style_state_does_not_end_the_dateline_lead(state: str) -> None:
    text = f"SPRINGFIELD, {state} (AP) — Officials said on Monday the road was closed."
    assert summary(text) == [("AP", "dateline", True)]


@pytest.mark.parametrize("line", ["By AP News", "Author: AP News",
                                  "Originally published by Associated Press"])
def test_bylines_are_credits(line: str) -> None:
    text = f"Flood closes the valley road\n{line}\nOfficials said on Monday the road was closed."
    assert summary(text) == [("AP", "credit", True)]


def test_city_reporter_agency_with_slashes_is_a_dateline() -> None:
    text = "أنقرة/ محمد علي/ الأناضول قال وزير الخارجية اليوم الخميس إن المحادثات مستمرة."
    assert summary(text) == [("Anadolu", "dateline", True)]


def test_place_and_date_before_a_bracketed_agency_is_a_dateline() -> None:
    text = "بكين 20 أغسطس 2019 (شينخوا) قال متحدث باسم الخارجية إن المحادثات مستمرة."
    assert summary(text) == [("Xinhua", "dateline", True)]


@pytest.mark.parametrize("text", [
    'مصادر مطلعة تكشف لـ"رويترز" تفاصيل الاجتماع المغلق',
    'وجاء ذلك في تصريحات أدلى بها مسؤول رفيع لـ"رويترز"، الأربعاء، حول الاجتماع.',
])
def test_disclosed_to_an_agency_is_an_interview(text: str) -> None:
    assert summary(text) == [("Reuters", "interview", True)]


def test_a_byline_and_a_body_mention_lines_apart_stay_two_citations() -> None:
    text = "رويترز\nطباعة\nأفادت وكالة رويترز في نبأ لها بأن الأسعار ارتفعت."
    assert [(a, r) for a, r, _ in summary(text)] == [("Reuters", "credit"),
                                                     ("Reuters", "attribution")]


def test_a_registry_name_that_opens_with_the_agency_word_is_found_whole() -> None:
    text = "وذكرت الوكالة العربية السورية للأنباء أن الطريق مغلق."
    (citation,) = find_citations(plain_article(text, "constructed.txt"))
    assert (citation.agency, citation.surface) == ("SANA", "الوكالة العربية السورية للأنباء")


def test_a_caps_credit_does_not_reach_the_next_name() -> None:
    """Only the names inside ``REUTERS/KCNA`` are photo credits, not one just after it."""
    text = "A parade in this undated photo. AFP/STR Reuters said the parade was held on Monday."
    found = summary(text)
    assert ("AFP", "photo_credit", False) in found
    assert ("Reuters", "photo_credit", False) not in found


# A third sample (48 articles, labelled before the detector ran) was dominated by articles
# ABOUT an agency: its anniversary, its bureau, its editor. A name that no verb of reporting
# touches is now what the sentence is about, not a source. The sentences are constructed.

@pytest.mark.parametrize("text, agency", [
    ("تلقت وكالة الأناضول التهاني في الذكرى السنوية لتأسيسها.", "Anadolu"),
    ("وتحيي وكالة الأناضول، الأربعاء، الذكرى العاشرة لتأسيسها.", "Anadolu"),
    ("وقال الوزير: “أهنئ الأناضول في ذكرى تأسيسها”.", "Anadolu"),
    ("واحتفلت الأسرة الصحفية بمرور خمسين عاما على تأسيس وكالة الانباء الجزائرية.", "APS"),
    ("تشعل وكالة الأنباء القطرية (قنا) اليوم شمعتها الخمسين.", "QNA"),
    ("وزار وفد من وكالة الأناضول مقر الاتحاد في العاصمة.", "Anadolu"),
])
def test_an_agency_no_reporting_verb_touches_is_the_subject(text: str, agency: str) -> None:
    assert summary(text) == [(agency, "subject", False)]


@pytest.mark.parametrize("text, agency, role", [
    ("وكالة الأنباء القطرية (قنا) أفادت بأن الوزير وصل إلى العاصمة.", "QNA", "attribution"),
    ("The official Emirates News Agency (WAM) reported that the visit began.", "WAM",
     "attribution"),
    ("وقالت ''سانا'' في بيان صحفي إن الوفد وصل.", "SANA", "attribution"),
    ('ونقلت "سانا" عن مصدر عسكري قوله إن الجيش تقدم.', "SANA", "attribution"),
    ("وفي تقرير لوكالة رويترز، قال مسؤولون إن المفاوضات متعثرة.", "Reuters", "attribution"),
    ("وأظهرت لقطات بثتها وكالة رويترز الدخان يتصاعد فوق المصفاة.", "Reuters", "attribution"),
    ("The toll was compiled in an AFP tally of official sources.", "AFP", "attribution"),
    ("وشاهد مراسل وكالة فرانس برس عشرات السيارات المحترقة.", "AFP", "attribution"),
    ("An AFP journalist saw dozens of burnt cars in the street.", "AFP", "attribution"),
    ("أعلنت الصفحة الرسمية لوكالة الأنباء السعودية (واس) تعليق الرحلات.", "SPA", "attribution"),
    ("وقال المصدر، الذي طلب عدم ذكر اسمه، لوكالة أنباء (شينخوا) إن الطريق مغلق.", "Xinhua",
     "interview"),
    ("وأوضح لـ(واع) أن العمل جار في المشروع.", "INA", "interview"),
    ("حسبما ذكرت وكالة الأبناء الكويتية (كونا)", "KUNA", "attribution"),
])
def test_a_reporting_verb_near_the_name_makes_it_the_source(
        text: str, agency: str, role: str) -> None:
    assert summary(text) == [(agency, role, True)]


def test_a_headline_about_the_agency_head_is_no_dateline() -> None:
    text = "مدير عام وكالة أنباء الإمارات : الإعلام شريك في التنمية\nقال المدير إن العمل مستمر."
    assert summary(text) == [("WAM", "subject", False)]


def test_the_shorter_name_of_sana_is_sana() -> None:
    text = "أعلنت الوكالة السورية للأنباء سانا بأن صوت الانفجار ناجم عن عبوة ناسفة."
    assert summary(text) == [("SANA", "attribution", True)]


# Shapes from samples 4-7 (45-49 articles each), each measured held out before its rules existed.
# The sources among them are in SOURCE_SHAPES below.

@pytest.mark.parametrize("text, agency", [
    # a caption line: the next line's verb is not the agency's
    ("استقالة وزير الإعلام بعد استجواب\nعلم الكويت الأناضول\nأعلنت الوزارة أن الوزير استقال.",
     "Anadolu"),
    ("مضت عقود على التأسيس.\n(بترا) التي تذكرنا دوما بالرسالة المهنية.", "Petra"),
    ("وقال إن (بترا)، وهي الشاهدة الحية على تاريخ البلاد، ستواصل رسالتها.", "Petra"),
])
def test_an_agency_inside_what_is_said_or_under_a_photo_is_no_source(
        text: str, agency: str) -> None:
    found = summary(text)
    assert [a for a, _, _ in found] == [agency]  # found, so the next line can fail
    assert all(not is_source for _, _, is_source in found)


@pytest.mark.parametrize("text", [
    "أصيب العشرات من ضباط الشرطة - أ ف ب\nأعلنت الحكومة نشر آلاف العناصر في المدن.",
    "الوزير يحضر مؤتمرا صحفيا مع نظيره (ليس في الصورة)، في دمشق، 31 مايو 2025. رويترز\n"
    "قال الوزير إن المحادثات مستمرة.",
])
def test_an_agency_closing_a_caption_line_is_a_photo_credit(text: str) -> None:
    assert summary(text)[0][1:] == ("photo_credit", False)


def test_a_caption_opening_with_a_noun_in_waw_is_still_a_caption() -> None:
    text = ("الوزراء الجدد يؤدون اليمين\nوزير الدفاع الجديد ناصر الأحمد (أ ف ب)\n"
            "أصدر الأمير مرسوما بتشكيل الحكومة.")
    assert summary(text) == [("AFP", "photo_credit", False)]


def test_the_director_of_an_agency_is_not_spoken_to() -> None:
    text = "وقال الزميل فيصل الشبول المدير العام لوكالة الأنباء الأردنية إن الوكالة تطورت."
    assert summary(text) == [("Petra", "subject", False)]


@pytest.mark.parametrize("text, agencies", [
    ("Kim and Xi in Pyongyang on June 20, 2019. (PHOTO NOT FOR SALE) (Yonhap)\nThey met.",
     {"Yonhap"}),
    ("A missile is launched in this undated photo. KCNA via REUTERS\nSEOUL: The North said …",
     {"KCNA", "Reuters"}),
])
def test_wire_photo_credit_shapes(text: str, agencies: set[str]) -> None:
    found = summary(text)
    assert {a for a, _, _ in found} == agencies  # found, so the next line can fail
    assert all(role == "photo_credit" for _, role, _ in found)


def test_a_speech_verb_does_not_reach_past_anna_into_a_dative() -> None:
    text = "ولفت إلى أنه ليس لوكالة أنباء الشرق الأوسط مندوب في طهران."
    assert summary(text)[0][1] != "interview"


#: Citation shapes samples 3–7 showed, each as its first citation with the role it must get
#: (agency, role, is a source). Constructed sentences in the shapes met.
SOURCE_SHAPES = [
    # sample 3
    ("الطريق الساحلي يعود للعمل\nأ- ش – أ\nأعلن المحافظ اليوم افتتاح الطريق بعد إصلاحه.",
     "MENA", "credit"),
    ("Warsaw, SANA-The Syrian Embassy in Warsaw held a reception on Monday.", "SANA",
     "dateline"),
    ("Airport reopens after repairs\n   Source: Xinhua | 2018-09-30 17:42:57 | Editor: huaxia",
     "Xinhua", "credit"),
    ("كتب: رويترز الخميس 20-04-2017\nقال مسؤولون إن الأسعار ارتفعت.", "Reuters", "credit"),
    ("The new channel broadcasts with the highest quality. - Emirates News Agency, WAM –",
     "WAM", "credit"),
    ("(Xinhuanet 19/04/2011)\nThe minister spoke on Monday.", "Xinhua", "dateline"),
    # sample 4
    ("NNA said Ahmed Issa was killed in the strike.", "NNA", "attribution"),
    ("The ministry said in a statement carried by the Saudi Press Agency.", "SPA",
     "attribution"),
    ("“We are ready,” Aoun told Iran's state news agency IRNA.", "IRNA", "interview"),
    ("Saudi Press Agency, SPA, reported that the kingdom will host the summit.", "SPA",
     "attribution"),
    ('وجاء ذلك في بيان اطلعت عليه "الأناضول" مساء الأحد.', "Anadolu", "attribution"),
    ("زعمت وكالة الأنباء الأردنية (بترا) أن الطريق أغلق.", "Petra", "attribution"),
    ("أفادت الوكالة الوطنية اللبنانية للأنباء بأن الغارة استهدفت منزلا.", "NNA", "attribution"),
    ("بيروت / الأناضول قتل 9 أشخاص في غارة على بلدة في البقاع.", "Anadolu", "dateline"),
    ("٫رويترز\nقالت وزارة الخارجية إن المحادثات مستمرة.", "Reuters", "credit"),
    ("Reuters Staff\nOfficials said the talks would go on.", "Reuters", "credit"),
    # sample 5
    ("وقال البرلمان - في بيان أوردته وكالة الأنباء العراقية (واع) - إن العمل يتم بالتعاون مع "
     "الشركاء.", "INA", "attribution"),
    ("أعد هذا التقرير بالتعاون مع رويترز.", "Reuters", "credit"),
    # its own correspondents, not spoken to (a witness would do as well)
    ("وقال مراسلون لرويترز إن الاشتباكات استؤنفت صباح اليوم.", "Reuters", "attribution"),
    ("قالت اليوم الأحد، وكالة « رويترز » للأنباء نقلا عن مسؤولين، إن العاصمة تشهد اشتباكات.",
     "Reuters", "attribution"),
    ('قتل مدنيان في الرقة، وفق ما أوردت وكالة الأنباء الرسمية "سانا"، على وقع اشتباكات.', "SANA",
     "attribution"),
    ("Ankara'da toplantı yapıldı.\nKaynak: Anadolu Haber Ajansı", "Anadolu", "credit"),
    ("به نقل از خبرگزاری آناتولی، نشست امروز برگزار شد.", "Anadolu", "attribution"),
    # sample 6
    ("وأكد البيان أن الزيارة رسمية وتستمر أياما. المصدر: واس", "SPA", "credit"),
    ("عنوان الخبر\nو.م.ع\nقال الوزير إن العمل مستمر.", "MAP", "credit"),
    ("أكد شاهد من «رويترز» أن ثلاث لافتات رفعت في الساحة.", "Reuters", "attribution"),
    ('"سانا": الدفاعات الجوية تتصدى لصواريخ\nوقال مصدر عسكري إن الهجوم فشل.', "SANA",
     "attribution"),
    # sample 7
    ('وقالت الوزارة لوكالة فرانس برس: "قصفت الطائرات موقعين ليلا".', "AFP", "interview"),
    ("Kim, Xi agree to strengthen ties for regional peace, stability: KCNA\nThe two leaders met.",
     "KCNA", "attribution"),
    ("Peskov was quoted as saying by Interfax.", "Interfax", "attribution"),
    ("The test succeeded, according to Kuwait’s official KUNA state news agency.", "KUNA",
     "attribution"),
]


@pytest.mark.parametrize("text, agency, role", SOURCE_SHAPES)
def test_shapes_of_the_later_samples(text: str, agency: str, role: str) -> None:
    assert summary(text)[0] == (agency, role, True)


@pytest.mark.parametrize("text, agency, role", [
    # sample 8
    ("وقال ملك البحرين - وفقا لوكالة الانباء البحرينية - إن الزيارة أخوية.", "BNA",
     "attribution"),
    ('ذكرت إدارة الإعلام في وزارة الدفاع لوكالة "سانا"، أنه تم التصدي للهجوم.', "SANA",
     "interview"),
    ("The king named him crown prince, according to a royal decree issued by the official "
     "Saudi Press Agency.", "SPA", "attribution"),
    ("A statement the city provided to the Associated Press on Sunday said the road was shut.",
     "AP", "interview"),
])
def test_shapes_of_the_eighth_sample(text: str, agency: str, role: str) -> None:
    assert summary(text)[0] == (agency, role, True)


@pytest.mark.parametrize("text, role", [
    ("(كونا).. نافذة وطنية وإعلامية\nبدأت الوكالة البث من لندن.", "subject"),
    ("Musk at the museum on 2 May 2022 in New York. Photo by ANGELA WEISS / AFP\nHe said.",
     "photo_credit"),
])
def test_non_source_shapes_of_the_eighth_sample(text: str, role: str) -> None:
    assert summary(text)[0][1:] == (role, False)


@pytest.mark.parametrize("text, agency, role", [
    # sample 9
    ("In remarks to KUNA, the defense ministry spokesman said the drill was routine.", "KUNA",
     "interview"),
    ("نقلاً عن “وكالة مهر للأنباء” قال المسؤول إن المحادثات مستمرة.", "Mehr", "attribution"),
    ("Asafi was quoted by the Iranian News Agency, IRNA, as warning against the plan.", "IRNA",
     "attribution"),
    ("The talks ended on Monday.\nSome information for this report was provided by AFP.", "AFP",
     "credit"),
    ("Gunmen stormed the compound, Reuters witnesses and security sources said.", "Reuters",
     "attribution"),
])
def test_shapes_of_the_ninth_sample(text: str, agency: str, role: str) -> None:
    assert summary(text)[-1] == (agency, role, True)


def test_a_sentence_end_keeps_two_mentions_apart() -> None:
    text = ("وقال الوزير إن الزيارة ناجحة، بحسب وكالة الأنباء الكويتية (كونا). وأضافت “كونا”: "
            "“تناولت الزيارة العلاقات”.")
    assert summary(text) == [("KUNA", "attribution", True)] * 2
