"""Session 13 actor rules on real parses: a possessive pronoun in a later conjunct names the
conjunct before it, a relational noun it owns ("its proxies") is not that owner, "his country" is
the owner's state, and Greenland is a country of its own (GRL)."""

from __future__ import annotations

from typing import Any

import pytest

from .conftest import phrase_countries as countries

OWNED_RELATIONS = [
    # the proxies are not Iran, nor the speaker's: no country
    ("Iran and its proxies attacked shipping in the Red Sea, the Pentagon said.", "proxies", ["IRN"]),
    ("The Houthis and their backers fired missiles at Israel.", "backers", ["YEM"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "word", "first"), OWNED_RELATIONS, ids=[r[1] for r in OWNED_RELATIONS])
def test_an_owned_relation_is_not_its_owner(model: Any, text: str, word: str, first: list[str]) -> None:
    owner = text.split()[0] if text.split()[0] != "The" else text.split()[1]
    assert countries(text, owner, model) == first
    assert countries(text, word, model) == []


def test_a_placed_relation_keeps_its_place(model: Any) -> None:
    """An owned ally placed in another country is that country's ("Iran's proxies in Iraq")."""
    assert countries("Gunmen shot dead a commander of Iran's proxies in Iraq.", "commander", model) == ["IRQ"]


HOMELANDS = [
    ("Lavrov said his country had expelled two British diplomats.", "RUS"),
    ("Venezuela's foreign minister said his country had expelled the Colombian ambassador.", "VEN"),
    ("Japanese Prime Minister Shigeru Ishiba said his country would impose sanctions.", "JPN"),
]


@pytest.mark.parametrize(("text", "country"), HOMELANDS, ids=[h[1] for h in HOMELANDS])
def test_his_country_is_the_owners_state(model: Any, text: str, country: str) -> None:
    assert countries(text, "country", model) == [country]


def test_his_country_without_a_known_owner_is_nobody(model: Any) -> None:
    text = "The foreign minister said his country had expelled two diplomats."
    assert countries(text, "country", model) == []


def test_greenland_is_its_own_country(model: Any) -> None:
    assert countries("A Greenlandic official criticised the United States.", "official", model) == ["GRL"]
    assert countries("Greenland's prime minister rejected the offer.", "minister", model) == ["GRL"]
