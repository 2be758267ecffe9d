"""Watch rules: validation, firing day, baseline factor, escalation, delivery, no double alerts."""

from __future__ import annotations

import json
import re
import threading
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path
from typing import ClassVar

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from frontwatch.analyze.alerts import (
    Webhook,
    deliver,
    evaluate_rule,
    evaluate_rules,
    first_firing_day,
    follow,
    load_rules,
    parse_rules,
    watch_once,
)
from frontwatch.errors import FrontwatchError, UsageError
from frontwatch.models import Entity, EventFilter, Place, Story
from frontwatch.store import Store
from frontwatch.store.memory import MemoryStore

RUS = Entity("Russia", "Russia", "RUS", "MIL")
UKR = Entity("Ukraine", "Ukraine", "UKR", "GOV")
BELARUS = Place("Belarus", "Belarus", "BLR", None, 53.0, 28.0, "country")
NOW = datetime(2023, 2, 1, 12, tzinfo=UTC)

BUILD_UP = """
rules:
  - name: russian-build-up-in-belarus
    match: {event_type: [MOBILIZE, COOPERATE], actor_country: RUS, location_country: BLR,
            factuality: [actual]}
    window: 7d
    baseline: 28d
    min_count: 3
    factor: 2.0
  - name: rus-ukr-escalation
    kind: escalation
    match: {actor_country: RUS, recipient_country: UKR}
    window: 7d
    baseline: 4w
    threshold: 3
"""


def story(sid: str, day: date, kind: str = "MOBILIZE", intensity: float = -2.0, recipients=(),
          factuality: str = "actual") -> Story:  # fmt: skip
    return Story(
        id=sid, event_type=kind, mode=None, actors=(RUS,), recipients=tuple(recipients), location=BELARUS,
        date=day, factuality=factuality, intensity=intensity, first_reported=None, last_reported=None,
        num_articles=1, num_outlets=1, event_ids=(f"e{sid}",),
    )  # fmt: skip


@pytest.fixture(name="rules")
def _rules(tmp_path: Path) -> list:
    path = tmp_path / "rules.yaml"
    path.write_text(BUILD_UP, encoding="utf-8")
    return load_rules(path)


def test_rules_load_with_defaults(rules: list) -> None:
    count, escalation = rules
    assert (count.window_days, count.baseline_days, count.min_count, count.factor) == (7, 28, 3, 2.0)
    assert count.match.actor_country == ("RUS",) and count.match.factuality == ("actual",)
    assert escalation.kind == "escalation" and escalation.baseline_days == 28
    assert escalation.direction == "conflict" and escalation.match.factuality == ("actual",)


@pytest.mark.parametrize(
    ("rule", "message"),
    [
        ({"match": {}}, "every rule needs a name"),
        ({"name": "x", "window": "soon"}, "window: 'soon' is not a duration"),
        ({"name": "x", "match": {"event_type": ["MOVE"]}}, "unknown MOVE"),
        ({"name": "x", "match": {"actor": "RUS"}}, "unknown key actor"),
        ({"name": "x", "min_count": 0}, "min_count"),
        ({"name": "x", "factor": "double"}, "factor"),
        ({"name": "x", "kind": "escalation", "match": {"actor_country": "RUS"}, "threshold": 1}, "one dyad"),
        ({"name": "x", "threshold": 2}, "unknown key threshold"),
        ({"name": "x", "kind": "spike"}, "kind"),
        ({"name": "x", "match": {"actor_country": "Russia!"}}, "not a country"),
    ],
)
def test_bad_rules_are_reported_one_line_each(rule: dict, message: str) -> None:
    with pytest.raises(UsageError) as info:
        parse_rules({"rules": [{"name": "ok"}, rule, {"name": "ok2", "window": "2x"}]}, "r.yaml")
    lines = str(info.value).splitlines()
    assert len(lines) == 2 and message in lines[0] and lines[0].startswith("r.yaml: rule 2")
    assert "rule 3 (ok2): window" in lines[1]


def test_unreadable_or_empty_rules_file(tmp_path: Path) -> None:
    with pytest.raises(UsageError):
        load_rules(tmp_path / "missing.yaml")
    (tmp_path / "bad.yaml").write_text("rules: [", encoding="utf-8")
    with pytest.raises(UsageError, match="not valid YAML"):
        load_rules(tmp_path / "bad.yaml")
    (tmp_path / "dup.yaml").write_text("rules: [{name: a}, {name: a}]", encoding="utf-8")
    with pytest.raises(UsageError, match="already called"):
        load_rules(tmp_path / "dup.yaml")


