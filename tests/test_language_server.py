"""The language server end to end: a real client drives `python -m recordlint lsp`."""

from __future__ import annotations

import ast
import asyncio
import sys
from pathlib import Path

import pytest
import pytest_lsp
from lsprotocol import types
from pygls.exceptions import JsonRpcException
from pytest_lsp import ClientServerConfig, LanguageClient, client_capabilities

WORKSPACE = Path(__file__).parent / "data" / "lsp-workspace"
LONG = "We talked about the stairs and the bathroom today."  # 9 words; the limit there is 5


def uri_of(name: str) -> str:
    return (WORKSPACE / name).as_uri()


@pytest_lsp.fixture(
    scope="module",
    config=ClientServerConfig(server_command=[sys.executable, "-m", "recordlint", "lsp"]),
)
async def client(lsp_client: LanguageClient):
    params = types.InitializeParams(
        capabilities=client_capabilities("visual-studio-code"),
        root_uri=WORKSPACE.as_uri(),
        initialization_options={"debounceMs": 50, "caretHoldMs": 0},
    )
    await lsp_client.initialize_session(params)
    yield
    await lsp_client.shutdown_session()


def _command_of(action: types.CodeAction | types.Command) -> dict:
    """The command a code action carries.

    lsprotocol's client side reads any object with a "command" key as a Command, so a
    CodeAction that carries a Command arrives with the nested command's repr as a string.
    """
    nested = action.command
    if isinstance(nested, types.Command):
        return {"command": nested.command, "arguments": nested.arguments}
    return ast.literal_eval(nested)


async def next_publish(client: LanguageClient) -> None:
    """Wait for the next publishDiagnostics; a silent server fails the test, never hangs it."""
    await asyncio.wait_for(
        client.wait_for_notification(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS), timeout=30
    )


async def open_and_wait(client: LanguageClient, name: str, text: str, version: int = 1):
    client.text_document_did_open(types.DidOpenTextDocumentParams(
        text_document=types.TextDocumentItem(uri=uri_of(name), language_id="plaintext",
                                             version=version, text=text)))  # fmt: skip
    while True:
        await next_publish(client)
        if uri_of(name) in client.diagnostics:
            return list(client.diagnostics[uri_of(name)])


@pytest.mark.asyncio(loop_scope="module")
async def test_open_publishes_diagnostics_with_code_source_and_docs(client: LanguageClient):
    """Opening a record publishes its findings with code, source, severity and a docs link."""
    (diagnostic,) = await open_and_wait(client, "open.txt", f"Short one.\n{LONG}")
    assert diagnostic.code == "RL301"
    assert diagnostic.source == "recordlint"
    assert diagnostic.severity == types.DiagnosticSeverity.Information
    assert diagnostic.range.start == types.Position(line=1, character=0)
    assert diagnostic.code_description.href.endswith("RL301.md")


@pytest.mark.asyncio(loop_scope="module")
async def test_positions_are_utf16_after_an_emoji(client: LanguageClient):
    """A character outside the basic plane counts as two UTF-16 code units."""
    text = f"Visit 😀 done. {LONG}"
    (diagnostic,) = await open_and_wait(client, "emoji.txt", text)
    assert diagnostic.range.start.character == len("Visit 😀 done. ") + 1


@pytest.mark.asyncio(loop_scope="module")
async def test_incremental_change_relints(client: LanguageClient):
    """An incremental edit that shortens the sentence clears the finding."""
    uri = uri_of("change.txt")
    assert len(await open_and_wait(client, "change.txt", LONG)) == 1
    client.text_document_did_change(types.DidChangeTextDocumentParams(
        text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=2),
        content_changes=[types.TextDocumentContentChangePartial(
            range=types.Range(start=types.Position(line=0, character=26),
                              end=types.Position(line=0, character=len(LONG) - 1)),
            text="")]))  # fmt: skip
    for _ in range(10):
        await next_publish(client)
        if list(client.diagnostics[uri]) == []:
            break
    assert list(client.diagnostics[uri]) == []


@pytest.mark.asyncio(loop_scope="module")
async def test_hover_explains_the_finding(client: LanguageClient):
    """Hovering over a flagged span explains the finding, the standard and an example."""
    await open_and_wait(client, "hover.txt", LONG)
    result = await client.text_document_hover_async(types.HoverParams(
        text_document=types.TextDocumentIdentifier(uri=uri_of("hover.txt")),
        position=types.Position(line=0, character=3)))  # fmt: skip
    assert "RL301 long-sentence" in result.contents.value
    assert "Standard 1" in result.contents.value
    assert "Before:" in result.contents.value


@pytest.mark.asyncio(loop_scope="module")
async def test_code_actions_offer_team_and_document_commands(client: LanguageClient):
    """A finding gets 'hide this false positive', 'ignore in this document' and docs actions;
    ignoring the rule clears the document's diagnostics."""
    uri = uri_of("actions.txt")
    (diagnostic,) = await open_and_wait(client, "actions.txt", LONG)
    actions = await client.text_document_code_action_async(types.CodeActionParams(
        text_document=types.TextDocumentIdentifier(uri=uri), range=diagnostic.range,
        context=types.CodeActionContext(diagnostics=[diagnostic])))  # fmt: skip
    titles = [a.title for a in actions]
    assert "Hide this false positive" in titles
    assert "Ignore RL301 in this document" in titles
    ignore = next(a for a in actions if a.title.startswith("Ignore"))
    command = _command_of(ignore)
    await client.workspace_execute_command_async(types.ExecuteCommandParams(
        command=command["command"], arguments=command["arguments"]))  # fmt: skip
    # The server publishes before it answers the command, so the result is already here.
    assert list(client.diagnostics[uri]) == []


@pytest.mark.asyncio(loop_scope="module")
async def test_server_survives_bad_requests(client: LanguageClient):
    """An unknown method and a request for an unopened document get answers, not a crash."""
    with pytest.raises(JsonRpcException):
        await client.protocol.send_request_async("recordlint/noSuchMethod", {})
    hover = await client.text_document_hover_async(types.HoverParams(
        text_document=types.TextDocumentIdentifier(uri=uri_of("never-opened.txt")),
        position=types.Position(line=0, character=0)))  # fmt: skip
    assert hover is None
    (diagnostic,) = await open_and_wait(client, "still-alive.txt", LONG)
    assert diagnostic.code == "RL301"


@pytest.mark.asyncio(loop_scope="module")
async def test_many_rapid_changes_publish_the_latest_version(client: LanguageClient):
    """A burst of changes ends with diagnostics for the final text only."""
    uri = uri_of("burst.txt")
    await open_and_wait(client, "burst.txt", "Start.")
    for version in range(2, 202):
        text = LONG if version == 201 else f"Edit number {version}."
        client.text_document_did_change(types.DidChangeTextDocumentParams(
            text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=version),
            content_changes=[types.TextDocumentContentChangeWholeDocument(text=text)]))  # fmt: skip
    for _ in range(50):
        await next_publish(client)
        if len(client.diagnostics[uri]) == 1:
            break
        await asyncio.sleep(0)
    assert [d.code for d in client.diagnostics[uri]] == ["RL301"]
