"""Which state a place or an unplaced event belongs to when a state's name or demonym is part of
the wording rather than the place itself:

- a natural feature named after a country ("Mount Kenya", "Mt Kenya", "Lake Chad") is that
  feature, read like any named feature (`toponyms.recognise` step 1b), never the whole state;
- a name qualified by a state's demonym ("Pakistani Kashmir", "Indian-administered Kashmir",
  "Pakistan-held Kashmir", "Indian Punjab") is that state's part of it. A place the gazetteer
  has in one state only keeps that state: "Russian-occupied Zaporizhzhia" lies in Ukraine, as
  occupied territory is coded by the state it belongs to, not by its occupier;
- a state's act whose sentence names no place happens in the acting state, not at a foreign
  dateline: "North Korea test-fired a missile" filed from SEOUL, "Burkina Faso suspended a
  broadcaster" filed from NIAMEY. Only acts a state carries out at home (`HOME_ACTS`); an act
  done to the dateline's state ("expelled South Korean diplomats") or any event one of whose
  parties belongs to it keeps the dateline.

Used by `toponyms.recognise`, `place_context.article_context` and `event_location.locate_event`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from frontwatch.models import Event, Place
from frontwatch.nlp import Token
from frontwatch.resolve.gazetteer import Candidate, Gazetteer

if TYPE_CHECKING:
    from frontwatch.resolve.toponyms import Mention

# Words naming a natural feature before its name; a country's name after one names the feature.
FEATURE_PREFIXES = frozenset({"mount", "mt", "mt.", "lake"})
# Participles between a state's demonym and a region it holds: "Indian-administered Kashmir".
HOLDING_WORDS = frozenset({"administered", "controlled", "held", "ruled", "occupied"})

# Acts a state carries out at home: mobilising or testing its forces and weapons, arrests, bans and
# suspensions, expulsions and sanctions. Attacks (placed where they strike), aid (where it
# arrives), talks (where they are held) and statements (on the dateline's country, a NICOSIA
# report's "Turkey rejected a U.N. plan for the island": `dominant_place._dateline_story`) keep
# the dateline.
HOME_ACTS = frozenset({"MOBILIZE", "COERCE", "SANCTION"})

Reading = tuple[int, int, str, list[Candidate]]


def named_features(found: Sequence[Reading], toks: Sequence[Token]) -> list[Reading]:
    """A country's name right after "Mount"/"Lake" is the feature's: "Mount Kenya" is one
    feature, read as a named facility (placed on its sentence's or the article's place), not
    Kenya the state. The country reading would make the mountain the whole state."""
    out = list(found)
    for k, (s, e, source, cands) in enumerate(out):
        if (
            s > 0
            and source in ("ent", "gazetteer")
            and cands
            and cands[0].kind == "country"
            and toks[s - 1].text[:1].isupper()
            and toks[s - 1].text.lower() in FEATURE_PREFIXES
            and not any(f[0] <= s - 1 < f[1] for f in out)  # "Mount" read in no other name
        ):
            out[k] = (s - 1, e, "facility", [])
    return out


def state_parts(mentions: list[Mention], toks: Sequence[Token]) -> list[Mention]:
    """A name right after a state's demonym, directly or through a participle of holding
    ("Indian-administered", "Pakistan-held"), names the state's part: its namesake in that state
    ("Indian Punjab", not Pakistan's), or a shared region's part ("Pakistani Kashmir", read with
    no country) in that state, without the whole region's coordinates, which may lie in the
    other part."""
    out = list(mentions)
    for k, m in enumerate(out):
        r = m.resolved
        if r is None or k == 0 or r.kind not in ("region", "admin1", "city"):
            continue
        state = _qualifying_state(out[k - 1], m, toks)
        if state is None or r.country == state:
            continue
        own = next((c for c in m.candidates if c.country == state), None)
        if own is None and r.kind == "region" and r.country is None:
            own = replace(r, country=state, lat=None, lon=None)
        if own is not None:
            out[k] = replace(m, resolved=own, candidates=(own, *(c for c in m.candidates if c != own)))
    return out


def _qualifying_state(prev: Mention, m: Mention, toks: Sequence[Token]) -> str | None:
    """The state of a demonym or country name that qualifies mention m: "Pakistani Kashmir",
    "Indian-administered Kashmir", "Pakistan-administered Kashmir"."""
    p = prev.resolved
    if p is None or p.kind != "country" or not p.country:
        return None
    between = [t.text.lower() for t in toks[prev.end : m.start]]
    if not between and prev.source == "adjective":
        return p.country
    if len(between) == 2 and between[0] == "-" and between[1] in HOLDING_WORDS:
        return p.country
    return None


def acting_state_place(
    event: Event, fallback: Place | None, filed_from: str | None, gaz: Gazetteer
) -> Place | None:
    """The acting state for an event placed only by the article's dateline when none of its
    parties belongs to the dateline's state and all its actors belong to one other state; the
    fallback otherwise. The state's place is its country (no dominant flag: the act, not the
    article, places it)."""
    if (
        fallback is None
        or filed_from is None
        or fallback.country != filed_from
        or event.event_type not in HOME_ACTS
    ):
        return fallback
    actors = {a.country for a in event.actors}
    if len(actors) != 1 or None in actors:
        return fallback
    (state,) = actors
    parties = actors | {r.country for r in event.recipients}
    country = gaz.country(state) if state is not None and filed_from not in parties else None
    if country is None:
        return fallback
    c = country
    return Place(c.name, c.name, c.country, c.admin1, c.lat, c.lon, c.precision, c.geonames_id)


def stated_conjunct(
    best: Mention, others: Sequence[Mention], toks: Sequence[Token], heads: dict[int, int]
) -> Mention:
    """A place with no state coordinated with one that has a state ("struck sites in Pakistan and
    Kashmir") gives way to that one: the state is certain, the shared region's state is not.
    `heads` maps each mention's start to its head token."""
    if best.resolved is None or best.resolved.country is not None:
        return best
    b = heads[best.start]
    for m in others:
        h = heads[m.start]
        if (
            m.resolved is not None
            and m.resolved.country is not None
            and m.resolved.kind == "country"
            and (
                (toks[b].dep == "conj" and toks[b].head == h) or (toks[h].dep == "conj" and toks[h].head == b)
            )
        ):
            return m
    return best
