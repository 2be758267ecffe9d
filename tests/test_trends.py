"""Trends count stories (not re-posts) and sum intensity per period and key."""

from __future__ import annotations

import csv
import io
import json
from datetime import date
from pathlib import Path

import pytest
from rich.console import Console

from frontwatch.analyze.trends import (
    chart_png,
    count_trends,
    period_of,
    render_table,
    to_csv,
    to_json,
    trends,
)
from frontwatch.models import Entity, EventFilter, Place, Story
from frontwatch.store.memory import MemoryStore

RUS = Entity("Russia", "Russia", "RUS", "MIL")
BLR = Entity("Belarus", "Belarus", "BLR", "GOV")
UKR = Entity("Ukraine", "Ukraine", "UKR", "GOV")


def story(sid: str, day: date | None, kind: str = "MOBILIZE", actors=(RUS,), recipients=(), where="BLR",
          intensity: float = -2.0, articles: int = 1) -> Story:  # fmt: skip
    place = Place(where, where, where, None, None, None, "country") if where else None
    return Story(
        id=sid, event_type=kind, mode=None, actors=tuple(actors), recipients=tuple(recipients),
        location=place, date=day, factuality="actual", intensity=intensity, first_reported=None,
        last_reported=None, num_articles=articles, num_outlets=articles, event_ids=(f"e{sid}",),
    )  # fmt: skip


STORIES = [
    story("1", date(2023, 1, 2), articles=30),  # a wire story re-posted 30 times counts once
    story("2", date(2023, 1, 2), kind="ASSAULT", recipients=(UKR,), where="UKR", intensity=-9.0),
    story("3", date(2023, 1, 3), actors=(RUS, BLR), recipients=(UKR,), kind="ASSAULT", intensity=-8.0),
    story("4", date(2023, 1, 9)),
    story("5", None),
]


def test_counts_by_type_per_day() -> None:
    rows, undated = count_trends(STORIES, "type", "day")
    assert undated == 1
    got = {(r.period.isoformat(), r.key): (r.stories, r.intensity) for r in rows}
    assert got == {
        ("2023-01-02", "MOBILIZE"): (1, -2.0),
        ("2023-01-02", "ASSAULT"): (1, -9.0),
        ("2023-01-03", "ASSAULT"): (1, -8.0),
        ("2023-01-09", "MOBILIZE"): (1, -2.0),
    }


def test_weeks_dyads_and_countries() -> None:
    assert period_of(date(2023, 1, 8), "week") == date(2023, 1, 2)
    rows, _ = count_trends(STORIES, "dyad", "week")
    got = {(r.period.isoformat(), r.key): r.stories for r in rows}
    assert got == {
        ("2023-01-02", "RUS→-"): 1, ("2023-01-02", "RUS→UKR"): 2, ("2023-01-02", "BLR→UKR"): 1,
        ("2023-01-09", "RUS→-"): 1,
    }  # fmt: skip
    rows, _ = count_trends(STORIES, "country", "week")
    assert {(r.key, r.stories) for r in rows if r.period == date(2023, 1, 2)} == {("BLR", 2), ("UKR", 1)}
    with pytest.raises(ValueError):
        count_trends(STORIES, "actor", "day")


def test_store_trends_and_outputs(tmp_path: Path) -> None:
    store = MemoryStore()
    for s in STORIES:
        store.put_story(s)
    table = trends(store, EventFilter(event_type=("ASSAULT",)), by="type", interval="week")
    assert [(r.key, r.stories, r.intensity) for r in table.rows] == [("ASSAULT", 2, -17.0)]
    doc = json.loads(to_json(table))
    assert doc["filters"] == {"event_type": ["ASSAULT"]} and doc["rows"][0]["stories"] == 2
    lines = list(csv.DictReader(io.StringIO(to_csv(table))))
    assert lines == [{"period": "2023-01-02", "key": "ASSAULT", "stories": "2", "intensity": "-17.0"}]
    buf = io.StringIO()
    Console(file=buf, width=200).print(render_table(trends(store, EventFilter())))
    assert "MOBILIZE" in buf.getvalue() and "1 undated" in buf.getvalue()
    # a grid wider than the terminal becomes one row per period and key, every cell readable
    everything = trends(store, EventFilter(), by="country", interval="day")
    assert len(everything.keys) >= 2
    grid, rows = io.StringIO(), io.StringIO()
    Console(file=grid, width=200).print(render_table(everything, width=200))
    Console(file=rows, width=60).print(render_table(everything, width=60))
    assert grid.getvalue().count("\n") < rows.getvalue().count("\n")
    for r in everything.rows:
        assert f"{r.period.isoformat()} │ {r.key}" in rows.getvalue()
    chart_png(table, tmp_path / "t.png")
    chart_png(trends(MemoryStore(), EventFilter()), tmp_path / "empty.png")
    for name in ("t.png", "empty.png"):
        assert (tmp_path / name).read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
