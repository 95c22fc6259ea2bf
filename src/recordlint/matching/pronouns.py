"""The pronoun slot a lexicon phrase may hold, and the personal pronouns it stands for.

An idiom's words are split by whoever it is said of ("not pull one's weight", "let oneself
go"), so a lexicon writes the slot, "one's" or "oneself", where the pronoun stands, and
:func:`with_pronouns` gives the phrase once for each personal pronoun of the slot's kind:
"not pull their weight", "not pull his weight", "let himself go". The slot stands for a
person's pronoun, never a thing's ("its"), since such idioms say what someone does or fails
to do. A reader that does not ask for the slot's forms matches the term's own words, which
no text holds.
"""

from __future__ import annotations

# The personal possessives "one's" stands for.
POSSESSIVE_DETERMINERS = frozenset({"my", "your", "his", "her", "our", "their"})
# The possessives that tie a thing to someone other than the writer or the reader ("his
# boiler", "her employer"); "our", "my" and "your" may name the service's own.
THIRD_PERSON_POSSESSIVES = frozenset({"his", "her", "their"})
# The personal reflexives "oneself" stands for; also the objects through which a doer does
# something to themselves ("able to feed herself").
REFLEXIVES = frozenset({"myself", "yourself", "himself", "herself", "themselves", "themself"})

# Each pronoun slot a phrase may hold, and the words it stands for.
PRONOUN_SLOTS: dict[str, frozenset[str]] = {
    "one's": POSSESSIVE_DETERMINERS,
    "oneself": REFLEXIVES,
}


def with_pronouns(term: str) -> list[str]:
    """``term`` once for each pronoun its slot stands for, in alphabetical order of the
    pronoun, or ``[term]`` as it is where it holds no slot (the first slot is filled)."""
    words = term.split()
    slot = next((w for w in words if w.lower() in PRONOUN_SLOTS), None)
    if slot is None:
        return [term]
    return [
        " ".join(pronoun if w == slot else w for w in words)
        for pronoun in sorted(PRONOUN_SLOTS[slot.lower()])
    ]
