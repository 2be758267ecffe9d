"""Stage 2: a RawDocument into a clean Article (main text, title, outlet, date, language).

1. decode            the bytes, as ingest checked them (ingest.decode)
2. main text         HTML through trafilatura (text, title, site name, date); text as is
3. tidy              NFC, white space, paragraphs as blank-line separated blocks
4. chrome            cut blog/comment footers, drop share/read-more/cookie/crumb lines
5. metadata          title from a trailing "Title - Outlet" line, the container (feed, JSON
                     Lines), the page, or a plain text's head (headline, date line); outlet:
                     who published this copy (container, the page's name, a text's masthead),
                     else the credit of a re-post ("Title - Reuters", "(Reuters) -"); the
                     date checked (UTC, 1900..now+1d)
6. identity          language (py3langid); id = sha256 of the normalised text
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from html import unescape
from typing import Any

from .config import Settings
from .errors import NoText
from .ingest import decode, parse_published
from .models import Article, RawDocument, sha256_hex

EARLIEST = datetime(1900, 1, 1, tzinfo=UTC)

# --- 3. tidy ------------------------------------------------------------------------------
_INVISIBLE = re.compile(r"[\u200b-\u200d\u2060\ufeff\u00ad]")
_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_SPACES = re.compile(r"[^\S\n]+")  # any white space but the newline
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
      | subscribe(?:\ now)? | sign\ up(?:\ for\ (?:our|the)\ newsletter)? | follow\ us(?:\ on\ .{1,40})?
      | (?:all|some)\ rights\ reserved\.? | ©.{0,80} | copyright\ ©?.{0,80}
      | accept(?:\ all)?(?:\ cookies)? | reject(?:\ all)? | i\ agree | got\ it!? | ok(?:ay)?
      | manage\ (?:cookies|preferences|settings|consent) | cookie\ (?:settings|policy|preferences)
      | labels?:.{0,200} | tags?:.{0,200} | filed\ under:?.{0,200} | categories?:.{0,200}
      | posted\ by\ .{1,80}\ at\ \d{1,2}[:.]\d{2}.{0,12} | posted\ by\ [^.!?,;]{1,40}
      | posted\ (?:on|in)\ .{1,60}
      | image\ (?:source|caption):?.{0,100} | photo:\ .{0,100}
    )\s*[.:!»›→…]*$""",
    re.I | re.X,
)
# Where a blog's comment section or footer starts: everything from here on is dropped.
_FOOTER_START = re.compile(
    r"""^(?:
        no\ comments: | \d+\ comments?: | post\ a\ comment | leave\ a\ (?:reply|comment)
      | comments\ \(\d+\) | \d+\ responses?\ to\ .{1,200} | newer\ post\ older\ post(?:\ home)?
      | subscribe\ to:\ post\ comments(?:\ \(atom\))?
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
_TITLE_SEP = re.compile(r"\s+(?:[-–—|›»~·•:]|::)\s+")
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
_DATE_PREFIX = re.compile(
    r"^(?:\d{1,2}([./])\d{1,2}\1\d{2}(?:\d{2})?|\d{4}-\d{2}-\d{2})(?:,?\s+\d{1,2}[:.]\d{2}(?:\s*uhr)?)?\s*[-–—|:·]\s+",
    re.I,
)
_AGENCY_NAMES = {"AP": "Associated Press", "DPA": "dpa"}
_OUTLET_STOP = re.compile(r"\b(?:said|says|told|reported|according|and|the|of|in|on|at)\b")


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
    import trafilatura
    from trafilatura.utils import load_html

    params: dict[str, Any] = {"extensive_search": True, "original_date": True}
    if now is not None:
        params["max_date"] = (now + timedelta(days=1)).strftime("%Y-%m-%d")
    common: dict[str, Any] = {
        "url": url,
        "with_metadata": True,
        "include_comments": False,
        "include_tables": True,
        "date_extraction_params": params,
    }
    doc: Any = None
    tree: Any = None
    heading, stamp, named = None, None, None
    if not _DOCUMENT_TAG.search(html[:5000]):
        html = f"<html><body>{html}</body></html>"  # a fragment (feed summary, JSON field)
    try:
        tree = load_html(html)
        if tree is not None:
            (heading, named), stamp = _page_heading(tree, url), published_stamp(tree)
            doc = trafilatura.bare_extraction(tree, favor_precision=True, **common)
            if doc is None or not (doc.text or "").strip():
                doc = trafilatura.bare_extraction(tree, favor_recall=True, **common)
    except (ValueError, TypeError, AttributeError, IndexError, KeyError, RecursionError):
        # lxml and trafilatura fail in these ways on some malformed markup
        doc = None
    if doc is None:
        return Extracted(text="", title=heading, headline=bool(heading))
    date = doc.date
    if stamp is not None and (not date or stamp.date().isoformat() == date[:10]):
        date = stamp.isoformat()  # the same day, to the minute
    title, headline = heading or doc.title, bool(heading)
    if not heading and tree is not None:
        title = _unconfirmed(doc.title, tree, doc.sitename, url) or title
    if not heading and _names_site(title, doc.sitename, url) and doc.body is not None:
        # a title that only names the site: the first heading of the main text, if any
        heads = (" ".join("".join(head.itertext()).split()) for head in doc.body.iter("head"))
        first = next((text for text in heads if _headline_like(text)), None)
        title, headline = (first, True) if first else (title, headline)
    return Extracted(
        text=doc.text or "", title=title, sitename=doc.sitename, date=date, headline=headline, named=named
    )


def published_stamp(tree: Any) -> datetime | None:
    """The publication time a page states to the minute (article:published_time,
    itemprop=datePublished, <time datetime>), as UTC; trafilatura gives only the day."""
    for value in tree.xpath(_STAMP_XPATH)[:5]:
        stamp = parse_published(str(value)) if re.search(r"\d{2}:\d{2}", str(value)) else None
        if stamp is not None:
            return stamp
    return None


_STAMP_XPATH = (
    '//meta[@property="article:published_time" or @name="article:published_time" '
    'or @property="og:published_time" or @itemprop="datePublished"]/@content'
    " | //time[@itemprop='datePublished' or @pubdate]/@datetime"
)
_DOCUMENT_TAG = re.compile(r"<(?:html|body|head)\b", re.I)


def _squash(text: str) -> str:
    return re.sub(r"\W+", "", text.casefold())


def page_heading(tree: Any, url: str | None = None) -> str | None:
    """The page's headline: an h1 (else h2) of at least two words that a title in the page's
    metadata (<title>, og:title, twitter:title, JSON-LD headline or name) is word for word,
    else the longest h1 or h2 that such a title starts with, else the longest h1 (else h2)
    that such a title contains; less a kicker set apart before it ("Covid-19 – Headline")
    and never the site's name (og:site_name, the host, the name the <title> carries, a
    heading that only links to the home page). Else the first h1 or h2 marked as a post's
    title (class entry-title, post-title, article-title; itemprop headline); else the page's
    one headline h1 (one-word h1s aside); else an h3 that the metadata repeats; else, on a
    page without an h1, its one headline h2 when it shares a word with a metadata title."""
    return _page_heading(tree, url)[0]


def _page_heading(tree: Any, url: str | None) -> tuple[str | None, str | None]:
    """page_heading, and the site's name that the page's <title> carries beside the headline."""
    titles, metas = _meta_titles(tree)
    squashed = [key for key in (_squash(t) for t in titles + metas) if key]
    names = [str(n) for n in tree.xpath(_SITE_NAME_XPATH)[:2]]
    site = _site_keys(None, url).union(*(_site_keys(n, None) for n in names))
    cut = split_title(titles[0], names[0] if names else None, url)[1] if titles else None
    # each metadata title also counts without the site's name ("Headline - Site" is "Headline")
    squashed += _without_site(titles + metas, names[0] if names else None, site, url)
    if cut and len(cut) < 60:
        site.add(_squash(cut))
    if squashed:
        h1s, h2s = tree.xpath("//h1")[:30], tree.xpath("//h2")[:30]
        # a heading that is a metadata title word for word, else one that a title starts with
        # ("Headline - Strap line"), else one that a title contains
        passes = ((h1s, True, False), (h2s, True, False), (h1s + h2s, False, True), (h1s, False, False),
                  (h2s, False, False))  # fmt: skip
        for nodes, exact, lead in passes:
            found = _repeated_heading(nodes, squashed, site, url, exact, lead)
            if found:
                return found, cut
    # no heading repeats the (search-engine) title: a heading marked as the post's title
    # (trafilatura's rule; the first one on a blog's page) or a page's single h1 still names
    # it, less a kicker in its own element ("Tunesien" + "Große Aufgaben für die neue Regierung")
    name = names[0] if names else None
    marked = tree.xpath(_MARKED_TITLE_XPATH, namespaces=_REGEXP)[:1]
    h1s = tree.xpath("//h1")[:30]
    found = _single_heading(marked, squashed, name, site, url)
    found = found or _single_heading(h1s, squashed, name, site, url)
    if found:
        return found, cut
    found = _repeated_heading(tree.xpath("//h3")[:30], squashed, site, url) if squashed else None
    if found or any(_node_text(node) for node in h1s):
        return found, cut
    # a page without any h1: its single h2 ("Hauptinhalt" and other one-word labels aside),
    # when it shares a word other than the site's name with a metadata title ("Ausbildung",
    # not a section's "Blog Posts")
    found = _single_heading(tree.xpath("//h2")[:30], squashed, name, site, url)
    said = {w for t in titles + metas for w in _words(t) if not any(w in key for key in site)}
    return (found if found and not said.isdisjoint(_words(found)) else None), cut


def _meta_titles(tree: Any) -> tuple[list[str], list[str]]:
    """The page's <title> (a list of at most one) and its other metadata titles: og:title,
    twitter:title, JSON-LD headline or name; entities escaped twice ("&amp;#8217;") resolved."""
    titles = [" ".join(unescape(t.text_content()).split()) for t in tree.xpath(_TITLE_XPATH)[:1]]
    metas = [unescape(str(t)) for t in tree.xpath(_META_TITLE_XPATH)[:6]]
    for script in tree.xpath('//script[@type="application/ld+json"]/text()')[:4]:
        metas += _ld_titles(str(script))
    return titles, metas


def _unconfirmed(title: str | None, tree: Any, sitename: str | None, url: str | None) -> str | None:
    """A metadata title to use instead of trafilatura's `title` when that is missing, or is a
    short text that no metadata title contains (a logo's h1 such as "엔터 미디어" on a page
    whose <title> carries the headline): the first metadata title that names more than the
    site (any when trafilatura has none); else None."""
    if title and _headline_like(title):
        return None
    titles, metas = _meta_titles(tree)
    if not title:
        return next((text for text in map(_clean_meta, metas + titles) if text), None)
    if any(_squash(title) in _squash(t) for t in metas + titles):
        return None
    for text in metas + titles:
        text = _clean_meta(text) or ""
        if _headline_like(split_title(text, sitename, url)[0]) and not _names_site(text, sitename, url):
            return text
    return None


def _without_site(texts: list[str], name: str | None, keys: set[str], url: str | None) -> list[str]:
    """Squashed forms of these titles less a part that the site's name (keys) covers."""
    out = []
    for text in texts:
        head, part = split_title(text, name, url)
        if part and _site_cover(part, keys, url) > 0 and _squash(head):
            out.append(_squash(head))
    return out


