"""Citation detector: every dateline, attribution and credit shape, every role, every collision.

All sentences here are constructed for these tests, modelled on the shapes listed in
shared/reference/quirks.md; they report no real event.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from provenance.detect.citations import find_citations
from provenance.model import Anchor, Article, Citation, CitationRole
from tests.work import assert_linear

SEED = Path(__file__).resolve().parents[2] / ".." / "shared" / "seed" / "000_ec877a3d0b7e51c8.txt"
R = CitationRole


def article(text: str) -> Article:
    """A plain-text article with one anchor per line (constructed)."""
    anchors, offset = [], 0
    for number, line in enumerate(text.split("\n"), 1):
        anchors.append(Anchor(offset, number, 1))
        offset += len(line) + 1
    return Article("constructed.txt", text, "text", "utf-8", tuple(anchors))


def cites(text: str) -> list[Citation]:
    return list(find_citations(article(text)))


def summary(text: str) -> list[tuple[str, str]]:
    return [(c.agency, c.role.value) for c in cites(text)]


# --------------------------------------------------------------------------- the seed


def test_seed_has_exactly_ina_witness_and_ap_interview() -> None:
    """The seed names two agencies, INA as witness on line 8 and AP as interviewer on line 12."""
    text = SEED.read_text(encoding="utf-8")
    found = find_citations(article(text))
    assert [(c.id, c.agency, c.role, c.is_source, c.span.line) for c in found] == [
        ("c1", "INA", R.WITNESS, True, 8),
        ("c2", "AP", R.INTERVIEW, True, 12),
    ]
    assert found[0].surface == "وكالة الانباء العراقية (واع)"
    assert found[1].surface == 'وكالة "أسوشيتد برس"'
    assert all(c.kind == "agency" for c in found)
    for c in found:
        assert text[c.span.start:c.span.end] == c.surface


# --------------------------------------------------------------------------- datelines

DATELINES = [
    ("بغداد - واع - أعلنت وزارة الداخلية اعتقال خلية.", "INA"),
    ("الرياض - واس: وصل وفد رسمي إلى العاصمة.", "SPA"),
    ("عمان - رويترز - قال مسؤولون إن المعبر سيفتح.", "Reuters"),
    ("15 يناير كانون الثاني (رويترز) – ارتفعت أسعار النفط.", "Reuters"),
    ("عمان 24 ايار(بترا)–اكد وزير الخارجية أهمية الحوار.", "Petra"),
    ("بكين-سانا أعلنت الصين دعمها للمبادرة.", "SANA"),
    ("--(بترا) أعلنت وزارة الصحة عن حملة تطعيم.", "Petra"),
    ("رويترز (واشنطن) - قال البيت الأبيض إن المحادثات مستمرة.", "Reuters"),
    ("MOSCOW (AP) — Russia said on Monday it would extend the deal.", "AP"),
    ("(ANSA) - ISTANBUL, 16 MAR - Turkey reopened the crossing.", "ANSA"),
    ("Baghdad / INA / – The ministry announced new measures.", "INA"),
    ("Caire-SANA / Le ministre a reçu une délégation.", "SANA"),
    ("(Reuters) - Oil prices rose on Tuesday.", "Reuters"),
    ("القاهرة في 5 مارس /أ ش أ/ أعلن وزير الري خطة جديدة.", "MENA"),
    ("أبوظبي في 3 يناير / وام / استقبل الرئيس وفدا.", "WAM"),
    ("الكويت - 5 - 3 (كونا) -- أكد وزير الخارجية دعم بلاده.", "KUNA"),
    ("رام الله 10-2-2023 وفا- أعلنت وزارة الصحة وفاة شاب.", "WAFA"),
    ("باريس (أ ف ب) - أعلنت الحكومة خطة لدعم قطاع الطاقة.", "AFP"),
    ("القاهرة (أ ش أ)\nأكد وزير الري أهمية الاتفاق.", "MENA"),
    ("الدوحة - قنا\nاستقبل أمير البلاد وفدا رسميا.", "QNA"),
    ("المنامة - بنا - أعلنت وزارة الداخلية نتائج التحقيق.", "BNA"),
    ("الرباط - ومع - أعلنت الحكومة عن برنامج جديد.", "MAP"),
    ("صنعاء - سبأ - أعلنت الحكومة اليمنية عن مبادرة.", "Saba"),
]


@pytest.mark.parametrize(("text", "agency"), DATELINES)
def test_dateline_shapes(text: str, agency: str) -> None:
    """Every dateline shape of quirks.md gives one source citation with the dateline role."""
    found = cites(text)
    assert [(c.agency, c.role, c.is_source) for c in found] == [(agency, R.DATELINE, True)]


def test_wafa_dateline_does_not_count_wafat_or_alwafa() -> None:
    """وفا counts in its dateline; وفاة and الوفاء in the same article do not."""
    text = "رام الله 10-2-2023 وفا- أعلنت الوزارة وفاة شاب.\nوأكد الأهالي الوفاء لذكراه."
    assert summary(text) == [("WAFA", "dateline")]


# --------------------------------------------------------------------------- attribution


def test_name_with_comma_abbreviation_is_one_citation() -> None:
    """``وكالة الأنباء العراقية، واع،`` is one INA attribution, not two citations."""
    found = cites("ذكرت وكالة الأنباء العراقية، واع، أن وزارة النفط رفعت صادراتها.")
    assert [(c.agency, c.role) for c in found] == [("INA", R.ATTRIBUTION)]
    assert found[0].surface == "وكالة الأنباء العراقية، واع"


def test_name_with_bracketed_abbreviation_spelled_without_hamza() -> None:
    """Hamza-less spelling and ``(واس)`` after the name still give one SPA citation."""
    found = cites("بحسب ما نقلته وكالة الانباء السعودية (واس) عن مصدر مسؤول.")
    assert [(c.agency, c.role) for c in found] == [("SPA", R.ATTRIBUTION)]
    assert found[0].surface == "وكالة الانباء السعودية (واس)"


@pytest.mark.parametrize(
    ("text", "agency"),
    [
        ("ذكرت وكالة رويترز أن المحادثات تعثرت.", "Reuters"),
        ("نقلت وكالة فرانس برس عن مصدر دبلوماسي أن الاجتماع أرجئ.", "AFP"),
        ("The talks collapsed, according to Reuters.", "Reuters"),
        ("ونقلت وكالة الأناضول التركية عن مصادر أمنية أن الاشتباكات توقفت.", "Anadolu"),
        ("كما ذكرت وكالة أنباء شينخوا الصينية أن الوفد سيصل غداً.", "Xinhua"),
        ("وأفادت وكالة الأنباء الألمانية (د ب أ) بأن البرلمان صوت.", "dpa"),
        ("ونقلت وكالة تسنيم عن مسؤول إيراني أن المفاوضات مستمرة.", "Tasnim"),
        ("ذكرت وكالة فارس للأنباء أن الحرس الثوري أجرى مناورات.", "Fars"),
        ("وقالت كونا إن الأمير استقبل الوفد.", "KUNA"),
        ("وبحسب وكالة سانا فإن الاجتماع انعقد في دمشق.", "SANA"),
        ("وأوردت وكالة إرنا أن الرئيس سيزور بغداد.", "IRNA"),
        ("The ministry confirmed the figures, Xinhua reported.", "Xinhua"),
    ],
)
def test_attribution(text: str, agency: str) -> None:
    """Reporting verbs and ``according to`` make the agency the reporting source."""
    assert summary(text) == [(agency, "attribution")]


def test_diacritics_and_tatweel_keep_the_surface_in_the_original_text() -> None:
    """Folding drops harakat and tatweel for matching, but the surface is the text as written."""
    text = "ذَكَرَتْ وكالـةُ رويتـرز أن الوفد وصل."
    found = cites(text)
    assert [(c.agency, c.surface) for c in found] == [("Reuters", "وكالـةُ رويتـرز")]
    assert (found[0].span.line, found[0].span.column) == (1, text.index("وكالـة") + 1)


# --------------------------------------------------------------------------- interview, witness


@pytest.mark.parametrize(
    ("text", "agency"),
    [
        ('وخلال مقابلة مع وكالة "أسوشيتد برس" الأميركية، قال الوزير إن الوضع مستقر.', "AP"),
        ("The minister told The Associated Press that talks would resume.", "AP"),
        ("وقال الوزير لوكالة رويترز إن الاتفاق قريب.", "Reuters"),
        ("وقال مسؤول لرويترز إن الاتفاق قريب.", "Reuters"),
        ("وأضاف في حديث لوكالة سبوتنيك أن الوفد سيزور موسكو.", "Sputnik"),
        ("The minister said in an interview with Reuters that output would hold.", "Reuters"),
        ('"We are committed," the minister told Reuters in an interview.', "Reuters"),
        ("وفي تصريحات خاصة لوكالة الأنباء الكويتية (كونا) أكد السفير عمق العلاقات.", "KUNA"),
    ],
)
def test_interview(text: str, agency: str) -> None:
    """Being spoken to as the medium of an interview is an interview role."""
    assert summary(text) == [(agency, "interview")]


def test_witness_press_conference_attended_by_agency() -> None:
    """``مؤتمر صحافي حضرته وكالة`` makes the agency a witness of the claims."""
    text = "وأكد المتحدث خلال مؤتمر صحافي حضرته وكالة الأنباء القطرية (قنا) أن الاتفاق وقع."
    assert summary(text) == [("QNA", "witness")]


# --------------------------------------------------------------------------- credits


def test_bare_agency_as_last_line_is_a_credit() -> None:
    """A bare agency name alone on the last line credits the story."""
    text = "ارتفعت أسعار النفط في التعاملات المبكرة.\nوقال محللون إن الطلب قوي.\nرويترز"
    assert summary(text) == [("Reuters", "credit")]


def test_multi_agency_footer() -> None:
    """``فرانس24/ أ ف ب/ رويترز`` credits an outlet and two agencies."""
    text = "قتل ثلاثة مدنيين في قصف، بحسب مسؤولين.\nفرانس24/ أ ف ب/ رويترز"
    found = cites(text)
    assert [(c.agency, c.kind, c.role) for c in found] == [
        ("France24", "outlet", R.CREDIT), ("AFP", "agency", R.CREDIT),
        ("Reuters", "agency", R.CREDIT),
    ]
    assert all(c.is_source for c in found)


def test_latin_credit_after_arabic_text() -> None:
    """A Latin ``(İLKHA)`` closing an Arabic story is its credit."""
    text = "قالت المصادر إن المفاوضات ستستأنف.\nوأضافت أن الوفد سيصل الأسبوع المقبل. (İLKHA)"
    assert summary(text) == [("ILKHA", "credit")]


def test_source_line_credit() -> None:
    """``المصدر: الأناضول`` is a credit line."""
    assert summary("وقع الانفجار صباح اليوم.\nالمصدر: الأناضول") == [("Anadolu", "credit")]


# --------------------------------------------------------------------------- photo credits


@pytest.mark.parametrize(
    ("text", "agency"),
    [
        ("متظاهرون في ساحة التحرير وسط بغداد (رويترز)\nتظاهر الآلاف للمطالبة بالخدمات.", "Reuters"),
        ("Protesters outside parliament. AFP/Getty Images\nThousands marched on Sunday.", "AFP"),
        ("تصوير: رويترز\nتظاهر الآلاف للمطالبة بالخدمات.", "Reuters"),
        ("الصورة: أ ف ب\nتظاهر الآلاف للمطالبة بالخدمات.", "AFP"),
        ("Rescuers search the rubble. (AP Photo/Jane Doe)\nThe quake struck at dawn.", "AP"),
        ("Protesters gather. (Photo: AFP/Getty Images)\nThousands marched.", "AFP"),
        ("Photograph: Reuters\nThousands marched through the capital.", "Reuters"),
    ],
)
def test_photo_credit(text: str, agency: str) -> None:
    """Captions and photo lines credit the picture, not the story: not a source."""
    found = cites(text)
    assert [(c.agency, c.role, c.is_source) for c in found] == [(agency, R.PHOTO_CREDIT, False)]


# ------------------------------------------------------------------ subject, recipient, label


@pytest.mark.parametrize(
    "text",
    [
        "أغلقت السلطات مكتب وكالة رويترز في العاصمة بعد سحب تراخيص مراسليها.",
        "The government shut the office of Reuters in the capital.",
        "انتقدت منظمات حقوقية قرار حظر وكالة رويترز.",
    ],
)
def test_subject(text: str) -> None:
    """The agency the story is about is a subject, not a source."""
    found = cites(text)
    assert [(c.agency, c.role, c.is_source) for c in found] == [("Reuters", R.SUBJECT, False)]


@pytest.mark.parametrize(
    "text",
    [
        "أرسل المحامي رسالة إلى وكالة رويترز يطلب فيها تصحيح الخبر.",
        "The lawyer sent a letter to Reuters asking for a correction.",
    ],
)
def test_recipient(text: str) -> None:
    """Written to, not quoted: a recipient, not a source."""
    found = cites(text)
    assert [(c.agency, c.role, c.is_source) for c in found] == [("Reuters", R.RECIPIENT, False)]


@pytest.mark.parametrize("text", ["الوسوم: رويترز، العراق، النفط", "Tags: Reuters, Iraq, oil"])
def test_label(text: str) -> None:
    """A tag line names the agency as a category: a label."""
    assert summary("نص الخبر.\n" + text) == [("Reuters", "label")]


# --------------------------------------------------------------------------- collisions


@pytest.mark.parametrize(
    "text",
    [
        "شهدت المدينة انتشاراً واسعاً للقوات في منطقة واسعة.",
        "زار السياح مدينة البترا الأثرية في جنوب الأردن.",
        "أطلقت وكالة ناسا مسباراً جديداً، فيما حذرت وكالة الطاقة الذرية من التسرب.",
        "وقالت الوكالة الدولية للطاقة الذرية إن المفتشين وصلوا.",
        "The AP Stylebook changed its guidance. She passed two AP exams.",
        "A.P. Moller-Maersk reported higher profits.",
        "RT @user: the meeting starts soon. RT if you agree.",
        "تجمع الناس أمام المبنى وامتد الحشد إلى الشارع.",
        "تحدث الكتاب عن مملكة سبأ القديمة وملكتها.",
        "أعلنت العائلة وفاة الشاعر، وعبر الحضور عن الوفاء لذكراه.",
        "زار الوزير محافظتي قنا وسوهاج، وافتتح قناة ري جديدة.",
        "مر بنا الوقت سريعاً وارتفعت البنايات.",
        "تلقى مليون شخص لقاح سبوتنيك في خلال الشهر.",
        "تقع شبه الجزيرة العربية جنوب غرب آسيا.",
        "يحتفل العالم باللغة العربية، وتزداد أهمية منطقة الشرق الأوسط.",
        "رحب الاتحاد الأوروبي بالاتفاق.",
        "هذا المبلغ كافي لتغطية النفقات، وهو وافي بالغرض.",
        "وقال فارس العلي إن تسنيم وصلت إلى المطار مع مهر العروس.",
        "المواطن واع بحقوقه، والشعب واع لما يجري.",
        "Visit reuters.com or follow @Reuters for updates.",
    ],
)
def test_collisions_are_not_citations(text: str) -> None:
    """Ordinary words and other organisations that look like agency names are not citations."""
    assert cites(text) == []


# --------------------------------------------------------------------------- outlets


@pytest.mark.parametrize(
    ("text", "outlet", "role"),
    [
        ("ذكرت شبكة CNN أن المفاوضات تعثرت.", "CNN", R.ATTRIBUTION),
        ("وقالت صحيفة نيويورك تايمز إن الإدارة تدرس الخيارات.", "NYT", R.ATTRIBUTION),
        ("وقال مسؤول لـ«الاتحاد» إن المشروع سينجز العام المقبل.", "AlIttihad", R.INTERVIEW),
        ("ونقلت صحيفة الشرق الأوسط عن مصادر أن الاجتماع أرجئ.", "AsharqAlAwsat", R.ATTRIBUTION),
        ("وذكرت قناة العربية أن الوفد وصل.", "AlArabiya", R.ATTRIBUTION),
        ("وبحسب سكاي نيوز عربية فإن الاتفاق وشيك.", "SkyNewsArabia", R.ATTRIBUTION),
        ("أغلقت السلطات مكتب قناة الجزيرة في العاصمة.", "AlJazeera", R.SUBJECT),
        ("The minister told the BBC that talks would resume.", "BBC", R.INTERVIEW),
    ],
)
def test_outlets_are_kind_outlet(text: str, outlet: str, role: CitationRole) -> None:
    """Newspapers and broadcasters are reported as outlets with their outlet id, never agencies."""
    found = cites(text)
    assert [(c.agency, c.kind, c.role) for c in found] == [(outlet, "outlet", role)]


def test_ids_are_in_text_order_and_spans_point_into_the_text() -> None:
    """Ids run c1… in text order; every span slices out its surface, line and column included."""
    text = "بغداد - واع - قال الوزير لرويترز إن الاتفاق قريب.\nوذكرت وكالة فرانس برس أن الوفد وصل."
    found = cites(text)
    assert [(c.id, c.agency, c.role) for c in found] == [
        ("c1", "INA", R.DATELINE), ("c2", "Reuters", R.INTERVIEW), ("c3", "AFP", R.ATTRIBUTION),
    ]
    for c in found:
        assert text[c.span.start:c.span.end] == c.surface
    assert (found[2].span.line, found[2].span.column) == (2, text.split("\n")[1].index("وكالة") + 1)


def test_adversarial_input_finds_nothing_in_linear_work() -> None:
    """Long runs of near-misses and separators name no agency, and cost linear work (the
    patterns cannot backtrack: tests/test_regex_backtracking.py)."""
    def near_misses(size: int) -> str:
        return (("وكالة " * size) + ("( - / " * size) + ("واسع " * size) + "\n"
                + ("أ ف " * size))

    assert cites(near_misses(3000)) == []
    assert_linear(lambda size: cites(near_misses(size)), 500)


# ------------------------------------------------------------------ harder real-world shapes


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("بغداد ـ واع ـ أعلنت وزارة الداخلية اعتقال خلية.", [("INA", "dateline")]),
        ("القاهرة ـ «القدس العربي»: قال مسؤول إن الاتفاق قريب.", [("AlQudsAlArabi", "dateline")]),
        ("وقال الوزير لـ رويترز إن الاتفاق قريب.", [("Reuters", "interview")]),
        ("ذكرت وكالة الأنباء السعودية الرسمية (واس) أن الملك استقبل الوفد.",
         [("SPA", "attribution")]),
        ("The official Saudi Press Agency (SPA) said the talks ended.", [("SPA", "attribution")]),
        ("The state news agency SPA said the talks ended.", [("SPA", "attribution")]),
        ("Smoke rises over the city. Getty Images/AFP\nThe strike hit at dawn.",
         [("AFP", "photo_credit")]),
        ("Smoke rises over the city. AFP via Getty Images\nThe strike hit at dawn.",
         [("AFP", "photo_credit")]),
        ("The talks ended.\nCopyright 2024 The Associated Press. All rights reserved.",
         [("AP", "credit")]),
        ("The talks ended.\nReuters contributed to this report.", [("Reuters", "credit")]),
        ("Bloomberg reported that the deal was close.", [("Bloomberg", "attribution")]),
    ],
)
def test_harder_shapes(text: str, expected: list[tuple[str, str]]) -> None:
    """Tatweel dashes, titled names with abbreviations, Latin photo and copyright credits."""
    assert summary(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "شهدت مدن جنوب شرق الأناضول أمطاراً غزيرة.",
        "Former mayor Michael Bloomberg said he would donate.",
        "أصدرت الهيئة الوطنية للإعلام قراراً جديداً.",
        "See https://twitter.com/Reuters/status/1234567890 for the post.",
        "Sputnik 1 was launched in 1957.",
    ],
)
def test_more_collisions(text: str) -> None:
    """Regions, people, other bodies, URLs and satellites that share an agency's name."""
    assert cites(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وذكر مراسل الجزيرة أن القصف استمر ساعتين.", [("AlJazeera", "attribution")]),
        ("اعتقلت السلطات مراسل قناة العربية في العاصمة.", [("AlArabiya", "subject")]),
        ("وطالبت نقابة الصحفيين وكالة رويترز بالاعتذار.", [("Reuters", "recipient")]),
        ("القدس المحتلة - صفا\nاستشهد شاب برصاص الاحتلال.", [("Safa", "dateline")]),
        ('وبحسب ما نقل موقع "واللا" العبري عن مسؤولين فإن الحكومة ستجتمع.',
         [("Walla", "attribution")]),
        ("المصدر: الجزيرة + وكالات", [("AlJazeera", "credit")]),
    ],
)
def test_correspondents_quoted_outlets_and_source_lines(
    text: str, expected: list[tuple[str, str]]
) -> None:
    """``مراسل X`` names X; quoted outlet names count; ``المصدر:`` lines are credits."""
    assert summary(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "العالم\nاقتصاد\nرياضة\nقال الوزير إن الاتفاق قريب.",
        "أخبار العالم - ملخص اليوم\nقال الوزير إن الاتفاق قريب.",
        "وصلت فرق الإنقاذ إلى موقع الحدث بعد ساعة.",
        "انطلقت المسيرة من الساحة، وشارك فيها الآلاف عند الشروق.",
    ],
)
def test_ambiguous_outlet_names_need_real_context(text: str) -> None:
    """Menu entries, headings and ordinary words that are also outlet names are not citations."""
    assert cites(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وأضاف أن الاجتماع سيعقد في القاهرة الأسبوع المقبل - رويترز", [("Reuters", "credit")]),
        ("The talks will resume next week. Reuters", [("Reuters", "credit")]),
        ("A Reuters/Ipsos poll showed support falling.", [("Reuters", "attribution")]),
        ("وقال الوزير في تصريحات نقلتها وكالة رويترز إن الوضع مستقر.",
         [("Reuters", "attribution")]),
        ("وأكد في اتصال هاتفي مع وكالة فرانس برس أن الوفد وصل.", [("AFP", "interview")]),
        ('وتحدث الوزير إلى "بي بي سي" عن خطط الحكومة.', [("BBC", "interview")]),
        ("أبوظبي (الاتحاد)\nأكد المسؤول أهمية المشروع.", [("AlIttihad", "dateline")]),
        ("Washington (CNN) — The Senate voted on Tuesday.", [("CNN", "dateline")]),
    ],
)
def test_line_end_credits_compound_names_and_datives(
    text: str, expected: list[tuple[str, str]]
) -> None:
    """A name closing its line after a dash is a credit; ``Reuters/Ipsos`` is no dateline."""
    assert summary(text) == expected


