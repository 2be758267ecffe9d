"""The store on every backend (memory, SQLite, PostgreSQL): round trips, idempotence, filters,
keyset pagination, stories, alerts, reviews, migrations, and two processes / SIGKILL."""

from __future__ import annotations

import contextlib
import dataclasses
import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
import zlib
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

import pytest
import sqlalchemy as sa
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from frontwatch.errors import StoreError, UsageError
from frontwatch.models import Alert, Event, EventFilter, Review, Story
from frontwatch.store import ArticleFilter, Store, open_store
from frontwatch.store.memory import MemoryStore
from frontwatch.store.schema import event_json, metadata
from frontwatch.store.sql import SqlStore, normalise_url
from tests.conftest import make_article, make_event

# articles ------------------------------------------------------------------------------------------


def test_article_round_trip_and_idempotence(store: Store) -> None:
    art = make_article(1, published=datetime(2023, 1, 6, 12, 0, tzinfo=timezone(timedelta(hours=2))))
    raw = (
        b"<html><body>"
        + "Belarus \u00e9t\u00e9 \u0411\u0435\u043b\u0430\u0440\u0443\u0441\u044c ".encode() * 50
    )
    assert not store.has_article(art.id)
    assert store.add_article(art, raw, [1, 2**63 + 5, 2**64 - 1]) == "new"
    assert store.add_article(art, b"other", None) == "unchanged"
    got = store.get_article(art.id)
    assert got == art
    assert got is not None and got.published is not None and got.published.utcoffset() == timedelta(0)
    assert got.ingested_at.tzinfo is not None
    assert store.get_raw(art.id) == raw
    assert store.has_article(art.id)
    assert store.get_article("0" * 64) is None and store.get_raw("0" * 64) is None
    copy = make_article(2, duplicate_of=art.id, is_summary=True)
    assert store.add_article(copy, b"copy", [7, 8, 9]) == "duplicate"
    assert store.get_article(copy.id) == copy
    assert [(a, list(s)) for a, s in store.signatures()] == [(art.id, [1, 2**63 + 5, 2**64 - 1])]


def test_known_ids_are_the_stored_ones_among_those_asked(store: Store) -> None:
    stored = [make_article(k) for k in range(3)]
    for art in stored:
        store.add_article(art, b"raw", None)
    others = [make_article(k).id for k in range(3, 1203)]  # more ids than one IN (...) list holds
    asked = [stored[2].id, *others[:700], stored[0].id, stored[0].id, *others[700:]]
    assert store.known_ids(asked) == {stored[0].id, stored[2].id}
    assert store.known_ids(iter(asked)) == {a for a in asked if store.has_article(a)}
    assert store.known_ids([]) == set()


def test_store_article_writes_events_once(store: Store) -> None:
    art = make_article(3)
    events = [
        make_event(art, 0, actors=("RUS", "BLR"), recipients=("UKR",), attribution="UKR"),
        make_event(art, 1, event_type="ASSAULT", location=None, day=None, factuality="hypothetical"),
    ]
    assert store.store_article(art, b"raw", None, events) == "new"
    assert store.store_article(art, b"raw", None, [make_event(art, 2, event_type="ACCUSE")]) == "unchanged"
    for ev in events:
        got = store.get_event(ev.id)
        assert got == ev
        assert got is not None and isinstance(got.actors, tuple) and isinstance(got.contexts, tuple)
    assert events[1].date is None
    assert store.count_events(EventFilter()) == 2
    assert store.get_event("nope") is None


def test_put_events_replaces_an_articles_events(store: Store) -> None:
    art = make_article(4)
    store.store_article(art, b"raw", None, [make_event(art, 0), make_event(art, 1, event_type="AID")])
    new = make_event(art, 2, event_type="CONSULT", recipients=("POL",))
    store.put_events(art.id, [new, new])
    assert store.list_events(EventFilter(article_id=art.id)).items == [new]
    assert store.list_events(EventFilter(recipient="POL")).items == [new]
    store.put_events(art.id, [])
    assert store.count_events(EventFilter()) == 0


def test_store_articles_writes_a_batch(store: Store) -> None:
    arts = [make_article(n) for n in range(20, 26)]
    store.add_article(arts[0], b"first", None)
    items = [
        (a, b"raw", [n], [make_event(a, 0), make_event(a, 1, event_type="AID")]) for n, a in enumerate(arts)
    ]
    outcomes = store.store_articles([*items, items[3]])
    assert outcomes == ["unchanged", "new", "new", "new", "new", "new", "unchanged"]
    assert store.count_events(EventFilter()) == 10
    assert store.get_raw(arts[0].id) == b"first"
    assert store.store_articles([]) == []


