"""A page's headline and the site's name in its titles (stage 2, step 5: metadata).

The title is the page's visible headline that its metadata confirms: an h1 (else h2) that a
metadata title (<title>, og:title, twitter:title, JSON-LD headline or name) repeats, found in
the order `page_heading` describes, never the site's name (og:site_name, the host, the name
the <title> carries, a heading that only links to the home page). `split_title` parts a title
from the site's name ("Headline - Site"); `metadata_title` stands in when the page has no
such heading and the extractor's title is missing or only a logo; `heading_above` gives the
headline right above the main text when no heading repeats a metadata title.
"""

from __future__ import annotations

import functools
import json
import re
import unicodedata
from html import unescape
from typing import Any

# zero-width characters and the soft hyphen, dropped from a main text (a title: _FORMAT)
INVISIBLE = re.compile(r"[\u200b-\u200d\u2060\ufeff\u00ad]")
# in a title or other short metadata text: also the marks and controls of text direction
# (LRM, RLM, ALM, embeddings, isolates); the zero-width (non-)joiner only where it is spelling
# (see _joiner)
_FORMAT = re.compile(r"[\u200b-\u200f\u202a-\u202e\u2060\u2066-\u2069\u061c\ufeff\u00ad]")
# an HTML entity left in a text (markup escaped twice: "It&amp;#8217;s" shows "It&#8217;s")
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_TITLE_SEP = re.compile(r"\s+(?:[-–—|›»~·•:]|::)\s+")
_DATE_PREFIX = re.compile(
    r"^(?:\d{1,2}([./])\d{1,2}\1\d{2}(?:\d{2})?|\d{4}-\d{2}-\d{2})(?:,?\s+\d{1,2}[:.]\d{2}(?:\s*uhr)?)?\s*[-–—|:·]\s+",
    re.I,
)
_NAME_MAX = 60  # characters: a longer text is no site's name
# a separator left at either end of a title, with nothing on its other side ("Headline |")
_DANGLING = re.compile(r"^\s*(?:[-–—|›»~·•]|::)\s+|\s+(?:[-–—|›»~·•]|::)\s*$")
_OUTLET_STOP = re.compile(r"\b(?:said|says|told|reported|according|and|the|of|in|on|at)\b")


def _squash(text: str) -> str:
    """A text as compared with another: letters and digits only, case-folded, compatibility
    forms unified (full-width "ＰＣ" is "pc", the ligature "ﬁ" is "fi")."""
    text = text if text.isascii() else unicodedata.normalize("NFKC", text)
    return _NON_WORD.sub("", text.casefold())


_NON_WORD = re.compile(r"\W+")


@functools.cache
def compiled_xpath(expression: str) -> Any:
    """An XPath expression (EXSLT regular expressions as `re:`), compiled once: lxml compiles
    the string on every `element.xpath(...)` call, which costs more than most of these
    searches. The compiled form is shared between threads (lxml locks it while it runs)."""
    from lxml.etree import XPath

    return XPath(expression, namespaces=_REGEXP)


def page_heading(tree: Any, url: str | None = None) -> str | None:
    """The page's headline: an h1 (else h2) of at least two words that a title in the page's
    metadata (<title>, og:title, twitter:title, JSON-LD headline or name) is word for word,
    else the longest h1 or h2 that such a title starts with, else the longest h1 (else h2)
    that such a title contains, else one that a title cut short with "…" begins; less a
    kicker set apart before it ("Covid-19 – Headline")
    and never the site's name (og:site_name, the host, the name the <title> carries, a
    heading that only links to the home page). Else the first h1 or h2 marked as a post's
    title (class entry-title, post-title, article-title; itemprop headline); else the page's
    one headline h1 (one-word h1s aside); else an h3 that the metadata repeats; else, on a
    page without an h1, its one headline h2 when it shares a word with a metadata title."""
    return page_heading_named(tree, url)[0]


