"""Date phrases in a text and the day each names, read against the publication date.

The words alone, without the parse: `find_expressions` finds the phrases ("on Friday", "last
week", "from January 16 to February 1", "three days ago"), `phrase_date` gives the day and
precision one names, `date_span` the first and last day it covers, and
`publication_date_from_text` reads a dateline. Which phrase dates an event, and whether it
speaks of what is to come, is read from the sentence's parse in `dates` (whose docstring states
the rules).
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta
from functools import lru_cache
from typing import Any

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}  # fmt: skip
WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6}
NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
           "eight": 8, "nine": 9, "ten": 10, "several": 3, "few": 3, "a few": 3}  # fmt: skip

_MONTH = (
    r"(?P<month>jan(?:uary|\.)?|feb(?:ruary|\.)?|mar(?:ch|\.)?|apr(?:il|\.)?|may|june?|july?|"
    r"aug(?:ust|\.)?|sept?(?:ember|\.)?|oct(?:ober|\.)?|nov(?:ember|\.)?|dec(?:ember|\.)?)"
)
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_WD = r"(?P<weekday>monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_NUM = r"(?P<num>\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|a few|few)"
_PART = r"(?:\s+(?:morning|afternoon|evening|night))?"

# (kind, pattern); earlier patterns win where matches overlap.
_REL_WORDS = "|".join(
    (
        r"yesterday|today|tonight|tomorrow|overnight|last\s+night|this\s+(?:morning|afternoon|evening)",
        r"earlier\s+(?:today|this\s+week|this\s+month|this\s+year)|(?:later|earlier)\s+in\s+the\s+day",
        r"(?:last|this|past|previous|next)\s+(?:week|month|year|weekend)",
        r"the\s+(?:previous|past)\s+(?:week|month|year|weekend)",
        r"(?:over|during)\s+the\s+weekend|the\s+day\s+before|a\s+day\s+earlier",
        r"(?:at\s+the\s+)?(?:start|beginning|end)\s+of\s+(?:the|this|last)\s+(?:week|month|year)",
    )
)
_EARLY = r"(?:early\s+|mid-?|late\s+)?"
_WD_REL = r"(?P<rel>on\s+|last\s+|this\s+(?:past\s+)?|next\s+|early\s+|late\s+|this\s+coming\s+)?"


def _plain(pattern: str) -> str:
    """A pattern with its named groups made anonymous (to repeat a group in alternatives)."""
    return re.sub(r"\(\?P<\w+>", "(?:", pattern)


_MONTH2 = _MONTH.replace("?P<month>", "?P<month2>")
_DAY2 = _DAY.replace("?P<day>", "?P<day2>")
_TO = r"\s*(?:to|until|till|through|and|-|–|—)\s*"
_DM = rf"(?:the\s+)?{_DAY}(?:\s+(?:of\s+)?{_MONTH})?"
_OPT_YEAR = rf"(?:,?\s+{_YEAR}\b)?"
_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    (k, re.compile(p, re.IGNORECASE))
    for k, p in (
        # "from January 16 to February 1", "between 16 and 20 January"
        ("range", rf"\b(?:from|between)\s+{_MONTH}\s+{_DAY}{_TO}(?:{_MONTH2}\s+)?{_DAY2}\b{_OPT_YEAR}"),
        ("range", rf"\b(?:from|between)\s+{_DM}{_TO}(?:the\s+)?{_DAY2}\s+(?:of\s+)?{_MONTH2}\b{_OPT_YEAR}"),
        # "by the end of the month", "by March 2025", "by Friday": a deadline bounds the period
        # the event falls in (from now, or from the story's time), it does not date the event
        (
            "deadline",
            _plain(
                rf"\bby\s+(?:(?:the\s+)?(?:end|middle|start|beginning)\s+of\s+(?:the\s+|this\s+|next\s+)?)?"
                rf"(?:{_EARLY}{_MONTH}\s+{_DAY}\b{_OPT_YEAR}|{_EARLY}{_MONTH},?\s+{_YEAR}|{_YEAR}"
                rf"|(?:the\s+)?{_DAY}\s+(?:of\s+)?{_MONTH}{_OPT_YEAR}|week|month|year|{_WD}(?![\'’]s))\b"
            ),
        ),
        # "until February 1": where a period ends, not when the event happened
        (
            "until",
            _plain(rf"\b(?:until|till)\s+(?:{_WD},?\s+)?(?:{_MONTH}\s+{_DAY}|{_DM}|{_MONTH})\b{_OPT_YEAR}"),
        ),
        # "a week after troops arrived": the arrival is that long before the main clause
        ("offset", rf"\b{_NUM}\s+(?P<unit>days?|weeks?)\s+(?P<dir>after|before)\b"),
        ("iso", r"\b(?P<year>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<day>[0-3]\d)\b"),
        ("mdy", rf"\b(?:on\s+)?(?:{_WD},?\s+)?{_MONTH}\s+{_DAY}(?:,\s*|\s+){_YEAR}\b"),
        ("dmy", rf"\b(?:on\s+)?(?:{_WD},?\s+)?(?:the\s+)?{_DAY}\s+(?:of\s+)?{_MONTH}(?:,?\s+{_YEAR})?\b"),
        ("md", rf"\b(?:on\s+)?(?:{_WD},?\s+)?{_MONTH}\s+{_DAY}\b(?!\s*(?:,\s*)?(?:19|20)\d\d)"),
        ("my", rf"\b(?:(?:in|since|during|of|from|until|by)\s+)?{_EARLY}{_MONTH}(?:\s+of)?,?\s+{_YEAR}\b"),
        ("m", rf"\b(?P<prep>in|since|during|early|mid-?|late|last|this|next)\s+{_EARLY}{_MONTH}\b(?!\s+\d)"),
        ("y", rf"\b(?:in|since|during|of|until)\s+{_EARLY}{_YEAR}\b"),
        ("ordinal", r"\bon\s+the\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)\b"),
        ("ago", rf"\b{_NUM}\s+(?P<unit>days?|weeks?|months?|years?)\s+ago\b"),
        ("wd", rf"\b{_WD_REL}{_WD}{_PART}\b"),
        ("rel", rf"\b(?P<word>{_REL_WORDS})\b"),
    )
]


def _month(text: str) -> int:
    key = text.lower().rstrip(".")
    return MONTHS.get(key) or MONTHS[key[:3]]


def _safe_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _recent(pub: date, month: int, day: int, future: bool) -> date | None:
    """The most recent month/day on or before `pub` (the next one on or after, if `future`)."""
    step = 1 if future else -1
    for y in range(pub.year, pub.year + 9 * step, step):  # up to 8 years: February 29
        d = _safe_date(y, month, day)
        if d and (d >= pub if future else d <= pub):
            return d
    return None


def _monday(d: date) -> date:
    return d - timedelta(days=d.weekday())


def _add_months(d: date, months: int) -> date:
    total = d.year * 12 + d.month - 1 + months
    return date(total // 12, total % 12 + 1, 1)


def _month_end(d: date) -> date:
    return _add_months(d.replace(day=1), 1) - timedelta(days=1)


def span_precision(first: date, last: date) -> str:
    """The finest contract precision (day/month/year) covering first..last (the contract has no
    "week": a week inside one month is "month", one across two months "year"). A span across
    New Year has no honest value; it is put in the year of its first day (for a week, the ISO
    convention puts it in the year of its Thursday, the same year when it starts on Monday)."""
    if first == last:
        return "day"
    return "month" if (first.year, first.month) == (last.year, last.month) else "year"


def _nearest(pub: date, month: int, day: int, future: bool) -> date | None:
    """The month/day nearest to `pub` (a stated period is as often announced as reported);
    the next one for future statements; ties go to the past."""
    after = _recent(pub, month, day, True)
    if future:
        return after
    before = _recent(pub, month, day, False)
    if before is None or after is None:
        return before or after
    return after if (after - pub) < (pub - before) else before


def _range_span(g: dict[str, Any], pub: date | None, future: bool) -> tuple[date, date] | None:
    """First and last day of "from January 16 to February 1" / "between 16 and 20 January"."""
    m1 = _month(g["month"]) if g.get("month") else None
    m2 = _month(g["month2"]) if g.get("month2") else None
    m1, m2 = m1 or m2, m2 or m1
    if m1 is None or m2 is None:
        return None
    d1, d2 = int(g["day"]), int(g["day2"])
    if g.get("year"):
        year = int(g["year"])
        start = _safe_date(year if (m1, d1) <= (m2, d2) else year - 1, m1, d1)
    elif pub is not None:
        start = _nearest(pub, m1, d1, future)
    else:
        return None
    end = _recent(start, m2, d2, True) if start else None
    if start is None or end is None or (end - start).days > 366:
        return None
    return start, end


Resolved = tuple[date | None, str | None]


def phrase_date(kind: str, m: re.Match[str], pub: date | None, future: bool) -> Resolved:
    """The day and precision a phrase of `kind` names, counted from the publication day `pub`
    (forward when `future`); (None, None) for a phrase that dates nothing by itself."""
    g = m.groupdict()
    if kind == "range":  # the event starts on the first day (date_span gives the rest)
        span = _range_span(g, pub, future)
        return (span[0], "day") if span else (None, None)
    if kind in ("until", "deadline", "offset"):  # the end of a period; an offset needs the sentence
        return None, None
    if kind == "iso":
        return _safe_date(int(g["year"]), int(g["m"]), int(g["day"])), "day"
    if kind in ("mdy", "dmy", "md"):
        month, day = _month(g["month"]), int(g["day"])
        if g.get("year"):
            return _absolute(m.group(0), int(g["year"]), month, day), "day"
        return (_recent(pub, month, day, future) if pub else None), "day"
    if kind == "my":
        return date(int(g["year"]), _month(g["month"]), 1), "month"
    if kind == "y":
        return date(int(g["year"]), 1, 1), "year"
    if pub is None:
        return None, None
    if kind == "m":
        month, prep = _month(g["month"]), g["prep"].lower()
        if prep == "next" or (future and prep not in ("last", "since")):
            y = pub.year if month >= pub.month else pub.year + 1
        else:
            y = pub.year if month <= pub.month else pub.year - 1
            if prep == "last" and month == pub.month:
                y -= 1
        return date(y, month, 1), "month"
    if kind == "ordinal":
        day = int(g["day"])
        for back in range(0, 3):
            cand = _add_months(pub.replace(day=1), -back if not future else back)
            d = _safe_date(cand.year, cand.month, day)
            if d and (d >= pub if future else d <= pub):
                return d, "day"
        return None, None
    if kind == "ago":
        n = int(g["num"]) if g["num"].isdigit() else NUMBERS.get(g["num"].lower(), 1)
        unit = g["unit"].lower().rstrip("s")
        if unit == "day":
            return pub - timedelta(days=n), "day"
        if unit == "week":
            when = pub - timedelta(weeks=n)
            return when, "day" if n == 1 else span_precision(
                when - timedelta(days=3), when + timedelta(days=3)
            )
        if unit == "month":
            return _add_months(pub.replace(day=1), -n), "month"
        return date(pub.year - n, 1, 1), "year"
    if kind == "wd":
        return _weekday(
            pub, WEEKDAYS[g["weekday"].lower()], (g.get("rel") or "").lower().strip(), future
        ), "day"
    return _relative_word(re.sub(r"\s+", " ", g["word"].lower()), pub, future)


def _absolute(text: str, year: int, month: int, day: int) -> date | None:
    """A full date; dateparser reads it (it knows more spellings than our pattern), with our
    own reading as the fallback."""
    import dateparser

    parsed = dateparser.parse(
        text,
        languages=["en"],
        settings={"REQUIRE_PARTS": ["day", "month", "year"], "PREFER_DAY_OF_MONTH": "first"},
    )
    if parsed is not None and (parsed.year, parsed.month, parsed.day) == (year, month, day):
        return parsed.date()
    return _safe_date(year, month, day)


def _weekday(pub: date, wd: int, rel: str, future: bool) -> date:
    back = (pub.weekday() - wd) % 7
    if rel.startswith("last"):
        return pub - timedelta(days=back or 7)
    if (
        rel.startswith("next")
        or rel.startswith("this coming")
        or (future and not rel.startswith("this past"))
    ):
        ahead = (wd - pub.weekday()) % 7
        return pub + timedelta(days=ahead or (7 if rel.startswith("next") else 0))
    return pub - timedelta(days=back)


def _relative_word(word: str, pub: date, future: bool = False) -> Resolved:
    if word in (
        "today",
        "tonight",
        "overnight",
        "earlier today",
        "later in the day",
        "earlier in the day",
    ) or (word.startswith("this ") and word.split()[1] in ("morning", "afternoon", "evening")):
        return pub, "day"
    if word in ("yesterday", "last night", "the day before", "a day earlier"):
        return pub - timedelta(days=1), "day"
    if word == "tomorrow":
        return pub + timedelta(days=1), "day"
    unit = word.split()[-1]
    last = any(w in word for w in ("last", "past", "previous"))
    nxt = "next" in word
    if unit == "weekend":
        sat = pub - timedelta(days=(pub.weekday() - 5) % 7)
        return (sat - timedelta(days=7) if last and pub.weekday() >= 5 else sat), "day"
    if unit == "week":  # its Monday, at the finest precision covering the week (this week's
        # days up to publication, unless it speaks of what is to come)
        mon = _monday(pub)
        mon = mon - timedelta(days=7) if last else mon + timedelta(days=7) if nxt else mon
        end = pub if not (last or nxt) and (not future or "earlier" in word) else mon + timedelta(days=6)
        return mon, span_precision(mon, end)
    if unit == "month":
        first = pub.replace(day=1)
        return (_add_months(first, -1) if last else _add_months(first, 1) if nxt else first), "month"
    if unit == "year":
        return date(pub.year - 1 if last else pub.year + 1 if nxt else pub.year, 1, 1), "year"
    return None, None


def find_expressions(text: str) -> list[tuple[int, int, str, re.Match[str]]]:
    """Non-overlapping date expressions in a text: (start, end, kind, match), in text order."""
    taken: list[tuple[int, int, str, re.Match[str]]] = []
    for kind, pattern in _PATTERNS:
        for m in pattern.finditer(text):
            s, e = m.span()
            if kind == "md" and m.group("month").lower() == "may" and not m.group(0)[0].isupper():
                continue  # "may 5 soldiers" — the modal, not the month
            if kind == "wd" and text[s:e].islower():
                continue
            if any(s < te and ts < e for ts, te, _, _ in taken):
                continue
            taken.append((s, e, kind, m))
    return sorted(taken, key=lambda t: t[0])


@lru_cache(maxsize=4096)
def date_span(day: date, precision: str | None, date_text: str | None) -> tuple[date, date]:
    """The first and last day an event resolved to `day` at `precision` from `date_text` may
    have happened on: a stated period ("from January 16 to February 1", "this week", "a week
    after …") or the day, month or year its precision names."""
    found = find_expressions(date_text) if date_text else []
    if found:
        kind, m = found[0][2], found[0][3]
        g = m.groupdict()
        if kind == "range":
            month = g.get("month2") or g.get("month")
            end = _recent(day, _month(month), int(g["day2"]), True) if month else None
            return (day, end) if end else (day, day)
        if kind == "offset" and g["unit"].lower().startswith("week"):
            return day, day + timedelta(days=6)
        if kind == "ago" and g["unit"].lower().startswith("week") and precision != "day":
            return day - timedelta(days=3), day + timedelta(days=3)
        if kind == "rel":
            word = g["word"].lower()
            if "weekend" in word:
                return day, day + timedelta(days=1)
            if "week" in word:
                return day, day + timedelta(days=6)
    if precision == "month":
        return day, _month_end(day)
    if precision == "year":
        return day, date(day.year, 12, 31)
    return day, day


DATELINE = re.compile(
    rf"^\s*(?:[A-Z][A-Za-z .'-]{{1,40}},\s*(?:[A-Z][A-Za-z .'-]{{1,30}},\s*)?)?"
    rf"(?:{_WD},?\s+)?{_MONTH}\s+{_DAY}(?:,?\s+{_YEAR})?\s*(?:\((?:Reuters|AP|AFP|UPI|Xinhua|IANS|PTI|dpa)\)|[-—–:]|/)",
    re.IGNORECASE,
)
_TOP_DATES = tuple(
    re.compile(p, re.IGNORECASE)
    for p in (
        rf"\b{_MONTH}\s+{_DAY},?\s+{_YEAR}\b",
        rf"\b{_DAY}\s+{_MONTH},?\s+{_YEAR}\b",
        r"\b(?P<year>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<day>[0-3]\d)\b",
    )
)


def publication_date_from_text(text: str, now: datetime | None = None) -> datetime | None:
    """The publication date from a dateline at the top of a text ("KYIV, Jan 6 (Reuters) -",
    "January 6, 2023 —", "Published 2023-01-06"), as midnight UTC. A dateline without a year
    takes the most recent such day not after `now` (default: the current UTC time). Dates in
    the future or before 1900 are rejected."""
    now = now or datetime.now(UTC)
    head = text[:400]
    m = DATELINE.match(head)
    day: date | None = None
    if m:
        g = m.groupdict()
        month, d = _month(g["month"]), int(g["day"])
        day = _safe_date(int(g["year"]), month, d) if g.get("year") else _recent(now.date(), month, d, False)
    else:
        first_lines = "\n".join(head.splitlines()[:3])
        hits = [t for t in (p.search(first_lines) for p in _TOP_DATES) if t]
        if hits:
            day = _top_date(min(hits, key=lambda t: t.start()).groupdict())
    if day is None or day.year < 1900 or day > now.date():
        return None
    return datetime(day.year, day.month, day.day, tzinfo=UTC)


def _top_date(g: dict[str, Any]) -> date | None:
    if g.get("m"):
        return _safe_date(int(g["year"]), int(g["m"]), int(g["day"]))
    return _safe_date(int(g["year"]), _month(g["month"]), int(g["day"]))
