"""People by office and date: which of the terms the dictionary holds for a name is meant, given
the article's date and a title or country word written before the name (step 4 of actors.py)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace
from datetime import date

from rapidfuzz.distance import Levenshtein

from frontwatch.models import Entity
from frontwatch.nlp import Token
from frontwatch.resolve.actor_entries import (
    SURNAME_FIRST,
    ActorEntry,
    ActorMention,
    normalise,
    sector_head,
    surname,
)
from frontwatch.resolve.name_shapes import is_name_token, same_person


def best_person(entries: list[ActorEntry], on: date | None) -> ActorEntry | None:
    """The person's term at `on`; else (fallback) their latest term, to keep the country.

    A name several people share ("Bush", "Aliyev", "Sharif") goes to whoever held office at
    `on`; with no one in office then, or no date at all, the latest term counts only when all
    of them belong to one country (then the country is right whoever is meant), else None: a
    surname shared across countries is no evidence of either."""
    if not entries:
        return None
    holding = [e for e in entries if on is not None and e.valid_on(on)]
    if len({e.name for e in holding}) > 1 and len({e.country for e in holding}) > 1:
        return None  # two people of that name in office in two states ("King Abdullah", 2005-15)
    if holding:
        return max(holding, key=lambda e: e.valid_from or date.min)
    if len({e.name for e in entries}) > 1 and len({e.country for e in entries}) > 1:
        return None
    if on is None:
        return max(
            entries, key=lambda e: (e.valid_to is None, e.valid_to or date.max, e.valid_from or date.min)
        )
    before = [e for e in entries if e.valid_from is None or e.valid_from <= on]
    if before:  # the last office held before `on`
        return max(before, key=lambda e: e.valid_from or date.min)
    return min(entries, key=lambda e: e.valid_from or date.min)


def first_office(mentions: list[ActorMention], people: dict[str, Entity]) -> list[ActorMention]:
    """An undated article's people keep the office of their first mention: "Secretary-General Jens
    Stoltenberg said …" binds the later "Stoltenberg told …" to NATO, where the bare surname with
    no date would go to his latest term (Norway's finance ministry). `people` is the article's
    memory (person's name → entity of the first mention), filled as the sentences are read."""
    out = []
    for m in mentions:
        if m.kind == "person":
            first = people.setdefault(m.entity.name, m.entity)
            if (first.country, first.sector) != (m.entity.country, m.entity.sector):
                m = replace(m, entity=replace(first, text=m.entity.text))
        out.append(m)
    return out


# Words for an office that go before a person's name (`is_title`).
_TITLES = frozenset({"president", "prime minister", "premier", "chancellor", "king", "emir", "crown prince",
                     "supreme leader", "leader", "foreign minister", "defence minister", "defense minister",
                     "minister", "spokesman", "spokeswoman", "spokesperson", "opposition leader", "envoy",
                     "ambassador", "general", "commander", "chief", "head", "official", "governor", "mayor",
                     "vice president", "foreign secretary", "defence secretary", "defense secretary",
                     "secretary of state", "secretary general", "interior minister", "activist", "dissident",
                     "journalist", "blogger", "lawmaker", "senator", "judge", "prosecutor", "speaker",
                     "national security adviser", "commander-in-chief", "chief of staff",
                     "chief of the general staff", "prosecutor general", "press secretary", "gen.",
                     "lt. gen.", "maj. gen.", "brig. gen.", "col.", "lt. col.", "adm.", "vice adm.",
                     "rear adm.", "major general", "lieutenant general", "brigadier general", "brigadier",
                     "colonel", "lieutenant colonel", "admiral", "vice admiral", "rear admiral",
                     "field marshal"})  # fmt: skip


_TITLE_HEADS = ("minister", "secretary", "president", "premier", "envoy", "chancellor", "commander", "chief")


def is_title(entry: ActorEntry) -> bool:
    """A title that goes before a person's name: "President", "Defence Secretary", "Vice-President",
    "Deputy Foreign Minister", "Home Secretary"."""
    name = entry.name.replace("-", " ")
    return name in _TITLES or (entry.role != "chain" and name.endswith(_TITLE_HEADS))


# Titles that say which of a person's offices is meant, as words of the office's role.
_TITLE_ROLES = {"president": ("head_of_state", "president"), "prime minister": ("government", "premier"),
                "premier": ("government", "premier"), "foreign minister": ("foreign",),
                "foreign secretary": ("foreign",), "secretary of state": ("foreign",),
                "defence minister": ("defence",), "defense minister": ("defence",),
                "defence secretary": ("defence",), "defense secretary": ("defence",),
                "secretary general": ("secretary_general",)}  # fmt: skip


def titled_person(
    entries: list[ActorEntry], country: str | None, sectors: list[ActorEntry], on: date | None
) -> ActorEntry | None:
    """The term a title before the name speaks of: "Egyptian Foreign Minister Amr Moussa" is
    Moussa as Egypt's foreign minister, "European Commission President Romano Prodi" Prodi at the
    Commission, whatever office they held later (`best_person` would take the latest when there
    is no date). The country word, then the title's office, narrow the terms; what is left goes to
    `best_person`, all of them when nothing fits."""
    fitting = [e for e in entries if country is None or e.country == country] or entries
    roles = _TITLE_ROLES.get(sector_head(sectors).name.replace("-", " "), ()) if sectors else ()
    return best_person([e for e in fitting if any(r in e.role for r in roles)] or fitting, on)


def another_minister(entries: list[ActorEntry], sectors: list[ActorEntry], on: date | None = None) -> bool:
    """True when a minister's title names a ministry (foreign, defence) that none of the terms
    of the person so named ever held: "Defence Minister Pedro Sanchez" in a Colombian story is
    not Spain's prime minister; nor is any other minister ("Minister Pedro Sanchez", "Interior
    Minister …") a person who heads a state or government at the article's date. Titles of
    heads of state and government are left out, since usage varies ("President Sanchez" is how
    Spain's press writes its prime minister)."""
    if not sectors or not entries:
        return False
    title = sector_head(sectors).name.replace("-", " ")
    roles = _TITLE_ROLES.get(title, ())
    if roles in (("foreign",), ("defence",)):
        return not any(r in e.role for e in entries for r in roles)
    if roles or not title.endswith("minister") or on is None:
        return False
    held = [e for e in entries if e.valid_on(on)]
    return bool(held) and all(e.role.startswith("head_of") for e in held)


def _deletions(word: str) -> set[str]:
    """The word with one letter left out, at each place."""
    return {word[:k] + word[k + 1 :] for k in range(len(word))}


def _one_edit(a: str, b: str) -> bool:
    """True when a and b differ by one letter left out, added or changed."""
    if abs(len(a) - len(b)) > 1 or a == b:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    short, long = sorted((a, b), key=len)
    return short in _deletions(long)


class Spellings:
    """Office holders by a surname written one letter off ("President Laurent Gbago",
    "President Juvenal Habyariman"): wire copy transliterates and misspells names, and a title
    with the exact first name and a surname one letter from a holder's is that holder. Short
    surnames (under six letters) are left alone: one letter turns one into another. (Country
    names have their own, stricter reading in misspellings.py: there no title or first name
    vouches for the word.)"""

    MIN_LENGTH = 6

    def __init__(self, surnames: dict[str, list[ActorEntry]]) -> None:
        self._by_variant: dict[str, set[str]] = {}
        for key in surnames:
            if len(key) >= self.MIN_LENGTH:
                for variant in {key} | _deletions(key):
                    self._by_variant.setdefault(variant, set()).add(key)
        self._surnames = surnames

    def near(self, first: str, last: str) -> list[ActorEntry]:
        """The entries whose full name starts with `first` and whose surname (six letters or more)
        is one letter from `last` (both normalised); empty when `last` matches exactly."""
        if len(last) < self.MIN_LENGTH - 1:
            return []
        found = {k for v in {last} | _deletions(last) for k in self._by_variant.get(v, ())}
        keys = sorted(k for k in found if _one_edit(k, last))
        return [e for k in keys for e in self._surnames[k] if normalise(e.name.split()[0]) == first]


# Words written before a family name that are no given name: forms of address and honorifics
# ("Mr Putin", "Sheikh Hasina"), which say nothing of which bearer of the name is meant.
_HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady", "sheikh", "mullah",
                         "ayatollah", "imam", "prince", "princess", "emir", "king", "queen", "comrade",
                         "father", "monsignor", "senor", "monsieur", "madame", "herr", "frau"})  # fmt: skip


