"""Toponym resolution and event location on third-party data in ../shared/eval (read-only).

    .venv/bin/python benchmarks/places.py [--half dev|test|all] [--limit N]
        [--sets gwn,lgl,trnews,relabel,cir,bellingcat] [--pool A:B]

Sets without a split are split by record position: even = dev (tuned on), odd = test (reported).
Prints one line per figure with the number of records it was computed on. Skips absent data.
"""

from __future__ import annotations

import argparse
import csv
import json
import math
import random
import re
import statistics
import sys
import time
import xml.etree.ElementTree as ET
import zipfile
from dataclasses import dataclass
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from frontwatch.config import Settings
from frontwatch.models import CodedEvent
from frontwatch.nlp import ParsedDoc, load_model, parse_many
from frontwatch.resolve.actors import ActorDictionary
from frontwatch.resolve.gazetteer import Gazetteer, normalise
from frontwatch.resolve.places import ArticleContext, Mention, article_context, locate_event

EVAL = Path(__file__).resolve().parent.parent.parent / "shared" / "eval"
# a stand-in event for `locate_event`, which reads an event only for its type and parties
# (`state_places`): an attack with no named party, as most sentences give
_ASSAULT = SimpleNamespace(event_type="ASSAULT", actors=(), recipients=())


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in km."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(a)))


def half_of(items: list[Any], half: str) -> list[Any]:
    if half == "all":
        return items
    return [x for k, x in enumerate(items) if k % 2 == (0 if half == "dev" else 1)]


@dataclass
class Gold:
    start: int
    end: int
    lat: float
    lon: float
    name: str


def geo_articles(name: str) -> list[tuple[str, list[Gold]]]:
    """(text, gold toponyms with coordinates) per article of GWN, LGL or TR-News."""
    path = EVAL / "geoparsing" / {"gwn": "GWN.xml", "lgl": "lgl.xml", "trnews": "TR-News.xml"}[name]
    out: list[tuple[str, list[Gold]]] = []
    for art in ET.parse(path).getroot():
        text = art.findtext("text") or ""
        golds: list[Gold] = []
        for tp in art.find("toponyms") or ():
            if name == "gwn":
                lat, lon = tp.findtext("latitude"), tp.findtext("longitude")
                label = tp.findtext("extractedName") or ""
            else:
                tag = tp.find("gaztag")
                if tag is None:
                    continue
                lat, lon, label = tag.findtext("lat"), tag.findtext("lon"), tp.findtext("phrase") or ""
            if not lat or not lon:
                continue
            golds.append(
                Gold(
                    int(tp.findtext("start") or 0),
                    int(tp.findtext("end") or 0),
                    float(lat),
                    float(lon),
                    label,
                )
            )
        out.append((text, golds))
    return out


def mention_chars(doc: ParsedDoc, m: Mention) -> tuple[int, int]:
    toks = doc.sentences[m.sentence_index].tokens
    return toks[m.start].idx, toks[m.end - 1].idx + len(toks[m.end - 1].text)


def run_geoparsing(
    name: str, half: str, limit: int | None, nlp: Any, gaz: Gazetteer, actors: Any
) -> dict[str, Any]:
    arts = half_of(geo_articles(name), half)[:limit]
    t0 = time.perf_counter()
    docs = list(parse_many([a[0] for a in arts], nlp))
    t_parse = time.perf_counter() - t0
    t0 = time.perf_counter()
    ctxs = [article_context(d, gaz, actors) for d in docs]
    t_res = time.perf_counter() - t0
    total = found = 0
    errors: list[float] = []
    for (_, golds), doc, ctx in zip(arts, docs, ctxs, strict=True):
        spans = [
            (mention_chars(doc, m), m) for m in ctx.mentions if m.resolved and m.resolved.lat is not None
        ]
        for g in golds:
            total += 1
            hit = next((m for (s, e), m in spans if s < g.end and g.start < e), None)
            if hit is None or hit.resolved is None or hit.resolved.lat is None or hit.resolved.lon is None:
                continue
            found += 1
            errors.append(km(g.lat, g.lon, hit.resolved.lat, hit.resolved.lon))
    within = sum(1 for e in errors if e <= 161)
    return {
        "set": name,
        "half": half,
        "articles": len(arts),
        "gold_toponyms": total,
        "recognised": found,
        "recall": found / total if total else 0.0,
        "acc161_of_recognised": within / found if found else 0.0,
        "acc161_of_all_gold": within / total if total else 0.0,
        "median_error_km": statistics.median(errors) if errors else None,
        "parse_s": round(t_parse, 2),
        "resolve_s": round(t_res, 2),
        "resolve_share": round(t_res / (t_parse + t_res), 3) if t_parse + t_res else None,
    }


