"""The actor dictionary: data integrity of data/actors/*.tsv and resolution of mentions, by hand
and from the real model's tokens."""

from __future__ import annotations

import csv
import itertools
import re
from collections import defaultdict
from datetime import date
from importlib import resources
from typing import Any

import pycountry
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from frontwatch import nlp
from frontwatch.models import Entity
from frontwatch.nlp import Sentence, Token
from frontwatch.resolve.actors import (
    KINDS,
    OFFICEHOLDER_FILES,
    ActorDictionary,
    ActorEntry,
    capital_metonyms,
    country_demonyms,
    country_names,
    load_entries,
    normalise,
)

EXTRA_STATES = {"XKX", "TWN", "PSE"}
ROLES = {"head_of_state", "head_of_government", "defence_minister", "foreign_minister"}
SECTORS = {"GOV", "MIL", "COP", "REB", "OPP", "JUD", "LEG", "SPY", "CVL", "MED", "BUS", "IGO", "NGO",
           "LAB", "EDU", "REL", "HLH", "PTY", "CRM"}  # fmt: skip
QID = re.compile(r"^Q[1-9][0-9]*$")


def rows(name: str) -> list[dict[str, str]]:
    text = (resources.files("frontwatch") / "data" / "actors" / name).read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


def sentence(text: str, model: Any) -> Sentence:
    parsed = nlp.parse(text, model)
    assert len(parsed.sentences) == 1, text
    return parsed.sentences[0]


def hand_tokens(text: str) -> Sentence:
    """A sentence built by hand: whitespace tokens, no parse."""
    words = text.replace("'s", " 's").split()
    tokens = tuple(Token(i, w, w, "", "", "", i, 0) for i, w in enumerate(words))
    return Sentence(0, text, 0, len(text), tokens, ())


# --- data integrity ----------------------------------------------------------------------------


def test_countries_cover_every_un_member_and_the_extras() -> None:
    table = rows("countries.tsv")
    assert list(table[0]) == ["iso3", "name", "names", "demonyms", "metonyms", "wikidata"]
    codes = [r["iso3"] for r in table]
    assert len(codes) == len(set(codes)) == 198  # the UN members, XKX, TWN, PSE, the Holy See, Greenland
    assert set(codes) >= EXTRA_STATES
    for code in set(codes) - EXTRA_STATES:
        assert pycountry.countries.get(alpha_3=code) is not None, code
    for r in table:
        assert QID.match(r["wikidata"]), r["iso3"]
    assert len({r["wikidata"] for r in table}) == len(table)


def test_country_columns_for_belarus() -> None:
    blr = next(r for r in rows("countries.tsv") if r["iso3"] == "BLR")
    assert {"Byelorussia", "Republic of Belarus", "Belorussia"} <= set(blr["names"].split("|"))
    assert {"Belarusian", "Belarusians", "Belarussian", "Byelorussian"} <= set(blr["demonyms"].split("|"))
    assert blr["metonyms"] == "Minsk"


def test_module_lookups_for_other_modules() -> None:
    assert country_demonyms()["belarusian"] == "BLR"
    assert country_demonyms()["russians"] == "RUS"
    assert country_names()["byelorussia"] == "BLR"
    assert country_names()["ivory coast"] == "CIV"
    assert capital_metonyms()["the kremlin"] == "RUS"
    assert capital_metonyms()["the pentagon"] == "USA"
    assert capital_metonyms()["kiev"] == "UKR"


def test_no_pattern_maps_to_two_countries_unless_a_person_changed_office() -> None:
    seen: dict[str, set[tuple[str | None, str]]] = defaultdict(set)
    for e in load_entries():
        if e.kind != "sector":
            seen[normalise(e.pattern)].add((e.country, e.kind))
    clashes = {k: v for k, v in seen.items() if len({c for c, _ in v}) > 1}
    assert all(kind == "person" for v in clashes.values() for _, kind in v), clashes


def officeholders() -> list[dict[str, str]]:
    return [r for name in OFFICEHOLDER_FILES for r in rows(name)]


def test_officeholder_terms_are_well_formed() -> None:
    table = officeholders()
    assert list(rows("officeholders_history.tsv")[0]) == list(rows("officeholders.tsv")[0])
    assert len({r["person"] for r in table}) >= 600
    codes = {r["iso3"] for r in rows("countries.tsv")} | {r["code"] for r in rows("igos.tsv")}
    by_office: dict[tuple[str, str], list[tuple[date, date]]] = defaultdict(list)
    for r in table:
        start = date.fromisoformat(r["start"]) if r["start"] else date.min
        end = date.fromisoformat(r["end"]) if r["end"] else date.max
        assert start <= end, r
        assert r["country"] in codes or (not r["country"] and r["sector"] == "REB"), r  # al-Qaeda's leaders
        assert r["sector"] in SECTORS, r
        assert not r["wikidata"] or QID.match(r["wikidata"]), r
        if r["role"] in ROLES:
            by_office[(r["country"], r["role"])].append((start, end))
    for office, terms in by_office.items():  # one holder at a time (a handover day may be shared)
        terms.sort()
        for (_, end), (start, _) in itertools.pairwise(terms):
            assert start >= end, office


@pytest.mark.parametrize(
    "code",
    ["ARG", "AUS", "BRA", "CAN", "CHN", "FRA", "DEU", "IND", "IDN", "ITA", "JPN", "KOR", "MEX", "RUS", "SAU",
     "ZAF", "TUR", "GBR", "USA", "NOR", "FIN", "EST", "LVA", "LTU", "POL", "GEO", "AZE", "KAZ", "MNG", "PRK",
     "UKR", "BLR", "SVK", "HUN", "ROU", "MDA", "ISR", "PSE", "LBN", "IRN", "YEM", "SYR", "SDN", "ETH", "MMR",
     "MLI", "NER", "BFA", "COD", "ARM", "TWN", "NATO", "UN", "EU"],
)  # fmt: skip
def test_office_holders_cover_the_required_states(code: str) -> None:
    assert any(r["country"] == code for r in officeholders())


