"""Story benchmarks: clustering quality on the hand-labelled samples, and incremental speed.

    .venv/bin/python benchmarks/stories.py quality [--samples samples] [--labels samples/labels.tsv]
    .venv/bin/python benchmarks/stories.py speed [--events 100000] [--arrivals 50] [--db URL]

quality — runs the full pipeline (`frontwatch.pipeline.ingest_documents`, one call per document
of each sample file or container, files in name order) into a temporary SQLite store, matches our
events to the rows of samples/labels.tsv (file, sentence snippet, event_type, actor_country,
recipient_country, location_country, factuality, attribution_country, story_id) by file — a
container item (`feeds/x.rss#URL`, JSON Lines line, WARC record) by the item's own URL, so that an
item whose text is identical to an article stored before (stored once, under the first URL) still
finds its events — and sentence snippet (whitespace and case normalised) and type; among several
events, the one agreeing with the row on most of actor, recipient, location country and
factuality; one event stands for at most one row of a file. It scores our story assignments
against the hand-labelled story ids over every pair of matched rows: precision = pairs we put
together that the labels put together / pairs we put together; recall = the same over the pairs
the labels put together. Floors: both ≥ 0.9. Label rows no event matched are counted and listed
(the coder gives no event of the labelled type in that sentence: coder misses, not clustering
errors). It also checks that `rebuild_stories` gives the stories the incremental updates
made during ingest.

speed — a store of N synthetic events (20% of articles are re-posts of an earlier one; the rest
report world events drawn near their publication day, so stories have several members) built
through `store_article` and `rebuild_stories`; then `--arrivals` new articles arrive one by one
and the time of `update_stories` for each is measured. Floor: p95 < 200 ms. Then as many more
arrive as one batch (stored first, merged by one `update_stories` call, as the pipeline stores a
batch in one transaction) and the CPU per article is compared.
"""

from __future__ import annotations

import argparse
import csv
import itertools
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from frontwatch.analyze.stories import rebuild_stories, update_stories
from frontwatch.models import (
    Article,
    Entity,
    Event,
    EventFilter,
    Evidence,
    Place,
    RawDocument,
    event_id,
    sha256_hex,
)
from frontwatch.store import Store, iter_pages, open_store

ROOT = Path(__file__).resolve().parents[1]
FLOOR_PR = 0.9
FLOOR_MS = 200.0


# quality -------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Label:
    file: str
    snippet: str
    event_type: str
    actor_country: str
    story_id: str
    recipient_country: str = ""
    location_country: str = ""
    factuality: str = ""


def read_labels(path: Path) -> list[Label]:
    """Rows of labels.tsv that carry a story id (`#` lines are comments, the first other line
    names the columns; the snippet column is the one whose name contains "sentence" or
    "snippet")."""
    with path.open(encoding="utf-8", newline="") as fh:
        lines = [line for line in fh if line.strip() and not line.startswith("#")]
    rows = list(csv.DictReader(lines, delimiter="\t"))
    if not rows:
        return []
    snippet_col = next((k for k in rows[0] if k and ("sentence" in k or "snippet" in k)), "sentence")
    return [
        Label(
            file=(r.get("file") or "").strip(),
            snippet=" ".join((r.get(snippet_col) or "").split()),
            event_type=(r.get("event_type") or "").strip().upper(),
            actor_country=(r.get("actor_country") or "").strip().upper(),
            story_id=(r.get("story_id") or "").strip(),
            recipient_country=(r.get("recipient_country") or "").strip().upper(),
            location_country=(r.get("location_country") or "").strip().upper(),
            factuality=(r.get("factuality") or "").strip().lower(),
        )
        for r in rows
        if (r.get("story_id") or "").strip() and (r.get("file") or "").strip()
    ]


def pairwise(ours: Sequence[str | None], gold: Sequence[str]) -> tuple[float, float, int, int]:
    """(precision, recall, pairs together in ours, pairs together in gold) over all pairs."""
    both = together_ours = together_gold = 0
    for i, j in itertools.combinations(range(len(gold)), 2):
        same_ours = ours[i] is not None and ours[i] == ours[j]
        same_gold = gold[i] == gold[j]
        together_ours += same_ours
        together_gold += same_gold
        both += same_ours and same_gold
    precision = both / together_ours if together_ours else 1.0
    recall = both / together_gold if together_gold else 1.0
    return precision, recall, together_ours, together_gold


