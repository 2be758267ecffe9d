"""Resolve actor mentions — countries, capitals, organisations, groups, people, sector words — to
Entities through the actor dictionary in `data/actors/` (plain TSV files, reviewed like code; see
its README for the columns and the sector decisions).

How a sentence is matched (`ActorDictionary.match`), spaCy-free over the plain Token list:
  1. lookup: every pattern is keyed by its normalised text with spaces removed (lower case, accents
     and curly quotes folded), so matching does not depend on how the tokenizer split it
     ("Guinea-Bissau", "U.S.", "d'Ivoire"); tokens are concatenated left to right and looked up in
     a dict, pruned by a set of key prefixes. Longest non-overlapping matches win. Proper names
     must be capitalised in the text, acronyms of up to three letters ("US") upper case; a noun's
     last word may match by lemma; a sector word used as a verb ("forces") is no sector word.
  2. filters: a capital or country that continues or begins a longer name ("Washington Post",
     "Latin America", "the West Bank") or modifies a place noun ("the Kyiv region", "the Minsk
     agreements", "Kremlin critic") is dropped; an alignment ("pro-Russian", "Iranian-backed",
     "Iran's proxies") names no country; a sector word that only describes a thing ("military
     aid") is no actor.
  3. composition: a country, demonym, capital, organisation or group takes the sector words after
     it ("the Belarusian defence ministry" → BLR MIL, "Ukraine's military", "NATO troops", "Hamas
     militants"), a sector phrase takes "of <country>" or an institution "in <capital>" ("the
     armed forces of Ukraine", "the defence ministry in Baku"; not an owner: "the chief of
     Israel's militia ally" is left to participants.py), titles go with a person
     ("Belarusian President Alexander Lukashenko") or an unknown name ("Belarusian opposition
     leader Sviatlana Tsikhanouskaya" → BLR OPP). In a chain the head sector word wins ("government
     forces" → MIL); role nouns ("spokesman", "officials") take the sector before them.
  4. people resolve by office at the date `on`: the term covering `on` gives country and sector; a
     person out of office at `on` falls back to their last earlier term with sector None; with
     `on` None the latest term counts. A name several people share ("Bush", "Kabila") goes to the
     one in office at `on`; otherwise only when they all belong to one country (else no person).
     A country word or title before the name picks the term it speaks of ("Egyptian Foreign
     Minister Amr Moussa" is not his later Arab League term); a full name whose given name is
     none of the holder's (nor a spelling of one) is someone else ("Eurico Guterres").
  5. peoples: a country word directly before another state's demonym or a community without a
     country names where that people lives ("Bosnian Serbs" → BIH, "Iraqi Kurds" → IRQ), as does
     a country or capital after "in" ("Russians in Estonia" → EST); a sector
     word directly before a named group describes it ("the rebel Kurdistan Workers' Party" → PKK).
A capital standing for its government is flagged `is_metonym` (the places resolver never geocodes
an event to it) unless a locative preposition puts it as a place ("strikes on Kyiv").

This module does step 1 and holds the public API; the entries and the data files they are read
from are in actor_entries.py, steps 2, 3 and 5 in actor_compose.py, step 4 in officeholders.py.
"""

from __future__ import annotations

import re
import weakref
from collections.abc import Iterable, Sequence
from datetime import date
from functools import cache, lru_cache

from frontwatch.models import Entity
from frontwatch.nlp import Sentence, Token
from frontwatch.resolve.actor_compose import NAMED, Composer, Hit
from frontwatch.resolve.actor_entries import (
    KINDS,
    OFFICEHOLDER_FILES,
    ActorEntry,
    ActorMention,
    capital_metonyms,
    country_demonyms,
    country_names,
    load_entries,
    normalise,
    surname,
)
from frontwatch.resolve.airlines import named_carriers, names_carrier, with_carriers
from frontwatch.resolve.alignments import HYPHEN_SUFFIXES
from frontwatch.resolve.combining import combined_states, has_combining_form
from frontwatch.resolve.misspellings import MIN_WORD, Misspellings
from frontwatch.resolve.officeholders import GivenNames, Spellings

_MAX_TOKENS = 12
_MAX_KEYS = 200_000  # token texts and lemmas whose lookup keys are kept
_RECENT_SENTENCES = 2048  # match results kept (a batch of 16 news articles has about 500 sentences)
_VERBAL = frozenset({"VERB", "AUX"})
_NOMINAL = frozenset({"NOUN", "PROPN"})
# Names that stand for a state only where the sentence speaks of its region: "the North" is North
# Korea beside Seoul or "South Korea" ("South Korea accused the North of …"); in "the North of
# Nigeria" or "the North-West region" of Cameroon it is a compass region.
_CONTEXT_NAMES = {"the north": frozenset({"korea", "korean", "koreans", "koreas", "seoul", "pyongyang"})}


