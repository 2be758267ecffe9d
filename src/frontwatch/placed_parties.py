"""Parties whose country only the event's resolved place can give (`localize.localized`), beyond
the local people and speakers local_speakers.py and `scene.local_mark` find: a people living in
the place, and an agent or speaker placed by a town or province in its own phrase ("authorities
in Srinagar", "police in Lyon", "officials in Kharkiv region": the actor dictionary knows
capitals, not towns). Victims stay unplaced, as participants.py says: the gold set codes the
victims of an attack by no named party both ways (bomb20 with the place's country, a18101,
fw20p48, pl1403 and others without)."""

from __future__ import annotations

import re

from .models import Entity, Place
from .nlp import Sentence
from .resolve.actor_entries import community_states, normalise, province_countries

__all__ = ["lives_there", "placed_in"]

# Prepositions by which a noun phrase places its party ("officials in Kherson").
_PLACING = frozenset({"in", "near", "around", "across", "throughout"})


def lives_there(e: Entity, country: str | None) -> bool:
    """True for a people the event's place puts in a state they live in: a people of several
    states ("Kurds marching in Istanbul", "Tamil rebels") when that state is one of theirs, and
    "ethnic" people of a demonym ("ethnic Albanians in Pristina"), who are named by descent, not
    by the state they live in, as are a people's rebels ("rebel Serbs" near Knin are Croatia's)."""
    if e.name in community_states():
        return country in community_states()[e.name]
    first, _, rest = e.text.partition(" ")
    return first.lower() == "ethnic" or (first.lower() == "rebel" and rest[:1].isupper())


def placed_in(sentence: Sentence, text: str, place: Place | None) -> str | None:
    """The country of a place a phrase written `text` is placed in by a prepositional phrase of
    its own head: the event's place (`place`) when it names it ("Authorities in Srinagar imposed a
    curfew"), else a province of one country ("…, officials in Donetsk region said" of a strike on
    Kramatorsk); None when it names neither."""
    if not text.strip():
        return None
    toks = sentence.tokens
    for match in re.finditer(rf"(?<!\w){re.escape(text)}(?!\w)", sentence.text):
        start, end = sentence.start + match.start(), sentence.start + match.end()
        span = [t for t in toks if start <= t.idx < end]
        if not span:
            continue
        head = next((t for t in span if not start <= toks[t.head].idx < end), span[-1])
        for prep in sentence.children(head.i):
            if prep.dep != "prep" or prep.text.lower() not in _PLACING:
                continue
            for obj in (o for o in sentence.children(prep.i) if o.dep == "pobj"):
                words = sentence.subtree(obj.i)
                if place is not None and place.country and place.text in " ".join(t.text for t in words):
                    return place.country
                names = " ".join(t.text for t in words if t.pos == "PROPN")
                if names and normalise(names) in province_countries():
                    return province_countries()[normalise(names)]
    return None
