"""The offence an arrest names (step 4 of code.py).

"Arrested two men for attacking a patrol", "was jailed for collaborating with Israel": the "for"
gerund of a verb of detaining or punishing is what the authority holds the detainee did. It is
the authority's word, not the outlet's: the act keeps its type, attributed to the authority
("for attacking a patrol": an attack, as the police tell it). An act of cooperation named as the
offence ("collaborating with Israel", "working for a foreign service") reports no cooperation
anyone took part in: it is the charge itself, the authority's accusation (CAMEO 112, PLOVER
ACCUSE) against the detainee. So is the charge named as the ground of the arrest ("detained three
men on charges of spying for Israel"): the authority accuses the detainees.
"""

from __future__ import annotations

from .embedded import charged_on, detaining_verb
from .lexicon import Lexicon
from .participants import Participants, Ref
from .roles import read_roles
from .syntax import Tree
from .triggers import Candidate

# Acts of cooperation that, named as an offence, are a charge: no cooperation is reported; and
# the charge noun itself ("on charges of spying"), the authority's accusation.
CHARGED_AS_ACCUSATION = frozenset({"COOPERATE", "SUPPORT", "AID", "CONSULT", "AGREE", "ACCUSE"})


def charging_verb(tree: Tree, cand: Candidate) -> int | None:
    """The verb of detaining whose "for" phrase the event's gerund is ("arrested for collaborating
    with Israel", "arrested two men for attacking a patrol") or whose "on" phrase the charge noun
    is ("detained on charges of spying"), or None."""
    verb = tree.tok(cand.i)
    if cand.nominal:
        return charged_on(tree, verb)
    if verb.tag != "VBG" or verb.dep != "pcomp" or cand.entries[0].event_type == "ACCUSE":
        return None  # "jailed for criticising the king": the detainee's words, told by the authority
    prep = tree.head(verb.i)
    if prep is None or prep.lemma.lower() != "for":
        return None
    return detaining_verb(tree, prep)


def charged_roles(
    tree: Tree, parts: Participants, cand: Candidate, cands: list[Candidate], lexicon: Lexicon
) -> tuple[list[Ref], list[Ref]] | None:
    """The authority and the detainees of the arrest whose offence the event is ("arrested two
    men for attacking a patrol"), or None when the event is no arrest's offence."""
    verb = charging_verb(tree, cand)
    arrest = next((c for c in cands if c.i == verb and c is not cand), None) if verb is not None else None
    if arrest is None:
        return None
    entry = arrest.entries[0]
    return read_roles(tree, parts, arrest, entry, lexicon.types[entry.event_type].recipient_preps)
