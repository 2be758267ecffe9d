"""Figurative readings of material trigger verbs, told by who or what takes part (a step of
embedded.prune, before participants are read).

Verbs of force, pull-back, coercion, deployment and aid ("hit", "retreat", "detain", "deploy",
"aid") also describe markets, policies and causes that are no party. They report no event when
- a market, a currency or a bank is the subject, or a currency or a share the passive subject
  ("the rupiah retreated", "the central bank deployed its reserves", "the rand was battered"),
  unless the verb may be aid (banks lend: "the World Bank pumped $2 billion into …");
- an economic or natural cause is the agent, as subject or "by" phrase ("higher oil prices hit
  the economy", "Iraq has been hit hard by sanctions", "was detained by bad weather", "Kenya's
  economy was aided by strong tea exports", "cholera struck the camps"), and so is a stoppage of
  work ("flights were hit by a strike by cabin crew");
- a pull-back is "from" or "out of" a contest, an office or a stated position ("withdrew from
  the race", "pulled out of the race for mayor", "retreated from its pledge to cut taxes", "would
  not retreat from its position on enrichment");
- an expulsion is "from" a party's ranks or a body of members ("expelled the former deputy prime
  minister from its ranks"): a member put out, nobody deported;
- an attack or an assault (verb or noun) is "on" a policy or a social ill ("a fierce attack on
  the budget", "a fresh assault on inflation");
- an attack's "with" phrase is a measure or words ("hit Iran with new sanctions", "bombarded the
  delegation with questions"), or the press is its "by" agent ("was ambushed by reporters"), or
  what it is "at" is words or their makers ("shot back at U.S. accusations");
- an attack or a raid is "on" shares or a currency ("a dawn raid on the shares of its rival");
- what a fight is "against" is one of the objects that give the verb another sense in
  triggers.yaml ("fought back against impeachment charges"), or a war is waged on a social ill
  ("vowed to wage war on poverty").
"""

from __future__ import annotations

from .candidates import Candidate
from .civil_acts import civil_act
from .nlp import Token
from .syntax import Tree, words
from .verb_objects import dated

MATERIAL = frozenset({"ASSAULT", "RETREAT", "COERCE", "MOBILIZE", "AID"})
# Currencies and traded things: their moves are prices ("the dollar retreated against the yen").
_TRADED = words("""currency dollar yen euro peso rouble ruble baht rupiah rand won yuan renminbi real
    rupee lira pound franc mark dinar ringgit zloty forint shekel naira koruna hryvnia tenge shilling
    krona krone kroon lev leu kuna lari dram manat som cedi kwacha birr riyal dirham peseta drachma
    escudo guilder schilling litas lats share
    stock bond equity index market bourse price commodity gold""")
# Subjects that trade or hold money: a bank, depositors, investors ("depositors withdrew millions");
# not "exchange", which is also an exchange of fire.
_TRADERS = words("bank depositor investor trader speculator shareholder bondholder fund")
# Economic, political and natural causes: what they "hit", "aid", "detain" or "kill" is no party's
# act ("a British and American veto killed the draft", "the scandal killed his candidacy").
_CAUSES = words("""sanction embargo price rate inflation deflation recession slump downturn slowdown
    crisis crash weather fog mist snow ice cholera disease outbreak famine virus illness epidemic
    talk delay export import demand cost tax tariff levy policy reform shortage debt deficit
    strength weakness devaluation drop fall rise volatility turmoil uncertainty competition
    dispute row wrangle deadlock stalemate budget bureaucracy veto vote decision ruling move law bill
    amendment motion objection referendum filibuster scandal
    taxes""")  # the parser's lemma of "taxes" is "taxis"
# Contests, offices and stated positions a party withdraws from without moving anyone.
_NOT_PLACES = words("""race election contest tournament competition cup championship game match
    olympics league government coalition cabinet pledge promise stance commitment plan
    high record level peak low bidding bid auction nomination candidacy presidency""")
# Measures and words an attack verb may be "with": "hit Iran with sanctions", "with questions".
_MEASURES = words("""sanction tariff duty fine penalty levy tax embargo ban lawsuit suit charge
    question query criticism complaint letter email message demand request call accusation
    allegation insult remark""")
_RETREAT_VERBS = words("withdraw retreat pull")
# Words and their makers one fires back "at" in argument ("shot back at U.S. accusations"); not
# what one acts "at" the behest of ("entered the town at the request of the mayor").
_RETORTED = (_MEASURES - words("request call demand")) | words(
    "critic critics claim claims charge charges report reports"
)
# Bodies of members one is expelled from without leaving any country.
_MEMBERSHIPS = words("""party rank ranks membership caucus faction movement club parliament assembly
    chamber senate congress school university college church order guild""")


