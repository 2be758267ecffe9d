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
from frontwatch.resolve.location_words import (
    AREA_WORDS,
    COMPANY_NOUNS,
    COMPASS_NAME_WORDS,
    DISTRICT_NOUNS,
    FACILITY_NAMES,
    FACILITY_WORDS,
    FIRM_PREPS,
    INSIDE_PREPS,
    MISSION_NOUNS,
    NAME_STOP_WORDS,
    NOT_PLACE_ENTS,
    PLACE_ENTS,
    REGION_DEMONYMS,
    SETTLEMENT_NOUNS,
    TERRITORY_NOUNS,
)
from frontwatch.resolve.name_bounds import (
    WATER_HEADS,
    article_prefix,
    capitalised,
    facility_span,
    firm_preposition,
    in_longer_person,
    in_organisation_name,
    in_place_phrase,
    inside_longer_name,
    locative_position,
    name_before,
    name_tail,
    names_place_before_facility,
    own_name,
    owns_dwelling,
    particle_between,
    tok_text,
    water_name_end,
)
from frontwatch.resolve.state_places import named_features


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


# Settlement nouns that also name a person's following: "the Assad camp", "the Obama camp".
_PARTY_NOUNS = frozenset({"camp", "camps"})

_JOINERS = frozenset({"-", "of", "el", "al"})  # words inside a name: "Bay of Pigs", "Ras al Ain"


ADMIN_PLURALS = {w + "s": w for w in ADMIN_WORDS}  # "the Poltava and Dnipropetrovsk regions"
_LIST_WORDS = frozenset({"and", "or", ","})


# A city whose name heads an organisation's or a treaty's name stays a place only when this big
# ("the Paris Agreement"): a smaller namesake is the name's word, not a town ("the American
# Enterprise Institute" is no CDP in Nevada, "the Department of Justice" no village in Illinois).
ORGANISATION_CITY = 500_000


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
            return (e, ADMIN_PLURALS[low]) if names and _name_word(toks[k - 1]) else None
        if _name_word(toks[k]):
            names += 1
        elif low not in _LIST_WORDS and low not in _JOINERS:
            return None
        k += 1
    return None


def gapped_tail(toks: Sequence[Token], s: int, e: int) -> str:
    """The name a bare compass word shares with the last name of its list ("North" in "the North
    and South Kivu provinces" is North Kivu): " Kivu", else ""."""
    if not all(t.text.lower() in COMPASS_NAME_WORDS for t in toks[s:e] if t.text != "-"):
        return ""
    k = e
    while k < len(toks) and k < e + 12 and toks[k].text.lower() not in ADMIN_PLURALS:
        k += 1
    tail = k
    while tail > e and _name_word(toks[tail - 1]) and toks[tail - 1].text.lower() not in COMPASS_NAME_WORDS:
        tail -= 1
    if tail in (k, e) or toks[tail - 1].text.lower() not in COMPASS_NAME_WORDS:
        return ""
    return " " + tok_text(toks, tail, k)


def _spells_within_name(query: str, c: Candidate, side: str) -> bool:
    """Does a name read inside a longer name spell the place's own name ("Kharkiv Regional",
    "Kharkov" folded alike)? A word before another capitalised one ("Intan" of "Intan Jaya")
    that is only close to a town's name (Yingtan) is part of a name the gazetteer lacks; a word
    after one ("Team Columbia") needs the exact name."""
    if side == "before":
        return own_name(query, c, True)
    own = normalise(c.name)
    return query == own or translit_key(query) == translit_key(own) or fuzz.ratio(query, own) >= 90


def in_ethnonym(toks: Sequence[Token], k: int, demonyms: dict[str, str]) -> bool:
    """Is tokens[k] a word of a compound people's name, a demonym modifying another demonym
    ("Turkish Cypriot", "Bosnian Serb" leaders), the demonym so modified, or one after "ethnic"
    ("ethnic Albanian villages")? Such a name tells who a group is, not where anything is:
    neither word hints at a country of the story."""

    def pair(a: int) -> bool:
        return (
            a >= 0
            and a + 1 < len(toks)
            and toks[a].whitespace != ""
            and toks[a].text[:1].isupper()
            and toks[a + 1].text[:1].isupper()
            and toks[a].text.lower() in demonyms
            and toks[a + 1].text.lower() in demonyms
        )

    return pair(k) or pair(k - 1) or (k > 0 and toks[k - 1].text.lower() == "ethnic")


