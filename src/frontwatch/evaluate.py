"""Score a coder against gold sentences (`frontwatch eval GOLD.jsonl`).

A gold file is JSON Lines; each record holds a text, its publication date, the events that
must be coded and the events that must NOT be (partial specs). See tests/golden/README.md.

Scoring, per record:
    1. match predicted to gold events greedily — same type required; gold actors (when given)
       must overlap the predicted actor countries; best pairs first by actor overlap, then
       trigger, then recipient overlap;
    2. count per-type true positives, false positives, false negatives;
    3. on matched pairs, compare actors (set equality), recipients, mode (where gold has one),
       factuality, attribution, location country (where both sides have one);
    4. count not_events violations: a not_event matched by any predicted event.
Every figure carries the number of records or events it was computed on.

The coder is any `Coder` callable (text, published → events), so tests can pass a fake one;
`default_coder` wires the real stages with the model loaded once.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from .config import Settings
from .errors import MalformedInput, SourceNotFound
from .models import EVENT_TYPES, FACTUALITY_VALUES, MODES, Article, Event, sha256_hex

Coder = Callable[[str, datetime | None], list[Event]]

ATTRIBUTES = ("actors", "recipients", "mode", "factuality", "attribution", "location_country")
_EVENT_KEYS = {"event_type", "mode", "actors", "recipients", "factuality", "attribution", "trigger",
               "location_country"}  # fmt: skip
_NOT_EVENT_KEYS = _EVENT_KEYS - {"trigger"}
_RECORD_KEYS = {"id", "text", "published", "events", "not_events", "tags", "note"}


@dataclass(frozen=True)
class GoldEvent:
    """An expected event. Fields absent from the gold line are None in `given` terms: only
    the keys in `given` are scored (actors/recipients/factuality/attribution are always given
    for `events`; `not_events` give only the fields they constrain)."""

    event_type: str
    mode: str | None = None
    actors: frozenset[str] = frozenset()
    recipients: frozenset[str] = frozenset()
    factuality: str | None = None
    attribution: str | None = None
    trigger: str | None = None
    location_country: str | None = None
    given: frozenset[str] = frozenset()


@dataclass(frozen=True)
class GoldRecord:
    """One gold sentence or short paragraph."""

    id: str
    text: str
    published: datetime | None
    events: tuple[GoldEvent, ...]
    not_events: tuple[GoldEvent, ...]
    tags: tuple[str, ...]
    source: str = ""  # "file:line", for messages


# ----------------------------------------------------------------------------------------------
# loading


def _bad(source: str, reason: str) -> MalformedInput:
    return MalformedInput(source, reason)


def _codes(value: Any, where: str, key: str) -> frozenset[str]:
    if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
        raise _bad(where, f"{key!r} must be a list of country or IGO codes, got {value!r}")
    return frozenset(value)


def _gold_event(obj: Any, where: str, partial: bool) -> GoldEvent:
    kind = "not_event" if partial else "event"
    if not isinstance(obj, dict):
        raise _bad(where, f"each {kind} must be an object, got {obj!r}")
    allowed = _NOT_EVENT_KEYS if partial else _EVENT_KEYS
    unknown = set(obj) - allowed
    if unknown:
        raise _bad(where, f"unknown {kind} field(s): {', '.join(sorted(unknown))}")
    etype = obj.get("event_type")
    if etype not in EVENT_TYPES:
        raise _bad(where, f"{kind} event_type {etype!r} is not one of the 16 PLOVER types")
    mode = obj.get("mode")
    if mode is not None and mode not in MODES.get(etype, ()):
        raise _bad(where, f"mode {mode!r} is not a PLOVER mode of {etype}")
    fact = obj.get("factuality")
    if fact is not None and fact not in FACTUALITY_VALUES:
        raise _bad(where, f"factuality {fact!r} is not one of {', '.join(FACTUALITY_VALUES)}")
    if not partial:
        missing = {"actors", "recipients", "factuality", "attribution"} - set(obj)
        if missing:
            raise _bad(where, f"event lacks field(s): {', '.join(sorted(missing))}")
    for key in ("attribution", "trigger", "location_country"):
        if obj.get(key) is not None and not isinstance(obj[key], str):
            raise _bad(where, f"{key!r} must be a string or null, got {obj[key]!r}")
    return GoldEvent(
        event_type=etype,
        mode=mode,
        actors=_codes(obj.get("actors", []), where, "actors"),
        recipients=_codes(obj.get("recipients", []), where, "recipients"),
        factuality=fact,
        attribution=obj.get("attribution"),
        trigger=obj.get("trigger"),
        location_country=obj.get("location_country"),
        given=frozenset(obj),
    )


def _published(value: Any, where: str) -> datetime | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise _bad(where, f"'published' must be an ISO date string, got {value!r}")
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        raise _bad(where, f"'published' is not an ISO date: {value!r}") from None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def parse_record(obj: Any, where: str) -> GoldRecord:
    """Validate one decoded gold line; raises MalformedInput naming `where` and the problem."""
    if not isinstance(obj, dict):
        raise _bad(where, "a gold line must be a JSON object")
    unknown = set(obj) - _RECORD_KEYS
    if unknown:
        raise _bad(where, f"unknown field(s): {', '.join(sorted(unknown))}")
    rid, text = obj.get("id"), obj.get("text")
    if not isinstance(rid, str) or not rid:
        raise _bad(where, "missing 'id'")
    if not isinstance(text, str) or not text.strip():
        raise _bad(where, f"{rid}: missing or empty 'text'")
    where = f"{where} ({rid})"
    events, not_events = obj.get("events", []), obj.get("not_events", [])
    tags = obj.get("tags", [])
    if not isinstance(events, list) or not isinstance(not_events, list):
        raise _bad(where, "'events' and 'not_events' must be lists")
    if not isinstance(tags, list) or not all(isinstance(t, str) for t in tags):
        raise _bad(where, "'tags' must be a list of strings")
    return GoldRecord(
        id=rid,
        text=text,
        published=_published(obj.get("published"), where),
        events=tuple(_gold_event(e, where, partial=False) for e in events),
        not_events=tuple(_gold_event(e, where, partial=True) for e in not_events),
        tags=tuple(tags),
        source=where,
    )


def load_gold(path: Path) -> list[GoldRecord]:
    """Read a gold JSON Lines file; a bad line raises MalformedInput naming file, line and why.
    Ids must be unique within the file."""
    if not path.is_file():
        raise SourceNotFound(str(path), "no such gold file")
    records: list[GoldRecord] = []
    seen: dict[str, str] = {}
    with path.open(encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, start=1):
            if not line.strip():
                continue
            where = f"{path}:{lineno}"
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as exc:
                raise _bad(where, f"not valid JSON ({exc.msg} at column {exc.colno})") from None
            record = parse_record(obj, where)
            if record.id in seen:
                raise _bad(where, f"duplicate id {record.id!r} (first at {seen[record.id]})")
            seen[record.id] = where
            records.append(record)
    return records


# ----------------------------------------------------------------------------------------------
# matching and scoring


def _countries(entities: Iterable[Any]) -> frozenset[str]:
    return frozenset(e.country for e in entities if e.country)


def _attribution(event: Event) -> str | None:
    return event.attribution.country if event.attribution else None


def _location(event: Event) -> str | None:
    return event.location.country if event.location else None


def _trigger_match(gold: str | None, predicted: str) -> bool:
    if not gold:
        return False
    g, p = gold.lower().strip(), predicted.lower().strip()
    return bool(p) and (g == p or g in p or p in g)


def _jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    return len(a & b) / len(a | b) if a | b else 1.0


def match_events(gold: Sequence[GoldEvent], predicted: Sequence[Event]) -> list[tuple[int, int]]:
    """Greedy one-to-one matching of gold to predicted events (indices): same type required,
    overlapping actor countries required when gold has actors; the best remaining pair first
    by actor overlap, then trigger, then recipient overlap, then agreeing factuality and claimant
    (so a claim and its denial, alike in all else, each pair with their own gold event)."""
    scored: list[tuple[tuple[float, int, float, int], int, int]] = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(predicted):
            if p.event_type != g.event_type:
                continue
            actors = _countries(p.actors)
            if g.actors and not g.actors & actors:
                continue
            key = (
                _jaccard(g.actors, actors),
                int(_trigger_match(g.trigger, p.evidence.trigger)),
                _jaccard(g.recipients, _countries(p.recipients)),
                int(g.factuality == p.factuality) + int(g.attribution == _attribution(p)),
            )
            scored.append((key, gi, pi))
    scored.sort(key=lambda item: (item[0], -item[1], -item[2]), reverse=True)
    used_g: set[int] = set()
    used_p: set[int] = set()
    pairs = []
    for _, gi, pi in scored:
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        pairs.append((gi, pi))
    return sorted(pairs)


def violates(spec: GoldEvent, event: Event) -> bool:
    """Whether a predicted event matches every field a not_event gives. Actor and recipient
    lists match when they are a subset of the predicted countries (an empty list: none)."""
    checks: dict[str, Callable[[], bool]] = {
        "event_type": lambda: event.event_type == spec.event_type,
        "mode": lambda: event.mode == spec.mode,
        "actors": lambda: _subset(spec.actors, _countries(event.actors)),
        "recipients": lambda: _subset(spec.recipients, _countries(event.recipients)),
        "factuality": lambda: event.factuality == spec.factuality,
        "attribution": lambda: _attributed_as(event, spec.attribution),
        "location_country": lambda: _location(event) == spec.location_country,
    }
    return all(checks[key]() for key in spec.given)


def _attributed_as(event: Event, attribution: str | None) -> bool:
    """A not_event's attribution: null is the outlet's own voice, an event with no speaker at all
    (one told by "he" or "two residents", a speaker with no country, is not the outlet's); a code
    is the speaker's country."""
    if attribution is None:
        return event.attribution is None
    return _attribution(event) == attribution


def _subset(spec: frozenset[str], predicted: frozenset[str]) -> bool:
    return spec <= predicted if spec else not predicted


@dataclass
class Tally:
    """True positives, false positives, false negatives."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def gold(self) -> int:
        return self.tp + self.fn

    @property
    def predicted(self) -> int:
        return self.tp + self.fp


@dataclass
class Accuracy:
    """Correct out of total."""

    correct: int = 0
    total: int = 0

    @property
    def value(self) -> float:
        return self.correct / self.total if self.total else 0.0

    def add(self, ok: bool) -> None:
        self.total += 1
        self.correct += int(ok)


@dataclass(frozen=True)
class Violation:
    """A not_event that the coder produced anyway."""

    record_id: str
    spec: GoldEvent
    event_type: str
    actors: tuple[str, ...]
    recipients: tuple[str, ...]
    factuality: str
    attribution: str | None
    sentence: str


@dataclass(frozen=True)
class Miss:
    """A gold event without a match, or a predicted event without one (for the detail list)."""

    record_id: str
    kind: str  # "missed" or "spurious"
    summary: str


@dataclass
class EvalReport:
    """Everything `evaluate` measured."""

    records: int = 0
    gold_events: int = 0
    predicted_events: int = 0
    not_events: int = 0
    by_type: dict[str, Tally] = field(default_factory=lambda: {t: Tally() for t in EVENT_TYPES})
    by_tag: dict[str, Tally] = field(default_factory=dict)
    attributes: dict[str, Accuracy] = field(default_factory=lambda: {a: Accuracy() for a in ATTRIBUTES})
    violations: list[Violation] = field(default_factory=list)
    misses: list[Miss] = field(default_factory=list)

    @property
    def micro(self) -> Tally:
        total = Tally()
        for t in self.by_type.values():
            total.tp += t.tp
            total.fp += t.fp
            total.fn += t.fn
        return total

    def macro(self) -> tuple[float, float, float, int]:
        """Macro precision, recall, F1 over types seen in gold or predictions, and how many."""
        seen = [t for t in self.by_type.values() if t.gold or t.predicted]
        if not seen:
            return 0.0, 0.0, 0.0, 0
        n = len(seen)
        return (
            sum(t.precision for t in seen) / n,
            sum(t.recall for t in seen) / n,
            sum(t.f1 for t in seen) / n,
            n,
        )

    @property
    def actual_violations(self) -> int:
        """Violations where the offending predicted event was asserted as `actual`."""
        return sum(1 for v in self.violations if v.factuality == "actual")

    def metrics(self) -> dict[str, float]:
        """Flat figures the eval gate compares with its floors."""
        micro = self.micro
        mp, mr, mf, _ = self.macro()
        out = {
            "micro_precision": micro.precision,
            "micro_recall": micro.recall,
            "micro_f1": micro.f1,
            "macro_precision": mp,
            "macro_recall": mr,
            "macro_f1": mf,
        }
        for name, acc in self.attributes.items():
            out[f"{name}_accuracy"] = acc.value
        return out


def _summary(event_type: str, actors: Iterable[str], recipients: Iterable[str], fact: str | None,
             attribution: str | None) -> str:  # fmt: skip
    a = ",".join(sorted(actors)) or "-"
    r = ",".join(sorted(recipients)) or "-"
    return f"{event_type} {a}→{r} {fact or '?'} (by {attribution or 'outlet'})"


def score_record(record: GoldRecord, predicted: Sequence[Event], report: EvalReport) -> None:
    """Add one record's matches, attribute checks and violations to `report`."""
    report.records += 1
    report.gold_events += len(record.events)
    report.predicted_events += len(predicted)
    report.not_events += len(record.not_events)
    pairs = match_events(record.events, predicted)
    matched_g = {gi for gi, _ in pairs}
    matched_p = {pi for _, pi in pairs}
    tag_tallies = [report.by_tag.setdefault(tag, Tally()) for tag in record.tags]
    for gi, pi in pairs:
        report.by_type[record.events[gi].event_type].tp += 1
        for tally in tag_tallies:
            tally.tp += 1
        _check_attributes(record.events[gi], predicted[pi], report)
    for gi, g in enumerate(record.events):
        if gi not in matched_g:
            report.by_type[g.event_type].fn += 1
            for tally in tag_tallies:
                tally.fn += 1
            summary = _summary(g.event_type, g.actors, g.recipients, g.factuality, g.attribution)
            report.misses.append(Miss(record.id, "missed", summary))
    for pi, p in enumerate(predicted):
        if pi not in matched_p:
            report.by_type[p.event_type].fp += 1
            for tally in tag_tallies:
                tally.fp += 1
            summary = _summary(p.event_type, _countries(p.actors), _countries(p.recipients),
                               p.factuality, _attribution(p))  # fmt: skip
            report.misses.append(Miss(record.id, "spurious", summary))
    for spec in record.not_events:
        hit = next((p for p in predicted if violates(spec, p)), None)
        if hit is not None:
            report.violations.append(
                Violation(
                    record.id,
                    spec,
                    hit.event_type,
                    tuple(sorted(_countries(hit.actors))),
                    tuple(sorted(_countries(hit.recipients))),
                    hit.factuality,
                    _attribution(hit),
                    hit.evidence.sentence,
                )  # fmt: skip
            )


def _check_attributes(gold: GoldEvent, pred: Event, report: EvalReport) -> None:
    acc = report.attributes
    if "actors" in gold.given:
        acc["actors"].add(gold.actors == _countries(pred.actors))
    if "recipients" in gold.given:
        acc["recipients"].add(gold.recipients == _countries(pred.recipients))
    if gold.mode is not None:
        acc["mode"].add(gold.mode == pred.mode)
    if gold.factuality is not None:
        acc["factuality"].add(gold.factuality == pred.factuality)
    if "attribution" in gold.given:
        acc["attribution"].add(gold.attribution == _attribution(pred))
    loc = _location(pred)
    if gold.location_country is not None and loc is not None:
        acc["location_country"].add(gold.location_country == loc)


def evaluate(records: Iterable[GoldRecord], coder: Coder) -> EvalReport:
    """Run `coder` on every gold record and score it."""
    report = EvalReport()
    for record in records:
        score_record(record, coder(record.text, record.published), report)
    return report


# ----------------------------------------------------------------------------------------------
# printing


def _pct(x: float) -> str:
    return f"{x:6.3f}"


def format_report(report: EvalReport, *, details: bool = False) -> str:
    """A plain-text report: per-type P/R/F1, micro and macro, attribute accuracies on matched
    events, per-tag figures and not_event violations — each with its counts."""
    lines = [
        f"records {report.records}   gold events {report.gold_events}   "
        f"predicted events {report.predicted_events}   not_events {report.not_events}",
        "",
        f"{'type':<11} {'P':>6} {'R':>6} {'F1':>6}   {'gold':>5} {'pred':>5} {'tp':>5}",
    ]
    for etype in EVENT_TYPES:
        t = report.by_type[etype]
        if not (t.gold or t.predicted):
            continue
        lines.append(
            f"{etype:<11} {_pct(t.precision)} {_pct(t.recall)} {_pct(t.f1)}   "
            f"{t.gold:>5} {t.predicted:>5} {t.tp:>5}"
        )
    micro = report.micro
    mp, mr, mf, n = report.macro()
    lines += [
        f"{'micro':<11} {_pct(micro.precision)} {_pct(micro.recall)} {_pct(micro.f1)}   "
        f"{micro.gold:>5} {micro.predicted:>5} {micro.tp:>5}",
        f"{'macro':<11} {_pct(mp)} {_pct(mr)} {_pct(mf)}   over {n} types",
        "",
        f"on {micro.tp} matched events:",
    ]
    for name, acc in report.attributes.items():
        lines.append(f"  {name + ' accuracy':<28} {_pct(acc.value)}   ({acc.correct}/{acc.total})")
    if report.by_tag:
        lines += ["", f"{'tag':<20} {'P':>6} {'R':>6} {'F1':>6}   {'gold':>5} {'pred':>5}"]
        for tag in sorted(report.by_tag):
            t = report.by_tag[tag]
            lines.append(
                f"{tag:<20} {_pct(t.precision)} {_pct(t.recall)} {_pct(t.f1)}   {t.gold:>5} {t.predicted:>5}"
            )
    lines += [
        "",
        f"not_event violations: {len(report.violations)} of {report.not_events} "
        f"({report.actual_violations} asserted as actual)",
    ]
    for v in report.violations:
        summary = _summary(v.event_type, v.actors, v.recipients, v.factuality, v.attribution)
        lines.append(f"  {v.record_id}: produced {summary}")
    if details and report.misses:
        lines += ["", "unmatched events:"]
        lines += [f"  {m.record_id}: {m.kind} {m.summary}" for m in report.misses]
    return "\n".join(lines)


# ----------------------------------------------------------------------------------------------
# coverage of a gold set (the README's counts; a test holds the minima)


def coverage(records: Sequence[GoldRecord]) -> dict[str, Any]:
    """Counts that show what a gold set covers."""
    events = [e for r in records for e in r.events]
    tags: Counter[str] = Counter(t for r in records for t in r.tags)
    return {
        "records": len(records),
        "events": len(events),
        "not_events": sum(len(r.not_events) for r in records),
        "types": dict(Counter(e.event_type for e in events)),
        "type_modes": sorted({f"{e.event_type}:{e.mode}" for e in events if e.mode}),
        "factuality": dict(Counter(e.factuality for e in events)),
        "attributed": sum(1 for e in events if e.attribution),
        "denials": tags["denial"],
        "compound_actors": sum(1 for e in events if len(e.actors) > 1 or len(e.recipients) > 1),
        "tags": dict(tags),
    }


def format_coverage(cov: Mapping[str, Any]) -> str:
    """Coverage counts as text."""
    lines = [
        f"records {cov['records']}, events {cov['events']}, not_events {cov['not_events']}",
        "types: " + ", ".join(f"{t} {cov['types'].get(t, 0)}" for t in EVENT_TYPES),
        f"(type, mode) pairs: {len(cov['type_modes'])}",
        "factuality: " + ", ".join(f"{f} {cov['factuality'].get(f, 0)}" for f in FACTUALITY_VALUES),
        f"attributed events {cov['attributed']}, denial records {cov['denials']}, "
        f"compound-actor events {cov['compound_actors']}",
        "tags: " + ", ".join(f"{k} {v}" for k, v in sorted(cov["tags"].items())),
    ]
    return "\n".join(lines)


# ----------------------------------------------------------------------------------------------
# the real coder and the `frontwatch eval` entry point


def default_coder(settings: Settings) -> Coder:
    """The real stages (parse, code, resolve places and dates), resources loaded once."""
    from .pipeline import Resources, code_articles

    resources = Resources.load(settings)

    def coder(text: str, published: datetime | None) -> list[Event]:
        article = Article(
            id=sha256_hex(text),
            url=None,
            outlet=None,
            title=None,
            published=published,
            text=text,
            language="en",
            ingested_at=datetime.now(UTC),
        )
        return code_articles([article], resources, settings)[0]

    return coder


def load_gold_files(paths: Sequence[Path]) -> list[GoldRecord]:
    """Load several gold files; ids must be unique across them."""
    records: list[GoldRecord] = []
    seen: dict[str, str] = {}
    for path in paths:
        for record in load_gold(path):
            if record.id in seen:
                raise _bad(record.source, f"duplicate id {record.id!r} (also at {seen[record.id]})")
            seen[record.id] = record.source
            records.append(record)
    return records


def main_eval(
    paths: Sequence[Path], settings: Settings, coder: Coder | None = None, *, details: bool = False
) -> tuple[str, EvalReport]:
    """`frontwatch eval`: load the gold files, run the coder, return the printed report."""
    records = load_gold_files(paths)
    report = evaluate(records, coder or default_coder(settings))
    header = f"gold: {', '.join(p.name for p in paths)}"
    return header + "\n" + format_report(report, details=details), report
