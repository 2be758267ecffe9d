"""The SELECT statements of the SQL store: filters as WHERE clauses, pages in keyset order.

An EventFilter becomes one statement per shape (which filters are set, not their values), built
once and cached with its compiled SQL; a country filter walks that (role, country) range of
`event_countries` in page order. Stories use the same day and country conditions. A page is
one row more than asked for, so the cursor after it is known without a count.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from typing import Any

import sqlalchemy as sa
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.compiler import SQLCompiler

from ..models import EventFilter
from . import schema as t
from .base import Page, decode_cursor, encode_cursor

ANY = "any"  # role of the rows holding every country of an event or story once

_COUNTRY_ROLES = {"actor": "actor", "recipient": "recipient", "country": ANY}
"""EventFilter's country fields and the event_countries role each matches, most selective first."""


def _country_filters(flt: EventFilter) -> list[tuple[str, str, str]]:
    """(role, filter field, code) of the country filters set, the most selective first: the
    first one is the range a filtered event query walks."""
    return [(role, name, code) for name, role in _COUNTRY_ROLES.items() if (code := getattr(flt, name))]


def _countries_where(
    codes: Iterable[tuple[str, Any]],
    key: sa.ColumnElement[Any],
    side: sa.Table,
    side_key: sa.ColumnElement[Any],
) -> list[sa.ColumnElement[bool]]:
    """(role, code) filters as primary-key probes of a (key, role, country) table."""
    return [
        sa.select(sa.literal(1)).where(side_key == key, side.c.role == role, side.c.country == code).exists()
        for role, code in codes
    ]


def _days_where(day: sa.ColumnElement[int], since: Any, until: Any) -> list[sa.ColumnElement[bool]]:
    """Day ordinals (or parameters holding them) from `since` and up to `until`."""
    conds: list[sa.ColumnElement[bool]] = []
    if since is not None:
        conds.append(day >= since)
    if until is not None:
        conds.append(day.between(1, until))
    return conds


class _NoIndex(sa.sql.functions.GenericFunction[Any]):
    """A column the planner must not use an index for (`+col` on SQLite, plain elsewhere)."""

    name = "noindex"
    inherit_cache = True


@compiles(_NoIndex)
def _no_index_default(element: _NoIndex, compiler: Any, **kw: Any) -> str:
    return str(compiler.process(element.clauses, **kw))


@compiles(_NoIndex, "sqlite")
def _no_index_sqlite(element: _NoIndex, compiler: Any, **kw: Any) -> str:
    return "+" + str(compiler.process(element.clauses, **kw))


def events_query(
    flt: EventFilter, select: str, cursor: str | None = None, limit: int | None = None
) -> tuple[sa.Select[Any], dict[str, Any]]:
    """The statement and parameters selecting the matching events: `select` names the
    columns ("events", "records" or "count"); a page of them (day desc, id desc, one row
    more than `limit`, after the cursor) when `limit` is given.

    The statement depends only on which filters are set, not on their values, so one built
    statement (and SQLAlchemy's compiled form of it) serves every query of its shape."""
    params: dict[str, Any] = {f"type_{i}": v for i, v in enumerate(flt.event_type)}
    params.update((f"fact_{i}", v) for i, v in enumerate(flt.factuality))
    if flt.since is not None:
        params["since"] = flt.since.toordinal()
    if flt.until is not None:
        params["until"] = flt.until.toordinal()
    for name in ("article_id", "story_id", "min_confidence"):
        if (value := getattr(flt, name)) is not None:
            params[name] = value
    countries = _country_filters(flt)
    params.update((name, code) for _, name, code in countries)
    drive = countries[0][0] if countries and flt.article_id is None and flt.story_id is None else None
    if cursor is not None:
        params["last_day"], params["last_id"] = decode_cursor(cursor)
    if limit is not None:
        params["limit"] = max(1, limit) + 1
    return _event_statement(select, drive, frozenset(params), flt.exclude_wrong), params


