"""Train the sentence model (``recordlint.sentence_model``) on the development gold only.

    python bench/train_sentence_model.py [--out PATH]

Reads every record of the development batches (``corpus_batches.DEVELOPMENT``; never a
held-out batch, corpus-holdout or corpus/real), parses each paragraph with the engine's
pipeline and labels each sentence: positive for a category when a gold span of its label
(OPINION_AS_FACT, JUDGEMENTAL, NO_RATIONALE) overlaps it. Sentences inside the person's
quoted words (gold QUOTE spans) are left out; exemplary records are included.

Logistic regression per category over the hashed features, full-batch Adam with an L2
penalty, a fixed number of steps from zero weights: the same data gives the same model
(no sampling). The settings and the gate and source thresholds are the ones chosen by
leave-one-batch-out cross-validation (``bench/sentence_model_cv.py``); they are written into
the model's metadata with a hash of the training data.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).parent))

from corpus_batches import DEVELOPMENT, held_out

from recordlint import sentence_model
from recordlint.evaluate import GoldRecord, read_corpus
from recordlint.nlp import Need, analysing, disabled_for, load_pipeline
from recordlint.sentence_model import CATEGORIES, HASH_BITS
from recordlint.text import paragraphs, quote_spans

ROOT = Path(__file__).resolve().parent.parent
LABELS = {"OPINION_AS_FACT": 0, "JUDGEMENTAL": 1, "NO_RATIONALE": 2}

# Chosen by leave-one-batch-out cross-validation (bench/sentence_model_cv.py).
SETTINGS: dict[str, float] = {"l2": 1e-4, "steps": 300, "rate": 0.05}
# Per category: below ``gate`` a finding of the gated rules is dropped; above ``source`` a
# sentence no rule flagged becomes a finding (1.0: never). Chosen by the same harness.
THRESHOLDS: dict[str, dict[str, float]] = {
    "opinion": {"gate": 0.0, "source": 1.0},
    "judgemental": {"gate": 0.0, "source": 1.0},
    "rationale": {"gate": 0.0, "source": 0.7},
}


@dataclass(slots=True)
class Sentence:
    start: int  # in the record
    end: int
    indices: list[int]
    labels: tuple[bool, bool, bool]
    in_gold_quote: bool
    in_quote: bool  # inside the quotations the engine finds


@dataclass(slots=True)
class RecordSentences:
    group: str
    record: GoldRecord
    sentences: list[Sentence] = field(default_factory=list)


def development_records(groups: tuple[str, ...] = DEVELOPMENT) -> list[tuple[str, GoldRecord]]:
    found = []
    for group in groups:
        if held_out(group):
            raise SystemExit(f"{group} is held out: the model never reads it")
        for record in read_corpus(ROOT / group):
            found.append((group, record))
    return found


def collect(records: list[tuple[str, GoldRecord]]) -> list[RecordSentences]:
    """Each record's sentences with their features and labels, parsed as the engine does."""
    nlp = load_pipeline("en_core_web_sm", frozenset({Need.TAGS, Need.PARSE}))
    needs = frozenset({Need.TAGS, Need.PARSE})
    out: list[RecordSentences] = []
    for group, record in records:
        item = RecordSentences(group, record)
        gold_quotes = record.quotes()
        engine_quotes = quote_spans(record.text)
        blocks = paragraphs(record.text)
        with analysing(nlp):
            docs = nlp.pipe((b.text for b in blocks), disable=disabled_for(nlp, needs))
            for block, doc in zip(blocks, docs, strict=True):
                for first, last, _, features in sentence_model.paragraph_features(
                    doc, record.kind.value
                ):
                    final = doc[last - 1]
                    start = block.start + doc[first].idx
                    end = block.start + final.idx + len(final.text)
                    if not record.text[start:end].strip():
                        continue
                    labels = [False, False, False]
                    for span in record.spans:
                        index = LABELS.get(span.label)
                        if index is not None and span.start < end and start < span.end:
                            labels[index] = True
                    indices = sentence_model.hashed(features)
                    item.sentences.append(
                        Sentence(
                            start, end, indices, (labels[0], labels[1], labels[2]),
                            _mostly_inside(start, end, gold_quotes),
                            _mostly_inside(start, end, engine_quotes),
                        )
                    )  # fmt: skip
        out.append(item)
    return out


