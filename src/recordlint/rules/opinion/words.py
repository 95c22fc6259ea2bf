"""The fixed word sets the fact-and-opinion rules share: hedges, credibility words, decision links
and the like. The cue words themselves live in ``lexicons/opinion-markers.toml``."""

from __future__ import annotations

from recordlint.nlp import Need
from recordlint.subjects import Referent

PEOPLE = frozenset({Referent.PERSON, Referent.OTHER_PERSON, Referent.PROFESSIONAL})
OPINION_NEEDS = (Need.TAGS, Need.PARSE)

# Appearance hedges put an impression where an observation should be ("appears to be
# struggling"). Other hedges ("it is possible that", "may") are honest uncertainty.
APPEARANCE_HEDGES = frozenset(
    {
        "seem", "appear to", "present as", "come across as", "look as if", "look as though",
        "give the impression", "get the impression", "get the sense", "seemingly",
        "it would appear", "it appears that", "would appear", "it would seem",
        "there is a sense that",
    }
)  # fmt: skip
# Hearsay with no source: the reader cannot tell who said it or how reliable it is.
HEARSAY_HEDGES = frozenset(
    {
        "apparently", "reportedly", "i gather", "it is thought that", "it is believed that",
        "it is felt that", "it was felt that", "presumably",
    }
)  # fmt: skip
# Likelihood words that turn a suspicion about what someone is doing into a record of it
# ("is probably drinking again"); about facts and outcomes they are honest uncertainty.
SUSPICION_HEDGES = frozenset({"probably", "likely", "possibly"})
# Words that, with "to" after them, name what a risk rests on: "at risk due to complaints".
GROUNDS_LEADS = frozenset({"due", "owing"})
# Marked opinions that are recommendations or plans: a decision, not a view needing evidence.
RECOMMENDATIONS = frozenset({"i recommend", "i would recommend", "i would suggest"})
CREDIBILITY_ADVERBS = frozenset({"allegedly", "supposedly", "purportedly"})
# Credibility verbs that cast doubt only when they report a statement ("claims she eats",
# "insists that"), not with a plain object ("claims Pension Credit", "insists on tea").
# "Admits" casts what the person told you as a confession, but only when it reports a
# statement ("admits he skips meals"), never in "admitted to hospital".
REPORTING_CREDIBILITY = frozenset({"claim", "insist", "assert", "allege", "maintain", "admit"})
# Who may be doubted: the person and the people around them, whose words the record carries.
DOUBTED = frozenset({Referent.PERSON, Referent.OTHER_PERSON})
# Clinical convention: "denies chest pain" records a symptom review, not disbelief; the
# symptoms are the word list "symptom_noun" in lexicons/domain-words.toml.
DECISION_WORDS = frozenset({"decision", "decisions", "decide", "deciding"})
DECISION_LINKS = frozenset(
    {
        "to", "about", "regarding", "re", "for", "over", "around", "on", "concerning",
        "relating", "specifically", "with", "as", "in", "when", "whether", "where",
    }
)  # fmt: skip
# Words that, with "to" or "of", introduce a reason: "due to", "owing to", "because of".
REASON_HEADS = frozenset({"due", "owing", "because", "thanks"})
# Words that make a clause a condition ("if I seem muddled").
CONDITIONS = frozenset({"if", "unless", "whenever"})
# Quantifiers that make a capacity statement blanket: "lacks capacity in all areas".
UNIVERSAL = frozenset({"all", "every", "any", "everything", "anything", "each"})
# Verbs that make "no concerns" someone's report: "Carers report no concerns", "she has no
# worries about the move".
REPORTED_BY = frozenset({"have", "raise", "express", "voice", "report", "share", "mention"})
# Participles that make "no concerns" an event with someone else behind it, the passive's
# "were" dropped or kept: "No concerns raised" (no one raised any), "no concerns found" (a
# check found none), "no issues reported", "No concerns noted" (none seen at the time).
RAISED_OR_FOUND = frozenset(
    {"raise", "express", "voice", "report", "mention", "find", "identify", "note", "observe"}
)
# Predicative vague words that describe a state; their attributive use ("appropriate
# support", "adequate heating") is a plan or a description, not an evaluation.
PREDICATIVE_VAGUE = frozenset(
    {
        "appropriate", "adequate", "satisfactory", "settled", "presentable", "unremarkable",
        "uneventful", "appropriately", "adequately",
    }
)  # fmt: skip
# Prepositions that place a state ("settled in bed", "settled on the ward", "settled with
# 1:1"): the words say where or with whom it was seen, so they record an observation.
PLACING = frozenset({"in", "on", "with", "into"})
# Vague phrases that still describe something visible; left alone, they are observations.
OBSERVABLE = frozenset(
    {
        "clean and tidy", "in good condition", "well presented", "present well", "presentable",
        "well kempt", "well cared for", "well looked after",
    }
)  # fmt: skip
# A short sentence with a vague evaluation is one standing alone; longer ones usually carry
# what was checked.
STANDING_ALONE_WORDS = 12
