"""Factuality: unit tests on hand-built parses, then phrasing variants through the real model."""

from __future__ import annotations

from typing import Any

import pytest

from frontwatch.factuality import assess
from frontwatch.nlp import Sentence, Token, parse
from frontwatch.syntax import Tree


def sentence(spec: str) -> Sentence:
    """Build a parsed sentence from "text/lemma/POS/TAG/dep/head" items separated by spaces."""
    tokens = []
    idx = 0
    for i, item in enumerate(spec.split()):
        text, lemma, pos, tag, dep, head = item.split("/")
        tokens.append(Token(i, text, lemma, pos, tag, dep, int(head), idx))
        idx += len(text) + 1
    text = " ".join(t.text for t in tokens)
    return Sentence(0, text, 0, len(text), tuple(tokens), ())


HAND = [
    # Russia attacked Ukraine
    ("Russia/Russia/PROPN/NNP/nsubj/1 attacked/attack/VERB/VBD/ROOT/1 Ukraine/Ukraine/PROPN/NNP/dobj/1",
     1, "actual"),
    # Russia will attack Ukraine
    ("Russia/Russia/PROPN/NNP/nsubj/2 will/will/AUX/MD/aux/2 attack/attack/VERB/VB/ROOT/2 "
     "Ukraine/Ukraine/PROPN/NNP/dobj/2", 2, "future"),
    # Russia could attack Ukraine
    ("Russia/Russia/PROPN/NNP/nsubj/2 could/could/AUX/MD/aux/2 attack/attack/VERB/VB/ROOT/2 "
     "Ukraine/Ukraine/PROPN/NNP/dobj/2", 2, "hypothetical"),
    # Russia did not attack Ukraine
    ("Russia/Russia/PROPN/NNP/nsubj/3 did/do/AUX/VBD/aux/3 not/not/PART/RB/neg/3 "
     "attack/attack/VERB/VB/ROOT/3 Ukraine/Ukraine/PROPN/NNP/dobj/3", 3, "negated"),
    # Minsk says it will not join the war
    ("Minsk/Minsk/PROPN/NNP/nsubj/1 says/say/VERB/VBZ/ROOT/1 it/it/PRON/PRP/nsubj/5 will/will/AUX/MD/aux/5 "
     "not/not/PART/RB/neg/5 join/join/VERB/VB/ccomp/1 the/the/DET/DT/det/7 war/war/NOUN/NN/dobj/5",
     5, "negated"),
    # Ukraine fears an offensive
    ("Ukraine/Ukraine/PROPN/NNP/nsubj/1 fears/fear/VERB/VBZ/ROOT/1 an/an/DET/DT/det/3 "
     "offensive/offensive/NOUN/NN/dobj/1", 3, "hypothetical"),
    # Russia plans to deploy troops
    ("Russia/Russia/PROPN/NNP/nsubj/1 plans/plan/VERB/VBZ/ROOT/1 to/to/PART/TO/aux/3 "
     "deploy/deploy/VERB/VB/xcomp/1 troops/troop/NOUN/NNS/dobj/3", 3, "future"),
    # Moscow denied that troops crossed
    ("Moscow/Moscow/PROPN/NNP/nsubj/1 denied/deny/VERB/VBD/ROOT/1 that/that/SCONJ/IN/mark/4 "
     "troops/troop/NOUN/NNS/nsubj/4 crossed/cross/VERB/VBD/ccomp/1", 4, "negated"),
    # If Iran attacks, ... respond
    ("If/if/SCONJ/IN/mark/2 Iran/Iran/PROPN/NNP/nsubj/2 attacks/attack/VERB/VBZ/advcl/5 ,/,/PUNCT/,/punct/5 "
     "Washington/Washington/PROPN/NNP/nsubj/5 responds/respond/VERB/VBZ/ROOT/5", 2, "hypothetical"),
    # no attack
    ("There/there/PRON/EX/expl/1 was/be/AUX/VBD/ROOT/1 no/no/DET/DT/det/3 attack/attack/NOUN/NN/attr/1", 3,
     "negated"),
    # any new attack
    ("any/any/DET/DT/det/2 new/new/ADJ/JJ/amod/2 attack/attack/NOUN/NN/ROOT/2", 2, "hypothetical"),
    # the planned drills
    ("the/the/DET/DT/det/2 planned/planned/ADJ/JJ/amod/2 drills/drill/NOUN/NNS/ROOT/2", 2, "future"),
    # rebels have sworn to fight: a commitment's "to" clause even when parsed as an adverbial
    ("rebels/rebel/NOUN/NNS/nsubj/2 have/have/AUX/VBP/aux/2 sworn/swear/VERB/VBN/ROOT/2 "
     "to/to/PART/TO/aux/4 fight/fight/VERB/VB/advcl/2", 4, "future"),
    # troops moved to attack: a purpose
    ("troops/troop/NOUN/NNS/nsubj/1 moved/move/VERB/VBD/ROOT/1 to/to/PART/TO/aux/3 "
     "attack/attack/VERB/VB/advcl/1", 3, "hypothetical"),
]


