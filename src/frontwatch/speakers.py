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

from abc import ABC, abstractmethod
from typing import TYPE_CHECKING

from .discourse import Discourse
from .models import Entity
from .nlp import Token
from .resolve.actor_entries import STATE_SECTORS, role_nouns
from .scene import STATEMENT_NOUNS, VOICES, Ref, state_body_sector
from .syntax import Tree

if TYPE_CHECKING:
    from .resolve.actors import ActorMention


def stated_in(tree: Tree, clause: Token, noun: Token) -> Token | None:
    """The saying verb whose statement a "that" clause gives, when the parse hung the clause on
    the statement noun ("JNIM said in a statement that it had targeted …": "targeted" an acl of
    "statement"): what a statement says is said by the subject of the verb it was made with, as a
    "that" clause of the verb itself would be. None for any other clause."""
    if clause.dep != "acl" or noun.lemma.lower() not in STATEMENT_NOUNS:
        return None
    if not tree.has_lemma(clause.i, frozenset({"that"}), "mark"):
        return None
    prep = tree.head(noun.i) if noun.dep == "pobj" else None
    verb = tree.head(prep.i) if prep is not None and prep.dep == "prep" else None
    return verb if verb is not None and verb.pos in ("VERB", "AUX") else None


# Words for one who speaks for a body, and the offices whose staff speak for their holder.
_STAFF_VOICES = VOICES | frozenset({"aide", "adviser", "advisor", "diplomat"})
_STAFF_PREPS = frozenset({"in", "from", "for", "of", "at"})
_OFFICES = frozenset({"office", "cabinet", "administration", "staff", "team", "entourage", "camp",
                      "chancellery", "secretariat"})  # fmt: skip

# Personal pronouns that may stand for a speaker ("he said", "they said"; not "I" or "we" of a
# direct quotation, whose speaker the sentence names after the quote).
_SPEAKING_PRONOUNS = frozenset({"he", "she", "it", "they"})


