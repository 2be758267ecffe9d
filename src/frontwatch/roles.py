"""Step 3 of event coding (code.py): actors and recipients of a trigger candidate.

Read off the parse, with the noun phrases turned into entities by participants.py:
- verbs: the active subject, or the passive agent and subject, or what a controlling clause
  supplies (object control "urged Russia to withdraw", "accused Moscow of using …",
  participles, conjuncts, a subject the parser conjoined into an opening phrase); a
  headline's reduced passive or a victim's participle makes the subject the patient ("one
  soldier killed, one wounded", "journalist believed killed");
  recipients from the object, dative and the type's recipient prepositions, and the party an
  object names in its own phrase ("rejected calls by X", "cut ties with X", "an embargo on X");
  converse verbs swap the roles ("Belarus will receive Russian weapons");
- nominal events: possessives and demonyms ("Russia's attack", "the Russian offensive"),
  "by"/"from"/"between" phrases, "of" phrases (the patient for types like ASSAULT), the
  light verb's subject, and claimed or denied roles ("denied any involvement in the attack");
- withdrawals: what was withdrawn decides the type (troops, a treaty, a bill);
- demands, threats and refusals: whom their complement clause is about.
"""

from __future__ import annotations

from .aid_arrivals import aid_arrival, arrival_roles
from .attribution import gerund_conjunct_verb
from .blame import act_agent, answering, blamed_party, stranded_accuser
from .clauses import matrix_conjunct
from .embedded import answered
from .factuality_words import ROLE_NOUNS
from .lexicon import Lexicon, Trigger
from .models import Entity
from .nlp import Token
from .noun_agents import attacker_under, clause_agent, conveyed_by, noun_agent
from .noun_senses import MEETINGS, STATING
from .participants import Participants, Ref
from .recipient_phrases import MEDIATING, RELATIONS, object_parties, phrase_recipients
from .sanction_roles import passive_sanction_roles
from .state_agents import asking_speaker, placed_agent, reported_body
from .syntax import ACCUSING, THE, Tree, words
from .triggers import Candidate, unclaimed

# Types whose "of" phrase names the patient ("the arrest of X"), not the actor.
_PATIENT_OF = frozenset({"ASSAULT", "COERCE", "ACCUSE", "SANCTION", "AID", "SUPPORT"})
_THEME_TYPES = frozenset({"MOBILIZE", "RETREAT", "AID"})
# Verbs whose object is an instrument, not the controller of their "to" clause ("used
# Belarusian airspace to launch drones": the user launches).
_INSTRUMENTAL = words("use employ exploit utilize utilise")
# Fights whose "with" names the other side ("Thai troops clashed with Cambodian soldiers"): as with
# "met with" and "spoke with", the side the sentence starts from is the actor, the other the
# recipient (CAMEO's and the gold set's direction; "X and Y clashed" lists both as actors).
_FIGHTS_WITH = words("clash skirmish")
# Agreements whose "with" names the other party ("signed a defence pact with Vietnam"), as with
# "reached an agreement with": the side that signs is the actor, the other the recipient (the
# `agreements` class of triggers.yaml and the other signed documents of "sign").
_PACTS = words("""agreement deal accord pact treaty compromise memorandum arrangement declaration protocol
    contract""")
# Acts only a state's authorities perform, by mode, and the sector that performs them.
_STATE_MODES = {"arrest": "COP", "deport": "COP", "investigate": "GOV", "convict": "JUD"}
_NOUN_PLACES = frozenset({"pcomp", "pobj", "nsubj", "dobj"})  # where a gerund stands as a noun
# Finite verb tags: a gerund conjoined to one is a noun the tagger read as a verb.
_FINITE = frozenset({"VBD", "VBZ", "VBP"})
# Prepositions whose gerund is done by the governing verb's subject: a means ("provoked the
# incident by firing first") or a time ("after shelling the town"); "accused X of", "barred X
# from" pass the act to the object instead.
_MEANS = words("by after before while without since upon through")
# Repelling answers an attack: "the army repelled an attack by the RSF" reports the RSF's attack
# on the army (its author is the actor, the defender the recipient; CAMEO codes the attack, and
# the defender's act adds no second event). Lemma, and the particle a phrasal verb needs.
_REPEL = {"repel": "", "repulse": "", "fight": "off", "beat": "back", "fend": "off"}


