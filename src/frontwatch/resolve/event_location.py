"""Event location: the place of a coded event chosen by syntax among its sentence's places.

Step 3 of places (see `frontwatch.resolve.places`), over the mentions of `place_context`.
`locate_event` picks, among the sentence's places, those attached to the
trigger or its arguments by a locative preposition ("in", "near", "into", "over", "outside",
"at", "across", "along"), or the object of an attack verb, nearest in the dependency tree; the
finer place on ties, and a place inside the winner (or an unlisted name placed on it) over
the winner. Never a place in subject position or owning the subject ("Russia said",
"Russia's army said"; otherwise a possessive takes the role of what it owns), never a
capital flagged as a metonym by the actor dictionary ("Moscow said"), never an origin ("an
offensive from Belarus" is not in Belarus) unless the trigger is a withdrawal ("withdrew from
Kherson") or "from" follows what is seen ("footage from Bucha"); never a place of another
clause's event (a relative or reported clause: "troops which have bases in Turkey"; the
source of a report: "according to sources in Nineveh"; an agent's town: "a Staten Island
officer"), while an adverbial clause shares its place at a cost ("killed when rebels
attacked a post in Kidal"); a reference point ("100 km south of Baghdad", "Debis west of
Kirkuk") ranks last, and so does a place set off to locate the one before it ("Orgun, in
the province of Paktika"). A name placed on the winner for want of better counts as inside
it only when the text does not name it as the container ("Ngabe, a village in the Plateaux
region"). Never a destination of another verb ("captured and taken to Hanoi"), a place in
no locative role in another clause, a place naming a war or games ("the 1967 Middle East
war"), a place owning a person or team ("Mexico's Juan Perez"), a country owning an embassy,
or a person's name as the passive subject of a verb of violence against people ("Arad was
shot") or of a verb that names its own place elsewhere ("Hassan was captured in Yemen"), a
hyphenated modifier ("a Madrid-bound plane"), or a country owning a base or embassy ("a U.S.
base at Balad", "Australia's embassy in Jakarta"). A "when" clause the parser reads as a
relative one, a relative clause on an event noun ("raids that targeted the city of Raqqa"), a
parenthetical "officials said, on a road in Baquba" and a fronted "In Tikrit, …" share the
event's place at a cost; a place placing a reference point places what it locates ("a road
south of the capital Algiers, near Medea"). On a tie, the head of a phrase beats its modifiers
("Jerusalem's Old City") and a possessor ranks behind what it owns ("Baghdad's Sadr City
neighbourhood"). Not the location either: a person's or an office's place ("Kwan of the United
States", "the head of operations in Raqqa"), a party's base ("a force based in Djibouti"), a
journey's end ("on their way to Peshawar", "and deported to a camp at Dachau"; but "during a
visit to Somalia" is there; and "to X" on the object of a verb of movement is that verb's
destination, "deploy a brigade to Lithuania", as is the act of its purpose clause's, "send its
minister to Yerevan to discuss the route"), the passive subject of a verb that takes no places,
the event a time phrase counts from ("after Syria's pullout"); an unlisted name in apposition to a town is
its area ("Nakuru, capital of the Rift"), another party's event before or after it ("killed
after the air force bombed Aleppo"; but "captured after their plane crashed in Colombia" is
there: clause rules in `location_clauses`), a town sharing a word of an event's name ("the Gulf
War", "Independence Day"). A patrol or march goes through where it starts ("marched from Geneva").
Not the location either: whom the event is for ("in support of Iraq") or addressed to ("protested
to China"); the location: a gerund subject's place ("fighting around Bakhmut killed"), a place a
participle modifies ("the Golan Heights captured in 1967") or a relative clause holding the trigger
places ("Homs, where 20 people were killed"), the place a distance phrase locates
("Nuwakot district, some 50 km northwest of Kathmandu") and, failing all else, one in a relative
clause on the trigger's argument ("shot by gunmen who were hiding near his house in Narathiwat").
Where an attack noun stands ("the bombardment of Timin left six dead", "tried to break the siege
of Homs") its "of" names what it befell; a place a locator sets off ("in the Baliem Valley, in
Indonesia's easternmost province of Irian Jaya") ranks with its locator however deep the parser
hung it; a place taken by a verb joined by "and" ("…, and took the town of Kupres") is not a finer
answer; not the location either: whom something is handed to ("handed them over to the United
States"), a possessor after a weak preposition ("No. 4 on America's list"), and people's nouns
name a site after "at" or "in" ("at a Queens club").
A bare name the gazetteer lacks as the passive subject is the captive, not the place ("Haddad was
captured"), and a name the text calls a province ranks as one, not as a spot finer than the town
the event befell ("In the province of al-Raqqa, gunmen shelled the town of Tabqa"). Locators
("Orgun, in the province of Paktika") are read in `locators`, and each place's role towards the
trigger in `place_roles`.
A sentence naming no usable place gets the article's dominant place, marked `dominant=True`,
unless that place is the origin the sentence named.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from frontwatch.models import CodedEvent, Place
from frontwatch.nlp import ParsedDoc, Sentence, Token
from frontwatch.resolve.dates import tree_distance
from frontwatch.resolve.dominant_place import in_dateline, relation_of
from frontwatch.resolve.gazetteer import Gazetteer
from frontwatch.resolve.location_clauses import (
    TIME_PREPS,
    clause_penalty,
    distance_from_previous,
    names_part_of,
    relative_on_argument,
)
from frontwatch.resolve.location_words import (
    BASE_VERBS,
    FACILITY_WORDS,
    FROM_VERBS,
    MOVEMENT_VERBS,
    NEAR_WORDS,
    ROUTE_VERBS,
    STAY_NOUNS,
    TRANSFER_VERBS,
)
from frontwatch.resolve.locators import LOCATOR_PREPS, LOCATOR_RANK, lift_located, locates_previous
from frontwatch.resolve.name_bounds import in_organisation_name
from frontwatch.resolve.place_containment import (
    containers_last,
    in_apposition,
    mention_fineness,
    mention_head,
    named_as_inside,
    names_area_of_demonym,
    within,
)
from frontwatch.resolve.place_context import ArticleContext, to_place
from frontwatch.resolve.place_roles import INSIDE_PREPS, PLACE_NOUNS, Role, place_role
from frontwatch.resolve.state_places import acting_state_place, stated_conjunct
from frontwatch.resolve.story_roles import topic_object
from frontwatch.resolve.toponyms import Mention

_ROLE_RANK = {"loc": 0, "target": 0, "to": 2, "ref": 4.5, "from": 0, "other": 4}


def locate_event(doc: ParsedDoc, coded: CodedEvent, ctx: ArticleContext, gaz: Gazetteer) -> Place | None:
    """Where the coded event happened: a place of its sentence attached to the trigger or its
    arguments, else the article's dominant place (`dominant=True`), else None."""
    if not 0 <= coded.sentence_index < len(doc.sentences):
        return ctx.dominant
    sentence = doc.sentences[coded.sentence_index]
    trigger = coded.trigger_token
    toks = sentence.tokens
    if not 0 <= trigger < len(toks):
        return ctx.fallback(sentence.index)
    trig_lemma = toks[trigger].lemma.lower()
    parsed = sentence.parsed and any(t.head != t.i for t in toks)
    scored: list[tuple[tuple[float, ...], Mention]] = []
    deep: list[tuple[tuple[float, ...], Mention]] = []
    origins: set[str] = set()
    refs: set[int] = set()  # starts of reference points ("south of the capital Algiers")
    ref_heads: dict[int, int] = {}  # their head tokens → the word they locate
    roles: dict[int, Role] = {}
    relatives: list[Mention] = []  # places in a relative clause on the trigger's argument
    speakers: list[Mention] = []  # places of those who tell of the event (`_speakers_place`)
    here = ctx.by_sentence.get(sentence.index, ())
    for m in here:
        if m.resolved is None or m.source == "adjective" or in_dateline(sentence, m):
            continue
        if m.source == "demonym" and names_area_of_demonym(sentence, m, here):
            continue  # "the Yugoslav province of Kosovo": the province is Kosovo
        if parsed and topic_object(sentence, m):
            continue  # "rejected a new map of Bosnia", "talks on Cyprus": what, not where
        if in_organisation_name(toks, m.start, m.end):
            continue  # "left the Paris Agreement": a treaty's or a body's name, not where
        if parsed and relation_of(toks, mention_head(sentence, m)):
            continue  # "a Kremlin ally vetoed": whose ally, not where the veto was
        role = place_role(sentence, m, trigger)
        if parsed and _named_captive(sentence, m, role, trigger):
            continue  # "Haddad was captured": a man, not a town
        if parsed and role.kind == "to" and role.prep in _DESTINATION_PREPS:
            role = _moved_to(toks, role, trigger)
        if role.kind == "ref" and distance_from_previous(toks, here, m):
            continue  # "at Aathmail of Nuwakot district, some 50 km northwest of Kathmandu"
        if role.kind == "ref":
            refs.add(m.start)
            ref_heads[mention_head(sentence, m)] = role.attach
        elif role.kind == "loc" and role.attach in ref_heads:
            # "a road south of the capital Algiers, near Medea": Medea places the road too
            role = replace(role, attach=ref_heads[role.attach])
        if role.kind in ("actor", "adjective", "none") or (
            m.is_metonym and role.kind not in ("loc", "target", "to", "ref")
        ):
            continue  # "Moscow said" — but "strikes in central Kyiv" is a place
        penalty = clause_penalty(sentence, role.attach, trigger) if parsed else 0.0
        if penalty is None and role.kind == "loc" and _fronted(toks, m, trigger):
            penalty = 1.0  # "In Pijijiapan, the town worst hit by the floods, police patrolled …"
        if penalty is None:
            if (
                parsed
                and role.kind in ("loc", "target")
                and relative_on_argument(sentence, role.attach, trigger)
            ):
                relatives.append(m)
            continue
        if (
            parsed
            and role.attach != trigger
            and (
                (role.kind == "to" and role.prep in _DESTINATION_PREPS and _destination_of(toks, role.attach))
                or (role.kind == "other" and penalty)
                or (role.kind == "other" and role.prep in TIME_PREPS)
                or (toks[role.attach].lemma.lower() in BASE_VERBS and toks[role.attach].dep == "acl")
                or (toks[role.attach].lemma.lower() in TRANSFER_VERBS and toks[role.attach].dep == "conj")
                or _inside_destination(toks, role.attach, trigger)
            )
        ):
            # "captured and sent to Hoa Lo prison": where another verb took them (but "an
            # entrance to the Old City" is a place); a place in no locative role in another
            # clause is that clause's
            continue
        if _names_timed_event(sentence, m, role, trigger):
            continue
        if parsed and _speakers_place(toks, role, trigger):
            speakers.append(m)
            continue
        if role.prep == "between":
            continue  # "the buffer zone between Georgia and Abkhazia" lies in neither
        route = trig_lemma in ROUTE_VERBS and role.attach == trigger  # "marched from Geneva"
        if role.kind == "from" and trig_lemma not in FROM_VERBS and not route:
            origins.update(c for c in (m.resolved.country, m.resolved.name) if c)
            continue
        dist: float
        if parsed:
            dist = tree_distance(sentence, role.attach, trigger)
            if m.source == "demonym" and role.kind == "other":
                dist += 1
        else:
            dist = min(abs(m.start - trigger), abs(m.end - 1 - trigger)) / 4
        limit = 2 if role.kind == "other" else 4
        rank = (
            _ROLE_RANK[role.kind]
            + penalty
            + (0.5 if in_apposition(toks, mention_head(sentence, m)) else 0)
            + (LOCATOR_RANK if locates_previous(toks, here, m, refs) else 0)
        )
        key = (
            dist + rank,
            mention_fineness(toks, m),
            _depth(toks, mention_head(sentence, m), role.attach),
            abs(m.start - trigger),
            penalty,
        )
        if dist > limit:
            if role.kind in ("loc", "target", "to") and dist <= 2 * limit:
                deep.append((key, m))
            continue
        scored.append((key, m))
        roles[m.start] = role
    if parsed:
        scored = [x for x in scored if not _captive(sentence, x[1], roles, here)]
    if scored:
        scored = lift_located(toks, here, scored, refs)
        scored.sort(key=lambda x: x[0])
        scored = containers_last(sentence, scored)
        score, best = scored[0][0][0], scored[0][1]
        top = mention_head(sentence, best)  # "in Baghdad's district of Kadhimiya": the district
        best = next((m for _, m in scored[1:] if names_part_of(toks, mention_head(sentence, m), top)), best)
        # "attacked Avdiivka in the Donetsk region": a place inside the winner, nearly as well
        # attached in the same clause, is the more precise answer; so is a village the
        # gazetteer lacks, placed on the winner ("in Kollupitiya, central Colombo")
        inside = [
            m
            for sc, m in sorted(scored[1:] + deep, key=lambda x: x[0])
            if m.resolved is not None
            and sc[4] <= scored[0][0][4]
            and (sc[0] <= score + INSIDE_MARGIN or m.resolved.kind == "unlisted")
            and not (_other_verb(toks, roles, m, trigger) and not _other_verb(toks, roles, best, trigger))
            and within(m.resolved, best.resolved)
            and (m.resolved.kind != "unlisted" or named_as_inside(sentence, m, best))
            and mention_fineness(toks, m) <= mention_fineness(toks, best)  # no province inside a town
            and not locates_previous(toks, here, m, refs)
        ]
        if inside:
            best = inside[0]
        others = [m for _, m in scored]
        best = stated_conjunct(best, others, toks, {m.start: mention_head(sentence, m) for m in others})
        assert best.resolved is not None
        return to_place(best.text, best.resolved)
    if deep:  # the only places of the sentence, far down the tree but in a place's position
        deep.sort(key=lambda x: x[0])
        best = deep[0][1]
        # "damage at Iraq's key oil terminal in the southern city of Basra": the place inside
        best = next(
            (
                m
                for sc, m in deep[1:]
                if sc[4] <= deep[0][0][4]
                and sc[0] <= deep[0][0][0] + INSIDE_MARGIN
                and within(m.resolved, best.resolved)
                and m.resolved is not None
                and m.resolved.kind != "unlisted"
                and not locates_previous(toks, here, m, refs)
            ),
            best,
        )
        assert best.resolved is not None
        return to_place(best.text, best.resolved)
    if relatives and relatives[0].resolved is not None:
        # "killed fighters who tried to break the siege of Homs": the only place of the sentence
        return to_place(relatives[0].text, relatives[0].resolved)
    if speakers and speakers[0].resolved is not None:  # "officials in Kyiv said a drone hit a depot"
        return to_place(speakers[0].text, speakers[0].resolved)
    dom = ctx.fallback(sentence.index)  # the paragraph's place in a text mixing stories, else the article's
    if dom is not None and (dom.country in origins or dom.name in origins):
        return None
    # "North Korea test-fired a missile" filed from SEOUL: in the acting state
    return acting_state_place(coded.event, dom, ctx.filed_from, gaz)


