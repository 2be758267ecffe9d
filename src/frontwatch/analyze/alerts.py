"""Watch rules (YAML), their evaluation over stories, and the delivery of alerts.

Two kinds of rule (schema with examples in docs/watch-rules.md):
  * count — fires when the window holds at least `min_count` matching stories and, when
    `factor` is given, the window's rate (stories per day) exceeds `factor` × the baseline's rate;
  * escalation — for one dyad (actor country → recipient country), fires when the mean
    intensity of the window's matching stories has moved toward conflict (down) or cooperation
    (up) by at least `threshold` from the baseline's mean (0, neutral, when the baseline is empty).

Windows are whole UTC days: the window is the `window` days ending on the evaluation day
(inclusive), the baseline the `baseline` days just before it. A story is placed on its event
date, or, when no report dates it, on the day it was first reported. An alert's id is a hash
of its rule name and the window's last day, so re-evaluating a day never stores or sends the
same alert twice.

Delivery (`deliver`): a JSON Lines file and an HTTP webhook (POST of the alert's JSON, retried
with exponential backoff). Delivery failures are logged and never raise: `follow` keeps going.
"""

from __future__ import annotations

import json
import logging
import math
import re
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import yaml

from ..errors import FrontwatchError, UsageError
from ..models import EVENT_TYPES, FACTUALITY_VALUES, MODES, Alert, EventFilter, Story, sha256_hex
from ..store import Store, iter_pages
from ..store.base import encode_cursor

log = logging.getLogger(__name__)

KINDS = ("count", "escalation")
DIRECTIONS = ("conflict", "cooperation")
_COMMON_KEYS = {"name", "kind", "match", "window", "baseline", "min_count", "description"}
_KIND_KEYS = {"count": {"factor"}, "escalation": {"threshold", "direction"}}
_MATCH_KEYS = ("event_type", "mode", "actor_country", "recipient_country", "location_country", "factuality")
_DURATION = re.compile(r"^\s*(\d+)\s*([dw])\s*$")
_PAGE = 500
MAX_DAYS = 3660  # longest window or baseline: ten years


# 1. rules ------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Match:
    """Which stories a rule looks at; an empty tuple matches anything. Each field holds the
    accepted values (a story matches when one of its countries on that side is listed)."""

    event_type: tuple[str, ...] = ()
    mode: tuple[str, ...] = ()
    actor_country: tuple[str, ...] = ()
    recipient_country: tuple[str, ...] = ()
    location_country: tuple[str, ...] = ()
    factuality: tuple[str, ...] = ("actual",)

    def matches(self, story: Story) -> bool:
        if self.event_type and story.event_type not in self.event_type:
            return False
        if self.mode and story.mode not in self.mode:
            return False
        if self.factuality and story.factuality not in self.factuality:
            return False
        if self.actor_country and not {e.country for e in story.actors} & set(self.actor_country):
            return False
        if self.recipient_country and not {e.country for e in story.recipients} & set(self.recipient_country):
            return False
        where = story.location.country if story.location else None
        return not self.location_country or where in self.location_country


@dataclass(frozen=True)
class Rule:
    """One watch rule (see the module docstring for the two kinds)."""

    name: str
    kind: str
    match: Match
    window_days: int
    baseline_days: int
    min_count: int
    factor: float | None = None
    threshold: float | None = None
    direction: str = "conflict"
    description: str = ""

    @property
    def lookback_days(self) -> int:
        return self.window_days + self.baseline_days


def _duration(value: Any, key: str) -> int:
    """Days in "7d", "2w" or a bare number of days, between 1 and MAX_DAYS."""
    if isinstance(value, int) and not isinstance(value, bool):
        days = value
    else:
        m = _DURATION.match(str(value))
        if not m:
            raise ValueError(f"{key}: {value!r} is not a duration such as 7d or 2w")
        days = int(m.group(1)) * (7 if m.group(2) == "w" else 1)
    if not 1 <= days <= MAX_DAYS:
        raise ValueError(f"{key}: {value!r} is not between 1 day and {MAX_DAYS} days")
    return days


def _codes(value: Any, key: str, allowed: Sequence[str] | None = None, upper: bool = True) -> tuple[str, ...]:
    items = [value] if isinstance(value, str) else value
    if not isinstance(items, list) or not all(isinstance(v, str) and v.strip() for v in items):
        raise ValueError(f"match.{key}: give a value or a list of values")
    codes = tuple(v.strip().upper() if upper else v.strip().lower() for v in items)
    if allowed is not None:
        bad = [c for c in codes if c not in allowed]
        if bad:
            raise ValueError(f"match.{key}: unknown {', '.join(bad)} (one of {', '.join(allowed)})")
    elif not all(c.isalpha() and 2 <= len(c) <= 6 for c in codes):
        raise ValueError(f"match.{key}: {', '.join(codes)} is not a country or IGO code (e.g. RUS, NATO)")
    return codes