def before_demonym(toks: Sequence[Token], e: int, demonyms: dict[str, str]) -> bool:
    """Does a capitalised demonym follow a country's name ending before tokens[e] ("Kosovo
    Albanian leaders", "Kosovo Serb police")? The country's name then says who the group is, like
    a demonym: a toponym, not where the event is."""
    return (
        e < len(toks)
        and toks[e - 1].whitespace != ""
        and toks[e].text[:1].isupper()
        and toks[e].text.lower() in demonyms
    )


def _country_source(
    cands: Sequence[Candidate], toks: Sequence[Token], e: int, demonyms: dict[str, str], source: str
) -> str:
    """The source a name is read with: "adjective" for a country's name before a demonym
    ("Kosovo Albanian leaders": who they are, never where the event is) or glued by a hyphen to
    another name ("U.S.-Russian talks": the parties, not the place), else `source`."""
    if cands and cands[0].kind == "country" and before_demonym(toks, e, demonyms):
        return "adjective"
    if cands and cands[0].kind == "country" and e + 1 < len(toks) and _inner_hyphen(toks, e):
        return "adjective" if toks[e + 1].text[:1].isupper() else source
    return source


def _name_word(tok: Token) -> bool:
    """A word of a name in a list before a plural admin noun: capitalised, compass words too
    ("the North-West and South-West regions", "the North and South Kivu provinces")."""
    return capitalised(tok) or (tok.text[:1].isupper() and tok.text.lower() in COMPASS_NAME_WORDS)


