"""Whether a warning is a threat (CAMEO 13): the warner must announce a hostile act of its own.

"Iran warned it would retaliate" is a threat; "warned that Russia could attack" and "warned of a
recession" are warnings about someone else's act or about the world, no event. triggers.py asks
`idle_warning` of every THREATEN candidate of "warn" or "give / serve notice"; the clause's own
verb is read with the caller's verb matcher (passed in, as triggers.py owns it).
"""

from __future__ import annotations

from collections.abc import Callable

from .clauses import condition
from .factuality_words import FUTURE_TENSE, OUTSIDE_VOICES
from .lexicon import Lexicon, Trigger
from .nlp import Token
from .syntax import Tree, words
from .trigger_extras import PENALTY_IDIOMS, held_answerable, reprisal_idiom
from .verb_objects import dated, particles

# The lexicon entries of a clause's verb and the object they consumed (triggers._match_verb).
VerbEntries = Callable[[Tree, Token, Lexicon], tuple[list[Trigger], Token | None]]

WARNING = words("warn")
_HOSTILE = words("ASSAULT COERCE SANCTION MOBILIZE PROTEST")
_CODED = _HOSTILE | {"THREATEN"}  # acts whose own entry codes the threat or the warning
_OWN_SUBJECTS = words("it they we he she")
# The warner's own armed or police force, or its government, named by its kind alone ("warned
# students that the army would restore order"): no one else's force is named so in a warning.
_OWN_FORCES = words("""army military troop soldier police policeman officer force guard unit
    government authority""")
_OTHERS = words("rebel enemy foreign opposition insurgent guerrilla occupation occupying")
# Acts of force or control a warning announces against the warned, when no trigger of the
# lexicon codes them ("would restore order", "would deal firmly with", "would not tolerate").
_COERCING = words("""restore crush pursue punish clear disperse shoot disarm retake deal act hunt quell
    suppress chase crack break enforce""")
# Verbs of permitting: a threat only refused ("would not allow anyone to drag the country …").
# Measures of control told in the passive of what the warned hold or do ("their licences would be
# revoked", "they would be shut down").
_RESTRICTED = words("""curb revoke cancel shut close halt dissolve ban suspend outlaw confiscate withdraw
    restrict stop freeze""")
_UNLESS = words("unless")
# Prepositions of a warning's topic.
_TOPICAL = words("about on over")
# Stoppages and those who call them.
_WALKOUTS = words("strike walkout stoppage shutdown")
_LABOUR = words("""union unionist labour labor worker employee miner docker trucker driver teacher nurse
    federation confederation""")
_PERMITTING = words("allow permit tolerate")


RESPONSE = words("respond react reply answer retaliate")


def _own_force(tree: Tree, subj: Token) -> bool:
    """True for a force named by its kind alone ("the army", "loyal units", "riot police"), the
    warner's own as the warner names it; not one a name, possessor or modifier assigns to another
    party ("Iraqi troops", "Pakistan's army", "rebel units")."""
    if subj.lemma.lower() not in _OWN_FORCES:
        return False
    mods = tree.children(subj.i, "poss", "compound", "amod", "nmod")
    return not any(m.pos == "PROPN" or m.text[:1].isupper() or m.lemma.lower() in _OTHERS for m in mods)


def _coercion_announced(tree: Tree, comp: Token) -> bool:
    """True for force or control announced against the warned: a verb of coercion under a
    future modal ("would restore order", "will deal firmly with"), or permission refused ("would
    not allow", "will not tolerate")."""
    if comp.tag != "VB" or not any(a.text.lower() in FUTURE_TENSE for a in tree.children(comp.i, "aux")):
        return False
    lemma = comp.lemma.lower()
    if lemma in _PERMITTING:
        return tree.child(comp.i, "neg") is not None
    return lemma in _COERCING and tree.child(comp.i, "neg") is None


