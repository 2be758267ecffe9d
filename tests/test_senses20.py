"""Session 20 round-2 senses: a captivity misparsed as the main verb ("held hostage since March
were released"), raids by civil inspectors, a firm's withdrawal, control of a firm taken in a
bailout, a participle that tells an economic act's effect, talks one is on
the way to, a summit attended, and junior doctors as a workforce."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from frontwatch.models import Event

from .conftest import wire_coder


def _code(text: str) -> list[Event]:
    return wire_coder(datetime(2024, 5, 10, tzinfo=UTC))(text)


def _types(text: str) -> list[tuple[str, str]]:
    return sorted((e.event_type, e.factuality) for e in _code(text))


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Three engineers held captive since June were freed on Monday.", "COERCE"),
        ("Health inspectors raided a meat factory near Warsaw on Friday.", "ASSAULT"),
        ("The mining company pulled out of Congo after the election.", "RETREAT"),
        ("BP withdrew from its offshore gas fields in Egypt last year.", "RETREAT"),
        ("The state took control of the troubled lender in a rescue deal.", "COERCE"),
        ("The central bank raised interest rates again, hitting savers hard.", "ASSAULT"),
    ],
)
def test_no_event_of_the_type(text: str, absent: str) -> None:
    assert absent not in {t for t, _ in _types(text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gunmen held three engineers captive for a month.", ("COERCE", "actual")),
        ("Militiamen raided the village at dawn, burning dozens of homes.", ("ASSAULT", "actual")),
        ("Russian troops pulled out of Kherson in November.", ("RETREAT", "actual")),
        ("Rebels seized control of the town of Kidal on Sunday.", ("COERCE", "actual")),
        ("Troops shelled the town, hitting a hospital.", ("ASSAULT", "actual")),
        ("Leaders attending the summit in Brussels agreed on a common budget.", ("CONSULT", "actual")),
    ],
)
def test_event_kept(text: str, expected: tuple[str, str]) -> None:
    assert expected in _types(text)


def test_talks_ahead_are_not_actual() -> None:
    assert ("CONSULT", "actual") not in _types(
        "The foreign minister was on his way to talks in Geneva on Monday."
    )


def test_junior_doctors_are_a_workforce() -> None:
    events = [e for e in _code("Junior doctors went on strike on Tuesday.") if e.event_type == "PROTEST"]
    assert events and events[0].actors[0].sector == "LAB"
