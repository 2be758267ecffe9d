"""Round 12b, the coder's general causes: refusing to rule out force threatens it; events told
with no known party (agentless passives, an event's onset, a feared event, a placed event) are
kept while generic and back-referring ones are not; a reduced denial (", a charge X denies")
denies the accused act, not the accusing; rejecting a report is no refusal; "as if" stays in
its clause, "only once" is a condition, a trip's business is as certain as the trip; and a few
trigger senses. Each rule on sentences of its own construction, beside readings that must stay."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from .conftest import WireCoder, event_types, typed_facts, wire_coder


@pytest.fixture(scope="module")
def code() -> WireCoder:
    return wire_coder(datetime(2025, 9, 10, tzinfo=UTC))


# --- refusing to rule out an act -----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Putin has repeatedly declined to rule out using military force against Moldova.",
        "Nigeria's defence minister refused to rule out sending troops into Niger.",
        "Ankara did not rule out military action against Kurdish fighters in Syria.",
    ],
)
def test_not_ruling_out_force_is_a_threat(code: WireCoder, text: str) -> None:
    events = code(text)
    assert "THREATEN" in event_types(events)
    assert "REJECT" not in event_types(events)
    assert all(e.factuality != "actual" for e in events if e.event_type in ("ASSAULT", "MOBILIZE"))


def test_not_ruling_out_a_peaceful_act_is_neither_refusal_nor_threat(code: WireCoder) -> None:
    assert (
        event_types(code("The government refused to rule out an early election.")) & {"REJECT", "THREATEN"}
        == set()
    )


def test_a_plain_refusal_stays_a_rejection(code: WireCoder) -> None:
    assert "REJECT" in event_types(code("Serbia refused to withdraw its police from the north."))


# --- events with no known party ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "etype", "fact"),
    [
        ("Forty worshippers were abducted from a church in Kaduna state on Sunday.", "ASSAULT", "actual"),
        ("The truce took effect at midnight, and residents reported no shelling.", "RETREAT", "actual"),
        (
            "Rescue workers fear that fresh clashes could block the road to the camp.",
            "ASSAULT",
            "hypothetical",
        ),
    ],
)
def test_an_event_told_without_a_party_is_kept(code: WireCoder, text: str, etype: str, fact: str) -> None:
    assert (etype, fact, ()) in typed_facts(code(text))


@pytest.mark.parametrize(
    "text",
    [
        "Sanctions have squeezed the economy, the central bank governor said.",  # generic subject
        "The raids came a day before the summit in Doha.",  # a definite noun refers back
        "Both sides must sign the accord before reconstruction funds are released.",  # not yet
    ],
)
def test_a_generic_or_referring_event_without_a_party_is_dropped(code: WireCoder, text: str) -> None:
    assert not [e for e in code(text) if not e.actors and e.factuality == "actual"]


# --- denials -------------------------------------------------------------------------------------


def test_a_reduced_denial_denies_the_accused_act(code: WireCoder) -> None:
    kinds = typed_facts(code("Kyiv has accused Belarus of training Russian troops, a charge Minsk denies."))
    assert ("ACCUSE", "actual", ("UKR",)) in kinds
    assert ("COOPERATE", "negated", ("BLR",)) in kinds
    assert ("ACCUSE", "negated", ("UKR",)) not in kinds


def test_rejecting_a_report_is_no_rejection(code: WireCoder) -> None:
    events = code("The ministry rejected claims that the army would withdraw from the border town.")
    assert "REJECT" not in event_types(events)
    assert "RETREAT" in {e.event_type for e in events if e.factuality == "negated"}


def test_refusing_in_ones_own_words_stays_a_rejection(code: WireCoder) -> None:
    events = code("The African Union said it would not send monitors to the vote in Chad.")
    assert "REJECT" in event_types(events)


# --- factuality ----------------------------------------------------------------------------------


def test_as_if_does_not_reach_a_conjunct_with_its_own_modal(code: WireCoder) -> None:
    text = (
        "Hamas said it would treat the ruling as if it had never been issued and would not lay down its arms."
    )
    assert ("RETREAT", "negated", ("PSE",)) in typed_facts(code(text))


def test_only_once_is_a_condition(code: WireCoder) -> None:
    events = code("Israel said it would withdraw from the hilltops only once Hezbollah was disarmed.")
    assert ("RETREAT", "hypothetical", ("ISR",)) in typed_facts(events)


def test_once_alone_is_a_time(code: WireCoder) -> None:
    events = code("The Dutch government said it would send tanks to Ukraine once crews were trained.")
    assert ("AID", "future", ("NLD",)) in typed_facts(events)


def test_the_business_of_a_future_trip_is_future(code: WireCoder) -> None:
    events = code("The U.S. envoy is expected to return to Beirut next week to discuss the plan with Aoun.")
    assert ("CONSULT", "future", ("USA",)) in typed_facts(events)


# --- trigger senses ------------------------------------------------------------------------------


def test_handing_over_ones_weapons_is_disarmament(code: WireCoder) -> None:
    assert "RETREAT" in event_types(code("The militia handed over its weapons to the army on Monday."))


def test_handing_weapons_to_another_state_is_aid(code: WireCoder) -> None:
    events = code("Britain handed over air defence missiles to Ukraine.")
    assert ("AID", "actual", ("GBR",)) in typed_facts(events)


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("Thousands of families sought shelter in schools after the floods.", "REQUEST"),
        ("Police rescued 14 hostages in a raid on a farmhouse near Kaduna.", "AID"),
        ("Russia carried out disinformation operations in Romania before the vote.", "ASSAULT"),
    ],
)
def test_senses_that_are_no_event_of_the_type(code: WireCoder, text: str, etype: str) -> None:
    assert etype not in event_types(code(text))


def test_a_warning_of_consequences_is_a_threat(code: WireCoder) -> None:
    assert ("THREATEN", "actual", ("CHN",)) in typed_facts(
        code("Beijing warned that Taipei would bear all the consequences.")
    )


def test_a_warning_about_anothers_act_is_no_threat(code: WireCoder) -> None:
    assert "THREATEN" not in event_types(code("The EU warned that Russia could cut gas supplies to Moldova."))


# --- a monitor's verb lends no party to what it monitors --------------------------------------------


def test_overseeing_a_ceasefire_is_no_ceasefire_of_the_monitor(code: WireCoder) -> None:
    events = code("The UN deployed peacekeepers to oversee a ceasefire in southern Lebanon.")
    assert not [e for e in events if e.event_type == "RETREAT" and any(a.country == "UN" for a in e.actors)]


def test_the_monitored_act_keeps_its_own_party(code: WireCoder) -> None:
    events = code("African Union monitors oversaw the withdrawal of Ethiopian troops from the town.")
    assert ("RETREAT", "actual", ("ETH",)) in typed_facts(events)


# the sentence filter lets through what the no-party rules keep ---------------------------------


@pytest.mark.parametrize(
    ("text", "passes"),
    [
        ("Aid agencies fear that renewed attacks could force thousands to flee.", True),
        ("No ceasefire has been announced.", True),
        ("Work stopped after an insurgent attack on the nearby town of Pemba.", True),
        ("Work stopped after the attack.", False),  # a definite noun refers back: no party, no record
        ("The weather was fine on Tuesday.", False),
    ],
)
def test_the_sentence_filter_passes_what_the_no_party_rules_keep(text: str, passes: bool) -> None:
    from frontwatch.code import candidate_filter
    from frontwatch.lexicon import Lexicon
    from frontwatch.nlp import Sentence, Token
    from frontwatch.resolve.actors import ActorDictionary

    toks = tuple(Token(k, w, w.lower(), "", "", "", k, 0) for k, w in enumerate(text.rstrip(".").split()))
    sentence = Sentence(0, text, 0, len(text), toks, (), parsed=False)
    assert candidate_filter(Lexicon.load(), ActorDictionary.load())(sentence) is passes


def test_an_event_placed_by_its_own_phrase_is_kept_with_the_filter_as_without() -> None:
    """The place that keeps an event with no party is named by NER, which the pipeline runs only
    on sentences holding an event: before it, a proper noun stands in for the place."""
    from frontwatch.config import Settings
    from frontwatch.evaluate import default_coder

    text = "Work on the gas project stopped in 2021 after an insurgent attack on the nearby town of Pemba."
    published = datetime(2025, 6, 4, tzinfo=UTC)
    found = []
    for every in (False, True):
        coder = default_coder(Settings(allow_network=False, parse_all_sentences=every))
        found.append([(e.event_type, e.factuality, e.evidence.trigger) for e in coder(text, published)])
    assert found[0] == found[1] == [("ASSAULT", "actual", "attack")]
