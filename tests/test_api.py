"""The HTTP API: listing, filters, pagination, errors, auth, ingest, review, escaping."""

from __future__ import annotations

import inspect
import json
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from pydantic import BaseModel

from frontwatch.analyze.stories import rebuild_stories
from frontwatch.api import AlertPage, ArticlePage, ErrorBody, EventPage, StoryPage, create_app, load_token
from frontwatch.config import Settings
from frontwatch.models import Alert, EventFilter
from frontwatch.store import Store, open_store
from frontwatch.store.base import ArticleFilter

from .conftest import make_article, make_event

TOKEN = "test-token-123"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
EVIL_TEXT = "Officials said <script>alert(1)</script> and <a href='javascript:x'>click</a>. Troops arrived."
EVIL_URL = "javascript:alert(document.cookie)"


def _fill(store: Store) -> None:
    """30 articles with one event each, five reporting the same story, an evil article, alerts."""
    for n in range(30):
        art = make_article(n)
        kind = "ASSAULT" if n % 3 == 0 else "MOBILIZE"
        actor = "RUS" if n % 2 else "BLR"
        store.store_article(
            art, art.text.encode(), None, [make_event(art, 0, event_type=kind, actors=(actor,))]
        )
    same_day = datetime(2023, 3, 1, 8, tzinfo=UTC)
    for n in range(100, 105):  # one story told by five outlets
        art = make_article(n, published=same_day + timedelta(hours=n - 100), outlet=f"Outlet {n}")
        store.store_article(art, art.text.encode(), None, [make_event(art, 0, event_type="COERCE")])
    evil = make_article(99, EVIL_TEXT)
    evil = replace(evil, url=EVIL_URL)
    store.store_article(evil, evil.text.encode(), None, [make_event(evil, 0)])
    rebuild_stories(store)
    for k in range(7):
        fired = datetime(2023, 2, 1, tzinfo=UTC) + timedelta(days=k)
        store.add_alert(
            Alert(
                id=f"alert-{k}",
                rule="build-up <b>",
                kind="count",
                window_start=fired - timedelta(days=7),
                window_end=fired,
                observed=4.0,
                baseline=1.0,
                story_ids=(),
                fired_at=fired,
                message="4 stories",
            )  # fmt: skip
        )


@pytest.fixture
def api(tmp_path: Path) -> Iterator[tuple[TestClient, Store]]:
    store = open_store(f"sqlite:///{tmp_path / 'api.db'}")
    _fill(store)
    app = create_app(
        Settings(db_url="unused", cache_dir=tmp_path, allow_network=False), store=store, token=TOKEN
    )
    with TestClient(app) as c:
        yield c, store
    store.close()


@pytest.fixture
def client(api: tuple[TestClient, Store]) -> TestClient:
    return api[0]


def _all(client: TestClient, path: str, **params: Any) -> list[dict[str, Any]]:
    seen: list[dict[str, Any]] = []
    cursor = None
    while True:
        body = client.get(path, params={**params, **({"cursor": cursor} if cursor else {})}).json()
        seen += body["items"]
        cursor = body["next"]
        if cursor is None:
            return seen


@pytest.mark.parametrize(
    ("path", "total"),
    [("/api/events", 36), ("/api/articles", 36), ("/api/alerts", 7), ("/api/stories", None)],
)
def test_every_list_paginates_with_a_cursor(client: TestClient, path: str, total: int | None) -> None:
    items = _all(client, path, limit=4)
    ids = [i["id"] for i in items]
    assert len(ids) == len(set(ids))
    expected = total if total is not None else len(client.get(path, params={"limit": 500}).json()["items"])
    assert len(ids) == expected and expected > 4


def test_filters(client: TestClient) -> None:
    items = client.get("/api/events", params={"type": "ASSAULT", "limit": 500}).json()["items"]
    assert items and all(e["event_type"] == "ASSAULT" for e in items)
    both = client.get("/api/events", params={"type": "assault,coerce", "limit": 500}).json()["items"]
    assert {e["event_type"] for e in both} == {"ASSAULT", "COERCE"}
    items = client.get("/api/events", params={"actor": "blr", "limit": 500}).json()["items"]
    assert items and all(e["actors"][0]["country"] == "BLR" for e in items)
    items = client.get("/api/events", params={"since": "2023-01-10", "until": "2023-01-12"}).json()["items"]
    assert items and all("2023-01-10" <= e["date"] <= "2023-01-12" for e in items)
    stories = client.get("/api/stories", params={"type": "COERCE"}).json()["items"]
    assert len(stories) == 1 and stories[0]["num_articles"] == 5
    trends = client.get("/api/trends", params={"by": "type", "interval": "week"}).json()
    assert trends["rows"] and trends["interval"] == "week"


