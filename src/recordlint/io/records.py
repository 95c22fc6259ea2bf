"""One record to lint, wherever it came from, and how export columns map to its fields."""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from recordlint.config.messages import did_you_mean
from recordlint.errors import InputError
from recordlint.findings import RecordKind

# Seconds one record may take before it is stopped. Ordinary records take well under a
# second; a minute means something is wrong, and the rest of the run should not wait on it.
# (Here rather than with the batch runner, so the command can show it without importing the
# linter.)
TIME_BUDGET = 60.0

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
    "practice_account": RecordKind.PRACTICE_ACCOUNT,
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
    # Not an error: said once per file, the record is still linted. Separate notes are
    # joined by newlines (see joined_notes).
    note: str | None = None
    # The record fields its export has columns for; None for a file that is one record.
    fields: frozenset[str] | None = None

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


def display_path(path: str | os.PathLike[str]) -> str:
    """A file name safe to print and write: bytes that are not UTF-8 (an old archive's
    Latin-1 names) are shown as escapes such as \\xe9 instead of failing the output."""
    raw = os.fsencode(path)
    return raw.decode("utf-8", errors="backslashreplace")


def joined_notes(*notes: str | None) -> str | None:
    """Several notes about one record as its ``note``: one per line, each said once."""
    return "\n".join(note for note in notes if note) or None


def parse_kind(value: str | None) -> RecordKind | None:
    """An export's kind column ("Case note", "LETTER", "e-mail") as a kind; None to infer."""
    if not value:
        return None
    word = re.sub(r"[\s\-]+", "_", value.strip().casefold())
    return _KIND_WORDS.get(word) or _KIND_WORDS.get(word.rstrip("s"))


@dataclass(frozen=True, slots=True)
class ColumnMapping:
    """How one export's header maps to record fields, and a note saying so when any column
    was recognised by another name or left unused."""

    positions: dict[str, int]
    note: str | None = None

    @property
    def fields(self) -> frozenset[str]:
        return frozenset(self.positions)


@dataclass(frozen=True, slots=True)
class ColumnMap:
    """Which export column holds each record field.

    ``named`` are the columns a person chose (options or config); the others are found by
    the field's own name or a common heading for it (``lexicons/column-names.toml``:
    "Worker" for author, "Contact Date" or "ContactDate" for contact_date). Matching
    ignores case, spaces, underscores, hyphens and camel case.
    """

    named: Mapping[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        unknown = sorted(set(self.named) - set(FIELDS))
        if unknown:
            hints = "".join(did_you_mean(name, FIELDS) for name in unknown)
            raise InputError(
                f"unknown record field {', '.join(map(repr, unknown))}{hints}; "
                f"fields are {', '.join(FIELDS)}"
            )

    def merged(self, overrides: Mapping[str, str]) -> ColumnMap:
        return ColumnMap({**self.named, **{k: v for k, v in overrides.items() if v}})

    def positions(self, header: list[str], source: str) -> dict[str, int]:
        """Field -> column position for this header; an error when a needed column is absent."""
        return self.mapping(header, source).positions

    def mapping(self, header: list[str], source: str, *, need_text: bool = True) -> ColumnMapping:
        """The columns of this header for each field, and a note on how they were found.

        A column a person named must exist; otherwise a field takes the first column under
        its own name, else the first under a common heading for it. A column serves one
        field only. The text column is required.
        """
        keys = [column_key(name) for name in header]
        positions: dict[str, int] = {}
        for name, column in self.named.items():
            if column_key(column) in keys:
                positions[name] = keys.index(column_key(column))
            else:
                raise self._missing(name, column, header, source)
        taken = set(positions.values())
        headings = column_headings()
        for name in FIELDS:
            if name in positions:
                continue
            free = [i for i in range(len(keys)) if i not in taken]
            own = [i for i in free if keys[i] == column_key(name)]
            other = [i for i in free if headings.get(keys[i]) == name]
            candidates = own or other
            found = candidates[0] if candidates else None
            if found is not None:
                positions[name] = found
                taken.add(found)
        if need_text and "text" not in positions:
            raise self._missing("text", "text", header, source)
        ordered = dict(sorted(positions.items(), key=lambda item: item[1]))
        return ColumnMapping(ordered, _mapping_note(header, positions, set(self.named)))

    def id_position(self, header: list[str]) -> int | None:
        """The id column of a header that may lack a text column."""
        return self.mapping(header, "", need_text=False).positions.get("id")

    def _missing(self, name: str, column: str, header: list[str], source: str) -> InputError:
        listed = ", ".join(repr(h) for h in header if str(h).strip()) or "none"
        option = "--text-column" if name == "text" else f"--columns {name}=NAME"
        shown = [str(h) for h in header if str(h).strip()]
        hint = did_you_mean(column, shown) if name in self.named else ""
        prefix = f"{source}: " if source else ""
        return InputError(
            f"{prefix}no {name.replace('_', ' ')} column {column!r}{hint}; columns found: "
            f"{listed}. Name the column with {option} or [batch.columns] in config."
        )


def column_key(name: Any) -> str:
    """A heading as words in lower case: "ContactDate", "contact_date" and " Contact  Date"
    are all "contact date"."""
    text = str(name if name is not None else "").replace("\ufeff", "")
    text = re.sub(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])", " ", text)
    return " ".join(re.sub(r"[_\-.]+", " ", text).split()).casefold()


@cache
def column_headings() -> dict[str, str]:
    """Common heading (as a column key) -> record field, from the column-names lexicon."""
    from recordlint.lexicon import load_lexicon

    return {column_key(entry.term): entry.field for entry in load_lexicon("column-names").entries}


def _mapping_note(header: list[str], positions: dict[str, int], named: set[str]) -> str | None:
    """Which columns were read as which field, said when any was found under a heading
    other than the field's own name (and not named by the person), or left unused."""
    used = set(positions.values())
    renamed = {
        name
        for name, i in positions.items()
        if column_key(header[i]) != column_key(name) and name not in named
    }
    unused = [str(h) for i, h in enumerate(header) if i not in used and str(h).strip()]
    if not renamed and not unused:
        return None
    read = ", ".join(
        f"{name} from {str(header[i])!r}" if column_key(header[i]) != column_key(name) else name
        for name, i in sorted(positions.items(), key=lambda item: item[1])
    )
    note = f"columns read: {read}"
    if unused:
        note += f"; not used: {', '.join(map(repr, unused))}"
    return note


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
