"""``recordlint spark``: lint an export with Apache Spark (the optional ``spark`` extra)."""

from __future__ import annotations

import click

from recordlint.cli.options import (
    column_map,
    export_column_options,
    kind_option,
    max_size_option,
    min_severity_option,
    resolve_config,
    selection_options,
    usage_errors,
)
from recordlint.errors import InputError
from recordlint.findings import Severity

FORMAT_CHOICE = click.Choice(["csv", "jsonl", "parquet"])


@click.command("spark")
@click.argument("input_path", metavar="INPUT")
@click.argument("output_path", metavar="OUTPUT")
@click.option("--input-format", type=FORMAT_CHOICE, help="Default: from INPUT's suffix.")
@click.option("--output-format", type=FORMAT_CHOICE, help="Default: from OUTPUT's suffix.")
@click.option(
    "--master",
    default=None,
    help="Spark master, e.g. local[2]. Default: the cluster's under spark-submit, else local[*].",
)
@kind_option
@min_severity_option
@max_size_option
@selection_options
@export_column_options
def spark_command(
    input_path: str,
    output_path: str,
    input_format: str | None,
    output_format: str | None,
    master: str | None,
    kind: str | None,
    min_severity: str,
    max_size: float,
    select: tuple[str, ...],
    ignore: tuple[str, ...],
    config_path: str | None,
    text_column: str | None,
    id_column: str | None,
    column_pairs: tuple[str, ...],
) -> None:
    """Lint INPUT (CSV, JSON Lines or Parquet; a file or a folder of parts) with Apache Spark
    and write one row per record to OUTPUT (a folder, as Spark writes), with the same fields
    and findings as `recordlint check --format jsonl`.

    Needs the spark extra: pip install 'recordlint[spark]'. Exit status: 0 when the results
    were written, 2 on a usage, configuration or input error.
    """
    try:
        import pyspark  # noqa: F401  (only to say clearly when the extra is missing)
    except ModuleNotFoundError:
        click.echo(
            "recordlint: recordlint spark needs PySpark: pip install 'recordlint[spark]'",
            err=True,
        )
        raise SystemExit(2) from None
    from pyspark.errors import AnalysisException

    from recordlint.spark.job import SparkJob, file_format, run_job, spark_session

    with usage_errors():
        config = resolve_config(config_path, None, select, ignore)
        columns = column_map(config, column_pairs, text_column, id_column)
    job = SparkJob(
        input=input_path,
        output=output_path,
        columns=columns,
        config=config,
        input_format=input_format,
        output_format=output_format,
        kind=kind,
        min_severity=Severity(min_severity),
        max_chars=int(max_size * 1024 * 1024),
    )
    try:
        file_format(input_path, input_format, "input")
        file_format(output_path, output_format, "output")
        spark = spark_session(master)
        summary = run_job(spark, job)
    except InputError as error:
        click.echo(f"recordlint: {error}", err=True)
        raise SystemExit(2) from None
    except AnalysisException as error:
        # Spark's own words for a missing input or an existing output, on one line.
        first = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
        click.echo(f"recordlint: {first}", err=True)
        raise SystemExit(2) from None
    click.echo(
        f"Linted {summary.records:,} records with Spark: {summary.findings:,} findings, "
        f"{summary.failed:,} could not be checked; results in {output_path}",
        err=True,
    )
