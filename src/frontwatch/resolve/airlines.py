"""Airlines named after a state and the people who work for them (step 3 of actors.py, for
`Composer`): "Malaysia Airlines" or "Turkish Airlines" is a company of that state, not the state;
pilots in a sentence about an airline or a pay dispute fly for a carrier, not an air force."""

from __future__ import annotations

from collections.abc import Sequence

from frontwatch.nlp import Token

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
