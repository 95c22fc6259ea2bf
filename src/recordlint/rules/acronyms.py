"""RL1xx: acronyms and abbreviations. Standard 2 asks for plain language with no
abbreviations or acronyms; these rules find them and offer the words in full.

Detection works on the raw text, by shape, so it needs no spaCy at all and an acronym the
lexicon has never heard of ("the QZX panel") is still found. The lexicons only supply
expansions (``lexicons/acronyms.toml`` and a team file in the same schema), say which
lower-case words are note shorthand, and list what must never be flagged
(``lexicons/never-flag.toml``).

One scan per paragraph finds every abbreviation and sorts it to one of three rules:

* RL101 ``unexplained-acronym``: initialisms and acronyms (OT, DoLS, s42, A&E), with their
  plurals and possessives (GPs, OT's, OTs').
* RL102 ``dotted-abbreviation``: abbreviations written with full stops (e.g., i.e., N.B.,
  a.m., etc.).
* RL103 ``note-shorthand``: note-taking shorthand (appt, tel, h/v, c/o, asap, Tues).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Literal

from recordlint.dates import find_dates
from recordlint.findings import Category, Finding, RecordKind, Severity
from recordlint.kinds import in_the_first_person
from recordlint.lexicon import load_lexicon, load_lexicon_file, word_list
from recordlint.nlp import Need
from recordlint.rules.registry import (
    DocumentContext,
    Fix,
    ParagraphContext,
    finalizer,
    rule,
)
from recordlint.segments import BULLET_CLASS

STANDARD = "2.plain-language"
FOUND_FACT = "acronym.found"  # the paragraph's abbreviations, shared by RL101-RL103
DEFINED_FACT = "acronym.defined"  # {abbreviation: the writer's own words for it}

RuleKind = Literal["acronym", "dotted", "shorthand"]
Inflection = Literal["", "plural", "possessive", "plural-possessive"]


def _words(text: str) -> list[str]:
    return text.split()


# The floor under the never-flag lexicon: a missing entry there must not make these noisy.
_ALWAYS_QUIET = frozenset({"I", "A", "OK"})
_TITLES_FLOOR = frozenset({"Mr", "Mrs", "Ms", "Miss", "Mx", "Dr", "Prof", "Rev", "Cllr", "Sir"})

# Words that stand before letters hiding a name in published reviews ("Adult AB").
_ANONYMISED_LABELS = frozenset(_words("Adult Person Child Resident Client Patient Carer"))

# Short words people write in capitals for emphasis ("she did NOT want"). Two-letter words
# are listed rather than looked up: the dictionary holds many two-letter abbreviations.
_SHOUTED_SHORT_WORDS = frozenset(
    _words("AM AN AS AT BE BY DO GO HE HI IF IN IS IT ME MY NO OF OH ON OR SO TO UP US WE")
)

# Words after which a Roman numeral is a label, not an abbreviation ("Stage IV").
_NUMERAL_LABELS = frozenset(
    _words(
        "part stage type schedule section chapter appendix annex grade phase level article "
        "class category volume book step tier henry george edward charles elizabeth william "
        "james"
    )
)
_ROMAN = re.compile(r"^(?=[ivx]+$|[IVX]+$)(?i:x{0,3}(?:ix|iv|v?i{0,3}))$")


@functools.cache
def _date_words() -> dict[str, tuple[str, bool]]:
    """Day and month abbreviations (lexicons/date-abbreviations.toml): shorthand, but several
    are also words or names ("Sat", "Jan"), so those count only next to a number or a date."""
    entries = load_lexicon("date-abbreviations").entries
    return {entry.term: (entry.expansion, entry.alone) for entry in entries}


_LEADING = "\"'‘“([{<*_"
_TRAILING = '"”)]}>,;:!?*_'
_APOSTROPHES = "'’"
_HYPHENS = re.compile(r"[-‐‑–—]")
_NUMBER = re.compile(r"^[£$]?\d[\d.,:/]*$")
# A domain anywhere in a token ends "label.tld": looking for that alone finds the same tokens
# as reading every label before it, in time proportional to the token's length.
_URL = re.compile(
    r"^(?:https?://|www\.)|[a-z0-9-]\.(?:uk|com|org|net|gov|nhs|info|io)\b",
    re.IGNORECASE,
)
_DOTTED_SHAPE = re.compile(r"^(?:[A-Za-z]\.){2,}$|^(?:[A-Za-z]\.)+[A-Za-z]$")
_SLASH_SHAPE = re.compile(r"^[A-Za-z]/[A-Za-z]$")
_SECTION = re.compile(r"^[sS]\d{1,3}[A-Za-z]?$")
_SECTION_AND_SUBSECTION = re.compile(r"[sS]\d{1,3}[A-Za-z]?(?=\(\w{1,4}\))")
# "no" for "number" closes a field label: a word for the thing numbered before it, and the
# label's colon (or "(if known)") after it. "Yes or no:" and "say no" use the word.
_FIELD_COLON = re.compile(r"[ \t]*:[ \t]*(?:$|/|\n)", re.MULTILINE)
_WORD_BEFORE_NUMBER = re.compile(r"[A-Za-z][ \t]+$")
_NOT_NUMBERED_BEFORE = re.compile(
    r"\b(?:yes|or|and|say|said|says|is|are|was|answer(?:ed)?|there|with)[ \t]+$", re.IGNORECASE
)
_NO_IN_LABEL = re.compile(r"[Nn]o\b(?=\.?[ \t]*(?::|\((?:if\s+known|if\s+any|optional)\)))")
# "No." heading a table's column: the whole line is "No." and a few capitalised column
# names, with no sentence in it ("No. Item", "No. Subject Action").
_NO_HEADING_A_COLUMN = re.compile(r"No\.(?=(?:[ \t]+[A-Z][a-z]+){1,3}[ \t]*$)", re.MULTILINE)
# "No." or "No" closing a line that is a short label in capitalised words ("NHS No.",
# "Case Ref No"); "Yes No" and "she said No." are not labels.
_NO_ENDING_A_LABEL = re.compile(r"No\.?(?=[ \t]*$)", re.MULTILINE)
_LABEL_BEFORE_NUMBER = re.compile(r"^[ \t]*(?:[A-Z][\w&/-]*[ \t]+){1,3}$")
# "No" for "number" before a number or closing a field label: "NHS No. 485 777 3456", "NHS
# No: 943 118 2207", "[CF no.]". Lower-case "no" before a number only after a name in
# capitals ("NHS no 943 476 5918"): "no 3 bedroom flats" is the word "no".
_NUMBER_WORD = re.compile(r"No\.?(?=:?[ \t]?\d)|[Nn]o\.(?=[\])])|(?<=[A-Z]{2} )no\.?(?=:?[ \t]?\d)")
# A section of an Act written with a full stop: "s.44", "S.117", "s. 42".
_DOTTED_SECTION = re.compile(r"[sS]\.[ \t]?(?P<number>\d{1,3}[A-Za-z]?)\b")
_POSTCODE_PART = re.compile(r"^[A-Z]{1,2}\d[A-Z\d]?$|^\d[A-Z]{2}$")
_AMPERSAND = re.compile(r"^[A-Z]{1,3}&[A-Z]{1,3}$")
_BULLET_PREFIX = re.compile(r"^\s*(?:" + BULLET_CLASS + r"|\d{1,2}[.)]|[a-zA-Z][.)])?\s*[\"'‘“(]*$")
_LINE_WORD = re.compile(r"[A-Za-z][A-Za-z'’]*[A-Za-z]")
_FRACTURED = ("fractured", "fracture")
_PLAIN_PUNCTUATION = "\"'‘’“”()[],.;:!?"
_VOWELS = frozenset("aeiouwy")
_POSSESSIVE = re.compile(r"['’][sS]$")
_CITED_YEAR = re.compile(r",?[ \t]*(?:1[89]|20)\d\d[a-z]?[);]")
_YES_NO = {"Y": "yes", "N": "no"}
_NAME_BEFORE = re.compile(r"\b([A-Z][\w'’&-]*)[ \t]+\(?$")
_NOT_A_NAME = frozenset(_words("the a an in into of to from for and or across throughout within"))
_PARENTHESES = re.compile(r"\(([^()\n]{1,120})\)")


# --- lexicons ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class LexiconTerm:
    term: str
    expansions: tuple[str, ...]
    kind: RuleKind


@dataclass(frozen=True, slots=True)
class Lexicons:
    terms: dict[str, LexiconTerm]  # keyed by casefolded term
    phrases: re.Pattern[str] | None  # the terms with a space in them ("dom care")
    titles: frozenset[str]
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
                terms[key] = LexiconTerm(entry.term, tuple(entry.expansions), entry.kind)
            else:  # the team's words come first; the shipped ones follow
                merged = tuple(dict.fromkeys((*known.expansions, *entry.expansions)))
                terms[key] = replace(known, expansions=merged)
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
    titles = _TITLES_FLOOR | {e.term for e in never if e.kind == "title"}
    units = frozenset(e.term.casefold() for e in never if e.kind == "unit")
    quiet = _ALWAYS_QUIET | {e.term for e in never if e.kind in ("common", "other")}
    folded = frozenset(word.casefold() for word in quiet | titles)
    return Lexicons(terms, pattern, frozenset(titles), units, frozenset(quiet), folded)


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
    return replace(term, expansions=tuple(dict.fromkeys((*term.expansions, *extra))))


def _is_common_word(word: str) -> bool:
    """An everyday word written in capitals or at a sentence start ("NOT", "URGENT", "At")."""
    if len(word) <= 2:
        return word.upper() in _SHOUTED_SHORT_WORDS
    return _is_ordinary_word(word)


def _is_ordinary_word(word: str) -> bool:
    """Whether ``word`` (any case) is an everyday English word in the spelling dictionary."""
    return _is_known_spelling(word.lower())


@functools.cache
def _is_known_spelling(word: str) -> bool:
    try:
        from recordlint.spellcheck import SpellChecker

        return SpellChecker.default().is_correct(word)
    except Exception:  # no dictionary installed: fall back to the words people shout
        lowered = word.lower()
        return lowered.upper() in _SHOUTED_SHORT_WORDS or lowered in _FALLBACK_WORDS


_FALLBACK_WORDS = frozenset(
    _words(
        "urgent note plan date visit action name address review summary outcome assessment "
        "care support notes important update plan person contact details not yes all and the "
        "did has was can"
    )
)


# --- what a scan finds --------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Abbreviation:
    """One abbreviation in a paragraph (offsets paragraph-relative)."""

    start: int
    end: int
    rule: RuleKind
    base: str  # as written, without a plural or possessive ending
    inflection: Inflection
    expansions: tuple[str, ...]  # already inflected and capitalised for this place
    known: bool  # the lexicon (or the writer) knows what it stands for
    definition: str | None = None  # the writer's own words, at a place that spells it out


def abbreviations(text: str, lexicons: Lexicons) -> list[Abbreviation]:
    """Every abbreviation in ``text``, in order."""
    return _Scanner(text, lexicons).scan()


class _Scanner:
    def __init__(self, text: str, lexicons: Lexicons) -> None:
        self.text = text
        self.lexicons = lexicons
        self.found: list[Abbreviation] = []
        self.taken: list[tuple[int, int]] = []
        self._caps_lines: dict[int, bool] = {}

    def scan(self) -> list[Abbreviation]:
        self._definitions()
        self._phrases()
        for match in re.finditer(r"\S+", self.text):
            self._chunk(match.start(), match.end())
        return sorted(self.found, key=lambda a: a.start)

    def _free(self, start: int, end: int) -> bool:
        return not any(start < e and s < end for s, e in self.taken)

    def _add(self, found: Abbreviation) -> None:
        self.found.append(found)
        self.taken.append((found.start, found.end))

    # -- where the writer spells an abbreviation out ------------------------------------

    def _definitions(self) -> None:
        for match in _PARENTHESES.finditer(self.text):
            inner = match.group(1).strip()
            if " " not in inner and self._looks_abbreviated(inner):
                long_start = _long_form_before(self.text, match.start(), inner)
                if long_start is not None:
                    words = self.text[long_start : match.start()].strip()
                    self._add_definition(long_start, match.end(), inner, words)
                continue
            before = re.search(r"(\S+)\s*$", self.text[: match.start()])
            if before is None or " " not in inner:
                continue
            short = before.group(1).strip(_LEADING)
            if self._looks_abbreviated(short) and _spells_out(short, inner):
                start = before.start(1) + (len(before.group(1)) - len(short))
                self._add_definition(start, match.end(), short, inner)

    def _looks_abbreviated(self, word: str) -> bool:
        base, _ = _split_inflection(word)
        return bool(
            self.lexicons.lookup(word)
            or self.lexicons.lookup(base)
            or _acronym_shape(base)
            or _SECTION.match(base)
        )

    def _add_definition(self, start: int, end: int, short: str, words: str) -> None:
        if not self._free(start, end):
            return
        base, _ = _split_inflection(short)
        entry = self.lexicons.lookup(short) or self.lexicons.lookup(base)
        if entry is not None and not _shares_a_word(words, entry.expansions):
            return  # "SW (Sarah Wilson)" names the social worker; it does not define SW
        self._add(Abbreviation(start, end, "acronym", base, "", (words,), True, definition=words))

    # -- lexicon terms of several words ---------------------------------------------------

    def _phrases(self) -> None:
        if self.lexicons.phrases is None:
            return
        for match in self.lexicons.phrases.finditer(self.text):
            entry = self.lexicons.lookup(match.group())
            if entry is None or not self._free(match.start(), match.end()):
                continue
            end = match.end()
            self._add_known(match.start(), end, match.group(), entry, "")

    # -- single words ------------------------------------------------------------------

    def _chunk(self, start: int, end: int) -> None:
        raw = self.text[start:end]
        number_word = _NUMBER_WORD.match(self.text, start) or self._number_in_label(start)
        if number_word is not None and self._free(start, number_word.end()):
            self._number_word(number_word)
            return
        if self._plain_word(raw):
            return
        if "@" in raw or _URL.search(raw):
            return
        lead_start = start
        while start < end and self.text[start] in _LEADING:
            start += 1
        while end > start:
            last = self.text[end - 1]
            if last in _TRAILING:
                end -= 1
            elif last in ".-" and end - start >= 2 and self.text[end - 2] in _TRAILING:
                # A full stop or a label's dash after a bracket or a colon ends the
                # sentence or the label, not the word: "(CCG and NSFT).", "etc].", "Tel:-".
                end -= 1
            elif last in _APOSTROPHES and not (
                end - start >= 3 and self.text[end - 2] == "s" and self.text[end - 3].isupper()
            ):
                end -= 1  # a closing quote, not a plural possessive ("OTs'")
            else:
                break
        if start < end and self.text[start] == "#" and self._fracture(start, end):
            return
        if start >= end or not any(c.isalpha() for c in self.text[start:end]):
            return
        section = _DOTTED_SECTION.match(self.text, start)
        if section is not None and section.start() == start and self._free(start, section.end()):
            self._section(section)
            return
        opened = self.text[lead_start:start]
        core_end = end
        while core_end > start and self.text[core_end - 1] == ".":
            core_end -= 1
        word = self.text[start:end]
        if _DOTTED_SHAPE.match(word) or _DOTTED_SHAPE.match(word + "."):
            self._dotted(start, end)
            return
        if core_end < end and self._dotted_term(start, core_end, end):
            return
        subsection = _SECTION_AND_SUBSECTION.match(self.text, start, core_end + 1)
        if subsection is not None:
            core_end = subsection.end()  # "s44(1)": the section, before its subsection
        parts = list(_split(self.text, start, core_end, _HYPHENS))
        hyphenated = len(parts) > 1
        for part_start, part_end in parts:
            self._part(part_start, part_end, hyphenated, opened)

    def _number_word(self, found: re.Match[str]) -> None:
        """ "No" standing for "number" ("NHS No. 485 777 3456", "[CF no.]")."""
        word = found.group()
        kind: RuleKind = "dotted" if "." in word else "shorthand"
        spelled = _fit("number", capital=self._at_sentence_start(found.start()), upper=False)
        self._add(Abbreviation(found.start(), found.end(), kind, word, "", (spelled,), True))

    def _section(self, section: re.Match[str]) -> None:
        """A section of an Act with a full stop ("s.44 Care Act 2014"): shorthand for
        "section 44", with the lexicon's words where it lists the section ("s117")."""
        number = section.group("number")
        start, end = section.start(), section.end()
        entry = self.lexicons.lookup(f"s{number}")
        if entry is not None:
            self._add_known(start, end, section.group(), entry, "", rule="shorthand")
            return
        spelled = _fit(f"section {number}", capital=self._at_sentence_start(start), upper=False)
        self._add(Abbreviation(start, end, "shorthand", section.group(), "", (spelled,), True))

    def _plain_word(self, raw: str) -> bool:
        """Most words are plain lower-case or capitalised words: rule them out cheaply."""
        word = raw.strip(_PLAIN_PUNCTUATION)
        if not word.isalpha() or not (word.islower() or word[1:].islower()):
            return False
        folded = word.casefold()
        terms = self.lexicons.terms
        if folded in terms or folded[:-1] in terms or word in _date_words():
            return False  # a lexicon term or its plural ("appts")
        return not _VOWELS.isdisjoint(word.lower())

    def _fracture(self, start: int, end: int) -> bool:
        """Clinical shorthand: "#" for a fracture ("# wrist", "#NOF")."""
        while end > start + 1 and self.text[end - 1] == ".":
            end -= 1
        rest = self.text[start + 1 : end]
        if not rest:
            if not re.match(r" [a-z]", self.text[end : end + 2]):
                return False
            self._add(Abbreviation(start, end, "shorthand", "#", "", _FRACTURED, True))
            return True
        if not rest.isalpha():
            return False
        entry = self.lexicons.lookup(rest)
        if entry is None:
            if not rest.islower():
                return False
            self._add(Abbreviation(start, start + 1, "shorthand", "#", "", _FRACTURED, True))
            return True
        fractured = tuple(f"fractured {expansion}" for expansion in entry.expansions)
        capital = at_sentence_start(self.text, start)
        expansions = tuple(_fit(e, capital=capital, upper=False) for e in fractured)
        self._add(Abbreviation(start, end, "acronym", "#" + rest, "", expansions, True))
        return True

    def _dotted(self, start: int, end: int) -> None:
        word = self.text[start:end]
        if not word.endswith("."):
            word += "."
        entry = self.lexicons.lookup(word)
        letters = sum(c.isalpha() for c in word)
        if word[0].isupper() and entry is None and letters <= 3 and self._initials(end):
            return
        if not self._free(start, end):
            return
        if entry is not None:
            self._add_known(start, end, self.text[start:end], entry, "", rule="dotted")
            return
        self._add(Abbreviation(start, end, "dotted", word, "", (), False))

    def _initials(self, end: int) -> bool:
        """Capital letters with full stops before a name are someone's initials (at most
        three: "P.E.R.F.O.R.M Model" names a model by its letters)."""
        after = self.text[end:].lstrip(" ")
        return bool(re.match(r"[A-Z][a-z]", after))

    def _dotted_term(self, start: int, core_end: int, end: int) -> bool:
        """A word with a full stop after it that the lexicon lists with one ("etc.")."""
        entry = self.lexicons.lookup(self.text[start : core_end + 1])
        if entry is None or entry.kind != "dotted" or not self._free(start, end):
            return False
        # At the end of a sentence the full stop is also the sentence's: leave it.
        after = self.text[core_end + 1 :].lstrip(" ")
        sentence_end = not after or after[0] == "\n" or after[0].isupper()
        span_end = core_end if sentence_end else core_end + 1
        self._add_known(start, span_end, self.text[start:span_end], entry, "", rule="dotted")
        return True

    def _part(self, start: int, end: int, hyphenated: bool, opened: str) -> None:
        word = self.text[start:end]
        if not any(c.isalpha() for c in word) or not self._free(start, end):
            return
        if "/" in word:
            self._slashed(start, end, hyphenated)
            return
        self._word(start, end, hyphenated, opened)

    def _slashed(self, start: int, end: int, hyphenated: bool) -> None:
        word = self.text[start:end]
        entry = self.lexicons.lookup(word)
        if entry is not None:
            self._add_known(start, end, word, entry, "")
            return
        if _SLASH_SHAPE.match(word):
            self._add(Abbreviation(start, end, "shorthand", word, "", (), False))
            return
        pieces = list(_split(self.text, start, end, re.compile("/")))
        # A reference such as "ASC/2026/04412" is an identifier, not words.
        if any(sum(c.isdigit() for c in self.text[s:e]) >= 3 for s, e in pieces):
            return
        for piece_start, piece_end in pieces:
            if piece_end > piece_start:
                self._word(piece_start, piece_end, True, "")

    def _word(self, start: int, end: int, hyphenated: bool, opened: str) -> None:
        word = self.text[start:end]
        if _verbed_acronym(word) and self.lexicons.lookup(word) is None:
            # An acronym used as a verb ("NFA'd", "DoLS'd"): the acronym is flagged.
            self._word(start, end - 2, hyphenated, opened)
            return
        base, inflection = _split_inflection(word)
        if self._never_flag(word, start, end) or self._never_flag(base, start, end):
            return
        if self._quiet_numeral(word, start, end, opened):
            return
        if len(word) >= 2 and set(word.casefold()) == {"x"}:
            return  # a template's placeholder for digits or a name ("020 7525 xxxx", "Mr XX")
        if (
            base.isupper()
            and base.casefold() in word_list("place_abbreviation")
            and self._ends_a_name(start)
        ):
            return  # "Age UK", "Carers UK", "Homecare (UK) Limited": a body's name
        if word.isalpha() and _names_an_act(self.text, end):
            # "NHS and Community Care Act 1990": the statute's name, not the writer's; "S42
            # Care Act 2014" is a section of the Act, in shorthand.
            return
        entry = self.lexicons.lookup(word)
        if entry is not None:
            inflection = ""
            base = word
        elif base != word:
            entry = self._inflected_entry(word, base)
        if entry is not None and self._counts(word, base, entry, start, hyphenated):
            self._add_known(start, end, base, entry, inflection)
            return
        date_word = _date_words().get(word)
        if (
            date_word is not None
            and (date_word[1] or self._next_to_number(start, end))
            and not self._after_title(start)
        ):
            self._add(Abbreviation(start, end, "shorthand", word, "", (date_word[0],), True))
            return
        if entry is not None:
            return
        if self._list_label(start, end):
            return
        if word in _YES_NO and self._yes_or_no_option(start, end):
            spelled = _fit(_YES_NO[word], capital=self._at_sentence_start(start), upper=False)
            self._add(Abbreviation(start, end, "shorthand", word, "", (spelled,), True))
            return
        if self._unknown_acronym(base, start):
            kind: RuleKind = "shorthand" if _SECTION.match(base) else "acronym"
            self._add(Abbreviation(start, end, kind, base, inflection, (), False))
        elif not hyphenated and self._vowelless(word):
            self._add(Abbreviation(start, end, "shorthand", word, "", (), False))

    def _number_in_label(self, start: int) -> re.Match[str] | None:
        """ "no" ending a field label after the thing numbered ("Tel no:", "Other ref no:",
        "NHS no (if known):", a line of its own "NHS No."), or heading a table's column
        ("No. Item"), where it stands for "number"."""
        before = self.text[self.text.rfind("\n", 0, start) + 1 : start]
        if not before.strip():
            return _NO_HEADING_A_COLUMN.match(self.text, start)
        found = _NO_IN_LABEL.match(self.text, start) or _NO_ENDING_A_LABEL.match(self.text, start)
        if found is None:
            return None
        if not _WORD_BEFORE_NUMBER.search(before) or _NOT_NUMBERED_BEFORE.search(before):
            return None
        if found.re is _NO_ENDING_A_LABEL and not _LABEL_BEFORE_NUMBER.match(before):
            return None
        return found

    def _list_label(self, start: int, end: int) -> bool:
        """A label that starts a line of a list ("S1.", "ROL1)"), not an abbreviation."""
        line_start = self.text.rfind("\n", 0, start) + 1
        if not _BULLET_PREFIX.match(self.text[line_start:start]):
            return False
        return bool(re.match(r"[.)]?[.):]\s*(?:\n|$)", self.text[end : end + 4]))

    def _inflected_entry(self, word: str, base: str) -> LexiconTerm | None:
        """The lexicon's entry for the word without its plural or possessive ending."""
        entry = self.lexicons.lookup(base)
        if entry is None:
            return None
        if any(c.isupper() for c in base) or not any(c.isupper() for c in entry.term):
            # "GPs", "appts"; but "has" is not the plural of "HA" (housing association).
            return None if _is_ordinary_word(word) else entry
        return None

    def _vowelless(self, word: str) -> bool:
        """Shorthand made by dropping vowels ("Nxt", "thx", "tmrw"); w and y count as
        vowels so that Welsh words ("Cwm") and "rhythm" stay quiet."""
        if not (2 <= len(word) <= 5 and word.isascii() and word.isalpha()):
            return False
        if not word[1:].islower():
            return False
        if any(c in "aeiouwy" for c in word.lower()):
            return False
        folded = word.casefold()
        lexicons = self.lexicons
        if folded in lexicons.units or folded in lexicons.quiet_folded:
            return False
        return not (_is_known_spelling(word) or _is_known_spelling(word.lower()))

    def _never_flag(self, word: str, start: int, end: int) -> bool:
        lexicons = self.lexicons
        bare = word.rstrip(".")
        if bare in lexicons.quiet or bare in lexicons.titles:
            return True
        if (
            bare.isupper()
            and bare.title() in lexicons.titles
            and (self._caps_line(start) or re.match(r" [A-Z]", self.text[end : end + 2]))
        ):
            return True  # "MRS POLLARD", "MR Jones": a title, not an abbreviation
        if bare.casefold() in lexicons.units or bare.casefold() in ("am", "pm"):
            return self._after_number(start)
        return False

    def _quiet_numeral(self, word: str, start: int, end: int, opened: str) -> bool:
        if not _ROMAN.match(word):
            return False
        if word.isupper() and self.lexicons.lookup(word) is None:
            return True  # "Type II": no other reading
        before = self.text[:start]
        after = self.text[end : end + 1]
        if opened.endswith("(") and after == ")":
            return True  # "(iv)"
        if _BULLET_PREFIX.match(before[before.rfind("\n") + 1 :]) and after in (".", ")"):
            return True  # "iv. Next item"
        previous = re.search(r"(\w+)\W*$", before)
        return bool(previous and previous.group(1).lower() in _NUMERAL_LABELS)

    def _counts(
        self, word: str, base: str, entry: LexiconTerm, start: int, hyphenated: bool
    ) -> bool:
        """Whether a word the lexicon lists is that abbreviation here, given its case."""
        if not any(c.isupper() for c in entry.term):
            # Note shorthand, in any case ("re", "Re", "RE"), but only where it stands
            # alone: "re-referral" is not "re".
            return not hyphenated
        if word[:1].isupper() and word[1:].islower() and sum(map(str.isupper, entry.term)) > 1:
            # "Nia" is a name, not "NIA"; but a form's label ("Dob:") is the abbreviation,
            # unless it is a word ("At:").
            return bool(_FIELD_COLON.match(self.text, start + len(word))) and not (
                _is_common_word(base)
            )
        if word == entry.term or base == entry.term:
            # "WHAT MUST HAPPEN NEXT" is a heading, not the MUST screening tool.
            return not (word.isupper() and self._caps_line(start) and _is_common_word(base))
        # Another case than the lexicon's ("gp" for "GP"): only if it is not a word ("At").
        return not _is_common_word(base)

    def _unknown_acronym(self, base: str, start: int) -> bool:
        if _SECTION.match(base):
            return True
        if _AMPERSAND.match(base):
            return True
        if not _acronym_shape(base):
            return False
        if any(c.isdigit() for c in base):
            # "T2DM", "NEWS2"; not postcodes ("BS23") or reference numbers ("AB123456").
            return sum(c.isdigit() for c in base) <= 2 and not _POSTCODE_PART.match(base)
        letters = "".join(c for c in base if c.isalpha())
        if letters.isupper():
            if self._cites_an_author(start, start + len(base)):
                return True  # "(SO, 2001)", "(DH 2014)": a body's initials, cited
            if self._caps_line(start):
                # Headings and shouting: only the lexicon's terms count, and initials that
                # no word in capitals could be ("ADULT CARE AND HEALTH PDS COMMITTEE").
                return _unpronounceable(letters)
            if _is_common_word(letters):
                return False  # "URGENT", "NOTE", "NOT"
            if self._after_title(start):
                return False  # "Mrs AB": initials standing for a name
            if self._in_name_or_heading(start, start + len(base), letters):
                return False
            if _ends_a_company_name(self.text, start + len(base)):
                return False  # "TLC Sheffield Home Care Ltd": the company's registered name
        return True

    def _in_name_or_heading(self, start: int, end: int, letters: str) -> bool:
        """Capitals next to other unknown capitals ("PRIYA PATEL"), or a surname in
        capitals after a first name ("Priya PATEL"), are a name or a heading."""
        before = re.search(r"([A-Za-z'’]+) $", self.text[max(0, start - 40) : start])
        after = re.match(r" ([A-Za-z'’]+)", self.text[end : end + 40])
        for neighbour in (before, after):
            if neighbour is None:
                continue
            word = neighbour.group(1)
            if len(word) > 1 and word.isupper() and self.lexicons.lookup(word) is None:
                return True
        if before is None or len(letters) < 4 or not any(c in "AEIOUY" for c in letters):
            return False
        word = before.group(1)
        return (
            word[0].isupper()
            and word[1:].islower()
            and not at_sentence_start(self.text, start - len(word) - 1)
        )

    # -- context -----------------------------------------------------------------------

    def _ends_a_name(self, start: int) -> bool:
        """Whether a capitalised word (not "The" or "In") comes just before ``start`` on its
        line, perhaps with a bracket between: the abbreviation ends a body's name."""
        before = _NAME_BEFORE.search(self.text, max(0, start - 40), start)
        return before is not None and before.group(1).casefold() not in _NOT_A_NAME

    def _cites_an_author(self, start: int, end: int) -> bool:
        """Whether capitals open a bracketed citation by author and year ("(SO, 2001)")."""
        return start > 0 and self.text[start - 1] == "(" and bool(_CITED_YEAR.match(self.text, end))

    def _yes_or_no_option(self, start: int, end: int) -> bool:
        """A lone "Y" or "N" beside the other, a form's yes-or-no options ("Y N", "N / Y")."""
        word = self.text[start:end]
        other = "N" if word == "Y" else "Y"
        after = re.match(r"[ \t]*/?[ \t]*(\w+)(?![\w/])", self.text[end : end + 8])
        before = re.search(r"(?<![\w/])(\w+)[ \t]*/?[ \t]*$", self.text[max(0, start - 8) : start])
        return any(found is not None and found.group(1) == other for found in (after, before))

    def _caps_line(self, position: int) -> bool:
        line_start = self.text.rfind("\n", 0, position) + 1
        known = self._caps_lines.get(line_start)
        if known is None:
            line_end = self.text.find("\n", position)
            line = self.text[line_start : line_end if line_end >= 0 else len(self.text)]
            known = _is_caps_line(line, self.lexicons)
            self._caps_lines[line_start] = known
        return known

    def _after_number(self, start: int) -> bool:
        before = self.text[max(0, start - 12) : start]
        return bool(re.search(r"\d\s?$", before))

    def _next_to_number(self, start: int, end: int) -> bool:
        after = self.text[end : end + 4]
        return self._after_number(start) or bool(re.match(r"\.?,?\s?\d", after))

    def _after_title(self, start: int) -> bool:
        previous = re.search(r"(\S+)\s+$", self.text[max(0, start - 12) : start])
        if previous is None:
            return False
        word = previous.group(1).rstrip(".")
        return word in self.lexicons.titles or word in _ANONYMISED_LABELS

    def _at_sentence_start(self, start: int) -> bool:
        return at_sentence_start(self.text, start)

    # -- building findings ---------------------------------------------------------------

    def _add_known(
        self,
        start: int,
        end: int,
        base: str,
        entry: LexiconTerm,
        inflection: Inflection,
        *,
        rule: RuleKind | None = None,
    ) -> None:
        capital = self._at_sentence_start(start)
        upper = self._caps_line(start) and base.isupper() and len(base) > 1
        meant = _meanings_that_fit(entry.expansions, self.text, end)
        expansions = tuple(
            _fit(
                _with_article(_inflect(expansion, inflection), self.text, start, end)
                if not inflection and not upper
                else _inflect(expansion, inflection),
                capital=capital,
                upper=upper,
            )
            for expansion in meant
        )
        chosen = rule or entry.kind
        self._add(Abbreviation(start, end, chosen, base, inflection, expansions, True))


