"""Session 17 participants (parts17b): a numbered plural ("the three juntas") refers back to a
list of exactly that many parties, else to no one; a state body of a story filed from a
neighbour's capital takes the state the sentence sets itself in; officials of a civil service
and a place's governor speak for the place an attack hit, even when another state strikes; a
unit name opening with a country's name is that country's forces; a company's workforce is
labour. Sentences written for these tests (wire style)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from frontwatch.models import Entity, Event
from tests.conftest import WireCoder, wire_coder


@pytest.fixture(scope="module")
def code() -> WireCoder:
    return wire_coder(datetime(2025, 6, 1, tzinfo=UTC))


def _codes(entities: tuple[Entity, ...]) -> list[str | None]:
    return sorted((e.country for e in entities), key=str)


def _one(events: list[Event], kind: str) -> Event:
    found = [e for e in events if e.event_type == kind]
    assert len(found) == 1, [(e.event_type, e.trigger) for e in events]
    return found[0]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Mali, Burkina Faso and Niger are all ruled by military officers. The three juntas will "
         "deploy a joint force of 5,000 soldiers along their borders.", "MOBILIZE"),
        ("Mali, Burkina Faso and Niger are all ruled by military officers. The three governments "
         "condemned Algeria on Sunday.", "ACCUSE"),
    ],
)  # fmt: skip
def test_numbered_plural_is_the_listed_parties(code: WireCoder, text: str, kind: str) -> None:
    assert _codes(_one(code(text), kind).actors) == ["BFA", "MLI", "NER"]


def test_numbered_plural_without_a_list_is_no_one(code: WireCoder) -> None:
    text = ("NIAMEY (Reuters) - Niger's defence minister said on Monday that the three juntas would "
            "deploy troops to the border.")  # fmt: skip
    assert all("NER" not in _codes(e.actors) for e in code(text) if e.event_type == "MOBILIZE")


def test_state_body_takes_the_state_the_sentence_is_set_in(code: WireCoder) -> None:
    event = _one(code("NIAMEY (Reuters) - In northern Mali, the army said it had killed 14 militants "
                      "near Gao on Sunday."), "ASSAULT")  # fmt: skip
    assert _codes(event.actors) == ["MLI"]
    assert event.attribution is not None and event.attribution.country == "MLI"


def test_relative_clause_body_takes_the_state_the_sentence_is_set_in(code: WireCoder) -> None:
    events = code("NIAMEY (Reuters) - In northern Mali, 14 villagers were killed on Sunday when a drone "
                  "hit a market near Gao, local officials said, blaming the army, which denied "
                  "targeting civilians.")  # fmt: skip
    denied = [e for e in events if e.factuality == "negated"]
    assert denied and all(_codes(e.actors) == ["MLI"] for e in denied)
    assert _codes(_one(events, "ACCUSE").recipients) == ["MLI"]


@pytest.mark.parametrize(
    ("text", "kind", "country"),
    [
        ("NIAMEY (Reuters) - The army said on Monday it had killed 20 militants near Tillaberi.",
         "ASSAULT", "NER"),
        ("KYIV (Reuters) - In the Kursk region of Russia, the army said its troops had captured two "
         "villages.", "COERCE", "UKR"),
    ],
)  # fmt: skip
def test_dateline_army_kept_at_home(code: WireCoder, text: str, kind: str, country: str) -> None:
    event = _one(code(text), kind)
    assert _codes(event.actors) == [country]
    assert event.attribution is not None and event.attribution.country == country


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("DOHA (Reuters) - An Israeli strike on a house in Gaza City killed 12 people on Sunday, "
         "according to health officials.", "PSE"),
        ("DOHA (Reuters) - Israeli air strikes on Gaza City killed at least 20 people overnight, "
         "civil defence officials said.", "PSE"),
        ("Israeli troops raided a hospital in Gaza City on Monday, according to hospital officials.", "PSE"),
        ("Russian forces shelled Kherson overnight, killing two civilians, the regional governor said.",
         "UKR"),
        ("Russian drones hit an apartment block in Odesa on Tuesday, killing three people, the "
         "regional governor said.", "UKR"),
    ],
)  # fmt: skip
def test_service_officials_and_governors_speak_for_place(code: WireCoder, text: str, country: str) -> None:
    event = _one(code(text), "ASSAULT")
    assert event.attribution is not None and event.attribution.country == country


@pytest.mark.parametrize(
    "text",
    [
        "Israeli jets struck targets in Lebanon, defence officials said.",
        "U.S. warplanes struck Houthi targets in Yemen on Friday, officials said.",
    ],
)
def test_other_officials_stay_unplaced_when_a_foreign_party_strikes(code: WireCoder, text: str) -> None:
    event = _one(code(text), "ASSAULT")
    assert event.attribution is None or event.attribution.country is None


@pytest.mark.parametrize(
    "text",
    [
        "U.S. Air Forces Central said its jets struck Houthi missile sites in Yemen on Friday.",
        "U.S. Central Command said its forces had destroyed four Houthi drones over the Red Sea.",
    ],
)
def test_unit_named_by_its_country_is_that_countrys_force(code: WireCoder, text: str) -> None:
    event = _one(code(text), "ASSAULT")
    assert _codes(event.actors) == ["USA"]
    assert event.attribution is not None and event.attribution.country == "USA"


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Lufthansa pilots went on strike on Monday, grounding hundreds of flights.", "DEU"),
        ("Air France cabin crews went on strike on Friday over pay.", "FRA"),
    ],
)
def test_carrier_workforce_is_labour(code: WireCoder, text: str, country: str) -> None:
    actors = _one(code(text), "PROTEST").actors
    assert [(a.country, a.sector) for a in actors] == [(country, "LAB")]


def _phrase(text: str, word: str) -> list[tuple[str | None, str | None]]:
    """(country, sector) of the phrase headed by the first token `word` of a one-sentence text."""
    from frontwatch import nlp
    from frontwatch.participants import Discourse, Participants
    from frontwatch.resolve.actors import ActorDictionary
    from frontwatch.syntax import Tree

    sent = nlp.parse(text, nlp.load_model()).sentences[0]
    parts = Participants(Tree(sent), ActorDictionary.load().match(sent, None), Discourse())
    head = next(t.i for t in sent.tokens if t.text == word)
    return [(r.entity.country, r.entity.sector) for r in parts.entities(head)]


def test_carrier_itself_stays_business() -> None:
    assert _phrase("The Lufthansa board approved the merger on Monday.", "board") == [("DEU", "BUS")]
    assert _phrase("Lufthansa workers walked out on Monday.", "workers") == [("DEU", "LAB")]