def page_heading_named(tree: Any, url: str | None) -> tuple[str | None, str | None]:
    """page_heading, and the site's name that the page's <title> carries beside the headline."""
    titles, metas = _meta_titles(tree)
    squashed = [key for key in (_squash(t) for t in titles + metas) if key]
    # a site's name is short: an og:site_name as long as a headline is the headline copied
    names = [str(n) for n in compiled_xpath(_SITE_NAME_XPATH)(tree)[:2] if len(str(n)) < _NAME_MAX]
    site = site_keys(None, url).union(*(site_keys(n, None) for n in names))
    cut = split_title(titles[0], names[0] if names else None, url)[1] if titles else None
    # each metadata title also counts without the site's name ("Headline - Site" is "Headline")
    squashed += _without_site(titles + metas, names[0] if names else None, site, url)
    if cut and len(cut) < _NAME_MAX:
        site.add(_squash(cut))
    if squashed:
        h1s, h2s = compiled_xpath("//h1")(tree)[:30], compiled_xpath("//h2")(tree)[:30]
        # a heading that is a metadata title word for word, else one that a title starts with
        # ("Headline - Strap line"), else one that a title contains
        passes = ((h1s, True, False), (h2s, True, False), (h1s + h2s, False, True), (h1s, False, False),
                  (h2s, False, False))  # fmt: skip
        for nodes, exact, lead in passes:
            found = _repeated_heading(nodes, squashed, site, url, exact, lead)
            if found:
                return found, cut
        found = _truncated_heading(h1s + h2s, titles + metas, site, url)
        if found:
            return found, cut
    # no heading repeats the (search-engine) title: a heading marked as the post's title
    # (trafilatura's rule; the first one on a blog's page) or a page's single h1 still names
    # it, less a kicker in its own element ("Tunesien" + "Große Aufgaben für die neue Regierung")
    name = names[0] if names else None
    marked = compiled_xpath(_MARKED_TITLE_XPATH)(tree)[:1]
    h1s = compiled_xpath("//h1")(tree)[:30]
    found = _single_heading(marked, squashed, name, site, url)
    found = found or _single_heading(h1s, squashed, name, site, url)
    if found:
        return found, cut
    found = _repeated_heading(compiled_xpath("//h3")(tree)[:30], squashed, site, url) if squashed else None
    if found or any(_node_text(node) for node in h1s):
        return found, cut
    # a page without any h1: its single h2 ("Hauptinhalt" and other one-word labels aside),
    # when it shares a word other than the site's name with a metadata title ("Ausbildung",
    # not a section's "Blog Posts")
    found = _single_heading(compiled_xpath("//h2")(tree)[:30], squashed, name, site, url)
    said = {w for t in titles + metas for w in _words(t) if not any(w in key for key in site)}
    return (found if found and not said.isdisjoint(_words(found)) else None), cut


def heading_above(tree: Any, text: str | None, sitename: str | None, url: str | None) -> str | None:
    """The visible headline right above a page's main text (`text`, as extracted), for a page
    whose metadata confirms no heading: the h1 or h2 that the text's first lines follow with at
    most a byline's worth of text between (a date, an author, a category), when it reads as a
    headline, is not the site's name and sits in no menu, sidebar or footer. A headline heads
    its story; a sidebar's heading is followed by its links, and where a metadata title is
    shown between the two, that is the headline. A standfirst set as a heading between the
    headline and the story (`_standfirst`: a sentence ending with a full stop) is passed over."""
    start = _text_start(tree, text or "")
    if start is None:
        return None
    story = _words((text or "")[:_STORY_HEAD])
    own = compiled_xpath(_OWN_HEADING)(start)
    dek = own[-1] if own and _standfirst(own[-1]) else None
    if own and dek is None:  # the text begins with a heading: the headline, kept in the story's block
        return _heading_fits(own[-1], tree, "", story, (sitename, url))
    between: list[str] = []  # the text between the heading and the story, last piece first
    for piece in reversed(compiled_xpath(_VISIBLE_TEXT_BEFORE)(start)[-200:]):
        heading = None if piece.is_tail else compiled_xpath(_OWN_HEADING)(piece.getparent())
        if heading and (heading[-1] is dek or (dek is None and _standfirst(heading[-1]))):
            dek = heading[-1]  # the standfirst under the headline: its text is no byline
            continue
        if heading:
            shown = "".join(reversed(between))
            return _heading_fits(heading[-1], tree, shown, story, (sitename, url))
        between.append(piece.strip())
        if sum(map(len, between)) > _BYLINE_MAX:
            return None
    return None