@pytest.mark.parametrize(("spec", "trigger", "value"), HAND, ids=[h[2] + str(k) for k, h in enumerate(HAND)])
def test_hand_built(spec: str, trigger: int, value: str) -> None:
    assert assess(Tree(sentence(spec)), trigger).value == value


def test_cue_names_the_deciding_word() -> None:
    tree = Tree(sentence(HAND[5][0]))
    assert assess(tree, 3).cue == "fears"


REAL = [
    ("Russia will continue to strike Ukrainian cities.", "strike", "future"),
    ("Belarus is to receive more Russian weapons.", "receive", "future"),
    ("The two armies are preparing for joint drills.", "drills", "future"),
    ("The ministry announced it would deploy more troops.", "deploy", "future"),
    ("Officials warned that the bridge could be used as a route for an attack.", "attack", "hypothetical"),
    ("Kyiv is concerned that Belarus might join the war.", "join", "hypothetical"),
    ("Poland fears a possible attack from the east.", "attack", "hypothetical"),
    ("Minsk rejected reports that its troops had crossed the border.", "crossed", "negated"),
    ("Serbia has never attacked Kosovo.", "attacked", "negated"),
    ("Russia refused to withdraw its troops.", "withdraw", "negated"),
    ("Russian forces shelled Kharkiv overnight, officials said.", "shelled", "actual"),
    ("Kyiv says Russia keeps using Belarusian airspace for attacks.", "attacks", "actual"),
    # a negated denial frame leaves the act possible, not denied
    ("Ukrainian officials do not rule out an attack on Kyiv.", "attack", "hypothetical"),
    ("Minsk ruled out an attack on Ukraine.", "attack", "negated"),
    # the rejected accusation was made; only its content is denied
    ("Belarus rejected Ukrainian accusations that Russia used its airspace.", "accusations", "actual"),
    ("Belarus rejected Ukrainian accusations that Russia used its airspace.", "used", "negated"),
    ("Bouteflika said he is prepared to lift the ban.", "lift", "hypothetical"),
    ("The minister said no Russian missile had been launched from Belarus.", "launched", "negated"),
    ("Belarus accused Polish soldiers of firing shots, a charge Warsaw denied.", "accused", "actual"),
    # a subject negated by its own "not": the act is denied, not announced or asserted
    ("Not a single Russian soldier crossed the border on Friday, the ministry said.", "crossed", "negated"),
    ("The ministry said that not a single Belarusian soldier would cross the border.", "cross", "negated"),
    ("Not one Belarusian soldier will enter Ukraine, Lukashenko said.", "enter", "negated"),
    ("A single Russian soldier crossed the border on Friday, the ministry said.", "crossed", "actual"),
    # a noun's "to" clause states an aim or a right, unless the noun ranks what happened
    ("The United States defended the right of Russian troops to fire on militants.", "fire", "hypothetical"),
    ("Iceland was the first country to recognise Palestine.", "recognise", "actual"),
    # a preposition of time sets the scene outside the frame above it
    ("The government ordered patrols after violent protests by Muslim groups.", "protests", "actual"),
    ("The government ordered patrols after violent protests by Muslim groups.", "patrols", "future"),
    ("Israel did not respond after the attack.", "attack", "actual"),
    ("Russia will hold talks after the summit.", "summit", "future"),
    # a past clause under "will" has happened; under a reported "would" its past is only shifted
    ("Russia will respond after Ukraine attacked the bridge.", "attacked", "actual"),
    ("Rutte said the Netherlands would send F-16s once pilots were trained.", "trained", "hypothetical"),
    # verbs and phrasal verbs by which the subject does not do what follows
    ("Germany refrained from sending tanks to Ukraine.", "sending", "negated"),
    ("Turkey stopped short of imposing sanctions on Israel.", "imposing", "negated"),
    ("The court stopped the government from deporting the migrants.", "deporting", "negated"),
    ("Seoul held off on imposing sanctions on Pyongyang.", "imposing", "negated"),
    ("Pakistan avoided retaliating against India.", "retaliating", "negated"),
    ("Ukraine was prevented from striking targets in Russia.", "striking", "negated"),
    ("Brazil has yet to sign the agreement.", "sign", "negated"),
    ("Japan backed away from plans to deploy missiles on Okinawa.", "deploy", "negated"),
    ("Lukashenko has ruled out sending his army into Ukraine.", "sending", "negated"),
    ("Belarusian leader Alexander Lukashenko has ruled out sending his army into Ukraine.", "sending",
     "negated"),  # parsed as an adverbial clause
    # "held off" with an object repels it; a gerund after a comma is an adjunct, not an object
    ("Ukrainian troops held off a Russian attack near Avdiivka.", "attack", "actual"),
    ("The army repelled the attack, killing dozens of fighters.", "killing", "actual"),
    # a definite event named as what a reply is about is given, not denied
    ("Turkey has not commented on the Russian strike on Kharkiv.", "strike", "actual"),
    ("Mexico is yet to respond to the U.S. request for extradition.", "request", "actual"),
    # a conjunct of an avoiding verb took place; a contrast keeps its own reading
    ("Police foiled a bomb plot and detained three suspects in Niamey.", "detained", "actual"),
    ("The army averted a mutiny and seized the barracks.", "seized", "actual"),
    ("Germany refrained from sending tanks and training crews.", "training", "negated"),
    ("NATO said its force would increase patrols, while the EU called on both sides to avoid violence.",
     "called", "actual"),
    ("NATO said its force would increase patrols, while the EU called on both sides to avoid violence.",
     "increase", "future"),
    # a past-tense conjunct cannot share "would": it is the speaker's own act
    ("The opposition said it would boycott the parliament and called for a fresh vote.", "called", "actual"),
    ("The opposition said it would boycott the parliament and called for a fresh vote.", "boycott", "future"),
    # nor a perfect, when it is a speech act: the denier's own accusation, beside the denial
    ("The RSF denied that its fighters had entered Chad and accused the army of staging the attack.",
     "accused", "actual"),
    ("The RSF denied that its fighters had entered Chad and killed three soldiers.", "killed", "negated"),
    # a danger nobody owns is no act; someone's threat is
    ("The threat of a Russian attack has forced thousands to flee.", "threat", "hypothetical"),
    ("Russia's threat to cut off gas supplies alarmed European capitals.", "threat", "actual"),
    ("Hezbollah issued a threat of retaliation.", "threat", "actual"),
    # a yes/no question asserts nothing; a wh-question takes its event as given
    ("Did Russia supply the missiles?", "supply", "hypothetical"),
    ("Why did Russia attack the port?", "attack", "actual"),
    # the topic of talks is only talked about
    ("Talks on new sanctions against Iran ended without agreement.", "sanctions", "hypothetical"),
    ("Talks on the truce resumed in Cairo.", "truce", "actual"),
    ("Neither the army nor the RSF has attacked the convoy, the UN said.", "attacked", "negated"),
    # an unconfirmed report is neither asserted nor denied
    ("Reuters could not independently verify the report that Russian forces shelled the village.",
     "shelled", "hypothetical"),
    ("The ministry did not confirm that Belarusian troops had crossed the border.", "crossed",
     "hypothetical"),
    ("The ministry confirmed that Belarusian troops had crossed the border.", "crossed", "actual"),
    # a claim called false, also where the parse lost the claim noun; a cancelled plan
    ("Moscow's claims that Kyiv attacked the bridge were baseless.", "attacked", "negated"),
    ("Claims Ukraine attacked the plant were false.", "attacked", "negated"),
    ("Kyiv said Russia attacked the plant, and the attack was deadly.", "attacked", "actual"),
    ("The planned deployment of U.S. troops to Poland was scrapped.", "deployment", "negated"),
    ("The planned deployment of U.S. troops to Poland was announced.", "deployment", "future"),
    ("Israel mounted its long-threatened invasion of South Lebanon.", "invasion", "actual"),
    ("The army launched the planned offensive on Monday.", "offensive", "actual"),
    ("Seoul cancelled joint exercises with Washington.", "exercises", "negated"),
    ("Trump scrapped the nuclear deal with Iran.", "deal", "actual"),
    # what is only discussed or debated has not happened; a definite event discussed has
    ("The EU is discussing new sanctions on Iran.", "sanctions", "hypothetical"),
    ("NATO allies debated sending troops to Ukraine.", "sending", "hypothetical"),
    ("The ministers discussed the Russian attack on the embassy.", "attack", "actual"),
    # a definite act whose "the" only its "of" phrase licenses is a kind of act, the one talked about
    ("NATO ministers discussed the deployment of peacekeepers to Kosovo.", "deployment", "hypothetical"),
    ("Talks on the withdrawal of Russian troops from Moldova ended without agreement.", "withdrawal",
     "hypothetical"),
    ("The ministers discussed the release of the two hostages.", "release", "actual"),
    # what an inquiry is into took place; what an agreement provides is still to come
    ("The prime minister ordered an inquiry into the shooting of protesters.", "shooting", "actual"),
    ("The agreement on the withdrawal of Russian troops was signed in Moscow.", "withdrawal", "future"),
    ("The accord provides for the withdrawal of foreign troops within 90 days.", "withdrawal", "future"),
    ("The two sides signed an agreement on a ceasefire in the east.", "ceasefire", "actual"),
    # what depends on a condition, and a gerund condition, are open
    ("The release of the hostages depends on the government meeting their demands.", "release",
     "hypothetical"),
    ("The release of the hostages depends on the government meeting their demands.", "meeting",
     "hypothetical"),
    # a conjunct with a modal of its own keeps it, not its head's negation
    ("Armenia would not be drawn into a new war but could ask its allies for help.", "ask", "hypothetical"),
    ("Russia will not attack Moldova and will not send troops.", "send", "negated"),
    # a postponed meeting is still to come, whatever its determiner
    ("The meeting between Putin and Erdogan was postponed until next month.", "meeting", "future"),
    # a report under examination and a plan under discussion are not established
    ("The army said it was investigating reports that soldiers had fired on protesters.", "fired",
     "hypothetical"),
    ("The army said it was investigating the killing of two protesters.", "killing", "actual"),
    ("The withdrawal of U.S. troops from Syria remains under discussion.", "withdrawal", "hypothetical"),
    ("The withdrawal of U.S. troops from Syria remains under way.", "withdrawal", "actual"),
    # a future act on an "if" condition (also an inverted one) is hypothetical; under "unless" it is
    # the plan, and a time limit under a future clause is a condition ("until …")
    ("Turkey would launch a new ground operation in Syria if threats to its border persisted, Erdogan said.",
     "launch", "hypothetical"),
    ("Should talks in Doha fail, Israel will resume its bombardment of Gaza.", "bombardment", "hypothetical"),
    ("Serbia's opposition will boycott the vote unless the government agrees to monitors.", "boycott",
     "future"),
    ("The group will continue its attacks until Israel ends its war in Gaza.", "ends", "hypothetical"),
    # also under a negated future: the end has not come; a past one has
    ("Kenyan police will not deploy to Haiti until the United Nations approves funding.", "approves",
     "hypothetical"),
    ("The officers would not deploy until the Security Council approved funding.", "approved",
     "hypothetical"),
    ("Kenyan police did not deploy until the United Nations approved funding.", "approved", "actual"),
    ("The fighting continued until the army withdrew from the town.", "withdrew", "actual"),
    # an ultimatum's act is only demanded
    ("Hamas has until Sunday to release the hostages, Trump said.", "release", "hypothetical"),
    ("The rebels have 48 hours to withdraw from the city.", "withdraw", "hypothetical"),
    # an order decrees its noun object; the act it orders someone to do is still to come
    ("Prime Minister Dbeibah ordered an immediate ceasefire in Tripoli.", "ceasefire", "actual"),
    ("Netanyahu ordered the army to strike Hezbollah targets.", "strike", "future"),
    # an indefinite event as the subject of a future clause is supposed, not announced
    ("An armed attack on Philippine vessels would invoke the treaty, the United States said.", "attack",
     "hypothetical"),
    ("Russia's offensive will begin in the spring, the general said.", "offensive", "future"),
    # an act named as the one not taken instead of the clause's
    ("Far from attacking the city, the army withdrew to its barracks.", "attacking", "negated"),
    ("Instead of bombing the bridge, the air force targeted supply depots.", "bombing", "negated"),
    ("Instead of bombing the bridge, the air force targeted supply depots.", "targeted", "actual"),
    ("Rather than attacking the city, the rebels laid siege to it.", "attacking", "negated"),
    ("The convoy crossed the border without firing a shot.", "firing", "negated"),
    ("The army retreated from the town after attacking it.", "attacking", "actual"),
    # what a future event would embolden someone to do has not been decided by anyone
    ("A Russian victory would embolden China to invade Taiwan, the senator said.", "invade", "hypothetical"),
    # a relative clause in the simple present on an indefinite noun of an act still to come is
    # whoever might do it; a definite noun's or a past one's tells of an act done
    ("Fujimori announced a plan to pardon guerrillas who turn themselves in.", "turn", "hypothetical"),
    ("Kenyan police will arrest protesters who block roads in Nairobi.", "block", "hypothetical"),
    ("The government will pardon the rebels who surrendered last week.", "surrendered", "actual"),
    ("Police arrested protesters who block roads in the capital.", "block", "actual"),
    ("Rebels who control the north attacked an army post.", "control", "actual"),
]


