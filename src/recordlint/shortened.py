"""Words notes shorten, read from their shape and the dictionary: a word cut short ("indep",
"interp", "accom") and a past participle cut to its front and an apostrophe ("rec'd",
"req'd", "dec'd").

The acronym rule reports these as note shorthand and the spelling rule leaves them to it, so
both read them here, the one place that says what a shortened word is.
"""

from __future__ import annotations

import re
import string

from recordlint.names import dictionary_words_starting, in_dictionary
from recordlint.spellcheck import dictionary_knows


def _known(word: str) -> bool:
    return dictionary_knows(word) is True  # no dictionary installed: nothing is known


# Cut words that take a plural are short ("alloc", "apol"); a longer word before an "s" is
# more often a slip of spelling ("desides" for "decides").
_LONGEST_PLURAL_FRONT = 5


def clipped_word(word: str) -> bool:
    """Whether a lower-case word the dictionary does not know is the front of a longer
    word, cut short as notes cut words ("indep" for "independent", "accom", "interp"), or
    the plural of a short one ("allocs", "apols").

    Not a cut: a word one letter short of a dictionary word at its end ("stil", "thro"; so
    a true cut such as "recs", whose front "rec" is one letter short of "reck", stays quiet
    too), a contraction without its apostrophe ("hes" for "he's"), a name or brand written
    in lower case ("calor", "mold": the dictionary knows them with a capital), and a word
    ending as a combining form does, in "i" or "o" ("hemi", "combi", "neuro"), which
    stands before another word as part of a compound."""
    if word.endswith(("i", "o")):
        return False
    if _a_name_or_contraction(word):
        return False
    try:
        for front in _fronts(word):
            if any(in_dictionary(front + letter) for letter in string.ascii_lowercase):
                return False
            if _front_of_a_longer_word(front):
                return True
    except OSError:  # no dictionary installed: nothing can be told to be cut short
        return False
    return False


def cut_from_a_longer_word(word: str) -> bool:
    """Whether a lower-case word the dictionary does not know has the shape of a cut: the
    front of a longer word, or the plural of one, however near it also is to a shorter
    word ("elec", "recs", "probs", "prio", "resi", "tho"). Looser than
    :func:`clipped_word`, which sets aside a word a letter short of a dictionary word
    ("stil", "thro") and one ending as a combining form does ("neuro"): which of the two a
    word is, a cut or a slip, is then for its surroundings to tell. A name or brand in
    lower case and a contraction without its apostrophe are still no cut."""
    if _a_name_or_contraction(word):
        return False
    try:
        return any(_front_of_a_longer_word(front) for front in _fronts(word))
    except OSError:
        return False


def _a_name_or_contraction(word: str) -> bool:
    return _known(word.capitalize()) or _known(f"{word[:-1]}'{word[-1]}")


def _fronts(word: str) -> list[str]:
    """The word, and the word without its plural "s" where what is left is short."""
    fronts = [word]
    if word.endswith("s") and 3 <= len(word) - 1 <= _LONGEST_PLURAL_FRONT:
        fronts.append(word[:-1])
    return fronts


def _front_of_a_longer_word(front: str) -> bool:
    # Only ordinary words count as the longer word: lower case, letters alone.
    return any(
        len(stem) >= len(front) + 2 and stem.isalpha() and stem.islower()
        for stem in dictionary_words_starting(front)
    )


# A past participle cut to its front, with an apostrophe for the letters left out: "rec'd"
# (received), "req'd" (required), "dec'd" (deceased), "reg'd", "ack'd", "demo'd".
_CUT_PARTICIPLE = re.compile(r"([a-z]{2,6})['\u2019]d")


# The same cut written closed, without its apostrophe: "recd", "reqd", "decd".
_CLOSED_CUT_PARTICIPLE = re.compile(r"([a-z]{3,4})d")


def cut_participle(word: str) -> bool:
    """Whether ``word`` is a past participle cut short with an apostrophe ("rec'd", "dec'd"):
    the dictionary does not know it (as it knows "she'd" and "who'd"), and what stands before
    the apostrophe is a word ("demo'd") or the front of a longer one ("rec", "req"); or the
    same cut written without the apostrophe (:func:`_closed_cut_participle`)."""
    match = _CUT_PARTICIPLE.fullmatch(word)
    if match is None:
        return _closed_cut_participle(word)
    if _known(word) or _known(word.replace("\u2019", "'")):
        return False
    front = match.group(1)
    try:
        return _known(front) or _front_of_a_longer_word(front)
    except OSError:
        return False


def _closed_cut_participle(word: str) -> bool:
    """A past participle cut short and written without its apostrophe ("recd", "reqd",
    "decd"): the dictionary knows neither the word nor what stands before the "d", which is
    the front of longer words. A word before the "d" makes a letter dropped from a
    participle instead ("askd", "finishd"), a slip."""
    match = _CLOSED_CUT_PARTICIPLE.fullmatch(word)
    if match is None or _known(word) or _known(word.capitalize()):
        return False
    front = match.group(1)
    if _known(front) or _known(front.capitalize()):
        return False
    try:
        return _front_of_a_longer_word(front)
    except OSError:
        return False
