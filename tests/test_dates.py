"""Date resolution against publication dates; weekdays checked by hand on a calendar."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from frontwatch.nlp import Sentence, Token
from frontwatch.resolve.dates import find_expressions, publication_date_from_text, resolve_date


def sentence(text: str) -> Sentence:
    """A hand-built, unparsed sentence: one token per whitespace-separated word."""
    toks = tuple(
        Token(k, m.group(), m.group().lower(), "", "", "", k, m.start())
        for k, m in enumerate(re.finditer(r"\S+", text))
    )
    return Sentence(0, text, 0, len(text), toks, (), parsed=False)


def trigger_of(s: Sentence, word: str) -> int:
    return next(t.i for t in s.tokens if t.text.strip(".,") == word)


FRI = datetime(2023, 1, 6, 9, 30, tzinfo=UTC)  # Friday 6 January 2023
MON = datetime(2023, 3, 13, 7, 0)  # Monday 13 March 2023 (naive)


@pytest.mark.parametrize(
    ("text", "trigger", "published", "expected", "precision", "date_text"),
    [
        # weekdays: Friday 2023-01-06 → the Friday before or on publication
        ("Russian troops arrived on Friday.", "arrived", FRI, date(2023, 1, 6), "day", "on Friday"),
        ("Russian troops arrived on Thursday.", "arrived", FRI, date(2023, 1, 5), "day", "on Thursday"),
        ("Russian troops arrived on Saturday.", "arrived", FRI, date(2022, 12, 31), "day", "on Saturday"),
        ("Russian troops arrived last Friday.", "arrived", FRI, date(2022, 12, 30), "day", "last Friday"),
        ("Drones struck on Sunday night.", "struck", MON, date(2023, 3, 12), "day", "on Sunday night"),
        ("Shelling hit Kupiansk on Monday.", "hit", MON, date(2023, 3, 13), "day", "on Monday"),
        ("The ministers will meet on Wednesday.", "meet", MON, date(2023, 3, 15), "day", "on Wednesday"),
        ("The ministers will meet next Monday.", "meet", MON, date(2023, 3, 20), "day", "next Monday"),
        # relative words
        ("Missiles hit Kyiv overnight.", "hit", FRI, date(2023, 1, 6), "day", "overnight"),
        ("Missiles hit Kyiv yesterday.", "hit", FRI, date(2023, 1, 5), "day", "yesterday"),
        ("Missiles hit Kyiv last night.", "hit", FRI, date(2023, 1, 5), "day", "last night"),
        ("Police detained protesters today.", "detained", MON, date(2023, 3, 13), "day", "today"),
        (
            "Police detained protesters two days ago.",
            "detained",
            MON,
            date(2023, 3, 11),
            "day",
            "two days ago",
        ),
        ("Troops massed near the border last week.", "massed", FRI, date(2022, 12, 26), "month", "last week"),
        (
            "Troops massed near the border earlier this month.",
            "massed",
            MON,
            date(2023, 3, 1),
            "month",
            "earlier this month",
        ),
        (
            "Troops massed near the border last month.",
            "massed",
            FRI,
            date(2022, 12, 1),
            "month",
            "last month",
        ),
        ("Exports fell last year.", "fell", FRI, date(2022, 1, 1), "year", "last year"),
        # absolute and partly absolute forms
        ("Russia invaded on February 24.", "invaded", FRI, date(2022, 2, 24), "day", "on February 24"),
        ("Russia invaded on February 24.", "invaded", MON, date(2023, 2, 24), "day", "on February 24"),
        ("The talks began on Jan. 6 in Minsk.", "began", FRI, date(2023, 1, 6), "day", "on Jan. 6"),
        ("The talks began on the 24th.", "began", FRI, date(2022, 12, 24), "day", "on the 24th"),
        ("The talks began on the 2nd.", "began", FRI, date(2023, 1, 2), "day", "on the 2nd"),
        ("The war began in March 2022.", "began", FRI, date(2022, 3, 1), "month", "in March 2022"),
        (
            "The war began on 24 February 2022.",
            "began",
            None,
            date(2022, 2, 24),
            "day",
            "on 24 February 2022",
        ),
        (
            "The war began on February 24, 2022.",
            "began",
            None,
            date(2022, 2, 24),
            "day",
            "on February 24, 2022",
        ),
        ("Crimea was annexed in 2014.", "annexed", None, date(2014, 1, 1), "year", "in 2014"),
        ("Fighting resumed in March.", "resumed", MON, date(2023, 3, 1), "month", "in March"),
        ("Fighting resumed in May.", "resumed", MON, date(2022, 5, 1), "month", "in May"),
    ],
)
def test_resolve_date(
    text: str, trigger: str, published: datetime | None, expected: date, precision: str, date_text: str
) -> None:
    s = sentence(text)
    assert resolve_date(s, trigger_of(s, trigger), published) == (expected, precision, date_text)


@pytest.mark.parametrize(
    "text",
    [
        "Russian troops arrived on Friday.",
        "Missiles hit Kyiv yesterday.",
        "Russia invaded on February 24.",
        "Troops massed near the border last week.",
        "The talks began on the 24th.",
    ],
)
def test_relative_without_publication_date_is_none(text: str) -> None:
    s = sentence(text)
    assert resolve_date(s, 1, None) == (None, None, None)


@pytest.mark.parametrize(
    "text",
    ["Russian troops arrived in Belarus.", "They may 5 times have tried.", "He won 24 seats in the vote."],
)
def test_no_expression_gives_nothing(text: str) -> None:
    s = sentence(text)
    assert resolve_date(s, 1, FRI) == (None, None, None)


def test_expression_nearest_the_trigger_wins() -> None:
    s = sentence("The ministry said on Friday that troops had arrived on Wednesday.")
    assert resolve_date(s, trigger_of(s, "arrived"), FRI) == (date(2023, 1, 4), "day", "on Wednesday")
    assert resolve_date(s, trigger_of(s, "said"), FRI) == (date(2023, 1, 6), "day", "on Friday")


def test_may_the_modal_is_not_a_month() -> None:
    assert not find_expressions("Russia may 5 more brigades send")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("KYIV, Jan 6 (Reuters) - Russian troops arrived in Belarus.", datetime(2023, 1, 6, tzinfo=UTC)),
        ("MINSK, Belarus, Jan. 6 (AP) — Troops arrived.", datetime(2023, 1, 6, tzinfo=UTC)),
        ("January 6, 2023 — Russian troops arrived.", datetime(2023, 1, 6, tzinfo=UTC)),
        ("By Staff\nPublished 2023-01-06 10:00\nRussian troops arrived.", datetime(2023, 1, 6, tzinfo=UTC)),
        ("6 January 2023\nRussian troops arrived.", datetime(2023, 1, 6, tzinfo=UTC)),
        ("Russian troops arrived in Belarus.", None),
        ("March 3, 2031 — from the future.", None),
    ],
)
def test_publication_date_from_text(text: str, expected: datetime | None) -> None:
    assert publication_date_from_text(text, now=datetime(2023, 2, 1, tzinfo=UTC)) == expected


def test_dateline_without_year_takes_the_most_recent() -> None:
    got = publication_date_from_text("KYIV, Dec 30 (Reuters) - x", now=datetime(2023, 1, 2, tzinfo=UTC))
    assert got == datetime(2022, 12, 30, tzinfo=UTC)


@settings(max_examples=300, deadline=None)
@given(
    text=st.text(max_size=200)
    | st.lists(
        st.sampled_from(
            [
                "on",
                "Friday",
                "last",
                "week",
                "the",
                "24th",
                "Feb.",
                "29",
                "2024",
                "ago",
                "two",
                "days",
                "in",
                "March",
                "overnight",
                "31",
                "June",
                ",",
                "May",
                "next",
            ]
        ),
        max_size=12,
    ).map(" ".join),
    published=st.none() | st.datetimes(min_value=datetime(1900, 1, 2), max_value=datetime(2099, 12, 30)),
    trigger=st.integers(min_value=-3, max_value=30),
)
def test_resolve_date_never_crashes(text: str, published: datetime | None, trigger: int) -> None:
    s = sentence(text)
    when, precision, date_text = resolve_date(s, trigger, published)
    assert (when is None) == (precision is None) == (date_text is None)
    assert precision in (None, "day", "month", "year")
    publication_date_from_text(text)
