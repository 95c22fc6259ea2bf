"""The server's settings and linters: the client's settings, each document's configuration,
one Linter per effective configuration (and its quick twin), and their warm-up.

It stands apart because it decides what a document is checked with, never when it is
checked or what the client is shown.
"""

from __future__ import annotations

import asyncio
import gc
import logging
import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

from lsprotocol import types
from pygls.exceptions import JsonRpcException
from pygls.lsp.server import LanguageServer
from pygls.uris import to_fs_path

from recordlint import __version__
from recordlint.api import Linter
from recordlint.config import Config, load_config
from recordlint.errors import RecordlintError
from recordlint.language_server.documents import DocumentState
from recordlint.language_server.logs import set_debug
from recordlint.language_server.protocol import RecordlintProtocol
from recordlint.language_server.settings import ServerSettings

logger = logging.getLogger("recordlint.language_server")


class ConfiguredServer(LanguageServer):
    """Per-document state, the client's settings and one Linter per effective
    configuration; messages to the person at the editor, each told once."""

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

    def quick_linter_for(self, linter: Linter) -> Linter | None:
        """The same configuration with only the rules that need no language model, for the
        first findings while the model loads (acronyms, word lists, spelling); None when
        there is nothing to gain (no rule needs the model, or none can run without it)."""
        key = linter.config.fingerprint
        if key not in self._quick_linters:
            self._quick_linters[key] = linter.without_model()
        return self._quick_linters[key]

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
