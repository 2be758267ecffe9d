"""Which clause of a sentence a place belongs to, seen from an event's trigger.

`clause_penalty` says how far a place is from the trigger's event in clauses: none in the same
clause or a verb joined by "and", a step behind across an adverbial clause ("killed when militants
hit the villages"), and not at all when it belongs to another event: a relative or reported clause
("troops which have bases in Turkey"), the source of a report ("according to sources in Nineveh"),
what a protest is against or protests ("marched to protest a court ruling … in Berlin"; not what
an attack is against: "an offensive against rebels in Latakia", nor a site hung on a person:
"marched against Bush in California"), or another party's event before or after ("killed after the air force
bombed Aleppo", "captured before the alliance entered Kosovo"; but "captured after their plane
crashed in Colombia" continues the same people's story). `relative_on_argument`,
`modified_by_trigger` and `distance_from_previous` read a relative clause on the trigger's
argument, a participle on a place and a distance phrase after a place; `relative_on_place` a
relative clause on a place holding the trigger ("Homs, where 20 people were killed"). Used by
`event_location`.
"""

from __future__ import annotations

from collections.abc import Sequence

from frontwatch.nlp import Sentence, Token
from frontwatch.resolve.location_words import (
    DIRECTION_WORDS,
    DISTANCE_WORDS,
    QUANTITY_WORDS,
    SETTLEMENT_NOUNS,
    STATE_VERBS,
    TARGET_VERBS,
)
from frontwatch.resolve.toponyms import Mention
from frontwatch.syntax import words

CLAUSE_DEPS = frozenset({"relcl", "ccomp", "csubj", "parataxis"})


# Nouns of events: a relative clause on one describes the event itself ("killed in raids that
# targeted the city of Raqqa", "a car bomb attack that targeted a post in Rouiba").
EVENT_NOUNS = words(
    """
    attack attacks raid raids strike strikes airstrike airstrikes bombing bombings bombardment
    shelling assault offensive operation operations clash clashes fighting explosion blast ambush
    sweep sweeps crackdown incursion incursions siege barrage
    """
)


# Verbs of saying: "…, police said, on a road in Diwaniyah" is not where the police spoke.
REPORT_VERBS = words("say tell report add state")

# Words opening a time phrase or clause: "killed after the fall of Grozny", "after rebels attacked".
TIME_PREPS = frozenset({"since", "after", "before", "until", "following"})
_PERSONAL_PRONOUNS = words("he she it they we i you him her them us his its their our my your")
_PEOPLE_PRONOUNS = _PERSONAL_PRONOUNS - {"it", "its"}


# Verbs whose object is what is protested: "marched to protest a court ruling in Berlin".
_PROTEST_VERBS = words("protest denounce condemn decry")

# Prepositions that place a protest, not what it is against: "protested against the plan at a
# rally in Lisbon" (but "against the operation in Gaza" is the operation's place).
_SITE_PREPS = frozenset({"at", "around", "outside", "near", "across", "throughout"})