def _speakers_place(toks: Sequence[Token], role: Role, trigger: int) -> bool:
    """Does the place locate the subject of a verb whose clausal complement holds the trigger
    ("Lawmakers in Washington fear that the strikes could spread to targets inside Venezuela",
    "Officials in Kyiv said shelling hit Kherson")? It says where the speakers are, not where the
    event they speak of is; it is used only when the sentence names no other place."""
    t = toks[role.attach]
    if role.attach == trigger or t.dep not in ("nsubj", "nsubjpass") or not 0 <= t.head < len(toks):
        return False
    verb = t.head
    k, seen = trigger, 0
    while k != verb and toks[k].head != k and seen < len(toks):
        if toks[k].head == verb:
            return toks[k].dep == "ccomp"
        k, seen = toks[k].head, seen + 1
    return False


# Prepositions of a time phrase that names another event: "killed during Darayya's clashes".
_WHEN_PREPS = TIME_PREPS | {"during"}


def _names_timed_event(sentence: Sentence, m: Mention, role: Role, trigger: int) -> bool:
    """Does `m` own or name the noun of a time phrase on the trigger ("killed during Darayya's
    clashes", "two days before Colombia's Independence Day", "encircled since the Tel Aviv
    bombing")? The place names the other event, which dates this one. Only the phrase's own
    noun counts: RELABEL marks "killed since the launch of the Mosul operation" as in Mosul,
    and the object of "of" ("during the invasion of Panama") is left to the usual ranking."""
    if role.kind != "other" or role.prep not in _WHEN_PREPS or role.attach != trigger:
        return False
    toks = sentence.tokens
    head = toks[mention_head(sentence, m)]
    if head.dep not in ("poss", "compound", "nmod", "amod") or not 0 <= head.head < len(toks):
        return False
    noun = toks[head.head]
    if noun.dep != "pobj" or not 0 <= noun.head < len(toks):
        return False
    return toks[noun.head].head == trigger and toks[noun.head].text.lower() in _WHEN_PREPS


