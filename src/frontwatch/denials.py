"""Claims and their denials (code.py, step 4): DESIGN keeps a claim and its denial side by side,
each with its claimant.

- `denied_by`: a sentential relative clause that contradicts the event's clause ("Israel says
  Hamas fired rockets at Ashkelon, which Hamas denies");
- `denied_accusation`: a party's denial of "the accusation" made just before answers the act it
  was said to have done ("Belgrade denied the accusation");
- `answered_claim`: a denial without an actor takes the parties of the claim it answers.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from .claim_frames import called_claim
from .factuality import claim_subject
from .factuality_words import CALLING, CLAIM_NOUNS, FALSITY, REPORTING
from .models import Article, CodedEvent, Entity, Evidence, event_id
from .nlp import Token
from .participants import Participants, Ref
from .syntax import ACCUSING, Tree, words
from .triggers import Candidate

_CLAIM_REACH = 3  # sentences back that a denial may answer


def unknown(refs: Sequence[Ref] | Sequence[Entity]) -> bool:
    """True when no party in refs is known by country or sector."""
    ents = [r.entity if isinstance(r, Ref) else r for r in refs]
    return all(e.country is None and e.sector is None for e in ents)


def answered_claim(item: CodedEvent, earlier: list[CodedEvent]) -> CodedEvent:
    """A denial without an actor answers the claim just reported: "He accused Russia of using
    Belarusian airspace to launch drones at Ukraine. Belarus has denied that its airspace has
    been used for attacks on Ukraine" — the denied attacks are the accused Russian ones. One
    with no known party at all answers only a claim of its own sentence: "the Houthis said they
    fired missiles at a bulk carrier, but the U.S. military said the vessel was not hit"."""
    event = item.event
    if event.factuality != "negated" or event.actors:
        return item
    mine = {r.country for r in event.recipients if r.country}
    bare = unknown(event.recipients)
    for prior in reversed(earlier):
        if item.sentence_index - prior.sentence_index > (0 if bare else _CLAIM_REACH):
            break
        p = prior.event
        if bare and not _counter_claim(prior, item):
            continue
        theirs = {r.country for r in p.recipients if r.country}
        if p.event_type == event.event_type and p.actors and (not mine or mine & theirs):
            confidence = round(max(0.05, event.confidence - 0.15), 2)
            recipients = p.recipients if bare else event.recipients  # "the vessel": the claimed target
            answer = replace(event, actors=p.actors, recipients=recipients, confidence=confidence)
            return replace(item, event=answer)
    return item


# What a party denies when it denies "the accusation": a claim made about it just before.
_ACCUSATIONS = words("accusation allegation claim charge report")
# Verbs of contradicting a claim; a claim just made may also be dismissed ("dismissed the report").
_DISPUTING = words("deny reject dispute refute contest")
_DENYING = _DISPUTING | {"dismiss"}


def denied_accusation(
    tree: Tree, parts: Participants, article: Article, earlier: list[CodedEvent]
) -> CodedEvent | None:
    """A party's denial of "the accusation" (or "the claims") as the negated version of the act
    it was said to have done in the sentences just before: "Kurti said Serbian gunmen had attacked
    a police patrol. Belgrade denied the accusation." — besides the claim, a denied ASSAULT by
    Serbia, attributed to Serbia (DESIGN: a claim and its denial are both kept)."""
    for verb in tree.tokens:
        if verb.pos != "VERB" or tree.children(verb.i, "neg"):
            continue
        if verb.lemma.lower() in _DENYING:
            obj = tree.child(verb.i, "dobj")
        elif verb.lemma.lower() in CALLING:
            obj = called_claim(tree, verb)  # "Yerevan called the report disinformation"
        else:
            continue
        subj = tree.child(verb.i, "nsubj")
        if obj is None or subj is None or obj.lemma.lower() not in _ACCUSATIONS:
            continue
        if tree.children(obj.i, "prep", "acl", "relcl", "ccomp"):
            continue  # "denied reports that …", "rejected claims of torture": their content is given
        denier = next((r.entity for r in parts.entities(subj.i) if r.entity.country), None)
        if denier is None:
            continue
        return _answer(tree, verb, obj, denier, article, earlier)
    return None


