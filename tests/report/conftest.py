"""A realistic Report for the seed article, built by hand (constructed test data).

The spans are computed from the real seed text, so every renderer points at the right lines:
the flattened tweet on lines 6–7, INA on line 8, AP on line 12, and the paraphrase presented as
a quote on line 4 (PV301). Resolutions, captures, post IDs and scores are CONSTRUCTED, modelled
on the shapes in reference/formats.md; they are not recordings of real responses.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from provenance.model import (
    ArticleReport,
    ArticleScore,
    Capture,
    Claim,
    ClaimScore,
    Component,
    Detections,
    Finding,
    Medium,
    Origin,
    PostRecord,
    QuoteMatch,
    Report,
    Resolution,
    Severity,
    Status,
)
from tests.seed_parts import (
    SEED,
    SEED_DATE,
    find,
    seed_article,
    seed_citations,
    seed_dates,
    seed_embed,
)

POST_TEXT = (
    "اليوم أنهينا جولة الحوار الأخيرة مع التحالف الدولي والتي بدأناها في العام الماضي، "
    "لنعلن رسميا انتهاء المهام القتالية لقوات التحالف وانسحابها من العراق، وستستمر العلاقة "
    "مع التحالف الدولي في مجال التدريب والاستشارة والتمكين."
)
POST_ID = "1468872546186166272"  # constructed: a snowflake that decodes to 2021-12-09T09:18Z
ID_TIME = datetime(2021, 12, 9, 9, 18, tzinfo=UTC)


def build_seed_report() -> Report:
    """The whole constructed Report for the seed."""
    art = seed_article()
    embed = seed_embed(art)
    ina, ap = seed_citations(art)
    araji, maan = "قاسم الأعرجي", "اللواء سعد معن"

    def claim(cid, text, line, speaker, medium, sources, quoted=True, verb=None, by=None):
        return Claim(
            cid, text, quoted, speaker, None, verb, medium, sources, by, find(art, text, line), line
        )

    claims = (
        claim(
            "k1",
            "انتهاء المهام القتالية لقوات التحالف وانسحابها من العراق رسمياً",
            2,
            araji,
            Medium.POST,
            ("e1",),
            verb="يعلن",
        ),
        claim(
            "k2",
            "انتهاء المهام القتالية لقوات التحالف وانسحابها من العراق.",
            3,
            araji,
            Medium.POST,
            ("e1",),
            quoted=False,
            verb="أعلن",
        ),
        claim(
            "k3",
            "تم انتهاء جولة الحوار الأخيرة مع التحالف والتي بدأت في العام الماضي",
            4,
            "الأعرجي",
            Medium.POST,
            ("e1",),
            verb="وأضاف",
        ),
        claim(
            "k4",
            "انتهاء المهام القتالية لقوات التحالف وانسحابها من العراق رسمياً",
            4,
            "الأعرجي",
            Medium.POST,
            ("e1",),
            verb="مشيراً",
        ),
        claim(
            "k5",
            "العلاقة مع التحالف الدولي ستستمر في مجال التدريب والاستشارة والتمكين",
            5,
            "الأعرجي",
            Medium.POST,
            ("e1",),
            verb="وتابع",
        ),
        claim(
            "k6", "اجتماعاً عقد في مقر الخلية", 8, maan, Medium.PRESS_CONFERENCE, ("c1",), verb="أكد"
        ),
        claim(
            "k7",
            "اللواء جون بريمر أكد في ضوء عمليات نقل الأفراد المعدات",
            9,
            "اللواء جون بريمر",
            Medium.PRESS_CONFERENCE,
            ("c1",),
            verb="وتابع",
            by=maan,
        ),
        claim(
            "k8",
            "التعاون بين القوات العراقية والتحالف الدولي مستمر",
            10,
            maan,
            Medium.PRESS_CONFERENCE,
            ("c1",),
            verb="وشدد",
        ),
        claim(
            "k9",
            "العراق والولايات المتحدة انخرطاً في نقاش",
            11,
            "مصطفى الكاظمي",
            Medium.NONE,
            (),
            verb="قال",
        ),
        claim(
            "k10",
            "القوات الأمنية العراقية والجيش قادرون على حماية أمن البلاد",
            12,
            "الكاظمي",
            Medium.INTERVIEW,
            ("c2",),
            verb="قال",
        ),
        claim(
            "k11",
            "نتائج الحوار الاستراتيجيّ العراقي-الأميركي مهمة",
            13,
            "برهم صالح",
            Medium.NONE,
            (),
            verb="قال",
        ),
        claim(
            "k12",
            "مصلحة العراق تستوجب تعزيز مؤسسات الدولة",
            14,
            "صالح",
            Medium.NONE,
            (),
            verb="وأضاف",
        ),
    )
    det = Detections(art, (embed,), (), (ina, ap), claims, seed_dates(art), SEED_DATE)
    uri_m = f"https://web.archive.org/web/20211209101500/https://twitter.com/qassimalaraji/status/{POST_ID}"
    resolutions = (
        Resolution(
            "e1",
            Status.LIVE,
            "found in the archive by handle, date and text",
            Origin.FIXTURE,
            PostRecord(
                "twitter",
                POST_ID,
                f"https://twitter.com/qassimalaraji/status/{POST_ID}",
                POST_TEXT,
                "qassimalaraji",
                "قاسم الاعرجي",
                ID_TIME,
                "ar",
            ),
            (
                Capture(
                    "wayback",
                    uri_m,
                    f"https://twitter.com/qassimalaraji/status/{POST_ID}",
                    datetime(2021, 12, 9, 10, 15, tzinfo=UTC),
                    200,
                    False,
                ),
            ),
            ID_TIME,
            91.0,
        ),
        Resolution(
            "c1", Status.NOT_FOUND_UNKNOWN, "no INA story matched the quotes", Origin.FIXTURE
        ),
        Resolution(
            "c2",
            Status.SKIPPED_OFFLINE,
            "no recording for the AP search",
            None,
            requests=("GET https://apnews.com/search?q=Kadhimi",),
        ),
    )
    paraphrase = QuoteMatch(
        "paraphrase",
        71.0,
        64.0,
        "اليوم أنهينا جولة الحوار الأخيرة مع التحالف الدولي والتي بدأناها في العام الماضي",
        "e1",
    )

    def fnd(rid, sev, msg, item):
        return Finding(rid, sev, msg, item.id, item.span, {"rule": rid})

    def score(item, points, comps, findings=(), match=None):
        return ClaimScore(item.id, points, comps, findings, match)

    base_post = Component("base:post", 85, "rests on an embedded post found in the archive")
    base_conf = Component("base:press_conference", 60, "a press conference attended by INA")
    base_none = Component("base:none", 25, "no medium named")
    by_id = {c.id: c for c in claims}
    claim_scores = (
        score(by_id["k1"], 85, (base_post,)),
        score(by_id["k2"], 85, (base_post,)),
        score(
            by_id["k3"],
            60,
            (base_post, Component("PV301", -25, "paraphrase in quotes")),
            (
                fnd(
                    "PV301",
                    Severity.MEDIUM,
                    "Quote differs from the post: paraphrase "
                    "presented as a quote (partial 71, token set 64)",
                    by_id["k3"],
                ),
            ),
            paraphrase,
        ),
        score(
            by_id["k4"],
            80,
            (base_post,),
            (),
            QuoteMatch(
                "near_verbatim",
                96.0,
                100.0,
                "لنعلن رسميا انتهاء المهام القتالية لقوات التحالف وانسحابها من العراق",
                "e1",
            ),
        ),
        score(by_id["k5"], 80, (base_post,)),
        score(
            by_id["k6"],
            55,
            (base_conf, Component("PV404", -5, "INA copy not found")),
            (fnd("PV404", Severity.LOW, "INA is named but its copy was not found", by_id["k6"]),),
        ),
        score(
            by_id["k7"],
            30,
            (base_conf, Component("PV403", -30, "hearsay")),
            (
                fnd(
                    "PV403",
                    Severity.LOW,
                    "Second-hand: سعد معن relays what جون بريمر said",
                    by_id["k7"],
                ),
            ),
        ),
        score(by_id["k8"], 60, (base_conf,)),
        score(
            by_id["k9"],
            25,
            (base_none,),
            (
                fnd(
                    "PV405",
                    Severity.LOW,
                    "No medium: how did the statement reach the article?",
                    by_id["k9"],
                ),
            ),
        ),
        score(
            by_id["k10"], 50, (Component("base:interview", 50, "AP interview, copy not checked"),)
        ),
        score(
            by_id["k11"],
            25,
            (base_none,),
            (fnd("PV405", Severity.LOW, "No medium named", by_id["k11"]),),
        ),
        score(
            by_id["k12"],
            25,
            (base_none,),
            (fnd("PV405", Severity.LOW, "No medium named", by_id["k12"]),),
        ),
    )
    article_findings = (
        Finding(
            "PV101",
            Severity.LOW,
            "Flattened tweet by @qassimalaraji has no link or ID",
            "e1",
            embed.span,
            {"handle": "qassimalaraji", "claimed_date": date(2021, 12, 9)},
        ),
    )
    article_score = ArticleScore(
        62,
        "C",
        (
            Component("mean", 57, "weighted mean of claim scores; the headline counts double"),
            Component("lede", 5, "the headline's claims rest on the post"),
        ),
    )
    return Report(
        (ArticleReport(det, resolutions, claim_scores, article_findings, article_score),),
        "1.0",
        Origin.FIXTURE,
    )


@pytest.fixture
def seed_report() -> Report:
    """The constructed Report for the seed article."""
    return build_seed_report()


@pytest.fixture
def seed_text() -> str:
    """The seed article's text."""
    return SEED.read_text(encoding="utf-8")
