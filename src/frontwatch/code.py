"""Stage 5 — code PLOVER events from parsed sentences.

    code_events(doc, article, lexicon, actors) -> list[CodedEvent]

For each parsed sentence:
  1. find triggers (triggers.py, through the `Lexicon` of triggers.yaml): verbs with their
     particle/object patterns ("call for", "hold > talk"), nouns and multiword nouns, and light
     verbs that take their event from a noun object ("carried out strikes", "imposed sanctions on");
  2. drop embedded events that only say what was demanded, threatened, agreed or refused
     ("urged Russia to withdraw" is one REQUEST, mode yield) and nested duplicates (embedded.py);
  3. read actors and recipients off the parse (roles.py, over participants.py): subject, passive
     agent, object and the type's recipient prepositions; conjuncts become several actors;
     nominal events take possessives, "by"/"from" phrases, demonyms and "of" phrases; pronouns
     and "the two countries" resolve from earlier sentences;
  4. factuality (factuality.py) and attribution (attribution.py) of each event, and a denied
     copy beside a claim its sentence or the next ones deny (denials.py); an act that only
     states the aim or the condition of another coded event is dropped ("opened fire to disperse
     the crowd", "will boycott … unless the president agrees to resign"), and so is damage a
     protest's own participle tells ("rioted, setting fire to mattresses": one riot);
  5. mode, contexts, intensity and a confidence that drops when the actor is missing or
     inferred, the trigger ambiguous or the parse odd; type rewrites that depend on the whole
     event (joint drills, promised force or a promise not to yield, rallied support,
     peacekeeping, damage done by protesters); and the events a stated intention or a
     preparation implies besides the announced act (intentions.py).

This module holds the per-sentence loop, which runs the steps in order, and step 5 itself;
steps 1–3, the denials and the implied events live in the modules named above, and the
events another event of the sentence absorbs or re-reads in folding.py.

Pure: no I/O, no globals; the back-reference state lives in a local `Discourse`.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from .attackerless import IMPACT_FORMS, weapon_impacts
from .attribution import UNNAMED_SOURCE, find_source
from .blame import blamed, serves_another
from .brokers import broker_candidates, broker_mentions, broker_refs
from .charges import CHARGED_AS_ACCUSATION, charged_roles
from .denials import answered_claim, denial_of, denied_accusation, unknown
from .embedded import ASK_MODES, EMBEDDING, past_cause, prune
from .factuality import CANCELLING, Factuality, assess
from .folding import (
    CAPTIVITY,
    fold_launches,
    folded_roles,
    gerunds,
    launchers,
    no_event_of_its_own,
    protest_damage,
    released_captive,
    restated_strike,
    restates,
    stopping_others,
    takes_folded,
    toll_of,
    toll_participle,
)
from .general_senses import other_sense
from .home_state import speakers_state
from .intentions import THREAT_MODE_OF, THREAT_OF, intention, left_open, preparation
from .lexicon import Lexicon, Trigger
from .mishaps import accidental_cause
from .models import Article, CodedEvent, Entity, Event, Evidence, event_id
from .modes import WEAPONS, event_mode
from .nlp import ParsedDoc, Sentence
from .owners import owned_party
from .participants import Discourse, Participants, Ref
from .partyless import (
    going_on,
    may_report_without_party,
    outcome_of_another,
    reported_without_party,
    unknown_name,
)
from .resolve.officeholders import first_office
from .resolve.toponyms import PLACE_ENTS, SETTLEMENT_NOUNS
from .retyping import (
    MOVE,
    MOVE_UNLESS_ABROAD,
    armed_entry,
    attacked_as,
    boycott_type,
    carrier_suspension,
    crowd_attack,
    ended_by_force,
    halted_flow,
    natural_cause,
    no_comment,
    opened_to_refugees,
    peacekeeping,
    suspended_party,
    to_another_state,
)
from .roles import (
    answered_party,
    clause_recipients,
    combatants,
    posts_left,
    protesters,
    read_roles,
)
from .scene import PLACE_NOUNS
from .stern_measures import announced_threat
from .syntax import PHASE, Tree, words
from .told_again import note_told, told_again
from .trigger_extras import OBLIGING, armed_objects, figurative_weapon, owned_unit
from .triggers import Candidate, find_candidates, unclaimed
from .withdrawals import withdrawal

if TYPE_CHECKING:
    from .resolve.actors import ActorDictionary, ActorMention

_NEEDS_RECIPIENT = frozenset({"ASSAULT", "ACCUSE", "SANCTION", "COERCE", "REQUEST", "THREATEN", "AID"})
# Framing verbs whose subject is the feared or alleged act's target when the act names none:
# "Ukraine fears an offensive", "Russia accused Ukraine of attacking the Crimean bridge".
_VICTIM_FRAMES = frozenset({"fear", "worry", "concern", "warn", "fears", "accuse", "blame"})
_VICTIM_TYPES = frozenset({"ASSAULT", "COERCE", "THREATEN", "MOBILIZE"})
# Operations a party conducts and may say go on (strikes, a blockade, exercises).
_OPERATIONS = frozenset({"ASSAULT", "COERCE", "MOBILIZE"})
# Verbs of demolition (COERCE when a state pulls down homes): by protesters, vandalism.
_DEMOLISHING = words("demolish bulldoze")
_EXERCISES = words("drill exercise maneuver manoeuvre patrol game")
# Unilateral promises: what is promised decides between AGREE and THREATEN ("agreed to impose
# sanctions" stays an agreement among the parties).
_PROMISING = words("pledge promise vow swear offer")
# A call on others to support or oppose a third party is itself support or criticism (CAMEO 053
# "rally support on behalf of", 113 "rally opposition against"; PLOVER SUPPORT, ACCUSE).
_RALLIED = {"SUPPORT": None, "ACCUSE": "disapprove"}


def _complement_head(tree: Tree, anchor: int) -> int:
    """The verb an embedded event's clause hangs from, skipping verbs of phase ("pledged to
    continue sending aid": what is promised is the aid)."""
    head = tree.tok(anchor).head
    node = tree.tok(head)
    if node.lemma.lower() in PHASE and node.dep in ("xcomp", "advcl", "ccomp") and node.head != head:
        return node.head
    return head


