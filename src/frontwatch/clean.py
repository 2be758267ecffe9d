"""Stage 2: a RawDocument into a clean Article (main text, title, outlet, date, language).

1. decode            the bytes, as ingest checked them (ingest.decode)
2. main text         HTML through trafilatura (text, title, site name, date); text as is
3. tidy              NFC, white space, paragraphs as blank-line separated blocks
4. chrome            cut blog/comment footers, drop share/read-more/cookie/crumb lines
5. metadata          title from a trailing "Title - Outlet" line, the container (feed, JSON
                     Lines), the page (its headline: titles.py), or a plain text's head
                     (headline, date line); outlet: who published this copy (container, the
                     page's name, a text's masthead), else the credit of a re-post ("Title -
                     Reuters", "(Reuters) -"); the date checked (UTC, 1900..now+1d)
6. identity          language (py3langid); id = sha256 of the normalised text
"""

from __future__ import annotations

import contextlib
import copy
import json
import re
import unicodedata
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from .config import Settings
from .errors import NoText
from .ingest import decode, parse_published
from .models import Article, RawDocument, sha256_hex
from .titles import (
    INVISIBLE,
    compiled_xpath,
    heading_above,
    headline_like,
    looks_like_outlet,
    meta_text,
    metadata_title,
    names_site,
    page_heading,
    page_heading_named,
    site_cover,
    site_keys,
    split_title,
    title_text,
    undated,
    url_host,
)

# page_heading and split_title live in titles.py; they stay importable from here
__all__ = [
    "EARLIEST", "Extracted", "article_id", "check_published", "clean", "date_line", "dateline_outlet",
    "detect_language", "extract_html", "head_and_body", "masthead", "normalise", "page_heading",
    "paragraphs", "published_stamp", "split_title", "strip_chrome", "tidy", "trailing_title_outlet",
]  # fmt: skip

EARLIEST = datetime(1900, 1, 1, tzinfo=UTC)

# --- 3. tidy ------------------------------------------------------------------------------
_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_BULLET = re.compile(r"^(?:[-*•·▪►»›]|\d{1,2}[.)])\s+")