def _subject(tree: Tree, parts: Participants, v: Token, depth: int = 0) -> tuple[list[Ref], list[Ref]]:
    """(actors, patients) of verb v: the active subject, or the passive agent and passive
    subject, or what a controlling clause supplies (xcomp, conj, participles, "accused X of")."""
    subj = tree.child(v.i, "nsubj", "csubj")
    if subj is not None:
        if _reduced_passive(tree, parts, v) or parts.struck(subj.i):  # "one soldier killed, one wounded"
            agent = tree.child(v.i, "agent")
            pobj = tree.child(agent.i, "pobj") if agent is not None else None
            by = parts.entities(pobj.i) if pobj is not None else _attack_by(tree, parts, v)
            return by, parts.entities(subj.i)
        return parts.entities(subj.i), []
    passive = tree.child(v.i, "nsubjpass")
    fronted = _fronted_subject(tree, v) if passive is None else None
    if fronted is not None and parts.entities(fronted.i):
        return parts.entities(fronted.i), []
    # the small model reads "Turkey massed troops" (npadvmod) and headlines ("Russia shells
    # Kharkiv": compound) so
    misparsed = tree.child(v.i, "npadvmod", "compound")
    if passive is None and misparsed is not None and misparsed.i < v.i and misparsed.pos == "PROPN":
        found = parts.entities(misparsed.i)
        if found:
            return found, []
    patients = parts.entities(passive.i) if passive is not None else []
    if passive is None and v.dep == "acl" and v.tag == "VBN" and v.i > 0 and tree.tok(v.i - 1).text == ",":
        patients = parts.entities(v.head)  # "The UAE, accused by Sudan of …": the UAE is accused
    agent = tree.child(v.i, "agent")
    if agent is not None:
        pobj = tree.child(agent.i, "pobj")
        if pobj is not None:
            return parts.entities(pobj.i), patients
    if passive is not None and (late := stranded_accuser(tree, v)) is not None:
        return _pobj_refs(tree, parts, late), patients  # "was accused of using food as a weapon by X"
    if passive is not None or depth > 4:
        return [], patients
    if v.tag == "VBG" and v.dep in _NOUN_PLACES:  # "killed in shelling by Ukrainian forces"
        by_phrase = [p for p in tree.children(v.i, "prep") if p.lemma.lower() == "by"]
        if by_phrase:  # the gerund used as a noun: its "by" phrase is the agent, as of "the shelling"
            return _pobj_refs(tree, parts, by_phrase[0]), []
    head = tree.head(v.i)
    if head is None:
        return [], []
    if v.dep == "xcomp" and v.lemma.lower() == "blame" and head.lemma.lower() == "be":
        return [], _subject(tree, parts, head, depth + 1)[0]  # "the rebels were to blame": blamed
    if v.dep == "xcomp" and head.pos == "ADJ" and head.dep == "acomp":  # "it is willing to withdraw"
        gov = tree.head(head.i)
        if gov is not None and gov.pos in ("VERB", "AUX"):
            return _subject(tree, parts, gov, depth + 1)[0], []
    if v.dep == "acomp" and v.pos == "ADJ" and head.pos in ("VERB", "AUX"):  # "remained committed to"
        return _subject(tree, parts, head, depth + 1)[0], []
    if v.dep == "advcl" and v.tag == "VBN" and tree.child(v.i, "nsubj", "nsubjpass") is None:
        return [], _subject(tree, parts, head, depth + 1)[0]  # "when asked", "if attacked": the patient
    if v.dep == "xcomp" and _participle(tree, v) and head.pos in ("VERB", "AUX"):
        # "a journalist believed killed", "three soldiers were reported killed": the controller
        # is who the passive participle happened to ("wants Ukraine disarmed": the object)
        ctrl = tree.child(head.i, "dobj") or tree.child(head.i, "nsubj", "nsubjpass")
        return [], parts.entities(ctrl.i) if ctrl is not None else []
    if v.dep == "conj" and v.tag == "VBG" and head.tag in _FINITE and not tree.children(v.i, "aux"):
        return [], []  # "residents reported gunfire and shelling": a noun misread as a verb conjunct
    above = tree.head(head.i) if v.dep == "conj" and matrix_conjunct(tree, v, head) else None
    # "said the workers had been taken hostage and demanded …": said's
    head = above or gerund_conjunct_verb(tree, v, head) or head
    if v.dep in ("xcomp", "conj", "advcl") and head.pos in ("VERB", "AUX"):
        if v.dep == "xcomp" and head.lemma.lower() not in _INSTRUMENTAL:
            obj = tree.child(head.i, "dobj")
            if obj is not None:  # object control: "urged Russia to withdraw"
                return parts.entities(obj.i), []
            raised = tree.child(head.i, "nsubjpass")
            if raised is not None and tree.child(head.i, "agent") is None:
                return parts.entities(raised.i), []  # "Erdogan is set to visit …"
        actors, pats = _subject(tree, parts, head, depth + 1)
        active = v.tag != "VBN" and tree.child(v.i, "dobj", "xcomp", "ccomp", "aux") is not None
        if v.dep == "conj" and pats and active and tree.child(head.i, "nsubjpass") is not None:
            # an active conjunct of a passive: its shared subject acts ("Armenia would not be drawn
            # into a war but could ask allies"; "Serbia was criticised by the EU but refused …")
            return pats, []
        return actors, pats if v.dep == "conj" else []
    if v.dep == "pcomp" and head.lemma.lower() in _MEANS:
        # "provoked the incident by firing first", "retaliated by shelling the town": a means or
        # a time of the governing act, done by its subject (not by its object)
        gov = tree.head(head.i)
        if gov is None or gov.pos not in ("VERB", "AUX"):
            return [], []
        return _subject(tree, parts, gov, depth + 1)
    if v.dep == "pcomp":  # "accused Moscow of using …": the accused is the actor
        gov = tree.head(head.i)
        if gov is not None and gov.pos in ("ADV", "ADJ") and gov.dep in ("advmod", "acomp"):
            gov = tree.head(gov.i)  # "Turkey stopped short of imposing", "is capable of striking"
        aim = gov is not None and gov.dep == "dobj" and gov.lemma.lower() in _AIMS
        if gov is not None and aim and head.lemma.lower() == "of":
            verb = tree.head(gov.i)  # "Asmara had no intention of attacking": the haver acts
            if verb is not None and verb.pos in ("VERB", "AUX"):
                return _subject(tree, parts, verb, depth + 1)
        if gov is not None and gov.pos in ("VERB", "AUX"):
            obj = tree.child(gov.i, "dobj")
            if obj is not None:
                return parts.entities(obj.i), []
            raised = tree.child(gov.i, "nsubjpass")  # "Ukraine was prevented from striking",
            if raised is not None:  # "Russia was accused of shelling": the object made subject
                return parts.entities(raised.i), []
            if gov.lemma.lower() in ACCUSING and gov.dep == "acl" and gov.tag == "VBN":
                return parts.entities(gov.head), []  # "the UAE, accused by Sudan of arming the RSF"
            if gov.lemma.lower() in ACCUSING:
                return [], []  # the accused, unread ("accused neighbouring Eritrea of"), is no accuser
            return _subject(tree, parts, gov, depth + 1)
    if v.dep in ("acl", "xcomp") and v.tag == "VB" and head.pos in ("NOUN", "PROPN"):
        poss = tree.child(head.i, "poss") if head.lemma.lower() in _PLANS else None
        owners = parts.entities(poss.i) if poss is not None else []  # "Berlin's plans to deploy troops"
        if owners:
            return owners, []
        gov = tree.head(head.i)  # "use Belarusian territory to attack Ukraine": the user attacks
        if gov is not None and gov.pos in ("VERB", "AUX"):  # ("shelved plans to deploy": who shelved)
            return _subject(tree, parts, gov, depth + 1)[0], []
        return [], []
    if v.dep in ("acl", "amod") and head.pos in ("NOUN", "PROPN"):
        if v.tag == "VBN":  # "the city shelled by …" / "troops deployed in …"
            return [], parts.entities(head.i)
        found = parts.entities(head.i)
        gov = tree.head(head.i)
        if not found and v.tag == "VBG" and head.dep == "dobj" and gov is not None and gov.pos == "VERB":
            # "the PKK issued a statement demanding …": the statement's issuer demands
            return _subject(tree, parts, gov, depth + 1)[0], []
        return found, []
    return [], []


