"""Trigger readings outside the lexicon's verb and noun patterns (step 1 of event coding, for
triggers.py): obligations put on another party ("said that Sudan must …" as a demand),
weapons named in a figure of speech ("gas as a political weapon"), "X is not for sale", and a
unit owned by a party ("its units")."""

from __future__ import annotations

from collections.abc import Callable
from itertools import pairwise

from .candidates import Candidate
from .factuality_words import FUTURE_TENSE
from .lexicon import Lexicon, Trigger
from .nlp import Sentence, Token
from .noun_senses import STATING, lemma_with_compound
from .syntax import Tree, words
from .topics import AGREEMENTS
from .verb_objects import verb_objects

# Statements that put an obligation on someone else are demands: "Russia said that Sudan must
# return the helicopter", "the forum concluded that developed nations must allocate …".
OBLIGING = frozenset({"must"})

# "use X as a weapon": the "as" phrase says X is not a weapon in itself ("using energy as a
# weapon"); pressure, not violence (PLOVER COERCE at most), unless the weapon is one of war.
_WEAPON_ROLES = words("weapon tool instrument lever")
# Domains that make any weapon a figure of speech ("gas as a political weapon").
_FIGURATIVE_DOMAINS = words("""political economic diplomatic financial trade commercial energy
    propaganda geopolitical hybrid legal""")
# Kinds of weapon that stay weapons ("chlorine as a chemical weapon", "rape as a weapon of war").
_ARMS_KINDS = words("chemical biological nuclear radiological military war")


def figurative_weapon(tree: Tree, cand: Candidate) -> bool:
    """True when "use X as a weapon" names pressure, not violence: the weapon is a political or
    economic one, or X is no weapon the entry knows ("accused Moscow of using energy as a
    weapon"); "used tear gas as a weapon against protesters" and "a chemical weapon" stay literal."""
    verb = tree.tok(cand.i)
    if cand.nominal or verb.lemma.lower() != "use":
        return False
    roles = [o for p in tree.children(verb.i, "prep") if p.lemma.lower() == "as"
             for o in tree.children(p.i, "pobj") if o.lemma.lower() in _WEAPON_ROLES]  # fmt: skip
    if not roles:
        return False
    mods = {c.lemma.lower() for c in tree.children(roles[0].i, "amod", "compound", "nmod")}
    mods |= {o.lemma.lower() for p in tree.children(roles[0].i, "prep") for o in tree.children(p.i, "pobj")}
    if mods & _FIGURATIVE_DOMAINS:
        return True
    if mods & _ARMS_KINDS:
        return False
    objects = frozenset().union(*(e.objects for e in cand.entries))
    return not any(lemma_with_compound(tree, o) & objects for o in tree.children(verb.i, "dobj"))


SELF = words("i we it he she they one")


# Whom a statement is made to without being asked to act: "told reporters they must wait".
_AUDIENCE = words("""reporter journalist newsman correspondent press audience crowd supporter listener
    viewer interviewer newspaper radio television agency""")
_THIRD_PERSON = words("it they he she")


def _addressed(tree: Tree, verb: Token, subj: Token) -> bool:
    """True when a pronoun subject of the "must" clause stands for the party the statement is
    told to ("the United States told Syria it must pull out"): the obligation is put on the
    addressee, a demand, as "told Syria to pull out" is."""
    addressee = tree.child(verb.i, "dobj")
    if addressee is None or subj.lemma.lower() not in _THIRD_PERSON:
        return False
    return addressee.pos in ("PROPN", "NOUN") and addressee.lemma.lower() not in _AUDIENCE


def obligations(tree: Tree, lexicon: Lexicon, taken: set[int]) -> list[Candidate]:
    out = []
    for verb in tree.tokens:
        if verb.i in taken or verb.pos != "VERB" or verb.lemma.lower() not in STATING:
            continue
        for comp in tree.children(verb.i, "ccomp"):
            subj = tree.child(comp.i, "nsubj", "nsubjpass")
            must = any(c.lemma.lower() in OBLIGING for c in tree.children(comp.i, "aux"))
            if not must or subj is None:
                continue
            if (subj.lemma.lower() in SELF or subj.pos == "PRON") and not _addressed(tree, verb, subj):
                continue
            lemma = verb.lemma.lower()
            contexts = lexicon.types["REQUEST"].contexts
            entry = Trigger(f"{lemma} that … must", "verb", "REQUEST", None, contexts, lemma, ambiguous=True)
            out.append(Candidate(verb.i, [entry], verb.i, False, None, verb.i))
            break
    return out


