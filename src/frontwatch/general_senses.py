"""Conflict words in their everyday senses in general news: sport, culture, weather, courts, media
and personal stories (a step of code.py, beside `retyping.natural_cause` and
`mishaps.accidental_cause`).

A newsroom's feed tells far more weather, sport and culture than conflict, and its words overlap:
- a storm forecast "to hit" a coast, or winds that "hit" a region, is no attack: the weather is
  the subject the infinitive or the verb is understood with ("a cyclone is expected to hit",
  "the third typhoon to hit Taiwan", "gale-force winds hit southern Spain");
- people "clash over" a budget or a policy when they disagree; a clash over a place, or one with
  armed men, police or a crowd among its parties, stays a fight;
- a sports body bans or suspends players, clubs and coaches: a ban whose parties, lengths or
  grounds are sport's ("banned for four matches", "face bans after the match", "banned from
  competing") is discipline, no coercion; a ban on a country ("FIFA suspended Russia") stays;
- a legal appeal (of a case, a ruling or a ban, "against" one, or "to" a court) asks no party;
- a presenter, host or correspondent who "talks to" or "sits down with" someone interviews;
- a prize, a medal or a doctorate honours ("recognised with an honorary prize"), and a tribute
  that opens an evening is a programme's, not a party's support;
- a person "airlifted to hospital" is a patient, not aid;
- a matter "discussed" in one's own address, speech, interview or column is said to an audience,
  no party consulted ("discussed the floods in his weekly radio address");
- athletes who "join forces" or work together do so in sport, no party's cooperation;
- a person "charged with" drafting, forming or overseeing something is given a task, not accused;
- a person held or detained "without charge" is accused of nothing (the holding is the act);
- a suspect who surrenders or gives himself up "to police" ends a manhunt, no force's retreat
  (fighters surrendering to troops stay RETREAT);
- a state that "rallies" states, allies or leaders (against or behind someone) gathers backing,
  no crowd demonstrates;
- the wartime aggression or colonial violence a state apologises for is history it regrets, no
  attack reported ("apologised to China for Japan's wartime aggression");
- criticism a party rejects, dismisses or rebuffs is the background of the rejection (REJECT,
  trigger_extras.named_criticism), no criticism the outlet reports anew;
- a visit a state "allowed" or "let" someone make is the access it grants (RETREAT access), no
  meeting reported;
- talks that "broke down", collapsed or failed are told for their failure: no meeting is reported.
Each test reads the trigger's own dependents, so the everyday sense never hides an act told in
another clause of the sentence.
"""

from __future__ import annotations

from .candidates import Candidate
from .nlp import Token
from .resolve.toponyms import PLACE_ENTS, SETTLEMENT_NOUNS
from .scene import PLACE_NOUNS
from .syntax import Tree, words
from .trigger_extras import CRITICISM
from .verb_objects import particles

# Weather that is forecast or said to "hit" (the direct subjects of natural_cause's hazards, and
# the winds, rain and systems it does not list).
_WEATHER = words("""typhoon hurricane cyclone storm tornado flood rain rainfall downpour snow snowstorm
    blizzard hail hailstorm wind gale squall monsoon heatwave frost tsunami wildfire bushfire""")
_WEATHER_VERBS = words("hit strike batter lash pound slam")
# What a subject of "to hit" is understood with: "a cyclone is expected to hit", "the third
# typhoon to hit Taiwan".
_RAISED = frozenset({"xcomp"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "attr"})
# Parties whose clash is a fight whatever it is over.
_ARMED = words("""troop force soldier army police policeman officer militant rebel fighter guerrilla
    militia militiaman gunman protester protestor demonstrator rioter supporter fan youth villager
    tribesman clansman gang mob crowd student worker prisoner inmate guard security""")
_CONTESTED_LAND = words("border frontier land territory island ridge hill river water waters sea")
# Sport's people, bodies, contests and grounds of discipline.
_SPORT = words("""player coach manager captain striker midfielder defender goalkeeper winger
    footballer cricketer batsman bowler jockey sprinter runner athlete swimmer cyclist rider boxer
    wrestler gymnast skater skier golfer referee umpire steward club athletics football rugby
    cricket tennis sport sports league match game tournament championship championships
    competition compete doping tackle derby fixture olympics marathon""")
# Sport's governing bodies, the only proper names read as sport's ("Captain Ibrahim Traore" is a title).
_SPORT_BODIES = words("fifa uefa ioc")
_BANNING = words("ban suspend suspension bar")
_TIME_PREPS = words("after before during following since ahead")
# What a legal appeal is of, and where it is heard.
_RULINGS = words("""case conviction sentence verdict ruling decision judgment judgement ban suspension
    fine penalty card sanction order acquittal""")