@pytest.mark.parametrize(
    "code",
    ["USA", "GBR", "FRA", "DEU", "RUS", "CHN", "JPN", "ITA", "CAN", "AUS", "BRA", "ARG", "MEX", "IND", "IDN",
     "KOR", "TUR", "SAU", "ZAF", "UKR", "ISR", "IRN", "PAK", "AFG", "IRQ", "EGY", "DZA", "SRB", "HRV", "BIH",
     "NGA", "KEN", "UGA", "ZMB", "ZWE", "RWA", "COD", "AGO", "ETH"],
)  # fmt: skip
def test_heads_back_to_1990(code: str) -> None:
    """The G20 and the 1990s-2000s news states have a head of state or government in 1995 and 2005."""
    heads = [
        r
        for r in officeholders()
        if r["country"] == code and r["role"] in ("head_of_state", "head_of_government")
    ]
    for year in (1995, 2005):
        on = date(year, 6, 1)
        assert any(
            date.fromisoformat(r["start"] or "0001-01-01")
            <= on
            <= date.fromisoformat(r["end"] or "9999-12-31")
            for r in heads
        ), (code, year)


def test_other_tables_are_well_formed() -> None:
    for r in rows("igos.tsv"):
        assert r["code"] and r["sector"] in SECTORS, r
    for r in rows("groups.tsv"):
        assert r["sector"] in SECTORS, r
        assert not r["country"] or r["country"] in {c["iso3"] for c in rows("countries.tsv")}, r
    for r in rows("communities.tsv"):
        assert r["name"] and (
            not r["country"] or r["country"] in {c["iso3"] for c in rows("countries.tsv")}
        ), r
    for r in rows("sectors.tsv"):
        assert r["sector"] in SECTORS and r["role"] in ("", "inherit", "chain"), r


# --- resolving free strings -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "country", "sector"),
    [
        ("Moscow", "RUS", "GOV"),
        ("the Kremlin", "RUS", "GOV"),
        ("Kyiv", "UKR", "GOV"),
        ("Kiev", "UKR", "GOV"),
        ("Minsk", "BLR", "GOV"),
        ("the Pentagon", "USA", "MIL"),
        ("Downing Street", "GBR", "GOV"),
        ("the Belarusian defence ministry", "BLR", "MIL"),
        ("Belarusian defence ministry", "BLR", "MIL"),
        ("Russian troops", "RUS", "MIL"),
        ("Ukraine's military", "UKR", "MIL"),
        ("the armed forces of Ukraine", "UKR", "MIL"),
        ("the Ministry of Defence of Belarus", "BLR", "MIL"),
        ("Belarusian border guards", "BLR", "MIL"),
        ("the Russian foreign ministry", "RUS", "GOV"),
        ("Ukrainian government forces", "UKR", "MIL"),
        ("Russian riot police", "RUS", "COP"),
        ("Belarusian state television", "BLR", "MED"),
        ("the West", "WST", "GOV"),
        ("Western nations", "WST", "GOV"),
        ("NATO", "NATO", "IGO"),
        ("NATO troops", "NATO", "MIL"),
        ("the UN Security Council", "UN", "IGO"),
        ("the Red Cross", "ICRC", "NGO"),
        ("Hezbollah", "LBN", "REB"),
        ("the Houthis", "YEM", "REB"),
        ("Wagner Group", "RUS", "REB"),
        ("the Belarusian KGB", "BLR", "SPY"),
        ("U.S. officials", "USA", "GOV"),
        ("Guinea-Bissau", "GNB", None),
        ("Côte d'Ivoire", "CIV", None),
        ("Cote d'Ivoire", "CIV", None),
    ],
)
def test_resolve_text(actors: ActorDictionary, text: str, country: str, sector: str | None) -> None:
    entity = actors.resolve_text(text)
    assert entity is not None, text
    assert (entity.text, entity.country, entity.sector) == (text, country, sector)


def test_design_names(actors: ActorDictionary) -> None:
    ministry = actors.resolve_text("The Belarusian defence ministry")
    assert ministry == Entity(
        "The Belarusian defence ministry", "Ministry of Defence of Belarus", "BLR", "MIL"
    )
    troops = actors.resolve_text("Russian troops")
    assert troops is not None and troops.name == "Russia" and troops.wikidata == "Q159"


@pytest.mark.parametrize("text", ["us", "the Washington Post", "Western Sahara", "chad", "the alliance"])
def test_not_actors(actors: ActorDictionary, text: str) -> None:
    assert actors.resolve_text(text) is None


# --- people by date ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "on", "name", "country", "sector"),
    [
        ("Lukashenko", date(2023, 1, 6), "Alexander Lukashenko", "BLR", "GOV"),
        ("Lukashenka", date(2023, 1, 6), "Alexander Lukashenko", "BLR", "GOV"),
        ("Zelensky", date(2023, 1, 6), "Volodymyr Zelensky", "UKR", "GOV"),
        ("Zelenskyy", date(2023, 1, 6), "Volodymyr Zelensky", "UKR", "GOV"),
        ("Volodymyr Zelensky", date(2023, 1, 6), "Volodymyr Zelensky", "UKR", "GOV"),
        ("Zelensky", date(2018, 1, 6), "Volodymyr Zelensky", "UKR", None),  # not yet in office
        ("Boris Johnson", date(2021, 6, 1), "Boris Johnson", "GBR", "GOV"),
        ("Boris Johnson", date(2023, 6, 1), "Boris Johnson", "GBR", None),
        ("Shoigu", date(2023, 1, 6), "Sergei Shoigu", "RUS", "MIL"),
        ("Shoigu", date(2024, 6, 1), "Sergei Shoigu", "RUS", "GOV"),  # Security Council secretary
        ("Belousov", date(2024, 6, 1), "Andrei Belousov", "RUS", "MIL"),
        ("Aoun", date(2020, 1, 1), "Michel Aoun", "LBN", "GOV"),
        ("Aoun", date(2025, 6, 1), "Joseph Aoun", "LBN", "GOV"),
        ("Tusk", date(2016, 1, 1), "Donald Tusk", "EU", "IGO"),
        ("Tusk", date(2024, 1, 1), "Donald Tusk", "POL", "GOV"),
        ("Kallas", date(2024, 9, 1), "Kaja Kallas", "EST", None),  # between her two offices
        ("Prigozhin", date(2023, 6, 24), "Yevgeny Prigozhin", "RUS", "REB"),
        ("Stoltenberg", date(2022, 3, 1), "Jens Stoltenberg", "NATO", "IGO"),
        ("Ghalibaf", date(2025, 9, 28), "Mohammad Bagher Ghalibaf", "IRN", "LEG"),
    ],
)
def test_people_by_office_at_the_date(
    actors: ActorDictionary, text: str, on: date, name: str, country: str, sector: str | None
) -> None:
    entity = actors.resolve_text(text, on)
    assert entity is not None
    assert (entity.name, entity.country, entity.sector) == (name, country, sector)


