"""Who asserts an event: the speaker of the reporting verb above its trigger.

Forms read off the parse (all sentence-internal; the speaker phrase is then resolved to an
Entity by participants.py, which also handles "the statement", "it", "the ministry" from
context):
- a reporting verb governing the trigger's clause or noun: "Kyiv says Russia …", "the
  ministry confirmed the arrival of …", "… was confirmed by the defence ministry";
- a sentence-final or parenthetical reporting clause: "…, the statement said" (parataxis),
  also when the parse hung its speaker on the clause before ("…, the UN Office for … (OCHA)
  said", "…, a spokesman for the navy said") or read an inverted one as the object ("…, said
  another witness");
- of two subjects the parse gives a sentence-final reporting verb, the one nearest it ("Russia,
  which …, called for restraint, Interfax reported"); a reporting conjunct hung on the reported
  clause is the speaker's ("said the strikes targeted …, and denied that …"), and a result
  participle hung on the saying is its content's ("accused X of ramming a boat, injuring one");
  a claimed attack is the claimant's ("the coalition claimed the attack");
- framing adjectives: "Taiwan is concerned that China may …";
- "according to X" anywhere on the trigger's head chain or at the root, unless a reporting verb
  above it names the speaker ("Brazil said …, according to a defence ministry statement": the
  statement is only the medium);
- accusations and framing verbs: "Kyiv accused Moscow of …" (the accused act is attributed to
  Kyiv; the ACCUSE event itself is the outlet's), "Ukraine fears …" (the experiencer).
- hearsay adverbs: "the attack reportedly killed …", "troops allegedly executed …": an unnamed
  source, never the outlet's own voice.

Not the saying's content: a conjunct of the reporting verb ("Aoun condemned the strike and urged
…": the urging is the outlet's report), a contrast clause ("…, while the EU called on …") and a
leading wire dateline ("SEOUL, June 3 (Yonhap) --", taken out of the parse by syntax.Tree).

None means the outlet states the event in its own voice.
"""

from __future__ import annotations

from dataclasses import dataclass

from .claim_frames import called_false, retracted
from .clauses import opening_condition
from .factuality import reduced_denial
from .factuality_words import CALLING, CLAIM_NOUNS, DISPUTE_VERBS, REDUCED_DENIALS, REPORTING
from .nlp import Token
from .syntax import CLAIM_WORDS, THE, Tree, words

# Framing verbs whose subject owns the embedded event as well ("fears", "expects", "accused of").
ATTRIBUTING = REPORTING | frozenset({"expect", "concern", "believe", "suspect", "allege", "condemn",
                                     "criticize", "criticise", "denounce", "insist", "reject",
                                     "dismiss", "refute", "doubt", "rule", "conclude", "understand",
                                     "rumour", "rumor", "wonder"}) | frozenset(DISPUTE_VERBS)  # fmt: skip

# Adjectives whose subject holds the clause they take ("is concerned that", "is confident that").
_FRAMING_ADJ = frozenset({"concerned", "worried", "afraid", "fearful", "alarmed", "confident", "convinced",
                          "certain", "sure", "hopeful", "optimistic", "pessimistic", "adamant"})  # fmt: skip
# Adverbs by which the outlet relays an unnamed source's claim.
HEARSAY = frozenset({"reportedly", "allegedly", "purportedly", "supposedly", "ostensibly"})
# Reporting verbs whose passive names no speaker: its subject is the content's ("troops are said
# to have killed", "Iran is believed to have supplied", "forces were accused of shooting").
_HEARSAY_PASSIVE = frozenset({"say", "believe", "think", "report", "allege", "suspect", "accuse",
                              "rumour", "rumor", "claim", "understand"})  # fmt: skip
# Verbs whose passive subject holds the clause they take ("Taiwan is concerned that …"); any
# other passive subject is the content's ("are expected to host") or the addressee's.
_EXPERIENCING = frozenset({"concern", "worry", "alarm", "convince"})
# Verbs that assert only a clause: their noun object is what ends ("concluded its hearings").
_CLAUSAL_ONLY = frozenset({"conclude"})


# Nouns of a saying whose "that" clause is what was said, and whose "by" phrase or possessive
# names who said it ("remarks by the prime minister that …", "Lai's comments that …").
_SAYING_NOUNS = words("""remark comment statement claim assertion warning suggestion allegation
    accusation pledge promise words announcement""")


