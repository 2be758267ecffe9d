"""The command line: each command parses its arguments and calls one library function.

Exit status: 0 all inputs processed; 1 some inputs failed (each reported on one line);
2 usage error; 3 `watch --once` when a rule fired.
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Callable, Iterator
from datetime import date, timedelta
from enum import StrEnum
from itertools import islice
from pathlib import Path
from typing import Annotated, Any, TypeVar

import typer
from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    SpinnerColumn,
    TextColumn,
    TimeElapsedColumn,
)
from rich.table import Table

from . import __version__
from .config import Settings, default_db_url
from .errors import FrontwatchError, InputError, SourceNotFound, UsageError
from .models import EventFilter, IngestSummary
from .query import event_filter, parse_date, parse_datetime
from .store import ArticleFilter, Page, Store, iter_pages, open_store

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="frontwatch: news reports in, attributed and factuality-aware PLOVER events out.",
)
out = Console()
err = Console(stderr=True)
T = TypeVar("T")

DbOpt = Annotated[
    str | None,
    typer.Option("--db", help="Database URL (default: FRONTWATCH_DB, else sqlite:///frontwatch.db)."),
]


class ListFormat(StrEnum):
    table = "table"
    json = "json"
    jsonl = "jsonl"
    csv = "csv"
    geojson = "geojson"
    parquet = "parquet"


class Layout(StrEnum):
    plover = "plover"
    cameo = "cameo"
    acled = "acled"


def _fail(exc: FrontwatchError) -> typer.Exit:
    err.print(f"[red]error:[/red] {exc}", highlight=False, soft_wrap=True)
    return typer.Exit(exc.exit_code)


def _settings(db: str | None = None, **changes: Any) -> Settings:
    return Settings(db_url=db or default_db_url()).with_(**changes)


def _open(db: str | None) -> Store:
    return open_store(db or default_db_url())


def _pages(fetch: Callable[[str | None], Page[T]], limit: int | None) -> Iterator[T]:
    """Every item of a paginated listing, up to `limit`."""
    return islice(iter_pages(fetch), limit)


def _days(first: date, last: date) -> list[date]:
    return [first + timedelta(days=k) for k in range((last - first).days + 1)]


def _print_summary(summary: IngestSummary) -> None:
    colour = "red" if summary.failed else "green"
    err.print(f"[{colour}]{summary.line()}[/{colour}]", highlight=False)


class _DelayedProgress:
    """A rich progress display that appears only once an ingest has run for a second."""

    def __init__(self) -> None:
        self.started = time.monotonic()
        self.progress: Progress | None = None
        self.task: Any = None

    def update(self, summary: IngestSummary) -> None:
        if self.progress is None:
            if time.monotonic() - self.started < 1.0:
                return
            self.progress = Progress(
                SpinnerColumn(), TextColumn("{task.description}"), TimeElapsedColumn(),
                console=err, transient=True,
            )  # fmt: skip
            self.progress.start()
            self.task = self.progress.add_task("ingesting")
        self.progress.update(self.task, description=f"ingesting: {summary.line()}")

    def stop(self) -> None:
        if self.progress is not None:
            self.progress.stop()


def _report_failure(exc: InputError) -> None:
    err.print(f"[red]failed:[/red] {exc}", highlight=False, soft_wrap=True)


@app.command()
def version() -> None:
    """Print the frontwatch version."""
    out.print(__version__)


@app.command()
def extract(
    path: Annotated[str, typer.Argument(help="A file, URL or - for stdin.")],
    published: Annotated[str | None, typer.Option(help="Publication date (ISO 8601).")] = None,
    outlet: Annotated[str | None, typer.Option(help="Publisher name.")] = None,
    url: Annotated[str | None, typer.Option(help="The article's URL.")] = None,
    fmt: Annotated[str, typer.Option("--format", help="json or table.")] = "json",
) -> None:
    """Code one input and print {"article": …, "events": […]}; needs no database."""
    from .ingest import iter_documents
    from .pipeline import Resources
    from .pipeline import extract as run_extract

    try:
        if fmt not in ("json", "table"):
            raise UsageError("--format: choose json or table")
        settings = _settings(published=parse_datetime(published, "--published"), outlet=outlet, url=url)
        res = Resources.load(settings)
    except FrontwatchError as exc:
        raise _fail(exc) from None
    failed = False
    for item in iter_documents([path], settings):
        if isinstance(item, InputError):
            _report_failure(item)
            failed = True
            continue
        try:
            article, events = run_extract(item, settings, res)
        except InputError as exc:
            _report_failure(exc)
            failed = True
            continue
        if fmt == "json":
            doc = {"article": article.to_dict(), "events": [e.to_dict() for e in events]}
            out.print_json(json.dumps(doc, ensure_ascii=False))
        else:
            _events_table([e.to_dict() for e in events], title=article.title or article.id)
    raise typer.Exit(1 if failed else 0)


@app.command()
def ingest(
    sources: Annotated[list[str], typer.Argument(help="Files, directories, feeds, WARC, JSONL, URLs or -.")],
    db: DbOpt = None,
    published: Annotated[str | None, typer.Option(help="Override the publication date (ISO 8601).")] = None,
    outlet: Annotated[str | None, typer.Option(help="Override the outlet name.")] = None,
    workers: Annotated[
        int, typer.Option(min=1, help="Worker processes; above 1, local files go through `batch`.")
    ] = 1,
    offline: Annotated[bool, typer.Option(help="Never fetch feed item links.")] = False,
) -> None:
    """Read, clean, code and store articles; prints a summary line."""
    from .pipeline import Resources
    from .pipeline import ingest as run_ingest

    try:
        settings = _settings(
            db, published=parse_datetime(published, "--published"), outlet=outlet,
            workers=workers, allow_network=not offline,
        )  # fmt: skip
        if workers > 1:
            _ingest_on_workers(sources, settings)
        store = open_store(settings.db_url)
        res = Resources.load(settings)
    except FrontwatchError as exc:
        raise _fail(exc) from None
    progress = _DelayedProgress()
    try:
        summary = run_ingest(
            sources, settings, store, res, on_failure=_report_failure, on_progress=progress.update
        )
    except FrontwatchError as exc:
        raise _fail(exc) from None
    finally:
        progress.stop()
        store.close()
    _print_summary(summary)
    raise typer.Exit(1 if summary.failed else 0)


def _ingest_on_workers(sources: list[str], settings: Settings) -> None:
    """`ingest --workers N`: local files and directories on a local Dask cluster of N processes
    (the `batch` path, same results); a missing path is one failure line, the rest go on."""
    if any(s == "-" or s.startswith(("http://", "https://")) for s in sources):
        raise UsageError("--workers above 1 reads files and directories only: use --workers 1 for - and URLs")
    missing = [s for s in sources if not Path(s).exists()]
    for source in missing:
        _report_failure(SourceNotFound(source, "no such file or directory"))
    found = [s for s in sources if s not in missing]
    summary = _batch(found, settings, "local", settings.workers) if found else IngestSummary()
    summary.failed += len(missing)
    _print_summary(summary)
    raise typer.Exit(1 if summary.failed else 0)


@app.command()
def articles(
    db: DbOpt = None,
    fmt: Annotated[str, typer.Option("--format", help="table, json, jsonl or csv.")] = "table",
    limit: Annotated[int | None, typer.Option(min=1)] = None,
) -> None:
    """List stored articles."""
    from .export import provenance, write_records

    if fmt not in ("table", "json", "jsonl", "csv"):
        raise _fail(UsageError("--format: choose table, json, jsonl or csv"))
    store = _open(db)
    try:
        items = list(_pages(lambda c: store.list_articles(ArticleFilter(), c, 500), limit))
    finally:
        store.close()
    if fmt == "table":
        table = Table(title=f"{len(items)} articles")
        for col in ("id", "published", "outlet", "title", "words", "duplicate of"):
            short = col in ("id", "published", "words")
            table.add_column(col, no_wrap=short, overflow="fold", ratio=None if short else 1)
        for a in items:
            table.add_row(
                a.id[:12], a.published.date().isoformat() if a.published else "–",
                a.outlet or "–", _short(a.title or "", 90), str(len(a.text.split())),
                (a.duplicate_of or "")[:12] or "–",
            )  # fmt: skip
        out.print(table)
        return
    rows = [a.to_dict() for a in items]
    write_records(rows, fmt, provenance("articles", {}), sys.stdout)


def _short(text: str, limit: int) -> str:
    """A text cut at a word boundary before `limit` characters, with an ellipsis when cut."""
    return text if len(text) <= limit else text[:limit].rsplit(" ", 1)[0] + " …"


def _party(e: dict[str, Any] | None) -> str:
    """A party as a table cell: "Sergei Lavrov (RUS)"; an organisation named by its initials as the code."""
    if not e:
        return "–"
    code = e["country"]
    if code is None:
        return f"{e['name']} (?)"
    initials = "".join(w[0] for w in e["name"].split() if w[:1].isupper())
    return code if len(code) > 3 and initials == code else f"{e['name']} ({code})"


def _events_table(rows: list[dict[str, Any]], title: str) -> None:
    """Events as a table; a terminal under 110 columns leaves out mode and trigger (the json has them)."""
    wide = out.width >= 110
    table = Table(
        title=title,
        caption=None if wide else "narrow terminal: mode and trigger left out",
    )
    for col in ("date", "type", "mode", "fact."):
        if wide or col != "mode":
            table.add_column(col, no_wrap=True)
    for col in ("actors", "recipients", "where", "according to", "trigger"):
        if wide or col != "trigger":
            table.add_column(col, overflow="fold", ratio=1)
    for r in rows:
        loc = r["location"]
        cells = [r["date"] or "–", r["event_type"], r["mode"] or "–", r["factuality"],
                 ", ".join(map(_party, r["actors"])) or "–",
                 ", ".join(map(_party, r["recipients"])) or "–",
                 f"{loc['name']} ({loc['country'] or '?'})" if loc else "–",
                 _party(r["attribution"]), r["evidence"]["trigger"]]  # fmt: skip
        table.add_row(*(cells if wide else cells[:2] + cells[3:-1]))
    out.print(table)


def _export(
    kind: str,
    rows: list[dict[str, Any]],
    fmt: ListFormat,
    filters: dict[str, Any],
    output: Path | None,
    layout: str | None = None,
) -> None:
    from .export import provenance, write_records

    prov = provenance(kind, filters, layout)
    if fmt is ListFormat.parquet:
        write_records(rows, "parquet", prov, sys.stdout, parquet_path=output)
        err.print(f"wrote {len(rows)} {kind} to {output}")
        return
    if output is None:
        write_records(rows, fmt.value, prov, sys.stdout)
        return
    with output.open("w", encoding="utf-8", newline="") as fh:
        write_records(rows, fmt.value, prov, fh)
    err.print(f"wrote {len(rows)} {kind} to {output}")


TypeOpt = Annotated[list[str] | None, typer.Option("--type", help="Event type (repeatable).")]
ActorOpt = Annotated[str | None, typer.Option(help="Actor country or IGO code.")]
RecipientOpt = Annotated[str | None, typer.Option(help="Recipient country or IGO code.")]
CountryOpt = Annotated[str | None, typer.Option(help="Location, actor or recipient country.")]
FactOpt = Annotated[
    list[str] | None,
    typer.Option("--factuality", help="actual, future, hypothetical or negated (repeatable)."),
]
SinceOpt = Annotated[str | None, typer.Option(help="Event date on or after (YYYY-MM-DD).")]
UntilOpt = Annotated[str | None, typer.Option(help="Event date on or before (YYYY-MM-DD).")]
FormatOpt = Annotated[ListFormat, typer.Option("--format")]
OutputOpt = Annotated[Path | None, typer.Option("-o", "--output", help="Write to a file.")]
LimitOpt = Annotated[int | None, typer.Option(min=1, help="At most this many rows.")]
ConfOpt = Annotated[float | None, typer.Option(min=0.0, max=1.0, help="Minimum confidence.")]


def _list_filter(fmt: ListFormat, output: Path | None, *criteria: Any) -> EventFilter:
    """The listing's filter from the command's options; a bad value or format is a usage error."""
    try:
        flt = event_filter(*criteria)
        if fmt is ListFormat.parquet and output is None:
            raise UsageError("--format parquet needs -o FILE.parquet")
    except FrontwatchError as exc:
        raise _fail(exc) from None
    return flt


@app.command()
def events(
    db: DbOpt = None,
    types: TypeOpt = None,
    actor: ActorOpt = None,
    recipient: RecipientOpt = None,
    country: CountryOpt = None,
    factuality: FactOpt = None,
    since: SinceOpt = None,
    until: UntilOpt = None,
    min_confidence: ConfOpt = None,
    fmt: FormatOpt = ListFormat.table,
    layout: Annotated[Layout | None, typer.Option(help="Export layout: plover, cameo or acled.")] = None,
    output: OutputOpt = None,
    limit: LimitOpt = None,
) -> None:
    """List coded events with filters, in a table or an export format."""
    criteria = (types, actor, recipient, country, factuality, since, until, min_confidence)
    flt = _list_filter(fmt, output, *criteria)
    from .export import event_row

    store = _open(db)
    try:
        found = list(_pages(lambda c: store.list_events(flt, c, 500), limit))
        articles_by_id = {a: store.get_article(a) for a in {e.article_id for e in found}}
    finally:
        store.close()
    if fmt is ListFormat.table and layout is None:
        _events_table([e.to_dict() for e in found], title=f"{len(found)} events")
        return
    if layout is not None:
        from . import layouts

        convert = {"plover": layouts.to_plover, "cameo": layouts.to_cameo, "acled": layouts.to_acled}
        rows = [convert[layout.value](e, articles_by_id.get(e.article_id)) for e in found]
    else:
        rows = [event_row(e, articles_by_id.get(e.article_id)) for e in found]
    if fmt is ListFormat.table:
        fmt = ListFormat.csv
    _export("events", rows, fmt, flt.to_dict(), output, layout.value if layout else None)


@app.command()
def stories(
    db: DbOpt = None,
    types: TypeOpt = None,
    actor: ActorOpt = None,
    recipient: RecipientOpt = None,
    country: CountryOpt = None,
    factuality: FactOpt = None,
    since: SinceOpt = None,
    until: UntilOpt = None,
    fmt: FormatOpt = ListFormat.table,
    output: OutputOpt = None,
    limit: LimitOpt = None,
) -> None:
    """List stories: the same real-world event merged across reports."""
    flt = _list_filter(fmt, output, types, actor, recipient, country, factuality, since, until)
    from .export import story_row

    store = _open(db)
    try:
        found = list(_pages(lambda c: store.list_stories(flt, c, 500), limit))
    finally:
        store.close()
    rows = [story_row(s) for s in found]
    if fmt is ListFormat.table:
        wide = out.width >= 110
        note = None if wide else "narrow terminal: outlets and asserted/attributed/denied left out"
        table = Table(title=f"{len(found)} stories", caption=note)
        for col in ("date", "type", "fact.", "reports"):
            table.add_column(col, no_wrap=True)
        for col in ("actors", "recipients", "where"):
            table.add_column(col, overflow="fold", ratio=1)
        if wide:
            table.add_column("outlets", no_wrap=True)
            table.add_column("asserted/attributed/denied", no_wrap=True)
        for r in rows:
            cells = [r["date"] or "–", r["event_type"], r["factuality"], str(r["num_articles"]),
                     r["actor_countries"] or "–", r["recipient_countries"] or "–", r["location"] or "–",
                     str(r["num_outlets"]),
                     f"{r['num_asserted']}/{r['num_attributed']}/{r['num_denied']}"]  # fmt: skip
            table.add_row(*(cells if wide else cells[:-2]))
        out.print(table)
        return
    _export("stories", rows, fmt, flt.to_dict(), output)


@app.command()
def trends(
    db: DbOpt = None,
    by: Annotated[str, typer.Option(help="type, dyad or country.")] = "type",
    interval: Annotated[str, typer.Option(help="day or week.")] = "day",
    types: TypeOpt = None,
    country: CountryOpt = None,
    factuality: FactOpt = None,
    since: SinceOpt = None,
    until: UntilOpt = None,
    fmt: Annotated[str, typer.Option("--format", help="table, json or csv.")] = "table",
    chart: Annotated[Path | None, typer.Option(help="Also draw a PNG chart to this file.")] = None,
) -> None:
    """Counts of stories and summed intensity per day or week."""
    from .analyze import trends as tr

    try:
        if by not in ("type", "dyad", "country"):
            raise UsageError("--by: choose type, dyad or country")
        if interval not in ("day", "week"):
            raise UsageError("--interval: choose day or week")
        if fmt not in ("table", "json", "csv"):
            raise UsageError("--format: choose table, json or csv")
        flt = event_filter(types, None, None, country, factuality, since, until)
    except FrontwatchError as exc:
        raise _fail(exc) from None
    store = _open(db)
    try:
        table = tr.trends(store, flt, by=by, interval=interval)
    finally:
        store.close()
    if fmt == "table":
        out.print(tr.render_table(table, width=out.width))
    elif fmt == "json":
        sys.stdout.write(tr.to_json(table) + "\n")
    else:
        sys.stdout.write(tr.to_csv(table))
    if chart is not None:
        tr.chart_png(table, chart)
        err.print(f"wrote chart to {chart}")


@app.command()
def watch(
    rules: Annotated[Path, typer.Argument(help="Watch rules (YAML).")],
    db: DbOpt = None,
    once: Annotated[
        bool, typer.Option("--once", help="Evaluate once and exit (3 when any rule fired).")
    ] = False,
    follow: Annotated[
        bool, typer.Option("--follow", help="Re-poll sources, ingest, evaluate, repeat.")
    ] = False,
    until: Annotated[str | None, typer.Option(help="Evaluate as of this date (YYYY-MM-DD).")] = None,
    since: Annotated[
        str | None,
        typer.Option(help="With --once: replay every day from this date to --until (YYYY-MM-DD)."),
    ] = None,
    source: Annotated[
        list[str] | None,
        typer.Option("--source", help="Feed, folder or file to re-poll (repeatable, with --follow)."),
    ] = None,
    interval: Annotated[float, typer.Option(help="Seconds between polls (--follow).")] = 300.0,
    jsonl: Annotated[Path | None, typer.Option(help="Also append alerts to this JSON Lines file.")] = None,
    webhook: Annotated[str | None, typer.Option(help="Also POST alerts to this URL.")] = None,
    iterations: Annotated[int | None, typer.Option(min=1, help="Stop --follow after N polls.")] = None,
) -> None:
    """Evaluate watch rules and print the alerts that fire."""
    from .analyze import alerts as al

    try:
        if once == follow:
            raise UsageError("choose one of --once or --follow")
        loaded = al.load_rules(rules)
        as_of = parse_date(until, "--until")
        first = parse_date(since, "--since")
        if first is not None and (as_of is None or first > as_of or not once):
            raise UsageError("--since needs --once and an --until on or after it")
    except FrontwatchError as exc:
        raise _fail(exc) from None
    store = _open(db)
    try:
        if once:
            days = [as_of] if first is None or as_of is None else _days(first, as_of)
            fired = 0
            for day in days:
                new = {a.id for a in al.watch_once(store, loaded, day)}
                for alert in al.evaluate_rules(store, loaded, day):
                    fired += 1
                    note = "" if alert.id in new else "  (already sent)"
                    out.print(al.format_alert(alert) + note, highlight=False)
                    if alert.id in new:
                        al.deliver(alert, jsonl=jsonl, webhook=webhook)
            if not fired:
                err.print("no rule fired")
            raise typer.Exit(3 if fired else 0)
        from .pipeline import Resources
        from .pipeline import ingest as run_ingest

        settings = _settings(db)
        res = Resources.load(settings)

        def poll(sources: list[str]) -> IngestSummary:
            return run_ingest(sources, settings, store, res, on_failure=_report_failure)

        al.follow(
            store, loaded, sources=list(source or ()), ingest=poll, interval=interval,
            jsonl=jsonl, webhook=webhook, max_iterations=iterations,
            emit=lambda alert: out.print(al.format_alert(alert), highlight=False),
        )  # fmt: skip
    finally:
        store.close()


@app.command()
def report(
    db: DbOpt = None,
    since: SinceOpt = None,
    until: UntilOpt = None,
    country: CountryOpt = None,
    fmt: Annotated[str, typer.Option("--format", help="md or html.")] = "md",
    output: OutputOpt = None,
) -> None:
    """A situation report: what happened, what is possible or announced, claims and denials."""
    from .analyze import report as rp

    try:
        if fmt not in ("md", "html"):
            raise UsageError("--format: choose md or html")
        start, end = parse_date(since, "--since"), parse_date(until, "--until")
        if country is not None and not (country.isalpha() and 2 <= len(country) <= 6):
            raise UsageError(f"--country: {country!r} is not a country or IGO code")
    except FrontwatchError as exc:
        raise _fail(exc) from None
    store = _open(db)
    try:
        built = rp.build_report(store, start, end, country.upper() if country else None)
    finally:
        store.close()
    text = rp.to_markdown(built) if fmt == "md" else rp.to_html(built)
    if output is None:
        sys.stdout.write(text)
    else:
        output.write_text(text, encoding="utf-8")
        err.print(f"wrote report to {output}")


@app.command()
def serve(
    db: DbOpt = None,
    host: Annotated[str, typer.Option(help="Interface to bind.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=1, max=65535)] = 8000,
    workers: Annotated[int, typer.Option(min=1, help="Server processes.")] = 1,
    access_log: Annotated[bool, typer.Option(help="Log every request.")] = False,
) -> None:
    """Serve the REST API and the dashboard."""
    import os

    import uvicorn

    from .api import load_token

    settings = _settings(db)
    try:
        load_token(settings)  # created (and printed) here, once, before the server processes read it
    except FrontwatchError as exc:
        raise _fail(exc) from None
    # several processes need the application by name; they read the store's URL from the environment
    os.environ["FRONTWATCH_DB"] = settings.db_url
    uvicorn.run(
        "frontwatch.api:app_from_env", factory=True, host=host, port=port, workers=workers,
        log_level="info", access_log=access_log,
    )  # fmt: skip


@app.command("eval")
def eval_(
    gold: Annotated[list[Path], typer.Argument(help="Gold JSON Lines files.")],
    all_sentences: Annotated[bool, typer.Option(help="Parse every sentence, not only candidates.")] = False,
    details: Annotated[bool, typer.Option(help="List every missed and spurious event.")] = False,
) -> None:
    """Score the coder against gold sentences: P/R/F1 per type and overall."""
    from .evaluate import main_eval

    try:
        text, _ = main_eval(gold, _settings(parse_all_sentences=all_sentences), details=details)
    except FrontwatchError as exc:
        raise _fail(exc) from None
    out.print(text, highlight=False)


@app.command()
def batch(
    sources: Annotated[list[str], typer.Argument(help="Directories, JSON Lines or WARC files.")],
    db: Annotated[str, typer.Option("--db", help="Database URL.")],
    scheduler: Annotated[str, typer.Option(help="Dask scheduler address, or 'local'.")] = "local",
    workers: Annotated[int, typer.Option(min=1, help="Workers for a local cluster.")] = 2,
) -> None:
    """Process large inputs on a Dask cluster into the store."""
    try:
        summary = _batch(sources, _settings(db), scheduler, workers)
    except FrontwatchError as exc:
        raise _fail(exc) from None
    _print_summary(summary)
    raise typer.Exit(1 if summary.failed else 0)


def _batch(sources: list[str], settings: Settings, scheduler: str, workers: int) -> IngestSummary:
    """run_batch with a progress bar over partitions."""
    from .batch import run_batch

    with Progress(
        TextColumn("partitions"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(), console=err
    ) as bar:
        task = bar.add_task("batch", total=None)
        return run_batch(
            sources, settings, scheduler=scheduler, workers=workers, on_failure=_report_failure,
            on_progress=lambda done, total: bar.update(task, completed=done, total=total),
        )  # fmt: skip


def main() -> None:
    """Entry point that maps frontwatch errors to exit codes."""
    try:
        app()
    except FrontwatchError as exc:
        err.print(f"[red]error:[/red] {exc}", highlight=False)
        sys.exit(exc.exit_code)
