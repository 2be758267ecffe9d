"""Place context: an article's toponyms resolved against the gazetteer, the countries it names
and its dominant place.

Step 2 of places (see `frontwatch.resolve.places`): `article_context` reads each sentence with
`toponyms.recognise`, then resolves the mentions with the whole article in view. Candidates are
ranked by population and kind, then re-ranked by the countries the article names (country names
and demonyms, doubled for the same sentence), so "Brest" is the Belarusian city in a story about
Belarus and the French port in one about France; then by the admin1 areas it names ("Edmonton,
Ky.") and by spelling the place's own name; the words around a name keep the kind of place they
ask for ("the town of Sagaing": the town; "Syunik province": the province). The article's
dominant place is its most-named country, or a place inside it named at least twice (or first,
in the opening sentence); a paragraph never naming that country tells another story
(`_paragraph_places`); the dominant place itself is `dominant_place.dominant_place`.

Unlisted names are placed on the nearest place of their sentence (else the article's dominant
place; else kept without coordinates). Named facilities and features are placed on the town
named after them or owning them, else on the town they are named after; a village followed by
its oblast ("Pisky, Donetsk Oblast") is its namesake there, or an unlisted place in that oblast.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any, Protocol

from rapidfuzz import fuzz

from frontwatch.models import Place
from frontwatch.nlp import ParsedDoc, Sentence, Token
from frontwatch.resolve.compass_names import compass_area, compass_home, far_compass_name
from frontwatch.resolve.country_modifiers import country_modifier
from frontwatch.resolve.dominant_place import (
    country_counts,
    dateline,
    dateline_country,
    dominant_place,
    story_places,
    to_place,
)
from frontwatch.resolve.gazetteer import (
    ALTERNATE_PENALTY,
    CONTEXT_WEIGHT,
    Candidate,
    Gazetteer,
    normalise,
    prior,
    spells_own_name,
)
from frontwatch.resolve.location_clauses import EVENT_NOUNS
from frontwatch.resolve.location_words import (
    AREA_WORDS,
    ATTACK_VERBS,
    TITLE_NOUNS,
    TOWN_NOUNS,
)
from frontwatch.resolve.named_areas import (
    BIG_TOWN,
    container_of,
    named_container,
    opens_clause,
    river_container,
    within_named_area,
)
from frontwatch.resolve.party_places import party_namesake
from frontwatch.resolve.sea_coasts import off_coast
from frontwatch.resolve.state_places import state_parts
from frontwatch.resolve.toponyms import (
    Mention,
    in_ethnonym,
    in_place_phrase,
    recognise,
    tok_text,
)
from frontwatch.resolve.vessel_names import vessel_names


class ActorMatcher(Protocol):
    """What places needs of the actor dictionary: mentions with token spans and metonym flags."""

    def match(self, sentence: Sentence, on: date | None = None) -> Sequence[Any]: ...


@dataclass(frozen=True)
class ArticleContext:
    """All toponym mentions of an article, the countries it names (iso3 → weight, max 1) and its
    dominant place."""

    mentions: tuple[Mention, ...]
    countries: dict[str, float]
    dominant: Place | None
    by_sentence: dict[int, tuple[Mention, ...]] = field(default_factory=dict)
    # sentence index → the place its paragraph's earlier sentences are about, where that lies
    # outside the dominant place's country (a text mixing stories: a Moscow paragraph in a
    # Venezuela report); `fallback` gives it, else the dominant place
    local: dict[int, Place] = field(default_factory=dict)
    filed_from: str | None = None  # the dateline's country

    def fallback(self, sentence_index: int) -> Place | None:
        """The place an event whose sentence names none of its own takes: its paragraph's, when
        that paragraph tells of another country than the article's, else the dominant place."""
        return self.local.get(sentence_index, self.dominant)


ArticlePlaces = ArticleContext


def _demonyms() -> dict[str, str]:
    from frontwatch.resolve.actors import country_demonyms

    return country_demonyms()


NOT_PLACE_KINDS = frozenset({"person", "igo", "group"})


