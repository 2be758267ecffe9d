"""Event dates: absolute and relative date expressions resolved against the publication date.

The phrases and the day each names are read in `date_phrases` (from the words alone); this
module picks the phrase that dates an event from the sentence's parse.

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
  `date_span`. "until February 1" ends a period and dates nothing; so does a deadline ("by the
  end of the month", "by March 2025", "by Friday"): the event falls somewhere before it, from the
  report's time or the story's, and a month or day of its own would overstate what is known.
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
from datetime import date, datetime, timedelta

from frontwatch.nlp import Sentence, Token
from frontwatch.resolve.date_frames import feared_prospect, phrase_modifier
from frontwatch.resolve.date_phrases import (
    DATELINE,
    MONTHS,
    NUMBERS,
    WEEKDAYS,
    date_span,
    find_expressions,
    phrase_date,
    publication_date_from_text,
    span_precision,
)
from frontwatch.resolve.location_clauses import EVENT_NOUNS

__all__ = [
    "MONTHS",
    "NUMBERS",
    "WEEKDAYS",
    "after_publication",
    "date_span",
    "find_expressions",
    "publication_date_from_text",
    "resolve_date",
    "tree_distance",
]

Dated = tuple[date | None, str | None, str | None]


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
# Expressions that bound a period or count from another clause: they name no day by themselves.
_NO_DAY = frozenset({"offset", "until", "deadline"})
# Units that set a clause apart from the main clause's day ("days after", "weeks before").
_APART_UNITS = frozenset({"day", "week", "month", "year"})
# prepositions that place another event in time ("hit nine sites after the killing of 26
# tourists last month": last month dates the killing)
_OTHER_TIME = {"after", "before", "since", "following", "ahead", "prior"}


def _clause_verb(tok: Token) -> bool:
    """A verb heading a clause; not a participle used as a preposition ("according to",
    "including"), which the parser hangs phrases on ("in Papiri, on Friday, according to the
    association": Friday dates the event, not the report)."""
    return (tok.pos in ("VERB", "AUX") or tok.tag.startswith("VB")) and tok.dep != "prep"


def _before_complement(sentence: Sentence, tokens: list[int]) -> int | None:
    """The verb of saying an expression stands right after, before the subject of its clausal
    complement ("Rebels said on Monday they would free …"), which the parser often hangs the
    expression on: English puts the complement's own time inside it, after its subject ("said
    they would free him on Monday"), so the expression is the saying's. None otherwise."""
    toks = sentence.tokens
    if not tokens:
        return None
    first, last = min(tokens), max(tokens)
    outside = [toks[i].head for i in tokens if not first <= toks[i].head <= last]
    if len(set(outside)) != 1:
        return None
    verb = toks[outside[0]]
    if verb.dep != "ccomp" or verb.head == verb.i or verb.head != first - 1:
        return None
    subjects = [t.i for t in toks if t.head == verb.i and t.dep in ("nsubj", "nsubjpass")]
    return verb.head if subjects and last < min(subjects) and _clause_verb(toks[verb.head]) else None


def _governing_verb(sentence: Sentence, tokens: list[int]) -> int | None:
    """The verb a date expression attaches to: up the tree from its tokens to the first verb
    (the verb of saying an expression follows before its complement, `_before_complement`)."""
    toks = sentence.tokens
    saying = _before_complement(sentence, tokens)
    if saying is not None:
        return saying
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
    return (verb.dep == "relcl" and verb.tag in ("VBP", "VBZ")) or feared_prospect(sentence, v)


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
    for i in tokens if _before_complement(sentence, tokens) is None else ():
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
    if _other_time_clause(sentence, up[: up.index(verb)]):
        return False  # "fired a missile on Thursday, days after Seoul accused Pyongyang"
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
        if phrase_modifier(tok):
            continue
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
    year, will train …": last year is the deployment's), nor one on the trigger's subject or
    object, whose own past it tells ("would free a pilot they seized last year"); a "when"
    clause."""
    toks = sentence.tokens
    tok = toks[verb]
    if tok.dep in ("relcl", "acl"):
        noun = toks[tok.head]
        participant = noun.head == trigger and noun.dep in ("dobj", "nsubj", "nsubjpass")
        return tok.head == trigger or not (_aside_clause(sentence, verb) or participant)
    return tok.dep == "advcl" and any(
        t.head == verb and t.dep in ("advmod", "mark") and t.text.lower() in _SAME_TIME_MARKS for t in toks
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


def _other_time_clause(sentence: Sentence, clauses: list[int]) -> bool:
    """Whether one of `clauses` (the trigger's, up to the verb an expression hangs on) is set
    days, weeks or months apart by "after" or "before" ("…, days after Seoul accused Pyongyang")
    or opened by "since": its event is at another time than the main clause's, which dates
    nothing in it (a bare "after" clause is often the same day: "opened fire on Friday after
    protesters stormed the building")."""
    toks = sentence.tokens
    for t in toks:
        if t.head not in clauses or t.dep != "mark" or t.head == t.i:
            continue
        word = t.text.lower()
        apart = any(  # "days" on "after", or on the clause's verb before "after"
            k.lemma.lower() in _APART_UNITS and (k.head == t.i or (k.head == t.head and k.i < t.i))
            for k in toks
        )
        if word == "since" or (word in ("after", "before") and apart):
            return True
    return False


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
    if anchor is None and inside and _in_noun_clause(sentence, toks[_offset_clause(sentence, word)].head):
        return (
            None  # "the raid, which came two days after a ceasefire took effect": the raid's day is unknown
        )
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
    return first, span_precision(first, first + timedelta(days=6))


def _in_noun_clause(sentence: Sentence, verb: int) -> bool:
    """Does `verb` head a clause that modifies a noun ("the raid, which came two days after …",
    "the strike that came a week before …")? An offset counts from the publication day only for
    a sentence's own clause, which the report tells as news of that day; the event a relative
    clause describes may lie any time before it."""
    toks = sentence.tokens
    if not sentence.parsed or not 0 <= verb < len(toks):
        return False
    return any(toks[k].dep in ("relcl", "acl") for k in _depth_path(sentence, verb))


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
            if other[2] in _NO_DAY or any(_in_clause(sentence, i, clause) for i in inner):
                continue  # not an expression of the main clause
            try:
                when, _ = phrase_date(other[2], other[3], pub, future_of(other))
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
                    when, precision = phrase_date(kind, m, pub, future_of(item))
            except (ValueError, OverflowError, KeyError):
                continue
            if when is not None:
                return when, precision, text[s:e].strip()
        return None

    # the trigger's own expressions; then those of a verb it is coordinated with, sharing its
    # subject ("struck Iran and killed several commanders on Friday"); the dateline's day last
    dateline = DATELINE.match(text)
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


def after_publication(
    day: date | None, precision: str | None, date_text: str | None, published: date
) -> bool:
    """Whether an event dated `day` lies wholly after the publication day ("leaders meet in
    Gyeongju next week"): such an event has not happened, whatever its verb's tense."""
    return day is not None and date_span(day, precision, date_text)[0] > published
