"""Stage 2: main text without chrome, metadata recovered, dates checked, ids stable."""

from __future__ import annotations

import contextlib
from datetime import UTC, datetime, timedelta, timezone

import lxml.html
import pytest
from hypothesis import HealthCheck, given
from hypothesis import settings as hsettings
from hypothesis import strategies as st

from frontwatch.clean import (
    article_id,
    check_published,
    clean,
    date_line,
    normalise,
    page_heading,
    split_title,
    trailing_title_outlet,
)
from frontwatch.config import Settings
from frontwatch.errors import DecodeError, InputError, NoText
from frontwatch.models import RawDocument, sha256_hex

NOW = datetime(2023, 1, 10, 12, 0, tzinfo=UTC)
SETTINGS = Settings(allow_network=False, db_url="memory://")

STORY = [
    "KYIV, Jan 6 (Reuters) - A train carrying Russian troops arrived in Belarus, the Belarusian "
    "defence ministry said on Friday, as Kyiv warned that Moscow could use its neighbour to launch "
    "a new offensive from the north.",
    "Belarus will also receive more Russian weapons and military equipment, and the two countries "
    "are preparing joint air force drills, the ministry said in a statement.",
    "Ukraine says Russia keeps using Belarusian airspace for drone and missile attacks. Minsk has "
    "said it will not join the war, and President Alexander Lukashenko blamed Western nations.",
]
CHROME = [
    "Read More", "Read more »", "No comments:", "Post a Comment", "Share this:", "Share on Facebook",
    "Share on Twitter", "Subscribe to: Post Comments (Atom)", "Newer Post Older Post Home",
    "We use cookies", "Home > World > Europe", "Email This", "BlogThis!", "Posted by",
]  # fmt: skip

