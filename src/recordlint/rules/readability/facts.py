"""What RL303 records about each paragraph for the document phase and the metrics.

The paragraph check writes these; the finalizer and the metrics provider read them, so
they live apart from both.
"""

from __future__ import annotations

from recordlint.rules.readability.reasons import PassiveReason
from recordlint.rules.registry import FactKey

PASSIVE_FACT = "readability.passive"  # (passive sentences, sentences) in a paragraph


# Each sentence of a letter's paragraph, and whether it names someone who acts: for the
# document phase, which asks whether a passive's actor was named just before it.
ACTOR_SENTENCES: FactKey[tuple[tuple[int, int, bool], ...]] = FactKey("readability.actors")


# Where each paragraph's reported passives are and why, for the document phase.
PASSIVE_REASONS: FactKey[tuple[tuple[int, int, PassiveReason], ...]] = FactKey(
    "readability.passive-reasons"
)


# Where each paragraph's passives that name their actor ("she was told by a social
# worker") are, and their participle: a later "Mrs B was told" is the same act.
ACTOR_GIVEN: FactKey[tuple[tuple[int, str], ...]] = FactKey("readability.actor-given")
