"""Shared fixtures: the `store` fixture over every backend, a throwaway PostgreSQL server,
factories for sample articles and events that any test may use, and the expensive resources
(`model`, `actors`, `gaz`, `coder`) loaded once per session.

PostgreSQL: `FRONTWATCH_TEST_PG_URL` names a server to use; otherwise a cluster is created in a
temporary directory with the Debian binaries (/usr/lib/postgresql/*/bin), started on 127.0.0.1
at a free port once per session, and stopped and deleted at the end. When it cannot be started
the PostgreSQL tests skip with the reason, except when `CI` is set: then they fail.
"""

from __future__ import annotations

import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Callable, Iterator, Sequence
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from frontwatch.models import Article, Entity, Event, Evidence, Place, event_id, sha256_hex
from frontwatch.resolve.actors import ActorDictionary
from frontwatch.resolve.gazetteer import Gazetteer
from frontwatch.store import Store, open_store

PG_URL_ENV = "FRONTWATCH_TEST_PG_URL"

COUNTRY_NAMES = {"RUS": "Russia", "BLR": "Belarus", "UKR": "Ukraine", "USA": "United States", "POL": "Poland"}
CAPITALS = {"RUS": (55.75, 37.62), "BLR": (53.9, 27.57), "UKR": (50.45, 30.52), "POL": (52.23, 21.01)}


# sample records ----------------------------------------------------------------------------------
def make_article(
    n: int,
    text: str | None = None,
    *,
    published: datetime | None = None,
    outlet: str | None = "Eastern Wire",
    duplicate_of: str | None = None,
    is_summary: bool = False,
) -> Article:
    """Article number n (id = sha256 of its text), published in January 2023."""
    body = text or f"Report number {n}. A train of Russian troops arrived in Belarus, the ministry said."
    return Article(
        id=sha256_hex(body), url=f"https://wire.example/{n}", outlet=outlet, title=f"Report {n}",
        published=published or datetime(2023, 1, 1, 9, 30, tzinfo=UTC) + timedelta(days=n % 28),
        text=body, language="en", ingested_at=datetime(2023, 2, 1, tzinfo=UTC) + timedelta(seconds=n),
        duplicate_of=duplicate_of, is_summary=is_summary,
    )  # fmt: skip


def _entity(code: str, sector: str = "MIL") -> Entity:
    name = COUNTRY_NAMES.get(code, code)
    return Entity(f"{name} forces", name, code, sector, None)


def make_event(
    article: Article,
    k: int = 0,
    *,
    event_type: str = "MOBILIZE",
    actors: Sequence[str] = ("RUS",),
    recipients: Sequence[str] = (),
    location: str | None = "BLR",
    day: date | str | None = "published",
    factuality: str = "actual",
    confidence: float = 0.8,
    attribution: str | None = None,
    story_id: str | None = None,
) -> Event:
    """Event k of an article; `actors`, `recipients`, `location`, `attribution` are country codes;
    `day` defaults to the article's publication day (None: no date)."""
    sentence = article.text.split(". ")[min(k, article.text.count(". "))]
    start = article.text.find(sentence)
    place = None
    if location:
        name = COUNTRY_NAMES.get(location, location)
        lat, lon = CAPITALS.get(location, (None, None))
        place = Place(name, name, location, None, lat, lon, "country", None)
    when = day if not isinstance(day, str) else (article.published.date() if article.published else None)
    return Event(
        id=event_id(article.id, k, start, event_type), article_id=article.id, event_type=event_type,
        mode="troops" if event_type == "MOBILIZE" else None, contexts=("military",),
        actors=tuple(_entity(c) for c in actors), recipients=tuple(_entity(c, "GOV") for c in recipients),
        location=place, date=when, date_precision="day" if when else None,
        date_text="on Friday" if when else None, factuality=factuality,
        attribution=_entity(attribution, "GOV") if attribution else None,
        evidence=Evidence(sentence, k, start, start + len(sentence), "arrived"),
        intensity=-2.5, confidence=confidence, story_id=story_id,
    )  # fmt: skip


