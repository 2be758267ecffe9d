"""Where a place name begins and ends and whether its words stand where a place goes: part of a
longer name ("Gagarin Stadium", "Team Columbia", "Sufyan Maher Hassan"), a person's home ("in
Smith's house"), a facility's name ("the Church of the Nativity"), after a firm locative ("in
Taji") or the object of an attack verb ("attacked Avdiivka"). Used by `toponyms.recognise`."""

from __future__ import annotations

import re
from collections.abc import Sequence

from rapidfuzz import fuzz

from frontwatch.nlp import Token
from frontwatch.resolve.gazetteer import Candidate, Gazetteer, normalise
from frontwatch.resolve.location_words import (
    CONTAINER_NOUNS,
    DISTRICT_NOUNS,
    FACILITY_WORDS,
    FIRM_PREPS,
    LOC_PREPS,
    NAME_PARTICLES,
    NAME_STOP_WORDS,
    NAME_WORDS,
    TARGET_VERBS,
    WEAK_PREPS,
)
from frontwatch.syntax import words


def tok_text(tokens: Sequence[Token], start: int, end: int) -> str:
    """The text of tokens[start:end] with the spaces between them."""
    return "".join(
        t.text + (t.whitespace if k < end - 1 else "") for k, t in enumerate(tokens[start:end], start)
    )


def capitalised(tok: Token) -> bool:
    return tok.text[:1].isupper() and tok.text.lower() not in NAME_STOP_WORDS


def particle_between(toks: Sequence[Token], k: int) -> bool:
    """Is tokens[k] a name particle between two capitalised words ("da" in "Mocimboa da Praia",
    "del" in "Ciudad del Este")? Such a particle joins one name, however the parts read alone."""
    return (
        0 < k < len(toks) - 1
        and toks[k].text in NAME_PARTICLES
        and toks[k - 1].text[:1].isupper()
        and toks[k + 1].text[:1].isupper()
    )


def name_tail(toks: Sequence[Token], s: int) -> bool:
    """Does a name starting at tokens[s] follow "<Name> da|de|do" ("Praia" in "Mocimboa da Praia",
    "Barra" in "Sao Joao da Barra")? It is then the last part of a longer name, not a place."""
    return s >= 2 and particle_between(toks, s - 1)


WATER_HEADS = words("gulf sea bay strait straits lake")


def water_name_end(toks: Sequence[Token], s: int) -> int | None:
    """The end of a water body named "<Gulf|Sea|Bay|Strait|Lake> of <Name>" that starts at
    tokens[s] ("the Gulf of Finland", "the Sea of Okhotsk"): one name as a whole, never its head
    alone (the bare alias "the Gulf") nor the place after "of" (Finland). None when not one."""
    n = len(toks)
    if not (
        s + 2 < n
        and toks[s].text[:1].isupper()
        and toks[s].text.lower() in WATER_HEADS
        and toks[s + 1].text == "of"
        and capitalised(toks[s + 2])
    ):
        return None
    e = s + 3
    while e < n and capitalised(toks[e]) and toks[e].pos in ("PROPN", ""):
        e += 1
    return e


def names_place_before_facility(toks: Sequence[Token], i: int, j: int, gaz: Gazetteer) -> bool:
    """Before a facility word ("Chuhuiv Airbase", "Freedom Square") a name counts as a place only
    when it spells the place's own name, not one of its alternate names."""
    if j >= len(toks) or toks[j].text.lower() not in FACILITY_WORDS - CONTAINER_NOUNS:
        return True
    query = normalise(tok_text(toks, i, j))
    return any(fuzz.ratio(query, normalise(c.name)) >= 80 for c in gaz.lookup(query)[:1])


def own_name(query: str, c: Candidate, exact: bool = False) -> bool:
    """Does a (normalised) name spell the candidate's own name rather than one of its alternate
    names or a loose variant? `exact`: the same key; else a close spelling (Kharkov/Kharkiv)."""
    own = normalise(c.name)
    return query == own or (not exact and fuzz.ratio(query, own) >= 80)


