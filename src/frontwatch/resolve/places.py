"""Places: every toponym of an article recognised and resolved, and each event's location chosen
by syntax among its sentence's places.

1. Recognition (per sentence): spaCy GPE/LOC/FAC entities, a gazetteer matcher over capitalised
   tokens, admin forms ("the Kharkiv region", "Sumy Oblast"), and demonym adjectives heading a
   territorial noun ("Belarusian territory", "Russian airspace" → the country).
   Organisation and person names only count as towns when they spell the town's own name or
   stand after a firm locative ("ARA News" is not Arrah); names the gazetteer lacks, read as
   places by the model, by a settlement noun ("the Radhwaniyah area", "the towns of A and B")
   or by a firm locative ("in Al-Dawr"), become `unlisted` mentions placed on the nearest place
   of their sentence (else the article's dominant place; else kept without coordinates).
   Named facilities and features ("Gagarin Stadium", "the Church of the Nativity", "Hongze
   Lake") are one mention, placed on the town named after them or owning them, else on the
   town they are named after; a village followed by its oblast ("Pisky, Donetsk Oblast") is
   its namesake there, or an unlisted place in that oblast.
2. Resolution (per article): candidates ranked by population and kind, then re-ranked by the
   countries the article names (country names and demonyms, doubled for the same sentence), so
   "Brest" is the Belarusian city in a story about Belarus and the French port in one about France;
   then by the admin1 areas it names ("Edmonton, Ky.") and by spelling the place's own name.
3. The event's location (`locate_event`): among the sentence's places, those attached to the
   trigger or its arguments by a locative preposition ("in", "near", "into", "over", "outside",
   "at", "across", "along"), or the object of an attack verb, nearest in the dependency tree; the
   finer place on ties, and a place inside the winner (or an unlisted name placed on it) over
   the winner. Never a place in subject position or owning the subject ("Russia said",
   "Russia's army said"; otherwise a possessive takes the role of what it owns), never a
   capital flagged as a metonym by the actor dictionary ("Moscow said"), never an origin ("an
   offensive from Belarus" is not in Belarus) unless the trigger is a withdrawal ("withdrew from
   Kherson") or "from" follows what is seen ("footage from Bucha"); never a place of another
   clause's event (a relative or reported clause: "troops which have bases in Turkey"; the
   source of a report: "according to sources in Nineveh"; an agent's town: "a Staten Island
   officer"), while an adverbial clause shares its place at a cost ("killed when rebels
   attacked a post in Kidal"); a reference point ("100 km south of Baghdad") ranks last.
   A sentence naming no usable place gets the article's dominant place, marked `dominant=True`,
   unless that place is the origin the sentence named.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any, Protocol

from rapidfuzz import fuzz

from frontwatch.models import CodedEvent, Place
from frontwatch.nlp import ParsedDoc, Sentence, Token
from frontwatch.resolve.dates import tree_distance
from frontwatch.resolve.gazetteer import (
    ADMIN_WORDS,
    CONTEXT_WEIGHT,
    Candidate,
    Gazetteer,
    normalise,
    prior,
    translit_key,
)


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


LOC_PREPS = _words(
    """
    in near into over outside at across along inside around within throughout on off onto
    through nearby beyond towards toward to against targeting hitting
    """
)
_WEAK_PREPS = frozenset({"to", "towards", "toward", "against", "on", "through", "beyond"})
_FIRM_PREPS = LOC_PREPS - _WEAK_PREPS
FROM_VERBS = _words(
    """
    withdraw retreat pull evacuate flee leave expel oust drive push repel liberate free remove
    depart exit
    """
)
TARGET_VERBS = _words(
    """
    attack shell strike hit bomb capture seize take enter invade occupy liberate recapture
    retake storm raid target surround encircle besiege pound bombard reach visit blockade annex
    control defend cross patrol destroy damage demolish loot ransack burn secure
    """
)
# A place inside a phrase headed by one of these is not where the event happened ("according to
# sources in Nineveh", "shot by a Staten Island officer", "captured silver with Canada's …").
NON_LOC_PREPS = _words("by with for according about like than despite without")
# Words that put a place next to the event ("a town northeast of Baghdad", "much of Liberia").
DIRECTION_WORDS = _words(
    """
    north south east west northeast northwest southeast southwest north-east north-west south-east
    south-west much most all half rest part parts some swathes
    """
)
# People and outlets a place name may qualify ("a Staten Island police officer", "Los Angeles
# television station KCAL"): the place is theirs, not the event's.
AGENT_NOUNS = _words(
    """
    officer official police policeman soldier troop force army leader commander spokesman
    spokeswoman chief resident citizen native team club television radio newspaper media
    correspondent reporter governor mayor player fan
    """
)
QUANTITY_WORDS = _words("much most all half rest part parts some swathes")
# Clausal links: a place attached below one of them belongs to another event ("troops which have
# bases in Turkey", "demonstrated … as leaders gathered in Istanbul").
_CLAUSE_DEPS = frozenset({"relcl", "ccomp", "csubj", "parataxis"})
CONTAINER_NOUNS = _words(
    """
    city town village region province district area outskirts suburb suburbs port capital oblast
    settlement centre center state county island coast border part parts north south east west
    territory municipality community neighbourhood neighborhood vicinity direction front airport
    base
    """
)
TERRITORY_NOUNS = _words(
    """
    territory airspace soil border borders waters land lands side coast city town village region
    frontier capital port province border-crossing countryside
    """
)
FACILITY_WORDS = CONTAINER_NOUNS | _words(
    """
    airbase airfield station plant bridge tower stadium hospital school square theater theatre church
    market railway road highway checkpoint dam harbour harbor street avenue palace camp prison park
    museum university hotel supermarket mall monastery cathedral mosque seminary lyceum gymnasium
    academy factory refinery depot warehouse terminal crossing barracks zoo
    """
)
# Nouns of what is seen or reported: "footage from Bucha" is footage of Bucha, not an origin.
MEDIA_NOUNS = _words(
    """
    footage video image imagery photo picture view smoke explosion explosions fire aftermath scene
    """
)
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "poss", "agent", "expl"})
_PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})
_NOT_PLACE_ENTS = _words("DATE TIME MONEY PERCENT CARDINAL ORDINAL QUANTITY")
_STOP = _words(
    """
    said says president minister reuters ap afp monday tuesday wednesday thursday friday
    saturday sunday january february march april may june july august september october november
    december god mr mrs ms dr general police army the a an i we it he she they this that but and
    or if as at in on of for by with all no new read more university street news press post
    times daily party court union station central city council avenue square airport base tower
    stadium bridge hospital school church market plant factory port district region north south
    east west northern southern eastern western centre center state national international
    federal republic media video photo footage satellite imagery update live breaking
    """
)
REGION_DEMONYMS = {
    "european": "Europe", "african": "Africa", "asian": "Asia", "arctic": "Arctic", "caribbean": "Caribbean",
    "balkan": "Balkans", "sahelian": "Sahel", "crimean": "Crimea",
}  # fmt: skip
DISTRICT_NOUNS = _words("district neighbourhood neighborhood quarter microdistrict suburb")
SETTLEMENT_NOUNS = _words(
    """
    town village city district neighbourhood neighborhood area suburb quarter settlement hamlet
    township camp province governorate towns villages cities districts neighbourhoods
    neighborhoods areas suburbs settlements hamlets provinces
    """
)
# Named facilities and natural features ("Gagarin Stadium", "al-Shaab Stadium", "Manger Square",
# "Baghdad International Airport", "Hongze Lake"): the name is the place, on the coordinates of
# the town it stands in. Nouns that are also common in organisation names (house, centre,
# ministry) are left out.
FACILITY_NAMES = _words(
    """
    airport airbase airfield station plant bridge tower stadium hospital clinic school square
    theater theatre church market bazaar railway road highway checkpoint dam harbour harbor street
    avenue boulevard palace prison park museum university hotel supermarket mall monastery cathedral
    mosque shrine temple synagogue seminary lyceum gymnasium academy factory refinery depot
    warehouse terminal crossing barracks zoo embassy consulate outpost brewery combine substation
    shipyard embankment junction home offices headquarters valley lake river mountain mountains
    hills desert gorge canal reservoir forest
    """
)
PLACE_NOUNS = _words("street road") | FACILITY_NAMES | TERRITORY_NOUNS | SETTLEMENT_NOUNS | CONTAINER_NOUNS
PRECISION_ORDER = {"point": 0, "city": 1, "admin1": 2, "region": 3, "country": 4}


class ActorMatcher(Protocol):
    """What places needs of the actor dictionary: mentions with token spans and metonym flags."""

    def match(self, sentence: Sentence, on: date | None = None) -> Sequence[Any]: ...


@dataclass(frozen=True)
class Mention:
    """One toponym in a sentence: tokens [start, end), its candidates and the chosen one."""

    sentence_index: int
    start: int
    end: int
    text: str
    candidates: tuple[Candidate, ...]
    resolved: Candidate | None
    source: str  # ent, gazetteer, admin, demonym
    is_metonym: bool = False


@dataclass(frozen=True)
class ArticleContext:
    """All toponym mentions of an article, the countries it names (iso3 → weight, max 1) and its
    dominant place."""

    mentions: tuple[Mention, ...]
    countries: dict[str, float]
    dominant: Place | None
    by_sentence: dict[int, tuple[Mention, ...]] = field(default_factory=dict)


ArticlePlaces = ArticleContext


def _demonyms() -> dict[str, str]:
    from frontwatch.resolve.actors import country_demonyms

    return country_demonyms()


def _tok_text(tokens: Sequence[Token], start: int, end: int) -> str:
    return "".join(
        t.text + (t.whitespace if k < end - 1 else "") for k, t in enumerate(tokens[start:end], start)
    )


def _capitalised(tok: Token) -> bool:
    return tok.text[:1].isupper() and tok.text.lower() not in _STOP


def _names_place_before_facility(toks: Sequence[Token], i: int, j: int, gaz: Gazetteer) -> bool:
    """Before a facility word ("Chuhuiv Airbase", "Freedom Square") a name counts as a place only
    when it spells the place's own name, not one of its alternate names."""
    if j >= len(toks) or toks[j].text.lower() not in FACILITY_WORDS - CONTAINER_NOUNS:
        return True
    query = normalise(_tok_text(toks, i, j))
    return any(fuzz.ratio(query, normalise(c.name)) >= 80 for c in gaz.lookup(query)[:1])


