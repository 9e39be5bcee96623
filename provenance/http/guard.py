"""The guard: refuses targets that provenance must never fetch, before any byte is sent.

Articles are untrusted input, and any link in them may end up fetched. The guard therefore
refuses, on every request and on every redirect hop (the client follows redirects itself, so each
hop passes through here):

* schemes other than http and https;
* hosts outside the allow-list, unless other hosts were asked for;
* always, whatever the allow-list says: loopback, private, link-local, multicast, reserved and
  unspecified addresses, whether written as an IP literal in any of the spellings the C library
  accepts (``2130706433``, ``0x7f.1``, ``0177.0.0.1``, ``::ffff:127.0.0.1``), as ``localhost``, or
  as a name that resolves to such an address.

Known limit: the name is resolved here and again when the connection is opened, so a DNS server
that answers differently the second time (DNS rebinding) is not stopped.
"""

from __future__ import annotations

import asyncio
import ipaddress
import re
import socket
from collections.abc import Awaitable, Callable, Iterable, Sequence

import httpx

from provenance.errors import PolicyRefused
from provenance.http.options import HttpOptions

Resolver = Callable[[str], Awaitable[Sequence[str]]]
"""Turns a host name into the IP addresses a connection could reach."""

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address

ALLOWED_SCHEMES = frozenset({"http", "https"})

#: Names that always mean this machine, whatever DNS says (RFC 6761 §6.3).
LOCAL_NAMES = frozenset({"localhost", "localhost.localdomain", "ip6-localhost", "ip6-loopback"})
LOCAL_SUFFIX = ".localhost"

#: Hosts made only of these characters may be IPv4 in a legacy spelling (decimal, octal, hex,
#: fewer than four parts). The bound keeps inet_aton away from long junk; it also ignores
#: trailing garbage after a space, which this pattern cannot contain.
LEGACY_IPV4 = re.compile(r"[0-9a-fA-FxX.]{1,64}")

#: Address properties that make a target private to this machine or network, with the words used
#: in the refusal.
FORBIDDEN_PROPERTIES = (
    ("is_loopback", "loopback"),
    ("is_private", "private"),
    ("is_link_local", "link-local"),
    ("is_multicast", "multicast"),
    ("is_reserved", "reserved"),
    ("is_unspecified", "unspecified"),
)


async def system_resolver(host: str) -> Sequence[str]:
    """Resolve ``host`` with the operating system's resolver, off the event loop."""
    infos = await asyncio.to_thread(socket.getaddrinfo, host, None, type=socket.SOCK_STREAM)
    return [str(info[4][0]) for info in infos]


def literal_address(host: str) -> IPAddress | None:
    """The address ``host`` spells when it is an IP literal in any accepted form, else None."""
    bare = host.strip("[]").split("%", 1)[0]
    try:
        return ipaddress.ip_address(bare)
    except ValueError:
        pass
    if LEGACY_IPV4.fullmatch(bare):
        try:
            return ipaddress.IPv4Address(socket.inet_aton(bare))
        except OSError:
            return None
    return None


def forbidden_reason(address: IPAddress) -> str | None:
    """Why connecting to ``address`` is never allowed, or None when it is a public address."""
    embedded: list[IPAddress] = [address]
    if isinstance(address, ipaddress.IPv6Address):
        # An IPv6 address can carry an IPv4 target that the stack will really connect to.
        embedded += [a for a in (address.ipv4_mapped, address.sixtofour) if a is not None]
        if address.teredo is not None:
            embedded.append(address.teredo[1])
    for candidate in embedded:
        for attribute, words in FORBIDDEN_PROPERTIES:
            if getattr(candidate, attribute):
                return f"{words} address {candidate}"
        if not candidate.is_global:
            return f"non-public address {candidate}"
    return None


def normalize_host(host: str) -> str:
    """Lower-case ASCII (IDNA) form of a host name, without a trailing dot."""
    ascii_host = httpx.URL(f"http://{host.strip().rstrip('.')}/").raw_host.decode("ascii")
    return ascii_host.lower().rstrip(".")


def normalize_hosts(hosts: Iterable[str]) -> frozenset[str]:
    """The allow-list in the form :func:`host_allowed` compares against."""
    return frozenset(normalize_host(h) for h in hosts if h.strip())


def host_allowed(host: str, allowed: frozenset[str]) -> bool:
    """True when ``host`` is in ``allowed`` or a subdomain of an entry."""
    return any(host == entry or host.endswith("." + entry) for entry in allowed)


def check_url(url: httpx.URL, options: HttpOptions, allowed: frozenset[str]) -> str:
    """Refuse ``url`` on what it says alone (scheme, allow-list, literal address, local names).

    Returns the normalised host so the caller can go on to resolve it.
    """
    if url.scheme not in ALLOWED_SCHEMES:
        raise PolicyRefused(f"refused {url}: scheme {url.scheme or '(none)'!r} is not http(s)")
    host = url.raw_host.decode("ascii").lower().rstrip(".")
    if not host:
        raise PolicyRefused(f"refused {url}: no host")
    address = literal_address(host)
    if address is not None:
        reason = forbidden_reason(address)
        if reason is not None:
            raise PolicyRefused(f"refused {url}: {reason}")
    elif host in LOCAL_NAMES or host.endswith(LOCAL_SUFFIX):
        raise PolicyRefused(f"refused {url}: {host} is this machine")
    if not options.allow_other_hosts and not host_allowed(host, allowed):
        raise PolicyRefused(f"refused {url}: host {host} is not on the allow-list")
    return host


class GuardTransport(httpx.AsyncBaseTransport):
    """Checks every request (and so every redirect hop) before passing it on."""

    def __init__(
        self,
        inner: httpx.AsyncBaseTransport,
        options: HttpOptions,
        resolver: Resolver | None,
    ) -> None:
        """Wrap ``inner``; ``resolver`` None checks only what the URL itself says (no DNS)."""
        self._inner = inner
        self._options = options
        self._allowed = normalize_hosts(options.allowed_hosts)
        self._resolver = resolver

    def allow(self, hosts: Iterable[str]) -> None:
        """Add hosts to the allow-list for the rest of the run.

        For hosts only known once an article is read, such as the Mastodon instance a cited
        post lives on. Loopback, private and other forbidden targets stay refused.
        """
        self._allowed = self._allowed | normalize_hosts(frozenset(hosts))

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        """Refuse with ``PolicyRefused`` or forward the request unchanged."""
        host = check_url(request.url, self._options, self._allowed)
        if self._resolver is not None and literal_address(host) is None:
            await self._check_resolved(request, host)
        return await self._inner.handle_async_request(request)

    async def _check_resolved(self, request: httpx.Request, host: str) -> None:
        try:
            addresses = await self._resolver(host) if self._resolver else ()
        except OSError as exc:
            # Same failure the connection itself would meet: a transport error, retried later.
            raise httpx.ConnectError(f"cannot resolve {host}: {exc}", request=request) from exc
        for text in addresses:
            address = literal_address(text)
            reason = forbidden_reason(address) if address is not None else "unreadable address"
            if reason is not None:
                raise PolicyRefused(f"refused {request.url}: {host} resolves to {reason}")

    async def aclose(self) -> None:
        """Close the wrapped transport."""
        await self._inner.aclose()
