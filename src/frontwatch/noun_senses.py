"""Senses of a trigger noun that report no event of the sentence (step 1 of triggers.py).

A noun from triggers.yaml names no event of its own when
- its "of"/"to" object or its compound gives it another sense ("the release of the report",
  "their party conference"), or it is part of an idiom ("in charge of") or hearsay ("talk of");
- it is the name of a festival or a past battle ("the Battle of the Oranges"), or what an
  anniversary marks ("the anniversary of the invasion");
- it is what a ban forbids ("a ban on demonstrations"), or a ban on a habit or a good ("the ban
  on smoking", `habit_banned`), which coerces no party;
- it is the place a statement was made ("said at a summit"), or only dates the news ("after a
  demonstration": kept only when nothing else is the news).

`lemma_with_compound` spells an object with its compound and "of" phrase for the object and
exclusion patterns of triggers.yaml, for verbs and nouns alike.
"""

from __future__ import annotations

from .lexicon import Trigger
from .nlp import Token
from .syntax import Tree, words
from .verb_objects import PARTS

# Nouns a trigger may modify as a compound and still be the event ("a sanctions package").
CONTAINERS = words("package round wave campaign operation regime programme program series effort")
# Object nouns whose compound names what the verb acts on ("suspended aid deliveries").
CARRIERS = CONTAINERS | words("delivery deliveries shipment flight link")


def lemma_with_compound(tree: Tree, tok: Token) -> set[str]:
    """The names an object answers to in a pattern: its lemma and text, with its compound ("aid
    delivery") or adjective ("military presence"), its "of" phrase ("state of emergency") and,
    for carriers and names, the compound alone."""
    names = {tok.lemma.lower(), tok.text.lower()}
    for c in tree.children(tok.i, "amod"):  # "its military presence": the kind of presence
        names.add(f"{c.lemma.lower()} {tok.lemma.lower()}")
    for c in tree.children(tok.i, "compound"):
        names.add(f"{c.lemma.lower()} {tok.lemma.lower()}")
        if tok.lemma.lower() in CARRIERS:  # "suspended aid deliveries", "mediation efforts"
            names.add(c.lemma.lower())
        if tok.pos == "PROPN":  # "allowed candidate Alassane Ouattara", "received Foreign Minister Peres"
            names.add(c.lemma.lower())
    for p in tree.children(tok.i, "prep"):  # "a state of emergency"
        if p.lemma.lower() == "of":
            for o in tree.children(p.i, "pobj"):
                names.add(f"{tok.lemma.lower()} of {o.lemma.lower()}")
                # "ships of Moscow's shadow fleet": the kind of the whole the part belongs to
                names.update(f"{tok.lemma.lower()} of {c.lemma.lower()} {o.lemma.lower()}"
                             for c in tree.children(o.i, "compound", "amod"))  # fmt: skip
    return names


# Verbs of stating: a meeting they are made at is their venue ("said at a summit"); with "must"
# on someone else they are demands (triggers.py: "Russia said that Sudan must return …").
STATING = words("""say announce insist state declare conclude stress tell add reiterate emphasize
    emphasise write""")

# Nouns that make an idiom with the word governing them: "in charge of", "took charge"; a retreat
# held, hosted or attended is a secluded meeting ("held a two-day retreat with provincial leaders").
_IDIOMS = {"charge": words("in take assume"), "retreat": words("hold host attend organise organize")}
# Verbs that put a penalty on hold: its noun names no penalty imposed ("paused most of its new
# tariffs for 90 days", "a condition set for pausing the tariffs").
_HELD_OFF = words("pause waive shelve")


def _held_off(tree: Tree, noun: Token) -> bool:
    """True for a penalty noun that is the object of a verb putting it on hold, directly or
    through a part of it ("paused most of its new tariffs")."""
    node = noun
    prep = tree.head(noun.i)
    if noun.dep == "pobj" and prep is not None and prep.lemma.lower() == "of":
        part = tree.head(prep.i)
        node = part if part is not None and part.lemma.lower() in PARTS else noun
    verb = tree.head(node.i)
    return node.dep == "dobj" and verb is not None and verb.lemma.lower() in _HELD_OFF