def code_events(
    doc: ParsedDoc,
    article: Article,
    lexicon: Lexicon,
    actors: ActorDictionary,
    unattached: set[int] | None = None,
) -> list[CodedEvent]:
    """PLOVER events of one parsed article (location and date left for the resolvers).

    `unattached`, when given, collects the indexes of sentences where a trigger was found but
    no known party to attach it to: statistical NER may find one there ("Ethnic Albanians")."""
    on: date | None = article.published.date() if article.published else None
    discourse = Discourse()
    out: list[CodedEvent] = []
    seen: set[str] = set()
    partyless: set[str] = set()  # events the sentence reports though it names no known party
    people: dict[str, Entity] = {}  # an undated article's people as first met (first_office)
    for sentence in doc.sentences:
        mentions = actors.match(sentence, on) if sentence.tokens else []
        if on is None:  # no date to pick a person's term: their first mention's office holds
            mentions = first_office(mentions, people)
        parts: Participants | None = None
        if sentence.parsed and sentence.tokens:
            tree = Tree(sentence)
            brokers = broker_mentions(tree, mentions)  # "a Russian-brokered ceasefire": no party of it
            away = [m for ms in brokers.values() for m in ms]
            parts = Participants(tree, [m for m in mentions if m not in away], discourse)
            for item in _code_sentence(tree, parts, article, lexicon, brokers, unattached, partyless):
                if item.event.id not in seen:
                    seen.add(item.event.id)
                    item = answered_claim(item, out)
                    if item.event.actors or not unknown(item.event.recipients) or item.event.id in partyless:
                        out.append(item)
            denial = denied_accusation(tree, parts, article, out)
            if denial is not None and denial.event.id not in seen:
                seen.add(denial.event.id)
                out.append(denial)
        if parts is not None:
            mentions = parts.mentions  # a dateline's place is where the reporter filed from: no antecedent
        for m in mentions:
            if m.kind == "sector" and m.entity.country is None and parts is not None:
                refs = parts.entities(_head_of(sentence, m.start, m.end))
                if refs and refs[0].entity.country:
                    discourse.note(refs[0].entity, "sector")
                continue
            placed = m.start > 0 and sentence.tokens[m.start - 1].text.lower() in _PLACE_PREPS
            if (m.entity.country or m.kind == "person") and not placed:  # "talks in Washington"
                discourse.note(m.entity, m.kind)
        subject = _main_subject(sentence, mentions)
        if subject is not None:  # the subject is the likeliest antecedent of the next "he"/"it"
            discourse.note(subject.entity, subject.kind)
    return out


def _main_subject(sentence: Sentence, mentions: list[ActorMention]) -> ActorMention | None:
    if not sentence.parsed:
        return None
    roots = [t.i for t in sentence.tokens if t.head == t.i]
    for m in mentions:
        head = sentence.tokens[_head_of(sentence, m.start, m.end)]
        if head.dep == "nsubj" and head.head in roots and (m.entity.country or m.kind == "person"):
            return m
    return None


# Referring words whose antecedent the dictionary cannot see in the sentence itself.
_REFERRING = frozenset({"he", "she", "it", "they", "both", "two"})
_PLACE_PREPS = frozenset({"in", "at", "near", "inside", "outside", "around"})


