"""Session 20 threats, sanctions and blame on wire copy of our own: a party "held responsible" for
an act did it by the holder's word; revenge vowed is a threat; notice given or served is a warning,
a threat only when it states the warner's own hostile act; a span given to a diplomat to leave is
an expulsion; oil or gas cut off to a state is a sanction; the party goods go to or come from is
the recipient of a sanction on them; a "by" phrase ending a passive accusation's "of" clause is the
accuser."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from .conftest import WireCoder, typed_facts, wire_coder


@pytest.fixture(scope="module")
def code() -> WireCoder:
    return wire_coder(datetime(1990, 6, 1, tzinfo=UTC))


def _recipients(code: WireCoder, text: str, etype: str) -> set[tuple[str, ...]]:
    return {
        tuple(sorted(r.country or "-" for r in e.recipients)) for e in code(text) if e.event_type == etype
    }


def test_held_responsible_names_the_culprit(code: WireCoder) -> None:
    events = code("The United States held Libya responsible for the bombing of the airliner.")
    bombing = [e for e in events if e.event_type == "ASSAULT"]
    assert [tuple(a.country for a in e.actors) for e in bombing] == [("LBY",)]
    assert bombing[0].attribution is not None and bombing[0].attribution.country == "USA"


def test_revenge_vowed_is_a_threat_and_revenge_taken_is_not(code: WireCoder) -> None:
    facts = typed_facts(code("Tehran vowed to take revenge on Israel."))
    assert ("THREATEN", "actual", ("IRN",)) in facts
    assert not {t for t, _, _ in facts} & {"AGREE"}
    assert _recipients(code, "Tehran vowed to take revenge on Israel.", "THREATEN") == {("ISR",)}
    assert not {t for t, _, _ in typed_facts(code("The villagers took revenge on the bandits."))} & {
        "THREATEN"
    }


def test_notice_is_a_threat_only_with_the_warners_own_act(code: WireCoder) -> None:
    facts = typed_facts(
        code("Baghdad gave notice that it would shoot down any aircraft that entered its airspace.")
    )
    assert ("THREATEN", "actual", ("IRQ",)) in facts
    assert not {
        t for t, _, _ in typed_facts(code("The company gave notice that it would close the plant."))
    } & {"THREATEN"}


def test_span_given_to_an_envoy_to_leave_is_an_expulsion(code: WireCoder) -> None:
    events = code("Kinshasa gave the Belgian envoy 48 hours to leave.")
    assert {(e.event_type, e.mode) for e in events} == {("SANCTION", "expel")}
    rebels = code("The army gave the rebels 72 hours to leave the town.")
    assert {e.event_type for e in rebels} == {"THREATEN"}


def test_oil_cut_off_to_a_state_is_a_sanction_water_to_a_city_coercion(code: WireCoder) -> None:
    assert {e.event_type for e in code("Moscow cut off oil supplies to Lithuania.")} == {"SANCTION"}
    assert {e.event_type for e in code("The rebels cut off water supplies to the besieged city.")} == {
        "COERCE"
    }


def test_sanctioned_goods_name_their_party(code: WireCoder) -> None:
    assert _recipients(
        code, "Britain announced a suspension of oil exports to South Africa.", "SANCTION"
    ) == {("ZAF",)}
    assert _recipients(code, "Britain announced a ban on imports from Iran.", "SANCTION") == {("IRN",)}
    assert _recipients(code, "The EU imposed an embargo on arms exports to Syria.", "SANCTION") == {("SYR",)}


def test_late_by_phrase_of_a_passive_accusation_is_the_accuser(code: WireCoder) -> None:
    events = code("Sudan was accused of using food as a weapon by Ethiopia.")
    accuse = [e for e in events if e.event_type == "ACCUSE"]
    assert [tuple(a.country for a in e.actors) for e in accuse] == [("ETH",)]
    coerce = [e for e in events if e.event_type == "COERCE"]
    assert coerce and all(not e.recipients for e in coerce)  # the accuser is no target