def _words(text: str) -> set[str]:
    """The words of four or more letters in a text, case-folded."""
    return set(re.findall(r"[^\W\d_]{4,}", text.casefold()))


def _single_heading(
    nodes: list[Any], squashed: list[str], name: str | None, site: set[str], url: str | None
) -> str | None:
    """The text of the one headline among these headings (several copies of one text count
    as one), less a kicker and the site's name; None when there are none or several."""
    nodes = [node for node in nodes if _headline_like(_node_text(node)) and not _links_home(node, url)]
    if len({_node_text(node) for node in nodes}) != 1:
        return None
    whole = _node_text(nodes[0])
    parts = [_node_text(child) for child in nodes[0].xpath("./*")]
    longest = max(parts, key=len, default="")
    text = longest if len(longest) >= 0.6 * len(whole) else _heading_texts(nodes[0], squashed)[0]
    text = split_title(text, name, url)[0]  # not confirmed: may name the site
    return text if _headline_like(text) and _squash(text) not in site else None


def _repeated_heading(
    nodes: list[Any],
    squashed: list[str],
    site: set[str],
    url: str | None,
    exact: bool = False,
    lead: bool = False,
) -> str | None:
    """The longest of these headings that a metadata title (squashed) repeats, not a site's
    name; `exact`: only a heading that is a metadata title word for word (less a kicker);
    `lead`: only one (kicker included) that a metadata title starts with."""
    best: tuple[int, str] | None = None
    for node in nodes:
        if lead and not any(t.startswith(_squash(_node_text(node))) for t in squashed):
            continue
        if _links_home(node, url):
            continue
        found: list[tuple[int, str]] = []
        whole = False
        for i, text in enumerate(_heading_texts(node, squashed)):
            key = _squash(text)
            if not _headline_like(text) or key in site or not any(key in t for t in squashed):
                continue
            if key in squashed:  # the whole of a metadata title: the site's name may be in it
                whole = True
                head, cut = split_title(text, None, url)
                text = head if cut and _squash(cut) in site else text
            found.append((len(key), text))
            if i == 0 and text != _node_text(node):
                break  # the headline without its kicker
        if exact and not whole and not (found and _squash(_node_text(node)) in squashed):
            continue
        pick = (found[0] if len(found) == 1 else max(found, key=lambda f: f[0])) if found else None
        if pick and (best is None or pick[0] > best[0]):
            best = pick
    return best[1] if best else None


