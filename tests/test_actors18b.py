"""Session 18 (round 2) actor rules: peoples of several states placed by where they are, dotted
abbreviations glued to a name by a hyphen, crowds and workers as sectors, armour after a country
word as its forces, and "armed men" as an armed group."""

from __future__ import annotations

from frontwatch.models import Entity
from frontwatch.placed_parties import lives_there
from frontwatch.resolve.actor_entries import community_states, load_entries


def _sector(word: str) -> tuple[str | None, str]:
    entry = next(e for e in load_entries() if e.kind == "sector" and e.pattern == word)
    return entry.sector, entry.role


def test_peoples_of_several_states_list_their_states() -> None:
    states = community_states()
    assert states["Kurds"] == frozenset({"TUR", "IRQ", "SYR", "IRN"})
    assert "LKA" in states["Tamils"]
    assert "Yoruba" not in states  # one state: its own country column


def test_a_people_takes_the_place_only_when_it_is_one_of_theirs() -> None:
    kurds = Entity("Kurds", "Kurds", None, None)
    assert lives_there(kurds, "TUR")
    assert not lives_there(kurds, "DEU")
    assert lives_there(Entity("ethnic Albanians", "ethnic Albanians", None, None), "XKX")
    assert not lives_there(Entity("rebels", "rebels", None, "REB"), "TUR")


def test_crowds_and_workers_are_sectors() -> None:
    assert _sector("crowd")[0] == "CVL"
    assert _sector("mob")[0] == "CVL"
    assert _sector("rioters")[0] == "OPP"
    assert _sector("teachers")[0] == "LAB"
    assert _sector("armed men")[0] == "REB"


def test_armour_counts_only_after_a_country_word() -> None:
    for word in ("tank", "warplane", "gunboat", "helicopter gunship", "armoured vehicle"):
        assert _sector(word) == ("MIL", "chain")
