"""Where a sentence is set and who may be placed there: the scene half of participants.py.

`SceneReading` is the part of `Participants` that decides which country a participant the
dictionary cannot place takes from its sentence (see participants.py for the rules): the scene
(`scene`, `place`), the places and states that are no evidence for an agent (a struck target's
clause, the other party of the clause, a place visited), the agents placed at home (a state's
authorities coercing their people, forces a state's leader commands) and the trigger senses
those rules read. It holds no state of its own: `Participants` supplies the tree, the mentions,
the lexicon and `entities`.
"""

from __future__ import annotations

import re
from abc import ABC, abstractmethod
from dataclasses import dataclass
from functools import cache, cached_property
from typing import TYPE_CHECKING

from .attribution import find_source
from .fearers import FEARING, feared_doers
from .lexicon import Lexicon
from .models import Entity
from .nlp import Sentence, Token
from .resolve.actor_entries import STATE_SECTORS, stateless_groups
from .resolve.country_modifiers import names_national
from .resolve.location_words import PLACE_ENTS
from .syntax import DASHES, Tree, dateline_end, words

if TYPE_CHECKING:
    from .discourse import Discourse
    from .resolve.actors import ActorMention

LOCATIVE = frozenset({"in", "at", "near", "inside", "throughout", "across"})
# People and bodies that represent a state or organisation abroad (`SceneReading._abroad`).
_ABROAD = words("diplomat envoy ambassador emissary mission delegation delegate embassy consul consulate")
# Mentions that name a state rather than a nationality: a country, a capital, an office holder, or a
# state institution ("the Serbian labour minister", "Nicaragua's government").
_STATE_KINDS = frozenset({"country", "metonym", "person"})
_ARMED_GROUPS = frozenset({"REB", "CRM"})
_GOING = words("visit tour arrive travel fly go come return head")
# Gathering verbs: where people meet is the venue, often neutral ground ("will meet in St Vincent",
# "talks were held in Doha"), no evidence of whose they are; so is where a deal is signed, after
# "in" or "at" ("signed the accord in Lome"; not "signed by the minister").
_MEETING = words("meet convene gather hold")
_VENUES = words("meet convene sign")  # and "hold" a gathering ("held talks"), not hostages; crowds gather
_GATHERINGS = words("talk talks meeting summit conference negotiation consultation session ceremony")
PLACE_NOUNS = words("""town city village capital province region district port area camp
    county state valley coast island enclave territory zone outskirts suburb neighbourhood
    neighborhood quarter municipality prefecture governorate oblast""")
# Dependencies through which a place name still belongs to the phrase a preposition governs
# ("in East Timor's capital Dili", "in Christian east Beirut").
_PLACE_LINKS = frozenset({"poss", "compound", "amod", "appos", "nmod", "case"})
# Acts on a target: where a state's forces attack or seize is where their target is, so the places
# and states of that clause say whose the target is, not whose the forces are.
_STRIKING = frozenset({"ASSAULT", "COERCE"})
# A state's police, security service, courts, parliament or government act on people of their own
# state: an unplaced patient of the society sectors below takes their country ("Georgian riot police
# dispersed protesters", "Nicaragua's government ordered the opposition newspaper to …").
_AT_HOME = frozenset({"COP", "SPY", "JUD", "LEG", "GOV"})
# The other party of a clause is not the agent's state: nobody sanctions or aids their own state
# ("Officials imposed sanctions on Iran"), and a state's officials or forces acting on a state are
# not that state's ("Diplomats accused Russia"), unless they coerce or protest at home.
_TOWARDS_OTHERS = frozenset({"SANCTION", "AID"})
_STATE_ABROAD = frozenset({"GOV", "MIL", "SPY"})
# Courts, prosecutors and parliaments act on their own people, but a state they accuse, charge or
# condemn by name is another ("Attorney General Merrick Garland accused Russia", "Lawmakers
# condemned Iran"): only the states of their clause are hidden, not the people in it.
_ON_STATES = frozenset({"JUD", "LEG"})
_AT_HOME_TYPES = frozenset({"COERCE", "PROTEST"})
# Prepositions of place and time: what they govern is where or when, not the other party; nor is
# the source an "according to" names ("…, according to a Kenyan government spokesman").
_NO_PARTY = LOCATIVE | frozenset({"as", "after", "before", "during", "since", "until", "amid", "despite",
                                  "accord", "according"})  # fmt: skip
_AIMED = frozenset({"at", "on", "against", "upon", "into"})  # "fired at", "opened fire on"
# Prepositions by which a verb names where its subject goes or what it leaves (`moved`).
_MOVING = words("to into from of out")
NO_TOKENS: frozenset[int] = frozenset()
STATEMENT_NOUNS = words("""statement communique communiqué report announcement release post
    message notice bulletin letter spokesman spokeswoman spokesperson""")  # fmt: skip