def test_events_need_their_article(store: Store) -> None:
    orphan = make_article(30)
    with pytest.raises(StoreError):
        store.put_events(orphan.id, [make_event(orphan)])
    assert store.count_events(EventFilter()) == 0


def test_list_articles_filters_and_pages(store: Store) -> None:
    originals = [make_article(n) for n in range(12)]
    for art in originals:
        store.add_article(art, b"x", None)
    dup = make_article(40, outlet="Aggregator Blog", duplicate_of=originals[0].id)
    store.add_article(dup, b"x", None)
    seen, cursor = [], None
    while True:
        page = store.list_articles(ArticleFilter(), cursor, 5)
        seen += page.items
        if page.next is None:
            break
        cursor = page.next
    assert seen == [*originals, dup]
    assert store.list_articles(ArticleFilter(include_duplicates=False)).items == originals
    assert store.list_articles(ArticleFilter(outlet="Aggregator Blog")).items == [dup]
    since = datetime(2023, 1, 5, tzinfo=UTC)
    until = datetime(2023, 1, 8, 23, 0, tzinfo=UTC)
    got = store.list_articles(ArticleFilter(since=since, until=until)).items
    assert got == [a for a in originals if a.published and since <= a.published <= until]
    assert len(got) == 4
    reposts = store.list_articles(ArticleFilter(duplicate_of=originals[0].id)).items
    assert reposts == [dup] and not store.list_articles(ArticleFilter(duplicate_of=dup.id)).items


def test_undated_events_by_their_articles_publication(store: Store) -> None:
    # undated events of one type, found by when their article was published: [since, until)
    arts = [make_article(n) for n in (3, 4, 5, 6)]  # published 4-7 January, 09:30
    for art in arts:
        store.store_article(art, b"x", None, [make_event(art, day=None), make_event(art, 1)])
    store.store_article(
        make_article(50, published=datetime(2023, 1, 5, 12, tzinfo=UTC)), b"x", None,
        [make_event(make_article(50), day=None, event_type="ASSAULT")],
    )  # fmt: skip
    since, until = datetime(2023, 1, 5, tzinfo=UTC), datetime(2023, 1, 7, 9, 30, tzinfo=UTC)
    got = store.list_undated_events("MOBILIZE", since, until)
    assert sorted(e.article_id for e in got) == sorted(a.id for a in arts[1:3])
    assert all(e.date is None and e.event_type == "MOBILIZE" for e in got)
    assert [e.id for e in got] == sorted((e.id for e in got), reverse=True)
    assert [e.event_type for e in store.list_undated_events("ASSAULT", since, until)] == ["ASSAULT"]


# events: filters and pagination --------------------------------------------------------------------


def _corpus(store: Store) -> dict[str, Event]:
    """Six events with distinct countries, types, dates and factuality."""
    a, b = make_article(10), make_article(11)
    ev = {
        "rus_blr": make_event(a, 0, actors=("RUS",), location="BLR", day=date(2023, 1, 6)),
        "rus_ukr": make_event(a, 1, event_type="ASSAULT", actors=("RUS",), recipients=("UKR",),
                              location="UKR", day=date(2023, 1, 10), confidence=0.4),
        "blr_ukr": make_event(a, 2, event_type="THREATEN", actors=("BLR",), recipients=("UKR",),
                              location=None, day=date(2023, 1, 2), factuality="negated"),
        "ukr_rus": make_event(b, 0, event_type="ACCUSE", actors=("UKR",), recipients=("RUS",),
                              location="UKR", day=date(2023, 1, 6), attribution="UKR"),
        "nodate": make_event(b, 1, event_type="COOPERATE", actors=("RUS", "BLR"), location="BLR",
                             day=None, factuality="future"),
        "usa_pol": make_event(b, 2, event_type="AID", actors=("USA",), recipients=("POL",),
                              location="POL", day=date(2022, 12, 30), confidence=0.95),
    }  # fmt: skip
    store.store_article(a, b"a", None, [ev["rus_blr"], ev["rus_ukr"], ev["blr_ukr"]])
    store.store_article(b, b"b", None, [ev["ukr_rus"], ev["nodate"], ev["usa_pol"]])
    return ev


