"""Round 14, the coder's general causes: a past tense read as an adjective ("and threatened
sanctions"), a verb read as a plural noun after a subordinator ("once the SDF withdraws"), money
"in aid", and the ordinary phrasings of a reporter (a resignation tendered, an envoy declared
persona non grata, suspects taken into custody, crowds that torch, a court that
jails); each rule on sentences of its own construction, beside the readings that must not move."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from .conftest import WireCoder, event_types, typed_facts, wire_coder


@pytest.fixture(scope="module")
def code() -> WireCoder:
    return wire_coder(datetime(2025, 6, 1, tzinfo=UTC))


def _modes(events: list, event_type: str) -> set[str | None]:
    return {e.mode for e in events if e.event_type == event_type}


# --- a past tense after "and" is a verb, a participle on a noun with a determiner an adjective --


def test_threatened_sanctions_after_and_is_a_threat(code: WireCoder) -> None:
    events = code(
        "ECOWAS suspended Mali from its decision-making bodies and threatened sanctions "
        "if elections were delayed."
    )
    assert "THREATEN" in event_types(events)
    assert "SANCTION" in event_types(events)


def test_threatened_as_an_adjective_is_no_threat(code: WireCoder) -> None:
    assert "THREATEN" not in event_types(code("Rangers protected the threatened species in the park."))
    assert "THREATEN" not in event_types(code("Villagers fled the threatened areas."))


# --- "once the SDF withdraws": the "-s" word after a subordinator and a subject is the verb --------


def test_a_verb_read_as_a_noun_after_once_is_recovered(code: WireCoder) -> None:
    events = code("Turkish troops could enter Manbij once the SDF withdraws.")
    assert ("RETREAT", "hypothetical", ("SYR",)) in typed_facts(events)
    assert not any(e.event_type == "RETREAT" and e.factuality == "actual" for e in events)


# --- money "in aid" is aid; money sent elsewhere is not -------------------------------------------


def test_money_in_aid_is_aid(code: WireCoder) -> None:
    events = code("The United States sent $500 million in military aid to Ukraine.")
    assert ("AID", "actual", ("USA",)) in typed_facts(events)


def test_money_sent_to_shareholders_is_no_aid(code: WireCoder) -> None:
    assert "AID" not in event_types(code("The company sent $2 million to its shareholders."))
    assert "AID" not in event_types(code("The carmaker provided fuel for the race."))


def test_relief_teams_and_fuel_are_aid(code: WireCoder) -> None:
    assert ("AID", "actual", ("TUR",)) in typed_facts(
        code("Turkey dispatched rescue teams to quake-hit Morocco.")
    )
    assert ("AID", "actual", ("QAT",)) in typed_facts(code("Qatar provided fuel for Gaza's power plant."))


# --- retreat, threat and sanction by other phrasings ----------------------------------------------


def test_set_free_and_a_tendered_resignation_are_retreats(code: WireCoder) -> None:
    events = code("Houthi rebels set free the crew of the seized ship.")
    assert _modes(events, "RETREAT") == {"release"}
    events = code("The interior minister of Peru tendered his resignation on Friday.")
    assert _modes(events, "RETREAT") == {"resign"}
    assert "RETREAT" not in event_types(code("The contractor tendered a bid for the new bridge."))


def test_an_operation_warned_of_is_a_threat(code: WireCoder) -> None:
    events = code("Erdogan warned of a new military operation in northern Syria.")
    assert ("THREATEN", "actual", ("TUR",)) in typed_facts(events)
    assert "THREATEN" not in event_types(code("The surgeon warned of risks in the operation."))


def test_persona_non_grata_and_suspended_contact_are_sanctions(code: WireCoder) -> None:
    assert _modes(code("Niger declared the French ambassador persona non grata."), "SANCTION") == {"expel"}
    events = code("Morocco suspended all contact with the German embassy.")
    assert _modes(events, "SANCTION") == {"discontinue"}


def test_a_court_jails_by_sentence_the_police_by_arrest(code: WireCoder) -> None:
    events = code("A court in Ankara jailed the former mayor for corruption.")
    assert _modes(events, "SANCTION") == {"convict"}
    events = code("Turkish police jailed 40 protesters in Istanbul.")
    assert "SANCTION" not in event_types(events)
    assert _modes(events, "COERCE") == {"arrest"}


# --- coercion by other phrasings ---------------------------------------------------------------


def test_custody_internet_and_repatriation_are_coercion(code: WireCoder) -> None:
    assert _modes(code("Turkish police took 12 suspects into custody."), "COERCE") == {"arrest"}
    assert _modes(code("Ethiopian authorities cut off the internet in Tigray."), "COERCE") == {"censor"}
    assert _modes(code("Saudi Arabia repatriated thousands of Ethiopian migrants."), "COERCE") == {"deport"}
    assert "COERCE" not in event_types(code("The storm cut off phone lines to the island."))


# --- crowds torch and smash; a state's blockade and troops' arson stay as they were ---


def test_crowds_torching_and_smashing_protest(code: WireCoder) -> None:
    assert _modes(code("Protesters torched the ruling party's office in Dhaka."), "PROTEST") == {"riot"}
    events = code("Protesters smashed the windows of the ruling party's office in Nairobi.")
    assert _modes(events, "PROTEST") == {"vandalize"}


def test_a_states_blockade_and_troops_arson_are_no_protest(code: WireCoder) -> None:
    events = code("The Ethiopian army blockaded the rebel-held town.")
    assert "PROTEST" not in event_types(events)
    assert "COERCE" in event_types(events)
    events = code("Israeli troops torched homes in the village.")
    assert "PROTEST" not in event_types(events)
    assert "ASSAULT" in event_types(events)


# --- posture and ties -------------------------------------------------------------------------


def test_batteries_positioned_and_embassies_reopened(code: WireCoder) -> None:
    assert _modes(code("Poland positioned Patriot batteries near the Ukrainian border."), "MOBILIZE") == {
        "weapons"
    }
    assert "COOPERATE" in event_types(code("Saudi Arabia and Iran reopened their embassies."))
    assert "COOPERATE" not in event_types(code("The bank reopened its branches in the city."))


# --- a demand by a mandative clause, an act ruled out by its gerund, -----


def test_insisting_on_a_mandative_clause_is_a_request(code: WireCoder) -> None:
    events = code("Israel insisted that Hamas release all hostages.")
    assert ("REQUEST", "actual", ("ISR",)) in typed_facts(events)
    assert "REQUEST" not in event_types(code("The minister insisted that the talks were going well."))


def test_ruling_out_an_act_by_its_gerund_is_a_rejection(code: WireCoder) -> None:
    assert ("REJECT", "actual", ("UKR",)) in typed_facts(
        code("Ukraine ruled out ceding any territory to Russia.")
    )
    assert "REJECT" not in event_types(code("Police ruled out foul play in the death."))
