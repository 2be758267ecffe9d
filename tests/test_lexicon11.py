"""Lexicon entries of round 11 (audit of triggers.yaml against the PLOVER codebook, type by type):
each family coded on wire sentences of its own construction, with the neighbouring senses of
the same words that must stay no event."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from frontwatch.lexicon import Lexicon

from .conftest import WireCoder, event_types, wire_coder


@pytest.fixture(scope="module")
def code() -> WireCoder:
    return wire_coder(datetime(2025, 6, 20, tzinfo=UTC))


def test_codebook_placements_in_the_data() -> None:
    """Recognition is SUPPORT (not a concession); the country left and the addressee of a
    protest note are recipients ("recalled its envoy from", "lodged a protest with")."""
    lex = Lexicon.load()
    grant = {t.event_type: t for t in lex.verbs["grant"] if "recognition" in t.objects}
    assert set(grant) == {"SUPPORT"}
    assert "from" in lex.types["SANCTION"].recipient_preps
    assert "with" in lex.types["ACCUSE"].recipient_preps


@pytest.mark.parametrize(
    ("text", "etype", "mode"),
    [
        ("Egypt announced its willingness to host talks between Sudan's warring parties.", "AGREE", None),
        ("Japan's foreign minister called his Chinese counterpart on Monday.", "CONSULT", "phone"),
        ("Erdogan landed in Baghdad for talks on water sharing.", "CONSULT", "visit"),
        ("Serbia stood behind Hungary in the row over EU funds.", "SUPPORT", None),
        ("Norway extended recognition to the new government in Damascus.", "SUPPORT", None),
        ("Turkey approved Finland's application to join NATO.", "SUPPORT", None),
        ("Chile voted in favour of the General Assembly resolution.", "SUPPORT", None),
        ("Peru and Ecuador finalised a border agreement.", "SUPPORT", None),
        ("Kenya reiterated its support for Haiti's transitional council.", "SUPPORT", None),
    ],
)
def test_verbal_cooperation_by_other_phrasings(
    code: WireCoder, text: str, etype: str, mode: str | None
) -> None:
    assert any(e.event_type == etype and e.mode == mode and e.actors for e in code(text))


@pytest.mark.parametrize(
    "text",
    [
        "Ghana's government suspended the new media law after protests.",
        "Nigeria's president withdrew the tax reform bill.",
        "Senegal's government shelved the tax increases.",
        "Ethiopia's government restored internet services in Amhara.",
        "Bangladesh unblocked access to social media.",
        "Kenya's government dropped the tax hike after weeks of unrest.",
    ],
)
def test_measures_suspended_withdrawn_or_restored_are_concessions(code: WireCoder, text: str) -> None:
    events = code(text)
    assert "CONCEDE" in event_types(events)
    assert not event_types(events) & {"RETREAT", "SANCTION", "COERCE"}


@pytest.mark.parametrize(
    ("text", "etype", "mode"),
    [
        ("Iran returned the seized tanker to Greece.", "RETREAT", "withdraw"),
        ("Poland took in two million Ukrainian refugees.", "AID", None),
        ("Canada resettled 40,000 Afghan refugees.", "AID", None),
        ("Germany gave Moldova 50 million pounds in budget support.", "AID", None),
        ("China extended a $1 billion credit line to Pakistan.", "AID", None),
    ],
)
def test_material_cooperation_by_other_phrasings(
    code: WireCoder, text: str, etype: str, mode: str | None
) -> None:
    assert any(e.event_type == etype and e.mode == mode and e.actors for e in code(text))


@pytest.mark.parametrize(
    ("text", "mode", "recipient"),
    [
        ("Canada recalled its high commissioner from India.", "withdraw", "IND"),
        ("Mali withdrew from the Economic Community of West African States.", "withdraw", None),
        ("Niger pulled out of the military pact with Mali and Burkina Faso.", "withdraw", None),
        ("The Netherlands halted budget support to Mali.", "discontinue", "MLI"),
        ("Israel withheld tax revenues from the Palestinian Authority.", "discontinue", "PSE"),
    ],
)
def test_relations_reduced_by_other_verbs(
    code: WireCoder, text: str, mode: str, recipient: str | None
) -> None:
    sanctions = [e for e in code(text) if e.event_type == "SANCTION" and e.mode == mode]
    assert sanctions
    if recipient:
        assert any(recipient in {r.country for r in e.recipients} for e in sanctions)


def test_an_export_blacklisting_is_a_sanction(code: WireCoder) -> None:
    assert "SANCTION" in event_types(code("Washington added 12 Chinese firms to its trade blacklist."))


@pytest.mark.parametrize(
    ("text", "etype", "mode"),
    [
        ("Hezbollah pledged revenge for the killing of its commander.", "THREATEN", "violence"),
        ("Argentine rail workers walked off the job on Tuesday.", "PROTEST", "strike"),
        ("Beijing registered a strong protest with Manila.", "ACCUSE", "allege"),
        ("Moscow took issue with Helsinki's decision to close the border.", "ACCUSE", "disapprove"),
        ("Egypt shot down the proposal to move Gazans to Sinai.", "REJECT", None),
        ("The Taliban turned away a UN delegation at Kabul airport.", "REJECT", None),
        ("Britain sailed a frigate through the Taiwan Strait.", "MOBILIZE", "troops"),
        ("Russia flew two bombers near the Alaskan coast.", "MOBILIZE", None),
        ("Georgia's electoral body disqualified opposition candidates.", "COERCE", "restrict"),
        ("Belarus stripped him of his citizenship.", "COERCE", "restrict"),  # "of" hangs on the verb
        ("Iran executed two protesters on Saturday.", "ASSAULT", "targeted"),
    ],
)
def test_conflict_by_other_phrasings(code: WireCoder, text: str, etype: str, mode: str | None) -> None:
    events = code(text)
    assert any(e.event_type == etype and (mode is None or e.mode == mode) for e in events)


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("The plane landed in Paris after a six-hour delay.", "CONSULT"),
        ("The French president called his Italian counterpart a liar.", "CONSULT"),
        ("The minister stood behind the lectern as he spoke.", "SUPPORT"),
        ("The committee finalised the text of the report.", "SUPPORT"),
        ("The carmaker shelved plans for a new plant in Mexico.", "CONCEDE"),
        ("The court suspended the sentence on appeal.", "CONCEDE"),
        ("Russia expressed regret over the EU's decision to extend sanctions.", "CONCEDE"),
        ("The party ceded ground to its rivals in the polls.", "RETREAT"),
        ("Police took in two suspects for questioning.", "AID"),
        ("Workers abroad sent home $20 billion last year.", "AID"),
        ("Russian forces withdrew from the town of Kupiansk.", "SANCTION"),
        ("Microsoft halted support for older versions of Windows.", "SANCTION"),
        ("The bank withheld payment on the bond.", "SANCTION"),
        ("The coach swore at the referee after the match.", "THREATEN"),
        ("The hotel registered a record number of guests.", "ACCUSE"),
        ("Fans shot down the rumours on social media.", "REJECT"),
        ("The yacht sailed through the strait on Monday.", "MOBILIZE"),
        ("The airline flew passengers to Bangkok.", "MOBILIZE"),
        ("The referee disqualified the sprinter for a false start.", "COERCE"),
        ("Typhoon Haikui hammered southern Taiwan with heavy rain.", "ASSAULT"),
        ("Police turned away fans without tickets.", "REJECT"),
    ],
)
def test_other_senses_of_the_new_words_are_no_event(code: WireCoder, text: str, etype: str) -> None:
    assert etype not in event_types(code(text))


@pytest.mark.parametrize(
    ("text", "etype", "mode"),
    [
        ("Israel and Hezbollah upheld the truce for a second week.", "RETREAT", "ceasefire"),
        ("Azerbaijan and Armenia implemented the ceasefire on Tuesday.", "RETREAT", "ceasefire"),
        ("Russian troops fled the town of Izium.", "RETREAT", "withdraw"),
        ("Hungary ejected two Russian diplomats.", "SANCTION", "expel"),
        ("Turkey's ratification of Sweden's NATO membership came on Tuesday.", "SUPPORT", None),
    ],
)
def test_truces_kept_forces_fleeing_envoys_ejected(
    code: WireCoder, text: str, etype: str, mode: str | None
) -> None:
    assert any(e.event_type == etype and e.mode == mode and e.actors for e in code(text))


@pytest.mark.parametrize(
    "text",
    [
        "The court upheld the ruling.",
        "Thousands of Sudanese civilians fled the city of El Fasher.",  # no forces: a flight, no retreat
        "Fans respected the minute of silence.",
    ],
)
def test_upholding_and_fleeing_by_others_are_no_retreat(code: WireCoder, text: str) -> None:
    assert "RETREAT" not in event_types(code(text))
