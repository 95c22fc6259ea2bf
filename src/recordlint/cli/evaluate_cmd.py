"""`recordlint eval`: precision and recall per category on an annotated corpus."""

from __future__ import annotations

import json
from pathlib import Path

import click

from recordlint.api import Linter
from recordlint.cli.options import fail_usage, resolve_config
from recordlint.errors import ConfigError, RecordlintError
from recordlint.evaluate import evaluate, format_table, read_corpus


@click.command("eval")
@click.argument("corpus", type=click.Path(exists=True, file_okay=False))
@click.option("--format", "output_format", type=click.Choice(["text", "json"]), default="text")
@click.option("--select", multiple=True)
@click.option("--ignore", multiple=True)
@click.option("--config", "config_path", type=click.Path(dir_okay=False), default=None)
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
    try:
        config = resolve_config(config_path, corpus, select, ignore)
        result = evaluate(read_corpus(Path(corpus)), Linter(config))
    except ConfigError as error:
        fail_usage(error)
        return
    except RecordlintError as error:
        click.echo(f"recordlint: {error}", err=True)
        raise SystemExit(2) from None
    if output_format == "json":
        click.echo(json.dumps(result.to_dict(), indent=2))
        return
    click.echo(format_table(result))
    if show_false_flags:
        for flag in [*result.quote_flags, *result.exemplary_flags]:
            click.echo(f"  {flag.record}: {flag.code} {flag.text!r} ({flag.reason})")
