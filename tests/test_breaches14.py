"""The blind probe probe14's strict breaches, each fixed as a general rule and tried on
sentences of its own construction: a measure "due to take effect" or that "will take effect" is
still to come (the copula's timetable adjective and a verb of taking place frame the event
noun, which is no generic event); a finite saying whose subject the parse lost still has a
sayer, so what it says is never the outlet's own report. And probe14's last must-not: an
attack "on a base in Jordan that killed three U.S. soldiers" hit the soldiers, not Jordan (a
relative clause that kills restates the attack, and the people it names as hit outrank a place's
country)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from .conftest import WireCoder, wire_coder


@pytest.fixture(scope="module")
def code() -> WireCoder:
    return wire_coder(datetime(2025, 3, 3, tzinfo=UTC))


@pytest.mark.parametrize(
    "text",
    [
        "U.S. tariffs of 25% on Mexican goods are due to take effect on Tuesday.",
        "The shipment left port days before U.S. tariffs on Mexican goods were due to take effect.",
        "Fresh EU sanctions on Moscow will take effect on Monday.",
        "New sanctions on Iran are set to take effect next week.",
    ],
)
def test_a_measure_due_to_take_effect_is_still_to_come(code: WireCoder, text: str) -> None:
    sanctions = [e for e in code(text) if e.event_type == "SANCTION"]
    assert sanctions
    assert all(e.factuality == "future" for e in sanctions)


def test_a_measure_that_took_effect_happened(code: WireCoder) -> None:
    events = code("EU sanctions on Moscow took effect on Monday.")
    assert [e for e in events if e.event_type == "SANCTION" and e.factuality == "actual"]


def test_due_to_a_cause_is_no_timetable(code: WireCoder) -> None:
    events = code("The delay in the Israeli offensive was due to pressure from Washington.")
    assert all(e.factuality != "future" for e in events if e.event_type == "ASSAULT")


def test_a_generic_event_under_will_stays_hypothetical(code: WireCoder) -> None:
    events = code("A Russian offensive would face stiff resistance.")
    assert all(e.factuality == "hypothetical" for e in events if e.event_type == "ASSAULT")


def test_an_accusation_whose_subject_the_parse_lost_is_still_someones_claim(code: WireCoder) -> None:
    events = code("Niger accuses Benin of hosting French troops. Also accuses Benin of arming rebels.")
    second = [e for e in events if e.evidence.sentence_index == 1 and e.event_type != "ACCUSE"]
    assert second
    assert all(e.attribution is not None for e in second if e.factuality == "actual")


def test_an_accusation_with_its_subject_keeps_its_accuser(code: WireCoder) -> None:
    events = code("Niger accuses Benin of hosting French troops.")
    accused = [e for e in events if e.event_type == "MOBILIZE"]
    assert accused
    assert all(e.attribution is not None and e.attribution.country == "NER" for e in accused)


def test_an_attack_that_killed_named_soldiers_hit_them_not_the_place(code: WireCoder) -> None:
    events = code(
        "The drone attack on Sunday that killed three U.S. soldiers at a base in Syria drew a swift response."
    )
    assaults = [e for e in events if e.event_type == "ASSAULT"]
    assert len(assaults) == 1
    assert {r.country for r in assaults[0].recipients} == {"USA"}


def test_an_attack_on_a_place_with_victims_of_no_country_keeps_the_place(code: WireCoder) -> None:
    events = code("A suicide attack on a market in Kabul killed 20 civilians.")
    assert {r.country for e in events if e.event_type == "ASSAULT" for r in e.recipients} == {"AFG"}
