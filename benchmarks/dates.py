"""Dates and resolution speed: a hand-made set of date expressions against publication dates
(weekdays checked on a calendar), resolve_date throughput, gazetteer build and lookup speed, and
the share resolution (places + dates) adds to end-to-end time per article.

    .venv/bin/python benchmarks/dates.py [--rebuild] [--articles N]

The share is measured twice. First, and first in the process so every cache is cold, on the
real path: `pipeline.ingest` of JSON Lines into a fresh SQLite store (read, clean, parse, code,
resolve, store, stories), CPU of stage 6 (`resolve_events`) against the CPU of everything else,
on TR-News (event-dense local news, many places) and on the 77 real news bodies of
`benchmarks/throughput.py`, two passes each (the second on copies with one line changed, so
new articles with warm caches). Then a stand-in with every sentence's root as an event.

UCDP headlines are not used: they carry `date_start` but almost never a date expression, and no
publication date to resolve relative ones against.
"""

from __future__ import annotations

import argparse
import json
import re
import tempfile
import time
import xml.etree.ElementTree as ET
from datetime import date, datetime
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from frontwatch.config import Settings
from frontwatch.models import CodedEvent
from frontwatch.nlp import Sentence, Token, load_model, parse_many
from frontwatch.resolve.actors import ActorDictionary
from frontwatch.resolve.dates import resolve_date
from frontwatch.resolve.gazetteer import Gazetteer
from frontwatch.resolve.places import article_context, locate_event

EVAL = Path(__file__).resolve().parent.parent.parent / "shared" / "eval"
# a stand-in event for `locate_event`, which reads an event only for its type and parties
# (`state_places`): an attack with no named party, as most sentences give
_ASSAULT = SimpleNamespace(event_type="ASSAULT", actors=(), recipients=())

