"""Attribution: who asserts an event, on real parses (the speaker phrase's head token)."""

from __future__ import annotations

from typing import Any

import pytest

from frontwatch.attribution import final_sayer, find_source
from frontwatch.nlp import parse
from frontwatch.syntax import Tree, dateline_end

CASES = [
    ("Kyiv says Russia keeps using Belarusian airspace for attacks.", "attacks", "Kyiv"),
    ("Russia attacked the port, the statement said.", "attacked", "statement"),
    ("Russian troops have arrived in Belarus, the ministry confirmed on Friday.", "arrived", "ministry"),
    ("According to the Ukrainian military, Russia launched 40 drones overnight.", "launched", "military"),
    ("The arrival of the troops was confirmed by the defence ministry.", "arrival", "ministry"),
    ("Kyiv accused Moscow of shelling the plant.", "shelling", "Kyiv"),
    ("Ukraine fears an offensive from the north.", "offensive", "Ukraine"),
    ("Minsk denied that its troops had crossed the border.", "crossed", "Minsk"),
    ("NATO warned that Russia could attack from Belarus.", "attack", "NATO"),
    ("A statement issued by the Finnish foreign ministry said Finland would give aid.", "give", "ministry"),
    ("Latvian officials do not rule out an attack on Riga.", "attack", "officials"),
    # sentence-final speakers the parse hangs on the clause before (appositive, parenthetical acronym)
    (
        "The army withdrew from the town, the Syrian Observatory for Human Rights, "
        "a Britain-based monitor, said.",
        "withdrew",
        "Observatory",
    ),
    (
        "The United Nations (UN) will send aid to Sudan, the UN Office for the Coordination of Humanitarian "
        "Affairs (OCHA) said.",
        "send",
        "Office",
    ),
    (
        "Hamas fired rockets at Tel Aviv, the Israel Defense Forces (IDF), the military of Israel, said.",
        "fired",
        "Forces",
    ),
    (
        "The Wagner group has taken control of Soledar, its founder Yevgeny Prigozhin claimed.",
        "taken",
        "founder",
    ),
    (
        "Kyiv will continue to strike Russian military targets in Crimea, "
        "a spokesman for Ukraine's navy said.",
        "strike",
        "spokesman",
    ),
    (
        "Russian drones struck the port of Odesa, said a second witness at the scene, "
        "local fisherman Petro Bondar.",
        "struck",
        "witness",
    ),
    (
        "Syrian government forces used chlorine gas in an attack on Douma, UN investigators concluded.",
        "attack",
        "investigators",
    ),
    ("Russia has moved troops to the border, the Pentagon told reporters on Monday.", "moved", "Pentagon"),
    ("The rebels attacked a convoy near Goma, according to the United Nations.", "attacked", "Nations"),
    ("In a statement on Tuesday, NATO said it would send more troops to Kosovo.", "send", "NATO"),
    # framing adjectives, and a reporting verb the parse read as a plural noun
    ("Taiwan is concerned that China may blockade the island's ports.", "blockade", "Taiwan"),
    ("Kyiv is confident that the West will send more tanks.", "send", "Kyiv"),
    ("Armenia worries that Azerbaijan might launch an offensive.", "offensive", "Armenia"),
    ("The troops were sure to attack at dawn.", "attack", None),
    ("Russia attacked Ukraine on Monday.", "attacked", None),
    # an organisation noun with its name apposed: the parse splits them, the body speaks
    (
        "Houthi fighters attacked a bulk carrier in the Red Sea, the EU naval mission Aspides said.",
        "attacked",
        "mission",
    ),
    (
        "Houthi fighters attacked a bulk carrier in the Red Sea, killing at least four crew members, "
        "the EU naval mission Aspides said.",
        "attacked",
        "mission",
    ),
    ("Israeli strikes killed 20 people in Gaza, the UN agency UNRWA said.", "killed", "UNRWA"),
    (
        "Russian troops shelled Kharkiv, Ukrainian military spokesman Oleksandr Shtupun said.",
        "shelled",
        "Shtupun",
    ),
    # no speaker: a noun object of "conclude" is what ends; an appositive before a non-reporting conjunct
    ("The committee concluded its hearings on the attack in Douma.", "hearings", None),
    ("Police arrested the man, a Kenyan national, and charged him with terrorism.", "arrested", None),
    ("The army shelled the village, and residents said the attack lasted hours.", "shelled", None),
    ("Kyiv accused Moscow of shelling the plant.", "accused", None),
    ("The ministry said the troops that arrived on Friday would stay.", "arrived", None),
    # a hearsay adverb: the outlet relays an unnamed source; not across a relative clause
    ("The attack reportedly killed five soldiers near Bakhmut.", "attack", "reportedly"),
    ("Russian troops allegedly executed prisoners near Bakhmut.", "executed", "allegedly"),
    ("The man who allegedly planned the attack was arrested on Monday.", "arrested", None),
    # a leading wire dateline is where the reporter filed from, never the speaker
    (
        "DUBAI, June 8 (AP) — Yemen's Houthi rebels said Sunday they had fired two missiles at a ship.",
        "fired",
        "rebels",
    ),
    (
        "YEREVAN, June 4 (Reuters) - Armenia's defence ministry said Azerbaijani forces opened fire.",
        "opened",
        "ministry",
    ),
    # a conjunct or a contrast beside a saying is the outlet's, not the saying's content
    ("Lebanon's president condemned the strike and urged France to stop the attacks.", "urged", None),
    ("Japan said it would monitor the situation, whereas South Korea deployed warships.", "deployed", None),
    ("Japan said it would monitor the situation, whereas South Korea deployed warships.", "monitor", "Japan"),
    (
        "Ethiopia's government on Thursday denied reports that it was massing troops on the border with "
        'Eritrea, calling them "baseless".',
        "calling",
        None,
    ),
    (
        "Ethiopia's government on Thursday denied reports that it was massing troops on the border with "
        'Eritrea, calling them "baseless".',
        "massing",
        "government",
    ),
    # the parse hangs the reported clause's subject on a sentence-final speaker: the speaker is the
    # subject nearest its verb
    (
        "Russia, which has military bases in both countries, called for restraint and offered to mediate, "
        "Interfax news agency reported.",
        "called",
        "agency",
    ),
    # a reporting conjunct hung on the reported clause is the speaker's second act
    (
        "The army spokesman said the strikes targeted the White Army, a militia allied with Machar, and "
        "denied that civilians had been killed.",
        "killed",
        "spokesman",
    ),
    # a result participle hung on the saying is the reported act's consequence
    (
        "The Philippines accused China's coast guard of ramming a Philippine supply boat near the shoal, "
        "injuring one sailor.",
        "injuring",
        "Philippines",
    ),
    ("Ethiopia denied the reports, calling them baseless.", "calling", None),
    # a claimed attack is the claimant's; more reporting verbs; a relative clause inside what is said
    ("The Viv Ansanm gang coalition claimed the attack in a video posted online.", "claimed", "coalition"),
    (
        "The United States reaffirmed that an armed attack on Philippine vessels would invoke the treaty.",
        "attack",
        "States",
    ),
    ("Ukrainian officials wondered whether Belarus would join the offensive.", "join", "officials"),
    ("Uganda, which sent troops to Juba in March, said its forces would stay.", "sent", None),
    ("The U.S. Congress rejected a bill to send more aid to Israel.", "send", None),
    # a passive subject is the content's, unless the verb frames its experiencer
    ("Qatar and Egypt are expected to host a new round of talks next week.", "host", None),
    # "according to" a document under a saying names its medium; a document's compound is its author
    (
        "Brazil said it would reinforce its troops on the border, according to a defence ministry statement.",
        "reinforce",
        "Brazil",
    ),
    (
        "The United States imposed sanctions on a refinery, according to a Treasury Department statement.",
        "imposed",
        "Department",
    ),
    # a causative participle after a saying tells its consequence in the outlet's voice; a result
    # participle of the content, or a saying after the participle, keeps the speaker
    (
        "Ukraine's military intelligence agency suggested it had provided the rebels with information, "
        "prompting Mali's junta to sever diplomatic ties with Kyiv on Sunday.",
        "sever",
        None,
    ),
    ("The army said rebels attacked a convoy, prompting the government to impose a curfew.", "impose", None),
    ("Russia denied it had attacked the convoy, leading the UN to suspend aid deliveries.", "suspend", None),
    ("The army said rebels attacked a convoy, prompting officials to impose a curfew.", "attacked", "army"),
    ("Kyiv said Russian missiles hit a hospital, killing five people.", "killing", "Kyiv"),
    (
        "Israeli jets struck the depot, prompting Hezbollah to fire rockets at Israel, the ministry said.",
        "fire",
        "ministry",
    ),
    # a "while" clause inside what is said, with no comma before it, is its time or condition; one
    # set off by a comma is the outlet's contrast
    ("Kyiv said it would not negotiate while Russia continued its strikes on Ukraine.", "strikes", "Kyiv"),
    ("The rebels said they would not disarm while the army kept shelling them.", "shelling", "rebels"),
    ("Poland said it would close its border, while Lithuania sent troops to the frontier.", "sent", None),
    ("Egypt said it would keep the crossing closed, although Israel allowed aid trucks in.", "allowed", None),
    # "according to" with another phrase the parse hung on "according" before its "to"
    (
        "Gunmen abducted 40 pupils from a school in Papiri on Friday, according to the Christian "
        "Association of Nigeria.",
        "abducted",
        "Association",
    ),
]


