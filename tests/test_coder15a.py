"""Round 15a, the coder's general causes on agency copy: a verdict told by a copula ("the
sanctions were a mistake, the minister said"), discontent voiced, a lemmatizer slip onto another
entry's verb ("raped" read as "rap"), a gerund subject read as the verbal noun it is ("Fighting
between the army and rebels killed 30"), curbs lifted, suspects taken away, debt rescheduled;
each rule on sentences of its own construction, beside the readings that must not move."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from .conftest import WireCoder, event_types, typed_facts, wire_coder


@pytest.fixture(scope="module")
def code() -> WireCoder:
    return wire_coder(datetime(2025, 6, 1, tzinfo=UTC))


def _actors(events: list, event_type: str) -> set[str | None]:
    return {a.country for e in events if e.event_type == event_type for a in e.actors}


# --- a copula verdict is its speaker's criticism; a neutral attribute is none -----------------


def test_copula_verdict_is_the_speakers_accusation(code: WireCoder) -> None:
    events = code("Iran's foreign minister said the resolution was a provocation.")
    assert ("ACCUSE", "actual", ("IRN",)) in typed_facts(events)
    events = code("The decision to expel the diplomats was a grave mistake, Russia's foreign minister said.")
    assert "RUS" in _actors(events, "ACCUSE")


def test_neutral_copula_or_no_speaker_is_no_accusation(code: WireCoder) -> None:
    for text in (
        "The weather was a major factor in the delay, officials said.",
        "The film was a critical success, the producer said.",
        "The sanctions were a mistake.",
        "The result was an error of the computer system, the company said.",
    ):
        assert "ACCUSE" not in event_types(code(text)), text


# --- discontent voiced ------------------------------------------------------------------------


def test_voiced_dissatisfaction_is_disapproval(code: WireCoder) -> None:
    assert "CHN" in _actors(
        code("Beijing voiced strong dissatisfaction with the arms sale to Taiwan."), "ACCUSE"
    )
    assert "JPN" in _actors(code("Japan expressed reservations about the plan."), "ACCUSE")
    assert "ACCUSE" not in event_types(code("The hotel has reservations for 200 guests."))


# --- a lemma that matches no entry gives way to the form spelled out --------------------------


def test_raped_is_no_rap(code: WireCoder) -> None:
    events = code("Indian soldiers raped dozens of women in the village, witnesses said.")
    assert {e.mode for e in events if e.event_type == "ASSAULT"} == {"sexual"}
    assert "ACCUSE" in event_types(code("Germany rapped Iran for its nuclear programme."))
    assert not event_types(code("The singer rapped about life in the ghetto."))


# --- a gerund subject with a phrase of its own is a verbal noun --------------------------------


def test_fighting_between_parties_names_them(code: WireCoder) -> None:
    events = code("Fighting between Indian troops and Pakistani soldiers killed 12 people.")
    assert {"IND", "PAK"} <= _actors(events, "ASSAULT")


def test_other_gerund_subjects_report_nothing(code: WireCoder) -> None:
    assert not event_types(code("Swimming in the lake is popular in summer."))
    assert not event_types(code("Bidding for the contract closed on Friday."))


# --- curbs lifted, dissidents taken away, debt rescheduled -------------------------------------


def test_curbs_lifted_is_a_concession(code: WireCoder) -> None:
    assert ("CONCEDE", "actual", ("CHN",)) in typed_facts(code("China lifted the curbs on the press."))


def test_taken_away_by_police_is_an_arrest(code: WireCoder) -> None:
    events = code("Chinese police took the dissident away from his home.")
    assert {e.mode for e in events if e.event_type == "COERCE"} == {"arrest"}
    assert "COERCE" not in event_types(code("Rescuers took the injured away in ambulances."))


def test_debt_rescheduled_is_aid(code: WireCoder) -> None:
    assert "JPN" in _actors(code("Japan rescheduled Indonesia's debt."), "AID")
    assert "AID" not in event_types(code("The airline rescheduled its flights."))