def test_shoigu_hands_over_to_belousov(actors: ActorDictionary) -> None:
    def defence_minister(on: date) -> list[str]:
        names = ("Sergei Shoigu", "Andrei Belousov")
        return [n for n in names if any(e.role == "defence_minister" and e.valid_on(on)
                                        for e in actors.entries(n))]  # fmt: skip

    assert defence_minister(date(2024, 5, 1)) == ["Sergei Shoigu"]
    assert defence_minister(date(2024, 6, 1)) == ["Andrei Belousov"]


def test_small_dictionary_built_by_hand() -> None:
    small = ActorDictionary(
        [
            ActorEntry("Ruritania", "Ruritania", "RUR", None, "country"),
            ActorEntry("Ruritanian", "Ruritania", "RUR", None, "demonym"),
            ActorEntry("Strelsau", "Government of Ruritania", "RUR", "GOV", "metonym"),
            ActorEntry("army", "army", None, "MIL", "sector"),
            ActorEntry(
                "Rudolf", "King Rudolf", "RUR", "GOV", "person", None, date(2000, 1, 1), date(2010, 1, 1)
            ),
        ]
    )
    mentions = small.match(hand_tokens("Strelsau said the Ruritanian army backed Rudolf"), date(2005, 1, 1))
    assert [(m.text, m.entity.country, m.entity.sector, m.kind) for m in mentions] == [
        ("Strelsau", "RUR", "GOV", "metonym"),
        ("the Ruritanian army", "RUR", "MIL", "demonym"),
        ("Rudolf", "RUR", "GOV", "person"),
    ]
    assert mentions[0].is_metonym
    assert small.match(hand_tokens("Rudolf"), date(2020, 1, 1))[0].entity.sector is None

    # the same sentence object matched again on another day is resolved for that day, and a
    # caller changing the list it got back changes nothing for the next caller
    king = hand_tokens("Rudolf")
    first = small.match(king, date(2005, 1, 1))
    assert first[0].entity.sector == "GOV"
    first.clear()
    assert small.match(king, date(2005, 1, 1))[0].entity.sector == "GOV"
    assert small.match(king, date(2020, 1, 1))[0].entity.sector is None


# --- sentences from the real model ------------------------------------------------------------

REFERENCE = [
    (
        "A train of Russian troops arrived in Belarus, the Belarusian defence ministry said on Friday.",
        [("Russian troops", "RUS", "MIL"), ("Belarus", "BLR", None),
         ("the Belarusian defence ministry", "BLR", "MIL")],
    ),
    (
        "Kyiv says Russia keeps using Belarusian airspace for drone and missile attacks.",
        [("Kyiv", "UKR", "GOV"), ("Russia", "RUS", None), ("Belarusian", "BLR", None)],
    ),
    (
        "Minsk says it will not join the war, and Lukashenko blames Western nations.",
        [("Minsk", "BLR", "GOV"), ("Lukashenko", "BLR", "GOV"), ("Western nations", "WST", "GOV")],
    ),
    (
        "Belarusian opposition leader Sviatlana Tsikhanouskaya said the Kremlin wants to drag Minsk in.",
        [("Belarusian opposition leader Sviatlana Tsikhanouskaya", "BLR", "OPP"),
         ("the Kremlin", "RUS", "GOV"), ("Minsk", "BLR", "GOV")],
    ),
    (
        "Belarusian President Alexander Lukashenko met Russian Defence Minister Sergei Shoigu.",
        [("Belarusian President Alexander Lukashenko", "BLR", "GOV"),
         ("Russian Defence Minister Sergei Shoigu", "RUS", "MIL")],
    ),
    (
        "Ukraine fears an offensive from the north, Ukraine's military said.",
        [("Ukraine", "UKR", None), ("Ukraine's military", "UKR", "MIL")],
    ),
    (
        "The Pentagon declined to comment, the Washington Post reported.",
        [("The Pentagon", "USA", "MIL")],
    ),
    (
        "Hezbollah fighters fired rockets at Israel, the IDF said, while the Houthis attacked ships.",
        [("Hezbollah fighters", "LBN", "REB"), ("Israel", "ISR", None), ("the IDF", "ISR", "MIL"),
         ("the Houthis", "YEM", "REB")],
    ),
    (
        "The armed forces of Ukraine said Wagner mercenaries and Russian border guards shelled villages.",
        [("The armed forces of Ukraine", "UKR", "MIL"), ("Wagner mercenaries", "RUS", "REB"),
         ("Russian border guards", "RUS", "MIL")],
    ),
    (
        "Pro-Russian separatists and Iranian-backed militias attacked government forces.",
        [("Pro-Russian separatists", None, "REB"), ("Iranian-backed militias", None, "REB"),
         ("government forces", None, "MIL")],
    ),
    (
        "Strikes on Kyiv killed three civilians, the Ukrainian Air Force spokesman said.",
        [("Kyiv", "UKR", "GOV"), ("civilians", None, "CVL"),
         ("the Ukrainian Air Force spokesman", "UKR", "MIL")],
    ),
    (
        "The Minsk agreements failed, said Moscow State University.",
        [],
    ),
    (
        "Kremlin critic Alexei Navalny died in the Kyiv region.",
        [("Alexei Navalny", "RUS", "OPP")],
    ),
    (
        "European Commission President Ursula von der Leyen said al-Shabaab attacked.",
        [("European Commission President Ursula von der Leyen", "EU", "IGO"), ("al-Shabaab", "SOM", "REB")],
    ),
    (
        "Brussels said the EU will impose sanctions.",
        [("Brussels", "EU", "IGO"), ("the EU", "EU", "IGO")],
    ),
    (
        "A spokesman for the Belarusian border guard service said Ukraine had moved troops.",
        [("spokesman for the Belarusian border guard service", "BLR", "MIL"), ("Ukraine", "UKR", None),
         ("troops", None, "MIL")],
    ),
    (
        "Ukraine's SBU security service detained a Russian agent.",
        [("Ukraine's SBU security service", "UKR", "SPY"), ("Russian agent", "RUS", "SPY")],
    ),
    (
        "Former U.S. President Donald Trump criticised NATO allies.",
        [("U.S. President Donald Trump", "USA", None), ("NATO allies", "NATO", "IGO")],
    ),
    (
        "The Russian invasion was condemned by Russian Deputy Defence Minister Timur Ivanov.",
        [("Russian", "RUS", None), ("Russian Deputy Defence Minister Timur Ivanov", "RUS", "MIL")],
    ),
    (
        "Latin America and New Mexico sent aid to Lake Chad, the United States said.",
        [("the United States", "USA", None)],
    ),
    (
        "Emirates flights resumed, and Dmitriy Peskov said Mr Putin would attend.",
        [("Dmitriy Peskov", "RUS", "GOV"), ("Putin", "RUS", "GOV")],
    ),
    (
        "Kyiv will strike Russian military targets, a spokesman for Ukraine's navy said.",
        [("Kyiv", "UKR", "GOV"), ("Russian", "RUS", None), ("spokesman for Ukraine's navy", "UKR", "MIL")],
    ),
    (
        "A delegation from the West African bloc ECOWAS arrived, and civilian deaths rose.",
        [("delegation", None, "GOV"), ("ECOWAS", "ECOWAS", "IGO")],
    ),
    (
        "Beijing turned down a Pentagon request, and the defence ministry in Baku said so.",
        [("Beijing", "CHN", "GOV"), ("Pentagon", "USA", "MIL"),
         ("the defence ministry in Baku", "AZE", "MIL")],
    ),
    (
        "Palestinians in the West Bank protested as UN peacekeepers watched.",
        [("Palestinians", "PSE", None), ("the West Bank", "PSE", None), ("UN peacekeepers", "UN", "MIL")],
    ),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), REFERENCE, ids=[t[:40] for t, _ in REFERENCE])