_TITLE_XPATH = "//title[not(ancestor::svg)]"  # an icon's <svg><title> is no page title
_META_TITLE_XPATH = (
    '//meta[@property="og:title" or @name="og:title" or @name="twitter:title" '
    'or @property="twitter:title"]/@content'
)
_MARKED_TITLE_XPATH = (
    "//*[self::h1 or self::h2][re:test(@class, '(?:^|\\s)(?:post|entry|article)(?:-|__)title(?:$|\\s)')"
    " or @itemprop='headline']"
)
_REGEXP = {"re": "http://exslt.org/regular-expressions"}
_SITE_NAME_XPATH = '//meta[@property="og:site_name" or @name="application-name"]/@content'
_LD_HEADLINE = re.compile(r'"(?:headline|name)"\s*:\s*"((?:[^"\\]|\\.){1,500})"')
_ARCHIVED = re.compile(r"^https?://web\.archive\.org/web/[^/]+/(?=https?://)", re.I)
_SEPARATORS = " -–—:|·•»›/"


def _ld_titles(script: str) -> list[str]:
    """The headline and name values of a JSON-LD block (HTML entities resolved), except the
    names of people, organisations, the web site and list entries: an author, a publisher or
    a breadcrumb is not the page's title. Markup that does not parse, or is very long, is read
    by pattern."""
    try:
        data = json.loads(script) if len(script) <= 100_000 else None
    except ValueError:
        data = None
    if data is None:
        return [_json_string(m) for m in _LD_HEADLINE.findall(script[:20000])[:6]]
    out: list[str] = []
    stack = [data]
    while stack and len(out) < 6:
        item = stack.pop()
        if isinstance(item, list):
            stack.extend(reversed(item))
            continue
        if not isinstance(item, dict):
            continue
        kind = item.get("@type")
        kinds = {str(k) for k in (kind if isinstance(kind, list) else [kind]) if k}
        if kinds & _LIST_TYPES:
            continue  # the entries of a list (related stories, breadcrumbs) are other pages
        named = not any(k in _NOT_TITLE_TYPES or k.endswith("Organization") for k in kinds)
        for key in ("headline", "name") if named else ("headline",):
            if isinstance(item.get(key), str) and item[key].strip():
                out.append(unescape(item[key]))
        stack.extend(reversed([v for v in item.values() if isinstance(v, (dict, list))]))
    return out[:6]