AGGREGATOR_PAGE = f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>World News Daily: Russian troops arrive in Belarus</title>
<meta property="og:site_name" content="World News Daily"></head>
<body>
<div class="cookie-banner"><p>We use cookies to improve your experience. By continuing to browse
you accept our use of cookies.</p><button>Accept</button></div>
<nav class="crumbs"><a href="/">Home</a> &gt; <a href="/world">World</a> &gt; <a href="/eu">Europe</a></nav>
<div class="post hentry">
<h3 class="post-title">Russian troops arrive in Belarus</h3>
<div class="post-body entry-content">
<p>{STORY[0]}</p>
<p>{STORY[1]}</p>
<p>{STORY[2]}</p>
<p>Russian troops arrive in Belarus as Kyiv fears new offensive - Reuters</p>
<p><a href="https://www.reuters.com/world/europe/x">Read More</a></p>
</div>
<div class="post-footer">Posted by Admin at 10:32 AM
<div class="share"><a>Email This</a> <a>BlogThis!</a> <a>Share to Twitter</a> <a>Share to Facebook</a></div>
<ul class="share-buttons"><li>Share this:</li><li>Share on Facebook</li><li>Share on Twitter</li></ul>
</div>
</div>
<div class="comments"><h4>No comments:</h4><p>Post a Comment</p></div>
<div class="blog-pager">Newer Post Older Post Home</div>
<div class="feed-links">Subscribe to: Post Comments (Atom)</div>
</body></html>
"""

AGGREGATOR_TEXT = "\n".join(
    [
        "Home > World > Europe",
        "We use cookies to improve your experience. By continuing you accept our cookie policy.",
        "",
        STORY[0],
        "",
        # hard-wrapped paragraph: the lines belong together
        STORY[1][: STORY[1].index(" ", 70)],
        STORY[1][STORY[1].index(" ", 70) + 1 :],
        "",
        STORY[2],
        "Read more »",
        "",
        "Share this:",
        "- Share on Facebook",
        "- Share on Twitter",
        "",
        "Russian troops arrive in Belarus as Kyiv fears new offensive - Reuters",
        "",
        "No comments:",
        "Post a Comment",
        "A reader's comment that is not part of the report.",
        "Newer Post Older Post Home",
        "Subscribe to: Post Comments (Atom)",
    ]
)


def raw(data: str | bytes, kind: str = "text", **kw: object) -> RawDocument:
    body = data.encode("utf-8") if isinstance(data, str) else data
    return RawDocument(source="test", data=body, kind=kind, **kw)  # type: ignore[arg-type]


def assert_no_chrome(text: str) -> None:
    for chrome in CHROME:
        assert chrome.lower() not in text.lower(), chrome


# aggregator re-posts --------------------------------------------------------------------------
def test_aggregator_html_page_keeps_the_story_and_drops_the_chrome() -> None:
    article = clean(
        raw(AGGREGATOR_PAGE, "html", url="https://news-daily.example/2023/01/troops"), SETTINGS, NOW
    )
    assert article.text.split("\n\n") == STORY
    assert_no_chrome(article.text)
    assert article.title == "Russian troops arrive in Belarus as Kyiv fears new offensive"
    # the blog published this copy: it is the outlet, not the wire its trailing line credits
    assert article.outlet == "World News Daily"
    assert article.language == "en"
    assert article.url == "https://news-daily.example/2023/01/troops"


def test_aggregator_plain_text_keeps_paragraphs_and_drops_the_chrome() -> None:
    article = clean(raw(AGGREGATOR_TEXT), SETTINGS, NOW)
    assert article.text.split("\n\n") == STORY
    assert_no_chrome(article.text)
    assert "reader's comment" not in article.text
    # nothing names the blog (no masthead above a menu): the trailing credit is all there is
    assert (article.title, article.outlet) == (
        "Russian troops arrive in Belarus as Kyiv fears new offensive",
        "Reuters",
    )


@pytest.mark.parametrize(
    ("head", "url", "outlet"),
    [
        # og:site_name names the re-posting blog
        ('<meta property="og:site_name" content="World News Daily">', "https://news-daily.example/1",
         "World News Daily"),
        # the <title> names it after the headline
        ("<title>Troops arrive in Belarus | Daily Brief Digest</title>", "https://digest.example/1",
         "Daily Brief Digest"),
        # only the host would name it: the credit line's outlet is the better name
        ("<title>Troops arrive in Belarus</title>", "https://digest.example/1", "Eastern Wire"),
        # a <title> part the host does not confirm may be a section, not the publisher
        ("<title>Troops arrive in Belarus | Politics</title>", "https://digest.example/1", "Eastern Wire"),
    ],
)  # fmt: skip
def test_a_reposts_outlet_is_the_site_that_published_it(head: str, url: str, outlet: str) -> None:
    page = f"""<html><head>{head}</head><body><article><h1>Troops arrive in Belarus</h1>
    <p>{STORY[1]}</p><p>{STORY[2]}</p><p>Troops arrive in Belarus - Eastern Wire</p>
    </article></body></html>"""
    article = clean(raw(page, "html", url=url), SETTINGS, NOW)
    assert article.outlet == outlet
    assert article.text.split("\n\n") == STORY[1:]  # the credit line is not part of the report


def test_a_reposts_outlet_from_the_container_beats_the_credit_line() -> None:
    text = "\n\n".join([*STORY[1:], "Troops arrive in Belarus - Eastern Wire"])
    article = clean(raw(text, outlet="Daily Brief Digest"), SETTINGS, NOW)
    assert (article.title, article.outlet) == ("Troops arrive in Belarus", "Daily Brief Digest")


def test_a_pages_own_name_beats_the_agency_in_its_dateline() -> None:
    page = f"""<html><head><title>Troops arrive | Border Dispatch</title>
    <meta property="og:site_name" content="Border Dispatch"></head><body><article>
    <h1>Troops arrive</h1><p>{STORY[0]}</p><p>{STORY[1]}</p></article></body></html>"""
    assert clean(raw(page, "html"), SETTINGS, NOW).outlet == "Border Dispatch"


def test_the_same_story_on_two_aggregators_gets_the_same_id() -> None:
    a = clean(raw(AGGREGATOR_PAGE, "html"), SETTINGS, NOW)
    b = clean(raw(AGGREGATOR_TEXT), SETTINGS, NOW)
    assert a.id == b.id == sha256_hex(normalise("\n\n".join(STORY)))


@pytest.mark.parametrize(
    "line",
    ["Read More", "Read more »", "Continue reading →", "Share this:", "Share on Facebook",
     "• Share on Twitter",
     "Tweet", "Advertisement", "Skip to main content", "No comments:", "3 comments:", "Post a Comment",
     "Leave a Reply", "Newer Post Older Post Home", "Subscribe to: Post Comments (Atom)",
     "Home » News » Europe", "News | Politics | Business | Sport", "Posted by Admin at 10:32 AM",
     "Posted by admin",
     "Labels: Belarus, Russia", "© 2023 World News Daily. All rights reserved.", "Accept all cookies",
     "The post Troops gather near the border appeared first on Border Dispatch.", "Source: Reuters",
     "Via: Associated Press",
     "Thanks for reading Sahel Brief! Subscribe for free to receive new posts and support my work.",
     "Border Notes is a reader-supported publication. To receive new posts and support my work, consider "
     "becoming a free or paid subscriber.",
     # a blogging platform's widgets and author card; a channel's call to action behind an emoji
     "124", "1.2K Followers", "21.4K views", "3 min read", "1,203 comments", "Follow Anna Koval",
     "Written by Anna Koval", "See all from Anna Koval", "Sign up for more like this.",
     "🔴 Subscribe to Eastern Front Watch", "👉 Follow @eastfrontwatch"],
)  # fmt: skip
def test_chrome_lines_are_dropped(line: str) -> None:
    article = clean(raw(f"{STORY[0]}\n\n{line}\n\n{STORY[1]}"), SETTINGS, NOW)
    assert line not in article.text
    assert article.text.startswith(STORY[0])


@pytest.mark.parametrize(
    "line",
    ["Sources said the army withdrew.", "Source: the ministry said the army withdrew from Bakhmut.",
     "Written by hand, the note said the troops would leave.", "1.5 million people fled", "06.11.2023",
     "⚡️ Air raid alert in the Kyiv region.", "Follow the money"],
)  # fmt: skip
def test_a_sentence_opening_like_a_credit_line_stays(line: str) -> None:
    assert line in clean(raw(f"{STORY[0]}\n\n{line}\n\n{STORY[1]}"), SETTINGS, NOW).text


def _comment(text: str) -> str:
    """A comment of an old-style forum thread: its text inside a form with nothing to fill in."""
    return (
        '<div class="thing comment"><div class="entry"><form class="usertext"><div class="usertext-body">'
        f'<div class="md"><p>{text}</p></div></div></form></div></div>'
    )


_SIDEBAR = """<div class="side"><div class="md"><p>A place for major news from around the world, excluding
US-internal news. Please read the rules before you post, and report any post that breaks them to the
moderators.</p><p>Titles must be the headline of the story, not your opinion of it. Posts about the internal
politics of the United States belong in another community, and will be removed without notice.</p></div></div>
<form class="newsletter"><p>Get the morning briefing from the moderators in your inbox.</p>
<input type="email" name="email"></form>"""
_FOOTER = """<div class="footer"><ul><li>about</li><li><a href="/blog">blog</a></li>
<li><a href="/ads">advertising</a></li><li><a href="/jobs">careers</a></li><li>help</li>
<li><a href="/rules">site rules</a></li><li><a href="/help">help center</a></li>
<li><a href="/wiki">wiki</a></li>
</ul><p>Use of this site constitutes acceptance of our <a href="/ua">User Agreement</a> and
<a href="/pp">Privacy Policy</a>. All rights reserved. The alien logo is a registered trademark of the site's
owners, who take no responsibility for what their users post in the discussions on these pages or anywhere
else.</p></div>"""
_POST = """<div class="thing link"><div class="entry"><p class="title"><a href="https://wire.example/a1">Russian
troops arrive in Belarus</a></p><form class="usertext" action="#"><input type="hidden" name="thing_id"
value="t3_1"><div class="usertext-body"><div class="md"><blockquote>{story}</blockquote></div></div></form>
</div></div>"""
FORUM_THREAD = (
    "<html><head><title>Russian troops arrive in Belarus : worldnews</title></head><body>"
    + _SIDEBAR
    + _POST.format(story="".join(f"<p>{p}</p>" for p in STORY))
    + '<div class="commentarea">'
    + _comment("They said the same thing last February, right before the tanks rolled across the border "
               "from the north. I would not believe a word of it, and neither should anyone else.")
    + _comment("The difference this time is that the Belarusian army itself has no appetite for a war, "
               "and the president knows very well that it could end his rule if it went badly.") * 2
    + "</div>" + _FOOTER + "</body></html>"
)  # fmt: skip


def test_a_post_a_forum_wraps_in_a_form_is_the_main_text() -> None:
    """A form with nothing to fill in is a wrapper around the post; one with a field is not."""
    text = clean(raw(FORUM_THREAD, "html"), SETTINGS, NOW).text
    assert text.split("\n\n") == STORY


def test_read_more_at_the_end_of_a_feed_summary_is_dropped() -> None:
    article = clean(
        raw(f"<p>{STORY[1]} <a href='x'>Read more »</a></p>", "html", is_summary=True), SETTINGS, NOW
    )
    assert article.text == STORY[1]
    assert article.is_summary


def test_a_wordpress_feed_footer_is_dropped_from_an_html_summary() -> None:
    summary = (
        f"<p>{STORY[1]}</p><p>The post <a href='https://example.org/troops'>Troops gather</a> appeared "
        "first on <a href='https://example.org'>Border Dispatch</a>.</p>"
    )
    assert clean(raw(summary, "html", is_summary=True), SETTINGS, NOW).text == STORY[1]


def test_a_newsletter_comment_section_is_dropped() -> None:
    page = f"{STORY[0]}\n\n{STORY[1]}\n\nDiscussion about this post\n\nNo posts"
    assert clean(raw(page), SETTINGS, NOW).text == f"{STORY[0]}\n\n{STORY[1]}"


def test_a_report_about_a_post_is_not_chrome() -> None:
    text = "The post of defence minister appeared first on the list of vacancies, Reuters reported."
    assert clean(raw(text + "\n\n" + STORY[1]), SETTINGS, NOW).text.startswith(text)


def test_cookie_sentences_go_but_the_paragraph_stays() -> None:
    para = "We use cookies to analyse traffic. " + STORY[1]
    article = clean(raw(para + "\n\n" + STORY[2]), SETTINGS, NOW)
    assert article.text.split("\n\n") == [STORY[1], STORY[2]]


def test_a_report_about_cookies_is_not_chrome() -> None:
    text = "Bakers in Minsk sold more cookies this winter than last, the trade ministry said on Friday."
    assert clean(raw(text + "\n\n" + STORY[1]), SETTINGS, NOW).text.startswith(text)


# metadata ----------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("paras", "expected"),
    [
        (["Body.", "Russian troops arrive in Belarus - Reuters"],
         ("Russian troops arrive in Belarus", "Reuters")),
        (["Body.", "Minsk says it will not join war – The Associated Press"],
         ("Minsk says it will not join war", "The Associated Press")),
        (["Body.", "Belarus, Russia plan air drills | Kyiv Independent"],
         ("Belarus, Russia plan air drills", "Kyiv Independent")),
        (["Body.", "He said the troops - about 9,000 - would stay."], None),
        (["Body.", "- Smeets P, 2003. Longevity of workers. Apidologie 34 (2003), 333"], None),
        (["Russian troops arrive in Belarus - Reuters"], None),
        (["Body.", "The troops arrived on Friday - the ministry said"], None),
    ],
)  # fmt: skip
def test_trailing_title_outlet(paras: list[str], expected: tuple[str, str] | None) -> None:
    assert trailing_title_outlet(paras) == expected


@pytest.mark.parametrize(
    ("title", "site", "url", "expected"),
    [
        ("Losing face: masks stolen from Kobe hospital | The Japan Times", "The Japan Times", None,
         ("Losing face: masks stolen from Kobe hospital", "The Japan Times")),
        ("What is Rust and why is it so popular? - Stack Overflow Blog", None, None,
         ("What is Rust and why is it so popular?", "Stack Overflow Blog")),
        ("Krimiblog | Das vermutlich schwulste Musikvideo der Welt", None, "https://krimiblog.de/x",
         ("Das vermutlich schwulste Musikvideo der Welt", "Krimiblog")),
        ("Headline here : Krimiblog-Archiv | Motto of the blog", None, "https://archiv.krimiblog.de/1",
         ("Headline here", "Krimiblog-Archiv")),
        ("Termine Tastings Januar - Mai 2020 Halle/Saale und Dessau", None, None,
         ("Termine Tastings Januar - Mai 2020 Halle/Saale und Dessau", None)),
        ("Russian troops arrive in Belarus", None, None, ("Russian troops arrive in Belarus", None)),
    ],
)  # fmt: skip
def test_split_title(title: str, site: str | None, url: str | None, expected: tuple[str, str | None]) -> None:
    assert split_title(title, site, url) == expected


def test_dateline_gives_the_outlet_and_stays_in_the_text() -> None:
    article = clean(raw("\n\n".join(STORY)), SETTINGS, NOW)
    assert article.outlet == "Reuters"
    assert article.text.startswith("KYIV, Jan 6 (Reuters) - A train")


@pytest.mark.parametrize(
    ("start", "outlet"),
    [
        ("MINSK, Jan 6 (Eastern Wire) - Troops arrived.", "Eastern Wire"),
        ("WASHINGTON (AP) — Troops arrived.", "Associated Press"),
        ("NEW YORK, January 6, 2023 (dpa) - Troops arrived.", "dpa"),
        ("Troops arrived (officially) - the ministry said.", None),
    ],
)
def test_dateline_agencies(start: str, outlet: str | None) -> None:
    assert clean(raw(start + "\n\n" + STORY[1]), SETTINGS, NOW).outlet == outlet


def test_plain_text_headline_becomes_the_title() -> None:
    article = clean(raw("Russian troops arrive in Belarus\n\n" + "\n\n".join(STORY[1:])), SETTINGS, NOW)
    assert article.title == "Russian troops arrive in Belarus"
    assert article.text.split("\n\n") == STORY[1:]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Monday, December 12, 2022 07:40 UTC", datetime(2022, 12, 12, 7, 40, tzinfo=UTC)),
        ("Tuesday, December 20, 2022", datetime(2022, 12, 20, tzinfo=UTC)),
        ("6 January 2023", datetime(2023, 1, 6, tzinfo=UTC)),
        ("Published: 2023-01-06T10:00:00+02:00", datetime(2023, 1, 6, 8, tzinfo=UTC)),
        ("Jan. 6, 2023 at 3:15 pm", datetime(2023, 1, 6, 15, 15, tzinfo=UTC)),
        ("February 30, 2023", None),
        ("Troops arrived on January 6, 2023.", None),
    ],
)
def test_date_line(line: str, expected: datetime | None) -> None:
    assert date_line(line) == expected


def test_plain_text_masthead_headline_and_date_line() -> None:
    text = "Frontline Aggregator\nHome | World | Europe\n\n"
    text += "Troops arrive in Belarus again\nMonday, January 9, 2023\n\n"
    article = clean(raw(text + "\n\n".join(STORY)), SETTINGS, NOW)
    assert article.text.split("\n\n") == STORY
    assert article.title == "Troops arrive in Belarus again"
    assert article.published == datetime(2023, 1, 9, tzinfo=UTC)
    # the site's name above its menu published this copy; the dateline credits the wire
    assert article.outlet == "Frontline Aggregator"


@pytest.mark.parametrize(
    "head",
    [
        "Analysis\n\nTroops arrive in Belarus again\n\n",  # a kicker: no menu under it
        "Troops arrive in Belarus again\nMonday, January 9, 2023\n\n",  # no masthead at all
        "Read More\nHome | World | Europe\n\nTroops arrive in Belarus again\n\n",  # chrome, not a name
    ],
)
def test_without_a_masthead_the_dateline_names_the_outlet(head: str) -> None:
    assert clean(raw(head + "\n\n".join(STORY)), SETTINGS, NOW).outlet == "Reuters"


def test_metadata_priority() -> None:
    doc = raw("\n\n".join(STORY), title="Feed title", outlet="Feed Channel", url="https://a.example/1",
              published=datetime(2023, 1, 6, 9, tzinfo=UTC))  # fmt: skip
    article = clean(doc, SETTINGS, NOW)
    assert (article.title, article.outlet, article.url) == (
        "Feed title",
        "Feed Channel",
        "https://a.example/1",
    )
    assert article.published == datetime(2023, 1, 6, 9, tzinfo=UTC)
    forced = clean(doc, SETTINGS.with_(outlet="Forced", published=datetime(2023, 1, 2, tzinfo=UTC)), NOW)
    assert (forced.outlet, forced.published) == ("Forced", datetime(2023, 1, 2, tzinfo=UTC))


def test_html_metadata_title_and_date() -> None:
    page = f"""<html><head><title>Drills planned | Eastern Wire</title>
    <meta property="og:site_name" content="Eastern Wire">
    <meta property="article:published_time" content="2023-01-06T08:00:00+00:00"></head>
    <body><article><h1>Drills planned</h1><p>{STORY[1]}</p><p>{STORY[2]}</p></article></body></html>"""
    article = clean(raw(page, "html"), SETTINGS, NOW)
    assert (article.title, article.outlet) == ("Drills planned", "Eastern Wire")
    assert article.published == datetime(2023, 1, 6, 8, 0, tzinfo=UTC)
    assert article.text.split("\n\n") == STORY[1:]


def test_a_json_ld_publication_time_is_kept_to_the_minute_in_utc() -> None:
    page = f"""<html><head><title>Drills planned - Vostok Today</title><script type="application/ld+json">
    {{"@type": "NewsArticle", "headline": "Drills planned", "datePublished": "2023-01-07T08:45:00+02:00",
      "publisher": {{"@type": "Organization", "name": "Vostok Today"}}}}</script></head>
    <body><article><h1>Drills planned</h1><p>{STORY[1]}</p><p>{STORY[2]}</p></article></body></html>"""
    article = clean(raw(page, "html"), SETTINGS, NOW)
    assert article.published == datetime(2023, 1, 7, 6, 45, tzinfo=UTC)


# page titles: the visible headline, confirmed by the page's metadata -------------------------
def page_title(head: str, heading: str, url: str | None = None) -> str | None:
    """The title clean() gives a page with this <head> and these headings over a short story."""
    page = f"""<!DOCTYPE html><html><head><meta charset="utf-8">{head}</head><body>
    <header>{heading}</header><article><p>{STORY[0]}</p><p>{STORY[1]}</p><p>{STORY[2]}</p></article>
    </body></html>"""
    return clean(raw(page, "html", url=url), SETTINGS, NOW).title


def test_title_skips_a_heading_that_names_the_site() -> None:
    # the site's h1 links to the home page and is longer than the post's headline
    head = "<title>Drills resume : The Eastern Security Observer Weblog | Since 2005</title>"
    heading = """<h1 class="site"><a href="https://observer.example.org/">The Eastern Security Observer
    Weblog</a></h1><h1 class="entry-title">Drills resume</h1><h2>Related posts and other news</h2>"""
    assert page_title(head, heading, "https://observer.example.org/2023/01/drills") == "Drills resume"


@pytest.mark.parametrize(
    ("head", "heading", "expected"),
    [
        # the CMS escaped the headline twice: it is stored as the text it means, not "&#8217;"
        ("<title>Drills&amp;#8217; second day ends early - Eastern Wire</title>",
         "<h1>Drills&amp;#8217; second day ends early</h1>", "Drills’ second day ends early"),
        ("<title>Eastern Wire</title>", "<h1>Tom &amp;amp; Jerry: the drills&amp;#8217; second day</h1>",
         "Tom & Jerry: the drills’ second day"),
        # marks of text direction around an Arabic headline are no part of it
        ("<title>\u200fالمناورات تستأنف غدا في الشمال\u200f</title>",
         "<h1>\u200fالمناورات تستأنف غدا في الشمال\u200f</h1>", "المناورات تستأنف غدا في الشمال"),
    ],
)  # fmt: skip
def test_a_stored_title_is_plain_text(head: str, heading: str, expected: str) -> None:
    assert page_title(head, heading) == expected


def test_a_title_read_the_wrong_way_round_is_put_right() -> None:
    # trafilatura takes "LWD" (the host's name) for the title and the date range for the site
    page = f"""<!DOCTYPE html><html><head><meta charset="utf-8">
    <title>Lawinenbericht 14. - 20. Januar 2022 - LWD</title></head>
    <body><article><p>{STORY[1]}</p><p>{STORY[2]}</p></article></body></html>"""
    article = clean(raw(page, "html", url="https://www.lwd.example/berichte/woche-3.html"), SETTINGS, NOW)
    assert (article.title, article.outlet) == ("Lawinenbericht 14. - 20. Januar 2022", "LWD")


def test_title_is_a_heading_the_og_title_repeats_word_for_word() -> None:
    # the h1 is a section name the <title> also carries; the h2 is the story's own headline
    head = """<title>Border crisis - Minsk says Russian troops will stay through March - Wire</title>
    <meta property="og:title" content="Minsk says Russian troops will stay through March">"""
    heading = "<h1>Border crisis</h1><h2>Minsk says Russian troops will stay through March</h2>"
    assert page_title(head, heading) == "Minsk says Russian troops will stay through March"


@pytest.mark.parametrize(
    ("heading", "expected"),
    [
        # a kicker set apart by a separator that only screen readers get
        ('<h1><span class="kicker">Belarus</span><span class="visually-hidden"> - </span>'
         "<span>Russian troops arrive for joint drills</span></h1>",
         "Russian troops arrive for joint drills"),
        ('<h1><span class="kicker">Belarus</span> – Russian troops arrive for joint drills</h1>',
         "Russian troops arrive for joint drills"),
        # a word set in another colour is not a kicker: nothing sets it apart
        ('<h1><span class="highlight">Russian</span> troops arrive for joint drills</h1>',
         "Russian troops arrive for joint drills"),
    ],
)  # fmt: skip
def test_title_without_a_kicker(heading: str, expected: str) -> None:
    head = "<title>Belarus - Russian troops arrive for joint drills | Eastern Wire</title>"
    if "highlight" in heading:
        head = "<title>Russian troops arrive for joint drills | Eastern Wire</title>"
    assert page_title(head, heading) == expected


def heading_of(page: str) -> str | None:
    """page_heading alone: what the page's headings and metadata give, before any fallback."""
    return page_heading(lxml.html.document_fromstring(page))