@pytest.mark.parametrize(("text", "word", "value"), REAL, ids=[r[0][:40] for r in REAL])
def test_real_parses(model: Any, text: str, word: str, value: str) -> None:
    sent = parse(text, model).sentences[0]
    trigger = next(t.i for t in sent.tokens if t.text == word)
    assert assess(Tree(sent), trigger).value == value


SERVES = [
    # a purpose, an aim or a condition names the word it serves (code.py drops it when that word
    # is a coded event's)
    ("Police opened fire to disperse the crowd.", "disperse", "opened"),
    ("Azerbaijan launched an offensive to seize the corridor.", "seize", "offensive"),
    ("The party will boycott the vote unless the president resigns.", "resigns", "boycott"),
    ("If Iran attacks Israel, the United States would respond.", "attacks", "respond"),
    # a complement is no aim, and a reported clause serves nothing
    ("Russia plans to attack Kyiv.", "attack", None),
    ("Kyiv said Russia attacked the bridge.", "attacked", None),
]


@pytest.mark.parametrize(("text", "word", "served"), SERVES, ids=[r[0][:40] for r in SERVES])
def test_condition_or_aim_names_what_it_serves(model: Any, text: str, word: str, served: str | None) -> None:
    sent = parse(text, model).sentences[0]
    trigger = next(t.i for t in sent.tokens if t.text == word)
    got = assess(Tree(sent), trigger).serves
    assert (sent.tokens[got].text if got is not None else None) == served


