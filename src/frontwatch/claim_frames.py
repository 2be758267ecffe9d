"""Claims denied, dismissed or called false, and phrasal verbs of not doing: the frames by which
a clause's content did not happen ("ruled out sending", "stopped short of imposing", "brushed
aside claims that", "branded the report a lie", "[Claims that …] were false"). Read by
factuality.py's frames."""

from __future__ import annotations

from .factuality_words import DENY_OBJECTS, DISMISSING, FALSITY
from .nlp import Token
from .syntax import Tree

_SHORT = frozenset({"short"})
_OUT = frozenset({"out"})
_OFF_BACK = frozenset({"off", "back"})
_AWAY = frozenset({"away", "down", "off"})


def phrasal_denial(tree: Tree, node: Token, below: Token) -> bool:
    """A phrasal verb by which its subject does not do what follows: "ruled out sending",
    "stopped short of imposing", "stopped the army from entering", "held off on imposing",
    "backed away from plans to deploy"."""
    lemma, prep = node.lemma.lower(), below.dep == "prep"
    if lemma == "rule":
        return tree.has_lemma(node.i, _OUT, "prt") is not None
    if lemma == "stop":
        short = tree.has_lemma(node.i, _SHORT, "advmod", "acomp") is not None  # "stopped short of"
        short = short or below.lemma.lower() == "short"
        return short or (prep and below.lemma.lower() == "from")
    if lemma == "keep":
        return prep and below.lemma.lower() == "from"  # "kept the convoy from crossing"
    if lemma == "hold":
        return prep and tree.has_lemma(node.i, _OFF_BACK, "prt") is not None
    if lemma == "back":
        return prep and tree.has_lemma(node.i, _AWAY, "advmod", "prt") is not None
    return False


def dismissing(tree: Tree, verb: Token) -> bool:
    """A phrasal verb of dismissing has its particle ("brushed aside", not "brushed")."""
    lemma = verb.lemma.lower()
    return lemma not in DISMISSING or tree.has_lemma(verb.i, DISMISSING[lemma], "prt", "advmod") is not None


def disputed(tree: Tree, verb: Token) -> bool:
    """A report or claim as a verb's object, direct or after a preposition ("scoffed at reports")."""
    if tree.has_lemma(verb.i, DENY_OBJECTS, "dobj"):
        return True
    return any(tree.has_lemma(p.i, DENY_OBJECTS, "pobj") for p in tree.children(verb.i, "prep"))


def called_false(tree: Tree, verb: Token) -> bool:
    """A report or claim called false: "branded the report a lie", "called reports … groundless"."""
    if not tree.has_lemma(verb.i, DENY_OBJECTS, "dobj"):
        return False
    return any(tree.tok(k).lemma.lower() in FALSITY for k in tree.subtree(verb.i) if k > verb.i)


# Claim nouns as written, whatever the parser made of them ("Claims Ukraine attacked … were false").
_CLAIM_FORMS = frozenset({"claim", "claims", "report", "reports", "allegation", "allegations", "rumour",
                          "rumours", "rumor", "rumors", "accusation", "accusations", "suggestion",
                          "suggestions", "assertion", "assertions"})  # fmt: skip


def falsified(tree: Tree, trigger: int) -> str | None:
    """The word by which a claim around the trigger is called false, read off the surface where
    the parse is lost: "[Claims (that) Ukraine attacked the plant] were false" — a claim noun
    before the trigger, a copula after it and a falsity adjective right after the copula."""
    toks = tree.tokens
    if not any(t.text.lower() in _CLAIM_FORMS for t in toks[:trigger]):
        return None
    for t in toks[trigger + 1 :]:
        if t.lemma.lower() != "be":
            continue
        rest = [k for k in toks[t.i + 1 : t.i + 4] if k.tag != "RB"]  # "were completely false"
        if rest and rest[0].pos == "ADJ" and rest[0].lemma.lower() in FALSITY:
            return rest[0].text
        return None
    return None