# Where a patient is released from: a discharge, no captive set free ("released from hospital").
_CARE = words("hospital clinic infirmary ward care quarantine rehabilitation sanatorium")


def discharged(tree: Tree, verb: Token) -> bool:
    """True for "released from hospital": a patient discharged ("from prison" stays a release)."""
    froms = [p for p in tree.children(verb.i, "prep") if p.lemma.lower() == "from"]
    return any(o.lemma.lower() in _CARE for p in froms for o in tree.children(p.i, "pobj"))


# Participles of a stance that "remain" or "stay" keep as an adjective ("remained committed to").
_STANCES = words("committed")
_KEEPING = words("remain stay")


def kept_stance(tree: Tree, tok: Token) -> bool:
    """True for "remained committed to normalising relations": the adjective the parser gives
    after "remain" is the verb's passive ("is committed to"), a pledge kept (AGREE)."""
    if tok.pos != "ADJ" or tok.dep != "acomp" or tok.text.lower() not in _STANCES:
        return False
    return tree.tok(tok.head).lemma.lower() in _KEEPING


# Commentators: what they "agree" on is a shared view, no agreement between parties.
_COMMENTATORS = words("""analyst expert economist observer commentator scientist historian critic
    pundit forecaster pollster scholar researcher""")


def shared_view(tree: Tree, verb: Token, entry: Trigger) -> bool:
    """True for "analysts agree that the economy will shrink": an opinion held in common (PLOVER
    AGREE is a party's agreement or promise to act)."""
    if entry.event_type != "AGREE" or verb.lemma.lower() != "agree":
        return False
    return any(s.lemma.lower() in _COMMENTATORS for s in tree.children(verb.i, "nsubj"))


# Verbs of watching over a standing state ("observers monitoring the truce").
_MONITORING = words("monitor oversee supervise police verify")


def monitored(tree: Tree, noun: Token, entries: list[Trigger]) -> bool:
    """True for a truce that monitors watch over ("peacekeepers deployed to oversee a ceasefire
    between Ethiopia and Eritrea"): a standing state the mission presupposes, no truce called or
    kept in this sentence (what monitors oversee that is still to come, "the withdrawal", stays)."""
    if noun.dep != "dobj" or not any(e.mode == "ceasefire" for e in entries):
        return False
    return tree.tok(noun.head).lemma.lower() in _MONITORING


def terms_of(tree: Tree, verb: Token, entry: Trigger) -> bool:
    """True for "the plan calls for the withdrawal of …": an agreement's or a plan's terms, what
    it provides (topics.py), no party's demand."""
    if entry.event_type != "REQUEST" or entry.particle != "for":
        return False
    return any(s.lemma.lower() in AGREEMENTS for s in tree.children(verb.i, "nsubj"))


def delivery(verb: Token, lexicon: Lexicon) -> Trigger:
    """The AID entry of a verb of movement whose subject is aid (aid_arrivals.py), or of forces
    sent to help the victims of a disaster (verb_senses.relief_mission)."""
    lemma = verb.lemma.lower()
    return Trigger(f"{lemma} (aid)", "verb", "AID", None, lexicon.types["AID"].contexts, lemma)


