"""The store interface: everything frontwatch keeps goes through these methods.

Two implementations: `sql.SqlStore` (SQLite by default, PostgreSQL via psycopg 3, one schema
managed by Alembic) and `memory.MemoryStore`, an in-memory double for tests. `open_store(url)`
picks one from a URL (`memory://` gives the double).

Pagination: list methods take `cursor` (opaque string from the previous page, or None) and
`limit`, and return `Page(items, next)`; `next` is None on the last page. The orders, the
cursor format and what `country` matches are set out above the shared helpers at the end.
"""

from __future__ import annotations

import base64
import json
from collections.abc import Callable, Container, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, Generic, Literal, Protocol, TypeVar

from ..errors import UsageError
from ..models import Alert, Article, Event, EventFilter, Review, Story

T = TypeVar("T")

AddOutcome = Literal["new", "duplicate", "unchanged"]
StoreItem = tuple[Article, bytes, Sequence[int] | None, Sequence[Event]]
"""(article, raw input bytes, MinHash signature or None, events): one item of `store_articles`."""


@dataclass(frozen=True)
class Page(Generic[T]):
    items: list[T]
    next: str | None


def iter_pages(fetch: Callable[[str | None], Page[T]], cursor: str | None = None) -> Iterator[T]:
    """Every item of a paginated listing: `fetch(cursor)` returns one page."""
    while True:
        page = fetch(cursor)
        yield from page.items
        if page.next is None:
            return
        cursor = page.next


@dataclass(frozen=True)
class ArticleFilter:
    since: datetime | None = None  # by published
    until: datetime | None = None
    outlet: str | None = None
    include_duplicates: bool = True
    duplicate_of: str | None = None  # only the re-posts of this article


class Store(Protocol):
    """What the pipeline, analysis, CLI and API need from storage."""

    # articles ---------------------------------------------------------------------------
    def add_article(self, article: Article, raw: bytes, signature: Sequence[int] | None) -> AddOutcome:
        """Store an article with its raw input (compressed) and MinHash signature.

        Idempotent: an article whose id is already stored returns "unchanged" and writes
        nothing. "duplicate" when `article.duplicate_of` is set, else "new"."""
        ...

    def store_article(
        self, article: Article, raw: bytes, signature: Sequence[int] | None, events: Sequence[Event]
    ) -> AddOutcome:
        """`add_article` and `put_events` in one transaction: a run killed at any moment
        leaves either both or neither. The pipeline's one write per article."""
        ...

    def store_articles(self, items: Sequence[StoreItem]) -> list[AddOutcome]:
        """`store_article` for many articles in one transaction (all or none), for batch
        writers: one commit instead of one per article. Outcomes in the order given."""
        ...

    def has_article(self, article_id: str) -> bool: ...

    def known_ids(self, article_ids: Iterable[str]) -> set[str]:
        """Those of `article_ids` that are stored: `has_article` for many ids in one look-up
        (the batch workers ask it once per partition)."""
        ...

    def get_article(self, article_id: str) -> Article | None: ...

    def get_raw(self, article_id: str) -> bytes | None:
        """The raw input bytes, decompressed."""
        ...

    def list_articles(
        self, flt: ArticleFilter, cursor: str | None = None, limit: int = 100
    ) -> Page[Article]: ...

    def signatures(self) -> Iterable[tuple[str, Sequence[int]]]:
        """(article_id, MinHash signature) for every stored non-duplicate article, to rebuild
        the LSH index when a run starts."""
        ...

    # events -----------------------------------------------------------------------------
    def put_events(self, article_id: str, events: Sequence[Event]) -> None:
        """Replace the events of one article (atomically with nothing else half-written)."""
        ...

    def get_event(self, event_id: str) -> Event | None: ...

    def list_events(self, flt: EventFilter, cursor: str | None = None, limit: int = 100) -> Page[Event]: ...

    def list_event_records(self, flt: EventFilter, cursor: str | None = None, limit: int = 100) -> Page[str]:
        """`list_events` with each event as its contract JSON text (compact, non-ASCII kept:
        `json.dumps(event.to_dict(), separators=(",", ":"), ensure_ascii=False)`), for readers
        that pass events on as JSON; the SQL store returns its stored records without decoding."""
        ...

    def count_events(self, flt: EventFilter) -> int: ...

    def list_undated_events(self, event_type: str, since: datetime, until: datetime) -> list[Event]:
        """Events of a type with no date whose article was published in [since, until): the
        events an undated report may match, which a filter by date cannot find."""
        ...

    # stories ----------------------------------------------------------------------------
    def put_story(self, story: Story) -> None:
        """Insert or replace a story, and set `story_id` on each of its events."""
        ...

    def put_stories(self, stories: Sequence[Story]) -> None:
        """`put_story` for each story, in the order given, in one transaction."""
        ...

    def get_story(self, story_id: str) -> Story | None: ...

    def list_stories(self, flt: EventFilter, cursor: str | None = None, limit: int = 100) -> Page[Story]: ...

    def delete_story(self, story_id: str) -> None: ...

    # alerts -----------------------------------------------------------------------------
    def add_alert(self, alert: Alert) -> bool:
        """Store an alert; False (and nothing written) when one with its id exists already."""
        ...

    def list_alerts(self, cursor: str | None = None, limit: int = 100) -> Page[Alert]: ...

    # reviews ----------------------------------------------------------------------------
    def add_review(self, review: Review) -> Review: ...

    def list_reviews(self, event_id: str | None = None) -> list[Review]: ...

    def reviews_of(self, event_ids: Iterable[str]) -> dict[str, list[Review]]:
        """`list_reviews(event_id)` for many events in one look-up: each reviewed event's
        reviews in the order they were made; events never reviewed are left out."""
        ...

    # lifecycle --------------------------------------------------------------------------
    def close(self) -> None: ...


