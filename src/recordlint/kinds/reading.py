"""What the kinds layer reads of a record's whole text, each fact worked out once.

Kind inference asks whose text a record is (a member of the public's letter, an account in
its writer's voice from end to end, a page that speaks to its reader), and the rules' record
steps ask the same questions again: the jargon and abbreviation rules leave a letter in its
writer's own name alone, the opinion, reason and passive rules a page of information. A
:class:`TextReading` holds one record's text and answers each question the first time it is
asked, so inference and every rule read one fact, worked out once, and a record no one asks
about costs nothing. The engine makes one per record and hands it to the record steps
(``DocumentContext.reading``).
"""

from __future__ import annotations

from functools import cached_property

from recordlint.kinds.blog_posts import posted_as_its_writers_own
from recordlint.kinds.forum_posts import posted_to_a_forum
from recordlint.kinds.own_accounts import (
    in_the_writers_voice_throughout,
    own_account_by_its_words,
)
from recordlint.kinds.professional import is_information_page, reports_news, tells_of_no_one
from recordlint.kinds.public_affairs import writes_on_public_affairs
from recordlint.kinds.public_letters import written_by_a_member_of_the_public


class TextReading:
    """One record's text and the facts about it as a whole, each worked out when first asked
    and kept: the answers of :mod:`recordlint.kinds`' tests of whose text it is."""

    def __init__(self, text: str) -> None:
        self.text = text

    @cached_property
    def by_a_member_of_the_public(self) -> bool:
        """A letter a member of the public writes in their own name about services
        (:func:`~recordlint.kinds.public_letters.written_by_a_member_of_the_public`)."""
        return written_by_a_member_of_the_public(self.text)

    @cached_property
    def on_public_affairs(self) -> bool:
        """A writer's own say on public affairs in a blog post or a column of their own
        (:func:`~recordlint.kinds.public_affairs.writes_on_public_affairs`)."""
        return writes_on_public_affairs(self.text)

    @cached_property
    def posted_to_a_forum(self) -> bool:
        """A post to an online forum about the writer's own family, put to its readers
        (:func:`~recordlint.kinds.forum_posts.posted_to_a_forum`)."""
        return posted_to_a_forum(self.text)

    @cached_property
    def posted_as_its_writers_own(self) -> bool:
        """A post on the writer's own blog or page that names itself as such
        (:func:`~recordlint.kinds.blog_posts.posted_as_its_writers_own`)."""
        return posted_as_its_writers_own(self.text)

    @cached_property
    def in_the_writers_voice_throughout(self) -> bool:
        """Told in its writer's own voice from end to end, no publisher speaking in it
        (:func:`~recordlint.kinds.own_accounts.in_the_writers_voice_throughout`)."""
        return in_the_writers_voice_throughout(self.text)

    @property
    def the_writers_throughout(self) -> bool:
        """Whether every paragraph of the text is its writer's own, those without "I" too:
        a member of the public's letter in their own name, their say on public affairs in
        a post of their own, a post to a forum or to their own blog, or an account in the
        writer's voice from end to end. No publisher speaks in it, as one
        does around a carer's story; read on an own account, where the rules leave the
        writer's words alone."""
        return (
            self.by_a_member_of_the_public
            or self.on_public_affairs
            or self.posted_to_a_forum
            or self.posted_as_its_writers_own
            or self.in_the_writers_voice_throughout
        )

    @cached_property
    def own_account(self) -> bool:
        """The person's own account, written in the first person about their own life
        (:func:`~recordlint.kinds.own_accounts.is_own_account`)."""
        decided = own_account_by_its_words(self.text)
        return self.in_the_writers_voice_throughout if decided is None else decided

    @cached_property
    def information_page(self) -> bool:
        """A page of information that speaks to whoever reads it, with no salutation or
        sign-off (:func:`~recordlint.kinds.professional.is_information_page`)."""
        return is_information_page(self.text)

    @cached_property
    def tells_of_no_one(self) -> bool:
        """A text with no salutation or sign-off that speaks of no one as "he" or "she" and
        names no one by title (:func:`~recordlint.kinds.professional.tells_of_no_one`)."""
        return tells_of_no_one(self.text)

    @cached_property
    def news(self) -> bool:
        """A newsletter or a news post that reports what has happened and asks nothing of
        its reader (:func:`~recordlint.kinds.professional.reports_news`)."""
        return reports_news(self.text)
