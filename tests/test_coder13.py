"""Round 13, the coder's general causes: a date is no "seize on", a military presence
strengthened, "is not for sale" as a refusal, a condition on a verb of phase, aid that arrives,
people seized, and the offence an arrest names; each rule on sentences of its own construction,
beside the neighbouring readings that must stay as they were."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from .conftest import WireCoder, event_types, typed_facts, wire_coder


@pytest.fixture(scope="module")
def code() -> WireCoder:
    return wire_coder(datetime(2025, 5, 6, tzinfo=UTC))


# --- "seized on Tuesday" is a seizure; "seized on the remarks" exploits them --------------------


def test_a_dated_passive_seizure_is_coded(code: WireCoder) -> None:
    events = code("The oil tanker was seized by Iranian forces in the Gulf on Tuesday.")
    assert ("COERCE", "actual", ("IRN",)) in typed_facts(events)


def test_seizing_on_remarks_is_no_seizure(code: WireCoder) -> None:
    assert "COERCE" not in event_types(code("The opposition seized on the minister's remarks."))
    assert "COERCE" not in event_types(code("The remarks were quickly seized on by the opposition."))


# --- a military presence strengthened is a force posture ----------------------------------------


def test_strengthening_a_military_presence_is_mobilize(code: WireCoder) -> None:
    events = code("China will strengthen its military presence in the South China Sea.")
    assert ("MOBILIZE", "future", ("CHN",)) in typed_facts(events)
    events = code("Japan plans to expand its naval presence near Taiwan.")
    assert ("MOBILIZE", "future", ("JPN",)) in typed_facts(events)


def test_a_firms_presence_is_no_mobilization(code: WireCoder) -> None:
    assert "MOBILIZE" not in event_types(code("The carmaker will strengthen its presence in India."))


# --- "X is not for sale" refuses to cede X ------------------------------------------------------


def test_not_for_sale_is_the_sayers_refusal(code: WireCoder) -> None:
    assert ("REJECT", "actual", ("DNK",)) in typed_facts(code("Denmark said Greenland was not for sale."))


def test_for_sale_is_no_refusal(code: WireCoder) -> None:
    assert "REJECT" not in event_types(code("The government said the building was for sale."))


# --- a condition on a verb of phase conditions its complement -----------------------------------


def test_warning_of_resumed_fighting_on_a_condition_is_a_threat(code: WireCoder) -> None:
    events = code("Israel's defence minister warned that Israel would resume fighting if the talks failed.")
    assert ("THREATEN", "actual", ("ISR",)) in typed_facts(events)
    assert ("ASSAULT", "hypothetical", ("ISR",)) in typed_facts(events)


def test_talks_resumed_on_a_condition_are_no_threat(code: WireCoder) -> None:
    assert "THREATEN" not in event_types(code("Qatar said the talks would resume if both sides agreed."))


# --- aid that arrives is delivered --------------------------------------------------------------


def test_aid_trucks_entering_is_aid_to_the_destination(code: WireCoder) -> None:
    events = code("Dozens of aid trucks entered Gaza on Sunday.")
    aid = [e for e in events if e.event_type == "AID"]
    assert aid and aid[0].factuality == "actual"
    assert [r.country for r in aid[0].recipients] == ["PSE"]
    assert not aid[0].actors  # "dozens" refers to no earlier party


def test_a_convoy_of_aid_trucks_takes_its_sender(code: WireCoder) -> None:
    events = code("A UN convoy of aid trucks reached Khartoum on Friday.")
    assert ("AID", "actual", ("UN",)) in typed_facts(events)


def test_other_movers_are_no_aid(code: WireCoder) -> None:
    assert "AID" not in event_types(code("Dozens of trucks entered Gaza on Sunday."))
    events = code("Russian troops entered the town on Friday.")
    assert "AID" not in event_types(events)
    # session 17 codebook (tests/golden/README.md, armed entries): no sign of force, a move
    assert ("MOBILIZE", "actual", ("RUS",)) in typed_facts(events)


# --- people seized are abducted; suspects and things are seized ---------------------------------


def test_seized_passengers_and_students_are_abducted(code: WireCoder) -> None:
    for text in ("Gunmen seized 40 passengers from a bus in Zamfara state.",
                 "Twelve students were seized from their school in Kaduna on Friday."):  # fmt: skip
        events = code(text)
        assert [e.mode for e in events if e.event_type == "ASSAULT"] == ["abduct"]
        assert "COERCE" not in event_types(events)


def test_seized_suspects_stay_a_seizure(code: WireCoder) -> None:
    events = code("Police seized three suspects and two rifles in Lagos.")
    assert "ASSAULT" not in event_types(events)
    assert "COERCE" in event_types(events)


# --- the offence an arrest names ----------------------------------------------------------------


def test_cooperation_named_as_an_offence_is_the_charge(code: WireCoder) -> None:
    events = code("A teacher was arrested in Lebanon for collaborating with Israel.")
    assert "COOPERATE" not in event_types(events)
    assert ("ACCUSE", "actual", ("LBN",)) in typed_facts(events)
    assert ("COERCE", "actual", ("LBN",)) in typed_facts(events)


def test_an_attack_named_as_an_offence_is_the_authoritys_word(code: WireCoder) -> None:
    events = code("Israeli police arrested a Palestinian for stabbing a soldier.")
    attack = next(e for e in events if e.event_type == "ASSAULT")
    assert attack.factuality == "actual"
    assert attack.attribution is not None and attack.attribution.country == "ISR"


def test_cooperation_reported_as_such_stays(code: WireCoder) -> None:
    events = code("The two men collaborated with Israel for years, Lebanese officials said.")
    assert "COOPERATE" in event_types(events)
    assert "ACCUSE" not in event_types(events)


# --- a failed agreement stays a negated agreement -----------------------------------------------


def test_failing_to_reach_an_agreement_is_a_negated_agreement(code: WireCoder) -> None:
    events = code("Israel and Hamas failed to reach an agreement on a ceasefire.")
    assert ("AGREE", "negated", ("ISR", "PSE")) in typed_facts(events)
    assert "REJECT" not in event_types(events)


# --- property pulled down by protesters is their vandalism --------------------------------------


def test_a_demolition_by_protesters_is_vandalism(code: WireCoder) -> None:
    events = code("Protesters demolished a statue of Lenin in Kharkiv.")
    assert [e.mode for e in events if e.event_type == "PROTEST"] == ["vandalize"]
    assert "COERCE" not in event_types(events)


def test_a_states_demolition_stays_coercion(code: WireCoder) -> None:
    events = code("Israeli bulldozers demolished Palestinian homes in Hebron.")
    assert ("COERCE", "actual", ("ISR",)) in typed_facts(events)
    assert "PROTEST" not in event_types(events)