JUDGED = [
    # "consider" with a predicate complement judges a definite event, which stays as it was
    ("The EU considered the Russian strike on Kyiv a war crime.", "strike", "actual"),
    ("The EU considers the Russian strike to be a war crime.", "strike", "actual"),
    ("Kyiv considered the Russian strike on the hospital as a war crime.", "strike", "actual"),
    # without a predicate, or with an indefinite event, what is considered is only weighed
    ("Poland is considering the deployment of missiles near the border.", "deployment", "hypothetical"),
    ("Washington is considering new sanctions against Iran.", "sanctions", "hypothetical"),
    ("NATO considers an attack on one member an attack on all.", "attack", "hypothetical"),
    # an object with "no" denies the verb's own event, and nothing that hangs on the verb
    ("She held no talks with Palestinians.", "held", "negated"),
    ("Russia sent no troops to Belarus.", "sent", "negated"),
    ("Russia sent troops to Belarus.", "sent", "actual"),
    ("Despite reports urging new sanctions, officials have made no changes.", "urging", "actual"),
    # a causative participle after a saying tells what followed, outside the saying's frame
    ("Ukraine's military intelligence agency suggested it had provided the rebels with information, "
     "prompting Mali's junta to sever diplomatic ties with Kyiv.", "sever", "actual"),
]


