"""Small read-only helpers over one parsed `Sentence`: children lists, subtrees, head chains.

The coder, factuality and attribution all walk the dependency tree; `Tree` indexes it once per
sentence so that each walk is linear. It also mends two parser habits of wire text for all of
them: a leading dateline read as the subject ("SEOUL, June 3 (Yonhap) -- North Korea fired …"),
and a past-tense conjunct hung under a reported "would" ("said it would boycott … and called
for …").
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import replace

from .nlp import Sentence, Token

# Dependency labels that open a new clause or a modifier the head's participants do not reach.
CLAUSAL = frozenset({"relcl", "acl", "advcl", "ccomp", "parataxis", "csubj", "xcomp", "pcomp"})
# Determiners of a noun that refers to something already known ("the strike", "this attack").
DEFINITE = frozenset({"the", "this", "that", "these", "those"})
# Marks of a clause set against the clause it hangs on ("…, while the EU called on …"): neither
# its content nor its circumstance, so no frame, modal or speaker of that clause reaches it.
CONTRAST = frozenset({"while", "whereas", "although", "though"})


def words(text: str) -> frozenset[str]:
    """A frozenset of the white-space separated words of a literal (for word lists)."""
    return frozenset(text.split())


# A leading wire dateline ("SEOUL, June 3 (Yonhap) --", "KYIV (Reuters) -") ends with a dash
# within this many tokens.
_DATELINE_REACH = 16
_DASHES = frozenset({"-", "--", "—", "–", "―"})
# Tokens a dateline holds before its dash: place names, a date, the agency in brackets.
_DATELINE_POS = frozenset({"PROPN", "NUM", "PUNCT", "NOUN", "ADP", "SYM", "X"})


def dateline_end(tokens: Sequence[Token]) -> int | None:
    """The index of the dash closing a leading wire dateline ("NIAMEY, June 9 (Reuters) -",
    "TAIPEI/BEIJING, June 5 (Reuters) -", "GOMA, Democratic Republic of Congo, June 1 (Reuters)
    -"), or None. It opens with a place in capitals; its dash stands apart ("UN-backed" is no
    dateline) and nothing before it is a verb."""
    start = 0
    while start < len(tokens) and not tokens[start].text.strip():
        start += 1  # a paragraph's first sentence starts with its white space ("\n\nMOSCOW, …")
    first = tokens[start].text if start < len(tokens) else ""
    letters = "".join(c for c in first if c not in "/-.'’")  # TAIPEI/BEIJING, N'DJAMENA
    if len(letters) < 2 or not letters.isalpha() or not first.isupper():
        return None
    for t in tokens[start + 1 : start + _DATELINE_REACH]:
        if t.text in _DASHES and tokens[t.i - 1].whitespace and t.whitespace:
            # an agency in brackets or a date before the dash ("NATO - the alliance -" is none)
            dated = tokens[t.i - 1].text == ")" or any(k.pos == "NUM" for k in tokens[: t.i])
            return t.i if dated and t.i + 1 < len(tokens) else None
        if t.pos not in _DATELINE_POS:
            return None
    return None


def _without_dateline(tokens: Sequence[Token], end: int | None) -> tuple[Token, ...]:
    """The tokens with a leading dateline taken out of the clause the parser hung it on: its
    place is where the reporter filed from, never a subject ("SEOUL, June 3 (Yonhap) -- North
    Korea fired …" would read Seoul as the one firing). A phrase the parser hung on the dateline
    ("PORT SUDAN, June 7 (AFP) - Sudan's … Forces killed", the Forces as its apposition) takes
    the dateline's place. `end` is the dateline's closing dash (`dateline_end`)."""
    if end is None:
        return tuple(tokens)
    out = list(tokens)
    tops = [t for t in tokens[: end + 1] if t.head > end]
    if len(tops) == 1:  # the phrase hung on the dateline takes the dateline's role
        top = tops[0]
        for t in tokens[end + 1 :]:
            if t.head <= end and t.dep != "punct" and t.head != t.i and top.head != t.i:
                out[t.i] = replace(t, head=top.head, dep=top.dep)
    for top in tops:
        out[top.i] = replace(top, dep="dep")
    return tuple(out)


_SUBJECTS = frozenset({"nsubj", "nsubjpass", "expl"})
# Verbs of a speaker's own act of speech, which follow a reported clause as the speaker's
# next act rather than as more of what is reported.
_SPEECH_ACTS = words("accuse blame say call urge warn vow insist add")


def _lifted_conjuncts(tokens: tuple[Token, ...]) -> tuple[Token, ...]:
    """The tokens with a past-tense conjunct the parser hung on a modal or bare verb of a
    reported clause moved up to the verb of that clause's speaker: "The opposition said it would
    boycott the parliament and called for a new vote" — "called" cannot share "would", it is
    the opposition's own act beside the saying. Likewise a speech act after a perfect or a past
    tense ("denied that its fighters had entered … and accused …")."""
    out = list(tokens)
    for t in tokens:
        if t.dep != "conj" or t.tag != "VBD" or t.head == t.i:
            continue
        head = tokens[t.head]
        if head.dep not in ("ccomp", "xcomp") or head.head == head.i:
            continue
        modal = any(k.head == head.i and k.dep == "aux" and k.tag == "MD" for k in tokens)
        # a speech act cannot share a perfect or a past of what is reported either ("denied that
        # its fighters had entered … and accused the army of …", "said the strikes killed two
        # people and vowed to retaliate"); other verbs may be a participle the tagger misread
        perfect = head.tag in ("VBN", "VBD") and t.lemma.lower() in _SPEECH_ACTS
        own_subject = any(k.head == t.i and k.dep in _SUBJECTS for k in tokens)
        if (modal or perfect or head.tag == "VB") and not own_subject and tokens[head.head].pos == "VERB":
            out[t.i] = replace(t, head=head.head)
    return tuple(out)


class Tree:
    """A sentence with its children indexed; all token indices are sentence-relative."""

    def __init__(self, sentence: Sentence) -> None:
        self.sentence = sentence
        self.dateline = dateline_end(sentence.tokens)  # the dash closing a leading dateline, or None
        self.tokens = _lifted_conjuncts(_without_dateline(sentence.tokens, self.dateline))
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

    def contrast(self, i: int) -> bool:
        """True for a contrast clause ("while the EU called on both sides to …"); a progressive
        "while" clause tells the time ("shelled the town while civilians were fleeing")."""
        node = self.tokens[i]
        mark = self.has_lemma(i, CONTRAST, "mark") if node.dep == "advcl" else None
        return mark is not None and not (mark.lemma.lower() == "while" and node.tag == "VBG")

    def definite(self, i: int, dets: frozenset[str] = DEFINITE) -> bool:
        """True for a noun that refers to something known: a definite determiner or a possessor
        ("the strike", "Tuesday's barrage", "Russia's invasion"), not "an attack" or "any attack"."""
        return self.has_lemma(i, dets, "det") is not None or self.child(i, "poss") is not None

    def has_lemma(self, i: int, lemmas: frozenset[str] | set[str], *deps: str) -> Token | None:
        """The first child of i with one of the lemmas (and one of the labels, if given)."""
        for c in self.children(i, *deps):
            if c.lemma.lower() in lemmas:
                return c
        return None
