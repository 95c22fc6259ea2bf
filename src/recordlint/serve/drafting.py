"""What the drafting page shows: findings with their explanation and fixes, a summary, and a
page per rule. Plain data and escaped HTML; no record text is kept."""

from __future__ import annotations

import html
import re
from collections import Counter
from collections.abc import Callable
from functools import cache
from typing import Any

from recordlint.docs import parse_docs, render
from recordlint.findings import Finding, Report
from recordlint.offsets import Utf16Offsets
from recordlint.rules.registry import Rule, get_rule
from recordlint.serve.languagetool import category_name
from recordlint.standards import CLAUSES, describe


def page_response(
    report: Report,
    kind_inferred: bool,
    rule_url: Callable[[str], str],
    display_span: Callable[[Finding, str], tuple[int, int]],
) -> dict[str, Any]:
    """The drafting page's answer for one lint. Offsets are UTF-16 code units, which is how
    JavaScript indexes the textarea's value, so the page can slice and replace directly."""
    offsets = Utf16Offsets(report.text)
    findings = []
    for finding in report.findings:
        start, end = display_span(finding, report.text)
        findings.append(
            {
                **_explained(finding.code),
                "code": finding.code,
                "name": finding.name,
                "category": finding.category.value,
                "categoryName": category_name(finding.category),
                "severity": finding.severity.value,
                "message": finding.message,
                "start": offsets.to_utf16(start),
                "end": offsets.to_utf16(end),
                "text": report.text[start:end],
                "suggestions": list(finding.suggestions),
                # Only a safe fix replaces the words as they stand; the page offers the
                # others too, saying they need the writer's judgement.
                "fix": finding.fix,
                "documentLevel": finding.document_level,
                "standard": describe(finding.standard),
                "standardQuote": _quotation(finding.standard),
                "url": rule_url(finding.code),
            }
        )
    by_standard = Counter(describe(f.standard) for f in report.findings)
    by_severity = Counter(f.severity.value for f in report.findings)
    metrics = report.metrics
    return {
        "kind": report.kind.value,
        "kindInferred": kind_inferred,
        "findings": findings,
        "summary": {
            "total": len(report.findings),
            "bySeverity": dict(by_severity),
            "byStandard": [
                {"standard": standard, "count": count}
                for standard, count in sorted(by_standard.items(), key=lambda item: -item[1])
            ],
            "readingAge": metrics.get("uk_reading_age"),
            "words": metrics.get("words"),
            "sentences": metrics.get("sentences"),
        },
        # Rule failures, such as an unreachable grammar server; they name no record text.
        "errors": list(report.errors),
    }


def _quotation(ref: str) -> str:
    clause = CLAUSES.get(ref)
    return clause.quotation if clause else ""


@cache
def _explained(code: str) -> dict[str, str]:
    """A rule's one-line summary and its "why it matters", the same for every finding."""
    rule = get_rule(code)
    if rule is None:
        return {"summary": "", "why": ""}
    docs = parse_docs(rule)
    why = " ".join(docs.sections.get("Why it matters", "").split("\n\n")[0].split())
    return {"summary": docs.summary, "why": why}


# --- rule pages -------------------------------------------------------------------------

_INLINE_CODE = re.compile(r"`([^`]+)`")
_EMPHASIS = re.compile(r"\*\*([^*]+)\*\*")


def _inline(text: str) -> str:
    escaped = html.escape(text, quote=False)
    escaped = _INLINE_CODE.sub(r"<code>\1</code>", escaped)
    return _EMPHASIS.sub(r"<strong>\1</strong>", escaped)


def _markdown_blocks(markdown: str) -> list[str]:
    """The few Markdown forms rule documentation uses: headings, paragraphs, quotations and
    bulleted lists. Everything is escaped first, so no text can become markup."""
    out: list[str] = []
    for block in re.split(r"\n\s*\n", markdown.strip()):
        lines = block.splitlines()
        first = lines[0]
        if first.startswith("#"):
            level = min(len(first) - len(first.lstrip("#")), 3)
            out.append(f"<h{level}>{_inline(first.lstrip('#').strip())}</h{level}>")
            lines = lines[1:]
            if not lines:
                continue
            block = "\n".join(lines)
        if lines[0].strip() in ("Before:", "After:"):
            out.append(f"<p class='label'>{lines[0].strip()}</p>")
            lines = lines[1:]
            if not lines:
                continue
            block = "\n".join(lines)
        if all(line.lstrip().startswith(">") for line in lines):
            quoted = " ".join(line.lstrip().lstrip(">").strip() for line in lines)
            out.append(f"<blockquote>{_inline(quoted)}</blockquote>")
        elif lines[0].lstrip().startswith("- "):
            items: list[str] = []
            for line in lines:
                if line.lstrip().startswith("- "):
                    items.append(line.lstrip()[2:])
                elif items:
                    items[-1] += " " + line.strip()
            out.append("<ul>" + "".join(f"<li>{_inline(i)}</li>" for i in items) + "</ul>")
        else:
            out.append(f"<p>{_inline(' '.join(block.split()))}</p>")
    return out


def rule_page(rule: Rule) -> str:
    """One self-contained page of the rule's documentation."""
    title = f"{rule.code} {rule.name}"
    body = "\n".join(_markdown_blocks(render(rule)))
    return (
        "<!doctype html>\n<html lang='en-GB'><head><meta charset='utf-8'>"
        "<meta name='viewport' content='width=device-width, initial-scale=1'>"
        f"<title>{html.escape(title)} · recordlint</title>"
        "<link rel='stylesheet' href='/static/drafting.css'></head>"
        "<body class='rule-page'><main id='main'>"
        "<p><a href='/'>Back to the drafting page</a></p>"
        f"{body}</main></body></html>\n"
    )
