"""`recordlint rules` and `recordlint explain`."""

from __future__ import annotations

import click

from recordlint.cli.status import ExitStatus
from recordlint.docs import render, rules_markdown
from recordlint.rules.registry import all_rules, get_rule


@click.command()
@click.option("--format", "output_format", type=click.Choice(["text", "json", "markdown"]),
              default="text",
              help="markdown: every rule's full documentation, as in docs/rules.md")  # fmt: skip
def rules(output_format: str) -> None:
    """List every rule with its code, category, standard and severity."""
    listed = all_rules()
    if output_format == "markdown":
        click.echo(rules_markdown(), nl=False)
        return
    if output_format == "json":
        import json

        click.echo(json.dumps([
            {"code": r.code, "name": r.name, "category": r.category.value,
             "standard": r.standard, "severity": r.severity.value,
             "fix": r.fix.value if r.fix else None, "summary": r.summary}
            for r in listed
        ], indent=2))  # fmt: skip
        return
    for r in listed:
        columns = f"{r.code}  {r.name:<32} {r.category.value:<16} {r.severity.value:<8}"
        click.echo(f"{columns} {r.summary}")


@click.command()
@click.argument("code")
def explain(code: str) -> None:
    """Print a rule's documentation: what it finds, why it matters, an example."""
    found = get_rule(code)
    if found is None:
        by_name = [r for r in all_rules() if r.name == code.lower()]
        found = by_name[0] if by_name else None
    if found is None:
        click.echo(f"recordlint: no rule '{code}'; 'recordlint rules' lists them", err=True)
        raise SystemExit(ExitStatus.USAGE)
    click.echo(render(found))
