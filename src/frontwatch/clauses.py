"""Adverbial clauses and conjuncts, as factuality.py reads them.

- Time: a "before" phrase or clause dates its event after the clause above it ("came days
  before the summit", "will withdraw before the talks begin": still to come).
- Conditions: an "if" clause, an inverted auxiliary ("Should talks fail"), and a restricted time
  clause ("only once Hezbollah is disarmed", "only when", "only after"), which names what the act
  waits on: a necessary condition, not a date; and a clause opened by a conditional conjunction
  however the parser hangs it ("…, but only if Ukraine withdrew" as a conjunct of the saying,
  "provided the army stopped", "as long as", "on condition that").
- Headlines: a "to" infinitive with its own subject and no verb before it announces a plan
  ("Hamas to free three hostages on Saturday").
- Purposes of a journey: "is expected to return to Beirut next week to discuss the plan" — the
  business of a trip is as certain as the trip.
- Conjuncts: which clause a conjunct the parser hung on a subordinate clause belongs to ("denied
  that it was using gas … and blamed Chisinau"; "would treat the decision as if it did not exist
  and would not hand over its weapons"); which conjunct is a clause of its own, out of its
  head's negation ("did not attack the port, but Moscow shelled the city").
- Questions: a yes/no question asserts nothing ("Did Russia supply the missiles?").
"""

from __future__ import annotations

from .factuality_words import REPORTING
from .nlp import Token
from .syntax import Tree, words

# Words by which a nominal event is later than the clause it dates: "before the summit", "ahead of
# the talks", "prior to the vote", "in the run-up to the election", "on the eve of the summit".
_BEFORE = frozenset({"before"})
_AHEAD = words("ahead prior run-up lead-up build-up eve way route")  # "on his way to talks"
_IF = frozenset({"if"})
# Auxiliaries that open an inverted condition: "Should talks fail, …", "Were Russia to strike, …".
_INVERTED_IF = frozenset({"should", "were", "had"})
# Time conjunctions that "only" turns into a condition: "only once", "only when", "only after".
_WHEN = frozenset({"once", "when", "after"})
_ONLY = frozenset({"only"})
# Conjunctions of a clause that names what a not-yet act waits on: "until", "once", "as soon as".
_AWAITED = frozenset({"until", "till", "once"})
_SOON = frozenset({"soon"})
# Verbs of a journey or a dispatch, whose "to" clause is the business of the trip.
TRAVELLING = words("travel return go come fly head visit arrive send dispatch")
# Finite verb forms a conjunct cannot take under its head's progressive or modal auxiliary.
_FINITE = frozenset({"VBD", "VBZ"})
# Heads whose auxiliary a finite conjunct cannot share: "was using …" (not "was blamed"), "would use".
_AUX_FORMS = frozenset({"VBG", "VB"})
_PRESENT = frozenset({"VBP", "VBZ"})


def past(tree: Tree, verb: Token) -> bool:
    return verb.tag == "VBD" or any(c.tag == "VBD" for c in tree.children(verb.i, "aux", "auxpass"))


def _past_perfect(tree: Tree, verb: Token) -> bool:
    return any(c.lemma.lower() == "have" and c.tag == "VBD" for c in tree.children(verb.i, "aux"))


def later(tree: Tree, prep: Token) -> bool:
    """True when the noun under `prep` is dated after the clause above it, which is not a past
    perfect: "came days before the APEC summit" (not yet known to have happened), not "had
    struck Kyiv before the summit" (both past). A "before" phrase fronted on a past clause sets
    the scene of a past narrative, so its event is past too ("Before the invasion, Kyiv bought
    gas from Moscow")."""
    lemma = prep.lemma.lower()
    above = tree.head(prep.i)
    if lemma in ("of", "to") and above is not None and above.lemma.lower() in _AHEAD:
        above = tree.head(above.i)
    elif lemma not in _BEFORE:
        return False
    verb = above
    while verb is not None and verb.pos not in ("VERB", "AUX"):
        verb = tree.head(verb.i)
    if verb is not None and prep.i < verb.i and prep.head == verb.i and past(tree, verb):
        return False  # "Before Russia's invasion of Ukraine, the two exported …": a past setting
    return verb is None or not _past_perfect(tree, verb)


def later_clause(tree: Tree, clause: Token) -> bool:
    """A "before" clause in the present tense tells what is still to come, whatever the clause
    above: "the launch came a week before world leaders gather in Gyeongju", "an agreement that
    stops the conflict before assistance is released"."""
    if tree.has_lemma(clause.i, _BEFORE, "mark") is None:
        return False
    return any(t.tag in _PRESENT for t in (clause, *tree.children(clause.i, "aux", "auxpass")))


def condition(tree: Tree, clause: Token) -> bool:
    """An "if" clause, one opened by an inverted auxiliary ("Should talks in Doha fail"), or a
    time clause restricted by "only" ("only once Hezbollah was disarmed")."""
    if tree.has_lemma(clause.i, _IF, "mark") is not None or restricted_time(tree, clause) is not None:
        return True
    first = tree.tok(tree.subtree(clause.i)[0])
    if first.text.lower() in _INVERTED_IF and first.dep == "aux" and first.i < clause.i:
        return True
    return inverted_head(tree, clause) is not None