WireCoder = Callable[[str], list[Event]]


def wire_coder(published: datetime) -> WireCoder:
    """The whole coder (parse, code, resolve places and dates), as `frontwatch extract` runs it,
    on texts published on one day: for tests that read wire sentences of their own."""
    from frontwatch.config import Settings
    from frontwatch.evaluate import default_coder

    coder = default_coder(Settings(allow_network=False))
    return lambda text: coder(text, published)


def coded_on(text: str, year: int, month: int = 6, day: int = 1) -> list[Event]:
    """The whole coder's events of a text published on one day."""
    return wire_coder(datetime(year, month, day, tzinfo=UTC))(text)


def dyad_lists(events: list[Event], etype: str) -> list[tuple[list[str | None], list[str | None]]]:
    """(actor countries, recipient countries), each sorted, of the events of one type in order."""
    return [
        (sorted(a.country for a in e.actors), sorted(r.country for r in e.recipients))  # type: ignore[type-var]
        for e in events
        if e.event_type == etype
    ]


def phrase_countries(text: str, word: str, model: Any) -> list[str | None]:
    """The countries of the phrase headed by the first token `word` in a one-sentence text, read
    by the participants of a real parse (`model`: the loaded spaCy pipeline)."""
    from frontwatch import nlp
    from frontwatch.participants import Discourse, Participants
    from frontwatch.resolve.actors import ActorDictionary
    from frontwatch.syntax import Tree

    sent = nlp.parse(text, model).sentences[0]
    parts = Participants(Tree(sent), ActorDictionary.load().match(sent, None), Discourse())
    head = next(t.i for t in sent.tokens if t.text == word)
    return [r.entity.country for r in parts.entities(head)]


def event_types(events: list[Event]) -> set[str]:
    """The types of a coder's events, for tests of wire sentences."""
    return {e.event_type for e in events}


def assert_absent(code: WireCoder, event_type: str, *texts: str) -> None:
    """Each text gives no event of the type."""
    for text in texts:
        assert event_type not in event_types(code(text)), text


def assert_present(code: WireCoder, event_type: str, *texts: str) -> None:
    """Each text gives an event of the type."""
    for text in texts:
        assert event_type in event_types(code(text)), text


def dyads(events: list[Event], etype: str) -> set[tuple[tuple[str, ...], tuple[str, ...]]]:
    """(actor countries, recipient countries) of the events of one type."""
    return {
        (
            tuple(sorted(a.country or "-" for a in e.actors)),
            tuple(sorted(r.country or "-" for r in e.recipients)),
        )
        for e in events
        if e.event_type == etype
    }


def acted_by(events: list[Event], etype: str, mode: str | None, actor: str) -> bool:
    """True when an event of the type and mode has an actor of the country."""
    return any(
        actor in {a.country for a in e.actors} for e in events if e.event_type == etype and e.mode == mode
    )


def typed_facts(events: list[Event]) -> set[tuple[str, str, tuple[str, ...]]]:
    """(type, factuality, sorted actor countries, "-" for none) of each event."""
    return {(e.event_type, e.factuality, tuple(sorted(a.country or "-" for a in e.actors))) for e in events}


@pytest.fixture
def article_factory() -> Callable[..., Article]:
    """`make_article` as a fixture."""
    return make_article


@pytest.fixture
def event_factory() -> Callable[..., Event]:
    """`make_event` as a fixture."""
    return make_event


# PostgreSQL ----------------------------------------------------------------------------------
class PgUnavailable(Exception):
    """PostgreSQL could not be started here."""