# Verbs by which a state's leader or government orders, sends or deploys its own forces.
# Event types of verbal acts: a state's statement ("Iran condemned …") is made by its offices.
_VERBAL = frozenset({"ACCUSE", "REQUEST", "THREATEN", "REJECT", "SUPPORT", "AGREE", "CONSULT"})
_COMMANDING = words("order instruct command direct tell authorise authorize send dispatch deploy")


def lone_dateline(tree: Tree) -> int | None:
    """The closing dash of a wire dateline the sentence splitter made a sentence of its own
    ("KHARTOUM, June 12 (Reuters) -"), or None: a place in capitals first, the agency in brackets
    or a date before the dash, which ends the sentence."""
    toks = [t for t in tree.sentence.tokens if t.text.strip()]
    if len(toks) < 3 or toks[-1].text not in DASHES or not toks[0].text.isupper():
        return None
    dated = toks[-2].text == ")" or any(t.pos == "NUM" for t in toks)
    return toks[-1].i if dated else None


@dataclass(frozen=True)
class Ref:
    """A resolved participant; `inferred` when it came from context, not from the phrase."""

    entity: Entity
    inferred: bool = False


@cache
def state_codes() -> frozenset[str]:
    """ISO codes of the dictionary's countries (organisations such as UN or EU are no scene)."""
    from .resolve.actors import country_names

    return frozenset(country_names().values())


