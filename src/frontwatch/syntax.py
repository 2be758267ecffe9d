"""Small read-only helpers over one parsed `Sentence`: children lists, subtrees, head chains.

The coder, factuality and attribution all walk the dependency tree; `Tree` indexes it once per
sentence so that each walk is linear.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from .nlp import Sentence, Token

# Dependency labels that open a new clause or a modifier the head's participants do not reach.
CLAUSAL = frozenset({"relcl", "acl", "advcl", "ccomp", "parataxis", "csubj", "xcomp", "pcomp"})
# Determiners of a noun that refers to something already known ("the strike", "this attack").
DEFINITE = frozenset({"the", "this", "that", "these", "those"})


def words(text: str) -> frozenset[str]:
    """A frozenset of the white-space separated words of a literal (for word lists)."""
    return frozenset(text.split())


class Tree:
    """A sentence with its children indexed; all token indices are sentence-relative."""

    def __init__(self, sentence: Sentence) -> None:
        self.sentence = sentence
        self.tokens = sentence.tokens
        self.kids: list[list[Token]] = [[] for _ in self.tokens]
        for t in self.tokens:
            if t.head != t.i and 0 <= t.head < len(self.tokens):
                self.kids[t.head].append(t)

    def __len__(self) -> int:
        return len(self.tokens)

    def tok(self, i: int) -> Token:
        return self.tokens[i]

    def children(self, i: int, *deps: str) -> list[Token]:
        """Children of token i, optionally only those with one of the given labels."""
        if not deps:
            return self.kids[i]
        return [c for c in self.kids[i] if c.dep in deps]

    def child(self, i: int, *deps: str) -> Token | None:
        found = self.children(i, *deps)
        return found[0] if found else None

    def head(self, i: int) -> Token | None:
        """The head of token i, or None at the root."""
        t = self.tokens[i]
        return None if t.head == i or not 0 <= t.head < len(self.tokens) else self.tokens[t.head]

    def ancestors(self, i: int) -> Iterator[Token]:
        """Heads from token i up to the root (cycle-safe)."""
        seen = {i}
        h = self.head(i)
        while h is not None and h.i not in seen:
            seen.add(h.i)
            yield h
            h = self.head(h.i)

    def is_under(self, i: int, top: int) -> bool:
        return i == top or any(a.i == top for a in self.ancestors(i))

    def subtree(self, i: int, skip: Iterable[str] = ()) -> list[int]:
        """Token i and its descendants in order, not descending into children labelled `skip`."""
        stop = set(skip)
        out = [i]
        stack = [i]
        while stack:
            for c in self.kids[stack.pop()]:
                if c.dep in stop:
                    continue
                out.append(c.i)
                stack.append(c.i)
        return sorted(out)

    def conjuncts(self, i: int) -> list[int]:
        """Token i and the tokens conjoined with it ("the United States and Britain")."""
        out = [i]
        stack = [i]
        while stack:
            for c in self.kids[stack.pop()]:
                if c.dep == "conj" and c.i not in out:
                    out.append(c.i)
                    stack.append(c.i)
        return out

    def first_conjunct(self, i: int) -> Token | None:
        """The first of the conjuncts token i belongs to ("talks" in "talks and a truce"), or
        None when the chain breaks at the root (cycle-safe)."""
        node = self.tokens[i]
        seen = {i}
        while node.dep == "conj":
            head = self.head(node.i)
            if head is None or head.i in seen:
                return None
            seen.add(head.i)
            node = head
        return node

    def text(self, start: int, end: int) -> str:
        """Surface text of tokens [start, end)."""
        parts = [self.tokens[k].text + self.tokens[k].whitespace for k in range(start, end)]
        return "".join(parts).strip()

    def has_lemma(self, i: int, lemmas: frozenset[str] | set[str], *deps: str) -> Token | None:
        """The first child of i with one of the lemmas (and one of the labels, if given)."""
        for c in self.children(i, *deps):
            if c.lemma.lower() in lemmas:
                return c
        return None
