"""What "both sides", "the two countries" and a plural pronoun with a coordinated subject stand
for (`Participants` asks): the parties of a "between" phrase, else the last two sides the
article named (`discourse.two_sides`), never the side of whoever urges or meets them; the states
of a coordinated subject ("Niger, Mali and Burkina Faso announced their withdrawal")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .discourse import same_side, two_sides
from .models import Entity

if TYPE_CHECKING:
    from .participants import Participants


def opposing_sides(parts: Participants, h: int, states: bool) -> list[Entity]:
    """What "both sides"/"the two countries" (token h) stand for: the parties of a "between"
    phrase ("brokered a ceasefire between the junta and the alliance, urged the two sides"),
    else the last two sides named (`two_sides`) other than the urging subject's."""
    if h in parts.pairing:  # "Both countries agreed to talks between the two sides"
        return []
    parts.pairing.add(h)
    try:
        return _opposing_sides(parts, h, states)
    finally:
        parts.pairing.discard(h)


def _opposing_sides(parts: Participants, h: int, states: bool) -> list[Entity]:
    tree = parts.tree
    for tok in tree.sentence.tokens:
        obj = tree.child(tok.i, "pobj") if tok.text.lower() == "between" else None
        if obj is None or h in tree.conjuncts(obj.i):
            continue
        found = [r.entity for r in parts.entities(obj.i) if r.entity.country]
        if len(found) == 2 and not same_side(*found):
            return found
    urgers: list[Entity] = []
    for verb in tree.ancestors(h):
        subj = tree.child(verb.i, "nsubj", "nsubjpass")
        if subj is None and verb.dep == "acl" and verb.head < verb.i:  # "The envoy/ROOT called/acl on"
            subj = tree.tok(verb.head)
        if subj is not None and subj.i == h:
            break  # the sides act themselves: "…, and the two countries are preparing drills"
        if subj is not None:
            urgers = [r.entity for r in parts.entities(subj.i) if r.entity.country]
            break
    context = parts.context(h)
    # two states at odds are the likelier sides: a group of one of them named in passing ("accused
    # Kabul of sheltering Pakistani Taliban militants") is no side of the urged pair; two sides of
    # one state (an army and a rebel force) only when the story names no other state's party
    return two_sides(context, urgers, True) or two_sides(context, urgers, states)


def coordinated_subject(parts: Participants, h: int) -> list[Entity]:
    """The states of a coordinated subject earlier in the clause a plural pronoun is in
    ("Niger, Mali and Burkina Faso announced their withdrawal": all three), else []."""
    tree = parts.tree
    for verb in tree.ancestors(h):
        subj = tree.child(verb.i, "nsubj")
        if subj is None or subj.i > h or subj.i == h:
            continue
        if len(tree.conjuncts(subj.i)) < 2:
            return []
        found: list[Entity] = []
        for ref in parts.entities(subj.i):
            if ref.entity.country and all(f.country != ref.entity.country for f in found):
                found.append(ref.entity)
        return found if len(found) > 1 else []
    return []