@lru_cache(maxsize=16384)
def _is_acronym(pattern: str) -> bool:
    letters = [c for c in pattern if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters) and len(letters) <= 3


def _case_ok(entry: ActorEntry, texts: Sequence[str], start: int, end: int) -> bool:
    """Proper names must be capitalised where they are written, short acronyms upper case; a
    name written with a lower-case start ("the Kremlin", "al-Shabaab", "von der Leyen") needs a
    capital somewhere in the matched words."""
    if entry.kind not in NAMED:
        return True
    first = texts[start]
    if _is_acronym(entry.pattern):
        return first.isupper() or not first[:1].isalpha()
    if entry.pattern[:1].islower():
        return any(c.isupper() for t in texts[start:end] for c in t)
    return first[:1].isupper() or first[:1].isdigit()


def _longer_name(tokens: Sequence[Token], start: int, end: int) -> bool:
    """True when proper nouns before a group's name belong to the same name: "the West Papua
    National Liberation Army" or "the Karen National Liberation Army" is not Colombia's National
    Liberation Army (a possessive or an adjective before it is no part of it: "Colombia's",
    "the leftist")."""
    k = start - 1
    return (
        k >= 0 and tokens[k].pos == "PROPN" and tokens[k].dep == "compound" and start <= tokens[k].head < end
    )


# The particles that join the words of a Persian, Urdu or Arabic compound name ("Mazar-i-Sharif",
# "Bandar-e-Abbas", "Hizb-ul-Mujahideen", "Ras-al-Khaimah").
_JOINING_PARTICLES = frozenset({"i", "e", "ul", "ud", "ur", "al", "el", "ad", "as", "ash", "at", "az", "us"})


def _compound_tail(tokens: Sequence[Token], start: int) -> bool:
    """True when the words at `start` end a hyphenated compound name joined by a particle
    ("Sharif" in "Mazar-i-Sharif"): they are part of that name, not a name of their own."""
    if start < 3:
        return False
    hyphen, particle, first = tokens[start - 1], tokens[start - 2], tokens[start - 3]
    return (
        hyphen.text == "-"
        and not hyphen.whitespace
        and particle.text in _JOINING_PARTICLES
        and not particle.whitespace
        and first.text == "-"
        and not first.whitespace
    )


def _word_before_hyphen(text: str) -> str:
    """The name in a token the tokenizer did not split at its hyphen ("U.S." in "U.S.-led",
    "U.N." in "U.N.-backed"), when the word after the hyphen is one the composition reads
    ("-led", "-backed"); else the token itself."""
    head, hyphen, tail = text.rpartition("-")
    return head if hyphen and head and tail.lower() in HYPHEN_SUFFIXES else text


