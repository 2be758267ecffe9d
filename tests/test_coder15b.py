"""Round 15 (gsr15b), recall on 1990s–2000s wire phrasings of MOBILIZE, PROTEST, REJECT, REQUEST,
RETREAT, SANCTION, SUPPORT and THREATEN: a truce called, arms put beyond use or handed to UN
peacekeepers, an envoy ordered out, a reply warned of, food refused, a flag torn down, polls
stayed away from, young men recruited, supporters armed, and stern measures announced on a
condition; each rule on sentences of its own construction, beside the readings that must not move."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from .conftest import WireCoder, event_types, typed_facts, wire_coder


@pytest.fixture(scope="module")
def code() -> WireCoder:
    return wire_coder(datetime(2025, 6, 1, tzinfo=UTC))


def _modes(events: list, event_type: str) -> set[str | None]:
    return {e.mode for e in events if e.event_type == event_type}


# --- retreat: a truce called, arms put beyond use or laid down before UN peacekeepers ------------


def test_a_truce_called_is_a_ceasefire(code: WireCoder) -> None:
    events = code("Colombian rebels called a truce for the Christmas holidays.")
    assert _modes(events, "RETREAT") == {"ceasefire"}
    assert "REQUEST" in event_types(code("The opposition in Colombia called for a truce."))


def test_a_truce_named_a_sham_is_no_ceasefire(code: WireCoder) -> None:
    events = code("Hamas called the truce a sham.")
    assert "RETREAT" not in event_types(events)
    assert "ACCUSE" in event_types(events)
    assert "PROTEST" not in event_types(code("The union called the strike a success."))
    assert "RETREAT" not in event_types(code("Israel called the truce into question on Tuesday."))


def test_arms_put_beyond_use_are_laid_down(code: WireCoder) -> None:
    assert _modes(code("The IRA has put its weapons beyond use."), "RETREAT") == {"disarm"}


def test_arms_handed_to_un_peacekeepers_are_laid_down_to_a_state_supplied(code: WireCoder) -> None:
    events = code("The rebels handed over their weapons to UN peacekeepers in Sierra Leone.")
    assert _modes(events, "RETREAT") == {"disarm"}
    assert "AID" not in event_types(events)
    events = code("Poland handed over its tanks to Ukraine.")
    assert ("AID", "actual", ("POL",)) in typed_facts(events)
    assert "RETREAT" not in event_types(events)


def test_earnings_released_are_no_release(code: WireCoder) -> None:
    assert "RETREAT" not in event_types(code("The company released its quarterly earnings on Thursday."))


# --- sanction: an envoy ordered out ------------------------------------------------------------


def test_an_envoy_ordered_out_is_expelled(code: WireCoder) -> None:
    events = code("Sudan ordered the British ambassador out of the country.")
    assert _modes(events, "SANCTION") == {"expel"}
    events = code("Zimbabwe ordered the Danish envoy out of the country on Monday.")
    assert _modes(events, "SANCTION") == {"expel"}
    assert "REQUEST" not in event_types(events)
    assert "SANCTION" not in event_types(code("The coach ordered the players out of the dressing room."))


# --- threats: a reply warned of, stern measures on a condition ---------------------------------


def test_a_crushing_reply_warned_of_is_a_threat(code: WireCoder) -> None:
    events = code("Hizbollah warned Israel of a crushing reply to any attack.")
    assert ("THREATEN", "actual", ("LBN",)) in typed_facts(events)
    assert "THREATEN" not in event_types(code("The doctor warned of a delayed reply from the clinic."))


@pytest.mark.parametrize(
    "text",
    [
        "China said it would take firm measures if Taiwan declared independence.",
        "The Indian army said it would take tough action against any intruders.",
        "The Israeli army said it would continue to take firm measures if the attacks went on.",
    ],
)
def test_stern_measures_on_a_condition_are_a_threat(code: WireCoder, text: str) -> None:
    threats = [e for e in code(text) if e.event_type == "THREATEN"]
    assert threats and all(e.factuality == "actual" for e in threats)


@pytest.mark.parametrize(
    "text",
    [
        "The government took firm measures to restore order in Jakarta.",
        "The central bank said it would take firm measures to curb inflation.",
        "The ministry said it would take necessary steps to protect consumers.",
    ],
)
def test_measures_taken_or_aimed_at_a_goal_are_no_threat(code: WireCoder, text: str) -> None:
    assert "THREATEN" not in event_types(code(text))


# --- protest: food refused, a flag torn down, polls stayed away from -----------------------------


def test_food_refused_is_a_hunger_strike(code: WireCoder) -> None:
    events = code("The Kurdish leader has been refusing food for ten days in his cell in Ankara.")
    assert _modes(events, "PROTEST") == {"hunger"}
    assert "REJECT" not in event_types(events)
    events = code("The toddler refused food at lunch.")
    assert not event_types(events) & {"PROTEST", "REJECT"}
    events = code("The Taliban refused food deliveries to the besieged city.")
    assert "PROTEST" not in event_types(events)
    assert "REJECT" in event_types(events)


def test_a_flag_torn_down_by_protesters_is_vandalism(code: WireCoder) -> None:
    events = code("Serb protesters tore down the flag of the US embassy in Belgrade.")
    assert _modes(events, "PROTEST") == {"vandalize"}
    assert "PROTEST" not in event_types(code("The workers tore down the old stage after the concert."))


def test_a_party_staying_away_from_the_polls_boycotts_voters_do_not(code: WireCoder) -> None:
    events = code("The main opposition party in Bangladesh stayed away from the polls.")
    assert _modes(events, "PROTEST") == {"boycott"}
    assert "PROTEST" not in event_types(code("Many voters stayed away from the polls because of the rain."))


# --- mobilize: young men recruited, supporters armed ---------------------------------------------


def test_young_men_recruited_by_a_militia_is_mobilisation(code: WireCoder) -> None:
    events = code("Hutu militias recruited hundreds of young men in the camps in eastern Zaire.")
    assert _modes(events, "MOBILIZE") == {"militia"}
    assert "MOBILIZE" not in event_types(code("The factory recruited 300 young men for the night shift."))


def test_supporters_armed_raise_a_militia(code: WireCoder) -> None:
    events = code("The Liberian opposition armed its supporters ahead of the vote.")
    assert _modes(events, "MOBILIZE") == {"militia"}
    assert "AID" not in event_types(events)