def _answer(
    tree: Tree, verb: Token, obj: Token, denier: Entity, article: Article, earlier: list[CodedEvent]
) -> CodedEvent | None:
    """The denied copy of the latest act of the denier's another side claimed (or, for a claim or a
    report, the latest claimed act done to it), or None when the sentence already denies it in its
    own words ("no Serbian citizen had taken part in the attack")."""
    sentence = tree.sentence
    claimed = _claimed_acts(earlier, sentence.index, denier, verb.i)
    if claimed is None:
        return None
    mine = [c for c in claimed if any(a.country == denier.country for a in c.event.actors)]
    # "Israel said its troops had killed 20 Hamas fighters. Hamas denied the claim.": a claim or a
    # report (not a charge) about what was done to the denier is denied as well, when the denier
    # did no claimed act itself
    done_to = [c for c in claimed if any(r.country == denier.country for r in c.event.recipients)]
    found = mine or (done_to if obj.lemma.lower() in _REPORTED else [])
    if not found:
        return None
    p = found[0].event
    evidence = Evidence(sentence.text, sentence.index, sentence.start, sentence.end,
                        tree.text(verb.i, obj.i + 1))  # fmt: skip
    denied = replace(
        p, id=event_id(article.id, sentence.index, verb.idx, p.event_type), factuality="negated",
        attribution=denier, evidence=evidence, confidence=round(max(0.05, p.confidence - 0.15), 2),
    )  # fmt: skip
    return CodedEvent(denied, sentence.index, verb.i)


# Nouns of a claim that may be about what was done to the denier, not only what it did.
_REPORTED = words("claim report")


def _claimed_acts(
    earlier: list[CodedEvent], index: int, denier: Entity, verb: int
) -> list[CodedEvent] | None:
    """The actual acts another side claimed in the sentences just before sentence `index`, or in
    its words before the denying `verb` ("the government said al Shabaab attacked a base, but the
    group denied the claim"), latest first; None when the denier's own sentence already denies an
    act of its own in its own words ("no Serbian citizen had taken part in the attack")."""
    out: list[CodedEvent] = []
    for prior in reversed(earlier):
        p = prior.event
        if prior.sentence_index == index:
            if p.factuality == "negated" and any(a.country == denier.country for a in p.actors):
                return None
            if prior.trigger_token > verb:
                continue
        if index - prior.sentence_index > _CLAIM_REACH:
            break
        if p.event_type == "ACCUSE" or p.factuality != "actual" or p.attribution is None:
            continue
        if not _same_side(p.attribution, denier):  # not its own claim
            out.append(prior)
    return out


_NON_STATE = frozenset({"REB", "OPP"})


def _same_side(a: Entity, b: Entity) -> bool:
    """Same country and both of its state or both not ("Sudan's army" and the RSF are two sides)."""
    return a.country == b.country and (a.sector in _NON_STATE) == (b.sector in _NON_STATE)


def _counter_claim(claim: CodedEvent, denial: CodedEvent) -> bool:
    """True when `denial` contradicts `claim` from another party, later in the sentence: "the
    Houthis said they fired …, but the U.S. military said the vessel was not hit"."""
    said, denied = claim.event.attribution, denial.event.attribution
    if said is None or denied is None or claim.trigger_token >= denial.trigger_token:
        return False
    return (said.country or said.name) != (denied.country or denied.name)


# Verbs by which a party contradicts a reported act: "…, which Hamas denies".
_WHICH = frozenset({"which"})