@pytest.mark.parametrize(("text", "word", "value"), JUDGED, ids=[r[0][:40] for r in JUDGED])
def test_judged_events_and_no_objects(model: Any, text: str, word: str, value: str) -> None:
    sent = parse(text, model).sentences[0]
    trigger = next(t.i for t in sent.tokens if t.text == word)
    assert assess(Tree(sent), trigger).value == value


DISPUTED_ROLES = [
    # disputing one's part in an act denies the act, as "denied" does
    ("Hamas rejected responsibility for the attack on the checkpoint.", "attack", "negated"),
    ("Iran disputed any role in the drone strike on the tanker.", "strike", "negated"),
    ("The Taliban denied responsibility for the bombing in Kabul.", "bombing", "negated"),
    ("The Islamic State claimed responsibility for the bombing in Kabul.", "bombing", "actual"),
    # a judged definite event stays as it was, however the parse hangs the predicate
    ("Israel considers the Hamas attack an act of war.", "attack", "actual"),
    ("Kyiv considers the attack an act of sabotage.", "attack", "actual"),
    # "no longer" negates its verb
    ("Russia will no longer send troops to Syria.", "send", "negated"),
    ("Russia no longer attacks the port.", "attacks", "negated"),
    ("The rebels held the town for longer than expected.", "held", "actual"),
]


