"""Who a clause is about, and whose words it carries: helpers on spaCy's dependency parse.

Rules about respectful language and about fact and opinion only count when the words
describe the person the record is about (not a tribunal, a bank or an application), and
only when the writer says them in their own voice (not when a daughter or a doctor is
reported as saying them). This module answers those two questions for a token; it needs a
parsed ``Doc`` (``Need.PARSE``) and reads lemmas, so ``Need.TAGS`` comes with it.

The API is deliberately small:

- :class:`Referent` — what kind of thing a noun phrase names.
- :func:`referent_of` — classify the head token of a noun phrase.
- :func:`verb_tags` — the tags of a verb and its auxiliaries, which say whether it agrees
  with one person or with many.
- :func:`subject_of` — the subject a verb, adjective or predicate noun is said of.
- :func:`doer_of` — who does the action of a verb (active subject or passive agent).
- :func:`about_person` — whether a predicate is said of the person (or of their home).
- :func:`speaker_of` / :func:`is_attributed` — the reported speaker, when the words are
  someone's reported view rather than the writer's.

Everything is a heuristic on the parse: callers treat :attr:`Referent.UNKNOWN` as "could be
the person" or "cannot tell" depending on how much a false alarm costs them.

The package reads in layers, each module using only those before it:

- ``words``: :class:`Referent` and the short word sets the other modules share.
- ``referents``: :func:`referent_of`, what kind of thing a noun phrase names.
- ``predicates``: :func:`subject_of`, :func:`doer_of` and :func:`about_person`, what a
  predicate is said of and who does it.
- ``speakers``: :func:`speaker_of` and :func:`is_attributed`, whose reported words or view
  a clause carries.
"""

from __future__ import annotations

from recordlint.subjects.predicates import about_person, doer_of, subject_of
from recordlint.subjects.referents import referent_of, verb_tags
from recordlint.subjects.speakers import is_attributed, speaker_of
from recordlint.subjects.words import (
    FINITE_TAGS,
    PERSONAL_SUBJECT_PRONOUNS,
    RELATIVE_PRONOUNS,
    WEEKDAYS,
    WRITER_PRONOUNS,
    Referent,
)

__all__ = [
    "FINITE_TAGS",
    "PERSONAL_SUBJECT_PRONOUNS",
    "RELATIVE_PRONOUNS",
    "WEEKDAYS",
    "WRITER_PRONOUNS",
    "Referent",
    "about_person",
    "doer_of",
    "is_attributed",
    "referent_of",
    "speaker_of",
    "subject_of",
    "verb_tags",
]