FILTERS: list[tuple[EventFilter, set[str]]] = [
    (EventFilter(), {"rus_blr", "rus_ukr", "blr_ukr", "ukr_rus", "nodate", "usa_pol"}),
    (EventFilter(event_type=("ASSAULT", "THREATEN")), {"rus_ukr", "blr_ukr"}),
    (EventFilter(actor="RUS"), {"rus_blr", "rus_ukr", "nodate"}),
    (EventFilter(recipient="UKR"), {"rus_ukr", "blr_ukr"}),
    (EventFilter(actor="RUS", recipient="UKR"), {"rus_ukr"}),
    (EventFilter(country="BLR"), {"rus_blr", "blr_ukr", "nodate"}),  # location, actor or recipient
    (EventFilter(country="UKR"), {"rus_ukr", "blr_ukr", "ukr_rus"}),
    (EventFilter(factuality=("negated", "future")), {"blr_ukr", "nodate"}),
    (EventFilter(since=date(2023, 1, 6)), {"rus_blr", "rus_ukr", "ukr_rus"}),
    (EventFilter(until=date(2023, 1, 2)), {"blr_ukr", "usa_pol"}),
    (EventFilter(since=date(2023, 1, 1), until=date(2023, 1, 6)), {"rus_blr", "blr_ukr", "ukr_rus"}),
    (EventFilter(min_confidence=0.9), {"usa_pol"}),
    (EventFilter(actor="RUS", event_type=("MOBILIZE",), country="BLR"), {"rus_blr"}),
    (EventFilter(country="CHN"), set()),
]


@pytest.mark.parametrize(("flt", "expected"), FILTERS)
def test_event_filters(store: Store, flt: EventFilter, expected: set[str]) -> None:
    ev = _corpus(store)
    names = {e.id: name for name, e in ev.items()}
    assert {names[e.id] for e in store.list_events(flt).items} == expected
    assert store.count_events(flt) == len(expected)


def test_article_and_exclude_wrong_filters(store: Store) -> None:
    ev = _corpus(store)
    art = ev["rus_blr"].article_id
    assert {e.id for e in store.list_events(EventFilter(article_id=art)).items} == {
        ev["rus_blr"].id, ev["rus_ukr"].id, ev["blr_ukr"].id,
    }  # fmt: skip
    now = datetime(2023, 3, 1, tzinfo=UTC)
    store.add_review(Review(ev["rus_ukr"].id, "wrong", "misread", "ana", now))
    store.add_review(Review(ev["rus_blr"].id, "wrong", "misread", "ana", now))
    store.add_review(Review(ev["rus_blr"].id, "verified", "checked again", "bo", now + timedelta(hours=1)))
    kept = {e.id for e in store.list_events(EventFilter(exclude_wrong=True)).items}
    assert ev["rus_ukr"].id not in kept and ev["rus_blr"].id in kept and len(kept) == 5
    assert store.count_events(EventFilter(exclude_wrong=True, actor="RUS")) == 2


def test_events_page_in_a_stable_order(store: Store) -> None:
    written: list[Event] = []
    for n in range(6):
        art = make_article(100 + n)
        evs = [
            make_event(art, k, event_type=("MOBILIZE", "ASSAULT", "AID")[k % 3],
                       day=None if (n + k) % 7 == 0 else date(2023, 1, 1) + timedelta(days=(n * k) % 5))
            for k in range(9)
        ]  # fmt: skip
        store.store_article(art, b"r", None, evs)
        written += evs
    expected = sorted(written, key=lambda e: (e.date.toordinal() if e.date else 0, e.id), reverse=True)
    seen, cursor, pages = [], None, 0
    while True:
        page = store.list_events(EventFilter(), cursor, 8)
        seen += page.items
        pages += 1
        if page.next is None:
            break
        cursor = page.next
    assert [e.id for e in seen] == [e.id for e in expected]
    assert pages == 7
    mobilize = store.list_events(EventFilter(event_type=("MOBILIZE",)), None, 5)
    rest = store.list_events(EventFilter(event_type=("MOBILIZE",)), mobilize.next, 100)
    assert [e.id for e in mobilize.items + rest.items] == [
        e.id for e in expected if e.event_type == "MOBILIZE"
    ]
    assert rest.next is None


def _as_json(event: Event) -> str:
    return json.dumps(event.to_dict(), separators=(",", ":"), ensure_ascii=False)


def _record_pages(store: Store, flt: EventFilter, limit: int) -> list[tuple[list[str], str | None]]:
    pages, cursor = [], None
    while True:
        page = store.list_event_records(flt, cursor, limit)
        pages.append((page.items, page.next))
        if page.next is None:
            return pages
        cursor = page.next


