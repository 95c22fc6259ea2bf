"""`recordlint report`: one self-contained HTML page from a batch run's results."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import click

from recordlint.cli.options import resolve_config, usage_errors
from recordlint.errors import InputError
from recordlint.io.atomic import write_atomically
from recordlint.qa.report import (
    DEFAULT_WITHIN_HOURS,
    anchor,
    feedback_page,
    gather,
    read_results,
    render,
)


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
    help="Case notes recorded within this many hours count as on time.",
)
@click.option(
    "--compare",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    default=None,
    help="Results of an earlier period (check --format jsonl), to show what changed.",
)
@click.option(
    "--feedback",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    help="Also write one feedback page per worker into this folder, for supervision.",
)
@click.option(
    "--config",
    "config_path",
    type=click.Path(dir_okay=False),
    default=None,
    help="Read the reading-age aim from this configuration file instead of searching.",
)
def report_command(
    results: Path,
    output: Path,
    title: str,
    within_hours: float,
    compare: Path | None,
    feedback: Path | None,
    config_path: str | None,
) -> None:
    """Write an HTML report from RESULTS, the JSON Lines output of `check --format jsonl`.

    Findings per 100 words by standard, category, team and worker (warnings apart from
    hints); case notes recorded within 48 hours; the person's voice; reading ages against
    the configured aim; the commonest acronyms, jargon and legal terms; a month-by-month
    view; every team's and worker's records. The page is one file with no scripts and
    nothing fetched from elsewhere.
    """
    with usage_errors():
        config = resolve_config(config_path, str(results))
    target_age = config.options.readability.target_reading_age
    try:
        audit = gather(read_results(results), within_hours, target_age)
        earlier = gather(read_results(compare), within_hours, target_age) if compare else None
    except InputError as error:
        click.echo(f"recordlint: {error}", err=True)
        raise SystemExit(2) from None
    generated = datetime.now().strftime("%-d %B %Y %H:%M")
    page = render(audit, title=title, generated=generated, earlier=earlier)
    # The page quotes terms from the records unless the results were redacted; either
    # way it names workers and teams, so it is kept to its owner.
    write_atomically(output, page, private=True)
    click.echo(f"Wrote {output} ({audit.total.records:,} records).", err=True)
    if feedback is not None:
        feedback.mkdir(parents=True, exist_ok=True)
        for author in sorted(audit.authors):
            path = feedback / f"{anchor('feedback', author)}.html"
            write_atomically(path, feedback_page(audit, author, generated=generated), private=True)
        click.echo(f"Wrote {len(audit.authors)} feedback pages to {feedback}.", err=True)
