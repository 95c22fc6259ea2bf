""":class:`Linter`, the shells' way in (warm-up, one record or many, a quick linter while the
model loads), and :func:`lint` for one-off use.

It comes last because it builds on both phases: a batch of records has its paragraphs
analysed together (:mod:`recordlint.api.paragraphs`), then each record assembled
(:mod:`recordlint.api.record`).
"""

from __future__ import annotations

import contextlib
import gc
import threading
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import replace
from typing import Any

from recordlint.api.record import RecordPhase
from recordlint.config import Config
from recordlint.findings import Finding, RecordKind, Report
from recordlint.kinds import TextReading, infer_kind
from recordlint.nlp import needs_spacy
from recordlint.rules.registry import Scope
from recordlint.text import encodable, paragraphs, quote_spans

# Linted by warm_up: a sentence, so that the rules that read sentences load what they use.
_WARM_UP_TEXT = "Warm up."
# Linted by ``warm_up(on_demand=True)``: a short note with what makes the rules build their
# patterns and word lists on first use (a date header and a late entry, names and titles, a
# quotation, shorthand, a diagnosis, a decision and its reason, a list, a misspelling).
_WARM_UP_RECORD = """Date of visit: 3 March 2026
Written up on 5 March 2026, late due to annual leave.

Home visit to Mrs Jane Smith with her daughter Ann. Jane said: "I want to stay in my own \
home." She told me she feels lonely since her husband died and would like to go to the day \
centre. Her daughter thinks she is non-compliant with meds and lacks insight.

The OT assessed her mobility and the term "reablement" was explained to Jane. She has \
dementia and can be aggressive when anxious. It was agreed to refer her to the falls team \
because she fell twice last month; the decision was made in her best interests after a \
mental capacity assessment.

Plan:
- Review the care package in 6 wks.
- SW to contact GP re DoLS and recieve the repeat prescription.

Signed: A. Worker, Social Worker
"""


