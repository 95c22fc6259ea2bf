"""What the client is shown: the findings visible (less the ignored rules and those under
the caret while it is held), as diagnostics pushed or pulled, and the findings under a
position for hover.

It stands apart because it reads a document's report and never makes one.
"""

from __future__ import annotations

import asyncio

from lsprotocol import types

from recordlint.findings import Finding
from recordlint.language_server.configuration import ConfiguredServer
from recordlint.language_server.convert import PositionMap, failure_diagnostic, to_diagnostic
from recordlint.language_server.docs_links import docs_href
from recordlint.language_server.documents import DocumentState
from recordlint.language_server.protocol import pulls_diagnostics


class PublishingServer(ConfiguredServer):
    """The configured server, showing each document's findings to the client."""

    @property
    def client_pulls(self) -> bool:
        return pulls_diagnostics(self.client_capabilities)

    @property
    def encoding(self) -> str:
        return str(self.workspace.position_encoding or types.PositionEncodingKind.Utf16)

    def caret_held(self, state: DocumentState) -> float:
        """Seconds the finding under the caret stays hidden; 0 when none is."""
        if state.last_edit is None or self.settings.caret_hold_ms <= 0:
            return 0.0
        elapsed = asyncio.get_running_loop().time() - state.last_edit_at
        remaining = self.settings.caret_hold_ms / 1000 - elapsed
        if remaining <= 0:
            state.last_edit = None
            return 0.0
        return remaining

    def visible_findings(self, state: DocumentState, hold_caret: bool) -> list[Finding]:
        assert state.report is not None
        found = [f for f in state.report.findings if f.code not in state.ignored_rules]
        if hold_caret and state.last_edit is not None:
            start, end = state.last_edit
            found = [
                f for f in found if f.document_level or not (f.start <= end and start <= f.end)
            ]
        return found

    def diagnostics(self, state: DocumentState, hold_caret: bool = False) -> list[types.Diagnostic]:
        if state.failed is not None:
            return [failure_diagnostic(state.failed)]
        if state.report is None:
            return []
        positions = PositionMap(state.report.text, self.encoding)
        return [
            to_diagnostic(f, positions, docs_href(f.code), state.uri)
            for f in self.visible_findings(state, hold_caret)
        ]

    def publish(self, uri: str) -> None:
        state = self.documents.get(uri)
        if state is None or (state.report is None and not state.too_large and not state.failed):
            return
        held = self.caret_held(state)
        if held:
            state.cancel_release()
            state.release = asyncio.get_running_loop().call_later(
                held, self._release_caret, uri, state.report_version
            )
        if self.client_pulls:
            self.workspace_diagnostic_refresh(None)
            return
        self.text_document_publish_diagnostics(
            types.PublishDiagnosticsParams(
                uri=uri,
                version=state.report_version,
                diagnostics=self.diagnostics(state, held > 0),
            )
        )

    def _release_caret(self, uri: str, version: int | None) -> None:
        state = self.documents.get(uri)
        if state is None or state.version != version:
            return
        state.release = None
        state.last_edit = None
        state.generation += 1
        self.publish(uri)

    def clear(self, state: DocumentState) -> None:
        state.cancel()
        if not self.client_pulls:
            self.text_document_publish_diagnostics(
                types.PublishDiagnosticsParams(uri=state.uri, diagnostics=[])
            )

    def findings_at(self, uri: str, position: types.Position) -> list[Finding]:
        """The visible findings under ``position``, narrowest first."""
        state = self.documents.get(uri)
        if state is None or state.report is None:
            return []
        offset = PositionMap(state.report.text, self.encoding).offset(position)
        hits = [f for f in self.visible_findings(state, False) if f.start <= offset <= f.end]
        return sorted(hits, key=lambda f: (f.end - f.start, f.code))