def excluded(tree: Tree, noun: Token, entry: Trigger) -> bool:
    """True when a noun's "of" or "to" object, its compound or its adjective gives it
    another sense ("the release of the report", "a trip to the hospital", "their party conference",
    "a charm offensive", "his verbal attacks", "cardiac arrest"), the noun is part of an
    idiom ("was in charge of Ukraine policy"), or its singular with "of" is hearsay ("there was
    talk of new sanctions"; "talks of the foreign ministers", "returned for talk on missiles" are
    held)."""
    governor = tree.head(noun.i)
    if governor is not None and governor.lemma.lower() in _IDIOMS.get(noun.lemma.lower(), ()):
        return True
    if entry.event_type == "ASSAULT" and _in_a_game(tree, noun):
        return True
    if entry.event_type == "SANCTION" and _held_off(tree, noun):
        return True
    if noun.text.lower() in _HEARSAY and any(p.lemma.lower() == "of" for p in tree.children(noun.i, "prep")):
        return True
    if entry.event_type in _MADE_ONCE and governor is not None and _collapsing(tree, noun, governor):
        return True
    if entry.event_type == "REQUEST" and _market_demand(tree, noun):
        return True
    if entry.event_type == "ACCUSE" and _spacecraft(tree, noun):
        return True
    if not entry.excluded:
        return False
    preps = [p for p in tree.children(noun.i, "prep") if p.lemma.lower() in ("of", "to")]
    objs = [o for p in preps for o in tree.children(p.i, "pobj")]
    if any(c.lemma.lower() in entry.excluded for c in tree.children(noun.i, "compound", "amod")):
        return True  # "their party conference", "a hospital trip", "a diplomatic offensive"
    return any(lemma_with_compound(tree, o) & entry.excluded for o in objs)


# A market's demand: by its modifier ("consumer demand", "oil demand") or as what rises and falls
# ("demand for Japanese cars fell"); a party's demand is made, issued or rejected.
_MARKET = words("""consumer domestic global world oil energy export import weak strong slack sluggish
    robust seasonal peak housing credit loan electricity gas fuel steel car supply""")
_MOVING = words("""fall rise drop decline grow slump increase surge soar weaken slow outstrip outpace
    exceed ease recover jump plunge dip slacken pick""")


def _market_demand(tree: Tree, noun: Token) -> bool:
    """True for "demand" as a market's ("demand for Japanese cars fell", "weak oil demand")."""
    if noun.lemma.lower() != "demand":
        return False
    if any(c.lemma.lower() in _MARKET for c in tree.children(noun.i, "amod", "compound", "conj")):
        return True
    head = tree.head(noun.i)
    return noun.dep == "nsubj" and head is not None and head.lemma.lower() in _MOVING


# Words of space flight: a probe among them is a spacecraft, no inquiry ("the Soviet probe Vega
# sent back pictures of Halley's comet").
_SPACE = words("""space spacecraft comet planet mars venus jupiter saturn mercury moon lunar orbit
    asteroid astronomer nasa satellite interplanetary unmanned""")


def _spacecraft(tree: Tree, noun: Token) -> bool:
    """True for "probe" as a spacecraft: no "into" inquiry and a word of space flight in its
    sentence (read only for this rare noun)."""
    if noun.lemma.lower() != "probe" or any(p.lemma.lower() == "into" for p in tree.children(noun.i, "prep")):
        return False
    return any(t.lemma.lower() in _SPACE for t in tree.tokens)


# What a side attacks in a game ("attacks on the Nigerian goal").
_GAME_TARGETS = words("goal goalmouth net goalkeeper goalie basket wicket")
# Games an attack is made in ("led the attack in Saturday's match").
_GAMES = words("match game final semifinal semi-final quarterfinal quarter-final derby friendly fixture")
# Words of a game that, beside a score, make a sentence a game's report ("won 3-0").
_GAME_WORDS = words("""win beat lose draw score match game cup championship tournament final league
    goal stadium team squad""")


def _in_a_game(tree: Tree, noun: Token) -> bool:
    """True for an attack in a game: aimed "on"/"at" a goal, a net or a basket ("attacks on the
    Nigerian goal"), made "in" a match ("led the attack in Saturday's match"), or told in a
    sentence that gives a game's score beside a word of the game ("Brazil's attack tore apart
    the defence as they won 3-0")."""
    heads = [noun, *([tree.tok(noun.head)] if noun.dep in ("dobj", "pobj") else [])]
    preps = [p for h in heads for p in tree.children(h.i, "prep") if p.lemma.lower() in ("on", "at")]
    if any(o.lemma.lower() in _GAME_TARGETS for p in preps for o in tree.children(p.i, "pobj")):
        return True
    during = [p for h in heads for p in tree.children(h.i, "prep") if p.lemma.lower() in ("in", "during")]
    if any(o.lemma.lower() in _GAMES for p in during for o in tree.children(p.i, "pobj")):
        return True  # "led the attack in Saturday's match"
    return _score(tree) and any(t.lemma.lower() in _GAME_WORDS for t in tree.tokens)


