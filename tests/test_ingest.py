"""Stage 1: every kind of input is read, and every bad input is one clear InputError."""

from __future__ import annotations

import builtins
import contextlib
import gzip
import io
import json
import os
import sys
import tempfile
import threading
from collections.abc import Iterator
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given
from hypothesis import settings as hsettings
from hypothesis import strategies as st

from frontwatch import ingest
from frontwatch.config import Settings
from frontwatch.errors import (
    BinaryInput,
    DecodeError,
    EmptyInput,
    InputError,
    MalformedInput,
    SourceNotFound,
    TooLarge,
)
from frontwatch.ingest import decode, detect_kind, documents_from_bytes, iter_documents
from frontwatch.models import RawDocument

OFFLINE = Settings(allow_network=False, db_url="memory://")
FEEDS_DIR = Path(__file__).resolve().parents[1].parent / "shared" / "eval" / "feeds"

PAGE = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Russian troops arrive in Belarus</title></head>
<body><article><h1>Russian troops arrive in Belarus</h1>
<p>A train carrying Russian troops arrived in Belarus, the Belarusian defence ministry said on
Friday, as Kyiv warned of a new offensive from the north.</p>
<p>Belarus will also receive more Russian weapons, the ministry said.</p>
</article></body></html>
"""

RSS2 = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Eastern Wire</title><link>https://wire.example/</link>
<description>Synthetic test feed</description>
<item><title>Russian troops arrive in Belarus</title><link>https://wire.example/a1</link>
<description>&lt;p&gt;A train of Russian troops arrived in Belarus on Friday.&lt;/p&gt;</description>
<pubDate>Fri, 06 Jan 2023 10:00:00 GMT</pubDate></item>
<item><title>Minsk says it will not join the war</title><link>https://wire.example/a2</link>
<description>Minsk said on Saturday it would not join the war in Ukraine.</description>
<pubDate>Sat, 07 Jan 2023 08:30:00 +0200</pubDate></item>
</channel></rss>
"""

RDF = """<?xml version="1.0" encoding="utf-8"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
 xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel rdf:about="https://wire.example/"><title>RDF Wire</title><link>https://wire.example/</link>
<description>Synthetic test feed</description></channel>
<item rdf:about="https://wire.example/r1"><title>Belarus to receive more Russian weapons</title>
<link>https://wire.example/r1</link><description>Belarus will receive more Russian weapons.</description>
<dc:date>2023-01-06T12:00:00Z</dc:date></item>
</rdf:RDF>
"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Wire</title><id>urn:test</id>
<updated>2023-01-06T12:00:00Z</updated>
<entry><title>Joint air-force drills planned</title><id>urn:e1</id>
<link href="https://wire.example/t1"/><updated>2023-01-06T12:00:00Z</updated>
<content type="html">&lt;p&gt;Russia and Belarus prepare joint air-force drills, the ministry
said.&lt;/p&gt;</content>
</entry></feed>
"""


def write(path: Path, data: bytes | str) -> str:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return str(path)


def collect(sources: list[str], settings: Settings = OFFLINE, **kw: object) -> list[RawDocument | InputError]:
    return list(iter_documents(sources, settings, **kw))  # type: ignore[arg-type]


def errors_of(items: list[RawDocument | InputError]) -> list[InputError]:
    return [i for i in items if isinstance(i, InputError)]


def docs_of(items: list[RawDocument | InputError]) -> list[RawDocument]:
    return [i for i in items if isinstance(i, RawDocument)]


