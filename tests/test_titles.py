"""A page's headline and the site's name in its titles: comparisons that survive how pages
are typeset (full-width letters, a truncated og:title, block-styled kickers, stray separators)."""

from __future__ import annotations

from datetime import UTC, datetime

import lxml.html
import pytest
from hypothesis import given
from hypothesis import strategies as st

from frontwatch.clean import clean
from frontwatch.config import Settings
from frontwatch.models import RawDocument
from frontwatch.titles import page_heading, split_title, title_text

NOW = datetime(2024, 5, 10, 12, 0, tzinfo=UTC)

NEWSLETTER = "<h1>Sign up for our newsletter today</h1>"


URL = "https://www.daily-planet.example/news/1"


def heading_of(head: str, body: str) -> str | None:
    page = f"<html><head>{head}</head><body>{body}</body></html>"
    return page_heading(lxml.html.document_fromstring(page), URL)


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Über die Redaktion |", ("Über die Redaktion", None)),
        ("| Floods close the northern highway", ("Floods close the northern highway", None)),
        ("Floods close the northern highway –", ("Floods close the northern highway", None)),
        ("Floods close the northern highway | Daily Planet |",
         ("Floods close the northern highway", "Daily Planet")),
        # a separator inside the title is kept; a colon at the end is not a separator
        ("Floods close the northern highway - again", ("Floods close the northern highway - again", None)),
        ("Floods: what we know:", ("Floods: what we know:", None)),
    ],
)  # fmt: skip
def test_a_separator_with_nothing_beyond_it_is_dropped(title: str, expected: tuple[str, str | None]) -> None:
    assert split_title(title, None, URL) == expected


@given(st.text(alphabet=st.sampled_from("ab Z|-–:»…\u3000漢"), max_size=40))
def test_split_title_returns_a_piece_of_the_title(title: str) -> None:
    head, name = split_title(title, "Daily Planet", URL)
    assert head in title
    assert name is None or name in title


def test_a_site_name_as_long_as_a_headline_is_not_the_sites_name() -> None:
    # og:site_name carries the headline itself (a misconfigured template): the h1 is still the headline
    headline = "The man whose old bedding nearly killed him: how doctors solved the mystery"
    head = f"""<title>{headline}</title><meta property="og:site_name" content="{headline}">
    <meta property="og:title" content="{headline}">"""
    assert heading_of(head, f"<h1>{headline}</h1>{NEWSLETTER}") == headline


def test_a_short_site_name_is_still_left_out() -> None:
    head = """<title>Daily Planet</title><meta property="og:site_name" content="Daily Planet">"""
    assert heading_of(head, f"<h1>Daily Planet</h1>{NEWSLETTER}") is None


@pytest.mark.parametrize(
    ("heading", "expected"),
    [
        # the kicker runs into the headline without a space: the page shows it on a line of its own
        ('<h1><span class="overline">Climate summit</span>"We are running out of time"</h1>',
         '"We are running out of time"'),
        ("<h1><span>06.01.2023</span>Floods close the northern highway</h1>",
         "Floods close the northern highway"),
        # a drop cap, a possessive and a number split in two are parts of one text
        ('<h1><span class="dropcap">T</span>he river rises again</h1>', "The river rises again"),
        ("<h1><span>Mayor</span>'s plan for the river is approved</h1>",
         "Mayor's plan for the river is approved"),
        ("<h1><span>20</span>23 floods close the northern highway</h1>",
         "2023 floods close the northern highway"),
    ],
)  # fmt: skip
def test_a_kicker_that_runs_into_the_headline_is_set_apart(heading: str, expected: str) -> None:
    whole = lxml.html.fragment_fromstring(heading).text_content()
    head = f"<title>{whole} | Daily Planet</title>"
    assert heading_of(head, heading + NEWSLETTER) == expected


def test_a_truncated_og_title_confirms_the_heading_it_begins() -> None:
    # nothing repeats the h1 whole and the page has two h1s: the og:title cut short with "…" names it
    head = """<title>Daily Planet</title>
    <meta property="og:title" content="Parliament approves the budget after a long…">"""
    body = f"{NEWSLETTER}<h1>Parliament approves the budget after a long night of talks</h1>"
    assert heading_of(head, body) == "Parliament approves the budget after a long night of talks"


