"""A post on the writer's own blog or social media page, which names itself as such
(:func:`posted_as_its_writers_own`).

A blogger speaks of their text as a post to its readers ("Regular blog readers will know
...", "This Facebook post was a thank you to the team ..."), as no record, letter or page
of a service does of itself. Its words about the writer's family, their forms and the
services they met are the writer's own, as a forum post's are (``forum_posts``), even where
it tells of no one as "my mother" or "my son" (a child called by a nickname, "LB is 17")
and is set out under a title that names a form ("Carer Assessment"). It stands apart from
``own_accounts`` because it is known by what the text calls itself rather than by how often
its writer says "my"; it uses the tests of whose "I" it is from there.
"""

from __future__ import annotations

from recordlint.kinds.cues import cue_pattern, own_work_pattern
from recordlint.kinds.own_accounts import told_by_a_practitioner
from recordlint.kinds.people import (
    MIN_FIRST_PERSON_SHARE,
    first_person,
    named_person_repeated,
    without_quotations,
)


def posted_as_its_writers_own(text: str) -> bool:
    """Whether ``text`` is a post on its writer's own blog or page: outside its quotations it
    names itself as the writer's post or blog to its readers (an ``own_post`` phrase of the
    ``text-cues`` lexicon: "blog readers", "this Facebook post", "my blog"), its writer
    says "I" (at least once for every two times they say "we"), it names no one by title
    again and again, and its "I" is not at work (no caseload or team of the writer's own,
    no clients: a social worker's blog on their practice is left to the tests of a
    practitioner's account and of professional prose). A publisher's page that says "In
    this post, we explain" speaks as "we", and a record tells of someone else's post
    rather than being one."""
    unquoted = without_quotations(text)
    if not cue_pattern("own_post").search(unquoted):
        return False
    if named_person_repeated(text):
        return False
    writer = first_person(unquoted)
    # The writer's own "I" carries the post: a parent writes "we" for the family as often
    # as "I" ("We now have both"), but a publisher's page speaks as "we" alone.
    if not writer.singular or writer.share < MIN_FIRST_PERSON_SHARE:
        return False
    if writer.singular * MIN_SINGULAR_TO_PLURAL < writer.plural:
        return False
    return not (own_work_pattern().search(unquoted) or told_by_a_practitioner(text))


# A post's writer says "I" at least once for every this many times they say "we".
MIN_SINGULAR_TO_PLURAL = 2
