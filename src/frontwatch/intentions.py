"""Events a sentence implies besides the one it announces (step 5 of event coding, code.py).

- A stated intention is a verbal act of its own: AGREE for a cooperative act, THREATEN for a
  conflictual one ("Hungary said it will support …", "is willing to withdraw", "will withdraw
  its peacekeepers unless …"); the announced act keeps its `future` factuality.
- Preparing an attack is a show of military readiness that has happened: MOBILIZE besides the
  future ASSAULT ("the army prepared to resume shelling").
"""

from __future__ import annotations

from dataclasses import replace

from .attribution import find_source
from .clauses import condition, polar_question
from .embedded import ASK_MODES
from .factuality import Factuality, assess
from .factuality_words import FUTURE_TENSE, OUTSIDE_VOICES, RATED_PHRASES, REPORTING
from .lexicon import Lexicon
from .models import Entity, Event, event_id
from .nlp import Token
from .resolve.actor_entries import role_nouns
from .syntax import ACCUSING, PHASE, Tree, words
from .triggers import Candidate

# A stated intention is also a verbal act of its own (PLOVER codebook): AGREE "offer, promise, or
# otherwise indicate willingness … to cooperate" — "all cooperative actions reported in future
# tense are also taken to imply intentions" — and THREATEN for an announced conflictual act
# ("said they would boycott all contact", "will withdraw its peacekeepers unless …"). The announced
# act keeps its `future` factuality; the statement is coded besides it, as an actual event.
_COOPERATIVE = frozenset({"AID", "COOPERATE", "RETREAT", "CONCEDE", "SUPPORT", "CONSULT"})
THREAT_OF = {"ASSAULT": "violence", "SANCTION": "relations", "PROTEST": "restrict", "COERCE": "restrict"}
THREAT_MODE_OF = {("SANCTION", "expel"): "expel", ("COERCE", "arrest"): "arrest",
                  ("COERCE", "seize"): "territory", ("COERCE", "curfew"): "restrict"}  # fmt: skip
# Frames that state the actor's own commitment even when the outlet reports it ("is willing to").
_WILLING = words("""willing ready prepared determined sworn swore swear vowed vow vows vowing intends
    intend intended""")
# Withdrawing these reduces an intervention: a threat, not a concession ("withdraw its peacekeepers").
_INTERVENTION = words("""peacekeeping peacekeeper inspector observer monitor mission worker staff
    diplomat ambassador envoy embassy""")
_STATE_VOICE = words("state state-run state-owned official government-run")
# An intention stated is no vow: "intends to expel the ambassador" announces a measure, as "will".
_INTENDING = words("intends intend intended")
# A timetable or an expectation states no one's commitment, even in the actor's own voice: "Putin
# is due to travel to Beijing, the Kremlin said", "talks are expected to resume", "is set to sign".
_SCHEDULED = words("""due set expect expected schedule scheduled slate slated slat poise poised likely
    upcoming""")
# A hostile act of one's own told as a possibility on the target's conduct ("hinted that it might
# freeze its aid if China conducted another test") threatens as an announced one does; only in the
# actor's own voice, and only with the condition ("warned that Tehran could end its cooperation"
# states a possibility, gold p121003).
_POSSIBLE = frozenset({"could", "may", "might"})


def _preparing(tree: Tree, cand: Candidate) -> Token | None:
    """The verb "prepare" an act is the aim of ("prepared to resume shelling", "is preparing an
    offensive"); not the adjective of a commitment ("is prepared to lift the ban")."""
    node = tree.tok(cand.anchor)
    if cand.anchor != cand.i and node.lemma.lower() == "prepare":
        return node
    for _ in range(3):  # through "to resume", "to begin"
        head = tree.head(node.i)
        if node.dep not in ("xcomp", "advcl") or head is None or head.pos != "VERB":
            return None
        if head.lemma.lower() == "prepare":
            return head
        node = head
    return None


