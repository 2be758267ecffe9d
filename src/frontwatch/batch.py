"""`frontwatch batch`: the same pipeline on a Dask cluster.

    plan_partitions   on the client: groups of small files, and byte ranges of large JSON
                      Lines (cut at line starts) and WARC files (cut at record offsets)
    process_partition on a worker: stages 1–2 and 4–6, skipping articles already stored; the
                      model, dictionaries and a store handle are loaded once per worker
                      (ResourcesPlugin)
    run_batch         on the client: submits a bounded window of partitions (the last ones, one
                      per worker thread, in two pieces each), takes results in partition
                      order, links near-duplicates against one global MinHash index (stage 3
                      needs a global view), writes each partition in one transaction (stage 7)
                      and updates stories (stage 8)

Results are written in input order, so near-duplicates link to the same originals as a plain
`ingest` of the same inputs, and the events are the same. Workers only read; the client is the
only writer, so a worker killed mid-run leaves nothing half-written (Dask re-runs its partitions
elsewhere). A partition that raises is retried once, then reported, and the others go on. A
re-run skips what is stored.
"""

from __future__ import annotations

import json
import logging
import os
import zlib
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from distributed import WorkerPlugin

from .config import Settings
from .dedup import NearDuplicateIndex
from .errors import InputError, MalformedInput, SourceNotFound, TooLarge, UsageError
from .ingest import SNIFF_BYTES, detect_kind, documents_from_bytes, iter_documents
from .models import Article, Event, IngestSummary, RawDocument
from .store import Store, open_store

PLUGIN_NAME = "frontwatch-resources"
FILES_PER_PARTITION = 64
ITEMS_PER_PARTITION = 128
PARTITION_BYTES = 16 * 1024 * 1024  # a range is cut at this size even with fewer items
# Dask's nanny sets MALLOC_TRIM_THRESHOLD_=65536, which costs spaCy about 15% here. It must be
# in the environment before the worker process starts (glibc reads it once), hence pre-spawn.
MALLOC_TRIM_THRESHOLD = str(32 * 1024 * 1024)
# Setting the trim threshold also fixes glibc's mmap threshold at 128 KiB (it no longer adapts),
# so each array spaCy allocates for a batch (a few MiB) is mapped afresh and its pages faulted
# in again; held up to 32 MiB (glibc's maximum) they are reused from the heap.
MALLOC_MMAP_THRESHOLD = str(32 * 1024 * 1024)
# The last partitions of a run, one per worker thread, are each processed in this many tasks
# (`_run`), so that the workers finish together.
TAIL_PIECES = 2
_GZIP_MAGIC = b"\x1f\x8b"

ProgressCallback = Callable[[int, int], None]


@dataclass(frozen=True)
class Partition:
    """Files to read whole, or bytes [start, stop) of one large JSON Lines or WARC file.

    `first` is the number of lines (JSON Lines) or records (WARC) before `start`, so that
    items are named `file:line` / `file#record` exactly as `ingest` names them. A partition
    may be processed in `pieces` tasks, each taking its `piece`-th share of the documents
    (`partition_documents`); the client writes the pieces together, as one partition."""

    sources: tuple[str, ...]
    start: int | None = None
    stop: int | None = None
    first: int = 0
    piece: int = 0
    pieces: int = 1

    def label(self) -> str:
        if self.start is None:
            head = self.sources[0]
            return head if len(self.sources) == 1 else f"{head} (+{len(self.sources) - 1} files)"
        return f"{self.sources[0]} bytes {self.start}-{self.stop}"


@dataclass
class PartitionResult:
    """What a worker sends back: coded articles, the ids it skipped and the inputs that failed."""

    coded: list[tuple[Article, bytes, list[int], list[Event]]] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    order: list[str] = field(default_factory=list)  # every article id, in input order
    failures: list[tuple[str, str]] = field(default_factory=list)


# --------------------------------------------------------------------------------------------
# planning (client)
# --------------------------------------------------------------------------------------------


def _walk(top: Path) -> Iterator[Path]:
    """Regular files under a directory in the order `ingest` reads them (sorted by name at each
    level, hidden entries skipped)."""
    try:
        entries = sorted(os.scandir(top), key=lambda e: e.name)
    except OSError:
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        if entry.is_dir(follow_symlinks=True):
            yield from _walk(Path(entry.path))
        elif entry.is_file(follow_symlinks=True):
            yield Path(entry.path)


def _is_object(line: bytes) -> bool:
    try:
        return isinstance(json.loads(line), dict)
    except ValueError:
        return False