def _own_name(query: str, c: Candidate, exact: bool = False) -> bool:
    """Does a (normalised) name spell the candidate's own name rather than one of its alternate
    names or a loose variant? `exact`: the same key; else a close spelling (Kharkov/Kharkiv)."""
    own = normalise(c.name)
    return query == own or (not exact and fuzz.ratio(query, own) >= 80)


def _inside_longer_name(toks: Sequence[Token], i: int, j: int, taken: Sequence[bool]) -> str:
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
        or (
            j < len(toks)
            and _capitalised(toks[j])
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
        and toks[i - 1].text.lower() not in _STOP
    ) or (i > 1 and toks[i - 1].text == "-" and not toks[i - 2].whitespace and toks[i - 2].text.isalpha())
    return "before" if before else "after" if after else ""


def _in_place_phrase(toks: Sequence[Token], i: int, j: int) -> bool:
    """Does tokens[i:j] stand after a firm locative preposition, maybe past a determiner or an
    adjective ("in Kyiv", "in central Moscow", "near the Syrian capital Damascus")?"""
    k = i - 1
    while k >= 0 and (toks[k].text.lower() in ("the", "a", "an") or toks[k].pos in ("ADJ", "PROPN", "NOUN")):
        if i - k > 4:
            return False
        k -= 1
    if k >= 0 and toks[k].text.lower() in _FIRM_PREPS:
        return True
    head = next((t for t in toks[i:j] if not i <= t.head < j or t.head == t.i), toks[j - 1])
    for _ in range(3):
        if head.dep in ("compound", "appos", "conj") and 0 <= head.head < len(toks) and head.head != head.i:
            head = toks[head.head]
    return head.dep == "pobj" and 0 <= head.head < len(toks) and toks[head.head].text.lower() in _FIRM_PREPS


def _firm_preposition(toks: Sequence[Token], i: int) -> bool:
    """Does a locative preposition other than to/on/against stand right before tokens[i]
    ("in Taji", "at Birgunj", "near the Ghat area")?"""
    k = i - 1
    while k >= 0 and toks[k].text.lower() in ("the", "a", "an"):
        k -= 1
    return k >= 0 and toks[k].text.lower() in LOC_PREPS - _WEAK_PREPS


def _locative_position(toks: Sequence[Token], i: int, j: int, objects_only: bool = False) -> bool:
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


