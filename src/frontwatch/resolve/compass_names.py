"""Compass-point names ("the North-West", "Central"): the part of the story's country they tell
of, never a far-away town that happens to be called so."""

from __future__ import annotations

from collections.abc import Mapping

from frontwatch.resolve.gazetteer import Candidate, Gazetteer
from frontwatch.resolve.location_words import COMPASS_NAME_WORDS


def far_compass_name(
    c: Candidate, key: str, filed: str | None, named_by: Mapping[str, set[str]], hinted: set[str]
) -> bool:
    """Is `c` a reading of a compass-point name ("North-West", "Central", "Western") outside the
    story's countries? Such a name tells a part of the country the story is about (Cameroon's
    North-West region), never a far-away town that happens to be called so ("Northwest", North
    Carolina): a town needs its country in the story (the dateline, a demonym, a party or
    another place there), and an area one too when the story has any country at all."""
    if (
        not c.country
        or c.kind == "country"
        or not key
        or not all(w in COMPASS_NAME_WORDS for w in key.split())
    ):
        return False
    story = {k for k, names in named_by.items() if names - {key}} | hinted | ({filed} if filed else set())
    story.discard("")
    if (c.country or "") in story:
        return False
    return c.kind == "city" or bool(story)


def compass_home(
    key: str, filed: str | None, named_by: Mapping[str, set[str]], hinted: set[str]
) -> str | None:
    """The one country a story tells of, for a compass-point name it lacks a reading for
    ("Cameroonian troops clashed with separatists in the North-West"): the dateline's, else the
    only country its places, demonyms and parties name."""
    if not key or not all(w in COMPASS_NAME_WORDS for w in key.split()):
        return None
    if filed:
        return filed
    story = ({k for k, names in named_by.items() if names - {key}} | hinted) - {""}
    return next(iter(story)) if len(story) == 1 else None


def compass_area(gaz: Gazetteer, text: str, home: str) -> Candidate | None:
    """The first-level area or region of the story's country a compass-point name is short for
    ("the North-West" → Cameroon's North-West region), if the gazetteer has one."""
    for word in ("region", "province", "state"):
        for c in gaz.lookup(f"{text} {word}"):
            if c.kind in ("admin1", "region") and c.country == home:
                return c
    return None
