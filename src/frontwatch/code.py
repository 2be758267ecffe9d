"""Stage 5 — code PLOVER events from parsed sentences.

    code_events(doc, article, lexicon, actors) -> list[CodedEvent]

For each parsed sentence:
  1. find triggers (triggers.yaml through `Lexicon`): verbs with their particle/object patterns
     ("call for", "hold > talk"), nouns and multiword nouns, and light verbs that take their
     event from a noun object ("carried out strikes", "imposed sanctions on");
  2. drop embedded events that only say what was demanded, threatened, agreed or refused
     ("urged Russia to withdraw" is one REQUEST, mode yield) and nested duplicates;
  3. read actors and recipients off the parse (participants.py): subject, passive agent,
     object and the type's recipient prepositions; conjuncts become several actors; nominal
     events take possessives, "by"/"from" phrases, demonyms and "of" phrases; pronouns and
     "the two countries" resolve from earlier sentences;
  4. factuality (factuality.py) and attribution (attribution.py) of each event;
  5. mode, contexts, intensity and a confidence that drops when the actor is missing or
     inferred, the trigger ambiguous or the parse odd.

Pure: no I/O, no globals; the back-reference state lives in a local `Discourse`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date
from typing import TYPE_CHECKING

from .attribution import find_source
from .factuality import DENY_OBJECTS, REPORTING, Factuality, assess
from .lexicon import Lexicon, Trigger
from .models import Article, CodedEvent, Entity, Event, Evidence, event_id
from .nlp import ParsedDoc, Sentence, Token
from .participants import Discourse, Participants, Ref
from .syntax import Tree, words

if TYPE_CHECKING:
    from .resolve.actors import ActorDictionary, ActorMention

# Embedding types: the embedded action gives their mode and is not an event of its own.
_EMBEDDING = frozenset({"REQUEST", "REJECT", "THREATEN", "AGREE", "CONCEDE"})
_ASK_MODES = {"AID": "assist", "COOPERATE": "assist", "SUPPORT": "assist", "RETREAT": "yield",
              "CONCEDE": "yield", "CONSULT": "meet", "AGREE": "meet"}  # fmt: skip
_THREAT_MODES = {"ASSAULT": "violence", "MOBILIZE": "violence", "SANCTION": "relations",
                 "COERCE": "restrict"}  # fmt: skip
_ASK_NOUNS = {"aid": "assist", "help": "assist", "assistance": "assist", "weapon": "assist",
              "support": "assist", "release": "yield", "withdrawal": "yield", "ceasefire": "yield",
              "talk": "meet", "meeting": "meet", "negotiation": "meet", "resignation": "change",
              "reform": "change"}  # fmt: skip
# Types whose "of" phrase names the patient ("the arrest of X"), not the actor.
_PATIENT_OF = frozenset({"ASSAULT", "COERCE", "ACCUSE", "SANCTION", "AID", "SUPPORT"})
_NEEDS_RECIPIENT = frozenset({"ASSAULT", "ACCUSE", "SANCTION", "COERCE", "REQUEST", "THREATEN", "AID"})
_THEME_TYPES = frozenset({"MOBILIZE", "RETREAT", "AID"})
# Speech-act types: as a noun under another event's verb they restate, not report, an event
# ("conceded to protesters' demands" is no REQUEST).
_VERBAL_TYPES = frozenset({"REQUEST", "ACCUSE", "AGREE", "SUPPORT", "CONSULT", "REJECT", "THREATEN",
                           "CONCEDE", "COOPERATE"})  # fmt: skip
# Framing verbs whose subject is the feared or alleged act's target when the act names none:
# "Ukraine fears an offensive", "Russia accused Ukraine of attacking the Crimean bridge".
_VICTIM_FRAMES = frozenset({"fear", "worry", "concern", "warn", "fears", "accuse", "blame"})
_VICTIM_TYPES = frozenset({"ASSAULT", "COERCE", "THREATEN", "MOBILIZE"})
_EXERCISES = words("drill exercise maneuver manoeuvre patrol game")
_WEAPONS = words("""weapon arm missile tank shell ammunition jet drone system launcher warhead
    artillery howitzer bomber rocket""")  # fmt: skip
# A stated intention is also a verbal act of its own (PLOVER codebook): AGREE "offer, promise, or
# otherwise indicate willingness … to cooperate" — "all cooperative actions reported in future
# tense are also taken to imply intentions" — and THREATEN for an announced conflictual act
# ("said they would boycott all contact", "will withdraw its peacekeepers unless …"). The announced
# act keeps its `future` factuality; the statement is coded besides it, as an actual event.
_COOPERATIVE = frozenset({"AID", "COOPERATE", "RETREAT", "CONCEDE", "SUPPORT", "CONSULT"})
_THREAT_OF = {"ASSAULT": "violence", "SANCTION": "relations", "PROTEST": "restrict", "COERCE": "restrict"}
_THREAT_MODE_OF = {("SANCTION", "expel"): "expel", ("COERCE", "arrest"): "arrest",
                   ("COERCE", "seize"): "territory", ("COERCE", "curfew"): "restrict"}  # fmt: skip
# Unilateral promises: what is promised decides between AGREE and THREATEN ("agreed to impose
# sanctions" stays an agreement among the parties).
_PROMISING = words("pledge promise vow swear offer")
# Frames that state the actor's own commitment even when the outlet reports it ("is willing to").
_WILLING = words("""willing ready prepared determined sworn swore swear vowed vow vows vowing intends
    intend intended""")
# Withdrawing these reduces an intervention: a threat, not a concession ("withdraw its peacekeepers").
_INTERVENTION = words("""peacekeeping peacekeeper inspector observer monitor mission worker staff
    diplomat ambassador envoy embassy""")
_VERB_POS = frozenset({"VERB"})
_NOUN_POS = frozenset({"NOUN", "PROPN"})


@dataclass
class _Candidate:
    """A trigger found in a sentence, before participants are read."""

    i: int  # the trigger token (the noun of a nominal event)
    entries: list[Trigger]  # alternatives; sector conditions choose among them
    anchor: int  # the clause the event sits in: the verb, or the noun's light verb, or the noun
    nominal: bool
    obj: int | None = None  # object consumed by a "verb > object" pattern
    end: int | None = None  # last token of the trigger text
    mode: str | None = None
    dropped: bool = False
    inner: list[_Candidate] | None = None  # embedded events (what was demanded, threatened…)
    host: int | None = None  # the verb a nominal event is the subject of ("an attack killed …")


def code_events(
    doc: ParsedDoc, article: Article, lexicon: Lexicon, actors: ActorDictionary
) -> list[CodedEvent]:
    """PLOVER events of one parsed article (location and date left for the resolvers)."""
    on: date | None = article.published.date() if article.published else None
    discourse = Discourse()
    out: list[CodedEvent] = []
    seen: set[str] = set()
    for sentence in doc.sentences:
        mentions = actors.match(sentence, on) if sentence.tokens else []
        parts: Participants | None = None
        if sentence.parsed and sentence.tokens:
            tree = Tree(sentence)
            parts = Participants(tree, mentions, discourse)
            for item in _code_sentence(tree, parts, article, lexicon):
                if item.event.id not in seen:
                    seen.add(item.event.id)
                    out.append(_answered_claim(item, out))
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


_CLAIM_REACH = 3  # sentences back that a denial may answer


def _answered_claim(item: CodedEvent, earlier: list[CodedEvent]) -> CodedEvent:
    """A denial without an actor answers the claim just reported: "He accused Russia of using
    Belarusian airspace to launch drones at Ukraine. Belarus has denied that its airspace has
    been used for attacks on Ukraine" — the denied attacks are the accused Russian ones."""
    event = item.event
    if event.factuality != "negated" or event.actors:
        return item
    mine = {r.country for r in event.recipients if r.country}
    for prior in reversed(earlier):
        if item.sentence_index - prior.sentence_index > _CLAIM_REACH:
            break
        p = prior.event
        theirs = {r.country for r in p.recipients if r.country}
        if p.event_type == event.event_type and p.actors and (not mine or mine & theirs):
            confidence = round(max(0.05, event.confidence - 0.15), 2)
            return replace(item, event=replace(event, actors=p.actors, confidence=confidence))
    return item


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
    holds a trigger word form and a candidate actor (a dictionary match or a referring word).
    Works on tokens only, before any tagging."""

    def select(sentence: Sentence) -> bool:
        words = {t.text.lower() for t in sentence.tokens}
        if words.isdisjoint(lexicon.surface_forms) and words.isdisjoint(_OBLIGING):
            return False
        return not words.isdisjoint(_REFERRING) or bool(actors.match(sentence))

    return select


def _head_of(sentence: Sentence, start: int, end: int) -> int:
    for k in range(start, end):
        h = sentence.tokens[k].head
        if not start <= h < end or h == k:
            return k
    return end - 1


# --- 1. triggers -------------------------------------------------------------------------


def _particles(tree: Tree, i: int) -> list[Token]:
    return [c for c in tree.children(i) if c.dep in ("prt", "prep", "advmod", "agent", "dative")]


def _objects(tree: Tree, i: int, particle: str | None) -> list[Token]:
    """Object candidates of verb i: direct object, passive subject, attribute, object of the
    particle, and their conjuncts."""
    found = tree.children(i, "dobj", "nsubjpass", "attr", "oprd")
    for p in _particles(tree, i):
        if particle is not None and p.lemma.lower() == particle:  # "go on strike"
            found += tree.children(p.i, "pobj")
    xcomp = tree.child(i, "xcomp")  # "put forces on alert" parses the object under xcomp
    if xcomp is not None:
        found += tree.children(xcomp.i, "nsubj")
    for comp in tree.children(i, "ccomp"):  # "allowed monitors to patrol", "allow US forces access"
        found += [comp] if comp.pos == "NOUN" else tree.children(comp.i, "nsubj")
    out = []
    for f in found:
        out += [tree.tok(k) for k in tree.conjuncts(f.i)]
        if f.pos in ("NUM", "PRON", "DET", "ADJ") or f.lemma.lower() in _PARTS:  # "two of its crossings"
            for p in tree.children(f.i, "prep"):
                if p.lemma.lower() == "of":
                    out += tree.children(p.i, "pobj")
    return out


def _lemma_with_compound(tree: Tree, tok: Token) -> set[str]:
    names = {tok.lemma.lower(), tok.text.lower()}
    for c in tree.children(tok.i, "compound"):
        names.add(f"{c.lemma.lower()} {tok.lemma.lower()}")
        if tok.lemma.lower() in _CARRIERS:  # "suspended aid deliveries", "mediation efforts"
            names.add(c.lemma.lower())
    for p in tree.children(tok.i, "prep"):  # "a state of emergency"
        if p.lemma.lower() == "of":
            names.update(f"{tok.lemma.lower()} of {o.lemma.lower()}" for o in tree.children(p.i, "pobj"))
    return names


def _verb_forms(tok: Token) -> list[str]:
    """The verb's lemma, then base forms read off its spelling, for the lemmatizer's slips
    ("staged" → "stag")."""
    t = tok.text.lower()
    out = [tok.lemma.lower()]
    if t.endswith("ied"):
        out.append(t[:-3] + "y")
    elif t.endswith("ed"):
        out += [t[:-1], t[:-2], t[:-3]]
    elif t.endswith("ing"):
        out += [t[:-3] + "e", t[:-3], t[:-4]]
    elif t.endswith("s"):
        out += [t[:-1], t[:-2]]
    return out


def _match_verb(tree: Tree, tok: Token, lexicon: Lexicon) -> tuple[list[Trigger], Token | None]:
    entries: tuple[Trigger, ...] = ()
    for form in _verb_forms(tok):
        entries = lexicon.verbs.get(form, ())
        if entries:
            break
    best: list[Trigger] = []
    obj: Token | None = None
    for entry in entries:  # a sector condition only chooses among equal patterns ("strike" by workers)
        if best and entry.specificity - bool(entry.sectors) < best[0].specificity - bool(best[0].sectors):
            break
        if entry.particle is not None:
            words = {p.lemma.lower() for p in _particles(tree, tok.i)}
            nxt = tree.tok(tok.i + 1).lemma.lower() if tok.i + 1 < len(tree) else ""
            if entry.particle not in words and entry.particle != nxt:
                continue
        if entry.objects:
            hit = next(
                (o for o in _objects(tree, tok.i, entry.particle)
                 if _lemma_with_compound(tree, o) & entry.objects), None,
            )  # fmt: skip
            if hit is None:
                continue
            obj = hit
        best.append(entry)
    return best, obj


# Nouns that only measure their "of" phrase ("suspended part of a military aid programme").
_PARTS = words("part parts portion half rest most some all bulk share")
_NOT_MET = words("""response demand target goal deadline criterion requirement need standard
    expectation condition obligation resistance fate end challenge threshold""")
# Nouns a trigger may modify as a compound and still be the event ("a sanctions package").
_CONTAINERS = words("package round wave campaign operation regime programme program series effort")
# Object nouns whose compound names what the verb acts on ("suspended aid deliveries").
_CARRIERS = _CONTAINERS | words("delivery deliveries shipment flight link")


def _not_an_event(tree: Tree, verb: Token, entry: Trigger) -> bool:
    """Readings of a trigger verb that are no event: "rejected reports that …" is a denial
    (factuality.py reads it), "would meet a devastating response" no meeting."""
    objs = [o.lemma.lower() for o in tree.children(verb.i, "dobj")]
    if entry.event_type == "REJECT" and any(o in DENY_OBJECTS for o in objs):
        return True
    if verb.lemma.lower() == "arm" and verb.tag == "VBN" and verb.dep in ("acl", "amod", "advcl"):
        return True  # "militiamen armed with machetes" describes, it reports no supply of arms
    if entry.event_type == "REQUEST" and verb.lemma.lower() == "ask" and any(
        tree.has_lemma(c.i, frozenset({"whether", "if"}), "mark") for c in tree.children(verb.i, "ccomp")
    ):
        return True  # "asked whether Moscow wanted …" is a question, no request
    return entry.event_type == "CONSULT" and verb.lemma.lower() == "meet" and any(o in _NOT_MET for o in objs)


def _light_verb(tree: Tree, noun: Token, lexicon: Lexicon) -> Token | None:
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
        if head.lemma.lower() in _TEMPORAL:
            return None  # "imposed a curfew after a demonstration": no one imposed the demonstration
        head = tree.head(head.i)
        if head is None:
            return None
        if head.pos in ("NOUN", "PROPN") and head.dep in ("dobj", "nsubjpass"):
            head = tree.head(head.i)  # "using Belarusian airspace for attacks"
            if head is None:
                return None
    elif node.dep not in ("dobj", "nsubjpass", "attr"):
        return None
    if head.pos not in ("VERB", "AUX"):
        return None
    words = [p.lemma.lower() for p in _particles(tree, head.i)]
    return head if any(lexicon.is_light_verb(form, words) for form in _verb_forms(head)) else None


def _find(tree: Tree, lexicon: Lexicon) -> list[_Candidate]:
    found: list[_Candidate] = []
    consumed: set[int] = set()
    tokens = tree.tokens
    for tok in tokens:  # verbs first: their object patterns consume nouns
        if tok.pos not in _VERB_POS or tok.dep in ("amod", "compound"):
            continue  # a participle used as an adjective ("its long-threatened invasion")
        entries, obj = _match_verb(tree, tok, lexicon)
        if not entries or _not_an_event(tree, tok, entries[0]):
            continue
        end = obj.i if obj is not None and obj.i > tok.i and obj.i - tok.i <= 4 else tok.i
        for p in _particles(tree, tok.i):
            if entries[0].particle == p.lemma.lower() and p.i > end:
                end = p.i
        if obj is not None:  # the object and its modifiers ("suspended part of a military aid programme")
            consumed.add(obj.i)
            consumed.update(c.i for c in tree.children(obj.i, "compound"))
        found.append(_Candidate(tok.i, entries, tok.i, False, obj.i if obj else None, end))
    found += _obligations(tree, lexicon, {c.i for c in found})
    covered: set[int] = set()
    for tok in tokens:
        if tok.i in covered or tok.pos not in _NOUN_POS | {"ADJ", "VERB"}:
            continue
        for entry_list in (lexicon.nouns.get(tok.lemma.lower(), ()), lexicon.nouns.get(tok.text.lower(), ())):
            hits = [e for e in entry_list if _seq(tree, tok.i, e.words)]
            if not hits:
                continue
            top = max(len(e.words) for e in hits)
            hits = [e for e in hits if len(e.words) == top]
            span = range(tok.i, tok.i + top)
            head = next((k for k in span if not span.start <= tokens[k].head < span.stop
                         or tokens[k].head == k), span.stop - 1)  # fmt: skip
            if tokens[head].pos not in _NOUN_POS or head in consumed:
                break
            if tokens[head].dep == "compound" and tokens[tokens[head].head].lemma.lower() not in _CONTAINERS:
                break  # "asylum seekers", "attack helicopters": a modifier, not an event
            if any(c.lemma.lower() in _DOCUMENT_MODIFIERS for c in tree.children(head, "compound")):
                break  # "a press release", "news conference": a document, not an event
            covered.update(span)
            light = _light_verb(tree, tokens[head], lexicon)
            if light is None and _background(tree, tokens[head]):
                break  # "after a demonstration", "during a G8 summit": the setting, not the news
            found.append(_Candidate(head, hits, light.i if light else head, True, None, span.stop - 1))
            break
    return found


_DOCUMENT_MODIFIERS = words("press news")
# Prepositions that set a nominal event as the time frame of the sentence's news.
_TEMPORAL = words("after before during following amid amidst since until ahead prior")


def _background(tree: Tree, noun: Token) -> bool:
    """True when a nominal event only dates the reported one ("curfew imposed after a
    demonstration", "rioting during a G8 summit"): a preposition of time governs it and it
    names no actor of its own ("after the Hamas attack" is news of its own)."""
    for c in tree.children(noun.i):
        named = c.dep in ("compound", "amod", "nmod") and (c.pos == "PROPN" or c.text[:1].isupper())
        if c.dep == "poss" or named or (c.dep == "prep" and c.lemma.lower() == "by"):
            return False
    node = tree.first_conjunct(noun.i)
    if node is None:
        return False
    prep = tree.head(node.i)
    if node.dep != "pobj" or prep is None:
        return False
    if prep.lemma.lower() in ("of", "to") and prep.head != prep.i:  # "ahead of", "prior to"
        prep = tree.tok(prep.head) if tree.tok(prep.head).lemma.lower() in _TEMPORAL else prep
    return prep.lemma.lower() in _TEMPORAL or prep.text.lower() in _TEMPORAL


# Statements that put an obligation on someone else are demands: "Russia said that Sudan must
# return the helicopter", "the forum concluded that developed nations must allocate …".
_STATING = words("""say announce insist state declare conclude stress tell add reiterate emphasize
    emphasise write""")
_OBLIGING = frozenset({"must"})
_SELF = words("i we it he she they one")


def _obligations(tree: Tree, lexicon: Lexicon, taken: set[int]) -> list[_Candidate]:
    out = []
    for verb in tree.tokens:
        if verb.i in taken or verb.pos != "VERB" or verb.lemma.lower() not in _STATING:
            continue
        for comp in tree.children(verb.i, "ccomp"):
            subj = tree.child(comp.i, "nsubj", "nsubjpass")
            must = any(c.lemma.lower() in _OBLIGING for c in tree.children(comp.i, "aux"))
            if not must or subj is None or subj.lemma.lower() in _SELF or subj.pos == "PRON":
                continue
            lemma = verb.lemma.lower()
            contexts = lexicon.types["REQUEST"].contexts
            entry = Trigger(f"{lemma} that … must", "verb", "REQUEST", None, contexts, lemma, ambiguous=True)
            out.append(_Candidate(verb.i, [entry], verb.i, False, None, verb.i))
            break
    return out


def _seq(tree: Tree, i: int, words: tuple[str, ...]) -> bool:
    if i + len(words) > len(tree):
        return False
    for k, w in enumerate(words):
        t = tree.tok(i + k)
        if w not in (t.lemma.lower(), t.text.lower()):
            return False
    return True


# --- 2. embedded and nested events ----------------------------------------------------------


def _embedded_in(tree: Tree, outer: _Candidate, inner: _Candidate) -> bool:
    """True when `inner` only says what `outer` (a demand, threat, agreement) is about."""
    node = tree.tok(inner.anchor)
    for head in tree.ancestors(inner.anchor):
        if head.i == outer.anchor:
            return node.dep in ("xcomp", "ccomp", "dobj", "pobj", "prep", "conj", "pcomp", "advcl", "acl")
        if node.dep in ("relcl", "parataxis", "nsubj"):
            return False
        node = head
    return False


def _same_clause(tree: Tree, inner: int, outer: int) -> bool:
    """True when `inner` hangs under `outer` without crossing a reported or coordinated clause
    ("shelled villages, killing two" — yes; "…, while Moscow said it struck …" — no)."""
    node = tree.tok(inner)
    for head in tree.ancestors(inner):
        if node.dep in ("ccomp", "parataxis", "relcl", "conj", "csubj"):
            return False
        if head.i == outer:
            return True
        if head.lemma.lower() in REPORTING:
            return False
        node = head
    return False


def _prune(tree: Tree, cands: list[_Candidate]) -> None:
    for outer in cands:
        etype = outer.entries[0].event_type
        if etype not in _EMBEDDING or (outer.nominal and outer.anchor == outer.i):
            continue
        for inner in cands:
            if inner is outer or inner.dropped or not _embedded_in(tree, outer, inner):
                continue
            inner.dropped = True
            outer.inner = [*(outer.inner or []), inner]
            itype = inner.entries[0].event_type
            if outer.mode is None:
                if etype in ("REQUEST", "REJECT"):
                    outer.mode = _ASK_MODES.get(itype, "change")
                elif etype == "THREATEN":
                    outer.mode = _THREAT_MODES.get(itype)
    for protest in cands:  # "staged demonstrations to demand reforms": the demand is the protest's
        if protest.dropped or protest.entries[0].event_type != "PROTEST":
            continue
        for c in cands:
            tok = tree.tok(c.i)
            if c.dropped or c.nominal or c.entries[0].event_type != "REQUEST":
                continue
            if tok.dep in ("advcl", "xcomp", "acl") and tok.head in (protest.anchor, protest.i):
                c.dropped = True
                protest.inner = [*(protest.inner or []), c]
    events = {c.i for c in cands if not c.nominal}
    for c in cands:  # a speech-act noun under another event's verb restates it
        verbal = c.nominal and c.anchor == c.i and c.entries[0].event_type in _VERBAL_TYPES
        if verbal and any(a.i in events for a in tree.ancestors(c.i)):
            c.dropped = True
    for a in cands:  # same type nested under the same clause: keep one
        for b in cands:
            if a is b or a.dropped or b.dropped or a.entries[0].event_type != b.entries[0].event_type:
                continue
            if b.nominal and tree.tok(b.i).dep in ("nsubj", "nsubjpass") and tree.tok(b.i).head == a.i:
                a.dropped = True  # "an attack killed …": the noun carries the event
                b.host = a.i
            else:
                nested = b.anchor != a.anchor and _same_clause(tree, b.anchor, a.anchor)
                if nested or (b.anchor == a.anchor and b.nominal and not a.nominal):
                    b.dropped = True


# --- 3. participants ------------------------------------------------------------------------


# Verbs whose object is an instrument, not the controller of their "to" clause ("used
# Belarusian airspace to launch drones": the user launches).
_INSTRUMENTAL = words("use employ exploit utilize utilise")


def _subject(tree: Tree, parts: Participants, v: Token, depth: int = 0) -> tuple[list[Ref], list[Ref]]:
    """(actors, patients) of verb v: the active subject, or the passive agent and passive
    subject, or what a controlling clause supplies (xcomp, conj, participles, "accused X of")."""
    subj = tree.child(v.i, "nsubj", "csubj")
    if subj is not None:
        return parts.entities(subj.i), []
    passive = tree.child(v.i, "nsubjpass")
    patients = parts.entities(passive.i) if passive is not None else []
    agent = tree.child(v.i, "agent")
    if agent is not None:
        pobj = tree.child(agent.i, "pobj")
        if pobj is not None:
            return parts.entities(pobj.i), patients
    if passive is not None or depth > 4:
        return [], patients
    head = tree.head(v.i)
    if head is None:
        return [], []
    if v.dep == "xcomp" and head.pos == "ADJ" and head.dep == "acomp":  # "it is willing to withdraw"
        gov = tree.head(head.i)
        if gov is not None and gov.pos in ("VERB", "AUX"):
            return _subject(tree, parts, gov, depth + 1)[0], []
    if v.dep == "advcl" and v.tag == "VBN" and tree.child(v.i, "nsubj", "nsubjpass") is None:
        return [], _subject(tree, parts, head, depth + 1)[0]  # "when asked", "if attacked": the patient
    if v.dep in ("xcomp", "conj", "advcl") and head.pos in ("VERB", "AUX"):
        if v.dep == "xcomp" and head.lemma.lower() not in _INSTRUMENTAL:
            obj = tree.child(head.i, "dobj")
            if obj is not None:  # object control: "urged Russia to withdraw"
                return parts.entities(obj.i), []
            raised = tree.child(head.i, "nsubjpass")
            if raised is not None and tree.child(head.i, "agent") is None:
                return parts.entities(raised.i), []  # "Erdogan is set to visit …"
        actors, pats = _subject(tree, parts, head, depth + 1)
        return actors, pats if v.dep == "conj" else []
    if v.dep == "pcomp":  # "accused Moscow of using …": the accused is the actor
        gov = tree.head(head.i)
        if gov is not None and gov.pos == "VERB":
            obj = tree.child(gov.i, "dobj")
            if obj is not None:
                return parts.entities(obj.i), []
            return _subject(tree, parts, gov, depth + 1)
    if v.dep == "acl" and v.tag == "VB" and head.pos in ("NOUN", "PROPN"):
        gov = tree.head(head.i)  # "use Belarusian territory to attack Ukraine": the user attacks
        if gov is not None and gov.pos in ("VERB", "AUX"):
            return _subject(tree, parts, gov, depth + 1)
        return [], []
    if v.dep in ("acl", "amod") and head.pos in ("NOUN", "PROPN"):
        if v.tag == "VBN":  # "the city shelled by …" / "troops deployed in …"
            return [], parts.entities(head.i)
        return parts.entities(head.i), []
    return [], []


def _pobj_refs(tree: Tree, parts: Participants, prep: Token) -> list[Ref]:
    if prep.pos in ("NOUN", "PROPN", "PRON"):  # a bare dative: "gave Ukraine weapons"
        return parts.entities(prep.i)
    pobj = tree.child(prep.i, "pobj")
    return parts.entities(pobj.i) if pobj is not None else []


def _verb_recipients(
    tree: Tree, parts: Participants, v: int, skip: set[int], preps: frozenset[str], objects: bool = True
) -> list[Ref]:
    out: list[Ref] = []
    for o in tree.children(v, "dobj") if objects else []:
        if o.i not in skip:
            found = parts.entities(o.i)
            out += found
            if not found:
                skip = skip | {o.i}  # "threatened further action against Russia"
    for p in tree.children(v, "dative"):
        out += _pobj_refs(tree, parts, p)
    for h in [v, *skip]:
        for p in tree.children(h, "prep"):
            if p.lemma.lower() in preps:
                out += _pobj_refs(tree, parts, p)
    return out


def _nominal(
    tree: Tree, parts: Participants, cand: _Candidate, etype: str, preps: frozenset[str]
) -> tuple[list[Ref], list[Ref]]:
    """Actors and recipients of a nominal event ("Russia's attack on Kyiv from Belarus")."""
    actors: list[Ref] = []
    recips: list[Ref] = []
    for c in tree.children(cand.i):
        mention = parts.at.get(c.i)
        modifier = c.dep in ("amod", "compound", "nmod") and c.i < cand.i and mention is not None and (
            mention.kind in ("demonym", "igo", "group", "country")
        )
        if c.dep == "poss" or modifier:  # "Russia's attack", "the Russian offensive"
            actors += parts.entities(c.i)
        elif c.dep == "prep":
            lemma = c.lemma.lower()
            refs = _pobj_refs(tree, parts, c)
            source = lemma == "from" and etype != "RETREAT"  # "criticism from Washington"
            if lemma in ("by", "between", "among") or source:
                actors += refs
            elif lemma == "of":
                (recips if etype in _PATIENT_OF else actors).extend(refs)
            elif lemma in preps:
                recips += refs
    noun = tree.tok(cand.i)
    if noun.dep == "compound":  # "sanctions package against Russia"
        recips += _verb_recipients(tree, parts, noun.head, {cand.i}, preps, objects=False)
    if not actors:
        actors = _claimed(tree, parts, noun)
    if cand.host is not None:
        recips += _verb_recipients(tree, parts, cand.host, {cand.i}, preps)
    if cand.anchor != cand.i:
        verb = tree.tok(cand.anchor)
        if not any(a.entity.country for a in actors):  # "Putin ordered a mobilisation of reservists"
            subject, patients = _subject(tree, parts, verb)
            actors = subject or actors
            recips += patients
        recips += _verb_recipients(tree, parts, verb.i, {cand.i}, preps, objects=False)
    return actors, recips


_ROLE_NOUNS = words("involvement role responsibility part hand participation complicity")


def _claimed(tree: Tree, parts: Participants, noun: Token) -> list[Ref]:
    """"denied any involvement in the attack", "claimed responsibility for the strike": the
    subject of the verb governing the role noun is the (claimed or denied) actor."""
    prep = tree.head(noun.i)
    if noun.dep != "pobj" or prep is None or prep.lemma.lower() not in ("in", "for"):
        return []
    role = tree.head(prep.i)
    if role is None or role.lemma.lower() not in _ROLE_NOUNS:
        return []
    verb = tree.head(role.i)
    if verb is None or verb.pos not in ("VERB", "AUX"):
        return []
    return _subject(tree, parts, verb)[0]


def _participants(
    tree: Tree, parts: Participants, cand: _Candidate, entry: Trigger, preps: frozenset[str]
) -> tuple[list[Ref], list[Ref]]:
    if cand.nominal:
        return _nominal(tree, parts, cand, entry.event_type, preps)
    verb = tree.tok(cand.i)
    actors, recips = _subject(tree, parts, verb)
    skip = {cand.obj} if cand.obj is not None else set()
    if cand.obj is not None and tree.tok(cand.obj).dep == "nsubjpass" and entry.event_type == "ASSAULT":
        # "no Russian drone had been launched": the passive subject is what was used, not the target
        theme = parts.entities(cand.obj)
        recips = [r for r in recips if r not in theme]
        actors = actors or _demonyms(tree, parts, cand.obj)
    # "withdrew its troops": the object is no recipient (but "released two American hostages")
    themes = entry.event_type in _THEME_TYPES and entry.mode != "release"
    recips = recips + _verb_recipients(tree, parts, verb.i, skip, preps, objects=not themes)
    if entry.converse:  # "Belarus will receive Russian weapons (from Russia)"
        givers: list[Ref] = []
        for p in tree.children(verb.i, "prep"):
            if p.lemma.lower() == "from":
                givers += _pobj_refs(tree, parts, p)
        if not givers and cand.obj is not None:  # "Swedish Gripen jets"
            givers = _demonyms(tree, parts, cand.obj)
        return givers, actors
    return actors, recips


def _demonyms(tree: Tree, parts: Participants, noun: int) -> list[Ref]:
    """The country a thing's demonym names ("Swedish Gripen jets", "no Russian drone")."""
    out: list[Ref] = []
    for k in parts.span(noun):
        m = parts.at.get(k)
        if m is not None and m.kind == "demonym" and k == m.start + (tree.tok(m.start).pos == "DET"):
            out += parts.entities(k)
    return out


_AGREEMENTS = words("""deal treaty agreement accord pact alliance organisation organization bloc talk
    negotiation initiative convention council union community membership framework""")
_DRAFTS = words("bill law draft proposal plan decree amendment candidacy nomination measure reform")


def _withdrawal(
    tree: Tree, parts: Participants, cand: _Candidate, contexts: tuple[str, ...], recips: list[Ref]
) -> tuple[str, str | None, tuple[str, ...], list[Ref]]:
    """What was withdrawn decides the type: troops → RETREAT; a deal, treaty or organisation →
    SANCTION withdraw (its members the recipients); a bill or plan → CONCEDE."""
    head = cand.i if cand.nominal else cand.anchor
    objs = [c for c in tree.children(head, "dobj")]
    for p in tree.children(head, "prep"):
        if p.lemma.lower() == "from":
            objs += tree.children(p.i, "pobj")
    for o in objs:
        lemma = o.lemma.lower()
        refs = parts.entities(o.i)
        if lemma in _AGREEMENTS or any(r.entity.sector == "IGO" for r in refs):
            return "SANCTION", "withdraw", ("diplomatic",), recips + [r for r in refs if r.entity.country]
        if lemma in _DRAFTS and o.dep == "dobj":
            return "CONCEDE", None, ("political",), recips
    return "RETREAT", "withdraw", contexts, recips


def _clause_recipients(tree: Tree, parts: Participants, v: int, preps: frozenset[str]) -> list[Ref]:
    """Who a demand, threat or refusal is about, read off its complement clause: "demanded
    that the US cancel …" (the clause subject), "threatened to break relations with Russia"."""
    for comp in tree.children(v, "ccomp", "xcomp"):
        subj = tree.child(comp.i, "nsubj")
        if comp.dep == "ccomp" and subj is not None:
            found = parts.entities(subj.i)
            if found:
                return found
        found = _verb_recipients(tree, parts, comp.i, set(), preps | {"with", "against", "to", "on"})
        if found:
            return found
    return []


# --- 4–5. assembly --------------------------------------------------------------------------


def _choose(entries: list[Trigger], actors: list[Ref]) -> Trigger | None:
    for entry in entries:
        if entry.sectors and any(r.entity.sector in entry.sectors for r in actors):
            return entry
    plain = [e for e in entries if not e.sectors]
    return plain[0] if plain else None


def _instrument(tree: Tree, heads: list[int], lexicon: Lexicon) -> str | None:
    for h in heads:
        for c in [tree.tok(h), *tree.children(h)]:
            if c.i != h and c.dep not in ("compound", "amod", "nmod", "prep", "dobj", "nsubj", "pobj"):
                continue
            words = [c] + [tree.tok(k) for k in tree.conjuncts(c.i)[1:]]
            if c.dep == "prep":
                words = [t for t in tree.children(c.i, "pobj")]
            for w in words:
                mode = lexicon.instruments.get(w.lemma.lower()) or lexicon.instruments.get(w.text.lower())
                if mode:
                    return mode
    return None


def _mode(tree: Tree, cand: _Candidate, entry: Trigger, actors: list[Ref], lexicon: Lexicon) -> str | None:
    etype = entry.event_type
    mode = entry.mode or cand.mode
    anchor = cand.anchor
    if etype == "ASSAULT" and mode is None:
        heads = [cand.i] + ([cand.obj] if cand.obj is not None else [])
        heads += [c.i for c in tree.children(anchor, "dobj", "nsubj", "prep")]
        mode = _instrument(tree, heads, lexicon)
    elif etype == "MOBILIZE":
        obj = tree.tok(cand.obj) if cand.obj is not None else None
        if obj is not None and obj.lemma.lower() in _WEAPONS:
            mode = "weapons"
        elif any(r.entity.sector == "COP" for r in actors):
            mode = "police"
        elif mode == "troops" and actors and all(r.entity.sector == "REB" for r in actors):
            mode = "militia"
    elif etype == "PROTEST" and mode is None and cand.obj is not None:  # "staged demonstrations"
        noun = tree.tok(cand.obj).lemma.lower()
        same = [e.mode for e in lexicon.nouns.get(noun, ()) if e.event_type == etype and e.words == (noun,)]
        mode = same[0] if same else None
    elif etype in ("REQUEST", "REJECT") and mode is None:
        for o in tree.children(anchor, "dobj") + ([tree.tok(cand.obj)] if cand.obj is not None else []):
            mode = _ASK_NOUNS.get(o.lemma.lower()) or mode
    return mode


def _confidence(entry: Trigger, cand: _Candidate, tree: Tree, actors: list[Ref], recips: list[Ref]) -> float:
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


def _trigger_text(tree: Tree, cand: _Candidate) -> str:
    end = cand.end if cand.end is not None else cand.i
    start = cand.i
    if cand.nominal and cand.anchor < cand.i and cand.i - cand.anchor <= 4:
        start = cand.anchor
    return tree.text(start, max(end, cand.i) + 1)


def _attribution(tree: Tree, parts: Participants, anchor: int) -> tuple[Entity | None, list[Ref]]:
    """The asserter as an Entity, and the speaker's refs when the framing verb makes the
    speaker the target of the reported act (fears, accusations)."""
    src = find_source(tree, anchor)
    if src is None:
        return None, []
    refs = parts.entities(src.speaker)
    verb = tree.tok(src.verb).lemma.lower() if src.verb is not None else ""
    victims = refs if verb in _VICTIM_FRAMES else []
    if refs:
        return refs[0].entity, victims
    tok = tree.tok(src.speaker)
    span = parts.span(src.speaker)
    text = tree.text(span[0], span[-1] + 1)
    if tok.pos in ("PRON", "DET") or not text:
        return None, []
    return Entity(text, text, None, None), []


def _dedupe(refs: list[Ref], against: list[Ref] | None = None) -> list[Ref]:
    out: list[Ref] = []
    for r in refs:
        key = (r.entity.name, r.entity.country, r.entity.sector)
        if all((o.entity.name, o.entity.country, o.entity.sector) != key for o in [*out, *(against or [])]):
            out.append(r)
    return out


def _code_sentence(tree: Tree, parts: Participants, article: Article, lexicon: Lexicon) -> list[CodedEvent]:
    sentence = tree.sentence
    cands = _find(tree, lexicon)
    _prune(tree, cands)
    out: list[CodedEvent] = []
    for cand in cands:
        if cand.dropped:
            continue
        first = cand.entries[0]
        preps = lexicon.types[first.event_type].recipient_preps
        actors, recips = _participants(tree, parts, cand, first, preps)
        entry = _choose(cand.entries, actors)
        if entry is None:
            continue
        if entry.event_type != first.event_type:
            preps = lexicon.types[entry.event_type].recipient_preps
            actors, recips = _participants(tree, parts, cand, entry, preps)
        etype = entry.event_type
        mode = _mode(tree, cand, entry, actors, lexicon)
        contexts = entry.contexts
        noun = cand.i if cand.nominal else cand.obj
        if etype == "RETREAT" and mode == "withdraw":
            etype, mode, contexts, recips = _withdrawal(tree, parts, cand, contexts, recips)
        joint = noun is not None and any(
            tree.tok(k).lemma.lower() in ("joint", "combined") for k in tree.subtree(noun)
        )
        if etype == "MOBILIZE" and not joint and noun is not None:  # "Russia and China held drills"
            joint = tree.tok(noun).lemma.lower() in _EXERCISES and len(
                {a.entity.country for a in actors if a.entity.country}) > 1  # fmt: skip
        if etype == "MOBILIZE" and joint:
            etype, mode, contexts = "COOPERATE", None, ("military",)  # joint drills
        direct = [c for c in cand.inner or [] if tree.tok(c.anchor).head == cand.anchor]
        promised = _choose(direct[0].entries, actors) if direct else None
        if etype == "AGREE" and promised is not None and promised.event_type in _THREAT_OF and (
            tree.tok(cand.i).lemma.lower() in _PROMISING
        ):  # "pledged to retaliate": a promise of force is a threat, not an agreement
            etype, mode = "THREATEN", _THREAT_MODE_OF.get((promised.event_type, promised.mode or ""),
                                                          _THREAT_OF[promised.event_type])  # fmt: skip
            contexts = lexicon.types["THREATEN"].contexts
        if etype == "MOBILIZE" and _peacekeeping(tree, cand):  # PLOVER: peacekeeping is AID
            etype, mode, contexts = "AID", None, ("peacekeeping",)
        if etype == "AID" and cand.obj is not None and tree.tok(cand.obj).lemma.lower() in _WEAPONS:
            contexts = ("military",)
        fact: Factuality = assess(tree, cand.anchor)
        if cand.nominal and cand.anchor != cand.i and fact.value == "actual":
            fact = assess(tree, cand.i)
        attribution, victims = _attribution(tree, parts, cand.anchor)
        if attribution is not None and attribution.country is None and attribution.sector and actors:
            # "Japan will deploy missiles, the government announced": an unqualified office
            # speaks for the country the sentence is about
            own = next((a.entity for a in actors if a.entity.country), None)
            if own is not None:
                attribution = Entity(attribution.text, own.name, own.country, attribution.sector)
        if attribution is not None:
            parts.discourse.note_speaker(attribution)
        if not recips and etype in _VICTIM_TYPES:  # "Ukraine fears an offensive"
            recips = [v for v in victims if all(v.entity.country != a.entity.country for a in actors)]
        if not recips and etype in _EMBEDDING and not cand.nominal:
            recips = _clause_recipients(tree, parts, cand.i, preps)
        if not actors and etype in ("MOBILIZE", "RETREAT"):  # "more American troops would be sent"
            actors = [r for r in recips if r.entity.sector == "MIL" and r.entity.country]
            recips = [r for r in recips if r not in actors]
        for inner in cand.inner or []:  # "agreed to provide aid to Ukraine": recipient Ukraine
            if recips:
                break
            ientry = inner.entries[0]
            ipreps = lexicon.types[ientry.event_type].recipient_preps
            recips = _participants(tree, parts, inner, ientry, ipreps)[1]
        actors = _dedupe(actors)
        recips = _dedupe(recips, actors)
        if not actors and all(r.entity.country is None and r.entity.sector is None for r in recips):
            continue  # nobody known to attach the event to: not worth a record
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
            evidence=Evidence(sentence.text, sentence.index, sentence.start, sentence.end,
                              _trigger_text(tree, cand)),  # fmt: skip
            intensity=lexicon.intensity(etype, mode),
            confidence=_confidence(entry, cand, tree, actors, recips),
        )
        out.append(CodedEvent(event, sentence.index, cand.i))
        stated = _intention(tree, cand, event, fact, lexicon)
        if stated is not None:
            out.append(CodedEvent(stated, sentence.index, cand.i))
    return out


