"""The jargon and legal-terms lexicons compiled into phrase indexes, once per version of
the team's jargon file.

Apart from the index itself because it reads lexicons and the team's configuration,
which the index does not know about.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from recordlint.lexicon import load_lexicon, load_lexicon_file
from recordlint.matching.surface import PhraseIndex

if TYPE_CHECKING:
    from recordlint.config import Config


@dataclass(frozen=True)
class CompiledJargon:
    entries: tuple[Any, ...]
    index: PhraseIndex
    exceptions: tuple[PhraseIndex | None, ...]


def _team_jargon_stamp(config: Config) -> tuple[str, int] | None:
    path = config.team_paths().get("jargon_file")
    if path is None:
        return None
    try:
        return str(path), path.stat().st_mtime_ns
    except OSError:
        return None


def compiled_jargon(config: Config) -> CompiledJargon:
    """The shipped jargon lexicon plus the team's jargon file, compiled once per version."""
    return _compile_jargon(_team_jargon_stamp(config))


@cache
def _compile_jargon(team_file: tuple[str, int] | None) -> CompiledJargon:
    entries = list(load_lexicon("jargon").entries)
    if team_file is not None:
        team_entries = load_lexicon_file(Path(team_file[0]), "jargon").entries
        replaced = {entry.term for entry in team_entries}
        entries = [e for e in entries if e.term not in replaced] + list(team_entries)
    index = PhraseIndex([entry.term for entry in entries])
    exceptions = tuple(
        PhraseIndex(entry.exceptions) if entry.exceptions else None for entry in entries
    )
    return CompiledJargon(tuple(entries), index, exceptions)


@cache
def compiled_legal_terms() -> tuple[tuple[Any, ...], PhraseIndex]:
    entries = load_lexicon("legal-terms").entries
    return entries, PhraseIndex([entry.term for entry in entries])
