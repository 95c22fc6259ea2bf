"""The acronym lexicons, compiled for lookups: the terms and their expansions (the team's
file first), the phrases of several words, and what is never flagged (titles, units, common
words) or is quiet only before a name ("PC Dawn Hilliard"); with the everyday-word tests
that tell an abbreviation from a word in capitals."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Literal, NamedTuple

from recordlint.lexicon import borrowed_phrase_words, load_lexicon, load_lexicon_file
from recordlint.names import (
    post_nominal_titles,
    titles_as_written,
    titles_only_before_a_name,
)
from recordlint.spellcheck import dictionary_knows

RuleKind = Literal["acronym", "dotted", "shorthand"]


def words(text: str) -> list[str]:
    return text.split()


# The parts of a day the acronym lexicon lists ("am", "pm"): beside a number a unit of
# clock time, and shorthand elsewhere only after a word that names the day.
DAY_PARTS = ("am", "pm")

# The floor under the never-flag lexicon: a missing entry there must not make these noisy.
_ALWAYS_QUIET = frozenset({"I", "A", "OK"})

# Short words people write in capitals for emphasis ("she did NOT want"). Two-letter words
# are listed rather than looked up: the dictionary holds many two-letter abbreviations.
_SHOUTED_SHORT_WORDS = frozenset(
    words("AM AN AS AT BE BY DO GO HE HI IF IN IS IT ME MY NO OF OH ON OR SO TO UP US WE")
)


class DateWord(NamedTuple):
    """A day or month abbreviation's full word, and whether it counts away from a date."""

    expansion: str
    alone: bool


@functools.cache
def date_words() -> dict[str, DateWord]:
    """Day and month abbreviations (lexicons/date-abbreviations.toml): shorthand, but several
    are also words or names ("Sat", "Jan"), so those count only next to a number or a date."""
    entries = load_lexicon("date-abbreviations").entries
    return {entry.term: DateWord(entry.expansion, entry.alone) for entry in entries}


@dataclass(frozen=True, slots=True)
class LexiconTerm:
    term: str
    expansions: tuple[str, ...]
    kind: RuleKind
    widely_known: bool = False  # GOV.UK style lets it stand unexplained ("GP", "NHS")
    plain: tuple[str, ...] = ()  # plainer words for a meaning that is jargon, offered too


@dataclass(frozen=True, slots=True)
class Lexicons:
    terms: dict[str, LexiconTerm]  # keyed by casefolded term
    phrases: re.Pattern[str] | None  # the terms with a space in them ("dom care")
    titles: frozenset[str]  # as written; always quiet ("Mrs", "Sgt", "OBE")
    titles_before_names: frozenset[str]  # as written; quiet only before a name ("PC", "Sr")
    units: frozenset[str]  # casefolded; quiet only next to a number
    quiet: frozenset[str]  # common words and others, as written
    quiet_folded: frozenset[str]  # titles, common words and others, casefolded

    def lookup(self, word: str) -> LexiconTerm | None:
        return self.terms.get(word.casefold())


def lexicons_for(team_file: Path | None) -> Lexicons:
    """The compiled lexicons, with the team's acronym file (if any) merged in first."""
    if team_file is None:
        return _compile(None, 0)
    try:
        stamp = team_file.stat().st_mtime_ns
    except OSError:
        stamp = -1
    return _compile(str(team_file), stamp)


@functools.cache
def _compile(team_file: str | None, stamp: int) -> Lexicons:
    terms: dict[str, LexiconTerm] = {}
    sources = [load_lexicon("acronyms")]
    if team_file is not None and stamp >= 0:
        sources.insert(0, load_lexicon_file(Path(team_file), "acronyms"))
    for source in sources:
        for entry in source.entries:
            # Symbols and number shapes ("@", "1:1", "->") are never flagged.
            if not any(character.isalpha() for character in entry.term):
                continue
            key = entry.term.casefold()
            known = terms.get(key)
            if known is None:
                terms[key] = LexiconTerm(
                    entry.term, tuple(entry.expansions), entry.kind, entry.widely_known
                )
            else:  # the team's words come first; the shipped ones follow
                merged = tuple(dict.fromkeys((*known.expansions, *entry.expansions)))
                widely_known = known.widely_known or entry.widely_known
                terms[key] = replace(known, expansions=merged, widely_known=widely_known)
    terms = {key: _with_plain_words(term) for key, term in terms.items()}
    phrases = sorted((t.term for t in terms.values() if " " in t.term), key=len, reverse=True)
    pattern = (
        re.compile(
            r"(?<![\w.])(?:" + "|".join(re.escape(p) for p in phrases) + r")(?![\w])",
            re.IGNORECASE,
        )
        if phrases
        else None
    )
    never = load_lexicon("never-flag").entries
    # Titles (lexicons/titles.toml): those that are titles only before a name ("PC Dawn
    # Hilliard", "Sr Okafor") are read as abbreviations elsewhere ("the PC said").
    before_names = titles_only_before_a_name()
    titles = (titles_as_written() | post_nominal_titles()) - before_names
    units = frozenset(e.term.casefold() for e in never if e.kind == "unit")
    # A phrase English borrows from Latin ("compos mentis", "ex parte"): the words of it the
    # dictionary lacks alone ("mentis", "parte") are neither shorthand nor cut short.
    borrowed = {word for word in borrowed_phrase_words() if not is_known_spelling(word)}
    quiet = _ALWAYS_QUIET | {e.term for e in never if e.kind in ("common", "other")} | borrowed
    folded = frozenset(word.casefold() for word in quiet | titles)
    return Lexicons(terms, pattern, titles, before_names, units, frozenset(quiet), folded)


@functools.cache
def _plain_words_for_jargon() -> dict[str, str]:
    return {
        entry.term.casefold(): entry.suggestions[0]
        for entry in load_lexicon("jargon").entries
        if not entry.depersonalising and entry.suggestions
    }


def _with_plain_words(term: LexiconTerm) -> LexiconTerm:
    """Many abbreviations stand for service jargon ("POC": "package of care"). Spelling one
    out is right, but the plainer words are offered too, so a fix never swaps an abbreviation
    for jargon the jargon rule would then flag."""
    plain = _plain_words_for_jargon()
    extra = [plain[e.casefold()] for e in term.expansions if e.casefold() in plain]
    if not extra:
        return term
    return replace(
        term, expansions=tuple(dict.fromkeys((*term.expansions, *extra))), plain=tuple(extra)
    )


def is_common_word(word: str) -> bool:
    """An everyday word written in capitals or at a sentence start ("NOT", "URGENT", "At")."""
    if len(word) <= 2:
        return word.upper() in _SHOUTED_SHORT_WORDS
    return is_ordinary_word(word)


def is_ordinary_word(word: str) -> bool:
    """Whether ``word`` (any case) is an everyday English word in the spelling dictionary."""
    return is_known_spelling(word.lower())


def is_known_spelling(word: str) -> bool:
    known = dictionary_knows(word)
    if known is None:  # no dictionary installed: fall back to the words people shout
        lowered = word.lower()
        return lowered.upper() in _SHOUTED_SHORT_WORDS or lowered in _FALLBACK_WORDS
    return known


_FALLBACK_WORDS = frozenset(
    words(
        "urgent note plan date visit action name address review summary outcome assessment "
        "care support notes important update plan person contact details not yes all and the "
        "did has was can"
    )
)