class SceneReading(ABC):
    """The scene rules of `Participants` (a base class: it reads `tree`, `mentions`, `_lexicon`
    and calls `entities`, which `Participants` defines)."""

    tree: Tree
    mentions: list[ActorMention]
    at: dict[int, ActorMention]  # the mention on each token
    filed: list[ActorMention]  # the leading dateline's: where the sentence is set, no participant
    _lexicon: Lexicon | None
    discourse: Discourse  # the article so far: its dateline's state (`_at_home`)
    _whole: SceneReading | None  # the whole sentence's reading, in a speaker's view

    @abstractmethod
    def entities(self, head: int | None) -> list[Ref]:
        """The participants of the phrase headed by `head` (Participants.entities)."""

    @abstractmethod
    def fresh(self, h: int) -> bool:
        """True for new people (Participants.fresh)."""

    @cached_property
    def scene(self) -> Entity | None:
        """The country this sentence is set in: the first country or capital it places something
        in ("in Serbia", "at a jail in Dili"), else the one country it names; None when it names
        none or several."""
        return self._scene(NO_TOKENS)

    @cached_property
    def place(self) -> Entity | None:
        """The first country or capital the sentence places something in ("in Italy"), or None."""
        placed = [m for m in self.mentions if m.entity.country in state_codes() and not self._destination(m)
                  and self._names_place(m) and self._in_place(m)]  # fmt: skip
        return placed[0].entity if placed else None

    def set_in_state(self, before: int, away: frozenset[int] = NO_TOKENS) -> Entity | None:
        """The first country or capital the sentence places itself in before token `before`, off
        the tokens `away` ("In central Mali, the army …": Mali), or None."""
        placed = [m for m in self.mentions if m.end <= before and m.start not in away
                  and m.entity.country in state_codes() and not self._destination(m)
                  and self._names_place(m) and self._in_place(m)]  # fmt: skip
        return placed[0].entity if placed else None

    def _set_in(self, before: int) -> bool:
        """True when the sentence places itself in a country or capital before token `before`
        ("Meanwhile, in Pakistan, the interior ministry …"): a body named after that is the
        place's, not the last one of its name in another story (people may travel; bodies not)."""
        return any(m.end <= before and m.entity.country in state_codes() and not self._destination(m)
                   and self._names_place(m) and self._in_place(m) for m in self.mentions)  # fmt: skip

    def _scene(self, away: frozenset[int], filed: bool = True) -> Entity | None:
        """The scene without the mentions on tokens `away` (a struck target's clause), and without
        the dateline's place unless `filed`."""
        named = [*self.mentions, *self.filed] if filed else self.mentions
        states = [m for m in named if m.entity.country in state_codes()
                  and not self._destination(m) and m.start not in away]  # fmt: skip
        placed = [m for m in states if self._names_place(m) and self._in_place(m) and not self._posted(m)]
        if placed:
            return placed[0].entity
        # A nationality alone ("a French journalist", "the Israeli bombardment") says who someone
        # is, not where the sentence is set: one country, named as a state or its institution.
        official = [m for m in states if self._official(m)]
        if official and len({m.entity.country for m in states}) == 1:
            return official[0].entity
        return None

    def _official(self, m: ActorMention) -> bool:
        """A state named as a state or one of its institutions, not as the nationality of a
        national abroad ("a New Zealand pilot": `country_modifiers.names_national`)."""
        kind_of_state = m.kind in _STATE_KINDS or m.entity.sector in STATE_SECTORS
        return kind_of_state and not names_national(self.tree.tokens, m.end)

    def _named_state(self, placed: bool = False) -> Entity | None:
        """The one state the sentence names, when it names one as a state or one of its
        institutions ("Serbia's army"; "Three cases were diagnosed in China"), armed and political
        groups aside ("Neither Hamas nor Islamic Jihad fired at Israel": Israel); None when it
        names several ("Israeli jets struck ports in Yemen"; "EU governments agreed sanctions on
        Russia": the EU is a party too) or only a nationality; when `placed`, only one named as
        where something happens ("Three cases were diagnosed in China")."""
        parties = [m for m in [*self.mentions, *self.filed] if m.entity.country and m.kind != "group"
                   and not self._destination(m)]  # fmt: skip
        official = [m for m in parties if m.entity.country in state_codes() and self._official(m)
                    and not (placed and not (self._names_place(m) and self._in_place(m)))]  # fmt: skip
        return official[0].entity if official and len({m.entity.country for m in parties}) == 1 else None

    def _names_place(self, m: ActorMention) -> bool:
        """A country or capital, or a demonym describing a place ("in the Iraqi town of Samarra";
        not "near the Afghan border", which may be either side of it)."""
        if m.kind in ("country", "metonym"):
            return True
        tok = self.tree.tok(self._mention_head(m))
        head = self.tree.head(tok.i)
        described = head is not None and head.lemma.lower() in PLACE_NOUNS
        return m.kind == "demonym" and tok.dep in ("amod", "compound") and described

    def _in_place(self, m: ActorMention) -> bool:
        """True when the mention is (part of) the object of a locative preposition, unless an
        attack aims "at" it ("militants fired rockets at southern Israel": the target, not the
        scene the militants are in)."""
        tree = self.tree
        if m.start > 0 and tree.tok(m.start - 1).text.lower() in LOCATIVE:
            return not self._aimed_at(tree.tok(m.start - 1))
        tok = self._phrase_head(m)
        prep = tree.head(tok.i)
        return (
            tok.dep == "pobj"
            and prep is not None
            and prep.lemma.lower() in LOCATIVE
            and not self._aimed_at(prep)
        )

    def _aimed_at(self, prep: Token) -> bool:
        head = self.tree.head(prep.i)
        return prep.text.lower() == "at" and head is not None and "ASSAULT" in self.senses(head)

    def _destination(self, m: ActorMention) -> bool:
        """True for where someone goes ("visited Minsk", "arrived in Moscow", "flew to Kabul") or
        meets ("will meet in St Vincent"): a visitor is not from the place visited."""
        tok = self._phrase_head(m)
        head = prep = self.tree.head(tok.i)
        if head is not None and tok.dep == "pobj":
            head = self.tree.head(head.i)
        if head is None or prep is None or tok.dep not in ("dobj", "pobj"):
            return False
        if head.lemma.lower() in _GOING or (tok.dep == "pobj" and head.lemma.lower() in _MEETING):
            return True
        return tok.dep == "pobj" and prep.lemma.lower() in LOCATIVE and self._venue(head)

    def _venue(self, head: Token) -> bool:
        """True when a place phrase on `head` is where a meeting or signing happens: on its verb, or
        hung by the parser on the verb's other party ("signed an accord with the rebels in Lome",
        "met the rebels in Lome"), never on its subject ("Opposition leaders in Lome met …")."""
        for _ in range(4):
            nxt = self.tree.head(head.i)
            if head.lemma.lower() in _VENUES or self.tree.has_lemma(head.i, _GATHERINGS, "dobj") is not None:
                return True
            if head.pos == "VERB" or head.dep.startswith("nsubj") or nxt is None or nxt.i == head.i:
                return False
            head = nxt
        return False

    def _phrase_head(self, m: ActorMention) -> Token:
        """The head of the phrase a mention is part of ("Dili" for "East Timor's capital Dili")."""
        tree = self.tree
        tok = tree.tok(self._mention_head(m))
        seen = {tok.i}
        while tok.dep in _PLACE_LINKS:
            head = tree.head(tok.i)
            if head is None or head.i in seen:
                break
            seen.add(head.i)
            tok = head
        return tok

    def _in_scene(self, ref: Ref, head: int, away: frozenset[int]) -> Ref:
        """A participant without a country, given the country of the scene (for forces that
        strike, without the clause they strike in; never from the other party of its clause)."""
        sector = ref.entity.sector
        moving = away | self.moved(head) if sector == "MIL" else NO_TOKENS  # forces: where they go too
        hidden = moving | self._other_party(head, sector, self._bare_name(head))
        if sector not in STATE_SECTORS:  # a state's forces or police are its tellers' own
            hidden |= self._teller(head)
        hidden |= feared_doers(self.tree, head)  # "Officials fear Hungary could veto …"
        # where the reporter filed from places a state's bodies, not armed groups ("ABUJA - Gunmen
        # abducted …": whose they are is unknown)
        filed = sector not in _ARMED_GROUPS
        scene = self._scene(hidden, filed) if hidden or not filed else self.scene
        e = ref.entity
        if scene is None or e.country is not None or self._stateless(e):
            return ref
        return Ref(Entity(e.text, e.name, scene.country, e.sector, e.wikidata), inferred=True)

    def moved(self, h: int) -> frozenset[int]:
        """The tokens of the places forces at h (MIL, the subject of a verb) go to or leave: its
        verb's "to", "into", "from" and "out of" phrases ("the army would pull out of the
        Philadelphi corridor in Gaza", "will deploy to Haiti"). Such a place is no evidence of
        whose the forces are: they move abroad as often as at home."""
        tree = self.tree
        verb = tree.head(h) if tree.tok(h).dep in ("nsubj", "nsubjpass") else None
        if verb is None:
            return NO_TOKENS
        out: set[int] = set()
        for v in [verb, *tree.children(verb.i, "xcomp")]:
            for p in tree.children(v.i, "prep"):
                if p.lemma.lower() in _MOVING:
                    out |= set(tree.subtree(p.i))
        return frozenset(out)

    def _teller(self, h: int) -> frozenset[int]:
        """The state named as a whole that says what the phrase at h is part of ("The United States
        said the rebels abducted …", "…, Washington said"): a state telling of an act does not set
        it in its own country. Its officials or forces ("Macedonian officials said", "Ukraine's
        military says separatists …") mostly tell of their own country."""
        source = find_source(self.tree, h)
        if source is None or source.unnamed or self.tree.is_under(h, source.speaker):
            return NO_TOKENS
        if self.tree.tok(source.speaker).pos != "PROPN":  # "Ukraine military says": its body
            return NO_TOKENS
        # the state itself, or the state a named body is "of" ("according to the Christian
        # Association of Nigeria"): a body telling of an act does not set it in its country either
        own = set(self.tree.subtree(source.speaker))
        whole = [m for m in self.mentions if m.kind in ("country", "metonym")
                 and (m.start <= source.speaker < m.end or m.start in own)]  # fmt: skip
        return frozenset(k for m in whole for k in range(m.start, m.end))

    def _stateless(self, e: Entity) -> bool:
        """True for an organisation or armed group the dictionary knows to have no country
        ("al-Qaeda", "Islamic State"), and jihadist fighters (`transnational`): where it acts
        does not make it that country's."""
        if transnational(e):
            return True
        return e.name in stateless_groups() and any(
            m.kind in ("group", "igo") and m.entity.country is None and m.entity.name == e.name
            for m in self.mentions
        )

    def _agent_verb(self, h: int) -> Token | None:
        """The verb the phrase at h is the subject or "by" agent of, or None."""
        tree = self.tree
        tok, verb = tree.tok(h), tree.head(h)
        if verb is not None and tok.dep == "pobj" and verb.lemma.lower() == "by" and verb.dep == "agent":
            verb = tree.head(verb.i)
        elif tok.dep != "nsubj":
            return None
        return verb if verb is not None and verb.pos in ("VERB", "AUX") else None

    def _struck(self, h: int) -> frozenset[int]:
        """The tokens of the clause whose verb the phrase at h is the agent of, when that verb
        attacks or seizes ("Troops shelled villages in Ukraine", "was seized by soldiers in
        Gaza"), the agent's own phrase left out: for forces (sector MIL) the places and states
        named there are the target's, not theirs. Empty otherwise."""
        verb = self._agent_verb(h)
        if verb is None or not self._strikes(verb) or self._government_forces(h):
            return NO_TOKENS
        own = set(self.tree.subtree(h))
        return frozenset(i for i in self.tree.subtree(verb.i) if i not in own)

    def _government_forces(self, h: int) -> bool:
        """True when the agent phrase at h names its forces as a government's without a country
        ("Government troops killed 30 rebels in northern Uganda", "pro-government militias",
        "forces loyal to the government"): news calls them so in a civil war, where they fight in
        their own state."""
        tree = self.tree
        loyal = [i for c in tree.children(h) if c.lemma.lower() == "loyal" for i in tree.subtree(c.i)]
        toks = [tree.tok(i) for i in tree.subtree(h) if i < h or i in loyal]  # "loyal to the government"
        return any(
            t.lemma.lower() == "government" and not (k > 0 and toks[k - 1].text.lower() in ("anti", "anti-"))
            for k, t in enumerate(toks)
        )

    def _bare_name(self, h: int) -> bool:
        """True when the phrase at h is a person named without title or sector ("Amadou Sow"),
        or a name the dictionary does not know (a surname the parser takes for an organisation,
        "Butler accused Baghdad"): only the scene places such a party."""
        m = self.at.get(h)
        if m is not None:
            return m.kind == "person" and m.entity.sector is None
        tok = self.tree.tok(h)
        return tok.pos == "PROPN" and any(
            e.label in ("PERSON", "ORG") and e.start <= h < e.end for e in self.tree.sentence.ents
        )

    def _other_party(self, h: int, sector: str | None, person: bool = False) -> frozenset[int]:
        """The tokens naming the other party of the clause the agent at h acts in (its verb's,
        and its governed verbs', objects and non-locative prepositional objects), when that party
        cannot be the agent's own state: a sanction or aid, or a state's officials or forces
        (GOV, MIL, SPY) doing anything but coerce or protest ("Officials imposed sanctions on
        Iran", "Diplomats accused Russia of …"); for a `person` named without a title, the
        states the clause names as its party whatever the act ("Amadou Sow accused Russia" is
        no Russian's act). Empty otherwise; places after "in" stay."""
        verb = self._agent_verb(h)
        if verb is None:
            return NO_TOKENS
        tree = self.tree
        verbs = [verb, *tree.children(verb.i, "xcomp", "conj")]
        # "issued a statement calling on Israel to …": what the statement urges is the act
        statements = [o for o in tree.children(verb.i, "dobj") if o.lemma.lower() in STATEMENT_NOUNS]
        verbs += [c for o in statements for c in tree.children(o.i, "acl")]
        senses = {t for v in verbs for t in self.senses(v)}
        towards = bool(senses & _TOWARDS_OTHERS)
        abroad = bool(senses) and not senses & _AT_HOME_TYPES
        everyone = towards or (abroad and sector in _STATE_ABROAD)
        on_states = ((abroad and sector in _ON_STATES) or (person and bool(senses))) and not everyone
        # whatever the act, people a state's body acts on named by their nationality are that
        # nation's, not the body's ("The junta expelled French troops", "suspended French broadcasters")
        nationals = bool(senses) and sector in STATE_SECTORS and not (everyone or on_states)
        if not (everyone or on_states or nationals):
            return NO_TOKENS
        out: set[int] = set()
        stack = [c.i for v in verbs for c in tree.children(v.i) if c.dep in ("dobj", "dative", "prep")]
        while stack:  # the party's phrases, not the places they are in ("a curfew in Algiers")
            tok = tree.tok(stack.pop())
            if tok.dep == "prep" and tok.lemma.lower() in _NO_PARTY:
                continue
            out.add(tok.i)
            stack += [c.i for c in tree.children(tok.i)]
        if on_states or nationals:
            kinds = ("country", "metonym") if on_states else ("demonym",)
            named = [m for m in self.mentions if m.kind in kinds and m.start in out]
            return frozenset(k for m in named for k in range(m.start, m.end))
        return frozenset(out)

    def senses(self, v: Token) -> set[str]:
        """The event types the trigger lexicon gives verb v with its objects."""
        lexicon = self._lexicon or Lexicon.load()
        objects = {o.lemma.lower() for o in self.tree.children(v.i, "dobj")}
        entries = lexicon.verbs.get(v.lemma.lower(), ())
        return {e.event_type for e in entries if not e.objects or objects & e.objects}

    def struck(self, h: int) -> bool:
        """True when the phrase at h is described as the victim of an attack ("Two soldiers
        killed in Donetsk shelling", "a reporter wounded in the fighting"): a headline's
        participle, which the parser may leave on a subject, makes them no agent of the clause."""
        return any(
            acl.tag == "VBN" and not self.tree.children(acl.i, "agent") and "ASSAULT" in self.senses(acl)
            for acl in self.tree.children(h, "acl")
        )

    def _strikes(self, verb: Token) -> bool:
        """True when the verb, or a verb it governs or is coordinated with, is an attack or a
        coercive act in the trigger lexicon ("shelled", "opened fire", "began shelling") with a
        target named: an object, "at/on/against …", or the passive's subject. Without one
        ("Five troops killed in Ukraine", a headline's passive) the place is only where they are."""
        tree = self.tree
        for v in [verb, *tree.children(verb.i, "xcomp", "conj")]:
            aimed = [p for p in tree.children(v.i, "prep") if p.lemma.lower() in _AIMED]
            obj = tree.child(v.i, "dobj")
            if obj is not None and obj.lemma.lower() == "power":
                continue  # a coup ("Army officers seized power in Sierra Leone") is made at home
            if not (obj or aimed or tree.child(v.i, "nsubjpass")):
                continue
            if self.senses(v) & _STRIKING:
                return True
        return False

    def _state_at_home(self, h: int) -> Entity | None:
        """The agent of the attack or coercive act the phrase at h is the patient of (object,
        passive subject, "at/on/against" object), when it is a state's police, security service,
        court, parliament or government ("Georgian riot police dispersed protesters"); None
        otherwise."""
        tree = self.tree
        tok, verb = tree.tok(h), tree.head(h)
        if verb is not None and tok.dep == "pobj" and verb.lemma.lower() in _AIMED:
            verb = tree.head(verb.i)
        elif tok.dep not in ("dobj", "nsubjpass"):
            return None
        for _ in range(3):  # up through "opened fire to disperse …", "ordered … to suspend"
            if verb is None or verb.pos not in ("VERB", "AUX"):
                return None
            agent = tree.child(verb.i, "nsubj")
            by = tree.child(verb.i, "agent")
            if agent is None and by is not None:
                agent = tree.child(by.i, "pobj")
            if agent is not None:
                if not self._strikes(verb):  # an act of authority, not a meeting or a statement
                    return None
                found = [r.entity for r in self.entities(agent.i)]
                home = len(found) == 1 and found[0].country in state_codes() and found[0].sector in _AT_HOME
                return found[0] if home else None
            verb = tree.head(verb.i) if verb.dep in ("xcomp", "advcl", "conj") else None
        return None

    @cached_property
    def _places_somewhere(self) -> bool:
        """True when the sentence says where something is ("in Yangon", "near the border town of
        X", "in northwest Pakistan"): a name after "in", "at", "near" … that the NER knows, or a
        mention of the actor dictionary in such a phrase."""
        tree = self.tree
        names = [t.i for t in tree.sentence.tokens if t.ent_type in ("GPE", "LOC", "FAC")]
        if any(k > 0 and tree.tok(k - 1).text.lower() in LOCATIVE for k in names):
            return True
        return any(self._in_place(m) for m in self.mentions)

    def _abroad(self, h: int) -> bool:
        """True for people who represent a body away from home ("diplomats", "a mission
        spokesperson", "the envoy"): where the sentence or the story is set is no evidence of
        whose they are ("UNITED NATIONS - Diplomats said …", "KHARTOUM - A mission spokesperson
        condemned …"); only their own phrase or earlier sentences place them."""
        tree = self.tree
        return any(tree.tok(k).lemma.lower() in _ABROAD for k in tree.subtree(h) if abs(k - h) <= 4)

    def _posted(self, m: ActorMention) -> bool:
        """True for the post of envoys who tell ("…, Western diplomats in Islamabad said" of
        Kabul): no evidence of where the people they tell of are (an embassy attacked is)."""
        head = self.tree.head(m.start - 1)
        return head is not None and head.lemma.lower() in _ABROAD and head.dep == "nsubj"

    def _acting(self, h: int) -> bool:
        """True when the phrase is in an agent's place: a subject, a passive's "by" phrase, an
        owner ("their hunger strike"). Patients and other phrases stay as they are: a victim's
        country is not to be guessed from the scene, and an event whose only participants are
        unknown patients is not worth a record."""
        tok = self.tree.tok(h)
        head = self.tree.head(h)
        agent = tok.dep == "pobj" and head is not None and head.lemma.lower() == "by"
        return (tok.dep in ("nsubj", "poss") or agent) and not self._feared(h)

    def _feared(self, h: int) -> bool:
        """True inside a fear or warning ("Mali fears that jihadists could blockade Bamako"): who
        would commit a feared act is unknown, and the places named are the fearing party's. The
        one who fears or warns is no part of it ("The judiciary chief warned that …")."""
        tok = self.tree.tok(h)
        own = tok.head if tok.dep == "nsubj" else -1
        return any(
            t.lemma.lower() in FEARING and t.pos == "VERB" and t.i != own for t in self.tree.ancestors(h)
        )

    def _commander(self, h: int) -> Entity | None:
        """The state whose leader or government orders, sends or deploys the forces at h ("Putin
        ordered the army to …", "The Sudanese government deployed troops …"), or None."""
        tree = self.tree
        verb = tree.head(h)
        if tree.tok(h).dep != "dobj" or verb is None or verb.lemma.lower() not in _COMMANDING:
            return None
        subj = tree.child(verb.i, "nsubj")
        found = [r.entity for r in self.entities(subj.i)] if subj is not None else []
        if len(found) == 1 and found[0].country in state_codes() and found[0].sector in (None, "GOV", "MIL"):
            return found[0]
        return None

    def _mention_head(self, m: ActorMention) -> int:
        for k in range(m.start, m.end):
            h = self.tree.tok(k).head
            if not m.start <= h < m.end or h == k:
                return k
        return m.end - 1

    def voiced_state(self, head: int) -> Entity | None:
        """The state a speaker after its content speaks for: the one state named as the subject
        of the statement it reports ("Iran condemned the strikes, the foreign ministry said": Iran's
        ministry, wherever the story is filed). None when what it reports is no verbal act
        ("Russia launched drones, the air force said": the other side may be reporting it)."""
        tree = self.tree
        verb = tree.head(head)
        if verb is None or tree.tok(head).dep != "nsubj":
            return None
        contents = [c for c in tree.children(verb.i, "ccomp") if c.i < head]
        outer = tree.head(verb.i)
        if verb.dep in ("ccomp", "parataxis") and outer is not None and outer.i < head:
            contents.append(outer)  # the parse made the content the root
        for content in contents:
            subj = tree.child(content.i, "nsubj")
            senses = self.senses(content)
            if subj is None or not senses or not senses <= _VERBAL or len(tree.conjuncts(subj.i)) > 1:
                continue  # "Russia and Belarus condemned …, the ministry said": whose ministry?
            named = [m for m in self.mentions if m.kind in ("country", "metonym")
                     and m.start <= subj.i < m.end and m.entity.country in state_codes()]  # fmt: skip
            if len(named) == 1:
                return named[0].entity
        return None

    def local(self, h: int) -> bool:
        """True for the phrase at h when it names the people or an office of the place the event
        happens in ("residents", "the regional governor", "district officials": `local_mark`)."""
        tree = self.tree
        phrase = [tree.tok(k) for k in tree.subtree(h) if k < h and tree.tok(k).dep in _LOCAL_LINKS]
        return _marked(tree.tok(h), phrase)

    def _homely(self, ref: Ref, head: int, away: frozenset[int]) -> bool:
        """False for new people the dateline must not place: forces that strike ("KYIV - Troops
        shelled villages": their target may be where the story is filed) and speakers ("…,
        diplomats said": often foreign envoys)."""
        if not self.fresh(head):
            return True
        return self._whole is None and not (away and ref.entity.sector == "MIL")

    def _at_home(self, ref: Ref, there: Entity | None = None) -> Ref:
        """A state's body or officer still without a country ("The military said it had repelled
        the attack", "Army spokesman Brigadier General Nabil Abdallah") acting in a story with a
        wire dateline takes the dateline's state: a story filed from Khartoum that says "the
        military" without a country means Sudan's (`_homely` says who may be placed so). So do
        a state's own people in its politics, protesters, the opposition and strikers
        (`_DOMESTIC`): "TBILISI - Protesters plan to march on parliament" are Georgians. A state
        the sentence sets itself in before the body (`there`: "NIAMEY - In central Mali, the army
        said …") is the body's, not the dateline's: hubs file stories on their neighbours."""
        e, home = ref.entity, self.discourse.home
        if home is None or e.country is not None or e.sector not in STATE_SECTORS | _DOMESTIC:
            return ref
        if there is not None and e.sector in STATE_SECTORS:
            return Ref(Entity(e.text, e.name, there.country, e.sector, e.wikidata), inferred=True)
        if e.sector in _DOMESTIC and self._sets_a_place():
            return ref  # "LONDON - Protesters marched through Paris": the place's, placed later
        return Ref(Entity(e.text, e.name, home.country, e.sector, e.wikidata), inferred=True)

    def _sets_a_place(self) -> bool:
        """True when the sentence, past its wire dateline, names a place (people there may be
        that place's, not the dateline state's)."""
        sentence = self.tree.sentence
        end = dateline_end(sentence.tokens)
        first = end if end is not None else -1
        return any(ent.label in PLACE_ENTS and ent.start > first for ent in sentence.ents)