def warc_bytes(records: list[tuple[str, str, int, str, bytes]], compress: bool = True) -> bytes:
    """A WARC written with warcio: (type, uri, status, content type, body) per record."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    out = io.BytesIO()
    writer = WARCWriter(out, gzip=compress)
    for rec_type, uri, status, ctype, body in records:
        if rec_type == "request":
            headers = StatusAndHeaders("GET / HTTP/1.1", [("Host", "wire.example")], is_http_request=True)
        else:
            headers = StatusAndHeaders(f"{status} X", [("Content-Type", ctype)], protocol="HTTP/1.1")
        writer.write_record(
            writer.create_warc_record(uri, rec_type, payload=io.BytesIO(body), http_headers=headers)
        )
    return out.getvalue()


# detection ---------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("data", "name", "kind"),
    [
        (b"Russian troops arrived in Belarus on Friday.", "", "text"),
        (b"Plain words, even with a .html name.", "a.html", "text"),
        (PAGE.encode(), "", "html"),
        (PAGE.encode(), "report.txt", "html"),
        (b"\xef\xbb\xbf<!-- saved --><html><body><p>x</p></body></html>", "", "html"),
        (b"<div><p>A fragment of a page.</p></div>", "", "html"),
        (RSS2.encode(), "", "feed"),
        (RSS2.encode(), "feed.html", "feed"),
        (RDF.encode(), "", "feed"),
        (ATOM.encode(), "", "feed"),
        (b'<?xml version="1.0"?>\n<?xml-stylesheet href="x"?>\n<rss version="2.0"></rss>', "", "feed"),
        (b'{"text": "Troops arrived.", "url": "https://x.example/1"}\n{"text": "More."}\n', "", "jsonl"),
        (b'{"text": "Troops arrived."}', "items.jsonl", "jsonl"),
        (b"{not json at all", "notes.txt", "text"),
        (gzip.compress(PAGE.encode()), "page.html.gz", "html"),
        (warc_bytes([("response", "https://x.example/", 200, "text/html", b"<p>x</p>")]), "", "warc"),
        (warc_bytes([("response", "https://x.example/", 200, "text/html", b"<p>x</p>")], False), "", "warc"),
    ],
)
def test_detect_kind_from_content(data: bytes, name: str, kind: str) -> None:
    assert detect_kind(data, name) == kind


def test_detect_kind_works_on_a_prefix_of_a_large_gzip_warc() -> None:
    body = PAGE.encode() * 50
    data = warc_bytes([("response", f"https://x.example/{i}", 200, "text/html", body) for i in range(20)])
    assert detect_kind(data[:4096], "crawl.warc.gz") == "warc"


@pytest.mark.parametrize(
    ("data", "error", "words"),
    [
        (b"", EmptyInput, "empty"),
        (b"  \n\t \r\n", EmptyInput, "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", BinaryInput, "PNG"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", BinaryInput, "PDF"),
        (bytes(range(256)) * 4, BinaryInput, "binary"),
        (b"\x1f\x8b\x08\x00garbage-that-is-not-deflate", BinaryInput, "gzip"),
    ],
)
def test_detect_kind_refuses_empty_and_binary(data: bytes, error: type[InputError], words: str) -> None:
    with pytest.raises(error) as info:
        detect_kind(data, "in.bin")
    assert info.value.source == "in.bin"
    assert words.lower() in info.value.reason.lower()


@hsettings(max_examples=300, deadline=None)
@given(st.binary(max_size=3000), st.sampled_from(["", "a.html", "b.jsonl", "c.warc.gz", "d.xml", "e.txt"]))
def test_detect_kind_never_crashes(data: bytes, name: str) -> None:
    with contextlib.suppress(InputError):
        assert detect_kind(data, name) in ingest.KINDS


@hsettings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=2000) | st.text(max_size=2000).map(lambda s: s.encode("utf-8", "surrogatepass")))
def test_reading_arbitrary_bytes_never_raises(data: bytes) -> None:
    for item in documents_from_bytes(data, "fuzz", OFFLINE):
        assert isinstance(item, (RawDocument, InputError))


@hsettings(max_examples=100, deadline=None)
@given(st.binary(max_size=800))
def test_reading_a_corrupt_warc_never_raises(tail: bytes) -> None:
    for data in (b"WARC/1.0\r\n" + tail, gzip.compress(b"WARC/1.1\r\nWARC-Type: response\r\n" + tail)):
        for item in documents_from_bytes(data, "fuzz.warc", OFFLINE):
            assert isinstance(item, (RawDocument, InputError))


# decoding ----------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("data", "kind", "header", "expected"),
    [
        (b'<meta charset="windows-1252"><p>Caf\xe9 \x93quoted\x94 \x80</p>', "html", None,
         "Café “quoted” €"),
        ('<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1"><p>Gr\xfc\xdfe</p>'.encode(
            "latin-1"), "html", None, "Grüße"),
        ("<p>Gr\xfc\xdfe \x81</p>".encode("latin-1"), "html", "text/html; charset=latin-1", "Grüße \x81"),
        ('<?xml version="1.0" encoding="iso-8859-1"?><rss><t>Mosc\xfa</t></rss>'.encode("latin-1"), "feed",
         None, "Moscú"),
        ('<meta charset="iso-8859-1"><p>Кремль</p>'.encode(), "html", None, "Кремль"),
        ('<meta charset="shift_jis"><p>東京</p>'.encode("shift_jis"), "html", None, "東京"),
        ("\ufeffBOM text Łódź".encode("utf-8"), "text", None, "Łódź"),
        ("UTF-16 text Łódź".encode("utf-16"), "text", None, "Łódź"),
    ],
)  # fmt: skip
def test_decode_follows_the_declared_charset(
    data: bytes, kind: str, header: str | None, expected: str
) -> None:
    assert expected in decode(data, "page", header, kind)


@pytest.mark.parametrize(
    ("data", "kind", "words"),
    [
        (b"Troops arrived in Minsk \xe9\xe9 on Friday \xff\xfe.", "text", "not valid UTF-8"),
        (b'<html><head><meta charset="utf-8"></head><body><p>Caf\xe9 in Minsk</p></body></html>', "html",
         "not valid utf-8"),
        (b'<meta charset="shift_jis"><p>\xff\xff</p>', "html", "not valid shift_jis"),
        (b'<meta charset="no-such-charset"><p>\xe9t\xe9</p>', "html", "unknown declared charset"),
    ],
)  # fmt: skip
def test_decode_refuses_bytes_wrong_for_the_charset(data: bytes, kind: str, words: str) -> None:
    with pytest.raises(DecodeError) as info:
        decode(data, "page", None, kind)
    assert words.lower() in str(info.value).lower()
    assert info.value.source == "page"


def test_decode_accepts_a_rare_stray_byte_in_a_long_page() -> None:
    page = ("<p>" + "Troops arrived in Belarus. " * 2000 + "</p>").encode() + b"<!-- K\xfcchen -->"
    assert "Troops arrived" in decode(page, "page", None, "html")


# the bad inputs of issue #2, mixed with good ones ------------------------------------------
def test_each_bad_input_is_one_clear_error_and_the_rest_come_through(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    good1 = write(tmp_path / "good1.html", PAGE)
    good2 = write(tmp_path / "good2.txt", "Minsk said it would not join the war.\n")
    big = tmp_path / "huge.txt"
    with big.open("wb") as fh:  # sparse: 100 MB on paper, nothing on disk
        fh.truncate(100 * 1024 * 1024)
    bad = {
        write(tmp_path / "image.png", b"\x89PNG\r\n\x1a\n" + bytes(range(256))): (BinaryInput, "binary"),
        write(tmp_path / "empty.txt", b""): (EmptyInput, "empty"),
        write(tmp_path / "latin.txt", "Caf\xe9 in Minsk, troops on the border.".encode("latin-1")): (
            DecodeError, "UTF-8"),
        write(tmp_path / "wrong.html", b'<html><head><meta charset="utf-8"></head><body><p>Gr\xfc\xdfe aus '
              b"Minsk</p></body></html>"): (DecodeError, "utf-8"),
        write(tmp_path / "cut.html", b"<html><head><title>Troops</title></head><body><p>Troo</p><di"): (
            MalformedInput, "truncated"),
        write(tmp_path / "broken.xml", b'<?xml version="1.0"?><rss version="2.0"><channel><title>x</ti'
              b"<item><title>"): (MalformedInput, "malformed feed"),
        str(big): (TooLarge, "limit"),
        str(tmp_path / "missing.html"): (SourceNotFound, "no such file"),
    }  # fmt: skip
    opened: list[str] = []
    real_open = builtins.open

    def spy_open(file: object, *args: object, **kwargs: object) -> object:
        opened.append(str(file))
        return real_open(file, *args, **kwargs)  # type: ignore[call-overload]

    monkeypatch.setattr(ingest, "open", spy_open, raising=False)
    sources = [good1, *bad, good2]
    items = collect(sources)
    docs, errors = docs_of(items), errors_of(items)
    assert [d.source for d in docs] == [good1, good2]
    assert len(errors) == len(bad)
    for err in errors:
        kind, words = bad[err.source]
        assert type(err) is kind, err
        assert words.lower() in err.reason.lower(), err
        assert str(err).startswith(err.source) and "\n" not in str(err)
    assert str(big) not in opened  # the size check stopped it before any read


def test_truncated_html_without_body_text_is_refused(tmp_path: Path) -> None:
    path = write(tmp_path / "cut.html", "<html><head><title>Troops arrive</title></head><bo")
    [err] = collect([path])
    assert isinstance(err, MalformedInput) and err.source == path


def test_a_directory_of_ten_thousand_small_files_simply_works(tmp_path: Path) -> None:
    top = tmp_path / "many"
    for i in range(10_000):
        sub = top / f"d{i // 1000}"
        if i % 1000 == 0:
            sub.mkdir(parents=True)
        (sub / f"{i:05d}.txt").write_bytes(b"Report %d: troops arrived in Belarus on Friday." % i)
    write(top / ".hidden" / "skip.txt", "hidden dirs are skipped")
    write(top / ".skip.txt", "hidden files are skipped")
    items = collect([str(top)])
    docs = docs_of(items)
    assert len(docs) == 10_000 and not errors_of(items)
    assert [d.source for d in docs] == sorted(d.source for d in docs)


# feeds ---------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("feed", "first"),
    [
        (RSS2, ("Russian troops arrive in Belarus", "https://wire.example/a1", "Eastern Wire",
                datetime(2023, 1, 6, 10, 0, tzinfo=UTC))),
        (RDF, ("Belarus to receive more Russian weapons", "https://wire.example/r1", "RDF Wire",
               datetime(2023, 1, 6, 12, 0, tzinfo=UTC))),
        (ATOM, ("Joint air-force drills planned", "https://wire.example/t1", "Atom Wire",
                datetime(2023, 1, 6, 12, 0, tzinfo=UTC))),
    ],
)  # fmt: skip
def test_feed_items_offline_are_summaries_with_item_metadata(
    tmp_path: Path, feed: str, first: tuple[str, str, str, datetime]
) -> None:
    path = write(tmp_path / "feed.xml", feed)
    items = collect([path])
    docs = docs_of(items)
    assert docs and not errors_of(items)
    doc = docs[0]
    assert (doc.title, doc.url, doc.outlet, doc.published) == first
    assert doc.is_summary and doc.source == f"{path}#1"
    assert all(d.is_summary for d in docs)


def test_an_html_summary_without_tags_has_its_entities_decoded(tmp_path: Path) -> None:
    feed = (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title><item>'
        "<title>Clashes in Lyon</title><link>https://wire.example/l1</link><description><![CDATA["
        "Police said France&#039;s interior ministry sent 200 officers &amp; two helicopters.]]>"
        "</description></item></channel></rss>"
    )
    docs = docs_of(collect([write(tmp_path / "feed.xml", feed)]))
    text = docs[0].data.decode()
    assert text == "Police said France's interior ministry sent 200 officers & two helicopters."


def test_rss_item_times_are_utc(tmp_path: Path) -> None:
    docs = docs_of(collect([write(tmp_path / "feed.rss", RSS2)]))
    assert docs[1].published == datetime(2023, 1, 7, 6, 30, tzinfo=UTC)


def test_feed_item_links_are_fetched_when_the_network_allows(tmp_path: Path) -> None:
    path = write(tmp_path / "feed.xml", RSS2)
    fetched: list[str] = []

    def fetch(url: str) -> tuple[bytes, str | None]:
        fetched.append(url)
        if url.endswith("a2"):
            raise SourceNotFound(url, "HTTP 404 Not Found")
        return PAGE.encode(), "text/html; charset=utf-8"

    docs = docs_of(collect([path], Settings(allow_network=True, db_url="memory://"), fetch=fetch))
    assert fetched == ["https://wire.example/a1", "https://wire.example/a2"]
    assert [(d.kind, d.is_summary) for d in docs] == [("html", False), ("text", True)]
    assert docs[0].data == PAGE.encode() and docs[0].title == "Russian troops arrive in Belarus"


def test_malformed_feed_is_one_error(tmp_path: Path) -> None:
    path = write(
        tmp_path / "bad.rss", '<?xml version="1.0"?>\n<rss version="2.0"><channel><item><title>&bogus;'
    )
    [err] = collect([path])
    assert isinstance(err, MalformedInput) and err.source == path and "feed" in err.reason


def test_feed_without_items_is_reported(tmp_path: Path) -> None:
    path = write(tmp_path / "none.rss", '<rss version="2.0"><channel><title>Nothing</title></channel></rss>')
    [err] = collect([path])
    assert isinstance(err, EmptyInput) and "no items" in err.reason


@pytest.mark.eval
@pytest.mark.skipif(not FEEDS_DIR.is_dir(), reason=f"{FEEDS_DIR} not found")
def test_real_feeds_from_the_eval_folder() -> None:
    files = sorted(str(p) for p in FEEDS_DIR.iterdir() if p.is_file())
    assert files
    for path in files:
        with open(path, "rb") as fh:
            assert detect_kind(fh.read(4096), path) == "feed", path
        items = collect([path])
        docs = docs_of(items)
        assert docs, (path, errors_of(items)[:3])
        assert all(d.is_summary or d.kind == "html" for d in docs)
        assert sum(1 for d in docs if d.title) >= len(docs) // 2, path


# JSON Lines, WARC, stdin, URLs ---------------------------------------------------------------
def test_jsonl_objects_with_a_bad_line_reported_by_number(tmp_path: Path) -> None:
    lines = [
        json.dumps({"text": "Troops arrived in Belarus.", "url": "https://x.example/1", "title": "Troops",
                    "published": "2023-01-06T09:00:00+02:00", "outlet": "Eastern Wire"}),
        "",
        "{this is not json",
        json.dumps({"html": PAGE, "url": "https://x.example/2"}),
        json.dumps(["a", "list"]),
        json.dumps({"title": "no body"}),
    ]  # fmt: skip
    path = write(tmp_path / "batch.jsonl", "\n".join(lines) + "\n")
    items = collect([path])
    docs, errors = docs_of(items), errors_of(items)
    assert [(d.kind, d.source) for d in docs] == [("text", f"{path}:1"), ("html", f"{path}:4")]
    first = docs[0]
    assert (first.url, first.title, first.outlet) == ("https://x.example/1", "Troops", "Eastern Wire")
    assert first.published == datetime(2023, 1, 6, 7, 0, tzinfo=UTC)
    assert [(type(e), e.source) for e in errors] == [
        (MalformedInput, f"{path}:3"), (MalformedInput, f"{path}:5"), (MalformedInput, f"{path}:6"),
    ]  # fmt: skip


def test_json_documents_spread_over_lines(tmp_path: Path) -> None:
    obj = {"text": "Troops arrived in Belarus.", "title": "Troops"}
    pretty = write(tmp_path / "one.json", json.dumps(obj, indent=2))
    array = write(tmp_path / "many.json", json.dumps([obj, {"html": PAGE}, 3], indent=1))
    broken = write(tmp_path / "broken.json", "[\n" + json.dumps(obj) + ",\n{oops\n]")
    items = collect([pretty, array, broken])
    assert [(type(i).__name__, i.source) for i in items] == [
        ("RawDocument", pretty), ("RawDocument", f"{array}#1"), ("RawDocument", f"{array}#2"),
        ("MalformedInput", f"{array}#3"), ("MalformedInput", broken),
    ]  # fmt: skip


def test_jsonl_line_with_invalid_utf8_is_one_error(tmp_path: Path) -> None:
    path = write(tmp_path / "b.jsonl", b'{"text": "ok one"}\n{"text": "caf\xe9"}\n{"text": "ok two"}\n')
    items = collect([path])
    assert len(docs_of(items)) == 2
    [err] = errors_of(items)
    assert isinstance(err, DecodeError) and err.source == f"{path}:2"


def test_warc_html_responses_become_documents(tmp_path: Path) -> None:
    data = warc_bytes([
        ("request", "https://wire.example/a", 0, "", b""),
        ("response", "https://wire.example/a", 200, "text/html; charset=utf-8", PAGE.encode()),
        ("response", "https://wire.example/logo.png", 200, "image/png", b"\x89PNG\r\n"),
        ("response", "https://wire.example/gone", 404, "text/html", b"<p>not found</p>"),
        ("response", "https://wire.example/b", 200, "text/html", b"<html><body><p>Caf\xe9</p></body></html>"),
        ("response", "https://wire.example/c", 200, "text/html; charset=windows-1252",
         b"<html><body><p>Caf\xe9 in Minsk</p></body></html>"),
    ])  # fmt: skip
    path = write(tmp_path / "crawl.warc.gz", data)
    items = collect([path])
    docs, errors = docs_of(items), errors_of(items)
    assert [(d.url, d.source) for d in docs] == [
        ("https://wire.example/a", f"{path}#1"), ("https://wire.example/c", f"{path}#5"),
    ]  # fmt: skip
    assert docs[0].data == PAGE.encode() and docs[0].kind == "html"
    assert [(type(e), e.source) for e in errors] == [(DecodeError, f"{path}#4")]
    # the charset was only in the HTTP header: the kept bytes must read right on their own
    assert decode(docs[1].data, "again", None, "html") == "<html><body><p>Café in Minsk</p></body></html>"


def test_header_charset_with_a_conflicting_meta_label() -> None:
    page = '<html><head><meta charset="shift_jis"></head><body><p>Café in Minsk</p></body></html>'
    [doc] = documents_from_bytes(
        page.encode("cp1252"), "u", OFFLINE, content_type="text/html; charset=cp1252"
    )
    assert isinstance(doc, RawDocument)
    assert "Café in Minsk" in decode(doc.data, "again", None, "html")


def test_broken_warc_is_one_error(tmp_path: Path) -> None:
    good = warc_bytes([("response", "https://x.example/", 200, "text/html", PAGE.encode())], compress=False)
    path = write(tmp_path / "cut.warc", good[:60] + b"\r\nContent-Length: 99999\r\n\r\n<p>")
    items = collect([path])
    assert len(items) == 1 and isinstance(items[0], (MalformedInput, EmptyInput))
    assert items[0].source == path


def test_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(PAGE.encode())))
    [doc] = collect(["-"])
    assert isinstance(doc, RawDocument) and doc.source == "-" and doc.kind == "html"


def test_stdin_over_the_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"x" * 2000)))
    [err] = collect(["-"], OFFLINE.with_(max_input_bytes=1000))
    assert isinstance(err, TooLarge) and err.source == "-"


def test_urls_go_through_the_fetcher() -> None:
    def fetch(url: str) -> tuple[bytes, str | None]:
        if "missing" in url:
            raise SourceNotFound(url, "HTTP 404 Not Found")
        return PAGE.encode(), "text/html"

    items = collect(["https://wire.example/ok", "https://wire.example/missing"], fetch=fetch)
    doc, err = items
    assert isinstance(doc, RawDocument) and doc.url == "https://wire.example/ok"
    assert isinstance(err, SourceNotFound) and "404" in err.reason


@pytest.mark.parametrize(
    ("settings", "words"),
    [(OFFLINE, "network access is disabled"),
     (Settings(db_url="memory://", fetch_timeout=2.0), "cannot fetch")],
)  # fmt: skip
def test_http_fetch_failures_are_source_not_found(settings: Settings, words: str) -> None:
    [err] = collect(["http://127.0.0.1:9/nothing-listens-here"], settings)
    assert isinstance(err, SourceNotFound) and words in err.reason


@pytest.fixture
def local_site() -> Iterator[tuple[str, list[str]]]:
    """A web server on 127.0.0.1 serving a feed whose item links point back at it, and a page;
    yields its base URL and the paths asked for."""
    asked: list[str] = []
    base: list[str] = []  # the server's URL, known once it listens

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            asked.append(self.path)
            body = (
                RSS2.replace("https://wire.example/a1", f"{base[0]}/secret").encode()
                if self.path == "/feed.xml"
                else PAGE.encode()
            )
            self.send_response(200)
            self.send_header(
                "Content-Type", "application/rss+xml" if self.path == "/feed.xml" else "text/html"
            )
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    httpd = HTTPServer(("127.0.0.1", 0), Handler)
    base.append(f"http://127.0.0.1:{httpd.server_port}")
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield base[0], asked
    finally:
        httpd.shutdown()


def test_a_feed_cannot_send_the_fetcher_to_a_local_address(local_site: tuple[str, list[str]]) -> None:
    base, asked = local_site
    online = Settings(db_url="memory://", fetch_timeout=5.0)
    # the user's own URL is fetched wherever it points; the feed's link to this machine is not
    docs = docs_of(collect([f"{base}/feed.xml", f"{base}/page"], online))
    assert asked == ["/feed.xml", "/page"]
    assert docs[0].url == f"{base}/secret" and docs[0].is_summary
    assert docs[-1].url == f"{base}/page" and not docs[-1].is_summary


@pytest.mark.parametrize(
    ("host", "refused"),
    [("169.254.169.254", True), ("10.0.0.8", True), ("::1", True), ("127.0.0.1", True),
     ("93.184.215.14", False)],
)  # fmt: skip
def test_private_and_local_addresses_are_refused(host: str, refused: bool) -> None:
    if refused:
        with pytest.raises(ingest._PrivateAddress, match="private or local address"):
            ingest._public_addresses(host, 80)
    else:
        assert ingest._public_addresses(host, 80) == [host]


class _Server:
    """A web server on a loopback address that records the Host header of each request; its
    path /go redirects to `redirect_to` when set."""

    def __init__(self, address: str, body: str) -> None:
        self.hosts: list[str] = []
        self.redirect_to = ""
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                server.hosts.append(self.headers.get("Host", ""))
                if self.path == "/go" and server.redirect_to:
                    self.send_response(302)
                    self.send_header("Location", server.redirect_to)
                    self.end_headers()
                    return
                self.send_response(200)
                self.send_header("Content-Type", "text/html")
                self.end_headers()
                self.wfile.write(body.encode())

            def log_message(self, *args: object) -> None:
                pass

        self.httpd = HTTPServer((address, 0), Handler)
        self.port = self.httpd.server_port
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()


@pytest.fixture
def rebinding_dns(monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[_Server, _Server]]:
    """Two servers: a 'public' site on 127.0.0.2 (the tests count that address as public) and a
    local service on 127.0.0.1. The name rebind.test resolves to the public site once, then to
    the local service every time after (a hostile DNS server); local.test always to the local
    service."""
    try:
        site = _Server("127.0.0.2", PAGE)
    except OSError:
        pytest.skip("this system cannot listen on 127.0.0.2")
    secret = _Server("127.0.0.1", "<html><body><p>instance credentials</p></body></html>")
    real = ingest.socket.getaddrinfo
    answers = {"rebind.test": ["127.0.0.2"], "local.test": []}

    def getaddrinfo(host: str, port: object, *args: object, **kwargs: object) -> list[object]:
        if host not in answers:
            return real(host, port, *args, **kwargs)  # type: ignore[arg-type]
        address = answers[host].pop(0) if answers[host] else "127.0.0.1"
        return real(address, port, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(ingest.socket, "getaddrinfo", getaddrinfo)
    monkeypatch.setattr(ingest, "_is_public", lambda address: address == "127.0.0.2")
    try:
        yield site, secret
    finally:
        site.httpd.shutdown()
        secret.httpd.shutdown()


def test_a_name_that_rebinds_to_a_local_address_reaches_only_the_checked_one(
    rebinding_dns: tuple[_Server, _Server],
) -> None:
    site, secret = rebinding_dns
    fetch = ingest.http_fetch(Settings(db_url="memory://", fetch_timeout=5.0), public_only=True)
    body, _ = fetch(f"http://rebind.test:{site.port}/page")
    # the connection went to the address that was checked, the name still in the Host header
    assert b"Russian troops" in body and site.hosts == [f"rebind.test:{site.port}"]
    assert secret.hosts == []
    # asked again, the name now resolves to 127.0.0.1 only: refused before any connection
    with pytest.raises(SourceNotFound) as err:
        fetch(f"http://rebind.test:{secret.port}/page")
    assert err.value.reason == "rebind.test is a private or local address (127.0.0.1): not fetched"
    assert secret.hosts == []


def test_a_redirect_to_a_local_address_is_refused_where_it_connects(
    rebinding_dns: tuple[_Server, _Server],
) -> None:
    site, secret = rebinding_dns
    site.redirect_to = f"http://local.test:{secret.port}/latest/meta-data/"
    online = Settings(db_url="memory://", fetch_timeout=5.0)
    [err] = collect([f"http://rebind.test:{site.port}/go"], online, public_only=True)
    assert isinstance(err, SourceNotFound) and "local.test is a private or local address" in err.reason
    assert site.hosts == [f"rebind.test:{site.port}"] and secret.hosts == []
    # the user's own fetcher (no public_only) still reaches a local server
    [doc] = collect([f"http://127.0.0.1:{secret.port}/page"], online)
    assert isinstance(doc, RawDocument) and secret.hosts == [f"127.0.0.1:{secret.port}"]


CHANNEL_PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Front Watch – Telegram</title>
<meta property="og:title" content="Front Watch"></head><body><main><section class="tgme_channel_history">
<div class="tgme_widget_message_wrap">
<div class="tgme_widget_message js-widget_message" data-post="frontwatch/41">
<div class="tgme_widget_message_text js-message_text" dir="auto"><b>Russian troops arrive in Belarus</b><br/>
<br/>MINSK, Jan 7 (Eastern Wire) - A train carrying Russian troops arrived in Belarus on Friday, the
defence ministry said.<br/>Belarus will also receive more Russian weapons, the ministry said.</div>
<span class="tgme_widget_message_views">21.4K</span><a class="tgme_widget_message_date" href="#">
<time datetime="2023-01-07T10:15:03+00:00">10:15</time></a></div></div>
<div class="tgme_widget_message_wrap">
<div class="tgme_widget_message js-widget_message" data-post="frontwatch/42">
<a class="tgme_widget_message_photo_wrap" href="#"></a><time datetime="2023-01-07T10:20:00+00:00">10:20</time>
</div></div>
<div class="tgme_widget_message_wrap">
<div class="tgme_widget_message js-widget_message" data-post="frontwatch/43">
<div class="tgme_widget_message_text js-message_text">Air raid alert in the Kyiv region.</div>
<time datetime="2023-01-07T11:02:40+00:00">11:02</time></div></div></section></main>
<div class="tgme_channel_info"><div class="tgme_channel_info_header_title"><span>Front Watch</span></div>
<a href="https://telegram.org/dl">Download Telegram</a></div></body></html>"""