def clause_penalty(sentence: Sentence, attach: int, trigger: int) -> float | None:
    """How far a place attached at `attach` is from the trigger's event, in clauses: 0 in the
    same clause or a verb joined by "and" ("shot and killed"), 2 across an adverbial clause
    ("killed when militants hit the villages", "shot as he walked along Atlantic Avenue"), None
    when it belongs to another event: a relative or reported clause ("troops which have bases in
    Turkey", "killed, said an official in Chechnya"), the source of a report ("according to
    sources in Nineveh") or what a protest is against ("protesting against the operation in Gaza")."""
    toks = sentence.tokens
    n = len(toks)

    def chain(i: int) -> list[int]:
        out = [i]
        while 0 <= out[-1] < n and toks[out[-1]].head != out[-1] and len(out) < n:
            out.append(toks[out[-1]].head)
        return out

    if not (0 <= attach < n and 0 <= trigger < n):
        return 0.0
    up_a, up_t = chain(attach), chain(trigger)
    common = next((x for x in up_a if x in up_t), None)
    if common is None:
        return 0.0
    penalty = 0.0
    trig = toks[trigger]
    for x in up_a[: up_a.index(common)]:
        t = toks[x]
        low = t.text.lower()
        if low == "according" or (
            low == "against"
            and trig.lemma.lower() not in TARGET_VERBS
            and not (0 <= t.head < n and toks[t.head].lemma.lower() in EVENT_NOUNS)
            and trig.pos == "VERB"
            and not any(toks[y].text.lower() in _SITE_PREPS for y in up_a[: up_a.index(x)])
            and not _person_object(sentence, up_a[: up_a.index(x)])
        ):
            # what a protest is against; but "protested against racist violence at rallies in
            # Lisbon", "… around the company's headquarters": a site the parser hung on the object,
            # and "launched an offensive against rebels in Latakia": an attack's target is its place
            return None
        if (
            t.dep == "dobj"
            and 0 <= t.head < n
            and toks[t.head].lemma.lower() in _PROTEST_VERBS
            and not any(toks[y].text.lower() in _SITE_PREPS for y in up_a[: up_a.index(x)])
        ):
            # "demonstrated to protest the ratification of a law … in Bahrain", "protesting its
            # claim on the Diaoyu Islands": what is protested, like what a protest is against, is
            # no place of the protest
            return None
        adverbial = t.dep == "advcl" or (t.dep == "relcl" and _opened_by_time_word(toks, x))
        if t.dep == "relcl" and 0 <= t.head < n and toks[t.head].lemma.lower() in EVENT_NOUNS:
            penalty = max(penalty, 1.0)  # "killed in Russian raids that targeted the city of Raqqa"
            continue
        if t.dep == "csubj" and t.head == trigger and t.tag == "VBG":
            continue  # "fighting around Bakhmut killed dozens": the subject is the event's cause
        if t.pos in ("VERB", "AUX") and t.dep in CLAUSE_DEPS and not adverbial:
            return None
        if t.pos in ("VERB", "AUX") and t.dep == "advcl" and _sequence_marker(toks, x):
            return None  # "killed after the rebels invaded Poland": an earlier or later event
        if (
            t.pos in ("VERB", "AUX")
            and t.dep == "conj"
            and (_own_clause(toks, x) or _tense_shift(toks, trigger, x))
        ):
            return None  # "captured …, and Habib was arrested in Pakistan": another party's event
        if t.pos in ("VERB", "AUX") and t.dep == "conj" and _alternative(toks, x):
            return None  # "have been captured or are hiding outside Iraq": the other alternative
        if t.pos in ("VERB", "AUX") and t.dep == "conj" and x > trigger and _later_marker(toks, x):
            return None  # "was shot and later died at a hospital in Nashville": a later event
        if t.pos in ("VERB", "AUX") and adverbial:
            penalty = 2.0
    if common != trigger and _in_participle_clause(toks, up_a[: up_a.index(common)]):
        return None  # "under an agreement reached in Cairo, …, Fordow, which was struck": the participle's
    if common != trigger and toks[common].pos in ("VERB", "AUX"):
        # the place hangs on a verb above the trigger
        below = up_a[up_a.index(common) - 1] if up_a.index(common) > 0 else common
        if (
            trig.dep in CLAUSE_DEPS
            and trig.head == common
            and toks[common].lemma.lower() in REPORT_VERBS
            and toks[below].dep == "prep"
            and below > trigger
        ):
            # "were shot dead, police said, on a road in Diwaniyah": the report is parenthetical
            return 1.0
        if trig.dep in CLAUSE_DEPS:
            return None
        if (
            trig.dep == "conj"
            and trig.head == common
            and (_own_clause(toks, trigger) or _tense_shift(toks, common, trigger))
        ):
            return None  # the trigger's clause has its own subject: the first clause's place is not its
        if trig.dep == "conj" and trig.head == common and _alternative(toks, trigger):
            return None
        if not (trig.dep == "conj" and trig.head == common):
            penalty = max(penalty, 2.0 if trig.dep == "advcl" else 1.0)
    return penalty


