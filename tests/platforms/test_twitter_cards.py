"""Cards pasted off X's own pages (sample 119 held both shapes; these are constructed)."""

from __future__ import annotations

from datetime import date

from provenance.detect import detect
from provenance.load import load_bytes
from provenance.platforms.twitter_cards import iter_web_cards


def _embeds(text: str) -> list[tuple[str | None, str | None, str | None]]:
    found = detect(load_bytes(text.encode(), "x", fmt="text")).embeds
    return [(e.handle, e.claimed_date.isoformat() if e.claimed_date else None, e.author)
            for e in found]


def test_a_one_line_card_with_the_name_glued_to_the_handle() -> None:
    text = ("The minister denied it again.\n\nJane Roe News@JaneRoeNews Translate Tweet 3:56 PM ·"
            " Nov 25, 2020·Twitter Web App\n\nThe row went on.")
    assert _embeds(text) == [("JaneRoeNews", "2020-11-25", "Jane Roe News")]


def test_a_block_card_with_its_text_and_url() -> None:
    text = ("*Example Wire\n@ExampleWire\nQUAKE HITS THE COAST WITH INTENSITY 5 - TV\n"
            "10:18 AM · Mar 14, 2024\nhttps://twitter.com/ExampleWire/status/1768295592013222174\n"
            "The report was wrong.")
    (card,) = list(iter_web_cards(text))
    assert (card.handle, card.author, card.claimed_date) == (
        "ExampleWire", "Example Wire", date(2024, 3, 14))
    assert card.text == "QUAKE HITS THE COAST WITH INTENSITY 5 - TV"
    assert card.claimed_time == "10:18 AM"
    assert card.ref is not None and card.ref.post_id == "1768295592013222174"
    # the URL below belongs to the card: one embed, not two
    assert _embeds(text) == [("ExampleWire", "2024-03-14", "Example Wire")]


def test_a_middle_dot_with_no_card_is_nothing() -> None:
    text = ("Prices rose 3 percent · Mar 14, 2024 was a Thursday.\n"
            "Meeting at 10:18 AM · Mar 14, 2024 in the hall, said Jane Roe @jane.")
    assert list(iter_web_cards(text)) == []


def test_a_stamp_under_a_line_that_is_no_handle_is_nothing() -> None:
    text = "Agenda\nOpening remarks\n10:18 AM · Mar 14, 2024\nClosing remarks"
    assert list(iter_web_cards(text)) == []
