"""The article's dominant place: the country a story is about, read from the places it names.

Its most-named country, the dateline counting as one more mention of a country the text names
(`_top_country`), or a place inside that country named at least twice (or first, in the opening
sentence). A country owning forces or envoys ("U.S. forces", "China's ambassador") and a
demonym only echo the dateline's country (`country_modifiers.scene_places`). Used by
`place_context.article_context`."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from frontwatch.models import Place
from frontwatch.nlp import Sentence, Token
from frontwatch.resolve.country_modifiers import country_modifier, scene_places
from frontwatch.resolve.gazetteer import Candidate
from frontwatch.resolve.name_bounds import in_organisation_name
from frontwatch.resolve.place_containment import mention_head
from frontwatch.resolve.story_roles import explicit_scene, national_abroad, party_subject
from frontwatch.resolve.toponyms import Mention


def dateline(sentence: Sentence, start: int) -> bool:
    """'KYIV, Jan 6 (Reuters)', 'PORT-AU-PRINCE, Haiti': the reporter's location, not a story
    place. The name is the opening run of capitalised words, hyphens inside a word included."""
    return start == 0 and _town_end(sentence) is not None


def _town_end(sentence: Sentence) -> int | None:
    """The token after a dateline's town ("SAN JOSE", "PORT-AU-PRINCE"), or None when the
    sentence opens with no dateline."""
    toks = sentence.tokens
    if sentence.index != 0 or not toks or not toks[0].text.isupper():
        return None
    k = 1
    while k < len(toks) and toks[k].text != "-" and toks[k].text.isupper() and toks[k].text.isalpha():
        k += 1  # "SAN JOSE", "ABU DHABI"
    while (
        k + 1 < len(toks)
        and toks[k].text == "-"
        and toks[k - 1].whitespace == ""
        and toks[k + 1].text.isupper()
    ):
        k += 2  # "PORT-AU-PRINCE"
    return k if k < len(toks) and toks[k].text in (",", "(", "-", "—") else None


def dateline_qualifier(sentence: Sentence, m: Mention) -> bool:
    """Is `m` the state or country a dateline names after its town ("DAYTON, Ohio (Reuters)",
    "GOMA, Zaire, Nov 3")? It belongs to the dateline: where the reporter is, not a story place."""
    k = _town_end(sentence)
    toks = sentence.tokens
    return (
        k is not None
        and toks[k].text == ","
        and m.start == k + 1
        and m.resolved is not None
        and m.resolved.kind in ("admin1", "country")
        and m.end < len(toks)
        and toks[m.end].text in (",", "(")
    )


def in_dateline(sentence: Sentence, m: Mention) -> bool:
    """Is `m` the dateline's town or the state or country named after it?"""
    return dateline(sentence, m.start) or dateline_qualifier(sentence, m)


def story_places(mentions: Sequence[Mention], texts: dict[int, Sentence]) -> list[Mention]:
    """Mentions that tell where the story is: not adjectives, metonyms, the dateline or words of
    a treaty's or a body's name ("breaking the Nairobi Accord" happened nowhere in Nairobi), or
    names that only say whose ally someone is ("a Kremlin ally", `relation_of`)."""
    return [
        m
        for m in mentions
        if m.resolved
        and not m.is_metonym
        and m.source != "adjective"
        and not in_dateline(texts[m.sentence_index], m)
        and not in_organisation_name(texts[m.sentence_index].tokens, m.start, m.end)
        and not relation_of(texts[m.sentence_index].tokens, mention_head(texts[m.sentence_index], m))
    ]


# Nouns of a person's tie to another ("a Kremlin ally", "an ally of Moscow", "Kremlin critics"):
# the name they take says whose ally or critic the person is, never where the person acts.
_RELATIONS = frozenset({
    "ally", "allies", "critic", "critics", "opponent", "opponents", "foe", "foes", "loyalist",
    "loyalists", "insider", "insiders", "friend", "friends", "backer", "backers", "proxy", "proxies",
    "confidant", "confidants", "protege", "protégé", "favourite", "favorite",
})  # fmt: skip


def relation_of(toks: Sequence[Token], h: int) -> bool:
    """True for a place name that only says whose ally, critic or friend someone is: a modifier of
    such a noun ("a Kremlin ally vetoed the package", "a close Moscow ally") or its "of" object
    ("an ally of the Kremlin"). The event is the person's, wherever that is."""
    t = toks[h]
    if not 0 <= t.head < len(toks) or t.head == h:
        return False
    up = toks[t.head]
    if t.dep in ("compound", "amod", "nmod", "poss"):
        return up.lemma.lower() in _RELATIONS or up.text.lower() in _RELATIONS
    if t.dep == "pobj" and up.lemma.lower() == "of" and 0 <= up.head < len(toks):
        return toks[up.head].text.lower() in _RELATIONS
    return False


