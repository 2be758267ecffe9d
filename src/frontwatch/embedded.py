"""Step 2 of event coding (code.py): drop candidates that are no event of their own.

- Embedded events: what a demand, refusal, threat, agreement or concession is about gives its
  mode and is not coded separately ("urged Russia to withdraw" is one REQUEST, mode yield);
  a demand in the aim of a protest is the protest's ("staged demonstrations to demand reforms").
- Restatements: a speech-act noun under another event's verb or a nominal event's light verb
  ("conceded to protesters' demands" is no REQUEST; "continuing a hunger strike in protest of
  the government's refusal" no REJECT).
- Nested duplicates: the same type twice in one clause is one event ("an attack killed …").

`prune` marks candidates `dropped` in place and links embedded ones as `inner`.
"""

from __future__ import annotations

from .factuality_words import REPORTING
from .figurative import figurative
from .nlp import Token
from .syntax import DEFINITE, Tree, words
from .threat_clauses import RESPONSE
from .triggers import Candidate

# Embedding types: the embedded action gives their mode and is not an event of its own.
EMBEDDING = frozenset({"REQUEST", "REJECT", "THREATEN", "AGREE", "CONCEDE"})
ASK_MODES = {"AID": "assist", "COOPERATE": "assist", "SUPPORT": "assist", "RETREAT": "yield",
              "CONCEDE": "yield", "CONSULT": "meet", "AGREE": "meet"}  # fmt: skip
_THREAT_MODES = {"ASSAULT": "violence", "MOBILIZE": "violence", "SANCTION": "relations",
                 "COERCE": "restrict"}  # fmt: skip
# Speech-act types: as a noun under another event's verb they restate, not report, an event
# ("conceded to protesters' demands" is no REQUEST).
_VERBAL_TYPES = frozenset({"REQUEST", "ACCUSE", "AGREE", "SUPPORT", "CONSULT", "REJECT", "THREATEN",
                           "CONCEDE", "COOPERATE"})  # fmt: skip


def _embedded_in(tree: Tree, outer: Candidate, inner: Candidate) -> bool:
    """True when `inner` only says what `outer` (a demand, threat, agreement) is about."""
    node = tree.tok(inner.anchor)
    for head in tree.ancestors(inner.anchor):
        if _dating_clause(tree, node):
            return False
        if node.dep == "pobj" and head.lemma.lower() in _CONCESSIVE:
            return False  # "refused to step down despite mass protests": the protests took place
        if node.i != inner.anchor and node.dep == "conj" and node.lemma.lower() in REPORTING:
            return False  # "called for calm and said it will send a team": the team is its own word
        if _second_act(tree, node, head, outer):
            return False  # "agreed to swap prisoners but failed to agree on …"
        if head.i == outer.anchor:
            if node.dep == "conj" and tree.child(node.i, "nsubj", "nsubjpass") is not None:
                return False  # a clause of its own: "X offered talks, but Y refused to meet Z"
            return node.dep in ("xcomp", "ccomp", "dobj", "pobj", "prep", "conj", "pcomp", "advcl", "acl")
        if node.dep in ("relcl", "parataxis", "nsubj"):
            return False
        node = head
    return False


# Prepositions of concession: what they govern happened whatever the act is about.
_CONCESSIVE = frozenset({"despite", "notwithstanding"})
# Tags of a finite verb: a predicate of its own.
_FINITE = frozenset({"VBD", "VBZ", "VBP"})


def _second_act(tree: Tree, node: Token, head: Token, outer: Candidate) -> bool:
    """True for a finite verb coordinated ("but", "and") with the outer verb or with the bare
    verb of its complement ("agreed to resume flights but failed to agree on …"): a tensed verb
    cannot be what "to" governs, so it is a second act of the subject, not the outer act's content."""
    if node.dep != "conj" or node.tag not in _FINITE or tree.child(head.i, "cc") is None:
        return False
    return head.i == outer.anchor or head.tag == "VB"


