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
CORPUS = Path(__file__).parents[1] / "corpus"


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


async def until(condition, timeout: float = 30) -> None:
    """Poll ``condition`` until it holds (no notification can slip past, unlike waiting)."""
    deadline = asyncio.get_running_loop().time() + timeout
    while not condition():
        assert asyncio.get_running_loop().time() < deadline, "timed out"
        await asyncio.sleep(0.02)


def change(
    client: LanguageClient,
    uri: str,
    version: int,
    start: tuple[int, int],
    end: tuple[int, int],
    text: str,
) -> None:
    client.text_document_did_change(types.DidChangeTextDocumentParams(
        text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=version),
        content_changes=[types.TextDocumentContentChangePartial(
            range=types.Range(start=types.Position(line=start[0], character=start[1]),
                              end=types.Position(line=end[0], character=end[1])),
            text=text)]))  # fmt: skip


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
    """Hovering over a flagged span explains the finding, the standard and one example, in
    few words, and links to the rule's page for the rest."""
    await open_and_wait(client, "hover.txt", LONG)
    result = await client.text_document_hover_async(types.HoverParams(
        text_document=types.TextDocumentIdentifier(uri=uri_of("hover.txt")),
        position=types.Position(line=0, character=3)))  # fmt: skip
    value = result.contents.value
    assert "RL301 long-sentence" in value
    assert "Standard 1" in value
    assert "Example:" in value
    assert "RL301.md)" in value
    assert len(value.split()) <= 80


@pytest.mark.asyncio(loop_scope="module")
async def test_code_actions_offer_team_and_document_commands(client: LanguageClient):
    """A finding gets 'ignore in this document' and docs actions; team decisions are not
    offered where recordlint.toml names no team file; ignoring the rule clears the
    document's diagnostics."""
    uri = uri_of("actions.txt")
    (diagnostic,) = await open_and_wait(client, "actions.txt", LONG)
    actions = await client.text_document_code_action_async(types.CodeActionParams(
        text_document=types.TextDocumentIdentifier(uri=uri), range=diagnostic.range,
        context=types.CodeActionContext(diagnostics=[diagnostic])))  # fmt: skip
    titles = [a.title for a in actions]
    assert "Ignore RL301 in this document" in titles
    assert "Show documentation for RL301" in titles
    assert not any(t.startswith(("Hide", "Allow")) for t in titles)
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
async def test_document_level_finding_sits_on_the_first_line_with_text(client: LanguageClient):
    """A letter with no contact details is flagged on its first line with text, cut short so
    the underline does not cover a whole paragraph; the nearest recordlint.toml applies."""
    letter = (
        "\n\nDear Mr Patel, thank you for meeting me at your home last week to talk about the"
        " help you might need.\n\nYours sincerely,\nSam Jones\nSocial Worker\n"
    )
    (diagnostic,) = await open_and_wait(client, "letters/letter.txt", letter)
    assert diagnostic.code == "RL901"
    assert diagnostic.data["documentLevel"] is True
    assert diagnostic.range.start == types.Position(line=2, character=0)
    assert diagnostic.range.end.line == 2 and 10 < diagnostic.range.end.character <= 60


@pytest.mark.asyncio(loop_scope="module")
async def test_edits_after_a_line_separator_land_on_the_right_line(client: LanguageClient):
    """U+2028 and form feeds (pasted from Word) are not LSP line breaks: an incremental edit
    on the line after them changes that line, not the one Python's splitlines would pick."""
    uri = uri_of("separator.txt")
    assert await open_and_wait(client, "separator.txt", "Note\u2028one.\fTwo.\nOk.") == []
    change(client, uri, 2, (1, 0), (1, 3), LONG)
    await until(lambda: len(client.diagnostics[uri]) == 1)
    (diagnostic,) = client.diagnostics[uri]
    assert diagnostic.range.start == types.Position(line=1, character=0)
    assert diagnostic.range.end == types.Position(line=1, character=len(LONG))


