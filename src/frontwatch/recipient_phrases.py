"""Recipients that a verb's phrases name beyond its type's recipient prepositions (roles.py).

Each rule reads a phrase whose meaning depends on the verb or its object, so it cannot be a
preposition of the whole event type:

- a threat that names no target of its own is aimed at the subject of its condition ("warned
  that it would strike unless Baghdad accepted …", "threatened sanctions if Iran goes ahead"):
  the party whose conduct the threat hangs on is the one warned;
- a mediator's "between" phrase names the parties mediated between ("mediated between Israel
  and the Palestinians", "shuttled between Khartoum and Juba", "brokered a truce between …");
- a protest or complaint made "to" a party is addressed to it ("protested to Beijing");
- a request for an act told as a noun asks that act of its agent ("demanded an admission by
  Moscow", "called for an apology from Tokyo");
- aid cut or suspended "for" or "to" a party was kept from it ("suspended its aid programme for
  Bosnia");
- a deadline set or a span given "for" a party names it, and one set for an act names that act's
  agent ("set a deadline for Iraq to comply", "a deadline for the withdrawal of Iraqi troops").
"""

from __future__ import annotations

from .lexicon import Trigger
from .models import Entity
from .nlp import Token
from .participants import Participants, Ref
from .syntax import Tree, words
from .verb_senses import given_span

# Conjunctions that make a clause the condition a threat hangs on.
_CONDITIONS = words("if unless")
# Verbs of a vow, which code.py makes a threat when what is vowed is force ("vowed to strike").
_SWEARING = words("vow swear")
# Verbs and nouns of third-party mediation whose "between" phrase names the sides.
MEDIATING = words("mediate mediation broker shuttle intercede arbitrate arbitration")
_BETWEEN = words("between among")
# Verbs of protest and complaint whose "to" phrase names the party addressed.
_PROTESTING = words("protest complain remonstrate object")
_TO = words("to")
# The prepositions naming the agent of the act a request's object noun names.
_AGENT_PREPS = words("by from")
# What a donor gives and may cut, and the nouns for its programmes and deliveries.
_FUNDS = words("aid assistance funding loan loans credit grant grants relief lending")
_FUND_CARRIERS = words("programme program convoy convoys shipment shipments package packages")
_DESTINATION_PREPS = words("for to")
_FOR = words("for")
_PROPOSALS = words("""call appeal demand offer proposal request plea invitation ultimatum plan initiative
    suggestion overture""")  # fmt: skip
RELATIONS = words("tie relation relationship link contact cooperation partnership alliance trade")
_RESTRICTIONS = words("blockade embargo ban sanction restriction siege")
# Goods and funds that flow to or from a party, whose "to" / "from" phrase names it when a
# sanction halts them ("a suspension of oil exports to South Africa", "a ban on imports from Iran").
_FLOWS = {w: ("to",) for w in words("export supply delivery shipment aid assistance loan credit")} | {
    w: ("from",) for w in words("import")
}
_OBJECT_PARTIES = (
    {w: ("by", "from") for w in _PROPOSALS}
    | {w: ("with",) for w in RELATIONS}
    | {w: ("on", "against") for w in _RESTRICTIONS}
    | _FLOWS
)
# The object of a warning given or served, whose clause the threatened act is ("gave notice that").
_NOTICE = words("notice")
# The prepositions naming the agent of an act noun ("the withdrawal of Iraqi troops").
_ACT_AGENT_PREPS = words("of by from")


def _prep_refs(tree: Tree, parts: Participants, head: int, preps: frozenset[str]) -> list[Ref]:
    """The parties named in the head's phrases with one of the prepositions."""
    return [r for p in tree.children(head, "prep") if p.lemma.lower() in preps
            for o in tree.children(p.i, "pobj") for r in parts.entities(o.i)]  # fmt: skip


def condition_party(tree: Tree, parts: Participants, verb: Token, actors: list[Ref]) -> list[Ref]:
    """The subject of an "if"/"unless" clause on the threat or on the act it threatens, when it
    names a party of another state than the threatener's. A pronoun subject ("if it backed …")
    is left to the threat's own reading: its antecedent is not read reliably enough here."""
    own = {a.entity for a in actors}
    own_states = {a.entity.country for a in actors if a.entity.country}
    comps = [c.i for c in tree.children(verb.i, "ccomp", "xcomp")]
    notices = [o for o in tree.children(verb.i, "dobj") if o.lemma.lower() in _NOTICE]
    comps += [c.i for o in notices for c in tree.children(o.i, "acl", "ccomp")]  # "gave notice that …"
    if any(_names_other(tree, parts, c, own) for c in comps):
        return []  # "threatened to cut ties with Russia unless …": the complement names its target
    heads = [verb.i, *comps]
    if verb.dep in ("xcomp", "ccomp"):  # "vowed to cut off supplies unless …": the vow's condition
        heads.append(verb.head)
    for h in heads:
        for cond in tree.children(h, "advcl"):
            if not any(m.lemma.lower() in _CONDITIONS for m in tree.children(cond.i, "mark")):
                continue
            subj = tree.child(cond.i, "nsubj") or tree.child(cond.i, "nsubjpass")
            if subj is None or subj.pos == "PRON":
                continue
            found = [
                r
                for r in parts.entities(subj.i)
                if r.entity not in own and r.entity.country not in own_states
            ]
            if found:
                return found
    return []


