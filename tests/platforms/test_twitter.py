"""X / Twitter platform: URL forms, markup, flattened footers, snowflake times.

All inputs are constructed for these tests, modelled on the shapes quoted in
shared/reference/formats.md §1.1 and quirks.md ("Flattened tweets").
"""

from __future__ import annotations

import random
from datetime import UTC, date, datetime

import pytest
from bs4 import BeautifulSoup

from provenance.model import EmbedForm
from provenance.platforms import twitter, twitter_footers
from provenance.platforms.base import PostRef
from provenance.platforms.twitter import Twitter
from tests.work import assert_linear

TW = Twitter()


# ---------------------------------------------------------------------- URLs

@pytest.mark.parametrize(
    ("url", "post_id", "canonical"),
    [
        ("https://twitter.com/qassimalaraji/status/1468939457440215044",
         "1468939457440215044", "https://twitter.com/qassimalaraji/status/1468939457440215044"),
        ("http://www.twitter.com/jack/status/20", "20", "https://twitter.com/jack/status/20"),
        ("https://mobile.twitter.com/jack/status/20?lang=en", "20",
         "https://twitter.com/jack/status/20"),
        ("https://x.com/KSAMOFA/status/987437752164737025/photo/1", "987437752164737025",
         "https://twitter.com/KSAMOFA/status/987437752164737025"),
        ("https://x.com/a_b/status/987437752164737025/video/1?s=20#frag", "987437752164737025",
         "https://twitter.com/a_b/status/987437752164737025"),
        ("https://twitter.com/bpoweski/statuses/71633762", "71633762",
         "https://twitter.com/bpoweski/status/71633762"),
        ("https://twitter.com/statuses/71633762", "71633762",
         "https://twitter.com/i/web/status/71633762"),
        ("https://twitter.com/i/web/status/1196304860653637632", "1196304860653637632",
         "https://twitter.com/i/web/status/1196304860653637632"),
        ("https://x.com/i/status/1196304860653637632/", "1196304860653637632",
         "https://twitter.com/i/web/status/1196304860653637632"),
        ("//twitter.com/WordPress/status/987437752164737025?ref_src=twsrc%5Etfw",
         "987437752164737025", "https://twitter.com/WordPress/status/987437752164737025"),
        ("twitter.com/WordPress/status/987437752164737025", "987437752164737025",
         "https://twitter.com/WordPress/status/987437752164737025"),
        ("https://twitter.com/#!/jack/status/20", "20", "https://twitter.com/jack/status/20"),
    ],
)
def test_status_urls_are_parsed_and_canonicalised(url: str, post_id: str, canonical: str) -> None:
    ref = TW.parse_url(url)
    assert ref is not None
    assert (ref.platform, ref.post_id, ref.url) == ("twitter", post_id, canonical)


@pytest.mark.parametrize(
    "url",
    [
        "https://twitter.com/intent/tweet?text=hello&url=https://example.com",
        "https://twitter.com/intent/follow?screen_name=outlet",
        "https://twitter.com/share?url=https://example.com/a",
        "https://twitter.com/hashtag/العراق?src=hash",
        "https://x.com/hashtag/Iraq?src=hashtag_click",
        "https://twitter.com/search?q=%23iraq",
        "https://twitter.com/qassimalaraji",
        "https://x.com/outlet/",
        "https://pic.twitter.com/6dGDvdXmEW",
        "pic.x.com/kefcrbhp3m",
        "https://t.co/XXXXXXXXXX",
        "https://twitter.com/jack/status/",
        "https://twitter.com/jack/status/abc",
        "https://nottwitter.com/jack/status/20",
        "https://example.com/twitter.com/jack/status/20",
        "https://platform.twitter.com/widgets.js",
    ],
)
def test_non_status_urls_are_rejected(url: str) -> None:
    assert TW.parse_url(url) is None


