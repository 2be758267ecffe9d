"""Toponyms in parsed sentences and the event's location, with the real spaCy model."""

from __future__ import annotations

from typing import Any

import pytest

from frontwatch.models import CodedEvent, Event, Evidence, Place
from frontwatch.nlp import ParsedDoc, Sentence, Token, parse
from frontwatch.resolve.actors import ActorDictionary
from frontwatch.resolve.gazetteer import Gazetteer
from frontwatch.resolve.places import ArticleContext, article_context, locate_event


def _event(doc: ParsedDoc, sentence_index: int, trigger: int) -> CodedEvent:
    s = doc.sentences[sentence_index]
    t = s.tokens[trigger]
    ev = Event(
        id="e",
        article_id="a",
        event_type="ASSAULT",
        mode=None,
        contexts=(),
        actors=(),
        recipients=(),
        location=None,
        date=None,
        date_precision=None,
        date_text=None,
        factuality="actual",
        attribution=None,
        evidence=Evidence(s.text, s.index, s.start, s.end, t.text),
        intensity=0.0,
        confidence=1.0,
    )
    return CodedEvent(ev, sentence_index, trigger)


def locate(
    text: str,
    trigger: str,
    model: Any,
    gaz: Gazetteer,
    actors: ActorDictionary,
    sentence_index: int | None = None,
) -> tuple[Place | None, ArticleContext]:
    doc = parse(text, model)
    if sentence_index is None:
        sentence_index = next(s.index for s in doc.sentences if any(t.text == trigger for t in s.tokens))
    s = doc.sentences[sentence_index]
    ti = next(t.i for t in s.tokens if t.text == trigger)
    ctx = article_context(doc, gaz, actors)
    return locate_event(doc, _event(doc, sentence_index, ti), ctx, gaz), ctx


def assert_no_named_place(
    text: str, trigger: str, model: Any, gaz: Gazetteer, actors: ActorDictionary
) -> None:
    """The event of `trigger` gets none of the sentence's places (at most the article's dominant one)."""
    place, _ = locate(text, trigger, model, gaz, actors)
    assert place is None or place.dominant, place


def assert_named_place(
    text: str, trigger: str, expected: str, model: Any, gaz: Gazetteer, actors: ActorDictionary
) -> Place:
    """The event of `trigger` is placed on the sentence's own place named `expected`."""
    place, _ = locate(text, trigger, model, gaz, actors)
    assert place is not None and not place.dominant and place.text == expected, place
    return place


@pytest.mark.parametrize(
    ("text", "trigger", "name", "country", "precision"),
    [
        # prepositional attachment to the trigger, not the first place named
        (
            "A train of Russian troops arrived in Belarus, the Belarusian defence ministry said.",
            "arrived",
            "Belarus",
            "BLR",
            "country",
        ),
        ("Moscow said Russian forces shelled near Kupiansk on Friday.", "shelled", "Kupyansk", "UKR", "city"),
        ("Moscow said Russian forces shelled Kupiansk on Friday.", "shelled", "Kupyansk", "UKR", "city"),
        (
            "Russian forces attacked Avdiivka in the Donetsk region, Kyiv said.",
            "attacked",
            "Avdiyivka",
            "UKR",
            "city",
        ),
        ("Russian troops withdrew from Kherson.", "withdrew", "Kherson", "UKR", "city"),
        # oblast forms
        (
            "Russian missiles struck the Kharkiv region overnight.",
            "struck",
            "Kharkiv Oblast",
            "UKR",
            "admin1",
        ),
        ("Explosions were reported in Sumy Oblast on Tuesday.", "reported", "Sumy Oblast", "UKR", "admin1"),
        (
            "Ukrainian drones hit an oil depot in Russia's Bryansk region.",
            "hit",
            "Bryansk Oblast",
            "RUS",
            "admin1",
        ),
        # demonym adjectives before territorial nouns
        (
            "Kyiv says Russia keeps using Belarusian airspace for drone and missile attacks.",
            "using",
            "Belarus",
            "BLR",
            "country",
        ),
        ("Russian jets violated Polish airspace on Sunday.", "violated", "Poland", "POL", "country"),
        # settlements counted or pointed at without a name: the demonym still gives their country
        ("Students protested in this Russian city on Thursday.", "protested", "Russia", "RUS", "country"),
        ("Gunmen killed six people in a northern Nigerian village.", "killed", "Nigeria", "NGA", "country"),
        ("Missiles struck several Ukrainian cities overnight.", "struck", "Ukraine", "UKR", "country"),
        # seas, straits and named regions
        ("Houthi rebels attacked a cargo ship in the Red Sea.", "attacked", "Red Sea", None, "region"),
        ("A Russian warship was hit in the Black Sea.", "hit", "Black Sea", None, "region"),
        ("Iran seized a tanker in the Strait of Hormuz.", "seized", "Strait of Hormuz", "IRN", "region"),
        ("Fighting intensified across the Donbas on Monday.", "intensified", "Donbas", "UKR", "region"),
        ("Chinese warships sailed through the Taiwan Strait.", "sailed", "Taiwan Strait", None, "region"),
        ("Clashes erupted in Darfur last week.", "erupted", "Darfur", "SDN", "region"),
        ("In the West Bank city of Nablus, a man was shot.", "shot", "Nablus", "PSE", "city"),
        # a possessor of a place noun is still where it happened
        ("A bombing destroyed one of Baghdad's main bridges.", "destroyed", "Baghdad", "IRQ", "city"),
    ],
)
def test_event_location(
    text: str,
    trigger: str,
    name: str,
    country: str | None,
    precision: str,
    model: Any,
    gaz: Gazetteer,
    actors: ActorDictionary,
) -> None:
    place, _ = locate(text, trigger, model, gaz, actors)
    assert place is not None
    assert (place.name, place.country, place.precision, place.dominant) == (name, country, precision, False)
    assert place.lat is not None and place.lon is not None


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Moscow said it would respond to the sanctions.", "respond"),
        ("Minsk says it will not join the war.", "join"),
        ("Washington announced new sanctions against Russia.", "announced"),
        ("Washington imposed sanctions on Iran.", "imposed"),
        ("Moscow said the strike on Kyiv was a mistake.", "said"),
    ],
)
def test_metonym_capitals_are_never_the_location(
    text: str, trigger: str, model: Any, gaz: Gazetteer, actors: ActorDictionary
) -> None:
    place, _ = locate(text, trigger, model, gaz, actors)
    assert place is None or place.name not in ("Moscow", "Minsk", "Washington", "Washington, D.C.")


def test_an_offensive_from_belarus_is_not_in_belarus(
    model: Any, gaz: Gazetteer, actors: ActorDictionary
) -> None:
    text = (
        "Russian troops arrived in Belarus. Belarus will receive more weapons. "
        "Ukraine fears an offensive from Belarus."
    )
    place, _ = locate(text, "offensive", model, gaz, actors)
    assert place is None or place.country != "BLR"


@pytest.mark.parametrize(
    ("context", "country"),
    [
        (
            "Belarusian police detained opposition activists in Minsk and Hrodna. "
            "Police also clashed with protesters in Brest.",
            "BLR",
        ),
        (
            "French fishermen blocked ports in Brittany and Normandy, France. "
            "Police also clashed with protesters in Brest.",
            "FRA",
        ),
    ],
)
def test_same_name_disambiguated_by_article_context(
    context: str, country: str, model: Any, gaz: Gazetteer, actors: ActorDictionary
) -> None:
    place, _ = locate(context, "clashed", model, gaz, actors)
    assert place is not None and (place.name, place.country) == ("Brest", country)


def test_no_place_in_sentence_falls_back_to_dominant(
    model: Any, gaz: Gazetteer, actors: ActorDictionary
) -> None:
    text = (
        "Heavy fighting continued around Bakhmut on Friday. Ukrainian officials said Bakhmut was holding. "
        "Artillery killed three soldiers, officials said."
    )
    place, ctx = locate(text, "killed", model, gaz, actors)
    assert place is not None and place.dominant
    assert (place.name, place.country) == ("Bakhmut", "UKR")
    assert ctx.dominant == place
    assert ctx.countries.get("UKR") == 1.0


def test_no_place_anywhere_gives_none(model: Any, gaz: Gazetteer, actors: ActorDictionary) -> None:
    place, ctx = locate("Officials said three soldiers were killed.", "killed", model, gaz, actors)
    assert place is None and ctx.dominant is None


def test_article_context_lists_mentions_and_countries(
    model: Any, gaz: Gazetteer, actors: ActorDictionary
) -> None:
    doc = parse(
        "Russian troops arrived in Belarus near Brest. Kyiv fears an attack on the Kharkiv region.", model
    )
    ctx = article_context(doc, gaz, actors)
    names = {(m.text, m.resolved.name if m.resolved else None) for m in ctx.mentions}
    assert ("Belarus", "Belarus") in names and ("Brest", "Brest") in names
    assert ("Kharkiv region", "Kharkiv Oblast") in names
    assert next(m for m in ctx.mentions if m.text == "Brest").resolved.country == "BLR"  # type: ignore[union-attr]
    assert set(ctx.countries) >= {"BLR", "UKR"}


def test_unparsed_sentences_use_words_around_the_trigger(gaz: Gazetteer) -> None:
    """Sentences the parser skipped carry tokens only: a place after 'in' still counts."""
    text = "Shelling killed two people in Kherson on Friday."
    words = text.rstrip(".").split()
    toks, pos = [], 0
    for k, w in enumerate(words):
        idx = text.index(w, pos)
        pos = idx + len(w)
        toks.append(Token(k, w, w.lower(), "", "", "", k, idx))
    s = Sentence(0, text, 0, len(text), tuple(toks), (), parsed=False)
    doc = ParsedDoc(text, (s,))
    ctx = article_context(doc, gaz, None)
    place = locate_event(doc, _event(doc, 0, 1), ctx, gaz)
    assert place is not None and (place.name, place.country, place.dominant) == ("Kherson", "UKR", False)