def country_counts(usable: Sequence[Mention]) -> Counter[str]:
    return Counter(m.resolved.country for m in usable if m.resolved is not None and m.resolved.country)


def dateline_country(mentions: Sequence[Mention], texts: dict[int, Sentence]) -> str | None:
    """The country of the dateline's place ("BAMAKO, July 29 (AFP) -": Mali), if any: that of the
    state or country named after its town, where there is one ("DAYTON, Ohio": the United States,
    whatever other Dayton the town's name reads as)."""
    town = _dateline_town(mentions, texts)
    qualifier = _dateline_qualifier(mentions, texts)
    if qualifier is not None and qualifier.resolved is not None and qualifier.resolved.country:
        return qualifier.resolved.country
    return town.resolved.country if town is not None and town.resolved is not None else None


def _dateline_town(mentions: Sequence[Mention], texts: dict[int, Sentence]) -> Mention | None:
    """The mention of the dateline's town, if resolved."""
    return next(
        (
            m
            for m in mentions
            if m.sentence_index == 0 and m.resolved is not None and dateline(texts[0], m.start)
        ),
        None,
    )


def _dateline_qualifier(mentions: Sequence[Mention], texts: dict[int, Sentence]) -> Mention | None:
    """The mention of the state or country a dateline names after its town, if any."""
    return next(
        (m for m in mentions if m.sentence_index == 0 and dateline_qualifier(texts[0], m)),
        None,
    )


def _top_country(by_country: Counter[str], filed_from: str | None, echoes: Counter[str] | None = None) -> str:
    """The most-named country; the dateline's country counts as one more mention of a country the
    text names (the reporter files from the story's country far more often than not: "BAMAKO …
    Malian soldiers … near Tinzaouaten, on the border with Algeria … Algeria has called for"),
    but makes no country of its own (a Beirut bureau's report on Syria) unless the text speaks of
    that country's people or bodies ("TBILISI … Georgian riot police …"): each such demonym
    (`echoes`) then counts half a mention, so that a dateline echoed by its demonym outweighs a
    foreign capital named in one sentence ("Washington suspended its partnership"). Ties: the
    dateline's country, else the first named."""
    counts: dict[str, float] = dict(by_country)
    if filed_from is not None and filed_from not in counts and echoes and echoes[filed_from]:
        counts[filed_from] = 0.5 * echoes[filed_from]
    if filed_from in counts:
        counts[filed_from] += 1
    # a tie goes to the dateline's country: a place of one sentence ("Chinese waters" in a Manila
    # report) is no more the story's than the country it is filed from
    return max(counts, key=lambda c: (counts[c], c == filed_from))


def dominant_place(
    mentions: Sequence[Mention],
    texts: dict[int, Sentence],
    weights: dict[str, float],
    with_dateline: bool = False,
) -> tuple[Place | None, Candidate | None]:
    """The article's main place (and its gazetteer entry): its most-named country (the dateline
    counting as one mention, `_top_country`), or a place inside it named at least twice (or
    first, in the opening sentence). A national abroad ("a New Zealand pilot") is no place; under
    a dateline, parties ("Turkey said") are no scene (`_dateline_story`)."""
    story = [m for m in story_places(mentions, texts) if not national_abroad(texts[m.sentence_index], m)]
    filed = dateline_country(mentions, texts) if with_dateline else None
    echoes = _demonym_countries(mentions)
    if filed is not None:
        scenes, forced = _dateline_story(mentions, texts, story, filed, echoes)
        if forced:
            return _filed_place(mentions, texts, scenes, story, filed)
        usable = scenes or scene_places(story, texts)
    else:
        usable = scene_places(story, texts)  # "China's ambassador", "U.S. forces": whose, not where
    if not usable:
        return None, None
    by_country = country_counts(usable)
    if not by_country:
        m = usable[0]
        assert m.resolved is not None
        return to_place(m.text, m.resolved, dominant=True), m.resolved
    echoes = echoes + country_counts([m for m in story if m not in usable])
    top_country = _top_country(by_country, filed, echoes)
    return _place_in(top_country, mentions, usable, story)