def inverted_head(tree: Tree, clause: Token) -> Token | None:
    """The inverted auxiliary the parser made the head of its own clause, with the clause's verb
    read as a noun subject ("Should North Korea attack, the United States would respond": "Should"
    the adverbial clause, "attack" its subject): still a condition."""
    if clause.text.lower() not in _INVERTED_IF or clause.tag != "MD":
        return None
    if tree.subtree(clause.i)[0] != clause.i or tree.child(clause.i, "nsubj") is None:
        return None
    return clause


# Conjunctions of a condition, read as the words that open a clause: the parser hangs "provided",
# "as long as" or "condition that" anywhere, and makes "…, but only if X" a conjunct of the saying.
# A price ("in return for Washington lifting sanctions") is a condition only of an act still to come.
_OPENERS = (("if",), ("unless",), ("provided",), ("providing",), ("provided", "that"), ("providing", "that"),
            ("as", "long", "as"), ("so", "long", "as"), ("condition", "that"), ("return", "for"),
            ("exchange", "for"))  # fmt: skip
PRICE = frozenset({"for"})
_LEADS = frozenset({"mark", "advmod", "cc", "preconj", "neg"})
_VERBS = frozenset({"VERB", "AUX"})


def opening_condition(tree: Tree, clause: Token) -> tuple[Token, ...] | None:
    """The words of the conditional conjunction that opens a clause (its own leading marks and
    the words right before it), or None."""
    span = tree.subtree(clause.i)
    end = span[0]
    while end < clause.i and tree.tok(end).head == clause.i and tree.tok(end).dep in _LEADS:
        end += 1
    lead = [tree.tok(k) for k in range(max(0, span[0] - 3), end)]
    texts = tuple(t.text.lower() for t in lead)
    return next((tuple(lead[-len(o) :]) for o in _OPENERS if texts[-len(o) :] == o), None)


def conditioned(tree: Tree, clause: Token, opener: tuple[Token, ...]) -> int | None:
    """The verb whose condition the clause opened by `opener` states: the nearest verb above it
    outside the conjunction ("withdraw" in "would withdraw provided that the army deployed")."""
    own = {t.i for t in opener}
    return next((a.i for a in tree.ancestors(clause.i) if a.pos in _VERBS and a.i not in own), None)


def headline_plan(tree: Tree, verb: Token) -> bool:
    """A "to" infinitive with its own subject and no verb before it that governs it but a saying:
    a headline's plan ("Hamas to free three hostages", "Russia to pull troops back, says ministry",
    "Trump says Russia and Ukraine to start talks"), not "wants Kyiv to cede land"."""
    if verb.tag != "VB" or tree.child(verb.i, "nsubj") is None:
        return False
    if not any(c.tag == "TO" for c in tree.children(verb.i, "aux")):
        return False
    return verb.head >= verb.i or tree.tok(verb.head).lemma.lower() in REPORTING


def restricted_time(tree: Tree, clause: Token) -> Token | None:
    """The conjunction of a time clause that "only" restricts ("only once", "only when", "only
    after"), or None: the act of the main clause waits on it."""
    mark = tree.has_lemma(clause.i, _WHEN, "mark")
    if mark is None:
        return None
    if tree.has_lemma(clause.i, _ONLY, "advmod") is not None or tree.has_lemma(mark.i, _ONLY, "advmod"):
        return mark
    return None


def awaited(tree: Tree, clause: Token, head: Token) -> tuple[Token, Token] | None:
    """The conjunction of a clause that names what the act above waits on, and the verb above it:
    "would halt its offensive once Eritrean troops left", "will reopen the border as soon as the
    rebels withdraw" ("as soon as" hangs on "soon"), "until the rebels were destroyed". Under a
    clause still to come the act in it is only the condition, not a reported event."""
    mark = tree.has_lemma(clause.i, _AWAITED, "mark")
    if mark is not None:
        return mark, head
    mark, above = tree.child(clause.i, "mark"), tree.head(head.i)
    if head.lemma.lower() in _SOON and mark is not None and above is not None:
        return mark, above
    return None


def on_condition(tree: Tree, clause: Token, trigger: int) -> bool:
    """A clause in the future that takes place only if something else does: "would launch a
    ground operation if the threats persisted". Under "unless" the act is the plan, and only
    its cancellation is conditional ("will boycott the vote unless …": future)."""
    conditions = (c for c in tree.children(clause.i, "advcl") if condition(tree, c))
    return any(not tree.is_under(trigger, c.i) for c in conditions)