# The name of the speaker the outlet relays without naming ("reportedly", "is said to").
UNNAMED_SOURCE = "unnamed source"


@dataclass(frozen=True)
class Source:
    """The speaker phrase's head token and the reporting word (None for "according to"). A
    hearsay adverb stands as its own speaker, and so does a passive reporting verb naming no
    speaker (`speaker == verb`): both are `unnamed`."""

    speaker: int
    verb: int | None
    hearsay: bool = False

    @property
    def unnamed(self) -> bool:
        return self.hearsay or self.speaker == self.verb


def own_subject(tree: Tree, verb: Token) -> Token | None:
    """A verb's subject: of two, the one nearest before the verb. The parse sometimes hangs the
    reported clause's subject on a sentence-final reporting verb as a second subject ("Russia,
    which …, called for restraint, Interfax reported": Russia and Interfax both its "nsubj"); the
    speaker stands right before its verb, the content's subject before that."""
    subjects = tree.children(verb.i, "nsubj")
    before = [s for s in subjects if s.i < verb.i]
    if len(subjects) > 1 and before:
        return before[-1]
    return subjects[0] if subjects else None


def _speaker_of_verb(tree: Tree, verb: Token) -> int | None:
    """The subject of a reporting verb, its passive agent, or its controller."""
    subj = own_subject(tree, verb)
    if subj is not None:
        body = _apposed_body(tree, subj, verb)
        return body.i if body is not None else _author(tree, subj)
    agent = tree.child(verb.i, "agent")
    if agent is not None:
        pobj = tree.child(agent.i, "pobj")
        if pobj is not None:
            return pobj.i
    if verb.pos == "NOUN":  # a misread verb: "Armenia worries that …"
        compound = tree.child(verb.i, "compound")
        return compound.i if compound is not None else None
    passive = tree.child(verb.i, "nsubjpass")
    if passive is not None and verb.lemma.lower() in _HEARSAY_PASSIVE:
        return verb.i  # no speaker named: the verb stands for an unnamed source (`Source.unnamed`)
    if passive is not None and verb.lemma.lower() in _EXPERIENCING:  # "Taiwan is concerned that …"
        return passive.i
    if passive is not None:  # "Qatar and Egypt are expected to host …": the subject is the content's
        return None
    issuer = _issuer(tree, verb)
    if issuer is not None:
        return issuer
    fallback = _phrase_before(tree, verb) or _inverted(tree, verb) or _after_dateline(tree, verb)
    if fallback is not None:
        return fallback
    if verb.dep in ("conj", "xcomp"):
        head = tree.head(verb.i)
        if head is not None and head.pos in ("VERB", "AUX"):
            outer = _reporting_above(tree, head) if verb.dep == "conj" else None
            return _speaker_of_verb(tree, outer if outer is not None else head)
    if verb.tag in _FINITE and verb.dep == "ROOT" and tree.child(verb.i, "expl") is None:
        # "Niamey, which …, accuses Cotonou of …" with the subject lost to the parse: a finite
        # saying still has a sayer, and what it says is not the outlet's; the verb stands for
        # the speaker the parse lost (`Source.unnamed`)
        return verb.i
    return None


_FINITE = frozenset({"VBZ", "VBD", "VBP"})


def _issuer(tree: Tree, verb: Token) -> int | None:
    """Who a saying participle on a noun of saying speaks for: the noun's possessor, or the subject
    of the verb it is the object of ("the ministry issued a statement saying …", "Kyiv put out a
    statement saying …", "Hamas's statement saying …")."""
    if verb.dep != "acl" or verb.tag != "VBG":
        return None
    noun = tree.head(verb.i)
    if noun is None or noun.lemma.lower() not in _SAYING_NOUNS:
        return None
    poss = tree.child(noun.i, "poss")
    if poss is not None:
        return _author(tree, poss)
    taker = tree.head(noun.i) if noun.dep == "dobj" else None
    subj = own_subject(tree, taker) if taker is not None else None
    return _author(tree, subj) if subj is not None else None


