"""Who took part: noun phrases to Entities through the actor dictionary, with back-reference.

`Participants.entities(head)` reads the noun phrase headed by a token: its conjuncts, and those
of its "of" ("the ministers of Israel and Jordan", a list of states "of France, Germany and
Italy"), become separate entities ("the United States and Britain"), a sector word combines with
the country in the phrase ("the defence ministry of Belarus", "Russia's army"), the named owner
of an ally, proxy or rival is not the party ("Israel's militia ally in southern Lebanon": the
ally's place, else no country), a place named by whom it is for is theirs ("a camp for Congolese
refugees"), and a phrase without a dictionary match is resolved from context (`Discourse`):
- "he"/"she"/"the 67-year-old"/"the president" → the last person named ("the minister" → the
  last person whose title says minister, whatever the sector);
- "it"/"its" → the last country, organisation or group; "they" → the last group or country; the
  "its"/"their" of a nominal event object is its own clause subject's ("Hezbollah said Israel
  continued its strikes": Israel's);
- "the two countries"/"both sides"/"both parties" → the two sides of a "between" phrase, else the
  last two sides named, not observers nor the urger's own side (sides.py);
- "its ally" → the last country other than the one "its" refers to; a possessive in a later
  conjunct is the conjunct's before it, and what it owns by a relational noun is not that owner
  ("Iran and its proxies": the proxies are no one the text names, unless placed elsewhere);
- "his country", "their nation" → the state of the pronoun's owner (else of the sentence's
  subject: "Venezuela's foreign minister said his country …");
- "the group"/"the movement" → the last named group (or the group of the last spokesman named),
  unless a group without a name came in since; "its units", "its jets" → the owner's forces;
- a person named only by a title ("Junta spokesman Colonel X") → the country of the body an earlier
  sentence named with a word of the title, else of the last body of its sector;
- a bare sector ("the ministry", "the troops") → a place named in the sentence, else the country
  of the last entity with that sector; "the statement" → the last speaker. A plural with no
  definite determiner or owner ("Protesters marched", "troops shelled") is new people: only its
  own sentence places it (a place, the speaker of the same sector: "the military said troops
  had …"), never people named in earlier sentences;
- a phrase the context cannot place either (an unknown person, "prisoners", "the police") → the
  country the sentence is set in (`scene`): a country or capital it happens in ("rioted at a
  jail in Dili"), else the only country the sentence names. The PLOVER GSR and the project's
  gold set code such domestic actors with their country ("detained by police in Tbilisi" → GEO).
  Only agents are placed so (subjects, "by" phrases, owners): a victim's country is not guessed,
  except that a state's police, courts or government coerce their own people ("Egyptian police
  dispersed demonstrators": EGY) and a place struck is its country's ("villages in Ukraine"); an
  agent placed by a capital is named as that state's party of its own sector ("protesters in
  Belgrade": Serbia, OPP), not as the capital's government, and one placed by a town the
  dictionary lacks takes the event place's country (placed_parties.py);
- forces (MIL) that attack or seize take no country from the clause they strike in: its places
  and states are the target's ("Troops shelled villages in Ukraine" is no Ukrainian act), unless
  named as a government's ("Government troops killed rebels in Uganda") or seizing power; and
  nobody takes the country of the other party of their clause when it cannot be their own
  (a sanction or aid, or officials and forces acting on a state: "Officials imposed sanctions on
  Iran", "Diplomats accused Russia"; a person named without a title, whatever the act: "Amadou
  Sow accused Russia"). Forces that are the subject of a "from" phrase are its states' ("Troops
  from Kenya and Burundi arrived"), unless they withdraw.
A speaker ("…, officials said") is placed by its own phrase and earlier sentences, else by the
one state its sentence names (unnamed people only by a place: "diagnosed in China"), never by one
of several parties of what it says; a leading dateline's place is no participant, only a scene,
and its state places a state's body the story names later without a country ("The military said").
Entities found by context are marked `inferred`, which lowers the event's confidence. The extent
of a noun phrase and its coordination are in phrases.py (`NounPhrases`, a base class), the scene
rules (what places an agent, what does not) are in scene.py (`SceneReading`, a base class), the
placing of groups, targets and housing by their place in placement.py (`Placement`), the voices of
a state's bodies ("state media", "a military spokesman", "the army" of a story filed from a
capital) in speakers.py (`Voices`), a party named by its relation to another ("Russia's allies")
in relations.py (`Relations`); the article's memory of what it named is in discourse.py.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise
from typing import TYPE_CHECKING

from .antecedents import Antecedents, plural_people
from .attribution import find_source, own_subject
from .backrefs import BODY_NOUNS, back_reference, numbered_back, owned, with_text
from .discourse import INDEFINITE, Discourse
from .lexicon import Lexicon
from .models import Entity
from .nlp import Token
from .phrases import NounPhrases
from .placement import GROUP_NOUNS, Placement
from .relations import Relations
from .resolve.actor_entries import STATE_SECTORS, party_name, role_nouns, seat_body
from .scene import (
    LOCATIVE,
    NO_TOKENS,
    Ref,
    SceneReading,
    local_mark,
    lone_dateline,
    state_codes,
    transnational,
    unknown_body,
)
from .sides import numbered_group
from .speakers import Voices, stated_in
from .syntax import DEFINITE, Tree, words

if TYPE_CHECKING:
    from .resolve.actors import ActorMention

_MILITARY_RULE = words("junta")  # a government of the armed forces: its title is the army's
# A government that took power by force or is named as illegitimate: "the junta", "the regime",
# "the military rulers/government". A definite one refers back to the one the story named.
_RULING_WORDS = words("junta juntas regime regimes")
_MILITARY_RULERS = words("government governments ruler rulers leadership")
# A state's leader or government orders, sends or deploys its own forces.
_COMMANDED = frozenset({"MIL", "COP", "SPY"})
# Verbs of conveying: a vehicle or convoy "carrying Russian troops" stands for its load. Other
# clauses on a noun say what it is about ("a statement urging Egypt to …" is not Egypt's).
_CONVEYING = words("carry transport ferry bring haul convey move evacuate deliver take")
_NAMED_LABELS = frozenset({"PERSON", "ORG", "NORP"})
# Words for people the dictionary has no sector for; as a phrase head they are an actor.
_PEOPLE = GROUP_NOUNS | words("""prisoner inmate gunman settler attacker assailant kidnapper mob
    tribesman warlord hardliner islamist pirate hijacker bomber guerrilla guerilla militant fighter
    insurgent extremist radical dissident activist protester demonstrator refugee""")
# People of the society sectors a state's authorities act on at home (scene.py `_state_at_home`).
_SOCIETY = frozenset({"OPP", "CVL", "EDU", "LAB", "REL", "MED", "PTY"})
# Verbs that relay what their subject says: the places and parties of what is said are its
# content, not the speaker's ("Israeli tanks shelled Rafah, residents said").
_SAYING = words("""say tell state claim announce report confirm deny add note write declare explain
    reveal disclose tweet post quote acknowledge admit indicate insist stress reiterate""")  # fmt: skip

__all__ = ["Discourse", "Participants", "Ref"]


def _hyphen_between(tokens: Sequence[Token], end: int, start: int) -> bool:
    """True when the only token between two names is a hyphen glued to both ("Israeli-Syrian")."""
    return (
        start == end + 1
        and tokens[end].text == "-"
        and not tokens[end - 1].whitespace
        and not tokens[end].whitespace
    )


def _ruling(text: str) -> bool:
    """True for a phrase naming a junta or regime ("the junta", "Niger's military rulers")."""
    low = [w.lower().removesuffix("'s").removesuffix("’s") for w in text.split()]
    military = any(a == "military" and b in _MILITARY_RULERS for a, b in pairwise(low))
    return military or any(w in _RULING_WORDS for w in low)


def _placed_in(e: Entity, state: Entity) -> Ref:
    return Ref(Entity(e.text, e.name, state.country, e.sector, e.wikidata), inferred=True)


# Who speaks for a body a "for" phrase names ("a spokesman for the group", `Participants._voice_of`).
_SPOKESPEOPLE = words("spokesman spokeswoman spokesperson")


# Words that make a name a military unit or command ("U.S. Air Forces Central", "British Army").
_UNIT_WORDS = words("force forces army navy command corps marines fleet guard brigade division regiment")
# Nouns for a company's workforce: "Lufthansa pilots" strike as labour, not as the company.
_WORKFORCE = words("pilot worker employee staff crew driver docker miner attendant controller union")


def _national_unit(name: str) -> Entity | None:
    """A unit name the dictionary lacks that opens with a country's name, abbreviation or
    demonym ("U.S. Air Forces Central", "Russian Aerospace Forces"): that country's forces."""
    from .resolve.actors import ActorDictionary  # the dictionary imports the coder's modules

    said = name.split()
    if len(said) < 2 or not any(w.lower() in _UNIT_WORDS for w in said[1:]):
        return None
    found = [
        e for e in ActorDictionary.load().entries(said[0]) if e.kind in ("country", "demonym") and e.country
    ]
    return Entity(name, name, found[0].country, "MIL") if found else None


