"""Who asserts an event: the speaker of the reporting verb above its trigger.

Forms read off the parse (all sentence-internal; the speaker phrase is then resolved to an
Entity by participants.py, which also handles "the statement", "it", "the ministry" from
context):
- a reporting verb governing the trigger's clause or noun: "Kyiv says Russia …", "the
  ministry confirmed the arrival of …", "… was confirmed by the defence ministry";
- a sentence-final or parenthetical reporting clause: "…, the statement said" (parataxis);
- "according to X" anywhere on the trigger's head chain or at the root;
- accusations and framing verbs: "Kyiv accused Moscow of …" (the accused act is attributed to
  Kyiv; the ACCUSE event itself is the outlet's), "Ukraine fears …" (the experiencer).

None means the outlet states the event in its own voice.
"""

from __future__ import annotations

from dataclasses import dataclass

from .factuality import REPORTING, reduced_denial
from .nlp import Token
from .syntax import Tree

# Framing verbs whose subject owns the embedded event as well ("fears", "expects", "accused of").
ATTRIBUTING = REPORTING | frozenset({"expect", "concern", "believe", "suspect", "allege", "condemn",
                                     "criticize", "criticise", "denounce", "insist", "reject",
                                     "dismiss", "refute", "doubt", "rule"})  # fmt: skip


@dataclass(frozen=True)
class Source:
    """The speaker phrase's head token and the reporting word (None for "according to")."""

    speaker: int
    verb: int | None


def _speaker_of_verb(tree: Tree, verb: Token) -> int | None:
    """The subject of a reporting verb, its passive agent, or its controller."""
    subj = tree.child(verb.i, "nsubj")
    if subj is not None:
        return _author(tree, subj)
    agent = tree.child(verb.i, "agent")
    if agent is not None:
        pobj = tree.child(agent.i, "pobj")
        if pobj is not None:
            return pobj.i
    passive = tree.child(verb.i, "nsubjpass")
    if passive is not None:  # "Taiwan is concerned that …"
        return passive.i
    if verb.dep in ("conj", "xcomp"):
        head = tree.head(verb.i)
        if head is not None and head.pos in ("VERB", "AUX"):
            return _speaker_of_verb(tree, head)
    return None


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
    return speaker.i


def _according_to(tree: Tree, i: int) -> int | None:
    """The object of an "according to" attached to token i."""
    for c in tree.children(i):
        if c.lemma.lower() == "accord" or c.text.lower() == "according":
            to = tree.child(c.i, "prep") or (tree.tok(c.i + 1) if c.i + 1 < len(tree) else None)
            if to is not None and to.text.lower() == "to":
                pobj = tree.child(to.i, "pobj")
                if pobj is not None:
                    return pobj.i
    return None


def _is_reporting(tok: Token) -> bool:
    return tok.lemma.lower() in ATTRIBUTING and tok.pos in ("VERB", "AUX")


def find_source(tree: Tree, trigger: int) -> Source | None:
    """The asserter of the event triggered at token `trigger`, or None (the outlet's voice)."""
    node = tree.tok(trigger)
    acc = _according_to(tree, node.i)
    if acc is not None:
        return Source(acc, None)
    for head in tree.ancestors(trigger):
        if node.dep in ("relcl",) or reduced_denial(tree, head):
            break  # "X accused Y of …, a charge Z denied": the accusation is the outlet's
        subject = node.dep in ("nsubj", "csubj") or (
            node.dep == "nsubjpass" and tree.child(head.i, "agent") is None
        )  # "the arrival … was confirmed by the ministry": the passive subject is the content
        if not subject and _is_reporting(head):
            speaker = _speaker_of_verb(tree, head)
            if speaker is not None and speaker != trigger:
                return Source(speaker, head.i)
        acc = _according_to(tree, head.i)
        if acc is not None:
            return Source(acc, None)
        node = head
    # "…, the statement said": a reporting clause hanging off the root, not above the trigger.
    root = node
    for c in tree.children(root.i):
        if c.dep in ("parataxis", "ccomp", "advcl") and _is_reporting(c) and not tree.is_under(trigger, c.i):
            if c.dep == "advcl" and tree.has_lemma(c.i, frozenset({"if", "unless", "when"}), "mark"):
                continue
            speaker = _speaker_of_verb(tree, c)
            if speaker is not None:
                return Source(speaker, c.i)
    for t in tree.tokens:  # a detached "according to X" (parse attached it elsewhere)
        if t.text.lower() == "according" and not tree.is_under(trigger, t.i):
            acc = _according_to(tree, t.head) if t.head != t.i else None
            if acc is not None:
                return Source(acc, None)
    return None
