"""Export layouts (`--layout plover|cameo|acled`) and their mapping tables."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import UTC, date, datetime

import pytest

from frontwatch.layouts import (
    acled_table,
    acled_type,
    cameo_actor,
    cameo_code,
    cameo_table,
    country_name,
    to_acled,
    to_cameo,
    to_plover,
)
from frontwatch.models import EVENT_TYPES, MODES, Article, Entity, Event, Evidence, Place

SENTENCE = "A train of Russian troops arrived in Belarus, the Belarusian defence ministry said on Friday."
ARTICLE = Article(
    id="a" * 64,
    url="https://wire.example/1",
    outlet="Eastern Wire",
    title="Troops arrive",
    published=datetime(2023, 1, 9, 8, 0, tzinfo=UTC),
    text=SENTENCE,
    language="en",
    ingested_at=datetime(2023, 1, 10, tzinfo=UTC),
)
MINSK = Place("Belarus", "Belarus", "BLR", None, 53.0, 28.0, "country", 630336)


def _event(
    event_type: str = "MOBILIZE",
    mode: str | None = "troops",
    actors: Sequence[Entity] = (Entity("Russian troops", "Russia", "RUS", "MIL"),),
    recipients: Sequence[Entity] = (),
    *,
    contexts: tuple[str, ...] = ("military",),
    factuality: str = "actual",
    attribution: Entity | None = Entity(
        "the Belarusian defence ministry", "Ministry of Defence of Belarus", "BLR", "MIL"
    ),
    location: Place | None = MINSK,
) -> Event:
    return Event(
        id="e1",
        article_id=ARTICLE.id,
        event_type=event_type,
        mode=mode,
        contexts=contexts,
        actors=tuple(actors),
        recipients=tuple(recipients),
        location=location,
        date=date(2023, 1, 6),
        date_precision="day",
        date_text="on Friday",
        factuality=factuality,
        attribution=attribution,
        evidence=Evidence(SENTENCE, 0, 0, len(SENTENCE), "arrived"),
        intensity=-2.0,
        confidence=0.8,
    )


RUS_MIL = Entity("Russian forces", "Russia", "RUS", "MIL")
UKR_CVL = Entity("civilians", "Ukraine", "UKR", "CVL")
UKR_MIL = Entity("Ukrainian troops", "Ukraine", "UKR", "MIL")


# tables --------------------------------------------------------------------------------------
def test_every_type_and_mode_has_a_cameo_code() -> None:
    for etype in EVENT_TYPES:
        assert (etype, "", "") in cameo_table(), etype
        for mode in MODES.get(etype, ()):
            code = cameo_code(etype, mode)
            assert code.code.isdigit() and 3 <= len(code.code) <= 4, (etype, mode)
            assert 1 <= int(code.root) <= 20


def test_acled_table_uses_acled_vocabulary() -> None:
    types = {
        "Battles",
        "Explosions/Remote violence",
        "Violence against civilians",
        "Protests",
        "Riots",
        "Strategic developments",
    }
    for (etype, mode), (_, acled, sub) in acled_table().items():
        assert etype in EVENT_TYPES and acled in types and sub
        assert not mode or mode in MODES[etype]


@pytest.mark.parametrize(
    ("etype", "mode", "contexts", "code", "root", "quad"),
    [
        ("ASSAULT", "aerial", (), "195", "19", 4),
        ("ASSAULT", None, (), "190", "19", 4),
        ("PROTEST", "demo", (), "141", "14", 4),
        ("CONSULT", "phone", (), "041", "04", 1),
        ("AID", None, ("military",), "072", "07", 2),
        ("ACCUSE", "investigate", (), "090", "09", 3),
        ("COERCE", "seize", ("military",), "192", "19", 4),
        ("COERCE", "seize", (), "171", "17", 4),
        ("RETREAT", "release", (), "0841", "08", 2),
        ("MOBILIZE", "unknown-mode", (), "150", "15", 4),
    ],
)
def test_cameo_code(
    etype: str, mode: str | None, contexts: tuple[str, ...], code: str, root: str, quad: int
) -> None:
    found = cameo_code(etype, mode, contexts)
    assert (found.code, found.root, found.quad_class) == (code, root, quad)


def test_names_and_actor_codes() -> None:
    assert country_name("BLR") == "Belarus" and country_name("XKX") == "Kosovo"
    assert country_name("NATO") == "NATO" and country_name(None) is None
    assert cameo_actor(RUS_MIL) == "RUSMIL"
    assert cameo_actor(Entity("NATO", "NATO", "NATO", "IGO")) == "IGOWSTNAT"
    assert cameo_actor(Entity("gunmen", "gunmen", None, "REB")) == "---REB"


# layouts -------------------------------------------------------------------------------------
def test_plover_layout() -> None:
    row = to_plover(_event(), ARTICLE)
    assert row["event"] == "MOBILIZE" and row["mode"] == "troops" and row["date"] == "2023-01-06"
    assert row["source"] == [
        {"actorText": "Russian troops", "name": "Russia", "code": "RUS", "sector": "MIL"}
    ]
    assert row["target"] == [] and row["eventText"] == "arrived" and row["text"] == SENTENCE
    assert row["eventLoc"]["country"] == "BLR" and row["eventLoc"]["lat"] == 53.0
    assert (row["factuality"], row["attribution_country"]) == ("actual", "BLR")
    assert row["publication"] == "Eastern Wire" and row["url"] == ARTICLE.url
    json.dumps(row)  # JSON-ready


def test_cameo_layout_is_dyadic_and_keeps_factuality() -> None:
    event = _event(
        "ASSAULT",
        "heavy-weapons",
        [RUS_MIL],
        [UKR_MIL],
        factuality="hypothetical",
        attribution=Entity("Kyiv", "Ukraine", "UKR", "GOV"),
        location=None,
    )
    row = to_cameo(event, ARTICLE)
    assert (row["code"], row["root_code"], row["quad_class"]) == ("194", "19", 4)
    assert (row["source"], row["target"]) == ("RUSMIL", "UKRMIL")
    assert row["date"] == "20230106" and row["country_code"] is None
    assert row["factuality"] == "hypothetical" and row["attribution_country"] == "UKR"
    compound = to_cameo(
        _event(
            "ASSAULT",
            "aerial",
            [Entity("US", "United States", "USA", "MIL"), Entity("UK", "United Kingdom", "GBR", "MIL")],
        )
    )
    assert compound["source"] == "USAMIL;GBRMIL" and compound["source_country"] == "USA;GBR"
    assert compound["url"] is None


def test_acled_layout_fields() -> None:
    row = to_acled(_event("ASSAULT", "drone", [RUS_MIL], [UKR_MIL]), ARTICLE)
    assert (row["disorder_type"], row["event_type"], row["sub_event_type"]) == (
        "Political violence",
        "Explosions/Remote violence",
        "Air/drone strike",
    )
    assert row["actor1"] == "Military Forces of Russia" and row["actor2"] == "Military Forces of Ukraine"
    assert (row["inter1"], row["inter2"], row["interaction"]) == (1, 1, 11)
    assert row["country"] == "Belarus" and row["iso3"] == "BLR" and row["geo_precision"] == 3
    assert (row["latitude"], row["longitude"]) == (53.0, 28.0)
    assert row["event_date"] == "2023-01-06" and row["year"] == 2023 and row["time_precision"] == 1
    assert row["source"] == "Eastern Wire" and row["notes"] == SENTENCE
    assert row["fatalities"] is None and row["civilian_targeting"] is None


@pytest.mark.parametrize(
    ("etype", "mode", "actors", "recipients", "expected"),
    [
        ("ASSAULT", "firearms", [RUS_MIL], [UKR_MIL], ("Battles", "Armed clash")),
        ("ASSAULT", None, [RUS_MIL], [UKR_CVL], ("Violence against civilians", "Attack")),
        ("ASSAULT", "aerial", [RUS_MIL], [UKR_CVL], ("Explosions/Remote violence", "Air/drone strike")),
        (
            "ASSAULT",
            "abduct",
            [],
            [UKR_CVL],
            ("Violence against civilians", "Abduction/forced disappearance"),
        ),
        (
            "ASSAULT",
            "crowd-control",
            [Entity("police", "Georgia", "GEO", "COP")],
            [],
            ("Protests", "Excessive force against protesters"),
        ),
        (
            "PROTEST",
            "demo",
            [Entity("protesters", "Georgia", "GEO", "CVL")],
            [],
            ("Protests", "Peaceful protest"),
        ),
        (
            "PROTEST",
            "riot",
            [Entity("rioters", "Serbia", "SRB", "OPP")],
            [],
            ("Riots", "Violent demonstration"),
        ),
        ("COERCE", "seize", [RUS_MIL], [], ("Battles", "Armed clash")),
        (
            "COERCE",
            "seize",
            [Entity("M23", "M23", "COD", "REB")],
            [],
            ("Battles", "Non-state actor overtakes territory"),
        ),
        (
            "COERCE",
            "arrest",
            [Entity("police", "Belarus", "BLR", "COP")],
            [],
            ("Strategic developments", "Arrests"),
        ),
        ("AGREE", None, [RUS_MIL], [], ("Strategic developments", "Agreement")),
        ("RETREAT", "ceasefire", [RUS_MIL], [], ("Strategic developments", "Agreement")),
        ("MOBILIZE", "troops", [RUS_MIL], [], ("Strategic developments", "Other")),
        ("ACCUSE", "allege", [RUS_MIL], [UKR_MIL], (None, None)),
    ],
)
def test_acled_event_types(
    etype: str,
    mode: str | None,
    actors: list[Entity],
    recipients: list[Entity],
    expected: tuple[str | None, str | None],
) -> None:
    event = _event(etype, mode, actors, recipients)
    assert acled_type(event)[1:] == expected


def test_acled_actors_for_protests_and_civilians() -> None:
    protest = to_acled(_event("PROTEST", "demo", [Entity("Georgians", "Georgia", "GEO", "CVL")], []))
    assert protest["actor1"] == "Protesters (Georgia)" and protest["inter1"] == 6 and protest["inter2"] == 0
    assert protest["interaction"] == 6
    attack = to_acled(_event("ASSAULT", None, [RUS_MIL], [UKR_CVL]))
    assert attack["actor2"] == "Civilians (Ukraine)" and attack["interaction"] == 17
    assert attack["civilian_targeting"] == "Civilian targeting"
    gunmen = to_acled(_event("ASSAULT", "abduct", [Entity("gunmen", "gunmen", None, None)], [UKR_CVL]))
    assert gunmen["actor1"] == "gunmen" and gunmen["inter1"] == 0
    gunman = to_acled(_event("ASSAULT", "firearms", [Entity("A gunman", "gunman", "CAN", "CRM")], [UKR_CVL]))
    assert gunman["inter1"] == 3 and gunman["interaction"] == 37
    no_place = to_acled(_event(location=None, attribution=None))
    assert no_place["country"] is None and no_place["attribution"] is None


def test_layouts_accept_no_article() -> None:
    for convert in (to_plover, to_cameo, to_acled):
        row = convert(_event())
        assert row["url"] is None and row["factuality"] == "actual"


def test_acled_actor_without_sector_and_protest_victims() -> None:
    strike = to_acled(_event("ASSAULT", "aerial", [Entity("Russia", "Russia", "RUS", None)], []))
    assert strike["actor1"] == "Military Forces of Russia" and strike["inter1"] == 1
    deploy = to_acled(_event("MOBILIZE", "troops", [Entity("Poland", "Poland", "POL", None)], []))
    assert deploy["actor1"] == "Government of Poland"
    nato = to_acled(_event("MOBILIZE", "troops", [Entity("NATO", "NATO", "NATO", None)], []))
    assert nato["actor1"] == "NATO" and nato["inter1"] == 8
    police = Entity("police", "Georgia", "GEO", "COP")
    force = to_acled(
        _event("ASSAULT", "crowd-control", [police], [Entity("protesters", "Georgia", "GEO", "CVL")])
    )
    assert force["actor1"] == "Police Forces of Georgia" and force["actor2"] == "Protesters (Georgia)"
    assert force["interaction"] == 16
