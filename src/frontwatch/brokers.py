"""Brokers and mediators named in a compound modifier (steps 1 and 3 of code.py).

"A Russian-brokered ceasefire", "the US-brokered truce", "Qatari-mediated talks": the state the
modifier names brokered the ceasefire or mediated the talks; it is no party of them (it did not
cease fire, nor sit at the table, nor is it the target of a breach of the truce). Its mentions are
kept out of the sentence's noun phrases, and it gets an event of its own: a third party's
mediation (PLOVER CONSULT, mode third-party), as "Russia brokered the ceasefire" codes. The
brokered noun keeps its own event with the parties the text names, or none.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .candidates import Candidate
from .lexicon import Lexicon
from .participants import Ref
from .syntax import Tree, words

if TYPE_CHECKING:
    from .resolve.actors import ActorMention

_BROKERING = words("broker mediate")
# How the parser hangs the broker's name on the participle ("Russian/npadvmod -brokered").
_NAMING = frozenset({"npadvmod", "compound", "amod", "nmod"})


def broker_mentions(tree: Tree, mentions: list[ActorMention]) -> dict[int, list[ActorMention]]:
    """The mentions naming a broker, by the brokering participle: a past participle of brokering
    that modifies a noun ("a Russian-brokered ceasefire"), with the broker's name before it."""
    out: dict[int, list[ActorMention]] = {}
    for tok in tree.sentence.tokens:
        if tok.lemma.lower() not in _BROKERING or tok.tag != "VBN" or tok.dep not in ("amod", "compound"):
            continue
        if tree.tok(tok.head).pos not in ("NOUN", "PROPN") or tok.head < tok.i:
            continue
        names = [c for c in tree.children(tok.i) if c.dep in _NAMING and c.i < tok.i]
        named = {k for c in names for k in tree.subtree(c.i)}
        found = [m for m in mentions if any(k in named for k in range(m.start, m.end))]
        if found:
            out[tok.i] = found
    return out


def broker_candidates(
    tree: Tree, brokers: dict[int, list[ActorMention]], lexicon: Lexicon
) -> list[Candidate]:
    """A third party's mediation at each brokering participle with a named broker (the entry of
    the participle's own verb, else of "mediate")."""
    out: list[Candidate] = []
    for i in brokers:
        lemma = tree.tok(i).lemma.lower()
        entries = [e for e in (*lexicon.verbs.get(lemma, ()), *lexicon.verbs.get("mediate", ()))
                   if e.event_type == "CONSULT"]  # fmt: skip
        if entries:
            out.append(Candidate(i, entries[:1], i, False))
    return out


def broker_refs(brokers: dict[int, list[ActorMention]], cand: Candidate) -> list[Ref]:
    """The brokers of a mediation found by `broker_candidates` (none for other candidates)."""
    return [Ref(m.entity) for m in brokers.get(cand.i, []) if not cand.nominal]
