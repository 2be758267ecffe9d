"""The tables of the SQL store (SQLAlchemy Core) and the JSON codecs of its records.

The migrations in `frontwatch/migrations/versions` create exactly these tables; this module is
what the store queries and what `alembic revision --autogenerate` compares against.

    articles        one row per article; raw input zlib-compressed, MinHash as uint64 bytes
    events          the full event as JSON plus the columns the filters use
    event_countries (event_id, role, country, day): role actor | recipient | location | any,
                    where `any` rows hold every country of the event once, so that `--actor`,
                    `--recipient` and `--country` are each one index range already in page order
    stories         the full story as JSON plus filter columns; story_countries as for events
    alerts          fired watch rules, never sent twice (primary key = alert id)
    reviews         append-only audit log of analysts' verdicts

`day` columns hold the date's ordinal (0 when unknown) so that ordering and date filters are
plain integer index scans on both SQLite and PostgreSQL.
"""

from __future__ import annotations

import json
import sys
from array import array
from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime
from json.encoder import encode_basestring  # type: ignore[attr-defined]
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Dialect

from ..models import Alert, Entity, Event, Evidence, Place, Story


class UTCDateTime(sa.types.TypeDecorator[datetime]):
    """A datetime always stored as UTC and always read back UTC-aware (naive input means UTC)."""

    impl = sa.DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        value = value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def key_type(length: int = 64) -> sa.types.TypeEngine[str]:
    """A string key that sorts by bytes on both backends (C collation on PostgreSQL)."""
    return sa.String(length).with_variant(sa.String(length, collation="C"), "postgresql")


metadata = sa.MetaData()

articles = sa.Table(
    "articles", metadata,
    sa.Column("id", key_type(), primary_key=True),
    sa.Column("url", sa.Text),
    sa.Column("outlet", sa.Text),
    sa.Column("title", sa.Text),
    sa.Column("published", UTCDateTime),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("language", sa.String(16)),
    sa.Column("ingested_at", UTCDateTime, nullable=False),
    sa.Column("duplicate_of", key_type()),
    sa.Column("is_summary", sa.Boolean, nullable=False),
    sa.Column("raw", sa.LargeBinary, nullable=False),
    sa.Column("signature", sa.LargeBinary),
    sa.Index("ix_articles_ingested", "ingested_at", "id"),
    sa.Index("ix_articles_published", "published"),
    sa.Index("ix_articles_outlet", "outlet"),
    sa.Index("ix_articles_duplicate_of", "duplicate_of"),
)  # fmt: skip

