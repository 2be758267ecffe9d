"""Session 22 speakers told again across a paragraph: "he" after an unnamed spokesman, "according
to the same source", "the group said" after the content named the group, and prosecutors who
speak for the place. Gold records score attribution only as an accuracy, so these pin it."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from frontwatch.models import Event

from .conftest import WireCoder, wire_coder


@pytest.fixture(scope="module")
def code() -> WireCoder:
    return wire_coder(datetime(2025, 9, 12, tzinfo=UTC))


def claimants(events: list[Event], kind: str) -> set[str | None]:
    """The attribution countries of the events of one type ("-" for the outlet's own)."""
    return {
        e.attribution.country if e.attribution is not None else "-" for e in events if e.event_type == kind
    }


def test_he_after_an_unnamed_spokesman_is_that_spokesman(code: WireCoder) -> None:
    events = code(
        "NAIROBI, Sept 12 (Reuters) - Kenyan police detained 30 protesters in Mombasa, a police"
        " spokesman said on Friday. He said the protesters had attacked a police station with stones."
    )
    assert claimants(events, "PROTEST") == {"KEN"}


def test_the_same_source_is_the_last_speaker(code: WireCoder) -> None:
    events = code(
        "AMMAN, Sept 12 (Reuters) - Syria and Jordan agreed to reopen their main border crossing,"
        " Jordanian officials said. Syria will return 300 detainees to Jordan, according to the same source."
    )
    assert claimants(events, "RETREAT") == {"JOR"}


def test_the_group_named_by_the_content_speaks(code: WireCoder) -> None:
    events = code("An Israeli drone strike killed a senior Hezbollah commander near Tyre, the group said.")
    assert claimants(events, "ASSAULT") == {"LBN"}


def test_prosecutors_speak_for_the_place(code: WireCoder) -> None:
    events = code(
        "QUITO, Sept 12 (Reuters) - A journalist was shot dead in Guayaquil on Thursday."
        " Prosecutors said two suspects had been arrested."
    )
    assert claimants(events, "COERCE") == {"ECU"}