def candidate_filter(lexicon: Lexicon, actors: ActorDictionary) -> Callable[[Sentence], bool]:
    """The sentence filter for `nlp.parse_many(select=…)`: a sentence is worth parsing when it
    holds a trigger word form and a candidate actor (a dictionary match or a referring word),
    or the words by which an event with no known party is kept (`partyless`). Works on tokens
    only, before any tagging."""
    nouns = frozenset(lexicon.nouns) | frozenset(n + "s" for n in lexicon.nouns)

    def select(sentence: Sentence) -> bool:
        words = {t.text.lower() for t in sentence.tokens}
        if words.isdisjoint(lexicon.surface_forms) and words.isdisjoint(OBLIGING | IMPACT_FORMS):
            return False
        if not words.isdisjoint(_REFERRING) or owned_unit(sentence) or owned_party(sentence):
            return True
        if actors.match(sentence):
            return True
        texts = _joined([t.text for t in sentence.tokens])
        return may_report_without_party(texts, words | {t.lower() for t in texts}, nouns)

    return select


def _joined(texts: list[str]) -> list[str]:
    """Token texts with a hyphenated word read whole ("sit", "-", "in" → "sit-in"), as the
    lexicon spells its nouns: the filter's word-order cues ("a sit-in in Imphal") see the noun."""
    if "-" not in texts:
        return texts
    out: list[str] = []
    k = 0
    while k < len(texts):
        if texts[k] == "-" and out and k + 1 < len(texts) and out[-1][-1:].isalpha():
            out[-1] = f"{out[-1]}-{texts[k + 1]}"
            k += 2
            continue
        out.append(texts[k])
        k += 1
    return out


def _head_of(sentence: Sentence, start: int, end: int) -> int:
    for k in range(start, end):
        h = sentence.tokens[k].head
        if not start <= h < end or h == k:
            return k
    return end - 1


# --- 4–5. assembly --------------------------------------------------------------------------


def _choose(entries: list[Trigger], actors: list[Ref]) -> Trigger | None:
    """The entry the actors' sectors pick, else the first with no sector condition, else one
    whose object names the forces and whose sectors allow a government, for a state named with
    no sector ("Iraq moved two divisions": the state moves its units; not "the Colombian singer
    left for a tour")."""
    for entry in entries:
        if entry.sectors and any(r.entity.sector in entry.sectors for r in actors):
            return entry
    plain = [e for e in entries if not e.sectors]
    if plain or not any(r.entity.country and r.entity.sector is None for r in actors):
        return plain[0] if plain else None
    return next((e for e in entries if e.objects and "GOV" in e.sectors), None)


def _confidence(entry: Trigger, cand: Candidate, tree: Tree, actors: list[Ref], recips: list[Ref]) -> float:
    c = 0.9
    if entry.ambiguous and not entry.sectors:
        c -= 0.25
    if not actors:
        c -= 0.4
    elif any(r.inferred for r in actors) or all(r.entity.country is None for r in actors):
        c -= 0.15
    if entry.event_type in _NEEDS_RECIPIENT and not recips:
        c -= 0.05
    if tree.tok(cand.i).dep in ("amod", "compound", "npadvmod", "dep") or (
        not cand.nominal and tree.tok(cand.i).tag not in ("VB", "VBD", "VBG", "VBN", "VBP", "VBZ")
    ):
        c -= 0.15  # an odd parse
    if len({e.event_type for e in cand.entries}) > 1 and not entry.sectors:
        c -= 0.1
    return round(min(0.99, max(0.05, c)), 2)


def _trigger_text(tree: Tree, cand: Candidate) -> str:
    end = cand.end if cand.end is not None else cand.i
    start = min(cand.i, cand.start) if cand.start is not None else cand.i
    if cand.nominal and cand.anchor < cand.i and cand.i - cand.anchor <= 4:
        start = cand.anchor
    return tree.text(start, max(end, cand.i) + 1)


def _unclaimed_object(tree: Tree, anchor: int, verb: int | None) -> bool:
    """An act named as the object of a claim no one made ("the Houthis did not claim the attack"):
    its subject said nothing, so the act is the outlet's report."""
    if verb is None or not unclaimed(tree, tree.tok(verb)):
        return False
    obj = tree.child(verb, "dobj")
    return obj is not None and (obj.i == anchor or tree.is_under(anchor, obj.i))


