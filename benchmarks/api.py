"""Load benchmark of filtered `/api/events` over a store of 100,000 events (loopback only).

Builds a SQLite store with synthetic events, serves it with uvicorn on 127.0.0.1 in a child
process, and runs C concurrent clients for at most N requests or T seconds, whichever comes
first. Prints requests/second, p50/p99 latency, and the CPU time per request of the server
processes and of this load generator (both share the machine's cores). Target: p99 < 100 ms at
50 clients.

    .venv/bin/python benchmarks/api.py [--events 100000] [--clients 50] [--requests 5000] [--seconds 60]
                                       [--workers 2] [--db FILE]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from urllib.parse import urlencode

import httpx
import psutil

from frontwatch.models import Article, Entity, Event, Evidence, Place
from frontwatch.store import open_store
from frontwatch.store.base import StoreItem

TYPES = ["MOBILIZE", "ASSAULT", "CONSULT", "ACCUSE", "COOPERATE", "THREATEN", "AID", "PROTEST"]
COUNTRIES = ["RUS", "UKR", "BLR", "POL", "LTU", "USA", "GBR", "DEU", "CHN", "ISR"]
FACTS = ["actual", "actual", "actual", "future", "hypothetical", "negated"]


def build_store(url: str, n_events: int, per_article: int = 5) -> None:
    """Fill a store with synthetic articles and events."""
    store = open_store(url)
    rng = random.Random(7)
    start = date(2023, 1, 1)
    batch: list[StoreItem] = []
    for a in range(n_events // per_article):
        published = datetime(2023, 1, 1, tzinfo=UTC) + timedelta(hours=a % (24 * 365))
        text = f"Synthetic benchmark article {a}."
        art = Article(
            id=f"{a:064x}", url=f"https://bench.example/{a}", outlet=f"Outlet {a % 40}", title=text,
            published=published, text=text, language="en", ingested_at=published,
        )  # fmt: skip
        events = []
        for k in range(per_article):
            actor, recipient = rng.sample(COUNTRIES, 2)
            events.append(
                Event(
                    id=f"{a:024x}{k:08d}",
                    article_id=art.id,
                    event_type=rng.choice(TYPES),
                    mode=None,
                    contexts=(),
                    actors=(Entity(actor, actor, actor, "MIL"),),
                    recipients=(Entity(recipient, recipient, recipient, "GOV"),),
                    location=Place(recipient, recipient, recipient, None, 50.0, 30.0, "country"),
                    date=start + timedelta(days=rng.randrange(365)),
                    date_precision="day",
                    date_text=None,
                    factuality=rng.choice(FACTS),
                    attribution=None,
                    evidence=Evidence(text, 0, 0, len(text), "x"),
                    intensity=-3.0,
                    confidence=0.7,
                )  # fmt: skip
            )
        batch.append((art, b"", None, events))
        if len(batch) >= 500:
            store.store_articles(batch)
            batch.clear()
    if batch:
        store.store_articles(batch)
    store.close()


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _queries(rng: random.Random) -> dict[str, str]:
    q: dict[str, str] = {"limit": "50"}
    pick = rng.randrange(4)
    if pick == 0:
        q["type"] = rng.choice(TYPES)
    elif pick == 1:
        q["actor"] = rng.choice(COUNTRIES)
    elif pick == 2:
        q["country"] = rng.choice(COUNTRIES)
        q["factuality"] = "actual"
    else:
        d = date(2023, 1, 1) + timedelta(days=rng.randrange(300))
        q["since"], q["until"] = d.isoformat(), (d + timedelta(days=14)).isoformat()
    return q


async def _get(reader: asyncio.StreamReader, writer: asyncio.StreamWriter, target: str) -> int:
    """One keep-alive HTTP/1.1 GET on an open connection; returns the status. A bare client,
    so that the load generator (on the same cores) costs far less than the server it measures."""
    writer.write(f"GET {target} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".encode("ascii"))
    await writer.drain()
    head = await reader.readuntil(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    headers = dict(h.partition(":")[::2] for h in lines[1:] if h)
    length = int(next(v for k, v in headers.items() if k.lower() == "content-length"))
    await reader.readexactly(length)
    return int(lines[0].split()[1])


async def _load(
    port: int, clients: int, requests: int, seconds: float
) -> tuple[list[float], int, float, list[float]]:
    """Latencies, errors, wall time, and each client's mean latency."""
    latencies: list[float] = []
    means: list[float] = []
    errors = 0
    sent = 0
    deadline = time.monotonic() + seconds

    async def worker(n: int) -> None:
        nonlocal sent, errors
        rng = random.Random(n)
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        mine: list[float] = []
        try:
            while sent < requests and time.monotonic() < deadline:
                sent += 1
                target = f"/api/events?{urlencode(_queries(rng))}"
                t0 = time.perf_counter()
                status = await _get(reader, writer, target)
                mine.append(time.perf_counter() - t0)
                if status != 200:
                    errors += 1
        finally:
            writer.close()
            latencies.extend(mine)
            if mine:
                means.append(statistics.mean(mine))

    t0 = time.perf_counter()
    await asyncio.gather(*(worker(n) for n in range(clients)))
    return latencies, errors, time.perf_counter() - t0, means


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--events", type=int, default=100_000)
    ap.add_argument("--clients", type=int, default=50)
    ap.add_argument("--requests", type=int, default=5000)
    ap.add_argument("--seconds", type=float, default=60.0)
    ap.add_argument("--workers", type=int, default=2, help="uvicorn worker processes")
    ap.add_argument("--db", type=Path, help="SQLite file to keep and reuse (built when missing)")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = args.db or Path(tmp) / "bench.db"
        db = f"sqlite:///{path}"
        if not path.exists():
            t0 = time.perf_counter()
            build_store(db, args.events)
            print(f"store: {args.events} events built in {time.perf_counter() - t0:.1f} s")
        port = _free_port()
        env = {**os.environ, "FRONTWATCH_DB": db, "FRONTWATCH_TOKEN": "bench", "FRONTWATCH_CACHE": tmp}
        server = subprocess.Popen(
            [sys.executable, "-m", "uvicorn", "--factory", "frontwatch.api:app_from_env",
             "--host", "127.0.0.1", "--port", str(port), "--workers", str(args.workers),
             "--log-level", "warning"],
            env=env,
        )  # fmt: skip
        try:
            base = f"http://127.0.0.1:{port}"
            for _ in range(200):
                try:
                    if httpx.get(f"{base}/api/alerts", timeout=1).status_code == 200:
                        break
                except httpx.HTTPError:
                    time.sleep(0.1)
            procs = [psutil.Process(server.pid), *psutil.Process(server.pid).children(recursive=True)]
            cpu0 = sum(sum(p.cpu_times()[:2]) for p in procs)
            load = os.getloadavg()[0]
            client0 = time.process_time()
            lat, errors, wall, means = asyncio.run(_load(port, args.clients, args.requests, args.seconds))
            client = time.process_time() - client0
            cpu = sum(sum(p.cpu_times()[:2]) for p in procs) - cpu0
        finally:
            server.terminate()
            server.wait(timeout=20)
    lat_ms = sorted(x * 1000 for x in lat)
    p50 = statistics.median(lat_ms)
    p99 = lat_ms[min(len(lat_ms) - 1, int(len(lat_ms) * 0.99))]
    print(f"requests: {len(lat_ms)} ({errors} errors) from {args.clients} clients in {wall:.1f} s")
    print(f"throughput: {len(lat_ms) / wall:.0f} requests/s")
    print(f"latency: p50 {p50:.1f} ms, p99 {p99:.1f} ms (target p99 < 100 ms)")
    # connections served by a busier worker process wait longer: a wide spread means uneven workers
    print(f"per-client mean latency: {1000 * min(means):.0f}–{1000 * max(means):.0f} ms")
    print(f"server CPU: {1000 * cpu / max(1, len(lat_ms)):.2f} ms per request ({args.workers} workers)")
    print(f"load generator CPU: {1000 * client / max(1, len(lat_ms)):.2f} ms per request (same cores)")
    print(f"machine: {os.cpu_count()} CPUs, load average {load:.1f} when the run started")


if __name__ == "__main__":
    main()
