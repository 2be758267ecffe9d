"""Round 11, precision: words coded in a sense that is no event of that type, one event told
twice, and a type chosen by who acts; each rule on sentences of its own construction, beside the
neighbouring readings that must stay as they were."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

import pytest

from frontwatch.config import Settings
from frontwatch.evaluate import default_coder
from frontwatch.models import Event

Code = Callable[[str], list[Event]]


@pytest.fixture(scope="module")
def code() -> Code:
    coder = default_coder(Settings(allow_network=False))
    published = datetime(2025, 5, 6, tzinfo=UTC)
    return lambda text: coder(text, published)


def _kinds(events: list[Event]) -> set[tuple[str, str | None, tuple[str, ...]]]:
    """(type, mode, actor countries) of each event."""
    return {(e.event_type, e.mode, tuple(sorted(a.country or "-" for a in e.actors))) for e in events}


def _types(events: list[Event]) -> set[str]:
    return {e.event_type for e in events}


# --- peacekeeping is read off the troops, not off a clause about a mission --------------------


def test_officers_sent_to_study_a_mission_are_no_peacekeepers(code: Code) -> None:
    events = code(
        "The United Nations sent 30 military officers to Kosovo on Tuesday to study the feasibility "
        "of a peacekeeping mission."
    )
    assert ("MOBILIZE", "troops", ("UN",)) in _kinds(events)
    assert "AID" not in _types(events)


@pytest.mark.parametrize(
    "text",
    [
        "Ghana sent 500 peacekeepers to Lebanon.",
        "Ghana sent 500 soldiers to Lebanon to serve with the UN peacekeeping force.",
        "Ghana sent 500 troops to Lebanon to join the UN peacekeeping force.",
    ],
)
def test_troops_sent_as_peacekeepers_are_aid(code: Code, text: str) -> None:
    events = code(text)
    assert ("AID", None, ("GHA",)) in _kinds(events)
    assert "MOBILIZE" not in _types(events)


# --- entering a country "illegally" is a border crossing, no armed entry ------------------------


def test_illegal_entry_is_no_attack(code: Code) -> None:
    events = code(
        "Kenya has granted asylum to 12 Ethiopian rebels who entered the country illegally last year."
    )
    assert ("AID", None, ("KEN",)) in _kinds(events)
    assert "ASSAULT" not in _types(events)


def test_rebels_entering_a_town_still_attack(code: Code) -> None:
    assert ("ASSAULT", None, ("ETH",)) in _kinds(
        code("Ethiopian rebels entered the town of Gondar on Monday.")
    )


# --- a protest's damage is the protest --------------------------------------------------------


def test_riot_told_by_its_acts_is_one_protest(code: Code) -> None:
    events = code(
        "Inmates rioted on Sunday at a prison in southern Chile, setting fire to bedding and smashing "
        "windows, officials said."
    )
    assert ("PROTEST", "riot", ("CHL",)) in _kinds(events)
    assert "ASSAULT" not in _types(events)


def test_damage_by_another_party_stays_an_attack(code: Code) -> None:
    events = code("Inmates rioted at a prison in southern Chile after gunmen set fire to the main gate.")
    assert {"PROTEST", "ASSAULT"} <= _types(events)


def test_protesters_setting_fire_is_vandalism(code: Code) -> None:
    events = code("Protesters set fire to a police station in Nairobi on Tuesday.")
    assert ("PROTEST", "vandalize", ("KEN",)) in _kinds(events)
    assert "ASSAULT" not in _types(events)


def test_rebels_torching_a_village_is_an_attack(code: Code) -> None:
    events = code("Rebels torched a village in northern Mali on Tuesday.")
    assert ("ASSAULT", "destroy", ("MLI",)) in _kinds(events)
    assert "PROTEST" not in _types(events)


# --- the topic of a meeting is no act of those who meet -----------------------------------------


def test_topic_of_a_summit_is_no_act_of_its_attendee(code: Code) -> None:
    events = code("President Biden is scheduled to attend a summit in Geneva on the unrest in Iran.")
    assert any(e.event_type == "CONSULT" and e.factuality == "future" for e in events)
    assert not any(e.event_type == "PROTEST" and any(a.country == "USA" for a in e.actors) for e in events)


def test_light_verb_with_its_own_preposition_keeps_the_noun(code: Code) -> None:
    events = code("Thousands of workers went on strike in France on Monday.")
    assert ("PROTEST", "strike", ("FRA",)) in _kinds(events)


# --- what a ban forbids is no event --------------------------------------------------------------


def test_banned_demonstrations_are_no_protest(code: Code) -> None:
    events = code("Authorities in Nairobi imposed a ban on demonstrations on Tuesday.")
    assert ("COERCE", "restrict", ("KEN",)) in _kinds(events)
    assert "PROTEST" not in _types(events)


def test_restricted_rallies_are_no_act_of_the_government(code: Code) -> None:
    assert "PROTEST" not in _types(code("Egypt extended restrictions on rallies ahead of the vote."))


def test_protests_cracked_down_on_took_place(code: Code) -> None:
    assert {"COERCE", "PROTEST"} <= _types(code("Police launched a crackdown on protests in Tehran."))


# --- a subject the parser conjoined into an opening phrase ---------------------------------------


def test_subject_after_a_fronted_phrase(code: Code) -> None:
    events = code("After a night of talks in Doha, Israel and Hamas agreed to a ceasefire.")
    assert ("AGREE", None, ("ISR", "PSE")) in _kinds(events)
