"""Round 19 place rules on wire sentences of our own (tests/golden/places19.jsonl): a country
named only as a party of an event ("negotiators for the United States and Iran will meet in
Geneva") does not pull a world city to a small namesake at home, while a country the article
places something in keeps its towns ("arrested in Paris, Texas"); and a word of an office's,
an organisation's or a treaty's name ("the Department of Justice", "the Hudson Institute", "the
Paris Agreement") is no small town, nor where the event happened."""

from __future__ import annotations

from typing import Any

import pytest

from frontwatch.nlp import parse
from frontwatch.resolve.actors import ActorDictionary
from frontwatch.resolve.gazetteer import Candidate, Gazetteer
from frontwatch.resolve.name_bounds import in_organisation_name
from frontwatch.resolve.party_places import party_namesake
from frontwatch.resolve.places import article_context


def _town(name: str, country: str, population: int) -> Candidate:
    return Candidate(1, name, "city", country, None, None, 0.0, 0.0, population, None, "city")


def test_a_party_country_yields_to_a_much_bigger_namesake() -> None:
    """A town ahead only by a party country's context gives way to a namesake five or more
    times its size abroad; not when the article places something in that country, nor when the
    namesake abroad is not much bigger."""
    home, abroad = _town("Geneva", "USA", 21_000), _town("Geneva", "CHE", 200_000)
    ctx = {"USA": 1.0, "IRN": 1.0}
    assert party_namesake([home, abroad], "geneva", ctx, set())[0] is abroad
    assert party_namesake([home, abroad], "geneva", ctx, {"USA"})[0] is home
    close = _town("Geneva", "CHE", 60_000)
    assert party_namesake([home, close], "geneva", ctx, set())[0] is home
    assert party_namesake([home, abroad], "geneva", {}, set())[0] is home  # no context at all


def _mentions(text: str, model: Any, gaz: Gazetteer, actors: ActorDictionary) -> dict[str, str | None]:
    ctx = article_context(parse(text, model), gaz, actors)
    return {m.text: m.resolved.country if m.resolved else None for m in ctx.mentions}


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Negotiators for the United States and Iran will meet in Geneva on Thursday.", "Geneva", "CHE"),
        ("The United States said on Monday it would quit the Paris climate pact.", "Paris", "FRA"),
        ("Russian and Ukrainian envoys held talks in Geneva on Monday.", "Geneva", "CHE"),
        ("Police in the United States arrested two men in Paris, Texas, on Sunday.", "Paris", "USA"),
    ],
)
def test_party_countries_and_namesakes(
    text: str, name: str, country: str, model: Any, gaz: Gazetteer, actors: ActorDictionary
) -> None:
    assert _mentions(text, model, gaz, actors).get(name) == country


@pytest.mark.parametrize(
    ("text", "word", "inside"),
    [
        ("A spokesman for the Department of Justice declined to comment.", "Justice", True),
        ("The Ministry of Defence said the drills would last a week.", "Defence", True),
        ("A fellow at the Hudson Institute wrote the report.", "Hudson", True),
        ("Washington left the Paris Agreement in 2020.", "Paris", True),
        ("Troops were deployed to Hudson on Friday.", "Hudson", False),
        ("The University of Chicago published the study.", "Chicago", False),
    ],
)
def test_words_of_organisation_names(text: str, word: str, inside: bool, model: Any) -> None:
    toks = parse(text, model).sentences[0].tokens
    k = next(t.i for t in toks if t.text == word)
    assert in_organisation_name(toks, k, k + 1) is inside


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("A spokesman for the US Department of Justice declined to comment on the case.", "Justice"),
        ("A scholar at the American Enterprise Institute criticised the sanctions.", "Enterprise"),
        ("The Ministry of Defence in London said the drills would last a week.", "Defence"),
        ("A fellow at the Brookings Institution said the plan would fail.", "Brookings"),
    ],
)
def test_small_towns_inside_organisation_names_are_no_places(
    text: str, word: str, model: Any, gaz: Gazetteer, actors: ActorDictionary
) -> None:
    assert word not in _mentions(text, model, gaz, actors)


def test_a_big_city_in_a_treaty_name_stays_a_mention(
    model: Any, gaz: Gazetteer, actors: ActorDictionary
) -> None:
    """A big city naming a treaty ("the Paris Agreement") is still a mention, in France."""
    assert (
        _mentions("France urged China to honour the Paris Agreement.", model, gaz, actors).get("Paris")
        == "FRA"
    )


def test_a_treaty_city_is_not_the_story_place(model: Any, gaz: Gazetteer, actors: ActorDictionary) -> None:
    """Breaking "the Nairobi Accord" happened nowhere in Nairobi: a treaty's city is no story place."""
    ctx = article_context(
        parse("Kenya accused Uganda of breaking the Nairobi Accord on Wednesday.", model), gaz, actors
    )
    assert ctx.dominant is None or ctx.dominant.name != "Nairobi"
