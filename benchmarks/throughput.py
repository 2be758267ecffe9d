"""Coder throughput: 600-word reports, text → stored events, through `frontwatch batch`.

    .venv/bin/python benchmarks/throughput.py [--n 96] [--workers 2] [--items 16] [--gold]
        [--corpora news,wire] [--modes all,candidates,default]

The product's own parallel path: `batch.run_batch` on a local Dask cluster of `--workers`
single-threaded processes (`frontwatch batch --scheduler local --workers 2`), each with the
model, lexicon, dictionary and gazetteer loaded once by the worker plugin (start-up timed
apart), reading a JSON Lines file of reports and writing into a fresh SQLite store: stages
1–2 and 4–6 on the workers, dedup, store and story updates (3, 7, 8) on the client.

Two corpora of ~600-word reports:
- `news`: real article bodies from ../shared/eval/extraction/zyte (first ~600 words; skipped
  when absent), a realistic mix where most sentences hold no event;
- `wire`: synthetic wire reports (benchmarks/synthetic.py; nearly every sentence holds an
  event, the worst case for the candidate filter and for the writer).

Modes: `all` parses every sentence with the full spaCy pipeline (`parse_all_sentences`),
`candidates` only candidate sentences with spaCy's NER, `default` the product's settings
(candidates; NER on the sentences that hold an event, `ner_scope="events"`). Reported per run: wall
articles/s (meaningless on a loaded machine), CPU seconds per article summed over every process
of the run (client with scheduler and writer, nannies, workers), the client's share and the
workers' (with their system time, at the end of the line), events
per article, and each worker's peak resident memory. "≈ quiet 2 cores" is what the CPU time
allows: 2 / (CPU s/article), capped by the client, which is one process: 1 / (client s/article).
`--gold` also prints gold-set micro F1 of each mode (tests/golden/*.jsonl through
`frontwatch.evaluate.main_eval`, the code path of `frontwatch eval [--all-sentences]`).
`--profile` then profiles each corpus and mode in this process, apart from the measured runs:
the workers' side (`batch.process_partition` over every partition, after one pass over the
warm-up texts) and the client's (`batch._write` of those results into a fresh store), each
printed as the top functions by own time, in ms per article.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import resource
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import psutil

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
ZYTE = ROOT.parent / "shared" / "eval" / "extraction" / "zyte" / "ground-truth.json"
PUBLISHED = datetime(2023, 1, 13, 12, tzinfo=UTC)


def wire_texts(n: int, seed: int = 7) -> list[str]:
    from synthetic import make_reports

    return [r.text for r in make_reports(n, seed=seed, words=600)]


def news_texts(n: int) -> list[str]:
    """Real article bodies cut to the first sentence end after 600 words."""
    if not ZYTE.exists():
        return []
    raw = ZYTE.read_bytes()
    data = json.loads(gzip.decompress(raw) if raw[:2] == b"\x1f\x8b" else raw)
    out = []
    for item in data.values():
        body = " ".join(str(item.get("articleBody") or "").split())
        words = body.split(" ")
        if len(words) < 600:
            continue
        cut = " ".join(words[:600])
        end = body.find(". ", len(cut))
        out.append(body[: end + 1] if end > 0 else cut)
        if len(out) == n:
            break
    return out


def warm_texts(n: int) -> list[str]:
    """Real news other than the measured ones (GeoWebNews articles), for warming up; else wire."""
    path = ROOT.parent / "shared" / "eval" / "geoparsing" / "GWN.xml"
    if not path.exists():
        return wire_texts(n, seed=99)
    import xml.etree.ElementTree as ET

    texts = [a.findtext("text") or "" for a in ET.parse(path).getroot()]
    return [t for t in texts if len(t.split()) >= 200][:n]


def write_jsonl(path: Path, texts: list[str], tag: str) -> None:
    """One JSON Lines record per text, as `ingest`/`batch` read them."""
    with path.open("w", encoding="utf-8") as fh:
        for k, text in enumerate(texts):
            published = (PUBLISHED - timedelta(hours=k)).isoformat()
            record = {"url": f"https://bench.example/{tag}/{k}", "title": f"{tag} {k}", "outlet": "Bench",
                      "published": published, "text": text}  # fmt: skip
            fh.write(json.dumps(record) + "\n")


def _worker_usage() -> tuple[float, float]:
    """CPU seconds and peak RSS (MiB) of the calling process (run on each worker)."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024


def _cpu(procs: list[psutil.Process], system: bool = False) -> dict[int, float]:
    """CPU seconds of each process (user + system), or only its system time."""
    found = {}
    for proc in procs:
        try:
            times = proc.cpu_times()
        except psutil.Error:
            continue
        found[proc.pid] = times.system if system else times.user + times.system
    return found


MODES: dict[str, dict[str, Any]] = {
    "all": {"parse_all_sentences": True},
    "candidates": {"ner_scope": "candidates"},
    "default": {},
}


