"""Events of a sentence that another event of it absorbs or re-reads (step 4 of code.py).

- a passive act ("were killed in an Israeli air strike") takes the parties of the same-type
  nouns and gerunds it folds in, and an attack takes who fired its weapon ("brought down by a
  missile fired by rebels");
- stopping another party's attack ("air defences failed to stop the Russian attack") is that
  attack, no ceasefire of the subject's;
- damage a protest's own participle tells ("rioted, setting fire to mattresses"), the targets an
  attack's participle of striking names ("struck 85 targets, hitting depots"), a detention
  that only describes whom a release frees, a second verb for one act, and an act that only
  states the aim or the condition of another coded act are no events of their own.
"""

from __future__ import annotations

from dataclasses import replace

from .attackerless import IMPACT, PROJECTILES, TOLL_VERBS, weapon_noun
from .factuality import Factuality, assess
from .lexicon import Lexicon, Trigger
from .models import CodedEvent, Entity, Event
from .nlp import Token
from .participants import Participants, Ref
from .roles import read_roles
from .syntax import Tree, words
from .triggers import Candidate

# Subjects that are the protest's own crowd: "riots broke out and mobs torched cars" tells one riot.
_CROWD_SUBJECTS = words("crowd mob rioter protester protestor demonstrator")


def protest_damage(tree: Tree, cand: Candidate, cands: list[Candidate]) -> bool:
    """True for damage to property that a protest's own participle or second verb tells ("inmates
    rioted, setting fire to mattresses", "demonstrators marched and torched cars"): the
    protesters' vandalism is part of the protest (PLOVER PROTEST riot, vandalize), not a second,
    armed event, and so is a second verb whose subject is the crowd itself ("rioting broke out and
    crowds burned cars"). A finite clause of its own ("after gunmen torched the office") stays one."""
    verb = tree.tok(cand.i)
    if cand.nominal or verb.dep not in ("advcl", "conj"):
        return False
    if verb.dep == "advcl" and verb.tag != "VBG":
        return False
    subject = tree.child(verb.i, "nsubj")
    if subject is not None and subject.lemma.lower() not in _CROWD_SUBJECTS:
        return False  # "protesters marched and police burned their tents": another party
    return any(
        c is not cand
        and not c.dropped
        and c.entries[0].event_type == "PROTEST"
        and (verb.head in (c.i, c.anchor) or _subject_of(tree, c, verb.head))
        for c in cands
    )


def _subject_of(tree: Tree, cand: Candidate, verb: int) -> bool:
    """True for a protest noun that is the subject of `verb` ("rioting broke out"): the verb
    only tells that the protest happened, so a conjunct of it tells the protest's acts."""
    noun = tree.tok(cand.i)
    return cand.nominal and noun.head == verb and noun.dep == "nsubj"


# Verbs of striking a target: as a participle after an attack they name what it hit.
_STRIKING = words("hit strike target pound")


def restated_strike(tree: Tree, cand: Candidate, cands: list[Candidate]) -> bool:
    """True for a participle of striking that names the targets of the attack it follows ("bombers
    struck 85 targets, hitting command centres and depots"): one attack told twice. A clause with
    a subject of its own ("…, while drones hit the port") is another act."""
    verb = tree.tok(cand.i)
    if cand.nominal or verb.dep != "advcl" or verb.tag != "VBG" or verb.lemma.lower() not in _STRIKING:
        return False
    if tree.child(verb.i, "nsubj") is not None:
        return False
    heads = (c for c in cands if c is not cand and not c.dropped and verb.head in (c.i, c.anchor))
    return any(e.event_type == "ASSAULT" for c in heads for e in c.entries)


# Acts that make a captive, which a release of that captive presupposes.
CAPTIVITY = frozenset({("COERCE", "arrest"), ("COERCE", "seize"), ("ASSAULT", "abduct")})


MODIFIERS = frozenset({"acl", "relcl"})


def released_captive(tree: Tree, cand: Candidate, cands: list[Candidate]) -> bool:
    """True for a detention told only to describe whom a release in the sentence sets free: "Israel
    released the mayor, jailed over a year ago", "the activists imprisoned for the protest were
    freed", "will release the ministers whom they had taken hostage". The release presupposes the
    captivity (it is background, the sentence reports the release), so it is no second event; a
    detention in a clause of its own ("freed two and arrested a third") still is one."""
    verb = tree.tok(cand.i)
    if cand.nominal or verb.dep not in MODIFIERS:
        return False
    captive = tree.head(verb.i)
    while captive is not None and captive.dep in ("appos", "conj"):
        captive = tree.head(captive.i)
    if captive is None or captive.dep not in ("dobj", "nsubjpass"):
        return False
    return any(
        c is not cand and not c.dropped and c.entries[0].mode == "release" and captive.head in (c.i, c.anchor)
        for c in cands
    )