def test_sentences_from_the_model(
    actors: ActorDictionary, model: Any, text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    sent = sentence(text, model)
    got = [(m.text, m.entity.country, m.entity.sector) for m in actors.match(sent, date(2023, 1, 6))]
    assert got == expected
    for m in actors.match(sent, date(2023, 1, 6)):
        span = sent.tokens[m.start : m.end]
        assert m.text == "".join(t.text + t.whitespace for t in span).strip()


def test_a_capital_as_a_place_is_no_metonym(actors: ActorDictionary, model: Any) -> None:
    sent = sentence("Drones struck Kyiv overnight, and Moscow denied it.", model)
    flags = {m.text: m.is_metonym for m in actors.match(sent)}
    assert flags == {"Kyiv": True, "Moscow": True}
    sent = sentence("Lukashenko met Putin in Minsk on Friday.", model)
    assert {m.text: m.is_metonym for m in actors.match(sent)}["Minsk"] is False
    sent = sentence("Kyiv officials said the Kremlin lied.", model)
    assert [(m.text, m.is_metonym) for m in actors.match(sent)] == [
        ("Kyiv officials", True),
        ("the Kremlin", True),
    ]


WORDS = [
    "the", "Russian", "troops", "'s", "of", "in", "Kyiv", "Minsk", "pro", "-", "backed", "defence",
    "President", "Lukashenko", "Belarus", "West", "Bank", "NATO", "us", "US", "spokesman", "for", "Hamas",
    "", "Washington", "Post", "officials", "Ukraine", ",", "anti", "government", "forces", "Alexander",
    "ministry", "é",
]  # fmt: skip


@given(
    st.lists(st.sampled_from(WORDS), max_size=25), st.none() | st.dates(date(1990, 1, 1), date(2030, 1, 1))
)
@settings(max_examples=300, deadline=None)
def test_any_token_sequence_gives_ordered_disjoint_mentions(words: list[str], on: date | None) -> None:
    tokens = tuple(Token(i, w, w, "", "", "", i, 0) for i, w in enumerate(words))
    mentions = ActorDictionary.load().match(Sentence(0, " ".join(words), 0, 0, tokens, ()), on)
    ends = -1
    for m in mentions:
        assert ends <= m.start < m.end <= len(words)
        ends = m.end
        assert m.kind in KINDS and m.entity.text == m.text


# --- 1990s-2000s office holders, titles, peoples ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "on", "name", "country", "sector"),
    [
        ("Bush", date(1991, 1, 16), "George H. W. Bush", "USA", "GOV"),
        ("Bush", date(2003, 3, 20), "George W. Bush", "USA", "GOV"),
        ("Bush", None, "George W. Bush", "USA", "GOV"),  # two people, one country: the country holds
        ("Clinton", date(1998, 8, 20), "Bill Clinton", "USA", "GOV"),
        ("Clinton", date(2010, 1, 1), "Hillary Clinton", "USA", "GOV"),
        ("Aliyev", date(1998, 1, 1), "Heydar Aliyev", "AZE", "GOV"),
        ("Aliyev", date(2020, 1, 1), "Ilham Aliyev", "AZE", "GOV"),
        ("Museveni", None, "Yoweri Museveni", "UGA", "GOV"),
        ("Mwanawasa", None, "Levy Mwanawasa", "ZMB", "GOV"),
        ("Bouteflika", date(2005, 1, 1), "Abdelaziz Bouteflika", "DZA", "GOV"),
        ("Putin", date(2010, 1, 1), "Vladimir Putin", "RUS", "GOV"),  # prime minister then
        ("Rifkind", date(1993, 1, 1), "Malcolm Rifkind", "GBR", "MIL"),
        ("Rifkind", date(1996, 1, 1), "Malcolm Rifkind", "GBR", "GOV"),
        ("Milosevic", date(1995, 11, 21), "Slobodan Milosevic", "SRB", "GOV"),
        ("Kofi Annan", date(2000, 1, 1), "Kofi Annan", "UN", "IGO"),
        # one title, two kings: Jordan's before and after Saudi Arabia's King Abdullah (2005-15)
        ("King Abdullah", date(2001, 3, 1), "King Abdullah II", "JOR", "GOV"),
        ("King Abdullah", date(2023, 3, 1), "King Abdullah II", "JOR", "GOV"),
        ("King Abdullah", date(2010, 3, 1), "King Abdullah", None, "GOV"),
        ("King Abdullah", None, "King Abdullah", None, "GOV"),
        ("Crown Prince Abdullah", date(2001, 3, 1), "Abdullah bin Abdulaziz", "SAU", "GOV"),
        # 2024-2025 changes
        ("Catherine Vautrin", date(2025, 11, 1), "Catherine Vautrin", "FRA", "MIL"),
        ("Ayman Safadi", date(2024, 5, 1), "Ayman Safadi", "JOR", "GOV"),
        ("Abu Qasra", date(2025, 6, 1), "Murhaf Abu Qasra", "SYR", "MIL"),
        ("Kim Yong-hyun", date(2024, 12, 3), "Kim Yong-hyun", "KOR", "MIL"),
        ("Barham Salih", date(2020, 1, 1), "Barham Salih", "IRQ", "GOV"),
        # 2020-2026 heads of states that had none (session 10)
        ("Anura Kumara Dissanayake", date(2025, 2, 1), "Anura Kumara Dissanayake", "LKA", "GOV"),
        ("Prayut", date(2020, 5, 1), "Prayut Chan-o-cha", "THA", "GOV"),
        ("Anutin", date(2025, 10, 1), "Anutin Charnvirakul", "THA", "GOV"),
        ("Petro", date(2024, 3, 1), "Gustavo Petro", "COL", "GOV"),
        ("Babis", date(2023, 6, 1), "Andrej Babis", "CZE", None),  # between his two terms
        ("Fiala", date(2023, 6, 1), "Petr Fiala", "CZE", "GOV"),
        ("Rajoelina", date(2012, 1, 1), "Andry Rajoelina", "MDG", "GOV"),  # first term, in the history
        ("Randrianirina", date(2025, 11, 1), "Michael Randrianirina", "MDG", "GOV"),
    ],
)
def test_office_holders_of_the_1990s_and_2000s(
    actors: ActorDictionary, text: str, on: date | None, name: str, country: str, sector: str | None
) -> None:
    entity = actors.resolve_text(text, on)
    assert entity is not None
    assert (entity.name, entity.country, entity.sector) == (name, country, sector)


