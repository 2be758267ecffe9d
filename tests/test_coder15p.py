"""Round 15 (precision): events named only as the topic of another word. What is discussed, or
what talks are on, is open unless it is a known occurrence ("discussed the deployment of
peacekeepers" but "discussed the Russian attack on the embassy"); what an inquiry is into took
place whatever frame is above the inquiry; what an agreement is on, or "provides for", is still to
come; what "depends on" a condition, and the condition, are open. The acts a statement names as
its content ("urged Iraq to withdraw", "agreed to release", "threatened to expel") stay one event,
and a topic a judgement presupposes ("condemned the bombing", "welcomed the release") stays two.
Each rule on sentences of its own construction, beside neighbours that must stay as they were."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from frontwatch.models import Event

from .conftest import WireCoder, event_types, wire_coder


@pytest.fixture(scope="module")
def code() -> WireCoder:
    return wire_coder(datetime(2000, 6, 1, tzinfo=UTC))


def facts(events: list[Event], etype: str) -> set[str]:
    """The factualities of a coder's events of one type."""
    return {e.factuality for e in events if e.event_type == etype}


# --- a topic of discussion is open unless it is a known occurrence -----------------------------


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("NATO ministers discussed the deployment of peacekeepers to Kosovo.", "AID"),
        (
            "Russia and Ukraine discussed the withdrawal of nuclear warheads from Ukrainian territory.",
            "RETREAT",
        ),
        ("Talks on the withdrawal of Russian troops from Moldova ended without agreement.", "RETREAT"),
    ],
)
def test_a_kind_of_act_discussed_is_open(code: WireCoder, text: str, etype: str) -> None:
    assert facts(code(text), etype) == {"hypothetical"}


def test_a_known_occurrence_discussed_stays_actual(code: WireCoder) -> None:
    assert facts(code("The ministers discussed the Russian attack on the embassy."), "ASSAULT") == {"actual"}


def test_a_release_a_meeting_is_to_discuss_is_the_meetings_business(code: WireCoder) -> None:
    events = code(
        "Syrian and Iranian ministers met in Damascus to discuss the release of hostages held in Lebanon."
    )
    assert event_types(events) == {"CONSULT"}


# --- what an inquiry is into took place -------------------------------------------------------


def test_the_act_an_inquiry_is_into_took_place(code: WireCoder) -> None:
    events = code(
        "Pakistan's prime minister ordered an inquiry into the shooting of protesters by police in Karachi."
    )
    assert facts(events, "ASSAULT") == {"actual"}
    assert facts(events, "ACCUSE") == {"future"}


def test_an_act_investigated_stays_beside_the_investigation(code: WireCoder) -> None:
    events = code("Police in Karachi investigated the killing of two American consular staff.")
    assert facts(events, "ASSAULT") == {"actual"} and facts(events, "ACCUSE") == {"actual"}


# --- what an agreement provides is still to come -----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The agreement on the withdrawal of Russian troops from Estonia was signed in Moscow.",
        "The accord provides for the withdrawal of foreign troops within 90 days.",
    ],
)
def test_what_an_agreement_provides_is_still_to_come(code: WireCoder, text: str) -> None:
    assert facts(code(text), "RETREAT") == {"future"}


# --- what depends on a condition is open -----------------------------------------------------


def test_what_depends_on_a_condition_and_the_condition_are_open(code: WireCoder) -> None:
    events = code(
        "The rebels said the release of the hostages depended on the government meeting their demands."
    )
    assert facts(events, "RETREAT") == {"hypothetical"} and facts(events, "CONCEDE") == {"hypothetical"}
    events = code("The talks depend on the rebels releasing the hostages first.")
    assert facts(events, "RETREAT") == {"hypothetical"}


# --- content stays one event, a presupposed topic stays two ------------------------------------


@pytest.mark.parametrize(
    ("text", "types"),
    [
        ("The Security Council urged Iraq to withdraw its troops from the border area.", {"REQUEST"}),
        ("Hamas agreed to release two Israeli hostages in exchange for prisoners.", {"AGREE"}),
        ("Pakistan demanded the withdrawal of Indian troops from the Siachen glacier.", {"REQUEST"}),
        ("Iraq threatened to expel U.N. weapons inspectors.", {"THREATEN"}),
        ("The rebels refused to release the hostages until their demands were met.", {"REJECT"}),
        ("Egypt condemned the bombing of the Israeli embassy in Buenos Aires.", {"ACCUSE", "ASSAULT"}),
        ("Jordan mediated the release of the Israeli agents held in Amman.", {"CONSULT", "RETREAT"}),
        ("Clinton welcomed the release of the two American diplomats.", {"SUPPORT", "RETREAT"}),
    ],
)
def test_content_is_one_event_and_a_presupposed_topic_two(
    code: WireCoder, text: str, types: set[str]
) -> None:
    assert event_types(code(text)) == types