def test_a_truncated_og_title_needs_three_words() -> None:
    head = """<title>Daily Planet</title><meta property="og:title" content="Parliament…">"""
    body = f"{NEWSLETTER}<h1>Parliament approves the budget after a long night of talks</h1>"
    assert heading_of(head, body) is None


def test_full_width_letters_compare_as_their_plain_forms() -> None:
    # the <title> writes "Windows11" in ASCII, the h1 in full-width letters; a logo h1 comes first
    head = "<title>Windows11の設定を変更する方法 | パソコン便利帳</title>"
    body = "<h1>パソコン便利帳へようこそ</h1><h1>Ｗｉｎｄｏｗｓ１１の設定を変更する方法</h1>"
    assert heading_of(head, body) == "Ｗｉｎｄｏｗｓ１１の設定を変更する方法"


def test_the_headings_own_typography_is_kept_over_the_metadatas() -> None:
    # the <title> and og:title write straight quotes and a hyphen; the page shows curly quotes and
    # an en dash: the title is the text as the page shows it (20 dev and pool pages agree)
    plain = 'Floods close the "northern" highway - again'
    head = f"""<title>{plain} | Daily Planet</title><meta property="og:title" content='{plain}'>"""
    shown = "Floods close the “northern” highway – again"
    assert heading_of(head, f"<h1>{shown}</h1>{NEWSLETTER}") == shown


def test_markup_escaped_twice_is_read_as_its_characters() -> None:
    # the CMS escaped the title twice: the page shows "It&#8217;s", the headline is "It’s"
    head = "<title>It&amp;#8217;s a long night for the council | Daily Planet</title>"
    body = f"<h1>It&amp;#8217;s a long night for the council</h1>{NEWSLETTER}"
    assert heading_of(head, body) == "It’s a long night for the council"


@pytest.mark.parametrize(
    ("title", "stored"),
    [
        ("It&#8217;s Fish &amp;amp; Chips", "It’s Fish & Chips"),
        # an "&" that begins no complete entity is text
        ("AT&T and R&D: results &copy 2020", "AT&T and R&D: results &copy 2020"),
        # marks and controls of text direction are no part of the title
        ("\u200fالانتخابات المقبلة في البلاد\u200f", "الانتخابات المقبلة في البلاد"),
        ("Die \u2068Bundesregierung\u2069 plant", "Die Bundesregierung plant"),
        ("\u202bשלום לכולם\u202c", "שלום לכולם"),
        # a zero-width non-joiner or joiner between letters of a script that writes it is spelling
        ("می\u200cخواهم کتاب\u200cها را بخوانم", "می\u200cخواهم کتاب\u200cها را بخوانم"),
        ("ঢাকায় র\u200d্যালি হবে", "ঢাকায় র\u200d্যালি হবে"),
        # beside a space or a Latin letter it only decorates
        ("Apple\u2019s \u200ciPhone 11\u200c review", "Apple\u2019s iPhone 11 review"),
        ("Soft\u00adware up\u200bdate", "Software update"),
    ],
)  # fmt: skip
def test_a_stored_title_is_plain_text(title: str, stored: str) -> None:
    assert title_text(title) == stored


@pytest.mark.parametrize(
    "heading",
    [
        '<h1><span class="sr-only">Article:</span> Floods close the northern highway</h1>',
        "<h1><script>track('h1')</script>Floods close the northern highway</h1>",
        "<h1>Floods close<style>.x{color:red}</style> the northern highway</h1>",
    ],
)
def test_text_after_a_hidden_element_is_shown(heading: str) -> None:
    # only what is inside a script, a style or an "sr-only" span is hidden, not the text after it
    head = "<title>Daily Planet</title>"
    assert heading_of(head, heading) == "Floods close the northern highway"


def test_ruby_readings_are_left_out_and_the_base_text_kept() -> None:
    # each <rt> reading is hidden; the base text after it ("字") is the text after a hidden element
    heading = "<h1><ruby>漢<rt>かん</rt>字<rt>じ</rt></ruby>の読み方を学ぶ新しい方法</h1>"
    assert heading_of("<title>パソコン便利帳</title>", heading) == "漢字の読み方を学ぶ新しい方法"


