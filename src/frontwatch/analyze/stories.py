"""Stories: one real-world event reported by several articles, merged (pipeline stage 8).

Two events report the same story (`same_story`) when they have the same PLOVER type and either
are the same sentence in a re-post and its original (one near-duplicate cluster:
`Article.duplicate_of` links them; word-set Jaccard ≥ 0.6, so a copy that drops the wire
dateline still counts), whatever the coder made of each copy's actors, place, factuality or
relative dates; or have
  * compatible factuality: the same one, or a claim that something happened (actual) and its
    denial (negated), so that a claim and its denial end up in one story. A plan (future), a
    fear (hypothetical) and a denial are three different stories ("Minsk will not join the war"
    is not the same story as "Kyiv fears Minsk will join");
  * overlapping actor countries and overlapping recipient countries (a side with no known
    country matches only another such side: precision first), except that a denial which
    leaves the agent out ("Belarus has denied that its airspace has been used for attacks on
    Ukraine") matches any agent when the recipients share a country: its agent is unknown, not
    nobody;
  * the same place: within 50 km; or, when both places are known to their first-level region
    (admin1) but are not both points or cities, the same region; or, when one is known only to
    its country, the same location country; an unknown place matches only an unknown place;
  * date windows within a day. A dated event's window is the days its date covers
    (`resolve.dates.date_span`: a day; a stated period, "this week", "from January 16 to
    February 1", "a week after …"; a month), cut at its article's publication unless it is a
    plan or fear; a date vaguer than MAX_SPAN (31) days (a year) places it nowhere. An undated
    event is taken to have happened in the REPORT_LAG (2) days up to its article's publication,
    an undated plan or fear (a statement about what is to come) on its publication day.

An event joins the existing story it fits best — one holding the sentence it re-posts; else,
for a denial, the one with most matched claims (a denial belongs with the claim it answers);
else the one with most matched members — provided its factuality is compatible with every
member's and, unless it re-posts a member's sentence, its date window is within a day of every
member's (so daily reports of the same kind never chain into one long story; a denial joining
a story that holds claims is timed against the claims only, which may be up to DENIAL_REACH (7)
days older — it answers them — so that denials of one claim made on different days join it,
while still matching some member within a day) and its place is no other place than any
member's (so a member known only to the country does not bridge two regions). Events are
taken in ingest order (article ingested_at, article id, position in the text), incrementally
(`update_stories`) and in a full recompute (`rebuild_stories`) alike, and the incremental
look-up finds every story holding an event the new one matches (dated events by date, undated
ones by their article's publication, re-posts through all the articles of their near-duplicate
cluster), so both give the same stories however the events are split into calls (one article,
a batch, a partition of `batch`).

Story fields: the canonical facts come from the members that are not denials (from all members
when every member is a denial): the most common factuality, mode, place and date (ties: the
earliest), the actors and recipients of the first such member plus any further countries other
members name, the mean intensity. `first_reported` / `last_reported` span the members' articles'
publication times (ingest time when unpublished). Counts are of distinct articles: `num_articles`
(re-posts included), `num_outlets` (distinct outlet names; URL host, else the article, when the
outlet is unknown), `num_asserted` (articles reporting it as actual), `num_attributed` (articles
whose report of it is attributed to a party, whatever the factuality), `num_denied` (articles
reporting a denial). The story id is a hash of its first member's event id.

An event whose latest review verdict is "wrong" is never part of a story.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta
from typing import Any, TypeVar
from urllib.parse import urlsplit

from ..models import Article, Entity, Event, EventFilter, Place, Review, Story, sha256_hex
from ..resolve.dates import date_span
from ..store import Store, iter_pages
from ..store.base import ArticleFilter

MAX_KM = 50.0
MAX_DAYS = 1
REPORT_LAG = 2  # an undated event happened at most this many days before its article
MAX_SPAN = 31  # a date known only to a longer period (a year) cannot put two reports within a day
DENIAL_REACH = 7  # a denial may answer claims made up to this many days before it
EARLY = 3  # a window may start this many days before its date ("two weeks ago": date_span)
FINE_PRECISIONS = ("point", "city")
FACTUALITIES = ("actual", "future", "hypothetical", "negated")
_PAGE = 500
T = TypeVar("T")


# 1. criteria ---------------------------------------------------------------------------------
def factuality_class(factuality: str) -> str:
    """happened (actual), expected (future, hypothetical) or denied (negated)."""
    if factuality == "negated":
        return "denied"
    return "expected" if factuality in ("future", "hypothetical") else "happened"


def compatible_factuality(a: str, b: str) -> bool:
    """Whether one story can hold events of these two factualities: the same one, or a claim
    that something happened (actual) and its denial (negated). A plan (future) and a fear
    (hypothetical) are different stories, and neither merges with a denial."""
    return a == b or {a, b} == {"actual", "negated"}


def cluster_of(article: Article | None) -> str | None:
    """The near-duplicate cluster of an article: the id of the original it re-posts, or its own."""
    if article is None:
        return None
    return article.duplicate_of or article.id


def _countries(entities: Iterable[Entity]) -> set[str]:
    return {e.country for e in entities if e.country}


def _sides_overlap(a: Iterable[Entity], b: Iterable[Entity]) -> bool:
    """Countries in common; a side with no known country matches only another such side."""
    ca, cb = _countries(a), _countries(b)
    if not ca or not cb:
        return not ca and not cb
    return bool(ca & cb)


def _participants_match(a: Event, b: Event) -> bool:
    """Overlapping actor and recipient countries. A denial often leaves one side out ("Belarus
    has denied that its airspace has been used for attacks on Ukraine": no agent; "no Russian
    drone had been launched from Belarus": no target); that side is unknown rather than nobody,
    so it matches any, provided the other side names a country in common."""
    actors, recipients = _sides_overlap(a.actors, b.actors), _sides_overlap(a.recipients, b.recipients)
    if actors and recipients:
        return True
    denials = [e for e in (a, b) if e.factuality == "negated"]
    if not actors and recipients and any(not _countries(e.actors) for e in denials):
        return bool(_countries(a.recipients) & _countries(b.recipients))
    if actors and not recipients and any(not _countries(e.recipients) for e in denials):
        return bool(_countries(a.actors) & _countries(b.actors))
    return False


def _words(text: str) -> set[str]:
    return set("".join(ch.lower() if ch.isalnum() else " " for ch in text).split())


def same_sentence(a: Event, b: Event, threshold: float = 0.6) -> bool:
    """Near-identical evidence sentences (word-set Jaccard), as in a re-post and its original."""
    wa, wb = _words(a.evidence.sentence), _words(b.evidence.sentence)
    return bool(wa and wb) and len(wa & wb) / len(wa | wb) >= threshold


def date_window(event: Event, article: Article | None) -> tuple[date, date] | None:
    """When the event happened: the days its date covers (a day; a stated period, "this week",
    "from January 16 to February 1"; a month), no later than its article's publication unless
    it is expected; else, undated, the REPORT_LAG days up to its article's publication (an
    undated event is reported soon after it happens); None when unknown or when the date is
    vaguer than MAX_SPAN days."""
    pub = _utc(article.published).date() if article is not None and article.published is not None else None
    expected = factuality_class(event.factuality) == "expected"
    if event.date is not None:
        first, last = date_span(event.date, event.date_precision, event.date_text)
        if pub is not None and not expected and last > pub:
            last = max(first, pub)
        if (last - first).days >= MAX_SPAN:
            return None
    elif pub is not None:
        first, last = pub - timedelta(days=0 if expected else REPORT_LAG), pub
    else:
        return None
    return first, last


def _gap(a: tuple[date, date], b: tuple[date, date]) -> int:
    """Days between two date windows (≤ 0 when they overlap)."""
    return max((a[0] - b[1]).days, (b[0] - a[1]).days)


def _reposted(a: Event, b: Event, article_a: Article | None, article_b: Article | None) -> bool:
    """The same sentence in a re-post and its original (or two re-posts of one original)."""
    ca, cb = cluster_of(article_a), cluster_of(article_b)
    return ca is not None and ca == cb and a.article_id != b.article_id and same_sentence(a, b)


def distance_km(a: Place, b: Place) -> float | None:
    """Great-circle distance between two places, None when either lacks coordinates."""
    if a.lat is None or a.lon is None or b.lat is None or b.lon is None:
        return None
    p1, p2 = math.radians(a.lat), math.radians(b.lat)
    dp, dl = p2 - p1, math.radians(b.lon - a.lon)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(h)))


def _region(place: Place) -> str | None:
    """The first-level region a place lies in (itself for a region), when known."""
    return place.admin1 or (place.name if place.precision == "admin1" else None)


def same_place(a: Place | None, b: Place | None, max_km: float = MAX_KM) -> bool:
    """Within `max_km` when both are points or cities; in the same first-level region when both
    are known to that level; else in the same country (see the module docstring)."""
    if a is None or b is None:
        return a is None and b is None
    km = distance_km(a, b)
    if km is not None and km <= max_km:
        return True
    if a.precision in FINE_PRECISIONS and b.precision in FINE_PRECISIONS and km is not None:
        return False
    regional = (*FINE_PRECISIONS, "admin1")
    ra, rb = _region(a), _region(b)
    if a.precision in regional and b.precision in regional and ra and rb:
        return ra == rb and a.country == b.country
    return bool(a.country and b.country and a.country == b.country)


def _placeless_denial(a: Event, b: Event) -> bool:
    """One of the two denies an event without saying where ("no drone had been launched"): the
    place of what did not happen is unknown, not elsewhere."""
    return any(e.factuality == "negated" and e.location is None for e in (a, b))


def _places_conflict(a: Place | None, b: Place | None) -> bool:
    """Both places known and not the same place (an unknown place conflicts with none)."""
    return a is not None and b is not None and not same_place(a, b)


def same_story(
    a: Event,
    b: Event,
    *,
    article_a: Article | None = None,
    article_b: Article | None = None,
    max_km: float = MAX_KM,
    max_days: int = MAX_DAYS,
) -> bool:
    """Whether two events report the same real-world event (criteria in the module docstring);
    the articles give the near-duplicate cluster and, for undated events, the publication day."""
    if a.event_type != b.event_type:
        return False
    if _reposted(a, b, article_a, article_b):
        return True  # the same sentence, whatever the coder made of each copy
    if not compatible_factuality(a.factuality, b.factuality):
        return False
    if not _participants_match(a, b):
        return False
    if not (same_place(a.location, b.location, max_km) or _placeless_denial(a, b)):
        return False
    wa, wb = date_window(a, article_a), date_window(b, article_b)
    return wa is not None and wb is not None and _gap(wa, wb) <= max_days


# 2. story records ----------------------------------------------------------------------------
def story_id_for(first_event_id: str) -> str:
    """Deterministic story id from the id of the story's first event."""
    return sha256_hex(f"story:{first_event_id}")[:32]


