"""Stage 1: read sources (files, directories, stdin, URLs, feeds, JSON Lines, WARC) into RawDocuments.

The kind of an input is judged from its content (magic bytes, leading markup, gzip), the file
name only breaks ties. A bad input never stops the run: `iter_documents` yields an InputError
value for it, naming the input and the reason, and goes on with the next one.

    source ─► bytes (size checked before reading) ─► detect_kind ─► text | html   one document
                                                                  ├ feed          one per item
                                                                  ├ jsonl         one per line
                                                                  └ warc          one per HTML response
"""

from __future__ import annotations

import codecs
import html
import io
import ipaddress
import json
import os
import re
import socket
import stat
import sys
import zlib
from collections.abc import Callable, Iterator, Sequence
from datetime import UTC, datetime
from functools import partial
from typing import Any, cast

from .config import Settings
from .errors import (
    BinaryInput,
    DecodeError,
    EmptyInput,
    InputError,
    MalformedInput,
    SourceNotFound,
    TooLarge,
)
from .models import RawDocument

KINDS: tuple[str, ...] = ("text", "html", "feed", "jsonl", "warc")

Fetch = Callable[[str], tuple[bytes, str | None]]
"""A fetcher: URL in, (body bytes, charset from the Content-Type header or None) out."""

SNIFF_BYTES = 4096  # how much of an input detection looks at
STRAY_BYTES_PER_BAD = 10_000  # UTF-8 input may hold one invalid byte per this many bytes

# Magic numbers of formats that are certainly not news text.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "a PDF document"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"PK\x03\x04", "a ZIP archive (or office document)"),
    (b"\x7fELF", "an ELF executable"),
    (b"MZ", "a Windows executable"),
    (b"BZh", "a bzip2 archive"),
    (b"\xfd7zXZ\x00", "an xz archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-zip archive"),
    (b"\x28\xb5\x2f\xfd", "a zstd archive"),
    (b"SQLite format 3\x00", "an SQLite database"),
    (b"\xd0\xcf\x11\xe0", "an old Microsoft Office document"),
    (b"OggS", "an Ogg media file"),
    (b"ID3", "an MP3 file"),
    (b"RIFF", "a RIFF media file"),
    (b"\x1aE\xdf\xa3", "a Matroska/WebM video"),
)
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_GZIP_MAGIC = b"\x1f\x8b"
_CONTROL_BYTES = bytes([*range(0, 9), 14, *range(15, 32), 127])  # not tab, newlines, form feed
_FEED_ROOTS = {"rss", "feed", "rdf:rdf", "rdf"}
_PROLOG = re.compile(r"\s*(<\?.*?\?>|<!--.*?-->|<!doctype[^>]*>)", re.I | re.S)
_ROOT_TAG = re.compile(r"\s*<([A-Za-z][\w:.-]*)")
_HTML_HINT = re.compile(r"<(!doctype\s+html|html|head|body|meta|title|article|div|p|br|span|a\s)\b", re.I)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_:.-]+)""", re.I)
_XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9_.-]+)["']""", re.I)
_LABEL_IN_DOCUMENT = re.compile(r"""((?:charset|encoding)\s*=\s*["']?)[A-Za-z0-9_:.-]+""", re.I)
_CONTENT_TYPE_CHARSET = re.compile(r"charset\s*=\s*[\"']?([A-Za-z0-9_:.-]+)", re.I)
_SINGLE_BYTE_LABELS = {"ascii", "iso8859-1", "cp1252", "iso8859-15"}
_SUPERSETS = {"gb2312": "gb18030", "gbk": "gb18030", "euc_kr": "cp949"}  # as browsers read them
# WHATWG treats ascii and latin-1 labels as windows-1252; the five bytes cp1252 leaves
# undefined map to the C1 controls of latin-1, so a declared latin page always decodes.
_CP1252_TABLE = {i: bytes([i]).decode("cp1252", errors="ignore") or chr(i) for i in range(0x80, 0xA0)}


