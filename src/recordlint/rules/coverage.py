"""RL00x: coverage. What recordlint itself could not check in a record, said out loud."""

from __future__ import annotations

from recordlint.findings import Category, Severity
from recordlint.nlp import Need
from recordlint.rules.registry import DocumentContext, Scope, rule
from recordlint.text import quote_spans, skip_spaces

# Below both of these the unchecked text is ordinary (a sentence or two of the person's
# words) and saying so would only be noise.
UNCHECKED_MIN_CHARS = 200
UNCHECKED_MIN_SHARE = 0.2

_REASONS = {
    "quoted": "taken as quoted words, which are never corrected",
    "rule_error": "in a part where a check failed (see the report's errors)",
}


@rule(
    code="RL001",
    name="unchecked-text",
    category=Category.COVERAGE,
    standard="2.plain-language",
    severity=Severity.INFO,
    needs=[Need.TEXT],
    scope=Scope.COVERAGE,
)
def unchecked_text(ctx: DocumentContext) -> None:
    """Finds records where a large part of the text was not checked, and says why.

    ## Why it matters
    A clean report should mean a checked record. Words inside quotation marks are the
    person's own and are never corrected, so a quotation mark left open can hide the rest of
    a paragraph from every rule; a check that fails leaves its part of the record unread. The
    writer should know when a quiet report covers only part of what they wrote.

    ## Example
    Before:
    > Mrs Okafor said “I want to stay here. I have lived in this flat for forty years, my
    > friends are all on this street and the shop knows me. I do not want to go into a home,
    > whatever my son says. The OT will come on Tuesday about the rails and the MDT will
    > review the package of care then.

    After:
    > Mrs Okafor said “I want to stay here.” She has lived in this flat for forty years, her
    > friends are all on this street and the shop knows her. She does not want to go into a
    > care home. The occupational therapist will visit on Tuesday about the rails.

    ## What counts
    Characters inside quotations (a quotation left open ends with its paragraph) and
    paragraphs where a rule raised an error. The report's metrics always carry
    `unchecked_chars`, `unchecked` (characters by reason) and `unchecked_stretches` (the
    longest stretches as start and end offsets).

    The finding asks for a quotation mark to be closed only where one was left open: a
    quotation that runs to the end of its paragraph while the next paragraph carries on
    without a mark. A quotation over several paragraphs, each opening with a mark, and an
    excerpt that stops inside a quotation are the writer's words as they should be.

    ## Stays quiet on
    Records where fewer than 200 characters, or less than a fifth of the record, went
    unchecked. The finding is shown on the first line of the longest unchecked stretch.
    """
    unchecked = int(ctx.metrics.get("unchecked_chars", 0))
    total = len(ctx.text.strip())
    if unchecked < UNCHECKED_MIN_CHARS or not total or unchecked / total < UNCHECKED_MIN_SHARE:
        return
    reasons = ctx.metrics.get("unchecked", {})
    why = "; ".join(
        f"{chars} {_REASONS.get(reason, reason)}"
        for reason, chars in sorted(reasons.items(), key=lambda item: -item[1])
    )
    share = round(100 * min(unchecked / total, 1))
    start, end = _shown_at(ctx)
    advice = (
        " A quotation mark was left open; close it where the person's words end."
        if _quotation_left_open(ctx.text)
        else ""
    )
    ctx.flag(
        start,
        end,
        f"{unchecked} characters ({share}% of this record) were not checked: {why}.{advice}",
    )


_QUOTE_MARKS = frozenset("\"“”‘’'")


def _quotation_left_open(text: str) -> bool:
    """Whether a quotation runs to its paragraph's end unclosed while the next paragraph
    carries on without a quotation mark. A quotation over several paragraphs opens each of
    them with a mark and closes only the last, and an excerpt may stop before its
    quotation closes: neither was left open by mistake. Words quoted only because the
    copy lost their marks (under "Tora said:") had no mark to leave open."""
    for _, end in quote_spans(text, lost_marks=False):
        if end < len(text) and text[end] in _QUOTE_MARKS:
            continue  # closed by its mark
        following = skip_spaces(text, end)
        if following < len(text) and text[following] not in _QUOTE_MARKS:
            return True
    return False


def _shown_at(ctx: DocumentContext) -> tuple[int, int]:
    """The first line with text on it of the longest unchecked stretch."""
    stretches = ctx.metrics.get("unchecked_stretches") or []
    if not stretches:
        return ctx.first_line_span()
    start, end = stretches[0]
    text = ctx.text
    while start < end and text[start].isspace():
        start += 1
    line_end = start
    while line_end < end and text[line_end] not in "\r\n":
        line_end += 1
    while line_end > start and text[line_end - 1].isspace():
        line_end -= 1
    return (start, line_end) if line_end > start else ctx.first_line_span()
