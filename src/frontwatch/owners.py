"""What the owner a possessive pronoun names has: who speaks or acts for it, its parts, its arms.

`Participants._owned` reads "his office", "its embassy", "their units", "its jets" as the owner's
people (the owner's country; a state's units and arms are its forces), and "his country" as the
owner's state. `owned_party` finds such a
phrase on tokens alone, for the parse filter: a sentence whose only party is "His office" still
has one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .syntax import words

if TYPE_CHECKING:
    from .nlp import Sentence

__all__ = ["EQUIPMENT", "HOMELAND", "MEMBERS", "SPEAKING_FOR", "owned_party"]

# Who speaks or acts for the owner a pronoun names ("his office", "its embassy").
SPEAKING_FOR = words("""office spokesman spokeswoman spokesperson aide adviser advisor embassy
    administration cabinet government ministry""")  # fmt: skip
# Parts or members of a body, which belong to the owner a pronoun names ("its units", "its members").
MEMBERS = words("unit member wing branch cell")
# Arms and craft, which stand for the forces of the owner a pronoun names ("Russia said its
# warplanes had bombed …", "The Israeli military said its jets struck …"): equipment alone is no actor.
EQUIPMENT = words("""jet warplane aircraft plane bomber fighter-jet drone helicopter gunship tank warship
    ship vessel submarine artillery missile rocket""")  # fmt: skip
# The state of the owner a pronoun names ("the minister said his country would …", "their nation").
HOMELAND = words("country nation homeland")
_OWNED = SPEAKING_FOR | MEMBERS | EQUIPMENT | HOMELAND
_OWNERS = frozenset({"his", "her", "its", "their"})


def owned_party(sentence: Sentence) -> bool:
    """True when a possessive pronoun owns, within three words, a word `Participants` reads as
    the owner's people ("His office condemned the exercises", "their embassy", "its own jets"):
    the sentence has a party though the dictionary names none in it."""
    toks = [t.text.lower() for t in sentence.tokens]
    return any(
        w in _OWNERS and any(v in _OWNED or v[:-1] in _OWNED for v in toks[k + 1 : k + 4])
        for k, w in enumerate(toks)
    )
