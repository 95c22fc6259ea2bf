"""Scheduling: when a document is checked (after a pause in typing, once per version, the
quick pass while the model loads), off the event loop, and what is kept of the result.

It builds on what is shown (:mod:`recordlint.language_server.publishing`): a finished check
is published at once.
"""

from __future__ import annotations

import asyncio
import logging

from lsprotocol import types

from recordlint.api import Linter
from recordlint.errors import RecordlintError
from recordlint.findings import Report
from recordlint.language_server.documents import DocumentState
from recordlint.language_server.publishing import PublishingServer

logger = logging.getLogger("recordlint.language_server")
SETTINGS_WAIT_S = 2.0


class RecordlintServer(PublishingServer):
    """Holds per-document state and one Linter per effective configuration."""

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


def _lint(linter: Linter, text: str, kind: str | None) -> Report:
    return linter.lint(text, kind=kind)