def _utc(value: datetime) -> datetime:
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


def ingest_order(event: Event, articles: Mapping[str, Article | None]) -> tuple[datetime, str, int, str]:
    """Sort key: the order in which events reach the store."""
    article = articles.get(event.article_id)
    ingested = _utc(article.ingested_at) if article is not None else _EPOCH
    return (ingested, event.article_id, event.evidence.start, event.id)


def reported_at(article: Article) -> datetime:
    """When an article reported: its publication time, else when it was ingested (UTC)."""
    return _utc(article.published or article.ingested_at)


def _outlet_key(article: Article) -> str:
    if article.outlet and article.outlet.strip():
        return article.outlet.strip().lower()
    if article.url:
        host = urlsplit(article.url).hostname
        if host:
            return host.removeprefix("www.")
    return f"article:{article.id}"


def _most_common(values: Sequence[T], tie: Callable[[T], Any] | None = None) -> T | None:
    """The most frequent value; ties go to the smallest `tie` key, else to the first seen."""
    if not values:
        return None
    counts = Counter(values)
    best = max(counts.values())
    tied = [v for v in dict.fromkeys(values) if counts[v] == best]
    return min(tied, key=tie) if tie is not None else tied[0]


def _merge_entities(groups: Iterable[Sequence[Entity]]) -> tuple[Entity, ...]:
    """The first group's entities plus those of later groups naming a country not yet there."""
    merged: list[Entity] = []
    seen: set[str] = set()
    for group in groups:
        for entity in group:
            key = entity.country or f"name:{entity.name}"
            if key not in seen:
                seen.add(key)
                merged.append(entity)
    return tuple(merged)


