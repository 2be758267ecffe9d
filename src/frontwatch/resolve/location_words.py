"""Word lists by which `event_location` reads a place's role in a sentence: verbs whose patient
is a person, nouns of periods, prizes and agents, prepositions that place nothing."""

from __future__ import annotations

from frontwatch.syntax import words

FROM_VERBS = words(
    """
    withdraw retreat pull evacuate flee leave expel oust drive push repel liberate free remove
    depart exit
    """
)


# Verbs of going along a route: "marched from Geneva", "patrolling from Kunduz city to the airport"
# go through where they start (but "troops from Britain patrolled" came from there).
ROUTE_VERBS = words("march patrol parade walk")


# Verbs whose patient is a person, never a place: "Zongo was shot" names a man, not a town.
PERSON_VERBS = words(
    """
    kill shoot wound injure murder assassinate execute kidnap abduct arrest detain behead stab
    torture rape lynch imprison jail sentence convict deport extradite hurt interrogate
    """
)


# Nouns of named periods and contests: "the 1991 Gulf War", "the Athens Games", "the Arab Spring".
PERIOD_NOUNS = words("war wars games olympics olympiad spring uprising revolution intifada cup championship")


# Objects won or caught that are no ground: a place owning one is whose they are, not where the
# event happened ("captured the hearts of Japan", "captured Kazakstan's first boxing gold", "the
# attention of Hollywood"). Not "heart": "troops captured the heart of Ramadi" is ground.
PRIZE_NOUNS = words(
    """
    attention imagination mood hearts title gold silver bronze medal prize crown award trophy
    championship spirit interest
    """
)


# Nouns for a company or a group right before its name, which is no place ("French group Orano",
# "the mining company Anglo", "state firm Naftogaz").
COMPANY_NOUNS = words(
    """
    company companies group firm conglomerate giant operator miner maker manufacturer producer
    insurer carrier lender bank broadcaster newspaper publisher outlet agency
    """
)


# A place inside a phrase headed by one of these is not where the event happened ("according to
# sources in Nineveh", "shot by a Staten Island officer", "captured silver with Canada's …").
NON_LOC_PREPS = words("by with for according about like than despite without")


# Words that put a place next to the event ("a town northeast of Baghdad", "much of Liberia").
DIRECTION_WORDS = words(
    """
    north south east west northeast northwest southeast southwest north-east north-west south-east
    south-west much most all half rest part parts some swathes
    """
)


# People and outlets a place name may qualify ("a Staten Island police officer", "Los Angeles
# television station KCAL"): the place is theirs, not the event's.
AGENT_NOUNS = words(
    """
    officer official police policeman soldier troop force army leader commander spokesman
    spokeswoman chief resident citizen native team club television radio newspaper media
    correspondent reporter governor mayor player fan
    """
)


# A country's military posts stand abroad as often as at home: "a U.S. base at Balad".
FOREIGN_POST_NOUNS = words("base bases")


WEEKDAYS = words("monday tuesday wednesday thursday friday saturday sunday")


QUANTITY_WORDS = words("much most all half rest part parts some swathes")


# Nouns of what is seen or reported: "footage from Bucha" is footage of Bucha, not an origin.
MEDIA_NOUNS = words(
    """
    footage video image imagery photo picture view smoke explosion explosions fire aftermath scene
    """
)

# Nouns of a complex preposition whose object is a cause or a party, not a ground: "in support of
# Iraq", "in memory of", "on behalf of", "in protest of" (but "in front of", "in the heart of" are
# places).
PURPOSE_NOUNS = words(
    """
    support memory honour honor favour favor name sake behalf protest response
    retaliation violation breach pursuit search charge
    """
)
# Verbs and nouns of addressing or giving to someone: "to" after them names the addressee or
# recipient, not a destination ("protested to China", "a letter to Washington", "handed them over
# to the United States").
ADDRESS_WORDS = words(
    """
    protest complain appeal write speak talk say report explain apologise apologize communicate
    convey pledge promise propose submit express petition plead letter message complaint plea note
    request hand give deliver sell supply donate
    """
)
# Words of a distance before a compass word: "some 50 km (30 miles) northwest of Kathmandu".
DISTANCE_WORDS = words(
    """
    km kms kilometers kilometres kilometer kilometre miles mile meters metres yards some about around
    roughly nearly almost just only ( ) -
    """
)
# Verbs of a state or a life story, not of an act: "a man who lived in Saudi Arabia".
STATE_VERBS = words("be live bear work own have win reside grow hail study serve know base stay")


