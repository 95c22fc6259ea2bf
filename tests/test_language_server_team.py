"""Team decisions from the editor, end to end in a temporary workspace: allow a term, hide a
false positive; quick fixes per suggestion, explain-only legal terms; the caret hold."""

from __future__ import annotations

import ast
import asyncio
import sys
from pathlib import Path

import pytest
import pytest_lsp
from lsprotocol import types
from pytest_lsp import ClientServerConfig, LanguageClient, client_capabilities

from recordlint.suppression import sentence_digest

CARET_HOLD_MS = 400
CONFIG = """\
select = ["RL101", "RL203"]

[team]
allow-file = "team-allow.txt"
hidden-file = "team-hidden.txt"
"""


@pytest.fixture(scope="module")
def workspace(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("lsp-team")
    (folder / "recordlint.toml").write_text(CONFIG, encoding="utf-8")
    return folder


@pytest_lsp.fixture(
    scope="module",
    config=ClientServerConfig(server_command=[sys.executable, "-m", "recordlint", "lsp"]),
)
async def client(lsp_client: LanguageClient, workspace: Path):
    params = types.InitializeParams(
        capabilities=client_capabilities("visual-studio-code"),
        root_uri=workspace.as_uri(),
        initialization_options={"debounceMs": 50, "caretHoldMs": CARET_HOLD_MS},
    )
    await lsp_client.initialize_session(params)
    yield
    await lsp_client.shutdown_session()


async def until(condition, timeout: float = 30) -> None:
    deadline = asyncio.get_running_loop().time() + timeout
    while not condition():
        assert asyncio.get_running_loop().time() < deadline, "timed out"
        await asyncio.sleep(0.02)


async def open_and_wait(client: LanguageClient, uri: str, text: str) -> list[types.Diagnostic]:
    client.text_document_did_open(types.DidOpenTextDocumentParams(
        text_document=types.TextDocumentItem(uri=uri, language_id="plaintext", version=1,
                                             text=text)))  # fmt: skip
    await until(lambda: uri in client.diagnostics)
    return list(client.diagnostics[uri])


async def actions_for(
    client: LanguageClient, uri: str, diagnostic: types.Diagnostic
) -> list[types.CodeAction]:
    return await client.text_document_code_action_async(types.CodeActionParams(
        text_document=types.TextDocumentIdentifier(uri=uri), range=diagnostic.range,
        context=types.CodeActionContext(diagnostics=[diagnostic])))  # fmt: skip


async def run_action(client: LanguageClient, action: types.CodeAction) -> None:
    # lsprotocol's client side reads a CodeAction's nested Command back as its repr.
    nested = action.command
    command = (
        {"command": nested.command, "arguments": nested.arguments}
        if isinstance(nested, types.Command)
        else ast.literal_eval(nested)
    )
    await client.workspace_execute_command_async(types.ExecuteCommandParams(
        command=command["command"], arguments=command["arguments"]))  # fmt: skip


def texts(client: LanguageClient, uri: str) -> list[str]:
    return [d.data["text"] for d in client.diagnostics.get(uri, [])]


@pytest.mark.asyncio(loop_scope="module")
async def test_allow_term_for_the_team(client: LanguageClient, workspace: Path):
    """An acronym gets quick fixes per suggestion and "Allow 'OT' for the team", which
    appends to the allow file named in config and re-lints the document clean."""
    uri = (workspace / "allow.txt").as_uri()
    (diagnostic,) = await open_and_wait(client, uri, "The OT visited on Monday.")
    assert diagnostic.code == "RL101"
    actions = await actions_for(client, uri, diagnostic)
    titles = [a.title for a in actions]
    assert any(t.startswith("Replace with 'occupational therapist'") for t in titles)
    replace = next(a for a in actions if a.title.startswith("Replace with"))
    (edit,) = replace.edit.changes[uri]
    assert edit.range == diagnostic.range and edit.new_text == "occupational therapist"
    await run_action(client, next(a for a in actions if a.title == "Allow 'OT' for the team"))
    assert (workspace / "team-allow.txt").read_text(encoding="utf-8") == "OT\n"
    await until(lambda: texts(client, uri) == [])


@pytest.mark.asyncio(loop_scope="module")
async def test_hide_false_positive_for_the_team(client: LanguageClient, workspace: Path):
    """Hiding a false positive keeps the rule and a digest of the sentence (never its words)
    in the hidden file; that finding goes, the same rule elsewhere stays."""
    uri = (workspace / "hide.txt").as_uri()
    found = await open_and_wait(client, uri, "Met the GP today. The DN called back.")
    gp = next(d for d in found if d.data["text"] == "GP")
    actions = await actions_for(client, uri, gp)
    await run_action(client, next(a for a in actions if a.title == "Hide this false positive"))
    hidden = (workspace / "team-hidden.txt").read_text(encoding="utf-8")
    assert hidden == f"RL101\t{sentence_digest('Met the GP today.')}\n"
    assert "GP" not in hidden
    await until(lambda: texts(client, uri) == ["DN"])


@pytest.mark.asyncio(loop_scope="module")
async def test_legal_terms_are_explained_never_replaced(client: LanguageClient, workspace: Path):
    """A legal term gets "explain" and documentation, never a replacement or "allow"."""
    uri = (workspace / "legal.txt").as_uri()
    text = "We made a best interests decision today."
    (diagnostic,) = await open_and_wait(client, uri, text)
    assert diagnostic.code == "RL203"
    titles = [a.title for a in await actions_for(client, uri, diagnostic)]
    assert any(t.startswith("Explain 'best interests decision'") for t in titles)
    assert not any(t.startswith(("Replace", "Allow")) for t in titles)


@pytest.mark.asyncio(loop_scope="module")
async def test_finding_under_the_caret_waits_until_typing_stops(
    client: LanguageClient, workspace: Path
):
    """A word just typed is not flagged at once: the first diagnostics after the edit leave it
    out, and it appears once the caret has been still for caretHoldMs."""
    uri = (workspace / "caret.txt").as_uri()
    assert texts(client, uri) == []
    await open_and_wait(client, uri, "Saw the GP at noon.")  # not the hidden sentence
    assert texts(client, uri) == ["GP"]
    loop = asyncio.get_running_loop()
    first = client.protocol.wait_for_notification(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
    typed_at = loop.time()
    client.text_document_did_change(types.DidChangeTextDocumentParams(
        text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=2),
        content_changes=[types.TextDocumentContentChangePartial(
            range=types.Range(start=types.Position(line=0, character=19),
                              end=types.Position(line=0, character=19)),
            text=" The DN")]))  # fmt: skip
    await asyncio.wait_for(asyncio.wrap_future(first), timeout=30)
    assert texts(client, uri) == ["GP"]  # DN is under the caret
    await until(lambda: texts(client, uri) == ["GP", "DN"])
    assert loop.time() - typed_at >= CARET_HOLD_MS / 1000 * 0.9