_PRECISION_RANK = {"point": 0, "city": 1, "admin1": 2, "country": 3, "region": 4}


def build_story(story_id: str, members: Sequence[Event], articles: Mapping[str, Article | None]) -> Story:
    """A story record from its member events (in ingest order) and their articles."""
    if not members:
        raise ValueError("a story needs at least one event")
    basis = [e for e in members if e.factuality != "negated"] or list(members)
    factuality = _most_common([e.factuality for e in basis])
    assert factuality is not None
    lead = [e for e in basis if e.factuality == factuality]
    mode = _most_common([e.mode for e in basis if e.mode])
    places = [e.location for e in basis if e.location is not None]
    place_key = _most_common(
        [(p.name, p.country) for p in places],
        tie=lambda k: min(_PRECISION_RANK.get(p.precision, 9) for p in places if (p.name, p.country) == k),
    )
    location = next((p for p in places if (p.name, p.country) == place_key), None)
    days = [e.date for e in basis if e.date] or [e.date for e in members if e.date]
    day = _most_common(days, tie=lambda d: d)
    dated = [e for e in lead if e.date == day] or lead
    actors = _merge_entities([dated[0].actors, *(e.actors for e in basis)])
    recipients = _merge_entities([dated[0].recipients, *(e.recipients for e in basis)])

    arts = {e.article_id: articles.get(e.article_id) for e in members}
    known = [a for a in arts.values() if a is not None]
    times = [reported_at(a) for a in known]

    def count(pred: Callable[[Event], bool]) -> int:
        return len({e.article_id for e in members if pred(e)})

    return Story(
        id=story_id,
        event_type=members[0].event_type,
        mode=mode,
        actors=actors,
        recipients=recipients,
        location=location,
        date=day,
        factuality=factuality,
        intensity=round(sum(e.intensity for e in basis) / len(basis), 3),
        first_reported=min(times) if times else None,
        last_reported=max(times) if times else None,
        num_articles=len(arts),
        num_outlets=len({_outlet_key(a) for a in known}) + sum(1 for a in arts.values() if a is None),
        event_ids=tuple(e.id for e in members),
        num_asserted=count(lambda e: e.factuality == "actual"),
        num_attributed=count(lambda e: e.attribution is not None),
        num_denied=count(lambda e: e.factuality == "negated"),
    )


