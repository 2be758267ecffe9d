"""Session 20 actor rules from the blind probe actors20 (1985-2010 wire copy): a capital's
namesake town ("Paris, Texas") is no metonym, "rebel Serbs" are a people's rebels placed where
they fight (not Serbia), a union's double name ("Serbia-Montenegro") is one state, a think tank
is no government, and the armed groups of the era the dictionary lacked (GAM, "Contra rebels")."""

from __future__ import annotations

import pytest

from frontwatch.resolve.actors import ActorDictionary

from .conftest import coded_on, dyad_lists


def test_a_capital_before_a_division_of_another_state_is_a_namesake_town() -> None:
    events = coded_on("Police in Paris, Texas, arrested three men suspected of burning a church.", 1996)
    assert dyad_lists(events, "COERCE")[0][0] == ["USA"]


def test_a_capital_before_its_own_country_stays_the_capital() -> None:
    events = coded_on("Police in Paris, France, arrested three men on Monday.", 1996)
    assert dyad_lists(events, "COERCE")[0][0] == ["FRA"]


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Croatian troops captured the rebel Serb stronghold of Knin on Saturday.", 1),
        ("Croatian troops attacked rebel Serbs near Knin on Saturday.", 1),
        ("Rebel Serbs shelled the Croatian town of Karlovac on Thursday.", 0),
    ],
)
def test_rebel_serbs_in_croatia_are_not_serbia(text: str, role: int) -> None:
    events = [e for e in coded_on(text, 1995) if e.event_type in ("ASSAULT", "COERCE")]
    parties = events[0].recipients if role else events[0].actors
    assert [e.country for e in parties] == ["HRV"]


def test_serbian_police_stay_serbian() -> None:
    events = coded_on("Ethnic Albanian rebels attacked Serbian police near Pristina.", 1999)
    assert dyad_lists(events, "ASSAULT") == [(["XKX"], ["SRB"])]


@pytest.mark.parametrize(
    ("text", "country", "sector"),
    [
        ("Serbia-Montenegro", "SRB", None),
        ("Serbia and Montenegro", "SRB", None),
        ("Free Aceh Movement rebels", "IDN", "REB"),
        ("GAM rebels", "IDN", "REB"),
        ("Contra rebels", "NIC", "REB"),
        ("A Washington think tank", "USA", "NGO"),
    ],
)
def test_names_of_the_era(actors: ActorDictionary, text: str, country: str, sector: str | None) -> None:
    entity = actors.resolve_text(text)
    assert entity is not None
    assert (entity.country, entity.sector) == (country, sector)


def test_a_capital_alone_is_still_its_government(actors: ActorDictionary) -> None:
    entity = actors.resolve_text("Washington")
    assert entity is not None
    assert (entity.country, entity.sector) == ("USA", "GOV")


def test_where_a_crowd_gathers_is_its_place_while_a_meeting_venue_is_not() -> None:
    """A signing's or a meeting's venue says nothing of whose the parties are, but the city where
    protesters gather is theirs (the venue rule had made Warsaw's protesters Russian, by the
    embassy they marched to)."""
    text = "In Warsaw, protesters gathered outside the Belarusian embassy, then marched to the Russian one."
    assert dyad_lists(coded_on(text, 2023, 1, 15), "PROTEST") == [(["POL"], [])]
    lome = coded_on("The government signed an accord with the rebels in Lome.", 1999)
    assert all("TGO" not in actors for actors, _ in dyad_lists(lome, "SUPPORT"))