_LIST_TYPES = frozenset(("ItemList", "ListItem", "BreadcrumbList"))
# schema.org types whose "name" is not a page's title
_NOT_TITLE_TYPES = frozenset(
    ("Person", "Organization", "Corporation", "WebSite", "ImageObject", "Brand", "Place", "PostalAddress",
     "SearchAction", "EntryPoint", "ContactPoint", "Thing")
)  # fmt: skip


def _json_string(text: str) -> str:
    """A JSON string literal's value (HTML entities resolved), or "" when it does not decode."""
    try:
        return unescape(str(json.loads(f'"{text}"')))  # some sites escape HTML in JSON-LD too
    except ValueError:
        return ""


def _heading_texts(node: Any, squashed: list[str]) -> list[str]:
    """What a heading may give as the headline. First its text without a kicker: a leading
    child element shorter than the rest and set apart from it (a separator follows it, or a
    metadata title (squashed) has the rest without it); then its whole text; then its text
    without a trailing date line (a <small> or <time>, or what follows a <br>); then each child
    element's text. A link or other element that wraps all of the heading counts as the heading."""
    whole = _node_text(node)
    kids = [kid for kid in node.xpath("./*")[:8] if _node_text(kid)]
    for _ in range(3):
        if len(kids) != 1 or _node_text(kids[0]) != whole:
            break
        node = kids[0]
        kids = [kid for kid in node.xpath("./*")[:8] if _node_text(kid)]
    out = [whole]
    if kids and not (node.text or "").strip():
        kicker = _node_text(kids[0])
        after = whole[len(kicker) :] if whole.startswith(kicker) else ""
        rest = after.lstrip(_SEPARATORS)
        key = _squash(rest)
        gap = after[: len(after) - len(rest)]  # separators between kicker and headline
        following = kids[0].getnext()
        if following is not None and _hidden(following, node, {}):
            gap += following.text_content()  # a separator for screen readers: " - "
        if _headline_like(rest) and (
            any(key in t and _squash(whole) not in t for t in squashed)
            or (len(kicker) < len(rest) and gap.strip(" \n\t\xa0"))
        ):
            out.insert(0, rest)
    last = kids[-1] if kids else None
    if last is not None and not (last.tail or "").strip() and (node.text or "").strip():
        previous = last.getprevious()
        if last.tag in ("small", "time") or (previous is not None and previous.tag == "br"):
            trailer = _node_text(last)
            head = whole[: -len(trailer)].rstrip(_SEPARATORS) if whole.endswith(trailer) else ""
            if head:
                out.append(head)
    return out + [_node_text(kid) for kid in kids]