def restates(a: Event, b: Event) -> bool:
    """Same type, factuality and parties: a second verb for one act."""
    same = (a.event_type, a.factuality, a.actors, a.recipients)
    return same == (b.event_type, b.factuality, b.actors, b.recipients)


# Objects that only count the victims of the first verb: "and wounded 40", "and injured two others".
_COUNTS = words("other more dozen dozens score scores hundred hundreds")


def toll_of(tree: Tree, cand: Candidate, event: Event, coded: list[CodedEvent]) -> bool:
    """True for a second toll verb of one attack: a conjunct with no subject of its own, both verbs
    of killing or wounding, whose object only counts victims ("wounded 40", "two others") and
    whose ASSAULT has the same attacker and factuality as the first one's and no other victims
    ("Israeli forces killed 12 Palestinians and wounded 40 in a raid"). Another act ("killed two
    and arrested 15"), victims named anew ("… and wounded three soldiers in Sumy") or another
    subject ("…, and rebels wounded three") stay events of their own. A crowd's second verb of
    one protest is such a second telling too (`crowd_conjunct`)."""
    verb = tree.tok(cand.i)
    if event.event_type == "PROTEST":
        return crowd_conjunct(tree, cand, event, coded)
    if alleged_toll(tree, cand, event, coded):
        return True
    if cand.nominal or verb.dep != "conj" or event.event_type != "ASSAULT":
        return False
    first = tree.tok(verb.head)
    if verb.lemma.lower() not in TOLL_VERBS or first.lemma.lower() not in TOLL_VERBS:
        return False
    if tree.child(verb.i, "nsubj", "nsubjpass") is not None:
        return False
    counted = tree.child(verb.i, "dobj")
    if counted is None or (counted.pos != "NUM" and counted.lemma.lower() not in _COUNTS):
        return False  # "… and wounded three soldiers in Sumy": victims of their own
    victims = {r.country for r in event.recipients if r.country}
    return any(
        o.trigger_token == first.i
        and o.event.event_type == "ASSAULT"
        and o.event.factuality == event.factuality
        and o.event.actors == event.actors
        and victims <= {r.country for r in o.event.recipients}
        for o in coded
    )


def toll_participle(tree: Tree, cand: Candidate, event: Event, coded: list[CodedEvent]) -> bool:
    """True for a participle of the toll, with no subject of its own, hung on a verb coded as an
    attack ("drones struck Kyiv overnight, killing three", "stormed a hotel, killing nine",
    "shelled Kherson, killing two and wounding seven"): one attack told with its toll, as PLOVER
    codes it once. The participle's victims, where they have a country, become the attack's
    recipients when its verb names none ("struck a base, killing three U.S. soldiers"). Another
    act ("…, forcing 2,000 to flee", "…, arresting 12") is no toll and stays its own event."""
    verb = tree.tok(cand.i)
    if cand.nominal or event.event_type != "ASSAULT" or not _toll_participle(verb):
        return False
    first = verb
    while first.dep == "conj" and _toll_participle(tree.tok(first.head)):  # "killing nine and wounding 40"
        first = tree.tok(first.head)
    if first.dep != "advcl" or any(tree.child(t.i, "nsubj") is not None for t in (verb, first)):
        return False
    attack = next(
        (
            o
            for o in coded
            if o.trigger_token == first.head
            and o.event.event_type == "ASSAULT"
            and o.event.factuality == event.factuality
        ),
        None,
    )
    if attack is None:
        return False
    victims = tuple(r for r in event.recipients if r.country)  # "three U.S. soldiers", not "six people"
    if not attack.event.recipients and victims:
        coded[coded.index(attack)] = replace(attack, event=replace(attack.event, recipients=victims))
    return True


def _toll_participle(tok: Token) -> bool:
    return tok.tag == "VBG" and tok.lemma.lower() in TOLL_VERBS