def _jsonl_ranges(path: Path, items: int, max_bytes: int) -> list[Partition] | None:
    """Byte ranges of a plain JSON Lines file, each starting at a line that is a JSON object
    (so every range reads as JSON Lines on its own); None when the file cannot be split
    (gzipped, UTF-16/32, one JSON document)."""
    with path.open("rb") as fh:
        head = fh.read(SNIFF_BYTES)
        if head.startswith(_GZIP_MAGIC) or head[:2] in (b"\xff\xfe", b"\xfe\xff"):
            return None
        first_line = head.removeprefix(b"\xef\xbb\xbf").lstrip().split(b"\n", 1)[0].strip()
        if first_line.startswith(b"[") or first_line == b"{":
            return None
        fh.seek(0)
        parts: list[Partition] = []
        start = offset = lines = lines_at_start = count = 0
        for line in fh:  # split at b"\n" only, so a range always starts a line
            if (count >= items or offset - start >= max_bytes) and count and _is_object(line):
                parts.append(Partition((str(path),), start, offset, lines_at_start))
                start, lines_at_start, count = offset, lines, 0
            offset += len(line)
            lines += len(line.splitlines())  # ingest numbers lines as bytes.splitlines() does
            count += bool(line.removeprefix(b"\xef\xbb\xbf").strip())  # a range must hold text
    if offset > start:
        parts.append(Partition((str(path),), start, offset, lines_at_start))
    return parts


