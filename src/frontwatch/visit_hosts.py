"""The host of a visit told by a verb of arrival: "Iranian Foreign Minister Velayati arrived in
Islamabad" is a visit to Pakistan. The trigger lexicon reads a CONSULT's recipient from "with"
and "to" phrases ("flew to Kabul", "talks with Rao"), but "arrive" and "land" name where the
visitor comes in with "in" or "at", which for most verbs is only the venue ("held talks in
Geneva"). So a visit by one party told by such a verb, with no other party named, is received
by the state its sentence's place lies in, when that is not the visitor's own state (a leader
landing at home visits no one)."""

from __future__ import annotations

from dataclasses import replace

from .models import Entity, Event

# Trigger words of arrival whose "in"/"at" place is the host's ("arrived in", "landed in").
_ARRIVING = ("arriv", "land")


def hosted(event: Event) -> Event:
    """The event with its host as recipient when it is a visit told by a verb of arrival whose
    place, named in its own sentence, lies in another state than the visitor's; else unchanged."""
    if event.event_type != "CONSULT" or event.mode != "visit" or event.recipients or len(event.actors) != 1:
        return event
    place = event.location
    visitor = event.actors[0].country
    if place is None or place.dominant or place.country is None or visitor in (None, place.country):
        return event
    if not event.evidence.trigger.lower().startswith(_ARRIVING):
        return event
    return replace(event, recipients=(Entity(place.text, place.name, place.country, None),))