def alleged_toll(tree: Tree, cand: Candidate, event: Event, coded: list[CodedEvent]) -> bool:
    """True for a participle of the toll, with no subject of its own, after an attack named in a
    prepositional gerund or noun ("accused the RSF of shelling a camp near El Fasher, killing at
    least 23 people", "blamed Israel for an attack on a school, killing 15"): the toll is the
    alleged attack's, one event, whichever verb the parser hangs the participle on (or joins it
    to). Read on its own it takes the accuser, the subject of the clause, for the attacker."""
    verb = tree.tok(cand.i)
    if cand.nominal or event.event_type != "ASSAULT" or verb.dep not in ("advcl", "conj"):
        return False
    if not _toll_participle(verb) or tree.child(verb.i, "nsubj") is not None:
        return False
    return any(
        o.event.event_type == "ASSAULT"
        and o.trigger_token < verb.i
        and _in_phrase(tree, o.trigger_token)
        and tree.is_under(o.trigger_token, verb.head)
        for o in coded
    )


def _in_phrase(tree: Tree, i: int) -> bool:
    """A gerund or noun that is the object of a preposition ("of shelling", "for the attack")."""
    tok = tree.tok(i)
    head = tree.head(i)
    return tok.dep in ("pcomp", "pobj") and head is not None and head.dep == "prep"


# Modes of one protest on the street: a march, a rally, a riot, a blockade, damage done.
_STREET = frozenset({None, "demo", "riot", "obstruct", "vandalize"})


def crowd_conjunct(tree: Tree, cand: Candidate, event: Event, coded: list[CodedEvent]) -> bool:
    """True for a crowd's second verb of one protest: a conjunct with no subject of its own whose
    PROTEST has the first verb's protesters and factuality ("protesters marched to parliament
    and set fire to tyres", "marched through Belgrade and blocked the main bridge"): PLOVER
    codes the protest once. A strike and a march ("went on strike and marched") are two kinds
    of protest, and a conjunct with a subject of its own ("…, and students blocked roads")
    another crowd's."""
    verb = tree.tok(cand.i)
    if cand.nominal or verb.dep != "conj" or tree.child(verb.i, "nsubj", "nsubjpass") is not None:
        return False
    if event.mode not in _STREET:
        return False
    return any(
        o.trigger_token == verb.head
        and o.event.event_type == "PROTEST"
        and o.event.mode in _STREET
        and o.event.factuality == event.factuality
        and o.event.actors == event.actors
        for o in coded
    )


_GROUP_ENTS = frozenset({"ORG", "NORP", "PERSON"})


def stopping_others(tree: Tree, parts: Participants, cand: Candidate, lexicon: Lexicon) -> Candidate | None:
    """The attack itself when the subject stops, or fails to stop, another party's attack: "Air
    defences failed to stop the Russian attack", "Kurdish fighters halted the Turkish advance"
    is no ceasefire of theirs (as "Russia halted its offensive" is); the attack is the event."""
    entry = cand.entries[0]
    if cand.nominal or cand.obj is None or entry.mode != "ceasefire":
        return None
    if assess(tree, cand.anchor).value not in ("actual", "negated"):
        return None  # "urged France to stop Israeli attacks": a request, coded as such
    obj = tree.tok(cand.obj)
    if any(c.pos == "PRON" for c in tree.children(obj.i, "poss")):
        return None  # "its offensive"
    # whose attack: "the Russian attack", "Hamas's raid", "the Houthi attack"; a compound place
    # names no one ("the Gaza offensive")
    mods = tree.children(obj.i, "poss", "amod", "compound")
    owners = [c.i for c in mods if c.dep != "compound" or c.ent_type in _GROUP_ENTS or _group(parts, c.i)]
    owners += [
        c.i for c in mods if c.dep == "compound" and c.lemma.lower() in _ARMED_PARTIES
    ]  # "gang attacks"
    # "an attack by militants" (the parser may hang the "by" on the active verb)
    owners += [o.i for h in (obj.i, cand.i) for p in tree.children(h, "prep") if p.lemma.lower() == "by"
               for o in tree.children(p.i, "pobj")]  # fmt: skip
    theirs = {_party(r.entity) for r in _refs(parts, owners) if r.entity.country or r.entity.sector}
    hostile = any(tree.tok(o).lemma.lower() in _ARMED_PARTIES for o in owners)  # "a jihadist attack"
    nouns = [e for e in lexicon.nouns.get(obj.lemma.lower(), ()) if e.event_type != "RETREAT"]
    if not (theirs or hostile or _failed(tree, cand.i)) or not nouns:
        return None
    actors = read_roles(tree, parts, cand, entry, lexicon.types[entry.event_type].recipient_preps)[0]
    if theirs & {_party(a.entity) for a in actors}:
        return None  # "Moscow halted the Russian offensive": its own
    return Candidate(obj.i, nouns, obj.i, True, None, obj.i, stopped_by=cand.i)


