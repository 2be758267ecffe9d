"""`frontwatch batch` on a local Dask cluster: the same events as `ingest`, re-runs, a failing
partition, a worker killed mid-run. One two-worker cluster serves the whole module."""

from __future__ import annotations

import io
import json
import os
import shutil
import signal
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given
from hypothesis import settings as hsettings
from hypothesis import strategies as st

from frontwatch.batch import (
    MALLOC_MMAP_THRESHOLD,
    MALLOC_TRIM_THRESHOLD,
    TAIL_PIECES,
    PartitionResult,
    _merge,
    close_client,
    local_client,
    partition_documents,
    plan_partitions,
    run_batch,
)
from frontwatch.config import Settings
from frontwatch.ingest import iter_documents
from frontwatch.models import EventFilter, IngestSummary
from frontwatch.store import ArticleFilter, iter_pages, open_store

from .conftest import empty_pg, make_article

SAMPLES = Path(__file__).resolve().parents[1] / "samples"
PLACES = ["Brest", "Gomel", "Mozyr", "Kharkiv", "Sumy", "Chernihiv", "Grodno", "Vitebsk"]
SENTENCES = [
    "A train of Russian troops arrived in {p} on Friday, the Belarusian defence ministry said.",
    "Kyiv says Russia keeps using Belarusian airspace near {p} for drone and missile attacks.",
    "Belarus will receive more Russian weapons at an airfield near {p}, officials said.",
    "Ukraine fears an offensive from the north through {p}, the general staff said.",
    "Minsk denied that its soldiers had crossed the border near {p} on Thursday.",
    "Russian and Belarusian units will hold joint air-force drills near {p} next week.",
]
ITEMS, FILES = 3, 4  # small partitions, so that these small inputs make many of them


def _report_html(n: int) -> bytes:
    body = " ".join(
        SENTENCES[(n + k) % len(SENTENCES)].format(p=PLACES[(n + 2 * k) % len(PLACES)]) for k in range(4)
    )
    return (
        f"<!doctype html><html><head><title>Border report {n} - Bench Wire</title>"
        f'<meta property="og:site_name" content="Bench Wire">'
        f'<meta property="article:published_time" content="2023-01-{10 + n:02d}T09:00:00+00:00">'
        f"</head><body><nav><a href='/'>Home</a></nav><article><h1>Border report {n}</h1>"
        f"<p>{body}</p><p>Synthetic test report number {n}.</p></article></body></html>"
    ).encode()


def _write_warc(path: Path, count: int) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        for n in range(count):
            headers = StatusAndHeaders(
                "200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1"
            )
            record = writer.create_warc_record(
                f"https://bench.example/{n}", "response", payload=io.BytesIO(_report_html(n)),
                http_headers=headers,
            )  # fmt: skip
            writer.write_record(record)


