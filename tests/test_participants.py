"""Participants: noun phrases to entities on real parses, with the packaged actor dictionary."""

from __future__ import annotations

from typing import Any

import pytest

from frontwatch import nlp
from frontwatch.participants import Discourse, Participants
from frontwatch.resolve.actors import ActorDictionary
from frontwatch.syntax import Tree


def resolve(text: str, word: str, model: Any) -> list[tuple[str, str | None, bool]]:
    """(name, country, inferred) of the phrase headed by `word` in a one-sentence text."""
    parsed = nlp.parse(text, model)
    assert len(parsed.sentences) == 1, text
    sent = parsed.sentences[0]
    parts = Participants(Tree(sent), ActorDictionary.load().match(sent, None), Discourse())
    head = next(t.i for t in sent.tokens if t.text == word)
    return [(r.entity.name, r.entity.country, r.inferred) for r in parts.entities(head)]


# An actor the dictionary cannot place takes the country the sentence is set in: where it acts
# (a country or capital after "in", "at", "near"), else the one state the sentence names.
SCENES = [
    ("Inmates began a hunger strike at a prison in East Timor's capital Dili.", "Inmates", "TLS"),
    ("Up to 100 ethnic Albanians demonstrated on Tuesday in Serbia.", "Albanians", "SRB"),
    ("President Ahmed Zerouali threatened to institute a curfew in Algiers.", "Zerouali", "DZA"),
    ("Islamic fundamentalists demanded the resignation of Algerian President Ahmed Ben Bella.",
     "fundamentalists", "DZA"),
    ("Unknown attackers killed five prisoners in Kabul.", "attackers", "AFG"),
    ("The convoy was ambushed by gunmen near Baghdad.", "gunmen", "IRQ"),
    ("Gunmen killed three policemen in the southern Pakistani city of Karachi.", "Gunmen", "PAK"),
    # a people without one state of its own is placed like anyone else
    ("Hutu militiamen killed hundreds of Tutsis in Rwanda.", "militiamen", "RWA"),
    ("Kurdish rebels attacked an army post in southeastern Turkey.", "rebels", "TUR"),
    # a part of a country: "Upper Egypt" like "Northern Iraq"
    ("Fundamentalists attacked a police post in Upper Egypt.", "Fundamentalists", "EGY"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "word", "country"), SCENES, ids=[s[1] for s in SCENES])
def test_an_unplaced_actor_takes_the_scene(model: Any, text: str, word: str, country: str) -> None:
    found = resolve(text, word, model)
    assert [(c, inferred) for _, c, inferred in found] == [(country, True)]


NO_SCENE = [
    # a nationality describes people, not where the sentence is set
    ("A French journalist was abducted by gunmen in Gao.", "gunmen"),
    # two states, neither of them the place
    ("Rebels attacked Ugandan and Rwandan troops.", "Rebels"),
    # a visitor is not from the place visited
    ("The defence minister visited Minsk.", "minister"),
    ("Gunmen travelled to Baghdad.", "Gunmen"),
    # a border has two sides
    ("Militants attacked a checkpoint near the Afghan border.", "Militants"),
    # who would commit a feared act is unknown
    ("Mali fears that jihadists could blockade Bamako.", "jihadists"),
    # a patient's country is not guessed
    ("Unknown attackers killed five prisoners in Kabul.", "prisoners"),
    # an organisation the dictionary knows to be transnational stays so
    ("Al-Qaeda claimed an attack on a hotel in Amman.", "Qaeda"),
    ("Al-Qaeda militants attacked a hotel in Amman.", "militants"),
]


@pytest.mark.parametrize(("text", "word"), NO_SCENE, ids=[s[1] for s in NO_SCENE])
def test_no_scene_country(model: Any, text: str, word: str) -> None:
    assert all(country is None for _, country, _ in resolve(text, word, model))


def test_the_scene_keeps_the_name_and_a_known_country_wins(model: Any) -> None:
    assert resolve("Prisoners rioted at a jail in Dili.", "Prisoners", model) == [("Prisoners", "TLS", True)]
    # the actor's own country is not replaced by the scene
    assert resolve("Russian troops shelled positions in Ukraine.", "troops", model) == [
        ("Russia", "RUS", False)
    ]


def resolve_in_text(text: str, word: str, model: Any) -> list[tuple[str | None, str | None]]:
    """(country, sector) of the phrase headed by the last `word` of a text, earlier sentences
    noted in the discourse the way the coder notes them (entities with a country, in order)."""
    parsed = nlp.parse(text, model)
    discourse = Discourse()
    for sent in parsed.sentences[:-1]:
        parts = Participants(Tree(sent), ActorDictionary.load().match(sent, None), discourse)
        for m in parts.mentions:  # a dateline's place is no antecedent (code.py)
            heads = [k for k in range(m.start, m.end) if not m.start <= sent.tokens[k].head < m.end]
            head = heads[0] if heads else m.end - 1  # a root inside the mention
            refs = parts.entities(head) if m.kind == "sector" else []
            entity = refs[0].entity if refs else m.entity
            if entity.country:
                discourse.note(entity, m.kind)
    sent = parsed.sentences[-1]
    parts = Participants(Tree(sent), ActorDictionary.load().match(sent, None), discourse)
    head = max(t.i for t in sent.tokens if t.text == word)
    return [(r.entity.country, r.entity.sector) for r in parts.entities(head)]


# A plural with no determiner is new people: it takes its own sentence's country or none, not
# that of people named in earlier sentences; "the troops" and "its forces" still refer back.
REFERENTS = [
    ("Georgian protesters blocked an avenue in Tbilisi. Protesters marched in Kabul on Sunday.",
     "Protesters", "AFG"),
    ("Georgian protesters blocked an avenue in Tbilisi. Protesters marched in Mandalay on Sunday.",
     "Protesters", None),
    ("Georgian police detained dozens in Tbilisi. Police fired tear gas at students in Mandalay.",
     "Police", None),
    ("Russian troops massed near the border. The troops shelled villages on Monday.", "troops", "RUS"),
    ("Russia massed troops near the border. Its forces shelled villages on Monday.", "forces", "RUS"),
    # a body speaking of its own people
    ("The Israeli military issued a statement. It said troops had destroyed a tunnel network.",
     "troops", "ISR"),
    ("Georgian police detained dozens. Troops destroyed a tunnel network, the Israeli military said.",
     "Troops", "ISR"),
    # the same noun again, in a sentence that places nobody: the people named before
    ("A train carrying Russian soldiers reached a depot, the Belarusian defence ministry said. "
     "It did not say how many soldiers had arrived.", "soldiers", "RUS"),
    # a singular title refers back to the last person who bore it, whatever their sector
    ("Israeli Defence Minister Yitzhak Mordechai visited the border. The minister threatened Hezbollah.",
     "minister", "ISR"),
    ("Thai Prime Minister Chuan Leekpai met Chinese officials. The prime minister accused Burma.",
     "minister", "THA"),
    # a sentence set in a country names that country's bodies, not the last story's (people travel)
    ("Iran's foreign ministry summoned the British envoy. Meanwhile, in Pakistan, the interior ministry "
     "banned protests.", "ministry", "PAK"),
    ("Iran's foreign ministry summoned the British envoy. In Islamabad, the ministry banned protests.",
     "ministry", "PAK"),
    ("Israeli Defence Minister Yitzhak Mordechai visited Washington. In Washington, the minister "
     "threatened Hezbollah.", "minister", "ISR"),
    ("Iran's foreign ministry summoned the British envoy. The ministry banned protests in Tehran.",
     "ministry", "IRN"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "word", "country"), REFERENTS, ids=[r[0][-40:] for r in REFERENTS])
def test_a_bare_plural_is_a_new_referent(model: Any, text: str, word: str, country: str | None) -> None:
    assert [c for c, _ in resolve_in_text(text, word, model)] == [country]