def _number(value: Any, key: str, minimum: float, integer: bool = False) -> float:
    ok = isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)
    if not ok or value < minimum or (integer and not isinstance(value, int)):
        kind = "a whole number" if integer else "a number"
        raise ValueError(f"{key}: {value!r} is not {kind} ≥ {minimum:g}")
    return float(value)


def _match(raw: Any) -> Match:
    if raw is None:
        raw = {}
    if not isinstance(raw, dict):
        raise ValueError("match: give a mapping such as {event_type: [MOBILIZE], actor_country: RUS}")
    unknown = sorted(set(raw) - set(_MATCH_KEYS))
    if unknown:
        raise ValueError(f"match: unknown key {', '.join(unknown)} (known: {', '.join(_MATCH_KEYS)})")
    modes = sorted({m for ms in MODES.values() for m in ms})
    values: dict[str, tuple[str, ...]] = {
        "event_type": _codes(raw.get("event_type", []), "event_type", EVENT_TYPES),
        "mode": _codes(raw.get("mode", []), "mode", modes, upper=False),
        "factuality": _codes(raw.get("factuality", ["actual"]), "factuality", FACTUALITY_VALUES, upper=False),
    }
    for key in ("actor_country", "recipient_country", "location_country"):
        values[key] = _codes(raw.get(key, []), key)
    return Match(**values)


def parse_rule(raw: Any) -> Rule:
    """One rule from its YAML mapping; ValueError naming the first problem."""
    if not isinstance(raw, dict):
        raise ValueError("a rule is a mapping with name, match, window, …")
    name = raw.get("name")
    if not isinstance(name, str) or not name.strip():
        raise ValueError("name: every rule needs a name")
    kind = raw.get("kind", "count")
    if kind not in KINDS:
        raise ValueError(f"kind: {kind!r} is not one of {', '.join(KINDS)}")
    unknown = sorted(set(raw) - _COMMON_KEYS - _KIND_KEYS[kind])
    if unknown:
        known = sorted(_COMMON_KEYS | _KIND_KEYS[kind])
        raise ValueError(f"unknown key {', '.join(unknown)} for a {kind} rule (known: {', '.join(known)})")
    match = _match(raw.get("match"))
    window = _duration(raw.get("window", "7d"), "window")
    baseline = _duration(raw.get("baseline", "28d"), "baseline")
    min_count = int(_number(raw.get("min_count", 1), "min_count", 1, integer=True))
    rule = Rule(
        name=name.strip(), kind=kind, match=match, window_days=window, baseline_days=baseline,
        min_count=min_count, description=str(raw.get("description", "")),
    )  # fmt: skip
    if kind == "count":
        factor = raw.get("factor")
        return rule if factor is None else replace(rule, factor=_number(factor, "factor", 0))
    if len(match.actor_country) != 1 or len(match.recipient_country) != 1:
        raise ValueError(
            "match: an escalation rule watches one dyad: one actor_country and one recipient_country"
        )
    if "threshold" not in raw:
        raise ValueError("threshold: an escalation rule needs the change in mean intensity that fires it")
    direction = raw.get("direction", "conflict")
    if direction not in DIRECTIONS:
        raise ValueError(f"direction: {direction!r} is not one of {', '.join(DIRECTIONS)}")
    return replace(rule, threshold=_number(raw["threshold"], "threshold", 0), direction=direction)


def parse_rules(doc: Any, source: str = "rules") -> list[Rule]:
    """Rules from a parsed YAML document; UsageError listing every bad rule."""
    if not isinstance(doc, dict) or not isinstance(doc.get("rules"), list) or not doc["rules"]:
        raise UsageError(f"{source}: expected a mapping with a non-empty list under 'rules:'")
    rules: list[Rule] = []
    problems: list[str] = []
    seen: set[str] = set()
    for i, raw in enumerate(doc["rules"], start=1):
        label = f"rule {i}"
        if isinstance(raw, dict) and isinstance(raw.get("name"), str):
            label += f" ({raw['name']})"
        try:
            rule = parse_rule(raw)
        except ValueError as exc:
            problems.append(f"{source}: {label}: {exc}")
            continue
        if rule.name in seen:
            problems.append(f"{source}: {label}: name: another rule is already called {rule.name!r}")
        seen.add(rule.name)
        rules.append(rule)
    if problems:
        raise UsageError("\n".join(problems))
    return rules


