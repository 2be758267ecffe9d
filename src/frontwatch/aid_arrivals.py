"""Aid that arrives: a delivery told by the movement of the aid itself (step 1 of triggers.py).

"Aid trucks entered Gaza", "the first relief convoy reached Khartoum", "humanitarian aid arrived
in Port Sudan": the verb of movement has the aid, or the vehicles that carry it, as its subject;
the sentence reports that aid was delivered (PLOVER AID), whoever sent it, and the destination is
its recipient. Without the aid the same verbs tell an armed entry or a visit ("troops entered
the town"), which the lexicon codes by who moves.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .nlp import Token
from .syntax import Tree, words

if TYPE_CHECKING:  # annotations only: factuality.py imports this module, participants.py factuality
    from .participants import Participants, Ref

# Verbs by which something reaches a place.
ARRIVING = words("enter arrive reach cross roll")
# What aid is: the goods, or the adjective that makes a convoy humanitarian.
_AID = words("aid relief assistance humanitarian")
# Relief goods that make the vehicles carrying them a relief delivery ("a convoy carrying food
# and medicine"); supplies and fuel are left out, armies move them too.
_RELIEF_GOODS = words("food medicine medicines grain flour rice wheat tent tents blanket blankets")
# What carries goods: "aid trucks", "a convoy of relief", "ships carrying aid".
_VEHICLES = words("truck lorry convoy shipment ship vessel plane flight vehicle consignment delivery")
# Nouns that only count their "of" phrase ("dozens of aid trucks", "the first of the convoys").
_COUNTING = words("dozen dozens hundred hundreds thousand thousands number first last some most")


def _aid_noun(tree: Tree, tok: Token) -> bool:
    """True for aid itself or a vehicle of aid ("aid trucks", "a humanitarian convoy", "a convoy
    of relief supplies")."""
    lemma = tok.lemma.lower()
    if lemma in _AID:
        return True
    if lemma not in _VEHICLES:
        return False
    mods = [c.lemma.lower() for c in tree.children(tok.i, "compound", "amod")]
    mods += [o.lemma.lower() for p in tree.children(tok.i, "prep") if p.lemma.lower() == "of"
             for o in tree.children(p.i, "pobj")]  # fmt: skip
    mods += [c.lemma.lower() for m in tree.children(tok.i, "acl") for c in tree.children(m.i, "dobj")]
    if not _AID.isdisjoint(mods) or not _RELIEF_GOODS.isdisjoint(mods):
        return True
    # "a convoy of aid trucks": the vehicles of the convoy carry the aid
    return any(_aid_noun(tree, o) for p in tree.children(tok.i, "prep") if p.lemma.lower() == "of"
               for o in tree.children(p.i, "pobj") if o.lemma.lower() in _VEHICLES)  # fmt: skip


def arrival_of_aid(noun: Token, verb: Token) -> bool:
    """True for aid as the subject of a verb of arriving ("aid has not reached the refugees"):
    the arrival is the delivery itself, so the verb's negation or modal is the aid's own."""
    return noun.lemma.lower() in _AID and verb.lemma.lower() in ARRIVING


def aid_arrival(tree: Tree, verb: Token) -> bool:
    """True when a verb of movement has aid, or vehicles carrying aid, as its subject: "aid
    trucks entered Gaza", "dozens of aid trucks crossed into Sudan"."""
    if verb.lemma.lower() not in ARRIVING:
        return False
    for subj in tree.children(verb.i, "nsubj"):
        movers = [subj]
        if subj.lemma.lower() in _COUNTING or subj.pos == "NUM":  # "dozens of aid trucks"
            movers += [o for p in tree.children(subj.i, "prep") if p.lemma.lower() == "of"
                       for o in tree.children(p.i, "pobj")]  # fmt: skip
        if any(_aid_noun(tree, m) for m in movers):
            return True
    return False


# Prepositions of a destination: "arrived in Port Sudan", "crossed into Gaza".
_DESTINATIONS = words("in into at to")


def arrival_roles(tree: Tree, parts: Participants, verb: Token) -> tuple[list[Ref], list[Ref]]:
    """Who sends arriving aid (a party named on the aid: "UN aid trucks", "Egyptian aid") and
    who receives it: the place it enters or reaches ("entered Gaza", "arrived in Port Sudan")."""
    # named on the aid itself; not a number word read back to an earlier party ("dozens of …")
    senders = [r for s in tree.children(verb.i, "nsubj") for k in tree.subtree(s.i) for r in parts.entities(k)
               if not r.inferred]  # fmt: skip
    places = list(tree.children(verb.i, "dobj"))
    places += [o for p in tree.children(verb.i, "prep") if p.lemma.lower() in _DESTINATIONS
               for o in tree.children(p.i, "pobj")]  # fmt: skip
    recips = [r for o in places for r in parts.entities(o.i) if r.entity.country]
    return senders, recips  # code.py drops the doubles of every event's parties
