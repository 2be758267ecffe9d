"""Who acts in an event told as a noun whose "by" phrase the parser hangs somewhere else.

Wire copy names the party of an event noun in a "by" phrase ("a protest by Palestinian students",
"the seizure of a tanker by Iranian forces", "shelling by Armenian forces killed three
civilians"). The small parser often attaches that phrase below the noun's "of" object, under a
gerund it reads as a clause, or leaves the noun as the passive subject of a light verb ("a
demonstration by students was held"), so the roles of the noun or of the clause built on it lose
their agent. These readings find the phrase again; they look only at the noun's own children.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .lexicon import Lexicon, Trigger
from .syntax import words

if TYPE_CHECKING:
    from .nlp import Token
    from .participants import Participants, Ref
    from .syntax import Tree

__all__ = ["attacker_under", "clause_agent", "conveyed_by", "noun_agent"]


def _by_refs(tree: Tree, parts: Participants, head: int) -> list[Ref]:
    """The parties of a "by" phrase (prep or agent) right under `head`."""
    for c in tree.children(head, "prep", "agent"):
        if c.lemma.lower() == "by" and (pobj := tree.child(c.i, "pobj")) is not None:
            return parts.entities(pobj.i)
    return []


def noun_agent(tree: Tree, parts: Participants, noun: int) -> list[Ref]:
    """The "by" phrase of an event noun: its own ("a protest by students was held"), the one the
    parser hangs on its "of" object ("the seizure of a tanker by Iranian forces"), or that of
    the gerund it is read to modify ("artillery shelling by Russian troops")."""
    found = _by_refs(tree, parts, noun)
    for c in tree.children(noun, "prep", "acl"):
        if found:
            break
        if c.dep == "prep" and c.lemma.lower() == "of" and (pobj := tree.child(c.i, "pobj")) is not None:
            found = _by_refs(tree, parts, pobj.i)
        elif c.dep == "acl" and c.tag == "VBG":
            found = _by_refs(tree, parts, c.i)
    return found


# Verbs that carry an act told as a noun to whom it is made ("a note of protest was handed to the
# envoy by the Foreign Office", "condemnation was voiced by Tokyo", "a demand was presented to
# Moscow"): their agent made the act. Not verbs acting on another's act ("a plea was turned down
# by the EC", "the call was welcomed by Seoul", "an appeal was relayed by the envoy").
_CONVEYING = words("""hand deliver present send submit lodge register file voice express offer level
    convey address direct table""")


def conveyed_by(tree: Tree, parts: Participants, noun: Token) -> tuple[list[Ref], list[Ref]]:
    """(actors, recipients) of an event noun that is the passive subject of a verb conveying it:
    the verb's agent, and whom its "to" or "with" phrase names. The parser may hang the agent
    under that phrase ("was delivered to the Japanese embassy by South Korea's ministry")."""
    verb = tree.head(noun.i)
    if noun.dep != "nsubjpass" or verb is None or verb.lemma.lower() not in _CONVEYING:
        return [], []
    addressees = [o for p in tree.children(verb.i, "prep") if p.lemma.lower() in ("to", "with")
                  for o in tree.children(p.i, "pobj")]  # fmt: skip
    actors = _by_refs(tree, parts, verb.i) or next(
        (found for o in addressees if (found := _by_refs(tree, parts, o.i))), []
    )
    if not actors:
        return [], []
    return actors, [r for o in addressees for r in parts.entities(o.i)]


def _eventive(tok: Token) -> bool:
    """Whether the trigger lexicon reads the word as an event ("shelling", "protest"), not as a
    work or thing whose "by" phrase names its maker ("a book by a former general")."""
    lexicon = Lexicon.load()
    lemma = tok.lemma.lower()
    return lemma in (lexicon.verbs if tok.pos == "VERB" else lexicon.nouns)


def _realised(tree: Tree, verb: Token, obj: int | None, entry: Trigger) -> bool:
    """Whether a passive light verb with no agent of its own realises its subject, an event noun
    of the verb's own type ("a demonstration by students was held"): the noun's party is the
    verb's. A verb acting on the act ("a march by coca growers was broken up") is not."""
    if obj is None or not entry.objects or tree.tok(obj).dep != "nsubjpass" or tree.child(verb.i, "agent"):
        return False
    nouns = Lexicon.load().nouns.get(tree.tok(obj).lemma.lower(), ())
    return any(e.event_type == entry.event_type for e in nouns)


def clause_agent(tree: Tree, parts: Participants, verb: Token, obj: int | None, entry: Trigger) -> list[Ref]:
    """The party of a clause built on an event noun that names it only in the noun's "by" phrase:
    a light verb's passive subject `obj` ("a demonstration by students was held"), an event
    subject ("artillery shelling by Russian troops destroyed a school"), or a sentence-opening
    gerund the parser reads as an adverbial clause ("Shelling by RSF fighters killed four")."""
    if obj is not None and _realised(tree, verb, obj, entry):
        return noun_agent(tree, parts, obj)
    subj = tree.child(verb.i, "nsubj")
    if subj is not None:
        events = [subj] + [c for c in tree.children(subj.i, "acl") if c.tag == "VBG"]
        return noun_agent(tree, parts, subj.i) if any(_eventive(t) for t in events) else []
    if tree.child(verb.i, "nsubjpass", "csubj") is not None:
        return []
    for c in tree.children(verb.i, "advcl"):
        if c.tag == "VBG" and c.i < verb.i and tree.subtree(c.i)[0] == 0 and _eventive(c):
            return _by_refs(tree, parts, c.i)
    return []


def attacker_under(tree: Tree, parts: Participants, verb: Token) -> list[Ref]:
    """Who shells in "positions came under heavy Russian shelling"? The parser makes the demonym
    the object of "under" and the gerund a clause of "came", whose subject is then read as the
    attacker; the demonym (or armed group) right before the gerund is who shells."""
    if verb.tag != "VBG" or verb.dep != "advcl" or verb.i == 0:
        return []
    prev = tree.tok(verb.i - 1)
    if prev.dep != "pobj" or tree.tok(prev.head).lemma.lower() != "under":
        return []
    m = parts.at.get(prev.i)
    named = m is not None and m.kind in ("demonym", "group") and m.end == verb.i
    return parts.entities(prev.i) if named else []