# --- helpers --------------------------------------------------------------------------


def _split(
    text: str, start: int, end: int, separator: re.Pattern[str]
) -> Iterator[tuple[int, int]]:
    cursor = start
    for match in separator.finditer(text, start, end):
        yield cursor, match.start()
        cursor = match.end()
    yield cursor, end


def _verbed_acronym(word: str) -> bool:
    """An acronym with "'d" after it, used as a verb: "NFA'd", "DNA'd", "DoLS'd"."""
    return (
        len(word) > 3 and word[-2] in _APOSTROPHES and word[-1] == "d" and _acronym_shape(word[:-2])
    )


def _split_inflection(word: str) -> tuple[str, Inflection]:
    """'GPs' -> ('GP', 'plural'); "OT's" -> ('OT', 'possessive'); "OTs'" -> plural possessive."""
    if len(word) > 3 and word[-1] in _APOSTROPHES and word[-2] == "s" and word[-3].isupper():
        return word[:-2], "plural-possessive"
    if len(word) > 2 and word[-2] in _APOSTROPHES and word[-1] in "sS":
        return word[:-2], "possessive"
    if len(word) > 2 and word[-1] == "s" and word[:-1].isupper() and word[:-1].isalpha():
        return word[:-1], "plural"
    if len(word) > 2 and word[-1] == "s" and word[:-1].islower():
        return word[:-1], "plural"
    return word, ""


