"""X endpoints: token, endpoint URLs, syndication and oEmbed readings, archived pages.

Answers are constructed in the shapes shared/reference/formats.md §2.1–2.2 quotes (react-tweet's
types, the emusks syndication sample, the ruby-oembed cassette); post texts, names and IDs other
than the documented vectors are made up.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from urllib.parse import parse_qs, urlsplit

import pytest

from provenance.model import Status
from provenance.platforms.base import Endpoint, PostRef
from provenance.platforms.twitter_api import (
    _v8_radix_string,
    endpoints,
    read,
    read_archived_status_page,
    syndication_token,
)

REF = PostRef("twitter", "1468900000000000000",
              "https://twitter.com/qassimalaraji/status/1468900000000000000", "qassimalaraji")
SYN = Endpoint("syndication", "https://cdn.syndication.twimg.com/tweet-result?id=1")
OEMBED = Endpoint("oembed", "https://publish.twitter.com/oembed?url=x")
JSON = {"content-type": "application/json;charset=utf-8"}
TEXT_AR = "نؤكد دعمنا الكامل &amp; المستمر #العراق https://t.co/AbCdEfGhIj"


@pytest.mark.parametrize(("tweet_id", "token"), [
    ("20", "6dq1a2xwd93"),
    ("1349129669258448897", "39qeyy97t9x"),
    ("2023357708301455483", "4wkkd5uwebk"),
    ("1679189879086018562", "42jbwfx3dv3"),
    ("1808845158160498887", "4dunkfugfv"),
    ("71633762", "dlve538n4hj"),
])
def test_token_vectors(tweet_id: str, token: str) -> None:
    assert syndication_token(tweet_id) == token


@pytest.mark.parametrize(("value", "expected"), [
    # Computed with Node v20 ``(value).toString(36)``: rounding, carries, precision cut-off.
    (0.5, "0.i"),
    (1 / 3, "0.c"),
    (255.5, "73.i"),
    (0.1, "0.3lllllllllm"),
    (1e-7, "0.000061oezo085tl"),
    (1e21, "5v1j4f4ds7c000"),
    (2**60, "8rc4kbdvss00"),
    (123456789.98765433, "21i3v9.zk"),
    (35.99999999999999, "z.zzzzzzzzz"),
    (2.9999999999999996, "2.zzzzzzzzzz"),
    (0.9999999999999999, "0.zzzzzzzzzza"),
    (-255.5, "-73.i"),
])
def test_v8_radix_conversion(value: float, expected: str) -> None:
    assert _v8_radix_string(value) == expected


def test_endpoints_syndication_then_oembed() -> None:
    first, second = endpoints(REF, {})
    assert (first.name, second.name) == ("syndication", "oembed")
    syn = urlsplit(first.url)
    assert syn.netloc == "cdn.syndication.twimg.com" and syn.path == "/tweet-result"
    assert parse_qs(syn.query) == {"id": [REF.post_id], "lang": ["en"],
                                   "token": [syndication_token(REF.post_id)]}
    emb = urlsplit(second.url)
    assert emb.netloc == "publish.twitter.com" and emb.path == "/oembed"
    assert parse_qs(emb.query) == {"url": [REF.url], "omit_script": ["true"], "dnt": ["true"]}


def _syn(data: object, status: int = 200, headers: dict[str, str] | None = None):  # type: ignore[no-untyped-def]
    return read(SYN, REF, status, JSON if headers is None else headers,
                json.dumps(data).encode())


def test_syndication_live_tweet() -> None:
    reading = _syn({
        "__typename": "Tweet", "id_str": REF.post_id, "lang": "ar", "text": TEXT_AR,
        "created_at": "2021-12-09T15:20:11.000Z",
        "user": {"id_str": "1", "name": "قاسم الاعرجي", "screen_name": "qassimalaraji"},
        "edit_control": {"editable_until_msecs": "1639066811000"},
    })
    assert reading.status is Status.LIVE and reading.decisive
    post = reading.post
    assert post is not None
    assert post.text == "نؤكد دعمنا الكامل & المستمر #العراق https://t.co/AbCdEfGhIj"
    assert (post.handle, post.author, post.lang) == ("qassimalaraji", "قاسم الاعرجي", "ar")
    assert post.created_at == datetime(2021, 12, 9, 15, 20, 11, tzinfo=UTC)
    assert post.post_id == REF.post_id and post.platform == "twitter"


def _tombstone(text: str) -> dict[str, object]:
    return {"__typename": "TweetTombstone",
            "tombstone": {"text": {"text": text, "entities": [], "rtl": False}}}


@pytest.mark.parametrize(("text", "status"), [
    ("This Post was deleted by the Post author. Learn more", Status.DELETED),
    ("This Tweet was deleted by the Tweet author. Learn more", Status.DELETED),
    ("This Post is from a suspended account. Learn more", Status.SUSPENDED),
    ("Age-restricted adult content. This content might not be appropriate for people under "
     "18 years old.", Status.AGE_RESTRICTED),
    ("This Post contains adult content.", Status.AGE_RESTRICTED),
    ("This Post has been withheld in response to a report from the copyright holder.",
     Status.WITHHELD),
    ("This Post is from an account whose Posts are protected.", Status.PROTECTED),
    ("Only approved followers can see this Post.", Status.PROTECTED),
])
def test_syndication_tombstones_with_reasons(text: str, status: Status) -> None:
    reading = _syn(_tombstone(text))
    assert reading.status is status and reading.decisive
    assert text in reading.reason


def test_bare_or_unknown_tombstone_is_not_deletion() -> None:
    bare = _syn({"__typename": "TweetTombstone", "tombstone": {}})
    assert bare.status is Status.NOT_FOUND_UNKNOWN and not bare.decisive
    unknown = _syn(_tombstone("This Post is unavailable. Learn more"))
    assert unknown.status is Status.NOT_FOUND_UNKNOWN and not unknown.decisive
    assert "This Post is unavailable" in unknown.reason


def test_syndication_not_found_shapes() -> None:
    empty = _syn({})
    assert empty.status is Status.NOT_FOUND_UNKNOWN and not empty.decisive
    no_user = _syn({"__typename": "Tweet", "id_str": REF.post_id, "text": "x"})
    assert no_user.status is Status.NOT_FOUND_UNKNOWN and not no_user.decisive
    assert "author unavailable (suspended account?)" in no_user.reason
    missing = read(SYN, REF, 404, {"content-type": "text/html"}, b"<html>Not Found</html>")
    assert missing.status is Status.NOT_FOUND_UNKNOWN and not missing.decisive
    assert "deleted" not in missing.reason.replace("not proof of deletion", "")


def test_syndication_failures() -> None:
    assert read(SYN, REF, 429, {}, b"").status is Status.RATE_LIMITED
    broken = _syn({"error": "Internal"}, status=500)
    assert broken.status is Status.ERROR and '"Internal"' in broken.reason
    html_page = read(SYN, REF, 200, {"content-type": "text/html"}, b"<html></html>")
    assert html_page.status is Status.ERROR and "text/html" in html_page.reason
    assert read(SYN, REF, 200, JSON, b"not json").status is Status.ERROR


OEMBED_OK = {
    "url": REF.url,
    "author_name": "قاسم الاعرجي",
    "author_url": "https://twitter.com/qassimalaraji",
    "html": ('\u003Cblockquote class="twitter-tweet"\u003E\u003Cp lang="ar" dir="rtl"\u003E'
             'نص التغريدة\u003Cbr\u003Eسطر ثان \u003Ca href="https://t.co/AbCdEfGhIj"\u003E'
             'pic.twitter.com/AbCdEfGhIj\u003C/a\u003E\u003C/p\u003E&mdash; قاسم الاعرجي '
             '(@qassimalaraji) \u003Ca href="https://twitter.com/qassimalaraji/status/'
             '1468900000000000000?ref_src=twsrc%5Etfw"\u003EDecember 9, 2021\u003C/a\u003E'
             '\u003C/blockquote\u003E\n'),
    "width": 550, "height": None, "type": "rich", "cache_age": "3153600000",
    "provider_name": "Twitter", "provider_url": "https://twitter.com", "version": "1.0",
}


def test_oembed_live() -> None:
    reading = read(OEMBED, REF, 200, JSON, json.dumps(OEMBED_OK).encode())
    assert reading.status is Status.LIVE
    post = reading.post
    assert post is not None
    assert post.text == "نص التغريدة\nسطر ثان pic.twitter.com/AbCdEfGhIj"
    assert (post.handle, post.author, post.lang) == ("qassimalaraji", "قاسم الاعرجي", "ar")
    assert post.created_at is None  # oEmbed has no timestamp, only the shown date
    assert '"December 9, 2021"' in reading.reason


def test_oembed_errors() -> None:
    body = json.dumps({"error": "Sorry, you are not authorized to see this status.",
                       "request": "/oembed"}).encode()
    forbidden = read(OEMBED, REF, 403, JSON, body)
    assert forbidden.status is Status.PROTECTED
    assert "not authorized" in forbidden.reason and "suspended or withheld" in forbidden.reason
    gone = read(OEMBED, REF, 404, {}, b"")
    assert gone.status is Status.NOT_FOUND_UNKNOWN and "never existed" in gone.reason
    assert read(OEMBED, REF, 400, {}, b"").status is Status.ERROR
    assert read(OEMBED, REF, 200, JSON, b'{"html": 3}').status is Status.ERROR
    other = read(Endpoint("graphql", "u"), REF, 200, JSON, b"{}")
    assert other.status is Status.ERROR


OLD_PAGE = """<!DOCTYPE html><html><head>
<meta property="og:title" content="قاسم الاعرجي on Twitter">
<meta property="og:description" content="“نص التغريدة القديمة”">
</head><body>
<div class="dialog"><h3>Log in to Twitter</h3></div>
<div class="permalink-tweet" data-tweet-id="1468900000000000000"
     data-screen-name="qassimalaraji" data-name="قاسم الاعرجي">
  <p class="TweetTextSize tweet-text" lang="ar">نص التغريدة القديمة <img class="Emoji"
     alt="🇮🇶" src="x.png"></p>
  <span class="_timestamp" data-time="1639063211"></span>