def test_a_channels_web_preview_is_one_document_per_post(tmp_path: Path) -> None:
    from frontwatch.clean import clean

    path = tmp_path / "channel.html"
    path.write_text(CHANNEL_PAGE, encoding="utf-8")
    docs = docs_of(collect([str(path)]))
    # the photo without a caption is no document; each post has its own link, time and channel
    assert [d.url for d in docs] == ["https://t.me/frontwatch/41", "https://t.me/frontwatch/43"]
    assert [d.published for d in docs] == [
        datetime(2023, 1, 7, 10, 15, 3, tzinfo=UTC),
        datetime(2023, 1, 7, 11, 2, 40, tzinfo=UTC),
    ]
    assert {d.outlet for d in docs} == {"Front Watch"} and docs[0].source == f"{path}#frontwatch/41"
    article = clean(docs[0], OFFLINE, datetime(2023, 1, 8, tzinfo=UTC))
    assert article.title == "Russian troops arrive in Belarus"
    assert article.text.split("\n\n") == [
        "MINSK, Jan 7 (Eastern Wire) - A train carrying Russian troops arrived in Belarus on Friday, the "
        "defence ministry said. Belarus will also receive more Russian weapons, the ministry said."
    ]
    assert "Download Telegram" not in article.text and "Air raid" not in article.text


