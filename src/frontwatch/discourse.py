"""What an article has named so far: the back-reference memory `Participants` reads.

`Discourse` holds the entities of the sentences read so far (most recent last), the last
speakers, the state of the story's wire dateline and the groups brought in without a name ("A
group of protesters gathered …"), which a later "the group" or "it" stands for rather than a named
group before them. One `Discourse` lives for one coding call (code.py makes it); the rules that
read it are in participants.py.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from .models import Entity
from .resolve.actor_entries import country_row, shared_names
from .syntax import CLAIM_WORDS, Tree, words

if TYPE_CHECKING:
    from .lexicon import Trigger
    from .resolve.actors import ActorMention

__all__ = ["INDEFINITE", "UNNAMED", "Discourse", "listed", "same_side", "two_sides"]

INDEFINITE = frozenset({"a", "an", "another"})
UNNAMED = "unnamed group"  # the discourse kind of a group brought in without a name
_UNNAMED_NOUNS = words("group movement faction organisation organization")  # "a group of protesters"
# Verbs whose subject answers what another said, and so speaks: a denial of anything ("denied the
# report", "denied that …"), and a rejection or dismissal of a claim ("rejected the claim",
# "dismissed the accusations as lies"; not "dismissed the commander").
_DENYING = words("deny refute rebut")
_ANSWERING = words("reject dismiss rebuff")
_AS = frozenset({"as"})


@dataclass
class Discourse:
    """Entities named so far in one article, most recent last (local to one coding call)."""

    items: list[tuple[Entity, str]] = field(default_factory=list)
    speakers: list[Entity] = field(default_factory=list)
    # The state of the last wire dateline read ("KHARTOUM, June 12 (Reuters) -"): where the story
    # is set, for a state's bodies the story names without their country ("The military said").
    home: Entity | None = None
    # People the dictionary gave no country whose phrase the rules placed ("Interior Minister
    # Xhelal Svecla" in a Pristina story: Kosovo's), by name: a later family name alone keeps it.
    placed: dict[str, Entity] = field(default_factory=dict)
    last_sentence: object = None  # the sentence last read for groups brought in without a name
    unnamed_pending: bool = False  # that sentence brought one in (noted when the next is read)
    denier_pending: Entity | None = None  # who that sentence's main verb denied with (`_denier`)
    # States the article has named by a name no other state shares ("Brazzaville", "DR Congo")
    states: set[str] = field(default_factory=set)
    # Lists of parties named together ("Mali, Burkina Faso and Niger"), with their sentence and
    # first token, most recent last: what a later "the three governments" stands for (sides.py)
    lists: list[tuple[object, int, list[Entity]]] = field(default_factory=list)
    # Multiword event nouns told with a known party, by head word ("a nuclear test" under "test"):
    # a later bare "the test" tells that event again (told_again.py)
    told: dict[str, tuple[Trigger, tuple[Entity, ...]]] = field(default_factory=dict)
    # The two sides the sentence before this one named in a "between" phrase ("hosted talks between
    # Sudan's army and the RSF"), and this sentence's: a later "the two sides" are they, not the host
    last_pair: list[Entity] = field(default_factory=list)
    pair: list[Entity] = field(default_factory=list)

    def settle(self, mentions: list[ActorMention]) -> list[ActorMention]:
        """The mentions with a bare name two states share (data/actors/shared_names.tsv) read as
        the other state when the article, this sentence included, named that one by a name of its
        own and never the default one ("Congo" after "Brazzaville" or "Sassou Nguesso" is the
        Republic of the Congo; after "Kinshasa", or alone, the DRC)."""
        shared = [_shared(m) for m in mentions]
        self.states.update(m.entity.country for m, s in zip(mentions, shared, strict=True)
                           if s is None and m.entity.country)  # fmt: skip
        return [m if s is None or s[1] not in self.states or s[0] in self.states else _as(m, *s)
                for m, s in zip(mentions, shared, strict=True)]  # fmt: skip

    def read(self, tree: Tree, mentions: list[ActorMention]) -> None:
        """Start a sentence (once: the views of one sentence share it): the group the last one
        brought in without a name comes after that sentence's named parties."""
        if self.last_sentence is tree.sentence:
            return
        self.last_sentence = tree.sentence
        if self.unnamed_pending:
            self.note_unnamed_group()
        self.unnamed_pending = _unnamed_group(tree, mentions)
        if self.denier_pending is not None:  # after the speakers of that sentence's own events
            self.note_speaker(self.denier_pending)
        self.denier_pending = _denier(tree, mentions)
        self.lists += [(tree.sentence, start, parties) for start, parties in listed(tree, mentions)]
        self.last_pair, self.pair = self.pair, between_pair(tree, mentions)
        del self.lists[:-10]

    def note_unnamed_group(self) -> None:
        """A group brought in without a name ("A group of protesters gathered …"): a later "the
        group" is that one, not a named group before it (a marker without a country, which no
        other back-reference takes)."""
        self.note(Entity("group", "group", None, None), UNNAMED)

    def note(self, entity: Entity, kind: str) -> None:
        self.items.append((entity, kind))
        del self.items[:-60]

    def note_speaker(self, entity: Entity) -> None:
        self.speakers.append(entity)
        del self.speakers[:-10]


def _shared(m: ActorMention) -> tuple[str, str] | None:
    """(default, other) for a mention of the default state by a bare shared name or a demonym it
    begins ("Congo's army", "Congolese troops"; not "DR Congo", which is the DRC's own name); None
    otherwise."""
    low = m.text.lower()
    for bare, (default, other, longer) in shared_names().items():
        if m.entity.country == default and re.search(rf"\b{re.escape(bare)}", low):
            return None if any(n in low for n in longer) else (default, other)
    return None


