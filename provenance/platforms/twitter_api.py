"""X / Twitter public endpoints: which to ask about a post, and how to read their answers.

Two endpoints need no credentials. The syndication endpoint behind embedded posts
(``cdn.syndication.twimg.com/tweet-result``, used by ``vercel/react-tweet``) returns the post as
JSON, or a ``TweetTombstone`` whose text says why it is unavailable; it wants a ``token``
computed from the ID. oEmbed (``publish.twitter.com/oembed``) returns the embed blockquote and
is the second opinion. Neither answer is proof of deletion unless it says so: a bare tombstone,
a 404 or an ``{}`` only says "not shown to a signed-out client", so those readings are marked not
decisive and the next endpoint is asked. Archived copies of status pages (old HTML, or archived
syndication/oEmbed JSON) are read by :func:`read_archived_status_page`.

Everything here is pure: the resolver does the fetching. Bodies are parsed as JSON or HTML,
never searched with patterns.
"""

from __future__ import annotations

import html
import json
import math
import re
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlsplit

import httpx

from provenance.model import PostRecord, Status
from provenance.platforms.base import Endpoint, PostRef, Reading

#: The syndication endpoint behind embedded posts.
SYNDICATION_URL = "https://cdn.syndication.twimg.com/tweet-result"
#: The documented oEmbed endpoint (not rate limited, per developer.x.com).
OEMBED_URL = "https://publish.twitter.com/oembed"
#: Hosts of the two endpoints.
API_HOSTS = frozenset({"cdn.syndication.twimg.com", "publish.twitter.com"})

#: Tombstone texts (lower-case fragments) and the status each supports, first match wins.
#: Anything else (or no text at all) is "not found, reason unknown" and not decisive.
TOMBSTONE_STATUSES: tuple[tuple[str, Status], ...] = (
    ("deleted by the post author", Status.DELETED),
    ("deleted by the tweet author", Status.DELETED),
    ("suspended", Status.SUSPENDED),
    ("age-restricted", Status.AGE_RESTRICTED),
    ("adult", Status.AGE_RESTRICTED),
    ("withheld", Status.WITHHELD),
    ("protected", Status.PROTECTED),
    ("only approved followers", Status.PROTECTED),
    ("limits who can view", Status.PROTECTED),
)
#: Texts of pages that are a login wall or a script shell, never the post. (Old status pages
#: also carry a "Log in to Twitter" dialog, so those are only walls when no tweet is found.)
WALL_TEXTS = (
    "JavaScript is not available",
    "detected that JavaScript is disabled",
    "Something went wrong",
)
#: ``og:title`` of a status page: ``NAME on Twitter``, ``NAME on X: "TEXT" / X``.
_OG_TITLE_RE = re.compile(r"^(?P<name>.{1,100}?) on (?:Twitter|X)(?=$|:| /)")
#: Quotation marks old ``og:description`` values wrap the text in.
_WRAPPING_QUOTES = "“”\"«»"
_DIGITS36 = "0123456789abcdefghijklmnopqrstuvwxyz"


# --------------------------------------------------------------------------- token


def _v8_radix_string(value: float, radix: int = 36) -> str:
    """``Number.prototype.toString(radix)`` as V8 writes it (``DoubleToRadixCString``).

    V8 emits fraction digits only up to the double's own precision (``delta``, half the gap to
    the next double), rounding the last digit half-to-even with carry into earlier digits and,
    past the point, into the integer part. Python floats are the same IEEE doubles, so
    following the same steps gives the same digits.
    """
    negative = value < 0
    value = -value if negative else value
    integer = float(math.floor(value))
    fraction = value - integer
    delta = max(0.5 * (math.nextafter(value, math.inf) - value), math.nextafter(0.0, 1.0))
    digits: list[int] = []
    if fraction >= delta:
        while True:
            fraction *= radix
            delta *= radix
            digit = int(fraction)
            digits.append(digit)
            fraction -= digit
            if (fraction > 0.5 or (fraction == 0.5 and digit & 1)) and fraction + delta > 1:
                # Round up, carrying through written digits (and into the integer part).
                while True:
                    if not digits:
                        integer += 1
                        break
                    last = digits.pop() + 1
                    if last < radix:
                        digits.append(last)
                        break
                break
            if fraction < delta:
                break
    head: list[str] = []
    # Digits below a double's precision are written as zeros, as V8 does.
    while integer and math.frexp(integer / radix)[1] - 53 > 0:
        integer /= radix
        head.append("0")
    while True:
        remainder = math.fmod(integer, radix)
        head.append(_DIGITS36[int(remainder)])
        integer = (integer - remainder) / radix
        if integer <= 0:
            break
    text = "".join(reversed(head))
    if digits:
        text += "." + "".join(_DIGITS36[d] for d in digits)
    return "-" + text if negative else text