@pytest.fixture(scope="module")
def inputs(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    """A synthetic WARC (8 reports), a directory (the HTML samples) and a JSON Lines file (the
    JSON Lines sample with one broken line in the middle)."""
    root = tmp_path_factory.mktemp("batch-inputs")
    _write_warc(root / "reports.warc.gz", 8)
    lines = (SAMPLES / "jsonl" / "newsdesk-export.jsonl").read_bytes().splitlines(keepends=True)
    (root / "export.jsonl").write_bytes(b"".join([*lines[:4], b"this is not JSON\n", *lines[4:]]))
    shutil.copytree(SAMPLES / "html", root / "pages")
    return [str(root / "reports.warc.gz"), str(root / "pages"), str(root / "export.jsonl")]


def _settings(db_url: str, cache: Path) -> Settings:
    return Settings(db_url=db_url, cache_dir=cache, allow_network=False)


def _events(db_url: str) -> dict[str, dict[str, Any]]:
    """Every stored event as a dict, by id (without the story id, which depends on merge order)."""
    store = open_store(db_url)
    try:
        events = iter_pages(lambda c: store.list_events(EventFilter(), c, 500))
        return {e.id: {k: v for k, v in e.to_dict().items() if k != "story_id"} for e in events}
    finally:
        store.close()


def _articles(db_url: str) -> dict[str, tuple[Any, ...]]:
    store = open_store(db_url)
    try:
        items = store.list_articles(ArticleFilter(), None, 10_000).items
    finally:
        store.close()
    return {a.id: (a.url, a.outlet, a.title, a.published, a.text, a.duplicate_of) for a in items}


@pytest.fixture(scope="module")
def reference(
    inputs: list[str], tmp_path_factory: pytest.TempPathFactory, fw_cache: Path, resources: Any
) -> tuple[str, IngestSummary]:
    """The inputs through a plain `ingest` into SQLite."""
    from frontwatch.pipeline import ingest

    db = f"sqlite:///{tmp_path_factory.mktemp('batch-ref') / 'ingest.db'}"
    store = open_store(db)
    try:
        summary = ingest(inputs, _settings(db, fw_cache), store, resources)
    finally:
        store.close()
    assert summary.new >= 25 and summary.events >= 25, summary.line()
    return db, summary


@pytest.fixture(scope="module")
def client(resources: Any) -> Iterator[Any]:
    """One local cluster of two worker processes for the module (the `resources` fixture has
    built the gazetteer cache the workers open)."""
    opened = local_client(2)
    try:
        yield opened
    finally:
        close_client(opened)


def test_ranges_read_the_same_documents_as_the_whole_files(inputs: list[str], fw_cache: Path) -> None:
    settings = _settings("memory://", fw_cache)
    parts = plan_partitions(inputs, settings, items=ITEMS, files=FILES)
    assert sum(p.start is not None for p in parts) >= 5  # the WARC and the JSON Lines are cut
    whole = [(d.source, getattr(d, "data", None) or str(d)) for d in iter_documents(inputs, settings)]
    split = []
    for part in parts:
        split += [(d.source, getattr(d, "data", None) or str(d)) for d in partition_documents(part, settings)]
    assert split == whole
    assert any(source.endswith("export.jsonl:5") for source, _ in whole)  # the broken line


def test_the_pieces_of_a_partition_share_its_documents(inputs: list[str], fw_cache: Path) -> None:
    settings = _settings("memory://", fw_cache)

    def read(docs: Any) -> list[tuple[str, object]]:
        return [(d.source, getattr(d, "data", None) or str(d)) for d in docs]

    for part in plan_partitions(inputs, settings, items=ITEMS, files=FILES):
        whole = read(partition_documents(part, settings))
        for pieces in (2, 3, len(whole) + 1):
            split = [
                read(partition_documents(replace(part, piece=k, pieces=pieces), settings))
                for k in range(pieces)
            ]
            assert [d for piece in split for d in piece] == whole
            assert max(map(len, split)) - min(map(len, split)) <= 1


def test_the_pieces_of_a_partition_merge_into_its_result() -> None:
    # an article coded by an earlier piece is skipped by a later one, as within one partition
    a, b, c = (make_article(n, f"Report {n}: troops moved near town {n} today.") for n in range(3))
    first = PartitionResult(coded=[(a, b"a", [1], []), (b, b"b", [2], [])], order=[a.id, b.id],
                            failures=[("x:1", "broken")])  # fmt: skip
    second = PartitionResult(coded=[(a, b"a", [1], []), (c, b"c", [3], [])], skipped=["old"],
                             order=[a.id, c.id, "old"], failures=[("x:5", "broken")])  # fmt: skip
    merged = _merge([first, second])
    assert [item[0].id for item in merged.coded] == [a.id, b.id, c.id]
    assert merged.skipped == ["old", a.id]
    assert merged.order == [a.id, b.id, a.id, c.id, "old"]
    assert merged.failures == [("x:1", "broken"), ("x:5", "broken")]
    assert _merge([first]) is first


_LINES = st.one_of(
    st.integers(0, 99).map(lambda n: json.dumps({"text": f"Russian troops arrived in Brest, report {n}."})),
    st.sampled_from(["not JSON", "[1, 2]", "  ", "", '{"html": ""}', "{", "42", "\r"]),
).map(str.encode)


@hsettings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    lines=st.lists(_LINES, min_size=1, max_size=25),
    newline=st.sampled_from([b"\n", b"\r\n"]),
    bom=st.booleans(),
    items=st.integers(1, 4),
)
def test_json_lines_ranges_read_like_the_whole_file(
    lines: list[bytes], newline: bytes, bom: bool, items: int, tmp_path: Path
) -> None:
    path = tmp_path / "items.jsonl"
    path.write_bytes((b"\xef\xbb\xbf" if bom else b"") + newline.join(lines) + newline)
    settings = Settings(db_url="memory://", allow_network=False)

    def read(docs: Any) -> list[tuple[str, object]]:
        return [(d.source, getattr(d, "data", None) or str(d)) for d in docs]

    whole = read(iter_documents([str(path)], settings))
    parts = plan_partitions([str(path)], settings, items=items)
    assert [x for part in parts for x in read(partition_documents(part, settings))] == whole


