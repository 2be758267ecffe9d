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
     agreements", "Kremlin critic") is dropped; an alignment ("pro-Russian", "Iranian-backed")
     names no country; a sector word that only describes a thing ("military aid") is no actor.
  3. composition: a country, demonym, capital, organisation or group takes the sector words after
     it ("the Belarusian defence ministry" → BLR MIL, "Ukraine's military", "NATO troops", "Hamas
     militants"), a sector phrase takes "of <country>" or an institution "in <capital>" ("the
     armed forces of Ukraine", "the defence ministry in Baku"), titles go with a person
     ("Belarusian President Alexander Lukashenko") or an unknown name ("Belarusian opposition
     leader Sviatlana Tsikhanouskaya" → BLR OPP). In a chain the head sector word wins ("government
     forces" → MIL); role nouns ("spokesman", "officials") take the sector before them.
  4. people resolve by office at the date `on`: the term covering `on` gives country and sector; a
     person out of office at `on` falls back to their last earlier term with sector None; with
     `on` None the latest term counts. A name several people share ("Bush", "Kabila") goes to the
     one in office at `on`; otherwise only when they all belong to one country (else no person).
     A country word or title before the name picks the term it speaks of ("Egyptian Foreign
     Minister Amr Moussa" is not his later Arab League term).
  5. peoples: a country word directly before another state's demonym or a community without a
     country names where that people lives ("Bosnian Serbs" → BIH, "Iraqi Kurds" → IRQ); a sector
     word directly before a named group describes it ("the rebel Kurdistan Workers' Party" → PKK).
A capital standing for its government is flagged `is_metonym` (the places resolver never geocodes
an event to it) unless a locative preposition puts it as a place ("strikes on Kyiv").
"""

from __future__ import annotations

import csv
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from functools import cache, lru_cache
from importlib import resources

from frontwatch.models import Entity
from frontwatch.nlp import Sentence, Token

# One row per term; the history file holds the terms before the current file's (about 1980-2014).
OFFICEHOLDER_FILES = ("officeholders.tsv", "officeholders_history.tsv")
KINDS = ("country", "demonym", "metonym", "igo", "group", "person", "sector")
_NAMED = frozenset({"country", "demonym", "metonym", "igo", "group", "person"})
_COMPOSERS = frozenset({"country", "demonym", "metonym", "igo"})  # may take sector words after them
_MAX_TOKENS = 12
_RECENT_SENTENCES = 2048  # match results kept (a batch of 16 news articles has about 500 sentences)
# A capital after one of these is more likely the place than the government ("strikes on Kyiv").
_LOCATIVE = frozenset({"in", "at", "near", "on", "over", "outside", "around", "inside", "into", "across",
                       "through", "within", "beyond", "of"})  # fmt: skip
_VERBAL = frozenset({"VERB", "AUX"})
_NOMINAL = frozenset({"NOUN", "PROPN"})
_POSSESSIVE = frozenset({"'s", "'", "’s", "’"})
_OF = frozenset({"of", "for"})


@dataclass(frozen=True)
class ActorEntry:
    """One dictionary pattern: `pattern` as written ("the Kremlin"), the canonical `name`,
    `country` (ISO3 or an organisation code), `sector`, `kind` (one of KINDS), `wikidata`, and
    for people the office term [valid_from, valid_to] (None: open)."""

    pattern: str
    name: str
    country: str | None
    sector: str | None
    kind: str
    wikidata: str | None = None
    valid_from: date | None = None
    valid_to: date | None = None
    role: str = ""  # office held (people) or the sector word's role ("inherit", "chain")
    # sector words: name template for a composed entity ("Ministry of Defence of {country}")
    canonical: str = ""

    def valid_on(self, on: date | None) -> bool:
        """True when the entry holds at `on` (always, for entries without a term)."""
        if on is None:
            return self.valid_to is None
        return (self.valid_from is None or self.valid_from <= on) and (
            self.valid_to is None or on <= self.valid_to
        )


@dataclass(frozen=True)
class ActorMention:
    """A resolved actor in a sentence: tokens [start, end). `is_metonym` marks a capital or seat of
    power standing for its government; places must not geocode an event to it."""

    start: int
    end: int
    text: str
    entity: Entity
    kind: str
    is_metonym: bool = False


# ---------------------------------------------------------------------------------------------
# Loading the data files


def _rows(filename: str) -> list[dict[str, str]]:
    """Rows of a TSV in data/actors/, skipping '#' comment lines and blank lines."""
    text = (resources.files("frontwatch") / "data" / "actors" / filename).read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    reader = csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
    return [{k: (v or "").strip() for k, v in row.items()} for row in reader]


def _split(field: str) -> list[str]:
    return [p.strip() for p in field.split("|") if p.strip()]


def _date(value: str) -> date | None:
    return date.fromisoformat(value) if value else None


def _pattern_sector(item: str, default: str) -> tuple[str, str]:
    """'the Pentagon:MIL' → ('the Pentagon', 'MIL'); 'Kyiv' → ('Kyiv', default)."""
    text, sep, sector = item.rpartition(":")
    if sep and sector.isupper() and sector.isalpha() and len(sector) == 3:
        return text, sector
    return item, default


@cache
def _country_table() -> tuple[dict[str, str], ...]:
    return tuple(_rows("countries.tsv"))


@cache
def _country_names_by_iso() -> dict[str, str]:
    return {r["iso3"]: r["name"] for r in _country_table()}


def country_demonyms() -> dict[str, str]:
    """Lower-cased demonym ("belarusian", "belarusians") → ISO3. A fresh copy on each call."""
    return dict(_lookups()[0])


def country_names() -> dict[str, str]:
    """Lower-cased country name, short, official or historical name → ISO3."""
    return dict(_lookups()[1])


def capital_metonyms() -> dict[str, str]:
    """Lower-cased capital or seat of power used for a government ("the kremlin") → ISO3, and
    seats standing for an organisation ("brussels") → its code."""
    return dict(_lookups()[2])


@cache
def _lookups() -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
    demonyms, names, seats = {}, {}, {}
    for r in _country_table():
        demonyms.update({d.lower(): r["iso3"] for d in _split(r["demonyms"])})
        names.update({n.lower(): r["iso3"] for n in [r["name"], *_split(r["names"])]})
        seats.update({_pattern_sector(m, "GOV")[0].lower(): r["iso3"] for m in _split(r["metonyms"])})
    for r in _rows("igos.tsv"):
        seats.update({a[1:].lower(): r["code"] for a in _split(r["aliases"]) if a.startswith("@")})
    return demonyms, names, seats


def load_entries() -> list[ActorEntry]:
    """Every entry of the packaged dictionary."""
    entries: list[ActorEntry] = []
    for r in _country_table():
        iso, name, qid = r["iso3"], r["name"], r["wikidata"] or None
        for n in [name, *_split(r["names"])]:
            entries.append(ActorEntry(n, name, iso, None, "country", qid))
        for d in _split(r["demonyms"]):
            entries.append(ActorEntry(d, name, iso, None, "demonym", qid))
        for m in _split(r["metonyms"]):
            text, sector = _pattern_sector(m, "GOV")
            canonical = f"Government of {_with_article(name)}" if sector == "GOV" else name
            entries.append(ActorEntry(text, canonical, iso, sector, "metonym", qid))
    for r in _rows("igos.tsv"):
        for n in [r["name"], *_split(r["aliases"])]:
            seat = n.startswith("@")  # "@Brussels": a seat standing for the organisation
            kind, n = ("metonym", n[1:]) if seat else ("igo", n)
            entries.append(
                ActorEntry(n, r["name"], r["code"], r["sector"] or None, kind, r["wikidata"] or None)
            )
    for r in _rows("groups.tsv"):
        for n in [r["name"], *_split(r["aliases"])]:
            entries.append(ActorEntry(n, r["name"], r["country"] or None, r["sector"] or None, "group",
                                      r["wikidata"] or None))  # fmt: skip
    for r in _rows("communities.tsv"):  # peoples, no sector: "the Yoruba", "Kurds", "Turkish Cypriots"
        for n in [r["name"], *_split(r["aliases"])]:
            entries.append(ActorEntry(n, r["name"], r["country"] or None, None, "group"))
    for r in (row for f in OFFICEHOLDER_FILES for row in _rows(f)):
        for n in [r["person"], *_split(r["aliases"])]:
            entries.append(
                ActorEntry(n, r["person"], r["country"] or None, r["sector"] or None, "person",
                           r["wikidata"] or None, _date(r["start"]), _date(r["end"]), r["role"])
            )  # fmt: skip
    for r in _rows("sectors.tsv"):
        for w in _sector_forms(r["word"]):
            entries.append(ActorEntry(w, r["word"], None, r["sector"], "sector", None,
                                      role=r["role"], canonical=r["canonical"]))  # fmt: skip
    return entries


def _with_article(name: str) -> str:
    """'United States' → 'the United States' inside "Government of …"; 'Belarus' unchanged."""
    singular = ("Belarus", "Cyprus", "Mauritius", "Honduras", "Laos", "Barbados", "Saint Kitts and Nevis",
                "Saint Vincent and the Grenadines")  # fmt: skip
    plural = name.endswith("s") and name not in singular
    if plural or name.startswith(
        ("United ", "Central African", "Czech", "Dominican R", "Democratic", "Republic")
    ):
        return f"the {name}"
    return name


def _sector_forms(word: str) -> list[str]:
    """The word and its plural ("ministry" → "ministries"); the last word of a phrase inflects."""
    head, _, last = word.rpartition(" ")
    if last.endswith("s") or not last.isalpha():
        return [word]
    if last.endswith("y") and last[-2:-1] not in "aeiou":
        plural = last[:-1] + "ies"
    elif last.endswith("man"):
        plural = last[:-3] + "men"
    elif last.endswith(("ch", "sh", "x")):
        plural = last + "es"
    else:
        plural = last + "s"
    return [word, f"{head} {plural}".strip()]


# ---------------------------------------------------------------------------------------------
# Matching


_FOLD = str.maketrans({"’": "'", "‘": "'", "`": "'", "–": "-", "—": "-", "‐": "-", "‑": "-"})


@lru_cache(maxsize=65536)
def normalise(text: str) -> str:
    """Lookup key: lower case, accents and quotes folded, whitespace removed."""
    if text.isascii():
        return "".join(text.split()).lower().replace("`", "'")
    text = unicodedata.normalize("NFKD", text.translate(_FOLD))
    return "".join(c for c in text if not unicodedata.combining(c) and not c.isspace()).lower()


@lru_cache(maxsize=16384)
def _is_acronym(pattern: str) -> bool:
    letters = [c for c in pattern if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters) and len(letters) <= 3


def _case_ok(entry: ActorEntry, tokens: Sequence[Token], start: int, end: int) -> bool:
    """Proper names must be capitalised where they are written, short acronyms upper case; a
    name written with a lower-case start ("the Kremlin", "al-Shabaab", "von der Leyen") needs a
    capital somewhere in the matched words."""
    if entry.kind not in _NAMED:
        return True
    first = tokens[start].text
    if _is_acronym(entry.pattern):
        return first.isupper() or not first[:1].isalpha()
    if entry.pattern[:1].islower():
        return any(c.isupper() for t in tokens[start:end] for c in t.text)
    return first[:1].isupper() or first[:1].isdigit()


@dataclass(frozen=True)
class _Hit:
    start: int
    end: int
    entries: tuple[ActorEntry, ...]

    def of_kind(self, *kinds: str) -> list[ActorEntry]:
        return [e for e in self.entries if e.kind in kinds]


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
        # Surnames of people whose bare surname is no pattern (common words and names: "Major",
        # "Baker"): they only count after a title ("Prime Minister Major").
        self._surnames: dict[str, list[ActorEntry]] = {}
        for bucket in self._index.values():
            for e in bucket:
                if e.kind == "person" and e.pattern == e.name and " " in e.name:
                    self._surnames.setdefault(normalise(e.name.rsplit(" ", 1)[1]), []).append(e)
        # The coder, its candidate filter and the place resolver all match the same sentences of
        # an article (about 67 calls per news article): the last results are kept by sentence
        # identity (sentences are immutable; the entry holds the sentence, so its id is not reused).
        self._recent: dict[tuple[int, date | None], tuple[Sentence, list[ActorMention]]] = {}

    @classmethod
    def load(cls) -> ActorDictionary:
        """The packaged dictionary, built once per process."""
        return _packaged()

    def entries(self, text: str) -> list[ActorEntry]:
        """The entries whose pattern normalises to `text`'s key."""
        return list(self._index.get(normalise(text), ()))

    # -- 1. raw lookup ---------------------------------------------------------------------------
    def _hits(self, tokens: Sequence[Token]) -> list[_Hit]:
        """Longest match at each position, left to right, non-overlapping. The last token of a
        match may also match by its lemma when it is a noun ("forces" → "force")."""
        index, prefixes = self._index, self._prefixes
        keys = [normalise(t.text) for t in tokens]
        lemmas = [normalise(t.lemma) if t.lemma and t.pos in _NOMINAL else "" for t in tokens]
        hits: list[_Hit] = []
        i, n = 0, len(tokens)
        while i < n:
            if keys[i] not in prefixes and lemmas[i] not in prefixes:
                i += 1  # the common case: no pattern starts with this word
                continue
            best: _Hit | None = None
            concat = ""
            for j in range(i, min(n, i + _MAX_TOKENS)):
                tok, key = tokens[j], concat + keys[j]
                found = index.get(key, [])
                if lemmas[j]:
                    by_lemma = index.get(concat + lemmas[j])
                    if by_lemma and by_lemma is not found:
                        found = found + by_lemma
                if found:
                    verbal = tok.pos in _VERBAL
                    candidates = tuple(
                        e
                        for e in dict.fromkeys(found)
                        if not (verbal and e.kind == "sector") and _case_ok(e, tokens, i, j + 1)
                    )
                    if candidates:
                        best = _Hit(i, j + 1, candidates)
                if key not in prefixes:
                    break
                concat = key
            if best is not None:
                hits.append(best)
                i = best.end
            else:
                i += 1
        return hits

    # -- 2. composition --------------------------------------------------------------------------
    def match(self, sentence: Sentence, on: date | None = None) -> list[ActorMention]:
        """Actor mentions in a sentence, longest first, non-overlapping, in sentence order."""
        key = (id(sentence), on)
        kept = self._recent.get(key)
        if kept is not None and kept[0] is sentence:
            return list(kept[1])
        mentions = self._match_tokens(sentence.tokens, on)
        if len(self._recent) >= _RECENT_SENTENCES:
            self._recent.clear()
        self._recent[key] = (sentence, mentions)
        return list(mentions)

    def _match_tokens(self, tokens: Sequence[Token], on: date | None) -> list[ActorMention]:
        composer = _Composer(tokens, self._hits(tokens), on, self._countries, self._surnames)
        mentions: list[ActorMention] = []
        k = 0
        while k < len(composer.hits):
            mention, k = composer.compose(k)
            if mention is not None:
                mentions.append(mention)
                while k < len(composer.hits) and composer.hits[k].start < mention.end:
                    k += 1  # swallowed by the mention (a titled name, a composition)
        return mentions

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


class _Composer:
    """Step 3 of the module docstring: turns the raw hits of one sentence into mentions."""

    def __init__(self, tokens: Sequence[Token], hits: list[_Hit], on: date | None,
                 countries: dict[str | None, str],
                 surnames: dict[str, list[ActorEntry]] | None = None) -> None:  # fmt: skip
        self.surnames = surnames or {}
        self.tokens = tokens
        self.hits = hits
        self.on = on
        self.countries = countries
        self.starts = {h.start: h for h in hits}
        self.covered = {i for h in hits for i in range(h.start, h.end)}

    def compose(self, k: int) -> tuple[ActorMention | None, int]:
        """One mention from hits[k] and what follows it, and the index of the next hit."""
        head = self.hits[k]
        anchor = head.of_kind(*_COMPOSERS) or head.of_kind("group")
        if anchor:
            return self._anchored(k, anchor[0])
        person = _best_person(head.of_kind("person"), self.on)
        if person is not None:
            start = head.start
            while start > 0 and (start - 1) not in self.covered and _same_person(self.tokens, start):
                start -= 1  # a first name the dictionary lacks: "Dmitriy Peskov"
            return self._person(start, head.end, person), k + 1
        if head.of_kind("sector"):
            return self._bare_sector(k)
        return None, k + 1

    def _sectors(self, k: int, at: int) -> tuple[list[ActorEntry], int, int]:
        """Consecutive sector hits from hits[k] on, the first at token `at`: entries, next k, end."""
        sectors: list[ActorEntry] = []
        while k < len(self.hits) and self.hits[k].start == at and (sec := self.hits[k].of_kind("sector")):
            if self._attributive(self.hits[k]):
                break
            sectors.append(sec[0])
            at = self.hits[k].end
            k += 1
        return sectors, k, at

    def _attributive(self, hit: _Hit) -> bool:
        """True when a sector word only describes a later noun that is no actor word: "military"
        in "Russian military targets", "army" in "army stocks", "civilian" in "civilian deaths"."""
        last = self.tokens[hit.end - 1]
        if last.dep not in ("amod", "compound") or last.head < hit.end:
            return False
        described = self.tokens[last.head]  # a title before a name is no attribute: "President Putin"
        return last.head not in self.covered and described.pos != "PROPN"

    def _bare_sector(self, k: int) -> tuple[ActorMention | None, int]:
        """'troops', 'the ministry', 'President Lukashenko', 'the armed forces of Ukraine'."""
        tokens, head = self.tokens, self.hits[k]
        sectors, k, end = self._sectors(k, head.start)
        if not sectors:
            return None, k + 1  # attributive: "military aid"
        start = _with_the(tokens, head.start)
        if k < len(self.hits) and self.hits[k].start == end:
            person = _titled_person(self.hits[k].of_kind("person"), None, sectors, self.on)
            if person is not None:
                return self._person(start, self.hits[k].end, person), k + 1
            named = self.hits[k].of_kind("group", "igo")
            if named:  # a descriptor before a named body: "the rebel Kurdistan Workers' Party"
                mention, after = self._anchored(k, named[0])
                if mention is not None and mention.start == end:
                    text = _text(tokens, start, mention.end)
                    ent = Entity(text, mention.entity.name, mention.entity.country, mention.entity.sector,
                                 mention.entity.wikidata)  # fmt: skip
                    return ActorMention(
                        start, mention.end, text, ent, mention.kind, mention.is_metonym
                    ), after
        of = self._of_country(k, end, _is_institution(_head(sectors)))
        if of is not None:  # "the armed forces of Ukraine", "a spokesman for the Belarusian border guards"
            after = of.end + 1 if of.end < len(tokens) and tokens[of.end].text in _POSSESSIVE else of.end
            more, k, end = self._sectors(k + 1, after)
            end = end if more else of.end
            return self._composed(start, end, of.of_kind(*_COMPOSERS)[0], more + sectors, of.start), k
        titled = self._titled(start, end, None, sectors)
        if titled is not None:
            return titled, k
        if len(sectors) == 1 and sectors[0].role == "chain":
            return None, k
        if _detached(tokens, start, start):
            start -= 2  # "anti-government protesters"
        text = _text(tokens, start, end)
        name = sectors[0].name if len(sectors) == 1 else text
        return ActorMention(start, end, text, Entity(text, name, None, _chain_sector(sectors)), "sector"), k

    def _anchored(self, k: int, entry: ActorEntry) -> tuple[ActorMention | None, int]:
        """A country, demonym, capital, organisation or group, with what it governs after it."""
        tokens, head = self.tokens, self.hits[k]
        start, end, k = _with_the(tokens, head.start), head.end, k + 1
        detached = _detached(tokens, head.start, head.end)  # "pro-Russian", "Iranian-backed"
        if entry.kind == "demonym" and head.start > 0 and tokens[head.start - 1].text.lower() == "ethnic":
            detached = "ethnic"  # a people, not the state: "ethnic Albanians" (in Serbia)
        if not detached and entry.kind in ("country", "demonym") and self._community(k, end, entry):
            end, k = self.hits[k].end, k + 1  # the first word says where they live: BIH
        nxt = end + 2 if detached == "after" or _led(tokens, end) else end  # "Vietnamese-led forces"
        if not detached and nxt < len(tokens) and tokens[nxt].text in _POSSESSIVE:
            nxt += 1  # "Ukraine's military"
        sectors: list[ActorEntry] = []
        if k < len(self.hits) and _composes(entry) and not _inside_place(tokens, self.hits[k], nxt):
            sectors, k, sector_end = self._sectors(k, nxt)
            if not sectors and entry.kind in ("country", "demonym") and not detached and self._qualifier(nxt):
                # "Nicaragua's Sandinista government"; a chain word does not count after an
                # unknown word ("Ukraine's Presidential Head of Office")
                qualified, after, qualified_end = self._sectors(k, nxt + 1)
                if qualified and qualified[0].role != "chain":
                    sectors, k, sector_end = qualified, after, qualified_end
            if sectors:
                end = nxt = sector_end
        if detached:
            if not sectors:
                return None, k
            start = {"before": head.start - 2, "ethnic": head.start - 1}.get(detached, head.start)
            text = _text(tokens, start, end)
            return ActorMention(
                start, end, text, Entity(text, text, None, _chain_sector(sectors)), "sector"
            ), k
        if k < len(self.hits) and self.hits[k].start == nxt:
            # A person ("Belarusian President Alexander Lukashenko", "Belarus's Lukashenko") or a
            # named body of the same country ("Belarusian KGB", "Lebanon's Hezbollah").
            follow = self.hits[k]
            person = _titled_person(follow.of_kind("person"), entry.country, sectors, self.on)
            if person is not None and (person.country == entry.country or entry.kind == "igo"):
                return self._person(start, follow.end, person), k + 1
            body = [e for e in follow.of_kind("group", "igo") if e.country == entry.country]
            if body and not sectors:  # then its own sector words: "Ukraine's SBU security service"
                _, k, stop = self._sectors(k + 1, follow.end)
                text = _text(tokens, start, stop)
                return ActorMention(start, stop, text, _entity(text, body[0]), body[0].kind), k
        if sectors:
            titled = self._titled(start, end, entry.country, sectors)
            if (
                titled is None
                and tokens[end - 1].text[:1].isupper()
                and _followed_by_name(tokens, end, self.starts)
            ):
                return None, k  # "Moscow State University"
            return titled or self._composed(start, end, entry, sectors), k
        if entry.kind != "demonym" and _followed_by_name(tokens, end, self.starts):
            return None, k  # "Washington Post", "Minsk Agreements"; but "Swedish Gripen jets"
        if entry.kind in ("country", "demonym", "metonym") and self._after_name(head.start):
            return None, k  # "Latin America", "New Mexico", "Lake Chad"
        if entry.kind == "metonym" and _modifies_noun(tokens, head.end - 1):
            return None, k  # "the Minsk agreements", "the Kyiv region"
        if entry.kind == "demonym" or (start < head.start and _modifies(tokens, head.end - 1)):
            start = (
                head.start
            )  # "the" belongs to the noun after it: "the Russian invasion", "the Hamas attack"
        text = _text(tokens, start, end)
        is_metonym = entry.kind == "metonym" and not _after_locative(tokens, start)
        return ActorMention(start, end, text, _entity(text, entry), entry.kind, is_metonym), k

    def _qualifier(self, i: int) -> bool:
        """True when token i is one capitalised word the dictionary does not know between a country
        word and its sector words, naming a party or branch: "Sandinista" in "Nicaragua's Sandinista
        government", "Arab" in "the Syrian Arab Army", "Orthodox" in "the Russian Orthodox Church"."""
        if i + 1 >= len(self.tokens) or i in self.covered or i + 1 not in self.starts:
            return False
        tok = self.tokens[i]
        return tok.text[:1].isupper() and tok.text.isalpha() and tok.pos in ("PROPN", "ADJ", "")

    def _community(self, k: int, end: int, entry: ActorEntry) -> bool:
        """True when hits[k] follows the country word directly and names a people rather than a
        state: another country's demonym ("Bosnian Serbs", "Kosovo Albanian leaders") or a
        community without a country of its own ("Iraqi Kurds"). Documented rule (data/actors/
        README.md): the group is coded with the country it lives in, the first word."""
        if k >= len(self.hits) or self.hits[k].start != end or not self.tokens[end].text[:1].isupper():
            return False
        hit = self.hits[k]
        if any(e.country != entry.country for e in hit.of_kind("demonym")):
            return not _detached(self.tokens, hit.start, hit.end)
        return any(e.country is None and e.sector is None for e in hit.of_kind("group"))

    def _after_name(self, start: int) -> bool:
        """True when the match continues a capitalised name that is no actor ("Latin America")."""
        if start < 1 or (start - 1) in self.covered:
            return False
        prev, tok = self.tokens[start - 1], self.tokens[start]
        if not prev.text[:1].isupper() or prev.text.lower() == "the":
            return False
        if tok.ent_type:  # parsed: the parser put both words in one name
            return tok.ent_iob == "I"
        return start > 1 and not prev.pos  # tokens only: a capitalised word mid-sentence

    def _of_country(self, k: int, end: int, institution: bool) -> _Hit | None:
        """The country hit in '… of (the) <country>' after a sector phrase, or in '… in <capital>'
        after an institution ("the defence ministry in Baku"; "protesters in Niamey" is a place)."""
        tokens = self.tokens
        if end >= len(tokens) or k >= len(self.hits):
            return None
        word = tokens[end].text.lower()
        if word not in _OF and not (word == "in" and institution):
            return None
        nxt = end + 1
        if nxt < len(tokens) and tokens[nxt].text.lower() == "the":
            nxt += 1
        hit = self.hits[k]
        kinds = ("metonym",) if word == "in" else _COMPOSERS
        return hit if hit.start == nxt and hit.of_kind(*kinds) else None

    def _titled(self, start: int, end: int, country: str | None,
                sectors: list[ActorEntry]) -> ActorMention | None:  # fmt: skip
        """A title and a name the dictionary does not know ("opposition leader Sviatlana
        Tsikhanouskaya"): a first and a last name at least, since one capitalised word after a
        title is too often no person, unless that word is the surname of a known person of the
        title's country, in office at the date if there is one ("Prime Minister Major",
        "Secretary of State Baker")."""
        if not _is_title(sectors[-1]):
            return None
        stop = end
        while (
            stop < len(self.tokens)
            and _is_name_token(self.tokens[stop])
            and (stop not in self.covered or (stop > end and self._surname(stop)))
        ):
            stop += 1
        if stop - end == 1:
            known = [e for e in self.surnames.get(normalise(self.tokens[end].text), ())
                     if (country is None or e.country == country)
                     and (self.on is None or e.valid_on(self.on))]  # fmt: skip
            person = _best_person(known, self.on)
            return None if person is None else self._person(start, stop, person)
        if stop - end < 2:
            return None
        name = _text(self.tokens, end, stop)
        if country is None and stop + 1 < len(self.tokens) and self.tokens[stop].text.lower() == "of":
            at = stop + 2 if self.tokens[stop + 1].text.lower() == "the" else stop + 1
            of = self.starts.get(at)  # "Foreign Minister Abdou Diouf of Senegal"
            if of is not None and of.of_kind("country"):
                country, stop = of.of_kind("country")[0].country, of.end
        text = _text(self.tokens, start, stop)
        ent = Entity(text, name, country, _chain_sector(sectors))
        return ActorMention(start, stop, text, ent, "person")

    def _surname(self, i: int) -> bool:
        """True when token i, after a first name, is a one-word sector word used as a surname
        ("King" in "Defence Secretary Tom King"): it ends the name, so no name token follows it
        (in "Tom General Smith" it would be a title of its own)."""
        hit = self.starts.get(i)
        if hit is None or hit.end != i + 1 or hit.of_kind(*_NAMED):
            return False
        return i + 1 >= len(self.tokens) or not _is_name_token(self.tokens[i + 1])

    def _person(self, start: int, end: int, person: ActorEntry) -> ActorMention:
        """A known person; the sector only when they held the office at the date (else None)."""
        text = _text(self.tokens, start, end)
        held = self.on is None or person.valid_on(self.on)
        ent = Entity(text, person.name, person.country, person.sector if held else None, person.wikidata)
        return ActorMention(start, end, text, ent, "person")

    def _composed(self, start: int, end: int, entry: ActorEntry, sectors: list[ActorEntry],
                  anchor: int | None = None) -> ActorMention:  # fmt: skip
        """A country or organisation with its sector words: "the Belarusian defence ministry"."""
        text = _text(self.tokens, start, end)
        grouped = entry.kind in ("igo", "group")
        sector = entry.sector if entry.kind == "group" and entry.sector else _chain_sector(sectors)
        country_name = self.countries.get(entry.country) or _country_names_by_iso().get(entry.country or "")
        name = entry.name if grouped else (country_name or entry.name)
        template = _head(sectors).canonical
        if template and not grouped:
            name = template.format(country=_with_article(name))
        qid = entry.wikidata if name in (entry.name, country_name) else None  # a ministry is not its country
        at = (
            start if anchor is None else anchor
        )  # "the ministry in Baku": Baku follows "in" yet stands for the state
        is_metonym = entry.kind == "metonym" and (anchor is not None or not _after_locative(self.tokens, at))
        entity = Entity(text, name, entry.country, sector, qid)
        return ActorMention(start, end, text, entity, entry.kind, is_metonym)


# ---------------------------------------------------------------------------------------------
# Helpers


def _best_person(entries: list[ActorEntry], on: date | None) -> ActorEntry | None:
    """The person's term at `on`; else (fallback) their latest term, to keep the country.

    A name several people share ("Bush", "Aliyev", "Sharif") goes to whoever held office at
    `on`; with no one in office then, or no date at all, the latest term counts only when all
    of them belong to one country (then the country is right whoever is meant), else None: a
    surname shared across countries is no evidence of either."""
    if not entries:
        return None
    holding = [e for e in entries if on is not None and e.valid_on(on)]
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


# Titles that say which of a person's offices is meant, as words of the office's role.
_TITLE_ROLES = {"president": ("head_of_state", "president"), "prime minister": ("government", "premier"),
                "premier": ("government", "premier"), "foreign minister": ("foreign",),
                "foreign secretary": ("foreign",), "secretary of state": ("foreign",),
                "defence minister": ("defence",), "defense minister": ("defence",),
                "defence secretary": ("defence",), "defense secretary": ("defence",),
                "secretary general": ("secretary_general",)}  # fmt: skip


def _titled_person(
    entries: list[ActorEntry], country: str | None, sectors: list[ActorEntry], on: date | None
) -> ActorEntry | None:
    """The term a title before the name speaks of: "Egyptian Foreign Minister Amr Moussa" is
    Moussa as Egypt's foreign minister, "European Commission President Romano Prodi" Prodi at the
    Commission, whatever office they held later (`_best_person` would take the latest when there
    is no date). The country word, then the title's office, narrow the terms; what is left goes to
    `_best_person`, all of them when nothing fits."""
    fitting = [e for e in entries if country is None or e.country == country] or entries
    roles = _TITLE_ROLES.get(_head(sectors).name.replace("-", " "), ()) if sectors else ()
    return _best_person([e for e in fitting if any(r in e.role for r in roles)] or fitting, on)


def _chain_sector(sectors: list[ActorEntry]) -> str | None:
    """Sector of a chain of sector words: the head, i.e. the last real sector word ("government
    forces" → MIL, "anti-government protesters" → OPP); role nouns ("spokesman", "officials",
    "chief") inherit it and only count when nothing else is there."""
    return _head(sectors).sector if sectors else None


def _head(sectors: list[ActorEntry]) -> ActorEntry:
    main = [s for s in sectors if s.role not in ("inherit", "chain")]
    return main[-1] if main else sectors[0]


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
                     "rear adm."})  # fmt: skip


_DETACHING = frozenset({"backed", "allied", "aligned", "supported", "sponsored", "funded", "leaning",
                        "friendly", "linked"})  # fmt: skip


def _detached(tokens: Sequence[Token], start: int, end: int) -> str:
    """'before' for "pro-Russian"/"anti-Kremlin", 'after' for "Iranian-backed": the name then
    describes an alignment, not who the actor is; '' otherwise. (`_anchored` adds 'ethnic' for
    "ethnic Albanians": a people, whose country is where they live, which the words do not say.)"""
    if start >= 2 and tokens[start - 1].text == "-" and tokens[start - 2].text.lower() in ("pro", "anti"):
        return "before"
    if end + 1 < len(tokens) and tokens[end].text == "-" and tokens[end + 1].text.lower() in _DETACHING:
        return "after"
    return ""


def _led(tokens: Sequence[Token], end: int) -> bool:
    """True for "-led" after a country word: "Vietnamese-led forces" are that country's forces,
    unlike "Iranian-backed militias"."""
    return end + 1 < len(tokens) and tokens[end].text == "-" and tokens[end + 1].text.lower() == "led"


def _composes(entry: ActorEntry) -> bool:
    """Organisations that already carry a sector ("the West", "UN peacekeepers") take no sector words."""
    return entry.kind != "igo" or entry.sector in (None, "IGO", "NGO")


def _inside_place(tokens: Sequence[Token], hit: _Hit, at: int) -> bool:
    """True when the words at `at` continue a place name the parser found ("the West Bank")."""
    if hit.start != at:
        return False
    tok = tokens[hit.start]
    return tok.ent_iob == "I" and tok.ent_type in ("GPE", "LOC", "FAC")


_TITLE_HEADS = ("minister", "secretary", "president", "premier", "envoy", "chancellor", "commander", "chief")


def _is_title(entry: ActorEntry) -> bool:
    """A title that goes before a person's name: "President", "Defence Secretary", "Vice-President",
    "Deputy Foreign Minister", "Home Secretary"."""
    name = entry.name.replace("-", " ")
    return name in _TITLES or (entry.role != "chain" and name.endswith(_TITLE_HEADS))


def _is_name_token(tok: Token) -> bool:
    if not tok.text[:1].isupper() or not tok.text.replace("-", "").replace("'", "").isalpha():
        return False
    if tok.pos:
        return tok.pos == "PROPN"
    return True


def _followed_by_name(tokens: Sequence[Token], end: int, starts: dict[int, _Hit]) -> bool:
    """True when a capitalised proper noun or adjective that is no actor follows ("Washington
    Post", "the West Bank", "the West African bloc")."""
    if end >= len(tokens) or (end in starts and starts[end].of_kind(*_NAMED)):
        return False
    tok = tokens[end]
    if tok.pos == "ADJ":
        return tok.text[:1].isupper() and tok.text.isalpha()
    return _is_name_token(tok)


# Nouns a capital modifies as a place, a name, or the object of someone else ("Kremlin critic"), not as
# the government acting ("a Pentagon request" stays).
_PLACE_HEADS = frozenset({
    "region", "oblast", "area", "district", "province", "suburb", "suburbs", "outskirts", "airport",
    "station", "metro", "subway", "time", "agreement", "agreements", "accord", "accords", "protocol",
    "protocols", "format", "process", "summit", "talks", "conference", "court", "university", "school",
    "marathon", "exchange", "club", "team", "mayor", "resident", "residents", "residence", "hotel",
    "office", "offices", "bureau", "correspondent", "embassy", "street", "streets", "square", "centre",
    "center", "skyline", "sky", "authorities", "critic", "critics", "opponent", "opponents", "foe", "foes",
    "ally", "allies", "loyalist", "loyalists", "insider", "insiders", "watcher", "watchers",
})  # fmt: skip


_INSTITUTION_WORDS = (
    "ministry",
    "court",
    "parliament",
    "government",
    "authorities",
    "administration",
    "regime",
    "junta",
    "leadership",
    "presidency",
    "council",
    "department",
    "office",
    "staff",
    "duma",
)


def _is_institution(entry: ActorEntry) -> bool:
    """A body that sits in a capital: "the defence ministry in Baku", "the parliament in Yerevan"."""
    return any(word in entry.name for word in _INSTITUTION_WORDS)


def _modifies(tokens: Sequence[Token], i: int) -> bool:
    """True when token i modifies a later word ("Hamas" in "the Hamas attack")."""
    tok = tokens[i]
    return tok.dep in ("compound", "amod", "nmod") and tok.head > i


def _modifies_noun(tokens: Sequence[Token], i: int) -> bool:
    """True when token i modifies a later noun as a place or name ("the Minsk agreements", "the
    Kyiv region")."""
    tok = tokens[i]
    return tok.dep == "compound" and tok.head > i and tokens[tok.head].lemma.lower() in _PLACE_HEADS


def _same_person(tokens: Sequence[Token], i: int) -> bool:
    """True when token i continues a PERSON name the parser found that starts before it."""
    return tokens[i].ent_iob == "I" and tokens[i].ent_type == "PERSON" and tokens[i - 1].ent_type == "PERSON"


def _after_locative(tokens: Sequence[Token], start: int) -> bool:
    return start > 0 and tokens[start - 1].text.lower() in _LOCATIVE


def _with_the(tokens: Sequence[Token], start: int) -> int:
    """Include a preceding 'the' in the mention."""
    return start - 1 if start > 0 and tokens[start - 1].text.lower() == "the" else start


def _text(tokens: Sequence[Token], start: int, end: int) -> str:
    parts = [t.text + (t.whitespace if k < end - 1 else "") for k, t in enumerate(tokens[start:end], start)]
    return "".join(parts).strip()


def _entity(text: str, entry: ActorEntry) -> Entity:
    return Entity(text, entry.name, entry.country, entry.sector, entry.wikidata)


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
