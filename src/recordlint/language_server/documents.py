"""Per-document state: the server's own copy of the text, the pending task, the last report.

The server keeps its own text rather than pygls's: pygls splits lines with ``str.splitlines``,
which also breaks on form feeds and U+2028 (common in text pasted from Word), so incremental
edits after such a character would land on the wrong line. Here only LF, CRLF and CR count,
as LSP says.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field

from lsprotocol import types

from recordlint.findings import Report
from recordlint.language_server.convert import PositionMap


@dataclass
class DocumentState:
    uri: str
    language_id: str
    text: str
    version: int | None = None
    pending: asyncio.Task[None] | None = None
    release: asyncio.TimerHandle | None = None
    report: Report | None = None
    report_version: int | None = None
    # Bumped whenever what the client should see changes (a new report, a rule ignored,
    # the caret hold ending), so pull clients never keep a stale "unchanged" answer.
    generation: int = 0
    last_edit: tuple[int, int] | None = None  # offsets of the latest change, while typing
    last_edit_at: float = 0.0  # event-loop time of that change
    ignored_rules: set[str] = field(default_factory=set)
    too_large: bool = False
    too_large_reported: bool = False
    # The check of one version, shared by everyone who asks for it, and that version.
    checking: asyncio.Task[None] | None = None
    checking_version: int | None = None
    partial: bool = False  # the report holds only the quick pass's findings so far
    quick_done: asyncio.Event = field(default_factory=asyncio.Event)
    failed: str | None = None  # the exception's name when the last check failed

    def apply(
        self, changes: list[types.TextDocumentContentChangeEvent], encoding: str
    ) -> tuple[int, int] | None:
        """Apply the client's changes in order; return the offsets the last edit covers now."""
        edited: tuple[int, int] | None = None
        for change in changes:
            if isinstance(change, types.TextDocumentContentChangePartial):
                positions = PositionMap(self.text, encoding)
                start = positions.offset(change.range.start)
                end = max(start, positions.offset(change.range.end))
                self.text = self.text[:start] + change.text + self.text[end:]
                edited = (start, start + len(change.text))
            else:
                self.text = change.text
                edited = None
        return edited

    def cancel(self) -> None:
        if self.pending is not None and not self.pending.done():
            self.pending.cancel()
        self.cancel_release()

    def cancel_release(self) -> None:
        if self.release is not None:
            self.release.cancel()
            self.release = None