# 3. joining an event to a story ----------------------------------------------------------------


def fit(event: Event, members: Sequence[Event], articles: Mapping[str, Article | None]) -> int:
    """How many members of a story the event matches, 0 when it cannot join the story: its
    factuality must fit every member's and, unless it re-posts a member's sentence, its date
    window lie within MAX_DAYS of every member's (so that daily reports never chain into one
    story; a denial in a story holding claims only of every claim's, reaching DENIAL_REACH days
    back: the denials of one claim, made on different days, are dated by the claims they
    answer) and its place be no other place than any member's."""
    if not all(compatible_factuality(event.factuality, f) for f in {m.factuality for m in members}):
        return 0  # a story holds one factuality, or a claim and its denials
    art = articles.get(event.article_id)
    window = date_window(event, art)
    # a re-post of a member's sentence is that member's event, whatever its dates or place say
    repost = any(_reposted(event, m, art, articles.get(m.article_id)) for m in members)
    denial_of_claims = event.factuality == "negated" and any(m.factuality != "negated" for m in members)
    matched = 0
    for member in members:
        other = articles.get(member.article_id)
        if not repost:
            theirs = date_window(member, other)
            if window and theirs and denial_of_claims:
                # timed against the claims it answers, which may be up to DENIAL_REACH days older
                reach = (window[0] - timedelta(days=DENIAL_REACH), window[1])
                if member.factuality != "negated" and _gap(reach, theirs) > MAX_DAYS:
                    return 0
            elif window and theirs and _gap(window, theirs) > MAX_DAYS:
                return 0
            if _places_conflict(event.location, member.location):
                return 0
        if same_story(event, member, article_a=art, article_b=other):
            matched += 1
    return matched


def _choose(
    event: Event,
    candidates: Mapping[str, Sequence[Event]],
    articles: Mapping[str, Article | None],
    rank: Callable[[str], Any],
) -> str | None:
    """The candidate story the event fits best: one holding the sentence it re-posts; else, for
    a denial, the one with most matched claims (a denial belongs with the claim it answers
    rather than with another denial); then most matched members; then `rank`."""
    art = articles.get(event.article_id)
    denial = event.factuality == "negated"
    scored = []
    for sid, members in candidates.items():
        n = fit(event, members, articles)
        if n > 0:
            repost = any(_reposted(event, m, art, articles.get(m.article_id)) for m in members)
            claims = [m for m in members if denial and m.factuality != "negated"]
            answered = sum(
                same_story(event, m, article_a=art, article_b=articles.get(m.article_id)) for m in claims
            )
            scored.append(((repost, answered, n), sid))
    if not scored:
        return None
    best = max(n for n, _ in scored)
    return min((sid for n, sid in scored if n == best), key=rank)


