"""The records that flow through frontwatch, as frozen dataclasses.

Field names are the JSON contract of docs/architecture.md (and DESIGN.md): `to_dict` gives
exactly those names. Nothing in this module does I/O.
"""

from __future__ import annotations

import dataclasses
import hashlib
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Literal

EVENT_TYPES: tuple[str, ...] = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)  # fmt: skip

MODES: dict[str, tuple[str, ...]] = {
    "CONSULT": ("visit", "third-party", "multilateral", "phone"),
    "RETREAT": ("withdraw", "release", "disarm", "ceasefire", "access", "resign"),
    "REQUEST": ("assist", "change", "yield", "meet"),
    "REJECT": ("assist", "change", "yield", "meet"),
    "ACCUSE": ("disapprove", "investigate", "allege"),
    "THREATEN": ("restrict", "arrest", "relations", "expel", "territory", "violence"),
    "PROTEST": ("demo", "riot", "strike", "hunger", "boycott", "obstruct", "vandalize"),
    "SANCTION": ("convict", "expel", "withdraw", "discontinue"),
    "MOBILIZE": ("troops", "weapons", "police", "militia"),
    "COERCE": ("seize", "restrict", "censor", "curfew", "martial-law", "arrest", "deport",
               "withhold", "misinformation", "cyber"),
    "ASSAULT": ("abduct", "beat", "torture", "sexual", "targeted", "destroy", "primitive",
                "firearms", "explosives", "suicide-attack", "aerial", "drone", "heavy-weapons",
                "crowd-control", "unconventional"),
}  # fmt: skip

Factuality = Literal["actual", "future", "hypothetical", "negated"]
FACTUALITY_VALUES: tuple[str, ...] = ("actual", "future", "hypothetical", "negated")
PRECISIONS: tuple[str, ...] = ("point", "city", "admin1", "country", "region")
DATE_PRECISIONS: tuple[str, ...] = ("day", "month", "year")


def sha256_hex(text: str) -> str:
    """Hex sha256 of a string (UTF-8)."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


_SCALARS = (str, int, float, type(None))  # JSON-ready as they are: most values of a record
# The field names of each record class met (a fixed, small number of classes): the client writes
# every stored event through `to_dict`, and `dataclasses.fields` rebuilds its tuple each call.
_FIELD_NAMES: dict[type, tuple[str, ...]] = {}


def _plain(value: Any) -> Any:
    """Turn dataclasses, dates and tuples into JSON-ready values."""
    if isinstance(value, _SCALARS):
        return value
    names = _FIELD_NAMES.get(type(value))
    if names is None and dataclasses.is_dataclass(value) and not isinstance(value, type):
        names = _FIELD_NAMES[type(value)] = tuple(f.name for f in dataclasses.fields(value))
    if names is not None:
        return {name: _plain(getattr(value, name)) for name in names}
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value


class _Record:
    """Mixin: `to_dict()` with the contract's field names."""

    def to_dict(self) -> dict[str, Any]:
        return _plain(self)  # type: ignore[no-any-return]


@dataclass(frozen=True)
class RawDocument(_Record):
    """One input document as read from outside, before cleaning.

    `source` names where it came from (a path, URL, `-`, or `file.warc#3`) for error messages.
    `data` holds the raw bytes exactly as read (kept compressed in the store). `kind` is what
    ingest detected: text, html, json (a JSON Lines object), feed-item. Metadata fields come
    from the container (feed item, JSONL object, WARC headers, command-line overrides).
    """

    source: str
    data: bytes
    kind: str
    url: str | None = None
    title: str | None = None
    outlet: str | None = None
    published: datetime | None = None
    is_summary: bool = False


@dataclass(frozen=True)
class Article(_Record):
    """A cleaned news article. `id` is the sha256 of its normalised text."""

    id: str
    url: str | None
    outlet: str | None
    title: str | None
    published: datetime | None
    text: str
    language: str | None
    ingested_at: datetime
    duplicate_of: str | None = None
    is_summary: bool = False


