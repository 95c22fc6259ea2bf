"""RL3xx: readability. Sentences a reader can follow, and letters at a reading level
the reader can manage.

The family is a package, one concern a module:

* ``sentences``: RL301 long-sentence, words counted as written.
* ``pieces``: how a long sentence is cut at line ends, form labels, entries and lists.
* ``reading_age``: the document's readability metrics, and RL302 reading-level-too-high.
* ``passives``: which verbs are passive, and what each keeps from the reader.
* ``reasons``: why a passive is reported, and the message for each reason.
* ``actors``: whether a sentence or a scene-setting clause names someone who acts.
* ``facts``: what RL303 records per paragraph for the document phase and the metrics.
* ``passive_check``: RL303 passive-voice, the registered rule (:func:`passive_voice`).
* ``passive_finalizer``: RL303's document phase, dropping passives whose actor is known.
"""

from __future__ import annotations

from recordlint.rules.readability import passive_check as passive_check  # registers RL303
from recordlint.rules.readability import passive_finalizer as passive_finalizer  # finalizer
from recordlint.rules.readability import reading_age as reading_age  # registers RL302, metrics
from recordlint.rules.readability import sentences as sentences  # registers RL301
from recordlint.rules.readability.actors import names_an_actor, names_an_actor_token
from recordlint.rules.readability.passive_check import passive_voice
from recordlint.rules.readability.passive_finalizer import (
    ACTOR_LOOKBACK_SENTENCES,
    MAX_HEADING_WORDS,
)
from recordlint.rules.readability.passives import (
    acts_on_the_reader,
    duty_without_bearer,
    hides_who_acted,
    judged_without_judge,
    passive_verbs,
    person_acted_on_unnamed,
)
from recordlint.rules.readability.pieces import (
    MAX_LABEL_WORDS,
    MAX_WORDS_IN_A_NAME_ENTRY,
    MAX_WORDS_IN_A_ROLE_ENTRY,
    MIN_COLONS_IN_A_RUN_OF_LABELS,
    MIN_CONTENT_WORD,
    MIN_DASHES_IN_A_LIST_OF_ENTRIES,
    MIN_ENTRIES_IN_A_LIST_OF_NAMES,
)
from recordlint.rules.readability.reading_age import (
    MIN_WORDS_FOR_READING_AGE,
    readability_metrics,
    reading_level_too_high,
)
from recordlint.rules.readability.reasons import PassiveReason
from recordlint.rules.readability.sentences import NOT_THE_PERSONS_OWN_WORDS, long_sentence

__all__ = [
    "ACTOR_LOOKBACK_SENTENCES",
    "MAX_HEADING_WORDS",
    "MAX_LABEL_WORDS",
    "MAX_WORDS_IN_A_NAME_ENTRY",
    "MAX_WORDS_IN_A_ROLE_ENTRY",
    "MIN_COLONS_IN_A_RUN_OF_LABELS",
    "MIN_CONTENT_WORD",
    "MIN_DASHES_IN_A_LIST_OF_ENTRIES",
    "MIN_ENTRIES_IN_A_LIST_OF_NAMES",
    "MIN_WORDS_FOR_READING_AGE",
    "NOT_THE_PERSONS_OWN_WORDS",
    "PassiveReason",
    "acts_on_the_reader",
    "duty_without_bearer",
    "hides_who_acted",
    "judged_without_judge",
    "long_sentence",
    "names_an_actor",
    "names_an_actor_token",
    "passive_check",
    "passive_finalizer",
    "passive_verbs",
    "passive_voice",
    "person_acted_on_unnamed",
    "readability_metrics",
    "reading_age",
    "reading_level_too_high",
    "sentences",
]
