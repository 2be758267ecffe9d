"""Words that tie a country's name to an actor without making the actor that country's: an
alignment ("pro-Russian", "Iranian-backed", "Iran's proxies"), a language, birthplace, base or maker
("Russian-speaking", "London-based"), as against a leader ("Vietnamese-led forces")."""

from __future__ import annotations

from collections.abc import Sequence

from frontwatch.nlp import Token

# After a name and a hyphen: an alignment ("Iranian-backed"), or a language, birthplace, base or
# maker ("Russian-speaking residents", "Pakistani-born", "London-based", "Iranian-made drones"),
# or an occupier ("the Israeli-occupied Golan" is not Israel's), none of which says whose the
# actor or place is.
_DETACHING = frozenset({"backed", "allied", "aligned", "supported", "sponsored", "funded", "leaning",
                        "friendly", "linked", "speaking", "born", "based", "made", "occupied"})  # fmt: skip
HYPHEN_SUFFIXES = _DETACHING | {"led"}  # read after a name: "Vietnamese-led", "U.S.-backed"


# Sector words for a party that acts for another ("Iran's proxies"): the state named before them
# backs them, as in "Iranian-backed militias", and is not who they are.
OTHER_PARTY = frozenset({"proxy", "proxies"})


def detached(tokens: Sequence[Token], start: int, end: int) -> str:
    """'before' for "pro-Russian"/"anti-Kremlin", 'after' for "Iranian-backed": the name then
    describes an alignment, not who the actor is; '' otherwise. (`_anchored` adds 'ethnic' for
    "ethnic Albanians": a people, whose country is where they live, which the words do not say.)"""
    if start >= 2 and tokens[start - 1].text == "-" and tokens[start - 2].text.lower() in ("pro", "anti"):
        return "before"
    if end + 1 < len(tokens) and tokens[end].text == "-" and tokens[end + 1].text.lower() in _DETACHING:
        return "after"
    if _joined_suffix(tokens, end) in _DETACHING:
        return "joined"  # "U.S.-backed", one token
    return ""


def led(tokens: Sequence[Token], end: int) -> bool:
    """True for "-led" after a country word: "Vietnamese-led forces" are that country's forces,
    unlike "Iranian-backed militias"."""
    return end + 1 < len(tokens) and tokens[end].text == "-" and tokens[end + 1].text.lower() == "led"


def _joined_suffix(tokens: Sequence[Token], end: int) -> str:
    """The word after the hyphen of the match's last token when the tokenizer kept them as one
    ("led" in "U.S.-led"), else ''."""
    if end < 1:
        return ""
    head, hyphen, tail = tokens[end - 1].text.rpartition("-")
    return tail.lower() if hyphen and head and tail.lower() in HYPHEN_SUFFIXES else ""
