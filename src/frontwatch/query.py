"""Validation of the filters shared by the command line and the HTTP API."""

from __future__ import annotations

from datetime import UTC, date, datetime

from .errors import UsageError
from .models import EVENT_TYPES, FACTUALITY_VALUES, EventFilter


def parse_date(value: str | None, name: str) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise UsageError(f"{name}: {value!r} is not a date (use YYYY-MM-DD)") from None


def parse_datetime(value: str | None, name: str) -> datetime | None:
    if value is None:
        return None
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        raise UsageError(f"{name}: {value!r} is not a date or time (use ISO 8601)") from None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def event_filter(
    types: list[str] | None,
    actor: str | None,
    recipient: str | None,
    country: str | None,
    factuality: list[str] | None,
    since: str | None,
    until: str | None,
    min_confidence: float | None = None,
) -> EventFilter:
    """Validate the shared event filters (CLI and API) into an EventFilter."""
    kinds = tuple(t.upper() for t in types or ())
    bad = [t for t in kinds if t not in EVENT_TYPES]
    if bad:
        raise UsageError(f"type: unknown event type {', '.join(bad)} (one of {', '.join(EVENT_TYPES)})")
    facts = tuple(f.lower() for f in factuality or ())
    bad = [f for f in facts if f not in FACTUALITY_VALUES]
    if bad:
        raise UsageError(
            f"factuality: unknown value {', '.join(bad)} (one of {', '.join(FACTUALITY_VALUES)})"
        )
    codes = {}
    for name, value in (("actor", actor), ("recipient", recipient), ("country", country)):
        if value is not None and not (value.isalpha() and 2 <= len(value) <= 6):
            raise UsageError(f"{name}: {value!r} is not a country or IGO code (e.g. RUS, NATO)")
        codes[name] = value.upper() if value else None
    start, end = parse_date(since, "since"), parse_date(until, "until")
    if start and end and start > end:
        raise UsageError("since is after until")
    return EventFilter(
        event_type=kinds,
        actor=codes["actor"],
        recipient=codes["recipient"],
        country=codes["country"],
        factuality=facts,
        since=start,
        until=end,
        min_confidence=min_confidence,
    )