def _norm(text: str) -> str:
    return " ".join(text.split()).lower()


def _split(countries: str) -> set[str]:
    return {c.strip() for c in countries.split(",") if c.strip()}


def _agreement(label: Label, event: Event) -> int:
    """How many of the label's actor, recipient, location country and factuality the event has."""
    actors = {a.country for a in event.actors if a.country}
    recipients = {r.country for r in event.recipients if r.country}
    place = event.location.country if event.location else None

    def agrees(gold: str, ours: set[str]) -> bool:
        return bool(_split(gold) & ours) or (not gold and not ours)

    return (
        agrees(label.actor_country, actors) + agrees(label.recipient_country, recipients)
        + (label.location_country == (place or "")) + (label.factuality == event.factuality)
    )  # fmt: skip


def match_labels(labels: Sequence[Label], by_file: Mapping[str, Sequence[Event]]) -> list[Event | None]:
    """The event each label row stands for, or None: an event of the row's file (or container
    item) whose evidence sentence contains the row's snippet (whitespace and case normalised)
    and whose type is the row's; among several, the one agreeing on most of actor, recipient,
    location country and factuality. One event stands for one row of a file at most (a sentence
    labelled with several stories, as "the latest of several deployments", gives as many rows
    as the coder gives events), rows taken in file order."""
    out: list[Event | None] = []
    taken: set[tuple[str, str]] = set()
    for label in labels:
        snippet = _norm(label.snippet)
        found = [
            e for e in by_file.get(label.file, [])
            if snippet and e.event_type == label.event_type and snippet in _norm(e.evidence.sentence)
            and (label.file, e.id) not in taken
        ]  # fmt: skip
        best = max(found, key=lambda e: _agreement(label, e), default=None)  # first of the ties
        if best is not None:
            taken.add((label.file, best.id))
        out.append(best)
    return out


def _describe(event: Event, store: Store) -> str:
    article = store.get_article(event.article_id)
    where = f"{event.location.name}/{event.location.country}" if event.location else "-"
    actors = ",".join(e.country or "?" for e in event.actors)
    recipients = ",".join(e.country or "?" for e in event.recipients)
    outlet = article.outlet if article else "?"
    dup = " (re-post)" if article and article.duplicate_of else ""
    return (f"{event.event_type} {actors}→{recipients} at {where} on {event.date} {event.factuality} "
            f"[{outlet}{dup}] {event.evidence.sentence[:60]!r}")  # fmt: skip


def _explain(matched: Sequence[tuple[Label, Event]], store: Store) -> None:
    """Print the pairs on which our stories and the labels disagree."""
    for (la, ea), (lb, eb) in itertools.combinations(matched, 2):
        same_ours = ea.story_id is not None and ea.story_id == eb.story_id
        same_gold = la.story_id == lb.story_id
        if same_ours == same_gold or ea.id == eb.id:
            continue
        kind = "merged, labels differ" if same_ours else f"split, labels say {la.story_id}"
        print(f"  {kind}:\n    {_describe(ea, store)}\n    {_describe(eb, store)}")


