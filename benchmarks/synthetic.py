"""Synthetic wire-style reports for benchmarks (written for frontwatch; not real news).

`make_reports(n)` varies actors, places, dates and sentence order from a small template set so
that every report is distinct (no near-duplicates) and carries codable events.
"""

from __future__ import annotations

import io
import random
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

ACTORS = [
    ("Russian troops", "Moscow"), ("Ukrainian forces", "Kyiv"), ("Belarusian soldiers", "Minsk"),
    ("Polish border guards", "Warsaw"), ("Lithuanian officials", "Vilnius"), ("NATO", "Brussels"),
    ("the United States", "Washington"), ("the European Union", "Brussels"),
]  # fmt: skip
PLACES = [
    "Brest",
    "Gomel",
    "Mozyr",
    "Kharkiv",
    "Sumy",
    "Chernihiv",
    "Zhytomyr",
    "Grodno",
    "Vitebsk",
    "Kupiansk",
]
TEMPLATES = [
    "{a} arrived in {p} on {day}, the defence ministry said.",
    "{a} shelled villages near {p} overnight, killing two civilians, local officials said.",
    "{b} accused {a2} of preparing an attack from {p}.",
    "Officials from {b} and {b2} held talks in {p} on {day} about border security.",
    "{a} will hold joint drills near {p} next week, according to a statement.",
    "{b} denied that its troops had crossed the border near {p}.",
    "Residents of {p} fear that {a2} could launch a new offensive from the north.",
    "The European Union imposed new sanctions on {b2} over the build-up near {p}.",
    "{b} sent humanitarian aid to {p}, the foreign ministry said on {day}.",
    "Hundreds of people protested in {p} against the deployment, witnesses said.",
    "{b} called on {b2} to withdraw its forces from the area around {p}.",
    "Satellite images showed new tents and armoured vehicles at an airfield near {p}.",
    "Analysts said the movements near {p} were consistent with a long-planned exercise.",
]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


@dataclass(frozen=True)
class Report:
    title: str
    text: str
    published: datetime
    url: str


def make_reports(n: int, seed: int = 1, words: int = 600) -> list[Report]:
    """`n` distinct synthetic reports of about `words` words each."""
    rng = random.Random(seed)
    start = datetime(2023, 1, 2, 9, tzinfo=UTC)
    reports = []
    for k in range(n):
        sentences: list[str] = []
        count = 0
        while count < words:
            (a, b), (a2, b2) = rng.sample(ACTORS, 2)
            s = rng.choice(TEMPLATES).format(
                a=a, b=b, a2=a2, b2=b2, p=rng.choice(PLACES), day=rng.choice(DAYS)
            )
            s = s[0].upper() + s[1:] + f" (ref {k}-{len(sentences)})"
            sentences.append(s)
            count += len(s.split())
        paras = [" ".join(sentences[i : i + 4]) for i in range(0, len(sentences), 4)]
        published = start + timedelta(hours=7 * k)
        reports.append(
            Report(f"Synthetic report {k}", "\n\n".join(paras), published, f"https://bench.example/{k}")
        )
    return reports


def report_html(r: Report) -> str:
    """A simple article page for a report."""
    paras = "".join(f"<p>{p}</p>" for p in r.text.split("\n\n"))
    return (
        f"<!doctype html><html><head><title>{r.title} - Bench Wire</title>"
        f'<meta property="og:site_name" content="Bench Wire">'
        f'<meta property="article:published_time" content="{r.published.isoformat()}">'
        f"</head><body><nav><a href='/'>Home</a> <a href='/world'>World</a></nav>"
        f"<article><h1>{r.title}</h1>{paras}</article>"
        f"<footer>Synthetic benchmark data written for frontwatch.</footer></body></html>"
    )


def write_warc(path: Path, reports: list[Report]) -> None:
    """A gzipped WARC of HTML response records."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        for r in reports:
            body = report_html(r).encode("utf-8")
            headers = StatusAndHeaders(
                "200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1"
            )
            record = writer.create_warc_record(
                r.url, "response", payload=io.BytesIO(body), http_headers=headers
            )
            writer.write_record(record)


def iter_texts(n: int, seed: int = 1) -> Iterator[str]:
    for r in make_reports(n, seed):
        yield r.text
