"""Danger nouns that name no one's act: "the threat of a Russian attack" is only a danger, so the
attack it names is hypothetical; "Russia's threat to cut gas" or "issued a threat of retaliation"
is someone's act. Read by factuality.py."""

from __future__ import annotations

from .nlp import Token
from .syntax import Tree, words

# Nouns of danger that name no one's act unless someone owns them: "the threat of a Russian
# attack" is a danger, "Russia's threat to cut gas" an act.
DANGER_NOUNS = frozenset({"threat", "danger", "risk", "spectre", "specter"})
_OWNING_PREPS = frozenset({"by", "from"})
# Verbs whose object threat is someone's act: "issued a threat of retaliation".
_UTTERING = words("issue make repeat renew voice deliver send utter reiterate")


def unowned_danger(tree: Tree, node: Token) -> bool:
    """A danger noun with an "of" complement and no owner: "the threat of a Russian attack"."""
    if node.pos != "NOUN" or node.lemma.lower() not in DANGER_NOUNS or tree.child(node.i, "poss") is not None:
        return False
    head = tree.head(node.i)
    if node.dep == "dobj" and head is not None and head.lemma.lower() in _UTTERING:
        return False
    preps = {p.lemma.lower() for p in tree.children(node.i, "prep")}
    return "of" in preps and not preps & _OWNING_PREPS
