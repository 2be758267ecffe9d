"""Round 17b place rules on wire sentences of our own (tests/golden/places17b.jsonl): a name after
a state's demonym is that state's part ("Pakistani Kashmir", "Indian-administered Kashmir",
"Indian Punjab"); a shared region coordinated with a state gives way to the state ("in Pakistan
and Kashmir"); a country's name after "Mount"/"Lake" names the feature, not the state; a state's
act done at home (mobilising, testing, arrests, bans, expulsions, sanctions) with no place named
is in the acting state, not at a foreign dateline; attacks, talks and statements keep the
dateline; a named building (the Pentagon, the Kremlin) and an embassy's city place an event."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

import pytest

from frontwatch.models import Event

ON = datetime(2025, 6, 1, tzinfo=UTC)


def _located(events: list[Event], event_type: str) -> set[str | None]:
    return {e.location.country if e.location else None for e in events if e.event_type == event_type}


@pytest.mark.parametrize(
    ("text", "event_type", "country"),
    [
        ("NEW DELHI (Reuters) - Police arrested four men in Indian Punjab on Sunday.", "COERCE", "IND"),
        (
            "KABUL (Reuters) - Gunmen attacked a border post in Pakistan-held Kashmir on Friday.",
            "ASSAULT",
            "PAK",
        ),
        # a state's act at home filed from abroad
        ("BANGKOK (Reuters) - Myanmar's junta arrested two journalists on Monday.", "COERCE", "MMR"),
        # an expulsion happens in the expelling state
        ("SEOUL (Reuters) - North Korea expelled South Korean officials on Monday.", "SANCTION", "PRK"),
    ],
)
def test_state_rules(
    coder: Callable[[str, datetime], list[Event]], text: str, event_type: str, country: str
) -> None:
    assert country in _located(coder(text, ON), event_type)


def test_a_mountain_named_after_a_country_is_no_country(
    coder: Callable[[str, datetime], list[Event]],
) -> None:
    """ "Mount Kenya" under a foreign dateline is the mountain, never Kenya's whole state nor the
    dateline's."""
    events = coder("ADDIS ABABA (Reuters) - Gunmen killed two guides on Mount Kenya on Friday.", ON)
    places = [e.location for e in events if e.event_type == "ASSAULT"]
    assert places and all(p is None or p.precision != "country" for p in places)
