"""One record's line of results: reading the JSON Lines file, and the row the report keeps.

Everything here reads a single result: its label, its kind, how long after the contact it
was recorded (the linter's figure, else the export's dates), whether it carries the
person's voice, and the month it belongs to.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any

from recordlint.dates import coerce_date
from recordlint.errors import InputError
from recordlint.qa.report.figures import (
    EXAMPLES_PER_RECORD,
    TIMED_KINDS,
    VOICE_KINDS,
    VOICE_RULE,
    RecordRow,
)


def record_label(result: dict[str, Any]) -> str:
    if result.get("id"):
        return str(result["id"])
    path = result.get("path") or "(no file)"
    return f"{path} row {result['row']}" if result.get("row") is not None else str(path)


def record_row(
    result: dict[str, Any], metrics: dict[str, Any], findings: list[dict[str, Any]], hours: float
) -> RecordRow:
    kind = result.get("kind")
    warnings = sum(1 for f in findings if f.get("severity") in ("warning", "error"))
    codes = Counter(str(f.get("code", "?")) for f in findings)
    waited = _hours_to_record(result, metrics) if kind in TIMED_KINDS else None
    words = metrics.get("words")
    examples = [f for f in findings if f.get("severity") in ("warning", "error") and f.get("text")][
        :EXAMPLES_PER_RECORD
    ]
    return RecordRow(
        label=record_label(result),
        kind=kind,
        team=result.get("team") or "(no team)",
        author=result.get("author") or "(no author)",
        words=int(words) if isinstance(words, int | float) else 0,
        warnings=warnings,
        hints=len(findings) - warnings,
        codes=codes,
        examples=examples,
        on_time=None if waited is None else 0 <= waited <= hours,
        voice=_has_voice(result, metrics, set(codes)),
    )


def _when(value: Any) -> date | datetime | None:
    return coerce_date(value) if value else None


def _hours_to_record(result: dict[str, Any], metrics: dict[str, Any]) -> float | None:
    """Hours from contact to recording: the linter's own figure (it also reads dates in
    the text), else the export's dates."""
    hours = metrics.get("hours_to_record")
    if isinstance(hours, int | float):
        return float(hours)
    contact = _when(result.get("contact_date"))
    recorded = _when(result.get("recorded_date"))
    if contact is None or recorded is None:
        return None
    if isinstance(contact, datetime) and isinstance(recorded, datetime):
        return (recorded - contact).total_seconds() / 3600
    days = _day(recorded).toordinal() - _day(contact).toordinal()
    return days * 24.0


def _day(value: date | datetime) -> date:
    return value.date() if isinstance(value, datetime) else value


def _has_voice(result: dict[str, Any], metrics: dict[str, Any], codes: set[str]) -> bool | None:
    """Whether the record shows the person's voice; None when it cannot be told (another
    kind of record, or the voice rule did not run)."""
    if result.get("kind") not in VOICE_KINDS:
        return None
    if VOICE_RULE in codes:
        return False
    voice = metrics.get("person_voice")
    if isinstance(voice, int | float):
        return voice > 0
    return None


def record_month(result: dict[str, Any], metrics: dict[str, Any]) -> str | None:
    for value in (
        result.get("contact_date"),
        metrics.get("contact_date"),
        result.get("recorded_date"),
        metrics.get("recorded_date"),
    ):
        when = _when(value)
        if when is not None:
            return f"{when.year:04d}-{when.month:02d}"
    return None


def read_results(path: Path) -> Iterator[dict[str, Any]]:
    """The records of a JSON Lines results file; a file that is not one is an input error."""
    try:
        handle = path.open(encoding="utf-8-sig")
    except OSError as error:
        raise InputError(f"{path}: cannot be read: {error.strerror}") from error
    with handle:
        number = 0
        try:
            for number, line in enumerate(handle, start=1):
                if not line.strip():
                    continue
                try:
                    data = json.loads(line)
                except json.JSONDecodeError:
                    raise InputError(
                        f"{path}: line {number} is not JSON; give the JSON Lines output of "
                        "`recordlint check --format jsonl`"
                    ) from None
                if not isinstance(data, dict) or "findings" not in data:
                    raise InputError(
                        f"{path}: line {number} is not a record result; give the JSON Lines "
                        "output of `recordlint check --format jsonl`"
                    )
                yield data
        except UnicodeDecodeError:
            # An export given by mistake (often Windows-1252), or any other non-text file.
            raise InputError(
                f"{path}: is not UTF-8 JSON Lines (line {number + 1}); give the output of "
                "`recordlint check EXPORT --format jsonl -o results.jsonl`, not the export"
            ) from None
