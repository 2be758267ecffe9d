"""Attacks told without their attacker, in the outlet's own voice (a policy of partyless.py).

A report often withholds who attacked and tells only the attack: by the person who did it, named
by no party ("a man stabbed three people at a shopping centre", "an attacker wounded two
officers"), by the word of the police that recasts the act as an attack ("a car ploughed into a
market, killing five, in what police called a deliberate attack"), or by an attack noun whose
own clause tells what it hit ("it was the second drone attack to hit the port this week"). These
are the core events of a conflict record, though no party is known: the coder keeps them, as it
keeps "a bomb exploded in a market, killing 11" (`partyless._weapon_subject`).

Each rule asks for the attack told as having happened, and for a sign that the act was done to
someone: counted victims, the police's word "attack", an attack noun with its hit. "A man
killed his wife" and "the attack hit the port" (a definite noun that refers back) stay out.
"""

from __future__ import annotations

from .candidates import Candidate
from .lexicon import Lexicon, Trigger
from .syntax import Tree, words

# Persons named by no party ("a man", "an assailant"): the subject of a stabbing or a shooting
# with counted victims tells an attack whoever he was.
_PERSONS = words("""man woman attacker assailant teenager youth boy girl gunman knifeman shooter
    suspect assassin""")
# Nouns that recast an act as an attack ("in what police called a deliberate attack").
_ATTACK_NOUNS = words("attack assault bombing shooting stabbing terrorism ambush massacre")
# Verbs by which someone names what an act was ("what police called", "described as").
_NAMING = words("call describe term label say")
# Verbs of an attack noun's own clause that tell what it hit ("the second drone attack to hit
# the port"): the attack happened, told by its hit.
_HITTING = words("hit strike target kill wound damage destroy rock")
# Adjectives that count an attack among others ("the second", "the latest"): an attack told again
# in a series, not one referred back to.
_COUNTING = words("first second third fourth fifth sixth latest last new another fresh")


def person_subject(tree: Tree, verb: int) -> bool:
    """An indefinite person noun, no party, as the subject of an attack verb with counted victims
    ("a man stabbed three people", "an attacker wounded two police officers"): the sentence tells
    the attack though the attacker is nobody the coder knows. A definite one ("the man") refers
    back to a person told before; one with no counted victims ("a man killed his wife") is a
    crime of one person to another, which the record leaves to its context."""
    subject = tree.child(verb, "nsubj")
    if subject is None or subject.lemma.lower() not in _PERSONS or tree.definite(subject.i):
        return False
    if tree.tok(verb).dep == "advcl":  # "were killed when a man opened fire": the cause
        return False
    return any(_counted(tree, o.i) for o in tree.children(verb, "dobj"))


def _counted(tree: Tree, noun: int) -> bool:
    """A noun of victims with a number ("three people", "five", "dozens of worshippers")."""
    tok = tree.tok(noun)
    if tok.pos == "NUM" or tok.lemma.lower() in ("dozen", "dozens", "scores", "several"):
        return True
    return any(
        c.pos == "NUM" or c.lemma.lower() in ("several", "many")
        for c in tree.children(noun, "nummod", "amod")
    )


def called_attack(tree: Tree, verb: int) -> bool:
    """The act's clause, or the clause its participle hangs on, has an adverbial that names it
    an attack by someone's word ("…, killing five, in what police called a deliberate attack";
    "in what officials described as a terrorist attack"): the outlet tells an attack."""
    node = tree.tok(verb)
    clause = [verb]
    if node.dep in ("advcl", "conj") and node.head != verb:
        clause.append(node.head)
    for v in clause:
        for prep in tree.children(v, "prep"):
            if prep.lemma.lower() != "in":
                continue
            below = [tree.tok(k) for k in tree.subtree(prep.i)]
            lemmas = {t.lemma.lower() for t in below}
            if "what" in lemmas and lemmas & _NAMING and lemmas & _ATTACK_NOUNS:
                return True
    return False


