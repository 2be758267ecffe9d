"""Trigger readings of session 17, round 2 (the blind probe probe17's threat idioms, vows to
crush a group by its name, the occasion an act was done in, a second act beside an agreement):
each on wire sentences of its own construction, with the same words in another sense kept no
such event."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from frontwatch import nlp
from frontwatch.lexicon import Lexicon
from frontwatch.syntax import Tree
from frontwatch.trigger_extras import armed_objects

from .conftest import WireCoder, event_types, wire_coder


@pytest.fixture(scope="module")
def code() -> WireCoder:
    return wire_coder(datetime(2025, 6, 1, tzinfo=UTC))


def _threats(code: WireCoder, text: str) -> set[tuple[str, str, str]]:
    """(actor countries, recipient countries, factuality) of each THREATEN."""
    return {
        (
            ",".join(sorted(a.country or "-" for a in e.actors)),
            ",".join(sorted(r.country or "-" for r in e.recipients)),
            e.factuality,
        )
        for e in code(text)
        if e.event_type == "THREATEN"
    }


@pytest.mark.parametrize(
    ("text", "threat"),
    [
        ("Hezbollah's deputy leader said Israel would pay a heavy price.", ("LBN", "ISR", "actual")),
        (
            "The Houthis said Washington would have to pay a heavy price for the strikes.",
            ("YEM", "USA", "actual"),
        ),
        ("Moscow said Kyiv would be held responsible if it used the missiles.", ("RUS", "UKR", "actual")),
        (
            "Iran's foreign ministry said the attacks on its embassy would not go unpunished.",
            ("IRN", "", "actual"),
        ),
        ("Moscow said it reserved the right to respond to the deployment.", ("RUS", "", "actual")),
        (
            "Israel's defence minister said Israel would exact a price from Hezbollah.",
            ("ISR", "LBN", "actual"),
        ),
    ],
)
def test_threat_idioms_are_the_speakers_threat(
    code: WireCoder, text: str, threat: tuple[str, str, str]
) -> None:
    """A reprisal announced as the other party's lot, or an answer claimed as a right, is the
    speaker's threat, made (actual), toward the party said to pay."""
    assert threat in _threats(code, text)


@pytest.mark.parametrize(
    "text",
    [
        "Farmers in the north have paid a heavy price for the drought, the minister said.",
        "The company said it had paid a heavy price for the delays at the port.",
        "The coach said the defeat would not go unpunished.",
        "The player has no right to respond to the referee.",
        "The storm exacted a heavy price from fishermen along the coast.",
        "Iran would respond to the letter next week, the ministry said.",
    ],
)
def test_idioms_told_or_unowned_threaten_no_one(code: WireCoder, text: str) -> None:
    assert "THREATEN" not in event_types(code(text))


def test_the_idiom_words_keep_the_filter_narrow() -> None:
    """The idioms reach the filter by their rare words; "pay" and "said" stay no trigger form."""
    forms = Lexicon.load().surface_forms
    assert "unpunished" in forms
    assert not {"pay", "paid", "say", "said", "held"} & forms


def test_a_phone_call_an_apology_is_made_in_is_a_call(code: WireCoder) -> None:
    types = {(e.event_type, e.mode) for e in code("Erdogan apologised to Putin in a phone call on Monday.")}
    assert ("CONSULT", "phone") in types


def test_talks_an_agreement_is_reached_in_are_kept(code: WireCoder) -> None:
    text = (
        "Armenia and Azerbaijan agreed to reopen the border crossing in their first direct talks in a decade."
    )
    assert {"AGREE", "CONSULT"} <= event_types(code(text))


def test_a_failure_to_agree_beside_an_agreement_is_its_own_act(code: WireCoder) -> None:
    events = code(
        "Armenia and Azerbaijan agreed on Friday to exchange 30 prisoners each, "
        "but failed to agree on a peace treaty."
    )
    assert {e.factuality for e in events if e.event_type == "AGREE"} == {"actual", "negated"}


def test_an_armed_group_by_its_name_is_crushed_by_its_sector(model: Any) -> None:
    """ "vowed to crush the RSF": the name stands for the armed-group nouns of the pattern
    ("crush > militia|rebel"), by the sector its actor mention gives it; a party does not."""
    lexicon = Lexicon.load()
    for text, sector, found in (
        ("The army chief vowed to crush the RSF.", "REB", True),
        ("Labour vowed to crush the Conservatives.", "PTY", False),
    ):
        tree = Tree(nlp.parse(text, model).sentences[0])
        obj = next(t.i for t in tree.tokens if t.dep == "dobj")
        cands = armed_objects(tree, lexicon, [], lambda h, o=obj, s=sector: s if h == o else None)
        assert bool(cands) is found
