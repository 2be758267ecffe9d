"""The HTTP API and dashboard pages: thin routes over the store and the pipeline.

Lists come as `{"items": [...], "next": CURSOR|null}` (pass `cursor=CURSOR` for the next page);
every error as `{"error": {"status": N, "message": "..."}}`. Parameters are strict: an unknown
or repeated query parameter, a bad date or an unknown event type is a 422 that says which.
Writes need `Authorization: Bearer TOKEN` (`FRONTWATCH_TOKEN`, else a token file created on
first run and printed once).
"""

from __future__ import annotations

import hmac
import json
import logging
import os
import secrets
import sys
import threading
from collections.abc import Awaitable, Callable, Mapping, MutableMapping
from dataclasses import is_dataclass, replace
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Annotated, Any, Literal, get_args, get_origin

from fastapi import Depends, FastAPI, Query, Request, Response
from fastapi import Path as PathParam
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse
from fastapi.routing import APIRoute
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from fastapi.staticfiles import StaticFiles
from pydantic import BaseModel, ConfigDict, Field, create_model, model_validator
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException as StarletteHTTPException

from . import __version__
from .analyze.stories import verdict_of
from .config import Settings
from .errors import AuthError, FrontwatchError, InputError, UsageError
from .models import Alert, Article, Event, EventFilter, RawDocument, Review, Story
from .query import event_filter, parse_date, parse_datetime
from .store import ArticleFilter, Page, Store, open_store
from .store.base import decode_cursor, encode_cursor

log = logging.getLogger(__name__)

MAX_BODY_BYTES = 2 * 1024 * 1024
WEB = Path(__file__).parent / "web"
SECURITY_HEADERS = {
    # Pages are server-rendered and escaped; the policy is a second line: no inline script,
    # nothing loaded from another origin (the dashboard works with no internet).
    "content-security-policy": (
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
        "img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; "
        "form-action 'self'; frame-ancestors 'none'"
    ),
    "x-content-type-options": "nosniff",
    "referrer-policy": "no-referrer",
}

ASGIApp = Callable[
    [MutableMapping[str, Any], Callable[[], Awaitable[Any]], Callable[[Any], Awaitable[None]]],
    Awaitable[None],
]


def load_token(settings: Settings) -> str:
    """`FRONTWATCH_TOKEN`, else the token file in the cache dir (created and printed once)."""
    env = os.environ.get("FRONTWATCH_TOKEN", "").strip()
    if env:
        return env
    path = settings.cache_dir / "token"
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:  # made earlier, or just now by another worker process
        token = path.read_text(encoding="utf-8").strip()
        if token:
            return token
        raise UsageError(f"the token file {path} is empty: delete it or set FRONTWATCH_TOKEN") from None
    token = secrets.token_urlsafe(32)
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        fh.write(token + "\n")
    print(f"frontwatch: created the API token (kept in {path}): {token}", file=sys.stderr)
    return token


# parameters and bodies ------------------------------------------------------------------------
Limit = Annotated[int, Query(ge=1, le=500, description="Items per page (1–500).")]
Cursor = Annotated[
    str | None, Query(min_length=1, max_length=300, description="`next` of the previous page.")
]
Code = Annotated[
    str | None, Query(pattern=r"^[A-Za-z]{2,6}$", description="Country or IGO code (RUS, NATO).")
]
Day = Annotated[str | None, Query(pattern=r"^\d{4}-\d{2}-\d{2}$", description="YYYY-MM-DD")]
Id = Annotated[str, PathParam(min_length=1, max_length=128)]
Types = Annotated[
    list[str] | None,
    Query(max_length=16, description="Event type; repeat or separate with commas (ASSAULT,COERCE)."),
]
Facts = Annotated[
    list[str] | None, Query(max_length=4, description="actual, future, hypothetical or negated.")
]
RecordId = Annotated[str | None, Query(pattern=r"^[0-9a-f]{1,64}$")]


