"""Stern measures announced on a condition or against a party: a threat (PLOVER THREATEN).

"would continue to take firm measures if the attacks went on", "will take tough action against
anyone who joins the strike": the speaker puts an unnamed coercive act on the table, as a warning
does. The same words in the past ("took firm measures to restore order") report the measures
themselves, and a plan with no condition or target ("will take strong measures to curb
inflation") threatens no one; neither is a threat.

triggers.py keeps a THREATEN "take > measure|action|step" trigger only when `stern_measures` holds,
and an answer to a hostile act ("would respond to the expulsion") only when `announced_answer`
holds; code.py codes the threat as made (`actual`): announcing the measures is the threat, whatever
becomes of them.
"""

from __future__ import annotations

from .clauses import condition
from .factuality_words import FUTURE_TENSE
from .nlp import Token
from .syntax import Tree, words

# Adjectives that make a measure coercive: how hard it will hit, not what it is for.
_STERN = words("""firm tough strong resolute stern harsh drastic severe decisive punitive retaliatory
    forceful swift serious necessary appropriate stringent strict""")
_AGAINST = frozenset({"against"})
# Verbs a threatened act may hang under ("would continue to take", "is ready to take").
_RAISING = frozenset({"xcomp"})


def _stern_objects(tree: Tree, verb: Token) -> list[Token]:
    """The verb's objects qualified as stern ("firm measures")."""
    objs = tree.children(verb.i, "dobj", "nsubjpass")
    return [o for o in objs if tree.has_lemma(o.i, _STERN, "amod") is not None]


def _conditioned(tree: Tree, verb: Token, objs: list[Token]) -> bool:
    """True when the verb, or a verb it is the complement of, carries a condition ("… if the
    attacks went on", "Should the strike go ahead, …"), or the verb or its measures name a
    target ("against anyone who", "tough action against intruders")."""
    if any(tree.has_lemma(o.i, _AGAINST, "prep") is not None for o in objs):
        return True
    node: Token | None = verb
    for _ in range(3):
        if node is None:
            return False
        if any(condition(tree, c) for c in tree.children(node.i, "advcl")):
            return True
        if tree.has_lemma(node.i, _AGAINST, "prep") is not None:
            return True
        node = tree.head(node.i) if node.dep in _RAISING else None
    return False


def stern_measures(tree: Tree, verb: Token) -> bool:
    """True for stern measures announced, not reported: the bare verb ("would take", "to take"),
    a stern object, and a condition or a target."""
    if verb.tag != "VB":
        return False
    objs = _stern_objects(tree, verb)
    return bool(objs) and _conditioned(tree, verb, objs)


# Verbs of taking measures: their THREATEN trigger is a threat only as stern measures announced.
TAKING = words("take adopt")
# Verbs of answering a hostile act, pursuing its perpetrators or exacting a price for it ("would
# respond to the expulsion", "will hunt down those responsible", "would exact a price from Iran"):
# announced, a threat; reported done, the answer is told by its own act ("responded to the
# expulsion by expelling ten diplomats").
# Crushing a hostile move or imposing a cost, announced in advance, is the same warning ("would
# crush any incursion", "would impose severe costs on Moscow"); reported done, it is no threat.
ANSWERING = words("respond react hunt exact crush impose answer")


# The verbs that announce an act of one's own ("vowed to respond").
_VOWING = words("vow pledge promise swear threaten warn intend plan")


# A right to answer claimed ("reserves every right to respond", "had every right to respond").
_RIGHT = words("right")
_CLAIMING_RIGHT = words("have reserve retain")


def right_to_answer(tree: Tree, verb: Token) -> bool:
    """True for an answer claimed as one's right ("Russia reserves the right to respond",
    "Pakistan had every right to respond"): the claim announces the answer, as "would respond"
    does; a right denied ("has no right to respond") announces nothing."""
    right = tree.head(verb.i)
    if verb.tag != "VB" or verb.dep not in ("acl", "xcomp") or right is None:
        return False
    if right.lemma.lower() not in _RIGHT or right.dep not in ("dobj", "npadvmod"):
        return False
    if any(d.lemma.lower() == "no" for d in tree.children(right.i, "det")):
        return False
    holder = tree.head(right.i)
    return (
        holder is not None and holder.lemma.lower() in _CLAIMING_RIGHT and tree.child(holder.i, "neg") is None
    )


_KIND = words("kind")


def in_kind(tree: Tree, verb: Token) -> bool:
    """ "Would respond in kind": an answer that returns the hostile act it answers, a threat
    like an answer to a named act ("would respond to the expulsion")."""
    return any(
        tree.has_lemma(p.i, _KIND, "pobj") is not None
        for p in tree.children(verb.i, "prep")
        if p.lemma.lower() == "in"
    )


def announced_answer(tree: Tree, verb: Token) -> bool:
    """True for an answer announced: the bare verb under "will"/"would", a vow or a right claimed
    ("would respond", "will hunt down", "vowed to respond", "reserves the right to respond"); not
    one reported ("responded", "is responding"), denied or still awaited ("did not respond", "has
    yet to react")."""
    if verb.tag != "VB" or tree.child(verb.i, "neg") is not None:
        return False
    if right_to_answer(tree, verb):
        return True
    if any({a.lemma.lower(), a.text.lower()} & FUTURE_TENSE for a in tree.children(verb.i, "aux")):
        return True
    head = tree.head(verb.i)
    vowed = verb.dep == "xcomp" and head is not None and head.lemma.lower() in _VOWING
    return vowed and head is not None and tree.child(head.i, "neg") is None


# Objects of "take" that are force in answer to a wrong ("take revenge"): announced, a threat.
_REVENGE = words("revenge vengeance retribution")


def vowed_revenge(tree: Tree, verb: Token) -> bool:
    """True for revenge announced ("vowed to take revenge on Israel", "would take revenge"): the
    announcement threatens force, as "would respond" does; revenge reported taken ("took revenge
    on the villagers") is no threat. Revenge needs no stern adjective or condition to threaten."""
    objs = tree.children(verb.i, "dobj")
    return any(o.lemma.lower() in _REVENGE for o in objs) and announced_answer(tree, verb)


def announced_threat(tree: Tree, etype: str, trigger: int) -> bool:
    """True for a THREATEN coded off stern measures ("would take firm measures if …") or an answer
    announced ("would respond to the expulsion"): the announcement is the threat, made whether or
    not the measures follow."""
    return etype == "THREATEN" and tree.tok(trigger).lemma.lower() in TAKING | ANSWERING
