"""Dashboard pages, rendered on the server with Jinja2 (autoescaped) over the store.

Every piece of article text, comment and URL goes through Jinja's escaping; links to the
outside are made only from http(s) URLs (`safe_href`), so a report carrying `<script>` or a
`javascript:` link shows as text.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import urlencode, urlsplit

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates
from starlette.exceptions import HTTPException

from ..analyze.stories import verdict_of
from ..errors import UsageError
from ..models import EVENT_TYPES, FACTUALITY_VALUES, Article, Event, EventFilter
from ..query import event_filter
from ..store import Store

PAGE_SIZE = 100


def safe_href(url: str | None) -> str | None:
    """The URL when it is an absolute http(s) link, else None: never a `javascript:` href."""
    if not url:
        return None
    value = url.strip()
    parts = urlsplit(value)
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc or any(c.isspace() for c in value):
        return None
    return value


templates = Jinja2Templates(directory=str(Path(__file__).parent / "templates"))
templates.env.filters["safe_href"] = safe_href
router = APIRouter(include_in_schema=False)


@dataclass(frozen=True)
class Segment:
    """A run of article text, plain (kind "") or highlighted as trigger, actor or place."""

    text: str
    kind: str
    title: str = ""


def _spans(text: str, needle: str, base: int, limit: int) -> Iterable[tuple[int, int]]:
    if not needle:
        return
    at = text.find(needle, base, limit)
    if at >= 0:
        yield at, at + len(needle)


def highlight(article: Article, events: list[Event]) -> list[Segment]:
    """Split the article text into segments with each event's trigger, actors and place marked."""
    marks: dict[tuple[int, int], tuple[str, str]] = {}
    for e in events:
        lo, hi = e.evidence.start, e.evidence.end
        for span in _spans(article.text, e.evidence.trigger, lo, hi):
            marks[span] = ("trigger", f"{e.event_type} ({e.factuality})")
        for who in (*e.actors, *e.recipients):
            for span in _spans(article.text, who.text, lo, hi):
                marks.setdefault(span, ("actor", f"{who.name} · {who.country or '?'} {who.sector or ''}"))
        if e.location is not None and not e.location.dominant:
            for span in _spans(article.text, e.location.text, lo, hi):
                marks.setdefault(span, ("place", f"{e.location.name} · {e.location.precision}"))
    segments: list[Segment] = []
    pos = 0
    for (start, end), (kind, title) in sorted(marks.items()):
        if start < pos:  # overlapping mark: keep the earlier one
            continue
        segments.append(Segment(article.text[pos:start], ""))
        segments.append(Segment(article.text[start:end], kind, title))
        pos = end
    segments.append(Segment(article.text[pos:], ""))
    return [s for s in segments if s.text]


def _store(request: Request) -> Store:
    return request.app.state.store  # type: ignore[no-any-return]


def _verdicts(store: Store, events: Iterable[Event]) -> dict[str, str | None]:
    return {e.id: verdict_of(store.list_reviews(e.id)) for e in events}


def _filter_from(params: dict[str, Any]) -> EventFilter:
    try:
        return event_filter(
            [params["type"]] if params.get("type") else None,
            None,
            None,
            params.get("country") or None,
            [params["factuality"]] if params.get("factuality") else None,
            params.get("since") or None,
            params.get("until") or None,
        )
    except UsageError as exc:
        raise HTTPException(422, str(exc)) from None


Param = Annotated[str | None, Query(max_length=20)]


@router.get("/", response_class=HTMLResponse)
def index(
    request: Request,
    type: Param = None,
    country: Param = None,
    factuality: Param = None,
    since: Param = None,
    until: Param = None,
    cursor: Annotated[str | None, Query(max_length=300)] = None,
) -> Any:
    """Map, timeline and a filterable table of events (one page of the table at a time)."""
    params = {"type": type, "country": country, "factuality": factuality, "since": since, "until": until}
    flt = _filter_from(params)
    store = _store(request)
    try:
        page = store.list_events(flt, cursor or None, PAGE_SIZE)
    except UsageError as exc:
        raise HTTPException(422, str(exc)) from None
    articles = {a: store.get_article(a) for a in {e.article_id for e in page.items}}
    given = {k: v for k, v in params.items() if v}
    return templates.TemplateResponse(
        request,
        "index.html",
        {
            "events": page.items,
            "articles": articles,
            "verdicts": _verdicts(store, page.items),
            "params": {k: v or "" for k, v in params.items()},
            "types": EVENT_TYPES,
            "factualities": FACTUALITY_VALUES,
            "next_url": "/?" + urlencode({**given, "cursor": page.next}) if page.next else None,
            "first_url": "/?" + urlencode(given) if cursor else None,
        },
    )


