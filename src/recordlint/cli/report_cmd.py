"""`recordlint report`: one self-contained HTML page from a batch run's results."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import click

from recordlint.errors import InputError
from recordlint.io.atomic import write_atomically
from recordlint.qa.report import DEFAULT_WITHIN_HOURS, gather, read_results, render


@click.command("report")
@click.argument("results", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option(
    "--output",
    "-o",
    type=click.Path(dir_okay=False, path_type=Path),
    default=Path("recordlint-report.html"),
    show_default=True,
    help="The HTML file to write.",
)
@click.option("--title", default="Recording quality report", show_default=True)
@click.option(
    "--within-hours",
    type=click.FloatRange(min=0),
    default=DEFAULT_WITHIN_HOURS,
    show_default=True,
    help="Notes recorded within this many hours count as on time.",
)
def report_command(results: Path, output: Path, title: str, within_hours: float) -> None:
    """Write an HTML report from RESULTS, the JSON Lines output of `check --format jsonl`.

    Findings by standard, category, team and author; notes recorded on time; the person's
    voice; reading levels; the commonest acronyms and jargon; a trend by month. The page is
    one file with no scripts and nothing fetched from elsewhere.
    """
    try:
        audit = gather(read_results(results), within_hours)
    except InputError as error:
        click.echo(f"recordlint: {error}", err=True)
        raise SystemExit(2) from None
    page = render(audit, title=title, generated=datetime.now().strftime("%-d %B %Y %H:%M"))
    # The page quotes terms from the records unless the results were redacted; either
    # way it names workers and teams, so it is kept to its owner.
    write_atomically(output, page, private=True)
    click.echo(f"Wrote {output} ({audit.total.records:,} records).", err=True)
