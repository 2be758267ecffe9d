"""The command line: output shapes and exit codes (0 ok, 1 some inputs failed, 2 usage, 3 fired)."""

from __future__ import annotations

import csv
import io
import json
import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

from frontwatch.cli import app

runner = CliRunner()

WIRE = (
    "MINSK, Jan 9 (Eastern Wire) - A train carrying Russian troops arrived in Belarus on Friday, "
    "the Belarusian defence ministry said. Ukraine fears an offensive from the north. Minsk says it "
    "will not join the war.\n"
)


def _run(*args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_extract_prints_article_and_events(tmp_path: Path) -> None:
    path = tmp_path / "wire.txt"
    path.write_text(WIRE)
    code, out, _ = _run("extract", str(path), "--published", "2023-01-09", "--outlet", "Eastern Wire")
    assert code == 0
    doc = json.loads(out)
    assert doc["article"]["outlet"] == "Eastern Wire" and doc["article"]["published"].startswith("2023-01-09")
    assert doc["events"], "the wire report yields events"
    for event in doc["events"]:
        start, end = event["evidence"]["start"], event["evidence"]["end"]
        assert doc["article"]["text"][start:end] == event["evidence"]["sentence"]
    assert not any(
        e["event_type"] == "ASSAULT" and e["factuality"] == "actual" and e["attribution"] is None
        for e in doc["events"]
    ), "a feared offensive must not come out as an actual unattributed attack"


def test_extract_missing_input_fails_with_one_line(tmp_path: Path) -> None:
    code, _, err = _run("extract", str(tmp_path / "nope.txt"))
    assert code == 1 and "nope.txt" in err and len(err.strip().splitlines()) == 1


@pytest.mark.parametrize(
    "args",
    [("events", "--type", "BOMB"), ("events", "--since", "last week"), ("events", "--format", "xml"),
     ("trends", "--by", "colour"), ("report", "--format", "pdf"), ("extract", "-", "--format", "yaml")],
)  # fmt: skip
def test_usage_errors_exit_2(args: tuple[str, ...], sample_db: str) -> None:
    code, _, _ = _run(*args, *(["--db", sample_db] if args[0] != "extract" else []))
    assert code == 2


def test_articles_and_events_over_the_sample_corpus(sample_db: str, tmp_path: Path) -> None:
    code, out, _ = _run("articles", "--db", sample_db, "--format", "jsonl")
    assert code == 0
    lines = [json.loads(x) for x in out.splitlines()]
    assert "provenance" in lines[0] and len(lines) > 40
    code, out, _ = _run("events", "--db", sample_db, "--format", "csv", "--type", "MOBILIZE")
    body = [x for x in out.splitlines() if not x.startswith("#")]
    rows = list(csv.DictReader(io.StringIO("\n".join(body))))
    assert code == 0 and rows and {r["event_type"] for r in rows} == {"MOBILIZE"}
    assert all(r["evidence"] for r in rows) and "text" not in rows[0]
    code, out, _ = _run("events", "--db", sample_db, "--format", "geojson", "--country", "BLR")
    assert code == 0 and json.loads(out)["type"] == "FeatureCollection"
    target = tmp_path / "e.parquet"
    code, _, _ = _run("events", "--db", sample_db, "--format", "parquet", "-o", str(target))
    assert code == 0 and target.stat().st_size > 0
    for layout in ("plover", "cameo", "acled"):
        code, out, _ = _run("events", "--db", sample_db, "--layout", layout, "--format", "json")
        assert code == 0 and json.loads(out)["provenance"]["layout"] == layout


@pytest.mark.parametrize("width", [80, 160])
def test_events_table_keeps_short_columns_whole(
    width: int, sample_db: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from rich.console import Console

    from frontwatch import cli

    buf = io.StringIO()
    monkeypatch.setattr(cli, "out", Console(file=buf, width=width))
    code, _, _ = _run("events", "--db", sample_db, "--format", "table", "--limit", "60")
    text = buf.getvalue()
    assert code == 0 and "hypothetical" in text, "a factuality is never folded in two"
    header = next(line for line in text.splitlines() if "date" in line)
    assert ("trigger" in header) is (width >= 110) and ("left out" in text) is (width < 110)
    if width >= 110:
        assert "NATO" in text and "North Atlantic" not in text, (
            "an organisation named by its initials is its code"
        )


def test_stories_trends_report(sample_db: str, tmp_path: Path) -> None:
    code, out, _ = _run("stories", "--db", sample_db, "--format", "json")
    stories = json.loads(out)["items"]
    assert code == 0 and stories and max(s["num_articles"] for s in stories) >= 3
    code, out, _ = _run("trends", "--db", sample_db, "--format", "json", "--chart", str(tmp_path / "t.png"))
    assert code == 0 and (tmp_path / "t.png").read_bytes()[:4] == b"\x89PNG"
    code, out, _ = _run("report", "--db", sample_db, "--format", "html", "-o", str(tmp_path / "r.html"))
    html = (tmp_path / "r.html").read_text()
    assert code == 0 and "<html" in html.lower() and 'src="http' not in html


def test_watch_once_exit_codes(sample_db: str, tmp_path: Path) -> None:
    rules = Path(__file__).parents[1] / "samples" / "rules.yaml"
    code, _, _ = _run("watch", str(rules), "--db", sample_db, "--once", "--until", "2023-01-10")
    assert code == 0
    code, out, _ = _run("watch", str(rules), "--db", sample_db, "--once", "--until", "2023-01-11")
    assert code == 3 and "russian-build-up-in-belarus" in out and "already sent" not in out
    code, out, _ = _run("watch", str(rules), "--db", sample_db, "--once", "--until", "2023-01-11")
    assert code == 3 and "already sent" in out, "a fired rule still exits 3 but is not sent twice"
    code, _, _ = _run("watch", str(tmp_path / "none.yaml"), "--db", sample_db, "--once")
    assert code == 2


def test_watch_replay_finds_the_first_day(sample_db: str) -> None:
    rules = Path(__file__).parents[1] / "samples" / "rules.yaml"
    args = (
        "watch",
        str(rules),
        "--db",
        sample_db,
        "--once",
        "--since",
        "2022-12-12",
        "--until",
        "2023-01-20",
    )
    code, out, _ = _run(*args)
    build_up = [line for line in out.splitlines() if "russian-build-up-in-belarus" in line]
    assert code == 3 and build_up and "2023-01-11" in build_up[0]


def test_serve_answers_with_two_processes(tmp_path: Path, sample_db: str) -> None:
    """`serve --workers 2` starts, answers the API over the given store, and stops on SIGTERM."""
    import signal
    import socket
    import subprocess
    import sys
    import time

    import httpx

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    env = {**os.environ, "FRONTWATCH_CACHE": str(tmp_path), "FRONTWATCH_TOKEN": ""}
    proc = subprocess.Popen(
        [sys.executable, "-m", "frontwatch", "serve", "--db", sample_db, "--port", str(port),
         "--workers", "2"],
        env=env, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        body = None
        for _ in range(300):
            try:
                body = httpx.get(f"http://127.0.0.1:{port}/api/events?limit=5", timeout=2).json()
                break
            except httpx.TransportError:
                time.sleep(0.1)
        assert body is not None, "server did not answer"
        assert len(body["items"]) == 5
        assert (tmp_path / "token").read_text().strip()
    finally:
        proc.send_signal(signal.SIGTERM)
        _, err = proc.communicate(timeout=30)
    assert err.count("created the API token") == 1


def test_ingest_on_two_workers_stores_what_one_process_stores(tmp_path: Path) -> None:
    """`ingest --workers 2` goes through the batch path: the same articles and events as a plain
    ingest; a missing path is one failure line and exit 1, the other inputs are still stored."""
    samples = str(Path(__file__).parents[1] / "samples" / "text")
    one, two = f"sqlite:///{tmp_path / 'one.db'}", f"sqlite:///{tmp_path / 'two.db'}"
    assert _run("ingest", samples, "--db", one, "--offline")[0] == 0
    code, _, err = _run("ingest", samples, str(tmp_path / "nope"), "--db", two, "--offline", "--workers", "2")
    assert code == 1
    assert [line for line in err.splitlines() if "failed:" in line] == [
        next(line for line in err.splitlines() if "nope" in line)
    ]
    listed = {}
    for db in (one, two):
        out = _run("events", "--db", db, "--format", "jsonl")[1]
        rows = [json.loads(line) for line in out.splitlines()]
        listed[db] = sorted(row["id"] for row in rows if "id" in row)
    assert listed[one] and listed[one] == listed[two]
    assert _run("ingest", "-", "--db", two, "--workers", "2")[0] == 2, "stdin is read by one process"
