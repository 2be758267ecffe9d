"""Which events with no known party the coder keeps (a policy of step 3 of code.py).

An event whose actors and recipients are all unknown is usually a word used in passing ("an
attack on democracy", "sanctions hurt the economy", "the strikes came hours before …": a
definite noun that refers back) and is dropped. The sentence still reports an event of its own,
whoever did it, when

- a material act (violence, coercion, a pull-back, a deployment, aid, a sanction) is told with a
  subject that names a kind of armed or organised party, though not whose ("the force has since
  destroyed 100 tankers", "the mission is expected to deploy its first units"): the sentence
  refers back to a party it named before, and tells or announces the act;
- a material act is told in an agentless passive: the reporter withholds the agent, not the act
  ("25 schoolgirls were seized", "52 people had been arrested", "the crossing was closed"). A
  verbal or diplomatic act is its speaker's and says little without one ("its goals were met"),
  and so does an agentless act only planned or supposed ("before aid is released"); a passive
  whose adverbial names the event that caused it is that event's outcome ("24 people were killed
  in riots");
- its noun is the subject of a verb that tells it starts, goes on, spreads or is made public
  ("the ceasefire took effect", "the strikes would continue", "no ceasefire has been announced",
  "fear that the kidnappings could spread"), or of a clause someone fears ("aid agencies fear
  that renewed attacks could force thousands to flee");
- its noun is indefinite and its own phrase names the place where it happened ("an insurgent
  attack on the town of Palma", "an agreement reached in Cairo") and the sentence tells it as
  having happened.

A denial that may answer a claim of its sentence is kept on the old terms (code.py).
"""

from __future__ import annotations

from .attackerless import (
    called_attack,
    counted_toll,
    impact_verb,
    may_tell_unclaimed,
    person_subject,
    told_by_its_hit,
    weapon_noun,
)
from .factuality import Factuality
from .participants import Participants
from .presupposed import presupposed_subject
from .resolve.toponyms import PLACE_ENTS
from .syntax import Tree, words
from .triggers import Candidate

_SUBJECT = ("nsubj", "nsubjpass")
_PARTY_DEPS = ("nsubj", "nsubjpass", "agent", "dobj")
# Relations by which a place phrase hangs on an event noun: "attack on Palma", "talks in Doha",
# "an agreement reached in Cairo" (through the participle).
_PLACING = ("prep", "acl")
# A toll verb's place: its phrases, or the place it hit ("rocked the port city of Hodeidah").
_HIT_PLACE = (*_PLACING, "dobj")
# Adverbials of a clause that may name its cause ("killed in riots", "killed when a bomb struck").
_CAUSE_DEPS = ("prep", "advcl")
# Acts done to a patient, which a passive can tell without the agent; a measure eased or lifted
# too ("the curfew was relaxed", "the ban was lifted": the authority withheld, CONCEDE).
_MATERIAL = frozenset({"ASSAULT", "COERCE", "RETREAT", "MOBILIZE", "AID", "SANCTION", "CONCEDE"})
# A passive tells the act or denies it; an agentless act only planned or supposed ("before aid is
# released", "could be sent") says too little to keep.
_TOLD = frozenset({"actual", "negated"})
# Verbs by which an event starts, goes on, spreads or is made public; "take" and "come" only in
# "take effect", "come into force".
_HAPPENING = words("begin start erupt spread escalate announce declare reach")
# Verbs by which an event goes on ("the strikes would continue"): told of the report's own clause
# only, not of a condition or a time ("if attacks continued", "while the occupation continued"),
# and as happening or announced, not supposed.
_GOING_ON = words("continue resume intensify")
# Head nouns that name a kind of armed or organised party without saying whose ("the force",
# "the mission", "the group"): as the subject of a material act they refer back to a party.
_PARTY_KINDS = words("""force army military navy mission contingent militia group coalition battalion
    brigade regiment unit troop soldier police rebel insurgent militant fighter guerrilla jihadist
    gunman""")
# An act done by such a party and told, announced or denied ("is expected to deploy"); one only
# supposed ("could deploy") says too little without the party.
_DONE = frozenset({"actual", "future", "negated"})
_PHRASAL = {"take": words("effect"), "come": words("force"), "break": words("out")}
_FEARING = words("fear fears worry worries concern concerns warn warning")


