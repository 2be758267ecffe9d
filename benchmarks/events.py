"""Event coding measured on third-party gold data (../shared/eval): PLOVER GSR, PETRARCH-2 GSR
validation records, UCDP headlines for Ukraine.

    .venv/bin/python benchmarks/events.py [--only plover,petr2,ucdp] [--limit N] [--all-sentences]

Splits, as ../shared/eval/README.md says: by record position, even = dev, odd = test (PLOVER GSR
after dropping its DOCUMENT record). Tune on dev; the figures that count are the test halves.

PLOVER GSR (one coded event per sentence; PLOVER 0.5 names mapped: FIGHT→ASSAULT,
DEMAND→REQUEST, DISAPPROVE→ACCUSE, INVESTIGATE→ACCUSE:investigate). Event types are scored per
sentence as sets: gold {type} against the set of predicted types (a predicted type that is not
the gold one is a false positive, the gold type missing a false negative). This headline figure
counts every coded event whatever its factuality. A second figure ("asserted events only") is
printed after each half, never instead of it: the same scoring on the types of the events coded
`actual` only. The GSR codes CAMEO-style, where an announced, hoped-for or refused act is coded
as the statement (AGREE, THREATEN, REQUEST, REJECT), never as the act itself; frontwatch records
the statement too and, besides it, the act with factuality future / hypothetical / negated,
which the GSR has no record for. On matched sentences
the predicted event of the gold type with the best actor overlap is compared with the gold
source (actor) and target (recipient) countries as sets; gold `IGO` matches any IGO code, the
old country spellings JAP, ITL, VTN are read as JPN, ITA, VNM, and NGO, IMG, ISM (no country)
actors are left out. Mode accuracy where the gold mode maps to a current PLOVER mode.

PETR-2 GSR (CAMEO triples): gold and predicted CAMEO root codes per sentence as sets, predicted
roots through frontwatch's own PLOVER→CAMEO table (layouts.py); CAMEO 01 (public statement) has
no PLOVER type and is left out of gold, 02 (appeal) counts as 10 (demand) since PLOVER merges
both into REQUEST. Dyad accuracy: matched gold triples whose source and target countries (first
three letters of the CAMEO actor code; `---` = none, IGO… = IGO) are among a same-root predicted
event's actors and recipients.

UCDP GED Ukraine (one row per UCDP event; its `source_headline` holds the headlines it was coded
from, `;`-joined): ASSAULT recall = rows where some headline yields an ASSAULT, over all rows and
over rows with at least one headline of four or more words (many "headlines" are only a village
name or "-", from which no event can be read); actor-country
accuracy = rows with a predicted ASSAULT whose actor countries all belong to the row's sides
(Government of Ukraine → UKR, Government of Russia → RUS, the DPR, LPR and Novorossiya forces →
UKR, since frontwatch codes non-state groups with their country of operation).
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import re
import sys
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from frontwatch.config import Settings
from frontwatch.evaluate import Accuracy, Coder, Tally, default_coder
from frontwatch.layouts import cameo_code
from frontwatch.models import EVENT_TYPES, MODES, Event

EVAL = Path(__file__).resolve().parents[1].parent / "shared" / "eval"

OLD_TYPES = {"FIGHT": ("ASSAULT", None), "DEMAND": ("REQUEST", None), "DISAPPROVE": ("ACCUSE", None),
             "INVESTIGATE": ("ACCUSE", "investigate")}  # fmt: skip
OLD_MODES = {"strike-hun": "hunger", "strike-gen": "strike", "riot-spon": "riot", "demo-org": "demo",
             "demo-spon": "demo", "host": "visit", "confiscate": "seize", "detain": "arrest",
             "assassinate": "targeted"}  # fmt: skip
UCDP_SIDES = {"Government of Ukraine": "UKR", "Government of Russia (Soviet Union)": "RUS", "DPR": "UKR",
              "LPR": "UKR", "United Armed Forces of Novorossiya": "UKR", "Maidan": "UKR", "Civilians": "UKR",
              "Supporters of independence for Eastern Ukraine": "UKR",
              "Supporters of Ukrainian unity": "UKR"}  # fmt: skip
# Gold codes that are not ISO 3166: old CAMEO spellings of countries; NGO and international
# militant groups (IMG, ISM) have no country and are left out.
GOLD_CODES = {"JAP": "JPN", "ITL": "ITA", "VTN": "VNM"}
_ISO3: set[str] | None = None


def _is_country(code: str) -> bool:
    global _ISO3
    if _ISO3 is None:
        import pycountry

        _ISO3 = {c.alpha_3 for c in pycountry.countries} | {"XKX", "PSE", "TWN"}
    return code in _ISO3


def norm(code: str | None) -> str | None:
    """A predicted entity code for comparison with gold: countries as they are, IGOs as IGO."""
    if not code:
        return None
    return code if _is_country(code) else "IGO"


def countries(entities: Iterable[Any]) -> frozenset[str]:
    return frozenset(c for c in (norm(e.country) for e in entities) if c)


def fmt(x: float) -> str:
    return f"{x:.3f}"


@dataclass
class Half:
    """Scores of one half (dev or test) of one data set."""

    records: int = 0
    by_type: dict[str, Tally] = field(default_factory=dict)
    actors: Accuracy = field(default_factory=Accuracy)
    actors_overlap: Accuracy = field(default_factory=Accuracy)
    recipients: Accuracy = field(default_factory=Accuracy)
    mode: Accuracy = field(default_factory=Accuracy)
    extra: dict[str, Accuracy] = field(default_factory=dict)

    def tally(self, key: str) -> Tally:
        return self.by_type.setdefault(key, Tally())

    @property
    def micro(self) -> Tally:
        total = Tally()
        for t in self.by_type.values():
            total.tp, total.fp, total.fn = total.tp + t.tp, total.fp + t.fp, total.fn + t.fn
        return total

    def score_sets(self, gold: set[str], predicted: set[str]) -> set[str]:
        for key in gold & predicted:
            self.tally(key).tp += 1
        for key in predicted - gold:
            self.tally(key).fp += 1
        for key in gold - predicted:
            self.tally(key).fn += 1
        return gold & predicted


def print_half(name: str, half: Half, *, per_type: bool = True, label: str = "type") -> None:
    m = half.micro
    print(f"\n### {name} — {half.records} records")
    if half.by_type:
        print(f"{label} micro P {fmt(m.precision)}  R {fmt(m.recall)}  F1 {fmt(m.f1)}  "
              f"(gold {m.gold}, predicted {m.predicted}, matched {m.tp})")  # fmt: skip
    seen = [t for t in half.by_type.values() if t.gold or t.predicted]
    if seen:
        macro = sum(t.f1 for t in seen) / len(seen)
        print(f"{label} macro F1 {fmt(macro)} over {len(seen)} {label}s")
    if per_type:
        print(f"| {label} | P | R | F1 | gold | predicted |\n|---|---|---|---|---|---|")
        for key in sorted(half.by_type):
            t = half.by_type[key]
            cells = [key, fmt(t.precision), fmt(t.recall), fmt(t.f1), str(t.gold), str(t.predicted)]
            print("| " + " | ".join(cells) + " |")
    standard = (
        ("actor-country accuracy (exact set)", half.actors),
        ("actor-country accuracy (any overlap)", half.actors_overlap),
        ("recipient-country accuracy (exact set)", half.recipients),
        ("mode accuracy", half.mode),
    )
    for title, acc in standard:
        if acc.total:
            print(f"{title}: {fmt(acc.value)} ({acc.correct}/{acc.total} matched events)")
    for title, acc in half.extra.items():
        if acc.total:
            print(f"{title}: {fmt(acc.value)} ({acc.correct}/{acc.total})")


def _split(items: Sequence[Any], halves: Sequence[str]) -> dict[str, list[Any]]:
    """The dev (even positions) and test (odd positions) halves asked for."""
    split = {"dev": list(items[0::2]), "test": list(items[1::2])}
    return {name: split[name] for name in halves}


# ---------------------------------------------------------------------------------------------
# PLOVER GSR


def plover_gold(rec: dict[str, Any]) -> tuple[str, str | None, frozenset[str], frozenset[str]]:
    """(type, mode, source codes, target codes) in current PLOVER names."""
    etype, mode = OLD_TYPES.get(rec["event"], (rec["event"], None))
    raw_mode = rec.get("mode") or None
    if mode is None and raw_mode:
        mode = OLD_MODES.get(raw_mode, raw_mode)
    if mode not in MODES.get(etype, ()):
        mode = None

    def codes(value: Any) -> frozenset[str]:
        items = value if isinstance(value, list) else []
        found = (GOLD_CODES.get(a.get("code") or "", a.get("code") or "") for a in items)
        return frozenset(c for c in found if c == "IGO" or _is_country(c))

    return etype, mode, codes(rec.get("source")), codes(rec.get("target"))


def best_of_type(events: Sequence[Event], etype: str, actors: frozenset[str]) -> Event:
    same = [e for e in events if e.event_type == etype]
    return max(same, key=lambda e: (len(countries(e.actors) & actors), -len(countries(e.actors) ^ actors)))


def run_plover(coder: Coder, limit: int | None, halves: Sequence[str]) -> dict[str, Half]:
    path = EVAL / "plover_gsr" / "PLOVER_GSR_CAMEO.json"
    records = [r for r in json.loads(path.read_text(encoding="utf-8")) if r.get("event") != "DOCUMENT"]
    out = {}
    for name, half_records in _split(records, halves).items():
        half = Half()
        asserted = Half()  # second reading: only the events the coder asserts (factuality actual)
        for rec in half_records[:limit]:
            etype, mode, sources, targets = plover_gold(rec)
            if etype not in EVENT_TYPES:
                continue
            half.records += 1
            asserted.records += 1
            events = coder(rec["text"], None)
            asserted.score_sets({etype}, {e.event_type for e in events if e.factuality == "actual"})
            if not half.score_sets({etype}, {e.event_type for e in events}):
                continue
            best = best_of_type(events, etype, sources)
            pred_actors = countries(best.actors)
            if sources:
                half.actors.add(pred_actors == sources)
                half.actors_overlap.add(bool(pred_actors & sources))
            if targets:
                half.recipients.add(countries(best.recipients) == targets)
            if mode:
                half.mode.add(best.mode == mode)
        out[name] = half
        out[f"{name}, asserted events only"] = asserted
    return out


# ---------------------------------------------------------------------------------------------
# PETRARCH-2 GSR


@dataclass(frozen=True)
class PetrRecord:
    id: str
    text: str
    published: datetime | None
    triples: tuple[tuple[str, str | None, str | None], ...]  # (root, source country, target country)


def _cameo_country(code: str | None) -> str | None:
    if not code or code.startswith("---"):
        return None
    return "IGO" if code.startswith("IGO") else code[:3]


def _root(code: str) -> str:
    root = code[:2]
    return "10" if root == "02" else root


def load_petr2(path: Path) -> list[PetrRecord]:
    """Sentences, their dates and CAMEO triples (root, source country, target country)."""
    text = path.read_text(encoding="utf-8")
    records = []
    for chunk in re.split(r"<Sentence\s", text)[1:]:
        head = re.match(r'[^>]*id="([^"]+)"[^>]*', chunk)
        body = re.search(r"<Text>(.*?)</Text>", chunk, re.S)
        if not head or not body:
            continue
        date = re.search(r'date="(\d{8})"', chunk[: head.end()])
        published = datetime.strptime(date.group(1), "%Y%m%d").replace(tzinfo=UTC) if date else None
        triples = []
        for m in re.finditer(r"<EventCoding\s([^>]*)/>", chunk):
            attrs = dict(re.findall(r'(\w+)="([^"]*)"', m.group(1)))
            code = attrs.get("eventcode")
            if not code or code.startswith("01"):
                continue
            triples.append((_root(code), _cameo_country(attrs.get("sourcecode")),
                            _cameo_country(attrs.get("targetcode"))))  # fmt: skip
        records.append(PetrRecord(head.group(1), " ".join(body.group(1).split()), published, tuple(triples)))
    return records


def run_petr2(coder: Coder, limit: int | None, halves: Sequence[str]) -> dict[str, Half]:
    records = load_petr2(EVAL / "plover_gsr" / "PETR2_GSR_validation_CAMEO.xml")
    out = {}
    for name, half_records in _split(records, halves).items():
        half = Half()
        dyad = half.extra.setdefault(
            "dyad accuracy (source and target countries, on matched gold triples)", Accuracy()
        )
        for rec in half_records[:limit]:
            half.records += 1
            events = coder(rec.text, rec.published)
            by_root: dict[str, list[Event]] = {}
            for e in events:
                by_root.setdefault(cameo_code(e.event_type, e.mode, e.contexts).root, []).append(e)
            matched = half.score_sets({t[0] for t in rec.triples}, set(by_root))
            for root, source, target in rec.triples:
                if root not in matched:
                    continue
                dyad.add(any((source is None or source in countries(e.actors))
                             and (target is None or target in countries(e.recipients))
                             for e in by_root[root]))  # fmt: skip
        out[name] = half
    return out


# ---------------------------------------------------------------------------------------------
# UCDP headlines


def read_mixed(path: Path) -> str:
    """UTF-8 text with some cp1252 lines, decoded line by line."""
    lines = []
    for raw in path.read_bytes().split(b"\n"):
        try:
            lines.append(raw.decode("utf-8"))
        except UnicodeDecodeError:
            lines.append(raw.decode("cp1252", errors="replace"))
    return "\n".join(lines)


def run_ucdp(coder: Coder, limit: int | None, halves: Sequence[str]) -> dict[str, Half]:
    path = EVAL / "ucdp_ukraine" / "UCDP-GED-Ukraine_2014-2023.csv"
    rows = list(csv.DictReader(io.StringIO(read_mixed(path))))
    cache: dict[tuple[str, str], list[Event]] = {}
    out = {}
    for name, half_rows in _split(rows, halves).items():
        half = Half()
        recall = half.extra.setdefault("ASSAULT recall (UCDP rows)", Accuracy())
        recall_actual = half.extra.setdefault("ASSAULT recall, factuality actual (UCDP rows)", Accuracy())
        recall_text = half.extra.setdefault(
            "ASSAULT recall (rows with a headline of 4+ words, not just a place name)", Accuracy()
        )
        actor = half.extra.setdefault(
            "actor-country accuracy (rows with a predicted ASSAULT with actors)", Accuracy()
        )
        for row in half_rows[:limit]:
            half.records += 1
            published = datetime.strptime(row["date_start"].split()[0], "%m/%d/%Y").replace(tzinfo=UTC)
            sides = {UCDP_SIDES.get(row["side_a"]), UCDP_SIDES.get(row["side_b"])} - {None}
            assaults: list[Event] = []
            headlines = list(dict.fromkeys(h.strip() for h in row["source_headline"].split(";") if h.strip()))
            for headline in headlines:
                key = (headline, published.date().isoformat())
                if key not in cache:
                    cache[key] = coder(headline, published)
                assaults += [e for e in cache[key] if e.event_type == "ASSAULT"]
            recall.add(bool(assaults))
            recall_actual.add(any(e.factuality == "actual" for e in assaults))
            if any(len(h.split()) >= 4 for h in headlines):
                recall_text.add(bool(assaults))
            with_actors = [e for e in assaults if countries(e.actors)]
            if with_actors:
                actor.add(all(countries(e.actors) <= sides for e in with_actors))
        out[name] = half
    return out


# ---------------------------------------------------------------------------------------------


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--only", default="plover,petr2,ucdp", help="comma-separated: plover, petr2, ucdp")
    parser.add_argument("--limit", type=int, default=None, help="at most N records per half")
    parser.add_argument("--half", choices=("dev", "test", "all"), default="all", help="which half to score")
    parser.add_argument("--all-sentences", action="store_true", help="parse every sentence")
    args = parser.parse_args(argv)
    if hasattr(sys.stdout, "reconfigure"):
        sys.stdout.reconfigure(line_buffering=True)  # progress shows when piped to a file
    if not EVAL.is_dir():
        print(f"skipped: evaluation data not found at {EVAL}")
        return 0
    started = time.perf_counter()
    coder: Callable[[str, datetime | None], list[Event]] = default_coder(
        Settings(parse_all_sentences=args.all_sentences, allow_network=False)
    )
    runs = {
        "plover": ("PLOVER GSR (plover_gsr/PLOVER_GSR_CAMEO.json)", run_plover, "type"),
        "petr2": ("PETR-2 GSR (plover_gsr/PETR2_GSR_validation_CAMEO.xml)", run_petr2, "CAMEO root"),
        "ucdp": (
            "UCDP GED Ukraine headlines (ucdp_ukraine/UCDP-GED-Ukraine_2014-2023.csv)",
            run_ucdp,
            "type",
        ),
    }
    halves = ("dev", "test") if args.half == "all" else (args.half,)
    for key in [k.strip() for k in args.only.split(",") if k.strip()]:
        if key not in runs:
            parser.error(f"unknown data set {key!r}")
        title, run, label = runs[key]
        print(f"\n## {title}")
        for half_name, half in run(coder, args.limit, halves).items():
            per_type = key != "ucdp" and "asserted" not in half_name
            print_half(f"{key} {half_name}", half, per_type=per_type, label=label)
    print(f"\n(run in {time.perf_counter() - started:.0f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