def events_digest(db: str) -> str:
    """A short hash of every stored event (story ids left out), to check that a change to the
    code path left the events as they were."""
    import hashlib

    from frontwatch.models import EventFilter
    from frontwatch.store import iter_pages, open_store

    store = open_store(db)
    try:
        events = iter_pages(lambda c: store.list_events(EventFilter(), c, 1000))
        records = sorted(json.dumps({**e.to_dict(), "story_id": None}, sort_keys=True) for e in events)
    finally:
        store.close()
    return hashlib.sha256("\n".join(records).encode()).hexdigest()[:12]


def stories_digest(db: str) -> str:
    """A short hash of every stored story (members, counts, fields), to check that a change to
    the client's story updates left the stories as they were."""
    import hashlib

    from frontwatch.models import EventFilter
    from frontwatch.store import iter_pages, open_store

    store = open_store(db)
    try:
        stories = iter_pages(lambda c: store.list_stories(EventFilter(), c, 1000))
        records = sorted(json.dumps(s.to_dict(), sort_keys=True) for s in stories)
    finally:
        store.close()
    return hashlib.sha256("\n".join(records).encode()).hexdigest()[:12]


def run(client: Any, source: Path, db: str, cache: Path, mode: str, items: int) -> dict[str, Any]:
    """One `run_batch` into a fresh store; CPU of every process of the run, before and after."""
    from frontwatch.batch import run_batch
    from frontwatch.config import Settings

    settings = Settings(db_url=db, cache_dir=cache, allow_network=False).with_(**MODES[mode])
    me = psutil.Process()
    procs = [me, *me.children(recursive=True)]
    workers = set(client.run(os.getpid).values())
    cpu0, sys0, client0 = _cpu(procs), _cpu(procs, system=True), me.cpu_times()
    t0 = time.perf_counter()
    summary = run_batch([str(source)], settings, client=client, items=items)
    wall = time.perf_counter() - t0
    cpu1, sys1, client1 = _cpu(procs), _cpu(procs, system=True), me.cpu_times()
    total = sum(cpu1[p] - cpu0[p] for p in cpu1.keys() & cpu0.keys())
    worker_cpu = sum(cpu1[p] - cpu0[p] for p in cpu1.keys() & cpu0.keys() & workers)
    worker_sys = sum(sys1[p] - sys0[p] for p in sys1.keys() & sys0.keys() & workers)
    client_cpu = client1.user + client1.system - client0.user - client0.system
    n = summary.new + summary.duplicates
    return {
        "n": n, "wall": wall, "rate": n / wall, "cpu": total / n, "client": client_cpu / n,
        "workers": worker_cpu / n, "workers_sys": worker_sys / n,
        "quiet": min(2 / (total / n), 1 / (client_cpu / n)), "events": summary.events / n,
        "failed": summary.failed, "rss": [r[1] for r in client.run(_worker_usage).values()],
        "digest": events_digest(db), "stories": stories_digest(db),
    }  # fmt: skip


def _top(profile: Any, n: int, title: str, rows: int = 25) -> None:
    """The `rows` functions with most own time in a profile, in ms per article."""
    import pstats

    stats = pstats.Stats(profile).stats  # type: ignore[attr-defined]
    top = sorted(stats.items(), key=lambda kv: kv[1][2], reverse=True)[:rows]
    total = sum(v[2] for v in stats.values())
    print(f"{title}: {total / n * 1000:.2f} ms per article profiled; own, cumulative ms per article, calls")
    for (path, line, func), (_, calls, own, cum, _) in top:
        where = f"{Path(path).name}:{line}({func})" if line else func
        print(f"  {own / n * 1000:8.3f} {cum / n * 1000:8.3f} {calls:9d}  {where}")


def profile_run(source: Path, warm: Path, tmp: Path, cache: Path, mode: str, items: int) -> None:
    """cProfile of the workers' and the client's work on one corpus, in this process: the
    partitions of `source` through `batch.process_partition` (the model and dictionaries loaded
    once, the warm-up texts processed first, as on a worker), then their results, pickled and
    unpickled as a worker sends them, through the client's `batch._write`."""
    import cProfile
    import pickle

    from frontwatch import batch
    from frontwatch.dedup import NearDuplicateIndex
    from frontwatch.models import IngestSummary
    from frontwatch.pipeline import Resources
    from frontwatch.store import open_store

    settings = _settings(f"sqlite:///{tmp / f'profile-{mode}.db'}", cache, mode)
    state = batch.WorkerState()
    res = state.resources(settings)
    loader = Resources.load
    Resources.load = classmethod(lambda cls, s: res)  # type: ignore[method-assign,assignment]
    try:
        for part in batch.plan_partitions([str(warm)], settings, items=items):
            batch.process_partition(part, _settings(f"sqlite:///{tmp / 'profile-warm.db'}", cache, mode))
        parts = batch.plan_partitions([str(source)], settings, items=items)
        worker = cProfile.Profile()
        results = [worker.runcall(batch.process_partition, part, settings) for part in parts]
    finally:
        Resources.load = loader  # type: ignore[method-assign]
    sent = [pickle.dumps(r) for r in results]
    n = sum(len(r.order) for r in results)
    store = open_store(settings.db_url)
    try:
        index = NearDuplicateIndex.from_store(
            store.signatures(), threshold=settings.dedup_threshold, shingle=settings.dedup_shingle,
            num_perm=settings.dedup_perm,
        )  # fmt: skip
        summary = IngestSummary()
        client = cProfile.Profile()
        for data in sent:
            client.runcall(batch._write, pickle.loads(data), store, index, summary)
    finally:
        store.close()
    print(f"profile {source.stem} {mode}: {n} articles, {sum(map(len, sent)) / n:.0f} bytes per article sent")
    _top(worker, n, "workers (process_partition)")
    _top(client, n, "client (_write)")