def syndication_token(tweet_id: str) -> str:
    """The ``token`` parameter: ``((Number(id) / 1e15) * Math.PI).toString(36)`` minus zeros/dots.

    ``Number(id)`` is a double, so the ID is rounded to float first, exactly as JavaScript does;
    the regex ``/(0+|\\.)/g`` removes every run of zeros, not only trailing ones.
    """
    return re.sub(r"0+|\.", "", _v8_radix_string(float(int(tweet_id)) / 1e15 * math.pi))


# --------------------------------------------------------------------------- endpoints


def endpoints(ref: PostRef, env: Mapping[str, str]) -> tuple[Endpoint, ...]:
    """Syndication first (it carries text, author and time), then oEmbed as a second opinion."""
    syndication = httpx.URL(SYNDICATION_URL, params=[
        ("id", ref.post_id), ("lang", "en"), ("token", syndication_token(ref.post_id))])
    oembed = httpx.URL(OEMBED_URL, params=[
        ("url", ref.url), ("omit_script", "true"), ("dnt", "true")])
    return (Endpoint("syndication", str(syndication)), Endpoint("oembed", str(oembed)))


# --------------------------------------------------------------------------- reading


def read(endpoint: Endpoint, ref: PostRef, status_code: int, headers: Mapping[str, str],
         body: bytes) -> Reading:
    """Interpret one endpoint's answer about ``ref``."""
    if endpoint.name == "syndication":
        return _read_syndication(ref, status_code, headers, body)
    if endpoint.name == "oembed":
        return _read_oembed(ref, status_code, headers, body)
    return Reading(Status.ERROR, f"X: no reader for endpoint {endpoint.name!r}")


def _json_body(headers: Mapping[str, str], body: bytes) -> tuple[Any, str]:
    """Decode a JSON body; return (data, "") or (None, why not)."""
    content_type = _header(headers, "content-type").lower()
    if content_type and "json" not in content_type and "javascript" not in content_type:
        return None, f"answered {content_type.split(';')[0]} instead of JSON"
    try:
        return json.loads(body), ""
    except ValueError:
        return None, "answered a body that is not JSON"


def _header(headers: Mapping[str, str], name: str) -> str:
    value = headers.get(name)
    if value is None:
        value = next((v for k, v in headers.items() if k.lower() == name), "")
    return value


def _read_syndication(ref: PostRef, status_code: int, headers: Mapping[str, str],
                      body: bytes) -> Reading:
    if status_code == 429:
        return Reading(Status.RATE_LIMITED, "syndication: 429 Too Many Requests", decisive=False)
    if status_code == 404:
        return Reading(Status.NOT_FOUND_UNKNOWN, "syndication: 404 (not found; not proof of "
                       "deletion)", decisive=False)
    if status_code != 200:
        data, _ = _json_body(headers, body)
        said = f': "{data["error"]}"' if isinstance(data, dict) and data.get("error") else ""
        return Reading(Status.ERROR, f"syndication: HTTP {status_code}{said}", decisive=False)
    data, problem = _json_body(headers, body)
    if problem or not isinstance(data, dict):
        return Reading(Status.ERROR, f"syndication: {problem or 'unexpected JSON shape'}",
                       decisive=False)
    return read_syndication_json(data, ref)