def _spans(event: Event) -> bool:
    """Whether a dated event's window is longer than its day (its article may then cut it)."""
    return (
        event.date is not None
        and date_span(event.date, event.date_precision, event.date_text)[1] != event.date
    )


def _drivers(event: Event) -> list[EventFilter]:
    """Country filters that together find every event that can match `event` (other than a
    re-post of its sentence): a match shares a recipient country or an actor country with it
    (a denial that leaves one side out shares the other); with neither, the type alone."""
    recipients, actors = sorted(_countries(event.recipients)), sorted(_countries(event.actors))
    found = [EventFilter(recipient=c) for c in recipients] + [EventFilter(actor=c) for c in actors]
    return found or [EventFilter()]


def _days(window: tuple[date, date], margin: int) -> list[date]:
    span = (window[1] - window[0]).days + 2 * margin
    return [window[0] + timedelta(days=d - margin) for d in range(span + 1)]


def cluster_events(events: Sequence[Event], articles: Mapping[str, Article | None]) -> list[Story]:
    """Group events into stories in memory (pure): the full recompute, also used by benchmarks."""
    members: dict[str, list[Event]] = {}
    by_day: dict[tuple[str, date], set[str]] = {}
    by_cluster: dict[tuple[str, str], set[str]] = {}
    order: dict[str, int] = {}
    for event in sorted(events, key=lambda e: ingest_order(e, articles)):
        article = articles.get(event.article_id)
        cluster = cluster_of(article)
        window = date_window(event, article)
        found: set[str] = set()
        if window is not None:
            for day in _days(window, MAX_DAYS):
                found |= by_day.get((event.event_type, day), set())
        if cluster is not None:
            found |= by_cluster.get((event.event_type, cluster), set())
        sid = _choose(event, {s: members[s] for s in found}, articles, order.__getitem__)
        if sid is None:
            sid = story_id_for(event.id)
            members[sid] = []
            order[sid] = len(order)
        members[sid].append(event)
        if window is not None:
            for day in _days(window, 0):
                by_day.setdefault((event.event_type, day), set()).add(sid)
        if cluster is not None:
            by_cluster.setdefault((event.event_type, cluster), set()).add(sid)
    return [build_story(sid, evs, articles) for sid, evs in members.items()]


# 4. against the store ------------------------------------------------------------------------
def latest_verdict(store: Store, event_id: str) -> str | None:
    """The verdict of an event's latest review, None when never reviewed."""
    return verdict_of(store.list_reviews(event_id))


def verdict_of(reviews: Sequence[Review]) -> str | None:
    """The verdict of the latest of an event's reviews (listed in the order made), or None."""
    if not reviews:
        return None
    latest = max(enumerate(reviews), key=lambda ir: (_utc(ir[1].created_at), ir[1].id or 0, ir[0]))
    return latest[1].verdict


def _all_stories(store: Store, flt: EventFilter) -> list[Story]:
    return list(iter_pages(lambda c: store.list_stories(flt, c, _PAGE)))


def _all_events(store: Store, flt: EventFilter) -> list[Event]:
    return list(iter_pages(lambda c: store.list_events(flt, c, _PAGE)))


class _Cache:
    """Articles and events read during one update, so that each is read once."""

    def __init__(self, store: Store, articles: Mapping[str, Article]) -> None:
        self.store = store
        self.articles: dict[str, Article | None] = dict(articles)

    def article(self, article_id: str) -> Article | None:
        if article_id not in self.articles:
            self.articles[article_id] = self.store.get_article(article_id)
        return self.articles[article_id]

    def members(self, story: Story) -> list[Event]:
        found = [self.store.get_event(eid) for eid in story.event_ids]
        events = [e for e in found if e is not None]
        for e in events:
            self.article(e.article_id)
        return events


