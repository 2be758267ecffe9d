"""Stage 4: the parse of candidate sentences is what spaCy's own pipeline gives them.

The stand-ins (attribute ruler, lemmatizer) and the array reads that build `Token`s are only
there for speed, so each is checked against spaCy run the plain way on the same input."""

from __future__ import annotations

import dataclasses
import itertools
from typing import Any

import pytest

from frontwatch.nlp import ParsedDoc, Sentence, Token, parse_many

# Leading and doubled spaces, tabs, blank lines, an emoji flag and a non-BMP letter (offsets
# count code points), a contraction, a sentence without events.
ODD = (
    "  \n Russian troops 🇷🇺 attacked Kyiv  on Friday.\tUkraine's army said Moscow shelled Kharkiv"
    " again. 𝔘 The weather was fine.\n\nKyiv accused Moscow of recapturing the biggest villages,"
    " officials said.  \n"
)
WORDS = (
    "The troops were redeployed; drones shelled the villages. Better defences are being built, the"
    " ministries said. She has flown the biggest planes and they're mobilising reservists. Russia"
    " withdrew its ambassadors and expelled diplomats."
)


def _everything(sentence: Sentence) -> bool:
    return True


def _reference(nlp: Any, parsed: ParsedDoc) -> list[list[tuple[object, ...]]]:
    """spaCy's plain pipeline (its own attribute ruler and lemmatizer, NER included) on the Doc
    of the parsed sentences, read token by token through spaCy's accessors."""
    from spacy.tokens import Doc

    kept = [s for s in parsed.sentences if s.parsed]
    words = [t.text for s in kept for t in s.tokens]
    spaces = [bool(t.whitespace) or t.i == len(s.tokens) - 1 for s in kept for t in s.tokens]
    starts: list[bool | int | None] = [t.i == 0 for s in kept for t in s.tokens]
    (doc,) = nlp.pipe([Doc(nlp.vocab, words=words, spaces=spaces, sent_starts=starts)])
    out: list[list[tuple[object, ...]]] = []
    offset = 0
    for s in kept:
        span = doc[offset : offset + len(s.tokens)]
        out.append([(t.lemma_, t.pos_, t.tag_, t.dep_, t.head.i - span.start, t.ent_iob_ or "O", t.ent_type_,
                     str(t.morph)) for t in span])  # fmt: skip
        offset += len(s.tokens)
    return out


def _annotations(parsed: ParsedDoc) -> list[list[tuple[object, ...]]]:
    return [[(t.lemma, t.pos, t.tag, t.dep, t.head, t.ent_iob, t.ent_type, t.morph) for t in s.tokens]
            for s in parsed.sentences if s.parsed]  # fmt: skip


@pytest.mark.parametrize("text", [ODD, WORDS])
def test_a_selected_parse_is_what_spacy_gives_the_same_sentences(resources: Any, text: str) -> None:
    (parsed,) = parse_many([text], resources.nlp, select=_everything)
    assert sum(s.parsed for s in parsed.sentences) >= 3
    reference = _reference(resources.nlp, parsed)
    assert _annotations(parsed) == reference
    rows = [row for sentence in reference for row in sentence]
    assert {"AUX", "VERB", "PROPN"} <= {r[1] for r in rows}  # tags, rules and lemmas did run
    assert any(r[7] == "" for r in rows) and any(r[7] for r in rows) and any(r[6] for r in rows)
    (bare,) = parse_many([text], resources.nlp, select=_everything, ner=False)  # no entity tags at all
    assert _annotations(bare) == [[(*r[:5], "O", "", r[7]) for r in sentence] for sentence in reference]


@pytest.mark.parametrize("text", [ODD, WORDS, "", "  ", "No.\n\n\n"])
def test_sentences_and_tokens_point_into_the_text(resources: Any, text: str) -> None:
    for select in (_everything, lambda s: False):
        (parsed,) = parse_many([text], resources.nlp, select=select)
        rebuilt = ""
        for sentence in parsed.sentences:
            assert text[sentence.start : sentence.end] == sentence.text
            for token in sentence.tokens:
                assert text[token.idx : token.idx + len(token.text)] == token.text
                assert token.whitespace in ("", " ")
                assert sentence.parsed or (token.head, token.dep, token.lemma) == (token.i, "", "")
                rebuilt += token.text + token.whitespace
        assert rebuilt == text


def test_the_lemmatizer_stand_in_leaves_the_model_alone(resources: Any) -> None:
    from frontwatch.nlp import _fast_lemmatizer

    nlp = resources.nlp
    stand_in = _fast_lemmatizer(nlp)
    assert stand_in is not None
    (parsed,) = parse_many([WORDS], nlp, select=_everything)
    lemmas = {t.text: t.lemma for s in parsed.sentences for t in s.tokens}
    words = ("shelled", "villages", "biggest", "flown")
    assert [lemmas[w] for w in words] == ["shell", "village", "big", "fly"]
    # spaCy's own component keeps its tables as they were (the stand-in reads a copy)
    index = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index")
    assert isinstance(index.get("noun"), list) and "village" in index.get("noun")