def quality(samples: Path, labels_path: Path, verbose: bool = False) -> int:
    """Clustering precision / recall against the hand labels; 1 when under the floor."""
    if not labels_path.exists():
        print(f"quality: skipped, {labels_path} does not exist")
        return 0
    try:
        from frontwatch.config import Settings
        from frontwatch.ingest import iter_documents
        from frontwatch.pipeline import Resources, ingest_documents
    except ImportError as exc:
        print(f"quality: skipped, the pipeline cannot be imported ({exc})")
        return 0
    labels = read_labels(labels_path)
    # "feeds/x.rss#URL" names one item of a container: each item is ingested on its own so that
    # the label finds the events of that item, by the item's own URL, even when the item's text
    # is identical to an article stored before (same article id, stored once, under its URL)
    containers = sorted({label.file.split("#", 1)[0] for label in labels})
    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings(db_url=f"sqlite:///{Path(tmp) / 'samples.db'}", allow_network=False)
        store = open_store(settings.db_url)
        res = Resources.load(settings)
        by_file: dict[str, list[Event]] = {}
        started = time.perf_counter()
        for name in containers:
            path = samples / name if (samples / name).exists() else ROOT / name
            for doc in iter_documents([str(path)], settings):
                summary = ingest_documents([doc], settings, store, res)
                for aid in dict.fromkeys(summary.article_ids):
                    events = store.list_events(EventFilter(article_id=aid), None, 1000).items
                    by_file.setdefault(name, []).extend(events)
                    if isinstance(doc, RawDocument) and doc.url:
                        by_file.setdefault(f"{name}#{doc.url}", []).extend(events)
        took = time.perf_counter() - started
        ours: list[str | None] = []
        gold: list[str] = []
        matched: list[tuple[Label, Event]] = []
        missed: list[Label] = []
        for label, event in zip(labels, match_labels(labels, by_file), strict=True):
            if event is None:
                missed.append(label)
                continue
            stored = store.get_event(event.id) or event
            ours.append(stored.story_id)
            gold.append(label.story_id)
            matched.append((label, stored))
        if verbose:
            _explain(matched, store)
        incremental = _partition(store)
        rebuild_stories(store)
        same = incremental == _partition(store)
        # and one update_stories call for every event at once (the largest batch)
        for story in list(iter_pages(lambda c: store.list_stories(EventFilter(), c, 1000))):
            store.delete_story(story.id)
        events = list(iter_pages(lambda c: store.list_events(EventFilter(), c, 1000)))
        arts = {a.id: a for a in (store.get_article(i) for i in {e.article_id for e in events}) if a}
        update_stories(store, events, arts)
        batched = incremental == _partition(store)
        store.close()
    p, r, n_ours, n_gold = pairwise(ours, gold)
    print(f"quality: {len(containers)} files ingested in {took:.1f} s; {len(gold)}/{len(labels)} label rows "
          f"matched to events; {len(set(gold))} labelled stories")  # fmt: skip
    print(f"pairwise precision {p:.3f} ({n_ours} pairs together in ours), "
          f"recall {r:.3f} ({n_gold} pairs together in the labels); floor {FLOOR_PR}")  # fmt: skip
    print(f"incremental update_stories vs rebuild_stories: {'identical' if same else 'DIFFERENT'} stories "
          f"({len(incremental)} stories); vs one update_stories call for all events: "
          f"{'identical' if batched else 'DIFFERENT'}")  # fmt: skip
    if verbose:
        for label in missed:
            print(f"  unmatched: {label.file}: {label.event_type} {label.snippet[:70]!r}")
    return 0 if p >= FLOOR_PR and r >= FLOOR_PR and same and batched else 1


def _partition(store: Store) -> set[frozenset[str]]:
    """The stored stories as sets of event ids (story ids aside)."""
    events = list(iter_pages(lambda c: store.list_events(EventFilter(), c, 1000)))
    groups: dict[str, set[str]] = {}
    for event in events:
        if event.story_id:
            groups.setdefault(event.story_id, set()).add(event.id)
    return {frozenset(g) for g in groups.values()}


# speed ---------------------------------------------------------------------------------------
COUNTRIES = ["RUS", "UKR", "BLR", "POL", "USA", "DEU", "FRA", "GBR", "LTU", "LVA", "EST", "MDA", "GEO", "TUR"]
TYPES = ["MOBILIZE", "ASSAULT", "ACCUSE", "CONSULT", "COOPERATE", "THREATEN", "AID", "REJECT", "AGREE"]
FACTS = ["actual"] * 6 + ["future", "hypothetical", "negated"]
CITIES = [
    ("Brest", 52.1, 23.7), ("Gomel", 52.43, 31.0), ("Kharkiv", 49.99, 36.23), ("Sumy", 50.91, 34.8),
    ("Chernihiv", 51.5, 31.3), ("Grodno", 53.68, 23.83), ("Vitebsk", 55.19, 30.2), ("Kupiansk", 49.71, 37.6),
]  # fmt: skip
START = datetime(2022, 1, 1, tzinfo=UTC)
DAYS = 365


