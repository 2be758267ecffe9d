"""Lexicon entries of round 10 (blind wire probe): each family of entries coded on sentences of
its own construction, with the neighbouring senses that must stay no event."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from frontwatch.models import Event

from .conftest import WireCoder, wire_coder


@pytest.fixture(scope="module")
def code() -> WireCoder:
    return wire_coder(datetime(2025, 6, 20, tzinfo=UTC))


def _kinds(events: list[Event]) -> set[tuple[str, str, tuple[str | None, ...]]]:
    return {(e.event_type, e.factuality, tuple(sorted(a.country or "-" for a in e.actors))) for e in events}


@pytest.mark.parametrize(
    "text",
    [
        "Houthi fighters sank a bulk carrier in the Red Sea.",
        "A Ukrainian drone sank a Russian patrol boat in the Black Sea.",
        "Somali pirates sank a fishing trawler off the coast.",
    ],
)
def test_any_vessel_can_be_sunk(code: WireCoder, text: str) -> None:
    assert any(e.event_type == "ASSAULT" and e.factuality == "actual" and e.actors for e in code(text))


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        ("Niger and Burkina Faso will send fuel trucks to Mali.", ("BFA", "NER")),
        ("Turkey sent aid trucks to Syria.", ("TUR",)),
    ],
)
def test_trucks_of_aid_are_aid(code: WireCoder, text: str, actors: tuple[str, ...]) -> None:
    assert ("AID", actors) in {(k[0], k[2]) for k in _kinds(code(text))}


@pytest.mark.parametrize(
    ("text", "etype", "factuality"),
    [
        ("Aid agencies fear the RSF could now advance on El Obeid.", "MOBILIZE", "hypothetical"),
        ("Russian troops advanced towards Pokrovsk, the Ukrainian military said.", "MOBILIZE", "actual"),
        ("Israel fears that Hezbollah could open a second front.", "ASSAULT", "hypothetical"),
    ],
)
def test_forces_advancing_or_opening_a_front(code: WireCoder, text: str, etype: str, factuality: str) -> None:
    assert any(e.event_type == etype and e.factuality == factuality for e in code(text))


@pytest.mark.parametrize(
    "text",
    [
        "Stocks advanced towards record highs on Wall Street.",  # no forces: markets advance too
        "The company will respond to questions at a time convenient for shareholders.",
        "She responded with a letter to the editor.",
    ],
)
def test_other_senses_of_advance_and_respond_are_no_event(code: WireCoder, text: str) -> None:
    assert not [e for e in code(text) if e.event_type in ("MOBILIZE", "ASSAULT", "THREATEN")]


@pytest.mark.parametrize(
    "text",
    [
        "Shehbaz Sharif warned that Pakistan would respond at a time and place of its choosing.",
        "Pakistan warned it would respond militarily to any attack.",
        "Iran warned that it would respond with force to any aggression.",
    ],
)
def test_a_warned_response_by_force_is_a_threat(code: WireCoder, text: str) -> None:
    events = code(text)
    assert any(e.event_type == "THREATEN" and e.factuality == "actual" for e in events)
    assert not any(e.event_type == "ASSAULT" and e.factuality == "actual" for e in events)


def test_naming_attacks_executions_is_a_denunciation_not_a_strike(code: WireCoder) -> None:
    events = code("Caracas called the strikes extrajudicial executions and accused Washington of seeking "
                  "regime change.")  # fmt: skip
    assert not any(e.event_type == "PROTEST" for e in events)
    assert any(e.event_type == "ACCUSE" and e.mode == "disapprove" for e in events)


def test_naming_a_seizure_piracy_is_a_denunciation(code: WireCoder) -> None:
    events = code("Iran's foreign ministry called the seizure of the tanker an act of piracy.")
    assert any(e.event_type == "ACCUSE" and e.mode == "disapprove" for e in events)


def test_a_shipment_of_goods_is_trade_not_aid(code: WireCoder) -> None:
    assert not [e for e in code("Ukraine sent a shipment of grain to Egypt.") if e.event_type == "AID"]