# --- 4. chrome ----------------------------------------------------------------------------
# A whole line (after a list bullet is removed) that is page furniture, not reporting.
_CHROME_LINE = re.compile(
    r"""^(?:
        read\ (?:more|the\ (?:full\ )?(?:story|article)|full\ (?:story|article))
      | continue\ reading | full\ story | more\ »? | click\ here\ to\ read\ more
      | share(?:\ this(?:\ (?:article|story|post|page))?)?
      | share\ (?:on|to|via)\ \w+ | email\ this | blogthis! | tweet | print(?:\ this)?
      | (?:facebook|twitter|x|whatsapp|linkedin|telegram|reddit|pinterest|email|e-mail|messenger)
      | (?:share\ to|share\ on)\ \w+(?:\ (?:share\ to|share\ on)\ \w+)*
      | like\ this: | like\ loading\.*
      | related(?:\ (?:articles|stories|posts|news|topics|coverage))?
      | you\ (?:may|might)\ also\ (?:like|be\ interested\ in) | more\ from\ \w+(?:\ \w+)?
      | advertisement | sponsored(?:\ content)? | ad | skip\ to\ (?:main\ )?content | menu | search
      | home | top\ stories | most\ (?:read|popular|viewed) | trending(?:\ now)? | loading\.*
      | newer\ posts?(?:\ older\ posts?)?(?:\ home)? | older\ posts?(?:\ home)? | previous\ post | next\ post
      | subscribe\ to:?\ (?:post\ )?(?:comments|posts)(?:\ \(atom\))?
      | subscribe(?:\ now|\ to\ (?:our|the)\ newsletter)? | sign\ up(?:\ for\ (?:our|the)\ newsletter)?
      | follow\ us(?:\ on\ .{1,40})?
      | sign\ up\ for\ more\ like\ this | (?:see|read)\ (?:all|more)\ from\ [^.,;!?]{1,60}
      | written\ by\ [^.,;:!?]{1,60}
      # a widget's count: "124", "1.2K Followers", "21.4K views", "3 min read", "1,203 comments"
      | (?:\d{1,3}(?:[,.]\d{3})*|\d+(?:[.,]\d)?\ ?[KkMm])
        (?:\ (?:views?|comments?|responses?|claps?|likes?|shares?|followers|subscribers|points|replies
        | min(?:ute)?s?\ read))?
      | (?:all|some)\ rights\ reserved\.? | ©.{0,80} | copyright\ ©?.{0,80}
      | accept(?:\ all)?(?:\ cookies)? | reject(?:\ all)? | i\ agree | got\ it!? | ok(?:ay)?
      | manage\ (?:cookies|preferences|settings|consent) | cookie\ (?:settings|policy|preferences)
      | labels?:.{0,200} | tags?:.{0,200} | filed\ under:?.{0,200} | categories?:.{0,200}
      | posted\ by\ .{1,80}\ at\ \d{1,2}[:.]\d{2}.{0,12} | posted\ by\ [^.!?,;]{1,40}
      | posted\ (?:on|in)\ .{1,60}
      | image\ (?:source|caption):?.{0,100} | photo:\ .{0,100}
      | (?:sources?|via|credit):\ [A-Z][\w&'’-]*(?:\ (?:[A-Z][\w&'’.-]*|of|the|and|&)){0,5}  # a credit
      | the\ post\ .{1,300}\ appeared\ first\ on\ [^,;]{1,60}  # WordPress feed footer
      | thanks\ for\ reading\ [^!?]{1,80}!\ subscribe\b.{0,160}  # newsletter platforms' appeals
      | subscribe\ for\ free\ to\ receive\ new\ posts.{0,120}
      | .{1,80}\ is\ a\ reader-supported\ publication\..{0,200}
    )\s*[.:!»›→…]*$""",
    re.I | re.X,
)
# "Follow Anna Koval", "Subscribe to Eastern Front Watch", "Follow @efw": a name, so case matters
_FOLLOW_NAME = re.compile(r"^(?:[Ss]ubscribe to|[Ff]ollow) @?[A-Z@][\w.-]*(?: [A-Z][\w.-]*){0,4}\s*[.!]*$")
# Where a blog's comment section or footer starts: everything from here on is dropped.
_FOOTER_START = re.compile(
    r"""^(?:
        no\ comments: | \d+\ comments?: | post\ a\ comment | leave\ a\ (?:reply|comment)
      | comments\ \(\d+\) | \d+\ responses?\ to\ .{1,200} | newer\ post\ older\ post(?:\ home)?
      | subscribe\ to:\ post\ comments(?:\ \(atom\))? | discussion\ about\ this\ (?:post|episode)
    )\s*$""",
    re.I | re.X,
)
# Share links run together as one line: "Email ThisBlogThis!Share to TwitterShare to Facebook"
_SHARE_RUN = re.compile(
    r"(?:\s*(?:email\ this|blogthis!|share\ (?:to|on|via)\ [A-Z][a-z]+|tweet|print|pin\ it)\s*[|·•]?)+",
    re.I | re.X,
)
_READ_MORE_TAIL = re.compile(
    r"\s*(?:\[(?:…|\.\.\.)\]|(?:read\ more|continue\ reading|read\ the\ full\ (?:story|article))"
    r"\s*(?:»|›|→|\.\.\.|…)?)\s*$",
    re.I | re.X,
)
# how every text _READ_MORE_TAIL matches ends, before any white space ("[…]", "Read more",
# "Continue reading", "the full story", "… article", and the marks that may follow them)
_READ_MORE_ENDS = ("]", "»", "›", "→", "...", "…", "e", "E", "g", "G", "y", "Y")
_COOKIE = re.compile(r"\bcookies?\b", re.I)
_COOKIE_CONTEXT = re.compile(
    r"""\b(?:we\ use|uses|using|accept|consent|by\ continuing|privacy\ policy|preferences
      | your\ (?:browser|device|experience) | to\ (?:improve|personali[sz]e|analy[sz]e)
      | opt[\ -]out | this\ (?:site|website))\b""",
    re.I | re.X,
)
_SENTENCE_SPLIT = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9\"“'‘(])")
# "Home > World > Europe", "News | Politics | Business | Sport"
_CRUMB_SEP = re.compile(r"\s+(?:>|»|›|/|\||·|•|::)\s+")

