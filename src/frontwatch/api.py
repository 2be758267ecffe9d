"""The HTTP API and dashboard pages: thin routes over the store and the pipeline.

Lists come as `{"items": [...], "next": CURSOR|null}`; errors as
`{"error": {"status": N, "message": "..."}}`. Writes need `Authorization: Bearer TOKEN`
(`FRONTWATCH_TOKEN`, else a token file created on first run and printed once).
"""

from __future__ import annotations

import hmac
import os
import secrets
import sys
import threading
from datetime import UTC, datetime
from pathlib import Path
from typing import Annotated, Any, Literal

from fastapi import Depends, FastAPI, Header, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from fastapi.staticfiles import StaticFiles
from pydantic import BaseModel, Field, model_validator
from starlette.exceptions import HTTPException as StarletteHTTPException

from . import __version__
from .config import Settings
from .errors import AuthError, FrontwatchError, InputError, UsageError
from .models import RawDocument, Review
from .query import event_filter, parse_date, parse_datetime
from .store import ArticleFilter, Store, open_store

MAX_BODY_BYTES = 2 * 1024 * 1024
WEB = Path(__file__).parent / "web"


def load_token(settings: Settings) -> str:
    """`FRONTWATCH_TOKEN`, else the token file in the cache dir (created and printed once)."""
    env = os.environ.get("FRONTWATCH_TOKEN")
    if env:
        return env
    path = settings.cache_dir / "token"
    if path.exists():
        return path.read_text(encoding="utf-8").strip()
    path.parent.mkdir(parents=True, exist_ok=True)
    token = secrets.token_urlsafe(32)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        fh.write(token + "\n")
    print(f"frontwatch: created API token (stored in {path}): {token}", file=sys.stderr)
    return token


class IngestRequest(BaseModel):
    """A report pushed by another tool: exactly one of text, html or url."""

    text: str | None = Field(default=None, max_length=1_000_000)
    html: str | None = Field(default=None, max_length=1_500_000)
    url: str | None = Field(default=None, max_length=2048, pattern=r"^https?://")
    title: str | None = Field(default=None, max_length=1000)
    outlet: str | None = Field(default=None, max_length=200)
    published: str | None = Field(default=None, max_length=40)

    @model_validator(mode="after")
    def _one_body(self) -> IngestRequest:
        given = [k for k in ("text", "html", "url") if getattr(self, k)]
        if len(given) != 1:
            raise ValueError("give exactly one of text, html or url")
        return self


class ReviewRequest(BaseModel):
    verdict: Literal["verified", "disputed", "wrong"]
    comment: str = Field(default="", max_length=5000)
    author: str | None = Field(default=None, max_length=200)


def _error(status: int, message: str) -> JSONResponse:
    return JSONResponse({"error": {"status": status, "message": message}}, status_code=status)