class Voices(ABC):
    """The state-voice rules of `Participants` (a base class)."""

    tree: Tree
    at: dict[int, ActorMention]
    discourse: Discourse

    @abstractmethod
    def entities(self, head: int | None) -> list[Ref]:
        """The participants of the phrase headed by `head` (Participants.entities)."""

    def beside_other_side(self, h: int, country: str) -> bool:
        """True when the subject at h acts in a clause conjoined to one whose subject is another
        state's named party ("Chinese vessels rammed Philippine boats, and officers armed with
        knives seized rifles, the Philippine military said"): a state's body that tells what
        another state's forces did is not telling of its own people in the next breath, so new
        people there are not placed by their speaker."""
        tree = self.tree
        verb = tree.head(h)
        if tree.tok(h).dep != "nsubj" or verb is None:
            return False
        first = verb
        while first.dep == "conj" and tree.head(first.i) is not None and first.head != first.i:
            first = tree.tok(first.head)
        for v in tree.conjuncts(first.i):
            subj = tree.child(v, "nsubj") if v != verb.i else None
            if subj is not None and any(
                r.entity.country not in (None, country) and not r.inferred for r in self.entities(subj.i)
            ):
                return True
        return False

    def relative_antecedent(self, h: int) -> int | None:
        """The noun a relative pronoun that speaks or claims stands for ("The Baloch Liberation
        Army, which claimed the attack, …": the army), whose own phrase places it; the pronoun's
        phrase alone names no one. None for any other phrase."""
        tree = self.tree
        tok, clause = tree.tok(h), tree.head(h)
        if tok.tag not in ("WDT", "WP") or clause is None or clause.dep != "relcl" or clause.head == clause.i:
            return None
        return clause.head

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
        h = self._titled_voice(h)
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

    def unknown_voice(self, h: int) -> list[Ref]:
        """A personal pronoun that speaks and stands for no one the article named ("He said 21
        passengers were killed" with nobody before it): an unknown speaker is still a speaker,
        never the outlet's own voice, so the pronoun itself is kept as the speaker, with no
        country."""
        tok = self.tree.tok(h)
        if tok.tag != "PRP" or tok.text.lower() not in _SPEAKING_PRONOUNS:
            return []
        return [Ref(Entity(tok.text, tok.text, None, None), inferred=True)]

    def staff_voice(self, h: int) -> Ref | None:
        """A voice of an office holder's staff ("an official in his office", "a spokesman for
        the president's office", "an aide in President X's office"): one who speaks from a
        leader's office speaks for the leader's state, as the leader would. None when the office
        has no owner the sentence places."""
        tree = self.tree
        if tree.tok(h).lemma.lower() not in _STAFF_VOICES:
            return None
        for prep in tree.children(h, "prep"):
            office = tree.child(prep.i, "pobj") if prep.lemma.lower() in _STAFF_PREPS else None
            if office is None or office.lemma.lower() not in _OFFICES:
                continue
            owner = tree.child(office.i, "poss")
            if owner is None:
                continue  # "an official in the presidential office": no holder named
            placed = [r.entity for r in self.entities(owner.i) if r.entity.country]
            if len(placed) == 1:
                e, text = placed[0], tree.text(min(tree.subtree(h)), max(tree.subtree(h)) + 1)
                return Ref(Entity(text, e.name, e.country, "GOV"), inferred=True)
        return None

    def western_voice(self, h: int) -> Ref | None:
        """A voice the phrase at h calls Western ("Western security sources", "a Western
        intelligence official"): it speaks for the West (WST), not for any state the sentence
        or the dateline names."""
        tree = self.tree
        if tree.tok(h).lemma.lower() not in _STAFF_VOICES:
            return None
        start = min(tree.subtree(h))
        if not any(tree.tok(k).text == "Western" and tree.head(k) is not None for k in range(start, h)):
            return None
        text = tree.text(start, h + 1)
        return Ref(Entity(text, "the West", "WST", "GOV"), inferred=True)

    def _titled_voice(self, h: int) -> int:
        """The word for one who speaks in the title before a person's name at h ("military
        spokesman Lieutenant General X": "spokesman"), whose modifiers say whose voice he is;
        else h itself."""
        tree = self.tree
        m = self.at.get(h)
        if m is None or m.kind != "person" or tree.tok(h).pos != "PROPN":
            return h
        titles = [
            k for k in range(m.start, h) if tree.tok(k).pos == "NOUN" and tree.tok(k).lemma.lower() in VOICES
        ]
        return titles[0] if titles else h

    def home_voices(self, refs: list[Ref], h: int) -> list[Ref]:
        """The speakers at h placed in the state the story is filed from when they are the voice
        of a state body and nothing placed them ("ABUJA - …, a military spokesman said"; "…,
        according to a government source"): a body without a nationality is the story's state's.
        A voice of an office holder's staff or of the West is placed by those first
        (`staff_voice`, `western_voice`)."""
        unplaced = all(r.entity.country is None for r in refs)
        owned = (self.staff_voice(h) or self.western_voice(h)) if unplaced else None
        if owned is not None:
            return [owned]
        sector = (self.body_voice(h) or self._cited_body(h, refs)) if unplaced else None
        if sector is None or self.discourse.home is None:
            return refs
        if not refs:
            text = self.tree.text(min(self.tree.subtree(h)), h + 1)
            refs = [Ref(Entity(text, text, None, sector), inferred=True)]
        return [self.home_voice(r) for r in refs]

    def _cited_body(self, h: int, refs: list[Ref]) -> str | None:
        """The sector of a state body cited as the source at h ("…, according to the prisons
        agency SNAI"): a body the story cites without a nationality speaks for the state it is
        filed from, as its spokesman would (`body_voice`). Officials cited by a word that names no
        state body are people of the event's place, not the dateline's (`localize.localized`)."""
        tree = self.tree
        if tree.tok(h).lemma.lower() in VOICES:  # people, not a body: "according to health officials"
            return None  # in a Gaza story filed from Doha are no Qatari officials (`body_voice` aside)
        to = tree.head(h)
        according = tree.head(to.i) if to is not None and tree.tok(h).dep == "pobj" else None
        if (
            to is None
            or according is None
            or to.text.lower() != "to"
            or according.text.lower() != "according"
        ):
            return None
        sectors = {r.entity.sector for r in refs}
        return refs[0].entity.sector if refs and len(sectors) == 1 and sectors <= STATE_SECTORS else None

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
