"""Who does what a party fears: no evidence of whose the fearer is.

"Officials fear Hungary could veto the package" and "Human rights groups fear that Myanmar's
army could shell more villages": the feared act's doer is the one the fearer is wary of, seldom
its own state, so a fearer the dictionary cannot place must not take that doer's country from the
sentence's scene. Places in the feared clause stay ("Officials fear the violence could spread to
Mizoram": India's officials), and so does a fearer's own phrase ("Officials in Kinshasa").
"""

from __future__ import annotations

from .nlp import Sentence
from .syntax import Tree, words

FEARING = words("fear worry warn")
_DOERS = frozenset({"nsubj", "nsubjpass", "agent"})


def feared_doers(tree: Tree, h: int) -> frozenset[int]:
    """The tokens of the doers of the clause that the subject at h fears, or none when h is no
    fearing verb's subject."""
    tok = tree.tok(h)
    verb = tree.head(h)
    if tok.dep != "nsubj" or verb is None or verb.lemma.lower() not in FEARING:
        return frozenset()
    clauses = list(tree.children(verb.i, "ccomp"))
    clauses += [c for v in clauses for c in tree.children(v.i, "conj")]
    return frozenset(
        k for v in clauses for c in tree.children(v.i) if c.dep in _DOERS for k in tree.subtree(c.i)
    )


def fears_the_place(sentence: Sentence, speaker: str, place: str) -> bool:
    """True when the speaker written `speaker` fears an act done by the party written `place`
    ("Officials fear Hungary could veto …"): a place named only as the feared doer is no place
    the fearer speaks from."""
    words_said = speaker.split()
    if not words_said or not place or not any(t.lemma.lower() in FEARING for t in sentence.tokens):
        return False
    tree = Tree(sentence)
    for tok in tree.tokens:
        if tok.text != words_said[-1]:
            continue
        doers = sorted(feared_doers(tree, tok.i))
        if place in " ".join(tree.tok(k).text for k in doers):
            return True
    return False
