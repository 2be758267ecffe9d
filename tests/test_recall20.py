"""Session 20 (recall20): wire copy of 1985–2010 told with nouns. A freeze, a ban or a lifting
named with what it stops ("a freeze on all Panamanian government assets", "the lifting of the
ban on political parties"), verbs that start or put in force the act their object names
("initiated a blockade", "decreed a state of emergency"), garrisons beefed up, divisions moved,
a party put on notice, a pull-out; each beside sentences where the words have another sense."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from frontwatch.models import Event

from .conftest import WireCoder, assert_absent, assert_present, wire_coder


@pytest.fixture(scope="module")
def code() -> WireCoder:
    return wire_coder(datetime(1990, 6, 1, tzinfo=UTC))


def _events(events: list[Event], etype: str) -> list[Event]:
    return [e for e in events if e.event_type == etype]


def _countries(refs: list) -> set[str]:  # type: ignore[type-arg]
    return {r.country for r in refs if r.country}


@pytest.mark.parametrize(
    ("text", "etype", "actor", "recipient"),
    [
        ("Washington announced a freeze on all Panamanian government assets.", "SANCTION", "USA", "PAN"),
        ("The European Community announced a ban on arms sales to China.", "SANCTION", "EU", "CHN"),
        ("Ankara imposed a freeze on Syrian assets on Monday.", "SANCTION", "TUR", "SYR"),
        ("The Nepalese king announced the lifting of the ban on political parties.", "CONCEDE", "NPL", None),
        ("Seoul announced the easing of all travel restrictions.", "CONCEDE", "KOR", None),
        ("Pretoria announced the lifting of the state of national emergency.", "CONCEDE", "ZAF", None),
    ],
)
def test_noun_with_what_it_stops_is_the_measure(
    code: WireCoder, text: str, etype: str, actor: str, recipient: str | None
) -> None:
    found = _events(code(text), etype)
    assert found and actor in _countries(found[0].actors)
    assert recipient is None or recipient in _countries(found[0].recipients)


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("The supermarket chain announced a freeze on prices until the end of the year.", "SANCTION"),
        ("The ministry announced the lifting of the speed limit on motorways.", "CONCEDE"),
    ],
)
def test_noun_with_another_object_is_no_measure(code: WireCoder, text: str, etype: str) -> None:
    assert not _events(code(text), etype)


@pytest.mark.parametrize(
    ("text", "etype", "actor"),
    [
        ("Moscow initiated a blockade of Lithuania's oil supplies.", "COERCE", "RUS"),
        ("The Burmese junta instituted a curfew in Rangoon.", "COERCE", "MMR"),
        ("Belgrade proceeded with the expulsion of the Albanian teachers.", "SANCTION", "SRB"),
        ("Khartoum kicked off a new offensive against the rebels in the south.", "ASSAULT", "SDN"),
        ("Pretoria went ahead with the deployment of troops in the townships.", "MOBILIZE", "ZAF"),
        ("Thailand decreed a ban on rallies in the capital.", "COERCE", "THA"),
    ],
)
def test_verb_that_starts_an_act_makes_its_subject_the_actor(
    code: WireCoder, text: str, etype: str, actor: str
) -> None:
    found = _events(code(text), etype)
    assert found and actor in _countries(found[0].actors)


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("The government implemented the peace agreement.", "AGREE"),
        ("The army kicked off celebrations for Independence Day.", "ASSAULT"),
        ("The party embarked on a campaign to win rural voters.", "PROTEST"),
    ],
)
def test_other_objects_of_those_verbs_are_no_act(code: WireCoder, text: str, etype: str) -> None:
    assert not _events(code(text), etype)


@pytest.mark.parametrize(
    ("text", "etype", "actor"),
    [
        ("Britain beefed up its garrison in Belize.", "MOBILIZE", "GBR"),
        ("Baghdad moved two Republican Guard divisions toward the Kuwaiti border.", "MOBILIZE", "IRQ"),
        ("Syria began the pull-out of its troops from Lebanon.", "RETREAT", "SYR"),
        ("Nigeria suspended oil exports to South Africa.", "SANCTION", "NGA"),
        ("Kenya severed air links with Uganda.", "SANCTION", "KEN"),
        ("Iran ordered the closure of the British embassy in Tehran.", "SANCTION", "IRN"),
        ("Washington put Belgrade on notice that it would face air strikes.", "THREATEN", "USA"),
        ("Washington warned Pyongyang that it would face sanctions if it refused.", "THREATEN", "USA"),
        ("Syria warned Israel that any attack would be met with a crushing response.", "THREATEN", "SYR"),
        ("Pakistan said any Indian incursion would be met with force.", "THREATEN", "PAK"),
        ("The EC said Serbia would face sanctions unless it halted the fighting.", "THREATEN", "EU"),
    ],
)
def test_wire_forms_of_moves_and_warnings(code: WireCoder, text: str, etype: str, actor: str) -> None:
    found = _events(code(text), etype)
    assert found and actor in _countries(found[0].actors)


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("The company moved two divisions to its new headquarters in Frankfurt.", "MOBILIZE"),
        ("The storm put coastal towns on notice.", "THREATEN"),
        ("Economists warned that the country would face a recession next year.", "THREATEN"),
        ("Workers at the plant faced sanctions for missing shifts.", "THREATEN"),
        ("The peace plan was met with a cool response in Washington.", "THREATEN"),
        ("The minister said the reforms would be met with a warm response from investors.", "THREATEN"),
        ("The carmaker began the pull-out from the joint venture.", "RETREAT"),
        ("The company suspended sales of the drug after the deaths.", "SANCTION"),
        ("The blizzard cut off all contact with the research station.", "SANCTION"),
    ],
)
def test_same_words_in_another_sense(code: WireCoder, text: str, etype: str) -> None:
    assert not _events(code(text), etype)


def test_pressing_ahead_asks_no_one(code: WireCoder) -> None:
    """ "Pressed ahead / on / forward with …" is carrying on; "pressed X to …", "pressed for …" and
    "pressed X on the deal" (on with an object) remain demands."""
    assert_absent(
        code,
        "REQUEST",
        "The junta pressed ahead with its plan to redraw the provinces.",
        "The army pressed on with the construction of the border fence.",
        "Ministers pressed forward with the privatisation programme.",
    )
    assert_present(
        code,
        "REQUEST",
        "Britain pressed Argentina to resume talks on the islands.",
        "Norway pressed for an immediate truce.",
        "Tokyo pressed Manila on the fishing dispute.",
    )
