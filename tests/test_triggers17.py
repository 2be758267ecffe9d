"""Trigger forms and event types of session 17 (the blind probe probe17's type faults): vows to
crush an armed group, a price exacted, help given to someone else's operation, what sanctions
target, civilians ordered out, treaties suspended, blocs and joint
bodies founded, arsenals never given up, advisers spoken to, calls and talks a statement is made
in; each on wire sentences of its own construction, with the other senses of the same words kept
no such event."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from frontwatch.lexicon import Lexicon

from .conftest import WireCoder, acted_by, event_types, wire_coder


@pytest.fixture(scope="module")
def code() -> WireCoder:
    return wire_coder(datetime(2024, 6, 1, tzinfo=UTC))


def test_new_entries_keep_the_sentence_filter_narrow() -> None:
    """The new entries read objects ("form > alliance", "order > resident", "exact > price"):
    the common verbs gain no bare form, and "held" stays no trigger form."""
    lex = Lexicon.load()
    assert all(
        t.objects for verb in ("form", "exact", "order") for t in lex.verbs[verb] if t.event_type != "REQUEST"
    )
    assert not {"form", "formed", "exact", "company", "held"} & lex.surface_forms


@pytest.mark.parametrize(
    ("text", "etype", "mode", "actor"),
    [
        (
            "The Nigerian president vowed to crush the insurgents in the northeast.",
            "THREATEN",
            "violence",
            "NGA",
        ),
        ("Myanmar's junta vowed on Friday to crush the resistance fighters.", "THREATEN", "violence", "MMR"),
        (
            "Pakistan's army chief said Pakistan would exact revenge from India.",
            "THREATEN",
            "violence",
            "PAK",
        ),
        (
            "The European Union will target Iranian oligarchs and lenders, its foreign policy chief said.",
            "SANCTION",
            None,
            "EU",
        ),
        ("Israel's army ordered civilians in northern Gaza to move south.", "COERCE", None, "ISR"),
        ("Russia suspended the grain accord with Ukraine.", "SANCTION", "discontinue", "RUS"),
        ("Russia and Belarus formed a joint force to guard the border.", "COOPERATE", None, "RUS"),
        ("Seoul and Tokyo set up a hotline between their defence ministries.", "COOPERATE", None, "KOR"),
        (
            "Pyongyang will never give up its nuclear arsenal, the foreign ministry said.",
            "RETREAT",
            "disarm",
            "PRK",
        ),
        ("Belgrade lifted the countermeasures it had imposed on Kosovo.", "CONCEDE", None, "SRB"),
        ("Blinken spoke to the Israeli national security adviser on Sunday.", "CONSULT", None, "USA"),
        ("Macron told Tebboune in a phone call that France wanted closer ties.", "CONSULT", "phone", "FRA"),
        (
            "Kallas said after talks with her Georgian counterpart that Estonia would send observers.",
            "CONSULT",
            None,
            "EST",
        ),
    ],
)
def test_trigger_forms_of_session_17(
    code: WireCoder, text: str, etype: str, mode: str | None, actor: str
) -> None:
    assert acted_by(code(text), etype, mode, actor)


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("The chef vowed to crush the garlic before adding the oil.", "THREATEN"),
        ("The drought exacted a heavy toll on herders.", "THREATEN"),
        ("Ukrainian drones targeted tankers of Russia's Baltic Fleet.", "SANCTION"),
        ("The United States ordered Venezuela to free the detained Americans.", "COERCE"),
        ("The parties formed a coalition government after the vote.", "COOPERATE"),
        ("The minister spoke to reporters after the vote.", "CONSULT"),
        ("The team gave up its lead in the second half.", "RETREAT"),
    ],
)
def test_other_senses_stay_no_such_event(code: WireCoder, text: str, etype: str) -> None:
    assert etype not in event_types(code(text))


def test_supporters_of_an_operation_are_not_its_actors(code: WireCoder) -> None:
    """ "provided logistical support to the operation": the supporters give AID; the operation
    is someone else's."""
    events = code("Jordan and Egypt provided logistical support to the operation, the Pentagon said.")
    assert "AID" in event_types(events)
    strikers = {a.country for e in events if e.event_type == "ASSAULT" for a in e.actors}
    assert not {"JOR", "EGY"} & strikers
