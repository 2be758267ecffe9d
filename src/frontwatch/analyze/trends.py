"""Trends: stories (not re-posts) and summed intensity per day or week, by type, dyad or country.

A story is placed in time by its event date; stories with no known date are counted apart
(`TrendTable.undated`). Keys: `type` is the PLOVER type; `dyad` is "actor country→recipient
country" for every pair of the story's countries ("RUS→-" when there is no recipient country,
"-" for a side with none), so a story with two actor countries counts once for each; `country`
is the location country ("-" when unknown). A week is labelled by its Monday.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from rich.table import Table

from ..models import EventFilter, Story
from ..store import Store, iter_pages

BY_VALUES = ("type", "dyad", "country")
INTERVALS = ("day", "week")
NONE_KEY = "-"
_PAGE = 500


@dataclass(frozen=True)
class TrendRow:
    """Stories and their summed intensity in one period for one key."""

    period: date
    key: str
    stories: int
    intensity: float


@dataclass(frozen=True)
class TrendTable:
    """A trend computation: its parameters, rows sorted by (period, key), undated stories."""

    by: str
    interval: str
    filters: dict[str, Any]
    rows: tuple[TrendRow, ...]
    undated: int = 0

    @property
    def periods(self) -> list[date]:
        return sorted({r.period for r in self.rows})

    @property
    def keys(self) -> list[str]:
        """Keys, most stories first."""
        totals: dict[str, int] = {}
        for row in self.rows:
            totals[row.key] = totals.get(row.key, 0) + row.stories
        return sorted(totals, key=lambda k: (-totals[k], k))


def period_of(day: date, interval: str) -> date:
    """The first day of the period holding `day` (itself, or the Monday of its week)."""
    return day - timedelta(days=day.weekday()) if interval == "week" else day


def story_keys(story: Story, by: str) -> list[str]:
    """The keys one story counts under."""
    if by == "type":
        return [story.event_type]
    if by == "country":
        return [story.location.country if story.location and story.location.country else NONE_KEY]
    actors = sorted({e.country for e in story.actors if e.country}) or [NONE_KEY]
    recipients = sorted({e.country for e in story.recipients if e.country}) or [NONE_KEY]
    return [f"{a}→{r}" for a in actors for r in recipients]


def count_trends(
    stories: Iterable[Story], by: str = "type", interval: str = "day"
) -> tuple[list[TrendRow], int]:
    """(rows, number of undated stories): the pure counting behind `trends`."""
    if by not in BY_VALUES:
        raise ValueError(f"by: {by!r} is not one of {', '.join(BY_VALUES)}")
    if interval not in INTERVALS:
        raise ValueError(f"interval: {interval!r} is not one of {', '.join(INTERVALS)}")
    counts: dict[tuple[date, str], list[float]] = {}
    undated = 0
    for story in stories:
        if story.date is None:
            undated += 1
            continue
        period = period_of(story.date, interval)
        for key in story_keys(story, by):
            cell = counts.setdefault((period, key), [0, 0.0])
            cell[0] += 1
            cell[1] += story.intensity
    rows = [TrendRow(p, k, int(c[0]), round(c[1], 3)) for (p, k), c in sorted(counts.items())]
    return rows, undated


def _stories(store: Store, flt: EventFilter) -> Iterator[Story]:
    return iter_pages(lambda c: store.list_stories(flt, c, _PAGE))


def trends(store: Store, flt: EventFilter, by: str = "type", interval: str = "day") -> TrendTable:
    """Story counts and summed intensity per period and key, for the stories matching `flt`."""
    rows, undated = count_trends(_stories(store, flt), by, interval)
    filters = {k: v for k, v in flt.to_dict().items() if v not in (None, [], (), False)}
    return TrendTable(by=by, interval=interval, filters=filters, rows=tuple(rows), undated=undated)


_GRID_PERIOD = 14  # a period column with its borders
_GRID_PAIR = 24  # a key's stories and intensity columns, wide enough for "MOBILIZE intensity"


def render_table(table: TrendTable, width: int | None = None) -> Table:
    """A terminal table: one row per period and one column pair (stories, intensity) per key,
    or, when that grid is wider than `width` characters, one row per period and key."""
    keys = table.keys
    title = f"stories by {table.by} per {table.interval}"
    if table.undated:
        title += f" ({table.undated} undated not shown)"
    out = Table(title=title)
    out.add_column(table.interval)
    if width is not None and _GRID_PERIOD + _GRID_PAIR * len(keys) > width:
        out.add_column(table.by)
        out.add_column("stories", justify="right")
        out.add_column("intensity", justify="right")
        for r in table.rows:
            out.add_row(r.period.isoformat(), r.key, str(r.stories), f"{r.intensity:g}")
        return out
    for key in keys:
        out.add_column(f"{key}\nstories", justify="right")
        out.add_column(f"{key}\nintensity", justify="right")
    cells = {(r.period, r.key): r for r in table.rows}
    for period in table.periods:
        values = [period.isoformat()]
        for key in keys:
            row = cells.get((period, key))
            values += [str(row.stories), f"{row.intensity:g}"] if row else ["", ""]
        out.add_row(*values)
    return out


def to_dict(table: TrendTable) -> dict[str, Any]:
    return {
        "by": table.by,
        "interval": table.interval,
        "filters": table.filters,
        "undated": table.undated,
        "periods": [p.isoformat() for p in table.periods],
        "keys": table.keys,
        "rows": [
            {"period": r.period.isoformat(), "key": r.key, "stories": r.stories, "intensity": r.intensity}
            for r in table.rows
        ],
    }


def to_json(table: TrendTable) -> str:
    """The table as a JSON document (parameters, periods, keys, rows)."""
    return json.dumps(to_dict(table), ensure_ascii=False, indent=2)


def to_csv(table: TrendTable) -> str:
    """One CSV line per (period, key): period,key,stories,intensity."""
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(["period", "key", "stories", "intensity"])
    for r in table.rows:
        writer.writerow([r.period.isoformat(), r.key, r.stories, r.intensity])
    return buf.getvalue()


def chart_png(table: TrendTable, path: Path | str, top: int = 8) -> None:
    """Stacked bars of stories per period for the `top` keys (the rest as "other"), with summed
    intensity as a line on a second axis; written as a PNG with matplotlib's Agg backend."""
    from matplotlib import dates as mdates
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    fig = Figure(figsize=(10, 4.8), dpi=100)
    FigureCanvasAgg(fig)
    ax = fig.add_subplot(1, 1, 1)
    periods = table.periods
    if not periods:
        ax.text(0.5, 0.5, "no dated stories", ha="center", va="center", transform=ax.transAxes)
        ax.set_axis_off()
        fig.savefig(str(path), format="png")
        return
    shown = table.keys[:top]
    series: dict[str, list[int]] = {k: [0] * len(periods) for k in [*shown, "other"]}
    intensity = [0.0] * len(periods)
    index = {p: i for i, p in enumerate(periods)}
    for r in table.rows:
        series[r.key if r.key in shown else "other"][index[r.period]] += r.stories
        intensity[index[r.period]] += r.intensity
    if not any(series["other"]):
        del series["other"]
    xs = [float(mdates.date2num(p)) for p in periods]
    width = 5.5 if table.interval == "week" else 0.8
    bottom = [0] * len(periods)
    for key, values in series.items():
        ax.bar(xs, values, width=width, bottom=bottom, label=key)
        bottom = [b + v for b, v in zip(bottom, values, strict=True)]
    ax.set_ylabel("stories")
    ax.set_title(f"stories by {table.by} per {table.interval}")
    ax.legend(loc="upper left", fontsize="small", ncols=2)
    twin = ax.twinx()
    twin.plot(xs, intensity, color="black", marker=".", linewidth=1, label="summed intensity")
    twin.set_ylabel("summed intensity")
    ax.xaxis_date()
    fig.autofmt_xdate()
    fig.tight_layout()
    fig.savefig(str(path), format="png")