FRI = datetime(2023, 1, 6)  # a Friday
SUN = datetime(2022, 10, 9)  # a Sunday
WED = datetime(2024, 2, 28)  # a Wednesday, leap year
# (sentence, trigger word, published, expected date or None, precision)
CASES: list[tuple[str, str, datetime | None, date | None, str | None]] = [
    ("Troops arrived on Friday.", "arrived", FRI, date(2023, 1, 6), "day"),
    ("Troops arrived on Monday.", "arrived", FRI, date(2023, 1, 2), "day"),
    ("Troops arrived on Saturday.", "arrived", FRI, date(2022, 12, 31), "day"),
    ("Troops arrived on Saturday.", "arrived", SUN, date(2022, 10, 8), "day"),
    ("Missiles struck Kyiv on Sunday morning.", "struck", SUN, date(2022, 10, 9), "day"),
    ("Missiles struck Kyiv on Monday.", "struck", SUN, date(2022, 10, 3), "day"),
    ("The bridge was hit last Saturday.", "hit", SUN, date(2022, 10, 8), "day"),
    ("The bridge was hit last Sunday.", "hit", SUN, date(2022, 10, 2), "day"),
    ("Leaders will meet on Thursday.", "meet", WED, date(2024, 2, 29), "day"),
    ("Leaders will meet next Wednesday.", "meet", WED, date(2024, 3, 6), "day"),
    ("Drones attacked overnight.", "attacked", WED, date(2024, 2, 28), "day"),
    ("Drones attacked yesterday.", "attacked", WED, date(2024, 2, 27), "day"),
    ("Drones attacked last night.", "attacked", WED, date(2024, 2, 27), "day"),
    ("Drones attacked today.", "attacked", WED, date(2024, 2, 28), "day"),
    ("Drones attacked three days ago.", "attacked", FRI, date(2023, 1, 3), "day"),
    ("Drones attacked a week ago.", "attacked", FRI, date(2022, 12, 30), "day"),
    ("Troops massed last week.", "massed", WED, date(2024, 2, 19), "month"),
    ("Troops massed earlier this week.", "massed", WED, date(2024, 2, 26), "month"),
    ("Troops massed earlier this month.", "massed", WED, date(2024, 2, 1), "month"),
    ("Troops massed last month.", "massed", FRI, date(2022, 12, 1), "month"),
    ("Troops massed earlier this year.", "massed", WED, date(2024, 1, 1), "year"),
    ("Russia invaded on February 24.", "invaded", FRI, date(2022, 2, 24), "day"),
    ("Russia invaded on February 24.", "invaded", WED, date(2024, 2, 24), "day"),
    ("Russia invaded on Feb. 24.", "invaded", WED, date(2024, 2, 24), "day"),
    ("Russia invaded on 24 February.", "invaded", WED, date(2024, 2, 24), "day"),
    ("Talks began on the 24th.", "began", WED, date(2024, 2, 24), "day"),
    ("Talks began on the 29th.", "began", FRI, date(2022, 12, 29), "day"),
    ("Talks began on Jan. 6.", "began", FRI, date(2023, 1, 6), "day"),
    ("Talks began on Jan. 7.", "began", FRI, date(2022, 1, 7), "day"),
    ("Talks began on February 29.", "began", WED, date(2020, 2, 29), "day"),
    ("The war began in March 2022.", "began", None, date(2022, 3, 1), "month"),
    ("The war began on February 24, 2022.", "began", None, date(2022, 2, 24), "day"),
    ("The war began on 24 February 2022.", "began", None, date(2022, 2, 24), "day"),
    ("The war began on 2022-02-24.", "began", None, date(2022, 2, 24), "day"),
    ("Crimea was annexed in 2014.", "annexed", None, date(2014, 1, 1), "year"),
    ("Fighting resumed in December.", "resumed", FRI, date(2022, 12, 1), "month"),
    ("Fighting resumed in January.", "resumed", FRI, date(2023, 1, 1), "month"),
    # stated periods start on their first day; "until" ends a period and dates nothing
    ("Leaders will meet from March 4 to March 8.", "meet", WED, date(2024, 3, 4), "day"),
    ("The exercise ran from December 28 to January 3.", "ran", FRI, date(2022, 12, 28), "day"),
    ("Jets flew from Belarusian airfields until February 1.", "flew", FRI, None, None),
    # a week: its Monday, "month" when the week lies in one month, else "year"
    ("Troops massed this week.", "massed", FRI, date(2023, 1, 2), "month"),
    ("Troops massed last week.", "massed", FRI, date(2022, 12, 26), "year"),
    # an offset counts back from the main clause (here the publication day)
    ("The drills began a week after trains arrived.", "arrived", WED, date(2024, 2, 18), "month"),
    ("The drills began a week after trains arrived.", "began", WED, None, None),
    ("Troops left two days after talks opened.", "opened", FRI, date(2023, 1, 4), "day"),
    ("Troops arrived on Friday.", "arrived", None, None, None),
    ("Drones attacked yesterday.", "attacked", None, None, None),
    ("Troops arrived in Belarus.", "arrived", FRI, None, None),
    (
        "The ministry said on Friday that troops had arrived on Wednesday.",
        "arrived",
        FRI,
        date(2023, 1, 4),
        "day",
    ),
    (
        "The ministry said on Friday that troops had arrived on Wednesday.",
        "said",
        FRI,
        date(2023, 1, 6),
        "day",
    ),
]


def sentence(text: str) -> Sentence:
    toks = tuple(
        Token(k, m.group(), m.group().lower(), "", "", "", k, m.start())
        for k, m in enumerate(re.finditer(r"\S+", text))
    )
    return Sentence(0, text, 0, len(text), toks, (), parsed=False)


