"""Step 1 of event coding (code.py): find the trigger candidates of a parsed sentence.

`find_candidates(tree, lexicon)` matches triggers.yaml (through `Lexicon`) against the parse:
- verbs, with their particle and object patterns ("call for", "hold > talk") and the objects
  that exclude a sense ("released a statement"); verbs first, as their object patterns consume
  nouns;
- readings of a trigger verb that report no event ("rejected reports that …", "asked whether",
  "warned against any attack", an order to one's own forces or to no one: "ordered the army to
  prepare", "ordered patrols"; "entered the country illegally");
- statements that put an obligation on someone else, as demands ("said that Sudan must …");
- nouns and multiword nouns, hyphenated or not ("cease-fire"), with the light verb they are the
  object of ("carried out strikes", "imposed sanctions on"; not a verb whose own object the noun
  is the topic of: "attend a summit on the unrest"); not as modifiers ("attack helicopters"),
  documents ("press release"), what a ban forbids ("a ban on demonstrations") or the time
  frame of the news ("after a demonstration"); those noun senses live in noun_senses.py.

Each `Candidate` records the trigger token, its lexicon entries and the clause it sits in;
embedded.py prunes them and roles.py reads their participants.
"""

from __future__ import annotations

from .aid_arrivals import aid_arrival
from .candidates import Candidate
from .factuality_words import CALLING, CLAIM_NOUNS, DENY_OBJECTS, QUESTION_MARKS
from .figurative import labour_strike
from .lexicon import IRREGULAR_BASE, Lexicon, Trigger
from .nlp import Token
from .noun_senses import (
    CONTAINERS,
    DOCUMENT_MODIFIERS,
    TEMPORAL,
    background,
    commemorated,
    excluded,
    forbidden,
    habit_banned,
    lemma_with_compound,
    named,
    venue,
)
from .stern_measures import (
    ANSWERING,
    TAKING,
    announced_answer,
    in_kind,
    right_to_answer,
    stern_measures,
    vowed_revenge,
)
from .syntax import Tree, words
from .threat_clauses import WARNING, idle_warning
from .trigger_extras import (
    SELF,
    delivery,
    discharged,
    envoys_visit,
    granted_use,
    held_answerable,
    kept_stance,
    monitored,
    named_criticism,
    not_for_sale,
    obligations,
    remembered,
    reprisals,
    shared_view,
    terms_of,
    word_sequence,
)
from .verb_objects import dated, particles, verb_objects
from .verb_senses import (
    OUTFITTING,
    TERMS,
    armed_backing,
    attracts,
    build_up,
    civilians_cross,
    contest,
    criticised,
    departs,
    described,
    discharged_by_carers,
    electoral,
    evaluative,
    figurative_hold,
    game_move,
    held_up,
    idle_deadline,
    idle_halt,
    immigration,
    question,
    relief_mission,
    seized_on,
    shot_down_words,
    span_to_leave,
    sporting,
    stormed_out,
    struggle,
)

_VERB_POS = frozenset({"VERB"})
_NOUN_POS = frozenset({"NOUN", "PROPN"})
_EVENT_NOUN_POS = _NOUN_POS | {"ADJ", "VERB"}  # the tags an event noun's word may carry
# Past forms, which end no event noun phrase ("Rockets fired" is no "rocket fire").
_PAST = frozenset({"VBD", "VBN"})


def _resultative(tree: Tree, verb: Token) -> bool:
    """ "left two soldiers dead / wounded": "leave" with a predicate of its object, which the
    parser may also hang on the object itself or on the clause ("leaving three workers injured":
    the participle right after the object)."""
    if verb.lemma.lower() != "leave":
        return False
    preds = tree.children(verb.i, "oprd", "ccomp", "xcomp", "acomp")
    after = [tree.tok(o.i + 1) for o in tree.children(verb.i, "dobj") if o.i + 1 < len(tree)]
    preds = [*preds, *(p for p in after if p.head < p.i)]  # not "left all occupied territory"
    # "leaving 20 people wounded" read as a clause, its participle as a past tense
    return any(p.pos == "ADJ" or p.tag == "VBN" or (p.dep == "ccomp" and p.tag == "VBD") for p in preds)


def _object_gap(tree: Tree, tok: Token) -> bool:
    """True for a relative clause whose object is its head noun: it has a subject and no object
    of its own ("accusations both countries reject": the accusations are rejected)."""
    if tok.dep != "relcl":
        return False
    return tree.child(tok.i, "nsubj") is not None and tree.child(tok.i, "dobj", "ccomp", "xcomp") is None


