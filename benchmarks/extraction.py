"""Main-text and metadata extraction measured on third-party gold data (../shared/eval/extraction).

    .venv/bin/python benchmarks/extraction.py [--workers N] [--limit N]

Zyte (article-extraction-benchmark, 181 pages): token-level precision / recall / F1 of the text
against `articleBody`. Tokens are lower-cased `\\w+` runs compared as bags (multisets); "micro"
sums matches over all pages, "mean" averages the per-page F1. Trafilatura evaluation set
(990 pages): share of `with` snippets found in the text and of `without` snippets kept out,
title accuracy (exact after case-folding and white-space collapsing) and date accuracy (the
published day equals gold), each over the records that have that gold field. A second reading
of the title, printed after the table and never instead of it, compares only the words
(punctuation, quotes and soft hyphens ignored: gold "Gute Löhne alleine reichen nicht" for a
page that shows «Gute Löhne alleine reichen nicht»).

Each figure is given for frontwatch's full path (ingest decoding + clean.clean) and for raw
trafilatura (`bare_extraction` with default settings) to show the cleaning loses nothing. The
data is split by record position as ../shared/eval/README.md says: even = dev, odd = test.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
import time
import unicodedata
from collections import Counter
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

EVAL = Path(__file__).resolve().parents[1].parent / "shared" / "eval" / "extraction"
NOW = datetime.now(UTC)


@dataclass
class Output:
    """What one extractor gave for one page."""

    text: str
    title: str | None
    date: str | None
    failed: str | None = None


def frontwatch_extract(html: bytes, url: str | None) -> Output:
    """The full frontwatch path: ingest's decoding and checks, then clean.clean."""
    from frontwatch.clean import clean
    from frontwatch.config import Settings
    from frontwatch.errors import InputError
    from frontwatch.ingest import documents_from_bytes

    settings = Settings(allow_network=False)
    for item in documents_from_bytes(html, url or "page", settings, url=url):
        if isinstance(item, InputError):
            return Output("", None, None, failed=f"{type(item).__name__}: {item.reason}")
        try:
            article = clean(item, settings, NOW)
        except InputError as exc:
            return Output("", None, None, failed=f"{type(exc).__name__}: {exc.reason}")
        day = article.published.date().isoformat() if article.published else None
        return Output(article.text, article.title, day)
    return Output("", None, None, failed="no document")


def trafilatura_extract(html: bytes, url: str | None) -> Output:
    """Raw trafilatura with its default settings, for comparison."""
    import trafilatura

    doc: Any = trafilatura.bare_extraction(html, url=url, with_metadata=True)
    if doc is None:
        return Output("", None, None, failed="nothing extracted")
    return Output(doc.text or "", doc.title, doc.date)


EXTRACTORS: dict[str, Callable[[bytes, str | None], Output]] = {
    "frontwatch": frontwatch_extract,
    "trafilatura": trafilatura_extract,
}


def tokens(text: str) -> Counter[str]:
    return Counter(re.findall(r"\w+", unicodedata.normalize("NFC", text).lower()))


def squash(text: str | None) -> str:
    return " ".join(unicodedata.normalize("NFC", text or "").casefold().split())


def title_words(text: str | None) -> list[str]:
    """A title's words for the second reading: NFKC, case-folded, soft hyphens and zero-width
    characters removed, punctuation and quotes ignored ("«Gute Löhne»" = "Gute Löhne")."""
    folded = unicodedata.normalize("NFKC", text or "").casefold()
    folded = re.sub(r"[\u00ad\u200b-\u200d\u2060\ufeff]", "", folded)
    return re.findall(r"\w+", folded)


def _run(job: tuple[str, Path, str | None]) -> Output:
    name, path, url = job
    return EXTRACTORS[name](gzip.decompress(path.read_bytes()), url)


def run_all(name: str, jobs: list[tuple[Path, str | None]], workers: int) -> list[Output]:
    with ProcessPoolExecutor(workers) as pool:
        return list(pool.map(_run, [(name, p, u) for p, u in jobs], chunksize=8))