# Sectors of a state's own people in its politics (protesters, the opposition, strikers): in a
# story filed from a state, people of these sectors no phrase places are that state's.
_DOMESTIC = frozenset({"OPP", "LAB"})
_QUOTES = ('"', "“", "”", "``", "''")


def quoted(tree: Tree, h: int) -> bool:
    """True when token h is inside a direct quotation opened earlier in its sentence, or opened
    just before it: the sentence splitter leaves a quote's opening mark at the end of the sentence
    before (`"They are preparing an aggression," the minister said`), so a sentence whose first
    mark after h closes a quote (an odd count of straight marks, or a closing curly one) with none
    before h is inside one."""
    marks = [tree.tok(i).text for i in range(h) if tree.tok(i).text in _QUOTES]
    if marks:
        return marks.count('"') % 2 == 1 or marks[-1] in ("“", "``")
    after = [t.text for t in tree.sentence.tokens[h + 1 :] if t.text in _QUOTES]
    return bool(after) and (after.count('"') % 2 == 1 or after[0] in ("”", "''"))


def unknown_body(tree: Tree, span: list[int], subj: Token) -> bool:
    """True for an organisation the dictionary lacks, named in two capitalised words or more
    ("The Coordination of Azawad Fronts said its fighters …": its = that body, no country)."""
    names = [i for i in span if tree.tok(i).text[:1].isupper() and tree.tok(i).pos == "PROPN"]
    return subj.pos == "PROPN" and subj.ent_type not in ("PERSON", "GPE", "LOC") and len(names) > 1