@pytest.mark.parametrize(("text", "word", "value"), DISPUTED_ROLES, ids=[r[0][:40] for r in DISPUTED_ROLES])
def test_disputed_roles_and_judged_events(model: Any, text: str, word: str, value: str) -> None:
    sent = parse(text, model).sentences[0]
    trigger = next(t.i for t in sent.tokens if t.text == word)
    assert assess(Tree(sent), trigger).value == value


DISMISSED = [
    # a claim dismissed by a phrasal verb is denied; without its particle the verb is no dismissal
    ("Hamas brushed aside claims that its fighters had attacked the convoy.", "attacked", "negated"),
    ("Kyiv shrugged off reports that its forces had shelled the plant.", "shelled", "negated"),
    # a denied claim's aims and conditions are denied with it, not feared
    ("The Kremlin dismissed suggestions that Putin travelled to Minsk to persuade Lukashenko to enter the war"
     ".", "enter", "negated"),
    ("The ministry rejected reports that Iran would strike Israel if the talks failed.", "strike", "negated"),
    ("Russia moved troops to the border to attack Ukraine.", "attack", "hypothetical"),
    ("If Iran strikes Israel, the United States will respond.", "strikes", "hypothetical"),
    # a perfect participle the parser read as an adjective still heads the denied clause
    ("Myanmar's military denied that its soldiers had targeted civilians.", "targeted", "negated"),
    ("Myanmar's military said its soldiers had targeted rebel positions.", "targeted", "actual"),
]


