"""The document's readability metrics, and RL302 reading-level-too-high.

Both read the same prose figures (words, sentences, Flesch-Kincaid grade, UK reading age);
the metrics add the share of passive sentences RL303 recorded, when it ran.
"""

from __future__ import annotations

from typing import Any

from recordlint.findings import Category, Severity
from recordlint.metrics import combined_stats, paragraph_stats, text_stats
from recordlint.nlp import Need
from recordlint.rules.readability.facts import PASSIVE_FACT
from recordlint.rules.registry import DocumentContext, Scope, metrics_provider, rule


@metrics_provider
def readability_metrics(ctx: DocumentContext) -> dict[str, Any]:
    """Words, sentences, Flesch reading ease, Flesch-Kincaid grade and UK reading age.

    The passive-sentence percentage is added when RL303 ran (it needs the parser, and
    metrics must stay cheap).
    """
    stats = combined_stats(paragraph_stats(block.text) for block in ctx.blocks)
    metrics: dict[str, Any] = dict(stats.as_metrics())
    counts = ctx.facts(PASSIVE_FACT)
    sentences = sum(total for _, total in counts)
    if sentences:
        passive = sum(found for found, _ in counts)
        metrics["passive_sentences_percent"] = round(100 * passive / sentences, 1)
    return metrics


# Below this many words of prose, reading-age formulas swing by years with one sentence.
MIN_WORDS_FOR_READING_AGE = 80


@rule(
    code="RL302",
    name="reading-level-too-high",
    category=Category.READABILITY,
    standard="1",
    severity=Severity.INFO,
    needs=[Need.TEXT],
    scope=Scope.DOCUMENT,
)
def reading_level_too_high(ctx: DocumentContext) -> None:
    """Finds letters whose reading age is well above the target (9 by default).

    ## Why it matters
    Standard 1 asks for letters that are clear and precise, in plain language or another
    accessible format, so that people can make informed decisions; the Accessible
    Information Standard applies to adult social care. GOV.UK writes for a reading age of
    9, and the NHS content style guide aims for 9 to 11.

    The reading age is the Flesch-Kincaid grade plus 5, the usual UK convention (a US
    school grade is roughly a child's age less 5). It is worked out from the letter's
    prose only: address lines, dates, the salutation and the sign-off are left out.

    ## Example
    Before:
    > Dear Mrs Khan,
    >
    > Following the recent comprehensive reassessment of your eligible needs, the
    > authority has determined that the continuation of your existing domiciliary support
    > arrangements is appropriate. Any subsequent modification of these arrangements will
    > necessitate a further review in accordance with departmental procedures. Should you
    > require clarification regarding this determination, please contact the department at
    > your earliest convenience. Additionally, we would like to take this opportunity to
    > remind you that financial contributions are calculated individually following a
    > comprehensive financial assessment of your circumstances.
    >
    > Yours sincerely,

    After:
    > Dear Mrs Khan,
    >
    > Thank you for talking to me last week. You told me that the help you get at home is
    > working well, and that you want it to carry on. We agreed that it will stay the same.
    > Your carers will still come every morning and every evening. If you want to change
    > anything, please ring me and we can talk about it. I will ring you again in six
    > months to see how things are going. If you are worried about money, I can ask
    > someone to help you with that too. You can ring me on Monday to Friday.
    >
    > Yours sincerely,

    ## Stays quiet on
    - Letters under 80 words of prose: readability formulas are unreliable on short texts.
    - Letters within the tolerance of the target (see Settings).
    - Other kinds of record, unless `readability.reading-level-kinds` names them.

    ## Settings
    `readability.target-reading-age` (default 9, GOV.UK's aim);
    `readability.reading-age-tolerance` (default 2: the formulas are rough on a page of
    text, so by default a letter is flagged above 11, the top of the NHS range);
    `readability.reading-level-kinds` (default `["letter"]`).
    """
    options = ctx.config.options.readability
    if ctx.kind.value not in options.reading_level_kinds:
        return
    stats = text_stats(ctx.text)
    age = stats.uk_reading_age
    if stats.words < MIN_WORDS_FOR_READING_AGE or age is None:
        return
    if age <= options.target_reading_age + options.reading_age_tolerance:
        return
    start, end = ctx.first_line_span()
    ctx.flag(
        start,
        end,
        f"This {ctx.kind.value.replace('_', ' ')} has a reading age of about {age:.0f}; "
        f"aim for {options.target_reading_age:g} with shorter sentences and everyday words.",
    )
