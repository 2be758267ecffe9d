"""The words factuality.py reads: modals and negators, the verbs and nouns that frame an event
(plans, fears, denials, orders, avoidance, dismissals, claims called false), and the adjectives
and prepositions that set a nominal event's reading. Kept apart from the rules that use them."""

from __future__ import annotations

from .syntax import CLAIM_WORDS, words

# The future tense's auxiliaries ("wo" of "won't"): a plan or an expectation ("is expected to",
# "plans to") is no future tense.
FUTURE_TENSE = frozenset({"will", "shall", "'ll", "wo", "would"})
REPORTING = words("""say tell state claim announce accuse report confirm deny insist allege add note
    write warn stress declare assert believe think fear worry reiterate explain argue maintain quote reveal
    acknowledge admit indicate tweet post blame suggest predict estimate emphasize emphasise
    underline signal hint charge contend disclose inform quote concede reaffirm affirm reassert assure
    testify recount boast complain remark caution""")
FUTURE_MODALS = frozenset({"will", "shall", "'ll", "wo"})
HYP_MODALS = frozenset({"could", "may", "might", "should", "must", "ought", "can", "ca"})
NEGATORS = frozenset({"not", "n't", "never", "no", "neither", "nor"})
# The clitic negator in both spellings: with a typographic apostrophe ("isn’t") the parser often
# takes it for a noun ("nsubj"), yet it negates the verb it leans on all the same.
NEG_CLITICS = frozenset({"n't", "n’t"})
FUTURE_FRAMES = words("""plan intend prepare aim schedule expect promise pledge vow decide agree resolve order
    set due upcoming plot preparation intention commit mull swear decision poise slate slat envisage
    envision""")
# ("slat": the parser's lemma of "slated")
HYP_FRAMES = words("""fear worry concern risk threaten threat possibility danger prospect want wish hope
    seek consider propose suggest ready prepared able willing likely unlikely try attempt speculation
    rumour rumor scenario possible potential capable contemplate weigh demand urge call ask discuss debate
    request consideration springboard fears warning eye spectre specter doubt chance likelihood odds
    hop""")  # "hop": the parser's lemma of the verb "hopes"
DENY_FRAMES = frozenset({"deny", "refute", "refuse", "fail", "dismiss", "denial", "decline"})
# A claim noun's reduced relative denies it: ", a charge Warsaw denied", ", accusations both reject".
REDUCED_DENIALS = DENY_FRAMES | {"reject"}
# Verbs of command, and the states and measures an order puts in force by itself ("ordered a
# ceasefire", "ordered a curfew", "ordered the expulsion of four diplomats", "ordered the arrest
# of 30 politicians"); the acts it orders others to do are still to come ("ordered patrols",
# "ordered the army to strike").
DECREEING = frozenset({"order"})
DECREED = words("""ceasefire cease-fire truce curfew lockdown mobilisation mobilization closure shutdown
    suspension halt end cutoff ban embargo expulsion deportation arrest deployment""")
# Verbs whose complement did not take place: "refrained from sending", "avoided retaliating",
# "was prevented from striking", "barred Kyiv from using".
AVOID_FRAMES = frozenset({"refrain", "avoid", "prevent", "bar", "forgo", "forbid", "prohibit",
                          "thwart", "foil", "avert"})  # fmt: skip
# Verbs of stopping another's act: undone ("failed to stop the attack", "did not prevent the
# raid") they leave the act as it was.
STOP_VERBS = frozenset({"prevent", "stop", "halt", "thwart", "foil", "avert"})
# Words that frame only a "to" clause: "is about to send", "was meant to visit", "pushed Hamas
# to accept", "was unable to strike".
_URGING = words("""push press pressure encourage invite appeal plead implore exhort lobby embolden tempt
    entice incite""")
TO_FRAMES = dict.fromkeys(words("about mean look"), "future") | dict.fromkeys(_URGING, "hypothetical")
TO_FRAMES |= dict.fromkeys(words("unable incapable"), "negated")
# What one is authorised or instructed to do is still to come, as what one is ordered to do:
# "authorised the CIA to conduct covert operations" ("approved the arms sale" keeps the sale;
# "allowed Russian troops to use its territory" tells what was done, the gold's reading).
TO_FRAMES |= dict.fromkeys(words("authorise authorize empower instruct direct task"), "future")
# What a plan, a deal or an ultimatum requires of a party is still to come ("the plan requires
# Ukraine to cede the Donbas", "the ultimatum requires the junta to release Bazoum").
TO_FRAMES |= dict.fromkeys(words("require oblige obligate"), "future")
# A warning's "to" clause is a demand, not a deed: "warned Russia to withdraw its troops".
TO_FRAMES["warn"] = "hypothetical"
# An undertaking "to" act is a promise, the act still to come ("undertook to coordinate their
# nuclear programmes"); what is undertaken as an object is done ("undertook a major offensive").
TO_FRAMES["undertake"] = "future"
# Verbs that deny a report or a claim ("disputed claims that") or doubt it ("questioned reports").
DISPUTE_VERBS = {"reject": "negated", "dismiss": "negated", "dispute": "negated", "contradict": "negated",
                 "contest": "negated", "debunk": "negated", "scoff": "negated", "deride": "negated",
                 "ridicule": "negated", "question": "hypothetical"}  # fmt: skip
