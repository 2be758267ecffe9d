"""Acts blamed on a party, and the accusers' place in the acts they allege (step 4 of code.py).

"Blamed Israel for the blast", "blamed the blast on Israel", "the blast was blamed on Israel",
"the killing of X, which Tehran has blamed on Israel": by the blamer's word, the party blamed did
the act. The act's actor is that party, told by the blamer; the accusation's recipient is the
party blamed ("on Israel"), never the act's victim the object names.

An accuser is more often the one hit ("Russia accused Ukraine of attacking the bridge": code.py
takes the accuser as the target when the act names none), but not of an act done to help another
state: "accused Pyongyang of sending troops to help Russia" alleges troops sent to Russia's war,
not against the accusers, who are no party of it.
"""

from __future__ import annotations

from .lexicon import Lexicon
from .models import Entity
from .nlp import Token
from .participants import Participants, Ref
from .syntax import ACCUSING, Tree, words
from .triggers import Candidate

# Verbs whose object is held to have done the act of their "for" phrase ("blamed Israel for the
# blast", "condemned Russia for the strike on the hospital").
_CHARGING = ACCUSING | words("condemn criticise criticize denounce fault punish rebuke slam")
# Verbs of helping whose object (or the subject of their clause) is the party an act serves.
_HELPING = words("help aid assist support back bolster reinforce")
_RELATIVE = frozenset({"which", "that"})
# Predicates of blame that "hold" makes of its object ("held Libya responsible for the bombing").
_LIABLE = words("responsible accountable culpable liable")


def blamed(tree: Tree, parts: Participants, cand: Candidate) -> tuple[list[Ref], Entity | None]:
    """(the party a nominal event is blamed on, the blamer) or ([], None): "blamed Israel for
    the blast" (the object), "blamed the blast on Israel", "the blast, which Iran blamed on
    Israel" (the "on" phrase). The blamer tells the act; it is never its actor."""
    if not cand.nominal or cand.anchor != cand.i:
        return [], None
    verb = _blamed_for(tree, cand.i)
    if verb is not None:
        obj = tree.child(verb.i, "dobj")
        return (parts.entities(obj.i) if obj is not None else []), _blamer(tree, parts, verb)
    verb = _blamed_on(tree, cand.i)
    if verb is None:
        return [], None
    return blamed_party(tree, parts, verb), _blamer(tree, parts, verb)


def blamed_party(tree: Tree, parts: Participants, verb: Token) -> list[Ref]:
    """The party "blame … on" names ("blamed the blast on Israel"): whom the blame accuses,
    whatever the object (the act, or its victim's "of" phrase) names."""
    if verb.lemma.lower() != "blame":
        return []
    return [r for p in blame_on(tree, verb) for o in tree.children(p.i, "pobj") for r in parts.entities(o.i)]


# Prepositions by which an accused act names what it was done to ("the downing of an airliner
# by Soviet fighters", "the attack on the embassy by militants"): the parser may hang the act's
# "by" agent on their object.
_ACT_PATIENT = frozenset({"of", "on", "against"})


def act_agent(tree: Tree, parts: Participants, verb: Token) -> list[Ref]:
    """The agent an accused act's own "by" phrase names ("condemned the killing of two aid workers
    by Khmer Rouge guerrillas"): whom the accusation is against, not the act's victim."""
    heads = [o for o in tree.children(verb.i, "dobj") if o.pos == "NOUN"]
    heads += [q for o in heads for p in tree.children(o.i, "prep") if p.lemma.lower() in _ACT_PATIENT
              for q in tree.children(p.i, "pobj")]  # fmt: skip
    return [r for h in heads for p in tree.children(h.i, "agent", "prep") if p.lemma.lower() == "by"
            for o in tree.children(p.i, "pobj") for r in parts.entities(o.i)]  # fmt: skip


def blame_on(tree: Tree, verb: Token) -> list[Token]:
    """The "on" phrases of "blame": the verb's own, or, when it has none, the one the parser hung
    on its object ("blamed the drone attack on Kyiv": blame is laid "on" someone; an attack "on"
    a city would leave the blame with no one to be laid on)."""
    own = [p for p in tree.children(verb.i, "prep") if p.lemma.lower() == "on"]
    if own or verb.lemma.lower() != "blame":
        return own
    return [
        p
        for o in tree.children(verb.i, "dobj")
        for p in tree.children(o.i, "prep")
        if p.lemma.lower() == "on"
    ][-1:]


def _blamed_for(tree: Tree, noun: int) -> Token | None:
    """The verb of blaming whose "for" phrase names the event ("blamed Israel for the blast",
    "held Libya responsible for the bombing")."""
    tok = tree.tok(noun)
    prep = tree.head(noun)
    if tok.dep != "pobj" or prep is None or prep.lemma.lower() != "for":
        return None
    verb = tree.head(prep.i)
    if verb is not None and verb.dep == "dobj":  # "blamed Israel for …" hung on "Israel"
        verb = tree.head(verb.i)
    if verb is not None and verb.lemma.lower() in _LIABLE:  # "held Libya responsible for …"
        holder = tree.head(verb.i)
        held = holder is not None and holder.lemma.lower() == "hold" and holder.pos == "VERB"
        return holder if held else None
    if verb is None or verb.pos != "VERB" or verb.lemma.lower() not in _CHARGING:
        return None
    return verb