def _standfirst(node: Any) -> bool:
    """Whether a heading reads as a standfirst, not a headline: eight words or more ending
    with a full stop ("Officials say the repairs could take longer than a week."). Headlines
    rarely end so: of the 675 titles of the extraction benchmark's dev half and pool, 10 end
    with a full stop and 7 of those have eight words or more."""
    text = _node_text(node)
    return text.endswith(".") and not text.endswith("..") and len(text.split()) >= 8


def _heading_fits(
    node: Any, tree: Any, between: str, story: set[str], site: tuple[str | None, str | None]
) -> str | None:
    """The heading's text when it may be the headline above a story (see heading_above): it
    shares a word of four letters or more with the story, as a headline does and a "Sign up for
    our newsletter" box does not (a CJK headline, written without spaces, rarely passes)."""
    found = _node_text(node)
    sitename, url = site
    if not headline_like(found) or _squash(found) in site_keys(sitename, url) or _links_home(node, url):
        return None
    if compiled_xpath(_CHROME)(node) or story.isdisjoint(_words(found)):
        return None
    shown = _squash(between)
    titles, metas = _meta_titles(tree)
    for title in titles + metas:
        key = _squash(split_title(title, sitename, url)[0])
        if len(key) >= 8 and key in shown:
            return None  # the metadata's headline is shown below the heading, as text
    return found


_VISIBLE_TEXT_BEFORE = "preceding::text()[normalize-space()][not(ancestor::script or ancestor::style)]"
_OWN_HEADING = "ancestor-or-self::*[self::h1 or self::h2]"
# a menu, a sidebar (also WordPress's widget areas written as <div id="sidebar">) or a footer
_CHROME = (
    "ancestor::aside or ancestor::nav or ancestor::footer"
    " or ancestor-or-self::*[re:test(concat(@id, ' ', @class), 'sidebar|widget', 'i')]"
)
_ASCII_SPACE = re.compile(r"[ \t\n\r]+")
_STORY_HEAD = 20000  # characters of the main text that a headline shares a word with
_BYLINE_MAX = 200  # characters between a headline and its story: date, author, category, caption


def _text_start(tree: Any, text: str) -> Any:
    """The innermost element that begins with one of the first three lines of a main text
    (its first five words, compared with white space collapsed), or None."""
    lines = [line for line in text.splitlines() if len(line.strip()) >= 4][:3]
    for line in lines:
        probe = " ".join(_ASCII_SPACE.split(line.strip())[:5])  # as normalize-space() leaves it
        if '"' in probe and "'" in probe:
            continue
        quote = "'" if '"' in probe else '"'
        path = f"*[starts-with(normalize-space(.), {quote}{probe}{quote})]"
        hits = tree.xpath(f"//body//{path}")
        node = hits[0] if hits else None
        while node is not None and not (node.text or "").strip():
            inner = node.xpath(path)  # the innermost element the line begins: its block
            if not inner:
                break
            node = inner[0]
        if node is not None:
            return node
    return None


def _truncated_heading(nodes: list[Any], texts: list[str], site: set[str], url: str | None) -> str | None:
    """The first of these headings that a metadata title cut short with an ellipsis begins
    ("Long headline that…" for "Long headline that goes on"; three words at least)."""
    cuts = [_squash(m.group(1)) for m in map(_ELLIPSIS_END.match, texts) if m and len(m.group(1).split()) > 2]
    for node in nodes if cuts else []:
        text = _node_text(node)
        key = _squash(text)
        begun = any(key.startswith(c) and len(key) > len(c) for c in cuts)
        if begun and headline_like(text) and key not in site and not _links_home(node, url):
            return text
    return None


_ELLIPSIS_END = re.compile(r"^(.*\S)\s*(?:…|\.\.\.)$")


