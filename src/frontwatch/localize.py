"""Stage 6's last reading of an event's parties: once its place is resolved, the parties the
sentence could not place take that place's country (`localized`).

Participants (participants.py, scene.py) place a party from the words of its sentence. Some
parties only their event's resolved place can place: a town the actor dictionary lacks that is
itself the party ("shelled Kharkiv"), local people and speakers ("residents said", "the regional
governor"), the government's bodies in a civil war ("government forces"), police, who act only
at home, and a state body that tells of an event no other state takes part in ("…, the army
said"). The pipeline calls `localized` after `resolve.places.locate_event`.
"""

from __future__ import annotations

from dataclasses import replace

from .fearers import fears_the_place
from .local_speakers import local_speaker, service_speaker
from .models import Entity, Event
from .nlp import Sentence
from .placed_parties import lives_there, placed_in
from .resolve.actor_entries import STATE_SECTORS
from .scene import VOICES, local_mark, state_body_sector
from .syntax import words
from .visit_hosts import hosted

# Words by which news names a state's body as the government's without saying whose ("government
# forces", "regime troops"), and anyone as loyal to it ("pro-government militias"): in a civil war,
# the state the fighting is in.
_GOVERNMENT_MARKS = words("government regime")
_LOYALIST_MARKS = words("pro-government pro-regime")


def government_body(e: Entity) -> bool:
    """True for an unplaced state body (`STATE_SECTORS`) whose phrase marks it as the government's
    before its head ("Government forces shelled rebel positions near Goma"), or for anyone marked
    as loyal to it ("pro-government militias"): their state is the one the event happens in, as a
    town the actor dictionary lacks could not say before ("anti-government" people are others)."""
    marks = _LOYALIST_MARKS | (_GOVERNMENT_MARKS if e.sector in STATE_SECTORS else frozenset())
    return any(w.lower() in marks for w in e.text.split()[:-1])


def _body_voice(text: str) -> bool:
    """True for a speaker named as the voice of a state body by common words ("military
    spokesman", "a government source"; not "Western officials" nor "a senior official")."""
    said = [w.lower().rstrip("s") if w.lower().endswith("s") and w.lower()[:-1] in VOICES else w.lower()
            for w in text.split()]  # fmt: skip
    if len(said) < 2 or said[-1] not in VOICES or any(w[:1].isupper() for w in text.split()[:-1]):
        return False
    return any(state_body_sector(w) for w in said[:-1])


def _definite_body(sentence: Sentence, text: str) -> bool:
    """True when every phrase written `text` in the sentence is one word after "the" ("the army",
    "the military"): a body the story has in mind, not new people ("troops", "a soldier")."""
    toks = sentence.tokens
    at = [k for k, t in enumerate(toks) if t.text == text]
    return " " not in text and bool(at) and all(k > 0 and toks[k - 1].text.lower() == "the" for k in at)


def localized(event: Event, sentence: Sentence, home: str | None = None) -> Event:
    """The event with its unplaced local parties and claimant (`local_mark`), its unplaced local
    speaker ("…, police said": `local_speaker`), a party that is the event's place itself
    ("shelled Kharkiv": a place the dictionary lacks) or targets named by it ("positions near
    Kherson": `Participants._at_town`), its unplaced government bodies ("government forces":
    `government_body`), police, who act only at home, an agent or speaker its own phrase places
    in a town or province ("authorities in Srinagar": `placed_in`), and a definite state body that
    tells of an event no other state's party takes part in ("…, the army said"), given the country
    of the event's resolved place (of its sentence, else the article's dominant place), when that
    place lies in one country; and its unplaced definite state bodies ("forcing the army to
    withdraw") the country of the story's wire dateline, `home` ("PORT SUDAN, Oct 28 (Reuters) -":
    a place the actor dictionary lacks, so `SceneReading._at_home` could not)."""
    event = hosted(event)  # "arrived in Islamabad": a visit to Pakistan
    place = event.location
    country = place.country if place is not None else None
    foreign = any(e.country not in (None, country) for e in (*event.actors, *event.recipients))

    def fill(
        e: Entity, speaker: bool = False, own: frozenset[str | None] = frozenset(), patient: bool = False
    ) -> Entity:
        """`own`: the actors' countries. Targets named by a place abroad are that state's; at
        home, some party's within it ("the Arakan Army shelled the airport in Sittwe"). Police
        placed as agents only (`patient`: a recipient, whose country is not guessed)."""
        if e.country is not None or (
            speaker and place is not None and fears_the_place(sentence, e.text, place.text)
        ):
            return e
        here = place is not None and (
            e.text == place.text
            or (e.name == place.text and country not in own)
            or local_mark(sentence, e.text)
            or (speaker and (local_speaker(e, foreign) or service_speaker(sentence, e.text)))
            or (speaker and not foreign and e.sector in STATE_SECTORS and _definite_body(sentence, e.text))
            or (speaker and not foreign and e.sector in STATE_SECTORS and _body_voice(e.text))
            or government_body(e)
            or (e.sector == "COP" and not patient)
            or lives_there(e, country)
        )
        own_place = None if patient else placed_in(sentence, e.text, place)  # "authorities in Srinagar"
        if own_place is not None:
            return replace(e, country=own_place)
        if country is not None and here:
            return replace(e, country=country)
        if home is not None and e.sector in STATE_SECTORS and _definite_body(sentence, e.text):
            return replace(e, country=home)
        return e

    attribution = fill(event.attribution, speaker=True) if event.attribution is not None else None
    actors = tuple(fill(e, own=frozenset(a.country for a in event.actors)) for e in event.actors)
    recipients = tuple(
        fill(e, own=frozenset(a.country for a in actors), patient=True) for e in event.recipients
    )
    if (actors, recipients, attribution) == (event.actors, event.recipients, event.attribution):
        return event
    return replace(event, actors=actors, recipients=recipients, attribution=attribution)
