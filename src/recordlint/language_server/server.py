"""The recordlint language server (pygls): handler registration and scheduling only."""

from __future__ import annotations

import asyncio
import logging
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

from lsprotocol import types
from pygls.lsp.server import LanguageServer
from pygls.uris import to_fs_path

from recordlint import __version__
from recordlint.api import Linter
from recordlint.config import Config, load_config
from recordlint.errors import RecordlintError
from recordlint.findings import Finding, Report
from recordlint.language_server import actions
from recordlint.language_server.convert import PositionMap, to_diagnostic
from recordlint.language_server.docs_links import docs_href
from recordlint.language_server.documents import DocumentState
from recordlint.language_server.hover import hover_markdown
from recordlint.language_server.settings import ServerSettings, settings_from
from recordlint.suppression import sentence_at

logger = logging.getLogger("recordlint.language_server")


class RecordlintServer(LanguageServer):
    """Holds per-document state and one Linter per effective configuration."""

    def __init__(self) -> None:
        super().__init__(
            "recordlint",
            __version__,
            text_document_sync_kind=types.TextDocumentSyncKind.Incremental,
        )
        self.settings = ServerSettings()
        self.documents: dict[str, DocumentState] = {}
        # spaCy work runs off the event loop, one analysis at a time, so the server keeps
        # answering requests while a long assessment is analysed.
        self.executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="recordlint-lint")
        self._linters: dict[str, Linter] = {}
        self._reported_errors: set[str] = set()

    # -- configuration ---------------------------------------------------------------

    def config_for(self, uri: str) -> Config:
        path = to_fs_path(uri)
        start = Path(path).parent if path else Path.cwd()
        try:
            config = load_config(start if start.exists() else Path.cwd())
            settings = self.settings
            overrides: dict[str, Any] = {}
            if settings.select:
                overrides["select"] = settings.select
            if settings.ignore:
                overrides["ignore"] = (*config.options.ignore, *settings.ignore)
            if settings.severity:
                overrides["severity"] = {**config.options.severity, **settings.severity}
            return config.with_overrides(**overrides) if overrides else config
        except (RecordlintError, ValueError) as error:
            self.tell_once(
                f"recordlint: {error}; using the default configuration", types.MessageType.Error
            )
            return Config()

    def linter_for(self, uri: str) -> Linter:
        config = self.config_for(uri)
        key = config.fingerprint
        if key not in self._linters:
            try:
                self._linters[key] = Linter(config)
            except RecordlintError as error:
                self.tell_once(f"recordlint: {error}", types.MessageType.Error)
                self._linters[key] = Linter(Config())
        return self._linters[key]

    def tell_once(self, message: str, kind: types.MessageType) -> None:
        if message in self._reported_errors:
            return
        self._reported_errors.add(message)
        logger.warning(message)
        self.window_show_message(types.ShowMessageParams(type=kind, message=message))

    # -- linting ---------------------------------------------------------------------

    @property
    def client_pulls(self) -> bool:
        caps = self.client_capabilities.text_document
        return bool(caps and caps.diagnostic)

    @property
    def encoding(self) -> str:
        return str(self.workspace.position_encoding or types.PositionEncodingKind.Utf16)

    def schedule(self, uri: str, delay_ms: int | None = None) -> None:
        state = self.documents.get(uri)
        if state is None:
            return
        state.cancel()
        delay = self.settings.debounce_ms if delay_ms is None else delay_ms
        state.pending = asyncio.ensure_future(self._lint_after(uri, delay / 1000))

    async def _lint_after(self, uri: str, delay: float) -> None:
        await asyncio.sleep(delay)
        await self.lint_now(uri)
        self.publish(uri)

    async def lint_now(self, uri: str) -> Report | None:
        """Lint the document's current version, unless it changes or closes meanwhile."""
        state = self.documents.get(uri)
        if state is None:
            return None
        document = self.workspace.get_text_document(uri)
        text, version = document.source, document.version
        if state.report is not None and state.report_version == version:
            return state.report
        if len(text) > self.settings.max_document_chars:
            if not state.too_large_reported:
                state.too_large_reported = True
                self.tell_once(
                    f"recordlint: a document is over {self.settings.max_document_chars:,}"
                    " characters and is not checked",
                    types.MessageType.Warning,
                )
            return None
        linter = self.linter_for(uri)
        kind = self.settings.kind
        loop = asyncio.get_running_loop()
        started = loop.time()
        try:
            report = await loop.run_in_executor(self.executor, _lint, linter, text, kind)
        except RecordlintError as error:
            self.tell_once(f"recordlint: {error}", types.MessageType.Error)
            return None
        if self.documents.get(uri) is not state or state.version != version:
            return None  # closed or edited meanwhile: a newer run will publish
        state.report, state.report_version = report, version
        logger.info(
            "linted a document of %d characters in %.0f ms: %d findings",
            len(text),
            (loop.time() - started) * 1000,
            len(report.findings),
        )
        if self.settings.debug:
            logger.debug("text: %r", text)
        return report

    def visible_findings(self, state: DocumentState, hold_caret: bool) -> list[Finding]:
        assert state.report is not None
        found = [f for f in state.report.findings if f.code not in state.ignored_rules]
        if hold_caret and state.last_edit is not None:
            start, end = state.last_edit
            found = [f for f in found if not (f.start <= end and start <= f.end)]
        return found

    def diagnostics(self, state: DocumentState, hold_caret: bool = False) -> list[types.Diagnostic]:
        if state.report is None:
            return []
        positions = PositionMap(state.report.text, self.encoding)
        return [
            to_diagnostic(f, positions, docs_href(f.code))
            for f in self.visible_findings(state, hold_caret)
        ]

    def publish(self, uri: str) -> None:
        state = self.documents.get(uri)
        if state is None or state.report is None:
            return
        if self.client_pulls:
            refresh = self.client_capabilities.workspace
            if refresh and refresh.diagnostics and refresh.diagnostics.refresh_support:
                self.workspace_diagnostic_refresh(None)
            return
        held = state.last_edit is not None and self.settings.caret_hold_ms > 0
        self.text_document_publish_diagnostics(
            types.PublishDiagnosticsParams(
                uri=uri, version=state.report_version, diagnostics=self.diagnostics(state, held)
            )
        )
        if held:
            loop = asyncio.get_running_loop()
            version = state.report_version
            state.release = loop.call_later(
                self.settings.caret_hold_ms / 1000, self._release_caret, uri, version
            )

    def _release_caret(self, uri: str, version: int | None) -> None:
        state = self.documents.get(uri)
        if state is None or state.version != version:
            return
        state.last_edit = None
        self.publish(uri)

    def relint_all(self) -> None:
        self._linters.clear()
        for uri, state in self.documents.items():
            state.report = None
            self.schedule(uri, 0)

    def finding_at(self, uri: str, position: types.Position) -> Finding | None:
        state = self.documents.get(uri)
        if state is None or state.report is None:
            return None
        offset = PositionMap(state.report.text, self.encoding).offset(position)
        hits = [f for f in self.visible_findings(state, False) if f.start <= offset <= f.end]
        return min(hits, key=lambda f: f.end - f.start) if hits else None