def bench_cases() -> dict[str, object]:
    ok = 0
    wrong: list[str] = []
    for text, trig, pub, want, precision in CASES:
        s = sentence(text)
        ti = next(t.i for t in s.tokens if t.text.strip(".,") == trig)
        got, prec, _ = resolve_date(s, ti, pub)
        if (got, prec) == (want, precision):
            ok += 1
        else:
            wrong.append(f"{text} @ {pub}: {got} {prec}")
    sents = [sentence(c[0]) for c in CASES] * 200
    t, c = time.perf_counter(), time.process_time()
    for s in sents:
        resolve_date(s, 1, FRI)
    rate = len(sents) / (time.perf_counter() - t)
    cpu_rate = len(sents) / max(time.process_time() - c, 1e-9)
    return {
        "cases": len(CASES),
        "correct": ok,
        "accuracy": round(ok / len(CASES), 3),
        "wrong": wrong,
        "resolve_date_per_s": round(rate),
        "resolve_date_per_cpu_s": round(cpu_rate),
    }


def bench_gazetteer(rebuild: bool) -> tuple[Gazetteer, dict[str, object]]:
    """Build (optional, into a temporary directory) and open times, wall and CPU of this process."""
    out: dict[str, object] = {}
    if rebuild:
        with tempfile.TemporaryDirectory() as tmp:
            t, c = time.perf_counter(), time.process_time()
            Gazetteer.open(Settings(cache_dir=Path(tmp)))
            out["build_s"] = round(time.perf_counter() - t, 1)
            out["build_cpu_s"] = round(time.process_time() - c, 1)
    Gazetteer.open(Settings())  # built here first if the cache is missing or stale
    t, c = time.perf_counter(), time.process_time()
    gaz = Gazetteer.open(Settings())
    out["open_s"] = round(time.perf_counter() - t, 3)
    out["open_cpu_s"] = round(time.process_time() - c, 3)
    out["places"] = len(gaz)
    return gaz, out


class _Recorder:
    """A gazetteer stand-in that records every name looked up while resolving articles."""

    def __init__(self, gaz: Gazetteer) -> None:
        self.gaz = gaz
        self.names: list[str] = []

    def lookup(self, name: str, countries: Any = None) -> Any:
        self.names.append(name)
        return self.gaz.lookup(name, countries)

    def __contains__(self, name: str) -> bool:
        return name in self.gaz

    def __getattr__(self, attr: str) -> Any:
        return getattr(self.gaz, attr)


def bench_lookups(gaz: Gazetteer, docs: list[Any], actors: Any) -> dict[str, object]:
    """Lookups/s on the real stream of names that resolving the articles asks for (repeats and
    new names, places and capitalised non-places, in their order), replayed on a freshly opened
    gazetteer whose cache starts empty; and on the stream's distinct names only (every lookup a
    cache miss, the worst case)."""
    rec = _Recorder(gaz)
    for doc in docs:
        ctx = article_context(doc, rec, actors)  # type: ignore[arg-type]
        for s in doc.sentences:
            root = next((tok.i for tok in s.tokens if tok.head == tok.i), 0)
            locate_event(doc, CodedEvent(_ASSAULT, s.index, root), ctx, rec)  # type: ignore[arg-type]
    stream = rec.names
    distinct = list(dict.fromkeys(stream))
    out: dict[str, object] = {"stream": len(stream), "distinct": len(distinct)}
    for label, names in (("stream", stream), ("distinct_only", distinct)):
        fresh = Gazetteer.load(gaz.path)
        t, c = time.perf_counter(), time.process_time()
        for n in names:
            fresh.lookup(n)
        out[f"{label}_lookups_per_s"] = round(len(names) / max(time.perf_counter() - t, 1e-9))
        out[f"{label}_lookups_per_cpu_s"] = round(len(names) / max(time.process_time() - c, 1e-9))
    return out


