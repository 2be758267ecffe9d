"""The orchestrator: one input in, stored articles and events out.

Stages, numbered as in docs/architecture.md:

    1. ingest   read & decode sources into RawDocuments        ingest.iter_documents
    2. clean    main text + metadata into an Article           clean.clean
    3. dedup    link near-identical re-posts (MinHash LSH)     dedup.NearDuplicateIndex
    4. nlp      parse candidate sentences into plain data      nlp.parse_many, nlp.add_entities
    5. code     PLOVER events, factuality, attribution         code.code_events
    6. resolve  the event's place and date                     resolve.places / resolve.dates
    7. store    article + raw bytes + events, one transaction  store.Store.store_article
    8. analyze  merge events into stories                      analyze.stories.update_stories

A bad input raises an InputError inside stages 1–2; it is reported once (via `on_failure`) and
the run goes on. Anything else stops the run. Models and dictionaries are loaded once into
`Resources` and passed in.
"""

from __future__ import annotations

import gc
import logging
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from typing import Any

from .clean import clean
from .code import candidate_filter, code_events
from .config import Settings
from .dedup import NearDuplicateIndex
from .errors import InputError
from .ingest import iter_documents
from .lexicon import Lexicon
from .localize import localized
from .models import Article, CodedEvent, Event, IngestSummary, RawDocument
from .nlp import ParsedDoc, add_entities, load_model, parse_many
from .resolve.actor_entries import kind_words, role_nouns
from .resolve.actors import ActorDictionary
from .resolve.dates import after_publication, resolve_date
from .resolve.gazetteer import Gazetteer
from .resolve.places import article_context, locate_event
from .retyping import incursion
from .store import Store
from .struck_places import struck_place

log = logging.getLogger(__name__)

CHUNK = 16  # articles parsed together; nlp.pipe is fastest at batch sizes 8–16 here


@dataclass
class Resources:
    """Everything the stages need that is expensive to load: loaded once per process."""

    nlp: Any
    lexicon: Lexicon
    actors: ActorDictionary
    gazetteer: Gazetteer

    def __post_init__(self) -> None:
        # The word lists the coder derives from the whole dictionary on first use (about 0.1 s
        # each time), built now rather than inside the first article's coding
        kind_words(), role_nouns()
        # Kept for the life of the process, so moved (with everything loaded before them) out of
        # the cyclic garbage collector's way: its full collections re-scanned them over and over,
        # about 5 ms of a worker's 35 ms per news article. See benchmarks/README.md.
        gc.freeze()

    @classmethod
    def load(cls, settings: Settings) -> Resources:
        return cls(
            nlp=load_model(),
            lexicon=Lexicon.load(),
            actors=ActorDictionary.load(),
            gazetteer=Gazetteer.open(settings),
        )


def resolve_events(
    doc: ParsedDoc, article: Article, coded: Sequence[CodedEvent], res: Resources
) -> list[Event]:
    """Stage 6: fill each coded event's place and date, then give the place's country to its
    unplaced local parties ("a local resistance group said": `localize.localized`) and to an attack
    on a place that names no party hit ("Russian missiles hit Odesa": `struck_place`). An event
    dated wholly after the publication day has not happened (`_dated_ahead`)."""
    if not coded:
        return []
    on = article.published.date() if article.published else None
    ctx = article_context(doc, res.gazetteer, res.actors, on=on)
    events = []
    for item in coded:
        sentence = doc.sentences[item.sentence_index]
        place = locate_event(doc, item, ctx, res.gazetteer)
        ahead = item.event.factuality == "future"
        day, precision, text = resolve_date(sentence, item.trigger_token, article.published, future=ahead)
        event = replace(item.event, location=place, date=day, date_precision=precision, date_text=text)
        event = struck_place(localized(_dated_ahead(event, on), sentence), sentence, item.trigger_token)
        if item.incursion_if_abroad:  # "Turkish troops could enter Manbij": Syria's town
            event = incursion(event, res.lexicon.intensity("ASSAULT", None))
        events.append(event)
    return events


