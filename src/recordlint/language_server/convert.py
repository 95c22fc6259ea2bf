"""Offsets to LSP positions and findings to diagnostics.

The core speaks in Python string indices; LSP speaks in lines and columns counted in UTF-16
code units by default, or UTF-8 bytes or UTF-32 code points when negotiated.
"""

from __future__ import annotations

from typing import Any

from lsprotocol import types

from recordlint.findings import Finding, Severity
from recordlint.text import LineIndex

SEVERITY = {
    Severity.ERROR: types.DiagnosticSeverity.Error,
    Severity.WARNING: types.DiagnosticSeverity.Warning,
    Severity.INFO: types.DiagnosticSeverity.Information,
}


def units(text: str, encoding: str) -> int:
    """How many code units ``text`` takes in the negotiated position encoding."""
    if encoding == types.PositionEncodingKind.Utf8:
        return len(text.encode("utf-8"))
    if encoding == types.PositionEncodingKind.Utf32:
        return len(text)
    return len(text) + sum(1 for ch in text if ord(ch) > 0xFFFF)


class PositionMap:
    """Converts between Python offsets and LSP positions for one version of a document."""

    def __init__(self, text: str, encoding: str = types.PositionEncodingKind.Utf16) -> None:
        self.text = text
        self.encoding = encoding
        self.index = LineIndex(text)

    def position(self, offset: int) -> types.Position:
        offset = max(0, min(offset, len(self.text)))
        line = self.index.line_of(offset)
        start = self.index.line_starts[line]
        return types.Position(line=line, character=units(self.text[start:offset], self.encoding))

    def offset(self, position: types.Position) -> int:
        """The Python offset of an LSP position (clamped to the line, as the spec asks)."""
        if position.line >= len(self.index.line_starts):
            return len(self.text)
        start, end = self.index.line_span(position.line)
        counted = 0
        for i in range(start, end):
            if counted >= position.character:
                return i
            counted += units(self.text[i], self.encoding)
        return end

    def range(self, start: int, end: int) -> types.Range:
        return types.Range(start=self.position(start), end=self.position(end))


# A finding about the whole record (no voice of the person, no contact details) is shown on
# the first line with text, as the core places it; a long first line (a whole paragraph in
# plain text) is cut at a word boundary so the underline does not cover the paragraph.
DOCUMENT_LEVEL_MAX_CHARS = 60


def display_span(finding: Finding, text: str) -> tuple[int, int]:
    """Where the editor underlines ``finding``."""
    start, end = finding.start, finding.end
    if not finding.document_level or end - start <= DOCUMENT_LEVEL_MAX_CHARS:
        return start, end
    cut = text.rfind(" ", start, start + DOCUMENT_LEVEL_MAX_CHARS + 1)
    return start, (cut if cut > start else start + DOCUMENT_LEVEL_MAX_CHARS)


def to_diagnostic(
    finding: Finding, positions: PositionMap, docs_href: str | None, uri: str | None = None
) -> types.Diagnostic:
    """The editor's diagnostic for ``finding``; a term used again and again (one finding)
    lists its other uses as related information, where the document's ``uri`` is known."""
    related = None
    if uri is not None and finding.repeats:
        related = [
            types.DiagnosticRelatedInformation(
                location=types.Location(uri=uri, range=positions.range(r.start, r.end)),
                message=f"'{r.text}' again",
            )
            for r in finding.repeats
        ]
    data: dict[str, Any] = {
        "name": finding.name,
        "category": finding.category.value,
        "suggestions": list(finding.suggestions),
        "fix": finding.fix,
        "text": finding.text,
        "start": finding.start,
        "end": finding.end,
        "documentLevel": finding.document_level,
        "otherUses": [{"start": r.start, "end": r.end} for r in finding.repeats],
    }
    return types.Diagnostic(
        range=positions.range(*display_span(finding, positions.text)),
        message=finding.message,
        severity=SEVERITY[finding.severity],
        code=finding.code,
        code_description=types.CodeDescription(href=docs_href) if docs_href else None,
        source="recordlint",
        related_information=related,
        data=data,
    )


def failure_diagnostic(error_name: str) -> types.Diagnostic:
    """One diagnostic at the top of a document whose check failed, so the writer knows the
    record went unchecked rather than that it is clean."""
    return types.Diagnostic(
        range=types.Range(
            start=types.Position(line=0, character=0), end=types.Position(line=0, character=0)
        ),
        message=(
            f"recordlint could not check this document ({error_name}). Other documents are"
            " still checked; the server log has the details."
        ),
        severity=types.DiagnosticSeverity.Warning,
        code="check-failed",
        source="recordlint",
    )
