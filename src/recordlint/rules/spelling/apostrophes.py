"""Contractions written without their apostrophe where the letters left spell another word.

"didnt" and "doesnt" are no words, and the dictionary reports them; "cant", "wont" and
"its" are words ("cant" is hypocritical talk, "wont" a habit, "its" the possessive), so a
lost apostrophe there is found only from the words around: "she wont go", "we cant",
"its a formal warning". Apart from the rule because it reads a word's neighbours, not the
word alone. A condition named after a person loses its apostrophe too ("Alzheimers",
"Parkinsons"); written so it looks like a surname, and the rule would take it for one.
"""

from __future__ import annotations

import re

from recordlint.lexicon import word_list
from recordlint.spellcheck import SpellChecker

# The words that stand before "cant" or "wont" as a noun or an adjective: an article or a
# possessive ("as is his wont", "the usual cant"), or a form of "be" ("she was wont to
# wander"). A negative contraction follows its subject instead ("she wont", "we cant",
# "Ms Allard cant manage", "this cant go").
_BEFORE_THE_NOUN = frozenset(
    {"a", "an", "the", "his", "her", "its", "my", "our", "their", "your", "whose"}
    | {"am", "are", "be", "been", "being", "is", "was", "were"}
)
# The words "its" the possessive is never followed by, and "it's" often is: an article
# ("its a formal warning"), "not", "been" and the adverbs of time and degree that open a
# verb phrase ("its always something", "its too expensive"). A noun or an adjective after
# "its" is the possessive ("its own", "its very nature", "its only purpose").
_AFTER_IT_IS = re.compile(
    r"[ \t]+(?:a|an|the|not|been|always|never|too|just|getting|going)\b", re.IGNORECASE
)
_WORD_BEFORE = re.compile(r"([A-Za-z]+)[ \t]+$")
_LOOK_BEHIND = 30
_IT = "it"


def apostrophe_lost(text: str, start: int, end: int, checker: SpellChecker) -> str | None:
    """The contraction a dictionary word at [start, end) stands for, with its apostrophe
    lost, where the words around it leave no other reading: "can't" for "cant" and "won't"
    for "wont" after anything but an article, a possessive or a form of "be"; "it's" for
    "its" before an article, "not", "been" or an adverb that opens a verb phrase."""
    word = text[start:end]
    lowered = word.casefold()
    if lowered == f"{_IT}s":
        if _AFTER_IT_IS.match(text, end) is None:
            return None
        return _same_case(word, f"{_IT}'s")
    if not (lowered.endswith("nt") and len(lowered) <= len("wont")):
        return None
    contraction = f"{lowered[:-1]}'t"
    if not checker.is_correct(contraction):
        return None
    before = _WORD_BEFORE.search(text, max(0, start - _LOOK_BEHIND), start)
    if before is not None and before.group(1).casefold() in _BEFORE_THE_NOUN:
        return None
    return _same_case(word, contraction)


def _same_case(model: str, word: str) -> str:
    return word[:1].upper() + word[1:] if model[:1].isupper() else word


# The shortest name of a condition a lost apostrophe is looked for in ("Bell" is shorter).
_MIN_CONDITION_NAME = 5


def condition_without_apostrophe(word: str, checker: SpellChecker) -> str | None:
    """The name of a condition called after a person, written without the apostrophe of
    its possessive ("Alzheimers" for "Alzheimer's", "Parkinsons meds"), from the shared
    list of clinical terms, where the word as written is no dictionary word: "the Downs"
    and "Bells" are, and a surname is no condition on the list."""
    if len(word) < _MIN_CONDITION_NAME or not word.endswith("s") or not word.isalpha():
        return None
    stem = word[:-1]
    if f"{stem.casefold()}'s" not in word_list("clinical_term") or checker.is_correct(word):
        return None
    return f"{stem[:1].upper()}{stem[1:].lower()}'s"
