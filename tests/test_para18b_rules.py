"""Readings of session 18's paraphrase round for ACCUSE, REJECT, THREATEN and PROTEST: the same
kinds of event told with other words (a port blockaded by fishermen, a pledge backed out of, a
plan met with cold water, "would not hesitate to strike", "no more refugees", a crowd gathered to
protest, protests a refusal holds out against), each on wire sentences of its own, with the same
words in another sense or said of another party kept no such event."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from .conftest import WireCoder, typed_facts, wire_coder


@pytest.fixture(scope="module")
def code() -> WireCoder:
    return wire_coder(datetime(1998, 6, 1, tzinfo=UTC))


def _typed(code: WireCoder, text: str) -> set[tuple[str, str]]:
    """(type, factuality) of each event coded from `text`."""
    return {(t, f) for t, f, _ in typed_facts(code(text))}


@pytest.mark.parametrize(
    ("text", "event"),
    [
        # civilians' blockades, roadblocks, ransacking, looting and rampages are protests
        ("Angry farmers blockaded the port of Rotterdam with their tractors.", ("PROTEST", "actual")),
        ("Protesters sealed off the highway to the capital for six hours.", ("PROTEST", "actual")),
        ("Demonstrators ransacked the offices of the election commission.", ("PROTEST", "actual")),
        ("Students went on the rampage in the city centre on Monday.", ("PROTEST", "actual")),
        ("Dock workers stayed away from work in Mombasa for a second day.", ("PROTEST", "actual")),
        ("Jailed dissidents in Havana have been fasting for two weeks.", ("PROTEST", "actual")),
        # a crowd gathering to protest protests, whoever the crowd is
        ("Thousands of Moroccans gathered in Rabat to protest against price rises.", ("PROTEST", "actual")),
        # protests a refusal holds out against took place
        ("The prime minister refused to resign despite mass protests in Manila.", ("PROTEST", "actual")),
        # refusals told by phrasal verbs and idioms
        ("Pakistan backed out of the deal on Friday.", ("REJECT", "actual")),
        ("The Knesset threw out a government plan for early elections.", ("REJECT", "actual")),
        ("Tokyo poured cold water on a Russian proposal for talks on the islands.", ("REJECT", "actual")),
        ("Kenya said it would accept no more Somali refugees.", ("REJECT", "actual")),
        ("Kenya said it would accept no more Somali refugees.", ("AID", "negated")),
        # force announced by "would not hesitate to"
        ("Syria said it would not hesitate to strike at any Israeli aircraft.", ("THREATEN", "actual")),
        ("Syria said it would not hesitate to strike at any Israeli aircraft.", ("ASSAULT", "future")),
        # complaints, suits and inquiries told otherwise
        ("Iraq took Kuwait to an international tribunal over the border.", ("ACCUSE", "actual")),
        ("A Spanish judge is examining allegations of torture against the dictator.", ("ACCUSE", "actual")),
        ("Kenya held the rebels responsible for the bombing of the market.", ("ACCUSE", "actual")),
        ("Tokyo delivered a note of protest to the Chinese embassy.", ("ACCUSE", "actual")),
    ],
)
def test_paraphrased_events(code: WireCoder, text: str, event: tuple[str, str]) -> None:
    assert event in _typed(code, text)


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("The navy blockaded the port of Tyre.", ("PROTEST", "actual")),
        ("Police sealed off the area after the explosion.", ("PROTEST", "actual")),
        ("Soldiers ransacked homes in the village.", ("PROTEST", "actual")),
        ("Moslems across the country are fasting during Ramadan.", ("PROTEST", "actual")),
        ("The lorry backed out of the yard.", ("REJECT", "actual")),
        ("The firemen poured water on the burning car.", ("REJECT", "actual")),
        ("The judge threw out the case for lack of evidence.", ("REJECT", "actual")),
        ("Jordan said it would send no troops to the Gulf.", ("MOBILIZE", "future")),
        ("The army did not hesitate to open fire on the crowd.", ("THREATEN", "actual")),
        ("Tokyo sent a note of protest to Beijing.", ("PROTEST", "actual")),
        ("Troops gathered on the border.", ("PROTEST", "actual")),
        ("The president will not resign despite U.S. pressure.", ("RETREAT", "actual")),
    ],
)
def test_other_senses_no_event(code: WireCoder, text: str, event: tuple[str, str]) -> None:
    assert event not in _typed(code, text)


def test_accused_act_of_a_participle_is_the_accusers(code: WireCoder) -> None:
    """A ", accusing X of V-ing" after another verb: the accused act is the main clause subject's
    word, not the outlet's (the accusation itself stays the outlet's)."""
    events = code("Georgia wrote to the Security Council, accusing Russia of bombing its villages.")
    assaults = [e for e in events if e.event_type == "ASSAULT"]
    assert assaults and all(e.attribution is not None and e.attribution.country == "GEO" for e in assaults)