def _facility_span(
    toks: Sequence[Token], k: int, demonyms: dict[str, str], blocked: set[int]
) -> tuple[int, int, int, int] | None:
    """The name of a facility or feature whose noun is tokens[k]: (start, end, name start, name
    end). The name stands before the noun ("al-Shaab Stadium", "Sumy market") or, after a
    capitalised noun, follows "of" ("the Church of the Nativity"); None when there is no name."""
    n = len(toks)

    def name_word(t: Token) -> bool:
        return t.i not in blocked and t.text[:1].isupper() and t.text.lower() not in _STOP

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


def _recognise(
    sentence: Sentence, gaz: Gazetteer, demonyms: dict[str, str], known: frozenset[str] = frozenset()
) -> list[tuple[int, int, str, list[Candidate]]]:
    """Toponym spans in a sentence with their (context-free) candidates. `known` holds names
    already read as places elsewhere in the article (one sense per discourse)."""
    toks = sentence.tokens
    n = len(toks)
    taken = [False] * n
    found: list[tuple[int, int, str, list[Candidate]]] = []

    def add(s: int, e: int, source: str, cands: list[Candidate]) -> None:
        found.append((s, e, source, cands))
        for k in range(s, e):
            taken[k] = True

    def admin_extension(s: int, e: int) -> tuple[int, list[Candidate]] | None:
        if e < n and toks[e].text.lower() in ADMIN_WORDS:
            cands = [c for c in gaz.lookup(_tok_text(toks, s, e + 1)) if c.kind in ("admin1", "region")]
            if cands:
                return e + 1, cands
        return None

    # 1. named entities
    for ent in sentence.ents:
        if ent.label not in _PLACE_ENTS:
            continue
        s, e = ent.start, ent.end
        while s < e and toks[s].text.lower() == "the":
            s += 1
        if e > s and toks[e - 1].text in ("'s", "’s", "'"):
            e -= 1
        if s >= e:
            continue
        ext = admin_extension(s, e)
        if ext:
            add(s, ext[0], "admin", ext[1])
            continue
        if not _names_place_before_facility(toks, s, e, gaz):
            continue
        for k in (2, 1):  # the model cut the name short: "Bila" of "Bila Tserkva"
            if (
                e + k <= n
                and all(_capitalised(t) for t in toks[e : e + k])
                and gaz.lookup(_tok_text(toks, s, e + k))
            ):
                e += k
                break
        cands = gaz.lookup(_tok_text(toks, s, e))
        if not cands and e - s > 1:  # "Izium district", "Chuhuiv Airbase": the name before it
            for k in range(e - 1, s, -1):
                if all(t.text.lower() in FACILITY_WORDS for t in toks[k:e]) and _names_place_before_facility(
                    toks, s, k, gaz
                ):
                    cands = gaz.lookup(_tok_text(toks, s, k))
                    if cands:
                        e = k
                        break
        if cands:
            add(s, e, "ent", cands)

    # 1b. named facilities and features ("Gagarin Stadium", "the Church of the Nativity", "the
    # Vostochny district"): one mention for the whole name, before the matcher reads a town in it
    blocked = {k for ent in sentence.ents if ent.label in _NOT_PLACE_ENTS for k in range(ent.start, ent.end)}
    for k, tok in enumerate(toks):
        low = tok.text.lower()
        if taken[k] or (low not in FACILITY_NAMES and low not in DISTRICT_NOUNS):
            continue
        span = _facility_span(toks, k, demonyms, blocked)
        if span is None:
            continue
        s, e, ns, ne = span
        if ne == k and k + 1 < n and toks[k + 1].text[:1].isupper() and toks[k + 1].pos in ("PROPN", ""):
            continue  # part of a longer name: "the U.S. District Court", "Beverly Hills Police"
        whole = normalise(_tok_text(toks, s, e))
        if e == k + 1 and any(_own_name(whole, c, True) for c in gaz.lookup(whole)[:3]):
            continue  # a town's own name: "Beverly Hills", "Palm Springs"
        inner = [f for f in found if f[0] < e and s < f[1]]
        if any(not (s <= f[0] and f[1] <= e) for f in inner):
            continue
        if (
            ne == k
            and ns < k
            and any(c.kind in ("admin1", "region") for c in gaz.lookup(_tok_text(toks, ns, k + 1)))
        ):
            continue  # "the Bakhmut district": an admin area, read below
        if (
            ne > ns
            and (toks[k].text.lower() in DISTRICT_NOUNS or ne > k)
            and any(
                _own_name(normalise(_tok_text(toks, ns, ne)), c, True)
                and (c.kind != "city" or c.population >= 100_000)
                for c in gaz.lookup(_tok_text(toks, ns, ne))[:3]
            )
        ):
            continue  # a town's name: "a Houston suburb", "the University of Manitoba"
        own: list[Candidate] = []
        subspans = sorted(
            ((a, b) for a in range(ns, ne) for b in range(a + 1, ne + 1)), key=lambda x: x[0] - x[1]
        )
        for a, b in subspans:  # the town a facility is named after ("Baghdad International Airport")
            if not toks[a].text[:1].isupper() or toks[a].text.lower() in _STOP:
                continue
            query = normalise(_tok_text(toks, a, b))
            cands = [
                c
                for c in gaz.lookup(query)[:3]
                if c.kind in ("city", "admin1")
                and (_own_name(query, c) or translit_key(query) == translit_key(normalise(c.name)))
            ]
            if cands:  # spelt as the town's own name or a transliteration of it (Gomel, Homyel')
                own = cands
                break
        found[:] = [f for f in found if f not in inner]
        add(s, e, "facility", own)

    # 2. gazetteer matcher over capitalised tokens. The small English model often labels
    # Ukrainian towns PERSON or ORG, so those labels do not block a name in a place position.
    hard = [False] * n
    soft = [False] * n
    person = [False] * n
    norp = [False] * n
    org = [False] * n
    alone: set[tuple[int, int]] = set()  # one-word labels, often wrong for towns ("Energodar" NORP)
    for ent in sentence.ents:
        one = ent.end - ent.start == 1 and toks[ent.start].pos == "PROPN" and _capitalised(toks[ent.start])
        if one:
            alone.add((ent.start, ent.end))
        for k in range(ent.start, ent.end):
            if ent.label not in _PLACE_ENTS and ent.label not in _NOT_PLACE_ENTS:
                soft[k] = True
                person[k] = ent.label == "PERSON"
                norp[k] = ent.label == "NORP"
                org[k] = ent.label == "ORG"
            elif ent.label in _NOT_PLACE_ENTS and not (one and not any(c.isdigit() for c in toks[k].text)):
                hard[k] = True  # but a lone proper noun is no date ("in Arciz" read as DATE)
    i = 0
    while i < n:
        tok = toks[i]
        # capitalisation is the signal (the model tags unknown town names ADV, NOUN, …); a
        # sentence-initial word only counts when tagged a proper noun
        if taken[i] or hard[i] or not _capitalised(tok):
            i += 1
            continue
        hit = None
        for j in range(min(n, i + 4), i, -1):
            if (
                any(taken[k] or hard[k] for k in range(i, j))
                or not all(
                    toks[k].text[:1].isupper() or toks[k].text in ("-", "of", "el", "al") for k in range(i, j)
                )
                or toks[j - 1].text in ("-", "of", "el", "al")
            ):
                continue
            ext = admin_extension(i, j)
            if ext:
                hit = (ext[0], "admin", ext[1])
                break
            query = normalise(_tok_text(toks, i, j))
            side = _inside_longer_name(toks, i, j, taken)
            if side and not any(
                ((c.kind != "city" or c.population >= 100_000) and _own_name(query, c, side == "before"))
                or (c.kind != "city" and query in gaz)
                for c in gaz.lookup(query)[:3]
            ):
                continue  # "Gagarin Stadium", "Team Columbia" (a big city passes: "Kharkiv Regional")
            if (
                toks[i].text.isupper()
                and j - i == 1
                and len(toks[i].text) <= 5
                and (
                    toks[i].text not in gaz
                    or all(c.kind == "city" and c.population < 100_000 for c in gaz.lookup(query)[:1])
                )
            ):
                continue  # an acronym (MLRS, NATO), not a loosely spelt place or a village
            cands = gaz.lookup(_tok_text(toks, i, j))
            if cands and not _names_place_before_facility(toks, i, j, gaz):
                break
            if cands:
                best = cands[0]
                if (
                    (j - i == 1 and (query in demonyms or query in REGION_DEMONYMS))
                    or (
                        best.kind == "city"
                        and (
                            toks[i].text.endswith("-")
                            or (  # "Shiite-dominated", "Kurdish-majority": a modifier, not a town
                                j + 1 < n
                                and toks[j].text == "-"
                                and toks[j + 1].text[:1].islower()
                                and best.population < 100_000
                            )
                        )
                    )
                ):
                    break  # "Syrian" is not a town called Syrian; demonyms are read in step 4
                # a big place's own name is a place even where the model tags it ADJ or ORG
                # ("Mariupol city lyceum", "Kramatorsk" as PRODUCT)
                strong = (
                    _own_name(query, best)
                    and best.population >= 20_000
                    and (not any(person[k] for k in range(i, j)) or (i, j) in alone)
                )
                if i == 0 and tok.pos != "PROPN" and not (strong and tok.pos == "NOUN"):
                    break  # a sentence-initial capital counts when tagged a (proper) noun: not "Then"
                in_name = any(soft[k] for k in range(i, j)) and query not in known and not strong
                firm = (
                    _firm_preposition(toks, i)
                    or _in_place_phrase(toks, i, j)
                    or _locative_position(toks, i, j, objects_only=True)
                )
                if (
                    best.kind == "city"
                    and any(norp[k] or person[k] for k in range(i, j))
                    and not firm
                    and not _own_name(query, best, True)
                ):
                    break  # "Shiite", "Britons": peoples, not places; "Bashar" (al-Assad) is not Bawshar
                if (
                    best.kind == "city"
                    and not _own_name(query, best)
                    and not firm
                    and (in_name or best.population < 100_000)
                ):
                    break  # another place's alternate name or a loose spelling: "ARA" (Arrah), "Hamas"
                locative = _locative_position(toks, i, j) or (
                    j < n and toks[j].text.lower() in FACILITY_WORDS | {"council"}
                )
                proper = all(t.pos in ("PROPN", "") for t in toks[i:j])
                if not proper and not strong and (not locative or any(t.pos == "ADJ" for t in toks[i:j])):
                    break  # a mis-tagged name ("around Bakhmut" as ADV) only in a place position
                big = 1_000_000 if any(person[k] for k in range(i, j)) else 100_000 if j - i == 1 else 10**9
                if (
                    best.kind in ("country", "region", "admin1")
                    or (locative and best.population >= 500)
                    or (best.population >= (big if in_name else 100_000))
                    # a sizeable town's own name, unless inside a longer label ("the Suffolk Times")
                    or (strong and (not any(org[k] for k in range(i, j)) or (i, j) in alone))
                ):
                    hit = (j, "gazetteer", cands)
                break
        if hit:
            add(i, hit[0], hit[1], hit[2])
            i = hit[0]
        else:
            i += 1

    # 3. names the gazetteer does not hold, read as places by the model (GPE/LOC/FAC) or by a
    # settlement noun ("the village of Jdeideh", "Albuhrat neighborhood"): placed later on
    # the place that contains them
    def free(s: int, e: int) -> bool:
        return all(not taken[k] and not hard[k] and not person[k] for k in range(s, e))

    for ent in sentence.ents:
        s, e = ent.start, ent.end
        while s < e and (toks[s].text.lower() == "the" or not toks[s].text[:1].isalnum()):
            s += 1
        while e > s and not toks[e - 1].text[:1].isalnum():
            e -= 1
        if (
            ent.label in _PLACE_ENTS
            and s < e
            and toks[s].text[:1].isupper()
            and free(s, e)
            and not any(t.text.lower() in demonyms or t.text.lower() in REGION_DEMONYMS for t in toks[s:e])
        ):
            add(s, e, "unlisted", [])
    for k, tok in enumerate(toks):
        if tok.text.lower() not in SETTLEMENT_NOUNS:
            continue
        if k + 2 < n and toks[k + 1].text == "of":  # "the town of Sheykler", "the towns of A and B"
            s = k + 2
            while s < n:
                e = s
                while (
                    e < n
                    and e - s < 4
                    and (toks[e].pos == "PROPN" or toks[e].text == "-")
                    and _capitalised(toks[s])
                ):
                    e += 1
                # the model tags such names PERSON as often as GPE: "the province of Muthanna"
                if (
                    e > s
                    and toks[s].pos == "PROPN"
                    and all(not taken[x] and not hard[x] for x in range(s, e))
                ):
                    add(s, e, "unlisted", [])
                if not tok.text.lower().endswith("s") or e == s or e >= n:
                    break
                s = e + 1 if toks[e].text in (",", "and") else n
                if s < n and toks[s].text == "and":
                    s += 1
        e = k  # "Albuhrat neighborhood", "the Radhwaniyah area"
        s = e
        while s > 0 and e - s < 3 and toks[s - 1].pos == "PROPN" and toks[s - 1].text[:1].isupper():
            s -= 1
        if (
            e > s
            and free(s, e)
            and toks[s].text.lower() not in _STOP
            and toks[s].text.lower() not in demonyms
        ):
            add(s, e, "unlisted", [])  # but "many Chechen towns" names none

    # a capitalised name no model or table knows, right after "in"/"near"/"outside" ("hiding in a
    # hole on a farm in Al-Dawr"): a place the gazetteer lacks
    for k in range(1, n):
        if toks[k - 1].text.lower() not in _FIRM_PREPS or toks[k - 1].text[:1].isupper():
            continue
        s = e = k
        while e < n and e - s < 4 and (toks[e].pos == "PROPN" or (toks[e].text == "-" and e > s)):
            e += 1
        while e > s and toks[e - 1].text == "-":
            e -= 1
        if (
            e > s
            and _capitalised(toks[s])
            and toks[s].text.lower() not in demonyms
            and (e == n or not toks[e].text[:1].isupper())
            and free(s, e)
            and not any(soft[x] for x in range(s, e))
        ):
            add(s, e, "unlisted", [])

    # 4. demonym adjectives before a territorial noun ("Belarusian territory")
    for k, tok in enumerate(toks):
        if taken[k] or not tok.text[:1].isupper():
            continue
        low = tok.text.lower()
        iso3 = demonyms.get(low)
        if not iso3:
            region = REGION_DEMONYMS.get(low)
            cands = [c for c in gaz.lookup(region) if c.kind == "region"] if region else []
            if cands:
                add(k, k + 1, "adjective", cands[:1])
            continue
        head = toks[tok.head] if tok.head != k and 0 <= tok.head < n else toks[min(k + 1, n - 1)]
        country = gaz.country(iso3)
        if country is None:
            continue
        if head.lemma.lower() in TERRITORY_NOUNS or head.text.lower() in TERRITORY_NOUNS:
            add(k, k + 1, "demonym", [country])
        else:  # "Russian troops": a toponym for geoparsing, never an event location
            add(k, k + 1, "adjective", [country])
    return sorted(found)


