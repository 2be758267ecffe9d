"""Round 17 place rules on wire sentences of our own (tests/golden/places17.jsonl): a dateline's
town with its state or country ("DAYTON, Ohio") is where the reporter went, and the story's place
unless the text places its events in another country; the state or country after the town is
part of the dateline; a country's name on a national abroad ("a New Zealand pilot") is no place;
a country named as a verb's subject ("Turkey said …") is a party, not the scene, under a dateline
whose country the text speaks of; the place a plan or talks are "on" or "for" is their topic; a
name right after a company noun ("French group Orano") is the company's."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

import pytest

from frontwatch.models import Event
from frontwatch.nlp import Sentence, parse_many
from frontwatch.resolve.dominant_place import dateline_qualifier, in_dateline
from frontwatch.resolve.gazetteer import Candidate
from frontwatch.resolve.story_roles import explicit_scene, national_abroad, party_subject, topic_object
from frontwatch.resolve.toponyms import Mention


def _located(events: list[Event], event_type: str) -> set[str | None]:
    return {e.location.country if e.location else None for e in events if e.event_type == event_type}


def _sentence(model: Any, text: str) -> Sentence:
    return next(iter(parse_many([text], model))).sentences[0]


def _mention(s: Sentence, name: str, kind: str, country: str, nth: int = 0) -> Mention:
    """A mention of `name` (its nth occurrence) resolved to a place of `kind` in `country`."""
    words = name.split()
    starts = [t.i for t in s.tokens if [x.text for x in s.tokens[t.i : t.i + len(words)]] == words]
    start = starts[nth]
    c = Candidate(1, name, kind, country, None, None, 0.0, 0.0, 1000, None, "city")
    return Mention(s.index, start, start + len(words), name, (c,), c, "ent")


@pytest.mark.parametrize(
    ("text", "name", "kind", "country", "qualifier"),
    [
        ("DAYTON, Ohio (Reuters) - Negotiators rejected the map on Tuesday.", "Ohio", "admin1", "USA", True),
        ("GOMA, Zaire, Nov 3 (Reuters) - Troops shelled the town.", "Zaire", "country", "COD", True),
        # a country after a bare dateline's date, or in the text, is no qualifier
        ("NAIROBI, June 3 (Reuters) - Kenya sent troops to Haiti.", "Kenya", "country", "KEN", False),
        ("Troops in Ohio, Kentucky and Indiana were put on alert.", "Ohio", "admin1", "USA", False),
    ],
)
def test_the_state_or_country_after_a_dateline_town_is_part_of_the_dateline(
    model: Any, text: str, name: str, kind: str, country: str, qualifier: bool
) -> None:
    s = _sentence(model, text)
    m = _mention(s, name, kind, country)
    assert dateline_qualifier(s, m) is qualifier
    assert in_dateline(s, m) is qualifier


@pytest.mark.parametrize(
    ("text", "name", "nth", "party"),
    [
        ("Turkey said on Monday it would not accept the plan.", "Turkey", 0, True),
        ("Greece and Turkey rejected the proposal on Monday.", "Turkey", 0, True),
        ("Turkey was accused of stalling the talks.", "Turkey", 0, True),
        # an object, a place after a preposition, an owner: no subject
        ("Greek Cypriot leaders accused Turkey of stalling.", "Turkey", 0, False),
        ("Protesters marched in Turkey on Monday.", "Turkey", 0, False),
        ("Turkey's police detained 20 people.", "Turkey", 0, False),
    ],
)
def test_a_country_as_a_verbs_subject_is_a_party(
    model: Any, text: str, name: str, nth: int, party: bool
) -> None:
    s = _sentence(model, text)
    assert party_subject(s, _mention(s, name, "country", "TUR", nth)) is party


@pytest.mark.parametrize(
    ("text", "national"),
    [
        ("Rebels freed a New Zealand pilot on Saturday.", True),
        ("Police questioned a New Zealand journalist.", True),
        # the country itself, or its own people at home, are no national abroad
        ("New Zealand sent a team of negotiators.", False),
        ("New Zealand farmers protested on Monday.", False),
    ],
)
def test_a_country_on_a_national_abroad_is_no_place(model: Any, text: str, national: bool) -> None:
    s = _sentence(model, text)
    assert national_abroad(s, _mention(s, "New Zealand", "country", "NZL")) is national


@pytest.mark.parametrize(
    ("text", "name", "kind", "topic", "scene"),
    [
        ("The presidents held talks on a peace settlement for Bosnia.", "Bosnia", "country", True, False),
        ("The Serbs rejected a proposal on Sarajevo.", "Sarajevo", "city", True, False),
        ("Negotiators rejected a new map of Bosnia.", "Bosnia", "country", True, False),
        # a place after a locative preposition, a town attacked, a summit's place
        ("Fighting broke out in Bosnia on Monday.", "Bosnia", "country", False, True),
        ("Serb forces shelled Gorazde on Monday.", "Gorazde", "city", False, True),
        ("Leaders held a summit in Sarajevo on Monday.", "Sarajevo", "city", False, True),
        # a country alone is a party or an owner as often as a scene
        ("The presidents of Bosnia and Croatia met.", "Bosnia", "country", False, False),
    ],
)
def test_topics_and_explicit_scenes(
    model: Any, text: str, name: str, kind: str, topic: bool, scene: bool
) -> None:
    s = _sentence(model, text)
    m = _mention(s, name, kind, "BIH")
    assert topic_object(s, m) is topic
    assert explicit_scene(s, m) is scene


@pytest.mark.parametrize(
    ("text", "national"),
    [
        ("Rebels freed New Zealand pilot Phillip Mehrtens on Saturday.", True),
        # a capitalised word of a body's name is no national noun
        ("Craig Henry of the New Zealand National Trust said the sessions went well.", False),
    ],
)
def test_a_national_noun_is_a_common_noun(model: Any, text: str, national: bool) -> None:
    s = _sentence(model, text)
    assert national_abroad(s, _mention(s, "New Zealand", "country", "NZL")) is national


def test_a_name_after_a_company_noun_is_the_companys(coder: Callable[[str, datetime], list[Event]]) -> None:
    """ "French group Orano's mine": Orano (an alternate name of Oran) names the company."""
    events = coder(
        "Soldiers seized French company Orano's mine near Arlit on Thursday.",
        datetime(2024, 6, 20, tzinfo=UTC),
    )
    assert {e.location.country for e in events if e.location} == {"NER"}
