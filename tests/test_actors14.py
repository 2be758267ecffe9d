"""Session 14 actor rules on real parses: a person named without a title never takes the country
of the state the clause acts on, forces that are the subject of "from" a state are that state's,
the source of an "according to" is no other party of the clause, and an "X-occupied" place is not
X's, and a place in a country's region is that country's. Also the modules split out of
participants.py and actor_compose.py."""

from __future__ import annotations

from typing import Any

import pytest

from frontwatch import nlp
from frontwatch.resolve.name_shapes import title_case, written_words

from .conftest import phrase_countries as countries

BARE_NAMES = [
    ("Amadou Sow accused Russia of supplying weapons to the junta.", "Sow", "RUS"),
    ("John Miller criticised Iran over its nuclear programme.", "Miller", "IRN"),
]


@pytest.mark.parametrize(("text", "word", "other"), BARE_NAMES, ids=[b[1] for b in BARE_NAMES])
def test_a_bare_name_never_takes_the_other_partys_state(model: Any, text: str, word: str, other: str) -> None:
    assert other not in countries(text, word, model)


def test_a_bare_name_still_takes_the_scene(model: Any) -> None:
    """Where he acts still places him: the scene is no other party."""
    assert countries("Amadou Sow accused the junta of corruption at a rally in Bamako.", "Sow", model) == [
        "MLI"
    ]


FROM_STATES = [
    ("Troops from Kenya and Burundi arrived in Mogadishu.", "Troops", ["KEN", "BDI"]),
    ("Soldiers from Chad killed 20 militants near the border.", "Soldiers", ["TCD"]),
]


@pytest.mark.parametrize(("text", "word", "states"), FROM_STATES, ids=[f[1] for f in FROM_STATES])
def test_forces_from_states_as_subject_are_theirs(
    model: Any, text: str, word: str, states: list[str]
) -> None:
    assert countries(text, word, model) == states


def test_forces_leaving_a_state_are_not_its(model: Any) -> None:
    """Where forces withdraw from says nothing of whose they are."""
    assert "SYR" not in countries("The withdrawal of troops from Syria began on Monday.", "troops", model)


ACCORDING = [
    ("The interior minister banned the opposition rally, according to a Kenyan government spokesman.",
     "minister"),
    ("Police arrested 40 protesters in the capital, according to Kenyan officials.", "Police"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "word"), ACCORDING, ids=[a[1] for a in ACCORDING])
def test_the_source_of_according_to_sets_the_scene(model: Any, text: str, word: str) -> None:
    assert countries(text, word, model) == ["KEN"]


def test_name_shapes(model: Any) -> None:
    """Headlines in title case tell nothing by capitals; a hyphenated name is one written word."""
    headline = nlp.parse("Putin Warns West Over Missile Deliveries", model).sentences[0].tokens
    prose = nlp.parse("Putin warned the West over missile deliveries.", model).sentences[0].tokens
    assert title_case(headline) and not title_case(prose)
    name = nlp.parse("Jean-Luc Martin spoke.", model).sentences[0].tokens
    assert written_words(name, 0, 4) == 2


def test_an_occupied_place_is_not_the_occupiers(model: Any) -> None:
    """ "Israeli-occupied" names the occupier, as "Iranian-backed" names the backer."""
    assert "ISR" not in countries("Syrian forces shelled Israeli-occupied territory.", "territory", model)


OWNED_REGIONS = [
    ("A Ukrainian drone hit an oil depot in Russia's Bryansk region.", "depot", ["RUS"]),
    ("Opposition groups in Nigeria's Kano state called for protests.", "groups", ["NGA"]),
]


@pytest.mark.parametrize(("text", "word", "states"), OWNED_REGIONS, ids=[o[1] for o in OWNED_REGIONS])
def test_a_place_in_a_countrys_region_is_its(model: Any, text: str, word: str, states: list[str]) -> None:
    """ "In Russia's Bryansk region": the region's owner is the place's country."""
    assert countries(text, word, model) == states
