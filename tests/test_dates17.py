"""Round 17 date rules: a deadline ("by the end of the month", "by March 2026", "by Friday")
bounds the period an event falls in and names no day of its own, like "until"; "by" before a
weekday's possessive ("killed by Tuesday's blast") is no deadline; week-level expressions
("last week") still date their event by the week's Monday. A time right after a verb of saying,
before its complement's subject ("said on Monday they would free …"), is the saying's, however
the parser hangs it; a relative clause on the trigger's subject or object tells its own past; a
clause set days or weeks apart by "after" or "before" takes no date from the main clause."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from frontwatch.nlp import parse_many
from frontwatch.resolve.dates import find_expressions, resolve_date

PUB = date(2025, 6, 4)  # a Wednesday


def _date(model: Any, text: str, trigger: str, published: date = PUB) -> tuple[date | None, str | None]:
    sentence = next(iter(parse_many([text], model))).sentences[0]
    k = next(t.i for t in sentence.tokens if t.text == trigger)
    when, precision, _ = resolve_date(sentence, k, published)
    return when, precision


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Troops will withdraw from the town by the end of the month, the army said.", "withdraw"),
        ("Rebels said they would hand over their weapons by the end of the year.", "hand"),
        ("Britain will withdraw its troops from Mali by March 2026.", "withdraw"),
        ("The army will leave the town by Friday.", "leave"),
        ("The government promised to free the prisoners by June 30.", "free"),
    ],
)
def test_a_deadline_dates_nothing(model: Any, text: str, trigger: str) -> None:
    assert _date(model, text, trigger) == (None, None)


def test_a_deadline_leaves_the_other_expressions() -> None:
    kinds = [
        k
        for _, _, k, _ in find_expressions("On Monday the army said it would leave by the end of the month.")
    ]
    assert kinds == ["wd", "deadline"]


@pytest.mark.parametrize(
    ("text", "trigger", "published", "expected"),
    [
        # "by" before a weekday's possessive is the agent's phrase, not a deadline
        (
            "Two soldiers were killed by Tuesday's blast in the capital.",
            "killed",
            PUB,
            (date(2025, 6, 3), "day"),
        ),
        # the end of a past month is in that month
        ("Rebels attacked the town at the end of last month.", "attacked", PUB, (date(2025, 5, 1), "month")),
        # last week: its Monday, at the finest precision covering Monday to Sunday (two months: year)
        ("Gunmen killed five people in an attack last week.", "killed", PUB, (date(2025, 5, 26), "year")),
        (
            "Gunmen killed five people in an attack last week.",
            "killed",
            date(2025, 6, 18),
            (date(2025, 6, 9), "month"),
        ),
    ],
)
def test_dates_beside_deadlines(
    model: Any, text: str, trigger: str, published: date, expected: tuple[date, str]
) -> None:
    assert _date(model, text, trigger, published) == expected


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # a time right after the verb of saying, before its complement's subject, is the saying's:
        # it does not date the complement's future event, whatever the parser hangs it on
        ("Rebels said on Monday they would free the pilot.", "free", (None, None)),
        ("Rebels said on Monday they freed the pilot.", "freed", (date(2025, 6, 2), "day")),
        # the complement's own time, after its subject, dates it
        ("Rebels said they would free the pilot on Monday.", "free", (date(2025, 6, 9), "day")),
        # a relative clause on the trigger's object tells that object's own past
        ("Rebels said on Monday they would free a pilot they seized last year.", "free", (None, None)),
        ("The rebels released a pilot they seized last year.", "released", (None, None)),
        # but a clause on the event noun itself is its time
        ("Drills that begin on Monday will involve 20 ships.", "Drills", (date(2025, 6, 9), "day")),
    ],
)
def test_times_of_the_saying_and_of_a_participant(
    model: Any, text: str, trigger: str, expected: tuple[date | None, str | None]
) -> None:
    assert _date(model, text, trigger) == expected


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # a clause set days or weeks apart by "after" takes no date from the main clause
        (
            "North Korea fired a missile on Thursday, days after Seoul accused Pyongyang of sending troops.",
            "accused",
            (None, None),
        ),
        ("The army withdrew on Friday, weeks after the rebels had seized the town.", "seized", (None, None)),
        # the main clause keeps its date; a bare "after" clause is often the same day
        (
            "North Korea fired a missile on Thursday, days after Seoul accused Pyongyang of sending troops.",
            "fired",
            (date(2025, 5, 29), "day"),
        ),
        (
            "Troops opened fire on Friday after protesters stormed the building.",
            "stormed",
            (date(2025, 5, 30), "day"),
        ),
    ],
)
def test_a_clause_days_apart_takes_no_date_from_the_main_clause(
    model: Any, text: str, trigger: str, expected: tuple[date | None, str | None]
) -> None:
    assert _date(model, text, trigger) == expected