def test_a_name_shared_across_countries_needs_the_office_at_the_date() -> None:
    def term(pattern: str, name: str, country: str, sector: str, start: int, end: int) -> ActorEntry:
        return ActorEntry(pattern, name, country, sector, "person", None, date(start, 1, 1), date(end, 1, 1))

    small = ActorDictionary(
        [
            term("Smith", "Ann Smith", "AAA", "GOV", 2000, 2005),
            term("Smith", "Bob Smith", "BBB", "GOV", 2010, 2015),
            term("Jones", "Cy Jones", "AAA", "GOV", 2000, 2005),
            term("Jones", "Di Jones", "AAA", "MIL", 2010, 2015),
        ]
    )

    def who(text: str, on: date | None) -> tuple[str, str | None] | None:
        found = small.resolve_text(text, on)
        return None if found is None else (found.name, found.country)

    assert who("Smith", date(2003, 1, 1)) == ("Ann Smith", "AAA")
    assert who("Smith", date(2012, 1, 1)) == ("Bob Smith", "BBB")
    assert who("Smith", None) == ("Smith", None)  # no date: either country, so neither (one office)
    assert who("Smith", date(2008, 1, 1)) == ("Smith", None)  # nobody in office then
    assert who("Jones", None) == ("Di Jones", "AAA")  # one country whoever is meant
    assert who("Jones", date(2008, 1, 1)) == ("Cy Jones", "AAA")


def test_a_surname_that_is_a_sector_word_stays_with_its_title() -> None:
    small = ActorDictionary(
        [
            ActorEntry("British", "United Kingdom", "GBR", None, "demonym"),
            ActorEntry("Defence Secretary", "defence secretary", None, "MIL", "sector"),
            ActorEntry("King", "king", None, "GOV", "sector"),
        ]
    )
    got = small.match(hand_tokens("British Defence Secretary Tom King promised aid"))
    assert [(m.text, m.entity.name, m.entity.country, m.entity.sector) for m in got] == [
        ("British Defence Secretary Tom King", "Tom King", "GBR", "MIL")
    ]
    alone = small.match(hand_tokens("the King promised aid"))
    assert [(m.text, m.entity.sector) for m in alone] == [("the King", "GOV")]