# A promise, threat or refusal has been made even when what it speaks of is dated ahead
# ("will send more weapons in January, the Pentagon said": the AGREE is the statement, the AID
# future; `intentions.py`).
_STATEMENTS = frozenset({"AGREE", "THREATEN", "REJECT"})


def _dated_ahead(event: Event, published: date | None) -> Event:
    """An event dated wholly after the publication day. An `actual` one cannot have happened:
    it becomes `future` ("leaders meet in Gyeongju next week"). A promise, threat or refusal is
    dated by the act it speaks of ("said it would release four hostages on Saturday": Saturday is
    the release's): the statement was made by the publication day, on a day the sentence does not
    give, so it keeps no date. Any other event is returned as it is."""
    if published is None:
        return event
    if not after_publication(event.date, event.date_precision, event.date_text, published):
        return event
    if event.event_type in _STATEMENTS:
        return replace(event, date=None, date_precision=None, date_text=None)
    if event.factuality == "actual":
        return replace(event, factuality="future")
    return event


@contextmanager
def collector_paused() -> Iterator[None]:
    """Hold off the cyclic garbage collector while a batch is parsed and coded.

    Parsing and coding build tens of thousands of objects per article (tokens, sentences,
    matches) that are freed by reference counting, not by the collector: a batch of 77 news
    articles leaves about 300 objects in cycles. Yet every 700 allocations start a collection,
    and each tenth of those a wider one, and the full ones re-scan everything kept since the
    resources were frozen (3 of 39 ms per news article in one process, 1.9 ms in a Dask
    worker). The collector is switched back on afterwards, and its next collection takes the
    batch's few cycles; if it was off already (by the caller, or another thread running a
    batch), it is left as it is."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def code_articles(articles: Sequence[Article], res: Resources, settings: Settings) -> list[list[Event]]:
    """Stages 4–6 for a batch of articles: parse, code, resolve (with the garbage collector
    paused, `collector_paused`).

    Only candidate sentences are parsed unless `parse_all_sentences`; spaCy's NER runs on the
    sentences `ner_scope` names: with "events", the articles are coded without it first and the
    sentences that hold an event, or a trigger with no known party, get entities and are coded
    again (the entities refine actors and places; the NER costs more than the rest of the
    parse). Where the trigger had no known party, an event is kept only when the NER names one
    of its parties with a country or sector ("Ethnic Albanians", placed by the sentence), or a
    party was known already: a bare person or company name is no political actor ("Herbert and
    Mahut rallied to win the doubles"), `_political`."""
    with collector_paused():
        return _code_articles(articles, res, settings)


def _code_articles(articles: Sequence[Article], res: Resources, settings: Settings) -> list[list[Event]]:
    select = None if settings.parse_all_sentences else candidate_filter(res.lexicon, res.actors)
    scope = "candidates" if select is None else settings.ner_scope
    texts = [a.text for a in articles]
    batch = settings.spacy_batch_size
    docs = list(parse_many(texts, res.nlp, batch_size=batch, select=select, ner=scope == "candidates"))
    unattached: list[set[int]] = [set() for _ in articles]
    coded = [
        code_events(doc, a, res.lexicon, res.actors, unattached[k])
        for k, (a, doc) in enumerate(zip(articles, docs, strict=True))
    ]
    if scope == "events":
        wanted_of = [{c.sentence_index for c in found} | unattached[k] for k, found in enumerate(coded)]
        again = [k for k, wanted in enumerate(wanted_of) if wanted]
        wanted = [wanted_of[k] for k in again]
        for k, doc in zip(again, add_entities([docs[k] for k in again], wanted, res.nlp, batch), strict=True):
            docs[k] = doc
            unnamed = unattached[k] - {c.sentence_index for c in coded[k]}
            coded[k] = [
                c
                for c in code_events(doc, articles[k], res.lexicon, res.actors)
                if c.sentence_index not in unnamed or _political(c.event)
            ]
    return [resolve_events(d, a, c, res) for a, d, c in zip(articles, docs, coded, strict=True)]


def _political(event: Event) -> bool:
    """Whether a party of an event read beside an unknown name is known by country or sector.
    The other party may be the bare name ("Jones met Putin in Moscow" is Putin's meeting); two
    bare names ("Herbert and Mahut rallied to win the doubles") make no political event."""
    return any(p.country or p.sector for p in (*event.actors, *event.recipients))


def extract(raw: RawDocument, settings: Settings, res: Resources) -> tuple[Article, list[Event]]:
    """Stages 2, 4–6 on one document, without a store (the `extract` command)."""
    article = clean(raw, settings, datetime.now(UTC))
    return article, code_articles([article], res, settings)[0]


@dataclass
class _Pending:
    article: Article
    raw: bytes
    signature: list[int]


def _cleaned(
    items: Iterable[RawDocument | InputError],
    settings: Settings,
    summary: IngestSummary,
    on_failure: Callable[[InputError], None],
) -> Iterator[tuple[Article, bytes]]:
    """Stages 1–2: clean each document, reporting and counting bad inputs."""
    for item in items:
        if isinstance(item, InputError):
            summary.failed += 1
            summary.failures.append((item.source, item.reason))
            on_failure(item)
            continue
        try:
            yield clean(item, settings, datetime.now(UTC)), item.data
        except InputError as exc:
            summary.failed += 1
            summary.failures.append((exc.source, exc.reason))
            on_failure(exc)


def ingest(
    sources: Sequence[str],
    settings: Settings,
    store: Store,
    res: Resources,
    *,
    on_failure: Callable[[InputError], None] = lambda exc: None,
    on_progress: Callable[[IngestSummary], None] = lambda summary: None,
) -> IngestSummary:
    """Read sources, code them and store what is new (stages 1–8)."""
    return ingest_documents(
        iter_documents(sources, settings), settings, store, res,
        on_failure=on_failure, on_progress=on_progress,
    )  # fmt: skip


def ingest_documents(
    documents: Iterable[RawDocument | InputError],
    settings: Settings,
    store: Store,
    res: Resources,
    *,
    index: NearDuplicateIndex | None = None,
    on_failure: Callable[[InputError], None] = lambda exc: None,
    on_progress: Callable[[IngestSummary], None] = lambda summary: None,
) -> IngestSummary:
    """Stages 2–8 over documents already read. Idempotent and resumable: an article already
    stored is skipped before any NLP, so a killed run simply continues."""
    from .analyze.stories import update_stories

    summary = IngestSummary()
    if index is None:
        index = NearDuplicateIndex.from_store(
            store.signatures(),
            threshold=settings.dedup_threshold,
            shingle=settings.dedup_shingle,
            num_perm=settings.dedup_perm,
        )
    seen: set[str] = set()
    batch: list[_Pending] = []

    def flush() -> None:
        if not batch:
            return
        coded = code_articles([p.article for p in batch], res, settings)
        items = [(p.article, p.raw, p.signature, events) for p, events in zip(batch, coded, strict=True)]
        outcomes = store.store_articles(items)  # one transaction for the whole batch
        stored: list[Event] = []
        articles: dict[str, Article] = {}
        for pending, events, outcome in zip(batch, coded, outcomes, strict=True):
            if outcome == "unchanged":  # another process stored it meanwhile
                summary.unchanged += 1
                continue
            if outcome == "duplicate":
                summary.duplicates += 1
            else:
                summary.new += 1
            summary.events += len(events)
            stored += events
            articles[pending.article.id] = pending.article
        if stored:  # one update for the batch: the same stories as one per article, read once
            update_stories(store, stored, articles)
        batch.clear()
        on_progress(summary)

    for article, raw in _cleaned(documents, settings, summary, on_failure):
        summary.article_ids.append(article.id)
        if article.id in seen or store.has_article(article.id):
            summary.unchanged += 1
            on_progress(summary)
            continue
        seen.add(article.id)
        signature = index.signature(article.text)
        original = index.query(signature)
        if original is None:
            index.add(article.id, signature)
        else:
            article = replace(article, duplicate_of=original)
        batch.append(_Pending(article, raw, signature))
        if len(batch) >= CHUNK:
            flush()
    flush()
    return summary
