"""One paragraph's facts read from the dependency parse: its mentions, its voice clauses
and its quotes (:func:`paragraph_voice`)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from recordlint.doc_access import char_span, doc_text
from recordlint.rules.voice.clauses import clauses
from recordlint.rules.voice.facts import ParagraphVoice, Quote
from recordlint.rules.voice.lexicon import reason_openings, speech_lexicon
from recordlint.rules.voice.names import at, mentions, object_pronouns, spoken_words
from recordlint.rules.voice.titled import titled_names
from recordlint.subjects import FINITE_TAGS

if TYPE_CHECKING:
    from spacy.tokens import Doc

_FIRST_PERSON = re.compile(r"\b(?:I|I'm|I’m|I've|I’ve|I'd|I’d|I'll|I’ll|me|my|mine|myself)\b")


# "In her words:", "(his words)" before or after a quotation credit it to the person.
_OWN_WORDS = re.compile(
    r"\b(?:in\s+(?:her|his|their)\s+(?:own\s+)?words|(?:her|his|their)\s+words)\b", re.IGNORECASE
)


MIN_UNATTRIBUTED_QUOTE_WORDS = 3


# ---------------------------------------------------------------------------------------------
# Per paragraph: facts from the parse


def paragraph_voice(doc: Doc, quotes: Sequence[tuple[int, int]]) -> ParagraphVoice:
    """Mentions of people and voice clauses in one parsed line unit, as typed facts.

    ``quotes`` are offsets into ``doc.text``; so are the offsets in the result.
    """
    lexicon = speech_lexicon()
    names = titled_names(doc, lexicon)
    paragraph_mentions = mentions(doc, lexicon, names)
    paragraph_mentions.extend(object_pronouns(doc))
    paragraph_mentions.sort(key=at)
    paragraph_clauses = clauses(doc, quotes, lexicon, names)
    covered = [(c.start, c.end) for c in paragraph_clauses]
    quoted = []
    for start, end in quotes:
        # The innermost clause holds the quotation: in "Karen said he told her he is 'not
        # happy to leave my friend'", the words are his, passed on by Karen.
        holding = [i for i, c in enumerate(paragraph_clauses) if c.start <= start and end <= c.end]
        inside = min(
            holding,
            key=lambda i: paragraph_clauses[i].end - paragraph_clauses[i].start,
            default=None,
        )
        if inside is not None:
            paragraph_clauses[inside] = replace(
                paragraph_clauses[inside], quotes=paragraph_clauses[inside].quotes + 1
            )
            continue
        words = doc_text(doc)[start:end]
        credited = bool(_OWN_WORDS.search(doc_text(doc)[max(0, start - 40) : end + 20]))
        loose = not any(s <= start < e for s, e in covered)
        if credited or (
            len(words.split()) >= MIN_UNATTRIBUTED_QUOTE_WORDS
            and _FIRST_PERSON.search(words)
            and loose
        ):
            quoted.append(Quote(start, end, credited))
        elif loose and (
            spoken_words(doc_text(doc), start, end) or _a_reason_in_words(doc, start, end)
        ):
            # Whose words these are is decided with the whole record: the person's when
            # the person is who the record was last speaking of.
            quoted.append(Quote(start, end, credited=False, loose=True))
    return ParagraphVoice(tuple(paragraph_mentions), tuple(paragraph_clauses), tuple(quoted))


def _a_reason_in_words(doc: Doc, start: int, end: int) -> bool:
    """Whether the quotation ``start:end`` gives a reason in somebody's words: it opens with
    a word that gives a reason and goes on as a clause with a finite verb ("drinking normal
    tea "because the thick stuff is revolting""), not a label ("as and when")."""
    # The tokens that begin inside the quotation, looked up by its characters rather than
    # over the whole paragraph; "expand" may add a token begun before it, left out here.
    span = char_span(doc, start, end, "expand")
    tokens = [t for t in span or () if t.idx >= start and not t.is_punct]
    words = tuple(t.lower_ for t in tokens)
    opening = next((r for r in reason_openings() if words[: len(r)] == r), None)
    if opening is None:
        return False
    return any(t.tag_ in FINITE_TAGS for t in tokens[len(opening) :])