REFERENCE_1990S = [
    (
        "British Defence Secretary Tom King has promised to continue military aid to Mozambique.",
        [("British Defence Secretary Tom King", "GBR", "MIL"), ("Mozambique", "MOZ", None)],
    ),
    (
        "Vice-President Moody Awori has declined to resign.",
        [("Vice-President Moody Awori", "KEN", "GOV")],
    ),
    (
        "Deputy Prime Minister Jan Novak said Bosnian Serbs and Kosovo Albanian leaders met Iraqi Kurds.",
        [("Deputy Prime Minister Jan Novak", None, "GOV"), ("Bosnian Serbs", "BIH", None),
         ("Kosovo Albanian leaders", "XKX", "GOV"), ("Iraqi Kurds", "IRQ", None)],
    ),
    (
        "Bosnian Serb forces shelled Sarajevo, and Turkish Cypriot leader Rauf Denktash protested.",
        [("Bosnian Serb forces", "BIH", "MIL"), ("Sarajevo", "BIH", "GOV"),
         ("Turkish Cypriot leader Rauf Denktash", "CYP", "GOV")],
    ),
    (
        "The rebel Kurdistan Workers' Party accused the European Community and the OAU.",
        [("The rebel Kurdistan Workers' Party", "TUR", "REB"), ("the European Community", "EU", "IGO"),
         ("the OAU", "AU", "IGO")],
    ),
    (
        "Kurdish fighters, Chechen rebels and the Tamil Tigers attacked; the Yoruba protested.",
        [("Kurdish fighters", None, "REB"), ("Chechen rebels", "RUS", "REB"),
         ("the Tamil Tigers", "LKA", "REB"), ("the Yoruba", "NGA", None)],
    ),
    (
        "President Bill Clinton imposed sanctions, and Prime Minister Tony Blair backed him.",
        [("President Bill Clinton", "USA", "GOV"), ("Prime Minister Tony Blair", "GBR", "GOV")],
    ),
    (
        "Lt. Gen. Prosper Avril resigned, and Nicaragua's Sandinista government and the Syrian Arab Army "
        "accused Col. John Smith.",
        [("Lt. Gen. Prosper Avril", "HTI", "MIL"), ("Nicaragua's Sandinista government", "NIC", "GOV"),
         ("the Syrian Arab Army", "SYR", "MIL"), ("Col. John Smith", None, "MIL")],
    ),
    (
        "Ethnic Albanians demonstrated in Serbia, and ethnic Serb civilians fled.",
        [("Serbia", "SRB", None), ("ethnic Serb civilians", None, "CVL")],
    ),
    (
        "Vietnamese-led forces retook a village, and the International Labor Office and Sheikh Hamad bin "
        "Khalifa al-Thani protested.",
        [("Vietnamese-led forces", "VNM", "MIL"), ("the International Labor Office", "UN", "IGO"),
         ("Sheikh Hamad bin Khalifa al-Thani", "QAT", "GOV")],
    ),
    (
        "Foreign Minister Abdou Kane of Senegal met Planning Minister Tran Xuan Gia of Vietnam.",
        [("Foreign Minister Abdou Kane of Senegal", "SEN", "GOV"),
         ("Minister Tran Xuan Gia of Vietnam", "VNM", "GOV")],
    ),
    (
        "Ukraine's Presidential Head of Office advisor spoke, and the Ukraine Health Ministry counted.",
        [("Ukraine", "UKR", None), ("the Ukraine Health Ministry", "UKR", "GOV")],
    ),
    (  # a title names which of a person's offices is meant, not their latest one
        "Egyptian Foreign Minister Amr Moussa met European Commission President Romano Prodi.",
        [("Egyptian Foreign Minister Amr Moussa", "EGY", "GOV"),
         ("European Commission President Romano Prodi", "EU", "IGO")],
    ),
    (
        "Arab League Secretary-General Chedli Klibi urged the European Community to act.",
        [("Arab League Secretary-General Chedli Klibi", "ARL", "GOV"),
         ("the European Community", "EU", "IGO")],
    ),
    (
        "Serbian and Croatian troops withdrew, Ukrainian Russians said.",
        [("Serbian", "SRB", None), ("Croatian troops", "HRV", "MIL"), ("Ukrainian Russians", "UKR", None)],
    ),
    (  # a compass adjective names a part of the country; "Northern Ireland" is part of the UK
        "Troops retook a village in Western Cambodia, Southern Lebanon and Northern Ireland.",
        [("Troops", None, "MIL"), ("Cambodia", "KHM", None), ("Lebanon", "LBN", None),
         ("Northern Ireland", "GBR", None)],
    ),
    (  # the old names of states and their successors' codes (as "Soviet Union" → RUS)
        "Soviet troops withdrew, the Yugoslav army attacked, and Zairean soldiers fled.",
        [("Soviet troops", "RUS", "MIL"), ("the Yugoslav army", "SRB", "MIL"),
         ("Zairean soldiers", "COD", "MIL")],
    ),
    (
        "Czechoslovak President Vaclav Havel met East German border guards.",
        [("Czechoslovak President Vaclav Havel", "CZE", "GOV"), ("East German border guards", "DEU", "MIL")],
    ),
    (  # a member republic is named after the union's demonym, not the union
        "The former Soviet republic of Georgia and the Soviet republic of Lithuania protested.",
        [("Georgia", "GEO", None), ("Lithuania", "LTU", None)],
    ),
    (  # heads of government of the 1990s without a country word; a hyphenated first name
        "Belgian Prime Minister Jean-Luc Dehaene met Prime Minister Chuan Leekpai and Chancellor Franz "
        "Vranitzky, and Defence Minister Jean-Marc Dubois resigned.",
        [("Belgian Prime Minister Jean-Luc Dehaene", "BEL", "GOV"),
         ("Prime Minister Chuan Leekpai", "THA", "GOV"), ("Chancellor Franz Vranitzky", "AUT", "GOV"),
         ("Defence Minister Jean-Marc Dubois", None, "MIL")],
    ),
    (  # "U.S.-led" is one token: the name before the hyphen is read as if it were split
        "U.S.-led forces bombed positions, and U.S.-backed rebels and Rangoon protested.",
        [("U.S.-led forces", "USA", "MIL"), ("U.S.-backed rebels", None, "REB"), ("Rangoon", "MMR", "GOV")],
    ),
    (
        "SLORC troops, the Islamic Courts Union and Forces Nouvelles rebels attacked.",
        [("SLORC troops", "MMR", "GOV"), ("Islamic Courts Union", "SOM", "REB"),
         ("Forces Nouvelles rebels", "CIV", "REB")],
    ),
    (  # a language, birthplace, base or maker after a hyphen says nothing of whose they are
        "Russian-speaking residents, the Pakistani-born British citizen and Iranian-made drones arrived.",
        [("Russian-speaking residents", None, "CVL"), ("British", "GBR", None)],
    ),
    (  # a sea named after a state is a place: no actor
        "North Korea fired missiles into the Sea of Japan, and Iran patrolled the Gulf of Oman.",
        [("North Korea", "PRK", None), ("Iran", "IRN", None)],
    ),
    (  # a country word, a title and one name the dictionary lacks: that country's office holder
        "Jordan's King Abdullah and Saudi Crown Prince Mohammed met French President Monday.",
        [("Jordan's King Abdullah", "JOR", "GOV"), ("Saudi Crown Prince Mohammed", "SAU", "GOV")],
    ),
    (  # a province's government is its country's; a province name two countries share is none
        "The government of Sindh province, the governor of Kandahar province and the government of "
        "Punjab province protested.",
        [("The government of Sindh province", "PAK", "GOV"),
         ("the governor of Kandahar province", "AFG", "GOV"), ("the government", None, "GOV")],
    ),
    (  # the Holy See is a state: the Vatican, the Pope and the popes by name
        "The Vatican, the Pope and Pope John Paul II criticised the Treasury.",
        [("The Vatican", "VAT", None), ("the Pope", "VAT", "GOV"), ("Pope John Paul II", "VAT", "GOV"),
         ("the Treasury", None, "GOV")],
    ),
    (  # a people's sector word before a word for a body is the body's kind; troop movements are no actor
        "A local activist group and a militant group denounced troop movements.",
        [("activist", None, "OPP"), ("militant", None, "REB")],
    ),
    (  # a known person's one-word name followed by a name the dictionary lacks is someone else
        "Iranian Foreign Minister Abbas Kazemi arrived for talks with Abbas, and Foreign Minister "
        "Abbas Kazemi of Iran met Mahmoud Abbas.",
        [("Iranian Foreign Minister Abbas Kazemi", "IRN", "GOV"), ("Abbas", "PSE", "GOV"),
         ("Foreign Minister Abbas Kazemi of Iran", "IRN", "GOV"), ("Mahmoud Abbas", "PSE", "GOV")],
    ),
    (  # Northern Ireland's communities are coded GBR, as the IRA is; the Irish state stays IRL
        "Irish nationalist guerrillas, Ulster loyalist gunmen and the Irish government protested.",
        [("Irish nationalist guerrillas", "GBR", "REB"), ("Ulster loyalist gunmen", "GBR", "REB"),
         ("the Irish government", "IRL", "GOV")],
    ),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), REFERENCE_1990S, ids=[t[:40] for t, _ in REFERENCE_1990S])