@pytest.mark.parametrize(("text", "word", "speaker"), CASES, ids=[f"{c[0][:30]}-{c[1]}" for c in CASES])
def test_speaker(model: Any, text: str, word: str, speaker: str | None) -> None:
    sent = parse(text, model).sentences[0]
    trigger = next(t.i for t in sent.tokens if t.text == word)
    src = find_source(Tree(sent), trigger)
    assert (sent.tokens[src.speaker].text if src else None) == speaker


def test_a_claim_hung_on_its_reduced_denial_keeps_its_claimant(model: Any) -> None:
    """The parser may hang the claimed clause on ", a charge Z denied" under the saying: the
    claim is still the sayer's, and the denier's only for its own negated copy (denials.py)."""
    # with its newline this parse hangs "fighting" on "denied", and "denied" on "says"
    text = "Congo says Rwandan troops are fighting alongside M23 rebels, a charge Rwanda has repeatedly "
    text += "denied.\n"
    tree = Tree(parse(text, model).sentences[0])
    trigger = next(t.i for t in tree.tokens if t.text == "fighting")
    src = find_source(tree, trigger)
    assert src is not None and tree.tok(src.speaker).text == "Congo"
    # with no saying above the denial, the claim stays the outlet's
    text = "Kyiv accused Moscow of shelling the plant, a charge Moscow denied."
    tree = Tree(parse(text, model).sentences[0])
    accused = next(t.i for t in tree.tokens if t.text == "accused")
    assert find_source(tree, accused) is None


