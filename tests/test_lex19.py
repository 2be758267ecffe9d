"""Session 19 (lex19): ultimatums, strikes by workers, build-ups at a frontier, aid cut off, the
parse repairs of a clause with no verb, blame laid "on" a party, and games, receptions and
accidents that are no meeting, seizure or attack."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from frontwatch.models import Event

from .conftest import WireCoder, wire_coder


@pytest.fixture(scope="module")
def code() -> WireCoder:
    return wire_coder(datetime(1998, 6, 1, tzinfo=UTC))


def _types(events: list[Event]) -> set[str]:
    return {e.event_type for e in events}


def _countries(refs: list) -> set[str]:  # type: ignore[type-arg]
    return {r.country for r in refs if r.country}


@pytest.mark.parametrize(
    ("text", "recipient"),
    [
        ("The Security Council gave Baghdad a week to comply with the resolution.", "IRQ"),
        ("Washington set a deadline for the withdrawal of Iraqi troops from Kuwait.", "IRQ"),
        ("The United Nations set a deadline for Iraq to hand over the documents.", "IRQ"),
    ],
)
def test_ultimatum_is_a_threat_to_the_party_it_demands_of(code: WireCoder, text: str, recipient: str) -> None:
    threats = [e for e in code(text) if e.event_type == "THREATEN" and e.factuality == "actual"]
    assert threats and recipient in _countries(threats[0].recipients)


@pytest.mark.parametrize(
    "text",
    [
        "The doctors gave him three months to live.",
        "The government gave the commission two weeks to finish its report.",
        "The company gave its staff two days off for the holiday.",
        "The organisers set a deadline of March 31 for entries to the contest.",
    ],
)
def test_span_given_with_no_concession_is_no_threat(code: WireCoder, text: str) -> None:
    assert "THREATEN" not in _types(code(text))


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("A strike by dock workers closed the port of Liverpool.", "PROTEST"),
        ("A strike by Alitalia cabin crew grounded flights on Tuesday.", "PROTEST"),
        ("The strike by Israeli aircraft killed five people in Gaza.", "ASSAULT"),
        ("Serbia and Kosovo struck a deal on Friday.", "AGREE"),
    ],
)
def test_strike_by_workers_is_a_protest(code: WireCoder, text: str, etype: str) -> None:
    types = _types(code(text))
    assert etype in types
    assert ("ASSAULT" in types) == (etype == "ASSAULT")


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("Moscow sent tanks to the border with Georgia.", "MOBILIZE"),
        ("Turkey rushed troops and tanks to its frontier with Syria.", "MOBILIZE"),
        ("Germany sent Leopard tanks to Poland.", "AID"),
        ("Iran sent weapons to the Houthis.", "AID"),
    ],
)
def test_forces_sent_to_a_frontier_are_a_build_up(code: WireCoder, text: str, etype: str) -> None:
    assert _types(code(text)) == {etype}


@pytest.mark.parametrize(
    ("text", "recipient"),
    [
        ("The United Nations suspended aid convoys to eastern Bosnia.", "BIH"),
        ("The European Union froze its assistance package to Fiji.", "FJI"),
    ],
)
def test_aid_suspended_or_frozen_is_a_sanction(code: WireCoder, text: str, recipient: str) -> None:
    cuts = [e for e in code(text) if e.event_type == "SANCTION"]
    assert cuts and recipient in _countries(cuts[0].recipients)


def test_reserves_the_right_is_a_verb(code: WireCoder) -> None:
    assert "THREATEN" in _types(code("Russia reserves every right to respond."))
    assert "THREATEN" not in _types(code("Oil reserves rose last year."))


def test_participle_with_an_object_is_the_clause_verb(code: WireCoder) -> None:
    attacks = [e for e in code("The U.S.-led coalition bombed Iraqi positions.") if e.event_type == "ASSAULT"]
    assert attacks and _countries(attacks[0].actors) == {"USA"}
    assert "USA" not in _countries(attacks[0].recipients)


def test_blame_laid_on_a_party_hung_on_the_object(code: WireCoder) -> None:
    events = code("Moscow blamed the drone attack on Kyiv.")
    accusations = [e for e in events if e.event_type == "ACCUSE"]
    attacks = [e for e in events if e.event_type == "ASSAULT"]
    assert accusations and _countries(accusations[0].recipients) == {"UKR"}
    assert attacks and _countries(attacks[0].actors) == {"UKR"}


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("Nigeria meets Cameroon in the final of the African Nations Cup on Sunday.", "CONSULT"),
        ("The minister's proposals met with fierce criticism from farmers' unions.", "CONSULT"),
        ("The Czech side took control of the match after half-time.", "COERCE"),
        ("Burundi's army chief of staff was killed in a road accident on Sunday.", "ASSAULT"),
        ("Kenya's opposition leader launched a fierce attack on the government's budget.", "ASSAULT"),
    ],
)
def test_other_senses_are_no_event(code: WireCoder, text: str, etype: str) -> None:
    assert etype not in _types(code(text))


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("Putin met Xi in Beijing on Monday.", "CONSULT"),
        ("Congolese rebels took control of Bunia after heavy fighting.", "COERCE"),
        ("Congolese rebels launched an attack on the town of Goma.", "ASSAULT"),
    ],
)
def test_the_act_senses_stay(code: WireCoder, text: str, etype: str) -> None:
    assert etype in _types(code(text))


@pytest.mark.parametrize(
    ("text", "etype", "kept"),
    [
        ("Senate Republicans held the spending bill hostage to win cuts in welfare.", "COERCE", False),
        ("Iraqi gunmen held three Japanese aid workers hostage near Fallujah.", "COERCE", True),
        ("Zimbabwe's ruling party tightened its grip on power in the March election.", "COERCE", False),
        ("Russian forces tightened their grip on Grozny on Tuesday.", "COERCE", True),
        ("The Israeli prime minister retreated to his ranch in the Negev for the weekend.", "RETREAT", False),
        ("Serb forces retreated to their positions outside Gorazde.", "RETREAT", True),
        ("Health officials stepped up their assault on smoking in public places.", "ASSAULT", False),
        ("Israeli forces stepped up their assault on Gaza on Saturday.", "ASSAULT", True),
    ],
)
def test_leverage_rest_and_campaigns_are_no_act(code: WireCoder, text: str, etype: str, kept: bool) -> None:
    assert (etype in _types(code(text))) == kept


@pytest.mark.parametrize(
    ("text", "etype", "kept"),
    [
        ("The Kenyan finance minister shot down reports of a currency devaluation.", "ASSAULT", False),
        ("Syrian air defences shot down an Israeli jet over the Bekaa valley.", "ASSAULT", True),
        ("Italy's captain led the attack in Wednesday's semifinal against Germany.", "ASSAULT", False),
        ("Nigerian troops led the attack on the rebel-held town of Makeni.", "ASSAULT", True),
        ("The Dutch side retreated into defence after their second goal.", "RETREAT", False),
        (
            "The shareholders of the bank will meet in Frankfurt next week to approve the takeover.",
            "CONSULT",
            False,
        ),
        ("A Dutch court on Monday opened the trial of four men accused of plotting attacks.", "ACCUSE", True),
        ("The drugmaker opened a trial of its new malaria vaccine in Kenya.", "ACCUSE", False),
        ("Survivors spoke of the horror of the siege of Vukovar.", "COERCE", False),
    ],
)
def test_games_rumours_trials_and_memories(code: WireCoder, text: str, etype: str, kept: bool) -> None:
    assert (etype in _types(code(text))) == kept
