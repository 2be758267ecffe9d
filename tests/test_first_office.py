"""An undated article's people keep the office of their first mention (officeholders.first_office):
with no date, a bare surname would go to the person's latest term."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from frontwatch.config import Settings
from frontwatch.evaluate import default_coder

Countries = Callable[[str], list[list[str | None]]]


@pytest.fixture(scope="module")
def actor_countries() -> Countries:
    """The actor countries of each event of an undated text."""
    coder = default_coder(Settings(allow_network=False))
    return lambda text: [[a.country for a in e.actors] for e in coder(text, None)]


TEXT = (
    "NATO Secretary-General Jens Stoltenberg met Lithuanian President Gitanas Nauseda in Vilnius. "
    "Stoltenberg later urged Belarus to send the Russian troops home."
)


def test_a_bare_surname_keeps_the_office_of_the_first_mention(actor_countries: Countries) -> None:
    found = actor_countries(TEXT)
    assert found and all(countries == ["NATO"] for countries in found), found


def test_alone_a_bare_surname_of_an_undated_text_takes_the_latest_term(actor_countries: Countries) -> None:
    # the rule binds within one article only: the bare name alone still takes the latest term
    found = actor_countries("Stoltenberg said Norway would send more troops to Lithuania.")
    assert ["NOR"] in found, found
