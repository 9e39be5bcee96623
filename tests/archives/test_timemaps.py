"""Link-format TimeMaps and archive.today (read-only).

TimeMaps are constructed after the MemGator issue #119 example and the archive.today line
quoted in shared/reference/formats.md §3.4–3.5; capture URLs are made up.
"""

from __future__ import annotations

from datetime import UTC, datetime

import httpx
import respx

from provenance.archives import archive_today
from provenance.archives.linkformat import mementos, original_of, parse_link_format
from provenance.archives.memento import archive_name, parse_timemap, timemap
from provenance.archives.types import LookupOutcome
from tests.work import assert_linear

CNN_TIMEMAP = "".join([
    '<http://www.cnn.com>; rel="original",\n',
    '<http://arquivo.pt/timemap/link/http://www.cnn.com>; rel="self"; ',
    'type="application/link-format"; from="Sat, 14 Jan 2006 02:36:25 GMT"; ',
    'until="Mon, 16 Nov 2015 15:19:21 GMT",\n',
    '<http://arquivo.pt/wayback/http://www.cnn.com>; rel="timegate",\n',
    '<http://arquivo.pt/wayback/20060128015348/http://www.cnn.com/>; rel="memento"; ',
    'datetime="Sat, 28 Jan 2006 01:53:48 GMT",\n',
    '<http://arquivo.pt/wayback/20060114023625/http://www.cnn.com/>; rel="first memento"; ',
    'datetime="Sat, 14 Jan 2006 02:36:25 GMT",\n',
    "\n",
    "<http://arquivo.pt/wayback/20151116151921/http://www.cnn.com/>;rel=last\tmemento;",
    'datetime="Mon, 16 Nov 2015 15:19:21 GMT",\n',
])

TWEET = "https://twitter.com/qassimalaraji/status/1468900000000000000"
ARCHIVE_TODAY_MAP = (
    f'<{TWEET}>; rel="original",\n'
    f'<http://archive.md/20211209154339/{TWEET}>; rel="first memento"; '
    'datetime="Thu, 09 Dec 2021 15:43:39 GMT",\n'
    f'<http://archive.md/20240620154339/{TWEET}>; rel="last memento"; '
    'datetime="Thu, 20 Jun 2024 15:43:39 GMT",\n'
)


def test_link_format_tokens_params_and_trailing_comma() -> None:
    links = parse_link_format(CNN_TIMEMAP)
    assert len(links) == 6
    assert links[1].params["until"] == "Mon, 16 Nov 2015 15:19:21 GMT"
    assert links[4].rels == frozenset({"first", "memento"})
    assert links[5].rels == frozenset({"last"})  # unquoted rel: only the first token survives
    assert original_of(links) == "http://www.cnn.com"
    assert len(mementos(links)) == 2


def test_link_format_resynchronises_after_garbage() -> None:
    links = parse_link_format('junk <a>; rel="memento", ;;; <broken, <b>; rel=original')
    assert [link.uri for link in links] == ["a", "b"]
    assert links[1].rels == frozenset({"original"})


def test_link_format_reads_adversarial_input_as_no_links_in_linear_work() -> None:
    def hostile(size: int) -> str:
        return "<" + "a" * size + ";" * size + '"\\' * (size // 5 * 2)

    assert parse_link_format(hostile(50_000)) == ()
    assert_linear(lambda size: parse_link_format(hostile(size)), 5_000)


def test_parse_timemap_sorts_and_names_the_archive() -> None:
    captures = parse_timemap(CNN_TIMEMAP)
    assert [c.memento_datetime.year for c in captures] == [2006, 2006]
    assert captures[0].memento_datetime == datetime(2006, 1, 14, 2, 36, 25, tzinfo=UTC)
    assert captures[0].original == "http://www.cnn.com"
    assert captures[0].archive == "arquivo.pt" and captures[0].archived_status is None


def test_archive_names() -> None:
    assert archive_name("https://web.archive.org/web/2021/x") == "wayback"
    assert archive_name("http://archive.md/2021/x") == "archive.today"


@respx.mock
async def test_generic_timemap_fetch() -> None:
    respx.get("https://arquivo.pt/timemap/link/http://www.cnn.com").mock(
        return_value=httpx.Response(200, text=CNN_TIMEMAP))
    respx.get("https://arquivo.pt/timemap/link/http://none.example").mock(
        return_value=httpx.Response(404))
    async with httpx.AsyncClient() as client:
        found = await timemap(client, "https://arquivo.pt/timemap/link/http://www.cnn.com",
                              "http://www.cnn.com")
        none = await timemap(client, "https://arquivo.pt/timemap/link/http://none.example",
                             "http://none.example")
    assert found.outcome is LookupOutcome.FOUND and len(found.captures) == 2
    assert none.outcome is LookupOutcome.NONE


def test_archive_today_answers() -> None:
    found = archive_today.read_timemap_answer(TWEET, 200, ARCHIVE_TODAY_MAP)
    assert found.outcome is LookupOutcome.FOUND
    assert [c.archive for c in found.captures] == ["archive.today", "archive.today"]
    assert found.captures[0].memento_datetime == datetime(2021, 12, 9, 15, 43, 39, tzinfo=UTC)
    assert found.captures[0].original == TWEET
    assert archive_today.read_timemap_answer(TWEET, 404, "").outcome is LookupOutcome.NONE
    absent = archive_today.read_timemap_answer(TWEET, 200, "TimeMap does not exists")
    assert absent.outcome is LookupOutcome.NONE
    throttled = archive_today.read_timemap_answer(TWEET, 429, "<html>Too many</html>")
    assert throttled.outcome is LookupOutcome.RATE_LIMITED
    captcha = archive_today.read_timemap_answer(
        TWEET, 200, '<html><div class="g-recaptcha" data-sitekey="k"></div></html>')
    assert captcha.outcome is LookupOutcome.RATE_LIMITED and "CAPTCHA" in captcha.reason
    other = archive_today.read_timemap_answer(TWEET, 200, "<html><p>Welcome</p></html>")
    assert other.outcome is LookupOutcome.ERROR
    empty_map = archive_today.read_timemap_answer(TWEET, 200, f'<{TWEET}>; rel="original",')
    assert empty_map.outcome is LookupOutcome.NONE


@respx.mock
async def test_archive_today_fetch_only_reads() -> None:
    route = respx.get(archive_today.timemap_url(TWEET)).mock(
        return_value=httpx.Response(200, text=ARCHIVE_TODAY_MAP))
    async with httpx.AsyncClient() as client:
        result = await archive_today.timemap(client, TWEET)
    assert route.call_count == 1 and route.calls[0].request.method == "GET"
    assert len(result.captures) == 2
