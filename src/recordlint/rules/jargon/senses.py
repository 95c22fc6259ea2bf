"""The everyday sense of a term the lexicon marks as having one: someone named as doing it
("intervention by the neighbour"), a word straight after an article ("the presentation
included in the agenda papers"), or a talk and its title in a text about services.

Kept apart from the matching so that each reading of a word's plain sense can be read and
tested on its own.
"""

from __future__ import annotations

import re

_ACTOR_AFTER = re.compile(r"\s+(?:by|from)\s+\S")
_ACTOR_BEFORE = re.compile(r"(?:\b(?:his|her|their|my|your|our)|\w['’]s?)\s+$", re.IGNORECASE)


def actor_named(text: str, start: int, end: int) -> bool:
    """Someone named as the one who did it: "intervention by the neighbour", "her
    intervention", "the police's intervention"."""
    before = text[max(0, start - 30) : start]
    return bool(_ACTOR_AFTER.match(text, end) or _ACTOR_BEFORE.search(before))


_BARE_ARTICLE_BEFORE = re.compile(r"(?:^|[^\w'’-])(?:the|a|an)\s+$", re.IGNORECASE)
OF_AFTER = re.compile(r"\s+of\b", re.IGNORECASE)


def after_bare_article(text: str, start: int, end: int) -> bool:
    """ "The presentation included in the agenda papers": the word straight after an
    article, with nothing describing it and no "of" after it, names a thing (a talk), not
    how someone seemed ("his presentation", "a better presentation", "the presentation of
    his symptoms")."""
    before = text[max(0, start - 12) : start]
    return bool(_BARE_ARTICLE_BEFORE.search(before)) and not OF_AFTER.match(text, end)


_PRESENTER_AFTER = re.compile(r"\s+(?:by|from)\s+(?:(?:the|a|an)\s+)?[A-Z]")
_TITLE_AFTER = re.compile(r"\s+(?:on|about|from|by|to)\s+[^\n.:;?!]*\S[ \t]*(?:\n|$)")
MAX_WORDS_IN_A_TALK_TITLE = 12


def a_talk_or_its_title(text: str, start: int, end: int) -> bool:
    """In a text about services (minutes, reports), the word names a talk: given by someone
    named in capitals ("a briefing note and presentation by the Safeguarding Board Business
    Manager", "presentation from Tom Knight"), or opening a short line of its own, an
    agenda item's or a talk's title, with its subject after it and no stop or colon
    ("Presentation on dental services in Halton"). A field label ("Presentation on the
    day:") and a record's "his presentation" are how someone seemed."""
    if _PRESENTER_AFTER.match(text, end):
        return True
    line_start = text.rfind("\n", 0, start) + 1
    if text[line_start:start].strip() or not _TITLE_AFTER.match(text, end):
        return False
    line_end = text.find("\n", end)
    line = text[line_start : len(text) if line_end < 0 else line_end]
    return len(line.split()) <= MAX_WORDS_IN_A_TALK_TITLE


def after_indefinite_article(text: str, start: int) -> bool:
    return bool(re.search(r"\b(?:a|an)\s+$", text[max(0, start - 4) : start], re.IGNORECASE))
