"""Which of a sentence's places lies inside which: the containment tests `event_location` uses
to prefer the finer of two places of an event ("attacked Avdiivka in the Donetsk region") and to
keep a container, named in apposition, behind the place it contains ("Lashkar Gah, the capital of
southern Helmand province"), a place inside an apposition behind the noun it describes ("Liberia,
Africa's oldest republic"), and a demonym behind the area it names ("the Yugoslav province of
Kosovo")."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from frontwatch.nlp import Sentence, Token
from frontwatch.resolve.gazetteer import Candidate
from frontwatch.resolve.location_words import AREA_WORDS
from frontwatch.resolve.toponyms import Mention

PRECISION_ORDER = {"point": 0, "city": 1, "admin1": 2, "region": 3, "country": 4}


def mention_head(sentence: Sentence, m: Mention) -> int:
    """The token of a place name that hangs outside it: the name's head."""
    toks = sentence.tokens
    for k in range(m.start, m.end):
        h = toks[k].head
        if h == k or not m.start <= h < m.end:
            return k
    return m.end - 1


def named_as_inside(sentence: Sentence, inner: Mention, outer: Mention) -> bool:
    """Can `inner`, a name placed on `outer` for want of better, be a part of it? Not when it
    follows `outer` inside `outer`'s own phrase: English names the part first ("Baaj district
    in Mosul", "Kollupitiya, central Colombo"), so a name there is the container ("Miranshah,
    the main town of North Waziristan", "Ngabe, a village in the Plateaux region")."""
    if inner.start < outer.start:
        return True
    toks = sentence.tokens
    top = phrase_head(toks, mention_head(sentence, outer))
    k, seen = mention_head(sentence, inner), set()
    while k not in seen and 0 <= k < len(toks):
        if k == top:
            return False
        seen.add(k)
        k = toks[k].head
    return True


def containers_last(
    sentence: Sentence, scored: list[tuple[tuple[float, ...], Mention]]
) -> list[tuple[tuple[float, ...], Mention]]:
    """A name the gazetteer lacks, placed on another place of the list and named in an apposition
    to it ("Lashkar Gah, the capital of southern Helmand province", "Nakuru, regional capital of
    the Rift Valley"), is that place's container: it goes behind it, however fine an unlisted
    name ranks otherwise (but "the Harare township of Highfield" is in Highfield)."""
    out = list(scored)
    for j, (_, m) in enumerate(scored):
        if m.resolved is None or m.resolved.kind != "unlisted":
            continue
        part = next(
            (
                k
                for k, (_, o) in enumerate(out)
                if o.resolved is not None
                and o.resolved.kind != "unlisted"
                and m.resolved.id == -1 - o.resolved.id
                and in_apposition_to(sentence, m, o)
            ),
            None,
        )
        here = out.index(scored[j])
        if part is not None and part > here:
            out.insert(part, out.pop(here))
    return out


def in_apposition_to(sentence: Sentence, inner: Mention, outer: Mention) -> bool:
    """Does `inner` hang, through an apposition, on `outer` ("Ramadi, the capital of Anbar")?"""
    toks = sentence.tokens
    top = mention_head(sentence, outer)
    k, appos = mention_head(sentence, inner), False
    for _ in range(8):
        t = toks[k]
        if not 0 <= t.head < len(toks) or t.head == k:
            return False
        appos = appos or t.dep == "appos"
        k = t.head
        if k == top:
            return appos
    return False


def phrase_head(toks: Sequence[Token], k: int) -> int:
    """The noun a place name belongs to: itself, or the noun it names ("Warangal district",
    "the region of Jandaran")."""
    for _ in range(4):
        t = toks[k]
        if not 0 <= t.head < len(toks) or t.head == k:
            break
        up = toks[t.head]
        if t.dep in ("compound", "nmod") and up.pos in ("NOUN", "PROPN"):
            k = t.head
        elif t.dep == "pobj" and up.text.lower() == "of" and 0 <= up.head < len(toks):
            if toks[up.head].pos != "NOUN":
                break
            k = up.head
        else:
            break
    return k


def fineness(c: Candidate) -> float:
    """Precision rank, finer first; a name the gazetteer lacks is finer than its container."""
    return PRECISION_ORDER.get(c.precision, 5) - (0.5 if c.kind == "unlisted" else 0.0)


def mention_fineness(toks: Sequence[Token], m: Mention) -> float:
    """`fineness` of a mention's reading, except that a name the gazetteer lacks but the text calls
    a first-level area ("the province of al-Raqqa", "Deir ez-Zor governorate") ranks as one: placed
    on the nearest town for want of better, it would otherwise pass for a spot finer than the town
    the event befell ("In the province of al-Raqqa, gunmen shelled the town of Tabqa")."""
    c = m.resolved
    if c is None:
        return PRECISION_ORDER["country"]
    if c.kind == "unlisted" and _called_area(toks, m.start, m.end):
        return PRECISION_ORDER["admin1"]
    return fineness(c)


def _called_area(toks: Sequence[Token], s: int, e: int) -> bool:
    """Do the words around tokens[s:e] call it a first-level area: "the province of X", "X
    province" (but not "X Province Hospital", a longer name)?"""
    before = s >= 2 and toks[s - 1].text.lower() == "of" and toks[s - 2].text.lower() in AREA_WORDS
    after = (
        e < len(toks)
        and toks[e].text.lower() in AREA_WORDS
        and not (e + 1 < len(toks) and toks[e + 1].pos == "PROPN" and toks[e + 1].text[:1].isupper())
    )
    return before or after


def within(inner: Candidate | None, outer: Candidate | None) -> bool:
    if inner is None or outer is None or inner.id == outer.id:
        return False
    if inner.kind == "unlisted" and outer.kind != "unlisted":  # placed on its container
        return inner.id == -1 - outer.id or (
            outer.kind in ("admin1", "country") and within(replace(inner, kind="city"), outer)
        )
    if PRECISION_ORDER.get(inner.precision, 5) >= PRECISION_ORDER.get(outer.precision, 5):
        return False
    if outer.kind == "admin1":
        return inner.admin1_code is not None and inner.admin1_code == outer.admin1_code
    return outer.country is not None and inner.country == outer.country


def in_apposition(toks: Sequence[Token], k: int) -> bool:
    """Is the place at tokens[k], or the noun it modifies or owns, in apposition to another noun
    ("Liberia, Africa's oldest republic", "Kabul, the Afghan capital")? An apposition describes
    the noun before it; a place in it only says where that noun lies or what it belongs to."""
    for _ in range(3):
        t = toks[k]
        if t.dep == "appos":
            return True
        if t.dep not in ("poss", "compound", "amod", "nmod") or not 0 <= t.head < len(toks) or t.head == k:
            return False
        k = t.head
    return False


def names_area_of_demonym(sentence: Sentence, m: Mention, mentions: Sequence[Mention]) -> bool:
    """Is the demonym `m` on a noun that names its place with "of" ("the Yugoslav province of
    Kosovo", "the Indonesian province of Aceh")? The demonym only says whose the area is; the
    name after "of" is the place, and it is finer."""
    toks = sentence.tokens
    noun = toks[mention_head(sentence, m)].head
    if not 0 <= noun < len(toks) or noun == m.start:
        return False
    for o in mentions:
        if o is m or o.resolved is None or o.source in ("adjective", "demonym"):
            continue
        of = toks[mention_head(sentence, o)]
        if of.dep == "pobj" and 0 <= of.head < len(toks):
            prep = toks[of.head]
            if prep.text.lower() == "of" and prep.head == noun:
                return True
    return False