def test_title_is_the_heading_the_page_title_starts_with() -> None:
    # "Headline - strap line": the h1 holds the strap line, the h2 the headline the <title> leads with
    head = "<title>Minsk confirms new troop arrivals - Rail update: more trains due</title>"
    heading = "<h1>Rail update: more trains due</h1><h2>Minsk confirms new troop arrivals</h2>"
    assert page_title(head, heading) == "Minsk confirms new troop arrivals"


def test_title_without_a_kicker_the_metadata_leaves_out() -> None:
    page = """<html><head><title>Eastern Wire</title>
    <meta property="og:title" content="Kyiv warns of a northern offensive"></head><body>
    <h1><small>Ukraine</small><br> Kyiv warns of a northern offensive</h1>
    <h1>Most read today</h1></body></html>"""
    assert heading_of(page) == "Kyiv warns of a northern offensive"


def test_title_without_a_date_line_under_the_heading() -> None:
    page = """<html><head><title>Troops arrive in Belarus | Eastern Wire</title></head><body>
    <h1>Troops arrive in Belarus<br><small>06.01.2023 • Politics, Europe</small></h1>
    <h1>Most read</h1></body></html>"""
    assert heading_of(page) == "Troops arrive in Belarus"


def test_a_confirmed_headline_is_not_cut_as_if_it_named_an_outlet() -> None:
    head = """<title>Ceasefire talks collapse - Again | Eastern Wire</title>
    <meta property="og:title" content="Ceasefire talks collapse - Again">
    <meta property="og:site_name" content="Eastern Wire">"""
    assert page_title(head, "<h1>Ceasefire talks collapse - Again</h1>") == "Ceasefire talks collapse - Again"