def _verb_forms(tok: Token) -> list[str]:
    """The verb's lemma, then base forms read off its spelling, for the lemmatizer's slips
    ("staged" → "stag")."""
    t = tok.text.lower()
    out = [tok.lemma.lower()]
    if t in IRREGULAR_BASE:  # "shot", "struck"
        out.append(IRREGULAR_BASE[t])
    doubled = len(t) > 5 and t[-4] == t[-5]  # "stopped", "stopping" (checked on the -ing form)
    if t.endswith("ied"):
        out.append(t[:-3] + "y")
    elif t.endswith("ed"):
        out += [t[:-1], t[:-2]] + ([t[:-3]] if len(t) > 4 and t[-3] == t[-4] else [])
    elif t.endswith("ing"):
        out += [t[:-3] + "e", t[:-3]] + ([t[:-4]] if doubled else [])
    elif t.endswith("es"):  # "pushes"; "ramps" is no "ram"
        out += [t[:-1], t[:-2]]
    elif t.endswith("s"):
        out.append(t[:-1])
    return out


def _match_verb(tree: Tree, tok: Token, lexicon: Lexicon) -> tuple[list[Trigger], Token | None]:
    forms = _verb_forms(tok)
    if tok.i >= 2 and tree.tok(tok.i - 1).text == "-":  # "test-fired": the tokenizer splits at the hyphen
        forms = [f"{tree.tok(tok.i - 2).text.lower()}-{f}" for f in forms] + forms
    prts = {c.lemma.lower() for c in tree.children(tok.i, "prt")}
    for form in forms:  # the first form with a matching entry: "raped" lemmatized "rap" is no "rap for"
        entries = lexicon.verbs.get(form, ())
        # the verb's own particle makes a phrasal verb first: "hand back the helicopters" is a
        # return, whatever "hand > weapons" reads; "handed over tanks" falls back to "hand > tanks"
        phrasal = tuple(e for e in entries if e.particle in prts)
        if phrasal and (found := _pick_entries(tree, tok, phrasal))[0]:
            return found
        if entries and (found := _pick_entries(tree, tok, entries))[0]:
            return found
    return [], None


def _pick_entries(tree: Tree, tok: Token, entries: tuple[Trigger, ...]) -> tuple[list[Trigger], Token | None]:
    """The most specific entries of one verb form that the verb's particles and objects fit."""
    best: list[Trigger] = []
    obj: Token | None = None
    for entry in entries:  # a sector condition only chooses among equal patterns ("strike" by workers)
        if best and entry.specificity - bool(entry.sectors) < best[0].specificity - bool(best[0].sectors):
            break
        if entry.particle is not None:
            # a term run to is the entry's own particle ("gave Hamas until Sunday to …")
            words = {
                p.lemma.lower()
                for p in particles(tree, tok.i)
                if not dated(tree, p) or p.lemma.lower() in TERMS
            }
            nxt = tree.tok(tok.i + 1).lemma.lower() if tok.i + 1 < len(tree) else ""
            if entry.particle not in words and entry.particle != nxt:
                continue
            if _other_particle(tree, tok, entry.particle):
                continue  # "called off the offensive on Goma": "call off", not "call on"
        if (
            entry.excluded
            and any(
                lemma_with_compound(tree, o) & entry.excluded
                for o in verb_objects(tree, tok.i, entry.particle)
            )
            and not envoys_visit(tree, tok, entry)  # "an OSCE mission will visit the region"
            and not named_criticism(tree, tok, entry)  # "rejected U.N. criticism": the critic rejected
        ):
            continue  # "released a statement": another sense of the verb
        if (
            entry.event_type == "THREATEN"
            and tok.lemma.lower() in ANSWERING
            and (
                not announced_answer(tree, tok)
                or not (entry.objects or entry.particle or right_to_answer(tree, tok) or in_kind(tree, tok))
            )
        ):
            continue  # "responded to the expulsion", "would respond to the letter": no answer announced
        if not granted_use(tree, tok, entry):
            continue  # "allowed its troops to withdraw": no use of the letter's bases granted
        if entry.event_type == "AID" and build_up(tree, tok):
            continue  # "sent tanks to the border": a build-up (MOBILIZE), no aid to anyone
        if entry.event_type == "RETREAT" and _resultative(tree, tok):
            continue  # "leaving one serviceman dead": a result, no departure
        modified = tree.tok(tok.head) if tok.dep == "acl" or _object_gap(tree, tok) else None
        if entry.excluded and modified is not None and lemma_with_compound(tree, modified) & entry.excluded:
            continue  # "the files released by the ministry": the noun is the participle's object
        if entry.objects and _naming(tree, tok, entry):
            continue  # "called the truce a sham": the truce named, not called (ACCUSE reads "sham")
        if entry.objects:
            hit = next(
                (o for o in verb_objects(tree, tok.i, entry.particle)
                 if lemma_with_compound(tree, o) & entry.objects), None,
            )  # fmt: skip
            if hit is None:
                continue
            obj = hit
        best.append(entry)
    return best, obj


