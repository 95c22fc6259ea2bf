"""The recordlint language server (pygls): handler registration and scheduling only."""

from __future__ import annotations

import asyncio
import gc
import logging
import os
import sys
import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

from lsprotocol import types
from pygls.exceptions import JsonRpcException
from pygls.lsp.server import LanguageServer
from pygls.protocol import LanguageServerProtocol, lsp_method
from pygls.uris import to_fs_path

from recordlint import __version__
from recordlint.api import Linter
from recordlint.config import Config, load_config
from recordlint.errors import RecordlintError
from recordlint.findings import Finding, Report
from recordlint.language_server import actions
from recordlint.language_server.convert import (
    PositionMap,
    display_span,
    failure_diagnostic,
    to_diagnostic,
)
from recordlint.language_server.docs_links import docs_href
from recordlint.language_server.documents import DocumentState
from recordlint.language_server.framing import (
    start_io_resynchronising,
    start_tcp_resynchronising,
)
from recordlint.language_server.hover import hover_markdown
from recordlint.language_server.logs import configure_logging, set_debug
from recordlint.language_server.settings import ServerSettings, settings_from
from recordlint.suppression import HASH_PREFIX, hide_key, sentence_digest

logger = logging.getLogger("recordlint.language_server")
SETTINGS_WAIT_S = 2.0


def pulls_diagnostics(capabilities: types.ClientCapabilities) -> bool:
    """Whether a client gets diagnostics by pulling them.

    Only a client that can also be asked to pull again (``workspace/diagnostic/refresh``)
    pulls: a finding can change without an edit (a team decision, the caret hold ending, the
    full check after the quick one), and a client that cannot be told would keep showing the
    old findings until the next keystroke. Every other client gets them pushed.
    """
    document = capabilities.text_document
    workspace = capabilities.workspace
    return bool(
        document
        and document.diagnostic
        and workspace
        and workspace.diagnostics
        and workspace.diagnostics.refresh_support
    )


class RecordlintProtocol(LanguageServerProtocol):
    """pygls's protocol, except that a request it cannot read still gets an error response,
    a change to a document never opened is ignored, pull diagnostics are offered only to
    clients that pull them, and ``exit`` ends the process at once.

    pygls drops a request whose parameters do not match the method's schema, and a client
    waiting on it would wait for ever.
    """

    @lsp_method(types.INITIALIZE)
    def lsp_initialize(self, params: types.InitializeParams) -> Any:
        result = yield from super().lsp_initialize(params)
        if not pulls_diagnostics(params.capabilities):
            # A client that sees a diagnostic provider may pull (Neovim 0.10+ does) and then
            # ignore what is pushed; without one it shows what is pushed.
            result.capabilities.diagnostic_provider = None
        return result

    @lsp_method(types.TEXT_DOCUMENT_DID_CHANGE)
    def lsp_text_document__did_change(self, params: types.DidChangeTextDocumentParams) -> Any:
        # The server keeps its own copy of each text (documents.py); pygls's copy would cost
        # a second application of every edit and fails on a document that was never opened.
        if (handler := self.fm.features.get(types.TEXT_DOCUMENT_DID_CHANGE)) is not None:
            yield handler, (params,), None

    @lsp_method(types.EXIT)
    def lsp_exit(self, *args: Any) -> None:  # type: ignore[override]  # ends the process
        # pygls raises SystemExit inside the event loop, which its own loop swallows before
        # joining a reader thread still blocked on input; the process could outlive the
        # client by seconds. Nothing is left to save, so the process ends here.
        code = 0 if self._shutdown else 1
        logger.info("exit: %s", "after shutdown" if code == 0 else "without shutdown, status 1")
        _end_process(code)

    def structure_message(self, data: dict[str, Any]) -> Any:
        try:
            return super().structure_message(data)
        except JsonRpcException as error:
            if isinstance(data, dict) and "id" in data and "method" in data:
                self._send_response(data["id"], None, error.to_response_error())
            raise


