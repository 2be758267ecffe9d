"""Small read-only helpers over one parsed `Sentence`: children lists, subtrees, head chains.

The coder, factuality and attribution all walk the dependency tree; `Tree` indexes it once per
sentence so that each walk is linear. It also mends parser habits of wire text for all of
them: a leading dateline read as the subject ("SEOUL, June 3 (Yonhap) -- North Korea fired …"),
a past-tense conjunct hung under a reported "would" ("said it would boycott … and called
for …"), an accused act hung on the accused ("accused the army of shelling …"), a perfect
participle read as an adjective ("denied its soldiers had targeted civilians") and a claim's
content read as a relative clause ("suggestions that Putin travelled to Minsk").
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import replace

from .nlp import Sentence, Token

# Dependency labels that open a new clause or a modifier the head's participants do not reach.
CLAUSAL = frozenset({"relcl", "acl", "advcl", "ccomp", "parataxis", "csubj", "xcomp", "pcomp"})
# Determiners of a noun that refers to something already known ("the strike", "this attack").
DEFINITE = frozenset({"the", "this", "that", "these", "those"})
THE = frozenset({"the"})
# Marks of a clause set against the clause it hangs on ("…, while the EU called on …"): neither
# its content nor its circumstance, so no frame, modal or speaker of that clause reaches it.
CONTRAST = frozenset({"while", "whereas", "although", "though"})


def words(text: str) -> frozenset[str]:
    """A frozenset of the white-space separated words of a literal (for word lists)."""
    return frozenset(text.split())


# A leading wire dateline ("SEOUL, June 3 (Yonhap) --", "KYIV (Reuters) -") ends with a dash
# within this many tokens.
_DATELINE_REACH = 16
DASHES = frozenset({"-", "--", "—", "–", "―"})
# Tokens a dateline holds before its dash: place names, a date, the agency in brackets.
_DATELINE_POS = frozenset({"PROPN", "NUM", "PUNCT", "NOUN", "ADP", "SYM", "X"})


def dateline_end(tokens: Sequence[Token]) -> int | None:
    """The index of the dash closing a leading wire dateline ("NIAMEY, June 9 (Reuters) -",
    "TAIPEI/BEIJING, June 5 (Reuters) -", "GOMA, Democratic Republic of Congo, June 1 (Reuters)
    -"), or None. It opens with a place in capitals; its dash stands apart ("UN-backed" is no
    dateline) and nothing before it is a verb."""
    start = 0
    while start < len(tokens) and not tokens[start].text.strip():
        start += 1  # a paragraph's first sentence starts with its white space ("\n\nMOSCOW, …")
    first = tokens[start].text if start < len(tokens) else ""
    letters = "".join(c for c in first if c not in "/-.'’")  # TAIPEI/BEIJING, N'DJAMENA
    if len(letters) < 2 or not letters.isalpha() or not first.isupper():
        return None
    for t in tokens[start + 1 : start + _DATELINE_REACH]:
        if t.text in DASHES and tokens[t.i - 1].whitespace and t.whitespace:
            # an agency in brackets or a date before the dash ("NATO - the alliance -" is none)
            dated = tokens[t.i - 1].text == ")" or any(k.pos == "NUM" for k in tokens[: t.i])
            return t.i if dated and t.i + 1 < len(tokens) else None
        if t.pos not in _DATELINE_POS:
            return None
    return None


def _without_dateline(tokens: Sequence[Token], end: int | None) -> tuple[Token, ...]:
    """The tokens with a leading dateline taken out of the clause the parser hung it on: its
    place is where the reporter filed from, never a subject ("SEOUL, June 3 (Yonhap) -- North
    Korea fired …" would read Seoul as the one firing). A phrase the parser hung on the dateline
    ("PORT SUDAN, June 7 (AFP) - Sudan's … Forces killed", the Forces as its apposition) takes
    the dateline's place. `end` is the dateline's closing dash (`dateline_end`)."""
    if end is None:
        return tuple(tokens)
    out = list(tokens)
    # a dateline word hung on a phrase that is itself hung on the dateline ("(Reuters)" on
    # "warplanes" in "BAGHDAD, Dec 17 (Reuters) - U.S. and British warplanes …") is no top
    hung = {t.i for t in tokens[end + 1 :] if t.head <= end and t.dep != "punct"}
    # nor is its dash, whatever word after it the parser hung the dash on ("- Ethiopian troops")
    tops = [t for t in tokens[: end + 1] if t.head > end and t.head not in hung and t.pos != "PUNCT"]
    if len(tops) == 1:  # the phrase hung on the dateline takes the dateline's role
        top = tops[0]
        for t in tokens[end + 1 :]:
            if t.head <= end and t.dep != "punct" and t.head != t.i and top.head != t.i:
                out[t.i] = replace(t, head=top.head, dep=top.dep)
    for top in tops:
        out[top.i] = replace(top, dep="dep")
    return tuple(out)


_SUBJECTS = frozenset({"nsubj", "nsubjpass", "expl"})
# Verbs of a speaker's own act of speech, which follow a reported clause as the speaker's
# next act rather than as more of what is reported.
_SPEECH_ACTS = words("accuse blame say call urge warn vow insist add")


def _lifted_conjuncts(tokens: tuple[Token, ...]) -> tuple[Token, ...]:
    """The tokens with a past-tense conjunct the parser hung on a modal or bare verb of a
    reported clause moved up to the verb of that clause's speaker: "The opposition said it would
    boycott the parliament and called for a new vote" — "called" cannot share "would", it is
    the opposition's own act beside the saying. Likewise a speech act after a perfect or a past
    tense ("denied that its fighters had entered … and accused …")."""
    out = list(tokens)
    for t in tokens:
        if t.dep != "conj" or t.tag != "VBD" or t.head == t.i:
            continue
        head = tokens[t.head]
        own_subject = any(k.head == t.i and k.dep in _SUBJECTS for k in tokens)
        purpose = _purpose(tokens, head) and not own_subject
        if purpose:  # "had pulled out to spare civilians and vowed to …": no past under "to"
            head = tokens[head.head]
        if head.dep not in ("ccomp", "xcomp") or head.head == head.i:
            if purpose:
                out[t.i] = replace(t, head=head.i)
            continue
        modal = any(k.head == head.i and k.dep == "aux" and k.tag == "MD" for k in tokens)
        # a speech act cannot share a perfect or a past of what is reported either ("denied that
        # its fighters had entered … and accused the army of …", "said the strikes killed two
        # people and vowed to retaliate"); other verbs may be a participle the tagger misread
        perfect = head.tag in ("VBN", "VBD") and t.lemma.lower() in _SPEECH_ACTS
        # a past clause with its own subject after ", and" cannot share "would" either: a new main
        # clause ("said the alliance would respond …, and the Kremlin accused the West …")
        new_clause = own_subject and modal and _after_comma_and(tokens, head, t)
        # a past tense cannot share a gerund complement either ("denied attacking the village and
        # withdrew its troops": the withdrawal is the army's own act, not what it denied)
        lift = (modal or perfect or head.tag in ("VB", "VBG")) and (not own_subject or new_clause)
        if lift and tokens[head.head].pos == "VERB":
            out[t.i] = replace(t, head=head.head)
        elif purpose:
            out[t.i] = replace(t, head=head.i)
    return tuple(out)


def _purpose(tokens: tuple[Token, ...], clause: Token) -> bool:
    """A "to" clause of purpose ("pulled out to spare civilians"), under a verb."""
    if clause.dep != "advcl" or clause.head == clause.i or tokens[clause.head].pos != "VERB":
        return False
    return any(k.head == clause.i and k.dep == "aux" and k.tag == "TO" for k in tokens)


def _after_comma_and(tokens: tuple[Token, ...], head: Token, conj: Token) -> bool:
    """True when the conjunct follows ", and" / ", but" (a comma then the coordinator)."""
    ccs = [k for k in tokens if k.head == head.i and k.dep == "cc" and head.i < k.i < conj.i]
    return bool(ccs) and ccs[-1].i > 0 and tokens[ccs[-1].i - 1].text == ","


# Verbs whose object, not subject, did what their "of"/"for" clause says ("accused X of moving").
ACCUSING = words("accuse blame charge suspect convict indict")
# Verbs of phase that pass their clause's commitment, condition or time on to their complement
# ("vowed to keep attacking", "would resume fighting if the talks failed").
PHASE = words("keep continue resume start begin go")


def _reattached_charges(tokens: Sequence[Token]) -> tuple[Token, ...]:
    """The tokens with an accused act's "of"/"for" gerund, which the parser hung on the accused
    ("accused the army of executing civilians", the army "of executing" as one noun phrase),
    moved up to the accusing verb: a party is never a noun of an act, and the act is what the
    accused is charged with ("accused X of V-ing" = X V-ed, by the accuser's word)."""
    out = list(tokens)
    gerund_heads: set[int] | None = None  # heads of a "-ing" pcomp, read at the first "of"/"for"
    for t in tokens:
        if t.dep != "prep" or t.lemma.lower() not in ("of", "for") or t.head == t.i:
            continue
        if gerund_heads is None:
            gerund_heads = {k.head for k in tokens if k.dep == "pcomp" and k.tag == "VBG"}
        if t.i not in gerund_heads:
            continue
        accused = tokens[t.head]
        while accused.dep == "conj" and accused.head != accused.i:  # "accused X and Y of"
            accused = tokens[accused.head]
        verb = tokens[accused.head]
        party = accused.dep == "dobj" and accused.pos in ("NOUN", "PROPN", "PRON")
        if party and verb.lemma.lower() in ACCUSING:
            out[t.i] = replace(t, head=verb.i)
    return tuple(out)


def _perfect_participles(tokens: tuple[Token, ...]) -> tuple[Token, ...]:
    """The tokens with a perfect participle the parser read as an adjective of the next noun
    restored as the verb of a reported clause: "denied that its soldiers had targeted civilians"
    comes as "had" with the subject, "targeted" an adjective of "civilians" and "civilians" the
    object of "denied". An adjective takes no perfect auxiliary, so the participle heads the
    clause (the complement of the verb that held the noun), the noun is its object, and the
    auxiliary's subject and mark move to it."""
    out = list(tokens)
    for t in tokens:
        if t.tag != "VBN" or t.dep != "amod" or not t.i < t.head < len(tokens):
            continue
        noun = tokens[t.head]
        aux = [k for k in tokens if k.head == t.i and k.dep == "aux" and k.i < t.i and k.lemma == "have"]
        if not aux or noun.dep != "dobj" or noun.head == noun.i:
            continue
        if tokens[noun.head].pos not in ("VERB", "AUX"):
            continue
        out[t.i] = replace(t, head=noun.head, dep="ccomp")
        out[noun.i] = replace(noun, head=t.i, dep="dobj")
        for k in tokens:
            if k.head == aux[0].i and k.dep in ("nsubj", "nsubjpass", "mark", "neg", "advmod"):
                out[k.i] = replace(k, head=t.i)
    return _stranded_subjects(tuple(out))


# Verbs of saying and denying whose reported clause `_perfect_heads` repairs ("denied that …").
_REPORTING = words("""say tell state claim deny insist allege report confirm acknowledge admit add maintain
    argue believe think announce assert declare note reiterate reject dispute""")


def _perfect_heads(tokens: tuple[Token, ...]) -> tuple[Token, ...]:
    """The tokens with a perfect tense in a reported clause the parser read as "had" (or "has",
    "have") and an adjective of the next noun, restored: "denied that its aircraft had targeted
    civilians" comes (when another sentence follows) as "had" the verb of the clause, "targeted"
    an adjective of "civilians" and "civilians" the object of "had"; or as "had" the auxiliary of
    the adjective and "that … shells" an object of "denied". Under a verb of saying or denying,
    "had" right before a participle is the perfect auxiliary (an adjective takes none): the
    participle heads the clause, the noun is its object, and what hung on "had" (subject, mark,
    negation, adverbs) moves to it. (A participle with "had" whose noun is the verb's object is
    `_perfect_participles`'.)"""
    out = list(tokens)
    for t in tokens:
        if t.tag not in ("VBN", "VBD") or t.dep != "amod" or not 0 < t.i < t.head < len(tokens):
            continue
        j = t.i - 1
        while j > 0 and tokens[j].tag == "RB":  # "had deliberately targeted", "had not"
            j -= 1
        noun, have = tokens[t.head], tokens[j]
        if have.lemma.lower() != "have":
            continue
        if have.dep == "ccomp" and noun.head == have.i and noun.dep == "dobj":  # "had" the verb
            verb: Token | None = tokens[have.head]
        elif have.dep == "aux" and have.head == t.i and noun.dep != "dobj":  # "had" the adjective's
            verb = _verb_above(tokens, noun)
        else:
            continue
        if verb is None or verb.lemma.lower() not in _REPORTING or not verb.i < have.i:
            continue
        out[t.i] = replace(t, head=verb.i, dep="ccomp", pos="VERB", tag="VBN")
        out[have.i] = replace(have, head=t.i, dep="aux", pos="AUX")
        out[noun.i] = replace(noun, head=t.i, dep="dobj")
        for k in tokens:
            if k.head == have.i and k.i not in (noun.i, t.i):
                out[k.i] = replace(k, head=t.i)
        that = tokens[verb.i + 1]
        if that.text.lower() == "that":  # "denied that …": the clause's mark, whatever the parse
            out[that.i] = replace(out[that.i], head=t.i, dep="mark")
    return tuple(out)


def _verb_above(tokens: tuple[Token, ...], tok: Token) -> Token | None:
    """The nearest verb above a token (a few arcs up), or None."""
    for _ in range(4):
        if tok.head == tok.i:
            return None
        tok = tokens[tok.head]
        if tok.pos in ("VERB", "AUX"):
            return tok
    return None


# Verbs that take a gerund as their object ("denied supplying weapons", "resumed shelling towns").
_GERUND_TAKING = words("""deny admit acknowledge avoid consider stop resume continue start begin halt suspend
    risk recall keep quit cease rule""")


def _gerund_objects(tokens: tuple[Token, ...]) -> tuple[Token, ...]:
    """The tokens with a gerund the parser read as an adjective of the next noun restored as the
    verb's complement when an adverb or particle parts it from a gerund-taking verb: "has
    repeatedly denied supplying weapons" comes as "supplying" an adjective of "weapons" and
    "weapons" the object of "denied" (without "repeatedly" the parse is right)."""
    out = list(tokens)
    for t in tokens:
        if t.tag != "VBG" or t.dep != "amod" or not t.i < t.head < len(tokens):
            continue
        noun = tokens[t.head]
        verb = tokens[noun.head]
        if noun.dep != "dobj" or verb.lemma.lower() not in _GERUND_TAKING or not verb.i < t.i:
            continue
        if any(k.tag not in ("RB", "RP") for k in tokens[verb.i + 1 : t.i]):
            continue
        out[t.i] = replace(t, head=verb.i, dep="xcomp")
        out[noun.i] = replace(noun, head=t.i)
        for k in tokens:
            if k.head == verb.i and k.dep == "prep" and k.i > noun.i:
                out[k.i] = replace(k, head=t.i)  # "supplying weapons to the RSF"
    return tuple(out)


def _split_conjuncts(tokens: tuple[Token, ...]) -> tuple[Token, ...]:
    """The tokens with a second clause the parser read as an adverbial clause with no subject,
    its subject taken for a conjunct of the first clause's last noun, restored as a clause
    conjoined to the first: "Russia struck Kyiv on Monday and Ukraine shelled Belgorod" comes as
    "Ukraine" a conjunct of "Monday" and "shelled" an adverbial clause (or a subjectless
    conjunct) of "struck"."""
    out = list(tokens)
    for t in tokens:
        if t.dep not in ("advcl", "conj") or t.tag not in ("VBD", "VBZ") or t.i == 0 or t.head == t.i:
            continue
        if any(k.head == t.i and k.dep in ("mark", "nsubj", "nsubjpass", "aux", "auxpass") for k in tokens):
            continue
        subj = tokens[t.i - 1]
        while subj.head > subj.i and subj.head < t.i:  # "the Ukrainian army shelled": up to "army"
            subj = tokens[subj.head]
        if subj.dep != "conj" or subj.pos not in ("PROPN", "NOUN") or subj.head == subj.i:
            continue
        ccs = [k for k in tokens if k.head == subj.head and k.dep == "cc" and k.i < subj.i]
        if not ccs or any(k.i < t.i and k.head == subj.i and k.dep in ("conj", "cc") for k in tokens):
            continue
        out[subj.i] = replace(subj, head=t.i, dep="nsubj")
        out[ccs[-1].i] = replace(ccs[-1], head=t.head)
        out[t.i] = replace(t, dep="conj")
    return tuple(out)


def _stranded_subjects(tokens: tuple[Token, ...]) -> tuple[Token, ...]:
    """The tokens with the subject of a reported clause that has an auxiliary but no subject
    restored from the object of the verb above, where the parser left it: "denied its soldiers
    had targeted civilians" reads "its soldiers" as what was denied."""
    out = list(tokens)
    for t in tokens:
        if t.dep != "ccomp" or t.head == t.i:
            continue
        if any(k.head == t.i and k.dep in ("nsubj", "nsubjpass") for k in tokens):
            continue
        aux = [k for k in tokens if k.head == t.i and k.dep in ("aux", "auxpass") and k.i < t.i]
        if not aux or aux[0].i == 0:
            continue
        before = tokens[aux[0].i - 1]
        while before.head != t.head and before.head < aux[0].i and before.head != before.i:
            before = tokens[before.head]  # up from the word before "had" to the phrase it ends
        if before.head == t.head and before.dep == "dobj" and before.i < aux[0].i:
            out[before.i] = replace(before, head=t.i, dep="nsubj")
    return tuple(out)


def _finite_modifiers(tokens: tuple[Token, ...]) -> tuple[Token, ...]:
    """The tokens with a past-tense verb the parser read as an adjective of the next noun restored
    as a verb conjoined to the clause before it: "suspended Guinea-Bissau and threatened
    sanctions" comes as "threatened" an adjective of "sanctions" and "sanctions" a conjunct of
    "suspended". A past tense (VBD) is finite and modifies no noun; a participle (VBN) after
    "and" that joins a verb, on a bare noun, is one too (with a determiner, "fled and the
    threatened areas", or on a noun's conjunct, "the villages and threatened areas", it stays an
    adjective). The verb takes the noun's place and the noun is its object."""
    out = list(tokens)
    for t in tokens:
        if t.tag not in ("VBD", "VBN") or t.dep != "amod" or not t.i < t.head < len(tokens):
            continue
        noun = tokens[t.head]
        if noun.dep != "conj" or noun.head == noun.i or tokens[noun.head].pos not in ("VERB", "AUX"):
            continue
        if t.tag == "VBN" and any(k.head == noun.i and k.dep in ("det", "poss") for k in tokens):
            continue
        if t.i == 0 or tokens[t.i - 1].dep != "cc":
            continue
        out[t.i] = replace(t, head=noun.head, dep="conj")
        out[noun.i] = replace(noun, head=t.i, dep="dobj")
        for k in tokens:
            if k.head == noun.i and k.i > noun.i and k.dep in ("prep", "advcl"):
                out[k.i] = replace(k, head=t.i)
    return tuple(out)


# Subordinators of a temporal or conditional clause ("once the SDF withdraws").
_CLAUSE_MARKS = words("once after when before until unless if as while whenever")


def _verbal_nouns(tokens: tuple[Token, ...]) -> tuple[Token, ...]:
    """The tokens with a third-person verb the parser read as a plural noun restored as the verb
    of its clause: "once the SDF withdraws" comes as "withdraws" a noun heading an adverbial
    clause, "SDF" its compound. A noun heads no adverbial clause, and a subordinator with a
    noun phrase after it opens one, so the "-s" word is the verb and the word before it its
    subject (the determiners and modifiers before that word go with it)."""
    out = list(tokens)
    for t in tokens:
        if t.dep != "advcl" or t.pos != "NOUN" or t.tag != "NNS" or t.i < 2 or not t.text.endswith("s"):
            continue
        kids = [k for k in tokens if k.head == t.i and k.i < t.i]
        subj = tokens[t.i - 1]
        marks = [k for k in tokens if k.i < t.i and k.text.lower() in _CLAUSE_MARKS]
        if subj.head != t.i or subj.dep != "compound" or subj.pos not in ("PROPN", "NOUN", "PRON"):
            continue
        if not marks or any(k.i < marks[-1].i for k in kids) or marks[-1].i >= subj.i:
            continue
        out[t.i] = replace(t, pos="VERB", tag="VBZ")
        out[subj.i] = replace(subj, dep="nsubj")
        for k in kids:
            if k.i < subj.i and k.dep in ("det", "amod", "compound", "poss", "nummod"):
                out[k.i] = replace(k, head=subj.i)
            elif k.dep in ("mark", "advmod") and k.text.lower() in _CLAUSE_MARKS:
                out[k.i] = replace(k, dep="mark")
        mark = marks[-1]
        if mark.head != t.i:
            out[mark.i] = replace(mark, head=t.i, dep="mark")
    return tuple(out)


# Verbs of saying the parser reads as a participle after a sentence-final sayer.
_TRAILING_SAYS = words("say report announce state add claim confirm")


def _trailing_sayings(tokens: tuple[Token, ...]) -> tuple[Token, ...]:
    """The tokens with a sentence-final saying the parser read as a reduced relative restored as
    the sentence's main verb: "Turkey plans to launch an offensive, Turkish newspapers reported on
    Monday" comes as "reported" a participle modifying "newspapers", itself hung on "plans". After
    a comma, a noun closing the sentence with a bare "reported"/"said" (no object, no clause of
    its own) is the sayer of what comes before: the saying becomes the root, the noun its subject
    and the old root its reported clause."""
    out = list(tokens)
    for v in tokens:
        if v.dep != "acl" or v.tag not in ("VBN", "VBD") or v.lemma.lower() not in _TRAILING_SAYS:
            continue
        noun = tokens[v.head]
        root = tokens[noun.head] if 0 <= noun.head < len(tokens) else noun
        if noun.pos not in ("NOUN", "PROPN") or root.dep != "ROOT" or not root.i < noun.i < v.i:
            continue
        first = min((k.i for k in tokens if k.head == noun.i and k.i < noun.i), default=noun.i)
        if first == 0 or tokens[first - 1].text != ",":
            continue
        if any(k.head == v.i and k.dep in ("dobj", "ccomp", "xcomp", "nsubj", "nsubjpass") for k in tokens):
            continue
        if any(k.i > v.i and k.pos != "PUNCT" and not _under(tokens, k.i, v.i) for k in tokens):
            continue
        out[v.i] = replace(v, head=v.i, dep="ROOT", tag="VBD")
        out[noun.i] = replace(noun, head=v.i, dep="nsubj")
        out[root.i] = replace(root, head=v.i, dep="ccomp")
        for k in tokens:  # the sentence's closing stop ends the saying
            if k.head == root.i and k.i > v.i and k.pos == "PUNCT":
                out[k.i] = replace(k, head=v.i)
    return tuple(out)


def _under(tokens: Sequence[Token], k: int, top: int) -> bool:
    """True when token k is `top` or below it (the walk stops at the root or after a cycle)."""
    for _ in range(len(tokens)):
        if k == top:
            return True
        if tokens[k].head == k or not 0 <= tokens[k].head < len(tokens):
            return False
        k = tokens[k].head
    return False


def _intending_nouns(tokens: tuple[Token, ...]) -> tuple[Token, ...]:
    """The tokens with a third-person verb of intending the parser read as a plural noun restored
    as the verb of its clause: "The Israeli military plans to expand the operation" comes as
    "plans" a noun with "military" its modifier. A noun takes no infinitive complement (xcomp;
    "the plans to expand" hangs it as acl), so the "-s" word is the verb and the word before it
    its subject (the determiners and modifiers before that word go with it)."""
    out = list(tokens)
    for t in tokens:
        if t.pos != "NOUN" or t.tag != "NNS" or t.i < 1 or not t.text.endswith("s"):
            continue
        kids = [k for k in tokens if k.head == t.i]
        if not any(k.dep == "xcomp" and k.tag == "VB" and k.i > t.i for k in kids):
            continue
        subj = tokens[t.i - 1]
        if (
            subj.head != t.i
            or subj.dep not in ("amod", "compound")
            or subj.pos not in ("PROPN", "NOUN", "ADJ")
        ):
            continue
        if any(k.dep == "nsubj" for k in kids):
            continue
        out[t.i] = replace(t, pos="VERB", tag="VBZ")
        if subj.pos == "ADJ":  # "military", "militant": the adjective reading of a noun
            subj = replace(subj, pos="NOUN", tag="NN")
        out[subj.i] = replace(subj, dep="nsubj")
        for k in kids:
            if k.i < subj.i and k.dep in ("det", "amod", "compound", "poss", "nummod"):
                out[k.i] = replace(k, head=subj.i)
    return tuple(out)


def _gerund_subjects(tokens: tuple[Token, ...]) -> tuple[Token, ...]:
    """The tokens with a gerund subject that has no subject, object or auxiliary of its own read as
    the verbal noun it is: "Fighting between the army and rebels killed 30" comes as a verb
    "Fighting" subject of "killed"; as a noun its "between" phrase names the parties, as with
    "heavy fighting" or "clashes"."""
    out = list(tokens)
    for t in tokens:
        if t.tag != "VBG" or t.dep not in ("nsubj", "nsubjpass"):
            continue
        kids = [k for k in tokens if k.head == t.i and k.i != t.i]
        if any(k.dep in ("nsubj", "dobj", "aux", "auxpass", "ccomp", "xcomp") for k in kids):
            continue
        if not any(k.dep == "prep" for k in kids):
            continue
        out[t.i] = replace(t, pos="NOUN", tag="NN", lemma=t.text.lower())
    return tuple(out)


# Nouns of a claim or a report, whose "that" clause states what is claimed ("reports that …").
CLAIM_WORDS = words("report claim allegation accusation rumour rumor speculation suggestion charge assertion")
# Verbs that take a claim or a report as their object, in a relative clause on a claim noun
# ("the claims that Kyiv made", "reports that we received").
_CLAIM_HANDLING = words("""make raise voice repeat publish release leak air spread circulate hear receive
    read see cite file lodge level put present submit issue send share deliver table compile produce
    prepare draft commission write broadcast carry quote echo deny reject dismiss dispute refute confirm
    verify investigate examine study review find obtain get accept welcome endorse sign""")


def _content_clauses(tokens: tuple[Token, ...]) -> tuple[Token, ...]:
    """The tokens with a claim noun's "that" clause the parser read as a relative clause, "that"
    its object, restored as the noun's content ("suggestions that Putin travelled to Minsk": only a
    verb that handles claims takes one as its object, "the claims that Kyiv made")."""
    out = list(tokens)
    for t in tokens:
        if t.dep != "relcl" or t.head == t.i or tokens[t.head].lemma.lower() not in CLAIM_WORDS:
            continue
        objects = [k for k in tokens if k.head == t.i and k.dep == "dobj"]
        if len(objects) != 1 or objects[0].text.lower() != "that" or t.lemma.lower() in _CLAIM_HANDLING:
            continue
        if objects[0].i + 1 >= t.i or not tokens[t.head].i < objects[0].i:
            continue
        out[t.i] = replace(t, dep="acl")
        out[objects[0].i] = replace(objects[0], dep="mark")
    return tuple(out)


def _claim_objects(tokens: tuple[Token, ...]) -> tuple[Token, ...]:
    """The tokens with a claim noun the parser read as a second subject of the verb after it
    restored as that verb's object: ", accusations both countries reject" (a clause has one
    subject; the claim noun is what its reduced relative clause rejects), as in ", a charge
    Benin denies"."""
    out = list(tokens)
    for t in tokens:
        if t.dep != "nsubj" or t.lemma.lower() not in CLAIM_WORDS or t.head <= t.i:
            continue
        others = [k for k in tokens if k.head == t.head and k.dep == "nsubj" and t.i < k.i < t.head]
        start = min([t.i] + [k.i for k in tokens if k.head == t.i and k.i < t.i])
        if others and start > 0 and tokens[start - 1].text == ",":
            out[t.i] = replace(t, dep="dobj", pos="NOUN")
    return tuple(out)


# The parse repairs, in the order they apply: each takes the tokens the one before returns.
_REPAIRS = (
    _trailing_sayings,
    _finite_modifiers,
    _verbal_nouns,
    _intending_nouns,
    _gerund_subjects,
    _gerund_objects,
    _split_conjuncts,
    _perfect_heads,
    _perfect_participles,
    _claim_objects,
    _content_clauses,
    _lifted_conjuncts,
)


class Tree:
    """A sentence with its children indexed; all token indices are sentence-relative."""

    def __init__(self, sentence: Sentence) -> None:
        self.sentence = sentence
        self.dateline = dateline_end(sentence.tokens)  # the dash closing a leading dateline, or None
        tokens = _reattached_charges(sentence.tokens)
        tokens = _without_dateline(tokens, self.dateline)
        for repair in _REPAIRS:
            tokens = repair(tokens)
        self.tokens = tokens
        self.kids: list[list[Token]] = [[] for _ in self.tokens]
        for t in self.tokens:
            if t.head != t.i and 0 <= t.head < len(self.tokens):
                self.kids[t.head].append(t)

    def __len__(self) -> int:
        return len(self.tokens)

    def tok(self, i: int) -> Token:
        return self.tokens[i]

    def children(self, i: int, *deps: str) -> list[Token]:
        """Children of token i, optionally only those with one of the given labels."""
        kids = self.kids[i]
        if not deps:
            return kids
        if not kids:
            return []  # most tokens are leaves: no comprehension to run
        return [c for c in kids if c.dep in deps]

    def child(self, i: int, *deps: str) -> Token | None:
        """The first child of token i (with one of the given labels, if any), or None."""
        for c in self.kids[i]:
            if not deps or c.dep in deps:
                return c
        return None

    def head(self, i: int) -> Token | None:
        """The head of token i, or None at the root."""
        t = self.tokens[i]
        return None if t.head == i or not 0 <= t.head < len(self.tokens) else self.tokens[t.head]

    def ancestors(self, i: int) -> Iterator[Token]:
        """Heads from token i up to the root (cycle-safe)."""
        seen = {i}
        h = self.head(i)
        while h is not None and h.i not in seen:
            seen.add(h.i)
            yield h
            h = self.head(h.i)

    def is_under(self, i: int, top: int) -> bool:
        return i == top or any(a.i == top for a in self.ancestors(i))

    def subtree(self, i: int, skip: Iterable[str] = ()) -> list[int]:
        """Token i and its descendants in order, not descending into children labelled `skip`."""
        stop = set(skip)
        out = [i]
        stack = [i]
        while stack:
            for c in self.kids[stack.pop()]:
                if c.dep in stop:
                    continue
                out.append(c.i)
                stack.append(c.i)
        return sorted(out)

    def conjuncts(self, i: int) -> list[int]:
        """Token i and the tokens conjoined with it ("the United States and Britain")."""
        out = [i]
        stack = [i]
        while stack:
            for c in self.kids[stack.pop()]:
                if c.dep == "conj" and c.i not in out:
                    out.append(c.i)
                    stack.append(c.i)
        return out

    def first_conjunct(self, i: int) -> Token | None:
        """The first of the conjuncts token i belongs to ("talks" in "talks and a truce"), or
        None when the chain breaks at the root (cycle-safe)."""
        node = self.tokens[i]
        seen = {i}
        while node.dep == "conj":
            head = self.head(node.i)
            if head is None or head.i in seen:
                return None
            seen.add(head.i)
            node = head
        return node

    def text(self, start: int, end: int) -> str:
        """Surface text of tokens [start, end)."""
        parts = [self.tokens[k].text + self.tokens[k].whitespace for k in range(start, end)]
        return "".join(parts).strip()

    def contrast(self, i: int) -> bool:
        """True for a contrast clause ("while the EU called on both sides to …"); a progressive
        "while" clause tells the time ("shelled the town while civilians were fleeing")."""
        node = self.tokens[i]
        mark = self.has_lemma(i, CONTRAST, "mark") if node.dep == "advcl" else None
        return mark is not None and not (mark.lemma.lower() == "while" and node.tag == "VBG")

    def definite(self, i: int, dets: frozenset[str] = DEFINITE) -> bool:
        """True for a noun that refers to something known: a definite determiner or a possessor
        ("the strike", "Tuesday's barrage", "Russia's invasion"), not "an attack" or "any attack"."""
        return self.has_lemma(i, dets, "det") is not None or self.child(i, "poss") is not None

    def has_lemma(self, i: int, lemmas: frozenset[str] | set[str], *deps: str) -> Token | None:
        """The first child of i with one of the lemmas (and one of the labels, if given)."""
        for c in self.kids[i]:
            if (not deps or c.dep in deps) and c.lemma.lower() in lemmas:
                return c
        return None
