"""The core entry points: :func:`lint` for one-off use and :class:`Linter` for long runs."""

from __future__ import annotations

import contextlib
import threading
from collections import OrderedDict
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from recordlint.config import Config
from recordlint.config.selection import enabled_rules, matches
from recordlint.findings import Finding, RecordKind, Report, Severity
from recordlint.kinds import infer_kind
from recordlint.nlp import Need, disabled_for, load_pipeline, needs_spacy
from recordlint.rules.registry import (
    DocumentContext,
    ParagraphContext,
    Rule,
    Scope,
    _Flagger,
    all_rules,
    metrics_providers,
)
from recordlint.suppression import hidden_pairs, read_directives, sentence_at
from recordlint.text import Block, LineIndex, overlaps_any, paragraphs, quote_spans


@dataclass(frozen=True, slots=True)
class _BlockResult:
    findings: tuple[Finding, ...]  # offsets relative to the paragraph
    facts: dict[str, Any]
    errors: tuple[str, ...]


class Linter:
    """Holds the pipeline, the enabled rules and a cache of per-paragraph results.

    Build one per configuration and reuse it: the spaCy pipeline loads once, and a small
    edit to a long record re-analyses only the paragraphs that changed.
    """

    def __init__(self, config: Config | None = None, *, cache_size: int = 4096) -> None:
        self.config = config or Config()
        self.rules: list[Rule] = enabled_rules(self.config, all_rules())
        self.needs: frozenset[Need] = frozenset(n for r in self.rules for n in r.needs)
        self._cache: OrderedDict[tuple[str, str], _BlockResult] = OrderedDict()
        self._cache_size = cache_size
        self._lock = threading.Lock()

    @property
    def nlp(self) -> Any:
        return load_pipeline(self.config.options.model, self.needs)

    def warm_up(self) -> None:
        """Load the pipeline, and what the enabled rules load, now rather than on the first
        lint."""
        if needs_spacy(self.needs):
            self.nlp  # noqa: B018  (loading is the point)
        for rule in self.rules:
            if rule.warm_up is not None:
                # A rule that cannot load says so when it runs, in the record's errors.
                with contextlib.suppress(Exception):
                    rule.warm_up(self.config)

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
        batch: list[tuple[str, RecordKind, Mapping[str, Any]]] = []
        for text, kind, metadata in records:
            resolved = RecordKind(kind) if kind else infer_kind(text)
            batch.append((text, resolved, metadata or {}))
            if len(batch) >= batch_size:
                yield from self._lint_batch(batch)
                batch = []
        if batch:
            yield from self._lint_batch(batch)

    def _lint_batch(
        self, batch: list[tuple[str, RecordKind, Mapping[str, Any]]]
    ) -> Iterator[Report]:
        prepared = []
        wanted: dict[tuple[str, str], tuple[str, RecordKind]] = {}
        for text, kind, metadata in batch:
            blocks = paragraphs(text)
            quotes = quote_spans(text)
            prepared.append((text, kind, metadata, blocks, quotes))
            for block in blocks:
                key = (block.text, kind.value)
                if key not in self._cache and key not in wanted:
                    wanted[key] = (block.text, kind)
        self._analyse(list(wanted.values()))
        for text, kind, metadata, blocks, quotes in prepared:
            yield self._assemble(text, kind, metadata, blocks, quotes)

    def _analyse(self, blocks: list[tuple[str, RecordKind]]) -> None:
        """Analyse paragraphs, each with only the rules that may fire on it and only the
        spaCy components those rules need."""
        if not blocks:
            return
        paragraph_rules = [r for r in self.rules if r.scope is Scope.PARAGRAPH]
        groups: dict[frozenset[Need], list[tuple[str, RecordKind, list[Rule]]]] = {}
        for text, kind in blocks:
            active = [
                r for r in paragraph_rules
                if r.applies_to(kind) and (r.gate is None or r.gate(text))
            ]  # fmt: skip
            needs = frozenset(n for r in active for n in r.needs)
            groups.setdefault(needs, []).append((text, kind, active))
        for needs, items in groups.items():
            if not needs_spacy(needs):
                for text, kind, active in items:
                    self._store(
                        (text, kind.value), self._run_paragraph_rules(text, None, kind, active)
                    )
                continue
            nlp = self.nlp
            zone = nlp.memory_zone() if hasattr(nlp, "memory_zone") else contextlib.nullcontext()
            with zone:
                docs = nlp.pipe((t for t, _, _ in items), batch_size=64,
                                disable=disabled_for(nlp, needs))  # fmt: skip
                for (text, kind, active), doc in zip(items, docs, strict=True):
                    self._store(
                        (text, kind.value), self._run_paragraph_rules(text, doc, kind, active)
                    )

    def _store(self, key: tuple[str, str], result: _BlockResult) -> None:
        with self._lock:
            self._cache[key] = result
            self._cache.move_to_end(key)
            while len(self._cache) > self._cache_size:
                self._cache.popitem(last=False)

    def _run_paragraph_rules(
        self, text: str, doc: Any, kind: RecordKind, active: list[Rule]
    ) -> _BlockResult:
        findings: list[Finding] = []
        facts: dict[str, Any] = {}
        errors: list[str] = []
        quotes = quote_spans(text)
        for rule in active:
            flagger = _Flagger(rule, self._severity(rule), text, 0, findings)
            ctx = ParagraphContext(text, doc, kind, self.config, quotes, facts, flagger)
            try:
                rule.check(ctx)
            except Exception as error:  # one faulty rule must not cost the whole record
                errors.append(f"{rule.code} could not run: {type(error).__name__}: {error}")
        return _BlockResult(tuple(findings), facts, tuple(errors))

    def _severity(self, rule: Rule) -> Severity:
        override = self.config.options.severity.get(rule.code)
        return Severity(override) if override and override != "off" else rule.severity

    def _assemble(
        self,
        text: str,
        kind: RecordKind,
        metadata: Mapping[str, Any],
        blocks: list[Block],
        quotes: list[tuple[int, int]],
    ) -> Report:
        report = Report(text=text, kind=kind)
        block_facts: list[dict[str, Any]] = []
        by_rule: dict[str, list[Finding]] = {}
        for block in blocks:
            result = self._cache_get((block.text, kind.value), block, kind)
            block_facts.append(result.facts)
            report.errors.extend(result.errors)
            for f in result.findings:
                by_rule.setdefault(f.code, []).append(_shift(f, block.start))
        rules_by_code = {r.code: r for r in self.rules}
        # The person's own words are set aside before finalizers run, so a finalizer never
        # builds on a finding inside a quotation.
        by_rule = {
            code: [f for f in found
                   if rules_by_code[code].allow_in_quotes
                   or not overlaps_any(f.start, f.end, quotes)]
            for code, found in by_rule.items()
        }  # fmt: skip
        metrics: dict[str, Any] = {
            "paragraphs": len(blocks),
            "quotes": len(quotes),
        }
        ctx = DocumentContext(
            text, kind, self.config, dict(metadata), blocks, block_facts, quotes, metrics
        )
        for provider in metrics_providers():
            try:
                metrics.update(provider(ctx))
            except Exception as error:
                report.errors.append(f"metrics could not be computed: {error}")
        for rule in self.rules:
            if not rule.applies_to(kind):
                continue
            try:
                if rule.scope is Scope.DOCUMENT:
                    out: list[Finding] = []
                    ctx._flagger = _Flagger(rule, self._severity(rule), text, 0, out)
                    rule.check(ctx)
                    ctx._flagger = None
                    by_rule[rule.code] = out
                elif rule.finalize is not None and rule.code in by_rule:
                    by_rule[rule.code] = rule.finalize(ctx, by_rule[rule.code])
            except Exception as error:
                report.errors.append(f"{rule.code} could not run: {type(error).__name__}: {error}")
        keep = self._filter(text)
        kept = [
            f
            for code, found in by_rule.items()
            for f in found
            # A document-level finding is about the whole record; where it is shown (its
            # first line) may hold a quotation, and that must not silence it.
            if (
                f.document_level
                or rules_by_code[code].allow_in_quotes
                or not overlaps_any(f.start, f.end, quotes)
            )
            and keep(f, rules_by_code[code])
        ]
        kept.sort(key=lambda f: (f.start, f.end, f.code))
        report.findings = kept
        report.metrics = metrics
        return report

    def _filter(self, text: str) -> Callable[[Finding, Rule], bool]:
        """The team's and the writer's silencing: allowed terms, hidden false positives and
        inline directives."""
        allowed = {t.casefold() for t in self.config.allowed_terms}
        hidden = hidden_pairs(self.config.team_paths().get("hidden_file"))
        directives = read_directives(text)
        index = LineIndex(text) if directives.by_line else None

        def silenced(selectors: frozenset[str], rule: Rule) -> bool:
            return any(matches(s, rule) for s in selectors)

        def keep(finding: Finding, rule: Rule) -> bool:
            if finding.text.casefold() in allowed:
                return False
            if directives.everywhere and silenced(directives.everywhere, rule):
                return False
            if index is not None:
                first, last = index.line_of(finding.start), index.line_of(max(finding.end - 1, 0))
                for line in range(first, last + 1):
                    line_rules = directives.by_line.get(line)
                    if line_rules and silenced(line_rules, rule):
                        return False
            return not (
                hidden and (rule.code, sentence_at(text, finding.start, finding.end)) in hidden
            )

        return keep

    def _cache_get(self, key: tuple[str, str], block: Block, kind: RecordKind) -> _BlockResult:
        with self._lock:
            result = self._cache.get(key)
        if result is None:  # evicted between analysis and assembly: analyse again
            self._analyse([(block.text, kind)])
            with self._lock:
                result = self._cache[key]
        return result


def _shift(finding: Finding, offset: int) -> Finding:
    from dataclasses import replace

    return replace(finding, start=finding.start + offset, end=finding.end + offset)


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
