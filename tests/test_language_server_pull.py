"""The language server with Neovim 0.11's capabilities: pull diagnostics, UTF-8 positions,
settings read through ``workspace/configuration``, and a configured language id."""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path

import pytest
import pytest_lsp
from lsprotocol import types
from pytest_lsp import ClientServerConfig, LanguageClient, client_capabilities

WORKSPACE = Path(__file__).parent / "data" / "lsp-workspace"
LONG = "We talked about the stairs and the bathroom today."  # 9 words; the limit there is 5
EMOJI_LINE = f"Visit 😀 done. {LONG}"


def uri_of(name: str) -> str:
    return (WORKSPACE / name).as_uri()


@pytest_lsp.fixture(
    scope="module",
    config=ClientServerConfig(server_command=[sys.executable, "-m", "recordlint", "lsp"]),
)
async def client(lsp_client: LanguageClient):
    # Editor settings arrive in two layers: initialization options, then the client's answer
    # to workspace/configuration, which overrides only the keys it names.
    lsp_client.set_configuration({"severity": {"RL301": "warning"}}, section="recordlint")
    # Neovim's capabilities with refresh support added: the server lets only a client that
    # can be asked to pull again pull (test_language_server_clients.py has Neovim's own).
    capabilities = client_capabilities("neovim")
    capabilities.workspace.diagnostics = types.DiagnosticWorkspaceClientCapabilities(
        refresh_support=True
    )
    params = types.InitializeParams(
        capabilities=capabilities,
        root_uri=WORKSPACE.as_uri(),
        initialization_options={
            "debounceMs": 50,
            "caretHoldMs": 0,
            "languages": ["plaintext", "markdown", "casenote"],
        },
    )
    result = await lsp_client.initialize_session(params)
    assert result.capabilities.position_encoding == types.PositionEncodingKind.Utf8
    yield
    await lsp_client.shutdown_session()


def open_document(client: LanguageClient, name: str, text: str, language: str = "plaintext"):
    client.text_document_did_open(types.DidOpenTextDocumentParams(
        text_document=types.TextDocumentItem(uri=uri_of(name), language_id=language,
                                             version=1, text=text)))  # fmt: skip


async def pull(
    client: LanguageClient, name: str, previous: str | None = None
) -> types.DocumentDiagnosticReport:
    return await asyncio.wait_for(client.text_document_diagnostic_async(
        types.DocumentDiagnosticParams(text_document=types.TextDocumentIdentifier(
            uri=uri_of(name)), previous_result_id=previous)), timeout=30)  # fmt: skip


@pytest.mark.asyncio(loop_scope="module")
async def test_pull_diagnostics_in_utf8_after_an_emoji(client: LanguageClient):
    """The client pulls; positions count UTF-8 bytes (the emoji is four); nothing is pushed;
    asking again with the last result id gets "unchanged"."""
    open_document(client, "pull-emoji.txt", EMOJI_LINE)
    report = await pull(client, "pull-emoji.txt")
    (diagnostic,) = report.items
    assert diagnostic.code == "RL301"
    assert diagnostic.severity == types.DiagnosticSeverity.Warning  # workspace/configuration
    assert diagnostic.range.start.character == len("Visit 😀 done. ".encode())
    assert diagnostic.range.end.character == len(EMOJI_LINE.encode())
    again = await pull(client, "pull-emoji.txt", previous=report.result_id)
    assert again.kind == "unchanged" and again.result_id == report.result_id
    assert uri_of("pull-emoji.txt") not in client.diagnostics


@pytest.mark.asyncio(loop_scope="module")
async def test_a_configured_language_id_is_checked_and_others_are_not(client: LanguageClient):
    """`languages` names the language ids to check: a custom one is, Python is not."""
    open_document(client, "note.casenote", LONG, language="casenote")
    open_document(client, "script.py", LONG, language="python")
    assert [d.code for d in (await pull(client, "note.casenote")).items] == ["RL301"]
    assert list((await pull(client, "script.py")).items) == []


@pytest.mark.asyncio(loop_scope="module")
async def test_changed_configuration_relints_open_documents(client: LanguageClient):
    """After workspace/didChangeConfiguration the server reads the settings again and
    re-lints: the next pull is a new full report with the new severity."""
    open_document(client, "config.txt", LONG)
    before = await pull(client, "config.txt")
    client.set_configuration({"severity": {"RL301": "error"}}, section="recordlint")
    client.workspace_did_change_configuration(types.DidChangeConfigurationParams(settings=None))
    deadline = asyncio.get_running_loop().time() + 30
    while True:
        after = await pull(client, "config.txt", previous=before.result_id)
        if after.kind == "full" and after.items[0].severity == types.DiagnosticSeverity.Error:
            break
        assert asyncio.get_running_loop().time() < deadline, "configuration change not applied"
        await asyncio.sleep(0.05)
    assert after.result_id != before.result_id