_INTO = frozenset({"into"})


def _naming(tree: Tree, verb: Token, entry: Trigger) -> bool:
    """True for "call" with a predicate of its object ("called the truce a sham") or "into
    question": a naming or a doubt, which reports no act on the object; only a verdict entry
    reads it."""
    if verb.lemma.lower() != "call" or entry.event_type == "ACCUSE":
        return False
    return tree.child(verb.i, "oprd") is not None or tree.has_lemma(verb.i, _INTO, "prep") is not None


def _other_particle(tree: Tree, verb: Token, particle: str) -> bool:
    """True when the verb's particle right after it makes another phrasal verb than the entry's,
    which a later preposition matched: "called off the offensive on Goma" is no "call on". A
    preposition right after the particle makes one phrasal-prepositional verb with it ("signed
    off on the deal" reads "sign on")."""
    if verb.i + 1 >= len(tree) or tree.tok(verb.i + 1).lemma.lower() == particle:
        return False
    nxt = tree.tok(verb.i + 1)
    if verb.i + 2 < len(tree) and tree.tok(verb.i + 2).lemma.lower() == particle:
        return False
    return nxt.dep == "prt" and nxt.head == verb.i


# What relief is dropped from in an airdrop; dropped from anything else (a list) it is removed.
_AIRCRAFT = words("air plane aircraft airplane helicopter jet transport sky")
_NOT_MET = words("""response demand target goal deadline criterion requirement need standard
    expectation condition obligation resistance fate end challenge threshold death""")
# What befalls someone who "meets with" it: a mishap, no party met ("met with an accident").
_MISHAPS = words("accident mishap disaster tragedy misfortune death setback")


def _removed_from(tree: Tree, verb: Token) -> bool:
    """True for "drop X from Y" where Y is no aircraft: taken off a list or plan, not airdropped."""
    froms = [p for p in tree.children(verb.i, "prep") if p.lemma.lower() == "from"]
    return any(o.lemma.lower() not in _AIRCRAFT for p in froms for o in tree.children(p.i, "pobj"))


# Particles that make a trigger verb an idiom of another sense: money "shelled out", a talk
# "struck up", a crowd "fired up".
_IDIOM_PARTICLES = {"shell": frozenset({"out"}), "strike": frozenset({"up"}), "fire": frozenset({"up"})}