def _fronted_subject(tree: Tree, v: Token) -> Token | None:
    """The subject the small model conjoined into a fronted phrase ("With the signing of a
    memorandum, the government and the rebels have agreed …": "government" read as a conjunct
    of "memorandum"): a main verb without a subject whose opening phrase, after its last comma,
    holds a conjunct of a word before that comma."""
    if v.head != v.i or v.pos not in ("VERB", "AUX"):
        return None
    for p in tree.children(v.i, "prep"):
        if p.i > v.i:
            break
        span = tree.subtree(p.i)
        commas = [k for k in span if tree.tok(k).text == ","]
        if not commas:
            continue
        cut = commas[-1]
        for k in span:
            tok = tree.tok(k)
            if k > cut and tok.dep == "conj" and tok.head < cut and tok.pos in ("NOUN", "PROPN"):
                return tok
    return None


# Nouns of a purpose whose "of" clause is its haver's act ("had no intention of attacking").
_AIMS = words("intention intent aim desire")


def _participle(tree: Tree, v: Token) -> bool:
    """A passive past participle: tagged VBN and no perfect "have" ("to have killed" is active)."""
    return v.tag == "VBN" and not any(a.lemma.lower() == "have" for a in tree.children(v.i, "aux"))


# What a shot is fired at: a party there shot, not a shell fired ("rockets fired at Israel").
_FIRED_AT = frozenset({"on", "upon", "at"})


def _reduced_passive(tree: Tree, parts: Participants, v: Token) -> bool:
    """A headline's passive written without "was" ("one Ukrainian soldier killed, one wounded"):
    an attack's or a coercion's past participle with a subject, no auxiliary and no object (an
    active past is VBD; the tagger's VBN on other verbs is more often its slip). A conjunct that
    shares a passive's auxiliaries is one too, whatever its tag ("200 people had been detained and
    40 officers injured": gapped "had been")."""
    if tree.children(v.i, "aux", "auxpass", "dobj"):
        return False
    if v.tag != "VBN" and not _gapped_passive(tree, v):
        return False
    if v.lemma.lower() == "fire" and any(p.lemma.lower() in _FIRED_AT for p in tree.children(v.i, "prep")):
        subj = tree.child(v.i, "nsubj")  # "Iraqi gunners fired on U.S. warplanes": shooters, not shells
        return subj is None or not parts.entities(subj.i)
    senses = parts.senses(v)
    return bool(senses) and senses <= {"ASSAULT", "COERCE"}


def _gapped_passive(tree: Tree, v: Token) -> bool:
    """True for a past form conjoined to a passive verb with its own subject and no auxiliary of
    its own: the passive's auxiliaries are gapped ("had been detained and 40 officers injured")."""
    head = tree.head(v.i)
    return (
        v.dep == "conj"
        and v.tag == "VBD"
        and head is not None
        and bool(tree.children(head.i, "auxpass"))
        and tree.child(head.i, "nsubjpass") is not None
    )


def _attack_by(tree: Tree, parts: Participants, v: Token) -> list[Ref]:
    """Who made the attack a victim's participle says they fell in ("killed in shelling by
    Ukrainian troops", "wounded in an attack by rebels"): that attack's "by" phrase."""
    for p in tree.children(v.i, "prep"):
        for act in tree.children(p.i, "pobj", "pcomp"):
            if "ASSAULT" not in parts.senses(act) and act.pos == "VERB":
                continue
            for by in tree.children(act.i, "prep"):
                if by.lemma.lower() == "by":
                    return _pobj_refs(tree, parts, by)
    return []


