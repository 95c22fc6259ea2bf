"""Hover: what each finding under the cursor means, briefly, with a link to its rule page.

A hover is read in passing, so it holds the message, the standard, the fix and one example;
the reasons and the edge cases stay on the rule page.
"""

from __future__ import annotations

from recordlint.docs import parse_docs
from recordlint.findings import Finding
from recordlint.rules.registry import get_rule
from recordlint.standards import describe

MAX_SUGGESTIONS = 3
# Some examples are whole paragraphs (a reading level is about a paragraph); the hover shows
# their start, the rule page the rest.
MAX_EXAMPLE_WORDS = 20


def hover_markdown(findings: list[Finding], docs_hrefs: dict[str, str | None]) -> str:
    """Markdown for the findings under the cursor, one short block per rule."""
    blocks: list[str] = []
    shown: set[tuple[str, int, int]] = set()
    for finding in findings:
        key = (finding.code, finding.start, finding.end)
        if key in shown:
            continue
        shown.add(key)
        blocks.append(_block(finding, docs_hrefs.get(finding.code)))
    return "\n\n---\n\n".join(blocks)


def _block(finding: Finding, href: str | None) -> str:
    lines = [f"**{finding.code} {finding.name}**: {finding.message}"]
    lines.append(f"*{describe(finding.standard)}*")
    if finding.suggestions:
        lines.append("Fix: " + " · ".join(f"*{s}*" for s in finding.suggestions[:MAX_SUGGESTIONS]))
    rule = get_rule(finding.code)
    if rule is not None:
        docs = parse_docs(rule)
        if docs.before and docs.after:
            lines.append(f"Example: {_clip(docs.before)} → {_clip(docs.after)}")
    if href:
        lines.append(f"[More about {finding.code}]({href})")
    return "\n\n".join(lines)


def _clip(text: str) -> str:
    words = text.split()
    return text if len(words) <= MAX_EXAMPLE_WORDS else " ".join(words[:MAX_EXAMPLE_WORDS]) + " …"