@functools.lru_cache(maxsize=1024)
def _event_statement(
    select: str, drive: str | None, given: frozenset[str], exclude_wrong: bool
) -> sa.Select[Any]:
    """The statement for one shape of event query, with a named parameter per filter value.

    With a country filter the query walks that (role, country) range of event_countries,
    already in page order, and probes the events by key; otherwise the events' own indexes.
    While walking a range the date range applies to its index and the other event columns are
    kept off their indexes, so SQLite walks in page order instead of sorting a type or
    factuality range."""
    c = t.events.c
    columns = {
        "events": (c.record, c.article_id, c.story_id),
        "records": (c.record, c.article_id, c.story_id, c.day, c.id),
        "count": (sa.func.count(),),
    }[select]

    def param(name: str) -> Any:
        return sa.bindparam(name) if name in given else None

    def col(column: sa.ColumnElement[Any]) -> sa.ColumnElement[Any]:
        return _NoIndex(column, type_=column.type) if drive is not None else column

    probed: list[tuple[str, Any]] = [
        (role, sa.bindparam(name)) for name, role in _COUNTRY_ROLES.items() if name in given and role != drive
    ]
    if drive is None:
        query = sa.select(*columns).select_from(t.events)
        day, ident = c.day, c.id
    else:
        walked = t.event_countries.alias("drive")
        name = next(n for n, role in _COUNTRY_ROLES.items() if role == drive)
        query = (
            sa.select(*columns)
            .select_from(walked.join(t.events, c.id == walked.c.event_id))
            .where(walked.c.role == drive, walked.c.country == sa.bindparam(name))
        )
        day, ident = walked.c.day, walked.c.event_id
    conds = _days_where(day, param("since"), param("until"))
    # one parameter per value (not an expanding list), so that the SQL is fixed per shape
    types: list[Any] = [sa.bindparam(n) for n in sorted(given) if n.startswith("type_")]
    facts: list[Any] = [sa.bindparam(n) for n in sorted(given) if n.startswith("fact_")]
    if types:
        conds.append(col(c.event_type).in_(types))
    if facts:
        conds.append(col(c.factuality).in_(facts))
    if "article_id" in given:
        conds.append(c.article_id == sa.bindparam("article_id"))
    if "story_id" in given:
        conds.append(c.story_id == sa.bindparam("story_id"))
    if "min_confidence" in given:
        conds.append(col(c.confidence) >= sa.bindparam("min_confidence"))
    side = t.event_countries
    conds += _countries_where(probed, c.id, side, side.c.event_id)
    if exclude_wrong:
        r, later = t.reviews.alias("r"), t.reviews.alias("later")
        newest = sa.select(sa.func.max(later.c.id)).where(later.c.event_id == r.c.event_id)
        wrong = sa.select(r.c.event_id).where(r.c.verdict == "wrong", r.c.id == newest.scalar_subquery())
        conds.append(c.id.not_in(wrong))
    query = query.where(*conds)
    if "last_day" in given:
        last = sa.tuple_(sa.bindparam("last_day", type_=sa.Integer), sa.bindparam("last_id", type_=sa.String))
        query = query.where(sa.tuple_(day, ident) < last)
    if "limit" in given:
        query = query.order_by(day.desc(), ident.desc()).limit(sa.bindparam("limit", type_=sa.Integer))
    return query


@functools.lru_cache(maxsize=1024)
def sqlite_sql(query: sa.Select[Any], dialect: sa.Dialect) -> SQLCompiler:
    """A cached statement compiled for SQLite: its SQL and the order of its parameters."""
    compiled = query.compile(dialect=dialect)
    assert isinstance(compiled, SQLCompiler)
    return compiled


def story_where(flt: EventFilter) -> list[sa.ColumnElement[bool]]:
    """WHERE clauses for an EventFilter over `stories` (confidence and reviews: events only)."""
    c = t.stories.c
    conds = _days_where(
        c.day,
        flt.since.toordinal() if flt.since is not None else None,
        flt.until.toordinal() if flt.until is not None else None,
    )
    if flt.event_type:
        conds.append(c.event_type.in_(flt.event_type))
    if flt.factuality:
        conds.append(c.factuality.in_(flt.factuality))
    if flt.story_id is not None:
        conds.append(c.id == flt.story_id)
    if flt.article_id is not None:
        ev = t.events.c
        conds.append(c.id.in_(sa.select(ev.story_id).where(ev.article_id == flt.article_id)))
    side = t.story_countries
    codes = [(role, code) for role, _, code in _country_filters(flt)]
    return conds + _countries_where(codes, c.id, side, side.c.story_id)


def desc_page(
    query: sa.Select[Any],
    day: sa.ColumnElement[int],
    ident: sa.ColumnElement[str],
    cursor: str | None,
    limit: int,
) -> sa.Select[Any]:
    """Order by (day desc, id desc), start after the cursor, fetch one extra row."""
    if cursor is not None:
        last_day, last_id = decode_cursor(cursor)
        query = query.where(sa.tuple_(day, ident) < sa.tuple_(sa.literal(last_day), sa.literal(last_id)))
    return query.order_by(day.desc(), ident.desc()).limit(max(1, limit) + 1)


def cut_page(items: list[Any], limit: int, key: Any) -> Page[Any]:
    """A page of at most `limit` items and the cursor after its last one."""
    limit = max(1, limit)
    if len(items) > limit:
        return Page(items[:limit], encode_cursor(key(items[limit - 1])))
    return Page(items, None)
