"""Toponyms: the place names of one sentence recognised, each with its gazetteer candidates.

Step 1 of places (see `frontwatch.resolve.places`); `place_context` resolves the mentions per
article. Recognition draws on spaCy GPE/LOC/FAC entities, a gazetteer matcher over capitalised
tokens, admin forms ("the Kharkiv region", "Sumy Oblast"), and demonym adjectives heading a
territorial noun ("Belarusian territory", "Russian airspace" → the country).
Organisation and person names only count as towns when they spell the town's own name or
stand after a firm locative ("ARA News" is not Arrah); names the gazetteer lacks, read as
places by the model, by a settlement noun ("the Radhwaniyah area", "the towns of A and B")
or by a firm locative ("in Al-Dawr"), become `unlisted` mentions. Named facilities and features
("Gagarin Stadium", "the Church of the Nativity", "Hongze Lake") are one mention.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz

from frontwatch.nlp import Sentence, Token
from frontwatch.resolve.gazetteer import ADMIN_WORDS, Candidate, Gazetteer, normalise, translit_key


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


LOC_PREPS = _words(
    """
    in near into over outside at across along inside around within throughout on off onto
    through nearby beyond towards toward to against targeting hitting
    """
)
WEAK_PREPS = frozenset({"to", "towards", "toward", "against", "on", "through", "beyond"})
_FIRM_PREPS = LOC_PREPS - WEAK_PREPS
_INSIDE_PREPS = frozenset({"in", "near", "outside", "inside", "around"})


TARGET_VERBS = _words(
    """
    attack shell strike hit bomb capture seize take enter invade occupy liberate recapture
    retake storm raid target surround encircle besiege pound bombard reach visit blockade annex
    control defend cross patrol destroy damage demolish loot ransack burn secure overrun
    """
)


# A country's missions stand in other countries: "the US embassy in Tehran" is not in the US.
MISSION_NOUNS = _words("embassy consulate embassies consulates")


# Offices held over a place: "the governor of Fallujah" says whose official he is, not where the
# event happened (but "the top al-Qaida commander in Somalia" may well be where he was hit).
TITLE_NOUNS = _words(
    """
    governor mayor minister prosecutor commander chief leader official spokesman spokeswoman
    ambassador envoy president director judge correspondent champion head
    """
)


# Participles naming where a party is based: "a task force based in Djibouti has been patrolling
# the Gulf of Aden" says where the force comes from, not where it patrols.
BASE_VERBS = _words("base station headquarter garrison")


# "captured and deported to the camp at Mauthausen": a transfer joined by "and" is a later event.
TRANSFER_VERBS = _words("deport send transfer move fly bring ship extradite evacuate airlift")


# Words after which "to X" is a place, not a destination: "the entrance to Heathrow", "close to".
NEAR_WORDS = _words("close next near adjacent nearby entrance gate gates")


# Journeys that are a stay at their end: "killed during a visit to Somalia" was in Somalia.
STAY_NOUNS = _words("trip visit tour pilgrimage mission deployment")


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


PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})
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
# Capitalised words that continue a proper name ("City Hall", "Ball State University"), though
# stop words elsewhere ("said", "Monday"): a town's name beside them is part of that name.
_NAME_WORDS = frozenset({"City", "State", "National", "University", "Court", "Union", "Party", "Council"})
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


_JOINERS = frozenset({"-", "of", "el", "al"})  # words inside a name: "Bay of Pigs", "Ras al Ain"


def tok_text(tokens: Sequence[Token], start: int, end: int) -> str:
    return "".join(
        t.text + (t.whitespace if k < end - 1 else "") for k, t in enumerate(tokens[start:end], start)
    )


ADMIN_PLURALS = {w + "s": w for w in ADMIN_WORDS}  # "the Poltava and Dnipropetrovsk regions"
_LIST_WORDS = frozenset({"and", "or", ","})


def coordinated_admin_noun(toks: Sequence[Token], e: int) -> tuple[int, str] | None:
    """The admin noun a name ending before token e takes from a plural after a list of names:
    "Poltava" and "Dnipropetrovsk" in "the Poltava and Dnipropetrovsk regions", "Sumy" in "Sumy,
    Kharkiv and Chernihiv oblasts" (each an oblast, not the city). Gives the end of the name's
    own span (past the plural for the last name) and the singular noun, else None."""
    n = len(toks)
    if e >= n:
        return None
    low = toks[e].text.lower()
    if low in ADMIN_PLURALS:
        return e + 1, ADMIN_PLURALS[low]
    if low not in _LIST_WORDS:
        return None
    k, names = e, 0
    while k < n and k < e + 12:
        low = toks[k].text.lower()
        if low in ADMIN_PLURALS:
            return (e, ADMIN_PLURALS[low]) if names and _capitalised(toks[k - 1]) else None
        if _capitalised(toks[k]):
            names += 1
        elif low not in _LIST_WORDS and low not in _JOINERS:
            return None
        k += 1
    return None


def _capitalised(tok: Token) -> bool:
    return tok.text[:1].isupper() and tok.text.lower() not in _STOP


def _names_place_before_facility(toks: Sequence[Token], i: int, j: int, gaz: Gazetteer) -> bool:
    """Before a facility word ("Chuhuiv Airbase", "Freedom Square") a name counts as a place only
    when it spells the place's own name, not one of its alternate names."""
    if j >= len(toks) or toks[j].text.lower() not in FACILITY_WORDS - CONTAINER_NOUNS:
        return True
    query = normalise(tok_text(toks, i, j))
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
        or _heads_of_phrase(toks, j)
        or (
            j < len(toks)
            and (_capitalised(toks[j]) or toks[j].text in _NAME_WORDS)
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
        and (toks[i - 1].text.lower() not in _STOP or toks[i - 1].text in _NAME_WORDS)
    ) or (i > 1 and toks[i - 1].text == "-" and not toks[i - 2].whitespace and toks[i - 2].text.isalpha())
    return "before" if before else "after" if after else ""