def _attribution(
    tree: Tree, parts: Participants, anchor: int, actors: list[Ref]
) -> tuple[Entity | None, list[Ref]]:
    """The asserter as an Entity, and the speaker's refs when the framing verb makes the
    speaker the target of the reported act (fears, accusations)."""
    src = find_source(tree, anchor)
    if src is None or _unclaimed_object(tree, anchor, src.verb):
        return None, []
    if src.unnamed:  # "reportedly killed", "troops are said to have killed"
        return Entity(tree.tok(src.speaker).text, UNNAMED_SOURCE, None, None), []
    refs = parts.entities(src.speaker)
    verb = tree.tok(src.verb).lemma.lower() if src.verb is not None else ""
    victims = refs if verb in _VICTIM_FRAMES else []
    if refs:
        said = refs[0].entity
        own = _reported_subject(tree, parts, anchor, src.verb) or next(
            (a.entity for a in actors if a.entity.country), None
        )
        # new people, and a local office ("the regional governor"), are placed by localize.localized
        placed = parts.fresh(src.speaker) or parts.local(src.speaker)
        if said.country is None and said.sector and own is not None and not placed:
            # "Japan will deploy missiles, the government announced": an unqualified office
            # speaks for the country the sentence is about; unnamed people ("officials said",
            # "residents said") may be any party's
            said = Entity(said.text, own.name, own.country, said.sector)
        return said, victims
    tok = tree.tok(src.speaker)
    span = parts.span(src.speaker)
    text = tree.text(span[0], span[-1] + 1)
    if tok.pos in ("PRON", "DET") or not text:
        return None, []
    return Entity(text, text, None, None), []


def _reported_subject(tree: Tree, parts: Participants, anchor: int, verb: int | None) -> Entity | None:
    """The subject, with a country, of the clause a saying reports: the party the sentence is
    about ("Chad closed its border after RSF fighters killed three soldiers, the government
    said": Chad, not the RSF of the clause within)."""
    if verb is None:
        return None
    node = tree.tok(anchor)
    for head in tree.ancestors(anchor):
        if head.i == verb:
            break
        node = head
    else:
        return None
    subj = tree.child(node.i, "nsubj")
    refs = parts.entities(subj.i) if subj is not None else []
    return next((r.entity for r in refs if r.entity.country), None)


def _aimed(tree: Tree, i: int) -> bool:
    """Does the act name a place as its target ("an all-out attack on the city", "strikes on
    El Fasher")? Then whoever fears or warns of it is not its target; "any attack on an ally"
    leaves the warner's side the target. So does the clause the act is the subject of: "fear that
    the strikes could spread to targets inside Venezuela"."""
    for p in tree.children(i, "prep"):
        obj = tree.child(p.i, "pobj") if p.lemma.lower() in ("on", "against") else None
        if obj is not None and (
            obj.pos == "PROPN"
            or obj.ent_type in PLACE_ENTS
            or obj.lemma.lower() in SETTLEMENT_NOUNS | PLACE_NOUNS
        ):
            return True
    node = tree.tok(i)
    if node.dep != "nsubj" or node.head == i:
        return False
    for p in tree.children(node.head, "prep"):
        obj = tree.child(p.i, "pobj") if p.lemma.lower() in ("to", "into", "on", "against") else None
        if obj is not None and any(tree.tok(k).ent_type in PLACE_ENTS for k in tree.subtree(obj.i)):
            return True
    return False


def _dedupe(refs: list[Ref], against: list[Ref] | None = None) -> list[Ref]:
    out: list[Ref] = []
    for r in refs:
        key = (r.entity.name, r.entity.country, r.entity.sector)
        if all((o.entity.name, o.entity.country, o.entity.sector) != key for o in [*out, *(against or [])]):
            out.append(r)
    return out


