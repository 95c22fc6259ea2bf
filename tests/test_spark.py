"""Linting with Apache Spark gives one row per record and the same findings as `check`.

The Spark tests start a local Spark (a Java runtime and the `spark` extra are needed; they
skip, saying why, without them) and are marked `spark`, so `-m "not spark"` leaves them out
locally; CI runs them.
"""

from __future__ import annotations

import csv
import json
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from recordlint.cli import cli
from recordlint.findings import Severity
from recordlint.spark import OUTPUT_COLUMNS, lint_rows
from tests.conftest import linter_for

RECORDS = [
    ("R1", "Mrs Khan said she wants to stay at home.\nThe OT will visit on Monday.", "case note"),
    ("R2", "", "letter"),
    ("R3", 'Dr Smith visited. H/V done, NFA.\n\nHe said "I am fine" and lacks insight.', ""),
    ("R4", "Dear Mr Lee,\n\nWe will review your POC next week.\n\nYours sincerely", "letter"),
    ("R5", "Met with the MDT. Decision: case closed.", "case note"),
]


def _write_export(path: Path) -> Path:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["RecordID", "NoteText", "kind"])
        writer.writerows(RECORDS)
    return path


def _spans(rows: list[dict[str, Any]]) -> dict[str, list[tuple[str, int, int, str]]]:
    return {
        row["id"]: sorted((f["code"], f["start"], f["end"], f["message"]) for f in row["findings"])
        for row in rows
    }


def _check_rows(export: Path, tmp_path: Path) -> list[dict[str, Any]]:
    out = tmp_path / "check.jsonl"
    result = CliRunner().invoke(
        cli,
        ["check", str(export), "--format", "jsonl", "-o", str(out), "--fail-on", "never",
         "--text-column", "NoteText", "--id-column", "RecordID", "--jobs", "1"],
    )  # fmt: skip
    # The empty record is an input error (status 2); every record still has its row.
    assert result.exit_code == 2 and "Read 5 records" in result.output, result.output
    return [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]


def test_lint_rows_match_the_batch_path(tmp_path: Path) -> None:
    """The function each Spark worker runs gives the rows `check --format jsonl` writes."""
    export = _write_export(tmp_path / "export.csv")
    values = [{"id": i, "text": t, "kind": k or None} for i, t, k in RECORDS]
    rows = lint_rows(linter_for(), values, Severity.INFO)
    assert [row["id"] for row in rows] == [r[0] for r in RECORDS]
    assert all(list(row) == list(OUTPUT_COLUMNS) for row in rows)
    assert _spans(rows) == _spans(_check_rows(export, tmp_path))
    assert rows[1]["errors"] == ["the text is empty"] and rows[1]["findings"] == []


def test_lint_rows_turn_an_oversized_text_into_an_error_row() -> None:
    """A text over the size limit is an error row, as in an export read by `check`."""
    rows = lint_rows(linter_for(), [{"id": "big", "text": "word " * 100}], max_chars=50)
    assert rows[0]["findings"] == []
    assert rows[0]["errors"] and "too large" in rows[0]["errors"][0]


def _spark_available() -> str | None:
    try:
        import pyspark  # noqa: F401
    except ModuleNotFoundError:
        return "PySpark is not installed (pip install 'recordlint[spark]')"
    if shutil.which("java") is None:
        return "no Java runtime (Spark needs one)"
    return None


@pytest.fixture(scope="module")
def spark() -> Iterator[Any]:
    reason = _spark_available()
    if reason:
        pytest.skip(reason)
    from recordlint.spark.job import spark_session

    session = spark_session("local[2]")
    yield session
    session.stop()


@pytest.fixture(autouse=True)
def loopback_for_spark(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    """Spark talks to its own JVM over loopback; the no-network fixture stays for the rest."""
    if "spark" in request.fixturenames:
        monkeypatch.undo()


@pytest.mark.spark
def test_lint_dataframe_gives_one_row_per_record_with_check_findings(
    spark: Any, tmp_path: Path
) -> None:
    """`lint_dataframe` in local[2] returns every record once, with `check`'s findings."""
    from recordlint.spark import lint_dataframe

    export = _write_export(tmp_path / "export.csv")
    frame = spark.createDataFrame([(i, t, k) for i, t, k in RECORDS], ["RecordID", "Note", "Kind"])
    frame = frame.repartition(2)
    rows = [
        row.asDict(recursive=True)
        for row in lint_dataframe(frame, text="Note", id="RecordID", kind="Kind").collect()
    ]
    assert sorted(row["id"] for row in rows) == sorted(r[0] for r in RECORDS)
    assert _spans(rows) == _spans(_check_rows(export, tmp_path))
    by_id = {row["id"]: row for row in rows}
    assert by_id["R2"]["errors"] == ["the text is empty"]
    assert json.loads(by_id["R1"]["metrics"])["words"] > 0


@pytest.mark.spark
def test_lint_dataframe_takes_a_kind_for_every_row(spark: Any) -> None:
    """A kind that is not a column lints every row as that kind."""
    from recordlint.spark import lint_dataframe

    frame = spark.createDataFrame([("a", "Dear Mr Lee, thank you.")], ["id", "text"])
    rows = lint_dataframe(frame, id="id", kind="letter").collect()
    assert [row["kind"] for row in rows] == ["letter"]
    with pytest.raises(ValueError, match="no such column"):
        lint_dataframe(frame, text="NoteText")


@pytest.mark.spark
@pytest.mark.parametrize("suffix", ["jsonl", "parquet", "csv"])
def test_spark_command_writes_check_findings(spark: Any, tmp_path: Path, suffix: str) -> None:
    """`recordlint spark` reads a CSV export with multi-line notes and writes one row per
    record with the findings `recordlint check` gives."""
    export = _write_export(tmp_path / "export.csv")
    out = tmp_path / f"out.{suffix}"
    result = CliRunner().invoke(
        cli,
        ["spark", str(export), str(out), "--text-column", "NoteText", "--id-column", "RecordID"],
    )
    assert result.exit_code == 0, result.output
    assert "Linted 5 records with Spark" in result.output
    if suffix == "csv":
        frame = spark.read.csv(str(out), header=True, multiLine=True, escape='"')
        rows = [
            {**row.asDict(), "findings": json.loads(row["findings"])} for row in frame.collect()
        ]
    else:
        frame = spark.read.parquet(str(out)) if suffix == "parquet" else spark.read.json(str(out))
        rows = [row.asDict(recursive=True) for row in frame.collect()]
    assert len(rows) == len(RECORDS)
    assert _spans(rows) == _spans(_check_rows(export, tmp_path))


@pytest.mark.spark
def test_spark_command_refuses_an_existing_output_in_one_line(spark: Any, tmp_path: Path) -> None:
    """An output folder that exists already is a usage error, not a traceback."""
    export = _write_export(tmp_path / "export.csv")
    out = tmp_path / "out.parquet"
    out.mkdir()
    result = CliRunner().invoke(cli, ["spark", str(export), str(out), "--text-column", "NoteText"])
    assert result.exit_code == 2
    assert "Traceback" not in result.output
    assert result.output.startswith("recordlint: ")


def test_spark_command_needs_a_known_format(tmp_path: Path) -> None:
    """A path whose format cannot be told gives one line and exit status 2."""
    if _spark_available():
        pytest.skip(_spark_available())
    result = CliRunner().invoke(cli, ["spark", "notes.dat", str(tmp_path / "out.parquet")])
    assert result.exit_code == 2
    assert "--input-format" in result.output