def _pg_bindir() -> Path:
    found = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"), key=lambda p: int(p.parts[-3]))
    if found:
        return found[-1].parent
    initdb = shutil.which("initdb")
    if initdb:
        return Path(initdb).parent
    raise PgUnavailable("no PostgreSQL server binaries (apt-get install postgresql, or `make system-deps`)")


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class PgCluster:
    """A throwaway PostgreSQL cluster in a temporary directory, on 127.0.0.1."""

    def __init__(self) -> None:
        self.bindir = _pg_bindir()
        self.prefix: list[str] = []
        self.owner: pwd.struct_passwd | None = None
        if os.geteuid() == 0:  # initdb and postgres refuse to run as root
            try:
                self.owner = pwd.getpwnam("postgres")
            except KeyError:
                raise PgUnavailable("running as root without a `postgres` user to run the server") from None
            self.prefix = ["runuser", "-u", "postgres", "--"]
        self.root = Path(tempfile.mkdtemp(prefix="frontwatch-pg-"))
        self.data = self.root / "data"
        self.port = 0

    def _run(self, *args: str) -> None:
        proc = subprocess.run([*self.prefix, *args], capture_output=True, text=True, timeout=90)
        if proc.returncode != 0:
            log = (self.root / "server.log").read_text(errors="replace")[-800:] if self.started_log else ""
            raise PgUnavailable(f"{Path(args[0]).name} failed: {proc.stderr.strip()[-400:]} {log}".strip())

    @property
    def started_log(self) -> bool:
        return (self.root / "server.log").exists()

    def start(self) -> str:
        """Create and start the cluster; returns a URL of its `postgres` database."""
        if self.owner is not None:
            os.chown(self.root, self.owner.pw_uid, self.owner.pw_gid)
        self._run(
            str(self.bindir / "initdb"), "-D", str(self.data), "-A", "trust", "-U", "postgres",
            "-E", "UTF8", "--locale=C", "--no-sync",
        )  # fmt: skip
        for attempt in range(3):
            self.port = _free_port()
            options = (
                f"-c listen_addresses=127.0.0.1 -p {self.port} -k {self.root} -c fsync=off "
                "-c synchronous_commit=off -c full_page_writes=off -c max_connections=60"
            )
            try:
                self._run(
                    str(self.bindir / "pg_ctl"), "-D", str(self.data), "-l", str(self.root / "server.log"),
                    "-w", "-t", "60", "-o", options, "start",
                )  # fmt: skip
                return f"postgresql://postgres@127.0.0.1:{self.port}/postgres"
            except PgUnavailable:
                if attempt == 2:
                    raise
        raise AssertionError("unreachable")

    def stop(self) -> None:
        """Stop the server and delete its directory."""
        if (self.data / "postmaster.pid").exists():
            subprocess.run(
                [*self.prefix, str(self.bindir / "pg_ctl"), "-D", str(self.data), "-m", "fast", "-w", "stop"],
                capture_output=True, timeout=60, check=False,
            )  # fmt: skip
        shutil.rmtree(self.root, ignore_errors=True)


def _with_database(url: str, name: str) -> str:
    from sqlalchemy.engine import make_url

    return make_url(url).set(database=name).render_as_string(hide_password=False)


def _admin(url: str, *statements: str) -> None:
    import psycopg

    from frontwatch.store.sql import normalise_url

    dsn = normalise_url(url).replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(dsn, autocommit=True, connect_timeout=10) as conn:
        for statement in statements:
            conn.execute(statement)  # type: ignore[arg-type]


@pytest.fixture(scope="session")
def pg_url() -> Iterator[str]:
    """URL of an empty database on a PostgreSQL server for this session."""
    cluster: PgCluster | None = None
    admin = os.environ.get(PG_URL_ENV)
    try:
        if not admin:
            cluster = PgCluster()
            admin = cluster.start()
        name = f"frontwatch_test_{os.getpid()}"
        _admin(admin, f"DROP DATABASE IF EXISTS {name}", f"CREATE DATABASE {name}")
    except Exception as exc:
        if cluster is not None:
            cluster.stop()
        reason = f"PostgreSQL unavailable: {exc}"
        if os.environ.get("CI"):
            pytest.fail(f"{reason} (CI is set: PostgreSQL tests must run)", pytrace=False)
        pytest.skip(reason)
    try:
        yield _with_database(admin, name)
    finally:
        try:
            _admin(admin, f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
        finally:
            if cluster is not None:
                cluster.stop()


def empty_pg(url: str) -> str:
    """Migrate the test database and empty every store table; returns the URL."""
    from frontwatch.store.schema import STORE_TABLES
    from frontwatch.store.sql import SqlStore

    SqlStore(url).close()
    _admin(url, "SET lock_timeout = '10s'", f"TRUNCATE {', '.join(STORE_TABLES)} RESTART IDENTITY CASCADE")
    return url


# stores --------------------------------------------------------------------------------------
BACKENDS = ["memory", "sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)]
SQL_BACKENDS = ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)]


