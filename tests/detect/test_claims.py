"""Claim detection: the seed article, every quote style, continuations, English attribution.

All sentences except the seed are constructed for these tests, modelled on the quirks listed in
shared/reference/quirks.md (quote styles, unbalanced quotes, names in quotes, Arabic datelines).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from provenance.detect.claims import find_claims
from provenance.detect.quotes import find_quotes
from provenance.model import (
    Anchor,
    Article,
    Citation,
    CitationRole,
    Claim,
    Embed,
    EmbedForm,
    Medium,
    PostMention,
)
from tests.work import assert_linear

SEED = Path(__file__).resolve().parents[2] / ".." / "shared" / "seed" / "000_ec877a3d0b7e51c8.txt"


def make_article(text: str) -> Article:
    anchors, offset = [], 0
    for number, line in enumerate(text.split("\n"), 1):
        anchors.append(Anchor(offset, number, 1))
        offset += len(line) + 1
    return Article(source="constructed", text=text, format="text", encoding="utf-8",
                   anchors=tuple(anchors))


def claims_of(text: str, embeds=(), citations=(), mentions=()) -> tuple[Claim, ...]:
    return find_claims(make_article(text), tuple(embeds), tuple(citations), tuple(mentions))


def citation(article: Article, surface: str, role: CitationRole, cid: str, agency: str) -> Citation:
    start = article.text.index(surface)
    return Citation(cid, agency, agency, surface, role, True,
                    article.span(start, start + len(surface)))


# --------------------------------------------------------------------------- the seed


@pytest.fixture(scope="module")
def seed_claims() -> tuple[Claim, ...]:
    text = SEED.read_text(encoding="utf-8")
    article = make_article(text)
    lines = text.split("\n")
    start6 = sum(len(line) + 1 for line in lines[:5])
    end7 = sum(len(line) + 1 for line in lines[:7]) - 1
    # Constructed by hand as the embed and citation detectors would report them.
    e1 = Embed("e1", "twitter", EmbedForm.FLATTENED, None, None, "qassimalaraji", "قاسم الاعرجي",
               date(2021, 12, 9), lines[5], article.span(start6, end7))
    c1 = citation(article, "وكالة الانباء العراقية (واع)", CitationRole.WITNESS, "c1", "INA")
    c2 = citation(article, 'وكالة "أسوشيتد برس" الأميركية', CitationRole.INTERVIEW, "c2", "AP")
    return find_claims(article, (e1,), (c1, c2), ())


def test_seed_has_at_least_twelve_claims_in_text_order(seed_claims):
    assert len(seed_claims) >= 12
    assert [c.id for c in seed_claims] == [f"k{i}" for i in range(1, len(seed_claims) + 1)]
    assert [c.span.start for c in seed_claims] == sorted(c.span.start for c in seed_claims)


def by_line(claims, number):
    return [c for c in claims if c.line_number == number]


@pytest.mark.parametrize("line", [1, 2, 3, 4, 5])
def test_seed_alaraji_claims_rest_on_the_post(seed_claims, line):
    found = by_line(seed_claims, line)
    assert found
    for claim in found:
        assert claim.speaker == "قاسم الأعرجي"
        assert claim.medium is Medium.POST
        assert claim.sources == ("e1",)


def test_seed_headline_and_line_2(seed_claims):
    headline = by_line(seed_claims, 1)[0]
    assert headline.verb == "يعلن" and not headline.quoted
    assert headline.text.startswith("انتهاء المهام القتالية")
    quoted, reported = by_line(seed_claims, 2)
    assert quoted.quoted and quoted.speaker_title == "مستشار الأمن القومي"
    assert quoted.text == "انتهاء المهام القتالية لقوات التحالف وانسحابها من العراق رسمياً"
    assert not reported.quoted and reported.verb == "ويقول"
    assert reported.text == "العلاقة معه ستستمر في مجال التدريب والاستشارة والتمكين"


def test_seed_line_3_reported_without_an(seed_claims):
    (claim,) = by_line(seed_claims, 3)
    assert claim.verb == "أعلن" and not claim.quoted
    assert claim.text == "انتهاء المهام القتالية لقوات التحالف وانسحابها من العراق"


def test_seed_line_4_has_two_quotes_and_line_5_continues(seed_claims):
    first, second = by_line(seed_claims, 4)
    assert first.verb == "وأضاف" and first.text.startswith("تم انتهاء جولة الحوار")
    assert second.verb == "مشيراً"
    (cont,) = by_line(seed_claims, 5)
    assert cont.verb == "وتابع" and cont.text.startswith("العلاقة مع التحالف الدولي")


def test_seed_press_conference_with_unbalanced_quote(seed_claims):
    (claim,) = by_line(seed_claims, 8)
    assert claim.speaker == "سعد معن"
    assert claim.speaker_title is not None and "رئيس خلية الإعلام الأمني" in claim.speaker_title
    assert claim.medium is Medium.PRESS_CONFERENCE and claim.sources == ("c1",)
    # The inner " before معاون must not cut the quote short.
    assert claim.text.startswith("اجتماعاً عقد في مقر الخلية")
    assert claim.text.endswith("خلال 24 شهراً المقبلة")


def test_seed_second_hand_chain(seed_claims):
    (claim,) = by_line(seed_claims, 9)
    assert claim.speaker == "جون بريمر"
    assert claim.speaker_title == "اللواء"
    assert claim.reported_by == "سعد معن"
    assert claim.medium is Medium.PRESS_CONFERENCE


def test_seed_line_10_continues_saad_maan(seed_claims):
    claims = by_line(seed_claims, 10)
    assert [c.verb for c in claims] == ["وشدد", "مبيناً"]
    for claim in claims:
        assert claim.speaker == "سعد معن" and claim.reported_by is None
        assert claim.medium is Medium.PRESS_CONFERENCE and claim.sources == ("c1",)


def test_seed_kadhimi_and_salih(seed_claims):
    (july,) = by_line(seed_claims, 11)
    assert (july.speaker, july.speaker_title) == ("مصطفى الكاظمي", "رئيس الوزراء العراقي")
    assert july.medium is Medium.NONE and july.sources == ()
    (interview,) = by_line(seed_claims, 12)
    assert interview.speaker == "مصطفى الكاظمي"
    assert interview.medium is Medium.INTERVIEW and interview.sources == ("c2",)
    assert interview.text.startswith("القوات الأمنية العراقية")  # not "أسوشيتد برس"
    for line in (13, 14):
        (claim,) = by_line(seed_claims, line)
        assert claim.speaker == "برهم صالح" and claim.medium is Medium.NONE
    assert by_line(seed_claims, 13)[0].speaker_title == "الرئيس العراقي"
    assert by_line(seed_claims, 14)[0].verb == "وأضاف"


def test_seed_post_text_itself_is_not_a_claim(seed_claims):
    assert not by_line(seed_claims, 6) and not by_line(seed_claims, 7)


def test_seed_spans_point_at_the_claim_text(seed_claims):
    text = SEED.read_text(encoding="utf-8")
    for claim in seed_claims:
        assert text[claim.span.start:claim.span.end] == claim.text
        assert claim.span.line == claim.line_number


# --------------------------------------------------------------------------- quote styles

STATEMENT = "لن نسمح بأي اعتداء على البعثات الدبلوماسية"


@pytest.mark.parametrize("left,right", [('"', '"'), ("“", "”"), ("«", "»"), ("”", "“"),
                                        ("»", "«")])
def test_every_quote_style(left, right):
    (claim,) = claims_of(f"وقال وزير الخارجية فؤاد حسين {left}{STATEMENT}{right}.")
    assert claim.quoted and claim.text == STATEMENT
    assert (claim.speaker, claim.speaker_title) == ("فؤاد حسين", "وزير الخارجية")


def test_nested_quotes_make_one_claim():
    text = 'قال الوزير «إن الحكومة وصفت الهجوم بأنه "عمل إرهابي جبان" وستلاحق منفذيه».'
    (claim,) = claims_of(text)
    assert claim.text == 'إن الحكومة وصفت الهجوم بأنه "عمل إرهابي جبان" وستلاحق منفذيه'


def test_unbalanced_inner_quote_keeps_whole_quote():
    text = 'وأكد المتحدث أن "الاجتماع عقد بحضور "ممثلي الوزارات المعنية كافة ".'
    (claim,) = claims_of(text)
    assert claim.text == 'الاجتماع عقد بحضور "ممثلي الوزارات المعنية كافة'


def test_quote_glued_to_the_verb():
    (claim,) = claims_of('الوزير قاسم محمد يعلن"انتهاء العمليات العسكرية في المنطقة"، اليوم.')
    assert claim.text == "انتهاء العمليات العسكرية في المنطقة" and claim.speaker == "قاسم محمد"


@pytest.mark.parametrize("text", [
    'وقال لوكالة "أسوشيتد برس" إنه سيزور بغداد قريباً.',
    'وصف الهجوم بأنه "إرهابي" وحمّل "داعش" المسؤولية.',
    'He told "Reuters" on Monday.',
])
def test_names_and_single_words_in_quotes_are_not_claims(text):
    assert all(not c.quoted for c in claims_of(text))


def test_unclosed_quote_runs_to_paragraph_end():
    (quote,) = find_quotes('قال "الحرب انتهت ولن تعود')
    assert (quote.start, quote.end) == (5, len('قال "الحرب انتهت ولن تعود'))


# --------------------------------------------------------------------------- speakers


def test_continuation_and_pronoun_resolve_to_previous_speaker():
    text = ("أكد وزير النفط إحسان عبد الجبار أن الإنتاج سيرتفع في العام المقبل.\n"
            'وأضاف أنه "لا توجد نية لخفض الصادرات".\n'
            'وتابع: "الأسعار مستقرة حالياً في الأسواق".\n'
            'من جانبه، أكد أن "الوزارة ستعلن الأرقام قريباً".')
    claims = claims_of(text)
    assert [c.speaker for c in claims] == ["إحسان عبد الجبار"] * 4
    assert claims[1].speaker_title == "وزير النفط"


def test_surname_resolves_to_full_name_before_and_after():
    text = ("الحلبوسي يعلن رسمياً موعد الجلسة المقبلة للبرلمان\n"
            "قال رئيس البرلمان محمد الحلبوسي إن الجلسة ستعقد يوم الأحد المقبل.\n"
            'وأضاف الحلبوسي أن "جميع الكتل ستحضر الجلسة".')
    claims = claims_of(text)
    assert [c.speaker for c in claims] == ["محمد الحلبوسي"] * 3
    assert claims[2].speaker_title == "رئيس البرلمان"


def test_a_new_speaker_is_not_taken_for_the_previous_one():
    text = ('قال الرئيس برهم صالح إن "الحوار مستمر مع جميع الأطراف".\n'
            'بدوره، كان رئيس الوزراء مصطفى الكاظمي، قال إن "الحكومة ملتزمة بالإصلاح".')
    assert [c.speaker for c in claims_of(text)] == ["برهم صالح", "مصطفى الكاظمي"]


def test_anonymous_source_is_kept_as_written():
    (claim,) = claims_of("أكد مصدر أمني أن الهجوم استهدف قاعدة عسكرية غربي البلاد.")
    assert claim.speaker == "مصدر أمني" and not claim.quoted


def test_quote_before_its_verb():
    (claim,) = claims_of('"نحن لا نسعى إلى الحرب مع أحد"، قال وزير الدفاع جمعة عناد.')
    assert (claim.speaker, claim.speaker_title, claim.verb) == ("جمعة عناد", "وزير الدفاع", "قال")


def test_second_hand_reported_by_the_relay():
    text = 'قال السفير محمد علي إن "الوزير أحمد سالم أكد أن القوات ستنسحب قريباً من المدينة".'
    (claim,) = claims_of(text)
    assert claim.speaker == "أحمد سالم" and claim.reported_by == "محمد علي"
    assert claim.speaker_title == "الوزير"


# --------------------------------------------------------------------------- English


@pytest.mark.parametrize("text,speaker,title,content", [
    ('"We will not retreat from our commitments," Prime Minister Mustafa al-Kadhimi said.',
     "Mustafa al-Kadhimi", "Prime Minister", "We will not retreat from our commitments"),
    ("Iraqi President Barham Salih said that the dialogue was important for stability.",
     "Barham Salih", "Iraqi President", "the dialogue was important for stability"),
    ("John Smith, the spokesman for the coalition, said the mission would end in December.",
     "John Smith", "the spokesman for the coalition", "the mission would end in December"),
    ('"The combat mission is over," said Gen. John Brennan, the coalition commander.',
     "John Brennan", "Gen.", "The combat mission is over"),
    ("According to the ministry, at least 30 people were killed in the attack.",
     "the ministry", None, "at least 30 people were killed in the attack"),
    ("At least 30 people were killed in the attack, according to the health ministry.",
     "the health ministry", None, "At least 30 people were killed in the attack"),
    ("Officials said the convoy was hit near the border.",
     "Officials", None, "the convoy was hit near the border"),
])
def test_english_attribution(text, speaker, title, content):
    (claim,) = claims_of(text)
    assert (claim.speaker, claim.speaker_title, claim.text) == (speaker, title, content)


def test_english_pronouns_continue_the_speaker():
    text = ('Foreign Minister Fuad Hussein said that talks would resume in March.\n'
            '"We are ready," he said. "The army will protect the country," he added.')
    claims = claims_of(text)
    assert [c.speaker for c in claims] == ["Fuad Hussein"] * 3
    assert [c.verb for c in claims] == ["said", "said", "added"]


# --------------------------------------------------------------------------- media


def test_statement_and_press_conference_phrases():
    text = ('وقالت وزارة الخارجية في بيان إن "السفارة ستبقى مفتوحة أمام المراجعين".\n'
            "The minister said at a press conference that the border would reopen soon.")
    first, second = claims_of(text)
    assert first.medium is Medium.STATEMENT
    assert second.medium is Medium.PRESS_CONFERENCE


def test_interview_through_a_told_citation():
    text = "Kadhimi told The Associated Press that Iraqi forces were ready to protect the country."
    article = make_article(text)
    ap = citation(article, "The Associated Press", CitationRole.INTERVIEW, "c1", "AP")
    (claim,) = find_claims(article, (), (ap,), ())
    assert claim.speaker == "Kadhimi" and claim.medium is Medium.INTERVIEW
    assert claim.sources == ("c1",)


def test_agency_attribution_and_story_dateline():
    text = ("بغداد - واع\n"
            "قال المتحدث العسكري يحيى رسول إن القوات أحبطت هجوماً في الأنبار.\n"
            "وذكرت رويترز أن مسؤولين أكدوا وقوع الهجوم قرب الحدود.")
    article = make_article(text)
    dateline = citation(article, "واع", CitationRole.DATELINE, "c1", "INA")
    reuters = citation(article, "رويترز", CitationRole.ATTRIBUTION, "c2", "Reuters")
    claims = find_claims(article, (), (dateline, reuters), ())
    assert claims[0].medium is Medium.AGENCY and claims[0].sources == ("c1",)
    assert claims[-1].medium is Medium.AGENCY and "c2" in claims[-1].sources


def test_post_named_by_the_sentence_links_the_mention_and_matching_embed():
    text = ('وكتب الكاظمي في تغريدة أن "العراق لن يكون منطلقاً للاعتداء على جيرانه".\n'
            "نص التغريدة هنا\n"
            "— مصطفى الكاظمي (@MAKadhimi) January 5, 2022")
    article = make_article(text)
    lines = text.split("\n")
    start = len(lines[0]) + 1
    embed = Embed("e1", "twitter", EmbedForm.FLATTENED, None, None, "MAKadhimi", "مصطفى الكاظمي",
                  date(2022, 1, 5), lines[1], article.span(start, len(text)))
    at = text.index("تغريدة")
    mention = PostMention("m1", "twitter", "تغريدة", article.span(at, at + 6), "الكاظمي")
    (claim,) = find_claims(article, (embed,), (), (mention,))
    assert claim.medium is Medium.POST
    assert claim.sources == ("e1", "m1")
    assert claim.speaker == "مصطفى الكاظمي"


def test_continuation_inherits_medium_only_for_the_same_voice():
    text = ('وقال الوزير سامي حسن خلال مؤتمر صحافي إن "الخطة جاهزة للتنفيذ الفوري".\n'
            'وأضاف أن "التمويل مضمون بالكامل من الموازنة".\n'
            'وقال النائب علي كريم إن "الخطة تحتاج إلى مراجعة دقيقة".')
    first, second, third = claims_of(text)
    assert first.medium is Medium.PRESS_CONFERENCE
    assert second.medium is Medium.PRESS_CONFERENCE
    assert third.medium is Medium.NONE


# --------------------------------------------------------------------------- robustness


@pytest.mark.parametrize("unit", ['"', '" ', "«»", "»«", "— ", 'قال "', "وأضاف أن ", "said, ",
                                  'قال "أ ب ج" ', "He said. ", "رئيس الوزراء ", "من جانبه، ",
                                  "محمد، ", "John, "])
def test_adversarial_input_is_read_right_in_linear_work(unit):
    text = unit * (20_000 // len(unit))
    claims = claims_of(text)
    # only a verb before a quotation mark makes a claim here, and every claim is in the text
    assert bool(claims) is ("قال" in unit and '"' in unit)
    assert all(text[c.span.start:c.span.end] == c.text for c in claims)
    assert_linear(lambda size: claims_of(unit * (size // len(unit))), 5_000)


def test_empty_and_plain_text_have_no_claims():
    assert claims_of("") == ()
    assert claims_of("انخفضت درجات الحرارة في بغداد اليوم.\nThe weather was cold.") == ()


def test_second_hand_in_reported_speech():
    text = "أكد الوزير محمد صالح أن الرئيس علي كريم قال إن الانتخابات ستجري في موعدها المحدد."
    (claim,) = claims_of(text)
    assert (claim.speaker, claim.speaker_title) == ("علي كريم", "الرئيس")
    assert claim.reported_by == "محمد صالح" and not claim.quoted
    assert claim.text == "الانتخابات ستجري في موعدها المحدد"


def test_agency_relaying_anonymous_officials():
    text = "وذكرت رويترز أن مسؤولين أكدوا وقوع الهجوم قرب الحدود."
    article = make_article(text)
    reuters = citation(article, "رويترز", CitationRole.ATTRIBUTION, "c1", "Reuters")
    (claim,) = find_claims(article, (), (reuters,), ())
    assert (claim.speaker, claim.reported_by) == ("مسؤولين", "رويترز")
    assert claim.medium is Medium.AGENCY and claim.sources == ("c1",)


def test_title_alone_is_the_person_last_named_with_it_or_the_title():
    text = ('قال وزير الخارجية فؤاد حسين إن "المفاوضات ستستأنف الأسبوع المقبل".\n'
            'وأضاف الوزير أن "الوفد سيغادر غداً إلى طهران".\n'
            'بدوره، قال رئيس الوزراء إن "الحكومة ترحب بالدعوة إلى التهدئة".')
    claims = claims_of(text)
    assert [c.speaker for c in claims] == ["فؤاد حسين", "فؤاد حسين", "رئيس الوزراء"]


def test_person_introduced_by_title_outside_a_statement():
    text = ("دعا زعيم التيار الصدري مقتدى الصدر أنصاره إلى الانسحاب من المنطقة الخضراء.\n"
            'وقال الصدر في مؤتمر صحفي عقده في النجف إن "هذه ليست ثورة على أحد".\n'
            'وأضاف أن "من لا ينسحب خلال ساعة فأنا بريء منه".')
    claims = claims_of(text)
    assert [c.speaker for c in claims] == ["مقتدى الصدر", "مقتدى الصدر"]
    assert [c.medium for c in claims] == [Medium.PRESS_CONFERENCE] * 2
    assert claims[0].speaker_title == "زعيم التيار الصدري"


@pytest.mark.parametrize("text,speaker,content", [
    ("Turkish authorities detained dozens of people after the protests, police said.",
     "police", "Turkish authorities detained dozens of people after the protests"),
    ("الهجوم وقع فجراً قرب الحدود، قال مصدر أمني.", "مصدر أمني", "الهجوم وقع فجراً قرب الحدود"),
    ('"Nothing has been decided yet," a senior official who spoke on condition of anonymity '
     "said.", "a senior official", "Nothing has been decided yet"),
])
def test_attribution_after_the_content(text, speaker, content):
    (claim,) = claims_of(text)
    assert (claim.speaker, claim.text) == (speaker, content)


def test_title_with_a_glued_preposition():
    text = ("قال المتحدث الرسمي لوزارة الخارجية ماجد الأنصاري خلال المؤتمر الصحفي إن "
            '"الوساطة مستمرة بلا توقف".')
    (claim,) = claims_of(text)
    assert claim.speaker == "ماجد الأنصاري"
    assert claim.speaker_title == "المتحدث الرسمي لوزارة الخارجية"
    assert claim.medium is Medium.PRESS_CONFERENCE


def test_many_quotes_after_one_verb_are_all_claims_in_linear_work():
    def claims(quotes: int) -> tuple[Claim, ...]:
        return claims_of("He said that " + "“we will stay here” " * quotes)

    found = claims(3_000)
    assert len(found) == 3_000 and found[0].verb == "said"
    assert_linear(claims, 500)


@pytest.mark.parametrize("text,speaker,content", [
    ("أعلنت وزارة الصحة وفاة شاب متأثراً بجروحه.", "وزارة الصحة", "وفاة شاب متأثراً بجروحه"),
    ("أعلنت وكالة ناسا الأميركية إطلاق مسبار جديد لاستكشاف المريخ.", "وكالة ناسا الأميركية",
     "إطلاق مسبار جديد لاستكشاف المريخ"),
    ("أعلنت الحكومة الفرنسية الثلاثاء خطة جديدة لدعم قطاع الطاقة.", "الحكومة الفرنسية",
     "خطة جديدة لدعم قطاع الطاقة"),
    ("أكد وزير الري المصري أهمية التوصل إلى اتفاق ملزم.", "وزير الري المصري",
     "أهمية التوصل إلى اتفاق ملزم"),
    ("Russian officials said Tuesday that talks would resume next week, according to state "
     "media.", "Russian officials", "talks would resume next week"),
    ("Iraq's oil minister said on Sunday the country would keep output steady.",
     "Iraq's oil minister", "the country would keep output steady"),
])
def test_institutions_objects_and_short_english_subjects(text, speaker, content):
    (claim,) = claims_of(text)
    assert (claim.speaker, claim.text) == (speaker, content)


def test_reported_claim_starts_after_a_dateline():
    text = ("(ANSA) - ISTANBUL, 16 MAR - Turkish authorities detained dozens of people after "
            "the protests, police said.")
    article = make_article(text)
    ansa = citation(article, "ANSA", CitationRole.DATELINE, "c1", "ANSA")
    (claim,) = find_claims(article, (), (ansa,), ())
    assert claim.text == "Turkish authorities detained dozens of people after the protests"
    assert claim.speaker == "police" and claim.medium is Medium.AGENCY
    assert text[claim.span.start:claim.span.end] == claim.text


def test_outlet_relaying_a_source_with_nuqil_an():
    text = 'ونقلت وكالة "رويترز" عن مصدر أمني قوله إن الهجوم وقع فجراً قرب الحدود.'
    article = make_article(text)
    reuters = citation(article, "رويترز", CitationRole.ATTRIBUTION, "c1", "Reuters")
    (claim,) = find_claims(article, (), (reuters,), ())
    assert (claim.speaker, claim.reported_by) == ("مصدر أمني", 'وكالة "رويترز"')
    assert claim.text == "الهجوم وقع فجراً قرب الحدود"
    assert claim.medium is Medium.AGENCY and claim.sources == ("c1",)
    quoted = claims_of('ونقلت رويترز عن وزير الخارجية فؤاد حسين قوله إن "المفاوضات ستستأنف قريباً".')
    assert (quoted[0].speaker, quoted[0].speaker_title, quoted[0].reported_by) == (
        "فؤاد حسين", "وزير الخارجية", "رويترز")


def test_example_article_constructions():
    text = (
        "وزير الموارد المائية يعلن بدء التشغيل التجريبي لسد الرمادي الجديد\n"
        "أعلن وزير الموارد المائية العراقي سامر الحديثي، اليوم الاثنين، بدء التشغيل التجريبي.\n"
        "ونقلت وكالة فرانس برس عن مصدر في الوزارة قوله إن \"الكلفة تجاوزت التقديرات الأولية\".\n"
        "وكان محافظ الأنبار علي الدليمي قد أكد أن \"المحافظة ستتولى صيانة القنوات\".\n"
        "ورحبت الحكومة العراقية بالمشروع في منشور https://x.com/IraqiGovt/status/1632445918475259909"
        " أكدت فيه أن \"مشاريع المياه أولوية وطنية\".\n"
        "في المقابل، قال النائب عن المحافظة سعد الكبيسي إن \"العمل في المشروع تأخر كثيراً\"."
    )
    article = make_article(text)
    url = "https://x.com/IraqiGovt/status/1632445918475259909"
    at = text.index(url)
    e1 = Embed("e1", "twitter", EmbedForm.URL, "1632445918475259909", url, "IraqiGovt", None,
               None, None, article.span(at, at + len(url)))
    claims = find_claims(article, (e1,), (), ())
    assert [(c.speaker, c.speaker_title) for c in claims] == [
        ("سامر الحديثي", "وزير الموارد المائية"),        # headline title → named later
        ("سامر الحديثي", "وزير الموارد المائية العراقي"),
        ("مصدر في الوزارة", None),
        ("علي الدليمي", "محافظ الأنبار"),                 # "قد أكد"
        ("الحكومة العراقية", None),                       # subject of the sentence's first verb
        ("سعد الكبيسي", "النائب عن المحافظة"),
    ]
    assert claims[2].reported_by == "وكالة فرانس برس"
    assert claims[4].medium is Medium.POST and claims[4].sources == ("e1",)


#: Constructed sentences whose subject is ``size`` words long, before their verb.
LONG_SUBJECTS = {
    "title_then_quotes": lambda size: ("ورحبت الحكومة " + "الكبرى " * size
                                       + 'أكدت أن "الأمر انتهى تماما الآن" ' * (size // 7)),
    "title_words": lambda size: "رئيس " + "الوزراء " * size + "قال إن الحرب انتهت الآن",
    "names": lambda size: "محمد، " * size + "قال إن الحرب انتهت الآن",
}


@pytest.mark.parametrize("text", list(LONG_SUBJECTS.values()), ids=list(LONG_SUBJECTS))
def test_long_subjects_take_linear_work(text):
    assert_linear(lambda size: claims_of(text(size)), 1_000)


# --------------------------------------------------------------------------- speaker errors
# Constructed sentences modelled on fixtures/eval/docs/cl01, cl02 and fixtures/articles/example_ar.


def test_compound_surname_resolves_to_the_full_name_and_keeps_the_medium():
    text = ('قال وزير النفط حيان عبد الغني خلال مؤتمر صحفي في بغداد إن "الصادرات سترتفع كثيراً".\n'
            'وأضاف عبد الغني أن "الوزارة تعمل على زيادة الطاقة التكريرية".\n'
            'وقال أبو زيد إن "المفاوضات لم تبدأ بعد".')
    first, second, third = claims_of(text)
    assert first.speaker == second.speaker == "حيان عبد الغني"
    assert second.medium is Medium.PRESS_CONFERENCE
    assert third.speaker == "أبو زيد"  # a compound surname nobody wrote in full stays as is


@pytest.mark.parametrize("text, speaker, title", [
    ('قال رئيس إقليم كردستان نيجيرفان بارزاني في مقابلة إن "الحوار هو الطريق الوحيد".',
     "نيجيرفان بارزاني", "رئيس إقليم كردستان"),
    ('قال رئيس هيئة النزاهة حيدر حنون إن "التحقيقات مستمرة في كل الملفات".',
     "حيدر حنون", "رئيس هيئة النزاهة"),
    ('قال رئيس مجلس النواب محمد الحلبوسي إن "الجلسة ستعقد الأسبوع المقبل".',
     "محمد الحلبوسي", "رئيس مجلس النواب"),
])
def test_title_ending_with_a_place_or_institution(text, speaker, title):
    (claim,) = claims_of(text)
    assert (claim.speaker, claim.speaker_title) == (speaker, title)


def test_spokesman_title_survives_an_institution_word_learnt_from_an_anonymous_source():
    text = ('من جانبه، قال المتحدث باسم الوزارة خالد العاني في حديث لوكالة الأنباء العراقية (واع)، '
            'إن "نسبة الإنجاز في المشروع بلغت خمسة وثمانين بالمئة".\n'
            'وتابع العاني أن "الوزارة تنسق مع الحكومة المحلية لتأمين الطرق".\n'
            'ونقلت وكالة فرانس برس عن مصدر في الوزارة قوله إن "الكلفة تجاوزت التقديرات".')
    article = make_article(text)
    ina = citation(article, "وكالة الأنباء العراقية (واع)", CitationRole.INTERVIEW, "c1", "INA")
    first, second, third = find_claims(article, (), (ina,), ())
    assert (first.speaker, first.speaker_title) == ("خالد العاني", "المتحدث باسم الوزارة")
    assert first.medium is Medium.INTERVIEW and first.sources == ("c1",)
    assert second.speaker == "خالد العاني"
    assert second.medium is Medium.INTERVIEW and second.sources == ("c1",)
    assert third.speaker == "مصدر في الوزارة"


@pytest.mark.parametrize("text, relay", [
    ('وكان محافظ الأنبار علي الدليمي قد أكد، بحسب ما نقل عنه مستشاره الإعلامي، أن '
     '"المحافظة ستتولى صيانة القنوات الفرعية".', "مستشاره الإعلامي"),
    ('وكان محافظ الأنبار علي الدليمي قد أكد، نقلاً عن مكتبه، أن '
     '"المحافظة ستتولى صيانة القنوات الفرعية".', "مكتبه"),
])
def test_second_hand_through_a_relay_phrase(text, relay):
    (claim,) = claims_of(text)
    assert (claim.speaker, claim.speaker_title) == ("علي الدليمي", "محافظ الأنبار")
    assert claim.reported_by == relay
    assert claim.text == "المحافظة ستتولى صيانة القنوات الفرعية"


def test_english_relay_through_his_spokesman():
    (claim,) = claims_of("Governor Ali al-Dulaimi said, according to his spokesman, that the "
                         "province would maintain the canals.")
    assert claim.speaker == "Ali al-Dulaimi"
    assert claim.reported_by == "spokesman"


@pytest.mark.parametrize("text", [
    "قال الوزير إن هذا هو الأمر، وأضاف أن الحكومة ستعمل على ذلك.",
    "أكد الوزير أن هذا هو الأمر، قال إن الحكومة ستعمل على ذلك.",
    "وأوضح أن هذه هي الحقيقة أكد أن الحكومة ستعمل على ذلك بسرعة.",
])
def test_the_claims_own_words_are_never_its_speaker(text):
    claims = claims_of(text)
    assert claims
    for claim in claims:
        assert claim.speaker is None or not claim.speaker.startswith(("هذا", "هذه"))
    assert not any(c.reported_by and c.reported_by.startswith(("هذا", "هذه")) for c in claims)