def read_syndication_json(data: dict[str, Any], ref: PostRef) -> Reading:
    """Read a decoded syndication answer (also used for archived copies of one)."""
    if not data:
        return Reading(Status.NOT_FOUND_UNKNOWN, "syndication: empty answer {} (not found, "
                       "reason unknown)", decisive=False)
    if data.get("__typename") == "TweetTombstone" or "tombstone" in data:
        return _read_tombstone(data.get("tombstone"))
    text = data.get("text")
    if not isinstance(text, str):
        return Reading(Status.ERROR, "syndication: answer has no text", decisive=False)
    user = data.get("user")
    if not isinstance(user, dict) or not user.get("screen_name"):
        return Reading(Status.NOT_FOUND_UNKNOWN, "syndication: the post came back without its "
                       "author: author unavailable (suspended account?)", decisive=False)
    post = PostRecord(
        platform="twitter",
        post_id=ref.post_id,
        url=ref.url,
        text=html.unescape(text),
        handle=str(user["screen_name"]),
        author=str(user["name"]) if user.get("name") else None,
        created_at=parse_created_at(data.get("created_at")),
        lang=data.get("lang") if isinstance(data.get("lang"), str) else None,
    )
    other = data.get("id_str")
    note = f" (the answer is about post {other})" if other and other != ref.post_id else ""
    return Reading(Status.LIVE, f"syndication: live, by @{post.handle}{note}", post)


def _read_tombstone(tombstone: Any) -> Reading:
    text = ""
    if isinstance(tombstone, dict):
        inner = tombstone.get("text")
        text = inner.get("text", "") if isinstance(inner, dict) else inner or ""
    text = str(text).strip()
    if not text:
        return Reading(Status.NOT_FOUND_UNKNOWN, "syndication: tombstone without a reason (not "
                       "proof of deletion)", decisive=False)
    lowered = text.lower()
    for fragment, status in TOMBSTONE_STATUSES:
        if fragment in lowered:
            return Reading(status, f'syndication: tombstone: "{text}"')
    return Reading(Status.NOT_FOUND_UNKNOWN, f'syndication: tombstone: "{text}"', decisive=False)


def parse_created_at(value: Any) -> datetime | None:
    """Read ``created_at`` (ISO 8601 ``…Z`` from syndication, or API v1.1's ``Wed Oct 10 …``)."""
    if not isinstance(value, str) or not value:
        return None
    for reader in (datetime.fromisoformat,
                   lambda v: datetime.strptime(v, "%a %b %d %H:%M:%S %z %Y")):
        try:
            moment = reader(value)
        except ValueError:
            continue
        return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)
    return None


def _read_oembed(ref: PostRef, status_code: int, headers: Mapping[str, str],
                 body: bytes) -> Reading:
    data, problem = _json_body(headers, body) if body else (None, "")
    said = data.get("error") if isinstance(data, dict) else None
    if status_code == 403:
        quoted = f'"{said}"' if said else "forbidden"
        return Reading(Status.PROTECTED, f"oEmbed: 403 {quoted} (protected, suspended or "
                       "withheld: oEmbed does not tell them apart)")
    if status_code == 404:
        return Reading(Status.NOT_FOUND_UNKNOWN, "oEmbed: 404 (deleted or never existed)")
    if status_code == 429:
        return Reading(Status.RATE_LIMITED, "oEmbed: 429 Too Many Requests")
    if status_code != 200:
        return Reading(Status.ERROR, f"oEmbed: HTTP {status_code}"
                       + (f': "{said}"' if said else ""))
    if problem or not isinstance(data, dict):
        return Reading(Status.ERROR, f"oEmbed: {problem or 'unexpected JSON shape'}")
    post, shown = read_oembed_json(data, ref)
    if post is None:
        return Reading(Status.ERROR, "oEmbed: the answer holds no post text")
    date_note = f'; the embed shows "{shown}"' if shown else ""
    return Reading(Status.LIVE, f"oEmbed: live, by @{post.handle}{date_note}", post)


def read_oembed_json(data: dict[str, Any], ref: PostRef) -> tuple[PostRecord | None, str]:
    """Read a decoded oEmbed answer: the post, and the date text its blockquote shows.

    oEmbed has no timestamp field; the only date is the localised text of the blockquote's
    last link (``May 20, 2007``), so ``created_at`` stays None and the text is returned for
    the caller to compare.
    """
    markup = data.get("html")
    if not isinstance(markup, str):
        return None, ""
    from bs4 import BeautifulSoup  # here: a text article never needs it
    soup = BeautifulSoup(markup, "lxml")
    paragraph = soup.find("p")
    if paragraph is None:
        return None, ""
    text = _element_text(paragraph)
    author_url = data.get("author_url")
    handle = urlsplit(author_url).path.strip("/").split("/")[0] if isinstance(author_url, str) \
        else None
    links = soup.find_all("a")
    shown = links[-1].get_text(" ", strip=True) if links and links[-1].find_parent("p") is None \
        else ""
    author = data.get("author_name")
    post = PostRecord("twitter", ref.post_id, ref.url, text, handle or ref.handle,
                      author if isinstance(author, str) else None, None, _lang(paragraph))
    return post, shown


