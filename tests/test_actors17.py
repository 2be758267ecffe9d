"""Session 17 actor data and rules: office holders listed under a short given name also carry the
formal one that wire copy writes ("Richard Cheney" for Dick Cheney; officeholders.GivenNames
reads an unlisted given name as another person), terms found missing in the second review of
1988-2012, the Taliban's state and its spokesman, state broadcasters and news agencies, and
airlines named without "Airlines" as their state's companies (a bare "Emirates" only where it
flies)."""

from __future__ import annotations

import csv
from datetime import date
from importlib import resources
from typing import Any

import pytest

from frontwatch import nlp
from frontwatch.resolve.actors import ActorDictionary


def mentions(
    actors: ActorDictionary, model: Any, text: str, on: date
) -> list[tuple[str, str | None, str | None]]:
    """(text, country, sector) of each mention of a one-sentence text."""
    sent = nlp.parse(text, model).sentences[0]
    return [(m.text, m.entity.country, m.entity.sector) for m in actors.match(sent, on)]


def _rows(name: str) -> list[list[str]]:
    text = resources.files("frontwatch.data.actors").joinpath(name).read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if line and not line.startswith("#")]
    return [row for row in csv.reader(lines[1:], delimiter="\t")]


# Short given names and the formal names wire copy also writes for the same people.
_FORMAL = {"Bill": ("William",), "Dick": ("Richard",), "Bob": ("Robert",), "Jim": ("James",),
           "Mike": ("Michael",), "Chuck": ("Charles",), "Joe": ("Joseph",), "Liz": ("Elizabeth",),
           "Tony": ("Anthony", "Antony"), "Geoff": ("Geoffrey",), "Des": ("Desmond",),
           "Tom": ("Thomas",), "Sam": ("Samuel",), "Gerry": ("Gerard",), "Don": ("Donald",),
           "Phil": ("Phillip", "Philip"), "Pete": ("Peter",), "Chris": ("Christopher",),
           "Benny": ("Benjamin",), "Les": ("Leslie",), "Al": ("Albert",), "Ash": ("Ashton",)}  # fmt: skip


# People whose short name is no short form of the formal one: Dick Schoof was christened
# Hendrikus Wilhelmus Maria, which wire copy never writes.
_OWN_NAMES = frozenset({"Dick Schoof"})


@pytest.mark.parametrize("table", ["officeholders.tsv", "officeholders_history.tsv"])
def test_short_given_names_carry_the_formal_one(table: str) -> None:
    missing = []
    for row in _rows(table):
        first = row[0].split()[0]
        if first in _FORMAL and row[0] not in _OWN_NAMES:
            words = {w for alias in row[1].split("|") for w in alias.split()}
            if not words & set(_FORMAL[first]):
                missing.append(row[0])
    assert not missing


@pytest.mark.parametrize(
    ("text", "on", "country"),
    [
        ("Defense Secretary Richard Cheney accused Iraq of lying.", date(1990, 8, 10), "USA"),
        ("Charles Hagel accused China of bullying its neighbours.", date(2014, 4, 8), "USA"),
        ("Michael Pompeo accused Iran of attacking two tankers.", date(2019, 6, 14), "USA"),
        ("Pence accused China of meddling in the elections.", date(2018, 10, 5), "USA"),
        ("Isarescu accused Hungary of interfering in Romania's affairs.", date(2000, 5, 10), "ROU"),
        ("Asselborn urged Iran to suspend uranium enrichment.", date(2006, 5, 20), "LUX"),
        ("Foreign Minister Donald McKinnon condemned the killings.", date(1999, 9, 8), "NZL"),
        ("Olivier Nduhungirehe condemned the attack.", date(2025, 3, 1), "RWA"),
        ("Therese Kayikwamba Wagner condemned the attack.", date(2025, 3, 1), "COD"),
        ("Ahmed Sharif Chaudhry condemned the attack.", date(2025, 5, 8), "PAK"),
        ("Salifou Mody condemned the attack.", date(2024, 1, 10), "NER"),
        ("Omar Alieu Touray condemned the attack.", date(2024, 2, 1), "ECOWAS"),
        ("Medinsky condemned the attack.", date(2025, 5, 16), "RUS"),
        ("Traore condemned the attack.", date(2024, 5, 1), "BFA"),
        ("Traore condemned the attack.", date(2012, 5, 1), "MLI"),
    ],
)
def test_holders_by_formal_name_and_new_terms(
    actors: ActorDictionary, model: Any, text: str, on: date, country: str
) -> None:
    assert mentions(actors, model, text, on)[0][1] == country


