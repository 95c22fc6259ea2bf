"""The en_GB Hunspell dictionary that ships inside the package, and the two readers that
can open it (``chunspell`` preferred, ``spylls`` as the fallback).

Apart because it is the only part that touches files and compiled libraries; what counts as
a word and the suggestions are worked out above it.
"""

from __future__ import annotations

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