class Linter(RecordPhase):
    """Holds the pipeline, the enabled rules and a cache of per-paragraph results.

    Build one per configuration and reuse it: the spaCy pipeline loads once, and a small
    edit to a long record re-analyses only the paragraphs that changed.
    """

    def warm_up(self, *, on_demand: bool = False, freeze_collector: bool = True) -> None:
        """Load the pipeline, and what the enabled rules load, now rather than on the first
        lint.

        The rules' own loads run on a second thread: Harper's linter, the slowest, is built
        in compiled code that lets other threads run meanwhile. This thread loads the model
        and lints a short text, which reads the word lists and dictionaries the rules use.

        With ``on_demand``, it also loads what the rules ask for on some records only: the
        pipeline's components a rule asks for on demand (the entity recogniser, which the
        jargon rule wants when nothing else names the person) and the patterns and word
        lists the rules build when a record first calls for them (it lints a short sample
        note). That is for a long run, such as a benchmark or a service, whose first
        records should not bear those loads; without it, as ``recordlint check`` runs, the
        recogniser loads only if a record needs it.

        What is loaded then lives as long as the process, so it is moved out of the garbage
        collector's reach (``gc.freeze``): otherwise every full collection while records are
        linted walks the model, the word lists and the dictionaries again, some 100,000
        objects, for about a thirtieth of the linting time. Set aside, an object is still
        freed when nothing refers to it; only reference cycles among what exists now are
        never collected: the few hundred objects the loads leave in cycles, once. (A full
        collection first would free those, but adds a twentieth of a second to every
        start.) The freeze is process-wide, so a program that embeds recordlint and keeps
        long-lived objects of its own in reference cycles passes ``freeze_collector=False``
        and keeps the collector as it was.
        """
        loads = [rule.warm_up for rule in self.rules if rule.warm_up is not None]
        helper = None
        if loads:
            helper = threading.Thread(
                target=self._warm_up_rules, args=(loads,), name="recordlint-warm-up", daemon=True
            )
            helper.start()
        try:
            if needs_spacy(self.needs):
                self.nlp  # noqa: B018  (loading is the point)
            # Whatever fails here fails again, and is reported, on a real record.
            with contextlib.suppress(Exception):
                self.lint(_WARM_UP_TEXT)
            if on_demand:
                with contextlib.suppress(Exception):
                    self._warm_up_on_demand()
        finally:
            # Joined before returning: a process forked after warm_up must not copy a lock
            # that a half-finished load holds.
            if helper is not None:
                helper.join()
        if freeze_collector:
            gc.freeze()

    def _warm_up_on_demand(self) -> None:
        """Load the deferred components and run them once, then lint the sample note (with
        a Linter of its own, so its paragraphs are not kept in this one's cache)."""
        if self._entities_on_demand and needs_spacy(self.needs):
            self._entities_of([_WARM_UP_TEXT])
        Linter(self.config, cache_size=self._cache_size).lint(_WARM_UP_RECORD)

    def _warm_up_rules(self, loads: list[Callable[[Config], None]]) -> None:
        for load in loads:
            # A rule that cannot load says so when it runs, in the record's errors.
            with contextlib.suppress(Exception):
                load(self.config)

    def without_model(self) -> Linter | None:
        """A Linter for the same configuration with only the paragraph rules that need no
        language model (acronyms, word lists, spelling), for first findings while the model
        loads; None when every rule needs it, or none does (nothing would come sooner)."""
        codes = [
            r.code for r in self.rules if r.scope is Scope.PARAGRAPH and not needs_spacy(r.needs)
        ]
        if not codes or not needs_spacy(self.needs):
            return None
        return Linter(self.config.with_overrides(select=codes))

    def lint(
        self,
        text: str,
        kind: RecordKind | str | None = None,
        metadata: Mapping[str, Any] | None = None,
    ) -> Report:
        """Lint one record and return its findings and metrics."""
        return next(self.lint_many([(text, kind, metadata)]))

    def lint_many(
        self,
        records: Iterable[tuple[str, RecordKind | str | None, Mapping[str, Any] | None]],
        *,
        batch_size: int = 32,
    ) -> Iterator[Report]:
        """Lint records in order, analysing their paragraphs in batches through spaCy."""
        batch: list[tuple[str, RecordKind, Mapping[str, Any], TextReading]] = []
        for text, kind, metadata in records:
            # One reading of the whole text, which inference and the record steps share.
            reading = TextReading(text)
            resolved = RecordKind(kind) if kind else infer_kind(text, reading)
            batch.append((text, resolved, metadata or {}, reading))
            if len(batch) >= batch_size:
                yield from self._lint_batch(batch)
                batch = []
        if batch:
            yield from self._lint_batch(batch)

    def _lint_batch(
        self, batch: list[tuple[str, RecordKind, Mapping[str, Any], TextReading]]
    ) -> Iterator[Report]:
        prepared = []
        wanted: dict[tuple[str, str], tuple[str, RecordKind]] = {}
        for original, kind, metadata, _ in batch:
            # Analysis sees lone surrogates as U+FFFD, one for one, so offsets still fit
            # the caller's text; findings quote the caller's text (see ``_assemble``).
            text = encodable(original)
            blocks = paragraphs(text)
            quotes = quote_spans(text)
            prepared.append((text, kind, metadata, blocks, quotes))
            for block in blocks:
                key = (block.text, kind.value)
                if key not in self._cache and key not in wanted:
                    wanted[key] = (block.text, kind)
        self._analyse(list(wanted.values()))
        for (original, _, _, reading), (text, kind, metadata, blocks, quotes) in zip(
            batch, prepared, strict=True
        ):
            report = self._assemble(text, kind, metadata, blocks, quotes, reading)
            if text is not original:
                report.text = original
                report.findings = [_requoted(f, original) for f in report.findings]
            yield report


def _requoted(finding: Finding, original: str) -> Finding:
    return replace(finding, text=original[finding.start : finding.end])


_default_linters: dict[str, Linter] = {}


def lint(
    text: str,
    config: Config | None = None,
    *,
    kind: RecordKind | str | None = None,
    metadata: Mapping[str, Any] | None = None,
) -> Report:
    """Lint one record with ``config`` (the defaults when None)."""
    config = config or Config()
    linter = _default_linters.get(config.fingerprint)
    if linter is None:
        linter = _default_linters[config.fingerprint] = Linter(config)
    return linter.lint(text, kind=kind, metadata=metadata)