def build_up_store(store: Store | None = None) -> Store:
    """Routine reports every third day from December 1, then troops arriving daily from Jan 20."""
    store = store if store is not None else MemoryStore()
    for i in range(17):  # Dec 1, 4, …, Jan 15, Jan 18
        store.put_story(story(f"b{i:02d}", date(2022, 12, 1) + timedelta(days=3 * i)))
    for i in range(6):  # Jan 20 … Jan 25
        store.put_story(story(f"w{i}", date(2023, 1, 20) + timedelta(days=i)))
    store.put_story(story("other", date(2023, 1, 21), kind="ASSAULT"))  # not matched: another type
    store.put_story(story("fut", date(2023, 1, 21), factuality="future"))  # not matched: announced
    return store


def test_count_rule_fires_on_the_right_day_and_not_before(rules: list) -> None:
    store = build_up_store()
    rule = rules[0]
    # Jan 22: window Jan 16–22 holds 4 (0.57/day); baseline Dec 19–Jan 15 holds 10 (0.36/day,
    # ×2 = 0.71): no. Jan 23: 5 in the window (0.71/day) against 9 (0.32/day, ×2 = 0.64): fires.
    assert evaluate_rules(store, [rule], date(2023, 1, 22)) == []
    assert first_firing_day(store, rule, date(2023, 1, 1), date(2023, 1, 31)) == date(2023, 1, 23)
    alert = evaluate_rules(store, [rule], date(2023, 1, 23))[0]
    assert alert.observed == 5 and alert.story_ids == ("b16", "w0", "w1", "w2", "w3")
    assert alert.window_start == datetime(2023, 1, 17, tzinfo=UTC)
    assert alert.window_end == datetime(2023, 1, 24, tzinfo=UTC)
    assert alert.baseline == round(9 / 28, 4)


def test_baseline_factor_and_min_count() -> None:
    rule = parse_rules({"rules": [{"name": "r", "window": "7d", "baseline": "28d", "min_count": 2,
                                   "factor": 3}]})[0]  # fmt: skip
    end = date(2023, 2, 28)
    quiet = [story(f"q{i}", end - timedelta(days=10 + 3 * i)) for i in range(8)]  # 8 in the baseline
    window = [story(f"w{i}", end - timedelta(days=i)) for i in range(3)]
    # window rate 3/7 ≈ 0.43 vs 3 × 8/28 ≈ 0.86: no alert
    assert evaluate_rule(rule, quiet + window, end, NOW) is None
    # with no factor, the minimum alone decides
    no_factor = parse_rules({"rules": [{"name": "r", "min_count": 2}]})[0]
    assert evaluate_rule(no_factor, quiet + window, end, NOW) is not None
    assert evaluate_rule(no_factor, window[:1], end, NOW) is None
    # an empty baseline: any window reaching the minimum fires
    fired = evaluate_rule(rule, window, end, NOW)
    assert fired is not None and fired.baseline == 0 and fired.fired_at == NOW


def test_escalation_rule(rules: list) -> None:
    rule = rules[1]
    end = date(2023, 2, 28)
    base = [story(f"b{i}", end - timedelta(days=10 + i), "COERCE", -4.0, (UKR,)) for i in range(4)]
    calm = [story("c", end, "CONSULT", 1.0, (UKR,))]
    strikes = [story(f"s{i}", end - timedelta(days=i), "ASSAULT", -9.0, (UKR,)) for i in range(2)]
    assert evaluate_rule(rule, base + calm, end, NOW) is None  # toward cooperation
    alert = evaluate_rule(rule, base + strikes, end, NOW)
    assert alert is not None and alert.observed == -9.0 and alert.baseline == -4.0
    assert "RUS→UKR" in alert.message
    other_dyad = [story("x", end, "ASSAULT", -9.0, ())]  # no recipient: not this dyad
    assert evaluate_rule(rule, base + other_dyad, end, NOW) is None


def test_an_alert_is_never_stored_twice(rules: list, store: Store) -> None:
    build_up_store(store)
    first = watch_once(store, rules, date(2023, 1, 23))
    assert [a.rule for a in first] == ["russian-build-up-in-belarus"]
    assert watch_once(store, rules, datetime(2023, 1, 23, 23, tzinfo=UTC)) == []
    assert len(watch_once(store, rules, date(2023, 1, 24))) == 1  # a new window end day
    assert len(store.list_alerts(None, 100).items) == 2


class _Flaky(BaseHTTPRequestHandler):
    failures = 2
    received: ClassVar[list[dict]] = []

    def do_POST(self) -> None:
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        type(self).received.append(body)
        status = 503 if len(type(self).received) <= type(self).failures else 200
        self.send_response(status)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture(name="server")
def _server() -> Iterator[tuple[str, type[_Flaky]]]:
    handler = type("Handler", (_Flaky,), {"received": [], "failures": 2})
    httpd = HTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}/hook", handler
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join(5)


