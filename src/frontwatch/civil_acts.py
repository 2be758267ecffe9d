"""Business and civil readings of material trigger verbs (a step of `figurative.figurative`).

Verbs of force, pull-back and seizure also tell what firms and civil offices do, which PLOVER
codes as no party's act:
- a raid by tax, customs, health or other civil inspectors is a search of premises, no attack
  ("tax inspectors raided the offices of the company"); a police raid is read by its sector
  (triggers.yaml: COERCE) and a military one stays an attack;
- a firm pulling out of a country, a market or a venture takes a business decision, no party's
  pull-back ("the company pulled out of Nigeria", "pulled out of its onshore oil fields");
- control of a company taken in a bailout, a takeover or a deal is a purchase, no seizure
  ("the government seized control of the troubled airline in a bailout").
"""

from __future__ import annotations

from .nlp import Token
from .syntax import Tree, words

# Civil inspectors and the offices they inspect for: their raid is a search, no attack.
_INSPECTORS = words("inspector auditor regulator examiner assessor taxman watchdog")
_CIVIL_OFFICES = words("""tax customs revenue health safety food labour labor competition antitrust
    environmental environment consumer fiscal""")
# Words that name a firm; a subject with one of them in its phrase is a business ("oil giant Shell").
_FIRMS = words("""company firm corporation conglomerate carmaker automaker insurer retailer
    manufacturer multinational giant airline lender producer supermarket chain brand business plc
    inc ltd corp""")
# What a firm has and leaves: markets, ventures, fields and plants.
_ASSETS = words("market exchange listing business venture stake investment oilfield franchise subsidiary")
# A field is a firm's when it yields oil or gas ("its onshore fields"); a field of battle is not.
_FIELD_KINDS = words("oil gas onshore offshore")
# Dealings in which control of a firm is taken by purchase.
_DEALS = words("""bailout bail-out rescue takeover buyout deal merger acquisition nationalisation
    nationalization restructuring share shares stake""")
_SEIZING = words("seize take grab assume wrest")
_PULLING = words("pull withdraw leave exit quit retreat")


def civil_act(tree: Tree, verb: Token, event_type: str) -> bool:
    """True for a raid by civil inspectors, a firm's withdrawal or control of a firm taken in a
    deal (see the module docstring)."""
    lemma = verb.lemma.lower()
    if event_type == "ASSAULT" and lemma == "raid":
        return any(_inspector(tree, a) for a in _agents(tree, verb))
    if event_type == "RETREAT" and lemma in _PULLING:
        return _firm_leaves(tree, verb)
    if event_type == "COERCE" and lemma in _SEIZING:
        return _firm_bought(tree, verb)
    return False


def _agents(tree: Tree, verb: Token) -> list[Token]:
    """The verb's subject, or the "by" agent of its passive."""
    by = [o for a in tree.children(verb.i, "agent") for o in tree.children(a.i, "pobj")]
    return [*tree.children(verb.i, "nsubj"), *by]


def _inspector(tree: Tree, tok: Token) -> bool:
    """True for an inspector or a civil office's officer ("tax inspectors", "customs officers",
    "health officials"); police and troops are no civil office."""
    mods = {c.lemma.lower() for c in tree.children(tok.i, "compound", "amod")}
    return tok.lemma.lower() in _INSPECTORS or bool(mods & _CIVIL_OFFICES)


def _firm(tree: Tree, tok: Token) -> bool:
    """True when a phrase names a firm ("the company", "oil giant Shell", "Acme Corp")."""
    return any(
        tree.tok(k).lemma.lower() in _FIRMS for k in tree.subtree(tok.i, skip=("prep", "relcl", "acl"))
    )


def _left(tree: Tree, verb: Token) -> list[Token]:
    """What the verb leaves: its object, or the object of "of"/"from" under it or its particle."""
    heads = [verb, *(p for p in tree.children(verb.i, "prt", "advmod", "prep") if p.lemma.lower() == "out")]
    preps = [p for h in heads for p in tree.children(h.i, "prep") if p.lemma.lower() in ("of", "from")]
    return [*tree.children(verb.i, "dobj"), *(o for p in preps for o in tree.children(p.i, "pobj"))]


def _firm_leaves(tree: Tree, verb: Token) -> bool:
    """True for a firm that pulls out ("the company pulled out of Nigeria") or anyone leaving a
    firm's asset ("pulled out of its onshore oil fields", "withdrew from the joint venture")."""
    left = _left(tree, verb)
    if not left:
        return False
    if any(o.lemma.lower() in _ASSETS or _oil_field(tree, o) for o in left):
        return True
    return any(_firm(tree, s) for s in tree.children(verb.i, "nsubj"))


def _oil_field(tree: Tree, tok: Token) -> bool:
    """True for an oil or gas field ("Nigeria's onshore fields", "the gas field")."""
    if tok.lemma.lower() != "field":
        return False
    return any(c.lemma.lower() in _FIELD_KINDS for c in tree.children(tok.i, "compound", "amod"))


def _firm_bought(tree: Tree, verb: Token) -> bool:
    """True for control of a firm taken in a deal ("seized control of the troubled airline in a
    bailout", "took control of the bank through a share purchase"), or a firm taking another."""
    controlled = [
        o
        for c in tree.children(verb.i, "dobj")
        if c.lemma.lower() in ("control", "ownership", "charge")
        for p in tree.children(c.i, "prep")
        if p.lemma.lower() == "of"
        for o in tree.children(p.i, "pobj")
    ]
    if not any(_firm(tree, o) for o in controlled):
        return False
    if any(_firm(tree, s) for s in tree.children(verb.i, "nsubj")):
        return True
    return any(t.lemma.lower() in _DEALS for t in tree.tokens)
