"""The actor dictionary's data: the entries read from `data/actors/` (plain TSV files, reviewed
like code; see its README for the columns and the sector decisions), the lookup key they are
indexed by, and the mention a match produces. Used by actors.py (lookup), actor_compose.py
(composition) and officeholders.py (people by office and date)."""

from __future__ import annotations

import csv
import unicodedata
from dataclasses import dataclass
from datetime import date
from functools import cache, lru_cache
from importlib import resources

from frontwatch.models import Entity

# One row per term; the history file holds the terms before the current file's (about 1980-2014).
OFFICEHOLDER_FILES = ("officeholders.tsv", "officeholders_history.tsv")
KINDS = ("country", "demonym", "metonym", "igo", "group", "person", "sector")
# Sectors of a state's own bodies: government, armed forces, police, intelligence, courts, parliament.
STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "SPY", "JUD", "LEG"})


@dataclass(frozen=True)
class ActorEntry:
    """One dictionary pattern: `pattern` as written ("the Kremlin"), the canonical `name`,
    `country` (ISO3 or an organisation code), `sector`, `kind` (one of KINDS), `wikidata`, and
    for people the office term [valid_from, valid_to] (None: open)."""

    pattern: str
    name: str
    country: str | None
    sector: str | None
    kind: str
    wikidata: str | None = None
    valid_from: date | None = None
    valid_to: date | None = None
    role: str = ""  # office held (people) or the sector word's role ("inherit", "chain")
    # sector words: name template for a composed entity ("Ministry of Defence of {country}")
    canonical: str = ""

    def valid_on(self, on: date | None) -> bool:
        """True when the entry holds at `on` (always, for entries without a term)."""
        if on is None:
            return self.valid_to is None
        return (self.valid_from is None or self.valid_from <= on) and (
            self.valid_to is None or on <= self.valid_to
        )


@dataclass(frozen=True)
class ActorMention:
    """A resolved actor in a sentence: tokens [start, end). `is_metonym` marks a capital or seat of
    power standing for its government; places must not geocode an event to it."""

    start: int
    end: int
    text: str
    entity: Entity
    kind: str
    is_metonym: bool = False


# ---------------------------------------------------------------------------------------------
# Loading the data files


def _rows(filename: str) -> list[dict[str, str]]:
    """Rows of a TSV in data/actors/, skipping '#' comment lines and blank lines."""
    text = (resources.files("frontwatch") / "data" / "actors" / filename).read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    reader = csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
    return [{k: (v or "").strip() for k, v in row.items()} for row in reader]


def _split(field: str) -> list[str]:
    return [p.strip() for p in field.split("|") if p.strip()]


def _date(value: str) -> date | None:
    return date.fromisoformat(value) if value else None


def _pattern_sector(item: str, default: str) -> tuple[str, str]:
    """'the Pentagon:MIL' → ('the Pentagon', 'MIL'); 'Kyiv' → ('Kyiv', default)."""
    text, sep, sector = item.rpartition(":")
    if sep and sector.isupper() and sector.isalpha() and len(sector) == 3:
        return text, sector
    return item, default


@cache
def _country_table() -> tuple[dict[str, str], ...]:
    return tuple(_rows("countries.tsv"))


@cache
def country_names_by_iso() -> dict[str, str]:
    return {r["iso3"]: r["name"] for r in _country_table()}


def country_demonyms() -> dict[str, str]:
    """Lower-cased demonym ("belarusian", "belarusians") → ISO3. A fresh copy on each call."""
    return dict(_lookups()[0])


def country_names() -> dict[str, str]:
    """Lower-cased country name, short, official or historical name → ISO3."""
    return dict(_lookups()[1])


def capital_metonyms() -> dict[str, str]:
    """Lower-cased capital or seat of power used for a government ("the kremlin") → ISO3, and
    seats standing for an organisation ("brussels") → its code."""
    return dict(_lookups()[2])


@cache
def _lookups() -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
    demonyms, names, seats = {}, {}, {}
    for r in _country_table():
        demonyms.update({d.lower(): r["iso3"] for d in _split(r["demonyms"])})
        names.update({n.lower(): r["iso3"] for n in [r["name"], *_split(r["names"])]})
        seats.update({_pattern_sector(m, "GOV")[0].lower(): r["iso3"] for m in _split(r["metonyms"])})
    for r in _rows("igos.tsv"):
        seats.update({_seat(a)[0].lower(): r["code"] for a in _split(r["aliases"]) if a.startswith("@")})
    return demonyms, names, seats