def _heads_of_phrase(toks: Sequence[Token], j: int) -> bool:
    """Does "of" and a capitalised name follow tokens[j-1] ("the Bay of Pigs", "the Triangle of
    Death", "the Battle of Mosul")? The word before it is the head noun of a longer name, not a
    town that happens to share it (Bay, Battle): only a big place's own name stays a place."""
    k = j + 1
    if k < len(toks) and toks[k].text.lower() == "the":
        k += 1
    return j < len(toks) and toks[j].text == "of" and k < len(toks) and _capitalised(toks[k])


# Where a person lives or stays: a name the model reads as a person's before "'s" and one of
# these is its owner, not a town ("in Smith's house", "outside Patten's hotel").
_DWELLINGS = _words("home house apartment flat residence hotel villa farm room office car")


def _owns_dwelling(toks: Sequence[Token], j: int) -> bool:
    """Does "'s" and (maybe an adjective and) a dwelling noun follow tokens[j-1]?"""
    if j >= len(toks) or toks[j].text not in ("'s", "’s"):
        return False
    k = j + 1
    if k < len(toks) and toks[k].pos == "ADJ":
        k += 1
    return k < len(toks) and toks[k].text.lower() in _DWELLINGS


_CALENDAR = _words("monday tuesday wednesday thursday friday saturday sunday")


def _name_before(toks: Sequence[Token], e: int) -> int:
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


_ARTICLES = _words("al el ad an ar as ash at az ed en er es et")


def _article_prefix(toks: Sequence[Token], s: int) -> bool:
    """Do tokens[s:s+2] spell a lower-case Arabic article glued to a name ("al-Bab", "ash-Shaddadi")?"""
    return (
        s + 2 < len(toks)
        and toks[s].text.lower() in _ARTICLES
        and toks[s + 1].text == "-"
        and not toks[s].whitespace
        and not toks[s + 1].whitespace
        and toks[s + 2].text[:1].isupper()
    )


