"""A page's headline and the site's name in its titles: comparisons that survive how pages
are typeset (full-width letters, a truncated og:title, block-styled kickers, stray separators)."""

from __future__ import annotations

import lxml.html
import pytest
from hypothesis import given
from hypothesis import strategies as st

from frontwatch.titles import page_heading, split_title, title_text

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