class ActorDictionary:
    """Token-level dictionary of actor patterns. `load()` gives the packaged one (cached);
    tests build small ones from a few `ActorEntry` values."""

    def __init__(self, entries: Iterable[ActorEntry]) -> None:
        self._index: dict[str, list[ActorEntry]] = {}
        self._prefixes: set[str] = set()
        for e in entries:
            key = normalise(e.pattern)
            if not key:
                continue
            bucket = self._index.setdefault(key, [])
            if e not in bucket:
                bucket.append(e)
            self._prefixes.update(key[:k] for k in range(1, len(key) + 1))
        self._countries = {e.country: e.name for b in self._index.values() for e in b if e.kind == "country"}
        # One-word country names and singular demonyms are read when misspelt; plurals are not
        # ("Emirates" is an airline, not a slip for "Emiratis").
        self._misspellings = Misspellings(
            normalise(e.pattern)
            for bucket in self._index.values()
            for e in bucket
            if " " not in e.pattern
            and (e.kind == "country" or (e.kind == "demonym" and e.pattern[-1:] != "s"))
        )
        # Surnames of people whose bare surname is no pattern (common words and names: "Major",
        # "Baker"): they only count after a title ("Prime Minister Major").
        self._surnames: dict[str, list[ActorEntry]] = {}
        for bucket in self._index.values():
            for e in bucket:
                if e.kind == "person" and e.pattern == e.name and " " in e.name:
                    self._surnames.setdefault(normalise(surname(e)), []).append(e)
        self._spellings = Spellings(self._surnames)  # "President Laurent Gbago": Gbagbo
        # "Eurico Guterres" is not Antonio Guterres: a full name says which bearer is meant
        self._given = GivenNames(e for bucket in self._index.values() for e in bucket if e.kind == "person")
        # The coder, its candidate filter and the place resolver all match the same sentences of
        # an article (about 67 calls per news article): the last results are kept by sentence
        # identity (sentences are immutable). An entry holds only a weak reference to its
        # sentence: a hit needs the reference to give back this very sentence, so an id reused
        # after the sentence is gone misses, and the memo keeps no Tokens alive for the garbage
        # collector to walk (2,048 sentences held about 30,000).
        self._recent: dict[tuple[int, date | None], tuple[weakref.ref[Sentence], list[ActorMention]]] = {}
        self._recent_hits: dict[int, tuple[weakref.ref[Sentence], list[Hit]]] = {}
        # Lookup keys of token texts and noun lemmas: the same few thousand words come back in
        # every sentence, and `normalise` is most of a sentence's look-up otherwise.
        self._text_keys: dict[str, str] = {}
        self._lemma_keys: dict[str, str] = {}

    @classmethod
    def load(cls) -> ActorDictionary:
        """The packaged dictionary, built once per process."""
        return _packaged()

    def entries(self, text: str) -> list[ActorEntry]:
        """The entries whose pattern normalises to `text`'s key."""
        return list(self._index.get(normalise(text), ()))

    # -- 1. raw lookup ---------------------------------------------------------------------------
    def _hits(self, tokens: Sequence[Token]) -> list[Hit]:
        """Longest match at each position, left to right, non-overlapping. The last token of a
        match may also match by its lemma when it is a noun ("forces" → "force")."""
        index, prefixes = self._index, self._prefixes
        words = [t.text for t in tokens]
        text_key, lemma_key = self._text_keys.get, self._lemma_keys.get
        keys = [text_key(w) or self._text_key(w) for w in words]
        self._respell(words, keys)
        lemmas = [
            (lemma_key(t.lemma) or self._lemma_key(t.lemma)) if t.lemma and t.pos in _NOMINAL else ""
            for t in tokens
        ]
        texts: list[str] = []  # the words as names are read ("U.S." of "U.S.-led"), made when first needed
        hits: list[Hit] = []
        n, end = len(tokens), 0
        for i in [i for i in range(n) if keys[i] in prefixes or lemmas[i] in prefixes]:  # a pattern may start
            if i < end:
                continue  # inside the last match
            best: Hit | None = None
            concat = ""
            for j in range(i, min(n, i + _MAX_TOKENS)):
                key = concat + keys[j]
                found = index.get(key)
                bare = (
                    self._without_full_stop(concat, words[j])
                    if found is None and j == n - 1 and j > i
                    else None
                )
                if bare is not None:
                    key, found = bare
                if lemmas[j]:
                    by_lemma = index.get(concat + lemmas[j])
                    if by_lemma and by_lemma is not found:
                        found = found + by_lemma if found else by_lemma
                if found:
                    texts = texts or [_word_before_hyphen(w) if "-" in w else w for w in words]
                    verbal = tokens[j].pos in _VERBAL
                    candidates = tuple(
                        e
                        for e in dict.fromkeys(found)
                        if not (verbal and e.kind == "sector")
                        and _case_ok(e, texts, i, j + 1)
                        and not (e.kind == "group" and _longer_name(tokens, i, j + 1))
                    )
                    if candidates and _compound_tail(tokens, i):
                        candidates = ()
                    if candidates and not self._out_of_context(words, i, j + 1):
                        best = Hit(i, j + 1, candidates)
                if key not in prefixes:
                    break
                concat = key
            if best is not None:
                hits.append(best)
                end = best.end
        return hits

    @staticmethod
    def _out_of_context(words: Sequence[str], start: int, end: int) -> bool:
        """True for a name that stands for a state only beside words of its region
        (`_CONTEXT_NAMES`) in a sentence that has none of them."""
        needed = _CONTEXT_NAMES.get(" ".join(words[start:end]).lower())
        return needed is not None and needed.isdisjoint(w.lower() for w in words)

    def _without_full_stop(self, concat: str, word: str) -> tuple[str, list[ActorEntry]] | None:
        """The key and entries of a name whose last word, ending the sentence, took the full stop
        as an abbreviation of its own ("Prime Minister Hun Sen." read as "Sen.", a senator's
        title): the name without it, when that is a pattern; None otherwise."""
        if not word.endswith(".") or len(word) < 3 or "." in word[:-1]:
            return None
        bare = concat + self._text_key(word[:-1])
        found = self._index.get(bare)
        return (bare, found) if found else None

    def _respell(self, words: Sequence[str], keys: list[str]) -> None:
        """Reads a misspelt country name or demonym ("Ethopia", "Isreali") as the name
        (misspellings.py): a capitalised word of six letters or more that no pattern begins, with
        no capitalised word beside it (the sentence's first word aside), since a run of
        capitalised words is a name of its own ("Frances McDormand", "Roland Garros")."""
        prefixes, n = self._prefixes, len(words)
        for i, word in enumerate(words):
            if len(word) < MIN_WORD or not word[0].isupper() or not word[1:].islower() or keys[i] in prefixes:
                continue
            if (i > 1 and words[i - 1][:1].isupper()) or (i + 1 < n and words[i + 1][:1].isupper()):
                continue
            name = self._misspellings.correct(keys[i])
            if name is not None:
                keys[i] = name

    def _text_key(self, text: str) -> str:
        """The lookup key of a token's text (`normalise` of its name part), remembered."""
        if len(self._text_keys) > _MAX_KEYS:
            self._text_keys.clear()
        key = self._text_keys[text] = normalise(_word_before_hyphen(text) if "-" in text else text)
        return key

    def _lemma_key(self, lemma: str) -> str:
        """The lookup key of a noun's lemma, remembered."""
        if len(self._lemma_keys) > _MAX_KEYS:
            self._lemma_keys.clear()
        key = self._lemma_keys[lemma] = normalise(lemma)
        return key

    # -- 2. composition --------------------------------------------------------------------------
    def match(self, sentence: Sentence, on: date | None = None) -> list[ActorMention]:
        """Actor mentions in a sentence, longest first, non-overlapping, in sentence order."""
        key = (id(sentence), on)
        kept = self._recent.get(key)
        if kept is not None and kept[0]() is sentence:
            return list(kept[1])
        # The raw hits do not depend on the date: the candidate filter matches a sentence without
        # one, the coder again with the article's.
        seen = self._recent_hits.get(id(sentence))
        hits = seen[1] if seen is not None and seen[0]() is sentence else None
        if hits is None:
            hits = self._hits(sentence.tokens)
            if len(self._recent_hits) >= _RECENT_SENTENCES:
                self._recent_hits.clear()
            self._recent_hits[id(sentence)] = (weakref.ref(sentence), hits)
        mentions = self._compose(sentence.tokens, list(hits), on)
        if len(self._recent) >= _RECENT_SENTENCES:
            self._recent.clear()
        self._recent[key] = (weakref.ref(sentence), mentions)
        return list(mentions)

    def _match_tokens(self, tokens: Sequence[Token], on: date | None) -> list[ActorMention]:
        return self._compose(tokens, self._hits(tokens), on)

    def _compose(self, tokens: Sequence[Token], hits: list[Hit], on: date | None) -> list[ActorMention]:
        carriers = named_carriers(tokens) if names_carrier(tokens) else []
        if not hits:
            return carriers  # most sentences: none
        composer = Composer(tokens, hits, on, self._countries, self._surnames, self._spellings, self._given)
        mentions: list[ActorMention] = []
        k = 0
        while k < len(composer.hits):
            mention, k = composer.compose(k)
            if mention is not None:
                mentions.append(mention)
                while k < len(composer.hits) and composer.hits[k].start < mention.end:
                    k += 1  # swallowed by the mention (a titled name, a composition)
        mentions = with_carriers(mentions, carriers) if carriers else mentions
        return combined_states(tokens, mentions) if has_combining_form(tokens) else mentions

    # -- 3. free strings -------------------------------------------------------------------------
    def resolve_text(self, text: str, on: date | None = None) -> Entity | None:
        """Resolve a free string ("Kyiv", "the Belarusian defence ministry") to an Entity: the
        mention covering most of it, or None."""
        tokens = _tokenize(text)
        if not tokens:
            return None
        mentions = self._match_tokens(tokens, on)
        if not mentions:
            return None
        best = max(mentions, key=lambda m: (m.end - m.start, -m.start))
        return Entity(
            text.strip(), best.entity.name, best.entity.country, best.entity.sector, best.entity.wikidata
        )


_TOKEN = re.compile(r"[’']s\b|\w+(?:\.\w+)*\.?|[^\w\s]")


def _tokenize(text: str) -> list[Token]:
    """A small tokenizer for free strings: words and abbreviations ("U.S."), possessive 's,
    punctuation. Its splits need not match spaCy's, since lookup keys ignore token boundaries."""
    out: list[Token] = []
    for match in _TOKEN.finditer(text):
        end = match.end()
        space = " " if end < len(text) and text[end].isspace() else ""
        word = match.group()
        out.append(Token(len(out), word, word, "", "", "", len(out), match.start(), whitespace=space))
    return out


@cache
def _packaged() -> ActorDictionary:
    return ActorDictionary(load_entries())


__all__ = [
    "KINDS",
    "OFFICEHOLDER_FILES",
    "ActorDictionary",
    "ActorEntry",
    "ActorMention",
    "capital_metonyms",
    "country_demonyms",
    "country_names",
    "load_entries",
    "normalise",
]