def _code_sentence(
    tree: Tree,
    parts: Participants,
    article: Article,
    lexicon: Lexicon,
    brokers: dict[int, list[ActorMention]],
    unattached: set[int] | None = None,
    partyless: set[str] | None = None,
) -> list[CodedEvent]:
    """The events of one sentence; the ids of those kept with no known party go to `partyless`.
    `brokers`: the mentions of brokers by their participle, kept out of `parts` (brokers.py)."""
    sentence = tree.sentence
    cands = find_candidates(tree, lexicon)
    cands += armed_objects(
        tree, lexicon, cands, lambda h: parts.at[h].entity.sector if h in parts.at else None
    )
    cands += weapon_impacts(tree, lexicon, cands)  # "a car bomb exploded", "shells fell on …"
    cands += told_again(tree, parts.discourse, lexicon, cands)  # "the test" after "a nuclear test"
    prune(tree, cands)
    cands += broker_candidates(tree, brokers, lexicon)  # no embedded act: the broker's own
    out: list[CodedEvent] = []
    aims: list[tuple[int, CodedEvent]] = []  # aims, with the head of the act they serve
    served: set[int] = set()  # the heads of the coded events
    cands = [stopping_others(tree, parts, cand, lexicon) or cand for cand in cands]
    fold_launches(tree, cands, lexicon)
    for cand in cands:
        if (
            cand.dropped
            or natural_cause(tree, cand)
            or accidental_cause(tree, cand)
            or other_sense(tree, cand)  # sport, weather, courts, media, honours
            or no_comment(tree, cand)
        ):
            continue
        if ended_by_force(tree, cand, cands):  # "ended the siege, killing all 33 attackers"
            continue
        first = cand.entries[0]
        preps = lexicon.types[first.event_type].recipient_preps
        actors, recips = read_roles(tree, parts, cand, first, preps)
        entry = _choose(cand.entries, actors)
        if entry is None:
            continue
        if entry.event_type != first.event_type:
            preps = lexicon.types[entry.event_type].recipient_preps
            actors, recips = read_roles(tree, parts, cand, entry, preps)
        etype = entry.event_type
        if not any(a.entity.country for a in actors) and cand.told_by:
            actors = [Ref(e, inferred=True) for e in cand.told_by]  # the party of the event told before
        culprit, blamer = ([], None) if any(a.entity.country for a in actors) else blamed(tree, parts, cand)
        if culprit:  # "blamed Israel for the blast", "blamed the blast on Israel": by the blamer's word
            actors, recips = culprit, [r for r in recips if r not in culprit]
        actors = broker_refs(brokers, cand) or actors  # "a Russian-brokered ceasefire": Russia mediates
        if not any(a.entity.country for a in actors):  # "drones launched by Ukraine hit …"
            actors = launchers(tree, parts, cand, lexicon) or actors
        if not any(a.entity.country for a in actors) and takes_folded(tree, cand):
            cand.folded = (cand.folded or []) + gerunds(tree, cand, cands)
            if cand.folded:
                actors, recips = folded_roles(tree, parts, cand, entry, actors, recips, preps)
        mode = event_mode(tree, cand, entry, actors, lexicon)
        contexts = entry.contexts
        plain_suspend = entry.event_type == "SANCTION" and entry.ambiguous and not entry.objects
        suspended = suspended_party(tree, parts, cand, plain_suspend)
        if plain_suspend and suspended is None and tree.tok(cand.i).lemma.lower() == "suspend":
            continue  # "suspended the coach": no party suspended, no other entry's object
        if suspended is not None:  # "the Commonwealth suspended Pakistan", "suspended Al Jazeera"
            etype, mode, contexts = suspended[0], suspended[1], lexicon.types[suspended[0]].contexts
        if carrier_suspension(tree, cand, etype, actors):
            continue  # "Turkish Airlines suspended flights to Iran": a company's business
        if halted_flow(tree, cand, etype):
            continue  # "a suspension of military aid was ordered": the aid stops
        if (boycott := boycott_type(tree, cand, etype, actors)) is not None:  # a state's: an embargo
            etype, mode, contexts = boycott[0], boycott[1], lexicon.types[boycott[0]].contexts
        charged = charged_roles(tree, parts, cand, cands, lexicon)
        if charged is not None and etype in CHARGED_AS_ACCUSATION:
            # "was arrested for collaborating with Israel": the charge, the authority's accusation
            etype, mode, contexts = "ACCUSE", "allege", lexicon.types["ACCUSE"].contexts
            actors, recips = charged
        noun = cand.i if cand.nominal else cand.obj
        if etype == "RETREAT" and mode == "withdraw":
            etype, mode, contexts, recips = withdrawal(tree, parts, cand, contexts, recips)
        if mode == "withdraw":  # "withdrew staff from its embassy in Kabul": the host is left
            recips = posts_left(tree, parts, cand.i if cand.nominal else cand.anchor, recips)
        joint = noun is not None and any(
            tree.tok(k).lemma.lower() in ("joint", "combined") for k in tree.subtree(noun)
        )
        if etype == "MOBILIZE" and not joint and noun is not None:  # "Russia and China held drills"
            joint = tree.tok(noun).lemma.lower() in _EXERCISES and len(
                {a.entity.country for a in actors if a.entity.country}) > 1  # fmt: skip
        if etype == "MOBILIZE" and joint:
            etype, mode, contexts = "COOPERATE", None, ("military",)  # joint drills
        direct = [c for c in cand.inner or [] if _complement_head(tree, c.anchor) == cand.anchor]
        promised = _choose(direct[0].entries, actors) if direct else None
        vow = etype == "AGREE" and promised is not None and tree.tok(cand.i).lemma.lower() in _PROMISING
        vowed_not = vow and bool(tree.children(direct[0].anchor, "neg"))
        if vow and promised is not None and promised.event_type in THREAT_OF and not vowed_not:
            # "pledged to retaliate": a promise of force is a threat, not an agreement
            etype, mode = "THREATEN", THREAT_MODE_OF.get((promised.event_type, promised.mode or ""),
                                                          THREAT_OF[promised.event_type])  # fmt: skip
            contexts = lexicon.types["THREATEN"].contexts
        if vow and promised is not None and promised.event_type == "THREATEN" and not vowed_not:
            # "vowed to respond to any attack": promising what is itself a threat threatens
            etype, mode, contexts = "THREATEN", promised.mode, lexicon.types["THREATEN"].contexts
        if vowed_not and promised is not None and promised.event_type in ASK_MODES:
            # "pledged never to back down": refusing a cooperative move (CAMEO 12, decline to
            # yield); a promise not to use force stays a promise ("vowed not to attack")
            etype, mode = "REJECT", ASK_MODES[promised.event_type]
            contexts = lexicon.types["REJECT"].contexts
        opened = left_open(tree, cand) if etype == "REJECT" else None
        if opened is not None and not opened[0]:
            continue  # "refused to rule out an early election": neither a refusal nor a threat
        if opened is not None:  # "refused to rule out using force": the force is left on the table
            etype, mode, contexts = opened[0], opened[1], lexicon.types[opened[0]].contexts
        asked = promised if etype == "REQUEST" else None
        rallied = (
            _rallied(tree, parts, direct[0], asked, lexicon, [*actors, *recips]) if asked is not None else []
        )
        if promised is not None and rallied:
            # "urged the EC to support the PLO": rallying support (or opposition) for a third party
            etype, mode, recips = promised.event_type, _RALLIED[promised.event_type], rallied
            contexts = lexicon.types[etype].contexts
        if (
            etype == "REQUEST"
            and promised is not None
            and promised.event_type == "COERCE"
            and (tree.tok(cand.i).lemma.lower() == "order")
        ):  # "ordered the newspaper to suspend publication": the order is the restriction
            etype, mode, contexts = "COERCE", promised.mode or mode, promised.contexts
        if etype == "ASSAULT" and figurative_weapon(tree, cand):  # "using energy as a weapon"
            etype, mode, contexts = "COERCE", None, lexicon.types["COERCE"].contexts
        if etype == "ASSAULT" and attacked_as(tree, cand, actors):  # "attacked the tariffs as a mistake"
            etype, mode, contexts = "ACCUSE", "disapprove", lexicon.types["ACCUSE"].contexts
        entering = armed_entry(tree, cand, entry, actors, recips)  # "troops entered the town"
        if entering in (MOVE, MOVE_UNLESS_ABROAD):  # a move short of force, unless abroad (pipeline)
            etype, mode, contexts = "MOBILIZE", "troops", lexicon.types["MOBILIZE"].contexts
            recips = recips if peacekeeping(tree, cand) else []  # the place entered is no target
        if etype == "MOBILIZE" and peacekeeping(tree, cand):  # PLOVER: peacekeeping is AID
            etype, mode, contexts = "AID", None, ("peacekeeping",)
        if etype == "RETREAT" and mode == "access" and opened_to_refugees(tree, cand):  # shelter: AID
            etype, mode, contexts = "AID", None, ("asylum",)
        wrecked = (etype == "ASSAULT" and mode == "destroy") or (
            etype == "COERCE" and tree.tok(cand.i).lemma.lower() in _DEMOLISHING
        )
        if wrecked and actors and all(a.entity.sector == "OPP" for a in actors):
            # "protesters set fire to a police station", "a building was demolished by protesters":
            # damage done by protesters is the protest's vandalism (PLOVER PROTEST vandalize), not
            # an armed party's attack nor a state's demolition
            etype, mode, contexts = "PROTEST", "vandalize", lexicon.types["PROTEST"].contexts
        crowd = etype == "ASSAULT" and crowd_attack(tree, cand, actors)
        if crowd:  # "protesters attacked embassies"
            etype, mode, contexts = "PROTEST", "riot", lexicon.types["PROTEST"].contexts
        if etype == "RETREAT" and mode == "disarm" and actors and to_another_state(actors, recips):
            etype, mode, contexts = "AID", None, ("military",)  # "handed over weapons to Ukraine": supply
        if etype == "AID" and cand.obj is not None and tree.tok(cand.obj).lemma.lower() in WEAPONS:
            contexts = ("military",)
        if etype == "ASSAULT" and restated_strike(tree, cand, cands):
            continue  # "struck 85 targets, hitting command centres": one attack
        if (crowd or mode in ("destroy", "vandalize")) and protest_damage(tree, cand, cands):
            continue  # "rioted, setting fire to their cells": the riot told by its acts
        if (etype, mode) in CAPTIVITY and released_captive(tree, cand, cands):
            continue  # "freed the mayor, jailed a year ago": the release presupposes the jailing
        fact: Factuality = assess(tree, cand.anchor)
        if cand.nominal and cand.anchor != cand.i and fact.value == "actual":
            fact = assess(tree, cand.i)
        fact = _put_off(tree, cand, fact)
        if cand.i in brokers and fact.value in _ANNOUNCED:  # "agreed to a Qatari-mediated truce"
            fact = Factuality("actual")  # the mediation a participle tells has taken place
        if opened is not None and fact.value == "negated":  # "did not rule out military action"
            fact = Factuality("actual")
        if past_cause(tree, cand):  # "vowed to retaliate for Tuesday's barrage"
            fact = Factuality("actual")
        announced = fact.value in _ANNOUNCED and announced_threat(tree, etype, cand.i)
        if announced:
            fact = Factuality("actual")  # "would take firm measures if …": the threat is made
        served_by = no_event_of_its_own(tree, fact, cand, cands)
        if served_by and fact.cue != "to":
            continue  # a condition ("… if both sides requested it") is never the sentence's report
        aim_of = fact.serves if served_by else None
        attribution, victims = _attribution(tree, parts, cand.anchor, actors)
        attribution = attribution or (blamer if culprit else None)  # "…, which Tehran blamed on Israel"
        if attribution is None and charged is not None and charged[0] and etype != "ACCUSE":
            attribution = charged[0][0].entity  # "arrested two men for attacking a patrol": the police's word
        if attribution is not None:
            parts.discourse.note_speaker(attribution)
        if announced and attribution is not None:
            if attribution.country not in {a.entity.country for a in actors}:
                continue  # "Iran warned that Israel would respond": another's answer, no threat made
            attribution = None  # "Moscow said it would respond …": the saying is the threat, its own
        if etype == "ACCUSE" and attribution is not None and tree.tok(cand.i).lemma.lower() == "be":
            actors = [Ref(attribution)]  # "the sanctions were a mistake, the minister said": his verdict
        home = speakers_state(tree, cand.anchor, attribution)  # "Noboa said the state would not …"
        if home is not None and all(a.inferred or not a.entity.country for a in actors):
            actors = [home]  # the speaker's state before the last government the story named
        # "Ukraine fears an offensive"; not "accused Pyongyang of sending troops to help Russia"
        elsewhere = _aimed(tree, cand.i) or serves_another(tree, parts, cand, victims)
        if not recips and etype in _VICTIM_TYPES and not elsewhere:
            recips = [v for v in victims if all(v.entity.country != a.entity.country for a in actors)]
        if not recips and etype in EMBEDDING and not cand.nominal:
            recips = clause_recipients(tree, parts, cand.i, preps)
        if not actors and etype in ("MOBILIZE", "RETREAT") and mode != "release":  # "troops would be sent"
            actors = [r for r in recips if r.entity.sector == "MIL" and r.entity.country]
            recips = [r for r in recips if r not in actors]
        if (
            not actors
            and attribution is not None
            and _speakers_own_release(tree, cand, etype, fact, attribution)
        ):
            actors = [Ref(attribution)]  # "Hamas said the hostages would be freed": its own act
        if etype == "THREATEN":  # "vowed to retaliate for Iran's barrage": Iran
            recips = answered_party(tree, parts, cand, cands, lexicon) or recips
        for inner in cand.inner or []:  # "agreed to provide aid to Ukraine": recipient Ukraine
            if recips:
                break
            ientry = inner.entries[0]
            ipreps = lexicon.types[ientry.event_type].recipient_preps
            recips = read_roles(tree, parts, inner, ientry, ipreps)[1]
        if etype == "PROTEST" and not entry.ambiguous and not any(a.entity.country for a in actors):
            actors = actors or protesters(parts)  # not for "unrest", "a rally": may be no protest
        if etype == "ASSAULT" and cand.nominal and not actors and not recips:
            actors = combatants(tree, parts, cand.i)  # "heavy fighting broke out in Tripoli"
        actors = _dedupe(actors)
        recips = _dedupe(recips, actors)
        if not actors and outcome_of_another(tree, cand, etype, cands):
            continue  # "exports have been halted since May, when Benin blocked the loading"
        reported = False
        if not actors and unknown(recips):
            if unattached is not None and unknown_name(tree, parts, cand.anchor):
                unattached.add(sentence.index)
            reported = reported_without_party(tree, cand, etype, fact, cands)
            if not reported and (fact.value != "negated" or attribution is None):
                continue  # nobody known to attach the event to: not worth a record
            # a denial may still answer a claim of its sentence (code_events)
        trig = tree.tok(cand.i)
        event = Event(
            id=event_id(article.id, sentence.index, trig.idx, etype),
            article_id=article.id,
            event_type=etype,
            mode=mode,
            contexts=tuple(contexts),
            actors=tuple(r.entity for r in actors),
            recipients=tuple(r.entity for r in recips),
            location=None,
            date=None,
            date_precision=None,
            date_text=None,
            factuality=fact.value,
            attribution=attribution,
            evidence=Evidence(
                sentence.text, sentence.index, sentence.start, sentence.end, _trigger_text(tree, cand)
            ),  # fmt: skip
            intensity=lexicon.intensity(etype, mode),
            confidence=_confidence(entry, cand, tree, actors, recips),
        )
        if reported and partyless is not None:
            partyless.add(event.id)
        twins = [o for o in out if o.trigger_token == cand.beside] if cand.beside is not None else []
        if any(restates(o.event, event) for o in twins):
            continue  # "backed down and withdrew the law": one concession told twice
        if toll_of(tree, cand, event, out):
            continue  # "killed 12 and wounded 40 in a raid": one attack, its toll told twice
        if toll_participle(tree, cand, event, out):
            continue  # "drones struck Kyiv, killing three": the toll of the attack, its victims
        if aim_of is not None:  # kept only if the event it serves is not coded (below)
            aims.append((aim_of, CodedEvent(event, sentence.index, cand.i)))
            continue
        served.update(k for k in (cand.i, cand.anchor, cand.obj) if k is not None)
        note_told(parts.discourse, tree, cand, entry, event.actors)
        out.append(
            CodedEvent(event, sentence.index, cand.i, etype == "MOBILIZE" and entering == MOVE_UNLESS_ABROAD)
        )
        denial = denial_of(tree, parts, cand, out[-1], article)
        if denial is not None:  # "…, which Hamas denies": the denial is kept beside the claim
            out.append(denial)
        if etype == "MOBILIZE":
            _note_forces(tree, parts, cand, actors)
        derived = (intention(tree, cand, event, fact, lexicon), preparation(tree, cand, event, lexicon))
        for extra in derived:
            if extra is not None:
                out.append(CodedEvent(extra, sentence.index, cand.i))
    # an aim whose act yielded no record carries the sentence after all: "Kenyan police fired tear
    # gas to disperse protesters", where "fired" finds no armed party
    out.extend(item for head, item in aims if head not in served)
    return out


