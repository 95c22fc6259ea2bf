"""Per-document state: the version being linted, the pending task, the last report."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field

from recordlint.findings import Report


@dataclass
class DocumentState:
    uri: str
    language_id: str
    version: int | None = None
    pending: asyncio.Task[None] | None = None
    release: asyncio.TimerHandle | None = None
    report: Report | None = None
    report_version: int | None = None
    last_edit: tuple[int, int] | None = None  # offsets of the latest change, while typing
    ignored_rules: set[str] = field(default_factory=set)
    too_large_reported: bool = False

    def cancel(self) -> None:
        if self.pending is not None and not self.pending.done():
            self.pending.cancel()
        if self.release is not None:
            self.release.cancel()
            self.release = None