def reported_without_party(
    tree: Tree, cand: Candidate, etype: str, fact: Factuality, cands: list[Candidate]
) -> bool:
    """True when the sentence reports the event itself though it names no known party."""
    if not cand.nominal:
        if etype in _MATERIAL and fact.value in _DONE and _party_kind_subject(tree, cand.anchor):
            return True
        if etype == "ASSAULT" and fact.value == "actual" and _attack_told(tree, cand.anchor, cands):
            return True
        told = fact.value in _TOLD and etype in _MATERIAL
        return told and _agentless_passive(tree, cand.anchor) and not _caused(tree, cand, cands)
    noun = tree.tok(cand.i)
    if etype == "ASSAULT" and fact.value == "actual" and told_by_its_hit(tree, cand.i):
        return True  # "the second drone attack to hit the port" (attackerless.py)
    if noun.dep in _SUBJECT:
        if going_on(tree, cand, fact) or _happening(tree, noun.head):
            return True
        # a feared outcome of a feared act, or of one the sentence takes as going on ("warned
        # that the siege of Djibo could cause famine": presupposed, presupposed.py)
        going = fact.value == "actual" and presupposed_subject(tree, noun, tree.tok(noun.head))
        if (fact.value == "hypothetical" or going) and _feared(tree, noun.head):
            return True
        # "ripped through a market in Jolo"; "explosions rocked the port city of Hodeidah", where
        # the verb is no event of its own (a verb that is one tells the same attack)
        hit = _HIT_PLACE if not any(noun.head == c.i and not c.dropped for c in cands) else _PLACING
        placed = _placed(tree, cand.i) or _placed(tree, noun.head, hit)
        # a weapon that went off tells its attack wherever it was ("a car bomb exploded"), and so
        # does a toll with its victims counted
        placed = placed or impact_verb(tree, noun.head)
        placed = placed or counted_toll(tree, cand.i)
        return fact.value == "actual" and _toll_subject(tree, cand.i) and placed
    return fact.value == "actual" and not tree.definite(cand.i) and _placed(tree, cand.i)


def _attack_told(tree: Tree, verb: int, cands: list[Candidate]) -> bool:
    """An attack told without its attacker: by its weapon ("a bomb exploded …, killing 11"), by
    a person who is no party with counted victims ("a man stabbed three people"), or recast as
    an attack by someone's word ("in what police called a deliberate attack"); attackerless.py."""
    return _weapon_subject(tree, verb, cands) or person_subject(tree, verb) or called_attack(tree, verb)


def outcome_of_another(tree: Tree, cand: Candidate, etype: str, cands: list[Candidate]) -> bool:
    """True for an agentless passive, other than a toll of violence, whose adverbial names another
    event of the sentence as its cause: "exports have been halted since May, when Benin blocked
    the loading" — the blocking is the act, the halt its outcome, whoever it befell. (Deaths and
    injuries are kept beside the attack that caused them, as reports count them.)"""
    if cand.nominal or etype == "ASSAULT":
        return False
    return _agentless_passive(tree, cand.anchor) and _caused(tree, cand, cands)


def going_on(tree: Tree, cand: Candidate, fact: Factuality) -> bool:
    """An event noun as the subject of a verb telling that it goes on, in a clause of the report
    itself and told as happening or announced: "the strikes would continue" (not "if attacks
    continued", "while the occupation continued", "the talks would resume if both agreed")."""
    if not cand.nominal or fact.value not in ("actual", "future"):
        return False
    noun = tree.tok(cand.i)
    verb = tree.tok(noun.head)
    return noun.dep == "nsubj" and verb.lemma.lower() in _GOING_ON and verb.dep not in ("advcl", "mark")


def _party_kind_subject(tree: Tree, verb: int) -> bool:
    """The active clause's subject is a kind of party ("the force has since destroyed …"), also
    through the verb it completes or is joined to ("the mission is expected to deploy", "the
    group declared a blockade and has since destroyed …"). A kind noun with an "of" phrase is a
    measure or a make-up, no party ("the force of the blast", "a group of investors"); one with
    an owner ("its peacekeeping force") is the owner's, and the owner is the party to find."""
    node = tree.tok(verb)
    clause = [verb]
    if node.dep in ("xcomp", "conj") and node.head != verb:
        clause.append(node.head)
    for v in clause:
        if tree.child(v, "agent") is not None:
            return False  # "were seized by the group": the agent is the party, if known
        subject = tree.child(v, *_SUBJECT)
        if subject is not None:
            passive_object = subject.dep == "nsubjpass" and v == verb
            measured = any(c.lemma.lower() == "of" for c in tree.children(subject.i, "prep"))
            owned = tree.child(subject.i, "poss") is not None
            return not (passive_object or measured or owned) and subject.lemma.lower() in _PARTY_KINDS
    return False


