"""Batch throughput on a local Dask cluster: 1 and 2 workers, scaling efficiency, memory.

Writes a WARC of N synthetic 600-word reports and runs `frontwatch.batch.run_batch` on a local
cluster of 1, then 2 single-threaded workers, each into a fresh store: SQLite by default, or
PostgreSQL with `--postgres` (a throwaway server started as tests/conftest.py does, or the one
`FRONTWATCH_TEST_PG_URL` names). Start-up (cluster and model load on every worker) is timed
apart from processing; steady state is the rate between the first and the last partition
written. `--compare-ingest` also runs a plain `ingest` into SQLite and compares every event.

    .venv/bin/python benchmarks/batch.py [--articles 400] [--items 64] [--postgres] [--compare-ingest]
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import psutil

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(Path(__file__).parent))
sys.path.insert(0, str(ROOT))

from synthetic import make_reports, write_warc  # noqa: E402

from frontwatch.batch import PLUGIN_NAME, ResourcesPlugin, close_client, local_client, run_batch  # noqa: E402
from frontwatch.config import Settings  # noqa: E402
from frontwatch.models import EventFilter  # noqa: E402
from frontwatch.store import ArticleFilter, open_store  # noqa: E402
from frontwatch.store.base import iter_pages  # noqa: E402


def _events(db: str) -> dict[str, dict[str, Any]]:
    """Every stored event as a dict by id (without story_id, which depends on merge order)."""
    store = open_store(db)
    try:
        events = iter_pages(lambda c: store.list_events(EventFilter(), c, 1000))
        return {e.id: {k: v for k, v in e.to_dict().items() if k != "story_id"} for e in events}
    finally:
        store.close()


def _stored(db: str) -> tuple[dict[str, tuple[Any, ...]], set[frozenset[str]]]:
    """Every stored article (id → url, title, outlet, published, text, duplicate_of) and the
    stories as sets of event ids (the grouping, whatever the story ids)."""
    store = open_store(db)
    try:
        articles = {
            a.id: (a.url, a.title, a.outlet, a.published, a.text, a.duplicate_of)
            for a in iter_pages(lambda c: store.list_articles(ArticleFilter(), c, 1000))
        }
        pages = iter_pages(lambda c: store.list_stories(EventFilter(), c, 1000))
        stories = {frozenset(s.event_ids) for s in pages}
    finally:
        store.close()
    return articles, stories


def compare(got_db: str, want_db: str, label: str) -> bool:
    """Print how the store `got_db` compares with `want_db`, event for event (every field but
    the story id), article for article, and story grouping; True when all agree."""
    got, want = _events(got_db), _events(want_db)
    differ = sorted(k for k in got.keys() & want.keys() if got[k] != want[k])
    only_got, only_want = len(got.keys() - want.keys()), len(want.keys() - got.keys())
    (arts_got, stories_got), (arts_want, stories_want) = _stored(got_db), _stored(want_db)
    art_differ = sum(arts_got[k] != arts_want[k] for k in arts_got.keys() & arts_want.keys())
    art_only = len(arts_got.keys() ^ arts_want.keys())
    same_events = not differ and not only_got and not only_want
    same_articles = not art_differ and not art_only
    print(
        f"{label}: events {len(got)} vs {len(want)}: {len(got.keys() & want.keys()) - len(differ)} "
        f"identical in every field, {len(differ)} differ, {only_got} only in the first, {only_want} only "
        f"in the second → {'identical' if same_events else 'DIFFERENT'}; articles {len(arts_got)} vs "
        f"{len(arts_want)}: {art_differ} differ, {art_only} in one only; stories {len(stories_got)} vs "
        f"{len(stories_want)}, same grouping of events: {stories_got == stories_want}"
    )
    for k in differ[:3]:
        fields = sorted(f for f in got[k].keys() | want[k].keys() if got[k].get(f) != want[k].get(f))
        pairs = [(got[k].get(f), want[k].get(f)) for f in fields][:2]
        print(f"  event {k[:12]} differs in {fields}: {pairs}")
    return same_events and same_articles


class _PeakMemory:
    """Samples the resident memory of some processes every 0.2 s; keeps each one's peak."""

    def __init__(self, pids: list[int]) -> None:
        self.peak = dict.fromkeys(pids, 0)
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        procs = {pid: psutil.Process(pid) for pid in self.peak}
        while not self._stop.is_set():
            for pid, proc in procs.items():
                with contextlib.suppress(psutil.Error):
                    self.peak[pid] = max(self.peak[pid], proc.memory_info().rss)
            time.sleep(0.2)

    def __enter__(self) -> _PeakMemory:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()