NOT_PLACE_KINDS = frozenset({"person", "igo", "group"})


def _actor_tokens(
    sentence: Sentence, actors: ActorMatcher | None, on: date | None
) -> tuple[set[int], set[int]]:
    """Tokens of capitals used as metonyms, and tokens of actors that are never places
    (people, organisations, armed groups: "Putin" is not Putian, "the West" not West, Texas)."""
    metonyms: set[int] = set()
    not_places: set[int] = set()
    if actors is None:
        return metonyms, not_places
    for m in actors.match(sentence, on):
        if getattr(m, "is_metonym", False):
            metonyms.update(range(m.start, m.end))
        elif getattr(m, "kind", "") in NOT_PLACE_KINDS:
            not_places.update(range(m.start, m.end))
    return metonyms, not_places


def _country_weights(raw: dict[str, float]) -> dict[str, float]:
    top = max(raw.values(), default=0)
    return {k: v / top for k, v in raw.items()} if top else {}


def _dateline(sentence: Sentence, start: int) -> bool:
    """'KYIV, Jan 6 (Reuters)': the reporter's location, not a story place."""
    toks = sentence.tokens
    return (
        sentence.index == 0
        and start == 0
        and toks[0].text.isupper()
        and len(toks) > 1
        and (toks[1].text in (",", "(", "-", "—"))
    )


