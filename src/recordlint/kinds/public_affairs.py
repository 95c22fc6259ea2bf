"""A writer's own say on public affairs, in a blog post or a column of their own
(:func:`writes_on_public_affairs`): "I" arguing about what councils, councillors and
governments do to services, in paragraphs under at most a title.

It stands apart from ``public_letters`` because it has no letter's shape (no salutation, no
signature, no paper it is written to): it is known by what it argues about, the parties and
votes of politics, and by whose voice argues it, the writer's own.
"""

from __future__ import annotations

import re
from functools import cache

from recordlint.kinds.cues import alternatives
from recordlint.kinds.own_accounts import is_paragraph
from recordlint.kinds.people import (
    given_name_repeated,
    named_person_repeated,
    says_i,
    without_quotations,
)

# The politics argued about: at least this many mentions of parties, councillors' groups
# and votes, of at least this many different words ("Conservative ... Labour ... vote").
MIN_POLITICS_MENTIONS = 3
MIN_POLITICS_WORDS = 2
# The writer's "I" in at least this many of the paragraphs: a voice that carries the post,
# not a line of a report that quotes someone.
MIN_PARAGRAPHS_SAYING_I = 2
MIN_PARAGRAPHS = 2


# Matched as written: "Labour" and "Conservative" are parties where "labour" and
# "conservative" are ordinary words.
@cache
def _politics() -> re.Pattern[str]:
    return re.compile(rf"(?<![\w-])(?:{alternatives('party_politics')})(?![\w-])")


def writes_on_public_affairs(text: str) -> bool:
    """A member of the public's or a campaigner's own say on public affairs, as a blog post
    or a column of their own prints it: "I" in at least two of its paragraphs ("I was
    relieved to see ...", "I was contacted by a local resident whose mother ..."), arguing
    about the parties, councillors and votes of politics ("Conservative councillors ...
    voted through", "a Conservative lead Council and our Labour lead one", "less likely to
    vote"), in paragraphs alone under at most a title, naming no one again and again. The
    people it tells of as examples are anyone's ("an elderly disabled resident I know"), not
    a person it records. A worker's note is about one person it names again and again and
    never argues about parties; a council's report, a party's statement or a newspaper's
    story about politics speaks of it, not as "I"; a leader's column on the council's own
    budget speaks for the council, not about parties and votes."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if lines and not is_paragraph(lines[0]):
        lines.pop(0)  # the post's title
    if len(lines) < MIN_PARAGRAPHS or not all(is_paragraph(line) for line in lines):
        return False
    if named_person_repeated(text):
        return False
    saying_i = sum(1 for line in lines if says_i(without_quotations(line)))
    if saying_i < MIN_PARAGRAPHS_SAYING_I:
        return False
    unquoted = without_quotations(text)
    politics = _politics().findall(unquoted)
    if len(politics) < MIN_POLITICS_MENTIONS:
        return False
    if len({word.casefold() for word in politics}) < MIN_POLITICS_WORDS:
        return False
    return not given_name_repeated(unquoted)
