"""Session 14 (second round), the coder's general causes: a plain past conjunct after a reported
past perfect is the sayer's act, a plan offering nothing to anyone is no agreement, arming
civilians raises a militia, a country's name before an event noun is its place, a definite event
pinned down by its complement is presupposed under a modal, "the state" in a speaker's words is
the speaker's, declining to comment refuses nothing, rejected claims are no refusal, a siege
ended by force is no withdrawal, an escaped prisoner recaptured is arrested, a figurative
hijacking is no abduction, "reopen" is a light verb, a guarding or backing-up task of deployed
forces is no second event, and hosted troops are troops; each rule on sentences
of its own construction, beside the neighbouring readings that must stay as they were."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from .conftest import WireCoder, event_types, typed_facts, wire_coder


@pytest.fixture(scope="module")
def code() -> WireCoder:
    return wire_coder(datetime(2025, 6, 1, tzinfo=UTC))


# --- "said X had been taken hostage and demanded …": the sayer demands --------------------------


def test_a_plain_past_conjunct_after_a_past_perfect_is_the_sayers(code: WireCoder) -> None:
    events = code("Chad's government said its citizens had been abducted and demanded their release.")
    requests = [e for e in events if e.event_type == "REQUEST"]
    assert [tuple(a.country for a in e.actors) for e in requests] == [("TCD",)]
    assert all(not e.recipients for e in requests)


def test_an_active_conjunct_sharing_had_stays_under_the_denial(code: WireCoder) -> None:
    events = code("The RSF denied that its fighters had entered Chad and killed three soldiers.")
    assert {e.factuality for e in events if e.event_type == "ASSAULT"} == {"negated"}


# --- plans: a one-sided plan is no agreement; arming civilians raises a militia -----------------


def test_arming_volunteers_is_a_planned_militia_and_no_agreement(code: WireCoder) -> None:
    events = code("Mali's government plans to arm local volunteers, the defence minister said.")
    assert ("MOBILIZE", "future", ("MLI",)) in typed_facts(events)
    assert [e.mode for e in events if e.event_type == "MOBILIZE"] == ["militia"]
    assert "AGREE" not in event_types(events)
    events = code("Galmudug's president accused Ethiopia of arming a rival clan militia.")
    assert ("AID", "actual", ("ETH",)) in typed_facts(events)
    assert "MOBILIZE" not in event_types(events)


def test_a_plan_toward_a_party_still_states_an_intent(code: WireCoder) -> None:
    events = code("Japan plans to send aid to Sudan, the foreign ministry said.")
    assert ("AGREE", "actual", ("JPN",)) in typed_facts(events)


# --- "the Jordan attack": a place, not the actor ------------------------------------------------


def test_a_country_name_before_an_event_noun_is_no_actor(code: WireCoder) -> None:
    assert not any(
        a.country == "LBN" for e in code("The group did not claim the Lebanon attack.") for a in e.actors
    )
    events = code("Syria denied that it had ordered the Iraq bombing.")
    assert ("ASSAULT", "negated", ("SYR",)) in typed_facts(events)


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Russia shelling kills three in Kharkiv", "RUS"),
        ("Ukraine drone attack hits Russian refinery", "UKR"),
    ],
)
def test_a_country_name_in_a_headlines_bare_noun_phrase_is_the_actor(
    code: WireCoder, text: str, actor: str
) -> None:
    # headlines drop the article and write the name for the adjective: "Russia shelling"
    assert any(a.country == actor for e in code(text) if e.event_type == "ASSAULT" for a in e.actors)


def test_an_initialism_before_an_event_noun_stays_the_actor(code: WireCoder) -> None:
    events = code("The U.S. strikes killed 12 fighters, the Pentagon said.")
    assert ("ASSAULT", "actual", ("USA",)) in typed_facts(events)


# --- presupposed events under a modal -------------------------------------------------------------


def test_a_pinned_down_siege_under_could_is_going_on(code: WireCoder) -> None:
    events = code("Aid agencies warned that the blockade of Gaza could cause famine.")
    assert [e.factuality for e in events if e.event_type == "COERCE"] == ["actual"]


def test_a_bare_definite_operation_under_could_stays_feared(code: WireCoder) -> None:
    events = code("Rights groups fear the operation could lead to more arrests.")
    assert all(e.factuality != "actual" for e in events)
    events = code("The withdrawal of French troops from Niger remains under discussion.")
    assert [e.factuality for e in events if e.event_type == "RETREAT"] == ["hypothetical"]


# --- "the state" in a speaker's words ---------------------------------------------------------


def test_the_state_a_leader_speaks_of_is_his_own(code: WireCoder) -> None:
    facts = typed_facts(code("Petro said the state would not negotiate with armed groups."))
    assert ("CONSULT", "negated", ("COL",)) in facts
    assert ("REJECT", "actual", ("COL",)) in facts


# --- refusals: to comment, and claims rejected ----------------------------------------------------


def test_declining_to_comment_is_no_refusal(code: WireCoder) -> None:
    assert "REJECT" not in event_types(code("The Pentagon declined to comment on the report."))
    assert "REJECT" in event_types(code("Russia refused to hold talks with Ukraine."))


def test_rejected_claims_are_no_refusal(code: WireCoder) -> None:
    events = code("Kenya accused Uganda of arming rebels, accusations Kampala rejects.")
    assert "REJECT" not in event_types(events)
    assert ("ACCUSE", "actual", ("KEN",)) in typed_facts(events)
    assert "REJECT" not in event_types(code("The army rejected the rebels' casualty figures as exaggerated."))


# --- senses: a siege ended by force, a prisoner recaptured, a protest hijacked ---------------------


def test_a_siege_ended_by_killing_is_no_withdrawal(code: WireCoder) -> None:
    events = code("Nigerian troops ended a two-day siege of a school in Kaduna, killing 12 gunmen.")
    assert "RETREAT" not in event_types(events)
    assert ("ASSAULT", "actual", ("NGA",)) in typed_facts(events)
    assert ("RETREAT", "actual", ("RUS",)) in typed_facts(code("Russian forces ended the siege of Mariupol."))


def test_a_recaptured_prisoner_is_arrested_a_recaptured_village_retaken(code: WireCoder) -> None:
    assert ("COERCE", "actual", ("MEX",)) in typed_facts(
        code("Mexican police recaptured the escaped cartel boss on Friday.")
    )
    assert ("ASSAULT", "actual", ("UKR",)) in typed_facts(
        code("Ukrainian forces recaptured the village of Robotyne.")
    )


def test_a_hijacked_protest_is_no_abduction(code: WireCoder) -> None:
    events = code("The president accused foreign agents of hijacking the demonstrations.")
    assert "ASSAULT" not in event_types(events)
    assert "ASSAULT" in event_types(code("Gunmen hijacked a bus in northern Nigeria."))


# --- light verbs ---------------------------------------------------------------------------------------


def test_reopened_talks_are_talks(code: WireCoder) -> None:
    assert ("CONSULT", "future", ("SRB",)) in typed_facts(
        code("Serbia said it would reopen talks with Kosovo.")
    )


# --- deployments: a supporting task is no second event; hosted troops are troops ----------------


def test_a_supporting_task_of_deployed_forces_is_the_deployment(code: WireCoder) -> None:
    events = code("Ghana deployed soldiers to support the police in the north.")
    assert event_types(events) == {"MOBILIZE"}
    facts = typed_facts(code("Russia sent troops to attack the town."))
    assert ("ASSAULT", "hypothetical", ("RUS",)) in facts
    events = code("Congo accused Rwanda of deploying soldiers to support the rebels.")
    assert ("SUPPORT", "hypothetical", ("RWA",)) in typed_facts(events)


def test_hosted_troops_are_troops(code: WireCoder) -> None:
    events = code("Moscow accuses Chisinau of hosting NATO troops.")
    assert [e.mode for e in events if e.event_type == "MOBILIZE"] == ["troops"]


# --- "struck …, hitting …": one attack ------------------------------------------------------------


def test_a_participle_of_striking_names_the_attacks_targets(code: WireCoder) -> None:
    events = code(
        "Israeli jets struck targets in southern Lebanon on Monday, hitting weapons depots of Hezbollah."
    )
    assert [e.event_type for e in events] == ["ASSAULT"]


def test_refusing_a_foreign_intervention_is_a_refusal(code: WireCoder) -> None:
    events = code("Maduro said Venezuela would not accept any foreign military intervention.")
    assert ("REJECT", "actual", ("VEN",)) in typed_facts(events)
    assert not any(e.event_type in ("ASSAULT", "MOBILIZE") and e.factuality == "actual" for e in events)


# --- an agentless outcome of an act the sentence names ------------------------------------------


def test_a_halt_told_with_its_cause_is_the_causes_outcome(code: WireCoder) -> None:
    events = code(
        "Mali's fuel imports have been halted since March, when Senegal blocked the transit of tankers."
    )
    assert event_types(events) == {"COERCE"}
    assert ("COERCE", "actual", ("SEN",)) in typed_facts(events)
    assert ("SANCTION", "actual", ("UKR",)) in typed_facts(code("Ukraine halted gas exports to Hungary."))
