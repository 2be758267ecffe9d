"""Ships' names: a name right after a noun for a vessel ("the grounded warship Sierra Madre", "the
oil tanker Eagle S", "the aircraft carrier Gerald R. Ford") names the ship, not a place, however
many towns share it; and the article means the ship wherever else it names it ("troops stationed on
the Sierra Madre"), as a text keeps one sense of a name. Ships are often named after places,
so the gazetteer alone would pin them on a town (Sierra Madre, California).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from frontwatch.nlp import Sentence, Token
from frontwatch.resolve.gazetteer import normalise
from frontwatch.resolve.location_words import NAME_STOP_WORDS
from frontwatch.resolve.name_bounds import capitalised, tok_text
from frontwatch.syntax import words

VESSEL_NOUNS = words(
    """
    ship warship vessel tanker supertanker freighter carrier frigate destroyer corvette submarine
    cruiser ferry trawler yacht icebreaker gunboat flagship boat
    """
)

# Prefixes of ships' names ("the BRP Sierra Madre", "the USS Carney", "HMS Diamond").
_SHIP_PREFIXES = frozenset({"brp", "uss", "hms", "ins", "hmas", "hmcs", "mv", "m/v", "ss", "rfs", "ms"})


def vessel_names(sentences: Iterable[Sentence]) -> frozenset[str]:
    """The normalised names an article gives to ships: the capitalised words right after a vessel
    noun (past a ship prefix such as "USS"), up to four."""
    names: set[str] = set()
    for sentence in sentences:
        toks = sentence.tokens
        n = len(toks)
        for k, tok in enumerate(toks[:-1]):
            if tok.text.lower() not in VESSEL_NOUNS or tok.text[:1].isupper():
                continue
            s = k + 1
            while s < n and toks[s].text.lower() in _SHIP_PREFIXES:
                s += 1
            e = s
            while e < n and e - s < 4 and capitalised(toks[e]) and toks[e].pos in ("PROPN", ""):
                e += 1
            if e > s and _names_ship(toks, k, s, e):
                names.add(normalise(tok_text(toks, s, e)))
    return frozenset(names)


def _names_ship(toks: Sequence[Token], noun: int, s: int, e: int) -> bool:
    """Is tokens[s:e] the ship's name in apposition to the vessel noun, not the subject of a
    clause on it ("the tanker Iran seized last week") or a day ("attacked a ship Tuesday")? A
    name stands after "the <vessel>" or behind a ship prefix, and no verb follows it."""
    definite = any(t.text.lower() == "the" for t in toks[max(0, noun - 3) : noun])
    prefixed = s > noun + 1
    if not (definite or prefixed) or toks[s].text.lower() in NAME_STOP_WORDS:
        return False
    return e >= len(toks) or toks[e].pos not in ("VERB", "AUX")
