"""Round 13b actor and speaker rules on wire sentences of our own: a security source speaks for
the state of the story's dateline, remarks by X that … are X's claim, "he" in a saying is the
sayer, and the Sahel's jihadist groups belong to no state."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from frontwatch.models import Event

from .conftest import WireCoder, wire_coder


@pytest.fixture(scope="module")
def code() -> WireCoder:
    return wire_coder(datetime(2025, 3, 4, tzinfo=UTC))


def speakers(events: list[Event], kind: str) -> set[str | None]:
    """The attribution countries of the events of one type ("-" for the outlet's own)."""
    return {
        e.attribution.country if e.attribution is not None else "-" for e in events if e.event_type == kind
    }


# --- a security source is the voice of the place's security forces -----------------------------

SECURITY_SOURCES = [
    ("NIAMEY, March 3 (Reuters) - Gunmen ambushed a patrol on Saturday, a security source said.", "NER"),
    (
        "BAMAKO, March 3 (Reuters) - Gunmen attacked a bus near Gao on Friday, security sources said.",
        "MLI",
    ),
    (
        "BAMAKO, March 3 (Reuters) - Gunmen attacked a convoy near Kati, according to a security source.",
        "MLI",
    ),
]


@pytest.mark.parametrize(("text", "country"), SECURITY_SOURCES, ids=["dateline", "plural", "according-to"])
def test_a_security_source_speaks_for_the_scene(code: WireCoder, text: str, country: str) -> None:
    assert speakers(code(text), "ASSAULT") == {country}


def test_security_sources_without_a_dateline_stay_unplaced(code: WireCoder) -> None:
    """Without a dateline, unnamed security sources may be any state's (tests/golden a11b06)."""
    events = code("Jihadists ambushed a convoy near Gao on Friday, security sources said.")
    assert speakers(events, "ASSAULT") == {None}


def test_security_as_a_topic_names_no_body(code: WireCoder) -> None:
    """Food security experts are no state body: no country from the scene."""
    events = code("Herders attacked a depot near Kano on Monday, food security experts said.")
    assert speakers(events, "ASSAULT") <= {None, "-"}


# --- what "remarks by X that …" say is X's claim --------------------------------------------------


def test_remarks_by_a_speaker_are_his_claim(code: WireCoder) -> None:
    events = code(
        "Moscow protested over comments by Finnish President Alexander Stubb that a Russian attack"
        " on Estonia would prompt a NATO response."
    )
    assert speakers(events, "ASSAULT") == {"FIN"}


def test_a_possessive_names_the_speaker_of_comments(code: WireCoder) -> None:
    events = code(
        "Beijing condemned Prime Minister Shigeru Ishiba's comments that a Chinese attack on Taiwan"
        " would draw a Japanese military response."
    )
    assert speakers(events, "ASSAULT") == {"JPN"}


def test_reports_naming_no_one_are_an_unnamed_source(code: WireCoder) -> None:
    # session 19 (claims19): reports no one owns are an unnamed source's, not the outlet's word
    events = code("Reports that Russian troops shelled a school near Kherson could not be verified.")
    assert speakers(events, "ASSAULT") == {None}
    assert [e.attribution.name for e in events if e.attribution] == ["unnamed source"]


# --- "he" in what someone said is the sayer -------------------------------------------------------


def test_he_in_a_saying_is_the_sayer(code: WireCoder) -> None:
    events = code(
        "Russian President Vladimir Putin criticised German Chancellor Friedrich Merz and said he"
        " would cut gas supplies to Germany."
    )
    cut = [e for e in events if e.evidence.trigger.startswith("cut")]
    assert cut
    assert all([a.country for a in e.actors] == ["RUS"] for e in cut)


def test_he_after_a_meeting_is_the_first_subject(code: WireCoder) -> None:
    events = code(
        "Russian President Vladimir Putin met Turkish President Tayyip Erdogan in Sochi on Friday."
        " He said Moscow would halt gas supplies to Ukraine."
    )
    assert {e.attribution.country for e in events if e.attribution is not None} == {"RUS"}


# --- jihadist groups of the Sahel belong to no state ----------------------------------------------

STATELESS = [
    "Jihadists of the al Qaeda-linked JNIM ambushed a Malian army patrol near Mopti on Friday.",
    "JNIM fighters attacked soldiers near Segou on Monday.",
    "Islamic State Sahel fighters attacked a village near Menaka on Monday.",
]


@pytest.mark.parametrize("text", STATELESS, ids=["jnim-of", "jnim-fighters", "isgs"])
def test_a_sahel_jihadist_group_has_no_state(code: WireCoder, text: str) -> None:
    attacks = [e for e in code(text) if e.event_type == "ASSAULT"]
    assert attacks
    assert all(a.country is None for e in attacks for a in e.actors)


# --- a family name alone keeps the country its titled full name was given -----------------------


def test_a_family_name_keeps_the_titles_country(code: WireCoder) -> None:
    events = code(
        "PRISTINA, May 2 (Reuters) - Police detained three men near Mitrovica on Thursday, Interior"
        " Minister Xhelal Svecla said. Svecla accused Serbia of arming the men."
    )
    accusations = [e for e in events if e.event_type == "ACCUSE"]
    assert accusations
    assert all([a.country for a in e.actors] == ["XKX"] for e in accusations)


# --- a police title is the dateline state's, not a foreign-led force's --------------------------


def test_a_police_spokesman_is_the_datelines(code: WireCoder) -> None:
    events = code(
        "PORT-AU-PRINCE, May 2 (Reuters) - Kenyan-led police launched an operation against gangs on"
        " Monday. Gang members attacked the town of Petite Riviere on Tuesday, burning homes, police"
        " spokesman Jean Baptiste said."
    )
    attacks = [e for e in events if e.evidence.trigger == "attacked"]
    assert speakers(attacks, "ASSAULT") == {"HTI"}


# --- protesters in a story filed from a state are its own people -------------------------------


def test_protesters_after_a_dateline_are_its_states(code: WireCoder) -> None:
    events = code(
        "TBILISI, Dec 2 (Reuters) - Police used water cannon on demonstrators in Tbilisi on Sunday."
        " Protesters plan to march on parliament on Tuesday."
    )
    marches = [e for e in events if e.event_type == "PROTEST" and e.evidence.sentence_index == 1]
    assert marches
    assert all([a.country for a in e.actors] == ["GEO"] for e in marches)


def test_protesters_in_a_named_place_are_that_places(code: WireCoder) -> None:
    events = code("LONDON, May 2 (Reuters) - Protesters marched through the streets of Paris on Saturday.")
    protests = [e for e in events if e.event_type == "PROTEST"]
    assert all("GBR" not in [a.country for a in e.actors] for e in protests)


# --- a saying conjoined to another verb shares its subject -----------------------------------------


def test_it_in_a_conjoined_saying_is_the_shared_subject(code: WireCoder) -> None:
    """A stateless group's refusal keeps it as the actor, so the refusal is not dropped."""
    events = code(
        "Al-Qaeda denied losing any fighters and said it would not lift its siege until the junta resigned."
    )
    refusals = [e for e in events if e.event_type == "RETREAT"]
    assert refusals
    assert all(e.factuality == "negated" and e.actors for e in refusals)


# --- an opposition candidate is a party, of the dateline's state -------------------------------


def test_an_opposition_candidate_is_the_datelines(code: WireCoder) -> None:
    events = code(
        "BISSAU, Nov 27 (Reuters) - Soldiers seized power in Guinea-Bissau on Wednesday. Opposition"
        " candidate Amadou Sow accused Ibrahima Nabiam of staging the coup."
    )
    accusations = [e for e in events if e.event_type == "ACCUSE"]
    assert accusations
    assert all([a.country for a in e.actors] == ["GNB"] for e in accusations)