def _links_home(node: Any, url: str | None) -> bool:
    """Whether all of a heading's text is a link to the site's home page (a site's name)."""
    links = node.xpath(".//a[@href]")
    if not links or len(_node_text(node)) > sum(len(_node_text(a)) for a in links) + 2:
        return False
    host = _host(url)
    for link in links:
        href = _ARCHIVED.sub("", str(link.get("href")).strip())
        if not href or href.startswith("#"):
            continue  # a link to this very page, not to the home page
        m = re.match(r"^(?:https?:)?//([^/?#]+)(.*)$", href, re.I)
        link_host, path = (m.group(1).casefold().removeprefix("www."), m.group(2)) if m else (host, href)
        if link.get("rel") == "home" or (link_host == host and re.fullmatch(r"/?(?:index\.\w+)?", path)):
            return True
    return False


def _host(url: str | None) -> str | None:
    m = re.match(r"https?://(?:www\.)?([^/:?#]+)", _ARCHIVED.sub("", url or ""), re.I)
    return m.group(1).casefold() if m else None


def _node_text(node: Any) -> str:
    """An element's visible text, white space collapsed: no style, script, ruby annotation or
    text hidden for screen readers only ("sr-only"); a line break or block element inside it
    counts as a space, inline elements join as written."""
    out = []
    hidden: dict[Any, bool] = {}
    for text in node.xpath(".//text()"):
        owner = text.getparent()
        if owner is None or _hidden(owner, node, hidden):
            continue
        if owner.tag in _BLOCK_TAGS and owner is not node:
            out.append(" ")
        out.append(str(text))
    return " ".join("".join(out).split()).replace("\u00ad", "")


