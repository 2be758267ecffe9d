"""Stories: re-posts merge; different types, dates and places do not; counts; reviews."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime

import pytest

from frontwatch.analyze.stories import (
    build_story,
    cluster_events,
    rebuild_stories,
    rebuild_story_of,
    same_place,
    same_story,
    story_id_for,
    update_stories,
)
from frontwatch.models import Article, Entity, Event, EventFilter, Evidence, Place, Review
from frontwatch.store import Store
from frontwatch.store.memory import MemoryStore

RUS = Entity("Russian troops", "Russia", "RUS", "MIL")
UKR = Entity("Ukraine", "Ukraine", "UKR", "GOV")
BLR_MOD = Entity("the Belarusian defence ministry", "Ministry of Defence of Belarus", "BLR", "MIL")
MINSK = Entity("Minsk", "Belarus", "BLR", "GOV")
BELARUS = Place("Belarus", "Belarus", "BLR", None, 53.0, 28.0, "country", 630336)
BREST = Place("Brest", "Brest", "BLR", None, 52.1, 23.7, "city")
GOMEL = Place("Gomel", "Gomel", "BLR", None, 52.43, 31.0, "city")
MALARYTA = Place("Malaryta", "Malaryta", "BLR", None, 51.79, 24.08, "city")  # ~43 km from Brest


def article(aid: str, outlet: str, day: int, dup: str | None = None, hour: int = 8) -> Article:
    return Article(
        id=aid, url=f"https://{outlet.lower().replace(' ', '')}.example/{aid}", outlet=outlet,
        title="t", published=datetime(2023, 1, day, hour, tzinfo=UTC), text="…", language="en",
        ingested_at=datetime(2023, 1, day, hour + 1, tzinfo=UTC), duplicate_of=dup,
    )  # fmt: skip


def event(eid: str, aid: str, **kw: object) -> Event:
    base = Event(
        id=eid, article_id=aid, event_type="MOBILIZE", mode="troops", contexts=("military",),
        actors=(RUS,), recipients=(), location=BELARUS, date=date(2023, 1, 6), date_precision="day",
        date_text="on Friday", factuality="actual", attribution=BLR_MOD,
        evidence=Evidence("Russian troops arrived in Belarus on Friday.", 0, 0, 44, "arrived"),
        intensity=-2.0, confidence=0.8,
    )  # fmt: skip
    return replace(base, **kw)  # type: ignore[arg-type]


def ingest(store: Store, art: Article, events: list[Event]) -> None:
    store.store_article(art, b"raw", None, events)
    update_stories(store, events, {art.id: art})


def all_stories(store: Store) -> list:
    return store.list_stories(EventFilter(), None, 1000).items


def test_reposts_merge_into_one_story_with_counts(store: Store) -> None:
    wire = article("a1", "Eastern Wire", 9)
    blog = article("a2", "Aggregator Blog", 10, dup="a1")
    ingest(store, wire, [event("e1", "a1")])
    # the re-post was published later: its "on Friday" resolved to another Friday
    ingest(store, blog, [event("e2", "a2", date=date(2023, 1, 13))])
    stories = all_stories(store)
    assert len(stories) == 1
    story = stories[0]
    assert story.id == story_id_for("e1")
    assert story.event_ids == ("e1", "e2")
    assert (story.num_articles, story.num_outlets) == (2, 2)
    assert (story.num_asserted, story.num_attributed, story.num_denied) == (2, 2, 0)
    assert story.first_reported == wire.published and story.last_reported == blog.published
    assert story.date == date(2023, 1, 6)
    stored = store.get_event("e2")
    assert stored is not None and stored.story_id == story.id


def test_reports_within_a_day_merge_undated_by_publication_and_reposts(store: Store) -> None:
    ingest(store, article("a1", "Wire", 9), [event("e1", "a1")])
    ingest(store, article("a2", "Paper", 9), [event("e2", "a2", date=date(2023, 1, 7), attribution=None)])
    # undated: taken to have happened in the two days before publication
    ingest(store, article("a3", "Other", 9, hour=10), [event("e3", "a3", date=None)])
    ingest(store, article("a5", "Later", 20), [event("e5", "a5", date=None)])  # too late
    ingest(store, article("a4", "Blog", 25, dup="a1"), [event("e4", "a4", date=None)])  # re-post
    stories = {s.id: s for s in all_stories(store)}
    assert len(stories) == 2
    main = stories[story_id_for("e1")]
    assert main.event_ids == ("e1", "e2", "e3", "e4")
    assert (main.num_asserted, main.num_attributed) == (4, 3)


@pytest.mark.parametrize(
    "change",
    [
        {"date": date(2023, 1, 8)},  # two days apart
        {"event_type": "COOPERATE"},
        {"location": Place("Kyiv", "Kyiv", "UKR", None, 50.45, 30.52, "city")},
        {"actors": (Entity("Belarusian troops", "Belarus", "BLR", "MIL"),)},
        {"factuality": "future"},
        {"location": None},
    ],
)
def test_different_events_do_not_merge(change: dict) -> None:
    a, b = event("e1", "a1"), event("e2", "a2", **change)
    assert not same_story(a, b, article_a=article("a1", "Wire", 9), article_b=article("a2", "Paper", 9))
    store = MemoryStore()
    ingest(store, article("a1", "Wire", 9), [a])
    ingest(store, article("a2", "Paper", 9), [b])
    assert len(all_stories(store)) == 2


def test_places_within_50km_merge_cities_further_apart_do_not() -> None:
    assert same_place(BREST, MALARYTA)
    assert not same_place(BREST, GOMEL)
    assert same_place(BREST, BELARUS)  # a country-level place: same country is enough
    assert not same_place(BELARUS, None) and same_place(None, None)
    gomel_oblast = Place("Gomel Oblast", "Gomel Oblast", "BLR", "Gomel Oblast", 52.2, 29.5, "admin1")
    brest_oblast = Place("Brest Oblast", "Brest Oblast", "BLR", "Brest Oblast", 52.3, 25.5, "admin1")
    assert same_place(replace(GOMEL, admin1="Gomel Oblast"), gomel_oblast)  # ~100 km, same region
    assert not same_place(gomel_oblast, brest_oblast)
    assert not same_place(replace(GOMEL, admin1="Gomel Oblast"), brest_oblast)


def test_denial_joins_the_claim_and_daily_reports_do_not_chain() -> None:
    claim = event("e1", "a1", event_type="ASSAULT", mode="aerial", recipients=(UKR,), attribution=UKR,
                  location=BELARUS)  # fmt: skip
    denial = event("e2", "a2", event_type="ASSAULT", mode="aerial", recipients=(UKR,),
                   factuality="negated", attribution=MINSK)  # fmt: skip
    chain = [event(f"d{i}", f"c{i}", date=date(2023, 1, 1 + i)) for i in range(5)]
    arts = {"a1": article("a1", "Wire", 9), "a2": article("a2", "Paper", 9)}
    arts |= {f"c{i}": article(f"c{i}", f"Daily{i}", 1 + i) for i in range(5)}
    stories = cluster_events([claim, denial, *chain], arts)
    by_ids = {s.event_ids: s for s in stories}
    both = by_ids[("e1", "e2")]
    assert both.factuality == "actual" and (both.num_asserted, both.num_denied) == (1, 1)
    assert max(len(s.event_ids) for s in stories if s.event_type == "MOBILIZE") <= 2


def test_incremental_equals_rebuild(store: Store) -> None:
    ingest(store, article("a1", "Wire", 9), [event("e1", "a1"), event("e5", "a1", event_type="AID")])
    ingest(store, article("a2", "Blog", 10, dup="a1"), [event("e2", "a2", date=None)])
    ingest(store, article("a3", "Paper", 11), [event("e3", "a3", location=BREST, date=date(2023, 1, 7))])
    before = sorted((s.id, s.event_ids) for s in all_stories(store))
    rebuilt = rebuild_stories(store)
    assert sorted((s.id, s.event_ids) for s in rebuilt) == before
    assert sorted((s.id, s.event_ids) for s in all_stories(store)) == before


def test_wrong_verdict_leaves_the_story_and_returns_when_revised(store: Store) -> None:
    ingest(store, article("a1", "Wire", 9), [event("e1", "a1")])
    ingest(store, article("a2", "Paper", 9), [event("e2", "a2")])
    sid = story_id_for("e1")
    when = datetime(2023, 2, 1, tzinfo=UTC)
    store.add_review(Review("e2", "wrong", "misread", "analyst", when))
    rebuild_story_of(store, "e2")
    kept, left = store.get_story(sid), store.get_event("e2")
    assert kept is not None and kept.event_ids == ("e1",) and left is not None and left.story_id is None
    store.add_review(Review("e1", "wrong", "misread", "analyst", when))
    rebuild_story_of(store, "e1")
    assert all_stories(store) == []
    store.add_review(Review("e2", "verified", "checked", "analyst", datetime(2023, 2, 2, tzinfo=UTC)))
    rebuild_story_of(store, "e2")
    assert [s.event_ids for s in all_stories(store)] == [("e2",)]
    assert [s.event_ids for s in rebuild_stories(store)] == [("e2",)]


def test_build_story_canonical_fields() -> None:
    arts = {"a1": article("a1", "Wire", 9), "a2": article("a2", "Wire", 10), "a3": article("a3", "X", 11)}
    members = [
        event("e1", "a1", location=BELARUS, mode=None),
        event("e2", "a2", location=BREST),
        event("e3", "a3", location=BREST, factuality="negated", attribution=MINSK),
    ]
    story = build_story("s", members, arts)
    assert story.location == BREST and story.mode == "troops" and story.factuality == "actual"
    assert (story.num_articles, story.num_outlets, story.num_denied) == (3, 2, 1)
    with pytest.raises(ValueError):
        build_story("s", [], arts)


def test_a_repost_needs_the_same_sentence_and_an_unknown_side_matches_only_unknown() -> None:
    wire, blog = article("a1", "Wire", 9), article("a2", "Blog", 20, dup="a1")
    claim = event("e1", "a1", recipients=(UKR,))
    denial = event("e2", "a2", recipients=(UKR,), factuality="negated", date=None,
                   evidence=Evidence("No troops came, Minsk said.", 3, 200, 227, "came"))  # fmt: skip
    assert not same_story(claim, denial, article_a=wire, article_b=blog)  # published 11 days later
    reposted = replace(denial, evidence=claim.evidence)
    assert same_story(claim, reposted, article_a=wire, article_b=blog)
    assert same_story(claim, replace(denial, date=date(2023, 1, 7)), article_a=wire, article_b=blog)
    nobody = replace(denial, actors=(), date=date(2023, 1, 7))
    assert not same_story(claim, nobody, article_a=wire, article_b=blog)


def test_fears_plans_and_denials_keep_apart_claims_and_denials_merge() -> None:
    wire, paper = article("a1", "Wire", 9), article("a2", "Paper", 9)
    kinds = {f: event(f"e-{f}", "a1", factuality=f) for f in ("actual", "future", "hypothetical", "negated")}
    for f, g in [("future", "hypothetical"), ("negated", "hypothetical"), ("negated", "future")]:
        assert not same_story(kinds[f], replace(kinds[g], article_id="a2"), article_a=wire, article_b=paper)
    denial = replace(kinds["negated"], article_id="a2")
    assert same_story(kinds["actual"], denial, article_a=wire, article_b=paper)
    # a fear and a denial may both sit beside a claim, but not in one story
    claim, fear = event("c", "a1"), event("f", "a2", factuality="hypothetical")
    other = event("d", "a3", factuality="negated")
    arts = {"a1": wire, "a2": paper, "a3": article("a3", "Third", 9)}
    assert sorted(s.event_ids for s in cluster_events([claim, fear, other], arts)) == [("c", "d"), ("f",)]


def test_undated_statements_of_expectation_are_dated_by_their_report() -> None:
    a1, a3 = article("a1", "Wire", 9), article("a3", "Paper", 11)
    fear1 = event("e1", "a1", date=None, factuality="hypothetical")
    fear3 = event("e3", "a3", date=None, factuality="hypothetical")
    assert not same_story(fear1, fear3, article_a=a1, article_b=a3)  # said two days apart
    assert same_story(replace(fear1, factuality="actual"), replace(fear3, factuality="actual"),
                      article_a=a1, article_b=a3)  # may have happened the same day  # fmt: skip


def test_a_country_level_member_does_not_bridge_two_regions(store: Store) -> None:
    gomel = Place("Gomel Oblast", "Gomel Oblast", "BLR", "Gomel Oblast", 52.2, 29.5, "admin1")
    brest = Place("Brest Oblast", "Brest Oblast", "BLR", "Brest Oblast", 52.3, 25.5, "admin1")
    arts = [article(f"a{i}", f"Outlet{i}", 9) for i in range(3)]
    events = [event("e0", "a0", location=gomel), event("e1", "a1", location=BELARUS),
              event("e2", "a2", location=brest)]  # fmt: skip
    expected = [("e0", "e1"), ("e2",)]
    assert sorted(s.event_ids for s in cluster_events(events, {a.id: a for a in arts})) == expected
    for art, ev in zip(arts, events, strict=True):
        ingest(store, art, [ev])
    assert sorted(s.event_ids for s in all_stories(store)) == expected
    assert sorted(s.event_ids for s in rebuild_stories(store)) == expected


TALKS = "Putin and Lukashenko held talks in Minsk on Monday, the first visit in three years."


def test_a_reposted_sentence_merges_whatever_the_coder_made_of_each_copy(store: Store) -> None:
    wire, blog = article("a1", "Wire", 9), article("a2", "Blog", 9, dup="a1", hour=10)
    talks = event("e1", "a1", event_type="CONSULT", actors=(MINSK,), recipients=(RUS,), location=BREST,
                  evidence=Evidence(f"MINSK, Dec 19 (Wire) - {TALKS}", 0, 0, 99, "talks"))  # fmt: skip
    copy = replace(talks, id="e2", article_id="a2", actors=(RUS, MINSK), recipients=(),
                   evidence=Evidence(TALKS, 0, 0, 76, "talks"))  # fmt: skip
    assert same_story(talks, copy, article_a=wire, article_b=blog)
    ingest(store, wire, [talks])
    ingest(store, blog, [copy])
    assert [s.event_ids for s in all_stories(store)] == [("e1", "e2")]


def test_a_dated_report_finds_an_undated_one_before_it(store: Store) -> None:
    # the first report names no day (taken as the two days up to its publication); a later one
    # dates the same arrival: the incremental update finds the undated story as the rebuild does
    ingest(store, article("a1", "Wire", 9), [event("e1", "a1", date=None, location=GOMEL)])
    ingest(store, article("a2", "Paper", 10), [event("e2", "a2", date=date(2023, 1, 9), location=GOMEL)])
    assert [s.event_ids for s in all_stories(store)] == [("e1", "e2")]
    assert [s.event_ids for s in rebuild_stories(store)] == [("e1", "e2")]
