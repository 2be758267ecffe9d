"""Trigger readings outside the lexicon's verb and noun patterns (step 1 of event coding, for
triggers.py): obligations put on another party ("said that Sudan must …" as a demand),
weapons named in a figure of speech ("gas as a political weapon"), "X is not for sale", and a
unit owned by a party ("its units")."""

from __future__ import annotations

from itertools import pairwise

from .candidates import Candidate
from .lexicon import Lexicon, Trigger
from .nlp import Sentence, Token
from .noun_senses import STATING, lemma_with_compound
from .syntax import Tree, words

# Statements that put an obligation on someone else are demands: "Russia said that Sudan must
# return the helicopter", "the forum concluded that developed nations must allocate …".
OBLIGING = frozenset({"must"})

# "use X as a weapon": the "as" phrase says X is not a weapon in itself ("using energy as a
# weapon"); pressure, not violence (PLOVER COERCE at most), unless the weapon is one of war.
_WEAPON_ROLES = words("weapon tool instrument lever")
# Domains that make any weapon a figure of speech ("gas as a political weapon").
_FIGURATIVE_DOMAINS = words("""political economic diplomatic financial trade commercial energy
    propaganda geopolitical hybrid legal""")
# Kinds of weapon that stay weapons ("chlorine as a chemical weapon", "rape as a weapon of war").
_ARMS_KINDS = words("chemical biological nuclear radiological military war")


def figurative_weapon(tree: Tree, cand: Candidate) -> bool:
    """True when "use X as a weapon" names pressure, not violence: the weapon is a political or
    economic one, or X is no weapon the entry knows ("accused Moscow of using energy as a
    weapon"); "used tear gas as a weapon against protesters" and "a chemical weapon" stay literal."""
    verb = tree.tok(cand.i)
    if cand.nominal or verb.lemma.lower() != "use":
        return False
    roles = [o for p in tree.children(verb.i, "prep") if p.lemma.lower() == "as"
             for o in tree.children(p.i, "pobj") if o.lemma.lower() in _WEAPON_ROLES]  # fmt: skip
    if not roles:
        return False
    mods = {c.lemma.lower() for c in tree.children(roles[0].i, "amod", "compound", "nmod")}
    mods |= {o.lemma.lower() for p in tree.children(roles[0].i, "prep") for o in tree.children(p.i, "pobj")}
    if mods & _FIGURATIVE_DOMAINS:
        return True
    if mods & _ARMS_KINDS:
        return False
    objects = frozenset().union(*(e.objects for e in cand.entries))
    return not any(lemma_with_compound(tree, o) & objects for o in tree.children(verb.i, "dobj"))


SELF = words("i we it he she they one")


def obligations(tree: Tree, lexicon: Lexicon, taken: set[int]) -> list[Candidate]:
    out = []
    for verb in tree.tokens:
        if verb.i in taken or verb.pos != "VERB" or verb.lemma.lower() not in STATING:
            continue
        for comp in tree.children(verb.i, "ccomp"):
            subj = tree.child(comp.i, "nsubj", "nsubjpass")
            must = any(c.lemma.lower() in OBLIGING for c in tree.children(comp.i, "aux"))
            if not must or subj is None or subj.lemma.lower() in SELF or subj.pos == "PRON":
                continue
            lemma = verb.lemma.lower()
            contexts = lexicon.types["REQUEST"].contexts
            entry = Trigger(f"{lemma} that … must", "verb", "REQUEST", None, contexts, lemma, ambiguous=True)
            out.append(Candidate(verb.i, [entry], verb.i, False, None, verb.i))
            break
    return out


def delivery(verb: Token, lexicon: Lexicon) -> Trigger:
    """The AID entry of a verb of movement whose subject is aid (aid_arrivals.py)."""
    lemma = verb.lemma.lower()
    return Trigger(f"{lemma} (aid)", "verb", "AID", None, lexicon.types["AID"].contexts, lemma)


def not_for_sale(tree: Tree, lexicon: Lexicon, taken: set[int]) -> list[Candidate]:
    """A statement that something "is not for sale" ("Denmark said Greenland was not for sale")
    refuses to cede it (CAMEO 12, PLOVER REJECT): the sayer's refusal, coded on the saying verb,
    which names the refuser; the negation is the refusal itself, not of the statement."""
    out = []
    for verb in tree.tokens:
        if verb.i in taken or verb.pos != "VERB" or verb.lemma.lower() not in STATING:
            continue
        for comp in tree.children(verb.i, "ccomp"):
            fors = [p for p in tree.children(comp.i, "prep") if p.lemma.lower() == "for"]
            sale = next(
                (o for p in fors for o in tree.children(p.i, "pobj") if o.lemma.lower() == "sale"), None
            )
            if sale is None or tree.child(comp.i, "neg") is None:
                continue
            contexts = lexicon.types["REJECT"].contexts
            entry = Trigger("not for sale", "verb", "REJECT", None, contexts, verb.lemma.lower())
            out.append(Candidate(verb.i, [entry], verb.i, False, None, max(verb.i, sale.i)))
            break
    return out


def word_sequence(tree: Tree, i: int, words: tuple[str, ...]) -> int:
    """How many tokens from i spell `words` (0: no match); a hyphenated word may come as its
    pieces and the hyphens ("cease-fire" → cease, -, fire)."""
    k = i
    for w in words:
        n = _word_at(tree, k, w)
        if not n:
            return 0
        k += n
    return k - i


def _word_at(tree: Tree, k: int, word: str) -> int:
    if k < len(tree) and word in (tree.tok(k).lemma.lower(), tree.tok(k).text.lower()):
        return 1
    pieces = word.split("-")
    n = 2 * len(pieces) - 1
    if len(pieces) == 1 or k + n > len(tree):
        return 0
    found = [tree.tok(k + j).text.lower() for j in range(n)]
    return n if found == [x for p in pieces for x in (p, "-")][:n] else 0


# "Its units seized the station": a possessive pronoun before a unit noun refers to an armed
# party named earlier (the dictionary knows "fighters", "troops", not "its units").
_POSSESSIVES = frozenset({"its", "their"})
_UNITS = words("unit units brigade brigades battalion battalions division divisions regiment regiments")


def owned_unit(sentence: Sentence) -> bool:
    pairs = pairwise(sentence.tokens)
    return any(a.text.lower() in _POSSESSIVES and b.text.lower() in _UNITS for a, b in pairs)


# Verbs of remembering a past event: what they take is a date of memory, no news.
_REMEMBERING = words("commemorate remember mourn memorialise memorialize")
_OBJECT_DEPS = frozenset({"dobj", "nsubjpass"})


def remembered(tree: Tree, noun: Token) -> bool:
    """True for an event noun that a verb of remembering takes, alone or by its "of" phrase:
    "commemorates the deportation of 1944", "mourned the victims of the massacre" name a past
    event as what is remembered, as "the anniversary of the invasion" does (noun_senses.py)."""
    node = tree.first_conjunct(noun.i) or noun
    head = tree.head(node.i)
    if node.dep == "pobj" and head is not None and head.lemma.lower() == "of":
        node = tree.head(head.i) or node  # "the victims of the massacre"
        node = tree.first_conjunct(node.i) or node
    verb = tree.head(node.i)
    return node.dep in _OBJECT_DEPS and verb is not None and verb.lemma.lower() in _REMEMBERING