@router.get("/events/{event_id}", response_class=HTMLResponse)
def event_page(request: Request, event_id: str) -> Any:
    """One event: its facts, the evidence sentence, its source and the review log."""
    store = _store(request)
    event = store.get_event(event_id)
    if event is None:
        raise HTTPException(404, f"no event {event_id}")
    article = store.get_article(event.article_id)
    reviews = store.list_reviews(event_id)
    return templates.TemplateResponse(
        request,
        "event.html",
        {"event": event, "article": article, "reviews": reviews, "verdict": verdict_of(reviews)},
    )


@router.get("/stories/{story_id}", response_class=HTMLResponse)
def story_page(request: Request, story_id: str) -> Any:
    """One story and every report of it, with outlet and evidence."""
    store = _store(request)
    story = store.get_story(story_id)
    if story is None:
        raise HTTPException(404, f"no story {story_id}")
    reports = []
    for eid in story.event_ids:
        event = store.get_event(eid)
        if event is not None:
            reports.append((event, store.get_article(event.article_id)))
    reports.sort(key=lambda r: r[1].published.isoformat() if r[1] and r[1].published else "~")
    return templates.TemplateResponse(
        request,
        "story.html",
        {"story": story, "reports": reports, "verdicts": _verdicts(store, (e for e, _ in reports))},
    )


@router.get("/articles/{article_id}", response_class=HTMLResponse)
def article_page(request: Request, article_id: str) -> Any:
    """An article's text with triggers, actors and places highlighted."""
    store = _store(request)
    article = store.get_article(article_id)
    if article is None:
        raise HTTPException(404, f"no article {article_id}")
    events = store.list_events(EventFilter(article_id=article_id), None, 500).items
    return templates.TemplateResponse(
        request,
        "article.html",
        {
            "article": article,
            "events": events,
            "segments": highlight(article, events),
            "verdicts": _verdicts(store, events),
        },
    )


@router.get("/alerts", response_class=HTMLResponse)
def alerts_page(request: Request, cursor: Annotated[str | None, Query(max_length=300)] = None) -> Any:
    """Alerts fired by watch rules, latest first, with links to their stories."""
    store = _store(request)
    try:
        page = store.list_alerts(cursor or None, PAGE_SIZE)
    except UsageError as exc:
        raise HTTPException(422, str(exc)) from None
    stories = {sid: store.get_story(sid) for a in page.items for sid in a.story_ids}
    return templates.TemplateResponse(
        request,
        "alerts.html",
        {
            "alerts": page.items,
            "stories": stories,
            "next_url": "/alerts?" + urlencode({"cursor": page.next}) if page.next else None,
        },
    )


def api_page(request: Request, schema: dict[str, Any]) -> HTMLResponse:
    """The API's endpoints and parameters from its OpenAPI schema (offline: no Swagger UI)."""
    operations = []
    for path, methods in schema.get("paths", {}).items():
        for method, op in methods.items():
            params = [
                (p["name"], p.get("in", ""), p.get("required", False), p.get("description", ""))
                for p in op.get("parameters", [])
            ]
            operations.append(
                {
                    "method": method.upper(),
                    "path": path,
                    "summary": op.get("summary", ""),
                    "description": op.get("description", ""),
                    "params": params,
                    "body": "requestBody" in op,
                    "auth": "security" in op,
                }
            )
    return templates.TemplateResponse(request, "api.html", {"operations": operations})


def error_page(request: Request, status: int, message: str) -> HTMLResponse:
    """A page for a dashboard error (the API answers errors in JSON)."""
    return templates.TemplateResponse(
        request, "error.html", {"status": status, "message": message}, status_code=status
    )
