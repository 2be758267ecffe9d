"""Round 16 place and date rules on wire sentences of our own (tests/golden/places16.jsonl): a
compass-point name ("the North-West") lies in the story's country or nowhere, and shares a plural
area noun after a list ("the North-West and South-West regions", "the North and South Kivu
provinces"); a people's compound name ("Turkish Cypriot", "Kosovo Albanian") names no country; a
word of a longer unknown name ("Intan" of "Intan Jaya") is no loosely spelt town abroad; a small
district abroad gives way to the dateline's country; a facility named after the dateline's town
is in it; an offset in a relative clause ("the raid, which came two days after a ceasefire took
effect") does not count from the publication day."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from frontwatch.nlp import parse_many
from frontwatch.resolve.dates import resolve_date
from frontwatch.resolve.gazetteer import Candidate
from frontwatch.resolve.place_context import compass_home, far_compass_name
from frontwatch.resolve.toponyms import coordinated_admin_noun, gapped_tail, in_ethnonym

DEMONYMS = {"turkish": "TUR", "cypriot": "CYP", "bosnian": "BIH", "serb": "SRB", "indian": "IND"}


def _town(name: str, country: str, population: int = 800, kind: str = "city") -> Candidate:
    return Candidate(1, name, kind, country, None, None, 0.0, 0.0, population, None, "city")


def test_compass_names_stay_in_the_story_country() -> None:
    """A compass-point name is no town abroad; an area of that name needs the story's country
    when the story has one; a name with other words is left to the other rules."""
    us_town = _town("Northwest", "USA")
    assert far_compass_name(us_town, "north west", None, {}, set())
    assert far_compass_name(us_town, "north west", "CMR", {}, set())
    assert not far_compass_name(_town("Northwest", "CMR"), "north west", "CMR", {}, set())
    area = _town("North Region", "GHA", 300_000, "admin1")
    assert not far_compass_name(area, "north", None, {}, set())  # no story country yet
    assert far_compass_name(area, "north", None, {"CMR": {"bamenda"}}, set())
    assert not far_compass_name(_town("West Bend", "USA"), "west bend", None, {}, set())
    assert compass_home("north west", None, {}, {"CMR"}) == "CMR"
    assert compass_home("north west", None, {}, {"CMR", "NGA"}) is None
    assert compass_home("bamenda", "CMR", {}, set()) is None


@pytest.mark.parametrize(
    ("text", "word", "noun", "tail"),
    [
        ("Rebels imposed a curfew on the North-West and South-West regions.", "North", "region", ""),
        ("Fighting spread to the North and South Kivu provinces.", "North", "province", " Kivu"),
        ("Drones struck the Kharkiv and Sumy regions.", "Kharkiv", "region", ""),
    ],
)
def test_a_plural_area_noun_is_shared_by_compass_names(
    model: Any, text: str, word: str, noun: str, tail: str
) -> None:
    """A list of names before a plural area noun gives each name the noun, compass names too;
    a bare compass word shares the last name's own words ("North" of "North and South Kivu")."""
    toks = next(iter(parse_many([text], model))).sentences[0].tokens
    s = next(t.i for t in toks if t.text == word)
    e = s + 1
    while toks[e].text in ("-", "West"):
        e += 1
    got = coordinated_admin_noun(toks, e)
    assert got is not None and got[1] == noun
    assert gapped_tail(toks, s, e) == tail


@pytest.mark.parametrize(
    ("text", "word", "group"),
    [
        ("Turkish Cypriot leaders met on Monday.", "Turkish", True),
        ("Turkish Cypriot leaders met on Monday.", "Cypriot", True),
        ("Bosnian Serb police detained two men.", "Serb", True),
        ("Turkish troops crossed the border.", "Turkish", False),
        ("the Centre for Monitoring Indian Economy said", "Indian", False),
    ],
)
def test_a_peoples_compound_name_hints_at_no_country(model: Any, text: str, word: str, group: bool) -> None:
    """Two demonyms in a row name a people ("Turkish Cypriot"), not either country."""
    toks = next(iter(parse_many([text], model))).sentences[0].tokens
    k = next(t.i for t in toks if t.text == word)
    assert in_ethnonym(toks, k, DEMONYMS) is group


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # the event a relative clause tells of has no known day: no offset from publication
        (
            "Egypt condemned the Israeli raid, which came two days after a ceasefire took effect.",
            "took",
            None,
        ),
        ("Police arrested the man who shot a soldier two days after the truce began.", "began", None),
        # the sentence's own clause still counts from the publication day, or from its own date
        ("Protesters gathered a week after troops arrived in the capital.", "arrived", date(2025, 1, 13)),
        (
            "Rebels attacked the base on Monday, three days after troops arrived.",
            "arrived",
            date(2025, 1, 17),
        ),
    ],
)
def test_offsets_in_relative_clauses(model: Any, text: str, trigger: str, expected: date | None) -> None:
    sentence = next(iter(parse_many([text], model))).sentences[0]
    k = next(t.i for t in sentence.tokens if t.text == trigger)
    assert resolve_date(sentence, k, date(2025, 1, 23))[0] == expected