def test_quoted_abbreviation_after_full_name_is_merged_with_both_quotes() -> None:
    """``وكالة الأنباء السعودية "واس"`` is one citation whose surface keeps both quotes."""
    found = cites('ونقلت وكالة الأنباء السعودية "واس" عن مصدر مسؤول أن الاجتماع عقد.')
    assert [(c.agency, c.role, c.surface) for c in found] == [
        ("SPA", R.ATTRIBUTION, 'وكالة الأنباء السعودية "واس"'),
    ]


def test_reuters_institute_is_not_the_agency() -> None:
    """The Reuters Institute and the Thomson Reuters Foundation are other bodies."""
    assert cites("The Reuters Institute and the Thomson Reuters Foundation met.") == []


def test_html_captions_and_tag_lists_set_the_role() -> None:
    """In HTML, a name inside ``<figcaption>`` credits a photo and one in a tag list is a label."""
    from provenance.load.html import html_article

    page = (  # constructed page
        "<html><body><article><h1>عنوان</h1>"
        "<p>بغداد - واع - أعلنت الوزارة خطة جديدة.</p>"
        "<figure><img src='a.jpg'><figcaption>متظاهرون في بغداد. رويترز</figcaption></figure>"
        "<p>وقال الوزير لوكالة فرانس برس إن الخطة ستنفذ.</p>"
        "<div class='tags'><a rel='tag' href='/t/1'>رويترز</a></div>"
        "</article></body></html>"
    )
    found = find_citations(html_article(page, "constructed.html", "utf-8"))
    assert [(c.agency, c.role, c.is_source) for c in found] == [
        ("INA", R.DATELINE, True), ("Reuters", R.PHOTO_CREDIT, False),
        ("AFP", R.INTERVIEW, True), ("Reuters", R.LABEL, False),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وقال المسؤول التركي للأناضول إن الوفد سيصل غداً.", [("Anadolu", "interview")]),
        ("وقال الخبير للجزيرة نت إن الأسعار سترتفع.", [("AlJazeera", "interview")]),
        ("وقال المتحدث للجزيرة إن القصف مستمر.", [("AlJazeera", "interview")]),
        ("وأضاف في حديث للعربية أن الحوار متواصل.", [("AlArabiya", "interview")]),
        ("وقال مصدر مسؤول لواس إن الاجتماع انتهى.", [("SPA", "interview")]),
    ],
)
def test_dative_names(text: str, expected: list[tuple[str, str]]) -> None:
    """``للأناضول`` is ل + الأناضول; ambiguous names spoken to in an interview count."""
    assert summary(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "صدرت ترجمة الكتاب للعربية العام الماضي.",
        "وقال الرئيس للعالم إن السلام ممكن.",
        "وقال الوزير للاتحاد الأوروبي إن بلاده ملتزمة.",
        "ونقل الاتحاد الأوروبي عن مسؤوليه أن الاتفاق قريب.",
    ],
)
def test_dative_collisions(text: str) -> None:
    """Translation into Arabic, speaking to the world or to the EU name no outlet."""
    assert cites(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "As the economist said, the independent candidate is the guardian of reform.",
        "وتألق الحارس جيجي بوفون في المباراة.",
        "أقيم مهرجان سوق عكاظ في الطائف.",
        "وأعلن الجانب المصري اليوم موافقته على المقترح.",
        "وفي اليوم السابع من الشهر وصل الوفد.",
        "The company signed a DPA with prosecutors.",
    ],
)
def test_common_words_that_are_also_publication_names(text: str) -> None:
    """Lower-case English words and everyday Arabic phrases are not the papers they name."""
    assert cites(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Smoke rises over the city. REUTERS/Ahmed Saad\nThe strike hit at dawn.",
         [("Reuters", "photo_credit")]),
        ("The minister told the Associated Press that talks would resume.", [("AP", "interview")]),
        ("As The Economist reported last week, prices rose.", [("Economist", "attribution")]),
    ],
)
def test_latin_names_in_capitals_and_with_lower_case_the(
    text: str, expected: list[tuple[str, str]]
) -> None:
    """``REUTERS`` and ``the Associated Press`` are the agencies; ``The Economist`` the paper."""
    assert summary(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Le ministre a déclaré à l'AFP que les pourparlers reprendront.", [("AFP", "interview")]),
        ("El ministro dijo a EFE que las conversaciones seguirán.", [("EFE", "interview")]),
        ("Der Minister sagte der dpa, die Gespräche gingen weiter.", [("dpa", "interview")]),
        ("He said in an AP interview that the war would end.", [("AP", "interview")]),
        ("Reuters was banned from the briefing on Monday.", [("Reuters", "subject")]),
        ("Selon l'AFP, le bilan s'élève à douze morts.", [("AFP", "attribution")]),
    ],
)
def test_other_languages_and_cues_after_the_name(
    text: str, expected: list[tuple[str, str]]
) -> None:
    """French, Spanish and German interview shapes; ``AP interview`` and ``was banned`` after."""
    assert summary(text) == expected