# A definite "the junta"/"the regime"/"the military government" is the one the story named before,
# whatever other state its own sentence names (the speaker's "France" is not the junta's).
RULERS = [
    ("Niger's military rulers on Friday ordered the French ambassador to leave the country. "
     "France said the junta had no authority to make such a request.", "junta", "NER"),
    ("Niger's military rulers ordered the French ambassador to leave. France said the military "
     "government had no authority.", "government", "NER"),
    ("Myanmar's military government arrested dozens of activists. The United States said the regime "
     "must release them.", "regime", "MMR"),
    ("Mali's junta expelled the French ambassador. Paris said the junta was isolating itself.",
     "junta", "MLI"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "word", "country"), RULERS, ids=[r[2] + r[1] for r in RULERS])
def test_the_junta_is_the_one_named_before(model: Any, text: str, word: str, country: str) -> None:
    assert resolve_in_text(text, word, model) == [(country, "GOV")]


# A bare name two states share (data/actors/shared_names.tsv) is the wire default ("Congo": the
# DRC) unless the story named the other state by a name of its own and never the default one.
SHARED = [
    ("Congo says Rwandan troops are fighting alongside M23 rebels.", "Congo", "COD"),
    ("Congo's government met envoys in Brazzaville. Congo said the talks went well.", "Congo", "COG"),
    ("Officials in Brazzaville welcomed the deal. Congo's army withdrew from the border.", "army", "COG"),
    ("Officials in Brazzaville and Kinshasa met. Congo said the talks went well.", "Congo", "COD"),
    ("Officials in Brazzaville welcomed the deal. DR Congo said the talks went well.", "Congo", "COD"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "word", "country"), SHARED, ids=[s[0][:30] for s in SHARED])
def test_a_shared_name_reads_the_story(model: Any, text: str, word: str, country: str) -> None:
    assert [c for c, _ in resolve_in_text(text, word, model)] == [country]


# Where forces attack or seize is where their target is: the places and states of that clause
# are no evidence of whose forces they are. Other acts, and other people, keep the scene.
STRIKES = [
    ("Troops shelled villages in Ukraine on Monday.", "Troops", None),
    ("Troops killed two Ukrainian soldiers near Bakhmut.", "Troops", None),
    ("Soldiers opened fire on protesters in Kabul.", "Soldiers", None),
    ("The village in Syria was shelled by troops.", "troops", None),
    # no target: the place is where they are (a headline's passive)
    ("Three soldiers killed, 15 wounded in east Ukraine.", "soldiers", "UKR"),
    # not an attack
    ("Troops massed in Belarus on Monday.", "Troops", "BLR"),
    # police and unknown attackers act at home
    ("Police detained dozens of protesters in Tbilisi.", "Police", "GEO"),
    ("Unknown attackers killed five prisoners in Kabul.", "attackers", "AFG"),
    # forces named as a government's fight in their own state (a civil war's wording)
    ("Government troops killed 30 rebels in northern Uganda.", "troops", "UGA"),
    ("Pro-government militiamen attacked villages in Sudan.", "militiamen", "SDN"),
    ("Forces loyal to the government bombed rebel-held towns in Syria.", "Forces", "SYR"),
    ("Forces fighting the government bombed towns in Syria.", "Forces", None),
    # a coup is made at home
    ("Dissident army officers seized power in Sierra Leone.", "officers", "SLE"),
    ("Troops seized a town in Syria.", "Troops", None),
]  # fmt: skip


@pytest.mark.parametrize(("text", "word", "country"), STRIKES, ids=[s[0][:40] for s in STRIKES])
def test_forces_do_not_take_the_country_they_strike(
    model: Any, text: str, word: str, country: str | None
) -> None:
    assert [c for c, _ in resolve_in_text(text, word, model)] == [country]


def test_a_place_targeted_takes_its_country(model: Any) -> None:
    found = resolve_in_text("Vietnamese-led forces retook a village in Western Cambodia.", "village", model)
    assert found == [("KHM", None)]
    assert resolve_in_text("Rebels shelled army positions inside Syria.", "positions", model)[0][0] == "SYR"


# A state's police, security service, courts or government coerce people of their own state; forces
# and other agents may not, and a meeting is no act of authority, so those patients stay unplaced.
AT_HOME = [
    ("Egyptian police opened fire to disperse Moslem fundamentalist demonstrators.", "demonstrators", "EGY"),
    ("Nicaragua's government ordered the opposition newspaper to suspend publication.", "newspaper", "NIC"),
    ("Protesters were detained by Belarusian police.", "Protesters", "BLR"),
    ("Belarus's KGB threatened to arrest exiled opposition leaders.", "leaders", "BLR"),
    ("Russian forces killed civilians in the village.", "civilians", None),
    ("Hungarian officials met students.", "students", None),
]  # fmt: skip


@pytest.mark.parametrize(("text", "word", "country"), AT_HOME, ids=[a[1] for a in AT_HOME])
def test_a_state_at_home_places_its_patients(model: Any, text: str, word: str, country: str | None) -> None:
    assert [c for c, _ in resolve_in_text(text, word, model)] == [country]


# The other party of a clause is not the agent's own state: nobody sanctions or aids their own
# state, and officials acting on a state are not its officials, unless they coerce at home.
OTHER_PARTY = [
    ("Officials imposed new sanctions on Iran on Monday.", "Officials", None),
    ("Diplomats accused Russia of violating the ceasefire.", "Diplomats", None),
    ("Ministers threatened to cut aid to Niger.", "Ministers", None),
    # a state's body acting on people it names by nationality is not of that nation, whatever it does
    ("The junta expelled French troops.", "junta", None),
    ("The ruling junta suspended French broadcasters on Monday.", "junta", None),
    ("Police arrested two French journalists in Tehran.", "Police", "IRN"),
    # where the act happens still places the agent
    ("President Ahmed Zerouali threatened to institute a curfew in Algiers.", "Zerouali", "DZA"),
    # people acting against their own state keep it (the GSR's and the gold's convention)
    ("Islamic fundamentalists demanded the resignation of Algerian President Ahmed Ben Bella.",
     "fundamentalists", "DZA"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "word", "country"), OTHER_PARTY, ids=[o[1] for o in OTHER_PARTY])
def test_the_other_party_is_no_scene(model: Any, text: str, word: str, country: str | None) -> None:
    assert [c for c, _ in resolve_in_text(text, word, model)] == [country]


def test_two_reporters_of_one_clause_do_not_ask_each_other_forever(model: Any) -> None:
    # each "police" is the other's speaker: resolving one through the other used to recurse
    # until Python gave up, and the RecursionError ended the whole batch
    text = "Police say officers arrested two men in the square, police said on Monday."
    assert [country for _, country, _ in resolve(text, "officers", model)] == [None]


