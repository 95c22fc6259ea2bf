"""Findings as Word comments: a copy of a .docx with each finding anchored on its words.

The document's text is read paragraph by paragraph (the body, tables and the tables inside
them, headers and footers), linted once as one record by the Linter, and each finding is
mapped back to the runs that hold its words. Runs are split at a finding's edges, each part
keeping the run's formatting, so the comment covers exactly the flagged words and the text
and its formatting are otherwise unchanged.

Word cannot hold comments in headers and footers, so findings there are returned, not
anchored. Text boxes, footnotes and endnotes are not read.

With ``track_changes``, a finding whose first suggestion is safe to use as it stands also
gets that replacement as a tracked change (the words deleted, the suggestion inserted, both
by recordlint), which the writer accepts or rejects in Word.
"""

from __future__ import annotations

import copy
import io
import itertools
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.table import Table
from docx.text.hyperlink import Hyperlink
from docx.text.paragraph import Paragraph
from docx.text.run import Run

from recordlint.api import Linter
from recordlint.findings import Finding
from recordlint.io.atomic import write_atomically
from recordlint.standards import describe
from recordlint.text import overlaps_any, quote_spans

AUTHOR = "recordlint"
INITIALS = "RL"
MAX_SUGGESTIONS = 3
# Parts of a document read as separate blocks: a header's last line is not the start of the
# body's first sentence.
PART_BREAK = "\n\n"
# A run holding only these can be split in two without losing anything: its properties, text,
# tabs and line breaks. Others (pictures, fields, page breaks) are anchored whole.
_SPLITTABLE = {qn("w:rPr"), qn("w:t"), qn("w:tab"), qn("w:cr"), qn("w:lastRenderedPageBreak")}


@dataclass
class Segment:
    """One paragraph of the document and where its text sits in the linted text."""

    paragraph: Paragraph
    part: str  # "body", "header" or "footer"
    start: int
    text: str

    @property
    def end(self) -> int:
        return self.start + len(self.text)


@dataclass
class Annotation:
    """What annotating one document did."""

    findings: list[Finding] = field(default_factory=list)
    anchored: list[tuple[Finding, str]] = field(default_factory=list)  # finding, anchor text
    # Findings in headers and footers, with the part's name: Word keeps no comments there.
    not_anchored: list[tuple[str, Finding]] = field(default_factory=list)
    tracked: list[tuple[Finding, str]] = field(default_factory=list)  # finding, replacement


def runs_of(paragraph: Paragraph) -> list[Run]:
    """The paragraph's runs in order, those inside hyperlinks included."""
    found: list[Run] = []
    for item in paragraph.iter_inner_content():
        found.extend(item.runs if isinstance(item, Hyperlink) else [item])
    return found


def paragraph_text(paragraph: Paragraph) -> str:
    return "".join(run.text for run in runs_of(paragraph))


def _paragraphs_in(container: Any) -> Iterator[Paragraph]:
    """Paragraphs in reading order, table cells (and tables inside them) included; a merged
    cell, which python-docx returns once per grid column it spans, is read once."""
    for block in container.iter_inner_content():
        if isinstance(block, Paragraph):
            yield block
        elif isinstance(block, Table):
            for row in block.rows:
                seen: set[int] = set()
                for cell in row.cells:
                    if id(cell._tc) in seen:
                        continue
                    seen.add(id(cell._tc))
                    yield from _paragraphs_in(cell)


def _headers_and_footers(document: Any, which: str) -> Iterator[Any]:
    for section in document.sections:
        for name in (which, f"first_page_{which}", f"even_page_{which}"):
            part = getattr(section, name)
            if not part.is_linked_to_previous:
                yield part


def document_segments(document: Any) -> tuple[str, list[Segment]]:
    """The text to lint, headers first and footers last, one line per paragraph (as
    ``recordlint check`` reads a .docx), and where each paragraph's text sits in it."""
    parts: list[tuple[str, list[Paragraph]]] = []
    parts += [("header", list(_paragraphs_in(h))) for h in _headers_and_footers(document, "header")]
    parts.append(("body", list(_paragraphs_in(document))))
    parts += [("footer", list(_paragraphs_in(f))) for f in _headers_and_footers(document, "footer")]
    segments: list[Segment] = []
    pieces: list[str] = []
    offset = 0
    for name, paragraphs in parts:
        if not paragraphs:
            continue
        if pieces:
            pieces.append(PART_BREAK)
            offset += len(PART_BREAK)
        for n, paragraph in enumerate(paragraphs):
            if n:
                pieces.append("\n")
                offset += 1
            text = paragraph_text(paragraph)
            segments.append(Segment(paragraph, name, offset, text))
            pieces.append(text)
            offset += len(text)
    return "".join(pieces), segments


def _splittable(run: Run) -> bool:
    return all(
        child.tag in _SPLITTABLE or (child.tag == qn("w:br") and child.get(qn("w:type")) is None)
        for child in run._r
    )


def _split(run: Run, at: int) -> None:
    """Split ``run`` before its ``at``-th character; the copy after it keeps its formatting."""
    text = run.text
    right = copy.deepcopy(run._r)
    run._r.addnext(right)
    run.text = text[:at]
    Run(right, run._parent).text = text[at:]


def _split_at(segment: Segment, cuts: set[int]) -> None:
    """Split the segment's runs so that each local offset in ``cuts`` is a run boundary."""
    start = 0
    for run in runs_of(segment.paragraph):
        end = start + len(run.text)
        inside = sorted((c - start for c in cuts if start < c < end), reverse=True)
        if inside and _splittable(run):
            for at in inside:  # from the end, so earlier offsets stay valid
                _split(run, at)
        start = end


