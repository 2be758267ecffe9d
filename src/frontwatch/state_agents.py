"""Which state acts through a passive agent named as a body of no state (step 3 of code.py).

Wire copy names the expelling body by its office alone when the sentence names its state in the
place left: "MSF was thrown out of Ethiopia by the military government", "a French diplomat was
expelled from Rwanda by the government". One is expelled from the expelling state's own land,
so the body is that state's; the place left is then no recipient.

A body of no state named as the agent of a clause a state's officials report ("allegations are
being examined by a special panel, Indonesian officials said") is that state's: officials tell of
their own state's organs. An agentless passive request under a speaker ("Relief is being sought
from Western donors, Ethiopian officials said") is the speaker's own: officials tell of what their
side asks for.
"""

from __future__ import annotations

from .models import Entity
from .nlp import Token
from .noun_senses import STATING
from .participants import Participants, Ref
from .syntax import Tree, words

__all__ = ["asking_speaker", "placed_agent", "reported_body"]

# Bodies that act for a state but name none ("the government", "the junta", "the authorities"),
# with the sector they act as.
_BODY_SECTORS = {"government": "GOV", "junta": "GOV", "regime": "GOV", "authority": "GOV",
                 "administration": "GOV", "ministry": "GOV", "panel": "GOV", "commission": "GOV",
                 "committee": "GOV", "military": "MIL", "army": "MIL", "police": "COP",
                 "prosecutor": "JUD", "court": "JUD", "tribunal": "JUD"}  # fmt: skip
_STATE_BODIES = words("government junta regime authority administration military army police")


def _left_states(tree: Tree, parts: Participants, verb: Token) -> set[str]:
    """The states a verb's "from" or "out of" phrase names ("expelled from Burma")."""
    out: set[str] = set()
    for p in tree.children(verb.i, "prep"):
        lemma = p.lemma.lower()
        heads = [p] if lemma == "from" else [q for q in tree.children(p.i, "prep") if lemma == "out"
                                              and q.lemma.lower() == "of"]  # fmt: skip
        out |= {r.entity.country for h in heads for o in tree.children(h.i, "pobj")
                for r in parts.entities(o.i) if r.entity.country}  # fmt: skip
    return out


def placed_agent(
    tree: Tree, parts: Participants, verb: Token, actors: list[Ref], recips: list[Ref]
) -> tuple[list[Ref], list[Ref]]:
    """(actors, recipients) with a passive agent that is a state body of no state placed in the
    one state the verb's "from"/"out of" phrase names, which then leaves the recipients."""
    agent = tree.child(verb.i, "agent")
    body = tree.child(agent.i, "pobj") if agent is not None else None
    if body is None or body.lemma.lower() not in _STATE_BODIES or any(a.entity.country for a in actors):
        return actors, recips
    left = _left_states(tree, parts, verb)
    if len(left) != 1:
        return actors, recips
    state = next(iter(left))
    text = " ".join(tree.tok(k).text for k in tree.subtree(body.i))
    placed = Ref(Entity(text, text, state, "GOV"), inferred=True)
    return [placed], [r for r in recips if r.entity.country != state]


def _speakers(tree: Tree, parts: Participants, verb: Token) -> list[Ref]:
    """The speakers with a state whose saying reports the clause of `verb` ("…, Thai officials
    said")."""
    head = tree.head(verb.i)
    if verb.dep != "ccomp" or head is None or head.lemma.lower() not in STATING:
        return []
    speaker = tree.child(head.i, "nsubj")
    return [r for r in (parts.entities(speaker.i) if speaker is not None else []) if r.entity.country]


def asking_speaker(tree: Tree, parts: Participants, verb: Token) -> list[Ref]:
    """The speaker of a saying whose reported clause is an agentless passive request ("aid is
    being sought from the EC, Sudanese officials said"), when the speaker has a state."""
    if tree.child(verb.i, "nsubjpass") is None or tree.child(verb.i, "agent") is not None:
        return []
    return [Ref(r.entity, inferred=True) for r in _speakers(tree, parts, verb)]


def _agent_body(tree: Tree, verb: Token) -> Token | None:
    """The head of a passive's "by" phrase, also where the parser hangs it on the phrase of the
    addressee ("was handed to the ambassador by the Foreign Ministry")."""
    for h in [verb, *(o for p in tree.children(verb.i, "prep") if p.lemma.lower() in ("to", "with")
                      for o in tree.children(p.i, "pobj"))]:  # fmt: skip
        for by in tree.children(h.i, "agent", "prep"):
            if by.lemma.lower() == "by" and (pobj := tree.child(by.i, "pobj")) is not None:
                return pobj
    return None


def reported_body(tree: Tree, parts: Participants, verb: Token, actors: list[Ref]) -> list[Ref]:
    """`actors`, or, when the passive agent of `verb` is a state body of no state in a clause a
    state's speaker reports, that body placed in the speaker's state."""
    body = _agent_body(tree, verb)
    sector = _BODY_SECTORS.get(body.lemma.lower()) if body is not None else None
    if body is None or sector is None or any(a.entity.country for a in actors):
        return actors
    speakers = _speakers(tree, parts, verb)
    if not speakers:
        return actors
    state = speakers[0].entity.country
    text = " ".join(tree.tok(k).text for k in tree.subtree(body.i))
    return [Ref(Entity(text, text, state, sector), inferred=True)]
