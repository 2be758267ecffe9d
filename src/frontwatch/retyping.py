"""Readings that change an event's type, or make it none, from who or what takes part in it
(step 5 of code.py):

- a natural hazard as the agent: what it kills or destroys is a disaster, no party's act
  ("Typhoon Haiyan killed thousands", "were killed in an earthquake");
- peacekeepers as the troops moved: PLOVER codes providing peacekeeping as AID, not MOBILIZE;
- arms handed to another state are supplied (AID), not laid down ("handed over weapons to
  Ukraine", beside "handed over its weapons to the army").
"""

from __future__ import annotations

from .participants import Ref
from .syntax import Tree, words
from .triggers import Candidate

_PEACEKEEPING = words("peacekeeper peacekeeping peace-keeper peace-keeping blue-helmet")
# Natural hazards: what they kill or destroy is a disaster, not an act of any party ("fire" is
# left out: "rebel fire killed two soldiers" is gunfire).
_HAZARDS = words("""typhoon hurricane cyclone storm tornado earthquake quake tremor aftershock tsunami
    flood flooding landslide mudslide avalanche wildfire bushfire drought heatwave rain rainfall
    downpour snowstorm blizzard lightning eruption volcano epidemic""")


def natural_cause(tree: Tree, cand: Candidate) -> bool:
    """True when a verb trigger's agent is a natural hazard: its subject, its "by" agent, or,
    for a passive without one, the "in" phrase ("Typhoon Haiyan killed thousands", "were killed
    by a landslide", "were killed in an earthquake"; the small model reads "An earthquake
    killed 300" as a participle of the noun)."""
    if cand.nominal:
        return False
    causes = list(tree.children(cand.i, "nsubj"))
    head = tree.head(cand.i)
    if head is not None and tree.tok(cand.i).dep == "acl":  # misread "an earthquake killed 300"
        causes.append(head)
    if tree.child(cand.i, "nsubjpass") is not None:
        for p in tree.children(cand.i, "agent", "prep"):
            if p.dep == "agent" or p.lemma.lower() == "in":
                causes += tree.children(p.i, "pobj")
    return any(t.lemma.lower() in _HAZARDS for c in causes for t in [c, *tree.children(c.i, "compound")])


# Clauses hung on the troops or on their dispatch: what they say the troops will do or study is
# no description of the troops themselves, unless the troops become part of the force ("sent
# troops to join the UN peacekeeping mission", "to serve as peacekeepers").
_CLAUSES = ("acl", "relcl", "advcl", "xcomp", "ccomp")
_JOINING = words("join serve reinforce bolster strengthen form")


def peacekeeping(tree: Tree, cand: Candidate) -> bool:
    """True when the troops moved are peacekeepers ("NATO peacekeeping troops arrived",
    "sent peacekeepers to"): PLOVER codes providing peacekeeping as AID, not MOBILIZE. Read
    off the noun phrases and the verb's own phrases, not off a clause about the mission ("sent
    officers to study the feasibility of a peacekeeping force" sends officers, no peacekeepers)."""
    heads = [cand.i] + ([cand.obj] if cand.obj is not None else [])
    if not cand.nominal:
        heads += [c.i for c in tree.children(cand.i, "nsubj", "nsubjpass", "dobj")]
    heads += [c.i for h in heads for c in tree.children(h, *_CLAUSES) if c.lemma.lower() in _JOINING]
    return any(
        tree.tok(k).lemma.lower() in _PEACEKEEPING for h in heads for k in tree.subtree(h, skip=_CLAUSES)
    )


def to_another_state(actors: list[Ref], recips: list[Ref]) -> bool:
    """True when a recipient is a state none of the actors belongs to: arms handed to it are
    supplied, not laid down ("handed over weapons to Ukraine", not "to the army")."""
    own = {a.entity.country for a in actors}
    return any(r.entity.country and r.entity.country not in own for r in recips)