def told_by_its_hit(tree: Tree, noun: int) -> bool:
    """An attack noun, indefinite or counted in a series, whose own infinitive or relative
    clause tells what it hit ("the second drone attack to hit the port this week", "an attack
    that killed three soldiers"): the attack happened. A plain definite noun ("the attack that
    hit the port") refers back to one told before, and a strike named by no weapon may be a
    labour strike ("the second strike to hit the car industry")."""
    counted = tree.has_lemma(noun, _COUNTING, "amod") is not None
    if (tree.definite(noun) and not counted) or not _attack_noun(tree, noun):
        return False
    clauses = list(tree.children(noun, "acl", "relcl"))
    node = tree.tok(noun)
    if node.dep == "attr" and node.head != noun:  # "it was the second attack to hit …" (xcomp of "was")
        clauses += [c for c in tree.children(node.head, "xcomp") if c.i > noun]
    return any(c.lemma.lower() in _HITTING for c in clauses)


# Verbs of a toll ("killed 20 people", "wounded 12"); folding.py reads an attack's toll by them too.
TOLL_VERBS = words("kill wound injure maim hurt")


def counted_toll(tree: Tree, noun: int) -> bool:
    """An attack noun as the subject of a toll with counted victims ("drone strikes on a market
    killed 20 people", "a grenade attack wounded 12"): the attack happened wherever it was, as a
    person's attack with counted victims does (`person_subject`)."""
    node = tree.tok(noun)
    if node.dep != "nsubj" or node.head == noun or tree.tok(node.head).lemma.lower() not in TOLL_VERBS:
        return False
    return _attack_noun(tree, noun) and any(_counted(tree, o.i) for o in tree.children(node.head, "dobj"))


# Attack nouns that need no weapon to name an attack; "strike" and "blast" do with one ("a drone
# strike"), since a strike may be labour's.
_PLAIN_ATTACKS = words("attack assault bombing airstrike raid ambush shelling barrage")
_WEAPON_KINDS = words("drone missile rocket mortar artillery air bomb suicide car grenade shell")


def _attack_noun(tree: Tree, noun: int) -> bool:
    """An attack noun in its own right, or one a weapon names ("a drone strike")."""
    if tree.tok(noun).lemma.lower() in _PLAIN_ATTACKS:
        return True
    return tree.has_lemma(noun, _WEAPON_KINDS, "compound", "amod") is not None


# Verbs by which a weapon tells its own attack, by the kinds of weapon that do: a charge goes off
# ("a car bomb exploded outside a police station"), a projectile comes down on a place ("a
# rocket landed near the base", "shells fell on the town", "a drone crashed into a hotel"), a
# blast shakes a place ("explosions rocked the port city"). A drone lands or crashes as aircraft
# do, so only its crash into something tells a strike; a blast is a bomb's unless told as a
# mishap (mishaps.py).
_CHARGES = words("bomb device ied mine landmine grenade shell rocket missile drone explosive")
PROJECTILES = words("rocket missile shell mortar round bomb projectile")
_BLASTS = words("explosion blast bomb")
_IMPACTS = {
    "explode": _CHARGES,
    "detonate": _CHARGES,
    "go": _CHARGES,  # "went off"
    "land": PROJECTILES,
    "fall": PROJECTILES,
    "crash": PROJECTILES | words("drone"),
    "slam": PROJECTILES | words("drone"),
    "rock": _BLASTS,
    "shake": _BLASTS,
}
# Weapons that need a kind before them ("mortar rounds": a round may be of talks).
_KIND_NEEDED = words("round")
_ROUND_KINDS = words("mortar artillery tank")
_OFF = words("off")
# Adverbs by which a projectile comes down as a craft does ("the rocket landed safely").
_SAFELY = words("safely softly")


def weapon_noun(tree: Tree, i: int, kinds: frozenset[str]) -> bool:
    """A noun of one of `kinds` of weapon ("a car bomb", "mortar rounds"; "Rockets" opening a
    sentence, which the tagger reads as a proper noun and leaves unlemmatised)."""
    tok = tree.tok(i)
    lemma = tok.lemma.lower()
    if tok.tag == "NNPS" and lemma.endswith("s"):
        lemma = lemma[:-1]
    if lemma not in kinds:
        return False
    return lemma not in _KIND_NEEDED or tree.has_lemma(i, _ROUND_KINDS, "compound", "amod") is not None