@pytest.mark.parametrize(
    "params",
    [{}, {"limit": 3}, {"type": "COERCE"}, {"actor": "RUS", "limit": 5},
     {"country": "BLR", "factuality": "actual"}, {"since": "2023-01-10", "until": "2023-03-01", "limit": 2},
     {"story": "0" * 10}],
)  # fmt: skip
def test_event_pages_are_the_stored_events(api: tuple[TestClient, Store], params: dict[str, Any]) -> None:
    """The body is assembled from the stored JSON records: it must equal the events' contract
    JSON, story ids set after the events were written included, on every page."""
    client, store = api
    flt = events_filter_of(params)
    cursor = None
    while True:
        response = client.get("/api/events", params={**params, **({"cursor": cursor} if cursor else {})})
        assert response.headers["content-type"] == "application/json"
        page = store.list_events(flt, cursor, int(params.get("limit", 50)))
        expected = {"items": [e.to_dict() for e in page.items], "next": page.next}
        assert response.content == json.dumps(expected, separators=(",", ":"), ensure_ascii=False).encode()
        cursor = page.next
        if cursor is None:
            break
    if not params:
        assert any(e["story_id"] for e in response.json()["items"])  # set by rebuild_stories after writing


def events_filter_of(params: dict[str, Any]) -> EventFilter:
    return EventFilter(
        event_type=(params["type"],) if "type" in params else (), actor=params.get("actor"),
        country=params.get("country"), factuality=(params["factuality"],) if "factuality" in params else (),
        since=date.fromisoformat(params["since"]) if "since" in params else None,
        until=date.fromisoformat(params["until"]) if "until" in params else None,
        story_id=params.get("story"),
    )  # fmt: skip


def test_event_pages_from_a_store_without_local_reads(tmp_path: Path) -> None:
    """A store that may wait (here the memory double) is read through the thread pool: same answers."""
    memory = open_store("memory://")
    _fill(memory)
    app = create_app(Settings(db_url="unused", cache_dir=tmp_path), store=memory, token=TOKEN)
    with TestClient(app) as c:
        body = c.get("/api/events", params={"type": "COERCE", "limit": 2}).json()
        assert [e["event_type"] for e in body["items"]] == ["COERCE", "COERCE"] and body["next"]
        rest = c.get("/api/events", params={"type": "COERCE", "cursor": body["next"]}).json()
        assert len(body["items"] + rest["items"]) == 5 and rest["next"] is None


