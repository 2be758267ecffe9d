"""What "both sides", "the two countries" and a plural pronoun with a coordinated subject stand
for (`Participants` asks): the parties of a "between" phrase, else the last two sides the
article named (`discourse.two_sides`), never the side of whoever urges or meets them; the states
of a coordinated subject ("Niger, Mali and Burkina Faso announced their withdrawal")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .discourse import same_side, two_sides
from .models import Entity
from .syntax import Tree

if TYPE_CHECKING:
    from .participants import Participants


def opposing_sides(parts: Participants, h: int, states: bool) -> list[Entity]:
    """What "both sides"/"the two countries" (token h) stand for: the parties of a "between"
    phrase ("brokered a ceasefire between the junta and the alliance, urged the two sides"),
    else the last two sides named (`two_sides`) other than the urging subject's."""
    if h in parts.pairing:  # "Both countries agreed to talks between the two sides"
        return []
    parts.pairing.add(h)
    try:
        return _opposing_sides(parts, h, states)
    finally:
        parts.pairing.discard(h)


def _opposing_sides(parts: Participants, h: int, states: bool) -> list[Entity]:
    tree = parts.tree
    for tok in tree.sentence.tokens:
        obj = tree.child(tok.i, "pobj") if tok.text.lower() == "between" else None
        if obj is None or h in tree.conjuncts(obj.i):
            continue
        found = [r.entity for r in parts.entities(obj.i) if r.entity.country]
        if len(found) == 2 and not same_side(*found):
            return found
    pair = parts.discourse.last_pair  # "… hosted talks between X and Y. The two sides kept fighting."
    if pair and not (states and pair[0].country == pair[1].country):
        return list(pair)
    urgers = _urgers(parts, h)
    for other in tree.sentence.tokens:  # "Macron spoke to the leaders of both countries, and Russia
        if other.i != h and _paired(tree, other.i):  # called on both sides": Macron is no side
            urgers += [e for e in _urgers(parts, other.i) if e not in urgers]
    context = parts.context(h)
    # two states at odds are the likelier sides: a group of one of them named in passing ("accused
    # Kabul of sheltering Pakistani Taliban militants") is no side of the urged pair; two sides of
    # one state (an army and a rebel force) only when the story names no other state's party
    return two_sides(context, urgers, True) or two_sides(context, urgers, states)


def _urgers(parts: Participants, h: int) -> list[Entity]:
    """The parties of the subject of the nearest clause above the pair phrase at h (who urges,
    meets or speaks to the two sides); [] when the pair is that subject itself ("…, and the two
    countries are preparing drills") or owns it ("the two countries' foreign secretaries met")."""
    tree = parts.tree
    for verb in tree.ancestors(h):
        subj = tree.child(verb.i, "nsubj", "nsubjpass")
        if subj is None and verb.dep == "acl" and verb.head < verb.i:  # "The envoy/ROOT called/acl on"
            subj = tree.tok(verb.head)
        owner = tree.tok(h).dep == "poss" and tree.tok(h).head == getattr(subj, "i", None)
        if subj is not None and (subj.i == h or _paired(tree, subj.i) or owner):
            return []  # the sides act themselves
        if subj is not None:
            return [r.entity for r in parts.entities(subj.i) if r.entity.country]
    return []


# Nouns that "both" or "two" make a pair of sides ("both sides", "the two countries").
_PAIR_NOUNS = frozenset({"side", "country", "nation", "party", "state", "government", "neighbour", "neighbor",
                         "rival", "leader", "capital"})  # fmt: skip


def _paired(tree: Tree, h: int) -> bool:
    """True for a pair phrase at h ("both sides", "both countries", "the two governments")."""
    tok = tree.tok(h)
    if tok.tag not in ("NNS", "NNPS") or tok.lemma.lower() not in _PAIR_NOUNS:
        return False
    return any(c.lemma.lower() in ("both", "two") for c in tree.children(h))