def test_a_channel_page_in_a_warc_is_one_document_per_post(tmp_path: Path) -> None:
    data = warc_bytes([("response", "https://t.me/s/frontwatch", 200, "text/html", CHANNEL_PAGE.encode())])
    path = write(tmp_path / "crawl.warc.gz", data)
    docs = docs_of(collect([path]))
    assert [(d.url, d.source) for d in docs] == [
        ("https://t.me/frontwatch/41", f"{path}#0#frontwatch/41"),
        ("https://t.me/frontwatch/43", f"{path}#0#frontwatch/43"),
    ]


def test_a_page_that_only_names_the_channel_markup_stays_one_page(tmp_path: Path) -> None:
    page = PAGE.replace("</article>", "<p>Styles: .tgme_widget_message_text { color: red }</p></article>")
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    [doc] = docs_of(collect([str(path)]))
    assert doc.kind == "html" and doc.data == page.encode()


def test_command_line_overrides_metadata(tmp_path: Path) -> None:
    when = datetime(2023, 1, 6, tzinfo=UTC)
    s = OFFLINE.with_(published=when, outlet="Override News", url="https://override.example/")
    [doc] = docs_of(collect([write(tmp_path / "feed.xml", RDF)], s))
    assert (doc.published, doc.outlet, doc.url) == (when, "Override News", "https://override.example/")