def test_webhook_retries_with_backoff_then_succeeds(server: tuple, tmp_path: Path, rules: list) -> None:
    url, handler = server
    alert = evaluate_rules(build_up_store(), rules, date(2023, 1, 23))[0]
    waits: list[float] = []
    hook = Webhook(url, attempts=4, backoff=0.01, timeout=5, sleep=waits.append)
    assert deliver(alert, jsonl=tmp_path / "alerts.jsonl", webhook=hook)
    assert len(handler.received) == 3 and handler.received[-1]["id"] == alert.id
    assert waits == [0.01, 0.02]
    line = json.loads((tmp_path / "alerts.jsonl").read_text(encoding="utf-8"))
    assert line["rule"] == "russian-build-up-in-belarus"
    handler.failures = 100
    assert not Webhook(url, attempts=2, backoff=0, sleep=waits.append).send(alert)


def test_follow_keeps_going_when_the_webhook_and_ingest_fail(tmp_path: Path, rules: list) -> None:
    store = MemoryStore()
    polls: list[list[str]] = []
    day = iter([datetime(2023, 1, 22, tzinfo=UTC), datetime(2023, 1, 23, tzinfo=UTC),
                datetime(2023, 1, 23, 18, tzinfo=UTC)])  # fmt: skip

    def ingest(sources: list[str]) -> str:
        polls.append(sources)
        if len(polls) == 1:
            for s in build_up_store().list_stories(EventFilter(), None, 100).items:
                store.put_story(s)
            raise FrontwatchError("database briefly unavailable")
        return "0 new"

    dead = Webhook("http://127.0.0.1:9/none", attempts=2, backoff=0, timeout=0.5, sleep=lambda s: None)
    emitted: list = []
    raised = follow(
        store, rules, sources=["feeds/"], ingest=ingest, interval=0, jsonl=tmp_path / "a.jsonl",
        webhook=dead, max_iterations=3, emit=emitted.append, sleep=lambda s: None, now=lambda: next(day),
    )  # fmt: skip
    assert len(polls) == 3 and [a.rule for a in raised] == ["russian-build-up-in-belarus"]
    assert emitted == raised
    assert len((tmp_path / "a.jsonl").read_text(encoding="utf-8").splitlines()) == 1


def test_the_documented_examples_load() -> None:
    doc = Path(__file__).parents[1] / "docs" / "watch-rules.md"
    blocks = re.findall(r"```yaml\n(.*?)```", doc.read_text(encoding="utf-8"), re.S)
    assert len(blocks) >= 2
    for block in blocks:
        assert parse_rules(yaml.safe_load(block), "docs")


_yaml_values = st.recursive(
    st.none() | st.booleans() | st.integers(-5, 50) | st.floats(allow_nan=True) | st.text(max_size=12),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner, max_size=4),
    max_leaves=12,
)
_rule_keys = st.sampled_from(["name", "kind", "match", "window", "baseline", "min_count", "factor",
                              "threshold", "direction", "event_type", "actor_country"])  # fmt: skip


@settings(max_examples=100, deadline=None)
@given(st.one_of(_yaml_values, st.fixed_dictionaries(
    {"rules": st.lists(st.dictionaries(_rule_keys, _yaml_values, max_size=6), max_size=3)}
)))  # fmt: skip
def test_any_rules_document_loads_or_gives_a_usage_error(doc: object) -> None:
    try:
        rules = parse_rules(doc, "fuzz.yaml")
    except UsageError as exc:
        assert str(exc).startswith("fuzz.yaml")
    else:
        assert rules and all(r.window_days > 0 and r.min_count >= 1 for r in rules)
        for rule in rules:
            evaluate_rule(rule, [story("s", date(2023, 1, 1))], date(2023, 1, 1), NOW)


def test_the_shipped_example_rules_load() -> None:
    import frontwatch

    rules = load_rules(Path(frontwatch.__file__).parent / "data" / "watch-rules.yaml")
    assert [r.kind for r in rules] == ["count", "count", "escalation", "escalation"]


def test_an_undated_story_counts_on_the_day_it_was_first_reported(store: Store) -> None:
    rule = parse_rules({"rules": [{"name": "r", "window": "1d", "min_count": 2}]})[0]
    reported = datetime(2023, 1, 11, 8, tzinfo=UTC)
    store.put_story(story("dated", date(2023, 1, 11)))
    store.put_story(replace(story("undated", date(2023, 1, 11)), date=None, first_reported=reported,
                            last_reported=reported))  # fmt: skip
    assert first_firing_day(store, rule, date(2023, 1, 1), date(2023, 1, 31)) == date(2023, 1, 11)
    assert evaluate_rules(store, [rule], date(2023, 1, 11))[0].story_ids == ("dated", "undated")