def _apposed_body(tree: Tree, name: Token, verb: Token) -> Token | None:
    """The organisation noun a speaker's name stands in apposition to, when the parse split the
    two ("…, the EU naval mission Aspides said": "mission" hung on the clause before, "Aspides"
    the subject; "the UN agency UNRWA said"): the noun phrase right before the name, which the
    name does not govern, names the body that speaks (also when the parse made the saying a
    relative clause of that noun)."""
    if name.pos != "PROPN" or name.head != verb.i or verb.lemma.lower() in DISPUTE_VERBS:
        return None  # "…, a charge Moscow denied": the noun is what the verb takes
    start = min(tree.subtree(name.i))
    body = tree.tok(start - 1) if start > 0 else None
    if body is None or body.pos != "NOUN" or tree.is_under(body.i, name.i):
        return None
    if body.lemma.lower() in CLAIM_NOUNS:
        return None
    if not tree.has_lemma(body.i, THE, "det"):  # a named body is a definite one
        return None
    if tree.is_under(name.i, body.i) and not (verb.dep == "relcl" and verb.head == body.i):
        return None
    return body if max(tree.subtree(body.i, ("relcl", "acl", "appos"))) == body.i else None


def _reporting_above(tree: Tree, verb: Token) -> Token | None:
    """The reporting verb whose content `verb` is, when `verb` is no reporting verb itself: a
    subjectless reporting conjunct of a reported clause is the speaker's second act, which the
    parse hung one level too low ("The spokesman said the strikes targeted the militia, and
    denied that civilians had been killed": the spokesman denied, not the strikes)."""
    if verb.dep != "ccomp" or verb.lemma.lower() in ATTRIBUTING:
        return None
    head = tree.head(verb.i)
    return head if head is not None and _is_reporting(tree, head) else None


# Tokens a sentence-final reporting clause may span between its comma and its verb.
_REACH = 16
# Complements after a reporting verb that carry its own content ("…, and said that …").
_CONTENT = frozenset({"ccomp", "xcomp", "dobj", "attr", "oprd"})
_NOMINAL = frozenset({"NOUN", "PROPN"})


def _reports_before(tree: Tree, verb: Token) -> bool:
    """A reporting verb with no content of its own to its right: its content is the clause
    before it ("…, the WFP said on Tuesday"; "…, the army told Reuters")."""
    if verb.i == 0:
        return False
    for c in tree.children(verb.i):
        if c.i > verb.i and c.dep in _CONTENT and not (c.dep == "dobj" and verb.lemma.lower() == "tell"):
            return False
    return True


def final_sayer(tree: Tree, h: int) -> bool:
    """True for the subject of a reporting verb whose content comes before it ("…, it said";
    "…, the statement added"): participants.py reads such an "it" as the statement's author, never
    as a party of the content."""
    tok, verb = tree.tok(h), tree.head(h)
    if tok.dep != "nsubj" or verb is None or verb.i < h or not _is_reporting(tree, verb):
        return False
    return _reports_before(tree, verb)


def _constituent(tree: Tree, start: int, end: int) -> Token | None:
    """The one non-punctuation token of [start, end] whose head lies outside it, if exactly one."""
    tops = [t for t in (tree.tok(j) for j in range(start, end + 1))
            if t.dep != "punct" and not start <= t.head <= end]  # fmt: skip
    return tops[0] if len(tops) == 1 else None


def _phrase_before(tree: Tree, verb: Token) -> int | None:
    """The noun phrase between the last comma and a subjectless sentence-final reporting verb,
    which the parse hung elsewhere (an appositive of the clause's last noun, a conjunct): "…,
    the UN Office for the Coordination of Humanitarian Affairs (OCHA) said", "…, the Syrian
    Observatory for Human Rights, a Britain-based monitor, said". The widest such phrase that
    starts after a comma is taken; the scan stops at the first stretch that is no phrase."""
    if not _reports_before(tree, verb):
        return None
    end = verb.i - 1
    if tree.tok(end).text == ",":  # the closing comma of an appositive
        end -= 1
    found: int | None = None
    for start in range(end, max(0, end - _REACH), -1):
        if tree.tok(start - 1).text != ",":
            continue
        top = _constituent(tree, start, end)
        if top is None or top.pos not in _NOMINAL:
            break
        found = top.i
    return found


def _after_dateline(tree: Tree, verb: Token) -> int | None:
    """The noun phrase between a leading wire dateline and a subjectless reporting verb, which the
    parse hung on the dateline's place as a conjunct or apposition ("GOMA, Jan 27 (AFP) - M23
    rebels said …": the rebels joined to Goma), so the dateline's removal left the verb without
    its subject."""
    if tree.dateline is None or verb.i <= tree.dateline + 1:
        return None
    top = _constituent(tree, tree.dateline + 1, verb.i - 1)
    if top is None or top.pos not in _NOMINAL or top.head > tree.dateline:
        return None
    return top.i