@dataclass(frozen=True)
class Entity(_Record):
    """An actor, recipient or attribution source, resolved through the actor dictionary."""

    text: str
    name: str
    country: str | None
    sector: str | None
    wikidata: str | None = None


@dataclass(frozen=True)
class Place(_Record):
    """A resolved place. `precision` is one of PRECISIONS; `dominant` marks the article's
    dominant place used when the sentence names none."""

    text: str
    name: str
    country: str | None
    admin1: str | None
    lat: float | None
    lon: float | None
    precision: str
    geonames_id: int | None = None
    dominant: bool = False


@dataclass(frozen=True)
class Evidence(_Record):
    """Where an event was read: character offsets into `Article.text`."""

    sentence: str
    sentence_index: int
    start: int
    end: int
    trigger: str


@dataclass(frozen=True)
class Event(_Record):
    """One coded event; see DESIGN.md for the meaning of each field."""

    id: str
    article_id: str
    event_type: str
    mode: str | None
    contexts: tuple[str, ...]
    actors: tuple[Entity, ...]
    recipients: tuple[Entity, ...]
    location: Place | None
    date: date | None
    date_precision: str | None
    date_text: str | None
    factuality: str
    attribution: Entity | None
    evidence: Evidence
    intensity: float
    confidence: float
    story_id: str | None = None


def event_id(article_id: str, sentence_index: int, trigger_start: int, event_type: str) -> str:
    """Deterministic event id, so that `ingest` and `batch` give identical ids."""
    return sha256_hex(f"{article_id}:{sentence_index}:{trigger_start}:{event_type}")[:32]


@dataclass(frozen=True)
class Story(_Record):
    """The same real-world event reported by one or more articles."""

    id: str
    event_type: str
    mode: str | None
    actors: tuple[Entity, ...]
    recipients: tuple[Entity, ...]
    location: Place | None
    date: date | None
    factuality: str
    intensity: float
    first_reported: datetime | None
    last_reported: datetime | None
    num_articles: int
    num_outlets: int
    event_ids: tuple[str, ...]
    num_asserted: int = 0
    num_attributed: int = 0
    num_denied: int = 0


@dataclass(frozen=True)
class Alert(_Record):
    """A watch rule that fired."""

    id: str
    rule: str
    kind: str
    window_start: datetime
    window_end: datetime
    observed: float
    baseline: float | None
    story_ids: tuple[str, ...]
    fired_at: datetime
    message: str = ""


@dataclass(frozen=True)
class Review(_Record):
    """An analyst's verdict on one event (audit log entry)."""

    event_id: str
    verdict: Literal["verified", "disputed", "wrong"]
    comment: str
    author: str
    created_at: datetime
    id: int | None = None


@dataclass(frozen=True)
class EventFilter(_Record):
    """Filters shared by the CLI, the API and the store (None means no filter)."""

    event_type: tuple[str, ...] = ()
    actor: str | None = None
    recipient: str | None = None
    country: str | None = None
    factuality: tuple[str, ...] = ()
    since: date | None = None
    until: date | None = None
    article_id: str | None = None
    story_id: str | None = None
    min_confidence: float | None = None
    exclude_wrong: bool = False


@dataclass
class IngestSummary:
    """Counts for the final summary line of an ingest."""

    new: int = 0
    duplicates: int = 0
    unchanged: int = 0
    failed: int = 0
    events: int = 0
    failures: list[tuple[str, str]] = field(default_factory=list)
    article_ids: list[str] = field(default_factory=list)  # stored or already there, in order

    def line(self) -> str:
        return (
            f"{self.new} new, {self.duplicates} near-duplicates, {self.unchanged} unchanged, "
            f"{self.failed} failed; {self.events} events"
        )


@dataclass(frozen=True)
class CodedEvent:
    """The coder's output before places and dates are resolved: the event (location and date
    still None) with the sentence and the trigger's token index the resolvers start from."""

    event: Event
    sentence_index: int
    trigger_token: int
    # an armed entry coded as a move that is an incursion if its resolved place lies in a state
    # none of its forces belongs to (`retyping.incursion`)
    incursion_if_abroad: bool = False
