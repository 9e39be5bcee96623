"""The seed article's detections and resolutions, constructed by hand as shared/seed/EXPECTED.md
describes them (the detectors and resolvers are other modules' business)."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime

import pytest

from provenance.model import (
    Capture,
    Claim,
    Detections,
    Medium,
    Origin,
    PostRecord,
    Resolution,
    Status,
)
from tests.seed_parts import SEED_DATE, find, seed_article, seed_citations, seed_dates, seed_embed

#: Constructed post ID and URL: the real one is whatever the archive search finds.
POST_URL = "https://twitter.com/qassimalaraji/status/1468900000000000000"


class Seed:
    """Builds the seed's claims; ``claim(...)`` finds the claim text on its line."""

    def __init__(self) -> None:
        self.article = seed_article("seed.txt")
        self.lines = self.article.text.split("\n")
        self.claims: list[Claim] = []

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
                find(self.article, text, line),
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

    detections = Detections(
        s.article,
        (seed_embed(s.article),),
        (),
        seed_citations(s.article),
        tuple(s.claims),
        seed_dates(s.article),
        SEED_DATE,
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