def coordinated_subject(parts: Participants, h: int) -> list[Entity]:
    """The states of a coordinated subject earlier in the clause a plural pronoun is in
    ("Niger, Mali and Burkina Faso announced their withdrawal": all three), else []."""
    tree = parts.tree
    for verb in tree.ancestors(h):
        subj = tree.child(verb.i, "nsubj")
        if subj is None or subj.i > h or subj.i == h:
            continue
        named = numbered_parties(parts, subj.i)
        if named:  # "… after the three governments announced their withdrawal"
            return named
        single = len(tree.conjuncts(subj.i)) < 2
        if single and not (_adverbial_subject(tree, h, verb.i, subj.i) and not _acted_on(parts, verb.i)):
            return []
        found: list[Entity] = []
        for ref in parts.entities(subj.i):
            if ref.entity.country and all(f.country != ref.entity.country for f in found):
                found.append(ref.entity)
        return found if len(found) > 1 or (single and found) else []
    return []


# Numerals of a group of parties referred back to ("the three governments"; "two" is a pair of
# sides, `opposing_sides`).
_NUMBERS = {"three": 3, "four": 4, "five": 5, "six": 6, "3": 3, "4": 4, "5": 5, "6": 6}
# Plural nouns that refer back to the states or bodies of a list ("the three juntas").
_GROUP_NOUNS = _PAIR_NOUNS | frozenset({"junta", "regime", "ally", "member", "power", "partner"})


def numbered_group(tree: Tree, h: int) -> int:
    """How many parties a definite numbered plural at h refers back to ("the three juntas": 3),
    0 when it is no such phrase ("three soldiers", "the two sides")."""
    tok = tree.tok(h)
    if tok.tag not in ("NNS", "NNPS") or tok.lemma.lower() not in _GROUP_NOUNS:
        return 0
    counts = [_NUMBERS[c.text.lower()] for c in tree.children(h, "nummod") if c.text.lower() in _NUMBERS]
    if not counts or not tree.has_lemma(h, frozenset({"the", "these", "those"}), "det"):
        return 0
    return counts[0]


def numbered_parties(parts: Participants, h: int) -> list[Entity]:
    """What a definite numbered plural at h stands for ("the three juntas", "the three military-led
    governments"): the last list of exactly that many parties named before it, in this sentence
    or an earlier one ("Mali, Burkina Faso and Niger left ECOWAS … The three juntas …"). [] when
    there is none: the phrase then names no one the article listed."""
    tree = parts.tree
    count = numbered_group(tree, h)
    if not count:
        return []
    sentence = tree.sentence
    for where, start, entities in reversed(parts.discourse.lists):
        if (where is not sentence or start < h) and len(entities) == count:
            return entities
    return []


def _acted_on(parts: Participants, verb: int) -> bool:
    """True when the verb's direct object names a party ("Police arrested two Kosovo officials
    after they crossed the border"): then "they" may be either side, and is left to the other
    rules."""
    obj = parts.tree.child(verb, "dobj")
    return obj is not None and any(r.entity.country for r in parts.entities(obj.i))


# Subordinators of an adverbial clause of time or cause.
_ADVERBIAL = frozenset({"after", "before", "when", "while", "since", "because", "as", "once", "until"})


def _adverbial_subject(tree: Tree, h: int, verb: int, subj: int) -> bool:
    """True when the plural pronoun at h is the subject of a time or cause clause on `verb`, or of
    an object relative clause on a noun of `verb`'s clause, and `verb`'s own subject `subj` is
    plural: a subject pronoun in such a clause continues the main clause's subject, not a nearer
    noun ("Representatives of the Armenians held talks with Azerbaijani officials, a day after they
    agreed to disarm": they = the representatives; "the governments announced their withdrawal
    from the bloc, which they accuse of …": they = the governments, never the bloc, whose own
    relative clause it is)."""
    pronoun, clause = tree.tok(h), tree.head(h)
    if pronoun.dep != "nsubj" or clause is None or tree.tok(subj).tag not in ("NNS", "NNPS"):
        return False
    if clause.dep == "advcl" and clause.head == verb:
        return tree.has_lemma(clause.i, _ADVERBIAL, "mark") is not None
    if clause.dep != "relcl" or not tree.is_under(clause.i, verb) or tree.is_under(subj, clause.head):
        return False
    return any(c.tag in ("WDT", "WP") and c.dep in ("dobj", "pobj") for c in tree.children(clause.i))