@contextlib.contextmanager
def _postgres() -> Iterator[str]:
    """An admin URL of a throwaway PostgreSQL server (or FRONTWATCH_TEST_PG_URL's)."""
    from tests.conftest import PG_URL_ENV, PgCluster

    if os.environ.get(PG_URL_ENV):
        yield os.environ[PG_URL_ENV]
        return
    cluster = PgCluster()
    try:
        yield cluster.start()
    finally:
        cluster.stop()


def _fresh_pg(admin: str, name: str) -> str:
    from tests.conftest import _admin, _with_database

    _admin(admin, f"DROP DATABASE IF EXISTS {name} WITH (FORCE)", f"CREATE DATABASE {name}")
    return _with_database(admin, name)


def _run(warc: Path, db: str, cache: Path, workers: int, items: int, articles: int) -> dict[str, Any]:
    settings = Settings(db_url=db, cache_dir=cache, allow_network=False)
    t0 = time.perf_counter()
    client = local_client(workers)
    try:
        client.register_plugin(ResourcesPlugin(settings), name=PLUGIN_NAME)  # model load on each worker
        startup = time.perf_counter() - t0
        pids = list(client.run(os.getpid).values())
        marks: list[float] = []
        with _PeakMemory(pids) as mem:
            t1 = time.perf_counter()
            summary = run_batch(
                [str(warc)], settings, client=client, items=items,
                on_progress=lambda done, total: marks.append(time.perf_counter()) if done else None,
            )  # fmt: skip
            wall = time.perf_counter() - t1
    finally:
        close_client(client)
    parts = len(marks)
    # steady state: the partitions written after the first one, over the time they took
    steady = (summary.new * (parts - 1) / parts) / (marks[-1] - marks[0]) if parts > 1 else float("nan")
    return {
        "summary": summary, "startup": startup, "wall": wall, "rate": summary.new / wall,
        "steady": steady, "overall": summary.new / (startup + wall), "parts": parts,
        "peak_mib": [mem.peak[p] / 2**20 for p in pids], "db": db,
    }  # fmt: skip


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=400)
    ap.add_argument("--items", type=int, default=64, help="documents per partition")
    ap.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--postgres", action="store_true", help="store into PostgreSQL, not SQLite")
    ap.add_argument("--compare-ingest", action="store_true", help="also run plain ingest and compare")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp, contextlib.ExitStack() as stack:
        admin = stack.enter_context(_postgres()) if args.postgres else None
        cache = Path(tmp) / "cache"
        warc = Path(tmp) / "reports.warc.gz"
        write_warc(warc, make_reports(args.articles))
        print(
            f"input: {args.articles} synthetic 600-word reports in one WARC "
            f"({warc.stat().st_size // 1024} KiB), {args.items} per partition; "
            f"{psutil.cpu_count()} CPUs, load average {os.getloadavg()[0]:.1f}; "
            f"store {'PostgreSQL' if admin else 'SQLite'}"
        )
        results = {}
        for workers in args.workers:
            db = (
                _fresh_pg(admin, f"fw_bench_{workers}")
                if admin
                else f"sqlite:///{Path(tmp) / f'b{workers}.db'}"
            )
            r = _run(warc, db, cache, workers, args.items, args.articles)
            results[workers] = r
            print(
                f"{workers} worker(s): {r['summary'].line()}; start-up {r['startup']:.1f} s, "
                f"processing {r['wall']:.1f} s ({r['parts']} partitions) → {r['rate']:.2f} articles/s, "
                f"steady state {r['steady']:.2f} articles/s, with start-up {r['overall']:.2f} articles/s; "
                f"peak RSS per worker {', '.join(f'{m:.0f}' for m in r['peak_mib'])} MiB"
            )
        if 1 in results and 2 in results:
            for what in ("rate", "steady"):
                eff = results[2][what] / (2 * results[1][what])
                print(f"scaling efficiency 1→2 workers ({what}): {eff:.2f}")
            compare(results[2]["db"], results[1]["db"], "batch 2 workers vs 1 worker")
        if args.compare_ingest:
            from frontwatch.pipeline import Resources, ingest

            db = f"sqlite:///{Path(tmp) / 'ingest.db'}"
            settings = Settings(db_url=db, cache_dir=cache, allow_network=False)
            t0 = time.perf_counter()
            res = Resources.load(settings)
            load = time.perf_counter() - t0
            store = open_store(db)
            t1 = time.perf_counter()
            summary = ingest([str(warc)], settings, store, res)
            wall = time.perf_counter() - t1
            store.close()
            print(
                f"plain ingest into SQLite: {summary.line()}; model load {load:.1f} s, "
                f"processing {wall:.1f} s → {summary.new / wall:.2f} articles/s"
            )
            for workers, r in results.items():
                where = "PostgreSQL" if admin else "SQLite"
                compare(r["db"], db, f"batch ({workers} worker(s), {where}) vs ingest into SQLite")


if __name__ == "__main__":
    main()