def _score(tree: Tree) -> bool:
    """True when the sentence gives a game's score ("3-0", "2 - 1"): two small numbers joined by
    a hyphen."""
    texts = [t.text for t in tree.tokens]
    for k, text in enumerate(texts):
        left, dash, right = text.partition("-")
        if dash and left.isdigit() and right.isdigit() and len(left) <= 2 and len(right) <= 2:
            return True
        if text == "-" and 0 < k < len(texts) - 1:
            left, right = texts[k - 1], texts[k + 1]
            if left.isdigit() and right.isdigit() and len(left) <= 2 and len(right) <= 2:
                return True
    return False


# Events that a deal or a truce is once made: its collapse is not its making ("warned that the
# peace deal could collapse", "if the truce collapses").
_MADE_ONCE = frozenset({"AGREE", "RETREAT"})
_COLLAPSE = words("collapse unravel crumble falter founder disintegrate")
_COLLAPSE_PARTICLES = {"break": "down", "fall": "apart"}


def _collapsing(tree: Tree, noun: Token, verb: Token) -> bool:
    """True when the noun is the subject of a verb of collapse: an existing deal or truce that
    breaks down, neither reached nor kept."""
    if noun.dep != "nsubj":
        return False
    lemma = verb.lemma.lower()
    if lemma in _COLLAPSE:
        return True
    particle = _COLLAPSE_PARTICLES.get(lemma)
    return particle is not None and any(
        c.lemma.lower() == particle for c in tree.children(verb.i, "prt", "advmod")
    )


# Singular nouns that name hearsay before "of" ("there was talk of new sanctions").
_HEARSAY = words("talk")


DOCUMENT_MODIFIERS = words("press news")
# Prepositions that set a nominal event as the time frame of the sentence's news.
TEMPORAL = words("after before during following amid amidst since until ahead prior")
# Meetings and calls: with a "with" phrase they name the other party, and the subject of the verb
# they are told under is the one who met ("said after talks with X", "told X in a phone call").
MEETINGS = words("talk meeting call conversation negotiation consultation discussion")


# Nouns whose "of" phrase names a past event as a date ("the anniversary of Russia's invasion"),
# or as what is remembered or suffered after it ("the memory of the massacre", "the horror of the
# siege", "the legacy of the occupation"): the event is the topic, not news.
_COMMEMORATIVE = words("""anniversary commemoration remembrance memorial eve memory memories legacy
    horror horrors trauma scars lessons""")


def commemorated(tree: Tree, noun: Token) -> bool:
    """True for an event named as what an anniversary marks or as what is remembered or suffered:
    a date or a topic, not news."""
    node = tree.first_conjunct(noun.i)
    prep = tree.head(node.i) if node is not None and node.dep == "pobj" else None
    if prep is None or prep.lemma.lower() != "of":
        return False
    head = tree.head(prep.i)
    return head is not None and head.i != prep.i and head.lemma.lower() in _COMMEMORATIVE


# Nouns of forbidding or limiting: their "on" phrase names a kind of act that may not take place.
_PROHIBITIONS = words("ban prohibition restriction curb limit limitation moratorium")


def forbidden(tree: Tree, noun: Token) -> bool:
    """True for an event noun named as what a ban or a restriction forbids ("imposed a ban on
    demonstrations", "extended restrictions on rallies"): a kind of act that is not to happen,
    no event of the ban's author (nor of anyone)."""
    node = tree.first_conjunct(noun.i)
    prep = tree.head(node.i) if node is not None and node.dep == "pobj" else None
    if prep is None or prep.lemma.lower() not in ("on", "against"):
        return False
    head = tree.head(prep.i)
    return head is not None and head.i != prep.i and head.lemma.lower() in _PROHIBITIONS


# Habits and goods that a public rule bans ("the ban on smoking", "banned alcohol sales"): no party
# is coerced, as a ban on rallies or parties coerces their organisers.
_HABITS = words("""smoking smoker tobacco cigarette cigar alcohol liquor drinking drink gambling
    hunting fishing whaling logging advertising advert advertisement pesticide firework fireworks
    plastic""")
