"""Round 14b actor and speaker rules on wire sentences of our own: an unknown speaker is still a
speaker, a run of names after a title is one person, a stateless group's statement stays
stateless, the common spellings of armed groups, "Western" bodies as the West, and new people
beside another state's act are not their speaker's own (tests/golden/actors14b.jsonl)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from frontwatch.models import Event

from .conftest import WireCoder, wire_coder


@pytest.fixture(scope="module")
def code() -> WireCoder:
    return wire_coder(datetime(2025, 5, 2, tzinfo=UTC))


def speakers(events: list[Event], kind: str) -> set[str | None]:
    """The attribution countries of the events of one type ("-" for the outlet's own)."""
    return {
        e.attribution.country if e.attribution is not None else "-" for e in events if e.event_type == kind
    }


def actor_countries(events: list[Event], kind: str) -> set[str | None]:
    return {a.country for e in events if e.event_type == kind for a in e.actors}


# --- an unknown speaker is still a speaker -------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "He said militants had killed six soldiers near the border.",
        "They said the army had shelled the village overnight.",
        "She said gunmen had attacked a bus near the town.",
    ],
    ids=["he", "they", "she"],
)
def test_a_pronoun_without_antecedent_is_no_outlet_voice(code: WireCoder, text: str) -> None:
    events = code(text)
    attributed = [e for e in events if e.event_type == "ASSAULT"]
    assert attributed
    assert all(e.attribution is not None and e.attribution.country is None for e in attributed)


def test_he_is_the_spokesman_placed_by_his_saying(code: WireCoder) -> None:
    events = code(
        "QUETTA, May 2 (Reuters) - Pakistani troops killed eight militants near Turbat on Thursday,"
        " army spokesman Major General Asif Raza Malik said. He said three soldiers were killed in"
        " the clash."
    )
    assert speakers(events, "ASSAULT") == {"PAK"}


# --- a run of names after a title is one person --------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Army spokesman Brigadier General Ahmed Noor Siddiqui said troops had killed 12 militants.",
        "Military spokesman Lieutenant General Ahmed Sharif Khan said troops had repelled an attack.",
    ],
    ids=["three-names", "known-surname-inside"],
)
def test_a_given_name_is_no_office_holders_surname(code: WireCoder, text: str) -> None:
    events = code(text)
    assert "ETH" not in speakers(events, "ASSAULT")
    assert "ETH" not in actor_countries(events, "ASSAULT")


def test_a_known_surname_still_ends_a_name(code: WireCoder) -> None:
    """The rule leaves a title and a known holder's full name alone."""
    events = code("Ethiopian Prime Minister Abiy Ahmed said the army had repelled the attack.")
    assert speakers(events, "ASSAULT") == {"ETH"}


# --- a stateless group's statement --------------------------------------------------------------


def test_its_statement_that_it_did_is_the_groups(code: WireCoder) -> None:
    events = code(
        "OUAGADOUGOU, May 2 (Reuters) - A U.N. report said jihadists had killed 40 civilians near"
        " Djibo. JNIM said in a statement that it had targeted only soldiers."
    )
    targeted = [e for e in events if e.evidence.trigger == "targeted"]
    assert targeted
    assert {a.country for e in targeted for a in e.actors} <= {None}
    assert {e.attribution.country if e.attribution else "-" for e in targeted} == {None}


def test_the_statement_pronoun_of_a_placed_group_is_the_group(code: WireCoder) -> None:
    events = code("The Arakan Army said in a statement that it had captured the town.")
    assert actor_countries(events, "COERCE") == {"MMR"}


# --- spellings of armed groups --------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The Baloch Liberation Army said it had attacked a paramilitary convoy in Kalat.",
        "The Baluch Liberation Army said it had attacked a paramilitary convoy in Kalat.",
        "Tehrik-e-Taliban Pakistan militants attacked a police station in Bannu.",
    ],
    ids=["baloch", "baluch", "tehrik-e"],
)
def test_common_spellings_name_the_group(code: WireCoder, text: str) -> None:
    assert actor_countries(code(text), "ASSAULT") == {"PAK"}


def test_nusrat_names_jnim_which_has_no_state(code: WireCoder) -> None:
    events = code(
        "BAMAKO, May 2 (Reuters) - Jama'at Nusrat al-Islam wal-Muslimin said in a statement that it had"
        " killed 15 soldiers near Segou."
    )
    assert speakers(events, "ASSAULT") == {None}


def test_the_relative_pronoun_that_claims_is_the_group(code: WireCoder) -> None:
    events = code(
        "The Balochistan Liberation Army, which claimed the attack on the bus, said it had killed"
        " 10 soldiers."
    )
    claimed = [e for e in events if e.evidence.trigger.startswith("claimed")]
    assert claimed
    assert {a.country for e in claimed for a in e.actors} == {"PAK"}


# --- "Western" bodies ----------------------------------------------------------------------------


def test_western_embassies_are_the_west(code: WireCoder) -> None:
    events = code("Britain and nine other Western embassies urged the government to release the journalists.")
    assert actor_countries(events, "REQUEST") == {"GBR", "WST"}


# --- new people beside another state's act -------------------------------------------------------


def test_people_beside_another_states_act_are_not_the_speakers(code: WireCoder) -> None:
    events = code(
        "HANOI, May 2 (Reuters) - Chinese maritime militia boats rammed a Vietnamese fishing vessel near"
        " the Paracels on Friday, and crew members armed with iron bars seized its catch, Vietnam's"
        " foreign ministry said."
    )
    assert "VNM" not in actor_countries(events, "COERCE")
    assert speakers(events, "COERCE") == {"VNM"}


def test_a_body_still_speaks_of_its_own_people(code: WireCoder) -> None:
    """Without another state's act beside them, new people are the speaking body's own."""
    events = code("Pakistan's military said soldiers had killed 12 militants in North Waziristan.")
    assert actor_countries(events, "ASSAULT") == {"PAK"}


# --- a state body cited as the source ------------------------------------------------------------


def test_a_cited_prison_service_speaks_for_the_dateline_state(code: WireCoder) -> None:
    events = code(
        "QUITO, Jan 10 (AP) - Gang members attacked two prisons on Tuesday, according to the prison service."
    )
    assert speakers(events, "ASSAULT") == {"ECU"}


def test_a_cited_body_without_dateline_stays_unplaced_but_speaks(code: WireCoder) -> None:
    events = code("Gang members attacked two prisons on Tuesday, according to the prison service.")
    attributed = [e for e in events if e.event_type == "ASSAULT"]
    assert attributed
    assert all(e.attribution is not None and e.attribution.country is None for e in attributed)