def _seat(alias: str) -> tuple[str, str | None]:
    """An igos.tsv seat alias ("@Brussels/BEL") → the seat's name and the state it is in."""
    name, _, host = alias[1:].partition("/")
    return name, host or None


@cache
def _hosted_seats() -> dict[str, tuple[str, dict[str, str]]]:
    """Lower-cased seat of an organisation in a known state → (the state's ISO3, the body's row)."""
    return {
        name.lower(): (host, r)
        for r in _rows("igos.tsv")
        for name, host in (_seat(a) for a in _split(r["aliases"]) if a.startswith("@"))
        if host is not None
    }


def seat_hosts() -> dict[str, str]:
    """Lower-cased seat of an organisation ("brussels") → ISO3 of the state it is in (Belgium)."""
    return {seat: host for seat, (host, _) in _hosted_seats().items()}


# Sectors an organisation acts as in its seat: "officials in Brussels" speak for the EU, its
# lawmakers sit in the European Parliament; anyone else placed there is the host state's.
_SEAT_SECTORS = frozenset({"GOV", "LEG", "IGO"})


def seat_body(place: Entity, sector: str | None) -> Entity:
    """The organisation whose seat `place` (a seat read as its host state) is, for a party of a
    sector the organisation acts as ("officials in Brussels": the EU); else `place`."""
    seat = _hosted_seats().get(place.text.lower())
    if seat is None or sector not in _SEAT_SECTORS or place.country != seat[0]:
        return place
    r = seat[1]
    return Entity(place.text, r["name"], r["code"], r["sector"] or None, r["wikidata"] or None)


@cache
def province_countries() -> dict[str, str]:
    """Lookup key of an ISO 3166-2 subdivision's name ("sindh", "kandahar") → its country's ISO3,
    for the names only one country has a subdivision of (not "Punjab") and that name no country."""
    import pycountry

    found: dict[str, set[str]] = {}
    for sub in pycountry.subdivisions:
        country = pycountry.countries.get(alpha_2=sub.country_code)
        if country is not None:
            found.setdefault(normalise(sub.name), set()).add(country.alpha_3)
    states = {normalise(n) for n in country_names()}
    out = {k: next(iter(v)) for k, v in found.items() if len(v) == 1 and k not in states}
    for r in _rows("provinces.tsv"):  # news spellings ISO lacks: "Tigray", "Donetsk", "Darfur"
        out.update((normalise(n), r["country"]) for n in [r["name"], *_split(r["aliases"])])
    return out


@cache
def shared_names() -> dict[str, tuple[str, str, tuple[str, ...]]]:
    """Lower-cased bare name two states share ("congo") → (the default state's ISO3, the other's,
    the default state's longer names that contain it: "dr congo", "congo-kinshasa", …)."""
    names = country_names()
    out = {}
    for r in _rows("shared_names.tsv"):
        bare = r["name"].lower()
        longer = tuple(n for n, iso in names.items() if iso == r["default"] and n != bare and bare in n)
        out[bare] = (r["default"], r["other"], longer)
    return out


@cache
def sharing_states() -> dict[str, frozenset[str]]:
    """ISO3 → the states that share its bare name and so its demonym ("Congolese": the DRC's by
    default, yet also the Republic of the Congo's): a known person of the other state keeps
    their own state after that demonym ("Congolese President Pascal Lissouba" is Brazzaville's)."""
    out: dict[str, set[str]] = {}
    for default, other, _ in shared_names().values():
        out.setdefault(default, set()).add(other)
        out.setdefault(other, set()).add(default)
    return {k: frozenset(v) for k, v in out.items()}


@cache
def _sector_templates() -> dict[str, str]:
    """Sector word → the name template of the state body it names ("parliament": "Parliament of
    {country}"; sectors.tsv `canonical`); words without one name the state ("protesters")."""
    return {r["word"]: r["canonical"] for r in _rows("sectors.tsv") if r["canonical"]}


def state_party_name(country: str, word: str) -> str:
    """The canonical name of a state's party named by sector word `word`, as `Composer._composed`
    names "the Serbian parliament" (Parliament of Serbia) and "Serbian protesters" (Serbia): the
    name a party placed in a state's capital takes, not the capital's own "Government of Serbia"."""
    name = country_names_by_iso().get(country, country)
    template = _sector_templates().get(word)
    return template.format(country=with_article(name)) if template else name


@cache
def _state_names() -> frozenset[str]:
    """Every name the dictionary gives a state or one of its bodies ("Serbia", "Government of
    Serbia", "Ministry of Defence of Serbia"): names that say which of a state's bodies is meant."""
    templates = set(_sector_templates().values()) | {"Government of {country}"}
    names = country_names_by_iso().values()
    return frozenset([*names, *(t.format(country=with_article(n)) for t in templates for n in names)])


