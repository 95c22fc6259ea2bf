"""The linter's state and its paragraph phase: which rules run on each paragraph, the
spaCy analysis they need, the rules run on it, and the cache of their results.

It stands apart because it sees one paragraph at a time and knows nothing of the record
around it; the record phase (:mod:`recordlint.api.record`) reads what it leaves.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from dataclasses import dataclass, replace
from typing import Any

from recordlint.config import Config
from recordlint.config.selection import enabled_rules
from recordlint.doc_access import remember_text
from recordlint.findings import Finding, RecordKind, Severity
from recordlint.kinds import infer_kind
from recordlint.nlp import Need, add_deferred, analysing, disabled_for, load_pipeline, needs_spacy
from recordlint.rules.registry import Flagger, ParagraphContext, Rule, Scope, all_rules
from recordlint.text import Block, paragraphs, quote_spans


@dataclass(frozen=True, slots=True)
class _BlockResult:
    findings: tuple[Finding, ...]  # offsets relative to the paragraph
    facts: dict[str, Any]
    errors: tuple[str, ...]
    # Rules whose gate turned the paragraph down, so they left no facts on it; a finalizer
    # that needs one's facts there has them made when it asks (DocumentContext.facts_of).
    gated: frozenset[str] = frozenset()


class ParagraphPhase:
    """The state a :class:`~recordlint.api.Linter` holds (configuration, rules, pipeline,
    caches) and the paragraph phase: paragraphs analysed and their rules run, the results
    cached by paragraph text and kind."""

    def __init__(self, config: Config | None = None, *, cache_size: int = 4096) -> None:
        self.config = config or Config()
        self.rules: list[Rule] = enabled_rules(self.config, all_rules())
        self.needs: frozenset[Need] = frozenset(
            n for r in self.rules for n in (*r.needs, *r.on_demand)
        )
        self._cache: OrderedDict[tuple[str, str], _BlockResult] = OrderedDict()
        self._cache_size = cache_size
        # Needs that only a document phase asks for, on some records: loaded then.
        self._deferred_needs = frozenset(n for r in self.rules for n in r.on_demand) - frozenset(
            n for r in self.rules for n in r.needs
        )
        self._entities_on_demand = any(Need.ENTITIES in r.on_demand for r in self.rules)
        self._entity_cache: OrderedDict[str, tuple[tuple[int, int, str], ...]] = OrderedDict()
        self._gated_facts_cache: OrderedDict[tuple[str, str, str], dict[str, Any]] = OrderedDict()
        self._lock = threading.Lock()

    @property
    def nlp(self) -> Any:
        return load_pipeline(self.config.options.model, self.needs, self._deferred_needs)

    def _analyse(self, blocks: list[tuple[str, RecordKind]]) -> None:
        """Analyse paragraphs, each with only the rules that may fire on it and only the
        spaCy components those rules need."""
        if not blocks:
            return
        paragraph_rules = [r for r in self.rules if r.scope is Scope.PARAGRAPH]
        groups: dict[frozenset[Need], list[tuple[str, RecordKind, list[Rule]]]] = {}
        gated: dict[tuple[str, RecordKind], frozenset[str]] = {}
        for text, kind in blocks:
            active: list[Rule] = []
            needs_here: set[Need] = set()
            turned_down: list[str] = []
            for r in paragraph_rules:
                if not r.applies_to(kind):
                    continue
                if _gate_open(r, text):
                    needs_here.update(r.needs)
                elif r.gated_needs is not None:
                    needs_here.update(r.gated_needs)
                else:
                    turned_down.append(r.code)
                    continue
                active.append(r)
            groups.setdefault(frozenset(needs_here), []).append((text, kind, active))
            gated[(text, kind)] = frozenset(turned_down)
        for needs, items in groups.items():
            if not needs_spacy(needs):
                for text, kind, active in items:
                    result = self._run_paragraph_rules(text, None, kind, active)
                    self._store((text, kind.value), replace(result, gated=gated[(text, kind)]))
                continue
            nlp = self.nlp
            done = 0
            try:
                with analysing(nlp):
                    # Each doc is made here and given its text at once: the pipeline's
                    # own components read it, and spaCy would join it again per token.
                    made = (_with_text(nlp.make_doc(t), t) for t, _, _ in items)
                    docs = nlp.pipe(made, batch_size=64, disable=disabled_for(nlp, needs))
                    for (text, kind, active), doc in zip(items, docs, strict=True):
                        result = self._run_paragraph_rules(text, doc, kind, active)
                        self._store((text, kind.value), replace(result, gated=gated[(text, kind)]))
                        done += 1
            except Exception as error:  # spaCy itself failed: say so, never lose the record
                reason = f"paragraph could not be analysed: {type(error).__name__}: {error}"
                for text, kind, active in items[done:]:
                    errors = tuple(f"{r.code} could not run: {reason}" for r in active)
                    self._store((text, kind.value), _BlockResult((), {}, errors))

    def _entities_of(self, texts: list[str]) -> list[tuple[tuple[int, int, str], ...]]:
        """Named entities of some of a record's paragraphs, for a document phase that asks
        for them: those not found before are found in one pass through the pipeline.

        The recogniser reads sentence boundaries, so it runs after the parser wherever the
        enabled rules parse: the entities are those a paragraph-phase pass would have found.
        It reads no tag, lemma or morphology (its token vectors are its own, made from the
        words' forms), so the tagger, attribute ruler and lemmatizer are left out.
        """
        found: dict[str, tuple[tuple[int, int, str], ...]] = {}
        with self._lock:
            for text in texts:
                cached = self._entity_cache.get(text)
                if cached is not None:
                    found[text] = cached
        wanted = list(dict.fromkeys(text for text in texts if text not in found))
        if wanted:
            nlp = self.nlp
            needs = frozenset({Need.ENTITIES} | ({Need.PARSE} & self.needs))
            add_deferred(nlp, needs)
            unread = {"tagger", "attribute_ruler", "lemmatizer"}
            disabled = [*disabled_for(nlp, needs), *(c for c in nlp.pipe_names if c in unread)]
            with analysing(nlp):
                made = (_with_text(nlp.make_doc(t), t) for t in wanted)
                for text, doc in zip(wanted, nlp.pipe(made, disable=disabled), strict=True):
                    found[text] = tuple((e.start_char, e.end_char, e.label_) for e in doc.ents)
            with self._lock:
                for text in wanted:
                    self._entity_cache[text] = found[text]
                while len(self._entity_cache) > self._cache_size:
                    self._entity_cache.popitem(last=False)
        return [found[text] for text in texts]

    def _gated_facts(self, text: str, kind: RecordKind, code: str) -> dict[str, Any]:
        """The facts rule ``code`` records on a paragraph its gate turned down, made now
        with the analysis it needs, for a finalizer that reads that paragraph after all."""
        key = (text, kind.value, code)
        with self._lock:
            found = self._gated_facts_cache.get(key)
        if found is not None:
            return found
        rule = next(r for r in self.rules if r.code == code)
        if needs_spacy(rule.needs):
            nlp = self.nlp
            with analysing(nlp):
                doc = nlp(text, disable=disabled_for(nlp, rule.needs))
                found = self._run_paragraph_rules(text, doc, kind, [rule]).facts
        else:
            found = self._run_paragraph_rules(text, None, kind, [rule]).facts
        with self._lock:
            self._gated_facts_cache[key] = found
            while len(self._gated_facts_cache) > self._cache_size:
                self._gated_facts_cache.popitem(last=False)
        return found

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
        if doc is not None:
            remember_text(doc, text)  # the doc's own text, which spaCy would join per read
        for rule in active:
            flagger = Flagger(rule, self._severity(rule), text, 0, findings)
            ctx = ParagraphContext(text, doc, kind, self.config, quotes, facts, flagger)
            try:
                rule.check(ctx)
            except Exception as error:  # one faulty rule must not cost the whole record
                errors.append(f"{rule.code} could not run: {type(error).__name__}: {error}")
        return _BlockResult(tuple(findings), facts, tuple(errors))

    def _severity(self, rule: Rule) -> Severity:
        override = self.config.options.severity.get(rule.code)
        return Severity(override) if override and override != "off" else rule.severity

    def paragraph_facts(
        self, text: str, kind: RecordKind | str | None = None
    ) -> list[tuple[Block, dict[Any, Any]]]:
        """Each paragraph of ``text`` with the facts the enabled paragraph rules recorded on
        it (offsets in them are the paragraph's), for tools that study one rule's reading."""
        resolved = RecordKind(kind) if kind else infer_kind(text)
        blocks = paragraphs(text)
        self._analyse([(b.text, resolved) for b in blocks
                       if (b.text, resolved.value) not in self._cache])  # fmt: skip
        return [(b, self._cache_get((b.text, resolved.value), b, resolved).facts) for b in blocks]

    def _cache_get(self, key: tuple[str, str], block: Block, kind: RecordKind) -> _BlockResult:
        with self._lock:
            result = self._cache.get(key)
        if result is None:  # evicted between analysis and assembly: analyse again
            self._analyse([(block.text, kind)])
            with self._lock:
                result = self._cache[key]
        return result


def _with_text(doc: Any, text: str) -> Any:
    """``doc``, made from ``text``, holding that text for :func:`doc_text` to read."""
    remember_text(doc, text)
    return doc


def _gate_open(rule: Rule, text: str) -> bool:
    """Whether ``rule``'s cheap gate lets it run on ``text``; a gate that fails lets the
    rule run, so its own error is what the report shows."""
    if rule.gate is None:
        return True
    try:
        return bool(rule.gate(text))
    except Exception:
        return True
