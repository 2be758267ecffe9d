"""Attribution: who asserts an event, on real parses (the speaker phrase's head token)."""

from __future__ import annotations

from typing import Any

import pytest

from frontwatch.attribution import find_source
from frontwatch.nlp import load_model, parse
from frontwatch.syntax import Tree


@pytest.fixture(scope="module")
def nlp() -> Any:
    return load_model()


CASES = [
    ("Kyiv says Russia keeps using Belarusian airspace for attacks.", "attacks", "Kyiv"),
    ("Russia attacked the port, the statement said.", "attacked", "statement"),
    ("Russian troops have arrived in Belarus, the ministry confirmed on Friday.", "arrived", "ministry"),
    ("According to the Ukrainian military, Russia launched 40 drones overnight.", "launched", "military"),
    ("The arrival of the troops was confirmed by the defence ministry.", "arrival", "ministry"),
    ("Kyiv accused Moscow of shelling the plant.", "shelling", "Kyiv"),
    ("Ukraine fears an offensive from the north.", "offensive", "Ukraine"),
    ("Minsk denied that its troops had crossed the border.", "crossed", "Minsk"),
    ("NATO warned that Russia could attack from Belarus.", "attack", "NATO"),
    ("A statement issued by the Finnish foreign ministry said Finland would give aid.", "give", "ministry"),
    ("Latvian officials do not rule out an attack on Riga.", "attack", "officials"),
    ("Russia attacked Ukraine on Monday.", "attacked", None),
    ("Kyiv accused Moscow of shelling the plant.", "accused", None),
    ("The ministry said the troops that arrived on Friday would stay.", "arrived", None),
]


@pytest.mark.parametrize(("text", "word", "speaker"), CASES, ids=[f"{c[0][:30]}-{c[1]}" for c in CASES])
def test_speaker(nlp: Any, text: str, word: str, speaker: str | None) -> None:
    sent = parse(text, nlp).sentences[0]
    trigger = next(t.i for t in sent.tokens if t.text == word)
    src = find_source(Tree(sent), trigger)
    assert (sent.tokens[src.speaker].text if src else None) == speaker
