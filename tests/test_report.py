"""Situation reports: actual apart from possible or announced, claims beside denials, evidence, safe HTML."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import UTC, date, datetime

import pytest

from frontwatch.analyze.report import build_report, safe_url, to_html, to_markdown
from frontwatch.analyze.stories import update_stories
from frontwatch.models import Alert, Article, Entity, Event, Evidence, Place, Review
from frontwatch.store.memory import MemoryStore

RUS_MIL = Entity("Russian troops", "Russia", "RUS", "MIL")
BLR = Entity("Belarus", "Belarus", "BLR", "GOV")
UKR = Entity("Ukraine", "Ukraine", "UKR", "GOV")
KYIV = Entity("Kyiv", "Government of Ukraine", "UKR", "GOV")
MINSK = Entity("Minsk", "Government of Belarus", "BLR", "GOV")
BLR_MOD = Entity("the Belarusian defence ministry", "Ministry of Defence of Belarus", "BLR", "MIL")
BELARUS = Place("Belarus", "Belarus", "BLR", None, 53.0, 28.0, "country")
UKRAINE = Place("Ukraine", "Ukraine", "UKR", None, 49.0, 32.0, "country")
KYIV_CITY = Place("Kyiv", "Kyiv", "UKR", None, 50.45, 30.52, "city")

TROOPS = "A train of Russian troops arrived in Belarus, the Belarusian defence ministry said on Friday."
WEAPONS = "Belarus will receive more Russian weapons."
AIRSPACE = "Kyiv says Russia keeps using Belarusian airspace for drone and missile attacks."
FEARS = "Ukraine fears an offensive from the north."
WONT_JOIN = "Minsk says it will not join the war."
DENIES = "Minsk denied that Russian drones used Belarusian airspace."
WRONG = "Belarus attacks Ukraine, a blogger wrote."
XSS = 'Troops <script>alert("x")</script> & tanks moved to the border.'


def article(aid: str, outlet: str, day: int, dup: str | None = None) -> Article:
    return Article(
        id=aid, url=f"https://{outlet.lower().replace(' ', '-')}.example/news/{aid}?a=1&b=2", outlet=outlet,
        title="t", published=datetime(2023, 1, day, 8, tzinfo=UTC), text="…", language="en",
        ingested_at=datetime(2023, 1, day, 9, tzinfo=UTC), duplicate_of=dup,
    )  # fmt: skip


def event(eid: str, aid: str, sentence: str, kind: str = "MOBILIZE", **kw: object) -> Event:
    base = Event(
        id=eid, article_id=aid, event_type=kind, mode=None, contexts=("military",), actors=(RUS_MIL,),
        recipients=(), location=BELARUS, date=date(2023, 1, 6), date_precision="day", date_text=None,
        factuality="actual", attribution=None, evidence=Evidence(sentence, 0, 0, len(sentence), "x"),
        intensity=-2.0, confidence=0.8,
    )  # fmt: skip
    return replace(base, **kw)  # type: ignore[arg-type]


def reference_store() -> MemoryStore:
    """The reference wire story, its re-post, and a Belarusian denial."""
    store = MemoryStore()
    wire = article("a1", "Eastern Wire", 9)
    # fmt: off
    wire_events = [
        event("e1", "a1", TROOPS, mode="troops", attribution=BLR_MOD),
        event("e2", "a1", WEAPONS, kind="AID", recipients=(BLR,), factuality="future", date=None,
              intensity=3.0),
        event("e3", "a1", AIRSPACE, kind="ASSAULT", mode="drone", recipients=(UKR,), location=UKRAINE,
              date=date(2023, 1, 9), attribution=KYIV, intensity=-9.0),
        event("e4", "a1", FEARS, kind="ASSAULT", actors=(BLR,), recipients=(UKR,), location=UKRAINE,
              factuality="hypothetical", date=None, attribution=KYIV, intensity=-9.0),
        event("e5", "a1", WONT_JOIN, kind="ASSAULT", actors=(BLR,), recipients=(UKR,), location=UKRAINE,
              factuality="negated", date=None, attribution=MINSK, intensity=-9.0),
    ]
    blog = article("a2", "Aggregator <Blog>", 10, dup="a1")
    blog_events = [replace(e, id=e.id + "b", article_id="a2") for e in wire_events]
    belta = article("a3", "Belta", 9)
    belta_events = [
        event("e6", "a3", DENIES, kind="ASSAULT", mode="drone", recipients=(UKR,), location=UKRAINE,
              date=date(2023, 1, 9), factuality="negated", attribution=MINSK, intensity=-9.0),
        event("e7", "a3", WRONG, kind="ASSAULT", actors=(BLR,), recipients=(UKR,), location=KYIV_CITY,
              date=date(2023, 1, 8), intensity=-10.0),
        event("e8", "a3", XSS, kind="MOBILIZE", mode="weapons", location=KYIV_CITY, date=date(2023, 1, 7),
              actors=(Entity("troops", "Russia", "RUS", "MIL"),), intensity=-4.0),
    ]
    # fmt: on
    old = article("a4", "Old News", 2)
    old_events = [event("e9", "a4", "Troops left Belarus in December.", date=date(2022, 12, 1))]
    for art, evs in ((wire, wire_events), (blog, blog_events), (belta, belta_events), (old, old_events)):
        store.store_article(art, b"raw", None, evs)
        update_stories(store, evs, {art.id: art})
    when = datetime(2023, 1, 11, tzinfo=UTC)
    store.add_review(Review("e7", "wrong", "no such attack", "analyst", when))
    store.add_review(Review("e8", "disputed", "unclear", "analyst", when))
    store.add_alert(Alert(
        id="x", rule="russian-build-up-in-belarus", kind="count",
        window_start=datetime(2023, 1, 3, tzinfo=UTC), window_end=datetime(2023, 1, 10, tzinfo=UTC),
        observed=4, baseline=0.1, story_ids=(),
        fired_at=when, message="russian-build-up-in-belarus: 4 stories in 2023-01-03..2023-01-09",
    ))  # fmt: skip
    return store


NOW = datetime(2023, 1, 12, tzinfo=UTC)


@pytest.fixture(name="report", scope="module")
def _report():  # type: ignore[no-untyped-def]
    return build_report(reference_store(), date(2023, 1, 3), date(2023, 1, 10), None, now=NOW)


def _sentences(items) -> set[str]:  # type: ignore[no-untyped-def]
    return {q.sentence for it in items for q in it.quotes}


def test_what_happened_is_kept_apart_from_what_is_possible_or_announced(report) -> None:  # type: ignore[no-untyped-def]
    happened, expected = _sentences(report.happened), _sentences(report.expected)
    assert {TROOPS, AIRSPACE} <= happened and not {WEAPONS, FEARS} & happened
    assert {WEAPONS, FEARS} <= expected and not {TROOPS, AIRSPACE} & expected
    assert not {it.story.id for it in report.happened} & {it.story.id for it in report.expected}


def test_reposts_merge_and_wrong_events_are_left_out(report) -> None:  # type: ignore[no-untyped-def]
    troops = next(it for it in report.happened if TROOPS in _sentences([it]))
    assert troops.story.num_articles == 2 and len(troops.quotes) == 1
    assert {o.name for o in troops.quotes[0].outlets} == {"Eastern Wire", "Aggregator <Blog>"}
    assert WRONG not in _sentences(report.happened) | _sentences(report.key)
    assert "Troops left Belarus in December." not in _sentences(report.happened)  # outside the period
    assert [it.disputed for it in report.happened if XSS in _sentences([it])] == [True]


def test_claims_beside_denials(report) -> None:  # type: ignore[no-untyped-def]
    pairs = {(q.sentence, d.sentence): p for p in report.claims for q in p.claims for d in p.denials}
    airspace = pairs[(AIRSPACE, DENIES)]
    assert airspace.claimants == ["Government of Ukraine (UKR)"]
    assert airspace.deniers == ["Government of Belarus (BLR)"]
    assert (FEARS, WONT_JOIN) in pairs


def test_key_developments_rank_by_sources_times_intensity(report) -> None:  # type: ignore[no-untyped-def]
    scores = [it.score for it in report.key]
    assert scores == sorted(scores, reverse=True)
    top = report.key[0]
    assert top.score == top.story.num_outlets * abs(top.story.intensity)
    assert AIRSPACE in _sentences([top])


def test_markdown_sections_links_and_escaping(report) -> None:  # type: ignore[no-untyped-def]
    text = to_markdown(report)
    order = ["## Key developments", "## Alerts", "## What happened", "## Possible or announced",
             "## Claims and counter-claims", "## Activity", "## Places"]  # fmt: skip
    positions = [text.index(h) for h in order]
    assert positions == sorted(positions)
    assert "(https://eastern-wire.example/news/a1?a=1&b=2)" in text
    assert "\\<script\\>" in text and "<script>" not in text and "Aggregator \\<Blog\\>" in text
    assert "russian-build-up-in-belarus" in text
    happened = text[text.index("## What happened") : text.index("## Possible")]
    assert "Russian weapons" not in happened and "fears an offensive" not in happened
    # a hypothetical event may be feared, asked about or only possible: labelled for what all share
    fears = next(line for line in text.splitlines() if "fears an offensive" in line)
    assert ", possible" in fears and "feared" not in fears


def test_html_is_escaped_and_self_contained(report) -> None:  # type: ignore[no-untyped-def]
    html = to_html(report)
    assert "<script" not in html.lower()
    assert "&lt;script&gt;" in html and "Aggregator &lt;Blog&gt;" in html
    assert "data:image/png;base64," in html
    # nothing is loaded from outside: every src is a data: URI, no stylesheets or imports
    assert all(src.startswith("data:") for src in re.findall(r'\ssrc="([^"]*)"', html))
    assert "<link" not in html and "@import" not in html and "url(" not in html
    # the only http(s) URLs are links to the articles
    hrefs = re.findall(r'<a href="([^"]*)"', html)
    assert hrefs and all(h.startswith("https://") and ".example/news/" in h for h in hrefs)
    assert len(re.findall(r"https?://", html)) == len(hrefs)
    claims = html[html.index('id="claims"') : html.index('id="activity"')]
    pair = claims[claims.index(AIRSPACE.split()[0]) :]
    assert "Counter-claim" in pair and "Minsk denied" in pair


def test_country_filter_and_empty_report() -> None:
    store = reference_store()
    ukr = build_report(store, date(2023, 1, 3), date(2023, 1, 10), "UKR", now=NOW)
    assert TROOPS not in _sentences(ukr.happened) and AIRSPACE in _sentences(ukr.happened)
    empty = build_report(MemoryStore(), date(2023, 1, 3), date(2023, 1, 10), None, now=NOW)
    assert "No developments reported" in to_markdown(empty)
    assert "No located stories" in to_html(empty)


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("javascript:alert(1)", None),
        ("data:text/html,<b>", None),
        ("https://x.example/a b(c)", "https://x.example/a%20b%28c%29"),
        ('https://x.example/"><script>', "https://x.example/%22%3E%3Cscript%3E"),
        (None, None),
    ],
)
def test_only_http_links_survive(url: str | None, expected: str | None) -> None:
    assert safe_url(url) == expected


def test_map_points_carry_plover_types_and_add_up_to_the_places(report) -> None:  # type: ignore[no-untyped-def]
    from frontwatch.analyze.report import map_points

    points = map_points(report)
    by_place: dict[tuple[float, float, str, str], int] = {}
    for p in points:
        key = (p.lat, p.lon, p.name, p.cls)
        by_place[key] = by_place.get(key, 0) + p.reports
    assert by_place == {(lat, lon, name, cls): n for lat, lon, name, cls, n in report.places}
    kinds = {(p.name, p.event_type, p.cls) for p in points}
    assert ("Belarus", "MOBILIZE", "happened") in kinds and ("Ukraine", "ASSAULT", "happened") in kinds
    assert ("Belarus", "AID", "expected") in kinds
    assert all(p.event_type is not None for p in points if p.cls != "denied")


def test_html_map_is_a_real_png_over_country_outlines(report) -> None:  # type: ignore[no-untyped-def]
    import base64
    import io

    import numpy as np
    from PIL import Image

    html = to_html(report)
    assert len(html) < 1_500_000
    found = re.search(r'<img alt="Places of the stories" src="data:image/png;base64,([^"]+)"', html)
    assert found is not None
    png = base64.b64decode(found.group(1))
    image = Image.open(io.BytesIO(png))
    assert image.format == "PNG" and image.size[0] == 1000
    rgb = np.asarray(image.convert("RGB")).reshape(-1, 3).astype(int)
    land = (np.abs(rgb - (0xF4, 0xF1, 0xE8)).sum(axis=1) < 4).mean()
    border = (np.abs(rgb - (0x8F, 0x8F, 0x8F)).sum(axis=1) < 30).mean()
    assert land > 0.2 and border > 0.001  # filled countries with outlines, not a blank plot
    assert len({tuple(c) for c in rgb[::5]}) > 50
    # no URL anywhere but the article links, not even in the image's metadata
    assert b"http" not in png
    assert len(re.findall(r"https?://", html)) == len(re.findall(r'<a href="https://', html))
