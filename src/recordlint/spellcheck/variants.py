"""The spellings a word may have been meant as: its British form where it is written the
American way, and the words one slip of the fingers or one edit away.

Apart because these are pure string work: each candidate is only offered here, and the
checker keeps those the dictionary knows.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

_ALPHABET = "abcdefghijklmnopqrstuvwxyz"
_VOWELS = frozenset("aeiou")

# American spellings the en_GB dictionary still accepts (Oxford spelling), with the stem
# length guard keeping "size", "prize" and "seize" out of reach.
AMERICAN_IZE = re.compile(
    r"^(?P<stem>[a-z]{3,})(?P<letter>[iy])z(?P<ending>e|es|ed|ing|er|ers|ation|ations|able)$"
)

# (pattern, replacement) pairs that turn an American spelling into its British form; each
# is tried at every position where it matches, and a result counts only if it is a word.
BRITISH_VARIANTS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"iz"), "is"),
    (re.compile(r"yz"), "ys"),
    (re.compile(r"or(?=s?$|ed$|ing$|ful|ite|able|ably|less)"), "our"),
    (re.compile(r"er(?=s?$|ed$)"), "re"),
    (re.compile(r"og(?=s?$)"), "ogue"),
    (re.compile(r"ense(?=s?$)"), "ence"),
    (re.compile(r"(?<=[^aeiou])e"), "ae"),
    (re.compile(r"(?<=[^aeiou])e"), "oe"),
    (re.compile(r"l(?=(?:ed|ing|er|ers)$)"), "ll"),
    (re.compile(r"g(?=ing$)"), "ge"),
)


def mechanical_slips(word: str) -> Iterator[str]:
    """Every word one slip of the fingers away: swapped neighbours, a doubled letter or an
    undoubled one. (A vowel for another is a slip of spelling, and two of those reach too
    many unrelated words: "mandir" is not "mender".)"""
    for index in range(len(word) - 1):
        if word[index] != word[index + 1]:
            yield word[:index] + word[index + 1] + word[index] + word[index + 2 :]
    for index in range(len(word)):
        yield word[:index] + word[index] + word[index:]
        if index > 0 and word[index - 1] == word[index]:
            yield word[:index] + word[index + 1 :]


def single_edits(word: str) -> Iterable[tuple[str, bool]]:
    """Every word one edit away, flagged when the edit is a common typing slip.

    Common slips (tried first): swapped neighbours, a doubled or undoubled letter, and one
    vowel for another ("seperate").
    """
    for index in range(len(word) - 1):
        if word[index] != word[index + 1]:
            yield word[:index] + word[index + 1] + word[index] + word[index + 2 :], True
    for index in range(len(word)):
        left, right = word[:index], word[index + 1 :]
        doubled = index > 0 and word[index - 1] == word[index]
        yield left + right, doubled
        yield left + word[index] + word[index:], True
        for letter in _ALPHABET:
            if letter != word[index]:
                vowel_swap = letter in _VOWELS and word[index] in _VOWELS
                yield left + letter + right, vowel_swap
    for index in range(len(word) + 1):
        for letter in _ALPHABET:
            yield word[:index] + letter + word[index:], False
