"""Ingest throughput without NLP: HTML files → read, detect, decode, clean, dedup, store.

    .venv/bin/python benchmarks/ingest.py [--pages 2000] [--workers 2] [--store sqlite|memory]

Generates synthetic aggregator-style news pages (navigation, cookie banner, share buttons,
"Read More", comment widgets; one in ten a re-post of an earlier story under other chrome) in a
temporary directory, then runs stages 1–3 and 7 of the pipeline: worker processes read and
clean (`ingest.iter_documents`, `clean.clean`, MinHash signature), the main process links
near-duplicates (`dedup.NearDuplicateIndex`) and writes each article with `Store.store_article`.
Prints articles/second, CPU per page (all processes, and the main process's share: the side
that bounds the wall time shows there) and peak memory (resident set of the main process and
of the largest worker).

`--profile` runs no timed pass: it profiles (cProfile) the workers' function over the pages in
this process, then the main process's dedup-and-store loop over what it returned, and prints
each side's functions with the most cumulative time, per page.
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import random
import resource
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

from frontwatch.clean import clean
from frontwatch.config import Settings
from frontwatch.dedup import NearDuplicateIndex
from frontwatch.errors import InputError
from frontwatch.ingest import iter_documents
from frontwatch.models import Article

ACTORS = [
    "Russian troops",
    "Belarusian forces",
    "Ukrainian officials",
    "Polish border guards",
    "NATO commanders",
    "The Kremlin",
    "Minsk",
    "Kyiv",
    "Lithuanian authorities",
    "The defence ministry",
]
VERBS = [
    "said on Friday that",
    "warned that",
    "denied reports that",
    "announced that",
    "feared that",
    "confirmed on Monday that",
    "claimed that",
    "told reporters that",
]
CLAUSES = [
    "a train of armoured vehicles arrived near the border",
    "joint air force drills would begin next week",
    "more weapons would be delivered to Belarus",
    "drones had crossed into its airspace overnight",
    "troops were digging trenches along the frontier",
    "the exercises were purely defensive",
    "an offensive from the north could not be ruled out",
    "talks with Moscow had been postponed",
    "the border crossing at Brest would close for traffic",
    "artillery units moved towards Gomel",
]
PLACES = ["Brest", "Gomel", "Minsk", "Mozyr", "Grodno", "Vitebsk", "Zhytomyr", "Volyn", "Chernihiv", "Lviv"]
OUTLETS = ["Reuters", "AFP", "Eastern Wire", "Kyiv Independent", "Baltic Times"]

PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{site}: {title}</title>
<meta property="og:site_name" content="{site}">
<meta property="article:published_time" content="{date}"></head>
<body>
<div class="cookie-banner"><p>We use cookies to improve your experience. By continuing you accept our use
of cookies.</p><button>Accept</button></div>
<header><nav><a href="/">Home</a> | <a href="/world">World</a> | <a href="/europe">Europe</a> |
<a href="/politics">Politics</a></nav></header>
<main><article class="post"><h1>{title}</h1>
<div class="byline">Posted by {site} desk</div>
{body}
<p>{title} - {outlet}</p>
<p><a href="https://wire.example/{n}">Read More</a></p>
<ul class="share"><li>Share this:</li><li><a>Share on Facebook</a></li><li><a>Share on Twitter</a></li></ul>
</article>
<section class="comments"><h4>No comments:</h4><p>Post a Comment</p></section></main>
<aside><h3>Most read</h3>
<ul><li><a href="/1">Another story</a></li><li><a href="/2">And another</a></li></ul></aside>
<footer><p>Newer Post Older Post Home</p><p>Subscribe to: Post Comments (Atom)</p>
<p>© 2023 {site}. All rights reserved.</p></footer>
</body></html>
"""  # fmt: skip


def story(rng: random.Random, n: int) -> tuple[str, str]:
    """(title, body HTML) of a synthetic report of 4–7 paragraphs."""
    place = rng.choice(PLACES)
    title = f"{rng.choice(ACTORS)} report activity near {place} ({n})"
    paras = []
    for _ in range(rng.randint(4, 7)):
        sentences = [
            f"{rng.choice(ACTORS)} {rng.choice(VERBS)} {rng.choice(CLAUSES)} near {rng.choice(PLACES)}."
            for _ in range(rng.randint(2, 4))
        ]
        paras.append("<p>" + " ".join(sentences) + "</p>")
    return title, "\n".join(paras)


