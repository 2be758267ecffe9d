"""Other senses of trigger verbs, read by triggers.py before a verb becomes a candidate.

Each predicate says when a trigger verb tells no event of its type: an outfitting participle that
describes ("militiamen armed with machetes"), a struggle that is no combat ("battled to save his
coalition"), a person "under fire" who is criticised, a game's attack or fight, "seized on" a
remark, a border crossed in the sense of immigration law, a departure or attraction sense, an
evaluation ("proved a success"), a contest won or lost, a question asked, a span of time given
or a deadline set that demands no act of anyone, civilians crossing a border, a traveller held
up by traffic; a fight at law or for customers, a prize or a share of a market taken (a market
left is civil_acts.py's).
"""

from __future__ import annotations

from .lexicon import Lexicon, Trigger
from .nlp import Token
from .syntax import Tree, words
from .verb_objects import dated, particles, verb_objects

NOUN_POS = frozenset({"NOUN", "PROPN"})

# Verbs of outfitting: their participle describes ("armed with", "equipped with").
OUTFITTING = words("arm equip")
# What one fights or battles "to" do in the struggle sense ("battled to save his coalition") is
# anything but a military aim; these aims keep the combat sense ("fought to retake the town").
_MILITARY_AIMS = words("""hold defend take retake capture recapture seize control push drive repel
    break reach enter topple overthrow oust liberate encircle advance storm dislodge expel""")
_FIGHTING = words("fight battle")
# Things that appeal to people (attract): "the idea appeals to many voters".
_ATTRACTIVE = words("""idea plan campaign message product policy show film book offer prospect notion
    argument approach style brand model game music programme program vision platform agenda option
    concept design feature story candidacy""")


# Weapons and fire that back a force in combat ("backed by tanks", "supported by air strikes").
_FIREPOWER = words("""tank drone helicopter gunship jet warplane aircraft plane bomber artillery mortar
    airstrike strike fire armour armor vehicle warship ship missile rocket cover air""")


def armed_backing(tree: Tree, verb: Token) -> bool:
    """True for "backed"/"supported" by weapons or fire: a description of a force's means in
    combat, no political support (PLOVER SUPPORT is endorsement of a party)."""
    if verb.lemma.lower() not in ("back", "support") or verb.tag != "VBN":
        return False
    agent = tree.child(verb.i, "agent")
    backer = tree.child(agent.i, "pobj") if agent is not None else None
    if backer is None:
        return False
    return all(tree.tok(k).lemma.lower() in _FIREPOWER for k in tree.conjuncts(backer.i))


def described(tree: Tree, verb: Token) -> bool:
    """A participle as a description: a modifier, or a passive without an agent."""
    if verb.dep in ("acl", "amod", "advcl"):
        return True
    return tree.child(verb.i, "auxpass") is not None and tree.child(verb.i, "agent") is None


def struggle(tree: Tree, verb: Token, entry: Trigger) -> bool:
    """True for "fight" or "battle" to achieve something ("parties battle to win the election",
    "the government is fighting to contain inflation"): an effort, no combat. An object, an
    opponent ("against", "with") or a military aim ("fought to retake the town") keeps combat."""
    if entry.event_type != "ASSAULT" or verb.lemma.lower() not in _FIGHTING:
        return False
    if civil_contest(tree, verb):
        return True
    aim = tree.child(verb.i, "xcomp", "advcl")
    if aim is None or aim.tag != "VB" or tree.child(verb.i, "dobj") is not None:
        return False
    if any(p.lemma.lower() in ("against", "with", "for") for p in particles(tree, verb.i)):
        return False
    return aim.lemma.lower() not in _MILITARY_AIMS


# Where a fight is a lawsuit ("vowed to fight it in the courts"), and what rivals compete for
# ("battles local rivals for buyers", "fought for votes").
_COURTS = words("court courts tribunal appeal")
_CUSTOMERS = words("""buyer buyers customer customers client clients sales subscriber subscribers
    viewer viewers reader readers vote votes voter voters audience audiences""")