# --------------------------------------------------------------------------------------------
# detection and decoding
# --------------------------------------------------------------------------------------------


def _gunzip_prefix(data: bytes, limit: int = SNIFF_BYTES) -> bytes:
    """The first `limit` bytes of a gzip stream (which may itself be cut short)."""
    try:
        return zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(data, limit)
    except zlib.error:
        return b""


def _is_binary(prefix: bytes) -> str | None:
    """Why `prefix` is not text, or None when it looks like text."""
    for magic, what in _MAGIC:
        if prefix.startswith(magic):
            return f"binary input ({what})"
    if any(prefix.startswith(bom) for bom, _ in _BOMS):
        return None
    if b"\x00" in prefix:
        return "binary input (contains NUL bytes)"
    controls = len(prefix) - len(prefix.translate(None, _CONTROL_BYTES))
    replaced = prefix.decode("utf-8", errors="replace").count("\ufffd")
    if controls > max(2, len(prefix) // 20) or replaced > max(8, len(prefix) * 3 // 10):
        return "binary input (not text)"
    return None


def detect_kind(data: bytes, name: str = "") -> str:
    """The kind of an input from its first bytes: text, html, feed, jsonl or warc.

    Content decides (magic bytes, gzip, leading markup); the file name's extension only
    breaks ties. Raises EmptyInput or BinaryInput."""
    source = name or "input"
    prefix = data[:SNIFF_BYTES]
    if prefix.startswith(_GZIP_MAGIC):
        prefix = _gunzip_prefix(data)
        if not prefix:
            raise BinaryInput(source, "binary input (a gzip stream that does not decompress)")
        name = re.sub(r"\.gz$", "", name, flags=re.I)
    if prefix.startswith(b"WARC/"):
        return "warc"
    if not prefix.strip():
        raise EmptyInput(source, "empty input (nothing but white space)")
    why = _is_binary(prefix)
    if why:
        raise BinaryInput(source, why)
    encoding = next((enc for bom, enc in _BOMS if prefix.startswith(bom)), "utf-8")
    head = prefix.decode(encoding, errors="replace").lstrip("\ufeff").lstrip()
    if not head:
        raise EmptyInput(source, "empty input (nothing but white space)")
    ext = os.path.splitext(name.lower())[1]
    if head.startswith("<"):
        return _markup_kind(head, ext)
    if head.startswith("{"):
        first = head.split("\n", 1)[0].strip()
        try:
            is_object = isinstance(json.loads(first), dict)
        except ValueError:
            # the first line may be cut by the sniff window; trust an object-like start
            is_object = "\n" not in head and first.startswith('{"')
        if is_object or ext in (".jsonl", ".ndjson", ".json"):
            return "jsonl"
    if head.startswith("[") and ext in (".jsonl", ".ndjson", ".json"):
        return "jsonl"  # a JSON array of objects is read like JSON Lines
    if _HTML_HINT.search(head[:1024]) and (ext in (".html", ".htm", ".xhtml") or "<html" in head.lower()):
        return "html"
    return "text"


def _markup_kind(head: str, ext: str) -> str:
    """html or feed, from the root element after any XML prolog, comments and doctype."""
    rest = head
    while True:
        m = _PROLOG.match(rest)
        if not m:
            break
        rest = rest[m.end() :]
    root = _ROOT_TAG.match(rest)
    if root and root.group(1).lower() in _FEED_ROOTS:
        return "feed"
    if root is None and ext in (".rss", ".atom", ".rdf") and re.search(r"<(rss|feed|rdf:RDF)\b", head):
        return "feed"
    return "html"


def _normal_codec(label: str) -> str | None:
    """Python's codec name for a charset label, or None when unknown."""
    try:
        name = codecs.lookup(label.strip().lower()).name
    except LookupError:
        return None
    return _SUPERSETS.get(name, name)


def declared_charset(data: bytes, kind: str, header: str | None = None) -> str | None:
    """The charset an input declares: the Content-Type header, else a meta tag or XML prolog."""
    if header:
        m = _CONTENT_TYPE_CHARSET.search(header)
        if m:
            return m.group(1)
    head = data[:SNIFF_BYTES]
    found = _XML_ENCODING.match(head) or (_META_CHARSET.search(head) if kind == "html" else None)
    return found.group(1).decode("ascii") if found else None


def decode(data: bytes, source: str, charset: str | None = None, kind: str = "text") -> str:
    """Decode an input's bytes: BOM, else the declared charset, else UTF-8. Raises DecodeError.

    UTF-8 input with at most one invalid byte per STRAY_BYTES_PER_BAD bytes is accepted (the
    stray bytes become U+FFFD): long real pages often carry one in a comment or footer.
    Declared latin-1 and ascii are read as windows-1252, as browsers do. A page labelled with
    a single-byte charset whose bytes are valid multi-byte UTF-8 is read as UTF-8: the label
    is plainly wrong and the content unambiguous."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError as exc:
                why = f"invalid {encoding} after its byte-order mark ({exc.reason})"
                raise DecodeError(source, why) from None
    label = declared_charset(data, kind, charset) if kind != "text" or charset else None
    codec = _normal_codec(label) if label else "utf-8"
    if codec is None:
        codec = "utf-8"
        what = f"unknown declared charset {label!r} and not valid UTF-8"
    else:
        what = f"not valid {label}" if label else "not valid UTF-8 and no charset declared"
    if codec in _SINGLE_BYTE_LABELS:
        if not data.isascii():
            try:
                return data.decode("utf-8")
            except UnicodeDecodeError:
                pass
        if codec == "iso8859-15":
            return data.decode(codec)
        return data.decode("latin-1").translate(_CP1252_TABLE)
    try:
        return data.decode(codec)
    except UnicodeDecodeError as exc:
        if codec == "utf-8":
            # a long page with a rare stray byte (an old footer, an ad comment) is still UTF-8
            text = data.decode("utf-8", errors="replace")
            stray = text.count("\ufffd") - data.count("\ufffd".encode())
            if stray * STRAY_BYTES_PER_BAD <= len(data):
                return text
        raise DecodeError(source, f"{what} (bad byte at offset {exc.start})") from None
    except (LookupError, ValueError) as exc:
        raise DecodeError(source, f"cannot decode as {label}: {exc}") from None


def _self_describing(data: bytes, text: str, source: str, kind: str) -> bytes:
    """Bytes that decode to `text` without the HTTP Content-Type header that was needed to
    read them (stored raw input must be re-readable on its own): the bytes as they are when
    they already do, else UTF-8 with any in-document charset label changed to match."""
    try:
        if decode(data, source, None, kind) == text:
            return data
    except DecodeError:
        pass
    head = _LABEL_IN_DOCUMENT.sub(r"\g<1>utf-8", text[:SNIFF_BYTES])
    return (head + text[SNIFF_BYTES:]).encode("utf-8")


def _truncated_html(text: str) -> bool:
    """True when an HTML page stops inside a tag or comment: the download was cut."""
    tail = text.rstrip()[-4096:]
    if tail.rfind("<!--") > tail.rfind("-->"):
        return True
    return tail.rfind("<") > tail.rfind(">")


# --------------------------------------------------------------------------------------------
# reading sources
# --------------------------------------------------------------------------------------------


def http_fetch(settings: Settings, *, public_only: bool = False) -> Fetch:
    """A fetcher over httpx with the settings' timeout and size limit. With `public_only` (the
    links a feed names: someone else's input) it refuses any connection, redirects included, to a
    loopback, private or link-local address: a hostile feed must not make frontwatch read a local
    service or a cloud metadata endpoint into its store. The check sits where the socket is
    opened (`_PublicOnlyBackend`), so the address checked is the address connected to: a DNS
    server that answers a public address first and 127.0.0.1 next gains nothing. Such fetches
    go direct, never through an environment proxy (a proxy would resolve the name itself)."""

    def fetch(url: str) -> tuple[bytes, str | None]:
        import httpx

        if not settings.allow_network:
            raise SourceNotFound(url, "network access is disabled")
        headers = {"User-Agent": "frontwatch (+https://github.com/frontwatch)"}
        options: dict[str, Any] = {"transport": _public_only_transport()} if public_only else {}
        try:
            with (
                httpx.Client(
                    timeout=settings.fetch_timeout, follow_redirects=True, headers=headers, **options
                ) as client,
                client.stream("GET", url) as resp,
            ):
                if resp.status_code >= 400:
                    raise SourceNotFound(url, f"HTTP {resp.status_code} {resp.reason_phrase}".strip())
                chunks: list[bytes] = []
                size = 0
                for chunk in resp.iter_bytes():
                    size += len(chunk)
                    if size > settings.max_input_bytes:
                        raise TooLarge(url, f"larger than the limit of {settings.max_input_bytes} bytes")
                    chunks.append(chunk)
                return b"".join(chunks), resp.headers.get("content-type")
        except _PrivateAddress as exc:
            raise SourceNotFound(url, str(exc)) from None
        except httpx.HTTPError as exc:
            raise SourceNotFound(url, f"cannot fetch: {type(exc).__name__}: {exc}".rstrip(": ")) from None

    return fetch


class _PrivateAddress(Exception):
    """A public-only connection that would reach a non-public address."""


def _is_public(address: str) -> bool:
    return ipaddress.ip_address(address.split("%")[0]).is_global


def _public_addresses(host: str, port: int) -> list[str]:
    """The addresses `host` resolves to, resolved once; refused (`_PrivateAddress`) when any of
    them is loopback, private, link-local or otherwise not globally routable."""
    infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM, proto=socket.IPPROTO_TCP)
    addresses = list(dict.fromkeys(str(info[4][0]) for info in infos))
    private = [a for a in addresses if not _is_public(a)]
    if private:
        raise _PrivateAddress(f"{host} is a private or local address ({private[0]}): not fetched")
    return addresses


class _PublicOnlyBackend:
    """An httpcore network backend that connects only to the public addresses it resolved
    itself: the name is resolved once, checked, and the socket opened to a checked address
    (TLS SNI, certificate check and Host header still use the name, httpcore takes them from
    the URL)."""

    def __init__(self, inner: Any = None) -> None:
        import httpcore

        self._inner = inner or httpcore.SyncBackend()

    def connect_tcp(
        self, host: str, port: int, timeout: float | None = None, local_address: str | None = None,
        socket_options: Any = None,
    ) -> Any:  # fmt: skip
        import httpcore

        try:
            addresses = _public_addresses(host, port)
        except OSError as exc:
            raise httpcore.ConnectError(f"cannot resolve {host}: {exc}") from None
        failure: Exception = httpcore.ConnectError(f"no address for {host}")
        for address in addresses:
            try:
                return self._inner.connect_tcp(address, port, timeout, local_address, socket_options)
            except (httpcore.ConnectError, httpcore.ConnectTimeout) as exc:
                failure = exc
        raise failure

    def connect_unix_socket(self, path: str, timeout: float | None = None, socket_options: Any = None) -> Any:
        raise _PrivateAddress(f"{path} is a local socket: not fetched")

    def sleep(self, seconds: float) -> None:
        self._inner.sleep(seconds)


def _public_only_transport(backend: Any = None) -> Any:
    """An httpx transport whose every connection, redirects included, goes through
    `_PublicOnlyBackend` (httpx 0.28 takes no network backend, so its pool is replaced)."""
    import httpcore
    import httpx

    transport = httpx.HTTPTransport()
    transport._pool = httpcore.ConnectionPool(
        ssl_context=httpx.create_ssl_context(),
        network_backend=cast("httpcore.NetworkBackend", backend or _PublicOnlyBackend()),
    )
    return transport


def _walk(top: str) -> Iterator[str]:
    """Regular files under a directory, recursive and sorted, hidden entries skipped."""
    try:
        entries = sorted(os.scandir(top), key=lambda e: e.name)
    except OSError:
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        if entry.is_dir(follow_symlinks=True):
            yield from _walk(entry.path)
        elif entry.is_file(follow_symlinks=True):
            yield entry.path


def _read_file(path: str, settings: Settings) -> bytes:
    """A file's bytes, its size checked with stat before anything is read."""
    try:
        st = os.stat(path)
    except FileNotFoundError:
        raise SourceNotFound(path, "no such file or directory") from None
    except OSError as exc:
        raise SourceNotFound(path, exc.strerror or str(exc)) from None
    if stat.S_ISREG(st.st_mode) and st.st_size > settings.max_input_bytes:
        raise TooLarge(path, f"{st.st_size} bytes, over the limit of {settings.max_input_bytes}")
    try:
        with open(path, "rb") as fh:
            data = fh.read(settings.max_input_bytes + 1)
    except OSError as exc:
        raise SourceNotFound(path, exc.strerror or str(exc)) from None
    if len(data) > settings.max_input_bytes:
        raise TooLarge(path, f"over the limit of {settings.max_input_bytes} bytes")
    return data


def _read_stdin(settings: Settings) -> bytes:
    stream = getattr(sys.stdin, "buffer", None)
    data = stream.read(settings.max_input_bytes + 1) if stream is not None else sys.stdin.read().encode()
    if len(data) > settings.max_input_bytes:
        raise TooLarge("-", f"over the limit of {settings.max_input_bytes} bytes")
    return data


def iter_documents(
    sources: Sequence[str], settings: Settings, *, fetch: Fetch | None = None, public_only: bool = False
) -> Iterator[RawDocument | InputError]:
    """Every document in the sources, in order; a bad input is yielded as an InputError.

    Sources are files, directories (recursive, sorted, hidden entries skipped), `-` for stdin
    and http(s) URLs. `fetch` replaces the network fetcher (tests, a cache); `public_only` keeps
    the URLs themselves off local and private addresses too (a URL a web client sent)."""
    if fetch is None and public_only:
        fetch = http_fetch(settings, public_only=True)
    for source in sources:
        if source == "-":
            yield from _guarded("-", partial(_read_stdin, settings), settings, fetch)
        elif re.match(r"https?://", source, re.I):
            yield from _from_url(source, settings, fetch)
        elif os.path.isdir(source):
            for path in _walk(source):
                yield from _guarded(path, partial(_read_file, path, settings), settings, fetch)
        else:
            yield from _guarded(source, partial(_read_file, source, settings), settings, fetch)


def _guarded(
    source: str, read: Callable[[], bytes], settings: Settings, fetch: Fetch | None
) -> Iterator[RawDocument | InputError]:
    try:
        data = read()
    except InputError as exc:
        yield exc
        return
    yield from documents_from_bytes(data, source, settings, fetch=fetch)


def _from_url(url: str, settings: Settings, fetch: Fetch | None) -> Iterator[RawDocument | InputError]:
    """A URL the user gave: fetched wherever it points (a feed's item links are not, see
    `documents_from_bytes`)."""
    try:
        data, content_type = (fetch or http_fetch(settings))(url)
    except InputError as exc:
        yield exc
        return
    yield from documents_from_bytes(data, url, settings, url=url, content_type=content_type, fetch=fetch)


def documents_from_bytes(
    data: bytes,
    source: str,
    settings: Settings,
    *,
    url: str | None = None,
    content_type: str | None = None,
    fetch: Fetch | None = None,
) -> Iterator[RawDocument | InputError]:
    """The documents in one input's bytes (one, or many for a feed, JSON Lines or WARC)."""
    try:
        kind = detect_kind(data, source)
        if kind != "warc" and data.startswith(_GZIP_MAGIC):
            data = _gunzip(data, source, settings.max_input_bytes)
        if kind == "warc":
            yield from _warc_documents(data, source, settings)
        elif kind == "feed":
            yield from _feed_documents(
                data, source, settings, fetch or http_fetch(settings, public_only=True)
            )
        elif kind == "jsonl":
            yield from _jsonl_documents(data, source, settings)
        elif kind == "html" and _CHANNEL_MESSAGE in data:
            yield from _channel_documents(data, source, settings, url=url, content_type=content_type)
        else:
            yield _single(data, source, kind, settings, url=url, content_type=content_type)
    except InputError as exc:
        yield exc


def _gunzip(data: bytes, source: str, limit: int) -> bytes:
    """Decompress a gzip input, refusing more than `limit` bytes of output."""
    d = zlib.decompressobj(16 + zlib.MAX_WBITS)
    try:
        out = d.decompress(data, limit + 1)
    except zlib.error as exc:
        raise MalformedInput(source, f"broken gzip stream ({exc})") from None
    if len(out) > limit:
        raise TooLarge(source, f"decompresses to over the limit of {limit} bytes")
    if not d.eof:
        raise MalformedInput(source, "truncated gzip stream")
    return out


def _single(
    data: bytes,
    source: str,
    kind: str,
    settings: Settings,
    *,
    url: str | None = None,
    content_type: str | None = None,
    title: str | None = None,
    outlet: str | None = None,
    published: datetime | None = None,
) -> RawDocument:
    """One text or HTML document, checked to decode (and, for HTML, not to be cut short)."""
    text = decode(data, source, content_type, kind)
    if content_type:
        data = _self_describing(data, text, source, kind)
    if not text.strip():
        raise EmptyInput(source, "empty input (nothing but white space)")
    if kind == "html" and _truncated_html(text):
        raise MalformedInput(source, "truncated HTML (the page stops inside a tag)")
    return RawDocument(
        source=source,
        data=data,
        kind=kind,
        url=settings.url or url,
        title=title,
        outlet=settings.outlet or outlet,
        published=settings.published or published,
    )


# --------------------------------------------------------------------------------------------
# containers: feeds, JSON Lines, WARC
# --------------------------------------------------------------------------------------------


# A Telegram channel's web preview (t.me/s/NAME) lists posts in these blocks
_CHANNEL_MESSAGE = b"tgme_widget_message_text"
_POSTS = "//div[@data-post][contains(concat(' ', normalize-space(@class), ' '), ' tgme_widget_message ')]"
_POST_TEXT = ".//div[contains(concat(' ', normalize-space(@class), ' '), ' tgme_widget_message_text ')]"
_CHANNEL_NAME = (
    "//*[contains(@class, 'tgme_channel_info_header_title')]//text() | //meta[@property='og:title']/@content"
)


def _channel_documents(
    data: bytes, source: str, settings: Settings, *, url: str | None, content_type: str | None
) -> Iterator[RawDocument | InputError]:
    """A message channel's web page: one plain-text document per post, like a feed's items
    (its channel the outlet, the post's own link and time), rather than one page of posts."""
    import lxml.html

    text = decode(data, source, content_type, "html")
    try:
        tree = lxml.html.fromstring(text)
    except (ValueError, lxml.etree.ParserError):
        yield _single(data, source, "html", settings, url=url, content_type=content_type)
        return
    names = [" ".join(str(v).split()) for v in tree.xpath(_CHANNEL_NAME)]
    channel = next((n for n in names if n), None)
    posts = [(post, post.xpath(_POST_TEXT)) for post in tree.xpath(_POSTS)]
    if not any(body for _, body in posts):
        yield _single(data, source, "html", settings, url=url, content_type=content_type)
        return
    for post, body in posts:
        if not body:
            continue  # a photo or a poll without a caption
        name = str(post.get("data-post"))
        for br in body[0].iter("br"):
            br.tail = "\ue000" + (br.tail or "")  # a line break; other white space is a space
        lines = body[0].text_content().split("\ue000")
        message = "\n".join(" ".join(line.split()) for line in lines).strip()
        if not message:
            continue
        stamps = post.xpath(".//time/@datetime")
        meta: dict[str, Any] = {
            "url": f"https://t.me/{name}" if re.fullmatch(r"[\w/]+", name) else url,
            "outlet": channel,
            "published": parse_published(str(stamps[0])) if stamps else None,
        }
        try:
            yield _single(message.encode("utf-8"), f"{source}#{name}", "text", settings, **meta)
        except InputError as exc:
            yield exc


def _struct_time_utc(value: Any) -> datetime | None:
    if not value:
        return None
    try:
        year, month, day, hour, minute, second = value[:6]
        return datetime(year, month, day, hour, minute, second, tzinfo=UTC)
    except (TypeError, ValueError):
        return None


def _feed_documents(
    data: bytes, source: str, settings: Settings, fetch: Fetch
) -> Iterator[RawDocument | InputError]:
    """One document per feed item: the linked page when it can be fetched, else the summary."""
    import feedparser

    parsed = feedparser.parse(data)
    entries = parsed.get("entries") or []
    if parsed.get("bozo"):
        # a broken feed is still read if it holds items with content before the break
        entries = [e for e in entries if e.get("link") or e.get("summary") or e.get("content")]
    if not entries:
        if parsed.get("bozo"):
            why = parsed.get("bozo_exception")
            raise MalformedInput(source, f"malformed feed ({why})" if why else "malformed feed")
        raise EmptyInput(source, "the feed has no items")
    channel = parsed.get("feed", {}).get("title") or None
    for n, entry in enumerate(entries, 1):
        item = f"{source}#{n}"
        link = entry.get("link") or None
        title = entry.get("title") or None
        published = _struct_time_utc(entry.get("published_parsed") or entry.get("updated_parsed"))
        meta: dict[str, Any] = {"url": link, "title": title, "outlet": channel, "published": published}
        if link and settings.allow_network and re.match(r"https?://", link):
            try:
                body, content_type = fetch(link)
                if detect_kind(body, link) == "html":
                    yield _single(body, link, "html", settings, content_type=content_type, **meta)
                    continue
            except InputError:
                pass  # fall back on the summary below
        content = entry.get("content") or []
        summary = (content[0].get("value") if content else None) or entry.get("summary") or ""
        if not summary.strip():
            yield EmptyInput(item, "feed item without a summary, and its link could not be fetched")
            continue
        kind = "html" if re.search(r"<[a-zA-Z/!]", summary) else "text"
        detail = content[0] if content else entry.get("summary_detail") or {}
        if kind == "text" and "html" in str(detail.get("type") or ""):
            summary = html.unescape(summary)  # HTML without a tag: "France&#039;s" is "France's"
        doc = _single(summary.encode("utf-8"), item, kind, settings, **meta)
        yield RawDocument(**{**doc.__dict__, "is_summary": True})


def parse_published(value: Any) -> datetime | None:
    """A metadata date (ISO 8601 string, epoch seconds or datetime) as UTC, or None."""
    if isinstance(value, datetime):
        dt = value
    elif isinstance(value, (int, float)) and not isinstance(value, bool):
        try:
            return datetime.fromtimestamp(value, UTC)
        except (OverflowError, OSError, ValueError):
            return None
    elif isinstance(value, str) and value.strip():
        try:
            dt = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
        except ValueError:
            from email.utils import parsedate_to_datetime

            try:
                dt = parsedate_to_datetime(value)
            except (TypeError, ValueError, IndexError):
                return None
    else:
        return None
    return dt.replace(tzinfo=UTC) if dt.tzinfo is None else dt.astimezone(UTC)


def _str_field(obj: dict[str, Any], key: str) -> str | None:
    value = obj.get(key)
    return value.strip() if isinstance(value, str) and value.strip() else None


def _jsonl_documents(data: bytes, source: str, settings: Settings) -> Iterator[RawDocument | InputError]:
    """One document per JSON Lines object; a bad line is one InputError naming `file:lineno`.
    A whole-file JSON object or array of objects (pretty-printed .json) is read too."""
    whole = _whole_json(data, source)
    if whole is not None:
        for n, obj in enumerate(whole, 1):
            yield _json_object(obj, f"{source}#{n}" if len(whole) > 1 else source, settings)
        return
    for lineno, raw_line in enumerate(data.splitlines(), 1):
        where = f"{source}:{lineno}"
        if not raw_line.strip():
            continue
        try:
            obj = json.loads(decode(raw_line, where))
        except InputError as exc:
            yield exc
            continue
        except ValueError as exc:
            yield MalformedInput(where, f"invalid JSON ({exc})")
            continue
        yield _json_object(obj, where, settings)


def _whole_json(data: bytes, source: str) -> list[Any] | None:
    """The objects of a file that is one JSON document (an array, or an object spread over
    lines), or None for JSON Lines. Raises MalformedInput when such a document is broken."""
    lines = data.strip().splitlines()
    opener = lines[0].strip() if lines else b""
    if not (opener.startswith(b"[") or opener == b"{"):
        return None
    try:
        doc = json.loads(data)
    except ValueError as exc:
        raise MalformedInput(source, f"invalid JSON ({exc})") from None
    return doc if isinstance(doc, list) else [doc]


def _json_object(obj: Any, where: str, settings: Settings) -> RawDocument | InputError:
    """The document in one JSON object, or the InputError that says what is wrong with it."""
    if not isinstance(obj, dict):
        return MalformedInput(where, f"a JSON {type(obj).__name__}, not an object")
    field = next((k for k in ("text", "html") if isinstance(obj.get(k), str) and obj[k].strip()), None)
    if field is None:
        return MalformedInput(where, "no 'text' or 'html' field")
    meta: dict[str, Any] = {k: _str_field(obj, k) for k in ("url", "title", "outlet")}
    try:
        return _single(
            obj[field].encode("utf-8"), where, field, settings,
            published=parse_published(obj.get("published")), **meta,
        )  # fmt: skip
    except InputError as exc:
        return exc


def _warc_documents(data: bytes, source: str, settings: Settings) -> Iterator[RawDocument | InputError]:
    """One document per HTML response record; other records (requests, images…) are skipped."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    found = 0
    try:
        for n, record in enumerate(ArchiveIterator(io.BytesIO(data), arc2warc=True)):
            if record.rec_type != "response" or record.http_headers is None:
                continue
            content_type = record.http_headers.get_header("Content-Type") or ""
            if record.http_headers.get_statuscode() != "200" or "html" not in content_type.lower():
                continue
            found += 1
            where = f"{source}#{n}"
            try:
                body = record.content_stream().read()
                target = record.rec_headers.get_header("WARC-Target-URI")
                meta: dict[str, Any] = {"url": target, "content_type": content_type}
                if _CHANNEL_MESSAGE in body:
                    yield from _channel_documents(body, where, settings, **meta)
                else:
                    yield _single(body, where, "html", settings, **meta)
            except InputError as exc:
                yield exc
            except (OSError, EOFError, zlib.error) as exc:
                yield MalformedInput(where, f"broken record body ({exc})")
    except (ArchiveLoadFailed, OSError, EOFError, ValueError, zlib.error, AttributeError, KeyError) as exc:
        # warcio fails with AttributeError/KeyError on some corrupt headers
        raise MalformedInput(source, f"broken WARC file ({exc})") from None
    if not found:
        raise EmptyInput(source, "no HTML response records in the WARC file")