def _names_other(tree: Tree, parts: Participants, comp: int, own: set[Entity]) -> bool:
    """True when the threatened act names a party other than the threatener outside its subject
    and its conditions."""
    left = {k for c in tree.children(comp, "advcl", "nsubj", "nsubjpass") for k in tree.subtree(c.i)}
    return any(
        r.entity not in own
        for k in tree.subtree(comp)
        if k not in left and k in parts.at
        for r in parts.entities(k)
    )


def _mediated(tree: Tree, parts: Participants, verb: Token, obj: int | None) -> list[Ref]:
    """The sides of a mediation: the "between" phrase of the verb or of what it brokered."""
    if verb.lemma.lower() not in MEDIATING:
        return []
    heads = [verb.i] + ([obj] if obj is not None else []) + [o.i for o in tree.children(verb.i, "dobj")]
    return [r for h in dict.fromkeys(heads) for r in _prep_refs(tree, parts, h, _BETWEEN)]


def _requested_of(tree: Tree, parts: Participants, verb: Token) -> list[Ref]:
    """The agent of the act a request's object noun names ("demanded an admission by Moscow",
    "called for an apology from Tokyo")."""
    nouns = [*tree.children(verb.i, "dobj")]
    if nouns and tree.child(verb.i, "auxpass") is None:  # "demanded an apology by Tokyo", the
        nouns.append(verb)  # parser hanging the noun's agent on the active verb
    nouns += [o for p in tree.children(verb.i, "prep") if p.lemma.lower() == "for"
              for o in tree.children(p.i, "pobj")]  # fmt: skip
    return [r for n in nouns for r in _prep_refs(tree, parts, n.i, _AGENT_PREPS)]


def _aid_kept_from(tree: Tree, parts: Participants, verb: Token) -> list[Ref]:
    """Who the aid a verb cuts was for: the "for"/"to" phrase of an aid noun or of a programme or
    convoy of aid ("suspended its aid programme for Bosnia")."""
    out: list[Ref] = []
    for o in tree.children(verb.i, "dobj", "nsubjpass"):
        lemma = o.lemma.lower()
        funds = lemma in _FUNDS or (
            lemma in _FUND_CARRIERS and any(m.lemma.lower() in _FUNDS for m in tree.children(o.i, "compound"))
        )
        if funds:
            out += _prep_refs(tree, parts, o.i, _DESTINATION_PREPS)
    return out


def _deadline_party(tree: Tree, parts: Participants, verb: Token) -> list[Ref]:
    """The party a deadline is set for ("set a deadline for Iraq to hand over the documents"), or
    the agent of the act it is set for ("a deadline for the withdrawal of Iraqi troops")."""
    out: list[Ref] = []
    for span in given_span(tree, verb):
        for o in [o for p in tree.children(span.i, "prep") if p.lemma.lower() in _FOR
                  for o in tree.children(p.i, "pobj")]:  # fmt: skip
            out += parts.entities(o.i) or _prep_refs(tree, parts, o.i, _ACT_AGENT_PREPS)
        for clause in tree.children(span.i, "relcl", "acl"):  # "for Iraq to hand over …"
            if tree.has_lemma(clause.i, _FOR, "mark") is not None:
                out += [r for s in tree.children(clause.i, "nsubj") for r in parts.entities(s.i)]
    return out


def phrase_recipients(
    tree: Tree, parts: Participants, verb: Token, obj: int | None, entry: Trigger,
    actors: list[Ref], recips: list[Ref],
) -> list[Ref]:  # fmt: skip
    """The recipients of a verbal event, with those the rules above read added when the event
    has no recipient besides its actors (a threat's condition only then)."""
    if any(r not in actors for r in recips):
        return recips
    etype = entry.event_type
    if etype == "THREATEN" or (etype == "AGREE" and verb.lemma.lower() in _SWEARING):
        found = condition_party(tree, parts, verb, actors) or _deadline_party(tree, parts, verb)
    elif etype == "CONSULT":
        found = _mediated(tree, parts, verb, obj)
    elif etype == "ACCUSE" and verb.lemma.lower() in _PROTESTING:
        found = _prep_refs(tree, parts, verb.i, _TO)
    elif etype == "REQUEST":
        found = _requested_of(tree, parts, verb)
    elif etype == "SANCTION":
        found = _aid_kept_from(tree, parts, verb)
    else:
        found = []
    return recips + found


def object_parties(tree: Tree, parts: Participants, obj: Token) -> list[Ref]:
    """The other party an act's object names in its own phrase: the author of a call, offer or
    demand answered ("rejected calls by Belarus's rulers", "accepted demands from the rebels"),
    the partner of relations cut or kept ("suspended air links with Serbia", "boycott all
    contact with the United States"), the target of a restriction lifted or imposed ("lifted a
    blockade on Palestinian lorries") and the party goods or funds go to or come from ("a
    suspension of oil exports to South Africa", "an embargo on arms exports to Syria")."""
    wanted = _OBJECT_PARTIES.get(obj.lemma.lower(), ())
    preps = [p for p in tree.children(obj.i, "prep") if p.lemma.lower() in wanted]
    found = [r for p in preps for o in tree.children(p.i, "pobj") for r in parts.entities(o.i)]
    goods = [o for p in preps for o in tree.children(p.i, "pobj") if o.lemma.lower() in _FLOWS]
    return found or [r for o in goods for r in object_parties(tree, parts, o)]
