"""Initials that stand for a person throughout a text ("I was allocated to work with AB as
her advocate ... AB is dependent on a wheelchair. She is a car user"): a case study or a
review that hides someone's name behind two or three capitals uses them as it would the
name. They are read across the whole text, since one use says little and the pattern is
the evidence."""

from __future__ import annotations

import re
from functools import cache

from recordlint.kinds.cues import alternatives
from recordlint.text import line_start

# Words a person is spoken of by, after their initials in the same sentence ("with AB as
# her advocate", "AB would say it never met her needs") or opening the next ("AB is
# dependent on a wheelchair. She is ...").
_PERSONAL_PRONOUN = re.compile(r"\b(?:she|he|her|him|his|herself|himself)\b", re.IGNORECASE)
_OPENS_WITH_PRONOUN = re.compile(r"\s*(?:She|He|Her|His)\b")
# How many words after the initials a pronoun may stand and still be read as theirs.
PRONOUN_REACH_WORDS = 6
# Words before capitals that make them a thing, a body or a service ("the AB", "an SAB",
# "our LAS"): a person's initials take none.
_DETERMINER_BEFORE = re.compile(
    r"\b(?:the|a|an|this|that|these|those|our|their|its|your|my|his|her|each|every|any)"
    r"[ \t]+$",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"[.!?](?=\s)|\n\s*\n")
# At least this many uses, and this many with a pronoun after them: one is chance.
MIN_USES = 2
MIN_USES_WITH_PRONOUN = 2


def stands_for_a_person(text: str, letters: str) -> bool:
    """Whether the capitals ``letters`` (two or three, such as "AB") are used throughout
    ``text`` as a person's initials: at least twice, never after an article or a
    possessive, never alone in brackets, and at least twice followed, within a few
    words of their sentence or at the opening of the next, by "she", "he", "her" or
    "his"."""
    if not (2 <= len(letters) <= 3 and letters.isalpha() and letters.isupper()):
        return False
    uses = list(re.finditer(rf"(?<![\w&/.-]){letters}(?:['’]s)?(?![\w&/-])", text))
    if len(uses) < MIN_USES:
        return False
    with_pronoun = 0
    for use in uses:
        start, end = use.start(), use.end()
        if _DETERMINER_BEFORE.search(text, max(0, start - 12), start):
            return False
        if text[start - 1 : start] == "(" and text[end : end + 1] == ")":
            return False  # "(AB)": spelled out after its words, an abbreviation
        with_pronoun += _pronoun_follows(text, end)
    return with_pronoun >= MIN_USES_WITH_PRONOUN


def _pronoun_follows(text: str, end: int) -> bool:
    sentence_end = _SENTENCE_END.search(text, end)
    stop = sentence_end.start() if sentence_end else len(text)
    words = text[end:stop].split()[:PRONOUN_REACH_WORDS]
    if any(_PERSONAL_PRONOUN.fullmatch(word.strip(",;:()'’\"")) for word in words):
        return True
    if sentence_end is None or len(text[end:stop].split()) > PRONOUN_REACH_WORDS:
        return False
    return _OPENS_WITH_PRONOUN.match(text, sentence_end.end()) is not None


# Capitals given as a name in quotation marks after the words that give one ("whom I shall
# refer to as “KK”", "hereafter called “STCC”", "known as 'AB'"): the ``mention`` cues of
# the shared text cues, which say that the word after them is named rather than used.
@cache
def _named_after() -> str:
    return rf"(?<![\w-])(?i:{alternatives('mention')})\s+[\"“‘']"


def named_as(text: str, letters: str) -> bool:
    """Whether ``text`` gives the capitals ``letters`` as a name, in quotation marks after
    the words that give one ("whom I shall refer to as “KK”", "hereafter called “STCC”"),
    as a judgment or a review names the people and places it must not identify."""
    if not (letters.isalpha() and letters.isupper()):
        return False
    return re.search(rf"{_named_after()}{letters}[\"”’']", text) is not None


# A use that closes its line straight after a sentence's end, as a worker signs each entry
# of a log with their initials ("Dtr wants more calls. SK", "NFA from OOH. DK").
_SENTENCE_CLOSED_BEFORE = re.compile(r"[.!?)\"”][ \t]+$")
_LINE_ENDS_AFTER = re.compile(r"[ \t]*(?:\r?\n|$)")
# At least this many entries signed: one closing capital may be an acronym the writer
# ends a note with; the same capitals closing several entries are a signature.
MIN_ENTRIES_SIGNED = 2


def signs_the_entries(text: str, letters: str) -> bool:
    """Whether the capitals ``letters`` (two or three, such as "SK") are a worker's
    initials signing the entries of a log: every use closes its line, after a sentence's
    end on that line ("Dtr wants more calls. SK") or on a line of its own, and at least
    two close an entry after its last sentence. Initials there are the writer's
    signature, not an abbreviation the reader must expand."""
    if not (2 <= len(letters) <= 3 and letters.isalpha() and letters.isupper()):
        return False
    signed = 0
    for use in re.finditer(rf"(?<![\w&/.'’-]){letters}(?![\w&/'’-])", text):
        start, end = use.span()
        if _LINE_ENDS_AFTER.match(text, end) is None:
            return False
        before = text[line_start(text, start) : start]
        if not before.strip():
            continue  # a line of its own
        if _SENTENCE_CLOSED_BEFORE.search(before) is None:
            return False
        signed += 1
    return signed >= MIN_ENTRIES_SIGNED
