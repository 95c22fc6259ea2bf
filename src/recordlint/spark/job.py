"""``recordlint spark INPUT OUTPUT``: lint an export with Apache Spark and write the results.

Run it as a command on one machine (Spark in local mode) or hand this file to
``spark-submit`` on a cluster, where the cluster's own master and settings apply::

    spark-submit "$(python -c 'import recordlint.spark.job as j; print(j.__file__)')" \\
        notes.parquet results.parquet --text-column NoteText --id-column RecordID
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import PurePath
from typing import TYPE_CHECKING

from recordlint.config import Config
from recordlint.errors import InputError
from recordlint.findings import Severity
from recordlint.io.readers import MAX_BYTES
from recordlint.io.records import ColumnMap

if TYPE_CHECKING:  # pragma: no cover - typing only
    from pyspark.sql import DataFrame, SparkSession

FORMATS = ("csv", "jsonl", "parquet")
_SUFFIXES = {".csv": "csv", ".jsonl": "jsonl", ".json": "jsonl", ".ndjson": "jsonl",
             ".parquet": "parquet", ".pq": "parquet"}  # fmt: skip


@dataclass(frozen=True, slots=True)
class SparkJob:
    """One run: where to read, where to write, and how records map to columns."""

    input: str
    output: str
    columns: ColumnMap
    config: Config
    input_format: str | None = None
    output_format: str | None = None
    kind: str | None = None
    min_severity: Severity = Severity.INFO
    max_chars: int = MAX_BYTES


@dataclass(frozen=True, slots=True)
class SparkSummary:
    records: int
    findings: int
    failed: int


def file_format(path: str, given: str | None, what: str) -> str:
    """The format named by an option, or else by the path's suffix."""
    if given:
        return given
    found = _SUFFIXES.get(PurePath(path.rstrip("/")).suffix.lower())
    if found is None:
        raise InputError(
            f"cannot tell the {what} format from {path!r}; "
            f"name it with --{what}-format ({', '.join(FORMATS)})"
        )
    return found


def spark_session(master: str | None = None) -> SparkSession:
    """The running session (under spark-submit or a notebook), or a local one."""
    from pyspark import SparkConf
    from pyspark.sql import SparkSession

    builder = SparkSession.builder.appName("recordlint")
    if master or not SparkConf().contains("spark.master"):
        # In local mode the Python workers must be this interpreter, which has recordlint.
        os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
        builder = (
            builder.master(master or "local[*]")
            .config("spark.ui.enabled", "false")
            .config("spark.ui.showConsoleProgress", "false")
        )
    session = builder.getOrCreate()
    session.sparkContext.setLogLevel("ERROR")
    return session


def read_input(spark: SparkSession, path: str, fmt: str) -> DataFrame:
    reader = spark.read
    if fmt == "csv":
        # Exports quote multi-line notes, with "" for a quotation mark inside a field.
        return reader.csv(path, header=True, multiLine=True, escape='"', encoding="UTF-8")
    if fmt == "jsonl":
        return reader.json(path)
    return reader.parquet(path)


def run_job(spark: SparkSession, job: SparkJob) -> SparkSummary:
    """Read, lint and write; returns counts read back from what was written."""
    from pyspark.sql import functions as F

    from recordlint.spark import lint_dataframe

    source = read_input(spark, job.input, file_format(job.input, job.input_format, "input"))
    positions = job.columns.positions(list(source.columns), job.input)
    named = {field: source.columns[i] for field, i in positions.items()}
    linted = lint_dataframe(
        source,
        text=named["text"],
        id=named.get("id"),
        person_id=named.get("person_id"),
        author=named.get("author"),
        team=named.get("team"),
        contact_date=named.get("contact_date"),
        contact_time=named.get("contact_time"),
        recorded_date=named.get("recorded_date"),
        recorded_time=named.get("recorded_time"),
        kind=named.get("kind", job.kind),
        config=job.config,
        min_severity=job.min_severity,
        max_chars=job.max_chars,
    )
    out_format = file_format(job.output, job.output_format, "output")
    if out_format == "csv":
        # CSV holds no arrays: findings and errors go in as JSON text.
        linted = linted.withColumn("findings", F.to_json("findings")).withColumn(
            "errors", F.to_json("errors")
        )
    writer = linted.write.mode("errorifexists")
    if out_format == "csv":
        writer.csv(job.output, header=True, escape='"')
    elif out_format == "jsonl":
        writer.option("ignoreNullFields", "false").json(job.output)
    else:
        writer.parquet(job.output)
    written = read_input(spark, job.output, out_format)
    counts = written.select(
        F.count(F.lit(1)).alias("records"),
        F.sum(F.when(F.col("errors") != F.lit("[]") if out_format == "csv" else
                     F.size("errors") > 0, 1).otherwise(0)).alias("failed"),
    ).first()  # fmt: skip
    findings = (
        (
            written.select(F.size(F.from_json("findings", "array<string>")).alias("n"))
            if out_format == "csv"
            else written.select(F.size("findings").alias("n"))
        )
        .agg(F.sum("n"))
        .first()
    )
    return SparkSummary(
        records=int(counts["records"] or 0) if counts is not None else 0,
        findings=int(findings[0] or 0) if findings is not None else 0,
        failed=int(counts["failed"] or 0) if counts is not None else 0,
    )


def main(argv: list[str] | None = None) -> None:
    """Entry point for spark-submit: the same options as ``recordlint spark``."""
    from recordlint.cli.spark_cmd import spark_command

    spark_command.main(args=argv, prog_name="recordlint spark")


if __name__ == "__main__":
    main()