def _dateline_story(
    mentions: Sequence[Mention],
    texts: dict[int, Sentence],
    story: Sequence[Mention],
    filed: str,
    echoes: Counter[str],
) -> tuple[list[Mention], bool]:
    """The scenes of a datelined report (its places without parties, "Turkey said", and owners of
    forces or envoys, "U.S. forces"), and whether the dateline's country is the story's
    whatever they count: when the text names no scene but speaks of the dateline's country (a
    Nicosia report where "Turkey said …" and "Turkey rejected …" a plan for the island that
    Greek Cypriot leaders accept), or when the dateline names its town with its state or
    country ("DAYTON, Ohio": where the reporter went) and no scene lies in another country (a
    peace conference of Bosnia's presidents on a settlement for Bosnia is at Dayton)."""
    scenes = [
        m
        for m in story
        if not party_subject(texts[m.sentence_index], m) and not country_modifier(texts[m.sentence_index], m)
    ]
    qualified = _dateline_qualifier(mentions, texts) is not None
    named = qualified or echoes[filed] > 0 or any(m.resolved and m.resolved.country == filed for m in story)
    if not scenes:
        return scenes, named
    abroad = any(
        m.resolved is not None and m.resolved.country != filed and explicit_scene(texts[m.sentence_index], m)
        for m in scenes
    )
    return scenes, qualified and not abroad


def _filed_place(
    mentions: Sequence[Mention],
    texts: dict[int, Sentence],
    scenes: Sequence[Mention],
    story: Sequence[Mention],
    filed: str,
) -> tuple[Place | None, Candidate | None]:
    """The dominant place of a report that is the dateline's story: a place in its country the
    text names (`_place_in`), else the dateline's town, else its state or country."""
    inside = [m for m in scenes if m.resolved is not None and m.resolved.country == filed]
    if inside:
        return _place_in(filed, mentions, inside, story)
    for m in (_dateline_town(mentions, texts), _dateline_qualifier(mentions, texts)):
        if m is not None and m.resolved is not None and m.resolved.country == filed:
            return to_place(m.text, m.resolved, dominant=True), m.resolved
    return _place_in(filed, mentions, inside, story)


def _place_in(
    top_country: str, mentions: Sequence[Mention], usable: Sequence[Mention], story: Sequence[Mention]
) -> tuple[Place | None, Candidate | None]:
    """The dominant place inside the story's country: a place inside it named at least twice (or
    first, in the opening sentence), else its name, else any place in it, else its demonym."""
    finer: Counter[int] = Counter()
    first: dict[int, Mention] = {}
    for m in usable:
        c = m.resolved
        assert c is not None
        if c.country == top_country and c.kind != "country":
            finer[c.id] += 1 + (1 if m.sentence_index == 0 else 0)
            first.setdefault(c.id, m)
    if finer:
        pid, count = finer.most_common(1)[0]
        if count >= 2:
            m = first[pid]
            assert m.resolved is not None
            return to_place(m.text, m.resolved, dominant=True), m.resolved
    for m in usable:
        if m.resolved and m.resolved.kind == "country" and m.resolved.country == top_country:
            return to_place(m.text, m.resolved, dominant=True), m.resolved
    found = next((m for m in (*usable, *story) if m.resolved and m.resolved.country == top_country), None)
    # else a dateline country the text names only by its demonym
    last = found if found is not None else _echo_of(mentions, top_country)
    if last is None or last.resolved is None:
        return None, None
    return to_place(last.text, last.resolved, dominant=True), last.resolved


def _demonym_country(m: Mention) -> str | None:
    """The country a mention names by its demonym adjective ("Georgian police"), else None."""
    if m.source == "adjective" and m.resolved is not None and m.resolved.kind == "country":
        return m.resolved.country or None
    return None


def _demonym_countries(mentions: Sequence[Mention]) -> Counter[str]:
    """How often the article names each country by its demonym adjective."""
    return Counter(c for m in mentions if (c := _demonym_country(m)) is not None)


def _echo_of(mentions: Sequence[Mention], country: str) -> Mention | None:
    """The first demonym mention of a country (its country entry): the dominant place of a report
    whose country only the dateline and demonyms name."""
    return next((m for m in mentions if _demonym_country(m) == country), None)


def to_place(text: str, c: Candidate, dominant: bool = False) -> Place:
    """A Place record from a gazetteer candidate."""
    return Place(
        text=text,
        name=c.name,
        country=c.country,
        admin1=c.admin1,
        lat=c.lat,
        lon=c.lon,
        precision=c.precision,
        geonames_id=c.geonames_id,
        dominant=dominant,
    )