def _as(m: ActorMention, default: str, other: str) -> ActorMention:
    """The mention as the other state's (its name and wikidata item where they were the default's)."""
    was, now = country_row(default), country_row(other)
    e = m.entity
    name = e.name.replace(was["name"], now["name"]).replace("the the ", "the ")
    wikidata = now["wikidata"] if e.wikidata and e.wikidata == was["wikidata"] else e.wikidata
    return replace(m, entity=Entity(e.text, name, other, e.sector, wikidata))


def _unnamed_group(tree: Tree, mentions: list[ActorMention]) -> bool:
    """True when the sentence brings in a group without naming it: a body noun with an
    indefinite article outside any named group or organisation ("a group of protesters")."""
    named = {k for m in mentions if m.kind in ("group", "igo") for k in range(m.start, m.end)}
    toks = tree.sentence.tokens
    return any(
        t.text.lower() in _UNNAMED_NOUNS and t.i not in named and k > 0
        and any(p.text.lower() in INDEFINITE for p in toks[max(0, k - 3) : k])
        for k, t in enumerate(toks)
    )  # fmt: skip


def _denier(tree: Tree, mentions: list[ActorMention]) -> Entity | None:
    """The party the sentence's main verb has deny or reject a claim, when the dictionary names
    it with a country: the last to speak, whom a next sentence's "…, it said" stands for ("The
    ministry denied the report. Its troops would not enter the town, it said"), though the
    sentence reports no event with a source of its own."""
    for verb in tree.tokens:
        if verb.head != verb.i or verb.pos not in ("VERB", "AUX"):
            continue
        lemma = verb.lemma.lower()
        answers = lemma in _ANSWERING and (
            any(o.lemma.lower() in CLAIM_WORDS for o in tree.children(verb.i, "dobj"))
            or tree.has_lemma(verb.i, _AS, "prep") is not None
        )
        if lemma not in _DENYING and not answers:
            continue
        for subj in tree.children(verb.i, "nsubj"):
            m = next((m for m in mentions if m.start <= subj.i < m.end), None)
            if m is not None and m.entity.country:
                return m.entity
    return None


# Organisations that report, monitor or mediate rather than fight: never one of "both sides".
_OBSERVERS = frozenset({"IGO", "NGO", "MED"})
_NON_STATE = frozenset({"REB", "OPP"})


# Words that may stand between the members of a list of parties ("Mali, Burkina Faso and Niger").
_LIST_JOINS = frozenset({",", "and"})


def listed(tree: Tree, mentions: list[ActorMention]) -> list[tuple[int, list[Entity]]]:
    """The lists of two or more distinct parties with a country that the sentence names side by
    side, joined only by commas and "and" ("Mali, Burkina Faso and Niger left the bloc"), each
    with its first token. Read off the surface: the parse often hangs such a list as appositions."""
    runs: list[tuple[int, list[Entity]]] = []
    run: list[ActorMention] = []
    for m in sorted((m for m in mentions if m.entity.country), key=lambda m: m.start):
        joined = run and all(tree.tok(k).text.lower() in _LIST_JOINS for k in range(run[-1].end, m.start))
        if run and not (joined and m.start > run[-1].end):
            runs.append((run[0].start, _distinct(run)))
            run = []
        run.append(m)
    if run:
        runs.append((run[0].start, _distinct(run)))
    return [(start, parties) for start, parties in runs if len(parties) > 1]


def between_pair(tree: Tree, mentions: list[ActorMention]) -> list[Entity]:
    """The two sides a "between" phrase of the sentence names ("talks between Sudan's army and the
    RSF"), by the mentions inside it; [] unless there are exactly two."""
    for tok in tree.tokens:
        obj = tree.child(tok.i, "pobj") if tok.text.lower() == "between" else None
        if obj is None:
            continue
        inside = set(tree.subtree(obj.i))
        sides: list[Entity] = []
        for m in mentions:
            if m.entity.country and m.start in inside and not any(same_side(m.entity, e) for e in sides):
                sides.append(m.entity)
        if len(sides) == 2:
            return sides
    return []


def _distinct(run: list[ActorMention]) -> list[Entity]:
    """The run's parties, one per country."""
    out: list[Entity] = []
    for m in run:
        if all(e.country != m.entity.country for e in out):
            out.append(m.entity)
    return out


def same_side(a: Entity, b: Entity) -> bool:
    """Same country and both of its state or both not ("Sudan's army" and the RSF are two sides)."""
    return a.country == b.country and (a.sector in _NON_STATE) == (b.sector in _NON_STATE)


def two_sides(context: list[tuple[Entity, str]], exclude: list[Entity], states: bool) -> list[Entity]:
    """The two parties "both sides"/"the two countries" stand for: the last two the article named
    (`context`, most recent first) that are on different sides (a leader is his state's side),
    none an observer organisation (the UN that warned, the EU mission that monitors) or on the
    side of one of `exclude` (who urges the sides); for a word for `states` ("the two
    countries") of two countries. [] when there are not two."""
    out: list[Entity] = []
    for e, kind in context:
        if kind == UNNAMED or not e.country or e.sector in _OBSERVERS:
            continue
        twice = states and any(o.country == e.country for o in out)  # "the two countries": two states
        if twice or any(same_side(e, o) for o in exclude + out):
            continue
        out.append(e)
        if len(out) == 2:
            return out
    return []
