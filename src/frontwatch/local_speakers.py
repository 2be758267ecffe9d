"""Speakers who speak for the place an event happens in (`localize.localized` gives them its country):
the police, residents, witnesses and medics at the scene, officials and authorities when no
other state's party takes part, and the officials of a civil service ("health officials") even
when one does."""

from __future__ import annotations

import re

from .models import Entity
from .nlp import Sentence
from .syntax import words

__all__ = ["local_speaker", "service_speaker"]

# How a modifier hangs on its head ("health officials", "hospital authorities").
_MODIFIER_LINKS = frozenset({"amod", "compound", "nmod"})

# Speakers who tell of what happens where they are: the police, the place's residents and
# witnesses, the medics and rescuers at the scene ("…, police said").
_AT_THE_SCENE = words("""police policeman policemen resident residents villager villagers witness
    witnesses medic medics doctor doctors rescuer rescuers paramedic paramedics""")
# Officials, authorities and prosecutors speak for the place too ("…, officials in Mekelle said"), unless a
# party of another state takes part, whose officials they may be ("U.S. warplanes struck Houthi
# targets in Yemen, officials said").
_AUTHORITIES = words("official officials authority authorities prosecutor prosecutors")


def local_speaker(e: Entity, foreign_party: bool = False) -> bool:
    """True for an unplaced speaker who is the people or an authority of the place the event
    happens in (`_AT_THE_SCENE`, `_AUTHORITIES` when no other state's party takes part), and a
    police force, which acts only at home: every word of the phrase but its head is a common
    word ("security officials", "local police"), so "Western officials" or a body the dictionary
    lacks ("Amhara Region officials") stays unplaced."""
    said = e.text.split()
    if not said or any(w[:1].isupper() for w in said[:-1]):
        return False
    head = said[-1].lower()
    return head in _AT_THE_SCENE or e.sector == "COP" or (head in _AUTHORITIES and not foreign_party)


# Words for a civil service of the place an event happens in ("health officials", "hospital
# authorities", "civil defence officials"): its officials speak for the place even when another
# state's party takes part ("An Israeli strike killed 12 people in Gaza, health officials said").
_SERVICES = words("health medical hospital rescue emergency")
_CIVIL_DEFENCE = words("defence defense")


def service_speaker(sentence: Sentence, text: str) -> bool:
    """True when every phrase written `text` in the sentence is officials or authorities whose
    modifier names a civil service (`_SERVICES`, "civil defence"): the place's own."""
    toks = sentence.tokens
    found = []
    for match in re.finditer(rf"(?<!\w){re.escape(text)}(?!\w)", sentence.text) if text.strip() else ():
        start, end = sentence.start + match.start(), sentence.start + match.end()
        span = [t for t in toks if start <= t.idx < end]
        if not span or span[-1].text.lower() not in _AUTHORITIES:
            found.append(False)
            continue
        mods = [t for t in sentence.children(span[-1].i) if t.dep in _MODIFIER_LINKS and t.i < span[0].i]
        found.append(any(t.text.lower() in _SERVICES or (t.text.lower() in _CIVIL_DEFENCE and t.i > 0
                                                          and toks[t.i - 1].text.lower() == "civil")
                         for t in mods))  # fmt: skip
    return bool(found) and all(found)
