"""Factuality of an event: actual, future, hypothetical or negated (PLOVER's auxiliary modes).

Judged from the point of view of whoever asserts the event: the walk goes from the trigger up
its head chain and stops at the first reporting verb (the asserter; see attribution.py), so
"Minsk says it will not join the war" is `negated` — Minsk's own statement — and the saying is
not itself doubted.

Cues, inner to outer:
- on the trigger's own clause: negation ("not", "never", "no" before a noun), modals ("will" →
  future; "could", "may", "might", "should", "must" → hypothetical; "would" → future under a
  past reporting verb, "announced it would", else hypothetical), determiners and adjectives of
  nominal triggers ("any new attack", "a possible offensive" → hypothetical; "the planned
  drills" → future);
- on each governing word: future frames ("plans to", "is to", "prepares for", "agreed to",
  "will continue to"), hypothetical frames ("fears", "concerns that", "warned", "threat of",
  "ready to", a conditional "if"/"unless" clause, a purpose clause "to attack", a noun's "to"
  clause "the right to fire"), denial frames ("denied", "rejected reports that", "refused
  to", "ruled out") and avoidance ("refrained from", "stopped short of", "held off on", "was
  prevented from", "has yet to") → negated;
- a definite event named as the topic of a reply or a judgement is given: "did not comment on
  the Russian strike", "did not condemn the Israeli strike" leave the strike actual, and so is
  the act an inquiry is into ("ordered an inquiry into the shooting"); one discussed is given
  only when it is a known occurrence, not "the release of hostages" (topics.py);
- a stopping verb that did not take place leaves its object as it was ("failed to stop the
  attack", "did not prevent the raid"), and an event named as the subject of a negated verb
  other than one of taking place keeps its own reading ("the attack did not stop exports");
- a conjunct shares its head's modal and negation but not the head's frame ("thwarted a coup and
  arrested officers": the arrests happened), and a contrast clause ("…, while the EU called on
  …") keeps its own reading;
- an event named only as the topic of talks ("talks on new sanctions") or by an unowned danger
  noun ("the threat of a Russian attack") is hypothetical, and so is every event of a yes/no
  question ("Did Russia supply the missiles?");
- a future clause on a condition is hypothetical ("would launch an operation if the threats
  persisted", "Should talks fail, Israel will resume …", "will continue until Israel ends the
  war": the end), and so is an ultimatum's act ("has until Sunday to release") and an
  indefinite event as the subject of a future clause ("an attack would invoke the treaty");
  under "unless" the act is still the plan ("will boycott … unless …": future); an order puts
  a ceasefire or a curfew in force by itself ("ordered a ceasefire": actual);
- above a preposition of time only tense and modality reach the event, no frame or negation
  ("ordered patrols after violent protests": the protests were not ordered; "will meet after
  the summit": the summit is still future), and a past-tense "after"/"when" clause keeps its
  own tense under "will" (not under a reported "would", whose past is only shifted).

A purpose, an aim or a condition also names the word it serves (`Factuality.serves`: "opened"
in "opened fire to disperse the crowd", "boycott" in "will boycott … unless the president
resigns"); code.py codes no event for it when that word is another coded event's.

Fears and concerns are read as the experiencer's hypothetical, with the experiencer as the
attribution: "Ukraine fears an offensive from the north" gives a hypothetical ASSAULT
attributed to Ukraine, never an actual one in the outlet's voice.

Combining: a denial frame or an outer negation gives `negated`; an outer hypothetical frame
gives `hypothetical`; an outer future frame turns `actual` into `future` and leaves the rest.
"""

from __future__ import annotations

from dataclasses import dataclass

from .aid_arrivals import arrival_of_aid
from .claim_frames import (
    called_false,
    dismissing,
    disputed,
    falsified,
    phrasal_denial,
    retracted,
    retracted_saying,
    said_falsely,
    unconfirmed_claim,
)
from .clauses import (
    PRICE,
    assembly_purpose,
    awaited,
    conditioned,
    headline_plan,
    inverted_head,
    journey_purpose,
    later,
    later_clause,
    matrix_conjunct,
    neither_nor,
    no_more,
    on_condition,
    opening_condition,
    own_clause,
    past,
    polar_question,
    restricted_time,
)
from .conjoined_aims import aim_conjunct
from .dangers import unowned_danger
from .factuality_words import (
    AVOID_FRAMES,
    CALLING,
    CLAIM_NOUNS,
    CONDITIONAL,
    CONFIRMING,
    COPULAS,
    DECREED,
    DECREEING,
    DENY_FRAMES,
    DENY_OBJECTS,
    DISPUTE_VERBS,
    DISPUTED,
    EXAMINING,
    FALSITY,
    FUTURE_ADJ,
    FUTURE_FRAMES,
    FUTURE_MODALS,
    HESITANT,
    HYP_ADJ,
    HYP_FRAMES,
    HYP_MODALS,
    NEG_CLITICS,
    NEG_SUBJECTS,
    NO,
    NO_DEPS,
    OCCUR_VERBS,
    QUESTION_MARKS,
    RATED_PHRASES,
    REDUCED_DENIALS,
    REPORTING,
    STOP_VERBS,
    TEMPORAL_PREPS,
    TO_FRAMES,
    UNDER_WAY,
)
from .nlp import Token
from .presupposed import presupposed_subject
from .syntax import Tree, words
from .topics import contingent, known, provided
from .verdicts import JUDGING_AS, judged, replied_topic


