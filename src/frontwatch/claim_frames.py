"""Claims denied, dismissed or called false, and phrasal verbs of not doing: the frames by which
a clause's content did not happen ("ruled out sending", "stopped short of imposing", "brushed
aside claims that", "branded the report a lie", "[Claims that …] were false"). Read by
factuality.py's frames."""

from __future__ import annotations

from .factuality_words import DENY_OBJECTS, DISMISSING, FALSITY
from .nlp import Token
from .syntax import CLAIM_WORDS, Tree

_SHORT = frozenset({"short"})
_OUT = frozenset({"out"})
_OFF_BACK = frozenset({"off", "back"})
_AWAY = frozenset({"away", "down", "off"})
_BACK = frozenset({"back"})


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
    """A report or claim called false: "branded the report a lie", "called reports … groundless"
    (the object also when the parser took it for the predicate: "called reports that … fabricated")."""
    return called_claim(tree, verb) is not None


def called_claim(tree: Tree, verb: Token) -> Token | None:
    """The claim noun a verb of calling calls false: its object ("branded the report a lie"), also
    when the parser made the object the predicate ("called reports that … fabricated") or a
    compound of a falsity noun it took for the object ("called [the report disinformation]")."""
    claim = tree.has_lemma(verb.i, DENY_OBJECTS, "dobj", "oprd")
    if claim is None:
        obj = tree.child(verb.i, "dobj")
        if obj is None or obj.lemma.lower() not in FALSITY:
            return None
        return tree.has_lemma(obj.i, DENY_OBJECTS, "compound")
    after = (tree.tok(k) for k in tree.subtree(verb.i) if k > verb.i)
    false = any(
        t.lemma.lower() in FALSITY or t.text.lower() in FALSITY for t in after
    )  # "fabricated" as a verb
    return claim if false else None


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


# Adjectives by which a report's content stays unestablished: "unconfirmed reports that …".
_UNCONFIRMED = frozenset({"unconfirmed", "unverified", "uncorroborated", "unsubstantiated", "unsourced"})
# Verbs of taking a statement back, and the sayings they take back ("retracted a statement that …",
# "withdrew its claim that …", "walked back remarks that …").
_RETRACTING = frozenset({"retract", "withdraw", "recant", "walk"})
_SAYINGS = CLAIM_WORDS | frozenset({"statement", "remark", "comment", "announcement", "report"})
_CONTENT_DEPS = frozenset({"acl", "ccomp", "relcl"})


def unconfirmed_claim(tree: Tree, noun: Token, below: Token) -> Token | None:
    """The adjective by which a claim noun's content clause is left unconfirmed: "there were
    unconfirmed reports that Wagner fighters had crossed into Belarus" asserts only that reports
    exist; what they say is neither asserted nor denied."""
    if noun.pos != "NOUN" or noun.lemma.lower() not in CLAIM_WORDS or below.dep not in _CONTENT_DEPS:
        return None
    return tree.has_lemma(noun.i, _UNCONFIRMED, "amod")


def retracted(tree: Tree, verb: Token) -> bool:
    """A verb of taking back with a saying as its object ("retracted an earlier statement that its
    forces had recaptured the village", "withdrew a statement saying troops had seized …"): the
    speaker no longer asserts the content, nor denies it. "walked back" needs its particle."""
    lemma = verb.lemma.lower()
    if verb.pos != "VERB" or lemma not in _RETRACTING:
        return False
    if lemma == "walk" and tree.has_lemma(verb.i, _BACK, "prt", "advmod") is None:
        return False
    return tree.has_lemma(verb.i, _SAYINGS, "dobj") is not None


def retracted_saying(tree: Tree, verb: Token) -> bool:
    """A reporting participle on a saying that was taken back ("withdrew a statement saying troops
    had seized a village"): what it says is no longer asserted."""
    if verb.dep != "acl" or verb.tag != "VBG":
        return False
    noun = tree.head(verb.i)
    if noun is None or noun.lemma.lower() not in _SAYINGS or noun.dep != "dobj":
        return False
    taker = tree.head(noun.i)
    return taker is not None and retracted(tree, taker)


# Adverbs by which the outlet marks a saying false: "a post falsely claims that …".
_FALSELY = frozenset({"falsely", "wrongly", "erroneously", "mistakenly", "untruthfully", "baselessly"})


def said_falsely(tree: Tree, node: Token, below: Token) -> bool:
    """A saying the text itself calls false: a verb with "falsely" over its content clause ("a
    graphic that falsely claims Obama invited him", "wrongly reported that troops had crossed"),
    or a claim noun called false over its content ("false claims that Kyiv shelled the plant",
    "baseless reports that …"). What it says is denied, in the outlet's voice."""
    if below.dep not in _CONTENT_DEPS:
        return False
    if node.pos in ("VERB", "AUX"):
        return tree.has_lemma(node.i, _FALSELY, "advmod") is not None
    if node.pos == "NOUN" and node.lemma.lower() in CLAIM_WORDS:
        return tree.has_lemma(node.i, FALSITY, "amod") is not None
    return False
