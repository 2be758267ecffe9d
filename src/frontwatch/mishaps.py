"""Accidents as the cause of a killing or a wounding: no party's act (step 5 of code.py, beside
`retyping.natural_cause` for natural hazards).

"Twelve people were killed in a plane crash", "five miners died in a gas explosion", "eight
were killed in a fire at a market", "seven workers were killed when a building collapsed": news
tells these with the verbs of an attack, and a conflict record must not count them as ASSAULTs.
The cause is read off the parse, as `natural_cause` reads it: the trigger's subject, its "by"
agent, the "in" phrase of a passive, or a "when" clause whose verb is a mishap.

A fire or an explosion is an accident only when told as one: "fire" with an article and no
modifier ("in a fire at a market"; not "rebel fire", "mortar fire", "under fire"), an explosion
of a fuel ("a gas explosion"; a bare "explosion" in a war is mostly a bomb's). A vehicle's
crash stays an accident even in a war zone unless the text says it was shot down; that is
the reporter's telling, and the record follows it.
"""

from __future__ import annotations

from .syntax import Tree, words
from .triggers import Candidate

_ACCIDENTS = words("crash accident collision derailment stampede collapse crush shipwreck blaze inferno")
_FUELS = words("gas boiler methane firedamp pipeline")
# verbs of a "when" clause that tell a mishap ("killed when a bus plunged into a ravine")
_MISHAP_VERBS = words("crash collapse plunge capsize derail overturn sink")
# words that make a "when" clause's mishap an attack's outcome: a weapon as what crashed ("when a
# rocket crashed into their house"), a blast or a strike before the collapse ("collapsed after a
# blast", "after an air strike")
_FORCE = words("bomb shell rocket missile mortar grenade drone blast explosion strike airstrike attack")


def _accident_noun(tree: Tree, i: int) -> bool:
    tok = tree.tok(i)
    lemma = tok.lemma.lower()
    if lemma in _ACCIDENTS:
        return True
    mods = tree.children(i, "compound", "amod", "nmod", "poss")
    if lemma == "fire":
        return not mods and tree.child(i, "det") is not None
    if lemma == "explosion":
        return any(m.lemma.lower() in _FUELS for m in mods)
    return False


def _mishap_clause(tree: Tree, i: int) -> bool:
    """A "when" clause telling a mishap: its verb one of `_MISHAP_VERBS`, and no weapon, blast or
    strike in it."""
    if tree.tok(i).lemma.lower() not in _MISHAP_VERBS:
        return False
    if not any(m.lemma.lower() == "when" for m in tree.children(i, "advmod", "mark")):
        return False
    return not any(tree.tok(k).lemma.lower() in _FORCE for k in tree.subtree(i))


def accidental_cause(tree: Tree, cand: Candidate) -> bool:
    """True when a verb trigger's cause is an accident (see the module's docstring)."""
    if cand.nominal:
        return False
    causes = list(tree.children(cand.i, "nsubj"))
    if tree.child(cand.i, "nsubjpass") is not None:
        for p in tree.children(cand.i, "agent", "prep"):
            if p.dep == "agent" or p.lemma.lower() == "in":
                causes += tree.children(p.i, "pobj")
    if any(_accident_noun(tree, c.i) for c in causes):
        return True
    return any(_mishap_clause(tree, c.i) for c in tree.children(cand.i, "advcl"))