def _shape(value: Any) -> Any:
    """The keys of a JSON value, nested (values left out)."""
    if isinstance(value, dict):
        return {k: _shape(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_shape(v) for v in value]
    return None


@pytest.mark.parametrize(
    ("path", "model"), [("/api/events", EventPage), ("/api/articles", ArticlePage),
                        ("/api/stories", StoryPage), ("/api/alerts", AlertPage)],
)  # fmt: skip
def test_list_bodies_have_their_documented_shape(
    client: TestClient, path: str, model: type[BaseModel]
) -> None:
    documented = client.get("/openapi.json").json()["paths"][path]["get"]["responses"]
    assert documented["200"]["content"]["application/json"]["schema"]["$ref"].endswith(model.__name__)
    assert documented["422"]["content"]["application/json"]["schema"]["$ref"].endswith("ErrorBody")
    body = client.get(path, params={"limit": 3}).json()
    assert body["items"]
    assert _shape(model.model_validate(body).model_dump(mode="json")) == _shape(body)  # no field undocumented
    error = client.get(path, params={"limit": 0}).json()
    assert ErrorBody.model_validate(error).model_dump() == error


@pytest.mark.parametrize(
    ("path", "params"),
    [("/api/events", {"type": "BOMBING"}), ("/api/events", {"since": "yesterday"}),
     ("/api/events", {"since": "2023-13-01"}), ("/api/events", {"since": "20230101"}),
     ("/api/events", {"factuality": "perhaps"}), ("/api/events", {"limit": 0}),
     ("/api/events", {"limit": 10_000}), ("/api/events", {"actor": "R-1"}),
     ("/api/events", {"since": "2023-02-01", "until": "2023-01-01"}), ("/api/events", {"cursor": "bm9wZQ"}),
     ("/api/events", {"typ": "ASSAULT"}), ("/api/events", {"min_confidence": "nan"}),
     ("/api/stories", {"type": "BOMBING"}), ("/api/trends", {"by": "colour"}),
     ("/api/articles", {"until": "2023-02-30"}), ("/api/alerts", {"cursor": "!!"}),
     ("/api/reviews", {"verdict": "maybe"})],
)  # fmt: skip
def test_bad_parameters_are_422_with_a_message(client: TestClient, path: str, params: dict) -> None:
    response = client.get(path, params=params)
    assert response.status_code == 422, response.text
    error = response.json()["error"]
    assert error["status"] == 422 and error["message"]


def test_unknown_and_repeated_parameters_are_named(client: TestClient) -> None:
    body = client.get("/api/events?typ=ASSAULT").json()
    assert "'typ'" in body["error"]["message"] and "type" in body["error"]["message"]
    body = client.get("/api/events?limit=2&limit=3").json()
    assert "'limit'" in body["error"]["message"]
    assert client.get("/api/events?type=ASSAULT&type=COERCE").status_code == 200  # lists repeat


@pytest.mark.parametrize(
    ("method", "path", "status"),
    [("GET", "/api/events/nope", 404), ("GET", "/api/stories/nope", 404), ("GET", "/api/articles/nope", 404),
     ("GET", "/api/nothing-here", 404), ("DELETE", "/api/events", 405), ("GET", "/docs", 404)],
)  # fmt: skip
def test_errors_have_one_shape(client: TestClient, method: str, path: str, status: int) -> None:
    response = client.request(method, path)
    assert response.status_code == status
    assert response.json()["error"]["status"] == status and response.json()["error"]["message"]


def test_get_one(client: TestClient) -> None:
    first = client.get("/api/events").json()["items"][0]
    one = client.get(f"/api/events/{first['id']}").json()
    assert one["id"] == first["id"] and one["reviews"] == [] and one["verdict"] is None
    article = client.get(f"/api/articles/{first['article_id']}").json()
    assert article["text"] and article["events"]
    story_id = client.get("/api/stories", params={"type": "COERCE"}).json()["items"][0]["id"]
    story = client.get(f"/api/stories/{story_id}").json()
    assert len(story["reports"]) == 5
    assert {r["article"]["outlet"] for r in story["reports"]} == {f"Outlet {n}" for n in range(100, 105)}
    assert all(r["event"]["evidence"]["sentence"] for r in story["reports"])


def test_writes_need_the_token(client: TestClient) -> None:
    event_id = client.get("/api/events").json()["items"][0]["id"]
    body = {"verdict": "wrong", "comment": "not an arrival"}
    missing = client.post(f"/api/events/{event_id}/review", json=body)
    assert missing.status_code == 401 and missing.json()["error"]["status"] == 401
    assert missing.headers["www-authenticate"] == "Bearer"
    for header in ("Bearer nope", f"Basic {TOKEN}", f"Bearer {TOKEN}x", TOKEN):
        response = client.post(f"/api/events/{event_id}/review", json=body, headers={"Authorization": header})
        assert response.status_code == 401, header
    assert client.post("/api/ingest", json={"text": "x"}).status_code == 401
    assert client.get(f"/api/events/{event_id}").json()["reviews"] == []


def test_token_from_env_or_a_file_made_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys) -> None:
    monkeypatch.delenv("FRONTWATCH_TOKEN", raising=False)
    settings = Settings(db_url="unused", cache_dir=tmp_path / "cache")
    first = load_token(settings)
    assert first in capsys.readouterr().err
    assert (tmp_path / "cache" / "token").stat().st_mode & 0o077 == 0
    assert load_token(settings) == first and capsys.readouterr().err == ""  # printed once
    monkeypatch.setenv("FRONTWATCH_TOKEN", "from-the-env")
    assert load_token(settings) == "from-the-env"


def test_serve_binds_loopback_by_default() -> None:
    from frontwatch import cli

    assert inspect.signature(cli.serve).parameters["host"].default == "127.0.0.1"


