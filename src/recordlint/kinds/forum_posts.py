"""A post on an online forum: someone's own words about their family's care, put to the
forum's readers (:func:`posted_to_a_forum`).

A carer writes to a forum as they would to friends: "Hi," or "Hello everyone" on its own,
then what has happened to their mother or father and what the council has said, and at the
end a question to whoever reads it ("Has anybody been in a similar situation?", "Can anyone
tell me what I can ask for?"). Some greet no one and close on their thanks to whoever
answers ("Thanks In advance"); a thread copied whole holds the replies too, one greeting the
post's writer by name ("Hello, Penny."). Its words about the parent, the council and services are
the carer's own, as a reader's letter to a paper is its writer's
(``public_letters``), never a record to be corrected. It stands apart from
``own_accounts`` because it is known by whom it is put to (a greeting that names no one and
a question to anyone at all) rather than by how often its writer says "my"; it uses the
tests of whose family and whose "I" from there.
"""

from __future__ import annotations

import re

from recordlint.kinds.correspondence import EMAIL_GREETING, SALUTATION, SIGN_OFF
from recordlint.kinds.cues import cue_pattern, own_life_pattern
from recordlint.kinds.own_accounts import (
    parents_named_as_their_child_names_them,
    told_by_a_practitioner,
)
from recordlint.kinds.people import (
    MIN_FIRST_PERSON_SHARE,
    first_person,
    given_name_repeated,
    named_person_repeated,
    without_quotations,
)

# A greeting that names no one, on a line of its own or opening the post's first paragraph:
# "Hi,", "Hello everyone", "Hi all", "Hi - first post". An email or a letter greets someone
# by name ("Hi Jo,"), and kind inference reads those as its own.
_GREETING_TO_ALL = re.compile(
    r"(?:hi|hello|hiya|hey)(?:\s+(?:all|everyone|everybody|folks|there|again))?"
    r"[ \t]*(?:[,.!]+|[ \t]+[-–—]|$)",
    re.IGNORECASE,
)
# The greeting stands within the post's first lines: at most a title above it.
MAX_LINES_BEFORE_GREETING = 1
# A reply further down a thread greets the post's writer by name ("Hello, Penny. Let me
# ..."): a paragraph opening with a greeting and a capitalised word, after at least this
# many lines of the post it answers (a title and the post's first paragraph).
_GREETING_BY_NAME = re.compile(
    r"(?:hi|hello|hiya|hey)[ \t]*,?[ \t]+[A-Z][a-z]+[ \t]*[,.!]", re.IGNORECASE
)
MIN_LINES_BEFORE_REPLY = 2
# What ends a sentence, for the question put to the readers.
_SENTENCE_END = re.compile(r"[.!?](?![\w.!?])|\n")
# A post may close on its request to the readers as a statement ("I would welcome any
# advice.") over its sign-off and the writer's first name ("Thanks", "Dave"): within its
# last lines, a ``readers_asked`` phrase needs no question mark.
MAX_CLOSING_LINES = 3


def posted_to_a_forum(text: str) -> bool:
    """Whether ``text`` is a post to an online forum about the writer's own family: it greets
    no one by name at its opening ("Hi,", "Hello everyone"), under at most its title, and
    puts a question to its readers at large ("Has anybody been in a similar situation?",
    "Can anyone tell me ...?", a phrase of the ``readers_asked`` cues in a sentence closed
    by a question mark); or, greeting no one, closes on its request after its questions
    ("Thanks In advance"); or is a thread whose reply greets its writer by name ("Hello,
    Penny."); speaks as "I"; and tells of a family of the writer's own ("my mother",
    or a parent named as only their child names them, "Mum has diagnosis of dementia").
    It names no one again and again, by title or by given name, and its "I" is not at
    work (:func:`~recordlint.kinds.own_accounts.told_by_a_practitioner`). A worker's email
    greets a colleague by name and tells of the person by name; a case note puts no
    question to anyone who may read it."""
    if named_person_repeated(text):
        return False
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    unquoted = without_quotations(text)
    # The post's own lines, outside quotations, read by both tests of its request.
    unquoted_lines = [line for line in unquoted.splitlines() if line.strip()]
    greets_all = any(
        _GREETING_TO_ALL.match(line) for line in lines[: MAX_LINES_BEFORE_GREETING + 1]
    )
    if not (
        (greets_all and _asks_its_readers(unquoted, unquoted_lines))
        or _closes_on_its_request(text, unquoted, unquoted_lines)
        or _answered_by_name(lines)
    ):
        return False
    writer = first_person(unquoted)
    if not writer.singular or writer.share < MIN_FIRST_PERSON_SHARE:
        return False
    if given_name_repeated(unquoted):
        return False
    own_family = own_life_pattern(plural=True).search(unquoted) or (
        parents_named_as_their_child_names_them(unquoted)
    )
    return bool(own_family) and not told_by_a_practitioner(text)


def _closes_on_its_request(text: str, unquoted: str, unquoted_lines: list[str]) -> bool:
    """A post that greets no one but closes on its request to its readers ("Thanks In
    advance", "Any advice welcome", a ``readers_asked`` phrase in its last lines) after
    questions put to no one by name ("Can they cut his care? What is a strength based
    review?"). A letter or an email that thanks its reader in advance is addressed
    ("Dear ...", "Hi Jo,") or signed off ("Yours sincerely"), and is known by that
    instead."""
    if (
        SALUTATION.search(text)
        or SIGN_OFF.search(text)
        or any(
            EMAIL_GREETING.match(line) for line in unquoted_lines[: MAX_LINES_BEFORE_GREETING + 1]
        )
    ):
        return False
    return bool(cue_pattern("readers_asked").search(_closing(unquoted_lines))) and "?" in unquoted


def _answered_by_name(lines: list[str]) -> bool:
    """A thread: the post is followed, in the same text, by a reply that greets its writer
    by name at the opening of a paragraph ("Hello, Penny."), as no case note and no
    letter greets anyone after its first lines."""
    return any(_GREETING_BY_NAME.match(line) for line in lines[MIN_LINES_BEFORE_REPLY:])


def _asks_its_readers(unquoted: str, unquoted_lines: list[str]) -> bool:
    """A question put to whoever reads the text: a ``readers_asked`` phrase ("has anybody",
    "can anyone", "any advice") in a sentence closed by a question mark, or anywhere in the
    post's last lines, where it closes on its request ("I would welcome any advice.")."""
    if cue_pattern("readers_asked").search(_closing(unquoted_lines)):
        return True
    for found in cue_pattern("readers_asked").finditer(unquoted):
        end = _SENTENCE_END.search(unquoted, found.end())
        if end is not None and end.group() == "?":
            return True
    return False


def _closing(unquoted_lines: list[str]) -> str:
    """The post's last lines, where it may close on its request to its readers."""
    return "\n".join(unquoted_lines[-MAX_CLOSING_LINES:])