# Marks of a past clause that dates the act above it, not its content.
_AFTER = frozenset({"after", "since", "when", "following"})


def _dating_clause(tree: Tree, tok: Token) -> bool:
    """A past clause with a subject of its own that only dates the act above it ("requested
    consultations after Poland shot down Russian drones"): news of its own, not what is asked."""
    if tok.dep != "advcl" or tok.tag != "VBD":
        return False
    if tree.has_lemma(tok.i, _AFTER, "mark") is None:
        return False
    return tree.child(tok.i, "nsubj", "nsubjpass") is not None


def _act_beside(tree: Tree, outer: Candidate, inner: Candidate) -> bool:
    """True when `inner` is a tensed verb conjoined to `outer`'s: an act of its own, not what
    `outer` is about ("called on X to … and urged Y to …"; same-type restatements are merged in
    code.py)."""
    tok = tree.tok(inner.anchor)
    return tok.head == outer.anchor and tok.dep == "conj" and tok.tag == "VBD"


def answered(tree: Tree, inner: Candidate) -> bool:
    """True for the act a response answers: "respond to any attack", "retaliate for the barrage"."""
    prep = tree.head(inner.i)
    verb = tree.head(prep.i) if prep is not None and inner.nominal else None
    if verb is None or prep is None or tree.tok(inner.i).dep != "pobj":
        return False
    if prep.lemma.lower() not in ("to", "for"):
        return False
    return verb.lemma.lower() in RESPONSE


def past_cause(tree: Tree, cand: Candidate) -> bool:
    """True for a known act a response answers: it took place, whatever the response's mood."""
    return answered(tree, cand) and tree.definite(cand.i, _KNOWN)


# Determiners of a known act a response answers ("the attack", "last night's" aside).
_KNOWN = DEFINITE | {"last"}


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


