"""Date resolution against publication dates; weekdays checked by hand on a calendar."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from frontwatch.nlp import Sentence, Token
from frontwatch.resolve.dates import date_span, find_expressions, publication_date_from_text, resolve_date


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
        ("Troops massed near the border last week.", "massed", FRI, date(2022, 12, 26), "year", "last week"),
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


SAT = datetime(2023, 1, 14, 10, tzinfo=UTC)  # Saturday 14 January 2023
WED = datetime(2023, 1, 11, 10, tzinfo=UTC)  # Wednesday 11 January 2023


@pytest.mark.parametrize(
    ("text", "trigger", "published", "expected", "span"),
    [
        # a stated period: the event starts on its first day, in the year that puts it nearest
        # to publication (announced ahead as often as reported after); the rest is its span
        ("The two will hold the exercise from January 16 to February 1.", "hold", WED,
         (date(2023, 1, 16), "day", "from January 16 to February 1"), (date(2023, 1, 16), date(2023, 2, 1))),
        ("The exercise ran from December 28 to January 3.", "ran", datetime(2023, 1, 5),
         (date(2022, 12, 28), "day", "from December 28 to January 3"),
         (date(2022, 12, 28), date(2023, 1, 3))),
        ("Talks were held between 16 and 20 January 2023.", "held", None,
         (date(2023, 1, 16), "day", "between 16 and 20 January 2023"),
         (date(2023, 1, 16), date(2023, 1, 20))),
        # "until February 1" is where a period ends, not when it started: no date
        ("Jets started flying from Belarusian airfields until February 1.", "started", datetime(2023, 1, 16),
         (None, None, None), None),
        # weeks: the Monday, at the finest contract precision covering the whole week
        ("Minsk denied it this week.", "denied", SAT, (date(2023, 1, 9), "month", "this week"),
         (date(2023, 1, 9), date(2023, 1, 15))),
        ("Minsk denied it last week.", "denied", datetime(2023, 2, 3),
         (date(2023, 1, 23), "month", "last week"),
         (date(2023, 1, 23), date(2023, 1, 29))),
        ("Minsk denied it this week.", "denied", datetime(2023, 2, 1),
         (date(2023, 1, 30), "year", "this week"),
         (date(2023, 1, 30), date(2023, 2, 5))),
        # "a week after": the event of the "after" clause, a week before the main clause (here
        # the publication day), taken as the week around that day; the main clause gets none
        ("The drills began a week after trains arrived in Gomel.", "arrived", datetime(2023, 1, 16),
         (date(2023, 1, 6), "month", "a week after"), (date(2023, 1, 6), date(2023, 1, 12))),
        ("The drills began a week after trains arrived in Gomel.", "began", datetime(2023, 1, 16),
         (None, None, None), None),
        ("Troops left two days before talks opened in Minsk.", "opened", datetime(2023, 1, 16),
         (date(2023, 1, 18), "day", "two days before"), (date(2023, 1, 18), date(2023, 1, 18))),
    ],
)  # fmt: skip
def test_periods_weeks_and_offsets(
    text: str, trigger: str, published: datetime | None, expected: tuple, span: tuple[date, date] | None
) -> None:
    s = sentence(text)
    got = resolve_date(s, trigger_of(s, trigger), published)
    assert got == expected
    if span is not None:
        assert date_span(*got) == span


def parsed(words: list[tuple[str, str, str, int]]) -> Sentence:
    """A hand-parsed sentence: (text, tag, dep, head) per token."""
    toks, pos = [], 0
    for k, (word, tag, dep, head) in enumerate(words):
        toks.append(Token(k, word, word.lower(), "VERB" if tag.startswith("VB") else "", tag, dep, head, pos))
        pos += len(word) + 1
    text = " ".join(w for w, *_ in words)
    return Sentence(0, text, 0, len(text), tuple(toks), (), parsed=True)


def test_a_schedule_in_the_present_tense_looks_ahead() -> None:
    # "… preparing for drills that begin on Monday" (Saturday's report): the coming Monday;
    # "drills began on Monday": the past one
    ahead = parsed([("They", "PRP", "nsubj", 1), ("prepare", "VBP", "ROOT", 1), ("for", "IN", "prep", 1),
                    ("drills", "NNS", "pobj", 2), ("that", "WDT", "nsubj", 5), ("begin", "VBP", "relcl", 3),
                    ("on", "IN", "prep", 5), ("Monday", "NNP", "pobj", 6)])  # fmt: skip
    assert resolve_date(ahead, 3, SAT) == (date(2023, 1, 16), "day", "on Monday")
    due = parsed([("They", "PRP", "nsubj", 1), ("are", "VBP", "ROOT", 1), ("due", "JJ", "acomp", 1),
                  ("to", "TO", "aux", 4), ("begin", "VB", "xcomp", 2), ("drills", "NNS", "dobj", 4),
                  ("on", "IN", "prep", 4), ("Monday", "NNP", "pobj", 6)])  # fmt: skip
    assert resolve_date(due, 5, WED) == (date(2023, 1, 16), "day", "on Monday")
    past = parsed([("Drills", "NNS", "nsubj", 1), ("began", "VBD", "ROOT", 1), ("on", "IN", "prep", 1),
                   ("Monday", "NNP", "pobj", 2)])  # fmt: skip
    assert resolve_date(past, 1, SAT) == (date(2023, 1, 9), "day", "on Monday")


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
    if when is not None:
        first, last = date_span(when, precision, date_text)
        assert first <= when <= last
    publication_date_from_text(text)


def test_an_offset_dates_what_after_introduces_not_the_main_clause() -> None:
    # "Troops withdrew two days after the attack" (Monday's report): the attack is dated two
    # days before the withdrawal (taken as the report's day); the withdrawal gets no date from it
    s = parsed([("Troops", "NNS", "nsubj", 1), ("withdrew", "VBD", "ROOT", 1), ("two", "CD", "nummod", 3),
                ("days", "NNS", "npadvmod", 4), ("after", "IN", "prep", 1), ("the", "DT", "det", 6),
                ("attack", "NN", "pobj", 4)])  # fmt: skip
    monday = datetime(2023, 1, 16, 9, tzinfo=UTC)
    assert resolve_date(s, 1, monday) == (None, None, None)
    assert resolve_date(s, 6, monday) == (date(2023, 1, 14), "day", "two days after")


def test_an_expression_of_another_clause_does_not_date_the_trigger() -> None:
    # "Kyiv accused Russia, saying drones entered last week": last week dates the entry, not
    # the accusation; "said on Friday that troops arrived": the statement's day dates the arrival
    s = parsed([("Kyiv", "NNP", "nsubj", 1), ("accused", "VBD", "ROOT", 1), ("Russia", "NNP", "dobj", 1),
                ("saying", "VBG", "advcl", 1), ("drones", "NNS", "nsubj", 5), ("entered", "VBD", "ccomp", 3),
                ("last", "JJ", "amod", 7), ("week", "NN", "npadvmod", 5)])  # fmt: skip
    assert resolve_date(s, 1, SAT) == (None, None, None)
    assert resolve_date(s, 5, SAT) == (date(2023, 1, 2), "month", "last week")
    said = parsed([("Minsk", "NNP", "nsubj", 1), ("said", "VBD", "ROOT", 1), ("on", "IN", "prep", 1),
                   ("Friday", "NNP", "pobj", 2), ("troops", "NNS", "nsubj", 5),
                   ("arrived", "VBD", "ccomp", 1)])  # fmt: skip
    assert resolve_date(said, 5, SAT) == (date(2023, 1, 13), "day", "on Friday")


def test_a_date_on_a_coordinated_verb_dates_its_partner() -> None:
    # "Israel struck Iran and killed commanders on Friday": Friday dates the strike as well;
    # "… were there and would leave" shares no date (another tense)
    s = parsed([("Israel", "NNP", "nsubj", 1), ("struck", "VBD", "ROOT", 1), ("Iran", "NNP", "dobj", 1),
                ("and", "CC", "cc", 1), ("killed", "VBD", "conj", 1), ("commanders", "NNS", "dobj", 4),
                ("on", "IN", "prep", 4), ("Friday", "NNP", "pobj", 6)])  # fmt: skip
    assert resolve_date(s, 1, SAT) == (date(2023, 1, 13), "day", "on Friday")
    assert resolve_date(s, 4, SAT) == (date(2023, 1, 13), "day", "on Friday")
    other = parsed([("Troops", "NNS", "nsubj", 1), ("left", "VBD", "ROOT", 1), ("on", "IN", "prep", 1),
                    ("Friday", "NNP", "pobj", 2), ("and", "CC", "cc", 1), ("would", "MD", "aux", 6),
                    ("return", "VB", "conj", 1)])  # fmt: skip
    assert resolve_date(other, 6, SAT) == (None, None, None)


def test_a_conjunct_shares_the_auxiliary_and_the_date_of_its_partner() -> None:
    # "troops had killed bandits and rescued hostages on Wednesday": Wednesday dates the killing
    s = parsed([("Troops", "NNS", "nsubj", 2), ("had", "VBD", "aux", 2), ("killed", "VBN", "ROOT", 2),
                ("bandits", "NNS", "dobj", 2), ("and", "CC", "cc", 2), ("rescued", "VBD", "conj", 2),
                ("hostages", "NNS", "dobj", 5), ("on", "IN", "prep", 5),
                ("Wednesday", "NNP", "pobj", 7)])  # fmt: skip
    assert resolve_date(s, 2, SAT) == (date(2023, 1, 11), "day", "on Wednesday")
    assert resolve_date(s, 5, SAT) == (date(2023, 1, 11), "day", "on Wednesday")


def test_would_may_and_might_look_ahead_unless_perfect() -> None:
    # "Hamas would release hostages on Monday if …" (Saturday's report): the coming Monday;
    # "Russia may have launched the drones on Monday": the past one
    ahead = parsed([("Hamas", "NNP", "nsubj", 2), ("would", "MD", "aux", 2), ("release", "VB", "ROOT", 2),
                    ("hostages", "NNS", "dobj", 2), ("on", "IN", "prep", 2),
                    ("Monday", "NNP", "pobj", 4)])  # fmt: skip
    assert resolve_date(ahead, 2, SAT) == (date(2023, 1, 16), "day", "on Monday")
    past = parsed([("Russia", "NNP", "nsubj", 3), ("may", "MD", "aux", 3), ("have", "VB", "aux", 3),
                   ("launched", "VBN", "ROOT", 3), ("drones", "NNS", "dobj", 3), ("on", "IN", "prep", 3),
                   ("Monday", "NNP", "pobj", 5)])  # fmt: skip
    assert resolve_date(past, 3, SAT) == (date(2023, 1, 9), "day", "on Monday")


def test_according_to_is_a_preposition_not_a_clause() -> None:
    # "Gunmen abducted students in Papiri, on Friday, according to the association": the parser
    # hangs "on Friday" on "according"; Friday still dates the abduction
    s = parsed([("Gunmen", "NNS", "nsubj", 1), ("abducted", "VBD", "ROOT", 1), ("students", "NNS", "dobj", 1),
                ("on", "IN", "prep", 5), ("Friday", "NNP", "pobj", 3), ("according", "VBG", "prep", 1),
                ("to", "IN", "prep", 5), ("the", "DT", "det", 8),
                ("association", "NN", "pobj", 6)])  # fmt: skip
    assert resolve_date(s, 1, SAT) == (date(2023, 1, 13), "day", "on Friday")


def test_the_dateline_day_comes_after_the_sentence_own_dates() -> None:
    # "JERUSALEM, Jan 14 (Reuters) - Israel struck Iran on Friday": Friday, not the filing day;
    # with no other expression the dateline's day is kept
    s = parsed([("JERUSALEM", "NNP", "npadvmod", 7), (",", ",", "punct", 0), ("Jan", "NNP", "npadvmod", 7),
                ("14", "CD", "nummod", 2), ("(Reuters)", "NNP", "appos", 2), ("-", ":", "punct", 7),
                ("Israel", "NNP", "nsubj", 7), ("struck", "VBD", "ROOT", 7), ("Iran", "NNP", "dobj", 7),
                ("on", "IN", "prep", 8), ("Friday", "NNP", "pobj", 9)])  # fmt: skip
    assert resolve_date(s, 7, SAT) == (date(2023, 1, 13), "day", "on Friday")
    bare = parsed([("JERUSALEM", "NNP", "npadvmod", 7), (",", ",", "punct", 0), ("Jan", "NNP", "npadvmod", 7),
                   ("14", "CD", "nummod", 2), ("(Reuters)", "NNP", "appos", 2), ("-", ":", "punct", 7),
                   ("Israel", "NNP", "nsubj", 7), ("struck", "VBD", "ROOT", 7),
                   ("Iran", "NNP", "dobj", 7)])  # fmt: skip
    assert resolve_date(bare, 7, SAT) == (date(2023, 1, 14), "day", "Jan 14")


def test_after_an_event_noun_its_date_is_that_event_s() -> None:
    # "Missiles hit sites after the killing of tourists last month": last month dates the
    # killing, not the strike; "shelled Kharkiv since last week" keeps its date
    s = parsed([("Missiles", "NNS", "nsubj", 1), ("hit", "VBD", "ROOT", 1), ("sites", "NNS", "dobj", 1),
                ("after", "IN", "prep", 1), ("the", "DT", "det", 5), ("killing", "NN", "pobj", 3),
                ("of", "IN", "prep", 5), ("tourists", "NNS", "pobj", 6), ("last", "JJ", "amod", 9),
                ("month", "NN", "npadvmod", 5)])  # fmt: skip
    assert resolve_date(s, 1, SAT) == (None, None, None)
    assert resolve_date(s, 5, SAT)[2] == "last month"
    since = parsed([("Russia", "NNP", "nsubj", 1), ("shelled", "VBD", "ROOT", 1),
                    ("Kharkiv", "NNP", "dobj", 1), ("since", "IN", "prep", 1), ("last", "JJ", "amod", 5),
                    ("week", "NN", "pobj", 3)])  # fmt: skip
    assert resolve_date(since, 1, SAT)[2] == "last week"


def test_a_plan_in_the_present_passive_looks_ahead() -> None:
    # "Talks are planned for Sunday" in Saturday's report: tomorrow, not last Sunday
    words = [("Talks", "talk", "NNS", "nsubjpass", 2), ("are", "be", "VBP", "auxpass", 2),
             ("planned", "plan", "VBN", "ROOT", 2), ("for", "for", "IN", "prep", 2),
             ("Sunday", "sunday", "NNP", "pobj", 3)]  # fmt: skip
    toks, pos = [], 0
    for k, (word, lemma, tag, dep, head) in enumerate(words):
        toks.append(Token(k, word, lemma, "VERB" if tag.startswith("VB") else "", tag, dep, head, pos))
        pos += len(word) + 1
    text = " ".join(w for w, *_ in words)
    s = Sentence(0, text, 0, len(text), tuple(toks), (), parsed=True)
    assert resolve_date(s, 0, SAT) == (date(2023, 1, 15), "day", "Sunday")


def test_a_dateline_day_is_never_read_ahead() -> None:
    # "PRISTINA, June 3 (Reuters) - NATO will deploy forces" published June 12: the filing day,
    # June 3 of the same year, though the verb looks ahead
    s = parsed([("PRISTINA", "NNP", "npadvmod", 8), (",", ",", "punct", 0), ("June", "NNP", "npadvmod", 8),
                ("3", "CD", "nummod", 2), ("(Reuters)", "NNP", "appos", 2), ("-", ":", "punct", 8),
                ("NATO", "NNP", "nsubj", 8), ("will", "MD", "aux", 8), ("deploy", "VB", "ROOT", 8),
                ("forces", "NNS", "dobj", 8)])  # fmt: skip
    assert resolve_date(s, 8, datetime(2025, 6, 12, tzinfo=UTC)) == (date(2025, 6, 3), "day", "June 3")


def test_an_event_the_coder_reads_as_future_counts_its_own_date_forward() -> None:
    # "Britain could send troops in January, the minister said" (a November report): "could" is
    # as often past as ahead, but the coder read the sending as still to come, so next January;
    # the day the statement was made ("said on Friday") is the reporting verb's, by its own tense
    words = [("Britain", "NNP", "nsubj", 2), ("could", "MD", "aux", 2), ("send", "VB", "ccomp", 9),
             ("troops", "NNS", "dobj", 2), ("in", "IN", "prep", 2), ("January", "NNP", "pobj", 4),
             (",", ",", "punct", 9), ("the", "DT", "det", 8), ("minister", "NN", "nsubj", 9),
             ("said", "VBD", "ROOT", 9), ("on", "IN", "prep", 9), ("Friday", "NNP", "pobj", 10)]  # fmt: skip
    s = parsed(words)
    november = datetime(2025, 11, 20, tzinfo=UTC)
    assert resolve_date(s, 2, november, future=True) == (date(2026, 1, 1), "month", "in January")
    assert resolve_date(s, 2, november) == (date(2025, 1, 1), "month", "in January")
    assert resolve_date(s, 9, november)[0] == date(2025, 11, 14)


def test_an_aside_has_its_own_time_but_a_when_clause_shares_the_event_s() -> None:
    # "Russia, which deployed instructors last year, will train the force": last year is the
    # deployment's; "were killed when a bomb struck the convoy on Tuesday": Tuesday is the killing's
    aside = parsed([("Russia", "NNP", "nsubj", 9), (",", ",", "punct", 0), ("which", "WDT", "nsubj", 3),
                    ("deployed", "VBD", "relcl", 0), ("instructors", "NNS", "dobj", 3),
                    ("last", "JJ", "amod", 6), ("year", "NN", "npadvmod", 3), (",", ",", "punct", 0),
                    ("will", "MD", "aux", 9), ("train", "VB", "ROOT", 9), ("the", "DT", "det", 11),
                    ("force", "NN", "dobj", 9)])  # fmt: skip
    assert resolve_date(aside, 9, SAT) == (None, None, None)
    assert resolve_date(aside, 3, SAT)[1:] == ("year", "last year")
    when = parsed([("Soldiers", "NNS", "nsubjpass", 2), ("were", "VBD", "auxpass", 2),
                   ("killed", "VBN", "ROOT", 2), ("when", "WRB", "advmod", 6), ("a", "DT", "det", 5),
                   ("bomb", "NN", "nsubj", 6),
                   ("struck", "VBD", "advcl", 2), ("the", "DT", "det", 8), ("convoy", "NN", "dobj", 6),
                   ("on", "IN", "prep", 6), ("Tuesday", "NNP", "pobj", 9)])  # fmt: skip
    assert resolve_date(when, 2, SAT) == (date(2023, 1, 10), "day", "on Tuesday")


def test_the_day_of_a_statement_does_not_date_what_had_happened_before_it() -> None:
    # "The army said on Monday that rebels had attacked": before Monday, not on it; "… that rebels
    # attacked" keeps the statement's day
    words = [("The", "DT", "det", 1), ("army", "NN", "nsubj", 2), ("said", "VBD", "ROOT", 2),
             ("on", "IN", "prep", 2), ("Monday", "NNP", "pobj", 3), ("that", "IN", "mark", 8),
             ("rebels", "NNS", "nsubj", 8), ("had", "VBD", "aux", 8),
             ("attacked", "VBN", "ccomp", 2)]  # fmt: skip
    assert resolve_date(parsed(words), 8, SAT) == (None, None, None)
    simple = [w for w in words if w[0] != "had"]
    simple = [(w, "VBD" if w == "attacked" else t, d, h - (h > 7)) for w, t, d, h in simple]
    assert resolve_date(parsed(simple), 7, SAT) == (date(2023, 1, 9), "day", "on Monday")


def test_a_date_closing_an_event_noun_phrase_dates_that_event_not_the_trigger() -> None:
    # "The general went on trial on Tuesday on charges over a raid on a depot in May", with "in
    # May" hung on "charges" as the parser does: May dates the raid, Tuesday the charges
    s = parsed([("The", "DT", "det", 1), ("general", "NN", "nsubj", 2), ("went", "VBD", "ROOT", 2),
                ("on", "IN", "prep", 2), ("trial", "NN", "pobj", 3), ("on", "IN", "prep", 2),
                ("Tuesday", "NNP", "pobj", 5), ("on", "IN", "prep", 2), ("charges", "NNS", "pobj", 7),
                ("over", "IN", "prep", 8), ("a", "DT", "det", 11), ("raid", "NN", "pobj", 9),
                ("on", "IN", "prep", 11), ("a", "DT", "det", 14), ("depot", "NN", "pobj", 12),
                ("in", "IN", "prep", 8), ("May", "NNP", "pobj", 15)])  # fmt: skip
    assert resolve_date(s, 8, SAT) == (date(2023, 1, 10), "day", "on Tuesday")
    assert resolve_date(s, 11, SAT) == (date(2022, 5, 1), "month", "in May")


def test_an_event_noun_the_trigger_happens_in_shares_its_date() -> None:
    # "Two soldiers were killed in a raid in May": the killing happened in the raid, in May
    s = parsed([("Two", "CD", "nummod", 1), ("soldiers", "NNS", "nsubjpass", 3),
                ("were", "VBD", "auxpass", 3), ("killed", "VBN", "ROOT", 3), ("in", "IN", "prep", 3),
                ("a", "DT", "det", 6), ("raid", "NN", "pobj", 4), ("in", "IN", "prep", 3),
                ("May", "NNP", "pobj", 7)])  # fmt: skip
    assert resolve_date(s, 3, SAT) == (date(2022, 5, 1), "month", "in May")


def test_what_is_to_come_takes_no_date_from_the_verb_reporting_it() -> None:
    # "Lima recalled its envoy on Friday and said it would cut all trade", "said" hung on
    # "recalled": Friday dates the recall, not the cut still to come
    s = parsed([("Lima", "NNP", "nsubj", 1), ("recalled", "VBD", "ROOT", 1), ("its", "PRP$", "poss", 3),
                ("envoy", "NN", "dobj", 1), ("on", "IN", "prep", 1), ("Friday", "NNP", "pobj", 4),
                ("and", "CC", "cc", 1), ("said", "VBD", "conj", 1), ("it", "PRP", "nsubj", 10),
                ("would", "MD", "aux", 10), ("cut", "VB", "ccomp", 7), ("all", "DT", "det", 12),
                ("trade", "NN", "dobj", 10)])  # fmt: skip
    assert resolve_date(s, 1, SAT) == (date(2023, 1, 13), "day", "on Friday")
    assert resolve_date(s, 10, SAT) == (None, None, None)