# The words after unknown capitals, one by one: "TLC Sheffield Home Care Ltd".
_NEXT_WORD = re.compile(r"[ \t]+([A-Za-z][\w&'’-]*)")
MAX_WORDS_TO_COMPANY_FORM = 6


def _ends_a_company_name(text: str, end: int) -> bool:
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


def _names_an_act(text: str, end: int) -> bool:
    """Whether the abbreviation ending at ``end`` opens the name of an Act of Parliament,
    which the writer must give as it stands."""
    return _REST_OF_AN_ACT.match(text, end) is not None


def _unpronounceable(letters: str) -> bool:
    """Capitals with no vowel (w and y count) are initials, never a word in capitals."""
    return 2 <= len(letters) <= 5 and _VOWELS.isdisjoint(letters.lower())


def _acronym_shape(word: str) -> bool:
    """Two capitals or more (OT, DoLS, T2DM). In mixed case, two capitals together or a
    capital at the end (DoLS, MoCA, VaD): names and brands in camel case (McKenzie,
    NatWest, WiFi) have neither."""
    if len(word) < 2 or not word[0].isupper():
        return False
    if not all(c.isalnum() or c == "&" for c in word):
        return False
    if sum(c.isupper() for c in word) < 2:
        return False
    letters = "".join(c for c in word if c.isalpha())
    if letters.isupper():
        return True
    return bool(re.search(r"[A-Z]{2}", word)) or word[-1].isupper() or word[-1].isdigit()


