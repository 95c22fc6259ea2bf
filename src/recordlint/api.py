"""The core entry points: :func:`lint` for one-off use and :class:`Linter` for long runs."""

from __future__ import annotations

import contextlib
import gc
import threading
from collections import OrderedDict
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, replace
from typing import Any

from recordlint.config import Config
from recordlint.config.selection import enabled_rules, matches
from recordlint.doc_access import remember_text
from recordlint.findings import Category, Finding, RecordKind, Report, Severity
from recordlint.kinds import infer_kind
from recordlint.metrics import sentence_spans
from recordlint.nlp import (
    Need,
    add_deferred,
    analysing,
    disabled_for,
    load_pipeline,
    needs_spacy,
)
from recordlint.rules.registry import (
    DocumentContext,
    Flagger,
    ParagraphContext,
    Rule,
    Scope,
    all_rules,
    metrics_providers,
)
from recordlint.suppression import hidden_findings, read_directives, sentence_at
from recordlint.text import (
    Block,
    LineIndex,
    encodable,
    merged_length,
    overlaps_any,
    paragraphs,
    quote_spans,
)
from recordlint.usage import is_explained, is_mentioned, names_a_topic

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


@dataclass(frozen=True, slots=True)
class _BlockResult:
    findings: tuple[Finding, ...]  # offsets relative to the paragraph
    facts: dict[str, Any]
    errors: tuple[str, ...]
    # Rules whose gate turned the paragraph down, so they left no facts on it; a finalizer
    # that needs one's facts there has them made when it asks (DocumentContext.facts_of).
    gated: frozenset[str] = frozenset()


class Linter:
    """Holds the pipeline, the enabled rules and a cache of per-paragraph results.

    Build one per configuration and reuse it: the spaCy pipeline loads once, and a small
    edit to a long record re-analyses only the paragraphs that changed.
    """

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
        for original, kind, metadata in batch:
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
        for (original, _, _), (text, kind, metadata, blocks, quotes) in zip(
            batch, prepared, strict=True
        ):
            report = self._assemble(text, kind, metadata, blocks, quotes)
            if text is not original:
                report.text = original
                report.findings = [_requoted(f, original) for f in report.findings]
            yield report

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

        def gated_facts(index: int, code: str) -> dict[str, Any] | None:
            if code not in block_gated[index]:
                return None
            return self._gated_facts(blocks[index].text, kind, code)

        ctx = DocumentContext(
            text, kind, self.config, dict(metadata), blocks, block_facts, quotes, metrics,
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
        not_a_word_choice = _talked_about_or_explained(text)
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


def _requoted(finding: Finding, original: str) -> Finding:
    return replace(finding, text=original[finding.start : finding.end])


# Word choices that a list of a review's themes uses as the names of its subjects.
_NAMES_OF_SUBJECTS = frozenset({Category.JARGON, Category.JUDGEMENTAL})
# Word choices that no explanation makes right: a label still labels the person when the
# words after it say what was seen ("Mr B is a hoarder - newspapers and boxes in every
# room", "House is a tip – every room full of bags"), which is what a note's dash brings.
_NOT_EXPLAINED_AWAY = frozenset({Category.JUDGEMENTAL})


def _talked_about_or_explained(text: str) -> Callable[[Finding], bool]:
    """Whether a word-choice finding's words are discussed rather than used, or explained
    where they stand (see :mod:`recordlint.usage`); a label is only ever discussed."""
    sentences: list[tuple[int, int]] | None = None

    def check(finding: Finding) -> bool:
        nonlocal sentences
        if is_mentioned(text, finding.start, finding.end):
            return True
        if finding.category in _NAMES_OF_SUBJECTS and names_a_topic(text, finding.start):
            return True
        if finding.category in _NOT_EXPLAINED_AWAY:
            return False
        if sentences is None:
            sentences = sentence_spans(text)
        return is_explained(text, finding.start, finding.end, sentences)

    return check


# Kinds of problem: a judgement about the person (a label, an opinion stated as fact), or
# the choice of words (jargon, an abbreviation, a wordy or passive phrase).
_PROBLEM_FAMILIES: tuple[frozenset[Category], ...] = (
    frozenset({Category.JUDGEMENTAL, Category.OPINION}),
    frozenset({Category.JARGON, Category.ACRONYM, Category.READABILITY}),
)


def _same_problem(a: Finding, b: Finding) -> bool:
    """Two rules' findings on exactly the same words, or one inside the other when both
    are the same kind of problem ("lacks insight" inside "She lacks insight into her
    needs"; not the shorthand "meds" inside "non-compliant with meds")."""
    if a.code == b.code:
        return False
    if (a.start, a.end) == (b.start, b.end):
        return True
    contained = (a.start <= b.start and b.end <= a.end) or (b.start <= a.start and a.end <= b.end)
    return contained and any(
        a.category in family and b.category in family for family in _PROBLEM_FAMILIES
    )


def one_finding_per_problem(findings: list[Finding], rules: Mapping[str, Rule]) -> list[Finding]:
    """Fold findings of different rules on the same words into one.

    "She lacks insight" is an opinion stated as fact and a label: two findings on the same
    words read as two problems. Each finding is folded into the best finding of the same
    problem (see :func:`_same_problem`) when that one ranks higher: more serious, then on
    fewer words (more specific). The finding that stands carries the others' advice after
    its own. A clause holding two labels folds into one of them; the two labels, being
    different words, stay apart.
    """
    candidates = [f for f in findings if not f.document_level and rules[f.code].merges]
    if len(candidates) < 2:
        return findings

    def rank(f: Finding) -> tuple[int, int, bool, str]:
        return (f.severity.rank, f.start - f.end, bool(f.suggestions), f.code)

    into: dict[int, Finding] = {}  # id of a finding -> the finding it folds into
    for finding in candidates:
        partners = [other for other in candidates
                    if other is not finding and _same_problem(finding, other)]  # fmt: skip
        best = max(partners, key=rank, default=None)
        if best is not None and rank(best) > rank(finding):
            into[id(finding)] = best
    if not into:
        return findings

    def final(f: Finding) -> Finding:
        while id(f) in into:  # ranks rise along the way, so this ends
            f = into[id(f)]
        return f

    # A finding never folds into another of its own rule: two problems of one kind.
    changed = True
    while changed:
        changed = False
        for finding in candidates:
            if id(finding) in into and final(finding).code == finding.code:
                del into[id(finding)]
                changed = True

    folded: dict[int, list[Finding]] = {}
    for finding in candidates:
        if id(finding) in into:
            folded.setdefault(id(final(finding)), []).append(finding)
    out: list[Finding] = []
    for finding in findings:
        if id(finding) in into:
            continue
        others = tuple(folded.get(id(finding), ()))
        if others:
            finding = replace(
                finding,
                message=" ".join([finding.message, *(f"Also: {f.message}" for f in others)]),
                suggestions=tuple(dict.fromkeys([*finding.suggestions,
                                                 *(s for f in others for s in f.suggestions)])),
                absorbed=others,
            )  # fmt: skip
        out.append(finding)
    return out


def _shift(finding: Finding, offset: int) -> Finding:
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