def _actor_tokens(
    sentence: Sentence, actors: ActorMatcher | None, on: date | None
) -> tuple[set[int], set[int], list[str]]:
    """Tokens of capitals used as metonyms, tokens of actors that are never places (people,
    organisations, armed groups: "Putin" is not Putian, "the West" not West, Texas), and the
    countries of those people and groups ("the RSF" is Sudan's: a hint, like a demonym, at
    the countries the article tells of)."""
    metonyms: set[int] = set()
    not_places: set[int] = set()
    parties: list[str] = []
    if actors is None:
        return metonyms, not_places, parties
    for m in actors.match(sentence, on):
        if getattr(m, "is_metonym", False):
            metonyms.update(range(m.start, m.end))
        elif getattr(m, "kind", "") in NOT_PLACE_KINDS:
            not_places.update(range(_after_title(sentence.tokens, m.start, m.end), m.end))
            country = getattr(getattr(m, "entity", None), "country", None)
            if isinstance(country, str) and len(country) == 3:
                parties.append(country)
    return metonyms, not_places, parties


_TITLES = TITLE_NOUNS | frozenset({"premier", "secretary", "chancellor", "senator"})


def _after_title(toks: Sequence[Token], start: int, end: int) -> int:
    """Where a person's name starts inside an actor match that carries a title: the place before
    the title names the office's area and stays a place ("Quebec Health Minister Gaetan Barrette",
    "Manitoba Premier Brian Pallister")."""
    titles = [k for k in range(start, end) if toks[k].text.lower() in _TITLES]
    return titles[-1] + 1 if titles else start


def _country_weights(raw: dict[str, float]) -> dict[str, float]:
    top = max(raw.values(), default=0)
    return {k: v / top for k, v in raw.items()} if top else {}


# Words after a country's name that make it a currency's ("US $1 million", "Hong Kong dollars").
_CURRENCY_WORDS = frozenset({"$", "dollar", "dollars"})


def _names_currency(toks: Sequence[Token], e: int) -> bool:
    """Does the name ending before tokens[e] name a currency ("US $1,000,000", "HK$ 5")?"""
    return e < len(toks) and toks[e].text.lower() in _CURRENCY_WORDS


def _first_reading(
    sentence: Sentence, gaz: Gazetteer, demonyms: dict[str, str]
) -> tuple[list[tuple[int, int, str, list[Candidate]]], set[str]]:
    """A sentence's toponyms read on their own, and the names whose reading the rest of the
    article could change (a sentence without such names is not read twice)."""
    asked: set[str] = set()
    return recognise(sentence, gaz, demonyms, asked=asked), asked


