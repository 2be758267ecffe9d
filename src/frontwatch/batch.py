"""`frontwatch batch`: the same pipeline on a Dask cluster.

Inputs are split into partitions (groups of files; item ranges of large JSON Lines and WARC
files). Each worker loads the model once (a worker plugin) and runs stages 1–6 on its
partitions, skipping articles already stored. The client receives the coded articles, links
near-duplicates against one global MinHash index (stage 3 needs a global view), and writes to
the store in batches (stage 7) before updating stories (stage 8). A partition that fails is
retried once, then reported, and the others go on.
"""

from __future__ import annotations

import itertools
import logging
import os
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from distributed import WorkerPlugin

from .config import Settings
from .dedup import NearDuplicateIndex
from .errors import InputError, UsageError
from .ingest import detect_kind, iter_documents
from .models import Article, Event, IngestSummary
from .store import open_store

PLUGIN_NAME = "frontwatch-resources"
FILES_PER_PARTITION = 64
ITEMS_PER_PARTITION = 128
# Dask's nanny sets MALLOC_TRIM_THRESHOLD_=65536, which costs spaCy about 15% here.
MALLOC_TRIM_THRESHOLD = str(32 * 1024 * 1024)


@dataclass(frozen=True)
class Partition:
    """Files to read whole, or items [start, stop) of one large file."""

    sources: tuple[str, ...]
    start: int | None = None
    stop: int | None = None

    def label(self) -> str:
        if self.start is None:
            first = self.sources[0]
            return first if len(self.sources) == 1 else f"{first} (+{len(self.sources) - 1} files)"
        return f"{self.sources[0]}[{self.start}:{self.stop}]"


@dataclass
class PartitionResult:
    """What a worker sends back: coded articles and the inputs that failed."""

    coded: list[tuple[Article, bytes, list[int], list[Event]]] = field(default_factory=list)
    skipped: int = 0
    failures: list[tuple[str, str]] = field(default_factory=list)


def _files_under(path: Path) -> list[Path]:
    return sorted(
        p for p in path.rglob("*") if p.is_file() and not any(part.startswith(".") for part in p.parts)
    )


def _count_items(path: Path, settings: Settings) -> int:
    return sum(1 for _ in iter_documents([str(path)], settings.with_(allow_network=False)))


def plan_partitions(sources: Sequence[str], settings: Settings) -> list[Partition]:
    """Split inputs into partitions of about the same work."""
    small: list[str] = []
    parts: list[Partition] = []
    for source in sources:
        path = Path(source)
        if not path.exists():
            raise UsageError(f"{source}: no such file or directory")
        files = _files_under(path) if path.is_dir() else [path]
        for f in files:
            try:
                with f.open("rb") as fh:
                    kind = detect_kind(fh.read(4096), f.name)
            except (InputError, OSError):
                kind = "bad"  # let the worker report it with its reason
            if kind in ("jsonl", "warc"):
                total = _count_items(f, settings)
                for start in range(0, max(total, 1), ITEMS_PER_PARTITION):
                    parts.append(Partition((str(f),), start, start + ITEMS_PER_PARTITION))
            else:
                small.append(str(f))
    for k in range(0, len(small), FILES_PER_PARTITION):
        parts.append(Partition(tuple(small[k : k + FILES_PER_PARTITION])))
    return parts


class ResourcesPlugin(WorkerPlugin):
    """Dask worker plugin: load the model, dictionaries and a store handle once per worker."""

    name = PLUGIN_NAME

    def __init__(self, settings: Settings) -> None:
        self.settings = settings

    def setup(self, worker: Any) -> None:
        from .pipeline import Resources

        worker.frontwatch = (Resources.load(self.settings), open_store(self.settings.db_url))

    def teardown(self, worker: Any) -> None:
        state = getattr(worker, "frontwatch", None)
        if state is not None:
            state[1].close()


