"""Composition (steps 2, 3 and 5 of actors.py): the raw dictionary hits of one sentence become
actor mentions — filters for names that are no actor ("Washington Post", "pro-Russian"), a
country, organisation or group with the sector words after it, titles with people, peoples
named by where they live."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from frontwatch.models import Entity
from frontwatch.nlp import Token
from frontwatch.resolve.actor_entries import (
    STATE_SECTORS,
    SURNAME_FIRST,
    ActorEntry,
    ActorMention,
    chain_sector,
    country_names_by_iso,
    country_row,
    normalise,
    province_countries,
    seat_hosts,
    sector_head,
    sharing_states,
    surname,
    with_article,
)
from frontwatch.resolve.airlines import airline_end, civil_aviation
from frontwatch.resolve.alignments import OTHER_PARTY, detached, led
from frontwatch.resolve.name_shapes import (
    CALENDAR,
    capitalised,
    is_name_token,
    joins_name,
    one_name,
    same_person,
    title_case,
    written_words,
)
from frontwatch.resolve.namesakes import namesake_town
from frontwatch.resolve.officeholders import (
    GivenNames,
    Spellings,
    another_minister,
    best_person,
    is_title,
    titled_person,
)

NAMED = frozenset({"country", "demonym", "metonym", "igo", "group", "person"})
_COMPOSERS = frozenset({"country", "demonym", "metonym", "igo"})  # may take sector words after them
# A capital after one of these is more likely the place than the government ("strikes on Kyiv").
_LOCATIVE = frozenset({"in", "at", "near", "on", "over", "outside", "around", "inside", "into", "across",
                       "through", "within", "beyond", "of"})  # fmt: skip
# Prepositions that put something in a city, after which an organisation's seat is the city itself.
_IN_CITY = frozenset({"in", "at", "near", "outside", "around", "inside", "across", "through", "within",
                      "into"})  # fmt: skip
_POSSESSIVE = frozenset({"'s", "'", "’s", "’"})
# After a demonym, a word for a member of a union or federation: "the Soviet republic of Lithuania",
# "the former Yugoslav republics" name the members, not the union (lower case: "Czech Republic").
_MEMBER_STATE = frozenset({"republic", "republics"})
_OF = frozenset({"of", "for"})
# Words before a demonym that make it a people, not the state ("ethnic Albanians", "rebel Serbs").
_PEOPLE_OF = ("ethnic", "rebel")
# Nouns for a body of people: a sector word before one says what the body is ("an activist group").
_COLLECTIVES = frozenset({"group", "movement", "coalition", "organisation", "organization", "network",
                          "faction", "cell"})  # fmt: skip
# Last words of the name of an organisation's body: "the U.N. Support Mission", "the EU Training Mission".
_IGO_BODIES = frozenset({"mission", "office", "force", "agency", "programme", "program", "fund",
                         "commission", "committee", "operation", "panel"})  # fmt: skip
# Words for a country's provinces after their name: "of Sindh province", "of Borno state".
_PROVINCES = frozenset({"province", "state", "region", "governorate", "prefecture", "oblast"})


@dataclass(frozen=True)
class Hit:
    start: int
    end: int
    entries: tuple[ActorEntry, ...]

    def of_kind(self, *kinds: str) -> list[ActorEntry]:
        return [e for e in self.entries if e.kind in kinds]


class Composer:
    """Step 3 of the module docstring: turns the raw hits of one sentence into mentions."""

    def __init__(self, tokens: Sequence[Token], hits: list[Hit], on: date | None,
                 countries: dict[str | None, str],
                 surnames: dict[str, list[ActorEntry]] | None = None,
                 spellings: Spellings | None = None, given: GivenNames | None = None) -> None:  # fmt: skip
        self.given = given
        self.surnames = surnames or {}
        self.spellings = spellings
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
        person = best_person(head.of_kind("person"), self.on)
        if person is not None and self._first_name_of_another(head):
            return None, k + 1  # "Abbas Araqchi" is not Mahmoud Abbas
        if person is not None and (self._given_name_before(head, person) or self._another_bearer(head)):
            return None, k + 1  # "Jimmy Lai" is not Lai Ching-te, "Eurico Guterres" not Antonio
        if person is not None:
            start = head.start
            while start > 0 and (start - 1) not in self.covered and same_person(self.tokens, start):
                start -= 1  # a first name the dictionary lacks: "Dmitriy Peskov"
            return self._person(start, head.end, person), k + 1
        same_office = {(e.role, e.sector) for e in head.of_kind("person")}
        if len(same_office) == 1 and next(iter(same_office))[1]:
            # one office, several states' holders ("King Abdullah", 2005-15): its sector, no country
            text = _text(self.tokens, head.start, head.end)
            ent = Entity(text, text, None, next(iter(same_office))[1])
            return ActorMention(head.start, head.end, text, ent, "person"), k + 1
        if head.of_kind("sector"):
            return self._bare_sector(k)
        return None, k + 1

    def _first_name_of_another(self, head: Hit) -> bool:
        """True when a known person's one-word name is followed by another name the dictionary
        does not know: it is then someone else's first name ("Foreign Minister Abbas Araqchi",
        not Mahmoud Abbas). Not in a headline written in title case ("Putin Warns West")."""
        end = head.end
        if head.end - head.start != 1 or end >= len(self.tokens) or end in self.covered:
            return False
        nxt = self.tokens[end]
        return is_name_token(nxt) and one_name(nxt) and not title_case(self.tokens)

    def _given_name_before(self, head: Hit, person: ActorEntry) -> bool:
        """True when the family name of a surname-first name ("Lai" of Lai Ching-te) follows a
        given name the dictionary lacks: someone else of that family name ("Jimmy Lai")."""
        i = head.start - 1
        if person.country not in SURNAME_FIRST or i < 0 or i in self.covered:
            return False
        own = normalise(_text(self.tokens, head.start, head.end)) == normalise(surname(person))
        return own and is_name_token(self.tokens[i]) and not title_case(self.tokens)

    def _another_bearer(self, hit: Hit | None, first: int | None = None) -> bool:
        """True when a known person's family name alone ends a full name whose given name is not
        his (`GivenNames`): "Militia leader Eurico Guterres" is not Antonio Guterres."""
        if hit is None or self.given is None or hit.end != hit.start + 1 or title_case(self.tokens):
            return False
        person = best_person(hit.of_kind("person"), self.on)
        return self.given.before_family_name(person, self.tokens, hit.start, self.covered, first)

    def _another_first_name(self, i: int) -> bool:
        hit = self.starts.get(i)
        return hit is not None and bool(hit.of_kind("person")) and self._first_name_of_another(hit)

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

    def _attributive(self, hit: Hit) -> bool:
        """True when a sector word only describes a later noun that is no actor word: "military"
        in "Russian military targets", "army" in "army stocks", "civilian" in "civilian deaths"."""
        last = self.tokens[hit.end - 1]
        if last.dep not in ("amod", "compound") or last.head < hit.end:
            return False
        described = self.tokens[last.head]  # a title before a name is no attribute: "President Putin"
        if described.lemma.lower() in _COLLECTIVES and hit.entries[0].sector not in STATE_SECTORS:
            return False  # the body's kind: "a local activist group" (not "troop movements")
        return last.head not in self.covered and described.pos != "PROPN"

    def _bare_sector(self, k: int) -> tuple[ActorMention | None, int]:
        """'troops', 'the ministry', 'President Lukashenko', 'the armed forces of Ukraine'."""
        tokens, head = self.tokens, self.hits[k]
        sectors, k, end = self._sectors(k, head.start)
        if not sectors:
            return None, k + 1  # attributive: "military aid"
        start = _with_the(tokens, head.start)
        if k < len(self.hits) and self.hits[k].start == end:
            person = titled_person(self.hits[k].of_kind("person"), None, sectors, self.on)
            if person is not None and self._first_name_of_another(self.hits[k]):
                person = None  # "Foreign Minister Abbas Kazemi of Iran": read as a title and a name
            if person is not None and another_minister(self.hits[k].of_kind("person"), sectors, self.on):
                text = _text(tokens, start, self.hits[k].end)  # a namesake: no country
                name = _text(tokens, end, self.hits[k].end)
                ent = Entity(text, name, None, chain_sector(sectors))
                return ActorMention(start, self.hits[k].end, text, ent, "person"), k + 1
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
        of = self._of_country(k, end, _is_institution(sector_head(sectors)))
        if of is not None:  # "the armed forces of Ukraine", "a spokesman for the Belarusian border guards"
            owner = of.end < len(tokens) and tokens[of.end].text in _POSSESSIVE
            more, after, more_end = self._sectors(k + 1, of.end + 1 if owner else of.end)
            # "the head of Russia's army" is Russia's; "the chief of Israel's militia ally" or "of
            # Iran's proxies" is the chief of what that state owns or backs, not of the state: the
            # participants read that phrase
            if (more and tokens[more_end - 1].text.lower() not in OTHER_PARTY) or not owner:
                end = more_end if more else of.end
                return self._composed(start, end, of.of_kind(*_COMPOSERS)[0], more + sectors, of.start), after
        province = self._of_province(end) or self._province_before(start, end)
        if province is not None and province[1] <= start:  # "Tigray's interim administration"
            titled = self._titled(start, end, province[0], sectors)
            if titled is not None:  # "Borno state governor Babagana Zulum": the province's country
                text = _text(tokens, province[1], titled.end)
                ent = Entity(text, titled.entity.name, province[0], titled.entity.sector)
                return ActorMention(province[1], titled.end, text, ent, "person"), k
            text = _text(tokens, province[1], end)
            entity = Entity(text, text, province[0], chain_sector(sectors))
            return ActorMention(province[1], end, text, entity, "sector"), k
        if province is not None:  # "the government of Sindh province": its country's, sub-national
            country, stop = province
            text = _text(tokens, start, stop)
            entity = Entity(text, text, country, chain_sector(sectors))
            return ActorMention(start, stop, text, entity, "sector"), k
        titled = self._titled(start, end, None, sectors)
        if titled is not None:
            return titled, k
        if len(sectors) == 1 and sectors[0].role == "chain":
            return None, k
        if detached(tokens, start, start) == "before":
            start -= 2  # "anti-government protesters"
        text = _text(tokens, start, end)
        name = sectors[0].name if len(sectors) == 1 else text
        sector = chain_sector(sectors)
        if sector == "MIL" and tokens[end - 1].text.lower() == "pilots" and civil_aviation(tokens):
            sector = "LAB"  # "Pilots of the national carrier went on strike": an airline's workers
        return ActorMention(start, end, text, Entity(text, name, None, sector), "sector"), k

    def _anchored(self, k: int, entry: ActorEntry) -> tuple[ActorMention | None, int]:
        """A country, demonym, capital, organisation or group, with what it governs after it."""
        tokens, head = self.tokens, self.hits[k]
        start, end, k = _with_the(tokens, head.start), head.end, k + 1
        aligned = detached(tokens, head.start, head.end)  # "pro-Russian", "Iranian-backed"
        if entry.kind == "demonym" and head.start > 0 and tokens[head.start - 1].text.lower() in _PEOPLE_OF:
            # a people, not the state: "ethnic Albanians" (in Serbia); "rebel Serbs", "the rebel
            # Serb stronghold of Knin" (in Croatia) are that people's rebels where they live
            aligned = tokens[head.start - 1].text.lower()
        if entry.kind == "metonym" and self._town_elsewhere(head.end, entry.country):
            return None, k  # "Police in Paris, Texas": a town of that name, not France
        if entry.kind == "demonym" and end < len(tokens) and tokens[end].text in _MEMBER_STATE:
            return None, k  # a member of a union, not the union: "the former Soviet republic of Georgia"
        if not aligned and entry.kind in ("country", "demonym") and self._community(k, end, entry):
            end, k = self.hits[k].end, k + 1  # the first word says where they live: BIH
        home = self._living_in(k, end, entry) if aligned in ("", *_PEOPLE_OF) else None
        if home is not None:  # "Serbs in the suburbs of Sarajevo": BIH, like "Bosnian Serbs"
            start = head.start - 1 if aligned else head.start
            text = _text(tokens, start, end)
            return ActorMention(
                start, end, text, Entity(text, self.countries.get(home, text), home, None), "demonym"
            ), k
        nxt = end + 2 if aligned == "after" or led(tokens, end) else end  # "Vietnamese-led forces"
        if not aligned and nxt < len(tokens) and tokens[nxt].text in _POSSESSIVE:
            nxt += 1  # "Ukraine's military"
        if entry.kind == "country" and _names_province(tokens, head.end):
            return None, k  # "Papiri, Niger state", "Mexico State": a province of that name
        sectors: list[ActorEntry] = []
        if k < len(self.hits) and _composes(entry) and not _inside_place(tokens, self.hits[k], nxt):
            sectors, k, sector_end = self._sectors(k, nxt)
            own = self._own_demonym(k, nxt, entry)
            if (
                not sectors
                and entry.kind in ("country", "demonym")
                and not aligned
                and (own or self._qualifier(nxt))
            ):
                # "Nicaragua's Sandinista government" ("Sandinista" unknown, or the state's own
                # demonym); a chain word does not count after an unknown word ("Ukraine's
                # Presidential Head of Office")
                qualified, after, qualified_end = self._sectors(k + own, nxt + 1)
                if qualified and qualified[0].role != "chain":
                    sectors, k, sector_end = qualified, after, qualified_end
            if sectors:
                end = nxt = sector_end
        if sectors and not aligned and tokens[end - 1].text.lower() in OTHER_PARTY:
            aligned = "after"  # "Iran's proxies", "Russian proxies": another party, backed by the state
        if aligned == "rebel" and not sectors:
            text = _text(tokens, head.start - 1, end)
            return ActorMention(head.start - 1, end, text, Entity(text, text, None, "REB"), "sector"), k
        if aligned:
            if not sectors:
                return None, k
            start = head.start - 2 if aligned == "before" else head.start - (aligned in _PEOPLE_OF)
            text = _text(tokens, start, end)
            return ActorMention(
                start, end, text, Entity(text, text, None, chain_sector(sectors)), "sector"
            ), k
        if k < len(self.hits) and self.hits[k].start == nxt:
            # A person ("Belarusian President Alexander Lukashenko", "Belarus's Lukashenko") or a
            # named body of the same country ("Belarusian KGB", "Lebanon's Hezbollah").
            follow = self.hits[k]
            person = titled_person(follow.of_kind("person"), entry.country, sectors, self.on)
            if (
                person is not None
                and (
                    _same_state(person.country, entry.country or "")
                    or (entry.kind == "igo" and not sectors)  # "the Arab League's Amr Moussa"
                )
                and not self._first_name_of_another(follow)
            ):
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
        carrier = airline_end(tokens, end) if entry.kind in ("country", "demonym") else None
        if carrier is not None:  # "Malaysia Airlines", "Turkish Airlines": a company of that state
            text = _text(tokens, head.start, carrier)
            company = Entity(text, text, entry.country, "BUS")
            return ActorMention(head.start, carrier, text, company, "sector"), k
        body_end = self._igo_body(end) if entry.kind == "igo" else None
        if body_end is not None:  # "the U.N. Support Mission (in Libya)", "the EU Training Mission"
            text = _text(tokens, start, body_end)
            return ActorMention(start, body_end, text, _entity(text, entry), entry.kind), k
        if entry.kind != "demonym" and _followed_by_name(tokens, end, self.starts):
            return None, k  # "Washington Post", "Minsk Agreements"; but "Swedish Gripen jets"
        if entry.kind in ("country", "demonym", "metonym") and self._after_name(head.start, entry.kind):
            return None, k  # "Latin America", "New Mexico", "Lake Chad"
        if entry.kind == "country" and _names_water(tokens, head.start):
            return None, k  # "the Sea of Japan", "the Gulf of Mexico": a place, not the state
        if entry.kind == "metonym" and _modifies_noun(tokens, head.end - 1):
            return None, k  # "the Minsk agreements", "the Kyiv region"
        if entry.kind == "demonym" or (start < head.start and _modifies(tokens, head.end - 1)):
            # "the" belongs to the noun after it: "the Russian invasion", "the Hamas attack"
            start = head.start
        text = _text(tokens, start, end)
        is_metonym = entry.kind == "metonym" and not _after_locative(tokens, start)
        entity = _seat_host(tokens, start, text, entry) or _entity(text, entry)
        return ActorMention(start, end, text, entity, entry.kind, is_metonym), k

    def _igo_body(self, end: int) -> int | None:
        """The end of a body's name after an organisation's, the dictionary lacking it: a run of
        capitalised words ending in a word for a body ("U.N. Support Mission", "UN Human Rights
        Office"); None otherwise."""
        i = end
        while i < min(end + 5, len(self.tokens)) and i not in self.covered and self.tokens[i].text.istitle():
            i += 1
        return i if i > end and self.tokens[i - 1].text.lower() in _IGO_BODIES else None

    def _own_demonym(self, k: int, i: int, entry: ActorEntry) -> int:
        """1 when hits[k] is one word at token i, a demonym of the country word's own state
        ("Sandinista" after "Nicaragua's"), else 0: the count of hits the qualifier takes."""
        if k >= len(self.hits) or self.hits[k].start != i or self.hits[k].end != i + 1:
            return 0
        return int(any(e.country == entry.country for e in self.hits[k].of_kind("demonym")))

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
            return not detached(self.tokens, hit.start, hit.end)
        return any(e.country is None and e.sector is None for e in hit.of_kind("group"))

    def _living_in(self, k: int, end: int, entry: ActorEntry) -> str | None:
        """The state of the country or capital that a people named by its plural demonym lives in
        ("Serbs in the suburbs of Sarajevo", "ethnic Albanians in Macedonia", "Russians in
        Estonia"), hits[k] being the next match: news names a minority abroad by where it lives,
        which is its state (as "Bosnian Serbs"); None otherwise."""
        tokens = self.tokens
        if entry.kind != "demonym" or k >= len(self.hits) or not tokens[end - 1].text.endswith("s"):
            return None
        hit, between = self.hits[k], tokens[end + 1 : self.hits[k].start]
        if end >= len(tokens) or tokens[end].text.lower() != "in" or len(between) > 4:
            return None
        if any(t.text.lower() not in _WITHIN for t in between):
            return None
        place = hit.of_kind("country", "metonym")
        return place[0].country if place and place[0].country not in (None, entry.country) else None

    def _after_name(self, start: int, kind: str) -> bool:
        """True when the match continues a capitalised name that is no actor ("Latin America").
        A compass adjective names a part of the country, not another name: "Western Cambodia",
        "Northern Iraq" (states so named are entries of their own: "Northern Ireland")."""
        if start < 1 or (start - 1) in self.covered:
            return False
        prev, tok = self.tokens[start - 1], self.tokens[start]
        if not prev.text[:1].isupper() or prev.text.lower() == "the":
            return False
        if kind == "country" and prev.text.lower() in _REGION_OF:
            return False
        if tok.ent_type:  # parsed: the parser put both words in one name
            return tok.ent_iob == "I"
        # tokens only: a capitalised word mid-sentence (a paragraph's sentence starts with its
        # white-space token: "\n\nA Russian missile struck …" has no name before "Russian")
        return not prev.pos and any(not t.text.isspace() for t in self.tokens[: start - 1])

    def _of_country(self, k: int, end: int, institution: bool) -> Hit | None:
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
        if hit.start != nxt or not hit.of_kind(*kinds):
            return None
        metonyms = hit.of_kind("metonym")
        return None if metonyms and self._town_elsewhere(hit.end, metonyms[0].country) else hit

    def _town_elsewhere(self, end: int, country: str | None) -> bool:
        """True when the capital ending at `end` is a town of its name in another state ("Paris,
        Texas"), not the first of a list of capitals ("in Ouagadougou, Bamako and Niamey")."""
        listed = self.starts.get(end + 1)
        capital = listed is not None and bool(listed.of_kind("country", "metonym"))
        return not capital and namesake_town(self.tokens, end, country)

    def _of_province(self, end: int) -> tuple[str, int] | None:
        """The country of "of <Name> province|state|region" after a sector phrase, when the name
        is a province of one country only ("the governor of Kandahar province" → AFG), and where
        the phrase ends; None otherwise."""
        tokens = self.tokens
        if end >= len(tokens) or tokens[end].text.lower() not in _OF:
            return None
        stop = end + 1
        while stop < len(tokens) and is_name_token(tokens[stop]) and stop not in self.covered:
            stop += 1
        if stop == end + 1 or stop >= len(tokens) or tokens[stop].text.lower() not in _PROVINCES:
            return None
        country = province_countries().get(normalise(_text(tokens, end + 1, stop)))
        return None if country is None else (country, stop + 1)

    def _province_before(self, start: int, end: int) -> tuple[str, int] | None:
        """The country of a province of one country named before a sector phrase as its owner
        ("Tigray's interim administration", "the Sindh government"), and where the mention starts."""
        tokens = self.tokens
        if tokens[end - 1].text.lower() in _PROVINCES:
            return None  # the province itself: "Kaduna state"
        word = start if tokens[start].text.lower() in _PROVINCES else start - 1
        if word > 0 and tokens[word].text.lower() in _PROVINCES:  # "Borno state governor …"
            return self._province_named(word)
        for j in range(max(0, start - 4), start):
            tok = tokens[j]
            if tok.dep not in ("poss", "compound", "nmod") or not start <= tok.head < end:
                continue
            first = j
            while first > 0 and first - 1 not in self.covered and is_name_token(tokens[first - 1]):
                first -= 1
            names = range(first, j + 1)
            if any(i in self.covered or not is_name_token(tokens[i]) for i in names):
                return None
            country = province_countries().get(normalise(_text(tokens, first, j + 1)))
            return None if country is None else (country, _with_the(tokens, first))
        return None

    def _province_named(self, word: int) -> tuple[str, int] | None:
        """The country of a province of one country named in capitalised words before its
        province word at `word` ("Borno state governor", "Kandahar province police"; the parser
        may tag such a name a common noun), and where the name starts."""
        tokens = self.tokens
        first = word
        while first > max(0, word - 3) and first - 1 not in self.covered and capitalised(tokens[first - 1]):
            first -= 1
        if first == word:
            return None
        country = province_countries().get(normalise(_text(tokens, first, word)))
        return None if country is None else (country, _with_the(tokens, first))

    def _titled(self, start: int, end: int, country: str | None,
                sectors: list[ActorEntry]) -> ActorMention | None:  # fmt: skip
        """A title and a name the dictionary does not know ("opposition leader Sviatlana
        Tsikhanouskaya"): a first and a last name at least, since one capitalised word after a
        title is too often no person, unless that word is the surname of a known person of the
        title's country, in office at the date if there is one ("Prime Minister Major",
        "Secretary of State Baker")."""
        if not is_title(sectors[-1]):
            return None
        stop = end
        if self._namesake(end, country):
            stop = self.starts[end].end  # "Colombian Defence Minister Pedro Sanchez": not Spain's
        while stop < len(self.tokens) and (
            (
                is_name_token(self.tokens[stop])
                and (
                    stop not in self.covered
                    or (stop > end and self._surname(stop, country))
                    or (stop > end and self._inner_name(stop))
                    or (stop > end and self._another_bearer(self.starts.get(stop), end))
                    or (stop == end and self._another_first_name(stop))
                )
            )
            or (stop > end and joins_name(self.tokens, stop))
        ):
            stop += 1
        if written_words(self.tokens, end, stop) == 1:
            known = [e for e in self.surnames.get(normalise(_text(self.tokens, end, stop)), ())
                     if (country is None or _same_state(e.country, country))
                     and (self.on is None or e.valid_on(self.on))]  # fmt: skip
            person = best_person(known, self.on)
            if person is not None:
                return self._person(start, stop, person)
            if country is None or not one_name(self.tokens[end]):
                return None
            # a country word, a title and a name: "Jordanian King Abdullah", "Saudi Crown Prince
            # Mohammed" are that country's office holders whoever exactly is meant
        elif written_words(self.tokens, end, stop) < 2:
            return None
        elif country is None and self.spellings is not None and written_words(self.tokens, end, stop) == 2:
            first, last = (normalise(w) for w in _text(self.tokens, end, stop).split())
            person = titled_person(self.spellings.near(first, last), None, sectors, self.on)
            if person is not None:  # "President Laurent Gbago": a holder's name one letter off
                return self._person(start, stop, person)
        name = _text(self.tokens, end, stop)
        if country is None and stop + 1 < len(self.tokens) and self.tokens[stop].text.lower() == "of":
            at = stop + 2 if self.tokens[stop + 1].text.lower() == "the" else stop + 1
            of = self.starts.get(at)  # "Foreign Minister Abdou Diouf of Senegal"
            if of is not None and of.of_kind("country"):
                country, stop = of.of_kind("country")[0].country, of.end
        text = _text(self.tokens, start, stop)
        ent = Entity(text, name, country, chain_sector(sectors))
        return ActorMention(start, stop, text, ent, "person")

    def _surname(self, i: int, country: str | None = None) -> bool:
        """True when token i, after a first name, is a one-word sector word used as a surname
        ("King" in "Defence Secretary Tom King"): it ends the name, so no name token follows it
        (in "Tom General Smith" it would be a title of its own). So is a one-word group, or a
        person of another state than the title's, after names the dictionary lacks: "Foreign
        Minister Therese Kayikwamba Wagner" is no Wagner Group (the mirror of "Abbas Araqchi")."""
        hit = self.starts.get(i)
        if hit is None or hit.end != i + 1:
            return False
        if hit.of_kind(*NAMED) and not self._named_surname(hit, country):
            return False
        return i + 1 >= len(self.tokens) or not is_name_token(self.tokens[i + 1])

    def _inner_name(self, i: int) -> bool:
        """True when token i, inside a run of names after a title, is a known person's one-word
        name with another name word after it ("Lieutenant General Ahmed Sharif Chaudhry"): a run
        of names is one person, so a word within it is no office holder of that name, and the
        first word alone no surname ("Ahmed" is not Abiy Ahmed)."""
        hit = self.starts.get(i)
        if hit is None or hit.end != i + 1 or not hit.of_kind("person") or i + 1 >= len(self.tokens):
            return False
        after = self.tokens[i + 1]
        return is_name_token(after) and after.text.lower() not in CALENDAR

    def _namesake(self, i: int, country: str | None) -> bool:
        """True when a known person's full name (two words or more) at token i follows the title
        of another state: a namesake, whom the title's state holds."""
        hit = self.starts.get(i)
        if hit is None or country is None or written_words(self.tokens, i, hit.end) < 2:
            return False
        people = hit.of_kind("person")
        return (
            bool(people)
            and len(people) == len(hit.entries)
            and not any(_same_state(e.country, country) for e in people)
        )

    def _named_surname(self, hit: Hit, country: str | None) -> bool:
        """True when a one-word group or another state's person ends a run of names the
        dictionary lacks (token hit.start - 1 is one of them)."""
        before = self.tokens[hit.start - 1]
        if hit.start - 1 in self.covered or not is_name_token(before) or hit.of_kind(*_COMPOSERS):
            return False
        return bool(hit.of_kind("group")) or any(
            country is not None and e.country not in (None, country) for e in hit.of_kind("person")
        )

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
        sector = entry.sector if entry.kind == "group" and entry.sector else chain_sector(sectors)
        country_name = self.countries.get(entry.country) or country_names_by_iso().get(entry.country or "")
        name = entry.name if grouped else (country_name or entry.name)
        template = sector_head(sectors).canonical
        if template and not grouped:
            name = template.format(country=with_article(name))
        qid = entry.wikidata if name in (entry.name, country_name) else None  # a ministry is not its country
        # "the ministry in Baku": Baku follows "in" yet stands for the state
        at = start if anchor is None else anchor
        is_metonym = entry.kind == "metonym" and (anchor is not None or not _after_locative(self.tokens, at))
        entity = Entity(text, name, entry.country, sector, qid)
        return ActorMention(start, end, text, entity, entry.kind, is_metonym)


# ---------------------------------------------------------------------------------------------
# Helpers


# Seas and straits named after a country: "the Sea of Japan", "the Gulf of Thailand".
_WATERS = frozenset({"sea", "gulf", "bay", "strait", "straits"})


def _same_state(person: str | None, title: str) -> bool:
    """True when a person of state `person` can be the holder a title of state `title` names: the
    same state, or one that shares its bare name and demonym ("Congolese" is either Congo's)."""
    return person == title or (person is not None and person in sharing_states().get(title, ()))


def _names_water(tokens: Sequence[Token], start: int) -> bool:
    """True when the country at `start` ends a capitalised "<Sea> of" name ("Gulf of Oman")."""
    if start < 2 or tokens[start - 1].text.lower() != "of":
        return False
    water = tokens[start - 2].text
    return water[:1].isupper() and water.lower() in _WATERS


_REGION_OF = frozenset({"northern", "southern", "eastern", "western", "central", "northeastern",
                        "northwestern", "southeastern", "southwestern", "upper", "lower"})  # fmt: skip
# Words between "in" and a country or capital that still place people in it ("in the suburbs of
# Sarajevo", "in northern Kosovo", "in neighbouring Macedonia").
_WITHIN = _REGION_OF | {"the", "of", "suburbs", "outskirts", "parts", "capital", "neighbouring",
                        "neighboring"}  # fmt: skip


def _composes(entry: ActorEntry) -> bool:
    """Organisations that already carry a sector ("the West", "UN peacekeepers") take no sector words."""
    return entry.kind != "igo" or entry.sector in (None, "IGO", "NGO")


def _inside_place(tokens: Sequence[Token], hit: Hit, at: int) -> bool:
    """True when the words at `at` continue a place name the parser found ("the West Bank")."""
    if hit.start != at:
        return False
    tok = tokens[hit.start]
    return tok.ent_iob == "I" and tok.ent_type in ("GPE", "LOC", "FAC")


def _followed_by_name(tokens: Sequence[Token], end: int, starts: dict[int, Hit]) -> bool:
    """True when a capitalised proper noun or adjective that is no actor follows ("Washington
    Post", "the West Bank", "the West African bloc")."""
    if end >= len(tokens) or (end in starts and starts[end].of_kind(*NAMED)):
        return False
    tok = tokens[end]
    if tok.pos == "ADJ":
        return tok.text[:1].isupper() and tok.text.isalpha()
    return is_name_token(tok)


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


# Nouns after "state" that make it the state's own ("Syria state television", "a Niger state visit").
_STATE_OWN = frozenset({"media", "television", "tv", "radio", "news", "broadcaster", "agency",
                        "newspaper", "press", "visit", "department", "secretary", "-", "run", "owned",
                        "controlled"})  # fmt: skip


def _names_province(tokens: Sequence[Token], end: int) -> bool:
    """True when a country's name is followed by a word for a province ("Niger state", "Mexico
    State"): the name of a subdivision, which news writes so ("in Kano state"), while the state
    itself is never called "Niger state" ("state media", "state television" are the state's own)."""
    if end >= len(tokens) or tokens[end].lemma.lower() not in _PROVINCES - {"region"}:
        return False
    nxt = tokens[end + 1].lemma.lower() if end + 1 < len(tokens) else ""
    return nxt not in _STATE_OWN


def _after_locative(tokens: Sequence[Token], start: int) -> bool:
    return start > 0 and tokens[start - 1].text.lower() in _LOCATIVE


def _seat_host(tokens: Sequence[Token], start: int, text: str, entry: ActorEntry) -> Entity | None:
    """The state an organisation's seat lies in, when the seat is named as a place ("a bomb
    exploded in Brussels", "police in Brussels": Belgium's), not as the body it stands for
    ("Brussels imposed duties", "pressure on Brussels")."""
    host = seat_hosts().get(entry.pattern.lower()) if entry.kind == "metonym" else None
    if host is None or start == 0 or tokens[start - 1].text.lower() not in _IN_CITY:
        return None
    return Entity(text, country_names_by_iso()[host], host, None, country_row(host).get("wikidata") or None)


def _with_the(tokens: Sequence[Token], start: int) -> int:
    """Include a preceding 'the' in the mention."""
    return start - 1 if start > 0 and tokens[start - 1].text.lower() == "the" else start


def _text(tokens: Sequence[Token], start: int, end: int) -> str:
    parts = [t.text + (t.whitespace if k < end - 1 else "") for k, t in enumerate(tokens[start:end], start)]
    return "".join(parts).strip()


def _entity(text: str, entry: ActorEntry) -> Entity:
    return Entity(text, entry.name, entry.country, entry.sector, entry.wikidata)
