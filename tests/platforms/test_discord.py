"""Discord: message links, snowflake times, no public endpoint, the app shell."""

from __future__ import annotations

from bs4 import BeautifulSoup
from harcases import check_har

from provenance.platforms.discord import Discord

DC = Discord()


def test_message_links() -> None:
    """Guild and DM message links on every Discord host are one message."""
    for url in ["https://discord.com/channels/175928847299117063/175928847299117063/937847820382261308",
                "https://discordapp.com/channels/175928847299117063/175928847299117063/937847820382261308",
                "https://ptb.discord.com/channels/175928847299117063/175928847299117063/937847820382261308"]:
        ref = DC.parse_url(url)
        assert ref is not None and ref.post_id == "937847820382261308", url
        assert ref.url.startswith("https://discord.com/channels/")
    dm = DC.parse_url("https://discord.com/channels/@me/175928847299117063/937847820382261308")
    assert dm is not None and dm.post_id == "937847820382261308"


def test_not_messages() -> None:
    """Invites, channels and widgets are refused; no markup is ever a message."""
    for url in ["https://discord.gg/abc", "https://discord.com/invite/abc",
                "https://discord.com/channels/175928847299117063/175928847299117063",
                "https://discord.com/channels/1/2/3"]:
        assert DC.parse_url(url) is None, url
    widget = '<iframe src="https://discord.com/widget?id=175928847299117063"></iframe>'
    assert list(DC.find_markup(BeautifulSoup(widget, "html.parser"))) == []


def test_credentials_reason() -> None:
    """Nothing is fetched and the reason says why."""
    ref = DC.parse_url("https://discord.com/channels/@me/175928847299117063/937847820382261308")
    assert ref is not None and DC.endpoints(ref, {}) == ()
    assert "Discord" in (DC.requires_credentials({}) or "")


def test_har_answers() -> None:
    """The app shell a logged-out client gets is a login wall."""
    check_har("discord")