def _blamed_on(tree: Tree, noun: int) -> Token | None:
    """The verb "blame" whose object the event is, with an "on" phrase: the event as its object
    or passive subject ("blamed the blast on …", "the blast was blamed on …"), or as the
    antecedent of a relative pronoun that is ("the killing, which Tehran has blamed on …"), also
    where the parser hung the clause on the last noun of the event's phrase ("the killing of X in
    Tehran, which …": a person or a place is no act blamed on anyone)."""
    tok = tree.tok(noun)
    verbs = [tree.tok(tok.head)] if tok.dep in ("dobj", "nsubjpass") and tok.head != noun else []
    inside = [k for k in tree.subtree(noun) if tree.tok(k).pos in ("NOUN", "PROPN")]
    for rel in [r for k in inside for r in tree.children(k, "relcl")]:  # "the killing of X in Tehran, which"
        pron = tree.child(rel.i, "dobj", "nsubjpass")
        if pron is not None and pron.lemma.lower() in _RELATIVE:
            verbs.append(rel)
    return next((v for v in verbs if v.lemma.lower() == "blame" and blame_on(tree, v)), None)


def _blamer(tree: Tree, parts: Participants, verb: Token) -> Entity | None:
    """Who blames: the active subject or the passive agent, with a country."""
    subj = tree.child(verb.i, "nsubj")
    agent = tree.child(verb.i, "agent")
    head = subj if subj is not None else (tree.child(agent.i, "pobj") if agent is not None else None)
    refs = parts.entities(head.i) if head is not None else []
    return next((r.entity for r in refs if r.entity.country), None)


def stranded_accuser(tree: Tree, verb: Token) -> Token | None:
    """The "by" phrase that ends the "of" clause of a passive accusation with no agent of its own
    ("Sudan was accused of using food as a weapon by the rebels"): the parser hangs it on the last
    noun ("weapon"), which has no agent; it is the accusation's agent, as in "was accused by the
    rebels of …". A "by" on the gerund itself ("of starving the city by a blockade") is its means."""
    if verb.lemma.lower() not in ACCUSING or tree.child(verb.i, "nsubjpass") is None:
        return None
    if tree.child(verb.i, "agent") is not None:
        return None
    ofs = [p for p in tree.children(verb.i, "prep") if p.lemma.lower() == "of"]
    inside = [tree.tok(k) for p in ofs for c in tree.children(p.i, "pcomp") for k in tree.subtree(c.i)]
    found = [
        t for t in inside if t.dep == "prep" and t.lemma.lower() == "by" and tree.tok(t.head).pos == "NOUN"
    ]
    return found[-1] if found else None


def serves_another(tree: Tree, parts: Participants, cand: Candidate, victims: list[Ref]) -> bool:
    """True when the act's purpose clause helps a state none of the accusers or fearers is
    ("sending troops to help Russia fight Ukraine"): the act is that state's cause, and who
    alleges it is no party of it. Help to a non-state party ("to support the rebels") may still
    be aimed at the accuser, in whose land the rebels fight."""
    own = {v.entity.country for v in victims}
    for clause in tree.children(cand.i, "advcl", "xcomp"):
        if clause.lemma.lower() not in _HELPING:
            continue
        helped = [o.i for o in tree.children(clause.i, "dobj")]
        clauses = tree.children(clause.i, "ccomp", "xcomp")  # "to help Russia fight Ukraine"
        helped += [s.i for c in clauses for s in tree.children(c.i, "nsubj")]
        states = [r.entity for k in helped for r in parts.entities(k) if r.entity.sector in (None, "GOV")]
        if any(e.country and e.country not in own for e in states):
            return True
    return False


def answering(
    tree: Tree, parts: Participants, verb: Token, subjects: list[Ref], patient_of: frozenset[str]
) -> list[Ref]:
    """The subject's parties that receive what a converse verb brings: not the victims an act
    noun's "of" names ("The killing of a Hamas commander drew condemnation": not Hamas);
    `patient_of`: the types whose act noun's "of" names the one acted on."""
    subj = next(iter(tree.children(verb.i, "nsubj")), None)
    acts = Lexicon.load().nouns.get(subj.lemma.lower(), ()) if subj is not None else ()
    if subj is None or not any(t.event_type in patient_of for t in acts):
        return subjects
    victims = {r.entity for p in tree.children(subj.i, "prep") if p.lemma.lower() == "of"
               for o in tree.children(p.i, "pobj") for r in parts.entities(o.i)}  # fmt: skip
    return [r for r in subjects if r.entity not in victims]
