"""The HTTP API: listing, filters, pagination, errors, auth, ingest, review, escaping."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from fastapi.testclient import TestClient

from frontwatch.api import create_app
from frontwatch.config import Settings
from frontwatch.models import Article, Entity, Event, Evidence, Place
from frontwatch.store import open_store

TOKEN = "test-token-123"
AUTH = {"Authorization": f"Bearer {TOKEN}"}


def _article(n: int, text: str | None = None) -> Article:
    body = text or f"Report number {n}. Russian troops arrived in Belarus, the ministry said."
    return Article(
        id=f"{n:064x}", url=f"https://wire.example/{n}", outlet="Eastern Wire", title=f"Report {n}",
        published=datetime(2023, 1, 1, tzinfo=UTC) + timedelta(days=n % 20), text=body, language="en",
        ingested_at=datetime(2023, 2, 1, tzinfo=UTC),
    )  # fmt: skip


def _event(article: Article, k: int, event_type: str = "MOBILIZE", actor: str = "RUS") -> Event:
    sentence = article.text
    return Event(
        id=f"{article.id[:24]}{k:08d}", article_id=article.id, event_type=event_type, mode=None,
        contexts=("military",), actors=(Entity("Russian troops", "Russia", actor, "MIL"),),
        recipients=(), location=Place("Belarus", "Belarus", "BLR", None, 53.0, 28.0, "country", 630336),
        date=(article.published or datetime.now(UTC)).date(), date_precision="day", date_text=None,
        factuality="actual", attribution=None,
        evidence=Evidence(sentence, 0, 0, len(sentence), "arrived"), intensity=-2.0, confidence=0.8,
    )  # fmt: skip


@pytest.fixture
def client(tmp_path):
    store = open_store(f"sqlite:///{tmp_path / 'api.db'}")
    for n in range(30):
        art = _article(n)
        kind = "ASSAULT" if n % 3 == 0 else "MOBILIZE"
        store.store_article(art, art.text.encode(), None, [_event(art, 0, kind, "RUS" if n % 2 else "BLR")])
    evil = _article(99, "Officials said <script>alert(1)</script> and <a href='javascript:x'>click</a>.")
    store.store_article(evil, evil.text.encode(), None, [_event(evil, 0)])
    app = create_app(Settings(db_url="unused", cache_dir=tmp_path), store=store, token=TOKEN)
    with TestClient(app) as c:
        yield c
    store.close()


def test_list_and_paginate_events(client: TestClient) -> None:
    seen: list[str] = []
    cursor = None
    while True:
        params = {"limit": 7, **({"cursor": cursor} if cursor else {})}
        body = client.get("/api/events", params=params).json()
        seen += [e["id"] for e in body["items"]]
        cursor = body["next"]
        if cursor is None:
            break
    assert len(seen) == 31 and len(set(seen)) == 31


def test_filters(client: TestClient) -> None:
    items = client.get("/api/events", params={"type": "ASSAULT", "limit": 500}).json()["items"]
    assert items and all(e["event_type"] == "ASSAULT" for e in items)
    items = client.get("/api/events", params={"actor": "blr", "limit": 500}).json()["items"]
    assert items and all(e["actors"][0]["country"] == "BLR" for e in items)
    items = client.get("/api/events", params={"since": "2023-01-10", "until": "2023-01-12"}).json()["items"]
    assert items and all("2023-01-10" <= e["date"] <= "2023-01-12" for e in items)


@pytest.mark.parametrize(
    "params",
    [{"type": "BOMBING"}, {"since": "yesterday"}, {"factuality": "perhaps"}, {"limit": 0},
     {"limit": 10_000}, {"actor": "R-1"}, {"since": "2023-02-01", "until": "2023-01-01"}],
)  # fmt: skip
def test_bad_parameters_are_422_with_a_message(client: TestClient, params: dict) -> None:
    response = client.get("/api/events", params=params)
    assert response.status_code == 422
    assert response.json()["error"]["message"]


def test_get_one_and_404(client: TestClient) -> None:
    first = client.get("/api/events").json()["items"][0]
    assert client.get(f"/api/events/{first['id']}").json()["id"] == first["id"]
    article = client.get(f"/api/articles/{first['article_id']}").json()
    assert article["text"] and article["events"]
    missing = client.get("/api/events/nope")
    assert missing.status_code == 404 and "nope" in missing.json()["error"]["message"]


def test_writes_need_the_token(client: TestClient) -> None:
    event_id = client.get("/api/events").json()["items"][0]["id"]
    body = {"verdict": "wrong", "comment": "not an arrival"}
    assert client.post(f"/api/events/{event_id}/review", json=body).status_code == 401
    bad = {"Authorization": "Bearer nope"}
    assert client.post(f"/api/events/{event_id}/review", json=body, headers=bad).status_code == 401
    assert client.post("/api/ingest", json={"text": "x"}).status_code == 401


def test_review_is_stored_and_shown(client: TestClient) -> None:
    event_id = client.get("/api/events").json()["items"][0]["id"]
    body = {"verdict": "disputed", "comment": "<b>check</b> the date", "author": "analyst-1"}
    created = client.post(f"/api/events/{event_id}/review", json=body, headers=AUTH)
    assert created.status_code == 201 and created.json()["verdict"] == "disputed"
    reviews = client.get(f"/api/events/{event_id}").json()["reviews"]
    assert reviews[-1]["comment"] == "<b>check</b> the date" and reviews[-1]["author"] == "analyst-1"
    page = client.get(f"/events/{event_id}").text
    assert "&lt;b&gt;check&lt;/b&gt;" in page and "<b>check</b>" not in page
    bad = client.post(f"/api/events/{event_id}/review", json={"verdict": "meh"}, headers=AUTH)
    assert bad.status_code == 422


def test_body_size_limit(client: TestClient) -> None:
    big = {"text": "a" * (3 * 1024 * 1024)}
    assert client.post("/api/ingest", json=big, headers=AUTH).status_code == 413


def test_ingest_needs_exactly_one_body(client: TestClient) -> None:
    both = {"text": "a", "html": "<p>b</p>"}
    assert client.post("/api/ingest", json=both, headers=AUTH).status_code == 422


def test_pages_escape_article_text(client: TestClient) -> None:
    evil_id = f"{99:064x}"
    page = client.get(f"/articles/{evil_id}").text
    assert "<script>alert(1)</script>" not in page and "&lt;script&gt;" in page
    assert "href='javascript:x'" not in page and 'href="javascript:x"' not in page


@pytest.mark.parametrize("path", ["/", "/alerts", "/?type=ASSAULT&country=BLR"])
def test_pages_render(client: TestClient, path: str) -> None:
    response = client.get(path)
    assert response.status_code == 200 and "frontwatch" in response.text
    assert "https://" not in response.text.split("<main>")[0]  # no CDN in the head


def test_openapi_schema_lists_the_paths(client: TestClient) -> None:
    paths = client.get("/openapi.json").json()["paths"]
    for path in ("/api/articles", "/api/events", "/api/stories", "/api/trends", "/api/alerts", "/api/ingest"):
        assert path in paths