def _not_an_event(tree: Tree, verb: Token, entry: Trigger) -> bool:
    """Readings of a trigger verb that are no event: "rejected reports that …" is a denial
    (factuality.py reads it), "would meet a devastating response" no meeting, "families are
    shelling out more" no shelling."""
    idiom = _IDIOM_PARTICLES.get(verb.lemma.lower())
    if idiom is not None and any(p.lemma.lower() in idiom for p in tree.children(verb.i, "prt")):
        return True
    objs = [o.lemma.lower() for o in tree.children(verb.i, "dobj")]
    objs += [o.lemma.lower() for p in tree.children(verb.i, "prep") if p.lemma.lower() == "as"
             for o in tree.children(p.i, "pobj")]  # fmt: skip  # "dismissed as propaganda reports that …"
    if entry.event_type == "REJECT" and any(o in DENY_OBJECTS for o in objs):
        return True
    on_claim = tree.tok(verb.head).lemma.lower() in CLAIM_NOUNS
    if entry.event_type == "REJECT" and verb.dep == "relcl" and on_claim:
        return True  # "…, an accusation Moscow rejected": a denial too
    called = verb.lemma.lower() in CALLING and verb.dep in ("relcl", "acl") and not tree.child(verb.i, "dobj")
    if entry.event_type == "ACCUSE" and called and on_claim:
        return True  # "…, a charge Bogota called absurd": a denial (denials.py), no criticism
    if verb.lemma.lower() in OUTFITTING and verb.tag == "VBN" and described(tree, verb):
        return True  # "militiamen armed with machetes", "how it is equipped" describe, report no supply
    if struggle(tree, verb, entry) or attracts(tree, verb, entry) or departs(tree, verb, entry):
        return True
    if sporting(tree, verb, entry) or seized_on(tree, verb, entry) or immigration(tree, verb, entry):
        return True
    if entry.event_type == "SUPPORT" and armed_backing(tree, verb):
        return True  # "troops, backed by drones and helicopters, raided …": the raid's means
    if entry.mode == "resign" and verb.lemma.lower() == "leave" and _a_room(tree, verb):
        return True  # "left his office at noon": a room, not the post ("would not leave office")
    if (
        entry.event_type == "REQUEST"
        and verb.lemma.lower() == "ask"
        and any(tree.has_lemma(c.i, QUESTION_MARKS, "mark") for c in tree.children(verb.i, "ccomp", "advcl"))
    ):
        return True  # "asked whether Moscow wanted …", "Asked if the festival should …": a question
    if entry.event_type == "REQUEST" and verb.lemma.lower() in _ORDERING:
        return not _orders_other(tree, verb)
    if entry.event_type == "MOBILIZE" and verb.lemma.lower() in _ORDERING:
        return tree.child(verb.i, "xcomp", "ccomp") is not None  # "ordered troops to fire": the act itself
    if entry.event_type == "REQUEST" and verb.lemma.lower() in _WANTING:
        return not _wants_other(tree, verb)
    if entry.event_type == "REQUEST" and verb.lemma.lower() in _MANDATING:
        return not _mandative(tree, verb)  # "insisted that Hamas release", not "insisted it was"
    if entry.event_type == "REQUEST" and verb.lemma.lower() in _TELLING:
        # "told Israel to halt the offensive" is a demand; "told reporters that …" is no event
        return tree.child(verb.i, "xcomp") is None or not _orders_other(tree, verb)
    if verb.lemma.lower() == "swear" and any(p.lemma.lower() == "in" for p in particles(tree, verb.i)):
        return True  # "was sworn in as president": an inauguration, no vow
    if entry.event_type == "REQUEST" and verb.lemma.lower() == "press" and _pressed_on(tree, verb):
        return True  # "pressed ahead with its plan", "pressed on with the barrier": it carried on
    if entry.event_type == "THREATEN" and verb.lemma.lower() in TAKING:
        # "would take firm measures if …", "vowed to take revenge", not "took measures"
        return not (stern_measures(tree, verb) or vowed_revenge(tree, verb))
    if (entry.mode == "release" and discharged(tree, verb)) or shared_view(tree, verb, entry):
        return True  # "released from hospital", "analysts agree that …"
    if terms_of(tree, verb, entry):
        return True  # "the plan calls for a withdrawal": what it provides (topics.py)
    if entry.event_type == "AID" and verb.lemma.lower() == "drop" and _removed_from(tree, verb):
        return True  # "dropped the medicine from its list": struck off, no airdrop
    if entry.event_type == "ACCUSE" and verb.dep == "ccomp" and held_answerable(tree, verb):
        warned = tree.tok(verb.head).lemma.lower() in WARNING
        return warned  # "warned X that he would be held responsible": the warner's threat, no accusation
    if entry.event_type == "THREATEN" and entry.particle == "against" and not objs:
        return True  # "Kyiv warned against any attack": a warning of someone else's act, no threat
    subjects = {s.lemma.lower() for s in tree.children(verb.i, "nsubj")}
    if entry.event_type == "THREATEN" and not subjects.isdisjoint(_RISKS):
        return True  # "tensions threaten to slow growth", "the move threatens the talks": a risk
    if (
        entry.event_type == "ACCUSE"
        and entry.objects
        and verb.lemma.lower() != "be"
        and not entry.converse  # "the policy drew criticism from the EC": the subject receives it
        and not subjects.isdisjoint(_RISKS)
    ):
        return True  # "Israel's plans are raising concerns in Jordan": someone else's concern
    if evaluative(tree, verb) or contest(tree, verb, entry) or question(tree, verb, entry):
        return True
    if shot_down_words(tree, verb, entry):
        return True  # "shot down rumours of an early election": a denial
    if figurative_hold(tree, verb, entry):
        return True  # "held the budget hostage", "tightened its grip on power": leverage
    if game_move(tree, verb, entry):
        return True  # "meets Cameroon in the final", "took control of the match": a game
    if entry.event_type == "CONSULT" and verb.lemma.lower() == "meet" and _met_with_reaction(tree, verb):
        return True  # "the proposals met with fierce criticism": a reception, no meeting
    if entry.event_type == "CONSULT" and not _meeting_parties(tree, verb).isdisjoint(_CORPORATE):
        return True  # "shareholders will meet to vote on the merger": a company's own meeting
    if entry.event_type == "CONSULT" and _briefing(tree, verb):
        return True  # "held a news conference": a statement to the press, no party met
    if civilians_cross(tree, verb, entry) or held_up(tree, verb, entry) or electoral(tree, verb, entry):
        return True  # "refugees crossed into Zaire", "detained in traffic", "ousted in an election"
    if discharged_by_carers(tree, verb, entry):
        return True  # "the hospital released the wounded soldier": a patient discharged
    if stormed_out(tree, verb, entry):
        return True  # "stormed out of the meeting": an angry exit
    if entry.event_type == "COERCE" and habit_banned(tree, verb):
        return True  # "banned smoking in public offices": a rule of conduct
    if idle_deadline(tree, verb, entry):
        return True  # "gave its staff two days off": no act demanded, no ultimatum
    if idle_halt(tree, verb, entry):
        return True  # "put pressure on the aid agencies": no "on hold", no halt
    if entry.event_type == "AID" and verb.lemma.lower() == "help" and not objs:
        return tree.child(verb.i, "xcomp", "ccomp") is not None  # "helping to pave the way"
    return entry.event_type == "CONSULT" and verb.lemma.lower() == "meet" and any(o in _NOT_MET for o in objs)


