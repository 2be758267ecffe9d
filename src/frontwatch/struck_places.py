"""The place an attack strikes, as its recipient when the report names no party hit.

"Russian missiles hit Odesa", "shelled a hospital in Ukraine's Kherson region", "drones struck
an oil refinery in Russia's Samara region overnight": the target is a place, or a thing at a
place, that no party of the actor dictionary names, so the roles give the attack no recipient.
Where the attack's resolved place is named in its target's phrase or in a locative phrase of its
verb ("in", "near", "outside"), and lies in a state that none of its named attackers belongs to,
the place struck is the state attacked: the gold set's convention that a target in a country's
region is that country's, while a target placed only in the attacker's own state names no
recipient ("Government forces shelled rebel positions near Goma"). Attacks with no named
attacker keep their own reading (`attackerless.py`), and a place read from elsewhere in the
article (its dominant place) is no evidence of what was struck.
"""

from __future__ import annotations

from dataclasses import replace

from .models import Entity, Event
from .nlp import Sentence, Token
from .syntax import words

# where a struck thing is, on the target noun or on the verb ("struck a depot in Bryansk"); not
# "over" or "across": a missile fired over Japan, shells fired across the border hit no state there
_LOCATIVE = words("in near outside around at on inside")
# a target phrase with these names whose it is, not the place's state: a border ("rebel positions
# near the Thai border"), armed people ("jihadist positions in Mali"), an owner ("its embassy
# compound in Damascus"); or says the place was only flown over ("fired a missile over Japan")
_NOT_THE_PLACE = words("""over across border borders frontier boundary rebel rebels militant militants
    insurgent insurgents jihadist jihadists guerrilla guerrillas separatist separatists militia militias
    militiaman militiamen gunmen extremist extremists terrorist terrorists its their his her""")
# a noun naming the attack, as the subject of the verb that tells what it hit ("A Russian missile
# strike hit Odesa", "shelling struck a school in Kherson")
_TELLS_HIT = words("hit strike pound target rock batter slam damage")


def struck_place(event: Event, sentence: Sentence, trigger: int) -> Event:
    """The attack with the state of the place it struck as its recipient, when it has none."""
    place = event.location
    if (
        event.event_type != "ASSAULT"
        or event.recipients
        or not event.actors
        or place is None
        or place.dominant
        or place.country is None
        or not sentence.parsed
        or event.factuality == "negated"
    ):
        return event
    attackers = {a.country for a in event.actors}
    if None in attackers or place.country in attackers:
        return event
    if not _named_in(sentence, _target_heads(sentence, trigger), place.text):
        return event
    return replace(event, recipients=(Entity(place.text, place.name, place.country, None),))


def _target_heads(sentence: Sentence, trigger: int) -> list[Token]:
    """The target's and the locative phrases' heads: the trigger verb's object and locative
    prepositions, or those of the verb whose subject the attack noun is."""
    if not 0 <= trigger < len(sentence.tokens):
        return []
    tok = sentence.tokens[trigger]
    head = sentence.tokens[tok.head]
    if tok.pos == "VERB":
        verbs = [tok]
    elif tok.pos in ("NOUN", "PROPN") and tok.dep == "nsubj" and head.lemma.lower() in _TELLS_HIT:
        verbs = [head]
    else:  # "the French operation in Mali": a noun's own place may be an ally's, where it helps
        return []
    return [
        c
        for v in verbs
        for c in sentence.children(v.i)
        if c.dep == "dobj" or (c.dep == "prep" and c.lemma.lower() in _LOCATIVE)
    ]


def _named_in(sentence: Sentence, heads: list[Token], text: str) -> bool:
    """True when `text` is said within the phrase of one of `heads`, and that phrase says
    nothing of whose the target is."""
    for h in heads:
        words = sentence.subtree(h.i)
        if text in "".join(t.text + t.whitespace for t in words):
            return all(t.lower() not in _NOT_THE_PLACE for t in (w.text for w in words))
    return False