def _workforce(e: Entity, head: Token) -> Entity:
    """A company named before a word for its workers ("Lufthansa pilots", "Shell workers") is
    its labour, of the company's state: strikers are no business acting."""
    if e.sector != "BUS" or head.lemma.lower() not in _WORKFORCE or head.text == e.name:
        return e
    return Entity(e.text, e.name, e.country, "LAB", e.wikidata)


class Participants(NounPhrases, SceneReading, Antecedents, Placement, Voices, Relations):
    """Resolve noun phrases of one sentence to entities."""

    def __init__(
        self, tree: Tree, mentions: list[ActorMention], discourse: Discourse, lexicon: Lexicon | None = None
    ) -> None:
        self.tree = tree
        self._lexicon = lexicon
        # A leading wire dateline ("CARACAS, June 3 (Reuters) -") names where the reporter filed
        # from: no participant of the sentence, only a hint of its scene (`SceneReading.filed`).
        end = tree.dateline if tree.dateline is not None else lone_dateline(tree)
        self.filed = [m for m in mentions if end is not None and m.start < end]
        filed_states = [m.entity for m in self.filed if m.entity.country in state_codes()]
        if filed_states:  # a later dateline starts another story (an aggregator's page)
            discourse.home = filed_states[0]
        own = sorted((m for m in mentions if m not in self.filed), key=lambda m: m.start)
        self.mentions = discourse.settle(own)  # a bare "Congo" read by the story
        self.discourse = discourse
        self._reporting: set[int] = set()  # speakers being resolved for `_reporter`
        self.pairing: set[int] = set()  # "both sides" being resolved (sides.py)
        self._whole: Participants | None = None  # the whole sentence's, in the view `_speaker` builds
        self.at: dict[int, ActorMention] = {}
        for m in self.mentions:
            for k in range(m.start, m.end):
                self.at.setdefault(k, m)
        discourse.read(tree, self.mentions)

    # --- context -------------------------------------------------------------------------
    def context(self, before: int) -> list[tuple[Entity, str]]:
        """Earlier entities, most recent first: this sentence's mentions before the token,
        then earlier sentences."""
        local = [(self._resolved(m), m.kind) for m in self.mentions if m.end <= before]
        return list(reversed(self.discourse.items + [(e, k) for e, k in local if e is not None]))

    def _resolved(self, m: ActorMention) -> Entity | None:
        if m.kind == "sector" and m.entity.country is None:
            return None  # a bare sector tells nothing about who is meant later
        return m.entity

    def main_subject(self, before: int, singular: bool = False) -> Entity | None:
        """This sentence's first subject when it comes before token `before` ("Denmark intends
        to deliver jets to Ukraine, its defence minister said": its = Denmark's); for a
        `singular` pronoun none when that subject is plural people ("Thai troops")."""
        tree = self.tree
        for m in self.mentions:
            if m.end > before or m.kind == "person" or not m.entity.country:
                continue
            heads = [tree.tok(k) for k in range(m.start, m.end) if not m.start <= tree.tok(k).head < m.end]
            if any(t.dep == "nsubj" for t in heads):  # the first subject of the sentence
                plural = any(t.tag == "NNS" for t in heads) or (m.kind == "demonym" and plural_people(m.text))
                return None if singular and plural else m.entity
        for tok in tree.sentence.tokens[:before]:
            if tok.dep != "nsubj" or tok.pos not in ("NOUN", "PROPN"):
                continue
            inside = self._within(set(self.span(tok.i)))  # "The paramilitary group said it had …"
            if inside and all(m.kind == "sector" and m.entity.country is None for m in inside):
                found = [r.entity for r in self._one(tok.i)]  # the group it names (the RSF)
                return found[0] if len(found) == 1 and found[0].country else None
        return None

    def _sayer(self, h: int) -> Entity | None:
        """The state or body whose saying holds the pronoun at h: "Israel struck Beirut hours before
        Hezbollah said it had fired rockets" (it = Hezbollah, not the sentence's first subject); a
        saying conjoined to another verb shares its subject ("denied … and said it would …")."""
        tree = self.tree
        node = tree.tok(h)
        for head in tree.ancestors(h):
            stated = stated_in(tree, node, head)  # "said in a statement that it had …"
            head = stated or head
            if (node.dep == "ccomp" or stated is not None) and head.pos in ("VERB", "AUX"):
                subj = tree.child(head.i, "nsubj")
                first = tree.head(head.i) if subj is None and head.dep == "conj" else None
                if first is not None:  # "JNIM denied losing fighters and said it would …": shared
                    subj = tree.child(first.i, "nsubj")
                if subj is None or subj.pos == "PRON":
                    return None
                inside = self._within(set(self.span(subj.i)))
                if not inside and unknown_body(tree, self.span(subj.i), subj):
                    text = tree.text(min(self.span(subj.i)), subj.i + 1)
                    return _national_unit(text) or Entity(text, subj.text, None, None)
                said = [m for m in inside if m.kind != "person" and m.entity.country]
                if said:
                    return said[0].entity
                # a body named by its sector word ("The military said it had repelled the
                # attack"): the body, placed as its phrase is, not the last party named
                bodies = [m for m in inside if m.kind in ("sector", "group")]
                found = [r.entity for r in self.entities(subj.i)] if bodies else []
                return found[0] if len(found) == 1 else None
            if node.dep in ("relcl", "advcl", "xcomp") and node.i != h:
                return None
            node = head
        return None

    def country_for_sector(
        self, sector: str | None, before: int, *, fresh: bool = False, away: frozenset[int] = NO_TOKENS,
        here: bool = True, mover: int | None = None,
    ) -> Entity | None:  # fmt: skip
        """The country a bare sector word belongs to: a place named in the same sentence
        ("police … in Minsk"; not one on tokens `away`, none for people abroad: not `here`), else
        the last entity of the same sector (for `fresh` people, "Protesters marched", only one
        named earlier in this sentence); None when unknown."""
        placed = self._sector_place(away, mover) if here else None
        if placed is not None:
            return seat_body(placed, sector)  # "officials in Brussels": the EU's
        context = self.context(before)
        if fresh:
            context = context[: len([m for m in self.mentions if m.end <= before and self._resolved(m)])]
        others = self._others(before)
        for e, _ in context:
            if sector and e.sector == sector and e.country and e.country not in others:
                return e
        return None

    def _at_venue(self, m: ActorMention) -> bool:
        """A place phrase "in/at X" on a meeting or a signing (`SceneReading._venue`): where the
        parties met says nothing of whose they are, where a crowd gathered does ("In Warsaw,
        protesters gathered outside the embassy")."""
        tok = self._phrase_head(m)
        prep = self.tree.head(tok.i)
        head = self.tree.head(prep.i) if prep is not None and tok.dep == "pobj" else None
        return head is not None and prep is not None and prep.lemma.lower() in LOCATIVE and self._venue(head)

    def _sector_place(self, away: frozenset[int], mover: int | None = None) -> Entity | None:
        """The first place the sentence names after "in", "at", "near" … (not on tokens `away`,
        nor where forces at `mover` go or leave: `moved`, nor what an attack aims "at": "fired
        rockets at Israeli positions in Lebanon" names the target, not where the attackers are)."""
        moving = self.moved(mover) if mover is not None else NO_TOKENS
        for m in self.mentions:
            if (
                m.entity.country
                and m.kind != "person"
                and m.start > 0
                and m.start not in away
                and self.tree.tok(m.start - 1).text.lower() in LOCATIVE
                and not self._aimed_at(self.tree.tok(m.start - 1))
                and m.start not in moving
                and not self._at_venue(m)  # a venue: "met the rebels in Lome"
                and not self._posted(m)
            ):
                return m.entity
        return None

    def _others(self, at: int) -> frozenset[str]:
        """The countries whose bodies this sentence names by nationality besides the phrase at
        `at`: a bare sector is not theirs ("The ruling junta suspended French broadcasters and
        ordered French troops to leave" is no French junta: news would say "its troops")."""
        m = self.at.get(at)
        own = set(range(m.start, m.end)) if m is not None else {at}
        return frozenset(o.entity.country for o in self.mentions if o.entity.country and o.kind == "demonym"
                         and o.entity.sector and not own & set(range(o.start, o.end)))  # fmt: skip

    # --- phrases -------------------------------------------------------------------------
    def entities(self, head: int | None) -> list[Ref]:
        """Entities of the phrase headed by `head` and its conjuncts (deduplicated)."""
        if head is None:
            return []
        if self._whole is None and self._speaks(head):
            return self._spoken_by(head)
        out: list[Ref] = []
        away = self._struck(head)
        for h in self._conjuncts(head):
            for ref in self._one(h, away):
                if all(ref.entity.country != o.entity.country or ref.entity.sector != o.entity.sector
                       or ref.entity.name != o.entity.name for o in out):  # fmt: skip
                    out.append(ref)
        if self._acting(head) and all(r.entity.country is None for r in out) and not self._abroad(head):
            out = [self._in_scene(r, head, away) for r in out]  # nobody placed: the sentence's country
            there = self._elsewhere(head, away)
            out = [self._at_home(r, there) if self._homely(r, head, away) else r for r in out]
        out = self.home_voices(out, head)  # "ABUJA - …, a military spokesman said"
        self._remember_placed(head, out)
        return out

    @staticmethod
    def _owned_by(e: Entity, text: str, sector: str | None, base: str) -> Ref:
        """The party a phrase owned by `e` names ("its troops": e's forces); a role noun keeps
        the owner's sector ("the movement's leader" is the movement's); a capital's troops are its
        state's ("Moscow's troops": Russia, MIL)."""
        if sector is None or (e.sector is not None and base in role_nouns()):
            return Ref(Entity(text, e.name, e.country, e.sector), inferred=True)
        return Ref(Entity(text, party_name(e, sector, base), e.country, sector), inferred=True)

    def _elsewhere(self, head: int, away: frozenset[int]) -> Entity | None:
        """The state the whole sentence sets itself in before the phrase at `head` (a speaker's
        view sees only its own phrase), when it is not the dateline's: "NIAMEY - In central
        Mali, the army said …" is Mali's army; not where striking forces strike (`away`)."""
        home = self.discourse.home
        there = (self._whole or self).set_in_state(min(self.span(head)), away)
        return there if there is not None and home is not None and there.country != home.country else None

    def _remember_placed(self, head: int, out: list[Ref]) -> None:
        """Note a person the dictionary left without a country whom the rules placed in one
        ("Interior Minister Xhelal Svecla said" under a Pristina dateline), so that his family
        name alone later in the article is placed the same (`Antecedents._bearer`)."""
        m = self.at.get(head)
        if m is None or m.kind != "person" or m.entity.country is not None or not m.entity.name:
            return
        placed = [r.entity for r in out if r.entity.country]
        if len(placed) == 1 and len(m.entity.name.split()) > 1:
            e = placed[0]
            self.discourse.placed[m.entity.name] = Entity(
                m.entity.text, m.entity.name, e.country, m.entity.sector
            )

    def entity_of(self, head: int) -> list[Entity]:
        """The entities of the phrase at `head`, for the mixins that need no `Ref` marks."""
        return [r.entity for r in self.entities(head)]

    def _speaks(self, head: int) -> bool:
        """True when the phrase at `head` is the subject of a verb of saying ("…, officials said")."""
        verb = self.tree.head(head)
        return (
            self.tree.tok(head).dep == "nsubj"
            and verb is not None
            and verb.pos in ("VERB", "AUX")
            and verb.lemma.lower() in _SAYING
        )

    def _spoken_by(self, head: int) -> list[Ref]:
        """The speaker at `head`, placed by its own phrase and earlier sentences; else the one
        state its sentence names ("Serbia's army will be placed on alert, the defence minister
        announced"; for unnamed people only as a place: "Three cases were diagnosed in China,
        officials say"), never one of several parties of what it says ("Trump might meet Kim Jong
        Un, officials said"; "Israeli jets struck ports in Yemen, the military said")."""
        antecedent = self.relative_antecedent(head)
        if antecedent is not None:  # "the BLA, which claimed the attack": the BLA, as named
            return self.entities(antecedent)
        refs = self._speaker(head).entities(head) or self.unknown_voice(head)
        voiced = None if self.fresh(head) or self._abroad(head) else self.voiced_state(head)
        if voiced is not None:  # an office of the state whose statement it reports, not the dateline's
            refs = [_placed_in(r.entity, voiced) if r.entity.sector in STATE_SECTORS
                    and (r.inferred or not r.entity.country) else r for r in refs]  # fmt: skip
        if any(r.entity.country for r in refs):
            return refs
        # unnamed people ("officials", "a senior official") only from a place the sentence is set in:
        # "Hungary dropped its objections, diplomats said" is no Hungarian claim; the place's own
        # people ("Russian forces shelled Kherson, the regional governor said") are the place's,
        # given its country once it is resolved (localize.py `localized`)
        state = self._named_state(placed=self.fresh(head))
        if state is None or self._abroad(head):
            return refs
        sentence = self.tree.sentence
        return [
            r if r.entity.country or self._stateless(r.entity) or local_mark(sentence, r.entity.text)
            else _placed_in(r.entity, state) for r in refs
        ]  # fmt: skip

    def _speaker(self, head: int) -> Participants:
        """A view of this sentence for the speaker at `head` that sees only its own phrase's
        mentions: what a speaker says does not place it ("Trump might meet Kim Jong Un, officials
        said" is no North Korean claim; "Israeli jets struck ports in Yemen, the military said"
        is no Yemeni one). Its own phrase ("officials in Kabul") and earlier sentences still do."""
        own = set(self.tree.subtree(head))
        mine = [m for m in self.mentions if all(k in own for k in range(m.start, m.end))]
        view = Participants(self.tree, mine, self.discourse, self._lexicon)
        view._whole = self  # its pronouns still read the whole sentence ("…, his office said")
        return view

    def _reporter(self, h: int, sector: str | None) -> Entity | None:
        """The speaker of the clause the phrase at h is in, when it is a body of the same sector
        speaking of its own people ("The military said troops had destroyed …", "police said
        officers detained …"); None otherwise."""
        source = find_source(self.tree, h) if sector else None
        if source is None or self.tree.is_under(source.speaker, h) or source.speaker in self._reporting:
            return None  # the last test: "Officials said officials …" would ask itself forever
        self._reporting.add(source.speaker)
        try:
            found = [r.entity for r in self.entities(source.speaker)]
        finally:
            self._reporting.discard(source.speaker)
        if len(found) != 1 or not found[0].country or found[0].sector != sector:
            return None
        other = self._acted_on_by(h, found[0].country) or self.beside_other_side(h, found[0].country)
        return None if other else found[0]

    def _acted_on_by(self, h: int, country: str) -> bool:
        """True when the phrase at h is the object of an act whose subject is of `country` ("Israel
        struck Iran and killed several commanders, the Israeli military said"): a state's body
        speaking of those its side acted on is not speaking of its own people."""
        tree = self.tree
        verb = tree.head(h)
        if tree.tok(h).dep != "dobj" or verb is None:
            return False
        subj = own_subject(tree, verb)
        while subj is None and verb.dep == "conj":
            head = tree.head(verb.i)  # "struck Iran and killed …": the first conjunct's subject
            if head is None:
                break
            verb, subj = head, own_subject(tree, head)
        return subj is not None and any(
            r.entity.country == country and not r.inferred for r in self.entities(subj.i)
        )

    def fresh(self, h: int) -> bool:
        """True for a plural with no definite determiner or owner ("Protesters marched",
        "thousands of workers", "200 troops") or a singular with an indefinite article ("a
        militant", "another soldier"): new people, not ones named in earlier sentences. A state's
        own media ("state media said") is no new people (`state_outlet`)."""
        tok = self.tree.tok(h)
        if self.state_outlet(h):
            return False
        if tok.tag in ("NN", "NNP") and not self._plural_word(h):
            return any(c.dep == "det" and c.lemma.lower() in INDEFINITE for c in self.tree.children(h))
        if tok.tag not in ("NNS", "NNPS", "NNP"):
            return False
        return not any(c.dep == "poss" or (c.dep in ("det", "predet") and c.lemma.lower() in DEFINITE)
                       for c in self.tree.children(h))  # fmt: skip

    def _apposed_name(self, h: int) -> bool:
        """True for a role noun with a person's name in apposition ("A junta spokesman, Zaw Min
        Tun, denied …"): one known person, read as the titled role ("Junta spokesman Zaw Min
        Tun"), not as new people."""
        tok = self.tree.tok(h)
        appos = self.tree.child(h, "appos")
        if appos is None or tok.lemma.lower() not in role_nouns() or appos.tag != "NNP":
            return False
        person = any(e.label == "PERSON" and e.start <= appos.i < e.end for e in self.tree.sentence.ents)
        return person or all(self.tree.tok(k).tag == "NNP" for k in self.span(appos.i))

    def _names_other(self, m: ActorMention, inside: set[int]) -> bool:
        """True for a named party that a relational noun of the phrase is defined by, as a proper
        noun before it or its "of" object ("the Putin ally", "a Kremlin ally", "an ally of
        Putin"): the ally is another party than the one it is the ally of, as with "Putin's ally"
        (`_owns_other`). An adjective stays the ally's own kind ("its Kurdish allies"), and a body
        before the noun names what the allies are members of ("its European Community partners")."""
        tree = self.tree
        tok = tree.tok(self._mention_head(m))
        head = tree.head(tok.i)
        if head is not None and tok.dep == "pobj" and head.lemma.lower() == "of":
            head = tree.head(head.i)
        elif tok.dep != "compound" or tok.pos != "PROPN" or m.kind not in ("country", "metonym", "person"):
            return False  # "its European Community partners", "NATO allies": members of the body
        return (
            head is not None
            and head.i in inside
            and self.relational(head.i)
            and not m.start <= head.i < m.end
        )

    def _one(self, h: int, away: frozenset[int] = NO_TOKENS) -> list[Ref]:
        tree = self.tree
        tok = tree.tok(h)
        span = self.span(h)
        inside = set(span)
        found = self._within(inside)
        found += [m for m in self._listed_seats(h) if m not in found]
        if numbered_group(tree, h) and not any(m.entity.country for m in found):
            return numbered_back(self, h)  # "the three juntas": the three listed, else no one
        owners = [m for m in found if self._owns_other(m, inside) or self._names_other(m, inside)]
        if owners:  # "Russia's allies", "the chief of Israel's militia ally": not Russia's, Israel's
            rest = [m for m in found if m not in owners]
            appos = tree.child(h, "appos")
            if appos is not None and not any(m.entity.country for m in rest):  # "Putin ally Viktor Orban"
                rest += self._within(set(self.span(appos.i)))
            return self._owned_other(h, rest, owners, away)
        if not found:
            appos = tree.child(h, "appos") or self._next_appos(h)
            if appos is not None:
                found = self._within(set(self.span(appos.i)))
        if not found and (tok.lemma.lower() == "who" or tok.tag in ("WP", "WDT")):
            head = tree.head(h)
            if head is not None and head.dep == "relcl":
                owner = tree.head(head.i)
                if owner is not None:
                    return self._one(owner.i)
        if not found:
            for acl in tree.children(h, "acl"):  # "a train carrying Russian troops"
                if acl.lemma.lower() not in _CONVEYING:
                    continue
                obj = tree.child(acl.i, "dobj")
                if obj is not None and self._within(set(self.span(obj.i))):
                    return self._one(obj.i)
            return self._backref(h) or self._owned(h) or self._housed(h) or self._placed(h) or self._named(h)
        refs = self._combine(h, found, away)
        if all(r.entity.country is None for r in refs):
            return self._voice_of(h) or refs
        return refs

    def _voice_of(self, h: int) -> list[Ref]:
        """A spokesperson for the body a "for" or "of" phrase names, which the phrase before
        may have named ("The Arakan Army has not attacked …, a spokesman for the group said";
        "a spokeswoman for the army"): the body speaks, with its country and sector."""
        tree = self.tree
        if tree.tok(h).lemma.lower() not in _SPOKESPEOPLE:
            return []
        for p in tree.children(h, "prep"):
            obj = tree.child(p.i, "pobj") if p.lemma.lower() in ("for", "of") else None
            if obj is None:
                continue
            # "the group" may name the body of what the speaker says, which its own view hides
            body = self._whole if self._whole is not None and obj.lemma.lower() in BODY_NOUNS else self
            refs = [r for r in body._one(obj.i) if r.entity.country]
            if refs:
                text = tree.text(min(self.span(h)), h + 1)
                return [Ref(with_text(r.entity, text), inferred=True) for r in refs]
        return []

    def _combine(self, h: int, found: list[ActorMention], away: frozenset[int] = NO_TOKENS) -> list[Ref]:
        own = self.at.get(h)
        shared = False
        with_country = [m for m in found if m.entity.country]
        sectors = [m for m in found if m.kind == "sector"]
        sector = own.entity.sector if own is not None and own.kind == "sector" else None
        if sector is None and sectors and (own is None or own.kind == "sector"):
            sector = sectors[-1].entity.sector
        if own is not None and own.kind != "sector" and own.entity.country:
            others = [m for m in with_country if m is not own and m.entity.country != own.entity.country]
            if not others or not self._joined([own, *others]):
                return [Ref(_workforce(own.entity, self.tree.tok(h)))]
            sector = sector or own.entity.sector  # "Hungarian and Romanian officials"
            shared = True  # a sector for conjuncts without their own ("Mali's army and Russian mercenaries")
        if not with_country:
            text = self._text(found, h)
            base = sectors[-1].entity if sectors else found[-1].entity
            person = own is not None and own.kind == "person"
            titled = self._titled_home(own, found[0].start) if own is not None and person else None
            if own is not None and titled is not None:  # "Junta spokesman Colonel X" after "Niger's junta"
                e = own.entity
                return [Ref(Entity(own.text, e.name, titled.country, e.sector), inferred=True)]
            poss = self.tree.child(h, "poss")
            owner = self._backref(poss.i) if poss is not None else []
            if owner and self.relational(h):  # "Iran and its proxies"
                return self._related_place(h, {r.entity.country for r in owner}, sector)
            if owner:  # "its troops"; "the movement's leader" is the movement's; "the two
                # countries' foreign secretaries" are both countries'
                return [self._owned_by(o.entity, text, sector, base.name) for o in owner]
            origin = self._from_states(h) if sector != "MIL" or self._agent_noun(h) else []
            if origin:  # "officials from Sudan and South Sudan"
                return [Ref(Entity(text, e.name, e.country, sector)) for e in origin]
            chief = self._commander(h) if sector in _COMMANDED else None
            if chief is not None:  # "Maduro ordered the army to mobilise": his army (Venezuela's)
                name = party_name(chief, sector, base.name)
                return [Ref(Entity(text, name, chief.country, sector), inferred=True)]
            fresh = self.fresh(h) and not self._apposed_name(h)
            if fresh:  # new people: the same noun named before, unless this sentence places them
                # elsewhere ("Russian soldiers … how many soldiers had arrived"), else their speaker's
                known = None if self._places_somewhere else self.same_head(self.tree.tok(h), found[0].start)
                same = known or self._reporter(h, sector)
            else:  # "Meanwhile, in Pakistan, the interior ministry …": not the last story's
                elsewhere = self._set_in(found[0].start)
                same = self.same_head(self.tree.tok(h), found[0].start, bodies=not elsewhere)
                if same is None and not elsewhere and self._definite(h) and _ruling(text):
                    same = self._earlier_ruler()
            if same is not None:  # "the ministry" after "the Belarusian defence ministry"
                return [Ref(with_text(same, text), inferred=True)]
            struck = away if sector == "MIL" else NO_TOKENS
            here = not self._abroad(h)  # envoys are not placed where they are
            # a junta is the army in power: "junta spokesman" after "Myanmar's military" is Myanmar's
            ruling = "MIL" if any(w.lower() in _MILITARY_RULE for w in text.split()) else sector
            ctx = (
                self.country_for_sector(ruling, found[0].start, fresh=fresh, away=struck, here=here, mover=h)
                if sector
                else None
            )
            if ctx is not None and not fresh and (not here or self._sector_place(struck, h) is None):
                ctx = self.home_body(h, sector, ctx) or ctx  # "the army" of a story filed from Maputo
            if ctx is None and sector in _SOCIETY:
                ctx = self._state_at_home(h)
            if ctx is None and sector in STATE_SECTORS and self._definite(h):
                ctx = self._elsewhere(h, struck)  # "NIAMEY - In central Mali, … blaming the army"
            if ctx is None or transnational(with_text(base, text)):  # "jihadists": no state's
                return [Ref(with_text(base, text), inferred=True)]
            name = party_name(ctx, sector, base.name)  # "protesters in Belgrade": Serbia's
            return [Ref(Entity(text, name, ctx.country, sector or ctx.sector), inferred=True)]
        persons = [m for m in with_country if m.kind == "person"]
        if persons:
            # persons the parser hung on one another with their "and" are all parties ("Fujimori
            # and Ecuadorean President Jamil Mahuad signed …": Fujimori/nmod of Mahuad)
            linked = [
                m for m in persons if shared and any(self._conjoined([m, o]) for o in persons if o is not m)
            ]
            return [Ref(m.entity) for m in linked] if len(linked) > 1 else [Ref(persons[0].entity)]
        countries: list[ActorMention] = []
        for m in with_country:
            if all(m.entity.country != c.entity.country for c in countries):
                countries.append(m)
        if len(countries) > 1:
            # only the coordinated ones: "the Turkish and Greek sides of … Cyprus" is TUR and GRC
            linked = [m for m in countries if any(self._joined([m, o]) for o in countries if o is not m)]
            countries = linked if len(linked) > 1 else countries[:1]
        label = self._text(found, h) if len(countries) == 1 and len(found) > 1 else None
        out = []
        for m in countries:
            e = m.entity
            if sector and sector != e.sector and not (shared and e.sector):
                word = sectors[-1].entity.name if sectors else ""  # "Moscow police": Russia's
                out.append(Ref(Entity(label or m.text, party_name(e, sector, word), e.country, sector)))
            else:  # "Air France cabin crews": the carrier's workforce
                out.append(Ref(with_text(_workforce(e, self.tree.tok(h)), label or m.text)))
        return out

    def _joined(self, ms: list[ActorMention]) -> bool:
        """True when the mentions are coordinated, or are two states' names glued by a hyphen
        ("Israeli-Syrian talks", "the Iran-Iraq war", "Sino-Soviet relations"): a compound
        adjective of two states names both sides."""
        if self._conjoined(ms):
            return True
        toks = self.tree.sentence.tokens
        ordered = sorted(ms, key=lambda m: m.start)
        return (
            len(ordered) == 2
            and all(m.kind in ("country", "demonym") for m in ordered)
            and _hyphen_between(toks, ordered[0].end, ordered[1].start)
        )

    def _earlier_ruler(self) -> Entity | None:
        """The state body an earlier sentence named as a junta or regime ("Niger's military
        rulers"), most recent first: "France said the junta had no authority …" is Niger's junta,
        not France's. None when the story named none."""
        for e, _ in reversed(self.discourse.items):
            if e.country in state_codes() and e.text and _ruling(e.text):
                return e
        return None

    def _titled_home(self, own: ActorMention, before: int) -> Entity | None:
        """For a person the dictionary names only by a title ("Junta spokesman Colonel Amadou
        Abdramane", "Attorney General Merrick Garland"), the country of the last body named in
        earlier sentences by a word of the title ("Niger's military junta"), else of the last
        body or person of the title's sector: news names a title without its country when the
        story has already said whose it is. A police title is the state of the story's dateline:
        police act only at home, and a foreign-led force named before ("Kenyan-led police") does
        not make the local police spokesman a foreigner. None when there is none, or when this
        sentence names another state's people of that sector by nationality."""
        sector = own.entity.sector
        if sector is None:
            return None
        home = self.discourse.home
        if sector == "COP" and home is not None and home.country in state_codes():
            return home  # police act only at home: "police spokesman X" in a Port-au-Prince story
        others = self._others(before)
        earlier = [e for e, _ in reversed(self.discourse.items)
                   if e.country in state_codes() and e.country not in others]  # fmt: skip
        named = own.text.endswith(own.entity.name)
        title = {w.lower().rstrip("s") for w in (own.text[: -len(own.entity.name)] if named else "").split()}
        ruling = bool(title & _MILITARY_RULE)  # a junta is the army in power: "Myanmar's military"
        for e in earlier:  # the body the title names: "Junta spokesman" after "Niger's military junta"
            if e.text and (e.text.split()[-1].lower().rstrip("s") in title or (ruling and e.sector == "MIL")):
                return e
        return next((e for e in earlier if e.sector == sector), None)

    def _agent_noun(self, h: int) -> bool:
        """True when the phrase at h is the subject of its clause: "troops from Kenya and Burundi
        arrived" are Kenya's and Burundi's, while "the withdrawal of troops from Syria" and
        "pulled troops from Syria" name where forces leave, as does the subject of a withdrawal
        ("Troops from Syria withdrew to the border")."""
        verb = self.tree.head(h)
        if self.tree.tok(h).dep not in ("nsubj", "nsubjpass") or verb is None:
            return False
        return "RETREAT" not in self.senses(verb)

    def _from_states(self, h: int) -> list[Entity]:
        """The states a phrase's own "from" names ("officials from Sudan and South Sudan",
        "delegates from Iran"): where such people come from is whose they are. For forces only
        when they are the subject (`_agent_noun`)."""
        tree = self.tree
        out: list[Entity] = []
        for p in tree.children(h, "prep"):
            if p.lemma.lower() != "from":
                continue
            for o in tree.children(p.i, "pobj"):
                for c in tree.conjuncts(o.i):
                    m = self.at.get(c)
                    if m is None or m.kind not in ("country", "metonym", "igo") or not m.entity.country:
                        continue
                    if all(e.country != m.entity.country for e in out):
                        out.append(m.entity)
        return out

    def _named(self, h: int) -> list[Ref]:
        """A person, organisation or group the dictionary does not know ("Lt. Gen. Prosper
        Avril resigned", "prisoners rioted"): named by the parser's entity recogniser or a
        word for people, it is an actor without a country rather than no actor at all."""
        tok = self.tree.tok(h)
        if tok.pos == "NOUN" and tok.lemma.lower() in _PEOPLE and tok.tag in ("NNS", "NNPS"):
            text = self.tree.text(min(self.span(h)), h + 1)
            home = self._state_at_home(h)  # "Kenyan police beat opposition supporters": Kenyans
            return [Ref(Entity(text, text, home.country if home else None, None), inferred=True)]
        if tok.pos != "PROPN":
            return []
        name = [self.tree.tok(k) for k in self.span(h) if self.tree.tok(k).text.strip()]  # no "\n\n"
        bearer = self._bearer(" ".join(t.text for t in name)) if all(t.pos == "PROPN" for t in name) else None
        if bearer is not None:  # "Singh" after "Indian Defence Minister Rajnath Singh"
            return [Ref(with_text(bearer, self.tree.text(name[0].i, h + 1)), inferred=True)]
        for ent in self.tree.sentence.ents:
            if ent.start <= h < ent.end and ent.label in _NAMED_LABELS:
                unit = _national_unit(ent.text)
                return [Ref(unit)] if unit else [Ref(Entity(ent.text, ent.text, None, None), inferred=True)]
        return []

    def _owned(self, h: int) -> list[Ref]:
        """Those who speak or act for the owner a pronoun names (backrefs.py `owned`)."""
        return owned(self, h)

    def _backref(self, h: int) -> list[Ref]:
        """The party a pronoun or a definite phrase refers back to (backrefs.py `back_reference`)."""
        return back_reference(self, h)
