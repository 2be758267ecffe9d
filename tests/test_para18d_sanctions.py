"""Session 18 (para18d): the parties and senses of sanctions, aid and diplomatic acts told with
the other words and constructions of 1990s wire copy, each rule tried on sentences of its own
both ways: an expulsion or an aid cut in the agentless passive (the expelling state is the
"from" phrase, the donor the aid's modifier), an airline made to cancel its flights, aid that does
not arrive, a convoy of relief goods, sums of money in aid, a state's boycott of goods, trade
halted with a partner, a chargé d'affaires expelled (and no charge recalled)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from .conftest import WireCoder, event_types, typed_facts, wire_coder


@pytest.fixture(scope="module")
def code() -> WireCoder:
    return wire_coder(datetime(1994, 6, 1, tzinfo=UTC))


def _parties(events: list, event_type: str) -> list[tuple[set[str | None], set[str | None]]]:
    return [
        ({a.country for a in e.actors}, {r.country for r in e.recipients})
        for e in events
        if e.event_type == event_type
    ]


def test_passive_expulsion_is_by_the_state_left(code: WireCoder) -> None:
    for text, expeller, expelled in (
        ("Three Libyan diplomats were expelled from Italy on Friday.", "ITA", "LBY"),
        ("Two Cuban envoys have been expelled from Venezuela, officials said.", "VEN", "CUB"),
    ):
        assert _parties(code(text), "SANCTION") == [({expeller}, {expelled})], text
    # an active expulsion's "from" phrase names a place of the expeller: no recipient
    assert _parties(code("Italy expelled two Libyan diplomats from Rome."), "SANCTION") == [
        ({"ITA"}, {"LBY"})
    ]


def test_passive_aid_cut_is_by_the_donor(code: WireCoder) -> None:
    for text, donor, receiver in (
        ("French aid to Togo was suspended after the shooting of demonstrators.", "FRA", "TGO"),
        ("All Japanese aid to Burma was cut off in 1988.", "JPN", "MMR"),
    ):
        assert _parties(code(text), "SANCTION") == [({donor}, {receiver})], text


def test_carrier_made_to_cancel_flights_is_no_sanction(code: WireCoder) -> None:
    assert "SANCTION" not in event_types(
        code("Bad weather forced the state airline to cancel its flights to Paris.")
    )
    assert "SANCTION" in event_types(code("France forced Libya to suspend its flights to Paris."))


def test_aid_that_does_not_arrive_is_negated(code: WireCoder) -> None:
    events = code("Western aid has not reached the Kurds in the mountains, relief workers said.")
    assert "actual" not in {e.factuality for e in events if e.event_type == "AID"}
    assert ("AID", "actual", ("-",)) not in typed_facts(code("The fighting did not stop the aid."))


def test_convoy_of_relief_goods_is_aid(code: WireCoder) -> None:
    assert "AID" in event_types(code("A U.N. convoy carrying flour and blankets reached Tuzla on Monday."))
    assert "AID" not in event_types(code("An army convoy carrying ammunition reached Tuzla on Monday."))


def test_sums_of_money_given_or_withheld(code: WireCoder) -> None:
    for text, donor, receiver in (
        ("Italy will send 30 billion lire in emergency aid to Albania.", "ITA", "ALB"),
        ("Japan sent $10 million in relief to Bangladesh.", "JPN", "BGD"),
    ):
        assert _parties(code(text), "AID") == [({donor}, {receiver})], text
    assert _parties(code("Britain withheld five million pounds of aid to Malawi."), "SANCTION") == [
        ({"GBR"}, {"MWI"})
    ]
    assert "AID" not in event_types(code("The bank sent 40 million dollars to its shareholders."))


def test_boycott_of_goods_is_a_sanction_not_a_protest(code: WireCoder) -> None:
    events = code("Syria and Iraq boycotted Turkish products in protest at the dam.")
    assert "SANCTION" in event_types(events)
    assert "SANCTION" not in event_types(code("The opposition boycotted the presidential election."))
    consumers = code("Japanese consumers boycotted American rice over the trade dispute.")
    assert "SANCTION" not in event_types(consumers)


def test_trade_halted_names_the_partner(code: WireCoder) -> None:
    assert _parties(code("Kenya halted all trade with Uganda on Monday."), "SANCTION") == [({"KEN"}, {"UGA"})]


def test_charge_daffaires_expelled_but_no_charge_recalled(code: WireCoder) -> None:
    assert _parties(code("Iraq expelled the Kuwaiti charge d'affaires on Tuesday."), "SANCTION") == [
        ({"IRQ"}, {"KWT"})
    ]
    assert "SANCTION" not in event_types(
        code("The prosecutor recalled the charge of fraud against the banker.")
    )