events = sa.Table(
    "events", metadata,
    sa.Column("id", key_type(), primary_key=True),
    sa.Column("article_id", key_type(), sa.ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
    sa.Column("story_id", key_type()),
    sa.Column("event_type", sa.String(16), nullable=False),
    sa.Column("factuality", sa.String(16), nullable=False),
    sa.Column("day", sa.Integer, nullable=False),
    sa.Column("confidence", sa.Float, nullable=False),
    sa.Column("location_country", sa.String(8)),
    sa.Column("record", sa.Text, nullable=False),
    sa.Index("ix_events_day", "day", "id"),
    sa.Index("ix_events_type_day", "event_type", "day", "id"),
    sa.Index("ix_events_factuality_day", "factuality", "day", "id"),
    sa.Index("ix_events_article", "article_id"),
    sa.Index("ix_events_story", "story_id"),
)  # fmt: skip

event_countries = sa.Table(
    "event_countries", metadata,
    sa.Column("event_id", key_type(), sa.ForeignKey("events.id", ondelete="CASCADE"), primary_key=True),
    sa.Column("role", sa.String(10), primary_key=True),
    sa.Column("country", sa.String(8), primary_key=True),
    sa.Column("day", sa.Integer, nullable=False),
    sa.Index("ix_event_countries_lookup", "role", "country", "day", "event_id"),
)  # fmt: skip

stories = sa.Table(
    "stories", metadata,
    sa.Column("id", key_type(), primary_key=True),
    sa.Column("event_type", sa.String(16), nullable=False),
    sa.Column("factuality", sa.String(16), nullable=False),
    sa.Column("day", sa.Integer, nullable=False),
    sa.Column("record", sa.Text, nullable=False),
    sa.Index("ix_stories_day", "day", "id"),
)  # fmt: skip

story_countries = sa.Table(
    "story_countries", metadata,
    sa.Column("story_id", key_type(), sa.ForeignKey("stories.id", ondelete="CASCADE"), primary_key=True),
    sa.Column("role", sa.String(10), primary_key=True),
    sa.Column("country", sa.String(8), primary_key=True),
    sa.Index("ix_story_countries_lookup", "role", "country", "story_id"),
)  # fmt: skip

alerts = sa.Table(
    "alerts", metadata,
    sa.Column("id", key_type(), primary_key=True),
    sa.Column("rule", sa.Text, nullable=False),
    sa.Column("fired_at", UTCDateTime, nullable=False),
    sa.Column("record", sa.Text, nullable=False),
    sa.Index("ix_alerts_fired", "fired_at", "id"),
)  # fmt: skip

reviews = sa.Table(
    "reviews", metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("event_id", key_type(), nullable=False),
    sa.Column("verdict", sa.String(16), nullable=False),
    sa.Column("comment", sa.Text, nullable=False),
    sa.Column("author", sa.Text, nullable=False),
    sa.Column("created_at", UTCDateTime, nullable=False),
    sa.Index("ix_reviews_event", "event_id", "id"),
)  # fmt: skip

STORE_TABLES: tuple[str, ...] = tuple(metadata.tables)


# codecs ------------------------------------------------------------------------------------
def pack_signature(signature: Sequence[int] | None) -> bytes | None:
    """A MinHash signature as little-endian uint64 bytes."""
    if signature is None:
        return None
    packed = array("Q", (int(v) for v in signature))
    if sys.byteorder == "big":
        packed.byteswap()
    return packed.tobytes()


def unpack_signature(data: bytes) -> array[int]:
    """The uint64 array a `pack_signature` result holds."""
    values = array("Q")
    values.frombytes(data)
    if sys.byteorder == "big":
        values.byteswap()
    return values


def dumps(record: Any) -> str:
    """Compact JSON of a record's contract dict."""
    return json.dumps(record.to_dict(), separators=(",", ":"), ensure_ascii=False)


def _entity(d: dict[str, Any] | None) -> Entity | None:
    return Entity(**d) if d is not None else None


def _entities(items: list[dict[str, Any]]) -> tuple[Entity, ...]:
    return tuple(Entity(**d) for d in items)


def _place(d: dict[str, Any] | None) -> Place | None:
    return Place(**d) if d is not None else None


def _date(value: str | None) -> date | None:
    return date.fromisoformat(value) if value is not None else None


def _datetime(value: str | None) -> datetime | None:
    if value is None:
        return None
    parsed = datetime.fromisoformat(value)
    return parsed.replace(tzinfo=UTC) if parsed.tzinfo is None else parsed.astimezone(UTC)


def _when(value: str) -> datetime:
    parsed = _datetime(value)
    assert parsed is not None
    return parsed


def load_event(record: str, article_id: str, story_id: str | None) -> Event:
    """An Event from its JSON; `article_id` and `story_id` come from their columns."""
    d = json.loads(record)
    return Event(
        id=d["id"], article_id=article_id, event_type=d["event_type"], mode=d["mode"],
        contexts=tuple(d["contexts"]), actors=_entities(d["actors"]),
        recipients=_entities(d["recipients"]), location=_place(d["location"]), date=_date(d["date"]),
        date_precision=d["date_precision"], date_text=d["date_text"], factuality=d["factuality"],
        attribution=_entity(d["attribution"]), evidence=Evidence(**d["evidence"]),
        intensity=d["intensity"], confidence=d["confidence"], story_id=story_id,
    )  # fmt: skip


_STORY_KEY = ',"story_id":'
_quote: Callable[[str], str] = encode_basestring  # a JSON string as json.dumps(ensure_ascii=False) writes it


def event_json(record: str, article_id: str, story_id: str | None) -> str:
    """An event's contract JSON from its stored record, as `json.dumps(load_event(...).to_dict())`
    would give it (compact, non-ASCII kept) without decoding it.

    `dumps` writes the fields in Event's order, so the record ends with `story_id`, the one
    field that changes after writing (put_story sets its column): that value is replaced. A
    record of another shape is decoded and encoded again."""
    at = record.rfind(_STORY_KEY)
    tail = record[at + len(_STORY_KEY) :]
    if (
        at > 0
        and (tail == "null}" or (tail.startswith('"') and tail.endswith('"}') and '"' not in tail[1:-2]))
        and f',"article_id":{_quote(article_id)},' in record
    ):
        value = "null" if story_id is None else _quote(story_id)
        return f"{record[: at + len(_STORY_KEY)]}{value}}}"
    d = json.loads(record)
    d["article_id"], d["story_id"] = article_id, story_id
    return json.dumps(d, separators=(",", ":"), ensure_ascii=False)


def load_story(record: str) -> Story:
    """A Story from its JSON."""
    d = json.loads(record)
    return Story(
        id=d["id"], event_type=d["event_type"], mode=d["mode"], actors=_entities(d["actors"]),
        recipients=_entities(d["recipients"]), location=_place(d["location"]), date=_date(d["date"]),
        factuality=d["factuality"], intensity=d["intensity"],
        first_reported=_datetime(d["first_reported"]), last_reported=_datetime(d["last_reported"]),
        num_articles=d["num_articles"], num_outlets=d["num_outlets"], event_ids=tuple(d["event_ids"]),
        num_asserted=d["num_asserted"], num_attributed=d["num_attributed"], num_denied=d["num_denied"],
    )  # fmt: skip


def load_alert(record: str) -> Alert:
    """An Alert from its JSON."""
    d = json.loads(record)
    return Alert(
        id=d["id"], rule=d["rule"], kind=d["kind"], window_start=_when(d["window_start"]),
        window_end=_when(d["window_end"]), observed=d["observed"], baseline=d["baseline"],
        story_ids=tuple(d["story_ids"]), fired_at=_when(d["fired_at"]), message=d["message"],
    )  # fmt: skip