def test_json_ld_headline_confirms_the_heading() -> None:
    # <title> and og:title carry a reworded version; the JSON-LD headline (HTML-escaped) is the h1
    head = """<title>Russia, Belarus and the border: what we know | Eastern Wire</title>
    <meta property="og:title" content="Russia, Belarus and the border: what we know">
    <script type="application/ld+json">{"@type": "NewsArticle",
    "headline": "Russia&#039;s troops move to Belarus border"}</script>"""
    heading = "<h1>Russia’s troops move to Belarus border</h1><h1>Sign up for our newsletter</h1>"
    assert page_title(head, heading) == "Russia’s troops move to Belarus border"


def test_a_heading_linking_to_its_own_page_is_not_the_sites_name() -> None:
    # href="" (this very page) is no link to the home page: the h2 the metadata starts with is
    # the headline, not a teaser's h1 elsewhere on the page
    head = """<title>Russian troops arrive in Belarus - Eastern Wire</title>
    <meta property="og:title" content="Russian troops arrive in Belarus - Eastern Wire">"""
    heading = """<h2 class="headline"><a href="">Russian troops arrive in Belarus</a></h2>
    <h1 class="headline"><a href="https://other.example/story">Why the drills matter to Kyiv</a></h1>"""
    assert page_title(head, heading, "https://wire.example/2023/troops") == "Russian troops arrive in Belarus"