def test_hosts_and_archive_spellings() -> None:
    assert {"twitter.com", "x.com", "mobile.twitter.com"} <= TW.hosts
    assert TW.api_hosts == {"cdn.syndication.twimg.com", "publish.twitter.com"}
    ref = PostRef("twitter", "20", "https://twitter.com/jack/status/20", "jack")
    assert TW.archive_urls(ref) == ("https://twitter.com/jack/status/20",
                                    "https://x.com/jack/status/20")
    bare = PostRef("twitter", "20", "https://twitter.com/i/web/status/20")
    assert TW.archive_urls(bare) == ("https://twitter.com/i/web/status/20",
                                     "https://x.com/i/web/status/20")


# ---------------------------------------------------------------------- snowflakes

@pytest.mark.parametrize(
    ("post_id", "iso"),
    [
        ("463440424141459456", "2014-05-05T22:09:42.079000"),
        ("702136612822634496", "2016-02-23T14:23:08.221000"),
        ("704420904437043200", "2016-02-29T21:40:05.782000"),
        ("987437752164737025", "2018-04-20T21:08:00.479000"),
        ("1098230906194546688", "2019-02-20T14:40:26.837000"),
        ("1196304860653637632", "2019-11-18T05:51:19.706000"),
        ("1384138850478346243", "2021-04-19T13:36:32.667000"),
        ("1679189879086018562", "2023-07-12T18:03:59.670000"),
        ("2023357708301455483", "2026-02-16T11:24:04.484000"),
        ("2023205364368351634", "2026-02-16T01:18:42.860000"),
    ],
)
def test_snowflake_vectors(post_id: str, iso: str) -> None:
    decoded = TW.id_time(post_id)
    assert decoded.time == datetime.fromisoformat(iso).replace(tzinfo=UTC)


@pytest.mark.parametrize("post_id", ["20", "71633762", "29700859247"])
def test_pre_snowflake_ids_carry_no_time(post_id: str) -> None:
    decoded = TW.id_time(post_id)
    assert decoded.time is None
    assert "pre-snowflake" in decoded.note


def test_future_ids_are_implausible() -> None:
    in_400_days_ms = int(datetime.now(UTC).timestamp() * 1000) + 400 * 86_400_000
    decoded = TW.id_time(str((in_400_days_ms - 1288834974657) << 22))
    assert decoded.time is None
    assert "implausible" in decoded.note
    assert TW.id_time("not-a-number").time is None


# ---------------------------------------------------------------------- markup

BLOCKQUOTE = """<blockquote class="twitter-tweet" data-dnt="true"><p lang="ar" dir="rtl">نص التغريدة
<a href="https://t.co/abc">pic.twitter.com/KEfcRBhp3M</a></p>&mdash; مريم المطيري (@mariamtalentt)
<a href="https://twitter.com/mariamtalentt/status/1808845158160498887?ref_src=twsrc%5Etfw"
>July 4, 2024</a>
</blockquote>
<script async src="https://platform.twitter.com/widgets.js" charset="utf-8"></script>"""


def test_blockquote_markup() -> None:
    hits = list(TW.find_markup(BeautifulSoup(BLOCKQUOTE, "html.parser")))
    assert len(hits) == 1
    hit = hits[0]
    assert hit.form is EmbedForm.MARKUP and hit.element.name == "blockquote"
    assert hit.ref is not None and hit.ref.post_id == "1808845158160498887"
    assert (hit.handle, hit.author, hit.lang) == ("mariamtalentt", "مريم المطيري", "ar")
    assert hit.claimed_date == date(2024, 7, 4)
    assert hit.text == "نص التغريدة\npic.twitter.com/KEfcRBhp3M"


def test_old_statuses_markup_and_japanese_date() -> None:
    html = ('<blockquote class="twitter-tweet" lang="ja"><p lang="ja" dir="ltr">試合</p>'
            '&mdash; サッカー (@SoccerKinki) <a href="https://twitter.com/SoccerKinki/statuses/'
            '736379978950922240">2016年5月28日</a></blockquote>')
    (hit,) = TW.find_markup(BeautifulSoup(html, "html.parser"))
    assert hit.ref is not None and hit.ref.post_id == "736379978950922240"
    assert hit.claimed_date == date(2016, 5, 28)
    assert hit.author == "サッカー"