def _event_location_records() -> list[dict[str, Any]]:
    path = EVAL / "event_location" / "labeled_text.jsonl.zip"
    with zipfile.ZipFile(path) as z:
        name = next(n for n in z.namelist() if n.endswith("labeled_text.jsonl") and "MACOSX" not in n)
        data: list[dict[str, Any]] = json.loads(z.read(name))
    return data


def relabel_records() -> list[dict[str, Any]]:
    return [r for r in _event_location_records() if r.get("source") == "RELABEL"]


# The set's training records from news wires (the other sources are Wikipedia or unattributed).
POOL_SOURCES = frozenset(
    {"AP", "APW_RA", "AFP_RA", "Xinhua", "Xinhua_RA", "Masdar_RA", "Atrocities", "coalition"}
)


def pool_records(seed: int = 7) -> list[dict[str, Any]]:
    """The set's non-RELABEL wire records, without any whose text RELABEL also holds, in a fixed
    shuffled order: extra development data (their "no place" labels are looser than RELABEL's)."""
    data = _event_location_records()
    relabel = {" ".join(r["text"].split()) for r in data if r.get("source") == "RELABEL"}
    pool = [r for r in data if r.get("source") in POOL_SOURCES and " ".join(r["text"].split()) not in relabel]
    random.Random(seed).shuffle(pool)
    return pool


def _span_chars(rec: dict[str, Any], span: dict[str, Any]) -> tuple[int, int]:
    toks = rec.get("tokens") or []
    ts, te = span.get("token_start"), span.get("token_end")
    if toks and ts is not None and te is not None and 0 <= ts <= te < len(toks):
        return toks[ts]["start"], toks[te]["end"]
    return span["start"], span["end"]


def run_relabel(
    half: str, limit: int | None, nlp: Any, gaz: Gazetteer, actors: Any, pool: str | None = None
) -> dict[str, Any]:
    """RELABEL by half; with `pool` ("A:B"), records A to B of `pool_records()` instead."""
    if pool is None:
        recs = half_of(relabel_records(), half)[:limit]
    else:
        a, b = (int(x) for x in pool.split(":"))
        recs = pool_records()[a:b]
    docs = list(parse_many([r["text"] for r in recs], nlp))
    correct = with_loc = with_loc_ok = none_ok = no_loc = 0
    for rec, doc in zip(recs, docs, strict=True):
        spans = rec.get("spans") or []
        verb = next((s for s in spans if s["label"] == "VERB"), None)
        gold = [_span_chars(rec, s) for s in spans if s["label"] == "LOCATION"]
        if verb is None:
            continue
        vs, _ = _span_chars(rec, verb)
        where = next(
            (
                (si, t.i)
                for si, s in enumerate(doc.sentences)
                for t in s.tokens
                if t.idx <= vs < t.idx + max(1, len(t.text))
            ),
            None,
        )
        if where is None:
            continue
        ctx = article_context(doc, gaz, actors)
        coded = CodedEvent(event=_ASSAULT, sentence_index=where[0], trigger_token=where[1])  # type: ignore[arg-type]
        place = locate_event(doc, coded, ctx, gaz)
        chosen = None if place is None or place.dominant else _chosen_span(doc, ctx, place.text, where[0])
        if gold:
            with_loc += 1
            # offsets, or the same words: some gold offsets are shifted by doubled spaces
            texts = {normalise(rec["text"][gs:ge]) for gs, ge in gold}
            ok = chosen is not None and (
                any(s < ge and gs < e for gs, ge in gold for s, e in [chosen])
                or (place is not None and normalise(place.text) in texts)
            )
            with_loc_ok += ok
        else:
            no_loc += 1
            ok = chosen is None
            none_ok += ok
        correct += ok
    n = with_loc + no_loc
    return {
        "set": "relabel" if pool is None else f"event_location pool {pool}",
        "half": half if pool is None else "-",
        "records": n,
        "accuracy": correct / n if n else 0.0,
        "with_gold_location": with_loc,
        "location_correct": with_loc_ok,
        "without_gold_location": no_loc,
        "none_correct": none_ok,
    }