def article_context(
    doc: ParsedDoc, gaz: Gazetteer, actors: ActorMatcher | None = None, on: date | None = None
) -> ArticleContext:
    """Recognise and resolve every toponym of an article with the article's country context."""
    demonyms = _demonyms()
    raw: list[tuple[int, int, int, str, list[Candidate], bool]] = []
    countries: dict[str, float] = defaultdict(float)
    admin1s: set[str] = set()
    sentence_countries: dict[int, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    known = frozenset(
        normalise(_tok_text(sent.tokens, s, e))
        for sent in doc.sentences
        for s, e, source, _ in _recognise(sent, gaz, demonyms)
        if source in ("ent", "gazetteer", "admin")
    )
    for sent in doc.sentences:
        metonyms, not_places = _actor_tokens(sent, actors, on)
        for s, e, source, cands in _recognise(sent, gaz, demonyms, known):
            if any(k in not_places for k in range(s, e)):
                continue
            # a capital after "in"/"near" is a place ("shot in central Moscow"), not its government
            is_met = any(k in metonyms for k in range(s, e)) and not _in_place_phrase(sent.tokens, s, e)
            raw.append((sent.index, s, e, source, cands, is_met))
            if source in ("adjective", "unlisted", "facility"):
                continue
            best = cands[0]
            if best.kind == "country" and best.country:
                w = 1.0 if source != "demonym" else 0.5
                countries[best.country] += w
                sentence_countries[sent.index][best.country] += 2 * w
            elif len({c.country for c in cands}) == 1 and best.country:
                countries[best.country] += 0.5
                sentence_countries[sent.index][best.country] += 1.0
            if best.kind == "admin1" and best.admin1_code:
                admin1s.add(best.admin1_code)
        for tok in sent.tokens:  # all demonyms ("Russian troops") hint at the article's countries
            iso3 = demonyms.get(tok.text.lower())
            if iso3 and tok.text[:1].isupper():
                countries[iso3] += 0.25
                sentence_countries[sent.index][iso3] += 0.5
    weights = _country_weights(countries)
    mentions: list[Mention] = []
    by_sentence: dict[int, list[Mention]] = defaultdict(list)
    texts = {s.index: s for s in doc.sentences}
    for si, s, e, source, cands, is_met in raw:
        if source in ("unlisted", "facility"):
            continue
        ctx = dict(weights)
        for iso3, w in sentence_countries[si].items():
            ctx[iso3] = ctx.get(iso3, 0.0) + w
        text = _tok_text(texts[si].tokens, s, e)
        ranked = gaz.lookup(text, ctx) if source in ("ent", "gazetteer") else cands
        ranked = [c for c in ranked if c in cands] or cands
        if source in ("ent", "gazetteer") and len(ranked) > 1:
            ranked = _rerank(ranked, normalise(text), ctx, admin1s)
        m = Mention(si, s, e, _tok_text(texts[si].tokens, s, e), tuple(ranked[:8]), ranked[0], source, is_met)
        mentions.append(m)
        by_sentence[si].append(m)
    for si, here in list(by_sentence.items()):
        fixed = _within_named_area(here, texts[si].tokens, gaz)
        if fixed != here:
            mentions = [m for m in mentions if m.sentence_index != si] + fixed
            by_sentence[si] = fixed
    dominant, dominant_of = _dominant(mentions, texts, weights)
    for si, s, e, source, cands, is_met in raw:
        if source not in ("unlisted", "facility"):
            continue
        here = by_sentence.get(si, [])
        container = (
            _facility_container(here, texts[si].tokens, s, e, cands, weights)
            if source == "facility"
            else None
        ) or (_container(here, s))
        if container is None and source == "facility":  # "Hostomel airport" alone: Hostomel
            own = _own_town(cands, weights)
            container = own if own is not None and (own.population >= 20_000 or dominant_of is None) else None
        container = container or dominant_of
        text = _tok_text(texts[si].tokens, s, e)
        if container is None:  # nowhere to put it: a named place without coordinates
            unlisted = Candidate(
                -(10**9) - len(mentions), text, "unlisted", None, None, None, None, None, 0, None, "point"
            )
        else:
            unlisted = replace(
                container, id=-1 - container.id, name=text, kind="unlisted", population=0, geonames_id=None
            )
        m = Mention(si, s, e, text, (unlisted,), unlisted, source, is_met)
        mentions.append(m)
        by_sentence[si].append(m)
    mentions.sort(key=lambda m: (m.sentence_index, m.start))
    by_sentence = {k: sorted(v, key=lambda m: m.start) for k, v in by_sentence.items()}
    if dominant is None:  # only named facilities: the first one placed on a town
        first = next(
            (m for m in mentions if m.source == "facility" and m.resolved and m.resolved.lat is not None),
            None,
        )
        if first is not None and first.resolved is not None:
            dominant = to_place(first.text, first.resolved, dominant=True)
    return ArticleContext(tuple(mentions), weights, dominant, {k: tuple(v) for k, v in by_sentence.items()})


ADMIN1_WEIGHT = 2.0  # a town in an admin1 area the article names ≈ a factor 100 in population
OWN_NAME_WEIGHT = 0.5  # the text spells the place's own name, not an alternate one


def _rerank(
    cands: Sequence[Candidate], key: str, ctx: dict[str, float], admin1s: set[str]
) -> list[Candidate]:
    """Namesakes re-ranked beyond the gazetteer's country context: towns in an admin1 area the
    article names ("Edmonton" in a story naming Kentucky, "Pavlivka" with "Donetsk Oblast"),
    and the place whose own name the text spells (Tokmak, not Tokmok, which also goes by it)."""

    def score(c: Candidate) -> float:
        return (
            prior(c)
            + CONTEXT_WEIGHT * min(ctx.get(c.country or "", 0.0), 1.0)
            + (ADMIN1_WEIGHT if c.admin1_code in admin1s and c.kind != "admin1" else 0.0)
            + (OWN_NAME_WEIGHT if normalise(c.name) == key else 0.0)
        )

    return sorted(cands, key=lambda c: -score(c))


def _facility_container(
    mentions: Sequence[Mention],
    toks: Sequence[Token],
    start: int,
    end: int,
    own: Sequence[Candidate],
    weights: dict[str, float],
) -> Candidate | None:
    """The town a named facility stands in when the text says so: the place named right after it
    ("Gagarin Stadium in Chernihiv", "the Vostochny district of Mariupol") or owning it
    ("Mariupol's Metro supermarket"), else the town it is named after when that lies in a country
    the article names ("Mariupol Drama Theatre")."""
    for m in mentions:
        if (
            end <= m.start <= end + 3
            and m.resolved is not None
            and m.resolved.kind in ("city", "admin1", "region", "country")
            and m.source not in ("adjective", "demonym")
        ):
            return m.resolved
    for m in mentions:  # "Mariupol's Metro supermarket"
        if (
            start - 3 <= m.end <= start
            and m.end < len(toks)
            and toks[m.end].text in ("'s", "’s", "'", "’")
            and m.resolved is not None
            and m.resolved.kind in ("city", "admin1")
            and m.source not in ("adjective", "demonym")
        ):
            return m.resolved
    best = _own_town(own, weights)
    if best is not None and weights.get(best.country or "", 0.0) > 0:
        return best
    return None


def _own_town(own: Sequence[Candidate], weights: dict[str, float]) -> Candidate | None:
    """The town a facility is named after, best in the article's country context."""
    if not own:
        return None
    return max(own, key=lambda c: prior(c) + CONTEXT_WEIGHT * min(weights.get(c.country or "", 0.0), 1.0))


_BETWEEN_AREA = frozenset({",", "in", "the", "#", "-", "(", "of"})


def _within_named_area(mentions: list[Mention], toks: Sequence[Token], gaz: Gazetteer) -> list[Mention]:
    """A town followed by the area it lies in ("Pisky, Donetsk Oblast", "Komyshuvakha in the
    Luhansk Oblast", "Pavlivka, Sumy"): its namesake in that area; when the gazetteer has none
    there (villages of a few hundred people are missing), an unlisted place on the named oblast
    rather than a namesake elsewhere."""
    out = list(mentions)
    for k, m in enumerate(out):
        if m.resolved is None or m.resolved.kind != "city" or m.source not in ("ent", "gazetteer"):
            continue
        area = next(
            (
                a
                for a in out[k + 1 :]
                if a.resolved is not None
                and a.resolved.admin1_code
                and a.resolved.kind in ("admin1", "city")
                and a.source in ("ent", "gazetteer", "admin")
                and a.start - m.end <= 4
                and all(t.text.lower() in _BETWEEN_AREA for t in toks[m.end : a.start])
                and (a.resolved.kind == "admin1" or (toks[m.end : a.start] and toks[m.end].text == ","))
            ),
            None,
        )
        if area is None or area.resolved is None or m.resolved.admin1_code == area.resolved.admin1_code:
            continue
        inside = [c for c in m.candidates if c.admin1_code == area.resolved.admin1_code and c.kind == "city"]
        if not inside:
            inside = [
                c
                for c in gaz.lookup(m.text)
                if c.admin1_code == area.resolved.admin1_code and c.kind == "city"
            ]
        if inside:
            out[k] = replace(m, resolved=inside[0], candidates=(inside[0], *m.candidates))
        elif (
            area.resolved.kind == "admin1"
            # the gazetteer knows the admin areas of this country's towns (not Canada's)
            and (m.resolved.country != area.resolved.country or m.resolved.admin1_code is not None)
        ):
            a1 = area.resolved
            unlisted = replace(
                a1, id=-1 - a1.id, name=m.text, kind="unlisted", population=0, geonames_id=None
            )
            out[k] = replace(m, resolved=unlisted, candidates=(unlisted,))
    return out


def _container(mentions: Sequence[Mention], start: int) -> Candidate | None:
    """The place an unlisted name lies in: the nearest finer-than-country place of its sentence
    ("Saiydiah" in "Baghdad's southern district of Saiydiah"), else its country."""
    usable = [m for m in mentions if m.resolved is not None and m.source != "adjective" and not m.is_metonym]
    for kinds in (("city", "admin1"), ("region", "country")):
        near = sorted(
            (m for m in usable if m.resolved and m.resolved.kind in kinds), key=lambda m: abs(m.start - start)
        )
        if near:
            return near[0].resolved
    return None


def _dominant(
    mentions: Sequence[Mention], texts: dict[int, Sentence], weights: dict[str, float]
) -> tuple[Place | None, Candidate | None]:
    """The article's main place (and its gazetteer entry): its most-named country, or a place
    inside it named at least twice (or first, in the opening sentence)."""
    usable = [
        m
        for m in mentions
        if m.resolved
        and not m.is_metonym
        and m.source != "adjective"
        and not _dateline(texts[m.sentence_index], m.start)
    ]
    if not usable:
        return None, None
    by_country: Counter[str] = Counter()
    for m in usable:
        assert m.resolved is not None
        if m.resolved.country:
            by_country[m.resolved.country] += 1
    if not by_country:
        m = usable[0]
        assert m.resolved is not None
        return to_place(m.text, m.resolved, dominant=True), m.resolved
    top_country = by_country.most_common(1)[0][0]
    finer: Counter[int] = Counter()
    first: dict[int, Mention] = {}
    for m in usable:
        c = m.resolved
        assert c is not None
        if c.country == top_country and c.kind != "country":
            finer[c.id] += 1 + (1 if m.sentence_index == 0 else 0)
            first.setdefault(c.id, m)
    if finer:
        pid, count = finer.most_common(1)[0]
        if count >= 2:
            m = first[pid]
            assert m.resolved is not None
            return to_place(m.text, m.resolved, dominant=True), m.resolved
    for m in usable:
        if m.resolved and m.resolved.kind == "country" and m.resolved.country == top_country:
            return to_place(m.text, m.resolved, dominant=True), m.resolved
    m = next(m for m in usable if m.resolved and m.resolved.country == top_country)
    assert m.resolved is not None
    return to_place(m.text, m.resolved, dominant=True), m.resolved


def to_place(text: str, c: Candidate, dominant: bool = False) -> Place:
    """A Place record from a gazetteer candidate."""
    return Place(
        text=text,
        name=c.name,
        country=c.country,
        admin1=c.admin1,
        lat=c.lat,
        lon=c.lon,
        precision=c.precision,
        geonames_id=c.geonames_id,
        dominant=dominant,
    )


def _mention_head(sentence: Sentence, m: Mention) -> int:
    toks = sentence.tokens
    for k in range(m.start, m.end):
        h = toks[k].head
        if h == k or not m.start <= h < m.end:
            return k
    return m.end - 1


@dataclass(frozen=True)
class _Role:
    kind: str  # loc, target, to, from, actor, adjective, other
    attach: int
    prep: str = ""


def _role(sentence: Sentence, m: Mention, trigger: int) -> _Role:
    """How a place mention attaches in the sentence: by which preposition, to which token."""
    toks = sentence.tokens
    parsed = sentence.parsed and any(t.head != t.i for t in toks)
    if not parsed:
        prev = toks[m.start - 1].text.lower() if m.start > 0 else ""
        if m.start > 1 and prev == "the":
            prev = toks[m.start - 2].text.lower()
        if prev == "from":
            return _Role("from", trigger, prev)
        if prev in LOC_PREPS:
            return _Role("to" if prev in _WEAK_PREPS else "loc", trigger, prev)
        return _Role("other", trigger)
    h = _mention_head(sentence, m)
    t = toks[h]
    up = toks[t.head] if 0 <= t.head < len(toks) else t
    if (
        m.resolved is not None
        and t.dep in ("compound", "amod", "nmod")
        and t.head != trigger
        and up.lemma.lower() not in FACILITY_WORDS | TERRITORY_NOUNS | FACILITY_NAMES | SETTLEMENT_NOUNS
        and (m.resolved.kind == "country" or up.lemma.lower() in AGENT_NOUNS)
    ):
        # "a U.S. airstrike" is not in the United States; "a Staten Island police officer", "the
        # Northern Alliance leader" name whose people they are (but "the Mosul operation" is in Mosul)
        return _Role("adjective", t.head)
    return _role_of_token(sentence, h, trigger)


def _role_of_token(sentence: Sentence, h: int, trigger: int) -> _Role:
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
                return _Role("target", trigger, "of")
            if toks[up.head].text.lower() in DIRECTION_WORDS and toks[up.head].pos not in ("NOUN", "PROPN"):
                d = toks[up.head]  # "a town northeast of Baghdad", "much of Liberia"
                if d.dep in ("advmod", "npadvmod", "amod") and 0 <= d.head < len(toks) and d.head != up.head:
                    # a reference point: "Suwayrah, some 50 km south of Baghdad" is in Suwayrah
                    return _Role("ref" if d.text.lower() not in QUANTITY_WORDS else "loc", d.head, "of")
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
    if passive and (t.lemma.lower() in PLACE_NOUNS or t.pos == "PROPN"):
        return _Role("target", t.head)  # "Grozny's streets are patrolled", "the town was shelled"
    if t.dep in _SUBJECT_DEPS:
        return _Role("actor", t.head)
    if t.dep == "pobj" and 0 <= t.head < len(toks):
        prep = toks[t.head]
        p = prep.text.lower()
        attach = prep.head
        if p == "from":
            if 0 <= attach < len(toks):
                a = toks[attach]
                seen_from = a if a.pos in ("NOUN", "PROPN") or not 0 <= a.head < len(toks) else toks[a.head]
                if seen_from.lemma.lower() in MEDIA_NOUNS:
                    return _Role("loc", attach, p)  # "footage from Bucha", "smoke billowing from Kyiv"
            return _Role("from", attach, p)
        if (
            p in NON_LOC_PREPS
            or (p == "to" and 0 <= attach < len(toks) and toks[attach].text.lower() == "according")
            or (
                p == "against"
                and toks[trigger].pos == "VERB"
                and toks[trigger].lemma.lower() not in TARGET_VERBS
            )
        ):
            return _Role("none", attach, p)  # "protesting against the Philippines' participation"
        if p in LOC_PREPS:
            return _Role("to" if p in _WEAK_PREPS else "loc", attach, p)
        return _Role("other", attach, p)
    if t.dep in ("dobj", "obj", "pcomp", "attr", "oprd") and 0 <= t.head < len(toks):
        if toks[t.head].lemma.lower() in TARGET_VERBS:
            return _Role("target", t.head)
        return _Role("other", t.head)
    if t.dep in ("advmod", "npadvmod") and 0 <= t.head < len(toks):
        return _Role("loc", t.head)  # "fighting there", "Tuesday in Kyiv" fragments
    return _Role("other", t.head if 0 <= t.head < len(toks) else h)


_ROLE_RANK = {"loc": 0, "target": 0, "to": 2, "ref": 4.5, "from": 0, "other": 4}


def locate_event(doc: ParsedDoc, coded: CodedEvent, ctx: ArticleContext, gaz: Gazetteer) -> Place | None:
    """Where the coded event happened: a place of its sentence attached to the trigger or its
    arguments, else the article's dominant place (`dominant=True`), else None."""
    if not 0 <= coded.sentence_index < len(doc.sentences):
        return ctx.dominant
    sentence = doc.sentences[coded.sentence_index]
    trigger = coded.trigger_token
    toks = sentence.tokens
    if not 0 <= trigger < len(toks):
        return ctx.dominant
    trig_lemma = toks[trigger].lemma.lower()
    parsed = sentence.parsed and any(t.head != t.i for t in toks)
    scored: list[tuple[tuple[float, ...], Mention]] = []
    deep: list[tuple[tuple[float, ...], Mention]] = []
    origins: set[str] = set()
    for m in ctx.by_sentence.get(sentence.index, ()):
        if m.resolved is None or m.source == "adjective" or _dateline(sentence, m.start):
            continue
        role = _role(sentence, m, trigger)
        if role.kind in ("actor", "adjective", "none") or (
            m.is_metonym and role.kind not in ("loc", "target", "to", "ref")
        ):
            continue  # "Moscow said" — but "strikes in central Kyiv" is a place
        penalty = _clause_penalty(sentence, role.attach, trigger) if parsed else 0.0
        if penalty is None:
            continue
        if role.kind == "from" and trig_lemma not in FROM_VERBS:
            origins.update(c for c in (m.resolved.country, m.resolved.name) if c)
            continue
        dist: float
        if parsed:
            dist = tree_distance(sentence, role.attach, trigger)
            if m.source == "demonym" and role.kind == "other":
                dist += 1
        else:
            dist = min(abs(m.start - trigger), abs(m.end - 1 - trigger)) / 4
        limit = 2 if role.kind == "other" else 4
        rank = (
            _ROLE_RANK[role.kind] + penalty + (0.5 if toks[_mention_head(sentence, m)].dep == "appos" else 0)
        )
        key = (dist + rank, _fineness(m.resolved), abs(m.start - trigger), penalty)
        if dist > limit:
            if role.kind in ("loc", "target", "to") and dist <= 2 * limit:
                deep.append((key, m))
            continue
        scored.append((key, m))
    if scored:
        scored.sort(key=lambda x: x[0])
        score, best = scored[0][0][0], scored[0][1]
        # "attacked Avdiivka in the Donetsk region": a place inside the winner, nearly as well
        # attached in the same clause, is the more precise answer; so is a village the
        # gazetteer lacks, placed on the winner ("in Kollupitiya, central Colombo")
        inside = [
            m
            for sc, m in sorted(scored[1:] + deep, key=lambda x: x[0])
            if m.resolved is not None
            and sc[3] <= scored[0][0][3]
            and (sc[0] <= score + 2 or m.resolved.kind == "unlisted")
            and _within(m.resolved, best.resolved)
        ]
        if inside:
            best = inside[0]
        assert best.resolved is not None
        return to_place(best.text, best.resolved)
    if deep:  # the only places of the sentence, far down the tree but in a place's position
        deep.sort(key=lambda x: x[0])
        best = deep[0][1]
        assert best.resolved is not None
        return to_place(best.text, best.resolved)
    dom = ctx.dominant
    if dom is not None and (dom.country in origins or dom.name in origins):
        return None
    return dom


def _clause_penalty(sentence: Sentence, attach: int, trigger: int) -> float | None:
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
            low == "against" and trig.lemma.lower() not in TARGET_VERBS and trig.pos == "VERB"
        ):
            return None
        if t.pos in ("VERB", "AUX") and t.dep in _CLAUSE_DEPS:
            return None
        if t.pos in ("VERB", "AUX") and t.dep == "advcl":
            penalty = 2.0
    if common != trigger and toks[common].pos in ("VERB", "AUX"):
        # the place hangs on a verb above the trigger
        if trig.dep in _CLAUSE_DEPS:
            return None
        if not (trig.dep == "conj" and trig.head == common):
            penalty = max(penalty, 2.0 if trig.dep == "advcl" else 1.0)
    return penalty