def test_cms_wrapper_without_vendor_class() -> None:
    html = ('<div class="codefragment codefragment--twitter"><blockquote><p>Text</p>'
            '-- WordPress (@WordPress) <a href="https://twitter.com/WordPress/status/'
            '987437752164737025">April 20, 2018</a></blockquote></div>'
            '<blockquote><p>An ordinary quotation</p></blockquote>')
    hits = list(TW.find_markup(BeautifulSoup(html, "html.parser")))
    assert len(hits) == 1
    assert hits[0].handle == "WordPress" and hits[0].author == "WordPress"
    assert hits[0].claimed_date == date(2018, 4, 20)


def test_rendered_iframes() -> None:
    html = """
    <div class="twitter-tweet twitter-tweet-rendered" data-tweet-id="1384138850478346243">
      <iframe src="https://platform.twitter.com/embed/Tweet.html?id=1384138850478346243"></iframe>
    </div>
    <iframe class="twitter-tweet-rendered"
      src="//platform.twitter.com/embed/Tweet.html?dnt=true&amp;id=1679189879086018562&amp;t=d">
    </iframe>
    <iframe src="https://www.youtube.com/embed/abcdefghijk"></iframe>
    """
    hits = list(TW.find_markup(BeautifulSoup(html, "html.parser")))
    assert [h.form for h in hits] == [EmbedForm.RENDERED, EmbedForm.RENDERED]
    assert [h.ref.post_id for h in hits if h.ref] == ["1384138850478346243",
                                                      "1679189879086018562"]
    assert hits[0].ref is not None
    assert hits[0].ref.url == "https://twitter.com/i/web/status/1384138850478346243"


# ---------------------------------------------------------------------- flattened

def _one(text: str):
    hits = list(TW.find_flattened(text))
    assert len(hits) == 1, hits
    return hits[0]


SEED_LIKE = ("مقدمة الخبر.\nاليوم أنهينا جولة الحوار الأخيرة مع التحالف الدولي\n"
             "— قاسم الاعرجي (@qassimalaraji) December 9, 2021\nفقرة تالية.")


def test_footer_on_its_own_line_takes_the_previous_line() -> None:
    hit = _one(SEED_LIKE)
    assert hit.text == "اليوم أنهينا جولة الحوار الأخيرة مع التحالف الدولي"
    assert (hit.handle, hit.author, hit.claimed_date) == (
        "qassimalaraji", "قاسم الاعرجي", date(2021, 12, 9))
    assert SEED_LIKE[hit.start:].startswith("اليوم")
    assert SEED_LIKE[:hit.end].endswith("2021")


@pytest.mark.parametrize("dash", ["—", "–", "&mdash;", "--", "-"])
def test_dash_variants(dash: str) -> None:
    hit = _one(f"Tweet text here\n{dash} Mustafa Al-Kadhimi مصطفى الكاظمي (@MAKadhimi) "
               "July 25, 2021")
    assert hit.author == "Mustafa Al-Kadhimi مصطفى الكاظمي"
    assert hit.handle == "MAKadhimi" and hit.text == "Tweet text here"


def test_missing_spaces_and_glued_footer_with_media_leftover() -> None:
    text = ("وقال البيان #العراق_ينتفضpic.twitter.com/6dGDvdXmEW— وزارة الخارجية(@KSAMOFA) "
            "December 29, 2021 ثم تابع الخبر.")
    hit = _one(text)
    assert hit.author == "وزارة الخارجية" and hit.handle == "KSAMOFA"
    assert hit.text == "وقال البيان #العراق_ينتفضpic.twitter.com/6dGDvdXmEW"
    assert hit.claimed_date == date(2021, 12, 29)


def test_a_space_after_the_at_sign_is_still_the_handle() -> None:
    # (sample 87: a page printed "(@ handle)")
    hit = _one("Great win for the team today!\n– Jane Roe (@ jane_roe19) June 27, 2021\nMore.")
    assert hit.handle == "jane_roe19" and hit.claimed_date == date(2021, 6, 27)
    assert hit.text == "Great win for the team today!"


def test_lead_in_is_not_part_of_the_text() -> None:
    hit = _one("وكتب الأعرجي في تغريدة: انتهت المهام القتالية — قاسم الاعرجي (@qassimalaraji) "
               "December 9, 2021")
    assert hit.text == "انتهت المهام القتالية"
    hit = _one("وفيما يلي نص التغريدة:\nانتهت المهام\n— قاسم (@qassimalaraji) December 9, 2021")
    assert hit.text == "انتهت المهام"


