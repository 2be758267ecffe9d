"""Session 16 actor rules, on real parses: a full name whose given name is not an office holder's
is someone else of that family name ("Joao Guterres" is not Antonio Guterres; a spelling of the
holder's own given name or an honorific still is the holder), a republic or autonomous region
inside a state named as the owner of an office is that state's ("Tatarstan's president"), and a
people named by its plural demonym with the country or capital it lives in is that state's
("Russians in Estonia")."""

from __future__ import annotations

from datetime import date
from typing import Any

from frontwatch import nlp
from frontwatch.resolve.actor_entries import ActorEntry, province_countries
from frontwatch.resolve.actors import ActorDictionary


def mentions(actors: ActorDictionary, model: Any, text: str, on: date) -> list[tuple[str, str | None]]:
    """(text, country) of each mention of a one-sentence text."""
    sent = nlp.parse(text, model).sentences[0]
    return [(m.text, m.entity.country) for m in actors.match(sent, on)]


def _person(name: str, pattern: str) -> ActorEntry:
    return ActorEntry(pattern, name, "PRT", "GOV", "person", role="head_of_government")


def test_given_names_tell_another_bearer_from_spellings() -> None:
    from frontwatch.resolve.officeholders import GivenNames

    given = GivenNames(
        [_person("Antonio Guterres", "Guterres"), _person("Antonio Guterres", "António Guterres")]
    )
    holder = _person("Antonio Guterres", "Guterres")
    assert given.another_bearer(holder, ["Eurico"])
    assert given.another_bearer(holder, ["Joao"])
    assert not given.another_bearer(holder, ["António"])
    assert not given.another_bearer(holder, ["Antonio", "Manuel"])  # a middle name the table lacks
    assert not given.another_bearer(holder, ["Mr"])  # an honorific is no given name
    kofi = _person("Kofi Annan", "Annan")
    assert GivenNames([kofi]).another_bearer(kofi, ["Kojo"])  # one letter in common is no spelling
    dmitry = _person("Dmitry Peskov", "Peskov")
    assert not GivenNames([dmitry]).another_bearer(dmitry, ["Dmitriy"])
    mohamed = _person("Ali Mohamed Gedi", "Gedi")
    assert not GivenNames([mohamed]).another_bearer(mohamed, ["Muhammad"])


OTHER_BEARERS = [
    ("Joao Guterres accused Australia of bias.", "Guterres", "1999-09-21"),
    ("Militia leader Joao Guterres threatened the peacekeepers.", "Guterres", "1999-09-21"),
    ("Kojo Annan accused Britain of smearing his father.", "Annan", "2004-12-01"),
]
HOLDERS = [
    ("Prime Minister Antonio Guterres accused Indonesia of bias.", "Guterres", "1999-09-21", "PRT"),
    ("Guterres accused Indonesia of failing to stop the militias.", "Guterres", "1999-09-21", "PRT"),
    ("Mr Annan met Iraqi officials in Baghdad.", "Annan", "1998-02-20", "UN"),
    ("Dmitriy Peskov accused Britain of lying.", "Peskov", "2016-06-01", "RUS"),
]


def test_a_full_name_with_another_given_name_is_not_the_holder(actors: ActorDictionary, model: Any) -> None:
    for text, word, on in OTHER_BEARERS:
        got = [c for t, c in mentions(actors, model, text, date.fromisoformat(on)) if word in t]
        assert got in ([], [None]), text
    for text, word, on, code in HOLDERS:  # the holder's own names, spellings, an honorific
        got = [c for t, c in mentions(actors, model, text, date.fromisoformat(on)) if word in t]
        assert got == [code], text


def test_republics_inside_a_state_are_its_provinces() -> None:
    found = province_countries()
    for name, code in [("Ingushetia", "RUS"), ("Chechnya", "RUS"), ("Tatarstan", "RUS"),
                       ("Republika Srpska", "BIH"), ("Zanzibar", "TZA"), ("Adjara", "GEO")]:  # fmt: skip
        assert found.get(name.lower().replace(" ", "")) == code, name


REGIONAL_LEADERS = [
    ("Tatarstan's president accused Moscow of ignoring the treaty.", "president", "RUS"),
    ("Ingushetia's president urged Moscow to open talks with the rebels.", "president", "RUS"),
    ("Republika Srpska's prime minister accused Sarajevo of blocking the reforms.", "minister", "BIH"),
]


def test_a_republic_before_its_leader_gives_its_state(actors: ActorDictionary, model: Any) -> None:
    for text, word, code in REGIONAL_LEADERS:
        got = [c for t, c in mentions(actors, model, text, date(2000, 1, 20)) if word in t]
        assert got == [code], text


PEOPLES = [
    ("Russians in Estonia protested against the new language law.", "Russians", "EST"),
    ("Hungarians in Romania protested against the closure of their university.", "Hungarians", "ROU"),
    ("Serbs in the suburbs of Sarajevo protested against the accord.", "Serbs", "BIH"),
    ("Ethnic Albanians in neighbouring Macedonia demanded more rights.", "Albanians", "MKD"),
    ("Serbs protested in Belgrade against the arrest.", "Serbs", "SRB"),  # their own state's capital
    ("Serbian troops shelled Sarajevo.", "Serbian", "SRB"),  # a force, not a people living there
]


def test_a_people_living_in_another_state_is_that_state(actors: ActorDictionary, model: Any) -> None:
    for text, word, code in PEOPLES:
        got = [c for t, c in mentions(actors, model, text, date(1995, 11, 22)) if word in t]
        assert got == [code], text