def bench_share(gaz: Gazetteer, n_articles: int) -> dict[str, object]:
    """Parse (the NLP stage) vs. places + dates for every sentence's root as a stand-in event;
    then the lookup stream of the same articles."""
    path = EVAL / "geoparsing" / "TR-News.xml"
    if not path.exists():
        return {"skipped": f"{path} absent"}
    texts = [a.findtext("text") or "" for a in ET.parse(path).getroot()][:n_articles]
    nlp = load_model()
    actors = ActorDictionary.load()
    t = time.perf_counter()
    docs = list(parse_many(texts, nlp))
    t_parse = time.perf_counter() - t
    t = time.perf_counter()
    events = 0
    for doc in docs:
        ctx = article_context(doc, gaz, actors)
        for s in doc.sentences:
            root = next((tok.i for tok in s.tokens if tok.head == tok.i), 0)
            locate_event(doc, CodedEvent(_ASSAULT, s.index, root), ctx, gaz)  # type: ignore[arg-type]
            resolve_date(s, root, FRI)
            events += 1
    t_res = time.perf_counter() - t
    return {
        "articles": len(docs),
        "events": events,
        "parse_s": round(t_parse, 2),
        "resolve_s": round(t_res, 2),
        "resolve_share_of_parse_plus_resolve": round(t_res / (t_parse + t_res), 3),
        "lookups": bench_lookups(gaz, docs, actors),
    }


def _timed_stage(pipeline: Any) -> list[float]:
    """Wrap `pipeline.resolve_events` to sum its CPU time into the returned one-item list."""
    spent = [0.0]
    resolve = pipeline.resolve_events

    def timed(*args: Any, **kwargs: Any) -> Any:
        started = time.process_time()
        try:
            return resolve(*args, **kwargs)
        finally:
            spent[0] += time.process_time() - started

    pipeline.resolve_events = timed
    return spent


def bench_pipeline_share(n_articles: int) -> dict[str, object]:
    """CPU of stage 6 against the rest of end-to-end ingest, cold caches first (see the top)."""
    import sys

    from frontwatch import pipeline
    from frontwatch.store import open_store

    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from throughput import news_texts

    path = EVAL / "geoparsing" / "TR-News.xml"
    if not path.exists():
        return {"skipped": f"{path} absent"}
    corpora = {
        "trnews": [a.findtext("text") or "" for a in ET.parse(path).getroot()][:n_articles],
        "news": news_texts(180),
    }
    settings = Settings(allow_network=False)
    res = pipeline.Resources.load(settings)
    spent = _timed_stage(pipeline)
    out: dict[str, object] = {}
    tmp = Path(tempfile.mkdtemp())
    for name, texts in corpora.items():
        for n in range(2):
            source = tmp / f"{name}{n}.jsonl"
            with source.open("w", encoding="utf-8") as f:
                for k, text in enumerate(texts):
                    item = {
                        "url": f"https://x.example/{name}/{n}/{k}",
                        "outlet": "X",
                        "published": "2023-01-13T12:00:00+00:00",
                        "text": f"{text}\n\n(copy {n})",
                    }
                    f.write(json.dumps(item) + "\n")
            spent[0] = 0.0
            started = time.process_time()
            pipeline.ingest([str(source)], settings, open_store(f"sqlite:///{tmp}/{name}{n}.db"), res)
            total = time.process_time() - started
            out[f"{name}_pass{n}"] = {
                "articles": len(texts),
                "end_to_end_ms_cpu_per_article": round(total / len(texts) * 1000, 1),
                "resolution_ms_cpu_per_article": round(spent[0] / len(texts) * 1000, 2),
                "resolution_added_to_the_rest": round(spent[0] / (total - spent[0]), 3),
            }
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="date resolution and resolution speed")
    ap.add_argument("--rebuild", action="store_true", help="also time a gazetteer build into a temp dir")
    ap.add_argument("--articles", type=int, default=60)
    args = ap.parse_args(argv)
    print(json.dumps({"pipeline_share": bench_pipeline_share(args.articles)}))  # first: cold caches
    print(json.dumps({"dates": bench_cases()}))
    gaz, g = bench_gazetteer(args.rebuild)
    print(json.dumps({"gazetteer": g}))
    print(json.dumps({"share": bench_share(gaz, args.articles)}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
