"""The record phase: the paragraphs' results put together into one record's report, with
its document steps, finalizers, coverage and the filters that are not rules.

It stands apart because it works on a whole record, from the cached paragraph results it
reads through :class:`~recordlint.api.paragraphs.ParagraphPhase`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import replace
from typing import Any

from recordlint.api.filters import one_finding_per_problem, talked_about_or_explained
from recordlint.api.paragraphs import ParagraphPhase
from recordlint.config.selection import matches
from recordlint.findings import Finding, RecordKind, Report
from recordlint.kinds import TextReading
from recordlint.rules.registry import DocumentContext, Flagger, Rule, Scope, metrics_providers
from recordlint.suppression import hidden_findings, read_directives, sentence_at
from recordlint.text import (
    Block,
    LineIndex,
    merged_length,
    merged_spans,
    overlaps_any,
    unmarked_speech_spans,
)


class RecordPhase(ParagraphPhase):
    """The record phase over the paragraph phase: a record's findings shifted to its offsets,
    its document steps and finalizers run, the team's and writer's silencing applied."""

    def _assemble(
        self,
        text: str,
        kind: RecordKind,
        metadata: Mapping[str, Any],
        blocks: list[Block],
        quotes: list[tuple[int, int]],
        reading: TextReading,
    ) -> Report:
        report = Report(text=text, kind=kind)
        block_facts: list[dict[str, Any]] = []
        block_gated: list[frozenset[str]] = []
        by_rule: dict[str, list[Finding]] = {}
        failed: list[tuple[int, int]] = []  # stretches some rule could not check
        for block in blocks:
            result = self._cache_get((block.text, kind.value), block, kind)
            block_facts.append(result.facts)
            block_gated.append(result.gated)
            report.errors.extend(result.errors)
            if result.errors:
                failed.append((block.start, block.end))
            for f in result.findings:
                by_rule.setdefault(f.code, []).append(_shift(f, block.start))
        rules_by_code = {r.code: r for r in self.rules}
        # The person's own words are set aside before finalizers run, so a finalizer never
        # builds on a finding inside a quotation. Direct speech whose marks were never typed
        # ("He said I dont mean it") is the person's too, and set aside with them; the
        # rules themselves and the coverage metrics see the marked quotations only, as
        # the reading of unmarked speech is too uncertain to credit a voice or to count.
        set_aside = merged_spans(quotes, unmarked_speech_spans(text))
        by_rule = {
            code: [f for f in found
                   if rules_by_code[code].allow_in_quotes
                   or not overlaps_any(f.start, f.end, set_aside)]
            for code, found in by_rule.items()
        }  # fmt: skip
        metrics: dict[str, Any] = {
            "paragraphs": len(blocks),
            "quotes": len(quotes),
        }

        def gated_facts(index: int, code: str) -> dict[str, Any] | None:
            if code not in block_gated[index]:
                return None
            return self._gated_facts(blocks[index].text, kind, code)

        ctx = DocumentContext(
            text, kind, self.config, dict(metadata), blocks, block_facts, quotes, metrics, reading,
            _entities=self._entities_of if self._entities_on_demand else None,
            _gated_facts=gated_facts,
        )  # fmt: skip
        for provider in metrics_providers():
            try:
                metrics.update(provider(ctx))
            except Exception as error:
                report.errors.append(f"metrics could not be computed: {error}")
        for rule in self.rules:
            if not rule.applies_to(kind) or rule.scope is Scope.COVERAGE:
                continue
            if not self._run_document_step(rule, ctx, by_rule, report):
                failed.append((0, len(text)))
        metrics.update(_coverage(quotes, failed))
        for rule in self.rules:
            if rule.applies_to(kind) and rule.scope is Scope.COVERAGE:
                self._run_document_step(rule, ctx, by_rule, report)
        keep = self._filter(text)
        not_a_word_choice = talked_about_or_explained(text)
        kept = [
            f
            for code, found in by_rule.items()
            for f in found
            # A document-level finding is about the whole record; where it is shown (its
            # first line) may hold a quotation, and that must not silence it.
            if (
                f.document_level
                or rules_by_code[code].allow_in_quotes
                or not overlaps_any(f.start, f.end, set_aside)
            )
            and keep(f, rules_by_code[code])
            and not (rules_by_code[code].about_wording and not_a_word_choice(f))
        ]
        kept = one_finding_per_problem(kept, rules_by_code)
        kept.sort(key=lambda f: (f.start, f.end, f.code))
        report.findings = kept
        report.metrics = metrics
        return report

    def _run_document_step(
        self,
        rule: Rule,
        ctx: DocumentContext,
        by_rule: dict[str, list[Finding]],
        report: Report,
    ) -> bool:
        """Run a document rule, or a paragraph rule's document step and finalizer; False when
        it raised (the error is in the report and the other rules carry on)."""
        try:
            if rule.scope in (Scope.DOCUMENT, Scope.COVERAGE):
                out: list[Finding] = []
                ctx._flagger = Flagger(rule, self._severity(rule), ctx.text, 0, out)
                try:
                    rule.check(ctx)
                finally:
                    ctx._flagger = None
                by_rule[rule.code] = out
                return True
            # A paragraph rule's document step reads its paragraphs' facts and may flag the
            # record as a whole; then its finalizer sees every finding of the rule.
            if rule.document_step is not None:
                out = []
                ctx._flagger = Flagger(rule, self._severity(rule), ctx.text, 0, out)
                try:
                    rule.document_step(ctx)
                finally:
                    ctx._flagger = None
                if out:
                    by_rule[rule.code] = [*by_rule.get(rule.code, []), *out]
            if rule.finalize is not None and rule.code in by_rule:
                by_rule[rule.code] = rule.finalize(ctx, by_rule[rule.code])
        except Exception as error:
            report.errors.append(f"{rule.code} could not run: {type(error).__name__}: {error}")
            return False
        return True

    def _filter(self, text: str) -> Callable[[Finding, Rule], bool]:
        """The team's and the writer's silencing: allowed terms, hidden false positives and
        inline directives."""
        allowed = {t.casefold() for t in self.config.allowed_terms}
        hidden = hidden_findings(self.config.team_paths().get("hidden_file"))
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
                hidden and hidden.hides(rule.code, sentence_at(text, finding.start, finding.end))
            )

        return keep


def _coverage(quotes: list[tuple[int, int]], failed: list[tuple[int, int]]) -> dict[str, Any]:
    """How much of the record no rule (or not every rule) checked, and why."""
    reasons = {"quoted": merged_length(quotes), "rule_error": merged_length(failed)}
    return {
        "unchecked_chars": merged_length([*quotes, *failed]),
        "unchecked": {reason: chars for reason, chars in reasons.items() if chars},
        "unchecked_stretches": _largest_first([*quotes, *failed]),
    }


def _largest_first(spans: list[tuple[int, int]]) -> list[list[int]]:
    """Up to three unchecked stretches, longest first, as [start, end] pairs."""
    ordered = sorted(spans, key=lambda span: (span[0] - span[1], span[0]))
    return [[start, end] for start, end in ordered[:3]]


def _shift(finding: Finding, offset: int) -> Finding:
    return replace(finding, start=finding.start + offset, end=finding.end + offset)
