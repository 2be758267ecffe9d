"""Repairs of the small parser's reading of a clause with no verb (nlp.py calls `verbal_root`
on every parsed sentence): a participle with an object of its own hung on the clause's noun
("The U.S.-led coalition bombed Iraqi positions"), and "reserves" before "every right" ("Russia
reserves every right to respond"); and of a weapon's launch read as the clause's verb ("Rockets
fired from Lebanon hit Metula": "fired" made the root, "hit" its adverbial); and of a weekday the
wire puts between a verb and its object read as the object's modifier ("The Kremlin welcomed on
Friday Washington's offer": "offer" made the object of "on"). Kept out of nlp.py, which is near
its size limit.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # annotations only: nlp.py imports this module
    from .nlp import Token


# Nouns the small model takes for a sentence's head where they are its verb ("Russia reserves
# every right to respond"): with a determiner and "right" after them they are "reserve the right".
_VERB_LIKE_NOUNS = frozenset({"reserves"})


def verbal_root(tokens: tuple[Token, ...]) -> tuple[Token, ...]:
    """Repair a clause the parser read as one noun phrase with no verb. A participle hung on the
    clause's noun that has a direct object of its own is the clause's verb ("The U.S.-led
    coalition bombed Iraqi positions": a passive participle takes no object), and "reserves"
    before "every right" or "the right" is the verb of reserving; the noun becomes the subject."""
    for root in tokens:
        if root.dep not in ("ROOT", "ccomp") or root.pos not in ("NOUN", "PROPN"):
            continue
        verb = _finite_participle(tokens, root) or _reserved_right(tokens, root)
        if verb is not None:
            return _promoted(tokens, root, verb)
    return _dated_object(_launch_demoted(tokens))


_WEEKDAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})
_DAY_PARTS = frozenset({"morning", "afternoon", "evening", "night", "overnight"})


def _dated_object(tokens: tuple[Token, ...]) -> tuple[Token, ...]:
    """ "Rangoon rejected on Thursday U.N. criticism of …": the parser makes the object the
    weekday's noun ("on [Thursday U.N. criticism]"). A verb's "on" whose object starts, after its
    weekday, with more words the weekday modifies is the date; that object is the verb's, when
    the verb has none ("on Friday night" is a date only)."""
    for on in tokens:
        k = on.i + 1
        if on.text.lower() != "on" or on.dep != "prep" or k >= len(tokens) - 1:
            continue
        day, verb = tokens[k], tokens[on.head]
        if day.text.lower() not in _WEEKDAYS or day.dep not in ("compound", "nmod", "npadvmod"):
            continue
        obj = next((t for t in tokens if t.head == on.i and t.dep == "pobj"), None)
        if obj is None or obj.i <= k or obj.pos not in ("NOUN", "PROPN") or obj.lemma.lower() in _DAY_PARTS:
            continue
        if verb.pos != "VERB" or any(t.head == verb.i and t.dep == "dobj" for t in tokens):
            continue
        out = list(tokens)
        out[k] = replace(day, dep="pobj", head=on.i)
        out[obj.i] = replace(obj, dep="dobj", head=verb.i)
        return tuple(out)
    return tokens


# Launching verbs, and the weapons they fire: "rockets fired from Gaza", "drones launched from
# Russia" (by lemma; "Rockets" opening a sentence keeps its plural as its lemma).
_LAUNCHING = frozenset({"fire", "launch"})
_FIRED = frozenset({"rocket", "missile", "drone", "shell", "mortar", "projectile", "bomb", "round"})


def _launch_demoted(tokens: tuple[Token, ...]) -> tuple[Token, ...]:
    """ "Rockets fired from Lebanon hit Metula": the parser takes the launch for the clause's verb
    and the hit for its adverbial or conjunct. A launch right after its weapon, with no object and
    its origin or launcher right after it, that has a later past verb with no subject of its own
    hung on it, is the weapon's participle: the later verb is the clause's, the weapon its
    subject (as "drones launched by Ukraine struck a refinery" is parsed)."""
    for launch in tokens:
        if launch.lemma.lower() not in _LAUNCHING or launch.tag not in ("VBD", "VBN") or launch.i < 1:
            continue
        weapon = tokens[launch.i - 1]
        if weapon.head != launch.i or weapon.dep != "nsubj" or weapon.lemma.lower().rstrip("s") not in _FIRED:
            continue
        kids = [t for t in tokens if t.head == launch.i and t.i != launch.i]
        if launch.i + 1 >= len(tokens) or tokens[launch.i + 1].lemma.lower() not in ("from", "by"):
            continue
        if any(t.dep in ("dobj", "cc", "auxpass", "aux") for t in kids):
            continue
        hit = next(
            (t for t in kids if t.dep in ("advcl", "conj", "dep") and t.tag == "VBD" and t.pos == "VERB"
             and not any(c.head == t.i and c.dep in ("nsubj", "nsubjpass", "mark") for c in tokens)),
            None,
        )  # fmt: skip
        if hit is not None:
            return _hit_promoted(tokens, launch, weapon, hit)
    return tokens


def _hit_promoted(tokens: tuple[Token, ...], launch: Token, weapon: Token, hit: Token) -> tuple[Token, ...]:
    """The tokens with `hit` in the launch's place, the weapon its subject, the launch the
    weapon's participle; what hung on the launch after the hit, or before the weapon, goes to
    the hit."""
    out = list(tokens)
    head = hit.i if launch.dep == "ROOT" else launch.head
    out[hit.i] = replace(hit, dep=launch.dep, head=head)
    out[launch.i] = replace(launch, tag="VBN", dep="acl", head=weapon.i)
    out[weapon.i] = replace(weapon, head=hit.i)
    for t in tokens:
        if t.head == launch.i and t.i not in (launch.i, weapon.i, hit.i) and (t.i > hit.i or t.i < weapon.i):
            out[t.i] = replace(t, head=hit.i)
    return tuple(out)


def _promoted(tokens: tuple[Token, ...], root: Token, verb: Token) -> tuple[Token, ...]:
    """The tokens with `verb` heading the noun's clause in its place, the noun its subject."""
    out = list(tokens)
    head = verb.i if root.dep == "ROOT" else root.head
    tag = "VBD" if verb.tag in ("VBN", "VBD") else "VBZ"
    out[verb.i] = replace(verb, pos="VERB", tag=tag, dep=root.dep, head=head)
    for t in tokens:
        if t.i == verb.i:
            continue
        if verb.i != root.i and t.i == root.i:
            out[t.i] = replace(t, dep="nsubj", head=verb.i)
        elif verb.i != root.i and t.head == root.i and t.i > verb.i:
            out[t.i] = replace(t, head=verb.i)  # the final stop and later phrases hang on the verb
        elif verb.i == root.i and t.head == root.i:  # "Russia reserves every right": subject, object
            dep = (
                "nsubj" if t.i < root.i and t.dep == "compound" else "dobj" if t.dep == "npadvmod" else t.dep
            )
            out[t.i] = replace(t, dep=dep)
    return tuple(out)


def _finite_participle(tokens: tuple[Token, ...], root: Token) -> Token | None:
    """A participle or past form hung on the root noun that has a direct object and no passive
    auxiliary: the verb of the sentence."""
    for t in tokens:
        if t.head != root.i or t.dep != "acl" or t.tag not in ("VBN", "VBD") or t.i < root.i:
            continue
        deps = {c.dep for c in tokens if c.head == t.i and c.i != t.i}
        if "dobj" in deps and "auxpass" not in deps and "aux" not in deps:
            return t
    return None


def _reserved_right(tokens: tuple[Token, ...], root: Token) -> Token | None:
    """ "reserves" read as the root noun before "every/the/all right": the verb itself."""
    k = root.i
    if root.text.lower() not in _VERB_LIKE_NOUNS or k + 2 >= len(tokens):
        return None
    return root if tokens[k + 2].lemma.lower() == "right" and tokens[k + 1].pos == "DET" else None