def prune(tree: Tree, cands: list[Candidate]) -> None:
    for cand in cands:  # "the rupiah retreated", "hit by sanctions": a market or a cause, no party
        if figurative(tree, cand) or _left_as(tree, cand):
            cand.dropped = True
    for outer in cands:
        etype = outer.entries[0].event_type
        if etype not in EMBEDDING or (outer.nominal and outer.anchor == outer.i):
            continue
        for inner in cands:
            if inner is outer or inner.dropped:
                continue
            if _act_beside(tree, outer, inner):
                inner.beside = outer.i
                continue
            if _occasion(tree, inner) or not _embedded_in(tree, outer, inner):
                continue  # "agreed to swap prisoners in their first direct talks": the talks took place
            if past_cause(tree, inner):
                continue  # "vowed to retaliate for Tuesday's barrage": the barrage took place
            inner.dropped = True
            outer.inner = [*(outer.inner or []), inner]
            itype = inner.entries[0].event_type
            if outer.mode is None:
                if etype in ("REQUEST", "REJECT"):
                    outer.mode = ASK_MODES.get(itype, "change")
                elif etype == "THREATEN":
                    outer.mode = _THREAT_MODES.get(itype)
    for protest in cands:  # "staged demonstrations to demand reforms": the demand is the protest's
        if protest.dropped or protest.entries[0].event_type != "PROTEST":
            continue
        for c in cands:
            tok = tree.tok(c.i)
            if c.dropped or c.nominal or c.entries[0].event_type != "REQUEST":
                continue
            if tok.dep in ("advcl", "xcomp", "acl", "pcomp") and _same_clause(tree, c.i, protest.anchor):
                c.dropped = True
                protest.inner = [*(protest.inner or []), c]
    _drop_targeted_units(tree, cands)
    # the verbs of coded events, and the light verbs of nominal ones ("continuing a hunger strike")
    events = {c.i if not c.nominal else c.anchor for c in cands if not c.nominal or c.anchor != c.i}
    converse = {c.i for c in cands if not c.nominal and c.entries[0].converse}
    for c in cands:  # a speech-act noun under another event's verb restates it
        verbal = c.nominal and c.anchor == c.i and c.entries[0].event_type in _VERBAL_TYPES
        # "detained … on charges of spying": the charge is the authority's accusation, no restatement
        verbal = verbal and charged_on(tree, tree.tok(c.i)) is None
        # "the visit … drew criticism from Washington": a converse verb's subject is what it answers
        verbal = verbal and not (tree.tok(c.i).dep == "nsubj" and tree.tok(c.i).head in converse)
        if verbal and not _occasion(tree, c) and any(a.i in events for a in tree.ancestors(c.i)):
            c.dropped = True
    for a in cands:  # same type nested under the same clause: keep one
        for b in cands:
            if a is b or a.dropped or b.dropped or not _same_type(a, b):
                continue
            if b.nominal and tree.tok(b.i).dep in ("nsubj", "nsubjpass") and tree.tok(b.i).head == a.i:
                a.dropped = True  # "an attack killed …": the noun carries the event
                b.host = a.i
            elif b.nominal and not a.nominal and _relative_of(tree, a.i, b.i):
                a.dropped = True  # "an attack … that killed three soldiers": the same act, told again
                b.host = a.i
            elif _distinct_coercions(a, b):
                continue  # "seized power, detaining the president": a coup and an arrest
            elif _means_of(tree, b, a):
                a.dropped = True  # "retaliated by shelling border posts": the means carries the act
            elif _shared_object(tree, a, b):
                a.dropped = True  # "shot and killed a senior officer": one attack, told by two verbs
            else:
                nested = b.anchor != a.anchor and _same_clause(tree, b.anchor, a.anchor)
                nested = nested and not _subject_of_its_own(tree, b.anchor, a.anchor)
                if nested and _types(a) == {"PROTEST"} and _needs_sector(a) and not _needs_sector(b):
                    a.dropped = True  # "a crowd gathered to protest": the protest, whoever the crowd
                elif nested or (b.anchor == a.anchor and b.nominal and not a.nominal):
                    b.dropped = True
                    if b.nominal:  # "killed in an Israeli air strike": the noun may name the attacker
                        a.folded = [*(a.folded or []), b]


# Relative pronouns of things: "who" opens a clause of a person's own act.
_WHICH = frozenset({"that", "which"})


def _relative_of(tree: Tree, verb: int, noun: int) -> bool:
    """True for a relative clause on the attack noun, or on the last noun of its own phrases, that
    a thing's pronoun opens: the parser hangs "that wounded seven soldiers" on the nearest noun ("a
    drone attack on a base in Catatumbo that wounded …"), which is the attack's target or place,
    no attacker; "rebels who killed five" tells the rebels' own act."""
    node = tree.tok(verb)
    if node.dep != "relcl":
        return False
    if node.head != noun and tree.has_lemma(verb, _WHICH, "nsubj") is None:
        return False
    head = node.head
    for _ in range(4):  # "attack on a convoy in North Waziristan": noun, prep, noun, prep, noun
        if head == noun:
            return True
        above = tree.tok(head)
        if above.dep != "pobj" or tree.tok(above.head).dep != "prep":
            return False
        head = tree.tok(above.head).head
    return head == noun


def _left_as(tree: Tree, cand: Candidate) -> bool:
    """A participle that says in what state an act left its object ("…, leaving three workers
    injured", "leaving 20 people wounded", which the parser reads as a clause): the act's result,
    told with it, no act of its own. The parser hangs it on the object, the clause or "leave"."""
    node = tree.tok(cand.i)
    if cand.nominal or node.tag not in ("VBN", "VBD") or node.i < 1:
        return False
    head = tree.tok(node.head)
    before = tree.tok(node.i - 1)
    if before.dep == "dobj":  # the participle right after the object, wherever the parser hung it
        head = tree.tok(before.head)
    elif node.dep not in ("ccomp", "oprd"):
        return False
    return head.i != node.i and head.lemma.lower() == "leave"


