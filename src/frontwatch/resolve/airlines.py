"""Airlines named after a state and the people who work for them (step 3 of actors.py, for
`Composer`): "Malaysia Airlines" or "Turkish Airlines" is a company of that state, not the state;
pilots in a sentence about an airline or a pay dispute fly for a carrier, not an air force; a bare
"Emirates" that suspends flights is the airline (`named_carriers`). Carriers whose name is no
state's word ("Lufthansa", "Air France") are rows of groups.tsv with sector BUS."""

from __future__ import annotations

from collections.abc import Sequence

from frontwatch.models import Entity
from frontwatch.nlp import Token
from frontwatch.resolve.actor_entries import ActorMention

# Words of civil aviation and of labour disputes: pilots named without a state or force in such a
# sentence fly for an airline ("Pilots of the national carrier protested against pay cuts").
AIRLINE_WORDS = frozenset({"airline", "airlines", "airways", "carrier", "union", "unions", "pay", "wage",
                           "wages", "salary", "salaries", "walkout", "pension", "pensions"})  # fmt: skip


def civil_aviation(tokens: Sequence[Token]) -> bool:
    """True when the sentence speaks of an airline or a labour dispute: one of `AIRLINE_WORDS`
    (not "aircraft carrier"), or a strike walked out on ("went on strike", "strike action"), not
    an air strike."""
    for k, tok in enumerate(tokens):
        word = tok.text.lower()
        before = tokens[k - 1].text.lower() if k else ""
        after = tokens[k + 1].text.lower() if k + 1 < len(tokens) else ""
        if word in AIRLINE_WORDS and not (word == "carrier" and before == "aircraft"):
            return True
        if word in ("strike", "strikes") and (before == "on" or after in ("action", "ballot")):
            return True
    return False


_AIRLINE_NAMES = frozenset({"Airlines", "Airways", "Airline"})


def airline_end(tokens: Sequence[Token], end: int) -> int | None:
    """The end of an airline's name after a country word ("Malaysia Airlines", "Ukraine
    International Airlines", "Qatar Airways"), or None: an airline named after a state is that
    state's company."""
    k = end + 1 if end < len(tokens) and tokens[end].text == "International" else end
    return k + 1 if k < len(tokens) and tokens[k].text in _AIRLINE_NAMES else None


# Carriers named by one word the actor dictionary cannot hold as such: a state's name or demonym
# that names its airline when it stands bare in a sentence about flights ("Emirates suspended
# flights to Tehran", "Ethiopian resumed flights to Asmara"; the state is "the Emirates", the
# people "an Ethiopian"), and brands written in lower case ("flydubai"), which the dictionary's
# capitalisation rule would refuse. Value: the carrier's name and the ISO code of its state.
_BARE_CARRIERS = {
    "Emirates": ("Emirates", "ARE"),
    "Ethiopian": ("Ethiopian Airlines", "ETH"),
    "Swiss": ("Swiss International Air Lines", "CHE"),
    "Austrian": ("Austrian Airlines", "AUT"),
}
_LOWER_CASE_CARRIERS = {
    "flydubai": ("flydubai", "ARE"),
    "easyjet": ("easyJet", "GBR"),
    "airbaltic": ("airBaltic", "LVA"),
    "flynas": ("flynas", "SAU"),
}
# Lemmas of a sentence about flying: what a carrier does (flies, lands, suspends flights or routes).
_FLIGHT_LEMMAS = frozenset({"flight", "fly", "route", "passenger", "land", "landing", "airport",
                            "airline", "carrier", "plane", "airliner", "jetliner", "aircraft",
                            "airspace", "crew"})  # fmt: skip
_NOT_BARE = frozenset({"the", "a", "an", "arab", "united", "ethnic"})


def _written_forms() -> frozenset[str]:
    """The forms `names_carrier` looks for: the bare names, and the brands as their owners write
    them, lower-cased, and capitalised (at a sentence's start, or by other writers)."""
    brands = {f for k, (name, _) in _LOWER_CASE_CARRIERS.items() for f in (k, name, k.capitalize())}
    return frozenset({*_BARE_CARRIERS, *brands, *(b[:1].upper() + b[1:] for b in brands)})


_FORMS = _written_forms()


def names_carrier(tokens: Sequence[Token]) -> bool:
    """True when a word of the sentence may name a carrier `named_carriers` reads (a cheap test
    before it: one set lookup a word, on every sentence)."""
    return any(t.text in _FORMS for t in tokens)


def named_carriers(tokens: Sequence[Token]) -> list[ActorMention]:
    """Airlines named by one word: lower-case brands anywhere, a state's name or demonym only
    bare (no article or "United Arab" before it, no noun after it: "Emirates officials", "Swiss
    troops" are the state's) in a sentence about flights. Each is a company of its state
    (sector BUS), as "Turkish Airlines" is."""
    flying: bool | None = None
    found: list[ActorMention] = []
    for i, tok in enumerate(tokens):
        carrier = _LOWER_CASE_CARRIERS.get(tok.text.lower())
        if carrier is None and tok.text in _BARE_CARRIERS and _bare(tokens, i):
            if flying is None:
                flying = any(t.lemma.lower() in _FLIGHT_LEMMAS for t in tokens)
            carrier = _BARE_CARRIERS[tok.text] if flying else None
        if carrier is not None:
            name, country = carrier
            found.append(ActorMention(i, i + 1, tok.text, Entity(tok.text, name, country, "BUS"), "group"))
    return found


def _bare(tokens: Sequence[Token], i: int) -> bool:
    """True when the word at `i` stands alone as a name: no article or name word before it, no
    noun it modifies after it."""
    if i > 0 and tokens[i - 1].text.lower() in _NOT_BARE:
        return False
    return i + 1 >= len(tokens) or tokens[i + 1].pos not in ("NOUN", "PROPN")


def with_carriers(mentions: list[ActorMention], carriers: list[ActorMention]) -> list[ActorMention]:
    """The mentions with the carriers in place of any mention at their word (the bare demonym
    "Ethiopian" read as the state), in sentence order."""
    words = {c.start for c in carriers}
    kept = [m for m in mentions if not any(m.start <= w < m.end for w in words)]
    return sorted([*kept, *carriers], key=lambda m: m.start)
