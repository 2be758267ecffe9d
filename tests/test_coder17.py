"""Round 17, the event coder's open faults, each as a general rule on sentences of its own
construction: armed entries read as a move or as force (the codebook note in
tests/golden/README.md), a dateline's dash the parser hung on the next word, a measure announced
(no threat without a condition), a saying conjoined to a demand, forces let use a state's bases,
a mission's visit to a region, and a bare "the test" that tells an earlier nuclear test again."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from .conftest import WireCoder, event_types, typed_facts, wire_coder


@pytest.fixture(scope="module")
def code() -> WireCoder:
    return wire_coder(datetime(2008, 6, 1, tzinfo=UTC))


def _of_type(events: list, event_type: str) -> list:
    return [e for e in events if e.event_type == event_type]


# --- armed entries: a move, unless the parse tells force ----------------------------------------


def test_entry_at_home_or_unplaced_is_a_move(code: WireCoder) -> None:
    for text, state in (
        ("Nigerian troops entered the town of Bama on Sunday.", "NGA"),
        ("Russian soldiers entered the village on Tuesday.", "RUS"),
        ("Colombian troops entered the town at the request of the mayor.", "COL"),
    ):
        events = code(text)
        assert ("MOBILIZE", "actual", (state,)) in typed_facts(events), text
        assert "ASSAULT" not in event_types(events), text
        assert all(not e.recipients for e in _of_type(events, "MOBILIZE")), text


def test_entry_by_force_or_abroad_is_an_assault(code: WireCoder) -> None:
    for text, state, target in (
        ("Ugandan rebels entered the town of Gulu on Monday.", "UGA", None),
        ("Vietnamese troops entered Cambodia on Tuesday.", "VNM", "KHM"),
        ("Pakistani troops entered the militant-held town of Mingora on Saturday.", "PAK", None),
        ("Russian troops entered the town of Zugdidi on Monday.", "RUS", "GEO"),
        ("Libyan troops entered the town after fierce fighting.", "LBY", None),
    ):
        assaults = _of_type(code(text), "ASSAULT")
        assert [tuple(a.country for a in e.actors) for e in assaults] == [(state,)], text
        if target is not None:
            assert {r.country for r in assaults[0].recipients} == {target}, text
        assert "MOBILIZE" not in event_types(code(text)), text


def test_entry_with_the_hosts_forces_is_a_move(code: WireCoder) -> None:
    events = code("KABUL, June 3 (Reuters) - U.S. and Afghan troops entered the town of Musa Qala on Monday.")
    assert "ASSAULT" not in event_types(events)
    assert any({a.country for a in e.actors} == {"USA", "AFG"} for e in _of_type(events, "MOBILIZE"))


# --- measures announced --------------------------------------------------------------------------


def test_measure_announced_outright_is_no_threat(code: WireCoder) -> None:
    for text in (
        "The prime minister said the government would impose a curfew in the capital.",
        "Britain will expel four Russian diplomats, the foreign secretary said.",
    ):
        assert "THREATEN" not in event_types(code(text)), text
    assert "THREATEN" in event_types(
        code(
            "Britain will expel four Russian diplomats unless Moscow hands over the suspect,"
            " the foreign secretary said."
        )
    )


# --- a saying conjoined to a demand --------------------------------------------------------------


def test_conjoined_saying_is_no_content_of_the_demand(code: WireCoder) -> None:
    events = code("ECOWAS called for restraint and said it would send a mediation team to Bissau.")
    requests = _of_type(events, "REQUEST")
    assert [e.mode for e in requests] == [None]
    assert ("CONSULT", "future", ("ECOWAS",)) in typed_facts(events)


# --- bases lent, missions visiting ---------------------------------------------------------------


def test_forces_let_use_bases_is_cooperation(code: WireCoder) -> None:
    events = code("Kyrgyzstan allowed American planes to use the Manas air base.")
    coop = _of_type(events, "COOPERATE")
    assert [({a.country for a in e.actors}, {r.country for r in e.recipients}) for e in coop] == [
        ({"KGZ"}, {"USA"})
    ]
    assert "COOPERATE" not in event_types(code("The army allowed its soldiers to leave the barracks."))


def test_a_mission_visiting_a_region_consults(code: WireCoder) -> None:
    assert ("CONSULT", "future", ("EU",)) in typed_facts(
        code("An EU delegation will visit the area on Friday.")
    )
    assert "CONSULT" not in event_types(code("The governor visited the flood zone on Friday."))


# --- an event noun told again --------------------------------------------------------------------


def test_bare_noun_after_a_multiword_event_noun(code: WireCoder) -> None:
    events = code(
        "Iran carried out a missile test on Sunday. Israel said the test had been conducted near Semnan."
    )
    tests = _of_type(events, "MOBILIZE")
    assert len(tests) == 2
    assert {a.country for e in tests for a in e.actors} == {"IRN"}
    assert not _of_type(code("The blood test was carried out on Sunday, Iranian police said."), "MOBILIZE")
