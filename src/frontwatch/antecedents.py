"""Antecedents: the entities named before a phrase that a back-reference stands for ("the
ministry", "the alliance", "he", "it", a family name alone), read off the article so far
(`Discourse`) and this sentence's mentions before the phrase (`context`). A mixin of
`participants.Participants`."""

from __future__ import annotations

from abc import ABC, abstractmethod

from .discourse import UNNAMED, Discourse
from .lexicon import Lexicon
from .models import Entity
from .nlp import Token
from .resolve.actor_entries import kind_words
from .syntax import Tree

# Sectors of the bodies that people speak for outside a state: "the group" after a rebel or party
# spokesman is his group.
GROUP_SECTORS = frozenset({"REB", "OPP", "PTY", "NGO"})


def plural_people(text: str) -> bool:
    """True for a demonym phrase naming plural people ("French troops", "Israelis"), which no
    "it" can stand for."""
    return text.lower().endswith("s")


class Antecedents(ABC):
    """The back-reference rules of `Participants` (a base class: it reads `discourse` and calls
    `context`, which `Participants` defines)."""

    discourse: Discourse
    tree: Tree
    _lexicon: Lexicon | None

    @abstractmethod
    def context(self, before: int) -> list[tuple[Entity, str]]:
        """Earlier entities, most recent first (Participants.context)."""

    @abstractmethod
    def entity_of(self, head: int) -> list[Entity]:
        """The entities of the phrase headed by `head` (Participants.entities)."""

    def event_owner(self, h: int) -> Entity | None:
        """The owner a possessive pronoun gives a nominal event that is the object of a verb with
        a subject of its own: that subject ("Hezbollah said Israel continued its strikes": Israel's
        strikes; "Tehran could end its cooperation with the agency"). An act named by a noun is
        its clause subject's, not the sentence's first party nor the speaker's; a thing owned
        ("Russia said Ukraine had shelled its border regions") is left to the other rules."""
        found = self.event_owners(h)
        return found[0] if len(found) == 1 else None

    def event_owners(self, h: int) -> list[Entity]:
        """Every party of the clause subject that owns such a nominal event through the
        possessive at h: "their" of a subject of two states is both of them ("The foreign
        ministers of Peru and Chile postponed their meeting"); "its" of a plural subject none."""
        tree = self.tree
        noun = tree.head(h)
        if noun is None or tree.tok(h).dep != "poss" or noun.dep != "dobj" or noun.pos != "NOUN":
            return []
        lexicon = self._lexicon or Lexicon.load()
        if noun.lemma.lower() not in lexicon.nouns:
            return []
        verb = tree.head(noun.i)
        subj = tree.child(verb.i, "nsubj") if verb is not None else None
        if subj is None or subj.i > h or subj.i == h:
            return []
        if tree.tok(h).text.lower() == "its" and subj.tag == "NNS":
            return []
        return [e for e in self.entity_of(subj.i) if e.country]

    def _earlier_thing(self) -> Entity | None:
        """The last country, organisation or group of the sentences before."""
        for e, kind in reversed(self.discourse.items):
            if kind not in ("person", UNNAMED) and e.country:
                return e
        return None

    def last_person(self, before: int) -> Entity | None:
        """The last person named; one the dictionary left unplaced keeps the country the rules
        gave him where he was named, or gave his saying ("…, military spokesman Lieutenant
        General X said. He said …": the Pakistani military's spokesman), as his family name
        alone would (`_bearer`)."""
        for e, kind in self.context(before):
            if kind == "person":
                return e if e.country or not e.name else self._placed_person(e)
        return None

    def _placed_person(self, e: Entity) -> Entity:
        """An unplaced person with the country the rules placed him in, or placed his saying in."""
        placed = self.discourse.placed.get(e.name)
        if placed is not None:
            return placed
        said = next((s for s in reversed(self.discourse.speakers) if s.text == e.text and s.country), None)
        return Entity(e.text, e.name, said.country, e.sector, e.wikidata) if said is not None else e

    def last_thing(self, before: int, exclude: Entity | None = None, singular: bool = False) -> Entity | None:
        """The last country, organisation or group named; for a `singular` pronoun ("it") not
        plural people ("French troops")."""
        for e, kind in self.context(before):
            if singular and kind == UNNAMED:
                return None  # "A group of protesters gathered … it refused to disperse"
            if singular and kind == "demonym" and plural_people(e.text):
                continue
            if kind != "person" and e.country and (exclude is None or e.country != exclude.country):
                return e
        return None

    def last_body(self, before: int) -> Entity | None:
        """The last armed, political or civic group named ("the Houthis", "Hamas", "Amnesty
        International"), or the group a person named last speaks or fights for ("Houthi
        spokesman Yahya Saree": the Houthis), for a definite "the group"; None when the last
        such party is a state or its institution."""
        for e, kind in self.context(before):
            if kind == UNNAMED:
                return None  # "A group of protesters gathered … Police detained the group"
            if kind == "person" and e.sector in GROUP_SECTORS and e.country:
                return Entity(e.text, e.text, e.country, e.sector)  # his group, not himself
            if kind in ("group", "igo") and e.sector in GROUP_SECTORS:
                return e
        return None

    def _last_of_kind(self, noun: str, before: int) -> Entity | None:
        """The last organisation or group named whose longer names the dictionary ends in `noun`
        ("the alliance": NATO, "the North Atlantic alliance"; "the bloc": the EU)."""
        for e, kind in self.context(before):
            if kind in ("igo", "group") and noun in kind_words().get(e.name, ()):
                return e
        return None

    def same_head(self, tok: Token, before: int, bodies: bool = True) -> Entity | None:
        """The last entity named with the same head noun ("the ministry", "the army"; not when
        `bodies` is False), or for a singular title the last person who bore it ("the minister"
        after "Israeli Defence Minister Yitzhak Mordechai")."""
        word = tok.lemma.lower() or tok.text.lower()
        titled = tok.tag in ("NN", "")
        for e, kind in self.context(before):
            words = e.text.lower().split() if e.text else []
            if not e.country or not words:
                continue
            if bodies and kind != "person" and words[-1].rstrip("s") == word.rstrip("s"):
                return e
            if kind == "person" and titled and word in words[:-1]:
                return e
        return None

    def _bearer(self, name: str) -> Entity | None:
        """The person named earlier in the article whose full name ends in `name`: news names
        someone in full once, then by the family name alone."""
        words = name.split()
        for e, kind in reversed(self.discourse.items):
            full = e.name.split() if e.name else []
            if kind != "person" or len(full) <= len(words) or full[-len(words) :] != words:
                continue
            # a titled person the dictionary left unplaced keeps the country the title gave him
            placed = e if e.country else self.discourse.placed.get(e.name)
            if placed is not None:
                return placed
        return None
