"""Uses of jargon a careful writer may well keep: the name of a team, a service or a job
("the reablement team"), and a heading or subject line. RL201 still reports them, one step
lower; these readings say where that applies. Whether words sit in a heading is the text
layer's reading (:func:`recordlint.segments.in_a_heading`), which RL203 asks as well.
"""

from __future__ import annotations

from recordlint.lexicon import word_list
from recordlint.rules.jargon.team_and_job_names import WORD_AFTER
from recordlint.segments import in_a_heading


def _body_or_role_nouns() -> frozenset[str]:
    return word_list("team") | word_list("organisation") | word_list("professional")


def is_body_or_role_noun(word: str) -> bool:
    """A team's, a service's or a job's noun, one or many ("team", "workers")."""
    nouns = _body_or_role_nouns()
    word = word.casefold()
    return word in nouns or (word.endswith("s") and word[:-1] in nouns)


def names_a_body_or_role(text: str, start: int, end: int) -> bool:
    """The jargon is part of the name of a team, a service or a job: it describes the noun
    of one after it ("the reablement team", "the commissioning team", "the reablement
    workers"). The reader meets the team or the worker under that name; the word is still
    the service's, and saying what the team does is still better. A term that is itself
    the noun ("the provider", "her allocated worker") is the writer's word for who it is."""
    after = WORD_AFTER.match(text, end)
    return after is not None and is_body_or_role_noun(after.group("word"))


def named_or_heading(text: str, start: int, end: int) -> bool:
    """Whether a use of jargon is part of the name of a team, a service or a job, or sits in
    a heading (see the two functions above)."""
    return names_a_body_or_role(text, start, end) or in_a_heading(text, start, end)