@pytest.mark.parametrize(
    ("script", "expected"),
    [
        # the author's name is no metadata title: the h2 that repeats it is no headline
        ('{"@type": "NewsArticle", "author": {"@type": "Person", "name": "Olga Petrenko"}}', None),
        ('{"@graph": [{"@type": "NewsMediaOrganization", "name": "Olga Petrenko"}]}', None),
        # the article's own name still confirms it
        ('{"@type": "NewsArticle", "name": "Olga Petrenko"}', "Olga Petrenko"),
    ],
)  # fmt: skip
def test_json_ld_names_of_people_and_organisations_confirm_no_heading(
    script: str, expected: str | None
) -> None:
    page = f"""<html><head><title>Talks in Minsk | Eastern Wire</title>
    <script type="application/ld+json">{script}</script></head><body>
    <h1>Talks in Minsk</h1><h1>Most read this week</h1><h2>Olga Petrenko</h2></body></html>"""
    assert heading_of(page) == (expected or "Talks in Minsk")


def test_json_ld_list_entries_confirm_no_heading() -> None:
    # the h1 is the <title> less the site's name; a related story that a JSON-LD list names
    # word for word in an h2 is another page's headline
    page = """<html><head><title>Talks resume in Minsk - Eastern Wire</title>
    <meta property="og:site_name" content="Eastern Wire">
    <script type="application/ld+json">{"@type": "ItemList", "itemListElement": [{"@type": "ListItem",
    "item": {"@type": "NewsArticle", "headline": "Drills end near the border"}}]}</script></head>
    <body><h1>Talks resume in Minsk</h1><h2>Drills end near the border</h2></body></html>"""
    assert heading_of(page) == "Talks resume in Minsk"


def test_the_title_less_the_sites_name_confirms_the_h1_word_for_word() -> None:
    # a sidebar event that the JSON-LD names word for word does not beat the h1 that the
    # <title> carries beside the site's name
    page = """<html><head><title>Talks resume in Minsk - Eastern Wire</title>
    <meta property="og:site_name" content="Eastern Wire">
    <script type="application/ld+json">{"@type": "Event", "name": "Reader meeting in Vilnius"}</script>
    </head><body><h1>Talks resume in Minsk</h1><h2>Reader meeting in Vilnius</h2></body></html>"""
    assert heading_of(page) == "Talks resume in Minsk"


def test_a_page_without_any_other_title_keeps_its_html_title() -> None:
    # a counter's markup before <html> puts the <title> in the body, where trafilatura does not
    # look: the title is still the <title> (less the site's name), not None
    page = """<div><script>new Image().src = "//counter.example/hit";</script></div>
    <html><head><title>Troops arrive in Belarus - Eastern Wire</title></head><body>
    <table><tr><td><p>{}</p><p>{}</p><p>{}</p></td></tr></table></body></html>""".format(*STORY)
    article = clean(raw(page, "html", url="https://easternwire.example/1"), SETTINGS, NOW)
    assert article.title == "Troops arrive in Belarus"


