"""The sentence a word stands in, and the marks read at the edges of words.

What both halves of the package (explained in place, talked about) share and nothing
more: the quotation marks that open and close a quoted word, what counts as nothing more
of a sentence, and :func:`sentence_around`.
"""

from __future__ import annotations

import re

NOTHING_MORE = re.compile(r"[\W_]*")


OPENING_MARKS = "\"“‘'"
CLOSING_MARKS = "\"”’'"


def sentence_around(
    sentences: list[tuple[int, int]], start: int, end: int, length: int
) -> tuple[int, int]:
    """The sentence that holds ``start`` or ``end`` (widened to ``end``), or the whole text
    of ``length`` characters when no sentence does."""
    for s, e in sentences:
        if s <= start < e or (s < end <= e):
            return s, max(e, end)
    return 0, length