def _runs_between(segment: Segment, start: int, end: int) -> list[Run]:
    """Runs inside [start, end) of the segment's text; where a run could not be split, the
    runs that overlap it."""
    inside: list[Run] = []
    overlapping: list[Run] = []
    offset = 0
    for run in runs_of(segment.paragraph):
        run_end = offset + len(run.text)
        if run_end > offset and start <= offset and run_end <= end:
            inside.append(run)
        if offset < end and start < run_end:
            overlapping.append(run)
        offset = run_end
    covered = sum(len(r.text) for r in inside)
    return inside if covered == end - start else overlapping


def comment_text(finding: Finding) -> list[str]:
    """A comment's paragraphs: the message, the standard, the suggestion."""
    lines = [f"{finding.code} {finding.name}: {finding.message}", describe(finding.standard)]
    if finding.suggestions:
        lines.append("Suggestion: " + " / ".join(finding.suggestions[:MAX_SUGGESTIONS]))
    return lines


def _free_ids(document: Any, reserved: int) -> Iterator[int]:
    """Ids for tracked changes that no other mark-up in the body uses (comments, bookmarks,
    changes), leaving room for ``reserved`` comments still to be added."""
    used = [int(v) for v in document.element.body.xpath("//@w:id") if str(v).isdigit()]
    return itertools.count(max(used, default=0) + reserved + 1)


def _track_replacement(runs: list[Run], replacement: str, ids: Iterator[int]) -> bool:
    """Mark ``runs`` deleted and ``replacement`` inserted after them, as Word's tracked
    changes by recordlint; False (and nothing changed) where the runs are not side by side
    in one paragraph."""
    parent = runs[0]._r.getparent()
    siblings = list(parent)
    positions = [siblings.index(r._r) if r._r in siblings else -1 for r in runs]
    if -1 in positions or positions != list(range(positions[0], positions[0] + len(runs))):
        return False
    stamp = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    deleted, inserted = OxmlElement("w:del"), OxmlElement("w:ins")
    for mark in (deleted, inserted):
        mark.set(qn("w:id"), str(next(ids)))
        mark.set(qn("w:author"), AUTHOR)
        mark.set(qn("w:date"), stamp)
    new_run = copy.deepcopy(runs[0]._r)  # the suggestion keeps the first word's formatting
    Run(new_run, runs[0]._parent).text = replacement
    inserted.append(new_run)
    runs[0]._r.addprevious(deleted)
    for run in runs:
        deleted.append(run._r)
        for text in run._r.findall(qn("w:t")):
            text.tag = qn("w:delText")
    deleted.addnext(inserted)
    return True


def annotate_document(
    document: Any, linter: Linter, kind: str | None = None, *, track_changes: bool = False
) -> Annotation:
    """Lint ``document`` and add a comment for each finding, anchored on its words; with
    ``track_changes``, safe replacements too, as tracked changes."""
    text, segments = document_segments(document)
    report = linter.lint(text, kind=kind)
    result = Annotation(findings=list(report.findings))
    placed: list[tuple[Finding, list[tuple[Segment, int, int]]]] = []
    cuts: dict[int, set[int]] = {}
    for finding in report.findings:
        spans = [
            (seg, max(finding.start, seg.start) - seg.start, min(finding.end, seg.end) - seg.start)
            for seg in segments
            if seg.start < finding.end and finding.start < seg.end
        ]
        part = next((seg.part for seg, _, _ in spans if seg.part != "body"), None)
        if part is not None or not spans:
            result.not_anchored.append((part or "body", finding))
            continue
        placed.append((finding, spans))
        for seg, start, end in spans:
            cuts.setdefault(id(seg), set()).update((start, end))
    change_ids = _free_ids(document, reserved=len(placed))
    quotes = quote_spans(text) if track_changes else []
    by_id = {id(seg): seg for seg in segments}
    for key, offsets in cuts.items():
        _split_at(by_id[key], offsets)
    for finding, spans in placed:
        runs = [run for seg, start, end in spans for run in _runs_between(seg, start, end)]
        if not runs:
            result.not_anchored.append(("body", finding))
            continue
        first, *rest = comment_text(finding)
        comment = document.add_comment(runs, text=first, author=AUTHOR, initials=INITIALS)
        for line in rest:
            comment.add_paragraph(line)
        anchor = "\n".join(
            "".join(r.text for r in _runs_between(seg, start, end)) for seg, start, end in spans
        )
        result.anchored.append((finding, anchor))
        replacement = finding.suggestions[0] if finding.suggestions else None
        safe = track_changes and finding.fix == "safe" and replacement and anchor == finding.text
        # The person's own words are never corrected, whichever rule flagged them.
        safe = safe and not overlaps_any(finding.start, finding.end, quotes)
        if safe and replacement is not None and _track_replacement(runs, replacement, change_ids):
            result.tracked.append((finding, replacement))
    return result


def annotate_file(
    source: Path,
    target: Path,
    linter: Linter,
    kind: str | None = None,
    *,
    track_changes: bool = False,
) -> Annotation:
    """Write a copy of ``source`` to ``target`` with the findings as comments."""
    document = Document(str(source))
    result = annotate_document(document, linter, kind, track_changes=track_changes)
    buffer = io.BytesIO()
    document.save(buffer)
    write_atomically(target, buffer.getvalue(), private=True)
    return result