def preparation(tree: Tree, cand: Candidate, event: Event, lexicon: Lexicon) -> Event | None:
    """Preparing an attack is a show of military readiness that has happened (CAMEO 15, PLOVER
    MOBILIZE) besides the attack, which stays `future`: "the army prepared to resume shelling"."""
    prep = _preparing(tree, cand) if event.event_type == "ASSAULT" and event.factuality == "future" else None
    if prep is None or assess(tree, prep.i).value != "actual":
        return None
    return replace(
        event,
        id=event_id(event.article_id, event.evidence.sentence_index, prep.idx, "MOBILIZE"),
        event_type="MOBILIZE",
        mode="troops",
        contexts=lexicon.types["MOBILIZE"].contexts,
        factuality="actual",
        evidence=replace(event.evidence, trigger=prep.text),
        intensity=lexicon.intensity("MOBILIZE", "troops"),
        confidence=round(max(0.05, event.confidence - 0.1), 2),
    )


def _future_tense(tree: Tree, verb: int) -> str | None:
    """The future modal of a clause ("will", "won't", a reported "would"), or None."""
    for c in tree.children(verb, "aux"):
        if c.text.lower() in FUTURE_TENSE:
            return c.text.lower()
    return None


def _conditional(tree: Tree, verb: int) -> bool:
    """True when the clause carries a condition: "will withdraw … unless …", "Should talks fail, …";
    a condition on a verb of phase conditions its complement ("would resume fighting if …")."""
    node = tree.tok(verb)
    heads = [verb]
    if node.dep == "xcomp" and node.head != verb and tree.tok(node.head).lemma.lower() in PHASE:
        heads.append(node.head)
    return any(tree.has_lemma(c.i, _UNLESS, "mark") is not None or condition(tree, c)
               for h in heads for c in tree.children(h, "advcl")) or _any_comer(tree, verb)  # fmt: skip


_ANY = frozenset({"any", "anyone", "anybody", "whoever"})


def _any_comer(tree: Tree, verb: int) -> bool:
    """True when the act falls on whoever offends, not on a party named: "would seize any tanker
    that violated its waters", "will board any vessel entering the zone", "would shoot anyone who
    crossed". The act waits on someone's conduct, as under "if": a warning, not a measure decided."""
    objs = list(tree.children(verb, "dobj"))
    objs += [o for p in tree.children(verb, "prep") for o in tree.children(p.i, "pobj")]
    return any(o.lemma.lower() in _ANY or tree.has_lemma(o.i, _ANY, "det") is not None for o in objs)


_UNLESS = frozenset({"unless"})
# Measures a government announces ("would impose martial law", "will ban imports of North Korean
# goods"): PLOVER THREATEN needs a target warned of a consequence, so a measure is a threat only
# when it hangs on the target's conduct ("… if Pyongyang conducts another test"), is sworn or
# offered ("vowed to impose sanctions", "is ready to") or is announced to press a demand ("would
# blockade Paris to demand an end to the reform"); announced outright it is a decision, coded as
# the future measure alone. Force and protest announced stay threats ("will strike back"), and so
# does an intervention withdrawn (CAMEO 136: "will withdraw weapons inspectors from Iraq").
_MEASURES = frozenset({"COERCE", "SANCTION"})
# Aims by which a measure presses someone ("to demand an end to", "to force the government to").
_PRESSING = words("demand press force compel pressure push coerce protest")


# Sectors of a state's own authorities, whose announced measure is a decision of state.
_AUTHORITIES = frozenset({None, "GOV", "MIL", "COP", "JUD", "LEG"})


def _decided(tree: Tree, cand: Candidate, event: Event, willing: bool) -> bool:
    """True for a measure a state's authorities announce outright: no condition, vow or demand
    pressed ("Japan will ban imports", "would impose martial law"). Farmers or strikers announcing
    a blockade press the government with it: a threat ("would blockade Belgrade next week")."""
    if willing or _pressing(tree, cand.anchor):
        return False
    return bool(event.actors) and all(a.sector in _AUTHORITIES for a in event.actors)