def create_app(settings: Settings, store: Store | None = None, token: str | None = None) -> FastAPI:
    """The FastAPI application over one store."""
    app = FastAPI(title="frontwatch", version=__version__, description=__doc__)
    app.state.store = store or open_store(settings.db_url)
    app.state.token = token or load_token(settings)
    app.state.resources = None
    app.state.lock = threading.Lock()

    @app.exception_handler(FrontwatchError)
    async def _frontwatch_error(request: Request, exc: FrontwatchError) -> JSONResponse:
        return _error(exc.http_status, str(exc))

    @app.exception_handler(RequestValidationError)
    async def _validation_error(request: Request, exc: RequestValidationError) -> JSONResponse:
        parts = []
        for e in exc.errors():
            where = ".".join(str(x) for x in e.get("loc", ()) if x not in ("body", "query", "path"))
            parts.append(f"{where}: {e.get('msg')}" if where else str(e.get("msg")))
        return _error(422, "; ".join(parts) or "invalid request")

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        return _error(exc.status_code, str(exc.detail))

    @app.middleware("http")
    async def _limit_body(request: Request, call_next: Any) -> Any:
        length = request.headers.get("content-length")
        if length is not None and (not length.isdigit() or int(length) > MAX_BODY_BYTES):
            return _error(413, f"request body over {MAX_BODY_BYTES} bytes")
        return await call_next(request)

    def db() -> Store:
        return app.state.store  # type: ignore[no-any-return]

    def require_token(authorization: Annotated[str | None, Header()] = None) -> str:
        expected = f"Bearer {app.state.token}"
        if authorization is None or not hmac.compare_digest(authorization.encode(), expected.encode()):
            raise AuthError("a valid 'Authorization: Bearer TOKEN' header is required")
        return "api"

    Limit = Annotated[int, Query(ge=1, le=500)]
    Cursor = Annotated[str | None, Query(max_length=500)]
    Code = Annotated[str | None, Query(max_length=6)]
    Day = Annotated[str | None, Query(max_length=10, description="YYYY-MM-DD")]

    def events_filter(
        type: Annotated[list[str] | None, Query(max_length=16)] = None,
        actor: Code = None,
        recipient: Code = None,
        country: Code = None,
        factuality: Annotated[list[str] | None, Query(max_length=4)] = None,
        since: Day = None,
        until: Day = None,
        min_confidence: Annotated[float | None, Query(ge=0, le=1)] = None,
    ) -> Any:
        return event_filter(type, actor, recipient, country, factuality, since, until, min_confidence)

    @app.get("/api/articles")
    def list_articles(
        since: Day = None, until: Day = None, cursor: Cursor = None, limit: Limit = 50
    ) -> dict[str, Any]:
        start, end = parse_date(since, "since"), parse_date(until, "until")
        flt = ArticleFilter(
            since=datetime(start.year, start.month, start.day, tzinfo=UTC) if start else None,
            until=datetime(end.year, end.month, end.day, 23, 59, 59, tzinfo=UTC) if end else None,
        )
        page = db().list_articles(flt, _cursor(cursor), limit)
        return {"items": [a.to_dict() for a in page.items], "next": page.next}

    @app.get("/api/articles/{article_id}")
    def get_article(article_id: str) -> dict[str, Any]:
        article = db().get_article(article_id)
        if article is None:
            raise StarletteHTTPException(404, f"no article {article_id}")
        events = db().list_events(_article_filter(article_id), None, 500).items
        return {**article.to_dict(), "events": [e.to_dict() for e in events]}

    @app.get("/api/events")
    def list_events(
        flt: Any = Depends(events_filter), cursor: Cursor = None, limit: Limit = 50
    ) -> dict[str, Any]:
        page = db().list_events(flt, _cursor(cursor), limit)
        return {"items": [e.to_dict() for e in page.items], "next": page.next}

    @app.get("/api/events/{event_id}")
    def get_event(event_id: str) -> dict[str, Any]:
        event = db().get_event(event_id)
        if event is None:
            raise StarletteHTTPException(404, f"no event {event_id}")
        reviews = [r.to_dict() for r in db().list_reviews(event_id)]
        return {**event.to_dict(), "reviews": reviews}

    @app.post("/api/events/{event_id}/review", status_code=201)
    def review_event(event_id: str, body: ReviewRequest, who: str = Depends(require_token)) -> dict[str, Any]:
        if db().get_event(event_id) is None:
            raise StarletteHTTPException(404, f"no event {event_id}")
        review = Review(
            event_id=event_id, verdict=body.verdict, comment=body.comment,
            author=body.author or who, created_at=datetime.now(UTC),
        )  # fmt: skip
        stored = db().add_review(review)
        _after_review(db(), event_id)
        return stored.to_dict()

    @app.get("/api/stories")
    def list_stories(
        flt: Any = Depends(events_filter), cursor: Cursor = None, limit: Limit = 50
    ) -> dict[str, Any]:
        page = db().list_stories(flt, _cursor(cursor), limit)
        return {"items": [s.to_dict() for s in page.items], "next": page.next}

    @app.get("/api/stories/{story_id}")
    def get_story(story_id: str) -> dict[str, Any]:
        story = db().get_story(story_id)
        if story is None:
            raise StarletteHTTPException(404, f"no story {story_id}")
        return story.to_dict()

    @app.get("/api/trends")
    def get_trends(
        flt: Any = Depends(events_filter),
        by: Literal["type", "dyad", "country"] = "type",
        interval: Literal["day", "week"] = "day",
    ) -> Any:
        import json

        from .analyze import trends as tr

        return json.loads(tr.to_json(tr.trends(db(), flt, by=by, interval=interval)))

    @app.get("/api/alerts")
    def list_alerts(cursor: Cursor = None, limit: Limit = 50) -> dict[str, Any]:
        page = db().list_alerts(_cursor(cursor), limit)
        return {"items": [a.to_dict() for a in page.items], "next": page.next}

    @app.post("/api/ingest", status_code=201)
    def ingest_report(body: IngestRequest, who: str = Depends(require_token)) -> dict[str, Any]:
        return _ingest(app, settings, body)

    _mount_pages(app)
    return app


def _cursor(value: str | None) -> str | None:
    return value or None


def _article_filter(article_id: str) -> Any:
    from .models import EventFilter

    return EventFilter(article_id=article_id)


def _after_review(store: Store, event_id: str) -> None:
    """Re-derive the event's story so that a 'wrong' verdict leaves it out."""
    from .analyze.stories import rebuild_story_of

    rebuild_story_of(store, event_id)


def _ingest(app: FastAPI, settings: Settings, body: IngestRequest) -> dict[str, Any]:
    from .ingest import iter_documents
    from .pipeline import Resources, ingest_documents

    published = parse_datetime(body.published, "published")
    if published is not None and published > datetime.now(UTC):
        raise UsageError("published: a publication date in the future is not accepted")
    store: Store = app.state.store
    with app.state.lock:
        if app.state.resources is None:
            app.state.resources = Resources.load(settings)
        res = app.state.resources
        if body.url:
            if not settings.allow_network:
                raise UsageError("url: fetching is switched off on this server; send text or html")
            docs: list[Any] = list(iter_documents([body.url], settings))
        else:
            data = (body.text or body.html or "").encode("utf-8")
            docs = [
                RawDocument(
                    source="api",
                    data=data,
                    kind="text" if body.text else "html",
                    title=body.title,
                    outlet=body.outlet,
                    published=published,
                )
            ]
        failures: list[InputError] = []
        summary = ingest_documents(docs, settings, store, res, on_failure=failures.append)
    if failures:
        raise failures[0]
    if not summary.article_ids:
        raise UsageError("nothing to ingest")
    article = store.get_article(summary.article_ids[0])
    assert article is not None
    events = store.list_events(_article_filter(article.id), None, 500).items
    return {"article": article.to_dict(), "events": [e.to_dict() for e in events], "summary": summary.line()}


def _mount_pages(app: FastAPI) -> None:
    """Dashboard pages and vendored static files (no CDN, no tile server)."""
    from .web.pages import router

    app.mount("/static", StaticFiles(directory=WEB / "static"), name="static")
    app.include_router(router)


def app_from_env() -> FastAPI:
    """Application factory for `uvicorn --factory frontwatch.api:app_from_env` (several workers)."""
    return create_app(Settings())
