"""Reading a verdict corpus from its folder: the verdicts, the texts with their splits and
forced kinds from sources.toml, and the acronym gold. Only reading files and checking what
they hold, apart from the linting and scoring that use what is read.
"""

from __future__ import annotations

import json
import tomllib
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from recordlint.errors import InputError
from recordlint.findings import RecordKind
from recordlint.verdicts.texts import (
    SOURCES_FILE,
    UNSPLIT,
    VERDICT_VALUES,
    VERDICTS_FILE,
    FindingKey,
    RealText,
    Verdict,
)


def is_verdict_corpus(folder: Path) -> bool:
    return (folder / VERDICTS_FILE).is_file()


def read_verdicts(path: Path) -> dict[FindingKey, Verdict]:
    verdicts: dict[FindingKey, Verdict] = {}
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            verdict = _verdict(json.loads(line))
        except (ValueError, KeyError, TypeError) as error:
            raise InputError(f"{path.name}:{number}: {error}") from error
        if verdict.key in verdicts:
            raise InputError(f"{path.name}:{number}: a second verdict for {verdict.key.describe()}")
        verdicts[verdict.key] = verdict
    return verdicts


def _verdict(raw: dict[str, Any]) -> Verdict:
    value = raw.get("verdict")
    if value is not None and value not in VERDICT_VALUES:
        raise ValueError(
            f"verdict must be one of {', '.join(VERDICT_VALUES)} (or null), not {value!r}"
        )
    key = FindingKey(
        str(raw["file"]), str(raw["code"]), str(raw["text"]), int(raw.get("occurrence", 1))
    )
    if key.occurrence < 1:
        raise ValueError("occurrence counts from 1")
    return Verdict(key, value, str(raw.get("reason", "")), raw.get("start"), raw.get("end"))


def read_texts(folder: Path) -> list[RealText]:
    """The corpus texts, with the split and any forced kind from sources.toml."""
    sources = _read_sources(folder / SOURCES_FILE)
    texts = []
    for path in sorted(folder.glob("*.txt")):
        entry = sources.get(path.stem, {})
        kind = entry.get("record_kind")
        try:
            texts.append(RealText(
                id=path.stem,
                text=path.read_text(encoding="utf-8"),
                split=str(entry.get("split", UNSPLIT)),
                kind=RecordKind(kind) if kind else None,
            ))  # fmt: skip
        except (UnicodeDecodeError, ValueError) as error:
            raise InputError(f"{path.name}: {error}") from error
    if not texts:
        raise InputError(f"{folder}: no .txt files to score")
    return texts


def _read_sources(path: Path) -> dict[str, dict[str, Any]]:
    if not path.is_file():
        return {}
    try:
        entries = tomllib.loads(path.read_text(encoding="utf-8")).get("text", [])
        return {str(entry["id"]): entry for entry in entries}
    except (tomllib.TOMLDecodeError, KeyError, TypeError) as error:
        raise InputError(f"{path.name}: {error}") from error


def read_acronym_gold(path: Path, texts: Sequence[RealText]) -> dict[str, list[tuple[int, int]]]:
    """Character ranges of every marked acronym occurrence, by text id (gold span format)."""
    if not path.is_file():
        return {}
    by_id = {t.id: t.text for t in texts}
    gold: dict[str, list[tuple[int, int]]] = {}
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            raw = json.loads(line)
            text = by_id[raw["id"]]
            gold[raw["id"]] = [_locate(text, s["text"], int(s.get("occurrence", 1)))
                               for s in raw.get("spans", [])]  # fmt: skip
        except (ValueError, KeyError, TypeError) as error:
            raise InputError(f"{path.name}:{number}: {error}") from error
    return gold


def _locate(text: str, needle: str, occurrence: int) -> tuple[int, int]:
    index = -1
    for _ in range(occurrence):
        index = text.find(needle, index + 1)
        if index < 0:
            raise ValueError(f"span {needle!r} occurrence {occurrence} not found")
    return index, index + len(needle)
