"""Lexicon entries of session 18 (lex18): a hostage-taking with a quantity before "hostage", a
population forced to flee, food aid by its staple, an attack in words by its adjective, armed men
harboured, and a charge named as the ground of an arrest; each on wire sentences of its own
construction, with the other senses of the same words kept no event."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from frontwatch.lexicon import Lexicon

from .conftest import WireCoder, acted_by, event_types, wire_coder


@pytest.fixture(scope="module")
def code() -> WireCoder:
    return wire_coder(datetime(1996, 6, 1, tzinfo=UTC))


def test_new_verbs_read_objects() -> None:
    """ "force", "harbour" and "provide" gain no bare entry: each reads its objects, so the
    sentence filter stays as tight as before."""
    lex = Lexicon.load()
    for verb in ("force", "harbour", "harbor", "provide"):
        assert all(t.objects or t.particle for t in lex.verbs[verb])


@pytest.mark.parametrize(
    ("text", "etype", "mode", "actor"),
    [
        ("Chechen rebels took more than 1,000 people hostage in a hospital.", "ASSAULT", "abduct", "RUS"),
        ("Serb militiamen forced thousands of villagers to flee into Albania.", "COERCE", None, "SRB"),
        ("Japan will provide 20,000 tonnes of rice to North Korea.", "AID", None, "JPN"),
        ("Canada shipped 10,000 tonnes of wheat flour to Somalia on Monday.", "AID", None, "CAN"),
        (
            "Kim Dae-jung launched a blistering attack on the government's policy.",
            "ACCUSE",
            "disapprove",
            "KOR",
        ),
        ("Turkey says Greece has been harbouring Kurdish guerrillas.", "AID", None, "GRC"),
        (
            "Egyptian police detained three Egyptians on charges of spying for Israel.",
            "ACCUSE",
            "allege",
            "EGY",
        ),
    ],
)
def test_trigger_forms_of_older_wire_copy(
    code: WireCoder, text: str, etype: str, mode: str | None, actor: str
) -> None:
    assert acted_by(code(text), etype, mode, actor)


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("The chairman took more than 40 questions from reporters in Tokyo.", "ASSAULT"),
        ("Heavy flooding forced thousands of villagers to flee their homes in Bangladesh.", "COERCE"),
        ("The fishermen have been harbouring hopes of a better catch.", "AID"),
        ("Guerrillas launched an attack on an army post in the north, killing four soldiers.", "ACCUSE"),
        ("Egyptian police detained three Egyptians for spying for Israel.", "COOPERATE"),
    ],
)
def test_other_senses_stay_no_such_event(code: WireCoder, text: str, etype: str) -> None:
    assert etype not in event_types(code(text))