def reduced_denial(tree: Tree, verb: Token) -> bool:
    """True for a denial whose subject is the claim itself ("a charge Warsaw denied")."""
    return verb.lemma.lower() in REDUCED_DENIALS and claim_subject(tree, verb) is not None


def claim_subject(tree: Tree, verb: Token) -> Token | None:
    """The claim noun a reduced denial is about: its subject ("a charge Warsaw denied"), a
    modifier the parser glued onto a named subject (", a charge Abu Dhabi denies", where "charge"
    comes out as a compound of "Dhabi"), or its object fronted before the subject (", a charge
    Minsk denies", as the parse is mended in syntax.py)."""
    subj = tree.child(verb.i, "nsubj")
    if subj is None:
        return None
    if subj.lemma.lower() in CLAIM_NOUNS:
        return subj
    glued = (c for c in tree.children(subj.i, "compound") if c.lemma.lower() in CLAIM_NOUNS)
    fronted = (o for o in tree.children(verb.i, "dobj") if o.i < subj.i and o.lemma.lower() in CLAIM_NOUNS)
    return next(glued, None) or next(fronted, None)


_STOP_DEPS = frozenset({"relcl", "parataxis", "appos", "ROOT", ""})

_RANK = {"actual": 0, "future": 1, "hypothetical": 2, "negated": 3}


@dataclass(frozen=True)
class Factuality:
    """The value and the word that decided it (None when nothing marked the event)."""

    value: str
    cue: str | None = None
    # the word whose condition or aim the event's clause states ("opened fire to disperse",
    # "will boycott … unless the president agrees"): None for any other clause
    serves: int | None = None


def _not_yet(tree: Tree, node: Token) -> bool:
    """Is the clause at `node` future or possible, negated or not ("will continue", "will not
    deploy", "would not leave")? A past "did not deploy until …" is not."""
    return _modal(tree, node)[0] in _NOT_YET or any(
        c.dep == "aux" and c.tag == "MD" for c in tree.children(node.i)
    )


def _not_yet_frame(tree: Tree, node: Token) -> bool:
    """`_not_yet` of the clause or of a verb whose complement it is ("would keep hitting … until
    Moscow agreed": "hitting" has no modal, "keep" has)."""
    while True:
        if _not_yet(tree, node):
            return True
        head = tree.head(node.i)
        if node.dep != "xcomp" or head is None:
            return False
        node = head


def _not_yet_served(tree: Tree, served: int | None) -> bool:
    """A price paid for an act still to come is its condition ("would return to talks in return for
    Washington lifting sanctions"); one paid for a done act was paid ("freed three hostages in
    exchange for Israel releasing 90 prisoners")."""
    return served is not None and _not_yet_frame(tree, tree.tok(served))


_HAVE = frozenset({"have"})


def _modal(tree: Tree, node: Token) -> tuple[str | None, str | None]:
    """The clause-level reading of a verb or noun: modal, negation, determiner, adjective."""
    neg = None
    modal = None
    for c in tree.children(node.i):
        lemma = c.lemma.lower()
        text = c.text.lower()
        never = text in ("never", "no") and c.dep in ("advmod", "det", "neg")
        if c.dep == "neg" or (c.dep == "det" and lemma == "no") or never or text in NEG_CLITICS:
            neg = c.text
        elif c.dep == "advmod" and text == "longer" and tree.child(c.i, "neg") is not None:
            neg = "no longer"  # "will no longer consider the settlements illegal"
        elif c.dep in ("nsubj", "nsubjpass") and node.pos == "VERB" and tree.has_lemma(c.i, NO, *NO_DEPS):
            neg = "no"  # "no Russian drone had been launched", "neither China nor Russia has"
        elif c.dep in ("nsubj", "nsubjpass") and node.pos == "VERB" and c.lemma.lower() in NEG_SUBJECTS:
            neg = c.text  # "none of the troops have left"
        elif c.dep in ("nsubj", "nsubjpass") and node.pos == "VERB" and _negated_noun(tree, c):
            neg = "not"  # "not a single soldier crossed", "not one soldier will cross"
        elif c.dep in ("aux", "auxpass") and c.tag == "MD":
            modal = text if text in ("would", "wo", "ca") else lemma
        elif c.dep in ("det", "amod") and (lemma in HYP_ADJ or text in HYP_ADJ) and not _realised(tree, node):
            return "hypothetical", c.text  # (the text: a participle's lemma is its verb's, "threaten")
        elif (
            c.dep in ("amod", "compound")
            and (lemma in FUTURE_ADJ or text in FUTURE_ADJ)
            and not _realised(tree, node)
        ):
            return "future", c.text  # "the planned deployment" (lemma "plan")
    if modal == "would" and node.tag == "VBN" and tree.has_lemma(node.i, _HAVE, "aux"):
        return "hypothetical", "would have"  # "would have destroyed the plant": it did not happen
    if modal in HYP_MODALS or modal == "would":
        if neg and modal in ("can", "could", "ca"):
            return "negated", f"{modal} {neg}"
        if modal == "would" and _under_past_report(tree, node):
            return ("negated", f"would {neg}") if neg else ("future", "would")
        return "hypothetical", modal
    if neg:
        return "negated", neg
    if modal in FUTURE_MODALS:
        return "future", modal
    if headline_plan(tree, node):
        return "future", "to"  # "Hamas to free three hostages on Saturday"
    return None, None


