"""Situation reports: what happened, what is possible or announced, claims beside their denials.

`build_report` gathers the stories of a period (and country) into a `Report` of plain data;
`to_markdown` and `to_html` render it. The HTML is one self-contained file: inline CSS, the
activity chart and the map as base64 PNG, a Content-Security-Policy that forbids loading
anything, every text escaped; the only URLs in it are links to the articles themselves.

Sections:
  * Key developments — stories ranked by sources (distinct outlets) × |intensity|.
  * What happened — stories whose reports assert them as actual.
  * Possible or announced — stories reported as future or hypothetical, kept apart.
  * Claims and counter-claims — a story asserted by one party and denied by another, shown
    side by side with the claimants (the attributed party, or the outlet in its own voice); a
    denial with no claim in its own story is set beside the period's claims of the same type
    and actor countries.
  * Alerts that fired in the period, activity per day, and a map of the stories' places.
Every story lists its evidence sentences with the outlets (linked to the article URLs) that
carry them. Events whose latest review is "wrong" are left out; "disputed" ones are marked.
A story is in the period by its event date; an undated story by its articles' publication.
"""

from __future__ import annotations

import base64
import io
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlsplit

from .. import __version__
from ..models import Alert, Article, Event, EventFilter, Story
from ..store import ArticleFilter, Store, iter_pages
from ..store.base import story_matches
from .basemap import MapPoint, map_extent, reference_cities, render_map
from .stories import factuality_class, latest_verdict

TOP = 10
MAX_QUOTES = 6
_PAGE = 500
TEMPLATES = Path(__file__).with_name("templates")

# (verb, preposition before the recipient) for a readable headline of each PLOVER type
VERBS: dict[str, tuple[str, str]] = {
    "AGREE": ("agrees", "with"), "CONSULT": ("consults", "with"), "SUPPORT": ("supports", ""),
    "CONCEDE": ("concedes", "to"), "COOPERATE": ("cooperates", "with"), "AID": ("aids", ""),
    "RETREAT": ("retreats", "from"), "REQUEST": ("makes a request", "of"), "ACCUSE": ("accuses", ""),
    "REJECT": ("rejects", ""), "THREATEN": ("threatens", ""), "PROTEST": ("protests", "against"),
    "SANCTION": ("sanctions", ""), "MOBILIZE": ("mobilizes", "against"), "COERCE": ("coerces", ""),
    "ASSAULT": ("attacks", ""),
}  # fmt: skip
OWN_VOICE = "the outlet, in its own voice"
LABELS = {"future": "announced", "hypothetical": "possible", "negated": "denied", "actual": "reported"}


# 1. the report as plain data -----------------------------------------------------------------
@dataclass(frozen=True)
class Outlet:
    """One article carrying a sentence: the outlet's name and the article's link."""

    name: str
    url: str | None
    published: datetime | None


@dataclass(frozen=True)
class Quote:
    """An evidence sentence, who asserts it, and every article carrying it."""

    sentence: str
    factuality: str
    claimant: str  # the attributed party, or OWN_VOICE
    disputed: bool
    outlets: tuple[Outlet, ...]
    event_ids: tuple[str, ...]


@dataclass(frozen=True)
class Item:
    """One story in the report."""

    story: Story
    headline: str
    score: float
    quotes: tuple[Quote, ...]
    disputed: bool

    @property
    def claims(self) -> tuple[Quote, ...]:
        return tuple(q for q in self.quotes if q.factuality != "negated")

    @property
    def denials(self) -> tuple[Quote, ...]:
        return tuple(q for q in self.quotes if q.factuality == "negated")


@dataclass(frozen=True)
class ClaimPair:
    """A claim and its counter-claim (denial), with who makes each."""

    topic: str
    claims: tuple[Quote, ...]
    denials: tuple[Quote, ...]
    story_ids: tuple[str, ...]

    @property
    def claimants(self) -> list[str]:
        return list(dict.fromkeys(q.claimant for q in self.claims))

    @property
    def deniers(self) -> list[str]:
        return list(dict.fromkeys(q.claimant for q in self.denials))


