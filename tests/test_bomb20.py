"""Session 20 (bomb20): attacks told without their attacker in the outlet's own voice — by a
weapon as the subject ("a bomb exploded …, killing 11"), by a person who is no party with counted
victims ("a man stabbed four people"), recast as an attack by someone's word ("in what police
called a deliberate attack"), or by an attack noun told by its hit ("the second drone attack to
hit the port") — and the accidents, senses and suppositions that stay out."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from frontwatch.attackerless import may_tell_unclaimed
from frontwatch.models import Event

from .conftest import wire_coder


def _assaults(text: str) -> list[Event]:
    events = wire_coder(datetime(2024, 6, 1, tzinfo=UTC))(text)
    return [e for e in events if e.event_type == "ASSAULT" and e.factuality == "actual"]


@pytest.mark.parametrize(
    ("text", "mode"),
    [
        ("A bomb exploded at a bus stop in Quetta, killing seven people.", "explosives"),
        ("A roadside bomb wounded two policemen near Kirkuk on Sunday.", "explosives"),
        ("A drone struck a fuel depot in Kursk overnight.", "drone"),
        ("A man stabbed five people at a festival in Solingen on Friday.", "primitive"),
    ],
)
def test_attack_without_attacker_is_kept(text: str, mode: str | None) -> None:
    found = _assaults(text)
    assert len(found) == 1
    assert not found[0].actors
    assert found[0].mode == mode


def test_attack_recast_by_someones_word() -> None:
    text = (
        "A lorry drove into a crowd at a fair in Lille, killing four, "
        "in what police called a deliberate attack."
    )
    assert len(_assaults(text)) == 1


def test_attack_noun_told_by_its_hit() -> None:
    assert len(_assaults("It was the fourth missile attack to hit the harbour this month.")) == 1
    assert not _assaults("It was the third strike to hit the steel industry this year, union leaders said.")


@pytest.mark.parametrize(
    "text",
    [
        "A mine collapsed in Guizhou province, killing nine miners.",
        "A gas cylinder exploded at a bakery in Multan, killing three.",
        "A man killed his brother at their home in Bristol.",
        "A man won two gold medals at the games in Rome.",
        "A bomb could go off at any moment, police warned.",
        "The bomb exploded at a bus stop in Quetta, killing seven people.",
    ],
)
def test_no_attack_without_a_sign(text: str) -> None:
    assert not _assaults(text)


def test_sentence_filter_cue() -> None:
    def cue(text: str) -> bool:
        texts = text.split()
        return may_tell_unclaimed(texts, {w.lower() for w in texts})

    assert cue("A car bomb exploded outside a bank")
    assert cue("An attacker wounded two guards")
    assert cue("killing five in what police called an attack")
    assert not cue("The bomb squad arrived")
    assert not cue("Prices rose in March")