# pages built by common CMS templates, read the whole way (trafilatura, then clean) ------------

HEADLINE = "Floods close the northern highway for a week"
STORY = " ".join(
    ["The council met on Tuesday and agreed to widen the northern road after years of complaints."] * 6
)
POST = f"<p>{STORY}</p><p>{STORY}</p>"
WIDGETS = """<aside><h2 class="widget-title">Recent Posts</h2><ul><li><a href="/a">Town fair draws
record crowds</a></li></ul><h2 class="widget-title">Categories</h2></aside>"""
H, B = HEADLINE, POST  # short names for the templates below

CMS_PAGES = {
    # WordPress: the blog's name in an h1 linking home, the post's h1, a comments heading and widgets
    "wordpress": ("https://riverside-notes.example/2024/05/floods/", f"""<title>{H} &#8211; Riverside
      Notes</title><meta property="og:site_name" content="Riverside Notes"><meta property="og:title"
      content="{H}">""", f"""<header><h1 class="site-title"><a href="https://riverside-notes.example/"
      rel="home">Riverside Notes</a></h1></header><main><article><h1 class="entry-title">{H}</h1>
      <div class="entry-meta">Posted on May 3, 2024 by admin</div><div class="entry-content">{B}</div>
      </article><h2 class="comments-title">2 thoughts on &#8220;{H}&#8221;</h2></main>{WIDGETS}"""),
    # WordPress with Yoast's JSON-LD graph and no og:title; the post title in an h2
    "wordpress-yoast": ("https://riverside-notes.example/2024/05/floods/", f"""<title>{H} - Riverside
      Notes</title><script type="application/ld+json">{{"@context": "https://schema.org", "@graph": [
      {{"@type": "WebPage", "name": "{H} - Riverside Notes"}}, {{"@type": "Article", "headline": "{H}"}},
      {{"@type": "BreadcrumbList", "itemListElement": [{{"@type": "ListItem", "name": "Home"}}]}},
      {{"@type": "Organization", "name": "Riverside Notes"}}]}}</script>""",
      f"""<p class="site-title"><a href="/" rel="home">Riverside Notes</a></p><article>
      <h2 class="entry-title">{H}</h2><div class="entry-content">{B}</div></article>{WIDGETS}"""),
    # Arc-style news page: a kicker link above the h1, a strap line in an h2, a "Most Read" box
    "arc": ("https://www.metro-herald.example/politics/2024/05/03/floods/", f"""<title>{H} - The Metro
      Herald</title><meta property="og:title" content="{H}"><meta name="twitter:title" content="{H}">
      <meta property="og:site_name" content="The Metro Herald">""", f"""<nav><a href="/">The Metro
      Herald</a></nav><main><div class="kicker"><a href="/politics/">Politics</a></div><h1
      data-qa="headline"><span>{H}</span></h1><h2 data-qa="subheadline">Officials say repairs could
      take longer if the rain keeps falling</h2><div class="byline">By Jane Roe</div><article>{B}
      </article></main><section><h2>Most Read</h2><ol><li>Mayor resigns after vote</li></ol></section>"""),
    # an SEO <title> that differs from the headline that og:title repeats
    "arc-seo-title": ("https://www.metro-herald.example/politics/2024/05/03/floods/", """<title>Northern
      highway closed by floods: what commuters need to know - The Metro Herald</title>"""
      f"""<meta property="og:title" content="{H}"><meta property="og:site_name" content="The Metro
      Herald">""", f"""<main><h1 data-qa="headline">{H}</h1><article>{B}</article></main>
      <section><h2>Most Read</h2></section>"""),
    # Drupal: hidden block headings, the title in a span of the page-title h1, "Related content"
    "drupal": ("https://www.county-council.example/news/floods", f"<title>{H} | County Council</title>",
      f"""<h2 class="visually-hidden">Main navigation</h2><ul><li><a href="/">Home</a></li></ul><h2
      class="visually-hidden">Breadcrumb</h2><ol><li><a href="/news">News</a></li></ol><h1
      class="page-title"><span class="field--name-title">{H}</span></h1><article>{B}</article>
      <h2>Related content</h2>"""),
    # Blogger: the blog's name in the h1, a date header h2, the post's title in an h3, and the
    # re-posted story's "Title - Wire" credit line
    "blogger": ("https://worldnewsroundup.blogspot.com/2024/05/floods.html", f"""<title>World News
      Roundup: {H}</title>""", f"""<div class="header"><h1 class="title"><a
      href="https://worldnewsroundup.blogspot.com/">World News Roundup</a></h1></div><h2
      class="date-header"><span>Friday, May 3, 2024</span></h2><div class="post"><h3 class="post-title
      entry-title">{H}</h3><div class="post-body">{B}<p>{H} - Eastern Wire</p></div></div>
      <h2>Blog Archive</h2>"""),
    # an aggregator whose <title> is only its name: the re-post's credit line names the story
    "aggregator": ("https://digest.example/item/123", "<title>Daily Brief Digest</title>",
      f"""<div class="logo"><a href="/">Daily Brief Digest</a></div><div class="content">{B}
      <p>{H} - Eastern Wire</p></div>"""),
    # Ghost: the article-title h1, an excerpt, teaser cards below
    "ghost": ("https://notes.example/floods-close/", f"""<title>{H}</title><meta property="og:title"
      content="{H}"><meta property="og:site_name" content="Field Notes">""", f"""<header><a
      class="site-logo" href="https://notes.example">Field Notes</a></header><article><h1
      class="article-title">{H}</h1><p class="article-excerpt">Repairs will take a week.</p>
      <section>{B}</section></article><section><h3>Read more</h3><h2 class="post-card-title">Town fair
      draws record crowds</h2></section>"""),
    # Medium: "Headline | by Author | Medium"
    "medium": ("https://medium.com/@janeroe/floods-close-1234", f"""<title>{H} | by Jane Roe |
      Medium</title><meta property="og:site_name" content="Medium">""", f"""<h1
      data-testid="storyTitle">{H}</h1><article>{B}</article><h2>Written by Jane Roe</h2>
      <h2>More from Jane Roe</h2>"""),
    # Substack: "Headline - by Author - Newsletter", a subtitle h3
    "substack": ("https://janeroe.substack.com/p/floods-close", f"""<title>{H} - by Jane Roe - The Roe
      Report</title><meta property="og:title" content="{H}">""", f"""<h1 class="post-title">{H}</h1>
      <h3 class="subtitle">Repairs will take a week, officials say</h3><article>{B}</article>"""),
    # a regional page: the region's name in the h1, the story's headline in an h2
    "section-h1": ("https://www.regional-post.example/nordrhein-westfalen/floods", f"""<title>{H} |
      Regional Post</title><meta property="og:site_name" content="Regional Post">""", f"""<h1
      class="section-title">Nordrhein-Westfalen</h1><article><h2 class="headline">{H}</h2>{B}</article>
      <aside><h2>Mehr aus der Region</h2></aside>"""),
    # the site's name first in <title> and og:title
    "site-first": ("https://www.tagesblatt.example/a/1", f"""<title>Tagesblatt | {H}</title><meta
      property="og:title" content="Tagesblatt | {H}">""", f"<h1>{H}</h1><article>{B}</article>"),
    # a logo image in the h1, the headline in the first h2, "Related stories" after it
    "logo-h1": ("https://www.city-times.example/news/floods", f"""<title>{H} - City Times</title><meta
      property="og:title" content="{H} - City Times">""", f"""<h1 class="logo"><a href="/"><img
      src="/logo.png" alt="City Times"></a></h1><div class="article"><h2>{H}</h2>{B}</div>
      <h2>Related stories</h2>"""),
    # Joomla: the item's title in an h2 marked itemprop=headline, a login module's h3 before it
    "joomla": ("https://www.dorfverein.example/aktuelles/123-floods", f"""<title>{H} - Dorfverein
      Musterdorf</title>""", f"""<div class="moduletable"><h3>Login Form</h3></div><div
      class="item-page"><h2 itemprop="headline">{H}</h2>{B}</div>"""),
    # the <title> names a section and the site, no heading at all
    "no-heading": ("https://www.city-times.example/news/floods", f"""<title>{H} | News | City
      Times</title><meta property="og:site_name" content="City Times">""", f"<div>{B}</div>"),
}  # fmt: skip