def _meta_titles(tree: Any) -> tuple[list[str], list[str]]:
    """The page's <title> (a list of at most one) and its other metadata titles: og:title,
    twitter:title, JSON-LD headline or name; entities escaped twice ("&amp;#8217;") resolved."""
    titles = [" ".join(unescape(t.text_content()).split()) for t in compiled_xpath(_TITLE_XPATH)(tree)[:1]]
    metas = [unescape(str(t)) for t in compiled_xpath(_META_TITLE_XPATH)(tree)[:6]]
    for script in compiled_xpath(_JSON_LD_TEXT)(tree)[:4]:
        metas += _ld_titles(str(script))
    return titles, metas


def metadata_title(title: str | None, tree: Any, sitename: str | None, url: str | None) -> str | None:
    """A metadata title to use instead of trafilatura's `title` when that is missing, or is a
    short text that no metadata title contains (a logo's h1 such as "엔터 미디어" on a page
    whose <title> carries the headline): the first metadata title that names more than the
    site (any when trafilatura has none); else None. A `title` that is the host's name ("SLF"
    on slf.ch, "Wochenbericht 14. - 20. Januar 2022 - SLF" read the wrong way round) is no
    title, and then trafilatura's `sitename` is no site's name either."""
    if title and headline_like(title):
        return None
    titles, metas = _meta_titles(tree)
    if not title:
        return next((text for text in map(meta_text, metas + titles) if text), None)
    hosted = site_cover(title, site_keys(None, url), url) >= 0.5
    if not hosted and any(_squash(title) in _squash(t) for t in metas + titles):
        return None
    sitename = None if hosted else sitename
    for text in metas + titles:
        text = meta_text(text) or ""
        if headline_like(split_title(text, sitename, url)[0]) and not names_site(text, sitename, url):
            return text
    return None


