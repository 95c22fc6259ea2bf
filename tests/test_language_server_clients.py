"""The language server with the clients a new user meets: an old Neovim that only takes pushed
diagnostics, a newer one that pulls but cannot be asked to pull again, and findings that
overlap. Each test drives `python -m recordlint lsp` end to end."""

from __future__ import annotations

import ast
import asyncio
import sys
from pathlib import Path

import pytest
import pytest_lsp
from lsprotocol import types
from pytest_lsp import ClientServerConfig, LanguageClient, client_capabilities

WORKSPACE = Path(__file__).parent / "data" / "lsp-workspace"  # RL301 only, 5 words at most
LONG = "We talked about the stairs and the bathroom today."
CARET_HOLD_MS = 300
TEAM_CONFIG = """\
select = ["RL101", "RL301"]

[readability]
max-sentence-words = 5

[team]
allow-file = "team-allow.txt"
hidden-file = "team-hidden.txt"
"""


def neovim_0_7_capabilities() -> types.ClientCapabilities:
    """What Debian 12's Neovim (0.7.2) declares that matters here: pushed diagnostics only,
    no pull, no refresh, no workspace/configuration."""
    return types.ClientCapabilities(
        text_document=types.TextDocumentClientCapabilities(
            publish_diagnostics=types.PublishDiagnosticsClientCapabilities(
                related_information=True
            ),
            hover=types.HoverClientCapabilities(
                content_format=[types.MarkupKind.Markdown, types.MarkupKind.PlainText]
            ),
        ),
        window=types.WindowClientCapabilities(work_done_progress=True),
    )


async def until(condition, timeout: float = 30) -> None:
    deadline = asyncio.get_running_loop().time() + timeout
    while not condition():
        assert asyncio.get_running_loop().time() < deadline, "timed out"
        await asyncio.sleep(0.02)


def open_document(client: LanguageClient, uri: str, text: str, language: str) -> None:
    client.text_document_did_open(types.DidOpenTextDocumentParams(
        text_document=types.TextDocumentItem(uri=uri, language_id=language, version=1,
                                             text=text)))  # fmt: skip


def change(client: LanguageClient, uri: str, version: int, at: int, end: int, text: str) -> None:
    client.text_document_did_change(types.DidChangeTextDocumentParams(
        text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=version),
        content_changes=[types.TextDocumentContentChangePartial(
            range=types.Range(start=types.Position(line=0, character=at),
                              end=types.Position(line=0, character=end)),
            text=text)]))  # fmt: skip


def codes(client: LanguageClient, uri: str) -> list[str]:
    return [str(d.code) for d in client.diagnostics.get(uri, [])]


def texts(client: LanguageClient, uri: str) -> list[str]:
    return [d.data["text"] for d in client.diagnostics.get(uri, []) if d.data]


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


# -- an old client: pushed diagnostics only ------------------------------------------------


@pytest_lsp.fixture(
    scope="module",
    config=ClientServerConfig(server_command=[sys.executable, "-m", "recordlint", "lsp"]),
)
async def old_client(lsp_client: LanguageClient):
    params = types.InitializeParams(
        capabilities=neovim_0_7_capabilities(),
        root_uri=WORKSPACE.as_uri(),
        initialization_options={"debounceMs": 50, "caretHoldMs": 0},
    )
    result = await lsp_client.initialize_session(params)
    assert result.capabilities.diagnostic_provider is None
    yield
    await lsp_client.shutdown_session()


@pytest.mark.asyncio(loop_scope="module")
async def test_old_client_gets_diagnostics_pushed_on_open_and_on_change(
    old_client: LanguageClient,
):
    """A client that declares no pull diagnostics, opening a file Neovim calls "text", gets
    its findings pushed when it opens the document and again when it changes it."""
    uri = (WORKSPACE / "old-client.txt").as_uri()
    open_document(old_client, uri, LONG, language="text")
    await until(lambda: codes(old_client, uri) == ["RL301"])
    change(old_client, uri, 2, 26, len(LONG) - 1, "")  # "We talked about the stairs."
    await until(lambda: codes(old_client, uri) == [])


