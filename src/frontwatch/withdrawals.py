"""What a withdrawal withdraws decides its type (step 5 of code.py).

"Withdraw" and "pull out" tell a retreat only when troops leave a place: a state that withdraws
from a treaty or an organisation sanctions its members, and a government that withdraws a bill
concedes. The object or the "from" phrase says which.
"""

from __future__ import annotations

from .nlp import Token
from .participants import Participants, Ref
from .syntax import Tree, words
from .triggers import Candidate

__all__ = ["withdrawal"]

_AGREEMENTS = words("""deal treaty agreement accord pact alliance organisation organization bloc talk
    negotiation initiative convention council union community membership framework""")
_DRAFTS = words("bill law draft proposal plan decree amendment candidacy nomination measure reform")


def withdrawal(
    tree: Tree, parts: Participants, cand: Candidate, contexts: tuple[str, ...], recips: list[Ref]
) -> tuple[str, str | None, tuple[str, ...], list[Ref]]:
    """What was withdrawn decides the type: troops → RETREAT; a deal, treaty or organisation →
    SANCTION withdraw (its members the recipients); a bill or plan → CONCEDE."""
    head = cand.i if cand.nominal else cand.anchor
    objs = [c for c in tree.children(head, "dobj")]
    left: list[Token] = []  # "withdraw its troops from Chad": the party left is the recipient
    for p in tree.children(head, "prep"):
        if p.lemma.lower() == "from":
            left += tree.children(p.i, "pobj")
        if p.lemma.lower() == "out":  # "pulled out of Lebanon"
            left += [o for q in tree.children(p.i, "prep") if q.lemma.lower() == "of"
                     for o in tree.children(q.i, "pobj")]  # fmt: skip
    objs += left
    for o in objs:
        lemma = o.lemma.lower()
        refs = parts.entities(o.i)
        if lemma in _AGREEMENTS or any(r.entity.sector == "IGO" for r in refs):
            return "SANCTION", "withdraw", ("diplomatic",), recips + [r for r in refs if r.entity.country]
        if lemma in _DRAFTS and o.dep == "dobj":
            return "CONCEDE", None, ("political",), recips
    if not recips:
        recips = [r for o in left for r in parts.entities(o.i) if r.entity.country]
    return "RETREAT", "withdraw", contexts, recips
