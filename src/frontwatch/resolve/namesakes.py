"""A capital's name that is the name of a town elsewhere: "Paris, Texas", "Moscow, Idaho". News
writes such a town with its first-level division after a comma, which a capital standing for its
government never takes, so the name is a place there and no metonym of the capital's state."""

from __future__ import annotations

from collections.abc import Sequence

from frontwatch.nlp import Token
from frontwatch.resolve.actor_entries import normalise, province_countries

_MAX_WORDS = 3  # "New South Wales", "Rio Grande do Sul" stop at the first word that is no name


def namesake_town(tokens: Sequence[Token], end: int, country: str | None) -> bool:
    """True when the capital ending at `end` is followed by ", <Division>" and that division is a
    first-level one of another state than `country` ("Paris, Texas"; "Paris, France" is none)."""
    if end + 1 >= len(tokens) or tokens[end].text != ",":
        return False
    provinces = province_countries()
    words: list[str] = []
    for tok in tokens[end + 1 : end + 1 + _MAX_WORDS]:
        if not tok.text[:1].isupper():
            break
        words.append(tok.text)
        state = provinces.get(normalise(" ".join(words)))
        if state is not None:
            return state != country
    return False