def _caused(tree: Tree, cand: Candidate, cands: list[Candidate]) -> bool:
    """True when an adverbial of the passive names another event of the sentence as its cause:
    "24 people were killed in riots", "were killed since guerrillas attacked": that event tells it.
    Only the adverbial's own event counts, not one its noun is about: in "a curfew was imposed
    after protests over the killing of a student" the killing caused no curfew."""
    verbs = [cand.anchor, *(c.i for c in tree.children(cand.anchor, "conj"))]  # shared adverbials
    below = {k for v in verbs for c in tree.children(v, *_CAUSE_DEPS) for k in _own_event(tree, c.i)}
    return any(o is not cand and not o.dropped and (o.i in below or o.anchor in below) for o in cands)


# Nouns that count the events of their "of" phrase ("in a series of attacks").
_COUNTING = words("series wave spate string round number")


def _own_event(tree: Tree, adverbial: int) -> set[int]:
    """The words that may name an adverbial's own event: an adverbial clause's verb, or the
    object of a preposition, with their conjuncts, the clause that dates the object ("since March,
    when Senegal blocked the transit") and the "of" phrase of a counting noun."""
    heads = [adverbial, *(o.i for o in tree.children(adverbial, "pobj", "pcomp"))]
    heads += [c.i for h in heads[1:] for c in tree.children(h, "relcl", "acl", "advcl")]
    out = {k for h in heads for k in tree.conjuncts(h)}
    for h in list(out):
        if tree.tok(h).lemma.lower() in _COUNTING:
            out.update(o.i for p in tree.children(h, "prep") for o in tree.children(p.i, "pobj"))
    return out


# Weapons as the subject of an attack's clause ("a bomb exploded …, killing 15").
_WEAPON_SUBJECTS = words("""bomb blast explosion explosive device mine landmine shell rocket missile
    grenade mortar bullet shrapnel drone bomber round""")


def _weapon_subject(tree: Tree, verb: int, cands: list[Candidate]) -> bool:
    """An attack told by its weapon, as the subject of its verb or of the clause its participle
    hangs on ("a blast ripped through a market", "a bomb exploded in a bus station, killing 15"):
    the report withholds the attacker, not the attack, as an agentless passive does. A definite
    weapon ("the blast") refers back to an attack told before, and one in an adverbial clause
    ("were killed when a bomb struck their vehicle") tells the cause of the main clause's event.
    A verb conjoined to another trigger of the clause ("an explosion killed two and wounded five")
    adds to that one's toll, not another attack."""
    node = tree.tok(verb)
    subject = tree.child(verb, "nsubj")
    if subject is None and node.dep in ("advcl", "conj") and node.head != verb:
        if node.dep == "conj" and any(node.head in (c.i, c.anchor) for c in cands):
            return False
        node = tree.tok(node.head)
        subject = tree.child(node.i, "nsubj")
    if subject is None or node.dep == "advcl":
        return False
    return weapon_noun(tree, subject.i, _WEAPON_SUBJECTS) and not tree.definite(subject.i)


# Verbs of a toll or a hit: an attack told by its dead and wounded or by what it struck has
# happened ("a grenade attack on a market in Srinagar wounded 15 people", "a blast ripped through
# a market in Zamboanga", "a bomb blast rocked the capital").
_TOLL_VERBS = words("""kill wound injure maim claim leave hit strike rip tear slam destroy damage wreck
    rock shake devastate""")


def _toll_subject(tree: Tree, noun: int) -> bool:
    """An indefinite event noun as the subject of a verb of its toll or of what it hit ("a bomb
    attack in Karachi killed 12 people"), or of a weapon's going off ("a car bomb exploded
    outside a police station"): the sentence tells it as having happened, whoever it hit."""
    verb = tree.tok(tree.tok(noun).head)
    if tree.tok(noun).dep != "nsubj" or verb.dep == "advcl":  # "killed when a bomb struck …": a cause
        return False
    told = verb.lemma.lower() in _TOLL_VERBS or impact_verb(tree, verb.i)  # "a car bomb went off"
    return told and not tree.definite(noun)


