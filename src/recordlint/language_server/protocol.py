"""The wire protocol as the server speaks it: pygls's protocol with a request it cannot read
still answered, a change to a document never opened ignored, pull diagnostics offered only to
clients that pull them, and ``exit`` ending the process at once.

It stands apart because it is about messages, not documents: it knows nothing of the
server's state beyond whether shutdown was asked for.
"""

from __future__ import annotations

import logging
import os
import sys
from typing import Any

from lsprotocol import types
from pygls.exceptions import JsonRpcException
from pygls.protocol import LanguageServerProtocol, lsp_method

logger = logging.getLogger("recordlint.language_server")


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
        end_process(code)

    def structure_message(self, data: dict[str, Any]) -> Any:
        try:
            return super().structure_message(data)
        except JsonRpcException as error:
            if isinstance(data, dict) and "id" in data and "method" in data:
                self._send_response(data["id"], None, error.to_response_error())
            raise


def end_process(code: int) -> None:
    """End the process now, with ``code``: after ``exit``, or once the client has gone."""
    logging.shutdown()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)