def figurative(tree: Tree, cand: Candidate) -> bool:
    """True when a material verb trigger describes a market, a policy or a cause, not a party's
    act (see the module docstring)."""
    types = {e.event_type for e in cand.entries}  # alternatives a sector chooses among ("strike")
    noun = cand.i if cand.nominal else cand.obj  # "an attack on …", "launched an attack on …"
    light = tree.tok(cand.anchor) if cand.nominal else tree.tok(cand.i)  # "stepped up their assault on …"
    if "ASSAULT" in types and noun is not None and _assault_on_policy(tree, tree.tok(noun), light):
        return True
    if cand.nominal or types.isdisjoint(MATERIAL):
        return False
    verb = tree.tok(cand.i)
    if (_priced(tree, verb) and "AID" not in types) or _caused(tree, verb):  # banks lend
        return True
    entry = cand.entries[0]
    if any(civil_act(tree, verb, t) for t in types) or _held_since(tree, verb, entry.event_type):
        return True
    if entry.event_type == "RETREAT" and verb.lemma.lower() in _RETREAT_VERBS:
        left = [*_prep_objects(tree, verb, "from"), *_out_of(tree, verb)]
        return any(o.lemma.lower() in _NOT_PLACES or _stance(tree, o) for o in left)
    if entry.mode == "deport" and verb.lemma.lower() == "expel":
        return any(o.lemma.lower() in _MEMBERSHIPS for o in _prep_objects(tree, verb, "from"))
    if entry.event_type == "ASSAULT":
        with_objects = _prep_objects(tree, verb, "with", tree.children(verb.i, "dobj"))
        if any(o.lemma.lower() in _MEASURES for o in with_objects):
            return True
        if any(o.lemma.lower() in _RETORTED for o in _prep_objects(tree, verb, "at")):
            return True  # "shot back at U.S. accusations": a retort
        against = _prep_objects(tree, verb, "against")
        if entry.excluded and any(_names(tree, o) & entry.excluded for o in against):
            return True
        wars = [o for o in tree.children(verb.i, "dobj") if o.lemma.lower() in _WARS]
        fought = [*_prep_objects(tree, verb, "on", wars), *_prep_objects(tree, verb, "against", wars)]
        return bool(wars) and any(o.lemma.lower() in _ILLS for o in fought)
    return False


# A war or a fight waged "on" or "against" a social ill is a policy ("vowed to wage war on
# poverty"); one waged on a party stays war.
_WARS = words("war fight battle campaign crusade offensive")
_ILLS = words("""poverty drug drugs crime corruption graft inflation unemployment disease aids malaria
    illiteracy hunger famine pollution smuggling trafficking fraud waste bureaucracy addiction
    obesity smoking epidemic cancer""")


# Policies, measures and words an attack "on" is made in words ("an attack on the budget").
_POLICIES = words("""budget plan policy policies reform reforms law bill proposal proposals programme
    program record decision remarks speech agenda strategy handling tax taxes subsidy subsidies
    privatisation privatization legislation government's""")
_ATTACK_NOUNS = words("attack assault offensive onslaught broadside raid")


# What an attack or a raid is made "on" in words, measures or trade: policies, social ills, and
# shares or currencies ("a dawn raid on the shares of its rival", "a speculative attack on the peso").
# A market, an exchange or gold is also a place ("a mortar attack on a market in Sarajevo").
_ON_POLICY = _POLICIES | _ILLS | (_TRADED - words("market bourse gold commodity index price"))


def _assault_on_policy(tree: Tree, noun: Token, light: Token | None) -> bool:
    """True for an attack, assault or raid "on" a policy, a social ill or a traded thing
    ("launched a fierce attack on the budget", "a fresh assault on inflation", "stepped up their
    assault on smoking", where the parser hangs "on" on the light verb; "a dawn raid on the
    shares"): words, measures or buying, no force; an attack on a party or a place stays one."""
    if noun.lemma.lower() not in _ATTACK_NOUNS:
        return False
    heads = [noun.i] + ([light.i] if light is not None else [])
    preps = [p for h in heads for p in tree.children(h, "prep") if p.lemma.lower() in ("on", "against")]
    targets = [o for p in preps if not dated(tree, p) for o in tree.children(p.i, "pobj")]
    return bool(targets) and all(o.lemma.lower() in _ON_POLICY for o in targets)


def _subjects(tree: Tree, verb: Token) -> list[Token]:
    """The verb's subjects; for a participle with none that follows a clause, the clause's subject
    and object, whose act it tells the effect of ("the central bank raised interest rates,
    hitting borrowers hard": the bank's rise in rates hits them)."""
    own = tree.children(verb.i, "nsubj")
    if own or verb.tag != "VBG" or verb.dep not in ("advcl", "xcomp") or verb.head == verb.i:
        return own
    return tree.children(verb.head, "nsubj", "dobj")


def _priced(tree: Tree, verb: Token) -> bool:
    """True when the subject trades ("the central bank intervened", "investors pulled out") or the
    subject or passive subject is a currency, a share or a market ("the rupiah retreated")."""
    subjects = _subjects(tree, verb)
    if any(s.lemma.lower() in _TRADERS and not _west_bank(tree, s) for s in subjects):
        return True
    return any(s.lemma.lower() in _TRADED for s in [*subjects, *tree.children(verb.i, "nsubjpass")])


