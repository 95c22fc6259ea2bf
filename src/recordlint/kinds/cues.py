"""The cues kind inference counts and the layout of lines it reads.

The phrases of each kind of text come from the ``text-cues`` lexicon, compiled once per
kind; the layout is a text's first line and whether its lines are running paragraphs. The
form, own-account and professional-prose tests and the inference itself all ask them.
"""

from __future__ import annotations

import re
from functools import cache

from recordlint.lexicon import load_lexicon, word_list


def cue_count(text: str, kind: str) -> int:
    return sum(1 for _ in cue_pattern(kind).finditer(text))


@cache
def cue_pattern(kind: str) -> re.Pattern[str]:
    """The lexicon's cues of one kind as whole words or phrases, in any case."""
    return re.compile(rf"(?<![\w-])(?:{alternatives(kind)})(?![\w-])", re.IGNORECASE)


@cache
def own_life_pattern(plural: bool = False) -> re.Pattern[str]:
    # One describing word may come between ("my elderly parents", "my late husband"), and
    # family by marriage counts as family ("my mother-in-law"). With ``plural``, the nouns
    # may also stand in the plural ("my two sons", "one of my daughters").
    # Parents who write together speak of their child as "our" ("our son's care package",
    # "our sons care package" with its apostrophe lost): the family's own, never a team's,
    # which says "our" of its service, its home and its residents, not of a son or a
    # daughter. Only the words for kin follow "our".
    ending = "s?" if plural else ""
    kin = "|".join(
        re.escape(word)
        for word in sorted(word_list("male_role") | word_list("female_role"), key=len)[::-1]
    )
    return re.compile(
        rf"\bmy\s+(?:[^\W\d_]+\s+)?(?:{alternatives('own_life')}){ending}(?:-in-law)?(?![\w-])"
        rf"|\bour\s+(?:[^\W\d_]+\s+)?(?:{kin})s?(?![\w-])",
        re.IGNORECASE,
    )


@cache
def own_work_pattern() -> re.Pattern[str]:
    # A practitioner's own working life, after "my" or "our", one describing word allowed
    # between ("my first visit", "our twice-monthly team meeting").
    return re.compile(
        rf"\b(?:my|our)\s+(?:[^\W\d_][\w-]*\s+)?(?:{alternatives('own_work')})(?![\w-])",
        re.IGNORECASE,
    )


def alternatives(kind: str) -> str:
    """The lexicon's cues of one kind as a regular expression, longest first."""
    terms = sorted(
        (e.term for e in load_lexicon("text-cues").entries if e.kind == kind),
        key=len,
        reverse=True,
    )
    return "|".join(re.escape(term).replace(r"\ ", r"\s+") for term in terms)


def first_line(text: str) -> str:
    for line in text.splitlines():
        if line.strip():
            return line.strip()
    return ""


# A line of running prose, not a heading, a label or a field.
MIN_PARAGRAPH_WORDS = 12


# A line that opens on a label and a date, as a record's header does, however long the
# line runs after it ("Contact: 25-Feb-2026 (home visit) Entered on: 04-Mar-2026 - late,
# I needed ..."): a field, not running prose.
_LABELLED_DATE = re.compile(r"^[ \t]*[^\W\d_][\w ]{0,24}:[ \t]*\d")


def _running_prose(line: str) -> bool:
    return len(line.split()) >= MIN_PARAGRAPH_WORDS and not _LABELLED_DATE.match(line)


def only_paragraphs(text: str) -> bool:
    """Every line of the text is running prose: no title, heading, label or field."""
    lines = [line for line in text.splitlines() if line.strip()]
    return bool(lines) and all(_running_prose(line) for line in lines)


def only_paragraphs_after_title(text: str) -> bool:
    """Below its first line the text is all paragraphs: no heading, label or field; and
    its first line is a title, not a record's header of a label and a date."""
    lines = [line for line in text.splitlines() if line.strip()]
    if not lines or _LABELLED_DATE.match(lines[0]):
        return False
    return len(lines) > 1 and all(_running_prose(line) for line in lines[1:])
