"""Hover: what the finding under the cursor means, which standard it serves, an example."""

from __future__ import annotations

from recordlint.docs import parse_docs
from recordlint.findings import Finding
from recordlint.rules.registry import get_rule
from recordlint.standards import CLAUSES, describe


def hover_markdown(finding: Finding) -> str:
    rule = get_rule(finding.code)
    lines = [f"**{finding.code} {finding.name}** · {finding.category.value}", "", finding.message]
    if finding.suggestions:
        lines += ["", "Try: " + " · ".join(f"*{s}*" for s in finding.suggestions[:4])]
    clause = CLAUSES.get(finding.standard)
    lines += ["", f"**{describe(finding.standard)}**" + (f": {clause.quotation}" if clause else "")]
    if rule is not None:
        docs = parse_docs(rule)
        why = docs.sections.get("Why it matters")
        if why:
            lines += ["", why]
        if docs.before and docs.after:
            lines += ["", f"Before: {docs.before}", "", f"After: {docs.after}"]
    return "\n".join(lines)
