"""Words talked about rather than used, and words explained where they stand.

A word-choice rule asks the writer to use a plainer or kinder word. That advice is wrong
where the writer is not using the word at all but discussing it ("the notion of lifestyle
choice is mistaken", "avoid the term 'service user'"), and where the writer already explains
it in place ("respite (a short break for the carer)", "an advocate, which means someone who
helps you speak up"). The engine asks these questions once for every rule that is about
word choice, so no rule repeats them.

The package reads in layers, each module using only those before it:

- ``cues``: the cues of the ``text-cues`` lexicon (mention words, pointers, instruction
  verbs) as patterns.
- ``sentence``: the sentence a word stands in, and the quotation marks at its edges.
- ``definitions``: sentences that open by defining a term ("Reablement is a service ...").
- ``nearby``: explanations outside the word's own sentence (the next sentence, the section
  under a heading, a list item's label, a question asking what it is).
- ``explained``: :func:`is_explained`, which reads the word's own sentence and then asks
  ``nearby`` and ``definitions``; and :func:`explained_a_few_words_on`.
- ``mentions``: :func:`is_mentioned` and the other questions of words talked about.
"""

from recordlint.usage.cues import instruction_verbs
from recordlint.usage.explained import explained_a_few_words_on, is_explained
from recordlint.usage.mentions import (
    MAX_QUOTED_WORDS,
    in_a_definition,
    is_mentioned,
    names_a_topic,
)
from recordlint.usage.nearby import (
    MAX_HEADING_WORDS,
    MAX_SENTENCES_TO_EXPLANATION,
    heading_explained_below,
)
from recordlint.usage.sentence import sentence_around

__all__ = [
    "MAX_HEADING_WORDS",
    "MAX_QUOTED_WORDS",
    "MAX_SENTENCES_TO_EXPLANATION",
    "explained_a_few_words_on",
    "heading_explained_below",
    "in_a_definition",
    "instruction_verbs",
    "is_explained",
    "is_mentioned",
    "names_a_topic",
    "sentence_around",
]