@cache
def _person_names() -> frozenset[str]:
    """The canonical names of the office holders the dictionary knows."""
    return frozenset(r["person"] for f in OFFICEHOLDER_FILES for r in _rows(f))


def party_name(owner: Entity, sector: str | None, word: str) -> str:
    """The name of a party of `sector`, named by sector word `word`, that takes its country from
    `owner`: the owner's own name when it is that party ("the ministry" after the ministry) or
    names no state body (a group, an organisation), else the state's body of that sector
    ("protesters in Belgrade" are Serbia's, not the Government of Serbia the capital stands for);
    a leader's body is his state's ("his government", "Maduro ordered the army": Venezuela's)."""
    if not owner.country:
        return owner.name
    if owner.name in _person_names():
        return state_party_name(owner.country, word)
    if sector is None or owner.sector in (None, sector) or owner.name not in _state_names():
        return owner.name
    return state_party_name(owner.country, word)


def country_row(iso3: str) -> dict[str, str]:
    """The countries.tsv row of a state (name, wikidata, …); empty when unknown."""
    return next((r for r in _country_table() if r["iso3"] == iso3), {})


@cache
def community_states() -> dict[str, frozenset[str]]:
    """A people without one state (communities.tsv, empty country) → the states it lives in
    ("Kurds" → TUR, IRQ, SYR, IRN): where a sentence puts them names which of these they are of."""
    return {
        r["name"]: frozenset(_split(r["states"]))
        for r in _rows("communities.tsv")
        if not r["country"] and r["states"]
    }


@cache
def role_nouns() -> frozenset[str]:
    """Sector words that name a role in a body rather than the body ("leader", "spokesman",
    "officials": role `inherit`), as their canonical words: they take the sector of the body
    they belong to ("the movement's leader" is the movement's)."""
    return frozenset(e.name for e in load_entries() if e.kind == "sector" and e.role == "inherit")


@cache
def stateless_groups() -> frozenset[str]:
    """Names of the armed groups and bodies the dictionary knows to belong to no state (al-Qaeda,
    Islamic State): a sector of their own and no country. Peoples without one state (Kurds, Hutu)
    have no sector and are not among them."""
    return frozenset(e.name for e in load_entries() if e.kind == "group" and e.country is None and e.sector)


@cache
def kind_words() -> dict[str, frozenset[str]]:
    """For each organisation and group, the head nouns of its longer names ("North Atlantic
    alliance" → NATO is an alliance, "European Union" → the EU a union): what a definite "the
    alliance" or "the union" may refer back to."""
    out: dict[str, set[str]] = {}
    for e in load_entries():
        words = e.pattern.split()
        if e.kind in ("igo", "group") and len(words) > 1 and words[-1].isalpha():
            out.setdefault(e.name, set()).add(words[-1].lower())
    return {name: frozenset(ws) for name, ws in out.items()}


def load_entries() -> list[ActorEntry]:
    """Every entry of the packaged dictionary."""
    entries: list[ActorEntry] = []
    for r in _country_table():
        iso, name, qid = r["iso3"], r["name"], r["wikidata"] or None
        for n in [name, *_split(r["names"])]:
            entries.append(ActorEntry(n, name, iso, None, "country", qid))
        for d in _split(r["demonyms"]):
            entries.append(ActorEntry(d, name, iso, None, "demonym", qid))
        for m in _split(r["metonyms"]):
            text, sector = _pattern_sector(m, "GOV")
            canonical = f"Government of {with_article(name)}" if sector == "GOV" else name
            entries.append(ActorEntry(text, canonical, iso, sector, "metonym", qid))
    for r in _rows("territories.tsv"):  # "Gaza", "the West Bank": named as their state
        state = country_names_by_iso()[r["country"]]
        for n in [r["name"], *_split(r["aliases"])]:
            entries.append(ActorEntry(n, state, r["country"], None, "country"))
    for r in _rows("igos.tsv"):
        for n in [r["name"], *_split(r["aliases"])]:
            seat = n.startswith("@")  # "@Brussels": a seat standing for the organisation
            kind, n = ("metonym", _seat(n)[0]) if seat else ("igo", n)
            entries.append(
                ActorEntry(n, r["name"], r["code"], r["sector"] or None, kind, r["wikidata"] or None)
            )
    for r in _rows("groups.tsv"):
        for n in [r["name"], *_split(r["aliases"])]:
            entries.append(ActorEntry(n, r["name"], r["country"] or None, r["sector"] or None, "group",
                                      r["wikidata"] or None))  # fmt: skip
    for r in _rows("communities.tsv"):  # peoples, no sector: "the Yoruba", "Kurds", "Turkish Cypriots"
        for n in [r["name"], *_split(r["aliases"])]:
            entries.append(ActorEntry(n, r["name"], r["country"] or None, None, "group"))
    terms = [row for f in OFFICEHOLDER_FILES for row in _rows(f)]
    aliases = _person_aliases(terms)
    for r in terms:
        own = _split(r["aliases"])
        for n in [r["person"], *own, *(a for a in aliases[r["person"]] if a not in own)]:
            entries.append(
                ActorEntry(n, r["person"], r["country"] or None, r["sector"] or None, "person",
                           r["wikidata"] or None, _date(r["start"]), _date(r["end"]), r["role"])
            )  # fmt: skip
    for r in _rows("sectors.tsv"):
        for w in _sector_forms(r["word"]):
            entries.append(ActorEntry(w, r["word"], None, r["sector"], "sector", None,
                                      role=r["role"], canonical=r["canonical"]))  # fmt: skip
    return entries


