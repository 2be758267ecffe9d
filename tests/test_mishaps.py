"""Accidents told with the verbs of an attack (mishaps.py) and sayings the text calls false
(claim_frames.said_falsely): sentences of our own, each rule checked both ways."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from .conftest import WireCoder, assert_absent, assert_present, wire_coder


@pytest.fixture(scope="module")
def code() -> WireCoder:
    return wire_coder(datetime(2019, 6, 1, tzinfo=UTC))


def test_an_accident_kills_in_no_attack(code: WireCoder) -> None:
    assert_absent(
        code,
        "ASSAULT",
        "Fourteen passengers were killed in a plane crash near Pokhara on Sunday.",
        "Six miners were killed in a methane explosion at a colliery in Guizhou.",
        "Nine traders were killed in a fire at a market in Kano.",
        "Twenty pilgrims were killed when their bus plunged into a gorge.",
        "Five workers were killed when a warehouse collapsed in Karachi.",
        "Three spectators were injured in a stampede at a stadium in Abidjan.",
    )


def test_weapons_fire_and_blasts_stay_attacks(code: WireCoder) -> None:
    assert_present(
        code,
        "ASSAULT",
        "Rebel fire killed three soldiers near the border post.",
        "Two policemen were killed by sniper fire in Kandahar.",
        "A car bomb explosion killed 14 people in Baghdad on Thursday.",
        "Four civilians were killed when a shell crashed into their home in Donetsk.",
    )


def test_a_saying_called_false_is_denied_not_asserted(code: WireCoder) -> None:
    for text in (
        "A post shared on Telegram falsely claims that Russian troops crossed into Estonia.",
        "State television wrongly reported that Ukrainian forces had shelled the plant.",
    ):
        facts = [e.factuality for e in code(text) if e.event_type == "ASSAULT"]
        assert facts == ["negated"], text
    facts = [e.factuality for e in code("The ministry claimed that Russian troops crossed into Estonia.")]
    assert facts == ["actual"]
