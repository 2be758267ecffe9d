"""The role a place mention plays towards an event's trigger, read from the dependency parse:
the preposition and the word it hangs on ("in Kyiv" on the trigger: a location; "Russia said": an
actor; "a U.S. airstrike", "the governor of Fallujah", "the 1967 Middle East war": a modifier that
names whose or when, not where). `event_location` ranks the sentence's places by these roles.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from frontwatch.nlp import Sentence, Token
from frontwatch.resolve.location_clauses import (
    EVENT_NOUNS,
    modified_by_trigger,
    relative_on_place,
)
from frontwatch.resolve.location_words import (
    ADDRESS_WORDS,
    AGENT_NOUNS,
    CONTAINER_NOUNS,
    DIRECTION_WORDS,
    FACILITY_NAMES,
    FACILITY_WORDS,
    FOREIGN_POST_NOUNS,
    LOC_PREPS,
    MEDIA_NOUNS,
    MISSION_NOUNS,
    NON_LOC_PREPS,
    PERIOD_NOUNS,
    PERSON_VERBS,
    PRIZE_NOUNS,
    PURPOSE_NOUNS,
    QUANTITY_WORDS,
    SETTLEMENT_NOUNS,
    SITE_NOUNS,
    TARGET_VERBS,
    TERRITORY_NOUNS,
    TITLE_NOUNS,
    WEAK_PREPS,
    WEEKDAYS,
)
from frontwatch.resolve.place_containment import (
    mention_head,
)
from frontwatch.resolve.toponyms import Mention

_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "poss", "agent", "expl"})


PLACE_NOUNS = (
    frozenset({"street", "road"})
    | FACILITY_NAMES
    | TERRITORY_NOUNS
    | SETTLEMENT_NOUNS
    | CONTAINER_NOUNS
    | SITE_NOUNS
)


@dataclass(frozen=True)
class Role:
    """How a place attaches: its kind of role, the token its phrase hangs on, and the preposition."""

    kind: str  # loc, target, to, from, actor, adjective, other
    attach: int
    prep: str = ""


def place_role(sentence: Sentence, m: Mention, trigger: int) -> Role:
    """How a place mention attaches in the sentence: by which preposition, to which token."""
    toks = sentence.tokens
    parsed = sentence.parsed and any(t.head != t.i for t in toks)
    if not parsed:
        prev = toks[m.start - 1].text.lower() if m.start > 0 else ""
        if m.start > 1 and prev == "the":
            prev = toks[m.start - 2].text.lower()
        if prev == "from":
            return Role("from", trigger, prev)
        if prev in LOC_PREPS:
            return Role("to" if prev in WEAK_PREPS else "loc", trigger, prev)
        return Role("other", trigger)
    h = mention_head(sentence, m)
    t = toks[h]
    up = toks[t.head] if 0 <= t.head < len(toks) else t
    if modified_by_trigger(toks, h, trigger):
        return Role("target", trigger)  # "the Golan Heights, captured from Syria in 1967"
    rel_kind = relative_on_place(toks, h, trigger)
    if rel_kind is not None:
        return Role(rel_kind, trigger)  # "Homs, where 20 people were killed"
    if _modifier_of_hyphen(toks, m):
        return Role("adjective", h)  # "a Madrid-bound plane", "a London-based group"
    if (
        m.resolved is not None
        and t.dep in ("compound", "amod", "nmod")
        and t.head != trigger
        and up.text.lower() not in WEEKDAYS  # "the streets of central Hong Kong Sunday", misparsed
        and (
            up.lemma.lower() not in FACILITY_WORDS | TERRITORY_NOUNS | FACILITY_NAMES | SETTLEMENT_NOUNS
            or up.lemma.lower() in MISSION_NOUNS | FOREIGN_POST_NOUNS
        )
        and (m.resolved.kind == "country" or (up.lemma.lower() in AGENT_NOUNS and not _venue(toks, up)))
    ):
        # "a U.S. airstrike" is not in the United States; "a Staten Island police officer", "the
        # Northern Alliance leader" name whose people they are (but "the Mosul operation" is in Mosul)
        return Role("adjective", t.head)
    owner_of_agent = (
        up.lemma.lower() in AGENT_NOUNS
        or _person(sentence, t.head)
        # "Australia's embassy in Jakarta", "America's bases in Qatar": the country's posts abroad
        or (
            m.resolved is not None
            and m.resolved.kind == "country"
            and up.lemma.lower() in MISSION_NOUNS | FOREIGN_POST_NOUNS
        )
    )
    if t.dep == "poss" and t.head != trigger and owner_of_agent:
        return Role("adjective", t.head)  # "Puerto Rico's John Ruiz", "San Francisco's Oracle team"
    if t.dep in ("compound", "amod", "nmod") and _names_period(toks, t.head):
        return Role("adjective", t.head)  # "in the 1967 Middle East war", "at the Athens Games"
    if m.end < len(toks) and t.head == m.end and toks[m.end].text.lower() == "time":
        return Role("adjective", t.head)  # "at 4 p.m. Moscow time": a clock, not a place
    if _word_of_event_name(sentence, m, t):
        return Role("adjective", h)  # "the 1991 Gulf War", "Independence Day" (but "the Battle of Mosul")
    if _office_or_person_of(sentence, t, trigger):
        return Role("adjective", t.head)  # "Michelle Kwan of the United States"
    return _role_of_token(sentence, h, trigger)


def _venue(toks: Sequence[Token], noun: Token) -> bool:
    """Is `noun` the object of a preposition of place ("at a Queens club", "outside a Harlem
    newspaper")? People are not "at" a noun of people: such a noun names a site there."""
    return noun.dep == "pobj" and 0 <= noun.head < len(toks) and toks[noun.head].text.lower() in INSIDE_PREPS


def _office_or_person_of(sentence: Sentence, t: Token, trigger: int) -> bool:
    """Does the place headed by `t` say whose office or whose person a noun names: "the
    governor of Fallujah", "the head of the group's operations in Raqqa", "Michelle Kwan of the
    United States"? Those say where the person belongs, not where the event happened."""
    toks = sentence.tokens
    prep = toks[t.head] if t.dep == "pobj" and 0 <= t.head < len(toks) else t
    if prep.text.lower() == "of" and 0 <= prep.head < len(toks) and prep.head != trigger:
        owner = toks[prep.head]
        if owner.pos == "PROPN" and _person(sentence, owner.i):
            return True
    # up the noun phrase to an office "of" it: "the commander of the group's operations in Baaj"
    k = t.i
    for _ in range(8):
        up = toks[k].head
        if not 0 <= up < len(toks) or up in (k, trigger) or toks[up].pos in ("VERB", "AUX"):
            return False
        if toks[k].text.lower() == "of" and toks[up].lemma.lower() in TITLE_NOUNS:
            return True
        k = up
    return False


def _modifier_of_hyphen(toks: Sequence[Token], m: Mention) -> bool:
    """Is `m` the first part of a hyphenated modifier ("Madrid-bound", "London-based",
    "Moscow-backed")? It names where something goes or comes from, not where the event is."""
    e = m.end
    word = toks[e + 1].text if e + 1 < len(toks) else ""
    joined = e + 2 < len(toks) and toks[e + 2].text == "-"  # a name: "Mazar-e-Sharif"
    hyphen = e < len(toks) and toks[e].text == "-" and toks[e - 1].whitespace == ""
    return hyphen and word.islower() and len(word) > 2 and not joined


def _word_of_event_name(sentence: Sentence, m: Mention, t: Token) -> bool:
    """Is `m`, headed by `t`, a word of a name the model reads as an event's ("the Six-Day War",
    "Independence Day") rather than a place that name is "of" ("the Battle of Mosul")? Such a
    name dates the event; a town that shares one of its words ("War", "Independence") is none."""
    ent = next((e for e in sentence.ents if e.label == "EVENT" and e.start <= m.start < m.end <= e.end), None)
    if ent is None:
        return False
    up = sentence.tokens[t.head] if 0 <= t.head < len(sentence.tokens) else t
    if any(w.lemma.lower() in PLACE_NOUNS | FACILITY_WORDS for w in (t, up)):
        return False  # "the Gagarin Stadium", "in Eidgah area", however the model labels them
    if up.i == t.i:
        return True
    # the name's own head word ("the 1991 Gulf War"), or a word modifying it ("Independence Day")
    return not ent.start <= up.i < ent.end or t.dep in ("compound", "amod", "nmod", "poss")


def _person(sentence: Sentence, k: int) -> bool:
    """Is tokens[k] part of a name the model reads as a person's?"""
    return any(e.label == "PERSON" and e.start <= k < e.end for e in sentence.ents)


def _names_period(toks: Sequence[Token], k: int) -> bool:
    """Is tokens[k] (through compounds) the noun of a named war, uprising or games ("the 1991
    Gulf War", "the 1967 Middle East war", "the Athens Games")? A place in such a name dates the
    event; it does not say where it happened."""
    while toks[k].dep == "compound" and 0 <= toks[k].head < len(toks) and toks[k].head != k:
        k = toks[k].head
    noun = toks[k]
    if noun.lemma.lower() not in PERIOD_NOUNS and noun.text.lower() not in PERIOD_NOUNS:
        return False
    year = any(t.head == k and t.text.isdigit() and len(t.text) == 4 for t in toks)
    return year or noun.text[:1].isupper()


def _role_of_token(sentence: Sentence, h: int, trigger: int) -> Role:
    role = _role_of_phrase(sentence, h, trigger)
    if role.kind in ("other", "to") and _owns_thing(sentence.tokens, h):
        # "France protested Belgium's plans", "wary of Washington's growing relationship", "No. 4
        # on America's list": a place owning a thing in no locative role, or after a weak
        # preposition, says whose it is, not where the event happened
        return replace(role, kind="none")
    return role


def _owns_thing(toks: Sequence[Token], h: int) -> bool:
    """Is the place headed by tokens[h] (through its appositions, conjuncts and compounds) the
    possessor of a noun that names no place ("Belgium's plans", "China's attempts"; not
    "Baghdad's main bridges", "Bosnia's territory")?"""
    seen: set[int] = set()
    while h not in seen and toks[h].dep in ("conj", "appos", "compound") and 0 <= toks[h].head < len(toks):
        seen.add(h)
        h = toks[h].head
    t = toks[h]
    if t.dep != "poss" or not 0 <= t.head < len(toks) or t.head == h:
        return False
    noun = toks[t.head]
    return noun.pos == "NOUN" and noun.lemma.lower() not in PLACE_NOUNS | FACILITY_WORDS


def _role_of_phrase(sentence: Sentence, h: int, trigger: int) -> Role:
    toks = sentence.tokens
    seen: set[int] = set()
    while h not in seen:
        seen.add(h)
        t = toks[h]
        up = toks[t.head] if 0 <= t.head < len(toks) else t
        if t.dep in ("compound", "amod", "nmod", "npadvmod") and up.pos in ("NOUN", "PROPN") and t.head != h:
            h = t.head
            continue
        if t.dep in ("conj", "appos") and t.head != h:
            h = t.head
            continue
        if t.dep == "poss" and up.pos in ("NOUN", "PROPN") and t.head != h:
            h = t.head  # "Somalia's capital", "Syria's conflict": the role of what it owns
            continue
        if (
            t.dep == "pobj"
            and up.text.lower() == "of"
            and 0 <= up.head < len(toks)
            and (toks[up.head].pos in ("NOUN", "PROPN") or toks[up.head].text.lower() in DIRECTION_WORDS)
        ):
            if up.head == trigger:  # "the shelling of Kharkiv"
                return Role("target", trigger, "of")
            noun = toks[up.head]
            if noun.lemma.lower() in EVENT_NOUNS and noun.dep != "pobj" and noun.head != noun.i:
                # "the bombardment of Timin left six dead", "tried to break the siege of Homs": an
                # attack befalls the place named by "of", wherever the attack stands in the clause
                return Role("target", noun.i, "of")
            if _purpose_phrase(toks, up.head):
                return Role("none", up.head, "of")  # "demonstrated in support of Iraq"
            if _reference_point(toks, up.head):
                d = toks[up.head]  # "Debis west of Kirkuk", "In Dura, south of Baghdad", however parsed
                return Role("ref", d.head if 0 <= d.head < len(toks) and d.head != d.i else up.head, "of")
            if toks[up.head].text.lower() in DIRECTION_WORDS and toks[up.head].pos not in ("NOUN", "PROPN"):
                d = toks[up.head]  # "a town northeast of Baghdad", "much of Liberia"
                if d.dep in ("advmod", "npadvmod", "amod") and 0 <= d.head < len(toks) and d.head != up.head:
                    # a reference point: "Suwayrah, some 50 km south of Baghdad" is in Suwayrah
                    return Role("ref" if d.text.lower() not in QUANTITY_WORDS else "loc", d.head, "of")
            h = up.head
            continue
        break
    t = toks[h]
    passive = t.dep == "nsubjpass" or (  # headlines drop the auxiliary: "Kharkiv hit by missiles"
        t.dep == "nsubj"
        and 0 <= t.head < len(toks)
        and toks[t.head].tag == "VBN"
        and any(x.head == t.head and x.dep == "agent" for x in toks)
    )
    if (
        passive
        # another verb's passive subject is its target only if the verb takes places ("Italy was
        # being placed on a heightened security footing", "Israel was forced to release")
        and (t.head == trigger or toks[t.head].lemma.lower() in TARGET_VERBS)
        and (
            t.lemma.lower() in PLACE_NOUNS
            or (t.pos == "PROPN" and toks[t.head].lemma.lower() not in PERSON_VERBS)
        )
    ):
        return Role("target", t.head)  # "Grozny's streets are patrolled", "the town was shelled"
    if t.dep in _SUBJECT_DEPS:
        return Role("actor", t.head)
    if t.dep == "pobj" and 0 <= t.head < len(toks):
        prep = toks[t.head]
        p = prep.text.lower()
        attach = prep.head
        if p == "from":
            if 0 <= attach < len(toks):
                a = toks[attach]
                seen_from = a if a.pos in ("NOUN", "PROPN") or not 0 <= a.head < len(toks) else toks[a.head]
                if seen_from.lemma.lower() in MEDIA_NOUNS:
                    return Role("loc", attach, p)  # "footage from Bucha", "smoke billowing from Kyiv"
            return Role("from", attach, p)
        if (
            p in NON_LOC_PREPS
            or (p == "to" and 0 <= attach < len(toks) and toks[attach].text.lower() == "according")
            or (
                p == "against"
                and toks[trigger].pos == "VERB"
                and toks[trigger].lemma.lower() not in TARGET_VERBS
            )
        ):
            return Role("none", attach, p)  # "protesting against the Philippines' participation"
        if p == "to" and 0 <= attach < len(toks) and toks[attach].lemma.lower() in ADDRESS_WORDS:
            return Role("none", attach, p)  # "protested to China": the addressee
        if p in LOC_PREPS:
            return Role("to" if p in WEAK_PREPS else "loc", attach, p)
        return Role("other", attach, p)
    if t.dep in ("dobj", "obj", "pcomp", "attr", "oprd") and 0 <= t.head < len(toks):
        if t.text.lower() in PRIZE_NOUNS or t.lemma.lower() in PRIZE_NOUNS:
            return Role("none", t.head)  # "captured the hearts of Japan", "Kazakstan's first gold"
        if toks[t.head].lemma.lower() in TARGET_VERBS:
            return Role("target", t.head)
        if toks[t.head].lemma.lower() in PERSON_VERBS and t.lemma.lower() not in PLACE_NOUNS | FACILITY_WORDS:
            return Role("none", t.head)  # "shot Oudeh", "murdering his daughter Pratiksha": a person
        return Role("other", t.head)
    if t.dep in ("advmod", "npadvmod") and 0 <= t.head < len(toks):
        return Role("loc", t.head)  # "fighting there", "Tuesday in Kyiv" fragments
    return Role("other", t.head if 0 <= t.head < len(toks) else h)


COMPASS_WORDS = DIRECTION_WORDS - QUANTITY_WORDS


def _purpose_phrase(toks: Sequence[Token], k: int) -> bool:
    """Is tokens[k] the noun of a complex preposition ("in support of", "on behalf of", "in
    memory of")? Its object is whom or what the event is for, not where it happened."""
    t = toks[k]
    if t.lemma.lower() not in PURPOSE_NOUNS and t.text.lower() not in PURPOSE_NOUNS:
        return False
    prep = toks[t.head] if t.dep == "pobj" and 0 <= t.head < len(toks) else None
    return prep is not None and prep.text.lower() in ("in", "on")


def _reference_point(toks: Sequence[Token], k: int) -> bool:
    """Is tokens[k] a bare compass word before "of" ("west of Kirkuk", "50 km south of Baghdad")?
    The place after it only locates another one. With a determiner or adjective it names a part
    of the place instead ("the north of Syria", "the far south of Iraq")."""
    if toks[k].text.lower() not in COMPASS_WORDS:
        return False
    before = toks[k - 1] if k > 0 else None
    return before is None or (before.pos not in ("DET", "ADJ", "PRON") and before.text.lower() != "'s")


# Prepositions that put something inside or at a place ("in", "near", "at").
INSIDE_PREPS = frozenset({"in", "near", "outside", "inside", "at"})