# "Local" people: a party or claimant the dictionary cannot place, written with a word that makes it
# the people of the place the event happens in ("a local resistance group said", "district
# officials", "residents said"), takes that place's country once places are resolved (`localize.localized`,
# called by pipeline.resolve_events). Only the modifier of the party's own phrase counts ("3 a.m.
# local time" marks nobody), and only a place resolved within one country (a region spanning
# several has none).
_LOCAL_MARKS = words("local district township village provincial regional municipal county town city")
# Inhabitants, and the offices of a locality (a governor or mayor speaks for the province or town).
_LOCAL_NOUNS = words("""residents villagers locals townspeople townsfolk governor mayor schoolgirls
    schoolboys schoolchildren pupils worshippers worshipers farmers fishermen herders miners crowd crowds
    mob mobs rioters teachers workers strikers employees labourers laborers crew staff attendants
    controllers dockers drivers nurses""")
_LOCAL_LINKS = frozenset({"amod", "compound", "nmod"})


def local_mark(sentence: Sentence, text: str) -> bool:
    """True when every phrase written `text` in the sentence is marked as the place's own people:
    its head is a word for inhabitants, or a word of the phrase before its head, or a modifier of
    the head just before the phrase, is a word for a locality ("local", "district", "village"
    officials; not "the village" itself)."""
    if not text.strip():
        return False
    found = []
    for match in re.finditer(rf"(?<!\w){re.escape(text)}(?!\w)", sentence.text):
        start, end = sentence.start + match.start(), sentence.start + match.end()
        span = [t for t in sentence.tokens if start <= t.idx < end]
        if not span:
            continue
        head = next((t for t in span if not start <= sentence.tokens[t.head].idx < end), span[-1])
        mods = [t for t in sentence.children(head.i) if t.dep in _LOCAL_LINKS and t.i < span[0].i]
        found.append(_marked(head, span + mods))
    return bool(found) and all(found)