# Phrasal verbs of dismissing, with the particle that makes them so ("brushed aside claims that",
# "waved away reports that", "shrugged off suggestions that"): a report or claim so dismissed is
# denied, as with "dismissed".
DISMISSING = {"brush": words("aside off"), "wave": words("away off aside"), "shrug": words("off"),
              "laugh": words("off"), "swat": words("away aside")}  # fmt: skip
DISPUTE_VERBS |= dict.fromkeys(DISMISSING, "negated")
# "branded the report a lie", "called claims that … groundless": a claim called false is denied.
CALLING = frozenset({"brand", "call", "label", "term", "describe"})
FALSITY = words("""lie lies fabrication fabricated fake false baseless groundless untrue nonsense
    fiction disinformation propaganda unfounded absurd""")
# Verbs of taking place: "the attack did not happen" denies the attack, "the attack did not stop
# exports" does not.
OCCUR_VERBS = words("happen occur take materialise materialize come proceed exist start begin resume")
# Verbs of confirming: negated ("could not verify", "did not confirm that") they leave their
# content unconfirmed, neither asserted nor denied.
CONFIRMING = words("verify confirm corroborate substantiate establish prove")
# Verbs of examining a report or a claim: its content is not established ("is investigating
# reports that soldiers fired on protesters").
EXAMINING = words("investigate probe examine check review study")
# "remains under discussion": what is only being discussed or considered has not happened.
UNDER_WAY = words("discussion consideration review study examination evaluation negotiation")
# Idioms of a copula that rate their subject as excluded or still open: "lifting the sanctions is
# out of the question", "a withdrawal is off the table" (negated); "military action remains on
# the table" (hypothetical). Keyed by (preposition, noun under it, through "of" for "out of").
RATED_PHRASES = {("out", "question"): "negated", ("off", "table"): "negated", ("on", "table"): "hypothetical"}
# Copulas whose adjective rates their subject: "an invasion appears imminent".
COPULAS = frozenset({"be", "appear", "seem", "look", "remain"})
DENY_OBJECTS = CLAIM_WORDS - {"charge", "assertion"}
# A party's part in an act: disputed ("rejected responsibility for the attack", "disputed any
# role in the bombing") the act is denied as theirs, as with "denied".
ROLE_NOUNS = words("involvement role responsibility part hand participation complicity")
DISPUTED = DENY_OBJECTS | ROLE_NOUNS
HYP_ADJ = frozenset({"possible", "potential", "likely", "imminent", "feared", "hypothetical",
                     "threatened", "looming", "prospective", "any", "unlikely", "attempted",
                     "foiled", "thwarted", "aborted", "would-be"})  # fmt: skip
FUTURE_ADJ = frozenset({"planned", "upcoming", "future", "proposed", "scheduled", "forthcoming",
                        "expected", "impending", "next"})  # fmt: skip
CONDITIONAL = frozenset({"if", "unless", "whether", "lest"})
# A nominal event after these only sets the time of the clause above it, outside its frame.
# (and of concession: "refused to step down despite mass protests" — the protests took place)
TEMPORAL_PREPS = frozenset({"after", "before", "during", "following", "amid", "amidst", "since", "despite"})
NO = frozenset({"no", "neither"})
NO_DEPS = ("det", "preconj")  # "no drone", "neither the army nor the RSF"
# Subjects that deny their verb: "none of the troops have left", "nobody attacked the convoy".
NEG_SUBJECTS = frozenset({"none", "nobody", "neither", "nothing"})
QUESTION_MARKS = frozenset({"whether", "if"})  # "it is unclear whether …", "asked if …"
# "…, a charge Warsaw denied": the denial is of the claim's content, not of the claim being made.
CLAIM_NOUNS = CLAIM_WORDS
# Verbs whose negation asserts their complement: "would not hesitate to strike" will strike.
HESITANT = frozenset({"hesitate"})
# Speakers who report on a party, not for it: a plan they report is no announcement of the party's.
OUTSIDE_VOICES = words("""media newspaper paper daily press television tv radio broadcaster channel
    agency outlet website journalist reporter correspondent source report analyst expert observer
    witness resident diplomat""")
