"""Events a sentence presupposes rather than asserts (read by factuality.py).

A definite description presupposes that what it describes exists, and a presupposition survives
the modal, the negation or the attitude verb above it (it "projects"): in "aid groups warned
that the siege of Djibo could cause famine" the famine is what could happen; the siege is taken
as going on. The rule is kept to event nouns that are the active subject of a verb of effect
("cause", "push", "force") and that a restrictive complement pins down ("the siege of Djibo",
"Russia's blockade"): a bare "the operation" may point back to one only announced ("fear the
operation could lead to disappearances"), and a verb of taking place leaves the event itself in
question ("the offensive could begin next week").
"""

from __future__ import annotations

from .nlp import Token
from .syntax import THE, Tree, words

# Modifiers by which a definite description picks out one event: its "of" object, a possessor,
# a named party or place before it.
_OF = frozenset({"of", "on", "against"})  # "the siege of Djibo", "the strikes on the port"
_NAME_TAGS = frozenset({"NNP", "NNPS"})


def presupposed_subject(tree: Tree, node: Token, verb: Token) -> bool:
    """True when `node`, an event noun, is a definite and pinned-down active subject of `verb`,
    a verb of effect: the event is presupposed, whatever frames `verb`."""
    if node.dep != "nsubj" or node.pos != "NOUN" or verb.pos not in ("VERB", "AUX"):
        return False
    if verb.lemma.lower() not in _EFFECT_VERBS:
        return False
    if not tree.definite(node.i, THE):
        return False
    return _pinned(tree, node)


# Verbs of effect: their subject is the cause, taken as given ("the siege could cause famine");
# not verbs of taking place or of state ("the withdrawal remains under discussion").
_EFFECT_VERBS = words("""cause push force trigger lead spark fuel worsen deepen aggravate exacerbate
    create bring drive prompt provoke disrupt hurt damage hamper undermine threaten leave plunge halt
    stop block delay endanger jeopardise jeopardize cripple""")


def _pinned(tree: Tree, node: Token) -> bool:
    """A possessor, a proper-name modifier or an "of", "on" or "against" phrase naming what the
    event concerns or strikes."""
    for c in tree.children(node.i):
        if c.dep == "poss":
            return True
        if c.dep in ("compound", "amod") and c.i < node.i and c.tag in _NAME_TAGS:
            return True
        if c.dep == "prep" and c.lemma.lower() in _OF and tree.child(c.i, "pobj") is not None:
            return True
    return False
