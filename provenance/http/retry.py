"""The one retry policy of the whole program (no other module imports tenacity).

Exponential back-off with jitter; stop after ``retry_attempts`` attempts or once
``retry_budget`` seconds have passed, whichever comes first. Retried: transport errors (connect,
read, timeouts) and answers 429, 500, 502, 503 and 504. A server's ``Retry-After`` replaces the
back-off (capped at ``retry_after_cap``), and a Wayback CDX 429 waits the fixed
``wayback_cdx_backoff``. Refusals, replay misses and oversized answers are never retried. When
the attempts run out on a 429/5xx, the last answer is returned for the caller to classify.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable

import httpx
from tenacity import (
    AsyncRetrying,
    RetryCallState,
    retry_if_exception_type,
    retry_if_result,
    stop_after_attempt,
    stop_after_delay,
    wait_exponential_jitter,
)

from provenance.http.options import HttpOptions
from provenance.http.timing import Sleep, server_wait

#: Answers worth asking again: rate limits and the server errors that are usually transient.
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})

#: Back-off between attempts when the server says nothing: 1 s, 2 s, 4 s … up to 30 s, ± 1 s.
BACKOFF_INITIAL = 1.0
BACKOFF_MAX = 30.0
BACKOFF_JITTER = 1.0


def _retryable_response(response: object) -> bool:
    return isinstance(response, httpx.Response) and response.status_code in RETRY_STATUSES


def _waiter(options: HttpOptions) -> Callable[[RetryCallState], float]:
    backoff = wait_exponential_jitter(
        initial=BACKOFF_INITIAL, max=BACKOFF_MAX, jitter=BACKOFF_JITTER
    )

    def wait(state: RetryCallState) -> float:
        outcome = state.outcome
        if outcome is not None and not outcome.failed:
            response = outcome.result()
            if isinstance(response, httpx.Response):
                asked = server_wait(response, response.request.url, options)
                if asked is not None:
                    return asked
        return backoff(state)

    return wait


def _last_outcome(state: RetryCallState) -> httpx.Response:
    """Out of attempts: hand back the last answer, or raise the last transport error."""
    assert state.outcome is not None
    result: httpx.Response = state.outcome.result()
    return result


def retrying(options: HttpOptions, sleep: Sleep) -> AsyncRetrying:
    """The policy as a tenacity controller that waits through ``sleep``."""
    return AsyncRetrying(
        stop=stop_after_attempt(options.retry_attempts) | stop_after_delay(options.retry_budget),
        wait=_waiter(options),
        retry=retry_if_exception_type(httpx.TransportError) | retry_if_result(_retryable_response),
        retry_error_callback=_last_outcome,
        sleep=sleep,
    )


async def with_retries(
    send: Callable[[], Awaitable[httpx.Response]], options: HttpOptions, sleep: Sleep
) -> httpx.Response:
    """Call ``send`` under the policy; returns the first final answer (or the last one)."""
    result: httpx.Response = await retrying(options, sleep)(send)
    return result