# Factualities of stern measures announced, whose threat is made all the same.
_ANNOUNCED = frozenset({"future", "hypothetical"})
# Light verbs by which a planned act does not take place, or only later ("delayed the vote").
_PUT_OFF = CANCELLING | {"delay": "future"}


def _speakers_own_release(
    tree: Tree, cand: Candidate, etype: str, fact: Factuality, attribution: Entity
) -> bool:
    """True for a release or withdrawal the speaker announces in the passive, with no agent ("the
    Houthis said the detainees would be released if …", "Washington said staff would be withdrawn
    from its embassy"): who holds the captives or posts the staff frees or recalls them, and
    the act is the speaker's own. Past acts stay agentless: those may be reported of anyone. So
    is an operation the speaker says goes on ("Beijing said the exercises would continue")."""
    if attribution.country is None:
        return False
    if etype in _OPERATIONS and going_on(tree, cand, fact):
        return True
    if etype != "RETREAT" or fact.value not in ("future", "hypothetical") or cand.nominal:
        return False
    verb = cand.anchor
    return tree.child(verb, "nsubjpass") is not None and tree.child(verb, "agent") is None


def _put_off(tree: Tree, cand: Candidate, fact: Factuality) -> Factuality:
    """A noun event under a light verb of cancelling or delaying has not taken place: "postponed
    their meeting" (future), "scrapped the joint drills" (negated), whatever the determiner."""
    verb = tree.tok(cand.anchor)
    how = _PUT_OFF.get(verb.lemma.lower()) if cand.nominal and cand.anchor != cand.i else None
    if how is None or fact.value in ("negated", how):
        return fact
    return Factuality(how if fact.value == "actual" or how == "negated" else fact.value, verb.text)