# The objects of a phrase's "of" that are coordinated belong to it: both states are the actors.
OF_BOTH = [
    ("The foreign ministers of Israel and Jordan signed a peace treaty.", "ministers", ["ISR", "JOR"]),
    ("Thousands of Serbs and Croats protested in Vukovar.", "Thousands", ["SRB", "HRV"]),
    ("Police arrested dozens of Palestinians and Jordanians.", "dozens", ["PSE", "JOR"]),
    # two phrases, each with its own "of"
    ("The president of Russia met the leader of Belarus.", "president", ["RUS"]),
    # a list of states after commas is still the phrase's
    ("The leaders of France, Germany and Italy arrived in Kyiv.", "leaders", ["FRA", "DEU", "ITA"]),
    ("The defence chiefs of Japan, Australia and the United States met in Tokyo.", "chiefs",
     ["JPN", "AUS", "USA"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "word", "countries"), OF_BOTH, ids=[o[1] for o in OF_BOTH])
def test_coordinated_objects_of_of_belong_to_the_phrase(
    model: Any, text: str, word: str, countries: list[str]
) -> None:
    assert [c for _, c, _ in resolve(text, word, model)] == countries


# Coordinated modifiers belong to the phrase whatever label the parser gives them ("US" is its
# nmod here), and a plural pronoun after a coordinated subject stands for all of its states.
COORDINATED = [
    ("US and Chinese defence chiefs met in Singapore.", "chiefs", ["USA", "CHN"]),
    ("Niger, Mali and Burkina Faso announced their withdrawal from ECOWAS.", "their", ["NER", "MLI", "BFA"]),
    ("Russia and China said they would veto the resolution.", "they", ["RUS", "CHN"]),
    # one subject: the pronoun is that state alone
    ("Russia said they would veto the resolution.", "they", ["RUS"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "word", "countries"), COORDINATED, ids=[c[0][:24] for c in COORDINATED])
def test_coordination_gives_every_state(model: Any, text: str, word: str, countries: list[str]) -> None:
    assert [c for _, c, _ in resolve(text, word, model)] == countries


# People named with their own "from" are that state's; forces are not ("troops from Syria" may
# be leaving it).
FROM_STATES = [
    ("Officials from Sudan and South Sudan signed the agreement.", "Officials", ["SDN", "SSD"]),
    ("Journalists from Britain were expelled by Zimbabwe.", "Journalists", ["GBR"]),
    ("The withdrawal of troops from Syria began on Monday.", "troops", [None]),
    # an organisation's people are its own, not the host's ("in Belgrade" was SRB)
    ("Officials from the European Union met Serbian leaders in Belgrade.", "Officials", ["EU"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "word", "countries"), FROM_STATES, ids=[f[1] for f in FROM_STATES])
def test_people_from_a_state_are_its(model: Any, text: str, word: str, countries: list[str | None]) -> None:
    assert [c for _, c, _ in resolve(text, word, model)] == countries


# An ally, proxy or rival is another party than its named owner: the owner's country is the
# opposite side. The ally is placed where the phrase puts it when that is another state, else
# not at all.
RELATIONAL = [
    ("Gunmen killed the deputy commander of Turkey's militia allies in northern Syria.", "commander",
     ["SYR"]),
    ("Gunmen shot dead a commander of Iran's proxies in Iraq.", "commander", ["IRQ"]),
    ("Turkey's allies condemned the bombing.", "allies", []),
    # the owner's own body stays the owner's
    ("The head of Russia's army visited Minsk.", "head", ["RUS"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "word", "countries"), RELATIONAL, ids=[r[0][:30] for r in RELATIONAL])
def test_an_ally_is_not_its_owner(model: Any, text: str, word: str, countries: list[str]) -> None:
    assert [c for _, c, _ in resolve(text, word, model)] == countries


# A place named by whom it is for stands for them ("a camp for Sudanese refugees").
HOUSED = [
    ("Militiamen attacked a camp for Eritrean refugees in Sudan.", "camp", ["ERI"]),
    ("Jets struck a school for Palestinian children.", "school", ["PSE"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "word", "countries"), HOUSED, ids=[h[1] for h in HOUSED])
def test_a_place_for_people_is_theirs(model: Any, text: str, word: str, countries: list[str]) -> None:
    assert [c for _, c, _ in resolve(text, word, model)] == countries


# --- roles (roles.py) on the whole coder: who acts in the event the trigger names -------------


def _events(text: str, model: Any, published: str | None = None) -> list[tuple[str, set[str], set[str]]]:
    from datetime import UTC, datetime

    from frontwatch.code import code_events
    from frontwatch.lexicon import Lexicon
    from frontwatch.models import Article, sha256_hex

    day = datetime.fromisoformat(published).replace(tzinfo=UTC) if published else None
    article = Article(sha256_hex(text), None, None, None, day, text, "en", datetime(2024, 3, 2, tzinfo=UTC))
    doc = next(nlp.parse_many([text], model))
    found = code_events(doc, article, Lexicon.load(), ActorDictionary.load())
    return [(c.event.event_type, {a.country for a in c.event.actors if a.country},
             {r.country for r in c.event.recipients if r.country}) for c in found]  # fmt: skip


ROLES = [
    # the author of a statement asks what the statement urges; the one urged is the recipient
    ("Hamas released a statement urging Egypt to open the Rafah crossing.", ("REQUEST", {"PSE"}, {"EGY"})),
    ("Iran issued a statement urging the United States to lift sanctions.", ("REQUEST", {"IRN"}, {"USA"})),
    # a vehicle carrying troops still stands for its load
    ("A train carrying Russian troops arrived in Belarus.", ("MOBILIZE", {"RUS"}, set())),
    # "X clashed with Y": X the actor, Y the recipient (as "met with"); both sides kept
    ("Thai troops clashed with Cambodian soldiers near the temple.", ("ASSAULT", {"THA"}, {"KHM"})),
    # a country word and a title place a one-word name the dictionary lacks
    ("Jordan's King Abdullah criticised Israel's policy on Jerusalem.", ("ACCUSE", {"JOR"}, {"ISR"})),
    ("Pope Francis urged Israel to agree a ceasefire.", ("REQUEST", {"VAT"}, {"ISR"})),
    # a headline's victims are no actors: reduced passives, "believed killed", "killed in … fighting"
    ("Italian journalist believed killed near Slaviansk - Ukraine", ("ASSAULT", set(), {"ITA"})),
    ("one Ukrainian soldier killed, one wounded - JFO HQ", ("ASSAULT", set(), {"UKR"})),
    ("Russian TV reporter killed in east Ukraine fighting", ("ASSAULT", set(), {"RUS"})),
    ("Three Georgian soldiers were reported killed in the attack.", ("ASSAULT", set(), {"GEO"})),
    # a gerund's "by" phrase is its agent, as a noun's is
    ("Civilian killed in DPR in shelling by Ukrainian troops - JCCC", ("ASSAULT", {"UKR"}, set())),
    # the author of a call answered, the partner of relations cut: the object's own phrase
    ("Berlin rejected recent calls by Belarus's rulers for economic aid.", ("REJECT", {"DEU"}, {"BLR"})),
    ("Italy announced a suspension of air links with Serbia on Wednesday.", ("SANCTION", {"ITA"}, {"SRB"})),
    ("Russia cut diplomatic ties with Georgia.", ("SANCTION", {"RUS"}, {"GEO"})),
    ("The EU imposed an arms embargo on Belarus.", ("SANCTION", {"EU"}, {"BLR"})),
    # an agentless passive of an act only authorities perform is the state's where it is set
    ("A US national has been put under investigation in Italy for rioting.", ("ACCUSE", {"ITA"}, {"USA"})),
    ("Two journalists were arrested in Minsk on Monday.", ("COERCE", {"BLR"}, set())),
    ("A French journalist was detained on Monday.", ("COERCE", set(), {"FRA"})),
    # a conjunct the parser hung on the first word of a name still belongs to the subject
    ("Barack Obama and Vladimir Putin will meet in Zurich to discuss their music tastes",
     ("CONSULT", {"USA", "RUS"}, set())),
    # a tagger's VBN on an act that is no attack keeps its subject as the actor
    ("President Omar El Bashir on Thursday shortened by one hour the nightly curfew imposed in Sudan.",
     ("CONCEDE", {"SDN"}, set())),
    # the subject of "stopped short of", "is capable of" does what the gerund says; a passive's
    # subject does what it was prevented from or accused of doing
    ("Turkey stopped short of imposing sanctions on Israel.", ("SANCTION", {"TUR"}, {"ISR"})),
    ("Russia is capable of striking any European capital.", ("ASSAULT", {"RUS"}, set())),
    ("Ukraine was prevented from striking targets inside Russia.", ("ASSAULT", {"UKR"}, set())),
    ("Iran was blamed for attacking the tanker.", ("ASSAULT", {"IRN"}, set())),
    # a repelled attack is its author's, against the defender
    ("Ukrainian forces repelled a Russian assault near Pokrovsk.", ("ASSAULT", {"RUS"}, {"UKR"})),
    ("The Israeli army repelled an attack by Hezbollah fighters.", ("ASSAULT", {"LBN"}, {"ISR"})),
    ("Sudan's army fought off an attack by the RSF.", ("ASSAULT", {"SDN"}, {"SDN"})),
    # a state's leader or government commands its own forces
    ("Venezuela's President Nicolas Maduro ordered the army to mobilise.", ("MOBILIZE", {"VEN"}, set())),
    ("Erdogan ordered the police to disperse the protesters.", ("COERCE", {"TUR"}, set())),
    # Gaza and the West Bank are Palestine's, as its people are
    ("Gaza's health ministry accused Israel of killing 40 civilians.", ("ACCUSE", {"PSE"}, {"ISR"})),
    ("Israeli troops raided a refugee camp in the West Bank.", ("ASSAULT", {"ISR"}, {"PSE"})),
    ("Gazans protested against Hamas.", ("PROTEST", {"PSE"}, {"PSE"})),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), ROLES, ids=[r[0][:40] for r in ROLES])
def test_roles(model: Any, text: str, expected: tuple[str, set[str], set[str]]) -> None:
    etype, actors, recips = expected
    got = [e for e in _events(text, model) if e[0] == etype]
    assert got, _events(text, model)
    assert any(a == actors and recips <= r for _, a, r in got), got


def test_a_statement_does_not_stand_for_whom_it_urges(model: Any) -> None:
    text = "Hamas released a statement urging Egypt to open the Rafah crossing."
    assert resolve(text, "statement", model) == []


def test_a_body_named_by_its_sector_word_is_placed(model: Any) -> None:
    found = resolve("A local activist group accused the army of killing protesters in Syria.", "group", model)
    assert [(c, inferred) for _, c, inferred in found] == [("SYR", True)]


def test_a_prevented_attacker_is_no_recipient(model: Any) -> None:
    found = _events("Ukraine was prevented from striking targets inside Russia.", model)
    assert all("UKR" not in recips for _, _, recips in found), found


def test_it_after_a_body_named_by_its_sector_is_that_body(model: Any) -> None:
    text = ("Sudan's army said it had repelled an attack by the Rapid Support Forces on El Fasher. "
            "The paramilitary group said it had captured two army bases.")  # fmt: skip
    assert resolve_in_text(text, "it", model) == [("SDN", "REB")]


@pytest.mark.parametrize(("published", "actors"), [("2023-03-01", {"JOR"}), ("2010-03-01", set())])
def test_king_abdullah_by_date(model: Any, published: str, actors: set[str]) -> None:
    found = [e for e in _events("King Abdullah criticised Israel.", model, published) if e[0] == "ACCUSE"]
    assert found == [("ACCUSE", actors, {"ISR"})]


def test_a_singular_with_an_indefinite_article_is_someone_new(model: Any) -> None:
    text = ("A militant killed nine villagers in Mali on Tuesday. "
            "A militant killed 12 soldiers in northwest Pakistan.")  # fmt: skip
    assert resolve_in_text(text, "militant", model) == [("PAK", "REB")]
    text = "Militants killed nine villagers in Mali on Tuesday. The militant was shot dead by soldiers."
    assert resolve_in_text(text, "militant", model) == [("MLI", "REB")]


@pytest.mark.parametrize(
    "text", ["The United States will provide Ukraine with $1 billion in military aid.",
             "Germany supplied Kyiv with air defence systems."],
)  # fmt: skip
def test_who_is_supplied_with_something_receives_it(model: Any, text: str) -> None:
    assert [recips for etype, _, recips in _events(text, model) if etype == "AID"] == [{"UKR"}]


def test_a_manner_with_phrase_makes_no_recipient(model: Any) -> None:
    assert _events("Russia withdrew its troops with little warning.", model) == [("RETREAT", {"RUS"}, set())]


# A speaker is placed by its own phrase, earlier sentences, or the one state its sentence names;
# never by one of several parties or places of what it says.
SPEAKERS = [
    ("Trump might meet Kim Jong Un at the border village of Panmunjom, officials said.", "officials", None),
    ("Beijing could endorse the peace plan if Kyiv agrees to talks, diplomats said.", "diplomats", None),
    ("Washington might provide Patriot systems to Kyiv, a senior official said.", "official", None),
    ("Israeli jets struck Houthi-held ports in Yemen, the military said.", "military", None),
    ("Turkish drones struck Kurdish positions in northern Iraq, the military said.", "military", None),
    ("Pakistan could resume talks with India next month, diplomats said.", "diplomats", None),
    # unnamed people are placed by where the sentence is set, not by the one state acting in it
    ("Hungary dropped its objections to the sanctions package, diplomats said.", "diplomats", None),
    ("Three cases of plague were diagnosed in China, though officials say it is low.", "officials", "CHN"),
    # the one state named speaks, and the speaker's own phrase places it
    ("Serbia's army will be placed on alert, the defence minister announced.", "minister", "SRB"),
    ("Neither Hamas nor Islamic Jihad fired rockets at Israel on Sunday, the army said.", "army", "ISR"),
    ("Police in Nairobi said they had arrested 40 protesters.", "Police", "KEN"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "word", "country"), SPEAKERS, ids=[s[0][:30] for s in SPEAKERS])
def test_what_a_speaker_says_does_not_place_it(model: Any, text: str, word: str, country: str | None) -> None:
    assert [c for _, c, _ in resolve(text, word, model)] == [country]


DATELINES = [
    # where the reporter filed from is no participant, only the scene of unplaced people
    ("NAIROBI, July 2 (Reuters) - Thousands marched through the capital on Tuesday.", "NAIROBI", []),
    ("NAIROBI, July 2 (Reuters) - Thousands marched through the capital on Tuesday.", "Thousands", ["KEN"]),
    ("TBILISI, Dec 1 (AP) - Protesters clashed with police outside parliament.", "Protesters", ["GEO"]),
    ("MOSCOW, March 3 (Reuters) - Protesters blocked roads in Kazakhstan.", "Protesters", ["KAZ"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "word", "countries"), DATELINES, ids=[d[1] + d[0][:8] for d in DATELINES])
def test_a_dateline_is_a_scene_not_a_participant(
    model: Any, text: str, word: str, countries: list[str]
) -> None:
    assert [c for _, c, _ in resolve(text, word, model)] == countries


def test_protests_without_a_named_protester_are_the_scene_people(model: Any) -> None:
    from datetime import UTC, datetime

    from frontwatch.code import code_events
    from frontwatch.lexicon import Lexicon
    from frontwatch.models import Article, sha256_hex

    text = "KINSHASA, June 3 (Reuters) - Police detained 300 people, as protests spread to two cities."
    article = Article(sha256_hex(text), None, None, None, None, text, "en", datetime(2024, 3, 2, tzinfo=UTC))
    found = code_events(next(nlp.parse_many([text], model)), article, Lexicon.load(), ActorDictionary.load())
    protests = [c.event for c in found if c.event.event_type == "PROTEST"]
    assert [(a.text, a.country) for e in protests for a in e.actors] == [("protesters", "COD")]


def _attributions(text: str, model: Any) -> list[tuple[int, str, str | None]]:
    """(sentence, event type, attribution country) of the events coded in a text."""
    from datetime import UTC, datetime

    from frontwatch.code import code_events
    from frontwatch.lexicon import Lexicon
    from frontwatch.models import Article, sha256_hex

    article = Article(sha256_hex(text), None, None, None, None, text, "en", datetime(2024, 3, 2, tzinfo=UTC))
    found = code_events(next(nlp.parse_many([text], model)), article, Lexicon.load(), ActorDictionary.load())
    return [(c.event.evidence.sentence_index, c.event.event_type,
             c.event.attribution.country if c.event.attribution else None) for c in found]  # fmt: skip


IT_SAID = [
    # "it" stands for a state or body, not for plural people named by nationality in between
    ("Guinea recalled its ambassador from Paris. French officials said they regretted the move. "
     "It said it would review all defence agreements with France, the statement added.", "GIN"),
    ("Sudan's army accused the RSF of shelling El Fasher. Egyptian officials said they were alarmed. "
     "It said its forces had repelled the attack.", "SDN"),
    # a US command named without a country word (data) is what "it" refers to next
    ("The Houthis said they had fired missiles at a Greek-owned tanker. CENTCOM said the tanker was "
     "not hit. It said American destroyers shot down two drones over the Red Sea.", "USA"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "country"), IT_SAID, ids=[t[0][:20] for t in IT_SAID])
def test_it_said_after_several_parties(model: Any, text: str, country: str) -> None:
    last = [a for a in _attributions(text, model) if a[0] == 2]
    assert last and all(a[2] == country for a in last)


OWN_SPEAKERS = [
    # who speaks for the person or state a pronoun names takes their country
    ("Hungarian Prime Minister Viktor Orban sent troops to the border with Serbia on Monday, his office "
     "said.", "HUN"),
    ("Peruvian President Dina Boluarte will visit Brazil next week, her office said.", "PER"),
    ("Colombia will expel two Venezuelan diplomats, its embassy in Caracas said.", "COL"),
    # a new document that speaks is nobody's said before ("a joint communique")
    ("Chad's foreign minister said talks would resume. Niger and Mali pledged to send troops to "
     "Bamako, a joint communique said.", None),
]  # fmt: skip


@pytest.mark.parametrize(("text", "country"), OWN_SPEAKERS, ids=[t[0][:20] for t in OWN_SPEAKERS])
def test_a_speaker_for_someone_named(model: Any, text: str, country: str | None) -> None:
    found = _attributions(text, model)
    last = max(a[0] for a in found)
    assert [a[2] for a in found if a[0] == last and a[2] is not None] == ([country] if country else [])


@pytest.mark.parametrize(
    ("text", "etype", "actors"),
    [("Serbia was criticised by the EU but refused to impose sanctions on Russia.", "REJECT", {"SRB"}),
     ("Armenia would not be drawn into a new war but could ask Russia for help.", "REQUEST", {"ARM"}),
     ("The Australian was evicted in April and sentenced to 50 weeks in jail.", "SANCTION", set())],
)  # fmt: skip
def test_an_active_conjunct_of_a_passive_is_its_subjects_act(
    model: Any, text: str, etype: str, actors: set[str]
) -> None:
    assert [a for t, a, _ in _events(text, model) if t == etype] == [actors]


def test_it_in_a_saying_is_the_sayer(model: Any) -> None:
    found = _events("Israel struck Beirut hours before Hezbollah said it had fired rockets at Haifa.", model)
    assert ("ASSAULT", {"LBN"}, set()) in found or ("ASSAULT", {"LBN"}, {"ISR"}) in found, found


# A definite "the group" / "the movement" after a named group is that group, also when the group
# was named only through its spokesman; a body's units, jets and leader are the body's.
BODIES = [
    ("Houthi spokesman Yahya Saree said the group would continue to target ships.", "group",
     ("YEM", "REB")),
    ("Yemen's Houthi rebels fired two missiles at a tanker. The group said it would keep attacking "
     "ships.", "group", ("YEM", "REB")),
    ("Hezbollah fired rockets at northern Israel. The Iran-backed group said the strikes would go on.",
     "group", ("LBN", "REB")),
    ("The Wagner Group entered the town. Its units seized the railway station.", "units", ("RUS", "REB")),
    ("Russia massed troops near the border. Its units seized the railway station.", "units", ("RUS", "MIL")),
    ("Israel said on Monday that its jets struck Hezbollah positions.", "jets", ("ISR", "MIL")),
    ("Hezbollah fired rockets at northern Israel. The movement's leader warned Israel.", "leader",
     ("LBN", "REB")),
    # no group named before, or another group brought in since: "the group" is not the named one
    ("Russian troops massed near the border. The group said it would march.", "group", None),
    ("Hamas said it had released two hostages. A group of protesters gathered outside the parliament. "
     "Police detained the group.", "group", None),
    ("Hamas said it had released two hostages. A group of protesters gathered outside the parliament. "
     "Police dispersed them after it refused to leave.", "it", None),
]  # fmt: skip


@pytest.mark.parametrize(("text", "word", "expected"), BODIES, ids=[b[0][:40] for b in BODIES])
def test_a_named_group_is_referred_back_to(
    model: Any, text: str, word: str, expected: tuple[str, str] | None
) -> None:
    assert resolve_in_text(text, word, model) == ([expected] if expected else [])


# A person known only by a title takes the country of the last body or person of the title's
# sector named before; courts, prosecutors and parliaments naming a state do not act for it.
TITLED = [
    ("Niger's military junta expelled the French ambassador. Junta spokesman Colonel Amadou "
     "Abdramane accused France of interfering.", "Abdramane", "NER"),
    ("The US Justice Department announced charges against the hackers. Attorney General Merrick "
     "Garland accused Russia of running the operation.", "Garland", "USA"),
    ("Attorney General Merrick Garland accused Russia of running the operation.", "Garland", None),
    ("Lawmakers condemned Iran for the attack.", "Lawmakers", None),
    # their own people, as before
    ("Prosecutors charged opposition leader Alexei Navalny with fraud.", "Prosecutors", "RUS"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "word", "country"), TITLED, ids=[t[1] + t[0][:12] for t in TITLED])
def test_a_title_without_a_country(model: Any, text: str, word: str, country: str | None) -> None:
    assert [c for c, _ in resolve_in_text(text, word, model)] == [country]


# A wire dateline sets the whole story: a state's body named later without its country is the
# dateline's state; new forces that strike are not (their target may be where the story is filed).
HOME = [
    ("KHARTOUM, June 12 (Reuters) - The Rapid Support Forces shelled El Fasher on Wednesday. "
     "The military said it had repelled the attack.", "military", "SDN"),
    ("PORT-AU-PRINCE, April 2 (AP) - Gangs attacked the main prison over the weekend. Police fought "
     "back but were outnumbered.", "Police", "HTI"),
    ("KYIV, June 12 (Reuters) - Air raid sirens sounded across the country. Troops shelled villages "
     "near the border.", "Troops", None),
    ("The Rapid Support Forces shelled El Fasher on Wednesday. The military said it had repelled "
     "the attack.", "military", None),
]  # fmt: skip


@pytest.mark.parametrize(("text", "word", "country"), HOME, ids=[h[1] + h[0][:6] for h in HOME])
def test_a_dateline_sets_the_story(model: Any, text: str, word: str, country: str | None) -> None:
    assert [c for c, _ in resolve_in_text(text, word, model)] == [country]


def test_a_first_conjunct_hung_on_the_second(model: Any) -> None:
    """The parser hangs "Mali's army" on "Russian mercenaries" as a modifier: both, each with
    its own sector."""
    text = "Mali's army and Russian mercenaries killed at least 20 civilians in a raid."
    assert sorted(resolve_in_text(text, "mercenaries", model)) == [("MLI", "MIL"), ("RUS", "REB")]


def test_a_lone_gunman_is_a_criminal_placed_where_he_acts(model: Any) -> None:
    assert _events("A gunman killed nine people in Canada.", model) == [("ASSAULT", {"CAN"}, set())]


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # "it" in what a body named by its sector word says is that body, not the last party named
        ("The Rapid Support Forces shelled El Fasher. The military said it had repelled the attack.",
         [(None, "MIL")]),
        ("KHARTOUM, June 12 (Reuters) - The Rapid Support Forces shelled El Fasher. The military said it "
         "had repelled the attack.", [("SDN", "MIL")]),
    ],
)  # fmt: skip
def test_it_said_by_a_body_named_by_its_sector(
    model: Any, text: str, expected: list[tuple[str | None, str]]
) -> None:
    assert resolve_in_text(text, "it", model) == expected


def test_they_in_a_saying_is_the_sayer(model: Any) -> None:
    """ "they" as the subject of what a body said is that body; a direct quote's "they" is
    someone the speaker means, not a party the report named before."""
    text = "Mali's army said on Monday it had lost a base. Tuareg rebels said they had killed ten soldiers."
    assert resolve_in_text(text, "they", model) == [(None, "REB")]
    text = ("Venezuela put its army on alert. "
            '"They are preparing an aggression against our country," the defence minister said.')  # fmt: skip
    assert resolve_in_text(text, "They", model) == []


def test_its_after_an_organisation_the_dictionary_lacks(model: Any) -> None:
    """ "its" said by an organisation named in full but unknown is that organisation's, not the
    last country named in a place phrase ("on the border with Algeria")."""
    text = ("Rebels fought near Tinzaouaten, on the border with Algeria. "
            "The Coordination of Azawad Fronts said its fighters had captured several vehicles.")  # fmt: skip
    assert resolve_in_text(text, "fighters", model) == [(None, "REB")]


def test_a_quote_opened_before_its_sentence_keeps_its_pronoun_unresolved(model: Any) -> None:
    """The sentence splitter leaves a quote's opening mark with the sentence before: a "they"
    that opens the quote is still inside it, so it is not the party named before, and never the
    speaker's own state."""
    text = ('The United States deployed warships to the Caribbean. "They are preparing an aggression '
            'against our country," the Venezuelan minister said.')  # fmt: skip
    from datetime import UTC, datetime

    from frontwatch.code import candidate_filter, code_events
    from frontwatch.lexicon import Lexicon
    from frontwatch.models import Article, sha256_hex

    lexicon, actors = Lexicon.load(), ActorDictionary.load()
    article = Article(sha256_hex(text), None, None, None, None, text, "en", datetime(2024, 3, 2, tzinfo=UTC))
    doc = next(nlp.parse_many([text], model, select=candidate_filter(lexicon, actors)))  # as the pipeline
    assert doc.sentences[1].text.startswith("They")  # the opening mark stayed with the sentence before
    found = [
        (c.event.event_type, {a.country for a in c.event.actors})
        for c in code_events(doc, article, lexicon, actors)
    ]
    assert ("MOBILIZE", {"USA"}) in found
    assert not any("VEN" in countries for _, countries in found), found


ABROAD = [
    # people who represent a state or body abroad are not placed where the story is filed or set
    ("KHARTOUM, June 3 (Reuters) - A mission spokesperson condemned the attack on peacekeepers.",
     "spokesperson", [None]),
    ("Diplomats condemned the attack on a school in Kabul.", "Diplomats", [None]),
    # a state's body at home still is
    ("KHARTOUM, June 3 (Reuters) - The army spokesman condemned the attack on the market.", "spokesman",
     ["SDN"]),
    ("Police condemned the attack on a school in Kabul.", "Police", ["AFG"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "word", "countries"), ABROAD, ids=[a[0][:30] for a in ABROAD])
def test_envoys_are_not_placed_by_the_scene(
    model: Any, text: str, word: str, countries: list[str | None]
) -> None:
    assert [c for c, _ in resolve_in_text(text, word, model)] == countries


VOICED = [
    # an office after its content speaks for the state whose statement it reports, not the dateline's
    ("SANAA, Jan 12 (Reuters) - Iran condemned the strikes, the foreign ministry said.", "IRN"),
    ("KYIV, Jan 12 (Reuters) - Poland condemned the strikes, the foreign ministry said.", "POL"),
    ("Iran condemned the strikes, the foreign ministry said.", "IRN"),
    # its own phrase still places it; an act that is no statement may be reported by the other side
    ("KYIV, Jan 12 (Reuters) - Russia condemned the strikes, Ukraine's foreign ministry said.", "UKR"),
    ("KYIV, Jan 12 (Reuters) - Russia launched 50 drones at Kharkiv overnight, the air force said.", "UKR"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "country"), VOICED, ids=[v[0][:40] for v in VOICED])
def test_an_office_speaks_for_the_state_of_its_statement(model: Any, text: str, country: str) -> None:
    assert [a[2] for a in _attributions(text, model)] == [country]


@pytest.mark.parametrize(
    "text",
    ["UNITED NATIONS, June 3 (Reuters) - Diplomats accused Russia of blocking the resolution.",
     "BEIJING, June 3 (Reuters) - Diplomats said China had rejected the proposal."],
)  # fmt: skip
def test_a_capitalised_plural_after_a_dateline_is_new_people(model: Any, text: str) -> None:
    """ "Diplomats" at the start of a sentence is tagged a proper noun, but it is still unnamed
    people: neither the state they speak of nor the dateline's is their country."""
    assert [a[2] for a in _attributions(text, model) if a[2] is not None] == []


@pytest.mark.parametrize(
    ("text", "owned"),
    [("His office condemned the exercises.", True), ("Their embassy issued a statement.", True),
     ("Its own warplanes struck the town.", True), ("The office condemned the exercises.", False),
     ("His son visited Paris.", False)],
)  # fmt: skip
def test_a_possessive_owner_is_a_party_for_the_parse_filter(model: Any, text: str, owned: bool) -> None:
    from frontwatch.owners import owned_party

    assert owned_party(nlp.parse(text, model).sentences[0]) is owned


def _sides(text: str, model: Any, trigger: str) -> list[tuple[str | None, str | None]]:
    """(country, sector) of the recipients of the event triggered by `trigger`."""
    from datetime import UTC, datetime

    from frontwatch.code import code_events
    from frontwatch.lexicon import Lexicon
    from frontwatch.models import Article, sha256_hex

    article = Article(sha256_hex(text), None, None, None, None, text, "en", datetime(2024, 3, 2, tzinfo=UTC))
    doc = next(nlp.parse_many([text], model))
    found = [c.event for c in code_events(doc, article, Lexicon.load(), ActorDictionary.load())]
    event = next(e for e in found if e.evidence.trigger.startswith(trigger))
    return sorted((r.country, r.sector) for r in event.recipients)


RECIPROCAL = [
    # the two parties of the fighting, not the organisation that warned, nor one side twice
    ("Sudan's army said it had repelled an assault by the Rapid Support Forces on El Fasher. The "
     "United Nations warned that an attack could trigger a massacre. The U.S. envoy called on both "
     "sides to halt the fighting.", "called", [("SDN", "MIL"), ("SDN", "REB")]),
    # two states; the monitoring mission and the urger's own state are no side
    ("Azerbaijani troops opened fire on Armenian positions. Yerevan denied that its soldiers had "
     "fired first. The European Union's monitoring mission said it was in contact with both sides. "
     "Russia's foreign ministry urged both countries to show restraint.", "urged",
     [("ARM", "GOV"), ("AZE", "MIL")]),
    # the parties of a "between" phrase, not the mediator who urges them
    ("Myanmar's military bombed a village. China, which brokered a ceasefire between the junta and "
     "the Three Brotherhood Alliance, urged the two sides to return to talks.", "urged",
     [("MMR", "GOV"), ("MMR", "REB")]),
    # unclear: only an observer was named before
    ("The United Nations warned of a massacre. Japan urged both sides to show restraint.", "urged", []),
    # leaders who met stand for their states
    ("Serbian President Aleksandar Vucic met Kosovo Prime Minister Albin Kurti in Brussels. The EU "
     "urged both sides to implement the deal.", "urged", [("SRB", "GOV"), ("XKX", "GOV")]),
    # two states at odds, not one of them and a group of its people named in passing
    ("India's army said Pakistani troops fired across the border. Defence Minister Khawaja Asif accused "
     "New Delhi of backing Baloch militants in Pakistan. Iran urged both sides to exercise restraint.",
     "urged", [("IND", "GOV"), ("PAK", "MIL")]),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "trigger", "sides"),
    RECIPROCAL,
    ids=["SDN", "ARM-AZE", "between", "none", "leaders", "two-states"],
)
def test_both_sides_are_the_two_opposing_parties(
    model: Any, text: str, trigger: str, sides: list[tuple[str | None, str | None]]
) -> None:
    assert _sides(text, model, trigger) == sides


@pytest.mark.parametrize(
    ("text", "country"),
    [  # an apposed name after a titled role: the role's reading ("junta" is the army in power)
        ("BANGKOK, Jan 9 (AFP) - An air strike by Myanmar's military killed 17 civilians. A junta "
         "spokesman, Zaw Min Tun, denied that civilians had been targeted.", "MMR"),
        ("BANGKOK, Jan 9 (AFP) - An air strike by Myanmar's military killed 17 civilians. Junta "
         "spokesman Zaw Min Tun denied that civilians had been targeted.", "MMR"),
    ],
)  # fmt: skip
def test_an_apposed_name_takes_its_titles_reading(model: Any, text: str, country: str) -> None:
    from datetime import UTC, datetime

    from frontwatch.code import code_events
    from frontwatch.lexicon import Lexicon
    from frontwatch.models import Article, sha256_hex

    article = Article(sha256_hex(text), None, None, None, None, text, "en", datetime(2024, 3, 2, tzinfo=UTC))
    doc = next(nlp.parse_many([text], model))
    found = [c.event for c in code_events(doc, article, Lexicon.load(), ActorDictionary.load())]
    denied = [e for e in found if e.factuality == "negated"]
    assert denied and all(e.attribution is not None and e.attribution.country == country for e in denied)


def test_both_sides_that_refer_to_each_other_end(model: Any) -> None:
    # "both countries" asks for the urger of "the two sides", which asks for "both countries"
    text = "Armenia and Azerbaijan exchanged fire. Both countries agreed to hold talks between the two sides."
    assert _sides(text, model, "agreed") == []


# Session 10 (actorsG): who tells of an act does not place its parties, nor are those a body's
# own side acted on its own people; a family name and "the alliance" refer back.
@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The United States said the rebels abducted crew members.", "rebels"),
        ("Washington said fighters attacked a ship in the Red Sea.", "fighters"),
        ("Israel struck Iran and killed several senior commanders, the Israeli military said.", "commanders"),
    ],
)
def test_a_bare_group_does_not_take_its_tellers_country(model: Any, text: str, word: str) -> None:
    assert [c for _, c, _ in resolve(text, word, model)] == [None]


@pytest.mark.parametrize(
    ("text", "word", "country"),
    [  # the teller's own people, acted on by others; a place in the teller's phrase still sets the scene
        ("Gunmen killed five soldiers, the Nigerian army said.", "soldiers", "NGA"),
        ("The Israeli military said troops destroyed a tunnel.", "troops", "ISR"),
        ("Police in Kabul said rebels attacked a checkpoint.", "rebels", "AFG"),
    ],
)
def test_a_teller_still_speaks_of_its_own(model: Any, text: str, word: str, country: str) -> None:
    assert [c for _, c, _ in resolve(text, word, model)] == [country]


@pytest.mark.parametrize(
    ("text", "word", "country"),
    [
        ("India and Vietnam signed a pact during a visit by Indian Defence Minister Rajnath Singh. "
         "Singh also discussed joint production of military equipment.", "Singh", "IND"),
        ("NATO said it was concerned by the incursion. The alliance will deploy more troops.",
         "alliance", "NATO"),
        ("The EU imposed sanctions on Iran. The bloc also threatened to expel diplomats.", "bloc", "EU"),
        # a name no one bore before, and a kind word no organisation named before goes by, stay unknown
        ("Indian Defence Minister Rajnath Singh arrived in Hanoi. Kumar discussed joint production.",
         "Kumar", None),
        ("The UN said it was concerned by the incursion. The alliance will deploy more troops.",
         "alliance", None),
    ],
)  # fmt: skip
def test_a_family_name_and_a_kind_word_refer_back(
    model: Any, text: str, word: str, country: str | None
) -> None:
    assert {c for c, _ in resolve_in_text(text, word, model)} <= {country}


def test_a_local_office_and_a_dateline_home_place_their_bodies(model: Any) -> None:
    from dataclasses import replace

    from frontwatch.localize import localized
    from frontwatch.models import Entity, Event, Evidence
    from frontwatch.scene import local_mark

    text = "Ukrainian drones hit a refinery in Rostov, the regional governor said."
    (sentence,) = nlp.parse(text, model).sentences
    assert local_mark(sentence, "governor")  # an office of the place, like "district officials"
    parts = Participants(Tree(sentence), ActorDictionary.load().match(sentence, None), Discourse())
    assert parts.local(next(t.i for t in sentence.tokens if t.text == "governor"))
    assert not parts.local(next(t.i for t in sentence.tokens if t.text == "drones"))
    # a definite state body without a country takes the dateline's state; new people do not
    text = "The RSF seized the town, forcing the army and troops to withdraw."
    (sentence,) = nlp.parse(text, model).sentences
    army, troops = Entity("army", "army", None, "MIL"), Entity("troops", "troops", None, "MIL")
    evidence = Evidence(sentence.text, 0, 0, 1, "withdraw")
    event = Event("e", "a", "RETREAT", None, (), (army, troops), (), None, None, None, None, "actual", None,
                  evidence, 0.0, 1.0)  # fmt: skip
    placed = localized(event, sentence, home="SDN")
    assert [a.country for a in placed.actors] == ["SDN", None]
    assert localized(event, sentence) == event
    egyptian = replace(event, actors=(replace(army, country="EGY"),))
    assert localized(egyptian, sentence, "SDN").actors[0].country == "EGY"


def test_a_local_speaker_takes_the_country_of_the_event_place(model: Any) -> None:
    from frontwatch.local_speakers import local_speaker
    from frontwatch.localize import localized
    from frontwatch.models import Entity, Event, Evidence, Place

    # police, officials, witnesses speak for where the event happens; envoys and a capitalised
    # qualifier ("Western officials") may speak from anywhere
    assert local_speaker(Entity("police", "police", None, "COP"))
    assert local_speaker(Entity("security officials", "officials", None, "GOV"))
    assert local_speaker(Entity("witnesses", "witnesses", None, None))
    assert not local_speaker(Entity("Western officials", "officials", None, "GOV"))
    assert not local_speaker(Entity("diplomats", "diplomats", None, "GOV"))
    # officials, not when another state's party takes part ("U.S. warplanes struck … in Yemen")
    assert not local_speaker(Entity("officials", "officials", None, "GOV"), foreign_party=True)
    assert local_speaker(Entity("police", "police", None, "COP"), foreign_party=True)
    text = "Gunmen stormed a checkpoint near Kaduna, officials in Zaria said."
    (sentence,) = nlp.parse(text, model).sentences
    place = Place("Kaduna", "Kaduna", "NGA", None, None, None, "city")
    officials, gunmen = Entity("officials", "officials", None, "GOV"), Entity("Gunmen", "Gunmen", None, "REB")
    evidence = Evidence(sentence.text, 0, 0, 1, "stormed")
    event = Event("e", "a", "ASSAULT", None, (), (gunmen,), (), place, None, None, None, "actual", officials,
                  evidence, 0.0, 1.0)  # fmt: skip
    placed = localized(event, sentence)
    assert placed.attribution is not None and placed.attribution.country == "NGA"
    assert placed.actors[0].country is None  # an unplaced party is no speaker


@pytest.mark.parametrize(
    ("text", "word", "country"),
    [
        # a spokesperson for a body speaks for it, also for "the group" the content named
        ("The Arakan Army has not attacked the town, a spokesman for the group said.", "spokesman", "MMR"),
        ("Russian troops shelled Kharkiv overnight, a spokeswoman for the Ukrainian army said.",
         "spokeswoman", "UKR"),
        # a plural body named by a list of seats is each seat's
        ("The governments in Kyiv and Chisinau accused Moscow of meddling.", "governments", "UKR MDA"),
        # jihadists belong to no state, wherever they fight
        ("Jihadists attacked a village in Burkina Faso.", "Jihadists", None),
    ],
)  # fmt: skip
def test_who_a_spokesperson_a_list_of_seats_and_jihadists_are(
    model: Any, text: str, word: str, country: str | None
) -> None:
    found = {c for c, _ in resolve_in_text(text, word, model)}
    assert found == (set(country.split()) if country else {None})


def test_government_forces_police_and_targets_at_a_town_take_its_country(model: Any) -> None:
    from frontwatch.localize import government_body, localized
    from frontwatch.models import Entity, Event, Evidence, Place

    # forces named as the government's, or people as loyal to it; not anti-government people
    assert government_body(Entity("Government forces", "forces", None, "MIL"))
    assert government_body(Entity("Pro-government militias", "militias", None, "REB"))
    assert not government_body(Entity("Anti-government gunmen", "gunmen", None, "REB"))
    assert not government_body(Entity("government", "government", None, "GOV"))  # no word before
    # targets at a town the dictionary lacks are named by it; localized gives its state
    text = "Government forces shelled positions near Kisumu, police said."
    (sentence,) = nlp.parse(text, model).sentences
    parts = Participants(Tree(sentence), ActorDictionary.load().match(sentence, None), Discourse())
    head = next(t.i for t in sentence.tokens if t.text == "positions")
    (target,) = [r.entity for r in parts.entities(head)]
    assert (target.name, target.country) == ("Kisumu", None)
    place = Place("Kisumu", "Kisumu", "KEN", None, None, None, "city")
    forces = Entity("Government forces", "forces", None, "MIL")
    evidence = Evidence(sentence.text, 0, 0, 1, "shelled")
    event = Event("e", "a", "ASSAULT", None, (), (forces,), (target,), place, None, None, None, "actual",
                  None, evidence, 0.0, 1.0)  # fmt: skip
    placed = localized(event, sentence)
    assert placed.actors[0].country == "KEN"
    assert placed.recipients[0].country is None  # a target at home is no state's
    ugandan = Entity("Ugandan", "Uganda", "UGA", None)
    abroad = Event("e", "a", "ASSAULT", None, (), (ugandan,), (target,), place, None, None, None, "actual",
                   None, evidence, 0.0, 1.0)  # fmt: skip
    assert localized(abroad, sentence).recipients[0].country == "KEN"
    police = Entity("police", "police", None, "COP")
    as_victim = Event("e", "a", "ASSAULT", None, (), (), (police,), place, None, None, None, "actual", None,
                      evidence, 0.0, 1.0)  # fmt: skip
    assert localized(as_victim, sentence).recipients[0].country is None  # a patient is not placed


# Session 12 (actorsR2): the owner of a nominal event, the voice of a state body, a state's own
# media, the army of the story's state, where forces go, provinces named like a state, victims.
VOICES = [
    # a possessive of a nominal event under a light verb is its own clause subject's
    ("Hezbollah said Israel had stepped up its strikes on southern Lebanon.", "its", "ISR"),
    ("Moscow said Kyiv had intensified its drone attacks on Russian border regions.", "its", "UKR"),
    # a possessive of a thing owned stays the speaker's
    ("Russia said Ukraine had shelled its border regions.", "its", "RUS"),
    # a state body's spokesman or source in a story filed from a capital is that state's
    ("BAMAKO, March 3 (Reuters) - The army will send troops north, a military spokesman said.",
     "spokesman", "MLI"),
    ("NIAMEY, April 9 (Reuters) - Police arrested three men, according to a government source.",
     "source", "NER"),
    # without a dateline, or a bare role noun, nobody's
    ("The army will send troops north, a military spokesman said.", "spokesman", None),
    ("BAMAKO, March 3 (Reuters) - The army will send troops north, a senior official said.",
     "official", None),
    # the army of a story filed from Bangui is the Central African army, not a foreign force
    ("BANGUI, Jan 5 (Reuters) - Rwandan troops killed 12 rebels near Bambari, Rwanda's defence force "
     "said. The army said rebels had ambushed a patrol near the border.", "army", "CAF"),
    # an army named as such before is that army
    ("JERUSALEM, May 3 (Reuters) - Lebanon's army deployed troops along the border. The army said "
     "it had dismantled a rocket launcher.", "army", "LBN"),
    # where forces go or what they leave is no place of their own
    ("A Turkish official said the army would pull out of its outposts in Syria.", "army", "TUR"),
    ("An Israeli official said the army would withdraw from the corridor in Gaza.", "army", "ISR"),
    # a province named like a state is no state ("Niger state"), the state's media is the state's
    ("Gunmen abducted 40 pupils in Papiri, Niger state, on Friday.", "Gunmen", None),
    # the dateline's place does not place armed groups, nor a body's own "of <country>"
    ("ABUJA, Nov 22 (Reuters) - Gunmen abducted 40 pupils in Papiri on Friday, according to the "
     "Christian Association of Nigeria.", "Gunmen", None),
    ("ABUJA, Nov 22 (Reuters) - Gunmen abducted 40 pupils in Papiri on Friday, according to the "
     "Christian Association of Nigeria.", "Association", "NGA"),
    # fighters linked to a stateless group belong to no state
    ("Islamic State-linked fighters killed 11 soldiers in northeast Nigeria.", "fighters", None),
]  # fmt: skip


@pytest.mark.parametrize(("text", "word", "country"), VOICES, ids=[f"{v[1]}-{v[0][:30]}" for v in VOICES])
def test_owners_voices_and_the_home_army(model: Any, text: str, word: str, country: str | None) -> None:
    found = {c for c, _ in resolve_in_text(text, word, model)}
    assert found == {country}


def test_a_states_own_media_speaks_for_the_state_it_reports_on(model: Any) -> None:
    for text in ("Iran recalled its ambassadors to Britain, France and Germany, state media said.",
                 "Venezuela expelled three Colombian diplomats, state television said."):  # fmt: skip
        (sentence,) = nlp.parse(text, model).sentences
        parts = Participants(Tree(sentence), ActorDictionary.load().match(sentence, None), Discourse())
        head = next(t.i for t in sentence.tokens if t.text in ("media", "television"))
        assert parts.state_outlet(head) and not parts.fresh(head)
    # other media are new people of unknown allegiance
    (sentence,) = nlp.parse("Iran recalled its ambassador, media reported.", model).sentences
    parts = Participants(Tree(sentence), ActorDictionary.load().match(sentence, None), Discourse())
    assert not parts.state_outlet(next(t.i for t in sentence.tokens if t.text == "media"))


def test_an_army_post_is_no_statement(model: Any) -> None:
    text = "The European Union said it would fund the mission. Insurgents attacked an army post."
    assert {c for c, _ in resolve_in_text(text, "post", model)} in (set(), {None})


def test_civilian_victims_and_the_voice_of_a_body() -> None:
    from frontwatch.localize import _body_voice
    from frontwatch.scene import state_body_sector

    dictionary = ActorDictionary.load()
    for word in ("schoolgirls", "pupils", "worshippers", "fishermen", "passengers"):
        assert [e.sector for e in dictionary.entries(word)] == ["CVL"], word
    assert state_body_sector("government") == "GOV" and state_body_sector("army") == "MIL"
    assert state_body_sector("official") is None and state_body_sector("senior") is None
    assert _body_voice("military spokesman") and _body_voice("a government source")
    assert not _body_voice("senior official") and not _body_voice("Western officials")
