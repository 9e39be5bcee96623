"""Record provenance's HTTP fixtures from the constructed world (``scripts/fixture_world.py``).

Runs the real ``check`` pipeline in record mode, with the constructed world as the transport, so
each HAR file holds exactly the requests the resolver makes, answered in the real endpoints'
shapes. Every entry is marked as constructed. Re-run after changing what the resolver asks::

    .venv/bin/python scripts/make_fixtures.py
"""

from __future__ import annotations

import asyncio
import json
import sys
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

import fixture_world  # noqa: E402

from provenance.http import HttpOptions  # noqa: E402
from provenance.pipeline import check_async, default_hosts  # noqa: E402
from provenance.platforms.twitter import Twitter  # noqa: E402

SEED = ROOT.parent / "shared" / "seed" / "000_ec877a3d0b7e51c8.txt"
#: HAR file → the articles whose requests it holds.
RECORDINGS = {
    "seed.har": [SEED],
    "example.har": [ROOT / "fixtures" / "articles" / "example_ar.txt"],
    "scenarios.har": [ROOT / "fixtures" / "articles" / "scenarios.html"],
}
COMMENT = (
    "constructed by scripts/fixture_world.py in the shape the real endpoint answers "
    "(shared/reference/formats.md); not a live recording"
)


async def record(name: str, articles: list[Path]) -> None:
    """Record one HAR file."""
    target = ROOT / "fixtures" / "http" / name
    target.unlink(missing_ok=True)
    options = HttpOptions(mode="record", har_path=target, allowed_hosts=default_hosts(),
                          testing=True)
    transport = httpx.MockTransport(fixture_world.handle)
    await check_async([str(a) for a in articles], options, env={}, transport=transport)
    har = json.loads(target.read_text(encoding="utf-8"))
    har["log"]["comment"] = COMMENT
    for entry in har["log"]["entries"]:
        entry["comment"] = COMMENT
    target.write_text(json.dumps(har, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{name}: {len(har['log']['entries'])} exchanges")


#: What X's endpoints must be read as, per post state of the constructed world.
EXPECT = {
    ("syndication", "live"): "live",
    ("syndication", "deleted"): "deleted",
    ("syndication", "protected"): "protected",
    ("syndication", "tombstone_empty"): "not_found_unknown",
    ("syndication", "not_found"): "not_found_unknown",
    ("oembed", "live"): "live",
    ("oembed", "protected"): "protected",
    ("oembed", "tombstone_empty"): "not_found_unknown",
    ("oembed", "not_found"): "not_found_unknown",
    ("oembed", "deleted"): "not_found_unknown",
}


def platform_har() -> None:
    """``fixtures/http/platforms/twitter.har``: each X endpoint answer with the status it means.

    Taken from the scenario recording, so the request URLs are exactly what ``endpoints`` builds.
    """
    har = json.loads((ROOT / "fixtures" / "http" / "scenarios.har").read_text(encoding="utf-8"))
    kept = []
    for entry in har["log"]["entries"]:
        url = httpx.URL(entry["request"]["url"])
        if url.host == "cdn.syndication.twimg.com":
            endpoint, tweet_id = "syndication", url.params["id"]
        elif url.host == "publish.twitter.com":
            endpoint = "oembed"
            tweet_id = url.params["url"].rstrip("/").rsplit("/", 1)[-1]
        else:
            continue
        tweet = fixture_world.TWEETS[tweet_id]
        entry["_post"] = f"https://twitter.com/{tweet.handle}/status/{tweet_id}"
        # Recording redacts `token` as token-like; the syndication token is no secret (it is
        # computed from the ID), and the platform test compares the URL endpoints() builds.
        ref = Twitter().parse_url(entry["_post"])
        assert ref is not None
        built = {e.name: e.url for e in Twitter().endpoints(ref, {})}
        entry["request"]["url"] = built[endpoint]
        entry["_endpoint"] = endpoint
        entry["_expect"] = EXPECT[(endpoint, tweet.state)]
        if entry["_expect"] == "live":
            entry["_expect_text"], entry["_expect_handle"] = tweet.text, tweet.handle
        kept.append(entry)
    har["log"]["entries"] = kept
    target = ROOT / "fixtures" / "http" / "platforms" / "twitter.har"
    target.write_text(json.dumps(har, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"platforms/twitter.har: {len(kept)} exchanges")


def main() -> None:
    """Record every HAR file."""
    for name, articles in RECORDINGS.items():
        fixture_world._throttled.clear()
        asyncio.run(record(name, articles))
    platform_har()


if __name__ == "__main__":
    main()