_COURTS = words("court tribunal judge arbitration")
# Media roles: their talks are interviews, their visits are reports.
_MEDIA = words("""presenter anchor correspondent reporter journalist interviewer broadcaster
    podcaster columnist editor programme program show podcast documentary""")
_TALKING = words("talk speak sit chat interview visit meet")
# Those one talks to in an interview (not "host": "talks with the host nation").
_INTERVIEWERS = words("presenter anchor correspondent reporter journalist interviewer broadcaster podcaster")
# Honours and the programmes that open with a tribute.
_HONOURING = words("recognise recognize honour honor tribute salute pay")
_HONOURS = words("""prize award medal doctorate degree title honour honor knighthood trophy fellowship
    plaque accolade""")
_OPENING = words("begin open start end close conclude")
_PROGRAMMES = words("evening concert festival ceremony gala show programme program exhibition night")
# One-way media a matter is discussed in: an audience hears it, no party is consulted.
_ADDRESSES = words("""address speech broadcast interview column article editorial book memoir lecture
    sermon message statement programme program show podcast documentary""")
# Sport's people, whose joint efforts are a game's.
_ATHLETES = words("""player coach captain striker footballer cricketer batsman bowler jockey sprinter
    runner athlete swimmer cyclist rider boxer wrestler gymnast skater skier golfer""")
# Tasks one is charged with: an office's work, no offence ("charged his finance minister with
# drafting a new budget", "was charged with forming a government").
_TASKS = words("""draft prepare oversee organise organize form lead run manage supervise coordinate
    implement write devise handle head rebuild reconstruct negotiate compile review monitor
    maintain ensure restore administer""")
# Law enforcement a fugitive surrenders to ("gave himself up to police"); troops are a force's foe.
_SURRENDERING = words("surrender give turn hand")
_SELVES = words("himself herself themselves itself")
_LAW = words("police policeman officer authority prosecutor court detective investigator fbi interpol")
# Parties a state rallies (transitive "rally"): states and their leaders, not a crowd.
_RALLIED = words("""state country nation government ally partner leader capital neighbour neighbor member
    power world community""")
# Words of apology, and the marks of a past that is apologised for as history.
_APOLOGY = words("apologise apologize apology regret remorse forgiveness pardon")
_HISTORIC = words("wartime colonial past historical historic aggression occupation invasion")
# Verbs that turn criticism away ("rejected U.N. criticism of its treatment of …").
_REBUFFING = words("reject dismiss rebuff repudiate brush shrug")
# Verbs of granting a visit ("allowed the Red Cross to visit prisoners").
_PERMITTING = words("allow permit let")
_VISITING = words("visit meet see")
# What talks do when they fail ("peace talks broke down in Nairobi").
_FAILING = words("break collapse fail founder")
# Medical destinations of an airlift.
_AIRLIFTING = words("airlift evacuate fly")
_MEDICAL = words("hospital clinic infirmary trauma medical burns")


def other_sense(tree: Tree, cand: Candidate) -> bool:
    """True when the candidate's trigger tells one of the everyday senses of the module's
    docstring rather than its event type."""
    tok = tree.tok(cand.i)
    lemma = tok.lemma.lower()
    types = {e.event_type for e in cand.entries}
    if "ASSAULT" in types:
        if lemma in _WEATHER_VERBS and not cand.nominal and _weather_subject(tree, tok):
            return True
        if lemma == "clash" and _clash_of_views(tree, tok):
            return True
    if "ACCUSE" in types and lemma in CRITICISM and cand.nominal and _rebuffed(tree, tok):
        return True
    if "ASSAULT" in types and cand.nominal and _apologised_for(tree, tok):
        return True
    if types & {"COERCE", "SANCTION"} and lemma in _BANNING and _sport_discipline(tree, cand):
        return True
    if "REQUEST" in types and lemma == "appeal" and _legal_appeal(tree, tok):
        return True
    if "CONSULT" in types and (_interview(tree, cand) or _monologue(tree, cand)):
        return True
    if "COOPERATE" in types and not cand.nominal and _athletes_together(tree, tok):
        return True
    if "ACCUSE" in types and lemma == "charge" and not cand.nominal and _tasked(tree, tok):
        return True
    if "ACCUSE" in types and lemma == "charge" and cand.nominal and _without(tree, tok):
        return True
    if "RETREAT" in types and lemma in _SURRENDERING and _to_law(tree, tok):
        return True
    if "CONSULT" in types and lemma in _VISITING and not cand.nominal and _permitted(tree, tok):
        return True
    if "CONSULT" in types and cand.nominal and _talks_failed(tree, tok):
        return True
    if "PROTEST" in types and lemma == "rally" and not cand.nominal and _rallies_states(tree, tok):
        return True
    if "SUPPORT" in types and lemma in _HONOURING and _honour(tree, cand):
        return True
    return "AID" in types and lemma in _AIRLIFTING and bool(_medical_destinations(tree, tok))