# --- 5. metadata --------------------------------------------------------------------------
# "Russian troops arrive in Belarus - Reuters": a short headline, a dash, a short name.
_TITLE_OUTLET = re.compile(
    r"^(?P<title>[\w\"“‘'].{8,240}?\S)\s+[-–—|]\s+(?P<outlet>[A-Z][\w.&'’ -]{1,50}?[\w.])\s*$",
)
_DATELINE = re.compile(
    r"^(?:[A-Z][\w.'’-]*(?:[ ,/-]+[A-Z][\w.'’-]*){0,5}\s*,?\s+)?"  # KYIV, / NEW YORK
    r"(?:\w{3,9}\.?\s+\d{1,2}(?:,\s*\d{4})?\s+)?"  # Jan 6 / January 6, 2023
    r"\((?P<agency>[A-Za-z][\w&.'’/-]*(?: [A-Z][\w&.'’/-]*){0,3})\)\s*[-–—]"  # (Reuters) - / (Eastern Wire) -
)
# " - ", " | ", " › " and the like between a headline and a site's name
_MONTHS = {m: i for i, m in enumerate(("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct",
                                         "nov", "dec"), 1)}  # fmt: skip
_DATE_LINE = re.compile(
    r"""^(?:(?:published|updated|posted|date)(?:\ on)?:?\s+)?
    (?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?
    (?:(?P<month>[a-z]{3,9})\.?\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<year>\d{4})
      | (?P<day2>\d{1,2})(?:st|nd|rd|th)?\.?\s+(?P<month2>[a-z]{3,9})\.?,?\s+(?P<year2>\d{4})
      | (?P<iso>\d{4}-\d{2}-\d{2}(?:[T\ ]\d{2}:\d{2}(?::\d{2})?(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?)?))
    (?:,?\s+(?:at\s+)?(?P<hour>\d{1,2})[:.](?P<minute>\d{2})\s*(?P<ampm>[ap]\.?m\.?)?)?
    (?:\s*(?:utc|gmt))?\s*$""",
    re.I | re.X,
)
# "23.01.2022 - ", "2022-01-23 | ", "23/01/2022, 10:15 Uhr: " before a headline
_AGENCY_NAMES = {"AP": "Associated Press", "DPA": "dpa"}


@dataclass(frozen=True)
class Extracted:
    """What step 2 found in a document: main text and the page's own metadata."""

    text: str
    title: str | None = None
    sitename: str | None = None
    date: str | None = None
    headline: bool = False  # the title is a heading on the page, the site's name already left out
    named: str | None = None  # the site's name as the <title> gives it ("Headline | Site")


def normalise(text: str) -> str:
    """The form an article's id and its near-duplicate shingles are computed on:
    NFC, case-folded, white space collapsed to single spaces."""
    return " ".join(unicodedata.normalize("NFC", text).casefold().split())


def article_id(text: str) -> str:
    """An article's id: sha256 of its normalised text, hex."""
    return sha256_hex(normalise(text))


# --------------------------------------------------------------------------------------------
# 2. main text
# --------------------------------------------------------------------------------------------