def generate(directory: Path, pages: int, seed: int = 7) -> None:
    """Write `pages` HTML files; every tenth re-posts an earlier story on another site."""
    rng = random.Random(seed)
    stories: list[tuple[str, str, str]] = []
    for n in range(pages):
        if n % 10 == 9 and stories:
            title, body, outlet = rng.choice(stories)
            body = f"<p>Re-posted from {outlet} for our readers.</p>\n{body}"  # a near-duplicate
            site = "Aggregator Blog"
        else:
            title, body = story(rng, n)
            outlet = rng.choice(OUTLETS)
            stories.append((title, body, outlet))
            site = "World News Daily"
        date = f"2023-01-{1 + n % 28:02d}T08:00:00+00:00"
        html = PAGE.format(site=site, title=title, body=body, outlet=outlet, date=date, n=n)
        (directory / f"{n:06d}.html").write_text(html, encoding="utf-8")


def _clean_file(path: str) -> list[tuple[Article, bytes, list[int]] | str]:
    """Worker: stages 1–2 and the MinHash signature for one file."""
    settings = Settings(allow_network=False)
    index = NearDuplicateIndex(settings.dedup_threshold, settings.dedup_shingle, settings.dedup_perm)
    out: list[tuple[Article, bytes, list[int]] | str] = []
    for item in iter_documents([path], settings):
        if isinstance(item, InputError):
            out.append(str(item))
            continue
        try:
            article = clean(item, settings, datetime.now(UTC))
        except InputError as exc:
            out.append(str(exc))
            continue
        out.append((article, item.data, index.signature(article.text)))
    return out


def _worker_peak_kib(_: int) -> int:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def run(paths: list[str], workers: int, store_url: str) -> dict[str, float]:
    from frontwatch.store import open_store

    settings = Settings(allow_network=False, db_url=store_url)
    store = open_store(store_url)
    index = NearDuplicateIndex.from_store(
        store.signatures(), settings.dedup_threshold, settings.dedup_shingle, settings.dedup_perm
    )
    counts = {"new": 0, "duplicate": 0, "unchanged": 0, "failed": 0}
    start = time.perf_counter()
    ctx = multiprocessing.get_context("fork")
    cpu_start, main_start = _cpu_seconds(), _cpu_seconds(children=False)
    with ctx.Pool(workers) as pool:
        results: Iterator[list[tuple[Article, bytes, list[int]] | str]] = (
            pool.imap(_clean_file, paths, chunksize=16) if workers > 1 else map(_clean_file, paths)
        )
        for items in results:
            for item in items:
                if isinstance(item, str):
                    counts["failed"] += 1
                    continue
                article, raw, signature = item
                if store.has_article(article.id):
                    counts["unchanged"] += 1
                    continue
                original = index.query(signature)
                if original is None:
                    index.add(article.id, signature)
                else:
                    article = replace(article, duplicate_of=original)
                counts[store.store_article(article, raw, signature, ())] += 1
        elapsed = time.perf_counter() - start
        worker_peak = max(pool.map(_worker_peak_kib, range(workers * 4))) if workers > 1 else 0
    store.close()
    cpu = _cpu_seconds() - cpu_start
    main_cpu = _cpu_seconds(children=False) - main_start
    return {
        **counts, "seconds": elapsed, "cpu_seconds": cpu, "main_cpu_seconds": main_cpu,
        "worker_peak_kib": worker_peak,
    }  # fmt: skip


def _cpu_seconds(children: bool = True) -> float:
    """User + system CPU time of this process and (`children`) its finished children."""
    me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + (kids.ru_utime + kids.ru_stime if children else 0.0)


