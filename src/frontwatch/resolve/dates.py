"""Event dates: absolute and relative date expressions resolved against the publication date.

Rules (each pinned by tests/test_dates.py):
- A weekday ("on Friday") is the most recent such day on or before publication: an article
  published on a Friday that says "on Friday" means that day (wire style: the day of the report).
  "last Friday" is strictly before publication; "next Friday", or a weekday said of what is to
  come, is the first one after. What is to come is read from the verb the expression hangs on
  (not the trigger's: "said on Friday that troops will arrive" is the past Friday): governed by
  "will"/"shall", the complement of a present plan ("are due to begin", "is set to meet"), or a
  present-tense relative clause ("drills that begin on Monday"); the trigger's "will" when the
  sentence has no parse.
- A month and day without a year ("February 24", "on Jan. 6") is the most recent one on or
  before publication (the next one for future statements); "on the 24th" likewise within months.
- "yesterday" −1 day, "today"/"this morning"/"overnight" the publication day (an "overnight"
  attack is reported the morning it ends), "last night" −1 day, "N days ago" −N days.
- Week-level expressions ("last week", "earlier this week") resolve to that week's Monday with
  the finest contract precision covering the week (this week: up to publication, unless said of
  what is to come): "month" when it lies in one month, else "year". The contract has
  day/month/year only ("week" would be the honest value; "day" would overstate them);
  `date_span` gives the week itself (Monday to Sunday) to those who need it (stories).
- A stated period ("from January 16 to February 1", "between 16 and 20 January") gives its first
  day (precision "day"), in the year that puts it nearest publication (periods are announced
  ahead as often as reported after; the next one for future statements); its end is in
  `date_span`. "until February 1" ends a period and dates nothing.
- "a week after …", "two days before …": the event of the clause after "after"/"before" is that
  long before/after the main clause's date (another expression of the main clause, else the
  publication day); "a week" is the week around that day. The main clause's own event gets no
  date from it.
- "earlier this month"/"last month"/"in March" → the month (precision "month"); "this year",
  "last year", "in 2022" → the year.
- Relative expressions give None when `published` is None. A sentence with no date expression
  gives (None, None, None): the resolver does not invent a date; the pipeline may default to the
  publication day behind a flag.
- Among several expressions the one attached to the trigger in the dependency tree wins, then the
  nearest one. In a parsed sentence an expression dates the trigger only when it hangs on the
  trigger (directly, or through nouns and relative clauses), or on a verb the trigger depends on
  ("said on Friday that troops arrived"); one on the verb of another clause ("accused Russia …,
  saying drones had entered Ukraine last week") dates that clause's event, not the trigger's.
  An expression closing the phrase of an event noun the trigger speaks of ("charged over a raid
  on a depot in May", "protests over an airstrike last week") dates that event, not the trigger,
  however the parser hangs it (`_nominal_time`).
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta
from functools import lru_cache
from typing import Any

from frontwatch.nlp import Sentence, Token
from frontwatch.resolve.location_clauses import EVENT_NOUNS

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


def _precision(first: date, last: date) -> str:
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
Dated = tuple[date | None, str | None, str | None]


def _resolve(kind: str, m: re.Match[str], pub: date | None, future: bool) -> Resolved:
    g = m.groupdict()
    if kind == "range":  # the event starts on the first day (date_span gives the rest)
        span = _range_span(g, pub, future)
        return (span[0], "day") if span else (None, None)
    if kind in ("until", "offset"):  # the end of a period; an offset needs the sentence
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
            return when, "day" if n == 1 else _precision(when - timedelta(days=3), when + timedelta(days=3))
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
        return mon, _precision(mon, end)
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


def _is_future(sentence: Sentence, trigger: int) -> bool:
    """'will' or 'shall' governing the trigger (or within three tokens before it when the
    sentence has no parse)."""
    toks = sentence.tokens
    if not 0 <= trigger < len(toks):
        return False
    kids = [t for t in toks if t.head == trigger and t.i != trigger]
    if any(t.lemma.lower() in ("will", "shall") or t.text.lower() in ("will", "shall", "'ll") for t in kids):
        return True
    if not sentence.parsed or all(t.head == t.i for t in toks):
        return any(t.text.lower() in ("will", "shall") for t in toks[max(0, trigger - 3) : trigger])
    return False


def _depth_path(sentence: Sentence, i: int) -> list[int]:
    path, seen = [i], {i}
    toks = sentence.tokens
    while 0 <= path[-1] < len(toks) and toks[path[-1]].head != path[-1] and toks[path[-1]].head not in seen:
        nxt = toks[path[-1]].head
        if not 0 <= nxt < len(toks):
            break
        path.append(nxt)
        seen.add(nxt)
    return path


def tree_distance(sentence: Sentence, a: int, b: int) -> int:
    """Edges between tokens a and b in the dependency tree (large when unconnected)."""
    pa, pb = _depth_path(sentence, a), _depth_path(sentence, b)
    where = {t: k for k, t in enumerate(pa)}
    for k, t in enumerate(pb):
        if t in where:
            return where[t] + k
    return 99


def _span_tokens(sentence: Sentence, start: int, end: int) -> list[int]:
    base = sentence.start
    return [t.i for t in sentence.tokens if start <= t.idx - base < end]


_WILL = frozenset({"will", "shall", "'ll"})
_MAY = frozenset({"would", "'d", "may", "might"})
_PLAN_WORDS = {"due", "set", "schedule", "expect", "plan", "poise", "go", "about"}
_PAST_AUX = {"was", "were", "had"}
_PRESENT_BE = {"is", "are", "am", "'s", "'re"}
# prepositions that place another event in time ("hit nine sites after the killing of 26
# tourists last month": last month dates the killing)
_OTHER_TIME = {"after", "before", "since", "following", "ahead", "prior"}


def _clause_verb(tok: Token) -> bool:
    """A verb heading a clause; not a participle used as a preposition ("according to",
    "including"), which the parser hangs phrases on ("in Papiri, on Friday, according to the
    association": Friday dates the event, not the report)."""
    return (tok.pos in ("VERB", "AUX") or tok.tag.startswith("VB")) and tok.dep != "prep"


def _governing_verb(sentence: Sentence, tokens: list[int]) -> int | None:
    """The verb a date expression attaches to: up the tree from its tokens to the first verb."""
    toks = sentence.tokens
    for i in tokens:
        for j in _depth_path(sentence, i)[1:]:
            if _clause_verb(toks[j]):
                return j
    return None


def _verb_future(sentence: Sentence, v: int) -> bool:
    """A verb that speaks of what is to come: governed by "will"/"shall", or by "would", "may"
    or "might" without a perfect ("would release four hostages on Saturday if …", not "may
    have struck on Saturday"; "could" is left out, it is as often the past of "can"); the
    complement of a present plan ("are due to begin", "is set to meet", "plans to hold"); or a
    present-tense relative clause ("drills that begin on Monday": a schedule)."""
    toks = sentence.tokens
    kids = [t for t in toks if t.head == v and t.i != v]
    words = {t.text.lower() for t in kids} | {t.lemma.lower() for t in kids}
    if words & _WILL or (words & _MAY and "have" not in words):
        return True
    verb = toks[v]
    head = toks[verb.head] if 0 <= verb.head < len(toks) else verb
    if verb.dep == "xcomp" and head.lemma.lower() in _PLAN_WORDS and head.tag != "VBD":
        head_aux = {t.text.lower() for t in toks if t.head == head.i and t.dep in ("aux", "auxpass")}
        return not head_aux & _PAST_AUX
    if verb.lemma.lower() in _PLAN_WORDS and verb.tag == "VBN":  # "talks are planned for Sunday"
        return any(t.head == v and t.dep == "auxpass" and t.text.lower() in _PRESENT_BE for t in toks)
    return verb.dep == "relcl" and verb.tag in ("VBP", "VBZ")


def _dates_trigger(sentence: Sentence, item: tuple[int, int, str, re.Match[str]], trigger: int) -> bool:
    """Whether an expression can date the trigger's event: it hangs on the trigger, directly or
    through nouns and clauses describing them ("the attack on Kherson on Monday", "drills that
    begin on Monday"), or on a verb the trigger depends on ("said on Friday that troops
    arrived"); not on a verb of another clause ("accused Russia of launching drones, saying
    drones had entered Ukraine last week": last week dates the entry)."""
    toks = sentence.tokens
    if not 0 <= trigger < len(toks):
        return True
    tokens = _span_tokens(sentence, item[0], item[1])
    for i in tokens:
        path = _depth_path(sentence, i)
        for k, j in enumerate(path):
            if j == trigger:
                return True
            if j not in tokens and _clause_verb(toks[j]) and not _same_time(sentence, j, trigger):
                break  # another clause's verb comes first
            if _other_time(sentence, j, path[k - 1] if k else j, tokens):
                return False
    verb = _governing_verb(sentence, tokens)
    if verb is None:
        return True
    up = _depth_path(sentence, trigger)
    if verb not in up:
        return False
    if verb != trigger and _pluperfect(sentence, trigger):
        return False  # "said on Monday that fighters had attacked": before Monday, not on it
    if verb != trigger and _future_complement(sentence, trigger, up[: up.index(verb)]):
        return False
    # "left on Friday and would return": a conjunct with its own auxiliary has its own time
    return not any(
        toks[n].dep == "conj" and any(t.head == n and t.dep == "aux" for t in toks)
        for n in up[: up.index(verb)]
    )


# Prepositions by which a trigger names the event it is about or because of ("charges over an
# attack", "sanctions for the bombing"), not the event it happens in ("killed in an attack").
_ABOUT_PREPS = frozenset({"over", "for", "about", "regarding", "concerning"})
_NOMINAL_REACH = 8  # tokens from the event noun to the expression: "attack on an army base in X"


def _nominal_time(sentence: Sentence, item: tuple[int, int, str, re.Match[str]], trigger: int) -> bool:
    """Whether the expression closes the phrase of an event noun that comes between the trigger
    and it and that the trigger is about ("went on trial on Monday on charges over an attack on a
    base in March": March dates the attack, not the trial). The parser hangs such a phrase on
    whatever comes first; a reader gives the time to the nearest event noun before it, with no
    comma or clause verb between."""
    toks = sentence.tokens
    tokens = _span_tokens(sentence, item[0], item[1])
    if not tokens or not 0 <= trigger < min(tokens):
        return False
    for k in range(min(tokens) - 1, max(trigger, min(tokens) - 1 - _NOMINAL_REACH), -1):
        tok = toks[k]
        if not tok.text[:1].isalnum() or _clause_verb(tok):
            return False
        if (tok.pos == "NOUN" or tok.tag in ("NN", "NNS")) and tok.lemma.lower() in EVENT_NOUNS:
            prep = toks[tok.head] if tok.dep == "pobj" and 0 <= tok.head < len(toks) else None
            return prep is not None and prep.text.lower() in _ABOUT_PREPS
    return False


def _future_complement(sentence: Sentence, trigger: int, between: list[int]) -> bool:
    """A trigger with "will"/"would" in a clause reported by the verb the expression hangs on
    ("said on Sunday he would end all aid"): the saying's day, not that of what is to come."""
    toks = sentence.tokens
    modal = any(t.head == trigger and t.dep == "aux" and t.text.lower() in _WILL | _MAY for t in toks)
    return modal and any(toks[n].dep == "ccomp" for n in between)


def _pluperfect(sentence: Sentence, verb: int) -> bool:
    """A verb in the past perfect ("had attacked"): earlier than the past it is reported in."""
    return any(
        t.head == verb and t.dep == "aux" and t.text.lower() == "had" and t.i < verb for t in sentence.tokens
    )


# Conjunctions by which a clause happens at its head's time ("were killed when a bomb struck
# their vehicle on Tuesday": Tuesday dates the killing too).
_SAME_TIME_MARKS = frozenset({"when", "as", "while"})


def _same_time(sentence: Sentence, verb: int, trigger: int) -> bool:
    """Whether a verb's time may be the trigger's: a clause describing the event noun itself
    ("drills that begin on Monday") or a noun of its setting ("in a statement published on
    Monday, …"), but not an aside set off by commas ("Russia, which deployed instructors last
    year, will train …": last year is the deployment's); a "when" clause."""
    tok = sentence.tokens[verb]
    if tok.dep in ("relcl", "acl"):
        return tok.head == trigger or not _aside_clause(sentence, verb)
    return tok.dep == "advcl" and any(
        t.head == verb and t.dep in ("advmod", "mark") and t.text.lower() in _SAME_TIME_MARKS
        for t in sentence.tokens
    )


def _aside_clause(sentence: Sentence, verb: int) -> bool:
    """A clause set off by a comma before its first word ("…, which expired on Wednesday")."""
    first = min((i for i in range(len(sentence.tokens)) if verb in _depth_path(sentence, i)), default=verb)
    return first > 0 and sentence.tokens[first - 1].text == ","


def _other_time(sentence: Sentence, j: int, below: int, expression: list[int]) -> bool:
    """Whether token j is "after"/"before"/"since" heading an event other than the expression
    itself ("after the killing of 26 tourists last month", not "since last week")."""
    tok = sentence.tokens[j]
    return (
        j not in expression
        and below not in expression
        and tok.text.lower() in _OTHER_TIME
        and tok.dep in ("prep", "advmod")
    )


def _in_clause(sentence: Sentence, token: int, clause: int) -> bool:
    """Whether `token` lies in the subtree of `clause`."""
    return clause in _depth_path(sentence, token)


def _offset_word(sentence: Sentence, item: tuple[int, int, str, re.Match[str]]) -> int | None:
    """The token "after" / "before" of an offset expression."""
    words = ("after", "before")
    return next(
        (i for i in _span_tokens(sentence, item[0], item[1]) if sentence.tokens[i].text.lower() in words),
        None,
    )


def _offset_clause(sentence: Sentence, word: int) -> int:
    """What "after"/"before" introduces: the clause it marks ("after trains arrived"), or
    itself with its object ("after the attack")."""
    tok = sentence.tokens[word]
    return tok.head if tok.dep == "mark" else word


def _offset(
    sentence: Sentence,
    item: tuple[int, int, str, re.Match[str]],
    trigger: int,
    pub: date | None,
    anchor: date | None,
) -> tuple[date, str] | None:
    """ "The drills began a week after trains arrived": for an event in the clause after
    "after" ("arrived") the date is the main clause's (`anchor`, else publication) less the
    offset; "a week" is taken as the week around that day. None for the main clause's own event
    (its date would hang on the other clause's)."""
    toks = sentence.tokens
    word = _offset_word(sentence, item)
    if word is None or not 0 <= trigger < len(toks):
        return None
    if sentence.parsed and any(t.head != t.i for t in toks):
        inside = toks[word].head != word and _in_clause(sentence, trigger, _offset_clause(sentence, word))
    else:
        inside = trigger > word
    base = anchor or pub
    if not inside or base is None:
        return None
    g = item[3].groupdict()
    n = int(g["num"]) if g["num"].isdigit() else NUMBERS.get(g["num"].lower(), 1)
    weekly = g["unit"].lower().startswith("week")
    step = timedelta(weeks=n) if weekly else timedelta(days=n)
    when = base - step if g["dir"].lower() == "after" else base + step
    if not weekly:
        return when, "day"
    first = when - timedelta(days=3)
    return first, _precision(first, first + timedelta(days=6))


def resolve_date(
    sentence: Sentence, trigger_token: int, published: datetime | date | None, *, future: bool = False
) -> tuple[date | None, str | None, str | None]:
    """The event's date, its precision (day/month/year) and the date text, from the date
    expression attached to the trigger; (None, None, None) when the sentence has none or the
    expression is relative and `published` is None. `future` says the coder read the event as
    still to come by means the date grammar doesn't see ("would send troops in January, the
    minister said"): an expression on the trigger itself then counts forward."""
    text = sentence.text
    found = find_expressions(text)
    if not found:
        return None, None, None
    pub = published.date() if isinstance(published, datetime) else published
    toks = sentence.tokens
    parsed = sentence.parsed and any(t.head != t.i for t in toks)
    trigger_future = future or _is_future(sentence, trigger_token)
    filed = False  # reading the dateline's day

    def ranked(target: int) -> list[tuple[int, int, str, re.Match[str]]]:
        target_char = (toks[target].idx - sentence.start) if 0 <= target < len(toks) else 0

        def rank(item: tuple[int, int, str, re.Match[str]]) -> tuple[int, int, int]:
            s, e, _, _ = item
            linear = 0 if s <= target_char < e else min(abs(target_char - s), abs(target_char - e))
            if not parsed:
                return 0, 0, linear
            idx = _span_tokens(sentence, s, e)
            dist = min((tree_distance(sentence, i, target) for i in idx), default=99)
            # at equal distance, the expression under the event beats the one above it ("said
            # on Monday that fighters had attacked during Sunday's vote": Sunday)
            above = not any(_in_clause(sentence, i, target) for i in idx)
            return dist, above, linear

        return sorted(found, key=rank)

    def future_of(item: tuple[int, int, str, re.Match[str]]) -> bool:
        # the tense of the verb the expression hangs on ("said on Friday that troops will
        # arrive": Friday is past); the trigger's when the sentence has no parse
        if filed:
            return False
        if not parsed:
            return trigger_future
        verb = _governing_verb(sentence, _span_tokens(sentence, item[0], item[1]))
        if verb is None or (future and verb == trigger_token):
            return trigger_future
        return _verb_future(sentence, verb)

    def anchor_for(item: tuple[int, int, str, re.Match[str]]) -> date | None:
        """The date of the main clause an offset counts from, when another expression gives it."""
        word = _offset_word(sentence, item)
        if not parsed or word is None or toks[word].head == word:
            return None
        clause = _offset_clause(sentence, word)
        main = toks[clause].head
        for other in ranked(main):
            inner = _span_tokens(sentence, other[0], other[1])
            if other[2] in ("offset", "until") or any(_in_clause(sentence, i, clause) for i in inner):
                continue  # not an expression of the main clause
            try:
                when, _ = _resolve(other[2], other[3], pub, future_of(other))
            except (ValueError, OverflowError, KeyError):
                continue
            if when is not None:
                return when
        return None

    def first_date(target: int, items: list[tuple[int, int, str, re.Match[str]]]) -> Dated | None:
        for item in items:
            s, e, kind, m = item
            if (
                parsed
                and kind != "offset"
                and (not _dates_trigger(sentence, item, target) or _nominal_time(sentence, item, target))
            ):
                continue
            try:
                if kind == "offset":
                    got = _offset(sentence, item, target, pub, anchor_for(item))
                    when, precision = got if got else (None, None)
                else:
                    when, precision = _resolve(kind, m, pub, future_of(item))
            except (ValueError, OverflowError, KeyError):
                continue
            if when is not None:
                return when, precision, text[s:e].strip()
        return None

    # the trigger's own expressions; then those of a verb it is coordinated with, sharing its
    # subject ("struck Iran and killed several commanders on Friday"); the dateline's day last
    dateline = _DATELINE.match(text)
    cut = dateline.end() if dateline and sentence.start == 0 else 0
    own = [item for item in ranked(trigger_token) if item[0] >= cut]
    got = first_date(trigger_token, own)
    for other in _coordinated(sentence, trigger_token) if got is None and parsed else ():
        got = first_date(other, [item for item in ranked(other) if item[0] >= cut])
        if got is not None:
            break
    if got is None and cut:  # the day a report was filed is never ahead of it
        filed = True
        got = first_date(trigger_token, [item for item in ranked(trigger_token) if item[0] < cut])
    return got or (None, None, None)


def _coordinated(sentence: Sentence, trigger: int) -> list[int]:
    """The verbs coordinated with a verb trigger that share its subject and its tense: its
    conjuncts, or the verb it is a conjunct of and that verb's other conjuncts ("attacked and
    sank"; not "were there … and would leave")."""
    toks = sentence.tokens
    if not 0 <= trigger < len(toks) or not toks[trigger].tag.startswith("VB"):
        return []

    def subjectless(v: int) -> bool:
        return not any(t.head == v and t.dep in ("nsubj", "nsubjpass", "aux") for t in toks)

    def tense(v: int) -> str:
        return "past" if toks[v].tag in ("VBD", "VBN") else toks[v].tag

    # a conjunct shares the auxiliary of the verb it is coordinated with ("had killed 17 bandits
    # and rescued 38 hostages on Wednesday"), never one of its own ("… and would leave")
    first = toks[trigger].head if toks[trigger].dep == "conj" and subjectless(trigger) else trigger
    group = [first] + [t.i for t in toks if t.head == first and t.dep == "conj" and subjectless(t.i)]
    return [v for v in group if v != trigger and tense(v) == tense(trigger)]


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


def after_publication(
    day: date | None, precision: str | None, date_text: str | None, published: date
) -> bool:
    """Whether an event dated `day` lies wholly after the publication day ("leaders meet in
    Gyeongju next week"): such an event has not happened, whatever its verb's tense."""
    return day is not None and date_span(day, precision, date_text)[0] > published


_DATELINE = re.compile(
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
    m = _DATELINE.match(head)
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
