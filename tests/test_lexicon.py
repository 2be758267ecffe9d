"""The trigger lexicon: the packaged data loads and validates; bad entries are refused."""

from __future__ import annotations

import pytest

from frontwatch.lexicon import IRREGULAR_BASE, Lexicon, inflections, parse_intensity
from frontwatch.models import EVENT_TYPES, MODES


def test_packaged_lexicon_loads_and_is_cached() -> None:
    lex = Lexicon.load()
    assert Lexicon.load() is lex
    assert set(lex.types) == set(EVENT_TYPES)
    for triggers in [*lex.verbs.values(), *lex.nouns.values()]:
        for t in triggers:
            assert t.mode is None or t.mode in MODES[t.event_type]


def test_patterns_are_parsed() -> None:
    lex = Lexicon.load()
    hold = {t.event_type: t for t in lex.verbs["hold"]}
    assert "talk" in hold["CONSULT"].objects
    call = [t for t in lex.verbs["call"] if t.particle == "for"]
    assert call and call[0].event_type == "REQUEST"
    assert any(t.words == ("hunger", "strike") and t.mode == "hunger" for t in lex.nouns["hunger"])
    arrive = {t.event_type: t for t in lex.verbs["arrive"]}
    assert arrive["MOBILIZE"].sectors == {"MIL"} and arrive["MOBILIZE"].ambiguous
    receive = {t.event_type: t for t in lex.verbs["receive"]}
    assert receive["AID"].converse and "weapon" in receive["AID"].objects
    assert receive["CONSULT"].objects >= {"delegation", "envoy"} and not receive["CONSULT"].converse
    assert "on" in lex.types["SANCTION"].recipient_preps
    release = {t.event_type: t for t in lex.verbs["release"]}
    assert {"statement", "report", "it"} <= release["RETREAT"].excluded
    assert "hostage" not in release["RETREAT"].excluded
    assert all("statement" in t.excluded for t in lex.nouns["release"] if t.event_type == "RETREAT")


def test_intensity_per_type_and_mode() -> None:
    lex = Lexicon.load()
    assert lex.intensity("MOBILIZE", "troops") == -6.5
    assert lex.intensity("ASSAULT", None) < lex.intensity("ACCUSE", None) < 0 < lex.intensity("AID", None)
    for etype in EVENT_TYPES:
        for mode in (None, *MODES.get(etype, ())):
            assert -10 <= lex.intensity(etype, mode) <= 10


def test_inflections_cover_irregular_forms() -> None:
    assert {"held", "holds", "holding"} <= inflections("hold")
    assert {"shelled", "shelling"} <= inflections("shell")
    assert {"struck", "strikes"} <= inflections("strike")
    forms = Lexicon.load().surface_forms
    assert {"shelled", "talks", "sanctions"} <= forms
    assert "held" not in forms  # "hold" codes only with its object ("held talks"): "talks" is looked for


def test_irregular_forms_lead_back_to_their_lemma() -> None:
    assert IRREGULAR_BASE["shot"] == "shoot" and IRREGULAR_BASE["struck"] == "strike"
    assert IRREGULAR_BASE["withdrew"] == "withdraw" and "shoot" not in IRREGULAR_BASE
    assert IRREGULAR_BASE["retook"] == "retake" and IRREGULAR_BASE["withheld"] == "withhold"
    assert {"retook", "retaken"} <= inflections("retake") and "overran" in inflections("overrun")


def test_object_patterns_keep_the_candidate_filter_narrow() -> None:
    # the filter looks for the object of a "verb > object" pattern, so a common verb with a
    # rare object ("pay tribute", "throw its weight") does not make every sentence a candidate
    forms = Lexicon.load().surface_forms
    assert {"tribute", "curfew", "tranche"} <= forms
    assert not {"pay", "throw", "says", "said", "the"} & forms


BASE = {t: {"verb": {"attack": None}} for t in EVENT_TYPES}


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"ATTACK": {"verb": {"x": None}}}, "unknown event type"),
        ({"ASSAULT": {"verb": {"attack": "tanks"}}}, "is not a mode of ASSAULT"),
        ({"ASSAULT": {"verb": {"attack": {"mode": "aerial", "colour": 1}}}}, "unknown keys"),
        ({"ASSAULT": {"recipient": [True]}}, "quote the recipient"),
        ({"ASSAULT": {"noun": {"attack > target": None}}}, "noun patterns take no object"),
        ({"ASSAULT": {"verb": {"attack": {"sector": ["XYZ"]}}}}, "unknown sectors"),
        ({"ASSAULT": {"verb": {"attack": {"not_objects": "report"}}}}, "not_objects must be a list"),
        ({"ASSAULT": {"verb": {"attack > @tanks": None}}}, "unknown word class '@tanks'"),
        ({"classes": {"troops": ["troop"]}}, "class 'troops' must be"),
    ],
)
def test_bad_entries_are_refused(change: dict, message: str) -> None:
    data = {**BASE, **change}
    intensities: dict[tuple[str, str | None], float] = {(t, None): 0.0 for t in EVENT_TYPES}
    with pytest.raises(ValueError, match=message):
        Lexicon.from_data(data, intensities)


def test_word_classes_stand_for_their_lemmas_in_object_lists() -> None:
    # one list of troop words for every verb of moving troops ("moved a battalion")
    data = {
        **BASE,
        "classes": {"troops": "troop|soldier|battalion"},
        "MOBILIZE": {"verb": {"move > @troops|tank": "troops", "send > @troops": "troops"}},
    }
    intensities: dict[tuple[str, str | None], float] = {(t, None): 0.0 for t in EVENT_TYPES}
    lex = Lexicon.from_data(data, intensities)
    troops = frozenset({"troop", "soldier", "battalion"})
    assert {t.objects for t in [*lex.verbs["move"], *lex.verbs["send"]]} == {troops | {"tank"}, troops}
    assert "battalion" in lex.surface_forms  # the candidate filter looks for the class's words


def test_intensity_file_is_validated() -> None:
    assert parse_intensity("# c\nASSAULT\t-\t-9\nASSAULT\taerial\t-10\n") == {
        ("ASSAULT", None): -9.0, ("ASSAULT", "aerial"): -10.0}  # fmt: skip
    with pytest.raises(ValueError, match="outside"):
        parse_intensity("ASSAULT\t-\t-12\n")
    with pytest.raises(ValueError, match="3 tab-separated"):
        parse_intensity("ASSAULT -9\n")
