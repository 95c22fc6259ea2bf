"""Leave-one-batch-out cross-validation of the sentence model against the rules alone.

    python bench/sentence_model_cv.py [--cache FILE] [--grid] [--engine]
                                      [--settings JSON] [--thresholds JSON]
                                      [--models DIR]

The honest figure for a trained component: for each development group (corpus/ and each
development batch of corpus-dev, ``corpus_batches.DEVELOPMENT``), the model is trained on
the other groups and scores that group's sentences, as if its writer were new. The group is
then scored twice with the same matching as ``recordlint eval`` and
``bench/pooled_scores.py`` (a finding matches a gold span of its category when their
characters overlap; parts a finding stands for are scored under their own labels): with the
rules alone (the sentence model switched off), and with the rules plus the model used

- as a gate: a finding of a gated rule whose sentences the model scores below the
  category's ``gate`` threshold is dropped;
- as a source: a sentence the model scores above the category's ``source`` threshold, where
  no finding of that category overlaps it and outside quotations, becomes a finding.

It prints pooled precision / recall per category for both, each group's figures, how many
groups got worse (F1), the warnings on exemplary records and the findings inside the
person's quoted words. ``--grid`` searches the thresholds and prints the best per category.
The rules' findings are read from a run with the model switched off, and the gate and source
are applied to them here by the sentences a finding touches, without the exclusions a rule
adds (a quick guide for choosing settings; a change to the rules needs a fresh cache).
``--engine`` instead lints each group through the engine with its fold's model (the
thresholds written into that model's metadata), as ``recordlint eval`` scores it: the
figure to report. ``--models DIR`` keeps each fold's trained model (by settings and group)
and the rules-alone evaluation there, so that ``--grid`` and then ``--engine`` with the same
settings train each fold once and lint the rules alone once (a change to the rules or to
the cache needs a fresh folder). Held-out batches are refused.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import pickle
import sys
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).parent))

import train_sentence_model as training
from corpus_batches import DEVELOPMENT

from recordlint.api import Linter
from recordlint.config import Config
from recordlint.config.options import Options, SentenceModelOptions
from recordlint.evaluate import SPAN_LABELS, label_of
from recordlint.repeats import with_repeats
from recordlint.sentence_model import CATEGORIES

# The rules whose findings the gate may drop, per category.
GATED = {
    "opinion": frozenset({"RL601", "RL602"}),
    "judgemental": frozenset({"RL501", "RL604"}),
    "rationale": frozenset({"RL701"}),
}
SCORED = ("opinion", "judgemental", "rationale")


@dataclass(slots=True)
class Part:
    label: str
    code: str
    start: int
    end: int
    warning: bool


@dataclass(slots=True)
class Item:
    group: str
    exemplary: bool
    gold: list[tuple[str, int, int]]  # (category, start, end)
    quotes: list[tuple[int, int]]
    findings: list[list[Part]]  # per finding the writer sees, the parts it is scored as
    sentences: list[tuple[int, int, bool]]  # (start, end, inside a quotation)
    indices: list[list[int]]
    labels: np.ndarray
    in_gold_quote: list[bool]
    scores: dict[str, np.ndarray] = field(default_factory=dict)  # by fold settings


def rules_alone() -> Linter:
    options = Options(sentence_model=SentenceModelOptions(enabled=False))
    return Linter(Config(options=options))


def gather(cache: Path | None) -> list[Item]:
    if cache is not None and cache.is_file():
        loaded: list[Item] = pickle.loads(cache.read_bytes())
        return loaded
    records = training.development_records()
    collected = training.collect(records)
    linter = rules_alone()
    reports = linter.lint_many(
        (record.text, record.kind, {"contact_date": record.contact_date,
                                    "recorded_date": record.recorded_date})
        for _, record in records
    )  # fmt: skip
    items = []
    for (group, record), sentences, report in zip(records, collected, reports, strict=True):
        findings = []
        for finding in report.findings:
            if finding.document_level:
                continue
            parts = [
                Part(label_of(p), p.code, p.start, p.end, p.severity.value != "info")
                for place in with_repeats([finding])
                for p in (place, *place.absorbed)
            ]
            findings.append(parts)
        gold = [(SPAN_LABELS[s.label], s.start, s.end) for s in record.spans
                if s.label in SPAN_LABELS]  # fmt: skip
        items.append(
            Item(
                group=group,
                exemplary=record.exemplary,
                gold=gold,
                quotes=record.quotes(),
                findings=findings,
                sentences=[(s.start, s.end, s.in_quote) for s in sentences.sentences],
                indices=[s.indices for s in sentences.sentences],
                labels=np.asarray([s.labels for s in sentences.sentences], float).reshape(-1, 3),
                in_gold_quote=[s.in_gold_quote for s in sentences.sentences],
            )
        )
    if cache is not None:
        cache.write_bytes(pickle.dumps(items))
    return items


def fold_model(
    items: list[Item], group: str, settings: dict[str, float], folder: Path | None
) -> tuple[np.ndarray, np.ndarray]:
    """The model trained on every group but ``group``; kept in ``folder`` (when given) under
    the settings and the group, so that ``--grid`` and ``--engine`` train each fold once."""
    path = None
    if folder is not None:
        name = hashlib.sha256(json.dumps([settings, group], sort_keys=True).encode()).hexdigest()
        path = folder / f"fold-{name[:16]}.npz"
        if path.is_file():
            with np.load(path) as data:
                return data["weights"], data["bias"]
    starts, indices, labels = _matrix([i for i in items if i.group != group])
    weights, bias = training.train(starts, indices, labels, settings)
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
        np.savez(path, weights=weights, bias=bias)
    return weights, bias


def cross_validate(
    items: list[Item], settings: dict[str, float], folder: Path | None = None
) -> str:
    """Score every group's sentences with a model trained on the other groups."""
    key = json.dumps(settings, sort_keys=True)
    for group in DEVELOPMENT:
        weights, bias = fold_model(items, group, settings, folder)
        for item in items:
            if item.group == group:
                item.scores[key] = np.asarray(
                    [training.predict(weights, bias, row) for row in item.indices]
                ).reshape(-1, 3)
    return key