def test_metadata_titles_escaped_twice_confirm_the_heading() -> None:
    page = """<html><head><title>Kyiv&amp;#8217;s warning | Eastern Wire</title>
    <meta property="og:title" content="Kyiv&amp;#8217;s warning on the northern border"></head>
    <body><h1>Kyiv’s warning on the northern border</h1><h1>Most read</h1></body></html>"""
    assert heading_of(page) == "Kyiv’s warning on the northern border"


def test_a_stored_title_has_no_soft_hyphens_even_where_the_metadata_carries_them() -> None:
    # an invisible U+00AD inside a title would break searching and matching it
    head = "<title>Wirtschafts&shy;minister reist nach Kyjiw | Eastern Wire</title>"
    page = f"""<!DOCTYPE html><html><head><meta charset="utf-8">{head}</head><body>
    <h1>Wirtschafts&shy;minister reist nach Kyjiw</h1><article><p>{STORY[0]}</p><p>{STORY[1]}</p>
    <p>{STORY[2]}</p></article></body></html>"""
    assert clean(raw(page, "html"), SETTINGS, NOW).title == "Wirtschaftsminister reist nach Kyjiw"


def test_an_icons_svg_title_is_no_page_title() -> None:
    page = """<html><body><svg><title>Search Icon</title></svg>
    <h1>Search Icon</h1><h1>Troops gather near the border</h1></body></html>"""
    assert heading_of(page) is None


def test_a_logo_h1_gives_way_to_the_headline_the_title_carries() -> None:
    # a short h1 that no metadata title contains (the site's logo in another script) is not
    # the title when the <title> carries a headline beside the site's name
    head = "<title>국경에 병력 집결, 긴장 고조 - Borderwire</title>"
    url = "https://borderwire.example/news/1"
    assert page_title(head, "<h1>보더 와이어</h1>", url) == "국경에 병력 집결, 긴장 고조"
    # ... but a one-word headline that the <title> carries stays
    head = "<title>Minsk - Border Guide</title>"
    assert page_title(head, "<h1>Minsk</h1>", "https://borderguide.example/minsk") == "Minsk"


def test_title_in_cjk_without_ruby_readings() -> None:
    head = "<title>NEWS WEB EASY|国境に部隊が集まる</title>"
    head += '<meta property="og:site_name" content="NEWS WEB EASY">'
    heading = "<h1><ruby>国境<rt>こっきょう</rt></ruby>に<ruby>部隊<rt>ぶたい</rt></ruby>が集まる</h1>"
    heading += "<h1>新しいニュース</h1>"
    assert page_title(head, heading) == "国境に部隊が集まる"


@pytest.mark.parametrize(
    ("head", "heading", "url", "expected"),
    [
        # a one-word compound headline that the JSON-LD repeats word for word
        ("<title>Grenzschutz-Verstärkung von Redaktion | Eastern Wire</title>"
         '<script type="application/ld+json">{"headline": "Grenzschutz-Verstärkung"}</script>',
         "<h1>Grenzschutz-Verstärkung</h1><h1>Newsletter</h1>", None, "Grenzschutz-Verstärkung"),
        # one-word h1s ("Anwendung") do not make the page's one headline h1 ambiguous
        ("<title>Eastern Wire - Info</title>",
         "<h1>Minsk hosts talks on border drills</h1><h1>Anwendung</h1>", None,
         "Minsk hosts talks on border drills"),
        # no h1: the single h2 that shares a word with the <title>, whose other part names the site
        ("<title>Feuerwehr Oldenburg - Ausbildung</title>",
         "<h2>Bootsdienst Ausbildung</h2><h2>Hauptinhalt</h2>",
         "http://feuerwehrtaucher-oldenburg.example/boot/ausbildung.html", "Bootsdienst Ausbildung"),
        # ... but not a section's h2 that shares no word with it
        ("<title>Border security research | Institute</title>"
         '<meta property="og:site_name" content="Institute">',
         "<h2>Blog Posts</h2>", None, "Border security research"),
        # the first post's title (entry-title) on a blog page, not a tag line in an h1
        ("<title>blog | Echte Demokratie Jetzt</title>",
         '<h1><a href="/" rel="home">Echte Demokratie Jetzt</a></h1>'
         '<h1>yes we camp <a href="/shop">t-shirt</a></h1>'
         '<h2 class="entry-title"><a href="/2014/01/x">Liebe Menschen Europas</a></h2>'
         '<h2 class="entry-title"><a href="/2013/07/y">Sei doch nicht so negativ!</a></h2>',
         "https://echte-demokratie.example/blog/", "Liebe Menschen Europas"),
        # a date before the headline is not part of it
        ("<title>23.01.2022 - Wierer wins in Antholz - Biathlon Antholz</title>",
         "<h1>23.01.2022 - Wierer wins in Antholz</h1>", None, "Wierer wins in Antholz"),
        ("<title>15 Years of Border Watch</title>", "<h1>15 Years of Border Watch</h1>", None,
         "15 Years of Border Watch"),
    ],
)  # fmt: skip
def test_title_without_confirming_metadata(head: str, heading: str, url: str | None, expected: str) -> None:
    assert page_title(head, heading, url) == expected


@pytest.mark.parametrize(
    ("title", "site", "url", "expected"),
    [
        # the part the site's name covers most is the site, not a headline that names it too
        ("15 Years of Border Watch — Border Watch", "Border Watch", None,
         ("15 Years of Border Watch", "Border Watch")),
        # an archived page: the site is the archived page's host
        ("Border Watch | Troops mass near the border", None,
         "https://web.archive.org/web/20230106000000/https://www.borderwatch.com/2023/troops",
         ("Troops mass near the border", "Border Watch")),
        # a Chinese title sets no spaces around the dash before the site's name
        ("边境部队集结，局势紧张-东方网", None, None, ("边境部队集结，局势紧张", "东方网")),
        # the host spells the site's name without umlauts, or runs its words together
        ("Geschichte | Klänge des Verschweigens", None, "http://www.klaenge-des-verschweigens.de/film",
         ("Geschichte", "Klänge des Verschweigens")),
        ("Feuerwehr Oldenburg - Ausbildung", None, "http://feuerwehrtaucher-oldenburg.de/x",
         ("Ausbildung", "Feuerwehr Oldenburg")),
        # a bullet sets the site's name apart too
        ("Troops mass near the border • borderwatch.com", None, "https://www.borderwatch.com/x",
         ("Troops mass near the border", "borderwatch.com")),
    ],
)  # fmt: skip
def test_split_title_finds_the_site(
    title: str, site: str | None, url: str | None, expected: tuple[str, str]
) -> None:
    assert split_title(title, site, url) == expected