# A company's own bodies: their meetings are its business, no party's consultation.
_CORPORATE = words("shareholder stockholder creditor bondholder board director")


def _meeting_parties(tree: Tree, verb: Token) -> set[str]:
    """The subjects of a meeting verb, or of the verb whose aim it states when it has none ("the
    board met to discuss a sale": the board discusses)."""
    node: Token | None = verb
    for _ in range(2):
        if node is None:
            break
        subjects = {s.lemma.lower() for s in tree.children(node.i, "nsubj", "nsubjpass")}
        if subjects or node.dep not in ("xcomp", "advcl"):
            return subjects
        node = tree.head(node.i)
    return set()


def _briefing(tree: Tree, verb: Token) -> bool:
    """True for a news or press conference held, called or given ("Kohl held a news conference in
    Bonn", "the two leaders held a joint press conference"): a statement to reporters, which
    PLOVER codes by what is said, no consultation between parties."""
    objs = [
        o for o in tree.children(verb.i, "dobj", "nsubjpass") if o.lemma.lower() in ("conference", "briefing")
    ]
    return any(
        c.lemma.lower() in DOCUMENT_MODIFIERS for o in objs for c in tree.children(o.i, "compound", "amod")
    )


# What a proposal or a remark "meets with": a reception, no party met.
_REACTIONS = words("""criticism reception response scepticism skepticism approval resistance opposition
    applause derision disbelief silence anger outrage condemnation disapproval praise welcome
    indifference hostility suspicion dismay concern rejection success failure acclaim""")


_MET_WITH = _REACTIONS | _MISHAPS


def _met_with_reaction(tree: Tree, verb: Token) -> bool:
    """True for "met with" a reaction ("met with fierce criticism", "met with a cool reception") or
    a mishap ("met with an accident")."""
    withs = [p for p in tree.children(verb.i, "prep") if p.lemma.lower() == "with"]
    return any(o.lemma.lower() in _MET_WITH for p in withs for o in tree.children(p.i, "pobj"))


# Subjects that make "threaten" a risk, not a threat by a party.
_RISKS = words("""tension crisis conflict war fighting violence move plan policy decision settlement
    drought flood shortage inflation deficit debt situation development change disease virus outbreak
    pandemic epidemic rise fall dispute row standoff problem issue measure law bill tariff slowdown
    recession uncertainty instability unrest level warming heat storm fire famine hunger poverty
    pollution erosion spread surge shift scandal collapse delay shutdown strike protest boycott
    price cost rate climate wave project dam weather rain rainfall frost locust pest cyclone hurricane""")

# Verbs of commanding and telling: a demand only when another party is told to act.
_ORDERING = words("order")
_TELLING = words("tell instruct encourage")
# Verbs of wishing: a demand only when another party is wanted to act.
_WANTING = words("want")
# Whom an actor commands: ordering them to act is the act itself ("ordered the army to prepare").
_SUBORDINATES = words("""army troop force military police soldier unit commander navy ministry
    government pentagon department agency official officer staff guard cabinet minister service
    brigade battalion division fleet ship aircraft warplane jet prosecutor court""")


_OWN = words("its his her their our my")


def _a_room(tree: Tree, verb: Token) -> bool:
    """True when the office left has a determiner or an owner ("left his office", "left the
    office"): a room or a building; the post is left bare ("left office"; "left the presidency"
    is the post whatever its determiner)."""
    obj = tree.child(verb.i, "dobj")
    return obj is not None and obj.lemma.lower() == "office" and bool(tree.children(obj.i, "det", "poss"))