class RecordlintServer(LanguageServer):
    """Holds per-document state and one Linter per effective configuration."""

    def __init__(self) -> None:
        super().__init__(
            "recordlint",
            __version__,
            text_document_sync_kind=types.TextDocumentSyncKind.Incremental,
            protocol_cls=RecordlintProtocol,
        )
        self.initial_settings = ServerSettings()
        self.settings = ServerSettings()
        self.documents: dict[str, DocumentState] = {}
        # spaCy work runs off the event loop, one analysis at a time, so the server keeps
        # answering requests while a long assessment is analysed.
        self.executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="recordlint-lint")
        # The quick pass runs beside the model loading, which holds the main worker.
        self.quick_executor = ThreadPoolExecutor(
            max_workers=1, thread_name_prefix="recordlint-quick"
        )
        self.model_ready = threading.Event()
        self.shutting_down = False
        self._linters: dict[str, Linter] = {}
        self._quick_linters: dict[str, Linter | None] = {}
        self._reported_errors: set[str] = set()
        # Set once the client's own settings are in (or it has none to give), so a document
        # opened straight after start-up is not checked with half the settings.
        self.settings_ready = asyncio.Event()

    # -- configuration ---------------------------------------------------------------

    def apply_settings(self, settings: ServerSettings) -> bool:
        """Use ``settings``; True when they differ from those in use (a re-check is due)."""
        changed = settings != self.settings
        self.settings = settings
        set_debug(settings.debug)
        return changed

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

    def report_server_error(self, error: Exception, source: Any) -> None:
        if source is JsonRpcException:
            # A message the client got wrong: answered where it was a request, and logged;
            # the person at the editor can do nothing about it, so no pop-up.
            logger.warning("ignored a malformed message from the client (%s)", type(error).__name__)
            return
        super().report_server_error(error, source)

    def tell_once(self, message: str, kind: types.MessageType) -> None:
        if message in self._reported_errors:
            return
        self._reported_errors.add(message)
        logger.warning(message)
        self.window_show_message(types.ShowMessageParams(type=kind, message=message))

    def checks(self, state: DocumentState) -> bool:
        return state.language_id in self.settings.languages

    # -- linting ---------------------------------------------------------------------

    @property
    def client_pulls(self) -> bool:
        return pulls_diagnostics(self.client_capabilities)

    @property
    def encoding(self) -> str:
        return str(self.workspace.position_encoding or types.PositionEncodingKind.Utf16)

    def schedule(self, uri: str, delay_ms: int | None = None) -> None:
        state = self.documents.get(uri)
        if state is None or not self.checks(state) or self.shutting_down:
            return
        state.cancel()
        if self.refused_as_too_large(state):
            self.publish(uri)
            return
        delay = self.settings.debounce_ms if delay_ms is None else delay_ms
        state.pending = asyncio.ensure_future(self._lint_after(uri, delay / 1000))

    async def _lint_after(self, uri: str, delay: float) -> None:
        await asyncio.sleep(delay)
        await self.lint_now(uri)
        self.publish(uri)

    def refused_as_too_large(self, state: DocumentState) -> bool:
        """Whether the document is over the size limit; says so once, and drops findings
        of an earlier, smaller version."""
        limit = self.settings.max_document_chars
        state.too_large = len(state.text) > limit
        if not state.too_large:
            return False
        if state.report is not None or state.failed:
            state.report, state.report_version, state.failed = None, state.version, None
            state.generation += 1
        if not state.too_large_reported:
            state.too_large_reported = True
            self.tell_once(
                f"recordlint: a document is over {limit:,} characters and is not checked"
                " (raise the maxDocumentChars setting to check it)",
                types.MessageType.Warning,
            )
        return True

    async def lint_now(self, uri: str, *, quick_is_enough: bool = False) -> Report | None:
        """The report for the document's current version, checking it if need be.

        One check runs per version, however many callers ask (the scheduled check and a pull
        on open used to run two). With ``quick_is_enough``, the findings of the quick pass
        (rules that need no language model) do while the full check is still running.
        """
        state = self.documents.get(uri)
        if state is None or not self.checks(state):
            return None
        current = state.report is not None and state.report_version == state.version
        if current and (not state.partial or quick_is_enough):
            return state.report
        if state.report is not None and not state.partial and state.report.text == state.text:
            state.report_version = state.version  # an edit undone: the findings still hold
            return state.report
        if state.checking is None or state.checking_version != state.version:
            state.checking_version = state.version
            state.checking = asyncio.ensure_future(self._check(state, state.version))
        check = state.checking
        if quick_is_enough:
            quick = asyncio.ensure_future(state.quick_done.wait())
            await asyncio.wait([check, quick], return_when=asyncio.FIRST_COMPLETED)
            quick.cancel()
        else:
            await asyncio.shield(check)
        if self.documents.get(uri) is not state or state.report_version != state.version:
            return None
        return state.report

    async def _check(self, state: DocumentState, version: int | None) -> None:
        """Check one version of a document: the quick pass first while the model loads, then
        every rule. Drops its results if the document changes or closes meanwhile."""
        state.quick_done.clear()
        try:
            await self._check_version(state, version)
        finally:
            state.quick_done.set()

    async def _check_version(self, state: DocumentState, version: int | None) -> None:
        uri = state.uri
        if not self.settings_ready.is_set():
            try:
                await asyncio.wait_for(self.settings_ready.wait(), SETTINGS_WAIT_S)
            except TimeoutError:
                self.settings_ready.set()  # a client that never answers: go on without

        def current() -> bool:
            return self.documents.get(uri) is state and state.version == version

        if not current() or self.refused_as_too_large(state):
            return
        text = state.text
        loop = asyncio.get_running_loop()
        linter = self.linter_for(uri)
        kind = self.settings.kind
        quick = self.quick_linter_for(linter)
        if state.report is None and quick is not None and not self.model_ready.is_set():
            try:
                found = await loop.run_in_executor(self.quick_executor, _lint, quick, text, kind)
            except Exception as error:  # the full check below reports it
                logger.info("quick check skipped: %s", type(error).__name__)
            else:
                if current():
                    state.report, state.report_version, state.partial = found, version, True
                    state.generation += 1
                    state.quick_done.set()
                    self.publish(uri)
        started = loop.time()
        try:
            report = await loop.run_in_executor(self.executor, _lint, linter, text, kind)
        except RecordlintError as error:
            self.tell_once(f"recordlint: {error}", types.MessageType.Error)
            return
        except Exception as error:
            # A fault in the core must not take the server down, nor leave the writer with
            # no sign that the record went unchecked.
            logger.error("checking a document failed: %s", type(error).__name__)
            if current():
                state.report, state.report_version, state.partial = None, version, False
                state.failed = type(error).__name__
                state.generation += 1
            return
        if not current():
            return  # closed or edited meanwhile: a newer run will publish
        state.report, state.report_version, state.partial = report, version, False
        state.failed = None
        state.generation += 1
        logger.info(
            "checked a document of %d characters in %.0f ms: %d findings",
            len(text),
            (loop.time() - started) * 1000,
            len(report.findings),
        )
        for problem in report.errors:
            # A rule's error message may quote the record, so only its code is logged.
            shown = problem if self.settings.debug else problem.split(" ", 1)[0] + " failed"
            logger.warning("%s", shown)
        logger.debug("text of %s: %r", uri, text)

    def quick_linter_for(self, linter: Linter) -> Linter | None:
        """The same configuration with only the rules that need no language model, for the
        first findings while the model loads (acronyms, word lists, spelling); None when
        there is nothing to gain (no rule needs the model, or none can run without it)."""
        key = linter.config.fingerprint
        if key not in self._quick_linters:
            self._quick_linters[key] = linter.without_model()
        return self._quick_linters[key]

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

    def relint_all(self) -> None:
        self._linters.clear()
        self._quick_linters.clear()
        for uri, state in self.documents.items():
            state.report, state.partial, state.failed = None, False, None
            state.checking = None
            state.too_large_reported = False
            if self.checks(state):
                self.schedule(uri, 0)
            else:
                self.clear(state)

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

    def warm_up(self, root_uri: str | None) -> None:
        """Build the workspace's Linter and load its pipeline before the first document.

        Runs in the worker thread, so it only reads configuration and tells the client
        nothing: the first lint reports any real problem.
        """
        try:
            linter = self._workspace_linter(root_uri)
            linter.warm_up()
            linter.lint("Warm-up: the rules load their word lists on first use.")
        except Exception as error:
            logger.info("warm-up skipped: %s", type(error).__name__)
            return
        finally:
            self.model_ready.set()
        # The pipeline and word lists live as long as the server: taking them out of the
        # cyclic garbage collector's reach keeps its full collections (tens of milliseconds
        # with spaCy loaded) from landing in the middle of an edit's check.
        gc.collect()
        gc.freeze()

    def warm_up_quick(self, root_uri: str | None) -> None:
        """Load the word lists of the quick pass while the model loads in the other worker,
        so a document opened at start-up shows its first findings sooner."""
        try:
            quick = self.quick_linter_for(self._workspace_linter(root_uri))
            if quick is not None:
                quick.lint("Warm-up: the rules load their word lists on first use.")
        except Exception as error:
            logger.info("quick warm-up skipped: %s", type(error).__name__)

    def _workspace_linter(self, root_uri: str | None) -> Linter:
        path = to_fs_path(root_uri) if root_uri else None
        config = load_config(Path(path) if path and Path(path).is_dir() else Path.cwd())
        return self._linters.setdefault(config.fingerprint, Linter(config))