# The press, who "ambush" or "besiege" a person with questions: as the "by" agent, no force.
_PRESS = words("""reporter reporters journalist journalists photographer photographers press media
    cameraman cameramen paparazzi question questions""")


def _caused(tree: Tree, verb: Token) -> bool:
    """True when the verb's subject or its passive "by" agent is an economic or natural cause, or
    the "by" agent is the press ("was ambushed by reporters outside the court")."""
    agents = _subjects(tree, verb)
    by = [o for a in tree.children(verb.i, "agent") for o in tree.children(a.i, "pobj")]
    if any(o.lemma.lower() in _PRESS for o in by):
        return True
    return any(
        a.lemma.lower() in _CAUSES or a.text.lower() in _CAUSES or labour_strike(tree, a) for a in agents + by
    )


# Stoppages of work; a strike is one when workers make it or a word of labour names it.
_STOPPAGES = words("walkout stoppage go-slow")
_LABOUR = words("""worker employee staff crew union pilot driver miner docker teacher doctor nurse
    servant controller attendant porter employer general national nationwide labour labor rail
    dock transport public-sector hunger day 24-hour 48-hour""")


def labour_strike(tree: Tree, tok: Token) -> bool:
    """True for a stoppage of work as a cause ("flights were hit by a strike by cabin crew", "hit
    by a general strike"), not an air strike: what it hits is no party's attack."""
    if tok.lemma.lower() in _STOPPAGES:
        return True
    if tok.lemma.lower() != "strike":
        return False
    makers = [o for p in tree.children(tok.i, "prep") if p.lemma.lower() in ("by", "of")
              for o in tree.children(p.i, "pobj")]  # fmt: skip
    named = [*tree.children(tok.i, "amod", "compound", "poss"), *makers]
    return any(w.lemma.lower() in _LABOUR or w.text.lower() in _LABOUR for w in named)


# Words of time that a clause marked "since" cannot have as its subject ("since March"): the parser
# reads "held hostage since March were released" as a clause "March were released".
_TIMES = words("""january february march april may june july august september october november
    december monday tuesday wednesday thursday friday saturday sunday year month week day""")


def _held_since(tree: Tree, verb: Token, event_type: str) -> bool:
    """True for a captivity misparsed as the main verb ("two journalists held hostage since March
    were released"): the sentence's verb is taken for a clause whose subject is a time after
    "since". The participle describes the captives of the act told, and tells no new act."""
    if event_type != "COERCE" or verb.tag not in ("VBN", "VBD") or tree.child(verb.i, "aux", "auxpass"):
        return False
    for clause in tree.children(verb.i, "advcl"):
        marked = any(m.lemma.lower() == "since" for m in tree.children(clause.i, "mark"))
        subj = tree.child(clause.i, "nsubjpass", "nsubj")
        if marked and subj is not None and (subj.lemma.lower() in _TIMES or subj.ent_type == "DATE"):
            return tree.child(clause.i, "auxpass", "aux") is not None
    return False


def _stance(tree: Tree, tok: Token) -> bool:
    """True for a position "on" a matter ("its position on enrichment"), which is a stance; a
    position on a hill is "on" nothing ("five hilltop positions")."""
    return tok.lemma.lower() == "position" and tree.has_lemma(tok.i, frozenset({"on"}), "prep") is not None


def _west_bank(tree: Tree, tok: Token) -> bool:
    """True for "the West Bank", which is a place and no lender."""
    return any(c.lemma.lower() == "west" for c in tree.children(tok.i, "compound", "amod"))


def _prep_objects(tree: Tree, verb: Token, prep: str, also: list[Token] | None = None) -> list[Token]:
    """The objects of the verb's preposition `prep`, also under its particle ("fought back
    against", "pulled back from") and under the words in `also` (the parser hangs "with
    questions" on the object in "bombarded the delegation with questions")."""
    heads = [verb, *tree.children(verb.i, "prt", "advmod"), *(also or [])]
    return [o for h in heads for p in tree.children(h.i, "prep") if p.lemma.lower() == prep
            for o in tree.children(p.i, "pobj")]  # fmt: skip


def _out_of(tree: Tree, verb: Token) -> list[Token]:
    """The objects of "out of" ("pulled out of the race"), which the parser hangs as "of" under
    "out", read as a particle or a preposition."""
    outs = [o for o in tree.children(verb.i, "prt", "prep", "advmod") if o.lemma.lower() == "out"]
    return [o for out in outs for p in tree.children(out.i, "prep") if p.lemma.lower() == "of"
            for o in tree.children(p.i, "pobj")]  # fmt: skip


def _names(tree: Tree, tok: Token) -> set[str]:
    """The lemma of an object with its compound ("impeachment charge")."""
    names = {tok.lemma.lower()}
    names.update(f"{c.lemma.lower()} {tok.lemma.lower()}" for c in tree.children(tok.i, "compound"))
    return names