def test_workers_get_the_malloc_setting(client: Any) -> None:
    values = client.run(
        lambda: (os.environ.get("MALLOC_TRIM_THRESHOLD_"), os.environ.get("MALLOC_MMAP_THRESHOLD_"))
    )
    assert len(values) == 2
    assert set(values.values()) == {(MALLOC_TRIM_THRESHOLD, MALLOC_MMAP_THRESHOLD)}


def test_workers_wake_less_often(client: Any) -> None:
    """The local cluster's processes time their event loops and check memory every 500 ms, not
    every 20 and 100 ms (Dask's defaults): the workers are sent the setting."""

    def intervals() -> tuple[str, str]:
        import dask

        return dask.config.get("distributed.admin.tick.interval"), dask.config.get(
            "distributed.worker.memory.monitor-interval"
        )

    assert set(client.run(intervals).values()) == {("500ms", "500ms")}


def _check_same_as_ingest(db: str, summary: IngestSummary, reference: tuple[str, IngestSummary]) -> None:
    ref_db, ref = reference
    assert (summary.new, summary.duplicates, summary.events) == (ref.new, ref.duplicates, ref.events)
    assert summary.failures == ref.failures  # the broken JSON line, named alike
    assert summary.article_ids == ref.article_ids
    assert _articles(db) == _articles(ref_db)
    got, want = _events(db), _events(ref_db)
    assert got.keys() == want.keys()
    for event_id, event in want.items():
        assert got[event_id] == event
    assert _stories(db) == _stories(ref_db)  # the same events grouped into the same stories


def _stories(db_url: str) -> set[frozenset[str]]:
    """The stories as sets of event ids (their ids and order aside)."""
    store = open_store(db_url)
    try:
        stories = iter_pages(lambda c: store.list_stories(EventFilter(), c, 500))
        return {frozenset(s.event_ids) for s in stories}
    finally:
        store.close()


def test_batch_gives_the_events_of_ingest_and_a_rerun_adds_nothing(
    inputs: list[str], reference: tuple[str, IngestSummary], client: Any, tmp_path: Path, fw_cache: Path
) -> None:
    db = f"sqlite:///{tmp_path / 'batch.db'}"
    progress: list[tuple[int, int]] = []
    summary = run_batch(
        inputs, _settings(db, fw_cache), client=client, items=ITEMS, files=FILES,
        on_progress=lambda done, total: progress.append((done, total)),
    )  # fmt: skip
    _check_same_as_ingest(db, summary, reference)
    assert progress[-1][0] == progress[-1][1] >= 8

    before = (_articles(db), _events(db))
    again = run_batch(inputs, _settings(db, fw_cache), client=client, items=ITEMS, files=FILES)
    assert (again.new, again.duplicates, again.events) == (0, 0, 0)
    assert again.unchanged == len(reference[1].article_ids)
    assert (_articles(db), _events(db)) == before


def test_the_last_partitions_run_in_pieces_and_store_what_ingest_stores(
    inputs: list[str], reference: tuple[str, IngestSummary], client: Any, tmp_path: Path, fw_cache: Path
) -> None:
    from distributed import get_task_stream

    db = f"sqlite:///{tmp_path / 'pieces.db'}"
    parts = plan_partitions(inputs, _settings(db, fw_cache), items=ITEMS, files=FILES)
    with get_task_stream(client=client) as stream:
        summary = run_batch(inputs, _settings(db, fw_cache), client=client, items=ITEMS, files=FILES)
    keys = [str(t["key"]) for t in stream.data if "frontwatch-partition" in str(t["key"])]
    threads = sum(client.nthreads().values())
    assert len(set(keys)) == len(parts) - threads + threads * TAIL_PIECES
    _check_same_as_ingest(db, summary, reference)


@pytest.mark.postgres
def test_batch_into_postgresql_gives_the_events_of_ingest_into_sqlite(
    inputs: list[str], reference: tuple[str, IngestSummary], client: Any, pg_url: str, fw_cache: Path
) -> None:
    db = empty_pg(pg_url)
    summary = run_batch(inputs, _settings(db, fw_cache), client=client, items=ITEMS, files=FILES)
    _check_same_as_ingest(db, summary, reference)


def _fail_on(marker: str, log: str) -> None:
    """On a worker: make stage 4–6 raise for any batch holding `marker`, noting each attempt."""
    import frontwatch.pipeline as pipeline

    original = pipeline.code_articles

    def code_articles(articles: Any, res: Any, settings: Any) -> Any:
        if any(marker in a.text for a in articles):
            with open(log, "a") as fh:
                fh.write(f"{os.getpid()}\n")
            raise RuntimeError("injected failure")
        return original(articles, res, settings)

    code_articles.original = original  # type: ignore[attr-defined]
    pipeline.code_articles = code_articles


