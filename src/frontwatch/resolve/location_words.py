"""Word lists by which `event_location` reads a place's role in a sentence: verbs whose patient
is a person, nouns of periods, prizes and agents, prepositions that place nothing."""

from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


FROM_VERBS = _words(
    """
    withdraw retreat pull evacuate flee leave expel oust drive push repel liberate free remove
    depart exit
    """
)


# Verbs of going along a route: "marched from Geneva", "patrolling from Kunduz city to the airport"
# go through where they start (but "troops from Britain patrolled" came from there).
ROUTE_VERBS = _words("march patrol parade walk")


# Verbs whose patient is a person, never a place: "Zongo was shot" names a man, not a town.
PERSON_VERBS = _words(
    """
    kill shoot wound injure murder assassinate execute kidnap abduct arrest detain behead stab
    torture rape lynch imprison jail sentence convict deport extradite hurt interrogate
    """
)


# Nouns of named periods and contests: "the 1991 Gulf War", "the Athens Games", "the Arab Spring".
PERIOD_NOUNS = _words("war wars games olympics olympiad spring uprising revolution intifada cup championship")


# Objects won or caught that are no ground: a place owning one is whose they are, not where the
# event happened ("captured the hearts of Japan", "captured Kazakstan's first boxing gold", "the
# attention of Hollywood"). Not "heart": "troops captured the heart of Ramadi" is ground.
PRIZE_NOUNS = _words(
    """
    attention imagination mood hearts title gold silver bronze medal prize crown award trophy
    championship spirit interest
    """
)


# A place inside a phrase headed by one of these is not where the event happened ("according to
# sources in Nineveh", "shot by a Staten Island officer", "captured silver with Canada's …").
NON_LOC_PREPS = _words("by with for according about like than despite without")


# Words that put a place next to the event ("a town northeast of Baghdad", "much of Liberia").
DIRECTION_WORDS = _words(
    """
    north south east west northeast northwest southeast southwest north-east north-west south-east
    south-west much most all half rest part parts some swathes
    """
)


# People and outlets a place name may qualify ("a Staten Island police officer", "Los Angeles
# television station KCAL"): the place is theirs, not the event's.
AGENT_NOUNS = _words(
    """
    officer official police policeman soldier troop force army leader commander spokesman
    spokeswoman chief resident citizen native team club television radio newspaper media
    correspondent reporter governor mayor player fan
    """
)


# A country's military posts stand abroad as often as at home: "a U.S. base at Balad".
FOREIGN_POST_NOUNS = _words("base bases")


WEEKDAYS = _words("monday tuesday wednesday thursday friday saturday sunday")


QUANTITY_WORDS = _words("much most all half rest part parts some swathes")


# Nouns of what is seen or reported: "footage from Bucha" is footage of Bucha, not an origin.
MEDIA_NOUNS = _words(
    """
    footage video image imagery photo picture view smoke explosion explosions fire aftermath scene
    """
)

# Nouns of a complex preposition whose object is a cause or a party, not a ground: "in support of
# Iraq", "in memory of", "on behalf of", "in protest of" (but "in front of", "in the heart of" are
# places).
PURPOSE_NOUNS = _words(
    """
    support memory honour honor favour favor name sake behalf protest response
    retaliation violation breach pursuit search charge
    """
)
# Verbs and nouns of addressing someone: "to" after them names the addressee, not a destination
# ("protested to China", "complained to Moscow", "a letter to Washington").
ADDRESS_WORDS = _words(
    """
    protest complain appeal write speak talk say report explain apologise apologize communicate
    convey pledge promise propose submit express petition plead letter message complaint plea note
    request
    """
)
# Words of a distance before a compass word: "some 50 km (30 miles) northwest of Kathmandu".
DISTANCE_WORDS = _words(
    """
    km kms kilometers kilometres kilometer kilometre miles mile meters metres yards some about around
    roughly nearly almost just only ( ) -
    """
)
# Verbs of a state or a life story, not of an act: "a man who lived in Saudi Arabia".
STATE_VERBS = _words("be live bear work own have win reside grow hail study serve know base stay")


# A populated place's nouns: "the village of Kanan", "the town of Sagaing", "Kunduz city" name a
# town, never the admin area or region that shares its name.
TOWN_NOUNS = _words("town village city hamlet settlement township")


# First-level area words after a name: "the Syunik province", "Washington state", "Shan State".
# Not "district": a district is often a town's own surroundings ("the Stryi district").
AREA_WORDS = _words("province region oblast governorate krai kray state voblast prefecture")
