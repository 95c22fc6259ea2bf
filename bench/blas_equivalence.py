"""Whether spaCy's pipeline annotates the same with numpy's BLAS as with BLIS.

    python bench/blas_equivalence.py [CORPUS_DIR ...]

The engine has its pipeline's networks multiply matrices with numpy's BLAS rather than the
BLIS that thinc uses by default (see ``recordlint.nlp._multiply_with_numpy``): the same
products, summed in another order, so in principle a near tie could fall the other way.
This runs the full pipeline as shipped, and the same pipeline with numpy's BLAS, over every
distinct paragraph of the corpora, and compares each token's tag, part of speech,
morphology, lemma, dependency label, head, sentence start and entity; it prints the
paragraphs that differ (exit status 1 if any do) and the CPU time of each pass.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path
from typing import Any

DEFAULT_CORPORA = ("corpus", "corpus/real", "corpus-holdout", "corpus-dev/w1", "corpus-dev/w5")

Annotation = list[tuple[object, ...]]


def annotations(doc: Any) -> Annotation:
    return [
        (t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_, t.head.i, t.is_sent_start,
         t.ent_iob_, t.ent_type_)
        for t in doc
    ]  # fmt: skip


def main() -> int:
    import spacy

    from recordlint.nlp import (
        DEFAULT_MODEL,
        FALLBACK_MODELS,
        _multiply_with_numpy,
        one_blas_thread,
    )
    from recordlint.text import paragraphs

    folders = sys.argv[1:] or list(DEFAULT_CORPORA)
    blocks = sorted(
        {
            block.text
            for folder in folders
            for path in sorted(Path(folder).glob("*.txt"))
            for block in paragraphs(path.read_text(encoding="utf-8"))
        }
    )
    name = next(n for n in (DEFAULT_MODEL, *FALLBACK_MODELS) if spacy.util.is_package(n))
    shipped = spacy.load(name)
    numpy_blas = spacy.load(name)
    _multiply_with_numpy(numpy_blas)
    print(f"{len(blocks)} distinct paragraphs")
    results: list[list[Annotation]] = []
    with one_blas_thread():
        for label, nlp in (("BLIS (as shipped)", shipped), ("numpy's BLAS", numpy_blas)):
            started = time.process_time()
            results.append([annotations(doc) for doc in nlp.pipe(blocks, batch_size=64)])
            print(f"{label:18} cpu {time.process_time() - started:6.2f} s")
    differing = [text for text, a, b in zip(blocks, *results, strict=True) if a != b]
    for text in differing:
        print(f"differs: {text[:100]!r}")
    print(f"{len(differing)} of {len(blocks)} paragraphs differ")
    return 1 if differing else 0


if __name__ == "__main__":
    sys.exit(main())