def denial_of(
    tree: Tree, parts: Participants, cand: Candidate, item: CodedEvent, article: Article
) -> CodedEvent | None:
    """The other half of a claim and its denial that one sentence holds: the negated copy of an
    actual event its sentence says a party denies (`denied_by`), attributed to the denier, or the
    claim a denied event was named in (`claim_of`)."""
    event = item.event
    if event.factuality == "negated":
        return claim_of(tree, parts, cand, item, article)
    if event.factuality != "actual" or event.event_type == "ACCUSE":
        return None  # "accused Russia of shelling the plant, a charge Moscow denies": the shelling
    found = denied_by(tree, parts, cand)
    if found is None:
        return None
    verb, denier = found
    denied = replace(
        event, id=event_id(article.id, item.sentence_index, verb.idx, event.event_type), factuality="negated",
        attribution=denier, confidence=round(max(0.05, event.confidence - 0.1), 2),
    )  # fmt: skip
    return CodedEvent(denied, item.sentence_index, item.trigger_token)


def denied_by(tree: Tree, parts: Participants, cand: Candidate) -> tuple[Token, Entity] | None:
    """The denying verb and its subject when a sentential relative clause contradicts the event's
    clause: "Israel says Hamas fired rockets at Ashkelon, which Hamas denies", "…, a charge Rwanda
    has repeatedly denied" (DESIGN: a claim and its denial are both kept, each with its claimant).
    The parser hangs the clause on the last noun before the comma, or on the verb of saying or
    accusing whose content it denies ("accused Russia of shelling the plant, an accusation Moscow
    rejected": the shelling); a "which" that is a restrictive relative ("the report which Kyiv
    denies") has no comma before it."""
    said = next(
        (a.i for a in tree.ancestors(cand.anchor) if a.pos == "VERB" and a.lemma.lower() in REPORTING), None
    )
    scope = cand.anchor if said is None else said
    for k in tree.subtree(scope):
        verb = tree.tok(k)
        if not _relative(tree, verb) or not _denying(tree, verb) or not _set_off(tree, verb):
            continue
        if _clause_verb(tree, verb.i) not in (cand.anchor, scope, _told_by(tree, cand.anchor)):
            continue  # "accused Armenia of shelling its positions, which Yerevan denied": the shelling
        # the parser may set the denier beside the claim noun (", a charge Bogota called absurd")
        subj = tree.child(verb.i, "nsubj") or tree.child(verb.head, "appos")
        refs = parts.entities(subj.i if subj is not None else None)
        if refs:
            return verb, refs[0].entity
    return _denied_content(tree, parts, cand)


# How an act named by a noun is what its clause tells ("Pakistani airstrikes killed eight
# civilians", "agents had planned sabotage").
_TOLD_AS = frozenset({"nsubj", "nsubjpass", "dobj"})


def _told_by(tree: Tree, anchor: int) -> int | None:
    """The verb of the clause an act named by a noun is the subject or object of: a denial hung on
    that clause denies the act ("…, a charge Islamabad denied")."""
    tok = tree.tok(anchor)
    head = tree.head(anchor)
    if tok.pos != "NOUN" or tok.dep not in _TOLD_AS or head is None or head.pos != "VERB":
        return None
    return head.i


# How a claimant hangs on its claim noun ("an Eritrean claim", "a Hamas claim", "Kyiv's claim").
_CLAIMANT_LINKS = ("amod", "compound", "poss", "nmod")


def claim_of(
    tree: Tree, parts: Participants, cand: Candidate, item: CodedEvent, article: Article
) -> CodedEvent | None:
    """The claim a denied act was named in, kept beside its denial with its claimant (DESIGN): "Ethiopia
    rejected an Eritrean claim that Ethiopian troops had massed on the border" — the massing,
    actual by Eritrea's word. Only a claim noun whose modifier names another party ("a U.S.
    claim", "Hamas's accusation"): "reports that …" have no claimant to keep. Only an act with a
    known actor: the gold set holds no claim of a deed by no one beside its denial ("Islamabad
    disputed Indian claims that Pakistani jets had been shot down": the denial alone)."""
    event = item.event
    denier = event.attribution
    if not event.actors:
        return None
    clause = cand.anchor if tree.tok(cand.anchor).pos in ("VERB", "AUX") else _clause_verb(tree, cand.anchor)
    claim = tree.head(clause) if clause is not None and tree.tok(clause).dep == "acl" else None
    if denier is None or claim is None or claim.lemma.lower() not in _ACCUSATIONS:
        return None
    claimant = next(
        (r.entity for c in tree.children(claim.i, *_CLAIMANT_LINKS) for r in parts.entities(c.i)
         if r.entity.country and not _same_side(r.entity, denier)),
        None,
    )  # fmt: skip
    if claimant is None:
        return None
    claimed = replace(
        event, id=event_id(article.id, item.sentence_index, claim.idx, event.event_type), factuality="actual",
        attribution=claimant, confidence=round(max(0.05, event.confidence - 0.1), 2),
    )  # fmt: skip
    return CodedEvent(claimed, item.sentence_index, item.trigger_token)