def _inverted(tree: Tree, verb: Token) -> int | None:
    """The speaker after a sentence-final reporting verb, parsed as its object: "…, said
    Oleksiy Arestovych, an adviser", "…, reported Irakli Chitanava"."""
    if verb.i == 0 or tree.tok(verb.i - 1).text != "," or verb.lemma.lower() not in _INVERTING:
        return None
    if any(c.i > verb.i and c.dep in ("ccomp", "xcomp") for c in tree.children(verb.i)):
        return None
    obj = tree.child(verb.i, "dobj", "attr")
    if obj is None or obj.i < verb.i or obj.pos not in _NOMINAL or obj.ent_type in ("DATE", "TIME"):
        return None
    return obj.i


# Verbs that invert with their speaker after a comma ("…, said the ministry").
_INVERTING = frozenset({"say", "add", "report", "write", "state", "announce", "note", "explain",
                        "declare", "insist", "warn", "claim", "tweet", "post"})  # fmt: skip


# Documents whose author is named by a participle: "a statement issued by the ministry".
_DOCUMENTS = frozenset({"statement", "communique", "communiqué", "report", "release", "announcement",
                        "declaration", "bulletin", "letter"})  # fmt: skip


def _author(tree: Tree, speaker: Token) -> int:
    """The author of a document that speaks ("a statement issued by the ministry said", "a
    statement from the ministry said"), else the speaker itself."""
    if speaker.lemma.lower() not in _DOCUMENTS:
        return speaker.i
    for acl in tree.children(speaker.i, "acl"):
        agent = tree.child(acl.i, "agent")
        pobj = tree.child(agent.i, "pobj") if agent is not None else None
        if pobj is not None:
            return pobj.i
    for prep in tree.children(speaker.i, "prep"):  # "a statement from the ministry"
        pobj = tree.child(prep.i, "pobj") if prep.lemma.lower() == "from" else None
        if pobj is not None:
            return pobj.i
    compounds = [c for c in tree.children(speaker.i, "compound") if c.pos in _NOMINAL]
    if compounds:  # "a defence ministry statement": the ministry
        return compounds[-1].i
    return speaker.i


def _according_to(tree: Tree, i: int) -> int | None:
    """The object of an "according to" attached to token i."""
    for c in tree.children(i):
        if c.lemma.lower() == "accord" or c.text.lower() == "according":
            # its "to", not another phrase the parse hung on it (", on Friday, according to")
            preps = [p for p in tree.children(c.i, "prep") if p.text.lower() == "to"]
            to = preps[0] if preps else (tree.tok(c.i + 1) if c.i + 1 < len(tree) else None)
            if to is not None and to.text.lower() == "to":
                pobj = tree.child(to.i, "pobj")
                if pobj is not None:
                    return _author(tree, pobj)
    return None


def _is_reporting(tree: Tree, tok: Token) -> bool:
    if tok.lemma.lower() in CALLING and tok.pos == "VERB":
        return called_false(tree, tok)  # "Beijing called reports that … groundless"
    if retracted(tree, tok):
        return True  # "Kyiv retracted a statement that …": still Kyiv's word, taken back
    return tok.lemma.lower() in ATTRIBUTING and (tok.pos in ("VERB", "AUX") or _misread_verb(tree, tok))


def _misread_verb(tree: Tree, tok: Token) -> bool:
    """A present-tense reporting verb the parse read as a plural noun with its subject as a
    compound: "Armenia worries that …", "Kyiv says that …" (root, with a "that" clause)."""
    if tok.dep != "ROOT" or tok.tag != "NNS" or tree.child(tok.i, "compound") is None:
        return False
    return any(tree.has_lemma(c.i, frozenset({"that"}), "mark") for c in tree.children(tok.i, "ccomp"))


def _holder(tree: Tree, adj: Token, node: Token) -> int | None:
    """The experiencer of a framing adjective over the trigger's clause: "Taiwan is concerned
    that China may …", "Kyiv is confident that …"."""
    if node.dep != "ccomp" or adj.dep != "acomp" or adj.lemma.lower() not in _FRAMING_ADJ:
        return None
    subj = tree.child(adj.head, "nsubj")
    return subj.i if subj is not None else None