def _pobj_refs(tree: Tree, parts: Participants, prep: Token) -> list[Ref]:
    if prep.pos in ("NOUN", "PROPN", "PRON"):  # a bare dative: "gave Ukraine weapons"
        return parts.entities(prep.i)
    pobj = tree.child(prep.i, "pobj")
    return parts.entities(pobj.i) if pobj is not None else []


def _verb_recipients(
    tree: Tree, parts: Participants, v: int, skip: set[int], preps: frozenset[str], objects: bool = True
) -> list[Ref]:
    out: list[Ref] = []
    for o in tree.children(v, "dobj") if objects else []:
        if o.i not in skip:
            found = parts.entities(o.i)
            out += found
            if not found:
                skip = skip | {o.i}  # "threatened further action against Russia"
    for p in tree.children(v, "dative"):
        out += _pobj_refs(tree, parts, p)
    for h in [v, *skip]:
        for p in tree.children(h, "prep"):
            if p.lemma.lower() in preps:
                out += _pobj_refs(tree, parts, p)
    return out


def _nominal(
    tree: Tree, parts: Participants, cand: Candidate, etype: str, preps: frozenset[str]
) -> tuple[list[Ref], list[Ref]]:
    """Actors and recipients of a nominal event ("Russia's attack on Kyiv from Belarus")."""
    actors: list[Ref] = []
    recips: list[Ref] = []
    for c in tree.children(cand.i):
        mention = parts.at.get(c.i)
        modifier = (
            c.dep in ("amod", "compound", "nmod")
            and c.i < cand.i
            and mention is not None
            and (mention.kind in ("demonym", "igo", "group", "country"))
            and not _place_modifier(tree, c, mention.kind)
        )
        if c.dep == "poss" or modifier:  # "Russia's attack", "the Russian offensive"
            actors += parts.entities(c.i)
        elif c.dep == "compound" and c.i < cand.i and mention is None:  # "US drone strikes"
            actors += [r for m in tree.children(c.i, "compound", "amod") for r in _modifier_refs(parts, m)]
        elif c.dep == "prep":
            lemma = c.lemma.lower()
            refs = _pobj_refs(tree, parts, c)
            source = lemma == "from" and etype != "RETREAT"  # "criticism from Washington"
            if lemma in ("between", "among") and cand.entries[0].lemma in MEDIATING:
                recips += refs  # "Norway's mediation between Israel and the PLO": the sides
            elif lemma in ("by", "between", "among") or source:
                actors += refs
            elif lemma == "with" and etype == "ASSAULT" and cand.entries[0].lemma in _FIGHTS_WITH:
                recips += refs  # "clashes with Cambodian soldiers"
            elif lemma == "of":  # "the arrest of X", "the release of two soldiers": the patient
                patient = etype in _PATIENT_OF or cand.entries[0].mode == "release"
                (recips if patient else actors).extend(refs)
                # "the suspension of air links with Serbia"; a charge's "of" is its content
                if etype != "ACCUSE":
                    recips += [r for o in tree.children(c.i, "pobj") for r in object_parties(tree, parts, o)]
            elif lemma in preps:  # "a ban on imports from Iran": the party of the goods banned,
                # not the giver a demonym names ("an end to U.S. aid to Haiti": Haiti)
                goods = [r for o in tree.children(c.i, "pobj") for r in object_parties(tree, parts, o)]
                recips += goods or refs
    noun = tree.tok(cand.i)
    if noun.dep == "compound":  # "sanctions package against Russia"
        recips += _verb_recipients(tree, parts, noun.head, {cand.i}, preps, objects=False)
    if not actors:  # "the seizure of a tanker by Iranian forces": the parser hangs "by" low
        actors = noun_agent(tree, parts, cand.i) or _claimed(tree, parts, noun)
    if not actors:  # "a protest note was handed to the envoy by the Foreign Office"
        actors, addressees = conveyed_by(tree, parts, noun)
        actors = reported_body(tree, parts, tree.tok(noun.head), actors) if addressees else actors
        recips += addressees
    if not actors and noun.dep in ("nsubj", "nsubjpass"):
        actors = _subject_noun_actors(tree, parts, noun)
    if not actors and (talker := _talked_in(tree, noun)) is not None:
        # "told Netanyahu in a phone call", "said after talks with his counterpart": the caller
        actors, told = _subject(tree, parts, talker)
        if talker.lemma.lower() in _TELLING:  # the one told is the other party of the call
            recips += [r for o in tree.children(talker.i, "dobj", "dative") for r in parts.entities(o.i)]
        recips += told if talker.lemma.lower() not in STATING else []
    if not actors:
        weighed = _weighed(tree, parts, noun)
        if weighed is not None:  # "discuss further deliveries to Ukraine": "to" hangs on the verb
            actors = _subject(tree, parts, weighed)[0]
            recips += _verb_recipients(tree, parts, weighed.i, {cand.i}, preps, objects=False)
    if cand.host is not None:
        recips += _verb_recipients(tree, parts, cand.host, {cand.i}, preps)
        named = {r.entity.country for r in recips if r.entity.country and r.entity.sector}
        if named:  # "an attack on a base in Jordan that killed three U.S. soldiers": who was hit
            recips = [r for r in recips if r.entity.sector or r.entity.country in named]
    if cand.anchor != cand.i and not _helped_act(tree, noun):
        verb = tree.tok(cand.anchor)
        if not any(a.entity.country for a in actors):  # "Putin ordered a mobilisation of reservists"
            subject, patients = _subject(tree, parts, verb)
            actors = subject or actors
            recips += patients
        recips += _verb_recipients(tree, parts, verb.i, {cand.i}, preps, objects=False)
    return actors, recips