def not_for_sale(tree: Tree, lexicon: Lexicon, taken: set[int]) -> list[Candidate]:
    """A statement that something "is not for sale" ("Denmark said Greenland was not for sale")
    refuses to cede it (CAMEO 12, PLOVER REJECT): the sayer's refusal, coded on the saying verb,
    which names the refuser; the negation is the refusal itself, not of the statement."""
    out = []
    for verb in tree.tokens:
        if verb.i in taken or verb.pos != "VERB" or verb.lemma.lower() not in STATING:
            continue
        for comp in tree.children(verb.i, "ccomp"):
            fors = [p for p in tree.children(comp.i, "prep") if p.lemma.lower() == "for"]
            sale = next(
                (o for p in fors for o in tree.children(p.i, "pobj") if o.lemma.lower() == "sale"), None
            )
            if sale is None or tree.child(comp.i, "neg") is None:
                continue
            contexts = lexicon.types["REJECT"].contexts
            entry = Trigger("not for sale", "verb", "REJECT", None, contexts, verb.lemma.lower())
            out.append(Candidate(verb.i, [entry], verb.i, False, None, max(verb.i, sale.i)))
            break
    return out


# Idioms by which a statement that another party will suffer states the speaker's reprisal:
# "would pay a heavy price", "would bear the consequences", "will face consequences"; a party
# that "would face" punitive measures is threatened with them too (session 20: "warned Belgrade
# that it would face air strikes unless …", "would face sanctions").
_FACED = words("""consequence sanction retaliation reprisal punishment penalty strike airstrike
    embargo countermeasure""")
PENALTY_IDIOMS = {"bear": words("consequence"), "face": _FACED, "pay": words("price")}
_ANSWERABLE = words("responsible accountable liable")
_UNPUNISHED = words("unpunished unanswered")
_DEARLY = words("dearly")
# What an act "would be met with" when it draws a reprisal: force, or an answer to a hostile act
# or a stern one ("a crushing response"; "a warm response from investors" is a reception).
_FORCE = words("force retaliation reprisal counterattack counter-attack")
_REPLIES = words("response reply riposte")
_HOSTILE_ACTS = words("attack incursion aggression provocation invasion intrusion violation strike raid")
_STERN = words("crushing firm strong decisive harsh swift resolute military forceful severe fitting")


def held_answerable(tree: Tree, verb: Token) -> bool:
    """True for "would be held responsible / accountable": told to another party as a warning, the
    speaker's own reckoning with it, an idiom of reprisal like "would bear the consequences"."""
    if verb.lemma.lower() != "hold" or tree.child(verb.i, "auxpass") is None:
        return False
    preds = tree.children(verb.i, "oprd", "acomp", "xcomp", "ccomp", "attr")
    return any(p.lemma.lower() in _ANSWERABLE for p in preds)


def reprisal_idiom(tree: Tree, verb: Token) -> bool:
    """True for a clause that states a reprisal as the other party's lot, announced (not
    reported): "X would pay a heavy price", "… would bear the consequences", "X would be held
    responsible", "the attacks would not go unpunished"."""
    if not _announced(tree, verb):
        return False  # "paid a heavy price in the war", "was held responsible for the crash": told
    objs = tree.children(verb.i, "dobj")
    if any(o.lemma.lower() in PENALTY_IDIOMS.get(verb.lemma.lower(), ()) for o in objs):
        return True
    if verb.lemma.lower() == "pay" and tree.has_lemma(verb.i, _DEARLY, "advmod") is not None:
        return True  # "would pay dearly"
    if held_answerable(tree, verb) or _met_with_force(tree, verb) or _taken_as_war(tree, verb):
        return True
    if _no_onlooker(tree, verb):
        return True  # "would not sit idly by", "would not stand by with folded arms"
    preds = tree.children(verb.i, "acomp", "oprd", "advmod", "xcomp")
    unpunished = any(p.lemma.lower() in _UNPUNISHED for p in preds)
    return unpunished and verb.lemma.lower() == "go" and tree.child(verb.i, "neg") is not None


def _met_with_force(tree: Tree, verb: Token) -> bool:
    """True for a passive "would be met with" force or an answer ("any attack would be met with a
    crushing response"): an act said to draw the speaker's reprisal (session 20); "the plan was
    met with a cool response" tells a reception, and _announced keeps it out."""
    if verb.lemma.lower() != "meet" or tree.child(verb.i, "auxpass") is None:
        return False
    answers = [
        o
        for p in tree.children(verb.i, "prep")
        if p.lemma.lower() == "with"
        for o in tree.children(p.i, "pobj")
    ]
    if any(o.lemma.lower() in _FORCE for o in answers):
        return True
    hostile = any(s.lemma.lower() in _HOSTILE_ACTS for s in tree.children(verb.i, "nsubjpass"))
    stern = [o for o in answers if tree.has_lemma(o.i, _STERN, "amod") is not None]
    return any(o.lemma.lower() in _REPLIES for o in answers) and (hostile or bool(stern))


