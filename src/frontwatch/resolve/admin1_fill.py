"""The last step of the admin1 build: every first-level ISO 3166-2 subdivision the earlier rules
(`admin_areas`) left out gets an entry, so the list of first-level areas is complete against
pycountry. Its English name and other names come from data/places/admin1_names.tsv where
reviewed, else from the ISO name without its type word ("Hebei Sheng" → Hebei, "Zadarska
županija" → Zadarska); its point is where we already have one: its capital (the seat named in
the table, or a town named like the area), else the GeoNames group most of its own
subdivisions' seats lie in, else the town of its lower subdivisions' seats it shares with no
other. An area we can place nowhere is left out rather than put on a guessed point.

A division's bare name must not take a town's or a country's reading: it answers to its bare
name only when that name is no town of 1,000 people or more, no country or named region, and no
common word or direction ("Centre", "North", "Capital"); otherwise only with an admin word
("Centre Department", "North Governorate", "Jerusalem Governorate").
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from typing import Any

from frontwatch.resolve.gazetteer import _Builder, _data_dir, _stems, normalise, read_tsv

# Type words of ISO names in the local language, which English news leaves out or translates
# ("Hebei Sheng", "Gyeonggi-do", "Zadarska županija", "Ogres novads", "Aqmola oblysy").
_LOCAL_TYPE = re.compile(
    r"\b(?:sheng|zizhiqu|zhuangzu|huizu|uygur|weiwu ?er|zangzu|shi|sar|novads|zupanija|okrug|"
    r"kraj|lan|laani|fylke|megye|maakond|apskritis|oblysy|viloyati|respublikasi|wilayah|"
    r"provincia|departamento|region|comunidad|principado|gwangyeoksi|teukbyeolsi|teukbyeoljachido|"
    r"do|to|city|county|district|governorate|province|state|municipality|popularate|iqlim|"
    r"de|del|la|foral|grad|opcina|obcina|hlavni mesto|mesto)\b"
)
_BRACKETS = re.compile(r"\s*[\[(][^\])]*[\])]\s*")
# An alternate name in brackets: "Catalunya [Cataluña]", "Bender [Tighina]" (not "[city]" nor a
# code or a Roman numeral: "(Region VIII)", "[SE-06]").
_BRACKET_NAME = re.compile(r"\[([^\]\d]{4,})\]")
_COMMA_ORDER = re.compile(r"^([^,]+),\s*(.+)$")  # "Madrid, Comunidad de"


def local_names(iso_name: str) -> list[str]:
    """The ISO name and the forms English text may give it: without brackets, with a comma's two
    halves swapped, without its type words; a bracketed alternate ("Catalunya [Cataluña]");
    Persian "va" as "and" ("Sistan va Baluchestan")."""
    out = [iso_name]
    plain = _BRACKETS.sub(" ", iso_name).replace("†", "").strip()
    out += _BRACKET_NAME.findall(iso_name)
    m = _COMMA_ORDER.match(plain)
    if m:
        plain = m.group(1).strip()
    out.append(plain)
    key = normalise(plain)
    stripped = re.sub(r"\s+", " ", _LOCAL_TYPE.sub(" ", key)).strip()
    if stripped and stripped != key:
        out.append(stripped)
    if " va " in key:
        out.append(key.replace(" va ", " and "))
    return [n for n in dict.fromkeys(out) if n]


def _town_index(cities: list[dict[str, Any]]) -> dict[tuple[str, str], dict[str, Any]]:
    """(country, normalised name) → the most populous town of that name; alternate names count
    for towns of 1,000 people or more (a seat is rarely smaller; the build stays quick)."""
    out: dict[tuple[str, str], dict[str, Any]] = {}
    for c in sorted(cities, key=lambda c: c["population"]):
        names = (c["name"], *c["alternatenames"]) if c["population"] >= 1000 else (c["name"],)
        for n in names:
            if n[:1].isupper():
                out[(c["countrycode"], normalise(n))] = c
    return out


def _prefix_index(cities: list[dict[str, Any]]) -> dict[tuple[str, str], list[tuple[str, dict[str, Any]]]]:
    """(country, first four letters) → (normalised name, town) of towns of 5,000 people or more,
    biggest first: the seats an adjective of a town's name may point to ("Šibensko" → Šibenik)."""
    out: dict[tuple[str, str], list[tuple[str, dict[str, Any]]]] = defaultdict(list)
    for c in sorted(cities, key=lambda c: -c["population"]):
        if c["population"] >= 5000:
            key = normalise(c["name"])
            out[(c["countrycode"], key[:4])].append((key, c))
    return out


def _seat(
    cc: str,
    names: Iterable[str],
    towns: Mapping[tuple[str, str], dict[str, Any]],
    prefixes: Mapping[tuple[str, str], list[tuple[str, dict[str, Any]]]],
) -> dict[str, Any] | None:
    """The town an area is named after or seated in: the first name, or centre stem of a name,
    that a town of the country bears; else a town of 5,000 or more whose name the stem of the
    name, or of the first part of a hyphenated one, begins ("Sisačko-moslavačka" → Sisak,
    "Vologodskaya" → Vologda: at most three letters apart)."""
    names = list(names)
    for name in names:
        for key in (normalise(name), *_stems(name)):
            if (cc, key) in towns:
                return towns[(cc, key)]
    for name in names:
        first = normalise(name).split()[0] if normalise(name) else ""
        for stem in (*_stems(first), *_stems(first.rstrip("o"))):
            if len(stem) < 4:
                continue
            for town, c in prefixes.get((cc, stem[:4]), ()):
                if _close(stem, town):
                    return c
    return None