class GivenNames:
    """The given names of each person in the dictionary: every word of the full name and of its
    spellings but the family name ("antonio", "antónio" for Antonio Guterres; "ali", "mohamed"
    for Ali Mohamed Gedi). A family name alone may be any bearer of it, so the existing rules give
    a surname alone to the holder of the day; a full name says which bearer is meant."""

    def __init__(self, people: Iterable[ActorEntry]) -> None:
        own: dict[str, set[str]] = {}
        for e in people:
            family = normalise(surname(e))
            words = {normalise(w) for w in (*e.name.split(), *e.pattern.split())}
            own.setdefault(e.name, set()).update(w for w in words if w != family and len(w) > 1)
        self._own = {name: frozenset(words) for name, words in own.items()}

    def before_family_name(
        self,
        person: ActorEntry | None,
        tokens: Sequence[Token],
        at: int,
        taken: Iterable[int],
        first: int | None,
    ) -> bool:
        """True when the one word at token `at`, the person's family name, ends a full name whose
        given name is another's (`another_bearer`). The words before it are those from `first`
        (the names after a title), else the run of names the parser read as one person with it
        that no other match has `taken`. Surname-first names have their own rule."""
        if (
            person is None
            or person.country in SURNAME_FIRST
            or normalise(tokens[at].text) != normalise(surname(person))
        ):
            return False
        if first is None:
            first, covered = at, set(taken)
            while first > 0 and first - 1 not in covered and is_name_token(tokens[first - 1]):
                if not same_person(tokens, first):
                    break
                first -= 1
        return self.another_bearer(person, [t.text for t in tokens[first:at]])

    def another_bearer(self, person: ActorEntry, written: Sequence[str]) -> bool:
        """True when the words `written` before the person's family name give a first name that
        is none of the person's own given names nor a spelling of one: "Eurico Guterres" is not
        Antonio Guterres, "Jeb Bush" not George Bush. A spelling of one of them counts as his
        ("Dmitriy" for Dmitry, "Muhammad" for Mohamed: `_spelling`), and a middle name the
        dictionary lacks does not count when the first name is his ("Hillary Rodham Clinton").
        Honorifics and initials are no given names ("Mr Putin", "B.J. Habibie")."""
        own = self._own.get(person.name)
        given = [g for g in (normalise(w) for w in written) if len(g) > 1 and g not in _HONORIFICS]
        if not own or not given:
            return False
        return not any(g in own or any(_spelling(g, w) for w in own) for g in given)


def _skeleton(word: str) -> str:
    """The word's consonants, doubled ones once: "mhmd" for Mohamed, Muhammad and Mohammed."""
    out = [c for c in word if c not in "aeiouy"]
    return "".join(c for k, c in enumerate(out) if k == 0 or c != out[k - 1])


def _spelling(a: str, b: str) -> bool:
    """True when two given names are spellings of one name: the same consonants ("Mohamed",
    "Muhammad"), or one letter off in three ("Dmitriy", "Dmitry"; "Aleksandr", "Alexander").
    "Kojo" is not "Kofi", nor "Eurico" "Antonio"."""
    return _skeleton(a) == _skeleton(b) or Levenshtein.distance(a, b) <= min(len(a), len(b)) // 3