def test_manley_alone_is_no_jamaican(actors: ActorDictionary, model: Any) -> None:
    """Bare "Manley" is not Michael Manley's alias: John Manley, Canada's foreign minister of
    2000-02, bears the name too."""
    found = mentions(actors, model, "Manley urged Pakistan to act.", date(2001, 11, 20))
    assert all(country != "JAM" for _, country, _ in found)


@pytest.mark.parametrize(
    ("text", "on", "expected"),
    [
        ("The Islamic Emirate said it had arrested three men.", date(2022, 3, 1), ("AFG", "GOV")),
        ("Zabihullah Mujahid said the district had fallen.", date(2019, 7, 1), ("AFG", "REB")),
        ("Zabihullah Mujahid said the border was closed.", date(2022, 9, 6), ("AFG", "GOV")),
        ("The BBC said two of its reporters were detained.", date(2023, 1, 10), ("GBR", "MED")),
        ("Voice of America reported the attack.", date(2001, 5, 10), ("USA", "MED")),
        ("VOA reported the attack.", date(2001, 5, 10), ("USA", "MED")),
        ("Al Arabiya reported the attack.", date(2016, 4, 10), ("SAU", "MED")),
        ("Xinhua News Agency reported the drills.", date(2022, 8, 5), ("CHN", "MED")),
        ("Press TV reported the seizure.", date(2023, 6, 1), ("IRN", "MED")),
    ],
)
def test_state_bodies_and_media(
    actors: ActorDictionary, model: Any, text: str, on: date, expected: tuple[str, str]
) -> None:
    assert mentions(actors, model, text, on)[0][1:] == expected


def test_cctv_cameras_are_no_broadcaster(actors: ActorDictionary, model: Any) -> None:
    found = mentions(actors, model, "CCTV footage showed police beating protesters.", date(2019, 10, 2))
    assert all(country != "CHN" for _, country, _ in found)


@pytest.mark.parametrize(
    ("text", "carrier"),
    [
        ("Emirates suspended flights to Tehran.", ("Emirates", "ARE", "BUS")),
        ("Lufthansa suspended flights to Tel Aviv.", ("Lufthansa", "DEU", "BUS")),
        ("Aeroflot cancelled its flights to Cairo.", ("Aeroflot", "RUS", "BUS")),
        ("Air France suspended flights to Beirut.", ("Air France", "FRA", "BUS")),
        ("Ethiopian resumed flights to Asmara.", ("Ethiopian", "ETH", "BUS")),
        ("Israel accused flydubai of flying officials to Beirut.", ("flydubai", "ARE", "BUS")),
    ],
)
def test_airlines_named_without_airlines(
    actors: ActorDictionary, model: Any, text: str, carrier: tuple[str, str, str]
) -> None:
    assert carrier in mentions(actors, model, text, date(2024, 8, 5))


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("The Emirates condemned the attack on the tanker.", ("The Emirates", "ARE", None)),
        ("Iran accused the Emirates of closing its airspace.", ("the Emirates", "ARE", None)),
        ("Ethiopian troops shelled positions near the airport.", ("Ethiopian troops", "ETH", "MIL")),
    ],
)
def test_the_state_is_no_airline(
    actors: ActorDictionary, model: Any, text: str, mention: tuple[str, str, str | None]
) -> None:
    """With its article, or before a noun it modifies, the name is the state's even where the
    sentence speaks of flying."""
    found = mentions(actors, model, text, date(2024, 8, 5))
    assert mention in found
    assert all(sector != "BUS" for _, _, sector in found)


def test_bare_emirates_without_flights_is_no_airline(actors: ActorDictionary, model: Any) -> None:
    found = mentions(actors, model, "Emirates condemned the attack on the tanker.", date(2024, 8, 5))
    assert all(sector != "BUS" for _, _, sector in found)
