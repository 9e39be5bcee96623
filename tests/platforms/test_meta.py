"""Meta oEmbed (Instagram, Threads, Facebook): tokenless since 2026-06-15, a token raises limits.

Error bodies are constructed in the Graph API error shape (``{"error": {"message", "type",
"code"}}``); code 104 is Graph's "An access token is required to request this resource".
"""

from __future__ import annotations

import json

import pytest

from provenance.model import Status
from provenance.platforms import get
from provenance.platforms.meta import MetaOEmbed

POSTS = {
    "instagram": "https://www.instagram.com/p/B9bOM-6Ax_d/",
    "threads": "https://www.threads.net/@timoliver/post/Cyh2ZNprQO2",
    "facebook": "https://www.facebook.com/zuck/posts/10101301165605491",
}
TOKEN_ENV = {"PROVENANCE_META_TOKEN": "123|abc"}


def graph_error(code: int, message: str) -> bytes:
    """A Graph API error body (constructed)."""
    return json.dumps({"error": {"message": message, "type": "OAuthException", "code": code,
                                 "fbtrace_id": "AbCdEf"}}).encode()


def setup(name: str, env: dict[str, str]):
    platform = get(name)
    assert isinstance(platform, MetaOEmbed)
    ref = platform.parse_url(POSTS[name])
    assert ref is not None
    (endpoint,) = platform.endpoints(ref, env)
    return platform, ref, endpoint


@pytest.mark.parametrize("name", sorted(POSTS))
def test_posts_are_asked_without_a_token(name: str) -> None:
    platform, _, endpoint = setup(name, {})
    assert "access_token" not in endpoint.url
    assert platform.requires_credentials({}) is None


@pytest.mark.parametrize("name", sorted(POSTS))
def test_a_token_is_appended_when_set(name: str) -> None:
    _, _, tokenless = setup(name, {})
    _, _, endpoint = setup(name, TOKEN_ENV)
    assert endpoint.url == f"{tokenless.url}&access_token=123|abc"


@pytest.mark.parametrize("name", sorted(POSTS))
def test_a_tokenless_refusal_is_a_policy_skip_naming_the_variable(name: str) -> None:
    platform, ref, endpoint = setup(name, {})
    body = graph_error(104, "An access token is required to request this resource.")
    reading = platform.read(endpoint, ref, 400, {"content-type": "application/json"}, body)
    assert reading.status is Status.SKIPPED_POLICY
    assert "PROVENANCE_META_TOKEN" in reading.reason


@pytest.mark.parametrize("name", sorted(POSTS))
def test_a_refused_token_is_the_runs_error(name: str) -> None:
    platform, ref, endpoint = setup(name, TOKEN_ENV)
    body = graph_error(190, "Invalid OAuth access token - Cannot parse access token")
    reading = platform.read(endpoint, ref, 400, {"content-type": "application/json"}, body)
    assert reading.status is Status.ERROR and not reading.decisive


@pytest.mark.parametrize("name", sorted(POSTS))
def test_the_tokenless_rate_limit_says_a_token_raises_it(name: str) -> None:
    platform, ref, endpoint = setup(name, {})
    body = graph_error(4, "Application request limit reached")
    reading = platform.read(endpoint, ref, 400, {"content-type": "application/json"}, body)
    assert reading.status is Status.RATE_LIMITED
    assert "1,000 an hour" in reading.reason and "PROVENANCE_META_TOKEN" in reading.reason
    _, _, with_token = setup(name, TOKEN_ENV)
    reading = platform.read(with_token, ref, 400, {"content-type": "application/json"}, body)
    assert reading.status is Status.RATE_LIMITED and "1,000" not in reading.reason