class IngestRequest(BaseModel):
    """A report pushed by another tool: exactly one of text, html or url."""

    model_config = ConfigDict(extra="forbid")

    text: str | None = Field(default=None, max_length=1_000_000)
    html: str | None = Field(default=None, max_length=1_500_000)
    url: str | None = Field(default=None, max_length=2048, pattern=r"^https?://[^\s/]+")
    title: str | None = Field(default=None, max_length=1000)
    outlet: str | None = Field(default=None, max_length=200)
    published: str | None = Field(default=None, max_length=40, description="ISO 8601, UTC when no offset.")

    @model_validator(mode="after")
    def _one_body(self) -> IngestRequest:
        given = [k for k in ("text", "html", "url") if getattr(self, k) is not None]
        if len(given) != 1:
            raise ValueError("give exactly one of text, html or url")
        if not str(getattr(self, given[0])).strip():
            raise ValueError(f"{given[0]} is empty")
        return self


class ReviewRequest(BaseModel):
    """An analyst's verdict on one event."""

    model_config = ConfigDict(extra="forbid")

    verdict: Literal["verified", "disputed", "wrong"]
    comment: str = Field(default="", max_length=5000)
    author: str | None = Field(default=None, min_length=1, max_length=200)


def _split(values: list[str] | None) -> list[str] | None:
    """Repeated and comma-separated values as one list."""
    if not values:
        return None
    return [v.strip() for value in values for v in value.split(",") if v.strip()] or None


async def events_filter(
    type: Types = None,
    actor: Code = None,
    recipient: Code = None,
    country: Code = None,
    factuality: Facts = None,
    since: Day = None,
    until: Day = None,
    min_confidence: Annotated[float | None, Query(ge=0, le=1, allow_inf_nan=False)] = None,
) -> EventFilter:
    """The CLI's event filters, checked by `query.event_filter`."""
    return event_filter(
        _split(type), actor, recipient, country, _split(factuality), since, until, min_confidence
    )


EventFilterDep = Annotated[EventFilter, Depends(events_filter)]
_bearer = HTTPBearer(auto_error=False, description="The server's token (FRONTWATCH_TOKEN or its token file).")


def require_token(
    request: Request, credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)]
) -> None:
    """Writes need `Authorization: Bearer TOKEN`; anything else is a 401."""
    expected = str(request.app.state.token).encode()
    given = credentials.credentials.encode("utf-8", "replace") if credentials is not None else b""
    if not hmac.compare_digest(given, expected):
        raise AuthError("a valid 'Authorization: Bearer TOKEN' header is required")


Auth = Annotated[None, Depends(require_token)]


# responses ------------------------------------------------------------------------------------
# List bodies are written by hand (from stored JSON records where the store has them): these
# models only document their shape in the OpenAPI schema; nothing is validated on the way out.
def _page_model(name: str, item: type[Any], noun: str) -> type[BaseModel]:
    """The schema of a page of `item` records: the items and the cursor of the next page."""
    model: type[BaseModel] = create_model(
        name,
        __doc__=f"A page of {noun}.",
        items=(list[item], ...),  # type: ignore[valid-type]
        next=(str | None, Field(description="`cursor` for the next page; null on the last page.")),
    )
    return model


EventPage = _page_model("EventPage", Event, "events")
ArticlePage = _page_model("ArticlePage", Article, "articles")
StoryPage = _page_model("StoryPage", Story, "stories")
AlertPage = _page_model("AlertPage", Alert, "alerts")


class ErrorDetail(BaseModel):
    status: int
    message: str = Field(description="What was wrong, naming the parameter or field.")


class ErrorBody(BaseModel):
    """Every error answer (400–500) has this shape."""

    error: ErrorDetail


def _documents(page: type[BaseModel]) -> dict[int | str, dict[str, Any]]:
    return {200: {"model": page, "description": page.__doc__ or ""}}


def _encode(value: Any) -> Any:
    """json.dumps fallback for records: the same fields and ISO dates as `to_dict`."""
    if is_dataclass(value) and not isinstance(value, type):
        return vars(value)
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    raise TypeError(f"cannot serialise {type(value).__name__}")


def _json(content: Any, status: int = 200) -> Response:
    """Records to JSON by the C encoder: FastAPI's generic encoder took most of a list
    request's time (benchmarks/README.md)."""
    body = json.dumps(content, default=_encode, ensure_ascii=False, allow_nan=False, separators=(",", ":"))
    return Response(body.encode("utf-8"), status_code=status, media_type="application/json")