@pytest.mark.parametrize(
    ("footer", "expected"),
    [
        ("— الاسم (@name_1) ٩ ديسمبر ٢٠٢١", date(2021, 12, 9)),
        ("— الاسم (@name_1) 9 كانون الأول 2021", date(2021, 12, 9)),
        ("— Le nom (@name_1) 20 novembre 2024", date(2024, 11, 20)),
        ("— El nombre (@name_1) 3 de marzo de 2020", date(2020, 3, 3)),
        ("— Der Name (@name_1) 1. März 2019", date(2019, 3, 1)),
        ("— İsim (@name_1) 15 Ağustos 2022", date(2022, 8, 15)),
        ("— 名前 (@name_1) 2016年5月28日", date(2016, 5, 28)),
        ("— 이름 (@name_1) 2021년 12월 9일", date(2021, 12, 9)),
        ("— Il nome (@name_1) 9 dicembre 2021", date(2021, 12, 9)),
        ("— O nome (@name_1) 9 de dezembro de 2021", date(2021, 12, 9)),
        ("— De naam (@name_1) 9 mei 2021", date(2021, 5, 9)),
        ("— Nama (@name_1) 9 Desember 2021", date(2021, 12, 9)),
        ("— Имя (@name_1) 9 дек. 2021 г.", date(2021, 12, 9)),
        ("— Имя (@name_1) 9 декабря 2021 г.", date(2021, 12, 9)),
        ("— نام (@name_1) ۹ دسامبر ۲۰۲۱", date(2021, 12, 9)),
        ("— نام (@name_1) 9 دسمبر، 2021", date(2021, 12, 9)),
        ("— שם (@name_1) 9 בדצמבר 2021", date(2021, 12, 9)),
    ],
)
def test_localised_footer_dates(footer: str, expected: date) -> None:
    assert _one(f"text\n{footer}").claimed_date == expected


def test_names_with_emoji_and_flags() -> None:
    hit = _one("Great day 🎉\n— 🇮🇶 Ali ✪ علي 🇮🇶 (@ali_99) March 3, 2020")
    assert hit.author == "🇮🇶 Ali ✪ علي 🇮🇶"


def test_handle_rules_and_non_footers() -> None:
    assert list(TW.find_flattened("— Name (@this_is_far_too_long_handle) May 5, 2014")) == []
    assert list(TW.find_flattened("contact us (@outlet) for more")) == []
    # Instagram's flattened credit is not a tweet footer.
    assert list(TW.find_flattened("A post shared by Name (@handle) on Mar 7, 2020")) == []


def test_two_footers_do_not_share_text() -> None:
    text = ("first tweet\n— A (@aaa) May 5, 2014\n— B (@bbb) May 6, 2014\n")
    first, second = TW.find_flattened(text)
    assert first.text == "first tweet"
    assert second.text is None and second.author == "B"


def test_status_url_after_footer_names_the_post() -> None:
    hit = _one("text\n— A (@aaa) https://twitter.com/aaa/status/987437752164737025")
    assert hit.ref is not None and hit.ref.post_id == "987437752164737025"