</div></body></html>"""

OG_ONLY_PAGE = """<html><head>
<meta property="og:title" content="قاسم الاعرجي on X: &quot;نص&quot; / X">
<meta property="og:description" content="نص التغريدة الجديدة">
</head><body></body></html>"""

WALLS = [
    "<html><body><noscript>JavaScript is not available.</noscript></body></html>",
    '<html><head><meta property="og:title" content="قاسم on X"><meta property="og:description"'
    ' content="x"></head><body>Something went wrong. Try reloading.</body></html>',
    '<html><head><meta property="og:title" content="Log in to X / X"><meta property='
    '"og:description" content="From breaking news and entertainment to sports and politics">'
    "</head><body>Log in to X</body></html>",
]


def test_archived_old_status_page() -> None:
    post = read_archived_status_page(OLD_PAGE.encode(), REF)
    assert post is not None
    assert post.text == "نص التغريدة القديمة 🇮🇶"
    assert (post.handle, post.author, post.lang) == ("qassimalaraji", "قاسم الاعرجي", "ar")
    assert post.created_at == datetime(2021, 12, 9, 15, 20, 11, tzinfo=UTC)


def test_archived_og_only_page() -> None:
    post = read_archived_status_page(OG_ONLY_PAGE, REF)
    assert post is not None
    assert (post.text, post.author, post.handle) == ("نص التغريدة الجديدة", "قاسم الاعرجي",
                                                     "qassimalaraji")


def test_archived_old_og_description_quotes_are_stripped() -> None:
    page = OLD_PAGE.replace("permalink-tweet", "other").replace('data-tweet-id="1468', 'x="')
    post = read_archived_status_page(page, REF)
    assert post is not None and post.text == "نص التغريدة القديمة"


@pytest.mark.parametrize("page", WALLS)
def test_archived_walls_give_nothing(page: str) -> None:
    assert read_archived_status_page(page, REF) is None


def test_archived_json_bodies() -> None:
    syndication = {"__typename": "Tweet", "text": "نص", "created_at": "2021-12-09T15:20:11.000Z",
                   "user": {"name": "ق", "screen_name": "qassimalaraji"}}
    post = read_archived_status_page(json.dumps(syndication).encode(), REF)
    assert post is not None and post.text == "نص" and post.created_at is not None
    embed = read_archived_status_page(json.dumps(OEMBED_OK), REF)
    assert embed is not None and embed.handle == "qassimalaraji"
    assert read_archived_status_page(json.dumps(_tombstone("deleted by the Post author")),
                                     REF) is None
    assert read_archived_status_page("{not json", REF) is None