# "Would be treated as a declaration of war / an act of aggression": an act the speaker will
# answer as an attack.
_TAKING_AS = words("treat regard consider view see deem")
_WAR_ACTS = words("declaration act")
_WARLIKE = words("war aggression hostility")


def _taken_as_war(tree: Tree, verb: Token) -> bool:
    """True for a passive "would be treated as a declaration of war" or "an act of aggression"."""
    if verb.lemma.lower() not in _TAKING_AS or tree.child(verb.i, "auxpass") is None:
        return False
    named = [
        o
        for p in tree.children(verb.i, "prep")
        if p.lemma.lower() == "as"
        for o in tree.children(p.i, "pobj")
        if o.lemma.lower() in _WAR_ACTS
    ]
    ofs = [k for o in named for p in tree.children(o.i, "prep") for k in tree.children(p.i, "pobj")]
    return any(k.lemma.lower() in _WARLIKE for k in ofs)


# "Would not sit / stand idly by", "would not stand by with folded arms": the speaker will act.
_ONLOOKING = words("sit stand")
_IDLY = words("idly idle passively")
_FOLDED = words("arm hand")


def _no_onlooker(tree: Tree, verb: Token) -> bool:
    """True for an onlooker's part refused under "will"/"would" ("would not sit idly by")."""
    if verb.lemma.lower() not in _ONLOOKING or verb.tag != "VB" or tree.child(verb.i, "neg") is None:
        return False
    if not any(a.text.lower() in FUTURE_TENSE for a in tree.children(verb.i, "aux")):
        return False
    if tree.has_lemma(verb.i, _IDLY, "advmod") is not None:
        return True
    withs = [
        o
        for p in tree.children(verb.i, "prep")
        if p.lemma.lower() == "with"
        for o in tree.children(p.i, "pobj")
    ]
    return any(o.lemma.lower() in _FOLDED for o in withs)


def _announced(tree: Tree, verb: Token) -> bool:
    """True for a bare verb ("would pay", "will have to pay") or a passive under "will"/"would"
    ("would be held responsible"): the reprisal still to come, not one reported."""
    if verb.tag == "VB":
        return True
    return tree.child(verb.i, "auxpass") is not None and any(
        a.lemma.lower() in FUTURE_TENSE or a.text.lower() in FUTURE_TENSE
        for a in tree.children(verb.i, "aux")
    )


def _idiom_clause(tree: Tree, verb: Token) -> Token | None:
    """The verb of a reported clause ("said X would pay …") or of its object's raising verb
    ("said X would have to pay …") that is a reprisal idiom."""
    for comp in tree.children(verb.i, "ccomp"):
        for node in (comp, *tree.children(comp.i, "xcomp")):
            if reprisal_idiom(tree, node):
                return node
    return None


def reprisals(tree: Tree, lexicon: Lexicon, taken: set[int]) -> list[Candidate]:
    """A statement that another party will pay for its acts ("the Houthis said the United States
    would pay a heavy price", "said the attacks would not go unpunished") is the speaker's threat
    (PLOVER THREATEN), coded on the saying verb, which names the threatener; the party said to pay
    is the one threatened. A warning says the same by its own trigger (triggers.py)."""
    out = []
    for verb in tree.tokens:
        if verb.i in taken or verb.pos != "VERB" or verb.lemma.lower() not in STATING:
            continue
        idiom = _idiom_clause(tree, verb)
        if idiom is None:
            continue
        contexts = lexicon.types["THREATEN"].contexts
        entry = Trigger("said … would pay", "verb", "THREATEN", None, contexts, verb.lemma.lower())
        out.append(Candidate(verb.i, [entry], verb.i, False, None, max(verb.i, idiom.i)))
    return out