def test_a_village_the_gazetteer_lacks_is_placed_on_its_container(
    model: Any, gaz: Gazetteer, actors: ActorDictionary
) -> None:
    """'the Qaryat Zarwan neighborhood of Mosul': the event is in the neighbourhood, which has
    Mosul's coordinates and precision (no finer point is known)."""
    place, _ = locate(
        "A car bomb exploded in the Qaryat Zarwan neighborhood of Mosul on Monday.",
        "exploded",
        model,
        gaz,
        actors,
    )
    assert place is not None and place.text == "Qaryat Zarwan" and not place.dominant
    mosul = gaz.lookup("Mosul")[0]
    assert (place.country, place.lat, place.lon, place.precision) == ("IRQ", mosul.lat, mosul.lon, "city")


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Five fighters were killed on Monday, the source told ARA News.", "killed"),  # not Arrah
        ("Rebels loyal to President Bashar al-Assad killed two soldiers.", "killed"),  # not Bawshar
        ("The protesters shouted slogans against NATO.", "shouted"),  # not Nato, Philippines
    ],
)
def test_names_of_organisations_and_people_are_not_towns(
    text: str, trigger: str, model: Any, gaz: Gazetteer, actors: ActorDictionary
) -> None:
    place, ctx = locate(text, trigger, model, gaz, actors)
    assert place is None, place
    assert all(m.resolved is None or m.resolved.kind != "city" for m in ctx.mentions)


def test_an_admin1_area_the_article_names_picks_the_namesake_inside_it(
    model: Any, gaz: Gazetteer, actors: ActorDictionary
) -> None:
    place, _ = locate("A tornado struck Edmonton, Ky., on Tuesday.", "struck", model, gaz, actors)
    assert place is not None and (place.name, place.country, place.admin1) == ("Edmonton", "USA", "Kentucky")
    place, _ = locate("A tornado struck Edmonton on Tuesday.", "struck", model, gaz, actors)
    assert place is not None and place.country == "CAN"


def test_footage_from_a_town_is_footage_of_it(model: Any, gaz: Gazetteer, actors: ActorDictionary) -> None:
    place, _ = locate("Drone footage from Bucha shows burned tanks.", "footage", model, gaz, actors)
    assert place is not None and (place.name, place.country, place.dominant) == ("Bucha", "UKR", False)


def test_people_organisations_and_the_west_are_never_places(
    model: Any, gaz: Gazetteer, actors: ActorDictionary
) -> None:
    doc = parse(
        "President Vladimir Putin met Lukashenko on Monday. "
        "The opposition urged the West and NATO to impose further sanctions.",
        model,
    )
    ctx = article_context(doc, gaz, actors)
    texts = {m.text for m in ctx.mentions}
    assert not texts & {"Putin", "Vladimir Putin", "West", "the West", "NATO", "Lukashenko"}, texts
    assert ctx.dominant is None


@pytest.mark.parametrize(
    ("text", "trigger", "expected", "admin1"),
    [
        # a named facility is the place, on the coordinates of the town it stands in
        (
            "A missile hit the Gagarin Stadium in Chernihiv on Monday.",
            "hit",
            "Gagarin Stadium",
            "Chernihiv Oblast",
        ),
        (
            "Shelling damaged the Mariupol Drama Theatre.",
            "damaged",
            "Mariupol Drama Theatre",
            "Donetsk Oblast",
        ),
        # a capital after "in" is a place, not its government
        ("A banker was shot in central Moscow on Tuesday.", "shot", "Moscow", "Moskva"),
        # a place of an adverbial clause ("when …") is the event's place
        ("Two soldiers were killed when rebels attacked a checkpoint in Kidal.", "killed", "Kidal", None),
        # a reference point ("100 km south of Baghdad") is not the place
        (
            "A car bomb exploded in Hillah, some 100 km south of Baghdad, on Friday.",
            "exploded",
            "Hillah",
            None,
        ),
        # a village the gazetteer lacks, with its oblast named: placed in that oblast
        ("Shelling damaged houses in Pisky, Donetsk Oblast.", "damaged", "Pisky", "Donetsk Oblast"),
        # an earlier event of the same people ("his plane") happened where they were
        ("The pilot was captured after his plane crashed near Kandahar.", "captured", "Kandahar", None),
        # one settlement made definite names it: "the Georgian capital" is in Georgia
        ("A journalist was shot in the Georgian capital on Monday.", "shot", "Georgian", None),
        # a patrol or march goes through where it starts
        (
            "Soldiers were patrolling from Kunduz city to the airport when a bomb exploded.",
            "patrolling",
            "Kunduz",
            None,
        ),
        # a name with a lower-case Arabic article after a settlement noun
        (
            "Airstrikes killed nine people in the town of al-Bab in the countryside of Aleppo.",
            "killed",
            "al-Bab",
            None,
        ),
    ],
)
def test_event_location_by_syntax(
    text: str,
    trigger: str,
    expected: str,
    admin1: str | None,
    model: Any,
    gaz: Gazetteer,
    actors: ActorDictionary,
) -> None:
    place = assert_named_place(text, trigger, expected, model, gaz, actors)
    if admin1 is not None:
        assert place.admin1 == admin1


@pytest.mark.parametrize(
    ("text", "trigger", "not_place"),
    [
        # a relative clause names another event's place
        ("The border zone is patrolled by troops which have their bases in Turkey.", "patrolled", "Turkey"),
        # the source of a report, an agent's home town, a protest's object
        ("The commander was killed on Monday, according to local sources in Nineveh.", "killed", "Nineveh"),
        ("He was shot by a Staten Island police officer.", "shot", "Staten Island"),
        ("Students were protesting against the Philippines' role in the talks.", "protesting", "Philippines"),
        # a place in the name of a war or games dates the event; it does not locate it
        ("Egypt lost the peninsula in the 1967 Middle East war.", "lost", "Middle East"),
        # a place owning a person or a team is theirs
        ("She won the title by defeating Mexico's Juan Perez.", "won", "Mexico"),
        # where another verb took them
        ("The pilot was captured in the jungle and later taken to Hanoi.", "captured", "Hanoi"),
        # a place inside another verb's destination phrase
        ("Five militants were killed while the rest fled to their base in Jarablus.", "killed", "Jarablus"),
        # a person "of" a place, an office over a place: where they belong
        ("Gunmen shot dead Pierre Dubois of Belgium and two other aid workers.", "shot", "Belgium"),
        ("The blast killed the deputy governor of Kandahar and four guards.", "killed", "Kandahar"),
        # a place of a later transfer joined by "and"
        ("The men were arrested and deported to a camp at Dachau.", "arrested", "Dachau"),
        # where a journey or transfer leads, not where it was interrupted
        ("Three men were arrested on their way to Peshawar.", "arrested", "Peshawar"),
        ("The boat was seized as it sailed back to Libya.", "seized", "Libya"),
        # another verb's passive subject is a party unless the verb takes places
        ("Two aid workers were kidnapped, and Norway was asked to pay a ransom.", "kidnapped", "Norway"),
        # an office over the place a phrase names, however deep ("operations in Kidal")
        ("An airstrike killed the commander of the group's operations in Kidal.", "killed", "Kidal"),
        # where a party is based
        ("A naval task force based in Djibouti has been patrolling since May.", "patrolling", "Djibouti"),
        # the event a time phrase counts from
        ("Hundreds of militiamen were captured or surrendered after Syria's pullout.", "captured", "Syria"),
        # another party's event before or after it ("after the parliament approved a law in Bogota")
        ("A judge was shot dead a day after the parliament approved a new law in Bogota.", "shot", "Bogota"),
        ("He was arrested before the army entered Grozny.", "arrested", "Grozny"),
        # a town sharing a word of an event's name ("Independence Day") is not where it happened
        ("Two protesters were killed at an Independence Day rally.", "killed", "Independence"),
        # where the patrolling troops come from (not the patrol's own route)
        ("Troops from Britain patrolled the border on Monday.", "patrolled", "Britain"),
        # a place owning or naming the noun of a time phrase names the event that dates this one
        ("Two soldiers were killed during Aleppo's clashes with the rebels.", "killed", "Aleppo"),
        ("The journalist was captured two days before Colombia's Independence Day.", "captured", "Colombia"),
        ("The village has been encircled by the army since the Tel Aviv bombing.", "encircled", "Tel Aviv"),
        # a clause joined by "and"/"but" with its own subject is another party's event
        (
            "The rebels captured the town, and the government held peace talks in Geneva.",
            "captured",
            "Geneva",
        ),
        ("The rebels captured the town, but a second column landed near Benghazi.", "captured", "Benghazi"),
        # a name the model reads as a person's, owning a home, is no town
        ("Police were patrolling outside Patten's hotel on Friday.", "patrolling", "Patten"),
        # a place owning a prize or a feeling that was "captured" is whose it is
        ("Her plight has captured the hearts of Japan.", "captured", "Japan"),
        ("The boxer captured Kazakhstan's first gold medal on Sunday.", "captured", "Kazakhstan"),
        # a second verb in another tense tells of a later state
        ("The pilot was captured last year and is being held in Hanoi.", "captured", "Hanoi"),
        ("The soldier was captured in 2006 and is believed to be held in Gaza.", "captured", "Gaza"),
        # a common noun heading a longer name is no town that shares it (Triangle, Bay)
        ("The army shelled positions near the Triangle of Death.", "shelled", "Triangle"),
        # a place owning a thing in no locative role says whose it is
        ("Activists protested Belgium's plans for a new coin on Monday.", "protested", "Belgium"),
        ("Several countries criticised Russia's decision to expel the diplomats.", "criticised", "Russia"),
        ("The rebels captured another of Iraq's most wanted fugitives on Sunday.", "captured", "Iraq"),
        # the object of a verb whose patient is a person names a person
        ("Gunmen shot Oudeh seven times as he stood outside a hotel.", "shot", "Oudeh"),
        ("The man was arrested for murdering his daughter Kavita.", "murdering", "Kavita"),
    ],
)
def test_places_of_other_events_are_not_the_location(
    text: str, trigger: str, not_place: str, model: Any, gaz: Gazetteer, actors: ActorDictionary
) -> None:
    place, _ = locate(text, trigger, model, gaz, actors)
    assert place is None or place.dominant or place.text != not_place