def _orders_other(tree: Tree, verb: Token) -> bool:
    """True when "order" tells another party to act: a demand ("ordered France to withdraw",
    "ordered the ambassador to leave"); not a command to one's own forces, nor "ordered patrols"."""
    obj = tree.child(verb.i, "dobj")
    if obj is None or tree.child(verb.i, "xcomp", "ccomp") is None:
        return False
    own = any(c.lemma.lower() in _OWN for c in tree.children(obj.i, "poss"))
    return not own and obj.lemma.lower() not in _SUBORDINATES


def _wants_other(tree: Tree, verb: Token) -> bool:
    """True when "want" asks another party to act ("the United States wants Israel to halt the
    offensive", CAMEO 10); not "wants to join", "wants talks", "wanted by the police"."""
    comp = tree.child(verb.i, "ccomp", "xcomp")
    if comp is None or tree.has_lemma(verb.i, QUESTION_MARKS, "mark"):
        return False  # "asked whether Moscow wanted Belarusian troops to fight": a question
    subj = tree.child(comp.i, "nsubj") or tree.child(verb.i, "dobj")
    return subj is not None and subj.lemma.lower() not in SELF and subj.pos in ("PROPN", "NOUN")


_MANDATING = words("insist")  # verbs that ask for an act only by a mandative clause
# Verbs whose bare form is their past form, which the tagger reads as past in a mandative clause
# ("insisted that Baghdad let the inspectors in"); a past act told would carry "had"
_BARE_AS_PAST = words("let put cut set quit shut hit spread")


def _mandative(tree: Tree, verb: Token) -> bool:
    """True when the verb's "that" clause is mandative, a bare verb (no tense, no auxiliary) with
    a subject of its own ("insisted that Hamas release"; "insisted it had withdrawn" asks nothing)."""
    for c in tree.children(verb.i, "ccomp"):
        subj = tree.child(c.i, "nsubj", "nsubjpass")
        if subj is None or tree.child(c.i, "aux", "auxpass") is not None:
            continue
        # a present form after a singular noun is the bare form the tagger misread ("that Georgia
        # hand back"); after a plural it may be a present tense ("insisted the talks are on")
        if c.tag == "VB" or (c.tag == "VBP" and subj.tag in ("NN", "NNP")):
            return True
        if c.tag == "VBD" and c.text.lower() in _BARE_AS_PAST and subj.tag in ("NN", "NNP"):
            return True
    return False


_ONWARD = words("ahead forward onward")


def _pressed_on(tree: Tree, verb: Token) -> bool:
    """ "Pressed ahead / on with …": the phrasal verb of carrying on, which asks no one anything
    ("pressed Seoul on the trade deal", "on" with an object, still presses someone)."""
    return any(
        p.lemma.lower() in _ONWARD or (p.lemma.lower() == "on" and tree.child(p.i, "pobj") is None)
        for p in particles(tree, verb.i)
    )


def workers_strike(hits: list[Trigger], lexicon: Lexicon) -> list[Trigger]:
    """A strike that workers make or a word of labour names ("a strike by cabin crew", "the
    dockers' strike") is a walkout: it takes the walkout's entry, whoever the parser finds as its
    actor (the phrase itself says the strikers are labour). A protest entry of its own ("hunger
    strike", "general strike") keeps its mode."""
    if any(e.event_type == "PROTEST" for e in hits):
        return hits
    return list(lexicon.nouns.get("walkout", ())) or hits


def light_verb(tree: Tree, noun: Token, lexicon: Lexicon) -> Token | None:
    """The light verb a noun trigger is the object of ("held talks", "used … for attacks")."""
    node = noun
    if node.dep == "compound":  # "adopt its 14th sanctions package"
        head = tree.head(node.i)
        if head is None:
            return None
        node = head
    first = tree.first_conjunct(node.i)
    if first is None:
        return None
    node = first
    head = tree.head(node.i)
    if head is None:
        return None
    if node.dep == "pobj" and head.dep in ("prep", "prt"):
        if head.lemma.lower() in TEMPORAL:
            return None  # "imposed a curfew after a demonstration": no one imposed the demonstration
        prep = head
        head = tree.head(head.i)
        if head is None:
            return None
        if _topic_of_object(tree, head, prep, lexicon):
            return None  # "attend a summit on the unrest in Iran": the unrest is what they discuss
        if prep.lemma.lower() == "for" and head.lemma.lower() == "pay":
            return None  # "would pay dearly for any attack": what the payer is punished for
        if head.pos in ("NOUN", "PROPN") and head.dep in ("dobj", "nsubjpass"):
            if head.lemma.lower() in lexicon.nouns:
                return None  # "launched an investigation into the massacre": the massacre is its content
            head = tree.head(head.i)  # "using Belarusian airspace for attacks"
            if head is None:
                return None
    elif node.dep not in ("dobj", "nsubjpass", "attr"):
        return None
    if head.pos not in ("VERB", "AUX") or unclaimed(tree, head):
        return None
    words = [p.lemma.lower() for p in particles(tree, head.i)]
    return head if any(lexicon.is_light_verb(form, words) for form in _verb_forms(head)) else None