def _in_participle_clause(toks: Sequence[Token], path: Sequence[int]) -> bool:
    """Does the path up from a place pass a participle clause on a noun ("an agreement reached in
    Cairo", "a truck stolen in Homs")? When the trigger stands outside that noun phrase, the place
    is where the participle's own event happened, not the trigger's."""
    return any(toks[x].dep == "acl" and toks[x].pos == "VERB" and toks[x].tag in ("VBN", "VBG") for x in path)


_LATER_WORDS = words("later then subsequently afterwards afterward eventually")


def _person_object(sentence: Sentence, below: Sequence[int]) -> bool:
    """Is the object of "against", the last of the tokens `below` it, a person's name ("marched
    against Bush in California")? A person is not placed by "in": the phrase the parser hung on
    the name is the protest's site."""
    if not below:
        return False
    k = below[-1]
    return any(e.label == "PERSON" and e.start <= k < e.end for e in sentence.ents)


def _alternative(toks: Sequence[Token], verb: int) -> bool:
    """Is the verb at tokens[verb], with an auxiliary of its own, joined to the one before it by
    "or" ("have been captured or are hiding outside Iraq")? Alternatives are different events,
    each with its own place; "shot or stabbed 200 people in Algeria" is one event."""
    head = toks[verb].head
    own_aux = any(t.head == verb and t.dep in ("aux", "auxpass") for t in toks)
    # the conjunct before it: the head, or a sibling between ("shot or stabbed … and were wounded")
    before = max([head] + [t.i for t in toks if t.head == head and t.dep == "conj" and t.i < verb])
    return own_aux and any(
        t.dep == "cc" and t.text.lower() in ("or", "nor") and t.head in (head, verb) and before < t.i < verb
        for t in toks
    )


def _later_marker(toks: Sequence[Token], verb: int) -> bool:
    """Does a word of sequence ("later", "then", "eventually") modify the verb at tokens[verb]
    ("was shot and later died at a hospital in Nashville")? It tells of a later event."""
    return any(t.head == verb and t.dep == "advmod" and t.text.lower() in _LATER_WORDS for t in toks)


_TIME_OPENERS = frozenset({"when", "as", "while", "after", "before"})


def _sequence_marker(toks: Sequence[Token], verb: int) -> bool:
    """Is the clause headed by tokens[verb] opened by "after", "before", "since" or "until", with
    a subject of its own ("killed after the air force bombed Aleppo", "captured before the
    alliance entered Kosovo")? It tells of another party's event, earlier or later. A subject
    or object that points back at the main clause's people ("captured after their plane crashed
    in Colombia", "shot after he crossed near Rafah", "shot after assailants stopped his car in
    Fallujah") continues their story, in the same place."""
    marks = [t for t in toks if t.head == verb and t.i < verb and t.dep == "mark"]
    if not any(t.text.lower() in TIME_PREPS for t in marks):
        return False
    subjects = [t.i for t in toks if t.head == verb and t.dep in ("nsubj", "nsubjpass")]
    # the subject or object points back at the main clause's people: "shot after he crossed near
    # Rafah", "shot dead after assailants stopped his car in Fallujah" (not a country's "its
    # airspace": "scrambled jets after a missile entered its airspace near Oserdow")
    objects = [t.i for t in toks if t.head == verb and t.dep in ("dobj", "obj")]
    return (
        bool(subjects)
        and not any(_mentions_pronoun(toks, k) for k in subjects)
        and not any(_mentions_pronoun(toks, k, _PEOPLE_PRONOUNS) for k in objects)
    )


