"""Round 13 (second round), the coder's general causes: a stop attempted and missed leaves the
attack it was to stop, a state's or an armed group's blockade is coercion (a crowd's is a
protest), whoever goes on trial is the accused, a conjunct sharing a passive's auxiliaries is
passive, a seizure and an arrest told by two verbs are two acts, staff withdrawn from an embassy
leave its host, office left bare is a resignation, power handed over a withdrawal, a deal that
collapses no agreement, an agentless release the speaker announces the speaker's own, and
countermeasures an announced penalty; each rule on sentences of its own construction, beside the
neighbouring readings that must stay as they were."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from .conftest import WireCoder, event_types, typed_facts, wire_coder


@pytest.fixture(scope="module")
def code() -> WireCoder:
    return wire_coder(datetime(2025, 5, 6, tzinfo=UTC))


# --- "failed to stop the attacks": the attacks went ahead, no ceasefire of the stopper's -------


def test_a_failed_stop_of_a_gangs_attacks_is_the_attacks(code: WireCoder) -> None:
    events = code("Haitian police failed to stop gang attacks on the capital.")
    assert "RETREAT" not in event_types(events)
    assert [e.factuality for e in events if e.event_type == "ASSAULT"] == ["actual"]


def test_a_failed_stop_of_unowned_raids_is_the_raids(code: WireCoder) -> None:
    events = code("The army was unable to halt the raids on border villages.")
    assert "RETREAT" not in event_types(events)
    assert [e.factuality for e in events if e.event_type == "ASSAULT"] == ["actual"]


def test_halting_ones_own_offensive_stays_a_ceasefire(code: WireCoder) -> None:
    assert ("RETREAT", "actual", ("RUS",)) in typed_facts(
        code("Russia halted its offensive near Kharkiv on Tuesday.")
    )
    assert ("RETREAT", "negated", ("RUS",)) in typed_facts(
        code("Russia did not stop its attacks on Kharkiv.")
    )


# --- a blockade: coercion by an army or an armed group, a protest by a crowd --------------------


def test_an_armys_blockade_is_coerce(code: WireCoder) -> None:
    for text in (
        "The army declared a blockade of the port city on Monday.",
        "The rebels imposed a blockade on the northern city.",
    ):
        types = event_types(code(text))
        assert "COERCE" in types
        assert "PROTEST" not in types


def test_a_crowds_blockade_stays_a_protest(code: WireCoder) -> None:
    types = event_types(code("Farmers staged a blockade of the border crossing."))
    assert "PROTEST" in types
    assert "COERCE" not in types


# --- the defendant on trial is the accused -------------------------------------------------------


def test_going_on_trial_makes_the_defendant_the_recipient(code: WireCoder) -> None:
    events = [
        e
        for e in code("The former minister went on trial on charges of corruption.")
        if e.event_type == "ACCUSE"
    ]
    assert events
    assert all(not e.actors for e in events)
    assert any(r.name == "minister" for e in events for r in e.recipients)


def test_standing_trial_later_is_a_future_accusation(code: WireCoder) -> None:
    events = [
        e
        for e in code("The opposition leader will stand trial on charges of treason.")
        if e.event_type == "ACCUSE"
    ]
    assert [(e.factuality, len(e.actors)) for e in events] == [("future", 0)]


# --- "had been detained and 40 officers injured": the gapped passive's subject is the victim ----


def test_a_gapped_passive_conjunct_makes_its_subject_the_victim(code: WireCoder) -> None:
    text = "The interior ministry said 80 people had been detained and 40 police officers injured."
    hurt = [e for e in code(text) if e.event_type == "ASSAULT"]
    assert [(len(e.actors), [r.name for r in e.recipients]) for e in hurt] == [(0, ["police officers"])]


def test_an_active_conjunct_keeps_its_subject_as_actor(code: WireCoder) -> None:
    events = code("Two protesters were arrested and police fired tear gas.")
    fired = [e for e in events if e.event_type == "ASSAULT"]
    assert [a.name for e in fired for a in e.actors] == ["police"]


# --- "seized power, detaining the president": two coercions --------------------------------------


def test_a_seizure_and_an_arrest_are_two_acts(code: WireCoder) -> None:
    events = code("Army officers seized power in Gabon on Wednesday, detaining President Ali Bongo.")
    assert {(e.event_type, e.mode) for e in events} >= {("COERCE", "seize"), ("COERCE", "arrest")}
    arrest = next(e for e in events if e.mode == "arrest")
    assert [a.country for a in arrest.actors] == ["GAB"]


def test_a_detail_of_one_attack_stays_folded(code: WireCoder) -> None:
    events = code("Russian forces shelled the village, killing two civilians.")
    assert len([e for e in events if e.event_type == "ASSAULT"]) == 1


# --- staff withdrawn from an embassy leave the host ------------------------------------------------


def test_staff_withdrawn_from_an_embassy_leave_the_host(code: WireCoder) -> None:
    events = code("The United States said non-emergency staff would be withdrawn from its embassy in Niamey.")
    retreat = [e for e in events if e.event_type == "RETREAT"]
    assert [
        ([a.country for a in e.actors], [r.country for r in e.recipients], e.factuality) for e in retreat
    ] == [(["USA"], ["NER"], "future")]


def test_troops_withdrawn_from_a_country_leave_it(code: WireCoder) -> None:
    events = [e for e in code("France withdrew its troops from Mali.") if e.event_type == "RETREAT"]
    assert [r.country for e in events for r in e.recipients] == ["MLI"]


# --- leaving office, handing power ---------------------------------------------------------------


def test_refusing_to_leave_office_is_a_resignation_refused(code: WireCoder) -> None:
    events = code("Georgian President Salome Zourabichvili said she would not leave office.")
    assert ("RETREAT", "negated", ("GEO",)) in typed_facts(events)
    assert [e.mode for e in events if e.event_type == "RETREAT"] == ["resign"]


def test_leaving_ones_office_room_is_no_resignation(code: WireCoder) -> None:
    assert "RETREAT" not in event_types(code("The minister left his office in the capital at noon."))


def test_handing_power_to_civilians_is_a_future_withdrawal(code: WireCoder) -> None:
    events = code("Sudan's military council said it would hand power to civilians after the elections.")
    assert ("RETREAT", "future", ("SDN",)) in typed_facts(events)


# --- a deal or a truce that collapses is no agreement ---------------------------------------------


def test_a_collapsing_deal_is_no_agreement(code: WireCoder) -> None:
    assert "AGREE" not in event_types(
        code("The U.N. envoy warned that the peace deal could collapse within weeks.")
    )
    assert not event_types(code("The truce broke down within hours on Sunday.")) & {"AGREE", "RETREAT"}


# --- an agentless release the speaker announces is the speaker's ----------------------------------


def test_an_announced_agentless_release_is_the_speakers(code: WireCoder) -> None:
    events = code("Hamas said the hostages would be freed if Israel halted its offensive.")
    assert ("RETREAT", "hypothetical", ("PSE",)) in typed_facts(events)


def test_a_past_agentless_release_names_no_releaser(code: WireCoder) -> None:
    events = [
        e for e in code("The detainees were released on Monday, Hamas said.") if e.event_type == "RETREAT"
    ]
    assert all(not e.actors for e in events)


# --- countermeasures announced are a threat --------------------------------------------------------


def test_countermeasures_announced_on_a_condition_are_a_threat(code: WireCoder) -> None:
    facts = typed_facts(
        code("China said it would take firm countermeasures if Manila deployed the missiles.")
    )
    assert ("THREATEN", "actual", ("CHN",)) in facts
    assert ("SANCTION", "actual", ("CHN",)) not in facts
