"""The mode of an event (step 5 of code.py): what the trigger leaves open and the sentence tells.

An attack's mode is its weapon, read off the trigger, its object, subject and phrases, or the
clause a participle of its toll hangs on; a launched weapon the verb names ("a missile fired by
rebels") tells the means better than the verb's usual one. A mobilisation moves weapons or
troops, police or militia by whose forces move; a protest staged is the protest its noun names;
a request or refusal asks for aid, a yield, a meeting or a change by its object.
"""

from __future__ import annotations

from .attackerless import weapon_of_clause
from .folding import MODIFIERS
from .lexicon import Lexicon, Trigger
from .participants import Ref
from .syntax import Tree, words
from .triggers import Candidate

# Nouns a request or a refusal asks for, by the mode they give it.
_ASK_NOUNS = {"aid": "assist", "help": "assist", "assistance": "assist", "weapon": "assist",
              "support": "assist", "release": "yield", "withdrawal": "yield", "ceasefire": "yield",
              "talk": "meet", "meeting": "meet", "negotiation": "meet", "resignation": "change",
              "reform": "change"}  # fmt: skip

# What a mobilisation moves when it moves weapons (also the military context of aid).
WEAPONS = words("""weapon arm missile tank shell ammunition jet drone system launcher warhead
    artillery howitzer bomber rocket""")  # fmt: skip
# ASSAULT modes that name the means of an attack, which a named weapon may tell better.
_MEANS = frozenset({"explosives", "firearms", "aerial", "heavy-weapons", "drone"})
_LAUNCHED = frozenset({"aerial", "heavy-weapons", "drone"})


def _instrument(tree: Tree, heads: list[int], lexicon: Lexicon) -> str | None:
    """The mode of the first weapon named at or under the heads ("missiles and drones")."""
    for h in heads:
        for c in [tree.tok(h), *tree.children(h)]:
            if c.i != h and c.dep not in ("compound", "amod", "nmod", "prep", "dobj", "nsubj", "pobj"):
                continue
            words = [c]
            if c.pos != "VERB":  # "missiles and drones"; not another clause's verb ("and Ukraine shelled")
                words += [tree.tok(k) for k in tree.conjuncts(c.i)[1:]]
            if c.dep == "prep":
                words = [t for t in tree.children(c.i, "pobj")]
            for w in words:
                # a modifier names the kind first: "a suicide bomber" is no aircraft
                kinds = [m for m in tree.children(w.i, "compound", "amod") if m.i < w.i]
                for x in [*kinds, w]:
                    mode = lexicon.instruments.get(x.lemma.lower()) or lexicon.instruments.get(x.text.lower())
                    if mode:
                        return mode
    return None


def event_mode(
    tree: Tree, cand: Candidate, entry: Trigger, actors: list[Ref], lexicon: Lexicon
) -> str | None:
    """The PLOVER mode of an event the trigger alone leaves open: the weapon of an attack, what a
    mobilisation moves and whose forces, the noun of a protest, what a request asks for."""
    etype = entry.event_type
    mode = entry.mode or cand.mode
    anchor = cand.anchor
    if etype == "ASSAULT" and mode is None:
        heads = [cand.i] + ([cand.obj] if cand.obj is not None else [])
        heads += [c.i for c in tree.children(anchor, "dobj", "nsubj", "prep")]
        heads += weapon_of_clause(tree, anchor)  # "a grenade exploded …, wounding 20"
        mode = _instrument(tree, heads, lexicon)
    elif etype == "ASSAULT" and mode in _MEANS and not cand.nominal:
        # a launched weapon the verb names ("blown up by a missile", "shot down with a drone", "a
        # missile fired by rebels") tells the means better than the verb's usual one ("bombed with
        # guided bombs" stays aerial)
        means = [c.i for c in tree.children(cand.i, "agent", "prep") if c.lemma.lower() in ("by", "with")]
        verb = tree.tok(cand.i)
        if verb.dep in MODIFIERS and verb.head != verb.i:
            means.append(verb.head)
        launched = _instrument(tree, means, lexicon)
        mode = launched if launched in _LAUNCHED else mode
        if mode == "aerial" and launched is None and actors and all(r.entity.sector == "REB" for r in actors):
            mode = "explosives"  # "separatists bombed a barracks": rebels plant bombs, they fly no aircraft
    elif etype == "MOBILIZE":
        obj = tree.tok(cand.obj) if cand.obj is not None else None
        if obj is not None and obj.lemma.lower() in WEAPONS:
            mode = "weapons"
        elif any(r.entity.sector == "COP" for r in actors):
            mode = "police"
        elif mode == "troops" and actors and all(r.entity.sector == "REB" for r in actors):
            mode = "militia"
    elif etype == "PROTEST" and mode is None and cand.obj is not None:  # "staged demonstrations"
        noun = tree.tok(cand.obj).lemma.lower()
        same = [e.mode for e in lexicon.nouns.get(noun, ()) if e.event_type == etype and e.words == (noun,)]
        mode = same[0] if same else None
    elif etype in ("REQUEST", "REJECT") and mode is None:
        for o in tree.children(anchor, "dobj") + ([tree.tok(cand.obj)] if cand.obj is not None else []):
            mode = _ASK_NOUNS.get(o.lemma.lower()) or mode
    return mode