def _measure_on_conduct(tree: Tree, warn: Token, comp: Token) -> bool:
    """True for a measure against the warned, agentless and on a condition of their conduct
    ("warned foreign publications that their circulation would be curbed if they meddled"): only
    the warner's authority imposes it. Unaddressed or unconditioned ("warned that flights would be
    cancelled") it may be a forecast."""
    if comp.lemma.lower() not in _RESTRICTED or tree.child(comp.i, "auxpass") is None:
        return False
    if tree.child(comp.i, "agent") is not None or tree.child(warn.i, "dobj") is None:
        return False
    if not any(a.text.lower() in FUTURE_TENSE for a in tree.children(comp.i, "aux")):
        return False
    advcls = tree.children(comp.i, "advcl")
    return any(condition(tree, c) or tree.has_lemma(c.i, _UNLESS, "mark") is not None for c in advcls)


def _own_walkout(tree: Tree, warn: Token) -> bool:
    """True for a strike warned of by those who would lead it ("the Labour Congress warned of a
    nationwide strike if …"); a strike warned of by anyone else is a forecast ("business leaders
    warned of a strike")."""
    walkouts = [
        o
        for p in tree.children(warn.i, "prep")
        if p.lemma.lower() == "of"
        for o in tree.children(p.i, "pobj")
        if o.lemma.lower() in _WALKOUTS
    ]
    warner = tree.child(warn.i, "nsubj")
    if not walkouts or warner is None:
        return False
    return any(tree.tok(k).lemma.lower() in _LABOUR for k in tree.subtree(warner.i))


def _topic_warning(tree: Tree, verb: Token, entry: Trigger, lexicon: Lexicon) -> bool:
    """True for a warning issued about a topic that is no one's hostile act ("issued a warning
    about cholera", "on inflation"): a warning of the world, as "warned of a recession" is. A
    topic that "warn of" codes as a threat ("a warning of retaliation") or a hostile event noun
    keeps it a threat, and so does a warning addressed to a party ("a warning to Pyongyang")."""
    if "warning" not in entry.objects:
        return False
    warnings = [o for o in tree.children(verb.i, "dobj") if o.lemma.lower() == "warning"]
    heads = [verb, *warnings]
    preps = [p for h in heads for p in tree.children(h.i, "prep", "dative") if not dated(tree, p)]
    if any(p.lemma.lower() == "to" for p in preps) or any(
        tree.children(w.i, "acl", "ccomp") for w in warnings
    ):
        return False
    topics = [o for p in preps if p.lemma.lower() in _TOPICAL for o in tree.children(p.i, "pobj")]
    threats = {o for e in lexicon.verbs.get("warn", ()) if e.particle == "of" for o in e.objects}
    hostile = any(
        o.lemma.lower() in threats
        or any(e.event_type in _HOSTILE for e in lexicon.nouns.get(o.lemma.lower(), ()))
        for o in topics
    )
    return bool(topics) and not hostile


def _answers_attack(tree: Tree, verb: Token, lexicon: Lexicon) -> bool:
    """True for "respond / react to an attack": a response to force is a counter-attack."""
    if verb.lemma.lower() not in RESPONSE:
        return False
    to = [p for p in tree.children(verb.i, "prep") if p.lemma.lower() == "to"]
    nouns = [o for p in to for o in tree.children(p.i, "pobj")]
    return any(e.event_type == "ASSAULT" for o in nouns for e in lexicon.nouns.get(o.lemma.lower(), ()))


# Verbs that warn with "notice" or "warning" as their object ("gave notice that it would …",
# "served notice", "delivered a warning that aid would be cut").
_NOTICE_GIVING = words("give serve deliver send issue")
_NOTICES = words("notice warning")