def _hidden(element: Any, top: Any, seen: dict[Any, bool]) -> bool:
    """Whether an element inside `top` (or its ancestors up to `top`) is not shown as text."""
    if element in seen:
        return seen[element]
    if element.tag in _HIDDEN_TAGS or _HIDDEN_CLASS.search(str(element.get("class") or "")):
        result = True
    else:
        parent = element.getparent()
        result = element is not top and parent is not None and _hidden(parent, top, seen)
    seen[element] = result
    return result


def _headline_like(text: str) -> bool:
    """Long enough to be a headline: two words and eight characters, or six CJK characters."""
    return (len(_WORD_GAP.split(text.strip())) >= 2 and len(text) >= 8) or len(_CJK.findall(text)) >= 6


_WORD_GAP = re.compile(r"\s+|(?<=[^\W\d_])-(?=[^\W\d_])")  # "Mandarinen-Schmand-Kuchen": three words
_BLOCK_TAGS = frozenset(("br", "div", "p", "li", "ul", "h1", "h2", "h3", "h4", "h5", "h6", "section"))
_HIDDEN_TAGS = frozenset(("style", "script", "noscript", "template", "rt", "rp"))
_HIDDEN_CLASS = re.compile(
    r"\b(?:sr-only|visually-?hidden|visuallyhidden|screen-reader-text|element-invisible)\b", re.I
)
_CJK_SITE = re.compile(
    r"^(.*[\u3040-\u30ff\u3400-\u9fff\uff01-\uff60].{0,3}?)\s*[-_|｜]\s*([\u3040-\u30ff\u3400-\u9fff]{2,6})$"
)
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")


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
    text = _INVISIBLE.sub("", text)
    text = _CONTROLS.sub(" ", text)
    text = text.replace("\u2028", "\n").replace("\u2029", "\n\n")
    return "\n".join(_SPACES.sub(" ", line).strip() for line in text.split("\n"))


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
    return _BULLET.sub("", line, count=1).strip()


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
    return not core or bool(_CHROME_LINE.match(core) or _SHARE_RUN.fullmatch(core)) or _is_crumb(core)


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
        if _COOKIE.search(para) and len(para) < 600:
            kept = [s for s in _SENTENCE_SPLIT.split(para) if not _is_cookie_notice(s)]
            para = " ".join(kept).strip()
        para = _READ_MORE_TAIL.sub("", para).strip()
        if para and not _is_chrome(para):
            out.append(para)
    return out


# --------------------------------------------------------------------------------------------
# 5. metadata
# --------------------------------------------------------------------------------------------