# Things one fights in law or politics ("fight the ruling", "battle the new tax").
_CONTESTED = words("""ruling verdict decision charge charges case lawsuit bill law legislation tax
    reform extradition deportation fine penalty ban""")


def civil_contest(tree: Tree, verb: Token) -> bool:
    """True for a fight at law or in a market: in or through the courts ("vowed to fight it in
    the courts"), against a ruling, a charge or a law as its object ("will fight the
    extradition"), or rivals fought for customers or votes ("battles local rivals for buyers").
    An armed opponent fought for a place keeps combat ("fought rebels for control of the town")."""
    preps = [p for p in tree.children(verb.i, "prep") if p.lemma.lower() in ("in", "through", "for")]
    for p in preps:
        for o in tree.children(p.i, "pobj"):
            lemma = o.lemma.lower()
            if p.lemma.lower() != "for" and lemma in _COURTS:
                return True
            if p.lemma.lower() == "for" and lemma in _CUSTOMERS:
                return True
    return any(o.lemma.lower() in _CONTESTED for o in tree.children(verb.i, "dobj"))


# Who fires in earnest: "came under fire from Russian troops / from a drone" is an attack.
_ARMED = words("""troop force soldier army military artillery gunman militant rebel fighter insurgent
    jihadist sniper drone missile rocket tank mortar shell gun gunfire aircraft jet warplane helicopter
    navy ship warship unit position side enemy militia police""")
# Who fires in words: a person under fire is criticised ("the minister came under fire").
_CRITICISED = words("""minister president premier leader chancellor governor mayor senator official
    government administration party chief head director spokesman commissioner secretary""")


def criticised(tree: Tree, verb: Token, entry: Trigger) -> bool:
    """True for "come under fire / attack" as criticism: a reason ("for its handling of the
    reform", "over his remarks"), a source that is no armed party ("from critics") or a person
    or office as the target with no armed source ("the prime minister came under fire")."""
    if not entry.converse or entry.event_type != "ASSAULT":
        return False
    heads = [verb, *verb_objects(tree, verb.i, entry.particle)[:1]]
    preps = [p for h in heads for p in tree.children(h.i, "prep")]
    sources = [o for p in preps if p.lemma.lower() in ("from", "by") for o in tree.children(p.i, "pobj")]
    preps += [p for o in sources for p in tree.children(o.i, "prep")]  # "from critics over his remarks"
    if any(p.lemma.lower() in ("for", "over") for p in preps):
        return True
    armed = [o for o in sources if o.lemma.lower() in _ARMED or o.ent_type in ("NORP", "GPE")]
    if sources:
        return not armed
    subj = tree.child(verb.i, "nsubj")
    return subj is not None and (subj.lemma.lower() in _CRITICISED or subj.ent_type == "PERSON")


# Words of a game's result: a fight or battle that ends in them is a contest, not combat.
_GAME_WORDS = words("""match game final finals semifinal semifinals semi-final quarterfinal quarterfinals
    title championship tournament medal goals deficit inning innings halftime half-time set sets
    league cup playoff playoffs round-robin penalty penalties header goal""")


_ATTACKING = words("attack")  # "Brazil attacked throughout the match"


def sporting(tree: Tree, verb: Token, entry: Trigger) -> bool:
    """True for "fight" or "battle" in a game ("fought back to cruise to a 6-3 victory", "battled
    back from two goals down", "battled past Sharapova into the semifinals"): a score or a game's
    word in the verb's own phrases (not its subject's)."""
    if entry.event_type != "ASSAULT" or verb.lemma.lower() not in _FIGHTING | _ATTACKING:
        return False
    for k in tree.subtree(verb.i, skip=("nsubj", "nsubjpass")):
        tok = tree.tok(k)
        if tok.pos in NOUN_POS and (tok.lemma.lower() in _GAME_WORDS or tok.text.lower() in _GAME_WORDS):
            return True
        if tok.text == "-" and 0 < k < len(tree) - 1 and tree.tok(k - 1).text.isdigit():
            return tree.tok(k + 1).text.isdigit()  # a score: "6-3"
    return False


