"""Participants: noun phrases to entities on real parses, with the packaged actor dictionary."""

from __future__ import annotations

from typing import Any

import pytest

from frontwatch import nlp
from frontwatch.participants import Discourse, Participants
from frontwatch.resolve.actors import ActorDictionary
from frontwatch.syntax import Tree


@pytest.fixture(scope="module")
def model() -> Any:
    return nlp.load_model()


def resolve(text: str, word: str, model: Any) -> list[tuple[str, str | None, bool]]:
    """(name, country, inferred) of the phrase headed by `word` in a one-sentence text."""
    parsed = nlp.parse(text, model)
    assert len(parsed.sentences) == 1, text
    sent = parsed.sentences[0]
    parts = Participants(Tree(sent), ActorDictionary.load().match(sent, None), Discourse())
    head = next(t.i for t in sent.tokens if t.text == word)
    return [(r.entity.name, r.entity.country, r.inferred) for r in parts.entities(head)]


# An actor the dictionary cannot place takes the country the sentence is set in: where it acts
# (a country or capital after "in", "at", "near"), else the one state the sentence names.
SCENES = [
    ("Prisoners rioted at a jail in East Timor's capital Dili on Monday.", "Prisoners", "TLS"),
    ("Up to 100 ethnic Albanians demonstrated on Tuesday in Serbia.", "Albanians", "SRB"),
    ("President Abdelaziz Bouteflicka threatened to institute a curfew in Algiers.", "Bouteflicka", "DZA"),
    ("Islamic fundamentalists demanded the resignation of Algerian President Ahmed Ben Bella.",
     "fundamentalists", "DZA"),
    ("Unknown attackers killed five prisoners in Kabul.", "attackers", "AFG"),
    ("The convoy was ambushed by gunmen near Baghdad.", "gunmen", "IRQ"),
    ("Gunmen killed three policemen in the southern Pakistani city of Karachi.", "Gunmen", "PAK"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "word", "country"), SCENES, ids=[s[1] for s in SCENES])
def test_an_unplaced_actor_takes_the_scene(model: Any, text: str, word: str, country: str) -> None:
    found = resolve(text, word, model)
    assert [(c, inferred) for _, c, inferred in found] == [(country, True)]


NO_SCENE = [
    # a nationality describes people, not where the sentence is set
    ("A French journalist was abducted by gunmen in Gao.", "gunmen"),
    # two states, neither of them the place
    ("Rebels attacked Ugandan and Rwandan troops.", "Rebels"),
    # a visitor is not from the place visited
    ("The defence minister visited Minsk.", "minister"),
    ("Gunmen travelled to Baghdad.", "Gunmen"),
    # a border has two sides
    ("Militants attacked a checkpoint near the Afghan border.", "Militants"),
    # who would commit a feared act is unknown
    ("Mali fears that jihadists could blockade Bamako.", "jihadists"),
    # a patient's country is not guessed
    ("Unknown attackers killed five prisoners in Kabul.", "prisoners"),
    # an organisation the dictionary knows to be transnational stays so
    ("Al-Qaeda claimed an attack on a hotel in Amman.", "Qaeda"),
]


@pytest.mark.parametrize(("text", "word"), NO_SCENE, ids=[s[1] for s in NO_SCENE])
def test_no_scene_country(model: Any, text: str, word: str) -> None:
    assert all(country is None for _, country, _ in resolve(text, word, model))


def test_the_scene_keeps_the_name_and_a_known_country_wins(model: Any) -> None:
    assert resolve("Prisoners rioted at a jail in Dili.", "Prisoners", model) == [("Prisoners", "TLS", True)]
    # the actor's own country is not replaced by the scene
    assert resolve("Russian troops shelled positions in Ukraine.", "troops", model) == [
        ("Russia", "RUS", False)
    ]
