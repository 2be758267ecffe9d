"""What a place name's role in its sentence says of where a story is, beyond counting it.

`dominant_place` counts the places an article names to find where its story is. Some names say
who or what, not where:
- a party: a country named as the subject of a verb ("Turkey said …", "Turkey rejected …") is an
  actor, like a capital standing for its government; a report filed from a dateline is the
  dateline's story however often a foreign party speaks in it (`party_subject`);
- a national abroad: a country's name on a person ("a New Zealand pilot") says whose the person
  is and nothing of where (`country_modifiers.names_national`);
- a topic: the place a plan, talks or a settlement are "on", "for", "over" or "about" ("a
  settlement for Bosnia", "a proposal on Sarajevo") is what they concern (`topic_object`).
A dateline naming its town with its state or country ("DAYTON, Ohio (Reuters) -", "GOMA, Zaire,
Nov 3 -") is a place the reporter went to, where wire style names a bureau city alone: such a
story is the dateline's unless the text places its events in another country (`explicit_scene`).
"""

from __future__ import annotations

from frontwatch.nlp import Sentence, Token
from frontwatch.resolve.country_modifiers import NATIONAL_NOUNS, names_national
from frontwatch.resolve.name_bounds import in_place_phrase
from frontwatch.resolve.place_containment import mention_head
from frontwatch.resolve.toponyms import Mention
from frontwatch.syntax import words

# Nouns of what is negotiated, decided or said about a place: a place they are "on" or "for" is
# their topic ("talks on Cyprus", "a peace plan for Bosnia"), not where they happen.
TOPIC_NOUNS = words(
    """
    plan plans proposal proposals settlement deal deals talk talks negotiation negotiations
    agreement accord accords treaty resolution resolutions solution position policy stance
    conference summit report reports statement debate vote referendum dispute issue question
    future status map maps peace initiative framework roadmap envoy mediation strategy partition
    """
)
# The prepositions that name a topic after such a noun.
_TOPIC_PREPS = frozenset({"on", "for", "over", "about", "regarding", "concerning"})
# The nouns whose "of" names their topic too ("a map of Bosnia", "the future of Cyprus"; not "the
# summit of Mount Kenya").
_OF_TOPIC_NOUNS = words("map maps future status question issue partition")
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})


def party_subject(sentence: Sentence, m: Mention) -> bool:
    """Is `m` a country named as the subject of a verb ("Turkey said", "Turkey and Greece
    rejected the plan"): an actor, who acts wherever its government sits?"""
    if m.resolved is None or m.resolved.kind != "country":
        return False
    toks = sentence.tokens
    t = toks[mention_head(sentence, m)]
    for _ in range(3):  # "Greece and Turkey said": the second conjunct through the first
        if t.dep != "conj" or t.head == t.i:
            break
        t = toks[t.head]
    return t.dep in _SUBJECT_DEPS and toks[t.head].pos in ("VERB", "AUX")


def national_abroad(sentence: Sentence, m: Mention) -> bool:
    """Is `m` a country named on a person it sends abroad ("a New Zealand pilot", "New Zealand
    pilot Phillip Mehrtens"): whose the person is, no place at all? The national noun is a
    common noun in lower case: "the Saint Lucia National Trust" names a body at home."""
    if m.resolved is None or m.resolved.kind != "country" or not names_national(sentence.tokens, m.end):
        return False
    toks = sentence.tokens
    k = m.end - 1
    for _ in range(6):  # up the compounds to the phrase's noun, past a title's name
        if any(_common_national(toks[j]) for j in range(m.end - 1, k + 1)):
            return True
        if toks[k].dep not in ("compound", "amod", "nmod", "poss") or not k < toks[k].head < len(toks):
            return False
        k = toks[k].head
    return False


def _common_national(tok: Token) -> bool:
    """A national noun written as a common noun ("pilot", "journalists"), not a name's word."""
    return tok.text.islower() and tok.lemma.lower() in NATIONAL_NOUNS


def topic_object(sentence: Sentence, m: Mention) -> bool:
    """Is `m` what a plan, talks or a settlement concern ("a settlement for Bosnia", "talks on
    Cyprus", "a proposal on Sarajevo"), not where anything happens?"""
    toks = sentence.tokens
    t = toks[mention_head(sentence, m)]
    if t.dep != "pobj" or t.head == t.i:
        return False
    prep = toks[t.head]
    word = prep.text.lower()
    if (word not in _TOPIC_PREPS and word != "of") or prep.head == prep.i:
        return False
    noun = toks[prep.head]
    nouns = _OF_TOPIC_NOUNS if word == "of" else TOPIC_NOUNS
    return noun.pos in ("NOUN", "PROPN") and noun.lemma.lower() in nouns


def explicit_scene(sentence: Sentence, m: Mention) -> bool:
    """Does `m` place events where it names: a place after a locative preposition ("in Bosnia",
    "near Sarajevo"), or a place below a country that is no topic (a town attacked, a province
    visited)? A country named alone is a party or an owner as often as a scene."""
    if m.resolved is None or topic_object(sentence, m) or national_abroad(sentence, m):
        return False
    if in_place_phrase(sentence.tokens, m.start, m.end):
        return True
    return m.resolved.kind != "country"
