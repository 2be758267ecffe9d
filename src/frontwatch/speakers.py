"""Voices of a state's bodies: whose an unnamed speaker or a bare state body is when the
dictionary gives it no country. A mixin of `participants.Participants`, which supplies the tree,
the mentions by token (`at`) and the article's memory (`discourse`).

- a state's own media ("state media said", "state television") is no new people of unknown
  allegiance: it speaks for the state its report is about (`state_outlet`);
- a speaker named by a state body's word ("a military spokesman", "a government source", "army
  officials") is that body's voice, and a body without a nationality in a story filed from a
  state's capital is that state's ("ABUJA - …, a military spokesman said"): `body_voice`;
- a definite bare body ("the army", "the military") is the army of the story's state, not a
  foreign force an earlier sentence named by another word ("MAPUTO - Rwandan troops killed
  insurgents … The army said …"): `home_body`.
"""

from __future__ import annotations

from abc import ABC
from typing import TYPE_CHECKING

from .discourse import Discourse
from .models import Entity
from .resolve.actor_entries import STATE_SECTORS, role_nouns
from .scene import VOICES, Ref, state_body_sector
from .syntax import Tree

if TYPE_CHECKING:
    from .resolve.actors import ActorMention


class Voices(ABC):
    """The state-voice rules of `Participants` (a base class)."""

    tree: Tree
    at: dict[int, ActorMention]
    discourse: Discourse

    def state_outlet(self, h: int) -> bool:
        """True for a state's own media at h ("state media", "state television"): the voice of a
        state, not new people ("media" is no plural of people)."""
        m = self.at.get(h)
        if m is None or m.entity.sector != "MED":
            return False
        return "state" in m.text.lower().replace("-", " ").split()  # "state-run television" too

    def body_voice(self, h: int) -> str | None:
        """The sector of the state body whose voice the phrase at h is: its head is a word for one
        who speaks for a body and a word before it names a state body ("a military spokesman",
        "a government source", "army officials"; not "a senior official", "sources": None)."""
        tree = self.tree
        if tree.tok(h).lemma.lower() not in VOICES:
            return None
        for k in range(min(tree.subtree(h)), h):
            tok = tree.tok(k)
            word = tok.lemma.lower()
            if tok.pos not in ("NOUN", "ADJ", "PROPN") or word in role_nouns() or word in VOICES:
                continue
            m = self.at.get(k)
            # the dictionary may leave a sector word that describes a noun out ("a government source")
            sector = m.entity.sector if m is not None and m.kind == "sector" else state_body_sector(word)
            if sector in STATE_SECTORS:
                return sector
        return None

    def home_voices(self, refs: list[Ref], h: int) -> list[Ref]:
        """The speakers at h placed in the state the story is filed from when they are the voice
        of a state body and nothing placed them ("ABUJA - …, a military spokesman said"; "…,
        according to a government source"): a body without a nationality is the story's state's."""
        sector = self.body_voice(h) if all(r.entity.country is None for r in refs) else None
        if sector is None or self.discourse.home is None:
            return refs
        if not refs:
            text = self.tree.text(min(self.tree.subtree(h)), h + 1)
            refs = [Ref(Entity(text, text, None, sector), inferred=True)]
        return [self.home_voice(r) for r in refs]

    def home_voice(self, ref: Ref) -> Ref:
        """An unplaced state body's voice placed in the state the story is filed from, if any."""
        e, home = ref.entity, self.discourse.home
        if home is None or e.country is not None or e.sector not in STATE_SECTORS:
            return ref
        return Ref(Entity(e.text, home.name, home.country, e.sector, e.wikidata), inferred=True)

    def home_body(self, h: int, sector: str | None, earlier: Entity | None) -> Entity | None:
        """The story's state for a definite bare state body at h ("the army", "the military"),
        when the body `earlier` sentences would give it is another state's: news names a foreign
        force by its nationality ("Rwandan troops", "Rwanda's defence force"), and "the army" of
        a story filed from Maputo is Mozambique's. None otherwise."""
        home = self.discourse.home
        if home is None or sector not in STATE_SECTORS or earlier is None or earlier.country == home.country:
            return None
        tree = self.tree
        tok = tree.tok(h)
        bare = all(c.dep == "det" and c.lemma.lower() == "the" for c in tree.children(h) if c.i < h)
        if not bare or tok.tag != "NN" or not any(c.dep == "det" for c in tree.children(h)):
            return None
        return home
