"""Rule documentation: parse a rule's docstring into its sections and render it."""

from __future__ import annotations

import re
from dataclasses import dataclass

from recordlint.rules.registry import Rule
from recordlint.standards import describe

REQUIRED_SECTIONS = ("Why it matters", "Example")
_HEADING = re.compile(r"^## +(.+?)\s*$", re.MULTILINE)


@dataclass(frozen=True, slots=True)
class RuleDocs:
    summary: str
    sections: dict[str, str]

    @property
    def before(self) -> str:
        return _labelled(self.sections.get("Example", ""), "Before")

    @property
    def after(self) -> str:
        return _labelled(self.sections.get("Example", ""), "After")


def parse_docs(rule: Rule) -> RuleDocs:
    text = rule.docs
    parts = _HEADING.split(text)
    summary = parts[0].strip().splitlines()[0] if parts[0].strip() else ""
    sections = {parts[i].strip(): parts[i + 1].strip() for i in range(1, len(parts) - 1, 2)}
    return RuleDocs(summary, sections)


def _labelled(example: str, label: str) -> str:
    """The text after 'Before:' or 'After:' up to the next label, unindented."""
    match = re.search(rf"^{label}:\s*\n?(.*?)(?=^\w+:\s*$|^\w+:\s|\Z)", example, re.S | re.M)
    if not match:
        return ""
    lines = [line.strip() for line in match.group(1).strip().splitlines()]
    return "\n".join(line.removeprefix("> ").removeprefix(">") for line in lines).strip()


def render(rule: Rule) -> str:
    """The Markdown that `recordlint explain` and the language server's hover show."""
    fix = {"safe": "yes", "review": "offered for review"}.get(rule.fix or "", "no")
    kinds = ", ".join(sorted(k.value for k in rule.kinds)) if rule.kinds else "all"
    header = (
        f"# {rule.code} {rule.name}\n\n"
        f"Category: {rule.category.value} · Standard: {describe(rule.standard)} · "
        f"Severity: {rule.severity.value} · Fix: {fix} · Records: {kinds}\n\n"
    )
    return header + rule.docs + "\n"