@pytest.mark.parametrize("limit", [1, 2, 5, 100])
def test_event_records_are_the_listed_events_as_json(store: Store, limit: int) -> None:
    ev = _corpus(store)
    art = make_article(12)
    plain = make_event(art, 0, event_type="PROTEST", day=date(2023, 1, 6))
    tricky = 'Лукашенко: "нет" \\ ,"story_id":"x"}'  # quotes, a backslash, a key-like tail
    odd = dataclasses.replace(
        plain, evidence=dataclasses.replace(plain.evidence, sentence=tricky), date_text="в пятницу"
    )
    store.store_article(art, b"c", None, [odd])
    # story_id is set after the events are written, then moved and cleared
    store.put_story(_story("s1", [ev["rus_blr"], ev["nodate"], odd]))
    store.put_story(_story("s2", [ev["rus_ukr"]]))
    store.put_story(_story("s1", [ev["rus_blr"], odd]))
    store.delete_story("s2")
    for flt in (*(f for f, _ in FILTERS), EventFilter(story_id="s1"), EventFilter(article_id=art.id)):
        expected, cursor = [], None
        while True:
            page = store.list_events(flt, cursor, limit)
            expected.append(([_as_json(e) for e in page.items], page.next))
            if page.next is None:
                break
            cursor = page.next
        assert _record_pages(store, flt, limit) == expected, flt
    records = {json.loads(r)["id"]: json.loads(r) for r in store.list_event_records(EventFilter()).items}
    assert records[odd.id]["story_id"] == "s1" and records[ev["nodate"].id]["story_id"] is None
    assert records[ev["rus_ukr"].id]["story_id"] is None
    assert records[odd.id]["evidence"]["sentence"].startswith("Лукашенко")


def test_sqlite_read_errors_are_store_errors(tmp_path: Path) -> None:
    """Event reads on a SQLite file run on the driver directly: errors still come as StoreError."""
    store = open_store(f"sqlite:///{tmp_path / 'broken.db'}")
    try:
        with contextlib.closing(sqlite3.connect(tmp_path / "broken.db")) as con:
            con.execute("DROP TABLE event_countries")
            con.execute("DROP TABLE events")
            con.commit()
        for read in (store.list_event_records, store.list_events, store.count_events):
            with pytest.raises(StoreError, match="database read failed: no such table"):
                read(EventFilter(actor="RUS"))
    finally:
        store.close()


@pytest.mark.parametrize(
    "record",
    [
        '{"id":"e1","article_id":"a1","story_id":"old","event_type":"AID"}',  # story_id not last
        '{"id":"e1","article_id":"a1","event_type":"AID"}',  # no story_id
        '{"id":"e1","article_id":"other","event_type":"AID","story_id":null}',  # stale article_id
        '{"id":"e1", "article_id":"a1", "event_type":"AID", "story_id":"old"}',  # other spacing
    ],
)
def test_event_json_of_records_of_another_shape(record: str) -> None:
    for story in (None, "s9"):
        got = json.loads(event_json(record, "a1", story))
        assert got == {"id": "e1", "article_id": "a1", "event_type": "AID", "story_id": story}


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(cursor=st.one_of(st.text(max_size=30), st.binary(max_size=30).map(lambda b: b.hex())))
def test_a_foreign_cursor_is_a_usage_error(store: Store, cursor: str) -> None:
    for call in (
        lambda: store.list_events(EventFilter(), cursor),
        lambda: store.list_articles(ArticleFilter(), cursor),
        lambda: store.list_alerts(cursor),
    ):
        with contextlib.suppress(UsageError):
            call()


@pytest.mark.parametrize("cursor", ["!!!", "bm90IGpzb24", "WzEsMiwzXQ", "WyJ4IiwxXQ"])
def test_bad_cursors_are_usage_errors(store: Store, cursor: str) -> None:
    with pytest.raises(UsageError, match="cursor"):
        store.list_events(EventFilter(), cursor)
    with pytest.raises(UsageError, match="cursor"):
        store.list_stories(EventFilter(), cursor)


CODES = ("RUS", "BLR", "UKR", "POL", "USA")


def _random_corpus(store: Store, seed: int = 3) -> None:
    """40 articles × 3 events with random types, countries, dates (some unknown), reviews."""
    rng = random.Random(seed)
    for n in range(40):
        art = make_article(200 + n)
        events = [
            make_event(
                art, k, event_type=rng.choice(("MOBILIZE", "ASSAULT", "ACCUSE", "AID")),
                actors=tuple(rng.sample(CODES, rng.randint(0, 2))),
                recipients=tuple(rng.sample(CODES, rng.randint(0, 2))),
                location=rng.choice((None, *CODES)),
                day=None if rng.random() < 0.15 else date(2023, 1, 1) + timedelta(days=rng.randrange(20)),
                factuality=rng.choice(("actual", "future", "hypothetical", "negated")),
                confidence=round(rng.random(), 2),
            )
            for k in range(3)
        ]  # fmt: skip
        store.store_article(art, b"r", None, events)
        for ev in events:
            if rng.random() < 0.2:
                verdict = rng.choice(("verified", "disputed", "wrong"))
                store.add_review(Review(ev.id, verdict, "", "ana", datetime(2023, 3, 1, tzinfo=UTC)))  # type: ignore[arg-type]