# Nouns by which an object pattern names an armed group ("crush > militia|rebel|…"), and the
# actor sectors of a group named by its name ("the RSF", "Hamas"): such a name is such a noun.
_ARMED_NOUNS = words("militia rebel militant insurgent fighter paramilitary")
ARMED_SECTORS = words("MIL REB")


def armed_objects(
    tree: Tree, lexicon: Lexicon, cands: list[Candidate], sector_of: Callable[[int], str | None]
) -> list[Candidate]:
    """Force done to an armed group named by its name ("vowed to crush the RSF", "vowed to crush
    Hamas"): a pattern that reads armed groups by their nouns ("crush > militia|rebel") reads
    them by the sector the actor dictionary gives the object too. `sector_of` gives the sector
    of the actor mention at a token (code.py passes the sentence's participants). Only force:
    "ordered the armed forces to …" is no act on them."""
    taken = {c.i for c in cands} | {c.obj for c in cands if c.obj is not None}
    out = []
    for verb in tree.tokens:
        if verb.i in taken or verb.pos != "VERB":
            continue
        entries = [
            e
            for e in lexicon.verbs.get(verb.lemma.lower(), ())
            if e.event_type == "ASSAULT" and e.objects & _ARMED_NOUNS  # force, not an order
        ]
        obj = tree.child(verb.i, "dobj")
        if not entries or obj is None or obj.i in taken or sector_of(obj.i) not in ARMED_SECTORS:
            continue
        out.append(Candidate(verb.i, entries[:1], verb.i, False, obj.i, max(verb.i, obj.i)))
    return out


# Dependents that stand before the noun they modify ("all", "Panamanian", "government", "two").
_PREMODIFIERS = words("det predet amod compound nummod quantmod poss case nmod advmod")


def word_sequence(tree: Tree, i: int, words: tuple[str, ...]) -> int:
    """How many tokens from i spell `words` (0: no match); a hyphenated word may come as its
    pieces and the hyphens ("cease-fire" → cease, -, fire). A word after a preposition of the
    pattern is the head of that preposition's object, whatever modifies it before ("a ban on
    arms sales", "a freeze on all Panamanian assets", "the lifting of the curfew")."""
    k = i
    for w in words:
        n = _word_at(tree, k, w) or _modified_object(tree, k, w)
        if not n:
            return 0
        k += n
    return k - i


def _modified_object(tree: Tree, k: int, word: str) -> int:
    """Tokens from k up to the object of the preposition at k - 1 when that object spells `word`
    and every token between only modifies it (0 otherwise)."""
    if k == 0 or k >= len(tree) or tree.tok(k - 1).dep != "prep":
        return 0
    obj = tree.child(k - 1, "pobj")
    if obj is None or obj.i <= k or not _word_at(tree, obj.i, word):
        return 0
    between = [tree.tok(j) for j in range(k, obj.i)]
    if any(not k <= t.head <= obj.i or t.dep not in _PREMODIFIERS for t in between):
        return 0
    return obj.i - k + 1


def _word_at(tree: Tree, k: int, word: str) -> int:
    if k < len(tree) and word in (tree.tok(k).lemma.lower(), tree.tok(k).text.lower()):
        return 1
    pieces = word.split("-")
    n = 2 * len(pieces) - 1
    if len(pieces) == 1 or k + n > len(tree):
        return 0
    found = [tree.tok(k + j).text.lower() for j in range(n)]
    return n if found == [x for p in pieces for x in (p, "-")][:n] else 0


# "Its units seized the station": a possessive pronoun before a unit noun refers to an armed
# party named earlier (the dictionary knows "fighters", "troops", not "its units").
_POSSESSIVES = frozenset({"its", "their"})
_UNITS = words("unit units brigade brigades battalion battalions division divisions regiment regiments")


def owned_unit(sentence: Sentence) -> bool:
    pairs = pairwise(sentence.tokens)
    return any(a.text.lower() in _POSSESSIVES and b.text.lower() in _UNITS for a, b in pairs)