def test_a_saying_that_dates_the_event_is_not_its_source(model: Any) -> None:
    text = "China launched drills near Taiwan on Monday, days after President Lai said it would not yield."
    sent = parse(text, model).sentences[0]
    trigger = next(t.i for t in sent.tokens if t.text == "launched")
    assert find_source(Tree(sent), trigger) is None


DATELINES = [
    ("SEOUL, June 3 (Yonhap) -- North Korea fired missiles, the military said.", "--"),
    (
        "PORT SUDAN, June 7 (AFP) - Sudan's paramilitary Rapid Support Forces killed at least 40 civilians "
        "in a village in North Darfur, a local rights group said on Saturday.",
        "-",
    ),
    ("KYIV (Reuters) - Russian drones hit Odesa overnight, officials said.", "-"),
    # a paragraph's first sentence starts with its white space
    ("\n\nMOSCOW, June 2 (Reuters) - Ukrainian drones struck a refinery, officials said.", "-"),
    ("N'DJAMENA, March 14 (Reuters) - Chad closed its border with Sudan, the government said.", "-"),
    ("UN-backed forces shelled the town, the army said.", None),
    ("NATO - the alliance - said it would send troops.", None),
    ("Kyiv said Russian drones hit Odesa overnight.", None),
]


@pytest.mark.parametrize(("text", "dash"), DATELINES, ids=[d[0][:30] for d in DATELINES])
def test_dateline_is_no_party(model: Any, text: str, dash: str | None) -> None:
    """A leading dateline ends at its dash and is taken out of the clause it was hung on."""
    sent = parse(text, model).sentences[0]
    end = dateline_end(sent.tokens)
    assert (sent.tokens[end].text if end is not None else None) == dash
    if end is not None:
        tree = Tree(sent)
        assert all(tree.tok(k).dep not in ("nsubj", "nsubjpass", "dobj") for k in range(end + 1))
        assert any(t.dep == "nsubj" for t in tree.tokens[end + 1 :])  # the phrase hung on it takes its place


@pytest.mark.parametrize(
    "text",
    ["GOMA, Jan 27 (AFP) - M23 rebels said on Monday they had captured Goma.",
     "KINSHASA, Jan 27 (AFP) - M23 rebels said on Monday they had captured Goma.",
     "M23 rebels said on Monday they had captured Goma."],
)  # fmt: skip
def test_a_speaker_the_parse_hung_on_the_dateline(model: Any, text: str) -> None:
    """The parse may join the subject to the dateline's place ("GOMA … - M23 rebels": a conjunct
    of Goma); with the dateline taken out, the phrase between its dash and the saying still
    speaks."""
    tree = Tree(parse(text, model).sentences[0])
    trigger = next(t.i for t in tree.tokens if t.text == "captured")
    src = find_source(tree, trigger)
    assert src is not None and tree.tok(src.speaker).text == "rebels"


FINAL_SAYERS = [
    # the subject of a saying whose content comes before it ("…, it said"), which participants.py
    # resolves to the statement's author, not to a party of the content
    ("Thai troops opened fire first on a Cambodian patrol near the temple, it said.", "it", True),
    ("Thai soldiers fired shells into Cambodian territory, the statement added.", "statement", True),
    ("It said two Thai soldiers were wounded.", "It", False),
    ("The army said it had repelled the attack.", "army", False),
]


@pytest.mark.parametrize(("text", "word", "final"), FINAL_SAYERS, ids=[c[0][:30] for c in FINAL_SAYERS])
def test_final_sayer(model: Any, text: str, word: str, final: bool) -> None:
    sent = parse(text, model).sentences[0]
    h = next(t.i for t in sent.tokens if t.text == word)
    assert final_sayer(Tree(sent), h) is final
