"""What the rules ask of the lexicons besides their entries: whether a suggestion is advice
on what to write, and the words on a shared word list.

They stand apart because they are questions the rules ask of the words, not part of the
schema or of loading and validating a file.
"""

from __future__ import annotations

import functools

from recordlint.lexicon.loading import load_lexicon
from recordlint.lexicon.word_lists import WordListName

# Suggestions that start like this are advice about what to write, not replacement words.
ADVICE_STARTS = frozenset(
    {
        "describe", "record", "say", "quote", "give", "explain", "use", "remove",
        "name", "state", "write", "ask", "check", "note",
    }
)  # fmt: skip


def is_advice(suggestion: str) -> bool:
    """Whether a lexicon suggestion is advice on what to write ("describe what happened")
    rather than words to put in place."""
    lowered = suggestion.lower()
    return lowered.split()[0] in ADVICE_STARTS or lowered in {"leave it out", "remove it"}


@functools.cache
def word_list(name: WordListName) -> frozenset[str]:
    """The words on one shared word list (``lexicons/domain-words.toml``), lower case."""
    return frozenset(
        entry.term.lower() for entry in load_lexicon("domain-words").entries if name in entry.lists
    )