def _country_name(gaz: Gazetteer, text: str) -> bool:
    """Is `text` first of all a country's name? A country after "de" stays a place ("the Tour de
    France", "the Banque de France"): towns are not named "<X> de <country>", a person's name
    aside (read as before)."""
    cands = gaz.lookup(text)
    return bool(cands) and cands[0].kind == "country"


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
        # an area asked for by its admin word, but not inside a longer name ("Colorado State
        # University", "the Missouri State Highway Patrol") unless that is the area's own name
        longer = (
            e + 1 < n
            and toks[e + 1].text[:1].isupper()
            and toks[e + 1].pos in ("PROPN", "")
            and tok_text(toks, s, e + 1) not in gaz
        )
        if e < n and toks[e].text.lower() in ADMIN_WORDS and not longer:
            cands = [c for c in gaz.lookup(tok_text(toks, s, e + 1)) if c.kind in ("admin1", "region")]
            if cands:
                return e + 1, cands
        listed = coordinated_admin_noun(toks, e)
        if listed is not None:
            name = f"{tok_text(toks, s, e)}{gapped_tail(toks, s, e)} {listed[1]}"
            cands = [c for c in gaz.lookup(name) if c.kind in ("admin1", "region")]
            if cands:
                return listed[0], cands
        if s >= 2 and lows[s - 1] == "of" and lows[s - 2] in AREA_WORDS:  # "the state of Washington"
            cands = [
                c
                for c in gaz.lookup(f"{tok_text(toks, s, e)} {lows[s - 2]}")
                if c.kind in ("admin1", "region")
            ]
            if cands:
                return e, cands
        return None

    # 0. water bodies named "Gulf of X", "Sea of X": the whole name, listed or not
    for k in range(n):
        end = None if taken[k] or lows[k] not in WATER_HEADS else water_name_end(toks, k)
        if end is not None:
            water = [c for c in gaz.lookup(tok_text(toks, k, end)) if c.kind == "region"]
            add(k, end, "gazetteer" if water else "unlisted", water)

    # 1. named entities
    for ent in sentence.ents:
        if ent.label not in PLACE_ENTS:
            continue
        s, e = ent.start, ent.end
        # a name starts with a capital: "the", "northern" or a whole lower-case span ("the west
        # coast") is no part of one (but "al-Bab" is)
        while s < e and (
            toks[s].text.lower() == "the" or (not toks[s].text[:1].isupper() and not article_prefix(toks, s))
        ):
            s += 1
        if e > s and toks[e - 1].text in ("'s", "’s", "'"):
            e -= 1
        if s >= e or any(taken[s:e]) or (name_tail(toks, s) and not _country_name(gaz, tok_text(toks, s, e))):
            continue  # "Praia" of "Mocimboa da Praia": the whole name is read below
        ext = admin_extension(s, e)
        if ext:
            add(s, ext[0], "admin", ext[1])
            continue
        if not names_place_before_facility(toks, s, e, gaz):
            continue
        for k in (3, 2, 1):  # the model cut the name short: "Bila" of "Bila Tserkva", "Sao Joao" of
            if (  # "Sao Joao da Barra"
                e + k <= n
                and capitalised(toks[e + k - 1])
                and all(capitalised(toks[x]) or particle_between(toks, x) for x in range(e, e + k))
                and gaz.lookup(tok_text(toks, s, e + k))
            ):
                e += k
                break
        cands = gaz.lookup(tok_text(toks, s, e))
        if not cands and e - s > 1:  # "Izium district", "Chuhuiv Airbase": the name before it
            for k in range(e - 1, s, -1):
                if all(t.text.lower() in FACILITY_WORDS for t in toks[k:e]) and names_place_before_facility(
                    toks, s, k, gaz
                ):
                    cands = gaz.lookup(tok_text(toks, s, k))
                    if cands:
                        e = k
                        break
        if cands:
            add(s, e, _country_source(cands, toks, e, demonyms, "ent"), cands)

    # 1b. named facilities and features ("Gagarin Stadium", "the Church of the Nativity", "the
    # Vostochny district"): one mention for the whole name, before the matcher reads a town in it
    blocked = {k for ent in sentence.ents if ent.label in NOT_PLACE_ENTS for k in range(ent.start, ent.end)}
    for k, low in enumerate(lows):
        if taken[k] or (low not in FACILITY_NAMES and low not in DISTRICT_NOUNS):
            continue
        span = facility_span(toks, k, demonyms, blocked)
        if span is None:
            continue
        s, e, ns, ne = span
        if low in MISSION_NOUNS and any(c.kind == "country" for c in gaz.lookup(tok_text(toks, ns, ne))[:1]):
            continue  # "the US embassy" stands in another country: the name is the country's, read below
        if ne == k and k + 1 < n and toks[k + 1].text[:1].isupper() and toks[k + 1].pos in ("PROPN", ""):
            continue  # part of a longer name: "the U.S. District Court", "Beverly Hills Police"
        whole = normalise(tok_text(toks, s, e))
        if e == k + 1 and any(own_name(whole, c, True) for c in gaz.lookup(whole)[:3]):
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
                own_name(normalise(tok_text(toks, ns, ne)), c, True)
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
            if not toks[a].text[:1].isupper() or toks[a].text.lower() in NAME_STOP_WORDS:
                continue
            query = normalise(tok_text(toks, a, b))
            cands = [
                c
                for c in gaz.lookup(query)[:3]
                if c.kind in ("city", "admin1")
                and (own_name(query, c) or translit_key(query) == translit_key(normalise(c.name)))
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
        one = ent.end - ent.start == 1 and toks[ent.start].pos == "PROPN" and capitalised(toks[ent.start])
        if one:
            alone.add((ent.start, ent.end))
        for k in range(ent.start, ent.end):
            if ent.label not in PLACE_ENTS and ent.label not in NOT_PLACE_ENTS:
                soft[k] = True
                person[k] = ent.label == "PERSON"
                norp[k] = ent.label == "NORP"
                org[k] = ent.label == "ORG"
            elif ent.label in NOT_PLACE_ENTS and not (one and not any(c.isdigit() for c in toks[k].text)):
                hard[k] = True  # but a lone proper noun is no date ("in Arciz" read as DATE)
    joiner = [t.text in _JOINERS or particle_between(toks, k) for k, t in enumerate(toks)]
    i = 0
    while i < n:
        tok = toks[i]
        # capitalisation is the signal (the model tags unknown town names ADV, NOUN, …); a
        # sentence-initial word only counts when tagged a proper noun
        if (
            taken[i]
            or hard[i]
            or not (namey[i] or article_prefix(toks, i))  # "killed in al-Qaim"
            or (
                lows[i] in NAME_STOP_WORDS and not (i + 1 < n and _inner_hyphen(toks, i + 1))
            )  # Port-au-Prince
            or (name_tail(toks, i) and not person[i - 2] and not _country_name(gaz, toks[i].text))
        ):
            i += 1
            continue
        hit = None
        r = i  # the longest run of free, name-like words from i (at most four; the hyphens
        words = 0  # inside a word, "PORT-AU-PRINCE", "Mazar-e-Sharif", do not count)
        while r < n and not taken[r] and not hard[r] and (namey[r] or joiner[r]):
            words += not _inner_hyphen(toks, r)
            if words > 4:
                break
            r += 1
        for j in range(r, i, -1):
            if joiner[j - 1]:
                continue
            ext = admin_extension(i, j)
            if ext:
                hit = (ext[0], "admin", ext[1])
                break
            if j - i > 1 and lows[j - 1] in ADMIN_WORDS and tok_text(toks, i, j) not in gaz:
                continue  # "Missouri State" (Highway Patrol): an area only by `admin_extension`
            query = normalise(tok_text(toks, i, j))
            side = inside_longer_name(toks, i, j, taken)
            organisation = in_organisation_name(toks, i, j)
            big = ORGANISATION_CITY if organisation else 100_000
            if (side or organisation) and not any(
                ((c.kind != "city" or c.population >= big) and _spells_within_name(query, c, side or "after"))
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
            # a name the article reads as a place elsewhere, not inside a longer label: a place
            # here too ("the Nasir garrison" after "fighting in Nasir"; not "the Suffolk Times")
            read_elsewhere = (
                query in known
                and not (j < n and toks[j].text[:1].isupper())
                and not any(org[k] for k in range(i, j))
            )
            if cands and not names_place_before_facility(toks, i, j, gaz):
                if asked is not None:
                    asked.add(query)
                if not read_elsewhere:
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
                    own_name(query, best)
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
                    firm_preposition(toks, i)
                    or in_place_phrase(toks, i, j)
                    or locative_position(toks, i, j, objects_only=True)
                )
                if (
                    best.kind == "city"
                    and any(norp[k] or person[k] for k in range(i, j))
                    and not firm
                    and not own_name(query, best, True)
                ):
                    break  # "Shiite", "Britons": peoples, not places; "Bashar" (al-Assad) is not Bawshar
                if i > 0 and toks[i - 1].text in COMPANY_NOUNS and not firm:
                    break  # "French group Orano's mine", "energy firm Naftogaz": a company's name
                loose = best.kind == "city" and not own_name(query, best) and not firm
                if loose and asked is not None:
                    asked.add(query)
                if loose and (in_name or best.population < 100_000) and not read_elsewhere:
                    break  # another place's alternate name or a loose spelling: "ARA" (Arrah), "Hamas"
                if any(person[k] for k in range(i, j)) and owns_dwelling(toks, j):
                    break  # a person's home: "outside Patten's hotel", "in Anderson's apartment"
                if (
                    best.kind == "city"
                    and in_longer_person(toks, person_span, i, j)
                    and not (firm_preposition(toks, i) or in_place_phrase(toks, i, j))
                ):
                    break  # a word of a longer person's name: "captured Sufyan Maher Hassan"
                locative = locative_position(toks, i, j) or (
                    j < n and toks[j].text.lower() in FACILITY_WORDS | {"council"}
                )
                proper = all(t.pos in ("PROPN", "") for t in toks[i:j])
                if not proper and not strong and (not locative or any(t.pos == "ADJ" for t in toks[i:j])):
                    break  # a mis-tagged name ("around Bakhmut" as ADV) only in a place position
                big = 1_000_000 if any(person[k] for k in range(i, j)) else 100_000 if j - i == 1 else 10**9
                listed = (
                    best.kind in ("country", "region", "admin1")
                    or (locative and best.population >= 500)
                    or (best.population >= (big if in_name else 100_000))
                    # a sizeable town's own name, unless inside a longer label ("the Suffolk Times")
                    or (strong and (not any(org[k] for k in range(i, j)) or (i, j) in alone))
                )
                if not listed and asked is not None:
                    asked.add(query)
                if listed or read_elsewhere:
                    hit = (j, "gazetteer", cands)
                break
        if hit:
            add(i, hit[0], _country_source(hit[2], toks, hit[0], demonyms, hit[1]), hit[2])
            i = hit[0]
        else:
            i += 1

    # 3. names the gazetteer does not hold, read as places by the model (GPE/LOC/FAC) or by a
    # settlement noun ("the village of Jdeideh", "Albuhrat neighborhood"): placed later on
    # the place that contains them
    def free(s: int, e: int) -> bool:
        return all(not taken[k] and not hard[k] and not person[k] for k in range(s, e))

    def unheld(s: int, e: int) -> bool:
        # a name the model reads as a person's, before a lower-case settlement noun ("Khan Touman
        # town", "the Drenica region"): people are not followed by "town" or "region", places are
        return all(not taken[k] and not hard[k] for k in range(s, e))

    for ent in sentence.ents:
        s, e = ent.start, ent.end
        while s < e and (toks[s].text.lower() == "the" or not toks[s].text[:1].isalnum()):
            s += 1
        while e > s and not toks[e - 1].text[:1].isalnum():
            e -= 1
        while e + 1 < n and particle_between(toks, e) and free(e, e + 2):
            e += 2  # the model cut the name at its particle: "Norte" of "Norte de Santander"
        if (
            ent.label in PLACE_ENTS
            and s < e
            and (toks[s].text[:1].isupper() or article_prefix(toks, s))  # "an attack on al-Tamanah"
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
                b = s + 2 if article_prefix(toks, s) else s  # "the village of al-Mashi"
                e = b
                while (
                    e < n
                    and e - b < 4
                    and (toks[e].pos == "PROPN" or toks[e].text == "-")
                    and capitalised(toks[b])
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
        s = name_before(toks, e)  # "Albuhrat neighborhood", "the Radhwaniyah area", "el-Ain camp"
        if (
            e > s
            and (
                free(s, e)
                or (tok.text.islower() and (lows[k] not in _PARTY_NOUNS or e != k) and unheld(s, e))
            )
            and toks[s].text.lower() not in NAME_STOP_WORDS
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
        if lows[p] not in FIRM_PREPS or toks[p].text[:1].isupper():
            continue
        s = e = k
        while (
            e < n
            and e - s < 4
            and (toks[e].pos == "PROPN" or (e > s and (toks[e].text == "-" or particle_between(toks, e))))
        ):
            e += 1
        while e > s and toks[e - 1].text == "-":
            e -= 1
        named = (
            not any(soft[x] for x in range(s, e))
            or (
                labels.get((s, e)) in ("PERSON", "ORG")
                and toks[p].text.lower() in INSIDE_PREPS
                and (e == n or toks[e].text not in ("'s", "’s", "'", "’"))
            )
            # "at Kibeho, where the government began …": a relative "where" on it makes it a place
            or (e + 1 < n and toks[e].text == "," and lows[e + 1] == "where")
        )
        if (
            e > s
            and capitalised(toks[s])
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
        territory = head.lemma.lower() in TERRITORY_NOUNS or head.text.lower() in TERRITORY_NOUNS
        if territory and not in_ethnonym(toks, k, demonyms):  # "Albanian villages", not "ethnic …"
            add(k, k + 1, "demonym", [country])
        else:  # "Russian troops": a toponym for geoparsing, never an event location
            add(k, k + 1, "adjective", [country])
    return named_features(sorted(found), toks)


def _inner_hyphen(toks: Sequence[Token], k: int) -> bool:
    """Is tokens[k] a hyphen inside a word ("Port-au-Prince"), not a dash between words?"""
    return toks[k].text == "-" and k > 0 and toks[k - 1].whitespace == "" and toks[k].whitespace == ""