# A populated place's nouns: "the village of Kanan", "the town of Sagaing", "Kunduz city" name a
# town, never the admin area or region that shares its name.
TOWN_NOUNS = words("town village city hamlet settlement township")


# First-level area words after a name: "the Syunik province", "Washington state", "Shan State".
# Not "district": a district is often a town's own surroundings ("the Stryi district").
AREA_WORDS = words("province region oblast governorate krai kray state voblast prefecture")


# Words by which `toponyms` and `name_bounds` read place names (moved from toponyms).
LOC_PREPS = words(
    """
    in near into over outside at across along inside around within throughout on off onto
    through nearby beyond towards toward to against targeting hitting
    """
)
WEAK_PREPS = frozenset({"to", "towards", "toward", "against", "on", "through", "beyond"})
FIRM_PREPS = LOC_PREPS - WEAK_PREPS
INSIDE_PREPS = frozenset({"in", "near", "outside", "inside", "around"})


TARGET_VERBS = words(
    """
    attack shell strike hit bomb capture seize take enter invade occupy liberate recapture
    retake storm raid target surround encircle besiege pound bombard reach visit blockade annex
    control defend cross patrol destroy damage demolish loot ransack burn secure overrun
    """
)


# Verbs of striking at a place from outside it: "France bombed targets in the X area" names where
# France struck, not a place of France (see `place_context._struck_by_subject`).
ATTACK_VERBS = words("attack shell strike hit bomb raid target pound bombard")


# A country's missions stand in other countries: "the US embassy in Tehran" is not in the US.
MISSION_NOUNS = words("embassy consulate embassies consulates")


# Offices held over a place: "the governor of Fallujah" says whose official he is, not where the
# event happened (but "the top al-Qaida commander in Somalia" may well be where he was hit).
TITLE_NOUNS = words(
    """
    governor mayor minister prosecutor commander chief leader official spokesman spokeswoman
    ambassador envoy president director judge correspondent champion head
    """
)


# Participles naming where a party is based: "a task force based in Djibouti has been patrolling
# the Gulf of Aden" says where the force comes from, not where it patrols.
BASE_VERBS = words("base station headquarter garrison")


# "captured and deported to the camp at Mauthausen": a transfer joined by "and" is a later event.
TRANSFER_VERBS = words("deport send transfer move fly bring ship extradite evacuate airlift")

# Verbs that move their object to a destination: "deploy a brigade to Lithuania", "send its
# minister to Yerevan to discuss the route". Their "to" names where the object goes, however the
# parser hangs it (on the verb or on its object), and where a purpose clause's act takes place.
MOVEMENT_VERBS = TRANSFER_VERBS | words("deploy redeploy dispatch")


# Words after which "to X" is a place, not a destination: "the entrance to Heathrow", "close to".
NEAR_WORDS = words("close next near adjacent nearby entrance gate gates")


# Journeys that are a stay at their end: "killed during a visit to Somalia" was in Somalia.
STAY_NOUNS = words("trip visit tour pilgrimage mission deployment")