def _mostly_inside(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    inside = sum(max(0, min(end, e) - max(start, s)) for s, e in spans)
    return inside * 2 > end - start


def matrix(items: list[RecordSentences]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Training rows as (row starts, feature indices, labels), quoted sentences left out."""
    starts = [0]
    indices: list[int] = []
    labels: list[tuple[bool, bool, bool]] = []
    for item in items:
        for s in item.sentences:
            if s.in_gold_quote:
                continue
            indices.extend(s.indices)
            starts.append(len(indices))
            labels.append(s.labels)
    return np.asarray(starts), np.asarray(indices, dtype=np.int64), np.asarray(labels, float)


def train(
    starts: np.ndarray, indices: np.ndarray, labels: np.ndarray, settings: dict[str, float]
) -> tuple[np.ndarray, np.ndarray]:
    """Weights (categories x features) and biases, by full-batch Adam on the log loss."""
    width = 1 << HASH_BITS
    rows = len(starts) - 1
    lengths = np.diff(starts)
    weights = np.zeros((width, len(CATEGORIES)), dtype=np.float32)
    bias = np.zeros(len(CATEGORIES), dtype=np.float32)
    labels = labels.astype(np.float32)
    moment = np.zeros_like(weights)
    second = np.zeros_like(weights)
    bias_moment = np.zeros_like(bias)
    bias_second = np.zeros_like(bias)
    l2, rate = float(settings["l2"]), float(settings["rate"])
    beta1, beta2, epsilon = 0.9, 0.999, 1e-8
    for step in range(1, int(settings["steps"]) + 1):
        totals = np.add.reduceat(weights[indices], starts[:-1], axis=0) + bias
        probabilities = 1 / (1 + np.exp(-np.clip(totals, -30, 30)))
        error = (probabilities - labels) / rows
        spread = np.repeat(error, lengths, axis=0)
        gradient = np.stack(
            [np.bincount(indices, weights=spread[:, c], minlength=width) for c in range(3)],
            axis=1,
        ).astype(np.float32)
        gradient += l2 * weights
        bias_gradient = error.sum(axis=0)
        moment = beta1 * moment + (1 - beta1) * gradient
        second = beta2 * second + (1 - beta2) * gradient**2
        bias_moment = beta1 * bias_moment + (1 - beta1) * bias_gradient
        bias_second = beta2 * bias_second + (1 - beta2) * bias_gradient**2
        correction1, correction2 = 1 - beta1**step, 1 - beta2**step
        weights -= rate * (moment / correction1) / (np.sqrt(second / correction2) + epsilon)
        bias -= rate * (bias_moment / correction1) / (np.sqrt(bias_second / correction2) + epsilon)
    return weights.T.astype(np.float32), bias.astype(np.float32)


def predict(weights: np.ndarray, bias: np.ndarray, indices: list[int]) -> np.ndarray:
    totals = weights[:, indices].sum(axis=1) + bias
    result: np.ndarray = 1 / (1 + np.exp(-totals))
    return result


def data_hash(records: list[tuple[str, GoldRecord]]) -> str:
    digest = hashlib.sha256()
    for group, record in records:
        digest.update(f"{group}/{record.id}\n".encode())
        digest.update(record.text.encode())
        for span in record.spans:
            digest.update(f"{span.label}:{span.start}:{span.end}\n".encode())
    return digest.hexdigest()[:16]


def metadata_for(
    settings: dict[str, float], thresholds: dict[str, dict[str, float]]
) -> dict[str, object]:
    return {
        "version": 1,
        "feature_version": sentence_model.FEATURE_VERSION,
        "hash_bits": HASH_BITS,
        "categories": list(CATEGORIES),
        "settings": settings,
        "thresholds": thresholds,
    }


def build(out: Path) -> dict[str, object]:
    records = development_records()
    items = collect(records)
    starts, indices, labels = matrix(items)
    weights, bias = train(starts, indices, labels, SETTINGS)
    metadata = metadata_for(SETTINGS, THRESHOLDS)
    metadata.update(
        trained_on=list(DEVELOPMENT),
        records=len(records),
        sentences=int(len(starts) - 1),
        positives={c: int(labels[:, i].sum()) for i, c in enumerate(CATEGORIES)},
        data_sha256=data_hash(records),
    )
    model = sentence_model.SentenceModel(weights, bias, metadata)
    model.save(out)
    return metadata


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=sentence_model.MODEL_PATH)
    arguments = parser.parse_args()
    metadata = build(arguments.out)
    print(metadata)


if __name__ == "__main__":
    main()