def _pressing(tree: Tree, verb: int) -> bool:
    """True when the measure's clause states an aim of pressing someone ("would blockade Paris to
    demand an end to the reform", "to force the government to resign")."""
    return any(c.lemma.lower() in _PRESSING for c in tree.children(verb, "advcl", "xcomp"))


# What a refusal refuses (PLOVER REJECT: "refuse … to cooperate, … to meet, … to yield"): a
# cooperative act, or an agreement ("will not extend the deal"). Refusing an attack, a sanction or
# a protest ("would not attack") refuses nothing anyone asked for, and states no threat either.
_REFUSABLE = _COOPERATIVE | {"AGREE"}
# Declining an agreement is no refusal to meet: REJECT with no narrower mode.
_REFUSAL_MODE = {**ASK_MODES, "AGREE": None}


def _refusable(tree: Tree, cand: Candidate, etype: str) -> bool:
    """True when not doing the act refuses something: a cooperative act or an agreement, or sending
    observers, monitors or peacekeepers, which go only where they are asked for ("would not send
    observers to monitor the vote"); not sending troops may be no refusal of anything."""
    if etype in _REFUSABLE:
        return True
    return etype == "MOBILIZE" and _intervention_object(tree, cand)


def _intervention_object(tree: Tree, cand: Candidate) -> bool:
    """True when the verb's object is an intervention's staff ("its peacekeepers", "observers")."""
    objs = [k for c in tree.children(cand.i, "dobj") for k in tree.subtree(c.i)]
    return any(tree.tok(k).lemma.lower() in _INTERVENTION for k in objs)


# The cues of a copula idiom that rules an act out ("out of the question", "off the table").
_RULED_OUT = frozenset(
    f"{prep} {noun}" for (prep, noun), value in RATED_PHRASES.items() if value == "negated"
)


def _ruled_out(cue: str) -> bool:
    """True for the cue of an idiom that rules an act out: the speaker refuses it."""
    return cue in _RULED_OUT


# Refusing to exclude an act keeps it on the table: "refused to rule out using military force"
# threatens the force (PLOVER THREATEN: "indicate … willingness to use force") and refuses
# nothing anyone asked for; the same holds for not ruling out a force noun ("did not rule out
# military action").
_REFUSING = words("refuse decline")
_FORCE_NOUNS = words("action intervention retaliation force strike attack invasion")
_OUT = frozenset({"out"})
# Acts whose being left open threatens: those a promise threatens, and sending troops.
_LEFT_OPEN = {**THREAT_OF, "MOBILIZE": "violence"}


def left_open(tree: Tree, cand: Candidate) -> tuple[str, str | None] | None:
    """What a refusal to rule an act out states: ("THREATEN", mode) when the act left open is a
    conflictual one, ("", None) when it is none (no event at all: "refused to rule out an early
    election" neither refuses nor threatens), None when the trigger is no such refusal."""
    verb = tree.tok(cand.i)
    lemma = verb.lemma.lower()
    if lemma == "rule" and tree.has_lemma(cand.i, _OUT, "prt") and tree.child(cand.i, "neg") is not None:
        obj = tree.tok(cand.obj) if cand.obj is not None else None
        return ("THREATEN", "violence") if obj is not None and obj.lemma.lower() in _FORCE_NOUNS else None
    if lemma not in _REFUSING:
        return None
    ruling = next((c for c in tree.children(cand.i, "xcomp") if _rules_out(tree, c)), None)
    if ruling is None:
        return None
    acts = [c for c in cand.inner or [] if tree.is_under(c.anchor, ruling.i)]
    threats = [(c.entries[0].event_type, c.mode or c.entries[0].mode or "") for c in acts]
    threats = [t for t in threats if t[0] in _LEFT_OPEN]
    if not threats:
        return "", None
    specific = next((THREAT_MODE_OF[t] for t in threats if t in THREAT_MODE_OF), None)
    return "THREATEN", specific or _LEFT_OPEN[threats[0][0]]