def article_context(
    doc: ParsedDoc, gaz: Gazetteer, actors: ActorMatcher | None = None, on: date | None = None
) -> ArticleContext:
    """Recognise and resolve every toponym of an article with the article's country context."""
    demonyms = _demonyms()
    raw: list[tuple[int, int, int, str, list[Candidate], bool]] = []
    countries: dict[str, float] = defaultdict(float)
    admin1s: set[str] = set()
    named: set[str] = set()  # countries of places the article names (not of demonyms)
    named_by: dict[str, set[str]] = defaultdict(set)  # country → the names that named it
    hinted: set[str] = set()  # countries of demonyms and parties
    placed: set[str] = set()  # countries the article places something in (`party_places`)
    filed: str | None = None  # the dateline's country, read before context
    sentence_countries: dict[int, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    readings = [_first_reading(sent, gaz, demonyms) for sent in doc.sentences]
    ships = vessel_names(doc.sentences)
    known = frozenset(
        normalise(tok_text(sent.tokens, s, e))
        for sent, (found, _) in zip(doc.sentences, readings, strict=True)
        for s, e, source, _ in found
        if source in ("ent", "gazetteer", "admin")
    )
    for sent, (found, asked) in zip(doc.sentences, readings, strict=True):
        metonyms, not_places, parties = _actor_tokens(sent, actors, on)
        for party in parties:  # weighed like a demonym ("Russian troops")
            countries[party] += 0.25
            hinted.add(party)
            sentence_countries[sent.index][party] += 0.5
        if asked & known:  # a name read elsewhere in the article may change this sentence's reading
            found = recognise(sent, gaz, demonyms, known)
        for s, e, source, cands in found:
            if (
                all(k in not_places for k in range(s, e))
                or _names_currency(sent.tokens, e)
                or (ships and normalise(tok_text(sent.tokens, s, e)) in ships)  # "the warship Sierra Madre"
            ):
                continue
            # a capital after "in"/"near" is a place ("shot in central Moscow"), not its government
            is_met = any(k in metonyms for k in range(s, e)) and not in_place_phrase(sent.tokens, s, e)
            raw.append((sent.index, s, e, source, cands, is_met))
            if source in ("adjective", "unlisted", "facility"):
                continue
            best = cands[0]
            if best.kind in ("city", "admin1") and best.population >= BIG_TOWN and best.country:
                placed.add(best.country)  # a big place read on its own: "London" places Britain
            if best.kind == "country" and best.country:
                w = 1.0 if source != "demonym" else 0.5
                countries[best.country] += w
                sentence_countries[sent.index][best.country] += 2 * w
                if source != "demonym" and in_place_phrase(sent.tokens, s, e):
                    placed.add(best.country)
            elif (
                len({c.country for c in cands}) == 1
                and best.country
                and related_name(normalise(tok_text(sent.tokens, s, e)), best)
                and not section_by_part(normalise(tok_text(sent.tokens, s, e)), best)
            ):  # a loose match ("Bagram" read as Bahrām, Iran) is no evidence of its country
                countries[best.country] += 0.5
                sentence_countries[sent.index][best.country] += 1.0
                placed.add(best.country)
            if best.kind == "admin1" and best.admin1_code:
                admin1s.add(best.admin1_code)
            if source != "demonym" and _names_country(sent.tokens, s, e, cands):
                named.add(best.country or "")
                named_by[best.country or ""].add(normalise(tok_text(sent.tokens, s, e)))
            if source == "demonym":
                hinted.add(best.country or "")
            if filed is None and sent.index == 0 and best.country and dateline(sent, s):
                filed = best.country
        # but not the words of a people's compound name ("Turkish Cypriot", "Kosovo Albanian")
        group = {
            e
            for s, e, source, cands in found
            if source == "adjective" and cands and cands[0].kind == "country"
        }
        for k, tok in enumerate(
            sent.tokens
        ):  # all demonyms ("Russian troops") hint at the article's countries
            iso3 = demonyms.get(tok.text.lower())
            if (
                iso3
                and tok.text[:1].isupper()
                and k not in group
                and not in_ethnonym(sent.tokens, k, demonyms)
            ):
                countries[iso3] += 0.25
                hinted.add(iso3)
                sentence_countries[sent.index][iso3] += 0.5
    weights = _country_weights(countries)
    mentions: list[Mention] = []
    by_sentence: dict[int, list[Mention]] = defaultdict(list)
    texts = {s.index: s for s in doc.sentences}
    demoted: list[tuple[int, int, int, str, list[Candidate], bool]] = []
    homonyms: set[tuple[int, int]] = set()  # names read only as small towns abroad
    compass_homes: dict[tuple[int, int], str] = {}  # compass names ("the North-West") → the story's country
    for si, s, e, source, cands, is_met in raw:
        if source in ("unlisted", "facility"):
            continue
        ctx = dict(weights)
        for iso3, w in sentence_countries[si].items():
            ctx[iso3] = ctx.get(iso3, 0.0) + w
        text = tok_text(texts[si].tokens, s, e)
        ranked = gaz.lookup(text, ctx) if source in ("ent", "gazetteer") else cands
        ranked = [c for c in ranked if c in cands] or cands
        if source in ("ent", "gazetteer"):
            ranked = [
                c
                for c in ranked
                if not implausible(c, normalise(text), named, weights)
                and not _foreign_homonym(c, normalise(text), filed, named_by, hinted)
                and not far_compass_name(c, normalise(text), filed, named_by, hinted)
            ]
            home = None if ranked else compass_home(normalise(text), filed, named_by, hinted)
            area = compass_area(gaz, text, home) if home is not None else None
            if area is not None:  # "the North-West" of a Cameroon story: its North-West region
                ranked = [area]
            if not ranked:  # only loose matches far from the article: a name the gazetteer lacks
                demoted.append((si, s, e, "unlisted", cands, is_met))
                if home is not None:
                    compass_homes[(si, s)] = home
                if filed is not None and all(
                    _foreign_homonym(c, normalise(text), filed, named_by, hinted) for c in cands
                ):
                    homonyms.add((si, s))  # with nothing else to go on, in the dateline's country
                continue
        if source in ("ent", "gazetteer") and len(ranked) > 1:
            ranked = _rerank(ranked, normalise(text), ctx, admin1s)
            if kind_cue(texts[si].tokens, s, e) is None:  # "the village of Bali" asks for no world city
                ranked = party_namesake(ranked, normalise(text), ctx, placed | {filed or ""})
        if source in ("ent", "gazetteer"):
            ranked = by_kind_cue(ranked, kind_cue(texts[si].tokens, s, e))
            if not ranked:  # "the village of Kanan": not the admin area or region of that name
                demoted.append((si, s, e, "unlisted", cands, is_met))
                continue
        m = Mention(si, s, e, tok_text(texts[si].tokens, s, e), tuple(ranked[:8]), ranked[0], source, is_met)
        mentions.append(m)
        by_sentence[si].append(m)
    for si, here in list(by_sentence.items()):
        fixed = state_parts(within_named_area(here, texts[si].tokens, gaz), texts[si].tokens)
        if fixed != here:
            mentions = [m for m in mentions if m.sentence_index != si] + fixed
            by_sentence[si] = fixed
    dominant, dominant_of = dominant_place(mentions, texts, weights, with_dateline=True)
    home = (dominant.country if dominant else None) or dateline_country(mentions, texts)
    mentions, by_sentence = _placed_off_coast(mentions, by_sentence, home)
    named_times = country_counts(story_places(mentions, texts))
    filed_from = dateline_country(mentions, texts)
    if filed_from is not None and filed_from in named_times:  # as in `dominant_place._top_country`
        named_times[filed_from] += 1
    para_of = paragraphs(doc)
    home_paragraphs = _naming_paragraphs(mentions, para_of, dominant.country if dominant else None)
    for si, s, e, source, cands, is_met in raw + demoted:
        if source not in ("unlisted", "facility"):
            continue
        here = by_sentence.get(si, [])
        container = (
            _facility_container(here, texts[si].tokens, s, e, cands, weights, filed)
            if source == "facility"
            else named_container(here, texts[si].tokens, e)
        ) or (
            container_of(
                [m for m in here if not country_modifier(texts[si], m)],  # not "U.S. drones"
                s,
                dominant_of,
                gaz,
                named_times,
                para_of[si] not in home_paragraphs and not _struck_by_subject(here, texts[si].tokens, s, e),
            )
        )
        if container is None and source == "facility":  # "Hostomel airport" alone: Hostomel
            own = _own_town(cands, weights)
            container = own if own is not None and (own.population >= 20_000 or dominant_of is None) else None
        container = container or dominant_of
        if container is None and (si, s) in homonyms and filed is not None:
            container = gaz.country(filed)
        if container is None and (si, s) in compass_homes:
            container = gaz.country(compass_homes[(si, s)])
        text = tok_text(texts[si].tokens, s, e)
        container = river_container(text, container, weights, gaz)
        if container is None:  # nowhere to put it: a named place without coordinates
            unlisted = Candidate(
                -(10**9) - len(mentions), text, "unlisted", None, None, None, None, None, 0, None, "point"
            )
        else:
            unlisted = replace(
                container, id=-1 - container.id, name=text, kind="unlisted", population=0, geonames_id=None
            )
        m = Mention(si, s, e, text, (unlisted,), unlisted, source, is_met)
        mentions.append(m)
        by_sentence[si].append(m)
    mentions.sort(key=lambda m: (m.sentence_index, m.start))
    by_sentence = {k: sorted(v, key=lambda m: m.start) for k, v in by_sentence.items()}
    if dominant is None:  # only named facilities: the first one placed on a town
        first = next(
            (m for m in mentions if m.source == "facility" and m.resolved and m.resolved.lat is not None),
            None,
        )
        if first is not None and first.resolved is not None:
            dominant = to_place(first.text, first.resolved, dominant=True)
    local = _not_met_yet(mentions, texts, dominant_of, gaz) | _paragraph_places(
        doc, mentions, texts, weights, dominant
    )
    return ArticleContext(
        tuple(mentions), weights, dominant, {k: tuple(v) for k, v in by_sentence.items()}, local, filed_from
    )


def _placed_off_coast(
    mentions: list[Mention], by_sentence: dict[int, list[Mention]], home: str | None
) -> tuple[list[Mention], dict[int, list[Mention]]]:
    """The mentions with each shared sea, gulf or strait that `home` borders placed in it
    (`sea_coasts.off_coast`): the dominant country, else the dateline's when the report names
    no country but the water ("HELSINKI … Finnish border guards detained a ship in the Gulf of
    Finland")."""
    moved = off_coast(mentions, home)
    if not moved:
        return mentions, by_sentence
    new = {id(mentions[k]): m for k, m in moved.items()}
    return [new.get(id(m), m) for m in mentions], defaultdict(
        list, {si: [new.get(id(m), m) for m in here] for si, here in by_sentence.items()}
    )


def _not_met_yet(
    mentions: Sequence[Mention], texts: dict[int, Sentence], dominant_of: Candidate | None, gaz: Gazetteer
) -> dict[int, Place]:
    """For the sentences before the one that first names a dominant place finer than a country,
    that place's country (marked dominant): a reader has not met the town yet, and what came before
    it ("Petro suspended peace talks", before "… could spread to the border city of Cucuta") did not
    happen there for being told first."""
    if dominant_of is None or dominant_of.kind == "country" or not dominant_of.country:
        return {}
    first = min(
        (m.sentence_index for m in story_places(mentions, texts) if m.resolved == dominant_of),
        default=None,
    )
    country = gaz.country(dominant_of.country)
    if not first or country is None:
        return {}
    named = next(
        (m.text for m in mentions if m.resolved == country and m.source in ("ent", "gazetteer")), country.name
    )
    place = to_place(named, country, dominant=True)
    return {si: place for si in texts if si < first}


def paragraphs(doc: ParsedDoc) -> dict[int, int]:
    """Each sentence's paragraph (a line of the text), numbered from 0 by sentence index."""
    out: dict[int, int] = {}
    para = 0
    previous_start = 0
    for k, sent in enumerate(doc.sentences):
        # a sentence parsed alone may start with the blank line before it: its first word counts
        begin = next((t.idx for t in sent.tokens if t.text.strip()), sent.start)
        if k and doc.text[previous_start:begin].rstrip(" \t").endswith("\n"):
            para += 1  # the sentence before ended a line
        previous_start = begin
        out[sent.index] = para
    return out


def _struck_by_subject(mentions: Sequence[Mention], toks: Sequence[Token], s: int, e: int) -> bool:
    """Does the unlisted place tokens[s:e] name where a country of the sentence, as the subject,
    attacks ("The United States carried out an air strike in the X region", "France bombed
    targets in the X area")? An attacker strikes another country's ground, so its paragraph
    telling of it is still the article's story, and the article's country contains the place
    when the article names it more often; not so a place of another clause ("Poland scrambled
    jets after a missile entered its airspace near the village of Oserdow")."""
    head = next((t for t in toks[s:e] if not s <= t.head < e or t.head == t.i), None)
    while head is not None and head.dep in ("compound", "amod", "nmod") and 0 <= head.head < len(toks):
        head = toks[head.head]  # "the Galmudug region"
    if head is None or head.dep != "pobj" or not 0 <= head.head < len(toks):
        return False
    prep = toks[head.head]
    if not 0 <= prep.head < len(toks):
        return False
    attach = toks[prep.head]
    verb = toks[attach.head] if attach.dep in ("dobj", "obj") and 0 <= attach.head < len(toks) else attach
    # the attack is the verb ("bombed camps in the X area") or its object ("carried out a strike in …")
    if verb.pos != "VERB" or not (
        verb.lemma.lower() in ATTACK_VERBS or (verb is not attach and attach.lemma.lower() in EVENT_NOUNS)
    ):
        return False
    return any(
        m.resolved is not None
        and m.resolved.kind == "country"
        and m.source != "adjective"
        and any(toks[k].dep == "nsubj" and toks[k].head == verb.i for k in range(m.start, m.end))
        for m in mentions
    )


def _naming_paragraphs(mentions: Sequence[Mention], para_of: dict[int, int], country: str | None) -> set[int]:
    """The paragraphs naming `country` in any form: a place in it, its adjective, its capital."""
    return {
        para_of[m.sentence_index]
        for m in mentions
        if m.resolved is not None and m.resolved.country == country
    }


def _paragraph_places(
    doc: ParsedDoc,
    mentions: Sequence[Mention],
    texts: dict[int, Sentence],
    weights: dict[str, float],
    dominant: Place | None,
) -> dict[int, Place]:
    """For each sentence, the main place of the earlier sentences of its paragraph (a line of the
    text), kept only where it lies in another country than the article's dominant place: in a
    text mixing stories, "They were released on bail" after "In Moscow, police detained 20
    protesters" is in Moscow, not in the Venezuela the rest of the text is about. Within one
    story (the same country), where the paragraph names the article's country as often as the
    other one, or where it names only a country (a party to the story: "Iran warned that it would
    respond", not another scene), the dominant place stays; a country with a place inside it
    counts as a scene in a paragraph that never names the article's country (even by an
    adjective or its capital). There, a sentence naming places of its own takes its own main
    place on the same terms ("Poland scrambled jets after a missile entered its airspace near
    the village of Oserdow" in a report on Crimea; not "China's foreign ministry accused
    Washington" after a paragraph on Japan, or a sentence in a paragraph on "Armenian troops")."""
    if dominant is None or dominant.country is None or len(doc.sentences) < 2:
        return {}
    out: dict[int, Place] = {}
    earlier: list[Mention] = []
    by_sentence: dict[int, list[Mention]] = defaultdict(list)
    for m in mentions:
        by_sentence[m.sentence_index].append(m)
    para_of = paragraphs(doc)
    home_paragraphs = _naming_paragraphs(mentions, para_of, dominant.country)
    for k, sent in enumerate(doc.sentences):
        if k == 0 or para_of[sent.index] != para_of[doc.sentences[k - 1].index]:
            earlier = []
        own = story_places(by_sentence.get(sent.index, ()), texts)
        other_story = para_of[sent.index] not in home_paragraphs
        if own:
            place = _other_scene(own, texts, weights, dominant.country, True) if other_story else None
        else:
            place = _other_scene(earlier, texts, weights, dominant.country, other_story)
        if place is not None:
            out[sent.index] = place
        earlier.extend(by_sentence.get(sent.index, ()))
    return out


def _other_scene(
    mentions: Sequence[Mention],
    texts: dict[int, Sentence],
    weights: dict[str, float],
    home: str,
    country_ok: bool,
) -> Place | None:
    """The main place of `mentions` when it lies in another country than `home`, which they name
    more often (not a tie: "China's military began drills around Taiwan" is still the Taiwan
    story); a country only when `country_ok` and they name a place inside it and none in another
    country."""
    if not mentions:
        return None
    place, _ = dominant_place(mentions, texts, weights)
    if place is None or place.country is None or place.country == home:
        return None
    story = story_places(mentions, texts)
    if country_counts(story)[place.country] <= country_counts(story)[home]:
        return None
    if place.precision != "country":
        return place
    inside = any(
        m.resolved is not None and m.resolved.kind != "country" and m.resolved.country == place.country
        for m in story
    )
    # and no other country's place: "Turkey condemned a strike on the village of Atmeh in Syria.
    # Ankara summoned the envoy" tells of two countries
    return place if country_ok and inside and len(country_counts(story)) == 1 else None


def related_name(key: str, c: Candidate) -> bool:
    """Does the text spell the place's own name, a close variant (one letter in ten) or a longer
    or shorter form of it ("Monroe" / "Monroe City", "New Delhi" / "Delhi")? Otherwise it matched
    an alternate name of another shape (Bagram → Bahrām, Venice → Dayton) or a folded spelling."""
    own = normalise(c.name)
    if key == own or fuzz.ratio(key, own) >= 90:
        return True
    words, own_words = set(key.split()), set(own.split())
    return words <= own_words or own_words <= words


def _names_country(toks: Sequence[Token], s: int, e: int, cands: Sequence[Candidate]) -> bool:
    """Does this name (not a demonym) place the article in its best candidate's country: a
    country, region or admin1 area, or a town whose namesakes all lie in one country and whose
    own name the text spells?"""
    best = cands[0]
    if not best.country:
        return False
    if best.kind != "city":
        return True
    key = normalise(tok_text(toks, s, e))
    return len({c.country for c in cands}) == 1 and related_name(key, best) and not section_by_part(key, best)


def implausible(c: Candidate, key: str, named: set[str], hinted: Mapping[str, float] | None = None) -> bool:
    """A town matched only loosely (see `related_name`), of under `BIG_TOWN` people, in a country
    none of the article's places lies in while they lie in others: "Bagram" north of Kabul is not
    Bahrām in Iran. Exonyms of big cities (Cologne, Bombay) are kept, and so are matches in an
    article whose only country hints are demonyms ("Russian forces in Severodonetsk"). A city
    section read from part of its name (`section_by_part`) in a country the article neither
    names nor hints at (`hinted`: its country weights) is no reading either."""
    if c.kind != "city" or c.population >= BIG_TOWN or (c.country or "") in named:
        return False
    if named and not related_name(key, c):
        return True
    others = named or {k for k, w in (hinted or {}).items() if w > 0}
    return section_by_part(key, c) and bool(others) and (c.country or "") not in others


# A town this small abroad is rarely what a story filed from another country means by a name,
# unless the story names its country (a Reuters story from Washington on a strike in a Pakistani
# town of 30,000 says "Pakistan" or "Pakistani", or names a bigger town there).
SMALL_TOWN = 20_000


def _foreign_homonym(
    c: Candidate, key: str, filed: str | None, named_by: Mapping[str, set[str]], hinted: set[str]
) -> bool:
    """Is `c` a town, or a first-level area, of under `SMALL_TOWN` people abroad whose country
    nothing in the article names but this very name, in a story filed from another country
    ("PORT-AU-PRINCE …: … in Petite Riviere" is no town in Mauritius; "TIMIKA, Indonesia …: at
    Paro airstrip" is no district of Bhutan)? A small place's name is no evidence of its own
    country against the dateline: the name is then one the gazetteer lacks, placed in the story's
    country. A demonym, a party or another place of that country keeps the place."""
    if (
        filed is None
        or c.kind not in ("city", "admin1")
        or c.population >= SMALL_TOWN
        or not c.country
        or c.country == filed
    ):
        return False
    return c.country not in hinted and named_by.get(c.country, set()) <= {key}


def section_by_part(key: str, c: Candidate) -> bool:
    """Is the place a city section (no population: "Nasir Extension" in Khartoum) that the text
    names by part of its name only? A town's name recurs in its districts elsewhere, and a text
    meaning the district gives its whole name; such a match is no evidence of its country."""
    return c.population == 0 and c.kind == "city" and not spells_own_name(key, c.name)


ADMIN1_WEIGHT = 2.0  # a town in an admin1 area the article names ≈ a factor 100 in population
OWN_NAME_WEIGHT = ALTERNATE_PENALTY  # the text spells the place's own name, not an alternate one


def _rerank(
    cands: Sequence[Candidate], key: str, ctx: dict[str, float], admin1s: set[str]
) -> list[Candidate]:
    """Namesakes re-ranked beyond the gazetteer's country context: towns in an admin1 area the
    article names ("Edmonton" in a story naming Kentucky, "Pavlivka" with "Donetsk Oblast"),
    and the place whose own name the text spells (Tokmak, not Tokmok, which also goes by it)."""

    def score(c: Candidate) -> float:
        return (
            prior(c)
            + CONTEXT_WEIGHT * min(ctx.get(c.country or "", 0.0), 1.0)
            + (ADMIN1_WEIGHT if c.admin1_code in admin1s and c.kind != "admin1" else 0.0)
            + (OWN_NAME_WEIGHT if spells_own_name(key, c.name) else 0.0)
        )

    return sorted(cands, key=lambda c: -score(c))


def kind_cue(toks: Sequence[Token], s: int, e: int) -> str | None:
    """The kind of place the words around a name ask for: "town" after "the village of" or before
    a lowercase "city"/"town" ("Kunduz city"; not "the West Bank city of Nablus"), "area" before
    a first-level area word ("the Syunik province", "Shan State"; not inside a longer name: "Ohio
    State University")."""
    n = len(toks)
    if s >= 2 and toks[s - 1].text.lower() == "of" and toks[s - 2].text.lower() in TOWN_NOUNS:
        return "town"
    if e < n and toks[e].text in ("city", "town") and not (e + 1 < n and toks[e + 1].text == "of"):
        return "town"  # but "the West Bank city of Nablus" names the town's area
    if e < n and toks[e].text.lower() in AREA_WORDS and not (e + 1 < n and _capitalised_name(toks[e + 1])):
        return "area"
    return None


def _capitalised_name(tok: Token) -> bool:
    return tok.pos == "PROPN" and tok.text[:1].isupper()


def by_kind_cue(ranked: Sequence[Candidate], cue: str | None) -> list[Candidate]:
    """Candidates of the kind the words ask for first. A town's name keeps only towns (none: the
    gazetteer lacks it, and an admin area or region of that name is another place). An area's
    name takes an admin1 area or region; without one, a town of the name stands for the area
    named after it ("Syunik province" where the gazetteer lacks the province), at admin1
    precision. A country keeps its reading ("Russia state media", "Georgia state TV")."""
    if cue is None or not ranked or ranked[0].kind == "country":
        return list(ranked)
    if cue == "town":
        return [c for c in ranked if c.kind == "city"]
    areas = [c for c in ranked if c.kind in ("admin1", "region")]
    if areas:
        return areas + [c for c in ranked if c not in areas]
    return [replace(c, precision="admin1") if c.kind == "city" else c for c in ranked]


def _facility_container(
    mentions: Sequence[Mention],
    toks: Sequence[Token],
    start: int,
    end: int,
    own: Sequence[Candidate],
    weights: dict[str, float],
    filed: str | None = None,
) -> Candidate | None:
    """The town a named facility stands in when the text says so: the place named right after it
    ("Gagarin Stadium in Chernihiv", "the Vostochny district of Mariupol") or owning it
    ("Mariupol's Metro supermarket"), else the town it is named after when that lies in a country
    the article names or files from ("Mariupol Drama Theatre"; "the U.N.'s Geneva offices" under
    a GENEVA dateline)."""
    for m in mentions:
        if (
            end <= m.start <= end + 3
            and m.resolved is not None
            and m.resolved.kind in ("city", "admin1", "region", "country")
            and m.source not in ("adjective", "demonym")
            # no clause or list begins between ("Gagarin Stadium in Chernihiv", "Sumy market in
            # Kharkiv", "the Borova River bridge between Rubizhne and …", not "the Litani River if
            # Israel agreed", "the airport and Kharkiv")
            and not any(opens_clause(t) for t in toks[end : m.start])
        ):
            return m.resolved
    for m in mentions:  # "Mariupol's Metro supermarket"
        if (
            start - 3 <= m.end <= start
            and m.end < len(toks)
            and toks[m.end].text in ("'s", "’s", "'", "’")
            and m.resolved is not None
            and m.resolved.kind in ("city", "admin1")
            and m.source not in ("adjective", "demonym")
        ):
            return m.resolved
    best = _own_town(own, weights)
    if best is not None and (weights.get(best.country or "", 0.0) > 0 or best.country == filed):
        return best
    return None


def _own_town(own: Sequence[Candidate], weights: dict[str, float]) -> Candidate | None:
    """The town a facility is named after, best in the article's country context."""
    if not own:
        return None
    return max(own, key=lambda c: prior(c) + CONTEXT_WEIGHT * min(weights.get(c.country or "", 0.0), 1.0))
