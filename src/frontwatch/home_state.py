"""The speaker's own state, named as "the state" or "the government" in what the speaker says.

"Noboa said the state would not negotiate with terrorists", "the minister said the government
will not back down": a bare definite noun for a state, with no possessor or modifier to say whose,
refers in a reported clause to the speaker's country (the deictic centre of the report is the
speaker). Read only when the clause has no actor of its own, and only for a speaker the
dictionary places in a state; an international body's spokesman has no "state" of its own.
"""

from __future__ import annotations

from .models import Entity
from .resolve.actor_entries import country_names_by_iso
from .scene import Ref
from .syntax import THE, Tree, words

_STATE_NOUNS = words("state government country nation")


def speakers_state(tree: Tree, verb: int, speaker: Entity | None) -> Ref | None:
    """The speaker's state as the actor of `verb`, when its subject is a bare "the state",
    "the government", "the country" or "the nation"; else None."""
    if speaker is None or speaker.country is None:
        return None
    name = country_names_by_iso().get(speaker.country)
    subj = tree.child(verb, "nsubj", "nsubjpass")
    if name is None or subj is None or subj.lemma.lower() not in _STATE_NOUNS:
        return None
    the = tree.has_lemma(subj.i, THE, "det")
    if the is None or any(c.dep != "det" for c in tree.children(subj.i)):
        return None  # "Ecuador's government", "the Iraqi state", "the state of Texas"
    return Ref(Entity(f"{the.text} {subj.text}", name, speaker.country, "GOV", None), inferred=True)