# helpers shared by the implementations ----------------------------------------------------
# Orders: events and stories by (day desc, id desc) where `day` is the date's ordinal and 0
# when the date is unknown (those come last); articles by (ingested_at, id) ascending; alerts by
# (fired_at desc, id desc). Cursors are base64url JSON of the last item's sort key: [day, id],
# or [microseconds since the epoch, id] for articles and alerts.
#
# `country` in EventFilter matches the event's location country OR any actor or recipient
# country; `actor` / `recipient` match one of the event's actor / recipient countries.


def encode_cursor(key: Sequence[object]) -> str:
    """An opaque cursor holding the sort key of the last item on a page."""
    raw = json.dumps(list(key), separators=(",", ":")).encode("utf-8")
    return base64.urlsafe_b64encode(raw).decode("ascii").rstrip("=")


def decode_cursor(cursor: str, kinds: tuple[type, ...] = (int, str)) -> list[Any]:
    """The sort key inside a cursor, checked against the expected types; UsageError when it
    is not one of ours."""
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        key = json.loads(raw)
    except (ValueError, UnicodeDecodeError):
        key = None
    if (
        not isinstance(key, list)
        or len(key) != len(kinds)
        or not all(isinstance(v, k) and not isinstance(v, bool) for v, k in zip(key, kinds, strict=True))
    ):
        raise UsageError(f"cursor: {cursor[:40]!r} is not a valid cursor")
    return key


def day_key(value: date | None) -> int:
    """Sortable day number of a date; 0 for an unknown date."""
    return value.toordinal() if value is not None else 0


def event_countries(event: Event) -> set[tuple[str, str]]:
    """(role, country) pairs of an event: role is actor, recipient or location."""
    pairs = {("actor", e.country) for e in event.actors if e.country}
    pairs |= {("recipient", e.country) for e in event.recipients if e.country}
    if event.location is not None and event.location.country:
        pairs.add(("location", event.location.country))
    return pairs


def story_countries(story: Story) -> set[tuple[str, str]]:
    """(role, country) pairs of a story, as for events."""
    pairs = {("actor", e.country) for e in story.actors if e.country}
    pairs |= {("recipient", e.country) for e in story.recipients if e.country}
    if story.location is not None and story.location.country:
        pairs.add(("location", story.location.country))
    return pairs


def _countries_match(pairs: set[tuple[str, str]], flt: EventFilter) -> bool:
    if flt.actor and ("actor", flt.actor) not in pairs:
        return False
    if flt.recipient and ("recipient", flt.recipient) not in pairs:
        return False
    return not flt.country or any(c == flt.country for _, c in pairs)


def _dates_match(value: date | None, flt: EventFilter) -> bool:
    if flt.since is not None and (value is None or value < flt.since):
        return False
    return flt.until is None or (value is not None and value <= flt.until)


def event_matches(event: Event, flt: EventFilter, wrong: Container[str] = ()) -> bool:
    """Whether an event passes a filter; `wrong` holds ids whose latest verdict is wrong."""
    if flt.event_type and event.event_type not in flt.event_type:
        return False
    if flt.factuality and event.factuality not in flt.factuality:
        return False
    if flt.article_id is not None and event.article_id != flt.article_id:
        return False
    if flt.story_id is not None and event.story_id != flt.story_id:
        return False
    if flt.min_confidence is not None and event.confidence < flt.min_confidence:
        return False
    if flt.exclude_wrong and event.id in wrong:
        return False
    return _dates_match(event.date, flt) and _countries_match(event_countries(event), flt)


def story_matches(story: Story, flt: EventFilter, article_ids: Container[str] = ()) -> bool:
    """Whether a story passes a filter (type, factuality, countries, dates, story_id, and
    article_id when `article_ids` holds the articles of the story's events; confidence and
    review filters apply to events only)."""
    if flt.event_type and story.event_type not in flt.event_type:
        return False
    if flt.factuality and story.factuality not in flt.factuality:
        return False
    if flt.story_id is not None and story.id != flt.story_id:
        return False
    if flt.article_id is not None and flt.article_id not in article_ids:
        return False
    return _dates_match(story.date, flt) and _countries_match(story_countries(story), flt)