def test_a_named_place_without_container_keeps_its_name(
    model: Any, gaz: Gazetteer, actors: ActorDictionary
) -> None:
    """No other place to put it on: the name is the location, without coordinates."""
    place, _ = locate(
        "A militant was killed by sniper fire in the town of Zarqawiyah.", "killed", model, gaz, actors
    )
    assert place is not None and place.text == "Zarqawiyah" and not place.dominant
    assert place.lat is None and place.country is None


def test_lists_after_a_plural_settlement_noun_are_places(
    model: Any, gaz: Gazetteer, actors: ActorDictionary
) -> None:
    _, ctx = locate(
        "The army captured the villages of Zor Maghar and Kherbet Jazi in Syria.",
        "captured",
        model,
        gaz,
        actors,
    )
    texts = {m.text for m in ctx.mentions}
    assert {"Zor Maghar", "Kherbet Jazi"} <= texts


def test_demonyms_are_not_towns(model: Any, gaz: Gazetteer, actors: ActorDictionary) -> None:
    """ "Syrian" is the country's adjective, never a town that happens to be called so."""
    _, ctx = locate("Fighting raged near the Syrian capital Damascus.", "raged", model, gaz, actors)
    assert all(m.resolved is None or m.resolved.kind != "city" for m in ctx.mentions if m.text == "Syrian")
    assert any(m.text == "Damascus" and not m.is_metonym for m in ctx.mentions)


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # a name after the place, inside its own phrase, is its container, not a part of it
        ("Gunmen killed a farmer in Ngoma, a village in the southern Plateaux region.", "killed", "Ngoma"),
        # a place set off by a comma to say where the one before it lies
        ("A helicopter crashed in Orgun, in the southeastern province of Paktika.", "crashed", "Orgun"),
        # a person's name is no town when the verb's patient is a person
        ("Arad was shot outside a cafe in Haifa.", "shot", "Haifa"),
        # a country's embassy stands in another country
        ("Protesters marched on the US embassy in Tehran.", "marched", "Tehran"),
        # a bare compass word before "of" makes the next place a reference point, however parsed
        ("In Mahmudiya, south of Baghdad, gunmen killed two policemen.", "killed", "Mahmudiya"),
        # a "when" clause the parser reads as a relative one is the event's circumstance
        ("Two soldiers were killed on Tuesday, when a bomb exploded in Kandahar.", "killed", "Kandahar"),
        # a relative clause on an event noun describes that event
        ("Five people were killed in airstrikes that targeted the town of Saraqib.", "killed", "Saraqib"),
        # a parenthetical "officials said" does not take the place of the report it interrupts
        ("Two policemen were shot dead on Monday, officials said, on a road in Baquba.", "shot", "Baquba"),
        # a fronted locative phrase frames the sentence, whatever clause the parser hangs it on
        ("In Tikrit, the city hit hardest by the bombings, police patrolled.", "patrolled", "Tikrit"),
        # a hyphenated modifier names a destination or a base, not the event's place
        ("The crash happened near Bilbao when a Madrid-bound plane hit a hill.", "hit", "Bilbao"),
        # a country's base or embassy stands abroad
        ("He was captured near a U.S. base at Kandahar.", "captured", "Kandahar"),
        ("Australia's embassy in Jakarta was bombed last week.", "bombed", "Jakarta"),
        # a place placing a reference point places the same thing
        (
            "Gunmen ambushed a convoy on a road west of the capital Baghdad, near Fallujah.",
            "ambushed",
            "Fallujah",
        ),
        # the last word of a person's name is no town, nor is a captive captured somewhere else
        ("Soldiers captured Ahmed Khalil Hassan in a raid in Tikrit.", "captured", "Tikrit"),
        ("Hassan was captured in Yemen in 2004.", "captured", "Yemen"),
        # a camp named before "refugee camp", with a hyphenated article
        ("A boy was shot in the el-Fawwar refugee camp near Hebron.", "shot", "el-Fawwar"),
        # a name the gazetteer lacks, in apposition to the town, is the town's area, not a part
        ("Dozens of houses burned in Eldoret, regional capital of the Rift Valley.", "burned", "Eldoret"),
        # a captive's name is no place inside the one he was captured in
        ("Haddad, 30, was captured in Lebanon in 2004.", "captured", "Lebanon"),
        # a party's base is not where it acts
        ("Warplanes based in Incirlik have been patrolling over northern Iraq.", "patrolling", "Iraq"),
        # a visit is a stay at its end
        ("The reporter was killed during a trip to Somalia last year.", "killed", "Somalia"),
        # the object of "of" in a time phrase, and a place of the phrase's own event, still count
        ("Hundreds of people were killed during the invasion of Panama in 1989.", "killed", "Panama"),
        ("He was captured during clashes in Homs last year.", "captured", "Homs"),
        ("The fighters were killed during the Battle of Mosul.", "killed", "Mosul"),
        # victims counted in a second clause, a gapped verb or "their …" share the first one's place
        ("Three men were shot dead in Hebron and two others were wounded.", "shot", "Hebron"),
        ("Nine people were killed and 24 others wounded in Aleppo.", "killed", "Aleppo"),
        ("Four people were killed and their cars set ablaze in Fallujah.", "killed", "Fallujah"),
        # the owner of a home is a person, the town after it the place
        ("The suspect was captured in Anderson's apartment in Porto Alegre.", "captured", "Porto Alegre"),
        # ground still is: the heart of a town, much of a country, a place the prize was won in
        ("Iraqi troops captured the heart of Ramadi on Monday.", "captured", "Ramadi"),
        ("She captured the gold medal in Montreal.", "captured", "Montreal"),
        # a captive is no town, also when the verb's place hangs one step down ("in a village near")
        (
            "A former sergeant, Francois was captured Jan. 9 in a small village near the town of Hinche.",
            "captured",
            "Hinche",
        ),
        # a second verb with no auxiliary of its own shares the first one's tense
        ("Gunmen have shot and killed an elder in Galkayo.", "shot", "Galkayo"),
        ("The rebels have killed seven people and wounded four others in Algeria.", "killed", "Algeria"),
    ],
)
def test_the_finer_or_own_place_wins(
    text: str, trigger: str, expected: str, model: Any, gaz: Gazetteer, actors: ActorDictionary
) -> None:
    assert_named_place(text, trigger, expected, model, gaz, actors)


def test_a_name_after_in_is_a_place_whatever_the_model_labels_it(
    model: Any, gaz: Gazetteer, actors: ActorDictionary
) -> None:
    """Doubled spaces are tokens of their own; they do not hide "the town of Kharbat"."""
    place, _ = locate("A soldier was wounded in the town of  Kharbat.", "wounded", model, gaz, actors)
    assert place is not None and place.text == "Kharbat"