def _fineness(c: Candidate) -> float:
    """Precision rank, finer first; a name the gazetteer lacks is finer than its container."""
    return PRECISION_ORDER.get(c.precision, 5) - (0.5 if c.kind == "unlisted" else 0.0)


def _within(inner: Candidate | None, outer: Candidate | None) -> bool:
    if inner is None or outer is None or inner.id == outer.id:
        return False
    if inner.kind == "unlisted" and outer.kind != "unlisted":  # placed on its container
        return inner.id == -1 - outer.id or (
            outer.kind in ("admin1", "country") and _within(replace(inner, kind="city"), outer)
        )
    if PRECISION_ORDER.get(inner.precision, 5) >= PRECISION_ORDER.get(outer.precision, 5):
        return False
    if outer.kind == "admin1":
        return inner.admin1_code is not None and inner.admin1_code == outer.admin1_code
    return outer.country is not None and inner.country == outer.country


def resolve_places(
    doc: ParsedDoc,
    events: Sequence[CodedEvent],
    gaz: Gazetteer,
    actors: ActorMatcher | None = None,
    on: date | None = None,
) -> list[Place | None]:
    """Convenience for the pipeline: one article context, one location per coded event."""
    ctx = article_context(doc, gaz, actors, on)
    return [locate_event(doc, ev, ctx, gaz) for ev in events]


def mention_key(m: Mention) -> str:
    """A normalised key for a mention's text (benchmarks compare spans by it)."""
    return normalise(m.text)
