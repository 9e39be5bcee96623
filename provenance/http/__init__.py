"""The HTTP layer: the only place that knows how bytes arrive.

:func:`make_client` builds an ``httpx.AsyncClient`` whose transport stack is chosen by the mode
(outermost first; the client follows redirects, so every hop passes the whole stack)::

    live:    guard → cache? → politeness → limits → network
    record:  guard → recorder → cache? → politeness → limits → network
    replay:  guard (no DNS) → limits → HAR file

:func:`fetch` sends one request under the single retry policy and turns foreign exceptions into
provenance's own once. Every answer carries ``response.extensions["provenance_origin"]``:
``live``, ``cache`` or ``fixture``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

import httpx

from provenance.errors import FetchError, ResponseTooLarge
from provenance.http.cache import CacheTransport
from provenance.http.guard import GuardTransport, Resolver, system_resolver
from provenance.http.limits import ACCEPT_ENCODING, LimitTransport
from provenance.http.options import HttpOptions, Mode
from provenance.http.polite import PoliteTransport
from provenance.http.record import RecordingTransport
from provenance.http.replay import ReplayTransport
from provenance.http.retry import RETRY_STATUSES, with_retries
from provenance.http.timing import Clock, Sleep, choose_clock, choose_sleep

__all__ = [
    "RETRY_STATUSES",
    "HttpOptions",
    "Mode",
    "ProvenanceClient",
    "Resolver",
    "Sleep",
    "fetch",
    "make_client",
]


class ProvenanceClient(httpx.AsyncClient):
    """An ``httpx.AsyncClient`` that remembers the options and sleep :func:`fetch` must use."""

    def __init__(self, *, http_options: HttpOptions, sleep: Sleep, **kwargs: object) -> None:
        """Build the client; ``kwargs`` go to ``httpx.AsyncClient``."""
        super().__init__(**kwargs)  # type: ignore[arg-type]
        transport = kwargs.get("transport")
        self._guard = transport if isinstance(transport, GuardTransport) else None
        # Not ``options``: that name is httpx's method for the HTTP OPTIONS verb.
        self.http_options = http_options
        """The options the client was made from."""
        self.sleep = sleep
        """The one sleep every wait (politeness and retries) goes through."""

    def allow_hosts(self, hosts: Iterable[str]) -> None:
        """Extend the guard's allow-list (forbidden addresses stay refused)."""
        if self._guard is not None:
            self._guard.allow(hosts)


def _stack(
    options: HttpOptions,
    transport: httpx.AsyncBaseTransport | None,
    sleep: Sleep,
    clock: Clock,
    resolver: Resolver | None,
) -> httpx.AsyncBaseTransport:
    extra = options.extra_secret_params
    if options.mode == "replay":
        # No DNS in replay: a fixture must answer the same with the network unplugged.
        return GuardTransport(
            LimitTransport(ReplayTransport(options.har_path, extra), options), options, None
        )
    network = transport if transport is not None else httpx.AsyncHTTPTransport()
    stack: httpx.AsyncBaseTransport = PoliteTransport(
        LimitTransport(network, options), options, sleep=sleep, clock=clock
    )
    if options.cache_path is not None:
        stack = CacheTransport(stack, options.cache_path, options.cache_ttl)
    if options.mode == "record":
        assert options.har_path is not None  # HttpOptions refuses record without a file.
        stack = RecordingTransport(stack, options.har_path, extra)
    if resolver is None and not options.testing:
        resolver = system_resolver
    return GuardTransport(stack, options, resolver)


def make_client(
    options: HttpOptions,
    *,
    transport: httpx.AsyncBaseTransport | None = None,
    sleep: Sleep | None = None,
    clock: Clock | None = None,
    resolver: Resolver | None = None,
) -> httpx.AsyncClient:
    """Build the client for ``options``.

    ``transport`` replaces the network (tests pass ``httpx.MockTransport`` or a respx router).
    ``sleep`` and ``clock`` replace ``asyncio.sleep`` and ``time.monotonic`` for every wait;
    without ``sleep``, ``testing=True`` makes waits no-ops. ``resolver`` replaces DNS for the
    guard; without it, ``testing=True`` skips name resolution (literal addresses and local names
    are still refused). In replay mode ``transport`` and ``resolver`` are not used.
    """
    chosen_sleep = choose_sleep(options, sleep)
    return ProvenanceClient(
        http_options=options,
        sleep=chosen_sleep,
        transport=_stack(options, transport, chosen_sleep, choose_clock(clock), resolver),
        timeout=httpx.Timeout(options.timeout),
        follow_redirects=True,
        max_redirects=options.max_redirects,
        headers={"User-Agent": options.user_agent, "Accept-Encoding": ACCEPT_ENCODING},
        trust_env=False,
    )


async def fetch(
    client: httpx.AsyncClient,
    url: str,
    *,
    method: str = "GET",
    headers: Mapping[str, str] | None = None,
    data: Mapping[str, str] | None = None,
) -> httpx.Response:
    """Send one request under the retry policy and return the final answer, whatever its status.

    ``data`` is sent as a form body. After the attempts run out on a 429 or 5xx the last answer is
    returned (callers map 429 to ``rate_limited``). Transport failures become ``FetchError`` with
    a one-line reason; ``OfflineMiss``, ``PolicyRefused`` and ``ResponseTooLarge`` pass through
    unchanged and are never retried.
    """
    if isinstance(client, ProvenanceClient):
        options, sleep = client.http_options, client.sleep
    else:
        options = HttpOptions()
        sleep = choose_sleep(options, None)

    async def send() -> httpx.Response:
        return await client.request(method, url, headers=headers, data=data)

    try:
        return await with_retries(send, options, sleep)
    except httpx.TooManyRedirects as exc:
        raise ResponseTooLarge(f"{url}: more than {options.max_redirects} redirects") from exc
    except httpx.TimeoutException as exc:
        raise FetchError(f"{method} {url}: timed out ({type(exc).__name__})") from exc
    except httpx.HTTPError as exc:
        raise FetchError(f"{method} {url}: {type(exc).__name__}: {_one_line(exc)}") from exc
    except httpx.InvalidURL as exc:
        raise FetchError(f"{method} {url}: invalid URL ({_one_line(exc)})") from exc


def _one_line(exc: BaseException) -> str:
    text = " ".join(str(exc).split())
    return text or type(exc).__name__
