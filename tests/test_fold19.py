"""Session 19 folding and negation faults, on sentences of our own: one riot told by a protest
noun and a crowd's conjoined act ("rioting broke out and crowds burned cars"), the workforces a
labour dispute names ("cabin crew", "air traffic controllers") as workers of the scene's country,
and the clitic negator with a typographic apostrophe ("isn’t") in a contrasted conjunct, which
does not reach a conjunct with a subject of its own."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from frontwatch.models import Event

from .conftest import WireCoder, wire_coder


@pytest.fixture(scope="module")
def code() -> WireCoder:
    return wire_coder(datetime(2005, 6, 1, tzinfo=UTC))


def _readings(events: list[Event], etype: str) -> list[tuple[str | None, str]]:
    """(trigger, factuality) of the events of one type."""
    return [(e.evidence.trigger, e.factuality) for e in events if e.event_type == etype]


@pytest.mark.parametrize(
    "text",
    [
        "Rioting broke out in Lagos on Monday and crowds burned cars.",
        "Riots erupted in Karachi on Friday and mobs torched shops.",
        "Rioting spread through Dakar overnight and rioters set fire to buses.",
    ],
)
def test_a_crowds_conjoined_act_is_the_riot_itself(code: WireCoder, text: str) -> None:
    events = code(text)
    assert len(_readings(events, "PROTEST")) == 1
    assert not _readings(events, "ASSAULT")


@pytest.mark.parametrize(
    "text",
    [
        "Protests broke out in Tbilisi and police burned the protesters' tents.",
        "Rioting broke out in Bamako after gunmen torched a police station.",
    ],
)
def test_another_partys_damage_stays_its_own_act(code: WireCoder, text: str) -> None:
    events = code(text)
    assert len(_readings(events, "PROTEST")) == 1
    assert len(_readings(events, "ASSAULT")) == 1


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("A strike by cabin crew grounded flights across Italy on Tuesday.", "ITA"),
        ("Air traffic controllers in Portugal walked out on Friday.", "PRT"),
        ("Train drivers in Germany staged a two-day walkout over pay.", "DEU"),
        ("Dockers blocked the port of Marseille in a protest over pension reform.", "FRA"),
    ],
)
def test_a_workforce_is_the_scenes_workers(code: WireCoder, text: str, country: str) -> None:
    protests = [e for e in code(text) if e.event_type == "PROTEST"]
    assert protests
    assert {(a.country, a.sector) for a in protests[0].actors} == {(country, "LAB")}


def test_a_ships_crew_is_no_party(code: WireCoder) -> None:
    events = code("Iranian forces seized a tanker in the Gulf and detained its crew.")
    assert not _readings(events, "PROTEST")
    assert all(a.sector != "LAB" for e in events for a in e.actors)


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("The economy is struggling, but Tehran isn\u2019t backing off its demands.", "CONCEDE"),
        ("Tehran isn\u2019t backing off its demands.", "CONCEDE"),
        ("The talks resumed, but Belgrade wasn\u2019t withdrawing its troops.", "RETREAT"),
        ("Prices have soared, but the government hasn\u2019t lifted the ban.", "CONCEDE"),
        ("Pressure is mounting, but Pyongyang won\u2019t give up its nuclear weapons.", "RETREAT"),
        ("Sanctions are biting, but Moscow doesn\u2019t withdraw its troops.", "RETREAT"),
        ("Sanctions are biting, but Moscow doesn't withdraw its troops.", "RETREAT"),
    ],
)
def test_a_typographic_clitic_negates(code: WireCoder, text: str, etype: str) -> None:
    readings = _readings(code(text), etype)
    assert readings
    assert all(fact == "negated" for _, fact in readings)


@pytest.mark.parametrize(
    ("text", "negated", "actual"),
    [
        (
            "Kyiv doesn\u2019t plan to pull back, but Moscow withdrew its forces from the island.",
            None,
            "withdrew",
        ),
        ("Kyiv didn't attack the port, and Moscow shelled the city.", "attack", "shelled"),
        (
            "Police did not arrest the opposition leader but detained three of his aides.",
            "arrest",
            "detained",
        ),
    ],
)
def test_a_conjunct_of_its_own_is_out_of_the_negation(
    code: WireCoder, text: str, negated: str | None, actual: str
) -> None:
    readings = [r for e in code(text) for r in [(e.evidence.trigger or "", e.factuality)]]
    assert any(trig.startswith(actual) and fact == "actual" for trig, fact in readings)
    if negated is not None:
        assert any(trig.startswith(negated) and fact == "negated" for trig, fact in readings)


def test_a_bare_conjunct_shares_the_negation(code: WireCoder) -> None:
    readings = _readings(code("The army did not shell the town or fire rockets at it."), "ASSAULT")
    assert readings
    assert all(fact == "negated" for _, fact in readings)