def _settings(db: str, cache: Path, mode: str) -> Any:
    from frontwatch.config import Settings

    return Settings(db_url=db, cache_dir=cache, allow_network=False).with_(**MODES[mode])


def gold_f1(mode: str) -> tuple[float, int, int]:
    from frontwatch.config import Settings
    from frontwatch.evaluate import main_eval

    settings = Settings(allow_network=False).with_(**MODES[mode])
    _, report = main_eval(sorted((ROOT / "tests" / "golden").glob("*.jsonl")), settings)
    return report.micro.f1, report.micro.tp, report.micro.predicted


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=96, help="articles per corpus")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--items", type=int, default=16, help="articles per partition")
    parser.add_argument("--corpora", default="news,wire")
    parser.add_argument("--modes", default="all,candidates,default")
    parser.add_argument("--gold", action="store_true", help="also print gold micro F1 of each mode")
    parser.add_argument("--profile", action="store_true", help="also profile each corpus and mode in-process")
    args = parser.parse_args()
    from frontwatch.batch import PLUGIN_NAME, ResourcesPlugin, close_client, local_client
    from frontwatch.config import Settings

    modes = args.modes.split(",")
    makers = {"news": news_texts, "wire": wire_texts}
    corpora = {name: makers[name](args.n) for name in args.corpora.split(",")}
    print(f"{args.workers} workers, {args.items} articles per partition; {psutil.cpu_count()} CPUs, "
          f"load average {os.getloadavg()[0]:.1f}")  # fmt: skip
    with tempfile.TemporaryDirectory() as tmp:
        cache = Path(os.environ.get("FRONTWATCH_CACHE") or Path.home() / ".cache" / "frontwatch")
        warm = Path(tmp) / "warm.jsonl"  # other texts: fill the tokenizer and lemmatizer caches
        write_jsonl(warm, warm_texts(16 * args.workers), "warm")
        print(f"{'corpus':6} {'mode':10} {'n':>4} {'wall/s':>7} {'cpu s/art':>9} {'client':>7} "
              f"{'≈ quiet 2 cores':>15} {'events/art':>10} {'peak MiB/worker':>16}")  # fmt: skip
        for name, texts in corpora.items():
            if not texts:
                print(f"{name:6} (absent)")
                continue
            source = Path(tmp) / f"{name}.jsonl"
            write_jsonl(source, texts, name)
            words = sum(len(t.split()) for t in texts) / len(texts)
            for mode in modes:  # a new cluster for each, so that no mode finds the caches warmed by another
                t0 = time.perf_counter()
                client = local_client(args.workers)
                try:
                    plugin = ResourcesPlugin(Settings(cache_dir=cache, allow_network=False))
                    client.register_plugin(plugin, name=PLUGIN_NAME)
                    startup = time.perf_counter() - t0
                    db = f"sqlite:///{Path(tmp) / f'{name}-{mode}'}"
                    run(client, warm, f"{db}-warm.db", cache, mode, args.items)
                    r = run(client, source, f"{db}.db", cache, mode, args.items)
                finally:
                    close_client(client)
                print(f"{name:6} {mode:10} {r['n']:4} {r['rate']:7.1f} {r['cpu']:9.4f} {r['client']:7.4f} "
                      f"{r['quiet']:12.0f}/s {r['events']:10.1f} "
                      f"{', '.join(f'{m:.0f}' for m in r['rss']):>16}   ({words:.0f} words/article; "
                      f"start-up {startup:.0f} s; load {os.getloadavg()[0]:.1f}; workers {r['workers']:.4f} "
                      f"(system {r['workers_sys']:.4f}); "
                      f"events {r['digest']}; stories {r['stories']})")  # fmt: skip
        for name in corpora if args.profile else ():
            source = Path(tmp) / f"{name}.jsonl"
            for mode in modes if source.exists() else ():
                profile_run(source, warm, Path(tmp), cache, mode, args.items)
    if args.gold:
        for mode in modes:
            f1, tp, predicted = gold_f1(mode)
            print(f"gold micro F1, {mode}: {f1:.3f} ({tp} matched of {predicted} predicted)")


if __name__ == "__main__":
    main()
