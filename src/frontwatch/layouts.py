"""Export layouts for `frontwatch events --layout plover|cameo|acled`: one flat dict per event.

The mappings are data, reviewed like code (docs/layouts.md explains each choice):
    data/layouts/plover_to_cameo.tsv   PLOVER type + mode (+ context) → CAMEO event code
    data/layouts/plover_to_acled.tsv   PLOVER type + mode → ACLED disorder / event / sub-event type
    data/layouts/igo_to_cameo.tsv      frontwatch IGO codes → CAMEO actor codes

Every layout keeps frontwatch's own factuality and attribution next to the foreign fields:
CAMEO and ACLED have no place for "Kyiv says" or "might", and a consumer must be able to drop
what was not asserted as fact.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from .models import Article, Entity, Event

_DATA = "data/layouts"

# CAMEO root code → quad class (1 verbal cooperation, 2 material cooperation, 3 verbal conflict,
# 4 material conflict), as in Phoenix and ICEWS.
_QUAD = {1: 1, 2: 1, 3: 1, 4: 1, 5: 1, 6: 2, 7: 2, 8: 2, 9: 3, 10: 3, 11: 3, 12: 3, 13: 3}

# ACLED interaction codes by role: 1 state forces, 2 rebel groups, 3 political militias,
# 5 rioters, 6 protesters, 7 civilians, 8 external/other forces (IGOs, foreign missions).
# ACLED interaction codes; a criminal gang (CRM) is an armed group of no side: ACLED's militias (3).
_INTER = {"GOV": 1, "MIL": 1, "COP": 1, "SPY": 1, "JUD": 1, "LEG": 1, "REB": 2, "PRM": 3, "CRM": 3,
          "OPP": 6, "CVL": 7, "MED": 7, "BUS": 7, "REF": 7, "EDU": 7, "HLH": 7, "IGO": 8}  # fmt: skip
_ACLED_ACTOR = {"MIL": "Military Forces of {}", "COP": "Police Forces of {}", "GOV": "Government of {}",
                "SPY": "Government of {}", "JUD": "Government of {}", "LEG": "Government of {}",
                "CVL": "Civilians ({})", "MED": "Civilians ({})", "BUS": "Civilians ({})",
                "OPP": "Protesters ({})"}  # fmt: skip
_GEO_PRECISION = {"point": 1, "city": 1, "admin1": 2, "country": 3, "region": 3}
_TIME_PRECISION = {"day": 1, "month": 3, "year": 3}
# Short names as ACLED writes them, where ISO's differ.
_NAMES = {"XKX": "Kosovo", "PSE": "Palestine", "TWN": "Taiwan", "WST": "the West", "RUS": "Russia",
          "IRN": "Iran", "SYR": "Syria", "PRK": "North Korea", "KOR": "South Korea", "TUR": "Turkey",
          "COD": "Democratic Republic of Congo", "COG": "Republic of Congo", "MDA": "Moldova",
          "VEN": "Venezuela", "BOL": "Bolivia", "TZA": "Tanzania", "LAO": "Laos", "VNM": "Vietnam",
          "GBR": "United Kingdom", "USA": "United States", "CZE": "Czech Republic"}  # fmt: skip


def _rows(name: str) -> list[dict[str, str]]:
    text = resources.files("frontwatch").joinpath(f"{_DATA}/{name}").read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    return [{k: (v or "").strip() for k, v in row.items()} for row in csv.DictReader(lines, delimiter="\t")]


@dataclass(frozen=True)
class CameoCode:
    """A CAMEO event code and its label."""

    code: str
    label: str

    @property
    def root(self) -> str:
        return self.code[:2]

    @property
    def quad_class(self) -> int:
        return _QUAD.get(int(self.root), 4)


@cache
def cameo_table() -> dict[tuple[str, str, str], CameoCode]:
    """(type, mode or "", context or "") → CAMEO code."""
    return {
        (r["plover_type"], r["mode"], r["context"]): CameoCode(r["cameo_code"], r["cameo_label"])
        for r in _rows("plover_to_cameo.tsv")
    }


@cache
def acled_table() -> dict[tuple[str, str], tuple[str, str, str]]:
    """(type, mode or "") → (disorder type, event type, sub-event type)."""
    return {
        (r["plover_type"], r["mode"]): (r["disorder_type"], r["event_type"], r["sub_event_type"])
        for r in _rows("plover_to_acled.tsv")
    }


@cache
def igo_cameo_codes() -> dict[str, str]:
    """frontwatch IGO code → CAMEO actor code."""
    return {r["code"]: r["cameo"] for r in _rows("igo_to_cameo.tsv")}


def cameo_code(event_type: str, mode: str | None, contexts: tuple[str, ...] = ()) -> CameoCode:
    """The CAMEO code of a PLOVER type and mode; a context-specific row wins, then the mode's
    row, then the type's default row."""
    table = cameo_table()
    for context in contexts:
        hit = table.get((event_type, mode or "", context))
        if hit:
            return hit
    return table.get((event_type, mode or "", "")) or table[(event_type, "", "")]


