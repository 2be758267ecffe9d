"""Session 18 (para18c), general rules for REQUEST, AGREE, CONCEDE and RETREAT found by a blind
set of wire paraphrases, each tried both ways on sentences of its own: an obligation told to an
addressee ("told Syria it must …"), a mandative clause the tagger read as a present tense, a
phrasal verb's own particle, a patient released from hospital, analysts who "agree", a pledge
kept after "remained", a truce monitors oversee, what a plan "calls for", a measure eased in an
agentless passive, and new trigger forms with their other senses."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from .conftest import WireCoder, event_types, wire_coder


@pytest.fixture(scope="module")
def code() -> WireCoder:
    return wire_coder(datetime(1995, 6, 1, tzinfo=UTC))


def _of_type(events: list, event_type: str) -> list:
    return [e for e in events if e.event_type == event_type]


def _countries(refs: list) -> set[str]:
    return {r.country for r in refs if r.country}


def test_obligation_told_to_an_addressee_is_a_demand(code: WireCoder) -> None:
    events = code("Washington told Pyongyang it must abandon its nuclear programme.")
    requests = _of_type(events, "REQUEST")
    assert requests and _countries(requests[0].actors) == {"USA"}
    assert _countries(requests[0].recipients) == {"PRK"}
    assert "REQUEST" not in event_types(code("The minister told reporters they must wait for the results."))


def test_mandative_after_a_singular_subject(code: WireCoder) -> None:
    events = code("Moscow insisted that Georgia hand back two Russian military helicopters.")
    assert any(_countries(e.recipients) == {"GEO"} for e in _of_type(events, "REQUEST"))
    assert "REQUEST" not in event_types(code("The rebels insisted that the talks are on track."))


def test_a_phrasal_verb_reads_its_own_particle_first(code: WireCoder) -> None:
    back = code("Georgia handed back two Russian helicopters.")
    assert "RETREAT" in event_types(back) and "AID" not in event_types(back)
    over = code("Georgia handed over two tanks to Ukraine.")
    assert any(_countries(e.recipients) == {"UKR"} for e in _of_type(over, "AID"))


def test_surrender_and_readmission_forms(code: WireCoder) -> None:
    for text in (
        "Some 300 Khmer Rouge guerrillas gave themselves up to government troops.",
        "Iraq readmitted U.N. weapons inspectors on Monday.",
    ):
        assert "RETREAT" in event_types(code(text)), text
    assert "RETREAT" not in event_types(code("He gave up smoking last year."))


def test_released_from_hospital_is_no_release(code: WireCoder) -> None:
    assert "RETREAT" not in event_types(code("The former minister was released from hospital on Tuesday."))
    freed = code("Burmese authorities released the opposition leader from prison on Tuesday.")
    assert "RETREAT" in event_types(freed)


def test_commentators_agreeing_is_no_agreement(code: WireCoder) -> None:
    assert "AGREE" not in event_types(code("Economists agree that the Kenyan economy will shrink this year."))
    assert "AGREE" in event_types(code("Kenya and Uganda agreed that their ministers should meet in May."))


def test_a_pledge_kept_after_remain(code: WireCoder) -> None:
    agreed = _of_type(code("The United States remains committed to the peace process."), "AGREE")
    assert agreed and _countries(agreed[0].actors) == {"USA"}
    assert "AGREE" not in event_types(code("The crime was committed in 1990."))


def test_a_monitored_truce_is_no_new_truce(code: WireCoder) -> None:
    events = code("U.N. observers were deployed to monitor a truce between Armenia and Azerbaijan.")
    assert "RETREAT" not in event_types(events)
    withdrawal = code("U.N. observers will monitor the withdrawal of Russian troops from Moldova.")
    assert "RETREAT" in event_types(withdrawal)


def test_easing_forms_and_their_other_senses(code: WireCoder) -> None:
    for text in (
        "The army cut the curfew in Dacca by two hours on Monday.",
        "Indonesia lifted press censorship on Monday.",
        "Israel eased its closure of the Gaza Strip on Tuesday.",
    ):
        assert "CONCEDE" in event_types(code(text)), text
    assert "CONCEDE" not in event_types(code("The bank cut interest rates by half a point."))
    assert "AGREE" in event_types(code("Peru and Ecuador settled on a formula to end the border dispute."))
    assert "AGREE" not in event_types(code("The airline is offering cheaper fares on its Lagos route."))


def test_forces_quitting_a_country_withdraw(code: WireCoder) -> None:
    quit_ = _of_type(code("Vietnamese forces quit Cambodia in September."), "RETREAT")
    assert quit_ and quit_[0].mode == "withdraw"
    resigned = _of_type(code("The Italian prime minister quit on Monday."), "RETREAT")
    assert resigned and resigned[0].mode == "resign"


def test_what_a_plan_calls_for_is_still_to_come(code: WireCoder) -> None:
    events = code("The peace plan calls for the withdrawal of Syrian troops from Lebanon.")
    assert "REQUEST" not in event_types(events)
    assert [e.factuality for e in _of_type(events, "RETREAT")] == ["future"]
    demanded = code("Iran called for the withdrawal of all foreign forces from the Gulf.")
    assert "REQUEST" in event_types(demanded) and "RETREAT" not in event_types(demanded)


def test_a_measure_eased_in_an_agentless_passive(code: WireCoder) -> None:
    assert "CONCEDE" in event_types(code("Restrictions on foreign journalists were eased on Monday."))
    assert "CONCEDE" not in event_types(code("The ban on the striker was lifted after an appeal."))
