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


# The words of a term's own long form just before it in brackets: "replaced annual
# assessments (APAs) by the Care Quality Commission".
_WORDS_BEFORE_BRACKET = re.compile(r"((?:[A-Za-z][\w'’-]*[ \t]+){1,8})\([ \t]*$")


def content_stems(text: str) -> frozenset[str]:
    """The content words of ``text`` by their first five letters, so a plural or another
    ending meets its word ("reviews" meets "review", "therapy" meets "therapist")."""
    return frozenset(word.lower()[:5] for word in re.findall(r"[A-Za-z]{4,}", text))


def same_words(offered: str, meaning: str) -> bool:
    """Whether an offered expansion, inflected or given an article ("a subject access
    requests"), is the lexicon's ``meaning``."""
    return content_stems(offered) == content_stems(meaning)


def writers_long_form_before(text: str, start: int, end: int, base: str) -> str | None:
    """The writer's own words for an abbreviation set alone in brackets after them, when
    they read as its long form: two words or more whose first opens with the
    abbreviation's first letter and whose last opens with its last ("annual assessments
    (APAs)"). Words that do not ("taken to hospital (A&E)") are the thing it names, not
    its long form, and None is returned."""
    if text[end : end + 1] != ")":
        return None
    found = _WORDS_BEFORE_BRACKET.search(text, max(0, start - 120), start)
    letters = [c.lower() for c in base if c.isalpha()]
    if found is None or len(letters) < 2:
        return None
    words = found.group(1).split()
    if len(words) < 2 or words[-1][:1].lower() != letters[-1]:
        return None
    for first in range(len(words) - 2, -1, -1):
        if words[first][:1].lower() == letters[0]:
            return " ".join(words[first:])
    return None


def meanings_the_writer_allows(
    expansions: tuple[str, ...], text: str, start: int, end: int, base: str
) -> tuple[str, ...]:
    """The lexicon's meanings that do not contradict the writer's own long form in the
    words before the bracketed abbreviation: "annual assessments (APAs)" shares no word
    with "alternative payment arrangements", so that meaning stays unsaid (the writer's
    letters stand for something the lexicon does not list)."""
    long_form = writers_long_form_before(text, start, end, base)
    if long_form is None:
        return expansions
    written = content_stems(long_form)
    return tuple(e for e in expansions if content_stems(e) & written)


def meanings_the_record_names(
    expansions: tuple[str, ...], written: frozenset[str]
) -> tuple[str, ...]:
    """Of several meanings, those whose words the record writes out somewhere (``written``:
    the record's :func:`content_stems`, read once per record), when some are and some are
    not: an article about "Safeguarding Adult Reviews" means them by "SARs", never subject
    access requests. Otherwise all of them."""
    if len(expansions) < 2:
        return expansions
    named = tuple(e for e in expansions if content_stems(e) and content_stems(e) <= written)
    return named if 0 < len(named) < len(expansions) else expansions


# What follows a restating abbreviation ("i.e.", "ie") when it opens a list of three
# items or more ("factors i.e. safeguarding concerns, patient feedback, best practice"):
# examples, which "that is" misreads; the writer may mean "such as".
_LIST_AFTER = re.compile(r"[ \t,:]*[^,;.!?\n]{1,60}(?:,[^,;.!?\n]{1,60}){2,}")
_RESTATING = "that is"


def meanings_before_a_list(expansions: tuple[str, ...], text: str, end: int) -> tuple[str, ...]:
    """Before a list of three items or more, the restating meaning ("that is") does not
    fit: the list gives examples, and what the writer meant is theirs to say."""
    if not _LIST_AFTER.match(text, end):
        return expansions
    return tuple(e for e in expansions if e.casefold() != _RESTATING)


def cut_read_as_capitals(term: str, written: str, expansions: tuple[str, ...]) -> bool:
    """Note shorthand the lexicon writes in lower case as the front of one word ("esp" for
    "especially", "mod" for "moderate") written in capitals of three letters or more
    ("ESP", "MOD"): capitals make it an acronym of its own, whose meaning the lexicon does
    not know. Shorthand made of initials ("asap", "wrt") means the same in capitals."""
    if not (term.islower() and written.isupper() and len(written) >= 3):
        return False
    folded = term.casefold().rstrip(".")
    cuts = [" " not in e and e.casefold().startswith(folded) for e in expansions]
    return bool(cuts) and all(cuts)
