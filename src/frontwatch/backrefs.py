"""Back-reference: the party a pronoun or a definite phrase refers back to, read for
`participants.Participants` (whose `_backref` and `_owned` call `back_reference` and `owned`).

- "he"/"she" → the person whose saying holds it, else the last person named, else the last
  spokesman or official who spoke ("a police spokesman said. He said …"); "it"/"its" → the
  conjunct before it ("Iran and its proxies"), the owner of a nominal event, the sayer, the
  sentence's subject, else the last country, organisation or group; "they"/"their" → the
  coordinated subject, the owners of a shared event, the sayer, else the last group or country;
  a direct quote's "they" is no one the report named;
- "the two countries"/"both sides" → the two sides (sides.py `opposing_sides`); "the three
  juntas" → the list of that many parties named before (sides.py `numbered_parties`);
- "its ally" → the last party other than the owner; "the group" → the last named body (for a
  speaker, in the whole sentence); a bare kind word ("the alliance") → the last party of that
  kind; "the president"/"the 67-year-old" → the last person; "the statement", "the same source"
  → the last speaker;
- "his office", "its embassy", "their units" → the owner's body or forces (`owned`), "his
  country" → the owner's state.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from .attribution import final_sayer
from .discourse import INDEFINITE
from .models import Entity
from .nlp import Token
from .owners import EQUIPMENT, HOMELAND, MEMBERS, SPEAKING_FOR
from .resolve.actor_entries import country_names_by_iso, kind_words, load_entries
from .scene import STATEMENT_NOUNS, VOICES, Ref, quoted, state_codes
from .sides import coordinated_subject, numbered_parties, opposing_sides
from .syntax import words

if TYPE_CHECKING:
    from .participants import Participants

_PERSON_NOUNS = words("""president leader minister premier chancellor king prime ruler dictator
    commander general spokesman spokeswoman spokesperson envoy ambassador official chief head
    secretary""")  # fmt: skip
_STATE_REFS = words("country nation state government capital")  # "the two countries": two states
_PLURAL_REFS = frozenset({"country", "nation", "side", "party", "state", "neighbour", "neighbor", "ally",
                          "government", "capital", "partner", "two", "both", "leader"})  # fmt: skip
# Verbs that judge a party for something it did ("condemned X for its strikes"): the reason's
# possessive is the judged party's.
_JUDGING = words("""condemn criticise criticize blame praise commend thank congratulate fault punish rebuke
    denounce reward hail applaud chide reprimand censure slam""")  # fmt: skip
# A divided nation's name in the plural names its states ("the two Koreas held talks"): the
# plural of no country name the dictionary reads, each state by its own code.
_DIVIDED = {"koreas": ("KOR", "PRK"), "sudans": ("SDN", "SSD"), "congos": ("COD", "COG"), "yemens": ("YEM",),
            "germanys": ("DEU",), "germanies": ("DEU",)}  # fmt: skip
_YEAR_OLD = re.compile(r"^\d+-year-old$")
# Nouns for a public figure that an age may precede in a reference back ("the 62-year-old cleric").
_FIGURE_NOUNS = _PERSON_NOUNS | words("""cleric politician statesman strongman veteran diplomat monarch
    autocrat ayatollah technocrat incumbent""")
# Nouns for an organised body: a definite one ("the group", "the movement") after a named group
# refers back to it, as "the ministry" does to a ministry ("Houthi spokesman Yahya Saree said the
# group would continue to target ships").
BODY_NOUNS = words("group movement organisation organization faction outfit network")

__all__ = ["BODY_NOUNS", "back_reference", "numbered_back", "owned", "with_text"]


def with_text(entity: Entity, text: str) -> Entity:
    """The entity as named by another phrase ("the group" for the RSF)."""
    return Entity(text, entity.name, entity.country, entity.sector, entity.wikidata)


def _armed(sector: str | None) -> str | None:
    """The sector of an owner's forces: a state's (no sector, or its government) are MIL; a
    group's (REB) or a force's own stay theirs."""
    return "MIL" if sector in (None, "GOV") else sector


def _named_person(parts: Participants, before: int) -> Entity | None:
    """The last person the entity recogniser names before token `before` when the
    dictionary knows none ("Kofi Annan announced that he will …")."""
    people = [e for e in parts.tree.sentence.ents if e.label == "PERSON" and e.end <= before]
    return Entity(people[-1].text, people[-1].text, None, None) if people else None


def _person_sayer(parts: Participants, h: int) -> Entity | None:
    """The person whose saying holds the subject pronoun at h: "Putin criticised Merz and said
    he would cut gas supplies" (he = Putin, the sayer, not the person named last); a verb
    conjoined to another shares its subject. None unless that subject is one placed person."""
    tree = parts.tree
    if tree.tok(h).dep not in ("nsubj", "nsubjpass"):
        return None
    verb = tree.head(h)
    say = tree.head(verb.i) if verb is not None and verb.dep == "ccomp" else None
    if say is None or say.pos not in ("VERB", "AUX"):
        return None
    subj = tree.child(say.i, "nsubj")
    first = tree.head(say.i) if subj is None and say.dep == "conj" else None
    subj = tree.child(first.i, "nsubj") if first is not None else subj
    if subj is None or subj.pos == "PRON":
        return None
    people = [m.entity for m in parts._within(set(parts.span(subj.i))) if m.kind == "person"]
    if not people and subj.tag == "NN" and subj.lemma.lower() in _PERSON_NOUNS:
        # "The Sudanese foreign minister said she might recall …": an office holder unnamed
        people = [r.entity for r in parts.entities(subj.i)]
    return people[0] if len(people) == 1 and people[0].country else None


def _speaking_person(parts: Participants) -> Entity | None:
    """The last placed speaker told by a word for one person who speaks ("…, a police spokesman
    said. He said …"): a later "he" or "she" with no person named before is that speaker."""
    for e in reversed(parts.discourse.speakers):
        said = e.text.lower().split() if e.text else []
        if e.country and said and said[-1] in _PERSON_NOUNS:
            return e
    return None


def _conjunct_owner(parts: Participants, h: int) -> Entity | None:
    """The party a possessive pronoun in a later conjunct refers to: the conjunct before it
    ("Iran and its proxies", "Russia and its allies", "the Houthis and their backers"), which
    news names just before the pronoun. None when that conjunct is no one party with a country."""
    tree = parts.tree
    owned = tree.head(h)
    if tree.tok(h).dep != "poss" or owned is None or owned.dep != "conj" or owned.head == owned.i:
        return None
    found = [r.entity for r in parts._one(owned.head) if r.entity.country]
    return found[0] if len(found) == 1 else None


def _judged_owner(parts: Participants, h: int) -> Entity | None:
    """The party a possessive pronoun in the reason of a judgment refers to: the one judged, the
    verb's object ("condemned the United States for its missile strikes", "praised Ghana for its
    role", "thanked the donors for their aid"): what the party is judged for is its own. None when
    the object is no one party with a country."""
    tree = parts.tree
    noun = tree.head(h)
    prep = tree.head(noun.i) if noun is not None and tree.tok(h).dep == "poss" else None
    if prep is None or noun is None or noun.dep != "pobj" or prep.lemma.lower() != "for":
        return None
    verb = tree.head(prep.i)
    if verb is not None and verb.pos in ("NOUN", "PROPN") and verb.dep == "dobj":
        verb = tree.head(verb.i)  # the parser hung "for" on the object
    if verb is None or verb.pos != "VERB" or verb.lemma.lower() not in _JUDGING:
        return None
    obj = tree.child(verb.i, "dobj")
    if obj is None or obj.i > h:
        return None
    found = [r.entity for r in parts._one(obj.i) if r.entity.country]
    return found[0] if len(found) == 1 else None


@cache
def _bodies_by_code() -> dict[str, tuple[str, frozenset[str]]]:
    """For each organisation code, its first name and the head nouns of its longer names
    ("NATO": "North Atlantic Treaty Organization", an alliance)."""
    kinds = kind_words()
    names: dict[str, str] = {}
    nouns: dict[str, set[str]] = {}
    for e in load_entries():
        if e.kind == "igo" and e.country:
            names.setdefault(e.country, e.name)
            nouns.setdefault(e.country, set()).update(kinds.get(e.name, frozenset()))
    return {code: (names[code], frozenset(ws)) for code, ws in nouns.items()}


def _head_body_of_kind(parts: Participants, noun: str, before: int) -> Entity | None:
    """The organisation a bare kind word refers back to when the text named it only through its
    head ("NATO Secretary-General Javier Solana warned … that the alliance was ready"): the last
    person named is that organisation's (his entry's code), and the noun is a kind of it."""
    for e, kind in parts.context(before):
        if kind != "person":
            continue
        body = _bodies_by_code().get(e.country or "")
        if body is not None and noun in body[1]:
            return Entity(e.text, body[0], e.country, "IGO")
        return None
    return None


def owned(parts: Participants, h: int) -> list[Ref]:
    """Those who speak or act for the owner a pronoun names ("Vucic ordered …, his office
    said", "its embassy"): the owner's country and sector."""
    tok = parts.tree.tok(h)
    poss = parts.tree.child(h, "poss")
    lemma = tok.lemma.lower()
    known = lemma in SPEAKING_FOR or lemma in MEMBERS or lemma in EQUIPMENT or lemma in HOMELAND
    if poss is None or not known or poss.tag != "PRP$":
        return []
    text = parts.tree.text(min(parts.span(h)), h + 1)
    if lemma in HOMELAND:
        return _homeland(parts, poss, text)
    armed = lemma == "unit" or lemma in EQUIPMENT  # a state's units and jets are its forces
    owners = [r.entity for r in back_reference(parts, poss.i) if r.entity.country]
    return [Ref(Entity(text, e.name, e.country, _armed(e.sector) if armed else e.sector), inferred=True)
            for e in owners]  # fmt: skip


def _homeland(parts: Participants, poss: Token, text: str) -> list[Ref]:
    """The state a possessive pronoun's owner belongs to ("Lavrov said his country …": RUS;
    "Venezuela's foreign minister said his country …": the sentence's subject's, when "his"
    finds no person with a country). Nobody when the owner has no state."""
    named: list[Entity | None] = [r.entity for r in back_reference(parts, poss.i) if r.entity.country]
    states = [e for e in named or [parts.main_subject(poss.i, singular=True)]
              if e is not None and e.country in state_codes()]  # fmt: skip
    return [Ref(Entity(text, e.country or text, e.country, None), inferred=True) for e in states[:1]]


def numbered_back(parts: Participants, h: int) -> list[Ref]:
    """The parties of a list a definite numbered plural refers back to ("the three juntas" after
    "Niger, Mali and Burkina Faso": each of the three); [] when the article listed none: the
    phrase then stands for no one it named, not for the speaker's state nor a place's."""
    listed = numbered_parties(parts, h)
    text = parts.tree.text(min(parts.span(h)), h + 1)
    return [Ref(with_text(p, text), inferred=True) for p in listed]


def _aged(parts: Participants, h: int) -> bool:
    """True for a definite noun of a public figure told by age ("the 62-year-old cleric", "the
    71-year-old veteran"): news names a newsmaker so only after naming them ("the 45-year-old man"
    is as often a suspect the story has not named)."""
    tree = parts.tree
    tok = tree.tok(h)
    if tok.tag != "NN" or tok.lemma.lower() not in _FIGURE_NOUNS or not parts._definite(h):
        return False
    return any(
        c.lemma.lower() == "old" and any(g.lemma.lower() == "year" for g in tree.children(c.i))
        for c in tree.children(h, "amod")
    )


def back_reference(parts: Participants, h: int) -> list[Ref]:
    tree = parts.tree
    tok = tree.tok(h)
    lemma = tok.lemma.lower()
    low = tok.text.lower()
    if parts._whole is not None and (tok.pos == "PRON" or tok.tag in ("PRP", "PRP$")):
        return back_reference(parts._whole, h)
    if tok.pos == "PRON" or tok.tag in ("PRP", "PRP$"):
        if low in ("he", "she", "him", "her", "his", "hers"):
            e = _person_sayer(parts, h) or parts.last_person(h) or _named_person(parts, h)
            e = e or _speaking_person(parts)
        elif low == "it" and final_sayer(tree, h):
            # "…, it said": the speaker of the sentences before, else the content's own subject
            # if "it" can stand for it, else the last party named before ("Cambodia's ministry
            # issued a statement. Thai troops opened fire …, it said"); never another party
            # inside the content
            e = (parts.discourse.speakers[-1] if parts.discourse.speakers else None) or (
                parts.main_subject(h, singular=True) or parts._earlier_thing()
            )
        elif low in ("it", "its"):
            e = _conjunct_owner(parts, h) or _judged_owner(parts, h) or parts.event_owner(h)
            e = e or parts._sayer(h) or parts.main_subject(h)
            e = e or parts.last_thing(h, singular=True)
        elif low in ("they", "them", "their", "both"):
            pair = opposing_sides(parts, h, False) if low == "both" else coordinated_subject(parts, h)
            if pair:
                return [Ref(with_text(p, tok.text), inferred=True) for p in pair]
            # a saying's "they" is the sayer ("rebels said they had killed"); a direct quote's
            # is no one the report named ("'They are preparing an aggression,' the minister said")
            judged = _judged_owner(parts, h) if low == "their" else None
            if judged is not None:  # "praised the rebels for their restraint"
                return [Ref(with_text(judged, tok.text), inferred=True)]
            owners = parts.event_owners(h) if low == "their" else []
            if len(owners) > 1:  # "The foreign ministers of Peru and Chile postponed their meeting"
                return [Ref(with_text(e, tok.text), inferred=True) for e in owners]
            sayer = parts._sayer(h) if tok.dep in ("nsubj", "nsubjpass") else parts.event_owner(h)
            sayer = _conjunct_owner(parts, h) or sayer
            e = None if quoted(tree, h) else sayer or parts.last_thing(h)
        else:
            e = None
        return [Ref(with_text(e, tok.text), inferred=True)] if e else []
    listed = numbered_back(parts, h)
    if listed:
        return listed
    two = any(c.lemma.lower() in ("two", "both") for c in tree.children(h)) or lemma in ("two", "both")
    if two and low in _DIVIDED:  # "the two Koreas", "both Koreas": each of the states
        text = tree.text(min(parts.span(h)), h + 1)
        names = country_names_by_iso()
        return [Ref(Entity(text, names[c], c, None), inferred=True) for c in _DIVIDED[low]]
    if two and lemma in _PLURAL_REFS:
        pair = opposing_sides(parts, h, lemma in _STATE_REFS)
        text = tree.text(min(parts.span(h)), h + 1)
        return [Ref(with_text(p, text), inferred=True) for p in pair]
    if lemma in ("ally", "neighbour", "neighbor", "partner") and tok.tag == "NN":
        # "its ally" is one party named before; "its allies" are a group the text need not name
        poss = tree.child(h, "poss")
        if poss is not None:
            owner = parts._one(poss.i)
            e = parts.last_thing(h, exclude=owner[0].entity if owner else None)
            if e is not None:
                return [Ref(with_text(e, tree.text(poss.i, h + 1)), inferred=True)]
    if lemma in BODY_NOUNS and tok.tag == "NN" and parts._definite(h):
        # a speaker's "the group" reads the whole sentence, as its pronouns do: the group it names
        # is the one the content just named ("Israeli strikes killed a Houthi commander, the group
        # said"), which no state can be
        body = (parts._whole or parts).last_body(h)
        if body is not None:  # "the group" after "Houthi spokesman Yahya Saree"
            return [Ref(with_text(body, tree.text(min(parts.span(h)), h + 1)), inferred=True)]
    # a bare kind word ("the alliance"), not a kind of its own ("the settlement bloc")
    bare = all(c.dep in ("det", "punct") for c in tree.children(h) if c.i < h)
    if tok.tag == "NN" and parts._definite(h) and bare:
        kind = parts._last_of_kind(lemma, h) or _head_body_of_kind(parts, lemma, h)
        if kind is not None:  # "the alliance" after NATO ("the North Atlantic alliance")
            return [Ref(with_text(kind, tree.text(min(parts.span(h)), h + 1)), inferred=True)]
    year_old = low == "old" and any(c.lemma.lower() == "year" for c in tree.children(h))
    if year_old or _YEAR_OLD.match(low) or (lemma in _PERSON_NOUNS and tok.tag == "NN") or _aged(parts, h):
        e = parts.last_person(h)
        if e is not None:
            return [Ref(with_text(e, tree.text(min(parts.span(h)), h + 1)), inferred=True)]
    # a statement that speaks ("…, a joint communique said") is a new one, not the last speaker's
    new = parts._whole is not None and any(c.dep == "det" and c.lemma.lower() in INDEFINITE
                                          for c in tree.children(h))  # fmt: skip
    # "an army post", "a border post": a place, not a message (a "Telegram post" still is one)
    place = lemma == "post" and any(c.dep == "compound" and c.pos == "NOUN" for c in tree.children(h))
    if lemma in STATEMENT_NOUNS and parts.discourse.speakers and not new and not place:
        return [Ref(parts.discourse.speakers[-1], inferred=True)]
    # "according to the same source", "the same official said": the speaker quoted last
    same = any(c.lemma.lower() == "same" and c.dep == "amod" for c in tree.children(h))
    if same and lemma in VOICES and parts.discourse.speakers and parts._definite(h):
        text = tree.text(min(parts.span(h)), h + 1)
        return [Ref(with_text(parts.discourse.speakers[-1], text), inferred=True)]
    return []