def test_short_paragraph_with_bracket_credit_is_not_a_caption() -> None:
    """A short paragraph without a full stop is still a paragraph when it reports speech."""
    text = "وقال الوزير إن الاتفاق سيوقع قريبا (رويترز)\nوأضاف أن الوفد سيصل غداً.\nالنهاية."
    assert summary(text) == [("Reuters", "credit")]
    text = "وأكد المتحدث استمرار المفاوضات (أ ف ب)\nالنص."
    assert summary(text) == [("AFP", "credit")]


@pytest.mark.parametrize(
    ("text", "agency", "surface"),
    [
        ("ونقلت وكالة الأنباء السورية (سانا) عن مصدر عسكري أن الهجوم صد.", "SANA",
         "وكالة الأنباء السورية (سانا)"),
        ("وذكرت وكالة الأنباء البريطانية رويترز أن الشحنة وصلت.", "Reuters",
         "وكالة الأنباء البريطانية رويترز"),
        ("وأفادت وكالة الأنباء الإيرانية الرسمية (إرنا) بأن الوزير وصل.", "IRNA",
         "وكالة الأنباء الإيرانية الرسمية (إرنا)"),
    ],
)
def test_descriptive_agency_names(text: str, agency: str, surface: str) -> None:
    """``وكالة الأنباء السورية`` and its kind name the national agency, abbreviation merged."""
    found = cites(text)
    assert [(c.agency, c.role, c.surface) for c in found] == [(agency, R.ATTRIBUTION, surface)]