def _lint(linter: Linter, text: str, kind: str | None) -> Report:
    return linter.lint(text, kind=kind)


def build_server() -> RecordlintServer:
    server = RecordlintServer()

    @server.feature(types.INITIALIZE)
    def initialize(ls: RecordlintServer, params: types.InitializeParams) -> None:
        ls.settings = settings_from(params.initialization_options)

    @server.feature(types.INITIALIZED)
    async def initialized(ls: RecordlintServer, params: types.InitializedParams) -> None:
        await _pull_settings(ls)

    @server.feature(types.WORKSPACE_DID_CHANGE_CONFIGURATION)
    async def did_change_configuration(
        ls: RecordlintServer, params: types.DidChangeConfigurationParams
    ) -> None:
        if isinstance(params.settings, dict) and params.settings:
            ls.settings = settings_from(params.settings)
        else:
            await _pull_settings(ls)
        ls.relint_all()

    @server.feature(types.TEXT_DOCUMENT_DID_OPEN)
    def did_open(ls: RecordlintServer, params: types.DidOpenTextDocumentParams) -> None:
        item = params.text_document
        if item.language_id not in ls.settings.languages:
            return
        ls.documents[item.uri] = DocumentState(item.uri, item.language_id, item.version)
        ls.schedule(item.uri, 0)

    @server.feature(types.TEXT_DOCUMENT_DID_CHANGE)
    def did_change(ls: RecordlintServer, params: types.DidChangeTextDocumentParams) -> None:
        state = ls.documents.get(params.text_document.uri)
        if state is None:
            return
        state.version = params.text_document.version
        document = ls.workspace.get_text_document(state.uri)
        positions = PositionMap(document.source, ls.encoding)
        for change in params.content_changes:
            if isinstance(change, types.TextDocumentContentChangePartial):
                start = positions.offset(change.range.start)
                state.last_edit = (start, start + len(change.text))
        ls.schedule(state.uri)

    @server.feature(types.TEXT_DOCUMENT_DID_CLOSE)
    def did_close(ls: RecordlintServer, params: types.DidCloseTextDocumentParams) -> None:
        state = ls.documents.pop(params.text_document.uri, None)
        if state is not None:
            state.cancel()
            if not ls.client_pulls:
                ls.text_document_publish_diagnostics(
                    types.PublishDiagnosticsParams(uri=state.uri, diagnostics=[])
                )

    @server.feature(
        types.TEXT_DOCUMENT_DIAGNOSTIC,
        types.DiagnosticOptions(
            identifier="recordlint", inter_file_dependencies=False, workspace_diagnostics=False
        ),
    )
    async def pull_diagnostics(
        ls: RecordlintServer, params: types.DocumentDiagnosticParams
    ) -> types.DocumentDiagnosticReport:
        uri = params.text_document.uri
        state = ls.documents.get(uri)
        if state is None:
            return types.RelatedFullDocumentDiagnosticReport(items=[])
        await ls.lint_now(uri)
        result_id = f"{state.report_version}:{len(state.ignored_rules)}"
        if params.previous_result_id == result_id:
            return types.RelatedUnchangedDocumentDiagnosticReport(result_id=result_id)
        return types.RelatedFullDocumentDiagnosticReport(
            items=ls.diagnostics(state), result_id=result_id
        )

    @server.feature(
        types.TEXT_DOCUMENT_CODE_ACTION,
        types.CodeActionOptions(code_action_kinds=[types.CodeActionKind.QuickFix]),
    )
    def code_action(ls: RecordlintServer, params: types.CodeActionParams) -> list[types.CodeAction]:
        uri = params.text_document.uri
        state = ls.documents.get(uri)
        if state is None or state.report is None:
            return []
        result: list[types.CodeAction] = []
        for diagnostic in params.context.diagnostics:
            if diagnostic.source != "recordlint" or not isinstance(diagnostic.data, dict):
                continue
            start, end = diagnostic.data.get("start", 0), diagnostic.data.get("end", 0)
            sentence = sentence_at(state.report.text, int(start), int(end))
            result += actions.actions_for(uri, diagnostic, sentence)
        return result

    @server.feature(types.TEXT_DOCUMENT_HOVER)
    def hover(ls: RecordlintServer, params: types.HoverParams) -> types.Hover | None:
        finding = ls.finding_at(params.text_document.uri, params.position)
        if finding is None:
            return None
        state = ls.documents[params.text_document.uri]
        assert state.report is not None
        positions = PositionMap(state.report.text, ls.encoding)
        return types.Hover(
            contents=types.MarkupContent(
                kind=types.MarkupKind.Markdown, value=hover_markdown(finding)
            ),
            range=positions.range(finding.start, finding.end),
        )

    @server.command(actions.ALLOW_TERM)
    def allow_term(ls: RecordlintServer, *args: Any) -> bool:
        uri, term = str(args[0]), str(args[1]).strip()
        return _append_team_line(ls, uri, "allow_file", "allow-file", term)

    @server.command(actions.HIDE_FALSE_POSITIVE)
    def hide_false_positive(ls: RecordlintServer, *args: Any) -> bool:
        uri, code, sentence = str(args[0]), str(args[1]), " ".join(str(args[2]).split())
        return _append_team_line(ls, uri, "hidden_file", "hidden-file", f"{code}\t{sentence}")

    @server.command(actions.IGNORE_RULE)
    def ignore_rule(ls: RecordlintServer, *args: Any) -> bool:
        state = ls.documents.get(str(args[0]))
        if state is None:
            return False
        state.ignored_rules.add(str(args[1]))
        ls.publish(state.uri)
        return True

    @server.command(actions.SHOW_RULE_DOCS)
    async def show_rule_docs(ls: RecordlintServer, *args: Any) -> bool:
        href = docs_href(str(args[0]))
        if href is None:
            return False
        window = ls.client_capabilities.window
        if window and window.show_document and window.show_document.support:
            await ls.window_show_document_async(types.ShowDocumentParams(uri=href))
        else:
            ls.window_show_message(
                types.ShowMessageParams(
                    type=types.MessageType.Info, message=f"Documentation: {href}"
                )
            )
        return True

    return server


