"""The SQL store: SQLite (default) or PostgreSQL behind the Store protocol, SQLAlchemy Core.

Opening a store applies the Alembic migrations shipped in `frontwatch/migrations` (under a
write lock, so processes opening a fresh database at once do not race). SQLite discipline
follows datasette: WAL journal so readers never block, a busy timeout, foreign keys on, and
every write in one `BEGIN IMMEDIATE` transaction through a single in-process writer lock.
PostgreSQL (psycopg 3) runs the same statements; idempotent inserts use `ON CONFLICT DO
NOTHING` on both (`RETURNING` tells whether a row was written: psycopg reports no rowcount
there), so concurrent ingests of the same inputs store each article once. The SELECT
statements of the queries (filters, keyset pages) are built in `sql_queries`.
"""

from __future__ import annotations

import dataclasses
import functools
import sqlite3
import threading
import zlib
from collections.abc import Iterable, Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager, nullcontext
from datetime import UTC, datetime, timedelta
from importlib import resources
from typing import Any

import sqlalchemy as sa
from alembic import command
from alembic.config import Config
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import event as sa_event
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.pool import StaticPool

from ..errors import StoreError, UsageError
from ..models import Alert, Article, Event, EventFilter, Review, Story
from . import schema as t
from .base import (
    AddOutcome,
    ArticleFilter,
    Page,
    StoreItem,
    day_key,
    decode_cursor,
    encode_cursor,
    event_countries,
    story_countries,
)
from .sql_queries import ANY, cut_page, desc_page, events_query, sqlite_sql, story_where

_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_CHUNK = 500  # ids per IN (…) list, well under SQLite's variable limit
_MIGRATION_LOCK = 0x66776174  # pg_advisory_xact_lock key ("fwat")


