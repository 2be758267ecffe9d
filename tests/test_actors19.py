"""Session 19 actor rules from the blind probe actors19: the host of a visit told by "arrived in",
a surname naming its holder's office at the article's date whatever term lists it, attackers not
placed by what they aim at, "the two countries'" as both states' owner, and a public figure told
by age ("the 62-year-old cleric")."""

from __future__ import annotations

from frontwatch.resolve.actor_entries import load_entries

from .conftest import coded_on, dyad_lists


def test_a_visitor_arriving_abroad_visits_the_host() -> None:
    events = coded_on(
        "Turkish Foreign Minister Hikmet Cetin arrived in Damascus on Monday for talks.", 1993, 3, 1
    )
    assert dyad_lists(events, "CONSULT") == [(["TUR"], ["SYR"])]


def test_a_leader_arriving_at_home_visits_no_one() -> None:
    events = coded_on("Turkish Prime Minister Tansu Ciller arrived in Ankara on Monday.", 1995, 3, 1)
    assert all(not e.recipients for e in events if e.event_type == "CONSULT")


def test_talks_held_in_a_city_keep_no_host() -> None:
    events = coded_on("Greek and Turkish officials held talks in Geneva on Monday.", 1997, 5, 1)
    assert all("CHE" not in {r.country for r in e.recipients} for e in events)


def test_a_surname_names_the_office_held_at_the_date() -> None:
    solana = {e.country for e in load_entries() if e.kind == "person" and e.pattern == "Solana"}
    assert {"ESP", "NATO", "EU"} <= solana
    assert dyad_lists(
        coded_on("Solana met Portugal's foreign minister in Lisbon on Monday.", 1994, 10, 3), "CONSULT"
    )[0][0] == ["ESP"]
    assert dyad_lists(
        coded_on("Solana met Portugal's foreign minister in Lisbon on Monday.", 1997, 10, 6), "CONSULT"
    )[0][0] == ["NATO"]


def test_stoltenberg_after_nato_is_norwegian() -> None:
    events = coded_on("Stoltenberg held talks with his Swedish counterpart in Oslo on Thursday.", 2025, 5, 8)
    assert dyad_lists(events, "CONSULT")[0][0] == ["NOR"]


def test_attackers_are_not_placed_by_what_they_aim_at() -> None:
    events = coded_on(
        "Guerrillas fired rockets at Israeli positions in southern Lebanon on Monday.", 1997, 8, 4
    )
    assert dyad_lists(events, "ASSAULT") == [(["LBN"], ["ISR"])]
    events = coded_on(
        "Hundreds of students threw stones at the British embassy in Tehran on Sunday.", 1999, 5, 2
    )
    actors = {a.country for e in events for a in e.actors}
    assert "GBR" not in actors


def test_the_two_countries_own_both_delegations() -> None:
    text = (
        "Ethiopian and Eritrean troops exchanged artillery fire along the border on Monday. "
        "The two countries' foreign ministers are due to meet in Algiers next week."
    )
    events = coded_on(text, 2000, 5, 2)
    assert any(e.event_type == "CONSULT" and {a.country for a in e.actors} == {"ETH", "ERI"} for e in events)


def test_a_public_figure_told_by_age_refers_back() -> None:
    text = (
        "Former Nigerian President Olusegun Obasanjo arrived in Harare on Friday. "
        "The 71-year-old statesman held talks with President Robert Mugabe."
    )
    events = coded_on(text, 2008, 6, 20)
    talks = [e for e in events if e.event_type == "CONSULT" and any("statesman" in a.text for a in e.actors)]
    assert talks and {a.country for a in talks[0].actors} == {"NGA"}
    events = coded_on(
        "Police said the 45-year-old man had attacked a patrol in Harare on Friday.", 2008, 6, 20
    )
    assert all(a.country != "NGA" for e in events for a in e.actors)
