"""Words notes shorten, read from their shape and the dictionary: a word cut short ("indep",
"interp", "accom"), a word contracted to its consonants ("assmt", "wkly"), and a past
participle cut to its front and an apostrophe ("rec'd", "req'd", "dec'd").

The acronym rule reports these as note shorthand and the spelling rule leaves them to it, so
both read them here, the one place that says what a shortened word is.
"""

from __future__ import annotations

import functools
import re
import string
from collections import defaultdict

from recordlint.lexicon import word_list
from recordlint.metrics import pronouncing_dictionary
from recordlint.names import dictionary_words_starting, in_dictionary
from recordlint.spellcheck import dictionary_knows


def _known(word: str) -> bool:
    return dictionary_knows(word) is True  # no dictionary installed: nothing is known


# Cut words that take a plural are short ("alloc", "apol", "interp"); a longer word before
# an "s" is more often a slip of spelling ("desides" for "decides").
_LONGEST_PLURAL_FRONT = 6
# Beyond five letters, a cut taking a plural ends on a consonant, as notes cut words
# ("interps"); a word ending in a vowel and "s" ("desides") is a whole word's ending.
_LONGEST_PLURAL_FRONT_ON_A_VOWEL = 5


def clipped_word(word: str) -> bool:
    """Whether a lower-case word the dictionary does not know is the front of a longer
    word, cut short as notes cut words ("indep" for "independent", "accom", "interp",
    "neuro", "convo"), or the plural of a short one ("allocs", "apols", "probs").

    Notes cut the words that carry meaning, nouns, verbs and adjectives, and the longer
    word a cut is read against is one of them; a word a letter or two short of its end
    ("neuron" for "neuro", "prior" for "prio", "elect" for "elec") does not make a cut a
    slip, since notes cut at any letter. Not a cut: the front of a word of grammar ("stil"
    for "still", "reall" for "really", "thro", "tho", "til"), a slip or a texting spelling
    of it; a word whose last letter doubled makes a word ("wil", "ful"), a slip of the
    fingers; a contraction without its apostrophe ("hes" for "he's"); and a name or brand
    written in lower case ("calor", "mold": the dictionary knows them with a capital)."""
    if _a_name_or_contraction(word):
        return False
    try:
        for front in _fronts(word):
            if _front_of_a_word_of_grammar(front) or in_dictionary(front + front[-1]):
                return False
            if _front_of_a_longer_word(front):
                return True
    except OSError:  # no dictionary installed: nothing can be told to be cut short
        return False
    return False


def _front_of_a_word_of_grammar(front: str) -> bool:
    """The front of a word of grammar ("stil": still; "thro": through; "til": till), from
    the shared list of function words: how texts and slips spell those words, not a cut
    of a word that carries meaning."""
    return any(
        grammar.startswith(front) and grammar != front for grammar in word_list("function_word")
    )


def cut_from_a_longer_word(word: str) -> bool:
    """Whether a lower-case word the dictionary does not know has the shape of a cut: the
    front of a longer word, or the plural of one, however near it also is to a shorter
    word ("tho", "thru", "yest"). Looser than :func:`clipped_word`, which sets aside the
    front of a word of grammar ("stil", "thro", "tho"): which of the two a word is, a cut
    or a slip, is then for its surroundings to tell. A name or brand in lower case and a
    contraction without its apostrophe are still no cut."""
    if _a_name_or_contraction(word):
        return False
    try:
        return any(_front_of_a_longer_word(front) for front in _fronts(word))
    except OSError:
        return False


def _a_name_or_contraction(word: str) -> bool:
    return _known(word.capitalize()) or _known(f"{word[:-1]}'{word[-1]}")


def _fronts(word: str) -> list[str]:
    """The word, and the word without its plural "s" where what is left is short: five
    letters at most, or six ending on a consonant ("interps", not "desides")."""
    fronts = [word]
    front = word[:-1]
    if not (word.endswith("s") and 3 <= len(front) <= _LONGEST_PLURAL_FRONT):
        return fronts
    if len(front) <= _LONGEST_PLURAL_FRONT_ON_A_VOWEL or front[-1] not in _VOWELS:
        fronts.append(front)
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


# A contraction keeps a word's first letter and, in order, the consonants that carry it,
# leaving out its vowels and often a run of letters between ("assmt" for "assessment",
# "wkly" for "weekly", "wkend", "tmrw"). Notes contract words of some length to four to
# seven letters and keep at most one vowel.
_SHORTEST_CONTRACTION, _LONGEST_CONTRACTION = 4, 7
_MOST_VOWELS_KEPT = 1
_FEWEST_LETTERS_LEFT_OUT = 2
_VOWELS = "aeiou"


@functools.lru_cache(maxsize=4096)
def contracted_word(word: str) -> bool:
    """Whether a lower-case word the dictionary does not know is a longer word contracted as
    notes contract words: it keeps the longer word's first letter, leaves out at most the
    vowels straight after it, and then keeps some of its letters in order, ending on one of
    them, with two letters or more left out ("assmt": assessment; "wkly": weekly). The
    longer word is an ordinary one that both the dictionary and the pronouncing dictionary
    know, so a rare word cannot make a slip a contraction.

    Not a contraction: a word that keeps more than one vowel ("becuase"), a slip one letter
    short of a dictionary word anywhere in it ("wich" for "which", "stil", "vist"), and a
    contraction of grammar without its apostrophe ("didnt", "dont") or a name in lower case,
    which stay for the spelling rule."""
    if not (
        _SHORTEST_CONTRACTION <= len(word) <= _LONGEST_CONTRACTION
        and word.isascii()
        and word.isalpha()
        and word.islower()
    ):
        return False
    if sum(letter in _VOWELS for letter in word) > _MOST_VOWELS_KEPT:
        return False
    try:
        if _a_name_or_contraction(word) or _a_letter_short(word):
            return False
        words = _spoken_words_by_first_letter().get(word[0])
    except OSError:  # no dictionary installed: nothing can be told to be contracted
        return False
    if words is None:
        return False
    # The first letter, the vowels after it, then the kept letters in order, each after
    # any letters left out, to the longer word's end.
    shape = re.compile(
        "\n" + re.escape(word[0]) + f"[{_VOWELS}]*" + "[a-z]*?".join(word[1:]) + "(?=\n)"
    )
    return any(
        len(match.group()) - 1 - len(word) >= _FEWEST_LETTERS_LEFT_OUT and _known(match.group()[1:])
        for match in shape.finditer(words)
    )


def _a_letter_short(word: str) -> bool:
    """One letter more, anywhere, makes a dictionary word ("wich", "stil", "hrly")."""
    return any(
        _known(word[:index] + letter + word[index:])
        for index in range(len(word) + 1)
        for letter in string.ascii_lowercase
    )


@functools.cache
def _spoken_words_by_first_letter() -> dict[str, str]:
    """The pronouncing dictionary's ordinary words (lower case, letters alone), one a line
    between newlines, grouped by their first letter: the longer words a contraction is
    read against."""
    grouped: defaultdict[str, list[str]] = defaultdict(list)
    for spoken in pronouncing_dictionary():
        if spoken.isascii() and spoken.isalpha() and spoken.islower():
            grouped[spoken[0]].append(spoken)
    return {letter: "\n" + "\n".join(sorted(words)) + "\n" for letter, words in grouped.items()}