def _happening(tree: Tree, verb: int) -> bool:
    """A verb that tells its subject event starts, spreads or is made public."""
    lemma = tree.tok(verb).lemma.lower()
    if lemma in _PHRASAL:
        return any(
            tree.tok(k).lemma.lower() in _PHRASAL[lemma]
            for c in tree.children(verb)
            for k in tree.subtree(c.i)
        )
    return lemma in _HAPPENING


def _feared(tree: Tree, verb: int) -> bool:
    """A clause that is the complement of a word of fearing ("fear that renewed attacks could …")."""
    node = tree.tok(verb)
    head = tree.head(verb)
    return node.dep == "ccomp" and head is not None and head.lemma.lower() in _FEARING


def _agentless_passive(tree: Tree, verb: int) -> bool:
    """A passive clause with its patient as subject and no "by" agent: "were seized"."""
    return tree.child(verb, "nsubjpass") is not None and tree.child(verb, "agent") is None


def _placed(tree: Tree, noun: int, deps: tuple[str, ...] = _PLACING) -> bool:
    """True when a place name stands in a phrase of the event noun itself. Before the sentence
    has been through NER (the pipeline names entities only in sentences that hold an event,
    then codes them again) a proper noun stands in for the place, so that the sentence is
    named and the place then checked."""
    named = bool(tree.sentence.ents)
    for c in tree.children(noun, *deps):
        below = [tree.tok(k) for k in tree.subtree(c.i)]
        if any(t.ent_type in PLACE_ENTS if named else t.pos == "PROPN" for t in below):
            return True
    return False


# Word forms by which the sentence filter (`code.candidate_filter`), before any parse, lets
# through a sentence that may report an event with no known party by the rules above: a trigger
# noun beside a word telling that it starts, spreads, is made public or is feared, or "a/an
# <noun> on/in/near/at <Name>".
_CUE_FORMS = words(
    "begin begins began begun start starts started erupt erupts erupted spread spreads escalate "
    "escalates escalated announce announces announced declare declares declared reach reaches "
    "reached effect force out fear fears feared worry worries worried concern concerns concerned "
    "warn warns warned warning continue continues continued resume resumes resumed intensify "
    "intensifies intensified"
)
_NAME_PREPS = words("on in near at")
# Their word forms, for the sentence filter.
_PARTY_FORMS = _PARTY_KINDS | words("""forces armies missions contingents militias groups coalitions
    battalions brigades regiments units troops soldiers rebels insurgents militants fighters guerrillas
    jihadists gunmen""")


def _definite_kind(texts: list[str]) -> bool:
    """A kind of party named as one already known to the reader ("the force", "the rebels"): the
    subject `_party_kind_subject` keeps an act of; a bare plural ("three soldiers were killed")
    is no such subject."""
    return any(w.lower() in _PARTY_FORMS and texts[k - 1].lower() == "the" for k, w in enumerate(texts) if k)


def may_report_without_party(texts: list[str], lowered: set[str], nouns: frozenset[str]) -> bool:
    """Whether a sentence's words (`texts`, and `lowered` as a set) may hold an event the coder
    keeps though no party is known: cheap, on words only, for the sentence filter."""
    if may_tell_unclaimed(texts, lowered):
        return True
    if not lowered.isdisjoint(_PARTY_FORMS) and _definite_kind(texts):
        return True
    if lowered.isdisjoint(nouns):
        return False
    if not lowered.isdisjoint(_CUE_FORMS):
        return True
    for k in range(1, len(texts) - 2):
        if texts[k].lower() not in nouns or texts[k + 1].lower() not in _NAME_PREPS:
            continue
        if not any(w.lower() in ("a", "an") for w in texts[max(0, k - 2) : k]):
            continue
        for w in texts[k + 2 : k + 8]:  # "on the nearby town of Palma"
            if not w[:1].isalpha():
                break
            if w[:1].isupper():
                return True
    return False


def unknown_name(tree: Tree, parts: Participants, anchor: int) -> bool:
    """Whether a proper name that no dictionary entry covers stands as the subject, agent or
    object of the trigger's clause (or of the clause it is the complement of): "Ethnic
    Albanians have sworn to fight". Statistical NER may know it as a party."""
    head = tree.head(anchor)
    clause = [anchor] if head is None or tree.tok(anchor).dep not in ("xcomp", "conj") else [anchor, head.i]
    for head_i in clause:
        for dep in tree.children(head_i, *_PARTY_DEPS):
            if any(tree.tok(k).pos == "PROPN" and k not in parts.at for k in tree.subtree(dep.i)):
                return True
    return False