def extract_html(html: str, url: str | None = None, now: datetime | None = None) -> Extracted:
    """Main text and metadata of an HTML page via trafilatura (precision-leaning settings);
    the title is the page heading that the <title> repeats, when there is one."""
    from trafilatura.utils import load_html

    params: dict[str, Any] = {"extensive_search": True, "original_date": True}
    if now is not None:
        params["max_date"] = (now + timedelta(days=1)).strftime("%Y-%m-%d")
    doc: Any = None
    tree: Any = None
    heading, stamp, named = None, None, None
    if not _DOCUMENT_TAG.search(html[:5000]):
        html = f"<html><body>{html}</body></html>"  # a fragment (feed summary, JSON field)
    try:
        tree = load_html(html)
        if tree is not None:
            _unwrap_text_forms(tree)
            (heading, named), stamp = page_heading_named(tree, url), published_stamp(tree)
            doc = _extraction(tree, url, params, recall=False)
            if doc is None or not (doc.text or "").strip():
                doc = _extraction(tree, url, params, recall=True)
    except (ValueError, TypeError, AttributeError, IndexError, KeyError, RecursionError):
        # lxml and trafilatura fail in these ways on some malformed markup
        doc = None
    if doc is None:
        return Extracted(text="", title=heading, headline=bool(heading))
    date = doc.date
    if stamp is not None and (not date or stamp.date().isoformat() == date[:10]):
        date = stamp.isoformat()  # the same day, to the minute
    title, headline, sitename = heading or doc.title, bool(heading), doc.sitename
    if not heading and tree is not None:
        title = metadata_title(doc.title, tree, sitename, url) or title
        if title != doc.title and doc.title and sitename and _swapped(doc.title, sitename, title, url):
            sitename = None  # "Headline - SLF" read as title "SLF", site "Headline"
        # no heading repeats a metadata title: the headline right above the main text
        heading = heading_above(tree, doc.text, sitename, url)
        title, headline = heading or title, bool(heading)
    if not heading and names_site(title, sitename, url) and doc.body is not None:
        # a title that only names the site: the first heading of the main text, if any
        heads = (" ".join("".join(head.itertext()).split()) for head in doc.body.iter("head"))
        first = next((text for text in heads if headline_like(text)), None)
        title, headline = (first, True) if first else (title, headline)
    return Extracted(
        text=doc.text or "", title=title, sitename=sitename, date=date, headline=headline, named=named
    )


def _extraction(tree: Any, url: str | None, date_params: dict[str, Any], *, recall: bool) -> Any:
    """What `trafilatura.bare_extraction(tree, with_metadata=True, ...)` (favor_recall with
    `recall`, else favor_precision) gives for the fields this module reads (text, body, title,
    site name, date), or None where it gives None.

    bare_extraction reads the metadata into a copy of the tree (`_page_metadata`), then
    extracts the main text from that same copy; so does this, in two calls, so that the
    metadata nobody here reads (author, categories, tags, licence: a fifth of the extraction's
    time, the author alone copying the whole tree) is left out. bare_extraction would hand the
    main-text steps the page's canonical URL when the caller gave none; with links and images
    off they never read it."""
    import trafilatura

    work = copy.copy(tree)  # what bare_extraction copies a tree into
    try:
        meta = _page_metadata(work, url, date_params)
    except (TypeError, ValueError):
        return None  # bare_extraction's answer when its metadata step fails so
    doc: Any = trafilatura.bare_extraction(
        work,
        url=url,
        favor_precision=not recall,
        favor_recall=recall,
        include_comments=False,
        include_tables=True,
        with_metadata=False,
    )
    if doc is not None:
        doc.title, doc.sitename, doc.date = meta.title, meta.sitename, meta.date
    return doc


def _page_metadata(tree: Any, url: str | None, date_params: dict[str, Any]) -> Any:
    """trafilatura.metadata.extract_metadata (trafilatura 2.3.1, pinned) less the author,
    categories, tags and licence: the same calls in the same order on the same tree, so the
    title, site name, URL and date are what extract_metadata gives (a test holds them equal).
    Those steps only read the tree (the author's copies it first), so the tree the main text
    is then extracted from is unchanged too."""
    from trafilatura.metadata import (
        META_URL,
        examine_meta,
        extract_domain,
        extract_meta_json,
        extract_sitename,
        extract_title,
        extract_url,
        find_date,
    )

    date_config = {**date_params}
    metadata = examine_meta(tree)
    if metadata.author and " " not in metadata.author:
        metadata.author = None
    with contextlib.suppress(Exception):  # as in extract_metadata: broken JSON-LD is passed over
        metadata = extract_meta_json(tree, metadata)
    if not metadata.title:
        metadata.title = extract_title(tree)
    if not metadata.url:
        metadata.url = extract_url(tree, url)
    if metadata.url:
        metadata.hostname = extract_domain(metadata.url, fast=True)
    date_config["url"] = metadata.url
    metadata.date = find_date(tree, **date_config)
    if not metadata.sitename:
        metadata.sitename = extract_sitename(tree)
    if metadata.sitename:
        metadata.sitename = metadata.sitename.lstrip("@")  # a Twitter handle
        if metadata.sitename and "." not in metadata.sitename and not metadata.sitename[0].isupper():
            metadata.sitename = metadata.sitename.title()
    elif metadata.url:
        found = META_URL.match(metadata.url)
        if found:
            metadata.sitename = found[1]
    metadata.filedate = date_config.get("max_date")
    metadata.clean_and_trim()
    return metadata


