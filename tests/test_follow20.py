"""Session 20 general-news rules (follow20): ordinary news told with conflict words is no event
of that kind. Accidents of a fuel ("when a gas cylinder exploded"), hazards told by an
infinitival or relative clause ("the third storm to strike Madagascar"), a name that only says
whose ally someone is ("a Kremlin ally") as no place, a team "of" armed men deployed as a force,
one crowd's second verb as the same protest, prizes and bans in games, fights at law or for
customers, civilians crossing a border, and civilians deployed or expelled from a party."""

from __future__ import annotations

from datetime import UTC, datetime
from functools import cache

from frontwatch.models import Event

from .conftest import WireCoder, wire_coder


@cache
def _coder() -> WireCoder:
    return wire_coder(datetime(2026, 2, 2, tzinfo=UTC))


def _code(text: str) -> list[Event]:
    return _coder()(text)


def _types(text: str) -> list[str]:
    return [e.event_type for e in _code(text)]


def test_a_fuel_burst_in_a_when_clause_is_an_accident() -> None:
    assert "ASSAULT" not in _types(
        "Nine worshippers were killed when a gas cylinder exploded inside a mosque in Kano."
    )
    assert "ASSAULT" not in _types(
        "Five people were killed when a fuel tanker exploded on a highway in Nigeria."
    )


def test_a_bomb_in_a_when_clause_stays_an_attack() -> None:
    assert "ASSAULT" in _types(
        "Five soldiers were killed when a roadside bomb exploded near their convoy in Mali."
    )


def test_a_hazard_told_by_an_infinitival_clause_is_no_attack() -> None:
    assert "ASSAULT" not in _types("The cyclone was the third powerful storm to strike Madagascar this year.")
    assert "ASSAULT" not in _types(
        "Typhoon Kalmaegi was the second deadly typhoon to hit the Philippines in a week."
    )


def test_an_ally_phrase_places_no_event() -> None:
    events = [
        e
        for e in _code("A Kremlin ally vetoed the EU's sanctions package on Thursday.")
        if e.event_type == "REJECT"
    ]
    assert events and all(e.location is None or e.location.country != "RUS" for e in events)
    events = [
        e
        for e in _code("An ally of the Kremlin vetoed the EU's sanctions package.")
        if e.event_type == "REJECT"
    ]
    assert events and all(e.location is None or e.location.country != "RUS" for e in events)


def test_a_team_of_special_forces_is_a_force() -> None:
    types = _types("A rapid response team of special forces was deployed to the border town on Monday.")
    assert "MOBILIZE" in types and "AID" not in types
    assert _types("Chile deployed an emergency response team to help flood victims in the south.") == ["AID"]


def test_civilians_deployed_are_no_force() -> None:
    assert "MOBILIZE" not in _types("The government deployed nurses to the flooded province.")
    assert "MOBILIZE" not in _types(
        "A British team of scientists was deployed to Antarctica to study the ice."
    )
    assert "MOBILIZE" in _types("Egypt deployed troops to the border with Gaza.")


def test_one_crowd_told_by_two_verbs_is_one_protest() -> None:
    assert _types("Protesters marched to parliament in Nairobi and set fire to tyres on Tuesday.") == [
        "PROTEST"
    ]
    assert _types("Thousands of demonstrators marched through Belgrade and blocked the main bridge.") == [
        "PROTEST"
    ]
    assert _types("Workers went on strike and marched to the ministry in Athens.") == ["PROTEST", "PROTEST"]


def test_prizes_and_bans_in_games_are_no_coercion() -> None:
    assert "COERCE" not in _types("The Chinese swimmer captured gold in the 100 metres freestyle in Paris.")
    assert "COERCE" not in _types(
        "The Brazilian striker was banned for three matches for elbowing an opponent."
    )
    assert "COERCE" in _types("M23 rebels captured gold mines in eastern Congo on Sunday.")


def test_fights_at_law_or_for_customers_are_no_combat() -> None:
    assert not {"ASSAULT", "THREATEN"} & set(_types("The senator vowed to fight the ruling in the courts."))
    assert "ASSAULT" not in _types("Tesla slashed prices in China as it battles local rivals for buyers.")
    assert "ASSAULT" in _types("Pakistan's army fought Taliban fighters for control of the border town.")


def test_civilians_crossing_make_no_incursion() -> None:
    assert "ASSAULT" not in _types(
        "Border police turned back hundreds of migrants trying to cross into Greece."
    )
    assert "ASSAULT" in _types("Russian troops crossed into Ukraine on Thursday.")


def test_members_expelled_from_a_party_are_not_deported() -> None:
    assert "COERCE" not in _types("The ruling party expelled two lawmakers who had voted against the budget.")
    assert "SANCTION" in _types("Russia expelled two British diplomats on Tuesday.")


def test_a_toll_after_a_mishap_is_no_attack() -> None:
    assert "ASSAULT" not in _types("A bus plunged off a cliff in Peru on Monday, killing 24 passengers.")
    assert "ASSAULT" in _types("A rocket crashed into a house in Sderot, killing three people.")


def test_a_share_of_a_market_is_won_and_a_market_left_is_business() -> None:
    assert "COERCE" not in _types("The startup captured a third of the Indian market for electric scooters.")
    assert "COERCE" in _types("Rebels captured a third of the province in northern Mali.")
    assert "RETREAT" not in _types("The company pulled out of the Russian market in 2022.")
    assert "RETREAT" in _types("Israeli troops pulled out of Jenin on Wednesday.")
