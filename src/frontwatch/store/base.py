"""The store interface: everything frontwatch keeps goes through these methods.

Two implementations: `sql.SqlStore` (SQLite by default, PostgreSQL via psycopg 3, one schema
managed by Alembic) and `memory.MemoryStore`, an in-memory double for tests. `open_store(url)`
picks one from a URL (`memory://` gives the double).

Pagination: list methods take `cursor` (opaque string from the previous page, or None) and
`limit`, and return `Page(items, next)`; `next` is None on the last page.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Generic, Literal, Protocol, TypeVar

from ..models import Alert, Article, Event, EventFilter, Review, Story

T = TypeVar("T")

AddOutcome = Literal["new", "duplicate", "unchanged"]


@dataclass(frozen=True)
class Page(Generic[T]):
    items: list[T]
    next: str | None


@dataclass(frozen=True)
class ArticleFilter:
    since: datetime | None = None  # by published
    until: datetime | None = None
    outlet: str | None = None
    include_duplicates: bool = True


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

    def has_article(self, article_id: str) -> bool: ...

    def get_article(self, article_id: str) -> Article | None: ...

    def get_raw(self, article_id: str) -> bytes | None:
        """The raw input bytes, decompressed."""
        ...

    def list_articles(self, flt: ArticleFilter, cursor: str | None = None, limit: int = 100) -> Page[Article]: ...

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

    def count_events(self, flt: EventFilter) -> int: ...

    # stories ----------------------------------------------------------------------------
    def put_story(self, story: Story) -> None:
        """Insert or replace a story, and set `story_id` on each of its events."""
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

    # lifecycle --------------------------------------------------------------------------
    def close(self) -> None: ...
