"""The judgemental lexicon compiled for matching, and the word sets the modules share.

The words and the reasons live in ``lexicons/judgemental.toml``; :func:`judgemental` loads
them once and matches their terms on lemmas. The sets here are the ones more than one
reading of the parse needs: the verbs of a choice, the verbs through which someone holds
a trait, and the referents that count as a person.
"""

from __future__ import annotations

import functools

from recordlint.lexicon import JudgementalEntry, load_lexicon, word_list
from recordlint.matching import LemmaPhrases
from recordlint.subjects import Referent

# Nouns naming decisions, documents and money are the word list "decided_thing" in
# lexicons/domain-words.toml: when one is what was refused, the refusal is an
# organisation's decision, not the person's choice.
# Verbs that blame the person for a choice: in a passive without an agent, the person is the
# one refused ("She was refused a badge"), so only a refused thing points back to them.
CHOICE_VERBS = frozenset({"refuse", "fail", "decline"})

# Verbs through which a person holds what an adjective describes: "has unrealistic
# expectations", "makes unreasonable demands", "displays challenging behaviour".
HOLDING_VERBS = frozenset({"have", "make", "show", "display", "exhibit", "present"})

# Respect applies to family and friends as well as to the person; professionals and
# organisations refusing something are recording a decision, not being labelled.
COUNTS_AS_PERSON = frozenset({Referent.PERSON, Referent.OTHER_PERSON, Referent.UNKNOWN})


@functools.cache
def judgemental() -> tuple[tuple[JudgementalEntry, ...], LemmaPhrases]:
    entries = tuple(load_lexicon("judgemental").entries)
    # "not really coping", "refused to fully engage": an adverb inside a phrase leaves it
    # the same label.
    return entries, LemmaPhrases((e.term for e in entries), inserted=word_list("inserted_adverb"))
