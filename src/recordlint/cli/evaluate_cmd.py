"""`recordlint eval`: precision and recall per category on an annotated corpus, or precision per
rule on real texts whose findings were judged by hand (a folder holding verdicts.jsonl)."""

from __future__ import annotations

import json
from pathlib import Path

import click

from recordlint.api import Linter
from recordlint.cli.options import resolve_config, selection_options, usage_errors
from recordlint.errors import InputError
from recordlint.evaluate import evaluate, format_table, read_corpus
from recordlint.verdicts import (
    ACRONYM_GOLD_FILE,
    ALL_SPLITS,
    TUNING,
    TUNING_SPLITS,
    VERDICTS_FILE,
    format_verdict_table,
    is_verdict_corpus,
    lint_texts,
    read_acronym_gold,
    read_texts,
    read_verdicts,
    score,
    unjudged_lines,
    with_total,
)


@click.command("eval")
@click.argument("corpus", type=click.Path(exists=True, file_okay=False))
@click.option("--format", "output_format", type=click.Choice(["text", "json"]), default="text")
@selection_options
@click.option("--show-false-flags", is_flag=True,
              help="List false flags in quotes and on exemplary records; on a judged corpus, "
                   "the findings judged false that are still raised on the tuning splits "
                   "(dev and the fresh batches; never the holdout).")  # fmt: skip
@click.option("--write-unjudged", "unjudged_path", type=click.Path(dir_okay=False),
              help="Judged corpora: write every finding without a verdict to this JSON Lines "
                   "file, ready to judge and append to verdicts.jsonl.")  # fmt: skip
@click.option("--split", "only_splits", multiple=True, metavar="NAME",
              help="Judged corpora: lint and report only the texts of this split (repeat for "
                   "several); --split tuning names the splits that may be tuned on.")  # fmt: skip
@click.option("--text-only", is_flag=True,
              help="Gold corpora: give the linter the text alone, not the gold dates as an "
                   "export's date columns, so dates must be read from the text.")  # fmt: skip
def eval_command(
    corpus: str,
    output_format: str,
    select: tuple[str, ...],
    ignore: tuple[str, ...],
    config_path: str | None,
    show_false_flags: bool,
    unjudged_path: str | None,
    only_splits: tuple[str, ...],
    text_only: bool,
) -> None:
    """Score recordlint on CORPUS.

    A folder with gold.jsonl (the gold annotation format) gets precision and recall per
    category. A folder with verdicts.jsonl (real texts, every finding judged by hand) gets,
    per rule and split, the findings judged true, false or debatable, precision, false alarms
    per 1,000 words, the findings not judged yet and the judged ones kept or lost.
    """
    folder = Path(corpus)
    if is_verdict_corpus(folder):
        _eval_verdicts(folder, output_format, select, ignore, config_path, unjudged_path,
                       show_false_flags, _named_splits(only_splits))  # fmt: skip
        return
    with usage_errors():
        config = resolve_config(config_path, corpus, select, ignore)
        result = evaluate(read_corpus(folder), Linter(config), dates_as_metadata=not text_only)
    if output_format == "json":
        click.echo(json.dumps(result.to_dict(), indent=2))
        return
    click.echo(format_table(result))
    if show_false_flags:
        for flag in [*result.quote_flags, *result.exemplary_flags]:
            click.echo(f"  {flag.record}: {flag.code} {flag.text!r} ({flag.reason})")


def _named_splits(names: tuple[str, ...]) -> frozenset[str]:
    """The splits asked for, with "tuning" standing for every split that may be tuned on."""
    named: set[str] = set()
    for name in names:
        named.update(TUNING_SPLITS if name == TUNING else (name,))
    return frozenset(named)


def _eval_verdicts(
    folder: Path,
    output_format: str,
    select: tuple[str, ...],
    ignore: tuple[str, ...],
    config_path: str | None,
    unjudged_path: str | None,
    show_false_flags: bool,
    only_splits: frozenset[str],
) -> None:
    with usage_errors():
        config = resolve_config(config_path, str(folder), select, ignore)
        texts = read_texts(folder)
        verdicts = read_verdicts(folder / VERDICTS_FILE)
        gold = read_acronym_gold(folder / ACRONYM_GOLD_FILE, texts)
        if only_splits:
            # Left out before linting, so that a tuning run never lints or shows the holdout.
            texts = [text for text in texts if text.split in only_splits]
            if not texts:
                raise InputError(f"{folder}: no texts in split {', '.join(sorted(only_splits))}")
        linted = list(lint_texts(texts, Linter(config)))
    splits = with_total(score(linted, verdicts, gold))
    if unjudged_path:
        lines = list(unjudged_lines(linted, verdicts))
        Path(unjudged_path).write_text("".join(f"{line}\n" for line in lines), encoding="utf-8")
    if output_format == "json":
        click.echo(json.dumps({name: part.to_dict() for name, part in splits.items()}, indent=2))
        return
    click.echo(format_verdict_table(splits))
    overall = splits.get(ALL_SPLITS) or next(iter(splits.values()))
    if overall.unjudged:
        click.echo(f"\nNot judged yet ({len(overall.unjudged)}):")
        for key in overall.unjudged:
            click.echo(f"  {key.describe()}")
    if overall.lost:
        click.echo(f"\nJudged true but no longer raised ({len(overall.lost)}):")
        for verdict in overall.lost:
            click.echo(f"  {verdict.key.describe()}")
    if show_false_flags:
        # Tuning splits only: the holdout's false alarms are not listed, so that no one
        # tunes on them.
        for name in TUNING_SPLITS:
            part = splits.get(name)
            if part is None:
                continue
            raised = len(part.false_raised)
            click.echo(f"\n{name} findings judged false and still raised ({raised}):")
            for verdict in part.false_raised:
                click.echo(f"  {verdict.key.describe()}: {verdict.reason}")
