"""The command-line interface: a thin layer over the core library."""

from __future__ import annotations

import warnings

import click

from recordlint import __version__
from recordlint.cli.annotate_cmd import annotate_command
from recordlint.cli.check import check
from recordlint.cli.config_cmd import config_command
from recordlint.cli.evaluate_cmd import eval_command
from recordlint.cli.options import report_internal_error
from recordlint.cli.report_cmd import report_command
from recordlint.cli.rules_cmd import explain, rules
from recordlint.cli.sample_cmd import sample_command
from recordlint.cli.serve_cmd import serve_command
from recordlint.cli.spark_cmd import spark_command


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="recordlint")
def cli() -> None:
    """Check adult social care records against the practice standards for plain, person-centred
    recording. Nothing leaves this machine."""


cli.add_command(check)
cli.add_command(rules)
cli.add_command(explain)
cli.add_command(config_command)
cli.add_command(eval_command)
cli.add_command(sample_command)
cli.add_command(report_command)
cli.add_command(spark_command)
cli.add_command(serve_command)
cli.add_command(annotate_command)


@cli.command("lsp")
@click.option("--tcp", is_flag=True, help="Listen on 127.0.0.1 instead of standard input/output.")
@click.option("--port", type=int, default=2087, show_default=True)
def lsp(tcp: bool, port: int) -> None:
    """Start the language server (standard input/output by default)."""
    try:
        from recordlint.language_server.server import serve
    except ModuleNotFoundError as error:
        raise click.ClickException(f"the language server is not available: {error}") from None
    serve(tcp=tcp, port=port)


def _one_line_warning(message: Warning | str, category: type[Warning], *args: object,
                      **kwargs: object) -> str:  # fmt: skip
    # Users see "recordlint: warning: ...", not a Python source line.
    return f"recordlint: warning: {message}\n"


def main() -> None:
    warnings.formatwarning = _one_line_warning
    try:
        cli()
    except Exception as error:  # not a traceback and status 1, which would read as findings
        report_internal_error(error)
