"""Lexicon entries of session 16 (trigger forms of 1990-2010 wire copy): relief airdropped or
delivered by the tonne, alert levels raised, troops landed, projects halted, and a warning that
another party "would be held responsible"; each on wire sentences of its own construction, with
the other senses of the same words kept no event."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from frontwatch.lexicon import Lexicon

from .conftest import WireCoder, acted_by, event_types, wire_coder


@pytest.fixture(scope="module")
def code() -> WireCoder:
    return wire_coder(datetime(2000, 6, 1, tzinfo=UTC))


def test_bare_common_verbs_stay_out_of_the_sentence_filter() -> None:
    """The new entries read objects or particles ("drop > food", "land in"): "use" and "allow"
    gain no bare entry, and "held" stays no trigger form."""
    lex = Lexicon.load()
    assert all(t.objects or t.particle for t in lex.verbs["drop"])
    assert all(t.objects or t.particle for t in lex.verbs["land"])
    assert "held" not in lex.surface_forms


@pytest.mark.parametrize(
    ("text", "etype", "mode", "actor"),
    [
        ("U.S. planes dropped food rations over eastern Afghanistan on Sunday.", "AID", None, "USA"),
        ("Indian helicopters dropped 40 tonnes of rice to flooded villages.", "AID", None, "IND"),
        ("Japan delivered 50 tonnes of medicine to Bangladesh.", "AID", None, "JPN"),
        ("Pakistan's army raised its alert level along the border.", "MOBILIZE", "troops", "PAK"),
        ("French paratroopers landed at the airport in Kinshasa.", "MOBILIZE", "troops", "FRA"),
        ("The first 800 U.S. Marines landed in Monrovia on Thursday.", "MOBILIZE", "troops", "USA"),
        ("Germany halted a joint project with Russia over the annexation.", "SANCTION", "discontinue", "DEU"),
        (
            "China warned Japan that it would be held accountable for the consequences.",
            "THREATEN",
            None,
            "CHN",
        ),
    ],
)
def test_trigger_forms_of_older_wire_copy(
    code: WireCoder, text: str, etype: str, mode: str | None, actor: str
) -> None:
    assert acted_by(code(text), etype, mode, actor)


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("Russian aircraft dropped bombs on the town.", "AID"),
        ("The ministry dropped the medicine from its list of subsidised drugs.", "AID"),
        ("The company delivered 300 tonnes of steel to the shipyard.", "AID"),
        ("The central bank raised its interest rate by half a point.", "MOBILIZE"),
        ("The French president landed in Algiers for talks.", "MOBILIZE"),
        ("The plane landed in Dili on Monday.", "MOBILIZE"),
        ("The storm halted work on the bridge.", "SANCTION"),
        ("China warned Japan that it would be held accountable for the consequences.", "ACCUSE"),
    ],
)
def test_other_senses_stay_no_such_event(code: WireCoder, text: str, etype: str) -> None:
    assert etype not in event_types(code(text))
