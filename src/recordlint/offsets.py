"""Offsets in UTF-16 code units, as JavaScript, Java and LanguageTool's clients count them.

The core speaks in Python string indices (code points). A character outside the Basic
Multilingual Plane, such as an emoji, is one index in Python but two code units in UTF-16, so
every such character before a finding shifts it by one for those clients.
"""

from __future__ import annotations

import bisect


def utf16_length(text: str) -> int:
    """How many UTF-16 code units ``text`` takes."""
    return len(text) + sum(1 for character in text if ord(character) > 0xFFFF)


class Utf16Offsets:
    """Converts offsets into one text between Python indices and UTF-16 code units.

    Built once per text, each conversion is a binary search over the text's astral characters
    rather than a walk over the text, so a long record with many findings stays cheap.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        # Python indices of the characters that take two code units.
        self._astral = [i for i, character in enumerate(text) if ord(character) > 0xFFFF]
        # Where each of them starts when counted in UTF-16.
        self._astral_utf16 = [index + count for count, index in enumerate(self._astral)]

    def to_utf16(self, index: int) -> int:
        """The UTF-16 offset of Python index ``index`` (clamped to the text)."""
        index = max(0, min(index, len(self.text)))
        return index + bisect.bisect_left(self._astral, index)

    def to_index(self, offset: int) -> int:
        """The Python index of UTF-16 offset ``offset``; an offset inside a surrogate pair
        (between the two halves of an emoji) moves forward to the next whole character."""
        offset = max(0, min(offset, self.length))
        wider = bisect.bisect_left(self._astral_utf16, offset)
        index = offset - wider
        if wider and self._astral_utf16[wider - 1] + 1 == offset:
            index += 1  # between the halves of the last astral character: step past it
        return index

    @property
    def length(self) -> int:
        return len(self.text) + len(self._astral)
