"""The command-line interface: a thin layer over the core library."""

from __future__ import annotations

import gc
import importlib
import warnings

import click

from recordlint import __version__
from recordlint.cli import start_up

# Each command's module is imported only when that command runs (or help lists it), so
# `recordlint check` does not pay for what the report, sample or eval commands import.
_COMMANDS: dict[str, tuple[str, str]] = {
    "check": ("recordlint.cli.check", "check"),
    "rules": ("recordlint.cli.rules_cmd", "rules"),
    "explain": ("recordlint.cli.rules_cmd", "explain"),
    "config": ("recordlint.cli.config_cmd", "config_command"),
    "eval": ("recordlint.cli.evaluate_cmd", "eval_command"),
    "sample": ("recordlint.cli.sample_cmd", "sample_command"),
    "report": ("recordlint.cli.report_cmd", "report_command"),
    "spark": ("recordlint.cli.spark_cmd", "spark_command"),
    "serve": ("recordlint.cli.serve_cmd", "serve_command"),
    "annotate": ("recordlint.cli.annotate_cmd", "annotate_command"),
}
# Commands that resume garbage collection themselves once they have loaded what they need
# (see recordlint.cli.start_up); every other command resumes it before it runs.
_RESUME_THEIR_OWN_COLLECTION = frozenset({"check"})


class _CommandsOnDemand(click.Group):
    """A group whose commands, other than those added to it directly, are imported by name
    from :data:`_COMMANDS` when first asked for."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted({*super().list_commands(ctx), *_COMMANDS})

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        command = super().get_command(ctx, cmd_name)
        if command is None and cmd_name in _COMMANDS:
            module, attribute = _COMMANDS[cmd_name]
            command = getattr(importlib.import_module(module), attribute)
            self.add_command(command, cmd_name)
        return command


@click.group(cls=_CommandsOnDemand, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="recordlint")
@click.pass_context
def cli(context: click.Context) -> None:
    """Check adult social care records against the practice standards for plain, person-centred
    recording. Nothing leaves this machine."""
    if context.invoked_subcommand not in _RESUME_THEIR_OWN_COLLECTION:
        start_up.resume()


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


FIRST_GENERATION_THRESHOLD = 50_000


def _one_line_warning(message: Warning | str, category: type[Warning], *args: object,
                      **kwargs: object) -> str:  # fmt: skip
    # Users see "recordlint: warning: ...", not a Python source line.
    return f"recordlint: warning: {message}\n"


def main(*, leave_at_once: bool = True) -> None:
    """The ``recordlint`` command. ``leave_at_once``: a command that says its output is
    complete ends the process here, without freeing the heap (see
    recordlint.cli.start_up.leave_now); False raises its SystemExit to the caller instead."""
    warnings.formatwarning = _one_line_warning
    # Start-up makes hundreds of thousands of objects that live as long as the process (the
    # model, the word lists, the rules' tables). At the default threshold of 700 the
    # collector walks that growing heap again and again for cycles it does not hold, a
    # tenth of a cold start; a larger first generation still collects what a run discards.
    gc.set_threshold(FIRST_GENERATION_THRESHOLD, *gc.get_threshold()[1:])
    # Until the command has loaded what it needs: see recordlint.cli.start_up.
    start_up.pause()
    start_up.forget_output_complete()
    try:
        cli()
    except SystemExit as ending:
        if leave_at_once:
            gc.freeze()  # as below, for the exit handlers' collections
            start_up.leave_now(ending.code)
        raise
    except Exception as error:  # not a traceback and status 1, which would read as findings
        from recordlint.cli.options import report_internal_error

        report_internal_error(error)
    finally:
        # The process ends next. Its last garbage collections would walk every object of
        # the loaded model and dictionaries (a quarter of a second and more) to find cycles
        # that the ending process frees anyway; frozen objects are not walked.
        gc.freeze()
