"""Round prec20, precision on diplomatic and conflict wire copy of 1985-2010: trigger words in a
sense that is no event of their type — a news conference held, the summit of a mountain, a
company board meeting and its aims, a ban on a habit, a traveller held up in traffic, civilians
crossing a border or leaving a town, power won or lost in a vote, a currency supported, a
resignation withdrawn, a mishap "met with" — each beside the reading that must stay."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from .conftest import WireCoder, assert_absent, assert_present, wire_coder


@pytest.fixture(scope="module")
def code() -> WireCoder:
    return wire_coder(datetime(1995, 6, 1, tzinfo=UTC))


def test_news_conferences_are_no_meeting(code: WireCoder) -> None:
    assert_absent(
        code,
        "CONSULT",
        "Chancellor Kohl held a news conference in Bonn on Tuesday.",
        "The two leaders held a joint press conference in Moscow.",
    )
    assert_present(code, "CONSULT", "Leaders of the seven industrial nations held a summit in Tokyo.")
    assert_present(code, "CONSULT", "The Egyptian and Jordanian foreign ministers held talks in Cairo.")


def test_mountain_summits_are_no_meeting(code: WireCoder) -> None:
    assert_absent(
        code,
        "CONSULT",
        "The Nepalese climber reached the summit of Everest for the fourth time on Tuesday.",
        "Two Japanese climbers reached the summit of Mount Kilimanjaro.",
    )
    assert_present(code, "CONSULT", "Arab leaders opened a summit in Casablanca on Sunday.")


def test_company_meetings_and_their_aims(code: WireCoder) -> None:
    assert_absent(code, "CONSULT", "The board of Daewoo Motor met in Seoul to discuss a sale of the company.")
    assert_present(
        code, "CONSULT", "Syrian and Iranian ministers met in Damascus to discuss the crisis in Lebanon."
    )


def test_bans_on_habits_coerce_no_one(code: WireCoder) -> None:
    assert_absent(
        code,
        "COERCE",
        "The ban on smoking in public offices took effect in Bangkok on Monday.",
        "Thailand banned smoking in public offices on Monday.",
        "Malaysia imposed a ban on tobacco advertising.",
    )
    assert_present(code, "COERCE", "Kenya banned the opposition party on Monday.")
    assert_present(code, "COERCE", "The military government imposed a ban on public meetings in Lagos.")


def test_travellers_held_up(code: WireCoder) -> None:
    assert_absent(code, "COERCE", "The delegation was detained in traffic and arrived an hour late in Lagos.")
    assert_present(code, "COERCE", "Nigerian police detained three journalists in Lagos.")


def test_civilians_crossing_and_leaving(code: WireCoder) -> None:
    assert_absent(
        code,
        "ASSAULT",
        "Thousands of Rwandan refugees crossed into Zaire on Monday.",
        "Refugees fleeing the fighting crossed into Thailand.",
    )
    assert_absent(code, "RETREAT", "Residents evacuated the town as the river rose.")
    assert_present(code, "ASSAULT", "Angolan rebels crossed into Zambia on Monday.")
    assert_present(code, "RETREAT", "Israeli troops pulled back from the outskirts of Nablus.")


def test_power_changing_hands_by_vote(code: WireCoder) -> None:
    assert_absent(
        code,
        "COERCE",
        "The Japanese prime minister was ousted in a no-confidence vote on Tuesday.",
        "Voters ousted the ruling party in Sunday's election.",
        "The opposition took control of parliament in the 1994 elections.",
    )
    assert_present(code, "COERCE", "Army officers ousted the president of Niger in a coup on Saturday.")


def test_currencies_supported_and_resignations_withdrawn(code: WireCoder) -> None:
    assert_absent(code, "SUPPORT", "The Bank of Japan bought dollars on Friday to support the yen.")
    assert_absent(code, "RETREAT", "The Italian finance minister withdrew his resignation on Monday.")
    assert_present(code, "SUPPORT", "Jordan backed the Egyptian peace plan on Monday.")


def test_mishaps_met_with(code: WireCoder) -> None:
    assert_absent(
        code,
        "CONSULT",
        "The minister met with an accident on the highway to Kandy.",
        "The photographer met his death in a car crash.",
    )
    assert_present(
        code, "CONSULT", "The Indian foreign minister met with his Sri Lankan counterpart in Colombo."
    )


def test_storms_raids_and_ambushes_in_other_senses(code: WireCoder) -> None:
    assert_absent(
        code,
        "ASSAULT",
        "The Iraqi delegate stormed out of the meeting in Geneva.",
        "The Australian company launched a dawn raid on the shares of its rival.",
        "The Italian prime minister was ambushed by reporters outside the court in Milan.",
    )
    assert_present(code, "ASSAULT", "Indian troops stormed the Golden Temple in Amritsar.")
    assert_present(code, "ASSAULT", "Rebels ambushed an army convoy near Jaffna on Monday.")
    assert_present(code, "ASSAULT", "Israeli commandos launched a raid on a guerrilla base in Lebanon.")
    assert_present(code, "ASSAULT", "A rocket attack on a market in Kabul killed 20 people.")


def test_releases_of_patients_and_goods(code: WireCoder) -> None:
    assert_absent(
        code,
        "RETREAT",
        "The military hospital released the wounded Nigerian soldier on Monday.",
        "The Indian food ministry released 10,000 tonnes of grain from state reserves.",
    )
    assert_present(code, "RETREAT", "Serb forces released 200 Muslim prisoners on Friday.")
    assert_present(
        code, "RETREAT", "The Soviet Union released the dissident Andrei Sakharov from internal exile."
    )
