"""The seed article's detections and resolutions, constructed by hand as shared/seed/EXPECTED.md
describes them (the detectors and resolvers are other modules' business)."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from provenance.model import (
    Anchor,
    Article,
    Capture,
    Citation,
    CitationRole,
    Claim,
    DateKind,
    DateMention,
    Detections,
    Embed,
    EmbedForm,
    InferredDate,
    Medium,
    Origin,
    PostRecord,
    Resolution,
    Status,
)

SEED = Path(__file__).resolve().parents[2] / ".." / "shared" / "seed" / "000_ec877a3d0b7e51c8.txt"

#: Constructed post ID and URL: the real one is whatever the archive search finds.
POST_URL = "https://twitter.com/qassimalaraji/status/1468900000000000000"


def make_article(text: str) -> Article:
    """An article of plain text, one anchor per line."""
    anchors, offset = [], 0
    for number, line in enumerate(text.split("\n"), start=1):
        anchors.append(Anchor(offset, number, 1))
        offset += len(line) + 1
    return Article("seed.txt", text, "text", "utf-8", tuple(anchors))


class Seed:
    """Builds the seed's detections; ``claim(...)`` finds the claim text on its line."""

    def __init__(self) -> None:
        self.text = SEED.read_text(encoding="utf-8")
        self.lines = self.text.split("\n")
        self.article = make_article(self.text)
        self.claims: list[Claim] = []

    def offset(self, line: int, needle: str) -> tuple[int, int]:
        """Offsets of ``needle`` on 1-based ``line`` (it must be there)."""
        start = sum(len(x) + 1 for x in self.lines[: line - 1])
        at = self.lines[line - 1].index(needle)
        return start + at, start + at + len(needle)

    def claim(
        self,
        line: int,
        text: str,
        speaker: str | None,
        medium: Medium,
        *,
        quoted: bool = True,
        sources: tuple[str, ...] = (),
        reported_by: str | None = None,
        title: str | None = None,
    ) -> None:
        start, end = self.offset(line, text)
        self.claims.append(
            Claim(
                f"k{len(self.claims) + 1}",
                text,
                quoted,
                speaker,
                title,
                "قال",
                medium,
                sources,
                reported_by,
                self.article.span(start, end),
                line_number=line,
            )
        )


