"""Store benchmark: insert 100,000 events into SQLite, then time filtered `list_events` pages
(and `list_event_records`, the API's read of the same page).

    .venv/bin/python benchmarks/store.py [--events 100000] [--queries 300] [--db URL]

Events go in through `store_article` (one transaction per article, 5 events each: the
pipeline's write path), then again through `store_articles` in batches of 500 (the batch
path). Queries mix the CLI/API filters (type, actor, recipient, country, factuality, date
range, confidence) and ask for the first page of 100 or the page after it.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import TypeVar

from frontwatch.models import Article, Entity, Event, EventFilter, Evidence, Place, event_id, sha256_hex
from frontwatch.store import Store, open_store

T = TypeVar("T")

COUNTRIES = ["RUS", "UKR", "BLR", "POL", "USA", "DEU", "FRA", "GBR", "LTU", "LVA", "EST", "MDA", "GEO", "TUR"]
TYPES = ["MOBILIZE", "ASSAULT", "ACCUSE", "CONSULT", "COOPERATE", "THREATEN", "AID", "REJECT", "AGREE"]
FACTS = ["actual"] * 6 + ["future", "hypothetical", "negated"]
START = date(2022, 1, 1)


def _article(rng: random.Random, n: int) -> tuple[Article, list[Event]]:
    text = f"Synthetic benchmark report {n}. " + "Troops moved near the border. " * 5
    published = datetime(2022, 1, 1, tzinfo=UTC) + timedelta(hours=rng.randrange(2 * 365 * 24))
    art = Article(
        id=sha256_hex(text), url=f"https://bench.example/{n}", outlet=f"Outlet {n % 40}",
        title=f"Report {n}", published=published, text=text, language="en",
        ingested_at=datetime(2024, 1, 1, tzinfo=UTC) + timedelta(seconds=n),
    )  # fmt: skip
    events = []
    for k in range(5):
        actor, recipient, where = rng.sample(COUNTRIES, 3)
        kind = rng.choice(TYPES)
        day = published.date() - timedelta(days=rng.randrange(3)) if rng.random() > 0.05 else None
        events.append(Event(
            id=event_id(art.id, k, 40 * k, kind), article_id=art.id, event_type=kind, mode=None,
            contexts=("military",), actors=(Entity(actor, actor, actor, "MIL"),),
            recipients=(Entity(recipient, recipient, recipient, "GOV"),) if rng.random() < 0.7 else (),
            location=Place(where, where, where, None, 50.0, 30.0, "country"), date=day,
            date_precision="day" if day else None, date_text=None, factuality=rng.choice(FACTS),
            attribution=None,
            evidence=Evidence("Troops moved near the border.", k, 40 * k, 40 * k + 29, "moved"),
            intensity=-3.0, confidence=round(rng.random(), 3),
        ))  # fmt: skip
    return art, events


def _filter(rng: random.Random) -> tuple[str, EventFilter]:
    since = START + timedelta(days=rng.randrange(700))
    pick = rng.choice
    choices = [
        ("type", EventFilter(event_type=(rng.choice(TYPES),))),
        ("actor", EventFilter(actor=rng.choice(COUNTRIES))),
        ("recipient", EventFilter(recipient=rng.choice(COUNTRIES))),
        ("country", EventFilter(country=rng.choice(COUNTRIES))),
        ("actor+recipient", EventFilter(actor=rng.choice(COUNTRIES), recipient=rng.choice(COUNTRIES))),
        ("country+factuality+since",
         EventFilter(country=rng.choice(COUNTRIES), factuality=("actual",), since=since)),
        ("2 types+30 days",
         EventFilter(event_type=(pick(TYPES), pick(TYPES)), since=since, until=since + timedelta(30))),
        ("factuality+confidence", EventFilter(factuality=("negated", "future"), min_confidence=0.5)),
        ("actor+type+country",
         EventFilter(actor=pick(COUNTRIES), event_type=(pick(TYPES),), country=pick(COUNTRIES))),
        ("none", EventFilter()),
    ]  # fmt: skip
    return rng.choice(choices)


def _ms(samples: list[float], q: float) -> float:
    ms = sorted(s * 1000 for s in samples)
    return ms[min(len(ms) - 1, round(q * (len(ms) - 1)))]


def _percentiles(samples: list[float]) -> str:
    return f"p50 {_ms(samples, 0.5):.1f} ms, p99 {_ms(samples, 0.99):.1f} ms, max {_ms(samples, 1):.1f} ms"


def _timed(call: Callable[[], T]) -> tuple[T, float, float]:
    """The call's result, wall time and this thread's CPU time (SQLite runs in-thread)."""
    wall, cpu = time.perf_counter(), time.thread_time()
    result = call()
    return result, time.perf_counter() - wall, time.thread_time() - cpu


def _insert(store: Store, batch: list[tuple[Article, list[Event]]], size: int) -> float:
    started = time.perf_counter()
    if size == 1:
        for art, events in batch:
            store.store_article(art, art.text.encode(), list(range(128)), events)
    else:
        for i in range(0, len(batch), size):
            store.store_articles(
                [(a, a.text.encode(), list(range(128)), ev) for a, ev in batch[i : i + size]]
            )
    return time.perf_counter() - started


def main() -> int:
    """Run the benchmark and print its figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--queries", type=int, default=300)
    parser.add_argument("--db", help="store URL (default: a SQLite file in a temporary directory)")
    args = parser.parse_args()
    rng = random.Random(7)
    with tempfile.TemporaryDirectory() as tmp:
        url = args.db or f"sqlite:///{Path(tmp) / 'bench.db'}"
        store = open_store(url)
        batch = [_article(rng, n) for n in range(args.events // 5)]
        if store.count_events(EventFilter()) == 0:
            took = _insert(store, batch, 1)
            print(f"insert {args.events} events ({len(batch)} articles) via store_article, one transaction "
                  f"per article: {took:.1f} s = {args.events / took:,.0f} events/s")  # fmt: skip
        if not args.db:
            batched = open_store(f"sqlite:///{Path(tmp) / 'batched.db'}")
            took = _insert(batched, batch, 500)
            print(f"insert {args.events} events via store_articles, 500 articles per transaction: "
                  f"{took:.1f} s = {args.events / took:,.0f} events/s")  # fmt: skip
            batched.close()
        walls: dict[str, list[float]] = {"first": [], "records": [], "next": [], "count": []}
        cpus: dict[str, list[float]] = {"first": [], "records": [], "next": [], "count": []}
        by_kind: dict[str, list[float]] = {}
        for _ in range(args.queries):
            kind, flt = _filter(rng)
            page, wall, cpu = _timed(lambda flt=flt: store.list_events(flt, None, 100))  # type: ignore[misc]
            walls["first"].append(wall)
            cpus["first"].append(cpu)
            by_kind.setdefault(kind, []).append(wall)
            _, wall, cpu = _timed(lambda flt=flt: store.list_event_records(flt, None, 100))  # type: ignore[misc]
            walls["records"].append(wall)
            cpus["records"].append(cpu)
            if page.next:
                _, wall, cpu = _timed(lambda flt=flt, page=page: store.list_events(flt, page.next, 100))  # type: ignore[misc]
                walls["next"].append(wall)
                cpus["next"].append(cpu)
            _, wall, cpu = _timed(lambda flt=flt: store.count_events(flt))  # type: ignore[misc]
            walls["count"].append(wall)
            cpus["count"].append(cpu)
        names = {"first": "list_events, first page of 100", "records": "list_event_records, same page",
                 "next": "list_events, next page of 100", "count": "count_events"}  # fmt: skip
        for key, name in names.items():
            print(f"{name:31s} wall {_percentiles(walls[key])} | CPU {_percentiles(cpus[key])} "
                  f"(n={len(walls[key])})")  # fmt: skip
        slowest = sorted(by_kind.items(), key=lambda kv: -max(kv[1]))[:3]
        print("slowest filters (first page, wall max): "
              + ", ".join(f"{k} {max(v) * 1000:.0f} ms" for k, v in slowest))  # fmt: skip
        load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
        print(f"machine: {os.cpu_count()} CPUs, load average {load:.1f} at the end")
        store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
