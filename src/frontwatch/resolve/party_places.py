"""Countries named only as parties of events, and the namesake towns they must not pull in.

"Representatives for the U.S. and Iran will meet in Geneva": the United States is a party of the
meeting, not where it is, and its article weight (`article_context`) would otherwise raise a
town of 20,000 in Illinois over Switzerland's city nine times bigger. A country's name is evidence
of where things happen only when the article places something in it: the name after a locative
preposition ("in the U.S."), a place the gazetteer reads in that country alone, or the dateline.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from frontwatch.resolve.gazetteer import Candidate, spells_own_name

# How many times bigger a namesake abroad must be to win over a town whose country the article
# names only as a party: a population factor a reader does not overlook (Geneva, Switzerland
# is nine times the size of Geneva, Illinois; Paris, France eighty times Paris, Texas).
PARTY_NAMESAKE_FACTOR = 5


def party_namesake(
    ranked: Sequence[Candidate], key: str, ctx: Mapping[str, float], placed: set[str]
) -> list[Candidate]:
    """`ranked` with a town that leads only by the context of a country the article names as a
    party (never as a place: `placed`) moved behind the biggest namesake abroad at least
    `PARTY_NAMESAKE_FACTOR` times its size that spells the name as well ("The US left the Paris
    Agreement": Paris, France, not Paris, Texas). A place named in the party's country, or the
    country after "in", keeps its towns first ("a plant in the U.S. … in Paris")."""
    top = ranked[0] if ranked else None
    if (
        top is None
        or top.kind != "city"
        or not top.country
        or top.country in placed
        or ctx.get(top.country, 0.0) <= 0.0
    ):
        return list(ranked)
    own = spells_own_name(key, top.name)
    bigger = [
        c
        for c in ranked
        if c.kind == "city"
        and c.country != top.country
        and c.population >= PARTY_NAMESAKE_FACTOR * max(top.population, 1)
        and (spells_own_name(key, c.name) or not own)
    ]
    if not bigger:
        return list(ranked)
    best = max(bigger, key=lambda c: c.population)
    return [best] + [c for c in ranked if c is not best]