event_filters = st.builds(
    EventFilter,
    event_type=st.lists(st.sampled_from(("MOBILIZE", "ASSAULT", "ACCUSE", "AID")), max_size=2).map(tuple),
    actor=st.none() | st.sampled_from(CODES),
    recipient=st.none() | st.sampled_from(CODES),
    country=st.none() | st.sampled_from(CODES),
    factuality=st.lists(st.sampled_from(("actual", "future", "hypothetical", "negated")), max_size=2).map(
        tuple
    ),
    since=st.none() | st.dates(date(2022, 12, 30), date(2023, 1, 22)),
    until=st.none() | st.dates(date(2022, 12, 30), date(2023, 1, 22)),
    min_confidence=st.none() | st.floats(0, 1),
    exclude_wrong=st.booleans(),
)


def test_sql_answers_every_filter_like_the_memory_double(db_url: str) -> None:
    sql, memory = open_store(db_url), MemoryStore()
    _random_corpus(sql)
    _random_corpus(memory)

    @settings(max_examples=60, deadline=None)
    @given(flt=event_filters, limit=st.integers(1, 40))
    def check(flt: EventFilter, limit: int) -> None:
        expected = [e.id for e in memory.list_events(flt, None, 1000).items]
        assert sql.count_events(flt) == memory.count_events(flt) == len(expected)
        got, cursor = [], None
        while True:
            page = sql.list_events(flt, cursor, limit)
            got += [e.id for e in page.items]
            if page.next is None:
                break
            cursor = page.next
        assert got == expected
        walked = [json.loads(r)["id"] for items, _ in _record_pages(sql, flt, limit) for r in items]
        assert walked == expected

    try:
        check()
    finally:
        sql.close()


# stories, alerts, reviews --------------------------------------------------------------------------


def _story(sid: str, events: list[Event], **changes: object) -> Story:
    first = events[0]
    story = Story(
        id=sid, event_type=first.event_type, mode=first.mode, actors=first.actors,
        recipients=first.recipients, location=first.location, date=first.date,
        factuality=first.factuality, intensity=first.intensity,
        first_reported=datetime(2023, 1, 6, 8, tzinfo=UTC), last_reported=datetime(2023, 1, 7, tzinfo=UTC),
        num_articles=len(events), num_outlets=1, event_ids=tuple(e.id for e in events), num_asserted=1,
    )  # fmt: skip
    return dataclasses.replace(story, **changes)  # type: ignore[arg-type]


def test_put_stories_is_put_story_in_turn(store: Store) -> None:
    ev = _corpus(store)
    s1 = _story("s1", [ev["rus_blr"], ev["nodate"]])
    s2 = _story("s2", [ev["rus_ukr"], ev["ukr_rus"]], recipients=())
    s1b = dataclasses.replace(s1, event_ids=(ev["rus_blr"].id,), num_articles=1)
    s2b = dataclasses.replace(s2, event_ids=(ev["ukr_rus"].id, ev["nodate"].id), num_articles=2)
    store.put_stories([])
    store.put_stories([s1, s2, s1b, s2b])  # later puts of a story replace earlier ones, in order
    assert store.get_story("s1") == s1b and store.get_story("s2") == s2b
    story_of = {e.id: e.story_id for e in store.list_events(EventFilter()).items}
    linked = {ev["rus_blr"].id: "s1", ev["nodate"].id: "s2", ev["ukr_rus"].id: "s2"}
    assert story_of == {**dict.fromkeys(e.id for e in ev.values()), **linked}  # rus_ukr left s2
    assert [s.id for s in store.list_stories(EventFilter(country="UKR")).items] == ["s2"]


def test_put_stories_of_distinct_stories_is_put_story_in_turn(store: Store) -> None:
    """Distinct stories are written together (one statement per kind of row): an event two of
    them name ends linked to the later one, an event a story no longer names is unlinked, and
    each story's countries are its own, as when they are written one after another."""
    ev = _corpus(store)
    store.put_stories([_story("s1", [ev["rus_blr"], ev["nodate"]]), _story("s2", [ev["rus_ukr"]])])
    s1 = _story("s1", [ev["rus_blr"]])
    s3 = _story("s3", [ev["ukr_rus"], ev["rus_blr"]], recipients=())
    store.put_stories([s1, s3])
    assert store.get_story("s1") == s1 and store.get_story("s3") == s3
    story_of = {e.id: e.story_id for e in store.list_events(EventFilter()).items}
    linked = {ev["rus_blr"].id: "s3", ev["ukr_rus"].id: "s3", ev["rus_ukr"].id: "s2"}
    assert story_of == {**dict.fromkeys(e.id for e in ev.values()), **linked}  # nodate left s1
    assert {s.id for s in store.list_stories(EventFilter(actor="RUS")).items} == {"s1", "s2"}
    assert {s.id for s in store.list_stories(EventFilter(actor="UKR")).items} == {"s3"}


