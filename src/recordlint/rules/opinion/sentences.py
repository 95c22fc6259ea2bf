"""Which sentences state anything: headings, form labels and questions do not."""

from __future__ import annotations

from typing import TYPE_CHECKING

from recordlint.doc_access import span_text
from recordlint.segments import in_title_case

if TYPE_CHECKING:
    from spacy.tokens import Span


# Marks that open an item of a list: what follows is a note of its own, not a heading.
BULLETS = frozenset({"-", "–", "—", "*", "•", "·"})


def is_heading(sentence: Span) -> bool:
    """A short line with no closing punctuation: a heading or a form label, not a statement.
    An item of a bulleted list ("- Poor insight into risks") is a note, even without its
    full stop. A line of any length in title case names a team, a service or a document
    ("Team: Community Mental Health and Adult Social Care (Complex Needs)"), which no
    judgement is stated of."""
    text = span_text(sentence).strip()
    if not text or text[-1] in ".!?":
        return False
    if in_title_case(text) and not _list_item(sentence):
        return True
    if sum(1 for t in sentence if t.is_alpha) > 8:
        return False
    return not _list_item(sentence)


def _list_item(sentence: Span) -> bool:
    """Whether a line opens with a bullet and has words after it."""
    first = next((t for t in sentence if not t.is_space), None)
    return first is not None and first.text in BULLETS and first.i + 1 < sentence.end


def is_question(sentence: Span) -> bool:
    return span_text(sentence).rstrip().endswith("?")


def skippable(sentence: Span) -> bool:
    return is_heading(sentence) or is_question(sentence)