def _rallied(
    tree: Tree, parts: Participants, inner: Candidate, entry: Trigger, lexicon: Lexicon, parties: list[Ref]
) -> list[Ref]:
    """The third party a requested SUPPORT or ACCUSE is for or against, if it names one. A
    requested investigation is a demand put to the investigator ("urged Ukraine to investigate
    Biden"), not opinion rallied against a third party. The asker and the asked are no third
    party: "called on both sides to honour it" asks them to keep a deal, whatever "it" resolved to."""
    if entry.event_type not in _RALLIED or entry.mode == "investigate":
        return []
    recips = read_roles(tree, parts, inner, entry, lexicon.types[entry.event_type].recipient_preps)[1]
    own = {p.entity.country for p in parties}
    return [r for r in recips if r.entity.country and r.entity.country not in own]


def _note_forces(tree: Tree, parts: Participants, cand: Candidate, actors: list[Ref]) -> None:
    """Forces a state sends or deploys stay that state's when referred back ("Russia sent
    troops to Belarus. The troops shelled …": Russia's troops, not Belarus's): noted as the
    sender's, for `Participants.same_head`."""
    dobj = None if cand.nominal else tree.child(cand.i, "dobj")
    obj = cand.obj if cand.obj is not None else (dobj.i if dobj is not None else None)
    states = {a.entity.country for a in actors if a.entity.country}
    if obj is None or len(states) != 1:
        return
    forces = parts.entities(obj)
    if not forces or any(r.entity.sector != "MIL" or r.entity.country for r in forces):
        return
    owner = next(a.entity for a in actors if a.entity.country)
    text = tree.text(min(parts.span(obj)), obj + 1)
    parts.discourse.note(Entity(text, owner.name, owner.country, "MIL"), "sector")