@pytest.mark.asyncio(loop_scope="module")
async def test_document_closed_mid_analysis_gets_no_late_diagnostics(client: LanguageClient):
    """Closing a document while it is analysed clears its diagnostics; the stale result is
    dropped, never published."""
    uri = uri_of("closing.txt")
    client.text_document_did_open(types.DidOpenTextDocumentParams(
        text_document=types.TextDocumentItem(uri=uri, language_id="plaintext", version=1,
                                             text=LONG)))  # fmt: skip
    client.text_document_did_close(
        types.DidCloseTextDocumentParams(text_document=types.TextDocumentIdentifier(uri=uri))
    )
    # One worker analyses in order, so once a later document is published the closed one
    # has been analysed (or skipped) too.
    await open_and_wait(client, "after-closing.txt", LONG)
    assert list(client.diagnostics.get(uri, [])) == []


@pytest.mark.asyncio(loop_scope="module")
async def test_thousand_changes_end_with_diagnostics_for_the_final_text(client: LanguageClient):
    """1,000 one-character edits in about a second: stale work is cancelled or dropped, the
    last diagnostics describe the last text, and the server still answers."""
    uri = uri_of("typing.txt")
    await open_and_wait(client, "typing.txt", "Start")
    typed = "Start"
    for n, character in enumerate(("word " * 200)[:1000], start=2):
        change(client, uri, n, (0, len(typed)), (0, len(typed)), character)
        typed += character
        if n % 100 == 0:
            await asyncio.sleep(0.05)  # let some debounced runs start mid-burst
    final_end = types.Position(line=0, character=len(typed.rstrip()))
    await until(lambda: [d.range.end for d in client.diagnostics[uri]] == [final_end])
    hover = await client.text_document_hover_async(types.HoverParams(
        text_document=types.TextDocumentIdentifier(uri=uri),
        position=types.Position(line=0, character=10)))  # fmt: skip
    assert hover is not None and "RL301" in hover.contents.value


@pytest.mark.asyncio(loop_scope="module")
async def test_document_over_the_size_limit_is_refused_once(client: LanguageClient):
    """A 2 MB document is not checked; the server says so once, not on every edit, and goes
    on answering."""
    uri = uri_of("huge.txt")
    huge = (LONG + "\n") * (2_000_000 // (len(LONG) + 1))
    client.text_document_did_open(types.DidOpenTextDocumentParams(
        text_document=types.TextDocumentItem(uri=uri, language_id="plaintext", version=1,
                                             text=huge)))  # fmt: skip
    change(client, uri, 2, (0, 0), (0, 0), "More. ")
    await open_and_wait(client, "after-huge.txt", LONG)
    refusals = [m for m in client.messages if "not checked" in m.message]
    assert len(refusals) == 1 and "150,000 characters" in refusals[0].message
    assert list(client.diagnostics.get(uri, [])) == []


@pytest.mark.asyncio(loop_scope="module")
async def test_requests_are_answered_while_a_long_record_is_analysed(client: LanguageClient):
    """Analysis runs off the event loop: a hover is answered before a long assessment's
    diagnostics arrive."""
    await open_and_wait(client, "answer-me.txt", LONG)
    uri = uri_of("slow/assessment.txt")
    text = "\n\n".join(p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("a00*.txt")))
    client.text_document_did_open(types.DidOpenTextDocumentParams(
        text_document=types.TextDocumentItem(uri=uri, language_id="plaintext", version=1,
                                             text=text)))  # fmt: skip
    await asyncio.sleep(0.1)  # the analysis has started in the worker
    hover = await asyncio.wait_for(client.text_document_hover_async(types.HoverParams(
        text_document=types.TextDocumentIdentifier(uri=uri_of("answer-me.txt")),
        position=types.Position(line=0, character=3))), timeout=1)  # fmt: skip
    assert hover is not None
    assert uri not in client.diagnostics  # still analysing when the hover was answered
    await until(lambda: uri in client.diagnostics)
