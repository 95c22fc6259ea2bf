"""Uses of jargon a careful writer may well keep: the name of a team, a service or a job
("the reablement team"), and a heading or subject line. RL201 still reports them, one step
lower; these readings say where that applies.
"""

from __future__ import annotations

import re

from recordlint.kinds import (
    MAX_TITLE_WORDS,
)
from recordlint.lexicon import word_list
from recordlint.rules.jargon.team_and_job_names import WORD_AFTER
from recordlint.segments import is_label, is_section_heading


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


_SUBJECT_LINE = re.compile(r"[ \t]*(?:subject|re|title)[ \t]*:", re.IGNORECASE)
_LINE_LABEL = re.compile(r"[ \t]*[^\s:][^:\n]{0,60}?:(?=[ \t]|$)")
_SENTENCE_OR_CLAUSE_END = (".", "!", "?", ",", ";")


def in_a_heading(text: str, start: int, end: int) -> bool:
    """The jargon is in a line that heads the text or a part of it rather than saying
    something: an email's subject line ("Subject: Your dad's reablement visits"), a
    section heading ("Reablement closure summary", "End of reablement review"), the label
    that opens a line ("Why I am closing the case: ..."), or a short line standing alone
    between blank lines under a letter's greeting ("Mr Gotts, 22 Brook Road - end of
    reablement"). A heading names a subject in a few words and has no room to explain it;
    the text under it does."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    line = text[line_start:line_end]
    if _SUBJECT_LINE.match(line):
        return True
    label = _LINE_LABEL.match(line)
    if label and start < line_start + label.end() and is_label(label.group().strip()):
        return True
    if is_section_heading(line):
        return True
    stripped = line.strip()
    if stripped.endswith(_SENTENCE_OR_CLAUSE_END) or len(stripped.split()) > MAX_TITLE_WORDS:
        return False
    before = text[:line_start].removesuffix("\n")
    after = text[line_end:].removeprefix("\n")
    # Blank lines (or the text's start and end) either side of it.
    return not before.rsplit("\n", 1)[-1].strip() and not after.split("\n", 1)[0].strip()


def named_or_heading(text: str, start: int, end: int) -> bool:
    """Whether a use of jargon is part of the name of a team, a service or a job, or sits in
    a heading (see the two functions above)."""
    return names_a_body_or_role(text, start, end) or in_a_heading(text, start, end)