_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
# Verbs that count the victims of one attack, so a clause of them shares the attack's place.
_CASUALTY_VERBS = words("kill wound injure hurt die shoot detain arrest abduct kidnap capture")


def _own_clause(toks: Sequence[Token], verb: int) -> bool:
    """Is the verb at tokens[verb], joined by "and"/"but" to another, a clause of its own: a finite
    verb or one with its own auxiliary, with its own subject ("but a fourth landed near La
    Isabela", "and Habib was arrested in Pakistan")? Not a gapped verb sharing the first one's
    place ("nine were killed and 24 others wounded in Amariyah") nor a subject that points back
    at the first clause's people ("killed … and their vehicles set ablaze in Fallujah")."""
    if toks[verb].lemma.lower() in _CASUALTY_VERBS:
        return False  # "three were killed and two others were wounded in Hebron": one attack
    kids = [t for t in toks if t.head == verb and t.i != verb]
    subjects = [t.i for t in kids if t.dep in ("nsubj", "nsubjpass")]
    finite = toks[verb].tag in _FINITE_TAGS or any(t.dep in ("aux", "auxpass") for t in kids)
    return finite and bool(subjects) and not any(_mentions_pronoun(toks, k) for k in subjects)


def _tense(toks: Sequence[Token], verb: int) -> str:
    """ "past" or "present" by the verb's finite word (itself or an auxiliary), else ""."""
    tags = {toks[verb].tag} | {t.tag for t in toks if t.head == verb and t.dep in ("aux", "auxpass")}
    if "VBD" in tags:
        return "past"
    return "present" if tags & {"VBZ", "VBP"} else ""


def _tense_shift(toks: Sequence[Token], first: int, second: int) -> bool:
    """Does the second of two verbs joined by "and" change the tense with a finite word of its own
    ("was captured in Florida and is being held at the county jail", "was captured … and is
    believed to be held in Gaza")? It tells of a later state, somewhere else. A second verb with
    no auxiliary shares the first one's ("have shot and killed an elder in Galkayo")."""
    own = toks[second].tag in ("VBZ", "VBP") or any(
        t.head == second and t.dep in ("aux", "auxpass") for t in toks
    )
    a, b = _tense(toks, first), _tense(toks, second)
    return own and bool(a) and bool(b) and a != b


def _mentions_pronoun(toks: Sequence[Token], k: int, pronouns: frozenset[str] = _PERSONAL_PRONOUNS) -> bool:
    """Does the phrase headed by tokens[k] hold a personal pronoun ("he", "their plane", "the
    plane he is riding")?"""
    inside = {k}
    changed = True
    while changed:  # the phrase's words, however deep
        changed = False
        for t in toks:
            if t.i not in inside and t.head in inside and t.head != t.i:
                inside.add(t.i)
                changed = True
    return any(toks[i].text.lower() in pronouns for i in inside)


def _opened_by_time_word(toks: Sequence[Token], verb: int) -> bool:
    """Does the clause headed by tokens[verb] open with a temporal subordinator ("when", "as")?"""
    first = min((t.i for t in toks if t.head == verb and t.i < verb), default=verb)
    return (
        first < verb and toks[first].text.lower() in _TIME_OPENERS and toks[first].dep in ("advmod", "mark")
    )


def names_part_of(toks: Sequence[Token], inner: int, outer: int) -> bool:
    """Is the place headed by tokens[inner] the one a noun owned by the place at tokens[outer]
    names with "of" ("Baghdad's Shiite enclave of Sadr City", "North Sumatra's capital of
    Medan")? Then `outer` only says where that part lies, and `inner` is the finer place."""
    noun = toks[outer].head
    if toks[outer].dep != "poss" or not 0 <= noun < len(toks) or toks[noun].pos != "NOUN":
        return False
    of = toks[inner].head
    return (
        toks[inner].dep == "pobj"
        and 0 <= of < len(toks)
        and toks[of].text.lower() == "of"
        and toks[of].head == noun
    )