class _Update:
    """One `update_stories` call: what it read, and the stories it changed, written at the end
    (one write per story however many of the new events joined it)."""

    def __init__(self, store: Store, articles: Mapping[str, Article]) -> None:
        self.store = store
        self.cache = _Cache(store, articles)
        self.assigned: dict[str, str] = {}  # event id → story id, decided in this call
        self.pending: dict[str, list[Event]] = {}  # story id → members, changed in this call
        self.by_article: dict[str, list[Event]] = {}
        self.reposts: dict[str, list[str]] = {}  # original's id → its re-posts' ids
        self.undated: dict[tuple[str, date], list[Event]] = {}  # (type, publication day) → events

    def _events_of(self, article_id: str) -> list[Event]:
        # by article alone: the article index answers at once, whatever the type
        if article_id not in self.by_article:
            self.by_article[article_id] = _all_events(self.store, EventFilter(article_id=article_id))
        return self.by_article[article_id]

    def _story_of(self, event: Event) -> str | None:
        return self.assigned.get(event.id, event.story_id)

    def _cluster_articles(self, cluster: str) -> list[str]:
        """The articles of a near-duplicate cluster: the original and every re-post of it."""
        if cluster not in self.reposts:
            flt = ArticleFilter(duplicate_of=cluster)
            pages = iter_pages(lambda c: self.store.list_articles(flt, c, _PAGE))
            self.reposts[cluster] = [a.id for a in pages]
        return [cluster, *self.reposts[cluster]]

    def _nearby(self, event: Event, window: tuple[date, date]) -> list[Event]:
        """Events of the type whose window may lie within MAX_DAYS of `window`."""
        kind = (event.event_type,)
        since = window[0] - timedelta(days=MAX_DAYS + REPORT_LAG)
        until = window[1] + timedelta(days=MAX_DAYS + EARLY)
        found = _all_events(self.store, EventFilter(event_type=kind, since=since, until=until))
        # events dated before that range whose window still reaches it: a period, dated by its
        # first day, up to MAX_SPAN days long; looked up by the countries and the factualities
        # any match must share (see _drivers)
        facts = tuple(f for f in FACTUALITIES if compatible_factuality(event.factuality, f))
        for flt in _drivers(event):
            wide = replace(
                flt, event_type=kind, factuality=facts, since=since - timedelta(days=MAX_SPAN),
                until=since - timedelta(days=1),
            )  # fmt: skip
            found += _all_events(self.store, wide)
        # undated events, whose window is the REPORT_LAG days up to their article's publication:
        # found by that publication, whatever story (dated or not) they are in
        first, last = window[0] - timedelta(days=MAX_DAYS), window[1] + timedelta(days=MAX_DAYS + REPORT_LAG)
        return found + self._undated(event.event_type, first, last)

    def _undated(self, event_type: str, first: date, last: date) -> list[Event]:
        """Undated events of a type whose article was published (UTC) on the days `first` to
        `last`; each day's read once per call (the events of one batch are days apart at most)."""
        days = [first + timedelta(days=d) for d in range((last - first).days + 1)]
        missing: dict[date, list[Event]] = {d: [] for d in days if (event_type, d) not in self.undated}
        if missing:
            lo, hi = min(missing), max(missing) + timedelta(days=1)
            found = self.store.list_undated_events(
                event_type, datetime.combine(lo, time(), UTC), datetime.combine(hi, time(), UTC)
            )
            for e in found:
                art = self.cache.article(e.article_id)
                if art is not None and art.published is not None:
                    missing.get(_utc(art.published).date(), []).append(e)
            self.undated.update(((event_type, d), evs) for d, evs in missing.items())
        return [e for d in days for e in self.undated[(event_type, d)]]

    def candidates(self, event: Event) -> tuple[dict[str, list[Event]], str | None]:
        """(candidate stories with their members, the story already holding the event or None).

        Indexed look-ups find every stored event the new one may match: same type with a
        date window within MAX_DAYS of its own (dated events by date, undated ones by their
        article's publication), and same type in its near-duplicate cluster (the original and
        all its re-posts). Only the stories of events it matches pairwise are loaded with all
        their members: so every story the full recompute would consider is considered, and the
        stories do not depend on how the events were split into calls."""
        article = self.cache.article(event.article_id)
        cluster = cluster_of(article)
        window = date_window(event, article)
        nearby = self._nearby(event, window) if window is not None else []
        story_ids: dict[str, None] = {}
        related: list[Event] = []
        own = self._cluster_articles(cluster) if cluster else []
        for article_id in dict.fromkeys([*own, event.article_id]):
            related += [e for e in self._events_of(article_id) if e.event_type == event.event_type]
        home: str | None = None
        # a day-dated event from outside the cluster needs no article (its date is its window)
        pairs = [
            *((e, self.cache.article(e.article_id) if _spans(e) or e.date is None else None) for e in nearby),
            *((e, self.cache.article(e.article_id)) for e in related),
        ]
        for other, other_article in pairs:
            sid = self._story_of(other)
            if sid is None:
                continue
            if other.id == event.id:
                home = sid
            elif same_story(event, other, article_a=article, article_b=other_article):
                story_ids[sid] = None
        if home is not None:
            story_ids[home] = None
        found: dict[str, list[Event]] = {}
        for sid in story_ids:
            members = self.pending.get(sid)
            if members is None:
                members = _all_events(self.store, EventFilter(story_id=sid))
            if members:
                for m in members:
                    self.cache.article(m.article_id)
                found[sid] = sorted(members, key=lambda e: ingest_order(e, self.cache.articles))
        return found, home

    def add(self, event: Event) -> None:
        """Put one event into the story it fits best, or a new one."""
        candidates, home = self.candidates(event)
        if home is not None and home in candidates:  # stored again: refresh the story it is in
            sid = home
            members = [event if m.id == event.id else m for m in candidates[home]]
        else:
            first = {k: ingest_order(evs[0], self.cache.articles) for k, evs in candidates.items()}
            chosen = _choose(event, candidates, self.cache.articles, first.__getitem__)
            sid = chosen if chosen is not None else story_id_for(event.id)
            members = [*candidates.get(sid, []), event]
        self.pending[sid] = members
        self.assigned[event.id] = sid

    def write(self) -> list[Story]:
        stories = [build_story(sid, members, self.cache.articles) for sid, members in self.pending.items()]
        self.store.put_stories(stories)  # one transaction, as many put_story calls in turn
        return stories


