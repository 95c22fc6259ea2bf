"""The words offered for an abbreviation, fitted to its place: inflected like it (plural,
possessive), narrowed to the meanings that fit before a date, given an article after a
preposition, and capitalised like the words around it."""

from __future__ import annotations

import re

from recordlint.dates import find_dates
from recordlint.rules.acronyms.shapes import Inflection
from recordlint.text import line_start, skip_spaces


def inflect(expansion: str, inflection: Inflection) -> str:
    if inflection in ("plural", "plural-possessive"):
        expansion = _pluralise(expansion)
    if inflection in ("possessive", "plural-possessive"):
        # A name that is plural already takes the apostrophe alone ("Safeguards'").
        return expansion + "'" if expansion.endswith("s") else expansion + "'s"
    return expansion


def _pluralise(phrase: str) -> str:
    """'occupational therapist' -> 'occupational therapists'; 'activity of daily living'
    -> 'activities of daily living'."""
    words = phrase.split(" ")
    head = next((i - 1 for i, w in enumerate(words) if w == "of" and i > 0), len(words) - 1)
    noun = words[head]
    if noun.endswith(("s", "x", "ch", "sh")):
        plural = noun + "es" if not noun.endswith("s") else noun
    elif noun.endswith("y") and len(noun) > 1 and noun[-2] not in "aeiou":
        plural = noun[:-1] + "ies"
    else:
        plural = noun + "s"
    words[head] = plural
    return " ".join(words)


# Words that name a time: before a date only these expansions can be meant.
_TIME_WORDS = re.compile(
    r"\b(?:week|weeks|month|day|days|commencing|beginning|starting|ending|"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day|january|february|march|april|may|june|"
    r"july|august|september|october|november|december)\b",
    re.IGNORECASE,
)
MAX_GAP_BEFORE_DATE = 3


def meanings_that_fit(expansions: tuple[str, ...], text: str, end: int) -> tuple[str, ...]:
    """Before a date only the expansions that name a time fit: "w/c 23/03/2026" is a week
    commencing, never a wheelchair. Elsewhere, or when none names a time, all of them."""
    gap = skip_spaces(text, end, " \t") - end
    if not 0 < gap <= MAX_GAP_BEFORE_DATE:
        return expansions
    following = text[end + gap : end + gap + 40]
    if not any(found.start == 0 for found in find_dates(following)):
        return expansions
    timed = tuple(e for e in expansions if _TIME_WORDS.search(e))
    return timed or expansions


# A singular noun for a person or a team ("occupational therapist", "social worker") needs
# an article where the abbreviation stood alone: "with OT" -> "with an occupational
# therapist". Uncountable expansions ("occupational therapy") read as they are.
_COUNTABLE_ROLE = re.compile(
    r"(?:ist|worker|officer|nurse|manager|practitioner|assessor|coordinator|advocate|"
    r"doctor|carer|consultant|paramedic|team)$"
)
# Only after a preposition is the missing article plain ("with OT", "referred to OT");
# at the start of a note ("GP to be updated") the writer's telegraphic style is kept.
_PREPOSITION_BEFORE = re.compile(r"\b(?:with|to|from|by|for|of|about)\s+$", re.IGNORECASE)
# What may follow a noun phrase that stands alone; any other word after the abbreviation
# probably makes it a modifier ("OT assessment"), which takes no article.
_ALONE_BEFORE = re.compile(
    r"\s*(?:[.,;!?)]|$|(?:the|a|an|and|or|but|to|for|on|in|at|about|with|from|by|of|"
    r"today|tomorrow|yesterday|this|that|is|was|will|would|has|had|have|who|as|if|so|"
    r"then|again|too|also|because)\b)",
    re.IGNORECASE,
)


def with_article(expansion: str, text: str, start: int, end: int) -> str:
    if not _COUNTABLE_ROLE.search(expansion):
        return expansion
    begins = line_start(text, start)
    if not _PREPOSITION_BEFORE.search(text[begins:start]):
        return expansion
    if not _ALONE_BEFORE.match(text, end):
        return expansion
    article = "an" if expansion[:1].lower() in "aeiou" else "a"
    return f"{article} {expansion}"


def fit(expansion: str, *, capital: bool, upper: bool) -> str:
    if upper:
        return expansion.upper()
    if capital and expansion[:1].islower():
        return expansion[0].upper() + expansion[1:]
    return expansion
