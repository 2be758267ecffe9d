"""An in-memory store with the same behaviour as the SQL one, for tests (`memory://`).

Records are kept as the frozen dataclasses themselves; raw input is kept compressed, as in SQL.
One lock makes it safe to share between the API's threads.
"""

from __future__ import annotations

import dataclasses
import json
import threading
import zlib
from collections.abc import Callable, Iterable, Sequence
from datetime import UTC, datetime
from typing import Any, TypeVar

from ..errors import StoreError
from ..models import Alert, Article, Event, EventFilter, Review, Story
from .base import (
    AddOutcome,
    ArticleFilter,
    Page,
    StoreItem,
    day_key,
    decode_cursor,
    encode_cursor,
    event_matches,
    story_matches,
)

T = TypeVar("T")


def _utc(value: datetime) -> datetime:
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def _in_utc(record: T, *names: str) -> T:
    """The record with its datetime fields in UTC, as the SQL store reads them back."""
    changes = {n: _utc(v) for n in names if isinstance(v := getattr(record, n), datetime)}
    return dataclasses.replace(record, **changes)  # type: ignore[type-var]


def _page(
    items: list[T], key: Callable[[T], list[Any]], cursor: str | None, limit: int, descending: bool
) -> Page[T]:
    """Keyset pagination: sort by `key`, keep what comes after the cursor, cut at `limit`."""
    items = sorted(items, key=key, reverse=descending)
    if cursor is not None:
        after = decode_cursor(cursor)
        items = [i for i in items if (key(i) < after if descending else key(i) > after)]
    limit = max(1, limit)
    if len(items) > limit:
        return Page(items[:limit], encode_cursor(key(items[limit - 1])))
    return Page(items, None)


