"""Event nouns told again (step 1 of event coding, beside triggers.py): a bare definite noun that
heads a multiword event noun the story has already reported ("North Korea conducted a nuclear
test. … the test had been carried out in the northeast"). Alone the noun has other senses ("a
drug test", "the test of wills"); after the event it names the same kind of event again, whose
party is the one that story gave it unless its own sentence names another.
"""

from __future__ import annotations

from .candidates import Candidate
from .discourse import Discourse
from .lexicon import Lexicon, Trigger
from .models import Entity
from .nlp import Token
from .syntax import THE, Tree, words
from .triggers import light_verb

# Dependents that make the noun another one than the told event ("the drug test", "the test of
# wills", "a second test"): only a bare "the test" refers back.
_OWN_MODIFIERS = frozenset({"compound", "amod", "prep", "nummod", "poss", "acl", "relcl"})
_NOUN_POS = frozenset({"NOUN"})


# Pacts: "the agreement" signed after the story told the deal reached names that deal's parties.
_PACTS = words("agreement deal accord pact treaty memorandum")
_PACT = "the pact"  # the discourse key of the last pact agreed, reached or signed
_PACT_TYPES = frozenset({"AGREE", "SUPPORT"})


def note_told(
    discourse: Discourse, tree: Tree, cand: Candidate, entry: Trigger, actors: tuple[Entity, ...]
) -> None:
    """Remember a multiword event noun coded with a known party ("a nuclear test" by North Korea)
    under its head word, for a later bare "the test"; and the parties of a pact agreed or signed
    ("Israel and Egypt reached a deal"), for a later "the agreement will be signed"."""
    known = tuple(a for a in actors if a.country)
    if not known:
        return
    if cand.nominal and len(entry.words) > 1:
        discourse.told[entry.lemma] = (entry, known)
    pact = cand.i if cand.nominal else cand.obj
    if entry.event_type in _PACT_TYPES and pact is not None and tree.tok(pact).lemma.lower() in _PACTS:
        discourse.told[_PACT] = (entry, known)


def told_again(tree: Tree, discourse: Discourse, lexicon: Lexicon, cands: list[Candidate]) -> list[Candidate]:
    """Candidates for the bare definite nouns that head an event noun told before, under a light
    verb that tells the act ("the test had been carried out", "conducted the test")."""
    if not discourse.told:
        return []
    _signed_pacts(tree, discourse, cands)
    taken = {k for c in cands for k in (c.i, c.obj) if k is not None}
    found: list[Candidate] = []
    for tok in tree.tokens:
        known = discourse.told.get(tok.lemma.lower()) if tok.pos in _NOUN_POS else None
        if known is None or tok.i in taken or not _bare_definite(tree, tok):
            continue
        light = light_verb(tree, tok, lexicon)
        if light is None:
            continue  # "students sat the test", "the test was condemned": no act told again
        cand = Candidate(tok.i, [known[0]], light.i, True, None, tok.i, start=tok.i)
        cand.told_by = known[1]
        found.append(cand)
    return found


def _bare_definite(tree: Tree, tok: Token) -> bool:
    """True for "the test" with no modifier of its own."""
    if tree.has_lemma(tok.i, THE, "det") is None:
        return False
    return not any(c.dep in _OWN_MODIFIERS for c in tree.children(tok.i))


def _signed_pacts(tree: Tree, discourse: Discourse, cands: list[Candidate]) -> None:
    """Give a definite pact signed with no party of its own ("the agreement is expected to be
    signed next week") the parties of the pact the story told last."""
    pact = discourse.told.get(_PACT)
    if pact is None:
        return
    for c in cands:
        obj = c.obj
        if c.nominal or obj is None or c.entries[0].event_type not in _PACT_TYPES:
            continue
        if tree.tok(obj).lemma.lower() in _PACTS and tree.has_lemma(obj, THE, "det") is not None:
            c.told_by = pact[1]