def test_adversarial_input_keeps_its_footers_in_linear_work() -> None:
    pieces = ["(@", "—", "--", '"', "(@a)", "— x (@a) ", "(@abc) May 5, 2014 ", "«", "-"]

    def hostile(size: int) -> str:
        text = "".join(pieces[i % len(pieces)] for i in range(size // 5))[:size]
        return text + "— " * (size // 10) + "(@" * (size // 10) + "x" * (size // 10) + "(@a)"

    hits = list(TW.find_flattened(hostile(200_000)))
    assert hits  # the well-formed footers in there are still found
    assert {hit.handle for hit in hits} == {"abc"}  # each is a dated "(@abc) May 5, 2014"
    assert_linear(lambda size: list(TW.find_flattened(hostile(size))), 20_000)


def test_media_leftover_line_joins_the_text_above() -> None:
    hit = _one("intro.\n\nنص التغريدة\npic.twitter.com/6dGDvdXmEW\n— A (@aaa) May 5, 2014")
    assert hit.text == "نص التغريدة\npic.twitter.com/6dGDvdXmEW"


def test_direction_marks_and_lost_dash() -> None:
    hit = _one("نص\nوزارة الخارجية (\u200f@KSAMOFA\u200f) December 29, 2021\n")
    assert (hit.handle, hit.author, hit.text) == ("KSAMOFA", "وزارة الخارجية", "نص")
    # Without a dash, a footer must fill its own line: this is running text.
    assert list(TW.find_flattened("قال المتحدث (@spokes) 9 ديسمبر 2021 إن الأمر انتهى")) == []


def test_a_dash_lost_after_the_post_media_link() -> None:
    """``… pic.twitter.com/x Name (@handle) date``: the link closed the post, the name opens
    the footer, though no dash and no line break are left (constructed on a real page's shape)."""
    hit = _one("Every year teaches us. pic.twitter.com/UYvbVRiZcq Jane Roe (@janeroe) "
               "December 31, 2022 Her message was shared widely.")
    assert (hit.handle, hit.author, hit.claimed_date) == ("janeroe", "Jane Roe", date(2022, 12, 31))
    assert hit.text == "Every year teaches us. pic.twitter.com/UYvbVRiZcq"
    # ... but prose between the link and the handle is no name
    assert list(TW.find_flattened("See pic.twitter.com/abc and also he said (@jane) "
                                  "December 31, 2022 was fine")) == []


def test_twitter_lines_are_counted_only_once_a_footer_is_found(
        monkeypatch: pytest.MonkeyPatch) -> None:
    counted: list[int] = []
    plain = twitter_footers._line_starts

    def counting(text: str) -> list[int]:
        counted.append(len(text))
        return plain(text)

    monkeypatch.setattr(twitter_footers, "_line_starts", counting)
    assert list(twitter.Twitter().find_flattened("\n" * 100_000 + "(@jane) no date")) == []
    assert counted == []  # a page of newlines without a footer is never split into lines
    footer = "The post.\n— Jane (@jane) December 9, 2021"
    assert [hit.text for hit in twitter.Twitter().find_flattened(footer)] == ["The post."]
    assert len(counted) == 1 and plain(footer) == [0, 10]


def test_last_lead_in_equals_the_last_of_a_whole_chunk_search() -> None:
    pieces = ["وكتب في تغريدة", "TWEETED", "قائلاً", "wrote", ":", "://", ":/", " ", "x" * 40,
              "\n", ".", "كلام ", "tweet", "posted"]
    rng = random.Random(8)
    found = 0
    for _ in range(4000):
        chunk = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 10)))
        matches = list(twitter_footers._LEAD_IN_RE.finditer(chunk))
        expected = matches[-1].end() if matches else None
        assert twitter_footers._last_lead_in_end(chunk) == expected, chunk
        found += expected is not None
    assert found > 500


@pytest.mark.parametrize("text, text_of_post", [
    # the page ends inside the footer's date
    ("The post text here.\n— Donald J. Trump (@realDonaldTrump) Nove", "The post text here."),
    # the footer glued to the post's line, its date lost
    ("Planes moved 200 men today #Libya pic.twitter.com/x — Jane Roe (@janeroe)\nNext.",
     "Planes moved 200 men today #Libya pic.twitter.com/x"),
    # on its own line, under a text with a post's marks
    ("Big news today #Iraq\n— Jane Roe (@janeroe)", "Big news today #Iraq"),
])
def test_a_footer_cut_after_its_handle_is_still_a_post(text: str, text_of_post: str) -> None:
    """Constructed from footers that real pages cut short (the date gone or half gone)."""
    hits = list(Twitter().find_flattened(text))
    assert [(hit.claimed_date, hit.text) for hit in hits] == [(None, text_of_post)]


@pytest.mark.parametrize("text", [
    "The op-ed ends here.\n\n— Jane Roe (@janeroe)",  # an author's sign-off
    "— Jane Roe (@janeroe)\n\nThe op-ed starts here.",
    "Jane Roe (@janeroe)\nThe op-ed starts here.",  # no dash at all
])
def test_a_dateless_sign_off_is_no_post(text: str) -> None:
    assert list(Twitter().find_flattened(text)) == []


