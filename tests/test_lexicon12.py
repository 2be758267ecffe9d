"""Lexicon entries of round 12 (audit of triggers.yaml against the CAMEO verb dictionary of
PETRARCH-2, root by root): the common news verbs and phrases each root lists, coded on wire
sentences of their own construction, with the other senses of the same words kept no event."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from frontwatch.lexicon import Lexicon

from .conftest import WireCoder, wire_coder


@pytest.fixture(scope="module")
def code() -> WireCoder:
    return wire_coder(datetime(2025, 6, 20, tzinfo=UTC))


def test_specific_patterns_win_over_the_bare_verb() -> None:
    """A person "hacked to death" is killed, not the bare verb's cyber attack; sanctions waived are
    eased as lifted ones are (RETREAT), a requirement waived is a concession."""
    lex = Lexicon.load()
    hack = lex.verbs["hack"]
    assert hack[0].event_type == "ASSAULT" and hack[0].particle == "to"
    assert hack[0].specificity > hack[-1].specificity and hack[-1].event_type == "COERCE"
    waive = {t.event_type for t in lex.verbs["waive"] if "sanction" in t.objects}
    assert waive == {"RETREAT"}
    assert {t.event_type for t in lex.verbs["waive"] if "requirement" in t.objects} == {"CONCEDE"}


@pytest.mark.parametrize(
    ("text", "etype", "mode"),
    [
        ("Italy's prime minister concluded a three-day visit to Japan.", "CONSULT", "visit"),
        ("The Indian foreign minister left for Tokyo on Sunday.", "CONSULT", "visit"),
        ("Serbia and Croatia resolved their dispute over the border.", "AGREE", None),
        ("Indonesia and Australia mended ties after the spying row.", "COOPERATE", None),
        ("Ghana and Togo cemented ties with a security pact.", "COOPERATE", None),
        ("Canada flew medical supplies to the flood zone in Pakistan.", "AID", None),
        ("Senegal's government abided by the court's ruling.", "CONCEDE", None),
        ("Japan waived sanctions on the Iranian airline.", "RETREAT", None),
        ("China belittled the new tariffs as pointless.", "ACCUSE", "disapprove"),
        ("Iran labelled the raid an act of terrorism.", "ACCUSE", "disapprove"),
        ("Cuba shrugged off the new US sanctions.", "REJECT", "yield"),
        ("Washington reimposed sanctions on Nicaragua's gold sector.", "SANCTION", None),
        ("Australia shut its embassy in Kyiv in 2022.", "SANCTION", "withdraw"),
        ("Uganda's police rearrested the opposition leader.", "COERCE", "arrest"),
        ("Sudanese paramilitaries took the city of El Fasher.", "COERCE", "seize"),
        ("Malian soldiers returned fire after the ambush.", "ASSAULT", "firearms"),
        ("Villagers in Ituri were hacked to death by militiamen from Uganda.", "ASSAULT", "primitive"),
        ("Ethiopian troops routed the rebels near Gondar.", "ASSAULT", None),
    ],
)
def test_cameo_phrasings_are_coded(code: WireCoder, text: str, etype: str, mode: str | None) -> None:
    assert any(e.event_type == etype and e.mode == mode for e in code(text))


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("Kenya's audit office concluded that the funds were misused.", "CONSULT"),
        ("The Brazilian band left for a tour of Asia in May.", "CONSULT"),
        ("Germany's rail operator resolved the signalling fault overnight.", "AGREE"),
        ("Swedish carpenters repaired the ties of the old railway.", "COOPERATE"),
        ("Dutch farmers pumped water out of the flooded polder.", "AID"),
        ("The Turkish airline waived the fee for changed bookings.", "CONCEDE"),
        ("The Polish firm labelled its products in three languages.", "ACCUSE"),
        ("The Irish striker shrugged off a knee injury.", "REJECT"),
        ("The Italian café shut its doors for the winter.", "SANCTION"),
        ("The Nigerian governor took the city train to work.", "COERCE"),
        ("Spain's ruling party routed the opposition in the regional vote.", "ASSAULT"),
        ("The Czech minister returned fire at his critics on television.", "ASSAULT"),
    ],
)
def test_other_senses_stay_no_event(code: WireCoder, text: str, etype: str) -> None:
    assert etype not in {e.event_type for e in code(text)}