def _kinds(tree: Tree, tok: Token) -> set[str]:
    """The lemmas a noun phrase's head is told with: itself, its conjuncts and modifiers."""
    heads = [tok, *(tree.tok(k) for k in tree.conjuncts(tok.i))]
    return {
        t.lemma.lower() for h in heads for t in [h, *tree.children(h.i, "compound", "amod", "nmod", "conj")]
    }


def _weather_subject(tree: Tree, verb: Token) -> bool:
    """True when the verb's subject, or the subject it is raised from, is weather."""
    node: Token | None = verb
    while node is not None:
        subjects = tree.children(node.i, *_SUBJECTS)
        if node.dep in ("acl", "relcl") and (head := tree.head(node.i)) is not None:
            subjects.append(head)  # "the second storm system to hit the island"
        if any(_kinds(tree, s) & _WEATHER for s in subjects):
            return True
        node = tree.head(node.i) if node.dep in _RAISED and not subjects else None
    return False


def _prep_objects(tree: Tree, tok: Token, prep: str) -> list[Token]:
    return [
        o
        for p in tree.children(tok.i, "prep", "prt")
        if p.lemma.lower() == prep
        for o in tree.children(p.i, "pobj")
    ]


def _clash_of_views(tree: Tree, tok: Token) -> bool:
    """A clash over something that is no place, among parties none of which is armed or a crowd."""
    issues = _prep_objects(tree, tok, "over")
    if any(p.lemma.lower() == "over" for p in tree.children(tok.i, "prt")):
        issues += tree.children(tok.i, "dobj")  # "could clash over farm subsidies", read as a particle
    if not issues:
        return False
    if any(
        o.ent_type in PLACE_ENTS or _kinds(tree, o) & (PLACE_NOUNS | SETTLEMENT_NOUNS | _CONTESTED_LAND)
        for o in issues
    ):
        return False
    parties = [*tree.children(tok.i, "nsubj"), *_prep_objects(tree, tok, "with")]
    return not any(_kinds(tree, p) & _ARMED for p in parties)


def _sport_discipline(tree: Tree, cand: Candidate) -> bool:
    """A ban or suspension told with sport's people, contests or grounds among the trigger's own
    dependents (not in a time phrase such as "after the match"), and on no country."""
    lemmas: set[str] = set()
    for head in {cand.i, cand.anchor}:
        for child in tree.children(head):
            if child.dep in ("advcl", "conj", "ccomp", "parataxis", "cc", "punct"):
                continue
            if child.dep == "prep" and child.lemma.lower() in _TIME_PREPS:
                continue
            if child.dep in ("dobj", "nsubjpass") and child.ent_type == "GPE":
                return False  # "FIFA suspended Russia": a country's team
            for k in tree.subtree(child.i):
                lemma = tree.tok(k).lemma.lower()
                if tree.tok(k).pos != "PROPN" or lemma in _SPORT_BODIES:
                    lemmas.add(lemma)
    return bool(lemmas & _SPORT)


def _legal_appeal(tree: Tree, tok: Token) -> bool:
    """An appeal of a ruling, against one, or to a court."""
    if any(o.lemma.lower() in _RULINGS for o in tree.children(tok.i, "dobj")):
        return True
    if _prep_objects(tree, tok, "against"):
        return True
    return any(_kinds(tree, o) & _COURTS for o in _prep_objects(tree, tok, "to"))


def _interview(tree: Tree, cand: Candidate) -> bool:
    """Talks, a sit-down or a visit by a presenter, host or correspondent ("the presenter talks
    to a former diplomat"; the small model reads "presenter talks" as a compound noun), or talks
    to one of them."""
    tok = tree.tok(cand.i)
    if tok.lemma.lower() not in _TALKING:
        return False
    speakers = tree.children(tok.i, "nsubj", "compound") if cand.nominal else tree.children(tok.i, "nsubj")
    if not cand.nominal and not speakers and tok.dep == "xcomp" and (head := tree.head(tok.i)) is not None:
        speakers = tree.children(head.i, "nsubj")
    if any(_kinds(tree, s) & _MEDIA for s in speakers):
        return True
    heard = [*_prep_objects(tree, tok, "to"), *_prep_objects(tree, tok, "with")]
    return any(o.lemma.lower() in _INTERVIEWERS for o in heard)  # "talks to the presenter"