def _no_object(tree: Tree, verb: Token) -> bool:
    """A verb whose object says "no": "held no talks", "sent no troops". Only the verb's own event
    is denied, not what hangs on it ("despite reports urging …, officials made no changes")."""
    obj = tree.child(verb.i, "dobj") if verb.pos == "VERB" else None
    return obj is not None and (tree.has_lemma(obj.i, NO, "det") is not None or no_more(tree, obj))


# Verbs by which their object takes place: "mounted its long-threatened invasion", "launched the
# planned offensive".
REALISING = words("mount launch begin start stage carry hold conduct unleash execute complete resume")


def _realised(tree: Tree, noun: Token) -> bool:
    """A planned or threatened act named as the object of a verb by which it takes place."""
    head = tree.head(noun.i)
    return noun.dep == "dobj" and head is not None and head.lemma.lower() in REALISING


def _negated_noun(tree: Tree, noun: Token) -> bool:
    """A noun negated by its own "not" ("not a single soldier", "not one soldier")."""
    return any(
        c.dep == "neg" or (c.dep in ("nummod", "det") and tree.child(c.i, "neg") is not None)
        for c in tree.children(noun.i)
    )


def _under_past_report(tree: Tree, node: Token) -> bool:
    for a in tree.ancestors(node.i):
        if a.lemma.lower() in REPORTING:
            return a.tag in ("VBD", "VBN")
    return False


# A warning, verb or noun, of an act ("warned of an attack", "a warning against incursions").
_WARNINGS = frozenset({"warn", "warning"})
_WARNED_OF = frozenset({"of", "against"})


def _warning(tree: Tree, node: Token, prep: Token) -> bool:
    """A warning, or the verb that issues one, whose "of" or "against" phrase the parser may hang
    on that verb ("issued a warning on Thursday against further incursions")."""
    if node.lemma.lower() in _WARNINGS:
        return True
    return prep.lemma.lower() in _WARNED_OF and tree.has_lemma(node.i, _WARNINGS, "dobj") is not None


def _frame(tree: Tree, node: Token, below: Token) -> tuple[str | None, str | None]:
    """How a governing word frames the clause or noun below it."""
    lemma = node.lemma.lower()
    if lemma in DENY_FRAMES or lemma in AVOID_FRAMES or phrasal_denial(tree, node, below):
        if tree.child(node.i, "neg") is not None or neither_nor(tree, node):  # "did not deny", "nor denied"
            return "hypothetical", f"not {node.text}"
        return "negated", node.text if lemma != "rule" else "ruled out"
    if lemma in ("be", "have") and below.dep == "xcomp" and tree.has_lemma(node.i, _YET, "advmod"):
        return "negated", "yet to"  # "has yet to sign", "is yet to respond"
    if lemma == "have" and _deadline(tree, node, below):
        return "hypothetical", "until"  # "has until Sunday to release the hostages"
    contested = below.lemma.lower() in DISPUTED or disputed(tree, node)
    if lemma in DISPUTE_VERBS and contested and dismissing(tree, node):
        return DISPUTE_VERBS[lemma], node.text
    if lemma in EXAMINING and below.dep in ("dobj", "prep") and disputed(tree, node):
        return "hypothetical", node.text  # "is investigating reports that soldiers fired"
    if (lemma in CALLING and called_false(tree, node)) or said_falsely(tree, node, below):
        return "negated", node.text  # "called the report a lie", "falsely claims that …"
    if retracted(tree, node) or unconfirmed_claim(tree, node, below) is not None:
        return "hypothetical", node.text  # "retracted a statement that …", "unconfirmed reports that …"
    mark = tree.has_lemma(below.i, QUESTION_MARKS, "mark")
    if mark is not None and below.dep in ("ccomp", "csubj", "pcomp", "acl"):
        return "hypothetical", mark.text  # "it is unclear whether …", "questioned whether …"
    if lemma in TO_FRAMES and (below.dep == "xcomp" or (below.dep == "ccomp" and _infinitive(tree, below))):
        return TO_FRAMES[lemma], node.text
    if lemma == "close" and below.lemma.lower() == "to" and tree.child(below.i, "pcomp"):
        return "future", "close to"  # "is close to agreeing a deal"
    if below.dep in ("nsubj", "csubj") and lemma in COPULAS:  # "attacking Iran is out of the question"
        return _rated(tree, node, below)
    if lemma in JUDGING_AS and judged(tree, node, below):
        return None, None  # "considered the Russian strike a war crime": a judgement, like "called"
    if contingent(tree, node, below):
        return "hypothetical", node.text  # "the release depended on the government meeting …"
    if lemma in HYP_FRAMES or (below.dep == "prep" and _warning(tree, node, below)):  # "warned of an attack"
        return "hypothetical", node.text
    if lemma in DECREEING and below.dep in ("dobj", "nsubjpass") and below.lemma.lower() in DECREED:
        return None, None  # "ordered a curfew", "an end to aid was ordered by": the order is the act
    if lemma in FUTURE_FRAMES and below.dep != "nsubj":  # "leaders attending … agreed": the agent
        return "future", node.text
    if lemma in ("be", "go") and below.dep == "xcomp" and not _to_blame(node, below):
        return "future", node.text  # "is to receive", "is going to attack"
    return None, None