def seized_on(tree: Tree, verb: Token, entry: Trigger) -> bool:
    """True for "seize on" / "seize upon" something ("the opposition seized on the scandal"): to
    exploit it, no seizure (which has a direct object: "seized the town", or a passive subject:
    "the tanker was seized on Tuesday", where "on" only dates the seizure)."""
    if entry.event_type != "COERCE" or verb.lemma.lower() not in ("seize", "pounce", "jump"):
        return False
    ons = [
        p
        for p in tree.children(verb.i, "prep", "prt")
        if p.lemma.lower() in ("on", "upon") and not dated(tree, p)
    ]
    if not ons or tree.child(verb.i, "dobj") is not None:
        return False
    if tree.child(verb.i, "nsubjpass") is not None:  # "the remark was seized on by critics": stranded
        return any(not tree.children(p.i, "pobj") for p in ons)
    return True


# Adverbs of legal status: "entered the country illegally" is a border crossing in the sense of
# immigration law, whoever crosses; an armed incursion is told by other words ("crossed into",
# "invaded", "entered Ukrainian territory").
_LEGAL_STATUS = words("illegally unlawfully legally illicitly lawfully")


def immigration(tree: Tree, verb: Token, entry: Trigger) -> bool:
    """True for entering a country "illegally" ("rebels who entered the country illegally two
    years ago were granted asylum"): unlawful entry as a person's legal status, no armed entry."""
    if entry.event_type != "ASSAULT" or verb.lemma.lower() != "enter":
        return False
    return tree.has_lemma(verb.i, _LEGAL_STATUS, "advmod") is not None


# Homes one retreats to for rest ("retreated to his country residence for the weekend").
_HOMES = words("""residence home house villa estate farm ranch dacha palace retreat resort cottage
    chalet mansion compound hotel bed room office study""")


# People who are no party's force: their leaving a place is a journey or flight, no pullback.
_CIVILIANS = words("""woman women child children family families refugee refugees migrant migrants
    resident residents civilian civilians villager villagers tourist tourists pilgrim pilgrims
    passenger passengers patient patients evacuee evacuees orphan orphans wife wives widow widows
    girl girls boy boys mother mothers""")


def _leaver(tree: Tree, verb: Token) -> Token | None:
    """Who leaves: the verb's subject, else the noun a relative or participle clause hangs on
    ("women who had left the camp"), else the subject of the verb it completes ("tried to leave")."""
    t = verb
    for _ in range(3):
        subj = tree.child(t.i, "nsubj")
        if subj is not None and subj.tag not in ("WP", "WDT"):
            return subj
        head = tree.head(t.i)
        if head is None or t.dep not in ("relcl", "acl", "xcomp"):
            return None
        if t.dep != "xcomp" and head.pos in ("NOUN", "PROPN"):
            return head
        t = head
    return None


def civilians_leave(tree: Tree, verb: Token) -> bool:
    """True when those who leave are civilians by their noun, or a group of them ("a group of
    women and children who had left the camp"): a journey or flight of people, no party's
    withdrawal (PLOVER RETREAT is a party pulling back its forces, officials or commitments)."""
    who = _leaver(tree, verb)
    if who is None:
        return False
    nouns = [who] + [
        o for p in tree.children(who.i, "prep") if p.lemma.lower() == "of" for o in tree.children(p.i, "pobj")
    ]
    return any(tree.tok(k).lemma.lower() in _CIVILIANS for n in nouns for k in tree.conjuncts(n.i))


def departs(tree: Tree, verb: Token, entry: Trigger) -> bool:
    """True for "leave for" a destination ("dozens of its men left for the front", "the delegation
    left for Geneva"), "retreat to" a home ("retreated to his country residence"), or civilians
    leaving a place (`civilians_leave`): a departure, no withdrawal from anywhere."""
    if entry.event_type != "RETREAT":
        return False
    if (verb.lemma.lower() == "leave" or entry.mode == "withdraw") and civilians_leave(tree, verb):
        return True  # "residents evacuated the town", "the families left the camp"
    if tree.child(verb.i, "dobj"):
        return False
    preps = tree.children(verb.i, "prep")
    if verb.lemma.lower() == "retreat":
        homes = [o for p in preps if p.lemma.lower() == "to" for o in tree.children(p.i, "pobj")]
        return any(o.lemma.lower() in _HOMES for o in homes)
    return verb.lemma.lower() == "leave" and any(p.lemma.lower() == "for" for p in preps)


