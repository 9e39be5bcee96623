"""Each rule on small constructed articles: it fires when it should and stays quiet otherwise."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import UTC, date, datetime

import pytest

from provenance.model import (
    Capture,
    Citation,
    CitationRole,
    Claim,
    Detections,
    Embed,
    EmbedForm,
    InferredDate,
    Medium,
    Origin,
    PostMention,
    PostRecord,
    Resolution,
    Severity,
    Status,
)
from provenance.score.checks_detection import unbalanced_marks
from provenance.score.rules import RULES, RULES_BY_ID, make_context, rule, run_rules
from tests.seed_parts import plain_article

# Constructed article: line 1 a claim on a post, line 2 the flattened post, line 3 its footer.
TEXT = (
    'قال الوزير أحمد الحسني إن "الحكومة ستعلن الموازنة الأسبوع المقبل".\n'
    "الحكومة ستعلن الموازنة الأسبوع المقبل بعد إقرارها في مجلس الوزراء\n"
    "— أحمد الحسني (@ahmedalhasani) March 3, 2022"
)
POST_TEXT = TEXT.split("\n")[1]
URL = "https://twitter.com/ahmedalhasani/status/1499000000000000000"
ARTICLE = plain_article(TEXT)
SPAN = ARTICLE.span(0, 10)


def embed(**changes: object) -> Embed:
    base = Embed(
        "e1",
        "twitter",
        EmbedForm.FLATTENED,
        None,
        None,
        "ahmedalhasani",
        "أحمد الحسني",
        date(2022, 3, 3),
        POST_TEXT,
        ARTICLE.span(len(TEXT.split("\n")[0]) + 1, len(TEXT)),
    )
    return replace(base, **changes)  # type: ignore[arg-type]


def claim(**changes: object) -> Claim:
    start = TEXT.index("الحكومة")
    text = "الحكومة ستعلن الموازنة الأسبوع المقبل"
    base = Claim(
        "k1",
        text,
        True,
        "أحمد الحسني",
        "الوزير",
        "قال",
        Medium.POST,
        ("e1",),
        None,
        ARTICLE.span(start, start + len(text)),
        line_number=1,
    )
    return replace(base, **changes)  # type: ignore[arg-type]


def live(item_id: str = "e1", **changes: object) -> Resolution:
    record = PostRecord(
        "twitter",
        "1499000000000000000",
        URL,
        POST_TEXT,
        "ahmedalhasani",
        "أحمد الحسني",
        datetime(2022, 3, 3, 9, 0, tzinfo=UTC),
    )
    capture = Capture(
        "wayback",
        "https://web.archive.org/web/2022/" + URL,
        URL,
        datetime(2022, 3, 3, 12, 0, tzinfo=UTC),
        200,
        True,
    )
    base = Resolution(item_id, Status.LIVE, "live", Origin.LIVE, record, (capture,))
    return replace(base, **changes)  # type: ignore[arg-type]


def hits(rule_id: str, detections: Detections, resolutions: tuple[Resolution, ...] = ()) -> list:
    return list(rule(rule_id)(make_context(detections, resolutions)))


def dets(**changes: object) -> Detections:
    base = Detections(
        ARTICLE, (embed(),), (), (), (claim(),), (), InferredDate(date(2022, 3, 3), "constructed")
    )
    return replace(base, **changes)  # type: ignore[arg-type]


# --------------------------------------------------------------------------- registry


def test_registry_is_complete_and_documented() -> None:
    ids = [r.id for r in RULES]
    assert ids == sorted(ids) and len(ids) == len(set(ids)) == 20
    assert set(ids) >= {"PV101", "PV206", "PV306", "PV405"}
    for r in RULES:
        assert re.fullmatch(r"PV[1-4]0[1-9]", r.id)
        assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)+", r.name), r.name
        assert r.title and len(r.doc) > 60 and "\n    " not in r.doc
        assert isinstance(r.severity, Severity)
    assert rule("pv301") is RULES_BY_ID["PV301"]
    assert rule("PV302").severity is Severity.HIGH
    with pytest.raises(KeyError, match="PV999"):
        rule("PV999")


def test_clean_article_has_no_findings() -> None:
    findings = run_rules(make_context(dets(embeds=(embed(url=URL, post_id="1499"),)), (live(),)))
    assert findings == ()


# --------------------------------------------------------------------------- PV1xx


def test_pv101_only_for_flattened_without_link() -> None:
    assert [f.item_id for f in hits("PV101", dets())] == ["e1"]
    assert hits("PV101", dets(embeds=(embed(url=URL),))) == []
    assert hits("PV101", dets(embeds=(embed(form=EmbedForm.MARKUP),))) == []


def test_pv102_post_mentions() -> None:
    mention = PostMention("m1", "twitter", "في تغريدة", SPAN, speaker="سعد معن")
    found = hits("PV102", dets(post_mentions=(mention,)))
    assert [f.item_id for f in found] == ["m1"] and "سعد معن" in found[0].message


def test_pv102_not_when_the_same_persons_post_is_embedded() -> None:
    """`وكتب الحسني في تغريدة` above the flattened tweet of @ahmedalhasani is that tweet."""
    surname = PostMention("m1", "twitter", "في تغريدة", SPAN, speaker="الحسني")
    other = PostMention("m2", "twitter", "في تغريدة", SPAN, speaker="رئيس البرلمان")
    found = hits("PV102", dets(post_mentions=(surname, other), embeds=(embed(),)))
    assert [f.item_id for f in found] == ["m2"]
    elsewhere = PostMention("m3", "facebook", "في منشور", SPAN, speaker="الحسني")
    assert [f.item_id for f in hits("PV102", dets(post_mentions=(elsewhere,),
                                                  embeds=(embed(),)))] == ["m3"]


def test_unbalanced_marks() -> None:
    assert unbalanced_marks('قال "كذا" و"كذا"') == ()
    assert unbalanced_marks('أن "اجتماعاً عقد، بحضور "معاون رئيس"') == ('"',)
    assert unbalanced_marks("«كذا» و«كذا") == ("«»",)
    assert unbalanced_marks("”reversed“ pair") == ()
    assert unbalanced_marks("”one glyph” both sides") == ()
    assert unbalanced_marks("”one glyph, three” times”") == ("“”",)


# --------------------------------------------------------------------------- PV2xx


@pytest.mark.parametrize(
    ("status", "rule_id"),
    [
        (Status.DELETED, "PV201"),
        (Status.PROTECTED, "PV202"),
        (Status.SUSPENDED, "PV202"),
        (Status.LOGIN_GATED, "PV202"),
        (Status.AGE_RESTRICTED, "PV202"),
        (Status.WITHHELD, "PV202"),
        (Status.NOT_FOUND_UNKNOWN, "PV203"),
        (Status.SKIPPED_OFFLINE, "PV206"),
        (Status.SKIPPED_POLICY, "PV206"),
        (Status.RATE_LIMITED, "PV206"),
        (Status.ERROR, "PV206"),
    ],
)
def test_availability_status_rules(status: Status, rule_id: str) -> None:
    resolution = Resolution("e1", status, "constructed reason", post=None)
    findings = run_rules(make_context(dets(), (resolution,)))
    availability = {
        f.rule_id for f in findings if f.rule_id in {"PV201", "PV202", "PV203", "PV206"}
    }
    assert availability == {rule_id}


def test_pv204_not_archived_counts_only_usable_captures() -> None:
    four_oh_four = Capture(
        "wayback",
        "https://web.archive.org/web/2022/x",
        URL,
        datetime(2022, 3, 4, tzinfo=UTC),
        404,
        False,
    )
    assert [f.item_id for f in hits("PV204", dets(), (live(captures=()),))] == ["e1"]
    assert len(hits("PV204", dets(), (live(captures=(four_oh_four,)),))) == 1
    assert hits("PV204", dets(), (live(),)) == []
    # Offline runs did not look, so they say nothing about archives.
    offline = Resolution("e1", Status.SKIPPED_OFFLINE, "no recording")
    assert hits("PV204", dets(), (offline,)) == []
    unasked = live(captures=(), requests=("GET https://web.archive.org/cdx/search/cdx?url=x",))
    assert hits("PV204", dets(), (unasked,)) == []


def test_pv205_archived_only_after_article() -> None:
    late = Capture(
        "wayback",
        "https://web.archive.org/web/2023/" + URL,
        URL,
        datetime(2023, 1, 5, tzinfo=UTC),
        200,
        False,
    )
    found = hits("PV205", dets(), (live(captures=(late,)),))
    assert [f.item_id for f in found] == ["e1"] and "2023-01-05" in found[0].message
    unknown = replace(late, predates_article=None)
    assert hits("PV205", dets(), (live(captures=(unknown,)),)) == []
    assert hits("PV205", dets(), (live(),)) == []


def test_pv206_covers_citations() -> None:
    citation = Citation("c1", "INA", "Iraqi News Agency", "واع", CitationRole.DATELINE, True, SPAN)
    res = Resolution(
        "c1", Status.SKIPPED_POLICY, "host not allowed", requests=("GET https://ina.iq/x",)
    )
    found = hits("PV206", dets(citations=(citation,)), (res,))
    assert [f.item_id for f in found] == ["c1"]
    assert found[0].evidence["requests"] == ["GET https://ina.iq/x"]


# --------------------------------------------------------------------------- PV3xx


def test_pv302_quote_not_in_post() -> None:
    fabricated = claim(text="الحكومة لن تقدم موازنة هذا العام بسبب الخلافات السياسية")
    detections = dets(claims=(fabricated,))
    assert [f.item_id for f in hits("PV302", detections, (live(),))] == ["k1"]
    assert hits("PV301", detections, (live(),)) == []
    # The original's text is preferred to the article's copy of it.
    quoted_original = live(post=replace(live().post, text=fabricated.text))  # type: ignore[type-var]
    assert hits("PV302", detections, (quoted_original,)) == []


def test_quote_checks_skip_reported_speech_and_agency_claims() -> None:
    fabricated = "الحكومة لن تقدم موازنة هذا العام"
    reported = claim(text=fabricated, quoted=False)
    on_agency = claim(text=fabricated, medium=Medium.AGENCY, sources=("c1",))
    for c in (reported, on_agency):
        assert hits("PV302", dets(claims=(c,)), (live(),)) == []


def test_pv303_footer_date_against_id_time() -> None:
    far = live(post=None, id_time=datetime(2022, 3, 7, 8, 0, tzinfo=UTC))
    found = hits("PV303", dets(), (far,))
    assert [f.item_id for f in found] == ["e1"] and found[0].evidence["days"] == 4
    near = live(post=None, id_time=datetime(2022, 3, 4, 1, 0, tzinfo=UTC))
    assert hits("PV303", dets(), (near,)) == []


def test_pv304_handle_against_original() -> None:
    other = live(post=replace(live().post, handle="someone_else"))  # type: ignore[type-var]
    found = hits("PV304", dets(), (other,))
    assert [f.item_id for f in found] == ["e1"]
    assert found[0].evidence["other_handle"] == "someone_else"
    same_but_cased = live(post=replace(live().post, handle="AhmedAlHasani"))  # type: ignore[type-var]
    assert hits("PV304", dets(), (same_but_cased,)) == []


def test_pv304_handle_against_url() -> None:
    pytest.importorskip("provenance.platforms.twitter")
    moved = embed(url="https://x.com/other_account/status/1499000000000000000")
    assert [f.item_id for f in hits("PV304", dets(embeds=(moved,)), ())] == ["e1"]
    assert hits("PV304", dets(embeds=(embed(url=URL),)), ()) == []


def test_pv306_speaker_against_author() -> None:
    assert hits("PV306", dets(), (live(),)) == []
    # Hamza and surname-only spellings are the same person.
    assert hits("PV306", dets(claims=(claim(speaker="الحسنى"),)), (live(),)) == []
    other = claim(speaker="مصطفى الكاظمي")
    found = hits("PV306", dets(claims=(other,)), (live(),))
    assert [f.item_id for f in found] == ["k1"] and found[0].evidence["source"] == "e1"


# --------------------------------------------------------------------------- PV4xx


def test_pv401_no_speaker() -> None:
    assert [f.item_id for f in hits("PV401", dets(claims=(claim(speaker=None),)))] == ["k1"]
    assert hits("PV401", dets()) == []


@pytest.mark.parametrize("speaker", ["مصدر مطلع", "ومصادر حكومية", "a source", "Sources"])
def test_pv402_anonymous_speaker(speaker: str) -> None:
    assert len(hits("PV402", dets(claims=(claim(speaker=speaker),)))) == 1


def test_pv402_anonymity_phrase_in_paragraph() -> None:
    text = "Officials, who spoke on condition of anonymity, said the budget is late."  # constructed
    article = plain_article(text)
    span = article.span(text.index("the budget"), len(text) - 1)
    c = claim(text="the budget is late", speaker="Officials", quoted=False, span=span)
    assert len(hits("PV402", dets(article=article, embeds=(), claims=(c,)))) == 1
    assert hits("PV402", dets()) == []


def test_pv403_hearsay_and_pv405_no_medium() -> None:
    hearsay = claim(reported_by="سعد معن", medium=Medium.PRESS_CONFERENCE, sources=())
    assert [f.item_id for f in hits("PV403", dets(claims=(hearsay,)))] == ["k1"]
    bare = claim(medium=Medium.NONE, sources=())
    assert [f.item_id for f in hits("PV405", dets(claims=(bare,)))] == ["k1"]
    assert hits("PV405", dets()) == []


def test_pv404_agency_copy_found_only_when_live() -> None:
    dateline = Citation("c1", "INA", "Iraqi News Agency", "واع", CitationRole.DATELINE, True, SPAN)
    photo = Citation(
        "c2", "AFP", "Agence France-Presse", "أ ف ب", CitationRole.PHOTO_CREDIT, False, SPAN
    )
    detections = dets(citations=(dateline, photo))
    assert [f.item_id for f in hits("PV404", detections)] == ["c1"]
    linked = Resolution("c1", Status.LIVE, "https://ina.iq/story/1 resolved", Origin.LIVE)
    assert hits("PV404", detections, (linked,)) == []