def _notice(tree: Tree, verb: Token, entry: Trigger) -> Token | None:
    """The object "notice" of a warning given or served ("Baghdad gave notice that it would shoot
    down aircraft"), or a "warning" with a clause of its own ("delivered a warning that aid would
    be suspended unless …"): a warning like "warned that …", whose clause (hung on the verb or on
    the noun) must state the warner's own hostile act to be a threat. A warning with no clause
    ("issued a stern warning") keeps its entry."""
    if verb.lemma.lower() not in _NOTICE_GIVING or not entry.objects & _NOTICES:
        return None
    noun = next((o for o in tree.children(verb.i, "dobj") if o.lemma.lower() in _NOTICES), None)
    if noun is None or noun.lemma.lower() == "notice":
        return noun
    clauses = tree.children(noun.i, "acl", "ccomp") + tree.children(verb.i, "ccomp")
    return noun if clauses else None


def idle_warning(tree: Tree, verb: Token, entry: Trigger, lexicon: Lexicon, entries_of: VerbEntries) -> bool:
    """True for a bare "warn" that states no hostile act of the warner's: "Iran warned it would
    retaliate" is a threat; "warned that Russia could attack", "warned of a recession" are not."""
    if entry.event_type != "THREATEN":
        return False
    if _topic_warning(tree, verb, entry, lexicon):
        return True  # "issued a warning about cholera"
    notice = _notice(tree, verb, entry)
    if notice is None and verb.lemma.lower() not in WARNING:
        return False
    if notice is None and (entry.objects or entry.particle):  # "warned of consequences"
        return False
    # analysts or diplomats warning that "the army would move in" foretell another's act
    onlooker = tree.has_lemma(verb.i, OUTSIDE_VOICES, "nsubj") is not None
    if _own_walkout(tree, verb):
        return False  # "the Labour Congress warned of a nationwide strike if prices were raised"
    comps = tree.children(verb.i, "ccomp", "xcomp")
    comps += tree.children(notice.i, "acl", "ccomp") if notice is not None else []
    for comp in comps:
        objs = tree.children(comp.i, "dobj")
        if any(o.lemma.lower() in PENALTY_IDIOMS.get(comp.lemma.lower(), ()) for o in objs) or (
            reprisal_idiom(tree, comp)  # "warned Hezbollah that it would pay dearly"
        ):
            return False  # "warned that Manila would bear all consequences": the warner's reprisal
        if _measure_on_conduct(tree, verb, comp):
            return False  # "warned newspapers that they would be shut down if they …"
        if held_answerable(tree, comp):
            return False  # "warned Sankoh that he would be held responsible"
        subj = tree.child(comp.i, "nsubj")
        own_act = entries_of(tree, comp, lexicon)[0]
        # a coercive verb no entry codes, or one the lexicon reads in another sense ("disarm":
        # laying down one's own arms)
        kinds = {e.event_type for e in own_act}
        coercion = kinds.isdisjoint(_CODED) and _coercion_announced(tree, comp)
        if subj is not None and subj.lemma.lower() not in _OWN_SUBJECTS:
            if coercion and not onlooker and _own_force(tree, subj):
                return False  # "warned students that the army would restore order"
            continue  # someone else's act, or the force's own trigger codes it ("its troops would cross")
        if coercion:
            return False  # "warned that it would not tolerate any unrest"
        if any(e.event_type == "THREATEN" for e in own_act):
            return True  # "warned it would respond to the expulsion": the answer's own entry codes it
        if any(e.event_type in _HOSTILE for e in own_act):
            return False
        if _answers_attack(tree, comp, lexicon):
            return False  # "warned it would respond to any attack": force answering force
        comp_particles = [p.lemma.lower() for p in particles(tree, comp.i)]
        nouns = [e for o in tree.children(comp.i, "dobj") for e in lexicon.nouns.get(o.lemma.lower(), ())]
        hostile = any(e.event_type in _HOSTILE for e in nouns)
        if hostile and lexicon.is_light_verb(comp.lemma.lower(), comp_particles):
            return False  # "warned it would impose sanctions"
    return True