@dataclass(frozen=True)
class World:
    """A real-world event many articles may report."""

    kind: str
    actor: str
    recipient: str | None
    place: Place
    day: date
    factuality: str


def _world(rng: random.Random, n: int) -> list[World]:
    out = []
    for _ in range(n):
        actor, recipient, where = rng.sample(COUNTRIES, 3)
        city = rng.choice(CITIES)
        place = (Place(city[0], city[0], where, None, city[1], city[2], "city") if rng.random() < 0.5
                 else Place(where, where, where, None, 50.0, 30.0, "country"))  # fmt: skip
        day = (START + timedelta(days=rng.randrange(DAYS))).date()
        target = recipient if rng.random() < 0.7 else None
        out.append(World(rng.choice(TYPES), actor, target, place, day, rng.choice(FACTS)))
    return out


def _article(rng: random.Random, n: int, world: Sequence[World], by_day: dict[date, list[int]],
             original: Article | None, ingested: datetime) -> tuple[Article, list[Event]]:  # fmt: skip
    """Article n: a re-post of `original` (same sentences) or a fresh report of 5 world events."""
    text = f"Synthetic story benchmark report {n}. " + "Troops moved near the border. " * 5
    published = (original.published if original and original.published else START) + timedelta(
        hours=rng.randrange(48) if original else rng.randrange(DAYS * 24)
    )
    art = Article(
        id=sha256_hex(text), url=f"https://bench.example/{n}", outlet=f"Outlet {n % 60}",
        title=f"Report {n}", published=published, text=text, language="en", ingested_at=ingested,
        duplicate_of=original.id if original else None,
    )  # fmt: skip
    day = published.date()
    near = [w for d in range(-2, 1) for w in by_day.get(day + timedelta(days=d), [])]
    picks = rng.sample(near, min(5, len(near))) if near else []
    picks += [rng.randrange(len(world)) for _ in range(5 - len(picks))]
    if original is not None:  # a re-post carries the same world events
        rng_state = random.Random(original.id)
        picks = [rng_state.randrange(len(world)) for _ in range(5)]
    events = []
    for k, index in enumerate(picks):
        w = world[index]
        when = w.day if rng.random() > 0.05 else None
        events.append(Event(
            id=event_id(art.id, k, 40 * k, w.kind), article_id=art.id, event_type=w.kind, mode=None,
            contexts=("military",), actors=(Entity(w.actor, w.actor, w.actor, "MIL"),),
            recipients=(Entity(w.recipient, w.recipient, w.recipient, "GOV"),) if w.recipient else (),
            location=w.place, date=when, date_precision="day" if when else None, date_text=None,
            factuality=w.factuality, attribution=None,
            evidence=Evidence("Troops moved near the border.", k, 40 * k, 40 * k + 29, "moved"),
            intensity=-3.0, confidence=0.8,
        ))  # fmt: skip
    return art, events


def _percentiles(samples: list[float]) -> tuple[float, float, float, str]:
    ms = sorted(s * 1000 for s in samples)
    p95 = ms[min(len(ms) - 1, round(0.95 * (len(ms) - 1)))]
    text = f"p50 {statistics.median(ms):.1f} ms, p95 {p95:.1f} ms, max {ms[-1]:.1f} ms (n={len(ms)})"
    return statistics.median(ms), p95, ms[-1], text


def _build(store: Store, rng: random.Random, n_articles: int, world: Sequence[World],
           by_day: dict[date, list[int]]) -> list[Article]:  # fmt: skip
    originals: list[Article] = []
    for n in range(n_articles):
        original = rng.choice(originals) if originals and rng.random() < 0.2 else None
        art, events = _article(rng, n, world, by_day, original, START + timedelta(days=400, seconds=n))
        store.store_article(art, art.text.encode(), None, events)
        if original is None:
            originals.append(art)
    return originals