def test_stories_link_their_events(store: Store) -> None:
    ev = _corpus(store)
    s1 = _story("s1", [ev["rus_blr"], ev["nodate"]])
    s2 = _story("s2", [ev["rus_ukr"]])
    store.put_story(s1)
    store.put_story(s2)
    assert store.get_story("s1") == s1 and store.get_story("missing") is None
    assert store.get_event(ev["rus_blr"].id).story_id == "s1"  # type: ignore[union-attr]
    assert {e.id for e in store.list_events(EventFilter(story_id="s1")).items} == set(s1.event_ids)
    # replacing a story moves exactly its events
    s1b = dataclasses.replace(s1, event_ids=(ev["rus_blr"].id,), num_articles=1)
    store.put_story(s1b)
    assert store.get_story("s1") == s1b
    assert store.get_event(ev["nodate"].id).story_id is None  # type: ignore[union-attr]
    assert [s.id for s in store.list_stories(EventFilter()).items] == ["s2", "s1"]
    assert [s.id for s in store.list_stories(EventFilter(event_type=("ASSAULT",))).items] == ["s2"]
    assert [s.id for s in store.list_stories(EventFilter(recipient="UKR")).items] == ["s2"]
    assert [s.id for s in store.list_stories(EventFilter(country="BLR")).items] == ["s1"]
    assert [s.id for s in store.list_stories(EventFilter(since=date(2023, 1, 8))).items] == ["s2"]
    art = ev["rus_blr"].article_id
    assert {s.id for s in store.list_stories(EventFilter(article_id=art)).items} == {"s1", "s2"}
    page = store.list_stories(EventFilter(), None, 1)
    assert [s.id for s in page.items] == ["s2"]
    assert [s.id for s in store.list_stories(EventFilter(), page.next, 1).items] == ["s1"]
    store.delete_story("s1")
    assert store.get_story("s1") is None
    assert store.get_event(ev["rus_blr"].id).story_id is None  # type: ignore[union-attr]
    assert [s.id for s in store.list_stories(EventFilter(country="BLR")).items] == []


