"""The recordlint language server (pygls): handler registration, and serving over stdio or
TCP. The server's state and its scheduling are in
:mod:`recordlint.language_server.checking` and the modules it builds on.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any

from lsprotocol import types

from recordlint.language_server import actions
from recordlint.language_server.checking import SETTINGS_WAIT_S, RecordlintServer
from recordlint.language_server.convert import PositionMap, display_span
from recordlint.language_server.docs_links import docs_href
from recordlint.language_server.documents import DocumentState
from recordlint.language_server.framing import start_io_resynchronising, start_tcp_resynchronising
from recordlint.language_server.hover import hover_markdown
from recordlint.language_server.logs import configure_logging
from recordlint.language_server.protocol import RecordlintProtocol, end_process, pulls_diagnostics
from recordlint.language_server.settings import settings_from
from recordlint.suppression import HASH_PREFIX, hide_key, sentence_digest

logger = logging.getLogger("recordlint.language_server")

__all__ = [
    "SETTINGS_WAIT_S",
    "RecordlintProtocol",
    "RecordlintServer",
    "build_server",
    "pulls_diagnostics",
    "serve",
]


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


def serve(*, tcp: bool = False, port: int = 2087) -> None:
    configure_logging()
    server = build_server()
    if tcp:
        start_tcp_resynchronising(server, "127.0.0.1", port)
    else:
        start_io_resynchronising(server)
    # The client closed the connection without ``exit``: the protocol's status for that is
    # 1 unless it asked for shutdown first. A check still running must not hold the process.
    end_process(0 if server.shutting_down else 1)
