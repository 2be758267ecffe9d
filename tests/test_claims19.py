"""Session 19's factuality and attribution probe (claims19): reports and statements taken back,
unconfirmed or unowned reports, a claim or report called false or denied in the next sentence by
the side it was done to, an inverted "Should X attack" the parser makes a clause of its own,
counterfactual "would have", intentions to impose a measure, saying participles on a statement
someone issued and stances voiced with a light verb. Sentences of our own, each rule checked
both ways."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from frontwatch.models import Event

from .conftest import WireCoder, wire_coder


@pytest.fixture(scope="module")
def code() -> WireCoder:
    return wire_coder(datetime(2024, 6, 1, tzinfo=UTC))


def _of(events: list[Event], etype: str) -> list[tuple[str, str | None]]:
    """(factuality, attribution country) of the events of one type."""
    return [
        (e.factuality, e.attribution.country if e.attribution else None)
        for e in events
        if e.event_type == etype
    ]


def _speakers(events: list[Event], etype: str) -> list[str | None]:
    """The attribution names of the events of one type (None: the outlet's own voice)."""
    return [e.attribution.name if e.attribution else None for e in events if e.event_type == etype]


def test_a_retracted_statement_no_longer_asserts_its_content(code: WireCoder) -> None:
    events = code("Georgia's interior ministry retracted a statement that Russian jets had bombed Gori.")
    assert _of(events, "ASSAULT") == [("hypothetical", "GEO")]
    kept = code("Georgia's interior ministry repeated its statement that Russian jets had bombed Gori.")
    assert _of(kept, "ASSAULT") == [("actual", "GEO")]


def test_a_saying_participle_on_a_withdrawn_statement_is_taken_back(code: WireCoder) -> None:
    events = code("The Malian army withdrew a statement saying jihadists had attacked a base near Gao.")
    assert all(f == "hypothetical" for f, _ in _of(events, "ASSAULT"))
    assert _of(events, "ASSAULT")


def test_a_statement_issued_speaks_for_its_issuer(code: WireCoder) -> None:
    events = code(
        "Chad's government issued a statement saying Sudanese jets had bombed a town near the border."
    )
    assert _of(events, "ASSAULT") == [("actual", "TCD")]


def test_unconfirmed_reports_leave_their_content_open(code: WireCoder) -> None:
    events = code("There were unconfirmed reports that Eritrean troops had shelled Adigrat.")
    assert [f for f, _ in _of(events, "ASSAULT")] == ["hypothetical"]


def test_reports_with_no_owner_are_an_unnamed_source(code: WireCoder) -> None:
    events = code("There were reports that Eritrean troops had shelled Adigrat.")
    assert _of(events, "ASSAULT") == [("actual", None)]
    assert _speakers(events, "ASSAULT") == ["unnamed source"]
    owned = code("There were reports from Ethiopian officials that Eritrean troops had shelled Adigrat.")
    assert _of(owned, "ASSAULT") == [("actual", "ETH")]
    plain = code("Eritrean troops shelled Adigrat on Monday.")
    assert _speakers(plain, "ASSAULT") == [None]


def test_reports_called_fabricated_are_denied(code: WireCoder) -> None:
    events = code("Minsk called reports that Belarus had sent tanks to Russia fabricated.")
    assert _of(events, "AID") + _of(events, "MOBILIZE") == [("negated", "BLR")]
    called = code("Minsk called the transfer of tanks to Russia a routine exchange.")
    assert all(f != "negated" for f, _ in _of(called, "AID") + _of(called, "MOBILIZE"))


def test_a_report_called_false_in_the_next_sentence_is_denied(code: WireCoder) -> None:
    text = (
        "Serbia's army said Kosovo police had raided a Serb village. Pristina called the report propaganda."
    )
    assert sorted(_of(code(text), "ASSAULT") + _of(code(text), "COERCE")) == [
        ("actual", "SRB"),
        ("negated", "XKX"),
    ]
    text = "Serbia's army said Kosovo police had raided a Serb village. Pristina called the report important."
    assert all(f == "actual" for f, _ in _of(code(text), "ASSAULT") + _of(code(text), "COERCE"))


def test_a_claim_about_what_was_done_to_the_denier_is_denied_too(code: WireCoder) -> None:
    text = (
        "The Sudanese army said its jets had killed 40 RSF fighters near Omdurman. The RSF denied the claim."
    )
    facts = _of(code(text), "ASSAULT")
    assert ("actual", "SDN") in facts and ("negated", "SDN") in facts and len(facts) == 2
    text = "Ukraine said Russian drones had hit a depot in Lviv. Moscow denied the claim."
    assert sorted(_of(code(text), "ASSAULT")) == [("actual", "UKR"), ("negated", "RUS")]
    # a charge is about what the denier did: no denial of an act done to it
    text = "Russia said it had shot down ten Ukrainian drones over Kursk. Ukraine denied the charge."
    assert [f for f, _ in _of(code(text), "ASSAULT")] == ["actual"]


def test_an_inverted_should_the_parser_made_a_clause_is_a_condition(code: WireCoder) -> None:
    events = code("Should Serbia attack, Kosovo would respond with force, the prime minister said.")
    assert all(f != "future" and f != "actual" for f, _ in _of(events, "ASSAULT"))
    assert _of(events, "ASSAULT")
    plain = code("Kosovo would respond with force, the prime minister said.")
    assert [f for f, _ in _of(plain, "ASSAULT")] == ["future"]


def test_would_have_is_counterfactual(code: WireCoder) -> None:
    events = code("Azerbaijan would have seized the whole district, an Armenian general said.")
    assert all(f == "hypothetical" for f, _ in _of(events, "ASSAULT") + _of(events, "COERCE"))
    assert "THREATEN" not in {e.event_type for e in events}
    shifted = code("Azerbaijan said it would seize the whole district.")
    assert any(f == "future" for f, _ in _of(shifted, "ASSAULT") + _of(shifted, "COERCE"))


def test_a_definite_act_under_would_have_took_place(code: WireCoder) -> None:
    events = code("Without the shelters, the Russian bombardment would have killed hundreds, officials said.")
    assert ("actual", None) in [(f, None) for f, _ in _of(events, "ASSAULT")]


def test_an_intention_to_impose_a_measure_is_no_threat(code: WireCoder) -> None:
    events = code("Niger's junta intends to expel the French ambassador, state television said.")
    assert "THREATEN" not in {e.event_type for e in events}
    assert [f for f, _ in _of(events, "SANCTION")] == ["future"]
    vowed = code("Niger's junta vowed to expel the French ambassador.")
    assert "THREATEN" in {e.event_type for e in vowed}


def test_a_voiced_stance_belongs_to_its_subject(code: WireCoder) -> None:
    events = code("Moldova voiced concern that Russian troops could attack the country from Transnistria.")
    assert [att for _, att in _of(events, "ASSAULT") + _of(events, "MOBILIZE")] == ["MDA"]
    alarm = code(
        "Finland raised the alarm over the possibility that Russia may deploy missiles near its border."
    )
    assert [att for _, att in _of(alarm, "MOBILIZE")] == ["FIN"]
    raised = code("Russia raised the number of troops near the Finnish border.")
    assert all(att is None for _, att in _of(raised, "MOBILIZE"))
