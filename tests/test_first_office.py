"""An undated article's people keep the office of their first mention (officeholders.first_office):
with no date, a bare surname would go to the person's latest term."""

from __future__ import annotations

from frontwatch.config import Settings
from frontwatch.evaluate import default_coder


def _actor_countries(text: str, published: object = None) -> list[list[str | None]]:
    coder = default_coder(Settings(allow_network=False))
    return [[a.country for a in e.actors] for e in coder(text, published)]  # type: ignore[arg-type]


TEXT = (
    "NATO Secretary-General Jens Stoltenberg met Lithuanian President Gitanas Nauseda in Vilnius. "
    "Stoltenberg later urged Belarus to send the Russian troops home."
)


def test_a_bare_surname_keeps_the_office_of_the_first_mention() -> None:
    found = _actor_countries(TEXT)
    assert found and all(countries == ["NATO"] for countries in found), found


def test_alone_the_bare_surname_of_an_undated_text_goes_to_the_latest_term() -> None:
    # the rule binds within one article only: the bare name alone still takes the latest term
    found = _actor_countries("Stoltenberg said Norway would send more troops to Lithuania.")
    assert ["NOR"] in found, found