def load_rules(path: Path | str) -> list[Rule]:
    """Read and validate a rules file; UsageError with one line per bad rule."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise UsageError(f"{path}: cannot read the rules file ({exc})") from None
    try:
        doc = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise UsageError(f"{path}: not valid YAML ({str(exc).splitlines()[0]})") from None
    return parse_rules(doc, str(path))


# 2. evaluation (pure) ------------------------------------------------------------------------
def alert_id(rule: Rule, end: date) -> str:
    """Deterministic: one alert per rule and window end day."""
    return sha256_hex(f"alert:{rule.name}:{end.isoformat()}")[:32]


def _midnight(day: date) -> datetime:
    return datetime(day.year, day.month, day.day, tzinfo=UTC)


def evaluate_rule(rule: Rule, stories: Iterable[Story], end: date, fired_at: datetime) -> Alert | None:
    """The alert `rule` raises for the window ending on `end` (inclusive), or None."""
    start = end - timedelta(days=rule.window_days - 1)
    base_start = start - timedelta(days=rule.baseline_days)
    window: list[Story] = []
    baseline: list[Story] = []
    for story in stories:
        day = story_day(story)
        if day is None or not rule.match.matches(story):
            continue
        if start <= day <= end:
            window.append(story)
        elif base_start <= day < start:
            baseline.append(story)
    if len(window) < rule.min_count:
        return None
    window.sort(key=lambda s: (story_day(s) or end, s.id))
    span = f"{start.isoformat()}..{end.isoformat()}"
    if rule.kind == "count":
        rate = len(window) / rule.window_days
        base_rate = len(baseline) / rule.baseline_days
        if rule.factor is not None and not rate > rule.factor * base_rate:
            return None
        observed, base = float(len(window)), base_rate
        message = (
            f"{rule.name}: {len(window)} stories in {span} ({rate:.2f}/day; "
            f"baseline {len(baseline)} in {rule.baseline_days} days, {base_rate:.2f}/day)"
        )
    else:
        observed = sum(s.intensity for s in window) / len(window)
        base = sum(s.intensity for s in baseline) / len(baseline) if baseline else 0.0
        change = observed - base
        toward = -change if rule.direction == "conflict" else change
        assert rule.threshold is not None
        if toward < rule.threshold:
            return None
        dyad = f"{rule.match.actor_country[0]}→{rule.match.recipient_country[0]}"
        message = (
            f"{rule.name}: mean intensity {dyad} {observed:+.2f} in {span} over {len(window)} stories, "
            f"{change:+.2f} from the baseline's {base:+.2f} ({len(baseline)} stories), "
            f"toward {rule.direction}"
        )
    return Alert(
        id=alert_id(rule, end), rule=rule.name, kind=rule.kind, window_start=_midnight(start),
        window_end=_midnight(end + timedelta(days=1)), observed=round(observed, 4),
        baseline=round(base, 4), story_ids=tuple(s.id for s in window), fired_at=fired_at,
        message=message,
    )  # fmt: skip


def _stories(store: Store, rule: Rule, first: date, last: date) -> list[Story]:
    """Stories a rule may count between two days, narrowed by the store where it can."""
    flt = EventFilter(
        event_type=rule.match.event_type,
        factuality=rule.match.factuality,
        actor=rule.match.actor_country[0] if len(rule.match.actor_country) == 1 else None,
        recipient=rule.match.recipient_country[0] if len(rule.match.recipient_country) == 1 else None,
        since=first,
        until=last,
    )
    found = list(iter_pages(lambda c: store.list_stories(flt, c, _PAGE)))
    # undated stories: the store orders them last (day 0); a cursor just past day 1 starts there
    undated = replace(flt, since=None, until=None)
    next_cursor: str | None = encode_cursor([1, ""])
    while next_cursor is not None:
        page = store.list_stories(undated, next_cursor, _PAGE)
        found.extend(s for s in page.items if s.date is None and (d := story_day(s)) and first <= d <= last)
        next_cursor = page.next
    return found


def story_day(story: Story) -> date | None:
    """The day a story counts on: its event date, else the day it was first reported."""
    if story.date is not None:
        return story.date
    return story.first_reported.astimezone(UTC).date() if story.first_reported else None


def _as_of(now: date | datetime | None) -> tuple[date, datetime]:
    current = datetime.now(UTC)
    if now is None:
        return current.date(), current
    if isinstance(now, datetime):
        aware = now if now.tzinfo else now.replace(tzinfo=UTC)
        return aware.astimezone(UTC).date(), aware
    return now, current


def evaluate_rules(store: Store, rules: Sequence[Rule], now: date | datetime | None = None) -> list[Alert]:
    """The alerts the rules raise for windows ending on `now`'s day (today by default)."""
    end, fired_at = _as_of(now)
    alerts = []
    for rule in rules:
        first = end - timedelta(days=rule.lookback_days - 1)
        alert = evaluate_rule(rule, _stories(store, rule, first, end), end, fired_at)
        if alert is not None:
            alerts.append(alert)
    return alerts