def _lang(element: Any) -> str | None:
    lang = element.get("lang")
    return lang if isinstance(lang, str) and lang else None


def _element_text(element: Any) -> str:
    """Visible text of a tweet paragraph: ``<br>`` as newlines, emoji images as their ``alt``."""
    for br in element.find_all("br"):
        br.replace_with("\n")
    for image in element.find_all("img"):
        image.replace_with(image.get("alt") or "")
    return str(element.get_text()).strip()


# --------------------------------------------------------------------------- archived copies


def read_archived_status_page(page: str | bytes, ref: PostRef) -> PostRecord | None:
    """Read the post out of an archived status page, syndication answer or oEmbed answer.

    Old status pages carry ``div.permalink-tweet`` with ``p.tweet-text`` and
    ``data-screen-name``, and ``og:description`` = ``“TEXT”``; newer ones only the ``og:``
    tags. Login walls, "JavaScript is not available" shells and error pages give None.
    """
    text = page.decode("utf-8", "replace") if isinstance(page, bytes) else page
    stripped = text.lstrip("\ufeff \t\r\n")
    if stripped.startswith("{"):
        return _read_archived_json(stripped, ref)
    from bs4 import BeautifulSoup  # here: a text article never needs it
    soup = BeautifulSoup(text, "lxml")
    record = _read_permalink(soup, ref) or _read_og(soup, ref)
    if record is None or not record.text:
        return None
    return record


def _read_archived_json(text: str, ref: PostRef) -> PostRecord | None:
    try:
        data = json.loads(text)
    except ValueError:
        return None
    if not isinstance(data, dict):
        return None
    if "html" in data and "author_name" in data:
        return read_oembed_json(data, ref)[0]
    reading = read_syndication_json(data, ref)
    return reading.post if reading.status is Status.LIVE else None


def _read_permalink(soup: Any, ref: PostRef) -> PostRecord | None:
    """The old (≈2010–2020) page layout: the tweet is in ``div.permalink-tweet``."""
    container = soup.find(attrs={"data-tweet-id": ref.post_id}) \
        or soup.select_one("div.permalink-tweet")
    if container is None:
        return None
    paragraph = container.select_one("p.tweet-text") or container.select_one(".js-tweet-text")
    if paragraph is None:
        return None
    stamp = container.select_one("[data-time]")
    created = None
    if stamp is not None and str(stamp.get("data-time", "")).isdigit():
        created = datetime.fromtimestamp(int(stamp["data-time"]), tz=UTC)
    handle = container.get("data-screen-name") or ref.handle
    return PostRecord("twitter", ref.post_id, ref.url, _element_text(paragraph),
                      str(handle) if handle else None,
                      str(container.get("data-name")) if container.get("data-name") else None,
                      created, _lang(paragraph))


def _read_og(soup: Any, ref: PostRef) -> PostRecord | None:
    """Pages that only carry ``og:`` tags; a login wall carries none of the post's."""
    description = _meta(soup, "og:description")
    # A status page's title names the author; the site's own pages (login, landing) do not.
    match = _OG_TITLE_RE.match(_meta(soup, "og:title") or "")
    if not description or match is None or _is_wall(soup):
        return None
    text = description.strip()
    if len(text) >= 2 and text[0] in _WRAPPING_QUOTES and text[-1] in _WRAPPING_QUOTES:
        text = text[1:-1].strip()
    return PostRecord("twitter", ref.post_id, ref.url, text, ref.handle,
                      match.group("name").strip())


def _meta(soup: Any, name: str) -> str | None:
    tag = soup.find("meta", attrs={"property": name}) or soup.find("meta", attrs={"name": name})
    content = tag.get("content") if tag is not None else None
    return content if isinstance(content, str) else None


def _is_wall(soup: Any) -> bool:
    """True for login walls and script shells: their text names the wall, not a post."""
    visible = soup.get_text(" ", strip=True)[:20_000]
    title = soup.title.get_text(strip=True) if soup.title else ""
    return any(marker in visible or marker in title for marker in WALL_TEXTS)
