"""Placement: the party a phrase the dictionary does not resolve names by where it is or whom it
is for. A group placed in or coming from a country ("opposition groups in Zimbabwe", "refugees from
Syria"), targets in a country or at a town ("shelled villages in Ukraine", "fired at targets in
Hebron", "a base near Damascus", "a depot in Russia's Bryansk region"), and a place named by whom
it houses ("a camp for Congolese refugees"). A mixin of `participants.Participants`, which
supplies the tree, the mentions by token (`at`), noun phrase spans and `_one`."""

from __future__ import annotations

from abc import ABC, abstractmethod
from typing import TYPE_CHECKING

from .models import Entity
from .nlp import Token
from .scene import PLACE_NOUNS, Ref
from .syntax import Tree, words

if TYPE_CHECKING:
    from .resolve.actors import ActorMention

# Places an attack or a move is aimed at, which take the country they are in ("villages in Ukraine").
_TARGET_PLACES = PLACE_NOUNS | words("""position base target facility site post checkpoint outpost
    airport airfield depot installation settlement""")  # fmt: skip
# Collective nouns for people that take the country they are placed in ("groups in Zimbabwe").
GROUP_NOUNS = words("""group people worker student farmer landowner youth villager resident citizen
    party faction movement union organization organisation association community tribe clan
    fundamentalist islamist nationalist separatist loyalist supporter follower member crowd mob
    thousand hundred dozen""")  # fmt: skip
# The prepositions that put targets in or at a town.
_AT_TOWN = frozenset({"in", "near", "around", "outside"})
# Places named by whom they house or serve ("a camp for Sudanese refugees").
_HOUSING = words("""camp shelter school hospital clinic home house settlement centre center orphanage
    hostel dormitory""")  # fmt: skip


class Placement(ABC):
    """The placement rules of `Participants` (a base class)."""

    tree: Tree
    at: dict[int, ActorMention]

    @abstractmethod
    def span(self, h: int) -> list[int]:
        """The tokens of the noun phrase headed by h (Participants.span)."""

    @abstractmethod
    def _one(self, h: int, away: frozenset[int] = frozenset()) -> list[Ref]:
        """The entities of the one phrase headed by h (Participants._one)."""

    def _placed(self, h: int) -> list[Ref]:
        """A group the dictionary does not know, placed in or coming from a country: "opposition
        groups in Zimbabwe", "refugees from Syria" take that country (no sector); so does a place
        in a country ("shelled villages in Ukraine": the target is Ukraine's)."""
        tree = self.tree
        tok = tree.tok(h)
        lemma = tok.lemma.lower()
        if tok.pos != "NOUN" or (lemma not in GROUP_NOUNS and lemma not in _TARGET_PLACES):
            return []
        preps = (
            ("in", "from", "throughout") if lemma in GROUP_NOUNS else ("in", "inside", "throughout", "across")
        )
        for p in self._phrases(h, of_verb=lemma in _TARGET_PLACES):
            prep = p.lemma.lower()
            for o in tree.children(p.i, "pobj"):
                m = self._place_mention(o)
                near = prep in _AT_TOWN and m is not None and m.kind == "metonym"  # "a base near Damascus"
                if (
                    (prep in preps or near)
                    and m is not None
                    and m.kind in ("country", "metonym")
                    and m.entity.country
                ):
                    e = m.entity
                    text = tree.text(min(self.span(h)), h + 1)
                    return [Ref(Entity(text, e.name, e.country, None), inferred=True)]
                if lemma in _TARGET_PLACES and prep in _AT_TOWN and m is None:
                    return self._at_town(h, o.i)
        return []

    def _place_mention(self, o: Token) -> ActorMention | None:
        """The mention naming the place at o: its own, else the country that owns a place noun
        ("in Russia's Bryansk region", "in Ukraine's east"), whose country the place is."""
        m = self.at.get(o.i)
        if m is not None or o.lemma.lower() not in PLACE_NOUNS:
            return m
        owners = [self.at.get(c.i) for c in self.tree.children(o.i, "poss")]
        return next((c for c in owners if c is not None and c.kind in ("country", "metonym")), None)

    def _at_town(self, h: int, o: int) -> list[Ref]:
        """Targets in or near a named place the actor dictionary lacks ("fired at targets in
        Hebron", "shelled positions near Kherson"): without an owner they are that place's, whose
        country only the event's resolved place can give (`localize.localized` fills an unplaced
        party whose name is the event place's text, so a name the recogniser misreads as an
        organisation still counts: only a place the gazetteer finds there places the targets)."""
        tree = self.tree
        ents = [e for e in tree.sentence.ents if e.start <= o < e.end]
        if ents and ents[0].label != "PERSON":
            start, end = ents[0].start, ents[0].end
        elif tree.tok(o).pos == "PROPN" and not ents:
            start, end = min(tree.subtree(o)), o + 1
        else:
            return []
        return [
            Ref(Entity(tree.text(min(self.span(h)), end), tree.text(start, end), None, None), inferred=True)
        ]

    def _phrases(self, h: int, of_verb: bool = True) -> list[Token]:
        """The prepositional phrases of the noun at h and, for a direct object (`of_verb`), the
        verb's phrase right after it, where the parser often hangs the noun's own ("retook a
        village in Cambodia", "shelled a camp for Sudanese refugees")."""
        tree = self.tree
        phrases = tree.children(h, "prep")
        verb = tree.head(h)
        if of_verb and tree.tok(h).dep == "dobj" and verb is not None:
            phrases += [p for p in tree.children(verb.i, "prep") if p.i == max(self.span(h)) + 1]
        return phrases

    def _housed(self, h: int) -> list[Ref]:
        """The people a place is for ("a camp for Congolese refugees", "a school for Palestinian
        children"): an attack on it is an attack on them, wherever the place is."""
        tree = self.tree
        tok = tree.tok(h)
        if tok.pos != "NOUN" or tok.lemma.lower() not in _HOUSING:
            return []
        for p in self._phrases(h):
            if p.lemma.lower() != "for":
                continue
            for o in tree.children(p.i, "pobj"):
                refs = [r for r in self._one(o.i) if r.entity.country]
                if refs:
                    return refs
        return []