def impact_verb(tree: Tree, verb: int) -> bool:
    """A verb by which a weapon goes off or comes down ("exploded", "went off", "landed")."""
    tok = tree.tok(verb)
    lemma = tok.lemma.lower()
    if lemma not in _IMPACTS or tok.pos not in ("VERB", "AUX"):
        return False
    return lemma != "go" or tree.has_lemma(verb, _OFF, "prt") is not None


# The key prefix of the entries `weapon_impacts` makes: an attack told by its weapon alone.
IMPACT = "impact:"


def weapon_impacts(tree: Tree, lexicon: Lexicon, cands: list[Candidate]) -> list[Candidate]:
    """Attacks told by a weapon that goes off or comes down, with no verb of attack ("a car bomb
    exploded outside a police station in Quetta", "explosions rocked Hodeidah", "mortar shells
    landed in a camp"): an indefinite weapon as the subject of a verb of `_IMPACTS`. A verb the
    lexicon reads otherwise ("landed" of a visit, "fell" of a city) reads an attack first with
    such a subject; a new candidate is returned for a verb the lexicon lacks. A definite weapon
    refers back to one told before, and a craft that lands safely is no strike."""
    taken = {c.i: c for c in cands}
    out = []
    for verb in tree.tokens:
        if not impact_verb(tree, verb.i) or tree.has_lemma(verb.i, _SAFELY, "advmod") is not None:
            continue
        kinds = _IMPACTS[verb.lemma.lower()]
        subject = tree.child(verb.i, "nsubj")
        if subject is None or tree.definite(subject.i) or not weapon_noun(tree, subject.i, kinds):
            continue
        entry = Trigger(f"{IMPACT}{verb.lemma.lower()}", "verb", "ASSAULT", None,
                        lexicon.types["ASSAULT"].contexts, verb.lemma.lower())  # fmt: skip
        cand = taken.get(verb.i)
        if cand is None:
            out.append(Candidate(verb.i, [entry], verb.i, False, None, verb.i))
        elif all(e.event_type != "ASSAULT" for e in cand.entries):
            cand.entries = [entry, *cand.entries]
    return out


# Word forms for the sentence filter: an indefinite weapon or person before its verb ("a bomb",
# "a car bomb", "an attacker"), or an attack recast by someone's word.
_WEAPON_FORMS = words("""bomb bombs blast explosion explosive device mine landmine shell rocket rockets
    missile missiles grenade mortar drone drones bomber""")
_PERSON_FORMS = _PERSONS
# Forms of the verbs of `_IMPACTS`, which the sentence filter (`code.candidate_filter`) lets
# through though the lexicon lacks them, and weapons in the plural: a bare plural weapon beside
# such a verb ("explosions rocked the port", "shells fell on the town").
IMPACT_FORMS = words("""exploded detonated landed fell crashed slammed rocked shook""")
_PLURAL_WEAPONS = words("""explosions blasts bombs shells rockets missiles rounds drones grenades mines
    devices projectiles""")


def may_tell_unclaimed(texts: list[str], lowered: set[str]) -> bool:
    """Whether a sentence's words may hold an attack told without its attacker: "a"/"an" within
    two words before a weapon or a person noun ("a roadside bomb", "a man"), a plural weapon
    beside a verb of its impact ("shells fell"), or "in what". Cheap, on words only, for the
    sentence filter."""
    if "what" in lowered and "in" in lowered:
        return True
    if not (lowered.isdisjoint(IMPACT_FORMS) or lowered.isdisjoint(_PLURAL_WEAPONS)):
        return True
    if lowered.isdisjoint(_WEAPON_FORMS) and lowered.isdisjoint(_PERSON_FORMS):
        return False
    for k, w in enumerate(texts):
        low = w.lower()
        named = low in _WEAPON_FORMS or low in _PERSON_FORMS
        if named and any(t.lower() in ("a", "an") for t in texts[max(0, k - 3) : k]):
            return True
    return False


def weapon_of_clause(tree: Tree, verb: int) -> list[int]:
    """For a participle of the toll ("a grenade exploded in a bus station, wounding 20"), the
    subject of the clause it hangs on: the weapon that did it, by which the coder names the
    attack's mode (explosives, drone, aerial …) when the participle names none."""
    node = tree.tok(verb)
    if node.dep != "advcl" or node.tag != "VBG" or node.head == verb:
        return []
    return [c.i for c in tree.children(node.head, "nsubj")]
