"""ID → time helpers and every vector of formats.md §4 for the non-X platforms."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from provenance.platforms import get
from provenance.platforms.idtime import (
    from_ms,
    instagram_media_time,
    shortcode_to_media_id,
    tid_to_int,
    within_window,
)


def utc(*parts: int) -> datetime:
    return datetime(*parts, tzinfo=UTC)


# (platform, ID, exact decoded UTC time) — formats.md §4, decoded there with the same formulas.
VECTORS = [
    ("discord", "175928847299117063", utc(2016, 4, 30, 11, 18, 25, 796000)),
    ("discord", "90339695967350784", from_ms(1441609061949)),
    ("discord", "937847820382261308", utc(2022, 1, 31, 23, 12, 24, 749000)),
    ("mastodon", "103270115826048975", utc(2019, 12, 8, 3, 48, 33, 849000)),
    ("mastodon", "108307448501709873", utc(2022, 5, 15, 18, 48, 30, 585000)),
    ("tiktok", "7348705314746699054", from_ms(1711003788 * 1000)),
    ("tiktok", "6718335390845095173", utc(2019, 7, 27, 13, 32, 33)),
    ("tiktok", "7005293332821822726", utc(2021, 9, 7, 20, 35, 55)),
    ("instagram", "BCW-bHsLDVg", utc(2016, 2, 29, 5, 47, 48, 17000)),
    ("instagram", "DW1nTDiDvnF", from_ms(1775580510621)),
    ("threads", "CuWPE6iNEx_", None),  # second-precision vector: checked below
    ("bluesky", "3l25zusnsfctk", datetime(1970, 1, 1, tzinfo=UTC)
     + timedelta(microseconds=1724171495793000)),
    ("bluesky", "3lbd2ebt3wk2r", utc(2024, 11, 19, 18, 19, 55, 98000)),
    ("bluesky", "3laulgolrfz2f", datetime(1970, 1, 1, tzinfo=UTC)
     + timedelta(microseconds=1731543333133695)),
    ("bluesky", "3lbq7mxsiek2v", utc(2024, 11, 24, 23, 58, 51, 890000)),
    ("linkedin", "6685980502161199104", utc(2020, 7, 6, 18, 59, 31, 226000)),
]

# Vectors the reference gives to the second only.
SECOND_VECTORS = [
    ("instagram", "B9bOM-6Ax_d", utc(2020, 3, 7, 8, 14, 53)),
    ("threads", "CuWPE6iNEx_", utc(2023, 7, 6, 7, 24, 38)),
    ("threads", "Cyh2ZNprQO2", utc(2023, 10, 18, 5, 45, 25)),
    ("linkedin", "7142915898180354050", utc(2023, 12, 19, 16, 37, 39)),
    ("linkedin", "7135298961891885056", utc(2023, 11, 28, 16, 10, 39)),
]


@pytest.mark.parametrize(("platform", "post_id", "expected"),
                         [v for v in VECTORS if v[2] is not None])
def test_vectors_decode_exactly(platform: str, post_id: str, expected: datetime) -> None:
    """Each reference vector decodes to its exact UTC time."""
    assert get(platform).id_time(post_id).time == expected


@pytest.mark.parametrize(("platform", "post_id", "expected"), SECOND_VECTORS)
def test_vectors_decode_to_the_second(platform: str, post_id: str, expected: datetime) -> None:
    """Vectors given to the second decode within that second."""
    time = get(platform).id_time(post_id).time
    assert time is not None and time.replace(microsecond=0) == expected


def test_shortcode_and_media_id_agree() -> None:
    """The shortcode digits are the media ID, and the media ID carries the time."""
    media_id = shortcode_to_media_id("BCW-bHsLDVg")
    assert media_id == 1195417293680293216
    assert instagram_media_time(media_id) == utc(2016, 2, 29, 5, 47, 48, 17000)
    assert get("instagram").id_time("1195417293680293216_12345").time == \
        utc(2016, 2, 29, 5, 47, 48, 17000)
    assert shortcode_to_media_id("bad*code") is None


def test_tid_rules() -> None:
    """TIDs are 13 base32-sortable digits with the top bit clear; ``2222222222222`` is zero."""
    assert tid_to_int("2222222222222") == 0
    assert tid_to_int("3l25zusnsfctk") is not None
    assert tid_to_int("3l25zusnsfct") is None  # 12 digits
    assert tid_to_int("zzzzzzzzzzzzz") is None  # top bit set
    assert tid_to_int("3L25ZUSNSFCTK") is None  # upper case is not the alphabet
    assert (tid_to_int("3l25zusnsfctk") or 0) >> 10 == 1724171495793000


def test_clock_id_of_a_vector() -> None:
    """The low 10 bits of 3l25zusnsfctk are clock id 816 (``@atcute/tid`` README)."""
    assert (tid_to_int("3l25zusnsfctk") or 0) & 0x3FF == 816


@pytest.mark.parametrize(("platform", "post_id"), [
    ("youtube", "dQw4w9WgXcQ"), ("telegram", "durov/43"), ("reddit", "aczfgr"),
    ("facebook", "10101301165605491"), ("vimeo", "76979871"), ("dailymotion", "x8abc12"),
])
def test_platforms_without_time_say_so(platform: str, post_id: str) -> None:
    """Platforms whose IDs carry no time answer None with a note saying so."""
    answer = get(platform).id_time(post_id)
    assert answer.time is None and "carry no time" in answer.note


def test_window_rejects_before_launch_and_future() -> None:
    """Times before launch or after now are not trusted; the window follows the clock."""
    launched = utc(2020, 1, 1)
    assert within_window(utc(2019, 12, 31), launched, "x", "P").time is None
    future = datetime.now(UTC) + timedelta(days=30)
    answer = within_window(future, launched, "x", "P")
    assert answer.time is None and "future" in answer.note
    recent = datetime.now(UTC) - timedelta(days=1)
    assert within_window(recent, launched, "x", "P").time == recent


@pytest.mark.parametrize(("platform", "post_id"), [
    ("mastodon", "12345"),  # pre-2.0 sequential ID: decodes to 1970
    ("bluesky", "self"),  # not a TID
    ("bluesky", "2222222222222"),  # a TID, but zero: 1970
    ("tiktok", "notanumber"),
    ("tiktok", "12345"),  # decodes to 1970
    ("linkedin", "999"),  # decodes to 1970
    ("threads", "BCW-bHsLDVg"),  # an Instagram code from 2016, before Threads existed
    ("instagram", "no*such"),
])
def test_implausible_ids_give_no_time(platform: str, post_id: str) -> None:
    """Counters, hand-made keys and junk are not decoded into fake times."""
    answer = get(platform).id_time(post_id)
    assert answer.time is None
    assert answer.note