# Subordinators of a clause that sets the time, cause or condition of another: a saying there is
# not that clause's source ("launched drills days after Lai said …"); "as X said" still is.
_CIRCUMSTANCE = frozenset({"if", "unless", "when", "whenever", "after", "before", "since", "until", "till",
                           "once", "because", "although", "though", "while", "whereas"})  # fmt: skip


# Light verbs (data/triggers.yaml) that assert the event of their object: "claimed the attack".
_CLAIMING = frozenset({"claim"})
# Participles that state what an act led to ("…, killing five", "…, injuring one sailor").
_RESULTS = words("kill injure wound damage destroy leave displace")


# Nouns of a stance and the light verbs that voice them: the subject of "voiced concern that …",
# "expressed fears that …", "raised the alarm over …" holds what the noun frames, as with "fears".
_STANCE_NOUNS = words("concern fear worry alarm doubt suspicion misgiving apprehension")
_VOICING = words("voice express raise sound air share reiterate register repeat")


def _voiced(tree: Tree, node: Token, head: Token) -> bool:
    """A stance noun as the object of a light verb that voices it ("raised concerns that …"), or
    the topic phrase of such a verb ("raised the alarm over the possibility that …")."""
    if head.pos != "VERB" or head.lemma.lower() not in _VOICING:
        return False
    if node.dep == "dobj":
        return node.lemma.lower() in _STANCE_NOUNS
    topic = node.dep == "prep" and node.lemma.lower() in _TOPIC_PREPS
    return topic and tree.has_lemma(head.i, _STANCE_NOUNS, "dobj") is not None


_TOPIC_PREPS = words("over about at regarding")


def _consequence(tree: Tree, node: Token, verb: Token) -> bool:
    """A result participle the parse hung on a saying after its content: "accused the coast
    guard of ramming a supply boat, injuring one sailor", "said missiles hit the city, killing
    five" — what the reported act led to, not the speaker's own act."""
    if node.tag != "VBG" or node.lemma.lower() not in _RESULTS or node.i < verb.i:
        return False
    told = [c for c in tree.children(verb.i, "ccomp") if c.i < node.i]
    told += [p for p in tree.children(verb.i, "prep") if p.i < node.i and tree.child(p.i, "pcomp")]
    return bool(told)


# Participles by which the outlet tells what a reported act or a saying brought about ("…,
# prompting Mali to sever ties", "…, leading to protests", "…, sparking clashes").
_CAUSATIVES = words("prompt force lead cause trigger spark provoke")


def _outlet_consequence(tree: Tree, trigger: int) -> bool:
    """An act inside a causative participle that follows a saying: "Ukraine's agency suggested it
    had provided the rebels with information, prompting Mali's junta to sever ties" — the
    severing is what the saying (or its claim) led to, told in the outlet's voice. A result
    participle of the content ("said Russia shelled the city, killing two") is no causative and
    stays the speaker's; a sentence-final saying after the participle still covers it."""
    for cause in tree.ancestors(trigger):
        if cause.dep != "advcl" or cause.tag != "VBG" or cause.lemma.lower() not in _CAUSATIVES:
            continue
        above = [a for a in tree.ancestors(cause.i) if a.i < cause.i and _is_reporting(tree, a)]
        if above:
            return True
    return False


def _contrast(tree: Tree, node: Token, head: Token) -> bool:
    """True for a contrast clause, which the outlet adds beside a saying ("…, while the EU called
    on …"). A "while" or "though" clause inside the reported clause and not set off by a comma
    tells the time or condition of what is said, and is said with it ("Hezbollah said it would not
    disarm while Israel continued its strikes": as long as)."""
    if not tree.contrast(node.i):
        return False
    if _is_reporting(tree, head) or node.i < head.i:
        return True  # the saying's own circumstance, or a clause that leads the sentence
    start = min(tree.subtree(node.i))
    return start > 0 and tree.tok(start - 1).text in (",", ";", "--", "—")


# Finite verb forms, which cannot coordinate with a gerund.
_FINITE_FORMS = frozenset({"VBD", "VBZ", "VBP"})


