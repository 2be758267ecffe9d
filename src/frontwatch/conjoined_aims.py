"""A noun conjoined after a plan's or a deal's aim clause, which the parser hung on the plan noun
or on the verb of aiming instead of on the aim's object (for factuality.py): "drafted a plan
aimed at securing a truce and the withdrawal of troops" plans both; neither is done.
"""

from __future__ import annotations

from .nlp import Token
from .syntax import Tree, words

_TO = frozenset({"to"})
# Clauses a noun's aim or content hangs from ("a plan aimed at securing …", "a deal to end …").
_AIM_CLAUSES = ("acl", "relcl")
_NOUN_SLOTS = ("dobj", "pobj")


def aim_conjunct(tree: Tree, trigger: int) -> int | None:
    """The last object inside a noun's aim clause when the parser hung the trigger, a noun
    conjoined after that clause, on the noun itself: "drafted a plan aimed at securing a truce and
    the withdrawal of troops" is a plan for both, not a plan and a withdrawal done."""
    tok = tree.tok(trigger)
    head = tree.head(trigger)
    if tok.dep != "conj" or tok.pos != "NOUN" or head is None:
        return None
    if head.pos == "VERB" and head.lemma.lower() in _AIMING:  # the noun hung on "aimed" itself
        return _last_slot(tree, head, trigger)
    if head.pos != "NOUN":
        return None
    for clause in tree.children(head.i, *_AIM_CLAUSES):
        if not head.i < clause.i < trigger:
            continue
        slot = _last_slot(tree, clause, trigger) if _framed_aim(tree, clause) else None
        if slot is not None:
            return slot
    return None


def _last_slot(tree: Tree, clause: Token, before: int) -> int | None:
    """The last noun object inside a clause before token `before`."""
    slots = [k for k in tree.subtree(clause.i) if k < before and k != clause.i
             and tree.tok(k).dep in _NOUN_SLOTS and tree.tok(k).pos == "NOUN"]  # fmt: skip
    return slots[-1] if slots else None


def _framed_aim(tree: Tree, clause: Token) -> bool:
    """True for a clause that states an aim or a plan's content ("aimed at securing", "designed
    to", "intended to", "to secure"): what follows in it is not yet done."""
    return clause.lemma.lower() in _AIMING or tree.has_lemma(clause.i, _TO, "aux") is not None


_AIMING = words("aim design intend mean seek envisage")