def attracts(tree: Tree, verb: Token, entry: Trigger) -> bool:
    """True for "appeal to" as attraction ("the idea appeals to many Germans", "the campaign did
    not appeal to her"): a thing as subject, no "for" and nothing asked to be done."""
    if entry.event_type != "REQUEST" or verb.lemma.lower() != "appeal":
        return False
    if tree.child(verb.i, "xcomp", "ccomp") is not None:
        return False
    preps = {p.lemma.lower() for p in particles(tree, verb.i)}
    subjects = {s.lemma.lower() for s in tree.children(verb.i, "nsubj")}
    return "for" not in preps and "to" in preps and not subjects.isdisjoint(_ATTRACTIVE)


# What one beats in a contest (games, elections, markets), not in a beating.
_CONTESTED = words("""rival opponent challenger incumbent champion team side record odds deadline
    expectation estimate forecast competition competitor field favourite favorite""")
_ANONYMITY = words("identify name quote")


_THAT = frozenset({"that"})


def evaluative(tree: Tree, verb: Token) -> bool:
    """True for a participle as the evaluative adjective of an extraposed clause ("it is
    striking that …", "it is alarming that …"): no act."""
    subj = tree.child(verb.i, "nsubj")
    if verb.tag != "VBG" or subj is None or subj.text.lower() != "it":
        return False
    if tree.has_lemma(verb.i, _THAT, "dobj"):  # the small model's misreading of the clause
        return True
    return any(tree.has_lemma(c.i, _THAT, "mark") for c in tree.children(verb.i, "ccomp"))


def contest(tree: Tree, verb: Token, entry: Trigger) -> bool:
    """True for winning a contest ("Russia beat Croatia", "Democrats beat the incumbent"), not a
    beating (passive, "beat up", "to death", with an instrument, or "beat protesters")."""
    if entry.event_type != "ASSAULT" or verb.lemma.lower() != "beat" or tree.child(verb.i, "nsubjpass"):
        return False
    if any(p.lemma.lower() in ("up", "with", "to") for p in particles(tree, verb.i)):
        return False
    objs = tree.children(verb.i, "dobj")
    return any(o.pos == "PROPN" or o.lemma.lower() in _CONTESTED for o in objs)


def question(tree: Tree, verb: Token, entry: Trigger) -> bool:
    """True for a question ("asked him about the call") or the sourcing formula of an anonymous
    source ("asked not to be identified"): neither is a request to act."""
    if entry.event_type != "REQUEST" or verb.lemma.lower() != "ask":
        return False
    comp = tree.child(verb.i, "xcomp", "ccomp")
    if comp is None:  # "was asked about", "asked in front of friends"; not "asked for help"
        preps = {p.lemma.lower() for p in tree.children(verb.i, "prep")}
        return "for" not in preps and ("about" in preps or tree.child(verb.i, "nsubjpass") is not None)
    return tree.child(comp.i, "auxpass") is not None and comp.lemma.lower() in _ANONYMITY


# What an ultimatum gives or sets: a span of time or a deadline.
_SPANS = words("hour day week month deadline")
# What an ultimatum demands: a concession, a compliance or a departure ("to surrender", "to lay
# down their arms", "to comply", "to pull out"); a span given to live, work or finish is no threat.
_YIELDING = words("""surrender comply withdraw leave lay hand release accept disarm pull quit evacuate
    free return end stop halt cease abandon resign step vacate dismantle remove open lift reverse clear
    disperse
    retract apologize apologise yield capitulate disband submit obey respect honour honor implement
    restore reinstate hand-over give""")
# Acts a deadline is set for ("set a deadline for the withdrawal"): acts demanded of a party.
_DEMANDED_ACTS = words("""withdrawal pullout pull-out surrender release disarmament handover hand-over
    compliance evacuation departure return reply response answer acceptance exit retreat""")