def _rules_out(tree: Tree, verb: Token) -> bool:
    """ "rule out", "exclude": verbs by which a speaker takes an act off the table."""
    lemma = verb.lemma.lower()
    return lemma == "exclude" or (lemma == "rule" and tree.has_lemma(verb.i, _OUT, "prt") is not None)


def _one_sided_plan(event: Event, cue: str, willing: bool) -> bool:
    """True for a plan that offers nothing to anyone: no future tense or commitment frame, and no
    counterpart ("plans to train local volunteers"). AGREE is willingness to cooperate with a
    party; a plan toward one ("plans to send aid to Sudan") still expresses that intent."""
    if cue in FUTURE_TENSE or willing:
        return False
    return not any(r.country for r in event.recipients) and len(event.actors) < 2


def _outside_voice(tree: Tree, speaker: int, att: Entity | None) -> bool:
    """True for a speaker who reports on a party rather than speaking for it: the press
    ("Israeli media", "the Haaretz newspaper") and hearsay ("Russian sources", "analysts"). State
    media speak for their state ("state television", "the official news agency")."""
    head = tree.tok(speaker)
    mods = {tree.tok(k).lemma.lower() for k in tree.subtree(speaker) if k != speaker}
    if mods & _STATE_VOICE:
        return False
    return head.lemma.lower() in OUTSIDE_VOICES or (att is not None and att.sector == "MED")


def _agentless(tree: Tree, verb: int) -> bool:
    """True for a passive clause that names no agent ("the treaty will not be signed")."""
    return tree.child(verb, "nsubjpass") is not None and tree.child(verb, "agent") is None


