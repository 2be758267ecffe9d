"""Batch throughput on a local Dask cluster: 1 and 2 workers, scaling efficiency, memory.

Writes a WARC of N synthetic 600-word reports, runs `frontwatch.batch.run_batch` with 1 and
then 2 local workers into fresh SQLite stores (or `--db postgresql://…`, emptied by you), and
checks that both runs and a plain `ingest` give the same events.

    .venv/bin/python benchmarks/batch.py [--articles 400] [--compare-ingest]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import threading
import time
from pathlib import Path

import psutil

sys.path.insert(0, str(Path(__file__).parent))

import contextlib

from synthetic import make_reports, write_warc

from frontwatch.batch import run_batch
from frontwatch.config import Settings
from frontwatch.models import EventFilter
from frontwatch.store import open_store


def _event_keys(db: str) -> set[tuple]:
    store = open_store(db)
    keys = set()
    cursor = None
    while True:
        page = store.list_events(EventFilter(), cursor, 1000)
        for e in page.items:
            keys.add(
                (e.id, e.event_type, e.factuality, tuple(a.country for a in e.actors),
                 tuple(r.country for r in e.recipients), e.location.name if e.location else None, e.date)
            )  # fmt: skip
        cursor = page.next
        if cursor is None:
            break
    store.close()
    return keys


class _PeakWorkerMemory:
    """Samples the resident memory of this process's children (the Dask workers)."""

    def __init__(self) -> None:
        self.peak = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        me = psutil.Process()
        while not self._stop.is_set():
            for child in me.children(recursive=True):
                with contextlib.suppress(psutil.Error):
                    self.peak = max(self.peak, child.memory_info().rss)
            time.sleep(0.5)

    def __enter__(self) -> _PeakWorkerMemory:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--articles", type=int, default=400)
    ap.add_argument("--compare-ingest", action="store_true", help="also run plain ingest and compare")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        warc = Path(tmp) / "reports.warc.gz"
        write_warc(warc, make_reports(args.articles))
        print(
            f"input: {args.articles} synthetic 600-word reports, one WARC "
            f"({warc.stat().st_size // 1024} KiB)"
        )
        results = {}
        for workers in (1, 2):
            db = f"sqlite:///{Path(tmp) / f'batch{workers}.db'}"
            settings = Settings(db_url=db, cache_dir=Path(tmp) / "cache", allow_network=False)
            with _PeakWorkerMemory() as mem:
                t0 = time.perf_counter()
                summary = run_batch([str(warc)], settings, scheduler="local", workers=workers)
                wall = time.perf_counter() - t0
            rate = summary.new / wall
            results[workers] = (rate, db)
            print(
                f"{workers} worker(s): {summary.line()} in {wall:.1f} s → {rate:.1f} articles/s "
                f"(incl. start-up and model load); peak worker RSS {mem.peak / 2**20:.0f} MiB"
            )
        eff = results[2][0] / (2 * results[1][0])
        print(f"scaling efficiency 1→2 workers: {eff:.2f}")
        same = _event_keys(results[1][1]) == _event_keys(results[2][1])
        print(f"events identical between 1 and 2 workers: {same}")
        if args.compare_ingest:
            from frontwatch.pipeline import Resources, ingest

            db = f"sqlite:///{Path(tmp) / 'ingest.db'}"
            settings = Settings(db_url=db, cache_dir=Path(tmp) / "cache", allow_network=False)
            store = open_store(db)
            t0 = time.perf_counter()
            summary = ingest([str(warc)], settings, store, Resources.load(settings))
            store.close()
            print(f"plain ingest: {summary.line()} in {time.perf_counter() - t0:.1f} s")
            print(
                f"events identical between batch and ingest: {_event_keys(db) == _event_keys(results[1][1])}"
            )


if __name__ == "__main__":
    main()
