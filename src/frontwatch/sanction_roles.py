"""The party imposing a sanction told in an agentless passive.

"Two Iranian diplomats were expelled from Germany": an expulsion is done by the state whose soil
the diplomats leave, so the "from" phrase of a passive expulsion names the expelling state, not
the party expelled. "All U.S. aid to Haiti was cut off", "British aid to Kenya was suspended":
aid is kept back by the party whose aid it is, so the modifier that names the donor is the
actor of the cut, and the "to" phrase its recipient. An active sentence, or one with a "by"
agent, names the actor itself; its "from" phrase then names a place of the expelling state
("expelled two Iraqi diplomats from London"), which is no recipient.
"""

from __future__ import annotations

from .lexicon import Trigger
from .nlp import Token
from .participants import Participants, Ref
from .syntax import Tree, words

# What a donor gives and may cut, suspend or withhold.
_FUNDS = words("aid assistance funding loan loans credit grant grants relief lending disbursement")
# The mention kinds that name a donor as a noun modifier ("U.S. aid", "British aid", "EU funding").
_DONOR_KINDS = frozenset({"demonym", "igo", "group", "country"})


def _from_refs(tree: Tree, parts: Participants, verb: Token, obj: int | None = None) -> list[Ref]:
    """The parties of the verb's "from" phrases ("expelled from Germany"), and of its object's,
    where the parser hangs them ("expelled two U.S. diplomats from Baghdad")."""
    heads = [verb.i] if obj is None else [verb.i, obj]
    return [
        r
        for h in heads
        for p in tree.children(h, "prep")
        if p.lemma.lower() == "from"
        for o in tree.children(p.i, "pobj")
        for r in parts.entities(o.i)
    ]


def _donors(tree: Tree, parts: Participants, obj: int) -> list[Ref]:
    """The donor a modifier of the aid noun names ("U.S. aid", "Japan's loans")."""
    out: list[Ref] = []
    for mod in tree.children(obj, "compound", "amod", "poss"):
        mention = parts.at.get(mod.i)
        if mention is not None and mention.kind in _DONOR_KINDS:
            out += parts.entities(mod.i)
    return out


def passive_sanction_roles(
    tree: Tree, parts: Participants, verb: Token, obj: int | None, entry: Trigger,
    actors: list[Ref], recips: list[Ref],
) -> tuple[list[Ref], list[Ref]]:  # fmt: skip
    """Actors and recipients of a SANCTION whose patient is the passive subject and whose agent
    is left out: the expelling state from "from", the donor from the aid's modifier; the party
    found moves from the recipients to the actors. An active expulsion loses the recipients its
    "from" phrase gives in the actor's own country. Anything else is returned unchanged."""
    if entry.event_type != "SANCTION":
        return actors, recips
    if actors and entry.mode == "expel":  # "expelled two Iraqi diplomats from London"
        own = {a.entity.country for a in actors if a.entity.country}
        home = [r for r in _from_refs(tree, parts, verb, obj) if r.entity.country in own]
        return actors, [r for r in recips if r not in home]
    if actors or obj is None:
        return actors, recips
    if tree.tok(obj).dep != "nsubjpass" or tree.child(verb.i, "agent") is not None:
        return actors, recips
    if entry.mode == "expel":
        found = _from_refs(tree, parts, verb)
    elif tree.tok(obj).lemma.lower() in _FUNDS:
        found = _donors(tree, parts, obj)
    else:
        return actors, recips
    owners = {r.entity.country for r in found if r.entity.country}
    if not owners:
        return actors, recips
    return found, [r for r in recips if r.entity.country not in owners]