def test_embed_code_pasted_into_a_text_draft_is_read_as_a_footer() -> None:
    """Constructed: the vendor blockquote as raw text, its date inside the footer's link."""
    text = ('<blockquote class="twitter-tweet"><p lang="en" dir="ltr">Approval is high '
            '<a href="https://t.co/x">pic.twitter.com/x</a></p>&mdash; Jane Roe (@janeroe) '
            '<a href="?ref_src=twsrc%5Etfw">March 2, 2023</a></blockquote>')
    hits = list(Twitter().find_flattened(text))
    assert [(h.handle, h.claimed_date, h.text) for h in hits] == [
        ("janeroe", date(2023, 3, 2), "Approval is high pic.twitter.com/x")]


def test_a_phone_share_card_is_a_post_with_its_stamp() -> None:
    """Constructed on the card a phone's "share post" pastes: the name and handle alone on a
    line, the US time stamp under it, then the text (one real page kept such a card)."""
    text = ("Yesterday he said otherwise.\n\nJane Roe (@janeroe)\n\n11/18/14, 5:49 AM\n"
            "@someone not at all, I support it\n\nThe blog goes on.")
    hits = list(Twitter().find_flattened(text))
    assert [(h.handle, h.author, h.claimed_date, h.claimed_time, h.text) for h in hits] == [
        ("janeroe", "Jane Roe", date(2014, 11, 18), "5:49 AM", "@someone not at all, I support it")]
    assert text[hits[0].start:hits[0].end].startswith("Jane Roe (@janeroe)")


@pytest.mark.parametrize("text", [
    "Jane Roe (@janeroe)\n\n13/45/14, 5:49 AM\nno such day",  # not a date
    "and then he wrote (@janeroe)\n11/18/14, 5:49 AM\ntext",  # prose, not a name
    "Jane Roe (@janeroe)\n11/18/14\ntext",  # a date with no time is no card's stamp
])
def test_what_only_looks_like_a_share_card(text: str) -> None:
    assert list(Twitter().find_flattened(text)) == []


def test_a_footer_printed_without_brackets_around_the_handle() -> None:
    """Constructed on a WordPress page whose plugin dropped the brackets: ``— Name @handle
    March 21, 2025`` under each post (sample 64 had two such footers)."""
    text = ("The army entered the palace today.\n\nThe palace is ours #Khartoum "
            "pic.twitter.com/AbCdEf12\n\n— Sudan News – Daily @sudannews March 21, 2025\n\n"
            "نص آخر pic.twitter.com/XyZ98765\n\n— 🇾🇪 يمني أصيل 🇾🇪 @yamani11 March 21, 2025\n")
    hits = list(Twitter().find_flattened(text))
    assert [(h.handle, h.author, h.claimed_date) for h in hits] == [
        ("sudannews", "Sudan News – Daily", date(2025, 3, 21)),
        ("yamani11", "🇾🇪 يمني أصيل 🇾🇪", date(2025, 3, 21))]
    assert hits[0].text == "The palace is ours #Khartoum pic.twitter.com/AbCdEf12"


@pytest.mark.parametrize("text", [
    "He replied to @janeroe March 2, 2021 and left.",  # no dash: prose
    "The talks went on — and then @janeroe March 2, 2021 wrote",  # no name after the dash
    "— Jane Roe @janeroe\nThe op-ed starts here.",  # no date: a sign-off
])
def test_a_bare_handle_needs_a_dash_a_name_and_a_date(text: str) -> None:
    assert list(Twitter().find_flattened(text)) == []


def test_a_footer_dated_in_polish() -> None:
    """Constructed on X's Polish footer: the month in the genitive (``1 czerwca 2025``)."""
    text = "Wygraliśmy! Dziękuję wszystkim.\n— Jan Kowalski (@jankowalski_) 1 czerwca 2025\n"
    hits = list(Twitter().find_flattened(text))
    assert [(h.handle, h.claimed_date) for h in hits] == [("jankowalski_", date(2025, 6, 1))]
