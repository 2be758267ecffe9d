"""Relations: a party named by its relation to another ("Russia's allies", "Iran's proxies",
"Israel's militia ally in southern Lebanon", "Israel and its ally the United States"). The named
owner of an ally, proxy or rival is the other side, not the party: the party is what the phrase
names besides the owner, else the place the relational noun is put in when that is not the owner's,
else no one the text names. A mixin of `participants.Participants`, which supplies the tree, the
mentions by token (`at`), noun phrase spans, `_one` and `_combine`."""

from __future__ import annotations

from abc import ABC, abstractmethod
from typing import TYPE_CHECKING

from .models import Entity
from .nlp import Token
from .scene import NO_TOKENS, Ref
from .syntax import Tree, words

if TYPE_CHECKING:
    from .resolve.actors import ActorMention

# Nouns for another party that stands in a relation to their owner ("Russia's allies", "Iran's
# proxies"): the owner names the other side, not the party itself.
_RELATIONAL = words("ally proxy partner neighbour neighbor rival enemy foe adversary opponent")


class Relations(ABC):
    """The relational-noun rules of `Participants` (a base class)."""

    tree: Tree
    at: dict[int, ActorMention]

    @abstractmethod
    def span(self, h: int) -> list[int]:
        """The tokens of the noun phrase headed by h (Participants.span)."""

    @abstractmethod
    def _mention_head(self, m: ActorMention) -> int:
        """The syntactic head token of a mention (SceneReading._mention_head)."""

    @abstractmethod
    def _combine(self, h: int, found: list[ActorMention], away: frozenset[int] = NO_TOKENS) -> list[Ref]:
        """The entities of the mentions found in the phrase at h (Participants._combine)."""

    def relational(self, h: int) -> bool:
        """True when the head at h is a relational noun ("ally", "proxy", "rival")."""
        return self.tree.tok(h).lemma.lower() in _RELATIONAL

    def _next_appos(self, h: int) -> Token | None:
        """The name right after a relational noun that the parser hung on an earlier conjunct
        ("Israel and its ally the United States": "the United States" is the ally, not Israel)."""
        tree = self.tree
        first = tree.head(h)
        if first is None or tree.tok(h).lemma.lower() not in _RELATIONAL or tree.tok(h).dep != "conj":
            return None
        for k in tree.subtree(first.i):
            tok = tree.tok(k)
            if tok.dep == "appos" and min(self.span(k)) == h + 1:
                return tok
        return None

    def _owns_other(self, m: ActorMention, inside: set[int]) -> bool:
        """True for the named owner of a relational noun in the phrase ("Russia's allies", "Iran's
        proxies", "Israel's militia ally"): an ally, proxy or rival is another party than its owner."""
        tok = self.tree.tok(self._mention_head(m))
        owned = self.tree.head(tok.i)
        return (
            tok.dep == "poss"
            and owned is not None
            and owned.i in inside
            and owned.lemma.lower() in _RELATIONAL
            and not m.start <= owned.i < m.end
        )

    def _owned_other(
        self, h: int, rest: list[ActorMention], owners: list[ActorMention], away: frozenset[int]
    ) -> list[Ref]:
        """The party of a phrase whose relational noun has a named owner: what the phrase names
        besides the owner ("Russia's Chechen allies"), else the country the relational noun is
        placed in when that is not the owner's ("Israel's militia ally in southern Lebanon", the
        local ally), else nobody the text names: the owner's country would be the opposite side."""
        if any(m.entity.country for m in rest):
            return self._combine(h, rest, away)
        sector = next((m.entity.sector for m in rest if m.kind == "sector"), None)
        return self._related_place(h, {m.entity.country for m in owners}, sector)

    def _related_place(self, h: int, mine: set[str | None], sector: str | None) -> list[Ref]:
        """The party of a relational phrase at h whose owner is of the countries `mine`: the
        country it is placed in when that is not the owner's ("Israel's militia ally in southern
        Lebanon"), else none (an ally or proxy is not its owner)."""
        tree = self.tree
        text = tree.text(min(self.span(h)), h + 1)
        related = [k for k in self.span(h) if k != h and tree.tok(k).lemma.lower() in _RELATIONAL]
        for noun in [h, *related]:  # "Israel's militia ally in southern Lebanon"
            for p in tree.children(noun, "prep"):
                if p.lemma.lower() not in ("in", "inside"):
                    continue
                for o in tree.children(p.i, "pobj"):
                    m = self.at.get(o.i)
                    if m is not None and m.kind in ("country", "metonym") and m.entity.country not in mine:
                        e = m.entity
                        return [Ref(Entity(text, e.name, e.country, sector), inferred=True)]
        return []
