"""Session 16 roles and claimants on wire copy of our own: the act in a clause that names what a
pledge waits on ("once", "as soon as") is only its condition, and its party pledges nothing; a
plan toward no one reported by hearsay ("will host talks, according to diplomats") is no pledge
by the party; a finite verb the
parser conjoined to an accusation's gerund ("accused X of seeking … and appealed …") shares the
accuser's subject and is the accuser's own act, not the accused's or a claim about it."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from .conftest import WireCoder, typed_facts, wire_coder


@pytest.fixture(scope="module")
def code() -> WireCoder:
    return wire_coder(datetime(2000, 5, 18, tzinfo=UTC))


def _pledgers(code: WireCoder, text: str) -> set[tuple[str, ...]]:
    return {actors for t, f, actors in typed_facts(code(text)) if t == "AGREE" and f == "actual"}


# --- the act a pledge waits on is its condition -------------------------------------------------


def test_act_in_once_clause_is_only_the_condition(code: WireCoder) -> None:
    facts = typed_facts(code("Sudan said it would reopen the border once the rebels withdrew from the town."))
    assert ("AGREE", "actual", ("SDN",)) in facts  # the offer is the speaker's
    assert ("AGREE", "actual", ("-",)) not in facts  # the rebels pledge nothing
    assert ("RETREAT", "future", ("-",)) not in facts
    assert ("RETREAT", "hypothetical", ("-",)) in facts


def test_party_of_the_condition_pledges_nothing(code: WireCoder) -> None:
    facts = typed_facts(code("Pakistan said it would release the prisoners once India agreed to talks."))
    assert ("AGREE", "actual", ("PAK",)) in facts
    assert not {f for t, f, a in facts if t == "AGREE" and a == ("IND",)} - {"hypothetical"}


def test_as_soon_as_clause_is_no_reported_act(code: WireCoder) -> None:
    text = "Kenya said it would resume aid to Somalia as soon as the militias handed over their weapons."
    facts = typed_facts(code(text))
    assert ("AGREE", "actual", ("KEN",)) in facts
    assert {f for t, f, _ in facts if t == "RETREAT"} == {"hypothetical"}


def test_once_clause_under_a_past_act_stays_actual(code: WireCoder) -> None:
    past = typed_facts(
        code("Ethiopian troops halted their offensive once the Eritrean forces left the town.")
    )
    assert ("RETREAT", "actual", ("ERI",)) in past
    pledge = typed_facts(
        code("Ethiopia said it would halt its offensive once Eritrean troops left the town.")
    )
    assert ("RETREAT", "hypothetical", ("ERI",)) in pledge


# --- hearsay about a plan is no pledge ------------------------------------------------------------


def test_plan_reported_by_diplomats_is_no_pledge(code: WireCoder) -> None:
    for text in (
        "Egypt will host talks between Sudan and the rebels next month, according to diplomats.",
        "Norway will mediate talks between the government and the Tamil rebels, diplomats said.",
        "Qatar will host a new round of talks next week, Western diplomats said.",
    ):
        facts = typed_facts(code(text))
        assert not _pledgers(code, text), text
        assert {f for t, f, _ in facts if t == "CONSULT"} == {"future"}, text
    own = "Egypt will host talks between the two sides next week, the Egyptian foreign ministry said."
    assert ("EGY",) in _pledgers(code, own)
    toward = (
        "Nigerian President Olusegun Obasanjo will visit Liberia and Sierra Leone next week to mediate"
        " between the two governments, diplomatic sources said."
    )
    assert ("NGA",) in _pledgers(code, toward)  # a reported plan toward a counterpart offers it


# --- a finite conjunct of an accusation's gerund is the accuser's ----------------------------------


@pytest.mark.parametrize(
    ("text", "accuser", "accused"),
    [
        (
            "Congolese President Laurent Kabila accused Kigali of seeking to overthrow his government"
            " and appealed to the Security Council for help.",
            "COD",
            "RWA",
        ),
        (
            "Sudanese President Omar Hassan al-Bashir accused Asmara of seeking to topple his government"
            " and called on the Arab League to intervene.",
            "SDN",
            "ERI",
        ),
    ],
    ids=["appealed", "called-on"],
)
def test_conjunct_of_accusation_gerund_is_the_accusers_act(
    code: WireCoder, text: str, accuser: str, accused: str
) -> None:
    requests = [e for e in code(text) if e.event_type == "REQUEST"]
    assert requests
    assert all({a.country for a in e.actors} == {accuser} for e in requests)
    assert all(e.attribution is None for e in requests)  # no claim the accusation makes
    assert accused not in {a.country for e in requests for a in e.actors}