def _unwrap_text_forms(tree: Any) -> None:
    """A <form> with nothing to fill in (no visible input, no text area, no list) is a
    wrapper around text, like the one a forum puts around each post: made a <div>, since
    trafilatura deletes forms that do not hold most of the page."""
    for form in tree.iter("form"):
        if not compiled_xpath(_FORM_FIELDS)(form):
            form.tag = "div"


_FORM_FIELDS = ".//input[not(@type='hidden')] | .//textarea | .//select"


def _swapped(title: str, sitename: str, page_title: str, url: str | None) -> bool:
    """Whether trafilatura read a page title the wrong way round: its title is the host's
    name and its site's name is the rest of the page's <title>."""
    return names_site(title, None, url) and site_cover(page_title, site_keys(sitename, None), None) > 0


def published_stamp(tree: Any) -> datetime | None:
    """The publication time a page states to the minute (article:published_time,
    itemprop=datePublished, <time datetime>, JSON-LD datePublished), as UTC; trafilatura gives
    only the day."""
    json_ld = " ".join(compiled_xpath(_JSON_LD)(tree))[:20_000]
    values = [*compiled_xpath(_STAMP_XPATH)(tree)[:5], *_JSON_LD_PUBLISHED.findall(json_ld)[:2]]
    for value in values:
        stamp = parse_published(str(value)) if re.search(r"\d{2}:\d{2}", str(value)) else None
        if stamp is not None:
            return stamp
    return None


_STAMP_XPATH = (
    '//meta[@property="article:published_time" or @name="article:published_time" '
    'or @property="og:published_time" or @itemprop="datePublished"]/@content'
    " | //time[@itemprop='datePublished' or @pubdate]/@datetime"
)
_JSON_LD = "//script[@type='application/ld+json']/text()"
_JSON_LD_PUBLISHED = re.compile(r'"datePublished"\s*:\s*"([^"]{10,40})"')
_DOCUMENT_TAG = re.compile(r"<(?:html|body|head)\b", re.I)


def _markup_text(html: str) -> str:
    """All text of an HTML fragment, one line per block element."""
    import lxml.html
    from lxml.etree import ParserError

    try:
        tree = lxml.html.fragment_fromstring(html, create_parent="div")
    except (ParserError, ValueError):
        return ""
    for node in tree.iter("p", "div", "br", "li", "h1", "h2", "h3", "h4", "blockquote", "tr"):
        node.tail = "\n" + (node.tail or "")
    return str(tree.text_content())


def _from_json(text: str) -> tuple[str, str, dict[str, Any]]:
    """(kind, content, metadata) of a raw JSON Lines object."""
    try:
        obj = json.loads(text)
    except ValueError:
        return "text", text, {}
    if not isinstance(obj, dict):
        return "text", text, {}
    kind = "text" if isinstance(obj.get("text"), str) else "html"
    content = obj.get(kind) if isinstance(obj.get(kind), str) else ""
    return kind, str(content), obj


# --------------------------------------------------------------------------------------------
# 3–4. tidy and strip chrome
# --------------------------------------------------------------------------------------------


