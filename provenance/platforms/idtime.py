"""Times hidden in post IDs: snowflakes, base64 shortcodes, base32 TIDs, and a sanity window.

Each platform module knows its own layout (formats.md §4) and calls these helpers; the helpers
know only arithmetic. A decoded time is plausible only between the platform's launch and a
little after "now" (taken from the clock at call time, never hard-coded): anything else means
the ID is of another kind (a pre-snowflake counter, a user ID, a hand-made rkey) and says nothing.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from provenance.platforms.base import IdTime

#: Instagram/Threads shortcode digits, most significant first (base64url).
SHORTCODE_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
#: Bluesky TID digits (base32-sortable).
TID_ALPHABET = "234567abcdefghijklmnopqrstuvwxyz"
#: Instagram media IDs count milliseconds from this Unix time (2011-08-24T21:07:01.721Z).
INSTAGRAM_EPOCH_MS = 1314220021721
#: Discord snowflakes count milliseconds from 2015-01-01T00:00:00Z.
DISCORD_EPOCH_MS = 1420070400000
#: Shortcodes of private posts are longer; only the first 11 digits are the media ID.
SHORTCODE_MEDIA_DIGITS = 11
#: How far past "now" a decoded time may fall before it is called implausible (clock skew).
FUTURE_SLACK = timedelta(days=2)

_SHORTCODE_INDEX = {ch: i for i, ch in enumerate(SHORTCODE_ALPHABET)}
_TID_INDEX = {ch: i for i, ch in enumerate(TID_ALPHABET)}


def from_ms(ms: int) -> datetime:
    """Return the UTC datetime ``ms`` milliseconds after the Unix epoch."""
    return datetime(1970, 1, 1, tzinfo=UTC) + timedelta(milliseconds=ms)


def from_us(us: int) -> datetime:
    """Return the UTC datetime ``us`` microseconds after the Unix epoch."""
    return datetime(1970, 1, 1, tzinfo=UTC) + timedelta(microseconds=us)


def parse_int(text: str) -> int | None:
    """Return ``text`` as a non-negative decimal integer, or None if it is not one."""
    text = text.strip()
    if not text.isascii() or not text.isdigit() or len(text) > 20:
        return None
    return int(text)


def shortcode_to_media_id(code: str) -> int | None:
    """Decode an Instagram/Threads shortcode to its media ID (None for foreign characters).

    >>> shortcode_to_media_id("BCW-bHsLDVg")
    1195417293680293216
    """
    code = code[:SHORTCODE_MEDIA_DIGITS]
    value = 0
    for ch in code:
        digit = _SHORTCODE_INDEX.get(ch)
        if digit is None:
            return None
        value = value * 64 + digit
    return value if code else None


def instagram_media_time(media_id: int) -> datetime:
    """Time of an Instagram media ID: 41 bits of ms since the Instagram epoch, then 23 bits."""
    return from_ms((media_id >> 23) + INSTAGRAM_EPOCH_MS)


def snowflake_time(value: int, *, shift: int, epoch_ms: int = 0) -> datetime:
    """Time of a snowflake whose top bits, above ``shift`` bits, count ms from ``epoch_ms``."""
    return from_ms((value >> shift) + epoch_ms)


def tid_to_int(tid: str) -> int | None:
    """Decode a 13-digit Bluesky TID to its 64-bit value (None when it is not a TID)."""
    if len(tid) != 13:
        return None
    value = 0
    for ch in tid:
        digit = _TID_INDEX.get(ch)
        if digit is None:
            return None
        value = value * 32 + digit
    # The spec reserves the top bit: a value that uses it is not a TID.
    return value if value >> 63 == 0 else None


def within_window(time: datetime, launched: datetime, how: str, title: str) -> IdTime:
    """Return ``time`` with the note ``how`` if it lies between ``launched`` and now (+slack).

    Otherwise the ID is not one the layout applies to, and the answer is no time with a note.
    """
    now = datetime.now(UTC)
    if time < launched:
        return IdTime(None, f"{how} gives {time.isoformat()}, before {title} existed "
                            f"({launched.date().isoformat()}): not a time-bearing ID")
    if time > now + FUTURE_SLACK:
        return IdTime(None, f"{how} gives {time.isoformat()}, in the future: "
                            "not a time-bearing ID")
    return IdTime(time, how)