def _site_keys(sitename: str | None, url: str | None) -> set[str]:
    """Squashed forms of a site's name and host ("www.japantimes.co.jp" → "japantimes")."""
    keys = set()
    if sitename:
        keys.add(re.sub(r"\W+", "", sitename.casefold()))
    label = _host_label(url)
    if label:
        keys.add(re.sub(r"\W+", "", label))
    return {k for k in keys if len(k) >= 3}


def _host_label(url: str | None) -> str | None:
    """The name part of a URL's host: "www.japantimes.co.jp" → "japantimes"."""
    host = _host(url)
    if not host:
        return None
    labels = host.split(".")
    return max(labels[:-1] or labels, key=len)


def _site_cover(part: str, keys: set[str], url: str | None) -> float:
    """How much of a title part the site's name covers (0: it is not in it). Names are
    compared squashed, also with umlauts and accents spelt as in a host name ("Klänge" as
    "klaenge"), and a part whose words all occur in the host name counts as that name
    ("Feuerwehr Oldenburg" on feuerwehrtaucher-oldenburg.de)."""
    key = _squash(part)
    if len(key) < 3:
        return 0.0
    folded = _fold(part)
    covers = [
        min(len(k), len(form)) / max(len(k), len(form))
        for k in keys
        for form in {key, re.sub(r"\W+", "", folded)}
        if k in form or form in k
    ]
    label = _host_label(url)
    words = re.findall(r"[^\W_]{3,}", folded)
    if label and len(words) >= 2 and all(w in label for w in words):
        covers.append(min(1.0, sum(map(len, words)) / len(re.sub(r"\W+", "", label))))
    return max(covers, default=0.0)


def _fold(text: str) -> str:
    """Case-folded text spelt as in a host name: umlauts as two letters, no accents."""
    text = text.casefold().translate(_UMLAUTS)
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})


def split_title(title: str, sitename: str | None = None, url: str | None = None) -> tuple[str, str | None]:
    """A page title without the site's name: ("Headline", "Site") from "Headline - Site",
    "Site | Headline" or "Headline : Site | Motto"; the name is None when nothing was cut."""
    keys = _site_keys(sitename, url)
    parts = _TITLE_SEP.split(title)
    if len(parts) < 2:
        cjk = _CJK_SITE.match(title)  # "标题-新华网": CJK titles set no spaces around the dash
        return (cjk.group(1), cjk.group(2)) if cjk else (title, None)
    seps = [m.group(0) for m in _TITLE_SEP.finditer(title)]

    def join(lo: int, hi: int) -> str:
        out = parts[lo]
        for k in range(lo + 1, hi):
            out += seps[k - 1] + parts[k]
        return out.strip()

    # the part that is the site's name: the one it covers most (a headline may name it too)
    cover = [_site_cover(part, keys, url) for part in parts]
    site = max(range(len(parts)), key=lambda i: cover[i]) if max(cover) > 0 else None
    if site is not None and site > 0:
        return join(0, site), parts[site].strip()
    lo, hi, cut = (1, len(parts), parts[0].strip()) if site == 0 else (0, len(parts), None)
    while hi - lo >= 2:
        tail, rest = parts[hi - 1], join(lo, hi - 1)
        if len(tail) > 40 or len(rest.split()) < 3 or not _looks_like_outlet(tail):
            break
        cut, hi = cut or tail.strip(), hi - 1
    return join(lo, hi), cut


def _names_site(title: str | None, sitename: str | None, url: str | None) -> bool:
    """Whether a page title is empty or only the site's name ("National Rail Enquiries -")."""
    if not title or not title.strip():
        return True
    return _site_cover(split_title(title, sitename, url)[0], _site_keys(sitename, url), url) >= 0.5


def _looks_like_outlet(name: str) -> bool:
    words = name.split()
    if not 1 <= len(words) <= 5 or _OUTLET_STOP.search(name):
        return False
    return all(w[0].isupper() or w[0].isdigit() or w[0] in "&'’" or w in ("of", "the") for w in words)


