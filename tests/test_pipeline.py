"""The orchestrator end to end: idempotence, near-duplicates, bad inputs, a killed run."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from frontwatch.config import Settings
from frontwatch.pipeline import Resources, ingest
from frontwatch.store import ArticleFilter, open_store

REPORT = (
    "{city}, Jan {day} (Eastern Wire) - Russian troops arrived in Belarus on Friday, the "
    "Belarusian defence ministry said. Report {n} of a synthetic test corpus; the troops came "
    "by train with armoured vehicles and will take part in joint drills, officials said.\n"
)


def _settings(tmp_path: Path) -> Settings:
    return Settings(db_url=f"sqlite:///{tmp_path / 'fw.db'}", cache_dir=tmp_path, allow_network=False)


def _all_articles(db_url: str) -> list:
    store = open_store(db_url)
    try:
        return store.list_articles(ArticleFilter(), None, 10_000).items
    finally:
        store.close()


def test_same_inputs_twice_add_nothing(tmp_path: Path, resources: Resources) -> None:
    src = tmp_path / "in"
    src.mkdir()
    for n in range(6):
        (src / f"r{n}.txt").write_text(REPORT.format(city="MINSK", day=n + 1, n=n) * (n + 1))
    settings = _settings(tmp_path)
    store = open_store(settings.db_url)
    first = ingest([str(src)], settings, store, resources)
    second = ingest([str(src)], settings, store, resources)
    store.close()
    assert first.new + first.duplicates == 6 and first.failed == 0 and first.events > 0
    assert second.new == 0 and second.duplicates == 0 and second.unchanged == 6
    assert len(_all_articles(settings.db_url)) == 6


def test_repost_is_linked_to_the_first_copy(tmp_path: Path, resources: Resources) -> None:
    body = " ".join(REPORT.format(city="MINSK", day=6, n=k) for k in range(8))
    repost = "Posted by admin\n\n" + body + " Our readers sent us this report.\nRead More\nPost a Comment\n"
    (tmp_path / "a.txt").write_text(body)
    (tmp_path / "b.txt").write_text(repost)
    (tmp_path / "c.txt").write_text(REPORT.format(city="KYIV", day=2, n=99) + "A different story entirely.")
    settings = _settings(tmp_path)
    store = open_store(settings.db_url)
    sources = [str(tmp_path / n) for n in ("a.txt", "b.txt", "c.txt")]
    summary = ingest(sources, settings, store, resources)
    store.close()
    assert (summary.new, summary.duplicates) == (2, 1)
    articles = {a.id: a for a in _all_articles(settings.db_url)}
    (dup,) = [a for a in articles.values() if a.duplicate_of]
    assert "Our readers" in dup.text and "Read More" not in dup.text
    assert "Our readers" not in articles[dup.duplicate_of].text


def test_bad_inputs_are_reported_and_the_rest_processed(tmp_path: Path, resources: Resources) -> None:
    good = tmp_path / "good.txt"
    good.write_text(REPORT.format(city="MINSK", day=3, n=1))
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.bin").write_bytes(bytes(range(256)) * 40)
    failures: list[str] = []
    settings = _settings(tmp_path)
    store = open_store(settings.db_url)
    sources = [
        str(tmp_path / "empty.txt"),
        str(tmp_path / "missing.txt"),
        str(good),
        str(tmp_path / "binary.bin"),
    ]
    summary = ingest(sources, settings, store, resources, on_failure=lambda e: failures.append(str(e)))
    store.close()
    assert summary.new == 1 and summary.failed == 3
    assert len(failures) == 3 and all("\n" not in f for f in failures)
    assert any("missing.txt" in f for f in failures) and any("empty.txt" in f for f in failures)


@pytest.mark.slow
def test_killed_ingest_leaves_a_consistent_db_and_resumes(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    for n in range(300):
        (src / f"r{n:03d}.txt").write_text(REPORT.format(city="GOMEL", day=n % 28 + 1, n=n) + f"Serial {n}.")
    db = tmp_path / "fw.db"
    env = {**os.environ, "FRONTWATCH_DB": f"sqlite:///{db}", "FRONTWATCH_CACHE": str(tmp_path / "cache")}
    cmd = [sys.executable, "-m", "frontwatch", "ingest", "--offline", str(src)]
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 400  # model and gazetteer load first; slow on a busy machine
    stored = 0
    while time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.2)
        if db.exists():
            try:
                with sqlite3.connect(db, timeout=1) as con:
                    stored = con.execute("select count(*) from articles").fetchone()[0]
            except sqlite3.Error:
                continue
            if stored >= 16:  # the first batch (one transaction) is in
                break
    assert proc.poll() is None, "ingest finished before it could be killed"
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    with sqlite3.connect(db) as con:
        assert con.execute("pragma integrity_check").fetchone()[0] == "ok"
        partial = con.execute("select count(*) from articles").fetchone()[0]
    assert 16 <= partial < 300
    done = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    assert f"{partial} unchanged" in done.stderr and "0 failed" in done.stderr
    with sqlite3.connect(db) as con:
        assert con.execute("select count(*) from articles").fetchone()[0] == 300