def test_fast_token_builders_equal_the_dataclass() -> None:
    from frontwatch.nlp import _bare_token, _changed, _token

    built = Token(i=3, text="Kyiv", lemma="", pos="", tag="", dep="", head=3, idx=17, whitespace="")
    bare = _bare_token(3, "Kyiv", 17, "")
    assert bare == built and hash(bare) == hash(built) and repr(bare) == repr(built)
    full = Token(2, "shelled", "shell", "VERB", "VBD", "ROOT", 2, 9, "B", "GPE", " ", "Tense=Past")
    assert _token(2, "shelled", "shell", "VERB", "VBD", "ROOT", 2, 9, "B", "GPE", " ", "Tense=Past") == full
    changed = _changed(built, pos="PROPN", ent_type="GPE")
    assert changed == dataclasses.replace(built, pos="PROPN", ent_type="GPE") and built.pos == ""
    assert [f.name for f in dataclasses.fields(Token)] == list(changed.__dict__)
    with pytest.raises(dataclasses.FrozenInstanceError):
        bare.text = "Kiev"  # type: ignore[misc]


@pytest.mark.parametrize(
    "text",
    [ODD, WORDS, "", "  ", "No.\n\n\n", "!?! Wait... what?! (Yes.) \"Go!\" she said. U.S. forces left.",
     "Mr. Smith went to Washington... and then?! Nothing。 Yes! 'Really?' she asked.\n\nEnd",
     "Troops left, he said on X.\n\nThe ministry said\n\nTroops left"],
)  # fmt: skip
def test_tokens_only_sentences_are_cut_where_spacys_sentencizer_cuts(resources: Any, text: str) -> None:
    """... and at paragraph breaks, which spaCy's rule sentencizer runs on."""
    from spacy.pipeline import Sentencizer

    nlp = resources.nlp
    (parsed,) = parse_many([text], nlp, select=lambda s: False)
    spans = [part for sent in Sentencizer()(nlp.make_doc(text)).sents for part in _at_paragraphs(sent)]
    expected = [(s.text, s.start_char, s.end_char) for s in spans]
    assert [(s.text, s.start, s.end) for s in parsed.sentences] == expected
    assert [[(t.i, t.text, t.idx, t.whitespace) for t in s.tokens] for s in parsed.sentences] == [
        [(t.i - s.start, t.text, t.idx, t.whitespace_) for t in s] for s in spans
    ]
    assert [s.index for s in parsed.sentences] == list(range(len(spans)))
    assert not any(s.parsed or s.ents for s in parsed.sentences)


def _thinc_layer(name: str, nI: int, nO: int) -> Any:
    import numpy as np
    from thinc.api import LayerNorm, Maxout

    layer: Any = Maxout(nO=nO, nI=nI, nP=3) if name == "maxout" else LayerNorm(nI=nI)
    layer.initialize(X=layer.ops.alloc2f(2, nI))
    rng = np.random.default_rng(7)
    for param in layer.param_names:  # trained-looking weights, not the initial zeros and ones
        value = layer.get_param(param)
        layer.set_param(param, layer.ops.asarray(rng.standard_normal(value.shape), dtype="f"))
    return layer


@pytest.mark.parametrize("name", ["maxout", "layernorm"])
def test_the_layer_stand_ins_give_thincs_values(name: str) -> None:
    import numpy as np

    from frontwatch.nlp import _layernorm_forward, _maxout_forward

    stand_in = _maxout_forward if name == "maxout" else _layernorm_forward
    layer = _thinc_layer(name, 24, 24 if name == "layernorm" else 8)
    rng = np.random.default_rng(11)
    shapes = ((300, 1.0), (5, 40.0), (1, 1e-3))
    inputs = [rng.standard_normal((n, 24)).astype("f") * scale for n, scale in shapes]
    inputs += [np.zeros((0, 24), dtype="f"), np.ones((4, 24), dtype="f")]  # no rows; rows without spread
    for X in inputs:
        expected, _ = layer._func(layer, X, is_train=False)  # thinc's own forward
        got, _ = stand_in(layer, X, is_train=False)
        assert got.dtype == expected.dtype and got.shape == expected.shape and got.flags.c_contiguous
        assert np.array_equal(got, expected)  # bit for bit, not approximately
    # in training, thinc's forward runs, so that it can be backpropagated
    Y, backprop = stand_in(layer, inputs[0], is_train=True)
    assert np.array_equal(Y, layer._func(layer, inputs[0], is_train=False)[0])
    assert backprop(np.ones_like(Y)).shape == inputs[0].shape
    with pytest.raises(RuntimeError, match="cannot be backpropagated"):
        stand_in(layer, inputs[0], is_train=False)[1](Y)