def trailing_title_outlet(paras: list[str]) -> tuple[str, str] | None:
    """(title, outlet) from a last paragraph like "Russian troops arrive in Belarus - Reuters"."""
    if len(paras) < 2:
        return None
    m = _TITLE_OUTLET.match(paras[-1])
    if not m or (paras[-1].endswith((".", "?", "!", ":", ";", ",")) and not m.group("outlet").endswith(".")):
        return None
    title, outlet = m.group("title").strip(), m.group("outlet").strip()
    if not 3 <= len(title.split()) <= 30 or re.search(r"[.!?]\s", title) or not _looks_like_outlet(outlet):
        return None
    return title, outlet


def masthead(paras: list[str]) -> str | None:
    """A plain text's first line when it is a site's name above its menu ("Frontline
    Aggregator" over "Home | World | Europe"): the publisher of a page saved as text."""
    if len(paras) < 3 or len(paras[0]) > 60 or not _is_crumb(_unbullet(paras[1])):
        return None
    return paras[0] if _looks_like_outlet(paras[0]) and not _is_chrome(paras[0]) else None


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


def _drop_repeated_title(paras: list[str], *titles: str | tuple[str, str] | None) -> list[str]:
    """Drop a first paragraph that only repeats the headline (a blog's post title)."""
    if len(paras) < 2 or len(paras[0]) > 240 or paras[0].endswith((".", ",", ";")):
        return paras
    first = normalise(paras[0])
    for title in titles:
        name = title[0] if isinstance(title, tuple) else title
        if name and len(first) >= 12 and first in normalise(name):
            return paras[1:]
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


def _undated(title: str | None) -> str | None:
    """A title without a leading date: "23.01.2022 - Wierer wins in Antholz" → "Wierer wins in Antholz"."""
    rest = _DATE_PREFIX.sub("", title, count=1) if title else title
    return rest if rest and _headline_like(rest) else title


def _clean_meta(value: Any) -> str | None:
    if not isinstance(value, str):
        return None
    value = " ".join(unicodedata.normalize("NFC", _INVISIBLE.sub("", value)).split())
    return value or None


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
    page = extract_html(content, doc.url or _clean_meta(meta.get("url")), now) if kind == "html" else None
    body = page.text if page else content
    if page and not body.strip() and doc.is_summary:
        body = _markup_text(content)  # a summary is all text; trafilatura may find it too short
    # 3. tidy
    paras = paragraphs(tidy(body), hard_wrapped=page is None)
    # 4. chrome
    name = masthead(paras) if page is None else None
    paras = strip_chrome(paras)
    # 5. metadata
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
    url = _first(_clean_meta(settings.url), _clean_meta(doc.url), _clean_meta(meta.get("url")))
    sitename = _clean_meta(page.sitename) if page else None
    raw_title = _first(
        _clean_meta(doc.title), _clean_meta(meta.get("title")), _clean_meta(page.title) if page else None
    )
    if page and page.headline and raw_title == _clean_meta(page.title):
        title, title_site = raw_title, None  # a heading the page's metadata confirmed
    else:
        title, title_site = split_title(raw_title, sitename, url) if raw_title else (None, None)
    title_site = title_site or (_clean_meta(page.named) if page else None)
    if title_site and not _looks_like_outlet(title_site):
        title_site = None
    # a <title> part the host confirms ("| Daily Brief Digest" on digest.example) names the
    # publisher; another one may be a section ("| Politics") and only comes last
    hosted = title_site if title_site and _site_cover(title_site, _site_keys(None, url), url) > 0 else None
    title = _undated(_first(trailing[0] if trailing else None, title, lead))
    # the outlet is who published this copy: the container's or the page's own name first; a
    # wire credit ("Title - Reuters", "(Reuters) -") only when nothing names the publisher
    host_only = sitename is not None and sitename.casefold().removeprefix("www.") == _host(url)
    outlet = _first(
        _clean_meta(settings.outlet), _clean_meta(doc.outlet), _clean_meta(meta.get("outlet")),
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
