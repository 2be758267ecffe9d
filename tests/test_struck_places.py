"""The place an attack strikes is its recipient when no party hit is named (`struck_places.py`):
a town the dictionary lacks, a facility in a state's region; never a border, a place flown over,
armed people's positions, an owner's building, or a place in the attacker's own state."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from .conftest import WireCoder, dyad_lists, wire_coder


@pytest.fixture(scope="module")
def code() -> WireCoder:
    return wire_coder(datetime(2025, 6, 1, tzinfo=UTC))


@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        ("Russian missiles hit Odesa on Monday, killing two people.", "RUS", "UKR"),
        ("A Russian missile strike hit Odesa on Monday.", "RUS", "UKR"),
        ("Russian forces shelled a hospital in Ukraine's Kherson region overnight.", "RUS", "UKR"),
        ("Ukrainian drones struck an oil refinery in Russia's Samara region overnight.", "UKR", "RUS"),
        ("Russian missiles struck an energy facility in the Lviv region overnight.", "RUS", "UKR"),
    ],
)
def test_a_struck_place_abroad_is_the_state_attacked(
    code: WireCoder, text: str, actor: str, recipient: str
) -> None:
    assert dyad_lists(code(text), "ASSAULT") == [([actor], [recipient])]


@pytest.mark.parametrize(
    "text",
    [
        "Burmese troops attacked Karen rebel positions near the Thai border on Tuesday.",
        "Sudanese army jets bombed a market in Nyala on Tuesday.",
        "Pakistani jets struck militant hideouts near the Afghan border on Sunday.",
    ],
)
def test_no_foreign_recipient_from_a_border_home_or_armed_peoples_place(code: WireCoder, text: str) -> None:
    events = [e for e in code(text) if e.event_type == "ASSAULT"]
    assert events, text
    actors = {a.country for e in events for a in e.actors}
    assert all(r.country in actors | {None} for e in events for r in e.recipients), text