def test_review_is_an_audit_log_shown_everywhere(client: TestClient) -> None:
    event_id = client.get("/api/events").json()["items"][0]["id"]
    body = {"verdict": "disputed", "comment": "<b>check</b> the date", "author": "analyst-1"}
    created = client.post(f"/api/events/{event_id}/review", json=body, headers=AUTH)
    assert created.status_code == 201 and created.json()["verdict"] == "disputed"
    client.post(f"/api/events/{event_id}/review", json={"verdict": "verified"}, headers=AUTH)
    event = client.get(f"/api/events/{event_id}").json()
    assert [r["verdict"] for r in event["reviews"]] == ["disputed", "verified"] and event[
        "verdict"
    ] == "verified"
    first = event["reviews"][0]
    assert (
        first["comment"] == "<b>check</b> the date" and first["author"] == "analyst-1" and first["created_at"]
    )
    assert event["reviews"][1]["author"] == "api token"
    log = _all(client, "/api/reviews", limit=1)
    assert [r["verdict"] for r in log] == ["verified", "disputed"]
    page = client.get(f"/events/{event_id}").text
    assert "&lt;b&gt;check&lt;/b&gt;" in page and "<b>check</b>" not in page and "analyst-1" in page
    for bad in (
        {"verdict": "meh"},
        {"verdict": "wrong", "extra": 1},
        {"verdict": "wrong", "comment": "x" * 5001},
    ):
        assert client.post(f"/api/events/{event_id}/review", json=bad, headers=AUTH).status_code == 422
    assert client.post("/api/events/nope/review", json={"verdict": "wrong"}, headers=AUTH).status_code == 404


def test_a_wrong_verdict_takes_the_event_out_of_its_story(api: tuple[TestClient, Store]) -> None:
    client, store = api
    story = client.get("/api/stories", params={"type": "COERCE"}).json()["items"][0]
    victim = story["event_ids"][0]
    trend_before = client.get("/api/trends", params={"type": "COERCE"}).json()["rows"]
    reply = client.post(f"/api/events/{victim}/review", json={"verdict": "wrong"}, headers=AUTH).json()
    assert reply["story_id"] is None
    after = client.get("/api/stories", params={"type": "COERCE"}).json()["items"]
    assert len(after) == 1 and victim not in after[0]["event_ids"] and after[0]["num_articles"] == 4
    assert store.get_event(victim).story_id is None  # the real store, not only the API's view
    assert sum(
        r["stories"] for r in client.get("/api/trends", params={"type": "COERCE"}).json()["rows"]
    ) == sum(r["stories"] for r in trend_before)
    kept = client.get("/api/events", params={"type": "COERCE", "exclude_wrong": "true"}).json()["items"]
    assert victim not in {e["id"] for e in kept} and len(kept) == 4
    assert "not part of a story (reviewed as wrong)" in client.get(f"/events/{victim}").text
    client.post(f"/api/events/{victim}/review", json={"verdict": "verified"}, headers=AUTH)
    back = client.get("/api/stories", params={"type": "COERCE"}).json()["items"]
    assert any(victim in s["event_ids"] for s in back)


def test_body_size_limit(client: TestClient) -> None:
    big = {"text": "a" * (3 * 1024 * 1024)}
    declared = client.post("/api/ingest", json=big, headers=AUTH)
    assert declared.status_code == 413 and declared.json()["error"]["status"] == 413

    def chunks() -> Iterator[bytes]:  # no Content-Length: counted as it streams in
        yield b'{"text": "'
        for _ in range(40):
            yield b"a" * 100_000
        yield b'"}'

    streamed = client.post(
        "/api/ingest", content=chunks(), headers={**AUTH, "Content-Type": "application/json"}
    )
    assert streamed.status_code == 413


@pytest.mark.parametrize(
    "body",
    [{"text": "a", "html": "<p>b</p>"}, {}, {"url": "file:///etc/passwd"}, {"text": "x", "colour": "red"},
     {"text": "Troops arrived.", "published": "next week"},
     {"text": "Troops arrived.", "published": "2999-01-01"},
     {"text": "Troops arrived.", "published": "1850-01-01"}, {"text": "   "}],
)  # fmt: skip
def test_ingest_refuses_bad_bodies(client: TestClient, body: dict) -> None:
    response = client.post("/api/ingest", json=body, headers=AUTH)
    assert response.status_code == 422, response.text
    assert response.json()["error"]["message"]


def test_ingest_url_is_refused_offline(client: TestClient) -> None:
    response = client.post("/api/ingest", json={"url": "https://example.org/news"}, headers=AUTH)
    assert response.status_code == 403 and "network" in response.json()["error"]["message"]