def _conditional(tree: Tree, verb: int) -> bool:
    """True when the clause carries an "if"/"unless" condition: "will withdraw … unless …"."""
    return any(tree.has_lemma(c.i, frozenset({"if", "unless"}), "mark") is not None
               for c in tree.children(verb, "advcl"))  # fmt: skip


# The future tense itself, not a plan or an expectation ("is expected to", "plans to"): PLOVER
# reads "all cooperative actions reported in future tense" as intentions.
_FUTURE_TENSE = frozenset({"will", "shall", "'ll", "wo", "would"})
_PEACEKEEPING = words("peacekeeper peacekeeping peace-keeper peace-keeping blue-helmet")


def _peacekeeping(tree: Tree, cand: _Candidate) -> bool:
    """True when the troops moved are peacekeepers ("NATO peacekeeping troops arrived",
    "sent peacekeepers to"): PLOVER codes providing peacekeeping as AID, not MOBILIZE."""
    heads = [cand.i] + ([cand.obj] if cand.obj is not None else [])
    if not cand.nominal:
        heads += [c.i for c in tree.children(cand.i, "nsubj", "nsubjpass", "dobj")]
    return any(tree.tok(k).lemma.lower() in _PEACEKEEPING for h in heads for k in tree.subtree(h))


def _intention(
    tree: Tree, cand: _Candidate, event: Event, fact: Factuality, lexicon: Lexicon
) -> Event | None:
    """The AGREE or THREATEN that a stated intention is besides the announced act: the actor's
    own announcement ("Hungary said it will support …", "X will provide aid, the ministry said")
    or a commitment frame ("is willing to withdraw", "have sworn to fight", "will withdraw its
    peacekeepers unless …")."""
    if cand.nominal and cand.anchor == cand.i:
        return None  # "the planned drills": no one states anything
    cue = (fact.cue or "").lower()
    willing = fact.value in ("future", "hypothetical") and cue in _WILLING
    willing = willing or (fact.value == "future" and _conditional(tree, cand.anchor))
    if fact.value != "future" and not willing:
        return None
    # the actors' countries; for actors the dictionary does not know, their names
    own = {a.country for a in event.actors if a.country} or {a.name for a in event.actors}
    att = event.attribution
    speaker = (att.country or att.name) if att is not None else None
    if speaker in own and not willing:  # said, announced — not "is expected to"
        src = find_source(tree, cand.anchor)
        if src is not None and src.verb is not None and tree.tok(src.verb).lemma.lower() not in REPORTING:
            speaker = None
    reported = (  # "X will visit Y, sources said": the codebook's "cooperative actions … in future tense"
        event.attribution is not None and cue in _FUTURE_TENSE and event.event_type in _COOPERATIVE
    )
    if not own or not (willing or speaker in own or reported):
        return None
    etype, mode = event.event_type, event.mode
    if etype == "RETREAT" and mode == "withdraw" and cand.obj is None:
        objs = [k for c in tree.children(cand.i, "dobj") for k in tree.subtree(c.i)]
        if any(tree.tok(k).lemma.lower() in _INTERVENTION for k in objs):
            etype = "SANCTION"  # withdrawing peacekeepers or inspectors: a threat to reduce ties
    if etype in _COOPERATIVE:
        new_type, new_mode = "AGREE", None
    elif etype in _THREAT_OF:
        new_type, new_mode = "THREATEN", _THREAT_MODE_OF.get((etype, mode or ""), _THREAT_OF[etype])
    else:
        return None
    attribution = None if speaker in own else event.attribution
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