def _types(cand: Candidate) -> set[str]:
    """The types a candidate may read, one per entry (a sector picks among them in code.py)."""
    return {e.event_type for e in cand.entries}


def _same_type(a: Candidate, b: Candidate) -> bool:
    """True when two candidates read the same type: their first entries', or the nested one's
    among the outer's readings ("marched … chanting": "march" is PROTEST, or MOBILIZE for troops;
    "blockaded …, cutting off": by protesters or by a state). An attack's participles are its
    toll, read by code.py (`toll_of`)."""
    first = a.entries[0].event_type == b.entries[0].event_type
    return first or (_types(b) <= _types(a) and "ASSAULT" not in _types(b))


def _needs_sector(cand: Candidate) -> bool:
    """True when every reading of a candidate hangs on its party's sector ("gathered": a protest
    only by protesters, workers or students)."""
    return all(e.sectors for e in cand.entries)


# The preposition of the occasion an act was done in ("apologised in a phone call", "agreed in
# talks").
_OCCASION = frozenset({"in"})


def _occasion(tree: Tree, cand: Candidate) -> bool:
    """True for a meeting or call an act was done in ("apologised to Putin in a phone call",
    "agreed to swap prisoners in their first direct talks"): the occasion took place, an event of
    its own, not the act's content restated."""
    if cand.entries[0].event_type != "CONSULT" or tree.tok(cand.i).dep != "pobj":
        return False
    prep = tree.head(cand.i)
    return prep is not None and prep.lemma.lower() in _OCCASION


def _distinct_coercions(a: Candidate, b: Candidate) -> bool:
    """True for an arrest told beside another coercion ("seized power in a coup, detaining the
    president"): taking people is an act of its own, not a detail of a seizure or a siege, as the
    killing in "shelled villages, killing two" is of the shelling (a blockade "cutting off
    supplies" stays one act)."""
    if a.nominal or b.nominal or a.entries[0].event_type != "COERCE":
        return False
    modes = {a.mode or a.entries[0].mode, b.mode or b.entries[0].mode}
    return "arrest" in modes and len(modes - {None}) == 2


def _means_of(tree: Tree, inner: Candidate, outer: Candidate) -> bool:
    """True when `inner` is the "by" gerund of an objectless verb `outer` ("retaliated by shelling
    Pakistani border posts", "responded by firing rockets"): the gerund says how, and whom,
    the act struck, which the bare verb leaves open."""
    if inner.nominal or outer.nominal or tree.child(outer.i, "dobj") is not None:
        return False
    tok = tree.tok(inner.i)
    prep = tree.head(inner.i)
    return tok.dep == "pcomp" and prep is not None and prep.lemma.lower() == "by" and prep.head == outer.i


# Types whose two verbs on one object tell one act ("shot and killed", "arrested and jailed").
_ONE_ACT = frozenset({"ASSAULT", "COERCE"})


def _shared_object(tree: Tree, first: Candidate, second: Candidate) -> bool:
    """True when `second` is a verb conjoined to `first` with no subject of its own, and the
    object the parser hung on `second` is the only one of the two ("shot and killed a senior
    officer", "whipped and clubbed protesters"): one act of force told by two verbs; the second,
    which holds the object, carries it."""
    if first.nominal or second.nominal or _types(first).isdisjoint(_ONE_ACT):
        return False
    tok = tree.tok(second.i)
    if tok.dep != "conj" or tok.head != first.i or tree.child(first.i, "dobj") is not None:
        return False
    return tree.child(second.i, "dobj") is not None and tree.child(second.i, "nsubj", "nsubjpass") is None