@hsettings(max_examples=200, deadline=None)
@given(
    st.text(alphabet=st.sampled_from("ab Kläñge-–|:·» 标题新华网.\u00ad"), max_size=60),
    st.none() | st.text(max_size=20),
    st.sampled_from(
        [None, "https://www.klaenge-des.example/x", "http://a-b.example", "not a url", "https://"]
    ),
)
def test_split_title_cuts_only_parts_of_the_title(title: str, site: str | None, url: str | None) -> None:
    head, cut = split_title(title, site, url)
    assert head in title and (cut is None or cut in title)


# dates ---------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (None, None),
        (datetime(2023, 1, 6, 9, 30, tzinfo=UTC), datetime(2023, 1, 6, 9, 30, tzinfo=UTC)),
        (datetime(2023, 1, 6, 9, 30), datetime(2023, 1, 6, 9, 30, tzinfo=UTC)),
        (datetime(2023, 1, 6, 11, 30, tzinfo=timezone(timedelta(hours=2))),
         datetime(2023, 1, 6, 9, 30, tzinfo=UTC)),
        (NOW + timedelta(hours=20), NOW + timedelta(hours=20)),
        (NOW + timedelta(days=2), None),
        (datetime(1899, 12, 31, tzinfo=UTC), None),
        (datetime(1900, 1, 1, tzinfo=UTC), datetime(1900, 1, 1, tzinfo=UTC)),
    ],
)  # fmt: skip
def test_check_published(value: datetime | None, expected: datetime | None) -> None:
    result = check_published(value, NOW)
    assert result == expected
    assert result is None or result.tzinfo == UTC


def test_future_publication_date_is_rejected_as_metadata() -> None:
    article = clean(raw("\n\n".join(STORY), published=datetime(2031, 1, 1, tzinfo=UTC)), SETTINGS, NOW)
    assert article.published is None
    assert article.ingested_at == NOW


# text form and identity ----------------------------------------------------------------------
def test_unicode_and_white_space_are_normalised() -> None:
    text = "  Lukashe\u0301nko\u00a0met   Putin\u200b in\tMinsk.  \r\n\r\n\r\n\r\n"
    text += "The   talks lasted two hours.\u00ad "
    article = clean(raw(text), SETTINGS, NOW)
    assert article.text == "Lukashénko met Putin in Minsk.\n\nThe talks lasted two hours."


def test_article_id_is_the_hash_of_the_normalised_text() -> None:
    assert normalise("  Troops\u00a0ARRIVED\n\nin  Minsk ") == "troops arrived in minsk"
    assert article_id("Troops arrived in Minsk") == article_id("TROOPS  arrived\n\nin Minsk")
    assert article_id("Troops arrived in Minsk") != article_id("Troops arrived in Brest")
    article = clean(raw("Troops ARRIVED in Minsk on Friday."), SETTINGS, NOW)
    assert article.id == sha256_hex("troops arrived in minsk on friday.")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("\n\n".join(STORY), "en"),
        ("Российские войска прибыли в Беларусь, сообщило министерство обороны в пятницу.", "ru"),
        ("Російські війська прибули до Білорусі, повідомило міністерство оборони у пʼятницю.", "uk"),
    ],
)
def test_language(text: str, lang: str) -> None:
    assert clean(raw(text), SETTINGS, NOW).language == lang


def test_json_lines_raw_object_is_understood() -> None:
    doc = raw('{"text": "Troops arrived in Minsk on Friday.", "title": "Troops", "outlet": "Wire"}', "json")
    article = clean(doc, SETTINGS, NOW)
    assert (article.text, article.title, article.outlet) == (
        "Troops arrived in Minsk on Friday.",
        "Troops",
        "Wire",
    )


# failures --------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("data", "kind"),
    [
        ("Read More\n\nShare this:\n\nPost a Comment", "text"),
        ("<html><head><title>Only a title</title></head><body><nav>Home | World | Europe</nav></body></html>",
         "html"),
        ("   \n\n  ", "text"),
        ("<html><body></body></html>", "html"),
    ],
)  # fmt: skip
def test_no_text_left_is_no_text(data: str, kind: str) -> None:
    with pytest.raises(NoText) as info:
        clean(raw(data, kind), SETTINGS, NOW)
    assert info.value.source == "test"


def test_undecodable_raw_document_is_a_decode_error() -> None:
    with pytest.raises(DecodeError):
        clean(raw(b"Troops \xe9\xe9 arrived \xff.", "text"), SETTINGS, NOW)


@hsettings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=1500), st.sampled_from(["text", "html", "json", "feed-item"]))
def test_clean_never_crashes_on_text(text: str, kind: str) -> None:
    try:
        article = clean(raw(text.encode("utf-8", "surrogatepass"), kind), SETTINGS, NOW)
    except InputError:
        return
    assert article.text.strip() and article.id == article_id(article.text)


@hsettings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(
        st.sampled_from(["<p>", "</p>", "<div>", "<a href='x'>", "</a>", "<br>", "<!--", "-->", "<script>",
                         "&amp;", "&#0;", "<h1>", "Read More", "Troops arrived in Minsk.", "\n", " - Reuters",
                         "<title>", "</title>", "\x00", "\u202e", "<![CDATA[", "<?xml version='1.0'?>"]),
        max_size=40,
    ).map("".join)
)  # fmt: skip
def test_clean_never_crashes_on_markup_soup(html: str) -> None:
    with contextlib.suppress(InputError):
        clean(raw(html.encode("utf-8"), "html"), SETTINGS, NOW)


