"""Lint a Spark DataFrame of records with the same engine as ``recordlint check``.

``lint_dataframe`` maps each Arrow batch of a DataFrame through one :class:`~recordlint.Linter`
per Python worker process (built on the worker's first batch and kept for the rest) and
returns one row per input row, shaped like ``recordlint check --format jsonl``: the record's
details, its findings as an array of structs, its metrics as a JSON string (their values
mix numbers, text and nulls) and its errors. A record that cannot be linted becomes a row
with an error, never a lost row.

PySpark is an optional extra: ``pip install 'recordlint[spark]'``.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING, Any

from recordlint.config import Config
from recordlint.findings import RecordKind, Severity
from recordlint.io.readers import MAX_BYTES
from recordlint.io.records import FIELDS, Record, parse_kind

if TYPE_CHECKING:  # pragma: no cover - typing only
    import pandas as pd
    from pyspark.sql import DataFrame

    from recordlint.api import Linter

__all__ = ["OUTPUT_COLUMNS", "lint_dataframe", "output_schema"]

# The record fields of the output, in the order `recordlint check --format jsonl` writes them.
DETAIL_COLUMNS = tuple(name for name in FIELDS if name not in ("id", "text"))
OUTPUT_COLUMNS = ("path", "id", "row", *DETAIL_COLUMNS, "findings", "metrics", "errors")
# Where a row came from, as the `path` of `recordlint check` output names a file.
SOURCE = "dataframe"


def output_schema() -> str:
    """The output rows' schema as a Spark DDL string."""
    finding = (
        "struct<code:string,category:string,severity:string,message:string,"
        "start:int,end:int,line:int,column:int,end_line:int,end_column:int,"
        "text:string,standard:string,suggestions:array<string>>"
    )
    details = ", ".join(f"`{name}` string" for name in DETAIL_COLUMNS)
    return (
        f"`path` string, `id` string, `row` bigint, {details}, "
        f"`findings` array<{finding}>, `metrics` string, `errors` array<string>"
    )


def lint_dataframe(
    df: DataFrame,
    text: str = "text",
    id: str | None = None,
    *,
    kind: str | None = None,
    person_id: str | None = None,
    author: str | None = None,
    team: str | None = None,
    contact_date: str | None = None,
    contact_time: str | None = None,
    recorded_date: str | None = None,
    recorded_time: str | None = None,
    row: str | None = None,
    config: Config | None = None,
    min_severity: Severity | str = Severity.INFO,
    max_chars: int = MAX_BYTES,
) -> DataFrame:
    """One output row per row of ``df``, with what recordlint found in its ``text`` column.

    Every other argument names the column holding that record field, or None when the
    DataFrame has none. ``kind`` may also be a kind itself ("case_note", "letter", ...) to
    lint every row as that kind; with no kind the kind is inferred per record, as
    ``recordlint check`` does. ``row`` names a column of row numbers to carry through (Spark
    keeps no row order of its own). Texts longer than ``max_chars`` become error rows, as
    ``--max-size`` makes them in ``recordlint check``. ``config`` defaults to the built-in
    configuration; load a file with :func:`recordlint.config.load_config`.
    """
    from pyspark.sql import functions as F

    columns = {
        "id": id,
        "text": text,
        "person_id": person_id,
        "author": author,
        "team": team,
        "contact_date": contact_date,
        "contact_time": contact_time,
        "recorded_date": recorded_date,
        "recorded_time": recorded_time,
        "row": row,
    }
    present = set(df.columns)
    missing = [
        f"{field}={name!r}" for field, name in columns.items() if name and name not in present
    ]
    fixed_kind: RecordKind | None = None
    if kind is not None and kind not in present:
        fixed_kind = parse_kind(kind)
        if fixed_kind is None:
            missing.append(f"kind={kind!r} (neither a column nor a kind)")
    elif kind is not None:
        columns["kind"] = kind
    if missing:
        raise ValueError(
            f"no such column: {', '.join(missing)}; columns found: {', '.join(df.columns)}"
        )
    selected = [
        (F.col(name).cast("string") if field != "row" else F.col(name).cast("long")).alias(field)
        for field, name in columns.items()
        if name
    ]
    if fixed_kind is not None:
        selected.append(F.lit(fixed_kind.value).alias("kind"))
    settings = _WorkerSettings(config or Config(), Severity(min_severity), max_chars)
    return df.select(*selected).mapInPandas(settings.lint_batches, schema=output_schema())


class _WorkerSettings:
    """What each Python worker needs to lint: pickled once with the task, not per row."""

    def __init__(self, config: Config, min_severity: Severity, max_chars: int) -> None:
        self.config = config
        self.min_severity = min_severity
        self.max_chars = max_chars

    def lint_batches(self, batches: Iterator[pd.DataFrame]) -> Iterator[pd.DataFrame]:
        import pandas as pd

        linter = _worker_linter(self.config)
        for frame in batches:
            rows = lint_rows(
                linter, frame.to_dict("records"), self.min_severity, SOURCE, self.max_chars
            )
            yield pd.DataFrame(rows, columns=list(OUTPUT_COLUMNS))


# One Linter per worker process and configuration: the model loads once per Python worker,
# however many batches and tasks the worker runs (Spark reuses Python workers by default).
_linters: dict[str, Linter] = {}


def _worker_linter(config: Config) -> Linter:
    from recordlint.api import Linter

    linter = _linters.get(config.fingerprint)
    if linter is None:
        linter = _linters[config.fingerprint] = Linter(config)
        # a worker lints many batches: load everything once, out of the collector's reach
        linter.warm_up()
    return linter


def lint_rows(
    linter: Linter,
    values: list[Mapping[str, Any]],
    min_severity: Severity = Severity.INFO,
    source: str = SOURCE,
    max_chars: int = MAX_BYTES,
) -> list[dict[str, Any]]:
    """Output rows for a batch of input rows (field -> value), through the batch path that
    ``recordlint check`` uses, so both give the same findings and the same error rows."""
    from recordlint.batch import lint_items
    from recordlint.io.writers import record_dict

    records = [_record(value, source, max_chars) for value in values]
    items = [
        (r.key, r.text, r.kind.value if r.kind else None, r.metadata)
        for r in records
        if r.text is not None
    ]
    outcomes = iter(lint_items(linter, items, min_severity)) if items else iter(())
    rows = []
    for record in records:
        outcome = next(outcomes) if record.text is not None else None
        data = record_dict(record, outcome)
        data["metrics"] = json.dumps(data["metrics"], ensure_ascii=False, default=str)
        rows.append({name: data.get(name) for name in OUTPUT_COLUMNS})
    return rows


def _record(value: Mapping[str, Any], source: str, max_chars: int) -> Record:
    def text_of(name: str) -> str | None:
        item = value.get(name)
        if item is None or (isinstance(item, float) and item != item):  # pandas' NaN
            return None
        return str(item)

    row_value = value.get("row")
    row = None if row_value is None or row_value != row_value else int(row_value)
    details = {name: v.strip() for name in DETAIL_COLUMNS if (v := text_of(name)) and v.strip()}
    record_id = (text_of("id") or "").strip() or None
    text = text_of("text") or ""
    # The same limits and messages as an export read by `recordlint check`.
    error = None
    if len(text) > max_chars:
        error = (
            f"text too large to check ({len(text):,} characters; the limit is {max_chars:,}, "
            "set with --max-size)"
        )
    elif not text.strip():
        error = "the text is empty"
    return Record(source, record_id, None if error else text, row, details, error=error)
