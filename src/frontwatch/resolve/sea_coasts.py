"""Seas, gulfs and straits shared by several countries, placed in the coastal state a report is
about.

Such a water ("the Gulf of Finland", "the Red Sea", "the Strait of Hormuz") lies in none of its
coastal states, so the gazetteer gives it no country. Conflict event data place an event at sea
in a coastal state all the same, and the one a report tells of is its dominant country: "Finnish
police seized the tanker in the Gulf of Finland" in a Helsinki report happened in Finland's
waters. A water whose coasts do not include the article's country ("NATO sent ships to the Black
Sea" in a report on Finland) and the oceans keep no country. The coasts are reviewed data in
data/places/sea_coasts.tsv.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import replace
from importlib import resources
from pathlib import Path

from frontwatch.resolve.gazetteer import read_tsv
from frontwatch.resolve.toponyms import Mention


@functools.lru_cache(maxsize=1)
def sea_coasts() -> dict[str, frozenset[str]]:
    """The coastal states of each shared water, by its name in regions.tsv."""
    path = Path(str(resources.files("frontwatch") / "data" / "places" / "sea_coasts.tsv"))
    return {row["name"]: frozenset(c for c in row["coasts"].split("|") if c) for row in read_tsv(path)}


def off_coast(mentions: Sequence[Mention], country: str | None) -> dict[int, Mention]:
    """The mentions of shared waters that `country` (the article's dominant one) borders, each
    re-read as lying in it, by their index in `mentions`; the rest are left out."""
    if not country:
        return {}
    coasts = sea_coasts()
    out: dict[int, Mention] = {}
    for k, m in enumerate(mentions):
        r = m.resolved
        if r is None or r.kind != "region" or r.country or country not in coasts.get(r.name, ()):
            continue
        ashore = replace(r, country=country)
        out[k] = replace(m, resolved=ashore, candidates=(ashore, *m.candidates[1:]))
    return out