# Help given to an act: its givers back someone else's act ("provided logistical support to the
# operation", "contributed troops to the offensive"), they are not its actors.
_HELPING = words("support assistance help aid backing contribution contribute cover")


def _helped_act(tree: Tree, noun: Token) -> bool:
    """True for an event noun that is what help goes "to" or "for", on a noun or verb of help or
    on the verb whose object it is ("gave support to the operation")."""
    prep = tree.head(noun.i) if noun.dep == "pobj" else None
    if prep is None or prep.lemma.lower() not in ("to", "for"):
        return False
    head = tree.head(prep.i)
    if head is None:
        return False
    helps = [head, *tree.children(head.i, "dobj")] if head.pos in ("VERB", "AUX") else [head]
    return any(h.lemma.lower() in _HELPING for h in helps)


# Verbs told in a meeting or a call ("told Netanyahu in a phone call", "apologised to Putin in a
# phone call", "said after talks with Kim"): their subject took part in it.
_TALKING = words("apologise apologize thank assure urge ask pledge promise reaffirm voice express brief")
_TELLING = words("tell assure urge ask brief thank")
_TALK_PREPS = words("in during after at on over")


def _talked_in(tree: Tree, noun: Token) -> Token | None:
    """The verb of saying a meeting or call noun is the occasion of ("in a phone call", "after
    talks with"), when the noun is a meeting and the verb one of saying or telling."""
    if noun.lemma.lower() not in MEETINGS or noun.dep != "pobj":
        return None
    prep = tree.head(noun.i)
    verb = tree.head(prep.i) if prep is not None and prep.lemma.lower() in _TALK_PREPS else None
    if verb is None or verb.pos != "VERB":
        return None
    return verb if verb.lemma.lower() in STATING | _TALKING else None


def _place_modifier(tree: Tree, tok: Token, kind: str) -> bool:
    """True for a country's name written out as a noun modifier of a definite event noun: it names
    the place ("the Jordan attack", "the Ukraine war"); the agent takes the demonym or the
    possessive ("the Jordanian attack", "Jordan's attack"). Initialisms serve as the adjective
    ("U.S. strikes", "UK sanctions") and stay agents, and so does a name in a headline's bare
    noun phrase, where it stands for the adjective ("Russia shelling kills three")."""
    if kind != "country" or tok.dep != "compound" or not any(ch.islower() for ch in tok.text):
        return False
    return tree.has_lemma(tok.head, THE, "det") is not None


def _modifier_refs(parts: Participants, tok: Token) -> list[Ref]:
    """The actor a modifier of a noun compound names ("US" in "US drone strikes")."""
    mention = parts.at.get(tok.i)
    if mention is None or mention.kind not in ("demonym", "igo", "group", "country"):
        return []
    return parts.entities(tok.i)


def _subject_noun_actors(tree: Tree, parts: Participants, noun: Token) -> list[Ref]:
    """Actors of a nominal event that is its clause's subject ("fighting erupted between Armenian
    and Azerbaijani forces"): the verb's "between" phrase."""
    verb = tree.head(noun.i)
    if verb is None or verb.pos not in ("VERB", "AUX"):
        return []
    for p in tree.children(verb.i, "prep"):
        if p.lemma.lower() in ("between", "among"):
            refs = _pobj_refs(tree, parts, p)
            if refs:
                return refs
    return []


def protesters(parts: Participants) -> list[Ref]:
    """Who protests when the text names no one the dictionary knows ("protests broke out in
    Caracas", "ethnic Albanians demonstrated in Serbia"): people of the country the sentence is
    set in, since people protest where they live. They are people of that country, not the
    place or body that set the scene ("CARACAS, June 3 (Reuters) - …, as protests spread")."""
    scene = parts.scene
    if scene is None:
        return []
    return [Ref(Entity("protesters", "protesters", scene.country, None), inferred=True)]


# Nouns of fighting between parties, and verbs by which it breaks out or goes on: "heavy fighting
# broke out in the capital", "clashes erupted in Tripoli" tell an armed event whose parties the
# sentence does not name.
_FIGHTS = words("fighting clash battle gunbattle firefight skirmish hostility combat")
_OUTBREAK = words("erupt break flare rage intensify escalate resume spread")


def combatants(tree: Tree, parts: Participants, noun: int) -> list[Ref]:
    """Unnamed parties of fighting that breaks out in a place ("heavy fighting broke out in the
    Libyan capital"): unidentified armed forces (CAMEO UAF) of no known country, since fighting in
    a country may be foreign forces'. None when no place sets the scene, or the noun only
    refers back to fighting ("the fighting displaced thousands")."""
    tok = tree.tok(noun)
    verb = tree.head(noun)
    if tok.lemma.lower() not in _FIGHTS or tok.dep != "nsubj" or verb is None:
        return []
    if verb.lemma.lower() not in _OUTBREAK or parts.scene is None:
        return []
    return [Ref(Entity(tok.text, "unidentified armed forces", None, "UAF"), inferred=True)]


# Nouns of a party's own course of action: "Berlin's plans to deploy troops" is Berlin's act (not
# "Russia's threat to cut off gas": the threat is the event, what it threatens is no act).
_PLANS = words("plan intention decision bid attempt effort move")


