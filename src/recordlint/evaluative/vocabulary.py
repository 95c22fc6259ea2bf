"""Word sets the finders share: who a judgement can be about, the modals, copulas and
degree words that make a clause a forecast or a verdict. They are grammar, not lexicon
entries, so they live here and not in ``lexicons/``.
"""

from __future__ import annotations

from recordlint.subjects import Referent

# Who a judgement can be about: the person, their family and carers, or nobody named (a
# note-style fragment, where the person is the understood subject).
ABOUT_PEOPLE = frozenset({Referent.PERSON, Referent.OTHER_PERSON, Referent.UNKNOWN})


# Who else conduct can be judged of: "this provider is unreliable" is an opinion about the
# provider stated as fact. Feelings and minds are read only of people, and so are words that
# judge only when negated ("the office is not open" says when it opens).
SERVICES = frozenset({Referent.PROFESSIONAL, Referent.ORGANISATION})


# What a fragment can describe without judging anybody.
THINGS = frozenset({Referent.THING, Referent.HOME})


# Counted or measured details are observations ("several out of date items in the fridge").
QUANTITIES = frozenset({"several", "many", "numerous", "lots", "piles", "bags", "dozens"})


# Modal auxiliaries that turn an outcome verb into a prediction ("will", "won't", "'ll").
PREDICTIVE_MODALS = frozenset({"will", "wo", "'ll", "would"})


# The adverb that makes a "will" clause rule something out for good ("will never drive
# again"), a forecast whatever its verb.
NEVER = frozenset({"never"})


# Modals that offer a reading as a possibility, not a fact ("may be struggling").
POSSIBILITY_MODALS = frozenset({"may", "might", "could"})


# Verbs of going on that carry a forecast's modal for the outcome after them ("will keep
# falling", "will continue to struggle").
ASPECTUAL = frozenset({"keep", "continue", "carry", "go", "start", "begin"})


# Words that make a clause subordinate, so its "will" is not the writer's forecast ("how he
# will manage", "if she will need").
SUBORDINATING = frozenset({"if", "whether", "how", "when", "unless", "what", "until"})


# Negatives for words that only read a mind when negated ("no motivation", "not motivated").
NEGATIVES = frozenset(
    {"not", "n't", "no", "never", "little", "poor", "poorly", "lack", "lacks", "without"}
)


# Verbs that "clearly" modifies as manner, not certainty: "explained clearly", "clearly
# labelled", "could clearly see".
MANNER_HEADS = frozenset(
    {"see", "hear", "label", "mark", "write", "display", "visible", "audible", "show", "speak",
     "explain", "state", "say", "tell", "express", "set", "communicate", "understand",
     "document", "record", "sign", "read"}
)  # fmt: skip


# Degree words that make an adjective a matter of degree, and so of judgement: "a very
# challenging man" sums a person up however neutral the adjective looks alone.
# "so" and "most" are left out: they rarely intensify there, and as a rule's gate they would
# open almost every paragraph.
INTENSIFIERS = frozenset(
    {"very", "extremely", "really", "incredibly", "exceptionally", "particularly", "terribly",
     "awfully", "thoroughly"}
)  # fmt: skip


# Degree words of notes beside the intensifiers: "v anxious", "a bit lonely", "quite low".
NOTE_DEGREES = frozenset({"v", "v.", "so", "quite", "bit", "totally", "highly"})


# Words that grade a risk ("at high risk", "Risk remains high", "a significant risk").
RISK_DEGREES = frozenset(
    {"high", "higher", "low", "significant", "serious", "considerable", "substantial",
     "severe", "great", "greater", "increased", "extreme", "moderate", "medium"}
)  # fmt: skip


# Verbs that state what someone or something is ("is at risk", "remains high", "became a
# danger"): a risk word hung on any other verb ("putting herself at risk", "explained the
# fire risk") reports an act, not a verdict; a likelihood of one ("likely to be in
# hospital") is of a state, not of what someone will do.
COPULAS = frozenset({"be", "remain", "become", "stay"})


# Who a forecast or a risk verdict can be said of: the person, a relative or their home.
FORECAST_SUBJECTS = frozenset({Referent.PERSON, Referent.OTHER_PERSON, Referent.HOME})


# Heads that state a state or a judgement, so a forecast coordinated after one is inferred
# from it ("is frail and will burn out", "lacks insight and will not accept help").
STATIVE_HEADS = frozenset({"be", "have", "lack", "seem", "appear", "remain", "cope", "manage"})


# Adverbs and phrases that make a need last for good ("will always need someone", "will need
# help forever", "for the rest of his life"): a need with no end is the writer's forecast of
# the person, not what a fact just given asks a provider for.
PERMANENCE = frozenset({"always", "forever", "permanently", "indefinitely", "lifelong"})
PERMANENT_OBJECTS = frozenset({"life", "ever", "good"})


# Subjects that point back at what was just said ("this is clearly not the case").
DEMONSTRATIVES = frozenset({"this", "that"})


# Perception verbs whose report of the next sentence is evidence for an impression.
PERCEPTION = frozenset({"see", "observe", "notice", "find", "hear", "smell", "watch"})


SPEECH = frozenset({"say", "tell", "report", "explain", "describe", "show"})


# Adverbs and phrases that make a need last for good ("will always need someone", "will need
# help forever", "for the rest of his life"): a need with no end is the writer's forecast of
# the person, not what a fact just given asks a provider for.
PERMANENCE = frozenset({"always", "forever", "permanently", "indefinitely", "lifelong"})
PERMANENT_OBJECTS = frozenset({"life", "ever", "good"})


# Subjects that point back at what someone just said or asked for ("this is unrealistic",
# "which is unlikely").
POINTING_BACK = frozenset({"this", "that", "which"})
