"""The everyday sense of a term the lexicon marks as having one: someone named as doing it
("intervention by the neighbour"), a word straight after an article ("the presentation
included in the agenda papers"), or a talk and its title in a text about services.

Kept apart from the matching so that each reading of a word's plain sense can be read and
tested on its own.
"""

from __future__ import annotations

import re

from recordlint.lexicon import word_list
from recordlint.text import line_end, line_start

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
# An agenda item's title may close with a full stop, and names what is presented with a
# capital after "of" ("Presentation of Petitions under Standing Order 36.").
_TITLE_AFTER = re.compile(
    r"\s+(?:(?:on|about|from|by|to)\s+|of\s+[A-Z])[^\n.:;?!]*\S\.?[ \t]*(?:\n|$)"
)
MAX_WORDS_IN_A_TALK_TITLE = 12
# The reader's or the writers' own: "your presentation", "our presentation".
_GIVEN_BY_READER_OR_WRITER_BEFORE = re.compile(r"\b(?:your|our)\s+$", re.IGNORECASE)


def a_talk_or_its_title(text: str, start: int, end: int) -> bool:
    """In a text about services (minutes, reports), the word names a talk: given by someone
    named in capitals ("a briefing note and presentation by the Safeguarding Board Business
    Manager", "presentation from Tom Knight"), or opening a short line of its own, an
    agenda item's or a talk's title, with its subject after it and no colon
    ("Presentation on dental services in Halton", "Presentation of Petitions under
    Standing Order 36."). A field label ("Presentation on the
    day:") and a record's "his presentation" are how someone seemed. Counted in the plural
    ("the time given to presentations"), it names talks too: how one person seemed is not
    counted. Nor is the reader's or the writers' own ("Your presentation to the set-up
    meeting sets the scene", "our presentation to the board"): a text about services
    speaks of the person whose presentation is seen in the third person."""
    if _PRESENTER_AFTER.match(text, end) or text[start:end].casefold().endswith("s"):
        return True
    if _GIVEN_BY_READER_OR_WRITER_BEFORE.search(text, max(0, start - 8), start):
        return True
    begins = line_start(text, start)
    if text[begins:start].strip() or not _TITLE_AFTER.match(text, end):
        return False
    line = text[begins : line_end(text, end)]
    return len(line.split()) <= MAX_WORDS_IN_A_TALK_TITLE


def after_indefinite_article(text: str, start: int) -> bool:
    return bool(re.search(r"\b(?:a|an)\s+$", text[max(0, start - 4) : start], re.IGNORECASE))


# Nothing follows the verb in its clause: a stop, a comma, a bracket or the line's end.
_CLAUSE_ENDS_AFTER = re.compile(r"[ \t]*(?:[,.;:!?)]|\n|$)")
# An article or a possessive before an "-ing" form that describes the noun after it.
_DESCRIBES_BEFORE = re.compile(
    r"(?:\b(?:the|an?|his|her|their|its|our|your|my)|\w['’]s?)\s+$", re.IGNORECASE
)
_NOUN_AFTER = re.compile(r"\s+[a-z]")


def without_an_object(text: str, start: int, end: int) -> bool:
    """The word used of something that grows by itself, with nothing passed to anyone:
    the verb with nothing after it in its clause ("seek advice when risks escalate") or
    its "-ing" form describing a noun after an article or a possessive ("Diana's
    escalating needs"), where what grows is a thing, not someone who could pass the matter
    on ("before the home escalate", "we will escalate"). "Escalate concerns to managers",
    "escalating this" and the past "escalated" (the worker's act, or the passive "was
    escalated") are not."""
    word = text[start:end].casefold()
    if word.endswith("ing"):
        before = text[max(0, start - 30) : start]
        return bool(_DESCRIBES_BEFORE.search(before)) and bool(_NOUN_AFTER.match(text, end))
    if not word.endswith(("e", "es")):
        # The past ("escalated": the worker's act, or the passive) and the noun
        # ("escalation") are not the verb of something growing.
        return False
    if not _CLAUSE_ENDS_AFTER.match(text, end):
        return False
    # What grows is a thing ("risks", "things", "the arguments"); someone who could pass
    # the matter on ("before the home escalate", "unless we escalate") uses the service's
    # sense with its object left out.
    subject = _WORD_BEFORE.search(text[max(0, start - 40) : start])
    return subject is not None and not _someone(subject.group(1))


_WORD_BEFORE = re.compile(r"([^\W\d_]+)[ \t]+$")
# Pronouns for someone, and the modal verbs and "to" that stand between the verb and a
# subject further back ("the provider will escalate"): not a thing that grows, as far as
# the word before can tell.
_PRONOUNS = frozenset(
    {"i", "we", "you", "he", "she", "they", "who", "to", "will", "would", "may", "might",
     "could", "should", "must", "can", "shall"}
)  # fmt: skip


def _someone(word: str) -> bool:
    """A person, a pronoun for one, or a body that acts ("the home", "the team")."""
    folded = word.casefold()
    if folded in _PRONOUNS:
        return True
    return any(
        folded in word_list(name) or folded.rstrip("s") in word_list(name)
        for name in ("person", "organisation", "home", "team", "professional", "other_person")
    )