@pytest.mark.parametrize(("text", "word", "value"), DISMISSED, ids=[r[0][:40] for r in DISMISSED])
def test_dismissed_claims_and_their_aims(model: Any, text: str, word: str, value: str) -> None:
    sent = parse(text, model).sentences[0]
    trigger = next(t.i for t in sent.tokens if t.text == word)
    assert assess(Tree(sent), trigger).value == value


LATER_AND_LICENSED = [
    # a nominal event dated after the clause ("before", "ahead of") is still to come
    ("The test came days before the APEC summit in Gyeongju.", "summit", "future"),
    ("The strike came ahead of the summit in Brussels.", "summit", "future"),
    ("The launch came a week before world leaders gather in Gyeongju for the APEC summit.", "summit",
     "future"),
    # under a past perfect both are past
    ("Russia had struck Kyiv before the summit in Brussels.", "struck", "actual"),
    # a "before" phrase fronted on a past clause sets a past scene: its event happened
    ("Before Russia's invasion of Ukraine, Germany bought half of its gas from Moscow.", "invasion",
     "actual"),
    ("Before the summit, Russia will attack Kyiv.", "summit", "future"),
    # a copula idiom that rules its subject out, or leaves it open
    ("The government said that lifting the sanctions is out of the question.", "lifting", "negated"),
    ("Washington said a withdrawal of its troops was off the table.", "withdrawal", "negated"),
    ("The official said military action against Iran remains on the table.", "action", "hypothetical"),
    # a past tense cannot share a denied gerund: it is the denier's own act
    ("The army denied attacking the village and withdrew its troops.", "withdrew", "actual"),
    # what one is authorised or instructed to do has not yet happened
    ("Trump said he had authorised the CIA to conduct covert operations in Venezuela.", "conduct", "future"),
    ("The president instructed the army to strike the camps.", "strike", "future"),
    # "were to blame" is a judgement, not a plan
    ("It said the rebels were to blame.", "blame", "actual"),
    ("The minister is to visit Kyiv.", "visit", "future"),
    # the end of a reported "would keep V-ing" is a condition
    ("Zelenskiy said Ukraine would keep hitting Russia's oil industry until Moscow agreed to a ceasefire.",
     "agreed", "hypothetical"),
    # a participle clause set off by commas is the writer's aside, outside the denial
    ("The United Arab Emirates, accused by Sudan's government of arming the RSF, has denied supplying "
     "weapons to the group.", "accused", "actual"),
    ("The United Arab Emirates, accused by Sudan's government of arming the RSF, has denied supplying "
     "weapons to the group.", "supplying", "negated"),
    # an adverb between a denial and its gerund does not make the gerund an adjective
    ("The UAE has repeatedly denied supplying weapons to the RSF.", "supplying", "negated"),
]


@pytest.mark.parametrize(
    ("text", "word", "value"), LATER_AND_LICENSED, ids=[r[0][:40] for r in LATER_AND_LICENSED]
)
def test_later_events_licences_and_asides(model: Any, text: str, word: str, value: str) -> None:
    sent = parse(text, model).sentences[0]
    trigger = next(t.i for t in sent.tokens if t.text == word)
    assert assess(Tree(sent), trigger).value == value