def _failed(tree: Tree, verb: int) -> bool:
    """True when the stop was attempted and missed ("failed to stop the attacks", "were unable to
    halt the raids"): what one tries to stop is another's act, which went ahead."""
    tok = tree.tok(verb)
    head = tree.head(verb)
    return tok.dep == "xcomp" and head is not None and head.lemma.lower() in _FAILED


def _refs(parts: Participants, tokens: list[int]) -> list[Ref]:
    return [r for k in tokens for r in parts.entities(k)]


def _group(parts: Participants, i: int) -> bool:
    """True when token i is part of an armed group's name ("an Islamic State offensive")."""
    m = parts.at.get(i)
    return m is not None and m.kind == "group"


def _party(entity: Entity) -> str:
    """A party's country, or, for one without a country, its name ("Islamic State")."""
    return entity.country or entity.name


# Adjectives that name an armed party of their own ("a jihadist attack", "an enemy offensive").
_ARMED_PARTIES = words("""jihadist jihadi islamist insurgent rebel militant terrorist enemy separatist
    guerrilla extremist gang bandit militia pirate""")
# Frames of a stop attempted and missed: one fails to stop what another does ("police failed to
# stop the attacks"); "did not stop its attacks" may still be one's own restraint withheld.
_FAILED = words("fail unable powerless")


def folded_roles(
    tree: Tree,
    parts: Participants,
    cand: Candidate,
    entry: Trigger,
    actors: list[Ref],
    recips: list[Ref],
    preps: frozenset[str],
) -> tuple[list[Ref], list[Ref]]:
    """A passive verb (or a headline's bare participle) without a known actor takes the parties of
    the same-type noun it folded in: "two soldiers were killed in an Israeli air strike", "woman
    killed in Kiev's shelling of Donetsk", "a policeman was wounded in a rebel attack on a
    checkpoint in Turkey"; not "he was traveling to a conference of the association"."""
    for noun in cand.folded or []:
        if noun.entries[0].event_type != entry.event_type:
            continue
        n_actors, n_recips = read_roles(tree, parts, noun, noun.entries[0], preps)
        if any(a.entity.country for a in n_actors) or not actors:
            actors = n_actors or actors
        if not any(r.entity.country for r in recips):
            recips = recips + n_recips
        if any(a.entity.country for a in actors):
            break
    return actors, recips


def gerunds(tree: Tree, cand: Candidate, cands: list[Candidate]) -> list[Candidate]:
    """Same-type gerunds pruned under a passive verb, read as the nouns they stand for ("were
    killed in Ukrainian shelling of Horlivka": the parser makes "shelling" a verb)."""
    if not passive(tree, cand.anchor):
        return []
    etype = cand.entries[0].event_type
    return [b for b in cands if b.dropped and not b.nominal and b not in (cand.folded or [])
            and tree.tok(b.i).tag == "VBG" and tree.tok(b.i).head == cand.i
            and b.entries[0].event_type == etype]  # fmt: skip


def fold_launches(tree: Tree, cands: list[Candidate], lexicon: Lexicon) -> None:
    """Fold the firing of an attack's own weapon into the attack: "the airliner was brought down
    by a missile fired by rebels", "a rocket launched from Gaza hit a house" tell one attack, the
    participle on the weapon only says who fired it, which the attack then takes (as a passive
    takes the parties of the nouns it folds in)."""
    for b in cands:
        launch = tree.tok(b.i)
        if b.nominal or b.entries[0].event_type != "ASSAULT":
            continue
        if launch.dep == "xcomp" and launch.head != launch.i:
            launch = tree.tok(launch.head)  # "a missile believed to be fired by rebels"
        if launch.dep not in MODIFIERS:
            continue
        weapon = tree.head(launch.i)
        if weapon is None or weapon.lemma.lower() not in lexicon.instruments:
            continue
        above = tree.head(weapon.i)
        if weapon.dep == "pobj" and above is not None:
            above = tree.head(above.i)  # "by a missile", "with rockets"
        if above is None:
            continue
        host = next((c for c in cands if c is not b and not c.dropped and above.i in (c.i, c.anchor)
                     and any(e.event_type == "ASSAULT" for e in c.entries)), None)  # fmt: skip
        if host is not None:
            b.dropped = True
            host.folded = [*(host.folded or []), b]


# Participles by which a weapon is said to have been fired, and the phrases naming who fired it
# ("launched by Russian forces") or from where ("fired from Lebanon": that state's territory).
_LAUNCHING = words("launch fire")
_LAUNCHERS = words("by from")