def _page(page: Page[Any]) -> Response:
    return _json({"items": page.items, "next": page.next})


def _json_page(page: Page[str]) -> Response:
    """A page whose items are JSON text already (the store's records): joined, not re-encoded."""
    after = "null" if page.next is None else json.dumps(page.next)
    body = f'{{"items":[{",".join(page.items)}],"next":{after}}}'
    return Response(body.encode("utf-8"), media_type="application/json")


# errors ---------------------------------------------------------------------------------------
def _error(status: int, message: str, headers: Mapping[str, str] | None = None) -> JSONResponse:
    return JSONResponse(
        {"error": {"status": status, "message": message}}, status_code=status, headers=headers
    )


def _error_response(
    request: Request, status: int, message: str, headers: Mapping[str, str] | None = None
) -> Any:
    """JSON for the API, a small HTML page for the dashboard."""
    path = request.url.path
    if path.startswith(("/api", "/openapi", "/static")) or "text/html" not in request.headers.get(
        "accept", ""
    ):
        return _error(status, message, headers)
    from .web.pages import error_page

    return error_page(request, status, message)


def _is_list(annotation: Any) -> bool:
    if get_origin(annotation) is list:
        return True
    return any(get_origin(arg) is list for arg in get_args(annotation))


def _known_params(route: APIRoute) -> dict[str, bool]:
    """A route's query parameters (its dependencies' included): name → takes a list."""
    known: dict[str, bool] = {}
    stack = [route.dependant]
    while stack:
        dep = stack.pop()
        for p in dep.query_params:
            known[p.alias] = _is_list(p.field_info.annotation)
        stack.extend(dep.dependencies)
    return known


async def _check_query(request: Request) -> None:
    """Strict parameters: refuse unknown query parameters and repeated single-valued ones.
    (`async`: a plain function dependency costs a trip through the thread pool per request.)"""
    route = request.scope.get("route")
    if not isinstance(route, APIRoute):
        return
    cache: dict[int, dict[str, bool]] = request.app.state.known_params  # routes live as long as the app
    known = cache.get(id(route))
    if known is None:
        known = cache[id(route)] = _known_params(route)
    seen: dict[str, int] = {}
    for key, _ in request.query_params.multi_items():
        seen[key] = seen.get(key, 0) + 1
    unknown = sorted(k for k in seen if k not in known)
    if unknown:
        allowed = ", ".join(sorted(known)) or "none"
        raise UsageError(
            f"unknown query parameter {', '.join(repr(k) for k in unknown)} (allowed: {allowed})"
        )
    repeated = sorted(k for k, n in seen.items() if n > 1 and not known[k])
    if repeated:
        raise UsageError(f"query parameter {', '.join(repr(k) for k in repeated)} given more than once")


