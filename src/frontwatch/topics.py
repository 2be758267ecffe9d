"""Events named as the topic of another word: inquired into, discussed, made a condition of
(read by factuality.py).

An event can be named only as what someone talks about, inquires into or makes a condition of.
Whether the report then asserts it depends on the word and on how the event is named:
- an inquiry's act took place: "ordered an inquiry into the shooting of protesters" leaves the
  shooting actual, whatever frame ("ordered", "will open") is above the inquiry;
- a definite act discussed is a known occurrence ("discussed the Russian attack on the embassy"),
  but a "the" licensed only by an "of" phrase naming an indefinite kind of party ("the release of
  hostages", "the deployment of peacekeepers", "the withdrawal of Russian troops") names the act
  under discussion, not one that took place: it stays open, as "new sanctions" does;
- what an agreement or a plan is "on" or "for", or what it "provides for", is still to come ("the
  agreement on the withdrawal of Russian troops was signed", "the accord provides for the
  withdrawal of foreign troops"); a truce or a ban it puts in force is not;
- what "depends on" or "hinges on" a condition is still open, and so is a condition told as a
  gerund clause ("depended on the government meeting their demands"); a noun on which something
  depends is not thereby doubted ("depends on Western aid").
"""

from __future__ import annotations

from .factuality_words import DECREED
from .nlp import Token
from .syntax import THE, Tree, words

# Nouns of an inquiry and the prepositions that name what it is into.
INQUIRIES = words("inquiry enquiry investigation probe")
_INTO = frozenset({"into", "of"})
# Verbs of discussing: they take no stand on whether their object happened.
DISCUSSING = words("discuss debate")
# Nouns of an agreement or a plan, and the prepositions that name what it provides.
AGREEMENTS = words("agreement accord deal treaty pact plan roadmap arrangement")
_PROVIDED = frozenset({"on", "for"})
_FOR = frozenset({"for"})
# Verbs whose subject holds only on a condition.
CONTINGENT = words("depend hinge")
_OF = frozenset({"of"})
_ON = frozenset({"on", "upon"})


def inquired(tree: Tree, noun: Token, prep: Token) -> bool:
    """A definite act an inquiry is into: "an inquiry into the shooting of protesters", "the
    investigation of the killings" (`prep` the preposition above the noun)."""
    if noun.dep != "pobj" or prep.lemma.lower() not in _INTO or prep.head == prep.i:
        return False
    above = prep.head
    # "ordered an inquiry on Tuesday into the bombing": the parser hangs "into" on the verb
    if prep.lemma.lower() == "into" and (probe := tree.has_lemma(above, INQUIRIES, "dobj")) is not None:
        above = probe.i
    return tree.tok(above).lemma.lower() in INQUIRIES and tree.definite(noun.i)


def known(tree: Tree, noun: Token) -> bool:
    """A definite event taken as a known occurrence: "the Russian attack on the embassy",
    "Sunday's strike", "the release of the two hostages"; not "the release of hostages", whose
    "the" only its "of" phrase licenses (a kind of act, the one talked about)."""
    if not tree.definite(noun.i):
        return False
    if tree.child(noun.i, "poss") is not None or tree.has_lemma(noun.i, THE, "det") is None:
        return True  # "Sunday's strike", "this attack"
    of = tree.has_lemma(noun.i, _OF, "prep")
    theme = tree.child(of.i, "pobj") if of is not None else None
    return theme is None or theme.pos == "PROPN" or tree.definite(theme.i)


def contingent(tree: Tree, verb: Token, below: Token) -> bool:
    """The subject of "depends on"/"hinges on" ("the release of the hostages depended on …"), or
    the gerund condition it depends on ("… on the government meeting their demands")."""
    if verb.lemma.lower() not in CONTINGENT:
        return False
    if below.dep in ("nsubj", "nsubjpass", "csubj"):
        return True
    if below.dep == "advcl":  # the parser's reading of "on the government meeting …"
        return below.tag == "VBG" and tree.has_lemma(verb.i, _ON, "prep") is not None
    if below.dep != "prep" or below.lemma.lower() not in _ON:
        return False
    if tree.child(below.i, "pcomp") is not None:
        return True
    party = tree.child(below.i, "pobj")  # "on the rebels releasing …", the gerund hung on its subject
    return party is not None and any(c.tag == "VBG" for c in tree.children(party.i, "acl"))


def provided(tree: Tree, noun: Token, prep: Token, act: Token | None = None) -> bool:
    """An act an agreement or a plan is on or for ("the agreement on the withdrawal of Russian
    troops", "a plan for the return of refugees") or that something "provides for" ("the accord
    provides for the withdrawal of troops"), not a state put in force ("a deal on a ceasefire"):
    what it provides is still to come (`prep` the preposition above the noun; `act` the event
    noun when `noun` is the first of its conjuncts: "provides for a truce and the withdrawal")."""
    if noun.dep != "pobj" or prep.lemma.lower() not in _PROVIDED or prep.head == prep.i:
        return False
    if (act or noun).lemma.lower() in DECREED:
        return False
    above = tree.tok(prep.head).lemma.lower()
    if above == "call" and prep.lemma.lower() in _FOR:  # "the plan calls for the withdrawal of …"
        return any(s.lemma.lower() in AGREEMENTS for s in tree.children(prep.head, "nsubj"))
    return above in AGREEMENTS or (above == "provide" and prep.lemma.lower() in _FOR)