def _warc_ranges(path: Path, items: int, max_bytes: int) -> list[Partition] | None:
    """Byte ranges of a WARC file cut at record offsets (each gzip member or plain record is
    readable on its own), each holding at least one HTML response; None when the file cannot
    be scanned (it is then read whole, and `ingest`'s reader reports what is wrong)."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    parts: list[Partition] = []
    start = first = count = total = 0
    try:
        with path.open("rb") as fh:
            records = ArchiveIterator(fh, arc2warc=True)
            for n, record in enumerate(records):
                offset = records.get_record_offset()
                if count and (count >= items or offset - start >= max_bytes):
                    parts.append(Partition((str(path),), start, offset, first))
                    start, first, count = offset, n, 0
                headers = record.http_headers
                if record.rec_type == "response" and headers is not None:
                    kind = (headers.get_header("Content-Type") or "").lower()
                    if headers.get_statuscode() == "200" and "html" in kind:
                        count += 1
                        total += 1
    except (ArchiveLoadFailed, OSError, EOFError, ValueError, zlib.error, AttributeError, KeyError):
        return None  # the types ingest's reader catches: warcio raises them on corrupt input
    if not total:
        return None
    end = path.stat().st_size
    if count or not parts:
        parts.append(Partition((str(path),), start, end, first))
    else:  # trailing records without HTML belong to the last range
        parts[-1] = replace(parts[-1], stop=end)
    return parts


def plan_partitions(
    sources: Sequence[str],
    settings: Settings,
    *,
    items: int = ITEMS_PER_PARTITION,
    files: int = FILES_PER_PARTITION,
) -> list[Partition]:
    """Split inputs into partitions of about the same work, in input order: consecutive small
    files grouped by `files`, large JSON Lines and WARC files cut into ranges of `items`
    documents (or PARTITION_BYTES, whichever comes first)."""
    max_bytes = min(PARTITION_BYTES, settings.max_input_bytes)
    parts: list[Partition] = []
    group: list[str] = []

    def flush() -> None:
        if group:
            parts.append(Partition(tuple(group)))
            group.clear()

    for source in sources:
        path = Path(source)
        if not path.exists():
            raise UsageError(f"{source}: no such file or directory")
        for f in _walk(path) if path.is_dir() else [path]:
            try:
                with f.open("rb") as fh:
                    kind = detect_kind(fh.read(SNIFF_BYTES), f.name)
            except (InputError, OSError):
                kind = "bad"  # read with the small files: the worker reports it with its reason
            ranges = None
            if kind == "jsonl":
                ranges = _jsonl_ranges(f, items, max_bytes)
            elif kind == "warc":
                ranges = _warc_ranges(f, items, max_bytes)
            if ranges is None:
                group.append(str(f))
                if len(group) >= files:
                    flush()
            else:
                flush()
                parts += ranges
    flush()
    return parts


# --------------------------------------------------------------------------------------------
# processing (worker)
# --------------------------------------------------------------------------------------------


class WorkerState:
    """What a worker keeps between partitions: the loaded resources (per cache directory) and
    one read-only store handle per database URL."""

    def __init__(self) -> None:
        self._resources: dict[str, Any] = {}
        self._stores: dict[str, Store] = {}

    def resources(self, settings: Settings) -> Any:
        """`pipeline.Resources` for these settings. The workers of one machine share the cache
        directory: one builds the gazetteer cache while the others wait for it."""
        import fcntl

        from .lexicon import Lexicon
        from .nlp import load_model
        from .pipeline import Resources
        from .resolve.actors import ActorDictionary
        from .resolve.gazetteer import Gazetteer

        key = str(settings.cache_dir)
        if key not in self._resources:
            Path(settings.cache_dir).mkdir(parents=True, exist_ok=True)
            with open(Path(settings.cache_dir) / "gazetteer.lock", "w") as lock:
                fcntl.flock(lock, fcntl.LOCK_EX)
                gazetteer = Gazetteer.open(settings)
            self._resources[key] = Resources(
                nlp=load_model(), lexicon=Lexicon.load(), actors=ActorDictionary.load(), gazetteer=gazetteer
            )
        return self._resources[key]

    def store(self, url: str) -> Store:
        if url not in self._stores:
            self._stores[url] = open_store(url)
        return self._stores[url]

    def close_stores(self) -> None:
        for store in self._stores.values():
            store.close()
        self._stores.clear()


class ResourcesPlugin(WorkerPlugin):
    """Dask worker plugin: load the model, dictionaries and a store handle once per worker
    (again on a worker that replaces a dead one). Registering it anew for another database
    keeps the loaded model."""

    name = PLUGIN_NAME

    def __init__(self, settings: Settings) -> None:
        self.settings = settings

    def setup(self, worker: Any) -> None:
        state = getattr(worker, "frontwatch", None) or WorkerState()
        state.resources(self.settings)
        state.store(self.settings.db_url)
        worker.frontwatch = state

    def teardown(self, worker: Any) -> None:
        state = getattr(worker, "frontwatch", None)
        if state is not None:
            state.close_stores()


def _renumber(item: RawDocument | InputError, source: str, first: int) -> RawDocument | InputError:
    """Name an item of a range as `ingest` names it in the whole file: `source:line` and
    `source#record` count from the start of the file, not of the range."""
    name = item.source
    for sep in (":", "#"):
        prefix = source + sep
        if name.startswith(prefix) and name[len(prefix) :].isdigit():
            name = f"{prefix}{int(name[len(prefix) :]) + first}"
            break
    if name == item.source:
        return item
    if isinstance(item, InputError):
        return type(item)(name, item.reason)
    return replace(item, source=name)


def read_range(part: Partition, settings: Settings) -> Iterator[RawDocument | InputError]:
    """The documents in a byte range of one JSON Lines or WARC file."""
    assert part.start is not None and part.stop is not None
    source = part.sources[0]
    size = part.stop - part.start
    if size > settings.max_input_bytes:
        yield TooLarge(part.label(), f"{size} bytes, over the limit of {settings.max_input_bytes}")
        return
    try:
        with open(source, "rb") as fh:
            fh.seek(part.start)
            data = fh.read(size)
    except OSError as exc:
        yield SourceNotFound(source, exc.strerror or str(exc))
        return
    if len(data) < size:
        yield MalformedInput(part.label(), "the file is shorter than when the run started")
        return
    for item in documents_from_bytes(data, source, settings):
        yield _renumber(item, source, part.first)


def partition_documents(part: Partition, settings: Settings) -> Iterator[RawDocument | InputError]:
    """Stage 1 for one partition: its files read whole, or its byte range; for a piece of a
    partition, its share of those documents (all are read, only these are cleaned)."""
    whole = part.start is None
    docs = iter_documents(list(part.sources), settings) if whole else read_range(part, settings)
    if part.pieces == 1:
        return docs
    items = list(docs)
    lo, hi = (len(items) * k // part.pieces for k in (part.piece, part.piece + 1))
    return iter(items[lo:hi])


def process_partition(part: Partition, settings: Settings) -> PartitionResult:
    """Stages 1–2 and 4–6 on one partition, on a worker (or here when there is no worker), with
    the garbage collector paused (`pipeline.collector_paused`)."""
    from .pipeline import collector_paused

    with collector_paused():
        return _process_partition(part, settings)


def _process_partition(part: Partition, settings: Settings) -> PartitionResult:
    from .pipeline import CHUNK, Resources, _cleaned, code_articles

    try:
        from distributed import get_worker

        state: WorkerState = get_worker().frontwatch  # type: ignore[attr-defined]
        res, store = state.resources(settings), state.store(settings.db_url)
    except (ValueError, AttributeError):  # not on a worker, or the plugin is not registered
        res, store = Resources.load(settings), open_store(settings.db_url)
    summary = IngestSummary()
    docs = partition_documents(part, settings)
    sig = NearDuplicateIndex(settings.dedup_threshold, settings.dedup_shingle, settings.dedup_perm)
    result = PartitionResult()
    pending: list[tuple[Article, bytes]] = []
    seen: set[str] = set()
    cleaned = list(_cleaned(docs, settings, summary, lambda exc: None))
    known = store.known_ids(article.id for article, _ in cleaned)  # one look-up per partition
    for article, raw in cleaned:
        result.order.append(article.id)
        if article.id in seen or article.id in known:
            result.skipped.append(article.id)
            continue
        seen.add(article.id)
        pending.append((article, raw))
    for k in range(0, len(pending), CHUNK):
        chunk = pending[k : k + CHUNK]
        coded = code_articles([a for a, _ in chunk], res, settings)
        for (article, raw), events in zip(chunk, coded, strict=True):
            result.coded.append((article, raw, sig.signature(article.text), events))
    result.failures = summary.failures
    return result


# --------------------------------------------------------------------------------------------
# the run (client)
# --------------------------------------------------------------------------------------------


def local_client(workers: int) -> Any:
    """A Dask client over a new local cluster of `workers` single-threaded worker processes;
    closing the client closes the cluster."""
    import dask
    from distributed import Client, LocalCluster

    os.environ.setdefault("OMP_NUM_THREADS", "1")
    config = {
        "distributed.nanny.pre-spawn-environ.MALLOC_TRIM_THRESHOLD_": MALLOC_TRIM_THRESHOLD,
        "distributed.nanny.pre-spawn-environ.MALLOC_MMAP_THRESHOLD_": MALLOC_MMAP_THRESHOLD,
        # the statistical profiler samples each worker's stack every 10 ms for a dashboard this
        # cluster has not got (news, 3 alternating runs: 0.0530 → 0.0511 CPU s per article)
        "distributed.worker.profile.enabled": False,
        # Each process's event loop also wakes to time itself (every 20 ms), to check the
        # workers' memory (100 ms) and to sample system figures (500 ms): 12–13% of a core with
        # the cluster idle, 4–5% with these (benchmarks/README.md, issue 3). Memory is still
        # checked twice a second, far within the workers' 6 GiB limit.
        "distributed.admin.tick.interval": "500ms",
        "distributed.worker.memory.monitor-interval": "500ms",
        "distributed.admin.system-monitor.interval": "2s",
    }
    with dask.config.set(config):  # each nanny reads it once and passes it on at every (re)start
        cluster = LocalCluster(
            n_workers=workers,
            threads_per_worker=1,
            processes=True,
            dashboard_address=None,
            memory_limit="6GiB",
            silence_logs=logging.ERROR,
        )
    client = Client(cluster, set_as_default=False)
    client._frontwatch_cluster = cluster  # type: ignore[attr-defined]
    return client


def close_client(client: Any) -> None:
    """Close a client, and the local cluster `local_client` made for it."""
    client.close()
    cluster = getattr(client, "_frontwatch_cluster", None)
    if cluster is not None:
        cluster.close()


def run_batch(
    sources: Sequence[str],
    settings: Settings,
    *,
    scheduler: str = "local",
    workers: int = 2,
    client: Any = None,
    items: int = ITEMS_PER_PARTITION,
    files: int = FILES_PER_PARTITION,
    on_failure: Callable[[InputError], None] = lambda exc: None,
    on_progress: ProgressCallback = lambda done, total: None,
) -> IngestSummary:
    """Process inputs on a Dask cluster into the store; returns the ingest summary.

    `scheduler` is "local" (a cluster of `workers` processes, made and closed here) or a
    scheduler address; `client` is an existing Dask client to use instead (left open)."""
    from distributed import Client

    parts = plan_partitions(sources, settings, items=items, files=files)
    store = open_store(settings.db_url)
    own = client is None
    try:
        index = NearDuplicateIndex.from_store(
            store.signatures(), threshold=settings.dedup_threshold, shingle=settings.dedup_shingle,
            num_perm=settings.dedup_perm,
        )  # fmt: skip
        if client is None and scheduler == "local":
            client = local_client(workers)
        elif client is None:
            client = Client(scheduler, set_as_default=False)
        client.register_plugin(ResourcesPlugin(settings), name=PLUGIN_NAME)
        return _run(client, parts, settings, store, index, on_failure, on_progress)
    finally:
        if own and client is not None:
            close_client(client)
        store.close()


def _run(
    client: Any,
    parts: list[Partition],
    settings: Settings,
    store: Store,
    index: NearDuplicateIndex,
    on_failure: Callable[[InputError], None],
    on_progress: ProgressCallback,
) -> IngestSummary:
    """Keep a window of partitions submitted and write their results in partition order.

    The last partitions, one per worker thread, are each processed in TAIL_PIECES tasks: the
    partitions do not cost the same (their texts differ), so whole partitions leave the last
    wave to one worker while the others wait; pieces let the others share it. The pieces of a
    partition are written together (`_merge`), so what is stored is the same."""
    import uuid

    summary = IngestSummary()
    run = uuid.uuid4().hex[:8]
    window: deque[tuple[Partition, list[Any]]] = deque()
    queued = iter(enumerate(parts))
    threads = sum(client.nthreads().values())
    tail = len(parts) - threads if threads > 1 else len(parts)
    on_progress(0, len(parts))

    def top_up() -> None:
        limit = max(4, 2 * sum(client.nthreads().values()))
        while len(window) < limit:
            nxt = next(queued, None)
            if nxt is None:
                return
            k, part = nxt
            key = f"frontwatch-partition-{run}-{k}"
            if k < tail:
                futures = [client.submit(process_partition, part, settings, key=key, retries=1)]
            else:
                futures = [
                    client.submit(process_partition, replace(part, piece=i, pieces=TAIL_PIECES), settings,
                                  key=f"{key}.{i}", retries=1)
                    for i in range(TAIL_PIECES)
                ]  # fmt: skip
            window.append((part, futures))

    top_up()
    done = 0
    while window:
        part, futures = window.popleft()
        top_up()
        try:
            result = _merge([future.result() for future in futures])
        except Exception as exc:  # failed twice, or its worker kept dying: report it, go on
            failure = InputError(part.label(), f"partition failed after a retry: {type(exc).__name__}: {exc}")
            summary.failed += 1
            summary.failures.append((failure.source, failure.reason))
            on_failure(failure)
        else:
            for source, reason in result.failures:
                summary.failed += 1
                summary.failures.append((source, reason))
                on_failure(InputError(source, reason))
            _write(result, store, index, summary)
        finally:
            for future in futures:
                future.release()
        done += 1
        on_progress(done, len(parts))
    return summary


def _merge(results: list[PartitionResult]) -> PartitionResult:
    """The pieces of a partition as the one result of the whole partition: an article that an
    earlier piece coded is skipped, as `_process_partition` skips an id it has seen."""
    if len(results) == 1:
        return results[0]
    merged = PartitionResult()
    coded: set[str] = set()
    for result in results:
        merged.order += result.order
        merged.skipped += result.skipped
        merged.failures += result.failures
        for item in result.coded:
            if item[0].id in coded:
                merged.skipped.append(item[0].id)
            else:
                coded.add(item[0].id)
                merged.coded.append(item)
    return merged


def _write(result: PartitionResult, store: Store, index: NearDuplicateIndex, summary: IngestSummary) -> None:
    """Stages 3, 7 and 8 for one partition: link near-duplicates, stamp the ingest time, store
    every article with its events in one transaction, merge the new events into stories."""
    from .analyze.stories import update_stories

    items = []
    stamp = datetime.min.replace(tzinfo=UTC)
    for article, raw, signature, events in result.coded:
        original = index.query(signature)
        if original is None:
            index.add(article.id, signature)
        elif original != article.id:
            article = replace(article, duplicate_of=original)
        # Stamped here, as it is written: workers clean partitions side by side, so their clocks
        # would interleave partitions, and stories take events in ingest-time order (as `ingest`,
        # whose stamps follow the input order). Strictly increasing: equal stamps would order
        # the articles by id instead.
        stamp = max(datetime.now(UTC), stamp + timedelta(microseconds=1))
        article = replace(article, ingested_at=stamp)
        items.append((article, raw, signature, events))
    outcomes = store.store_articles(items) if items else []
    stored_events: list[Event] = []
    articles: dict[str, Article] = {}
    for (article, _, _, events), outcome in zip(items, outcomes, strict=True):
        if outcome == "unchanged":  # stored meanwhile by another run
            summary.unchanged += 1
            continue
        if outcome == "duplicate":
            summary.duplicates += 1
        else:
            summary.new += 1
        summary.events += len(events)
        stored_events += events
        articles[article.id] = article
    summary.unchanged += len(result.skipped)
    summary.article_ids += result.order
    if stored_events:
        update_stories(store, stored_events, articles)
