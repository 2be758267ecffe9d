"""The blind probe probe13's strict breaches, each fixed as a general rule and tried on
sentences of its own construction: a relative clause on a noun picked out by "any" inside a
threat or plan describes whoever might act, not an act done; an accuser's "X ordered troops to
…" is no intention anyone states; a partnership or alliance suspended, ended or frozen is a
sanction, not cooperation, and its "with" names the other party."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from .conftest import WireCoder, event_types, wire_coder


@pytest.fixture(scope="module")
def code() -> WireCoder:
    return wire_coder(datetime(2025, 10, 2, tzinfo=UTC))


@pytest.mark.parametrize(
    "text",
    [
        "The gang leader threatened to fight any troops who entered the capital.",
        "The army will open fire on anyone who attacks its checkpoints.",
    ],
)
def test_a_relative_clause_on_any_under_a_threat_is_no_act_done(code: WireCoder, text: str) -> None:
    events = code(text)
    assert not [e for e in events if e.event_type in ("ASSAULT", "MOBILIZE") and e.factuality == "actual"]


def test_a_relative_clause_on_a_definite_noun_keeps_its_act(code: WireCoder) -> None:
    events = code("Rebels ambushed the convoy that had attacked the village on Monday.")
    assert [e for e in events if e.event_type == "ASSAULT" and e.factuality == "actual"]


def test_an_order_alleged_by_an_accuser_is_no_stated_intention(code: WireCoder) -> None:
    events = code(
        "Kenyan prosecutors accuse the former commander of ordering Kenyan police officers to storm the camp."
    )
    assert "ACCUSE" in event_types(events)
    assert "THREATEN" not in event_types(events)


def test_an_intention_stated_by_its_own_party_is_still_a_threat(code: WireCoder) -> None:
    assert "THREATEN" in event_types(code("The army said it will shell rebel positions near the border."))


@pytest.mark.parametrize(
    ("text", "recipient"),
    [
        ("Washington suspended its strategic partnership with Tbilisi on Saturday.", "GEO"),
        ("Moscow ended its military alliance with Yerevan.", "ARM"),
        ("Kenya froze its security partnership with Haiti after the attack on its officers.", "HTI"),
    ],
)
def test_a_partnership_suspended_is_a_sanction_on_the_other_party(
    code: WireCoder, text: str, recipient: str
) -> None:
    events = code(text)
    assert "COOPERATE" not in event_types(events)
    sanctions = [e for e in events if e.event_type == "SANCTION" and e.mode == "discontinue"]
    assert sanctions and recipient in {r.country for r in sanctions[0].recipients}