def _marked(head: Token, phrase: list[Token]) -> bool:
    """A phrase's head that is a word for inhabitants or a local office, or a word before the head
    for a locality."""
    said = {t.text.lower() for t in phrase if t.i != head.i}
    return head.text.lower() in _LOCAL_NOUNS or bool(said & _LOCAL_MARKS)


# Nouns for one who speaks for a body ("a military spokesman", "a government source").
VOICES = words("spokesman spokeswoman spokesperson spokespeople source official officer")
# Words that name a state body only as the modifier of its voice, which the dictionary lacks as a
# body of their own ("a security source", "security officials": the state's security forces).
_BODY_MODIFIERS = {"security": "COP"}


@cache
def state_body_sector(word: str) -> str | None:
    """The state sector the dictionary gives a one-word body word ("government": GOV, "army":
    MIL), or a modifier-only body word (`_BODY_MODIFIERS`: "security"), None for any other word
    (role nouns such as "official" name no body)."""
    from .resolve.actors import ActorDictionary

    if word in _BODY_MODIFIERS:
        return _BODY_MODIFIERS[word]
    entries = ActorDictionary.load().entries(word)
    found = [e.sector for e in entries if e.kind == "sector" and e.role != "inherit"]
    return next((s for s in found if s in STATE_SECTORS), None)


# Words that make armed people part of a movement across states ("jihadist fighters", "jihadists"),
# as the dictionary's stateless groups are: where they fight says nothing of whose they are.
_TRANSNATIONAL = words("jihadist jihadists jihadi jihadis")


def transnational(e: Entity) -> bool:
    """True for armed people named as jihadists ("Jihadist fighters killed 20 soldiers in Niger")
    or as linked to a stateless group ("Islamic State-linked insurgents"): where they act places
    none of them."""
    if any(w.lower() in _TRANSNATIONAL for w in e.text.split()):
        return True
    low = e.text.lower()
    return e.country is None and any(f"{g.lower()}-" in low for g in stateless_groups())
