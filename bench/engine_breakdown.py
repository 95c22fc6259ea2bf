"""Where the default rules' time goes: CPU seconds of each spaCy component and of each
rule's steps, over the same paragraphs, in one process.

    python bench/engine_breakdown.py [CORPUS_DIR ...]

Two readings of the same text (the corpus records, split into the paragraphs recordlint
analyses):

* spaCy's components one after another over every paragraph, as the full pipeline
  (``nlp.pipe``) runs them, so each component's share of the reference is plain;
* ``Linter.lint_many`` with every default rule, with each rule's check, gate, document step
  and finalizer, each metrics provider, the record assembly and the engine's own spaCy
  passes timed apart.

CPU time is what is printed (the machine may be shared; wall time is shown for the whole
pass only). The rule readings are taken by wrapping the functions, so their sum is a
little above the untimed run; compare shares, not totals, with bench/engine_speed.py.
"""

from __future__ import annotations

import sys
import time
from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any


def corpus_texts(folders: list[str]) -> list[str]:
    return [
        path.read_text(encoding="utf-8")
        for folder in folders
        for path in sorted(Path(folder).glob("*.txt"))
    ]


def spacy_components(texts: list[str]) -> dict[str, float]:
    """CPU seconds of the tokenizer and each component of the full pipeline."""
    import spacy

    from recordlint.nlp import DEFAULT_MODEL, FALLBACK_MODELS
    from recordlint.text import paragraphs

    name = next(n for n in (DEFAULT_MODEL, *FALLBACK_MODELS) if spacy.util.is_package(n))
    nlp = spacy.load(name)
    blocks = [block.text for text in texts for block in paragraphs(text)]
    list(nlp.pipe(blocks[:5]))  # warm up
    spent: dict[str, float] = {}
    started = time.process_time()
    docs = [nlp.make_doc(block) for block in blocks]
    spent["tokenizer"] = time.process_time() - started
    for component, process in nlp.pipeline:
        started = time.process_time()
        docs = list(process.pipe(docs, batch_size=64))  # type: ignore[attr-defined]
        spent[component] = time.process_time() - started
    return spent


class _Clock:
    """CPU seconds spent inside wrapped functions, by label."""

    def __init__(self) -> None:
        self.spent: defaultdict[str, float] = defaultdict(float)

    def wrap(self, label: str, func: Callable[..., Any]) -> Callable[..., Any]:
        def timed(*args: Any, **kwargs: Any) -> Any:
            started = time.process_time()
            try:
                return func(*args, **kwargs)
            finally:
                self.spent[label] += time.process_time() - started

        return timed

    def wrap_iterator(self, label: str, func: Callable[..., Iterator[Any]]) -> Callable[..., Any]:
        def add(seconds: float) -> None:
            self.spent[label] += seconds

        def timed(*args: Any, **kwargs: Any) -> Iterator[Any]:
            return _timed(func(*args, **kwargs), add)

        return timed


def _time_components(clock: _Clock) -> None:
    """Time each component of the engine's own pipeline apart (labelled ``engine spaCy
    NAME``): a component's stage pulls docs through the stages before it, so the time spent
    waiting on those is taken off its own."""
    import spacy.language

    run_stage = spacy.language._pipe
    make_doc = spacy.language.Language._ensure_doc
    spacy.language.Language._ensure_doc = clock.wrap(  # type: ignore[method-assign]
        "engine spaCy tokenizer", make_doc
    )

    def timed_stage(docs: Any, *, name: str, **kwargs: Any) -> Iterator[Any]:
        waited = [0.0]

        def add_wait(seconds: float) -> None:
            waited[0] += seconds

        stage = run_stage(_timed(iter(docs), add_wait), name=name, **kwargs)
        label = f"engine spaCy {name}"
        while True:
            started, waited_before = time.process_time(), waited[0]
            try:
                doc = next(stage)
            except StopIteration:
                return
            finally:
                own = time.process_time() - started - (waited[0] - waited_before)
                clock.spent[label] += own
            yield doc

    spacy.language._pipe = timed_stage  # type: ignore[assignment]


def _timed(items: Iterator[Any], add: Callable[[float], None]) -> Iterator[Any]:
    """``items``, handing the CPU time spent getting each to ``add``."""
    while True:
        started = time.process_time()
        try:
            item = next(items)
        except StopIteration:
            return
        finally:
            add(time.process_time() - started)
        yield item


def linter_steps(texts: list[str]) -> tuple[float, float, dict[str, float]]:
    """Wall and CPU seconds of one pass of every default rule, and CPU seconds by step."""
    import spacy.language

    import recordlint.api as api
    from recordlint import Linter
    from recordlint.rules import registry

    linter = Linter()
    linter.warm_up(on_demand=True)  # as bench/engine_speed.py warms it up
    clock = _Clock()
    steps = ("check", "gate", "document_step", "finalize")
    linter.rules = [
        replace(rule, **{
            step: clock.wrap(f"{rule.code} {step}", getattr(rule, step))
            for step in steps if getattr(rule, step) is not None
        })
        for rule in linter.rules
    ]  # fmt: skip
    spacy.language.Language.pipe = clock.wrap_iterator(  # type: ignore[method-assign]
        "spaCy (engine's pipeline)", spacy.language.Language.pipe
    )
    _time_components(clock)
    api.Linter._assemble = clock.wrap("record assembly (all)", api.Linter._assemble)  # type: ignore[method-assign]
    providers = registry._METRICS_PROVIDERS
    for index, provider in enumerate(providers):
        providers[index] = clock.wrap(f"metrics {provider.__name__}", provider)
    wall, cpu = time.perf_counter(), time.process_time()
    for _report in linter.lint_many((text, None, None) for text in texts):
        pass
    return time.perf_counter() - wall, time.process_time() - cpu, dict(clock.spent)


def main() -> None:
    folders = sys.argv[1:] or ["corpus"]
    texts = corpus_texts(folders)
    words = sum(len(text.split()) for text in texts)
    print(f"text: {len(texts)} records, {words:,} words")
    components = spacy_components(texts)
    total = sum(components.values())
    print(f"\nspaCy full pipeline, component by component: cpu {total:.2f} s")
    for name, seconds in components.items():
        print(f"  {name:28} {seconds:6.2f} s  {seconds / total:5.1%}")
    wall, cpu, spent = linter_steps(texts)
    print(f"\nevery default rule (Linter.lint_many): wall {wall:.2f} s, cpu {cpu:.2f} s")
    for label, seconds in sorted(spent.items(), key=lambda item: -item[1]):
        if seconds >= 0.005:
            print(f"  {label:28} {seconds:6.2f} s  {seconds / cpu:5.1%}")
    print("\n(record assembly includes the document steps, finalizers and metrics above it)")


if __name__ == "__main__":
    main()