def _destination_of(toks: Sequence[Token], k: int) -> bool:
    """Does "to X" hung on tokens[k] (not the trigger) name where something else goes: another
    verb ("captured and taken to Hanoi"), a way or transfer ("on their way to Sarajevo", "the
    sale of reactors to Iran", "trying to get back to Jordan")? Not a place noun, a word of
    nearness or a stay: "the entrance to Heathrow", "villages close to Algiers", "the road to
    Kabul", "during a visit to Somalia" are there."""
    t = toks[k]
    if t.pos == "VERB":
        return True
    there = PLACE_NOUNS | FACILITY_WORDS | STAY_NOUNS
    return t.lemma.lower() not in there and t.text.lower() not in NEAR_WORDS


def _moved_to(toks: Sequence[Token], role: Role, trigger: int) -> Role:
    """The destination phrase `role` re-hung on the trigger when it names where the trigger's act
    goes: "to X" on the object of a verb of movement is the verb's destination ("deploy a brigade
    to Lithuania", which the parser hangs on "brigade"), and a movement verb's destination is the
    place of the act its purpose clause names ("send its minister to Yerevan to discuss the
    route": the talks are in Yerevan). Otherwise `role` unchanged."""
    k = role.attach
    if not 0 <= k < len(toks):
        return role
    obj = toks[k]
    if (
        obj.dep in ("dobj", "obj")
        and 0 <= obj.head < len(toks)
        and toks[obj.head].lemma.lower() in MOVEMENT_VERBS
    ):
        k = obj.head
    if k == trigger:
        return replace(role, attach=trigger)
    trig = toks[trigger]
    purpose = (
        trig.head == k
        and trig.dep in ("advcl", "xcomp")
        and toks[k].lemma.lower() in MOVEMENT_VERBS
        and any(t.head == trigger and t.tag == "TO" for t in toks[max(0, trigger - 2) : trigger])
    )
    return replace(role, attach=trigger) if purpose else role


