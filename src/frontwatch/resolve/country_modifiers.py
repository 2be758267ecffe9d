"""Countries named as modifiers of a state's forces, envoys and nationals abroad: whose they are,
not where the story is.

A country's name before a noun for its armed forces, their weapons and strikes, or its diplomats,
as the noun's possessor ("China's ambassador", "China's coast guard") or as an attributive noun
("U.S. soldiers", "U.S. forces", "U.S. B-1 bombers", "the U.S. charge d'affaires"), does the work
of its demonym adjective ("the Chinese ambassador", "American soldiers"): it says whose they are.
A state's soldiers, warships and envoys act abroad as often as at home (as its bases do:
`location_words.FOREIGN_POST_NOUNS`), so such a name says nothing of where the story is, and
`place_context` counts it, like a demonym, only as an echo of a dateline's country when it
weighs the article's dominant place (`event_location` already gives it no locative role: "a U.S.
airstrike" is not in the United States). A country owning its police, courts, ministries or
towns still places the story: "Benin police arrested …", "Benin's public prosecutor said" tell
of Benin.
"""

from __future__ import annotations

from collections.abc import Sequence

from frontwatch.nlp import Sentence, Token
from frontwatch.resolve.location_words import MISSION_NOUNS
from frontwatch.resolve.place_containment import mention_head
from frontwatch.resolve.toponyms import Mention
from frontwatch.syntax import words

# A state's armed forces, their weapons and strikes, and its envoys: they act abroad as often as
# at home.
ABROAD_NOUNS = MISSION_NOUNS | words(
    """
    soldier soldiers troop troops force forces military navy marine marines sailor sailors guard
    guards commando commandos bomber bombers jet jets warplane warplanes aircraft drone drones
    warship warships ship ships vessel vessels submarine submarines fleet carrier destroyer frigate
    missile missiles strike strikes airstrike airstrikes raid raids ambassador ambassadors envoy
    envoys diplomat diplomats charge delegation
    """
)
# A country's nationals named by what brought them abroad ("a New Zealand pilot", "a French
# journalist", "British hostages"): whose they are, as for its forces; its civilians, residents
# and workers at home are not among them.
NATIONAL_NOUNS = words(
    """
    pilot pilots journalist journalists reporter reporters correspondent correspondents hostage
    hostages captive captives tourist tourists missionary missionaries national nationals
    """
)

_MODIFIER_DEPS = frozenset({"poss", "compound", "nmod", "amod"})


def country_modifier(sentence: Sentence, m: Mention) -> bool:
    """Is `m` a country's name modifying a noun for its forces or envoys ("China's ambassador",
    "U.S. forces"), so that it tells whose, like a demonym, and not where?"""
    if m.resolved is None or m.resolved.kind != "country":
        return False
    toks = sentence.tokens
    h = mention_head(sentence, m)
    t = toks[h]
    if t.dep not in _MODIFIER_DEPS or not m.end <= t.head < len(toks):
        return False  # a modifier stands before its noun, outside the name
    noun = _phrase_noun(toks, t.head)
    if noun.pos not in ("NOUN", "PROPN"):
        return False
    if noun.lemma.lower() in ABROAD_NOUNS or noun.text.lower() in ABROAD_NOUNS:
        return True
    return _national_up_to(toks, m.end, noun)


def names_national(toks: Sequence[Token], end: int) -> bool:
    """Does the country's name ending before token `end` tell whose a national abroad is ("a New
    Zealand pilot", "New Zealand pilot Phillip Mehrtens"), like a nationality? Its last word may
    be that noun, where a dictionary read the two as one name ("New Zealand journalist")."""
    last = toks[end - 1]
    if last.lemma.lower() in NATIONAL_NOUNS:
        return True
    if last.dep not in _MODIFIER_DEPS or not end <= last.head < len(toks):
        return False
    return _national_up_to(toks, end, _phrase_noun(toks, last.head))


def _national_up_to(toks: Sequence[Token], end: int, noun: Token) -> bool:
    """A national noun among the words from `end` to the phrase's noun: a national is often
    titled by the role before the name ("New Zealand pilot Phillip Mehrtens")."""
    return any(toks[k].lemma.lower() in NATIONAL_NOUNS for k in range(end, noun.i + 1))


def _phrase_noun(toks: Sequence[Token], k: int) -> Token:
    """The noun heading the phrase a modifier stands in: through the compounds after it ("U.S.
    B-1 bombers": bombers; "Iran's foreign ministry": ministry)."""
    seen = 0
    while toks[k].dep == "compound" and toks[k].head > k and seen < 4:
        k = toks[k].head
        seen += 1
    return toks[k]


def scene_places(usable: Sequence[Mention], texts: dict[int, Sentence]) -> list[Mention]:
    """The places that say where a story is, among its usable mentions: without the countries
    named only as modifiers of their forces or envoys, unless the story names nothing else ("U.S.
    forces shot down three drones": then the United States is all there is to go by)."""
    kept = [m for m in usable if not country_modifier(texts[m.sentence_index], m)]
    return kept or list(usable)
