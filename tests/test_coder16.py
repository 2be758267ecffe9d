"""Round 16, the coder faults the blind probe probe15 left open, each as a general rule on
sentences of its own construction: a hyphenated protest noun ("sit-in") seen by the sentence
filter, emergency powers reimposed, a team sent typed by its task or its members, an answer to a
hostile act announced (a threat), two toll verbs of one attack, a named party suspended, a
carrier's flights, the aim of a means used, and a past event remembered."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from .conftest import WireCoder, event_types, typed_facts, wire_coder


@pytest.fixture(scope="module")
def code() -> WireCoder:
    return wire_coder(datetime(2025, 6, 1, tzinfo=UTC))


def _of_type(events: list, event_type: str) -> list:
    return [e for e in events if e.event_type == event_type]


# --- a sit-in announced by a group no dictionary knows -----------------------------------------


def test_hyphenated_protest_noun_reaches_the_coder(code: WireCoder) -> None:
    for text in (
        "Tribal groups will hold a sit-in in Imphal on Thursday.",
        "Civil society groups will hold a sit-in in Imphal on Thursday.",
    ):
        protests = _of_type(code(text), "PROTEST")
        assert [e.factuality for e in protests] == ["future"], text
    assert "PROTEST" not in event_types(code("The children sat in the back of the bus."))


# --- emergency powers reimposed, as imposed ----------------------------------------------------


def test_reimposed_emergency_powers_are_coercion(code: WireCoder) -> None:
    assert ("COERCE", "actual", ("LKA",)) in typed_facts(
        code("Sri Lanka reimposed a state of emergency after the riots.")
    )
    assert ("COERCE", "actual", ("THA",)) in typed_facts(
        code("Thailand reimposed martial law in three southern provinces.")
    )
    assert ("COERCE", "actual", ("PAK",)) in typed_facts(
        code("Pakistan reimposed the emergency ordinance in Balochistan.")
    )
    for text in ("The government reimposed the tax on fuel imports.", "The league reimposed the salary cap."):
        assert not event_types(code(text)) & {"COERCE", "SANCTION"}, text


# --- a team sent is typed by its task or its members -------------------------------------------


def test_team_sent_is_typed_by_task_or_members(code: WireCoder) -> None:
    consult = _of_type(code("Egypt sent a mediation team to Gaza on Monday."), "CONSULT")
    assert [(e.mode, e.factuality) for e in consult] == [("third-party", "actual")]
    aid = _of_type(code("The UN will send a team of experts to Khartoum."), "AID")
    assert [e.factuality for e in aid] == ["future"]
    assert not event_types(code("The club will send a team of scouts to the tournament."))


# --- an answer to a hostile act announced is a threat ------------------------------------------


def test_announced_answer_is_a_threat(code: WireCoder) -> None:
    assert ("THREATEN", "actual", ("RUS",)) in typed_facts(
        code("Moscow said it would respond to the sanctions.")
    )
    assert ("THREATEN", "actual", ("PAK",)) in typed_facts(
        code("Pakistan said it would hunt down the attackers.")
    )
    vowed = code("Iran vowed to respond to any attack on its territory.")
    assert "THREATEN" in event_types(vowed) and "AGREE" not in event_types(vowed)
    for text in (  # an answer reported, denied or still awaited is no threat
        "Moscow responded to the expulsion by expelling ten British diplomats.",
        "The minister said he would respond to the letter next week.",
        "Paris has yet to react to the expulsion of its diplomats by Algeria.",
        "Russia will not respond to the provocation, the Kremlin said.",
    ):
        assert "THREATEN" not in event_types(code(text)), text


# --- one attack, its toll told by two verbs ----------------------------------------------------


def test_toll_verbs_of_one_attack_are_one_assault(code: WireCoder) -> None:
    events = code("Israeli forces killed two Palestinians and wounded 15 others in a raid in Nablus.")
    assert len([e for e in _of_type(events, "ASSAULT") if e.actors]) == 1
    events = code("Russian missiles killed five civilians and injured 20 in Kharkiv.")
    assert len(_of_type(events, "ASSAULT")) == 1
    events = code("Israeli forces killed two Palestinians and arrested 15 in Nablus.")
    assert {"ASSAULT", "COERCE"} <= event_types(events)


# --- a named party suspended; a carrier's flights ----------------------------------------------


def test_named_party_suspended(code: WireCoder) -> None:
    sanction = _of_type(
        code("The African Union suspended Niger following the military takeover."), "SANCTION"
    )
    assert [{r.country for r in e.recipients} for e in sanction] == [{"NER"}]
    censor = _of_type(code("Israel suspended Al Jazeera for 45 days."), "COERCE")
    assert [e.mode for e in censor] == ["censor"]
    assert not event_types(code("The club suspended its coach for two matches."))


def test_carrier_flights_are_no_state_sanction(code: WireCoder) -> None:
    for text in (
        "Turkish Airlines suspended flights to Iran.",
        "Air India suspended its flights to Tel Aviv.",
    ):
        assert "SANCTION" not in event_types(code(text)), text
    assert ("SANCTION", "actual", ("RUS",)) in typed_facts(code("Russia suspended flights to Georgia."))


# --- the aim of a means used; a past event remembered ------------------------------------------


def test_aim_of_a_means_used_is_no_second_event(code: WireCoder) -> None:
    for text in (
        "Police used tear gas to disperse protesters in Nairobi on Tuesday.",
        "Police used tear gas and water cannon to disperse the protesters in Tbilisi.",
    ):
        events = code(text)
        assert "ASSAULT" in event_types(events), text
        assert not [e for e in _of_type(events, "COERCE") if e.factuality == "actual"], text


def test_remembered_event_is_no_news(code: WireCoder) -> None:
    assert "COERCE" not in event_types(code("The ceremony commemorates the deportation of Chechens in 1944."))
    assert "ASSAULT" not in event_types(
        code("Armenians mourned the victims of the 1915 massacres in Yerevan.")
    )
    assert "COERCE" in event_types(code("Azerbaijan deported two Russian journalists."))
