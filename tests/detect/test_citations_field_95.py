"""Citation shapes met in samples 95–100 of real articles that the rules then got wrong.

Continues :mod:`tests.detect.test_citations_field_81`. Samples 95–100 were scored held out
(README, "Quality gate") before their misses were fixed; every sentence here is CONSTRUCTED in
the shape a real article showed, with invented people and events.
"""

from __future__ import annotations

import pytest

from tests.seed_parts import citation_summary, first_citation, first_role


@pytest.mark.parametrize("text, agency, role", [
    # a time between commas after the verb; the verb pointed out
    ("ونقلت، أمس، وكالة بلومبرغ للأنباء عن مسؤول قوله إن الاختبار سينتهي قريبا.", "Bloomberg",
     "attribution"),
    ("ولفتت وكالة “إفي” إلى صدور الإحصاء في وقت متأخر.", "EFE", "attribution"),
    # a relative clause between the agency and its verb
    ('وكانت وكالة الأنباء اليمنية "سبأ"، التي تديرها الجماعة في صنعاء، أوردت تقريرا عن الهجوم.',
     "Saba", "attribution"),
    # a statement whose owner stands between it and its verb of arriving
    ("جاء ذلك في بيان للحركة وصل الأناضول نسخة منه.", "Anadolu", "attribution"),
    # English: present tenses, a verb that is no adjective, quoting, a third word of the kind
    ("The shell that Reuters asserts was fired from a tank hit the group.", "Reuters",
     "attribution"),
    ("Agence France-Presse verified the location as south of the city.", "AFP", "attribution"),
    ("According to Example News, quoting ISNA, the minister said the talks would go on.", "ISNA",
     "attribution"),
    ("The talks ended on Monday, according to the official Iranian agency IRNA.", "IRNA",
     "attribution"),
    ("National Iraqi news agency cited a security source as saying three were hurt.", "NINA",
     "attribution"),
    ("Xinhua News Agency journalists in the capital reported hearing gunfire.", "Xinhua",
     "attribution"),
    # spoken to: with its reporter, informed with the sentence ending at its name, answered
    ("وقال الوزير في حديثه مع مراسل (كونا) إن الاتفاق مهم.", "KUNA", "interview"),
    ("وقتل عشرة أشخاص وفق ما أفادت مصادر طبية وكالة فرانس برس.", "AFP", "interview"),
    ("The spokesperson responded to Reuters by rejecting the accusations.", "Reuters",
     "interview"),
    # credits: Russian outlets' and AllAfrica's footers, a hyphenated pair, a series, a stamp
    ("The talks will resume next week.\nBased on materials from TASS", "TASS", "credit"),
    ("The talks will resume next week.\nRead the original article on MAP.", "MAP", "credit"),
    ("The talks will resume next week. -Bernama-Yonhap", "Bernama", "credit"),
    ("Xinhua Commentary: A framework for the talks is needed", "Xinhua", "credit"),
    ("Leaders meet over the fire\n(Xinhua) 08:05, August 17, 2022\nThe president sent a"
     " message.", "Xinhua", "credit"),
    ("Title\nThe fair opened on Monday and closes on Friday.\n(Xinhua News Agency March 10,"
     " 2008)", "Xinhua", "credit"),
    ("The project will help development. (XT/KUNA) 12 Mar 2006.", "KUNA", "credit"),
    # a headline closed by a spaced dash, the wire and its kind: the page's source (samples
    # 101-106 showed the spaced form credits the page; the glued "-Yonhap" quotes the wire)
    ("Two men killed in a raid - WAFA news agency\n\nThe raid began at dawn, the agency said.",
     "WAFA", "credit"),
    # a page's encoding lost the dateline's dash
    ("BEIRUT (AP) ? The army entered the town on Monday, state media said.", "AP", "dateline"),
])
def test_shapes_of_samples_95_to_100(text: str, agency: str, role: str) -> None:
    assert first_citation(text, agency) == (agency, role, True)


def test_a_kind_closing_a_headline_does_not_join_the_next_line() -> None:
    # "news agency" ending the title is no context word of the wire opening the next line
    text = ("Two men killed in a raid - WAFA news agency\n\nReuters | Jerusalem | Updated:"
            " 04-12-2023 14:26 IST\nThe raid began at dawn.")
    found = [c for c in citation_summary(text) if c[0] == "Reuters"]
    assert found and found[0][1:] == ("credit", True)


def test_an_arabic_caption_closed_by_its_photographer_and_wire() -> None:
    text = "مقدمة الخبر\nمدير التلفزيون في مكتبه (سمير داود/فرانس برس)\nأقال الرئيس مدير التلفزيون."
    assert first_citation(text, "AFP") == ("AFP", "photo_credit", False)


@pytest.mark.parametrize("text, agency, role", [
    # someone else held the interview with the agency's reporter: he is what it is about
    ("وبثت القناة مقتطفات من حوار أجرته مع مراسل الأناضول في المدينة.", "Anadolu", "subject"),
    # "verified" as an adjective is no verb of the wire's
    ("Title\nKUNA, through its verified account, posted a picture of the emir.", "KUNA",
     "subject"),
    # a place with a slash closing a sentence is no photographer
    ("عنوان الخبر\nوقال الوزير إن الاتفاق مهم (رام الله/رويترز)\nوأضاف أن التوقيع قريب.",
     "Reuters", "credit"),
    # a capitalised wire credit with no date after it is still a picture's
    ("The leader inspects a missile. (REUTERS/KCNA)", "Reuters", "photo_credit"),
    # a bracketed wire and date opening the story is still its dateline
    ("(Xinhuanet 19/04/2011)\nThe fair opened on Monday.", "Xinhua", "dateline"),
    # an Arabic picture's caption opening the page, closed by a dash and the wire
    ("صحافيون في بغداد (أرشيفية) - أ ف ب\nقتل تسعة أشخاص في هجوم.", "AFP", "photo_credit"),
])
def test_near_misses_of_those_shapes(text: str, agency: str, role: str) -> None:
    assert first_role(text, agency) == (agency, role)