def normalise_url(url: str) -> str:
    """Map `postgresql://` and `postgres://` to the psycopg 3 driver, and a bare file path
    (`--db events.db`, what a user types first) to the SQLite file it names."""
    if "://" not in url:
        return f"sqlite:///{url}"
    for prefix in ("postgresql://", "postgres://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix) :]
    return url


def _micros(value: datetime) -> int:
    delta = (value.replace(tzinfo=UTC) if value.tzinfo is None else value) - _EPOCH
    return (delta.days * 86_400 + delta.seconds) * 1_000_000 + delta.microseconds


def _from_micros(value: int) -> datetime:
    try:
        return _EPOCH + timedelta(microseconds=value)
    except OverflowError:
        raise UsageError(f"cursor: {value} is out of range") from None


def _event_rows(events: Sequence[Event]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Rows of `events` and of `event_countries` for some events (the last of equal ids wins)."""
    rows, pairs = [], []
    for ev in {e.id: e for e in events}.values():
        day = day_key(ev.date)
        rows.append({
            "id": ev.id, "article_id": ev.article_id, "story_id": ev.story_id, "event_type": ev.event_type,
            "factuality": ev.factuality, "day": day, "confidence": ev.confidence,
            "location_country": ev.location.country if ev.location else None, "record": t.dumps(ev),
        })  # fmt: skip
        pairs += [
            {"event_id": ev.id, "role": r, "country": c, "day": day}
            for r, c in _with_any(event_countries(ev))
        ]
    return rows, pairs


def alembic_config() -> Config:
    """Alembic settings pointing at the migrations shipped in the package."""
    cfg = Config()
    cfg.set_main_option("script_location", str(resources.files("frontwatch") / "migrations"))
    return cfg


@functools.cache
def _head() -> str | None:
    """The newest migration revision."""
    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def _revision(conn: Connection) -> str | None:
    """The revision a database is at (None when it is empty)."""
    return MigrationContext.configure(conn).get_current_revision()


def _owned(article_id: str, events: Sequence[Event]) -> list[Event]:
    """The events with `article_id` set to the article they are stored under."""
    return [
        e if e.article_id == article_id else dataclasses.replace(e, article_id=article_id) for e in events
    ]


_STORY_FIELDS = ("event_type", "factuality", "day", "record")


def _story_row(story: Story) -> dict[str, Any]:
    """A story's row of the stories table."""
    return {
        "id": story.id, "event_type": story.event_type, "factuality": story.factuality,
        "day": day_key(story.date), "record": t.dumps(story),
    }  # fmt: skip


def _chunks(ids: Sequence[str]) -> Iterator[Sequence[str]]:
    for i in range(0, len(ids), _CHUNK):
        yield ids[i : i + _CHUNK]


class SqlStore:
    """The Store protocol over SQLite or PostgreSQL."""

    def __init__(self, url: str) -> None:
        self.url = normalise_url(url)
        try:
            self._engine = self._create_engine(self.url)
        except (sa.exc.ArgumentError, ImportError) as exc:
            raise StoreError(f"cannot open {url!r}: {exc}") from exc
        self.dialect = self._engine.dialect.name
        if self.dialect not in ("sqlite", "postgresql"):
            raise StoreError(f"unsupported database {self.dialect!r} (use sqlite:/// or postgresql://)")
        self._insert = sqlite.insert if self.dialect == "sqlite" else postgresql.insert
        self._add_article = (
            self._insert(t.articles).on_conflict_do_nothing(index_elements=["id"]).returning(t.articles.c.id)
        )
        # built once: ingest asks this for every input, and building the statement costs more
        # than SQLite's answer
        self._has_article = sa.select(t.articles.c.id).where(t.articles.c.id == sa.bindparam("id"))
        self._add_events = self._insert(t.events).on_conflict_do_nothing(index_elements=["id"])
        self._add_countries = self._insert(t.event_countries).on_conflict_do_nothing()
        upsert = self._insert(t.stories)
        self._put_story_row = upsert.on_conflict_do_update(
            index_elements=["id"], set_={k: upsert.excluded[k] for k in _STORY_FIELDS}
        )
        link = sa.update(t.events).where(t.events.c.id == sa.bindparam("eid"))
        self._link_event = link.values(story_id=sa.bindparam("sid"))
        self._write_lock = threading.RLock()
        # `sqlite:///:memory:` is one shared connection: reads must take turns with writes too
        in_memory = self.dialect == "sqlite" and self._engine.url.database in (None, "", ":memory:")
        self._read_lock: AbstractContextManager[Any] = self._write_lock if in_memory else nullcontext()
        self.local_reads = self.dialect == "sqlite" and not in_memory
        """Reads run in this process and wait on neither the network nor a writer (a SQLite
        file in WAL mode): a server may run them on its event loop."""
        self._migrate()

    # engine and transactions ------------------------------------------------------------
    @staticmethod
    def _create_engine(url: str) -> Engine:
        parsed = sa.engine.make_url(url)
        if parsed.get_backend_name() != "sqlite":
            return sa.create_engine(url, pool_pre_ping=True)
        memory = parsed.database in (None, "", ":memory:")
        engine = sa.create_engine(
            url,
            connect_args={"check_same_thread": False, "timeout": 30},
            **({"poolclass": StaticPool} if memory else {}),
        )

        @sa_event.listens_for(engine, "connect")
        def _connect(dbapi_conn: Any, _record: Any) -> None:
            dbapi_conn.isolation_level = None  # we issue BEGIN ourselves
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA busy_timeout = 30000")
            _set_wal(cur)
            cur.execute("PRAGMA synchronous = NORMAL")
            cur.execute("PRAGMA foreign_keys = ON")
            cur.close()

        @sa_event.listens_for(engine, "begin")
        def _begin(conn: Connection) -> None:
            immediate = conn.get_execution_options().get("frontwatch_write", False)
            conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

        return engine

    @contextmanager
    def _write(self) -> Iterator[Connection]:
        """One write transaction (BEGIN IMMEDIATE on SQLite), one writer per process."""
        try:
            with self._write_lock, self._engine.connect() as conn:
                conn.execution_options(frontwatch_write=True)
                with conn.begin():
                    yield conn
        except sa.exc.DBAPIError as exc:
            raise StoreError(f"database write failed: {exc.orig}") from exc

    @contextmanager
    def _read(self) -> Iterator[Connection]:
        """One read transaction: a consistent snapshot that never blocks writers."""
        try:
            with self._read_lock, self._engine.connect() as conn, conn.begin():
                yield conn
        except sa.exc.DBAPIError as exc:
            raise StoreError(f"database read failed: {exc.orig}") from exc

    def _migrate(self) -> None:
        """`alembic upgrade head` unless already there; serialised between processes."""
        cfg = alembic_config()
        try:
            with self._read() as conn:
                if _revision(conn) == _head():
                    return
            with self._write() as conn:
                if self.dialect == "postgresql":
                    conn.execute(sa.text("SELECT pg_advisory_xact_lock(:k)"), {"k": _MIGRATION_LOCK})
                if _revision(conn) != _head():
                    cfg.attributes["connection"] = conn
                    command.upgrade(cfg, "head")
        except StoreError as exc:
            self._engine.dispose()
            cause = exc.__cause__
            reason = cause.orig if isinstance(cause, sa.exc.DBAPIError) else exc
            shown = self._engine.url.render_as_string(hide_password=True)
            raise StoreError(f"cannot open {shown}: {' '.join(str(reason).split())}") from exc

    def close(self) -> None:
        """Release every connection."""
        self._engine.dispose()

    # articles ---------------------------------------------------------------------------
    def add_article(self, article: Article, raw: bytes, signature: Sequence[int] | None) -> AddOutcome:
        """Store an article unless its id is stored already."""
        return self.store_articles([(article, raw, signature, ())])[0]

    def store_article(
        self, article: Article, raw: bytes, signature: Sequence[int] | None, events: Sequence[Event]
    ) -> AddOutcome:
        """Store an article and its events in one transaction; nothing when already stored."""
        return self.store_articles([(article, raw, signature, events)])[0]

    def store_articles(self, items: Sequence[StoreItem]) -> list[AddOutcome]:
        """Store many articles with their events in one transaction (all or none).

        Rows are built before the transaction, and written in id order so that concurrent
        PostgreSQL batches take their row locks in one order and cannot deadlock."""
        prepared = []
        for index, (article, raw, signature, article_events) in enumerate(items):
            row = {
                "id": article.id, "url": article.url, "outlet": article.outlet, "title": article.title,
                "published": article.published, "text": article.text, "language": article.language,
                "ingested_at": article.ingested_at, "duplicate_of": article.duplicate_of,
                "is_summary": article.is_summary, "raw": zlib.compress(raw, 6),
                "signature": t.pack_signature(signature),
            }  # fmt: skip
            outcome: AddOutcome = "duplicate" if article.duplicate_of else "new"
            prepared.append(
                (article.id, index, row, outcome, _event_rows(_owned(article.id, article_events)))
            )
        prepared.sort(key=lambda p: (p[0], p[1]))
        outcomes: list[AddOutcome] = ["unchanged"] * len(items)
        events: list[dict[str, Any]] = []
        pairs: list[dict[str, Any]] = []
        with self._write() as conn:
            for _, index, row, outcome, (event_rows, country_rows) in prepared:
                if conn.execute(self._add_article, row).first() is not None:
                    outcomes[index] = outcome
                    events += event_rows
                    pairs += country_rows
            self._insert_event_rows(conn, events, pairs)
        return outcomes

    def has_article(self, article_id: str) -> bool:
        """Whether an article with this id is stored."""
        with self._read() as conn:
            return conn.execute(self._has_article, {"id": article_id}).first() is not None

    def known_ids(self, article_ids: Iterable[str]) -> set[str]:
        """Those of `article_ids` that are stored: one query per `_CHUNK` ids."""
        wanted = list(dict.fromkeys(article_ids))
        known: set[str] = set()
        if not wanted:
            return known
        with self._read() as conn:
            for chunk in _chunks(wanted):
                query = sa.select(t.articles.c.id).where(t.articles.c.id.in_(chunk))
                known.update(conn.execute(query).scalars())
        return known

    def get_article(self, article_id: str) -> Article | None:
        """One article by id."""
        with self._read() as conn:
            row = conn.execute(self._article_select().where(t.articles.c.id == article_id)).first()
        return _article(row) if row is not None else None

    def get_raw(self, article_id: str) -> bytes | None:
        """The raw input bytes of an article, decompressed."""
        with self._read() as conn:
            packed = conn.execute(sa.select(t.articles.c.raw).where(t.articles.c.id == article_id)).scalar()
        return zlib.decompress(packed) if packed is not None else None

    @staticmethod
    def _article_select() -> sa.Select[Any]:
        c = t.articles.c
        return sa.select(
            c.id, c.url, c.outlet, c.title, c.published, c.text, c.language, c.ingested_at,
            c.duplicate_of, c.is_summary,
        )  # fmt: skip

    def list_articles(self, flt: ArticleFilter, cursor: str | None = None, limit: int = 100) -> Page[Article]:
        """Articles in the order they were ingested (ingested_at, id)."""
        c = t.articles.c
        query = self._article_select().order_by(c.ingested_at, c.id).limit(max(1, limit) + 1)
        if not flt.include_duplicates:
            query = query.where(c.duplicate_of.is_(None))
        if flt.outlet is not None:
            query = query.where(c.outlet == flt.outlet)
        if flt.duplicate_of is not None:
            query = query.where(c.duplicate_of == flt.duplicate_of)
        if flt.since is not None:
            query = query.where(c.published >= flt.since)
        if flt.until is not None:
            query = query.where(c.published <= flt.until)
        if cursor is not None:
            stamp, ident = decode_cursor(cursor)
            when = _from_micros(stamp)
            query = query.where(sa.or_(c.ingested_at > when, sa.and_(c.ingested_at == when, c.id > ident)))
        with self._read() as conn:
            items = [_article(row) for row in conn.execute(query)]
        return cut_page(items, limit, lambda a: [_micros(a.ingested_at), a.id])

    def signatures(self) -> Iterable[tuple[str, Sequence[int]]]:
        """MinHash signatures of stored non-duplicate articles, read in batches by id."""
        c = t.articles.c
        last = ""
        while True:
            query = (
                sa.select(c.id, c.signature)
                .where(c.signature.is_not(None), c.duplicate_of.is_(None), c.id > last)
                .order_by(c.id)
                .limit(5000)
            )
            with self._read() as conn:
                rows = conn.execute(query).all()
            for ident, packed in rows:
                yield ident, t.unpack_signature(packed)
            if len(rows) < 5000:
                return
            last = rows[-1][0]

    # events -----------------------------------------------------------------------------
    def put_events(self, article_id: str, events: Sequence[Event]) -> None:
        """Replace the events of one article in one transaction."""
        with self._write() as conn:
            old = sa.select(t.events.c.id).where(t.events.c.article_id == article_id)
            conn.execute(sa.delete(t.event_countries).where(t.event_countries.c.event_id.in_(old)))
            conn.execute(sa.delete(t.events).where(t.events.c.article_id == article_id))
            self._insert_event_rows(conn, *_event_rows(_owned(article_id, events)))

    def _insert_event_rows(
        self, conn: Connection, events: list[dict[str, Any]], pairs: list[dict[str, Any]]
    ) -> None:
        if events:
            conn.execute(self._add_events, events)
        if pairs:
            conn.execute(self._add_countries, pairs)

    def get_event(self, event_id: str) -> Event | None:
        """One event by id."""
        c = t.events.c
        with self._read() as conn:
            row = conn.execute(sa.select(c.record, c.article_id, c.story_id).where(c.id == event_id)).first()
        return t.load_event(*row) if row is not None else None

    def list_events(self, flt: EventFilter, cursor: str | None = None, limit: int = 100) -> Page[Event]:
        """Matching events, newest date first (day desc, id desc)."""
        items = [t.load_event(*row) for row in self._select(*events_query(flt, "events", cursor, limit))]
        return cut_page(items, limit, lambda e: [day_key(e.date), e.id])

    def list_event_records(self, flt: EventFilter, cursor: str | None = None, limit: int = 100) -> Page[str]:
        """`list_events` as each event's contract JSON text, read from its stored record
        without decoding it (the API passes the records on as they are)."""
        rows = self._select(*events_query(flt, "records", cursor, limit))
        limit = max(1, limit)
        items = [t.event_json(record, article, story) for record, article, story, _, _ in rows[:limit]]
        if len(rows) <= limit:
            return Page(items, None)
        _, _, _, day, ident = rows[limit - 1]
        return Page(items, encode_cursor([day, ident]))

    def count_events(self, flt: EventFilter) -> int:
        """How many events match."""
        ((count,),) = self._select(*events_query(flt, "count"))
        return int(count)

    def list_undated_events(self, event_type: str, since: datetime, until: datetime) -> list[Event]:
        """Undated events of a type whose article was published in [since, until), newest
        first: the type's undated range of the events index, each probed in its article."""
        e, a = t.events.c, t.articles.c
        query = (
            sa.select(e.record, e.article_id, e.story_id)
            .select_from(t.events.join(t.articles, a.id == e.article_id))
            .where(e.event_type == event_type, e.day == 0, a.published >= since, a.published < until)
            .order_by(e.id.desc())
        )
        with self._read() as conn:
            return [t.load_event(*row) for row in conn.execute(query)]

    def _select(self, query: sa.Select[Any], params: dict[str, Any]) -> Sequence[Sequence[Any]]:
        """The rows of one SELECT: a consistent snapshot either way.

        On a SQLite file the SQL that SQLAlchemy compiled for the statement (once: statements
        are cached per query shape) runs on a pooled sqlite3 connection directly, as one
        autocommitted statement: SQLAlchemy's per-execution work plus BEGIN and COMMIT cost
        as much CPU as SQLite's own on a page of events (benchmarks/README.md, "API")."""
        if not self.local_reads:
            with self._read() as conn:
                return conn.execute(query, params).all()
        compiled = sqlite_sql(query, self._engine.dialect)
        bound = compiled.construct_params(params) or {}
        args = [bound[name] for name in compiled.positiontup or ()]
        try:
            raw = self._engine.raw_connection()
        except sa.exc.DBAPIError as exc:
            raise StoreError(f"database read failed: {exc.orig}") from exc
        try:
            driver: Any = raw.driver_connection
            rows: list[tuple[Any, ...]] = driver.execute(compiled.string, args).fetchall()
        except sqlite3.Error as exc:
            raise StoreError(f"database read failed: {exc}") from exc
        finally:
            raw.close()
        return rows

    # stories ----------------------------------------------------------------------------
    def put_story(self, story: Story) -> None:
        """Insert or replace a story and point exactly its events at it."""
        self.put_stories([story])

    def put_stories(self, stories: Sequence[Story]) -> None:
        """`put_story` for each story in turn, in one write transaction (one commit).

        Written as one statement per kind of row for the whole batch (executemany) rather than
        five per story: the rows are those of the stories written in turn, as every story's old
        links are dropped before any is linked, and an event two stories name ends up linked to
        the later one either way. A batch naming a story twice is written in turn."""
        if not stories:
            return
        ids = [story.id for story in stories]
        with self._write() as conn:
            if len(set(ids)) < len(ids):
                for story in stories:
                    self._write_stories(conn, [story])
            else:
                self._write_stories(conn, stories)

    def _write_stories(self, conn: Connection, stories: Sequence[Story]) -> None:
        """The rows of distinct stories: one statement per kind of row (executemany)."""
        ids = [story.id for story in stories]
        rows = [_story_row(story) for story in stories]
        pairs = [
            {"story_id": story.id, "role": r, "country": c}
            for story in stories
            for r, c in _with_any(story_countries(story))
        ]
        links = [{"sid": story.id, "eid": e} for story in stories for e in dict.fromkeys(story.event_ids)]
        ev = t.events.c
        conn.execute(self._put_story_row, rows)
        for chunk in _chunks(ids):
            conn.execute(sa.delete(t.story_countries).where(t.story_countries.c.story_id.in_(chunk)))
        if pairs:
            conn.execute(sa.insert(t.story_countries), pairs)
        for chunk in _chunks(ids):
            conn.execute(sa.update(t.events).where(ev.story_id.in_(chunk)).values(story_id=None))
        if links:
            conn.execute(self._link_event, links)

    def get_story(self, story_id: str) -> Story | None:
        """One story by id."""
        with self._read() as conn:
            record = conn.execute(sa.select(t.stories.c.record).where(t.stories.c.id == story_id)).scalar()
        return t.load_story(record) if record is not None else None

    def list_stories(self, flt: EventFilter, cursor: str | None = None, limit: int = 100) -> Page[Story]:
        """Matching stories, newest date first (day desc, id desc)."""
        c = t.stories.c
        query = sa.select(c.record).where(*story_where(flt))
        query = desc_page(query, c.day, c.id, cursor, limit)
        with self._read() as conn:
            items = [t.load_story(record) for record in conn.execute(query).scalars()]
        return cut_page(items, limit, lambda s: [day_key(s.date), s.id])

    def delete_story(self, story_id: str) -> None:
        """Remove a story and unlink its events."""
        with self._write() as conn:
            conn.execute(sa.update(t.events).where(t.events.c.story_id == story_id).values(story_id=None))
            conn.execute(sa.delete(t.story_countries).where(t.story_countries.c.story_id == story_id))
            conn.execute(sa.delete(t.stories).where(t.stories.c.id == story_id))

    # alerts -----------------------------------------------------------------------------
    def add_alert(self, alert: Alert) -> bool:
        """Store an alert once; False when its id exists (so it is never sent twice)."""
        row = {"id": alert.id, "rule": alert.rule, "fired_at": alert.fired_at, "record": t.dumps(alert)}
        with self._write() as conn:
            stmt = self._insert(t.alerts).values(row).on_conflict_do_nothing(index_elements=["id"])
            return conn.execute(stmt.returning(t.alerts.c.id)).first() is not None

    def list_alerts(self, cursor: str | None = None, limit: int = 100) -> Page[Alert]:
        """Alerts, latest fired first (fired_at desc, id desc)."""
        c = t.alerts.c
        query = sa.select(c.record).order_by(c.fired_at.desc(), c.id.desc()).limit(max(1, limit) + 1)
        if cursor is not None:
            stamp, ident = decode_cursor(cursor)
            when = _from_micros(stamp)
            query = query.where(sa.or_(c.fired_at < when, sa.and_(c.fired_at == when, c.id < ident)))
        with self._read() as conn:
            items = [t.load_alert(record) for record in conn.execute(query).scalars()]
        return cut_page(items, limit, lambda a: [_micros(a.fired_at), a.id])

    # reviews ----------------------------------------------------------------------------
    def add_review(self, review: Review) -> Review:
        """Append a review to the audit log; returns it with its id."""
        row = {
            "event_id": review.event_id, "verdict": review.verdict, "comment": review.comment,
            "author": review.author, "created_at": review.created_at,
        }  # fmt: skip
        with self._write() as conn:
            result = conn.execute(sa.insert(t.reviews).values(row))
            new_id = result.inserted_primary_key[0] if result.inserted_primary_key else None
        created = review.created_at
        created = created.replace(tzinfo=UTC) if created.tzinfo is None else created.astimezone(UTC)
        return Review(
            event_id=review.event_id, verdict=review.verdict, comment=review.comment,
            author=review.author, created_at=created, id=int(new_id) if new_id is not None else None,
        )  # fmt: skip

    def list_reviews(self, event_id: str | None = None) -> list[Review]:
        """Reviews in the order they were made, all or of one event."""
        query = _REVIEWS if event_id is None else _REVIEWS.where(t.reviews.c.event_id == event_id)
        with self._read() as conn:
            return [_review(r) for r in conn.execute(query)]

    def reviews_of(self, event_ids: Iterable[str]) -> dict[str, list[Review]]:
        """The reviews of each reviewed event among `event_ids`, in the order they were made:
        one query per `_CHUNK` events."""
        wanted = list(dict.fromkeys(event_ids))
        found: dict[str, list[Review]] = {}
        if not wanted:
            return found
        with self._read() as conn:
            for chunk in _chunks(wanted):
                for r in conn.execute(_REVIEWS.where(t.reviews.c.event_id.in_(chunk))):
                    found.setdefault(r.event_id, []).append(_review(r))
        return found


_REVIEWS = sa.select(
    t.reviews.c.id, t.reviews.c.event_id, t.reviews.c.verdict, t.reviews.c.comment, t.reviews.c.author,
    t.reviews.c.created_at,
).order_by(t.reviews.c.id)  # fmt: skip


def _review(r: Any) -> Review:
    return Review(
        event_id=r.event_id, verdict=r.verdict, comment=r.comment, author=r.author, created_at=r.created_at,
        id=r.id,
    )  # fmt: skip


def _with_any(pairs: set[tuple[str, str]]) -> list[tuple[str, str]]:
    """(role, country) pairs plus one ("any", country) per distinct country."""
    return sorted(pairs | {(ANY, country) for _, country in pairs})


def _article(row: Any) -> Article:
    return Article(
        id=row.id, url=row.url, outlet=row.outlet, title=row.title, published=row.published,
        text=row.text, language=row.language, ingested_at=row.ingested_at,
        duplicate_of=row.duplicate_of, is_summary=bool(row.is_summary),
    )  # fmt: skip


def _set_wal(cur: Any) -> None:
    """Switch to WAL. Switching a new database can answer "locked" at once, without waiting on
    the busy timeout, while another process creates it; retry for up to ~30 s."""
    import sqlite3
    import time

    for attempt in range(300):
        try:
            cur.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or attempt == 299:
                raise
            time.sleep(0.1)