def process_partition(part: Partition, settings: Settings) -> PartitionResult:
    """Stages 1–6 on one partition, on a worker (or locally when there is no worker)."""
    from .pipeline import Resources, _cleaned, code_articles

    try:
        from distributed import get_worker

        res, store = get_worker().frontwatch  # type: ignore[attr-defined]
    except (ImportError, ValueError, AttributeError):
        res, store = Resources.load(settings), open_store(settings.db_url)
    summary = IngestSummary()
    docs: Iterator[Any] = iter_documents(list(part.sources), settings)
    if part.start is not None:
        docs = itertools.islice(docs, part.start, part.stop)
    sig = NearDuplicateIndex(settings.dedup_threshold, settings.dedup_shingle, settings.dedup_perm)
    result = PartitionResult()
    pending: list[tuple[Article, bytes]] = []
    seen: set[str] = set()
    for article, raw in _cleaned(docs, settings, summary, lambda exc: None):
        if article.id in seen or store.has_article(article.id):
            result.skipped += 1
            continue
        seen.add(article.id)
        pending.append((article, raw))
    for k in range(0, len(pending), 16):
        chunk = pending[k : k + 16]
        coded = code_articles([a for a, _ in chunk], res, settings)
        for (article, raw), events in zip(chunk, coded, strict=True):
            result.coded.append((article, raw, sig.signature(article.text), events))
    result.failures = summary.failures
    return result


def _client(scheduler: str, workers: int) -> Any:
    import dask
    from distributed import Client, LocalCluster

    if scheduler != "local":
        return Client(scheduler)
    dask.config.set({"distributed.nanny.pre-spawn-environ.MALLOC_TRIM_THRESHOLD_": MALLOC_TRIM_THRESHOLD})
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    cluster = LocalCluster(
        n_workers=workers,
        threads_per_worker=1,
        processes=True,
        dashboard_address=None,
        memory_limit="6GiB",
        silence_logs=logging.ERROR,
    )
    client = Client(cluster)
    client._frontwatch_cluster = cluster  # type: ignore[attr-defined]  # closed with the client
    return client


def run_batch(
    sources: Sequence[str],
    settings: Settings,
    *,
    scheduler: str = "local",
    workers: int = 2,
    on_failure: Callable[[InputError], None] = lambda exc: None,
    on_progress: Callable[[int, int], None] = lambda done, total: None,
) -> IngestSummary:
    """Process inputs on a Dask cluster into the store; returns the ingest summary."""
    from distributed import as_completed

    from .analyze.stories import update_stories

    parts = plan_partitions(sources, settings)
    summary = IngestSummary()
    store = open_store(settings.db_url)
    index = NearDuplicateIndex.from_store(
        store.signatures(), threshold=settings.dedup_threshold, shingle=settings.dedup_shingle,
        num_perm=settings.dedup_perm,
    )  # fmt: skip
    client = _client(scheduler, workers)
    try:
        client.register_plugin(ResourcesPlugin(settings), name=PLUGIN_NAME)
        futures = {client.submit(process_partition, p, settings, retries=1, pure=False): p for p in parts}
        done = 0
        for future in as_completed(futures):
            part = futures[future]
            done += 1
            try:
                result: PartitionResult = future.result()
            except Exception as exc:  # a partition that failed twice: report it, go on
                summary.failed += 1
                failure = InputError(part.label(), f"partition failed after retry: {exc}")
                summary.failures.append((failure.source, failure.reason))
                on_failure(failure)
                on_progress(done, len(parts))
                continue
            for source, reason in result.failures:
                summary.failed += 1
                summary.failures.append((source, reason))
                on_failure(InputError(source, reason))
            summary.unchanged += result.skipped
            _write(result, store, index, summary, update_stories)
            on_progress(done, len(parts))
    finally:
        client.close()
        cluster = getattr(client, "_frontwatch_cluster", None)
        if cluster is not None:
            cluster.close()
        store.close()
    return summary


def _write(
    result: PartitionResult,
    store: Any,
    index: NearDuplicateIndex,
    summary: IngestSummary,
    update_stories: Callable[..., Any],
) -> None:
    """Stages 3, 7, 8 on the client, in the order results arrive."""
    for article, raw, signature, events in result.coded:
        original = index.query(signature)
        if original is None:
            index.add(article.id, signature)
        elif original != article.id:
            article = replace(article, duplicate_of=original)
        outcome = store.store_article(article, raw, signature, events)
        if outcome == "unchanged":
            summary.unchanged += 1
            continue
        if outcome == "duplicate":
            summary.duplicates += 1
        else:
            summary.new += 1
        summary.events += len(events)
        if events:
            update_stories(store, events, {article.id: article})
