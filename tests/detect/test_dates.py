"""Date detection and the inferred article date.

Apart from the seed, every sentence here is constructed for the test, modelled on the date
shapes in shared/reference/quirks.md (double month names, Arabic-Indic digits, relative days).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from provenance.detect.dates import find_dates
from provenance.model import Anchor, Article, DateKind, Embed, EmbedForm
from tests.work import assert_linear

SEED = Path(__file__).resolve().parents[2] / ".." / "shared" / "seed" / "000_ec877a3d0b7e51c8.txt"


def make_article(text: str, published: str | None = None) -> Article:
    anchors, offset = [], 0
    for number, line in enumerate(text.split("\n"), 1):
        anchors.append(Anchor(offset, number, 1))
        offset += len(line) + 1
    return Article(source="constructed", text=text, format="text", encoding="utf-8",
                   anchors=tuple(anchors),
                   metadata={"published_time": published} if published else {})


def footer_embed(article: Article, footer: str, day: date, eid: str = "e1") -> Embed:
    end = article.text.index(footer) + len(footer)
    start = article.text.rfind("\n", 0, article.text.index(footer) - 1) + 1
    return Embed(eid, "twitter", EmbedForm.FLATTENED, None, None, "handle", "Name", day, None,
                 article.span(start, end))


def by_surface(dates, surface):
    (found,) = [d for d in dates if d.surface == surface]
    return found


@pytest.fixture(scope="module")
def seed():
    article = make_article(SEED.read_text(encoding="utf-8"))
    embed = footer_embed(article, "— قاسم الاعرجي (@qassimalaraji) December 9, 2021",
                         date(2021, 12, 9))
    return find_dates(article, (embed,))


def test_seed_article_date_from_thursday_and_footer(seed):
    _, inferred = seed
    assert inferred is not None and inferred.value == date(2021, 12, 9)
    assert inferred.reason == ("the footer date 2021-12-09 of e1 is a Thursday, "
                               "as 'اليوم الخميس' says")


def test_seed_mentions(seed):
    dates, _ = seed
    assert [d.id for d in dates] == [f"d{i}" for i in range(1, len(dates) + 1)]
    footer = by_surface(dates, "December 9, 2021")
    assert footer.kind is DateKind.FOOTER and footer.value == date(2021, 12, 9)
    assert footer.span.line == 7
    thursday = by_surface(dates, "اليوم الخميس")
    assert thursday.kind is DateKind.RELATIVE_WEEKDAY and thursday.weekday == 3
    assert thursday.value == date(2021, 12, 9) and thursday.span.line == 3
    july = by_surface(dates, "الـ25 من تموز/ يوليو الماضي")
    assert july.kind is DateKind.EXPLICIT and july.value == date(2021, 7, 25)
    assert "year taken from the article date 2021-12-09" in july.note
    late_july = by_surface(dates, "الأيام الأخيرة من تموز")
    assert late_july.kind is DateKind.RELATIVE and late_july.value is None
    assert "July 2021" in late_july.note and late_july.span.line == 13


def test_seed_embed_text_is_not_scanned(seed):
    dates, _ = seed
    assert all(d.span.line != 6 for d in dates)  # "اليوم أنهينا …" and "العام الماضي" in the post


def test_metadata_wins_and_resolves_relative_words():
    text = ("وقال الوزير أمس إن الاجتماع عُقد يوم الثلاثاء الماضي، "
            "وسيُعقد آخر في 3 نيسان/أبريل المقبل.")
    dates, inferred = find_dates(make_article(text, "2024-03-14T10:00:00Z"), ())
    assert inferred is not None and inferred.value == date(2024, 3, 14)
    assert "published_time" in inferred.reason
    assert dates[0].kind is DateKind.METADATA and dates[0].value == date(2024, 3, 14)
    assert by_surface(dates, "أمس").value == date(2024, 3, 13)
    assert by_surface(dates, "يوم الثلاثاء الماضي").value == date(2024, 3, 12)
    assert by_surface(dates, "3 نيسان/أبريل المقبل").value == date(2024, 4, 3)


def test_english_dates():
    text = ("The minister said on Monday that talks held on 12/03/2024 and on 2024-03-01 went "
            "well. Next Friday he will travel; late February was calm; he spoke yesterday.")
    dates, _ = find_dates(make_article(text, "2024-03-14"), ())
    assert by_surface(dates, "on Monday").value == date(2024, 3, 11)
    assert by_surface(dates, "12/03/2024").value == date(2024, 3, 12)  # day first
    assert by_surface(dates, "2024-03-01").value == date(2024, 3, 1)
    assert by_surface(dates, "Next Friday").value == date(2024, 3, 15)
    assert by_surface(dates, "yesterday").value == date(2024, 3, 13)
    assert "late February 2024" in by_surface(dates, "late February").note


def test_numeric_dates_in_any_digits_day_first_then_month_first():
    text = ("عقد الاجتماع في ٠٩/١٢/٢٠٢١ وأُجّل إلى 12/31/2021 ثم إلى ۲۰۲۲-۰۱-۰۵، "
            "وذكر البيان 31/02/2021 و2021-13-01.")
    dates, _ = find_dates(make_article(text, "2022-02-01"), ())
    assert by_surface(dates, "٠٩/١٢/٢٠٢١").value == date(2021, 12, 9)
    assert by_surface(dates, "12/31/2021").value == date(2021, 12, 31)  # only month first is valid
    assert by_surface(dates, "۲۰۲۲-۰۱-۰۵").value == date(2022, 1, 5)
    assert by_surface(dates, "31/02/2021").value is None  # no such day either way
    assert by_surface(dates, "2021-13-01").value is None


def test_double_month_names_and_arabic_digits():
    text = "صدر القرار في 9 ديسمبر/كانون الأول 2021 و١٥ يناير كانون الثاني ٢٠٢٢ والأسبوع الماضي."
    dates, _ = find_dates(make_article(text, "2022-02-01"), ())
    assert by_surface(dates, "9 ديسمبر/كانون الأول 2021").value == date(2021, 12, 9)
    assert by_surface(dates, "١٥ يناير كانون الثاني ٢٠٢٢").value == date(2022, 1, 15)
    assert by_surface(dates, "الأسبوع الماضي").kind is DateKind.RELATIVE


def two_footers(weekday: str) -> tuple[Article, tuple[Embed, Embed]]:
    """An article saying ``اليوم <weekday>`` above posts of 2022-03-01 and 2022-03-03."""
    text = (f"قال الوزير اليوم {weekday} إن الأمر انتهى.\n"
            "نص أول\n— Name (@a) March 1, 2022\n"
            "نص ثان\n— Name (@b) March 3, 2022")
    article = make_article(text)
    e1 = footer_embed(article, "— Name (@a) March 1, 2022", date(2022, 3, 1), "e1")
    e2 = footer_embed(article, "— Name (@b) March 3, 2022", date(2022, 3, 3), "e2")
    return article, (e1, e2)


def test_latest_footer_when_no_weekday_agrees():
    dates, inferred = find_dates(*two_footers("الأحد"))
    assert inferred is not None and inferred.value == date(2022, 3, 3)
    assert "latest embed footer date, 2022-03-03 of e2" in inferred.reason
    assert "does not fall on it" in inferred.reason
    sunday = by_surface(dates, "اليوم الأحد")
    assert sunday.value == date(2022, 2, 27) and "'today' does not match" in sunday.note


def test_weekday_picks_the_agreeing_footer():
    _, inferred = find_dates(*two_footers("الثلاثاء"))
    assert inferred is not None and inferred.value == date(2022, 3, 1)
    assert "of e1 is a Tuesday" in inferred.reason


def test_no_evidence_no_inferred_date():
    dates, inferred = find_dates(make_article("قال اليوم الخميس إن الحكومة ستعلن القرار."), ())
    assert inferred is None
    (thursday,) = dates
    assert thursday.value is None and thursday.weekday == 3


def test_bare_arabic_weekday_and_today_are_not_dates():
    dates, _ = find_dates(make_article("الخميس هو يوم عمل واليوم نبدأ.", "2024-03-14"), ())
    assert [d.kind for d in dates] == [DateKind.METADATA]


@pytest.mark.parametrize("unit", ["25 ", "اليوم ", "الأيام الأخيرة من ", "/ ", "يوم الخميس "])
def test_adversarial_input_takes_linear_work(unit):
    def dates(size: int) -> tuple[object, ...]:
        return find_dates(make_article(unit * (size // len(unit)), "2024-03-14"), ())[0]

    text = unit * (20_000 // len(unit))
    found = find_dates(make_article(text, "2024-03-14"), ())[0]
    in_text = [d for d in found if d.kind is not DateKind.METADATA]
    # only "يوم الخميس" is a date here (one per unit), and each is found where it stands
    assert len(in_text) == (text.count(unit) if "الخميس" in unit else 0)
    assert all(text[d.span.start:d.span.end] == d.surface for d in in_text)
    assert_linear(dates, 5_000)


def test_every_month_name_in_capitals_without_a_year_is_read() -> None:
    """``9 KASIM`` crashed: casefold() gives ``kasim``, the table spells ``kasım`` (dotless ı)."""
    from provenance.detect.datetext import MONTHS
    from provenance.load import load_bytes

    for name, number in MONTHS.items():
        for spelling in (name.upper(), name.title()):
            article = load_bytes(f"Toplanti 9 {spelling} tarihinde.".encode(), "t", fmt="text")
            found = [d for d in find_dates(article, ())[0] if d.surface.startswith("9 ")]
            assert found, spelling
            assert all(d.value is None or d.value.month == number for d in found), spelling
