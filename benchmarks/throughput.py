"""Coder throughput: articles per second, text → events, on 2 worker processes, and peak memory.

    .venv/bin/python benchmarks/throughput.py [--n 96] [--workers 2] [--batch 12] [--gold]

Two corpora of ~600-word reports:
- `wire`: synthetic wire reports (benchmarks/synthetic.py; nearly every sentence holds an event,
  the worst case for the candidate filter);
- `news`: real article bodies from ../shared/eval/extraction/zyte (first ~600 words; skipped
  when absent), a realistic mix where many sentences hold no event.

Each corpus runs three ways: every sentence fully parsed (`parse_all_sentences=True`), only
candidate sentences parsed (`code.candidate_filter`: a trigger word form and a dictionary
actor or referring word), and candidates without the statistical NER (`ner=False`). Each
worker process loads the model, lexicon and dictionary once
(load time excluded), then parses (`nlp.parse_many`, batch size --batch) and codes
(`code.code_events`) its share. Reported: wall-clock articles/s over the workers, CPU
seconds per article (independent of other load on the machine), events per article and the
peak resident memory of a worker. `--gold` also prints gold-set micro F1 both ways
(tests/golden/*.jsonl through `frontwatch.evaluate`).
"""

from __future__ import annotations

import argparse
import gzip
import json
import multiprocessing as mp
import resource
import sys
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
ZYTE = ROOT.parent / "shared" / "eval" / "extraction" / "zyte" / "ground-truth.json"


def wire_texts(n: int) -> list[str]:
    from synthetic import make_reports

    return [r.text for r in make_reports(n, seed=7, words=600)]


def news_texts(n: int) -> list[str]:
    """Real article bodies cut to the first sentence end after 600 words."""
    if not ZYTE.exists():
        return []
    raw = ZYTE.read_bytes()
    data = json.loads(gzip.decompress(raw) if raw[:2] == b"\x1f\x8b" else raw)
    out = []
    for item in data.values():
        body = " ".join(str(item.get("articleBody") or "").split())
        words = body.split(" ")
        if len(words) < 600:
            continue
        cut = " ".join(words[:600])
        end = body.find(". ", len(cut))
        out.append(body[: end + 1] if end > 0 else cut)
        if len(out) == n:
            break
    return out


def _worker(args: tuple[list[str], bool, int, bool]) -> dict[str, float]:
    texts, candidates, batch, ner = args
    from frontwatch.code import candidate_filter, code_events
    from frontwatch.lexicon import Lexicon
    from frontwatch.models import Article, sha256_hex
    from frontwatch.nlp import load_model, parse_many
    from frontwatch.resolve.actors import ActorDictionary

    nlp, lexicon, actors = load_model(), Lexicon.load(), ActorDictionary.load()
    select = candidate_filter(lexicon, actors) if candidates else None
    now = datetime(2024, 1, 1, tzinfo=UTC)
    cpu0, wall0 = time.process_time(), time.perf_counter()
    events = parsed = sentences = 0
    docs = parse_many(texts, nlp, batch_size=batch, select=select, ner=ner)
    for text, doc in zip(texts, docs, strict=True):
        article = Article(sha256_hex(text), None, None, None, now, text, "en", now)
        events += len(code_events(doc, article, lexicon, actors))
        parsed += sum(s.parsed for s in doc.sentences)
        sentences += len(doc.sentences)
    return {
        "wall": time.perf_counter() - wall0,
        "cpu": time.process_time() - cpu0,
        "events": events,
        "parsed": parsed,
        "sentences": sentences,
        "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }


def run(texts: list[str], candidates: bool, workers: int, batch: int, ner: bool = True) -> dict[str, float]:
    shares = [texts[k::workers] for k in range(workers)]
    ctx = mp.get_context("spawn")
    with ctx.Pool(workers) as pool:
        results = pool.map(_worker, [(share, candidates, batch, ner) for share in shares])
    wall = max(r["wall"] for r in results)
    return {
        "articles_per_s": len(texts) / wall,
        "cpu_s_per_article": sum(r["cpu"] for r in results) / len(texts),
        "events_per_article": sum(r["events"] for r in results) / len(texts),
        "parsed_share": sum(r["parsed"] for r in results) / max(1, sum(r["sentences"] for r in results)),
        "peak_rss_mb": max(r["rss_mb"] for r in results),
    }


def gold_f1(candidates: bool, ner: bool = True) -> tuple[float, int]:
    from frontwatch.code import candidate_filter, code_events
    from frontwatch.evaluate import evaluate, load_gold_files
    from frontwatch.lexicon import Lexicon
    from frontwatch.models import Article, Event, sha256_hex
    from frontwatch.nlp import load_model, parse_many
    from frontwatch.resolve.actors import ActorDictionary

    nlp, lexicon, actors = load_model(), Lexicon.load(), ActorDictionary.load()
    select = candidate_filter(lexicon, actors) if candidates else None

    def coder(text: str, published: datetime | None) -> list[Event]:
        article = Article(sha256_hex(text), None, None, None, published, text, "en", datetime.now(UTC))
        doc = next(parse_many([text], nlp, select=select, ner=ner))
        return [c.event for c in code_events(doc, article, lexicon, actors)]

    records = load_gold_files(sorted((ROOT / "tests" / "golden").glob("*.jsonl")))
    report: Any = evaluate(records, coder)
    return report.micro.f1, len(records)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=96, help="articles per corpus")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--batch", type=int, default=12)
    parser.add_argument("--gold", action="store_true", help="also print gold micro F1 both ways")
    args = parser.parse_args()
    corpora = {"wire": wire_texts(args.n), "news": news_texts(args.n)}
    load = Path("/proc/loadavg").read_text().split()[0]
    print(f"{args.workers} workers, batch {args.batch}; load average {load}")
    print(f"{'corpus':6} {'parse':17} {'n':>4} {'art/s':>7} {'cpu s/art':>9} {'events/art':>10} "
          f"{'parsed':>7} {'peak MB':>8}")  # fmt: skip
    for name, texts in corpora.items():
        if not texts:
            print(f"{name:6} (absent)")
            continue
        words = sum(len(t.split()) for t in texts) / len(texts)
        for candidates, ner in ((False, True), (True, True), (True, False)):
            r = run(texts, candidates, args.workers, args.batch, ner)
            label = ("candidates" if candidates else "all") + ("" if ner else " no-NER")
            print(f"{name:6} {label:17} {len(texts):4} {r['articles_per_s']:7.1f} "
                  f"{r['cpu_s_per_article']:9.3f} {r['events_per_article']:10.1f} "
                  f"{r['parsed_share']:7.0%} {r['peak_rss_mb']:8.0f}"
                  f"   ({words:.0f} words/article)")  # fmt: skip
    if args.gold:
        for candidates, ner in ((False, True), (True, True), (True, False)):
            f1, n = gold_f1(candidates, ner)
            label = ("candidates" if candidates else "all sentences") + ("" if ner else ", no NER")
            print(f"gold micro F1, {label}: {f1:.3f} on {n} records")


if __name__ == "__main__":
    main()
