"""Accidents as the cause of a killing or a wounding: no party's act (step 5 of code.py, beside
`retyping.natural_cause` for natural hazards).

"Twelve people were killed in a plane crash", "five miners died in a gas explosion", "eight
were killed in a fire at a market", "seven workers were killed when a building collapsed": news
tells these with the verbs of an attack, and a conflict record must not count them as ASSAULTs.
The cause is read off the parse, as `natural_cause` reads it: the trigger's subject, its "by"
agent, the "in" phrase of a passive, or a "when" clause whose verb is a mishap.

A fire or an explosion is an accident only when told as one: "fire" with an article and no
modifier ("in a fire at a market"; not "rebel fire", "mortar fire", "under fire"), an explosion
of a fuel ("a gas explosion"; a bare "explosion" in a war is mostly a bomb's), or an explosion
told as an industrial mishap: joined with a fire ("an explosion and fire killed six"), blamed on
a fuel's leak ("blamed a gas leak for an explosion at a restaurant") or at a site of work ("an
explosion at a fireworks warehouse", "an explosion tore through a fireworks factory"), with no
weapon or attack named in the sentence ("an explosion at an army checkpoint",
"a bomb explosion at a factory" stay attacks).
A vehicle's crash stays an accident even in a war zone unless the text says it was shot down;
that is the reporter's telling, and the record follows it. A fuel's vessel that burst ("killed
when a gas cylinder exploded") tells a mishap, and so does the toll a mishap's own participle
tells ("a bus plunged off a cliff, killing 24").
"""

from __future__ import annotations

from .nlp import Token
from .retyping import stated_causes
from .syntax import Tree, words
from .triggers import Candidate

_ACCIDENTS = words("crash accident collision derailment stampede collapse crush shipwreck blaze inferno")
# An explosion by either name ("a blast at a fireworks factory killed eight workers").
_BLASTS = words("explosion blast")
_FUELS = words("gas boiler methane firedamp pipeline")
# verbs of a "when" clause that tell a mishap ("killed when a bus plunged into a ravine")
_MISHAP_VERBS = words("crash collapse plunge capsize derail overturn sink")
# what bursts in a fuel's mishap, and the vessels of fuel that do ("a gas cylinder exploded")
_BURSTING = words("explode burst")
_FUEL_VESSELS = words("cylinder canister boiler tanker")
# words that make a "when" clause's mishap an attack's outcome: a weapon as what crashed ("when a
# rocket crashed into their house"), a blast or a strike before the collapse ("collapsed after a
# blast", "after an air strike")
_FORCE = words("bomb shell rocket missile mortar grenade drone blast explosion strike airstrike attack")
# sites of work where an explosion is an industrial mishap unless a weapon or an attack is named
_WORKSITES = words("""warehouse factory plant mine refinery depot workshop mill foundry storehouse
    quarry shipyard colliery smelter distillery""")
# what names a weapon or an attack in the sentence of an explosion ("a bomb exploded", "attackers")
_ATTACK_WORDS = words("""bomb bombing bomber shell shelling rocket missile mortar grenade drone strike
    airstrike attack attacker attackers suicide militant militants insurgent insurgents rebel rebels
    ied explosive explosives device sabotage""")


def _accident_noun(tree: Tree, i: int) -> bool:
    tok = tree.tok(i)
    lemma = tok.lemma.lower()
    if lemma in _ACCIDENTS:
        return True
    mods = tree.children(i, "compound", "amod", "nmod", "poss")
    if lemma == "fire":
        return not mods and tree.child(i, "det") is not None
    if lemma in _BLASTS:
        return any(m.lemma.lower() in _FUELS for m in mods) or _industrial_explosion(tree, i)
    return False


def _industrial_explosion(tree: Tree, i: int) -> bool:
    """An explosion told as an industrial mishap: joined with a fire ("an explosion and fire") or
    at a site of work ("at a fireworks warehouse"), and no weapon or attack anywhere in the
    sentence; a war's blast at a checkpoint or a bombed factory stays an attack."""
    if any(tree.tok(k).lemma.lower() in _ATTACK_WORDS for k in range(len(tree))):
        return False
    if any(c.lemma.lower() in ("fire", "blaze") for c in tree.children(i, "conj")):
        return True
    if _leak_named(tree):
        return True  # "blamed a gas leak for an explosion at a restaurant"
    return any(o.lemma.lower() in _WORKSITES for o in _sites(tree, i))