async def _pull_settings(ls: RecordlintServer) -> None:
    workspace = ls.client_capabilities.workspace
    if not (workspace and workspace.configuration):
        return
    try:
        (raw,) = await ls.workspace_configuration_async(
            types.ConfigurationParams(items=[types.ConfigurationItem(section="recordlint")])
        )
    except Exception as error:  # a client that cannot answer keeps the current settings
        logger.info("could not read client settings: %s", type(error).__name__)
        return
    if raw is not None:
        ls.settings = settings_from(raw)


def _append_team_line(ls: RecordlintServer, uri: str, key: str, option: str, line: str) -> bool:
    """Append one line to a team file named in config, so it works in every client."""
    config = ls.config_for(uri)
    path = config.team_paths().get(key)
    if path is None:
        ls.window_show_message(
            types.ShowMessageParams(
                type=types.MessageType.Warning,
                message=f"recordlint: set team.{option} in recordlint.toml to keep team decisions",
            )
        )
        return False
    existing = path.read_text(encoding="utf-8") if path.exists() else ""
    if line in existing.splitlines():
        return True
    separator = "" if not existing or existing.endswith("\n") else "\n"
    with path.open("a", encoding="utf-8") as handle:
        handle.write(f"{separator}{line}\n")
    ls.relint_all()
    return True


def serve(*, tcp: bool = False, port: int = 2087) -> None:
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    # pygls logs whole messages at debug level, and they carry record text.
    logging.getLogger("pygls").setLevel(logging.WARNING)
    server = build_server()
    if tcp:
        server.start_tcp("127.0.0.1", port)
    else:
        server.start_io()