def _inside_destination(toks: Sequence[Token], k: int, trigger: int) -> bool:
    """Is tokens[k] the noun of another verb's destination ("deported to the camp at Mauthausen",
    "made her way to government-held Zenica")? A place inside that phrase is where they went."""
    t = toks[k]
    if t.dep != "pobj" or not 0 <= t.head < len(toks):
        return False
    if t.pos != "PROPN" and t.lemma.lower() not in PLACE_NOUNS | FACILITY_WORDS:
        return False  # "driving to work in Pattani", "sat down to a meal in their Belfast home"
    prep = toks[t.head]
    verb = prep.head
    return (
        prep.text.lower() in _DESTINATION_PREPS
        and 0 <= verb < len(toks)
        and verb != trigger
        and toks[verb].pos == "VERB"
    )


def _captive(sentence: Sentence, m: Mention, roles: dict[int, Role], mentions: Sequence[Mention]) -> bool:
    """Is `m`, the passive subject of a verb, a person rather than a place, because the verb names
    its own place outside it ("Mancao was captured in Florida", "Cybulska was captured in the
    city of Sosnowiec")? A town is not captured in another place; "Delhi in India is captured"
    hangs its place on Delhi, not on the verb."""
    role = roles.get(m.start)
    toks = sentence.tokens
    if (
        role is None
        or role.kind != "target"
        or toks[mention_head(sentence, m)].dep not in ("nsubjpass", "nsubj")
    ):
        return False
    # a name the gazetteer lacks lies "within" a place only because it was placed on it: no
    # evidence ("Mancao was captured in Florida")
    unlisted = m.resolved is not None and m.resolved.kind == "unlisted"
    return any(
        r.kind == "loc"
        and (r.attach == role.attach or _near_verb(toks, r.attach, role.attach, mention_head(sentence, m)))
        and r.prep in INSIDE_PREPS
        and o.resolved is not None
        and (unlisted or not within(m.resolved, o.resolved))
        for o in mentions
        if o is not m and (r := roles.get(o.start)) is not None
    )


