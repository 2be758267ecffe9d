"""Round 14b place and date rules on wire sentences of our own (tests/golden/places14b.jsonl): a
country named as the owner or modifier of its forces and envoys ("U.S. soldiers", "China's
ambassador") is whose, not where; a shared sea, gulf or strait lies in the coastal state the
report is about; a ship's name is no town; "al-Qaim" is a town; a time closing a noun phrase
through a hyphenated modifier dates that phrase's event; what a present fear speaks of with
"could" is still to come. The located events of places16.jsonl are checked here too."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest

from frontwatch.models import Event
from frontwatch.nlp import parse_many
from frontwatch.resolve.dates import resolve_date
from frontwatch.resolve.sea_coasts import sea_coasts
from frontwatch.resolve.vessel_names import vessel_names

# the place files whose located events this module checks (the blind probes' places of sessions
# 14–17)
GOLDEN = [
    Path(__file__).parent / "golden" / name
    for name in ("places14b.jsonl", "places16.jsonl", "places17.jsonl", "places17b.jsonl")
]
RECORDS = [
    json.loads(line)
    for path in GOLDEN
    for line in path.read_text(encoding="utf-8").splitlines()
    if line.strip()
]


def _located(events: list[Event], event_type: str) -> set[str | None]:
    return {e.location.country if e.location else None for e in events if e.event_type == event_type}


@pytest.mark.parametrize("record", RECORDS, ids=[r["id"] for r in RECORDS])
def test_golden_places(coder: Callable[[str, datetime], list[Event]], record: dict[str, Any]) -> None:
    """Every gold event's place (or its lack of one, where the record says so) is among the
    coder's places for its type, and no must-not place comes out."""
    events = coder(record["text"], datetime.fromisoformat(record["published"]).replace(tzinfo=UTC))
    for gold in record["events"]:
        if "location_country" in gold:
            assert gold["location_country"] in _located(events, gold["event_type"]), gold
    for spec in record["not_events"]:
        if "location_country" in spec:
            assert spec["location_country"] not in _located(events, spec["event_type"]), spec


def test_the_sea_coasts_cover_only_known_waters() -> None:
    """Each water of sea_coasts.tsv has coastal states in ISO alpha-3, and oceans have none."""
    coasts = sea_coasts()
    assert coasts["Gulf of Finland"] == frozenset({"FIN", "EST", "RUS"})
    assert "Pacific Ocean" not in coasts
    assert all(len(c) == 3 and c.isupper() for cs in coasts.values() for c in cs)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Chinese ships blocked a mission to the grounded warship Sierra Madre.", {"sierra madre"}),
        ("Finnish police seized the oil tanker Eagle S in the Gulf of Finland.", {"eagle s"}),
        ("A missile struck near the destroyer USS Carney in the Red Sea.", {"carney"}),
        ("Officials inspected the tanker Iran seized last week.", set()),  # a clause, not a name
        ("Rebels attacked a ship Tuesday off Hodeidah.", set()),  # no "the": a day, not a name
    ],
)
def test_a_name_after_a_vessel_noun_names_the_ship(model: Any, text: str, names: set[str]) -> None:
    doc = next(iter(parse_many([text], model)))
    assert set(vessel_names(doc.sentences)) == names


DATES = [
    # "last year" closes the phrase of "a crackdown on student-led protests": it dates the crackdown
    (
        "A tribunal on Monday sentenced the ex-minister over a crackdown on student-led protests last year.",
        "sentenced",
        date(2025, 11, 18),
        date(2025, 11, 17),
    ),
    (
        "A court on Tuesday jailed three activists over Iran-backed attacks on shipping last month.",
        "jailed",
        date(2025, 3, 12),
        date(2025, 3, 11),
    ),
    # what a present fear or warning speaks of with "could" is still to come
    (
        "Rights groups fear that police could use live ammunition at Thursday's march.",
        "use",
        date(2024, 6, 26),
        date(2024, 6, 27),
    ),
    ("Residents fear that the dam could burst on Friday.", "burst", date(2024, 6, 26), date(2024, 6, 28)),
    # but not a past fear, nor "could" said of the past
    ("Officials warned that rebels could attack on Friday.", "attack", date(2024, 6, 26), date(2024, 6, 21)),
    (
        "Police said they could not use force at Thursday's march.",
        "use",
        date(2024, 6, 26),
        date(2024, 6, 20),
    ),
]


@pytest.mark.parametrize(("text", "trigger", "published", "expected"), DATES)
def test_dates_of_nominal_phrases_and_fears(
    model: Any, text: str, trigger: str, published: date, expected: date
) -> None:
    sentence = next(iter(parse_many([text], model))).sentences[0]
    k = next(t.i for t in sentence.tokens if t.text == trigger)
    assert resolve_date(sentence, k, published)[0] == expected