def launchers(tree: Tree, parts: Participants, cand: Candidate, lexicon: Lexicon) -> list[Ref]:
    """Who fired the weapon that is the subject of an attack verb, when the participle that says
    so is no trigger of its own ("drones launched by Ukraine hit a refinery": the lexicon reads
    "launch" with an object only): the attack is theirs, as when `fold_launches` folds it in."""
    subject = tree.child(cand.anchor, "nsubj")
    if cand.nominal or subject is None:
        return []
    for launch in tree.children(subject.i, "acl"):
        if launch.lemma.lower() not in _LAUNCHING or launch.tag != "VBN":
            continue
        if not weapon_noun(tree, subject.i, frozenset(lexicon.instruments) | PROJECTILES):
            return []  # "soldiers sent by Russia": no weapon; "mortar rounds fired by …" is one
        for p in tree.children(launch.i, "agent", "prep"):
            if p.lemma.lower() not in _LAUNCHERS:
                continue
            refs = [r for o in tree.children(p.i, "pobj") for r in parts.entities(o.i) if r.entity.country]
            if refs:
                return refs
    return []


def passive(tree: Tree, verb: int) -> bool:
    """A past participle without an active subject: "were killed", "woman killed in …"."""
    return tree.tok(verb).tag == "VBN" and not tree.children(verb, "nsubj")


def takes_folded(tree: Tree, cand: Candidate) -> bool:
    """Whether a verb with no known actor takes the parties of what it folded in: a passive
    ("were killed in an Israeli air strike"), a weapon's impact with no verb of attack ("a missile
    fell in a field during a Russian missile attack on Ukraine": the attack's), or an active attack
    whose subject is a weapon fired by a party (`fold_launches`): "missiles fired by the Houthis
    struck a tanker", "drones launched by Russian forces crossed into the Chernihiv region" are the
    launcher's attacks."""
    if passive(tree, cand.anchor) or cand.entries[0].key.startswith(IMPACT):
        return True
    return any(not b.nominal for b in cand.folded or [])  # launches; gerunds fold under passives only


# A dispatch's or a journey's "to" clause names the mission its people go to carry out ("sent
# troops to attack", "gathered in Brussels to discuss"): kept, as a hypothetical event.
_DISPATCH = words("""send dispatch deploy redeploy move fly airlift ship travel arrive go come gather
    convene head return""")  # fmt: skip


# Missions that describe what deployed forces do for their own side: the deployment tells them.
_SUPPORTING = frozenset({"AID", "SUPPORT", "COOPERATE"})
# Guarding tasks, and the state's own forces as the ones backed up.
_GUARDING = words("escort guard protect secure")
_OWN_FORCES = words("police army military force troop soldier authority gendarmerie guard security")


def _forces_task(tree: Tree, cand: Candidate, dispatch: int, cands: list[Candidate]) -> bool:
    """True for a guarding task, or a backing-up of the state's own forces, by forces whose dispatch
    is coded ("deployed the army to support the police", "did not send warships to escort the
    tanker"): what a deployment is for, no second event. Help to another party stays an event
    ("sent troops to help Mali", "deployed soldiers to support the rebels"), and so does a hostile
    mission ("sent troops to attack") and the business of people sent who are no force ("will
    send officials to help Quito")."""
    if cand.entries[0].event_type not in _SUPPORTING:
        return False
    verb = tree.tok(cand.i)
    objs = [o.lemma.lower() for o in tree.children(cand.i, "dobj")]
    if verb.lemma.lower() not in _GUARDING and not (objs and all(o in _OWN_FORCES for o in objs)):
        return False
    dispatched = (c for c in cands if c is not cand and not c.dropped and dispatch in (c.i, c.anchor))
    return any(c.entries[0].event_type == "MOBILIZE" for c in dispatched)


def no_event_of_its_own(tree: Tree, fact: Factuality, cand: Candidate, cands: list[Candidate]) -> bool:
    """True for an act that only states the condition or the aim of another event coded in the
    sentence ("will boycott the elections unless the president agrees to step down", "opened
    fire to disperse the crowd", "launched an offensive to seize a corridor"): nobody reports it
    as happening, planned or feared; the event it serves carries the sentence. A condition or an
    aim of no coded event stays a hypothetical event ("If Iran attacks Israel, the United States
    would respond"), and so does a dispatch's mission ("sent troops to attack")."""
    if fact.value not in ("hypothetical", "future") or fact.serves is None:
        return False  # (a future aim: the business of a trip still to come)
    if fact.cue == "to" and tree.tok(fact.serves).lemma.lower() in _DISPATCH:
        return _forces_task(tree, cand, fact.serves, cands)
    return any(c is not cand and not c.dropped and fact.serves in (c.i, c.anchor, c.obj) for c in cands)