def _is_caps_line(line: str, lexicons: Lexicons) -> bool:
    """A heading or a shouted line ("RE: DIRECT PAYMENT AUDIT"): its capitals are words."""
    words = _LINE_WORD.findall(line)
    capitals = [w for w in words if w.isupper()]
    if len(capitals) < 2 or len(capitals) < len(words) - len(capitals):
        return False
    return any(
        len(w) >= 3 and lexicons.lookup(w) is None and _is_common_word(_POSSESSIVE.sub("", w))
        for w in capitals
    )


def at_sentence_start(text: str, start: int) -> bool:
    """Whether the word at ``start`` begins a sentence, a line or a list item."""
    line = text[text.rfind("\n", 0, start) + 1 : start]
    if _BULLET_PREFIX.match(line):
        return True
    before = line.rstrip(" \"'‘“(")
    return before.endswith((".", "!", "?")) and not before.endswith(("e.g.", "i.e."))


def _inflect(expansion: str, inflection: Inflection) -> str:
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


def _meanings_that_fit(expansions: tuple[str, ...], text: str, end: int) -> tuple[str, ...]:
    """Before a date only the expansions that name a time fit: "w/c 23/03/2026" is a week
    commencing, never a wheelchair. Elsewhere, or when none names a time, all of them."""
    gap = len(text[end:]) - len(text[end:].lstrip(" \t"))
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


