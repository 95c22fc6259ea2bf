"""Write reports as text lines or the versioned JSON that other tools read."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from recordlint.findings import JSON_VERSION, Finding, Report, Severity
from recordlint.text import LineIndex


def finding_dict(finding: Finding, index: LineIndex) -> dict[str, Any]:
    line, column = index.position(finding.start)
    end_line, end_column = index.position(finding.end)
    data = finding.to_dict()
    data.pop("name")
    data.update(line=line, column=column, end_line=end_line, end_column=end_column)
    ordered = (
        "code", "category", "severity", "message", "start", "end", "line", "column",
        "end_line", "end_column", "text", "standard", "suggestions",
    )  # fmt: skip
    return {key: data[key] for key in ordered}


def file_dict(
    path: str,
    record_id: str,
    report: Report | None,
    errors: Iterable[str] = (),
    min_severity: Severity = Severity.INFO,
) -> dict[str, Any]:
    if report is None:
        return {"path": path, "id": record_id, "kind": None, "findings": [], "metrics": {},
                "errors": list(errors)}  # fmt: skip
    index = LineIndex(report.text)
    findings = [
        finding_dict(f, index) for f in report.findings if f.severity.rank >= min_severity.rank
    ]
    return {
        "path": path,
        "id": record_id,
        "kind": report.kind.value,
        "findings": findings,
        "metrics": report.metrics,
        "errors": [*errors, *report.errors],
    }


def json_document(files: list[dict[str, Any]]) -> str:
    return json.dumps({"version": JSON_VERSION, "files": files}, indent=2, ensure_ascii=False)


def text_lines(path: str, report: Report, min_severity: Severity) -> list[str]:
    """`path:line:col: CODE message` lines, as grep, editors and reviewdog expect."""
    index = LineIndex(report.text)
    lines = []
    for f in report.findings:
        if f.severity.rank < min_severity.rank:
            continue
        line, column = index.position(f.start)
        hint = f" (try: {' / '.join(f.suggestions[:3])})" if f.suggestions else ""
        lines.append(f"{path}:{line}:{column}: {f.code} {f.message}{hint}")
    return lines