_COMPLEMENT_FRAMES = FUTURE_FRAMES | HYP_FRAMES | DENY_FRAMES | AVOID_FRAMES | frozenset(TO_FRAMES)
_YET = frozenset({"yet"})


def _rated(tree: Tree, copula: Token, subject: Token) -> tuple[str | None, str | None]:
    """A subject rated by its copula's adjective: "an invasion appears imminent" (hypothetical),
    "claims that … were baseless" (negated)."""
    for c in tree.children(copula.i, "acomp", "oprd", "attr"):
        if c.lemma.lower() in FALSITY and subject.lemma.lower() in CLAIM_NOUNS:
            return "negated", c.text
        if c.lemma.lower() in HYP_ADJ:
            return "hypothetical", c.text
        if c.lemma.lower() in FUTURE_ADJ or _scheduled(tree, c):
            return "future", c.text
    for prep in tree.children(copula.i, "prep"):  # "the withdrawal … remains under discussion"
        pobj = tree.child(prep.i, "pobj")
        if prep.lemma.lower() == "under" and pobj is not None and pobj.lemma.lower() in UNDER_WAY:
            return "hypothetical", pobj.text
        idiom = _idiom(tree, prep, pobj)
        if idiom is not None:
            return idiom
    return None, None


_SCHEDULING = frozenset({"due", "set", "slated", "poised"})


def _scheduled(tree: Tree, adjective: Token) -> bool:
    """A timetable adjective with its infinitive: "the tariffs are due to take effect", "the
    talks are set to resume"; not a cause ("the delay was due to bad weather")."""
    if adjective.text.lower() not in _SCHEDULING:
        return False
    return any(_infinitive(tree, c) for c in tree.children(adjective.i, "xcomp"))


def _idiom(tree: Tree, prep: Token, pobj: Token | None) -> tuple[str, str] | None:
    """A copula's idiom that rules its subject out or leaves it open ("is out of the question",
    "remains on the table"); "out" reaches its noun through "of"."""
    if pobj is None and prep.lemma.lower() == "out":
        of = tree.child(prep.i, "prep")
        pobj = tree.child(of.i, "pobj") if of is not None and of.lemma.lower() == "of" else None
    if pobj is None:
        return None
    value = RATED_PHRASES.get((prep.lemma.lower(), pobj.lemma.lower()))
    return (value, f"{prep.text} {pobj.text}") if value is not None else None


_OBJECTS = frozenset({"dobj", "nsubjpass"})


def _undone_stop(tree: Tree, verb: Token) -> bool:
    """A verb of stopping that did not take place: "failed to stop", "did not prevent", "could
    not halt"; the act it was to stop (its object, "the attack") went ahead. Who it did not
    keep from an act ("did not prevent civilians from leaving") is only free to do it."""
    if verb.lemma.lower() not in STOP_VERBS:
        return False
    if _modal(tree, verb)[0] == "negated":
        return True
    head = tree.head(verb.i)
    return verb.dep == "xcomp" and head is not None and _frame(tree, head, verb)[0] == "negated"


def _aside(tree: Tree, node: Token) -> bool:
    """A participle clause set off by commas ("The UAE, accused by Sudan of arming the RSF, has
    denied …") is the writer's aside, outside the frame of the clause it sits in."""
    return node.dep == "acl" and node.tag == "VBN" and node.i > 0 and tree.tok(node.i - 1).text == ","


