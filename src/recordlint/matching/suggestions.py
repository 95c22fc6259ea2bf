"""Suggestions in the form and case of the matched words, and whether the first is a
drop-in replacement.

Apart because it inflects replacements rather than finding matches; it uses only the
phrase index's tokenizer.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from recordlint.inflection import BASE, PLURAL, inflect_phrase, match_case
from recordlint.matching.surface import surface_tokens

_PLAIN_WORDS = re.compile(r"[a-z][a-z'\-]*(?: [a-z][a-z'\-]*){0,2}")


_PERFECT_OR_PASSIVE = re.compile(
    r"\b(?:have|has|had|having|be|been|being|is|are|was|were|'ve|'s)\s+(?:\w+\s+)?$",
    re.IGNORECASE,
)
# A form that is only ever a past participle ("undertaken", "shown", "undergone"): after a
# noun ("the work undertaken") it is no past tense, and "did" would not fit.
_PARTICIPLE_ONLY = re.compile(r"(?:[^e]en|[^d]own|one)$", re.IGNORECASE)
# A phrase that opens with a preposition ("with regards to", "in respect of") stands for a
# preposition or an adverb: a plural noun inside it gives the replacement no number, so
# "about" must not become "abouts".
_OPENING_PREPOSITION = re.compile(
    r"(?:with|in|on|at|by|for|from|of|to|under|within|without)\b", re.IGNORECASE
)


def suggestions_for(
    entry_suggestions: Iterable[str], matched: str, form: str, before: str = ""
) -> tuple[list[str], bool]:
    """Suggestions in the form and case of the matched words, and whether the first is
    a drop-in replacement.

    A drop-in replacement is plain words that were inflected without doubt, and either one
    word ("mobilising" -> "walking") or as many words as the phrase it replaces ("in situ"
    -> "in place"). A longer suggestion for a verb ("signposted" -> "told about") usually
    needs the sentence rearranged, so it is offered for review.
    """
    out: list[str] = []
    drop_in = False
    participle = bool(_PERFECT_OR_PASSIVE.search(before[-40:]) or _PARTICIPLE_ONLY.search(matched))
    if form == PLURAL and _OPENING_PREPOSITION.match(matched):
        form = BASE
    for number, suggestion in enumerate(entry_suggestions):
        inflected = inflect_phrase(suggestion, form, participle=participle)
        if number == 0 and inflected is not None and _PLAIN_WORDS.fullmatch(suggestion):
            size = len(suggestion.split())
            drop_in = size == 1 or size == len(surface_tokens(matched))
        out.append(match_case(inflected if inflected is not None else suggestion, matched))
    return out, drop_in