def title_of(url: str, head: str, body: str) -> str | None:
    page = f'<html><head><meta charset="utf-8">{head}</head><body>{body}</body></html>'
    document = RawDocument(source="test", data=page.encode(), kind="html", url=url)
    return clean(document, Settings(allow_network=False), NOW).title


@pytest.mark.parametrize("layout", sorted(CMS_PAGES))
def test_common_cms_layouts_give_the_headline(layout: str) -> None:
    url, head, body = CMS_PAGES[layout]
    assert title_of(url, " ".join(head.split()), body) == HEADLINE


# no heading repeats a metadata title: the headline right above the story -------------------

REWRITTEN = """<title>Highway shut: what you need to know | City Times</title>
<meta property="og:title" content="Highway shut: what you need to know">"""
URL_CT = "https://www.city-times.example/news/floods"
TEASER = " ".join(["The council approved the budget for next year after a long debate on Monday."] * 3)


@pytest.mark.parametrize(
    "body",
    [
        # the headline in an h2 that the main text begins with (a logo h1 above it)
        f'<h1 class="logo">City Times</h1><div class="article"><h2>{H}</h2><p>By Jane Roe, 3 May</p>'
        f"{B}</div><h2>Related stories</h2>",
        # a one-word h1 in the menu, a hidden "Main content" h2, then the headline over a date
        # line and a category
        f'<ul><li><h1>Verkehr</h1></li></ul><h2 class="sr-only">Main content</h2><main><header>'
        f"<h2>{H}</h2></header><p>03.05.2024</p><p>Category: Roads</p>{B}</main>",
    ],
)  # fmt: skip
def test_the_headline_right_above_the_story_is_the_title(body: str) -> None:
    assert title_of(URL_CT, REWRITTEN, body) == HEADLINE


