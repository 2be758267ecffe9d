"""Round 17, claimants and back-references on sentences of our own: a sentence-final speaker the
parse made the last conjunct, a relative clause inside reported speech (the outlet's), a "that" clause
hung on a noun, the staff of an office holder's office, Western sources, officials cited under a foreign
dateline; a plural pronoun in a time clause or an object relative, a numbered plural referring
back to a list, and a mediator who is no side of "both sides" — each beside the reading that
must not move."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from frontwatch.attribution import find_source
from frontwatch.discourse import listed
from frontwatch.models import Event
from frontwatch.nlp import parse
from frontwatch.resolve.actors import ActorDictionary
from frontwatch.syntax import Tree

from .conftest import WireCoder, wire_coder


@pytest.fixture(scope="module")
def code() -> WireCoder:
    return wire_coder(datetime(2025, 6, 1, tzinfo=UTC))


def _speaker(model: Any, text: str, word: str) -> str | None:
    sent = parse(text, model).sentences[0]
    trigger = next(t.i for t in sent.tokens if t.text == word)
    src = find_source(Tree(sent), trigger)
    return sent.tokens[src.speaker].text if src else None


def _claims(events: list[Event], event_type: str) -> set[str | None]:
    return {e.attribution.country if e.attribution else None for e in events if e.event_type == event_type}


def _parties(events: list[Event], event_type: str, side: str = "actors") -> set[str | None]:
    return {a.country for e in events if e.event_type == event_type for a in getattr(e, side)}


# --- find_source: who says a clause ----------------------------------------------------------

SPEAKERS = [
    # a final saying the parse made the last conjunct tells both clauses before it
    ("Overnight, Russia fired 40 drones at Odesa, and the city lost power, Ukraine's air force said.",
     "fired", "force"),
    # a reporting conjunct with content of its own is a new main clause
    ("Russia fired 40 drones at Kyiv overnight, and Ukraine said it would respond.", "fired", None),
    # a relative clause inside a report is the outlet's description of its noun, set off or not
    ("Rwanda has denied that it arms the M23 rebels, who seized Goma in January.", "seized", None),
    ("The ministry said the troops that arrived on Friday would stay.", "arrived", None),
    ("Mali announced its withdrawal from ECOWAS, which it accuses of serving French interests.", "accuses",
     None),
    # a "that" clause the parse hung on "call" as a relative clause is what was told
    ("Erdogan told Putin in a phone call that Turkey would not join any sanctions against Russia, a Turkish "
     "official said.", "sanctions", "Erdogan"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "word", "speaker"), SPEAKERS, ids=[f"{c[0][:30]}-{c[1]}" for c in SPEAKERS])
def test_speaker(model: Any, text: str, word: str, speaker: str | None) -> None:
    assert _speaker(model, text, word) == speaker


# --- whose voice a speaker is ------------------------------------------------------------------


def test_an_official_in_a_leaders_office_speaks_for_the_leaders_state(code: WireCoder) -> None:
    assert _claims(
        code("Erdogan rejected the Swedish proposal, an official in his office said."), "REJECT"
    ) == {"TUR"}


def test_western_sources_speak_for_the_west_not_the_dateline(code: WireCoder) -> None:
    assert _claims(code("Russia has sent 200 military instructors to Mali, according to Western security "
                        "sources."), "AID") == {"WST"}  # fmt: skip
    events = code("NIAMEY, March 3 (Reuters) - Russia has sent 200 military instructors to Niger, Western "
                  "intelligence officials said.")  # fmt: skip
    assert _claims(events, "AID") == {"WST"}


def test_officials_cited_under_a_foreign_dateline_are_not_its_state(code: WireCoder) -> None:
    events = code("DOHA, Aug 3 (Reuters) - Israeli strikes killed 12 people in Khan Younis overnight, "
                  "according to health officials.")  # fmt: skip
    assert "QAT" not in _claims(events, "ASSAULT")
    # a state body cited by its name is still the dateline state's
    events = code("KHARTOUM, May 3 (Reuters) - Gunmen killed 12 villagers in a town, according to the "
                  "interior ministry.")  # fmt: skip
    assert _claims(events, "ASSAULT") == {"SDN"}


# --- plural back-references --------------------------------------------------------------------


def test_listed_reads_a_list_of_parties_off_the_surface(model: Any) -> None:
    sent = parse("Niger, Mali and Burkina Faso left ECOWAS on Wednesday.", model).sentences[0]
    found = listed(Tree(sent), ActorDictionary.load().match(sent, None))
    assert [sorted(e.country or "" for e in parties) for _, parties in found] == [["BFA", "MLI", "NER"]]


def test_a_numbered_plural_refers_back_to_a_list_of_that_many(code: WireCoder) -> None:
    events = code("Ethiopia, Eritrea and Somalia signed a security pact on Monday. A week later, the three "
                  "governments announced their withdrawal from the talks.")  # fmt: skip
    assert _parties(events, "SANCTION") == {"ETH", "ERI", "SOM"}


def test_the_subject_of_an_object_relative_is_not_its_head_noun(code: WireCoder) -> None:
    events = code("Niger, Mali and Burkina Faso left ECOWAS, which they accuse of serving French interests.")
    assert _parties(events, "ACCUSE") == {"NER", "MLI", "BFA"}
    assert _parties(events, "ACCUSE", "recipients") == {"ECOWAS"}


def test_they_in_a_time_clause_continues_the_main_subject(code: WireCoder) -> None:
    events = code("Representatives of the Karabakh Armenians held talks with Azerbaijani officials on "
                  "Thursday, a day after they agreed to disarm.")  # fmt: skip
    assert _parties(events, "AGREE") == {"ARM"}
    # with a party as the main verb's object, "they" is left to the nearer reading
    events = code("Kenyan police detained four Ugandan activists after they staged a protest in Nairobi.")
    assert _parties(events, "PROTEST") == {"UGA"}


def test_one_who_speaks_to_both_sides_is_no_side(code: WireCoder) -> None:
    events = code("Armenia and Azerbaijan exchanged fire along their border on Tuesday. French President "
                  "Emmanuel Macron spoke to the leaders of both countries, and Russia called on both sides "
                  "to show restraint.")  # fmt: skip
    assert _parties(events, "REQUEST", "recipients") == {"ARM", "AZE"}