def inside_longer_name(toks: Sequence[Token], i: int, j: int, taken: Sequence[bool]) -> str:
    """Do words around tokens[i:j] make it part of a longer name? "after" when a capitalised
    word follows ("Gagarin Stadium", "Kharkiv Regional"), "before" when one precedes or a hyphen
    joins it to the word before ("Team Columbia", "al-Tounsi"), else ""."""
    hyphen = (  # "Al-Dawr", "Bustan Al-Basha"
        j + 1 < len(toks)
        and toks[j].text == "-"
        and not toks[j - 1].whitespace
        and toks[j + 1].text[:1].isupper()
    )
    facility = (  # "Mariupol Drama Theater": the middle word names the theatre, not a town
        i > 0
        and j < len(toks)
        and toks[j].text.lower() in FACILITY_WORDS - CONTAINER_NOUNS
        and toks[i - 1].text[:1].isupper()
        and toks[i - 1].pos in ("PROPN", "ADJ", "")
    )
    after = (
        hyphen
        or facility
        or _heads_of_phrase(toks, j)
        or (
            j < len(toks)
            and (capitalised(toks[j]) or toks[j].text in NAME_WORDS)
            and toks[j].pos in ("PROPN", "")
            and not taken[j]
            and toks[j].text.lower() not in FACILITY_WORDS
        )
    )
    before = (
        i > 1
        and toks[i - 1].text[:1].isupper()
        and toks[i - 1].pos in ("PROPN", "")
        and not taken[i - 1]
        and (toks[i - 1].text.lower() not in NAME_STOP_WORDS or toks[i - 1].text in NAME_WORDS)
    ) or (i > 1 and toks[i - 1].text == "-" and not toks[i - 2].whitespace and toks[i - 2].text.isalpha())
    return "before" if before else "after" if after else ""


# Heads of an office's name whose "of" phrase names its field, not a place ("the Department of
# Justice", "the Ministry of Defence"), and heads after a name that make it an organisation's or
# a treaty's ("the American Enterprise Institute", "the Paris Agreement", "the Labour Party").
OFFICE_HEADS = words("department ministry minister secretary office bureau")
ORGANISATION_HEADS = words(
    """
    institute institution foundation endowment party agreement agreements accord accords treaty
    protocol
    """
)


def in_organisation_name(toks: Sequence[Token], i: int, j: int) -> bool:
    """Is tokens[i:j] a word of an office's or organisation's name: after a capitalised office
    head and "of" ("Department of Justice"), or before a capitalised organisation or treaty head
    ("Enterprise Institute", "Paris Agreement")? Only a big city or an area keeps such a word a
    place (see `toponyms.recognise`)."""
    office = (
        i > 1
        and toks[i - 1].text.lower() == "of"
        and toks[i - 2].text[:1].isupper()
        and toks[i - 2].text.lower() in OFFICE_HEADS
    )
    return office or (
        j < len(toks) and toks[j].text[:1].isupper() and toks[j].text.lower() in ORGANISATION_HEADS
    )


def _heads_of_phrase(toks: Sequence[Token], j: int) -> bool:
    """Does "of" and a capitalised name follow tokens[j-1] ("the Bay of Pigs", "the Triangle of
    Death", "the Battle of Mosul")? The word before it is the head noun of a longer name, not a
    town that happens to share it (Bay, Battle): only a big place's own name stays a place."""
    k = j + 1
    if k < len(toks) and toks[k].text.lower() == "the":
        k += 1
    return j < len(toks) and toks[j].text == "of" and k < len(toks) and capitalised(toks[k])


# Where a person lives or stays: a name the model reads as a person's before "'s" and one of
# these is its owner, not a town ("in Smith's house", "outside Patten's hotel").
_DWELLINGS = words("home house apartment flat residence hotel villa farm room office car")


def owns_dwelling(toks: Sequence[Token], j: int) -> bool:
    """Does "'s" and (maybe an adjective and) a dwelling noun follow tokens[j-1]?"""
    if j >= len(toks) or toks[j].text not in ("'s", "’s"):
        return False
    k = j + 1
    if k < len(toks) and toks[k].pos == "ADJ":
        k += 1
    return k < len(toks) and toks[k].text.lower() in _DWELLINGS


