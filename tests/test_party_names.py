"""What the analyst reads of a party: a party placed or owned by a capital is named as that
state's party of its own sector ("Protesters in Belgrade": Serbia, OPP; "Minsk … its troops":
Belarus, MIL), never as the government the capital stands for, nor a leader's body by the
leader's name ("Netanyahu ordered the army": Israel); an organisation's seat named as a place is
its host state's ("police in Brussels": Belgium), except for the bodies the organisation acts as
("officials in Brussels": the EU)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from frontwatch.models import Entity
from frontwatch.resolve.actor_entries import party_name, seat_body, state_party_name

from .conftest import WireCoder, wire_coder


@pytest.fixture(scope="module")
def code() -> WireCoder:
    return wire_coder(datetime(2025, 11, 20, tzinfo=UTC))


def _party(code: WireCoder, text: str, etype: str, role: str) -> tuple[str, str | None, str | None]:
    events = [e for e in code(text) if e.event_type == etype]
    assert events, text
    party = getattr(events[0], role)[0]
    return party.name, party.country, party.sector


@pytest.mark.parametrize(
    ("text", "etype", "role", "expected"),
    [
        ("Protesters in Belgrade blocked a main bridge for a third day.", "PROTEST", "actors",
         ("Serbia", "SRB", "OPP")),
        ("Riot police in Belgrade detained dozens of students on Saturday night.", "COERCE", "actors",
         ("Serbia", "SRB", "COP")),
        ("Thousands of demonstrators in Tbilisi rallied outside parliament on Sunday night.", "PROTEST",
         "recipients", ("Parliament of Georgia", "GEO", "LEG")),
        ("Authorities in Nairobi imposed a ban on demonstrations on Tuesday.", "COERCE", "actors",
         ("Government of Kenya", "KEN", "GOV")),
        ("Police in Brussels arrested three men on terrorism charges on Thursday.", "COERCE", "actors",
         ("Belgium", "BEL", "COP")),
        ("Brussels imposed anti-dumping duties on Chinese steel on Tuesday.", "SANCTION", "actors",
         ("European Union", "EU", "IGO")),
        ("The Kremlin accused Kyiv of sabotaging the talks.", "ACCUSE", "actors",
         ("Government of Russia", "RUS", "GOV")),
        ("Netanyahu ordered the army to prepare for an operation in Rafah.", "ASSAULT", "actors",
         ("Israel", "ISR", "MIL")),
        ("Minsk denied that its troops would enter Ukraine.", "ASSAULT", "actors", ("Belarus", "BLR", "MIL")),
    ],
)  # fmt: skip
def test_a_party_is_named_as_what_it_is(
    code: WireCoder, text: str, etype: str, role: str, expected: tuple[str, str, str]
) -> None:
    assert _party(code, text, etype, role) == expected


def test_a_government_name_gives_way_only_to_another_sector() -> None:
    belgrade = Entity("Belgrade", "Government of Serbia", "SRB", "GOV")
    assert party_name(belgrade, "OPP", "protesters") == "Serbia"
    assert party_name(belgrade, "GOV", "officials") == "Government of Serbia"  # the same body
    houthis = Entity("Houthi", "Houthis", "YEM", "REB")
    assert party_name(houthis, "MIL", "forces") == "Houthis"  # a group keeps its name
    assert state_party_name("GBR", "parliament") == "Parliament of the United Kingdom"


def test_a_seat_placed_party_is_the_host_state_s_unless_the_organisation_acts_as_it() -> None:
    brussels = Entity("Brussels", "Belgium", "BEL", None)
    assert seat_body(brussels, "GOV").country == "EU"  # "officials in Brussels"
    assert seat_body(brussels, "COP") == brussels  # "police in Brussels"