def country_name(code: str | None) -> str | None:
    """A country's short name from its ISO3 code (IGO codes are returned as they are)."""
    if not code:
        return None
    if code in _NAMES:
        return _NAMES[code]
    import pycountry

    found = pycountry.countries.get(alpha_3=code)
    if found is None:
        return code
    return str(getattr(found, "common_name", None) or found.name)


def cameo_actor(entity: Entity) -> str:
    """A CAMEO-style actor code: country (or IGO) code followed by the sector, e.g. RUSMIL."""
    igo = igo_cameo_codes()
    if entity.country in igo:
        base = igo[entity.country]
        return base + (entity.sector or "") if entity.sector and entity.sector != "IGO" else base
    return (entity.country or "---") + (entity.sector or "")


def _codes(entities: tuple[Entity, ...]) -> str:
    return ";".join(dict.fromkeys(e.country for e in entities if e.country))


def _common(event: Event, article: Article | None) -> dict[str, Any]:
    """Provenance and frontwatch's own judgement, kept in every layout."""
    return {
        "factuality": event.factuality,
        "attribution": event.attribution.name if event.attribution else None,
        "attribution_country": event.attribution.country if event.attribution else None,
        "confidence": event.confidence,
        "frontwatch_id": event.id,
        "article_id": event.article_id,
        "url": article.url if article else None,
    }


def to_plover(event: Event, article: Article | None = None) -> dict[str, Any]:
    """A PLOVER record with the field names of the PLOVER gold standard records (`event`,
    `mode`, `context`, `source`, `target`, `eventText`, `text`, `eventLoc`), plus factuality
    (PLOVER's auxiliary mode) and attribution."""

    def actor(e: Entity) -> dict[str, Any]:
        return {"actorText": e.text, "name": e.name, "code": e.country, "sector": e.sector}

    loc = event.location
    return {
        "id": event.id,
        "date": event.date.isoformat() if event.date else None,
        "event": event.event_type,
        "mode": event.mode,
        "context": ";".join(event.contexts),
        "source": [actor(e) for e in event.actors],
        "target": [actor(e) for e in event.recipients],
        "eventText": event.evidence.trigger,
        "text": event.evidence.sentence,
        "eventLoc": None
        if loc is None
        else {
            "placeText": loc.text,
            "name": loc.name,
            "country": loc.country,
            "admin1": loc.admin1,
            "lat": loc.lat,
            "lon": loc.lon,
            "precision": loc.precision,
            "geonamesID": loc.geonames_id,
        },
        "intensity": event.intensity,
        "publication": article.outlet if article else None,
        "published": article.published.isoformat() if article and article.published else None,
        **_common(event, article),
    }


def to_cameo(event: Event, article: Article | None = None) -> dict[str, Any]:
    """A CAMEO/Phoenix-style row: event code, root code, quad class, source and target actor
    codes (several actors joined with ';'), through data/layouts/plover_to_cameo.tsv."""
    code = cameo_code(event.event_type, event.mode, event.contexts)
    loc = event.location
    return {
        "date": event.date.strftime("%Y%m%d") if event.date else None,
        "source": ";".join(cameo_actor(e) for e in event.actors) or None,
        "target": ";".join(cameo_actor(e) for e in event.recipients) or None,
        "source_country": _codes(event.actors) or None,
        "target_country": _codes(event.recipients) or None,
        "code": code.code,
        "root_code": code.root,
        "quad_class": code.quad_class,
        "label": code.label,
        "plover_type": event.event_type,
        "plover_mode": event.mode,
        "country_code": loc.country if loc else None,
        "location": loc.name if loc else None,
        "lat": loc.lat if loc else None,
        "lon": loc.lon if loc else None,
        "source_text": article.outlet if article else None,
        "sentence": event.evidence.sentence,
        **_common(event, article),
    }


