"""Round 16, a denial in a paragraph: a perfect tense in the clause a verb of saying or denying
reports, which the parser reads as "had" and an adjective when another sentence follows
("denied that its aircraft had targeted civilians"), and the party that denies or rejects a claim
as the last speaker, whom a next sentence's "…, it said" stands for. Sentences of our own."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

import pytest

from frontwatch.nlp import Sentence, Token

from .conftest import WireCoder, wire_coder


@pytest.fixture(scope="module")
def code() -> WireCoder:
    return wire_coder(datetime(2025, 6, 1, tzinfo=UTC))


def _tokens(rows: list[tuple[str, str, str, str, str, int]]) -> tuple[Token, ...]:
    """Tokens from (text, lemma, pos, tag, dep, head) rows, as a parse gives them."""
    out, idx = [], 0
    for i, (text, lemma, pos, tag, dep, head) in enumerate(rows):
        out.append(Token(i, text, lemma, pos, tag, dep, head, idx))
        idx += len(text) + 1
    return tuple(out)


# "The ministry denied that its aircraft had targeted civilians ." as the parser reads it when
# another sentence follows: "had" the clause's verb, "targeted" an adjective of its object.
_HAD_AS_VERB = [
    ("The", "the", "DET", "DT", "det", 1),
    ("ministry", "ministry", "NOUN", "NN", "nsubj", 2),
    ("denied", "deny", "VERB", "VBD", "ROOT", 2),
    ("that", "that", "SCONJ", "IN", "mark", 6),
    ("its", "its", "PRON", "PRP$", "poss", 5),
    ("aircraft", "aircraft", "NOUN", "NN", "nsubj", 6),
    ("had", "have", "VERB", "VBD", "ccomp", 2),
    ("targeted", "target", "VERB", "VBN", "amod", 8),
    ("civilians", "civilian", "NOUN", "NNS", "dobj", 6),
    (".", ".", "PUNCT", ".", "punct", 2),
]


def test_had_read_as_the_verb_of_a_denied_clause_is_a_perfect() -> None:
    from frontwatch.syntax import _perfect_heads

    out = _perfect_heads(_tokens(_HAD_AS_VERB))
    assert (out[7].dep, out[7].head) == ("ccomp", 2)  # "targeted" heads the denied clause
    assert (out[6].dep, out[6].head) == ("aux", 7)
    assert (out[8].dep, out[8].head) == ("dobj", 7)
    assert (out[5].dep, out[5].head) == ("nsubj", 7)
    assert (out[3].dep, out[3].head) == ("mark", 7)


def test_had_read_as_an_adjectives_auxiliary_is_a_perfect() -> None:
    from frontwatch.syntax import _perfect_heads

    rows = list(_HAD_AS_VERB)  # "denied that its gunners had fired shells": "that … shells" an object
    rows[3] = ("that", "that", "SCONJ", "IN", "dobj", 2)
    rows[5] = ("gunners", "gunner", "NOUN", "NNS", "nsubj", 6)
    rows[6] = ("had", "have", "AUX", "VBD", "aux", 7)
    rows[7] = ("fired", "fire", "VERB", "VBN", "amod", 8)
    rows[8] = ("shells", "shell", "NOUN", "NNS", "pobj", 3)
    out = _perfect_heads(_tokens(rows))
    assert (out[7].dep, out[7].head) == ("ccomp", 2)
    assert (out[8].dep, out[8].head) == ("dobj", 7)
    assert (out[5].head, out[3].dep, out[3].head) == (7, "mark", 7)


def test_had_outside_a_reported_clause_keeps_its_adjective() -> None:
    from frontwatch.syntax import _perfect_heads

    rows = list(_HAD_AS_VERB)  # "The ministry built that its aircraft had …": no saying, no repair
    rows[2] = ("built", "build", "VERB", "VBD", "ROOT", 2)
    tokens = _tokens(rows)
    assert _perfect_heads(tokens) == tokens
    rows[2] = ("denied", "deny", "VERB", "VBD", "ROOT", 2)
    rows[7] = ("trained", "train", "ADJ", "JJ", "amod", 8)  # an adjective tagged as one stays
    tokens = _tokens(rows)
    assert _perfect_heads(tokens) == tokens


@pytest.mark.parametrize(
    ("text", "denier"),
    [
        (
            "Israeli jets struck a camp in Gaza, Palestinian officials said. The Israeli Defence Ministry "
            "denied that its aircraft had targeted civilians. Its pilots would not strike the city, it said.",
            "ISR",
        ),
        (
            "Turkish jets bombed Kurdish positions in Iraq, Iraqi officials said. The Turkish Defence "
            "Ministry denied that its aircraft had targeted civilians. "
            "Its troops would not attack the town, it said.",
            "TUR",
        ),
    ],
)
def test_denied_perfect_survives_a_following_sentence(code: WireCoder, text: str, denier: str) -> None:
    denied = [e for e in code(text) if e.evidence.trigger == "targeted"]
    assert [(e.event_type, e.factuality) for e in denied] == [("ASSAULT", "negated")]
    assert denied[0].attribution is not None and denied[0].attribution.country == denier


def _closing_sayer(code: WireCoder, text: str) -> str | None:
    """The country of whoever the closing "…, it said" sentence's attack is attributed to."""
    closing = [e for e in code(text) if e.evidence.trigger == "attack"]
    assert len(closing) == 1, text
    return closing[0].attribution.country if closing[0].attribution else None


@pytest.mark.parametrize(
    ("answer", "denier"),
    [
        ("Georgia's Defence Ministry denied the report.", "GEO"),
        ("Georgia's Defence Ministry dismissed the report as lies.", "GEO"),
        ("Georgia's Defence Ministry rejected the claim.", "GEO"),
    ],
)
def test_who_denies_a_claim_speaks_last(code: WireCoder, answer: str, denier: str) -> None:
    text = (
        "Georgian forces shelled villages near the border overnight, Russia's Foreign Ministry said. "
        f"{answer} "
        "Its troops would not attack the villages, it said."
    )
    assert _closing_sayer(code, text) == denier


def test_dismissing_an_officer_is_no_answer() -> None:
    from frontwatch.discourse import _denier
    from frontwatch.models import Entity
    from frontwatch.resolve.actor_entries import ActorMention
    from frontwatch.syntax import Tree

    rows = [
        ("Georgia", "Georgia", "PROPN", "NNP", "poss", 2),
        ("'s", "'s", "PART", "POS", "case", 0),
        ("president", "president", "NOUN", "NN", "nsubj", 3),
        ("dismissed", "dismiss", "VERB", "VBD", "ROOT", 3),
        ("the", "the", "DET", "DT", "det", 6),
        ("army", "army", "NOUN", "NN", "compound", 6),
        ("chief", "chief", "NOUN", "NN", "dobj", 3),
        (".", ".", "PUNCT", ".", "punct", 3),
    ]
    tokens = _tokens(rows)
    sentence = Sentence(0, " ".join(r[0] for r in rows), 0, 60, tokens, ())
    georgia = ActorMention(
        0, 3, "Georgia's president", Entity("Georgia's president", "Georgia", "GEO", "GOV", None), "person"
    )
    assert _denier(Tree(sentence), [georgia]) is None
    denied = [replace(t, dep="dobj", lemma="report", text="report") if t.i == 6 else t for t in tokens]
    sentence = replace(sentence, tokens=tuple(denied))
    assert _denier(Tree(sentence), [georgia]) is not None