def test_ingest_url_on_a_private_address_is_not_fetched(tmp_path: Path, resources: Any) -> None:
    # a client's URL must not make the server read itself or a cloud metadata endpoint
    store = open_store(f"sqlite:///{tmp_path / 'ssrf.db'}")
    settings = Settings(db_url="unused", cache_dir=tmp_path, allow_network=True, fetch_timeout=2.0)
    app = create_app(settings, store=store, token=TOKEN, resources=resources)
    with TestClient(app) as client:
        for url in ("http://127.0.0.1:9/admin", "http://169.254.169.254/latest/meta-data/"):
            response = client.post("/api/ingest", json={"url": url}, headers=AUTH)
            assert response.status_code == 422, response.text
            assert "private or local address" in response.json()["error"]["message"]
    assert store.list_articles(ArticleFilter()).items == []


def test_ingest_text_and_html(tmp_path: Path, resources: Any) -> None:
    store = open_store(f"sqlite:///{tmp_path / 'ingest.db'}")
    settings = Settings(db_url="unused", cache_dir=tmp_path, allow_network=False)
    app = create_app(settings, store=store, token=TOKEN, resources=resources)
    text = "On Friday, Russian troops arrived in Belarus by train, the Belarusian defence ministry said."
    with TestClient(app) as client:
        body = {
            "text": text,
            "title": "Troops <arrive>",
            "outlet": "Test Wire",
            "published": "2023-01-14T10:00:00Z",
        }
        first = client.post("/api/ingest", json=body, headers=AUTH)
        assert first.status_code == 201, first.text
        reply = first.json()
        assert reply["article"]["outlet"] == "Test Wire" and reply["article"]["title"] == "Troops <arrive>"
        assert reply["article"]["published"].startswith("2023-01-14")
        assert any(e["event_type"] == "MOBILIZE" for e in reply["events"])
        again = client.post("/api/ingest", json=body, headers=AUTH)
        assert again.status_code == 200 and again.json()["article"]["id"] == reply["article"]["id"]
        html = "<html><head><title>Drills</title></head><body><article>"
        html += f"<p>{text.replace('Friday', 'Monday')}</p>"
        html += "<p><script>alert(1)</script>More details followed.</p></article></body></html>"
        made = client.post("/api/ingest", json={"html": html}, headers=AUTH)
        assert made.status_code == 201, made.text
        page = client.get(f"/articles/{made.json()['article']['id']}").text
        assert "<script>alert(1)" not in page
    store.close()


def test_pages_escape_article_text_and_never_link_javascript(client: TestClient) -> None:
    evil_id = make_article(99, EVIL_TEXT).id
    page = client.get(f"/articles/{evil_id}").text
    assert "<script>alert(1)</script>" not in page and "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "href='javascript:x'" not in page and 'href="javascript:' not in page
    assert "javascript:alert(document.cookie)" in page  # shown as text
    event_id = client.get("/api/events", params={"article": evil_id}).json()["items"][0]["id"]
    assert 'href="javascript:' not in client.get(f"/events/{event_id}").text
    story = client.get(f"/api/events/{event_id}").json()["story_id"]
    if story:
        assert 'href="javascript:' not in client.get(f"/stories/{story}").text


@pytest.mark.parametrize(
    "path", ["/", "/alerts", "/api", "/?type=ASSAULT&country=BLR", "/?factuality=actual"]
)
def test_pages_render_offline_with_a_strict_policy(client: TestClient, path: str) -> None:
    response = client.get(path)
    assert response.status_code == 200 and "frontwatch" in response.text
    assert "https://" not in response.text.split("<main>")[0]  # no CDN in the head
    policy = response.headers["content-security-policy"]
    assert (
        "script-src 'self'" in policy and "unsafe-inline" not in policy.split("script-src")[1].split(";")[0]
    )
    assert "build-up &lt;b&gt;" in client.get("/alerts").text


def test_page_errors_are_pages(client: TestClient) -> None:
    response = client.get("/events/nope", headers={"Accept": "text/html"})
    assert response.status_code == 404 and "<h1>404</h1>" in response.text
    bad = client.get("/?type=BOMBING", headers={"Accept": "text/html"})
    assert bad.status_code == 422 and "unknown event type" in bad.text


def test_table_pages_with_a_cursor(client: TestClient) -> None:
    first = client.get("/").text
    assert 'id="next-page"' not in first  # 36 events fit on one page of 100
    assert first.count("<tr data-type=") == 36


def test_openapi_schema_lists_the_paths(client: TestClient) -> None:
    schema = client.get("/openapi.json").json()
    for path in ("/api/articles", "/api/events", "/api/stories", "/api/trends", "/api/alerts", "/api/ingest",
                 "/api/events/{event_id}/review", "/api/reviews"):  # fmt: skip
        assert path in schema["paths"]
    assert "security" in schema["paths"]["/api/ingest"]["post"]