def acled_type(event: Event) -> tuple[str | None, str | None, str | None]:
    """(disorder type, event type, sub-event type) of an event; all None for types ACLED does
    not record."""
    table = acled_table()
    found = table.get((event.event_type, event.mode or "")) or table.get((event.event_type, ""))
    if found is None:
        return None, None, None
    disorder, etype, sub = found
    if (
        event.event_type == "ASSAULT"
        and etype == "Battles"
        and event.recipients
        and all(e.sector == "CVL" for e in event.recipients)
    ):
        return "Political violence", "Violence against civilians", "Attack"
    if event.event_type == "COERCE" and event.mode == "seize" and _non_state(event.actors):
        return "Political violence", "Battles", "Non-state actor overtakes territory"
    return disorder, etype, sub


def _non_state(actors: tuple[Entity, ...]) -> bool:
    return bool(actors) and all(e.sector in ("REB", "PRM") or not e.country for e in actors)


def _is_state(code: str | None) -> bool:
    """Whether a code is a country (not an IGO, a bloc or "the West")."""
    if not code or code == "WST":
        return False
    import pycountry

    return code in _NAMES or pycountry.countries.get(alpha_3=code) is not None


_VIOLENT = ("Battles", "Explosions/Remote violence", "Violence against civilians")


def _acled_actor(
    entities: tuple[Entity, ...], event_type: str | None, *, acting: bool
) -> tuple[str | None, str | None, int]:
    """ACLED actor name, associated actors and interaction code for a list of entities. An
    acting country named without a sector ("Russia struck …") counts as its state forces."""
    if not entities:
        return None, None, 0
    names, inters = [], []
    for e in entities:
        sector = e.sector
        if sector is None and acting and _is_state(e.country):
            sector = "MIL" if event_type in _VIOLENT else "GOV"
        place = country_name(e.country) or e.name
        if event_type in ("Protests", "Riots") and sector not in ("MIL", "COP", "GOV"):
            riot = event_type == "Riots"
            names.append(("Rioters ({})" if riot else "Protesters ({})").format(place))
            inters.append(5 if riot else 6)
            continue
        if sector in _ACLED_ACTOR and e.country:
            names.append(_ACLED_ACTOR[sector].format(place))
        else:
            names.append(e.name)
        inters.append(_INTER.get(sector or "", 8 if e.country and not _is_state(e.country) else 0))
    unique = list(dict.fromkeys(names))
    return unique[0], "; ".join(unique[1:]) or None, inters[0]


def to_acled(event: Event, article: Article | None = None) -> dict[str, Any]:
    """An ACLED-style row (ACLED column names), through data/layouts/plover_to_acled.tsv:
    event and sub-event type, actor1/actor2 with interaction codes, place, coordinates, date,
    source, and the evidence sentence as `notes`. Fatalities are not coded (null)."""
    disorder, etype, sub = acled_type(event)
    actor1, assoc1, inter1 = _acled_actor(event.actors, etype, acting=True)
    actor2, assoc2, inter2 = _acled_actor(event.recipients, etype, acting=False)
    if etype == "Violence against civilians" and event.recipients:
        inter2 = 7
    loc = event.location
    return {
        "event_id_cnty": event.id,
        "event_date": event.date.isoformat() if event.date else None,
        "year": event.date.year if event.date else None,
        "time_precision": _TIME_PRECISION.get(event.date_precision or "") if event.date else None,
        "disorder_type": disorder,
        "event_type": etype,
        "sub_event_type": sub,
        "actor1": actor1,
        "assoc_actor_1": assoc1,
        "inter1": inter1,
        "actor2": actor2,
        "assoc_actor_2": assoc2,
        "inter2": inter2,
        "interaction": int(f"{min(inter1, inter2)}{max(inter1, inter2)}") if inter1 and inter2 else inter1,
        "civilian_targeting": "Civilian targeting"
        if event.event_type == "ASSAULT" and any(e.sector == "CVL" for e in event.recipients)
        else None,
        "iso3": loc.country if loc else None,
        "country": country_name(loc.country) if loc else None,
        "admin1": loc.admin1 if loc else None,
        "location": loc.name if loc else None,
        "latitude": loc.lat if loc else None,
        "longitude": loc.lon if loc else None,
        "geo_precision": _GEO_PRECISION.get(loc.precision) if loc else None,
        "source": article.outlet if article else None,
        "notes": event.evidence.sentence,
        "fatalities": None,
        "plover_type": event.event_type,
        "plover_mode": event.mode,
        **_common(event, article),
    }
