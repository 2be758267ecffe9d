"""Combining forms of state names before a hyphen ("Sino-Soviet talks", "Franco-German troops",
"the Anglo-Irish agreement", "Indo-Pakistani relations"): the form names its state as the demonym
after the hyphen names the other. Alone these words are other things ("Franco" a surname, "Indo"
in "Indo-Pacific", "Anglo" a mining firm), so a form counts only glued by a hyphen to a state's
name or demonym that the actor dictionary read, and never in a region's name ("Indo-China")."""

from __future__ import annotations

from collections.abc import Sequence

from frontwatch.models import Entity
from frontwatch.nlp import Token
from frontwatch.resolve.actor_entries import ActorMention, country_names_by_iso

# The combining form of each state's name in wire copy's compound adjectives.
_FORMS = {"Sino": "CHN", "Franco": "FRA", "Anglo": "GBR", "Indo": "IND", "Russo": "RUS", "Serbo": "SRB",
          "Greco": "GRC", "Turco": "TUR", "Italo": "ITA", "Austro": "AUT", "Luso": "PRT",
          "Hispano": "ESP", "Nippo": "JPN"}  # fmt: skip
# Compounds that name a region, not two states.
_REGIONS = frozenset({("Indo", "China"), ("Indo", "Chinese"), ("Indo", "Chinese"), ("Anglo", "Saxon")})
# What the word after the hyphen must be read as.
_STATE_KINDS = frozenset({"country", "demonym"})


def combined_states(tokens: Sequence[Token], mentions: list[ActorMention]) -> list[ActorMention]:
    """The mentions with a combining form read as its state where it is glued by a hyphen to a
    state's mention ("Sino" in "Sino-Soviet"), in sentence order."""
    starts = {m.start: m for m in mentions}
    added: list[ActorMention] = []
    for k, tok in enumerate(tokens[:-2]):
        code = _FORMS.get(tok.text)
        if code is None or tok.whitespace or tokens[k + 1].text != "-" or tokens[k + 1].whitespace:
            continue
        after = starts.get(k + 2)
        if after is None or after.kind not in _STATE_KINDS or (tok.text, tokens[k + 2].text) in _REGIONS:
            continue
        if after.entity.country == code:
            continue  # "Russo-Russian" is no pair
        added.append(
            ActorMention(
                k, k + 1, tok.text, Entity(tok.text, country_names_by_iso()[code], code, None), "demonym"
            )
        )
    return sorted([*mentions, *added], key=lambda m: m.start) if added else mentions


def has_combining_form(tokens: Sequence[Token]) -> bool:
    """Whether any token is a combining form (the cheap test before `combined_states`)."""
    return any(t.text in _FORMS for t in tokens)