def _with_article(expansion: str, text: str, start: int, end: int) -> str:
    if not _COUNTABLE_ROLE.search(expansion):
        return expansion
    line_start = text.rfind("\n", 0, start) + 1
    if not _PREPOSITION_BEFORE.search(text[line_start:start]):
        return expansion
    if not _ALONE_BEFORE.match(text, end):
        return expansion
    article = "an" if expansion[:1].lower() in "aeiou" else "a"
    return f"{article} {expansion}"


def _fit(expansion: str, *, capital: bool, upper: bool) -> str:
    if upper:
        return expansion.upper()
    if capital and expansion[:1].islower():
        return expansion[0].upper() + expansion[1:]
    return expansion


def _long_form_before(text: str, paren_start: int, short: str) -> int | None:
    """Where the words that ``short`` abbreviates start, before "(short)" (Schwartz and
    Hearst's algorithm), or None when the words before it do not spell it out."""
    base, _ = _split_inflection(short)
    letters = [c for c in base if c.isalnum()]
    if len(letters) < 2:
        return None
    sentence_start = max(text.rfind(mark, 0, paren_start) for mark in (". ", "\n", ";", ":", "("))
    window_start = sentence_start + 1 if sentence_start >= 0 else 0
    words = list(re.finditer(r"\S+", text[window_start:paren_start]))
    limit = min(len(letters) + 5, len(letters) * 2)
    if not words:
        return None
    words = words[-limit:]
    offset = window_start + words[0].start()
    candidate = text[offset:paren_start].rstrip()
    found = _best_long_form(base, candidate)
    if found is None or " " not in candidate[found:].strip():
        return None
    return offset + found


