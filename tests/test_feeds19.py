"""Session 19, coder faults seen on news feed items, each as a general rule on sentences of its
own: industrial explosions as accidents (a weapon or an attack named keeps the ASSAULT), an ally
named by the party it is the ally of ("the Putin ally", "an ally of Putin"), rescue and relief
teams deployed as AID, and civilians leaving a place (no RETREAT)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from .conftest import WireCoder, assert_absent, event_types, typed_facts, wire_coder


@pytest.fixture(scope="module")
def code() -> WireCoder:
    return wire_coder(datetime(2026, 3, 1, tzinfo=UTC))


# --- industrial explosions ------------------------------------------------------------------


def test_industrial_explosion_is_no_attack(code: WireCoder) -> None:
    assert_absent(
        code,
        "ASSAULT",
        "An explosion and fire at a paint warehouse killed five workers on Tuesday, officials said.",
        "An explosion at a fireworks factory killed six people on Tuesday.",
        "Five workers died in an explosion at a chemical plant on Tuesday.",
    )


def test_explosion_with_a_weapon_or_at_a_checkpoint_stays_an_attack(code: WireCoder) -> None:
    for text in (
        "An explosion at an army checkpoint killed six soldiers near the border on Monday.",
        "A bomb explosion at a textile factory killed six workers, police said.",
        "An explosion at a weapons factory killed six workers after a drone strike, officials said.",
    ):
        assert "ASSAULT" in event_types(code(text)), text


# --- allies named by whom they are allied with --------------------------------------------------


def test_ally_is_not_the_party_it_is_allied_with(code: WireCoder) -> None:
    for text in (
        "The Putin ally vetoed the aid package for Ukraine on Thursday.",
        "A Kremlin ally vetoed the aid package for Ukraine on Thursday.",
        "An ally of Putin vetoed the aid package for Ukraine on Thursday.",
    ):
        events = code(text)
        assert "REJECT" in event_types(events), text
        assert all("RUS" not in {a.country for a in e.actors} for e in events), text


def test_named_ally_in_apposition_is_the_actor(code: WireCoder) -> None:
    for text in (
        "Putin ally Viktor Orban vetoed the aid package for Ukraine on Thursday.",
        "Putin's ally Viktor Orban vetoed the aid package for Ukraine on Thursday.",
    ):
        assert ("REJECT", "actual", ("HUN",)) in typed_facts(code(text)), text


def test_bloc_before_partners_names_their_membership(code: WireCoder) -> None:
    events = code("Greece demanded that its European Union partners refuse to recognise the new republic.")
    assert any(r.country == "EU" for e in events if e.event_type == "REQUEST" for r in e.recipients)


# --- rescue teams deployed ---------------------------------------------------------------------


def test_rescue_teams_deployed_are_aid(code: WireCoder) -> None:
    for text in (
        "Turkey deployed rescue teams and medics to the quake zone in northern Syria on Tuesday.",
        "The Southern African Development Community has deployed its Emergency Response Team to "
        "support Madagascar after a cyclone.",
    ):
        types = event_types(code(text))
        assert "AID" in types and "MOBILIZE" not in types, text


def test_troops_deployed_stay_a_mobilization(code: WireCoder) -> None:
    types = event_types(code("Turkey deployed troops and tanks to the border with Syria on Tuesday."))
    assert "MOBILIZE" in types and "AID" not in types


# --- civilians leaving --------------------------------------------------------------------------


def test_civilians_leaving_is_no_retreat(code: WireCoder) -> None:
    assert_absent(
        code,
        "RETREAT",
        "Syrian authorities have turned back a group of Australian women and children who had left a camp.",
        "Hundreds of civilians left the besieged town on Sunday.",
        "Families who left the camp last week were sent back by the police.",
    )


def test_forces_leaving_stay_a_retreat(code: WireCoder) -> None:
    for text, state in (
        ("Russian troops left the town of Kherson on Friday.", "RUS"),
        ("French soldiers left Mali on Monday.", "FRA"),
    ):
        assert ("RETREAT", "actual", (state,)) in typed_facts(code(text)), text
