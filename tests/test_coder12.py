"""Round 12, the coder's general causes: a past scene set by a fronted "before", the denier's own
act beside a denied gerund, idioms that rule an act out, a captivity that a release presupposes,
the launch of an attack's own weapon, the party blamed for a nominal event, and a verbal attack
judged "as" something; each rule on sentences of its own construction, beside the neighbouring
readings that must stay as they were."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from .conftest import WireCoder, event_types, typed_facts, wire_coder


@pytest.fixture(scope="module")
def code() -> WireCoder:
    return wire_coder(datetime(2025, 5, 6, tzinfo=UTC))


# --- a "before" phrase fronted on a past clause sets a past scene ------------------------------


def test_fronted_before_on_a_past_clause_is_actual(code: WireCoder) -> None:
    events = code("Before Russia's invasion of Ukraine, Germany bought half of its gas from Moscow.")
    assert ("ASSAULT", "actual", ("RUS",)) in typed_facts(events)


def test_before_after_came_stays_future(code: WireCoder) -> None:
    events = code("The strikes came a day before Russia's talks with Ukraine in Istanbul.")
    assert ("CONSULT", "future", ("RUS",)) in typed_facts(events)


# --- the denier's own act beside a denied gerund -----------------------------------------------


def test_finite_conjunct_of_a_denied_gerund_is_the_deniers_act(code: WireCoder) -> None:
    events = code("Iran denied supplying drones to Russia and expelled the British ambassador.")
    assert ("AID", "negated", ("IRN",)) in typed_facts(events)
    expel = next(e for e in events if e.event_type == "SANCTION")
    assert expel.factuality == "actual"
    assert expel.attribution is None


# --- "out of the question", "off the table" ----------------------------------------------------


def test_an_act_ruled_out_is_negated_and_refused(code: WireCoder) -> None:
    events = code("The British government said that lifting the sanctions on Iran is out of the question.")
    assert ("RETREAT", "negated", ()) in typed_facts(events)
    assert ("REJECT", "actual", ("GBR",)) in typed_facts(events)


def test_a_withdrawal_off_the_table_is_negated(code: WireCoder) -> None:
    events = code("Washington said a withdrawal of its troops from Syria was off the table.")
    assert ("RETREAT", "negated", ("USA",)) in typed_facts(events)


# --- a release presupposes the captivity it ends -----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Israel on Monday released a Palestinian mayor, a Hamas member jailed two years ago, officials said.",
        "Malian rebels released 20 soldiers captured in the battle for Kidal.",
    ],
)
def test_the_captivity_of_the_released_is_no_event(code: WireCoder, text: str) -> None:
    events = code(text)
    assert ("RETREAT", "actual") in {(e.event_type, e.factuality) for e in events}
    assert "COERCE" not in event_types(events)


def test_a_capture_in_its_own_clause_stays(code: WireCoder) -> None:
    events = code("Sudanese militants freed two aid workers and kidnapped a third in Darfur.")
    assert ("ASSAULT", "abduct") in {(e.event_type, e.mode) for e in events}
    assert ("RETREAT", "release") in {(e.event_type, e.mode) for e in events}


# --- the launch of an attack's own weapon is the attack ----------------------------------------


def test_the_weapons_launch_gives_the_attack_its_actor(code: WireCoder) -> None:
    events = code("The jet was blown up over Syria by a missile fired by Syrian troops.")
    assaults = [e for e in events if e.event_type == "ASSAULT"]
    assert len(assaults) == 1
    assert {a.country for a in assaults[0].actors} == {"SYR"}
    assert assaults[0].mode == "aerial"


def test_two_firings_in_two_clauses_stay_two(code: WireCoder) -> None:
    events = code("The army fired artillery at the town and rebels fired rockets at the base.")
    assert len([e for e in events if e.event_type == "ASSAULT"]) == 2


# --- the party blamed for a nominal event did it -----------------------------------------------


@pytest.mark.parametrize(
    ("text", "accuser", "accused"),
    [
        ("Pakistan blamed India for the attack on its soldiers.", "PAK", "IND"),
        ("Ukraine condemned Russia for the strike on the hospital.", "UKR", "RUS"),
    ],
)
def test_blamed_party_is_the_actor(code: WireCoder, text: str, accuser: str, accused: str) -> None:
    events = code(text)
    attack = next(e for e in events if e.event_type == "ASSAULT")
    assert {a.country for a in attack.actors} == {accused}
    assert attack.attribution is not None and attack.attribution.country == accuser


# --- "attacked X as Y": a verdict, an attack in words ------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["Macron attacked the new US tariffs as a mistake.", "The Kremlin attacked the EU sanctions as illegal."],
)
def test_attack_with_a_verdict_is_criticism(code: WireCoder, text: str) -> None:
    events = code(text)
    assert ("ACCUSE", "disapprove") in {(e.event_type, e.mode) for e in events}
    assert "ASSAULT" not in event_types(events)


@pytest.mark.parametrize(
    "text",
    [
        "Israel struck the building as a warning to Hezbollah.",
        "Russian troops attacked the village as part of a wider offensive.",
    ],
)
def test_attack_with_a_purpose_stays_an_attack(code: WireCoder, text: str) -> None:
    events = code(text)
    assert "ASSAULT" in event_types(events)
    assert "ACCUSE" not in event_types(events)


# --- an aim is dropped only for an event that is coded ------------------------------------------


def test_aim_of_an_uncoded_act_carries_the_sentence(code: WireCoder) -> None:
    events = code("Kenyan police fired tear gas to disperse protesters in Nairobi.")
    assert any({a.country for a in e.actors} == {"KEN"} for e in events)


def test_aim_of_a_coded_act_stays_dropped(code: WireCoder) -> None:
    events = code("Egyptian police opened fire to disperse demonstrators in Cairo.")
    assert event_types(events) == {"ASSAULT"}
