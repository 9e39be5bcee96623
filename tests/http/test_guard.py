"""The guard refuses private, local and non-HTTP targets, on every hop."""

from __future__ import annotations

import httpx
import pytest
from http_helpers import fake_resolver, make_options

from provenance.errors import PolicyRefused
from provenance.http import fetch, make_client
from provenance.http.guard import forbidden_reason, literal_address


def _ok(request: httpx.Request) -> httpx.Response:
    if request.url.path == "/jump":
        return httpx.Response(302, headers={"location": request.url.params["to"]})
    return httpx.Response(200, text="reached")


def _client(**changes: object) -> httpx.AsyncClient:
    options = make_options(**changes)
    return make_client(options, transport=httpx.MockTransport(_ok), resolver=fake_resolver)


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1/",
        "http://127.0.0.1:8080/admin",
        "http://[::1]/",
        "http://[::ffff:127.0.0.1]/",
        "http://[::ffff:10.0.0.1]/",
        "http://10.0.0.5/",
        "http://192.168.1.1/",
        "http://172.16.3.4/",
        "http://169.254.169.254/latest/meta-data/",
        "http://[fe80::1]/",
        "http://224.0.0.1/",
        "http://0.0.0.0/",
        "http://240.0.0.1/",
        "http://2130706433/",
        "http://0x7f000001/",
        "http://0x7f.1/",
        "http://127.1/",
        "http://localhost/",
        "http://LOCALHOST./",
        "http://api.localhost/",
        "file:///etc/passwd",
        "ftp://example.org/file",
        "gopher://example.org/",
    ],
)
async def test_guard_refuses_private_local_and_non_http_targets(url: str):
    """Refused even with allow_other_hosts: these are never fetched."""
    async with _client(allow_other_hosts=True) as client:
        with pytest.raises(PolicyRefused, match="refused"):
            await fetch(client, url)


async def test_guard_refuses_a_name_that_resolves_to_a_private_address():
    """DNS answers are checked; one private address among public ones is enough."""
    async with _client(allow_other_hosts=True) as client:
        with pytest.raises(PolicyRefused, match=r"10\.1\.2\.3"):
            await fetch(client, "https://intranet.example.org/")
        with pytest.raises(PolicyRefused, match=r"192\.168\.0\.7"):
            await fetch(client, "https://sneaky.example.org/")


async def test_guard_refuses_a_redirect_to_a_private_address():
    """Each redirect hop passes the guard."""
    async with _client() as client:
        with pytest.raises(PolicyRefused, match=r"169\.254\.169\.254"):
            await fetch(client, "https://example.org/jump?to=http://169.254.169.254/")
        with pytest.raises(PolicyRefused, match="not on the allow-list"):
            await fetch(client, "https://example.org/jump?to=https://elsewhere.net/")
        answer = await fetch(client, "https://example.org/jump?to=https://x.com/ok")
    assert answer.text == "reached"


async def test_allow_list_matches_host_and_subdomains_only():
    """x.com allows mobile.x.com, not notx.com; others need allow_other_hosts."""
    async with _client() as client:
        assert (await fetch(client, "https://x.com/a")).text == "reached"
        assert (await fetch(client, "https://X.COM./a")).text == "reached"
        with pytest.raises(PolicyRefused, match="allow-list"):
            await fetch(client, "https://notx.com/a")
        assert (await fetch(client, "https://mobile.x.com/a")).text == "reached"


async def test_allow_other_hosts_fetches_public_hosts():
    """With allow_other_hosts a public, resolvable host is fetched."""
    async with make_client(
        make_options(allowed_hosts=frozenset(), allow_other_hosts=True),
        transport=httpx.MockTransport(_ok),
        resolver=fake_resolver,
    ) as client:
        assert (await fetch(client, "https://example.org/")).text == "reached"


async def test_empty_allow_list_refuses_everything():
    """No allowed hosts and no allow_other_hosts: nothing is fetched."""
    options = make_options(allowed_hosts=frozenset())
    async with make_client(options, transport=httpx.MockTransport(_ok)) as client:
        with pytest.raises(PolicyRefused):
            await fetch(client, "https://example.org/")


@pytest.mark.parametrize(
    ("host", "expected"),
    [
        ("2130706433", "127.0.0.1"),
        ("0177.0.0.1", "127.0.0.1"),
        ("::1", "::1"),
        ("bad.cafe", None),
        ("example.org", None),
        ("127.0.0.1 x", None),
    ],
)
def test_literal_address_reads_every_spelling(host: str, expected: str | None):
    """Legacy IPv4 spellings are read the way the C library reads them; names are not."""
    address = literal_address(host)
    assert (str(address) if address else None) == expected


def test_public_addresses_have_no_reason():
    """A public address is not refused."""
    assert forbidden_reason(literal_address("93.184.215.14")) is None  # type: ignore[arg-type]
    assert forbidden_reason(literal_address("2606:4700::1")) is None  # type: ignore[arg-type]


async def test_internationalised_allowed_host_matches_its_punycode():
    """An Arabic allow-list entry matches requests however the host is spelt."""
    seen: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.url.raw_host.decode())
        return httpx.Response(200)

    options = make_options(allowed_hosts=frozenset({"وكالة.السعودية"}))
    async with make_client(options, transport=httpx.MockTransport(handler)) as client:
        await fetch(client, "https://www.وكالة.السعودية/news")
        with pytest.raises(PolicyRefused):
            await fetch(client, "https://وكالة.com/news")
    assert seen == ["www.xn--mgbe0ffr.xn--mgberp4a5d4ar"]


async def test_outside_testing_names_go_through_the_system_resolver(monkeypatch):  # type: ignore[no-untyped-def]
    """Without an injected resolver and testing=False, the OS resolver is asked (stubbed here)."""
    asked: list[str] = []

    async def stub(host: str) -> list[str]:
        asked.append(host)
        return ["10.9.8.7"]

    monkeypatch.setattr("provenance.http.system_resolver", stub)
    options = make_options(testing=False)
    async with make_client(options, transport=httpx.MockTransport(_ok)) as client:
        with pytest.raises(PolicyRefused, match=r"resolves to private address 10\.9\.8\.7"):
            await fetch(client, "https://example.org/")
    assert asked == ["example.org"]


async def test_hosts_learnt_from_the_article_are_allowed_but_private_stays_refused() -> None:
    """The pipeline allows a cited Mastodon instance at run time; forbidden targets stay out."""
    from provenance.errors import PolicyRefused as Refused
    from provenance.http import HttpOptions as Options
    from provenance.http import ProvenanceClient, fetch
    from provenance.http import make_client as build

    seen: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.url.host)
        return httpx.Response(200, text="ok")

    options = Options(allowed_hosts=frozenset({"x.com"}), testing=True)
    async with build(options, transport=httpx.MockTransport(handler)) as client:
        assert isinstance(client, ProvenanceClient)
        with pytest.raises(Refused):
            await fetch(client, "https://mastodon.example/api/v1/statuses/1")
        client.allow_hosts({"mastodon.example", "127.0.0.1", "localhost"})
        await fetch(client, "https://mastodon.example/api/v1/statuses/1")
        for target in ("http://127.0.0.1/", "http://localhost/"):
            with pytest.raises(Refused):
                await fetch(client, target)
    assert seen == ["mastodon.example"]