@dataclass(frozen=True)
class Report:
    """Everything a situation report shows, ready to render."""

    since: date | None
    until: date | None
    country: str | None
    generated_at: datetime
    version: str
    key: tuple[Item, ...]
    happened: tuple[Item, ...]
    expected: tuple[Item, ...]
    claims: tuple[ClaimPair, ...]
    alerts: tuple[Alert, ...]
    activity: tuple[tuple[date, int, int, int], ...]  # day, happened, expected, denied
    places: tuple[tuple[float, float, str, str, int], ...]  # lat, lon, name, class, articles
    num_stories: int
    num_articles: int

    @property
    def title(self) -> str:
        where = self.country or "all countries"
        start = self.since.isoformat() if self.since else "…"
        end = self.until.isoformat() if self.until else "…"
        return f"Situation report: {where}, {start} to {end}"


# 2. gathering --------------------------------------------------------------------------------
def _names(entities: Iterable[Any]) -> str:
    names = list(dict.fromkeys(e.name for e in entities))
    return " and ".join(names)


def headline(story: Story) -> str:
    """A one-line summary: who does what to whom, where, when, and how it is reported."""
    verb, prep = VERBS.get(story.event_type, (story.event_type.lower(), ""))
    actors = _names(story.actors) or "An unidentified actor"
    if len({e.name for e in story.actors}) > 1:  # "Russia and Belarus mobilize"
        first, _, rest = verb.partition(" ")
        verb = f"{first.removesuffix('s')} {rest}".strip()
    text = f"{actors} {verb}"
    if story.recipients:
        text += f" {prep} {_names(story.recipients)}".replace("  ", " ")
    if story.mode:
        text += f" ({story.mode})"
    if story.location is not None:
        text += f" in {story.location.name}"
    if story.date is not None:
        text += f" on {story.date.isoformat()}"
    label = "" if story.factuality == "actual" else f" [{LABELS.get(story.factuality, story.factuality)}]"
    return f"{text}{label} — {story.event_type}"


def score(story: Story) -> float:
    """Rank of a key development: sources (distinct outlets) × |intensity|."""
    return round(story.num_outlets * abs(story.intensity), 3)


def _outlet_name(article: Article | None) -> str:
    if article is None:
        return "unknown outlet"
    if article.outlet:
        return article.outlet
    host = urlsplit(article.url).hostname if article.url else None
    return host or "unknown outlet"


def safe_url(url: str | None) -> str | None:
    """The URL when it is an http(s) link, else None (no javascript: or data: links)."""
    if not url:
        return None
    parts = urlsplit(url.strip())
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    return quote(url.strip(), safe=":/?#[]@!$&'*+,;=%-._~")


def _claimant(event: Event, article: Article | None) -> str:
    if event.attribution is not None:
        who = event.attribution.name or event.attribution.text
        country = event.attribution.country
        return f"{who} ({country})" if country and country not in who else who
    return OWN_VOICE


def _quotes(members: Sequence[tuple[Event, Article | None, bool]]) -> tuple[Quote, ...]:
    """Group a story's reports by sentence, claimant and factuality (re-posts share a line)."""
    groups: dict[tuple[str, str, str], list[tuple[Event, Article | None, bool]]] = {}
    for event, article, disputed in members:
        key = (" ".join(event.evidence.sentence.split()), _claimant(event, article), event.factuality)
        groups.setdefault(key, []).append((event, article, disputed))
    quotes = []
    for (sentence, claimant, factuality), items in groups.items():
        outlets = tuple(
            dict.fromkeys(
                Outlet(_outlet_name(a), safe_url(a.url if a else None), a.published if a else None)
                for _, a, _ in items
            )
        )
        quotes.append(
            Quote(sentence, factuality, claimant, any(d for _, _, d in items), outlets,
                  tuple(e.id for e, _, _ in items))
        )  # fmt: skip
    return tuple(quotes)


def _day_start(day: date) -> datetime:
    return datetime.combine(day, time(0), tzinfo=UTC)


def _all_stories(store: Store, flt: EventFilter) -> list[Story]:
    return list(iter_pages(lambda c: store.list_stories(flt, c, _PAGE)))


def _period_stories(store: Store, since: date | None, until: date | None, country: str | None) -> list[Story]:
    """Dated stories in the period, plus undated ones whose articles were published in it."""
    flt = EventFilter(country=country, since=since, until=until)
    stories = {s.id: s for s in _all_stories(store, flt)}
    if since is None and until is None:
        return list(stories.values())
    art_flt = ArticleFilter(
        since=_day_start(since) if since else None,
        until=_day_start(until + timedelta(days=1)) - timedelta(microseconds=1) if until else None,
    )
    by_country = EventFilter(country=country)
    cursor: str | None = None
    while True:
        page = store.list_articles(art_flt, cursor, _PAGE)
        for article in page.items:
            for event in store.list_events(EventFilter(article_id=article.id), None, 1000).items:
                if event.date is None and event.story_id and event.story_id not in stories:
                    story = store.get_story(event.story_id)
                    if story is not None and story.date is None and story_matches(story, by_country):
                        stories[story.id] = story
        if page.next is None:
            return list(stories.values())
        cursor = page.next


