"""The host of a visit told by a verb of arrival: "Iranian Foreign Minister Velayati arrived in
Islamabad" is a visit to Pakistan. The trigger lexicon reads a CONSULT's recipient from "with"
and "to" phrases ("flew to Kabul", "talks with Rao"), but "arrive" and "land" name where the
visitor comes in with "in" or "at", which for most verbs is only the venue ("held talks in
Geneva"). So a visit by one party told by such a verb, with no other party named, is received
by the state its sentence's place lies in, when that is not the visitor's own state (a leader
landing at home visits no one).

Conversely, a visitor whose state no word of theirs names ("the congresswoman used her trip to
Germany to argue …") may be given the state of the only country in the sentence, which is the
host: a visit of a state to itself is no visit, so such a visitor's state is left unknown."""

from __future__ import annotations

from dataclasses import replace

from .models import Entity, Event

# Trigger words of arrival whose "in"/"at" place is the host's ("arrived in", "landed in").
_ARRIVING = ("arriv", "land")


def hosted(event: Event) -> Event:
    """The event with its host as recipient when it is a visit told by a verb of arrival whose
    place, named in its own sentence, lies in another state than the visitor's, and without the
    host's state on a visitor only given it; else unchanged."""
    if event.event_type != "CONSULT" or event.mode != "visit":
        return event
    if event.recipients:
        return _unhosted_visitors(event)
    if len(event.actors) != 1:
        return event
    place = event.location
    visitor = event.actors[0].country
    if place is None or place.dominant or place.country is None or visitor in (None, place.country):
        return event
    if not event.evidence.trigger.lower().startswith(_ARRIVING):
        return event
    return replace(event, recipients=(Entity(place.text, place.name, place.country, None),))


def _unhosted_visitors(event: Event) -> Event:
    """The visit without the host's state on visitors whose text does not name it and whom the
    actor dictionary does not know ("the congresswoman" given Germany, the sentence's only state)."""
    hosts = {r.country for r in event.recipients} - {None}
    named = {w for r in event.recipients for w in (r.text, r.name)}
    if not hosts or not event.actors or not all(a.country in hosts for a in event.actors):
        return event
    if any(a.wikidata is not None or any(n in a.text for n in named) for a in event.actors):
        return event
    return replace(event, actors=tuple(replace(a, country=None) for a in event.actors))