def update_stories(store: Store, events: Sequence[Event], articles: Mapping[str, Article]) -> list[Story]:
    """Merge newly stored events into stories (incremental, on ingest); returns the stories
    created or changed. `articles` holds at least the events' own articles (others are read
    from the store). Candidates are looked up by type and date window and by near-duplicate
    cluster through the store's indexes, never by a full scan.

    The events may come from many articles at once (a batch stored in one transaction): they
    are taken in ingest order, what is read is read once for the batch, and each changed
    story is written once — the same stories as one call per article."""
    update = _Update(store, articles)
    cache = update.cache
    reviews = store.reviews_of(e.id for e in events)  # one look-up for the batch, not one per event
    for event in sorted(events, key=lambda e: ingest_order(e, {e.article_id: cache.article(e.article_id)})):
        if verdict_of(reviews.get(event.id, ())) != "wrong":
            update.add(event)
    return update.write()


def rebuild_stories(store: Store) -> list[Story]:
    """Recompute every story from every event (except those reviewed as wrong)."""
    events = _all_events(store, EventFilter(exclude_wrong=True))
    cache = _Cache(store, {})
    for event in events:
        cache.article(event.article_id)
    old = {s.id for s in _all_stories(store, EventFilter())}
    stories = cluster_events(events, cache.articles)
    for story in stories:
        store.put_story(story)
    for sid in old - {s.id for s in stories}:
        store.delete_story(sid)
    return stories


def rebuild_story_of(store: Store, event_id: str) -> list[Story]:
    """Re-derive the story of one event after a review: an event now judged wrong leaves its
    story (which may split or vanish); one no longer judged wrong joins a story again.
    Returns the stories written."""
    event = store.get_event(event_id)
    if event is None:
        return []
    wrong = latest_verdict(store, event_id) == "wrong"
    cache = _Cache(store, {})
    story = store.get_story(event.story_id) if event.story_id else None
    if story is None or event_id not in story.event_ids:
        if wrong:
            return []
        return update_stories(store, [event], {})
    members = [m for m in cache.members(story) if not (wrong and m.id == event_id)]
    members = [m for m in members if m.id == event_id or latest_verdict(store, m.id) != "wrong"]
    parts = cluster_events(members, cache.articles) if members else []
    for part in parts:
        store.put_story(part)
    if story.id not in {p.id for p in parts}:
        store.delete_story(story.id)
    return parts