def profile(paths: list[str], store_url: str, top: int = 25) -> None:
    """cProfile of each side of `run`, in this process: the workers' `_clean_file` over every
    page, then the main process's loop (has_article, dedup query/add, store_article) over the
    results; the `top` functions by cumulative time, in milliseconds per page."""
    import cProfile
    import pstats

    from frontwatch.store import open_store

    _clean_file(paths[0])  # the first call imports and loads models: not per-page work
    worker = cProfile.Profile()
    results = worker.runcall(lambda: [_clean_file(path) for path in paths])
    settings = Settings(allow_network=False, db_url=store_url)
    store = open_store(store_url)
    index = NearDuplicateIndex(settings.dedup_threshold, settings.dedup_shingle, settings.dedup_perm)

    def main_loop() -> None:
        for items in results:
            for item in items:
                if isinstance(item, str) or store.has_article(item[0].id):
                    continue
                article, raw, signature = item
                original = index.query(signature)
                if original is None:
                    index.add(article.id, signature)
                else:
                    article = replace(article, duplicate_of=original)
                store.store_article(article, raw, signature, ())

    main = cProfile.Profile()
    main.runcall(main_loop)
    store.close()
    for side, prof in (("workers (_clean_file)", worker), ("main process (dedup + store)", main)):
        stats = pstats.Stats(prof)
        total = sum(row[2] for row in stats.stats.values())  # type: ignore[attr-defined]
        print(f"\n{side}: {total / len(paths) * 1000:.2f} ms per page under the profiler")
        rows = sorted(stats.stats.items(), key=lambda kv: -kv[1][3])  # type: ignore[attr-defined]
        rows = [r for r in rows if r[0][0] != __file__ or r[0][2] == "_clean_file"][:top]  # not the loops
        for (file, line, name), (_, calls, _, cumulative, _) in rows:
            where = f"{Path(file).name}:{line}({name})" if line else name
            print(f"  {cumulative / len(paths) * 1000:7.3f} ms  {calls / len(paths):6.1f} calls  {where}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=2000)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--store", choices=["sqlite", "memory"], default="sqlite")
    parser.add_argument("--profile", action="store_true", help="profile each side in-process; no timed run")
    args = parser.parse_args()
    store_kind = args.store
    sql_module = Path(__file__).resolve().parents[1] / "src" / "frontwatch" / "store" / "sql.py"
    if store_kind == "sqlite" and not sql_module.exists():
        print("store/sql.py not found: falling back to the memory:// store")
        store_kind = "memory"
    with tempfile.TemporaryDirectory(prefix="fw-bench-") as tmp:
        pages_dir = Path(tmp) / "pages"
        pages_dir.mkdir()
        generate(pages_dir, args.pages)
        size = sum(p.stat().st_size for p in pages_dir.iterdir())
        paths = sorted(str(p) for p in pages_dir.iterdir())
        url = f"sqlite:///{tmp}/bench.db" if store_kind == "sqlite" else "memory://"
        if args.profile:
            profile(paths, url)
            return 0
        print(f"{args.pages} generated HTML pages ({size / args.pages / 1024:.1f} KiB each on average); "
              f"store {url.split(':')[0]} ({url}); {args.workers} worker processes on a machine with "
              f"{os.cpu_count()} CPUs, affinity {len(os.sched_getaffinity(0))}; load average "
              f"{os.getloadavg()[0]:.1f} at start")  # fmt: skip
        result = run(paths, args.workers, url)
    stored = result["new"] + result["duplicate"]
    seconds, per_page = result["seconds"], result["cpu_seconds"] / args.pages
    main_peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    counts = ", ".join(f"{result[k]:.0f} {k}" for k in ("new", "duplicate", "unchanged", "failed"))
    print(f"stored {stored:.0f} articles ({counts}) in {seconds:.1f} s")
    print(
        f"throughput: {args.pages / seconds:.0f} pages/s ({stored / seconds:.0f} stored articles/s); "
        f"peak RSS: main {main_peak:.0f} MiB, largest worker {result['worker_peak_kib'] / 1024:.0f} MiB"
    )
    print(
        f"CPU: {per_page * 1000:.1f} ms per page over all processes, i.e. {args.workers / per_page:.0f} "
        f"pages/s on {args.workers} otherwise idle cores; load average {os.getloadavg()[0]:.1f} at the end"
    )
    main_per_page = result["main_cpu_seconds"] / args.pages
    print(
        f"CPU split: main process (dedup + store) {main_per_page * 1000:.1f} ms per page, workers "
        f"{(per_page - main_per_page) * 1000:.1f} ms per page; the main process alone could take "
        f"{1 / main_per_page:.0f} pages/s"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
