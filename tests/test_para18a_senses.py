"""Session 18 (para18a), ASSAULT, COERCE and MOBILIZE told with other words than the PLOVER dev
records: an attack told by its weapon or its toll with no party named, a curfew imposed after
protests about a killing, a patrol that is the target, one attack told by two verbs, outlets
closed, people hauled in or snatched, dwellings razed; and the same words in other senses — a
game's attack, a war on poverty, a strike by workers, a share of the vote captured, supporters
mobilised, heels dug in."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from .conftest import WireCoder, assert_absent, assert_present, event_types, wire_coder


@pytest.fixture(scope="module")
def code() -> WireCoder:
    return wire_coder(datetime(1997, 6, 1, tzinfo=UTC))


def test_a_toll_told_by_two_verbs_is_one_attack(code: WireCoder) -> None:
    """The second verb of "killed … and wounded …" adds to the blast's toll: one attack."""
    for text in (
        "A landmine explosion near Kandahar killed three Afghan children and wounded four others.",
        "A bomb went off on a crowded bus in Colombo, killing 14 passengers and wounding 40.",
    ):
        assert [e.event_type for e in code(text)].count("ASSAULT") == 1, text


def test_attacks_told_by_their_weapon_or_toll(code: WireCoder) -> None:
    assert_present(
        code,
        "ASSAULT",
        "A bomb exploded outside a cinema in Colombo on Friday, killing nine people, Sri Lankan police said.",
        "A grenade attack on a crowded market in Peshawar wounded 20 people.",
    )


def test_a_curfew_after_protests_over_a_killing_is_kept(code: WireCoder) -> None:
    assert_present(
        code,
        "COERCE",
        "A curfew was imposed in Bhagalpur after riots over the death of a trader, Indian officials said.",
    )


def test_a_patrol_under_attack_is_no_deployment(code: WireCoder) -> None:
    events = code("A Ghanaian peacekeeping patrol came under attack near Tubmanburg on Monday.")
    assert "ASSAULT" in event_types(events)
    assert not {"AID", "MOBILIZE"} & event_types(events)


def test_one_attack_told_by_two_verbs(code: WireCoder) -> None:
    events = code("Egyptian police shot and killed a wanted militant in Assiut on Sunday.")
    assert [e.event_type for e in events].count("ASSAULT") == 1


def test_outlets_closed_and_people_taken(code: WireCoder) -> None:
    assert_present(code, "COERCE", "The Algerian authorities closed down two independent dailies on Tuesday.")
    assert_present(code, "COERCE", "Turkish police hauled in dozens of Kurdish students in Istanbul.")
    assert_present(code, "ASSAULT", "Gunmen snatched two Italian engineers in the Niger Delta on Monday.")
    assert_present(code, "COERCE", "Israeli authorities razed two Palestinian homes near Hebron.")
    assert_absent(code, "ASSAULT", "Israeli authorities razed two Palestinian homes near Hebron.")


def test_other_senses(code: WireCoder) -> None:
    assert_absent(
        code,
        "ASSAULT",
        "Nigeria's attack overwhelmed the Bulgarian defence as they won 3-0 in Dallas.",
        "Argentina mounted attacks on the Greek goal throughout the first half.",
        "The prime minister pledged to wage war on illiteracy and hunger.",
        "Air France flights were hit by a strike by ground staff on Monday.",
    )
    assert_absent(code, "COERCE", "The Christian Democrats captured 38 percent of the vote on Sunday.")
    assert_absent(code, "MOBILIZE", "The governing party mobilised its followers ahead of the referendum.")
    assert_absent(code, "MOBILIZE", "The Conservative Party dug in its heels over the tax plan.")


def test_a_column_hit_on_the_move_is_no_deployment(code: WireCoder) -> None:
    """A column the attack hit while moving is its target; a column seen moving is a deployment."""
    assert_absent(code, "MOBILIZE", "Israeli drones hit Syrian tanks moving towards Deraa on Monday.")
    assert_present(code, "MOBILIZE", "Syrian tanks moving towards Deraa were seen on Monday, a monitor said.")


def test_a_crowd_burning_vehicles_riots(code: WireCoder) -> None:
    """A crowd or mob attacking or burning buildings and vehicles is a riot, as protesters are;
    soldiers torching homes stay an attack."""
    text = "An angry mob torched two police cars in Karachi on Monday."
    assert "PROTEST" in event_types(code(text)) and "ASSAULT" not in event_types(code(text))
    assert_present(code, "ASSAULT", "Serb soldiers torched Moslem homes near Srebrenica.")