def _matrix(items: list[Item]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    starts = [0]
    indices: list[int] = []
    labels = []
    for item in items:
        for row, label, quoted in zip(item.indices, item.labels, item.in_gold_quote, strict=True):
            if quoted:
                continue
            indices.extend(row)
            starts.append(len(indices))
            labels.append(label)
    return np.asarray(starts), np.asarray(indices, dtype=np.int64), np.asarray(labels)


@dataclass(slots=True)
class Tally:
    true_positives: int = 0
    findings: int = 0
    matched_gold: int = 0
    gold: int = 0

    def add(self, other: Tally) -> None:
        self.true_positives += other.true_positives
        self.findings += other.findings
        self.matched_gold += other.matched_gold
        self.gold += other.gold

    @property
    def precision(self) -> float:
        return self.true_positives / self.findings if self.findings else 0.0

    @property
    def recall(self) -> float:
        return self.matched_gold / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def text(self) -> str:
        return f"{self.precision:.2f}/{self.recall:.2f}"


def _overlaps(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(s < end and start < e for s, e in spans)


@dataclass(slots=True)
class Changes:
    """What the model did: findings it added and how many of them match gold, findings the
    gate dropped and how many of those matched gold."""

    added: int = 0
    added_true: int = 0
    dropped: int = 0
    dropped_true: int = 0

    def add(self, other: Changes) -> None:
        self.added += other.added
        self.added_true += other.added_true
        self.dropped += other.dropped
        self.dropped_true += other.dropped_true


def apply(
    item: Item, category: str, scores: np.ndarray | None, gate: float, source: float
) -> tuple[Tally, int, int, Changes]:
    """One record's tally for ``category``, its warnings (findings the writer sees that are
    not information) and its findings inside quotations, with the model used as given
    (``scores`` None: the rules alone)."""
    column = CATEGORIES.index(category)
    sentences = [(s, e) for s, e, _ in item.sentences]

    def score(start: int, end: int) -> float:
        assert scores is not None
        found = [scores[i, column] for i, (s, e) in enumerate(sentences) if s < end and start < e]
        return max(found) if found else 1.0

    kept: list[list[Part]] = []
    changes = Changes()
    gold = [(s, e) for label, s, e in item.gold if label == category]
    for parts in item.findings:
        survivors = [
            p for p in parts
            if not (scores is not None and p.label == category and p.code in GATED[category]
                    and score(p.start, p.end) < gate)
        ]  # fmt: skip
        for p in parts:
            if p.label == category and p not in survivors:
                changes.dropped += 1
                changes.dropped_true += _overlaps(p.start, p.end, gold)
        if survivors:
            kept.append(survivors)
    flat = [p for parts in kept for p in parts if p.label == category]
    if scores is not None and source < 1.0:
        covered = [(p.start, p.end) for p in flat]
        for i, (start, end, quoted) in enumerate(item.sentences):
            if quoted or scores[i, column] <= source or _overlaps(start, end, covered):
                continue
            part = Part(category, "model", start, end, True)
            kept.append([part])
            flat.append(part)
            changes.added += 1
            changes.added_true += _overlaps(start, end, gold)
    tally = Tally()
    tally.gold = len(gold)
    tally.findings = len(flat)
    tally.true_positives = sum(1 for p in flat if _overlaps(p.start, p.end, gold))
    tally.matched_gold = sum(
        1 for s, e in gold if _overlaps(s, e, [(p.start, p.end) for p in flat])
    )
    warnings = sum(
        1 for parts in kept
        if any(p.warning for p in parts) and any(p.label == category for p in parts)
    ) if item.exemplary else 0  # fmt: skip
    in_quotes = sum(1 for p in flat if _overlaps(p.start, p.end, item.quotes))
    return tally, warnings, in_quotes, changes


@dataclass(slots=True)
class Outcome:
    pooled: Tally
    by_group: dict[str, Tally]
    warnings: int
    in_quotes: int
    changes: Changes


def outcome(
    items: list[Item], category: str, key: str | None, gate: float, source: float
) -> Outcome:
    pooled = Tally()
    by_group: dict[str, Tally] = {}
    warnings = in_quotes = 0
    changes = Changes()
    for item in items:
        scores = item.scores[key] if key is not None else None
        tally, w, q, c = apply(item, category, scores, gate, source)
        pooled.add(tally)
        by_group.setdefault(item.group, Tally()).add(tally)
        warnings += w
        in_quotes += q
        changes.add(c)
    return Outcome(pooled, by_group, warnings, in_quotes, changes)


GATES = (0.0, 0.02, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3)
SOURCES = (0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 1.0)


def search(items: list[Item], key: str, category: str) -> list[tuple[float, float, Outcome]]:
    results = []
    for gate in GATES:
        for source in SOURCES:
            results.append((gate, source, outcome(items, category, key, gate, source)))
    return results


def report(items: list[Item], key: str, thresholds: dict[str, dict[str, float]]) -> None:
    exemplary = sum(1 for i in items if i.exemplary)
    print(f"{len(items)} records in {len(DEVELOPMENT)} groups; {exemplary} exemplary")
    for category in SCORED:
        gate, source = thresholds[category]["gate"], thresholds[category]["source"]
        before = outcome(items, category, None, 0.0, 1.0)
        after = outcome(items, category, key, gate, source)
        worse = [g for g in DEVELOPMENT if after.by_group[g].f1 < before.by_group[g].f1 - 1e-9]
        better = [g for g in DEVELOPMENT if after.by_group[g].f1 > before.by_group[g].f1 + 1e-9]
        print(
            f"{category}: gate {gate} source {source}: rules {before.pooled.text()} "
            f"(F1 {before.pooled.f1:.3f}) -> rules+model {after.pooled.text()} "
            f"(F1 {after.pooled.f1:.3f}); groups better {len(better)}, worse {len(worse)} "
            f"{worse}; exemplary warnings {before.warnings} -> {after.warnings}; "
            f"in quotes {before.in_quotes} -> {after.in_quotes}; added {after.changes.added} "
            f"({after.changes.added_true} match gold), dropped {after.changes.dropped} "
            f"({after.changes.dropped_true} matched gold)"
        )
        for group in DEVELOPMENT:
            print(
                f"    {group:<16} {before.by_group[group].text()} -> {after.by_group[group].text()}"
            )


def _average_precision(scores: np.ndarray, truth: np.ndarray) -> float:
    order = np.argsort(-scores, kind="stable")
    hits = truth[order]
    precision_at = np.cumsum(hits) / np.arange(1, len(hits) + 1)
    return float((precision_at * hits).sum() / max(hits.sum(), 1))


def through_engine(
    items: list[Item],
    settings: dict[str, float],
    thresholds: dict[str, dict[str, float]],
    folder_of_models: Path | None = None,
) -> None:
    """The same folds, each group linted by the engine itself with a model trained on the
    other groups (its gate and source thresholds in the model's metadata), scored by
    ``recordlint.evaluate`` as ``recordlint eval`` scores it: the figure to report."""
    import tempfile

    from recordlint.evaluate import Evaluation, evaluate, read_corpus
    from recordlint.sentence_model import SentenceModel

    before_all: dict[str, Evaluation] = {}
    after_all: dict[str, Evaluation] = {}
    # The rules alone score the same whatever the model: linted once per folder of models
    # (a change to the rules needs a fresh folder).
    kept = folder_of_models / "rules-alone.pkl" if folder_of_models is not None else None
    if kept is not None and kept.is_file():
        before_all = pickle.loads(kept.read_bytes())
    with tempfile.TemporaryDirectory() as folder:
        for group in DEVELOPMENT:
            weights, bias = fold_model(items, group, settings, folder_of_models)
            metadata = training.metadata_for(settings, thresholds)
            path = Path(folder) / f"{group.replace('/', '_')}.npz"
            SentenceModel(weights, bias, metadata).save(path)
            options = Options(sentence_model=SentenceModelOptions(enabled=True, path=str(path)))
            records = read_corpus(training.ROOT / group)
            if group not in before_all:
                before_all[group] = evaluate(records, rules_alone())
            after_all[group] = evaluate(records, Linter(Config(options=options)))
    if kept is not None:
        kept.parent.mkdir(parents=True, exist_ok=True)
        kept.write_bytes(pickle.dumps(before_all))
    for category in SCORED:
        pooled_before, pooled_after = Tally(), Tally()
        worse = []
        for group in DEVELOPMENT:
            b, a = Tally(), Tally()
            for tally, evaluation in ((b, before_all[group]), (a, after_all[group])):
                t = evaluation.tallies.get(category)
                if t is not None:
                    tally.add(Tally(t.true_positives, t.findings, t.matched_gold, t.gold))
            pooled_before.add(b)
            pooled_after.add(a)
            if a.f1 < b.f1 - 1e-9:
                worse.append(group)
            print(f"    {category:<12} {group:<16} {b.text()} -> {a.text()}")
        print(f"{category}: rules {pooled_before.text()} (F1 {pooled_before.f1:.3f}) -> "
              f"rules+model {pooled_after.text()} (F1 {pooled_after.f1:.3f}); "
              f"groups worse {len(worse)} {worse}")  # fmt: skip
    for name, evaluations in (("rules", before_all), ("rules+model", after_all)):
        warnings = sum(len(e.exemplary_flags) for e in evaluations.values())
        quotes = sum(len(e.quote_flags) for e in evaluations.values())
        print(f"{name}: warnings on exemplary records {warnings}, in quotations {quotes}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cache", type=Path)
    parser.add_argument("--grid", action="store_true")
    parser.add_argument("--engine", action="store_true", help="lint each fold through the engine")
    parser.add_argument("--models", type=Path, help="keep each fold's model here, to train it once")
    parser.add_argument("--settings", default=json.dumps(training.SETTINGS))
    parser.add_argument("--thresholds", default=json.dumps(training.THRESHOLDS))
    arguments = parser.parse_args()
    items = gather(arguments.cache)
    settings = json.loads(arguments.settings)
    if arguments.engine:
        through_engine(items, settings, json.loads(arguments.thresholds), arguments.models)
        return
    key = cross_validate(items, settings, arguments.models)
    thresholds = json.loads(arguments.thresholds)
    if arguments.grid:
        for category in SCORED:
            column = CATEGORIES.index(category)
            scores = np.concatenate([i.scores[key][:, column] for i in items])
            truth = np.concatenate([i.labels[:, column] for i in items])
            ranking = _average_precision(scores, truth)
            print(f"{category}: sentence-level average precision {ranking:.3f}")
            before = outcome(items, category, None, 0.0, 1.0)
            print(f"{category}: rules alone {before.pooled.text()} F1 {before.pooled.f1:.3f} "
                  f"exemplary warnings {before.warnings}")  # fmt: skip
            ranked = sorted(search(items, key, category), key=lambda r: -r[2].pooled.f1)
            for gate, source, result in ranked[:8]:
                worse = sum(
                    1 for g in DEVELOPMENT
                    if result.by_group[g].f1 < before.by_group[g].f1 - 1e-9
                )  # fmt: skip
                print(f"    gate {gate:<5} source {source:<5} {result.pooled.text()} "
                      f"F1 {result.pooled.f1:.3f} worse groups {worse} "
                      f"exemplary warnings {result.warnings} added {result.changes.added}/"
                      f"{result.changes.added_true} dropped {result.changes.dropped}/"
                      f"{result.changes.dropped_true}")  # fmt: skip
    report(items, key, thresholds)


if __name__ == "__main__":
    main()