_TO = frozenset({"to"})
# People a term is given to in the course of business or office, not parties pressed to yield.
_CLIENTS = words("""shareholder investor customer client creditor bondholder employee staff worker student
    applicant candidate taxpayer voter bidder buyer seller tenant member""")
# Prepositions of the term a span runs to ("gave Hamas until Sunday").
TERMS = frozenset({"until", "till"})


def given_span(tree: Tree, verb: Token) -> list[Token]:
    """The span of time or deadline a verb gives or sets, as its object or, in the parser's
    reading of "gave Baghdad a week to comply", as an adverbial noun, or the term it runs to
    ("gave Hamas until Sunday to release …")."""
    spans = [o for o in tree.children(verb.i, "dobj", "npadvmod") if o.lemma.lower() in _SPANS]
    terms = [
        o
        for p in tree.children(verb.i, "prep")
        if p.lemma.lower() in TERMS
        for o in tree.children(p.i, "pobj")
    ]
    return spans + terms


def idle_deadline(tree: Tree, verb: Token, entry: Trigger) -> bool:
    """True for a span of time given or a deadline set that demands no concession ("gave its
    staff two days off", "gave the commission two weeks to finish its report", "set a deadline of
    March 31 for entries"). An ultimatum tells the act demanded: an infinitive of yielding ("gave
    the rebels 72 hours to surrender", "a deadline for Iraq to comply") or the act's noun after
    "for" ("set a deadline for the withdrawal")."""
    if entry.event_type != "THREATEN" or verb.lemma.lower() not in ("give", "set"):
        return False
    if not given_span(tree, verb):
        return False
    if any(r.lemma.lower() in _CLIENTS for r in tree.children(verb.i, "dative", "dobj")):
        return True  # "gave shareholders until Friday to accept the offer": a term of business
    for k in tree.subtree(verb.i, skip=("nsubj", "nsubjpass")):
        tok = tree.tok(k)
        if tok.pos == "VERB" and tree.has_lemma(k, _TO, "aux") is not None:
            return tok.lemma.lower() not in _YIELDING
        head = tree.head(k)
        if tok.lemma.lower() in _DEMANDED_ACTS and head is not None and head.lemma.lower() == "for":
            return False
    return True


# Infinitives of leaving a span is given for ("gave the ambassador 24 hours to leave").
_LEAVING = words("leave depart quit")


def span_to_leave(tree: Tree, verb: Token, lexicon: Lexicon) -> Trigger | None:
    """The expulsion entry for a span of time given to a diplomat to leave ("gave the French
    ambassador 24 hours to leave the country"): the host state sends the envoy away, as "ordered
    the envoy out" does (SANCTION expel), a term set on the expulsion, not an ultimatum; None for
    any other span. The diplomats are those the lexicon's "order out" entry names."""
    spans = given_span(tree, verb) if verb.lemma.lower() == "give" else []
    clauses = [c for k in [verb, *spans] for c in tree.children(k.i)]  # "48 hours to leave" on either
    if not any(c.lemma.lower() in _LEAVING and tree.has_lemma(c.i, _TO, "aux") for c in clauses):
        return None
    expel = next((e for e in lexicon.verbs.get("order", ()) if e.mode == "expel"), None)
    envoys = tree.children(verb.i, "dative", "dobj")
    return expel if expel is not None and any(o.lemma.lower() in expel.objects for o in envoys) else None


# Verbs of sending forces or arms somewhere.
_SENDING = words("send dispatch deploy move rush ship fly despatch")
# Places a state sends its forces to in a build-up: its frontier, its coast, a zone or front.
_FRONTIERS = words("""border borders frontier frontiers coast coastline shore front frontline front-line
    line zone area region province boundary""")


# Forces and arms a state moves ("sent tanks", "rushed troops and tanks").
_FORCES = words("""tank troop soldier force unit battalion brigade division regiment reinforcement
    warship ship frigate destroyer submarine carrier fleet missile rocket launcher jet warplane
    aircraft plane helicopter gunship artillery gun armour armor vehicle weapon arm marine""")