def _lint(linter: Linter, text: str, kind: str | None) -> Report:
    return linter.lint(text, kind=kind)


def build_server() -> RecordlintServer:
    server = RecordlintServer()

    @server.feature(types.INITIALIZE)
    def initialize(ls: RecordlintServer, params: types.InitializeParams) -> None:
        ls.initial_settings = settings_from(params.initialization_options)
        ls.apply_settings(ls.initial_settings)
        root = params.root_uri or (
            params.workspace_folders[0].uri if params.workspace_folders else None
        )
        ls.executor.submit(ls.warm_up, root)
        ls.quick_executor.submit(ls.warm_up_quick, root)

    @server.feature(types.SHUTDOWN)
    def shutdown(ls: RecordlintServer, *args: Any) -> None:
        ls.shutting_down = True
        for state in ls.documents.values():
            state.cancel()
        ls.executor.shutdown(wait=False, cancel_futures=True)
        ls.quick_executor.shutdown(wait=False, cancel_futures=True)

    @server.feature(types.INITIALIZED)
    async def initialized(ls: RecordlintServer, params: types.InitializedParams) -> None:
        try:
            pulled = await _pull_settings(ls)
        finally:
            ls.settings_ready.set()
        if pulled and any(state.report is not None for state in ls.documents.values()):
            ls.relint_all()  # the client answered with new settings after the wait ran out

    @server.feature(types.WORKSPACE_DID_CHANGE_CONFIGURATION)
    async def did_change_configuration(
        ls: RecordlintServer, params: types.DidChangeConfigurationParams
    ) -> None:
        if isinstance(params.settings, dict) and params.settings:
            changed = ls.apply_settings(settings_from(params.settings, ls.initial_settings))
        else:
            changed = await _pull_settings(ls)
        # Some clients send their settings once after start-up, unchanged: checking every
        # open document again for that doubled the first check.
        if changed:
            ls.relint_all()

    @server.feature(types.TEXT_DOCUMENT_DID_OPEN)
    def did_open(ls: RecordlintServer, params: types.DidOpenTextDocumentParams) -> None:
        item = params.text_document
        previous = ls.documents.get(item.uri)
        if previous is not None:
            previous.cancel()
        state = DocumentState(item.uri, item.language_id, item.text, item.version)
        ls.documents[item.uri] = state
        ls.schedule(item.uri, 0)

    @server.feature(types.TEXT_DOCUMENT_DID_CHANGE)
    def did_change(ls: RecordlintServer, params: types.DidChangeTextDocumentParams) -> None:
        state = ls.documents.get(params.text_document.uri)
        if state is None:
            logger.warning("ignored a change to a document that is not open")
            return
        state.version = params.text_document.version
        edited = state.apply(list(params.content_changes), ls.encoding)
        if edited is not None:
            state.last_edit = edited
            state.last_edit_at = asyncio.get_running_loop().time()
        ls.schedule(state.uri)

    @server.feature(types.TEXT_DOCUMENT_DID_CLOSE)
    def did_close(ls: RecordlintServer, params: types.DidCloseTextDocumentParams) -> None:
        state = ls.documents.pop(params.text_document.uri, None)
        if state is not None:
            ls.clear(state)

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
        if state is None or not ls.checks(state):
            return types.RelatedFullDocumentDiagnosticReport(items=[])
        await ls.lint_now(uri, quick_is_enough=True)
        held = ls.caret_held(state)
        if held and state.release is None:
            state.release = asyncio.get_running_loop().call_later(
                held, ls._release_caret, uri, state.report_version
            )
        result_id = f"{uri}@{state.report_version}#{state.generation}"
        if params.previous_result_id == result_id:
            return types.RelatedUnchangedDocumentDiagnosticReport(result_id=result_id)
        return types.RelatedFullDocumentDiagnosticReport(
            items=ls.diagnostics(state, held > 0), result_id=result_id
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
        team_paths = ls.config_for(uri).team_paths()
        team = actions.TeamFiles(
            allow="allow_file" in team_paths, hidden="hidden_file" in team_paths
        )
        result: list[types.CodeAction] = []
        for diagnostic in params.context.diagnostics:
            if diagnostic.source != "recordlint" or not isinstance(diagnostic.data, dict):
                continue
            start, end = diagnostic.data.get("start", 0), diagnostic.data.get("end", 0)
            key = hide_key(state.report.text, int(start), int(end))
            result += actions.actions_for(uri, diagnostic, key, team)
        return actions.without_duplicates(result)

    @server.feature(types.TEXT_DOCUMENT_HOVER)
    def hover(ls: RecordlintServer, params: types.HoverParams) -> types.Hover | None:
        found = ls.findings_at(params.text_document.uri, params.position)
        if not found:
            return None
        state = ls.documents[params.text_document.uri]
        assert state.report is not None
        positions = PositionMap(state.report.text, ls.encoding)
        hrefs = {f.code: docs_href(f.code) for f in found}
        return types.Hover(
            contents=types.MarkupContent(
                kind=types.MarkupKind.Markdown, value=hover_markdown(found, hrefs)
            ),
            range=positions.range(*display_span(found[0], state.report.text)),
        )

    @server.command(actions.ALLOW_TERM)
    def allow_term(ls: RecordlintServer, *args: Any) -> bool:
        uri, term = str(args[0]), str(args[1]).strip()
        return _append_team_line(ls, uri, "allow_file", "allow-file", term)

    @server.command(actions.HIDE_FALSE_POSITIVE)
    def hide_false_positive(ls: RecordlintServer, *args: Any) -> bool:
        uri, code, key = str(args[0]), str(args[1]), str(args[2]).strip()
        if not key.startswith(HASH_PREFIX):  # a sentence, from an older server's menu
            key = sentence_digest(key)
        return _append_team_line(ls, uri, "hidden_file", "hidden-file", f"{code}\t{key}")

    @server.command(actions.IGNORE_RULE)
    def ignore_rule(ls: RecordlintServer, *args: Any) -> bool:
        state = ls.documents.get(str(args[0]))
        if state is None:
            return False
        state.ignored_rules.add(str(args[1]))
        state.generation += 1
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


async def _pull_settings(ls: RecordlintServer) -> bool:
    """Ask the client for the ``recordlint`` section; True when that changed the settings."""
    workspace = ls.client_capabilities.workspace
    if not (workspace and workspace.configuration):
        return False
    try:
        (raw,) = await ls.workspace_configuration_async(
            types.ConfigurationParams(items=[types.ConfigurationItem(section="recordlint")])
        )
    except Exception as error:  # a client that cannot answer keeps the current settings
        logger.info("could not read client settings: %s", type(error).__name__)
        return False
    if not isinstance(raw, dict):
        return False
    return ls.apply_settings(settings_from(raw, ls.initial_settings))


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
    try:
        existing = path.read_text(encoding="utf-8") if path.exists() else ""
        if line in existing.splitlines():
            return True
        separator = "" if not existing or existing.endswith("\n") else "\n"
        with path.open("a", encoding="utf-8") as handle:
            handle.write(f"{separator}{line}\n")
    except OSError as error:
        ls.window_show_message(
            types.ShowMessageParams(
                type=types.MessageType.Error,
                message=f"recordlint: could not write {path.name}: {error.strerror}",
            )
        )
        return False
    ls.relint_all()
    return True


def _end_process(code: int) -> None:
    """End the process now, with ``code``: after ``exit``, or once the client has gone."""
    logging.shutdown()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)


def serve(*, tcp: bool = False, port: int = 2087) -> None:
    configure_logging()
    server = build_server()
    if tcp:
        start_tcp_resynchronising(server, "127.0.0.1", port)
    else:
        start_io_resynchronising(server)
    # The client closed the connection without ``exit``: the protocol's status for that is
    # 1 unless it asked for shutdown first. A check still running must not hold the process.
    _end_process(0 if server.shutting_down else 1)