def _restore() -> None:
    import frontwatch.pipeline as pipeline

    pipeline.code_articles = getattr(pipeline.code_articles, "original", pipeline.code_articles)


def test_a_failing_partition_is_retried_then_reported(client: Any, tmp_path: Path, fw_cache: Path) -> None:
    files = sorted((SAMPLES / "text").iterdir())
    marker = max(files[3].read_text().splitlines(), key=len)[:40]  # a line of the body
    assert sum(marker in f.read_text() for f in files) == 1
    log = tmp_path / "attempts.log"
    db = f"sqlite:///{tmp_path / 'fail.db'}"
    failures: list[str] = []
    client.run(_fail_on, marker, str(log))
    try:
        summary = run_batch(
            [str(SAMPLES / "text")], _settings(db, fw_cache), client=client, files=2,
            on_failure=lambda exc: failures.append(exc.source),
        )  # fmt: skip
    finally:
        client.run(_restore)
    assert len(log.read_text().split()) == 2  # the first attempt and one retry
    assert summary.failed == 1 and failures == [f"{files[2]} (+1 files)"]
    assert "injected failure" in summary.failures[0][1]
    stored = _articles(db)
    assert summary.new == len(stored) == len(files) - 2  # the other partitions are stored
    rerun = run_batch([str(SAMPLES / "text")], _settings(db, fw_cache), client=client, files=2)
    assert (rerun.new, rerun.unchanged, rerun.failed) == (2, len(files) - 2, 0)


def test_a_killed_worker_loses_nothing(
    inputs: list[str], reference: tuple[str, IngestSummary], client: Any, tmp_path: Path, fw_cache: Path
) -> None:
    db = f"sqlite:///{tmp_path / 'killed.db'}"
    killed: list[int] = []

    def kill_a_busy_worker(done: int, total: int) -> None:
        if done != 1 or killed:
            return
        pids = client.run(os.getpid)
        busy = [addr for addr, keys in client.processing().items() if keys and addr in pids]
        pid = pids[busy[0]] if busy else next(iter(pids.values()))
        os.kill(pid, signal.SIGKILL)
        killed.append(pid)

    failures: list[str] = []
    summary = run_batch(
        inputs, _settings(db, fw_cache), client=client, items=ITEMS, files=FILES,
        on_failure=lambda exc: failures.append(str(exc)), on_progress=kill_a_busy_worker,
    )  # fmt: skip
    assert killed
    ref_db, ref = reference
    lost = [f for f in failures if "partition failed" in f]
    assert len(failures) == len(lost) + len(ref.failures)
    # consistent: every stored article has exactly the events ingest gave it
    stored, want = _events(db), _events(ref_db)
    articles = _articles(db)
    assert set(articles) <= set(_articles(ref_db))
    assert stored == {k: v for k, v in want.items() if v["article_id"] in articles}
    if not lost:
        _check_same_as_ingest(db, summary, reference)
    rerun = run_batch(inputs, _settings(db, fw_cache), client=client, items=ITEMS, files=FILES)
    assert rerun.failed == len(ref.failures)
    assert _events(db) == want


def test_the_client_stamps_a_partition_in_input_order_even_when_the_clock_stands_still(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # stories take events in (ingested_at, article id) order: equal stamps would put the
    # articles of a partition in id order instead of input order
    import frontwatch.batch as batch
    from frontwatch.dedup import NearDuplicateIndex

    frozen = datetime(2023, 1, 20, 12, tzinfo=UTC)

    class Clock(datetime):
        @classmethod
        def now(cls, tz: Any = None) -> Any:
            return frozen

    monkeypatch.setattr(batch, "datetime", Clock)
    arts = sorted((make_article(n, f"Report {n}: troops moved near town {n} today.") for n in range(6)),
                  key=lambda a: a.id, reverse=True)  # fmt: skip
    index = NearDuplicateIndex()
    result = batch.PartitionResult(coded=[(a, b"raw", index.signature(a.text), []) for a in arts])
    store = open_store("memory://")
    batch._write(result, store, index, IngestSummary())
    stored = list(iter_pages(lambda c: store.list_articles(ArticleFilter(), c, 100)))
    assert [a.id for a in stored] == [a.id for a in arts]
    assert len({a.ingested_at for a in stored}) == len(arts) and stored[0].ingested_at == frozen