def first_firing_day(store: Store, rule: Rule, start: date, end: date) -> date | None:
    """Replay: the first day in [start, end] on which the rule fires, evaluated day by day."""
    stories = _stories(store, rule, start - timedelta(days=rule.lookback_days), end)
    day = start
    while day <= end:
        if evaluate_rule(rule, stories, day, _midnight(day)) is not None:
            return day
        day += timedelta(days=1)
    return None


def watch_once(store: Store, rules: Sequence[Rule], until: date | datetime | None = None) -> list[Alert]:
    """Evaluate the rules as of `until` (today by default); store and return the new alerts
    (those stored before are left out, so nothing is sent twice)."""
    return [alert for alert in evaluate_rules(store, rules, until) if store.add_alert(alert)]


# 3. delivery ---------------------------------------------------------------------------------
def format_alert(alert: Alert) -> str:
    """One line for a terminal."""
    return f"ALERT {alert.message} [{len(alert.story_ids)} stories; id {alert.id[:12]}]"


def append_jsonl(alert: Alert, path: Path | str) -> bool:
    """Append the alert as one JSON line; False (logged) when the file cannot be written."""
    try:
        with open(path, "a", encoding="utf-8") as fh:
            fh.write(json.dumps(alert.to_dict(), ensure_ascii=False) + "\n")
    except OSError as exc:
        log.warning("alert %s: cannot append to %s: %s", alert.id, path, exc)
        return False
    return True


@dataclass
class Webhook:
    """POST alerts as JSON to a URL, retrying with exponential backoff.

    A 2xx answer is success; 408, 429 and 5xx answers and transport errors are retried up to
    `attempts` times in all, waiting `backoff` × 2^n seconds; other answers are not retried."""

    url: str
    attempts: int = 4
    backoff: float = 0.5
    timeout: float = 10.0
    sleep: Callable[[float], None] = time.sleep
    client: httpx.Client | None = field(default=None, repr=False)

    def send(self, alert: Alert) -> bool:
        """True when the webhook accepted the alert; failures are logged, never raised."""
        client = self.client or httpx.Client(timeout=self.timeout)
        try:
            for attempt in range(self.attempts):
                if attempt:
                    self.sleep(self.backoff * 2 ** (attempt - 1))
                try:
                    response = client.post(self.url, json=alert.to_dict())
                except httpx.HTTPError as exc:
                    log.warning("alert %s: webhook attempt %d failed: %s", alert.id, attempt + 1, exc)
                    continue
                if response.is_success:
                    return True
                log.warning("alert %s: webhook answered %d", alert.id, response.status_code)
                if response.status_code not in (408, 429) and response.status_code < 500:
                    return False
            return False
        finally:
            if self.client is None:
                client.close()


def deliver(
    alert: Alert,
    *,
    jsonl: Path | str | None = None,
    webhook: str | Webhook | None = None,
) -> bool:
    """Deliver one alert to a JSON Lines file and/or a webhook; True when every target took it."""
    ok = True
    if jsonl is not None:
        ok = append_jsonl(alert, jsonl) and ok
    if webhook is not None:
        hook = webhook if isinstance(webhook, Webhook) else Webhook(webhook)
        ok = hook.send(alert) and ok
    return ok


def follow(
    store: Store,
    rules: Sequence[Rule],
    *,
    sources: Sequence[str],
    ingest: Callable[[list[str]], Any],
    interval: float = 300.0,
    jsonl: Path | str | None = None,
    webhook: str | Webhook | None = None,
    max_iterations: int | None = None,
    emit: Callable[[Alert], None] = lambda alert: print(format_alert(alert)),
    sleep: Callable[[float], None] = time.sleep,
    now: Callable[[], datetime] = lambda: datetime.now(UTC),
) -> list[Alert]:
    """Poll: ingest the sources, evaluate the rules, deliver new alerts; repeat every `interval`
    seconds (`max_iterations` times, or forever). An ingest that fails with a FrontwatchError is
    logged and retried on the next poll; alerts a webhook refused are offered again next poll.
    Returns the alerts raised."""
    hook = Webhook(webhook) if isinstance(webhook, str) else webhook
    raised: list[Alert] = []
    pending: list[Alert] = []
    iteration = 0
    while max_iterations is None or iteration < max_iterations:
        if iteration:
            sleep(interval)
        iteration += 1
        if sources:
            try:
                summary = ingest(list(sources))
                log.info("poll %d: %s", iteration, summary.line() if hasattr(summary, "line") else summary)
            except FrontwatchError as exc:
                log.warning("poll %d: ingest failed: %s", iteration, exc)
        fresh = watch_once(store, rules, now())
        for alert in fresh:
            emit(alert)
            if jsonl is not None:
                append_jsonl(alert, jsonl)
        raised.extend(fresh)
        if hook is not None:
            pending = [alert for alert in [*pending, *fresh] if not hook.send(alert)]
    return raised