def test_alerts_are_stored_once_and_listed_latest_first(store: Store) -> None:
    base = datetime(2023, 1, 10, tzinfo=UTC)
    alerts = [
        Alert(id=f"a{i}", rule="build-up", kind="count", window_start=base - timedelta(days=7),
              window_end=base + timedelta(days=i), observed=4.0 + i, baseline=None if i % 2 else 1.5,
              story_ids=("s1", "s2"), fired_at=base + timedelta(days=i // 2), message=f"fired {i}")
        for i in range(5)
    ]  # fmt: skip
    for alert in alerts:
        assert store.add_alert(alert) is True
    assert store.add_alert(dataclasses.replace(alerts[0], message="again")) is False
    first = store.list_alerts(None, 3)
    rest = store.list_alerts(first.next, 3)
    assert [a.id for a in first.items + rest.items] == ["a4", "a3", "a2", "a1", "a0"]
    assert rest.next is None
    assert first.items[-1] == alerts[2]


def test_reviews_are_an_audit_log(store: Store) -> None:
    ev = _corpus(store)
    when = datetime(2023, 3, 1, 10, tzinfo=UTC)
    r1 = store.add_review(Review(ev["rus_blr"].id, "disputed", "source?", "ana", when))
    r2 = store.add_review(Review(ev["ukr_rus"].id, "verified", "", "bo", when.replace(tzinfo=None)))
    r3 = store.add_review(Review(ev["rus_blr"].id, "wrong", "it was a drill", "cy", when + timedelta(1)))
    assert r1.id is not None and r2.id is not None and r3.id is not None and r1.id < r2.id < r3.id
    assert r2.created_at == when and r2.created_at.tzinfo is not None
    assert store.list_reviews(ev["rus_blr"].id) == [r1, r3]
    assert store.list_reviews() == [r1, r2, r3]
    assert store.list_reviews("unknown") == []
    asked = [ev["ukr_rus"].id, "unknown", ev["nodate"].id, ev["rus_blr"].id, ev["ukr_rus"].id]
    assert store.reviews_of(asked) == {ev["rus_blr"].id: [r1, r3], ev["ukr_rus"].id: [r2]}
    assert store.reviews_of(iter([])) == {}


# SQL specifics ----------------------------------------------------------------------------------


def test_open_store_picks_the_backend(tmp_path: Path) -> None:
    assert isinstance(open_store("memory://"), MemoryStore)
    sql = open_store(f"sqlite:///{tmp_path / 'x.db'}")
    assert isinstance(sql, SqlStore)
    sql.close()
    in_memory = open_store("sqlite:///:memory:")
    art = make_article(7)
    assert in_memory.store_article(art, b"r", None, [make_event(art)]) == "new"
    assert in_memory.count_events(EventFilter(country="BLR")) == 1
    in_memory.close()
    assert normalise_url("postgresql://u@h/db") == "postgresql+psycopg://u@h/db"
    assert normalise_url("postgres://u@h/db") == "postgresql+psycopg://u@h/db"
    bare = open_store(str(tmp_path / "plain.db"))  # a bare path names a SQLite file
    assert isinstance(bare, SqlStore) and bare.dialect == "sqlite"
    bare.close()
    assert (tmp_path / "plain.db").exists()
    with pytest.raises(StoreError):
        open_store("mysql://localhost/db")
    with pytest.raises(StoreError, match="cannot open postgresql"):
        open_store("postgresql://nobody:secret@127.0.0.1:1/none?connect_timeout=2")
    (tmp_path / "notes.txt").write_text("not a database " * 100)
    with pytest.raises(StoreError, match=r"cannot open sqlite.*not a database"):
        open_store(f"sqlite:///{tmp_path / 'notes.txt'}")


def test_sqlite_settings_and_compact_storage(tmp_path: Path) -> None:
    path = tmp_path / "s.db"
    store = SqlStore(f"sqlite:///{path}")
    art = make_article(5)
    raw = b"<p>" + b"Russian troops arrived in Belarus. " * 200 + b"</p>"
    store.add_article(art, raw, list(range(128)))
    with store._engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == 30000
    store.close()
    db = sqlite3.connect(path)
    packed, signature = db.execute("SELECT raw, signature FROM articles").fetchone()
    assert zlib.decompress(packed) == raw and len(packed) < len(raw) // 10
    assert len(signature) == 128 * 8
    assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    db.close()


def test_readers_are_not_blocked_by_a_writer(tmp_path: Path) -> None:
    path = tmp_path / "r.db"
    store = SqlStore(f"sqlite:///{path}")
    art = make_article(6)
    store.store_article(art, b"r", None, [make_event(art)])
    writer = sqlite3.connect(path, isolation_level=None, timeout=1)
    writer.execute("BEGIN IMMEDIATE")
    writer.execute("UPDATE events SET confidence = 0.1")
    started = time.monotonic()
    assert store.count_events(EventFilter(min_confidence=0.5)) == 1  # the committed snapshot
    assert time.monotonic() - started < 1.0
    writer.execute("COMMIT")
    assert store.count_events(EventFilter(min_confidence=0.5)) == 0
    writer.close()
    store.close()


def test_migrations_match_the_schema_and_go_down_and_up(db_url: str) -> None:
    from alembic import command
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from frontwatch.store.sql import alembic_config

    SqlStore(db_url).close()
    engine = sa.create_engine(normalise_url(db_url))
    with engine.connect() as conn:
        ctx = MigrationContext.configure(conn, opts={"compare_type": True})
        assert ctx.get_current_revision() == "0001"
        assert compare_metadata(ctx, metadata) == []
    with engine.begin() as conn:
        cfg = alembic_config()
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "base")
    assert set(sa.inspect(engine).get_table_names()) <= {"alembic_version"}
    engine.dispose()
    store = SqlStore(db_url)  # opening migrates again
    art = make_article(8)
    assert store.store_article(art, b"r", None, [make_event(art)]) == "new"
    store.close()


# several processes ------------------------------------------------------------------------------

WORKER = """
import sys, time
sys.path.insert(0, {root!r})
from tests.conftest import make_article, make_event
from frontwatch.store import open_store
url, count, pause, batch = sys.argv[1], int(sys.argv[2]), float(sys.argv[3]), int(sys.argv[4])
backwards = sys.argv[5] == "1"
store = open_store(url)
items = []
for n in range(count):
    art = make_article(n, text=f"Article {{n}}. " + "Troops moved. " * (n % 7 + 1))
    events = [make_event(art, k, event_type=("MOBILIZE", "ASSAULT")[k % 2]) for k in range(3)]
    items.append((art, b"raw " * 50, list(range(16)), events))
if backwards:
    items.reverse()
outcomes = []
for i in range(0, count, batch):
    chunk = items[i : i + batch]
    outcomes += store.store_articles(chunk) if batch > 1 else [store.store_article(*chunk[0])]
    if pause:
        time.sleep(pause)
print(outcomes.count("new"), outcomes.count("unchanged"), flush=True)
store.close()
"""


def _worker(
    url: str, count: int, pause: float = 0.0, batch: int = 1, backwards: bool = False
) -> subprocess.Popen[str]:
    """A child storing articles 0…count-1 (3 events each), one by one or in batches
    (`store_articles`), forwards or backwards; it prints how many were new and unchanged."""
    code = WORKER.format(root=str(Path(__file__).parent.parent))
    return subprocess.Popen(
        [sys.executable, "-c", code, url, str(count), str(pause), str(batch), "1" if backwards else "0"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip


def _check_consistent(url: str, articles: int) -> None:
    """Every stored article has exactly its three events, nothing else is stored."""
    engine = sa.create_engine(normalise_url(url))
    with engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM articles").scalar() == articles
        per_article = conn.exec_driver_sql(
            "SELECT a.id, count(e.id) FROM articles a LEFT JOIN events e ON e.article_id = a.id GROUP BY a.id"
        ).all()
        assert all(n == 3 for _, n in per_article)
        assert conn.exec_driver_sql("SELECT count(*) FROM events").scalar() == 3 * articles
        assert (
            conn.exec_driver_sql("SELECT count(*) FROM event_countries").scalar() == 12 * articles
        )  # actor, location, and both as "any"
        if engine.dialect.name == "sqlite":
            assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
    engine.dispose()


@pytest.mark.parametrize(("batch", "pause"), [(1, 0.002), (10, 0.02)], ids=["one-by-one", "batches"])
def test_two_processes_ingesting_the_same_inputs(db_url: str, batch: int, pause: float) -> None:
    first = _worker(db_url, 300, pause, batch)
    second = _worker(db_url, 300, pause, batch, backwards=True)  # opposite order: they meet midway
    results = []
    for proc in (first, second):
        out, err = proc.communicate(timeout=120)
        assert proc.returncode == 0, err
        results.append([int(x) for x in out.split()])
    assert all(new > 0 for new, _ in results)  # both wrote: they really ran at once
    assert sum(new for new, _ in results) == 300
    assert all(new + unchanged == 300 for new, unchanged in results)
    _check_consistent(db_url, 300)


def test_sigkill_mid_ingest_leaves_a_consistent_store(db_url: str) -> None:
    proc = _worker(db_url, 400, pause=0.002)
    engine = sa.create_engine(normalise_url(db_url))
    deadline = time.monotonic() + 60
    stored = 0
    while stored < 40 and time.monotonic() < deadline:
        time.sleep(0.05)
        try:
            with engine.connect() as conn:
                stored = conn.exec_driver_sql("SELECT count(*) FROM articles").scalar() or 0
        except sa.exc.OperationalError:
            stored = 0  # not created yet
    engine.dispose()
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL
    engine = sa.create_engine(normalise_url(db_url))
    with engine.connect() as conn:
        partial = conn.exec_driver_sql("SELECT count(*) FROM articles").scalar() or 0
    engine.dispose()
    assert 40 <= partial < 400
    _check_consistent(db_url, partial)
    rerun = _worker(db_url, 400)
    out, err = rerun.communicate(timeout=120)
    assert rerun.returncode == 0, err
    assert [int(x) for x in out.split()] == [400 - partial, partial]
    _check_consistent(db_url, 400)


def test_postgresql_tests_fail_in_ci_and_skip_locally_without_a_server() -> None:
    node = f"{Path(__file__).name}::test_migrations_match_the_schema_and_go_down_and_up"
    runs = {}
    for ci in (True, False):  # both at once: each is a whole pytest start-up
        env = {k: v for k, v in os.environ.items() if k != "CI"}
        env["FRONTWATCH_TEST_PG_URL"] = "postgresql://nobody@127.0.0.1:1/none"
        env["PYTEST_DISABLE_PLUGIN_AUTOLOAD"] = "1"  # a quicker start: no third-party plugins needed
        if ci:
            env["CI"] = "true"
        runs[ci] = subprocess.Popen(
            [sys.executable, "-m", "pytest", "-q", "-rs", "-p", "no:cacheprovider", node, "-k", "postgresql"],
            cwd=Path(__file__).parent, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
        )  # fmt: skip
    outputs = {ci: proc.communicate(timeout=120)[0] for ci, proc in runs.items()}
    assert all("PostgreSQL unavailable" in out for out in outputs.values()), outputs
    assert runs[True].returncode == 1 and "CI is set" in outputs[True]
    assert runs[False].returncode == 0 and "1 skipped" in outputs[False]