@pytest.mark.parametrize(
    "body",
    [
        # a sidebar's heading (WordPress's <div id="sidebar">, an <aside>, a <nav>) over its links
        f'<div id="sidebar"><h2 class="widgettitle">Upcoming events in town</h2><ul><li>Fair</li>'
        f'</ul></div><div id="content"><div class="post-headline">{H}</div>{B}</div>',
        f'<aside><h2>Upcoming events in town</h2></aside><div class="post-headline">{H}</div>{B}',
        f"<nav><h2>Browse all our sections</h2></nav><div>{B}</div>",
        # the metadata's headline is shown as text between the heading and the story
        f'<div class="leftcol"><h2>Upcoming events in town</h2><p><a href="/a">Fair</a></p></div>'
        f'<div class="main"><div class="hl">Highway shut: what you need to know</div>{B}</div>',
        # more than a byline's worth of text between: a teaser's heading over its summary
        f'<div class="teaser"><h2>Council approves a new budget</h2><p>{TEASER}</p></div>'
        f"<div>{B}</div>",
        # a newsletter box right above the story: it shares no word with the story
        '<div class="promo"><h2>Sign up for our morning newsletter</h2><p>Five things to know, every'
        f' weekday.</p><form><input type="email"><button>Go</button></form></div><div>{B}</div>',
        # a one-word label above the story
        f"<h2>Verkehr</h2><div>{B}</div>",
    ],
)  # fmt: skip
def test_a_heading_that_heads_no_story_is_not_the_title(body: str) -> None:
    assert title_of(URL_CT, REWRITTEN, body) == "Highway shut: what you need to know"


# a standfirst set as a heading between the headline and the story -------------------------

DEK = "Officials say the repairs could take longer if the rain keeps falling this week."


@pytest.mark.parametrize(
    "body",
    [
        # the headline h2, the standfirst h2 and a byline above the story (a logo h1 above all)
        f'<h1 class="logo">City Times</h1><div class="article"><h2>{H}</h2><h2 class="dek">{DEK}</h2>'
        f"<p>By Jane Roe, 3 May</p>{B}</div><h2>Related stories</h2>",
        # the standfirst opens the story's block, the headline is above that block
        f'<h1 class="logo">City Times</h1><header><h2>{H}</h2></header><article><h2 class="dek">'
        f"{DEK}</h2>{B}</article>",
    ],
)  # fmt: skip
def test_a_standfirst_under_the_headline_is_passed_over(body: str) -> None:
    assert title_of(URL_CT, REWRITTEN, body) == HEADLINE


