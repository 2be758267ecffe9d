"""Country names and demonyms misspelt by one letter ("Ethopia", "Quatar", "Isreali",
"Portugese"), read as the name they stand for.

Reports re-posted by aggregators, translated or typed in a hurry misspell the one word an
analyst cannot do without. A capitalised word the actor dictionary does not know is read as a
country name or demonym when it is one slip of the hand away from exactly one of them: a letter
left out, doubled or added, two neighbours swapped, or a letter changed for a vowel or a
neighbouring key, never at the first or the last letter, where a name's grammar lives
("Malteser", "Portuguesa" are other words, not slips). Real place names one slip away from a
country ("Granada", "Columbia", "Mallawi", "Greene") are left alone: the guard is the
gazetteer (GeoNames places of 500 people or more with their alternate names), asked only when a
word is a slip of a name.

The dictionary asks only for words of six letters or more; shorter ones are too often another
word or name ("Susan", "Niger", "Irak").
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache

from frontwatch.config import Settings
from frontwatch.resolve.gazetteer import Gazetteer

MIN_WORD = 6  # letters in the misspelt word
MIN_NAME = 5  # letters in the name it stands for ("Qatar" for "Quatar")
_VOWELS = frozenset("aeiouy")
_KEYS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
_KEY_AT = {c: (row, col + row / 2) for row, keys in enumerate(_KEYS) for col, c in enumerate(keys)}


def _deletions(word: str) -> Iterator[str]:
    """`word` with one letter left out, at each position."""
    return (word[:k] + word[k + 1 :] for k in range(len(word)))


def _neighbours(a: str, b: str) -> bool:
    """Two letters a finger apart on a QWERTY keyboard, or two vowels."""
    if a in _VOWELS and b in _VOWELS:
        return True
    if a not in _KEY_AT or b not in _KEY_AT:
        return False
    (ra, ca), (rb, cb) = _KEY_AT[a], _KEY_AT[b]
    return abs(ra - rb) <= 1 and abs(ca - cb) <= 1


def is_slip(word: str, name: str) -> bool:
    """`word` is `name` with one slip of the hand: a letter left out, doubled in or added, two
    neighbours swapped, or a letter changed for a vowel or a neighbouring key; never at the first or
    last letter."""
    if word[0] != name[0] or word[-1] != name[-1]:
        return False
    if len(word) != len(name):
        longer, shorter = (word, name) if len(word) > len(name) else (name, word)
        return any(longer[:k] + longer[k + 1 :] == shorter for k in range(1, len(longer) - 1))
    diff = [k for k in range(len(word)) if word[k] != name[k]]
    if len(diff) == 1:
        return _neighbours(word[diff[0]], name[diff[0]])
    return (
        len(diff) == 2
        and diff[1] == diff[0] + 1
        and word[diff[0]] == name[diff[1]]
        and word[diff[1]] == name[diff[0]]
    )


class Misspellings:
    """Corrects a lookup key (lower case, as the actor dictionary keys words) to the one name key
    a slip away from it, or to nothing; `is_place` tells real place names (default: the
    gazetteer)."""

    def __init__(self, names: Iterable[str], is_place: Callable[[str], bool] | None = None) -> None:
        self._names = frozenset(n for n in names if len(n) >= MIN_NAME and n.isalpha())
        self._by_deletion: dict[str, set[str]] = {}
        for name in self._names:
            for short in _deletions(name):
                self._by_deletion.setdefault(short, set()).add(name)
        self._is_place = is_place  # the gazetteer's when None, opened at the first candidate
        self.correct = lru_cache(maxsize=8192)(self._correct)

    def _candidates(self, word: str) -> set[str]:
        """Names one edit from `word` (same first letter), through the deletion index: `word` is a
        name less a letter, a name is `word` less a letter, or both less one (a changed letter or
        two swapped neighbours); `is_slip` confirms."""
        found = set(self._by_deletion.get(word, ()))
        for short in _deletions(word):
            if short in self._names:
                found.add(short)
            found.update(self._by_deletion.get(short, ()))
        return {n for n in found if n != word and is_slip(word, n)}

    def _correct(self, word: str) -> str | None:
        if len(word) < MIN_WORD or not word.isalpha() or word in self._names:
            return None
        found = self._candidates(word)
        if len(found) != 1:
            return None
        if self._is_place is None:
            self._is_place = _gazetteer().__contains__
        return None if self._is_place(word) else found.pop()


def _gazetteer() -> Gazetteer:
    """The gazetteer of the user's cache (built there on first use, as the pipeline does)."""
    return Gazetteer.open(Settings())