def matrix_conjunct(tree: Tree, conj: Token, head: Token) -> bool:
    """True when a conjunct the parser hung on a subordinate clause's verb is the verb above's
    conjunct: a subjectless finite one under a complement clause ("Moscow denied that it was using
    gas … and blamed Chisinau" — "blamed" cannot share "was" with "using"), or one with a modal of
    its own that the adverbial clause lacks and the clause above has ("would treat the decision as
    if it did not exist and would not hand over its weapons": the second thing it would do)."""
    return _finite_conjunct(tree, conj, head) or _modal_conjunct(tree, conj, head)


def _finite_conjunct(tree: Tree, conj: Token, head: Token) -> bool:
    if conj.tag not in _FINITE or head.dep != "ccomp":
        return False
    if head.tag not in _AUX_FORMS and not _passive_perfect(tree, conj, head):
        return False
    if tree.child(conj.i, "nsubj", "nsubjpass", "aux", "auxpass") is not None:
        return False
    return tree.child(head.i, "aux") is not None and tree.head(head.i) is not None


def _passive_perfect(tree: Tree, conj: Token, head: Token) -> bool:
    """A reported passive past perfect and an active conjunct with an object: "said the workers
    had been taken hostage and demanded their release" — "demanded their release" cannot share
    "had been", so it is the sayer's second act ("had entered Chad and killed three soldiers"
    shares "had")."""
    passive = head.tag == "VBN" and tree.child(head.i, "auxpass") is not None and _past_perfect(tree, head)
    return passive and tree.child(conj.i, "dobj") is not None


def _modal_conjunct(tree: Tree, conj: Token, head: Token) -> bool:
    main = tree.head(head.i)
    if head.dep != "advcl" or tree.child(head.i, "mark") is None or main is None or main.i == head.i:
        return False
    mine = _modals(tree, conj)
    return bool(mine) and not _modals(tree, head) and bool(mine & _modals(tree, main))


def _modals(tree: Tree, verb: Token) -> set[str]:
    return {c.text.lower() for c in tree.children(verb.i, "aux") if c.tag == "MD"}


def journey_purpose(tree: Tree, clause: Token, head: Token) -> bool:
    """True for the "to" clause of a journey or a dispatch: its business ("return to Beirut next
    week to discuss the plan", "will send its foreign minister to Yerevan to discuss the route")."""
    return head.lemma.lower() in TRAVELLING and any(c.tag == "TO" for c in tree.children(clause.i, "aux"))


# Verbs of a crowd assembling, and the protests its "to" clause names: the gathering is the protest.
_ASSEMBLING = words("gather assemble converge mass congregate throng")
_PROTESTING = words("protest demonstrate rally march picket")


def assembly_purpose(tree: Tree, clause: Token, head: Token) -> bool:
    """True for the "to" clause of a crowd's gathering that names a protest ("gathered in Pristina
    to protest against …"): the gathering is the protest, as certain as the gathering itself."""
    return (
        head.lemma.lower() in _ASSEMBLING
        and clause.lemma.lower() in _PROTESTING
        and any(c.tag == "TO" for c in tree.children(clause.i, "aux"))
    )


_MORE = words("more further")


def no_more(tree: Tree, obj: Token) -> bool:
    """True for an object with "no more" or "no further" ("would take in no more refugees"): the
    parser hangs "no" on the adjective, and nothing more of the kind is to be done."""
    return any(
        m.lemma.lower() in _MORE and any(c.lemma.lower() == "no" for c in tree.children(m.i))
        for m in tree.children(obj.i, "amod", "advmod")
    )


_WH = frozenset({"WDT", "WP", "WP$", "WRB"})


def polar_question(tree: Tree) -> bool:
    """A yes/no question, which asserts nothing: "Did Russia supply the missiles?" (a wh-question
    takes its event as given: "Why did Russia attack?")."""
    toks = [t for t in tree.tokens if t.pos != "SPACE"]
    if not toks or toks[-1].text != "?" or toks[0].tag in _WH:
        return False
    root = next((t for t in toks if t.head == t.i), None)
    if root is None:
        return False
    subj = tree.child(root.i, "nsubj", "nsubjpass", "expl")
    first = min((c.i for c in tree.children(root.i, "aux", "auxpass")), default=root.i)
    return subj is not None and first < subj.i


_NEITHER = frozenset({"neither"})
_NOR = frozenset({"nor"})


def neither_nor(tree: Tree, verb: Token) -> bool:
    """The verb after "nor" in "neither … nor" ("neither confirmed nor denied"): not done, like a
    verb with "not"."""
    head = tree.head(verb.i)
    if verb.dep != "conj" or head is None or tree.has_lemma(head.i, _NOR, "cc") is None:
        return False
    return tree.has_lemma(head.i, _NEITHER, "preconj") is not None


def own_clause(tree: Tree, node: Token, head: Token) -> bool:
    """A conjunct out of its head's negation: with its own auxiliary or subject, or finite beside
    a bare verb ("did not arrest the leader but detained his aides": "did" does not reach it)."""
    if tree.child(node.i, "aux", "auxpass", "nsubj", "nsubjpass") is not None:
        return True
    return node.tag in ("VBD", "VBZ") and head.tag == "VB"