def test_the_pipelines_maxout_and_layernorm_layers_run_by_the_stand_ins_unchanged(resources: Any) -> None:
    import numpy as np
    from thinc.layers import layernorm, maxout

    from frontwatch.nlp import _fast_layers, _layernorm_forward, _maxout_forward

    nlp = resources.nlp
    _fast_layers(nlp)
    stand_ins = {_maxout_forward: maxout.forward, _layernorm_forward: layernorm.forward}
    models = [proc.model for _, proc in nlp.components if getattr(proc, "model", None) is not None]
    stood_in = [node for model in models for node in model.walk() if node._func in stand_ins]
    assert {node.name for node in stood_in} == {"maxout", "layernorm"}
    assert not any(node._func in stand_ins.values() for model in models for node in model.walk())
    docs = [nlp.make_doc(text) for text in (ODD, WORDS, "Russia shelled Kharkiv.")]
    encoders = [nlp.get_pipe("tok2vec").model, nlp.get_pipe("ner").model.get_ref("tok2vec")]
    fast = [encoder.predict(docs) for encoder in encoders]
    swapped = [(node, node._func) for node in stood_in]
    try:
        for node, func in swapped:
            node._func = stand_ins[func]
        plain = [encoder.predict(docs) for encoder in encoders]
    finally:
        for node, func in swapped:
            node._func = func
    for got, expected in zip(fast, plain, strict=True):
        assert [x.shape for x in got] == [x.shape for x in expected]
        assert all(np.array_equal(x, y) for x, y in zip(got, expected, strict=True))


def _at_paragraphs(sent: Any) -> list[Any]:
    """A sentence span cut before each of its paragraph-break tokens (not its first token)."""
    cuts = [t.i for t in sent[1:] if t.is_space and "\n\n" in t.text]
    bounds = [sent.start, *cuts, sent.end]
    return [sent.doc[a:b] for a, b in itertools.pairwise(bounds) if b > a]


def test_a_paragraph_ends_a_sentence(resources: Any) -> None:
    text = "Troops left, he said on X.\n\nThe ministry said troops left"
    (parsed,) = parse_many([text], resources.nlp, select=lambda s: False)
    assert [s.text.strip() for s in parsed.sentences] == [
        "Troops left, he said on X.",
        "The ministry said troops left",
    ]


def test_articles_decoded_together_are_parsed_as_each_alone(resources: Any) -> None:
    """The parser and NER decode a batch in sub-batches (`_decoding`: 8 articles of a batch of
    16, not spaCy's 4); each article is decoded on its own, so a batch gives what each article
    parsed alone gives, entities added afterwards (`add_entities`) included."""
    from frontwatch.nlp import _DECODE_BATCH, _decoding, add_entities

    nlp = resources.nlp
    assert _decoding(nlp, 16) == {
        "parser": {"batch_size": 16 * _DECODE_BATCH},
        "ner": {"batch_size": 16 * _DECODE_BATCH},
    }
    pieces = [ODD, WORDS, "Kyiv said Russian drones struck a power plant overnight.", WORDS + " " + ODD]
    texts = [" ".join(pieces[k % 4] for k in range(n)) for n in range(1, 11)]  # 10 lengths
    together = list(parse_many(texts, nlp, batch_size=16, select=_everything, ner=False))
    alone = [next(parse_many([text], nlp, batch_size=1, select=_everything, ner=False)) for text in texts]
    assert [_annotations(d) for d in together] == [_annotations(d) for d in alone]
    wanted = [set(range(0, len(d.sentences), 2)) for d in together]
    named = add_entities(together, wanted, nlp, batch_size=16)
    assert named == [add_entities([d], [w], nlp, batch_size=1)[0] for d, w in zip(alone, wanted, strict=True)]
    assert any(s.ents for d in named for s in d.sentences)


def test_a_re_form_of_an_irregular_verb_is_read_as_a_verb(resources: Any) -> None:
    """The small model has not seen "retook" and reads "Azerbaijan retook Karabakh" as one name;
    with the stem's norm ("took", `_stem_norms`) it is the sentence's verb, with a subject."""
    text = "Azerbaijan retook Karabakh in a lightning offensive."
    (parsed,) = parse_many([text], resources.nlp, select=_everything)
    tokens = {t.text: t for t in parsed.sentences[0].tokens}
    verb = tokens["retook"]
    assert verb.tag == "VBD" and verb.head == verb.i
    assert tokens["Azerbaijan"].dep == "nsubj" and tokens["Azerbaijan"].head == verb.i
