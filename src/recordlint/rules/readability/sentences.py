"""RL301 long-sentence: sentences longer than a reader can follow.

Words are counted as written ("day-to-day" and "cannot" are one word each), piece by piece
as :mod:`.pieces` cuts the sentence, so the count in the message is the one the writer gets.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from recordlint.findings import Category, RecordKind, Severity
from recordlint.metrics import line_spans
from recordlint.nlp import Need
from recordlint.rules.readability.pieces import (
    a_list_of_names,
    after_labels,
    entries_between_dashes,
    line_pieces,
)
from recordlint.rules.registry import ParagraphContext, rule

if TYPE_CHECKING:
    from spacy.tokens import Token

# The person's own account is their voice throughout, like a quotation: how they phrase
# it is not for correcting (judged on real carers' and residents' stories, every long
# sentence flagged there was a false alarm). A practitioner's published account of their
# working week is told in their own voice too: the sentence lengths tuned for records do
# not fit a diary (every long sentence flagged on the magazine diaries was false).
NOT_THE_PERSONS_OWN_WORDS = frozenset(RecordKind) - {
    RecordKind.OWN_ACCOUNT,
    RecordKind.PRACTICE_ACCOUNT,
}


@rule(
    code="RL301",
    name="long-sentence",
    category=Category.READABILITY,
    standard="1",
    severity=Severity.INFO,
    needs=[Need.TOKENS],
    merges=False,
    kinds=NOT_THE_PERSONS_OWN_WORDS,
)
def long_sentence(ctx: ParagraphContext) -> None:
    """Finds sentences longer than the configured number of words (25 by default).

    ## Why it matters
    Standard 1 asks for letters and documents that are clear and precise, and Standard 2 for
    records in plain language. Long sentences are the commonest reason a reader loses the
    thread; GOV.UK recommends no more than 25 words. Words are counted as written, so the
    count in the message is the one the writer gets: "day-to-day", "cannot" and "and/or"
    are one word each.

    ## Example
    Before:
    > I visited Mrs Khan at home today with her daughter and we talked about how she is
    > managing with the stairs and the bathroom and whether she would like some help with
    > her shopping as well.

    After:
    > I visited Mrs Khan at home today with her daughter. We talked about how she manages
    > the stairs and the bathroom. I asked whether she would like help with her shopping.

    ## Stays quiet on
    - Lists and headings: a line break ends a sentence, so a list of short items without
      full stops is not read as one long sentence.
    - Form labels run together: a label and its colon ("Date of Meeting:") is not part
      of the sentence after it, and a "sentence" with three or more colons is a run of
      labels, counted label by label; a numbered part's name and its colon after the
      last word of the part before ("... to fit your text Section 5: Support given ...")
      starts a new piece, as a form copied without its line breaks runs its parts
      together, but a part cited in a sentence ("as described in Stage 1: ...") does not;
      one with three or more dashes between spaces is a
      list of entries run together ("Jan Cant – Business Support Officer, ..."), counted
      entry by entry; a header line of five or more short names or roles separated by
      commas or semicolons ("To: Board Members, Heads of Service, ...", a list of those
      present) is a list, not a sentence; what an entry carries in brackets ("Mr D Blacklock
      (Ms H Horne attended as substitute)") is part of that entry, and a lead-in before
      the first name ("Apologies for absence were received from") is not; five or more
      people separated by semicolons, each a name and a comma before a short role ("Sue
      Orchard, clinical leader, intermediate care ; Jackie Dawson, district nurse ; ..."),
      are a list too.
    - The person's own quoted words, and the person's own account (their voice
      throughout); and a practitioner's published account of their own working week (a
      social work diary, "a day in the life"), told in the writer's own voice, whose
      sentences the lengths tuned for records do not fit.

    ## Settings
    `readability.max-sentence-words` (default 25).
    """
    assert ctx.doc is not None
    limit = ctx.config.options.readability.max_sentence_words
    lines = line_spans(ctx.text)
    for sentence in ctx.doc.sents:
        if len(sentence) <= limit:
            continue  # fewer tokens than the limit: no piece of it can have more words
        pieces = (p for line in line_pieces(sentence, lines) for p in after_labels(line))
        for piece in (entry for p in pieces for entry in entries_between_dashes(p)):
            words = _words_as_written(piece)
            if words <= limit or a_list_of_names(piece):
                continue
            start = piece[0].idx
            end = piece[-1].idx + len(piece[-1].text)
            ctx.flag(
                start,
                end,
                f"This sentence has {words} words; try splitting it (aim for {limit} or fewer).",
            )


# Marks written inside a word that keep it one word: "day-to-day", "and/or", "H/V".
_INSIDE_A_WORD = frozenset("-‐‑/'’")


def _words_as_written(tokens: list[Token]) -> int:
    """How many words a reader counts: the parser splits "day-to-day" into five tokens and
    "you'd" or "cannot" into two, but each is one word as written, and the message's
    count should be the one the writer can check. Tokens touch when nothing stands between
    them in the text (a piece may skip the line breaks between its tokens)."""
    count = 0
    in_word = False
    last_end = -1
    for token in tokens:
        touching = token.idx == last_end
        # "and/or" and "w/c" may be single tokens that are neither alphabetic nor numbers.
        if token.is_alpha or token.like_num or any(ch.isalnum() for ch in token.text):
            if not (in_word and touching):
                count += 1
            in_word = True
        else:
            in_word = in_word and touching and token.text in _INSIDE_A_WORD
        last_end = token.idx + len(token.text)
    return count