def build_up(tree: Tree, verb: Token) -> bool:
    """True for forces or arms sent to a frontier, a coast or a zone ("sent tanks to the border
    with Georgia", "rushed troops to the frontier"): a build-up of one's own (PLOVER MOBILIZE),
    not aid, which is sent to a party. A party named in the "to" phrase ("sent tanks to the
    Kurds") keeps the aid."""
    if verb.lemma.lower() not in _SENDING:
        return False
    if not any(o.lemma.lower() in _FORCES for o in tree.children(verb.i, "dobj")):
        return False  # "flew relief supplies to the earthquake zone": aid
    dests = [o for p in tree.children(verb.i, "prep", "dative") if p.lemma.lower() == "to"
             for o in tree.children(p.i, "pobj")]  # fmt: skip
    return bool(dests) and all(
        d.lemma.lower() in _FRONTIERS and d.ent_type not in ("GPE", "NORP", "ORG") for d in dests
    )


# Verbs a relief mission is sent to do, and whom or what it helps ("mobilised to help victims of
# the earthquake", "deployed to assist with the clean-up").
_HELPING = words("help assist aid")
_RELIEVED = words("""victim survivor refugee evacuee homeless relief recovery rescue clean-up cleanup
    reconstruction rebuilding""")


def relief_mission(tree: Tree, verb: Token) -> bool:
    """True for forces sent or mobilised to help the victims of a disaster ("troops were mobilised
    to help victims of the earthquake"): the help is the event (AID, read off "help"), as with
    "deployed a rescue team"; no build-up of force. Help to a party ("to help the Kurds") stays."""
    for aim in tree.children(verb.i, "xcomp", "advcl"):
        if aim.lemma.lower() not in _HELPING or not tree.has_lemma(aim.i, _TO, "aux"):
            continue
        withs = [p for p in tree.children(aim.i, "prep") if p.lemma.lower() == "with"]
        helped = tree.children(aim.i, "dobj") + [o for p in withs for o in tree.children(p.i, "pobj")]
        kinds = [w.lemma.lower() for o in helped for w in (o, *tree.children(o.i, "compound"))]
        if any(k in _RELIEVED for k in kinds):  # "victims", "the relief effort"
            return True
    return False


# Verbs of meeting and of taking control that a game also uses ("meets Cameroon in the final",
# "took control of the match").
_GAME_VERBS = {
    "CONSULT": words("meet"),
    "COERCE": words("take seize capture ban"),  # "was banned for three matches"
    "RETREAT": words("retreat withdraw pull"),  # "retreated into defence after the first goal"
    "ASSAULT": words("lead"),  # "led the attack in Saturday's match"
}


# Prizes taken as the verb's own object: a medal or a cup is won ("captured gold", "took the
# bronze"); only the object itself, so "captured gold mines" stays a capture.
_PRIZES = words("gold silver bronze trophy medal title crown championship cup pennant")


# What a share is taken of in a contest of buyers or voters ("captured a third of the market").
_SHARED = words("market vote electorate audience sales")


def _prize(tree: Tree, obj: Token) -> bool:
    """A prize as what is taken: a medal or a cup ("captured gold"), or a share of a market or of
    the vote ("captured a third of the Indian market", "30% of the vote")."""
    if obj.lemma.lower() in _PRIZES:
        return True
    return any(
        o.lemma.lower() in _SHARED
        for p in tree.children(obj.i, "prep")
        if p.lemma.lower() == "of"
        for o in tree.children(p.i, "pobj")
    )


def game_move(tree: Tree, verb: Token, entry: Trigger) -> bool:
    """True for a meeting, a taking, a retreat or an attack led in a game ("Nigeria meets Cameroon
    in the final", "met the cross with a header", "the Czech side took control of the match",
    "retreated into defence after the first goal", "led the attack in Saturday's match"): a game's
    word in the verb's own phrases (not its subject's) makes it a contest."""
    if verb.lemma.lower() not in _GAME_VERBS.get(entry.event_type, frozenset()):
        return False
    if entry.event_type == "COERCE" and any(_prize(tree, o) for o in tree.children(verb.i, "dobj")):
        return True  # "captured gold in the 100 metres", "a third of the market": won
    for k in tree.subtree(verb.i, skip=("nsubj", "nsubjpass")):
        tok = tree.tok(k)
        if tok.pos in NOUN_POS and (tok.lemma.lower() in _GAME_WORDS or tok.text.lower() in _GAME_WORDS):
            return True
    return False