class BodyLimit:
    """Refuse request bodies over `limit` bytes (413), declared or streamed (chunked)."""

    def __init__(self, app: ASGIApp, limit: int) -> None:
        self.app, self.limit = app, limit

    async def __call__(self, scope: MutableMapping[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = dict(scope["headers"]).get(b"content-length")
        if declared is not None and (not declared.isdigit() or int(declared) > self.limit):
            await _error(413, f"request body over {self.limit} bytes")(scope, receive, send)
            return
        if declared is not None or scope.get("method") in ("GET", "HEAD", "OPTIONS"):
            await self.app(scope, receive, send)
            return
        # no Content-Length (chunked): read the body here, up to the limit, then replay it
        body, more = b"", True
        while more:
            message = await receive()
            if message["type"] != "http.request":
                break
            body += message.get("body", b"")
            more = message.get("more_body", False)
            if len(body) > self.limit:
                await _error(413, f"request body over {self.limit} bytes")(scope, receive, send)
                return
        replayed = False

        async def replay() -> Any:
            nonlocal replayed
            if replayed:
                return await receive()
            replayed = True
            return {"type": "http.request", "body": body, "more_body": False}

        await self.app(scope, replay, send)


class SecurityHeaders:
    """The content security policy and friends on pages; no caching of API answers."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app
        self.page = [(k.encode(), v.encode()) for k, v in SECURITY_HEADERS.items()]
        self.api = [(b"x-content-type-options", b"nosniff"), (b"cache-control", b"no-store")]

    async def __call__(self, scope: MutableMapping[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        extra = self.api if scope["path"].startswith("/api/") else self.page

        async def with_headers(message: Any) -> None:
            if message["type"] == "http.response.start":
                have = {k.lower() for k, _ in message.get("headers", [])}
                message["headers"] = [*message.get("headers", []), *(h for h in extra if h[0] not in have)]
            await send(message)

        await self.app(scope, receive, with_headers)


# the application ------------------------------------------------------------------------------
def create_app(
    settings: Settings, store: Store | None = None, token: str | None = None, resources: Any = None
) -> FastAPI:
    """The FastAPI application over one store. `resources` (pipeline.Resources) are loaded on
    the first ingest when not given."""
    app = FastAPI(
        title="frontwatch",
        version=__version__,
        description=__doc__,
        docs_url=None,  # Swagger UI and ReDoc load from a CDN: the offline /api page replaces them
        redoc_url=None,
        dependencies=[Depends(_check_query)],
        responses={422: {"model": ErrorBody, "description": "Invalid parameters or body"}},
    )
    app.state.store = store or open_store(settings.db_url)
    app.state.token = token or load_token(settings)
    app.state.resources = resources
    app.state.lock = threading.Lock()
    app.state.settings = settings
    app.state.known_params = {}

    @app.exception_handler(FrontwatchError)
    async def _frontwatch_error(request: Request, exc: FrontwatchError) -> Any:
        headers = {"WWW-Authenticate": "Bearer"} if isinstance(exc, AuthError) else None
        return _error_response(request, exc.http_status, str(exc), headers)

    @app.exception_handler(RequestValidationError)
    async def _validation_error(request: Request, exc: RequestValidationError) -> Any:
        parts = []
        for e in exc.errors():
            where = ".".join(str(x) for x in e.get("loc", ()) if x not in ("body", "query", "path"))
            msg = str(e.get("msg", "invalid")).removeprefix("Value error, ")
            parts.append(f"{where}: {msg}" if where else msg)
        return _error_response(request, 422, "; ".join(parts) or "invalid request")

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(request: Request, exc: StarletteHTTPException) -> Any:
        return _error_response(request, exc.status_code, str(exc.detail), exc.headers)

    @app.exception_handler(Exception)
    async def _server_error(request: Request, exc: Exception) -> Any:
        log.exception("unhandled error on %s %s", request.method, request.url.path)
        return _error(500, "internal error (see the server log)")

    app.add_middleware(SecurityHeaders)
    app.add_middleware(BodyLimit, limit=MAX_BODY_BYTES)

    def db() -> Store:
        return app.state.store  # type: ignore[no-any-return]

    @app.get("/api/articles", summary="Articles, oldest ingested first", responses=_documents(ArticlePage))
    def list_articles(
        since: Day = None,
        until: Day = None,
        outlet: Annotated[str | None, Query(min_length=1, max_length=200)] = None,
        duplicates: bool = True,
        cursor: Cursor = None,
        limit: Limit = 50,
    ) -> Response:
        """Articles (with their text: this is your own store). `since`/`until` are on the
        publication day; `duplicates=false` leaves out near-duplicate re-posts."""
        start, end = parse_date(since, "since"), parse_date(until, "until")
        if start and end and start > end:
            raise UsageError("since is after until")
        flt = ArticleFilter(
            since=datetime(start.year, start.month, start.day, tzinfo=UTC) if start else None,
            until=datetime(end.year, end.month, end.day, 23, 59, 59, 999999, tzinfo=UTC) if end else None,
            outlet=outlet,
            include_duplicates=duplicates,
        )
        return _page(db().list_articles(flt, cursor, limit))

    @app.get("/api/articles/{article_id}", summary="One article with its events")
    def get_article(article_id: Id) -> dict[str, Any]:
        article = db().get_article(article_id)
        if article is None:
            raise StarletteHTTPException(404, f"no article {article_id}")
        events = db().list_events(EventFilter(article_id=article_id), None, 500).items
        return {**article.to_dict(), "events": [e.to_dict() for e in events]}

    @app.get("/api/events", summary="Events, latest event date first", responses=_documents(EventPage))
    async def list_events(
        flt: EventFilterDep,
        article: RecordId = None,
        story: RecordId = None,
        exclude_wrong: bool = False,
        cursor: Cursor = None,
        limit: Limit = 50,
    ) -> Response:
        """Coded events with the CLI's filters; `exclude_wrong=true` leaves out events whose
        latest review says wrong."""
        flt = replace(flt, article_id=article, story_id=story, exclude_wrong=exclude_wrong)
        # A coroutine: a page from a SQLite file is mostly a fraction of a millisecond of CPU
        # (tens of ms for the rarest filter combinations, benchmarks/README.md "Store"), less
        # than a plain function's hop through the thread pool costs; reads that may wait (on
        # a database server) still take the pool.
        store = db()
        if getattr(store, "local_reads", False):
            return _json_page(store.list_event_records(flt, cursor, limit))
        return _json_page(await run_in_threadpool(store.list_event_records, flt, cursor, limit))

    @app.get("/api/events/{event_id}", summary="One event with its reviews")
    def get_event(event_id: Id) -> dict[str, Any]:
        event = db().get_event(event_id)
        if event is None:
            raise StarletteHTTPException(404, f"no event {event_id}")
        reviews = db().list_reviews(event_id)
        return {
            **event.to_dict(),
            "verdict": verdict_of(reviews),
            "reviews": [r.to_dict() for r in reviews],
        }

    @app.post("/api/events/{event_id}/review", status_code=201, summary="Review an event (token)")
    def review_event(event_id: Id, body: ReviewRequest, _: Auth) -> dict[str, Any]:
        """Append a verdict to the audit log and re-derive the event's story: an event judged
        wrong leaves its story, and so trends, alerts and reports."""
        if db().get_event(event_id) is None:
            raise StarletteHTTPException(404, f"no event {event_id}")
        review = Review(
            event_id=event_id, verdict=body.verdict, comment=body.comment,
            author=(body.author or "").strip() or "api token", created_at=datetime.now(UTC),
        )  # fmt: skip
        with app.state.lock:
            stored = db().add_review(review)
            _after_review(db(), event_id)
        event = db().get_event(event_id)
        return {**stored.to_dict(), "story_id": event.story_id if event else None}

    @app.get("/api/reviews", summary="The review audit log, latest first")
    def list_reviews(
        event: RecordId = None,
        verdict: Literal["verified", "disputed", "wrong"] | None = None,
        cursor: Cursor = None,
        limit: Limit = 50,
    ) -> dict[str, Any]:
        reviews = [r for r in db().list_reviews(event) if verdict is None or r.verdict == verdict]
        reviews.sort(key=lambda r: r.id or 0, reverse=True)
        if cursor is not None:
            (last,) = decode_cursor(cursor, (int,))
            reviews = [r for r in reviews if (r.id or 0) < last]
        page = reviews[:limit]
        more = len(reviews) > limit
        return {
            "items": [r.to_dict() for r in page],
            "next": encode_cursor([page[-1].id or 0]) if more else None,
        }

    @app.get("/api/stories", summary="Stories, latest event date first", responses=_documents(StoryPage))
    def list_stories(flt: EventFilterDep, cursor: Cursor = None, limit: Limit = 50) -> Response:
        """The same real-world event merged across reports (events reviewed wrong left out)."""
        return _page(db().list_stories(flt, cursor, limit))

    @app.get("/api/stories/{story_id}", summary="One story with every report")
    def get_story(story_id: Id) -> dict[str, Any]:
        story = db().get_story(story_id)
        if story is None:
            raise StarletteHTTPException(404, f"no story {story_id}")
        reports = []
        for event in (db().get_event(eid) for eid in story.event_ids):
            if event is None:
                continue
            article = db().get_article(event.article_id)
            source = None
            if article is not None:
                source = {
                    "id": article.id, "title": article.title, "outlet": article.outlet, "url": article.url,
                    "published": article.published.isoformat() if article.published else None,
                    "duplicate_of": article.duplicate_of,
                }  # fmt: skip
            reports.append({"event": event.to_dict(), "article": source})
        return {**story.to_dict(), "reports": reports}

    @app.get("/api/trends", summary="Story counts and intensity per period")
    def get_trends(
        flt: EventFilterDep,
        by: Literal["type", "dyad", "country"] = "type",
        interval: Literal["day", "week"] = "day",
    ) -> Any:
        from .analyze import trends as tr

        return tr.to_dict(tr.trends(db(), flt, by=by, interval=interval))

    @app.get("/api/alerts", summary="Alerts, latest fired first", responses=_documents(AlertPage))
    def list_alerts(cursor: Cursor = None, limit: Limit = 50) -> Response:
        return _page(db().list_alerts(cursor, limit))

    @app.post("/api/ingest", status_code=201, summary="Push a report: text, HTML or a URL (token)")
    def ingest_report(body: IngestRequest, response: Response, _: Auth) -> dict[str, Any]:
        """Store and code one report; returns the article, its events and a summary line.
        201 when new, 200 when the same text was already stored. A URL is fetched only when
        the server allows network access."""
        result, created = _ingest(app, settings, body)
        if not created:
            response.status_code = 200
        return result

    @app.get("/api", response_class=HTMLResponse, include_in_schema=False)
    def api_page(request: Request) -> Any:
        from .web.pages import api_page as render

        return render(request, app.openapi())

    _mount_pages(app)
    return app


def _after_review(store: Store, event_id: str) -> None:
    """Re-derive the event's story so that a 'wrong' verdict leaves it out."""
    from .analyze.stories import rebuild_story_of

    rebuild_story_of(store, event_id)


def _ingest(app: FastAPI, settings: Settings, body: IngestRequest) -> tuple[dict[str, Any], bool]:
    from .ingest import iter_documents
    from .pipeline import Resources, ingest_documents

    published = parse_datetime(body.published, "published")
    if published is not None and published > datetime.now(UTC):
        raise UsageError("published: a publication date in the future is not accepted")
    if published is not None and published.year < 1900:
        raise UsageError("published: a publication date before 1900 is not accepted")
    if body.url is not None and not settings.allow_network:
        raise StarletteHTTPException(
            403, "url: this server does not fetch from the network; send text or html"
        )
    store: Store = app.state.store
    with app.state.lock:
        if app.state.resources is None:
            app.state.resources = Resources.load(settings)
        docs: list[Any]
        if body.url is not None:
            run = settings.with_(published=published, outlet=body.outlet)
            docs = list(iter_documents([body.url], run, public_only=True))  # a client's URL: no SSRF
        else:
            run = settings
            docs = [
                RawDocument(
                    source="request body",
                    data=(body.text if body.text is not None else body.html or "").encode("utf-8"),
                    kind="text" if body.text is not None else "html",
                    title=body.title,
                    outlet=body.outlet,
                    published=published,
                )
            ]
        failures: list[InputError] = []
        summary = ingest_documents(docs, run, store, app.state.resources, on_failure=failures.append)
    if failures:
        raise failures[0]
    if not summary.article_ids:
        raise UsageError("nothing to ingest")
    article = store.get_article(summary.article_ids[0])
    if article is None:
        raise UsageError("the report was read but not stored")
    events = store.list_events(EventFilter(article_id=article.id), None, 500).items
    result = {
        "article": article.to_dict(),
        "events": [e.to_dict() for e in events],
        "summary": summary.line(),
    }
    return result, summary.new + summary.duplicates > 0


def _mount_pages(app: FastAPI) -> None:
    """Dashboard pages and vendored static files (no CDN, no tile server)."""
    from .web.pages import router

    app.mount("/static", StaticFiles(directory=WEB / "static"), name="static")
    app.include_router(router)


def app_from_env() -> FastAPI:
    """Application factory for `uvicorn --factory frontwatch.api:app_from_env` (several workers)."""
    return create_app(Settings())
