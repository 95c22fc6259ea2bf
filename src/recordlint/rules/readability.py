"""RL3xx: readability. Sentences a reader can follow, and letters at a reading level
the reader can manage."""

from __future__ import annotations

from recordlint.findings import Category, Severity
from recordlint.nlp import Need
from recordlint.rules.registry import ParagraphContext, rule


@rule(
    code="RL301",
    name="long-sentence",
    category=Category.READABILITY,
    standard="1",
    severity=Severity.INFO,
    needs=[Need.TOKENS],
)
def long_sentence(ctx: ParagraphContext) -> None:
    """Finds sentences longer than the configured number of words (25 by default).

    ## Why it matters
    Standard 1 asks for letters and documents that are clear and precise, and Standard 2 for
    records in plain language. Long sentences are the commonest reason a reader loses the
    thread; GOV.UK recommends no more than 25 words.

    ## Example
    Before:
    > I visited Mrs Khan at home today with her daughter and we talked about how she is
    > managing with the stairs and the bathroom and whether she would like some help with
    > her shopping as well.

    After:
    > I visited Mrs Khan at home today with her daughter. We talked about how she manages
    > the stairs and the bathroom. I asked whether she would like help with her shopping.

    ## Settings
    `readability.max-sentence-words` (default 25).
    """
    assert ctx.doc is not None
    limit = ctx.config.options.readability.max_sentence_words
    for sentence in ctx.doc.sents:
        words = [t for t in sentence if t.is_alpha or t.like_num]
        if len(words) <= limit:
            continue
        trimmed = sentence.text.rstrip()
        ctx.flag(
            sentence.start_char,
            sentence.start_char + len(trimmed),
            f"This sentence has {len(words)} words; try splitting it (aim for {limit} or fewer).",
        )