def gerund_conjunct_verb(tree: Tree, v: Token, head: Token) -> Token | None:
    """The verb a finite conjunct the parser hung on a prepositional gerund belongs to: "accused
    Addis Ababa of seeking to overthrow his government and appealed to the UN" — "appealed" cannot
    coordinate with "seeking", so it shares the subject of "accused", not the accused's. None for
    any other conjunct."""
    if v.dep != "conj" or v.tag not in _FINITE_FORMS or head.tag != "VBG" or head.dep != "pcomp":
        return None
    if tree.child(v.i, "nsubj", "nsubjpass") is not None:
        return None
    prep = tree.head(head.i)
    verb = tree.head(prep.i) if prep is not None else None
    return verb if verb is not None and verb.pos in ("VERB", "AUX") and verb.tag in _FINITE_FORMS else None


def find_source(tree: Tree, trigger: int) -> Source | None:
    """The asserter of the event triggered at token `trigger`, or None (the outlet's voice)."""
    node = tree.tok(trigger)
    if _outlet_consequence(tree, trigger):
        return None
    if node.lemma.lower() in _CLAIMING and node.pos == "VERB" and tree.child(node.i, "dobj") is not None:
        # "the coalition claimed the attack": the event of the claim's object is the claimant's
        speaker = _speaker_of_verb(tree, node)
        if speaker is not None:
            return Source(speaker, node.i)
    # "X said …, according to a statement": an "according to" the parser hung on the reported
    # clause names the medium of the saying above it, whose speaker is the claimant
    according = _according_to(tree, node.i)
    above: Token | None = None  # the verb a finite conjunct of a gerund belongs to
    for head in tree.ancestors(trigger):
        if above is not None:  # "accused X of seeking … and appealed to the UN": the accusation
            if head.i == above.i:  # is no saying of the appeal, its conjunct beside it
                node, above = head, None
            continue
        if node.dep == "relcl" and not _said_relative(tree, node):
            break  # the outlet's description of a noun ("…, the bloc, which they accuse of …")
        if _contrast(tree, node, head):
            break  # a contrast is the outlet's ("…, while the EU called on …")
        above = gerund_conjunct_verb(tree, node, head)
        if above is not None:
            continue
        if reduced_denial(tree, head):
            # the parser may hang the claim on ", a charge Z denied": Z's denial is no saying of
            # it; one above it is the claimant's ("Congo says Rwandan troops are fighting …, a
            # charge Rwanda denied": Congo's), none the outlet's ("X accused Y of …, a charge Z denied")
            node = head
            continue
        sayer = _noun_sayer(tree, head, node)
        if sayer is not None:  # "remarks by Prime Minister X that an attack could …"
            return Source(sayer, head.i)
        subject = (
            (node.dep == "nsubj" and own_subject(tree, head) == node)
            or node.dep == "csubj"
            or (node.dep == "nsubjpass" and tree.child(head.i, "agent") is None)
        )  # "the arrival … was confirmed by the ministry": the passive subject is the content
        holder = _holder(tree, head, node)
        if holder is not None:
            return Source(holder, head.i)
        if _voiced(tree, node, head):  # "Seoul raised concerns that …", "sounded the alarm over …"
            speaker = _speaker_of_verb(tree, head)
            if speaker is not None:
                return Source(speaker, head.i)
        # a conjunct is the speaker's own act beside the saying, not its content ("Aoun condemned
        # the strike and urged Washington to …"), and so is an adjunct that is itself the event
        # ("denied the reports, calling them baseless"); a conjunct opened by a condition is the
        # saying's ("said it was ready to resume talks, but only if Ukraine withdrew")
        own_act = (node.dep == "conj" and opening_condition(tree, node) is None) or (
            node.dep == "advcl" and node.i == trigger and not _consequence(tree, node, head)
        )
        content = not (node.dep == "dobj" and head.lemma.lower() in _CLAUSAL_ONLY) and not own_act
        if not subject and content and _is_reporting(tree, head):
            speaker = _speaker_of_verb(tree, head)
            if speaker is None and head.dep == "advcl" and head.tag == "VBG":  # ", accusing X of …":
                speaker = _speaker_of_verb(tree, tree.tok(head.head))  # the clause's subject says it
            if speaker is not None and speaker != trigger:
                return Source(speaker, head.i)
        if according is None:
            according = _according_to(tree, head.i)
        node = head
    if according is not None:
        return Source(according, None)
    # "…, the statement said": a reporting clause hanging off the root, not above the trigger.
    root = node
    for c in tree.children(root.i):
        said = _said_by_apposed(tree, c) if c.i > trigger else None
        if said is not None:  # "…, the EU naval mission Aspides said" (the saying a relative clause)
            return said
        saying = c.dep in ("parataxis", "ccomp", "advcl") or _final_conjunct(tree, c)
        clause = saying and not tree.is_under(trigger, c.i)
        if clause and any(o.lemma.lower() in CLAIM_WORDS for o in tree.children(c.i, "dobj")):
            continue  # "…, a charge Paris denies, and …": a denial aside, no speaker of the sentence
        if clause and _is_reporting(tree, c):
            if c.dep == "advcl" and tree.has_lemma(c.i, _CIRCUMSTANCE, "mark"):
                continue  # "days after Lai said …": a saying that dates or conditions the event
            speaker = _speaker_of_verb(tree, c)
            if speaker is not None:
                return Source(speaker, c.i)
    final = _final_relative(tree, trigger)
    if final is not None:
        return final
    for t in tree.tokens:  # a detached "according to X" (parse attached it elsewhere)
        if t.text.lower() == "according" and not tree.is_under(trigger, t.i):
            acc = _according_to(tree, t.head) if t.head != t.i else None
            if acc is not None:
                return Source(acc, None)
    return _hearsay(tree, trigger) or _unowned_report(tree, trigger)