_CALENDAR = words("monday tuesday wednesday thursday friday saturday sunday")


def name_before(toks: Sequence[Token], e: int) -> int:
    """Where a name ending before tokens[e] starts: up to three capitalised proper nouns, joined by
    hyphens to an article ("el-Ain", "Al-Dawr"); a day name before it is no part of it ("shelled
    Monday Shuola city")."""
    s = e
    while s > 0 and e - s < 5:
        p = toks[s - 1]
        glued = s >= 2 and not toks[s - 2].whitespace and not p.whitespace
        name = p.pos == "PROPN" and p.text[:1].isupper()
        hyphen = s < e and p.text == "-" and glued
        article = s < e and toks[s].text == "-" and p.text.lower() in ("al", "el") and not p.whitespace
        if not (name or hyphen or article):
            break
        s -= 1
    while s < e and (toks[s].text.lower() in _CALENDAR or toks[s].text == "-"):
        s += 1
    return s


_ARTICLES = words("al el ad an ar as ash at az ed en er es et")


def article_prefix(toks: Sequence[Token], s: int) -> bool:
    """Do tokens[s:s+2] spell a lower-case Arabic article glued to a name ("al-Bab", "ash-Shaddadi")?"""
    return (
        s + 2 < len(toks)
        and toks[s].text.lower() in _ARTICLES
        and toks[s + 1].text == "-"
        and not toks[s].whitespace
        and not toks[s + 1].whitespace
        and toks[s + 2].text[:1].isupper()
    )


def in_longer_person(
    toks: Sequence[Token], person_span: Sequence[tuple[int, int] | None], i: int, j: int
) -> bool:
    """Is tokens[i:j] the last word(s) of a longer name the model reads as a person's, whose other
    words are all proper nouns ("Sufyan Maher Hassan"; not "Islamic Cairo")?"""
    span = person_span[i]
    if span is None or span == (i, j) or span[1] != j:
        return False
    others = [t for t in toks[span[0] : span[1]] if not i <= t.i < j]
    return bool(others) and all(t.pos == "PROPN" for t in others)


def in_place_phrase(toks: Sequence[Token], i: int, j: int) -> bool:
    """Does tokens[i:j] stand after a firm locative preposition, maybe past a determiner or an
    adjective ("in Kyiv", "in central Moscow", "near the Syrian capital Damascus")?"""
    k = i - 1
    while k >= 0 and (toks[k].text.lower() in ("the", "a", "an") or toks[k].pos in ("ADJ", "PROPN", "NOUN")):
        if i - k > 4:
            return False
        k -= 1
    if k >= 0 and toks[k].text.lower() in FIRM_PREPS:
        return True
    head = next((t for t in toks[i:j] if not i <= t.head < j or t.head == t.i), toks[j - 1])
    for _ in range(3):
        if head.dep in ("compound", "appos", "conj") and 0 <= head.head < len(toks) and head.head != head.i:
            head = toks[head.head]
    return head.dep == "pobj" and 0 <= head.head < len(toks) and toks[head.head].text.lower() in FIRM_PREPS


def firm_preposition(toks: Sequence[Token], i: int) -> bool:
    """Does a locative preposition other than to/on/against stand right before tokens[i]
    ("in Taji", "at Birgunj", "near the Ghat area")?"""
    k = i - 1
    while k >= 0 and toks[k].text.lower() in ("the", "a", "an"):
        k -= 1
    return k >= 0 and toks[k].text.lower() in LOC_PREPS - WEAK_PREPS