def _url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    backend = request.param
    if backend == "memory":
        return "memory://"
    if backend == "sqlite":
        return f"sqlite:///{tmp_path / 'store.db'}"
    return empty_pg(request.getfixturevalue("pg_url"))


@pytest.fixture(params=BACKENDS)
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """URL of an empty store: memory, a SQLite file, or the PostgreSQL test database."""
    return _url(request, tmp_path)


@pytest.fixture(params=SQL_BACKENDS)
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """URL of an empty SQL database (SQLite file or PostgreSQL), for multi-process tests."""
    return _url(request, tmp_path)


@pytest.fixture
def store(store_url: str) -> Iterator[Store]:
    """An empty store on each backend in turn."""
    opened = open_store(store_url)
    try:
        yield opened
    finally:
        opened.close()


SAMPLE_DIRS = ("text", "html", "feeds", "jsonl", "warc")


@pytest.fixture(scope="session")
def model() -> Any:
    """The spaCy pipeline the coder parses with."""
    from frontwatch.nlp import load_model

    return load_model()


@pytest.fixture(scope="session")
def actors() -> ActorDictionary:
    """The actor dictionary of the package's data files."""
    return ActorDictionary.load()


@pytest.fixture(scope="session")
def gaz(tmp_path_factory: pytest.TempPathFactory) -> Gazetteer:
    """The gazetteer, built once per session into a temporary cache, so that the build itself is
    what the place tests read (not a file an earlier run left in the user's cache)."""
    from frontwatch.config import Settings

    return Gazetteer.open(Settings(cache_dir=tmp_path_factory.getbasetemp() / "gazetteer-cache"))


@pytest.fixture(scope="session")
def coder() -> Callable[[str, datetime | None], list[Event]]:
    """The whole coder (parse, code, resolve places and dates), as `frontwatch extract` runs it."""
    from frontwatch.config import Settings
    from frontwatch.evaluate import default_coder

    return default_coder(Settings(allow_network=False))


@pytest.fixture(scope="session")
def fw_cache() -> Path:
    """The user's frontwatch cache (`FRONTWATCH_CACHE` or ~/.cache/frontwatch): the gazetteer
    index is built there once and reused by later sessions, rebuilt when its data changes."""
    from frontwatch.config import Settings

    return Settings().cache_dir


@pytest.fixture(scope="session")
def resources(fw_cache: Path) -> Any:
    """The model, lexicon, actor dictionary and gazetteer, loaded once per session."""
    from frontwatch.config import Settings
    from frontwatch.pipeline import Resources

    return Resources.load(Settings(cache_dir=fw_cache))


@pytest.fixture(scope="session")
def sample_db(tmp_path_factory: pytest.TempPathFactory, fw_cache: Path, resources: Any) -> str:
    """The synthetic sample corpus ingested once, offline, into a SQLite store (read by CLI,
    API and browser tests; tests that write to it add reviews and alerts only)."""
    from frontwatch.config import Settings
    from frontwatch.pipeline import ingest
    from frontwatch.store import open_store

    root = Path(__file__).resolve().parents[1] / "samples"
    tmp = tmp_path_factory.mktemp("samples")
    settings = Settings(db_url=f"sqlite:///{tmp / 'samples.db'}", cache_dir=fw_cache, allow_network=False)
    store = open_store(settings.db_url)
    try:
        summary = ingest([str(root / d) for d in SAMPLE_DIRS], settings, store, resources)
    finally:
        store.close()
    assert summary.new > 40, summary.line()
    return settings.db_url