def _to_blame(copula: Token, below: Token) -> bool:
    """A copula with "to blame" ("were to blame"): a judgement of who is responsible, not a plan."""
    return copula.lemma.lower() == "be" and below.lemma.lower() == "blame"


def _infinitive(tree: Tree, node: Token) -> bool:
    """True for a "to" infinitive clause ("to attack")."""
    return any(c.tag == "TO" for c in tree.children(node.i, "aux"))


def _frames_complement(tree: Tree, verb: Token, below: Token) -> bool:
    """True when a verb takes a "to" clause or a gerund as its complement, not as a purpose
    or an adjunct: the parser sometimes attaches "have sworn to fight", "plans to attack",
    "ruled out sending" as an adverbial clause."""
    return verb.lemma.lower() in _COMPLEMENT_FRAMES or phrasal_denial(tree, verb, below)


# Verbs of using a means of force: their "to" clause is the purpose the means serves ("used tear
# gas to disperse the crowd"), however the parser hangs it, not what was done. Other things used
# ("using its airspace to launch drones") leave the "to" clause the act itself.
_USING = words("use employ utilise utilize")
_MEANS_OF_FORCE = words("gas cannon bullet grenade spray truncheon baton force weapon")


def _means_used(tree: Tree, verb: Token, below: Token) -> bool:
    """True for a "to" clause of a verb of using a means of force: the aim of the means."""
    obj = tree.child(verb.i, "dobj")
    return (
        verb.lemma.lower() in _USING
        and obj is not None
        and obj.lemma.lower() in _MEANS_OF_FORCE
        and _infinitive(tree, below)
    )


def _gerund_object(tree: Tree, node: Token, verb: Token) -> bool:
    """A gerund right after its verb (and the verb's particle) is the verb's object, whatever
    the parser calls it: "ruled out sending troops"; "…, killing dozens" is an adjunct."""
    if node.tag != "VBG" or node.i <= verb.i:
        return False
    between = (tree.tok(k) for k in range(verb.i + 1, node.i))
    return all(t.head == verb.i and t.dep in ("prt", "neg") for t in between)


# "the first country to recognise", "the only party to vote against": a ranked noun's "to"
# clause states what happened, it is no aim or right.
_RANKS = frozenset({"first", "last", "only", "second", "third", "latest"})


def _aim(tree: Tree, node: Token, noun: Token) -> bool:
    """True for a noun's "to" clause that only states an aim or a right ("the right to fire",
    "a bid to retake the town"); a framing noun ("a plan to attack") is read by `_frame`."""
    if node.dep not in ("acl", "relcl") or noun.pos not in ("NOUN", "PROPN") or not _infinitive(tree, node):
        return False
    if any(c.lemma.lower() in _RANKS for c in tree.children(noun.i, "amod")):
        return False
    return _frame(tree, noun, node)[0] is None


def _subject_event(node: Token, verb: Token, trigger: int) -> bool:
    """A nominal event as the active subject of a verb other than one of taking place."""
    if node.i != trigger or node.dep != "nsubj" or node.pos != "NOUN":
        return False
    return verb.lemma.lower() not in OCCUR_VERBS and not arrival_of_aid(node, verb)


# Prepositions of an act left undone, alone or with the adverb before them: "without firing a
# shot", "far from attacking the city", "instead of bombing the bridge", "rather than attacking".
_ALTERNATIVES = {"without": None, "from": "far", "of": "instead", "than": "rather"}


def _alternative(tree: Tree, prep: Token) -> bool:
    """A preposition whose object is an act that did not take place instead of the clause's."""
    lemma = prep.lemma.lower()
    if prep.pos != "ADP" or lemma not in _ALTERNATIVES:
        return False
    adverb = _ALTERNATIVES[lemma]
    if adverb is None:
        return True
    head = tree.head(prep.i)
    near = [t for t in (tree.child(prep.i, "advmod"), head) if t is not None]
    return any(t.lemma.lower() == adverb and t.i == prep.i - 1 for t in near)


_NOT_YET = frozenset({"future", "hypothetical"})
_ENDS = frozenset({"until", "till"})
# A deadline given to an act ("has until Sunday to release", "have 48 hours to leave").
_DEADLINE_PREPS = frozenset({"until", "till", "by"})
_SPANS = words("hour hours day days week weeks month months deadline")


def _deadline(tree: Tree, have: Token, below: Token) -> bool:
    """An ultimatum: "have" with a time limit and the act to be done within it."""
    if below.dep not in ("xcomp", "advcl") or not _infinitive(tree, below):
        return False
    if tree.has_lemma(have.i, _DEADLINE_PREPS, "prep") is not None:
        return True
    return any(c.text.lower() in _SPANS for c in tree.children(have.i, "dobj", "npadvmod"))


_FREE_CHOICE = frozenset({"any", "anyone", "anybody", "whoever", "whichever"})


