"""`recordlint sample`: a reproducible random sample of an export, ready for an auditor."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import click

from recordlint.api import Linter
from recordlint.batch import lint_items
from recordlint.cli.options import (
    column_map,
    export_column_options,
    resolve_config,
    selection_options,
    usage_errors,
)
from recordlint.errors import InputError
from recordlint.findings import Severity
from recordlint.io.atomic import write_atomically
from recordlint.io.readers import MAX_BYTES, iter_records
from recordlint.io.records import Outcome
from recordlint.qa.sample import SampleSpec, draw, sample_html, sample_workbook


@click.command("sample")
@click.argument("export", type=click.Path(exists=True, path_type=Path))
@click.option(
    "--size",
    type=click.IntRange(min=1),
    default=40,
    show_default=True,
    help="How many records to draw.",
)
@click.option(
    "--seed", type=int, default=1, show_default=True, help="The same seed draws the same sample."
)
@click.option(
    "--by",
    type=click.Choice(["team", "author", "month"]),
    default=None,
    help="Draw from each team, author or month of contact.",
)
@click.option(
    "--allocation",
    type=click.Choice(["proportional", "equal"]),
    default="proportional",
    show_default=True,
    help="Records per stratum: in proportion to its size, or the same for each.",
)
@click.option(
    "--output",
    "-o",
    type=click.Path(path_type=Path),
    default=Path("audit-sample"),
    show_default=True,
    help="Name for the files: NAME.xlsx and NAME.html.",
)
@selection_options
@export_column_options
@click.option("--redact", is_flag=True, help="Leave record text and matched words out.")
def sample_command(
    export: Path,
    size: int,
    seed: int,
    by: str | None,
    allocation: str,
    output: Path,
    select: tuple[str, ...],
    ignore: tuple[str, ...],
    config_path: str | None,
    text_column: str | None,
    id_column: str | None,
    column_pairs: tuple[str, ...],
    redact: bool,
) -> None:
    """Draw a reproducible random sample of EXPORT and write it, with its findings, as an
    Excel workbook for the auditor to fill in and an HTML page to read."""
    with usage_errors():
        config = resolve_config(config_path, str(export), select, ignore)
        columns = column_map(config, column_pairs, text_column, id_column)
        linter = Linter(config)
    spec = SampleSpec(size, seed, by, allocation)  # type: ignore[arg-type]
    paths = (str(export),)
    reading = iter_records(paths, columns, MAX_BYTES)
    first = next(reading, None)
    reading.close()
    if first is not None and first.error and first.row is None:  # the export as a whole
        click.echo(f"{first.label}: {first.error}", err=True)
        raise SystemExit(2)
    try:
        sample = draw(lambda: iter_records(paths, columns, MAX_BYTES), spec)
    except InputError as error:
        click.echo(f"recordlint: {error}", err=True)
        raise SystemExit(2) from None
    items = [
        (record.key, record.text or "", record.kind.value if record.kind else None, record.metadata)
        for record, _ in sample.records
    ]
    outcomes: list[Outcome | None] = list(lint_items(linter, items, Severity.INFO))
    generated = datetime.now().strftime("%-d %B %Y %H:%M")
    workbook, page = output.with_suffix(".xlsx"), output.with_suffix(".html")
    # Both files name workers and teams even when redacted: they are kept to their owner.
    write_atomically(workbook, sample_workbook(sample, outcomes, redact=redact), private=True)
    write_atomically(
        page, sample_html(sample, outcomes, redact=redact, generated=generated), private=True
    )
    drawn = ", ".join(f"{name} {n}" for name, n in sorted(sample.allocated.items()))
    click.echo(
        f"Drew {len(sample.records)} of {sum(sample.population.values()):,} records "
        f"({drawn}); wrote {workbook} and {page}.",
        err=True,
    )
