"""The en_GB Hunspell dictionary that ships inside the package, and the two readers that
can open it (``chunspell`` preferred, ``spylls`` as the fallback).

Apart because it is the only part that touches files and compiled libraries; what counts as
a word and the suggestions are worked out above it.
"""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Protocol

from recordlint.errors import RecordlintError

DICTIONARY_NAME = "en_GB"
# The folder of Hunspell files that ships inside the package.
DICTIONARY_DIR = Path(__file__).resolve().parent.parent / "dictionaries"


class DictionaryNotInstalled(RecordlintError):
    """The en_GB Hunspell dictionary or a reader for it is missing."""


class Reader(Protocol):
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


# The endings an inflected form adds to its stem in the word list: a word marked never to
# be suggested is not suggested with them either ("shits", "fucking").
_INFLECTIONS = ("s", "es", "'s", "d", "ed", "ing", "er", "ers", "y")


@functools.cache
def _never_suggested_stems(folder: Path) -> frozenset[str]:
    """The stems the word list marks with the affix file's NOSUGGEST flag: words it accepts
    when written but never offers as a correction (its profanities and slurs)."""
    flag = None
    for line in (folder / f"{DICTIONARY_NAME}.aff").read_text(encoding="utf-8").splitlines():
        fields = line.split()
        if len(fields) == 2 and fields[0] == "NOSUGGEST":
            flag = fields[1]
    if flag is None:
        return frozenset()
    stems: set[str] = set()
    for line in (folder / f"{DICTIONARY_NAME}.dic").read_text(encoding="utf-8").splitlines()[1:]:
        entry = line.split(maxsplit=1)[0] if line.strip() else ""
        stem, _, flags = entry.partition("/")
        if flag in flags:
            stems.add(stem.casefold())
    return frozenset(stems)


def never_suggested(word: str) -> bool:
    """Whether the word list marks ``word``, or the stem it inflects, never to be offered as
    a correction. Hunspell's own suggestions leave such words out; recordlint's quicker
    candidates (one edit, a slip of the fingers) ask here so that they do too."""
    return inflects_one_of(word, _never_suggested_stems(dictionary_dir()))


def inflects_one_of(word: str, stems: frozenset[str]) -> bool:
    """Whether ``word`` is one of the case-folded ``stems`` or an inflected form of one
    ("Shits", "fucking", "druggies")."""
    lowered = word.casefold()
    if lowered in stems:
        return True
    for ending in _INFLECTIONS:
        if lowered.endswith(ending) and lowered[: -len(ending)] in stems:
            return True
    # "-ies" for a stem ending in "y".
    return lowered.endswith("ies") and lowered[:-3] + "y" in stems


def open_reader(name: str | None = None) -> Reader:
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