def _shares_a_word(words: str, expansions: tuple[str, ...]) -> bool:
    """Whether the writer's words and a lexicon expansion share a word (by its first five
    letters, so "therapy" meets "therapist")."""

    def stems(text: str) -> set[str]:
        return {w.lower()[:5] for w in re.findall(r"[A-Za-z]{4,}", text)}

    known = set().union(*(stems(e) for e in expansions))
    return bool(stems(words) & known)


def _spells_out(short: str, words: str) -> bool:
    """Whether ``words`` could be what ``short`` stands for, from its first word."""
    base, _ = _split_inflection(short)
    found = _best_long_form(base, words)
    if found is None:
        return False
    skipped = words[:found].split()
    return len(skipped) <= 1 and len(words.split()) <= len(base) * 2 + 3


def _best_long_form(short: str, long: str) -> int | None:
    s = len(short) - 1
    i = len(long) - 1
    while s >= 0:
        wanted = short[s].lower()
        if not wanted.isalnum():
            s -= 1
            continue
        while i >= 0 and (
            long[i].lower() != wanted or (s == 0 and i > 0 and long[i - 1].isalnum())
        ):
            i -= 1
        if i < 0:
            return None
        i -= 1
        s -= 1
    return long.rfind(" ", 0, i + 1) + 1


