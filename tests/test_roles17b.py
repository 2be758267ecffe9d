"""Session 17 roles on wire copy of our own: an act blamed "on" a party was done by that party in
the blamer's word, and the accusation's recipient is that party, not the act's victim; those
who accuse a state of an act done to help another state are no party of that act; a broker named
in a compound modifier ("a Russian-brokered ceasefire") mediates and is no party of what it
brokered (blame.py, brokers.py)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from frontwatch.models import Event

from .conftest import WireCoder, wire_coder


@pytest.fixture(scope="module")
def code() -> WireCoder:
    return wire_coder(datetime(2025, 6, 1, tzinfo=UTC))


def _dyads(events: list[Event], etype: str) -> set[tuple[tuple[str, ...], tuple[str, ...], str | None]]:
    """(actor countries, recipient countries, attribution country) of the events of one type."""
    return {
        (
            tuple(sorted(a.country or "-" for a in e.actors)),
            tuple(sorted(r.country or "-" for r in e.recipients)),
            e.attribution.country if e.attribution is not None else None,
        )
        for e in events
        if e.event_type == etype
    }


# --- blamed on ----------------------------------------------------------------------------------


def test_act_blamed_on_a_party_is_its_act_by_the_blamers_word(code: WireCoder) -> None:
    events = code("Syria blamed the car bomb on Turkey.")
    assert (("SYR",), ("TUR",), None) in _dyads(events, "ACCUSE")
    assert {(a, att) for a, _, att in _dyads(events, "ASSAULT")} == {(("TUR",), "SYR")}


def test_relative_clause_blame_accuses_the_party_not_the_victim(code: WireCoder) -> None:
    text = "The killing of a Hamas commander in Beirut, which Hezbollah blamed on Israel, drew condemnation."
    events = code(text)
    assert {r for _, r, _ in _dyads(events, "ACCUSE")} == {("ISR",)}
    assert (("ISR",), ("PSE",), "LBN") in _dyads(events, "ASSAULT")


def test_blamed_for_keeps_the_object_as_the_culprit(code: WireCoder) -> None:
    events = code("Kyiv blamed Moscow for the strike on the hospital.")
    assert (("UKR",), ("RUS",), None) in _dyads(events, "ACCUSE")
    assert {a for a, _, _ in _dyads(events, "ASSAULT")} == {("RUS",)}


# --- accusers are no party of an act done to help another state -------------------------------


def test_troops_sent_to_help_another_state_are_not_aimed_at_the_accuser(code: WireCoder) -> None:
    events = code("Japan accused North Korea of sending troops to help Russia.")
    assert {r for _, r, _ in _dyads(events, "MOBILIZE")} == {()}


def test_troops_massed_near_the_accuser_still_target_it(code: WireCoder) -> None:
    events = code("Lithuania accused Belarus of massing troops near its border.")
    assert (("BLR",), ("LTU",), "LTU") in _dyads(events, "MOBILIZE")


# --- brokers ------------------------------------------------------------------------------------


def test_broker_mediates_and_is_no_party_of_the_ceasefire(code: WireCoder) -> None:
    events = code("An Egyptian-brokered truce between Israel and Islamic Jihad took effect on Sunday.")
    assert (("EGY",), (), None) in _dyads(events, "CONSULT")
    assert all("EGY" not in a for a, _, _ in _dyads(events, "RETREAT"))


def test_broker_is_no_target_of_a_breach(code: WireCoder) -> None:
    events = code("Azerbaijan accused Armenia of breaching the Russian-brokered ceasefire.")
    assert all("RUS" not in a + r for t in ("ASSAULT", "ACCUSE") for a, r, _ in _dyads(events, t))
    assert {a for a, _, _ in _dyads(events, "CONSULT")} == {("RUS",)}


def test_mediation_a_participle_tells_has_taken_place(code: WireCoder) -> None:
    events = code("Sudan's army and the RSF agreed to a Saudi-mediated truce.")
    assert {e.factuality for e in events if e.event_type == "CONSULT"} == {"actual"}
    assert all("SAU" not in r for _, r, _ in _dyads(events, "AGREE"))