_BANNING = words("ban prohibit outlaw impose")


def habit_banned(tree: Tree, tok: Token) -> bool:
    """True for a ban on a habit or a product, told by the noun ("the ban on smoking in public
    offices", "a smoking ban") or the verb ("banned smoking", "imposed a ban on alcohol sales"):
    a public rule of conduct, no restriction laid on a party (PLOVER COERCE restricts political
    freedoms)."""
    lemma = tok.lemma.lower()
    if lemma in _BANNING and tok.pos in ("VERB", "AUX"):
        objs = tree.children(tok.i, "dobj", "nsubjpass")
        return any(
            habit_banned(tree, o) if o.lemma.lower() in _PROHIBITIONS else _habit(tree, o) for o in objs
        )
    if lemma not in _PROHIBITIONS:
        return False
    if any(c.lemma.lower() in _HABITS for c in tree.children(tok.i, "compound", "amod")):
        return True  # "a smoking ban"
    preps = [p for p in tree.children(tok.i, "prep") if p.lemma.lower() in ("on", "of", "against")]
    return any(_habit(tree, o) for p in preps for o in tree.children(p.i, "pobj"))


def _habit(tree: Tree, tok: Token) -> bool:
    """A habit or a good by its noun or its compound ("smoking", "alcohol sales", "tobacco
    advertising")."""
    if tok.lemma.lower() in _HABITS or tok.text.lower() in _HABITS:
        return True
    return any(c.lemma.lower() in _HABITS for c in tree.children(tok.i, "compound", "amod"))


def background(tree: Tree, noun: Token) -> bool:
    """True when a nominal event only dates the reported one ("curfew imposed after a
    demonstration", "rioting during a G8 summit"): a preposition of time governs it and it
    names no actor of its own ("after the Hamas attack" is news of its own)."""
    for c in tree.children(noun.i):
        named = c.dep in ("compound", "amod", "nmod") and (c.pos == "PROPN" or c.text[:1].isupper())
        if c.dep == "poss" or named or (c.dep == "prep" and c.lemma.lower() == "by"):
            return False
        if c.dep == "prep" and c.lemma.lower() == "with" and noun.lemma.lower() in MEETINGS:
            return False  # "said after talks with his counterpart": the sayer's own talks, news
    node = tree.first_conjunct(noun.i)
    if node is None:
        return False
    prep = tree.head(node.i)
    if node.dep != "pobj" or prep is None:
        return False
    if prep.lemma.lower() in ("of", "to") and prep.head != prep.i:  # "ahead of", "prior to"
        prep = tree.tok(prep.head) if tree.tok(prep.head).lemma.lower() in TEMPORAL else prep
    return prep.lemma.lower() in TEMPORAL or prep.text.lower() in TEMPORAL


def named(tree: Tree, noun: Token) -> bool:
    """True for an event noun capitalised inside a sentence as the head of a name with a
    capitalised "of" phrase ("its annual Battle of the Oranges", "the Siege of Leningrad"): a
    festival's or a past battle's name, no act of the sentence."""
    if noun.i == 0 or not noun.text[:1].isupper() or tree.tok(noun.i - 1).text in (".", '"', "“", ":"):
        return False
    content = [t for t in tree.tokens if t.pos in ("NOUN", "VERB", "ADJ")]
    if sum(t.text[:1].isupper() for t in content) * 2 >= len(content):
        return False  # a headline in title case ("Shelling of Donetsk Kills Three")
    preps = [p for p in tree.children(noun.i, "prep") if p.lemma.lower() == "of"]
    return any(o.text[:1].isupper() for p in preps for o in tree.children(p.i, "pobj"))


def venue(tree: Tree, noun: Token) -> bool:
    """True when a meeting is only where a statement was made ("said at the Code Media
    conference", "announced at a summit in Brussels"): the statement is the news."""
    prep = tree.head(noun.i)
    if noun.dep != "pobj" or prep is None or prep.lemma.lower() != "at":
        return False
    if any(p.lemma.lower() == "with" for p in tree.children(noun.i, "prep")):
        return False  # "told a meeting with Putin": the meeting is news of its own
    verb = tree.head(prep.i)
    return verb is not None and verb.lemma.lower() in STATING