BLOGGER_BR_PAGE = f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<title>Frontline Digest: Russian troops arrive in Belarus</title>
<meta property="og:site_name" content="Frontline Digest"></head><body>
<div id="navbar"><a href="/">Home</a> | <a href="/p/about.html">About</a></div>
<div class="main"><div class="post hentry">
<h3 class="post-title entry-title">Russian troops arrive in Belarus</h3>
<div class="post-header"><span class="post-timestamp">Posted on January 9, 2023</span></div>
<div class="post-body entry-content">
{"<br><br>".join(STORY)}<br><br>
Russian troops arrive in Belarus - Reuters<br>
<a href="https://example.org/more">Read More</a>
</div>
<div class="post-footer">Labels: <a>Europe</a></div>
</div>
<div class="comments"><h4>No comments:</h4><p>Post a Comment</p></div>
<p>Subscribe to: Post Comments (Atom)</p>
</div></body></html>
"""


def test_a_blog_footer_echoing_the_post_title_leaves_the_trailing_credit_line_found() -> None:
    """Blogger pages whose post body runs as <br>-separated lines may leave the post title once
    more below the "Title - Outlet" line: that echo goes, and the credit line is still read."""
    article = clean(raw(BLOGGER_BR_PAGE, "html"), SETTINGS, NOW)
    assert article.text.split("\n\n") == STORY
    assert article.title == "Russian troops arrive in Belarus"
    assert article.outlet == "Frontline Digest"


# --- the extraction's metadata without the fields nobody reads (speed, session 13) ----------
_META_PAGES = [
    # og:site_name, a publication time, a canonical link
    """<html><head><title>Border crossing at Brest to close - Eastern Wire</title>
    <meta property="og:site_name" content="Eastern Wire">
    <meta property="article:published_time" content="2023-01-06T08:00:00+00:00">
    <link rel="canonical" href="https://wire.example/brest-crossing"></head>
    <body><article><h1>Border crossing at Brest to close</h1><p>{body}</p></article></body></html>""",
    # no site name in the metadata, an author byline, tags and a licence link
    """<html><head><title>Drills near Gomel</title><meta name="author" content="Anna Koval"></head>
    <body><div class="byline">By Anna Koval</div><article><p>{body}</p></article>
    <a href="/tag/belarus/" rel="tag">Belarus</a><a rel="license" href="https://creativecommons.org/licenses/by/4.0/">CC</a>
    <footer><p>Published 6 January 2023</p></footer></body></html>""",
    # JSON-LD headline, publisher and date; a lower-case handle as the site's name
    """<html><head><meta name="twitter:site" content="@frontlinedaily">
    <script type="application/ld+json">{{"@type": "NewsArticle", "headline": "Troops arrive in Belarus",
    "datePublished": "2023-01-05T10:00:00Z",
    "publisher": {{"@type": "Organization", "name": "Frontline Daily"}}}}
    </script></head><body><h2>Troops arrive in Belarus</h2><p>{body}</p></body></html>""",
    # nothing but the text: the site's name comes from the URL
    """<html><body><div><p>{body}</p><p>{body}</p></div></body></html>""",
]


@pytest.mark.parametrize("page", _META_PAGES)
@pytest.mark.parametrize("url", [None, "https://www.frontline.example/news/1"])
def test_page_metadata_is_what_trafilatura_extract_metadata_gives(page: str, url: str | None) -> None:
    """`_page_metadata` leaves out only the author, categories, tags and licence: every field
    the extraction reads (and the URL the main text is extracted for) is extract_metadata's."""
    from copy import copy

    from trafilatura.metadata import extract_metadata
    from trafilatura.utils import load_html

    from frontwatch.clean import _page_metadata

    tree = load_html(page.format(body=" ".join(STORY)))
    params = {"extensive_search": True, "original_date": True, "max_date": "2023-01-11"}
    want = extract_metadata(copy(tree), url, dict(params), False, None)
    got = _page_metadata(copy(tree), url, params)
    fields = ("title", "sitename", "date", "url", "hostname", "description", "filedate")
    assert {f: getattr(got, f) for f in fields} == {f: getattr(want, f) for f in fields}


@pytest.mark.parametrize("page", _META_PAGES)
def test_extraction_is_bare_extractions_for_the_fields_read(page: str) -> None:
    """Main text, body and metadata as `trafilatura.bare_extraction(with_metadata=True)` gives them."""
    import trafilatura
    from trafilatura.utils import load_html

    from frontwatch.clean import _extraction

    tree = load_html(page.format(body=" ".join(STORY)))
    params = {"extensive_search": True, "original_date": True, "max_date": "2023-01-11"}
    for recall in (False, True):
        want = trafilatura.bare_extraction(
            tree, url=None, favor_precision=not recall, favor_recall=recall, with_metadata=True,
            include_comments=False, include_tables=True, date_extraction_params=params,
        )  # fmt: skip
        got = _extraction(tree, None, params, recall=recall)
        assert (got is None) == (want is None)
        if got is not None and want is not None:
            assert (got.text, got.title, got.sitename, got.date) == (
                want.text,
                want.title,
                want.sitename,
                want.date,
            )
            assert lxml.etree.tostring(got.body) == lxml.etree.tostring(want.body)


_WHITE = st.sampled_from(
    [" ", "\t", "\n", "\xa0", "\u2003", "\u3000", "\x0b", "\x1c", "\u200a", "a", "B", "."]
)


@given(st.text(_WHITE, max_size=40))
def test_tidy_collapses_white_space_as_the_pattern_did(text: str) -> None:
    """Each line's runs of white space become one space and its ends are stripped: exactly what
    `[^\\S\\n]+` replaced by a space, then strip(), gave (tidy's former pattern)."""
    import re

    from frontwatch.clean import _CONTROLS, INVISIBLE, tidy

    spaces = re.compile(r"[^\S\n]+")
    prepared = _CONTROLS.sub(" ", INVISIBLE.sub("", text.replace("\r\n", "\n").replace("\r", "\n")))
    want = "\n".join(spaces.sub(" ", line).strip() for line in prepared.split("\n"))
    assert tidy(text) == want


_TAILS = st.sampled_from(
    ["Read more", "READ MORE »", "Continue reading…", "read the full story", "Read The Full Article ...",
     "[…]", "[...]", "continue reading →", "Read more ›", "more", "reading.", "story!", " ", "\t"]
)  # fmt: skip


@given(st.text(max_size=30), _TAILS, st.text(" \t\xa0", max_size=3))
def test_every_read_more_tail_ends_as_the_shortcut_expects(head: str, tail: str, space: str) -> None:
    """strip_chrome runs _READ_MORE_TAIL only on a text ending in one of _READ_MORE_ENDS: any
    text the pattern matches must so end."""
    from frontwatch.clean import _READ_MORE_ENDS, _READ_MORE_TAIL

    text = head + tail + space
    if _READ_MORE_TAIL.search(text):
        assert text.rstrip().endswith(_READ_MORE_ENDS)


def test_strip_chrome_still_cuts_read_more_tails_and_cookie_sentences() -> None:
    from frontwatch.clean import strip_chrome

    paras = [
        STORY[0] + " Read more »",
        STORY[1] + " [...]",
        "We use cookies to improve your experience. " + STORY[2],
        "Continue reading",
        STORY[2],
    ]
    assert strip_chrome(paras) == [STORY[0], STORY[1], STORY[2], STORY[2]]