def _named_captive(sentence: Sentence, m: Mention, role: Role, trigger: int) -> bool:
    """Is `m` a bare name, as the trigger's passive subject, that the gazetteer lacks ("Haddad was
    captured", "Karimov and four guards were captured")? A town that is taken is listed or comes
    with its noun ("the village of Kafr Nabl was captured"); a bare name the gazetteer lacks is the
    captive, not the place, and so is a listed one the sentence then calls "he" or "his"
    (`_named_as_person`). (The model's person label alone is no evidence: the small model tags
    towns PERSON, "Kherson was captured".)"""
    toks = sentence.tokens
    h = mention_head(sentence, m)
    if (
        role.kind != "target"
        or role.attach != trigger
        or toks[h].dep != "nsubjpass"
        or toks[h].pos != "PROPN"
    ):
        return False
    if m.resolved is not None and m.resolved.kind == "unlisted" and m.source == "unlisted":
        return True
    return _named_as_person(toks, m.end)


_PERSON_PRONOUNS = frozenset({"he", "his", "him", "she", "her"})


def _named_as_person(toks: Sequence[Token], after: int) -> bool:
    """Does the sentence refer back to the name ending before tokens[after] with "he", "his",
    "she" or "her" before naming any other person ("Arad was captured after his plane was shot
    down")? A town is "it"; a personal pronoun with no other person for it to mean makes the
    passive subject the captive, listed as a town or not."""
    for t in toks[after:]:
        if t.ent_type == "PERSON":
            return False
        if t.text.lower() in _PERSON_PRONOUNS and t.pos == "PRON":
            return True
    return False