def zyte(workers: int, limit: int | None, half: str) -> None:
    root = EVAL / "zyte"
    gold = json.loads((root / "ground-truth.json").read_text(encoding="utf-8"))
    keys = sorted(gold)[:limit]
    jobs = [(root / "html" / f"{k}.html.gz", gold[k].get("url")) for k in keys]
    print(f"\n## Zyte article-extraction-benchmark ({len(keys)} pages)")
    print(f"{'extractor':<12} {'split':<5} {'n':>4} {'micro P':>8} {'micro R':>8} {'micro F1':>8} "
          f"{'mean F1':>8} {'failed':>6}")  # fmt: skip
    for name in EXTRACTORS:
        start = time.perf_counter()
        outs = run_all(name, jobs, workers)
        seconds = time.perf_counter() - start
        for split, picks in _splits(len(keys), half):
            tp = fp = fn = 0
            f1s = []
            failed = 0
            for i in picks:
                g, o = tokens(gold[keys[i]]["articleBody"]), tokens(outs[i].text)
                hit = sum((g & o).values())
                tp, fp, fn = tp + hit, fp + sum(o.values()) - hit, fn + sum(g.values()) - hit
                p, r = hit / max(1, sum(o.values())), hit / max(1, sum(g.values()))
                f1s.append(2 * p * r / (p + r) if p + r else 0.0)
                failed += outs[i].failed is not None
            p, r = tp / max(1, tp + fp), tp / max(1, tp + fn)
            f1 = 2 * p * r / (p + r) if p + r else 0.0
            print(f"{name:<12} {split:<5} {len(picks):>4} {p:>8.3f} {r:>8.3f} {f1:>8.3f} "
                  f"{sum(f1s) / max(1, len(f1s)):>8.3f} {failed:>6}")  # fmt: skip
        print(f"{'':<12} ({seconds:.1f} s, {len(keys) / seconds:.1f} pages/s on {workers} workers)")
        for i, out in enumerate(outs):
            if out.failed:
                print(f"{'':<12} failed: {keys[i][:16]}… {out.failed}")


HALVES = ("dev", "test", "all")


def _splits(n: int, half: str) -> list[tuple[str, list[int]]]:
    """The record positions of the half asked for ("all" prints dev, test and all)."""
    split = {"dev": list(range(0, n, 2)), "test": list(range(1, n, 2)), "all": list(range(n))}
    return list(split.items()) if half == "all" else [(half, split[half])]


def trafilatura_set(workers: int, limit: int | None, half: str) -> None:
    root = EVAL / "trafilatura"
    gold = json.loads((root / "evaldata.json").read_text(encoding="utf-8"))
    urls = list(gold)[:limit]
    jobs = [(root / "html" / f"{gold[u]['file']}.gz", u) for u in urls]
    print(f"\n## Trafilatura evaluation set ({len(urls)} pages)")
    print(f"{'extractor':<12} {'split':<5} {'with':>13} {'without':>13} {'P':>6} {'R':>6} {'F1':>6} "
          f"{'title':>13} {'date':>13}")  # fmt: skip
    for name in EXTRACTORS:
        start = time.perf_counter()
        outs = run_all(name, jobs, workers)
        seconds = time.perf_counter() - start
        second: list[str] = []
        for split, picks in _splits(len(urls), half):
            tp = fn = fp = tn = 0
            titles = title_ok = title_words_ok = dates = date_ok = 0
            for i in picks:
                g, o = gold[urls[i]], outs[i]
                text = squash(o.text)
                for snippet in g.get("with", []):
                    found = squash(snippet) in text
                    tp, fn = tp + found, fn + (not found)
                for snippet in g.get("without", []):
                    found = squash(snippet) in text
                    fp, tn = fp + found, tn + (not found)
                if g.get("title"):
                    titles += 1
                    title_ok += squash(o.title) == squash(g["title"])
                    title_words_ok += title_words(o.title) == title_words(g["title"])
                if g.get("date"):
                    dates += 1
                    date_ok += (o.date or "")[:10] == g["date"][:10]
            p, r = tp / max(1, tp + fp), tp / max(1, tp + fn)
            f1 = 2 * p * r / (p + r) if p + r else 0.0
            print(f"{name:<12} {split:<5} {_rate(tp, tp + fn):>13} {_rate(tn, tn + fp):>13} "
                  f"{p:>6.3f} {r:>6.3f} {f1:>6.3f} {_rate(title_ok, titles):>13} "
                  f"{_rate(date_ok, dates):>13}")  # fmt: skip
            second.append(f"{split} {_rate(title_words_ok, titles)}")
        print(f"{'':<12} second reading, not the target's rule: title words equal (punctuation, "
              f"quotes, soft hyphens ignored): {', '.join(second)}")  # fmt: skip
        failed = sum(o.failed is not None for o in outs)
        print(f"{'':<12} ({seconds:.1f} s, {len(urls) / seconds:.1f} pages/s on {workers} workers; "
              f"{failed} pages gave no text)")  # fmt: skip


def _rate(hits: int, total: int) -> str:
    return f"{hits / max(1, total):.3f} ({total})"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--limit", type=int, default=None, help="only the first N records of each set")
    parser.add_argument("--half", choices=HALVES, default="all", help="which half to print")
    args = parser.parse_args()
    if not EVAL.is_dir():
        print(f"skipped: evaluation data not found at {EVAL}")
        return 0
    print("Columns give a figure and, in brackets, the number of gold items it was computed on.")
    if (EVAL / "zyte" / "ground-truth.json").is_file():
        zyte(args.workers, args.limit, args.half)
    else:
        print(f"skipped: {EVAL / 'zyte'} not found")
    if (EVAL / "trafilatura" / "evaldata.json").is_file():
        trafilatura_set(args.workers, args.limit, args.half)
    else:
        print(f"skipped: {EVAL / 'trafilatura'} not found")
    return 0


if __name__ == "__main__":
    sys.exit(main())
