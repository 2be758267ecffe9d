"""Round 11, precision: words coded in a sense that is no event of that type, one event told
twice, and a type chosen by who acts; each rule on sentences of its own construction, beside the
neighbouring readings that must stay as they were."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from frontwatch.models import Event

from .conftest import WireCoder, event_types, wire_coder


@pytest.fixture(scope="module")
def code() -> WireCoder:
    return wire_coder(datetime(2025, 5, 6, tzinfo=UTC))


def _kinds(events: list[Event]) -> set[tuple[str, str | None, tuple[str, ...]]]:
    """(type, mode, actor countries) of each event."""
    return {(e.event_type, e.mode, tuple(sorted(a.country or "-" for a in e.actors))) for e in events}


# --- peacekeeping is read off the troops, not off a clause about a mission --------------------


def test_officers_sent_to_study_a_mission_are_no_peacekeepers(code: WireCoder) -> None:
    events = code(
        "The United Nations sent 30 military officers to Kosovo on Tuesday to study the feasibility "
        "of a peacekeeping mission."
    )
    assert ("MOBILIZE", "troops", ("UN",)) in _kinds(events)
    assert "AID" not in event_types(events)


@pytest.mark.parametrize(
    "text",
    [
        "Ghana sent 500 peacekeepers to Lebanon.",
        "Ghana sent 500 soldiers to Lebanon to serve with the UN peacekeeping force.",
        "Ghana sent 500 troops to Lebanon to join the UN peacekeeping force.",
    ],
)
def test_troops_sent_as_peacekeepers_are_aid(code: WireCoder, text: str) -> None:
    events = code(text)
    assert ("AID", None, ("GHA",)) in _kinds(events)
    assert "MOBILIZE" not in event_types(events)


# --- entering a country "illegally" is a border crossing, no armed entry ------------------------


def test_illegal_entry_is_no_attack(code: WireCoder) -> None:
    events = code(
        "Kenya has granted asylum to 12 Ethiopian rebels who entered the country illegally last year."
    )
    assert ("AID", None, ("KEN",)) in _kinds(events)
    assert "ASSAULT" not in event_types(events)


def test_rebels_entering_a_town_still_attack(code: WireCoder) -> None:
    assert ("ASSAULT", None, ("ETH",)) in _kinds(
        code("Ethiopian rebels entered the town of Gondar on Monday.")
    )


# --- a protest's damage is the protest --------------------------------------------------------


def test_riot_told_by_its_acts_is_one_protest(code: WireCoder) -> None:
    events = code(
        "Inmates rioted on Sunday at a prison in southern Chile, setting fire to bedding and smashing "
        "windows, officials said."
    )
    assert ("PROTEST", "riot", ("CHL",)) in _kinds(events)
    assert "ASSAULT" not in event_types(events)


def test_damage_by_another_party_stays_an_attack(code: WireCoder) -> None:
    events = code("Inmates rioted at a prison in southern Chile after gunmen set fire to the main gate.")
    assert {"PROTEST", "ASSAULT"} <= event_types(events)


def test_protesters_setting_fire_is_vandalism(code: WireCoder) -> None:
    events = code("Protesters set fire to a police station in Nairobi on Tuesday.")
    assert ("PROTEST", "vandalize", ("KEN",)) in _kinds(events)
    assert "ASSAULT" not in event_types(events)


def test_rebels_torching_a_village_is_an_attack(code: WireCoder) -> None:
    events = code("Rebels torched a village in northern Mali on Tuesday.")
    assert ("ASSAULT", "destroy", ("MLI",)) in _kinds(events)
    assert "PROTEST" not in event_types(events)


# --- the topic of a meeting is no act of those who meet -----------------------------------------


def test_topic_of_a_summit_is_no_act_of_its_attendee(code: WireCoder) -> None:
    events = code("President Biden is scheduled to attend a summit in Geneva on the unrest in Iran.")
    assert any(e.event_type == "CONSULT" and e.factuality == "future" for e in events)
    assert not any(e.event_type == "PROTEST" and any(a.country == "USA" for a in e.actors) for e in events)


def test_light_verb_with_its_own_preposition_keeps_the_noun(code: WireCoder) -> None:
    events = code("Thousands of workers went on strike in France on Monday.")
    assert ("PROTEST", "strike", ("FRA",)) in _kinds(events)


# --- what a ban forbids is no event --------------------------------------------------------------


def test_banned_demonstrations_are_no_protest(code: WireCoder) -> None:
    events = code("Authorities in Nairobi imposed a ban on demonstrations on Tuesday.")
    assert ("COERCE", "restrict", ("KEN",)) in _kinds(events)
    assert "PROTEST" not in event_types(events)


def test_restricted_rallies_are_no_act_of_the_government(code: WireCoder) -> None:
    assert "PROTEST" not in event_types(code("Egypt extended restrictions on rallies ahead of the vote."))


def test_protests_cracked_down_on_took_place(code: WireCoder) -> None:
    assert {"COERCE", "PROTEST"} <= event_types(code("Police launched a crackdown on protests in Tehran."))


# --- a subject the parser conjoined into an opening phrase ---------------------------------------


def test_subject_after_a_fronted_phrase(code: WireCoder) -> None:
    events = code("After a night of talks in Doha, Israel and Hamas agreed to a ceasefire.")
    assert ("AGREE", None, ("ISR", "PSE")) in _kinds(events)


# --- a stated refusal is a REJECT by the speaker, for acts a refusal can refuse ----------------


def _facts(events: list[Event]) -> set[tuple[str, str, tuple[str, ...]]]:
    """(type, factuality, actor countries) of each event."""
    return {(e.event_type, e.factuality, tuple(sorted(a.country or "-" for a in e.actors))) for e in events}


@pytest.mark.parametrize(
    ("text", "refused", "actor"),
    [
        ("The African Union said it would not send monitors to observe the election.", "MOBILIZE", "AU"),
        ("Poland said it would not renew the grain agreement with Ukraine.", "AGREE", "POL"),
    ],
)
def test_refusing_monitors_or_an_agreement_is_a_reject(
    code: WireCoder, text: str, refused: str, actor: str
) -> None:
    facts = _facts(code(text))
    assert ("REJECT", "actual", (actor,)) in facts
    assert (refused, "actual", (actor,)) not in facts


def test_an_agentless_refusal_is_the_speakers(code: WireCoder) -> None:
    facts = _facts(code("Serbian President Aleksandar Vucic said the accord will not be signed this year."))
    assert ("REJECT", "actual", ("SRB",)) in facts


@pytest.mark.parametrize(
    "text",
    [
        "Turkey said it would not attack Kurdish positions in Syria.",
        "Russia said it would not send troops to the border.",
    ],
)
def test_not_attacking_or_deploying_refuses_nothing(code: WireCoder, text: str) -> None:
    assert "REJECT" not in event_types(code(text))


# --- "use X as a weapon": pressure unless X is a weapon ----------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Kyiv accused Moscow of using grain exports as a weapon against poorer nations.",
        "Budapest denied that it was using oil as a diplomatic weapon.",
    ],
)
def test_a_figurative_weapon_is_no_assault(code: WireCoder, text: str) -> None:
    types = event_types(code(text))
    assert "ASSAULT" not in types
    assert "COERCE" in types


@pytest.mark.parametrize(
    "text",
    [
        "Riot police used tear gas as a weapon against students in Dhaka.",
        "Government forces used chlorine as a chemical weapon in Idlib, investigators said.",
    ],
)
def test_a_real_weapon_used_as_one_stays_an_assault(code: WireCoder, text: str) -> None:
    assert "ASSAULT" in event_types(code(text))


# --- rallied support: the asker and the asked are no third party --------------------------------


def test_asking_parties_to_keep_a_deal_is_a_request(code: WireCoder) -> None:
    events = code(
        "Qatar said Hamas and Israel had accepted a truce, and its foreign minister urged both "
        "sides to honour it."
    )
    assert "REQUEST" in event_types(events)
    for e in events:  # no support of the asker for itself or for the parties it asks
        if e.event_type == "SUPPORT":
            assert not {a.country for a in e.actors} & {r.country for r in e.recipients}


def test_rallying_support_for_a_third_party_stays_support(code: WireCoder) -> None:
    assert ("SUPPORT", None, ("FRA",)) in _kinds(code("France urged Germany to support Ukraine."))


# --- the denying verb's own conjunct is an act of its own ----------------------------------------


def test_a_conjunct_of_the_denial_is_actual(code: WireCoder) -> None:
    facts = _facts(
        code("Minsk denied that it was massing troops on the border and accused Vilnius of provocations.")
    )
    assert ("ACCUSE", "actual", ("BLR",)) in facts
    assert ("ACCUSE", "negated", ("BLR",)) not in facts


# --- fighting that breaks out with no named party -----------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["Heavy fighting broke out in Khartoum on Saturday.", "Clashes erupted in the Somali capital on Friday."],
)
def test_fighting_breaking_out_is_an_assault(code: WireCoder, text: str) -> None:
    assert "ASSAULT" in event_types(code(text))


def test_fighting_referred_back_to_is_no_new_event(code: WireCoder) -> None:
    assert "ASSAULT" not in event_types(code("The fighting has displaced thousands of families."))
