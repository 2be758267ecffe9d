"""Round 14 (precision and kept events): a material act whose subject names a kind of party but
not whose ("the force has since destroyed …") is kept without a known party, as is an event told
to go on ("the strikes would continue"); whoever fears an act that names its own target is not
that target; a party disarmed is given nothing; an event beside an unknown name is kept when one
of its parties, actor or recipient, is known. Each rule on sentences of its own construction,
beside the neighbouring readings that must stay as they were."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

import pytest

from frontwatch.models import Entity
from frontwatch.pipeline import _political

from .conftest import WireCoder, event_types, make_article, make_event, typed_facts, wire_coder


@pytest.fixture(scope="module")
def code() -> WireCoder:
    return wire_coder(datetime(2025, 6, 1, tzinfo=UTC))


# --- a kind of party as the subject keeps the act ---------------------------------------------


def test_a_force_named_by_its_kind_keeps_its_act(code: WireCoder) -> None:
    events = code("The force has since destroyed more than 40 trucks near the border, local officials said.")
    assert ("ASSAULT", "actual", ()) in typed_facts(events)
    events = code("The group has since seized three villages in the north.")
    assert ("COERCE", "actual", ()) in typed_facts(events)


def test_a_mission_expected_to_deploy_is_a_future_deployment(code: WireCoder) -> None:
    events = code("The mission is expected to deploy its first units in Juba next month.")
    assert ("MOBILIZE", "future", ()) in typed_facts(events)


def test_an_act_only_supposed_of_a_kind_of_party_is_not_kept(code: WireCoder) -> None:
    assert "MOBILIZE" not in event_types(code("The force could deploy next year."))


def test_a_measure_or_a_non_party_subject_keeps_nothing(code: WireCoder) -> None:
    assert "ASSAULT" not in event_types(code("The force of the blast destroyed several homes."))
    assert "MOBILIZE" not in event_types(code("The committee is expected to deploy new rules."))
    assert "ASSAULT" not in event_types(code("The team attacked the problem with energy."))


# --- an event told to go on is reported -------------------------------------------------------


def test_strikes_that_will_continue_are_kept(code: WireCoder) -> None:
    events = code("The army said the strikes would continue.")
    assert ("ASSAULT", "future", ()) in typed_facts(events)


def test_a_definite_noun_referring_back_is_still_dropped(code: WireCoder) -> None:
    assert "ASSAULT" not in event_types(code("The strikes came hours before the vote."))


# --- a fearer is no target of an act that names its own ---------------------------------------


def test_who_fears_strikes_spreading_to_another_country_is_not_their_target(code: WireCoder) -> None:
    events = code("Officials in Washington fear that the strikes could spread to targets inside Venezuela.")
    strikes = [e for e in events if e.event_type == "ASSAULT"]
    assert strikes and all(e.factuality == "hypothetical" for e in strikes)
    assert all("USA" not in {r.country for r in e.recipients} for e in strikes)


def test_who_fears_strikes_spreading_to_itself_stays_their_target(code: WireCoder) -> None:
    events = code("Pakistan fears that the strikes could spread to its territory.")
    assert any(e.event_type == "ASSAULT" and "PAK" in {r.country for r in e.recipients} for e in events)


# --- a party disarmed is given nothing --------------------------------------------------------


def test_a_party_disarmed_is_no_aid(code: WireCoder) -> None:
    events = code("Peace will not hold unless Hezbollah is disarmed.")
    assert "AID" not in event_types(events)
    assert "RETREAT" in event_types(events)


def test_weapons_handed_to_another_state_stay_aid(code: WireCoder) -> None:
    assert ("AID", "actual", ("BEL",)) in typed_facts(code("Belgium handed over its old weapons to Ukraine."))


# --- beside an unknown name, a known party of either role keeps the event ----------------------


def test_a_known_recipient_keeps_an_event_beside_an_unknown_name() -> None:
    event = make_event(make_article(1), event_type="CONSULT", actors=(), recipients=("RUS",))
    assert _political(event)


def test_two_bare_names_make_no_political_event() -> None:
    event = make_event(make_article(1), event_type="CONSULT", actors=(), recipients=())
    names = (Entity("Herbert", "Herbert", None, None), Entity("Mahut", "Mahut", None, None))
    assert not _political(replace(event, actors=names[:1], recipients=names[1:]))


# --- an operation the speaker says goes on is the speaker's ------------------------------------


def test_strikes_a_state_says_will_continue_are_its_own(code: WireCoder) -> None:
    events = code("Moscow said the air strikes would continue.")
    assert ("ASSAULT", "future", ("RUS",)) in typed_facts(events)


def test_an_event_going_on_in_a_condition_or_a_time_clause_is_not_kept(code: WireCoder) -> None:
    assert "ASSAULT" not in event_types(
        code("Parliament will vote on the budget while the strikes continue.")
    )
    assert "CONSULT" not in event_types(
        code("The talks would resume if both sides agreed, the mediator said.")
    )