def relative_on_argument(sentence: Sentence, k: int, trigger: int) -> bool:
    """Does tokens[k] lie in a relative clause on the trigger's subject, object or agent that
    tells what they were doing ("killed fighters who tried to break the siege of Homs", "shot by
    gunmen who were hiding near his house in Narathiwat"), with no other clause between? Not a
    state or a life ("who lived in Saudi Arabia", "who was born in Louisiana") nor a dated other
    event ("who carried out a bombing last week in Turkey")."""
    toks = sentence.tokens
    rel = None
    for _ in range(len(toks)):
        if not 0 <= k < len(toks) or k == trigger:
            break
        t = toks[k]
        if t.dep == "relcl":
            if rel is not None:
                return False
            rel = k
        elif t.pos in ("VERB", "AUX") and t.dep in ("ccomp", "csubj", "parataxis", "advcl", "conj"):
            return False
        if t.head == k:
            return False
        k = t.head
    if rel is None or k != trigger or toks[rel].lemma.lower() in STATE_VERBS:
        return False
    inside = _subtree(toks, rel)
    if any(e.label in ("DATE", "TIME") and e.start in inside for e in sentence.ents):
        return False
    noun = toks[toks[rel].head]
    while noun.dep in ("pobj", "prep", "compound", "appos") and noun.head != noun.i:
        # "shot by gunmen who …", "killed dozens of fighters who …"
        if noun.dep == "pobj" and toks[noun.head].text.lower() not in ("by", "of"):
            return False
        noun = toks[noun.head]
    return noun.head == trigger and noun.dep in ("nsubj", "nsubjpass", "dobj", "obj", "agent", "pobj", "prep")


def _subtree(toks: Sequence[Token], root: int) -> set[int]:
    """Indices of the tokens under tokens[root] (itself included)."""
    out = {root}
    for i in range(len(toks)):
        k, path = i, list[int]()
        while k not in out and 0 <= k < len(toks) and toks[k].head != k and len(path) < len(toks):
            path.append(k)
            k = toks[k].head
        if k in out:
            out.update(path)
    return out


def modified_by_trigger(toks: Sequence[Token], h: int, trigger: int) -> bool:
    """Is the trigger a participle on the place headed by tokens[h], or on a noun in apposition
    to it ("Eastern Slavonia, captured by the Serbs in 1991", "Hiroshima and Nagasaki, the two
    cities destroyed by nuclear bombs")? The place is what the event befell."""
    trig = toks[trigger]
    if trig.dep != "acl" or trig.tag != "VBN" or not 0 <= trig.head < len(toks):
        return False
    n = trig.head
    if any(toks[k].text in ("--", "—", "–", ":") for k in range(min(h, trigger), max(h, trigger))):
        return False  # "BAGHDAD -- A car bomb detonated …": a dateline, however parsed
    while toks[h].dep == "conj" and 0 <= toks[h].head < len(toks) and toks[h].head != h:
        h = toks[h].head  # "Hiroshima and Nagasaki"; not "a U.S. soldier captured in Iraq"
    return (
        n == h
        or (toks[n].dep == "appos" and toks[n].head == h)
        or (toks[h].dep == "appos" and toks[h].head == n)
    )


def distance_from_previous(toks: Sequence[Token], mentions: Sequence[Mention], m: Mention) -> bool:
    """Is `m` a reference point in a distance phrase set off by a comma right after another
    place ("in Chitawan district, some 200 km southwest of Kathmandu", "the city of Fallujah,
    50 km west of Baghdad")? It only says where that place lies, however the parser attached
    it: the place before it is the event's, and `m` is no place of the event."""
    k = m.start - 1
    while k >= 0 and m.start - k <= 3 and toks[k].pos == "DET":
        k -= 1
    if (
        k < 2
        or toks[k].text.lower() != "of"
        or toks[k - 1].text.lower() not in (DIRECTION_WORDS - QUANTITY_WORDS)
    ):
        return False
    k -= 2
    while k >= 0 and (toks[k].pos == "NUM" or toks[k].text.lower() in DISTANCE_WORDS):
        k -= 1
    if k < 1 or toks[k].text != "," or k == m.start - 3:  # a bare "…, north of X" is a locator
        return False
    end = k - 2 if k >= 2 and toks[k - 1].lemma.lower() in SETTLEMENT_NOUNS else k - 1
    return any(
        p.end - 1 in (k - 1, end) and p.resolved is not None and p.source != "adjective" and p is not m
        for p in mentions
    )


