"""The objects and particles of a trigger verb, read off the parse: shared by triggers.py,
which matches lexicon patterns against them, and verb_senses.py, which reads other senses.

`verb_objects(tree, i, particle)` gives the direct object, passive subject, attribute, the
particle's object and what a quantity or sum measures ("20 tonnes of food", "20 million marks in
aid"); `particles` the particle-like children; `dated` tells a date phrase from a target.
"""

from __future__ import annotations

from .nlp import Token
from .syntax import Tree, words

# Nouns that only measure their "of" phrase ("suspended part of a military aid programme"),
# quantities and loads among them ("delivered 20 tonnes of food", "dropped sacks of rice"), and
# sums by their unit, which also measure an "in" phrase ("sent 20 million marks in aid").
PARTS = words("""part parts portion half rest most some all bulk share dozen dozens hundred hundreds
    thousand thousands million millions score scores number handful couple series batch
    phase phases stage stages
    tonne tonnes ton tons kilogram kilograms kilo kilos truckload truckloads planeload planeloads
    shipload shiploads sack sacks bag bags crate crates carton cartons pallet pallets
    dollar dollars mark marks franc francs yen ecu ecus rouble roubles ruble rubles rupee rupees
    riyal riyals dinar dinars shilling shillings krone kroner krona kronor lira lire peseta pesetas
    guilder guilders yuan pound pounds euro euros""")  # fmt: skip

# Spans of time a party is given to act in ("gave the rebels 48 hours to lay down their arms").
_SPANS = words("hour hours day days week weeks month months")

# Nouns that say what a seized person is held as ("took 30 people hostage").
_TAKEN_AS = words("hostage hostages captive captives prisoner prisoners")


def particles(tree: Tree, i: int) -> list[Token]:
    return [c for c in tree.children(i) if c.dep in ("prt", "prep", "advmod", "agent", "dative")]


def verb_objects(tree: Tree, i: int, particle: str | None) -> list[Token]:
    """Object candidates of verb i: direct object, passive subject, attribute, object of the
    particle, and their conjuncts."""
    found = tree.children(i, "dobj", "nsubjpass", "attr", "oprd")
    verb = tree.tok(i)
    if verb.lemma.lower() == "say":  # "said no to membership": the refusal parsed as an interjection
        heads = [i] + [p.i for p in tree.children(i, "prep") if p.lemma.lower() == "to"]
        found += [c for h in heads for c in tree.children(h, "intj") if c.text.lower() == "no"]
    if verb.lemma.lower() == "give":  # "gave Baghdad a week to comply": the span parsed as adverbial
        found += [c for c in tree.children(i, "npadvmod") if c.lemma.lower() in _SPANS]
    if not found and verb.dep == "xcomp" and tree.child(i, "auxpass") is not None:
        found = tree.children(verb.head, "nsubjpass")  # "the accord is expected to be signed"
    if verb.dep == "conj" and not found and tree.child(i, "auxpass") and not tree.child(i, "nsubj"):
        # "escaped … and has not been recaptured": a passive conjunct's patient is the shared subject
        found = tree.children(verb.head, "nsubj")
    for p in particles(tree, i):
        named = particle is not None and p.lemma.lower() == particle  # "go on strike"
        if named or (p.lemma.lower() == "as" and p.dep == "prep"):  # "held civilians as human shields"
            found += tree.children(p.i, "pobj")
        if named and p.dep in ("prep", "prt", "advmod"):  # "walked out of the talks"
            found += [o for q in tree.children(p.i, "prep") if q.lemma.lower() in ("of", "from")
                      for o in tree.children(q.i, "pobj")]  # fmt: skip
    # "took more than 1,000 people hostage": after a quantity the predicate noun is parsed as a
    # clause of its own; it still says what the object is taken as
    found += [c for c in tree.children(i, "advcl") if c.lemma.lower() in _TAKEN_AS]
    xcomp = tree.child(i, "xcomp")  # "put forces on alert" parses the object under xcomp
    if xcomp is not None:
        found += tree.children(xcomp.i, "nsubj")
        if xcomp.tag == "VBG":  # a gerund is the verb's object: "stopped shelling the town"
            found.append(xcomp)
    for comp in tree.children(i, "ccomp"):  # "allowed monitors to patrol", "allow US forces access"
        found += [comp] if comp.pos == "NOUN" else tree.children(comp.i, "nsubj")
        if comp.pos == "NOUN" and any(a.lemma.lower() == "to" for a in tree.children(comp.i, "aux")):
            found += tree.children(comp.i, "nsubj")  # "allowed peacekeepers to land": a verb tagged noun
        if comp.pos == "NOUN":  # "considers the attack an act of war": the predicate hung on the noun
            found += tree.children(comp.i, "dobj")
        if comp.pos == "ADJ":  # "found the minister guilty"
            found.append(comp)
    for obj in tree.children(i, "dobj"):  # "held the rebels responsible": a predicate parsed as the
        found += [a for a in tree.children(obj.i, "amod") if a.i > obj.i and a.pos == "ADJ"]  # noun's
    out = []
    for f in found:
        out += [tree.tok(k) for k in tree.conjuncts(f.i)]
        if f.pos in ("NUM", "PRON", "DET", "ADJ") or f.lemma.lower() in PARTS:  # "two of its crossings"
            sum_of = f.pos == "NUM" or f.lemma.lower() in PARTS  # "in" hangs on it or on the verb
            for p in tree.children(f.i, "prep") + (tree.children(i, "prep") if sum_of else []):
                if (p.lemma.lower() == "of" and p.head == f.i) or (p.lemma.lower() == "in" and sum_of):
                    out += tree.children(p.i, "pobj")  # "$500 million in military aid"
    return out


# Words of a date or time of day: "on Tuesday", "at dawn" date an act, they name no target.
TIME_WORDS = words("""monday tuesday wednesday thursday friday saturday sunday weekend january
    february march april june july august september october november december dawn dusk night
    midnight noon morning evening afternoon day week time occasion""")


def dated(tree: Tree, prep: Token) -> bool:
    """True for a preposition whose object is a date or time ("fired his minister on Tuesday")."""
    objs = tree.children(prep.i, "pobj")
    return bool(objs) and all(o.lemma.lower() in TIME_WORDS for o in objs)