def test_gzip_html_is_read_decompressed(tmp_path: Path) -> None:
    [doc] = collect([write(tmp_path / "page.html.gz", gzip.compress(PAGE.encode()))])
    assert isinstance(doc, RawDocument) and doc.data == PAGE.encode() and doc.kind == "html"


def test_gzip_bomb_stops_at_the_limit(tmp_path: Path) -> None:
    path = write(tmp_path / "bomb.txt.gz", gzip.compress(b"troops " * 400_000))
    [err] = collect([path], OFFLINE.with_(max_input_bytes=100_000))
    assert isinstance(err, TooLarge)


def test_unreadable_file_is_one_error() -> None:
    # root reads everything, so as root (CI) the files are read as an unprivileged user, from a
    # directory that user can enter (pytest's tmp_path is private to root)
    root = os.geteuid() == 0
    with tempfile.TemporaryDirectory() as top:
        os.chmod(top, 0o755)
        path = write(Path(top) / "secret.txt", "Troops arrived.")
        good = write(Path(top) / "good.txt", "Troops arrived in Belarus on Friday.")
        os.chmod(path, 0)
        os.chmod(good, 0o644)
        try:
            if root:
                os.seteuid(65534)
            items = collect([path, good])
        finally:
            if root:
                os.seteuid(0)
    [err] = errors_of(items)
    assert isinstance(err, SourceNotFound) and err.source == path and "ermission" in str(err)
    assert len(docs_of(items)) == 1


def test_a_symlink_loop_is_one_error(tmp_path: Path) -> None:
    loop = tmp_path / "loop.txt"
    os.symlink(tmp_path / "back.txt", loop)
    os.symlink(loop, tmp_path / "back.txt")
    [err] = collect([str(loop)])
    assert isinstance(err, SourceNotFound) and err.source == str(loop)
