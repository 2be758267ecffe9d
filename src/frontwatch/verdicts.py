"""Events named as what a judgement or a reply is about: given, not framed.

"considered the Russian strike a war crime" rates a definite event that took place, as "called"
does; "did not comment on the Russian strike", "did not condemn the Israeli strike" leave the
strike actual, and so does an inquiry into it: no frame above such a word reaches the event.
"""

from __future__ import annotations

from .nlp import Token
from .syntax import Tree, words
from .topics import DISCUSSING, inquired, known

# Framing verbs that also judge: with a predicate complement ("considered the strike a war crime",
# "consider the attack to be an act of sabotage") they rate a definite event, which stays as it was.
JUDGING_AS = words("consider")
_AS = frozenset({"as"})
_A = frozenset({"a", "an"})


def judged(tree: Tree, verb: Token, below: Token) -> bool:
    """A definite event with a predicate complement of a judging verb: its object with an "oprd"
    or "as" phrase, the subject of a verbless or "to be" small clause, or (where the parse lost
    the small clause) an indefinite noun phrase that starts right after a noun of the object
    ("the Russian strike on Kyiv a war crime"). "is considering the deployment of missiles" has
    no predicate and stays weighed."""
    if below.dep == "dobj":
        event = below
        rated = tree.child(verb.i, "oprd") is not None
        rated = rated or any(tree.has_lemma(t.i, _AS, "prep") is not None for t in (verb, below))
        rated = rated or _juxtaposed(tree, below)
    elif below.dep in ("ccomp", "xcomp") and (below.pos in ("NOUN", "ADJ") or below.lemma.lower() == "be"):
        subj = tree.child(below.i, "nsubj")
        if subj is None:  # "considers the Hamas attack an act of war", the predicate hung inside
            return below.pos == "NOUN" and _juxtaposed(tree, below) and tree.definite(below.i)
        event, rated = subj, True
    else:
        return False
    return rated and tree.definite(event.i)


def _juxtaposed(tree: Tree, obj: Token) -> bool:
    """An "a"/"an" in the object's phrase right after a noun: a second noun phrase with no
    preposition of its own, the predicate the parse hung inside the object."""
    for k in tree.subtree(obj.i):
        t = tree.tok(k)
        prev = tree.tok(k - 1) if k > obj.i else None
        if t.dep == "det" and t.lemma.lower() in _A and prev is not None and prev.pos in ("NOUN", "PROPN"):
            return True
    return False


# Words of replying: the event they are about is given, not framed ("did not comment on the strike").
REPLY_WORDS = words("""comment respond react reply remark elaborate response reaction detail""")
# Verbs of judging an event: its definite object is given ("did not condemn the Israeli strike").
JUDGING_VERBS = words("""condemn criticise criticize denounce mention discuss address welcome investigate""")
_TOPIC_PREPS = frozenset({"on", "to", "about", "over", "of"})


def replied_topic(tree: Tree, noun: Token, prep: Token) -> bool:
    """A definite event named as what a reply or a judgement is about is taken as given: "did not
    comment on the Russian strike", "has yet to respond to the U.S. request", "declined to give
    details of the raid", "did not condemn the Israeli strike" (`prep` is then the verb), "ordered
    an inquiry into the shooting"; no negation or frame above the reply reaches it."""
    if noun.dep == "dobj" and prep.lemma.lower() in JUDGING_VERBS:
        # "discussed the Russian attack" is given, "discussed the deployment of peacekeepers" open
        return known(tree, noun) if prep.lemma.lower() in DISCUSSING else tree.definite(noun.i)
    if inquired(tree, noun, prep):
        return True  # "ordered an inquiry into the shooting of protesters": the shooting happened
    if noun.dep != "pobj" or prep.lemma.lower() not in _TOPIC_PREPS or prep.head == prep.i:
        return False
    if tree.tok(prep.head).lemma.lower() not in REPLY_WORDS:
        return False
    return tree.definite(noun.i)
