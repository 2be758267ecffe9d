"""Store benchmark: insert 100,000 events into SQLite, then time filtered `list_events` pages.

    .venv/bin/python benchmarks/store.py [--events 100000] [--queries 300] [--db URL]

Events go in through `store_article` (one transaction per article, 5 events each: the
pipeline's write path), then again through `store_articles` in batches of 500 (the batch
path). Queries mix the CLI/API filters (type, actor, recipient, country, factuality, date
range, confidence) and ask for the first page of 100 or the page after it.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from frontwatch.models import Article, Entity, Event, EventFilter, Evidence, Place, event_id, sha256_hex
from frontwatch.store import open_store

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


def _filter(rng: random.Random) -> EventFilter:
    since = START + timedelta(days=rng.randrange(700))
    choices = [
        EventFilter(event_type=(rng.choice(TYPES),)),
        EventFilter(actor=rng.choice(COUNTRIES)),
        EventFilter(recipient=rng.choice(COUNTRIES)),
        EventFilter(country=rng.choice(COUNTRIES)),
        EventFilter(actor=rng.choice(COUNTRIES), recipient=rng.choice(COUNTRIES)),
        EventFilter(country=rng.choice(COUNTRIES), factuality=("actual",), since=since),
        EventFilter(
            event_type=(rng.choice(TYPES), rng.choice(TYPES)), since=since, until=since + timedelta(30)
        ),
        EventFilter(factuality=("negated", "future"), min_confidence=0.5),
        EventFilter(
            actor=rng.choice(COUNTRIES), event_type=(rng.choice(TYPES),), country=rng.choice(COUNTRIES)
        ),
        EventFilter(),
    ]
    return rng.choice(choices)


def _percentiles(samples: list[float]) -> str:
    ms = sorted(s * 1000 for s in samples)
    p99 = ms[min(len(ms) - 1, round(0.99 * (len(ms) - 1)))]
    return f"p50 {statistics.median(ms):.1f} ms, p99 {p99:.1f} ms, max {ms[-1]:.1f} ms (n={len(ms)})"


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
        started = time.perf_counter()
        for art, events in batch:
            store.store_article(art, art.text.encode(), list(range(128)), events)
        took = time.perf_counter() - started
        total = store.count_events(EventFilter())
        print(f"insert: {total} events ({len(batch)} articles) in {took:.1f} s "
              f"= {total / took:,.0f} events/s via store_article (one transaction per article)")  # fmt: skip
        if not args.db:
            batched = open_store(f"sqlite:///{Path(tmp) / 'batched.db'}")
            started = time.perf_counter()
            for i in range(0, len(batch), 500):
                batched.store_articles(
                    [(a, a.text.encode(), list(range(128)), ev) for a, ev in batch[i : i + 500]]
                )
            took = time.perf_counter() - started
            print(f"insert: {total} events in {took:.1f} s = {total / took:,.0f} events/s "
                  "via store_articles (500 articles per transaction)")  # fmt: skip
            batched.close()
        lists, counts, second = [], [], []
        for _ in range(args.queries):
            flt = _filter(rng)
            t0 = time.perf_counter()
            page = store.list_events(flt, None, 100)
            lists.append(time.perf_counter() - t0)
            if page.next:
                t0 = time.perf_counter()
                store.list_events(flt, page.next, 100)
                second.append(time.perf_counter() - t0)
            t0 = time.perf_counter()
            store.count_events(flt)
            counts.append(time.perf_counter() - t0)
        print(f"list_events first page (100): {_percentiles(lists)}")
        if second:
            print(f"list_events next page (100):  {_percentiles(second)}")
        print(f"count_events:                 {_percentiles(counts)}")
        store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