# Prepositions that name what something is about: "a summit on the unrest", "talks over the strike".
_ABOUT = words("on about over regarding concerning")


def _topic_of_object(tree: Tree, verb: Token, prep: Token, lexicon: Lexicon) -> bool:
    """True when a noun under a light verb's "on"/"about" phrase is the topic of the verb's own
    object, which the parser hung on the verb ("attend a summit … on the unrest in Iran", "issued a
    statement on the attack"): the verb takes its object, the topic is no act of its subject. A
    light verb registered with the preposition ("go on strike") keeps it."""
    if (
        prep.lemma.lower() not in _ABOUT
        or verb.pos not in ("VERB", "AUX")
        or tree.child(verb.i, "dobj") is None
    ):
        return False
    return not any((form, prep.lemma.lower()) in lexicon.light_verbs for form in _verb_forms(verb))


# Verbs whose object is an act owned by their subject only when said: not saying it leaves the
# act (done by someone) and takes nothing from it.
_CLAIMING = words("claim")
_NO_ONE = words("no none nobody noone")


def unclaimed(tree: Tree, verb: Token) -> bool:
    """An act no one claimed ("the Houthis did not claim the attack", "no group has claimed the
    bombing"): the silence negates only the claim, so the verb makes no claimant an actor and
    lends the act no negation; the act stays the outlet's, its author unknown."""
    if verb.lemma.lower() not in _CLAIMING:
        return False
    if tree.child(verb.i, "neg") is not None:
        return True
    subj = tree.child(verb.i, "nsubj")
    return subj is not None and (
        subj.lemma.lower() in _NO_ONE or tree.has_lemma(subj.i, _NO_ONE, "det") is not None
    )


def _copula_verdict(tree: Tree, tok: Token) -> bool:
    """True for a copula with an attribute ("the sanctions were a mistake"): triggers.yaml judges
    the attribute ("be > mistake|blunder"), as it judges "called the sanctions a mistake"."""
    return tok.pos == "AUX" and tok.lemma.lower() == "be" and tree.child(tok.i, "attr") is not None


# CAMEO 09: people sent, named or appointed to investigate are the inquiry under way ("sent a team
# of experts to investigate reports of ceasefire violations"), no aid nor deployment; the verb of
# sending is the trigger and the purpose verb is no second, hypothetical inquiry.
_COMMISSIONING = words("send dispatch despatch name appoint assign")
_INQUIRERS = words("""team mission expert investigator inspector rapporteur envoy delegation observer
    monitor official commission panel committee prosecutor detective specialist""")


def _sent_to_investigate(
    tree: Tree, verb: Token, entries: list[Trigger], lexicon: Lexicon
) -> tuple[list[Trigger], Token] | None:
    if verb.lemma.lower() not in _COMMISSIONING:
        return None
    obj = tree.child(verb.i, "dobj") or tree.child(verb.i, "nsubjpass")
    if entries and (obj is None or obj.lemma.lower() not in _INQUIRERS):
        return None  # "sent troops to investigate": the deployment stays the event
    for purpose in tree.children(verb.i, "advcl", "xcomp"):
        if not tree.has_lemma(purpose.i, frozenset({"to"}), "aux"):
            continue
        found = [e for e in _match_verb(tree, purpose, lexicon)[0] if e.mode == "investigate"]
        if found:
            return found, purpose
    return None


