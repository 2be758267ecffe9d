"""Misspelt country names and demonyms read as the name they stand for, and the words that only
look like one left alone."""

from __future__ import annotations

import pytest

from frontwatch.nlp import Sentence, Token
from frontwatch.resolve.actors import ActorDictionary
from frontwatch.resolve.misspellings import Misspellings, is_slip


def countries(text: str) -> list[str | None]:
    """The countries of the actor mentions in `text`, tokenised at spaces (no parse)."""
    words = text.replace("'s", " 's").split()
    tokens = tuple(Token(i, w, w, "", "", "", i, 0) for i, w in enumerate(words))
    return [
        m.entity.country for m in ActorDictionary.load().match(Sentence(0, text, 0, len(text), tokens, ()))
    ]


@pytest.mark.parametrize(
    ("word", "name", "slip"),
    [
        ("ethopia", "ethiopia", True),  # a letter left out
        ("quatar", "qatar", True),  # a letter added
        ("isreali", "israeli", True),  # neighbours swapped
        ("togolose", "togolese", True),  # a vowel for a vowel
        ("ukrsine", "ukraine", True),  # a neighbouring key (s beside a)
        ("greene", "greece", False),  # n and c are no neighbours
        ("roland", "poland", False),  # the first letter
        ("malteser", "maltese", False),  # the last letter: another word
        ("portuguesa", "portuguese", False),
    ],
)
def test_a_slip_of_the_hand_keeps_first_and_last_letter(word: str, name: str, slip: bool) -> None:
    assert is_slip(word, name) is slip


def test_only_one_candidate_name_is_corrected() -> None:
    def nowhere(word: str) -> bool:
        return False

    spelling = Misspellings(["georgia", "georgie"], nowhere)  # "georgio" is a slip from both
    assert spelling.correct("georgio") is None
    assert Misspellings(["ethiopia"], nowhere).correct("ethopia") == "ethiopia"
    assert Misspellings(["ethiopia"], nowhere).correct("ethiopia") is None  # the name needs no reading
    assert Misspellings(["iraqi"], nowhere).correct("iraki") is None  # under six letters
    assert Misspellings(["ethiopia"], {"ethopia"}.__contains__).correct("ethopia") is None  # a real place


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Ethopia has agreed to re-open its borders", "ETH"),
        ("Quatar's emir launched a mediation effort", "QAT"),
        ("Isreali troops shelled the town", "ISR"),
        ("The Portugese government condemned the attack", "PRT"),
    ],
)
def test_the_dictionary_reads_a_misspelt_country(text: str, country: str) -> None:
    assert countries(text) == [country]


@pytest.mark.parametrize(
    "text",
    [
        "Protesters marched through Columbia on Sunday",  # a city one slip from Colombia
        "Troops entered Granada overnight",  # a city one slip from Grenada
        "Police told Greene to leave",  # a place (and a surname) one slip from Greece
        "Actress Frances McDormand arrived",  # a name of several capitalised words
        "Diplomats from Irak arrived",  # too short to tell from other words
        "Emirates flights resumed",  # an airline: plural demonyms are not read when misspelt
    ],
)
def test_place_names_and_names_of_several_words_are_no_slips(text: str) -> None:
    assert [c for c in countries(text) if c] == []
