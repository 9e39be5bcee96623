"""Discord: message links and snowflake times (for ``provenance when``).

A message link is ``discord.com/channels/<guild or @me>/<channel>/<message>``. Discord IDs are
snowflakes counting milliseconds from 2015-01-01 (formats.md §4.2). Messages can be read only
inside Discord by members of the server, so nothing is fetched; the web page a logged-out
visitor gets is the app shell, which :meth:`Discord.read` recognises as a login wall.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from datetime import UTC, datetime
from typing import Any, ClassVar

from provenance.model import Status
from provenance.platforms import common
from provenance.platforms.base import Endpoint, IdTime, Platform, PostRef, Reading
from provenance.platforms.idtime import DISCORD_EPOCH_MS, parse_int, snowflake_time, within_window

HOSTS = frozenset({"discord.com", "www.discord.com", "discordapp.com", "www.discordapp.com",
                   "ptb.discord.com", "canary.discord.com"})
_SNOWFLAKE = re.compile(r"^\d{15,20}$")
#: Discord opened in May 2015; the epoch is 2015-01-01.
LAUNCHED = datetime(2015, 1, 1, tzinfo=UTC)


class Discord(Platform):
    """Discord messages."""

    name: ClassVar[str] = "discord"
    title: ClassVar[str] = "Discord"
    hosts: ClassVar[frozenset[str]] = HOSTS
    api_hosts: ClassVar[frozenset[str]] = frozenset()

    def parse_url(self, url: str) -> PostRef | None:
        """Return the message of a ``/channels/<guild>/<channel>/<message>`` link."""
        parts = common.split_url(url)
        if parts is None or parts.host not in HOSTS:
            return None
        segments = parts.segments()
        if len(segments) != 4 or segments[0] != "channels":
            return None
        guild, channel, message = segments[1:]
        if not (guild == "@me" or _SNOWFLAKE.match(guild)) or not _SNOWFLAKE.match(channel) \
                or not _SNOWFLAKE.match(message):
            return None
        return PostRef(self.name, message,
                       f"https://discord.com/channels/{guild}/{channel}/{message}")

    def find_markup(self, tree: Any) -> Iterable[Any]:
        """Nothing: Discord's widgets show servers, not messages."""
        return ()

    def id_time(self, post_id: str) -> IdTime:
        """Decode a snowflake: ``(id >> 22) + 2015-01-01`` in milliseconds."""
        value = parse_int(post_id)
        if value is None:
            return IdTime(None, f"{post_id!r} is not a Discord snowflake")
        return within_window(snowflake_time(value, shift=22, epoch_ms=DISCORD_EPOCH_MS),
                             LAUNCHED, "snowflake ms since 2015-01-01", self.title)

    def requires_credentials(self, env: Mapping[str, str]) -> str | None:
        """Always a reason: messages are visible only to members, inside Discord."""
        return "Discord messages are visible only to server members signed in to Discord"

    def endpoints(self, ref: PostRef, env: Mapping[str, str]) -> tuple[Endpoint, ...]:
        """None: see :meth:`requires_credentials`."""
        return ()

    def read(self, endpoint: Endpoint, ref: PostRef, status_code: int,
             headers: Mapping[str, str], body: bytes) -> Reading:
        """Recognise the app shell (a login wall) in a recorded answer for a message link."""
        failure = common.http_failure(self.title, status_code, headers)
        if failure is not None:
            return failure
        if status_code == 200:
            return Reading(Status.LOGIN_GATED, "Discord answered its app shell: messages need a "
                           "signed-in member")
        if status_code == 404:
            return Reading(Status.NOT_FOUND_UNKNOWN, "Discord answered 404")
        return common.unexpected("Discord", status_code, body)
