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
  carrier suspends are its business, no state's sanction;
- an armed entry ("troops entered the town") is a move short of force (MOBILIZE) unless the
  parse tells force: an armed group as the one entering, a state none of the entering forces
  belongs to without its consent, a place held by the other side, or fighting around the entry
  (the codebook note in tests/golden/README.md).
"""

from __future__ import annotations

from dataclasses import replace

from .lexicon import Trigger
from .models import Entity, Event
from .nlp import Token
from .participants import Participants, Ref
from .resolve.actor_entries import country_names_by_iso
from .syntax import Tree, words
from .triggers import Candidate

_PEACEKEEPING = words("peacekeeper peacekeeping peace-keeper peace-keeping blue-helmet")
# Natural hazards: what they kill or destroy is a disaster, not an act of any party ("fire" is
# left out: "rebel fire killed two soldiers" is gunfire; accidents are mishaps.py's).
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
    causes = stated_causes(tree, cand.i)
    head = tree.head(cand.i)
    if head is not None and tree.tok(cand.i).dep == "acl":  # misread "an earthquake killed 300"
        causes.append(head)
    causes += _relative_agents(tree, cand.i)
    return any(t.lemma.lower() in _HAZARDS for c in causes for t in [c, *tree.children(c.i, "compound")])


_RELATIVE_SUBJECTS = words("that which who")


def _relative_agents(tree: Tree, verb: int) -> list[Token]:
    """The agent of a relative or infinitival clause on a noun is that noun ("the third storm to
    strike Madagascar", "the typhoon that hit Luzon"), and, when the noun is a copula's
    predicate, the copula's subject too ("The cyclone was the second destructive system to hit
    the island")."""
    tok = tree.tok(verb)
    head = tree.head(verb)
    if head is None or tok.dep not in ("relcl", "acl") or tok.tag == "VBN":
        return []
    subject = tree.child(verb, "nsubj")
    if subject is not None and subject.lemma.lower() not in _RELATIVE_SUBJECTS:
        return []  # "the town Russian jets struck": the clause has its own agent
    agents = [head]
    above = tree.head(head.i)
    if head.dep == "attr" and above is not None:
        agents += tree.children(above.i, "nsubj")
    return agents


def stated_causes(tree: Tree, verb: int) -> list[Token]:
    """What a verb trigger says did it: its subject, its "by" agent, or, for a passive, the "in"
    phrase ("were killed in an earthquake"); read by `natural_cause` and `mishaps`."""
    causes = list(tree.children(verb, "nsubj"))
    if tree.child(verb, "nsubjpass") is not None:
        for p in tree.children(verb, "agent", "prep"):
            if p.dep == "agent" or p.lemma.lower() == "in":
                causes += tree.children(p.i, "pobj")
    return causes


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


# The public as a boycott's subject, by its noun ("Australian consumers", "Chinese shoppers") or
# by its sector; what a boycott in trade shuns, or the trade its noun names ("economic boycott").
_PUBLIC = words("""consumer consumers shopper shoppers customer customers merchant merchants trader
    traders shopkeeper shopkeepers importer importers student students worker workers citizen
    citizens people resident residents activist activists fan fans public housewife housewives""")
_PUBLIC_SECTORS = frozenset({"CVL", "OPP", "LAB", "BUS", "NGO", "EDU", "REL"})
_TRADED = words("good goods product products import imports export exports trade brand brands ship ships")
_IN_TRADE = words("economic trade oil commercial arms")


def boycott_type(tree: Tree, cand: Candidate, etype: str, actors: list[Ref]) -> tuple[str, str | None] | None:
    """The type and mode of a boycott in trade: a state's or a bloc's boycott of another's goods ("Saudi
    Arabia boycotted Jordanian goods", "the Arab League's economic boycott of Israel") is an
    embargo (SANCTION, CAMEO 163); the public's ("Australian consumers boycotted French
    products") a protest (PROTEST). None for any other boycott (of polls or talks: a protest)."""
    head = tree.tok(cand.i)
    if etype not in ("PROTEST", "SANCTION") or head.lemma.lower() != "boycott":
        return None
    if cand.nominal:
        shunned = [c.lemma.lower() for c in tree.children(head.i, "amod", "compound")]
    else:
        shunned = [o.lemma.lower() for o in tree.children(head.i, "dobj", "nsubjpass")]
    if _TRADED.isdisjoint(shunned) and _IN_TRADE.isdisjoint(shunned):
        return None
    subj = None if cand.nominal else tree.child(head.i, "nsubj")
    public = (subj is not None and subj.lemma.lower() in _PUBLIC) or (
        bool(actors) and all(a.entity.sector in _PUBLIC_SECTORS for a in actors)
    )
    return ("PROTEST", "boycott") if public or not actors else ("SANCTION", None)


# People in need of shelter, and the verbs that make people so ("Rwandans fleeing the fighting").
_SHELTERED = words("""refugee refugees migrant migrants evacuee evacuees asylum-seeker asylum-seekers
    exile exiles displaced flee escape expel deport alien aliens expellee expellees deportee deportees""")


def opened_to_refugees(tree: Tree, cand: Candidate) -> bool:
    """True for a border or crossing opened to refugees or to people fleeing or expelled ("opened
    its border to Rwandan refugees"): shelter given (PLOVER AID, asylum), not access eased for
    a party's convoys or trade (RETREAT)."""
    if cand.nominal or tree.tok(cand.i).lemma.lower() not in ("open", "reopen"):
        return False
    to = [p for p in tree.children(cand.i, "prep") if p.lemma.lower() == "to"]
    return any(tree.tok(k).lemma.lower() in _SHELTERED for p in to for k in tree.subtree(p.i))


def to_another_state(actors: list[Ref], recips: list[Ref]) -> bool:
    """True when a recipient is a state none of the actors belongs to: arms handed to it are
    supplied, not laid down ("handed over weapons to Ukraine", not "to the army"). Arms handed
    to an international body's monitors or peacekeepers are laid down ("to UN peacekeepers"), and
    so are arms, or fighters themselves, given up to a foreign army ("gave themselves up to U.S.
    forces": a surrender, no supply)."""
    own = {a.entity.country for a in actors}
    states = country_names_by_iso()  # not an international body: UN monitors verify, field no arms
    return any(
        r.entity.country in states and r.entity.country not in own and r.entity.sector != "MIL"
        for r in recips
    )


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


# Nouns of stopping a flow: the aid they name by "of" or "to" is what stops, no aid given.
_HALTS = words("suspension halt end cutoff cut-off freeze")


def halted_flow(tree: Tree, cand: Candidate, etype: str) -> bool:
    """True for aid told as a noun that a halt names ("a suspension of military aid to Guatemala
    was ordered", "an end to aid"): the halt is the event (a SANCTION), the aid no second one."""
    if etype != "AID" or not cand.nominal:
        return False
    prep = tree.head(cand.i)
    halt = tree.head(prep.i) if prep is not None and prep.lemma.lower() in ("of", "to") else None
    return halt is not None and halt.lemma.lower() in _HALTS


# Words that make a subject a carrier or a company: its flights or services are its business.
_CARRIERS = words("airline airlines airways air carrier company firm operator")
# What a carrier runs: flights, routes, services.
_CARRIED = words("flight route service")


def carrier_suspension(tree: Tree, cand: Candidate, etype: str, actors: list[Ref]) -> bool:
    """True for a SANCTION whose subject is a carrier or a company ("Turkish Airlines suspended
    flights to Iran", "Air India suspended its flights", "Emirates suspended flights", the last
    named without a carrier word but resolved as a business): a business decision, which a
    demonym in the company's name does not make a state's sanction."""
    if etype != "SANCTION" or cand.nominal or cand.obj is None:
        return False
    if tree.tok(cand.obj).lemma.lower() not in _CARRIED:
        return False  # "the state company cut gas supplies to Moldova": a state's lever
    if actors and all(a.entity.sector == "BUS" for a in actors):
        return True
    verb = tree.tok(cand.anchor)
    subj = tree.child(verb.i, "nsubj")
    if subj is None and verb.dep == "xcomp":  # "forced the airline to cancel flights": its controller
        controllers = (tree.child(verb.head, dep) for dep in ("dobj", "nsubjpass", "nsubj"))
        subj = next((c for c in controllers if c is not None), None)
    return subj is not None and any(tree.tok(k).lemma.lower() in _CARRIERS for k in tree.subtree(subj.i))


# What a crowd attacks when it riots (CAMEO 145): buildings and vehicles; people it attacks
# ("accused protesters of attacking officers") stay an assault on them, as the gold set codes it.
_RIOT_TARGETS = words("""embassy consulate building office headquarters station parliament ministry
    courthouse shop store car vehicle""")
_CROWD_ATTACKS = words("attack storm ransack stone torch burn")


def crowd_attack(tree: Tree, cand: Candidate, actors: list[Ref]) -> bool:
    """True for protesters attacking buildings or vehicles ("protesters in Kinshasa
    attacked several embassies"): PLOVER codes a crowd's violence as a riot (PROTEST), not as an
    armed party's ASSAULT; soldiers and gunmen attacking the same buildings stay ASSAULT."""
    if cand.nominal or not actors or not all(_crowd(a) for a in actors):
        return False
    if tree.tok(cand.i).lemma.lower() not in _CROWD_ATTACKS:
        return False
    targets = [tree.tok(k) for o in tree.children(cand.i, "dobj") for k in tree.conjuncts(o.i)]
    return any(t.lemma.lower() in _RIOT_TARGETS for t in targets)


# Crowds the dictionary files as civilians (CVL), which riot as protesters do.
_CROWDS = words("crowd crowds mob mobs")


def _crowd(actor: Ref) -> bool:
    """A protesting or rioting crowd: protesters and rioters (OPP), or a crowd or mob."""
    words_of = actor.entity.text.lower().split()
    return actor.entity.sector == "OPP" or bool(words_of and words_of[-1] in _CROWDS)


_ARMED = frozenset({"MIL", "REB", "COP"})
# "as" nouns that tell a role or a purpose, no verdict ("as part of", "as a warning").
_NO_VERDICT = words("part warning response retaliation reprisal punishment revenge result means way")


def attacked_as(tree: Tree, cand: Candidate, actors: list[Ref]) -> bool:
    """True for an unarmed party's verb of attack with a verdict on its object in an "as" phrase:
    "Macron attacked the tariffs as a mistake", "the Kremlin attacked the sanctions as illegal" —
    the frame of "described X as Y", an attack in words (PLOVER ACCUSE disapprove). Armed units
    strike "as part of an offensive" or "as a warning": a purpose, no verdict."""
    if cand.nominal or tree.child(cand.i, "dobj") is None or not actors:
        return False
    if any(a.entity.sector in _ARMED for a in actors):
        return False
    for p in tree.children(cand.i, "prep"):
        verdict = tree.child(p.i, "pobj", "amod", "acomp") if p.lemma.lower() == "as" else None
        if verdict is not None and verdict.lemma.lower() not in _NO_VERDICT:
            return True
    return False


# Marks of a place held by the other side: "the rebel-held town", "the opposition stronghold",
# "enemy territory".
_HELD = words("held controlled occupied enemy hostile")
_STRONGHOLDS = words("stronghold bastion")
# Fighting told around the entry ("after heavy fighting", "amid clashes", "under fire").
_COMBAT = words("""fighting fight battle clash combat siege shelling bombardment resistance assault
    offensive attack airstrike strike firefight gunfight skirmish fire""")
_COMBAT_PREPS = words("after amid following during despite under")
# The host's consent ("at the invitation of the government", "with the approval of Kabul").
_CONSENT = words("invitation request consent approval permission blessing agreement mandate")
_CONSENT_PREPS = words("at with under")
_BY = words("by")
_FORCIBLY = words("forcibly force")


def _held_place(tree: Tree, place: int) -> bool:
    """True for an entered place marked as the other side's ("the rebel-held town of X", "the
    stronghold of Y", "enemy lines"), on the noun or on its "of" name."""
    nouns = [place] + [o.i for p in tree.children(place, "prep") if p.lemma.lower() == "of"
                       for o in tree.children(p.i, "pobj")]  # fmt: skip
    for n in nouns:
        if tree.tok(n).lemma.lower() in _STRONGHOLDS:
            return True
        if any(c.text.lower() in _HELD for c in tree.children(n, "amod", "compound", "acl")):
            return True
    return False


def _phrase_of(tree: Tree, verb: int, preps: frozenset[str], nouns: frozenset[str]) -> bool:
    """True when the verb has a phrase opened by one of `preps` whose words hold one of `nouns`
    ("after heavy fighting", "after days of clashes", "at the invitation of the government")."""
    for p in tree.children(verb, "prep"):
        if p.lemma.lower() in preps and any(
            tree.tok(k).lemma.lower() in nouns for k in tree.subtree(p.i) if k != p.i
        ):
            return True
    return False


# How an armed entry reads (`armed_entry`): force shown, a move, or a move that is an incursion
# when the resolved place lies in a state none of the entering forces belongs to.
FORCE, MOVE, MOVE_UNLESS_ABROAD = "force", "move", "move unless abroad"


def armed_entry(
    tree: Tree, cand: Candidate, entry: Trigger, actors: list[Ref], recips: list[Ref]
) -> str | None:
    """How the lexicon's bare armed "enter" reads, or None for any other candidate. A move of
    forces short of force (PLOVER MOBILIZE, `MOVE`): "Russian troops entered the town",
    "government forces entered Sweida", "Ethiopian and Somali government forces entered
    Mogadishu", forces entering at the host's invitation. Force (`FORCE`, the lexicon's ASSAULT):
    an armed group entering ("rebels entered Gondar": a town the state holds), a state entered
    that none of the forces belongs to ("would not enter Ukraine"), a place held by the other side
    ("the rebel-held town"), fighting around the entry ("after heavy fighting") or "by force".
    A place the dictionary cannot put in a state ("could enter Manbij") waits for the resolved
    place (`MOVE_UNLESS_ABROAD`, `incursion`)."""
    verb = tree.tok(cand.i)
    if cand.nominal or verb.lemma.lower() != "enter" or entry.event_type != "ASSAULT" or entry.objects:
        return None
    if any(a.entity.sector == "REB" for a in actors):
        return FORCE
    place = tree.child(verb.i, "dobj")
    if place is not None and _held_place(tree, place.i):
        return FORCE
    if tree.has_lemma(verb.i, _FORCIBLY, "advmod") is not None or _phrase_of(tree, verb.i, _BY, _FORCIBLY):
        return FORCE
    if _phrase_of(tree, verb.i, _COMBAT_PREPS, _COMBAT):
        return FORCE
    if _phrase_of(tree, verb.i, _CONSENT_PREPS, _CONSENT) or peacekeeping(tree, cand):
        return MOVE  # "at the invitation of the government", "peacekeepers entered Pristina"
    states = country_names_by_iso()
    own = {a.entity.country for a in actors if a.entity.country in states}  # an alliance's: a mandate
    if not own:
        return MOVE
    return (
        FORCE
        if any(r.entity.country in states and r.entity.country not in own for r in recips)
        else MOVE_UNLESS_ABROAD
    )


def incursion(event: Event, intensity: float) -> Event:
    """An armed entry coded as a move whose resolved place lies in a state none of its forces
    belongs to: an incursion into that state (ASSAULT, the state its recipient): "Turkish troops
    could enter Manbij", once Manbij is placed in Syria. Kept as a move at home or unplaced."""
    place = event.location
    own = {a.country for a in event.actors if a.country}
    country = place.country if place is not None else None
    names = country_names_by_iso()
    if event.event_type != "MOBILIZE" or not own or country is None or country in own or country not in names:
        return event
    state = Entity(place.text if place is not None else names[country], names[country], country, None)
    return replace(event, event_type="ASSAULT", mode=None, contexts=("military",), recipients=(state,),
                   intensity=intensity)  # fmt: skip
