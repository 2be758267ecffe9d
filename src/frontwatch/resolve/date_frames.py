"""Two frames that move how a date expression is read, used by `dates`: a noun phrase goes on
through its modifiers to its event noun ("over a crackdown on student-led protests last year":
last year is the crackdown's, `phrase_modifier`), and what a present fear or warning speaks of
with "could" is still to come ("fear that police could use live ammunition at Thursday's
march": the coming Thursday, `feared_prospect`)."""

from __future__ import annotations

from frontwatch.nlp import Sentence, Token

# Verbs of fearing, warning and hoping: what they take as a clause with "could" is still to come.
_PROSPECT_VERBS = frozenset({"fear", "worry", "warn", "hope", "predict", "anticipate", "expect"})


def feared_prospect(sentence: Sentence, v: int) -> bool:
    """A verb with "could" in the clause a present-tense verb of fearing, warning or hoping takes
    ("Rights groups fear that police could use live ammunition at Thursday's march", "warns that
    fighting could resume on Friday"): what is feared has not happened yet, so its time looks
    ahead. "could" alone is as often the past of "can" (`dates._verb_future`), and a past fear
    ("feared that …") may be of a day now gone."""
    toks = sentence.tokens
    verb = toks[v]
    if verb.dep != "ccomp" or not 0 <= verb.head < len(toks):
        return False
    head = toks[verb.head]
    could = any(t.head == v and t.dep == "aux" and t.text.lower() == "could" for t in toks)
    return could and head.lemma.lower() in _PROSPECT_VERBS and head.tag in ("VBP", "VBZ")


def phrase_modifier(tok: Token) -> bool:
    """A word inside a noun phrase that modifies its noun: a participle or the hyphen of a compound
    modifier ("a crackdown on student-led protests last year", "Iran-backed militias"). It opens
    no clause, so the phrase goes on through it to its event noun."""
    return tok.tag == "HYPH" or (tok.dep in ("amod", "compound") and tok.tag in ("VBN", "VBG"))