def _chosen_span(doc: ParsedDoc, ctx: ArticleContext, text: str, si: int) -> tuple[int, int] | None:
    for m in ctx.by_sentence.get(si, ()):
        if m.text == text:
            return mention_chars(doc, m)
    return None


def _root(doc: ParsedDoc, si: int) -> int:
    toks = doc.sentences[si].tokens
    return next((t.i for t in toks if t.head == t.i), 0)


def cir_rows() -> list[dict[str, str]]:
    path = EVAL / "osint_ukraine" / "cir_russia_ukraine_monitor_events.csv"
    with path.open(encoding="utf-8", errors="replace", newline="") as f:
        rows = list(csv.DictReader(f))
    out = []
    for r in rows:
        title = re.sub(r"^\d\d/\d\d/\d{4}\s*", "", r.get("title") or "")
        desc = r.get("brief description") or ""
        names = [n for n in (r.get("town/city") or "", r.get("province") or "") if len(n) >= 3]
        blob = f"{title} {desc}".lower()
        if not names or not any(n.lower() in blob for n in names):
            continue
        if not r.get("lat") or not r.get("lon"):
            continue
        r["_text"] = title if not desc or desc.lower() == title.lower() else f"{title}. {desc}"
        out.append(r)
    return out


# CIR files the city-states with the surrounding area (Kyiv city under "Kyiv Oblast").
CIR_SAME = {"Kyiv": "Kyiv Oblast", "Sevastopol": "Crimea"}


def run_cir(half: str, limit: int | None, nlp: Any, gaz: Gazetteer, actors: Any) -> dict[str, Any]:
    rows = half_of(cir_rows(), half)[:limit]
    docs = list(parse_many([r["_text"] for r in rows], nlp))
    n = w25 = w161 = located = 0
    a1_total = a1_ok = 0
    for r, doc in zip(rows, docs, strict=True):
        n += 1
        if not doc.sentences:
            continue
        ctx = article_context(doc, gaz, actors)
        coded = CodedEvent(event=_ASSAULT, sentence_index=0, trigger_token=_root(doc, 0))  # type: ignore[arg-type]
        place = locate_event(doc, coded, ctx, gaz)
        try:
            glat, glon = float(r["lat"]), float(r["lon"])
        except ValueError:
            continue
        if place is not None and place.lat is not None and place.lon is not None:
            located += 1
            d = km(glat, glon, place.lat, place.lon)
            w25 += d <= 25
            w161 += d <= 161
        province = (r.get("province") or "").strip()
        if province:
            gold = gaz.admin1_of(province, {"UKR": 1.0, "RUS": 0.5, "BLR": 0.5})
            if gold is not None:
                a1_total += 1
                mine = None
                if place is not None:
                    mine = place.admin1 if place.precision in ("city", "admin1", "point") else None
                a1_ok += mine is not None and CIR_SAME.get(mine, mine) == CIR_SAME.get(
                    gold.admin1 or "", gold.admin1
                )
    return {
        "set": "cir",
        "half": half,
        "rows": n,
        "located": located,
        "within25": w25 / n if n else 0.0,
        "within161": w161 / n if n else 0.0,
        "admin1_rows": a1_total,
        "admin1_accuracy": a1_ok / a1_total if a1_total else 0.0,
    }