def tidy(text: str) -> str:
    """NFC, invisible and control characters removed, spaces collapsed, lines stripped."""
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    text = INVISIBLE.sub("", text)
    text = _CONTROLS.sub(" ", text)
    text = text.replace("\u2028", "\n").replace("\u2029", "\n\n")
    # each line's runs of white space as one space, its ends stripped
    return "\n".join(" ".join(line.split()) for line in text.split("\n"))


def paragraphs(text: str, hard_wrapped: bool) -> list[str]:
    """Paragraphs of tidied text. `hard_wrapped`: single newlines inside a blank-line separated
    block join lines (plain text); otherwise each line is its own paragraph (trafilatura)."""
    if not hard_wrapped:
        return [line for line in text.split("\n") if line]
    out = []
    for block in re.split(r"\n\s*\n", text):
        lines = [line for line in block.split("\n") if line]
        if not lines:
            continue
        # keep chrome lines separate so that step 4 can drop them whole
        current: list[str] = []
        for line in lines:
            if (
                _is_chrome(line)
                or _FOOTER_START.match(_unbullet(line))
                or _BULLET.match(line)
                or _DATE_LINE.match(line)
            ):
                if current:
                    out.append(" ".join(current))
                    current = []
                out.append(line)
            else:
                current.append(line)
        if current:
            out.append(" ".join(current))
    return out


def _unbullet(line: str) -> str:
    """A line without its list bullet, or the emoji or symbols a post puts in front of a
    call to action ("🔴 Subscribe to …")."""
    line = _BULLET.sub("", line, count=1).strip()
    start = 0
    while start < len(line) and (line[start] in " \u200d\ufe0f" or _is_pictograph(line[start])):
        start += 1
    return line[start:]


def _is_pictograph(char: str) -> bool:
    """An emoji, dingbat or arrow (not ©, ® or a currency sign, which read as text)."""
    return char >= "\u2190" and unicodedata.category(char) in ("So", "Sk")


def _is_crumb(line: str) -> bool:
    """Navigation crumbs or a menu: three or more short items split by >, », /, |."""
    parts = _CRUMB_SEP.split(line)
    if len(parts) < 3:
        return False
    return all(0 < len(p.split()) <= 4 and not re.search(r"[.!?,;]$", p) for p in parts)


def _is_cookie_notice(sentence: str) -> bool:
    return bool(_COOKIE.search(sentence) and _COOKIE_CONTEXT.search(sentence))


def _is_chrome(line: str) -> bool:
    core = _unbullet(line)
    return (
        not core
        or bool(_CHROME_LINE.match(core) or _SHARE_RUN.fullmatch(core) or _FOLLOW_NAME.match(core))
        or _is_crumb(core)
    )


def strip_chrome(paras: list[str]) -> list[str]:
    """Drop page furniture: the footer from a comment-section marker on, and chrome lines,
    cookie-banner sentences and trailing "Read more" links anywhere."""
    for i, para in enumerate(paras):
        if i > 0 and _FOOTER_START.match(_unbullet(para)):
            paras = paras[:i]
            break
    out = []
    for para in paras:
        if _FOOTER_START.match(_unbullet(para)) or _is_chrome(para):
            continue
        kept = para
        if _COOKIE.search(para) and len(para) < 600:
            kept = " ".join(s for s in _SENTENCE_SPLIT.split(para) if not _is_cookie_notice(s)).strip()
        if kept.rstrip().endswith(_READ_MORE_ENDS):  # else the pattern cannot match: spare its scan
            kept = _READ_MORE_TAIL.sub("", kept)
        kept = kept.strip()
        if kept and (kept == para or not _is_chrome(kept)):  # an unchanged line is no chrome
            out.append(kept)
    return out


# --------------------------------------------------------------------------------------------
# 5. metadata
# --------------------------------------------------------------------------------------------


