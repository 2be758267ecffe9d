"""Readings that change an event's type, or make it none, from who or what takes part in it
(step 5 of code.py):

- a natural hazard as the agent: what it kills or destroys is a disaster, no party's act
  ("Typhoon Haiyan killed thousands", "were killed in an earthquake");
- peacekeepers as the troops moved: PLOVER codes providing peacekeeping as AID, not MOBILIZE;
- arms handed to another state are supplied (AID), not laid down ("handed over weapons to
  Ukraine", beside "handed over its weapons to the army");
- declining to comment, to be named or to give details withholds a reply, and refuses no
  cooperation, meeting or demand (PLOVER REJECT): no event ("the Kremlin declined to comment");
- a siege or an occupation ended by force ("ended the siege, killing all the attackers") is no
  pull-back: the force used is the event;
- a named party suspended ("the Commonwealth suspended Pakistan") loses its membership (SANCTION),
  a named news outlet suspended is censored (COERCE); anything else suspended that no entry of
  its own covers ("suspended the coach", "suspended the summit") is no event here; flights a
  carrier suspends are its business, no state's sanction.
"""

from __future__ import annotations

from .participants import Participants, Ref
from .resolve.actor_entries import country_names_by_iso
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
    supplied, not laid down ("handed over weapons to Ukraine", not "to the army"). Arms handed
    to an international body's monitors or peacekeepers are laid down ("to UN peacekeepers")."""
    own = {a.entity.country for a in actors}
    states = country_names_by_iso()  # not an international body: UN monitors verify, field no arms
    return any(r.entity.country in states and r.entity.country not in own for r in recips)


_DECLINING = words("decline refuse")
# What a source withholds when it declines to speak: a reply, its name, details.
_REPLYING = words("""comment respond reply elaborate remark speculate detail specify confirm identify
    name disclose discuss say give""")


def no_comment(tree: Tree, cand: Candidate) -> bool:
    """True for a refusal whose complement is a reply withheld ("declined to comment", "refused
    to be named", "declined to give details"): no refusal of anything asked of a party."""
    verb = tree.tok(cand.i)
    if cand.nominal or verb.lemma.lower() not in _DECLINING:
        return False
    return any(c.lemma.lower() in _REPLYING for c in tree.children(cand.i, "xcomp"))


_ENDING = words("end break")
# The clauses that tell how an act was done: "…, killing all 33 attackers", "by storming the train".
_MANNER = ("advcl", "prep")


def ended_by_force(tree: Tree, cand: Candidate, cands: list[Candidate]) -> bool:
    """True for a pull-back verb ("ended the siege") whose manner clause is an attack of the same
    sentence ("…, killing all 33 attackers", "by storming the train"): no withdrawal, an assault."""
    if cand.nominal or tree.tok(cand.i).lemma.lower() not in _ENDING:
        return False
    if cand.entries[0].event_type != "RETREAT":
        return False
    below = {k for c in tree.children(cand.i, *_MANNER) for k in tree.subtree(c.i)}
    return any(o.entries[0].event_type == "ASSAULT" and o.anchor in below for o in cands if o is not cand)


# The lexicon's bare "suspend" entry: the suspended object's kind decides the event.
_SUSPEND = frozenset({"suspend"})


def suspended_party(tree: Tree, parts: Participants, cand: Candidate, plain: bool) -> tuple[str, str] | None:
    """(type, mode) for a party named as what is suspended: a news outlet ("suspended Al Jazeera")
    is censored (COERCE censor), a state or organisation ("suspended Pakistan", "suspended Mali")
    loses its membership (SANCTION discontinue). None for any other object of the bare entry: a
    person, an event or a thing ("suspended the coach", "suspended the summit"), or a party only
    named inside the object ("suspended the Voice of America"). `plain`: the bare entry matched."""
    verb = tree.tok(cand.i)
    if not plain or cand.nominal or verb.lemma.lower() not in _SUSPEND:
        return None
    obj = tree.child(verb.i, "dobj") or tree.child(verb.i, "nsubjpass")
    mention = parts.at.get(obj.i) if obj is not None else None
    if mention is None:
        return None
    if mention.entity.sector == "MED":
        return ("COERCE", "censor")
    return ("SANCTION", "discontinue") if mention.kind in ("country", "igo") else None


# Words that make a subject a carrier or a company: its flights or services are its business.
_CARRIERS = words("airline airlines airways air carrier company firm operator")
# What a carrier runs: flights, routes, services.
_CARRIED = words("flight route service")


def carrier_suspension(tree: Tree, cand: Candidate, etype: str) -> bool:
    """True for a SANCTION whose subject is a carrier or a company ("Turkish Airlines suspended
    flights to Iran", "Air India suspended its flights"): a business decision, which a
    demonym in the company's name does not make a state's sanction."""
    if etype != "SANCTION" or cand.nominal or cand.obj is None:
        return False
    if tree.tok(cand.obj).lemma.lower() not in _CARRIED:
        return False  # "the state company cut gas supplies to Moldova": a state's lever
    subj = tree.child(cand.anchor, "nsubj")
    return subj is not None and any(tree.tok(k).lemma.lower() in _CARRIERS for k in tree.subtree(subj.i))