def run_bellingcat(half: str, limit: int | None, nlp: Any, gaz: Gazetteer, actors: Any) -> dict[str, Any]:
    path = EVAL / "osint_ukraine" / "bellingcat_ukr-civharm-2023-06-01.json"
    rows = [
        r for r in json.loads(path.read_text(encoding="utf-8")) if r.get("location") and r.get("latitude")
    ]
    rows = half_of(rows, half)[:limit]
    docs = list(parse_many([f"Strike in {r['location']}." for r in rows], nlp))
    n = w25 = w161 = located = 0
    for r, doc in zip(rows, docs, strict=True):
        n += 1
        ctx = article_context(doc, gaz, actors)
        coded = CodedEvent(event=_ASSAULT, sentence_index=0, trigger_token=0)  # type: ignore[arg-type]
        place = locate_event(doc, coded, ctx, gaz)
        if place is None or place.lat is None or place.lon is None:
            continue
        located += 1
        d = km(float(r["latitude"]), float(r["longitude"]), place.lat, place.lon)
        w25 += d <= 25
        w161 += d <= 161
    return {
        "set": "bellingcat",
        "half": half,
        "rows": n,
        "located": located,
        "within25": w25 / n if n else 0.0,
        "within161": w161 / n if n else 0.0,
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--half", default="test", choices=("dev", "test", "all"))
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--sets", default="gwn,lgl,trnews,relabel,cir,bellingcat")
    ap.add_argument("--cache-dir", default=None)
    ap.add_argument(
        "--pool",
        default=None,
        help="A:B — score records A to B of the event-location set's wire records outside RELABEL",
    )
    args = ap.parse_args(argv)
    if not EVAL.exists():
        print(f"skip: {EVAL} not found")
        return 0
    settings = Settings() if args.cache_dir is None else Settings(cache_dir=Path(args.cache_dir))
    t0 = time.perf_counter()
    gaz = Gazetteer.open(settings)
    print(json.dumps({"gazetteer_open_s": round(time.perf_counter() - t0, 2), "places": len(gaz)}))
    nlp = load_model()
    actors = ActorDictionary.load()
    runners = {
        "gwn": lambda: run_geoparsing("gwn", args.half, args.limit, nlp, gaz, actors),
        "lgl": lambda: run_geoparsing("lgl", args.half, args.limit, nlp, gaz, actors),
        "trnews": lambda: run_geoparsing("trnews", args.half, args.limit, nlp, gaz, actors),
        "relabel": lambda: run_relabel(args.half, args.limit, nlp, gaz, actors, args.pool),
        "cir": lambda: run_cir(args.half, args.limit, nlp, gaz, actors),
        "bellingcat": lambda: run_bellingcat(args.half, args.limit, nlp, gaz, actors),
    }
    for name in args.sets.split(","):
        needed = {
            "gwn": "geoparsing/GWN.xml",
            "lgl": "geoparsing/lgl.xml",
            "trnews": "geoparsing/TR-News.xml",
            "relabel": "event_location/labeled_text.jsonl.zip",
            "cir": "osint_ukraine/cir_russia_ukraine_monitor_events.csv",
            "bellingcat": "osint_ukraine/bellingcat_ukr-civharm-2023-06-01.json",
        }[name]
        if not (EVAL / needed).exists():
            print(json.dumps({"set": name, "skipped": f"{needed} absent"}))
            continue
        result = runners[name]()
        print(json.dumps({k: round(v, 3) if isinstance(v, float) else v for k, v in result.items()}))
        sys.stdout.flush()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