# Verbs of remembering a past event: what they take is a date of memory, no news.
_REMEMBERING = words("commemorate remember mourn memorialise memorialize")
_OBJECT_DEPS = frozenset({"dobj", "nsubjpass"})


def remembered(tree: Tree, noun: Token) -> bool:
    """True for an event noun that a verb of remembering takes, alone or by its "of" phrase:
    "commemorates the deportation of 1944", "mourned the victims of the massacre" name a past
    event as what is remembered, as "the anniversary of the invasion" does (noun_senses.py)."""
    node = tree.first_conjunct(noun.i) or noun
    head = tree.head(node.i)
    if node.dep == "pobj" and head is not None and head.lemma.lower() == "of":
        node = tree.head(head.i) or node  # "the victims of the massacre"
        node = tree.first_conjunct(node.i) or node
    verb = tree.head(node.i)
    return node.dep in _OBJECT_DEPS and verb is not None and verb.lemma.lower() in _REMEMBERING


# Verbs by which forces use another state's ground or sky ("to use its air bases", "to fly over
# its territory", "to refuel", "to be stationed"): letting them is military cooperation.
_USING = words("use fly overfly land refuel station base operate transit cross stage")
_LETTING = words("allow permit")
# Forces let in to keep a peace or watch one: an access granted (RETREAT, CAMEO 0861), no bases lent.
_KEEPERS = words("peacekeeper monitor observer inspector")


def granted_use(tree: Tree, verb: Token, entry: Trigger) -> bool:
    """False for a COOPERATE "allow > troops" entry whose complement is no use of the letter's
    bases, airspace or ground ("allowed its troops to withdraw", "allowed jets to shoot down");
    True otherwise (any other entry): "allowed U.S. jets to use its air bases"."""
    if entry.event_type != "COOPERATE" or verb.lemma.lower() not in _LETTING:
        return True
    comps = tree.children(verb.i, "xcomp", "ccomp")
    let_in = tree.children(verb.i, "dobj") + [s for c in comps for s in tree.children(c.i, "nsubj")]
    if any(o.lemma.lower() in _KEEPERS for o in let_in):
        return False  # "allowed peacekeepers to land in East Timor"
    return any(c.lemma.lower() in _USING for c in comps)


# Visitors sent by a state or an organisation to look at a place: their visit is a consultation
# with its host (PLOVER CONSULT visit), wherever they go ("an OSCE mission will visit the region").
_ENVOYS = words("mission delegation envoy envoys monitor observer inspector team emissary")
# Places a leader tours at home ("visited the flood zone"), which such visitors visit as guests.
_AREAS = words("region area zone district province village town city frontline front")


def envoys_visit(tree: Tree, verb: Token, entry: Trigger) -> bool:
    """True for a visit by a mission, a delegation or envoys to an area ("an OSCE mission will
    visit the region", "a UN delegation visited the area"): the lexicon's exclusion of areas from
    "visit" ("the president visited the flood zone") does not hold for them."""
    if entry.mode != "visit" or verb.lemma.lower() != "visit":
        return False
    subj = tree.child(verb.i, "nsubj")
    if subj is None or subj.lemma.lower() not in _ENVOYS:
        return False
    return any(o.lemma.lower() in _AREAS for o in tree.children(verb.i, "dobj"))


# Words of criticism: what a party turns away when it rejects its critic (`named_criticism`).
CRITICISM = words("criticism condemnation censure rebuke")


def named_criticism(tree: Tree, verb: Token, entry: Trigger) -> bool:
    """True for a named party's criticism rejected ("rejected U.N. criticism of …", "rejected British
    criticism"): a rejection of the critic (CAMEO 12), where the lexicon's exclusion of a bare
    "rejected the criticism" (a denial of its content) does not hold. The critic is a name or a
    demonym on the noun (capitalised: the parse's entity labels are not kept on tokens)."""
    if entry.event_type != "REJECT":
        return False
    return any(
        o.lemma.lower() in CRITICISM
        and any(c.text[:1].isupper() for c in tree.children(o.i, "compound", "amod", "poss"))
        for o in verb_objects(tree, verb.i, entry.particle)
    )