def _without_site(texts: list[str], name: str | None, keys: set[str], url: str | None) -> list[str]:
    """Squashed forms of these titles less a part that the site's name (keys) covers."""
    out = []
    for text in texts:
        head, part = split_title(text, name, url)
        if part and site_cover(part, keys, url) > 0 and _squash(head):
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
    nodes = [node for node in nodes if headline_like(_node_text(node)) and not _links_home(node, url)]
    if len({_node_text(node) for node in nodes}) != 1:
        return None
    whole = _node_text(nodes[0])
    parts = [_node_text(child) for child in compiled_xpath("./*")(nodes[0])]
    longest = max(parts, key=len, default="")
    text = longest if len(longest) >= 0.6 * len(whole) else _heading_texts(nodes[0], squashed)[0]
    text = split_title(text, name, url)[0]  # not confirmed: may name the site
    return text if headline_like(text) and _squash(text) not in site else None


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
            if not headline_like(text) or key in site or not any(key in t for t in squashed):
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
_JSON_LD_TEXT = '//script[@type="application/ld+json"]/text()'
_SITE_NAME_XPATH = '//meta[@property="og:site_name" or @name="application-name"]/@content'
_LD_HEADLINE = re.compile(r'"(?:headline|name)"\s*:\s*"((?:[^"\\]|\\.){1,500})"')
_OPENING_QUOTES = "\"'„“‘«‹"
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
    child element shorter than the rest and set apart from it (a separator follows it, the
    rest runs into it without a space, or a metadata title (squashed) has the rest without
    it); then its whole text; then its text
    without a trailing date line (a <small> or <time>, or what follows a <br>); then each child
    element's text. A link or other element that wraps all of the heading counts as the heading."""
    whole = _node_text(node)
    kids = [kid for kid in compiled_xpath("./*")(node)[:8] if _node_text(kid)]
    for _ in range(3):
        if len(kids) != 1 or _node_text(kids[0]) != whole:
            break
        node = kids[0]
        kids = [kid for kid in compiled_xpath("./*")(node)[:8] if _node_text(kid)]
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
        # words run together ("Die Zukunft der Arbeit" + "\"Wir dekorieren …\"") are shown
        # on lines of their own: no text is written that way
        glued = _runs_together(kicker, after)
        if headline_like(rest) and (
            any(key in t and _squash(whole) not in t for t in squashed)
            or (len(kicker) < len(rest) and (gap.strip(" \n\t\xa0") or glued))
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


def _runs_together(kicker: str, after: str) -> bool:
    """Whether a kicker's last word touches the text after it: a letter or digit followed at
    once (or after an opening quote) by a capital, or a letter by a digit ("Arbeit\"Wir",
    "27.01.2022Mineralöl"); not a drop cap ("T" + "he") nor a number split in two."""
    if len(_squash(kicker)) < 3 or not after or not kicker[-1].isalnum():
        return False
    first = after[1:2] if after[0] in _OPENING_QUOTES else after[0]
    return first.isupper() or (first.isdigit() and not kicker[-1].isdigit())


def _links_home(node: Any, url: str | None) -> bool:
    """Whether all of a heading's text is a link to the site's home page (a site's name)."""
    links = compiled_xpath(".//a[@href]")(node)
    if not links or len(_node_text(node)) > sum(len(_node_text(a)) for a in links) + 2:
        return False
    host = url_host(url)
    for link in links:
        href = _ARCHIVED.sub("", str(link.get("href")).strip())
        if not href or href.startswith("#"):
            continue  # a link to this very page, not to the home page
        m = re.match(r"^(?:https?:)?//([^/?#]+)(.*)$", href, re.I)
        link_host, path = (m.group(1).casefold().removeprefix("www."), m.group(2)) if m else (host, href)
        if link.get("rel") == "home" or (link_host == host and re.fullmatch(r"/?(?:index\.\w+)?", path)):
            return True
    return False


def url_host(url: str | None) -> str | None:
    m = re.match(r"https?://(?:www\.)?([^/:?#]+)", _ARCHIVED.sub("", url or ""), re.I)
    return m.group(1).casefold() if m else None


def _node_text(node: Any) -> str:
    """An element's visible text, white space collapsed: no style, script, ruby annotation or
    text hidden for screen readers only ("sr-only"); a line break or block element inside it
    counts as a space, inline elements join as written."""
    out = []
    hidden: dict[Any, bool] = {}
    for text in compiled_xpath(".//text()")(node):
        owner = text.getparent()  # for the text after an element (its tail): that element
        holder = owner.getparent() if owner is not None and text.is_tail else owner
        if holder is None or _hidden(holder, node, hidden):
            continue  # the tail of a script or an "sr-only" span is shown: only what is inside is not
        if owner.tag in _BLOCK_TAGS and owner is not node:
            out.append(" ")
        out.append(str(text))
    text = " ".join("".join(out).split()).replace("\u00ad", "")
    return resolve_entities(text) if "&" in text else text


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


def headline_like(text: str) -> bool:
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


def site_keys(sitename: str | None, url: str | None) -> set[str]:
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
    host = url_host(url)
    if not host:
        return None
    labels = host.split(".")
    return max(labels[:-1] or labels, key=len)


def site_cover(part: str, keys: set[str], url: str | None) -> float:
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
    "Site | Headline" or "Headline : Site | Motto"; the name is None when nothing was cut. A
    separator with nothing on its other side ("Headline |") is dropped."""
    keys = site_keys(sitename, url)
    title = _DANGLING.sub("", title).strip() or title
    parts = _TITLE_SEP.split(title)
    if len(parts) < 2:
        cjk = _CJK_SITE.match(title)  # "标题-新华网": CJK titles set no spaces around the dash
        return (cjk.group(1), cjk.group(2)) if cjk else _named_apart(title, keys, url)
    seps = [m.group(0) for m in _TITLE_SEP.finditer(title)]

    def join(lo: int, hi: int) -> str:
        out = parts[lo]
        for k in range(lo + 1, hi):
            out += seps[k - 1] + parts[k]
        return out.strip()

    # the part that is the site's name: the one it covers most (a headline may name it too)
    cover = [site_cover(part, keys, url) for part in parts]
    site = max(range(len(parts)), key=lambda i: cover[i]) if max(cover) > 0 else None
    if site is not None and site > 0:
        return join(0, site), parts[site].strip()
    lo, hi, cut = (1, len(parts), parts[0].strip()) if site == 0 else (0, len(parts), None)
    while hi - lo >= 2:
        tail, rest = parts[hi - 1], join(lo, hi - 1)
        if len(tail) > 40 or len(rest.split()) < 3 or not looks_like_outlet(tail):
            break
        cut, hi = cut or tail.strip(), hi - 1
    return join(lo, hi), cut


def _named_apart(title: str, keys: set[str], url: str | None) -> tuple[str, str | None]:
    """A title less the site's name set apart by a mark that also occurs inside headlines: a
    colon ("Field Notes: Headline", Blogger's form; "Headline: City Council"), a bar without
    spaces ("Site|Headline") or brackets at the end ("Headline (Daily Planet)"). Such a mark
    cuts only a part that is the site's name (it covers 80% of the part or more), never a
    part that merely looks like an outlet: "Mayor: the bridge will reopen" keeps its speaker."""
    m = _NAME_BRACKETS.match(title)
    pieces = [(m.group(1), m.group(2))] if m else []
    for m in _WEAK_SEP.finditer(title):
        pieces += [(title[m.end() :], title[: m.start()]), (title[: m.start()], title[m.end() :])]
    for head, part in pieces:
        if len(part) < _NAME_MAX and headline_like(head) and site_cover(part, keys, url) >= _APART_COVER:
            return head.strip(), part.strip()
    return title, None


_WEAK_SEP = re.compile(r"(?<=\S):\s+|\s*[|｜]\s*")
_NAME_BRACKETS = re.compile(r"^(.*\S)\s+\(([^()]+)\)$")
_APART_COVER = 0.8  # how much of a part set apart by a weak mark the site's name covers


def names_site(title: str | None, sitename: str | None, url: str | None) -> bool:
    """Whether a page title is empty or only the site's name ("National Rail Enquiries -")."""
    if not title or not title.strip():
        return True
    return site_cover(split_title(title, sitename, url)[0], site_keys(sitename, url), url) >= 0.5


def looks_like_outlet(name: str) -> bool:
    words = name.split()
    if not 1 <= len(words) <= 5 or _OUTLET_STOP.search(name):
        return False
    return all(w[0].isupper() or w[0].isdigit() or w[0] in "&'’" or w in ("of", "the") for w in words)


def undated(title: str | None) -> str | None:
    """A title without a leading date: "23.01.2022 - Wierer wins in Antholz" → "Wierer wins in Antholz"."""
    rest = _DATE_PREFIX.sub("", title, count=1) if title else title
    return rest if rest and headline_like(rest) else title


def meta_text(value: Any) -> str | None:
    """A metadata text (title, site's name) as stored: NFC, white space collapsed, no
    invisible or direction-control characters."""
    if not isinstance(value, str):
        return None
    value = " ".join(unicodedata.normalize("NFC", _FORMAT.sub(_joiner, value)).split())
    return value or None


def title_text(value: Any) -> str | None:
    """A title as stored: `meta_text`, and an HTML entity left in it (markup escaped twice,
    "It&#8217;s") resolved."""
    return meta_text(resolve_entities(value) if isinstance(value, str) else value)


def resolve_entities(text: str) -> str:
    """The text with the complete HTML entities left in it ("&#8217;", "&amp;amp;") resolved;
    a bare "&" or one without its ";" ("AT&T", "&copy 2020") stays as written."""
    for _ in range(2):
        if "&" not in text:
            break
        text = _ENTITY.sub(lambda m: unescape(m.group(0)), text)
    return text


def _joiner(m: re.Match[str]) -> str:
    """A formatting character dropped, except a zero-width joiner or non-joiner between two
    letters or marks of a script that writes it (Persian "می‌خواهم", Bengali "র‍্যালি",
    an emoji sequence): there it is spelling. Beside a space or a Latin letter it only
    decorates ("\u200ciPhone")."""
    char = m.group(0)
    if char not in "\u200c\u200d":
        return ""
    text, at = m.string, m.start()
    before, after = text[at - 1 : at], text[at + 1 : at + 2]
    return char if _joins(before) and _joins(after) else ""


def _joins(char: str) -> bool:
    if not char or char.isascii() or char.isspace():
        return False
    kind = unicodedata.category(char)
    if kind[0] not in "LMS":
        return False
    return not unicodedata.name(char, "").startswith("LATIN")
