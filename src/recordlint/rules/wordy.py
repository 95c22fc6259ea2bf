"""RL304: wordy phrases. Short everyday words instead of formal ones ("in order to" -> "to")."""

from __future__ import annotations

from functools import cache
from typing import Any

from recordlint.findings import Category, RecordKind, Severity
from recordlint.lexicon import load_lexicon
from recordlint.matching import (
    PhraseIndex,
    compiled_jargon,
    compiled_legal_terms,
    suggestions_for,
)
from recordlint.nlp import Need
from recordlint.rules.registry import Fix, ParagraphContext, rule


@cache
def compiled_wordy_phrases() -> tuple[tuple[Any, ...], PhraseIndex]:
    entries = load_lexicon("wordy-phrases").entries
    return entries, PhraseIndex([entry.term for entry in entries])


@cache
def _compiled_exceptions() -> PhraseIndex:
    """Every entry's fixed phrases, in one index; a found phrase covers the match it holds."""
    entries = load_lexicon("wordy-phrases").entries
    return PhraseIndex(sorted({phrase for entry in entries for phrase in entry.exceptions}))


def _fixed_phrase_spans(text: str) -> list[tuple[int, int]]:
    return [(m.start, m.end) for m in _compiled_exceptions().find_all(text)]


@rule(
    code="RL304",
    name="wordy-phrase",
    category=Category.READABILITY,
    standard="2.plain-language",
    severity=Severity.INFO,
    needs=[Need.TEXT],
    fix=Fix.REVIEW,
    about_wording=True,
    # The person's own account is their voice throughout, like a quotation.
    kinds=frozenset(RecordKind) - {RecordKind.OWN_ACCOUNT},
)
def wordy_phrase(ctx: ParagraphContext) -> None:
    """Finds formal or wordy phrases that have a shorter everyday word ("in order to").

    ## Why it matters
    Standard 2 asks for records in plain language, and Standard 1 for clear and precise
    letters. "Commence", "utilise" and "prior to" make a record slower to read and sound
    like the service talking to itself; "start", "use" and "before" say the same thing.

    ## Example
    Before:
    > Prior to the visit I phoned Mrs Khan in order to check the time.

    After:
    > Before the visit I phoned Mrs Khan to check the time.

    ## Stays quiet on
    - The person's own quoted words and own account, and phrases talked about rather than
      used ("the phrase 'in order to'").
    - Phrases that are also service jargon or a legal term (RL201 and RL203 report those).
    - Fixed phrases the lexicon keeps the word in: a legal formula ("as amended"), a
      rating's or a service's name ("Requires improvement", "assisted living"), "in
      addition to".

    ## Fix safety
    The suggestion takes the form and capitals of the phrase ("commenced" -> "started",
    "Prior to" -> "Before"). The fix is safe when the first suggestion is one or two plain
    words; otherwise it is offered for review.
    """
    entries, index = compiled_wordy_phrases()
    taken = [
        (m.start, m.end)
        for m in compiled_jargon(ctx.config).index.find(ctx.text)
        + compiled_legal_terms()[1].find(ctx.text)
    ]
    fixed = _fixed_phrase_spans(ctx.text)
    for match in index.find(ctx.text):
        if any(match.start < end and start < match.end for start, end in taken):
            continue
        if any(start <= match.start and match.end <= end for start, end in fixed):
            continue
        matched = ctx.text[match.start : match.end]
        suggestions, drop_in = suggestions_for(
            entries[match.key].suggestions, matched, match.form, ctx.text[: match.start]
        )
        ctx.flag(
            match.start,
            match.end,
            f"'{matched}' is a wordy phrase; '{suggestions[0]}' says the same more simply.",
            suggestions,
            fix=Fix.SAFE if drop_in else Fix.REVIEW,
        )