def find_candidates(tree: Tree, lexicon: Lexicon) -> list[Candidate]:
    found: list[Candidate] = []
    consumed: set[int] = set()
    tokens = tree.tokens
    for tok in tokens:  # verbs first: their object patterns consume nouns
        pos = tok.pos  # the copula and the kept stance are read only on their own tags
        if (
            (
                pos not in _VERB_POS
                and not (pos == "AUX" and _copula_verdict(tree, tok))
                and not (pos == "ADJ" and kept_stance(tree, tok))
            )
            or tok.dep in ("amod", "compound")
            or tok.i in consumed
        ):
            continue  # a participle used as an adjective ("its long-threatened invasion"), a gerund object
        entries, obj = _match_verb(tree, tok, lexicon)
        if aid_arrival(tree, tok):  # "aid trucks entered Gaza": a delivery, whoever sent it
            entries, obj = [delivery(tok, lexicon)], None
        if entries and entries[0].event_type == "MOBILIZE" and relief_mission(tree, tok):
            entries = [delivery(tok, lexicon)]  # "mobilised to help quake victims": relief, no build-up
        probe = _sent_to_investigate(tree, tok, entries, lexicon)
        if probe is not None:  # "sent a team of experts to investigate": the inquiry itself
            entries, obj = probe[0], None
            consumed.add(probe[1].i)
        expel = span_to_leave(tree, tok, lexicon) if entries and entries[0].event_type == "THREATEN" else None
        entries = [expel] if expel is not None else entries  # "gave the envoy 24 hours to leave"
        if entries and obj is not None and criticised(tree, tok, entries[0]):
            consumed.add(obj.i)  # "came under fire from critics": neither the verb nor the noun
            continue
        if not entries or _not_an_event(tree, tok, entries[0]):
            continue
        if idle_warning(tree, tok, entries[0], lexicon, _match_verb):
            continue
        end = obj.i if obj is not None and obj.i > tok.i and obj.i - tok.i <= 4 else tok.i
        for p in particles(tree, tok.i):
            if entries[0].particle == p.lemma.lower() and p.i > end and not dated(tree, p):  # "on Tuesday"
                end = p.i
        if obj is not None:  # the object and its modifiers ("suspended part of a military aid programme")
            consumed.add(obj.i)
            consumed.update(c.i for c in tree.children(obj.i, "compound"))
        found.append(Candidate(tok.i, entries, tok.i, False, obj.i if obj else None, end))
    found += obligations(tree, lexicon, {c.i for c in found})
    found += not_for_sale(tree, lexicon, {c.i for c in found})
    found += reprisals(tree, lexicon, {c.i for c in found})
    covered: set[int] = set()
    framed: list[Candidate] = []
    nouns = lexicon.nouns
    for tok in tokens:
        if tok.i in covered or tok.pos not in _EVENT_NOUN_POS:
            continue
        by_lemma, by_text = nouns.get(tok.lemma.lower(), ()), nouns.get(tok.text.lower(), ())
        if not by_lemma and not by_text:
            continue  # most words: no event noun
        for entry_list in (by_lemma, by_text):
            if not entry_list:
                continue
            sized = [
                (e, word_sequence(tree, tok.i, e.words)) for e in entry_list if not excluded(tree, tok, e)
            ]
            if not any(n for _, n in sized):
                continue
            top = max(n for _, n in sized)
            hits = [e for e, n in sized if n == top]
            span = range(tok.i, tok.i + top)
            head = next((k for k in span if not span.start <= tokens[k].head < span.stop
                         or tokens[k].head == k), span.stop - 1)  # fmt: skip
            if tokens[head].pos not in _NOUN_POS or head in consumed or tokens[span.stop - 1].tag in _PAST:
                break  # "Rockets fired from Gaza": a weapon and its launch, not "rocket fire"
            if tokens[head].dep == "compound" and tokens[tokens[head].head].lemma.lower() not in CONTAINERS:
                break  # "asylum seekers", "attack helicopters": a modifier, not an event
            if any(c.lemma.lower() in DOCUMENT_MODIFIERS for c in tree.children(head, "compound")):
                break  # "a press release", "news conference": a document, not an event
            if (
                named(tree, tokens[head])
                or commemorated(tree, tokens[head])
                or remembered(tree, tokens[head])
            ):
                break  # "the Battle of the Oranges", "the anniversary of the invasion": a name, a date
            if forbidden(tree, tokens[head]) or monitored(tree, tokens[head], hits):
                break  # "a ban on demonstrations", "to monitor the truce": forbidden, standing
            if habit_banned(tree, tokens[head]):
                break  # "the ban on smoking": a rule of conduct, no coercion
            if labour_strike(tree, tokens[head]):
                hits = workers_strike(hits, lexicon)  # "a strike by cabin crew": a walkout, no attack
            covered.update(span)
            light = light_verb(tree, tokens[head], lexicon)
            cand = Candidate(
                head, hits, light.i if light else head, True, None, span.stop - 1, start=span.start
            )
            if light is None and venue(tree, tokens[head]):
                break  # "said at a conference": the place of a statement
            if light is None and background(tree, tokens[head]):
                framed.append(cand)  # "after a demonstration", "during a G8 summit": the setting
                break
            found.append(cand)
            break
    return found or framed  # the setting is the news when nothing else is ("died during shelling")