def locative_position(toks: Sequence[Token], i: int, j: int, objects_only: bool = False) -> bool:
    """Is tokens[i:j] where a place goes: after a locative preposition, the object of an attack
    verb, or the name of a town/region noun in such a position ("the Kupiansk district")?
    `objects_only`: the object of an attack verb only ("attacked Avdiivka")."""
    prev = toks[i - 1].text.lower() if i > 0 else ""
    if prev == "the" and i > 1:
        prev = toks[i - 2].text.lower()
    if (prev in LOC_PREPS or prev in ("from", "of")) and not objects_only:
        return True
    head = next((t for t in toks[i:j] if not i <= t.head < j or t.head == t.i), toks[j - 1])
    for _ in range(2):
        if head.dep in ("compound", "appos", "conj") and 0 <= head.head < len(toks) and head.head != head.i:
            head = toks[head.head]
    if head.dep == "pobj" and 0 <= head.head < len(toks) and not objects_only:
        p = toks[head.head].text.lower()
        return p in LOC_PREPS or p in ("from", "of")
    if head.dep in ("dobj", "obj") and 0 <= head.head < len(toks):
        return toks[head.head].lemma.lower() in TARGET_VERBS
    return False


# Lower-case nouns between a facility's name and its noun: "the Torkham border crossing", "the
# Ajyad police station", "the Baiji oil refinery". Not "military" or "army": "U.S. military offices"
# are a country's, not a name.
_FACILITY_MODIFIERS = words("border police bus railway train power nuclear oil gas detention refugee")

# A capitalised word joined to a lower-case participle or noun ("U.S.-run", "Saudi-led",
# "Kurdish-held"): a modifier saying who runs or holds the facility, no word of its name.
_HYPHEN_MODIFIER = re.compile(r"-[a-z]+$")


def facility_span(
    toks: Sequence[Token], k: int, demonyms: dict[str, str], blocked: set[int]
) -> tuple[int, int, int, int] | None:
    """The name of a facility or feature whose noun is tokens[k]: (start, end, name start, name
    end). The name stands before the noun ("al-Shaab Stadium", "Sumy market") or, after a
    capitalised noun, follows "of" ("the Church of the Nativity"); None when there is no name."""
    n = len(toks)
    noun = k
    while (
        k > 0
        and noun - k < 2
        and not toks[noun].text[:1].isupper()
        and toks[k - 1].text in _FACILITY_MODIFIERS
    ):
        k -= 1  # "the Torkham border crossing", "the Ajyad police station": the name stands before both

    def name_word(t: Token) -> bool:
        return (
            t.i not in blocked
            and t.text[:1].isupper()
            and t.text.lower() not in NAME_STOP_WORDS
            and not _HYPHEN_MODIFIER.search(t.text)
        )

    s = k
    while s > 0 and k - s < 5:
        p = toks[s - 1]
        joined = (
            name_word(p)
            or (s < k and (p.text.lower() in ("al", "el") or not p.text.strip()))
            or (p.text == "-" and s >= 2 and not toks[s - 2].whitespace)
            or (
                p.text.lower() in ("and", "&")
                and toks[k].text[:1].isupper()
                and s >= 2
                and name_word(toks[s - 2])
            )
        )
        if joined:
            s -= 1
        else:
            break
    while s < k and (toks[s].text.lower() in ("-", "and", "&") or not toks[s].text.strip()):
        s += 1
    if s < k:
        name = [t for t in toks[s:k] if t.text != "-"]
        if toks[s].pos not in ("PROPN", "") or all(t.text.lower() in demonyms for t in name):
            s = k  # "Destroyed bridge", "Russian base": no name
    if s < k:  # a lower-case noun is no part of the name: "the Qaryat Zarwan neighborhood"
        return s, k + 1 if toks[k].text[:1].isupper() else k, s, k
    k = noun
    if (
        not toks[k].text[:1].isupper()
        or k + 2 >= n
        or toks[k + 1].text != "of"
        or toks[k].text.lower() in DISTRICT_NOUNS
    ):
        return None
    e = k + 2
    while e < n and (name_word(toks[e]) or toks[e].text.lower() in ("of", "the", "and", "&")):
        e += 1
    while e > k + 2 and toks[e - 1].text.lower() in ("of", "the", "and", "&"):
        e -= 1
    if not any(name_word(t) for t in toks[k + 2 : e]):
        return None
    return k, e, k + 2, e  # "the University of Manitoba": the town may follow "of"