class MemoryStore:
    """The Store protocol over Python dicts."""

    def __init__(self) -> None:
        self._lock = threading.RLock()
        self._articles: dict[str, Article] = {}
        self._raw: dict[str, bytes] = {}
        self._signatures: dict[str, tuple[int, ...]] = {}
        self._events: dict[str, Event] = {}
        self._by_article: dict[str, list[str]] = {}
        self._stories: dict[str, Story] = {}
        self._alerts: dict[str, Alert] = {}
        self._reviews: list[Review] = []

    # articles ---------------------------------------------------------------------------
    def add_article(self, article: Article, raw: bytes, signature: Sequence[int] | None) -> AddOutcome:
        """Store an article unless its id is stored already."""
        return self.store_article(article, raw, signature, ())

    def store_article(
        self, article: Article, raw: bytes, signature: Sequence[int] | None, events: Sequence[Event]
    ) -> AddOutcome:
        """Store an article and its events together; nothing when the id is stored already."""
        with self._lock:
            if article.id in self._articles:
                return "unchanged"
            self._articles[article.id] = _in_utc(article, "published", "ingested_at")
            self._raw[article.id] = zlib.compress(raw)
            if signature is not None:
                self._signatures[article.id] = tuple(int(v) for v in signature)
            self._put_events(article.id, events)
            return "duplicate" if article.duplicate_of else "new"

    def store_articles(self, items: Sequence[StoreItem]) -> list[AddOutcome]:
        """Store many articles and their events under one lock."""
        with self._lock:
            return [self.store_article(*item) for item in items]

    def has_article(self, article_id: str) -> bool:
        """Whether an article with this id is stored."""
        return article_id in self._articles

    def known_ids(self, article_ids: Iterable[str]) -> set[str]:
        """Those of `article_ids` that are stored."""
        return {a for a in article_ids if a in self._articles}

    def get_article(self, article_id: str) -> Article | None:
        """One article by id."""
        return self._articles.get(article_id)

    def get_raw(self, article_id: str) -> bytes | None:
        """The raw input bytes of an article."""
        packed = self._raw.get(article_id)
        return zlib.decompress(packed) if packed is not None else None

    def list_articles(self, flt: ArticleFilter, cursor: str | None = None, limit: int = 100) -> Page[Article]:
        """Articles in the order they were ingested."""
        with self._lock:
            items = [a for a in self._articles.values() if _article_matches(a, flt)]
        return _page(items, _article_key, cursor, limit, descending=False)

    def signatures(self) -> Iterable[tuple[str, Sequence[int]]]:
        """MinHash signatures of the stored non-duplicate articles."""
        with self._lock:
            pairs = [
                (aid, sig)
                for aid, sig in self._signatures.items()
                if self._articles[aid].duplicate_of is None
            ]
        return iter(pairs)

    # events -----------------------------------------------------------------------------
    def put_events(self, article_id: str, events: Sequence[Event]) -> None:
        """Replace the events of one article."""
        with self._lock:
            if article_id not in self._articles:
                raise StoreError(f"database write failed: no article {article_id}")
            self._put_events(article_id, events)

    def _put_events(self, article_id: str, events: Sequence[Event]) -> None:
        for old in self._by_article.pop(article_id, []):
            self._events.pop(old, None)
        ids: list[str] = []
        for event in events:
            if event.article_id != article_id:
                event = dataclasses.replace(event, article_id=article_id)
            if event.id not in self._events:
                ids.append(event.id)
            self._events[event.id] = event
        self._by_article[article_id] = ids

    def get_event(self, event_id: str) -> Event | None:
        """One event by id."""
        return self._events.get(event_id)

    def _matching_events(self, flt: EventFilter) -> list[Event]:
        with self._lock:
            wrong = self._wrong_ids() if flt.exclude_wrong else set()
            return [e for e in self._events.values() if event_matches(e, flt, wrong)]

    def list_events(self, flt: EventFilter, cursor: str | None = None, limit: int = 100) -> Page[Event]:
        """Matching events, newest date first."""
        return _page(self._matching_events(flt), _event_key, cursor, limit, descending=True)

    def list_event_records(self, flt: EventFilter, cursor: str | None = None, limit: int = 100) -> Page[str]:
        """`list_events` as each event's contract JSON text, as the SQL store gives it."""
        page = self.list_events(flt, cursor, limit)
        items = [json.dumps(e.to_dict(), separators=(",", ":"), ensure_ascii=False) for e in page.items]
        return Page(items, page.next)

    def count_events(self, flt: EventFilter) -> int:
        """How many events match."""
        return len(self._matching_events(flt))

    def list_undated_events(self, event_type: str, since: datetime, until: datetime) -> list[Event]:
        """Undated events of a type whose article was published in [since, until), newest first."""
        start, end = _utc(since), _utc(until)
        with self._lock:
            found = [
                e
                for e in self._events.values()
                if e.date is None
                and e.event_type == event_type
                and (published := self._articles[e.article_id].published) is not None
                and start <= _utc(published) < end
            ]
        return sorted(found, key=_event_key, reverse=True)

    def _wrong_ids(self) -> set[str]:
        latest: dict[str, str] = {}
        for review in self._reviews:
            latest[review.event_id] = review.verdict
        return {eid for eid, verdict in latest.items() if verdict == "wrong"}

    # stories ----------------------------------------------------------------------------
    def put_story(self, story: Story) -> None:
        """Insert or replace a story and point its events at it."""
        with self._lock:
            old = self._stories.get(story.id)
            members = set(story.event_ids)
            for eid in old.event_ids if old else ():
                event = self._events.get(eid)
                if event is not None and eid not in members and event.story_id == story.id:
                    self._events[eid] = dataclasses.replace(event, story_id=None)
            for eid in story.event_ids:
                event = self._events.get(eid)
                if event is not None:
                    self._events[eid] = dataclasses.replace(event, story_id=story.id)
            self._stories[story.id] = _in_utc(story, "first_reported", "last_reported")

    def put_stories(self, stories: Sequence[Story]) -> None:
        """`put_story` for each story in turn, under one lock."""
        with self._lock:
            for story in stories:
                self.put_story(story)

    def get_story(self, story_id: str) -> Story | None:
        """One story by id."""
        return self._stories.get(story_id)

    def list_stories(self, flt: EventFilter, cursor: str | None = None, limit: int = 100) -> Page[Story]:
        """Matching stories, newest date first."""
        with self._lock:
            items = []
            for story in self._stories.values():
                arts = {self._events[e].article_id for e in story.event_ids if e in self._events}
                if story_matches(story, flt, arts):
                    items.append(story)
        return _page(items, _story_key, cursor, limit, descending=True)

    def delete_story(self, story_id: str) -> None:
        """Remove a story and unlink its events."""
        with self._lock:
            self._stories.pop(story_id, None)
            for eid, event in list(self._events.items()):
                if event.story_id == story_id:
                    self._events[eid] = dataclasses.replace(event, story_id=None)

    # alerts -----------------------------------------------------------------------------
    def add_alert(self, alert: Alert) -> bool:
        """Store an alert once; False when its id exists."""
        with self._lock:
            if alert.id in self._alerts:
                return False
            self._alerts[alert.id] = _in_utc(alert, "window_start", "window_end", "fired_at")
            return True

    def list_alerts(self, cursor: str | None = None, limit: int = 100) -> Page[Alert]:
        """Alerts, latest fired first."""
        with self._lock:
            items = list(self._alerts.values())
        return _page(items, _alert_key, cursor, limit, descending=True)

    # reviews ----------------------------------------------------------------------------
    def add_review(self, review: Review) -> Review:
        """Append a review to the audit log and return it with its id."""
        with self._lock:
            stored = dataclasses.replace(_in_utc(review, "created_at"), id=len(self._reviews) + 1)
            self._reviews.append(stored)
            return stored

    def list_reviews(self, event_id: str | None = None) -> list[Review]:
        """Reviews in the order they were made, all or of one event."""
        with self._lock:
            return [r for r in self._reviews if event_id is None or r.event_id == event_id]

    def reviews_of(self, event_ids: Iterable[str]) -> dict[str, list[Review]]:
        """The reviews of each reviewed event among `event_ids`, in the order they were made."""
        wanted = set(event_ids)
        found: dict[str, list[Review]] = {}
        with self._lock:
            for r in self._reviews:
                if r.event_id in wanted:
                    found.setdefault(r.event_id, []).append(r)
        return found

    # lifecycle --------------------------------------------------------------------------
    def close(self) -> None:
        """Nothing to release."""


def _article_matches(article: Article, flt: ArticleFilter) -> bool:
    if not flt.include_duplicates and article.duplicate_of is not None:
        return False
    if flt.outlet is not None and article.outlet != flt.outlet:
        return False
    if flt.duplicate_of is not None and article.duplicate_of != flt.duplicate_of:
        return False
    published = _utc(article.published) if article.published else None
    if flt.since is not None and (published is None or published < _utc(flt.since)):
        return False
    return flt.until is None or (published is not None and published <= _utc(flt.until))


def micros(value: datetime) -> int:
    """Microseconds since the epoch of a datetime (naive means UTC)."""
    delta = _utc(value) - datetime(1970, 1, 1, tzinfo=UTC)
    return (delta.days * 86_400 + delta.seconds) * 1_000_000 + delta.microseconds


def _article_key(article: Article) -> list[Any]:
    return [micros(article.ingested_at), article.id]


def _event_key(event: Event) -> list[Any]:
    return [day_key(event.date), event.id]


def _story_key(story: Story) -> list[Any]:
    return [day_key(story.date), story.id]


def _alert_key(alert: Alert) -> list[Any]:
    return [micros(alert.fired_at), alert.id]