def speed(n_events: int, arrivals: int, url: str | None) -> int:
    """Time update_stories for single arriving articles in a store of `n_events` events."""
    rng = random.Random(11)
    world = _world(rng, n_events // 4)
    by_day: dict[date, list[int]] = {}
    for i, w in enumerate(world):
        by_day.setdefault(w.day, []).append(i)
    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(url or f"sqlite:///{Path(tmp) / 'stories.db'}")
        t0 = time.perf_counter()
        originals = _build(store, rng, n_events // 5, world, by_day)
        loaded = time.perf_counter() - t0
        total = store.count_events(EventFilter())
        t0 = time.perf_counter()
        stories = rebuild_stories(store)
        rebuilt = time.perf_counter() - t0
        sizes = [len(s.event_ids) for s in stories]
        print(f"speed: {total} events in {n_events // 5} articles stored in {loaded:.1f} s; "
              f"rebuild_stories {rebuilt:.1f} s → {len(stories)} stories "
              f"(mean {statistics.mean(sizes):.2f} events, max {max(sizes)})")  # fmt: skip
        samples: list[float] = []
        cpu: list[float] = []
        for k in range(arrivals):
            n = n_events // 5 + k
            original = rng.choice(originals) if k % 2 else None
            art, events = _article(rng, n, world, by_day, original, START + timedelta(days=500, seconds=k))
            store.store_article(art, art.text.encode(), None, events)
            t0, c0 = time.perf_counter(), time.thread_time()
            update_stories(store, events, {art.id: art})
            samples.append(time.perf_counter() - t0)
            cpu.append(time.thread_time() - c0)
        # the same number of articles again, stored first and merged by one call (the batch the
        # pipeline stores in one transaction)
        batch_events: list[Event] = []
        batch_articles: dict[str, Article] = {}
        for k in range(arrivals):
            n = n_events // 5 + arrivals + k
            original = rng.choice(originals) if k % 2 else None
            art, events = _article(rng, n, world, by_day, original, START + timedelta(days=600, seconds=k))
            store.store_article(art, art.text.encode(), None, events)
            batch_events += events
            batch_articles[art.id] = art
        t0, c0 = time.perf_counter(), time.thread_time()
        update_stories(store, batch_events, batch_articles)
        batch_wall, batch_cpu = time.perf_counter() - t0, time.thread_time() - c0
        store.close()
    _, p95, _, text = _percentiles(samples)
    _, cpu95, _, cpu_text = _percentiles(cpu)
    print(f"update_stories for one arriving article (5 events), wall: {text}")
    print(f"update_stories, CPU of the calling thread (SQLite runs in-process): {cpu_text}")
    print(f"update_stories for {arrivals} articles in one call: {batch_wall:.2f} s wall, "
          f"{batch_cpu:.2f} s CPU ({1000 * batch_cpu / arrivals:.1f} ms CPU per article; one by one: "
          f"{1000 * statistics.mean(cpu):.1f} ms mean)")  # fmt: skip
    print(f"floor: p95 < {FLOOR_MS:.0f} ms (wall {'met' if p95 < FLOOR_MS else 'missed'}, "
          f"CPU {'met' if cpu95 < FLOOR_MS else 'missed'})")  # fmt: skip
    return 0 if p95 < FLOOR_MS else 1


def main() -> int:
    """Run the chosen benchmark(s) and print their figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("which", nargs="?", choices=["quality", "speed", "all"], default="all")
    parser.add_argument("--samples", type=Path, default=ROOT / "samples")
    parser.add_argument("--labels", type=Path, default=None)
    parser.add_argument("--verbose", "-v", action="store_true", help="list unmatched rows and disagreements")
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--arrivals", type=int, default=50)
    parser.add_argument("--db", help="store URL for speed (default: a SQLite file in a temporary directory)")
    args = parser.parse_args()
    code = 0
    if args.which in ("quality", "all"):
        code |= quality(args.samples, args.labels or args.samples / "labels.tsv", args.verbose)
    if args.which in ("speed", "all"):
        code |= speed(args.events, args.arrivals, args.db)
    return code


if __name__ == "__main__":
    sys.exit(main())
