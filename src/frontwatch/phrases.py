"""Noun phrases: the extent of the phrase a token heads and how its parts are coordinated. A
mixin of `participants.Participants`, which supplies the tree and the mentions (`mentions`, by
token in `at`).

- a phrase is its head with its modifiers and its "of" objects, without clauses, conjuncts and
  other prepositional phrases ("the foreign ministers of Israel and Jordan", not "… in Cairo");
- coordinated modifiers and the objects of its "of" joined without a comma stay inside ("the
  Turkish and Greek sides", "thousands of Serbs and Croats"), and so does a list of states after
  a comma ("the leaders of France, Germany and Italy");
- the conjuncts of a phrase are separate parties, also those the parser hung on another word of
  the head's name ("Barack/nsubj Obama/pobj and Vladimir Putin/conj").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .syntax import Tree

if TYPE_CHECKING:
    from .resolve.actors import ActorMention

_KEEP_PREPS = frozenset({"of"})
_DEMONSTRATIVE = frozenset({"the", "this", "that"})
_SKIP_DEPS = frozenset({"conj", "cc", "relcl", "acl", "advcl", "punct", "appos", "parataxis", "ccomp"})


class NounPhrases:
    """The noun phrase rules of `Participants` (a base class)."""

    tree: Tree
    at: dict[int, ActorMention]
    mentions: list[ActorMention]

    def span(self, h: int) -> list[int]:
        """The tokens of the noun phrase headed by h, without conjuncts, clauses and
        prepositional modifiers other than "of"."""
        tree = self.tree
        out = [h]
        stack = [h]
        while stack:
            node = stack.pop()
            for c in tree.children(node):
                if c.dep in ("conj", "cc") and node != h and self._coordinated_inside(node, c.i):
                    pass  # "the Turkish and Greek sides", "the foreign ministers of Israel and Jordan"
                elif c.dep in _SKIP_DEPS:
                    continue
                if c.dep == "prep" and c.lemma.lower() not in _KEEP_PREPS:
                    continue
                out.append(c.i)
                stack.append(c.i)
        return sorted(out)

    def _coordinated_inside(self, node: int, conj: int) -> bool:
        """True when the coordination `conj` under `node` belongs to the phrase around it:
        coordinated modifiers ("the Turkish and Greek sides") and the objects of its "of" joined
        without a comma ("the foreign ministers of Israel and Jordan", "thousands of Serbs and
        Croats"; after a comma the parse often took a clause's subject in: "the signing of a
        memorandum on X, the government and the rebels have agreed")."""
        tree = self.tree
        tok = tree.tok(node)
        if tok.dep in ("amod", "compound", "nmod", "poss"):  # "US and Chinese defence chiefs"
            return True
        first = tok
        while first.dep == "conj" and first.head != first.i:  # "of France, Germany and Italy"
            first = tree.tok(first.head)
        of = tree.head(first.i)
        if first.dep != "pobj" or of is None or of.lemma.lower() not in _KEEP_PREPS:
            return False
        if all(tree.tok(i).pos != "PUNCT" for i in range(min(node, conj) + 1, max(node, conj))):
            return True
        # a list of states after a comma is still the phrase's ("the leaders of France, Germany
        # and Italy"): a clause's subject the parser took in is no state's name alone
        return all(self._state_name(k) for k in tree.conjuncts(first.i))

    def _state_name(self, k: int) -> bool:
        """True when token k is the whole of a country's name ("Germany", "the United States")."""
        m = self.at.get(k)
        return m is not None and m.kind == "country" and self.tree.tok(k).pos == "PROPN"

    def _conjuncts(self, head: int) -> list[int]:
        """The phrase's head and its conjuncts, also those the parser hung on another word of the
        head's name ("Barack/nsubj Obama/pobj and Vladimir Putin/conj")."""
        out = self.tree.conjuncts(head)
        m = self.at.get(head)
        for k in range(m.start, m.end) if m is not None else ():
            if k != head and self.tree.tok(k).head == head:
                out += [c for c in self.tree.conjuncts(k)[1:] if c not in out]
        return out

    def _within(self, inside: set[int]) -> list[ActorMention]:
        """Mentions with a content word inside the phrase ("The Israeli" for "Israeli")."""
        tree = self.tree
        return [m for m in self.mentions
                if any(k in inside and tree.tok(k).pos != "DET" for k in range(m.start, m.end))]  # fmt: skip

    def _conjoined(self, ms: list[ActorMention]) -> bool:
        """True when the mentions are coordinated ("Hungarian and Romanian officials")."""
        spans = [set(range(m.start, m.end)) for m in ms]
        tree = self.tree
        for k, span in enumerate(spans):
            others = set().union(*(o for j, o in enumerate(spans) if j != k))
            if any(tree.tok(i).dep == "conj" and tree.tok(i).head in others for i in span):
                return True
            # the parser may hang the first conjunct on the second's head with its "and" ("Mali's
            # army/nmod and Russian mercenaries killed …")
            if any(tree.tok(i).dep in ("nmod", "amod", "compound") and tree.tok(i).head in others
                   and tree.child(i, "cc") is not None for i in span):  # fmt: skip
                return True
        return False

    def _text(self, found: list[ActorMention], h: int) -> str:
        """The text of a phrase from its first mention or head to its last, without a leading
        article; the first mention's alone when that would run longer than eight tokens."""
        start = min(min(m.start for m in found), h)
        end = max(max(m.end for m in found), h + 1)
        tree = self.tree
        while start < end and tree.tok(start).pos in ("DET", "PUNCT"):
            start += 1
        if end - start > 8:
            return found[0].text
        return tree.text(start, end)

    def _listed_seats(self, h: int) -> list[ActorMention]:
        """The other seats of a plural body named by a list of places ("the juntas in
        Ouagadougou, Bamako and Niamey", "the governments in Kyiv and Chisinau"): the dictionary
        composed the body with the first place only, the rest are its conjuncts, and each names
        a state whose body it is."""
        own = self.at.get(h)
        tree = self.tree
        if own is None or tree.tok(h).tag != "NNS" or own.end - 1 <= h:
            return []
        listed = {c for k in range(h + 1, own.end) for c in tree.conjuncts(k) if c >= own.end}
        return [m for m in self.mentions if m.kind in ("country", "metonym") and m.entity.country
                and any(m.start <= c < m.end for c in listed)]  # fmt: skip

    def _definite(self, h: int) -> bool:
        """True when the noun at h has a definite or demonstrative article ("the group", "this
        ministry"): it refers back to one the story named."""
        return any(c.dep == "det" and c.lemma.lower() in _DEMONSTRATIVE for c in self.tree.children(h))

    def _plural_word(self, h: int) -> bool:
        """True for a plural sector word the parser took for a proper noun (capitalised at the
        start of a sentence or after a dateline: "Diplomats accused …", "Officials said …")."""
        m = self.at.get(h)
        word = self.tree.tok(h).text.lower()
        return m is not None and m.kind == "sector" and word in (m.entity.name + "s", m.entity.name + "es")