@pytest.mark.asyncio(loop_scope="module")
async def test_change_to_a_document_never_opened_is_ignored(old_client: LanguageClient):
    """A change to a document the client never opened is logged and ignored: no error
    pop-up, and the server goes on checking."""
    never = (WORKSPACE / "never-opened.txt").as_uri()
    change(old_client, never, 2, 0, 0, "More. ")
    uri = (WORKSPACE / "after-never.txt").as_uri()
    open_document(old_client, uri, LONG, language="text")
    await until(lambda: codes(old_client, uri) == ["RL301"])
    assert never not in old_client.diagnostics
    assert not [m for m in old_client.messages if "Error" in m.message]


# -- Neovim 0.10+: pulls, but cannot be asked to pull again -------------------------------


@pytest.fixture(scope="module")
def team_workspace(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("lsp-clients")
    (folder / "recordlint.toml").write_text(TEAM_CONFIG, encoding="utf-8")
    return folder


@pytest_lsp.fixture(
    scope="module",
    config=ClientServerConfig(server_command=[sys.executable, "-m", "recordlint", "lsp"]),
)
async def neovim(lsp_client: LanguageClient, team_workspace: Path):
    capabilities = client_capabilities("neovim")
    assert capabilities.text_document.diagnostic is not None
    assert capabilities.workspace.diagnostics is None  # no refresh support
    params = types.InitializeParams(
        capabilities=capabilities,
        root_uri=team_workspace.as_uri(),
        initialization_options={"debounceMs": 50, "caretHoldMs": CARET_HOLD_MS},
    )
    result = await lsp_client.initialize_session(params)
    # Offered no pull, the client shows what is pushed, and every update reaches it.
    assert result.capabilities.diagnostic_provider is None
    yield
    await lsp_client.shutdown_session()


@pytest.mark.asyncio(loop_scope="module")
async def test_ignoring_a_rule_shows_at_once_without_an_edit(
    neovim: LanguageClient, team_workspace: Path
):
    """ "Ignore in this document" takes the findings away at once, with no keystroke."""
    uri = (team_workspace / "ignore.txt").as_uri()
    open_document(neovim, uri, "Saw the GP at noon.", language="text")
    await until(lambda: codes(neovim, uri) == ["RL101"])
    (diagnostic,) = neovim.diagnostics[uri]
    actions = await neovim.text_document_code_action_async(types.CodeActionParams(
        text_document=types.TextDocumentIdentifier(uri=uri), range=diagnostic.range,
        context=types.CodeActionContext(diagnostics=[diagnostic])))  # fmt: skip
    await run_action(neovim, next(a for a in actions if a.title.startswith("Ignore RL101")))
    await until(lambda: codes(neovim, uri) == [])


@pytest.mark.asyncio(loop_scope="module")
async def test_finding_in_pasted_text_appears_without_another_edit(
    neovim: LanguageClient, team_workspace: Path
):
    """A finding in pasted text waits for the caret hold, then appears with no further edit."""
    uri = (team_workspace / "paste.txt").as_uri()
    open_document(neovim, uri, "Saw the GP.", language="text")
    await until(lambda: texts(neovim, uri) == ["GP"])
    change(neovim, uri, 2, 11, 11, " Then the DN.")
    await until(lambda: texts(neovim, uri) == ["GP", "DN"], timeout=CARET_HOLD_MS / 1000 + 30)


@pytest.mark.asyncio(loop_scope="module")
async def test_overlapping_findings_hover_shows_each_and_the_menu_lists_each_action_once(
    neovim: LanguageClient, team_workspace: Path
):
    """Where a long sentence holds two acronyms, the hover over one acronym explains both
    findings there, and the menu for all three lists each distinct action once."""
    uri = (team_workspace / "overlap.txt").as_uri()
    text = "Met the GP and the DN at home today."
    open_document(neovim, uri, text, language="text")
    await until(lambda: sorted(codes(neovim, uri)) == ["RL101", "RL101", "RL301"])
    hover = await neovim.text_document_hover_async(types.HoverParams(
        text_document=types.TextDocumentIdentifier(uri=uri),
        position=types.Position(line=0, character=text.index("GP") + 1)))  # fmt: skip
    assert "RL101" in hover.contents.value and "RL301" in hover.contents.value
    assert hover.contents.value.count("RL101 unexplained-acronym") == 1
    diagnostics = list(neovim.diagnostics[uri])
    actions = await neovim.text_document_code_action_async(types.CodeActionParams(
        text_document=types.TextDocumentIdentifier(uri=uri), range=diagnostics[0].range,
        context=types.CodeActionContext(diagnostics=diagnostics)))  # fmt: skip
    titles = [a.title for a in actions]
    assert len(titles) == len(set(titles))
    hides = [t for t in titles if t.startswith("Hide this false positive")]
    # The two acronyms share a sentence, so hiding either hides the same key: one entry.
    assert sorted(hides) == ["Hide this false positive (RL101)", "Hide this false positive (RL301)"]
    assert "Allow 'GP' for the team" in titles and "Allow 'DN' for the team" in titles


# -- faults: a check that fails, a model that loads slowly --------------------------------

FAULT_SERVER = Path(__file__).parent / "data" / "lsp_fault_server.py"
FAULT_MARKER = "Zyxquv"


@pytest_lsp.fixture(
    scope="module",
    config=ClientServerConfig(
        server_command=[
            sys.executable,
            str(FAULT_SERVER),
            "--fail-on",
            FAULT_MARKER,
            "--slow-model",
            "4",
        ]
    ),
)
async def faulty(lsp_client: LanguageClient, team_workspace: Path):
    params = types.InitializeParams(
        capabilities=neovim_0_7_capabilities(),
        root_uri=team_workspace.as_uri(),
        initialization_options={"debounceMs": 0, "caretHoldMs": 0},
    )
    await lsp_client.initialize_session(params)
    yield
    await lsp_client.shutdown_session()


@pytest.mark.asyncio(loop_scope="module")
async def test_word_list_findings_come_first_while_the_model_loads(
    faulty: LanguageClient, team_workspace: Path
):
    """While the language model loads, the acronym is shown from a quick pass; the long
    sentence (which needs the model) follows once it has loaded."""
    uri = (team_workspace / "quick.txt").as_uri()
    open_document(faulty, uri, "Met the GP at home today with her son.", language="text")
    seen: list[list[str]] = []

    def record() -> bool:
        found = sorted(codes(faulty, uri))
        if uri in faulty.diagnostics and (not seen or seen[-1] != found):
            seen.append(found)
        return found == ["RL101", "RL301"]

    await until(record, timeout=60)
    assert seen[0] == ["RL101"]
    assert seen[-1] == ["RL101", "RL301"]


@pytest.mark.asyncio(loop_scope="module")
async def test_a_check_that_fails_shows_one_warning_at_the_top(
    faulty: LanguageClient, team_workspace: Path
):
    """A fault in the core gives one warning on the first line saying the document was not
    checked; the server keeps checking other documents."""
    uri = (team_workspace / "fails.txt").as_uri()
    open_document(faulty, uri, f"Line one.\nThe OT saw {FAULT_MARKER} today.", language="text")
    await until(lambda: uri in faulty.diagnostics)
    (diagnostic,) = faulty.diagnostics[uri]
    assert diagnostic.code == "check-failed"
    assert diagnostic.severity == types.DiagnosticSeverity.Warning
    assert diagnostic.range.start == types.Position(line=0, character=0)
    assert "could not check this document" in diagnostic.message
    assert FAULT_MARKER not in diagnostic.message
    other = (team_workspace / "fine.txt").as_uri()
    open_document(faulty, other, "Saw the GP.", language="text")
    await until(lambda: codes(faulty, other) == ["RL101"])