def _item(store: Store, story: Story, articles: dict[str, Article | None]) -> Item | None:
    members: list[tuple[Event, Article | None, bool]] = []
    for event_id in story.event_ids:
        event = store.get_event(event_id)
        if event is None:
            continue
        verdict = latest_verdict(store, event_id)
        if verdict == "wrong":
            continue
        if event.article_id not in articles:
            articles[event.article_id] = store.get_article(event.article_id)
        members.append((event, articles[event.article_id], verdict == "disputed"))
    if not members:
        return None
    quotes = _quotes(members)
    return Item(story, headline(story), score(story), quotes, any(q.disputed for q in quotes))


def _countries(entities: Iterable[Any]) -> set[str]:
    return {e.country for e in entities if e.country}


def _claim_pairs(items: Sequence[Item]) -> list[ClaimPair]:
    """Claims with denials inside one story, then denial-only stories beside matching claims."""
    pairs = [
        ClaimPair(it.headline, it.claims, it.denials, (it.story.id,))
        for it in items
        if it.claims and it.denials
    ]
    claims = [it for it in items if it.claims]
    for denial in (it for it in items if not it.claims):
        actors = _countries(denial.story.actors)
        related = [
            it for it in claims
            if it.story.event_type == denial.story.event_type
            and (_countries(it.story.actors) & actors or not actors)
        ]  # fmt: skip
        if related:
            best = max(related, key=lambda it: (it.story.num_outlets, it.story.num_articles, it.story.id))
            pairs.append(
                ClaimPair(best.headline, best.claims, denial.denials, (best.story.id, denial.story.id))
            )
        else:
            pairs.append(ClaimPair(denial.headline, (), denial.denials, (denial.story.id,)))
    return pairs


def _alerts(store: Store, since: date | None, until: date | None) -> list[Alert]:
    found: list[Alert] = []
    cursor: str | None = None
    while True:
        page = store.list_alerts(cursor, _PAGE)
        for alert in page.items:
            last = (alert.window_end - timedelta(seconds=1)).date()
            if (since is None or last >= since) and (until is None or last <= until):
                found.append(alert)
        if page.next is None:
            break
        cursor = page.next
    return sorted(found, key=lambda a: (a.window_end, a.rule))


def _day_of(story: Story) -> date | None:
    """A story's day for the activity chart: its event date, else when it was first reported."""
    if story.date is not None:
        return story.date
    return story.first_reported.date() if story.first_reported else None


def _activity(
    items: Sequence[Item], since: date | None, until: date | None
) -> list[tuple[date, int, int, int]]:
    days = [d for it in items if (d := _day_of(it.story)) is not None]
    if not days:
        return []
    first, last = since or min(days), until or max(days)
    counts: dict[date, list[int]] = {}
    column = {"happened": 0, "expected": 1, "denied": 2}
    for it in items:
        day = _day_of(it.story)
        if day is not None and first <= day <= last:
            counts.setdefault(day, [0, 0, 0])[column[factuality_class(it.story.factuality)]] += 1
    out = []
    day = first
    while day <= last:
        c = counts.get(day, [0, 0, 0])
        out.append((day, c[0], c[1], c[2]))
        day += timedelta(days=1)
    return out


