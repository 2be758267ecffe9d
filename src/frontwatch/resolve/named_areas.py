"""Where a place lies, read off the names around it: a town followed by the area it lies in
("Pisky, Donetsk Oblast", "Tawila in North Darfur") is its namesake there or an unlisted place
in that area; the area named right after a name; the container of a name the gazetteer lacks
(its sentence's nearest place, else its country); the countries of a river. Used by
`place_context.article_context`."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import replace

from frontwatch.nlp import Token
from frontwatch.resolve.gazetteer import Candidate, Gazetteer, normalise, river_countries
from frontwatch.resolve.location_words import FACILITY_WORDS, SETTLEMENT_NOUNS
from frontwatch.resolve.toponyms import Mention

_BETWEEN_AREA = frozenset({",", "in", "the", "#", "-", "(", "of"})


def within_named_area(mentions: list[Mention], toks: Sequence[Token], gaz: Gazetteer) -> list[Mention]:
    """A town followed by the area it lies in ("Pisky, Donetsk Oblast", "Komyshuvakha in the
    Luhansk Oblast", "Pavlivka, Sumy", "Tawila in North Darfur", "Bagram, Afghanistan"): its
    namesake in that area; when the gazetteer has none there (villages of a few hundred people
    are missing), an unlisted place on the named area rather than a namesake elsewhere."""
    out = list(mentions)
    for k, m in enumerate(out):
        if m.resolved is None or m.resolved.kind != "city" or m.source not in ("ent", "gazetteer"):
            continue
        area = _area_after(out, k, toks)
        if area is None or area.resolved is None:
            continue
        a1 = area.resolved
        division = _division_reading(m, area, gaz) if a1.kind == "country" else None
        if division is not None:
            area_at = out.index(area)
            out[area_at] = replace(area, resolved=division[0], candidates=(division[0], *area.candidates))
            out[k] = replace(m, resolved=division[1], candidates=(division[1], *m.candidates))
            continue
        if a1.kind in ("country", "region"):
            out[k] = _in_country(m, a1, gaz)
            continue
        if m.resolved.admin1_code == a1.admin1_code:
            continue
        inside = [c for c in m.candidates if c.admin1_code == a1.admin1_code and c.kind == "city"]
        if not inside:
            inside = [c for c in gaz.lookup(m.text) if c.admin1_code == a1.admin1_code and c.kind == "city"]
        if inside:
            out[k] = replace(m, resolved=inside[0], candidates=(inside[0], *m.candidates))
        elif (
            a1.kind == "admin1"
            # the gazetteer knows the admin areas of this country's towns (not Canada's)
            and (m.resolved.country != a1.country or m.resolved.admin1_code is not None)
        ):
            out[k] = _unlisted_in(m, a1)
    return out


AREA_KINDS = ("admin1", "city", "country", "region")
BIG_TOWN = 100_000  # a town this size named before a country is rarely an unlisted namesake


def _area_after(out: Sequence[Mention], k: int, toks: Sequence[Token]) -> Mention | None:
    """The area named right after mention k as the one it lies in: an admin1 area after a comma
    or "in", a town's area after a comma, or a country or named region (with a country) after a
    comma or "in" when the two are not items of a list ("Kharkiv, Ukraine and Belgorod")."""
    m = out[k]
    listed = m.start > 0 and toks[m.start - 1].text.lower() in (",", "and", "or")
    for a in out[k + 1 :]:
        r = a.resolved
        if r is None or r.kind not in AREA_KINDS or a.source not in ("ent", "gazetteer", "admin"):
            continue
        between = toks[m.end : a.start]
        if a.start - m.end > 4 or not all(t.text.lower() in _BETWEEN_AREA for t in between):
            continue
        if r.kind == "admin1" and r.admin1_code:
            return a
        if r.kind == "city" and r.admin1_code and between and between[0].text == ",":
            return a
        if (
            r.kind in ("country", "region")
            and r.country
            and between
            and not (listed or _listed_after(out, a, toks))
        ):
            return a
    return None


def _listed_after(out: Sequence[Mention], a: Mention, toks: Sequence[Token]) -> bool:
    """Is the place followed by another item of a list ("Saipan, Guam, Alaska", "Ukraine and
    Belgorod")?"""
    if a.end >= len(toks) or toks[a.end].text.lower() not in (",", "and", "or"):
        return False
    return any(0 < b.start - a.end <= 2 for b in out)


def _division_reading(m: Mention, area: Mention, gaz: Gazetteer) -> tuple[Candidate, Candidate] | None:
    """The first-level division a country's name also names, with the town in it, when the
    town stands right before it ("Atlanta, Georgia" is the US state; "Suleja, Niger" the Nigerian
    state): a town is followed by the division it lies in, so a namesake town there outranks the
    country of that name. None when the town has no namesake in such a division, or is read as
    a town of the country itself."""
    if m.resolved is not None and area.resolved is not None and m.resolved.country == area.resolved.country:
        return None  # "Agadez, Niger": a town of that country
    divisions = [
        c for c in (*area.candidates, *gaz.lookup(area.text)) if c.kind == "admin1" and c.admin1_code
    ]
    if not divisions:
        return None
    towns = (*m.candidates, *gaz.lookup(m.text))
    for d in divisions:
        town = next((c for c in towns if c.kind == "city" and c.admin1_code == d.admin1_code), None)
        if town is not None:
            return d, town
    return None


def _in_country(m: Mention, area: Candidate, gaz: Gazetteer) -> Mention:
    """A town named with its country or region: its namesake there, else (a small namesake
    elsewhere) an unlisted place on the area, not a pin in another country."""
    assert m.resolved is not None
    if m.resolved.country == area.country:
        return m
    namesakes = (*m.candidates, *gaz.lookup(m.text))
    inside = [c for c in namesakes if c.kind == "city" and c.country == area.country]
    if inside:
        return replace(m, resolved=inside[0], candidates=(inside[0], *m.candidates))
    if m.resolved.population >= BIG_TOWN:
        return m
    return _unlisted_in(m, area)


def _unlisted_in(m: Mention, area: Candidate) -> Mention:
    unlisted = replace(area, id=-1 - area.id, name=m.text, kind="unlisted", population=0, geonames_id=None)
    return replace(m, resolved=unlisted, candidates=(unlisted,))


_COMPASS = "northern southern eastern western northeastern northwestern southeastern southwestern central"
COMPASS_ADJECTIVES = frozenset(_COMPASS.split()) | {"north", "south", "east", "west"}


# Words between a place and the area the text puts it in: "Kulbus in West Darfur state",
# "Gagrian area in Poonch district", "Shuqef neighborhood in northern Aleppo", and the noun of
# the facility a name names: "the Tower 22 base in Jordan".
_TO_CONTAINER = (
    frozenset({",", "in", "of", "the", "-"}) | SETTLEMENT_NOUNS | COMPASS_ADJECTIVES | FACILITY_WORDS
)
_CLAUSE_WORDS = frozenset(
    {"if", "when", "while", "unless", "as", "and", "or", "but", "because", "after", "before"}
)


def opens_clause(tok: Token) -> bool:
    """A word that begins another clause or list member: a conjunction, a verb or a pronoun."""
    return tok.pos in ("SCONJ", "CCONJ", "VERB", "AUX", "PRON") or tok.text.lower() in _CLAUSE_WORDS


def named_container(mentions: Sequence[Mention], toks: Sequence[Token], end: int) -> Candidate | None:
    """The area the text names right after an unlisted place as the one it lies in ("Kulbus in
    West Darfur state"), else None; nearer places in other phrases do not contain it."""
    for m in mentions:
        if m.start < end or m.start - end > 4:
            continue
        if (
            m.resolved is not None
            and m.resolved.kind in ("city", "admin1", "region", "country")
            and m.source not in ("adjective", "demonym")
            and not m.is_metonym
            and {"in", ","} & {t.text.lower() for t in toks[end : m.start]}
            and all(t.text.lower() in _TO_CONTAINER for t in toks[end : m.start])
        ):
            return m.resolved
        break
    return None


def container_of(
    mentions: Sequence[Mention],
    start: int,
    dominant_of: Candidate | None = None,
    gaz: Gazetteer | None = None,
    named_times: Counter[str] | None = None,
    other_story: bool = False,
) -> Candidate | None:
    """The place an unlisted name lies in: the nearest finer-than-country place of its sentence
    ("Saiydiah" in "Baghdad's southern district of Saiydiah"), else its country. A country the
    sentence names that is not the article's is another party more often than the name's
    container ("deploy the army south of the Litani River if Israel agreed" in a Lebanon report):
    of gold toponyms in a sentence naming one other country than the article's dominant one,
    which the article names more often, 53 of 78 lie in the dominant country and 15 in the
    sentence's (GeoWebNews, LGL, TR-News dev; 32 / 11 and 21 / 4 in the two quarters), so the
    article's country is taken then (not when neither leads: "Russia accused Ukraine of
    attacking the Crimean bridge"). Not when its paragraph never names the article's country, even
    by an adjective or its capital (`other_story`): it tells another story there ("Poland scrambled
    jets after a missile entered its airspace near the village of Oserdow" in a report on Crimea)."""
    usable = [m for m in mentions if m.resolved is not None and m.source != "adjective" and not m.is_metonym]
    for kinds in (("city", "admin1"), ("region", "country")):
        near = sorted(
            (m for m in usable if m.resolved and m.resolved.kind in kinds), key=lambda m: abs(m.start - start)
        )
        if not near:
            continue
        found = near[0].resolved
        if (
            kinds[0] == "region"
            and found is not None
            and dominant_of is not None
            and dominant_of.country
            and found.country != dominant_of.country
            and named_times is not None
            and named_times[dominant_of.country] > named_times[found.country or ""]
            and not other_story
        ):
            return (gaz.country(dominant_of.country) if gaz is not None else None) or dominant_of
        return found
    return None


def river_container(
    text: str, container: Candidate | None, weights: dict[str, float], gaz: Gazetteer
) -> Candidate | None:
    """A major river the gazetteer lacks lies only in one of its own countries: "south of the
    Litani River, Israel said" is in Lebanon, not Israel. A container in one of them stays (a
    town on its bank: "across the Siverskyi Donets towards Bilohorivka"); otherwise the river's
    country the article names most, on a tie the one news reports on most."""
    key = " ".join(w for w in normalise(text).split() if w != "river")
    countries = river_countries().get(key)
    if not countries or (container is not None and container.country in countries):
        return container
    best = max(countries, key=lambda c: weights.get(c, 0.0))
    return gaz.country(best) or container