def _subject_of_its_own(tree: Tree, inner: int, outer: int) -> bool:
    """True when `inner` heads an adverbial clause under `outer` with a subject of its own:
    another party's act, not a detail of the outer one ("launched an operation after Armenian
    troops fired at its positions"; "shelled villages, killing two" has no subject, and "criticised
    them for what it called provocations" is no adverbial clause)."""
    node = inner
    while node != outer:
        tok = tree.tok(node)
        if tok.dep == "advcl":
            return tree.child(node, "nsubj") is not None or tree.child(node, "nsubjpass") is not None
        head = tree.head(node)
        if head is None:
            return False
        node = head.i
    return False


# Prepositions whose object an attack hits ("opened fire on a patrol", "ripped through a patrol").
_HIT_PREPS = words("on at through into")


def _drop_targeted_units(tree: Tree, cands: list[Candidate]) -> None:
    """A patrol or convoy that is attacked is the target, no deployment ("attacked a Thai patrol",
    "opened fire on a patrol", "a bomb ripped through a patrol"), also as the subject of an attack
    told from the target's side ("a peacekeeping patrol came under attack"); so is a column the
    attack hit on the move ("drones hit Syrian tanks moving towards Sweida")."""
    assaults = [c for c in cands if c.entries[0].event_type == "ASSAULT" and not c.dropped]
    verbs = {c.anchor for c in assaults}
    converse = {c.anchor for c in assaults if c.entries[0].converse}
    for c in cands:
        if c.dropped or c.entries[0].event_type != "MOBILIZE":
            continue
        tok = tree.tok(c.i)
        if not c.nominal:  # a participle on the target: "hit tanks moving towards …"
            if tok.tag == "VBG" and tok.dep == "ccomp" and tok.head in verbs:
                c.dropped = True  # the parser's reading: "hit [tanks moving …]"
                continue
            before = tree.tok(tok.i - 1) if tok.i > 0 else None
            prep = tree.tok(before.head) if before is not None and before.dep == "pobj" else None
            hit_just_before = prep is not None and prep.lemma.lower() in _HIT_PREPS and prep.head == tok.head
            if tok.tag == "VBG" and tok.dep == "advcl" and tok.head in verbs and hit_just_before:
                c.dropped = True  # "fired on U.S. warplanes patrolling the zone": the target patrols
                continue
            mover = tree.head(c.i) if tok.dep == "acl" and tok.tag == "VBG" else None
            if mover is None:
                continue
            tok = mover
        head = tree.head(tok.i)
        if tok.dep == "pobj" and head is not None and head.lemma.lower() in _HIT_PREPS:
            head = tree.head(head.i)
        if head is None:
            continue
        hit = head.i in verbs and tok.dep in ("dobj", "pobj", "nsubjpass")
        if hit or (head.i in converse and tok.dep == "nsubj"):
            c.dropped = True


# Verbs by which an authority detains, charges or punishes someone "for" an act or "on" a charge
# (charges.py reads the offence; prune keeps the charge noun as an event of its own).
DETAINING = words("""arrest detain jail imprison charge convict sentence prosecute indict execute punish
    fine hang""")
# Nouns of a charge, and the prepositions that make one the ground of an arrest ("on charges of").
_CHARGES = words("charge")
_GROUNDS = words("on")


def charged_on(tree: Tree, noun: Token) -> int | None:
    """The verb of detaining a charge noun is the ground of ("detained three men on charges of
    spying", "was arrested on a charge of treason"), or None."""
    if noun.lemma.lower() not in _CHARGES or noun.dep != "pobj":
        return None
    prep = tree.head(noun.i)
    if prep is None or prep.lemma.lower() not in _GROUNDS:
        return None
    return detaining_verb(tree, prep)


def detaining_verb(tree: Tree, prep: Token) -> int | None:
    """The verb of detaining a ground's preposition hangs on ("arrested … for", "detained … on
    charges"), also when the parser hung it on the detainees ("detained three men on …"), or None."""
    head = tree.head(prep.i)
    if head is not None and head.dep == "dobj":
        head = tree.head(head.i)
    if head is None or head.pos != "VERB" or head.lemma.lower() not in DETAINING:
        return None
    return head.i
