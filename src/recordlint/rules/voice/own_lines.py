"""What a line unit does where a plan or profile speaks in the person's first person: a
heading about "me", in the first person or neither, the person introducing themselves, a line
in the first person, or a quotation alone under a heading about "me" (:func:`own_line`). It
reads the text only, not the parse, so it stands before the unit-by-unit reading that uses it.
"""

from __future__ import annotations

import re
from itertools import pairwise

from recordlint.names import CAPITAL, COURTESY_TITLE
from recordlint.rules.voice.facts import LineKind, OwnLine
from recordlint.rules.voice.lexicon import speech_lexicon
from recordlint.rules.voice.roles import role_kind
from recordlint.segments import is_heading, is_section_heading
from recordlint.text import line_end, line_start, next_line

# An answer that speaks of the person ("She is happy"), or gives none ("Not asked", "N/A"),
# is the writer's; one that does neither, under a question put to "you" or "In her words:",
# is the person's own: "A. Very happy, the girls are lovely."
THIRD_PERSON = re.compile(
    rf"\b(?:he|she|him|her|his|hers|they|them|their|{COURTESY_TITLE}|pt|su)\b", re.IGNORECASE
)


_ME = re.compile(r"\bme\b", re.IGNORECASE)


FIRST_PERSON_WORD = re.compile(r"\b(?:I|me|my|mine|myself)\b|\bI['’](?:m|ve|d|ll)\b", re.IGNORECASE)


_INTRODUCTION = re.compile(
    r"^\W*(?i:my\s+name\s+is|my\s+name['’]s|i\s+am|i['’]m|call\s+me)\s+"
    r"(?P<name>" + CAPITAL + r"[^\W\d_]+)"
)


# What a plan writes before a section's name: its number ("1. About me") or the picture an
# easy read plan puts beside it ("[picture of heart] What I like").
_SECTION_NUMBER = re.compile(r"^[ \t]*\(?\d{1,2}[.)][ \t]+")


_PICTURE = re.compile(r"^[ \t]*\[[^\]\n]{1,60}\][ \t]*")


# "What Danny told me matters to him": "me" is whoever a named or third person spoke to.
_SOMEBODY_ELSE_BEFORE_ME = re.compile(
    r"^\W*\S+\s+(?:.*\s)?(?:[A-Z][a-z]+|he|she|they)\s+(?:.*\s)?me\b"
)


def section_words(text: str, start: int, end: int) -> tuple[str, bool]:
    """The words of the line unit ``text[start:end]`` as a heading would name its section,
    and whether the unit is a whole line."""
    words = text[start:end]
    begins = line_start(text, start)
    ends = line_end(text, end)
    whole_line = not text[begins:start].strip() and not text[end:ends].strip()
    if not whole_line:
        return words, False
    return _section_name(words, next_line(text, end) or ""), True


def _section_name(line: str, following: str) -> str:
    """A whole line without the number or picture a plan writes before a section's name. A
    numbered line followed by another (``following``, the next line) is an item of a list
    ("1. I want to cook"), which says something, and keeps its number."""
    line = _PICTURE.sub("", line, count=1)
    numbered = _SECTION_NUMBER.match(line)
    if numbered is None or _SECTION_NUMBER.match(following):
        return line
    return line[numbered.end() :]


def own_line(text: str, start: int, end: int) -> OwnLine | None:
    """What the line unit ``text[start:end]`` does where a plan or profile speaks in the
    person's first person: a heading (about "me", in the first person, or neither), the
    person introducing themselves, or a line in the first person; None for anything else."""
    words = text[start:end]
    heading, whole_line = section_words(text, start, end)
    if is_heading(words) or (whole_line and is_section_heading(heading)):
        if _ME.search(heading) and not _SOMEBODY_ELSE_BEFORE_ME.search(heading):
            return OwnLine(start, end, LineKind.HEADING_ME)
        kind = LineKind.HEADING_FIRST if FIRST_PERSON_WORD.search(words) else LineKind.HEADING
        return OwnLine(start, end, kind)
    if _INTRODUCTION.match(words):
        lexicon = speech_lexicon()
        lowered = re.findall(r"[\w-]+", words.lower())
        roles = {*lowered, *(" ".join(pair) for pair in pairwise(lowered))}
        professional = any(role_kind(role, lexicon) == "professional" for role in roles)
        return OwnLine(start, end, LineKind.INTRODUCTION, professional)
    if FIRST_PERSON_WORD.search(words):
        return OwnLine(start, end, LineKind.FIRST_PERSON)
    if _quoted_under_me(text, start, end):
        return OwnLine(start, end, LineKind.FIRST_PERSON)
    return None


# A line that is one quotation and nothing else, after a bullet perhaps: '"Getting back
# down the allotment."', '- "Not loads of people coming in and out."'.
_WHOLE_QUOTATION = re.compile(r"[ \t]*[-•*]?[ \t]*[\"“][^\"“”\n]+[\"”][ \t.]*")


def _quoted_under_me(text: str, start: int, end: int) -> bool:
    """Whether the line unit ``text[start:end]`` is a whole line that is only a quotation,
    straight under a heading about "me" ("What matters to me"): a form's box the person
    filled in their own words, though none of them is "I" or "my". A quotation that speaks
    of somebody in the third person ('"He is a kind lad"') is somebody else's of them."""
    words = text[start:end]
    if not _WHOLE_QUOTATION.fullmatch(words) or THIRD_PERSON.search(words):
        return False
    begins = line_start(text, start)
    if text[begins:start].strip() or text[end : line_end(text, end)].strip():
        return False
    if begins == 0:
        return False
    heading_start = line_start(text, begins - 1)
    before = text[heading_start : begins - 1]
    if not before.strip():
        return False  # a blank line parts the quotation from any heading
    heading = own_line(text, heading_start, heading_start + len(before.rstrip()))
    return heading is not None and heading.kind is LineKind.HEADING_ME