# --- the rules ------------------------------------------------------------------------


def _found(ctx: ParagraphContext) -> list[Abbreviation]:
    found = ctx.facts.get(FOUND_FACT)
    if found is None:
        team_file = ctx.config.team_paths().get("acronyms_file")
        found = abbreviations(ctx.text, lexicons_for(team_file))
        ctx.facts[FOUND_FACT] = found
        defined = {a.base: a.definition for a in found if a.definition}
        if defined:
            ctx.facts[DEFINED_FACT] = defined
    return found


def _fix_for(expansions: tuple[str, ...]) -> Fix | None:
    if not expansions:
        return None
    return Fix.SAFE if len(expansions) == 1 else Fix.REVIEW


def _choices(expansions: tuple[str, ...]) -> str:
    quoted = [f"'{e}'" for e in expansions[:3]]
    return quoted[0] if len(quoted) == 1 else ", ".join(quoted[:-1]) + " or " + quoted[-1]


@rule(
    code="RL101",
    name="unexplained-acronym",
    category=Category.ACRONYM,
    standard=STANDARD,
    severity=Severity.WARNING,
    needs=[Need.TEXT],
    fix=Fix.REVIEW,
    # A carer's or resident's own account is their voice throughout, like a quotation: the
    # "GP" and "COPD" of their own life are theirs to write (judged on real carers' stories,
    # every acronym flagged there was their own words).
    kinds=frozenset(RecordKind) - {RecordKind.OWN_ACCOUNT},
)
def unexplained_acronym(ctx: ParagraphContext) -> None:
    """Finds acronyms and initialisms (OT, DoLS, MDT, s42, A&E), known to the lexicon or not.

    ## Why it matters
    Standard 2 asks for records in plain language with no abbreviations or acronyms. The
    person, their family and the professionals who read the record later (an advocate, a
    court, an ombudsman) may not know what "OT", "CHC" or "BIA" stand for; several stand for
    more than one thing ("DPA", "SAR", "PD"). GOV.UK allows a few well-known ones (UK, NHS,
    GP); the local standard allows none, so the default is strict and a team can allow the
    ones it accepts (`acronyms.allow`, or the team allow file).

    An acronym is found by its shape (two capitals or more, a section number such as s42),
    so one the lexicon has never heard of is still found; the lexicon supplies expansions.
    In a heading written in capitals, besides the lexicon's acronyms, only capitals with no
    vowel count ("ADULT CARE PDS COMMITTEE"); capitals opening a citation ("(SO, 2001)") count
    even where they spell a word. A company's legal form ("Ltd", "plc") is an abbreviation
    too; the capitals heading a company's name ("TLC Home Care Ltd") are its name.
    When the writer spells the acronym out anywhere in the record ("Deprivation of Liberty
    Safeguards (DoLS)"), every later use is still flagged, at the same severity, because
    the local standard allows no acronyms and a reader who opens the record part-way, or
    hears it read aloud, never sees the definition. What changes is the help: the writer's
    own words are offered first and can replace the acronym directly. The place that spells
    it out is flagged too, offering the words without the bracketed acronym.

    ## Example
    Before:
    > Discussed with the OT and the GP at the MDT on Monday.

    After:
    > Discussed with the occupational therapist and Dr Shah at the team meeting on Monday.

    ## Stays quiet on
    Titles (Mr, Mrs, Dr, Cllr), anonymised letters ("Mr X", "Adult A"), Roman numerals used
    as labels ("Stage IV", "(ii)"), units and times next to numbers (5mg, 3 PM), dates,
    postcodes, phone, NHS and reference numbers ("Ref: ASC/2026/04412"), email and web
    addresses, ordinary words in capitals ("URGENT", "NOTE"), headings written in capitals
    (see above for what counts there), "I", "A" and "OK", post-nominal letters
    (MBE, BSc), and the person's own quoted words and own account. A lexicon acronym
    written in title case is a name ("Nia"), unless it is a form's field label ("Dob:").

    ## Settings
    `acronyms.allow` and the team allow file accept terms; `team.acronyms-file` adds
    expansions in the acronym lexicon's schema.

    ## Fix safety
    Safe when the lexicon gives exactly one expansion, or the writer spelled the acronym
    out; otherwise the expansions are offered for review ("OT": occupational therapist or
    occupational therapy). After a preposition a person's role takes an article ("with OT"
    -> "with an occupational therapist").
    """
    for found in _found(ctx):
        if found.rule != "acronym":
            continue
        text = ctx.text[found.start : found.end]
        if found.definition is not None:
            ctx.flag(
                found.start,
                found.end,
                f"'{found.base}' is spelled out here; keep the words and drop the abbreviation.",
                (found.definition,),
                fix=Fix.SAFE,
            )
        elif found.expansions:
            ctx.flag(
                found.start,
                found.end,
                f"'{text}' is an abbreviation; write it in full, e.g. "
                f"{_choices(found.expansions)}.",
                found.expansions,
                fix=_fix_for(found.expansions),
            )
        else:
            ctx.flag(
                found.start,
                found.end,
                f"'{text}' may be an abbreviation; write it in full.",
            )