def _in_longer_person(
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
    return k >= 0 and toks[k].text.lower() in LOC_PREPS - WEAK_PREPS


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


def recognise(
    sentence: Sentence,
    gaz: Gazetteer,
    demonyms: dict[str, str],
    known: frozenset[str] = frozenset(),
    asked: set[str] | None = None,
) -> list[tuple[int, int, str, list[Candidate]]]:
    """Toponym spans in a sentence with their (context-free) candidates. `known` holds names
    already read as places elsewhere in the article (one sense per discourse); `asked`, when
    given, collects the names whose reading depended on `known`, so a caller can tell whether
    another `known` could change the result."""
    toks = sentence.tokens
    n = len(toks)
    lows = [t.text.lower() for t in toks]
    namey = [t.text[:1].isupper() for t in toks]
    taken = [False] * n
    found: list[tuple[int, int, str, list[Candidate]]] = []

    def add(s: int, e: int, source: str, cands: list[Candidate]) -> None:
        found.append((s, e, source, cands))
        for k in range(s, e):
            taken[k] = True

    def admin_extension(s: int, e: int) -> tuple[int, list[Candidate]] | None:
        if e < n and toks[e].text.lower() in ADMIN_WORDS:
            cands = [c for c in gaz.lookup(tok_text(toks, s, e + 1)) if c.kind in ("admin1", "region")]
            if cands:
                return e + 1, cands
        listed = coordinated_admin_noun(toks, e)
        if listed is not None:
            name = f"{tok_text(toks, s, e)} {listed[1]}"
            cands = [c for c in gaz.lookup(name) if c.kind in ("admin1", "region")]
            if cands:
                return listed[0], cands
        return None

    # 1. named entities
    for ent in sentence.ents:
        if ent.label not in PLACE_ENTS:
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
                and gaz.lookup(tok_text(toks, s, e + k))
            ):
                e += k
                break
        cands = gaz.lookup(tok_text(toks, s, e))
        if not cands and e - s > 1:  # "Izium district", "Chuhuiv Airbase": the name before it
            for k in range(e - 1, s, -1):
                if all(t.text.lower() in FACILITY_WORDS for t in toks[k:e]) and _names_place_before_facility(
                    toks, s, k, gaz
                ):
                    cands = gaz.lookup(tok_text(toks, s, k))
                    if cands:
                        e = k
                        break
        if cands:
            add(s, e, "ent", cands)

    # 1b. named facilities and features ("Gagarin Stadium", "the Church of the Nativity", "the
    # Vostochny district"): one mention for the whole name, before the matcher reads a town in it
    blocked = {k for ent in sentence.ents if ent.label in _NOT_PLACE_ENTS for k in range(ent.start, ent.end)}
    for k, low in enumerate(lows):
        if taken[k] or (low not in FACILITY_NAMES and low not in DISTRICT_NOUNS):
            continue
        span = _facility_span(toks, k, demonyms, blocked)
        if span is None:
            continue
        s, e, ns, ne = span
        if low in MISSION_NOUNS and any(c.kind == "country" for c in gaz.lookup(tok_text(toks, ns, ne))[:1]):
            continue  # "the US embassy" stands in another country: the name is the country's, read below
        if ne == k and k + 1 < n and toks[k + 1].text[:1].isupper() and toks[k + 1].pos in ("PROPN", ""):
            continue  # part of a longer name: "the U.S. District Court", "Beverly Hills Police"
        whole = normalise(tok_text(toks, s, e))
        if e == k + 1 and any(_own_name(whole, c, True) for c in gaz.lookup(whole)[:3]):
            continue  # a town's own name: "Beverly Hills", "Palm Springs"
        inner = [f for f in found if f[0] < e and s < f[1]]
        if any(not (s <= f[0] and f[1] <= e) for f in inner):
            continue
        if (
            ne == k
            and ns < k
            and any(c.kind in ("admin1", "region") for c in gaz.lookup(tok_text(toks, ns, k + 1)))
        ):
            continue  # "the Bakhmut district": an admin area, read below
        if (
            ne > ns
            and (toks[k].text.lower() in DISTRICT_NOUNS or ne > k)
            and any(
                _own_name(normalise(tok_text(toks, ns, ne)), c, True)
                and (c.kind != "city" or c.population >= 100_000)
                for c in gaz.lookup(tok_text(toks, ns, ne))[:3]
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
            query = normalise(tok_text(toks, a, b))
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
    person_span: list[tuple[int, int] | None] = [None] * n
    for ent in sentence.ents:
        if ent.label == "PERSON":
            for k in range(ent.start, ent.end):
                person_span[k] = (ent.start, ent.end)
        one = ent.end - ent.start == 1 and toks[ent.start].pos == "PROPN" and _capitalised(toks[ent.start])
        if one:
            alone.add((ent.start, ent.end))
        for k in range(ent.start, ent.end):
            if ent.label not in PLACE_ENTS and ent.label not in _NOT_PLACE_ENTS:
                soft[k] = True
                person[k] = ent.label == "PERSON"
                norp[k] = ent.label == "NORP"
                org[k] = ent.label == "ORG"
            elif ent.label in _NOT_PLACE_ENTS and not (one and not any(c.isdigit() for c in toks[k].text)):
                hard[k] = True  # but a lone proper noun is no date ("in Arciz" read as DATE)
    joiner = [t.text in _JOINERS for t in toks]
    i = 0
    while i < n:
        tok = toks[i]
        # capitalisation is the signal (the model tags unknown town names ADV, NOUN, …); a
        # sentence-initial word only counts when tagged a proper noun
        if taken[i] or hard[i] or not namey[i] or lows[i] in _STOP:
            i += 1
            continue
        hit = None
        r = i  # the longest run of free, name-like words from i (at most four)
        stop = min(n, i + 4)
        while r < stop and not taken[r] and not hard[r] and (namey[r] or joiner[r]):
            r += 1
        for j in range(r, i, -1):
            if joiner[j - 1]:
                continue
            ext = admin_extension(i, j)
            if ext:
                hit = (ext[0], "admin", ext[1])
                break
            query = normalise(tok_text(toks, i, j))
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
            cands = gaz.lookup(tok_text(toks, i, j))
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
                in_name = any(soft[k] for k in range(i, j)) and not strong
                if in_name and asked is not None:
                    asked.add(query)
                in_name = in_name and query not in known
                firm = (
                    _firm_preposition(toks, i)
                    or in_place_phrase(toks, i, j)
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
                if any(person[k] for k in range(i, j)) and _owns_dwelling(toks, j):
                    break  # a person's home: "outside Patten's hotel", "in Anderson's apartment"
                if (
                    best.kind == "city"
                    and _in_longer_person(toks, person_span, i, j)
                    and not (_firm_preposition(toks, i) or in_place_phrase(toks, i, j))
                ):
                    break  # a word of a longer person's name: "captured Sufyan Maher Hassan"
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
            ent.label in PLACE_ENTS
            and s < e
            and toks[s].text[:1].isupper()
            and free(s, e)
            and not any(t.text.lower() in demonyms or t.text.lower() in REGION_DEMONYMS for t in toks[s:e])
        ):
            add(s, e, "unlisted", [])
    for k, tok in enumerate(toks):
        if lows[k] not in SETTLEMENT_NOUNS:
            continue
        if k + 2 < n and toks[k + 1].text == "of":  # "the town of Sheykler", "the towns of A and B"
            s = k + 2
            while s + 1 < n and not toks[s].text.strip():  # doubled spaces are tokens
                s += 1
            while s < n:
                b = s + 2 if _article_prefix(toks, s) else s  # "the village of al-Mashi"
                e = b
                while (
                    e < n
                    and e - b < 4
                    and (toks[e].pos == "PROPN" or toks[e].text == "-")
                    and _capitalised(toks[b])
                ):
                    e += 1
                # the model tags such names PERSON as often as GPE: "the province of Muthanna"
                if (
                    e > b
                    and toks[b].pos == "PROPN"
                    and all(not taken[x] and not hard[x] for x in range(s, e))
                ):
                    add(s, e, "unlisted", [])
                if not tok.text.lower().endswith("s") or e == b or e >= n:
                    break
                s = e + 1 if toks[e].text in (",", "and") else n
                if s < n and toks[s].text == "and":
                    s += 1
        e = k - 1 if k > 0 and toks[k - 1].text.lower() == "refugee" else k  # "the Balata refugee camp"
        s = _name_before(toks, e)  # "Albuhrat neighborhood", "the Radhwaniyah area", "el-Ain camp"
        if (
            e > s
            and free(s, e)
            and toks[s].text.lower() not in _STOP
            and toks[s].text.lower() not in demonyms
        ):
            add(s, e, "unlisted", [])  # but "many Chechen towns" names none

    # a capitalised name no model or table knows, right after "in"/"near"/"outside" ("hiding in a
    # hole on a farm in Al-Dawr"): a place the gazetteer lacks
    # ("killed in Oued Aissi", "a raid in Qaim"): the model's PERSON or ORG label on such a name
    # alone does not outweigh "in" (a person is rarely "in" someone, unless "in Smith's house")
    labels = {(ent.start, ent.end): ent.label for ent in sentence.ents}
    for k in range(1, n):
        p = k - 1
        if p > 0 and not toks[p].text.strip():  # "in  Dhuluiya": doubled spaces are tokens
            p -= 1
        if lows[p] not in _FIRM_PREPS or toks[p].text[:1].isupper():
            continue
        s = e = k
        while e < n and e - s < 4 and (toks[e].pos == "PROPN" or (toks[e].text == "-" and e > s)):
            e += 1
        while e > s and toks[e - 1].text == "-":
            e -= 1
        named = not any(soft[x] for x in range(s, e)) or (
            labels.get((s, e)) in ("PERSON", "ORG")
            and toks[p].text.lower() in _INSIDE_PREPS
            and (e == n or toks[e].text not in ("'s", "’s", "'", "’"))
        )
        if (
            e > s
            and _capitalised(toks[s])
            and toks[s].text.lower() not in demonyms
            and (e == n or not toks[e].text[:1].isupper())
            and all(not taken[x] and not hard[x] for x in range(s, e))
            and named
        ):
            add(s, e, "unlisted", [])

    # 4. demonym adjectives before a territorial noun ("Belarusian territory")
    for k, tok in enumerate(toks):
        if taken[k] or not namey[k]:
            continue
        low = lows[k]
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