def _near_verb(toks: Sequence[Token], k: int, verb: int, captive: int) -> bool:
    """Is tokens[k] at most two steps below the verb, outside the captive's own phrase ("captured
    Jan. 15 in Panama", "captured Dec. 4 in a remote area near Jacmel"; not "Mbuji Mayi, the main
    city in Kasai province, was captured")?"""
    for _ in range(2):
        if k == captive or not 0 <= k < len(toks) or toks[k].head == k:
            return False
        k = toks[k].head
        if k == verb:
            return True
    return False


def _depth(toks: Sequence[Token], k: int, attach: int) -> int:
    """Steps from a place name up to the word its phrase attaches to: on a tie the head of a
    phrase beats its modifiers ("the Sayid Karam district of Paktya" is in Sayid Karam), and a
    possessor counts one step more: it owns the place named beside it ("Baghdad's Sadr City
    neighbourhood", "Miami's Little Havana district")."""
    extra = 1 if 0 <= k < len(toks) and toks[k].dep == "poss" else 0
    for steps in range(len(toks)):
        if k == attach or not 0 <= k < len(toks) or toks[k].head == k:
            return steps + extra
        k = toks[k].head
    return len(toks)


# A place inside the best one wins when attached nearly as well: "In the Gaza Strip, a boy was
# killed near the town of Khan Yunis" (a frame, then the place of the event, three steps down).
INSIDE_MARGIN = 3.0


_DESTINATION_PREPS = frozenset({"to", "toward", "towards"})


def _other_verb(toks: Sequence[Token], roles: dict[int, Role], m: Mention, trigger: int) -> bool:
    """Is `m` the object of a verb joined to another by "and" ("captured territory in Bosnia,
    and … took the town of Kupres")? A place inside the winner but taken by another verb is that
    verb's target, not a finer answer for the trigger's."""
    role = roles.get(m.start)
    if role is None or role.attach == trigger or role.kind != "target":
        return False
    verb = toks[role.attach]
    return verb.pos in ("VERB", "AUX") and verb.dep == "conj"


def _fronted(toks: Sequence[Token], m: Mention, trigger: int) -> bool:
    """Does the sentence open with a locative phrase naming `m` and set off by a comma ("In
    Pijijiapan, …", "In the town of Qaim, …")? It frames the whole sentence, whatever clause the
    parser hung it on."""
    k = 1 if toks and toks[0].text in ('"', "'", "“") else 0
    if k >= m.start or toks[k].text.lower() not in LOCATOR_PREPS | {"at", "across", "throughout"}:
        return False
    between = toks[k + 1 : m.start]
    if len(between) > 4 or any(
        t.pos not in ("DET", "ADJ", "NOUN", "PROPN") and t.text != "of" for t in between
    ):
        return False
    return any(t.text == "," for t in toks[m.end : min(trigger, m.end + 8)])
