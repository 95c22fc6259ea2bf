"""British English spelling, fully offline.

The word list is the en_GB Hunspell dictionary (Marco A.G. Pinto's British English dictionary,
LGPL), shipped with recordlint in ``recordlint/dictionaries/`` with its licence notice
(``en_GB.LICENSE.txt``; provenance in ``dictionaries/README.md``). Shipping the two files
(1.2 MB) replaces a registry package that brought every language's dictionary (312 MB); no
smaller registry package ships en_GB Hunspell files for Python.

Two readers are supported, chosen at load time:

* ``chunspell`` (compiled Hunspell; its wheels bundle libhunspell, so no system library is
  needed): loads the dictionary in about 0.1 s and looks words up several times faster than
  ``spylls``. Preferred when importable.
* ``spylls`` (pure Python port of Hunspell): the fallback for platforms without a ``chunspell``
  wheel; loads in about 0.7 s.

Both readers take 100-300 ms to produce Hunspell suggestions for this dictionary, so
``suggest`` first tries British variants of American spellings and single-edit corrections
(checked by dictionary lookup, a few milliseconds); for a word with none, the word with a
capital, two slips of the fingers (swapped, doubled or undoubled letters) and two words
joined by a hyphen, in that order, for words of up to 16 letters; and only then asks the
reader. Answers are memoised. ``bench/spelling_backends.py`` prints the figures.

What counts as correct is deliberately pragmatic (precision first): tokens in capitals or
containing digits are left to the acronym rule, hyphenated words pass when every part does,
possessives pass when the word does, and a short list of care vocabulary the dictionary lacks
is accepted. American ``-ize``/``-yze`` forms are reported even though the dictionary accepts
Oxford spelling, because council style is ``-ise``.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import ClassVar, Protocol

from recordlint.errors import RecordlintError

__all__ = ["CARE_WORDS", "DictionaryNotInstalled", "SpellChecker"]

DICTIONARY_NAME = "en_GB"
# The folder of Hunspell files that ships inside the package.
DICTIONARY_DIR = Path(__file__).resolve().parent / "dictionaries"

# Everyday adult social care words that the en_GB dictionary lacks. Names of places, people,
# organisations and medicines belong in a team dictionary (``with_words``), not here.
CARE_WORDS: tuple[str, ...] = (
    "appointeeship",
    "appointeeships",
    "bedbound",
    "befriender",
    "befrienders",
    "capacitous",
    "careworker",
    "careworkers",
    "co-codamol",
    "coproduction",
    "deputyship",
    "deputyships",
    "dosette",
    "dosettes",
    "homecare",
    "keysafe",
    "keysafes",
    "keyworker",
    "keyworkers",
    "nebuliser",
    "nebulisers",
    "neurodivergent",
    "neurodiverse",
    "neurodiversity",
    "rollator",
    "rollators",
    "telecare",
    "telehealth",
    "unwitnessed",
    "wellbeing",
    "zimmer",
)

_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'"})
_HYPHENS = ("-", "\u2010", "\u2011")
_ALPHABET = "abcdefghijklmnopqrstuvwxyz"
_VOWELS = frozenset("aeiou")
_MAX_REMEMBERED = 100_000
# Longer than any English word: no suggestions are looked for, since their cost grows
# faster than the word's length.
MAX_SUGGESTION_CHARS = 40
# Two slips are looked for only in words of everyday length: the candidates grow with the
# square of the length. A joined word's parts are words of three letters or more.
_MAX_FURTHER_CHARS = 16
_MIN_JOINED_PART = 3

# American spellings the en_GB dictionary still accepts (Oxford spelling), with the stem
# length guard keeping "size", "prize" and "seize" out of reach.
_AMERICAN_IZE = re.compile(
    r"^(?P<stem>[a-z]{3,})(?P<letter>[iy])z(?P<ending>e|es|ed|ing|er|ers|ation|ations|able)$"
)

# (pattern, replacement) pairs that turn an American spelling into its British form; each
# is tried at every position where it matches, and a result counts only if it is a word.
_BRITISH_VARIANTS: tuple[tuple[re.Pattern[str], str], ...] = (
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


class DictionaryNotInstalled(RecordlintError):
    """The en_GB Hunspell dictionary or a reader for it is missing."""


class _Reader(Protocol):
    name: str

    def lookup(self, word: str) -> bool: ...

    def suggest(self, word: str) -> list[str]: ...


class _ChunspellReader:
    name = "chunspell"

    def __init__(self, dictionary_dir: Path) -> None:
        import hunspell  # compiled; absent or a different binding on some platforms

        self._hunspell = hunspell.Hunspell(DICTIONARY_NAME, hunspell_data_dir=str(dictionary_dir))

    def lookup(self, word: str) -> bool:
        return bool(self._hunspell.spell(word))

    def suggest(self, word: str) -> list[str]:
        return list(self._hunspell.suggest(word))


class _SpyllsReader:
    name = "spylls"

    def __init__(self, dictionary_dir: Path) -> None:
        from spylls.hunspell import Dictionary

        self._dictionary = Dictionary.from_files(str(dictionary_dir / DICTIONARY_NAME))

    def lookup(self, word: str) -> bool:
        return bool(self._dictionary.lookup(word))

    def suggest(self, word: str) -> list[str]:
        return list(self._dictionary.suggest(word))


_READERS: dict[str, type[_ChunspellReader] | type[_SpyllsReader]] = {
    "chunspell": _ChunspellReader,
    "spylls": _SpyllsReader,
}


def dictionary_dir() -> Path:
    """Folder holding ``en_GB.aff`` and ``en_GB.dic``."""
    folder = DICTIONARY_DIR
    if all((folder / f"{DICTIONARY_NAME}.{suffix}").is_file() for suffix in ("aff", "dic")):
        return folder
    raise DictionaryNotInstalled(
        f"The British English dictionary ({DICTIONARY_NAME}) was not found in {folder}; "
        "reinstall recordlint (pip install --force-reinstall recordlint): the dictionary "
        "ships inside the package."
    )


def open_reader(name: str | None = None) -> _Reader:
    """Open the en_GB dictionary with the named reader, or the fastest one available."""
    folder = dictionary_dir()
    names = [name] if name else list(_READERS)
    problems: list[str] = []
    for candidate in names:
        reader_class = _READERS.get(candidate)
        if reader_class is None:
            raise ValueError(f"unknown spelling reader {candidate!r}; choose from {list(_READERS)}")
        try:
            return reader_class(folder)
        except (ImportError, AttributeError) as error:
            # AttributeError: an unrelated "hunspell" module without a Hunspell class.
            problems.append(f"{candidate}: {error}")
    raise DictionaryNotInstalled(
        "No Hunspell reader could be loaded (" + "; ".join(problems) + "); "
        "reinstall recordlint with its dependencies to install chunspell or spylls."
    )


class _Shared:
    """State shared by a checker and the copies ``with_words`` makes from it."""

    def __init__(self, reader: _Reader) -> None:
        self.reader = reader
        # Hunspell objects are not thread-safe; the language server checks from threads.
        self.lock = threading.Lock()
        self.lookups: dict[str, bool] = {}
        self.suggestions: dict[str, tuple[str, ...]] = {}

    def lookup(self, word: str) -> bool:
        known = self.lookups.get(word)
        if known is None:
            with self.lock:
                known = self.reader.lookup(word)
            if len(self.lookups) >= _MAX_REMEMBERED:
                self.lookups.clear()
            self.lookups[word] = known
        return known


class SpellChecker:
    """British English spell checker over the en_GB Hunspell dictionary."""

    _default: ClassVar[SpellChecker | None] = None
    _default_lock: ClassVar[threading.Lock] = threading.Lock()

    def __init__(self, reader: _Reader, extra_words: Iterable[str] = CARE_WORDS) -> None:
        self._shared = _Shared(reader)
        self._extra = frozenset(_normalise(word).casefold() for word in extra_words)

    @classmethod
    def default(cls) -> SpellChecker:
        """The process-wide checker; the dictionary is loaded on first use only."""
        with cls._default_lock:
            if cls._default is None:
                cls._default = cls(open_reader())
            return cls._default

    @property
    def reader_name(self) -> str:
        return self._shared.reader.name

    def with_words(self, words: Iterable[str]) -> SpellChecker:
        """A checker that also accepts ``words`` (a team dictionary); shares the loaded one."""
        copy = object.__new__(SpellChecker)
        copy._shared = self._shared
        copy._extra = self._extra | frozenset(_normalise(word).casefold() for word in words)
        return copy

    def is_correct(self, word: str) -> bool:
        if word.isascii() and word.isalpha() and word.islower():
            # Only the letters a to z (most words, and every candidate a suggestion search
            # tries): nothing to normalise, no digits, not capitals, no elision.
            return self._is_word(word)
        normalised = _normalise(word)
        token = _strip_apostrophes(normalised)
        if not any(character.isalpha() for character in token):
            return True
        if any(character.isdigit() for character in token) or _is_capitals(token):
            return True
        if self._is_word(token):
            return True
        # Elisions the dictionary lists with their apostrophe ("'twas", "'til").
        elided = normalised.rstrip("'")
        return elided != token and self._shared.lookup(elided)

    def suggest(self, word: str, limit: int = 5) -> tuple[str, ...]:
        """British replacements for ``word``, best first; empty when it is already correct."""
        token = _strip_apostrophes(_normalise(word))
        if limit <= 0 or len(token) > MAX_SUGGESTION_CHARS or self.is_correct(token):
            return ()
        key = token
        remembered = self._shared.suggestions.get(key)
        if remembered is None:
            remembered = self._suggest_token(token)
            if len(self._shared.suggestions) >= _MAX_REMEMBERED:
                self._shared.suggestions.clear()
            self._shared.suggestions[key] = remembered
        return remembered[:limit]

    # --- correctness -------------------------------------------------------------------

    def _is_word(self, token: str) -> bool:
        if token.casefold() in self._extra:
            return True
        if self._british_ise(token):
            return False
        if self._shared.lookup(token):
            return True
        if token[0].isupper() and self._shared.lookup(token.lower()):
            return True
        stem = _possessive_stem(token)
        if stem is not None:
            return self._is_word(stem)
        parts = _hyphen_parts(token)
        if len(parts) > 1:
            return all(self.is_correct(part) for part in parts if part)
        return False

    def _british_ise(self, token: str) -> str | None:
        match = _AMERICAN_IZE.match(token.casefold())
        if match is None:
            return None
        british = _match_case(token, f"{match['stem']}{match['letter']}s{match['ending']}")
        return british if self._shared.lookup(british) else None

    # --- suggestions -------------------------------------------------------------------

    def _suggest_token(self, token: str) -> tuple[str, ...]:
        stem = _possessive_stem(token)
        if stem is not None and not self._is_word(stem):
            return tuple(f"{fix}'s" for fix in self._suggest_token(stem))
        parts = _hyphen_parts(token)
        if len(parts) > 1:
            return self._suggest_hyphenated(token, parts)
        lowered = token.lower()
        # Nothing from the reader's own n-gram search: it costs a tenth of a second or more
        # a word, and for a word no slip of the fingers or spelling explains it offered an
        # unrelated one in eight of eleven development cases ("garuntee": "runagate",
        # "assoc": "cassock"). Such a word is reported with "check the spelling".
        candidates = self._cheap_candidates(lowered) or self._further_candidates(lowered)
        fixes: list[str] = []
        for candidate in candidates:
            fixed = _match_case(token, candidate)
            if fixed not in fixes and fixed != token and self.is_correct(fixed):
                fixes.append(fixed)
        return tuple(fixes)

    def _suggest_hyphenated(self, token: str, parts: list[str]) -> tuple[str, ...]:
        """Every misspelt part corrected: the first one's suggestions in turn, each other
        misspelt part with its best one, so no suggestion keeps a misspelling ("teh-recieve"
        offers "the-receive", not "the-recieve")."""
        separator = next(hyphen for hyphen in _HYPHENS if hyphen in token)
        misspelt = [index for index, part in enumerate(parts) if part and not self.is_correct(part)]
        if not misspelt:
            return ()
        fixes = {index: self.suggest(parts[index]) for index in misspelt}
        if not all(fixes.values()):
            return ()  # a part nothing corrects: no whole word to offer
        best = [fixes[index][0] if index in fixes else part for index, part in enumerate(parts)]
        first = misspelt[0]
        suggestions: list[str] = []
        for fix in fixes[first]:
            joined = separator.join([*best[:first], fix, *best[first + 1 :]])
            if joined not in suggestions and self.is_correct(joined):
                suggestions.append(joined)
        return tuple(suggestions)

    def _cheap_candidates(self, lowered: str) -> list[str]:
        """British variants, then one-edit corrections, found by dictionary lookup."""
        british = self._british_ise(lowered)
        ranked: list[str] = [british] if british else []
        for pattern, replacement in _BRITISH_VARIANTS:
            for match in pattern.finditer(lowered):
                variant = lowered[: match.start()] + replacement + lowered[match.end() :]
                if variant not in ranked and self._shared.lookup(variant):
                    ranked.append(variant)
        likely: list[str] = []
        other: list[str] = []
        for candidate, is_likely in _single_edits(lowered):
            if candidate in ranked or candidate in likely or candidate in other:
                continue
            if self._shared.lookup(candidate):
                (likely if is_likely else other).append(candidate)
        return ranked + likely + other

    def _further_candidates(self, lowered: str) -> list[str]:
        """For a word with no single-edit correction: the word as a name ("mondays"), two
        slips of the fingers ("reccomended", "greatful"), then two words joined by a hyphen
        ("speakerphone"). Bounded: nothing for long words."""
        if len(lowered) > _MAX_FURTHER_CHARS:
            return []
        found: list[str] = []
        capitalised = lowered[:1].upper() + lowered[1:]
        if capitalised != lowered and self._shared.lookup(capitalised):
            found.append(capitalised)
        once = dict.fromkeys(_mechanical_slips(lowered))
        twice = dict.fromkeys(
            again for slip in once for again in _mechanical_slips(slip) if again != lowered
        )
        found += (word for word in twice if word not in found and self._shared.lookup(word))
        for index in range(_MIN_JOINED_PART, len(lowered) - _MIN_JOINED_PART + 1):
            left, right = lowered[:index], lowered[index:]
            if self._shared.lookup(left) and self._shared.lookup(right):
                found.append(f"{left}-{right}")
        return found


def _mechanical_slips(word: str) -> Iterator[str]:
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


def _single_edits(word: str) -> Iterable[tuple[str, bool]]:
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


def _normalise(word: str) -> str:
    return word.strip().translate(_APOSTROPHES)


def _strip_apostrophes(token: str) -> str:
    # A trailing apostrophe is a plural possessive ("carers'") or a closing quote.
    return token.strip("'")


def _is_capitals(token: str) -> bool:
    letters = [character for character in token if character.isalpha()]
    return len(letters) > 1 and all(character.isupper() for character in letters)


def _possessive_stem(token: str) -> str | None:
    if len(token) > 2 and token[-2:].lower() == "'s":
        return token[:-2]
    return None


def _hyphen_parts(token: str) -> list[str]:
    for hyphen in _HYPHENS:
        if hyphen in token:
            return token.split(hyphen)
    return [token]


def _match_case(model: str, word: str) -> str:
    if model[:1].isupper() and word[:1].islower():
        return word[:1].upper() + word[1:]
    return word