def _close(stem: str, town: str) -> bool:
    """Does an adjective's stem name the town: one begins the other, or they share all but the
    last three letters of the longer ("vologod"/"vologda", "siben"/"sibenik")?"""
    if town.startswith(stem) or stem.startswith(town):
        return abs(len(town) - len(stem)) <= 3
    common = 0
    for a, b in zip(stem, town, strict=False):
        if a != b:
            break
        common += 1
    return common >= 5 and max(len(stem), len(town)) - common <= 3


class _Placer:
    """Points for subdivisions: seats, and GeoNames groups no earlier rule took."""

    def __init__(
        self,
        cities: list[dict[str, Any]],
        groups: Mapping[tuple[str, str], tuple[float, float, int]],
        admin1_of: dict[tuple[str, str], tuple[str, str]],
        taken: set[tuple[str, str]],
    ) -> None:
        self.taken = taken | set(admin1_of)
        self.towns = _town_index(cities)
        self.prefixes = _prefix_index(cities)
        self.groups = groups
        self.admin1_of = admin1_of
        import pycountry

        self.children: dict[str, list[Any]] = defaultdict(list)
        for sub in pycountry.subdivisions:
            parent = getattr(sub, "parent_code", None)
            if parent:
                self.children[parent].append(sub)

    def place(
        self, sub: Any, english: str, names: list[str], seat_name: str
    ) -> tuple[float, float, int] | None:
        """(lat, lon, population) of the subdivision, claiming the GeoNames group it is when one is
        found through its lower subdivisions (its towns then get the area as their admin1); None
        when nothing places it."""
        cc = sub.country_code
        seat = _seat(cc, [seat_name] if seat_name else names, self.towns, self.prefixes)
        if seat is not None:
            group = (cc, seat["admin1code"])
            if seat["admin1code"] and group in self.groups and group not in self.taken:
                self.taken.add(group)  # the capital's GeoNames group is the area: its towns join it
                self.admin1_of[group] = (english, sub.code)
                return self.groups[group]
            return seat["latitude"], seat["longitude"], int(seat["population"])
        seats = [
            s
            for k in self.children.get(sub.code, ())
            if (s := _seat(cc, local_names(k.name), self.towns, self.prefixes))
        ]
        if not seats:
            return None
        votes = Counter((cc, s["admin1code"]) for s in seats)
        group, n = votes.most_common(1)[0]
        if n * 2 > len(seats) and group in self.groups and group not in self.taken:
            self.taken.add(group)
            self.admin1_of[group] = (english, sub.code)
            return self.groups[group]
        best = max(seats, key=lambda s: s["population"])
        return best["latitude"], best["longitude"], int(best["population"])


def add_remaining_subdivisions(
    b: _Builder,
    cities: list[dict[str, Any]],
    iso2_to_iso3: Mapping[str, str],
    groups: Mapping[tuple[str, str], tuple[float, float, int]],
    admin1_of: dict[tuple[str, str], tuple[str, str]],
    reserved: set[str],
    matched: Iterable[tuple[str, str]],
) -> int:
    """Admin1 entries for the first-level subdivisions no row has yet; returns how many were
    added. `reserved` holds the normalised names of countries and named regions, which no area's
    bare name may take; `matched` the GeoNames groups earlier rules gave an area (with or without
    an entry in `admin1_of`), which no area here may claim."""
    import pycountry

    done = {row[5] for row in b.places if row[2] == "admin1"}
    reviewed = {r["code"]: r for r in read_tsv(_data_dir() / "admin1_names.tsv")}
    populated = {normalise(c["name"]) for c in cities if c["population"] >= 1000}
    common = {r["word"] for r in read_tsv(_data_dir() / "bare_name_words.tsv")}
    placer = _Placer(cities, groups, admin1_of, set(matched))
    added = 0
    for sub in sorted(pycountry.subdivisions, key=lambda s: s.code):
        if getattr(sub, "parent_code", None) or sub.code in done:
            continue
        row = reviewed.get(sub.code, {})
        english = row.get("english") or _display(local_names(sub.name)[-1])
        aliases = [a for a in row.get("aliases", "").split("|") if a]
        names = [english, *aliases, *local_names(sub.name)]
        point = placer.place(sub, english, names, row.get("seat", ""))
        if point is None:
            continue
        bare = {n for n in names if _bare_ok(normalise(n), populated, common, reserved)}
        pid = b.add_admin1(english, sub, iso2_to_iso3.get(sub.country_code), point, bare)
        b.add_area_keys(pid, names)
        added += 1
    return added


def _display(name: str) -> str:
    """A name for display: a lower-cased stripped form gets capitals back ("gyeonggi" →
    Gyeonggi); a name already cased is kept."""
    if name != name.lower():
        return name
    return " ".join(w[:1].upper() + w[1:] if len(w) > 3 or i == 0 else w for i, w in enumerate(name.split()))


def _bare_ok(key: str, populated: set[str], common: set[str], reserved: set[str]) -> bool:
    """May an area answer to this name without an admin word? Not a short word, a common word or
    direction (every word of it: "North", "Central Region" may stand, "Centre" not), a town's
    name or a country's or named region's."""
    words = key.split()
    return (
        len(key.replace(" ", "")) >= 5
        and not all(w in common for w in words)
        and key not in populated
        and key not in reserved
    )