# Verbs of weighing a course of action: an indefinite act they take as object is their
# subject's own ("Washington is considering new sanctions on Iran", "the EU discussed further
# measures"); a definite one is someone's given act ("discussed the Russian strike").
_WEIGHING = words("consider weigh mull discuss debate plan propose contemplate explore ponder prepare")


def _weighed(tree: Tree, parts: Participants, noun: Token) -> Token | None:
    """The verb of weighing an indefinite act is the object of, whose subject is its actor."""
    first = tree.first_conjunct(noun.i) or noun
    verb = tree.head(first.i)
    if first.dep != "dobj" or verb is None or verb.lemma.lower() not in _WEIGHING:
        return None
    return None if tree.definite(noun.i) else verb


def _claimed(tree: Tree, parts: Participants, noun: Token) -> list[Ref]:
    """ "denied any involvement in the attack", "claimed responsibility for the strike": the
    subject of the verb governing the role noun is the (claimed or denied) actor."""
    prep = tree.head(noun.i)
    if noun.dep != "pobj" or prep is None or prep.lemma.lower() not in ("in", "for"):
        return []
    role = tree.head(prep.i)
    if role is None or role.lemma.lower() not in ROLE_NOUNS:
        return []
    verb = tree.head(role.i)
    if verb is None or verb.pos not in ("VERB", "AUX") or unclaimed(tree, verb):
        return []  # "did not claim responsibility for the attack": no claimant is its actor
    return _subject(tree, parts, verb)[0]


def read_roles(
    tree: Tree, parts: Participants, cand: Candidate, entry: Trigger, preps: frozenset[str]
) -> tuple[list[Ref], list[Ref]]:
    if cand.nominal:
        actors, recips = _nominal(tree, parts, cand, entry.event_type, preps)
        if cand.stopped_by is not None and not any(r.entity.country for r in recips):
            # "Malian troops stopped a jihadist attack": who stops an attack is its target
            recips += _subject(tree, parts, tree.tok(cand.stopped_by))[0]
        return actors or _authorities(tree, parts, cand.anchor, entry), recips
    verb = tree.tok(cand.i)
    if entry.event_type == "AID" and aid_arrival(tree, verb):  # "aid trucks entered Gaza"
        return arrival_roles(tree, parts, verb)
    actors, recips = _subject(tree, parts, verb)
    if not any(a.entity.country for a in actors):  # "a protest by students was held"
        conveyed = conveyed_by(tree, parts, tree.tok(cand.obj))[0] if cand.obj is not None else []
        actors = clause_agent(tree, parts, verb, cand.obj, entry) or conveyed or actors
    if under := attacker_under(tree, parts, verb):  # "came under heavy Russian shelling": the target
        actors, recips = under, recips + actors
    if not actors and verb.tag == "VBG" and entry.event_type in _PATIENT_OF:
        actors, recips = _gerund_as_noun(tree, parts, verb, recips)
    if not actors and _stative(tree, verb, entry):  # "Vietnam is committed to opening …"
        actors, recips = recips, []
    actors = actors or _authorities(tree, parts, verb.i, entry)
    if not actors and entry.event_type == "REQUEST":  # "aid is being sought, officials said"
        actors = asking_speaker(tree, parts, verb)
    if not actors and entry.event_type == "SUPPORT" and cand.obj is not None:
        actors = _pact_parties(tree, parts, cand.obj)  # "an accord between Israel and Egypt was signed"
    skip = {cand.obj} if cand.obj is not None else set()
    if cand.obj is not None and tree.tok(cand.obj).dep == "nsubjpass" and entry.event_type == "ASSAULT":
        # "no Russian drone had been launched": the passive subject is what was used, not the target
        theme = parts.entities(cand.obj)
        recips = [r for r in recips if r not in theme]
        actors = actors or _demonyms(tree, parts, cand.obj)
    # "withdrew its troops": the object is no recipient (but "released two American hostages")
    themes = entry.event_type in _THEME_TYPES and entry.mode != "release"
    if entry.event_type == "ASSAULT" and entry.lemma in _FIGHTS_WITH:
        preps = preps | {"with"}  # "Thai troops clashed with Cambodian soldiers"
    if entry.event_type == "SUPPORT" and cand.obj is not None and tree.tok(cand.obj).lemma.lower() in _PACTS:
        skip = skip | _pact_phrases(tree, cand.obj)
        preps = preps | {"with"}  # "India signed a memorandum on defence cooperation with Vietnam"
    related = RELATIONS | (_PACTS if entry.event_type == "SANCTION" else frozenset())
    if cand.obj is not None and tree.tok(cand.obj).lemma.lower() in related:
        # "froze its partnership with Haiti", "suspended the treaty with Eritrea": the other party
        preps = preps | {"with"}
        recips += [r for p in tree.children(cand.obj, "prep") if p.lemma.lower() == "with"
                   for r in _pobj_refs(tree, parts, p)]  # fmt: skip
    recips = recips + _verb_recipients(tree, parts, verb.i, skip, preps, objects=not themes)
    if entry.event_type == "ACCUSE":  # "blamed the killing of X on Israel": Israel is accused, not X
        recips = blamed_party(tree, parts, verb) or act_agent(tree, parts, verb) or recips
    recips += [r for o in tree.children(verb.i, "dobj") for r in object_parties(tree, parts, o)]
    gerund = tree.tok(cand.obj) if cand.obj is not None else None
    if gerund is not None and gerund.dep == "xcomp" and gerund.tag == "VBG":  # "stopped shelling Kharkiv"
        recips += [r for o in tree.children(gerund.i, "dobj") for r in parts.entities(o.i)]
    if themes and _supplied_with(tree, verb, entry):  # "provide Ukraine with $1 billion": the object receives
        recips += [r for o in tree.children(verb.i, "dobj") for r in parts.entities(o.i)
                   if r.entity.country and not r.inferred]  # fmt: skip
    if actors and cand.obj is not None and _named_object(tree, cand.obj, verb.i) and not themes:
        # "Poland expelled two Russian diplomats": the object the trigger names is who it was
        # done to (only when someone did it: "Heavy rain flooded the streets of Dhaka" is no event)
        # ("Lebanon closed its embassy": the owner is the actor itself, read back, not a recipient)
        recips += [r for r in parts.entities(cand.obj) if r.entity.country and not r.inferred]
    repelled = _repelled_attack(tree, parts, verb, entry)
    if repelled is not None:
        return repelled[0], actors + repelled[1]
    if entry.converse:  # "Belarus will receive Russian weapons (from Russia)"
        givers: list[Ref] = []
        sources = [verb.i] + ([cand.obj] if cand.obj is not None else [])  # "drew a protest from Seoul"
        for p in [p for h in sources for p in tree.children(h, "prep")]:
            if p.lemma.lower() in ("from", "by"):  # "came under shelling from Ukrainian artillery"
                givers += _pobj_refs(tree, parts, p)
        if not givers and cand.obj is not None:  # "Swedish Gripen jets", "Hamas rocket fire"
            givers = _demonyms(tree, parts, cand.obj, ("demonym", "group"))
        return givers, answering(tree, parts, verb, actors, _PATIENT_OF)
    actors, recips = placed_agent(tree, parts, verb, actors, recips)  # "out of Ethiopia by the government"
    actors = reported_body(tree, parts, verb, actors)  # "by a special panel, Indonesian officials said"
    recips = phrase_recipients(tree, parts, verb, cand.obj, entry, actors, recips)
    return passive_sanction_roles(tree, parts, verb, cand.obj, entry, actors, recips)


