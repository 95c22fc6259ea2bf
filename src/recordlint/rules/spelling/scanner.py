"""The words RL401 checks in a paragraph, and what it reads from their shape.

The scanner skips addresses, words with digits and parts of dotted shorthand, and says
whether a capitalised word opens a sentence: a capital mid-sentence marks a name. It stands
apart because it reads the text alone, with no dictionary.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from typing import NamedTuple

from recordlint.names import standing_titles

# A word: letters joined by apostrophes or hyphens. Digits and underscores are matched too
# so that "5mg", "BS23" and "covid_19" come out whole and can be skipped as a unit.
WORD = re.compile(r"\w+(?:['\u2019\-\u2010\u2011]\w+)*")
_DIGIT_OR_UNDERSCORE = re.compile(r"[\d_]")

# Addresses are not prose: web links, email addresses, bare domains and file names. An
# email address or a domain is only tried where its run of characters starts (not after a
# letter and a dot), so a very long run costs time in proportion to its length.
_ADDRESS = re.compile(
    r"(?:https?://|www\.)\S+"
    r"|(?<![\w.+\-])[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+"
    r"|(?<![\w\-])(?<![\w\-]\.)[\w\-]+(?:\.[\w\-]+)*"
    r"\.(?:uk|com|org|net|gov|nhs|ac|io|info|docx?|pdf|xlsx?|txt|csv)\b",
    re.IGNORECASE,
)
# Something every address above holds; most paragraphs have none, and this is found far
# faster than the addresses themselves are looked for.
_ADDRESS_HINT = re.compile(
    r"://|www\.|@|\.(?:uk|com|org|net|gov|nhs|ac|io|info|docx?|pdf|xlsx?|txt|csv)\b",
    re.IGNORECASE,
)
_JOINER_SET = frozenset("./@")


# Titles after which a capitalised word is a name even when the title ends with a full stop
# (lexicons/titles.toml), and "St" (Saint) before a place's name.
@functools.cache
def _titles() -> frozenset[str]:
    return standing_titles() | {"st"}


_OPENERS = " \t\"'\u201c\u2018([{*\u2022\u00b7\u2013\u2014-"
_NUMBERED_ITEM = re.compile(r"(?:^|\n)\s*(?:\d+|[a-z])[.)]$")
_SENTENCE_END = ".!?:;"
_WORD_BEFORE_FULL_STOP = re.compile(r"(\w+)\.$")
_POSSESSIVE_ENDING = re.compile(r"['\u2019]s$")


# How far back to look for the end of the previous sentence.
_LOOK_BEHIND = 40


# A tuple, not a dataclass: one is made for every word of every paragraph.
class _Word(NamedTuple):
    start: int
    end: int
    text: str
    sentence_start: bool


def words(text: str) -> Iterable[_Word]:
    """The words to check; only capitalised ones need to know whether they open a sentence."""
    skipped = (
        [match.span() for match in _ADDRESS.finditer(text)] if _ADDRESS_HINT.search(text) else []
    )
    for match in WORD.finditer(text):
        word = match.group()
        # Letters alone hold no digit or underscore: the pattern is asked only about the rest.
        if len(word) < 2 or (not word.isalpha() and _DIGIT_OR_UNDERSCORE.search(word)):
            continue
        start, end = match.span()
        if skipped and any(s < end and start < e for s, e in skipped):
            continue
        # Most words stand between spaces: only one touching a dot, slash or @ is looked at.
        after, before = text[end : end + 1], text[start - 1 : start] if start else ""
        if (after in _JOINER_SET or before in _JOINER_SET) and _joined_by_dots(text, start, end):
            continue
        yield _Word(start, end, word, word[0].isupper() and _starts_sentence(text, start))


def _joined_by_dots(text: str, start: int, end: int) -> bool:
    """Parts of "i.e", "a.m" or an address the address pattern missed."""
    after = text[end : end + 2]
    before = text[max(0, start - 2) : start]
    return (len(after) == 2 and after[0] in "./@" and after[1].isalnum()) or (
        len(before) == 2 and before[1] in "./@" and before[0].isalnum()
    )


def _starts_sentence(text: str, start: int) -> bool:
    before = text[max(0, start - _LOOK_BEHIND) : start].rstrip(_OPENERS)
    if not before or before.endswith(("\n", "\r")):
        return True
    if _NUMBERED_ITEM.search(before):
        return True
    if before[-1] not in _SENTENCE_END:
        return False
    previous = _WORD_BEFORE_FULL_STOP.search(before)
    return not (
        previous and (_an_initial(previous.group(1)) or previous.group(1).casefold() in _titles())
    )


def _an_initial(word: str) -> bool:
    """A capital letter alone before a full stop is the initial of a name, so the capitalised
    word after it is the rest of that name ("G. Lomas", "Present: P. Lomas (SW)"), not a
    sentence's first word; "I" is the pronoun, which may end a sentence."""
    return len(word) == 1 and word.isupper() and word != "I"


def has_inner_capital(word: str) -> bool:
    """Names and acronyms such as "GamCare", "DoLS", "ADLs"."""
    if word[1:].islower():
        return False
    return any(letter.isupper() for part in re.split(r"[-'\u2019]", word) for letter in part[1:])


def names_after_hyphen(word: str) -> bool:
    """A word of lower case joined to a name by a hyphen ("mid-January", "non-English")."""
    return any(part[:1].isupper() for part in _HYPHENATED_PARTS.split(word)[1:])


_HYPHENATED_PARTS = re.compile(r"[-\u2010\u2011]")


def is_title_case(word: str) -> bool:
    return word[0].isupper()


def possessive_stem(word: str) -> str:
    return _POSSESSIVE_ENDING.sub("", word)