@finalizer("RL101")
def offer_the_writers_words(ctx: DocumentContext, findings: list[Finding]) -> list[Finding]:
    """Put the writer's own spelling-out (from any paragraph) first, as a safe fix."""
    defined: dict[str, str] = {}
    for paragraph in ctx.facts(DEFINED_FACT):
        for short, words in paragraph.items():
            defined.setdefault(short.casefold(), words)
    if not defined:
        return findings
    amended: list[Finding] = []
    for finding in findings:
        base, inflection = _split_inflection(finding.text)
        words = defined.get(finding.text.casefold()) or defined.get(base.casefold())
        if words is None or "(" in finding.text:
            amended.append(finding)
            continue
        capital = at_sentence_start(ctx.text, finding.start)
        own = _fit(_inflect(words, inflection), capital=capital, upper=False)
        suggestions = tuple(dict.fromkeys((own, *finding.suggestions)))
        amended.append(
            replace(
                finding,
                message=f"'{finding.text}' is an abbreviation; write it in full each time, "
                f"as this record does once: '{own}'.",
                suggestions=suggestions,
                fix=Fix.SAFE.value,
            )
        )
    return amended


@rule(
    code="RL102",
    name="dotted-abbreviation",
    category=Category.ACRONYM,
    standard=STANDARD,
    severity=Severity.WARNING,
    needs=[Need.TEXT],
    fix=Fix.REVIEW,
)
def dotted_abbreviation(ctx: ParagraphContext) -> None:
    """Finds abbreviations written with full stops (e.g., i.e., N.B., a.m., etc.).

    ## Why it matters
    Standard 2 asks for plain language with no abbreviations. Latin abbreviations are
    among the least understood, and screen readers can read "e.g." as "egg"; GOV.UK style
    avoids "eg", "ie" and "etc" and writes no full stops in abbreviations. "etc" often hides
    a list the reader needed in full.

    ## Example
    Before:
    > She needs help with personal care, e.g. washing and dressing, etc.

    After:
    > She needs help with personal care, for example washing and dressing.

    ## What counts
    Besides Latin and dotted forms, "No." for "number" heading a table's column ("No. Item")
    or closing a line that is a label ("NHS No."), and letters with full stops that spell
    more than initials ("the P.E.R.F.O.R.M Model").

    ## Stays quiet on
    Titles with a full stop ("Dr."), initials before a name ("J.R. Smith"), decimal
    numbers and times (2.30pm), web and email addresses, and the person's own words in
    their own account (a paragraph in the first person, "I" or the "we" of their family).

    ## Fix safety
    Safe when the lexicon gives one plain alternative ("e.g." -> "for example"); otherwise
    offered for review. At the end of a sentence the full stop stays out of the finding, so
    a fix keeps it.
    """
    if ctx.kind is RecordKind.OWN_ACCOUNT and in_the_first_person(ctx.text):
        # The person's own words ("e.g. continence issues"): theirs to write as they do.
        # A paragraph the publisher wrote about them is still read.
        return
    for found in _found(ctx):
        if found.rule == "dotted":
            _flag_known_or_not(ctx, found, "is an abbreviation; write {choices} instead",
                               "may be an abbreviation; write it in full")  # fmt: skip


@rule(
    code="RL103",
    name="note-shorthand",
    category=Category.ACRONYM,
    standard=STANDARD,
    severity=Severity.WARNING,
    needs=[Need.TEXT],
    fix=Fix.REVIEW,
)
def note_shorthand(ctx: ParagraphContext) -> None:
    """Finds note-taking shorthand (appt, tel, h/v, c/o, asap, wks, Tues).

    ## Why it matters
    Standard 2 asks for records in plain language with no abbreviations. Shorthand saves the
    writer seconds and costs every later reader: "w/c" is a wheelchair or a week
    commencing, "w/e" a week ending or a weekend, "c/o" complains of or care of.
    Records are shared with the person and may be read years later.

    ## Example
    Before:
    > H/V booked for Tues. Pt to ring re appt asap.

    After:
    > Home visit booked for Tuesday 3 March. Mr Khan will ring about the appointment today.

    ## What counts
    Besides the lexicon's shorthand, "no" for "number" where a form's field label closes
    with it ("Tel no:", "NHS no (if known):"), but not "Yes or no:" or "she said no:"; a
    form's "Y" and "N" options side by side ("Y N", "Y / N"); a section with its subsection
    ("s44(1)").

    ## Stays quiet on
    Lower-case words the lexicon does not list as shorthand, prefixes such as "re-" in
    "re-referral", "Sat" or "Mar" unless next to a date, "and/or", units next to numbers
    (5mg, 10 ml), 24/7, 1:1 and dates.

    ## Fix safety
    Safe when the lexicon gives one expansion ("appt" -> "appointment"); ambiguous
    shorthand ("w/c": wheelchair or week commencing) is offered for review. Before a date
    only the meanings that name a time are offered ("w/c 23/03/2026": week commencing).
    """
    for found in _found(ctx):
        if found.rule == "shorthand":
            _flag_known_or_not(ctx, found, "is note shorthand; write it in full, e.g. {choices}",
                               "may be note shorthand; write it in full")  # fmt: skip


def _flag_known_or_not(
    ctx: ParagraphContext, found: Abbreviation, known: str, unknown: str
) -> None:
    """Flag with the lexicon's expansions when it knows the word, plainly when it does not."""
    text = ctx.text[found.start : found.end]
    if found.expansions:
        message = known.format(choices=_choices(found.expansions))
        ctx.flag(found.start, found.end, f"'{text}' {message}.", found.expansions,
                 fix=_fix_for(found.expansions))  # fmt: skip
    else:
        ctx.flag(found.start, found.end, f"'{text}' {unknown}.")
