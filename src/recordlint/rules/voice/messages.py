"""Messages copied into a record: the line that names who sent one, the line that ends it,
and the first-person lines of a message the person sent (:func:`sent_by_the_person`). Read
from the text alone, and used both per paragraph and by the record-wide step."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from recordlint.names import names_somebody, titled_name
from recordlint.rules.voice.facts import LineKind, Mention, OwnLine, ParagraphVoice, Ref, RefKind
from recordlint.rules.voice.roles import clean
from recordlint.text import line_end, line_start

# Who a message copied into the record came from: "From: Ann Lee", "Email received from Mrs
# Lee, copied below", "Text message from Mr Reed 12/03".
_SENDER = re.compile(
    r"^\W*(?:from|sender)[ \t]*:[ \t]*(?P<line>[^\n]+)|"
    r"\b(?:e-?mail|message|text|letter)[ \t]+(?:received[ \t]+)?(?:[\d/.]+[ \t]+)?from[ \t]+"
    r"(?P<phrase>[^,:\n]+)",
    re.IGNORECASE,
)


_POSSESSIVE = re.compile(r"\w['’]s\b")


_END_OF_MESSAGE = re.compile(
    r"\bend[ \t]+of[ \t]+(?:e-?mail|message|letter)\b|^\W*-{3,}\W*$", re.IGNORECASE
)


def message_line(text: str, start: int, end: int) -> OwnLine | None:
    """The line unit ``text[start:end]`` as the start of a message copied into the record,
    naming who sent it, or as its end; None for any other unit. A label is a unit of its
    own ("From: " before "Ann Lee"), so the whole line is read, from its first unit."""
    begins = line_start(text, start)
    if text[begins:start].strip():
        return None
    words = text[begins : line_end(text, end)]
    if _END_OF_MESSAGE.search(words):
        return OwnLine(start, end, LineKind.END_OF_MESSAGE)
    match = _SENDER.search(words)
    if match is None:
        return None
    who = match.group("line") or match.group("phrase") or ""
    if _POSSESSIVE.search(who):
        return None  # "Letter from Mrs Lee's daughter": somebody else's message
    name = next((m for m in titled_name().finditer(who) if names_somebody(m)), None)
    if name is not None:
        names = name.group("names").split()
        while len(names) > 1 and names[-1].isupper() and len(names[-1]) > 1:
            names.pop()
        title = name.group("title").lower()
        sender = Mention(Ref(RefKind.NAME, clean(names[-1])), title=title)
    else:
        first = next(iter(who.split()), "")
        if not first[:1].isupper() or first.isupper():
            return None  # "From: accounts@...", "From: DoLS team"
        sender = Mention(Ref(RefKind.FIRST, clean(first)))
    return OwnLine(start, end, LineKind.SENDER, sender=sender)


def sent_by_the_person(
    paragraph_facts: Sequence[ParagraphVoice], who_is: Callable[[Mention], str]
) -> list[tuple[int, int]]:
    """The first-person lines of a message from the person copied into the record: "Email
    received from Mrs Ann Lee, copied below. / I do not want the lunch call any more." A
    message from anyone else (a provider, a colleague) gives no voice of the person."""
    lines = sorted((line for facts in paragraph_facts for line in facts.lines),
                   key=lambda line: line.start)  # fmt: skip
    found: list[tuple[int, int]] = []
    theirs = False
    for line in lines:
        if line.kind is LineKind.SENDER and line.sender is not None:
            theirs = who_is(line.sender) == "person"
        elif line.kind is LineKind.END_OF_MESSAGE:
            theirs = False
        elif theirs and line.kind in {LineKind.FIRST_PERSON, LineKind.INTRODUCTION}:
            found.append((line.start, line.end))
    return found