# What is held hostage in a figure: a policy, a process or a body, no person ("held the budget
# hostage", "kept the peace process hostage").
_HELD_THINGS = words("""budget bill law legislation process talks negotiation negotiations reform plan
    agenda economy programme program vote deal peace election debate parliament congress policy
    market markets country nation industry sector""")
# What a grip on is power, not a place or people ("tightened its grip on power").
_POWER = words("power office government party politics")


def figurative_hold(tree: Tree, verb: Token, entry: Trigger) -> bool:
    """True for a policy or a process held hostage ("held the budget hostage to press for
    reform") or a grip on power tightened ("tightened its grip on power"): political leverage
    or dominance, no captives taken and no restriction laid on anyone."""
    if entry.event_type != "COERCE":
        return False
    for obj in tree.children(verb.i, "dobj"):
        lemma = obj.lemma.lower()
        if lemma in ("hostage", "hostages"):
            held = [*tree.children(obj.i, "compound"), *tree.children(verb.i, "dobj")]
            if any(h.lemma.lower() in _HELD_THINGS for h in held):
                return True
        if lemma == "grip":
            on = [
                o
                for p in tree.children(obj.i, "prep")
                if p.lemma.lower() == "on"
                for o in tree.children(p.i, "pobj")
            ]
            if on and all(o.lemma.lower() in _POWER for o in on):
                return True
    return False


# Words one shoots down in argument ("shot down rumours of an early election").
_ARGUED = words("""rumour rumor report speculation suggestion idea notion claim theory allegation
    story talk""")


def shot_down_words(tree: Tree, verb: Token, entry: Trigger) -> bool:
    """True for "shoot down" with words as its direct object ("shot down rumours of an early
    election", "shot down reports of a devaluation"): a denial, no shot fired. Only the direct
    object counts: in "claims that jets had been shot down" the jets were shot at."""
    if entry.event_type != "ASSAULT" or verb.lemma.lower() != "shoot":
        return False
    if not any(p.lemma.lower() == "down" for p in tree.children(verb.i, "prt", "advmod", "prep")):
        return False
    return any(o.lemma.lower() in _ARGUED for o in tree.children(verb.i, "dobj"))


# Verbs of crossing a frontier: done by a party's forces an incursion, by civilians a flight.
_CROSSING = words("cross enter pour stream flood")


def civilians_cross(tree: Tree, verb: Token, entry: Trigger) -> bool:
    """True for civilians crossing into or entering a country ("thousands of refugees crossed into
    Zaire", "migrants trying to cross into Greece", "refugees entered Chad"):
    people fleeing or travelling, no armed entry (PLOVER ASSAULT needs a party's force)."""
    if entry.event_type != "ASSAULT" or verb.lemma.lower() not in _CROSSING:
        return False
    return civilians_leave(tree, verb)


# What holds a traveller up without holding him: traffic and weather ("detained in traffic").
_HOLD_UPS = words("""traffic jam congestion fog weather snow snowstorm storm rain blizzard gale
    delay delays queue queues roadwork roadworks""")
_HOLDING = words("detain hold delay keep")


def held_up(tree: Tree, verb: Token, entry: Trigger) -> bool:
    """True for a person "detained in traffic" or "held up by fog": a delay, no detention by any
    party (the "in" or "by" phrase names a hold-up, not a captor)."""
    if entry.event_type != "COERCE" or verb.lemma.lower() not in _HOLDING:
        return False
    preps = [p for p in tree.children(verb.i, "prep", "agent") if p.lemma.lower() in ("in", "by")]
    causes = [o for p in preps for o in tree.children(p.i, "pobj")]
    return any(o.lemma.lower() in _HOLD_UPS for o in causes)


# Contests of votes: power won or lost in them changes hands by the rules ("ousted in Sunday's
# election", "took control of parliament in the 1994 elections", "toppled in a no-confidence vote").
_BALLOTS = words("""election elections poll polls vote votes ballot ballots referendum runoff run-off
    by-election primary primaries plebiscite""")
