"""`recordlint annotate`: Word documents back with each finding as a comment."""

from __future__ import annotations

from pathlib import Path

import click

from recordlint.api import Linter
from recordlint.cli.options import kind_option, resolve_config, selection_options, usage_errors

OUTPUT_SUFFIX = ".checked.docx"


def _targets(source: Path, output: Path | None) -> list[tuple[Path, Path]]:
    """(document, where its annotated copy goes) for a file or every .docx in a folder."""
    if source.is_file():
        if source.suffix.lower() != ".docx":
            raise click.UsageError(f"{source.name} is not a Word document (.docx)")
        target = output or source.with_name(source.name[: -len(".docx")] + OUTPUT_SUFFIX)
        if target.is_dir():
            target = target / source.name
        if target.resolve() == source.resolve():
            raise click.UsageError(f"{source.name}: the annotated copy would replace it")
        return [(source, target)]
    if output is None:
        raise click.UsageError("annotating a folder needs -o, a folder for the annotated copies")
    if output.exists() and not output.is_dir():
        raise click.UsageError(f"{output} is a file; -o must be a folder for a folder")
    documents = sorted(
        path
        for path in source.rglob("*.docx")
        # Word's lock files (~$letter.docx) and copies from an earlier run are not records.
        if not path.name.startswith("~$") and not path.name.endswith(OUTPUT_SUFFIX)
    )
    pairs = [(path, output / path.relative_to(source)) for path in documents]
    for document, target in pairs:
        if target.resolve() == document.resolve():
            raise click.UsageError(f"{document.name}: the annotated copy would replace it")
    return pairs


@click.command("annotate")
@click.argument("source", type=click.Path(exists=True, path_type=Path))
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path),
    default=None,
    help=f"Where the annotated copy goes (a folder for a folder). Default: NAME{OUTPUT_SUFFIX}.",
)
@kind_option
@click.option(
    "--track-changes",
    is_flag=True,
    help="Also make each safe replacement as a tracked change, to accept or reject in Word.",
)
@selection_options
def annotate_command(
    source: Path,
    output: Path | None,
    kind: str | None,
    track_changes: bool,
    select: tuple[str, ...],
    ignore: tuple[str, ...],
    config_path: str | None,
) -> None:
    """Write a copy of each Word document with every finding as a comment on its words.

    The text and its formatting are otherwise unchanged. Tables, headers and footers are
    checked; Word keeps no comments in headers and footers, so findings there are listed
    here instead.
    """
    from recordlint.docx_annotate import annotate_file

    pairs = _targets(source, output)
    if not pairs:
        click.echo(f"recordlint: no .docx files in {source}", err=True)
        return
    with usage_errors():
        linter = Linter(resolve_config(config_path, str(source), select, ignore))
    failed = 0
    for document, target in pairs:
        target.parent.mkdir(parents=True, exist_ok=True)
        try:
            result = annotate_file(document, target, linter, kind, track_changes=track_changes)
        except Exception as error:  # python-docx raises several kinds for a damaged file
            click.echo(f"{document}: not annotated: {type(error).__name__}: {error}", err=True)
            failed += 1
            continue
        changes = f", {len(result.tracked)} tracked changes" if track_changes else ""
        click.echo(f"{document}: {len(result.anchored)} comments{changes} -> {target}")
        for part, finding in result.not_anchored:
            why = "no words to anchor it on" if part == "body" else "Word keeps no comments there"
            click.echo(
                f"{document}: {part}: {finding.code} {finding.message} (not annotated: {why})"
            )
    if failed:
        raise SystemExit(1)