def _pact_parties(tree: Tree, parts: Participants, pact: int) -> list[Ref]:
    """The parties a pact's "between" or "among" phrase names, who sign it when the signing names
    no agent ("the agreement between Israel and Egypt will be signed next week")."""
    if tree.tok(pact).lemma.lower() not in _PACTS:
        return []
    return [r for p in tree.children(pact, "prep") if p.lemma.lower() in ("between", "among")
            for o in tree.children(p.i, "pobj") for k in tree.conjuncts(o.i)
            for r in parts.entities(k)]  # fmt: skip


def _pact_phrases(tree: Tree, pact: int) -> set[int]:
    """The nouns of a pact's "of" and "on" phrases, whose "with" may name the pact's other party
    ("a memorandum of understanding on defence cooperation with Vietnam")."""
    out: set[int] = set()
    stack = [pact]
    while stack:
        for p in tree.children(stack.pop(), "prep"):
            if p.lemma.lower() in ("of", "on"):
                for o in tree.children(p.i, "pobj"):
                    out.add(o.i)
                    stack.append(o.i)
    return out


def _gerund_as_noun(
    tree: Tree, parts: Participants, verb: Token, recips: list[Ref]
) -> tuple[list[Ref], list[Ref]]:
    """A headline's gerund read as a verb where it is a noun ("killed in Ukrainian shelling of
    Donetsk"): the demonym right before it is the actor, its "of" phrase the patient."""
    if tree.child(verb.i, "nsubj", "aux", "dobj") is not None or verb.i == 0:
        return [], recips
    m = parts.at.get(verb.i - 1)
    if m is None or m.kind != "demonym" or m.end != verb.i:
        return [], recips
    of = [p for p in tree.children(verb.i, "prep") if p.lemma.lower() == "of"]
    patients = [r for p in of for r in _pobj_refs(tree, parts, p)]
    return parts.entities(verb.i - 1), recips + patients


def _supplied_with(tree: Tree, verb: Token, entry: Trigger) -> bool:
    """True for giving someone something "with" it ("provide Ukraine with $1 billion", "supplied
    Kyiv with air defences"): the object is who receives."""
    if entry.particle == "with":
        return True
    return entry.event_type == "AID" and any(p.lemma.lower() == "with" for p in tree.children(verb.i, "prep"))


def _repelled_attack(
    tree: Tree, parts: Participants, verb: Token, entry: Trigger
) -> tuple[list[Ref], list[Ref]] | None:
    """(the attack's authors, its own targets) when the verb repels an attack whose author the
    object names ("repelled an attack by the RSF", "repulsed a Russian assault"); else None."""
    particle = _REPEL.get(verb.lemma.lower())
    if entry.event_type != "ASSAULT" or particle is None:
        return None
    if particle and not any(p.lemma.lower() == particle for p in tree.children(verb.i, "prt", "advmod")):
        return None
    obj = tree.child(verb.i, "dobj")
    if obj is None or "ASSAULT" not in parts.senses(obj):
        return None
    authors: list[Ref] = []
    targets: list[Ref] = []
    for c in tree.children(obj.i):
        if c.dep == "poss" or (c.dep in ("amod", "compound", "nmod") and c.i < obj.i):
            authors += _modifier_refs(parts, c) if c.dep != "poss" else parts.entities(c.i)
        elif c.dep == "prep" and c.lemma.lower() in ("by", "from"):
            authors += _pobj_refs(tree, parts, c)
        elif c.dep == "prep" and c.lemma.lower() in ("on", "against"):
            targets += _pobj_refs(tree, parts, c)
    if not authors and tree.child(verb.i, "nsubjpass") is None:
        # the parser may hang the attack's "by" phrase on the active verb ("repelled a major
        # assault by the paramilitary RSF on El Fasher"): no agent of repelling, the attack's
        by = [p for p in tree.children(verb.i, "prep") if p.lemma.lower() == "by"]
        authors = [r for p in by for r in _pobj_refs(tree, parts, p)]
    return (authors, targets) if authors else None