def _unowned_report(tree: Tree, trigger: int) -> Source | None:
    """A claim noun whose "that" clause holds the event and that names no one ("there were reports
    that Wagner fighters had crossed into Belarus", "amid claims that …"): the outlet relays what
    an unnamed source says, it does not assert it. The noun stands for the speaker, as a hearsay
    adverb does; an owner the noun names speaks ("the report by Ukraine's military that …")."""
    node = tree.tok(trigger)
    for head in tree.ancestors(trigger):
        if node.dep == "parataxis" or (node.dep == "relcl" and not _said_relative(tree, node)):
            return None  # a relative clause describes its noun; a parenthesis is a saying of its own
        owner = _claim_owner(tree, head) if node.dep in ("acl", "ccomp", "relcl") else None
        if owner is not None and tree.has_lemma(node.i, _THAT, "mark") is not None:
            return Source(head.i, owner.i)  # "reports from Ethiopian officials that …" hung on "officials"
        if head.pos == "NOUN" and head.lemma.lower() in CLAIM_WORDS and node.dep in ("acl", "ccomp"):
            if tree.has_lemma(node.i, _THAT, "mark") is None:
                return None
            owner = tree.child(head.i, "poss") or next(
                (tree.child(p.i, "pobj") for p in tree.children(head.i, "prep") if p.lemma.lower() in _BY),
                None,
            )  # "Kyiv's reports that …", "reports by/from the military that …"
            return Source(owner.i, head.i) if owner is not None else Source(head.i, None, hearsay=True)
        node = head
    return None


_THAT = frozenset({"that"})
_BY = frozenset({"by", "from"})


def _claim_owner(tree: Tree, noun: Token) -> Token | None:
    """The claim noun whose "by"/"from" phrase `noun` is ("reports from Ethiopian officials"), when
    the parser hung the claim's "that" clause on its owner instead of on the claim."""
    prep = tree.head(noun.i) if noun.dep == "pobj" else None
    if prep is None or prep.lemma.lower() not in _BY:
        return None
    claim = tree.head(prep.i)
    return claim if claim is not None and claim.pos == "NOUN" and claim.lemma.lower() in CLAIM_WORDS else None


def _said_relative(tree: Tree, clause: Token) -> bool:
    """True for a "that" clause the parse hung on a noun as a relative clause ("told Putin in a
    phone call that Turkey would not join any sanctions": "join" a relative clause of "call", with
    "that" as its mark): it is what was told, and goes on up to the saying. A real relative clause
    is the outlet's description of its noun, even inside a report ("Rwanda denied that it backs
    the rebels, who seized Goma in January": the seizure is no claim of Rwanda's; "the troops that
    arrived on Friday")."""
    return any(c.dep == "mark" and c.lemma.lower() == "that" for c in tree.children(clause.i))


