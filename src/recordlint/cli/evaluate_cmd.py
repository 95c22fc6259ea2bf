"""`recordlint eval`: precision and recall per category on an annotated corpus."""

from __future__ import annotations

import json
from pathlib import Path

import click

from recordlint.api import Linter
from recordlint.cli.options import resolve_config, selection_options, usage_errors
from recordlint.evaluate import evaluate, format_table, read_corpus


@click.command("eval")
@click.argument("corpus", type=click.Path(exists=True, file_okay=False))
@click.option("--format", "output_format", type=click.Choice(["text", "json"]), default="text")
@selection_options
@click.option("--show-false-flags", is_flag=True,
              help="List false flags in quotes and on exemplary records.")  # fmt: skip
def eval_command(
    corpus: str,
    output_format: str,
    select: tuple[str, ...],
    ignore: tuple[str, ...],
    config_path: str | None,
    show_false_flags: bool,
) -> None:
    """Print precision and recall per category on CORPUS (gold annotation format)."""
    with usage_errors():
        config = resolve_config(config_path, corpus, select, ignore)
        result = evaluate(read_corpus(Path(corpus)), Linter(config))
    if output_format == "json":
        click.echo(json.dumps(result.to_dict(), indent=2))
        return
    click.echo(format_table(result))
    if show_false_flags:
        for flag in [*result.quote_flags, *result.exemplary_flags]:
            click.echo(f"  {flag.record}: {flag.code} {flag.text!r} ({flag.reason})")