def _person_aliases(terms: list[dict[str, str]]) -> dict[str, list[str]]:
    """The bare names of each person over all their terms: a family name alone names the person,
    and the date picks the office ("Solana" in 1994 is Spain's foreign minister, in 1997 NATO's
    chief), so a term listed without it still answers to it. Titled forms stay with their term
    ("King Abdullah" is no alias of the crown prince he was before)."""
    out: dict[str, list[str]] = {}
    for r in terms:
        names = out.setdefault(r["person"], [])
        own = r["person"].split()
        names += [a for a in _split(r["aliases"]) if a in own and a not in names]
    return out


# States whose people's names are written surname first in English news ("Lai Ching-te",
# "Yoon Suk Yeol", "Xi Jinping"): the first word is what a title goes with ("President Lai").
SURNAME_FIRST = frozenset({"CHN", "TWN", "KOR", "PRK"})


def surname(entry: ActorEntry) -> str:
    """The family name of a person entry's full name: its first word in surname-first states."""
    words = entry.name.split()
    return words[0] if entry.country in SURNAME_FIRST else words[-1]


def with_article(name: str) -> str:
    """'United States' → 'the United States' inside "Government of …"; 'Belarus' unchanged."""
    singular = ("Belarus", "Cyprus", "Mauritius", "Honduras", "Laos", "Barbados", "Saint Kitts and Nevis",
                "Saint Vincent and the Grenadines")  # fmt: skip
    plural = name.endswith("s") and name not in singular
    if plural or name.startswith(
        ("United ", "Central African", "Czech", "Dominican R", "Democratic", "Republic")
    ):
        return f"the {name}"
    return name


def _sector_forms(word: str) -> list[str]:
    """The word and its plural ("ministry" → "ministries"); the last word of a phrase inflects."""
    head, _, last = word.rpartition(" ")
    if last.endswith("s") or not last.isalpha():
        return [word]
    if last.endswith("y") and last[-2:-1] not in "aeiou":
        plural = last[:-1] + "ies"
    elif last.endswith("man"):
        plural = last[:-3] + "men"
    elif last.endswith(("ch", "sh", "x")):
        plural = last + "es"
    else:
        plural = last + "s"
    return [word, f"{head} {plural}".strip()]


_FOLD = str.maketrans({"’": "'", "‘": "'", "`": "'", "–": "-", "—": "-", "‐": "-", "‑": "-"})


@lru_cache(maxsize=65536)
def normalise(text: str) -> str:
    """Lookup key: lower case, accents and quotes folded, whitespace removed."""
    if text.isascii():
        return "".join(text.split()).lower().replace("`", "'")
    text = unicodedata.normalize("NFKD", text.translate(_FOLD))
    return "".join(c for c in text if not unicodedata.combining(c) and not c.isspace()).lower()


def chain_sector(sectors: list[ActorEntry]) -> str | None:
    """Sector of a chain of sector words: the head, i.e. the last real sector word ("government
    forces" → MIL, "anti-government protesters" → OPP); role nouns ("spokesman", "officials",
    "chief") inherit it and only count when nothing else is there."""
    return sector_head(sectors).sector if sectors else None


def sector_head(sectors: list[ActorEntry]) -> ActorEntry:
    main = [s for s in sectors if s.role not in ("inherit", "chain")]
    return main[-1] if main else sectors[0]
