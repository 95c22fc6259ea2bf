"""RL5xx: respectful language. Words that blame, label, stigmatise or talk down to the person.

The words and the reasons live in ``lexicons/judgemental.toml``; this package decides when a
match counts. Terms are written in their base form and matched on lemmas, so "refuse" finds
"refused", "refuses" and "refusing". An entry marked ``about_person`` counts only when the
dependency parse shows the words describe the person, not a tribunal, a bank or an
application: "The council refused planning permission" stays quiet.

The family is a package, one concern a module:

* ``lexicon``: the judgemental lexicon compiled for matching, and the shared word sets.
* ``counting``: whether a match of a lexicon term counts (:func:`counts`).
* ``attribution``: words set out without being the writer's label (complaints, lists, names).
* ``verbs``: uses of a label's verb that label no one.
* ``said_of``: what a label is said of by the words around it (an initial, a note's bare
  object, a kind of work, an amount, a forecast, a thing a person has).
* ``hard_words``: words that also mean "hard": a hard thing or task, what someone finds hard.
* ``person``: whether the matched words describe a person (:func:`describes_a_person`).
* ``notes``: note-style fragments run together with commas, and their unsaid subject.
* ``structural``: labels read from a sentence's structure (deficits, "a bit of a").
* ``suggestions``: the suggested wording, the message, and whether a fix is a safe swap.
* ``checks``: the registered rule RL501 (:func:`deficit_wording`).
"""

from __future__ import annotations

from recordlint.rules.respectful import checks as checks  # registers RL501
from recordlint.rules.respectful.attribution import MAX_LIST_ITEM_WORDS
from recordlint.rules.respectful.checks import CLITIC_NEGATIONS, deficit_wording
from recordlint.rules.respectful.counting import NOUN_DENIALS, NOUN_HOMOGRAPHS, VERB_DENIALS
from recordlint.rules.respectful.lexicon import CHOICE_VERBS, COUNTS_AS_PERSON, HOLDING_VERBS
from recordlint.rules.respectful.notes import LINKING_VERBS, POINTING_TO_A_TIME, TIMES
from recordlint.rules.respectful.person import SOME
from recordlint.rules.respectful.suggestions import FINITE_STARTS
from recordlint.rules.respectful.verbs import (
    CARING_WORDS,
    PASSED_ON,
    TIME_QUANTIFIERS,
    TOPIC_PREPOSITIONS,
)

__all__ = [
    "CARING_WORDS",
    "CHOICE_VERBS",
    "CLITIC_NEGATIONS",
    "COUNTS_AS_PERSON",
    "FINITE_STARTS",
    "HOLDING_VERBS",
    "LINKING_VERBS",
    "MAX_LIST_ITEM_WORDS",
    "NOUN_DENIALS",
    "NOUN_HOMOGRAPHS",
    "PASSED_ON",
    "POINTING_TO_A_TIME",
    "SOME",
    "TIMES",
    "TIME_QUANTIFIERS",
    "TOPIC_PREPOSITIONS",
    "VERB_DENIALS",
    "checks",
    "deficit_wording",
]
