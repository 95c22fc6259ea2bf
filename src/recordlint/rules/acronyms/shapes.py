"""How an abbreviation looks: the shapes of tokens and words, their plural and possessive
endings, capitals that are a heading's words or part of a name, and where a word stands in
its line or sentence."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Literal

from recordlint.lexicon import word_list
from recordlint.rules.acronyms.lexicon import Lexicons, is_common_word
from recordlint.segments import BULLET_CLASS
from recordlint.text import line_start

Inflection = Literal["", "plural", "possessive", "plural-possessive"]

LEADING = "\"'‘“([{<*_"
TRAILING = '"”)]}>,;:!?*_'
APOSTROPHES = "'’"
HYPHENS = re.compile(r"[-‐‑–—]")
# A domain anywhere in a token ends "label.tld": looking for that alone finds the same tokens
# as reading every label before it, in time proportional to the token's length.
URL = re.compile(
    r"^(?:https?://|www\.)|[a-z0-9-]\.(?:uk|com|org|net|gov|nhs|info|io)\b",
    re.IGNORECASE,
)
DOTTED_SHAPE = re.compile(r"^(?:[A-Za-z]\.){2,}$|^(?:[A-Za-z]\.)+[A-Za-z]$")
SLASH_SHAPE = re.compile(r"^[A-Za-z]/[A-Za-z]$")
SECTION = re.compile(r"^[sS]\d{1,3}[A-Za-z]?$")
SECTION_AND_SUBSECTION = re.compile(r"[sS]\d{1,3}[A-Za-z]?(?=\(\w{1,4}\))")
BULLET_PREFIX = re.compile(r"^\s*(?:" + BULLET_CLASS + r"|\d{1,2}[.)]|[a-zA-Z][.)])?\s*[\"'‘“(]*$")
_LINE_WORD = re.compile(r"[A-Za-z][A-Za-z'’]*[A-Za-z]")
PLAIN_PUNCTUATION = "\"'‘’“”()[],.;:!?"
VOWELS = frozenset("aeiouwy")
_POSSESSIVE = re.compile(r"['’][sS]$")


def split(text: str, start: int, end: int, separator: re.Pattern[str]) -> Iterator[tuple[int, int]]:
    cursor = start
    for match in separator.finditer(text, start, end):
        yield cursor, match.start()
        cursor = match.end()
    yield cursor, end


def verbed_acronym(word: str) -> bool:
    """An acronym with "'d" after it, used as a verb: "NFA'd", "DNA'd", "DoLS'd"."""
    return (
        len(word) > 3 and word[-2] in APOSTROPHES and word[-1] == "d" and acronym_shape(word[:-2])
    )


def split_inflection(word: str) -> tuple[str, Inflection]:
    """'GPs' -> ('GP', 'plural'); "OT's" -> ('OT', 'possessive'); "OTs'" -> plural possessive."""
    if len(word) > 3 and word[-1] in APOSTROPHES and word[-2] == "s" and word[-3].isupper():
        return word[:-2], "plural-possessive"
    if len(word) > 2 and word[-2] in APOSTROPHES and word[-1] in "sS":
        return word[:-2], "possessive"
    if len(word) > 2 and word[-1] == "s" and word[:-1].isupper() and word[:-1].isalpha():
        return word[:-1], "plural"
    if len(word) > 2 and word[-1] == "s" and word[:-1].islower():
        return word[:-1], "plural"
    return word, ""


# The words after unknown capitals, one by one: "TLC Sheffield Home Care Ltd".
_NEXT_WORD = re.compile(r"[ \t]+([A-Za-z][\w&'’-]*)")
MAX_WORDS_TO_COMPANY_FORM = 6


def ends_a_company_name(text: str, end: int) -> bool:
    """Whether capitalised words after ``end`` run to the legal form that ends a company's
    name ("Ltd", "Limited", "plc", "LLP", "CIC"): capitals at the head of a company's
    registered name ("TLC Sheffield Home Care Ltd") are part of its name, which the writer
    cannot spell out."""
    at = end
    for _ in range(MAX_WORDS_TO_COMPANY_FORM):
        found = _NEXT_WORD.match(text, at)
        if found is None:
            return False
        word = found.group(1)
        if word.casefold() in word_list("company_form"):
            return True
        if not word[0].isupper():
            return False
        at = found.end()
    return False


# The rest of a statute's name after an abbreviation that opens it: capitalised words, with
# "and", "of" or "for" between them, then "Act" and its year ("NHS and Community Care Act
# 1990").
_REST_OF_AN_ACT = re.compile(
    r"(?:[ \t]+(?:and|of|for|&|[A-Z][\w'’-]*)){0,6}?[ \t]+Act[ \t]+(?:of[ \t]+)?(?:1[89]|20)\d\d\b"
)


def names_an_act(text: str, end: int) -> bool:
    """Whether the abbreviation ending at ``end`` opens the name of an Act of Parliament,
    which the writer must give as it stands."""
    return _REST_OF_AN_ACT.match(text, end) is not None


def unpronounceable(letters: str) -> bool:
    """Capitals with no vowel (w and y count) are initials, never a word in capitals."""
    return 2 <= len(letters) <= 5 and VOWELS.isdisjoint(letters.lower())


def acronym_shape(word: str) -> bool:
    """Two capitals or more (OT, DoLS, T2DM). In mixed case, two capitals together or a
    capital at the end (DoLS, MoCA, VaD): names and brands in camel case (McKenzie,
    NatWest, WiFi) have neither, and a brand that puts a digit for a word among lower-case
    letters (Homecare4U) is a name."""
    if len(word) < 2 or not word[0].isupper():
        return False
    if not all(c.isalnum() or c == "&" for c in word):
        return False
    if sum(c.isupper() for c in word) < 2:
        return False
    letters = "".join(c for c in word if c.isalpha())
    if letters.isupper():
        return True
    if any(c.isdigit() for c in word) and re.search(r"[a-z]{3}", word):
        return False  # a brand with a digit for a word (Homecare4U, Care4You): a name
    return bool(re.search(r"[A-Z]{2}", word)) or word[-1].isupper() or word[-1].isdigit()


def is_caps_line(line: str, lexicons: Lexicons) -> bool:
    """A heading or a shouted line ("RE: DIRECT PAYMENT AUDIT"): its capitals are words."""
    words = _LINE_WORD.findall(line)
    capitals = [w for w in words if w.isupper()]
    if len(capitals) < 2 or len(capitals) < len(words) - len(capitals):
        return False
    return any(
        len(w) >= 3 and lexicons.lookup(w) is None and is_common_word(_POSSESSIVE.sub("", w))
        for w in capitals
    )


def at_sentence_start(text: str, start: int) -> bool:
    """Whether the word at ``start`` begins a sentence, a line or a list item."""
    line = text[line_start(text, start) : start]
    if BULLET_PREFIX.match(line):
        return True
    before = line.rstrip(" \"'‘“(")
    return before.endswith((".", "!", "?")) and not before.endswith(("e.g.", "i.e."))