def test_a_sentence_is_read_again_only_when_the_article_could_change_it(
    model: Any, gaz: Gazetteer, actors: ActorDictionary, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Skipping the second reading of sentences no article-wide name affects changes nothing."""
    import frontwatch.resolve.place_context as places

    doc = parse(
        "Russian troops shelled Kupiansk and Izium on Monday. Residents of Kupiansk fled to Kharkiv. "
        "The Ukrainian army said it repelled an attack near Bakhmut, in the Donetsk region. "
        "Officials in Washington and Brussels said NATO would meet in Vilnius.",
        model,
    )
    fast = places.article_context(doc, gaz, actors)
    first = places._first_reading

    def always_again(*args: Any) -> Any:
        found, _ = first(*args)
        return found, {"*"} | {m.text.lower() for m in fast.mentions}

    monkeypatch.setattr(places, "_first_reading", always_again)
    assert places.article_context(doc, gaz, actors) == fast


def test_an_unlisted_place_lies_in_the_area_named_after_it(
    model: Any, gaz: Gazetteer, actors: ActorDictionary
) -> None:
    """ "Kilbus in West Darfur" is in West Darfur, not in Nyala, the nearer town of the sentence."""
    place, ctx = locate(
        "Fighters from Nyala attacked the village of Kilbus in West Darfur.", "attacked", model, gaz, actors
    )
    area = next(m for m in ctx.mentions if m.text == "West Darfur")
    kilbus = next(m for m in ctx.mentions if m.text == "Kilbus")
    assert area.resolved is not None and kilbus.resolved is not None
    assert kilbus.resolved.id == -1 - area.resolved.id
    assert place is not None and place.text == "Kilbus"


def test_an_offensive_from_the_north_from_belarus_is_not_in_belarus(
    model: Any, gaz: Gazetteer, actors: ActorDictionary
) -> None:
    text = "Ukraine fears an offensive from the north, from Belarus."
    place, _ = locate(text, "offensive", model, gaz, actors)
    assert place is None or place.country != "BLR"


def _resolved(text: str, name: str, model: Any, gaz: Gazetteer, actors: ActorDictionary) -> Any:
    ctx = article_context(parse(text, model), gaz, actors)
    return next(m.resolved for m in ctx.mentions if m.text == name)


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Fighters attacked Tawila in North Darfur on Sunday.", "Tawila", "SDN"),
        ("Clashes were reported in Tawila, Sudan, on Monday.", "Tawila", "SDN"),
        (
            "US troops left Bagram air base, north of Kabul, after twenty years in Afghanistan.",
            "Bagram",
            "AFG",
        ),
        ("Police in Paris, Texas, arrested two men.", "Paris", "USA"),
    ],
)
def test_a_town_named_with_its_country_or_region_lies_there(
    text: str, name: str, country: str, model: Any, gaz: Gazetteer, actors: ActorDictionary
) -> None:
    """A town followed by its country or named region, or matched only through another town's
    alternate name far from the article's places (Bagram → Bahrām, Iran), is not pinned in
    another country: its namesake there, else an unlisted place on the area or its container."""
    c = _resolved(text, name, model, gaz, actors)
    assert c is not None and c.country == country, c


def test_items_of_a_list_are_not_each_others_areas(
    model: Any, gaz: Gazetteer, actors: ActorDictionary
) -> None:
    text = "Delegations from Kharkiv, Ukraine and Belgorod, Russia met in Minsk."
    assert _resolved(text, "Belgorod", model, gaz, actors).country == "RUS"
    assert _resolved(text, "Kharkiv", model, gaz, actors).country == "UKR"


def test_a_loose_match_is_kept_when_the_article_names_no_place_country(
    model: Any, gaz: Gazetteer, actors: ActorDictionary
) -> None:
    """Demonyms ("Russian forces") are no evidence against a transliterated Ukrainian town."""
    c = _resolved("Russian soldiers walking in Severodonetsk", "Severodonetsk", model, gaz, actors)
    assert c is not None and c.kind == "city" and c.country == "UKR"


@pytest.mark.parametrize(
    ("text", "trigger", "where"),
    [
        # a place owning a noun that names another place with "of" is that place's container
        ("Protesters marched in Tehran's northern district of Tajrish.", "marched", "Tajrish"),
        ("Police patrolled Cairo's eastern suburb of Heliopolis.", "patrolled", "Heliopolis"),
        # a place with its category noun, then "in" its area after a comma: the area locates it
        (
            "Three soldiers died in attacks by insurgents in Kandahar province, in southern Afghanistan.",
            "died",
            "Kandahar province",
        ),
        # over-reach guards: the part named first ("the Karrada district of Baghdad"), a place
        # near a border after a comma
        ("A bomb exploded in the Karrada district of Baghdad.", "exploded", "Karrada"),
        (
            "Rebels ambushed a convoy in Idlib province, near the Turkish border.",
            "ambushed",
            "Idlib province",
        ),
    ],
)
def test_the_finer_of_a_place_and_its_container_is_chosen(
    text: str, trigger: str, where: str, model: Any, gaz: Gazetteer, actors: ActorDictionary
) -> None:
    assert_named_place(text, trigger, where, model, gaz, actors)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Peacekeepers patrolled the buffer zone between Armenia and Azerbaijan.", "patrolled"),
        ("Soldiers guarded the highway between Kabul and Jalalabad.", "guarded"),
    ],
)
def test_places_bounding_a_stretch_are_not_where_it_is(
    text: str, trigger: str, model: Any, gaz: Gazetteer, actors: ActorDictionary
) -> None:
    """ "between X and Y" names the ends of a zone or road, which lies in neither."""
    assert_no_named_place(text, trigger, model, gaz, actors)


def test_a_place_of_the_event_beside_a_between_phrase_is_kept(
    model: Any, gaz: Gazetteer, actors: ActorDictionary
) -> None:
    text = "Police clashed with protesters in Tbilisi between the parliament and the old town."
    assert_named_place(text, "clashed", "Tbilisi", model, gaz, actors)


@pytest.mark.parametrize(
    ("text", "trigger", "not_place"),
    [
        # the object of "in support of", "on behalf of": whom the event is for
        ("Thousands of people demonstrated in support of Iraq.", "demonstrated", "Iraq"),
        # "to" after a verb of addressing names the addressee
        ("Japan protested to China over the collision.", "protested", "China"),
        ("The ministry complained to Moscow about the treatment of its diplomats.", "complained", "Moscow"),
        # what a protest is against, placed by "in"
        ("The Palestinians were protesting against the Israeli operation in Gaza.", "protesting", "Gaza"),
        # a relative clause telling a life or a state, or dated as another event
        ("A man who lived in Boston for 20 years was shot dead on Friday.", "shot", "Boston"),
        ("Rebels captured a soldier who was born in Texas.", "captured", "Texas"),
        (
            "A rebel who carried out a bombing last week in Turkey has been captured.",
            "captured",
            "Turkey",
        ),
    ],
)
def test_whom_an_event_is_for_or_addressed_to_is_not_its_place(
    text: str, trigger: str, not_place: str, model: Any, gaz: Gazetteer, actors: ActorDictionary
) -> None:
    place, _ = locate(text, trigger, model, gaz, actors)
    assert place is None or place.dominant or place.text != not_place, place


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # a demonstration's own place beside whom it supports
        ("Thousands of people demonstrated in Amman in support of Iraq.", "demonstrated", "Amman"),
        # but a journey "to" a place still goes there
        ("Protesters marched to Trafalgar Square on Saturday.", "marched", "Trafalgar Square"),
        # a gerund subject is the event that did it
        ("Fighting around Bakhmut killed dozens of soldiers.", "killed", "Bakhmut"),
        # the only place of the sentence, in a relative clause telling what the victims or the
        # attackers were doing
        (
            "Police shot dead two gunmen who had opened fire on worshippers at a mosque in Kano.",
            "shot",
            "Kano",
        ),
        (
            "Troops killed three militants who were planting a bomb on a road near Kandahar.",
            "killed",
            "Kandahar",
        ),
        # a distance phrase after a place says where that place lies, however it is attached
        (
            "The landmine was detonated when the policemen were traveling on the road at Aathmail "
            "of Nuwakot district, some 50 km northwest of Kathmandu, the radio said.",
            "detonated",
            "Nuwakot",
        ),
        (
            "Another bomb was detonated on Saturday when a convoy travelled north of the city of "
            "Fallujah, 50 km west of Baghdad, killing two soldiers.",
            "detonated",
            "Fallujah",
        ),
        # a participle on a place tells what befell it
        (
            "Damascus wants Israel to return the Golan Heights captured from Syria in 1967.",
            "captured",
            "Golan Heights",
        ),
        (
            "Eastern Slavonia, captured by the Serbs in 1991, is due to return to Croatia.",
            "captured",
            "Eastern Slavonia",
        ),
        # but not on a person its place names ("a U.S. soldier captured in Iraq")
        ("A U.S. soldier captured in Iraq returned to Panama this week.", "captured", "Iraq"),
        # far down the tree, the place inside the other wins there too
        (
            "Two firemen were killed in the effort to stop the blaze from causing heavy damage at "
            "Nigeria's biggest oil refinery in the southern city of Port Harcourt.",
            "killed",
            "Port Harcourt",
        ),
        # a site the parser hung on what a protest is against
        (
            "Several thousand demonstrators protested against racist violence at rallies in Lisbon.",
            "protested",
            "Lisbon",
        ),
        # a bare reference point is still one ("killed in an ambush, 30 km northeast of Karbala")
        ("Two soldiers were killed in an ambush, 30 km northeast of Karbala.", "killed", "Karbala"),
    ],
)
def test_causes_relatives_and_distances_place_the_event(
    text: str, trigger: str, expected: str, model: Any, gaz: Gazetteer, actors: ActorDictionary
) -> None:
    assert_named_place(text, trigger, expected, model, gaz, actors)


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # a relative clause on a place, holding the trigger, happened there or befell it
        ("The convoy finally reached Homs, where 20 people were killed on Monday.", "killed", "Homs"),
        ("Aid workers returned to Maarat, in which six people were shot last week.", "shot", "Maarat"),
        ("Rebels entered the town of Ariha, which was bombed by jets on Sunday.", "bombed", "Ariha"),
        (
            "Iraq, whose military targets have been bombed by US jets since 1991, backed Belgrade.",
            "bombed",
            "Iraq",
        ),
        # what an attack or an operation is against is where it happened (not so for a protest)
        (
            "The army launched an assault against rebel positions near Deir Ezzor on Monday.",
            "launched",
            "Deir Ezzor",
        ),
        (
            "Two policemen were killed in a security operation against militants in Diyarbakir.",
            "killed",
            "Diyarbakir",
        ),
    ],
)
def test_relative_clauses_on_places_and_attacks_against_a_target_place_the_event(
    text: str, trigger: str, expected: str, model: Any, gaz: Gazetteer, actors: ActorDictionary
) -> None:
    assert_named_place(text, trigger, expected, model, gaz, actors)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # the place is the relative clause's actor, not where its event happened
        ("Syria, which bombed rebel positions on Monday, denied the report.", "bombed"),
        # what a protest is against is not where the protest was
        ("Some 3,000 people rallied against the planned military operation in Idlib.", "rallied"),
        ("Hundreds of students protested against the bombing campaign in Yemen.", "protested"),
    ],
)
def test_an_actor_relative_clause_and_a_protest_against_an_operation_place_nothing(
    text: str, trigger: str, model: Any, gaz: Gazetteer, actors: ActorDictionary
) -> None:
    assert_no_named_place(text, trigger, model, gaz, actors)


MIXED_STORIES = (
    "Venezuelan troops clashed with protesters in Caracas on Monday. Opposition leaders in Venezuela "
    "called for a general strike across Venezuela.\n"
    "In Moscow, police detained 20 protesters on Sunday. They were released on bail later that day.\n"
    "The Venezuelan government denied the reports."
)


@pytest.mark.parametrize(
    ("text", "trigger", "name", "country"),
    [
        # a paragraph about another country: its earlier sentences place the event
        (MIXED_STORIES, "released", "Moscow", "RUS"),
        # the next paragraph is back with the article's own place
        (MIXED_STORIES, "denied", "Caracas", "VEN"),
        # within one country the dominant place stays, however the paragraph begins
        (
            "Russian missiles struck Kharkiv on Monday. Ukraine said Russia fired 40 missiles.\n"
            "Rescuers searched the rubble in Kyiv overnight. Two bodies were found on Tuesday.\n",
            "found",
            "Kharkiv",
            "UKR",
        ),
    ],
)
def test_an_event_without_a_place_takes_its_paragraphs_place_in_a_text_mixing_stories(
    text: str, trigger: str, name: str, country: str, model: Any, gaz: Gazetteer, actors: ActorDictionary
) -> None:
    place, _ = locate(text, trigger, model, gaz, actors)
    assert place is not None and place.dominant
    assert (place.text, place.country) == (name, country)


def test_a_paragraph_place_is_only_taken_from_earlier_sentences_of_the_paragraph(
    model: Any, gaz: Gazetteer, actors: ActorDictionary
) -> None:
    # the Moscow sentence comes after the event, in the same paragraph: the article's place stays
    text = (
        "Venezuelan troops clashed with protesters in Caracas. Venezuela called for calm.\n"
        "Twenty protesters were detained on Sunday. In Moscow, police also cleared a square.\n"
    )
    place, ctx = locate(text, "detained", model, gaz, actors)
    assert place is not None and place.dominant and place.country == "VEN"
    assert ctx.fallback(2) is not None and ctx.fallback(2).country == "VEN"  # type: ignore[union-attr]
    # the Moscow sentence itself, in a paragraph never naming Venezuela, is its own scene
    assert ctx.fallback(3) is not None and ctx.fallback(3).name == "Moscow"  # type: ignore[union-attr]


def test_a_place_naming_a_clock_is_no_location(model: Any, gaz: Gazetteer, actors: ActorDictionary) -> None:
    text = "A bomb exploded near a wedding hall in Makhachkala at around 4 p.m. Moscow time on Friday."
    assert_named_place(text, "exploded", "Makhachkala", model, gaz, actors)
    assert_no_named_place("The offensive began at 5 a.m. Kyiv time on Sunday.", "began", model, gaz, actors)


# --- session 8, places2: dateline, paragraphs, unlisted containers, coordinated admin areas ---

DATELINED = (
    "NIAMEY, March 3 (Reuters) - Gunmen who crossed from Burkina Faso killed 12 soldiers at an army "
    "post, the government said on Sunday.\n\n"
    "Niger's defence ministry said the attackers fled. Burkina Faso denied that they came from its "
    "territory.\n\n"
    "The army said it would continue operations, and Niger closed two border crossings."
)


def test_the_dateline_counts_as_one_mention_of_the_country_it_lies_in(model: Any, gaz: Gazetteer) -> None:
    # Burkina Faso and Niger are each named twice; the reporter files from Niamey
    ctx = article_context(parse(DATELINED, model), gaz)
    assert ctx.dominant is not None and ctx.dominant.country == "NER"
    assert ctx.dominant.precision == "country"  # the dateline town is no event place
    undated = article_context(parse(DATELINED.split(" - ", 1)[1], model), gaz)
    assert undated.dominant is not None and undated.dominant.country == "BFA"  # a tie: the first named


def test_a_dateline_makes_no_country_the_text_does_not_name(model: Any, gaz: Gazetteer) -> None:
    ctx = article_context(
        parse("BEIRUT (Reuters) - Government forces shelled rebel positions in Idlib on Monday.", model), gaz
    )
    assert ctx.dominant is not None and ctx.dominant.country == "SYR"


@pytest.mark.parametrize(
    ("text", "sentence_index"),
    [
        # the paragraph names both countries once: still the article's (Taiwan) story
        (
            "China's navy held drills around Taiwan on Thursday. It called them a warning.\n\n"
            "Taiwan's coast guard said it had deployed ships. Taiwan said it would not be provoked.",
            1,
        ),
        # a paragraph naming only a country names a party to the story, not another scene
        (
            "Rebels shelled the town of Kupiansk in Ukraine on Monday. Ukraine said two people died.\n"
            "Iran warned that it would respond to any attack on its territory. Its officials vowed to "
            "retaliate.",
            3,
        ),
        # a sentence naming places of its own does not inherit the paragraph's
        (
            "Venezuelan troops clashed with protesters in Caracas. Venezuela called for calm.\n"
            "In Moscow, police detained 20 protesters. Venezuela's foreign minister condemned the arrests.",
            3,
        ),
    ],
)
def test_a_paragraph_gives_no_place_on_a_tie_a_bare_country_or_a_sentence_with_places(
    text: str, sentence_index: int, model: Any, gaz: Gazetteer, actors: ActorDictionary
) -> None:
    ctx = article_context(parse(text, model), gaz, actors)
    assert ctx.dominant is not None
    assert ctx.fallback(sentence_index) == ctx.dominant


def test_paragraphs_are_found_when_only_some_sentences_are_parsed(
    model: Any, gaz: Gazetteer, actors: ActorDictionary
) -> None:
    # the pipeline parses sentences alone: each then starts with the blank line before it
    from frontwatch.nlp import parse_many

    doc = next(parse_many([MIXED_STORIES.replace("\n", "\n\n")], model, select=lambda s: True, ner=False))
    assert doc.text[doc.sentences[2].start] == "\n"  # what the rule must see past
    ctx = article_context(doc, gaz, actors)
    released = next(s.index for s in doc.sentences if "released" in s.text)
    denied = next(s.index for s in doc.sentences if "denied" in s.text)
    assert ctx.fallback(released).country == "RUS"  # type: ignore[union-attr]
    assert ctx.fallback(denied).country == "VEN"  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        # a feature before a clause naming another country: the article's country holds it
        (
            "Afghanistan's army said fighting continued across Afghanistan on Monday. The government "
            "offered to move troops north of the Sarobi Canal if Pakistan withdrew its forces.",
            "Sarobi Canal",
            "AFG",
        ),
        # a village the gazetteer lacks, in a sentence naming a neighbour: the article's country
        (
            "Syria's army said on Monday that it had retaken ground in Syria. Its troops entered the "
            "village of Sheykler after talks with Turkey.",
            "Sheykler",
            "SYR",
        ),
        # the sentence names the article's country: as before
        (
            "Syria's army said it had entered the village of Sheykler in northern Syria.",
            "Sheykler",
            "SYR",
        ),
    ],
)
def test_an_unlisted_place_lies_in_the_articles_country_rather_than_another_one_named_nearby(
    text: str, name: str, country: str, model: Any, gaz: Gazetteer, actors: ActorDictionary
) -> None:
    ctx = article_context(parse(text, model), gaz, actors)
    found = [m for m in ctx.mentions if m.text == name]
    assert found and found[0].resolved is not None, [(m.text, m.source) for m in ctx.mentions]
    assert found[0].resolved.country == country


def test_a_facility_is_placed_on_a_town_named_right_after_it_only_through_a_joining_word(
    model: Any, gaz: Gazetteer, actors: ActorDictionary
) -> None:
    doc = parse("Rescuers reached the Gagarin Stadium in Chernihiv on Monday.", model)
    ctx = article_context(doc, gaz, actors)
    stadium = next(m for m in ctx.mentions if m.text.startswith("Gagarin"))
    assert stadium.resolved is not None and stadium.resolved.admin1 == "Chernihiv Oblast"


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Ukraine's air force said it shot down 30 drones, mostly over the Sumy and Kharkiv regions.",
            {"Sumy": "Sumy Oblast", "Kharkiv regions": "Kharkiv Oblast"},
        ),
        (
            "Russian shelling hit villages in the Zaporizhzhia, Kherson and Donetsk oblasts overnight.",
            {
                "Zaporizhzhia": "Zaporizhzhya Oblast",
                "Kherson": "Kherson Oblast",
                "Donetsk oblasts": "Donetsk Oblast",
            },
        ),
    ],
)
def test_names_listed_before_a_plural_admin_noun_are_each_that_admin_area(
    text: str, names: dict[str, str], model: Any, gaz: Gazetteer, actors: ActorDictionary
) -> None:
    ctx = article_context(parse(text, model), gaz, actors)
    got = {m.text: (m.resolved.name, m.resolved.kind) for m in ctx.mentions if m.resolved is not None}
    for text_, name in names.items():
        assert got.get(text_) == (name, "admin1"), got


@pytest.mark.parametrize(
    "text",
    [
        "Drones struck Kharkiv and other regions overnight.",  # no list of names before the noun
        "Missiles hit Kharkiv and the Sumy region on Monday.",  # a singular noun names one area
    ],
)
def test_a_town_before_and_is_no_admin_area_without_a_plural_list(
    text: str, model: Any, gaz: Gazetteer, actors: ActorDictionary
) -> None:
    ctx = article_context(parse(text, model), gaz, actors)
    kharkiv = next(m for m in ctx.mentions if m.text == "Kharkiv")
    assert kharkiv.resolved is not None and kharkiv.resolved.kind == "city"


def test_a_listed_admin_area_is_the_events_place(model: Any, gaz: Gazetteer, actors: ActorDictionary) -> None:
    place, _ = locate(
        "Ukraine's air force said it shot down 43 of 61 drones, mostly over the Poltava and Sumy regions.",
        "shot",
        model,
        gaz,
        actors,
    )
    assert place is not None and not place.dominant
    assert (place.name, place.precision) == ("Poltava Oblast", "admin1")


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # a later event joined by "and later"/"and then" has its own place
        ("He was shot at least three times and later died at a hospital in Nashville.", "shot"),
        # an alternative with its own auxiliary is another event
        ("Most of the former leaders have either been captured or are hiding outside Iraq.", "captured"),
        # a country's name before a currency sign names the currency
        ("At least four fighters were killed and around US $1,000,000 was burned in the bombing.", "killed"),
    ],
)
def test_a_later_or_alternative_event_and_a_currency_give_no_place(
    text: str, trigger: str, model: Any, gaz: Gazetteer, actors: ActorDictionary
) -> None:
    assert_no_named_place(text, trigger, model, gaz, actors)


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # verbs sharing the object or the victims share the place
        ("Attackers shot or stabbed to death 200 people in Algeria.", "shot", "Algeria"),
        ("Two soldiers were shot and killed in Kandahar on Monday.", "shot", "Kandahar"),
        # the later event's own place is its place, and the first one's is the first one's
        (
            "Rebels attacked army positions near Kherson and then captured the village of Pravdyne.",
            "attacked",
            "Kherson",
        ),
        ("Rebels attacked army positions and then captured the town of Kupiansk.", "captured", "Kupiansk"),
        ("The gunmen were later captured in Peshawar.", "captured", "Peshawar"),
    ],
)
def test_shared_conjuncts_and_a_later_events_own_place_are_kept(
    text: str, trigger: str, expected: str, model: Any, gaz: Gazetteer, actors: ActorDictionary
) -> None:
    assert_named_place(text, trigger, expected, model, gaz, actors)


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        # a river the gazetteer lacks is not placed in another party's country named beside it
        (
            "Under the deal, Lebanon will deploy the army south of the Litani River, Israel said.",
            "Litani River",
            "LBN",
        ),
        ("Turkish drones struck positions along the Euphrates, Iraq said.", "Euphrates", "IRQ"),
        # a town of one of the river's countries still places it
        (
            "A Russian helicopter fired rockets across the Siverskyi Donets river towards Bilohorivka.",
            "Siverskyi Donets",
            "UKR",
        ),
    ],
)
def test_a_river_lies_in_one_of_its_own_countries(
    text: str, name: str, country: str, model: Any, gaz: Gazetteer, actors: ActorDictionary
) -> None:
    ctx = article_context(parse(text, model), gaz, actors)
    found = [m for m in ctx.mentions if m.text == name]
    assert found and found[0].resolved is not None, [(m.text, m.source) for m in ctx.mentions]
    assert found[0].resolved.country == country


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Manitoba Premier Brian Pallister plans to spend more on roads.", "Manitoba"),
        ('"We are not satisfied," Quebec Health Minister Gaetan Barrette said on Sunday.', "Quebec"),
    ],
)
def test_the_place_before_a_persons_title_stays_a_toponym(
    text: str, name: str, model: Any, gaz: Gazetteer, actors: ActorDictionary
) -> None:
    ctx = article_context(parse(text, model), gaz, actors)
    assert name in [m.text for m in ctx.mentions], [m.text for m in ctx.mentions]
    # the person's name itself is no place
    assert not any(m.text in ("Brian", "Pallister", "Gaetan", "Barrette") for m in ctx.mentions)


@pytest.mark.parametrize(
    ("text", "name", "kind", "precision"),
    [
        # "the town of" names the town, not the admin area sharing its name
        ("Troops shelled the town of Sagaing in Myanmar on Monday.", "Sagaing", "city", "city"),
        # "the village of" a name the gazetteer holds only as a region: a village it lacks
        (
            "Myanmar's air force bombed a church in the village of Shan on Saturday.",
            "Shan",
            "unlisted",
            "country",
        ),
        # a province word asks for the area named after the town (Damascus Governorate)
        (
            "Gunmen killed six people in Damascus province on Thursday.",
            "Damascus province",
            "admin1",
            "admin1",
        ),
        # "the West Bank city of Nablus": the words name the town's area, not a town
        ("A man was shot in the West Bank city of Nablus.", "West Bank", "region", "region"),
    ],
)
def test_the_words_around_a_name_say_which_kind_of_place_it_is(
    text: str, name: str, kind: str, precision: str, model: Any, gaz: Gazetteer, actors: ActorDictionary
) -> None:
    ctx = article_context(parse(text, model), gaz, actors)
    found = [m.resolved for m in ctx.mentions if m.text == name]
    assert found and found[0] is not None, [(m.text, m.source) for m in ctx.mentions]
    assert (found[0].kind, found[0].precision) == (kind, precision)


def test_a_village_the_gazetteer_lacks_in_a_named_province_is_placed_on_the_province(
    model: Any, gaz: Gazetteer, actors: ActorDictionary
) -> None:
    text = (
        "Azerbaijani troops opened fire on Armenian positions near the village of Nerkin Hand in the "
        "Syunik province, killing four soldiers."
    )
    place, ctx = locate(text, "opened", model, gaz, actors)
    assert place is not None and (place.text, place.country, place.precision) == (
        "Nerkin Hand",
        "ARM",
        "admin1",
    )
    dominant = ctx.dominant
    assert dominant is not None and (dominant.name, dominant.precision) == ("Syunik Province", "admin1")


OTHER_STORY = (
    "Ukraine's armed forces said they had struck two Russian landing ships in Sevastopol overnight.\n"
    "Russia's defence ministry said air defences had destroyed 12 missiles over Crimea.\n"
    "Poland scrambled fighter jets on Sunday after a Russian cruise missile entered its airspace "
    "for 39 seconds near the village of Oserdow, the Polish military said. Warsaw demanded an "
    "explanation from Moscow.\n"
)


def test_a_paragraph_never_naming_the_articles_country_tells_another_story(
    model: Any, gaz: Gazetteer, actors: ActorDictionary
) -> None:
    ctx = article_context(parse(OTHER_STORY, model), gaz, actors)
    assert ctx.dominant is not None and ctx.dominant.country == "UKR"
    oserdow = next(m.resolved for m in ctx.mentions if m.text == "Oserdow")
    assert oserdow is not None and oserdow.country == "POL"
    # the jets scrambled (the missile's entry is another clause) and Warsaw's demand: Poland
    for trigger in ("scrambled", "demanded"):
        place, _ = locate(OTHER_STORY, trigger, model, gaz, actors)
        assert place is not None and place.dominant and place.country == "POL", trigger


def test_a_paragraph_naming_the_articles_country_by_an_adjective_keeps_its_place(
    model: Any, gaz: Gazetteer, actors: ActorDictionary
) -> None:
    # "Armenian troops" keeps the paragraph in the Armenian story: the operation is not placed
    # in Azerbaijan by the Nakhchivan clause
    text = (
        "YEREVAN, Feb 13 (AP) - Armenia's defence ministry said that Azerbaijani troops opened fire on "
        "Armenian positions near the village of Nerkin Hand in the Syunik province, killing four soldiers.\n"
        "Azerbaijan's State Border Service said its forces had carried out a revenge operation after "
        "Armenian troops fired at Azerbaijani positions in the Nakhchivan exclave on Monday.\n"
    )
    place, ctx = locate(text, "carried", model, gaz, actors)
    assert ctx.dominant is not None and ctx.dominant.country == "ARM"
    assert place is not None and place.dominant and place.country == "ARM"


def test_a_paragraph_naming_two_other_countries_is_no_scene_for_a_bare_country(
    model: Any, gaz: Gazetteer, actors: ActorDictionary
) -> None:
    # Turkey's reaction to a strike in Syria: the envoy was not summoned in Syria
    text = (
        "Russian forces shelled Kharkiv on Monday, Ukraine's military said. Two civilians were killed "
        "in Kharkiv.\n"
        "Turkey condemned a strike on the village of Atmeh in Syria. Ankara summoned the envoy.\n"
    )
    place, ctx = locate(text, "summoned", model, gaz, actors)
    assert place is not None and place == ctx.dominant and place.country == "UKR"


@pytest.mark.parametrize(
    ("text", "trigger", "country", "precision", "lat"),
    [
        (
            "Houthi forces attacked government positions in Hodeidah governorate on Monday.",
            "attacked",
            "YEM",
            "admin1",
            14.8,
        ),
        ("Houthi forces shelled Hodeidah on Monday.", "shelled", "YEM", "city", 14.8),
        ("A drone struck a base in Erbil province on Sunday.", "struck", "IRQ", "admin1", 36.4),
        ("A drone struck a base in Erbil on Sunday.", "struck", "IRQ", "city", 36.2),
        ("Protesters clashed with police in Sidama on Tuesday.", "clashed", "ETH", "admin1", 6.7),
        ("Police arrested protesters in Washington state on Friday.", "arrested", "USA", "admin1", 47.3),
        (
            "Wildfires forced evacuations in the state of Washington on Friday.",
            "forced",
            "USA",
            "admin1",
            47.3,
        ),
        ("Police arrested protesters in Washington on Friday.", "arrested", "USA", "city", 38.9),
    ],
)
def test_an_admin_word_asks_for_the_area_and_a_bare_name_keeps_the_town(
    text: str,
    trigger: str,
    country: str,
    precision: str,
    lat: float,
    model: Any,
    gaz: Gazetteer,
    actors: ActorDictionary,
) -> None:
    place, _ = locate(text, trigger, model, gaz, actors)
    assert place is not None and not place.dominant, place
    assert (place.country, place.precision) == (country, precision), place
    assert place.lat is not None and abs(place.lat - lat) < 0.5, place


@pytest.mark.parametrize(
    ("text", "trigger", "name"),
    [
        # "the Gulf" (Persian Gulf) and "Finland" are words of the one name
        (
            "Three Russian jets violated Estonian airspace over the Gulf of Finland.",
            "violated",
            "Gulf of Finland",
        ),
        (
            "Chinese and Russian warships patrolled the Sea of Okhotsk last week.",
            "patrolled",
            "Sea of Okhotsk",
        ),
        # an actor's name inside a longer place name (the Azov regiment) leaves the sea a place
        ("Ukrainian drones struck a ship in the Sea of Azov on Friday.", "struck", "Sea of Azov"),
    ],
)
def test_a_sea_or_gulf_of_a_name_is_one_place(
    text: str, trigger: str, name: str, model: Any, gaz: Gazetteer, actors: ActorDictionary
) -> None:
    place, ctx = locate(text, trigger, model, gaz, actors)
    assert place is not None and not place.dominant and place.name == name, place
    assert place.precision == "region"
    assert not any(m.text in ("Gulf", "Finland", "Okhotsk") for m in ctx.mentions)


def test_a_water_body_the_gazetteer_lacks_is_one_unlisted_name(
    model: Any, gaz: Gazetteer, actors: ActorDictionary
) -> None:
    place, ctx = locate("Fishermen clashed with police on the Sea of Galilee.", "clashed", model, gaz, actors)
    assert [m.text for m in ctx.mentions] == ["Sea of Galilee"]
    assert place is not None and place.text == "Sea of Galilee"


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # an attack noun as subject or object: its "of" names what it befell
        ("The shelling of Kramatorsk left four civilians dead, officials said.", "left", "Kramatorsk"),
        ("Troops killed dozens of insurgents who tried to break the siege of Izium.", "killed", "Izium"),
        # a demonym on an area named with "of" only says whose the area is
        ("Rebels captured two towns in the Ethiopian province of Eritrea in 1988.", "captured", "Eritrea"),
        # a place in an apposition describes the noun before it
        ("By then the rebels had captured most of Chad, Africa's fifth-largest country.", "captured", "Chad"),
        # a name the model may read as a person's, before a lower-case settlement noun or a "where"
        ("Rebels attacked army positions west of Kafr Zita town on Friday.", "attacked", "Kafr Zita"),
        ("Soldiers shot two men at Kiborogo, where a market was under way.", "shot", "Kiborogo"),
        ("Marines seized the island of Pulau Tenggol on Monday.", "seized", "Pulau Tenggol"),
        # a site hung on a person's name, a noun of people after "at", a story the object continues
        ("Thousands marched against Putin in Yekaterinburg on Saturday.", "marched", "Yekaterinburg"),
        ("Three men were shot at a Brooklyn night club early Sunday.", "shot", "Brooklyn"),
        ("A judge was shot dead after gunmen stopped his car in Mosul.", "shot", "Mosul"),
        # a lower-case "west coast" is no name
        ("Patrol boats will patrol Sri Lanka's west coast from Monday.", "patrol", "Sri Lanka"),
        # a town another verb joined by "and" took is not a finer answer for the first verb
        (
            "Rebels captured large areas of territory in western Bosnia and took the town of Bihac.",
            "captured",
            "Bosnia",
        ),
    ],
)
def test_attack_nouns_appositions_demonyms_and_settlement_nouns_place_the_event(
    text: str, trigger: str, expected: str, model: Any, gaz: Gazetteer, actors: ActorDictionary
) -> None:
    assert_named_place(text, trigger, expected, model, gaz, actors)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # whom something is handed to, a possessor after a weak preposition, what is protested
        ("The army handed the prisoners over to Pakistan on Tuesday.", "handed"),
        ("Police captured Hamid Karimi, No. 3 on Britain's list of wanted men.", "captured"),
        ("Students demonstrated on Friday to protest the arrest of a lawyer in Harare.", "demonstrated"),
    ],
)
def test_a_recipient_an_owner_and_what_is_protested_give_no_place(
    text: str, trigger: str, model: Any, gaz: Gazetteer, actors: ActorDictionary
) -> None:
    assert_no_named_place(text, trigger, model, gaz, actors)


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # "to X" hung on the object of a verb of movement is the verb's destination
        ("Germany will deploy a brigade to Lithuania in March.", "deploy", "Lithuania"),
        ("Germany will deploy troops to Lithuania in March.", "deploy", "Lithuania"),
        ("France sent two frigates to the Red Sea on Monday.", "sent", "Red Sea"),
        # a movement verb's destination places the act its purpose clause names
        (
            "Turkey will send its defence minister to Baghdad next week to discuss security.",
            "discuss",
            "Baghdad",
        ),
    ],
)
def test_a_movement_verbs_destination_is_the_place(
    text: str, trigger: str, expected: str, model: Any, gaz: Gazetteer, actors: ActorDictionary
) -> None:
    assert_named_place(text, trigger, expected, model, gaz, actors)


def test_another_verbs_destination_stays_out(model: Any, gaz: Gazetteer, actors: ActorDictionary) -> None:
    """Only the trigger's own movement or its purpose: "captured and sent to Hanoi" was not
    captured in Hanoi."""
    place, _ = locate(
        "The pilot was captured on Monday and later sent to Hanoi.", "captured", model, gaz, actors
    )
    assert place is None or place.text != "Hanoi"


STRUCK_ABROAD = (
    "MOGADISHU, March 3 (Reuters) - Somali troops retook the town of Bulo Burde on Sunday, "
    "Somalia's army said.\n"
    "Somalia's defence minister said the militants had fled towards Mogadishu.\n"
    "Somali officials said the army would hold the town.\n"
    "France bombed militant camps in the Qorqordheer area last week, a French official said.\n"
)


def test_a_country_striking_in_an_unlisted_area_does_not_contain_it(
    model: Any, gaz: Gazetteer, actors: ActorDictionary
) -> None:
    """The attacker of "France bombed camps in the X area" struck the article's country, which the
    article names more often; the paragraph names only France but tells the same story."""
    ctx = article_context(parse(STRUCK_ABROAD, model), gaz, actors)
    area = next((m.resolved for m in ctx.mentions if m.text == "Qorqordheer"), None)
    assert area is not None and area.country == "SOM", area


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # a name the text calls a province is no spot finer than the town the event befell
        ("In the province of al-Raqqa, gunmen shelled the town of Tabqa on Monday.", "shelled", "Tabqa"),
        ("In al-Raqqa province, gunmen shelled the town of Tabqa on Monday.", "shelled", "Tabqa"),
        # a bare name the gazetteer lacks, as the passive subject, is the captive
        (
            "Shrestha and six soldiers were captured after a rebel attack on an army post in Rolpa.",
            "captured",
            "Rolpa",
        ),
        # a plateau or a hill that is taken is ground
        ("The Golan plateau was captured by Israel in 1967.", "captured", "Golan"),
        # "U.S.-run" says who runs the prison, it is no word of a name
        (
            "A cameraman was killed while filming near a U.S.-run prison on the outskirts of Kandahar.",
            "killed",
            "Kandahar",
        ),
        # the name of a facility stands before a lower-case noun of its kind
        (
            "Two trucks were destroyed in a bomb attack at the Torkham border crossing on Monday.",
            "destroyed",
            "Torkham",
        ),
        ("Shelling hit the Zaporizhzhia nuclear power plant on Friday.", "hit", "Zaporizhzhia"),
        # a name the model reads as a place may open with a lower-case Arabic article
        (
            "At least 40 people were killed in an army attack on al-Tamanah, in Idlib province.",
            "killed",
            "al-Tamanah",
        ),
        # but a country's offices are not a facility named after it
        ("Gunmen attacked a compound housing U.S. military offices in Kirkuk.", "attacked", "Kirkuk"),
    ],
)
def test_names_read_by_their_nouns(
    text: str, trigger: str, expected: str, model: Any, gaz: Gazetteer, actors: ActorDictionary
) -> None:
    assert_named_place(text, trigger, expected, model, gaz, actors)


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # a listed town stays a place, whatever the model labels it
        ("Kherson was captured by Russian forces in March.", "captured", "Kherson"),
        ("Rio de Janeiro was captured by the French in 1711.", "captured", "Rio de Janeiro"),
        # and a name with its noun is the area taken
        ("The Kljuc region was captured from Serb forces by the army.", "captured", "Kljuc"),
    ],
)
def test_towns_taken_stay_places(
    text: str, trigger: str, expected: str, model: Any, gaz: Gazetteer, actors: ActorDictionary
) -> None:
    place, _ = locate(text, trigger, model, gaz, actors)
    assert place is not None and place.text == expected, place


@pytest.mark.parametrize(
    ("text", "trigger", "name", "country"),
    [
        # "da", "de", "del" join one name: its last word is no place of its own (Praia, Cape Verde)
        (
            "Militants ambushed a convoy near Mocimboa da Praia on Sunday.",
            "ambushed",
            "Mocímboa da Praia",
            "MOZ",
        ),
        ("Police arrested three men in Vila Nova de Gaia on Monday.", "arrested", "Vila Nova de Gaia", "PRT"),
        ("Rebels shelled the town of Sao Joao da Barra overnight.", "shelled", "São João da Barra", "BRA"),
        ("Smugglers were detained near Ciudad del Este, police said.", "detained", "Ciudad del Este", "PRY"),
    ],
)
def test_name_particles_join_one_name(
    text: str, trigger: str, name: str, country: str, model: Any, gaz: Gazetteer, actors: ActorDictionary
) -> None:
    place, _ = locate(text, trigger, model, gaz, actors)
    assert place is not None and not place.dominant and (place.name, place.country) == (name, country), place


def test_state_after_a_town_is_a_province_not_the_country(
    model: Any, gaz: Gazetteer, actors: ActorDictionary
) -> None:
    text = "Gunmen kidnapped 20 pupils from a school in Kagara, Niger state, on Wednesday, police said."
    place, ctx = locate(text, "kidnapped", model, gaz, actors)
    assert place is not None and place.country == "NGA", place
    assert not any(m.resolved is not None and m.resolved.country == "NER" for m in ctx.mentions)


def test_place_of_a_participle_clause_is_its_own_event(
    model: Any, gaz: Gazetteer, actors: ActorDictionary
) -> None:
    text = (
        "Under a deal signed in Doha last year, inspectors were to visit Syria's chemical sites, "
        "including Barzeh, which was bombed by U.S. jets in April."
    )
    bombed, _ = locate(text, "bombed", model, gaz, actors)
    assert bombed is not None and not bombed.dominant and bombed.country == "SYR", bombed
    deal, _ = locate(text, "deal", model, gaz, actors)
    assert deal is not None and deal.country == "QAT", deal


def test_dominant_country_tie_goes_to_the_dateline(
    model: Any, gaz: Gazetteer, actors: ActorDictionary
) -> None:
    text = (
        "HANOI, March 3 (Reuters) - Chinese coast guard ships rammed a Vietnamese fishing boat near the "
        "Paracel Islands on Sunday, the Vietnamese foreign ministry said. China said the boat had been "
        "fishing illegally in Chinese waters. Vietnam will lodge a formal protest, the ministry said."
    )
    place, _ = locate(text, "lodge", model, gaz, actors)
    assert place is not None and place.dominant and place.country == "VNM", place


def test_dominant_town_not_met_yet_gives_its_country(
    model: Any, gaz: Gazetteer, actors: ActorDictionary
) -> None:
    text = (
        "LAGOS, June 2 (Reuters) - Gunmen killed 30 villagers in an attack in central Nigeria on Sunday, "
        "police said. The army said it had sent troops to the area and arrested five suspects. Officials "
        "fear the violence could spread to the nearby city of Jos, where thousands of displaced people "
        "have sought shelter. The governor is expected to visit Jos on Tuesday."
    )
    before, ctx = locate(text, "arrested", model, gaz, actors)
    assert ctx.dominant is not None and ctx.dominant.name == "Jos"
    assert before is not None and before.dominant and (before.name, before.country) == ("Nigeria", "NGA"), (
        before
    )
    after, _ = locate(text, "visit", model, gaz, actors)
    assert after is not None and after.name == "Jos", after


@pytest.mark.parametrize(
    ("text", "area", "kind", "country"),
    [
        # a country's name after a town of its namesake division is that division
        ("Police arrested two men in Athens, Georgia, on Monday.", "Georgia", "admin1", "USA"),
        ("Troops killed 12 bandits in Suleja, Niger, on Friday.", "Niger", "admin1", "NGA"),
        # after a town of the country itself it stays the country
        ("Troops killed 12 militants near Agadez, Niger, on Friday.", "Niger", "country", "NER"),
        ("Protesters rallied in Tbilisi, Georgia, on Monday.", "Georgia", "country", "GEO"),
    ],
)
def test_country_name_after_a_town_may_be_its_division(
    text: str, area: str, kind: str, country: str, model: Any, gaz: Gazetteer, actors: ActorDictionary
) -> None:
    ctx = article_context(parse(text, model), gaz, actors)
    m = next(m for m in ctx.mentions if m.text == area)
    assert m.resolved is not None and (m.resolved.kind, m.resolved.country) == (kind, country), m.resolved


def test_country_after_de_stays_a_place(model: Any, gaz: Gazetteer, actors: ActorDictionary) -> None:
    """A country after "de" is no town's tail: "the Tour de France" still names France."""
    ctx = article_context(
        parse("He crashed during a stage of the Tour de France on Sunday.", model), gaz, actors
    )
    assert any(m.resolved is not None and m.resolved.country == "FRA" for m in ctx.mentions)


def test_a_named_party_hints_at_its_country(model: Any, gaz: Gazetteer, actors: ActorDictionary) -> None:
    """A group's country weighs like a demonym: Bara of a report on the RSF is Sudan's Bara."""
    text = "The RSF said its fighters had shot down two army drones over Bara on Sunday."
    place, _ = locate(text, "shot", model, gaz, actors)
    assert place is not None and place.country == "SDN", place


def test_a_listed_name_the_sentence_calls_he_is_the_captive(
    model: Any, gaz: Gazetteer, actors: ActorDictionary
) -> None:
    """ "Arad was captured … after his helicopter came down": Arad is a man, not the town."""
    text = "Arad was captured by militiamen after his helicopter came down over southern Lebanon."
    place, _ = locate(text, "captured", model, gaz, actors)
    assert place is None or place.text != "Arad", place


def test_a_town_taken_is_still_the_place_without_a_personal_pronoun(
    model: Any, gaz: Gazetteer, actors: ActorDictionary
) -> None:
    """ "… after its defenders fled": "its" is a town's pronoun, so the town stays the place."""
    text = "On Tuesday, the town of Bentiu was captured after its defenders fled."
    place, _ = locate(text, "captured", model, gaz, actors)
    assert place is not None and place.text == "Bentiu", place


def test_a_statute_named_with_a_capital_is_no_town(
    model: Any, gaz: Gazetteer, actors: ActorDictionary
) -> None:
    """ "the Pension Reform Law": a capitalised "Law" names a statute, not the Scottish village."""
    ctx = article_context(
        parse("Teachers protested against the Pension Reform Law on Monday.", model), gaz, actors
    )
    assert all(m.text != "Law" for m in ctx.mentions), ctx.mentions


def test_a_dateline_echoed_by_its_demonym_outweighs_a_foreign_capital(
    model: Any, gaz: Gazetteer, actors: ActorDictionary
) -> None:
    """ "YEREVAN … Armenian police detained …" then one sentence naming Russia: the report is
    Armenia's, and events without a place of their own are placed there."""
    text = (
        "YEREVAN, March 4 (Reuters) - Armenian police detained dozens of protesters outside the "
        "government building overnight. Opposition leaders said officers had beaten demonstrators. "
        "The European Union and Russia criticised the arrests, and Moscow recalled its envoy from Yerevan."
    )
    place, ctx = locate(text, "detained", model, gaz, actors)
    assert ctx.dominant is not None and ctx.dominant.country == "ARM", ctx.dominant
    assert place is not None and place.country == "ARM", place


def test_a_dateline_and_its_demonym_do_not_outweigh_a_country_named_twice(
    model: Any, gaz: Gazetteer, actors: ActorDictionary
) -> None:
    """A Cairo report on strikes on Gaza, naming Gaza twice, stays Gaza's despite "Egyptian"."""
    text = (
        "CAIRO, May 2 (Reuters) - Egyptian mediators met Hamas leaders as Israeli jets struck Gaza "
        "overnight, killing 12 people. Medics in Gaza said rescuers were still searching the rubble. "
        "Israel said it would keep up the strikes."
    )
    place, ctx = locate(text, "keep", model, gaz, actors)
    assert ctx.dominant is not None and ctx.dominant.country == "PSE", ctx.dominant
    assert place is not None and place.country == "PSE", place


@pytest.mark.parametrize(
    ("text", "trigger", "country", "section"),
    [
        (
            "MALAKAL, South Sudan, May 5 (Reuters) - Rebel fighters seized Nasir on Sunday after two "
            "days of heavy fighting, a local official said.",
            "seized",
            "SSD",
            "Nasir Extension",
        ),
        (
            "JOHANNESBURG, June 9 (Reuters) - South African police fired rubber bullets at residents "
            "who blocked roads in Venda on Monday, police said.",
            "blocked",
            "ZAF",
            "Venda Nova do Imigrante",
        ),
    ],
)
def test_a_city_section_abroad_is_not_read_from_part_of_its_name(
    text: str, trigger: str, country: str, section: str, model: Any, gaz: Gazetteer, actors: ActorDictionary
) -> None:
    """A town the gazetteer lacks is not a population-less city section abroad whose longer name
    starts with it (Khartoum's "Nasir Extension", Brazil's "Venda Nova do Imigrante"): it is placed
    in the article's country."""
    place, ctx = locate(text, trigger, model, gaz, actors)
    assert place is not None and place.country == country and place.name != section, place
    assert all(m.resolved is None or m.resolved.name != section for m in ctx.mentions)


def test_a_name_read_as_a_place_elsewhere_is_a_place_before_a_noun(
    model: Any, gaz: Gazetteer, actors: ActorDictionary
) -> None:
    """One sense per discourse: after "fighting in Nasir", "the Nasir garrison" names the town too."""
    text = (
        "JUBA, May 5 (Reuters) - Rebels and soldiers clashed in Nasir on Sunday. "
        "Militia fighters overran the Nasir garrison, the army said."
    )
    ctx = article_context(parse(text, model), gaz, actors)
    assert any(m.sentence_index == 1 and m.text == "Nasir" for m in ctx.mentions), ctx.mentions


def test_a_where_clause_on_a_named_site_happens_at_the_site(
    model: Any, gaz: Gazetteer, actors: ActorDictionary
) -> None:
    """ "the Tessit garrison, where 17 soldiers were killed": killed at Tessit, not in the
    dateline's country."""
    text = (
        "NIAMEY, June 9 (Reuters) - Niger's army sent troops to its western border on Monday. "
        "Militants overran the Tessit garrison, where 17 soldiers were killed, Malian officials said."
    )
    place, _ = locate(text, "killed", model, gaz, actors)
    assert place is not None and place.country == "MLI", place


def test_the_speakers_place_yields_to_the_place_they_speak_of(
    model: Any, gaz: Gazetteer, actors: ActorDictionary
) -> None:
    """ "Officials in London worry that the fighting could reach … Yemen": the fighting's place is
    Yemen; London is where the officials are, used only when the sentence names nothing else."""
    place, _ = locate(
        "Officials in London worry that the fighting could reach camps on the coast of Yemen.",
        "fighting",
        model,
        gaz,
        actors,
    )
    assert place is not None and place.country == "YEM", place
    alone, _ = locate("Officials in Kyiv said a drone hit a fuel depot overnight.", "hit", model, gaz, actors)
    assert alone is not None and alone.country == "UKR", alone


@pytest.mark.parametrize(
    ("text", "trigger", "name", "country"),
    [
        # a small foreign town of the name is no reading against the dateline's country
        (
            "PORT-AU-PRINCE, March 3 (Reuters) - Gunmen attacked a police station in Petite Riviere on"
            " Tuesday, killing two officers, police said.",
            "attacked",
            "Petite Riviere",
            "HTI",
        ),
        # a hyphenated all-capitals dateline is the dateline
        (
            "PORT-AU-PRINCE, March 3 (Reuters) - Gang members burned houses in Port-au-Prince on Monday.",
            "burned",
            "Port-au-Prince",
            "HTI",
        ),
        # a province completed from ISO 3166-2
        (
            "Gunmen killed two border guards in Khuzestan province on Sunday, state media said.",
            "killed",
            "Khuzestan province",
            "IRN",
        ),
        (
            "Chinese coast guard ships sailed near the Senkaku Islands on Monday.",
            "sailed",
            "Senkaku Islands",
            None,
        ),
    ],
)
def test_dateline_country_and_completed_areas(
    text: str,
    trigger: str,
    name: str,
    country: str | None,
    model: Any,
    gaz: Gazetteer,
    actors: ActorDictionary,
) -> None:
    place = assert_named_place(text, trigger, name, model, gaz, actors)
    assert place.country == country, place


def test_a_named_foreign_country_keeps_its_small_town(
    model: Any, gaz: Gazetteer, actors: ActorDictionary
) -> None:
    """The dateline does not outweigh a town whose country the story names ("in Mauritius")."""
    text = (
        "PORT-AU-PRINCE, March 3 (Reuters) - Haiti's foreign minister said on Tuesday that a Haitian"
        " nurse had been attacked in Petite Riviere in Mauritius."
    )
    place, _ = locate(text, "attacked", model, gaz, actors)
    assert place is not None and place.country == "MUS", place