def trailing_title_outlet(paras: list[str]) -> tuple[str, str] | None:
    """(title, outlet) from a last paragraph like "Russian troops arrive in Belarus - Reuters"."""
    if len(paras) < 2:
        return None
    m = _TITLE_OUTLET.match(paras[-1])
    if not m or (paras[-1].endswith((".", "?", "!", ":", ";", ",")) and not m.group("outlet").endswith(".")):
        return None
    title, outlet = m.group("title").strip(), m.group("outlet").strip()
    if not 3 <= len(title.split()) <= 30 or re.search(r"[.!?]\s", title) or not looks_like_outlet(outlet):
        return None
    return title, outlet


def masthead(paras: list[str]) -> str | None:
    """A plain text's first line when it is a site's name above its menu ("Frontline
    Aggregator" over "Home | World | Europe"): the publisher of a page saved as text."""
    if len(paras) < 3 or len(paras[0]) > 60 or not _is_crumb(_unbullet(paras[1])):
        return None
    return paras[0] if looks_like_outlet(paras[0]) and not _is_chrome(paras[0]) else None


def dateline_outlet(paras: list[str]) -> str | None:
    """The agency of a leading dateline such as "KYIV, Jan 6 (Reuters) -"."""
    for para in paras[:2]:
        m = _DATELINE.match(para)
        if m:
            agency = m.group("agency")
            return _AGENCY_NAMES.get(agency.upper(), agency)
    return None


def head_and_body(paras: list[str]) -> tuple[list[str], list[str]]:
    """Split a plain text into its head lines (masthead, headline, date line: short, no full
    stop, before the first paragraph that reads as prose or a dateline) and its body."""
    for i, para in enumerate(paras[:5]):
        if (
            len(para) > 160
            or para.endswith((".", "!", "?", '"', "”", ")", ";", ":"))
            or _DATELINE.match(para)
        ):
            return (paras[:i], paras[i:]) if i else ([], paras)
    return [], paras


def date_line(line: str) -> datetime | None:
    """The moment a line such as "Monday, December 12, 2022 07:40 UTC", "6 January 2023" or
    "Published: 2023-01-06T10:00Z" names (UTC), or None when the line is not just a date."""
    m = _DATE_LINE.match(line)
    if not m:
        return None
    if m.group("iso"):
        return parse_published(m.group("iso"))
    month = _MONTHS.get((m.group("month") or m.group("month2") or "").lower()[:3])
    day, year = int(m.group("day") or m.group("day2")), int(m.group("year") or m.group("year2"))
    hour, minute = int(m.group("hour") or 0), int(m.group("minute") or 0)
    if m.group("ampm") and m.group("ampm").lower() == "pm" and hour < 12:
        hour += 12
    elif m.group("ampm") and m.group("ampm").lower() == "am" and hour == 12:
        hour = 0
    try:
        return datetime(year, month or 0, day, hour, minute, tzinfo=UTC)
    except ValueError:
        return None


def _drop_repeated_title(paras: list[str], *titles: str | tuple[str, str] | None, at: int = 0) -> list[str]:
    """Drop a first (at=0) or last (at=-1) paragraph that only repeats the headline: a blog's
    post title above the post, or echoed again below it by the page's footer."""
    if len(paras) < 2 or len(paras[at]) > 240 or paras[at].endswith((".", ",", ";")):
        return paras
    edge = normalise(paras[at])
    for title in titles:
        name = title[0] if isinstance(title, tuple) else title
        if name and len(edge) >= 12 and edge in normalise(INVISIBLE.sub("", name)):
            return paras[1:] if at == 0 else paras[:-1]
    return paras


def check_published(value: datetime | None, now: datetime) -> datetime | None:
    """A publication date as UTC, or None when it is in the future (after now + 1 day) or
    before 1900: such a value is bad metadata, not a date to reason with."""
    if value is None:
        return None
    value = value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)
    ref = now.replace(tzinfo=UTC) if now.tzinfo is None else now
    if value > ref + timedelta(days=1) or value < EARLIEST:
        return None
    return value


def _first(*values: str | None) -> str | None:
    return next((v for v in values if v), None)


_LETTER = re.compile(r"[^\W\d_]")


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of the text's language (py3langid), or None for too little text."""
    import py3langid

    if sum(1 for _ in zip(range(10), _LETTER.finditer(text[:2000]), strict=False)) < 10:
        return None  # fewer than ten letters
    lang, _ = py3langid.classify(text[:1500])  # enough to decide; the cost grows with length
    return str(lang)