_VOTERS = words("voter voters electorate")
# Verbs of a heavy defeat, at the polls as in the streets ("crushed the opposition in the elections").
_ROUTING = words("crush rout trounce")


def electoral(tree: Tree, verb: Token, entry: Trigger) -> bool:
    """True for power taken or a leader removed by a vote ("voters ousted the ruling party",
    "was ousted in a no-confidence vote", "seized control of parliament in Sunday's election",
    "crushed the opposition in the municipal elections"): an electoral or parliamentary outcome,
    no seizure of power (PLOVER COERCE is force or its threat; a coup stays one: "ousted the
    president in a coup")."""
    if entry.event_type != "COERCE" or (entry.mode != "seize" and verb.lemma.lower() not in _ROUTING):
        return False
    if any(s.lemma.lower() in _VOTERS for s in tree.children(verb.i, "nsubj")):
        return True
    heads = [verb.i]
    if verb.lemma.lower() in _ROUTING:  # "crushed the opposition in the elections", hung on the object
        heads += [o.i for o in tree.children(verb.i, "dobj")]
    preps = [
        p
        for h in heads
        for p in tree.children(h, "prep", "agent")
        if p.lemma.lower() in ("in", "at", "through", "by", "via")
    ]
    objs = [o for p in preps for o in tree.children(p.i, "pobj")]
    return any(
        o.lemma.lower() in _BALLOTS or o.text.lower() in _BALLOTS or o.lemma.lower() in _VOTERS for o in objs
    )


_STORMING = words("storm")
_AWAY = words("out off")
# What a party "storms to" in a contest: a win, not a place ("stormed to power in the election").
_WINS = words("victory win power lead title majority top fame landslide success triumph")


def stormed_out(tree: Tree, verb: Token, entry: Trigger) -> bool:
    """True for "storm out" or "storm off" ("the Iraqi delegate stormed out of the meeting"): an
    angry exit, no assault nor riot (which storm a place: "stormed the rebel headquarters"); and
    for "storm to" a win ("the Congress party stormed to power in the state election")."""
    if entry.event_type not in ("ASSAULT", "PROTEST") or verb.lemma.lower() not in _STORMING:
        return False
    if any(c.lemma.lower() in _AWAY for c in tree.children(verb.i, "prt", "prep", "advmod")):
        return True
    tos = [p for p in tree.children(verb.i, "prep") if p.lemma.lower() == "to"]
    return any(o.lemma.lower() in _WINS for p in tos for o in tree.children(p.i, "pobj"))


# Carers who discharge the patients they release ("the hospital released the wounded soldier").
_CARERS = words("hospital clinic doctor doctors physician physicians surgeon surgeons infirmary")


def discharged_by_carers(tree: Tree, verb: Token, entry: Trigger) -> bool:
    """True for a release whose subject is a hospital or its doctors ("the hospital released the
    wounded soldier on Monday"): a patient discharged, no captive freed."""
    if entry.mode != "release":
        return False
    return any(s.lemma.lower() in _CARERS for s in tree.children(verb.i, "nsubj"))


# Idioms of halting by their fixed noun ("put its aid to Malawi on hold", "pulled the plug on
# economic aid"): the lexicon's pattern reads what is halted, the idiom needs its own noun too.
_HALT_IDIOMS = {"put": "hold", "pull": "plug"}


def idle_halt(tree: Tree, verb: Token, entry: Trigger) -> bool:
    """True for "put" or "pull" with aid or talks "on" but without the idiom's noun ("put pressure
    on Syria's aid", "pulled out on aid"): no halt."""
    need = _HALT_IDIOMS.get(verb.lemma.lower())
    if entry.event_type != "SANCTION" or entry.particle != "on" or need is None:
        return False
    objs = tree.children(verb.i, "dobj")
    ons = [p for p in tree.children(verb.i, "prep") if p.lemma.lower() == "on"]
    objs += [o for p in ons for o in tree.children(p.i, "pobj")]
    return all(o.lemma.lower() != need for o in objs)