CONTAINER_NOUNS = words(
    """
    city town village region province district area outskirts suburb suburbs port capital oblast
    settlement centre center state county island coast border part parts north south east west
    territory municipality community neighbourhood neighborhood vicinity direction front airport
    base
    """
)
TERRITORY_NOUNS = words(
    """
    territory airspace soil border borders waters land lands side coast city town village region
    frontier capital port province border-crossing countryside plateau heights hill peak ridge
    """
)
FACILITY_WORDS = CONTAINER_NOUNS | words(
    """
    airbase airfield station plant bridge tower stadium hospital school square theater theatre church
    market railway road highway checkpoint dam harbour harbor street avenue palace camp prison park
    museum university hotel supermarket mall monastery cathedral mosque seminary lyceum gymnasium
    academy factory refinery depot warehouse terminal crossing barracks zoo
    """
)
# Nouns for a place of any kind, too common before other names to mark a facility's name ("U.S.
# facilities" names no facility called U.S.): a place owning one is where it lies ("Iran's
# nuclear sites").
SITE_NOUNS = words("site sites facility facilities installation installations")


PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})
NOT_PLACE_ENTS = words("DATE TIME MONEY PERCENT CARDINAL ORDINAL QUANTITY")
NAME_STOP_WORDS = words(
    """
    said says president minister reuters ap afp monday tuesday wednesday thursday friday
    saturday sunday january february march april may june july august september october november
    december god mr mrs ms dr general police army the a an i we it he she they this that but and
    or if as at in on of for by with all no new read more university street news press post
    times daily party court union station central city council avenue square airport base tower
    stadium bridge hospital school church market plant factory port district region north south
    east west northern southern eastern western centre center state national international
    federal republic media video photo footage satellite imagery update live breaking
    law decree treaty accord agreement charter constitution resolution protocol
    """
)
# Capitalised words that continue a proper name ("City Hall", "Ball State University"), though
# stop words elsewhere ("said", "Monday"): a town's name beside them is part of that name.
NAME_WORDS = frozenset({"City", "State", "National", "University", "Court", "Union", "Party", "Council"})
# Lower-case particles inside Portuguese, Spanish, Italian and French place names ("Mocimboa da
# Praia", "Ciudad del Este", "Vila Nova de Gaia"): a word after one, behind a capitalised word,
# is the tail of a longer name, never a place of its own ("Praia" of "Mocimboa da Praia").
NAME_PARTICLES = words("da de do dos das del della di du des")
REGION_DEMONYMS = {
    "european": "Europe", "african": "Africa", "asian": "Asia", "arctic": "Arctic", "caribbean": "Caribbean",
    "balkan": "Balkans", "sahelian": "Sahel", "crimean": "Crimea",
}  # fmt: skip
DISTRICT_NOUNS = words("district neighbourhood neighborhood quarter microdistrict suburb")
SETTLEMENT_NOUNS = words(
    """
    town village city district neighbourhood neighborhood area suburb quarter settlement hamlet
    township camp province governorate region island towns villages cities districts
    neighbourhoods neighborhoods areas suburbs settlements hamlets provinces regions islands
    """
)


# Named facilities and natural features ("Gagarin Stadium", "al-Shaab Stadium", "Manger Square",
# "Baghdad International Airport", "Hongze Lake"): the name is the place, on the coordinates of
# the town it stands in. Nouns that are also common in organisation names (house, centre,
# ministry) are left out.
FACILITY_NAMES = words(
    """
    airport airbase airfield station plant bridge tower stadium hospital clinic school square
    theater theatre church market bazaar railway road highway checkpoint dam harbour harbor street
    avenue boulevard palace prison park museum university hotel supermarket mall monastery cathedral
    mosque shrine temple synagogue seminary lyceum gymnasium academy factory refinery depot
    warehouse terminal crossing barracks zoo embassy consulate outpost brewery combine substation
    shipyard embankment junction home offices headquarters valley lake river mountain mountains
    hills desert gorge canal reservoir forest
    """
)


# The words of a compass-point name ("North-West", "Northeast", "the Far North", "Central"): a
# name of nothing but these names a part of some country, never a town elsewhere by itself.
COMPASS_NAME_WORDS = words(
    """
    north south east west northern southern eastern western central centre center far
    northeast northwest southeast southwest northeastern northwestern southeastern southwestern
    """
)