def build_seed() -> tuple[Detections, tuple[Resolution, ...]]:
    """The seed article as EXPECTED.md describes it, with e1 live in an archive."""
    s = Seed()
    post = Medium.POST
    s.claim(
        1,
        "انتهاء المهام القتالية لقوات التحالف وانسحابها من العراق",
        "الأعرجي",
        post,
        quoted=False,
        sources=("e1",),
    )
    s.claim(
        2,
        "انتهاء المهام القتالية لقوات التحالف وانسحابها من العراق رسمياً",
        "قاسم الأعرجي",
        post,
        sources=("e1",),
        title="مستشار الأمن القومي",
    )
    s.claim(
        2,
        "العلاقة معه ستستمر في مجال التدريب والاستشارة والتمكين",
        "قاسم الأعرجي",
        post,
        quoted=False,
        sources=("e1",),
    )
    s.claim(
        3,
        "انتهاء المهام القتالية لقوات التحالف وانسحابها من العراق",
        "قاسم الأعرجي",
        post,
        quoted=False,
        sources=("e1",),
    )
    s.claim(
        4,
        "تم انتهاء جولة الحوار الأخيرة مع التحالف والتي بدأت في العام الماضي",
        "الأعرجي",
        post,
        sources=("e1",),
    )
    s.claim(
        4,
        "انتهاء المهام القتالية لقوات التحالف وانسحابها من العراق رسمياً",
        "الأعرجي",
        post,
        sources=("e1",),
    )
    s.claim(
        5,
        "العلاقة مع التحالف الدولي ستستمر في مجال التدريب والاستشارة والتمكين",
        "الأعرجي",
        post,
        sources=("e1",),
    )
    conference = Medium.PRESS_CONFERENCE
    s.claim(
        8,
        "اجتماعاً عقد في مقر الخلية",
        "سعد معن",
        conference,
        sources=("c1",),
        title="رئيس خلية الإعلام الأمني",
    )
    s.claim(
        9,
        "اللواء جون بريمر أكد في ضوء عمليات نقل الأفراد المعدات التي جرت مؤخراً",
        "جون بريمر",
        conference,
        sources=("c1",),
        reported_by="سعد معن",
    )
    s.claim(
        10,
        "التعاون بين القوات العراقية والتحالف الدولي مستمر على سبيل المشورة",
        "سعد معن",
        conference,
        sources=("c1",),
    )
    s.claim(
        11,
        "العراق والولايات المتحدة انخرطاً في نقاش",
        "مصطفى الكاظمي",
        Medium.NONE,
        title="رئيس الوزراء العراقي",
    )
    s.claim(
        12,
        "القوات الأمنية العراقية والجيش قادرون على حماية أمن البلاد",
        "الكاظمي",
        Medium.INTERVIEW,
        sources=("c2",),
    )
    s.claim(
        13,
        "نتائج الحوار الاستراتيجيّ العراقي-الأميركي مهمة",
        "برهم صالح",
        Medium.NONE,
        title="الرئيس العراقي",
    )
    s.claim(14, "مصلحة العراق تستوجب تعزيز مؤسسات الدولة", "صالح", Medium.NONE)

    embed_start, _ = s.offset(6, s.lines[5])
    _, embed_end = s.offset(7, s.lines[6])
    embed = Embed(
        "e1",
        "twitter",
        EmbedForm.FLATTENED,
        None,
        None,
        "qassimalaraji",
        "قاسم الاعرجي",
        date(2021, 12, 9),
        s.lines[5],
        s.article.span(embed_start, embed_end),
    )
    ina = Citation(
        "c1",
        "INA",
        "Iraqi News Agency",
        "وكالة الانباء العراقية (واع)",
        CitationRole.WITNESS,
        True,
        s.article.span(*s.offset(8, "وكالة الانباء العراقية (واع)")),
    )
    ap = Citation(
        "c2",
        "AP",
        "Associated Press",
        'وكالة "أسوشيتد برس" الأميركية',
        CitationRole.INTERVIEW,
        True,
        s.article.span(*s.offset(12, 'وكالة "أسوشيتد برس" الأميركية')),
    )
    dates = (
        DateMention(
            "d1",
            DateKind.RELATIVE_WEEKDAY,
            "اليوم الخميس",
            date(2021, 12, 9),
            s.article.span(*s.offset(3, "اليوم الخميس")),
            weekday=3,
        ),
        DateMention(
            "d2",
            DateKind.FOOTER,
            "December 9, 2021",
            date(2021, 12, 9),
            s.article.span(*s.offset(7, "December 9, 2021")),
        ),
        DateMention(
            "d3",
            DateKind.EXPLICIT,
            "الـ25 من تموز/ يوليو",
            date(2021, 7, 25),
            s.article.span(*s.offset(11, "الـ25 من تموز/ يوليو")),
        ),
    )
    detections = Detections(
        s.article,
        (embed,),
        (),
        (ina, ap),
        tuple(s.claims),
        dates,
        InferredDate(date(2021, 12, 9), "the footer date, a Thursday, as 'اليوم الخميس' says"),
    )
    record = PostRecord(
        "twitter", "1468900000000000000", POST_URL, s.lines[5], "qassimalaraji", "قاسم الاعرجي"
    )
    capture = Capture(
        "wayback",
        f"https://web.archive.org/web/20211209190200/{POST_URL}",
        POST_URL,
        datetime(2021, 12, 9, 19, 2, tzinfo=UTC),
        200,
        True,
    )
    resolutions = (
        Resolution(
            "e1",
            Status.LIVE,
            "found by search in the Wayback Machine",
            Origin.ARCHIVE,
            record,
            (capture,),
            datetime(2021, 12, 9, 10, 25, tzinfo=UTC),
            100.0,
        ),
        Resolution("c1", Status.NOT_FOUND_UNKNOWN, "the article links no ina.iq story"),
        Resolution("c2", Status.NOT_FOUND_UNKNOWN, "the article links no apnews.com story"),
    )
    return detections, resolutions


def on_friday(
    detections: Detections, resolutions: tuple[Resolution, ...]
) -> tuple[Detections, tuple[Resolution, ...]]:
    """The same seed, but the post dated Friday 2021-12-10 (footer and ID time)."""
    embed = replace(detections.embeds[0], claimed_date=date(2021, 12, 10))
    moved = tuple(
        replace(r, id_time=datetime(2021, 12, 10, 13, 0, tzinfo=UTC)) if r.item_id == "e1" else r
        for r in resolutions
    )
    return replace(detections, embeds=(embed,)), moved


@pytest.fixture
def seed() -> tuple[Detections, tuple[Resolution, ...]]:
    return build_seed()
