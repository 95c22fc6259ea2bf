"""One record to lint, wherever it came from, and how export columns map to its fields."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from recordlint.errors import InputError
from recordlint.findings import RecordKind

# Record fields an export can carry, in the order outputs list them. The dates go to the
# linter as metadata (the timeliness rule reads them); the rest describe who and where.
FIELDS = (
    "id",
    "text",
    "kind",
    "person_id",
    "author",
    "team",
    "contact_date",
    "contact_time",
    "recorded_date",
    "recorded_time",
)
DETAIL_FIELDS = tuple(name for name in FIELDS if name not in ("id", "text"))
METADATA_FIELDS = ("contact_date", "contact_time", "recorded_date", "recorded_time")

_KIND_WORDS = {
    "case_note": RecordKind.CASE_NOTE,
    "note": RecordKind.CASE_NOTE,
    "casenote": RecordKind.CASE_NOTE,
    "contact": RecordKind.CASE_NOTE,
    "letter": RecordKind.LETTER,
    "assessment": RecordKind.ASSESSMENT,
    "email": RecordKind.EMAIL,
    "e_mail": RecordKind.EMAIL,
    "professional": RecordKind.PROFESSIONAL,
    "guidance": RecordKind.PROFESSIONAL,
    "own_account": RecordKind.OWN_ACCOUNT,
    "template": RecordKind.TEMPLATE,
}


@dataclass(frozen=True, slots=True)
class Record:
    """One record to lint, or the reason it could not be read.

    ``row`` is where a person finds the record in its file: the spreadsheet row (the header
    is row 1) for CSV and Excel, the line for JSON Lines, None for a file that is one record.
    """

    source: str
    id: str | None
    text: str | None
    row: int | None = None
    details: Mapping[str, str] = field(default_factory=dict)
    error: str | None = None
    note: str | None = None  # not an error: said once, the record is still linted

    @property
    def label(self) -> str:
        """How messages name the record: the file, or the file and row."""
        return self.source if self.row is None else f"{self.source} row {self.row}"

    @property
    def key(self) -> str:
        """A stable name for baselines: the record id, or the row when there is none."""
        return self.id if self.id is not None else f"row {self.row}"

    @property
    def kind(self) -> RecordKind | None:
        return parse_kind(self.details.get("kind"))

    @property
    def metadata(self) -> dict[str, str]:
        return {name: self.details[name] for name in METADATA_FIELDS if self.details.get(name)}


def parse_kind(value: str | None) -> RecordKind | None:
    """An export's kind column ("Case note", "LETTER", "e-mail") as a kind; None to infer."""
    if not value:
        return None
    word = re.sub(r"[\s\-]+", "_", value.strip().casefold())
    return _KIND_WORDS.get(word) or _KIND_WORDS.get(word.rstrip("s"))


@dataclass(frozen=True, slots=True)
class ColumnMap:
    """Which export column holds each record field.

    ``named`` are the columns a person chose (options or config); the others fall back to
    the field's own name. Matching ignores case and surrounding spaces.
    """

    named: Mapping[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        unknown = sorted(set(self.named) - set(FIELDS))
        if unknown:
            raise InputError(
                f"unknown record field {', '.join(map(repr, unknown))}; "
                f"fields are {', '.join(FIELDS)}"
            )

    def merged(self, overrides: Mapping[str, str]) -> ColumnMap:
        return ColumnMap({**self.named, **{k: v for k, v in overrides.items() if v}})

    def positions(self, header: list[str], source: str) -> dict[str, int]:
        """Field -> column position for this header; an error when a needed column is absent."""
        found = {_column_key(name): i for i, name in reversed(list(enumerate(header)))}
        positions: dict[str, int] = {}
        for name in FIELDS:
            column = self.named.get(name, name)
            if _column_key(column) in found:
                positions[name] = found[_column_key(column)]
            elif name == "text" or name in self.named:
                listed = ", ".join(repr(h) for h in header if h.strip()) or "none"
                option = "--text-column" if name == "text" else f"--columns {name}=NAME"
                raise InputError(
                    f"{source}: no {name.replace('_', ' ')} column {column!r}; columns found: "
                    f"{listed}. Name the column with {option} or [batch.columns] in config."
                )
        return positions


def _column_key(name: Any) -> str:
    return " ".join(str(name if name is not None else "").replace("\ufeff", "").split()).casefold()


def parse_column_pairs(values: tuple[str, ...]) -> dict[str, str]:
    """``text=Note,id=RecordID`` (repeatable) as a field -> column mapping."""
    pairs: dict[str, str] = {}
    for value in values:
        for part in value.split(","):
            if not part.strip():
                continue
            name, sep, column = part.partition("=")
            if not sep or not column.strip():
                raise InputError(f"--columns expects FIELD=COLUMN, got {part.strip()!r}")
            pairs[name.strip().casefold().replace("-", "_").replace(" ", "_")] = column.strip()
    return pairs


@dataclass(slots=True)
class Outcome:
    """What linting one record gave, ready to write: findings as the core's JSON (with line
    and column), a baseline key per finding, metrics and errors."""

    kind: str | None
    findings: list[dict[str, Any]] = field(default_factory=list)
    keys: list[str] = field(default_factory=list)
    metrics: dict[str, Any] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)