# --------------------------------------------------------------------------------------------
# the stage
# --------------------------------------------------------------------------------------------


def clean(doc: RawDocument, settings: Settings, now: datetime) -> Article:
    """Stage 2: the Article in a RawDocument. Raises NoText when no main text is left."""
    # 1. decode
    kind = doc.kind
    content = decode(doc.data, doc.source, None, "html" if kind in ("html", "feed-item") else "text")
    meta: dict[str, Any] = {}
    if kind in ("json", "jsonl"):
        kind, content, meta = _from_json(content)
    if kind == "feed-item":
        kind = "html" if re.search(r"<[a-zA-Z/!]", content) else "text"
    # 2. main text
    page = extract_html(content, doc.url or meta_text(meta.get("url")), now) if kind == "html" else None
    body = page.text if page else content
    if page and not body.strip() and doc.is_summary:
        body = _markup_text(content)  # a summary is all text; trafilatura may find it too short
    # 3. tidy
    paras = paragraphs(tidy(body), hard_wrapped=page is None)
    # 4. chrome
    name = masthead(paras) if page is None else None
    paras = strip_chrome(paras)
    # 5. metadata
    paras = _drop_repeated_title(paras, doc.title, page.title if page else None, at=-1)
    trailing = trailing_title_outlet(paras)
    if trailing:
        paras = paras[:-1]
    lead, line_date = None, None
    if page is None:
        head, body_paras = head_and_body(paras)
        if head and body_paras:
            dates = [d for d in map(date_line, head) if d]
            line_date = dates[0] if dates else None
            named = [h for h in head if not date_line(h) and len(h.split()) >= 3]
            lead = max(named, key=len) if named else None
            paras = body_paras
    paras = _drop_repeated_title(paras, doc.title, page.title if page else None, trailing)
    text = "\n\n".join(paras)
    if not re.search(r"\w", text):
        raise NoText(doc.source, "no main text left after cleaning")
    url = _first(meta_text(settings.url), meta_text(doc.url), meta_text(meta.get("url")))
    sitename = meta_text(page.sitename) if page else None
    raw_title = _first(
        title_text(doc.title), title_text(meta.get("title")), title_text(page.title) if page else None
    )
    if page and page.headline and raw_title == title_text(page.title):
        title, title_site = raw_title, None  # a heading the page's metadata confirmed
    else:
        title, title_site = split_title(raw_title, sitename, url) if raw_title else (None, None)
    title_site = title_site or (meta_text(page.named) if page else None)
    if title_site and not looks_like_outlet(title_site):
        title_site = None
    # a <title> part the host confirms ("| Daily Brief Digest" on digest.example) names the
    # publisher; another one may be a section ("| Politics") and only comes last
    hosted = title_site if title_site and site_cover(title_site, site_keys(None, url), url) > 0 else None
    title = undated(_first(trailing[0] if trailing else None, title, lead))
    # the outlet is who published this copy: the container's or the page's own name first; a
    # wire credit ("Title - Reuters", "(Reuters) -") only when nothing names the publisher
    host_only = sitename is not None and sitename.casefold().removeprefix("www.") == url_host(url)
    outlet = _first(
        meta_text(settings.outlet), meta_text(doc.outlet), meta_text(meta.get("outlet")),
        None if host_only else sitename, hosted, name, trailing[1] if trailing else None,
        dateline_outlet(paras), sitename, title_site,
    )  # fmt: skip
    candidates = [
        settings.published,
        doc.published,
        parse_published(meta.get("published")),
        parse_published(page.date) if page and page.date else None,
        line_date,
    ]
    published = next((p for p in (check_published(c, now) for c in candidates) if p), None)
    # 6. identity
    return Article(
        id=article_id(text),
        url=url,
        outlet=outlet,
        title=title,
        published=published,
        text=text,
        language=detect_language(text),
        ingested_at=now,
        is_summary=doc.is_summary,
    )
