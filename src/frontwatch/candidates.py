"""A trigger candidate: what triggers.py finds in a sentence and the later steps of event coding
(embedded.py, roles.py, code.py) prune, fold and read the participants of."""

from __future__ import annotations

from dataclasses import dataclass

from .lexicon import Trigger
from .models import Entity


@dataclass
class Candidate:
    """A trigger found in a sentence, before participants are read."""

    i: int  # the trigger token (the noun of a nominal event)
    entries: list[Trigger]  # alternatives; sector conditions choose among them
    anchor: int  # the clause the event sits in: the verb, or the noun's light verb, or the noun
    nominal: bool
    obj: int | None = None  # object consumed by a "verb > object" pattern
    end: int | None = None  # last token of the trigger text
    mode: str | None = None
    dropped: bool = False
    inner: list[Candidate] | None = None  # embedded events (what was demanded, threatened…)
    host: int | None = None  # the verb a nominal event is the subject of ("an attack killed …")
    start: int | None = None  # first token of a multiword noun ("hunger strike", "build-up")
    folded: list[Candidate] | None = None  # same-type nominal events nested in its clause
    stopped_by: int | None = None  # the verb by which another party stopped this attack
    beside: int | None = None  # the embedding verb this finite conjunct is a second act beside
    told_by: tuple[Entity, ...] | None = None  # the party of the event a bare noun tells again