def _relative(tree: Tree, verb: Token) -> bool:
    """A relative clause; the parser may label one with "that" as a noun's complement (", a claim
    that Moscow denies"), which, unlike a content clause, lacks the object its verb needs."""
    if verb.dep == "relcl":
        return True
    return verb.dep == "acl" and tree.child(verb.i, "dobj", "ccomp") is None


def _denying(tree: Tree, verb: Token) -> bool:
    """A verb that contradicts a claim: it denies it, or calls it false (", a charge Bogota called
    absurd")."""
    if tree.children(verb.i, "neg"):
        return False
    lemma = verb.lemma.lower()
    return lemma in _DENYING or (lemma in CALLING and tree.has_lemma(verb.i, FALSITY, "oprd") is not None)


def _denied_content(tree: Tree, parts: Participants, cand: Candidate) -> tuple[Token, Entity] | None:
    """The parse may instead make the claimed clause the complement of the denial, with the
    claim noun as its subject and the denier in apposition ("…, a charge Rwanda has denied")."""
    anchor = _accusation_of(tree, tree.tok(cand.anchor))
    verb = tree.head(anchor.i)
    if verb is None or anchor.dep != "ccomp" or not _denying(tree, verb):
        return None
    claim, subj = claim_subject(tree, verb), tree.child(verb.i, "nsubj")
    if (
        claim is None
        or subj is None
        or claim.i < anchor.i
        or not (_after_comma(tree, subj) or _after_comma(tree, claim))
    ):
        return None
    deniers = tree.children(claim.i, "appos") if claim.i == subj.i else [subj]  # glued: the subject
    refs = [r for c in deniers for r in parts.entities(c.i)]
    return (verb, refs[0].entity) if refs else None


def _accusation_of(tree: Tree, anchor: Token) -> Token:
    """The accusing verb whose charge an act is ("accused the UAE of supplying weapons …, a charge
    Abu Dhabi denies": what is denied is the supplying, the accusation having been made), or the
    act's own clause."""
    prep = tree.head(anchor.i) if anchor.dep == "pcomp" else None
    verb = tree.head(prep.i) if prep is not None and prep.dep == "prep" else None
    return verb if verb is not None and verb.lemma.lower() in ACCUSING else anchor


def _set_off(tree: Tree, verb: Token) -> bool:
    """True when a denying relative clause is set off by a comma and denies the clause before it:
    through "which" (", which Hamas denies"), or hung on a noun of claiming (", a charge Rwanda
    has repeatedly denied", ", an allegation Moscow rejects")."""
    which = tree.has_lemma(verb.i, _WHICH, "dobj")
    if which is not None:
        return which.i > 0 and tree.tok(which.i - 1).text == ","
    claim = tree.head(verb.i)
    return claim is not None and _claim_after_comma(tree, claim)


def _claim_after_comma(tree: Tree, claim: Token) -> bool:
    """A noun of claiming whose phrase follows a comma (", a charge …")."""
    return claim.lemma.lower() in CLAIM_NOUNS and _after_comma(tree, claim)


def _after_comma(tree: Tree, head: Token) -> bool:
    """A phrase that follows a comma."""
    start = min(tree.subtree(head.i))
    return start > 0 and tree.tok(start - 1).text == ","


def _clause_verb(tree: Tree, i: int) -> int | None:
    """The nearest verb above token i."""
    node = tree.head(i)
    while node is not None and node.pos not in ("VERB", "AUX"):
        node = tree.head(node.i)
    return node.i if node is not None else None
