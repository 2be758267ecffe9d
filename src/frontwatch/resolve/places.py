"""Places: every toponym of an article recognised and resolved, and each event's location chosen
by syntax among its sentence's places. The entry point the rest of frontwatch imports.

1. Recognition (per sentence), `toponyms.recognise`: entities, gazetteer names, admin forms,
   demonym adjectives, named facilities and names the gazetteer lacks; `name_bounds` tells
   where a name begins and ends and whether it stands where a place goes.
2. Resolution (per article), `place_context.article_context`: candidates re-ranked by the
   countries and admin1 areas the article names; the article's dominant place.
3. The event's location, `event_location.locate_event`: the place attached to the trigger or its
   arguments by a locative role, else the article's dominant place (`dominant=True`); its clause
   rules in `location_clauses`, its word lists in `location_words`, locators in `locators`.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from frontwatch.models import CodedEvent, Place
from frontwatch.nlp import ParsedDoc
from frontwatch.resolve.event_location import locate_event
from frontwatch.resolve.gazetteer import Gazetteer, normalise
from frontwatch.resolve.place_context import (
    ActorMatcher,
    ArticleContext,
    ArticlePlaces,
    article_context,
    to_place,
)
from frontwatch.resolve.toponyms import Mention

__all__ = [
    "ActorMatcher",
    "ArticleContext",
    "ArticlePlaces",
    "Mention",
    "article_context",
    "locate_event",
    "mention_key",
    "resolve_places",
    "to_place",
]


def resolve_places(
    doc: ParsedDoc,
    events: Sequence[CodedEvent],
    gaz: Gazetteer,
    actors: ActorMatcher | None = None,
    on: date | None = None,
) -> list[Place | None]:
    """Convenience for the pipeline: one article context, one location per coded event."""
    ctx = article_context(doc, gaz, actors, on)
    return [locate_event(doc, ev, ctx, gaz) for ev in events]


def mention_key(m: Mention) -> str:
    """A normalised key for a mention's text (benchmarks compare spans by it)."""
    return normalise(m.text)