def _free_choice(tree: Tree, noun: Token) -> bool:
    """A noun picked out by "any" ("any troops who entered the capital", "anyone who crosses the
    line"): its relative clause describes whoever might do the act, not an act that was done."""
    if noun.lemma.lower() in _FREE_CHOICE:
        return True
    return any(c.lemma.lower() in _FREE_CHOICE for c in tree.children(noun.i, "det"))


def _generic_relative(tree: Tree, verb: Token, noun: Token) -> bool:
    """A relative clause in the simple present on an indefinite noun ("to pardon guerrillas who
    turn themselves in", "will shoot looters who defy the curfew"): whoever might do it, as with
    "any"; "the rebels who attack" and "guerrillas who surrendered" tell of someone's act."""
    if verb.tag not in ("VBP", "VBZ") or tree.children(verb.i, "aux", "auxpass", "neg"):
        return False
    return not tree.definite(noun.i)


def _unrealised(tree: Tree, noun: Token) -> bool:
    """True when the clause a noun belongs to is not reported as done ("threatened to fight any
    troops …", "will shoot anyone …"; not "arrested anyone who joined the protest")."""
    verb = tree.head(noun.i)
    while verb is not None and verb.pos not in ("VERB", "AUX") and verb.head != verb.i:
        verb = tree.head(verb.i)
    return verb is not None and verb.pos in ("VERB", "AUX") and _assess(tree, verb.i).value != "actual"


def _generic_subject(tree: Tree, node: Token, trigger: int) -> bool:
    """An indefinite nominal event as the subject of a clause in the future: what such an event
    would bring ("an attack on one ally will be treated as an attack on all", "a Russian offensive
    would face stiff resistance") supposes the event, it does not announce it."""
    if node.i != trigger or node.dep not in ("nsubj", "nsubjpass") or node.pos != "NOUN":
        return False
    head = tree.head(node.i)
    if head is not None and head.lemma.lower() in OCCUR_VERBS:
        return False  # "tariffs will take effect on Tuesday": the event itself is announced
    return not tree.definite(node.i)


# Frames that deny a claim or a report (not those by which one does not act: "refused to send")
_CLAIM_DENIALS = frozenset({"deny", "refute", "dismiss", "denial"}) | frozenset(DISPUTE_VERBS)


def _denied_above(tree: Tree, node: Token) -> str | None:
    """The word of a denial framing the clause at `node`, up to its speaker: what a claim denied
    says is denied whole, with its aims and conditions ("dismissed suggestions that Putin
    travelled to Minsk to persuade Lukashenko to enter the war": the entry is denied, not
    feared)."""
    below = node
    for head in tree.ancestors(node.i):
        if below.dep in _STOP_DEPS and not _content_clause(tree, below, head):
            return None
        if head.lemma.lower() in _CLAIM_DENIALS and not tree.children(head.i, "neg"):
            frame, word = _frame(tree, head, below)
            if frame == "negated":
                return word
        if head.lemma.lower() in REPORTING:
            return None
        below = head
    return None


def _combine(state: str, outer: str) -> str:
    if outer == "negated":
        return "negated"
    if outer == "hypothetical":
        return "hypothetical"
    if outer == "future" and state == "actual":
        return "future"
    return state


# Nouns whose topic is only talked about: "talks on new sanctions", "a vote on a ceasefire".
DISCUSSION = words("""talk negotiation discussion debate vote consultation proposal bill draft
    resolution motion referendum""")
_TOPIC_OF = frozenset({"on", "about", "over"})


def _discussed(tree: Tree, node: Token, prep: Token) -> bool:
    """An event named only as the topic of talks, as no known occurrence: "talks on new sanctions
    against Iran", "a vote on a ceasefire", "talks on the withdrawal of Russian troops" (but
    "talks on the truce"; topics.py)."""
    if node.dep != "pobj" or prep.lemma.lower() not in _TOPIC_OF or prep.head == prep.i:
        return False
    return tree.tok(prep.head).lemma.lower() in DISCUSSION and not known(tree, node)


# Verbs by which a planned act does not take place, or only later ("postponed").
CANCELLING = dict.fromkeys(words("cancel scrap abandon shelve axe scrub"), "negated") | {"postpone": "future"}


def _cancelled(tree: Tree, verb: Token, node: Token) -> str | None:
    """How a verb of cancelling reads its object: "scrapped the drills", "the planned deployment
    was scrapped", "called off the strike" → negated; "postponed the talks" → future."""
    if node.dep not in ("dobj", "nsubjpass"):
        return None
    lemma = verb.lemma.lower()
    if lemma == "call" and tree.has_lemma(verb.i, _OFF, "prt") is not None:
        return "negated"
    return CANCELLING.get(lemma)


_OFF = frozenset({"off"})