_RELATIVE_PREPS = frozenset({"in", "at", "near", "on", "inside", "outside", "around", "across", "through"})


_MEMBER_DEPS = frozenset({"appos", "conj", "prep", "pobj"})


def _member_of_owned(toks: Sequence[Token], h: int, noun: int) -> bool:
    """Is tokens[noun] a thing the place headed by tokens[h] owns, or one of those things ("Iran's
    nuclear sites, including Fordow", "Aleppo's hospitals, among them al-Quds")? A relative clause
    on it then tells of the place's own ground."""
    n = len(toks)
    t = toks[h]
    if t.dep != "poss" or not 0 <= t.head < n or t.head == h:
        return False
    owned = t.head
    k = noun
    for _ in range(6):
        if k == owned:
            return True
        if toks[k].dep not in _MEMBER_DEPS or not 0 <= toks[k].head < n or toks[k].head == k:
            return False
        k = toks[k].head
    return False


def relative_on_place(toks: Sequence[Token], h: int, trigger: int) -> str | None:
    """Is the trigger's clause a relative clause on the place headed by tokens[h] that places its
    event there: "Homs, where 20 people were killed", "the village in which they were shot",
    "Ariha, which was bombed on Sunday", "Iraq, whose military targets have been bombed"? Then
    "loc" (it happened there) or "target" (the place is what it befell); None otherwise, as for a
    place that is the clause's actor ("Syria, which bombed …")."""
    n = len(toks)
    v = trigger
    while toks[v].dep == "conj" and 0 <= toks[v].head < n and toks[toks[v].head].pos in ("VERB", "AUX"):
        v = toks[v].head  # "where 20 people were shot and killed"
    if toks[v].dep != "relcl" or not 0 <= toks[v].head < n:
        return None
    noun, of = toks[v].head, toks[h].head
    # "the Nasir garrison, where 250 soldiers were killed": a place naming the noun's site
    # places a "where" clause on that noun too (not a "which" clause: "the Kyiv government, which")
    compound = toks[h].dep == "compound" and of == noun
    if not (
        noun == h
        or compound
        or (toks[noun].dep == "appos" and toks[noun].head == h)
        or (  # "the town of Ariha, which …", however the parser hung the clause
            toks[h].dep == "pobj"
            and 0 <= of < n
            and toks[of].text.lower() == "of"
            and toks[of].head == noun
            and toks[noun].lemma.lower() in SETTLEMENT_NOUNS
        )
        or _member_of_owned(toks, h, noun)
    ):
        return None
    for c in toks:
        if c.head != v or c.i == v:
            continue
        low = c.text.lower()
        if low == "where" and c.dep == "advmod":
            return "loc"
        if (
            c.dep == "prep"
            and low in _RELATIVE_PREPS
            and any(o.head == c.i and o.dep == "pobj" and o.text.lower() == "which" for o in toks)
        ):
            return "loc"  # "the village in which they were shot"
        if compound:
            continue
        if low in ("which", "that") and c.dep in ("nsubjpass", "dobj"):
            return "target"
        if c.dep in ("nsubjpass", "dobj") and any(o.head == c.i and o.text.lower() == "whose" for o in toks):
            return "loc"  # "Iraq, whose military targets have been bombed"
    return None