def intention(tree: Tree, cand: Candidate, event: Event, fact: Factuality, lexicon: Lexicon) -> Event | None:
    """The AGREE or THREATEN that a stated intention is besides the announced act: the actor's
    own announcement ("Hungary said it will support …", "X will provide aid, the ministry said")
    or a commitment frame ("is willing to withdraw", "have sworn to fight", "will withdraw its
    peacekeepers unless …")."""
    if cand.nominal and cand.anchor == cand.i:
        return None  # "the planned drills": no one states anything
    if polar_question(tree):
        return None  # "Is Hamas ready to give up its weapons?": no one offers anything
    if fact.value == "future" and fact.cue == "to":
        return None  # "will send its minister to Yerevan to discuss the route": the trip is the plan stated
    cue = (fact.cue or "").lower()
    willing = fact.value in ("future", "hypothetical") and cue in _WILLING and _preparing(tree, cand) is None
    conditional = fact.value == "future" or (fact.value == "hypothetical" and fact.cue == "if")
    willing = willing or (conditional and _conditional(tree, cand.anchor))
    possible = (
        fact.value == "hypothetical"
        and cue in _POSSIBLE
        and event.event_type in THREAT_OF
        and _conditional(tree, cand.anchor)
    )
    # "Syria says it will not accept refugees": the statement is a refusal (CAMEO 12)
    # (its own negation: "rejecting reports that the army would pull out" denies a report)
    cue_word = (fact.cue or "").split()[-1:]  # "would not": "not"
    own_negation = fact.value == "negated" and any(
        [tree.tok(k).text] == cue_word for k in tree.subtree(cand.anchor)
    )
    refused_with = _future_tense(tree, cand.anchor) if own_negation else None
    # "said lifting the sanctions is out of the question": ruling an act out refuses it
    ruled_out = fact.value == "negated" and _ruled_out(cue)
    refused_with = refused_with or (cue if ruled_out else None)
    refusal = refused_with is not None
    cue = refused_with or cue
    if fact.value != "future" and not willing and not refusal and not possible:
        return None
    att = event.attribution
    speaker = (att.country or att.name) if att is not None else None
    # "Pashinyan said the treaty will not be signed": who refuses an agentless act is the speaker
    # (a named party's, not "officials said …": whose officials is only guessed)
    named = att is not None and att.country is not None and att.name not in role_nouns()
    agentless = _agentless(tree, cand.anchor) or (ruled_out and tree.child(cand.anchor, "nsubj") is None)
    if refusal and named and att is not None and not event.actors and agentless:
        event = replace(event, actors=(att,))
    # the actors' countries; for actors the dictionary does not know, their names
    own = {a.country for a in event.actors if a.country} or {a.name for a in event.actors}
    if cue in _SCHEDULED and not willing:
        return None
    if speaker in own and not willing:  # said, announced — not "is expected to"
        src = find_source(tree, cand.anchor)
        verb = tree.tok(src.verb).lemma.lower() if src is not None and src.verb is not None else None
        if verb is not None and (verb not in REPORTING or verb in ACCUSING):
            # "prosecutors accuse Machar of ordering troops to overrun …": the order is the
            # accused's, alleged by another; no one states an intention
            speaker = None
        elif src is not None and _outside_voice(tree, src.speaker, att):
            # "X plans to expand the operation, Israeli media reported": the press reports a
            # plan; the actor announced nothing
            speaker = None
    # "X will visit Y, the ministry said": the codebook's "cooperative actions … in future tense";
    # the reporter need not be a party the dictionary knows ("the World Food Program (WFP) said"),
    # but hearsay about a party's plan toward no one ("will host talks, according to diplomats")
    # is no pledge by the party: only a plan toward a counterpart offers it something
    src = find_source(tree, cand.anchor)
    hearsay = src is not None and _outside_voice(tree, src.speaker, att)
    reported = (
        cue in FUTURE_TENSE
        and event.event_type in _COOPERATIVE
        and (event.attribution is not None or src is not None)
        and (not hearsay or any(r.country for r in event.recipients))
    )
    if not own or not (willing or speaker in own or reported) or (possible and speaker not in own):
        return None
    etype, mode = event.event_type, event.mode
    if etype == "RETREAT" and mode == "withdraw" and cand.obj is None and _intervention_object(tree, cand):
        etype = "SANCTION"  # withdrawing peacekeepers or inspectors: a threat to reduce ties
    if refusal:
        if not _refusable(tree, cand, etype):
            return None  # "will not attack": no threat, and no refusal of anything asked
        new_type, new_mode = "REJECT", _REFUSAL_MODE.get(etype, "assist")
    elif etype in _COOPERATIVE:
        if _one_sided_plan(event, cue, willing):
            return None
        new_type, new_mode = "AGREE", None
    elif event.event_type in _MEASURES and _decided(
        tree, cand, event, possible or (willing and cue not in _INTENDING)
    ):
        return None  # "Japan will ban imports, Abe said": a measure announced, no one threatened
    elif etype in THREAT_OF:
        new_type, new_mode = "THREATEN", THREAT_MODE_OF.get((etype, mode or ""), THREAT_OF[etype])
    else:
        return None
    # the actor's own statement, unless the sayer is unnamed people whose country the scene
    # guessed ("…, officials said"): whose officials is not known, the report stays theirs
    unnamed = att is not None and att.name in role_nouns()
    attribution = None if speaker in own and not unnamed else event.attribution
    return replace(
        event,
        id=event_id(event.article_id, event.evidence.sentence_index, tree.tok(cand.i).idx, new_type),
        event_type=new_type,
        mode=new_mode,
        contexts=lexicon.types[new_type].contexts,
        factuality="actual",
        attribution=attribution,
        intensity=lexicon.intensity(new_type, new_mode),
        confidence=round(max(0.05, event.confidence - 0.1), 2),
    )