def _content_clause(tree: Tree, node: Token, noun: Token | None) -> bool:
    """A claim noun's "that" clause the parser labelled a relative clause: "Moscow's claims that
    Kyiv attacked the bridge" ("that" a mark, not the clause's subject or object)."""
    if node.dep != "relcl" or noun is None or noun.lemma.lower() not in CLAIM_NOUNS:
        return False
    return tree.has_lemma(node.i, frozenset({"that"}), "mark") is not None


def assess(tree: Tree, trigger: int) -> Factuality:
    """Factuality of the event whose trigger is token `trigger`, up to its asserter."""
    fact = _assess(tree, trigger)
    if fact.value in ("actual", "future") and polar_question(tree):
        return Factuality("hypothetical", "?", fact.serves)
    if fact.value != "negated":
        word = falsified(tree, trigger)
        if word is not None:
            return Factuality("negated", word, fact.serves)
    return fact


def _assess(tree: Tree, trigger: int) -> Factuality:
    aim = aim_conjunct(tree, trigger)
    if aim is not None:  # "a proposal aimed at securing a truce and the withdrawal of …"
        return _assess(tree, aim)
    node = tree.tok(trigger)
    lead = tree.first_conjunct(trigger) or node  # "provides for a truce and the withdrawal of …"
    state, cue = _modal(tree, node)
    if state in (None, "future") and _no_object(tree, node):
        state, cue = "negated", "no"  # "held no talks", "sent no troops": nothing of the kind was done
    if state is None and unowned_danger(tree, node):
        state, cue = "hypothetical", node.text  # "the threat of a Russian attack"
    value = state or "actual"
    setting = False  # under a preposition of time: only tense and modality above reach the event
    while True:
        dep = node.dep
        head = tree.head(node.i)
        if value == "future" and not setting and on_condition(tree, node, trigger):
            value, cue = "hypothetical", "if"  # "will halt exports if Kyiv keeps blocking transit"
        opener = opening_condition(tree, node) if node.pos in ("VERB", "AUX") and not setting else None
        served = conditioned(tree, node, opener) if opener is not None else None
        if opener is not None and (opener[-1].text.lower() not in PRICE or _not_yet_served(tree, served)):
            return Factuality("hypothetical", opener[-1].text, serves=served)  # "but only if Kyiv withdrew"
        if dep == "relcl" and head is not None and _aim(tree, node, head):
            return Factuality("hypothetical", "to")  # "a bill to send aid": the parser's "relcl" for "acl"
        # "to fight any troops who entered the capital", "to pardon guerrillas who turn themselves in"
        if dep == "relcl" and head is not None and _free_choice(tree, head) and _unrealised(tree, head):
            return Factuality("hypothetical", "any")
        generic = dep == "relcl" and head is not None and _generic_relative(tree, node, head)
        if generic and head is not None and _unrealised(tree, head):
            return Factuality("hypothetical", node.text)
        if (dep in _STOP_DEPS and not _content_clause(tree, node, head)) or node.head == node.i:
            break
        if head is not None and dep == "conj" and matrix_conjunct(tree, node, head):
            head = tree.tok(head.head)  # "denied that it was using gas and blamed Chisinau"
        if head is None or reduced_denial(tree, head) or _aside(tree, node):
            break
        if node.dep in _OBJECTS and _undone_stop(tree, head):
            break  # "failed to stop the attack": the attack went ahead
        if node.i == trigger and replied_topic(tree, node, head):
            break
        if dep == "pobj" and value == "actual" and later(tree, head):
            value, cue = "future", head.text  # "came days before the APEC summit": still to come
        if dep == "pobj" and head.lemma.lower() in TEMPORAL_PREPS:
            setting = True  # "ordered patrols after violent protests": the protests were not ordered
        if dep in ("pcomp", "pobj") and _alternative(tree, head):
            return Factuality("negated", head.text)  # "far from attacking", "without firing a shot"
        if node.i in (trigger, lead.i) and _discussed(tree, node, head):
            return Factuality("hypothetical", tree.tok(head.head).text)  # "talks on new sanctions"
        if (
            node.i in (trigger, lead.i)
            and value == "actual"
            and provided(tree, node, head, tree.tok(trigger))
        ):
            value, cue = "future", tree.tok(head.head).text  # "the agreement on the withdrawal"
            if tree.tok(head.head).lemma.lower() == "call":  # "the plan calls for": no one's demand
                return Factuality(value, cue)
        complement = (_infinitive(tree, node) or _gerund_object(tree, node, head)) and _frames_complement(
            tree, head, node
        )
        if tree.contrast(node.i):
            break  # "would increase patrols, while the EU called on …": the contrast keeps its own reading
        if dep == "xcomp" and _means_used(tree, head, node):
            return Factuality("hypothetical", "to", serves=head.i)  # "used tear gas to disperse …"
        if dep == "advcl" and contingent(tree, head, node):
            return Factuality("hypothetical", head.text)  # "depended on the government meeting …"
        if dep == "advcl" and not complement:
            mark = tree.has_lemma(node.i, CONDITIONAL, "mark")
            if mark is not None or _infinitive(tree, node):
                denial = _denied_above(tree, head)
                if denial is not None:  # "dismissed suggestions that Putin travelled to persuade …"
                    return Factuality("negated", denial)
            mark = (
                mark or restricted_time(tree, node) or inverted_head(tree, node)
            )  # "only once …", "Should X attack, …"
            if mark is not None:
                return Factuality("hypothetical", mark.text, serves=head.i)
            if assembly_purpose(tree, node, head):  # "gathered in the square to protest": the protest
                return _assess(tree, head.i)
            if _infinitive(tree, node) and journey_purpose(tree, node, head):
                trip = _assess(tree, head.i)
                if trip.value == "future":  # "is expected to return next week to discuss the plan"
                    return Factuality("future", "to", serves=head.i)
            if _infinitive(tree, node):
                return Factuality("hypothetical", "to", serves=head.i)  # purpose: "moved troops to attack"
            until = awaited(tree, node, head)
            if until is not None and value == "actual" and _not_yet_frame(tree, until[1]):
                # "will continue its attacks until Israel ends its war", "would halt its offensive
                # once Eritrean troops left": what the act waits on is a condition (an end folds
                # into the act it ends; "once the SDF withdraws" stays an event of its own)
                serves = until[1].i if until[0].lemma.lower() in _ENDS else None
                return Factuality("hypothetical", until[0].text, serves=serves)
            if value == "actual" and later_clause(tree, node):
                return Factuality("future", "before")  # "came a week before leaders gather"
            if value == "actual":
                outer, word = _modal(tree, head)
                # "will meet after the truce took effect": a past clause under "will" has happened
                # (under a reported "would" the past is only shifted: "would send once pilots were trained")
                if outer == "future" and (word == "would" or not past(tree, node)):
                    return Factuality("future", word)
                if outer == "hypothetical" and not past(tree, node):
                    return Factuality("hypothetical", word)  # "could enter once the SDF withdraws"
            break
        if _aim(tree, node, head):  # "the right to fire", "a bid to retake the town"
            return Factuality("hypothetical", "to", serves=head.i)
        if node.i == trigger and value == "actual" and presupposed_subject(tree, node, head):
            return Factuality("actual", None)  # "warned the siege of Djibo could cause famine"
        outer, word = _modal(tree, head)
        if word == "would have" and dep == "nsubj" and tree.definite(node.i):
            break  # "the Russian missile barrage would have destroyed the plant": the barrage came
        if dep == "conj" and outer is not None and _modal(tree, node)[0] is not None:
            outer = None  # "would not be drawn into a war but could ask allies": its own "could"
        if dep == "conj" and outer == "negated" and own_clause(tree, node, head):
            outer = None  # "has not attended the talks and has fired rockets", "…, but Moscow withdrew"
        if outer == "future" and _generic_subject(tree, node, trigger):
            outer = "hypothetical"  # "an armed attack would invoke the treaty": any attack, if one came
        if outer == "negated" and head.lemma.lower() in HESITANT:  # "would not hesitate to"
            outer = "future" if any(c.tag == "MD" for c in tree.children(head.i, "aux")) else None
        if outer == "negated" and (setting or _subject_event(node, head, trigger)):
            outer = None  # "did not respond after the attack", "the attack did not stop exports"
        if outer == "negated" and node.dep != "conj" and head.lemma.lower() in CONFIRMING:
            outer = "hypothetical"  # "could not verify the report that …": unconfirmed, not denied
        if outer and not (outer == "negated" and head.lemma.lower() in REPORTING):
            new = _combine(value, outer)
            if new != value:
                value, cue = new, word
        # a conjunct is an act beside its head's, not framed by it ("thwarted a coup and
        # arrested officers": the arrests took place); it shares the head's modal and negation
        framed = not setting and dep != "conj"
        frame, fword = _frame(tree, head, node) if framed else (None, None)
        if node.i == trigger and node.lemma.lower() in DENY_OBJECTS:
            frame = None  # "rejected Ukrainian accusations": the accusation was made; its content is denied
        if frame:
            new = _combine(value, frame)
            if new != value:
                value, cue = new, fword
        cancelled = _cancelled(tree, head, node)
        if cancelled and (value == "future" or cancelled == "future" or not tree.definite(node.i)):
            # "the planned deployment was scrapped"; "their meeting was postponed" is still to come
            value, cue = _combine(value, cancelled), head.text
        if head.lemma.lower() in REPORTING and head.pos in ("VERB", "AUX"):
            if retracted_saying(tree, head):  # "withdrew a statement saying troops had seized …"
                value, cue = _combine(value, "hypothetical"), tree.tok(tree.tok(head.head).head).text
            break
        node = head
    return Factuality(value, cue)