def test_1990s_sentences_from_the_model(
    actors: ActorDictionary, model: Any, text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    """Undated, as the PLOVER GSR records are: people resolve by their unambiguous name."""
    sent = sentence(text, model)
    got = [(m.text, m.entity.country, m.entity.sector) for m in actors.match(sent, None)]
    assert got == expected


def test_a_known_surname_after_a_title(actors: ActorDictionary) -> None:
    """Bare surnames that are common words are no patterns ("Major", "Baker"), but after a title
    they name the known person of the title's country, in office at the date when there is one."""

    def who(text: str, on: date | None) -> tuple[str, str | None] | None:
        found = actors.resolve_text(text, on)
        return None if found is None else (found.name, found.country)

    assert who("Prime Minister Major", None) == ("John Major", "GBR")
    assert who("British Prime Minister Major", date(1992, 5, 1)) == ("John Major", "GBR")
    assert who("Secretary of State Baker", date(1991, 3, 1)) == ("James Baker", "USA")
    assert who("Major", None) is None
    # not his country: an unknown French prime minister, not John Major
    assert who("French Prime Minister Major", None) == ("Major", "FRA")
    assert who("Minister Johnson", date(2024, 5, 1)) == ("minister", None)  # nobody of that name in office


# Who is no soldier or rebel: a lone gunman and gangs are criminals (CRM), "gunmen" stay armed bands
# (REB); pilots named without a state are an airline's workers (LAB) in a sentence about an airline
# or a labour dispute, and the armed forces' otherwise.
WORKERS_AND_CRIMINALS = [
    ("A gunman killed nine people in a small town.", "gunman", "CRM"),
    ("A lone shooter opened fire at a school.", "shooter", "CRM"),
    ("Gangs attacked the main prison over the weekend.", "Gangs", "CRM"),
    ("Gunmen killed three policemen on Monday.", "Gunmen", "REB"),
    ("Airline pilots went on strike on Friday.", "Airline pilots", "LAB"),
    ("Pilots of the national carrier protested against pay cuts.", "Pilots", "LAB"),
    ("Pilots went on strike on Friday.", "Pilots", "LAB"),
    ("Pilots launched strikes on rebel positions.", "Pilots", "MIL"),
    ("Pilots from the aircraft carrier struck targets.", "Pilots", "MIL"),
    ("Pilots bombed a passenger train.", "Pilots", "MIL"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "mention", "sector"), WORKERS_AND_CRIMINALS, ids=[w[0][:30] for w in WORKERS_AND_CRIMINALS]
)
def test_criminals_and_airline_pilots(
    actors: ActorDictionary, model: Any, text: str, mention: str, sector: str
) -> None:
    got = {m.text: m.entity.sector for m in actors.match(sentence(text, model), None)}
    assert got[mention] == sector


@pytest.mark.parametrize(
    ("text", "name", "sector"),
    [  # a spelled-out rank is a title: "Major" here is no John Major
        ("Junta spokesman Major General Zaw Min Tun said troops had targeted terrorists.",
         "Zaw Min Tun", "GOV"),
        ("Army spokesman Brigadier General Nabil Abdallah said the attack was repelled.",
         "Nabil Abdallah", "MIL"),
        ("Lieutenant Colonel Paul Kamara said the talks had failed.", "Paul Kamara", "MIL"),
    ],
)  # fmt: skip
def test_spelled_out_ranks_are_titles(
    actors: ActorDictionary, model: Any, text: str, name: str, sector: str
) -> None:
    people = [m.entity for m in actors.match(sentence(text, model), None) if m.kind == "person"]
    assert [(p.name, p.country, p.sector) for p in people] == [(name, None, sector)]


# A known one-word name that ends a run of names the dictionary lacks after a title is a surname
# (the mirror of "Abbas Araqchi"); a known full name after another state's title is a namesake;
# a minister's title of an office the person never held is no evidence of them.
NAMESAKES = [
    ("Congolese Foreign Minister Therese Kayikwamba Wagner told a news conference.",
     [("Congolese Foreign Minister Therese Kayikwamba Wagner", "COD", "GOV")]),
    ("Russian Wagner mercenaries fought alongside Malian soldiers.",
     [("Russian Wagner mercenaries", "RUS", "REB"), ("Malian soldiers", "MLI", "MIL")]),
    ("Colombian Defence Minister Pedro Sanchez spoke.",
     [("Colombian Defence Minister Pedro Sanchez", "COL", "MIL")]),
    ("Defence Minister Pedro Sanchez spoke.", [("Defence Minister Pedro Sanchez", None, "MIL")]),
    ("Prime Minister Pedro Sanchez spoke.", [("Prime Minister Pedro Sanchez", "ESP", "GOV")]),
    ("Foreign Minister Lavrov visited Minsk.",
     [("Foreign Minister Lavrov", "RUS", "GOV"), ("Minsk", "BLR", "GOV")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), NAMESAKES, ids=[t[:40] for t, _ in NAMESAKES])
def test_surnames_and_namesakes(
    actors: ActorDictionary, model: Any, text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    got = [
        (m.text, m.entity.country, m.entity.sector)
        for m in actors.match(sentence(text, model), date(2024, 10, 2))
    ]
    assert got == expected


def test_surname_first_names(actors: ActorDictionary, model: Any) -> None:
    """Chinese, Taiwanese and Korean names put the family name first: a title goes with it
    ("President Lai"), and a given name before it is someone else's ("Jimmy Lai")."""

    def found(text: str, on: date) -> list[tuple[str, str | None]]:
        return [(m.entity.name, m.entity.country) for m in actors.match(sentence(text, model), on)]

    assert found("President Lai said Taiwan would defend itself.", date(2024, 6, 1))[0] == (
        "Lai Ching-te",
        "TWN",
    )
    assert found("Lai said Taiwan would defend itself.", date(2024, 6, 1))[0] == ("Lai Ching-te", "TWN")
    assert found("President Tsai spoke.", date(2020, 6, 1)) == [("Tsai Ing-wen", "TWN")]
    assert found("Media tycoon Jimmy Lai was jailed.", date(2024, 6, 1)) == []
    assert found("Jimmy Lai was jailed.", date(2024, 6, 1)) == []


PROVINCE_BODIES = [
    ("Tigray's interim administration accused the army.", "Tigray's interim administration", "ETH"),
    ("The government of Tigray region accused the army.", "The government of Tigray region", "ETH"),
    ("The Sindh government banned rallies.", "The Sindh government", "PAK"),
    ("The Donetsk governor ordered an evacuation.", "The Donetsk governor", "UKR"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "mention", "country"), PROVINCE_BODIES, ids=[p[0][:30] for p in PROVINCE_BODIES]
)
def test_a_provinces_body_is_its_countrys(
    actors: ActorDictionary, model: Any, text: str, mention: str, country: str
) -> None:
    got = [(m.text, m.entity.country, m.entity.sector) for m in actors.match(sentence(text, model), None)]
    assert got[0] == (mention, country, "GOV"), got


def test_a_province_named_with_its_noun_is_no_body(actors: ActorDictionary, model: Any) -> None:
    got = [m.text for m in actors.match(sentence("Gunmen abducted 287 pupils in Kaduna state.", model), None)]
    assert got == ["Gunmen", "pupils"]  # pupils: the civilian victims (sectors.tsv), no "Kaduna state" body


def test_an_organisations_body_and_a_new_group(actors: ActorDictionary, model: Any) -> None:
    """A body the dictionary lacks after an organisation's name is the organisation's ("the U.N.
    Support Mission in Libya"), not the country it works in."""

    def found(text: str) -> list[tuple[str, str | None, str | None]]:
        return [
            (m.text, m.entity.country, m.entity.sector) for m in actors.match(sentence(text, model), None)
        ]

    assert found("The U.N. Support Mission in Libya urged calm.") == [
        ("The U.N. Support Mission", "UN", "IGO"), ("Libya", "LBY", None)]  # fmt: skip
    assert found("The Washington Post reported the talks.") == []
    assert found("The Strategic Framework for the Defence of the People of Azawad said.")[0][1:] == (
        "MLI",
        "REB",
    )


def test_province_names_are_well_formed() -> None:
    """Each news spelling of a province names a state of countries.tsv, and no state itself."""
    isos = {c["iso3"] for c in rows("countries.tsv")}
    states = {c["name"].lower() for c in rows("countries.tsv")}
    for r in rows("provinces.tsv"):
        assert r["country"] in isos, r
        assert r["name"].lower() not in states, r


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # a province named before its province word and a sector phrase gives its country
        ("Borno state governor Babagana Zulum condemned the attack.",
         ("Borno state governor Babagana Zulum", "NGA", "GOV")),
        ("Kandahar province governor Ali Ahmad condemned the attack.",
         ("Kandahar province governor Ali Ahmad", "AFG", "GOV")),
        ("The Sindh province police chief said five men were held.",
         ("The Sindh province police chief", "PAK", "COP")),
        ("Kaduna state police arrested ten suspects.", ("Kaduna state police", "NGA", "COP")),
        # no province name: no country
        ("The state governor condemned the attack.", ("The state governor", None, "GOV")),
    ],
)  # fmt: skip
def test_a_province_before_its_province_word(
    actors: ActorDictionary, model: Any, text: str, expected: tuple[str, str | None, str]
) -> None:
    got = [(m.text, m.entity.country, m.entity.sector) for m in actors.match(sentence(text, model), None)]
    assert got[0] == expected


@pytest.mark.parametrize(
    ("text", "country"),
    [  # a head of government in office at the date is no "Minister"; his own title still names him
        ("Minister Pedro Sanchez condemned the attack.", None),
        ("Interior Minister Pedro Sanchez condemned the attack.", None),
        ("Prime Minister Pedro Sanchez condemned the attack.", "ESP"),
        ("Defence Minister Pedro Sanchez condemned the attack.", None),
    ],
)
def test_a_minister_title_that_does_not_fit_the_office_held(
    actors: ActorDictionary, model: Any, text: str, country: str | None
) -> None:
    people = [m for m in actors.match(sentence(text, model), date(2025, 6, 1)) if m.kind == "person"]
    assert [m.entity.country for m in people] == [country]


@pytest.mark.parametrize(
    ("text", "country", "sector"),
    [  # armed groups of the wars of the 2020s
        ("the Three Brotherhood Alliance", "MMR", "REB"),
        ("the Chin National Front", "MMR", "REB"),
        ("the Karen National Union", "MMR", "REB"),
        ("People's Defence Forces", "MMR", "REB"),
        ("the Kachin Independence Army", "MMR", "REB"),
        ("the National Unity Government", "MMR", "OPP"),
        ("the Balochistan Liberation Army", "PAK", "REB"),
        ("Islamic State Mozambique Province", "MOZ", "REB"),
        ("Volunteers for the Defence of the Homeland", "BFA", "MIL"),
    ],
)
def test_armed_groups_of_the_2020s(actors: ActorDictionary, text: str, country: str, sector: str) -> None:
    entity = actors.resolve_text(text)
    assert entity is not None, text
    assert (entity.country, entity.sector) == (country, sector)


# A title and a holder's exact first name vouch for a surname written one letter off; a short
# surname, another first name or no title do not.
SLIPS = [
    ("President Laurent Gbago spoke on radio.", date(2005, 3, 1), ("Laurent Gbagbo", "CIV")),
    ("President Juvenal Habyariman flew to Dar es Salaam.", date(1993, 8, 1), ("Juvenal Habyarimana", "RWA")),
    ("President Emmanuel Macrn visited Kyiv.", date(2024, 6, 1), ("Emmanuel Macron", "FRA")),
    ("President Joe Bidn spoke on radio.", date(2022, 3, 1), None),  # a short surname
    ("President Pierre Gbago spoke on radio.", date(2005, 3, 1), None),
    ("Laurent Gbago spoke on radio.", date(2005, 3, 1), None),
]  # fmt: skip


@pytest.mark.parametrize(("text", "on", "expected"), SLIPS, ids=[s[0][:30] for s in SLIPS])
def test_a_titled_holder_misspelt_by_one_letter(
    actors: ActorDictionary, model: Any, text: str, on: date, expected: tuple[str, str] | None
) -> None:
    people = [(m.entity.name, m.entity.country) for m in actors.match(sentence(text, model), on)
              if m.kind == "person" and m.entity.country]  # fmt: skip
    assert people == ([expected] if expected else [])


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # a country's name before "state" names a province of that name; "state media" is the state's
        ("Gunmen abducted pupils in Papiri, Niger state, on Friday.",
         [("Gunmen", None, "REB"), ("pupils", None, "CVL")]),
        ("Syria state television said the talks had ended.", [("Syria state television", "SYR", "MED")]),
    ],
)  # fmt: skip
def test_a_province_named_like_a_state(
    actors: ActorDictionary, model: Any, text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    got = [(m.text, m.entity.country, m.entity.sector) for m in actors.match(sentence(text, model), None)]
    assert got == expected
    plural = actors.match(sentence("The army will deploy troops to Kwara and Niger states.", model), None)
    assert all(m.entity.country != "NER" for m in plural)
