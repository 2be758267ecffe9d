"""Session 18 recipients read from phrases beyond the type's prepositions (recipient_phrases.py):
a threat aimed at the subject of its "if"/"unless" condition, the sides of a mediation "between"
two parties, a protest or complaint made "to" a party, a request for an act told as a noun asked
of the act's "by"/"from" agent, and aid cut "for" or "to" a party."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from .conftest import WireCoder, dyads, wire_coder


@pytest.fixture(scope="module")
def code() -> WireCoder:
    return wire_coder(datetime(1995, 6, 1, tzinfo=UTC))


@pytest.mark.parametrize(
    ("text", "etype", "dyad"),
    [
        ("Greece warned it would close the border unless Tirana released the five men.", "THREATEN",
         (("GRC",), ("ALB",))),
        ("Britain threatened new sanctions if Belgrade goes ahead with the offensive.", "THREATEN",
         (("GBR",), ("SRB",))),
        ("Iran vowed to strike back unless Baghdad withdrew its troops from the border.", "THREATEN",
         (("IRN",), ("IRQ",))),
        ("Sweden mediated between Ecuador and Peru after the border clashes.", "CONSULT",
         (("SWE",), ("ECU", "PER"))),
        ("Nigeria's mediation between Liberia and Sierra Leone has made progress.", "CONSULT",
         (("NGA",), ("LBR", "SLE"))),
        ("China protested to Washington over the visit.", "ACCUSE", (("CHN",), ("USA",))),
        ("Greece complained to Ankara about the overflights.", "ACCUSE", (("GRC",), ("TUR",))),
        ("Kiev called for an apology from Moscow over the incident.", "REQUEST", (("UKR",), ("RUS",))),
        ("Japan suspended its loan programme for Burma.", "SANCTION", (("JPN",), ("MMR",))),
    ],
)  # fmt: skip
def test_recipient_read_from_the_phrase(
    code: WireCoder, text: str, etype: str, dyad: tuple[tuple[str, ...], tuple[str, ...]]
) -> None:
    assert dyad in dyads(code(text), etype)


def test_a_threats_own_target_wins_over_its_condition(code: WireCoder) -> None:
    found = dyads(code("Syria threatened to cut ties with Jordan unless Washington stepped in."), "THREATEN")
    assert (("SYR",), ("JOR",)) in found
    assert not any("USA" in r for _, r in found)


def test_mediated_sides_are_no_actors(code: WireCoder) -> None:
    found = dyads(code("Algeria's mediation between Ethiopia and Eritrea has stalled."), "CONSULT")
    assert all(a == ("DZA",) for a, _ in found)


def test_aid_increased_is_no_sanction(code: WireCoder) -> None:
    assert not dyads(code("The United States increased its aid programme for Egypt."), "SANCTION")


def test_a_threats_pronoun_condition_is_not_read(code: WireCoder) -> None:
    """ "if it backed …" is left to the threat's own reading: the threatener's own state is never
    the recipient of its threat."""
    text = (
        "President Ebrahim Raisi warned that Iran would respond much harder if Israel retaliated, and army "
        "chief Mohammad Bagheri said Washington would be held responsible if it backed an Israeli strike."
    )
    for event in code(text):
        if event.event_type == "THREATEN":
            assert "IRN" not in {r.country for r in event.recipients}
