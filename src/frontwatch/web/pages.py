"""Dashboard pages, rendered on the server with Jinja2 (autoescaped) over the store."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates
from starlette.exceptions import HTTPException

from ..errors import UsageError
from ..models import EVENT_TYPES, FACTUALITY_VALUES, Article, Event, EventFilter
from ..query import event_filter
from ..store import Store

templates = Jinja2Templates(directory=str(Path(__file__).parent / "templates"))
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
) -> Any:
    """Map, timeline and a filterable table of events."""
    params = {"type": type, "country": country, "factuality": factuality, "since": since, "until": until}
    flt = _filter_from(params)
    store = _store(request)
    page = store.list_events(flt, None, 200)
    articles = {a: store.get_article(a) for a in {e.article_id for e in page.items}}
    return templates.TemplateResponse(
        request,
        "index.html",
        {
            "events": page.items,
            "articles": articles,
            "params": {k: v or "" for k, v in params.items()},
            "types": EVENT_TYPES,
            "factualities": FACTUALITY_VALUES,
            "more": page.next is not None,
        },
    )


@router.get("/events/{event_id}", response_class=HTMLResponse)
def event_page(request: Request, event_id: str) -> Any:
    store = _store(request)
    event = store.get_event(event_id)
    if event is None:
        raise HTTPException(404, f"no event {event_id}")
    article = store.get_article(event.article_id)
    reviews = store.list_reviews(event_id)
    return templates.TemplateResponse(
        request, "event.html", {"event": event, "article": article, "reviews": reviews}
    )


@router.get("/stories/{story_id}", response_class=HTMLResponse)
def story_page(request: Request, story_id: str) -> Any:
    store = _store(request)
    story = store.get_story(story_id)
    if story is None:
        raise HTTPException(404, f"no story {story_id}")
    reports = []
    for eid in story.event_ids:
        event = store.get_event(eid)
        if event is not None:
            reports.append((event, store.get_article(event.article_id)))
    reports.sort(key=lambda r: r[1].published.isoformat() if r[1] and r[1].published else "")
    return templates.TemplateResponse(request, "story.html", {"story": story, "reports": reports})


@router.get("/articles/{article_id}", response_class=HTMLResponse)
def article_page(request: Request, article_id: str) -> Any:
    store = _store(request)
    article = store.get_article(article_id)
    if article is None:
        raise HTTPException(404, f"no article {article_id}")
    events = store.list_events(EventFilter(article_id=article_id), None, 500).items
    return templates.TemplateResponse(
        request,
        "article.html",
        {"article": article, "events": events, "segments": highlight(article, events)},
    )


@router.get("/alerts", response_class=HTMLResponse)
def alerts_page(request: Request) -> Any:
    alerts = _store(request).list_alerts(None, 200).items
    return templates.TemplateResponse(request, "alerts.html", {"alerts": alerts})