def test_a_short_headline_ending_with_a_full_stop_is_still_the_headline() -> None:
    body = f'<h1 class="logo">City Times</h1><div class="article"><h2>Floods close the highway.</h2>{B}</div>'
    assert title_of(URL_CT, REWRITTEN, body) == "Floods close the highway."


# where the metadata confirms a heading, a heading nearer the story does not replace it -------

VIDEO_LD = """<script type="application/ld+json">{"@type": "VideoObject", "name": "Drone footage shows
the flooded northern highway"}</script>"""


@pytest.mark.parametrize(
    "body",
    [
        # a news page: the confirmed h1, then a standfirst h2 right above the story
        f'<main><h1 class="headline">{H}</h1><h2 class="dek">{DEK}</h2><article>{B}</article></main>',
        # a news page: the confirmed h1 in the page's header, then a video player's title that
        # JSON-LD names, at the top of the story's <article>
        f'<header><h1 class="pg-headline">{H}</h1></header><article><div class="media"><h2 class='
        f'"media__title">Drone footage shows the flooded northern highway</h2></div><div class="body">'
        f"{B}</div></article>",
        # a magazine: the confirmed h1 above the article container, the og:title's rewording
        # inside it (the headline as shared on social media)
        f'<h1>{H}</h1><article><h2 class="social">Highway shut: what you need to know</h2>{B}</article>',
    ],
)  # fmt: skip
def test_the_confirmed_headline_beats_a_heading_nearer_the_story(body: str) -> None:
    head = f"<title>{H} | City Times</title>{REWRITTEN.splitlines()[1]}{VIDEO_LD}"
    assert title_of(URL_CT, head, body) == HEADLINE


# the site's name set apart by a mark that also occurs inside headlines ----------------------

FLOODS = "Floods close the northern highway"


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        (f"Daily Planet: {FLOODS}", (FLOODS, "Daily Planet")),
        (f"{FLOODS}: Daily Planet", (FLOODS, "Daily Planet")),
        (f"Daily Planet|{FLOODS}", (FLOODS, "Daily Planet")),
        (f"{FLOODS} (Daily Planet)", (FLOODS, "Daily Planet")),
        # a colon after a speaker or a topic, or after part of the site's name, stays
        ("Mayor: the bridge will reopen next week", ("Mayor: the bridge will reopen next week", None)),
        ("Planet: a new moon was found last night", ("Planet: a new moon was found last night", None)),
        ("Floods close the highway (again)", ("Floods close the highway (again)", None)),
    ],
)  # fmt: skip
def test_a_colon_bar_or_brackets_set_apart_only_the_sites_name(
    title: str, expected: tuple[str, str | None]
) -> None:
    assert split_title(title, None, URL) == expected


def test_a_blog_title_before_a_colon_is_left_out_of_the_title() -> None:
    head = "<title>Riverside Notes: Floods close the northern highway for a week</title>"
    body = f"<div class='post'>{POST}</div>"
    assert title_of("https://riverside-notes.example/2024/05/floods/", head, body) == HEADLINE


def test_compiled_xpath_finds_what_element_xpath_finds() -> None:
    """The expressions compiled once give the same nodes and smart strings (is_tail,
    getparent) as `element.xpath`, EXSLT regular expressions included."""

    from frontwatch.titles import compiled_xpath

    tree = lxml.html.fromstring(
        "<html><body><h1 class='entry-title'>Troops arrive <b>in Belarus</b> today</h1>"
        "<h2>Second heading</h2></body></html>"
    )
    marked = "//*[self::h1 or self::h2][re:test(@class, 'entry-title')]"
    regexp = {"re": "http://exslt.org/regular-expressions"}
    assert compiled_xpath(marked)(tree) == tree.xpath(marked, namespaces=regexp)
    assert compiled_xpath("//h1")(tree) == tree.xpath("//h1")
    texts = compiled_xpath(".//text()")(tree.xpath("//h1")[0])
    assert [str(t) for t in texts] == ["Troops arrive ", "in Belarus", " today"]
    assert [t.is_tail for t in texts] == [False, False, True]
    assert texts[2].getparent().tag == "b"
    assert compiled_xpath("//h1") is compiled_xpath("//h1")