def _monologue(tree: Tree, cand: Candidate) -> bool:
    """A matter discussed "in" one's address, speech or column, with no partner "with" it."""
    tok = tree.tok(cand.i)
    if cand.nominal or tok.lemma.lower() != "discuss" or _prep_objects(tree, tok, "with"):
        return False
    return any(_kinds(tree, o) & _ADDRESSES for o in _prep_objects(tree, tok, "in"))


def _athletes_together(tree: Tree, verb: Token) -> bool:
    """Athletes as the subject or the partner of a joint effort ("the athlete joined forces with
    his training partner to win the marathon")."""
    parties = [*tree.children(verb.i, "nsubj"), *_prep_objects(tree, verb, "with")]
    return any(_kinds(tree, p) & _ATHLETES for p in parties)


def _tasked(tree: Tree, verb: Token) -> bool:
    """A task "with" a gerund of work the charged person is to do ("charged ... with drafting")."""
    withs = [p for p in tree.children(verb.i, "prep") if p.lemma.lower() == "with"]
    return any(g.lemma.lower() in _TASKS for p in withs for g in tree.children(p.i, "pcomp", "pobj"))


def _honour(tree: Tree, cand: Candidate) -> bool:
    """Honoured "with" a prize, or a tribute that a programme pays or opens with."""
    tok = tree.tok(cand.i)
    if any(_kinds(tree, o) & _HONOURS for o in _prep_objects(tree, tok, "with")):
        return True
    anchor = tree.tok(cand.anchor)
    if any(_kinds(tree, s) & _PROGRAMMES for s in tree.children(anchor.i, "nsubj")):
        return True
    head = tree.head(tok.i)
    if tok.dep == "pobj" and head is not None and head.lemma.lower() == "with":
        verb = tree.head(head.i)
        return verb is not None and verb.lemma.lower() in _OPENING
    return False


def _medical_destinations(tree: Tree, tok: Token) -> list[Token]:
    return [o for o in _prep_objects(tree, tok, "to") if _kinds(tree, o) & _MEDICAL]


def _without(tree: Tree, noun: Token) -> bool:
    """ "held without charge": the noun is the object of "without"."""
    head = tree.head(noun.i)
    return noun.dep == "pobj" and head is not None and head.lemma.lower() == "without"


def _to_law(tree: Tree, verb: Token) -> bool:
    """A surrender of oneself "to" the police or the authorities ("turned himself in to police");
    a town or a suspect handed over to the police is no surrender of the subject."""
    if any(o.lemma.lower() not in _SELVES for o in tree.children(verb.i, "dobj")):
        return False
    heads = [verb, *tree.children(verb.i, "prt")]
    return any(_kinds(tree, o) & _LAW for h in heads for o in _prep_objects(tree, h, "to"))


def _rallies_states(tree: Tree, verb: Token) -> bool:
    """ "rallied its NATO allies against the pipeline": the object is rallied, no crowd rallies."""
    return any(_kinds(tree, o) & _RALLIED for o in tree.children(verb.i, "dobj"))


def _talks_failed(tree: Tree, noun: Token) -> bool:
    """ "Talks between Serbia and Kosovo broke down": the noun is the subject of a verb of failing
    ("broke" only with "down")."""
    verb = tree.head(noun.i)
    if noun.dep != "nsubj" or verb is None or verb.lemma.lower() not in _FAILING:
        return False
    return verb.lemma.lower() != "break" or any(p.lemma.lower() == "down" for p in particles(tree, verb.i))


def _permitted(tree: Tree, verb: Token) -> bool:
    """ "allowed the Red Cross to visit": the visit is the complement of a verb of permitting."""
    head = tree.head(verb.i)
    return verb.dep in ("xcomp", "ccomp") and head is not None and head.lemma.lower() in _PERMITTING


def _apologised_for(tree: Tree, noun: Token) -> bool:
    """ "apologised for Japan's wartime aggression": a historic wrong as the object of "for" after
    an apology (a recent shooting apologised for keeps its event)."""
    prep = tree.head(noun.i)
    word = tree.head(prep.i) if prep is not None and prep.lemma.lower() == "for" else None
    if noun.dep != "pobj" or word is None or word.lemma.lower() not in _APOLOGY:
        return False
    return bool(_kinds(tree, noun) & _HISTORIC)


def _rebuffed(tree: Tree, noun: Token) -> bool:
    """ "rejected European Union criticism": the noun is the object of a verb that turns it away."""
    head = tree.head(noun.i)
    return noun.dep in ("dobj", "pobj") and head is not None and head.lemma.lower() in _REBUFFING
