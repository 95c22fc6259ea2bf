"""A token's written shape: apostrophes and hyphens made plain, capitals, a possessive's
stem, a hyphenated word's parts, and a correction given the case of the word it replaces.

Apart because both the checker's verdicts and its suggestions read a word this way, before
any dictionary lookup.
"""

from __future__ import annotations

_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'"})
HYPHENS = ("-", "\u2010", "\u2011")


def normalise(word: str) -> str:
    return word.strip().translate(_APOSTROPHES)


def strip_apostrophes(token: str) -> str:
    # A trailing apostrophe is a plural possessive ("carers'") or a closing quote.
    return token.strip("'")


def is_capitals(token: str) -> bool:
    letters = [character for character in token if character.isalpha()]
    return len(letters) > 1 and all(character.isupper() for character in letters)


def possessive_stem(token: str) -> str | None:
    if len(token) > 2 and token[-2:].lower() == "'s":
        return token[:-2]
    return None


def hyphen_parts(token: str) -> list[str]:
    for hyphen in HYPHENS:
        if hyphen in token:
            return token.split(hyphen)
    return [token]


def match_case(model: str, word: str) -> str:
    if model[:1].isupper() and word[:1].islower():
        return word[:1].upper() + word[1:]
    return word
