"""The shape of the words of a person's name (steps 3 and 5 of actors.py, for `Composer`):
whether a token may be part of a name whatever the parser tagged it, whether a lone word after a
title is a name and not a day, whether a sentence is a headline in title case (where every word is
capitalised and capitals tell nothing), and how many words a name has as written."""

from __future__ import annotations

from collections.abc import Sequence

from frontwatch.nlp import Token


def capitalised(tok: Token) -> bool:
    """A capitalised word that may be (part of) a name, whatever tag the parser gave it."""
    return tok.text[:1].isupper() and tok.text.replace("-", "").isalpha() and tok.pos not in _FUNCTION_POS


_FUNCTION_POS = frozenset({"DET", "ADP", "PRON", "CCONJ", "SCONJ", "AUX", "PART"})


def is_name_token(tok: Token) -> bool:
    """A capitalised word of letters the parser tags a proper noun (any, when it did not run)."""
    if not tok.text[:1].isupper() or not tok.text.replace("-", "").replace("'", "").isalpha():
        return False
    if tok.pos:
        return tok.pos == "PROPN"
    return True


CALENDAR = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                       "january", "february", "march", "april", "may", "june", "july", "august",
                       "september", "october", "november", "december"})  # fmt: skip


def one_name(tok: Token) -> bool:
    """True when a lone word after a country's title is a person's name: a proper noun (the
    parser's, when it ran), not a day or month ("French President Monday")."""
    if tok.text.lower() in CALENDAR or tok.ent_type in ("DATE", "TIME", "GPE", "LOC", "ORG", "NORP"):
        return False
    return tok.pos in ("PROPN", "")


# Words a sentence writes in lower case unless it is a headline in title case.
_LOWER_IN_TEXT = frozenset({"with", "from", "over", "after", "into", "amid", "against", "about", "before",
                            "says", "said", "will", "that", "than", "warns", "vows", "calls"})  # fmt: skip


def title_case(tokens: Sequence[Token]) -> bool:
    """True when the sentence is a headline in title case: no word of four letters or more is in
    lower case, or a word prose writes in lower case is capitalised ("Putin Warns West Over …")."""
    words = [t.text for t in tokens[1:] if len(t.text) > 3 and t.text.isalpha()]
    if len(words) >= 3 and not any(w[0].islower() for w in words):
        return True
    return any(w[0].isupper() and w.lower() in _LOWER_IN_TEXT for w in words)


def joins_name(tokens: Sequence[Token], i: int) -> bool:
    """True when token i is a hyphen written without spaces between two parts of one name
    ("Jean-Luc", which the tokenizer splits in three)."""
    return (
        tokens[i].text == "-"
        and not tokens[i - 1].whitespace
        and not tokens[i].whitespace
        and i + 1 < len(tokens)
        and is_name_token(tokens[i + 1])
    )


def written_words(tokens: Sequence[Token], start: int, end: int) -> int:
    """The number of words of tokens [start, end) as written (a hyphenated name is one)."""
    return sum(1 for i in range(start, end) if i == start or tokens[i - 1].whitespace)


def same_person(tokens: Sequence[Token], i: int) -> bool:
    """True when token i continues a PERSON name the parser found that starts before it."""
    return tokens[i].ent_iob == "I" and tokens[i].ent_type == "PERSON" and tokens[i - 1].ent_type == "PERSON"