def _final_conjunct(tree: Tree, verb: Token) -> bool:
    """A sentence-final reporting clause the parse made the last conjunct of the sentence
    ("Overnight, Russia fired 40 drones at Odesa, and the city lost power, Ukraine's air force
    said": "said" a conjunct of "fired", the second clause its content): a reporting conjunct
    with no content to its right, whose subject opens right after a comma, tells every clause
    before it. A reporting conjunct with content of its own ("…, and Kyiv said it would respond")
    is a new main clause."""
    if verb.dep != "conj" or not _is_reporting(tree, verb) or not _reports_before(tree, verb):
        return False
    subj = own_subject(tree, verb)
    if subj is None or subj.i > verb.i:
        return False
    start = min(tree.subtree(subj.i))
    return start > 0 and tree.tok(start - 1).text == ","


# Verbs by which a party denies a claim another made ("rejected Kosovo's accusation that …").
_DISPUTING = REDUCED_DENIALS | frozenset(DISPUTE_VERBS)


def _noun_sayer(tree: Tree, noun: Token, clause: Token) -> int | None:
    """The speaker of a noun of saying whose "that" clause holds the event: its "by" phrase or its
    possessive ("remarks by Foreign Minister X that a blockade could …", "Lai's comments that
    …"): what the clause says is that speaker's, not the outlet's. None when the noun names no one,
    and for a claim another party denies ("Serbia rejected Kosovo's accusation that …"): the
    denied act is the denier's word, the claim kept beside it (`denials.claim_of`)."""
    if noun.pos != "NOUN" or noun.lemma.lower() not in _SAYING_NOUNS or clause.dep not in ("acl", "ccomp"):
        return None
    if noun.dep == "dobj" and tree.tok(noun.head).lemma.lower() in _DISPUTING:
        return None
    if not tree.has_lemma(clause.i, frozenset({"that"}), "mark"):
        return None
    poss = tree.child(noun.i, "poss")
    if poss is not None:
        return poss.i
    for prep in tree.children(noun.i, "prep"):
        pobj = tree.child(prep.i, "pobj") if prep.lemma.lower() == "by" else None
        if pobj is not None:
            return pobj.i
    return None


def _final_relative(tree: Tree, trigger: int) -> Source | None:
    """A sentence-final reporting clause the parse made a relative clause of the noun before it
    ("Azerbaijan has not released the prisoners it holds in Baku, Armenia's ombudsman said":
    "said" a relative clause of "prisoners"): a reporting verb that ends the sentence, takes no
    content of its own, has no relative word, and whose subject opens right after a comma. A
    real relative clause of a reported noun ("the prisoners that the ombudsman said were held")
    has a relative word or its content after the verb."""
    last = max((t.i for t in tree.tokens if t.dep != "punct"), default=-1)
    verb = tree.tok(last) if last > trigger else None
    if (
        verb is None
        or verb.dep != "relcl"
        or not _is_reporting(tree, verb)
        or not _reports_before(tree, verb)
    ):
        return None
    if tree.is_under(trigger, verb.i) or any(c.tag in ("WDT", "WP", "WP$") for c in tree.children(verb.i)):
        return None
    subj = own_subject(tree, verb)
    if subj is None or subj.i > verb.i:
        return None
    start = min(tree.subtree(subj.i))
    if start == 0 or tree.tok(start - 1).text != ",":
        return None
    speaker = _speaker_of_verb(tree, verb)
    return Source(speaker, verb.i) if speaker is not None else None


def _said_by_apposed(tree: Tree, noun: Token) -> Source | None:
    """A sentence-final saying the parse made a relative clause of its speaker's organisation noun,
    with the apposed name as its subject ("…, the EU naval mission/npadvmod Aspides/nsubj
    said/relcl")."""
    if noun.pos != "NOUN":
        return None
    for verb in tree.children(noun.i, "relcl"):
        said = _is_reporting(tree, verb) and _reports_before(tree, verb)
        if said and _speaker_of_verb(tree, verb) == noun.i:
            return Source(noun.i, verb.i)
    return None


def _hearsay(tree: Tree, trigger: int) -> Source | None:
    """A hearsay adverb on the trigger's clause ("reportedly killed", "allegedly executed"): the
    outlet relays an unnamed source's claim, it does not assert the event. The adverb itself
    stands for the speaker (see `code._attribution`)."""
    for node in (tree.tok(trigger), *tree.ancestors(trigger)):
        adverb = tree.has_lemma(node.i, HEARSAY, "advmod")
        if adverb is not None:
            return Source(adverb.i, None, hearsay=True)
        if node.dep in ("relcl", "ccomp", "parataxis") or (node.dep == "advcl" and node.i != trigger):
            return None  # the adverb of another clause says nothing of this one
    return None
