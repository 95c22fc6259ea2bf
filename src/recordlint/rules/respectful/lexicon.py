"""The judgemental lexicon compiled for matching, and the word sets the modules share.

The words and the reasons live in ``lexicons/judgemental.toml``; :func:`judgemental` loads
them once and matches their terms on lemmas. The sets here are the ones more than one
reading of the parse needs: the verbs of a choice, the verbs through which someone holds
a trait, and the referents that count as a person.

A term may hold a pronoun slot, "one's" or "oneself", for an idiom whose words are split by
whoever it is said of ("not pull one's weight", "let oneself go"): the slot stands for each
personal pronoun of its kind (the shared phrase matcher's
:func:`~recordlint.matching.pronouns.with_pronouns`), so one entry finds "not pulling their
weight" and "has let himself go" alike. Only this rule reads the slot; a term with one names
no words of its own.
"""

from __future__ import annotations

import functools

from recordlint.lexicon import JudgementalEntry, load_lexicon, word_list
from recordlint.matching import LemmaPhrases, with_pronouns
from recordlint.subjects import Referent

# Nouns naming decisions, documents and money are the word list "decided_thing" in
# lexicons/domain-words.toml: when one is what was refused, the refusal is an
# organisation's decision, not the person's choice.
# Verbs that blame the person for a choice: in a passive without an agent, the person is the
# one refused ("She was refused a badge"), so only a refused thing points back to them.
CHOICE_VERBS = frozenset({"refuse", "fail", "decline"})
# The nouns of those choices: "the PIP refusal" is a decision on a claim, "her refusal" hers.
CHOICE_NOUNS = frozenset({"refusal"})

# Verbs through which a person holds what an adjective describes: "has unrealistic
# expectations", "makes unreasonable demands", "displays challenging behaviour".
HOLDING_VERBS = frozenset({"have", "make", "show", "display", "exhibit", "present"})

# Respect applies to family and friends as well as to the person; professionals and
# organisations refusing something are recording a decision, not being labelled.
COUNTS_AS_PERSON = frozenset({Referent.PERSON, Referent.OTHER_PERSON, Referent.UNKNOWN})


def _with_pronouns(entry: JudgementalEntry) -> list[JudgementalEntry]:
    """The entry once for each pronoun its slot stands for, or as it is without a slot: the
    idioms blame someone for what they do or fail to do."""
    return [
        entry if term == entry.term else entry.model_copy(update={"term": term})
        for term in with_pronouns(entry.term)
    ]


@functools.cache
def judgemental() -> tuple[tuple[JudgementalEntry, ...], LemmaPhrases]:
    entries = tuple(
        e for entry in load_lexicon("judgemental").entries for e in _with_pronouns(entry)
    )
    # "not really coping", "refused to fully engage": an adverb inside a phrase leaves it
    # the same label.
    return entries, LemmaPhrases((e.term for e in entries), inserted=word_list("inserted_adverb"))