def _authorities(tree: Tree, parts: Participants, verb: int, entry: Trigger) -> list[Ref]:
    """The state acting in an agentless passive of an act only a state's authorities perform, set
    in a country ("A US national has been put under investigation in Italy", "two journalists
    were arrested in Minsk"): that country's police, courts or government, inferred."""
    sector = _STATE_MODES.get(entry.mode or "")
    place = parts.place
    if sector is None or place is None or tree.tok(verb).pos not in ("VERB", "AUX"):
        return []
    if tree.child(verb, "nsubjpass") is None or tree.child(verb, "agent") is not None:
        return []
    return [Ref(Entity(place.text, place.name, place.country, sector), inferred=True)]


def _stative(tree: Tree, verb: Token, entry: Trigger) -> bool:
    """A prepositional verb in the passive whose preposition keeps its own object ("Egypt is
    committed to the treaty", "they are opposed to the plan") is a state of its subject, who is
    then the actor, not the patient (the true passive strands it: "the plan was objected to")."""
    if entry.particle is None or verb.tag != "VBN" or tree.child(verb.i, "agent") is not None:
        return False
    if tree.child(verb.i, "nsubjpass") is None or tree.child(verb.i, "dobj") is not None:
        return False
    return any(
        p.lemma.lower() == entry.particle and tree.child(p.i, "pobj", "pcomp") is not None
        for p in tree.children(verb.i, "prep")
    )


def _demonyms(tree: Tree, parts: Participants, noun: int, kinds: tuple[str, ...] = ("demonym",)) -> list[Ref]:
    """The country a thing's demonym names ("Swedish Gripen jets", "no Russian drone"), or with
    `kinds` an armed group's name ("came under Houthi missile fire")."""
    out: list[Ref] = []
    for k in parts.span(noun):
        m = parts.at.get(k)
        if m is not None and m.kind in kinds and k == m.start + (tree.tok(m.start).pos == "DET"):
            out += parts.entities(k)
    return out


# A state's own posts abroad: staff withdrawn from them leave the host, not the owner.
_POSTS = words("embassy consulate legation mission")


def posts_left(tree: Tree, parts: Participants, head: int, recips: list[Ref]) -> list[Ref]:
    """Recipients of a withdrawal from a state's post abroad ("staff would be withdrawn from its
    embassy in Bamako"): the host the "in" phrase names, never the owner, who withdraws."""
    left = [
        o
        for p in tree.children(head, "prep")
        if p.lemma.lower() == "from"
        for o in tree.children(p.i, "pobj")
    ]
    posts = [o for o in left if o.lemma.lower() in _POSTS]
    if not posts:
        return recips
    owners = {r.entity for o in posts for r in parts.entities(o.i)}
    hosts = [r for o in posts for p in tree.children(o.i, "prep") if p.lemma.lower() == "in"
             for r in _pobj_refs(tree, parts, p) if r.entity.country]  # fmt: skip
    return [r for r in recips if r.entity not in owners] + [h for h in hosts if h not in recips]


def clause_recipients(tree: Tree, parts: Participants, v: int, preps: frozenset[str]) -> list[Ref]:
    """Who a demand, threat or refusal is about, read off its complement clause: "demanded
    that the US cancel …" (the clause subject), "threatened to break relations with Russia"."""
    for comp in tree.children(v, "ccomp", "xcomp"):
        subj = tree.child(comp.i, "nsubj")
        if comp.dep == "ccomp" and subj is not None:
            found = parts.entities(subj.i)
            if found:
                return found
        found = _verb_recipients(tree, parts, comp.i, set(), preps | {"with", "against", "to", "on"})
        if found:
            return found
    return []


def answered_party(
    tree: Tree, parts: Participants, threat: Candidate, cands: list[Candidate], lexicon: Lexicon
) -> list[Ref]:
    """The attacker whose act a threatened response answers ("would respond to any Israeli attack")."""
    for c in cands:
        if answered(tree, c) and any(h.i == threat.anchor for h in tree.ancestors(c.i)):
            entry = c.entries[0]
            return read_roles(tree, parts, c, entry, lexicon.types[entry.event_type].recipient_preps)[0]
    return []


def _named_object(tree: Tree, obj: int, verb: int) -> bool:
    """True for the object a trigger names as a direct object, or as the subject of the verb's
    clausal complement ("allowed U.S. jets to use its air bases": the jets are let)."""
    tok = tree.tok(obj)
    if tok.dep == "dobj":
        return True
    comp = tree.head(obj)
    return tok.dep == "nsubj" and comp is not None and comp.dep in ("ccomp", "xcomp") and comp.head == verb