def build_report(
    store: Store,
    since: date | None = None,
    until: date | None = None,
    country: str | None = None,
    *,
    top: int = TOP,
    now: datetime | None = None,
) -> Report:
    """Gather the period's stories (involving `country` as actor, recipient or place, when
    given) into a Report."""
    articles: dict[str, Article | None] = {}
    items = [
        item
        for story in _period_stories(store, since, until, country)
        if (item := _item(store, story, articles)) is not None
    ]
    chrono = sorted(items, key=lambda it: (it.story.date or date.max, -it.score, it.story.id))
    ranked = sorted(
        (it for it in items if it.claims),
        key=lambda it: (-it.score, -it.story.num_articles, it.story.id),
    )
    places = Counter()  # type: Counter[tuple[float, float, str, str]]
    for it in items:
        loc = it.story.location
        if loc is not None and loc.lat is not None and loc.lon is not None:
            cls = factuality_class(it.story.factuality)
            places[(loc.lat, loc.lon, loc.name, cls)] += it.story.num_articles
    return Report(
        since=since, until=until, country=country, generated_at=now or datetime.now(UTC),
        version=__version__, key=tuple(ranked[:top]),
        happened=tuple(it for it in chrono if it.story.factuality == "actual"),
        expected=tuple(it for it in chrono if factuality_class(it.story.factuality) == "expected"),
        claims=tuple(_claim_pairs(chrono)), alerts=tuple(_alerts(store, since, until)),
        activity=tuple(_activity(items, since, until)),
        places=tuple((lat, lon, name, cls, n) for (lat, lon, name, cls), n in places.most_common()),
        num_stories=len(items), num_articles=len({a for a in articles if articles[a] is not None}),
    )  # fmt: skip


# 3. Markdown ---------------------------------------------------------------------------------
_MD_SPECIAL = str.maketrans({c: f"\\{c}" for c in "\\`*_[]<>|#"})


def md(text: str) -> str:
    """Text safe inside Markdown: no markup, no HTML."""
    return " ".join(str(text).split()).translate(_MD_SPECIAL)


def _md_outlets(quote_: Quote) -> str:
    parts = []
    for o in quote_.outlets:
        when = f", {o.published.date().isoformat()}" if o.published else ""
        parts.append(f"[{md(o.name)}]({o.url}){when}" if o.url else f"{md(o.name)}{when}")
    return "; ".join(dict.fromkeys(parts))


def _md_quote(q: Quote, indent: str = "   ") -> str:
    flag = " **(disputed)**" if q.disputed else ""
    return f'{indent}- "{md(q.sentence)}" — {md(q.claimant)}, {LABELS[q.factuality]}{flag}. {_md_outlets(q)}'


def story_counts(s: Story) -> str:
    """How many reports, outlets, assertions, attributions and denials a story has."""

    def n(count: int, word: str) -> str:
        return f"{count} {word}{'' if count == 1 else 's'}"

    return (
        f"{n(s.num_articles, 'report')} from {n(s.num_outlets, 'outlet')}; asserted in {s.num_asserted}, "
        f"attributed in {s.num_attributed}, denied in {s.num_denied}."
    )


def _md_item(n: int, it: Item, show_score: bool = False) -> list[str]:
    s = it.story
    flag = " **(disputed)**" if it.disputed else ""
    extra = f"score {it.score:g} = {s.num_outlets} sources × |{s.intensity:g}|; " if show_score else ""
    lines = [
        f"{n}. **{md(it.headline)}**{flag}",
        f"   {extra}{story_counts(s)}",
    ]
    lines += [_md_quote(q) for q in it.quotes[:MAX_QUOTES]]
    if len(it.quotes) > MAX_QUOTES:
        lines.append(f"   - … and {len(it.quotes) - MAX_QUOTES} more reports")
    return lines


def to_markdown(report: Report) -> str:
    """The report as Markdown (links to the articles; no images)."""
    out = [
        f"# {md(report.title)}",
        "",
        f"_Generated {report.generated_at.strftime('%Y-%m-%d %H:%M UTC')} by frontwatch {report.version} "
        f"from {report.num_stories} stories in {report.num_articles} articles. Events reviewed as wrong "
        "are left out; disputed ones are marked._",
        "",
        "## Key developments",
        "",
    ]
    for n, it in enumerate(report.key, 1):
        out += _md_item(n, it, show_score=True)
    if not report.key:
        out.append("No developments reported in this period.")
    out += ["", "## Alerts", ""]
    out += [f"- {md(a.message)}" for a in report.alerts] or ["No watch rule fired in this period."]
    for title, items in (("What happened", report.happened), ("Possible or announced", report.expected)):
        out += ["", f"## {title}", ""]
        for n, it in enumerate(items, 1):
            out += _md_item(n, it)
        if not items:
            out.append("Nothing in this period.")
    out += ["", "## Claims and counter-claims", ""]
    for pair in report.claims:
        out.append(f"### {md(pair.topic)}")
        out.append("")
        claimants = ", ".join(md(c) for c in pair.claimants) or "no claim found in this period"
        out.append(f"**Claim** — {claimants}")
        out += [_md_quote(q, "") for q in pair.claims[:MAX_QUOTES]]
        out.append("")
        out.append(f"**Counter-claim** — {', '.join(md(c) for c in pair.deniers)}")
        out += [_md_quote(q, "") for q in pair.denials[:MAX_QUOTES]]
        out.append("")
    if not report.claims:
        out.append("No claim was denied in this period.")
    out += ["", "## Activity", "", "| day | happened | possible or announced | denied |"]
    out.append("|---|---:|---:|---:|")
    out += [f"| {d.isoformat()} | {a} | {e} | {n} |" for d, a, e, n in report.activity]
    out += ["", "## Places", ""]
    places = report.places
    out += [f"- {md(name)} ({lat:.2f}, {lon:.2f}): {n} reports, {cls}" for lat, lon, name, cls, n in places]
    if not report.places:
        out.append("No located stories.")
    return "\n".join(out) + "\n"


