"""A constructed "internet" for recording provenance's HTTP fixtures.

Nothing here was fetched: every answer is built by hand in the shapes that
``shared/reference/formats.md`` documents for the real endpoints (X syndication ``tweet-result``
and oEmbed, the Wayback CDX server, ``id_`` playback with ``Memento-Datetime``). Post IDs are
snowflakes made from the stated times, so their decoded time is what the scenario says.

``scripts/make_fixtures.py`` runs the real pipeline in record mode against :func:`handle` and
writes the HAR files in ``fixtures/http/``; tests replay those files offline.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import format_datetime
from urllib.parse import urlsplit

import httpx

TWITTER_EPOCH_MS = 1288834974657


def snowflake(iso: str, sequence: int = 1) -> str:
    """A tweet ID whose snowflake time is ``iso`` (UTC)."""
    ms = int(datetime.fromisoformat(iso).timestamp() * 1000)
    return str(((ms - TWITTER_EPOCH_MS) << 22) | (7 << 17) | sequence)


@dataclass(frozen=True)
class Tweet:
    """One constructed post and how the platform answers for it."""

    handle: str
    name: str
    text: str
    created: str
    state: str = "live"
    """live, deleted, tombstone_empty, protected, not_found, no_user."""
    lang: str = "ar"


SEED_POST_TEXT = (
    "اليوم أنهينا جولة الحوار الأخيرة مع التحالف الدولي والتي بدأناها في العام الماضي، لنعلن رسميا "
    "انتهاء المهام القتالية لقوات التحالف وانسحابها من العراق، وستستمر العلاقة مع التحالف الدولي "
    "في مجال التدريب والاستشارة والتمكين."
)

#: Every constructed post, by ID.
TWEETS: dict[str, Tweet] = {}
#: Wayback captures: original URL (scheme-less) → [(timestamp, archived status)].
CAPTURES: dict[str, list[tuple[str, int]]] = {}
#: CDX queries (``url`` parameter) answered 403 "Blocked Site Error".
BLOCKED: set[str] = set()
#: CDX queries answered 429 (no Retry-After) once before they succeed.
THROTTLE_ONCE: set[str] = set()


def add(tweet_id: str, tweet: Tweet, *captures: tuple[str, int]) -> str:
    """Register a post and its captures; return its ID."""
    TWEETS[tweet_id] = tweet
    if captures:
        CAPTURES[f"twitter.com/{tweet.handle}/status/{tweet_id}"] = list(captures)
    return tweet_id


# --- the seed article: the flattened embed of @qassimalaraji, December 9, 2021
SEED_ID = add(snowflake("2021-12-09T10:41:22.318+00:00"),
              Tweet("qassimalaraji", "قاسم الاعرجي", SEED_POST_TEXT, "2021-12-09T10:41:22.000Z"),
              ("20211209124405", 200), ("20220114081230", 200))
add(snowflake("2021-12-08T17:02:51.902+00:00"),
    Tweet("qassimalaraji", "قاسم الاعرجي",
          "استقبلنا اليوم وفداً من بعثة الأمم المتحدة لمساعدة العراق وبحثنا ملفات الأمن والاستقرار.",
          "2021-12-08T17:02:51.000Z"),
    ("20211209001512", 200))
add(snowflake("2021-06-02T08:00:03.000+00:00"),
    Tweet("qassimalaraji", "قاسم الاعرجي", "تهنئة بمناسبة عيد الأضحى المبارك.",
          "2021-06-02T08:00:03.000Z"),
    ("20211210093000", 200))

# --- the example article (fixtures/articles/example_ar.txt)
EXAMPLE_POST_TEXT = (
    "بدأنا اليوم التشغيل التجريبي لسد الرمادي الجديد، وسيؤمن مياه الشرب والري لأكثر من مليون "
    "نسمة خلال موسم الصيف، على أن تنطلق المرحلة الثانية مطلع العام المقبل #الأنبار"
)
EXAMPLE_ID = add(snowflake("2023-03-06T09:14:27.311+00:00"),
                 Tweet("samer_alhadithi", "سامر الحديثي", EXAMPLE_POST_TEXT,
                       "2023-03-06T09:14:27.000Z"),
                 ("20230306101502", 200))
EXAMPLE_GOV_ID = add("1632445918475259909",
                     Tweet("IraqiGovt", "الحكومة العراقية",
                           "ترحب الحكومة بتشغيل سد الرمادي الجديد، ومشاريع المياه أولوية وطنية.",
                           "2023-03-05T18:20:11.000Z", state="deleted"),
                     ("20230305200144", 200))

# --- scenarios (fixtures/articles/scenarios.html, published 2022-03-01)
SCENARIO = {
    "live": add(snowflake("2022-02-20T09:00:00+00:00"),
                Tweet("NewsDeskDemo", "News Desk", "The bridge reopens on Monday.",
                      "2022-02-20T09:00:00.000Z", lang="en"),
                ("20220221100000", 200)),
    "deleted": add(snowflake("2022-02-21T09:00:00+00:00"),
                   Tweet("NewsDeskDemo", "News Desk", "Deleted words.", "2022-02-21T09:00:00.000Z",
                         state="deleted", lang="en")),
    "tombstone": add(snowflake("2022-02-22T09:00:00+00:00"),
                     Tweet("NewsDeskDemo", "News Desk", "Unexplained.", "2022-02-22T09:00:00.000Z",
                           state="tombstone_empty", lang="en")),
    "protected": add(snowflake("2022-02-23T09:00:00+00:00"),
                     Tweet("PrivateDemo", "Private", "Locked.", "2022-02-23T09:00:00.000Z",
                           state="protected", lang="en")),
    "not_found": add(snowflake("2022-02-24T09:00:00+00:00"),
                     Tweet("NewsDeskDemo", "News Desk", "Gone.", "2022-02-24T09:00:00.000Z",
                           state="not_found", lang="en")),
    "only_archived": add(snowflake("2022-02-25T09:00:00+00:00"),
                         Tweet("NewsDeskDemo", "News Desk", "Only the archive remembers this.",
                               "2022-02-25T09:00:00.000Z", state="not_found", lang="en"),
                         ("20220225120000", 200)),
    "archived_after": add(snowflake("2022-02-26T09:00:00+00:00"),
                          Tweet("NewsDeskDemo", "News Desk", "Captured too late.",
                                "2022-02-26T09:00:00.000Z", state="not_found", lang="en"),
                          ("20220610120000", 200)),
    "cdx_429": add(snowflake("2022-02-27T09:00:00+00:00"),
                   Tweet("NewsDeskDemo", "News Desk", "Patience pays.", "2022-02-27T09:00:00.000Z",
                         lang="en"),
                   ("20220227120000", 200)),
    "blocked": add(snowflake("2022-02-28T09:00:00+00:00"),
                   Tweet("BlockedDemo", "Blocked", "An excluded account.",
                         "2022-02-28T09:00:00.000Z", lang="en")),
}
THROTTLE_ONCE.add(f"https://twitter.com/NewsDeskDemo/status/{SCENARIO['cdx_429']}")
BLOCKED.update({f"https://twitter.com/BlockedDemo/status/{SCENARIO['blocked']}",
                f"https://x.com/BlockedDemo/status/{SCENARIO['blocked']}"})


# ---------------------------------------------------------------------------- answers


def _json(status: int, data: object, **headers: str) -> httpx.Response:
    body = json.dumps(data, ensure_ascii=False).encode()
    return httpx.Response(status, content=body,
                          headers={"content-type": "application/json; charset=utf-8", **headers})


def _syndication(tweet_id: str) -> httpx.Response:
    tweet = TWEETS.get(tweet_id)
    if tweet is None or tweet.state == "not_found":
        return httpx.Response(404, text="<!DOCTYPE html><html><body>Not Found</body></html>",
                              headers={"content-type": "text/html"})
    if tweet.state == "deleted":
        return _json(200, {"__typename": "TweetTombstone", "tombstone": {"text": {
            "text": "This Post was deleted by the Post author. Learn more",
            "entities": [], "rtl": False}}})
    if tweet.state == "tombstone_empty":
        return _json(200, {"__typename": "TweetTombstone", "tombstone": {}})
    if tweet.state == "protected":
        return _json(200, {"__typename": "TweetTombstone", "tombstone": {"text": {
            "text": "You’re unable to view this Post because this account owner limits who can "
                    "view their Posts. Learn more", "entities": [], "rtl": False}}})
    created = datetime.fromisoformat(tweet.created.replace("Z", "+00:00"))
    created_ms = int(created.timestamp() * 1000)
    return _json(200, {
        "__typename": "Tweet", "lang": tweet.lang, "favorite_count": 412,
        "possibly_sensitive": False,
        "created_at": tweet.created, "display_text_range": [0, len(tweet.text)],
        "entities": {"hashtags": [], "urls": [], "user_mentions": [], "symbols": []},
        "id_str": tweet_id, "text": tweet.text,
        "user": {"id_str": "1187733431001", "name": tweet.name, "screen_name": tweet.handle,
                 "is_blue_verified": False, "verified": False,
                 "profile_image_url_https": "https://pbs.twimg.com/profile_images/1/a_normal.jpg",
                 "profile_image_shape": "Circle"},
        "edit_control": {"edit_tweet_ids": [tweet_id],
                         "editable_until_msecs": str(created_ms + 3_600_000),
                         "is_edit_eligible": False, "edits_remaining": "5"},
        "conversation_count": 37, "news_action_type": "conversation", "isEdited": False,
        "isStaleEdit": False,
    })


def _oembed(status_url: str) -> httpx.Response:
    tweet_id = status_url.rstrip("/").rsplit("/", 1)[-1].split("?")[0]
    tweet = TWEETS.get(tweet_id)
    if tweet is None or tweet.state in {"not_found", "deleted", "tombstone_empty"}:
        return httpx.Response(404, text="", headers={"content-type": "text/html"})
    if tweet.state == "protected":
        return _json(403, {"error": "Sorry, you are not authorized to see this status.",
                           "request": "/oembed"})
    day = datetime.fromisoformat(tweet.created.replace("Z", "+00:00"))
    html = (f'<blockquote class="twitter-tweet"><p lang="{tweet.lang}" dir="rtl">{tweet.text}</p>'
            f"&mdash; {tweet.name} (@{tweet.handle}) <a href=\"https://twitter.com/{tweet.handle}/"
            f'status/{tweet_id}?ref_src=twsrc%5Etfw">{day:%B} {day.day}, {day.year}</a>'
            "</blockquote>")
    return _json(200, {"url": f"https://twitter.com/{tweet.handle}/status/{tweet_id}",
                       "author_name": tweet.name,
                       "author_url": f"https://twitter.com/{tweet.handle}",
                       "html": html, "width": 550, "height": None, "type": "rich",
                       "cache_age": "3153600000", "provider_name": "Twitter",
                       "provider_url": "https://twitter.com", "version": "1.0"})


def _bare(url: str) -> str:
    parts = urlsplit(url if "://" in url else "https://" + url)
    host = (parts.hostname or "").removeprefix("www.").replace("mobile.", "")
    return host + parts.path


_throttled: set[str] = set()


def _cdx(request: httpx.Request) -> httpx.Response:
    params = request.url.params
    query, match_type = params.get("url", ""), params.get("matchType", "exact")
    if query in BLOCKED:
        return httpx.Response(403, text="org.archive.wayback.exception.AdministrativeAccessControl"
                              "Exception: Blocked Site Error\n", headers={
                                  "content-type": "text/plain", "X-Archive-Wayback-Runtime-Error":
                                  "org.archive.util.io.RuntimeIOException: org.archive.wayback."
                                  "exception.AdministrativeAccessControlException: "
                                  "Blocked Site Error"})
    if query in THROTTLE_ONCE and query not in _throttled:
        _throttled.add(query)
        return httpx.Response(429, text="<html><body><h1>Too Many Requests</h1></body></html>",
                              headers={"content-type": "text/html"})
    wanted = _bare(query)
    start = params.get("from", "0")
    rows = [["urlkey", "timestamp", "original", "mimetype", "statuscode", "digest", "length"]]
    for original, captures in sorted(CAPTURES.items()):
        hit = original.startswith(wanted) if match_type == "prefix" else original == wanted
        for stamp, status in captures:
            if hit and stamp >= start[: len(stamp)]:
                _, _, path = original.partition("/")
                rows.append([f"com,twitter)/{path.lower()}", stamp, f"https://{original}",
                             "text/html", str(status), "Q3ZMG2KXLKXGEYWOB6YFVC6YPRGZ3JOV", "53110"])
    return _json(200, rows if len(rows) > 1 else [])


def _capture(request: httpx.Request) -> httpx.Response:
    path = request.url.raw_path.decode()
    stamp, _, original = path.removeprefix("/web/").partition("/")
    stamp = stamp.removesuffix("id_")
    tweet_id = original.rstrip("/").rsplit("/", 1)[-1]
    tweet = TWEETS.get(tweet_id)
    captured = CAPTURES.get(_bare(original), [])
    if tweet is None or stamp not in [c[0] for c in captured]:
        return httpx.Response(404, text="<html><body>Wayback Machine has not archived that URL."
                              "</body></html>", headers={"content-type": "text/html"})
    when = datetime.strptime(stamp, "%Y%m%d%H%M%S").replace(tzinfo=UTC)
    page = (
        "<!DOCTYPE html><html><head>"
        f'<meta property="og:title" content="{tweet.name} on Twitter">'
        f'<meta property="og:description" content="“{tweet.text}”">'
        f"</head><body><div class=\"permalink-tweet\" data-tweet-id=\"{tweet_id}\" "
        f'data-screen-name="{tweet.handle}" data-name="{tweet.name}">'
        f'<p class="TweetTextSize js-tweet-text tweet-text" lang="{tweet.lang}">{tweet.text}</p>'
        "</div></body></html>"
    )
    return httpx.Response(200, text=page, headers={
        "content-type": "text/html; charset=utf-8",
        "memento-datetime": format_datetime(when, usegmt=True),
        "link": f'<https://{_bare(original)}>; rel="original"'})


def handle(request: httpx.Request) -> httpx.Response:
    """Answer one request of the constructed world (404 for anything it does not know)."""
    host, path = request.url.host, request.url.path
    if host == "cdn.syndication.twimg.com" and path == "/tweet-result":
        return _syndication(request.url.params.get("id", ""))
    if host == "publish.twitter.com" and path == "/oembed":
        return _oembed(request.url.params.get("url", ""))
    if host == "web.archive.org" and path.startswith("/cdx/search/cdx"):
        return _cdx(request)
    if host == "web.archive.org" and path.startswith("/web/"):
        return _capture(request)
    if host == "archive.org" and path.startswith("/wayback/available"):
        return _json(200, {"url": request.url.params.get("url", ""), "archived_snapshots": {}})
    return httpx.Response(404, text="not part of the constructed world",
                          headers={"content-type": "text/plain"})