def _leak_named(tree: Tree) -> bool:
    """A fuel's leak named in the explosion's sentence ("blamed a gas leak for the explosion", "an
    explosion caused by a gas leak"): the sentence tells its cause, a mishap."""
    for k in range(len(tree)):
        tok = tree.tok(k)
        if tok.lemma.lower() in ("leak", "leaking"):
            near = {tok.lemma.lower(), *(c.lemma.lower() for c in tree.children(k, "compound", "amod"))}
            if tok.head != k:
                near.add(tree.tok(tok.head).lemma.lower())
            if near & _FUELS:
                return True
    return False


def _sites(tree: Tree, i: int) -> list[Token]:
    """Where an explosion happened: its own "at"/"in" phrase ("an explosion at a warehouse"), or
    what the verb it is the subject of went through, happened in or shook ("an explosion tore
    through a fireworks factory", "explosions rocked a chemical plant")."""
    heads: list[tuple[int, tuple[str, ...]]] = [(i, ("at", "in"))]
    node = tree.tok(i)
    hit: list[Token] = []
    if node.dep == "nsubj" and node.head != i:
        heads.append((node.head, ("at", "in", "through")))
        hit = tree.children(node.head, "dobj")  # "explosions rocked a chemical plant"
    return hit + [
        o
        for h, preps in heads
        for p in tree.children(h, "prep")
        if p.lemma.lower() in preps
        for o in tree.children(p.i, "pobj")
    ]


def _mishap_clause(tree: Tree, i: int) -> bool:
    """A "when" clause telling a mishap: its subject an accident ("when an explosion tore through a
    fireworks factory"), or its verb one of `_MISHAP_VERBS` or a fuel's vessel that exploded
    ("when a gas cylinder exploded inside a mosque") and no weapon, blast or strike in it."""
    if not any(m.lemma.lower() == "when" for m in tree.children(i, "advmod", "mark")):
        return False
    if any(_accident_noun(tree, s.i) for s in tree.children(i, "nsubj")):
        return True  # "killed when an explosion tore through a fireworks factory"
    if tree.tok(i).lemma.lower() not in _MISHAP_VERBS and not _fuel_burst(tree, i):
        return False
    return not any(tree.tok(k).lemma.lower() in _FORCE for k in tree.subtree(i))


def _fuel_burst(tree: Tree, i: int) -> bool:
    """A fuel or its vessel as what exploded or caught fire ("a gas cylinder exploded", "a boiler
    burst", "a fuel tanker exploded"); "a car exploded" or "a device exploded" may be a bomb."""
    if tree.tok(i).lemma.lower() not in _BURSTING:
        return False
    for subj in tree.children(i, "nsubj"):
        kinds = {subj.lemma.lower(), *(c.lemma.lower() for c in tree.children(subj.i, "compound", "amod"))}
        if kinds & (_FUELS | _FUEL_VESSELS):
            return True
    return False


def accidental_cause(tree: Tree, cand: Candidate) -> bool:
    """True when a verb trigger's cause is an accident, or a nominal trigger is itself an
    industrial explosion (the coder may fold "killed" into its subject "explosion"; see the
    module's docstring)."""
    if cand.nominal:
        return tree.tok(cand.i).lemma.lower() in _BLASTS and _industrial_explosion(tree, cand.i)
    if any(_accident_noun(tree, c.i) for c in stated_causes(tree, cand.i)):
        return True
    if _mishap_outcome(tree, cand.i):
        return True
    return any(_mishap_clause(tree, c.i) for c in tree.children(cand.i, "advcl"))


def _mishap_outcome(tree: Tree, verb: int) -> bool:
    """True for a participle of the toll after a mishap's own verb ("a bus plunged off a cliff,
    killing 24 passengers", "the building collapsed, killing six"): the participle tells what
    the mishap did. A weapon as what crashed ("a rocket crashed into a house, killing three")
    keeps the attack."""
    tok = tree.tok(verb)
    head = tree.head(verb)
    if head is None or tok.dep != "advcl" or tok.tag != "VBG":
        return False
    if head.lemma.lower() not in _MISHAP_VERBS and not _fuel_burst(tree, head.i):
        return False
    subjects = tree.children(head.i, "nsubj")
    if not subjects:
        return False
    return not any(tree.tok(k).lemma.lower() in _FORCE for s in subjects for k in tree.subtree(s.i))