# 4. HTML -------------------------------------------------------------------------------------
_COLOURS = {"happened": "#c0392b", "expected": "#e67e22", "denied": "#7f8c8d"}


def _png(fig: Any) -> str:
    buf = io.BytesIO()
    fig.savefig(buf, format="png")
    return base64.b64encode(buf.getvalue()).decode("ascii")


def activity_png(report: Report) -> str | None:
    """Stories per day (stacked by how they are reported), base64 PNG; None without data."""
    if not report.activity:
        return None
    from matplotlib import dates as mdates
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure
    from matplotlib.ticker import MaxNLocator

    fig = Figure(figsize=(9, 3), dpi=100)
    FigureCanvasAgg(fig)
    ax = fig.add_subplot(1, 1, 1)
    xs = [float(mdates.date2num(d)) for d, *_ in report.activity]
    bottom = [0] * len(xs)
    columns = [[h for _, h, _, _ in report.activity], [e for _, _, e, _ in report.activity],
               [n for _, _, _, n in report.activity]]  # fmt: skip
    legend = (("happened", "happened"), ("expected", "possible or announced"), ("denied", "denied"))
    for values, (cls, label) in zip(columns, legend, strict=True):
        ax.bar(xs, values, bottom=bottom, width=0.8, color=_COLOURS[cls], label=label)
        bottom = [b + v for b, v in zip(bottom, values, strict=True)]
    ax.xaxis_date()
    ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    ax.set_ylabel("stories")
    ax.legend(loc="upper left", fontsize="small")
    fig.autofmt_xdate()
    fig.tight_layout()
    return _png(fig)


def map_points(report: Report) -> list[MapPoint]:
    """The report's places as map markers: each story's PLOVER type where the report holds the
    story (key developments, what happened, what is possible or announced); the reports left over
    at a place (stories only denied) keep their class with no type."""
    items = {it.story.id: it for it in (*report.key, *report.happened, *report.expected)}
    typed: Counter[tuple[float, float, str, str, str]] = Counter()
    for it in items.values():
        loc = it.story.location
        if loc is not None and loc.lat is not None and loc.lon is not None:
            cls = factuality_class(it.story.factuality)
            typed[(loc.lat, loc.lon, loc.name, it.story.event_type, cls)] += it.story.num_articles
    points = []
    for lat, lon, name, cls, n in report.places:
        here = {key: c for key, c in typed.items() if key[:3] == (lat, lon, name) and key[4] == cls}
        for (_, _, _, kind, _), c in sorted(here.items(), key=lambda kv: (-kv[1], kv[0][3])):
            points.append(MapPoint(lat, lon, name, kind, cls, c))
        if (rest := n - sum(here.values())) > 0:
            points.append(MapPoint(lat, lon, name, None, cls, rest))
    return points


def map_png(report: Report) -> str | None:
    """The stories' places over country outlines, coloured by PLOVER type and sized by the
    number of reports, with reference cities; base64 PNG, None without located stories."""
    points = map_points(report)
    if not points:
        return None
    extent, _ = map_extent(points)
    png = render_map(points, reference_cities(extent))
    return base64.b64encode(png).decode("ascii")


def to_html(report: Report) -> str:
    """The report as one self-contained HTML page (escaped text, embedded images)."""
    from jinja2 import Environment, FileSystemLoader, select_autoescape

    env = Environment(
        loader=FileSystemLoader(str(TEMPLATES)),
        autoescape=select_autoescape(default=True, default_for_string=True),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    template = env.get_template("report.html.j2")
    return template.render(
        report=report, labels=LABELS, max_quotes=MAX_QUOTES, story_counts=story_counts,
        activity_png=activity_png(report), map_png=map_png(report),
    )  # fmt: skip
